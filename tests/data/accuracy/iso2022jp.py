# Writes iso2022jp.eml: an ISO-2022-JP draft whose full-width digits and
# brackets arrive as JIS characters (run from this directory).
import base64

body = ("説明会は１１月２５日（火）に開催します。\r\n"
        "会場：〇〇公園\r\n")
subject = base64.b64encode("日程のお知らせ".encode("iso2022_jp")).decode()
msg = ("From: staff@city.example.lg.jp\r\n"
       "To: sns-approval+x@city.example.lg.jp\r\n"
       "Subject: =?ISO-2022-JP?B?%s?=\r\n"
       "Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
       "MIME-Version: 1.0\r\n"
       "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
       "Content-Transfer-Encoding: 7bit\r\n\r\n" % subject).encode()
open("iso2022jp.eml", "wb").write(msg + body.encode("iso2022_jp"))
