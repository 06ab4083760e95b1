#!/usr/bin/env python3
"""Generate the snsgate held-out evaluation corpus (tests/heldout/).

Writes drafts/*.eml, labels.json and README.md beside this script.  Python 3
standard library only; the output is deterministic (same bytes on every run).

The corpus was written from the guideline (shared/guideline/), the label
format in shared/samples/README.md and shared/samples/score.py only -- without
looking at snsgate's rules (conf/, src/) or at the sample drafts and their
labels.  Every person, phone number, address, card and My Number value is
fictional; harmful links use .example domains, RFC 5737 addresses or
look-alikes of the ward's own domain.

Each draft is described once (platform, mail client, subject, post text,
attachments, families); the client profile decides how it is encoded:

  outlook        ISO-2022-JP 7bit, CP50220 (NEC row 13: (1) (kabu) ...) encoded by
                 hand from CP932 bytes, multipart/alternative text+html (html QP),
                 RFC 2047 B subject in ISO-2022-JP, X-Mailer Microsoft Outlook 16.0
  outlook-text   the same, text/plain only
  tb-flowed      Thunderbird, UTF-8 8bit, format=flowed (delsp=yes when the text has CJK)
  tb-b64         Thunderbird, UTF-8 base64 (multipart/alternative when html=True)
  iphone         iPhone Mail, UTF-8 quoted-printable, "iPhoneから送信" signature
  sjis           Shift_JIS-labelled CP932, 8bit, B subject in Shift_JIS
  sjis-b64       the same in base64
  webmail        HTML-only body, UTF-8 quoted-printable (Active! mail)
  webmail-jis    HTML-only body, ISO-2022-JP 7bit

Run:  python3 tests/heldout/make-heldout.py   (from anywhere)
"""

import base64
import datetime
import email.utils
import hashlib
import html
import json
import os
import random
import re
import struct
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = os.path.join(HERE, "drafts")
DOMAIN = "city.chiyoda.lg.jp"
JST = datetime.timezone(datetime.timedelta(hours=9))

# --------------------------------------------------------------------------
# families and clauses (as in shared/samples/README.md)

CLAUSE = {
    "personal-info": "5(2)", "image-privacy": "5(2)", "confidential": "5(2)", "accuracy": "5(3)",
    "defamation": "5(4)ア", "discrimination": "5(4)イ", "illegal": "5(4)ウ", "neutrality": "5(4)エ",
    "false-info": "5(4)オ", "harmful-links": "5(4)カ", "chain-message": "5(4)キ",
    "reputation": "5(4)ク", "public-morals": "5(4)ケ", "decision-process": "6(3)(エ)",
    "account-policy": "4(1)",
}
WARN_FAMILIES = {"image-privacy", "false-info", "decision-process"}
ALL_CLAUSES = set(CLAUSE.values())
GPS_MATCH = "(?i)gps|exif|geo|location|位置|緯度|経度"

# --------------------------------------------------------------------------
# dates: every weekday in the corpus is computed, never typed by hand

WD = "月火水木金土日"


def wd(y, m, d):
    return WD[datetime.date(y, m, d).weekday()]


FMT = {
    "std": "{m}月{d}日（{w}）",
    "half": "{m}月{d}日({w})",
    "slash": "{m}/{d}（{w}）",
    "slashh": "{m}/{d}({w})",
    "ymd": "{y}年{m}月{d}日（{w}）",
    "full": "{y}年{m}月{d}日（{w}曜日）",
    "reiwa": "令和{r}年{m}月{d}日（{w}）",
    "wdonly": "{m}月{d}日{w}曜日",
}


def D(m, d, y=2026, f="std"):
    """A date with its correct weekday."""
    return FMT[f].format(y=y, m=m, d=d, w=wd(y, m, d), r=y - 2018)


def WRONG(m, d, y=2026, shift=-1, f="std"):
    """A date with a deliberately wrong weekday (accuracy violations)."""
    right = datetime.date(y, m, d).weekday()
    w = WD[(right + shift) % 7]
    assert w != WD[right]
    return FMT[f].format(y=y, m=m, d=d, w=w, r=y - 2018)


def holiday(m, d, y=2026):
    """Date marked （月・祝）-style; only used for real 2026 holidays."""
    real = {(2026, 7, 20), (2026, 10, 12), (2026, 11, 3), (2026, 11, 23), (2026, 9, 21), (2026, 9, 23),
            (2026, 5, 6), (2027, 1, 11)}
    assert (y, m, d) in real, (y, m, d)
    return "%d月%d日（%s・祝）" % (m, d, wd(y, m, d))


def dt(m, d, hh=9, mm=0, ss=0, y=2026):
    return datetime.datetime(y, m, d, hh, mm, ss, tzinfo=JST)


def fw(s):
    """ASCII digits/letters/punctuation -> full-width forms (evasion variant)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


ZW = "\u200b"

# --------------------------------------------------------------------------
# check-digit numbers (fictional values that pass the validators)


def mynumber(first11):
    assert len(first11) == 11 and first11.isdigit()
    p = [int(c) for c in reversed(first11)]           # P1 is the digit next to the check digit
    s = sum(pn * (n + 1 if n <= 6 else n - 5) for n, pn in enumerate(p, start=1))
    r = s % 11
    return first11 + str(0 if r <= 1 else 11 - r)


def luhn(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:                                # these get doubled once the check digit is appended
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return prefix + str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def mynumber_ok(num):
    return len(num) == 12 and mynumber(num[:11]) == num


# --------------------------------------------------------------------------
# X weighted length (twitter-text v3) and Instagram hashtags

URL_RX = re.compile(r"https?://[!-~]+", re.I)
BARE_RX = re.compile(r"(?<![@\w.\-/])(?:[a-z0-9\-]+\.)+(?:jp|com|net|org|ly|gd|gl|co|example)(?:/[!-~]*)?(?![\w.])", re.I)


def _trim_url(u):
    while u and u[-1] in ".,:;!?)]}'\"":
        u = u[:-1]
    return u


def _w(ch):
    o = ord(ch)
    if o <= 0x10FF or 0x2000 <= o <= 0x200D or 0x2010 <= o <= 0x201F or 0x2032 <= o <= 0x2037:
        return 1
    return 2


def x_weight(text, bare=False):
    text = unicodedata.normalize("NFC", text)
    spans = []
    for m in URL_RX.finditer(text):
        u = _trim_url(m.group(0))
        spans.append((m.start(), m.start() + len(u)))
    if bare:
        taken = [range(s, e) for s, e in spans]
        for m in BARE_RX.finditer(text):
            if not any(m.start() in r for r in taken):
                u = _trim_url(m.group(0))
                spans.append((m.start(), m.start() + len(u)))
    spans.sort()
    total, i = 0, 0
    for s, e in spans:
        total += sum(_w(c) for c in text[i:s]) + 23
        i = e
    total += sum(_w(c) for c in text[i:])
    return total


def x_bounds(post, sig_text):
    """(lo, hi) weighted length over the plausible readings of the post text.

    lo: post with trailing white space removed, signature removed, URLs 23.
    hi: post plus any undelimited signature, every newline counted as CRLF,
        bare domains counted too (as the longer of 23 and their length)."""
    base = post.rstrip()
    lo = min(x_weight(base), x_weight(base, bare=True))
    full = post + (sig_text or "")
    hi = max(x_weight(full), x_weight(full, bare=True)) + full.count("\n")
    return lo, hi


HASHTAG_RX = re.compile(r"(?:^|(?<=\s))[#＃][^\s#＃]+")


def hashtags(text):
    return HASHTAG_RX.findall(text)


# --------------------------------------------------------------------------
# ISO-2022-JP as Outlook writes it (CP50220): CP932 bytes -> JIS row/cell


def sjis2jis(b1, b2):
    if b1 >= 0xE0:
        b1 -= 0x40
    row = (b1 - 0x81) * 2 + 0x21
    if b2 >= 0x9F:
        row += 1
        col = b2 - 0x9F + 0x21
    else:
        col = b2 - 0x40 + 0x21
        if b2 >= 0x80:
            col -= 1
    assert 0x21 <= row <= 0x7E and 0x21 <= col <= 0x7E, (hex(b1), hex(b2))
    return bytes([row, col])


def jis2sjis(row, col):
    b1 = (row - 0x21) // 2 + 0x81
    if b1 >= 0xA0:
        b1 += 0x40
    if row % 2:          # odd row
        b2 = col + 0x1F
        if b2 >= 0x7F:
            b2 += 1
    else:
        b2 = col + 0x7E
    return bytes([b1, b2])


def jis_encode(text, ncr=False):
    """Encode text line by line; each line returns to ASCII before its end."""
    out = bytearray()
    for li, line in enumerate(text.split("\n")):
        if li:
            out += b"\n"
        mode = "a"
        for ch in line:
            try:
                b = ch.encode("cp932")
            except UnicodeEncodeError:
                if not ncr:
                    raise
                b = ("&#%d;" % ord(ch)).encode("ascii")
            if len(b) == 1 and b[0] < 0x80:
                if mode != "a":
                    out += b"\x1b(B"
                    mode = "a"
                out += b
            elif len(b) == 1:
                raise ValueError("half-width katakana in an ISO-2022-JP draft: %r" % ch)
            else:
                if mode != "j":
                    out += b"\x1b$B"
                    mode = "j"
                out += sjis2jis(b[0], b[1])
        if mode != "a":
            out += b"\x1b(B"
    return bytes(out)


def jis_decode(data):
    """Decoder used only to verify jis_encode (JIS -> CP932 -> Unicode)."""
    out, i, mode = [], 0, "a"
    while i < len(data):
        if data[i] == 0x1B:
            seq = data[i:i + 3]
            mode = "j" if seq == b"\x1b$B" else "a"
            i += 3
            continue
        if mode == "j" and data[i] not in (0x0A, 0x0D):
            out.append(jis2sjis(data[i], data[i + 1]).decode("cp932"))
            i += 2
        else:
            out.append(chr(data[i]))
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# transfer encodings


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    """Quoted-printable; hard breaks stay line breaks (LF here, eol applied later)."""
    out = []
    lines = data.split(b"\n")
    for ln in lines:
        if ln.endswith(b"\r"):
            ln = ln[:-1]
        toks = []
        for i, b in enumerate(ln):
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i != len(ln) - 1):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur, res = "", []
        for t in toks:
            if len(cur) + len(t) > 75:
                res.append(cur + "=")
                cur = ""
            cur += t
        res.append(cur)
        out.extend(res)
    return "\n".join(out)


def colwidth(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


NO_LINE_START = set("）」』】〕〉》、。，．・ー！？!?),.:;%ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々〜～")
NO_LINE_END = set("（「『【〔〈《(")


def flow(text, width=72, delsp=True):
    """format=flowed (RFC 3676), wrapped the way Thunderbird's line breaker does.

    Lines wider than `width` columns (CJK counts 2) are broken between CJK
    characters (with kinsoku: no break before closing brackets or small kana,
    none after opening brackets) or after a space, never inside an ASCII word,
    number or URL.  With delsp=yes each soft break adds one space that the
    reader deletes; without it breaks happen only after existing spaces."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        assert not line.endswith(" "), "trailing space in a flowed line: %r" % line
        while sum(colwidth(c) for c in line) > width:
            best, w = None, 0
            for i in range(1, len(line)):
                w += colwidth(line[i - 1])
                if w > width - 1:
                    break
                a, b = line[i - 1], line[i]
                if a == " ":
                    best = i
                elif not delsp or b == " ":
                    continue
                elif b in NO_LINE_START or a in NO_LINE_END:
                    continue
                elif ord(a) > 0x7F or ord(b) > 0x7F:
                    best = i
            if best is None:
                break
            chunk, line = line[:best], line[best:]
            out.append(chunk + (" " if delsp else ""))
        out.append(line)
    return "\n".join((" " + l) if l.startswith((" ", ">", "From ")) else l for l in out)


# --------------------------------------------------------------------------
# RFC 2047 encoded words


def ew(s, charset, maxchars=None):
    """Split s into B encoded words of the given charset (each self-contained)."""
    if all(ord(c) < 0x80 for c in s):
        return [s]
    cs = {"jis": "ISO-2022-JP", "sjis": "Shift_JIS", "utf8": "UTF-8"}[charset]
    step = maxchars or {"jis": 11, "sjis": 18, "utf8": 12}[charset]
    words = []
    for i in range(0, len(s), step):
        chunk = s[i:i + step]
        if charset == "jis":
            b = jis_encode(chunk)
        elif charset == "sjis":
            b = chunk.encode("cp932")
        else:
            b = chunk.encode("utf-8")
        words.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii")))
    return words


def hdr(name, value_words):
    return name + ": " + "\n ".join(value_words)


def addr_hdr(name, display, addr, charset):
    if display is None:
        return "%s: %s" % (name, addr)
    words = ew(display, charset)
    if len(words) == 1 and words[0] == display:
        return '%s: "%s" <%s>' % (name, display, addr)
    return name + ": " + "\n ".join(words) + " <%s>" % addr


def rfc2231(fn):
    from urllib.parse import quote
    return "UTF-8''" + quote(fn.encode("utf-8"), safe="")


# --------------------------------------------------------------------------
# a minimal valid JPEG (8x8 grey baseline), optionally with an EXIF APP1


def _ifd(entries, base, next_ifd=0):
    n = len(entries)
    data_off = base + 2 + 12 * n + 4
    ifd, data = struct.pack(">H", n), b""
    for tag, typ, count, val in sorted(entries):
        if len(val) <= 4:
            ifd += struct.pack(">HHI", tag, typ, count) + val.ljust(4, b"\x00")
        else:
            ifd += struct.pack(">HHII", tag, typ, count, data_off + len(data))
            data += val
            if len(data) % 2:
                data += b"\x00"
    ifd += struct.pack(">I", next_ifd)
    return ifd + data


def _ascii(s):
    b = s.encode("ascii") + b"\x00"
    return (2, len(b), b)


def _rat(*pairs):
    return (5, len(pairs), b"".join(struct.pack(">II", a, b) for a, b in pairs))


def _dms(x):
    deg = int(x)
    mins_f = (x - deg) * 60
    mins = int(mins_f)
    secs = round((mins_f - mins) * 60 * 100)
    return ((deg, 1), (mins, 1), (secs, 100))


def exif_block(make, model, when, gps=None):
    ifd0 = [(0x010F,) + _ascii(make), (0x0110,) + _ascii(model),
            (0x0112, 3, 1, struct.pack(">H", 1)), (0x0132,) + _ascii(when)]
    if gps:
        ifd0.append((0x8825, 4, 1, struct.pack(">I", 0)))
        first = _ifd(ifd0, 8)
        gps_off = 8 + len(first)
        ifd0[-1] = (0x8825, 4, 1, struct.pack(">I", gps_off))
        first = _ifd(ifd0, 8)
        lat, lon = gps
        g = [(0x0000, 1, 4, bytes([2, 3, 0, 0])),
             (0x0001,) + _ascii("N" if lat >= 0 else "S"), (0x0002,) + _rat(*_dms(abs(lat))),
             (0x0003,) + _ascii("E" if lon >= 0 else "W"), (0x0004,) + _rat(*_dms(abs(lon)))]
        tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + first + _ifd(g, gps_off)
    else:
        tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + _ifd(ifd0, 8)
    return b"Exif\x00\x00" + tiff


def jpeg(exif=None):
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    if exif:
        out += seg(0xE1, exif)
    else:
        out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, b"\x08" + struct.pack(">HH", 8, 8) + b"\x01" + b"\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    out += b"\x3f"          # DC category 0 ('0'), EOB ('0'), padding ones
    out += b"\xff\xd9"
    return out


def image_bytes(img):
    if img.get("exif"):
        e = img["exif"]
        return jpeg(exif_block(e.get("make", "Apple"), e.get("model", "iPhone 13"),
                               e.get("when", "2026:05:01 10:00:00"), e.get("gps")))
    return jpeg()


# --------------------------------------------------------------------------
# HTML renderings of a post


LINK_RX = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain_links(text, style):
    """[[shown|href]] -> what the client puts in its text/plain part."""
    def rep(m):
        shown, href = m.group(1), m.group(2)
        if shown == href:
            return shown
        if style == "outlook":
            return "%s<%s>" % (shown, href)
        if style == "tb":
            return "%s <%s>" % (shown, href)
        return shown
    return LINK_RX.sub(rep, text)


def html_inline(line):
    """Escape one line; auto-link bare URLs; [[shown|href]] becomes <a>."""
    out, i = [], 0
    for m in LINK_RX.finditer(line):
        out.append(_autolink(line[i:m.start()]))
        out.append('<a href="%s">%s</a>' % (html.escape(m.group(2), quote=True), html.escape(m.group(1), quote=False)))
        i = m.end()
    out.append(_autolink(line[i:]))
    return "".join(out)


def _autolink(s):
    out, i = [], 0
    for m in URL_RX.finditer(s):
        u = _trim_url(m.group(0))
        out.append(html.escape(s[i:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (html.escape(u, quote=True), html.escape(u, quote=False)))
        i = m.start() + len(u)
    out.append(html.escape(s[i:], quote=False))
    return "".join(out)


def html_outlook(text):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html_inline(line))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"ＭＳ ゴシック\";\n"
            "\tpanose-1:2 11 6 9 7 2 5 8 2 4;}\n@font-face\n\t{font-family:游ゴシック;\n"
            "\tpanose-1:2 11 4 0 0 0 0 0 0 0;}\n/* Style Definitions */\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0mm;\n\ttext-align:justify;\n"
            "\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:\"游ゴシック\",sans-serif;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:99.25pt 30.0mm 30.0mm 30.0mm;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=\"JA\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word;text-justify-trim:punctuation\">\n"
            "<div class=\"WordSection1\">\n" + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_simple(text, charset="UTF-8", style="tb"):
    if style == "iphone":
        divs = []
        for line in text.split("\n"):
            divs.append('<div dir="ltr">%s</div>' % (html_inline(line) if line.strip() else "<br>"))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body dir="auto">%s</body></html>\n' % (charset.lower(), "".join(divs)))
    if style == "webmail":
        divs = []
        for line in text.split("\n"):
            divs.append("<div>%s</div>" % (html_inline(line) if line.strip() else "&nbsp;"))
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
                '<body style="font-family:\'MS UI Gothic\',sans-serif;font-size:10pt">\n%s\n</body>\n</html>\n'
                % (charset, "\n".join(divs)))
    # Thunderbird
    blocks = text.split("\n\n")
    ps = []
    for b in blocks:
        ps.append("<p>%s</p>" % "<br>\n".join(html_inline(l) for l in b.split("\n")))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n    %s\n  </body>\n</html>\n' % (charset, "\n    ".join(ps)))


# --------------------------------------------------------------------------
# one draft -> bytes

