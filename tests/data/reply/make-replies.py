#!/usr/bin/env python3
"""Writes the officer-reply fixtures of tests/check_reply.c: one .eml per
case, formatted the way each mail client formats a reply to snsgate's
approval request (Outlook desktop in ISO-2022-JP with its 差出人: and
-----Original Message----- blocks, Outlook's HTML-only replies, Gmail's
quoted-printable with its attribution line and "> " quotes, Apple Mail on
the iPhone in base64 with "iPhoneから送信", Android's Samsung mail, and
Thunderbird's format=flowed with a "-- " signature), and next to it an
.expected key file with what the officer meant: the command, the reason as
typed, the ticket of the code line in the quoted request, and the own text.
The expectations are written here from what the officer typed, never from
snsgate's output.

Standard library only (the ISO-2022-JP bytes come from Python's iso2022_jp
codec).  Run it from anywhere, then commit the script and its outputs
together: the suite reads the outputs, never this script.

An .expected file is a GLib key file with one group [reply]: command
(approve, reject or unclear), reason (reject only), ticket and token (empty
when the message has no code line) and own-text.  Values use GKeyFile
escapes (\\n, \\s, \\\\).
"""

import base64
import hashlib
import html
import os
import quopri
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

OFFICER = ("山田 太郎", "yamada-t@city.chiyoda.lg.jp")
GATEWAY = ("千代田区 SNS投稿承認窓口", "sns-approval@city.chiyoda.lg.jp")
DOMAIN = "city.chiyoda.lg.jp"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ticket_for(name):
    """A ticket id and token of the right form, fixed per fixture."""
    digest = hashlib.sha256(name.encode()).digest()
    rnd = "".join(CROCKFORD[b % 32] for b in digest[:5])
    token = base64.b32encode(digest[5:25]).decode().lower()
    assert len(token) == 32
    return "SG-20261124-" + rnd, token


# --- the approval request the officer answers -----------------------------

def request_lines(ticket, token):
    """The text/plain approval request as snsgate sends it."""
    rule = "-" * 40
    return [
        "運用責任者様",
        "",
        "次の投稿案について、承認の依頼がありました。内容をご確認のうえ、"
        "承認または差戻しをご回答ください。",
        "",
        "  承認番号: " + ticket,
        "  アカウント: 千代田区公式 X (x)",
        "  投稿者: koho-tanto1@city.chiyoda.lg.jp",
        "  送信日時: 2026年11月24日(火) 09:58",
        "  件名: 区民まつりのお知らせ",
        "  判定: 注意あり（警告 1 件）",
        "  回答期限: 2026年11月27日(金) 09:58",
        "",
        "回答方法:",
        "このメールに『承認』とだけ書いて返信してください。差し戻す場合は"
        "『差戻し』と理由を書いて返信してください。",
        "返信先のアドレスは変更しないでください。回答期限を過ぎると、"
        "この依頼は無効になります。",
        "",
        "承認コード: %s.%s" % (ticket, token),
        "",
        "投稿案の本文:",
        rule,
        "11月29日(日)に区民まつりを開催します。",
        "会場は北の丸公園です。ぜひお越しください。",
        rule,
    ]


def request_html(ticket, token):
    """The HTML alternative of the request, as far as a reply quotes it."""
    e = html.escape
    rows = [
        ("承認番号", ticket),
        ("アカウント", "千代田区公式 X (x)"),
        ("投稿者", "koho-tanto1@city.chiyoda.lg.jp"),
        ("件名", "区民まつりのお知らせ"),
        ("回答期限", "2026年11月27日(金) 09:58"),
    ]
    table = "".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>\n"
                    % (e(k), e(v)) for k, v in rows)
    return (
        "<p>運用責任者様</p>\n"
        "<p>次の投稿案について、承認の依頼がありました。内容をご確認のうえ、"
        "承認または差戻しをご回答ください。</p>\n"
        "<table>\n%s</table>\n"
        "<p>ボタンが使えない場合は、このメールに『承認』とだけ書いて返信"
        "してください。差し戻す場合は『差戻し』と理由を書いて返信して"
        "ください。</p>\n"
        "<p style=\"font-family:Consolas,Menlo,monospace;\">"
        "承認コード: %s.%s</p>\n"
        "<h2>投稿案</h2>\n"
        "<div>11月29日(日)に区民まつりを開催します。<br>\n"
        "会場は北の丸公園です。ぜひお越しください。</div>\n"
        % (table, e(ticket), e(token)))


