#!/usr/bin/env python3
"""Build the fourth held-out corpus for snsgate: tests/heldout4/drafts/*.eml + labels.json.

Python 3 standard library only, deterministic.  Run from anywhere:

    python3 tests/heldout4/make-heldout.py

The mail-encoding, JPEG/EXIF, label and validation code is copied from tests/heldout3/make-heldout.py
(test tooling); the drafts are new.  The corpus was written without looking at snsgate's rules or
code (conf/, src/, tests/ other than heldout3's README and generator), the sample drafts or their
labels, or any other corpus's drafts, and without running snsgate.
Every file is re-parsed and checked after it is written; see validate() and extra_checks().
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
import shutil
import struct
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")
LABELS = os.path.join(HERE, "labels.json")
JST = dt.timezone(dt.timedelta(hours=9))
DOMAIN = "city.chiyoda.lg.jp"

FAMILY_CLAUSE = {
    "personal-info": "5(2)", "image-privacy": "5(2)", "confidential": "5(2)", "accuracy": "5(3)",
    "defamation": "5(4)ア", "discrimination": "5(4)イ", "illegal": "5(4)ウ", "neutrality": "5(4)エ",
    "false-info": "5(4)オ", "harmful-links": "5(4)カ", "chain-message": "5(4)キ",
    "reputation": "5(4)ク", "public-morals": "5(4)ケ", "decision-process": "6(3)(エ)",
    "account-policy": "4(1)",
}
WARN_FAMILIES = {"image-privacy", "false-info", "decision-process"}
CLAUSES = set(FAMILY_CLAUSE.values())
GPS_MATCH = "(?i)gps|exif|geo|location|位置|緯度|経度|座標|撮影場所"

# ---------------------------------------------------------------------------
# dates

WD = "月火水木金土日"
HOLIDAYS = {
    (2026, 1, 1), (2026, 1, 12), (2026, 2, 11), (2026, 2, 23), (2026, 3, 20), (2026, 4, 29),
    (2026, 5, 3), (2026, 5, 4), (2026, 5, 5), (2026, 5, 6), (2026, 7, 20), (2026, 8, 11),
    (2026, 9, 21), (2026, 9, 22), (2026, 9, 23), (2026, 10, 12), (2026, 11, 3), (2026, 11, 23),
    (2027, 1, 1), (2027, 1, 11), (2027, 2, 11), (2027, 2, 23),
}


def wd(y, m, d):
    return WD[dt.date(y, m, d).weekday()]


def md(m, d, y=2026, yr="", hol=False, ascii_paren=False, long=False):
    """A correct Japanese date with its weekday: 5月10日（日）, 令和8年5月10日（日）, ..."""
    pre = {"": "", "g": "%d年" % y, "r": "令和%d年" % (y - 2018), "rg": "令和%d年（%d年）" % (y - 2018, y)}[yr]
    w = wd(y, m, d) + ("曜日" if long else "")
    if hol:
        assert (y, m, d) in HOLIDAYS, (y, m, d)
        w += "・祝"
    o, c = ("(", ")") if ascii_paren else ("（", "）")
    return "%s%d月%d日%s%s%s" % (pre, m, d, o, w, c)


def sl(m, d, y=2026):
    """5/10（日）"""
    return "%d/%d（%s）" % (m, d, wd(y, m, d))


def bad(m, d, w, y=2026, yr=""):
    """A date with a deliberately wrong weekday."""
    assert wd(y, m, d) != w, (y, m, d, w)
    pre = {"": "", "g": "%d年" % y, "r": "令和%d年" % (y - 2018)}[yr]
    return "%s%d月%d日（%s）" % (pre, m, d, w)


def nth_weekday(y, m, weekday, n):
    d = dt.date(y, m, 1)
    cnt = 0
    while True:
        if d.weekday() == weekday:
            cnt += 1
            if cnt == n:
                return d
        d += dt.timedelta(days=1)


# ---------------------------------------------------------------------------
# check digits

def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(d12):
    return len(d12) == 12 and d12.isdigit() and mynumber_check(d12[:11]) == int(d12[11])


def make_mynumber(d11):
    return d11 + str(mynumber_check(d11))


def luhn_valid(num):
    digits = [int(c) for c in num]
    s = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    return s % 10 == 0


def make_luhn(prefix15):
    for c in "0123456789":
        if luhn_valid(prefix15 + c):
            return prefix15 + c
    raise AssertionError


assert mynumber_valid("123456789018")
assert luhn_valid("4111111111111111")

# ---------------------------------------------------------------------------
# twitter-text v3 weighted length

URL_RE = re.compile(r"(?i)\bhttps?://[^\s<>\"'\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+")
BARE_DOMAIN_RE = re.compile(r"(?i)(?<![/@\w.])(?:[a-z0-9-]+\.)+(?:jp|com|net|org|example|tokyo|ly|gd)\b")


def tw_weight_cp(cp):
    if cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037:
        return 1
    return 2


def x_weighted_length(text):
    text = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for m in URL_RE.finditer(text):
        total += sum(tw_weight_cp(ord(c)) for c in text[pos:m.start()]) + 23
        pos = m.end()
    total += sum(tw_weight_cp(ord(c)) for c in text[pos:])
    return total


HASHTAG_RE = re.compile(r"[#＃][^\s#＃]+")


def hashtags(text):
    return HASHTAG_RE.findall(text)


# ---------------------------------------------------------------------------
# charsets

def sjis2jis(s1, s2):
    if s1 >= 0xE0:
        s1 -= 0x40
    if s2 >= 0x9F:
        return (s1 - 0x70) * 2, s2 - 0x7E
    return (s1 - 0x70) * 2 - 1, (s2 - 0x1F if s2 < 0x7F else s2 - 0x20)


def jis2sjis(j1, j2):
    if j1 % 2:
        s2 = j2 + 0x1F
        if s2 >= 0x7F:
            s2 += 1
    else:
        s2 = j2 + 0x7E
    s1 = ((j1 + 1) >> 1) + 0x70
    if s1 >= 0xA0:
        s1 += 0x40
    return bytes([s1, s2])


def jis_pair(ch):
    """JIS X 0208 (+ NEC row 13, as CP50220 does) code of one character."""
    o = ord(ch)
    if 0xFF61 <= o <= 0xFF9F:
        raise ValueError("half-width katakana in an ISO-2022-JP draft: %r" % ch)
    try:
        b = ch.encode("iso2022_jp")
        if b.startswith(b"\x1b$B") and len(b) == 8:
            return b[3:5]
    except UnicodeEncodeError:
        pass
    s = ch.encode("cp932")   # raises for characters outside CP932
    if len(s) != 2:
        raise ValueError("not a double-byte CP932 character: %r" % ch)
    if s[0] >= 0xED:
        raise ValueError("IBM extension / user-defined character: %r" % ch)
    j1, j2 = sjis2jis(s[0], s[1])
    assert 0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E, (ch, j1, j2)
    assert jis2sjis(j1, j2) == s
    return bytes([j1, j2])


def enc_cp50220(text):
    """ISO-2022-JP as Outlook writes it (CP50220: NEC row 13 hand-mapped from CP932)."""
    out = bytearray()
    mode = "a"
    for ch in text:
        if ord(ch) < 0x80:
            if mode != "a":
                out += b"\x1b(B"
                mode = "a"
            out.append(ord(ch))
        else:
            pair = jis_pair(ch)
            if mode != "k":
                out += b"\x1b$B"
                mode = "k"
            out += pair
    if mode != "a":
        out += b"\x1b(B"
    return bytes(out)


def dec_iso2022jp(b):
    out = []
    mode = "a"
    i = 0
    while i < len(b):
        if b[i] == 0x1B:
            seq = b[i:i + 3]
            if seq in (b"\x1b$B", b"\x1b$@"):
                mode = "k"
            elif seq in (b"\x1b(B", b"\x1b(J"):
                mode = "a"
            else:
                raise ValueError("escape %r" % seq)
            i += 3
            continue
        if mode == "a" or b[i] in (0x0A, 0x0D):
            out.append(chr(b[i]))
            i += 1
            continue
        pair = b[i:i + 2]
        i += 2
        try:
            out.append((b"\x1b$B" + pair + b"\x1b(B").decode("iso2022_jp"))
        except UnicodeDecodeError:
            out.append(jis2sjis(pair[0], pair[1]).decode("cp932"))
    return "".join(out)


CP932_FIX = {"\u301c": "\uff5e", "\u2212": "\uff0d", "\u2014": "\u2015", "\u2016": "\u2225", "\u00a0": " "}


def enc_cp932(text):
    return "".join(CP932_FIX.get(c, c) for c in text).encode("cp932")


def encode_text(text, charset):
    cs = charset.lower()
    if cs == "iso-2022-jp":
        return enc_cp50220(text)
    if cs == "shift_jis":
        return enc_cp932(text)
    return text.encode("utf-8")


def decode_text(b, charset):
    cs = (charset or "us-ascii").lower()
    if cs == "iso-2022-jp":
        return dec_iso2022jp(b)
    if cs in ("shift_jis", "cp932", "windows-31j"):
        return b.decode("cp932")
    return b.decode("utf-8")


def canon(s):
    """What the corpus checks compare: NFKC, wave dash / minus / dash folded."""
    s = unicodedata.normalize("NFKC", s)
    return s.translate({0x301C: "~", 0x2212: "-", 0x2014: "-", 0x2015: "-", 0x2010: "-", 0x00A0: " "})


# ---------------------------------------------------------------------------
# RFC 2047 / 2231

def _ew(text, cs, q=False):
    raw = encode_text(text, cs)
    if q:
        enc = "".join(chr(c) if (chr(c).isalnum() and c < 0x80) or chr(c) in "!*+-/" else
                      ("_" if c == 0x20 else "=%02X" % c) for c in raw)
        return "=?%s?Q?%s?=" % (cs, enc)
    return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())


def encode_words(text, cs, q=False, first_room=60):
    """Split into encoded-words of at most 75 characters; returns a list."""
    if all(ord(c) < 0x80 for c in text):
        return [text]
    words = []
    cur = ""
    for ch in text:
        trial = cur + ch
        if cur and len(_ew(trial, cs, q)) > (first_room if not words else 75):
            words.append(_ew(cur, cs, q))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew(cur, cs, q))
    return words


def header_words(name, text, cs, q=False):
    words = encode_words(text, cs, q, first_room=75 - len(name) - 2)
    return name + ": " + "\n ".join(words)


def display_addr(display, addr, cs):
    if not display:
        return addr
    return "%s <%s>" % (" ".join(encode_words(display, cs)), addr)


def rfc2231(param, value, cs="UTF-8", maxlen=60):
    enc = "".join(chr(b) if (b < 0x80 and chr(b).isalnum()) or chr(b) in "-._" else "%%%02X" % b
                  for b in value.encode("utf-8"))
    head = cs + "''"
    full = head + enc
    if len(full) <= maxlen:
        return '%s*=%s' % (param, full)
    parts = []
    i = 0
    while full:
        cut = maxlen
        chunk = full[:cut]
        while "%" in chunk[-2:]:      # never split a %XX escape
            cut -= 1
            chunk = full[:cut]
        parts.append("%s*%d*=%s" % (param, i, chunk))
        full = full[cut:]
        i += 1
    return ";\n ".join(parts)


# ---------------------------------------------------------------------------
# bodies

def flow(text, width=36):
    """RFC 3676 format=flowed; delsp=yes, soft breaks after 、。！？ or a space.
    width counts characters: 36 full-width characters fill Thunderbird's 72 columns."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        segs = []
        while len(line) > width:
            cut = -1
            for i in range(min(width, len(line) - 1), 8, -1):
                if line[i - 1] in "、。！？ ":
                    cut = i
                    break
            if cut < 0:
                break
            segs.append(line[:cut])
            line = line[cut:]
        segs.append(line)
        for i, s in enumerate(segs):
            if s.startswith((" ", ">", "From ")):
                s = " " + s
            if i < len(segs) - 1:
                s += " "
            out.append(s)
    return "\n".join(out)


def unflow(text, delsp):
    lines = text.split("\n")
    out = []
    buf = ""
    for line in lines:
        if line.startswith(" "):
            line = line[1:]
        if line != "-- " and line.endswith(" "):
            buf += line[:-1] if delsp else line
            continue
        out.append(buf + line)
        buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def qp(b):
    return quopri.encodestring(b)


def b64(b):
    return base64.encodebytes(b)


def to_html(text, charset="utf-8", outlook=False, extra=None):
    paras = []
    for line in text.split("\n"):
        t = htmlmod.escape(line, quote=False)
        if extra:
            for k, v in extra.items():
                t = t.replace(htmlmod.escape(k, quote=False), v)
        if outlook:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (t or "&nbsp;"))
        else:
            paras.append("<div>%s</div>" % (t or "<br>"))
    head = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n%s\n'
                '<style><!-- p.MsoNormal {margin:0mm; font-size:11.0pt; font-family:"Yu Gothic";} --></style>\n'
                '</head>\n<body lang="JA">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (head, "\n".join(paras)))
    return "<html>\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n" % (head, "\n".join(paras))


def html_to_text(h):
    h = re.sub(r"(?is)<head.*?</head>", "", h)
    h = re.sub(r"\s*\n\s*", "", h)
    h = re.sub(r"(?i)<br\s*/?>(</div>|</p>)", r"\1", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|li|h\d)>", "\n", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    lines = [l.strip() for l in h.split("\n")]
    return "\n".join(lines).strip()


# ---------------------------------------------------------------------------
# JPEG + EXIF

DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [1] + [0] * 15          # one symbol: EOB
AC_VALS = [0]


def huff_codes(bits, vals):
    codes = {}
    code = 0
    k = 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, value, length):
        for i in range(length - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0)
                self.acc = 0
                self.n = 0

    def flush(self):
        while self.n:
            self.put(1, 1)
        return bytes(self.out)


def _seg(marker, payload):
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _ifd(entries, start, next_ifd=0):
    n = len(entries)
    data_off = start + 2 + 12 * n + 4
    head = struct.pack("<H", n)
    data = b""
    for tag, typ, count, val in sorted(entries):
        if len(val) <= 4:
            head += struct.pack("<HHI", tag, typ, count) + val.ljust(4, b"\0")
        else:
            head += struct.pack("<HHII", tag, typ, count, data_off + len(data))
            data += val
            if len(data) % 2:
                data += b"\0"
    return head + struct.pack("<I", next_ifd) + data


def _ascii(tag, s):
    b = s.encode("ascii") + b"\0"
    return (tag, 2, len(b), b)


