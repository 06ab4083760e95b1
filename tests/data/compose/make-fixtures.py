#!/usr/bin/env python3
"""Writes the draft fixtures of tests/check_compose.c: small messages as
staff mail them (UTF-8 8bit, ISO-2022-JP 7bit, a draft with characters
outside JIS X 0208, one with bare LF line ends, one whose subject tries a
header injection).  The suite attaches each to a composed message and
checks that the attachment is byte for byte the file, so CRLF line ends are
written exactly.  The .expected files beside them are written by the suite
itself (SG_UPDATE_EXPECTED=1 tests/check_compose) and reviewed by hand.
Standard library only; run it from anywhere.
"""

import base64
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def b_word(text, charset="UTF-8"):
    raw = text.encode("iso2022_jp" if charset == "ISO-2022-JP" else "utf-8")
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))


def write(name, headers, body, newline="\r\n"):
    lines = ["%s: %s" % (k, v) for k, v in headers]
    data = newline.join(lines).encode("ascii") + (newline * 2).encode()
    data += newline.join(body.split("\n")).encode("latin-1")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def common(subject, msgid=True, charset="UTF-8"):
    h = [
        ("Date", "Tue, 19 May 2026 10:00:35 +0900"),
        ("From", "%s <koho-tanto1@city.chiyoda.lg.jp>"
         % b_word("広報 太郎")),
        ("To", "sns-approval+x@city.chiyoda.lg.jp"),
        ("Subject", subject),
    ]
    if msgid:
        h.append(("Message-ID", "<20260519100035.draft1@city.chiyoda.lg.jp>"))
    h.append(("MIME-Version", "1.0"))
    return h


def utf8_body(text):
    return text.encode("utf-8").decode("latin-1")


def main():
    # A defamatory line (5(4)ア) and a date to check (5(3)).
    write("defamation.eml",
          common(b_word("区民まつりのお知らせ")) + [
              ("Content-Type", "text/plain; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")],
          utf8_body("【区民まつりのお知らせ】\n"
                    "今年も区民まつりを開催します。\n"
                    "隣の区の職員は無能なので、準備はすべて千代田区が"
                    "行いました。\n"
                    "日時：5月23日（土）10時から\n"
                    "会場：区役所前広場\n"))

    # Markup and entities the HTML report must escape, and a URL.
    write("escape.eml",
          common(b_word("<b>太字</b> & \"引用\"")) + [
              ("Content-Type", "text/plain; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")],
          utf8_body("詳しくは <script>alert(\"x\")</script> をご覧ください。\n"
                    "A&B 'quoted' &amp; <!-- comment -->\n"
                    "https://www.city.chiyoda.lg.jp/koho/index.html\n"))

    # ISO-2022-JP, as Japanese mail clients still send it: every character
    # in JIS X 0208.
    text = ("区立図書館の開館時間を延長します。\n"
            "六月一日から、平日は午後九時まで開館します。\n"
            "ぜひご利用ください。\n")
    write("jis.eml",
          common(b_word("図書館の開館時間延長", "ISO-2022-JP")) + [
              ("Content-Type", "text/plain; charset=ISO-2022-JP"),
              ("Content-Transfer-Encoding", "7bit")],
          text.encode("iso2022_jp").decode("latin-1"))

    # Characters outside JIS X 0208: circled digits, ㈱, an emoji.
    write("maru.eml",
          common(b_word("①会場変更のお知らせ㈱")) + [
              ("Content-Type", "text/plain; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")],
          utf8_body("①会場が変わります。\n"
                    "②主催は○○㈱です。🎉\n"))

    # Bare LF line ends, no Message-ID.
    write("lf-only.eml",
          common(b_word("お知らせ"), msgid=False) + [
              ("Content-Type", "text/plain; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")],
          utf8_body("改行が LF だけの下書きです。\n二行目。\n"),
          newline="\n")

    # A subject that decodes to a header injection attempt.
    write("injection.eml",
          common(b_word("お知らせ\r\nBcc: victim@example.com")) + [
              ("Content-Type", "text/plain; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")],
          utf8_body("本文です。\n"))

    # A draft that goes to the officers: a rumour to check (5(4)オ), a URL.
    write("request.eml",
          common(b_word("水道料金値上げのうわさについて")) + [
              ("Content-Type", "text/plain; charset=UTF-8"),
              ("Content-Transfer-Encoding", "8bit")],
          utf8_body("水道料金が来月から値上げされるらしいという情報が広まって"
                    "います。\n"
                    "区では値上げの予定はありません。\n"
                    "詳しくは https://www.city.chiyoda.lg.jp/ を"
                    "ご覧ください。\n"))


if __name__ == "__main__":
    main()