# --- message assembly ------------------------------------------------------

def addr(pair, charset):
    name, mail = pair
    return "%s <%s>" % (Header(name, charset).encode(), mail)


def headers(name, subject_prefix, charset, extra):
    ticket, token = ticket_for(name)
    subject = "%s [承認依頼 %s] 区民まつりのお知らせ" % (subject_prefix,
                                                        ticket)
    request_id = "<%s.%s@%s>" % (ticket, token, DOMAIN)
    return [
        ("From", addr(OFFICER, charset)),
        ("To", "%s <sns-approval+%s.%s@%s>"
         % (Header(GATEWAY[0], charset).encode(), ticket, token, DOMAIN)),
        ("Subject", Header(subject, charset).encode()),
        ("Date", "Tue, 24 Nov 2026 10:12:31 +0900"),
        ("Message-ID", "<%s@%s>" % (hashlib.sha1(name.encode())
                                    .hexdigest()[:24], DOMAIN)),
        ("In-Reply-To", request_id),
        ("References", request_id),
    ] + extra


def render(hdrs, body, eol):
    head = "".join("%s: %s\n" % kv for kv in hdrs)
    text = head + "\n" + body
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", eol).encode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def jis(text):
    return text.encode("iso2022_jp").decode("ascii")


def part(ctype, cte, payload):
    return ("Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s"
            % (ctype, cte, payload))


def alternative(boundary, parts):
    out = ""
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    return out + "--%s--\n" % boundary


def quote(lines, prefix="> ", empty=">"):
    return [prefix + l if l else empty for l in lines]


def para_html(own):
    """Outlook writes one paragraph per line, an empty one as &nbsp;."""
    out = ""
    for line in own.split("\n"):
        if line:
            out += "<p class=MsoNormal>%s<o:p></o:p></p>\n" % html.escape(
                line)
        else:
            out += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    return out


def rendered(own):
    """What an HTML body's own part reads as: empty paragraphs vanish."""
    return "\n".join(l for l in own.split("\n") if l)


# --- the clients ------------------------------------------------------------

OUTLOOK_HEAD = [
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AQHbXk3pQ2Jm1Yy9QkqW8n0vF3bK3Q=="),
    ("Content-Language", "ja"),
]

OUTLOOK_STYLE = (
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
    "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
    "xmlns=\"http://www.w3.org/TR/REC-html40\"><head>"
    "<meta http-equiv=Content-Type content=\"text/html; "
    "charset=iso-2022-jp\">\n"
    "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
    "<style><!--\n/* Font Definitions */\np.MsoNormal\n\t{margin:0mm;"
    "font-size:10.5pt;font-family:\"游ゴシック\";}\n--></style></head>\n"
    "<body lang=JA link=\"#0563C1\" vlink=\"#954F72\" "
    "style='text-justify-trim:punctuation'><div class=WordSection1>\n")


def outlook_header_block_text(name):
    ticket, _ = ticket_for(name)
    return [
        "差出人: %s <%s> " % GATEWAY,
        "送信日時: 2026年11月24日 10:00",
        "宛先: %s <%s>" % OFFICER,
        "件名: [承認依頼 %s] 区民まつりのお知らせ" % ticket,
    ]