PROFILES = {
    # name: (charset, text cte, subject charset, mailer header)
    "outlook": ("jis", "7bit", "jis", "X-Mailer: Microsoft Outlook 16.0"),
    "outlook-text": ("jis", "7bit", "jis", "X-Mailer: Microsoft Outlook 16.0"),
    "tb-flowed": ("utf8", "8bit", "utf8",
                  "User-Agent: Mozilla Thunderbird"),
    "tb-b64": ("utf8", "base64", "utf8",
               "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
    "iphone": ("utf8", "quoted-printable", "utf8", "X-Mailer: iPhone Mail (22D82)"),
    "sjis": ("sjis", "8bit", "sjis", "X-Mailer: Becky! ver. 2.81.05 [ja]"),
    "sjis-b64": ("sjis", "base64", "sjis", "X-Mailer: Becky! ver. 2.81.05 [ja]"),
    "webmail": ("utf8", "quoted-printable", "utf8", "X-Mailer: Active! mail"),
    "webmail-jis": ("jis", "7bit", "jis", "X-Mailer: Active! mail"),
}
CHARSET_LABEL = {"jis": "ISO-2022-JP", "utf8": "UTF-8", "sjis": "Shift_JIS"}

SPECS = []


def add(slug, **kw):
    kw["slug"] = slug
    if "eol" not in kw:     # about a quarter of the files are stored with LF line ends
        kw["eol"] = "lf" if int(hashlib.sha1(slug.encode()).hexdigest(), 16) % 4 == 0 else "crlf"
    SPECS.append(kw)


def encode_text(text, charset):
    if charset == "jis":
        return jis_encode(text)
    if charset == "sjis":
        return text.encode("cp932")
    return text.encode("utf-8")


def body_cte(data, cte):
    if cte in ("7bit", "8bit"):
        return data.decode("latin-1") + ("" if data.endswith(b"\n") else "\n")
    if cte == "base64":
        return b64lines(data.replace(b"\n", b"\r\n"))
    if cte == "quoted-printable":
        return qp(data) + "\n"
    raise ValueError(cte)


def boundary(seed, style):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style.startswith("outlook"):
        return "_%03d_TYCPR01MB%s%sTYCPR01MB%sjpnp_" % (int(h[:2], 16) % 8, h[:4], h[4:28], h[:5])
    if style == "iphone":
        return "Apple-Mail-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28])
    if style.startswith("tb"):
        return "------------%s" % h[:24].lower()
    return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:12], 16), int(h[12:20], 16))


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body   # body: str (ASCII/latin-1 safe), LF line ends

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def multipart(subtype, parts, bnd, preamble=None):
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--" + bnd + "\n" + p.render())
        if not out[-1].endswith("\n"):
            out[-1] += "\n"
    out.append("--" + bnd + "--\n")
    return Part(['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, bnd)], "\n".join(out))


def text_part(text, charset, cte, subtype="plain", flowed=False):
    cs = CHARSET_LABEL[charset]
    if charset == "jis" and subtype == "plain":
        ctype = 'text/%s; charset="iso-2022-jp"' % subtype
    elif charset == "jis":
        ctype = 'text/%s; charset="iso-2022-jp"' % subtype
    else:
        ctype = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ctype += "; format=flowed" + ("; delsp=yes" if flowed == "delsp" else "")
    data = encode_text(text, charset) if not (charset == "jis" and subtype == "html") else jis_encode(text, ncr=True)
    return Part(["Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte], body_cte(data, cte))


def build(spec):
    prof = spec["client"]
    charset, cte, subj_cs, mailer = PROFILES[prof]
    charset = spec.get("charset", charset)
    cte = spec.get("cte", cte)
    name = spec["name"]
    post = spec["post"]
    if prof == "iphone":
        post = post.replace("～", "〜")
    # text/plain body = post + signature
    sig = spec.get("sig")
    plain_post = plain_links(post, "outlook" if prof.startswith("outlook") else "tb")
    body = plain_post
    undelimited_sig = ""
    if prof == "iphone" and not spec.get("nosig"):
        if spec.get("sigdash"):
            body = body.rstrip("\n") + "\n\n-- \niPhoneから送信\n"
        else:
            undelimited_sig = "\n\niPhoneから送信\n"
            body = body.rstrip("\n") + undelimited_sig
    elif sig:
        body = body.rstrip("\n") + "\n\n-- \n" + sig.rstrip("\n") + "\n"
    if spec.get("no_final_newline"):
        assert not sig and (prof != "iphone" or spec.get("nosig"))
        body = body.rstrip("\n")
    spec["_body_text"] = body
    spec["_undelimited_sig"] = undelimited_sig

    # parts
    alt = spec.get("html", prof == "outlook")
    html_text = body if prof != "iphone" else body
    parts_desc = []
    if prof in ("webmail", "webmail-jis"):
        h = html_simple(post.rstrip("\n") + ("\n\n-- \n" + sig if sig else ""), CHARSET_LABEL[charset], "webmail")
        main = text_part(h, charset, cte, "html")
        structure = "text/html"
    else:
        if prof.startswith("outlook"):
            hsrc = html_outlook(post.rstrip("\n") + ("\n\n-- \n" + sig if sig else ""))
        elif prof == "iphone":
            hsrc = html_simple(post.rstrip("\n").replace("～", "〜") + undelimited_sig.rstrip("\n"), "utf-8", "iphone")
        else:
            hsrc = html_simple(post.rstrip("\n") + ("\n\n-- \n" + sig if sig else ""), "UTF-8", "tb")
        if prof == "tb-flowed":
            delsp = any(ord(c) > 0x7F for c in body)
            tp = text_part(flow(body, delsp=delsp), charset, cte, "plain", flowed="delsp" if delsp else True)
        else:
            tp = text_part(body, charset, cte, "plain")
        if alt:
            hcte = "quoted-printable" if prof.startswith("outlook") or prof == "iphone" else cte
            if prof == "tb-flowed":
                hcte = "8bit"
            hp = text_part(hsrc, charset, hcte, "html")
            main = multipart("alternative", [tp, hp], boundary(name + "alt", prof))
            structure = "multipart/alternative"
        else:
            main = tp
            structure = "text/plain"
    atts = []
    for img in spec.get("images", []):
        data = image_bytes(img)
        img["_bytes"] = data
        fn = img["name"]
        if prof.startswith("outlook"):
            fnh = ew(fn, "jis")[0] if any(ord(c) > 127 for c in fn) else fn
            hs = ['Content-Type: image/jpeg; name="%s"' % fnh, 'Content-Description: %s' % fnh,
                  'Content-Disposition: attachment; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                  % (fnh, len(data), spec["date"].strftime("%a, %d %b %Y %H:%M:%S GMT"),
                     spec["date"].strftime("%a, %d %b %Y %H:%M:%S GMT")),
                  "Content-Transfer-Encoding: base64"]
        elif prof == "iphone":
            hs = ["Content-Type: image/jpeg;\n\tname=%s;\n\tx-apple-part-url=%s" % (fn, hashlib.md5(fn.encode()).hexdigest()[:8].upper()),
                  "Content-Disposition: inline;\n\tfilename=%s" % fn, "Content-Transfer-Encoding: base64",
                  "Content-Id: <%s@%s>" % (hashlib.md5((name + fn).encode()).hexdigest()[:12], "iphone")]
        elif any(ord(c) > 127 for c in fn):
            hs = ["Content-Type: image/jpeg; name*=%s" % rfc2231(fn),
                  "Content-Disposition: attachment; filename*=%s" % rfc2231(fn), "Content-Transfer-Encoding: base64"]
        else:
            hs = ['Content-Type: image/jpeg; name="%s"' % fn,
                  'Content-Disposition: attachment; filename="%s"' % fn, "Content-Transfer-Encoding: base64"]
        atts.append(Part(hs, b64lines(data)))
    for att in spec.get("textatts", []):
        fn, txt, acs = att["name"], att["text"], att.get("charset", "utf8")
        data = encode_text(txt, acs)
        style = att.get("fnstyle", "2231")
        if style == "2047":
            fnh = '"%s"' % ew(fn, acs if acs != "utf8" else "utf8", maxchars=40)[0]
            namepar, fnpar = "name=" + fnh, "filename=" + fnh
        else:
            namepar, fnpar = "name*=" + rfc2231(fn), "filename*=" + rfc2231(fn)
        cs = CHARSET_LABEL[acs] if acs != "jis" else "iso-2022-jp"
        acte = att.get("cte", "base64")
        atts.append(Part(["Content-Type: text/plain; charset=%s;\n\t%s" % (cs, namepar),
                          "Content-Disposition: attachment;\n\t%s" % fnpar,
                          "Content-Transfer-Encoding: " + acte], body_cte(data, acte)))
    if atts:
        top = multipart("mixed", [main] + atts, boundary(name + "mixed", prof))
        structure = "multipart/mixed(%s+%s)" % (structure, "+".join(
            ["image/jpeg"] * len(spec.get("images", [])) + ["text/plain"] * len(spec.get("textatts", []))))
    else:
        top = main

    # headers
    sender_name, sender_addr = spec["sender"]
    heads = []
    to_addr = "sns-approval+%s@%s" % (spec["platform"], DOMAIN)
    if prof.startswith("outlook"):
        heads.append(addr_hdr("From", sender_name, sender_addr, subj_cs))
        heads.append(addr_hdr("To", spec.get("to_name", "SNS投稿承認"), to_addr, subj_cs))
    else:
        heads.append(addr_hdr("From", sender_name, sender_addr, subj_cs))
        heads.append(addr_hdr("To", spec.get("to_name"), to_addr, subj_cs))
    heads.append(hdr("Subject", ew(spec["subject"], subj_cs)))
    heads.append("Date: " + spec["date"].strftime("%a, %d %b %Y %H:%M:%S %z"))
    h = hashlib.sha1(name.encode()).hexdigest()
    if prof.startswith("outlook"):
        heads.append("Message-ID: <TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5].upper(), h[5:25].upper(), h[:5].upper()))
        heads.append("Accept-Language: ja-JP, en-US")
        heads.append("Content-Language: ja-JP")
        heads.append("Thread-Index: AQH" + base64.b64encode(bytes.fromhex(h[:30])).decode()[:26])
    elif prof == "iphone":
        heads.append("Message-Id: <%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), DOMAIN))
    else:
        heads.append("Message-ID: <%s.%s@%s>" % (h[:16], h[16:24], DOMAIN))
    heads.append("MIME-Version: 1.0" if prof != "iphone" else "Mime-Version: 1.0 (1.0)")
    heads.append(mailer)
    heads.extend(top.headers)
    msg = "\n".join(heads) + "\n\n" + top.body
    raw = msg.encode("latin-1")
    if spec.get("eol", "crlf") == "crlf":
        raw = raw.replace(b"\n", b"\r\n")
    fmt = {"client": prof, "structure": structure, "charset": CHARSET_LABEL[charset] + (
        " (CP50220)" if charset == "jis" and spec.get("_cp50220") else ""),
           "cte": cte, "subject": "RFC 2047 B " + CHARSET_LABEL[subj_cs] if ew(spec["subject"], subj_cs)[0] != spec["subject"] else "ASCII",
           "eol": spec.get("eol", "crlf").upper()}
    if prof == "tb-flowed":
        fmt["flowed"] = "format=flowed" + ("; delsp=yes" if any(ord(c) > 0x7F for c in body) else "")
    if spec.get("images"):
        fmt["images"] = [{"name": i["name"], "exif": bool(i.get("exif")), "gps": bool((i.get("exif") or {}).get("gps"))}
                         for i in spec["images"]]
    if spec.get("textatts"):
        fmt["text_attachments"] = [{"name": a["name"], "charset": CHARSET_LABEL[a.get("charset", "utf8")],
                                    "filename": "RFC 2047" if a.get("fnstyle") == "2047" else "RFC 2231"}
                                   for a in spec["textatts"]]
    if prof == "iphone":
        fmt["signature"] = "'-- ' + iPhoneから送信" if spec.get("sigdash") else ("none" if spec.get("nosig") else "iPhoneから送信 (no '-- ')")
    elif sig:
        fmt["signature"] = "after '-- '"
    return raw, fmt


# --------------------------------------------------------------------------
# labels

def labels_for(spec):
    fams = spec.get("families", [])
    variants = spec.get("variants", [])
    mb, mw = [], []
    for f in fams:
        c = CLAUSE[f]
        if f in WARN_FAMILIES or (f == "harmful-links" and "url-shortener" in variants and not spec.get("links_block")):
            if c not in mw:
                mw.append(c)
        elif c not in mb:
            mb.append(c)
    mw = [c for c in mw if c not in mb]
    for c in spec.get("also_warn", []):
        if c not in mw and c not in mb:
            mw.append(c)
    may = list(spec.get("may", []))
    if spec.get("images") and "5(2)" not in may:
        may.append("5(2)")
    may = [c for c in may if c not in mb and c not in mw]
    lab = {"must_block": mb, "must_warn": mw, "may_warn": may, "families": fams,
           "traps": spec.get("traps", []) if not fams else [], "variants": variants,
           "platform": spec["platform"], "format": spec["_format"], "note": spec["note"]}
    if spec.get("match"):
        lab["match"] = spec["match"]
    if spec["platform"] == "x":
        lab["x_weighted_length"] = spec["_xlen"]
    if spec["platform"] == "instagram":
        lab["hashtags"] = spec["_tags"]
    return lab


def validate(spec, lab):
    errs = []
    fams = lab["families"]
    for f in fams + lab["traps"]:
        if f not in CLAUSE:
            errs.append("unknown family %s" % f)
    for c in lab["must_block"]:
        if not any(CLAUSE[f] == c and f not in WARN_FAMILIES for f in fams):
            errs.append("must_block %s matches no block family" % c)
    for c in lab["must_warn"]:
        if not any(CLAUSE[f] == c for f in fams):
            errs.append("must_warn %s matches no family" % c)
    for c in lab["must_block"] + lab["must_warn"] + lab["may_warn"]:
        if c not in ALL_CLAUSES:
            errs.append("unknown clause %s" % c)
    if not fams and (lab["must_block"] or lab["must_warn"]):
        errs.append("clean draft with expectations")
    if not fams and not lab["traps"]:
        errs.append("clean draft without traps")
    if fams and not (lab["must_block"] or lab["must_warn"]):
        errs.append("violating draft without expectations")
    for f in fams:
        c = CLAUSE[f]
        if c not in lab["must_block"] and c not in lab["must_warn"]:
            errs.append("family %s has no expected clause" % f)
    if "image-privacy" in fams:
        if not any((i.get("exif") or {}).get("gps") for i in spec.get("images", [])):
            errs.append("image-privacy without a GPS image")
        if "5(2)" not in lab["must_warn"] and "5(2)" not in lab["must_block"]:
            errs.append("image-privacy without 5(2)")
    # platform rules, recomputed here
    plat = spec["platform"]
    ap = "account-policy" in fams
    if plat == "x":
        lo, hi = spec["_xbounds"]
        if spec.get("ap_reason") == "x-length":
            if lo < 281:
                errs.append("X length meant to block but lower bound %d" % lo)
        elif hi > 280:
            errs.append("X length may exceed 280 (%d..%d) but not labelled" % (lo, hi))
    if plat == "instagram":
        has_img = bool(spec.get("images"))
        n = len(spec["_tags"])
        need = (not has_img) or n > 30
        if need != ap:
            errs.append("instagram image=%s hashtags=%d but account-policy=%s" % (has_img, n, ap))
    if ap and plat == "facebook":
        errs.append("account-policy on facebook")
    if ap and plat == "x" and spec.get("ap_reason") != "x-length":
        errs.append("account-policy on X needs ap_reason")
    # the evasions and numbers a draft claims must really be in it
    text = spec["post"] + spec["subject"] + "".join(a["text"] for a in spec.get("textatts", []))
    v = lab["variants"]
    checks = {
        "zero-width": lambda: ZW in text,
        "fullwidth-digits": lambda: re.search("[０-９]", text),
        "fullwidth-latin": lambda: re.search("[Ａ-Ｚａ-ｚ]", text),
        "halfwidth-katakana": lambda: re.search("[ｦ-ﾟ]", text),
        "mixed-script": lambda: re.search("[\u0400-\u04ff]", text),
        "compat-char": lambda: unicodedata.normalize("NFKC", text) != text,
    }
    for name, fn in checks.items():
        if name in v and not fn():
            errs.append("variant %s not present" % name)
    for num in spec.get("mynumber", []):
        if not mynumber_ok(num):
            errs.append("my number %s fails its check digit" % num)
    for num in spec.get("cards", []):
        if not luhn_ok(num):
            errs.append("card %s fails Luhn" % num)
    return errs


# ==========================================================================
# THE DRAFTS
# ==========================================================================

# senders (fictional staff)
KOHO1 = ("広報広聴課 佐藤美咲", "m-sato@" + DOMAIN)
KOHO2 = ("広報広聴課 田村健一", "k-tamura@" + DOMAIN)
HOKEN = ("健康推進課 中川陽子", "y-nakagawa@" + DOMAIN)
CHIIKI = ("地域振興課 小野寺亮", "r-onodera@" + DOMAIN)
SENKYO = ("選挙管理委員会事務局 村井直樹", "n-murai@" + DOMAIN)
BOSAI = ("防災危機管理課 長谷川誠", "m-hasegawa@" + DOMAIN)
ZEIMU = ("税務課 藤本彩", "a-fujimoto@" + DOMAIN)
TOSHO = ("千代田図書館 岡田真理", "m-okada@" + DOMAIN)
SEISO = ("清掃事務所 石原大輔", "d-ishihara@" + DOMAIN)
KODOMO = ("子ども支援課 森下恵", "m-morishita@" + DOMAIN)
JINJI = ("人事課 吉川修", "o-yoshikawa@" + DOMAIN)
ANZEN = ("生活安全担当 松浦翔太", "s-matsuura@" + DOMAIN)
JINKEN = ("人権・男女平等担当 西村香織", "k-nishimura@" + DOMAIN)
BUNKA = ("文化振興課 野口拓也", "t-noguchi@" + DOMAIN)
KOEN = ("道路公園課 川口俊", "s-kawaguchi@" + DOMAIN)
KOREI = ("高齢介護課 平田京子", "k-hirata@" + DOMAIN)
SHOKO = ("商工観光課 久保田圭", "k-kubota@" + DOMAIN)
KANKYO = ("環境政策課 宮本沙織", "s-miyamoto@" + DOMAIN)

OFFICIAL = "03-3264-2111"

def IMG(name, gps=None, exif=False, make="Apple", model="iPhone 13", when="2026:05:01 10:00:00"):
    if gps or exif:
        return {"name": name, "exif": {"make": make, "model": model, "when": when, "gps": gps}}
    return {"name": name}


assert wd(2026, 5, 31) == "日"          # used in keijidosha
assert wd(2026, 5, 16) == "土"          # used in x-english

# ---------------------------------------------------------------- clean drafts

add("natsumatsuri", platform="facebook", client="outlook", sender=CHIIKI, date=dt(7, 1, 10, 12),
    subject="FB掲載依頼：納涼盆踊り大会のお知らせ",
    post=f"""千代田区 納涼盆踊り大会を開催します！

日時：{D(7, 25)}・{D(7, 26)}　午後5時～午後8時30分
会場：区立錦華公園（神田猿楽町一丁目）

①やぐら太鼓の演奏
②盆踊り（どなたでも飛び入りで参加できます）
③子ども縁日コーナー（輪投げ・ヨーヨー釣り）

模擬店では、焼きそば・ぶっかけうどん・かき氷などを販売します。
雨天時の開催については、当日午後2時に区ホームページでお知らせします。
https://www.city.chiyoda.lg.jp/koho/bunka/event/bonodori.html

問合せ：地域振興課　{OFFICIAL}（代表）
""", traps=["public-morals", "personal-info", "accuracy"],
    note="Clean event notice; CP50220 circled digits; 'ぶっかけうどん'; official number; correct weekdays.")

add("nyugan-kenshin", platform="x", client="tb-flowed", sender=HOKEN, date=dt(4, 6, 9, 40),
    subject="X投稿案：乳がん検診の受付開始",
    post=f"""【乳がん検診】令和8年度の乳がん検診（マンモグラフィ）の受付を{D(4, 15)}から始めます。対象は40歳以上で偶数年齢の女性区民の方、自己負担は500円です。
https://www.city.chiyoda.lg.jp/koho/kenko/kenshin/nyugan.html
#乳がん検診 #千代田区
""", sig=f"千代田区 保健所 健康推進課\n中川 陽子\n電話 {OFFICIAL}（内線2873）\ny-nakagawa@city.chiyoda.lg.jp",
    traps=["public-morals", "accuracy"], eol="lf",
    note="Clean health-screening notice (乳がん, マンモグラフィ), 令和8年 with a 2026 weekday; signature after '-- '.")

add("shikyukei-kenshin", platform="facebook", client="iphone", sender=HOKEN, date=dt(5, 12, 12, 5),
    subject="子宮頸がん検診のお知らせ（FB）",
    post=f"""子宮頸がん検診のご案内です。

20歳以上で偶数年齢の女性区民の方は、区の子宮頸がん検診を自己負担400円で受けられます。子宮頸がんは20～30代の女性に増えているがんです。症状がなくても、2年に1回の定期的な受診をおすすめします。

受診期間：{D(6, 1)}～{D(2, 26, 2027, 'ymd')}
実施場所：区内の指定医療機関（一覧は区ホームページに掲載）
受診票は5月下旬にお送りします。

問合せ：健康推進課 {OFFICIAL}
""", traps=["public-morals", "personal-info", "neutrality", "accuracy"], sigdash=True,
    note="Clean: 子宮頸がん検診, 'おすすめ' of a practice, a 2027 date with its year; iPhone signature after '-- '.")

add("hiv-kensa", platform="x", client="outlook", sender=HOKEN, date=dt(11, 20, 14, 30),
    subject="【X】世界エイズデー HIV検査のお知らせ",
    post=f"""12月1日は世界エイズデー。千代田保健所では、HIV検査を匿名・無料で行っています。結果はご本人にのみお伝えします。次回は{D(12, 8)}午後1時30分～3時。予約は{OFFICIAL}（代表）へ。
#世界エイズデー
""", traps=["personal-info", "public-morals"],
    note="Clean HIV testing notice (anonymous); official number.")

add("sagi-kanpukin", platform="x", client="sjis", sender=ANZEN, date=dt(6, 3, 11, 20),
    subject="還付金詐欺の注意喚起（X）",
    post="""【特殊詐欺に注意】区職員を名乗る還付金詐欺の電話が区内で相次いでいます。
①「医療費の還付金があります」
②「ATMで手続きできます」
③「今日が期限です」
は詐欺です。すぐに電話を切り、ご家族や警察相談専用電話（#9110）へ。
""", traps=["illegal", "chain-message", "personal-info"],
    note="Clean fraud alert quoting the fraudsters' lines; CP932 circled digits in Shift_JIS; #9110.")

add("sms-sagi", platform="x", client="iphone", sender=ANZEN, date=dt(9, 8, 8, 55),
    subject="不審なSMSへの注意",
    post="""宅配業者を装ったSMSにご注意ください。「お荷物をお届けに上がりましたが不在のため持ち帰りました」といったSMSのリンクは開かずに削除しましょう。困ったときは消費者ホットライン（188）へ。
""", traps=["harmful-links", "illegal", "false-info"],
    note="Clean SMS-phishing alert without any link.")

add("jinken-shukan", platform="facebook", client="outlook", sender=JINKEN, date=dt(11, 25, 15, 2),
    subject="【FB】人権週間 パネル展のお知らせ",
    post=f"""12月4日から10日までは「人権週間」です。

インターネット上の誹謗中傷、外国人や障害のある人への偏見、部落差別（同和問題）、性的指向や性自認を理由とする差別など、私たちの身近には今もさまざまな人権問題があります。
「差別をなくそう」の一言を、行動につなげてみませんか。

期間中、区役所1階ロビーで人権啓発パネル展を開催します。
{D(12, 4)}～{D(12, 10)}　午前8時30分～午後5時（土曜・日曜を除く）
""", traps=["discrimination", "defamation"],
    note="Clean human-rights-week campaign naming kinds of discrimination and 誹謗中傷.")

add("hate-speech", platform="x", client="tb-b64", sender=JINKEN, date=dt(6, 1, 10, 0),
    subject="X：ヘイトスピーチ解消の啓発",
    post="""ヘイトスピーチ、許さない。
特定の国籍や民族の人々を地域から排除しようとする差別的な言動は、決して許されるものではありません。一人ひとりの人権が尊重される千代田区をめざします。
#差別をなくそう #ヘイトスピーチ
""", traps=["discrimination"],
    note="Clean anti-hate-speech campaign wording.")

add("kijitsumae", platform="x", client="outlook", sender=SENKYO, date=dt(6, 29, 9, 15),
    subject="【X】補欠選挙 期日前投票のお知らせ",
    post=f"""【選挙管理委員会】{D(7, 12)}は千代田区議会議員補欠選挙の投票日です。期日前投票は{D(7, 6)}～{D(7, 11)}、区役所4階ほか2か所で午前8時30分～午後8時。入場整理券がなくても投票できます。
""", traps=["neutrality", "accuracy"],
    note="Clean neutral election-commission notice: 投票日, 期日前投票.")

add("senkyo-koho", platform="facebook", client="webmail", sender=SENKYO, date=dt(7, 3, 16, 45),
    subject="選挙公報発行のお知らせ（Facebook）",
    post=f"""千代田区議会議員補欠選挙の選挙公報を発行しました。

選挙公報には、各候補者の氏名・経歴・政見などが掲載されています。{D(7, 5)}までに新聞折込でお届けするほか、区役所・出張所・図書館でも配布しています。区ホームページでもご覧いただけます。

投票日は{D(7, 12)}、投票時間は午前7時～午後8時です。
お近くの投票所は、お手元の投票所入場整理券でご確認ください。

千代田区選挙管理委員会
""", traps=["neutrality"],
    note="Clean neutral notice mentioning 候補者 and 投票所; HTML-only body.")

add("senkyo-18sai", platform="instagram", client="tb-b64", sender=SENKYO, date=dt(6, 20, 13, 10),
    subject="インスタ投稿案：18歳選挙権",
    post=f"""18歳になったら、あなたも有権者。
{D(7, 12)}は千代田区議会議員補欠選挙の投票日です。
はじめての投票、まずはお手元の投票所入場整理券を確認しよう。

#千代田区 #選挙 #投票に行こう #18歳選挙権
""", images=[IMG("senkyo_banner.jpg")], traps=["neutrality", "account-policy"],
    note="Clean Instagram post with an image (no EXIF); neutral turnout campaign.")

add("ooame-keiho", platform="x", client="iphone", sender=BOSAI, date=dt(8, 28, 15, 31),
    subject="大雨警報 発表",
    post="""【大雨警報】午後3時20分、千代田区に大雨警報（浸水害）が発表されました。地下の施設や低い土地では浸水に注意してください。最新の気象情報は気象庁のホームページで確認できます。
https://www.jma.go.jp/bosai/warning/
""", traps=["false-info", "harmful-links"],
    note="Clean weather warning with an official JMA link.")

add("nechusho", platform="x", client="tb-flowed", sender=HOKEN, date=dt(7, 22, 8, 5),
    subject="熱中症警戒アラート X投稿",
    post="""【熱中症警戒アラート】本日、東京都に熱中症警戒アラートが発表されています。区施設のクーリングシェルターもご利用ください。のどが渇く前のこまめな水分補給と、エアコンの使用をおすすめします。
""", traps=["neutrality", "false-info"],
    note="Clean heat alert; 'おすすめ' of a practice.")

add("bakudan-teikiatsu", platform="x", client="outlook-text", sender=BOSAI, date=dt(3, 9, 16, 0),
    subject="【X】暴風・大雨への備え",
    post=f"""急速に発達する低気圧（いわゆる爆弾低気圧）の影響で、明日{D(3, 10)}は朝から暴風や大雨のおそれがあります。不要不急の外出は控え、ベランダの植木鉢などは屋内に入れてください。
""", traps=["public-morals", "illegal", "false-info"],
    note="Clean weather update containing 爆弾 and 暴風.")

add("bosai-kunren", platform="facebook", client="sjis", sender=BOSAI, date=dt(8, 17, 10, 40),
    subject="総合防災訓練のお知らせ（FB用）",
    post=f"""9月1日は「防災の日」。千代田区総合防災訓練を開催します。

■日時　{D(8, 30)}　午前9時～正午
■会場　区立麹町小学校 校庭
■内容
　①起震車による地震体験
　②消火器・スタンドパイプの操作訓練
　③AED・心肺蘇生法の体験
　④非常食の試食
事前申込は不要です。動きやすい服装でお越しください。

問合せ：防災危機管理課　{OFFICIAL}
""", textatts=[{"name": "訓練当日の流れ.txt", "charset": "sjis", "fnstyle": "2047", "text": f"""総合防災訓練　当日の流れ（{D(8, 30)}）
8:45　受付開始
9:00　開会・区長あいさつ
9:15　各体験コーナー（①～④）
11:40　閉会
※雨天時は体育館で縮小して実施します。
"""}], traps=["accuracy", "personal-info"],
    note="Clean drill notice in Shift_JIS with ①-④, plus a clean Shift_JIS text attachment (RFC 2047 filename).")

add("juminzei-noki", platform="x", client="outlook", sender=ZEIMU, date=dt(6, 8, 9, 0),
    subject="【X】住民税 第1期納期限",
    post=f"""【税務課】令和8年度 特別区民税・都民税（普通徴収）第1期の納期限は{D(6, 30)}です。コンビニやスマホ決済アプリでも納付できます。口座振替の手続きがおすすめです。
""", traps=["personal-info", "neutrality", "accuracy"],
    note="Clean tax deadline notice; 令和8年度; 'おすすめ' of 口座振替.")

add("keijidosha-zei", platform="facebook", client="iphone", sender=ZEIMU, date=dt(5, 7, 17, 20),
    subject="軽自動車税の納税通知書について",
    post=f"""軽自動車税（種別割）の納税通知書を発送しました。

今年度の納期限は{D(6, 1)}です（5月31日が日曜日のため）。
納付書でのお支払いのほか、キャッシュレス決済もご利用いただけます。
納税通知書が届かない場合や、ご不明な点は税務課までお問い合わせください。
電話：03（3264）2111（代表）
""", traps=["accuracy", "personal-info"],
    note="Clean tax notice; official number written 03（3264）2111.")

add("toshokan-cinema", platform="x", client="tb-b64", sender=TOSHO, date=dt(10, 5, 11, 30),
    subject="X：図書館シネマ会",
    post=f"""【千代田図書館】図書館シネマ会「名作映画で旅する昭和の東京」を{D(10, 24)}午後2時から開催します。先着40名、参加無料、申込不要です。
""", traps=["public-morals"],
    note="Clean library film screening: シネマ contains シネ.")

add("chonmage-koza", platform="facebook", client="outlook", sender=BUNKA, date=dt(9, 14, 13, 45),
    subject="区民歴史講座「ちょんまげと江戸の暮らし」",
    post=f"""区民歴史講座「ちょんまげと江戸の暮らし」受講者募集

江戸の人々は、なぜちょんまげを結っていたのでしょうか。髪結い床の仕事や当時の流行など、浮世絵を見ながら江戸の暮らしをひもときます。

日時：{D(10, 17)}　午後2時～午後3時30分
会場：日比谷図書文化館
定員：60名（申込多数の場合は抽選）
申込：{D(10, 2)}までに区ホームページの申込フォームから
""", traps=["discrimination"],
    note="Clean history lecture: ちょんまげ contains a slur substring.")

add("hikyo-tenji", platform="instagram", client="iphone", sender=TOSHO, date=dt(10, 19, 18, 2),
    subject="インスタ 秋の特集展示",
    post=f"""図書館の秋の特集展示「世界の秘境・神秘の絶景」がはじまりました📚
ウユニ塩湖や南極、ギアナ高地など、一生に一度は見てみたい景色の写真集や旅行記を集めています。
{D(11, 29)}まで、千代田図書館9階で。

#千代田図書館 #秘境 #絶景 #読書の秋
""", images=[IMG("IMG_4471.JPG", exif=True, model="iPhone 14", when="2026:10:19 17:48:12")],
    traps=["confidential", "image-privacy"],
    note="Clean: 秘境 and 神秘; iPhone photo with EXIF but no GPS.")

add("hisho-kentei", platform="x", client="sjis", sender=TOSHO, date=dt(2, 2, 10, 10),
    subject="ビジネス支援コーナー 特集展示",
    post=f"""【ビジネス支援コーナー】就職・転職を目指す方へ。秘書検定やビジネス文書、簿記の参考書を特集展示しています。{D(2, 27)}まで、千代田図書館にて。
""", traps=["confidential"],
    note="Clean: 秘書検定.")

add("koen-riyo", platform="x", client="tb-flowed", sender=KOEN, date=dt(7, 10, 9, 30),
    subject="夏休みの公園利用について（X）",
    post="""夏休みの公園利用について。区立公園では、花火やバーベキュー、ボール遊びなど、周りの方の迷惑になる行為は禁止されています。ごみは必ずお持ち帰りください。
""", traps=["illegal"],
    note="Clean park-rules reminder.")

add("nenmatsu-gomi", platform="facebook", client="outlook", sender=SEISO, date=dt(12, 10, 14, 0),
    subject="【FB】年末年始のごみ収集",
    post=f"""年末年始のごみ・資源の収集日のお知らせ

■年内の最終収集日
　燃やすごみ：{D(12, 30)}まで
　燃やさないごみ・資源：{D(12, 29)}まで（地域ごとの通常の曜日）
■年始の収集開始日
　燃やすごみ：{D(1, 4, 2027, 'ymd')}から

収集日は地域ごとに異なります。詳しくは[[区ホームページ|https://www.city.chiyoda.lg.jp/koho/kurashi/gomi/nenmatsu.html]]の「資源とごみの分け方・出し方」をご覧ください。
""", traps=["accuracy", "harmful-links"],
    note="Clean: 2026 and 2027 dates with correct weekdays; link text '区ホームページ' to an official href.")

add("bunbetsu", platform="x", client="iphone", sender=SEISO, date=dt(4, 20, 7, 50),
    subject="ごみと資源の分け方",
    post="""新生活を始めた方へ。ごみと資源は、きちんと分けて出しましょう。燃やすごみは週2回、収集日の朝8時までに決められた場所へ。分け方は区ホームページで確認できます。
""", traps=["discrimination", "public-morals"],
    note="Clean: きちんと.")

add("hoikuen-moshikomi", platform="facebook", client="tb-flowed", sender=KODOMO, date=dt(10, 1, 9, 0),
    subject="令和9年4月入園 保育園申込み（FB掲載）",
    post=f"""令和9年4月入園の保育園等の一次申込みを受け付けます。

受付期間：{D(10, 15)}～{D(11, 13)}
対象：令和9年（2027年）4月1日から保育園等の利用を希望するお子さん
申込方法：電子申請、郵送または窓口
入園案内（申込書類）は、区役所3階の子ども支援課、各出張所、区ホームページで配布しています。
""", traps=["accuracy"],
    note="Clean: 令和9年 = 2027 stated correctly.")

add("hajimete-hiroba", platform="instagram", client="tb-b64", sender=KODOMO, date=dt(5, 20, 11, 0),
    subject="インスタ：はじめてひろば",
    post="""生まれたばかりの赤ちゃんと保護者のための「はじめてひろば」、毎週水曜日の午前中に開いています👶
同じくらいの月齢の子を育てる方と、ゆっくりおしゃべりしませんか。
#千代田区 #子育てひろば #赤ちゃん
""", images=[IMG("はじめてひろば.jpg", exif=True, make="Canon", model="Canon EOS R10", when="2026:05:13 10:31:44")],
    traps=["defamation", "image-privacy"],
    note="Clean: ばかり; camera EXIF without GPS; RFC 2231 Japanese filename.")

add("kaikei-nendo", platform="x", client="outlook", sender=JINJI, date=dt(2, 20, 16, 10),
    subject="【X】会計年度任用職員の募集",
    post=f"""【職員募集】会計年度任用職員（事務補助）を募集します。勤務は週4日、午前9時～午後4時。応募締切は{D(3, 13)}必着。詳細は区ホームページか、jinji-saiyo@city.chiyoda.lg.jp まで。
""", traps=["personal-info"],
    note="Clean recruitment with an official @city.chiyoda.lg.jp address.")

add("hokenshi-boshu", platform="facebook", client="webmail", sender=HOKEN, date=dt(6, 15, 10, 20),
    subject="保健師募集（FB）",
    post=f"""千代田区では、保健師（会計年度任用職員）を募集しています。

乳幼児健診や健康相談、家庭訪問などを担当していただきます。
勤務日：月～金のうち週4日
勤務時間：午前8時30分～午後5時15分
応募方法：履歴書と資格証の写しを{D(7, 10)}までに郵送
送付先：〒102-8688 千代田区九段南1-2-1　千代田区 健康推進課
""", traps=["personal-info"],
    note="Clean recruitment; the ward office's own postal address; HTML-only.")

add("benpi-koza", platform="facebook", client="sjis-b64", sender=HOKEN, date=dt(9, 1, 9, 5),
    subject="健康づくり講座（FB）",
    post=f"""健康づくり講座「おなかの調子を整えよう～便秘と腸内環境～」

便秘に悩む方は少なくありません。管理栄養士が、食物繊維や発酵食品を使った、腸にやさしい食事のこつをお伝えします。

日時：{D(9, 25)}　午後2時～午後3時30分
会場：区役所4階 会議室
定員：30名（先着順）
申込：{D(9, 4)}午前9時から、電話で健康推進課（{OFFICIAL}）へ
""", traps=["confidential", "personal-info"],
    note="Clean: 便秘 contains 秘.")

add("influenza-yobo", platform="x", client="tb-b64", sender=HOKEN, date=dt(9, 28, 9, 45),
    subject="高齢者インフルエンザ予防接種",
    post=f"""【高齢者インフルエンザ予防接種】{D(10, 1)}から、65歳以上の区民の方は自己負担なしで接種できます。流行する前の、早めの接種をおすすめします。
""", traps=["neutrality", "personal-info"],
    note="Clean vaccination notice; 'おすすめ' of a practice.")

add("chidorigafuchi", platform="instagram", client="iphone", sender=SHOKO, date=dt(3, 30, 19, 12),
    subject="千鳥ヶ淵の桜",
    post=f"""千鳥ヶ淵の桜が見頃を迎えました🌸
お堀の水面に映る桜は、この時期だけの景色です。
夜間ライトアップは{D(4, 5)}まで。
#千代田区 #千鳥ヶ淵 #桜 #お花見 #chiyoda #tokyo
""", images=[IMG("IMG_2203.JPG", exif=True, model="iPhone 15 Pro", when="2026:03:30 18:40:02")],
    traps=["image-privacy"],
    note="Clean Instagram post; iPhone photo with EXIF (no GPS).")

TAGS30 = ("#千代田区 #神田 #神保町 #古本 #古本まつり #神田古本まつり #本 #本好き #読書 #読書の秋 "
          "#古書店 #本屋 #本屋巡り #ブックフェア #秋 #東京 #東京観光 #tokyo #chiyoda #jimbocho "
          "#kanda #bookstore #books #booklover #secondhandbooks #japan #travel #autumn #bookstagram #読書記録")
assert len(TAGS30.split()) == 30

add("furuhon-30tags", platform="instagram", client="tb-b64", sender=SHOKO, date=dt(11, 2, 12, 0),
    subject="インスタ：神田古本まつり",
    post=f"""神田古本まつり、今年もにぎわっています📚
靖国通り沿いにずらりと並んだ本棚は、まるで本の回廊。掘り出し物を探しに、ぜひお出かけください。
{TAGS30}
""", images=[IMG("kosho_matsuri.jpg")], traps=["account-policy"],
    note="Clean: exactly 30 hashtags with an image (limit is 30).")

X280 = ("【千代田区からのお知らせ 5/11】区役所本庁舎の窓口は、平日午前8時30分から午後5時までご利用いただけます。"
        "毎月第2・第4土曜日は午前9時から正午まで、住民票の写しや印鑑登録証明書の交付など一部の窓口を開いています。"
        "来庁の際は、マイナンバーカードなど本人確認ができるものをお持ちください。")

add("x-280", platform="x", client="tb-b64", sender=KOHO1, date=dt(5, 11, 10, 0),
    subject="X投稿：窓口の開庁時間", post=X280, no_final_newline=True,
    traps=["account-policy"],
    note="Clean boundary case: X weighted length exactly 280 (one line, no trailing newline, no signature).")

add("x-english", platform="x", client="tb-flowed", sender=KOHO2, date=dt(5, 1, 15, 30),
    subject="X post (English): Japanese conversation class",
    post="""[Chiyoda City] Free Japanese conversation classes for foreign residents start on Saturday, May 16. Beginners are welcome and no reservation is needed. Venue: Chiyoda City Office, 4th floor. For details, call +81-3-3264-2111 or visit https://www.city.chiyoda.lg.jp/ #Chiyoda
""", traps=["account-policy", "personal-info"],
    note="Clean: about 270 ASCII characters weigh ~250 (ASCII counts 1); +81 notation of the official number.")

LONGURL = ("https://www.city.chiyoda.lg.jp/koho/kurashi/gomi/shigen/bunbetsu-jiten/index.html"
           "?utm_source=x&utm_medium=social&utm_campaign=gomi_bunbetsu_2026_spring"
           "&utm_content=post_0525_jiten_update&utm_term=gomi_bunbetsu_jiten_search_by_item_name_and_category")

add("gomi-jiten-longurl", platform="x", client="outlook-text", sender=SEISO, date=dt(5, 25, 10, 30),
    subject="【X】ごみ分別辞典を更新しました",
    post=f"""ごみの分け方を品目名で調べられる「ごみ分別辞典」を更新しました。新しく約120品目を追加し、スマートフォンでも見やすくなりました。ぜひご活用ください。
{LONGURL}
""", traps=["account-policy", "harmful-links"],
    note="Clean: raw character count over 280 because of a long official URL, but the URL weighs 23 (total well under 280).")

add("dv-boryoku", platform="facebook", client="outlook", sender=JINKEN, date=dt(11, 10, 9, 20),
    subject="女性に対する暴力をなくす運動（FB）",
    post=f"""11月12日から25日までは「女性に対する暴力をなくす運動」期間です。

配偶者や恋人からの暴力（DV）、性暴力、ストーカー行為などは、重大な人権侵害です。
「これって暴力かも」と感じたら、ひとりで悩まずに相談してください。相談内容の秘密は守られます。

千代田区 男女平等相談　{OFFICIAL}（代表）
月～金　午前9時～午後5時
""", traps=["public-morals", "confidential", "personal-info"],
    note="Clean anti-violence campaign: 暴力, 性暴力, 秘密.")

add("jisatsu-taisaku", platform="x", client="iphone", sender=HOKEN, date=dt(3, 2, 9, 10),
    subject="自殺対策強化月間",
    post="""3月は「自殺対策強化月間」です。「死にたい」と思うほどつらい気持ちを抱えているときは、ひとりで悩まず、身近な人や相談窓口に話してみてください。区の相談窓口は区ホームページに掲載しています。
""", traps=["public-morals"],
    note="Clean suicide-prevention message quoting 「死にたい」.")

add("yakubutsu-ranyo", platform="facebook", client="tb-b64", sender=HOKEN, date=dt(6, 22, 14, 0),
    subject="国際麻薬乱用撲滅デー（FB）",
    post="""6月26日は「国際麻薬乱用撲滅デー」です。

大麻や覚醒剤などの薬物は、一度の使用でも心と体をむしばみます。「一回だけなら」「みんなやっている」と誘われても、きっぱり断りましょう。
最近は、SNSをきっかけに若者が大麻を手にしてしまうケースが増えています。

薬物乱用は「ダメ。ゼッタイ。」
""", traps=["illegal"],
    note="Clean anti-drug campaign: 大麻, 覚醒剤.")

add("yamibaito-chui", platform="x", client="outlook-text", sender=ANZEN, date=dt(10, 20, 10, 15),
    subject="【X】闇バイトへの注意",
    post="""【闇バイトに注意】「高収入」「即日即金」「荷物を受け取るだけ」などの言葉でSNSに出される求人は、強盗や特殊詐欺の実行役を集める「闇バイト」のおそれがあります。絶対に応募しないでください。
""", traps=["illegal"],
    note="Clean warning that quotes dark-job recruitment phrases.")

add("shohisha-188", platform="x", client="sjis", sender=ANZEN, date=dt(5, 18, 13, 0),
    subject="消費者月間（X投稿）",
    post="""5月は消費者月間です。「必ずもうかる」「今だけ無料」などの勧誘や、身に覚えのない請求に困ったら、ひとりで悩まず消費者ホットライン「188（いやや！）」に相談してください。
""", traps=["personal-info", "illegal"],
    note="Clean consumer-protection notice.")

add("inu-toroku", platform="facebook", client="iphone", sender=HOKEN, date=dt(4, 1, 8, 45),
    subject="犬の登録と狂犬病予防注射",
    post=f"""犬の登録と狂犬病予防注射はお済みですか？

生後91日以上の犬の飼い主は、犬の登録と、年1回の狂犬病予防注射が法律で義務付けられています。
区内の公園での集合注射は{D(4, 18)}・{D(4, 19)}に行います。

千代田区は、保護犬・保護猫の譲渡を進め、殺処分ゼロを目指しています。
""", traps=["illegal", "public-morals"],
    note="Clean: 殺処分ゼロ.")

add("kugikai-bocho", platform="x", client="tb-flowed", sender=KOHO2, date=dt(6, 2, 11, 0),
    subject="区議会定例会の傍聴",
    post=f"""【区議会】令和8年第2回定例会が{D(6, 9)}から開かれます。本会議はどなたでも傍聴できます。区議会のホームページでインターネット中継もご覧いただけます。
""", traps=["neutrality"],
    note="Clean neutral council notice.")

add("yushi-assen", platform="facebook", client="outlook", sender=SHOKO, date=dt(4, 10, 15, 40),
    subject="融資あっせん制度のご案内（FB）",
    post=f"""区内中小企業の皆さまへ　融資あっせん制度のご案内

区では、区内で事業を営む中小企業の方が金融機関から事業資金を借り入れる際に、利子の一部を補助しています。
申込書には、法人名を「㈱」「㈲」と略さずに「株式会社」「有限会社」とご記入ください。
受付：{D(4, 13)}から、区役所5階 商工観光課の窓口で
詳しくは区ホームページ「中小企業融資あっせん」のページをご覧ください。
""", traps=["neutrality"],
    note="Clean business-support notice with CP50220 ㈱ ㈲ (ISO-2022-JP row 13).")

add("shohinken", platform="facebook", client="iphone", sender=SHOKO, date=dt(8, 24, 12, 30),
    subject="プレミアム付き商品券の販売",
    post=f"""プレミアム付き区内共通商品券の販売について

1冊1万円で1万2千円分のお買い物ができる「プレミアム付き区内共通商品券」を販売します。区内の登録店舗（約800店）で使えます。
申込期間：{D(9, 1)}～{D(9, 15)}
購入は区内在住の方に限り、1人3冊までです。申込多数の場合は抽選となります。
""", traps=["neutrality"],
    note="Clean: general support for local shops, no specific business.")

add("koshiki-intro", platform="x", client="outlook", sender=KOHO1, date=dt(4, 1, 9, 0),
    subject="【X】固定ポスト更新",
    post="""千代田区公式Xアカウントです。区のイベントや防災情報、くらしのお知らせを発信しています。個別のご質問にはお答えしていません。お問い合わせは千代田区役所（０３－３２６４－２１１１）へ。
""", traps=["personal-info"],
    note="Clean: the official number in full-width digits (arrives as JIS, with U+2212 minus signs).")

add("umi-no-hi", platform="x", client="tb-b64", sender=KOHO1, date=dt(7, 14, 16, 0),
    subject="X：海の日の窓口",
    post=f"""{holiday(7, 20)}は海の日のため、区役所の窓口はお休みです。区立図書館は通常どおり開館しています。
""", traps=["accuracy"],
    note="Clean: （月・祝） on a real 2026 holiday.")

add("nenshi-heicho", platform="x", client="iphone", sender=KOHO1, date=dt(12, 24, 17, 10),
    subject="年末年始の閉庁",
    post=f"""年末年始の区役所の窓口は、{D(12, 29)}から{D(1, 3, 2027, 'ymd')}までお休みです。{D(1, 4, 2027, 'ymd')}から通常どおり開庁します。
""", traps=["accuracy"],
    note="Clean: dates across the year end with correct 2027 weekdays.")

add("helmet-josei", platform="facebook", client="sjis", sender=KOEN, date=dt(5, 11, 9, 30),
    subject="自転車用ヘルメット購入費助成（FB）",
    post=f"""自転車に乗るときはヘルメットを着用しましょう

道路交通法の改正により、自転車に乗るすべての人にヘルメット着用の努力義務が課されています。
区では、区民の方を対象に、自転車用ヘルメットの購入費用の一部を助成しています（1人1個、上限2,000円）。
申請期限：{D(3, 31, 2027, 'ymd')}
""", traps=["illegal", "accuracy"], eol="lf",
    note="Clean Shift_JIS notice with LF line endings; 2027 deadline.")

add("rojo-kitsuen", platform="x", client="outlook", sender=KANKYO, date=dt(5, 29, 10, 0),
    subject="【X】世界禁煙デー",
    post="""5月31日は世界禁煙デー。千代田区では、区内全域で路上喫煙を禁止しています。違反した場合は過料（2,000円）の対象となります。喫煙は指定の喫煙所でお願いします。
""", traps=["illegal"],
    note="Clean: 路上喫煙 ordinance and 過料.")

add("bosai-soko", platform="facebook", client="tb-flowed", sender=BOSAI, date=dt(6, 17, 16, 20),
    subject="防災倉庫の点検（FB投稿案）",
    post="""町会の皆さまと一緒に、地域の防災倉庫の点検を行いました。

発電機やトイレ用品、毛布などがそろっていることを確認しました。ご協力いただいた町会の皆さま、ありがとうございました。
ご家庭でも、最低3日分の水と食料を備えておきましょう。
""", sig=f"千代田区 防災危機管理課\n長谷川 誠\n電話 {OFFICIAL}（内線3612）\n災害対応用携帯 080-2291-5083",
    traps=["personal-info"],
    note="Clean post; a mobile number appears only in the signature after '-- ', which is not part of the post.")

add("taijo-hoshin", platform="facebook", client="iphone", sender=HOKEN, date=dt(4, 6, 13, 15),
    subject="帯状疱疹ワクチン定期接種",
    post=f"""帯状疱疹ワクチンの定期接種が始まっています

対象：今年度65歳になる方など
自己負担：生ワクチン4,000円、組換えワクチン1回10,000円
接種期限：{D(3, 31, 2027, 'ymd')}
帯状疱疹は、50歳を過ぎると発症する人が増えます。対象の方には予診票をお送りしています。
""", traps=["personal-info", "accuracy"],
    note="Clean vaccination notice.")

add("cooling-shelter", platform="instagram", client="outlook", sender=KANKYO, date=dt(7, 15, 11, 0),
    subject="インスタ：クーリングシェルター",
    post=f"""暑い日は「クーリングシェルター」へ。
区役所1階ロビーや図書館、区民館など、冷房の効いた区の施設で、どなたでも休憩できます。
今年は{D(9, 30)}まで。
#千代田区 #クーリングシェルター #熱中症対策
""", images=[IMG("クーリングシェルター.jpg")], traps=["image-privacy"],
    note="Clean Outlook Instagram draft with a JPEG whose Japanese filename is RFC 2047 (ISO-2022-JP) in quotes.")

add("foreign-residents", platform="facebook", client="tb-flowed", sender=KOHO2, date=dt(4, 24, 10, 0),
    subject="Facebook: consultation for foreign residents",
    post="""Information for foreign residents / がいこくじんの みなさんへ

Chiyoda City offers free consultation for foreign residents in English, Chinese and Korean, and in easy Japanese.
Date: every 2nd and 4th Thursday, 1:00 p.m. - 4:00 p.m.
Place: Chiyoda City Office, 1st floor
Phone: +81-3-3264-2111 (main number)

ちよだくやくしょで、そうだんが できます。にほんごが むずかしい ひとも だいじょうぶです。
でんわ：03-3264-2111
""", traps=["discrimination", "personal-info"],
    note="Clean bilingual notice in やさしい日本語 (hiragana with spaces), official number twice.")

add("koho-chiyoda", platform="x", client="outlook", sender=KOHO1, date=dt(5, 5, 9, 0),
    subject="【X】広報千代田 発行",
    post="""「広報千代田」5月5日号を発行しました。今号の特集は「千代田区の子育て応援ガイド」です。区ホームページでもお読みいただけます。
""", traps=["accuracy"],
    note="Clean: a yearless issue date without weekday.")

add("kasho-fukugo", platform="facebook", client="tb-b64", sender=KOEN, date=dt(6, 5, 15, 0),
    subject="（仮称）神田錦町複合施設 工事説明会",
    post=f"""（仮称）神田錦町複合施設の整備工事に関する説明会

区では、神田錦町地区に、図書館分室や子育て支援施設を備えた複合施設の整備を進めています。
工事の概要とスケジュールについて、近隣の皆さまへの説明会を開催します。

日時：{D(6, 18)}　午後7時～午後8時
会場：区役所4階 会議室
""", traps=["accuracy"],
    note="Clean: （仮称）, the official way to name a facility under construction, is not the placeholder （仮）.")

add("photo-contest", platform="instagram", client="iphone", sender=BUNKA, date=dt(8, 3, 12, 40),
    subject="フォトコンテスト作品募集",
    post=f"""第12回 千代田フォトコンテストの作品を募集しています📷
テーマは「千代田の四季」。区内で撮影した写真なら、スマートフォンで撮った1枚でも応募できます。
応募締切：{D(9, 30)}
写真好きのお友達にも、ぜひシェアしてください。
#千代田区 #フォトコンテスト #千代田の四季
""", images=[IMG("IMG_3090.JPG", exif=True, model="iPhone 13 mini", when="2026:08:01 16:05:51")],
    traps=["accuracy", "image-privacy", "chain-message"],
    note="Clean: コンテスト contains テスト; an ordinary 'please share' is not a chain message.")

add("taiiku-taikai", platform="facebook", client="outlook", sender=BUNKA, date=dt(9, 7, 10, 0),
    subject="区民体育大会（バドミントン）参加者募集",
    post=f"""区民体育大会（バドミントンの部）参加者募集

○日時　{D(10, 11)}　午前9時～午後5時
○会場　区立スポーツセンター　体育館
○種目　一般男子・女子ダブルス、混合ダブルス
○参加費　1組1,000円
○申込　{D(9, 25)}までに区ホームページから
""", traps=["accuracy"],
    note="Clean but hard: '○' used as a bullet ('○日時') is not a placeholder.")

add("horitsu-sodan", platform="x", client="sjis", sender=KOHO2, date=dt(10, 26, 9, 0),
    subject="区民相談（X）",
    post=f"""【区民相談】弁護士による無料の法律相談を、毎週火曜日と木曜日に行っています。相続や離婚、近隣トラブルなど、お気軽にご相談ください。相談内容の秘密は守られます。予約は{OFFICIAL}へ。
""", traps=["confidential", "neutrality", "personal-info"],
    note="Clean: 秘密 in 'the consultation is kept confidential'.")

add("kumin-pool", platform="facebook", client="webmail-jis", sender=BUNKA, date=dt(6, 26, 14, 0),
    subject="区民プール（屋外）開場のお知らせ",
    post=f"""区民プール（屋外）を今年も開場します

開場期間：{D(7, 18)}～{D(8, 31)}
開場時間：午前9時～午後5時（入場は午後4時30分まで）
利用料金：大人300円、中学生以下100円
※天候により休場する場合があります。当日の開場状況は電話でご確認ください（{OFFICIAL}）。
""", traps=["accuracy", "personal-info"],
    note="Clean HTML-only ISO-2022-JP body.")

add("kuminkan-yoyaku", platform="x", client="webmail", sender=BUNKA, date=dt(4, 14, 10, 0),
    subject="区民館のオンライン予約",
    post="""区民館の利用申込みが、オンラインでできるようになりました。
[[https://www.city.chiyoda.lg.jp/shisetsu/kuminkan/yoyaku.html|https://www.city.chiyoda.lg.jp/shisetsu/kuminkan/yoyaku.html]]
[[使い方はこちら|https://www.city.chiyoda.lg.jp/shisetsu/kuminkan/tsukaikata.html]]
""", traps=["harmful-links"],
    note="Clean HTML-only: link text equal to its official href, and '使い方はこちら' to an official href.")

add("kumin-no-koe", platform="facebook", client="tb-b64", sender=KOHO2, date=dt(5, 15, 13, 0),
    subject="「区民の声」のご案内（FB）",
    post="""区政へのご意見・ご提案をお寄せください

「区民の声」では、区政に関するご意見やご提案を、メール・はがき・窓口で受け付けています。
メール：kumin-koe@city.chiyoda.lg.jp
はがき：〒102-8688 千代田区九段南1-2-1　千代田区 広報広聴課「区民の声」係
いただいたご意見は、個人が特定されないよう配慮したうえで、区ホームページで紹介することがあります。
""", traps=["personal-info"],
    note="Clean: official address and mailbox.")

add("sagi-boshi-koza", platform="facebook", client="outlook", sender=ANZEN, date=dt(10, 8, 17, 0),
    subject="【FB】特殊詐欺被害防止講座を開催しました",
    post="""麹町警察署と協力して、特殊詐欺の被害防止講座を開きました。

寸劇では、警察官が「息子」役になりきり、「会社のお金を落とした。今日中に300万円必要なんだ」と電話をかける、おなじみの手口を再現しました。参加者からは「本当に息子の声に聞こえた」という声が上がりました。

「お金の話が出たら、いったん電話を切って家族に確認」を合言葉に、被害を防ぎましょう。
""", traps=["illegal", "false-info"],
    note="Clean event report quoting a fraudster's script.")

add("ooyuki", platform="x", client="tb-b64", sender=BOSAI, date=dt(2, 9, 15, 0),
    subject="X：大雪への備え",
    post=f"""【大雪への備え】明日{D(2, 10)}は、都心でも大雪となるおそれがあります。路面の凍結による転倒に注意し、不要不急の外出は控えてください。区道の除雪状況は区ホームページでお知らせします。
""", traps=["false-info"],
    note="Clean weather update.")

add("jishin-shindo3", platform="x", client="outlook-text", sender=BOSAI, date=dt(1, 22, 10, 21),
    subject="【X】地震情報",
    post="""本日午前10時12分ごろ、東京23区で震度3の地震がありました。現在、区内での被害の情報は入っていません。揺れを感じたら、まず身の安全を確保してください。
""", traps=["false-info"],
    note="Clean real-time earthquake update.")

add("shikaku-kakuninsho", platform="facebook", client="sjis", sender=ZEIMU, date=dt(7, 1, 9, 30),
    subject="国民健康保険 資格確認書の送付（FB）",
    post=f"""国民健康保険の資格確認書をお送りします

マイナ保険証をお持ちでない国民健康保険の加入者の方に、7月中旬から資格確認書を順次お送りします。
有効期限は{D(7, 31, 2027, 'reiwa')}です。
届いたら、氏名や生年月日などの記載内容をご確認ください。
""", traps=["accuracy", "personal-info"],
    note="Clean: 令和9年 = 2027 with the correct weekday.")

add("saiyo-shiken", platform="x", client="iphone", sender=JINJI, date=dt(3, 3, 12, 0),
    subject="特別区職員採用試験",
    post=f"""【職員採用】令和8年度 特別区職員Ⅰ類採用試験の申込受付は{D(3, 16)}からです。千代田区で一緒に働きませんか。試験日程は特別区人事委員会のホームページをご覧ください。
""", traps=["accuracy"],
    note="Clean recruitment notice.")

add("ninchisho-supporter", platform="facebook", client="tb-flowed", sender=KOREI, date=dt(9, 10, 10, 0),
    subject="認知症サポーター養成講座（FB）",
    post=f"""9月21日は世界アルツハイマーデーです。

認知症は誰にでも起こりうる身近な病気です。区では、認知症の方やそのご家族を地域で見守る「認知症サポーター養成講座」を開いています。
日時：{D(9, 29)}　午後2時～午後3時30分
会場：区役所4階 会議室
受講した方には、認知症サポーターの証「オレンジリング」をお渡しします。
""", traps=["personal-info"],
    note="Clean: health words with no individual named.")

add("kodomo-shokudo", platform="facebook", client="iphone", sender=KODOMO, date=dt(6, 10, 15, 30),
    subject="子ども食堂への支援",
    post="""区内の子ども食堂を応援しています

区内では現在、町会やNPO、飲食店など12の団体が子ども食堂を運営しています。区では運営費の一部を助成するとともに、開催日の一覧を区ホームページで紹介しています。
ボランティアとして参加したい方は、子ども支援課までご連絡ください。
""", traps=["neutrality"],
    note="Clean: support for a category of organisations, none named.")

add("sanpo-course", platform="instagram", client="tb-b64", sender=SHOKO, date=dt(10, 30, 12, 0),
    subject="インスタ：秋の散歩コース",
    post="""秋の千代田をのんびり歩く、おすすめ散歩コース🍁
北の丸公園 → 千鳥ヶ淵 → 靖国通り → 神保町
約3km、ゆっくり歩いて1時間ほどです。
#千代田区 #散歩 #紅葉 #北の丸公園
""", images=[IMG("sanpo.jpg")], traps=["neutrality"],
    note="Clean: 'おすすめ' of a walking route, not of a business.")

add("shika-kenshin", platform="x", client="outlook", sender=HOKEN, date=dt(6, 4, 9, 0),
    subject="【X】成人歯科健診",
    post=f"""【成人歯科健診】今年度20・25・30…70歳になる区民の方は、区の歯科健診を無料で受けられます。受診券は6月上旬にお送りしました。受診期限は{D(3, 31, 2027, 'ymd')}です。
""", traps=["accuracy"],
    note="Clean: '…' in an age list; 2027 date.")

add("gakudo-bakari", platform="x", client="tb-flowed", sender=KODOMO, date=dt(7, 2, 10, 0),
    subject="夏休み 科学あそび教室",
    post=f"""【夏休み 科学あそび教室】小学生ばかりでなく、中学生や保護者の方も参加できます。{D(8, 8)}午前10時から、区役所4階で。申込みは{D(7, 24)}まで、区ホームページから。
""", traps=["defamation"],
    note="Clean: ばかり.")

add("shukatsu-seminar", platform="facebook", client="outlook", sender=KOREI, date=dt(11, 4, 14, 0),
    subject="終活セミナーのご案内（FB）",
    post=f"""終活セミナー「もしもの時に備える」

亡くなった後の手続きや相続、エンディングノートの書き方などを、司法書士がわかりやすく解説します。
死について考えることは、これからの人生をよりよく生きることにつながります。

日時：{D(11, 21)}　午後1時30分～午後3時
会場：区役所4階 会議室
定員：40名（申込順）
""", traps=["public-morals"],
    note="Clean: 死 in a seminar about end-of-life planning.")

add("fushin-mail", platform="x", client="iphone", sender=ANZEN, date=dt(9, 24, 11, 0),
    subject="区を名乗る不審なメール",
    post="""区を名乗る不審なメールにご注意ください。区から、メールでキャッシュカードの暗証番号をお聞きすることはありません。区の職員のメールアドレスは「@city.chiyoda.lg.jp」で終わります。
""", traps=["harmful-links", "personal-info"],
    note="Clean phishing alert naming the official mail domain.")

add("kodomo110", platform="x", client="sjis-b64", sender=ANZEN, date=dt(4, 8, 8, 30),
    subject="子ども110番の家",
    post="""新学期が始まりました。通学路には「子ども110番の家」のステッカーを貼ったお店や家があります。困ったときは、ためらわずに駆け込んでください。
""", traps=["personal-info"],
    note="Clean: 110 in 子ども110番の家.")

add("rikkoho-setsumeikai", platform="facebook", client="tb-b64", sender=SENKYO, date=dt(5, 20, 10, 0),
    subject="立候補予定者説明会（FB）",
    post=f"""千代田区議会議員補欠選挙 立候補予定者説明会

{D(7, 12)}執行予定の千代田区議会議員補欠選挙について、立候補を予定している方、またはその代理の方を対象に、立候補の手続きに関する説明会を開催します。

日時：{D(6, 10)}　午後2時から
会場：区役所4階 会議室
※出席は立候補の要件ではありません。
""", traps=["neutrality"],
    note="Clean neutral election notice: 立候補, 候補.")

add("hinanjo-kaisetsu", platform="facebook", client="iphone", sender=BOSAI, date=dt(9, 16, 18, 20),
    subject="自主避難所の開設",
    post="""台風の接近に伴い、区では本日午後6時、区内3か所に自主避難所を開設しました。

・区役所1階 区民ホール
・神田さくら館
・麹町区民館

ご自宅での避難に不安がある方は、食料や常備薬をお持ちのうえでお越しください。
""", traps=["false-info"],
    note="Clean disaster update.")

FB_TAGS = " ".join("#" + t for t in (
    "千代田区 神田 秋葉原 神保町 丸の内 大手町 有楽町 日比谷 九段 番町 麹町 飯田橋 御茶ノ水 岩本町 "
    "東京 東京観光 散歩 まち歩き 秋 紅葉 イベント 祭り 写真 カメラ 旅 旅行 japan tokyo chiyoda travel "
    "autumn festival walking photo art").split())
assert len(FB_TAGS.split()) == 35

add("fb-many-tags", platform="facebook", client="tb-b64", sender=SHOKO, date=dt(10, 16, 12, 0),
    subject="Facebook：まち歩きスタンプラリー",
    post=f"""千代田まち歩きスタンプラリーを開催中です。
区内15か所のチェックポイントを巡って、スタンプを集めよう！期間は{D(11, 15)}まで。
{FB_TAGS}
""", traps=["account-policy"],
    note="Clean: 35 hashtags on Facebook (the 30-hashtag limit is Instagram's).")

add("system-owabi", platform="x", client="tb-flowed", sender=KOHO1, date=dt(2, 17, 15, 20),
    subject="X：窓口の混雑についてのおわび",
    post="""【おわび】本日午前、住民記録システムの障害により、区役所の窓口で最大2時間お待たせする状況となりました。ご迷惑をおかけし、大変申し訳ありませんでした。現在は復旧しています。
""", traps=["reputation"],
    note="Clean: a sincere apology for an outage is not disparaging the ward.")

add("kentou-iinkai", platform="facebook", client="outlook", sender=TOSHO, date=dt(9, 2, 11, 0),
    subject="【FB】図書館の在り方検討委員会（第3回）",
    post=f"""区立図書館の在り方検討委員会（第3回）を開催します

日時：{D(9, 16)}　午後6時30分～午後8時30分
会場：区役所4階 会議室
委員会は公開で、どなたでも傍聴できます（先着10名）。これまでの会議資料と議事録は、区ホームページで公開しています。
""", traps=["decision-process"],
    note="Clean: announcing a public review committee (検討委員会) is not leaking a decision in progress.")


# ---------------------------------------------------------------- violating drafts

# defamation (5(4)ア)
add("madoguchi-joren", platform="x", client="iphone", sender=CHIIKI, date=dt(6, 12, 17, 40),
    subject="今日の窓口",
    post="""本日も窓口に「ご意見」を届けに来てくださった常連さん。番町にお住まいの元校長先生、今週3回目です。毎回同じお話ですが、職員一同、心を無にして拝聴しております🙏
""", families=["defamation"], may=["5(2)", "5(4)ク"], nosig=True,
    note="Staff mocking an identifiable complainant (area + former job); no profanity. iPhone draft without signature.")

add("chokai-yakuin", platform="facebook", client="outlook", sender=CHIIKI, date=dt(11, 9, 16, 0),
    subject="【FB】地域清掃デーのお礼",
    post="""地域清掃デーにご参加いただいた皆さま、ありがとうございました。

なお、富士見地区のある町会の役員の方々は、今年も準備会議で文句を言うだけで、当日は一人も来られませんでした。さすがです。来年は口だけでなく手も動かしていただけると助かります。
""", families=["defamation"], may=["5(4)ク"],
    note="Sarcasm disparaging an identifiable residents' association's officers.")

add("midori-setsubi", platform="facebook", client="tb-flowed", sender=KOREI, date=dt(4, 22, 11, 0),
    subject="悪質な業者への注意喚起（FB）",
    post="""【注意喚起】
区内で営業している「有限会社ミドリ設備」は、手抜き工事の常習で、高齢者をだまして高額な修理代を請求する悪徳業者です。区にも苦情が多数寄せられています。絶対に依頼しないでください。
""", families=["defamation"], may=["5(4)オ", "5(4)エ"],
    note="Accuses a named (fictional) business of fraud in an official post.")

add("yosan-iin", platform="x", client="outlook", sender=KOHO2, date=dt(3, 4, 18, 30),
    subject="【X】予算特別委員会",
    post="""今日の予算特別委員会、大橋議員の質問は相変わらず的外れで勉強不足。あれで議員報酬がもらえるのだから、楽な商売ですね。
""", families=["defamation"], may=["5(4)エ", "5(4)ク"],
    note="Ridicules a named (fictional) council member.")

add("denwa-tanabe", platform="x", client="tb-b64", sender=ZEIMU, date=dt(8, 19, 15, 10),
    subject="つぶやき",
    post="""さっき電話してきたｸﾚｰﾏｰの田辺さん（三崎町）、また同じ話で1時間。ほんと、あたまおかしいんじゃないかな
""", families=["defamation"], may=["5(2)", "5(4)ク", "5(4)ケ"], variants=["halfwidth-katakana", "hiragana"],
    note="Insults a named complainant; クレーマー in half-width katakana, 頭おかしい in hiragana.")

add("kifu-furukawa", platform="facebook", client="iphone", sender=CHIIKI, date=dt(2, 13, 19, 5),
    subject="寄付金集めについて",
    post=f"""神田小川町の古川という男は詐{ZW}欺{ZW}師です。区のイベントを名乗って寄付金を集めていますが、信用しないでください。
""", families=["defamation"], may=["5(2)", "5(4)オ"], variants=["zero-width"],
    note="Calls a named resident a fraudster; U+200B inside 詐欺師.")

add("mansion-gomi", platform="facebook", client="webmail", sender=SEISO, date=dt(7, 7, 9, 50),
    subject="ごみ出しマナーについて",
    post="""ごみ出しマナーのお願い

九段南のマンション「パークハイツ九段」の住人は、ごみ出しのマナーが区内で最悪です。管理会社も無能で、何度お願いしても改善されません。近隣の皆さまも本当にお気の毒です。
""", families=["defamation"], may=["5(4)ク"],
    note="Disparages the residents and the management company of a named (fictional) building; HTML-only.")

# discrimination (5(4)イ)
add("gomi-gaikokujin", platform="x", client="tb-b64", sender=SEISO, date=dt(5, 27, 8, 20),
    subject="ごみ出しルール",
    post="""最近、ごみ出しのルールを守らないのは外国人ばかり。日本のルールが守れないなら、自分の国に帰ってほしいです。
""", families=["discrimination"], may=["5(4)ア", "5(4)ク"],
    note="Blames foreign residents as a group and tells them to go home.")

add("uketsuke-jikan", platform="facebook", client="outlook", sender=CHIIKI, date=dt(5, 26, 10, 0),
    subject="【FB】窓口受付時間の変更",
    post="""窓口受付時間の変更について

障害のある方の手続きは時間がかかり、他の区民の皆さまをお待たせしてしまうことが多いため、来月から障害のある方の受付は平日午後4時以降に限らせていただきます。ご理解ください。
""", families=["discrimination"], may=["5(4)ク"],
    note="Restricts service for disabled people, framed as a neutral notice.")

add("partnership", platform="facebook", client="iphone", sender=JINKEN, date=dt(6, 30, 21, 0),
    subject="パートナーシップ制度",
    post="""区のパートナーシップ宣誓制度、正直、気持ち悪いと思っている職員も多いです。同性カップルを区がわざわざ認める必要なんてあるんでしょうか。
""", families=["discrimination"], may=["5(4)ク", "5(4)ケ"],
    note="Disparages same-sex couples from inside the ward.")

add("akiba-kankokyaku", platform="x", client="iphone", sender=SHOKO, date=dt(4, 28, 13, 30),
    subject="秋葉原",
    post="""秋葉原はきょうもｼﾅ人の観光客だらけ。マナーが悪すぎて、区民はみんな迷惑しています
""", families=["discrimination"], may=["5(4)ア"], variants=["halfwidth-katakana"],
    note="Ethnic slur written in half-width katakana.")

add("rika-danshi", platform="instagram", client="tb-b64", sender=KODOMO, date=dt(6, 8, 11, 0),
    subject="インスタ：理科実験教室",
    post=f"""夏休み子ども理科実験教室の参加者を募集します🔬
女の子は理科が苦手な子が多いので、今年は男子限定にしました。
日程：{D(7, 28)}・{D(7, 29)}
#千代田区 #理科実験 #夏休み
""", images=[IMG("rika.jpg")], families=["discrimination"],
    note="Gender discrimination in an otherwise ordinary event notice.")

add("kaikan-shukyo", platform="facebook", client="sjis", sender=BUNKA, date=dt(9, 18, 16, 0),
    subject="区民会館のご利用について（FB）",
    post="""区民会館のご利用について

近隣の方から苦情があったため、今後、イスラム教など外国の宗教の団体による区民会館の利用はお断りすることになりました。
""", families=["discrimination"], may=["5(4)ウ"],
    note="Religious discrimination in a facility notice.")

add("gakku-erabi", platform="x", client="iphone", sender=KODOMO, date=dt(10, 14, 20, 10),
    subject="学区",
    post="""がいじんの子が多いクラスは、どうしても学力が下がるみたいですね。区立小の学区選びの参考にどうぞ。
""", families=["discrimination"], may=["5(4)オ"], variants=["hiragana"],
    note="Derogatory term written in hiragana.")

# illegal (5(4)ウ)
add("sodai-gomi", platform="x", client="iphone", sender=SEISO, date=dt(3, 23, 22, 15),
    subject="粗大ごみ",
    post="""引っ越しシーズンですね。粗大ごみの手数料がもったいない方は、夜中に神田川沿いに置いておけば、だいたい朝には誰かが持っていってくれます（笑）
""", families=["illegal"], may=["5(4)ク"],
    note="Incites illegal dumping, as a joke.")

add("rochu-ok", platform="x", client="outlook", sender=CHIIKI, date=dt(10, 27, 12, 0),
    subject="【X】区民まつりへのアクセス",
    post="""区民まつりにお越しの方へ。会場周辺は土日は取り締まりがほぼないので、路上駐車でも大丈夫ですよ。ぜひお車でどうぞ！
""", families=["illegal"], may=["5(4)ク", "5(4)オ"],
    note="Encourages illegal parking.")

add("kyubo-hakobu", platform="x", client="tb-b64", sender=CHIIKI, date=dt(11, 30, 23, 0),
    subject="急募",
    post="""【急募】区の関連事業のお手伝い。荷物を受け取って指定の場所に届けるだけの簡単なお仕事です。日給５万円・即日払い。興味のある方は身分証の写真をＤＭで送ってください。
""", families=["illegal"], may=["5(4)オ", "5(4)ク", "5(2)"], variants=["fullwidth-digits", "fullwidth-latin"],
    note="Dark-job (闇バイト) recruitment posing as ward work; full-width digits and letters.")

add("taima-gohou", platform="facebook", client="tb-flowed", sender=HOKEN, date=dt(8, 8, 22, 40),
    subject="海外の話題",
    post="""海外では合法の国も多い「た い ま」。天然の植物なので、体にやさしいとも言われています。少しくらいなら試してみてもいいのでは？
""", families=["illegal"], may=["5(4)オ"], variants=["spaced", "hiragana"],
    note="Encourages cannabis use; 大麻 written as spaced hiragana.")

add("eiga-muryo", platform="x", client="iphone", sender=BUNKA, date=dt(12, 5, 21, 30),
    subject="映画",
    post="""公開中の映画が全編タダで観られるサイトを見つけました！違法アップロードらしいですが、観るだけなら捕まらないので大丈夫です😎 https://free-cinema.example/now-showing
""", families=["illegal"], may=["5(4)カ", "5(4)ク"],
    note="Promotes watching pirated films (a .example link, not IP/look-alike, so 5(4)カ only may be cited).")

# neutrality (5(4)エ)
add("morimoto-ouen", platform="x", client="iphone", sender=KODOMO, date=dt(7, 5, 20, 0),
    subject="補欠選挙",
    post="""来週の区議会議員補欠選挙、元PTA会長の森本ひろしさんを応援しています！子育て世代の声を区政に届けてくれるのは森本さんしかいません。
""", families=["neutrality"],
    note="Endorses a (fictional) candidate from the official account.")

add("morimoto-rt", platform="x", client="outlook", sender=KOHO2, date=dt(7, 8, 19, 10),
    subject="【X】RT案",
    post="""RT @morimoto_hiroshi_kd: 明日午後6時から九段下駅前で街頭演説を行います。ぜひお越しください！

区としても、森本さんの子育て政策に期待しています。
""", families=["neutrality"],
    note="Shares a candidate's campaign post and endorses it.")

add("seito-hosei", platform="facebook", client="tb-b64", sender=KOHO1, date=dt(3, 27, 17, 30),
    subject="補正予算について（FB）",
    post="""今年度の補正予算では、みらい市民党の提案がほぼそのまま採用されました。区民のことを本当に考えているのは、みらい市民党だけだと思います。
""", families=["neutrality"], may=["5(4)ア"],
    note="Praises a (fictional) political party.")

add("kissa-fukuroudo", platform="instagram", client="iphone", sender=SHOKO, date=dt(5, 8, 12, 45),
    subject="ランチ",
    post="""区職員イチオシ！神保町の「喫茶ふくろう堂」のナポリタンは区内No.1です✨
区役所の職員証を見せると大盛り無料🍝 みなさんもぜひ行ってみてください！
#千代田区 #神保町グルメ #喫茶店
""", images=[IMG("IMG_5512.JPG", exif=True, model="iPhone 12", when="2026:05:08 12:20:31")],
    families=["neutrality"],
    note="Promotes one specific (fictional) restaurant with a staff-only perk.")

add("fudosan-osusume", platform="facebook", client="outlook", sender=CHIIKI, date=dt(2, 16, 11, 30),
    subject="【FB】住まい探しの方へ",
    post="""区内で住まいをお探しの方へ

区内の物件探しなら、㈱九段ハウジングがおすすめです。区とも長年お付き合いのある、信頼できる不動産会社です。「区のSNSを見た」と伝えると、仲介手数料が割引になります。
""", families=["neutrality"],
    note="Recommends a specific (fictional) company; ㈱ via CP50220.")

add("touhyou-yobikake", platform="x", client="sjis", sender=SENKYO, date=dt(7, 10, 12, 0),
    subject="投票日のお知らせ（X）",
    post=f"""{D(7, 12)}は投票日。区の未来のために、もりもとひろし候補に清き一票を！
""", families=["neutrality"], variants=["hiragana"],
    note="Election-commission-style notice that asks for votes for a candidate written in hiragana.")

# false-info (5(4)オ, warn)
add("jishin-yokoku", platform="x", client="iphone", sender=BOSAI, date=dt(1, 14, 18, 0),
    subject="地震の情報",
    post="""未確認の情報ですが、今夜0時ごろに大きな地震が来るという話が出回っています。念のため、家具の固定や水の準備をしておいてください。
""", families=["false-info"], may=["5(4)キ"],
    note="Spreads an unverified earthquake prediction.")

add("suido-konnyu", platform="facebook", client="outlook", sender=BOSAI, date=dt(8, 6, 7, 30),
    subject="【FB】緊急 水道水について",
    post="""【緊急】区内の一部地域で、水道水に有害物質が混入した可能性があるとの情報が入りました。詳細は確認中ですが、当面は水道水を飲まないようにしてください。
""", families=["false-info"], may=["5(4)ク"],
    note="Unverified emergency (false alarm) posted as fact.")

add("vaccine-uwasa", platform="facebook", client="tb-flowed", sender=HOKEN, date=dt(5, 29, 20, 20),
    subject="ワクチンについて（FB）",
    post="""SNSで見たのですが、子宮頸がんワクチンを打つと、将来子どもができなくなることがあるそうです。接種を迷っている方は、慎重に考えたほうがいいかもしれません。
""", families=["false-info"], may=["5(4)ク"],
    note="Health misinformation from social media, in the health department's voice.")

add("kuma-mokugeki", platform="x", client="sjis", sender=KOEN, date=dt(10, 9, 17, 45),
    subject="クマの目撃情報？（X）",
    post="""皇居のお堀の周りでクマを見たという人がいるらしいです！本当かどうかはわかりませんが、お散歩の際は気をつけてください。
""", families=["false-info"],
    note="Unverified rumour ('らしい', '本当かどうかわかりません').")

add("teiden-uwasa", platform="x", client="tb-b64", sender=BOSAI, date=dt(12, 2, 16, 30),
    subject="停電",
    post="""ネットのうわさによると、明日は区内全域で計画停電があるそうです。冷蔵庫の中身や、携帯電話の充電に気をつけてください。
""", families=["false-info"], variants=["hiragana"],
    note="Rumour marked only by hiragana うわさ.")

# chain-message (5(4)キ)
add("tensou-onegai", platform="facebook", client="iphone", sender=KOREI, date=dt(2, 24, 21, 10),
    subject="共有します",
    post="""友人から回ってきたので、皆さんにも共有します。
「このメッセージを24時間以内に10人に送ってください。止めた人には不幸が訪れます。」
とのことです。よろしくお願いします。
""", families=["chain-message"], may=["5(4)オ"],
    note="Classic chain letter forwarded by staff.")

add("hanran-kakusan", platform="x", client="tb-b64", sender=BOSAI, date=dt(9, 11, 14, 5),
    subject="緊急",
    post="""【拡散希望】神田川が氾濫寸前という情報が入っています！今すぐできるだけ多くの人にリポストしてください！！
""", families=["chain-message", "false-info"],
    note="False emergency plus a demand to spread it.")

add("kyufu-uchikiri", platform="x", client="outlook", sender=KODOMO, date=dt(3, 18, 20, 40),
    subject="【X】給付金の件",
    post="""【拡 散 希 望】区の子育て給付金は今月末で打ち切りになるそうです！知り合い全員に、今すぐ回してください。
""", families=["chain-message", "false-info"], variants=["spaced"],
    note="Unfounded rumour with a spread request; 拡散希望 spaced out.")

add("koun-shashin", platform="instagram", client="iphone", sender=SHOKO, date=dt(1, 5, 10, 0),
    subject="新年",
    post="""新年の幸運の写真です🍀
この投稿を見た人は、3日以内に5人にシェアすると願いがかないます。シェアしないと運気が下がるので気をつけて！
#千代田区 #開運
""", images=[IMG("IMG_0107.JPG", exif=True, model="iPhone 15", when="2026:01:03 09:12:40")],
    families=["chain-message"],
    note="'Share to 5 people or else' chain post with an image.")

# reputation (5(4)ク)
add("yaruki-nai", platform="x", client="iphone", sender=CHIIKI, date=dt(9, 3, 22, 50),
    subject="本音",
    post="""正直、区役所の窓口って遅いし、職員もやる気ないですよね。自分もその一人ですが（笑）
""", families=["reputation"],
    note="Staff disparaging the ward's service.")

add("bosai-anadarake", platform="facebook", client="outlook", sender=BOSAI, date=dt(8, 31, 17, 20),
    subject="【FB】防災週間にあたって",
    post="""防災週間にあたって

区の防災計画は、担当の自分から見ても穴だらけです。いざという時は区を当てにせず、自分の身は自分で守ってください。
""", families=["reputation"], may=["5(4)オ"],
    note="Staff undermining trust in the ward's disaster plan.")

add("festa-daremo", platform="instagram", client="tb-b64", sender=CHIIKI, date=dt(10, 13, 18, 0),
    subject="インスタ：ふれあいフェスタ",
    post=f"""上司に言われて仕方なく投稿してます。このイベント、毎年ほとんど誰も来ないんですけどね…
区民ふれあいフェスタ　{D(10, 25)}
#千代田区 #ふれあいフェスタ
""", images=[IMG("festa.jpg")], families=["reputation"],
    note="Sarcastic official post about the ward's own event.")

add("yosan-muda", platform="x", client="sjis", sender=ZEIMU, date=dt(2, 12, 21, 0),
    subject="予算について",
    post="""区の予算の使い方、中から見てもムダばかり。皆さんの税金がどう消えているか知ったら、きっと怒ると思います。
""", families=["reputation"], may=["5(4)オ"],
    note="Staff claiming the ward wastes taxes; contains ばかり.")

add("system-ponkotsu", platform="x", client="tb-flowed", sender=ZEIMU, date=dt(4, 2, 17, 50),
    subject="きょうの窓口",
    post="""ちよだくやくしょ の しすてむ、ほんとに ぽんこつ。きょうも とまって まどぐちは だいこんらん でした
""", families=["reputation"], variants=["hiragana", "spaced"],
    note="Disparages the ward's systems, written in spaced hiragana.")

# public-morals (5(4)ケ)
add("kujo-denwa", platform="x", client="iphone", sender=ZEIMU, date=dt(6, 16, 23, 20),
    subject="疲れた",
    post="""苦情の電話をかけてくる人たち、全員まとめて氏ねばいいのに
""", families=["public-morals"], may=["5(4)ア", "5(4)ク"], variants=["net-slang"],
    note="Death wish using the net-slang spelling 氏ね.")

add("kaerimichi", platform="facebook", client="outlook", sender=CHIIKI, date=dt(11, 17, 18, 0),
    subject="【FB】窓口でのお願い",
    post="""窓口でのお願い

先日、窓口で大声を出された方へ。次に同じことをされたら、帰り道には十分お気をつけください。職員はあなたの顔をしっかり覚えています。
""", families=["public-morals"], may=["5(4)ア", "5(4)ク"],
    note="Veiled threat against a resident.")

add("chiyopyon-gravure", platform="instagram", client="iphone", sender=SHOKO, date=dt(8, 10, 21, 0),
    subject="ちよぴょん",
    post="""区公式キャラクター「ちよぴょん」の初グラビア解禁♡
今日はちょっとセクシーな水着で、おしりも見せちゃいます…続きは夜10時に💋
#ちよぴょん #千代田区 #グラビア
""", images=[IMG("chiyopyon.jpg")], families=["public-morals"], may=["5(4)ク"],
    note="Sexualised framing of a (fictional) ward mascot.")

add("suiei-kyoshitsu", platform="facebook", client="tb-b64", sender=BUNKA, date=dt(7, 30, 19, 0),
    subject="子ども水泳教室（FB）",
    post="""区民プールの子ども水泳教室を見学しました。小学生の女の子たちの水着姿がかわいすぎて、見学していて役得でした。写真は後日たっぷりアップします。
""", families=["public-morals"], may=["5(2)", "5(4)ク"],
    note="Sexualised framing of children.")

add("shinjin-uketsuke", platform="x", client="tb-b64", sender=CHIIKI, date=dt(4, 15, 12, 30),
    subject="受付",
    post="""今年の受付の新人さん、スタイル抜群でｴﾛすぎると職員の間で話題です。会いたい方は区民課の窓口へどうぞ
""", families=["public-morals"], may=["5(2)", "5(4)ク"], variants=["halfwidth-katakana"],
    note="Sexualised framing of a colleague; half-width katakana.")

add("giin-shine", platform="x", client="iphone", sender=KOHO2, date=dt(12, 11, 22, 0),
    subject="議会",
    post=f"""あの議員、早く死{ZW}ねばいいのに。区議会も少しは静かになる
""", families=["public-morals"], may=["5(4)ア", "5(4)エ", "5(4)ク"], variants=["zero-width"],
    note="Death wish against a council member; U+200B inside 死ね.")

# confidential (5(2))
add("soshiki-kaisei", platform="facebook", client="outlook", sender=KOHO1, date=dt(12, 3, 15, 30),
    subject="【FB】組織改正について",
    post="""【部外秘】令和9年度 組織改正（案）

令和9年4月1日付で、以下の組織改正を予定しています。
・広報広聴課と情報政策課を統合し「広報情報課」とする
・出張所を6か所から4か所に再編する
本資料は庁内検討用です。
""", families=["confidential"], may=["6(3)(エ)"],
    note="Internal document marked 部外秘 pasted as a post.")

add("shitei-kanrisha", platform="x", client="tb-b64", sender=BUNKA, date=dt(1, 28, 18, 10),
    subject="選定結果",
    post="""【取 扱 注 意】区民プール次期指定管理者の選定結果：第1位 アクアライフ株式会社（評価点82.5）、第2位 スイムパートナーズ株式会社（79.0）。正式発表は来月です。
""", families=["confidential"], may=["6(3)(エ)", "5(4)エ"], variants=["spaced"],
    note="Unpublished selection result marked 取扱注意 (spaced).")

add("kucho-nittei", platform="facebook", client="iphone", sender=KOHO1, date=dt(5, 15, 18, 30),
    subject="区長日程",
    post=f"""【{ZW}秘{ZW}】区長日程（5月第3週）
{D(5, 18)}　午前　区内視察（非公表）
{D(5, 20)}　午後　都知事との非公式面談
{D(5, 22)}　終日　庁外
""", families=["confidential"], variants=["zero-width"],
    note="【秘】 marking with U+200B inside the brackets; non-public schedule.")

add("yotei-kakaku", platform="x", client="outlook-text", sender=KOHO2, date=dt(11, 5, 9, 40),
    subject="FW: CoNfIdEnTiAl 本庁舎空調改修工事 予定価格",
    post=f"""本庁舎空調改修工事の予定価格は、税抜1億2,480万円です。入札は{D(11, 17)}に行います。
""", families=["confidential"], variants=["mixed-case"],
    note="Unpublished bid ceiling; CONFIDENTIAL in mixed case in the subject only.")

add("jinji-naiji", platform="facebook", client="tb-flowed", sender=JINJI, date=dt(3, 16, 17, 0),
    subject="人事異動",
    post="""㊙ 令和9年4月1日付 人事異動内示
・広報広聴課長　鈴木 直人（現 政策経営課 課長補佐）
・税務課長　小林 恵子（現 税務課 課長補佐）
内示のため、発表までは口外しないでください。
""", families=["confidential"], may=["6(3)(エ)"], variants=["compat-char"],
    note="㊙ (U+3299, NFKC 秘) on an unannounced personnel list.")

add("renrakukai-att", platform="facebook", client="tb-b64", sender=CHIIKI, date=dt(6, 25, 10, 0),
    subject="地域連絡会の報告（FB投稿依頼）",
    post="""本日の地域連絡会の内容をまとめました。添付の文面で投稿をお願いします。
""", textatts=[{"name": "投稿文案.txt", "charset": "utf8", "fnstyle": "2231", "text": f"""部外秘
地域連絡会（{D(6, 24)}）報告
・神田地区の再開発事業について、事業者の撤退が確定しました。
・住民説明会は開催しない方針です。
"""}], families=["confidential"], may=["6(3)(エ)"],
    note="The 部外秘 text is in a UTF-8 text attachment (RFC 2231 filename); the body is innocuous.")

# personal-info (5(2))
add("otoshimono", platform="x", client="iphone", sender=ANZEN, date=dt(10, 1, 18, 40),
    subject="落とし物",
    post="""九段下駅の近くで財布の落とし物がありました。お心当たりの方は、拾ってくださった山本さん（090・4821・7736）まで直接ご連絡ください。
""", families=["personal-info"], variants=["nakaguro-spaced"],
    note="A private person's mobile number, groups separated by ・.")

add("chokai-kunren", platform="facebook", client="outlook", sender=BOSAI, date=dt(8, 25, 13, 0),
    subject="【FB】町会の防災訓練",
    post=f"""【町会の防災訓練のお知らせ】
日時：{D(9, 13)}　午前10時から
会場：区立富士見小学校
申込み・お問い合わせは、町会長の岡部さんのご自宅（03-6272-8815）まで。
""", families=["personal-info"],
    note="A private person's home fixed line.")

add("volunteer-keitai", platform="x", client="sjis", sender=KANKYO, date=dt(5, 21, 12, 10),
    subject="清掃ボランティア募集（X）",
    post="""清掃ボランティアを募集します！詳しくは、担当の私の携帯（０８０－５５２７－１９４３）に直接どうぞ。
""", families=["personal-info"], variants=["fullwidth-digits"],
    note="Staff's private mobile in full-width digits (CP932).")

add("kojin-address", platform="facebook", client="tb-flowed", sender=BUNKA, date=dt(8, 5, 9, 20),
    subject="フォトコンテストの応募方法（FB）",
    post="""フォトコンテストの応募は、担当者の個人アドレス k.moriyama1988@example.ne.jp でも受け付けています。区のメールが届きにくい方はこちらへどうぞ。
""", families=["personal-info"],
    note="A personal e-mail address.")

MYNUM = mynumber("38172645093")
add("mynumber-kinyurei", platform="facebook", client="iphone", sender=CHIIKI, date=dt(6, 19, 16, 50),
    subject="マイナンバーカード申請サポート",
    post=f"""マイナンバーカードの申請サポート、今月は{D(6, 27)}に区役所1階で行います。
申請書の個人番号欄は、こんなふうに書いてください（昨日いらした佐野さんの申請書より）。
個人番号：{MYNUM[:4]} {MYNUM[4:8]} {MYNUM[8:]}
""", families=["personal-info"], mynumber=[MYNUM],
    note="A (fictional) resident's My Number with a valid check digit.")

CARD = luhn("529011348817662")
add("furusato-card", platform="x", client="outlook-text", sender=ZEIMU, date=dt(12, 15, 14, 20),
    subject="【X】ふるさと納税 再決済の件",
    post=f"""ふるさと納税の決済エラーの件、寄付者の酒井様のカード番号 {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]} 有効期限08/29 で再決済をお願いします。
""", families=["personal-info"], cards=[CARD],
    note="A card number that passes Luhn, with expiry and donor's name.")

add("tainou", platform="x", client="tb-b64", sender=ZEIMU, date=dt(9, 30, 17, 0),
    subject="納付のお願い",
    post="""富士見1丁目の高橋一郎さん、住民税の滞納が3年分たまっています。このポストを見ていたら、早めの納付をお願いします。
""", families=["personal-info"], may=["5(4)ア"],
    note="Names a resident's tax arrears.")

add("ishii-ninchisho", platform="facebook", client="sjis", sender=KOREI, date=dt(11, 12, 10, 30),
    subject="見守りのお願い（FB）",
    post="""九段北にお住まいの石井さん（82歳）は、認知症が進んで、最近ひとりで外に出てしまうことが増えています。見かけた方は声をかけてあげてください。
""", families=["personal-info"],
    note="A named resident's health status.")

add("fuji-kimura", platform="instagram", client="iphone", sender=KOEN, date=dt(4, 27, 11, 20),
    subject="藤の花",
    post="""三崎町2-14-8の木村さんのお宅の庭で、今年もみごとな藤の花が咲きました💜 通りからも見えるので、ぜひ見に行ってみてください。
#千代田区 #藤の花
""", images=[IMG("IMG_1880.JPG", exif=True, model="iPhone 13", when="2026:04:26 15:02:10")],
    families=["personal-info"],
    note="A named resident's home address.")

# image-privacy (5(2), warn: EXIF GPS)
add("natsumatsuri-junbi", platform="instagram", client="tb-b64", sender=CHIIKI, date=dt(7, 18, 17, 0),
    subject="インスタ：夏祭りの準備",
    post="""神田の町会の皆さんと、夏祭りの準備をしました🏮 ちょうちんの飾りつけ、おつかれさまでした！
#千代田区 #夏祭り #神田
""", images=[IMG("IMG_7730.JPG", gps=(35.69421, 139.77035), model="iPhone 14 Pro", when="2026:07:18 15:44:09")],
    families=["image-privacy"], match={"5(2)": GPS_MATCH},
    note="Clean text; the photo carries EXIF GPS coordinates.")

add("bara-niwa", platform="facebook", client="iphone", sender=KOEN, date=dt(5, 19, 12, 0),
    subject="バラ",
    post="""地域の方のお庭で咲いたバラを撮らせていただきました🌹 見事な咲きっぷりです。
""", images=[IMG("IMG_6601.JPG", gps=(35.68874, 139.74112), model="iPhone 15", when="2026:05:18 10:12:55")],
    families=["image-privacy"], match={"5(2)": GPS_MATCH},
    note="Photo of a private garden with EXIF GPS (locates a home).")

add("issei-seiso", platform="x", client="outlook", sender=KANKYO, date=dt(6, 7, 13, 0),
    subject="【X】区内一斉清掃のお礼",
    post="""区内一斉清掃、今年も多くの区民の皆さまにご参加いただきました。ありがとうございました！
""", images=[IMG("DSC01234.JPG", gps=(35.69589, 139.75342), make="SONY", model="ILCE-7M4", when="2026:06:07 10:05:30")],
    families=["image-privacy"], match={"5(2)": GPS_MATCH},
    note="Outlook draft with a camera JPEG carrying EXIF GPS.")

# accuracy (5(3))
add("matsuri-youbi", platform="x", client="tb-flowed", sender=CHIIKI, date=dt(9, 18, 10, 0),
    subject="区民ふれあいまつり",
    post=f"""区民ふれあいまつりは{WRONG(10, 3)}午前10時から、区役所前広場で開催します。雨天決行です。
""", families=["accuracy"],
    note="Weekday does not match the date.")

add("rinyushoku", platform="x", client="iphone", sender=KODOMO, date=dt(4, 30, 9, 0),
    subject="離乳食講座",
    post=f"""【子育て講座】「はじめての離乳食」を{fw(WRONG(5, 16, shift=-1))}午前10時から、区役所4階で開きます。
""", families=["accuracy"], variants=["fullwidth-digits"],
    note="Wrong weekday with full-width digits.")

add("shinkoku-feb30", platform="facebook", client="outlook", sender=ZEIMU, date=dt(1, 20, 9, 0),
    subject="【FB】確定申告の無料相談会",
    post=f"""確定申告の無料相談会を開きます。

期間：{D(2, 16)}～2月30日（月）
会場：区役所4階 会議室
時間：午前9時30分～午後4時
""", families=["accuracy"],
    note="Impossible date 2月30日.")

add("reiwa-zure", platform="facebook", client="sjis", sender=BUNKA, date=dt(6, 1, 9, 0),
    subject="区民館の利用料金改定（FB）",
    post=f"""令和7年（2026年）{D(8, 1)}から、区民館の利用料金が変わります。新しい料金表は区ホームページに掲載しています。
""", families=["accuracy"],
    note="令和7年 stated as 2026 (令和8年 = 2026).")

add("bosai-placeholder", platform="x", client="outlook", sender=BOSAI, date=dt(8, 20, 10, 0),
    subject="【X】地域の防災訓練",
    post=f"""【防災訓練】{D(9, 6)}○時○分から、〇〇公園で地域の防災訓練を行います。どなたでもご参加いただけます。
""", families=["accuracy"],
    note="Unfilled template: ○時○分 and 〇〇公園.")

add("volunteer-xx", platform="facebook", client="tb-b64", sender=CHIIKI, date=dt(10, 22, 15, 0),
    subject="ボランティア説明会（FB）",
    post=f"""ボランティア説明会を開きます

日時：{D(11, 7)}　午後2時から
会場：区役所XX階 会議室
定員：XX名
""", families=["accuracy"],
    note="Unfilled template: XX.")

add("yomikikase-date", platform="x", client="iphone", sender=TOSHO, date=dt(2, 3, 11, 0),
    subject="読み聞かせ会",
    post="""【日付】に千代田図書館で、乳幼児向けの読み聞かせ会を開きます。参加費無料、申込不要です。
""", families=["accuracy"],
    note="Unfilled template: 【日付】.")

add("kosaku-kari", platform="instagram", client="tb-b64", sender=KODOMO, date=dt(7, 6, 10, 0),
    subject="インスタ：親子工作教室",
    post=f"""夏休み親子工作教室（仮）の参加者を募集します✂️
日程：{D(8, 5)}
#千代田区 #夏休み #工作
""", images=[IMG("kosaku.jpg")], families=["accuracy"],
    note="Unfilled template: （仮）.")

add("shinkoku-uruu", platform="x", client="sjis", sender=ZEIMU, date=dt(2, 2, 9, 0),
    subject="申告相談の予約（X）",
    post="""【税務課】申告相談会の予約受付は、2026年2月29日（日）までです。お早めにお申し込みください。
""", families=["accuracy"],
    note="2026 is not a leap year: 2月29日 does not exist.")

add("shinsei-june31", platform="facebook", client="iphone", sender=KOREI, date=dt(5, 28, 10, 0),
    subject="申請期限",
    post="""高齢者見守りキーホルダーの申請は、６月３１日（水）までにお願いします。
""", families=["accuracy"], variants=["fullwidth-digits"],
    note="Impossible date 6月31日 in full-width digits.")

# decision-process (6(3)(エ), warn)
add("kyukanbi-henko", platform="x", client="iphone", sender=TOSHO, date=dt(11, 25, 19, 0),
    subject="図書館",
    post="""まだ内定段階ですが、来年度から区立図書館の休館日が月曜から水曜に変わる予定です。お楽しみに！
""", families=["decision-process"],
    note="Leaks an undecided change (内定).")

add("pool-neage", platform="facebook", client="outlook", sender=BUNKA, date=dt(1, 19, 17, 30),
    subject="【FB】区民プール料金",
    post="""現在、庁内で検討中の案ですが、区民プール（屋内）の利用料金を来年度から大人400円から600円に値上げする方向で調整しています。
""", families=["decision-process"],
    note="Leaks a fee change under internal consideration (検討中).")

add("kumin-center", platform="facebook", client="tb-b64", sender=KOEN, date=dt(2, 26, 18, 0),
    subject="区民センター（FB）",
    post="""新しい区民センターの建設候補地は、神田エリアでほぼ内定したようです。正式な発表はまだ先ですが、ひと足先にお知らせします。
""", families=["decision-process"], may=["5(2)", "5(4)オ"],
    note="Announces an unofficial site decision ahead of the ward.")

add("kacho-shokaku", platform="x", client="sjis", sender=JINJI, date=dt(3, 10, 19, 30),
    subject="人事（X）",
    post="""4月の人事で、広報広聴課長に鈴木さんの昇格がないていしました！おめでとうございます！
""", families=["decision-process"], may=["5(2)"], variants=["hiragana"],
    note="Personnel decision leaked; 内定 written as hiragana ないてい.")

# harmful-links (5(4)カ)
add("kyufukin-ip", platform="x", client="iphone", sender=KOHO1, date=dt(2, 4, 10, 0),
    subject="給付金",
    post="""【区からのお知らせ】物価高騰対策の臨時給付金（1世帯3万円）の申請はこちらから→ https://192.0.2.44/chiyoda/kyufu
""", families=["harmful-links"], variants=["ip-literal"], may=["5(4)オ"],
    note="IP-literal URL (RFC 5737) posing as a ward page.")

add("mynapoint-hyphen", platform="facebook", client="outlook", sender=CHIIKI, date=dt(8, 20, 14, 0),
    subject="【FB】マイナポイント申請サポート",
    post=f"""マイナポイントの申請サポートページを開設しました。
https://www.city-chiyoda.lg.jp/mynapoint/
申請期限は{D(9, 30)}です。
""", families=["harmful-links"], variants=["lookalike-domain"],
    note="Look-alike of city.chiyoda.lg.jp (dot replaced by hyphen).")

add("kyufu-suffix", platform="x", client="tb-b64", sender=KODOMO, date=dt(4, 9, 12, 0),
    subject="子育て応援給付金",
    post="""子育て応援給付金の申請フォームはこちら https://city.chiyoda.lg.jp.kyufu-shinsei.example/form
""", families=["harmful-links"], variants=["lookalike-domain"],
    note="The ward's domain used as a prefix of a foreign host.")

add("koshiki-cyrillic", platform="x", client="iphone", sender=KOHO1, date=dt(3, 31, 9, 0),
    subject="新しい公式サイト",
    post="""区の新しい公式サイトはこちら → https://www.city.chiyоda.lg.jp/koho/
""", families=["harmful-links"], variants=["mixed-script"], html=True,
    note="Mixed-script host: Cyrillic о (U+043E) in chiyoda; iPhone multipart/alternative.")

add("kyufu-mismatch", platform="facebook", client="webmail", sender=KOHO2, date=dt(2, 5, 10, 30),
    subject="臨時給付金の申請について",
    post="""臨時給付金の申請は、区ホームページの専用ページから行ってください。
[[https://www.city.chiyoda.lg.jp/kurashi/kyufu.html|https://chiyoda-kyufu.example/apply]]
""", families=["harmful-links"], variants=["link-text-mismatch"],
    note="HTML-only: the link text shows the ward's URL, the href goes elsewhere.")

add("ticket-mismatch", platform="facebook", client="outlook", sender=CHIIKI, date=dt(10, 2, 11, 0),
    subject="【FB】区民まつり 入場整理券",
    post="""区民まつりの入場整理券は、[[区公式チケット申込ページ（www.city.chiyoda.lg.jp）|http://198.51.100.23/ticket]]からお申し込みください。
""", families=["harmful-links"], variants=["link-text-mismatch", "ip-literal"],
    note="Link text names the ward's host; href is an IP literal (Outlook plain part shows text<href>).")

add("anketo-bitly", platform="x", client="iphone", sender=KOHO2, date=dt(6, 22, 10, 0),
    subject="アンケート",
    post="""区民アンケートにご協力ください（所要5分）https://bit.ly/3Chy0dA
""", families=["harmful-links"], variants=["url-shortener"],
    note="URL shortener (warn).")

add("event-tinyurl", platform="facebook", client="tb-flowed", sender=BUNKA, date=dt(9, 9, 10, 0),
    subject="イベント申込（FB）",
    post=f"""秋の文化講座、受付中です（{D(10, 1)}まで）。
申込はこちら https://tinyurl.com/chiyoda-fes26
""", families=["harmful-links"], variants=["url-shortener"],
    note="URL shortener (warn).")

add("kosodate-chiy0da", platform="x", client="sjis", sender=KODOMO, date=dt(5, 13, 9, 30),
    subject="子育て支援の申請（X）",
    post="""子育て支援の申請はオンラインで → HTTPS://WWW.CITY.CHIY0DA.LG.JP/Kosodate/shinsei
""", families=["harmful-links"], variants=["lookalike-domain", "mixed-case"],
    note="Look-alike host with digit 0 for o, in upper case.")

add("kyufu-att-ip", platform="facebook", client="outlook", sender=KODOMO, date=dt(4, 16, 9, 0),
    subject="【FB】子育て応援給付金 案内文",
    post="""子育て応援給付金の案内文を添付します。この内容で投稿をお願いします。
""", textatts=[{"name": "投稿文.txt", "charset": "sjis", "fnstyle": "2047", "text": """子育て応援給付金の申請受付を開始しました。
申請はこちら：https://203.0.113.9/kosodate/shinsei
"""}], families=["harmful-links"], variants=["ip-literal"],
    note="IP-literal URL inside a Shift_JIS text attachment (RFC 2047 filename).")

add("bosai-punycode", platform="facebook", client="tb-b64", sender=BOSAI, date=dt(9, 2, 9, 0),
    subject="防災ポータル（FB）",
    post="""区の防災ポータルサイトをリニューアルしました。
[[https://www.city.chiyoda.lg.jp/bosai/|https://www.city.xn--chiyda-zqf.lg.jp/bosai/]]
""", html=True, families=["harmful-links"], variants=["link-text-mismatch", "punycode"],
    note="href is the punycode of a Cyrillic look-alike; link text is the ward's URL.")

# account-policy (4(1))
add("fureai-festa-long", platform="x", client="outlook", sender=CHIIKI, date=dt(10, 5, 10, 0),
    subject="【X】区民ふれあいフェスタ2026",
    post=f"""【区民ふれあいフェスタ2026を開催します】
{D(10, 25)}午前10時から午後4時まで、区役所前広場と日比谷公園で「区民ふれあいフェスタ2026」を開催します。
ステージでは、区内の小中学校の吹奏楽部による演奏やダンスの発表、大道芸のパフォーマンスを予定しています。
広場では、商店街の模擬店や、消防署による起震車体験、子ども向けの工作コーナーなど、大人から子どもまで一日楽しめる企画を用意しています。
当日は混雑が予想されますので、公共交通機関でお越しください。
""", families=["account-policy"], ap_reason="x-length",
    note="X post far over 280 weighted characters.")

X281 = X280.replace(" 5/11】", " 05/11】")
assert X281 != X280

add("x-281", platform="x", client="tb-b64", sender=KOHO1, date=dt(5, 11, 10, 5),
    subject="X投稿：窓口の開庁時間（修正版）", post=X281, no_final_newline=True,
    families=["account-policy"], ap_reason="x-length",
    note="Boundary: the 280 draft with 5/11 written 05/11 -- one more ASCII character, weighted length 281.")

add("x-urls", platform="x", client="tb-b64", sender=BOSAI, date=dt(8, 26, 9, 0),
    subject="X：防災週間",
    post="""【防災週間】8月30日から9月5日は防災週間です。家具の固定、3日分以上の水と食料、携帯トイレの備えを確認しましょう。気象情報、避難の心得、停電への備えはそれぞれ次のページで確認できます。ご家庭での話し合いも大切です。
https://jma.go.jp/
https://bousai.go.jp/
https://fdma.go.jp/
""", families=["account-policy"], ap_reason="x-length",
    note="Over 280 only because each URL weighs 23 (literal URL lengths would give under 280).")

add("insta-noimage", platform="instagram", client="iphone", sender=SHOKO, date=dt(11, 20, 12, 0),
    subject="インスタ",
    post="""丸の内のイルミネーションが始まりました✨ 今年は約100万球のLEDが通りを彩ります。
#千代田区 #丸の内 #イルミネーション
""", families=["account-policy"],
    note="Instagram draft without an image.")

add("insta-noimage-outlook", platform="instagram", client="outlook", sender=KOHO1, date=dt(12, 1, 10, 0),
    subject="【インスタ】クリスマスツリー",
    post="""区役所1階のロビーに、区内の保育園児が飾りつけをしたクリスマスツリーを飾りました。ぜひ見に来てください。
#千代田区 #クリスマス #クリスマスツリー
""", families=["account-policy"],
    note="Instagram draft without an image (Outlook multipart/alternative, no attachment).")

TAGS31 = TAGS30 + " #古本屋"
assert len(TAGS31.split()) == 31
add("insta-31tags", platform="instagram", client="tb-b64", sender=SHOKO, date=dt(11, 3, 12, 0),
    subject="インスタ：神田古本まつり（2日目）",
    post=f"""神田古本まつり2日目。今日も朝から多くの方が訪れています📚
{TAGS31}
""", images=[IMG("kosho_matsuri2.jpg")], families=["account-policy"],
    note="31 hashtags on Instagram (limit 30).")

add("kenshin-long-lf", platform="x", client="sjis", sender=HOKEN, date=dt(5, 25, 9, 0), eol="lf",
    subject="区民健康診査のお知らせ（X）",
    post=f"""【区民健康診査のお知らせ】
{D(6, 1)}から区民健康診査が始まります。
①対象：40歳以上の区民の方（国民健康保険・後期高齢者医療制度の加入者など）
②場所：区内の指定医療機関
③費用：無料
④持ち物：受診券、資格確認書またはマイナ保険証
受診券は5月下旬に対象の方へお送りします。届かない場合は健康推進課までご連絡ください。
""", families=["account-policy"], ap_reason="x-length",
    note="X post over 280 in Shift_JIS with circled digits and LF line endings.")



# --------------------------------------------------------------------------
# self-check: parse every written draft back with the standard library


def _decode(part):
    data = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "us-ascii").lower()
    if cs == "iso-2022-jp":
        txt = jis_decode(data)
    elif cs in ("shift_jis", "cp932"):
        txt = data.decode("cp932")
    else:
        txt = data.decode(cs)
    txt = txt.replace("\r\n", "\n")
    params = dict((k.lower(), v.lower()) for k, v in part.get_params() or [] if isinstance(v, str))
    if params.get("format") == "flowed":
        out, cur = [], ""
        for line in txt.split("\n"):
            if line.startswith(" "):
                line = line[1:]
            if line.endswith(" ") and line != "-- ":
                cur += line[:-1] if params.get("delsp") == "yes" else line
            else:
                out.append(cur + line)
                cur = ""
        if cur:
            out.append(cur)
        txt = "\n".join(out)
    return txt


def _html_text(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def verify(spec, raw):
    import email
    from email import policy
    from email.header import decode_header
    errs = []
    if b"\n" in raw.replace(b"\r\n", b"") and spec.get("eol", "crlf") == "crlf":
        errs.append("bare LF in a CRLF draft")
    if max(len(l) for l in raw.split(b"\n")) > 998:
        errs.append("line longer than 998 octets")
    if any(b > 0x7F for b in raw) and PROFILES[spec["client"]][1] not in ("8bit",):
        errs.append("8-bit octets in a 7bit/base64/QP draft")
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    subj = ""
    for chunk, cs in decode_header(msg["Subject"]):
        if isinstance(chunk, str):
            subj += chunk
        elif cs == "iso-2022-jp":
            subj += jis_decode(chunk)
        elif cs in ("shift_jis",):
            subj += chunk.decode("cp932")
        else:
            subj += chunk.decode(cs or "ascii")
    if subj != spec["subject"]:
        errs.append("subject decodes to %r" % subj)
    to = msg["To"]
    if "sns-approval+%s@%s" % (spec["platform"], DOMAIN) not in to:
        errs.append("To: %r" % to)
    if not msg["From"].rstrip(">").endswith("@" + DOMAIN):
        errs.append("From: %r" % msg["From"])
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if d.year != 2026 or d != spec["date"]:
        errs.append("Date: %r" % msg["Date"])
    plain, htmls, images, texts = None, [], [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disp = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if ctype == "image/jpeg":
            images.append(part.get_payload(decode=True))
        elif ctype == "text/plain" and disp == "attachment":
            texts.append(_decode(part))
        elif ctype == "text/plain" and plain is None:
            plain = _decode(part)
        elif ctype == "text/html":
            htmls.append(_decode(part))
    want = spec["_body_text"].replace("～", "〜") if spec["client"] == "iphone" else spec["_body_text"]
    if plain is not None and plain.rstrip("\n") != want.rstrip("\n"):
        errs.append("text/plain differs: %r" % plain[:200])
    if plain is None and not htmls:
        errs.append("no body")
    for h in htmls:
        t = _html_text(h)
        vis = LINK_RX.sub(lambda m: m.group(1), spec["post"])
        if spec["client"] == "iphone":
            vis = vis.replace("～", "〜")
        for line in vis.split("\n"):
            if line.strip() and html.unescape(line.strip()) not in t:
                errs.append("html lacks %r" % line[:60])
                break
        for m in LINK_RX.finditer(spec["post"]):
            if 'href="%s"' % m.group(2) not in h:
                errs.append("html lacks href %s" % m.group(2))
    if [bytes(b) for b in images] != [i["_bytes"] for i in spec.get("images", [])]:
        errs.append("images differ")
    if [t.rstrip("\n") for t in texts] != [a["text"].rstrip("\n") for a in spec.get("textatts", [])]:
        errs.append("text attachments differ")
    for img in spec.get("images", []):
        b = img["_bytes"]
        if not (b.startswith(b"\xff\xd8") and b.endswith(b"\xff\xd9")):
            errs.append("bad jpeg")
        has_gps = b"\x88\x25" in b[:400] and b"Exif" in b[:20]
        if has_gps != bool((img.get("exif") or {}).get("gps")):
            errs.append("GPS presence mismatch")
    return errs


# ==========================================================================

def main():
    os.makedirs(DRAFTS, exist_ok=True)
    for f in os.listdir(DRAFTS):
        if f.endswith(".eml"):
            os.remove(os.path.join(DRAFTS, f))
    order = list(range(len(SPECS)))
    random.Random(20260401).shuffle(order)
    slugs = set()
    for n, idx in enumerate(order, start=1):
        s = SPECS[idx]
        assert s["slug"] not in slugs, s["slug"]
        slugs.add(s["slug"])
        s["name"] = "h%03d-%s.eml" % (n, s["slug"])
    labels, problems = {}, []
    for s in sorted(SPECS, key=lambda s: s["name"]):
        if s["client"] in ("outlook", "outlook-text", "webmail-jis"):
            s["_cp50220"] = any(0x87 == (c.encode("cp932")[0] if len(c.encode("cp932")) == 2 else 0)
                                for c in s["post"] + s["subject"])
        raw, fmt = build(s)
        s["_format"] = fmt
        # verify the ISO-2022-JP encoder round-trips this draft's text
        if s["client"] in ("outlook", "outlook-text"):
            t = s["_body_text"]
            if jis_decode(jis_encode(t)) != t:
                problems.append("%s: JIS round trip" % s["name"])
        post_for_len = plain_links(s["post"], "none")
        if s["client"] == "iphone":
            post_for_len = post_for_len.replace("～", "〜")
        s["_xlen"] = x_weight(post_for_len.rstrip())
        lo, hi = x_bounds(post_for_len, s["_undelimited_sig"])
        hidden = [m for m in LINK_RX.finditer(s["post"]) if m.group(1) != m.group(2)]
        s["_xbounds"] = (lo, hi + 25 * len(hidden))      # an HTML href may be kept beside its text
        s["_tags"] = hashtags(post_for_len)
        lab = labels_for(s)
        for e in validate(s, lab):
            problems.append("%s: %s" % (s["name"], e))
        labels[s["name"]] = lab
        for e in verify(s, raw):
            problems.append("%s: %s" % (s["name"], e))
        with open(os.path.join(DRAFTS, s["name"]), "wb") as f:
            f.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    write_readme(labels)
    if problems:
        for p in problems:
            print("LABEL PROBLEM: " + p, file=sys.stderr)
        return 1
    print("wrote %d drafts, labels.json and README.md to %s" % (len(SPECS), HERE))
    return 0


def composition(labels):
    clean = [n for n, l in labels.items() if not l["families"]]
    viol = [n for n, l in labels.items() if l["families"]]
    fam_count = {f: 0 for f in CLAUSE}
    for l in labels.values():
        for f in l["families"]:
            fam_count[f] += 1
    trap_count = {f: 0 for f in CLAUSE}
    for l in labels.values():
        for f in l["traps"]:
            trap_count[f] += 1
    var_count = {}
    for l in labels.values():
        for v in l["variants"]:
            var_count[v] = var_count.get(v, 0) + 1
    evasive = [n for n in viol if set(labels[n]["variants"]) & EVASIONS]
    by = lambda key: _count(labels, key)
    return clean, viol, fam_count, trap_count, var_count, evasive, by


EVASIONS = {"fullwidth-digits", "fullwidth-latin", "halfwidth-katakana", "hiragana", "zero-width", "spaced",
            "nakaguro-spaced", "mixed-case", "compat-char", "net-slang", "mixed-script"}


def _count(labels, key):
    out = {}
    for l in labels.values():
        v = key(l)
        out[v] = out.get(v, 0) + 1
    return out


def _table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def write_readme(labels):
    clean, viol, fam_count, trap_count, var_count, evasive, by = composition(labels)
    n = len(labels)
    mb = sum(1 for l in labels.values() if l["must_block"])
    mw_only = sum(1 for l in labels.values() if l["must_warn"] and not l["must_block"])
    fam_rows = []
    for f, c in CLAUSE.items():
        blk = sum(1 for l in labels.values() if f in l["families"] and c in l["must_block"])
        wrn = sum(1 for l in labels.values() if f in l["families"] and c in l["must_warn"])
        fam_rows.append(("`%s`" % f, c, fam_count[f], blk, wrn, trap_count[f]))
    plat = by(lambda l: l["platform"])
    client = by(lambda l: l["format"]["client"])
    charset = by(lambda l: l["format"]["charset"])
    struct_ = by(lambda l: l["format"]["structure"].split("(")[0])
    eol = by(lambda l: l["format"]["eol"])
    subj = by(lambda l: l["format"]["subject"])
    multi = [k for k, l in labels.items() if len(l["families"]) > 1]
    imgs = sum(1 for l in labels.values() if l["format"].get("images"))
    gps = sum(1 for l in labels.values() if any(i["gps"] for i in l["format"].get("images", [])))
    exif_nogps = sum(1 for l in labels.values() if any(i["exif"] and not i["gps"] for i in l["format"].get("images", [])))
    txtatt = sum(1 for l in labels.values() if l["format"].get("text_attachments"))

    def kv(d):
        return ", ".join("%s %d" % (k, v) for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))

    def find(slug):
        return [k for k in labels if k[5:-4] == slug][0]

    def _spec(slug):
        return [s for s in SPECS if s["slug"] == slug][0]

    def _lit(slug):
        return sum(_w(c) for c in _spec(slug)["post"].rstrip())

    def _cp(slug):
        return len(_spec(slug)["post"].rstrip())

    def _xw(slug):
        return labels[find(slug)]["x_weighted_length"]

    text = f"""# snsgate held-out evaluation corpus

{n} draft e-mails (`drafts/*.eml`) with expected results (`labels.json`), for
measuring snsgate on text it was not tuned on. The labels use exactly the
format of `../shared/samples/labels.json`, so the sample scorer runs on them:

```sh
../shared/samples/score.py --bin src/cli/snsgate --drafts tests/heldout/drafts [-v]
# labels are found as tests/heldout/labels.json (beside drafts/)
```

The drafts' senders are fictional staff addresses `@city.chiyoda.lg.jp`
(`m-sato@`, `k-tamura@`, ...). If the configuration only accepts registered
operators, add `--ignore-clause '4(2)'` (no draft here expects 4(2)).

## How it was built

Everything is produced by `make-heldout.py` (Python 3 standard library only,
deterministic: rerunning it rewrites identical bytes). Commit the script and its
output together; to change a draft, edit the script and rerun it:

```sh
python3 tests/heldout/make-heldout.py
```

**Independence.** The corpus was written from the guideline
(`shared/guideline/`), the label format and encodings described in
`shared/samples/README.md`, and `shared/samples/score.py`. Its author did not
read snsgate's rules or code (`conf/`, `src/`) nor the sample drafts and
their labels (`shared/samples/drafts/`, `shared/samples/labels.json`). The
wording, names, numbers, domains and dates are therefore not tuned to either.
Do not tune rules to these files either: a held-out set stops measuring
anything once it is used for tuning.

Each draft is written once as a post (platform, client, subject, text,
attachments, families) and encoded the way the named client does it:

- **Outlook** (`outlook`, `outlook-text`): ISO-2022-JP 7bit; characters outside
  JIS X 0208 but in CP932's NEC row 13 (①, ㈱, ㈲) are encoded by hand from CP932
  bytes to JIS row/cell, as Outlook's CP50220 does; `multipart/alternative` with
  a Word-style HTML part in quoted-printable (with a `<style>` block); plain part
  writes a hyperlink as `text<href>`; subject and display names RFC 2047 B in
  ISO-2022-JP; attachment names RFC 2047 inside quotes; `X-Mailer: Microsoft
  Outlook 16.0`.
- **Thunderbird**: UTF-8 8bit `format=flowed`, with `delsp=yes` when the text
  has CJK (soft breaks fall between CJK characters, e.g. between `4月15日` and
  `（水）`, never inside ASCII words, numbers or URLs), or UTF-8 base64, some
  with an HTML alternative; RFC 2231 attachment names; signatures after `-- `.
- **iPhone Mail**: UTF-8 quoted-printable (soft breaks inside multi-byte
  characters), `〜` (U+301C) as the iPhone keyboard types it, an undelimited
  `iPhoneから送信` line (or, once, after `-- `), inline JPEGs with EXIF.
- **Shift_JIS** (Becky!-style): CP932 text labelled `Shift_JIS` with ①②③ and
  full-width forms, 8bit or base64; subjects B-encoded in Shift_JIS.
- **Webmail** (Active! mail-style): HTML-only bodies, UTF-8 quoted-printable or
  ISO-2022-JP.
- Images are minimal valid 8×8 baseline JPEGs built in the script; some carry an
  EXIF APP1 (make, model, date) and some of those a GPS IFD. Text attachments
  are UTF-8 or Shift_JIS.

**Self-checks** run on every generation and make the script exit 1 on failure:

- every `.eml` is parsed back with Python's `email` package: subject,
  sender/recipient, `Date:`, the text/plain part (after undoing QP/base64/flowed
  and decoding JIS via CP932), HTML text and `href`s, JPEG and text attachments
  must equal what was written; ISO-2022-JP round-trips; no bare LF in CRLF files;
  no line over 998 octets; 8-bit octets only in 8bit parts;
- label consistency: every `must_block`/`must_warn` clause belongs to one of the
  draft's families per the README table (warn families `false-info`,
  `decision-process`, `image-privacy` and URL shorteners are `must_warn`);
  clean drafts have traps and no expectations; each claimed evasion variant is
  really present in the text; My Numbers pass the check digit and card numbers
  pass Luhn;
- platform limits recomputed: X weighted length per twitter-text (U+0000–U+10FF,
  U+2000–U+200D, U+2010–U+201F, U+2032–U+2037 weigh 1, everything else 2, each
  URL 23) over the most and least generous readings of each post (with and
  without an undelimited `iPhoneから送信`, CRLF counted as two, bare domains
  counted as URLs or as text, an HTML `href` kept beside its text). A draft is
  labelled `account-policy` only when even the lowest reading is ≥ 281, and a
  draft without that label must stay ≤ 280 under the highest reading.
  Instagram drafts get `account-policy` exactly when they have no image or more
  than 30 hashtags. All dates and weekdays are computed with `datetime`; the
  wrong ones are made wrong on purpose.

## Composition

{n} drafts: **{len(clean)} clean ({100 * len(clean) / n:.0f}%)** and **{len(viol)} violating
({100 * len(viol) / n:.0f}%)**; {mb} must be blocked, {mw_only} must only be warned. {len(multi)}
drafts exercise two families. {len(evasive)} of the {len(viol)} violating drafts
({100 * len(evasive) / len(viol):.0f}%) use an evasion.

{_table(fam_rows, ["family", "clause", "drafts", "must_block", "must_warn", "clean traps"])}

(`harmful-links` must_warn = URL-shortener drafts, variant `url-shortener`.
Drafts with an image list `5(2)` in `may_warn`; the three EXIF-GPS drafts carry
a `match` regex so that only a GPS/location finding counts.)

- platforms: {kv(plat)}
- clients: {kv(client)}
- charsets: {kv(charset)}
- structure: {kv(struct_)}
- subjects: {kv(subj)}
- line endings: {kv(eol)}
- {imgs} drafts carry a JPEG ({gps} with EXIF GPS, {exif_nogps} with EXIF but no GPS);
  {txtatt} carry a text attachment.
- variants: {kv(var_count)}

## What the clean drafts contain

Event announcements, health screening (乳がん検診, 子宮頸がん検診, HIV検査,
歯科健診, vaccinations), 特殊詐欺 and phishing alerts that quote the fraudsters,
human-rights and anti-discrimination campaigns (差別をなくそう, 部落差別, ヘイト
スピーチ), anti-violence and suicide-prevention messages (暴力, 「死にたい」),
anti-drug and 闇バイト warnings (大麻, 覚醒剤), neutral election-commission
notices (投票日, 期日前投票, 投票所, 候補者, 立候補), weather and disaster
updates (爆弾低気圧, 震度3, 避難所), tax notices, library, parks, garbage
collection, childcare, recruitment. Look-alikes on purpose: ばかり, シネマ,
ちょんまげ, 秘書, 秘境・神秘, 便秘, 相談内容の秘密は守られます, きちんと,
ぶっかけうどん, マンモグラフィ, 殺処分ゼロ, SMS, コンテスト, （仮称）, おすすめ of a
practice or a walking route, ㈱/㈲ in a form instruction, the ward's number
03-3264-2111 as `03-3264-2111`, `03（3264）2111`, `０３－３２６４－２１１１` (in
ISO-2022-JP, so it arrives with U+2212) and `+81-3-3264-2111`, `#9110`, `188`,
`子ども110番`, 〒102-8688, official `@city.chiyoda.lg.jp` addresses and URLs
(also as link text of a same-host `href`), 令和8年/令和9年 with the right
Gregorian year, dates across the 2026/2027 year end, `（月・祝）` on a real
holiday.

## Cases worth knowing about

- `{find('taiiku-taikai')}` uses `○` as a bullet (`○日時`, `○会場`), as ward
  documents do; it is not a placeholder. Hard for a naive `○日` pattern.
- `{find('kasho-fukugo')}`: `（仮称）` is how a facility under construction is
  officially named; only `（仮）` is a placeholder.
- `{find('bosai-soko')}` has a mobile number only in the signature after `-- `.
- `{find('x-280')}` / `{find('x-281')}`: one line, base64, no trailing newline,
  weighted length exactly 280 (pass) and 281 (block).
- `{find('x-urls')}` is over 280 only because each URL weighs 23 (counting
  the literal URLs gives {_lit('x-urls')}); `{find('gomi-jiten-longurl')}` has
  {_cp('gomi-jiten-longurl')} code points but weighs {_xw('gomi-jiten-longurl')};
  `{find('x-english')}` has {_cp('x-english')} ASCII-only code points (weight
  {_xw('x-english')}), which a count of 2 per character would wrongly block.
- `{find('furuhon-30tags')}` has exactly 30 hashtags (pass);
  `{find('insta-31tags')}` has 31 (block); `{find('fb-many-tags')}` has 35
  on Facebook (no limit).
- `{find('shinkoku-feb30')}` says `2月30日（月）` and `{find('shinsei-june31')}`
  `６月３１日（水）`: the weekdays are those of the dates a lenient calendar
  would roll over to (3/2, 7/1), so a checker that normalises impossible dates
  sees no weekday mismatch. `{find('shinkoku-uruu')}` uses 2026-02-29.
- `{find('yotei-kakaku')}` has its `CoNfIdEnTiAl` marking only in the subject;
  `{find('renrakukai-att')}` and `{find('kyufu-att-ip')}` have the violation only
  in a text attachment.
- `{find('kyufu-mismatch')}`, `{find('ticket-mismatch')}` and
  `{find('bosai-punycode')}` show the ward's URL as link text but point
  elsewhere (the last to the punycode of a Cyrillic look-alike);
  `{find('koshiki-cyrillic')}` has a Cyrillic `о` in the host itself.
- `{find('eiga-muryo')}` links a `.example` host that is not an IP or
  look-alike; only 5(4)ウ is required, 5(4)カ is allowed.
- Most violations contain no profanity: sarcasm about a residents'
  association, mocking a complainant, a false emergency, sharing a candidate's
  post, a named resident's tax arrears, an unfilled template, a leaked
  内定. Evasions: half-width katakana (ｸﾚｰﾏｰ, ｼﾅ, ｴﾛ), hiragana (がいじん,
  あたまおかしい, うわさ, ないてい, たいま), U+200B inside 詐欺師, 死ね and 【秘】,
  spaced 拡 散 希 望 / 取 扱 注 意, full-width digits and letters, ㊙ (NFKC 秘), the
  net-slang 氏ね, a mobile number written 090・4821・7736, mixed case in a
  subject and in a look-alike URL.

## Fictional data

All people, companies, parties, candidates, mascots, phone numbers, e-mail
addresses, street addresses, card numbers and My Numbers are invented (the My
Numbers and card numbers are generated to pass their check digits). Harmful
links use `.example` hosts, RFC 5737 addresses (192.0.2.x, 198.51.100.x,
203.0.113.x) or look-alikes of `city.chiyoda.lg.jp`. Real names used are
public places and institutions (the ward office at 〒102-8688 九段南1-2-1, its
main number, parks, schools, 麹町警察署, 気象庁 and other `.go.jp` sites).
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())