def _short(tag, v):
    return (tag, 3, 1, struct.pack("<H", v))


def _long(tag, v):
    return (tag, 4, 1, struct.pack("<I", v))


def _rat(tag, pairs):
    return (tag, 5, len(pairs), b"".join(struct.pack("<II", a, b) for a, b in pairs))


def _dms(deg):
    d = int(deg)
    m = int((deg - d) * 60)
    s = round(((deg - d) * 60 - m) * 60 * 100)
    return [(d, 1), (m, 1), (s, 100)]


def exif_tiff(make, model, when, size, gps=None):
    w, h = size
    ifd0 = [_ascii(0x010F, make), _ascii(0x0110, model), _short(0x0112, 1), _rat(0x011A, [(72, 1)]),
            _rat(0x011B, [(72, 1)]), _short(0x0128, 2), _ascii(0x0131, "17.5.1" if "iPhone" in model else "1.0"),
            _ascii(0x0132, when)]
    exif = [(0x9000, 7, 4, b"0232"), _ascii(0x9003, when), _ascii(0x9004, when), _long(0xA002, w), _long(0xA003, h)]
    gpsl = None
    if gps:
        lat, lon, alt = gps
        gpsl = [(0x0000, 1, 4, bytes([2, 3, 0, 0])), _ascii(0x0001, "N"), _rat(0x0002, _dms(lat)),
                _ascii(0x0003, "E"), _rat(0x0004, _dms(lon)), (0x0005, 1, 1, b"\0"),
                _rat(0x0006, [(int(alt * 100), 100)]),
                _ascii(0x001D, when[:10])]
    # pass 1: sizes
    n0 = len(ifd0) + 1 + (1 if gps else 0)
    dummy0 = ifd0 + [_long(0x8769, 0)] + ([_long(0x8825, 0)] if gps else [])
    size0 = len(_ifd(dummy0, 8))
    exif_off = 8 + size0
    size_exif = len(_ifd(exif, exif_off))
    gps_off = exif_off + size_exif
    entries0 = ifd0 + [_long(0x8769, exif_off)] + ([_long(0x8825, gps_off)] if gps else [])
    assert len(entries0) == n0
    t = b"II*\0" + struct.pack("<I", 8) + _ifd(entries0, 8) + _ifd(exif, exif_off)
    assert len(t) == gps_off
    if gps:
        t += _ifd(gpsl, gps_off)
    return t


