#!/usr/bin/env python3
"""Writes the MIME fixtures of tests/check_draft.c and the byte fixtures of
tests/check_charset.c, each with the .expected file the suite compares with.

The messages are built the way the mail clients build them (Outlook's
ISO-2022-JP carrying CP50220 characters, CP932 labelled Shift_JIS, CP51932
labelled EUC-JP, Thunderbird's format=flowed and RFC 2231 file names), from
Unicode text written here, so the expected text is what the sender typed,
not what snsgate happens to produce.  Python's codecs have no CP50220 or
CP51932: both are built by hand from CP932 bytes through JIS row/cell, as
Windows does.  Standard library only; run it from anywhere, then commit the
script and its outputs together (the suites read the outputs, never this).

An .expected file is a GLib key file: [message] holds the subject, sender,
recipients, Date as Unix time, counts and the substrings the parse notes
must contain; [pieceN], [linkN] and [attachmentN] describe each item in
order.  Values use GKeyFile escapes (\\n, \\t, \\s, \\\\).
"""

import base64
import hashlib
import os
import quopri
import struct
import unicodedata
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CHARSET_DIR = os.path.join(HERE, "..", "charset")


# --- encoders the way Windows and Outlook encode -------------------------

def _ibm_preferred():
    """Windows encodes the IBM extensions at 0xFA40-0xFC4B, where Python's
    cp932 picks their NEC-selected duplicates at 0xED40-0xEEFC."""
    table = {}
    for lead in range(0xFA, 0xFD):
        for trail in range(0x40, 0xFD):
            raw = bytes([lead, trail])
            try:
                ch = raw.decode("cp932")
            except UnicodeDecodeError:
                continue
            if ch.encode("cp932")[0] in (0xED, 0xEE):
                table[ch] = raw
    return table


IBM = _ibm_preferred()


def cp932(text):
    """CP932 bytes as Windows writes them (IBM extensions as 0xFAxx)."""
    return b"".join(IBM.get(ch) or ch.encode("cp932") for ch in text)


def sjis_to_jis(lead, trail):
    """A CP932 double-byte code to its JIS X 0208 row/cell bytes (rows 13
    and 89-92 are where CP50220 and CP51932 put the NEC extensions)."""
    if lead >= 0xE0:
        lead -= 0x40
    row = (lead - 0x81) * 2
    if trail >= 0x9F:
        row += 1
        cell = trail - 0x9F
    else:
        cell = trail - 0x40 - (1 if trail >= 0x80 else 0)
    return row + 0x21, cell + 0x21


def cp50220(text):
    """ISO-2022-JP as Outlook sends it (CP50220): JIS X 0208 plus NEC row
    13 and the NEC-selected IBM rows; half-width katakana become full-width
    first, as CP50220 does."""
    out = bytearray()
    jis = False
    for ch in text:
        if ord(ch) < 0x80:
            if jis:
                out += b"\x1b(B"
                jis = False
            out += ch.encode("ascii")
            continue
        raw = ch.encode("cp932")
        if len(raw) == 1:
            raw = unicodedata.normalize("NFKC", ch).encode("cp932")
        if not jis:
            out += b"\x1b$B"
            jis = True
        out += bytes(sjis_to_jis(raw[0], raw[1]))
    if jis:
        out += b"\x1b(B"
    return bytes(out)


def cp51932(text):
    """EUC-JP as Windows writes it (CP51932): CP932 through JIS row/cell,
    so NEC row 13 and rows 89-92 appear as two-byte EUC."""
    out = bytearray()
    for ch in text:
        raw = ch.encode("cp932")
        if len(raw) == 1 and raw[0] < 0x80:
            out += raw
        elif len(raw) == 1:
            out += b"\x8e" + raw
        else:
            row, cell = sjis_to_jis(raw[0], raw[1])
            out += bytes([row + 0x80, cell + 0x80])
    return bytes(out)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64_lines(data, width=76):
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + width] for i in range(0, len(enc), width))


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def word_b(charset, raw):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))


def word_q(charset, raw):
    out = []
    for byte in raw:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 0x80:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def outlook_subject(charset, encoder, text, per_word=12):
    """Outlook splits a subject into encoded words of whole characters."""
    words = [text[i:i + per_word] for i in range(0, len(text), per_word)]
    return "\n ".join(word_b(charset, encoder(w)) for w in words)