def outlook_header_block_html(name):
    ticket, _ = ticket_for(name)
    e = html.escape

    def row(label, value, last=False):
        return ("<b>%s<span lang=EN-US>:</span></b><span lang=EN-US> "
                "</span>%s%s" % (label, e(value),
                                 "" if last else "<br>\n"))
    return (
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;"
        "padding:3.0pt 0mm 0mm 0mm'><p class=MsoNormal>"
        + row("差出人", "%s <%s>" % GATEWAY)
        + row("送信日時", "2026年11月24日 10:00")
        + row("宛先", "%s <%s>" % OFFICER)
        + row("件名", "[承認依頼 %s] 区民まつりのお知らせ" % ticket,
              True)
        + "<o:p></o:p></p></div>\n")


def outlook_alternative(name, own):
    """Outlook desktop's reply to an HTML message: both alternatives in
    ISO-2022-JP 7bit; the text/plain one carries the quoted message below a
    差出人: block, without '>' marks."""
    ticket, token = ticket_for(name)
    plain = "\n".join(own.split("\n") + [""] + outlook_header_block_text(name)
                      + [""] + request_lines(ticket, token)) + "\n"
    body_html = (OUTLOOK_STYLE + para_html(own) + "<div>"
                 + outlook_header_block_html(name)
                 + request_html(ticket, token) + "</div></div></body></html>\n")
    boundary = "_000_TYCP286MB2345E1D6A7B8C9D0E1F2A3B4TYCP286MB2345JPNP_"
    hdrs = headers(name, "RE:", "iso-2022-jp", OUTLOOK_HEAD + [
        ("Content-Type", "multipart/alternative;\n\tboundary=\"%s\""
         % boundary)])
    body = alternative(boundary, [
        part("text/plain; charset=\"iso-2022-jp\"", "7bit", jis(plain)),
        part("text/html; charset=\"iso-2022-jp\"", "7bit", jis(body_html)),
    ])
    return render(hdrs, body, "\r\n"), own


OFFICE_SIGNATURE = [
    "━━━━━━━━━━━━━━━━━━━━",
    "千代田区 政策経営部 広報課",
    "山田 太郎",
    "TEL 03-3264-2111（内線 2345）",
    "━━━━━━━━━━━━━━━━━━━━",
]


def outlook_original(name, own):
    """Outlook's plain-text reply: the office signature Outlook inserts
    (framed by rules, no "-- "), -----Original Message----- and an English
    header block."""
    ticket, token = ticket_for(name)
    lines = own.split("\n") + [""] + OFFICE_SIGNATURE + [
        "",
        "-----Original Message-----",
        "From: %s <%s> " % GATEWAY,
        "Sent: Tuesday, November 24, 2026 10:00 AM",
        "To: %s <%s>" % OFFICER,
        "Subject: [承認依頼 %s] 区民まつりのお知らせ" % ticket,
        "",
    ] + request_lines(ticket, token)
    hdrs = headers(name, "RE:", "iso-2022-jp", OUTLOOK_HEAD + [
        ("Content-Type", "text/plain;\n\tcharset=\"iso-2022-jp\""),
        ("Content-Transfer-Encoding", "7bit")])
    return render(hdrs, jis("\n".join(lines) + "\n"), "\r\n"), own


def outlook_html_only(name, own):
    """An HTML-only reply (Outlook set to HTML with no plain alternative,
    as some Exchange transports deliver it)."""
    ticket, token = ticket_for(name)
    body_html = (OUTLOOK_STYLE + para_html(own) + "<div>"
                 + outlook_header_block_html(name)
                 + request_html(ticket, token) + "</div></div></body></html>\n")
    hdrs = headers(name, "RE:", "iso-2022-jp", OUTLOOK_HEAD + [
        ("Content-Type", "text/html;\n\tcharset=\"iso-2022-jp\""),
        ("Content-Transfer-Encoding", "7bit")])
    return render(hdrs, jis(body_html), "\r\n"), rendered(own)


GMAIL_ATTR_JA = ("2026年11月24日(火) 10:00 %s <%s>:" % GATEWAY)
GMAIL_ATTR_EN_WRAPPED = ("On Tue, Nov 24, 2026 at 10:00 AM %s <\n%s> wrote:"
                         % GATEWAY)


