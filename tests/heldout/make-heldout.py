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
  tb-flowed      Thunderbird, UTF-8 8bit, format=flowed; delsp=yes
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
    hi = max(hi, sum(_w(c) for c in full) + full.count("\n")) if not URL_RX.search(full) else hi
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


def flow(text, width=72):
    """format=flowed; delsp=yes (RFC 3676): soft breaks as ' ' + newline."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        assert not line.endswith(" "), "trailing space in a flowed line: %r" % line
        chunks, cur, w = [], "", 0
        for ch in line:
            if w + colwidth(ch) > width - 1:
                chunks.append(cur + " ")
                cur, w = "", 0
            cur += ch
            w += colwidth(ch)
        chunks.append(cur)
        for c in chunks:
            if c.startswith((" ", ">", "From ")):
                c = " " + c
            out.append(c)
    return "\n".join(out)


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
        ctype += "; format=flowed; delsp=yes"
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
        tp = text_part(body if prof != "tb-flowed" else flow(body), charset, cte, "plain", flowed=(prof == "tb-flowed"))
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
    sender_name, sender_addr = spec["from"]
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
        fmt["flowed"] = "format=flowed; delsp=yes"
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

#CONTENT#


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
        s["_xbounds"] = x_bounds(post_for_len, s["_undelimited_sig"])
        s["_tags"] = hashtags(post_for_len)
        lab = labels_for(s)
        for e in validate(s, lab):
            problems.append("%s: %s" % (s["name"], e))
        labels[s["name"]] = lab
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


#README#


if __name__ == "__main__":
    sys.exit(main())