def make_jpeg(width=32, height=24, rgb=(128, 128, 128), exif=None, comment=None):
    r, g, b = rgb
    y = 0.299 * r + 0.587 * g + 0.114 * b
    cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
    cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
    dcs = [int(round((v - 128) * 8)) for v in (y, cb, cr)]
    dc = huff_codes(DC_BITS, DC_VALS)
    ac = huff_codes(AC_BITS, AC_VALS)
    bw = BitWriter()
    mcus = (width // 8) * (height // 8)
    for i in range(mcus):
        for comp in range(3):
            diff = dcs[comp] if i == 0 else 0
            cat = abs(diff).bit_length()
            code, ln = dc[cat]
            bw.put(code, ln)
            if cat:
                bw.put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
            code, ln = ac[0]
            bw.put(code, ln)
    data = bw.flush()
    out = b"\xff\xd8"
    out += _seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    if exif:
        out += _seg(0xE1, b"Exif\x00\x00" + exif)
    if comment:
        out += _seg(0xFE, comment.encode("ascii"))
    out += _seg(0xDB, b"\x00" + bytes([1] * 64))
    out += _seg(0xC0, struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00")
    out += _seg(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALS))
    out += _seg(0xC4, b"\x10" + bytes(AC_BITS) + bytes(AC_VALS))
    out += _seg(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00")
    out += data + b"\xff\xd9"
    return out


def jpeg_gps(jpg):
    """(has_exif, (lat, lon) or None) read back from a JPEG."""
    i = 2
    while i < len(jpg) - 4:
        if jpg[i] != 0xFF:
            return False, None
        marker = jpg[i + 1]
        ln = struct.unpack(">H", jpg[i + 2:i + 4])[0]
        seg = jpg[i + 4:i + 2 + ln]
        if marker == 0xE1 and seg.startswith(b"Exif\x00\x00"):
            t = seg[6:]
            assert t[:4] == b"II*\0"

            def entries(off):
                n = struct.unpack("<H", t[off:off + 2])[0]
                res = {}
                for k in range(n):
                    tag, typ, cnt, val = struct.unpack("<HHII", t[off + 2 + 12 * k:off + 14 + 12 * k])
                    res[tag] = (typ, cnt, val, off + 2 + 12 * k + 8)
                return res
            e0 = entries(struct.unpack("<I", t[4:8])[0])
            if 0x8825 not in e0:
                return True, None
            g = entries(e0[0x8825][2])

            def rat3(tag):
                off = g[tag][2]
                v = [struct.unpack("<II", t[off + 8 * k:off + 8 * k + 8]) for k in range(3)]
                return v[0][0] / v[0][1] + v[1][0] / v[1][1] / 60 + v[2][0] / v[2][1] / 3600
            return True, (rat3(0x0002), rat3(0x0004))
        if marker == 0xDA:
            break
        i += 2 + ln
    return False, None


# ---------------------------------------------------------------------------
# staff, clients, rendering

STAFF = {
    "koho": ("宮下 涼子", "r-miyashita", "政策経営部 広報広聴課", "2351"),
    "koho2": ("大野 悠真", "y-ono", "政策経営部 広報広聴課", "2356"),
    "kanko": ("桑原 千尋", "c-kuwabara", "地域振興部 文化振興課 観光担当", "3127"),
    "shogyo": ("堀 健太郎", "k-hori", "地域振興部 商工観光課", "3142"),
    "kosodate": ("三浦 あかね", "a-miura", "子ども部 子育て推進課", "3518"),
    "hoken": ("今井 正和", "m-imai", "千代田保健所 健康推進課", "4211"),
    "kaigo": ("杉本 早苗", "s-sugimoto", "保健福祉部 高齢介護課", "4417"),
    "shogai": ("野口 大地", "d-noguchi", "保健福祉部 障害者福祉課", "4431"),
    "seiso": ("工藤 亮介", "r-kudo", "環境まちづくり部 千代田清掃事務所", "5216"),
    "kankyo": ("菅原 瑞希", "m-sugawara", "環境まちづくり部 環境政策課", "5260"),
    "zei": ("安藤 学", "m-ando", "区民部 税務課", "2618"),
    "kokuho": ("藤井 典子", "n-fujii", "区民部 保険年金課", "2640"),
    "bosai": ("荒木 隼人", "h-araki", "政策経営部 災害対策・危機管理課", "2164"),
    "senkan": ("片山 恭子", "k-katayama", "選挙管理委員会事務局", "2843"),
    "tosho": ("吉岡 真奈", "m-yoshioka", "地域振興部 図書・文化資源担当", "3305"),
    "jinji": ("河合 俊介", "s-kawai", "政策経営部 人事課", "2236"),
    "doboku": ("谷口 剛", "t-taniguchi", "環境まちづくり部 道路公園課", "5437"),
    "kumin": ("上田 沙織", "s-ueda", "区民部 区民生活課", "2524"),
    "jinken": ("石川 由香", "y-ishikawa", "政策経営部 総務課 人権・男女共同参画担当", "2115"),
    "sport": ("平野 蓮", "r-hirano", "地域振興部 生涯学習・スポーツ課", "3246"),
    "kyoiku": ("北村 美穂", "m-kitamura", "子ども部 指導課", "3624"),
    "kikaku": ("酒井 隆", "t-sakai", "政策経営部 企画課", "2206"),
    "machi": ("西田 光", "h-nishida", "環境まちづくり部 まちづくり推進課", "5320"),
    "kokusai": ("Emily Carter", "e-carter", "地域振興部 国際交流担当", "3160"),
}

SIG_STYLES = [
    "千代田区 {dept}\n{name}\n電話 03-3264-2111（内線 {ext}）\n{addr}@city.chiyoda.lg.jp",
    "────────────\n{dept}\n{name}\nTEL: 03-3264-2111 (ext.{ext})\nMail: {addr}@city.chiyoda.lg.jp",
    "{name}（千代田区 {dept}）\n〒102-8688 千代田区九段南1-2-1\n03(3264)2111 内線{ext}",
    "＊＊＊＊＊＊＊＊＊＊\n千代田区役所 {dept}\n{name}\n代表：０３－３２６４－２１１１　内線：{ext}\n{addr}@city.chiyoda.lg.jp\n＊＊＊＊＊＊＊＊＊＊",
    "{dept} {name}\n{addr}@city.chiyoda.lg.jp / 03-3264-2111 (ext. {ext})",
]

CLIENTS = {
    # name: (charset, cte, structure, default eol, subject charset)
    "outlook": ("ISO-2022-JP", "7bit", "multipart/alternative", "CRLF", "ISO-2022-JP"),
    "tb-flowed": ("UTF-8", "8bit", "text/plain", "LF", "UTF-8"),
    "tb-8bit": ("UTF-8", "8bit", "text/plain", "LF", "UTF-8"),
    "tb-b64": ("UTF-8", "base64", "text/plain", "CRLF", "UTF-8"),
    "iphone": ("UTF-8", "quoted-printable", "text/plain", "CRLF", "UTF-8"),
    "sjis": ("Shift_JIS", "8bit", "text/plain", "CRLF", "Shift_JIS"),
    "html-qp": ("UTF-8", "quoted-printable", "text/html", "LF", "UTF-8"),
    "html-b64": ("UTF-8", "base64", "text/html", "CRLF", "UTF-8"),
}

DRAFTS = []


def _h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


CLIENT_WEIGHTS = [("outlook", 20), ("iphone", 19), ("tb-b64", 15), ("tb-8bit", 15), ("tb-flowed", 14),
                  ("sjis", 10), ("html-qp", 3), ("html-b64", 3)]


def encodable(client, text):
    try:
        if client == "outlook":
            enc_cp50220(text)
        elif client == "sjis":
            enc_cp932(text)
    except (ValueError, UnicodeEncodeError):
        return False
    return True


def pick_client(slug, text, image=False):
    """A deterministic client for a draft that did not name one, among those that can encode it."""
    cands = [(c, w) for c, w in CLIENT_WEIGHTS if encodable(c, text) and not (image and c.startswith("html"))]
    total = sum(w for _, w in cands)
    r = _h("client:" + slug) % total
    for c, w in cands:
        if r < w:
            return c
        r -= w
    raise AssertionError


def draft(slug, platform, client, subject, body, **kw):
    if client is None:
        client = pick_client(slug, subject + body + "".join(a["text"] for a in kw.get("attach", [])),
                             bool(kw.get("image")))
    d = dict(slug=slug, platform=platform, client=client, subject=subject, body=body)
    d.update(kw)
    assert platform in ("x", "facebook", "instagram"), platform
    assert client in CLIENTS, client
    d.setdefault("families", [])
    DRAFTS.append(d)
    return d


def clean(slug, platform, client, subject, body, traps, **kw):
    assert traps, slug
    return draft(slug, platform, client, subject, body, families=[], traps=list(traps), **kw)


def bad_draft(slug, platform, client, subject, body, families, **kw):
    return draft(slug, platform, client, subject, body, families=list(families), **kw)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self):
        out = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.children:
            out += b"This is a multi-part message in MIME format.\n" if self.boundary.startswith("----=") else b""
            for c in self.children:
                out += b"\n--" + self.boundary.encode() + b"\n" + c.render()
            out += b"\n--" + self.boundary.encode() + b"--\n"
        else:
            out += self.body
        return out


def text_part(text, charset, cte, ctype="text/plain", flowed=False):
    raw = encode_text(text, charset)
    if cte == "base64":
        body = b64(raw)
    elif cte == "quoted-printable":
        body = qp(raw)
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    ct = '%s; charset="%s"' % (ctype, charset) if charset == "ISO-2022-JP" else "%s; charset=%s" % (ctype, charset)
    if flowed:
        ct += "; format=flowed; delsp=yes"
    return Part(["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body)


def filename_params(name, style, cs="UTF-8"):
    """Content-Type name= and Content-Disposition filename= parameters.
    2231: name in RFC 2047, filename in RFC 2231 (as Thunderbird writes them);
    2047: both RFC 2047 (as Outlook writes them); plain: ASCII names."""
    if style == "2231":
        return ['; name="%s"' % " ".join(encode_words(name, cs)), ";\n " + rfc2231("filename", name)]
    if style == "2047":
        ew = " ".join(encode_words(name, cs))
        return ['; name="%s"' % ew, ';\n filename="%s"' % ew]
    return ['; name="%s"' % name, '; filename="%s"' % name]


def image_part(img, seed, inline=False):
    size = img.get("size", (32, 24))
    when = img.get("when", "2026:05:17 10:21:33")
    exif = None
    if img["kind"] in ("exif", "gps"):
        exif = exif_tiff(img.get("make", "Apple"), img.get("model", "iPhone 15"), when, size,
                         gps=img.get("gps") if img["kind"] == "gps" else None)
    rgb = img.get("rgb") or (60 + seed % 150, 90 + seed // 7 % 120, 70 + seed // 11 % 140)
    jpg = make_jpeg(size[0], size[1], rgb, exif)
    name = img.get("name", "IMG_%04d.jpeg" % (1000 + seed % 9000))
    np_, fp = filename_params(name, img.get("fname", "plain"))
    disp = img.get("disposition", "attachment")
    if inline:
        disp = "inline"
    p = Part(["Content-Type: image/jpeg" + np_,
              "Content-Disposition: " + disp + fp,
              "Content-Transfer-Encoding: base64"], b64(jpg))
    return p, jpg, name


def text_attachment(att):
    cs = att.get("charset", "UTF-8")
    raw = encode_text(att["text"], cs)
    np_, fp = filename_params(att["name"], att.get("fname", "2231"), "UTF-8" if cs != "ISO-2022-JP" else cs)
    return Part(["Content-Type: text/plain; charset=%s" % cs + np_,
                 "Content-Disposition: attachment" + fp,
                 "Content-Transfer-Encoding: base64"], b64(raw))


def signature(d):
    if d.get("sig") is False:
        return ""
    name, addr, dept, ext = STAFF[d.get("dept", "koho")]
    style = SIG_STYLES[d.get("sig_style", _h(d["slug"]) % len(SIG_STYLES))]
    sig = d.get("sig") if isinstance(d.get("sig"), str) else style.format(name=name, addr=addr, dept=dept, ext=ext)
    return "\n\n-- \n" + sig


def build(d, seq):
    client = d["client"]
    charset, cte, structure, eol, subj_cs = CLIENTS[client]
    eol = d.get("eol", eol)
    subj_cs = d.get("subj_cs", subj_cs)
    name, addr, dept, ext = STAFF[d.get("dept", "koho")]
    seed = _h(d["slug"])
    m, day = d["date"][:2]
    hh = d["date"][2] if len(d["date"]) > 2 else 8 + seed % 10
    mi = seed // 13 % 60
    date = dt.datetime(2026, m, day, hh, mi, seed // 17 % 60, tzinfo=JST)
    body = d["body"].strip("\n")
    post = body
    if client == "iphone":
        post = body + "\n\niPhoneから送信"
    full = post + ("" if client == "iphone" else signature(d))

    headers = []
    from_cs = "UTF-8" if subj_cs == "UTF-8" else subj_cs
    headers.append("From: " + display_addr(name if d.get("from_name", True) else "", "%s@%s" % (addr, DOMAIN), from_cs))
    to_addr = "sns-approval+%s@%s" % (d["platform"], DOMAIN)
    to_name = d.get("to_name", [None, None, "SNS承認窓口", "広報広聴課 SNS承認"][seed // 23 % 4])
    headers.append("To: " + display_addr(to_name, to_addr, from_cs))
    headers.append(header_words("Subject", d["subject"], subj_cs, q=d.get("subj_q", False)))
    headers.append("Date: " + email.utils.format_datetime(date))
    mid_host = {"outlook": "TYCPR01MB%04d.jpnprd01.prod.outlook.com" % (seed % 10000),
                "iphone": DOMAIN}.get(client, DOMAIN)
    headers.append("Message-ID: <%s@%s>" % (hashlib.md5(d["slug"].encode()).hexdigest()[:24].upper()
                                              if client == "outlook" else
                                              "%08x-%04x-h4" % (seed % (1 << 32), seq), mid_host))
    if client == "iphone":
        headers.append("Mime-Version: 1.0 (1.0)")
        headers.append("X-Mailer: iPhone Mail (21F90)")
    else:
        headers.append("MIME-Version: 1.0")
    if client.startswith("tb"):
        headers.append("User-Agent: Mozilla Thunderbird")
        headers.append("Content-Language: ja")
    if client == "outlook":
        headers.append(header_words("Thread-Topic", d["subject"], "ISO-2022-JP"))
        headers.append("Thread-Index: " + base64.b64encode(hashlib.sha1(d["slug"].encode()).digest()[:22]).decode())
        headers.append("Content-Language: ja-JP")
        headers.append("X-MS-Has-Attach: " + ("yes" if d.get("image") or d.get("attach") else ""))
    if client == "sjis":
        headers.append("X-Mailer: Becky! ver. 2.81.04 [ja]")

    # the post part(s)
    html_extra = d.get("html_extra")
    if client == "outlook":
        plain = text_part(full, charset, cte)
        htmltext = to_html(full, "iso-2022-jp", outlook=True, extra=html_extra)
        hp = text_part(htmltext, charset, "quoted-printable", "text/html")
        main = Part(['Content-Type: multipart/alternative;\n\tboundary="----=_NextPart_%03d_%04X_01DC%08X"'
                     % (seq, seed % 65536, seed % (1 << 32))], children=[plain, hp],
                    boundary="----=_NextPart_%03d_%04X_01DC%08X" % (seq, seed % 65536, seed % (1 << 32)))
    elif structure == "text/html":
        htmltext = d.get("html_raw") or to_html(full, "utf-8", extra=html_extra)
        main = text_part(htmltext, charset, cte, "text/html")
    elif client == "tb-flowed":
        main = text_part(flow(full), charset, cte, flowed=True)
    else:
        main = text_part(full, charset, cte)

    extras = []
    images = []
    if d.get("image"):
        ip, jpg, iname = image_part(d["image"], seed, inline=(client == "iphone"))
        extras.append(ip)
        images.append((iname, jpg))
    for att in d.get("attach", []):
        extras.append(text_attachment(att))
    if client == "iphone" and d.get("image"):
        # Apple Mail: the text, the picture, then the "sent from" line in a part of its own
        main = text_part(body, charset, cte)
        tail = text_part("\n\niPhoneから送信", charset, cte)
        bnd = "Apple-Mail-%08X-%04X-4E1F-B%03d-2C7A5D9E%04X" % (seed % (1 << 32), seed // 3 % 65536, seq, seed // 5 % 65536)
        top = Part(["Content-Type: multipart/mixed; boundary=%s" % bnd], children=[main] + extras + [tail], boundary=bnd)
    elif extras:
        bnd = ("----=_NextPart_000_%04X_01DC%08X" % (seed % 65536, seed // 7 % (1 << 32)) if client == "outlook"
               else "------------%024d" % (seed % (10 ** 24)))
        top = Part(['Content-Type: multipart/mixed;\n boundary="%s"' % bnd], children=[main] + extras, boundary=bnd)
    else:
        top = main
    raw = "\n".join(headers).encode("ascii") + b"\n" + top.render()
    if eol == "CRLF":
        raw = raw.replace(b"\n", b"\r\n")
    return raw, images, post


def labels_for(d, images, post_len, tags):
    fams = d["families"]
    mb, mw = [], []
    for f in fams:
        c = FAMILY_CLAUSE[f]
        if f in WARN_FAMILIES or (f == "harmful-links" and "url-shortener" in d.get("variants", [])):
            if c not in mw:
                mw.append(c)
        elif c not in mb:
            mb.append(c)
    mw = [c for c in mw if c not in mb]
    may = list(d.get("may", []))
    if images and "5(2)" not in mb + mw + may:
        may.append("5(2)")
    charset, cte, structure, eol, subj_cs = CLIENTS[d["client"]]
    fmt = {"client": d["client"], "structure": structure, "charset": charset, "cte": cte,
           "eol": d.get("eol", eol), "subject": "RFC 2047 %s %s" % (d.get("subj_cs", subj_cs), "Q" if d.get("subj_q") else "B")}
    if d["client"] == "outlook":
        fmt["html_cte"] = "quoted-printable"
        if any(ord(c) > 0x7F and _nec13(c) for c in d["body"]):
            fmt["charset"] = "ISO-2022-JP (CP50220, NEC row 13)"
    if d["client"] == "tb-flowed":
        fmt["flowed"] = "format=flowed; delsp=yes"
    if images or d.get("attach"):
        fmt["structure"] = "multipart/mixed(%s%s%s)" % (structure, ", image/jpeg" if images else "",
                                                       ", text/plain attachment" * len(d.get("attach", [])))
    if images:
        fmt["image"] = {"name": images[0][0], "exif": d["image"]["kind"], "filename": d["image"].get("fname", "plain")}
    lab = {"must_block": mb, "must_warn": mw, "may_warn": may, "families": fams, "traps": d.get("traps", []),
           "variants": d.get("variants", []), "platform": d["platform"], "format": fmt, "note": d.get("note", "")}
    if "image-privacy" in fams:
        lab["match"] = {"5(2)": GPS_MATCH}
    if d["platform"] == "x":
        lab["x_weighted_length"] = post_len
    if d["platform"] == "instagram":
        lab["hashtags"] = tags
    return lab


def _nec13(c):
    try:
        s = c.encode("cp932")
        return len(s) == 2 and s[0] == 0x87
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------
# validation: re-parse every file and check it against its label

EW_RE = re.compile(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")


def decode_header_value(v):
    v = re.sub(r"\r?\n[ \t]", " ", v)
    v = re.sub(r"(\?=)\s+(=\?)", r"\1\2", v)

    def rep(m):
        cs, enc, data = m.group(1), m.group(2).upper(), m.group(3)
        if enc == "B":
            raw = base64.b64decode(data)
        else:
            raw = re.sub(rb"=([0-9A-F]{2})", lambda mm: bytes([int(mm.group(1), 16)]), data.replace("_", " ").encode())
        return decode_text(raw, cs)
    return EW_RE.sub(rep, v)


def msg_parts(msg):
    """(post_text, html_raw, attachments[(name, text)], images[(name, bytes)])"""
    plain = html_raw = None
    atts, imgs = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disp = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        payload = part.get_payload(decode=True)
        if ctype == "image/jpeg":
            imgs.append((part.get_filename(), payload))
            continue
        cs = part.get_content_charset()
        text = decode_text(payload, cs).replace("\r\n", "\n")
        if disp == "attachment":
            fn = part.get_filename()
            fn = decode_header_value(fn) if fn and "=?" in fn else fn
            atts.append((fn, text))
            continue
        if ctype == "text/plain" and plain is None:
            params = dict((k.lower(), (v or "").lower()) for k, v in part.get_params() or [])
            if params.get("format") == "flowed":
                text = unflow(text, params.get("delsp") == "yes")
            plain = text
        elif ctype == "text/html" and html_raw is None:
            html_raw = text
    return plain, html_raw, atts, imgs


def strip_sig(text):
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l == "-- " or l == "--":
            lines = lines[:i]
            break
    return "\n".join(lines).strip()


ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925}
DATE_RE = re.compile(
    r"(?:(令和|平成|昭和)(\d+|元)年(?:\((\d{4})年\))?|(\d{4})年(?:\((令和|平成)(\d+|元)年\))?)?"
    r"(\d{1,2})月(\d{1,2})日(?:\s*\(([月火水木金土日])(?:曜日?)?(?:・祝)?\))?")
SLASH_RE = re.compile(r"(?<![\d/:.])(\d{1,2})/(\d{1,2})\(([月火水木金土日])\)")
ERA_PAIR_RE = re.compile(r"(令和|平成)(\d+|元)年\((\d{4})年\)|(\d{4})年\((令和|平成)(\d+|元)年\)")
PLACEHOLDER_RE = re.compile(r"〇〇|○○|◯◯|●●|××|XX|△△|[○〇◯●]月|[○〇◯●]日|\(仮\)|<[^<>\n]*(?:入力|記入)[^<>\n]*>")


def _era(e, n):
    return ERA_BASE[e] + (1 if n == "元" else int(n))


def date_issues(text, year):
    """Set of accuracy problems in text: weekday, impossible, era."""
    t = canon(text)
    issues = set()
    for m in ERA_PAIR_RE.finditer(t):
        if m.group(1):
            if _era(m.group(1), m.group(2)) != int(m.group(3)):
                issues.add("era")
        elif _era(m.group(5), m.group(6)) != int(m.group(4)):
            issues.add("era")
    for m in DATE_RE.finditer(t):
        y = year
        if m.group(1):
            y = _era(m.group(1), m.group(2))
        elif m.group(4):
            y = int(m.group(4))
        mo, da, w = int(m.group(7)), int(m.group(8)), m.group(9)
        try:
            date = dt.date(y, mo, da)
        except ValueError:
            issues.add("impossible")
            continue
        if w and WD[date.weekday()] != w:
            issues.add("weekday")
    for m in SLASH_RE.finditer(t):
        try:
            date = dt.date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            issues.add("impossible")
            continue
        if WD[date.weekday()] != m.group(3):
            issues.add("weekday")
    if PLACEHOLDER_RE.search(t):
        issues.add("placeholder")
    return issues


DOC_IP_RE = re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b")
SHORTENERS = ("bit.ly", "tinyurl.com", "is.gd", "ow.ly", "t.co", "buff.ly")
OFFICIAL_URL_RE = re.compile(r"(?i)^https://www\.city\.chiyoda\.lg\.jp/[\x21-\x7e]*$")


def validate(d, raw, lab):
    errs = []

    def need(cond, msg):
        if not cond:
            errs.append(msg)
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    need(msg.get("From", "").rstrip(">").endswith("@" + DOMAIN), "From not a staff address")
    to = msg.get("To", "")
    need(("sns-approval+%s@%s" % (d["platform"], DOMAIN)) in to, "To plus-part")
    date = email.utils.parsedate_to_datetime(msg["Date"])
    need(date.year == 2026, "Date year")
    need(msg["Date"].split(",")[0] == date.strftime("%a"), "Date weekday")
    subj = decode_header_value(msg["Subject"])
    need(canon(subj) == canon(d["subject"]), "subject round trip: %r" % subj)
    eol = b"\r\n" if b"\r\n" in raw else b"\n"
    need((eol == b"\r\n") == (lab["format"]["eol"] == "CRLF"), "eol")
    if eol == b"\r\n":
        need(raw.count(b"\n") == raw.count(b"\r\n"), "mixed line ends")
    for line in raw.split(eol):
        need(len(line) <= 998, "line too long")
    plain, html_raw, atts, imgs = msg_parts(msg)
    if plain is not None:
        post = strip_sig(plain)
    else:
        post = strip_sig(html_to_text(html_raw))
    expect = d["body"].strip("\n")
    if d["client"] == "iphone" and not d.get("image"):
        expect += "\n\niPhoneから送信"
    if d.get("html_raw"):
        need(canon(d["html_raw"]) == canon(html_raw), "html round trip")
    else:
        a = re.sub(r"[ \t]*\n[ \t]*", "\n", canon(post))
        b = re.sub(r"[ \t]*\n[ \t]*", "\n", canon(expect))
        need(a == b, "post round trip:\n%r\n%r" % (a[:300], b[:300]))
    if html_raw is not None and plain is not None:
        need(re.sub(r"\s+", "", canon(strip_sig(html_to_text(html_raw)))) == re.sub(r"\s+", "", canon(post)),
             "html part differs from the plain part")
    for att, (fn, text) in zip(d.get("attach", []), atts):
        need(fn == att["name"], "attachment name %r" % fn)
        need(canon(text) == canon(att["text"]), "attachment text")
    need(len(atts) == len(d.get("attach", [])), "attachment count")
    # images
    need(len(imgs) == (1 if d.get("image") else 0), "image count")
    for fn, jpg in imgs:
        need(fn == d["image"].get("name", fn), "image filename %r" % fn)
        has_exif, gps = jpeg_gps(jpg)
        kind = d["image"]["kind"]
        need(has_exif == (kind in ("exif", "gps")), "exif presence")
        need((gps is not None) == (kind == "gps"), "gps presence")
        if gps:
            need(35.67 < gps[0] < 35.71 and 139.73 < gps[1] < 139.78, "gps not in Chiyoda: %r" % (gps,))
        need(jpg[:2] == b"\xff\xd8" and jpg[-2:] == b"\xff\xd9", "jpeg markers")
    need(("image-privacy" in d["families"]) == bool(d.get("image") and d["image"]["kind"] == "gps"),
         "image-privacy <=> GPS image")
    # labels
    fams = d["families"]
    for f in fams:
        need(f in FAMILY_CLAUSE, "family %s" % f)
    want = {FAMILY_CLAUSE[f] for f in fams}
    need(set(lab["must_block"]) | set(lab["must_warn"]) == want, "clauses != families")
    for f in fams:
        c = FAMILY_CLAUSE[f]
        warn = f in WARN_FAMILIES or (f == "harmful-links" and "url-shortener" in lab["variants"])
        if warn and not any(FAMILY_CLAUSE[g] == c and g not in WARN_FAMILIES for g in fams):
            need(c in lab["must_warn"] and c not in lab["must_block"], "%s should be warn" % f)
        if not warn:
            need(c in lab["must_block"], "%s should be block" % f)
    for c in lab["may_warn"]:
        need(c in CLAUSES, "may_warn clause %s" % c)
    if imgs:
        need("5(2)" in lab["must_block"] + lab["must_warn"] + lab["may_warn"], "image without 5(2)")
    if not fams:
        need(not lab["must_block"] and not lab["must_warn"] and lab["traps"], "clean label")
        for t in lab["traps"]:
            need(t in FAMILY_CLAUSE, "trap %s" % t)
        need("\u200b" not in post + subj, "zero-width in clean draft")
    else:
        need(not lab["traps"], "violating draft with traps")
    # texts the gate reads
    texts = [post, subj] + [t for _, t in atts] + ([html_raw] if html_raw else [])
    alltext = "\n".join(texts)
    # dates
    iss = set()
    for t in texts[:3] + [t for _, t in atts]:
        iss |= date_issues(t, 2026)
    if "accuracy" in fams:
        need(d["acc"] in iss, "accuracy draft without a %s problem (%r)" % (d["acc"], iss))
    else:
        need(not iss, "date/placeholder problem in a non-accuracy draft: %r" % iss)
    # numbers
    digits = re.sub(r"[\s\u200b-]", "", canon(alltext))
    if d.get("mynumber"):
        need(mynumber_valid(d["mynumber"]) and d["mynumber"] in digits, "My Number")
    if d.get("card"):
        need(luhn_valid(d["card"]) and d["card"] in digits, "card number")
    # URLs
    urls = URL_RE.findall(canon(alltext))
    for u in urls:
        u = u.rstrip(".,)")
        host = re.sub(r"(?i)^https?://", "", u).split("/")[0].split(":")[0].lower()
        ok_official = OFFICIAL_URL_RE.match(u) is not None
        if "harmful-links" in fams:
            continue
        need(ok_official, "non-official URL %s in a draft without harmful-links" % u)
    if "harmful-links" in fams:
        bad_urls = []
        for u in urls + re.findall(r'href="([^"]+)"', alltext):
            host = re.sub(r"(?i)^https?://", "", canon(u)).split("/")[0].split(":")[0].lower()
            if (host.endswith(".example") or DOC_IP_RE.fullmatch(host) or host in SHORTENERS or
                    (host != "www." + DOMAIN and host != DOMAIN and
                     re.search(r"c.?[i1l]?t[yv]|ch[i1l]yoda", unicodedata.normalize("NFKD", host)))):
                bad_urls.append(host)
        need(bad_urls, "harmful-links draft without a harmful URL")
        if "url-shortener" in lab["variants"]:
            need(all(h in SHORTENERS for h in bad_urls), "shortener draft with a block-worthy URL")
    # variants
    v = lab["variants"]
    if "zero-width" in v:
        need("\u200b" in alltext, "zero-width variant")
    if "fullwidth" in v:
        need(re.search("[\uff01-\uff5e]", alltext), "fullwidth variant")
    if "halfwidth-katakana" in v:
        need(re.search("[\uff61-\uff9f]", alltext), "halfwidth variant")
    if "interpunct" in v:
        need(re.search(r"\w・\w・\w", alltext), "interpunct variant")
    if "mixed-script" in v:
        need(re.search("[\u0400-\u04ff]", alltext), "mixed-script variant")
    if "ip-literal" in v:
        need(DOC_IP_RE.search(canon(alltext)), "ip-literal variant")
    if "mixed-case" in v:
        need(re.search(r"[a-z][A-Z]|[A-Z][a-z][A-Z]|HTTP", canon(alltext)), "mixed-case variant")
    if "spacing" in v:
        need(re.search(r"\S \S \S \S|\d{4} \d{4} \d{4}", alltext), "spacing variant")
    if not fams:
        need(not re.search("[\uff61-\uff9f]", alltext) or d.get("halfwidth_ok"), "half-width kana in clean draft")
    # platform limits
    if d["platform"] == "x":
        n = x_weighted_length(post)
        need(n == lab["x_weighted_length"], "x length bookkeeping")
        if "account-policy" in fams:
            need(n > 280, "account-policy X draft not over 280 (%d)" % n)
        else:
            need(n <= 280, "X draft over 280 (%d)" % n)
            if not d.get("boundary"):
                need(n <= 272, "X draft too close to the limit (%d)" % n)
                bare = BARE_DOMAIN_RE.findall(URL_RE.sub(" ", post))
                need(not bare, "bare domain in an X draft: %r" % bare)
        if d.get("url_trap"):
            need(sum(tw_weight_cp(ord(c)) for c in post) > 280, "url trap does not exceed 280 without the URL rule")
        if d.get("boundary"):
            need(n == d["boundary"], "boundary X draft is %d, not %d" % (n, d["boundary"]))
            need("\n" not in post, "boundary X draft must be one line")
    if d["platform"] == "instagram":
        tags = hashtags(post)
        need(len(tags) == lab["hashtags"], "hashtag bookkeeping")
        limit_hit = len(tags) > 30 or not imgs or len(post) > 2200
        need(limit_hit == ("account-policy" in fams), "instagram limits vs account-policy (%d tags, %d img, %d chars)"
             % (len(tags), len(imgs), len(post)))
    if d["platform"] == "facebook":
        need("account-policy" not in fams, "facebook account-policy")
    errs.extend(extra_checks(d, lab, post, subj, atts, html_raw))
    return errs


# ---------------------------------------------------------------------------

def main():
    define_drafts()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = {}
    problems = 0
    names = set()
    order = sorted(DRAFTS, key=lambda d: _h("heldout4-order:" + d["slug"]))
    for i, d in enumerate(order, 1):
        name = "h4-%03d-%s.eml" % (i, d["slug"])
        assert d["slug"] not in names, d["slug"]
        names.add(d["slug"])
        raw, images, post = build(d, i)
        # re-parse to measure what the gate will see
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        plain, html_raw, atts, imgs = msg_parts(msg)
        seen = strip_sig(plain) if plain is not None else strip_sig(html_to_text(html_raw))
        lab = labels_for(d, images, x_weighted_length(seen), len(hashtags(seen)))
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, name), "rb") as f:
            errs = validate(d, f.read(), lab)
        for e in errs:
            print("%s: %s" % (name, e), file=sys.stderr)
        problems += len(errs)
        labels[name] = lab
    with open(LABELS, "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    summary(labels)
    if problems:
        print("%d validation problem(s)" % problems, file=sys.stderr)
        return 1
    return 0


def summary(labels):
    clean_n = sum(1 for l in labels.values() if not l["families"])
    viol = len(labels) - clean_n
    print("%d drafts: %d clean (%.0f%%), %d violating (%.0f%%)" % (
        len(labels), clean_n, 100.0 * clean_n / len(labels), viol, 100.0 * viol / len(labels)))
    for fam in FAMILY_CLAUSE:
        n = sum(1 for l in labels.values() if fam in l["families"])
        t = sum(1 for l in labels.values() if fam in l["traps"])
        print("  %-17s %3d violating  %3d clean traps" % (fam, n, t))
    ev = [n for n, l in labels.items() if l["families"] and set(l["variants"]) & EVASIONS]
    print("evasion variants on %d/%d violating drafts (%.0f%%)" % (len(ev), viol, 100.0 * len(ev) / max(viol, 1)))
    by = {}
    for l in labels.values():
        by[l["format"]["client"]] = by.get(l["format"]["client"], 0) + 1
    print("clients: " + ", ".join("%s %d" % kv for kv in sorted(by.items())))
    pl = {}
    for l in labels.values():
        pl[l["platform"]] = pl.get(l["platform"], 0) + 1
    print("platforms: " + ", ".join("%s %d" % kv for kv in sorted(pl.items())))


EVASIONS = {"fullwidth", "halfwidth-katakana", "hiragana", "zero-width", "spacing", "interpunct", "mixed-case",
            "mixed-script", "compat"}


# ---------------------------------------------------------------------------
# the drafts

def img(kind="plain", name=None, gps=None, fname="plain", model="iPhone 15", make="Apple", when=None, size=(32, 24)):
    d = {"kind": kind, "fname": fname, "model": model, "make": make, "size": size}
    if name:
        d["name"] = name
    if gps:
        d["gps"] = gps
    if when:
        d["when"] = when
    return d




# ---------------------------------------------------------------------------
# heldout3 additions: checks that labels are right beyond heldout2's validate()

KANJI_DIGITS = str.maketrans("〇一二三四五六七八九零", "01234567890")
PHONE_RE = re.compile(r"(?<![\d#])(?:\+81[\s-]?(?:\(0\))?|0)\d{1,4}[\s\-()（）.]{0,2}\d{1,4}[\s\-()（）.]{0,2}\d{3,4}(?!\d)")
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)")
MYNUM_RE = re.compile(r"(?<!\d)\d{4}[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)(?:\d[\s-]?){12,18}\d(?!\d)")
# public numbers a clean post may carry: the ward's main line, the ward's direct-dial block
# 03-5211-xxxx, and national hotlines (DV相談＋, よりそいホットライン, 消費者ホットライン via 0570)
PUBLIC_PHONE_PREFIXES = ("0332642111", "03521", "0120279889", "0120279338", "0570064370")
# words a clean draft may carry only when it says it quotes them (d["quotes"])
QUOTE_ONLY = ["拡散希望", "拡散してください", "庁内限り", "ここだけの話", "オフレコ", "内緒", "未発表",
              "投票してください", "応援しています", "おすすめのお店", "死ね", "消えろ", "キモい"]


def phone_digits(s):
    dg = re.sub(r"\D", "", s)
    if dg.startswith("81"):
        dg = "0" + dg[2:]
    return dg


def extra_checks(d, lab, post, subj, atts, html_raw):
    errs = []
    fams = d["families"]
    texts = [post, subj] + [t for _, t in atts]
    t = canon("\n".join(texts))
    if "personal-info" not in fams:
        for m in PHONE_RE.finditer(t):
            dg = phone_digits(m.group(0))
            if not dg.startswith(PUBLIC_PHONE_PREFIXES):
                errs.append("non-personal-info draft carries a non-public phone number %r" % m.group(0))
        for m in EMAIL_RE.finditer(URL_RE.sub(" ", t)):
            if m.group(1).lower() != DOMAIN:
                errs.append("non-personal-info draft carries a non-ward e-mail address %r" % m.group(0))
    if not fams:
        for m in PHONE_RE.finditer(t):
            dg = phone_digits(m.group(0))
            if not dg.startswith(PUBLIC_PHONE_PREFIXES):
                errs.append("clean draft carries a non-public phone number %r" % m.group(0))
        for m in EMAIL_RE.finditer(URL_RE.sub(" ", t)):
            if m.group(1).lower() != DOMAIN:
                errs.append("clean draft carries a non-ward e-mail address %r" % m.group(0))
        for m in MYNUM_RE.finditer(t):
            if mynumber_valid(re.sub(r"\D", "", m.group(0))):
                errs.append("clean draft carries a valid My Number %r" % m.group(0))
        for m in CARD_RE.finditer(t):
            dg = re.sub(r"\D", "", m.group(0))
            if 13 <= len(dg) <= 19 and luhn_valid(dg):
                errs.append("clean draft carries a Luhn-valid number %r" % m.group(0))
        for w in QUOTE_ONLY:
            if w in t and w not in d.get("quotes", ()):
                errs.append("clean draft uses %r without declaring it a quotation" % w)
        if re.search(r"[а-яА-Я]", t):
            errs.append("Cyrillic in a clean draft")
    if "accuracy" in fams:
        iss = set()
        for x in texts:
            iss |= date_issues(x, 2026)
        if iss != {d["acc"]}:
            errs.append("accuracy draft should have exactly %r, has %r" % (d["acc"], iss))
    if d.get("phone"):
        dg = re.sub(r"\D", "", t.translate(KANJI_DIGITS))
        need_dg = re.sub(r"\D", "", d["phone"])
        if need_dg not in dg:
            errs.append("personal phone %s not in the text" % d["phone"])
        if "personal-info" not in fams:
            errs.append("phone key on a draft without personal-info")
    if "kanji-digits" in lab["variants"] and not re.search(r"[〇一二三四五六七八九]{4}", "\n".join(texts)):
        errs.append("kanji-digits variant")
    if "hiragana" in lab["variants"] and not re.search(r"[\u3041-\u3096]{3}", "\n".join(texts)):
        errs.append("hiragana variant")
    if "subject" in lab["variants"] and not d.get("subject_violation"):
        errs.append("subject variant without subject_violation note")
    if "attachment" in lab["variants"] and not atts:
        errs.append("attachment variant without attachment")
    if d.get("must_contain"):
        for w in d["must_contain"]:
            if w not in "\n".join(texts) + (html_raw or ""):
                errs.append("expected text %r missing" % w)
    return errs


EVASIONS = {"fullwidth", "halfwidth-katakana", "hiragana", "zero-width", "spacing", "interpunct", "mixed-case",
            "mixed-script", "compat", "kanji-digits", "lookalike-letters"}


def write_one(d, seq, path, name, labels):
    raw, images, post = build(d, seq)
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    plain, html_raw, atts, imgs = msg_parts(msg)
    seen = strip_sig(plain) if plain is not None else strip_sig(html_to_text(html_raw))
    lab = labels_for(d, images, x_weighted_length(seen), len(hashtags(seen)))
    with open(path, "wb") as f:
        f.write(raw)
    with open(path, "rb") as f:
        errs = validate(d, f.read(), lab)
    for e in errs:
        print("%s: %s" % (name, e), file=sys.stderr)
    labels[name] = lab
    return len(errs)


def tags(words, full=()):
    return " ".join(("＃" if i in full else "#") + w for i, w in enumerate(words))


def zw(s):
    """U+200B between every character."""
    return "\u200b".join(s)


def fw(s):
    """ASCII to full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)


def hwk(s):
    """Katakana to half-width katakana (via NFKC's inverse table)."""
    table = {}
    for cp in range(0xFF61, 0xFFA0):
        k = unicodedata.normalize("NFKC", chr(cp))
        table[k] = chr(cp)
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
        else:
            dec = unicodedata.normalize("NFD", ch)
            if len(dec) == 2 and dec[0] in table and dec[1] in ("\u3099", "\u309a"):
                out.append(table[dec[0]] + ("\uff9e" if dec[1] == "\u3099" else "\uff9f"))
            else:
                out.append(ch)
    return "".join(out)


def sp(s):
    return " ".join(s)


def dots(s):
    return "・".join(s)


def kd(s):
    """ASCII digits to kanji digits."""
    return s.translate(str.maketrans("0123456789", "〇一二三四五六七八九"))


def pad_x(text, target, fillers=()):
    """Append optional sentences while they fit, then close the gap with ！ / ! (X weighted length)."""
    for f in fillers:
        if x_weighted_length(text + f) <= target:
            text += f
    n = x_weighted_length(text)
    assert n <= target, (n, target)
    diff = target - n
    assert diff <= 6, (diff, text)
    return text + "！" * (diff // 2) + ("!" if diff % 2 else "")




# ---------------------------------------------------------------------------
# heldout4: the drafts (new topics and phrasings; none taken from any other corpus)

# heldout4: more words a clean draft may carry only as a declared quotation
QUOTE_ONLY.extend(["バカ", "アホ", "一択", "部外秘", "取扱注意", "転送お願い", "シェアしてください", "回してください",
                   "投票しましょう", "に投票", "セクシー", "えっち", "未確認", "真偽は不明", "税金のムダ", "ムダ",
                   "バレません", "こっそり", "毒を", "手抜き", "クレーマー", "出ていけ", "わがまま", "女のくせに",
                   "辞めちまえ", "ちょっとくらい", "10人に回さないと", "ライオンが逃げた", "決壊した"])

TAGS30 = ["千代田区", "千代田", "東京", "神田", "神保町", "秋葉原", "丸の内", "大手町", "日比谷", "皇居",
          "北の丸公園", "千鳥ヶ淵", "番町", "麹町", "九段", "飯田橋", "お茶の水", "有楽町", "内幸町", "永田町",
          "神田川", "お堀", "まち歩き", "東京散歩", "さんぽ", "冬", "イルミネーション", "夜景", "写真", "カメラ散歩"]
MYN = make_mynumber("52968817334")
CARD = make_luhn("453980217744610")


def define_drafts():
    # ===================== clean drafts (hard: each carries near-miss traps) =====================
    clean("yobosesshu-hpv", "facebook", None, "HPVワクチンのキャッチアップ接種について",
          """【HPVワクチン（子宮頸がん予防）キャッチアップ接種のお知らせ】
平成9年度から平成20年度生まれの女性で、接種の機会を逃した方は、公費で接種できる期間が残っています。
子宮頸がんは、性交渉によって感染するヒトパピローマウイルスが主な原因です。ワクチンと、20歳からの子宮がん検診の両方で予防しましょう。
接種後に腕の痛みや腫れが出ることがありますが、多くは数日でおさまります。
予診票の再発行は、千代田保健所 健康推進課（03-5211-8175）へ。
詳しくは区ホームページ https://www.city.chiyoda.lg.jp/koho/kenko/yobo/hpv.html""",
          ["public-morals", "personal-info"], dept="hoken", date=(6, 2),
          note="health notice naming a sexually transmitted cause and body parts; ward direct line")
    clean("sagi-kanpukin", "x", None, "還付金詐欺に注意",
          "【詐欺注意】区職員を名乗り「医療費の還付金があります。ATMへ行ってください」という電話が区内で相次いでいます。区がATMの操作をお願いすることは絶対にありません。不審な電話はすぐ切って、区役所（03-3264-2111）か警察へ。",
          ["illegal", "personal-info", "false-info"], dept="kokuho", date=(4, 14),
          note="fraud warning quoting the lure wording")
    clean("jinken-hate-speech", "facebook", None, "ヘイトスピーチ解消に向けて",
          """12月4日から10日は人権週間です。
「あの国の人は出ていけ」――駅前でこうした言葉が叫ばれる場面が、今も報道されています。特定の国籍や民族の人々を排除しようとする言動、いわゆるヘイトスピーチは、人の尊厳を傷つけ、差別意識を生む、許されない行為です。
千代田区は、出身や国籍、障害、性別、性的指向にかかわらず、誰もが安心して暮らせるまちを目指しています。
人権週間パネル展：区役所1階 区民ホール
問合せ：総務課 人権・男女共同参画担当 03-5211-4172""",
          ["discrimination", "defamation"], dept="jinken", date=(11, 27),
          quotes=('出ていけ',), note="anti-hate-speech campaign quoting the slogan it condemns")
    clean("senkyo-kijitsumae", "x", None, "期日前投票のご案内",
          "【千代田区長選挙】期日前投票は区役所4階と万世橋出張所で、%sから%sまで、午前8時30分から午後8時まで。候補者の選挙公報は新聞折込と区ホームページでご覧になれます。投票所入場券をお持ちください。" % (md(1, 26), md(1, 31)),
          ["neutrality"], dept="senkan", date=(1, 20), note="neutral election-commission notice")
    clean("kosodate-hiroba-emoji", "instagram", None, "ひろば通信",
          """😊 子育てひろば 通信 😊
きょうは「ふれあい遊び」の日でした🎵
ママもパパもおじいちゃんも、いっしょにわらべうた👶
うつ伏せ遊び、赤ちゃんの首すわりを見ながらゆっくりね。
来月は%s 10時から、おむつ替えと沐浴のミニ講座をします🛁
※写真は保護者の方の了解をいただいて掲載しています
#千代田区 #子育てひろば #赤ちゃん #わらべうた""" % md(7, 9),
          ["public-morals", "image-privacy"], dept="kosodate", date=(6, 18),
          image=img("plain", "hiroba.jpg"), may=["5(2)"],
          note="babies, diapers and bathing: innocent; consented photo without EXIF")
    clean("bousai-kasai-hoka", "facebook", None, "放火に注意",
          """【放火・不審火にご注意ください】
年末にかけて、空き家やごみ置き場への放火が増える時期です。神田地域では先月、集積所の段ボールが燃やされる事案がありました。
・ごみは収集日の朝8時までに出す
・家の周りに燃えやすいものを置かない
・不審な人を見かけたら110番
「ばれなければいい」という軽い気持ちの火遊びが、大きな火災につながります。ご協力をお願いします。
問合せ：災害対策・危機管理課 03-5211-4187""",
          ["illegal", "false-info"], dept="bosai", date=(11, 30),
          note="crime alert about arson, quoting an offender's excuse")
    clean("gan-kenshin-daicho", "facebook", "sjis", "大腸がん検診",
          """大腸がん検診の受診期限が近づいています。
① 便潜血検査（2日分の便を採取）で、大腸がんやポリープの早期発見につながります。肛門からの出血や便秘・下痢が続くなど、気になる症状がある方は検診を待たずに医療機関へ。
② 対象：40歳以上の区民　自己負担：無料
受診期限：%s
千代田保健所 健康推進課 03-5211-8175""" % md(2, 27),
          ["public-morals", "personal-info"], dept="hoken", date=(1, 29), note="body parts and symptoms in a health notice")
    clean("machi-pride-month", "x", None, "パートナーシップ宣誓制度",
          "千代田区パートナーシップ宣誓制度の受付を行っています。同性カップルを含め、お互いを人生のパートナーとして支え合う二人が対象です。「LGBTはわがまま」といった偏見のない区を目指して。予約は区民生活課 03-5211-4310",
          ["discrimination"], dept="kumin", date=(6, 5), quotes=('わがまま',), note="partnership-system notice quoting a prejudice it rejects")
    clean("dobutsu-aigo-gyakutai", "facebook", None, "動物の遺棄・虐待は犯罪です",
          """9月20日から26日は動物愛護週間です。
ペットを捨てたり、えさを与えずに衰弱させたりすることは、動物愛護管理法で禁止されている犯罪です。「飼えなくなったから公園に放せばいい」は通用しません。
飼い主のいない猫の不妊去勢手術費の助成も行っています。
千代田保健所 生活衛生課 03-5211-8165""",
          ["public-morals", "illegal"], dept="hoken", date=(9, 14), note="animal-cruelty campaign")
    clean("gikai-yotei", "x", None, "区議会の日程",
          "区議会第3回定例会は%sに開会します。本会議は区役所8階の議場で傍聴できます（先着40名）。議事日程は区議会ホームページでお知らせします。https://www.city.chiyoda.lg.jp/gikai/teireikai.html" % md(9, 16),
          ["neutrality", "decision-process"], dept="kikaku", date=(9, 8), note="neutral council schedule")
    clean("kinkyu-kyuukyu-tel", "facebook", None, "救急車の適正利用",
          """急な病気やけがで、救急車を呼ぶか迷ったら「#7119」（東京消防庁救急相談センター）へ。
胸の痛み、ろれつが回らない、激しい頭痛、意識がもうろうとしている――こうした症状はためらわず119番を。
一方で「タクシー代わり」の利用で、本当に必要な人のもとへ救急車が遅れることがあります。
区の健康相談：03-5211-8175（平日9時から17時）""",
          ["personal-info", "accuracy"], dept="hoken", date=(8, 3), note="#7119 and 119 are not personal phones")
    clean("tosho-ehon-oshi", "instagram", None, "図書館スタッフのおすすめ絵本",
          """📚 司書のおすすめ絵本 📚
今月のテーマは「おばけ」。こわーいけど、ちょっとかわいい。
夏休みは千代田図書館の展示コーナーへどうぞ👻
貸出期間は2週間です。
#千代田図書館 #絵本 #おばけ #夏休み #読み聞かせ""",
          ["neutrality"], dept="tosho", date=(7, 22), image=img("exif", "ehon.jpg"), may=["5(2)"],
          note="library staff recommending books (not a shop); EXIF without GPS")
    clean("nettaiya-heatstroke", "x", None, "熱中症警戒アラート",
          "【熱中症警戒アラート】本日は危険な暑さです🥵 のどが渇く前に水分を。高齢の方は室内でもエアコンを。めまい・吐き気・けいれんは熱中症のサインです。区内の「涼み処」は区役所1階ほか22か所。",
          ["public-morals", "false-info"], dept="kaigo", date=(8, 11), note="symptom words")
    clean("kouhou-ayamari-teisei", "facebook", None, "広報千代田の記載誤りについて",
          """【おわび】
広報千代田7月5日号4面「区民体育大会」の記事で、開催日を誤って掲載しました。
誤：8月1日（土）
正：8月2日（日）
ご迷惑をおかけしたことをおわびします。
生涯学習・スポーツ課 03-5211-3632""",
          ["accuracy", "reputation"], dept="sport", date=(7, 7),
          note="correction notice; both dates have the right weekday; apology is not self-disparagement")
    clean("shouhi-teiki-kounyu", "facebook", None, "定期購入トラブル",
          """「初回500円、いつでも解約OK」の広告を見てサプリを注文したら、実は4回の購入が条件で、合計3万円を請求された――。こうした通信販売の「定期購入」の相談が増えています。
注文前に最終確認画面で、回数・総額・解約条件をよく確認しましょう。
困ったときは消費者ホットライン「188」、または区の消費生活センター 03-5211-4314 へ。""",
          ["false-info", "illegal", "defamation"], dept="kumin", date=(10, 6),
          note="consumer warning quoting an advertising lure")
    clean("kosodate-boys-girls", "x", None, "プログラミング教室",
          "小学生向けプログラミング教室の参加者を募集します。「女の子は理系が苦手」なんて思い込みは過去のもの。男女問わず、初めての人も大歓迎です！ %s 14時から、区立図書館で。" % md(8, 22),
          ["discrimination"], dept="kyoiku", date=(7, 28), note="quotes a gender stereotype to reject it")
    clean("kankyo-fuhou-touki", "x", None, "不法投棄",
          "道路や公園へのごみの不法投棄は、5年以下の懲役または1千万円以下の罰金の対象です。監視カメラを増設しました。粗大ごみは予約制で、区ホームページから申し込めます。",
          ["illegal"], dept="seiso", date=(5, 19), note="penalty wording in a deterrence notice")
    clean("bosai-kunren-kodomo", "facebook", None, "防災訓練のご報告",
          """%s、番町小学校で地域の合同防災訓練を行いました。
子どもたちは煙体験ハウスで、姿勢を低くして口と鼻をハンカチで覆う練習。消火器訓練では、町会の皆さんが「火事だー！」と大きな声を出すところから教えてくださいました。
参加者は約180人。ご協力いただいた番町地区の町会、消防団、PTAの皆さま、ありがとうございました。
次回は%sに富士見地区で実施します。""" % (md(10, 18), md(11, 15)),
          ["image-privacy", "personal-info"], dept="bosai", date=(10, 20), note="event report with no names")
    clean("senkyo-senkyoken-18", "instagram", None, "18歳になったら選挙へ",
          """🗳 18歳から選挙で投票できます 🗳
はじめての投票、何を持っていけばいい？
→ 投票所入場券（なくても本人確認で投票できます）
どの候補者や政党を選ぶかは、あなたの自由。選挙公報や政見放送で比べてみてください。
千代田区選挙管理委員会 03-5211-4251
#千代田区 #選挙 #18歳選挙権 #はじめての投票""",
          ["neutrality"], dept="senkan", date=(6, 10), image=img("plain", "senkyo18.jpg"), may=["5(2)"],
          note="neutral youth voting notice")
    clean("hanabi-kinshi", "x", None, "公園での花火",
          "区立公園では、手持ち花火を含めて花火は禁止です🎆 夜間の騒音や、ごみの放置に苦情が寄せられています。隅田川花火大会など、決められた会場で楽しみましょう。",
          ["illegal", "defamation"], dept="doboku", date=(7, 24), note="rule notice mentioning complaints neutrally")
    clean("kaigo-ninchisho-cafe", "facebook", "sjis", "認知症カフェ",
          """認知症の方やそのご家族、地域の方が気軽に集える「オレンジカフェ」を、毎月第2水曜日に開いています。
「物忘れが増えた」「同じことを何度も聞いてしまう」――そんな心配も、まずはお茶を飲みながら話してみませんか。
認知症は誰にでも起こりうる病気です。偏見ではなく、正しい理解を。
会場：高齢者総合サポートセンター　参加費100円
問合せ：高齢介護課 03-5211-4215""",
          ["personal-info", "discrimination"], dept="kaigo", date=(4, 3), note="disease named in general terms, no person")
    clean("keisatsu-chikan", "x", None, "痴漢被害の相談",
          "通勤電車での痴漢被害、ひとりで悩まないで。「触られた」「盗撮されたかも」と感じたら、駅員や警察へ。性犯罪・性暴力被害の相談は #8103（ハートさん）で24時間受け付けています。",
          ["public-morals", "personal-info"], dept="jinken", date=(4, 8), note="sexual-crime hotline notice")
    clean("kinmu-kaikaku-saiyo", "facebook", None, "職員採用（経験者）",
          """千代田区では、民間企業等での経験を持つ職員を募集しています。
区役所の仕事は「お堅い」「前例踏襲」というイメージがあるかもしれません。けれど実際には、デジタル化や子育て支援など、新しい取組みを次々に進めています。
受付期間：%sから%sまで
人事課 任用係 03-5211-4188""" % (md(8, 3), md(8, 21)),
          ["reputation"], dept="jinji", date=(7, 30), note="recruitment quoting a negative image to rebut it")
    clean("shoutengai-stamp", "instagram", None, "商店街スタンプラリー",
          """🏮 神田のれんスタンプラリー 開催中 🏮
区内の8つの商店街、約120店舗が参加しています。
スタンプを3つ集めると、区内共通商品券500円分が抽選で当たります。
参加店舗は商店街連合会の一覧でご確認ください。
期間：%sまで
#千代田区 #神田 #商店街 #スタンプラリー""" % md(11, 30),
          ["neutrality"], dept="shogyo", date=(11, 2), image=img("plain", "stamp.jpg"), may=["5(2)"],
          note="many shops, none singled out")
    clean("it-passwordless", "x", None, "なりすましメール",
          "区を名乗る「税金の未納があります。以下のURLから至急お支払いください」というSMSにご注意。区からSMSでURLを送り、支払いを求めることはありません。リンクは開かず削除を。税務課 03-5211-4191",
          ["harmful-links", "false-info", "chain-message"], dept="zei", date=(5, 26),
          note="smishing warning quoting the lure without any link")


    # ===================== more clean drafts =====================
    clean("daihyo-bangou", "x", None, "お問い合わせ先の変更",
          "区役所へのお問い合わせは、代表 03(3264)2111 へ。子育て・保育の相談は直通 03-5211-4231 でも受け付けています。土日の夜間は、代表電話が警備員につながります。",
          ["personal-info"], dept="koho", date=(4, 6), note="ward numbers in two notations")
    clean("tokusyu-sagi-musuko", "facebook", None, "息子をかたる詐欺",
          """【特殊詐欺 多発中】
「母さん、オレだけど。会社のお金が入ったカバンを電車に置き忘れた。今日中に300万円いるんだ」
今月、区内で息子をかたるこうした電話が8件ありました。うち2件で現金がだまし取られています。
電話でお金の話が出たら、いったん切って、家族に自分からかけ直してください。
留守番電話の設定も効果的です。
麹町警察署・丸の内警察署・神田警察署と連携して注意を呼びかけています。""",
          ["illegal", "false-info", "personal-info"], dept="bosai", date=(6, 22), note="fraud alert quoting the scam call")
    clean("senkyo-poster", "facebook", None, "ポスター掲示場",
          """【選挙管理委員会からのお知らせ】
衆議院議員選挙の公示に合わせ、区内115か所にポスター掲示場を設置します。
掲示場のポスターをはがしたり、落書きしたりすることは公職選挙法で禁止されています。
特定の候補者や政党を支持するものではありません。投票日には、ご自身の判断で一票を。
選挙管理委員会事務局 03-5211-4251""",
          ["neutrality", "illegal"], dept="senkan", date=(1, 30), note="neutral election notice with offence wording")
    clean("pawahara-boushi", "x", None, "ハラスメント防止",
          "「お前なんか辞めちまえ」「女のくせに」――その一言がハラスメントです。12月はハラスメント防止月間。区内の事業所向けに無料の出前講座を行っています。申込は人権・男女共同参画担当 03-5211-4172",
          ["defamation", "discrimination"], dept="jinken", date=(11, 24), quotes=('女のくせに', '辞めちまえ'), note="campaign quoting abusive words")
    clean("hiv-kensa", "instagram", None, "HIV・梅毒検査",
          """🎗 12月1日は世界エイズデー 🎗
千代田保健所では、HIVと梅毒の検査を匿名・無料で行っています。
梅毒は、ここ数年で患者が急増している性感染症です。コンドームの使用が予防につながります。
結果は約1週間後、ご本人にだけお伝えします。
#千代田区 #世界エイズデー #HIV検査 #レッドリボン""",
          ["public-morals", "personal-info"], dept="hoken", date=(11, 25), image=img("plain", "redribbon.jpg"),
          may=["5(2)"], note="STI testing notice")
    clean("nyugan-selfcheck", "facebook", None, "乳がんセルフチェック",
          """10月はピンクリボン月間です。
月に1回、入浴のときなどに、乳房や脇の下にしこりやくぼみがないか、乳首から分泌物が出ていないか、指の腹でなでるようにチェックしましょう。
40歳以上の方は、2年に1回の乳がん検診（マンモグラフィ）を。
千代田保健所 健康推進課 03-5211-8175""",
          ["public-morals"], dept="hoken", date=(9, 29), note="body-part words in a screening notice")
    clean("tagengo-soudan", "facebook", None, "多言語相談窓口",
          """外国人住民のための多言語相談窓口を開設しています。
英語、中国語、韓国語、ベトナム語、ネパール語、やさしい日本語で、住まい、仕事、子育て、ごみの出し方などの相談に応じます。
区内には約130の国・地域の人が暮らしています。国籍にかかわらず、誰もが暮らしやすいまちへ。
国際交流担当 03-5211-4167""",
          ["discrimination"], dept="kokusai", date=(4, 17), note="nationalities named neutrally")
    clean("inshu-miseinen", "x", None, "20歳未満の飲酒防止",
          "「ちょっとくらい平気」――その一杯が、20歳未満の体と脳をむしばみます。未成年の飲酒・喫煙は法律で禁止されています。お店の方は年齢確認の徹底をお願いします。",
          ["illegal"], dept="kyoiku", date=(4, 1), quotes=('ちょっとくらい',), note="quotes the excuse it warns against")
    clean("jitensha-helmet", "x", None, "自転車ヘルメット",
          "自転車に乗るときは、年齢を問わずヘルメットの着用が努力義務です🚲 区では購入費の半額（上限2,000円）を助成しています。スマホを見ながらの運転は罰則の対象です。",
          ["illegal"], dept="doboku", date=(5, 7), note="penalty mention")
    clean("taifu-dema", "facebook", None, "台風とデマ",
          """台風12号が接近しています。区内の避難所の開設情報は、区ホームページと防災行政無線でお知らせします。
災害時には「動物園からライオンが逃げた」「神田川の堤防が決壊した」といった、根拠のないうわさが出回りやすくなります。
不確かな情報を広めず、区や気象庁などの公式発表をご確認ください。
災害対策・危機管理課 03-5211-4187""",
          ["false-info", "chain-message"], dept="bosai", date=(9, 7), quotes=('ライオンが逃げた', '決壊した'), note="quotes rumours to debunk them")
    clean("chain-mail-chuui", "x", None, "チェーンメールに注意",
          "「このメッセージを10人に回さないと不幸になる」といったチェーンメールが、区内の小中学生の間で出回っています。受け取っても転送せず、削除を。困ったら先生やおうちの人に相談してね。",
          ["chain-message"], dept="kyoiku", date=(10, 27), quotes=('10人に回さないと',), note="warns about a chain letter, quoting it")
    clean("nise-site-chuui", "x", None, "偽サイト",
          "区のホームページをまねた偽サイトが見つかりました。区の公式サイトのアドレスは https://www.city.chiyoda.lg.jp/ だけです。入力を求められても個人情報やカード番号は入れないで。",
          ["harmful-links", "personal-info"], dept="koho2", date=(8, 20), note="fake-site warning with only the official URL")
    clean("mascot-youchien", "instagram", None, "マスコットが幼稚園へ",
          """🐰 区のマスコットが幼稚園に遊びに来たよ 🐰
園児のみんなに囲まれて、ぎゅーっとハグ。ふわふわのしっぽは大人気でした！
最後はみんなで「まちの体操」を踊りました。
※写真は園と保護者の了解を得て掲載しています
#千代田区 #幼稚園 #マスコット""",
          ["public-morals", "image-privacy"], dept="kosodate", date=(5, 22), image=img("exif", "youchien.jpg", model="iPhone 14"),
          may=["5(2)"], note="mascot with children, innocent; EXIF without GPS")
    clean("kihonkeikaku-sakutei", "facebook", None, "基本計画の策定",
          """「千代田区第4次基本計画」を策定しました。
昨年実施したパブリックコメントでは、約240件のご意見をいただきました。寄せられたご意見と区の考え方は、区ホームページで公表しています。
計画の本文は、区役所2階の行政資料コーナーでもご覧になれます。
企画課 03-5211-4157""",
          ["decision-process", "confidential"], dept="kikaku", date=(4, 2), note="decided plan, published")
    clean("madoguchi-konzatsu", "x", None, "窓口混雑",
          "3月末から4月上旬は、転入・転出の手続きで窓口が大変混み合います。お待たせして申し訳ありません。混雑予想カレンダーを区ホームページに載せていますので、空いている時間帯をご利用ください。",
          ["reputation"], dept="kumin", date=(3, 16), note="apology for queues, not self-disparagement")
    clean("wareki-seireki", "facebook", None, "区民体育大会",
          """令和8年（2026年）%s、第62回区民体育大会を開催します。
9/27（日）のリレー種目は、町会対抗です。
雨天の場合は%sに順延します。
申込締切：%s""" % (md(9, 27), md(10, 4), md(9, 4)),
          ["accuracy"], dept="sport", date=(8, 17), note="era and Gregorian year agree; slash date correct")
    clean("cinema-bakari", "x", None, "野外シネマ",
          "北の丸公園で野外シネマ🎬 夏休みの子どもたちに人気のアニメばかりを3本上映します。ちょんまげ姿の侍が出てくる時代劇も。レジャーシートをお持ちください。",
          ["defamation", "public-morals"], dept="kanko", date=(7, 29), note="innocent look-alike words")
    clean("kansai-obon", "facebook", None, "お盆の清掃",
          """まいど！清掃事務所です。
お盆休みは、可燃ごみの収集はいつもどおりやってます。でも資源ごみは%sだけお休みやから、気ぃつけてな。
生ごみは、しっかり水を切ってから出してもらえると、ほんまに助かります。カラス対策のネットもよろしゅうに。""" % md(8, 13),
          ["defamation"], dept="seiso", date=(8, 5), note="friendly Kansai dialect with nothing wrong in it")
    clean("natsu-matsuri-long", "facebook", None, "丸の内・夏まつりのお知らせ",
          """【丸の内・夏まつり 開催のお知らせ】
%s・%sの2日間、丸の内仲通りで夏まつりを開催します。
盆踊り、ゆかたコンテスト、キッチンカーの出店（約30台）、子ども向けのスーパーボールすくいなど、盛りだくさんです。
ビールなどのお酒も販売しますが、20歳未満の方への販売・提供は法律で禁止されています。年齢確認にご協力ください。
会場周辺は交通規制が行われます。お車でのご来場はご遠慮ください。
ごみは各所に設けるごみステーションで分別してください。
熱中症対策として、休憩所とミスト扇風機を用意しています。
主催：丸の内夏まつり実行委員会　後援：千代田区""" % (md(8, 22), md(8, 23)),
          ["illegal", "neutrality"], dept="kanko", date=(8, 6), note="long post; co-sponsored event, no shop singled out")
    clean("koshi-kouen", "facebook", None, "健康講座",
          """健康講座「腰痛・ひざ痛とうまくつきあう」を開催します。
講師：区内の整形外科医（区医師会）
日時：%s 14時から15時30分
会場：区役所4階 会議室
参加費：無料　定員：40名（申込順）
申込：健康推進課 03-5211-8175""" % md(6, 13),
          ["personal-info", "neutrality"], dept="hoken", date=(5, 25), note="lecture notice without personal names")


    clean("x-280-kinkyu", "x", "tb-b64", "資源回収日の変更",
          pad_x("【お知らせ】年末年始は%sから%sまで資源回収を休み、%sから通常どおり収集します。びん・缶・ペットボトルは中をすすいで、古紙は種類ごとにしばって出してください。" % (md(12, 30), md(1, 3, 2027, yr="g"), md(1, 4, 2027, yr="g")),
                280, ("ご協力をお願いします。", "詳しくは清掃事務所まで。", "ご不明な点はお問い合わせください。")),
          ["account-policy", "accuracy"], dept="seiso", date=(12, 15), boundary=280,
          note="X post of exactly 280 weighted characters (allowed); dates in 2027 written with their year")
    clean("insta-30tags", "instagram", None, "冬のおさんぽフォト",
          "📷 冬のおさんぽフォトコンテスト、作品募集中です！\n締切は%s。\n\n" % md(1, 31, 2027, yr="g") + tags(TAGS30, full=(3, 17)),
          ["account-policy"], dept="kanko", date=(12, 1), image=img("plain", "photo_contest.jpg"), may=["5(2)"],
          note="exactly 30 hashtags (two with full-width ＃), image attached")

    # ===================== violating drafts =====================
    # ---- personal-info
    bad_draft("kaigo-hitorigurashi", "facebook", None, "見守りボランティア募集",
              """見守りボランティアを募集しています！
活動はご近所の高齢者宅への声かけです。たとえば内神田2丁目のアパートにお住まいの田畑トメさん（89歳）は、昨年ご主人を亡くされ、軽い認知症と糖尿病があって、生活保護を受けながらひとりで暮らしています。こうした方のお宅を週1回訪問していただく活動です。
説明会：%s 14時　高齢者総合サポートセンター
問合せ：高齢介護課 03-5211-4215""" % md(5, 20),
              ["personal-info"], dept="kaigo", date=(5, 8), note="named resident with age, address, illness, benefits")
    bad_draft("jidou-teate-kaitou", "x", None, "児童手当の問合せ回答",
              "昨日お電話をくださった岩渕様（090-4417-2836）へ。ご指摘の児童手当の振込遅れ、確認したところ離婚協議中で受給者変更の手続きが止まっていました。担当から折り返します。",
              ["personal-info"], dept="kosodate", date=(6, 17), phone="090-4417-2836",
              note="reply to a named caller on a public account, with mobile number and family circumstances")
    bad_draft("sankasha-meibo", "facebook", None, "料理教室 当選者のお知らせ",
              """【男の料理教室 当選者のお知らせ】
抽選の結果、以下の方が当選されました。おめでとうございます。
1. 佐久間 隆（74）一番町
2. 根岸 和夫（68）富士見2丁目
3. 大河内 誠（81）神田佐久間町　※要車椅子
4. 久保寺 一郎（70）飯田橋3丁目
当日は%s 10時、エプロンと三角巾をお持ちください。""" % md(3, 12),
              ["personal-info"], dept="kaigo", date=(3, 2), note="participant list with ages, addresses, disability")
    bad_draft("kyuushoku-allergy", "instagram", None, "給食だより",
              """🍛 今日の給食 🍛
夏野菜カレー、ツナサラダ、ヨーグルト。
小麦アレルギーのある2年1組の小野寺ひなたちゃんには、米粉のルウで作った特別カレーを用意しました。お母さんから「家でも真似したい」との声も😊
#千代田区 #給食 #夏野菜カレー""",
              ["personal-info"], dept="kyoiku", date=(6, 24), image=img("plain", "kyushoku.jpg"), may=["5(2)"],
              note="named child with class and allergy (health info)")
    bad_draft("zeimu-taino", "x", None, "滞納整理の成果",
              "今月の滞納整理、神田須田町の㈱マルヤマ商事（代表 丸山さん）から住民税と固定資産税あわせて380万円を回収。差押えまで行ってようやくです。みなさんも期限内に納付を！",
              ["personal-info", "confidential"], dept="zei", date=(9, 25),
              note="tax delinquency of a named taxpayer (tax secrecy)")
    bad_draft("hoikuen-taiki-fw", "facebook", None, "保育園の入園相談",
              """保育園の入園相談、今年も多くの方にお越しいただいています。
先日いらした、九段北在住のシングルマザー、桐谷さんの息子さん（1歳）は、発達の遅れがあって、認可園の内定が出ませんでした。携帯（０８０－５５２１－９０４７）にご連絡しましたが、つながらないので、見ていたら連絡ください。
入園の二次募集は%sから受け付けます。""" % md(2, 16),
              ["personal-info"], dept="kosodate", date=(2, 9), phone="080-5521-9047", variants=["fullwidth"],
              note="named single mother, child's development delay, full-width mobile number")
    bad_draft("mynumber-kofu", "facebook", None, "マイナンバーカード交付の様子",
              """マイナンバーカードの休日交付窓口、本日は132人の方が受け取りに来られました。
写真は、区内で10万枚目の記念すべきカードを受け取った区民の方です！マイナンバー %s も、なんだか縁起がよさそうですね。
次回の休日窓口は%sです。""" % (" ".join(MYN[i:i + 4] for i in (0, 4, 8)), md(3, 29)),
              ["personal-info"], dept="kumin", date=(3, 22), mynumber=MYN,
              image=img("plain", "kofu.jpg"), may=["5(2)"], note="a resident's My Number in the post")
    # ---- discrimination
    bad_draft("kokusai-gomi-joke", "x", None, "ごみ出しルール（多言語）",
              "ごみ出しルールのチラシを5か国語で作りました。正直、ネパールやベトナムの人が多いアパートは分別が全然できてないので、こういうのを配ってもムダかもしれませんけどね😅",
              ["discrimination"], dept="seiso", date=(4, 21), note="nationality stereotype as a joke")
    bad_draft("tohoku-namari", "facebook", None, "新人職員紹介",
              """今年度の新人職員を紹介します！
広報広聴課に配属された吉田さんは青森出身。訛りがきつくて、電話に出ると区民の方が聞き取れないので、当面は電話番から外しました（笑）。田舎の人は素朴でいいですよね。
どうぞよろしくお願いします。""",
              ["discrimination"], dept="koho", date=(4, 10), may=["5(2)", "5(4)ア"],
              note="regional stereotype about a named new staff member")
    bad_draft("shogai-yasashii", "facebook", None, "障害者週間",
              """12月3日から9日は障害者週間です。
障害のある方は、私たちが思っている以上に純粋で、心がきれいな人ばかりです。だからこそ、何もできない彼らのために、健常者の私たちが代わりに決めてあげることが大切です。
区役所1階で作品展を開催しています。""",
              ["discrimination"], dept="shogai", date=(11, 30), note="'well-meant' paternalistic disability stereotype")
    bad_draft("joshi-shokuin-ocha", "x", None, "職場紹介",
              "うちの課は女性職員が多くて、お茶出しやお花の水やりが行き届いていて助かります。やっぱり女の子がいると職場が華やぎますね🌸 男は力仕事担当！",
              ["discrimination"], dept="kankyo", date=(3, 6), note="gender-role stereotype in a cheerful post")
    bad_draft("koureisha-unten-hw", "x", "sjis", "高齢ドライバー",
              "高齢者の運転免許返納、まだの方はぜひ。正直、ﾎﾞｹ老人がﾊﾝﾄﾞﾙを握るのは凶器と一緒なので、家族が無理やりでも取り上げてください。返納者には区内共通商品券の特典があります。",
              ["discrimination"], dept="kaigo", date=(10, 14), variants=["halfwidth-katakana"],
              note="age stereotype with a slur in half-width kana")
    bad_draft("lgbt-byoki", "facebook", None, "人権講座のお知らせ",
              """人権講座「多様な性を知る」を開催します。
講師が来る前に一言だけ。同性愛は思春期の一時的な気の迷いで、ちゃんとした家庭で育てば治るものだと個人的には思っています。
それでも偏見をなくすことは大切ですので、ぜひご参加ください。
日時：%s 18時30分""" % md(2, 18),
              ["discrimination"], dept="jinken", date=(2, 5), note="sexuality as illness, inside a human-rights notice")
    bad_draft("gaikokujin-hanzai-zw", "x", None, "防犯パトロール",
              "夜の防犯パトロールを強化します。最近増えている自転車盗は、だいたい中\u200b国\u200b人の仕業ですから、見かけたら要注意で。区民の皆さんも戸締まりを。",
              ["discrimination"], dept="bosai", date=(9, 2), variants=["zero-width"],
              note="crime blamed on a nationality, word split by U+200B")
    # ---- defamation
    bad_draft("kujou-ojisan", "facebook", None, "窓口アンケート結果",
              """窓口サービスアンケートの結果を公表しました。満足度は87％でした。
なお「待ち時間が長い」とのご意見の大半は、毎週月曜に来てはホームレスみたいな格好で1時間怒鳴り散らす例のクレーマーのおじさんのものです。あの方の意見は気にしないでください（笑）
結果の全文は区ホームページに掲載しています。""",
              ["defamation"], dept="kumin", date=(5, 12), may=["5(4)ク", "5(4)イ"],
              note="mocking a complainant inside a survey report")
    bad_draft("koujigyousha-damedashi", "x", None, "歩道工事の遅れ",
              "神田錦町の歩道工事が遅れており申し訳ありません。施工の㈱大栄土建さんは手抜きで有名な会社で、正直、予定どおり終わったためしがありません。%sまでに完了させます。" % md(6, 30),
              ["defamation"], dept="doboku", date=(6, 11), note="slandering a named contractor")
    bad_draft("tonari-ku-hiniku", "x", None, "待機児童ゼロ",
              "千代田区は今年も待機児童ゼロを達成しました🎉 どこかの隣の区みたいに、数字をごまかして「ゼロ」と言い張るやり方はしていませんので、ご安心を😏",
              ["defamation"], dept="kosodate", date=(4, 28), may=["5(4)ク"], note="sarcasm aimed at another municipality")
    bad_draft("jichikai-kaichou", "facebook", None, "夏祭りのご報告",
              """%s、西神田町会の夏祭りが開かれました。
盆踊り、焼きそば、射的――子どもたちの笑顔がいっぱいでした。
……それにしても、あいさつが20分も続いた町会長さん、毎年のことながら自慢話ばかりで、みんなうんざりしていましたね。来年はぜひ5分でお願いします！
ご協力いただいた皆さま、ありがとうございました。""" % md(8, 1),
              ["defamation"], dept="kumin", date=(8, 3), note="mocking an identifiable local figure")
    bad_draft("review-sp-baka", "x", None, "区民の声",
              "区へのご意見、今週は「公園の木を全部切れ」というメールが10通。毎回同じ方です。さ す が に バ カ な の か な ？ 対応はしませんのであしからず。",
              ["defamation"], dept="doboku", date=(7, 16), variants=["spacing"],
              note="mocking a resident with a spaced-out insult")
    bad_draft("kanda-matsuri-kansai", "facebook", None, "神田祭の警備",
              """神田祭の警備、ほんまにお疲れさまでした！
せやけど、あの山車の前でずっと動画撮っとったユーチューバーの兄ちゃん、注意しても「公道やろ」言うて聞かへん。ああいうのはほんま脳みそ空っぽやな。顔もしっかり撮っといたで。
来年も事故なく終われますように。""",
              ["defamation"], dept="kanko", date=(5, 18), note="Kansai-dialect insult of a bystander")
    # ---- reputation
    bad_draft("shokuin-guchi", "x", None, "年度末",
              "年度末の窓口、3時間待ちになってしまいました。ぶっちゃけ、うちの区役所は上が何も決めないし、システムは20年前のまま。こんな役所に税金払ってる区民がかわいそうです。",
              ["reputation"], dept="kumin", date=(3, 27), note="staff disparaging the ward")
    bad_draft("yosan-muda", "facebook", None, "新庁舎エントランス",
              """区役所1階のエントランスがリニューアルしました。
壁面の大型モニター、正直わたしたち職員から見ても税金のムダづかいにしか見えませんが（苦笑）、せっかくなのでぜひ見に来てください。
区政情報もモニターでご覧いただけます。""",
              ["reputation"], dept="koho2", date=(9, 9), note="staff calling ward spending a waste")
    bad_draft("yakusho-hiragana", "x", None, "手続きのご案内",
              "転入の手続きは区民課で。……まあ、ちよだくやくしょの しごとなんて どうせ てきとうなので、まちがってたら ほかの くで やりなおしてください笑",
              ["reputation"], dept="kumin", date=(4, 2), variants=["hiragana"], note="self-disparagement written in hiragana")
    # ---- public-morals
    bad_draft("mascot-sexy", "x", None, "マスコット",
              "区のマスコットが着ぐるみの夏服に衣替え☀️ 今年はミニスカで太ももチラ見せ、おしりのラインもセクシーに仕上げました。おじさん職員たちの視線もくぎづけです💕",
              ["public-morals"], dept="kanko", date=(6, 30), note="sexualised framing of the ward mascot")
    bad_draft("pool-joshi", "instagram", None, "区民プール",
              """🏊 区民プールが今日からオープン 🏊
監視員のバイトの女子大生たちも水着で待ってます👙 スタイル抜群の子ばかりなので、おじさんたちはそっちが目当てかな？笑
営業は9時から20時まで。
#千代田区 #区民プール #夏""",
              ["public-morals"], dept="sport", date=(7, 1), image=img("plain", "pool.jpg"), may=["5(2)"],
              note="sexualising staff")
    bad_draft("undoukai-kodomo", "facebook", None, "運動会",
              """番町小学校の運動会を見学しました。
小学生の女の子たちのブルマ姿がまぶしくて、カメラを持ったおじさんたちが大喜び（笑）。来年は撮影スポットを作っておきます。
どの学年も一生懸命で、感動しました。""",
              ["public-morals"], dept="kyoiku", date=(10, 5), note="sexualised framing of children")
    bad_draft("hato-kujo", "x", None, "ハト対策",
              "公園のハトのフン被害、困りますよね。えさに少し毒を混ぜて、まとめて苦しませて駆除しちゃえばいいのにって課内で盛り上がってます🐦💀",
              ["public-morals", "illegal"], dept="doboku", date=(5, 27), note="cruelty to animals as a joke (also illegal)")
    # ---- illegal
    bad_draft("chuurin-ihou", "x", None, "駐輪場",
              "秋葉原駅前の駐輪場、いつも満車でごめんなさい！ 正直、区の職員もみんな歩道に停めてます😂 撤去は朝10時からなので、それまでなら放置してもバレませんよ。",
              ["illegal"], dept="doboku", date=(6, 3), may=["5(4)ク"], note="inciting illegal parking")
    bad_draft("romijo-tabako-fw", "x", None, "路上喫煙",
              "千代田区は路上喫煙禁止の区です。でも夜９時すぎたらパトロール員は帰ってるので、こっそり吸うならそのあとがオススメです🚬（２，０００円の過料に注意）",
              ["illegal"], dept="kankyo", date=(8, 19), variants=["fullwidth"], note="tips for evading the smoking ban")
    bad_draft("sodai-gomi-yoru", "facebook", None, "粗大ごみ",
              """粗大ごみの受付、年末は3週間待ちです。
待てない方は、夜中にこっそり公園の裏に置いていけば、翌朝には清掃事務所がなんとかしてくれます（笑）。
正規のお申込みは区ホームページから。""",
              ["illegal"], dept="seiso", date=(12, 10), may=["5(4)ク"], note="inciting illegal dumping")
    # ---- neutrality
    bad_draft("senkyo-ouen", "x", None, "区議選",
              "区議会議員選挙、いよいよ明日投票日です。個人的には、子育て支援に一番熱心な山村あやこさんに頑張ってほしい！ 皆さんも投票に行きましょう。",
              ["neutrality"], dept="kosodate", date=(4, 25), note="endorsing a candidate")
    bad_draft("ramen-osusume", "instagram", None, "神保町ランチ",
              """🍜 職員のランチ日記 🍜
神保町ならやっぱり「麺屋 たけ坊」一択！ ほかの店には行く価値なし。区役所の職員はみんなここの常連です。
1,000円以上食べたら区のスタンプカードにスタンプを押してくれますよ。
#千代田区 #神保町 #ラーメン""",
              ["neutrality"], dept="shogyo", date=(9, 17), image=img("plain", "ramen.jpg"), may=["5(2)"],
              note="one shop praised as the only choice")
    bad_draft("seitou-seisaku", "facebook", None, "給食費無償化",
              """来年度から区立小中学校の給食費が無償になります。
これはみらい市民党の区議団が何年も粘り強く訴えてきた成果です。次の選挙でも、ぜひ応援してあげてください。
対象：区立小学校・中学校に通うすべての児童生徒""",
              ["neutrality"], dept="kyoiku", date=(2, 20), note="crediting and endorsing a party")
    bad_draft("fudosan-dotted", "x", None, "住まい探し",
              "千代田区で住まいを探すなら、神田の不動産屋「ア・ル・ファ・ハ・ウ・ジ・ン・グ」さんにお任せ！ 区の職員も何人もお世話になっています。ほかよりずっと親切です。",
              ["neutrality"], dept="machi", date=(3, 3), variants=["interpunct"], note="recommending one business, name split by ・")
    # ---- confidential
    bad_draft("jinji-idou-leak", "x", "sjis", "人事異動",
              "【庁内限り】4月1日付の人事異動、部長級は企画課長の酒井さんが政策経営部長に昇格の予定です。正式発表は来週ですが、おめでとうございます！",
              ["confidential"], dept="jinji", date=(3, 13), may=["6(3)(エ)"], note="marked internal personnel leak")
    bad_draft("nyusatsu-yotei", "facebook", None, "新体育館の建設",
              """新しい区立体育館の建設工事、入札の結果がまもなく出ます。
ここだけの話ですが、予定価格は24億8,000万円で、最低制限価格はその85％程度に設定しています。
完成は2029年春の予定です。お楽しみに。""",
              ["confidential"], dept="sport", date=(10, 22), may=["6(3)(エ)"],
              note="bid ceiling leaked (unmarked 'ここだけの話')")
    bad_draft("keisatsu-jouhou", "x", None, "不審者情報",
              "九段南の連続ひったくり、警察から共有された内部資料によると、容疑者は近くの専門学校に通う20代の男で、逮捕は時間の問題だそうです。詳しくは言えませんがもうすぐです！",
              ["confidential"], dept="bosai", date=(11, 11), may=["5(4)オ", "5(2)"], note="leak of investigation information")
    bad_draft("kaigi-memo-attach", "facebook", None, "区長と語る会 報告",
              """%s、区長と語る会を開催しました。約60名の方にご参加いただきました。
当日の議事メモを添付しますので、ご覧ください。""" % md(7, 11),
              ["confidential"], dept="koho", date=(7, 14), variants=["attachment"],
              attach=[{"name": "議事メモ（取扱注意）.txt",
                       "text": "【取扱注意・部外秘】区長と語る会 打合せメモ\n・質疑で保育料の値上げに触れられたら「未定」と答える。実際は来年度10%値上げで内定済み。\n・反対派の町会長の発言はなるべく短く切る。\n"}],
              may=["6(3)(エ)"], note="confidential memo as a text attachment")

    # ---- false-info (warn)
    bad_draft("jishin-uwasa", "x", None, "地震のうわさ",
              "【未確認情報】来週、首都直下地震が起きるという話がSNSで広まっているようです。真偽は不明ですが、念のため水と食料を多めに備えておいてください。",
              ["false-info"], dept="bosai", date=(3, 10), note="spreading an unverified quake rumour")
    bad_draft("suidou-osen", "facebook", None, "水道水について",
              """区民の方から、「神田の一部で水道水に薬品が混入しているらしい」との情報をいただきました。
まだ確認は取れていませんが、聞いた話では子どもが体調を崩したケースもあるそうです。心配な方はしばらくペットボトルの水をお使いください。
千代田区 災害対策・危機管理課""",
              ["false-info"], dept="bosai", date=(8, 25), may=["5(4)ク"], note="hearsay about water contamination")
    bad_draft("kuma-mokugeki-hw", "x", None, "目撃情報",
              "皇居のお堀でﾜﾆを見たという人がいるらしいです！ ｳﾜｻですが本当だったらこわいですね🐊 お散歩の際はお気をつけて。",
              ["false-info"], dept="kankyo", date=(7, 8), variants=["halfwidth-katakana"],
              note="rumour passed on as fact-ish, half-width kana")
    # ---- chain-message
    bad_draft("kifu-chain", "facebook", None, "被災地支援",
              """被災地の子どもたちに文房具を届ける活動に、区も協力しています。
この投稿を見た人は、必ず10人の友達にシェアしてください！ シェアが1万件を超えると、企業から1件につき10円が寄付されるそうです。止めないでください。
文房具の受付：区役所1階 区民ホール""",
              ["chain-message"], dept="kumin", date=(9, 28), may=["5(4)オ"], note="chain-letter wording")
    bad_draft("chain-line-x", "x", None, "防犯",
              "【転送お願い】区内で子どもの連れ去り未遂が発生。このメッセージをお知り合い全員に回してください。回さないと、あなたの地域が次に狙われます。",
              ["chain-message", "false-info"], dept="kyoiku", date=(5, 14), note="forward-to-everyone threat chain")
    bad_draft("chain-ks-spacing", "instagram", None, "ストーリーで拡散",
              """🌸 千代田のさくらまつり 🌸
拡 散 希 望 ！ この画像をストーリーで5人にまわしてね。まわさなかった人には来年さくらが咲きません🌸（笑）
#千代田区 #さくらまつり #千鳥ヶ淵""",
              ["chain-message"], dept="kanko", date=(3, 24), image=img("plain", "sakura.jpg"), may=["5(2)"],
              variants=["spacing"], note="chain-message with spaced words")
    # ---- harmful-links
    bad_draft("link-ip-kyufukin", "x", None, "給付金の申請",
              "物価高騰対策の給付金、申請はこちらから👉 http://203.0.113.58/chiyoda/kyufu 締切が近いのでお早めに！",
              ["harmful-links"], dept="kumin", date=(2, 12), variants=["ip-literal"], note="IP-literal link")
    bad_draft("link-lookalike", "facebook", None, "オンライン申請",
              """粗大ごみのオンライン申請ページをリニューアルしました。
https://www.city-chiyoda-lg.jp.example/sodai/ からお申し込みください。
受付時間：24時間""",
              ["harmful-links"], dept="seiso", date=(10, 2), variants=["lookalike"], note="look-alike ward domain")
    bad_draft("link-shortener", "x", None, "アンケート",
              "区民満足度アンケートへのご協力をお願いします📝 回答は3分ほど。 https://bit.ly/3kZq9Tw",
              ["harmful-links"], dept="koho2", date=(6, 8), variants=["url-shortener"], note="URL shortener (warn)")
    bad_draft("link-adult", "x", None, "夜のまち歩き",
              "秋葉原の夜を楽しむなら、職員イチオシの大人向けサイトもチェック🔞 http://akiba-night-girls.example/free",
              ["harmful-links", "public-morals"], dept="kanko", date=(11, 6), note="obscene-site link")
    # ---- accuracy
    bad_draft("acc-youbi", "x", None, "健康まつり",
              "千代田区健康まつりを%s 10時から、区役所1階で開催します。血管年齢測定、骨密度測定など。ご家族でどうぞ！" % bad(10, 17, "日"),
              ["accuracy"], dept="hoken", date=(10, 1), acc="weekday", note="wrong weekday")
    bad_draft("acc-era", "facebook", None, "成人の日のつどい",
              """令和9年（2026年）1月11日、「二十歳のつどい」を開催します。
会場：九段会館テラス
対象：平成18年4月2日から平成19年4月1日生まれの方""",
              ["accuracy"], dept="kyoiku", date=(11, 20), acc="era", note="era year does not match the Gregorian year")
    bad_draft("acc-placeholder", "instagram", None, "ワークショップ",
              """🎨 親子で木工ワークショップ 🎨
日時：○月○日 13時から
会場：区立〇〇公園 集会室
木のスプーンを作ります。
#千代田区 #木工 #親子""",
              ["accuracy"], dept="kosodate", date=(4, 15), image=img("plain", "mokko.jpg"), may=["5(2)"],
              acc="placeholder", note="unfilled template placeholders")
    bad_draft("acc-impossible", "x", None, "申請期限",
              "住宅リフォーム助成の申請期限は%sです。お忘れなく！" % "2月30日",
              ["accuracy"], dept="machi", date=(1, 22), acc="impossible", note="impossible date")
    # ---- decision-process (warn)
    bad_draft("kentou-haishi", "facebook", None, "区民会館の今後",
              """区民会館の今後のあり方について、内部の検討会で議論しています。
現時点の案では、神田区民会館を2028年度で廃止し、跡地を民間に売却する方向で調整中です。まだ決定ではありませんが、いち早くお知らせします。""",
              ["decision-process"], dept="kikaku", date=(6, 19), note="undecided internal plan")
    bad_draft("kentou-ryoukin", "x", None, "駐車場料金",
              "区営駐車場の料金、来年度から1時間300円→500円に上げる案で、いま財政課と詰めているところです。決まったらまたお知らせします！",
              ["decision-process"], dept="doboku", date=(11, 26), note="fee rise under negotiation")
    # ---- account-policy
    bad_draft("x-nagasugi", "x", None, "防災マップ",
              """【防災マップを改訂しました】
千代田区防災マップを改訂し、区内全戸に配布します。今回の改訂では、神田川・日本橋川の浸水想定区域の見直しと、帰宅困難者の一時滞在施設の追加、避難所ごとのバリアフリー情報の掲載を行いました。
地図は区役所、出張所、図書館でも配布しているほか、区ホームページからダウンロードできます。ご家族で避難先と経路を確認しておきましょう。
問合せ：災害対策・危機管理課""",
              ["account-policy"], dept="bosai", date=(5, 29), note="X post over 280 weighted")
    bad_draft("insta-no-image", "instagram", None, "図書館の夜間開館",
              """🌙 千代田図書館 夜間開館のお知らせ 🌙
平日は22時まで開いています。仕事帰りにどうぞ。
#千代田図書館 #夜の図書館 #読書""",
              ["account-policy"], dept="tosho", date=(2, 3), note="Instagram without an image")
    bad_draft("insta-tags31", "instagram", None, "冬のまち歩き",
              "❄️ 冬の千代田をおさんぽ ❄️\n\n" + tags(TAGS30 + ["ライトアップ"]),
              ["account-policy"], dept="kanko", date=(12, 8), image=img("plain", "fuyu.jpg"), may=["5(2)"],
              note="31 hashtags")
    # ---- image-privacy (warn, EXIF GPS)
    bad_draft("gps-hanadan", "instagram", None, "花壇づくり",
              """🌷 ボランティアの皆さんと花壇の植え替え 🌷
チューリップの球根を300個植えました。春が楽しみです。
#千代田区 #花壇 #ボランティア""",
              ["image-privacy"], dept="kankyo", date=(11, 12),
              image=img("gps", "IMG_7731.JPG", gps=(35.6942, 139.7531, 14.0), when="2026:11:10 10:12:40"),
              note="photo with EXIF GPS")
    bad_draft("gps-yukimi", "facebook", None, "雪の朝",
              """けさは区内でも3センチほど雪が積もりました。
職員が早朝から歩道の雪かきをしています。足元にお気をつけください。""",
              ["image-privacy"], dept="doboku", date=(2, 2),
              image=img("gps", "雪かき.jpg", gps=(35.6841, 139.7589, 9.0), fname="2231", model="Pixel 8", make="Google",
                        when="2026:02:02 06:48:10"),
              note="GPS in a Japanese-named photo")

    # ---- more violating drafts with evasions
    bad_draft("minsei-kanji-tel", "facebook", None, "民生委員の活動",
              """民生委員の皆さんの活動を紹介します。
先週は、猿楽町で認知症の夫を介護している村岡ヨシ子さん（82）のお宅を訪問しました。「夜中に何度も起こされて眠れない」とのこと。ご近所の方で手伝える方は、ヨシ子さんの携帯（〇九〇‐三三一二‐七七四五）まで。
民生委員の活動にご関心のある方は、福祉総務課へ。""",
              ["personal-info"], dept="kaigo", date=(7, 2), phone="090-3312-7745", variants=["kanji-digits"],
              note="named resident with illness and a phone number in kanji digits")
    bad_draft("slur-interpunct", "x", None, "パラスポーツ体験会",
              "パラスポーツ体験会、参加者募集中！ 車いすバスケ、ボッチャなど。「ガ・イ・ジ」扱いされがちな人たちの本当のすごさを、間近で見てください。",
              ["discrimination"], dept="shogai", date=(9, 10), variants=["interpunct"], note="disability slur split by ・")
    bad_draft("kaisha-mixedcase", "x", None, "委託業者",
              "区の清掃委託業者、今年もあのシバタ総業さんです。ゴミの取り残し多すぎ、電話対応最悪のKuSo会社。契約切りたいのはやまやまなんですが……",
              ["defamation"], dept="seiso", date=(1, 14), variants=["mixed-case"], may=["5(4)ク", "6(3)(エ)"],
              note="insulting a contractor, mixed-case profanity")
    bad_draft("yakusho-owakon-zw", "instagram", None, "区役所の朝",
              """☕ 区役所の朝 ☕
今日も朝から会議、会議、会議。区\u200b役\u200b所はもうオ\u200bワ\u200bコ\u200bン。区民の皆さん、期待しないでくださいね🙃
#千代田区 #区役所 #公務員の朝""",
              ["reputation"], dept="koho2", date=(10, 16), image=img("plain", "asa.jpg"), may=["5(2)"],
              variants=["zero-width"], note="self-disparagement with U+200B splits")
    bad_draft("yukata-hiragana", "x", None, "花火大会",
              "隅田川花火大会、ゆかたの女の子たちのうなじがえっちで最高でした🎆 らいねんは もっと ちかくで じっくり ながめたいな〜",
              ["public-morals"], dept="kanko", date=(7, 27), variants=["hiragana"], note="sexualised framing of festival-goers")
    bad_draft("kohosha-fullwidth", "facebook", None, "区長選挙",
              """区長選挙まであと１０日。
区の職員として言うのは控えるべきかもしれませんが、現職の№１候補・ＭＩＺＵＫＩ ＴＡＲＯさんに投票しましょう！ 区政を止めないために、あなたの一票を。
期日前投票は区役所４階で。""",
              ["neutrality"], dept="koho", date=(1, 21), variants=["fullwidth"], note="endorsing a candidate in full-width")
    bad_draft("ofureko-hw", "x", None, "再開発",
              "ｵﾌﾚｺでお願いしますが、神田駅西口の再開発、事業者は大手デベロッパーの三友不動産でほぼ決まり。地権者説明会はまだなので内緒です🤫",
              ["confidential", "decision-process"], dept="machi", date=(9, 30), variants=["halfwidth-katakana"],
              note="off-the-record leak, half-width kana")


def main4():
    define_drafts()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    problems = 0
    labels = {}
    names = set()
    order = sorted(DRAFTS, key=lambda d: _h("heldout4-order:" + d["slug"]))
    for i, d in enumerate(order, 1):
        assert d["slug"] not in names, d["slug"]
        names.add(d["slug"])
        name = "h4-%03d-%s.eml" % (i, d["slug"])
        problems += write_one(d, i, os.path.join(OUT, name), name, labels)
    with open(LABELS, "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    summary(labels)
    if problems:
        print("%d validation problem(s)" % problems, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main4())