def tiny_jpeg():
    """A real baseline JPEG: 8x8 grey, one-symbol Huffman tables."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) \
            + payload
    return (b"\xff\xd8"
            + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
            + seg(0xDB, b"\x00" + bytes([1] * 64))
            + seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
            + seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
            + seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
            + b"\x3f\xff\xd9")


# --- .expected writer -----------------------------------------------------

def esc(value):
    value = (value.replace("\\", "\\\\").replace("\n", "\\n")
             .replace("\t", "\\t").replace("\r", "\\r"))
    if value.startswith(" "):
        value = "\\s" + value[1:]
    if value.endswith(" "):
        value = value[:-1] + "\\s"
    return value


def blen(text):
    return len(text.encode("utf-8"))


class Expect:
    def __init__(self, subject, sender, recipients, date, subject_charset):
        self.subject = subject
        self.sender = sender
        self.recipients = recipients
        self.date = date
        self.notes = []
        self.pieces = [dict(kind="subject", text=subject,
                            charset=subject_charset)]
        self.links = []
        self.attachments = []

    def body(self, text, mime="text/plain", charset="UTF-8", alt=0,
             signature=None, name=None, kind="body"):
        post = len(text) if signature is None else text.index(signature)
        self.pieces.append(dict(kind=kind, text=text, mime=mime,
                                charset=charset, alt=alt, name=name,
                                post=blen(text[:post])))
        return len(self.pieces) - 1

    def link(self, piece, href, shown, text=None, nth=0):
        body = self.pieces[piece]["text"]
        at = -1
        for _ in range(nth + 1):
            at = body.index(shown, at + 1)
        self.links.append(dict(piece=piece, href=href, text=text,
                               offset=blen(body[:at]), length=blen(shown)))

    def attachment(self, filename, mime, data):
        self.attachments.append(dict(filename=filename, mime=mime,
                                     data=data))

    def write(self, path):
        lines = ["[message]",
                 "subject=" + esc(self.subject),
                 "from=" + esc(self.sender or ""),
                 "recipients=" + "".join(r + ";" for r in self.recipients),
                 "date=%d" % (parsedate_to_datetime(self.date).timestamp()
                              if self.date else 0),
                 "n-pieces=%d" % len(self.pieces),
                 "n-links=%d" % len(self.links),
                 "n-attachments=%d" % len(self.attachments),
                 "n-notes=%d" % len(self.notes),
                 "notes=" + "".join(esc(n) + ";" for n in self.notes),
                 ""]
        for i, p in enumerate(self.pieces):
            lines += ["[piece%d]" % i, "kind=" + p["kind"]]
            if p["kind"] != "subject":
                lines += ["mime-type=" + p["mime"],
                          "alternative=%d" % p["alt"],
                          "post-len=%d" % p["post"]]
            if p.get("name"):
                lines.append("name=" + esc(p["name"]))
            lines += ["charset=" + p["charset"],
                      "text=" + esc(p["text"]), ""]
        for i, link in enumerate(self.links):
            lines += ["[link%d]" % i, "piece=%d" % link["piece"],
                      "href=" + esc(link["href"])]
            if link["text"] is not None:
                lines.append("text=" + esc(link["text"]))
            lines += ["offset=%d" % link["offset"],
                      "length=%d" % link["length"], ""]
        for i, att in enumerate(self.attachments):
            lines += ["[attachment%d]" % i]
            if att["filename"] is not None:
                lines.append("filename=" + esc(att["filename"]))
            lines += ["mime-type=" + att["mime"],
                      "size=%d" % len(att["data"]),
                      "sha256=" + hashlib.sha256(att["data"]).hexdigest(),
                      ""]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines))


FIXTURES = []


def fixture(func):
    FIXTURES.append(func)
    return func


def headers(date, sender, to, subject, extra="", mailer="X-Mailer: "
            "Microsoft Outlook 16.0"):
    return ("Date: %s\nFrom: %s\nTo: %s\nSubject: %s\n"
            "Message-ID: <%s@city.example.lg.jp>\nMIME-Version: 1.0\n%s\n%s"
            % (date, sender, to, subject,
               hashlib.md5(subject.encode()).hexdigest()[:16], mailer,
               extra))


# --- the fixtures ----------------------------------------------------------

@fixture
def outlook_cp50220():
    """Outlook: ISO-2022-JP 7bit, CRLF, CP50220 characters in subject and
    body, a signature."""
    subject = "【FB掲載依頼】㈱髙﨑建設の工事①"
    body = ("【工事のお知らせ】\n"
            "①期間：7月1日～7月31日\n"
            "②施工：㈱髙﨑建設\n"
            "③問合せ：03－3264－2111（代表）\n"
            "∥ ￢ ― の記号も使えます。\n"
            "\n"
            "-- \n"
            "道路公園課　髙橋\n")
    date = "Mon, 29 Jun 2026 10:00:06 +0900"
    to = ("=?ISO-2022-JP?B?%s?= <SNS-Approval+facebook@City.Example.lg.jp>"
          % base64.b64encode(cp50220("承認窓口")).decode())
    msg = headers(date, "=?ISO-2022-JP?B?%s?= <takahashi@city.example.lg.jp>"
                  % base64.b64encode(cp50220("髙橋 一郎")).decode(),
                  to, outlook_subject("ISO-2022-JP", cp50220, subject, 8),
                  "Cc: kouhou@city.example.lg.jp\n"
                  "Content-Type: text/plain; charset=\"iso-2022-jp\"\n"
                  "Content-Transfer-Encoding: 7bit\n")
    data = crlf(msg.encode("ascii") + b"\n" + cp50220(body))
    e = Expect(subject, "takahashi@city.example.lg.jp",
               ["sns-approval+facebook@city.example.lg.jp",
                "kouhou@city.example.lg.jp"], date, "ISO-2022-JP")
    e.body(body, charset="iso-2022-jp", signature="-- \n")
    return data, e


@fixture
def sjis_cp932():
    """Outlook: CP932 labelled Shift_JIS, 8bit, with ①②③, 髙 and 﨑 as
    the IBM extension codes Windows writes."""
    subject = "【X掲載依頼】①②③と㈱の表示"
    body = ("区役所の代表電話は03(3264)2111です。\n"
            "①受付時間：平日午前8時30分～午後5時15分\n"
            "②担当：髙木・﨑山\n"
            "③所在地：千代田区九段南1－2－1\n")
    assert b"\xfb\xfc" in cp932(body)       # 髙 as Windows writes it
    date = "Fri, 03 Apr 2026 09:00:09 +0900"
    msg = headers(date, "mori@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp",
                  outlook_subject("Shift_JIS", cp932, subject),
                  "Content-Type: text/plain; charset=\"shift_jis\"\n"
                  "Content-Transfer-Encoding: 8bit\n")
    data = crlf(msg.encode("ascii") + b"\n" + cp932(body))
    e = Expect(subject, "mori@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "Shift_JIS")
    e.body(body, charset="shift_jis")
    return data, e


@fixture
def eucjp_cp51932():
    """CP51932 labelled euc-jp (NEC row 13 and IBM rows), LF line ends,
    half-width katakana as SS2."""
    subject = "EUC-JPの件名①"
    body = ("①町会の㈱髙﨑さんからのお知らせ\n"
            "ｶﾀｶﾅも読めます。\n")
    date = "Tue, 07 Jul 2026 08:15:00 +0900"
    msg = headers(date, "Sato Hanako <sato@city.example.lg.jp>",
                  "sns-approval+x@city.example.lg.jp",
                  word_b("EUC-JP", cp51932(subject)),
                  "Content-Type: text/plain; charset=EUC-JP\n"
                  "Content-Transfer-Encoding: 8bit\n",
                  mailer="User-Agent: Mutt/2.2.9")
    data = msg.encode("ascii") + b"\n" + cp51932(body)
    e = Expect(subject, "sato@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "EUC-JP")
    e.body(body, charset="EUC-JP")
    return data, e


@fixture
def eucjp_plain():
    """Plain EUC-JP (JIS X 0208 only) from a Unix mailer."""
    subject = "区民プールの営業時間"
    body = ("区民プールは午前九時から午後九時まで営業しています。\n"
            "休館日は毎月第三月曜日です。\n")
    date = "Wed, 08 Jul 2026 09:00:00 +0900"
    msg = headers(date, "pool@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp",
                  word_b("EUC-JP", subject.encode("euc_jp")),
                  "Content-Type: text/plain; charset=euc-jp\n"
                  "Content-Transfer-Encoding: 8bit\n",
                  mailer="User-Agent: Wanderlust/2.15.9")
    data = msg.encode("ascii") + b"\n" + body.encode("euc_jp")
    e = Expect(subject, "pool@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "EUC-JP")
    e.body(body, charset="euc-jp")
    return data, e


@fixture
def utf8_base64():
    """UTF-8 base64 body with an emoji and a URL, UTF-8 B subject."""
    subject = "【Instagram掲載依頼】聖橋からの眺め🚃"
    body = ("夕暮れ時の聖橋から神田川を眺めるのは格別です🚃\n"
            "詳しくは https://www.city.example.lg.jp/kanko/hijiri.html をご覧く"
            "ださい。\n"
            "#千代田区 #聖橋\n")
    date = "Mon, 28 Sep 2026 17:30:54 +0900"
    msg = headers(date, "=?UTF-8?B?%s?= <fujita@city.example.lg.jp>"
                  % base64.b64encode("藤田 悠".encode()).decode(),
                  "sns-approval+instagram@city.example.lg.jp",
                  word_b("UTF-8", subject.encode()),
                  "Content-Type: text/plain; charset=UTF-8\n"
                  "Content-Transfer-Encoding: base64\n",
                  mailer="User-Agent: Mozilla Thunderbird")
    data = crlf((msg + "\n" + b64_lines(body.encode()) + "\n")
                .encode("ascii"))
    e = Expect(subject, "fujita@city.example.lg.jp",
               ["sns-approval+instagram@city.example.lg.jp"], date, "UTF-8")
    p = e.body(body)
    e.link(p, "https://www.city.example.lg.jp/kanko/hijiri.html",
           "https://www.city.example.lg.jp/kanko/hijiri.html")
    return data, e


@fixture
def utf8_qp():
    """UTF-8 quoted-printable with soft breaks inside characters, and a
    Q-encoded subject with underscores."""
    subject = "区立図書館 開館時間延長のお知らせ"
    body = ("区立図書館の開館時間を、来年度から午後10時まで延長します。" * 2
            + "\n仕事帰りの方にも便利になります。\n")
    date = "Fri, 09 Oct 2026 10:00:07 +0900"
    msg = headers(date, "hashimoto@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp",
                  word_q("UTF-8", subject.encode()),
                  "Content-Type: text/plain; charset=utf-8\n"
                  "Content-Transfer-Encoding: quoted-printable\n")
    encoded = qp(body.encode())
    assert "=\n" in encoded
    data = crlf((msg + "\n" + encoded).encode("ascii"))
    e = Expect(subject, "hashimoto@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body, charset="utf-8")
    return data, e


@fixture
def utf8_8bit_lf():
    """UTF-8 8bit with LF line ends and a raw 8-bit UTF-8 subject."""
    subject = "窓口のご案内（8bit件名）"
    body = "区役所の窓口は、平日の午前8時30分から開いています。\n"
    date = "Mon, 23 Mar 2026 10:00:13 +0900"
    msg = headers(date, "mori@city.example.lg.jp",
                  "sns-approval+facebook@city.example.lg.jp", subject,
                  "Content-Type: text/plain; charset=UTF-8\n"
                  "Content-Transfer-Encoding: 8bit\n",
                  mailer="User-Agent: Evolution 3.46.4")
    data = (msg + "\n" + body).encode("utf-8")
    e = Expect(subject, "mori@city.example.lg.jp",
               ["sns-approval+facebook@city.example.lg.jp"], date, "UTF-8")
    e.body(body)
    return data, e


@fixture
def raw_cp932_subject():
    """A raw 8-bit CP932 subject (old Japanese mailers) over a Shift_JIS
    body."""
    subject = "【FB掲載依頼】①住民税の申告"
    body = "①申告期限：3月15日(月)\n"
    date = "Mon, 16 Feb 2026 10:00:59 +0900"
    head = headers(date, "ikeda@city.example.lg.jp",
                   "sns-approval+facebook@city.example.lg.jp", "SUBJECT",
                   "Content-Type: text/plain; charset=Shift_JIS\n"
                   "Content-Transfer-Encoding: 8bit\n",
                   mailer="X-Mailer: Becky! ver. 2.81.04")
    data = crlf(head.encode("ascii").replace(b"SUBJECT", cp932(subject))
                + b"\n" + cp932(body))
    e = Expect(subject, "ikeda@city.example.lg.jp",
               ["sns-approval+facebook@city.example.lg.jp"], date,
               "Shift_JIS")
    e.body(body, charset="Shift_JIS")
    return data, e


@fixture
def split_subject():
    """A UTF-8 character split across two encoded words, and plain text
    around encoded words."""
    subject = "Re: 【重要】防災訓練の日程 [draft]"
    raw = "【重要】防災訓練の日程".encode()
    cut = 10            # inside the third character
    encoded = "Re: %s\n %s [draft]" % (word_b("UTF-8", raw[:cut]),
                                      word_b("UTF-8", raw[cut:]))
    body = "防災訓練は9月1日(火)に行います。\n"
    date = "Tue, 25 Aug 2026 09:00:00 +0900"
    msg = headers(date, "bosai@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", encoded,
                  "Content-Type: text/plain; charset=UTF-8\n"
                  "Content-Transfer-Encoding: 8bit\n")
    data = crlf((msg + "\n" + body).encode("utf-8"))
    e = Expect(subject, "bosai@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body)
    return data, e


@fixture
def flowed_delsp():
    """Thunderbird format=flowed; delsp=yes: Japanese lines folded at 72
    columns, a space-stuffed line, a quote and a signature."""
    para = "千代田区では、区民の皆さまに向けて、防災に関する情報を定期的にお届けしています。"
    lines = [para[:20] + " ", para[20:], "From the ward office",
             "> 引用です", "-- ", "防災課"]
    wire = "\n".join(lines[:2]) + "\n" + " " + lines[2] + "\n" \
        + "\n".join(lines[3:]) + "\n"
    body = para + "\n" + lines[2] + "\n> 引用です\n-- \n防災課\n"
    subject = "防災情報（flowed）"
    date = "Thu, 10 Sep 2026 12:00:00 +0900"
    msg = headers(date, "bosai@city.example.lg.jp",
                  "sns-approval+facebook@city.example.lg.jp",
                  word_b("UTF-8", subject.encode()),
                  "Content-Type: text/plain; charset=UTF-8; format=flowed;"
                  " delsp=yes\nContent-Transfer-Encoding: 8bit\n",
                  mailer="User-Agent: Mozilla Thunderbird")
    data = crlf((msg + "\n" + wire).encode("utf-8"))
    e = Expect(subject, "bosai@city.example.lg.jp",
               ["sns-approval+facebook@city.example.lg.jp"], date, "UTF-8")
    e.body(body, signature="-- \n")
    return data, e


@fixture
def flowed_plain():
    """format=flowed without DelSp: the soft-break space stays."""
    body = ("Please share the notice about the autumn festival on "
            "Saturday.\nThanks.\n")
    wire = ("Please share the notice about the autumn \n"
            "festival on Saturday.\nThanks.\n")
    subject = "Autumn festival"
    date = "Fri, 11 Sep 2026 12:00:00 +0900"
    msg = headers(date, "events@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", subject,
                  "Content-Type: text/plain; charset=us-ascii; "
                  "format=flowed\nContent-Transfer-Encoding: 7bit\n",
                  mailer="User-Agent: Mozilla Thunderbird")
    data = (msg + "\n" + wire).encode("ascii")
    e = Expect(subject, "events@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body, charset="us-ascii")
    return data, e


@fixture
def unlabelled_jis():
    """No charset parameter, ISO-2022-JP escapes in the body."""
    body = "区民まつりの写真を①から順に掲載します。\n"
    subject = "unlabelled ISO-2022-JP"
    date = "Sat, 12 Sep 2026 12:00:00 +0900"
    msg = headers(date, "matsuri@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", subject,
                  "Content-Type: text/plain\n")
    data = crlf(msg.encode("ascii") + b"\n" + cp50220(body))
    e = Expect(subject, "matsuri@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body, charset="ISO-2022-JP")
    return data, e


@fixture
def unlabelled_sjis():
    """No Content-Type at all, Shift_JIS bytes."""
    body = ("千代田区役所からのお知らせです。\n"
            "年末年始の窓口業務は十二月二十九日から休止します。\n")
    subject = "no charset"
    date = "Sun, 13 Sep 2026 12:00:00 +0900"
    msg = headers(date, "soumu@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", subject, "")
    data = crlf(msg.encode("ascii") + b"\n" + cp932(body))
    e = Expect(subject, "soumu@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body, charset="Shift_JIS")
    return data, e


@fixture
def mislabelled():
    """Labelled us-ascii, really CP932: decoded as Shift_JIS, with a
    note."""
    body = "①区民会館の予約は窓口で受け付けます。\n"
    subject = "mislabelled"
    date = "Mon, 14 Sep 2026 12:00:00 +0900"
    msg = headers(date, "kaikan@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", subject,
                  "Content-Type: text/plain; charset=us-ascii\n"
                  "Content-Transfer-Encoding: 8bit\n")
    data = crlf(msg.encode("ascii") + b"\n" + cp932(body))
    e = Expect(subject, "kaikan@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body, charset="Shift_JIS")
    e.notes.append("labelled us-ascii but decoded as Shift_JIS")
    return data, e


@fixture
def alternative():
    """Outlook multipart/alternative: ISO-2022-JP text and HTML; the link
    exists only in the HTML."""
    subject = "【選管】投票所入場整理券の発送"
    plain = ("投票日は6月21日(日)です。\n"
             "詳しくは区のホームページをご覧ください。\n")
    html = ('<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=iso-2022-jp">\n'
            '<style>p.MsoNormal{margin:0mm;}</style></head>\n'
            '<body lang="JA"><div class="WordSection1">\n'
            '<p class="MsoNormal">投票日は6月21日(日)です。<o:p></o:p></p>\n'
            '<p class="MsoNormal">詳しくは<a href="https://www.city.example'
            '.lg.jp/senkyo/">区のホームページ</a>をご覧ください。</p>\n'
            '<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n'
            '</div></body></html>\n')
    html_text = plain
    date = "Mon, 08 Jun 2026 10:00:47 +0900"
    boundary = "----=_NextPart_000_0001_01DC0000.12345678"
    msg = headers(date, "senkan@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp",
                  outlook_subject("ISO-2022-JP", cp50220, subject),
                  "Content-Type: multipart/alternative;\n"
                  "\tboundary=\"%s\"\n" % boundary)
    data = (msg.encode("ascii") + b"\nThis is a multi-part message in MIME "
            b"format.\n\n--" + boundary.encode() + b"\n"
            b"Content-Type: text/plain;\n\tcharset=\"iso-2022-jp\"\n"
            b"Content-Transfer-Encoding: 7bit\n\n" + cp50220(plain)
            + b"\n--" + boundary.encode() + b"\n"
            b"Content-Type: text/html;\n\tcharset=\"iso-2022-jp\"\n"
            b"Content-Transfer-Encoding: 7bit\n\n" + cp50220(html)
            + b"\n--" + boundary.encode() + b"--\n")
    data = crlf(data)
    e = Expect(subject, "senkan@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "ISO-2022-JP")
    e.body(plain, charset="iso-2022-jp", alt=1)
    p = e.body(html_text, mime="text/html", charset="iso-2022-jp", alt=2)
    e.link(p, "https://www.city.example.lg.jp/senkyo/", "区のホームページ",
           text="区のホームページ")
    return data, e


@fixture
def html_only():
    """HTML-only UTF-8 quoted-printable: a link whose text shows another
    host, entities, a lying <meta charset>, script and style, lists, a
    bare URL in text, and a signature."""
    subject = "HTMLのみの投稿"
    html = ('<!DOCTYPE html>\n<html><head><meta charset="shift_jis">'
            '<title>件名</title>\n<style>div{color:red}</style>'
            '<script>alert("x")</script></head>\n<body>\n'
            '<h1>秋の  区民まつり</h1>\n'
            '<p>会場：区役所前広場 &amp; 公園&#x3042;&#12354;</p>\n'
            '<ul><li>模擬店</li><li>ステージ</li></ul>\n'
            '<p>申込は<a href=" https://evil.example/login?a=1&amp;b=2 ">'
            'https://www.city.example.lg.jp/</a>から。<br>\n'
            '詳細：www.city.example.lg.jp/matsuri/ まで</p>\n'
            '<div>--<br>広報課</div>\n'
            '</body></html>\n')
    text = ("秋の 区民まつり\n"
            "会場：区役所前広場 & 公園ああ\n"
            "模擬店\n"
            "ステージ\n"
            "申込はhttps://www.city.example.lg.jp/から。\n"
            "詳細：www.city.example.lg.jp/matsuri/ まで\n"
            "--\n"
            "広報課\n")
    date = "Thu, 26 Mar 2026 10:00:00 +0900"
    msg = headers(date, "kouhou@city.example.lg.jp",
                  "sns-approval+facebook@city.example.lg.jp",
                  word_b("UTF-8", subject.encode()),
                  "Content-Type: text/html; charset=UTF-8\n"
                  "Content-Transfer-Encoding: quoted-printable\n")
    data = crlf((msg + "\n" + qp(html.encode())).encode("ascii"))
    e = Expect(subject, "kouhou@city.example.lg.jp",
               ["sns-approval+facebook@city.example.lg.jp"], date, "UTF-8")
    p = e.body(text, mime="text/html", signature="--\n")
    e.link(p, "https://evil.example/login?a=1&b=2",
           "https://www.city.example.lg.jp/",
           text="https://www.city.example.lg.jp/")
    e.link(p, "www.city.example.lg.jp/matsuri/",
           "www.city.example.lg.jp/matsuri/")
    return data, e


@fixture
def mixed_attachments():
    """Outlook multipart/mixed: UTF-8 body, a JPEG whose RFC 2047 name is
    Shift_JIS with a CP932-only character, and a Shift_JIS text attachment
    whose name is RFC 2231 with continuations (Thunderbird's form)."""
    subject = "【FB掲載依頼】遊具の更新（写真・メモ添付）"
    body = "公園の遊具を新しくしました。\n"
    memo = "部外秘\n遊具更新工事　契約金額 4,850,000円（税込）\n"
    memo_name = "遊具更新メモ①.txt"
    jpeg = tiny_jpeg()
    jpeg_name = "公園の写真①.jpg"
    encoded_name = quote_2231(memo_name.encode("utf-8"))
    half = len(encoded_name) // 2
    while encoded_name[half - 1] == "%" or encoded_name[half - 2] == "%":
        half += 1
    date = "Thu, 02 Jul 2026 10:00:59 +0900"
    boundary = "----=_NextPart_000_0C9E_CD9A113D.DCB95062"
    msg = headers(date, "hasegawa@city.example.lg.jp",
                  "sns-approval+facebook@city.example.lg.jp",
                  outlook_subject("UTF-8", str.encode, subject),
                  "Content-Type: multipart/mixed;\n boundary=\"%s\"\n"
                  % boundary)
    parts = [
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64_lines(body.encode()),
        "Content-Type: image/JPEG;\n name=\"%s\"\n"
        "Content-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment;\n filename=\"%s\"\n\n%s"
        % (word_b("Shift_JIS", cp932(jpeg_name)),
           word_b("Shift_JIS", cp932(jpeg_name)), b64_lines(jpeg)),
        "Content-Type: text/plain; charset=Shift_JIS\n"
        "Content-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment;\n filename*0*=UTF-8''%s;\n"
        " filename*1*=%s\n\n%s"
        % (encoded_name[:half], encoded_name[half:],
           b64_lines(crlf(cp932(memo)))),
    ]
    text = msg + "\nThis is a multi-part message in MIME format.\n\n"
    for part in parts:
        text += "--%s\n%s\n\n" % (boundary, part)
    text += "--%s--\n" % boundary
    data = crlf(text.encode("ascii"))
    e = Expect(subject, "hasegawa@city.example.lg.jp",
               ["sns-approval+facebook@city.example.lg.jp"], date, "UTF-8")
    e.body(body)
    e.body(memo, charset="Shift_JIS", name=memo_name, kind="attachment")
    e.attachment(jpeg_name, "image/jpeg", jpeg)
    e.attachment(memo_name, "text/plain", crlf(cp932(memo)))
    return data, e


def quote_2231(raw):
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"
    return "".join(chr(b) if b in safe else "%%%02X" % b for b in raw)


@fixture
def forwarded_message():
    """A forwarded mail as message/rfc822: listed, not read as the draft;
    an RFC 2231 Shift_JIS file name on it."""
    inner = ("From: someone@example.jp\nTo: staff@city.example.lg.jp\n"
             "Subject: inner\nMIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=UTF-8\n\n"
             "This is not the draft.\n")
    name = "転送メール.eml"
    body = "転送したメールを添付します。\n"
    date = "Tue, 15 Sep 2026 12:00:00 +0900"
    boundary = "fwd-boundary"
    msg = headers(date, "staff@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", "Fwd: inner",
                  "Content-Type: multipart/mixed; boundary=%s\n" % boundary)
    text = (msg + "\n--%s\nContent-Type: text/plain; charset=UTF-8\n\n%s\n"
            "--%s\nContent-Type: message/rfc822\n"
            "Content-Disposition: attachment; filename*=shift_jis''%s\n\n"
            "%s\n--%s--\n" % (boundary, body, boundary,
                             quote_2231(cp932(name)), inner, boundary))
    data = text.encode("utf-8")
    e = Expect("Fwd: inner", "staff@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body)
    e.attachment(name, "message/rfc822", inner.encode())
    return data, e


@fixture
def invalid_base64():
    """A base64 body with characters outside the alphabet: decoded as far
    as it goes, with a note."""
    body = "区民運動会は雨天中止です。\n"
    enc = base64.b64encode(body.encode()).decode()
    broken = enc[:16] + "!*" + enc[16:32] + "\n#" + enc[32:]
    subject = "invalid base64"
    date = "Wed, 16 Sep 2026 12:00:00 +0900"
    msg = headers(date, "undokai@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", subject,
                  "Content-Type: text/plain; charset=UTF-8\n"
                  "Content-Transfer-Encoding: base64\n")
    data = crlf((msg + "\n" + broken + "\n").encode("ascii"))
    e = Expect(subject, "undokai@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    e.body(body)
    e.notes.append("invalid base64 (3 characters outside the alphabet)")
    return data, e


@fixture
def broken_iso2022jp():
    """An ISO-2022-JP body whose escape sequence was cut ("ESC $" without
    its final byte): the rest still decodes, with a note."""
    good = cp50220("①区民まつり\n")
    broken = b"\x1b$" + b"\n"
    tail = cp50220("中止です\n")
    subject = "broken escape"
    date = "Thu, 17 Sep 2026 12:00:00 +0900"
    msg = headers(date, "matsuri@city.example.lg.jp",
                  "sns-approval+x@city.example.lg.jp", subject,
                  "Content-Type: text/plain; charset=ISO-2022-JP\n"
                  "Content-Transfer-Encoding: 7bit\n")
    data = crlf(msg.encode("ascii") + b"\n" + good + broken + tail)
    e = Expect(subject, "matsuri@city.example.lg.jp",
               ["sns-approval+x@city.example.lg.jp"], date, "UTF-8")
    # ICU rejects the ESC alone and reads "$" as ASCII again.
    e.body("①区民まつり\n\ufffd$\n中止です\n", charset="ISO-2022-JP")
    e.notes.append("body part 1 (ISO-2022-JP): 1 undecodable byte sequence")
    return data, e


# --- charset fixtures ------------------------------------------------------

CP932_TEXT = "①②③ ㈱ ～ 髙﨑 －∥￢― 区役所\n"
EUCJP_MS_HIGH = b"\x8f\xf4\xfb\x8f\xf4\xbd"     # 髙﨑 in eucJP-ms


def charset_fixtures():
    out = {
        "cp50220": (cp50220(CP932_TEXT), CP932_TEXT),
        "cp50221-kana": (b"\x1b(I1\x1b(B \x1b$B-!\x1b(B\n", "ｱ ①\n"),
        "cp50222-so": (b"\x1b$B-!\x1b(B\x0e1\x0f\n", "①ｱ\n"),
        "cp932": (cp932(CP932_TEXT), CP932_TEXT),
        "cp51932": (cp51932(CP932_TEXT + "ｶﾅ\n"), CP932_TEXT + "ｶﾅ\n"),
        "eucjp-ms": (cp51932("①") + EUCJP_MS_HIGH + b"\n", "①髙﨑\n"),
        "eucjp": ("区民の皆さまへ\n".encode("euc_jp"), "区民の皆さまへ\n"),
        "utf8": (CP932_TEXT.encode(), CP932_TEXT),
        # A cut escape inside JIS X 0208 mode: ICU rejects the ESC, then
        # reads "$" and the line end as one more (illegal) double byte.
        "broken-iso2022jp": (b"\x1b$B$\"\x1b$\n\x1b$B$$\x1b(B\n",
                             "あ\ufffd\ufffdい\n"),
        "invalid-utf8": (b"ok \xff\xfe end\n", "ok \ufffd\ufffd end\n"),
        "unlabelled-sjis": (cp932("千代田区役所からのお知らせです。"
                                  "窓口は午前八時半から開いています。\n"),
                            None),
        "unlabelled-eucjp": ("千代田区役所からのお知らせです。窓口は午前八時"
                             "半から開いています。\n".encode("euc_jp"), None),
        "unlabelled-latin1": ("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, "
                              "d\u00e9j\u00e0 vu \u00e0 la fran\u00e7aise. "
                              "Le gar\u00e7on a re\u00e7u une lettre tr"
                              "\u00e8s \u00e9l\u00e9gante.\n"
                              .encode("latin-1"), None),
    }
    for name, (raw, text) in out.items():
        with open(os.path.join(CHARSET_DIR, name + ".in"), "wb") as f:
            f.write(raw)
        if text is not None:
            with open(os.path.join(CHARSET_DIR, name + ".expected"), "w",
                      encoding="utf-8", newline="\n") as f:
                f.write(text)


def main():
    os.makedirs(CHARSET_DIR, exist_ok=True)
    charset_fixtures()
    for func in FIXTURES:
        name = func.__name__.replace("_", "-")
        data, expect = func()
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        expect.write(os.path.join(HERE, name + ".expected"))
        print(name)


if __name__ == "__main__":
    main()