def gmail(name, own, attribution=GMAIL_ATTR_JA, quoted=None):
    """Gmail: multipart/alternative, UTF-8 quoted-printable, the
    attribution line, then "> " quotes (">" alone for an empty line)."""
    ticket, token = ticket_for(name)
    if quoted is None:
        quoted = request_lines(ticket, token)
    own_lines = own.split("\n") if own else []
    plain = "\n".join(own_lines + ([""] if own_lines else [])
                      + attribution.split("\n") + [""]
                      + quote(quoted)) + "\n"
    own_html = "".join("<div>%s</div>" % (html.escape(l) if l else "<br>")
                       for l in own_lines)
    quoted_html = "".join("<div>%s</div>" % (html.escape(l) if l else "<br>")
                          for l in quoted)
    attr_html = html.escape(attribution.replace("\n", " "))
    body_html = (
        "<div dir=\"ltr\">%s</div><br><div class=\"gmail_quote\">"
        "<div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
        "border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s"
        "</blockquote></div>\n" % (own_html, attr_html, quoted_html))
    boundary = "000000000000a1b2c3d4e5f60718"
    hdrs = headers(name, "Re:", "utf-8", [
        ("MIME-Version", "1.0"),
        ("Content-Type", "multipart/alternative; boundary=\"%s\"" % boundary),
    ])
    body = alternative(boundary, [
        part("text/plain; charset=\"UTF-8\"", "quoted-printable",
             qp(plain.encode())),
        part("text/html; charset=\"UTF-8\"", "quoted-printable",
             qp(body_html.encode())),
    ])
    return render(hdrs, body, "\n"), own


IPHONE_ATTR = "2026/11/24 10:00、%s <%s> のメッセージ:" % GATEWAY
IPHONE_ATTR_MAIL = "2026/11/24 10:00、%s <%s>のメール:" % GATEWAY


def iphone(name, own, attribution_inside=False, with_quote=True,
           html_part=False):
    """Apple Mail on iOS: UTF-8 base64, "iPhoneから送信" under the reply,
    the attribution outside the quote or (newer iOS) quoted with it."""
    ticket, token = ticket_for(name)
    lines = own.split("\n") + ["", "iPhoneから送信"]
    if with_quote:
        quoted = request_lines(ticket, token)
        if attribution_inside:
            lines += [""] + quote([IPHONE_ATTR_MAIL, ""] + quoted,
                                  empty="> ")
        else:
            lines += ["", IPHONE_ATTR, ""] + quote(quoted, empty="> ")
    plain = "\n".join(lines) + "\n"
    hdrs = headers(name, "Re:", "utf-8", [
        ("Mime-Version", "1.0 (1.0)"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ])
    if not html_part:
        hdrs += [("Content-Type", "text/plain; charset=utf-8"),
                 ("Content-Transfer-Encoding", "base64")]
        return render(hdrs, b64(plain.encode()), "\n"), own
    own_html = "".join("<div dir=\"ltr\">%s</div>"
                       % (html.escape(l) if l else "<br>")
                       for l in own.split("\n") + ["", "iPhoneから送信"])
    body_html = (
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; "
        "charset=utf-8\"></head><body dir=\"auto\">%s<div dir=\"ltr\"><br>"
        "<blockquote type=\"cite\">%s<br><br></blockquote></div>"
        "<blockquote type=\"cite\"><div dir=\"ltr\">%s</div></blockquote>"
        "</body></html>\n"
        % (own_html, html.escape(IPHONE_ATTR_MAIL),
           request_html(ticket, token)))
    boundary = "Apple-Mail-3F2A7C1E-5B9D-4E21-9A0B-7C6D5E4F3A21"
    hdrs += [("Content-Type", "multipart/alternative; boundary=%s"
              % boundary),
             ("Content-Transfer-Encoding", "7bit")]
    body = alternative(boundary, [
        part("text/plain; charset=utf-8", "base64", b64(plain.encode())),
        part("text/html; charset=utf-8", "base64", b64(body_html.encode())),
    ])
    return render(hdrs, body, "\n"), own


def android(name, own):
    """Samsung mail on Android: footer, then "-------- 元のメッセージ
    --------" and a Japanese header block, the original unquoted."""
    ticket, token = ticket_for(name)
    lines = own.split("\n") + [
        "",
        "Android から送信",
        "",
        "-------- 元のメッセージ --------",
        "差出人: %s <%s>" % GATEWAY,
        "日付: 2026/11/24 10:00 (GMT+09:00)",
        "宛先: %s <%s>" % OFFICER,
        "件名: [承認依頼 %s] 区民まつりのお知らせ" % ticket,
        "",
    ] + request_lines(ticket, token)
    plain = "\n".join(lines) + "\n"
    body_html = ("<html><head><meta http-equiv=\"Content-Type\" "
                 "content=\"text/html; charset=UTF-8\"></head><body>"
                 + "".join("<div>%s</div>" % (html.escape(l) if l else
                                              "<br>") for l in lines)
                 + "</body></html>\n")
    boundary = "--_com.samsung.android.email_1764033151283470"
    hdrs = headers(name, "Re:", "utf-8", [
        ("MIME-Version", "1.0"),
        ("Content-Type", "multipart/alternative; boundary=\"%s\""
         % boundary),
    ])
    body = alternative(boundary, [
        part("text/plain; charset=utf-8", "base64", b64(plain.encode())),
        part("text/html; charset=utf-8", "base64", b64(body_html.encode())),
    ])
    return render(hdrs, body, "\n"), own


def thunderbird(name, own, attribution):
    """Thunderbird, reply above the quote with the signature above it too:
    format=flowed UTF-8 8bit."""
    ticket, token = ticket_for(name)
    lines = own.split("\n") + [
        "",
        "-- ",
        "山田 太郎",
        "千代田区 政策経営部 広報課",
        "",
        attribution,
    ] + quote(request_lines(ticket, token), empty=">")
    hdrs = headers(name, "Re:", "utf-8", [
        ("User-Agent", "Mozilla Thunderbird"),
        ("MIME-Version", "1.0"),
        ("Content-Language", "ja"),
        ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
        ("Content-Transfer-Encoding", "8bit"),
    ])
    body = "\n".join(lines) + "\n"
    head = "".join("%s: %s\n" % kv for kv in hdrs)
    return (head + "\n" + body).encode("utf-8"), own


TB_ATTR_EN = "On 2026/11/24 10:00, %s wrote:" % GATEWAY[0]
TB_ATTR_JA = "2026/11/24 10:00 に %s さんは書きました:" % GATEWAY[0]


# --- the cases ---------------------------------------------------------------

def quoted_previous_answer(name):
    """A reply whose only 承認 is in the quote: the officer answers a
    thread in which an earlier message said it."""
    ticket, token = ticket_for(name)
    return (["承認します", "", GMAIL_ATTR_JA]
            + quote(request_lines(ticket, token), ">> ", ">>"))


CASES = [
    # name, builder, own text, command, reason
    ("outlook-approve-greeting",
     lambda n, o: outlook_alternative(n, o),
     "お疲れ様です。\n承認します。\n\n山田", "approve", None),
    ("outlook-original-message-reject",
     lambda n, o: outlook_original(n, o),
     "差戻し\n日付の曜日が違います。\n修正してください。", "reject",
     "日付の曜日が違います。\n修正してください。"),
    ("outlook-html-only-reject",
     lambda n, o: outlook_html_only(n, o),
     "却下：写真の肖像権を確認してください\n\n山田", "reject",
     "写真の肖像権を確認してください\n山田"),
    ("outlook-html-only-approve",
     lambda n, o: outlook_html_only(n, o),
     "広報課長の山田です。\n\n承認いたします。", "approve", None),
    ("outlook-cannot-approve",
     lambda n, o: outlook_alternative(n, o),
     "承認できません。\n写真の差し替えをお願いします。", "unclear", None),
    ("gmail-approve",
     lambda n, o: gmail(n, o),
     "承認", "approve", None),
    ("gmail-fullwidth-ok",
     lambda n, o: gmail(n, o),
     "ＯＫ", "approve", None),
    ("gmail-wrapped-lowercase-ok",
     lambda n, o: gmail(n, o, GMAIL_ATTR_EN_WRAPPED),
     "ok", "approve", None),
    ("gmail-hold",
     lambda n, o: gmail(n, o),
     "承認は保留します。\n課長に確認してから回答します。", "unclear", None),
    ("gmail-ok-negated",
     lambda n, o: gmail(n, o),
     "OKではありません。日付を確認してください。", "unclear", None),
    ("gmail-both-words",
     lambda n, o: gmail(n, o),
     "承認か差戻しか、課長と相談します。", "unclear", None),
    ("gmail-empty",
     lambda n, o: gmail(n, o),
     "", "unclear", None),
    ("gmail-quoted-only",
     lambda n, o: gmail(n, o, quoted=quoted_previous_answer(n)),
     "", "unclear", None),
    ("gmail-mention",
     lambda n, o: gmail(n, o),
     "先日承認した件ですが、写真を差し替えてもらえますか。", "unclear",
     None),
    ("iphone-approve",
     lambda n, o: iphone(n, o),
     "承認", "approve", None),
    ("iphone-not-approve",
     lambda n, o: iphone(n, o, attribution_inside=True, html_part=True),
     "承認しません", "unclear", None),
    ("iphone-reject-same-line",
     lambda n, o: iphone(n, o, attribution_inside=True),
     "差し戻します。写真を差し替えてください。", "reject",
     "写真を差し替えてください。"),
    ("iphone-mailto-reject",
     lambda n, o: iphone(n, o, with_quote=False),
     "差戻し\n理由: 日付の曜日が違います", "reject",
     "日付の曜日が違います"),
    ("android-reject",
     lambda n, o: android(n, o),
     "NG\n写真が暗いので差し替えてください。", "reject",
     "写真が暗いので差し替えてください。"),
    ("android-approve",
     lambda n, o: android(n, o),
     "承認です", "approve", None),
    ("thunderbird-reject",
     lambda n, o: thunderbird(n, o, TB_ATTR_EN),
     "REJECT\nThe post says Monday 29 November,\nbut that day is a "
     "Sunday.", "reject",
     "The post says Monday 29 November,\nbut that day is a Sunday."),
    ("thunderbird-preamble-approve",
     lambda n, o: thunderbird(n, o, TB_ATTR_JA),
     "お疲れ様です。\n広報課の山田です。\n\n承認します。\n"
     "よろしくお願いします。",
     "approve", None),
]

NO_CODE = {"iphone-mailto-reject"}


def keyfile_escape(value):
    out = value.replace("\\", "\\\\").replace("\n", "\\n")
    out = out.replace("\t", "\\t").replace("\r", "\\r")
    if out.startswith(" "):
        out = "\\s" + out[1:]
    return out


def main():
    names = []
    for name, build, own, command, reason in CASES:
        eml, own_text = build(name, own)
        ticket, token = ("", "") if name in NO_CODE else ticket_for(name)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(eml)
        lines = ["# written by make-replies.py from what the officer typed",
                 "[reply]", "command=" + command]
        if command == "reject":
            lines.append("reason=" + keyfile_escape(reason))
        lines += ["ticket=" + ticket, "token=" + token,
                  "own-text=" + keyfile_escape(own_text.strip())]
        with open(os.path.join(HERE, name + ".expected"), "w",
                  encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        names.append(name)
    print("wrote %d fixtures" % len(names))


if __name__ == "__main__":
    main()
