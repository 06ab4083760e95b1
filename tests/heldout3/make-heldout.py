#!/usr/bin/env python3
"""Build the third held-out corpus for snsgate: tests/heldout3/drafts/*.eml + labels.json,
and the public-notice corpus tests/heldout3/notices/*.txt (+ notices-eml/ and notices-labels.json).

Python 3 standard library only, deterministic.  Run from anywhere:

    python3 tests/heldout3/make-heldout.py

The mail-encoding, JPEG/EXIF and validation code is copied from tests/heldout2/make-heldout.py
(test tooling) and extended; the drafts and notices are new.  The corpus was written without
looking at snsgate's rules or code (conf/, src/, tests/ other than heldout2's README and
generator), the sample drafts or their labels, and without running snsgate.
Every file is re-parsed and checked after it is written; see validate().
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
                                              "%08x-%04x-h3" % (seed % (1 << 32), seq), mid_host))
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
    order = sorted(DRAFTS, key=lambda d: _h("heldout3-order:" + d["slug"]))
    for i, d in enumerate(order, 1):
        name = "h3-%03d-%s.eml" % (i, d["slug"])
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


def main3():
    define_drafts()
    for sub in ("drafts", "notices", "notices-eml"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    problems = 0
    # ---- drafts
    labels = {}
    names = set()
    order = sorted(DRAFTS, key=lambda d: _h("heldout3-order:" + d["slug"]))
    for i, d in enumerate(order, 1):
        assert d["slug"] not in names, d["slug"]
        names.add(d["slug"])
        name = "h3-%03d-%s.eml" % (i, d["slug"])
        problems += write_one(d, i, os.path.join(OUT, name), name, labels)
    with open(LABELS, "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    summary(labels)
    # ---- notices
    DRAFTS.clear()
    define_notices()
    nlabels = {}
    clients = ["outlook", "tb-b64", "iphone", "sjis", "tb-8bit", "tb-flowed", "html-qp"]
    for i, n in enumerate(NOTICES, 1):
        fname = "notice-%02d-%s.txt" % (i, n["topic"])
        with open(os.path.join(HERE, "notices", fname), "w", encoding="utf-8") as f:
            f.write(n["text"].strip("\n") + "\n")
        client = clients[i % len(clients)]
        if not encodable(client, n["title"] + n["text"]):
            client = "tb-b64"
        d = clean("notice-%02d-%s" % (i, n["topic"]), "facebook", client, n["title"], n["text"].strip("\n"),
                  n["traps"], dept=n.get("dept", "koho"), date=n["date"], quotes=n.get("quotes", ()),
                  note="public notice %s wrapped as a Facebook draft" % fname)
        name = "n3-%02d-%s.eml" % (i, n["topic"])
        problems += write_one(d, 500 + i, os.path.join(HERE, "notices-eml", name), name, nlabels)
    with open(os.path.join(HERE, "notices-labels.json"), "w", encoding="utf-8") as f:
        json.dump(nlabels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("%d notices (all clean)" % len(NOTICES))
    if problems:
        print("%d validation problem(s)" % problems, file=sys.stderr)
        return 1
    return 0


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


# ---------------------------------------------------------------------------
# the drafts

TAGS30 = ["千代田区", "千代田", "東京", "神田", "神保町", "秋葉原", "丸の内", "大手町", "日比谷", "皇居",
          "北の丸公園", "千鳥ヶ淵", "番町", "麹町", "九段", "飯田橋", "お茶の水", "有楽町", "内幸町", "永田町",
          "神田川", "お堀", "まち歩き", "東京散歩", "さんぽ", "冬", "イルミネーション", "夜景", "写真", "カメラ散歩"]


def define_drafts():
    mn_form = make_mynumber("30581946275")
    kenshin_sat = nth_weekday(2026, 10, 5, 2)
    tohyo = nth_weekday(2026, 11, 6, 3)          # a Sunday in November
    kijitsu0 = tohyo - dt.timedelta(days=12)

    # ===================================================================== clean
    clean("nyugan-mammography", "facebook", None,
          "【FB】乳がん検診（マンモグラフィ）のご案内",
          f"""10月はピンクリボン月間です。
千代田区では、40歳以上の女性を対象に、乳がん検診（マンモグラフィ検査）を実施しています。

乳がんは日本人女性が最もかかりやすいがんで、早期に見つかれば9割以上が治るといわれています。ご自身の乳房の状態に関心を持ち、日頃からセルフチェック（しこり、くぼみ、乳頭からの分泌物など）を心がけましょう。

検診日：{md(10, kenshin_sat.day)}ほか
会場：千代田保健所
費用：500円（生活保護受給世帯の方などは無料）
申込み：区ホームページの電子申請、または健康推進課（03-5211-8172）へ

詳しくはこちら
https://www.city.chiyoda.lg.jp/koho/kenko/kenko/gan/nyugan.html""",
          ["public-morals", "personal-info", "accuracy"], dept="hoken", date=(9, 25),
          note="breast-cancer screening: 乳房, 乳頭, 生活保護; ward direct line 03-5211-xxxx")

    clean("hiv-sokuji-kensa", "x", None,
          "X：HIV・梅毒の即日検査",
          f"""【HIV・梅毒 即日検査】{md(12, 1)}は世界エイズデー。千代田保健所では匿名・無料で検査を受けられます。性感染症は誰でもかかる可能性がある病気です。不安なことがあれば一人で悩まずご相談ください。
https://www.city.chiyoda.lg.jp/koho/kenko/hiv-kensa.html""",
          ["public-morals", "personal-info", "discrimination"], dept="hoken", date=(11, 24),
          note="sexual-health notice: 性感染症, 匿名")

    clean("hate-speech-keihatsu", "facebook", None,
          "人権啓発：ヘイトスピーチは許されません",
          """「外国人は日本から出ていけ」――。
特定の国籍や民族の人々を排除しようとする、このような言動は「ヘイトスピーチ」と呼ばれ、人としての尊厳を傷つけ、差別意識を生じさせるものです。
平成28年には「本邦外出身者に対する不当な差別的言動の解消に向けた取組の推進に関する法律（ヘイトスピーチ解消法）」が施行されました。

インターネット上の書き込みも例外ではありません。
何気なく「いいね」や共有をすることが、差別の拡大に加担してしまうこともあります。
違いを認め合い、誰もが安心して暮らせるまちを、一緒につくっていきましょう。

人権に関する相談は、みんなの人権110番でも受け付けています。""",
          ["discrimination", "accuracy", "chain-message"], dept="jinken", date=(12, 2),
          note="anti-hate-speech campaign quoting the kind of slogan it condemns")

    clean("dowa-mimoto-chosa", "facebook", None,
          "部落差別（同和問題）の解消に向けて",
          """部落差別（同和問題）は、日本社会の歴史的発展の過程で形づくられた身分差別により、日本国民の一部の人々が、結婚や就職などで不当な扱いを受けるなどの、我が国固有の人権問題です。

今もなお、結婚の際に相手の出身地を調べる「身元調査」や、インターネット上に特定の地域を「同和地区」と指摘する書き込みが見られます。
身元調査をしない・させないことが、差別をなくす第一歩です。
令和8年度の人権講演会では、この問題を長年取材してきたジャーナリストをお招きします。

区では「部落差別の解消の推進に関する法律」に基づき、相談・教育・啓発に取り組んでいます。""",
          ["discrimination", "personal-info"], dept="jinken", date=(7, 8),
          note="部落差別 awareness: 身元調査, 同和地区 named as what must not be done")

    clean("partnership-sensei", "instagram", None,
          "インスタ：パートナーシップ宣誓制度",
          """🌈千代田区パートナーシップ宣誓制度🌈
性的指向や性自認にかかわらず、お互いを人生のパートナーとして生活を共にしているお二人の宣誓を受け付けています。
同性カップルの方も、お一人が性的マイノリティの方も対象です。
区営住宅への申込みなど、利用できるサービスも広がっています。
詳しくはプロフィールのリンクから。

#千代田区 #パートナーシップ #LGBTQ #多様性 #プライド月間""",
          ["discrimination", "public-morals"], dept="jinken", date=(6, 1), image=img("plain", "rainbow.jpg"),
          note="LGBTQ partnership notice: 同性カップル, 性的マイノリティ")

    clean("kyufukin-sms", "x", None,
          "【注意喚起】区をかたる偽SMS",
          """【ご注意】「千代田区役所です。未受給の給付金があります。下記URLから手続きを」という偽SMSが確認されています。区がSMSで口座番号や暗証番号を尋ねることはありません。URLは開かず、削除してください。""",
          ["harmful-links", "illegal", "personal-info"], dept="kumin", date=(5, 19),
          note="phishing warning quoting the scam; no URL of its own")

    clean("kodomo-no-sns-message", "facebook", None,
          "チェーンメールにご注意ください",
          """最近、区内の小中学生の間で「このメッセージを24時間以内に5人に送らないと不幸になる」「拡散希望！駅前の公園に不審者」といったメッセージが出回っていると、保護者の方からご相談をいただいています。

こうしたメッセージの多くは、根拠のない「チェーンメール」です。
・受け取っても転送しない
・不安になったら、家族や学校の先生に相談する
・本当の不審者情報は、警察や区の安全・安心メールで確認する
ことを、ご家庭でも話し合ってみてください。

転送しなくても、悪いことは何も起こりません。""",
          ["chain-message", "false-info", "accuracy"], dept="kyoiku", date=(6, 16), quotes=["拡散希望"],
          note="warning against chain messages quoting them (拡散希望)")

    clean("kijitsumae-tohyo", "x", None,
          "期日前投票所のご案内（選管）",
          f"""【区長選挙】投票日は{md(11, tohyo.day)}です。期日前投票は{md(kijitsu0.month, kijitsu0.day)}から、区役所1階と出張所で受け付けます（午前8時30分～午後8時）。入場整理券がなくても投票できます。
https://www.city.chiyoda.lg.jp/koho/senkyo/kijitsumae.html""",
          ["neutrality", "accuracy"], dept="senkan", date=(10, 27),
          note="neutral election-commission notice: 期日前投票, 投票日 with correct weekdays")

    clean("keikai-level4-hinan", "x", None,
          "【緊急】避難指示（X即時）",
          """【避難指示・警戒レベル4】神田川の水位が上昇し、氾濫危険水位に達する見込みです。神田川沿いの低い土地にお住まいの方は、危険な場所から全員避難してください。避難所は区立お茶の水小学校ほかです。""",
          ["false-info", "accuracy"], dept="bosai", date=(9, 8, 17),
          note="evacuation order; official, not a rumour")

    clean("hittakuri-alert", "x", None,
          "防犯情報（ひったくり）",
          """【ひったくり発生】昨夜9時ごろ、神田須田町二丁目の路上で、歩行中の女性がバイクの男にバッグを奪われる事件がありました。男は20代くらい、黒っぽい服装。夜間の一人歩きでは、バッグを車道と反対側に持ちましょう。""",
          ["illegal", "personal-info", "public-morals"], dept="bosai", date=(2, 13),
          note="crime alert naming the offence and a suspect description")

    clean("hikyou-otemachi", "instagram", None,
          "Instagram：都会の秘境",
          """ビルの谷間に広がる「大手町の森」🌳
都会の秘境と呼びたくなる、神秘的な朝の光景です。
出勤前に少し遠回りして、深呼吸してみませんか。

#千代田区 #大手町 #大手町の森 #都会のオアシス #朝さんぽ""",
          ["confidential", "image-privacy"], dept="kanko", date=(5, 26),
          image=img("exif", "IMG_4410.JPG", model="iPhone 14"),
          note="秘境/神秘 contain 秘; JPEG with EXIF but no GPS")

    clean("od-shihanyaku", "facebook", None,
          "若者の市販薬オーバードーズについて",
          """せき止めや風邪薬などの市販薬を、決められた量を超えて大量に飲む「オーバードーズ（OD）」が、10代・20代の若者の間で広がっています。
急性中毒で救急搬送されるケースもあり、命に関わることがあります。

「つらい気持ちを紛らわせたい」という背景があることも少なくありません。
ご本人やご家族で悩んでいる方は、保健所の精神保健福祉相談をご利用ください。秘密は守られます。
薬剤師や学校の先生に相談することもできます。""",
          ["illegal", "public-morals", "confidential"], dept="hoken", date=(8, 20),
          note="overdose prevention: 大量に飲む, 命に関わる, 秘密は守られます")

    clean("jisatsu-yobo-gekkan", "x", None,
          "自殺対策強化月間（X）",
          """3月は自殺対策強化月間です。「死にたい」と思うほどつらい気持ちを、一人で抱え込まないでください。よりそいホットライン 0120-279-338（24時間）など、話を聴いてくれる窓口があります。""",
          ["public-morals", "personal-info"], dept="hoken", date=(3, 2),
          note="suicide prevention with a national hotline number")

    clean("dv-soudan-plus", "facebook", None,
          "DV相談窓口のご案内",
          """身体的な暴力だけがDV（配偶者暴力）ではありません。
大声で怒鳴る、生活費を渡さない、交友関係を細かく監視する、性的な行為を強要する――これらもDVです。

「私が悪いから」と自分を責めていませんか。
DV相談＋（プラス）0120-279-889 では、電話・メール・チャットで24時間相談を受け付けています。
区の女性相談窓口（平日9時～17時）でもお話を伺います。相談内容の秘密は守ります。""",
          ["public-morals", "personal-info", "confidential"], dept="jinken", date=(11, 12),
          note="anti-DV: 暴力, 性的な行為を強要, national hotline")

    clean("hpv-catch-up", "facebook", None,
          "HPVワクチンのキャッチアップ接種",
          """子宮頸がんの主な原因は、性交渉によって感染するヒトパピローマウイルス（HPV）です。
HPVワクチンは、子宮頸がんの原因となるHPVの感染を防ぐことができます。

平成9年度から平成20年度生まれの女性で、接種の機会を逃した方を対象とした「キャッチアップ接種」を実施しています。
ワクチンの有効性と副反応については、厚生労働省のリーフレットもあわせてご覧ください。
接種を迷っている方は、かかりつけ医や保健所にご相談ください。""",
          ["public-morals", "false-info", "accuracy"], dept="hoken", date=(4, 14),
          note="HPV vaccine: 性交渉, 副反応; 平成 fiscal-year range")

    clean("zenritsusen-kenshin", "x", None,
          "前立腺がん検診（X）",
          """【前立腺がん検診】50歳以上の男性が対象です。血液検査（PSA検査）で、自覚症状のない早期のがんを見つけることができます。費用は500円。申込みは区ホームページから。
https://www.city.chiyoda.lg.jp/koho/kenko/kenko/gan/zenritsusen.html""",
          ["public-morals", "discrimination"], dept="hoken", date=(6, 3),
          note="men-only screening is eligibility, not discrimination")

    clean("nettyusho-alert", "x", None,
          "熱中症警戒アラート",
          """【熱中症警戒アラート発表中】今日は命に関わる危険な暑さです。エアコンを我慢せず、こまめな水分・塩分補給を。区内の「涼み処」（区立施設など）はどなたでも利用できます。""",
          ["false-info", "public-morals"], dept="kaigo", date=(7, 29, 7),
          note="heat alert: 命に関わる危険")

    clean("nyusatsu-kekka", "facebook", "outlook",
          "入札結果の公表について",
          """区立施設の改修工事に関する一般競争入札の結果を公表します。

件名：区立内神田住宅外壁改修工事（工事番号 R8-建-0417）
落札者：㈱東和リニューアル
落札金額：1億2,430万円（税込）
入札参加者数：6者

詳細な入札経過は、区ホームページの「入札・契約」のページに掲載しています。""",
          ["confidential", "neutrality", "personal-info"], dept="kikaku", date=(8, 6),
          note="published tender result naming the winner; ㈱ (NEC row 13); 工事番号 and amounts")

    clean("kihon-keikaku-pubcome", "facebook", None,
          "パブリックコメント：基本計画（素案）",
          f"""「千代田区第4次基本計画（素案）」への区民の皆さんのご意見を募集します。

素案は、今後10年間の区政運営の方向性を示すものです。いただいたご意見は、計画案を検討する際の参考にさせていただきます。

募集期間：{md(1, 15, y=2027, yr="g")}まで
閲覧場所：区政情報コーナー、各出張所、区ホームページ
提出方法：郵送、ファクス、電子申請

ご意見に対する区の考え方は、計画決定後に公表します（個別の回答はいたしません）。""",
          ["decision-process", "accuracy", "personal-info"], dept="kikaku", date=(12, 10),
          note="a plan put out for public comment (素案); 2027 deadline with explicit year")

    clean("kuchou-kaiken-yosan", "x", None,
          "区長記者会見（予算案）",
          """本日の区長定例記者会見で、令和8年度当初予算案を発表しました。一般会計は過去最大規模で、子育て・防災・脱炭素に重点を置いています。予算案は区議会第1回定例会に提出されます。""",
          ["confidential", "decision-process"], dept="koho", date=(2, 4),
          note="a budget proposal already announced at a press conference")

    clean("daihyo-kokusai", "x", None,
          "X：代表電話（国際表記）",
          """Chiyoda City Office main line: +81-3-3264-2111 (weekdays 8:30-17:15). English support is available. 区役所の代表電話は03-3264-2111です。""",
          ["personal-info"], dept="kokusai", date=(4, 7),
          note="the ward's main line in +81 and domestic notation")

    clean("juminzei-noki", "x", None,
          "住民税第3期 納期限",
          f"""【住民税（普通徴収）】第3期の納期限は{md(10, 31 if wd(2026, 10, 31) not in "土日" else 30, long=True)}です。スマホ決済アプリやコンビニでも納付できます。口座振替の申込みもお待ちしています。""",
          ["accuracy"], dept="zei", date=(10, 20),
          note="tax deadline with the long weekday form")

    clean("setsume-tokutei-kenshin", "facebook", None,
          "特定健診・節目年齢の方へ",
          """40歳から74歳までの国民健康保険加入者の方に、特定健康診査の受診券をお送りしています。

今年度、節目年齢（40歳・50歳・60歳・70歳）を迎える方は、胃がんリスク検診も無料で受けられます。
対象の生年月日の例：昭和31年4月1日～昭和32年3月31日生まれ（70歳）、平成元年4月1日～平成2年3月31日生まれ（37歳の方は対象外です）

受診券がお手元にない方は、保険年金課までご連絡ください。""",
          ["accuracy", "personal-info"], dept="kokuho", date=(5, 12),
          note="昭和/平成 birth-date ranges, 平成元年")

    clean("dezomeshiki-2027", "x", None,
          "消防出初式（X）",
          f"""【お知らせ】{md(1, 6, y=2027, yr="g")}、丸の内仲通りで消防出初式が行われます。はしご乗りや一斉放水をぜひご覧ください。雨天時は規模を縮小します。""",
          ["accuracy"], dept="bosai", date=(12, 22),
          note="January 2027 date with the year written")

    clean("nenmatsu-nenshi-madoguchi", "x", "outlook",
          "X：年末年始の窓口（字数ぎりぎり）",
          "",  # filled below
          ["account-policy"], dept="koho", date=(12, 15), boundary=280,
          note="X post of exactly weighted length 280, one line")

    clean("marunouchi-illumination", "instagram", None,
          "Instagram：丸の内イルミネーション（タグ30個）",
          "丸の内仲通りのイルミネーションが始まりました✨\nシャンパンゴールドの光に包まれた並木道を、ゆっくり歩いてみてください。\n\n" + tags(TAGS30),
          ["account-policy"], dept="kanko", date=(11, 10), image=img("plain", "illumi_marunouchi.jpg"),
          note="exactly 30 hashtags")

    clean("opendata-catalog", "x", None,
          "X：オープンデータ（URL長い）",
          """区のオープンデータカタログに、避難所・給水拠点・AED設置場所のデータを追加しました。CSV形式で自由にご利用いただけます。
https://www.city.chiyoda.lg.jp/koho/kuse/opendata/catalog/bosai/hinanjo-kyusui-aed-2026-shusei-ban/csv-download-guide-and-license-terms-of-use-for-developers-and-researchers.html""",
          ["account-policy", "harmful-links"], dept="kikaku", date=(3, 17), url_trap=True,
          note="a long official URL counts 23; without the URL rule it would exceed 280")

    clean("halloween-onegai", "x", None,
          "X：ハロウィンのお願い🎃",
          """🎃👻ハロウィンの夜のお願い👻🎃
仮装して楽しむのは大歓迎です😊✨
でも…🚫路上飲酒🚫ごみのポイ捨て🚫大声
はNGです🙅‍♀️
みんなが気持ちよく過ごせる千代田でありますように🍭🍬""",
          ["public-morals", "illegal", "account-policy"], dept="kumin", date=(10, 28),
          note="emoji-heavy (ZWJ sequence) post under the limit")

    clean("tax-return-english", "facebook", None,
          "FB: Tax return season / 確定申告",
          f"""Tax return season is here!
If you lived in Chiyoda City on January 1, 2026 and had income in 2025, you may need to file a tax return (確定申告) or a resident tax declaration (住民税申告).

📅 Filing period: February 16 to March 16, 2026
📍 Consultation: Kojimachi Tax Office (麹町税務署)

Foreign residents are welcome to bring a friend who can interpret. Some materials are available in easy Japanese (やさしい日本語).
確定申告の期間は{md(2, 16)}から{md(3, 16)}までです。""",
          ["discrimination", "accuracy"], dept="kokusai", date=(2, 2),
          note="English-mixed notice for foreign residents")

    clean("yasashii-nihongo-gomi", "facebook", None,
          "やさしい日本語：ごみの出し方",
          """【やさしい にほんご】
ごみの だしかた
・もえる ごみ：しゅうに 2かい
・もえない ごみ：つきに 2かい
・しげん（びん・かん・ペットボトル）：しゅうに 1かい

ごみは あさ 8じまでに だして ください。
わからない ことは ちよだ せいそう じむしょに きいて ください。
ことばが わからない ひとも だいじょうぶ です。""",
          ["discrimination", "illegal"], dept="seiso", date=(4, 21),
          note="easy-Japanese notice in hiragana with spaces (looks like spacing/hiragana evasion but is innocent)")

    clean("ninchisho-cafe", "instagram", None,
          "Insta：認知症カフェ",
          """☕認知症カフェ「ちよだ・まちかど茶話会」☕
認知症の方、ご家族、地域の方、専門職…どなたでも気軽に立ち寄れるカフェです。
介護の悩みを話したり、ただお茶を飲んだり。
毎月第2水曜 14時～16時、かがやきプラザにて。参加費100円。

#千代田区 #認知症カフェ #介護 #オレンジリング""",
          ["discrimination", "personal-info", "neutrality"], dept="kaigo", date=(9, 1), image=img("plain", "cafe.jpg"),
          note="dementia café: 認知症の方 in a respectful context")

    clean("gouritekihairyo", "facebook", "sjis",
          "障害者差別解消法と合理的配慮",
          """令和6年4月から、事業者による障害のある人への「合理的配慮の提供」が義務化されています。

例えば、
①車いすの方のために段差にスロープを渡す
②筆談や読み上げで意思疎通を行う
③聴覚過敏のある方のために静かな場所を用意する
といった対応です。

障害を理由に入店やサービスの利用を断ることは「不当な差別的取扱い」として禁止されています。
事業者の方からのご相談は障害者福祉課で受け付けています。""",
          ["discrimination", "accuracy"], dept="shogai", date=(12, 3),
          note="disability-discrimination law quoting 断ること as a prohibited example")

    clean("shuwa-kouza", "x", None,
          "手話講習会（X）",
          f"""【手話講習会 受講生募集】ろう者の講師から、日常会話の手話を学びませんか。入門クラスは{md(5, 13)}開講、毎週水曜の夜。耳の聞こえない人・聞こえにくい人とのコミュニケーションの第一歩に。""",
          ["discrimination", "accuracy"], dept="shogai", date=(4, 10),
          note="ろう者, 耳の聞こえない人 in a respectful context")

    clean("rojou-kitsuen-karyou", "x", None,
          "路上喫煙禁止（X）",
          """千代田区では「生活環境条例」により、区内全域の道路上での喫煙を禁止しています。地区内で違反すると2,000円の過料を徴収します。吸い殻のポイ捨ても禁止です。指定喫煙所をご利用ください。""",
          ["illegal"], dept="kankyo", date=(5, 31),
          note="ordinance notice: 違反, 過料")

    clean("fuho-toki-camera", "facebook", None,
          "不法投棄の防止について",
          """夜間、区内の集積所や公園に、家具や家電が捨てられる不法投棄が相次いでいます。
不法投棄は「廃棄物の処理及び清掃に関する法律」違反で、5年以下の懲役もしくは1,000万円以下の罰金、またはその両方が科される犯罪です。

区では、警察と連携して防犯カメラの設置とパトロールを強化しています。
不審な車両や投棄を見かけた方は、清掃事務所までお知らせください。
粗大ごみは、申込みをすれば1点300円から収集します。""",
          ["illegal", "personal-info"], dept="seiso", date=(1, 27),
          note="illegal-dumping deterrent naming the penalties")

    clean("oreore-sagi", "facebook", None,
          "特殊詐欺の手口（オレオレ詐欺）",
          """「母さん、俺だけど。会社のお金を使い込んじゃって、今日中に300万円必要なんだ」
これは、実際に区内の高齢者宅にかかってきた電話の内容です。

その後「上司」や「弁護士」を名乗る人物が電話を代わり、現金を受け取りに自宅まで来る――というのが典型的な手口です。
・電話でお金の話が出たら、いったん切って家族に確認
・留守番電話設定にして、知らない番号には出ない
・「誰にも言わないで」は詐欺のサイン
区では、自動通話録音機の無料貸出しも行っています。""",
          ["illegal", "false-info", "personal-info"], dept="bosai", date=(9, 15),
          note="fraud warning quoting the scam call")

    clean("nise-site-chui", "facebook", None,
          "区の名前をかたる偽サイト",
          """区の名前やロゴを使った偽のホームページが確認されています。区の公式サイトのアドレスは city.chiyoda.lg.jp で終わります。検索結果の広告などから開いたページには個人情報を入力しないでください。""",
          ["harmful-links", "personal-info"], dept="koho", date=(7, 14),
          note="official domain written bare inside an official warning")

    clean("seinen-kouken", "facebook", None,
          "成年後見制度の相談会",
          f"""認知症や知的障害、精神障害などにより判断能力が十分でない方の財産や権利を守る「成年後見制度」。
「親の預金の管理が心配」「自分が元気なうちに、将来の後見人を決めておきたい」といったご相談に、弁護士・司法書士がお答えします。

日時：{md(7, 25)} 13時30分～16時30分（お一人45分）
会場：かがやきプラザ 研修室
定員：6組（事前予約制・秘密厳守）

申込み：千代田区社会福祉協議会 成年後見センター""",
          ["personal-info", "discrimination", "confidential"], dept="kaigo", date=(7, 1),
          note="guardianship consultation; 知的障害, 精神障害, 秘密厳守")

    clean("shokuin-saiyo-shakaijin", "x", None,
          "区職員（経験者）採用",
          """【職員募集】千代田区では、民間企業などでの職務経験がある方を対象に、一般事務（係長級）の職員を募集します。昭和41年4月2日から平成8年4月1日までに生まれた方が対象です。受付は区ホームページから。""",
          ["discrimination", "accuracy"], dept="jinji", date=(6, 23),
          note="recruitment with a legal age range in 昭和/平成")

    clean("josei-kanrishoku", "facebook", None,
          "男女共同参画週間",
          """6月23日から29日は男女共同参画週間です。
「家事や育児は女性がするもの」「リーダーは男性が向いている」――こうした無意識の思い込み（アンコンシャス・バイアス）が、私たちの身近にもあるかもしれません。

区役所の女性管理職の割合は、令和7年度で24.1%。区は令和9年度までに30%とする目標を掲げています。
性別にかかわらず、誰もが自分らしく働き、暮らせるまちを目指します。""",
          ["discrimination", "decision-process"], dept="jinken", date=(6, 22),
          note="gender-equality week quoting stereotypes as biases to question")

    clean("hitorigurashi-mimamori", "facebook", None,
          "高齢者見守りネットワーク",
          """区内には、一人暮らしの65歳以上の方が約4,000人いらっしゃいます。
「新聞がたまっている」「夜になっても電気がつかない」「最近姿を見かけない」
そんな小さな変化に気づいたら、高齢者あんしんセンターにご連絡ください。

見守り協力事業者として、新聞販売店、宅配事業者、金融機関など約150の事業者の皆さんにご協力いただいています。
ご本人の同意なく、個人情報を第三者に伝えることはありません。""",
          ["personal-info", "neutrality"], dept="kaigo", date=(9, 10),
          note="elderly watch network, aggregate numbers only")

    clean("douro-koji-tsukodome", "x", None,
          "道路工事の通行止め",
          f"""【通行止め】九段坂上の区道で下水道管の更新工事を行います。{md(8, 3)}～{md(8, 7)}の夜間（22時～翌5時）は車両通行止め。歩行者は通行できます。工事番号：道-R8-112。ご迷惑をおかけします。""",
          ["accuracy", "personal-info"], dept="doboku", date=(7, 21),
          note="road works with correct weekday range and a works number")

    clean("mystery-fair", "instagram", None,
          "Insta：ミステリー小説フェア",
          """📚秋の夜長はミステリー📚
日比谷図書文化館で「名探偵と歩く東京」フェアを開催中。
古典的な密室殺人事件から、神田・神保町が舞台の連続殺人ものまで、司書が選んだ120冊を並べています。
犯人は最後まで分からない…かも？🔍

#千代田区 #日比谷図書文化館 #ミステリー #読書の秋 #図書館""",
          ["public-morals", "illegal"], dept="tosho", date=(10, 6), image=img("plain", "mystery.jpg"),
          note="book fair: 殺人事件, 犯人")

    clean("masakado-kubizuka", "facebook", None,
          "歴史講座：将門塚",
          """大手町のオフィス街の一角に、平将門の首を祀ったと伝えられる「将門塚（首塚）」があります。

平安時代、朝廷に反乱を起こし討たれた将門の首が、京から飛び帰ってこの地に落ちた――という伝説は、江戸の人々に語り継がれてきました。
祟りを恐れて移転が見送られたという逸話も残ります。
区の文化財講座では、史料をもとに伝説と史実の違いを読み解きます。""",
          ["public-morals", "false-info"], dept="tosho", date=(2, 24),
          note="history lecture: 首, 討たれた, 祟り (legend, not a rumour to spread)")

    clean("kuei-jutaku-yachin", "x", None,
          "区民住宅の入居者募集",
          """【区民住宅 入居者募集】2LDK（約62㎡）、使用料は月額142,000円～（収入に応じて減額あり）。募集戸数3戸。申込書は区役所・各出張所で配布中。抽選番号は後日郵送でお知らせします。""",
          ["personal-info", "neutrality"], dept="machi", date=(8, 25),
          note="prices, areas and numbers")

    clean("mynumber-card-shutchou", "facebook", None,
          "マイナンバーカード出張申請",
          f"""マイナンバーカードの出張申請受付を行います。
職員が写真撮影から申請書の作成までお手伝いしますので、手ぶらでお越しください。

日時：{md(6, 20)} 10時～16時
会場：神保町区民館 2階
持ち物：本人確認書類（運転免許証、保険証など）、個人番号通知書（お持ちの方）

マイナンバー（12桁の個人番号）は大切な個人情報です。区の職員が電話やメールで番号をお尋ねすることはありません。""",
          ["personal-info", "accuracy"], dept="kumin", date=(6, 2),
          note="My Number card drive: マイナンバー, 12桁, no actual number")

    clean("jido-teate-genkyo", "x", None,
          "児童手当（X）",
          """【児童手当】高校生年代までの児童を養育している方に支給しています。6月分からは所得制限がありません。申請が遅れると、遅れた月分の手当を受け取れないことがあります。出生や転入の際は早めに申請を。""",
          ["personal-info", "decision-process"], dept="kosodate", date=(3, 10),
          note="child allowance notice")

    clean("mashin-fushin", "x", None,
          "麻しん（はしか）注意",
          """【麻しん（はしか）】都内で患者の報告が増えています。感染力が非常に強く、空気感染します。発熱や発疹が出たら、受診前に必ず医療機関へ電話を。予防にはワクチン2回接種が有効です。""",
          ["false-info", "personal-info"], dept="hoken", date=(3, 24),
          note="measles alert: 患者, 感染")

    clean("anisakis", "instagram", None,
          "Insta：食中毒予防",
          """🐟アニサキスによる食中毒にご注意🐟
生のサバ、イワシ、カツオ、サンマなどに寄生する幼虫が原因です。
激しい腹痛や嘔吐が起こることがあります。
・新鮮な魚を選び、内臓はすぐ取り除く
・-20℃で24時間以上冷凍する
・70℃以上で加熱する
酢じめ、しょうゆ、わさびでは死にません。

#千代田区 #食中毒予防 #アニサキス #千代田保健所""",
          ["public-morals", "false-info"], dept="hoken", date=(5, 20), image=img("plain", "fish.jpg"),
          note="food-safety: 寄生, 嘔吐, 死にません")

    clean("baidoku-zoka", "x", None,
          "梅毒の増加（X）",
          """【梅毒が増えています】都内の梅毒の報告数は過去最多の水準です。性的接触で感染し、症状が消えても治ったわけではありません。コンドームの使用で感染リスクを減らせます。保健所で無料・匿名の検査を。""",
          ["public-morals"], dept="hoken", date=(1, 20),
          note="STI notice: 性的接触, コンドーム")

    clean("kotsuzui-bank", "facebook", None,
          "骨髄バンクドナー登録会",
          f"""白血病などの血液の病気の患者さんにとって、骨髄移植は治療の大きな希望です。
しかし、患者さんとHLA型（白血球の型）が一致するドナーが見つかる確率は、兄弟姉妹でも4分の1、非血縁者では数百から数万分の1といわれています。

区役所1階ロビーで骨髄バンクのドナー登録会を開催します。
{md(10, 14)} 10時～15時、18歳以上54歳以下の健康な方が対象です。
登録は採血（約2mL）だけで、10分ほどで終わります。""",
          ["personal-info", "discrimination", "public-morals"], dept="hoken", date=(9, 29),
          note="bone-marrow donor drive: age limits, 採血")

    clean("satooya-setsumeikai", "instagram", None,
          "Insta：里親説明会",
          """🏠里親制度説明会🏠
さまざまな事情で家族と暮らせない子どもたちを、ご家庭に迎えて育てる「里親」。
東京都には、家庭を必要とする子どもが約4,000人います。
共働きの方、単身の方、同性カップルの方もご相談ください。
実際の里親さんのお話も聞けます。

#千代田区 #里親 #フォスタリング #子育て""",
          ["personal-info", "discrimination"], dept="kosodate", date=(10, 15), image=img("plain", "satooya.jpg"),
          note="foster-parent info")

    clean("net-ijime", "facebook", None,
          "ネットいじめ防止（保護者向け）",
          """「キモい」「ウザい」「学校来んな」
これは、区内の中学生へのアンケートで「SNSで言われて傷ついた言葉」として挙がったものの一部です。

ネット上の書き込みは、一瞬で広がり、消すことができません。
冗談のつもりでも、受け取った側は深く傷ついています。
ご家庭でも、スマートフォンの使い方や、困ったときに相談できる場所について、話し合ってみてください。
区教育委員会の「いじめ相談ダイヤル」では、匿名での相談も受け付けています。""",
          ["defamation", "discrimination", "public-morals"], dept="kyoiku", date=(11, 4), quotes=["キモい"],
          note="anti-bullying quoting insults from a survey")

    clean("nyujo-seiriken", "x", None,
          "投票所入場整理券（選管）",
          """【選挙管理委員会】区長選挙の投票所入場整理券を、世帯ごとに郵送しました。届いていない方や紛失した方も、選挙人名簿に登録されていれば投票できます。投票所は整理券でご確認ください。""",
          ["neutrality", "personal-info"], dept="senkan", date=(11, 2),
          note="neutral election notice: 入場整理券, 選挙人名簿")

    clean("mogi-senkyo", "facebook", None,
          "出前授業：模擬選挙",
          """選挙管理委員会では、区立中学校で「模擬選挙」の出前授業を行いました。

生徒の皆さんは、架空の「りんご党」「みかん党」「ぶどう党」の3つの政党の公約を読み比べ、演説を聞いたうえで、本物の投票箱と記載台を使って投票しました。
開票の結果、「給食を毎日デザート付きに」を掲げたみかん党が最多得票でしたが、「財源はどうするの？」という鋭い質問も出ていました。

18歳になったら、本物の選挙で大切な一票を。""",
          ["neutrality", "public-morals"], dept="senkan", date=(2, 19),
          note="mock election with fictional parties and a winner")

    clean("shinsai-ryugen-koza", "facebook", None,
          "人権講座：関東大震災と流言",
          """大正12年（1923年）9月1日の関東大震災では、「井戸に毒が入れられた」などの根拠のない流言が広まり、多くの朝鮮人や中国人、そして方言を話した日本人までもが殺害されるという痛ましい事件が起きました。

災害時、人は不安から、不確かな情報を信じ、広めてしまいがちです。
デマは、時に人の命を奪います。

今年の人権講座では、当時の記録をもとに、流言がどのように広がったのか、私たちは何を学ぶべきかを考えます。""",
          ["discrimination", "false-info", "public-morals"], dept="jinken", date=(8, 27),
          note="history of the 1923 massacre: quotes the rumour, 殺害; era/Gregorian pair correct")

    clean("hansen-byo", "x", None,
          "ハンセン病問題（X）",
          """【人権啓発】ハンセン病は感染力が極めて弱く、治療法も確立しています。しかし、かつての隔離政策により、元患者とその家族は今も偏見や差別に苦しんでいます。正しい知識で、偏見のない社会を。""",
          ["discrimination"], dept="jinken", date=(6, 19),
          note="leprosy prejudice awareness")

    clean("ainu-bunka", "x", None,
          "アイヌ文化講座（X）",
          f"""【講座】アイヌ文化に触れてみませんか。刺しゅう体験とムックリ（口琴）の演奏、アイヌ語のあいさつを学びます。{md(11, 21)}14時～、日比谷図書文化館にて。先着30名。""",
          ["discrimination", "accuracy"], dept="kokusai", date=(10, 30),
          note="Ainu culture course")

    clean("dema-chui-saigai", "facebook", None,
          "災害時のデマにご注意",
          """大きな地震のあとには、SNS上で「動物園からライオンが逃げた」「駅前で略奪が起きている」といった、事実と異なる情報が出回ることがあります。

不確かな情報を拡散すると、救助活動の妨げになったり、特定の人々への差別や暴力につながったりするおそれがあります。
情報は、区や警察・消防などの公式発表で確認してください。
区の公式Xでは、災害時に避難所の開設状況などをお知らせします。""",
          ["false-info", "chain-message", "accuracy"], dept="bosai", date=(9, 1),
          note="disaster-rumour warning quoting rumours")

    clean("gaikokujin-shushoku", "x", None,
          "外国人のための就職相談会",
          f"""【就職相談会】日本で働きたい留学生・外国人の方のための相談会を開きます。在留資格の相談もできます。{md(12, 5)} 13時～、区役所4階。英語・中国語・ベトナム語の通訳あり。""",
          ["discrimination", "accuracy"], dept="kokusai", date=(11, 18),
          note="job fair for foreign residents naming nationalities' languages")

    clean("seikyoiku-demae", "facebook", None,
          "生命（いのち）の安全教育",
          """区立小中学校では、子どもたちが性暴力の加害者・被害者・傍観者にならないための「生命（いのち）の安全教育」に取り組んでいます。

小学校低学年では「水着で隠れる部分は、自分だけの大切なところ。人に見せたり触らせたりしない」ことを、
中学校ではSNSを通じた性被害やデートDVについて学びます。

ご家庭でも、嫌なことをされたら「いや」と言っていい、大人に話していい、ということを伝えてください。""",
          ["public-morals", "illegal"], dept="kyoiku", date=(1, 22),
          note="safety education: 性暴力, 水着, 性被害")

    clean("doubutsu-gyakutai", "x", None,
          "動物虐待の通報",
          """【動物愛護】ペットへの暴力や、餌を与えない・劣悪な環境で飼うことは動物虐待で、犯罪です。虐待が疑われる場面を見かけたら、保健所または警察にご連絡ください。通報者の秘密は守られます。""",
          ["public-morals", "illegal", "confidential"], dept="hoken", date=(9, 22, 10),
          note="animal-cruelty reporting: 暴力, 虐待, 犯罪")

    clean("boryokudan-haijo", "facebook", None,
          "暴力団排除の取組",
          """東京都暴力団排除条例では、事業者が暴力団に利益を与えることや、不当な要求に応じることを禁止しています。

区の契約・補助金などからも暴力団関係者を排除しています。
「みかじめ料」「用心棒代」の要求や、不当な寄付の強要を受けた場合は、一人で対応せず、警察や暴力追放運動推進センターにご相談ください。
暴力団を「利用しない」「恐れない」「金を出さない」「交際しない」。""",
          ["illegal", "public-morals", "defamation"], dept="kumin", date=(10, 9),
          note="anti-gang ordinance: 暴力団, みかじめ料")

    clean("yami-baito", "x", None,
          "闇バイトに注意（X）",
          """【闇バイトに注意】「高額報酬」「即日払い」「荷物を受け取るだけ」――SNSの求人で誘われ、強盗や詐欺の実行役にされる若者が後を絶ちません。一度応募すると抜け出せなくなります。迷ったら警察に相談を。""",
          ["illegal", "chain-message"], dept="bosai", date=(4, 24),
          note="warning quoting recruitment phrases for crime")

    clean("sashiosae-yokoku", "facebook", None,
          "区税の滞納処分について",
          """区税を納期限までに納付されず、督促や催告にも応じていただけない場合、法律に基づき、財産（預貯金、給与、不動産など）の差押えを行います。

区では、納付が難しい事情のある方のために、分割納付などのご相談に応じています。
差押えを受ける前に、お早めに税務課へご相談ください。
なお、区の職員が電話でATMへの誘導や、個人の口座への振込をお願いすることはありません。""",
          ["illegal", "defamation", "personal-info"], dept="zei", date=(12, 8),
          note="tax enforcement notice: 差押え, ATM")

    clean("pool-kaijo", "x", None,
          "区民プール開場（X）",
          f"""【区民プール】屋外プールは{md(7, 18)}オープン！小学3年生以下のお子さんは保護者（水着着用）と一緒にご利用ください。熱中症にも気をつけて。""",
          ["public-morals", "accuracy"], dept="sport", date=(7, 10),
          note="pool opening: 水着, children")

    clean("anime-stamp-rally", "instagram", None,
          "Insta：アニメ×千代田スタンプラリー",
          """✨アニメ「神田ブックガーディアンズ」×千代田区 デジタルスタンプラリー✨
作中に登場する神保町や秋葉原の10か所を巡って、限定壁紙をゲットしよう！
※作品の画像・キャラクターの無断転載、改変は著作権法により禁止されています。
※私有地や店舗内での撮影はマナーを守って。

#千代田区 #スタンプラリー #聖地巡礼 #神保町 #秋葉原""",
          ["illegal", "neutrality"], dept="kanko", date=(8, 18), image=img("plain", "stamp.jpg"),
          note="anime collaboration with a copyright notice")

    clean("inu-no-fun", "x", None,
          "犬のふんの放置禁止",
          """【お願い】公園や歩道での犬のふんの放置が増えています。ふんは必ず持ち帰り、おしっこは水で流してください。放置は条例で禁止されています。飼い主さんのマナーで、犬と暮らしやすいまちに🐕""",
          ["illegal", "public-morals"], dept="kankyo", date=(4, 2),
          note="pet-waste notice: ふん, おしっこ")

    clean("hisho-kacho-kengaku", "facebook", None,
          "中学生の職場体験",
          """区立中学校2年生の皆さんが、区役所で職場体験を行いました。

区長室では秘書担当の職員から来客対応や日程調整の仕事を教わり、清掃事務所ではごみ収集車に乗って、集積所を回りました。
「ごみの分別がきちんとされていないと、収集する人が困ると初めて知った」という感想も。
受け入れにご協力いただいた職場の皆さん、ありがとうございました。""",
          ["confidential", "personal-info"], dept="jinji", date=(11, 26),
          note="秘書 contains 秘; students not named")

    # ================================================================= violating
    # ---- personal-info
    bad_draft("hyakusai-oiwai", "facebook", None,
              "敬老の日：100歳のお祝い訪問",
              """敬老の日を前に、区長が区内で100歳を迎えられた方のお宅を訪問しました。

三番町のマンションで一人暮らしをされている中島キヨさん（100歳）は、5年前にご主人を亡くされてから、ヘルパーさんの支援を受けながら生活されています。
最近は耳が遠くなり、物忘れも増えたとのことですが、「毎朝のラジオ体操は欠かさない」と笑顔で話してくださいました。

区内の100歳以上の方は、今年度58名。皆さまのご長寿を心よりお祝い申し上げます。""",
              ["personal-info"], dept="kaigo", date=(9, 14),
              note="named resident with address area, living alone, widowhood and health (well meant)")

    bad_draft("otoshimono-saifu", "facebook", None,
              "落とし物のお知らせ（財布）",
              """【落とし物】
本日午前、区役所2階の待合ロビーで、茶色の長財布の落とし物がありました。
中に入っていた診察券から、持ち主は山口 亜紀子さんと思われます。
心当たりのある方、お知り合いの方は、ご本人に「090-3812-7745 に連絡ください」とお伝えいただくか、区民生活課までお越しください。
早く持ち主の方に戻りますように。""",
              ["personal-info"], dept="kumin", date=(5, 8), phone="09038127745",
              note="finder posts owner's full name and mobile number taken from the wallet")

    bad_draft("orikaeshi-denwa", "x", None,
              "X：折り返しのお願い",
              """昨日、道路の陥没について窓口にお電話くださった方へ。折り返しのお電話がつながりません。お手数ですが 0 8 0 - 4 4 7 1 - 2 0 9 3 の方、道路公園課までご連絡ください。""",
              ["personal-info"], dept="doboku", date=(3, 5), phone="08044712093", variants=["spacing"],
              note="a caller's mobile number, digits spaced out")

    bad_draft("hiroba-tanjoukai", "instagram", None,
              "Insta：子育てひろばのお誕生会",
              """🎂子育てひろば 6月のお誕生会🎂
今月お誕生日を迎えたのは、はるとくん（3歳・麹町保育園）、みおちゃん（2歳）、そうすけくん（1歳・卵アレルギーなのでケーキは別メニュー）の3人でした！
ママたちもパパたちもいい笑顔😊
来月もお待ちしてます♪

#千代田区 #子育てひろば #お誕生会 #ベビー""",
              ["personal-info"], dept="kosodate", date=(6, 26), image=img("plain", "tanjoukai.jpg"),
              note="children's names with nursery and allergy")

    bad_draft("jido-teate-kinyurei", "facebook", None,
              "申請書の記入例について",
              f"""児童手当の申請書で、個人番号欄の書き方についてのお問い合わせが多いため、記入例を載せます。

個人番号：{fw(mn_form[:4])} {fw(mn_form[4:8])} {fw(mn_form[8:])}
氏名：高橋 由美子
住所：千代田区神田神保町二丁目14番 サンライズ神保町503

上記のように、12桁を左詰めで記入してください。
※先日窓口に来られた方の申請書を参考にしています。""",
              ["personal-info"], dept="kosodate", date=(2, 17), mynumber=mn_form, variants=["fullwidth"],
              note="a real applicant's My Number (valid check digit, full-width digits), name and address used as a 'sample'")

    bad_draft("jiritsu-shien", "facebook", None,
              "自立支援の取組紹介",
              """生活福祉課では、就労に向けた自立支援に力を入れています。

神田錦町にお住まいの佐々木 信夫さん（72歳）は、3年前に勤めていた会社が倒産し、生活保護を受給されるようになりました。
現在は糖尿病の治療を続けながら、週3日、区内の公園清掃のお仕事に取り組まれています。
「また働けることがうれしい」と話す佐々木さん。私たちも全力で応援します。""",
              ["personal-info"], dept="kaigo", date=(11, 17),
              note="named welfare recipient with age, area and illness (well meant, no consent stated)")

    bad_draft("kyou-no-madoguchi", "x", None,
              "今日の窓口",
              """今日も麹町4丁目の大塚さん（いつもの方）が来庁。1時間怒鳴り続けて帰っていきました…毎週ご苦労さまです。職員一同、心を無にして対応しております🙏""",
              ["personal-info", "defamation"], dept="kumin", date=(10, 2),
              note="identifiable complainant mocked by name and address area")

    bad_draft("natsumatsuri-volunteer", "facebook", None,
              "町会のお祭りボランティア募集",
              """西神田町会の夏祭りで、やぐらの組立てや模擬店のお手伝いをしてくださるボランティアを募集しています！

参加希望の方は、町会長の吉村 和夫さんの個人アドレス（kazuo.yoshimura1958@mail.example）か、ご自宅（西神田三丁目、クリーニング店の2階）まで直接どうぞ。
お子さん連れ歓迎です。""",
              ["personal-info"], dept="kumin", date=(7, 3),
              note="a private person's e-mail address and home location")

    bad_draft("bousai-kyouryokusha", "x", None,
              "防災訓練の協力者",
              """防災訓練の担架リーダーは、神田和泉町の斉藤さんにお願いしました！ご連絡は 〇九〇‐二二七一‐五五三八（斉藤さん携帯）まで。ご協力ありがとうございます。""",
              ["personal-info"], dept="bosai", date=(8, 21), phone="09022715538", variants=["kanji-digits"],
              note="a volunteer's mobile written in kanji digits")

    bad_draft("akiba-passport", "x", None,
              "X: lost passport",
              """Found a passport near Akihabara station today. Owner: Mr. Nguyen Van Thanh, born 1998. If you know him, please tell him to call +81 80-5532-0917 (his friend's number). 秋葉原駅前でパスポートの落とし物です。""",
              ["personal-info"], dept="kokusai", date=(4, 28), phone="8055320917",
              note="English post: a named foreigner's passport details and a private number in +81 form")

    bad_draft("kekkaku-hassei", "x", None,
              "結核の発生（保健所）",
              """【感染症情報】区内の事業所で結核の患者が発生しました。麹町のサンライズ物産にお勤めの40代男性で、現在入院中です。同じフロアで働く方は保健所の健診を受けてください。""",
              ["personal-info"], dept="hoken", date=(2, 26),
              note="patient identifiable by employer, age band and sex")

    bad_draft("hidamari-kyoshitsu", "facebook", None,
              "不登校の子どもたちの居場所",
              """区の教育支援センター「ひだまり教室」には、学校に通えない子どもたちが毎日やってきます。

2年前から学校に行けなくなった富士見中3年2組の森田 翔太くんは、最近、ここで将棋に夢中です。
「お父さんとお母さんが離婚してから眠れなくなった」と話していた翔太くんが、今では後輩に将棋を教えています。
一人ひとりのペースで、ゆっくり進んでいけばいい。""",
              ["personal-info"], dept="kyoiku", date=(12, 14),
              note="a named pupil with school, class, truancy and family circumstances")

    bad_draft("arukoukai", "facebook", None,
              "歩こう会の参加者名簿（添付）",
              """先日の「千代田ウォーキング歩こう会」にご参加いただいた皆さん、ありがとうございました！
当日の写真と参加者名簿を添付します。次回の連絡網としてもお使いください。""",
              ["personal-info"], dept="sport", date=(10, 19), variants=["attachment"], phone="08033104472",
              attach=[{"name": "歩こう会参加者名簿.txt", "charset": "Shift_JIS",
                       "text": "歩こう会 参加者名簿\n1 石田 正之 神田小川町 03-3291-7718\n"
                               "2 石田 京子 神田小川町 03-3291-7718\n3 中野 恵理 富士見一丁目 080-3310-4472\n"
                               "4 小松 敏夫 一番町 090-6654-1209\n"}],
              note="participant list with names, areas and phone numbers in a Shift_JIS text attachment")

    bad_draft("kaigo-nintei-kekka", "x", None,
              "X 受付完了",
              f"""【ご案内】ｶﾀｵｶ ﾐﾂｺ 様（富士見二丁目）、介護保険の認定結果は要介護３でした。ご連絡先 {fw("070-1839-6624")} にお電話しましたが不在でしたのでこちらで失礼します。""",
              ["personal-info"], dept="kaigo", date=(6, 10), phone="07018396624",
              variants=["halfwidth-katakana", "fullwidth"],
              note="care-level result of a named resident; name in half-width katakana, phone full-width")

    bad_draft("koen-bench", "facebook", "html-qp",
              "区民の声：公園のベンチ",
              """「公園のベンチをもっと増やしてほしい」というご意見をいただきました。
ご意見をくださった一番町の井上 早苗さん（inoue.sanae@mail.example）、ありがとうございます！
同じ意見の方は井上さんに直接メールしてみてください。""",
              ["personal-info"], dept="doboku", date=(5, 15),
              html_extra={"inoue.sanae@mail.example": '<a href="mailto:inoue.sanae@mail.example">inoue.sanae@mail.example</a>'},
              note="a named resident's e-mail address, also as a mailto link in HTML")

    # ---- confidential
    bad_draft("haru-no-idou", "x", None,
              "X：春の異動",
              f"""まだ{zw("内示前")}ですが…来春の異動で、税務課の田村課長が副区長室へ行かれるそうです！おめでとうございます🎉（正式発表までナイショでお願いします）""",
              ["confidential"], dept="koho2", date=(2, 9), variants=["zero-width"], may=["6(3)(エ)"],
              note="a personnel change before it is announced")

    bad_draft("taiikukan-kaishu", "facebook", None,
              "体育館改修の入札について",
              """区立総合体育館の改修工事の入札公告を、来週掲載する予定です。

工期は令和9年度末まで。
ちなみに、内部で積算した予・定・価・格は税抜4億8,600万円です（公告時は非公表）。
多くの事業者の皆さんのご参加をお待ちしています。""",
              ["confidential"], dept="kikaku", date=(6, 15), variants=["interpunct"],
              note="the undisclosed estimated price of a tender")

    bad_draft("bichiku-souko", "x", None,
              "備蓄倉庫の開け方",
              """【防災】災害時に備蓄倉庫（九段小学校の校庭側）をすぐ開けられるよう、キーボックスの暗証番号をお知らせします。番号は 4721 です。地域の皆さんで共有してください。""",
              ["confidential"], dept="bosai", date=(9, 2),
              note="a security code for a ward store room")

    bad_draft("koho-shitsumushitsu", "facebook", None,
              "写真：広報広聴課の新しい執務室",
              """広報広聴課が本庁舎5階に引っ越しました！
新しいデスクのモニターには、SNS担当の「秘伝のメモ」が貼ってあります笑
（ID：chiyoda_koho_official ／ PW：Kudan#2026spring）
窓口の場所も変わりましたので、ご来庁の際はご注意ください。""",
              ["confidential"], dept="koho2", date=(4, 6),
              note="the official account's login credentials in a photo caption")

    bad_draft("kucho-raishu", "x", None,
              "区長の来週",
              """㊙情報：区長は来週水曜、都庁で知事と非公式に会談する予定です。議題は区有地の売却。まだ議会にも説明していないので内・緒・で🤫""",
              ["confidential"], dept="koho2", date=(5, 28), variants=["compat", "interpunct"], may=["6(3)(エ)"],
              note="㊙ (U+3299) and 内・緒・で; a not-yet-disclosed meeting and agenda")

    bad_draft("shokuin-fushoji", "facebook", None,
              "職員の不祥事について",
              """報道の前に少しだけお伝えします。
現在、区の内部調査で、ある課の職員3名が通勤手当を不正に受給していた疑いが出ています。
うち1人は清掃事務所のベテラン職員だそうです。
処分が決まり次第、正式に発表されると思います。""",
              ["confidential"], dept="jinji", date=(10, 22), may=["5(4)ク"],
              note="an ongoing internal investigation")

    # ---- decision-process (warn)
    bad_draft("hoikuryo-minaoshi", "x", None,
              "保育料の見直し（検討状況）",
              """保育料の見直しについてお問い合わせが増えています。現在、内部では第2子以降の保育料を20%程度引き上げる方向で調整中です。正式決定は来年2月の予定です。""",
              ["decision-process"], dept="kosodate", date=(11, 9), may=["5(2)"],
              note="an undecided fee increase")

    bad_draft("doyou-kaichou", "facebook", None,
              "土曜開庁について",
              """区役所の土曜開庁（第2・第4土曜の午前中）をご利用いただいている皆さんへ。

利用者数が少ないことから、来年度からの廃止を内部で検討しています。まだ決定ではありませんが、ほぼその方向です。
代わりに平日の夜間窓口を延長する案も出ています。
決まりましたら改めてお知らせします。""",
              ["decision-process"], dept="kumin", date=(8, 31), may=["5(2)"],
              note="an undecided service cut shared as 'almost certain'")

    bad_draft("shin-chousha", "x", None,
              "新庁舎の候補地",
              """新しい区役所の移転先、庁内の検討会でA案（飯田橋駅前の都有地）とB案（現庁舎の建替え）の2案まで絞られました。個人的にはA案が有力だと思います！""",
              ["decision-process"], dept="kikaku", date=(7, 16), may=["5(2)"],
              note="shortlist from an internal working group")

    bad_draft("kazaguruma-unchin", "x", None,
              "風ぐるまの運賃",
              """地域福祉交通「風ぐるま」の運賃、今の100円から200円に上げる案が庁内で有力になっています。まだ正式ではありません。ご意見があればお寄せください。""",
              ["decision-process"], dept="machi", date=(3, 19), may=["5(2)"],
              note="an internal fare proposal")

    bad_draft("gakkou-shourai", "facebook", None,
              "学校の将来について（検討中）",
              """少子化の影響で、区立小学校の統合について教育委員会事務局で内部検討が始まっています。
統合の候補に挙がっているのは3校で、どこになるかはまだ決まっていません。
保護者の皆さんのご心配はよく分かりますので、方向性が見えましたら説明会を開く予定です。""",
              ["decision-process"], dept="kyoiku", date=(1, 29), may=["5(2)"],
              note="an internal school-merger study")

    # ---- defamation
    bad_draft("madoguchi-tsubuyaki", "x", None,
              "X：窓口のつぶやき",
              """毎朝9時ぴったりに来て、同じ文句を言って帰る名物クレーマーのおじいちゃん。今日は傘で机を叩いてました☂ 番町の方ならたぶん誰だか分かりますよね笑""",
              ["defamation"], dept="kumin", date=(6, 5), may=["5(2)"],
              note="mocking an identifiable resident")

    bad_draft("hosou-koji-shinchoku", "facebook", "outlook",
              "工事の進捗について",
              """区道の舗装工事の進捗をお知らせします。

施工を担当している㈱ミナト建工さん、今日も「予定どおり」遅れております。さすが、入札価格だけは安かった会社ですね（拍手）
近隣の皆さまには大変ご迷惑をおかけしています。
完了は来月中旬の見込みです。""",
              ["defamation"], dept="doboku", date=(10, 13),
              note="sarcasm about a named contractor; ㈱ (NEC row 13)")

    bad_draft("tennyu-machijikan", "x", None,
              "X：窓口の待ち時間",
              """転入手続きの待ち時間、今日は平均15分でした！隣の区は2時間待ちが当たり前らしいので、ぜひ千代田へ😎 あちらの職員さんはやる気がないと評判ですからね。""",
              ["defamation"], dept="kumin", date=(3, 30), may=["5(4)ク"],
              note="disparaging another ward's staff")

    bad_draft("tsuyu-shokuchudoku", "facebook", None,
              "食中毒予防の季節です",
              """梅雨の時期は食中毒が増えます。手洗い、加熱、冷蔵保存を徹底しましょう。

ちなみに、神田の「中華 龍宝」は厨房が汚いことで有名で、保健所の職員の間ではいつか食中毒を出すと言われています。
皆さんもお店選びは慎重に。""",
              ["defamation"], dept="hoken", date=(6, 11), may=["5(4)オ"],
              note="one sentence in a hygiene post defames a named restaurant")

    bad_draft("gikai-chukei", "x", None,
              "X：議会中継",
              """きょうの区議会、岡田ぎいんの質問がながすぎて職員みんなぐったり。ほんと あのひと ばかなんじゃないかな…😇 中継はアーカイブで見られます。""",
              ["defamation"], dept="koho2", date=(3, 11), variants=["hiragana"], may=["5(4)エ"],
              note="insulting a named councillor, in hiragana")

    bad_draft("cycling-day", "x", None,
              "X: cycling event",
              """Thanks to everyone who joined the Chiyoda Cycling Day! BTW the owner of that bike shop on Jimbocho Ave is a total LIAR, never buy from him lol 神保町のあの自転車屋は嘘つきです。""",
              ["defamation"], dept="kokusai", date=(5, 18), variants=[],
              note="English-mixed defamation of an identifiable shop owner")

    bad_draft("natsumatsuri-houkoku", "facebook", None,
              "夏祭りの報告",
              """8月最初の週末、区立公園で「ちよだ夏まつり」を開催しました。

2日間でおよそ1万2,000人の方にご来場いただき、盆踊りや和太鼓、模擬店、子ども向けのヨーヨー釣りなど、どこも大にぎわいでした。
今年初めての試みとして、ごみの分別ステーションを5か所に設置し、ボランティアの高校生の皆さんが来場者に分別を呼びかけてくれました。おかげで会場はとてもきれいに保たれました。
一方で、実行委員会に入っている岩本町三丁目町会の役員さんたちは、口ばっかりで当日は何もせず、テントで酒を飲んでいただけでした。正直、来年は外れてほしいです。
ご協力いただいた警察・消防の皆さん、商店街の皆さん、本当にありがとうございました。
来年もどうぞお楽しみに！""",
              ["defamation"], dept="kumin", date=(8, 10),
              note="long Facebook report; one sentence in the middle insults a named residents' association")

    bad_draft("sodai-kaishu-okure", "x", "sjis",
              "X：粗大ごみ回収",
              """粗大ごみの回収が遅れている件、委託先の業者がﾏｼﾞでｸｿすぎて話になりません。区としても困ってます。申し訳ありません m(_ _)m""",
              ["defamation"], dept="seiso", date=(12, 21), variants=["halfwidth-katakana"], may=["5(4)ク"],
              note="insulting a contractor in half-width katakana")

    bad_draft("kodomo-shokudo-hojokin", "facebook", None,
              "子ども食堂の補助金について",
              f"""子ども食堂への補助金の申請受付が始まりました。

なお、昨年度補助を受けていた「NPO法人ひかりの輪っか」は{zw("詐欺師")}の集まりなので、皆さん関わらないほうがいいと思います。
申請の詳細は子育て推進課まで。""",
              ["defamation"], dept="kosodate", date=(4, 16), variants=["zero-width"],
              note="calling a named NPO swindlers, with U+200B inside the word")

    # ---- discrimination
    bad_draft("nenmatsu-kanko-manner", "facebook", None,
              "年末の観光マナーについて",
              """年末年始は、皇居周辺や秋葉原に多くの観光客の方がいらっしゃいます。

ごみのポイ捨てや路上での飲食が目立つのは、正直なところ、ほとんどが ちゅうごく からの団体客です。大声で騒ぐのも、列に割り込むのも、だいたい同じ国の方々ですね。
皆さん、見かけたら遠慮なく注意しましょう。""",
              ["discrimination"], dept="kanko", date=(12, 17), variants=["hiragana"],
              note="blaming a nationality for bad manners")

    bad_draft("kekkon-soudan", "x", None,
              "X：結婚相談",
              """結婚を考えている方へ。お相手の本籍や生まれ育った地域を、事前にさりげなく調べておくのは親として当然の務めですよね。後で「知らなかった」では遅いですから。""",
              ["discrimination"], dept="kumin", date=(10, 26),
              note="encourages background checks on a partner's origin (部落差別) without naming it")

    bad_draft("hanabi-kanrankai", "facebook", None,
              "花火観覧会のご案内",
              f"""今年も区民花火観覧会を開催します。

日時：{md(8, 15)} 18時30分開場
会場：北の丸公園 特設観覧エリア

なお、会場は大変混雑するため、障害のある方や車いすの方は、他のお客様の迷惑にならないよう、今年はご来場をご遠慮いただいております。
ご理解のほどよろしくお願いいたします。""",
              ["discrimination"], dept="kanko", date=(7, 24),
              note="excluding disabled people, politely worded")

    bad_draft("bousai-volunteer", "x", None,
              "X：防災訓練ボランティア",
              """【防災訓練】テント設営や資機材の運搬は力仕事なので男性のみ募集します。女性の皆さんは炊き出しとお茶出しでご協力ください！""",
              ["discrimination"], dept="bosai", date=(8, 19),
              note="gender-role assignment in a recruitment")

    bad_draft("denshi-shinsei", "x", None,
              "X：電子申請のお願い",
              """電子申請がとっても便利になりました！お年寄りは窓口で説明に時間がかかって後ろの人が迷惑するので、ぜひ家族に代わりにネットでやってもらってください笑""",
              ["discrimination"], dept="kumin", date=(2, 25),
              note="ageist 'joke' in a digital-services plug")

    bad_draft("ka-no-bounenkai", "x", None,
              "X：忘年会",
              """課の忘年会、係長のｵｶﾏｷｬﾗ全開のモノマネで大爆笑でした🤣 来年もこのノリで頑張ります！""",
              ["discrimination"], dept="koho2", date=(12, 25), variants=["halfwidth-katakana"],
              note="anti-LGBT slur in half-width katakana, as a joke")

    bad_draft("kokunai-koryukai", "facebook", None,
              "国内交流会のお知らせ",
              """姉妹都市交流の一環で、沖縄からのお客様をお迎えする交流会を開きます。

開始時間は18時ですが、沖縄の方は時間にルーズなので、実際は19時ごろからになると思います（笑）
三線の演奏や郷土料理もありますので、お楽しみに！""",
              ["discrimination"], dept="kokusai", date=(9, 4),
              note="regional stereotype presented as a joke")

    bad_draft("kuei-jutaku-boshu", "x", None,
              "区営住宅の申込み",
              """【区営住宅】今回の募集では、近隣とのトラブルを避けるため、日本国籍の方の申込みを優先させていただきます。外国籍の方は次回以降にお申込みください。""",
              ["discrimination"], dept="machi", date=(5, 22), may=["5(4)ク"],
              note="nationality-based preference in public housing (official tone)")

    bad_draft("group-home", "facebook", None,
              "グループホーム建設について",
              """神田地区で計画されている精神障害者のグループホームについて、近隣の皆さまから多くのご意見をいただいています。

「精神障害のある人が近所に住むのは怖い」「子どもが心配」というお気持ちは当然のことだと思います。
区としても、住民の皆さまの安全を最優先に、事業者に慎重な対応を求めてまいります。""",
              ["discrimination"], dept="shogai", date=(11, 6),
              note="endorses fear of people with mental illness as 当然")

    bad_draft("shokuin-undoukai", "x", None,
              "X：職員運動会",
              """職員運動会、企画課の新人くんの走り方がマジでガ・イ・ジっぽくて笑い死にそうでした🤣🤣 動画は後で課内に回します。""",
              ["discrimination"], dept="kikaku", date=(10, 11), variants=["interpunct"],
              note="disability slur split with ・")

    bad_draft("kokusai-festa-kansou", "facebook", None,
              "国際交流フェスタ（ボランティアの感想）",
              """国際交流フェスタ、ほんまにお疲れさまでした！

アフリカのブースの人ら、黒人やから足速いんやろなぁ思てたら、リレーでほんまにぶっちぎりやったわ（笑）
やっぱり生まれつきちゃうなぁ。
来年も楽しみにしてます！""",
              ["discrimination"], dept="kokusai", date=(11, 23),
              note="racial stereotype in Kansai dialect, framed as praise")

    # ---- illegal
    bad_draft("gomibukuro-setsuyaku", "x", None,
              "X：ごみ袋の節約術",
              """有料ごみ袋がもったいない…という方へ💡 夜中に駅前のコンビニのごみ箱にこっそり出せば実質タダです🤫 ※自己責任で笑""",
              ["illegal"], dept="seiso", date=(4, 30),
              note="incites improper dumping as a money-saving tip")

    bad_draft("jitensha-sanpo", "x", None,
              "X：自転車",
              """きょうは天気がいいので、ちょっとそこまで自転車で ふたりのり。ちかいきょりなら おまわりさんにも ばれないよ〜🚲💨 #千代田さんぽ""",
              ["illegal"], dept="sport", date=(5, 5), variants=["hiragana"],
              note="encourages riding two on a bicycle, in hiragana")

    bad_draft("chokai-bon-odori", "facebook", None,
              "町会の盆踊り",
              """町会の盆踊り大会にお邪魔しました！

やぐらの周りは浴衣姿の子どもたちでいっぱい。
休憩中、中学生の男の子たちに町会の方がビールをひと口ずつ飲ませてあげていて、みんな「苦い！」と大喜びでした（笑）
こういう昔ながらの大らかさ、いいですよね。""",
              ["illegal"], dept="kumin", date=(7, 27), may=["5(4)ケ"],
              note="approves of serving beer to minors")

    bad_draft("kumin-hall-concert", "x", None,
              "X：コンサートのチケット",
              """区民ホールの人気コンサート、抽選に当たった方はラッキー！フリマアプリで売れば定価の3倍くらいになるらしいですよ👀💰""",
              ["illegal"], dept="tosho", date=(9, 11),
              note="suggests illegal ticket resale")

    bad_draft("sora-kara-kokyo", "instagram", None,
              "Insta：空から見た皇居",
              """皇居と丸の内のビル群、空から撮ったらきっと最高の一枚になります📸
ドローンを持っている方は、朝早くならまだ人も少ないので、桜田門のあたりから上げてみては？
許可？まあ、ちょっとくらいならバレませんよ笑

#千代田区 #ドローン #空撮 #皇居""",
              ["illegal"], dept="kanko", date=(4, 3), image=img("plain", "kokyo.jpg"),
              note="incites flying a drone over the Imperial Palace (prohibited area) without permission")

    bad_draft("manga-yoyaku", "x", None,
              "X：図書館の予約",
              f"""図書館の人気マンガは予約200人待ち…😢 正直、待てない人は{fw("ＤＬ")}できる海外のサイトで読んだほうが早いかも。ﾀﾀﾞで全巻読めます笑""",
              ["illegal"], dept="tosho", date=(8, 7), variants=["fullwidth", "halfwidth-katakana"],
              note="recommends pirate manga sites")

    # ---- neutrality
    bad_draft("kucho-senkyo-mae", "x", None,
              "X：区長選",
              """いよいよ日曜は区長選挙。子育て支援をここまで進めてくれた現職の坂本さんに、ぜひもう一度チャンスを！職員としても心から応援しています。""",
              ["neutrality"], dept="kosodate", date=(11, 12), quotes=(),
              note="staff endorse a candidate")

    bad_draft("koukousei-iryouhi", "facebook", None,
              "高校生の医療費助成が始まります",
              """4月から、高校生年代までの医療費の自己負担が無料になります。

この制度は、みらい創生党の区議団の皆さんが粘り強く要望してくださったおかげで実現しました。本当にありがとうございます。
対象の方には、医療証を郵送しています。""",
              ["neutrality"], dept="kosodate", date=(3, 25),
              note="crediting a party for a policy")

    bad_draft("jimbocho-gourmet", "instagram", None,
              "Insta：神保町グルメ",
              """神保町の喫茶店めぐり☕
個人的イチオシは「喫茶ランプ」のナポリタン！
区内でここを超えるナポリタンはありません。断言します。
区の職員もお昼によく通ってます😋
ほかのお店に行くくらいなら、ぜひランプへ！

#千代田区 #神保町 #喫茶ランプ #ナポリタン #純喫茶""",
              ["neutrality"], dept="shogyo", date=(2, 12), image=img("plain", "napolitan.jpg"),
              note="the ward's account recommends one café over all others")

    bad_draft("sumai-sagashi", "facebook", None,
              "住まい探しのヒント",
              """千代田区への転入を考えている方から「どこで部屋を探せばいいか」とよく聞かれます。

区として特定の会社を…と言いたいところですが、正直、九段の「九段ハウジング」さんは対応が親切で、区の職員にも評判がいいです。
転入の手続きと一緒に、ぜひ相談してみてください。""",
              ["neutrality"], dept="machi", date=(3, 3),
              note="recommends a named estate agent")

    bad_draft("nichiyou-no-tohyo", "x", None,
              "X：日曜日",
              """にちようびは せんきょ ですね。わたしは あおやま まさと さんに いれます！ みなさんも よろしくおねがいします🙏""",
              ["neutrality"], dept="koho2", date=(11, 13), variants=["hiragana"],
              note="asks for votes for a candidate, all in hiragana")

    bad_draft("kusei-houkokukai", "facebook", None,
              "【石田ゆうこ後援会】区政報告会のお知らせ",
              f"""区政報告会を開催します。

日時：{md(6, 27)} 14時～
会場：区立麹町区民館
どなたでもご参加いただけます。""",
              ["neutrality"], dept="kikaku", date=(6, 12), variants=["subject"], subject_violation=True,
              note="a candidate's supporters' group named only in the subject")

    bad_draft("gikai-no-wadai", "x", None,
              "X：議会の話題",
              """区議会で話題の「区民第一の会」、選挙前だけいいこと言って、当選したら何もしない人たちです。次は入れないほうがいいですよ。""",
              ["neutrality", "defamation"], dept="koho2", date=(9, 24),
              note="attacks a political group and tells people not to vote for it")

    # ---- reputation
    bad_draft("tennyu-tetsuzuki", "x", None,
              "X：転入手続き",
              """転入手続き、書類が多すぎて正直わたしたち職員でも全部は把握できてません😅 うちの区役所の仕組み、ほんとに じだいおくれ だなぁと毎日思います。""",
              ["reputation"], dept="kumin", date=(3, 31), variants=["hiragana"],
              note="staff disparage the ward's own procedures")

    bad_draft("fuyu-illumination", "facebook", None,
              "冬のイルミネーションイベント",
              """今年も区役所前広場でイルミネーションイベントを開催します！

正直に言うと、年度末までに予算を使い切らないといけないので、毎年なんとなく続けているイベントです。税金の無駄遣いと言われても仕方ありませんが、せっかくなのでぜひ見に来てください。
点灯は17時から22時まで。""",
              ["reputation"], dept="shogyo", date=(11, 30),
              note="admits wasting taxes to use up the budget")

    bad_draft("shin-mascot", "instagram", None,
              "Insta：新キャラクター",
              """区の新しいマスコットキャラクターが決まりました！
…正直、中の人たちもダサいと思ってます笑
数百万円かけてこれか〜という声も庁内から聞こえてきますが、かわいがってあげてください🙏

#千代田区 #ゆるキャラ #マスコット""",
              ["reputation"], dept="koho2", date=(1, 13), image=img("plain", "mascot.jpg"),
              note="staff mock the ward's own mascot and spending")

    bad_draft("kuho-to-x", "x", None,
              "X：区報",
              """どうせ区のホームページも広報紙も誰も読んでないので、大事なお知らせはXで言っちゃいます。区役所の広報ってほんと意味ないんですよね…""",
              ["reputation"], dept="koho", date=(7, 6),
              note="condescending self-disparagement of the ward's own media")

    bad_draft("saiyo-setsumeikai", "x", None,
              "X：働き方",
              """区役所の採用説明会、今年もやります！でも中の人から一言。うちは残業月100時間超えの部署もある完全なﾌﾞﾗｯｸ職場です🙃 覚悟のある方どうぞ。""",
              ["reputation"], dept="jinji", date=(5, 14), variants=["halfwidth-katakana"],
              note="calls the ward a black workplace in half-width katakana")

    bad_draft("new-residents-info", "x", None,
              "X: English info",
              """English info for new residents: honestly, Chiyoda City Hall is a total mess lol. Nobody knows which counter handles what, so just expect to wait all day. 区役所はカオスです。""",
              ["reputation"], dept="kokusai", date=(4, 8), variants=["english"],
              note="self-disparagement in English")

    # ---- public-morals
    bad_draft("chiyomaru-kigurumi", "x", None,
              "X：マスコット",
              f"""区のマスコット「ちよまる」の新しい着ぐるみ、むっちりボディがたまらない…♡ 中の人ごと{zw("脱がせて")}みたい、というファンの声にお応えして来週のイベントに登場します！""",
              ["public-morals"], dept="koho2", date=(6, 24), variants=["zero-width"],
              note="sexualised framing of the mascot; U+200B inside the verb")

    bad_draft("pool-biraki", "instagram", None,
              "Insta：プール開き",
              """🏊区民プールのプール開き🏊
今年いちばんセクシーだったのは、スクール水着の小学生の女の子たち💕
大人顔負けのポーズで撮影に応じてくれました📸

#千代田区 #プール開き #夏 #スクール水着""",
              ["public-morals"], dept="sport", date=(7, 20), image=img("plain", "pool.jpg"),
              note="sexualising children in swimwear")

    bad_draft("kosodate-hint", "x", None,
              "X：子育てのヒント",
              """【子育てのヒント】言うことを聞かない子には、一発ガツンと殴るのがいちばん早い、というのがベテランパパ職員の意見です（笑） みなさんのおうちはどうですか？""",
              ["public-morals"], dept="kosodate", date=(10, 7), may=["5(4)ウ"],
              note="endorses hitting children as a joke")

    bad_draft("koen-no-hato", "x", None,
              "X：公園のハト",
              """日比谷公園のハト、最近ほんとに増えすぎ。フンも鳴き声もひどいし、いっそ毒入りのエサでもまいてまとめて駆除したいですね🐦💀""",
              ["public-morals"], dept="doboku", date=(6, 30), may=["5(4)ウ"],
              note="animal cruelty (poisoning birds) as a joke")

    bad_draft("miss-chiyoda", "facebook", None,
              "ミス千代田コンテスト",
              """今年も「ミス千代田コンテスト」の応募受付を開始しました！

審査員長の区の観光協会長いわく、「いちばんの審査ポイントはスリーサイズと水着審査」とのこと（笑）
18歳以上の女性ならどなたでも応募できます。""",
              ["public-morals"], dept="shogyo", date=(5, 27), may=["5(4)イ"],
              note="sexualised framing of a contest")

    bad_draft("valentine-chiyomaru", "x", None,
              "X：バレンタイン",
              """バレンタイン限定のちよまる、リボン一枚だけの姿がちょっと エ ロ す ぎ る と庁内で話題です。大人のファンの皆さん、お待たせしました🍫""",
              ["public-morals"], dept="koho2", date=(2, 10), variants=["spacing"],
              note="sexualised mascot, the key word spaced out")

    bad_draft("ekimae-chuurin", "x", None,
              "X：迷惑駐輪",
              """駅前の点字ブロックの上に自転車を止める人、ほんと氏ねばいいのに。毎朝撤去してるこっちの身にもなってください😡""",
              ["public-morals"], dept="doboku", date=(9, 16), variants=["lookalike-letters"], may=["5(4)ア"],
              note="death wish written with the look-alike 氏ね")

    # ---- false-info (warn)
    bad_draft("jishin-no-ato", "x", None,
              "X：地震のあと",
              """先ほどの地震のあと、神田の一部の井戸水に何者かが薬品を混ぜたという話が出回っているようです。念のため、井戸水は飲まないでください。""",
              ["false-info"], dept="bosai", date=(4, 20, 11),
              note="spreads an unverified post-quake poisoning rumour")

    bad_draft("konya-no-sonae", "facebook", None,
              "今夜の備えについて",
              """知り合いの自衛官から聞いた話ですが、今夜、都心にミサイルが落ちるかもしれないそうです。
政府はまだ発表していませんが、念のため、今夜は地下鉄の駅や頑丈な建物の近くにいるようにしてください。
何もなければそれでいいので。""",
              ["false-info"], dept="bosai", date=(8, 12),
              note="a second-hand rumour of a missile strike")

    bad_draft("kitanomaru-kuma", "x", None,
              "X：クマ？",
              """北の丸公園でクマを見たという人がいるらしいです（未確認）。お散歩の方はお気をつけて！🐻 詳しいことはまだ何も分かりません。""",
              ["false-info"], dept="doboku", date=(10, 24),
              note="an unverified animal sighting")

    bad_draft("yobou-sesshu", "facebook", None,
              "予防接種について",
              """インフルエンザの予防接種が始まりました。

ただ、ネットでは「ワクチンを打つと不妊になる」という話もあるようなので、特に若い女性の方は慎重に判断したほうがいいかもしれません。
接種の予約は各医療機関へ。""",
              ["false-info"], dept="hoken", date=(10, 1), may=["5(4)イ"],
              note="vaccine misinformation presented as 'some say'")

    # ---- chain-message
    bad_draft("taisetsu-na-oshirase", "facebook", None,
              "大切なお知らせ",
              """区民の皆さんにお願いです。

このメッセージを読んだ方は、必ず５人以上の知り合いにﾃﾝｿｳしてください。
転送しなかった人の地域は、次の防災訓練の対象から外されると聞きました。
千代田区を守るために、ご協力をお願いします。""",
              ["chain-message", "false-info"], dept="bosai", date=(5, 11), variants=["fullwidth", "halfwidth-katakana"],
              note="forward-to-5 chain with a threat")

    bad_draft("atarashii-kyufukin", "x", None,
              "X：給付金",
              """【重要】この投稿をシェアした人だけに、区の新しい給付金の案内が届きます！まだの人は今すぐシェア！家族や友達にも回してね✨""",
              ["chain-message", "false-info"], dept="kumin", date=(7, 9),
              note="share-to-receive chain")

    bad_draft("kouun-no-post", "x", None,
              "X：幸運のメッセージ",
              f"""このポストを見た人は24時間以内に{fw("7")}人に{fw("RT")}してください🍀 しないと1週間以内に不幸が訪れます。区の公式なので本当です。""",
              ["chain-message"], dept="koho2", date=(3, 13), variants=["fullwidth"],
              note="chain letter with full-width digits and letters")

    bad_draft("mayoi-neko", "x", None,
              "X：迷い猫",
              f"""【{zw("拡散希望")}】区役所の近くで迷い猫を見つけました。見た人は全員シェアしてください！シェアしないと飼い主さんに届きません🐈""",
              ["chain-message"], dept="hoken", date=(6, 18), variants=["zero-width"],
              note="spread-demand with U+200B inside 拡散希望")

    # ---- harmful-links
    bad_draft("bukkadaka-kyufukin", "x", None,
              "X：物価高対策給付金",
              """【物価高対策給付金】対象世帯の方は、こちらの専用サイトから口座情報を登録してください。締切間近です！
HTTPS://Chiyoda-Kyufu.example/Login""",
              ["harmful-links"], dept="kumin", date=(2, 20), variants=["mixed-case"],
              note="phishing-style .example site asking for bank details")

    bad_draft("digital-shohinken", "facebook", None,
              "区内共通商品券のデジタル版",
              """区内共通商品券のデジタル版クーポンを配布中です！
下記から受け取れます（スマートフォンでどうぞ）。
http://198.51.100.23/coupon/chiyoda
先着5,000名様です。""",
              ["harmful-links"], dept="shogyo", date=(9, 30), variants=["ip-literal"],
              note="IP-literal link (RFC 5737)")

    bad_draft("bosai-app-koushin", "facebook", None,
              "防災アプリの更新",
              """千代田区防災アプリの最新版が公開されました。
古いバージョンでは避難所情報が正しく表示されないことがあります。下記から更新してください。
https://www.city.chi\u0443oda.lg.jp/bousai/app-update""",
              ["harmful-links"], dept="bosai", date=(3, 6), variants=["mixed-script"],
              note="look-alike host with Cyrillic у (U+0443)")

    bad_draft("kosodate-kyufukin-shinsei", "facebook", "html-b64",
              "子育て応援給付金の申請",
              """子育て応援給付金の電子申請を開始しました。
申請はこちらから：https://www.city.chiyoda.lg.jp/koho/kosodate/kyufu.html
締切は今月末です。""",
              ["harmful-links"], dept="kosodate", date=(6, 8), variants=["href", "ip-literal"],
              html_extra={"https://www.city.chiyoda.lg.jp/koho/kosodate/kyufu.html":
                          '<a href="http://203.0.113.7/kosodate/kyufu">https://www.city.chiyoda.lg.jp/koho/kosodate/kyufu.html</a>'},
              note="link text shows the ward's URL, href goes to an IP literal")

    bad_draft("koen-anketo", "x", None,
              "X：アンケート",
              """【アンケートご協力のお願い】区の公園の使いやすさについて、ご意見をお聞かせください（所要3分）。
https://bit.ly/3KdChiyoPark""",
              ["harmful-links"], dept="doboku", date=(5, 25), variants=["url-shortener"],
              note="URL shortener (warn)")

    bad_draft("kids-programming", "facebook", None,
              "子ども向けプログラミング教室",
              """夏休みの子ども向けプログラミング教室の申込みフォームはこちらです。
https://tinyurl.com/chiyoda-kids-prog
定員になり次第締め切ります。""",
              ["harmful-links"], dept="kyoiku", date=(6, 29), variants=["url-shortener"],
              note="URL shortener (warn)")

    bad_draft("yoru-no-akiba", "x", None,
              "X：夜の秋葉原",
              """夜の秋葉原を楽しみたい大人の方へ😏 職員おすすめのライブチャットはこちら（18禁）
https://hot-akiba-girls.example/live""",
              ["harmful-links"], dept="shogyo", date=(8, 28), may=["5(4)ケ"],
              note="link to an obscene site")

    bad_draft("juminzei-kanpu", "facebook", None,
              "住民税の還付について",
              """住民税の還付金があることが分かった方へ。下記の区のページから還付口座を登録してください。
https://www.city.chiyoda.lg.jp@198.51.100.77/kanpu/touroku
登録期限を過ぎると受け取れなくなります。""",
              ["harmful-links"], dept="zei", date=(7, 2), variants=["ip-literal"],
              note="the ward's domain as URL userinfo in front of an IP literal")

    # ---- accuracy
    bad_draft("nishiki-bon-odori", "x", None,
              "X：盆踊り",
              f"""【盆踊り大会】{bad(7, 18, "日")}18時から、区立錦華公園で開催します。浴衣でのご来場も大歓迎です。雨天の場合は翌日に順延します。""",
              ["accuracy"], acc="weekday", dept="kumin", date=(7, 7),
              note="wrong weekday (July 18, 2026 is a Saturday)")

    bad_draft("kenshin-uketsuke-encho", "facebook", None,
              "健康診断の受付期間",
              """区民健康診断の受付期間を延長しました。

新しい受付期限：6月31日まで
まだ受診されていない方は、お早めにご予約ください。""",
              ["accuracy"], acc="impossible", dept="hoken", date=(6, 1),
              note="June 31 does not exist")

    bad_draft("hatachi-no-tsudoi", "facebook", None,
              "成人式の日程",
              """令和9年（2026年）1月11日（月・祝）に「二十歳のつどい」を開催します。

会場：区立総合体育館
対象：平成18年4月2日から平成19年4月1日までに生まれた方
案内状は12月上旬に発送します。""",
              ["accuracy"], acc="era", dept="kyoiku", date=(10, 5),
              note="令和9年 is 2027, not 2026")

    bad_draft("jinsei100-kouenkai", "x", None,
              "X：講演会（テンプレ）",
              """【講演会】「人生100年時代の健康づくり」●月●日（土）14時～、○○ホールにて。講師：○○大学教授。参加無料・申込み不要です。""",
              ["accuracy"], acc="placeholder", dept="kaigo", date=(9, 17),
              note="unfilled template (●月●日, ○○ホール)")

    bad_draft("hoikuen-kengakukai", "facebook", None,
              "保育園の見学会",
              """区立保育園の見学会を開催します。

日時：10月17日（土）XX:XX～
場所：区立いずみこども園
担当：子育て推進課 内線XXXX

お気軽にご参加ください。""",
              ["accuracy"], acc="placeholder", dept="kosodate", date=(10, 2),
              note="unfilled XX:XX and 内線XXXX (the date itself is correct)")

    bad_draft("sports-no-hi", "x", None,
              "X：スポーツの日",
              f"""【スポーツの日イベント】{fw("10")}月{fw("12")}日（火）、区立総合体育館を無料開放します！バドミントン、卓球、ボルダリング体験も。""",
              ["accuracy"], acc="weekday", dept="sport", date=(9, 28), variants=["fullwidth"],
              note="October 12, 2026 is a Monday (Sports Day); digits full-width")

    bad_draft("sogo-bosai-kunren", "x", None,
              "X：防災訓練",
              """【総合防災訓練】9/5(金) 9時～ 区立九段中等教育学校で実施します。起震車体験や消火器訓練も。どなたでも参加できます。""",
              ["accuracy"], acc="weekday", dept="bosai", date=(8, 24),
              note="9/5 is a Saturday in 2026")

    bad_draft("kumin-bunkasai", "facebook", None,
              "文化祭のお知らせ",
              f"""千代田区民文化祭を開催します。

会期：令和8年11月28日（土）～令和8年11月31日（火）
会場：日比谷図書文化館

書道、写真、生け花など、区民の皆さんの作品約300点を展示します。""",
              ["accuracy"], acc="impossible", dept="tosho", date=(11, 4),
              note="November 31 does not exist")

    bad_draft("kosodate-festa", "facebook", None,
              "子育てフェスタのお知らせ",
              f"""今年も「ちよだ子育てフェスタ」を開催します！

日時：{md(11, 8)} 10時～15時
会場：（仮）中央ホール

当日は、絵本の読み聞かせ、手形アート、消防車の展示、離乳食の試食コーナーなど、親子で楽しめるブースがたくさん。
子育て相談コーナーでは、保健師・栄養士・保育士が、日頃の悩みに個別にお答えします。
ベビーカーでのご来場もOK、授乳室・おむつ替えスペースもご用意しています。

皆さんのご来場をお待ちしています！""",
              ["accuracy"], acc="placeholder", dept="kosodate", date=(10, 14),
              note="long post with one unfilled （仮） venue")

    bad_draft("akisu-chui", "x", None,
              "X：空き巣注意",
              """【防犯】最近、外国人の窃盗団が区内に入り込んでいるらしいです。見慣れない外国人を見かけたら、すぐに警察へ！""",
              ["false-info", "discrimination"], dept="bosai", date=(11, 19),
              note="unverified crime rumour targeting foreigners")

    bad_draft("kuzei-nofu", "facebook", None,
              "区税の納付について",
              """区税の納期限を過ぎても納付されていない方が増えています。

ちなみに現在、滞納額が一番大きいのは、神田で歯科医院を経営している方で、3年分・約480万円です。
督促状を受け取った方は、早めに納付してください。""",
              ["confidential", "personal-info"], dept="zei", date=(9, 9),
              note="tax-delinquency details of an identifiable taxpayer")

    # ---- account-policy
    bad_draft("kosodate-shien-matome", "x", "outlook",
              "X：子育て支援まとめ",
              """【子育て支援まとめ】千代田区の子育て支援をまとめました。①出産・子育て応援ギフト（妊娠届出時と出生届出時に各5万円分）②高校生年代までの医療費助成③第2子以降の保育料無料化④一時預かり・病児保育⑤ベビーシッター利用支援⑥子育てひろば（区内8か所）⑦家事・育児サポーターの派遣。詳しくは区ホームページの「子育て応援ガイド」をご覧ください。ご不明な点は子育て推進課へお気軽にお問い合わせください。""",
              ["account-policy"], dept="kosodate", date=(4, 22),
              note="X post well over 280 weighted (CJK counts 2)")

    bad_draft("nenmatsu-gomi-shushu", "x", "tb-8bit",
              "X：年末年始のごみ収集（281）",
              "",
              ["account-policy"], dept="seiso", date=(12, 11), boundary=281,
              note="X post of weighted length 281, one line")

    bad_draft("kanda-furuhon-matsuri", "instagram", None,
              "Insta：古本まつりのお知らせ",
              """📚神田古本まつり📚
今年も靖国通り沿いに約50万冊の古書が並びます。
掘り出し物を探しに、ぜひお出かけください！

#千代田区 #神保町 #古本まつり #読書の秋""",
              ["account-policy"], dept="kanko", date=(10, 21),
              note="Instagram draft without an image")

    bad_draft("fuyu-no-chiyoda", "instagram", None,
              "Insta：冬の千代田（タグ多め）",
              "冬の千代田をぐるっとお散歩しました❄️\n寒いけれど空気が澄んで、お堀の景色がいちばんきれいな季節です。\n\n"
              + tags(TAGS30 + ["冬散歩", "東京の冬", "お堀端"]),
              ["account-policy"], dept="kanko", date=(1, 26), image=img("plain", "winter.jpg"),
              note="33 hashtags")

    bad_draft("saka-michi-meguri", "instagram", "iphone",
              "Insta：千代田の坂道（長文）",
              "",
              ["account-policy"], dept="kanko", date=(11, 25), image=img("plain", "saka.jpg"),
              note="caption over 2,200 characters")

    bad_draft("kodomo-matsuri", "x", None,
              "X：こどもまつり🎉",
              """🎉🎈こどもまつり開催決定🎈🎉
🎪ステージ🎪🍡屋台🍡🎨おえかき🎨🚒消防車🚒🚓パトカー🚓🐰ふれあい動物園🐰🎯射的🎯🎠メリーゴーラウンド🎠🍭わたあめ🍭🎵ダンス🎵🎤のど自慢🎤🧸おもちゃ交換🧸📚読み聞かせ📚🎁福引🎁⚽ミニサッカー⚽🏀バスケ🏀
みんなで来てね👨‍👩‍👧‍👦💕💕💕 会場は区立和泉公園、雨天中止です☔""",
              ["account-policy"], dept="kosodate", date=(5, 1),
              note="emoji count 2 each: well over 280")

    # ---- image-privacy (GPS, warn)
    bad_draft("kitanomaru-picnic", "instagram", None,
              "Insta：北の丸公園でピクニック",
              """北の丸公園の芝生広場で、親子ピクニック会を開きました🧺
お天気に恵まれて、子どもたちは走り回って大はしゃぎ！

#千代田区 #北の丸公園 #ピクニック #親子""",
              ["image-privacy"], dept="kosodate", date=(5, 16),
              image=img("gps", "IMG_5521.JPG", gps=(35.6925, 139.7510, 12.0), when="2026:05:16 11:02:44"),
              note="photo carries EXIF GPS")

    bad_draft("kandagawa-seiso", "facebook", None,
              "地域清掃活動のご報告",
              """神田川沿いで地域清掃活動を行いました。
参加者42名で、可燃ごみ30袋、不燃ごみ8袋を回収しました。
ご参加の皆さま、ありがとうございました。""",
              ["image-privacy"], dept="kankyo", date=(6, 7),
              image=img("gps", "清掃活動.jpg", gps=(35.6975, 139.7655, 8.0), fname="2231", model="Pixel 8", make="Google"),
              note="EXIF GPS in a photo with an RFC 2231 filename")

    bad_draft("kanda-kanban-kenchiku", "x", None,
              "X：神田の街角",
              """神田の路地裏で見つけた、昭和の香りが残る看板建築。こういう景色、残していきたいですね。""",
              ["image-privacy"], dept="machi", date=(2, 27),
              image=img("gps", "DSC01234.JPG", gps=(35.6942, 139.7701, 15.0), model="ILCE-7M4", make="SONY"),
              note="EXIF GPS")

    bad_draft("natsu-hanabi", "instagram", None,
              "Insta：花火",
              """今夜の花火、職員の自宅ベランダからも見えました🎆
来年は会場でご覧ください！

#千代田区 #花火 #夏の夜""",
              ["image-privacy"], dept="koho2", date=(8, 16),
              image=img("gps", "IMG_7789.HEIC.jpg", gps=(35.6881, 139.7402, 40.0), when="2026:08:15 19:48:10"),
              note="GPS of a staff member's home in the photo")

    # ---- more clean drafts
    clean("rikkouhosha-ichiran", "facebook", None,
          "区長選挙の立候補者（届出順）",
          """【選挙管理委員会からのお知らせ】
本日告示された千代田区長選挙には、次の2名が立候補の届出をしました（届出順・敬称略）。

坂本 ひろし（無所属・現職）
青山 まさと（無所属・新人）

各候補者の経歴や政見は、投票日の2日前までに全世帯へお届けする選挙公報でご確認いただけます。
選挙公報は区ホームページにも掲載します。""",
          ["neutrality", "personal-info"], dept="senkan", date=(11, 8),
          note="neutral list of candidates from the election commission (same names as in violating drafts)")

    clean("kyufukin-koushiki", "x", None,
          "給付金（公式）",
          """【物価高対策給付金】対象世帯には、区から確認書を郵送しています。区がSMSやメールで申請用のURLを送ることはありません。公式情報は区ホームページでご確認ください。
https://www.city.chiyoda.lg.jp/koho/kurashi/kyufukin/index.html""",
          ["harmful-links", "personal-info", "chain-message"], dept="kumin", date=(2, 23),
          note="official benefit notice with the ward's URL and an anti-phishing line")

    clean("kansai-staff-oreigoto", "facebook", None,
          "清掃ボランティアお礼（関西出身職員より）",
          """日曜日の「神田川クリーン作戦」、ほんまにおおきにでした！

朝早うから120人もの方が集まってくれはって、1時間で燃えるごみ45袋分も拾えました。
小学生の子らが「ここにも落ちてる！」言うて走り回ってくれたおかげで、川沿いがえらいきれいになりましたわ。
来年もよろしゅうお願いします。""",
          ["discrimination", "defamation"], dept="kankyo", date=(10, 5),
          note="dialect-speaking staff, innocent thanks")

    clean("orange-ribbon", "x", None,
          "児童虐待防止推進月間",
          """11月は児童虐待防止推進月間です🍊「子どもの泣き声が続いている」「いつも同じ服を着ている」など、気になる子どもを見かけたら、児童相談所虐待対応ダイヤル「189」へ。通告者の秘密は守られます。""",
          ["public-morals", "personal-info", "confidential"], dept="kosodate", date=(11, 1, 9),
          note="child-abuse hotline 189; 虐待")

    clean("appearance-care", "facebook", None,
          "がん患者のアピアランスケア支援",
          """抗がん剤治療などによる脱毛や、乳がんの手術による乳房の変化など、がん治療に伴う外見の変化に悩む方を支援するため、医療用ウィッグや乳房補整具の購入費用の一部を助成しています。

助成額：上限2万円（ウィッグ）、上限1万円（乳房補整具）
対象：区内にお住まいで、がんの治療を受けている（受けた）方

申請書は健康推進課の窓口でお渡しします。""",
          ["personal-info", "public-morals", "discrimination"], dept="hoken", date=(3, 18),
          note="cancer appearance-care subsidy: 乳房, 脱毛")

    clean("hanzai-higaisha", "facebook", None,
          "犯罪被害者等支援",
          """11月25日から12月1日は「犯罪被害者週間」です。

殺人や傷害、性犯罪、交通事故などの犯罪等により、ある日突然、被害者やそのご遺族となった方々は、心身の不調や経済的な困窮、周囲の無理解など、さまざまな困難に直面します。
区では、見舞金の支給や、家事・育児の支援、専門機関へのつなぎなどを行っています。
ご相談は総務課人権・男女共同参画担当へ。相談内容の秘密は厳守します。""",
          ["public-morals", "illegal", "personal-info"], dept="jinken", date=(11, 20),
          note="crime-victim support naming 殺人, 性犯罪")

    clean("gamble-izon", "x", None,
          "ギャンブル等依存症",
          """【相談窓口】「競馬やパチンコがやめられない」「借金をしてまでオンラインカジノに…」ご本人やご家族の悩み、保健所の精神保健福祉相談でお話を伺います。オンラインカジノは違法です。""",
          ["public-morals", "illegal"], dept="hoken", date=(5, 13),
          note="gambling-addiction support naming 競馬, パチンコ, オンラインカジノ")

    clean("kanpukin-sagi-kyuzo", "x", None,
          "還付金詐欺の被害急増",
          """【警察からのお願い】区内で還付金詐欺の被害が急増しています。ご家族や近所の高齢の方にも、ぜひこの情報を伝えてください。「お金が戻る」「ATMへ」は詐欺です。""",
          ["chain-message", "illegal", "false-info"], dept="bosai", date=(6, 4),
          note="asks people to tell relatives about a fraud (legitimate, no chain)")

    clean("kuyakusho-jusho", "x", None,
          "区役所の所在地",
          """区役所本庁舎は、〒102-8688 千代田区九段南1-2-1（九段下駅すぐ）です。窓口受付は平日8時30分～17時15分。土日祝日は閉庁です。""",
          ["personal-info"], dept="kumin", date=(4, 1),
          note="the ward office's own address")

    clean("english-hinanjo", "facebook", None,
          "FB: Evacuation shelters / 避難所",
          """Do you know where your nearest evacuation shelter is?
In Chiyoda City, public elementary and junior high schools serve as evacuation shelters (避難所) after a major earthquake.
Please check the map on the city website and talk with your family about where to meet.

大きな地震のあとは、区立小中学校が避難所になります。
お住まいの近くの避難所を、ご家族で確認しておきましょう。
Information is also available in Chinese, Korean and easy Japanese.""",
          ["false-info", "discrimination"], dept="kokusai", date=(8, 31),
          note="bilingual disaster-preparedness notice")

    clean("saka-no-yurai", "instagram", "tb-b64",
          "Insta：千代田の坂道めぐり（長め）",
          "",
          ["account-policy"], dept="kanko", date=(11, 27), image=img("plain", "saka_meguri.jpg"),
          note="long caption just under 2,200 characters")

    clean("hikikomori-soudan", "facebook", None,
          "ひきこもり相談",
          """「何年も家から出られない」「家族とも話さなくなった」
ひきこもりの状態にあるご本人やご家族からのご相談を、保健所で受け付けています。

ひきこもりは、誰にでも起こりうることです。「甘え」や「怠け」ではありません。
ご本人が来られなくても、ご家族だけのご相談も大歓迎です。
秘密は守りますので、安心してお電話ください。""",
          ["discrimination", "defamation", "confidential"], dept="hoken", date=(2, 16),
          note="hikikomori support quoting 甘え, 怠け as misconceptions")

    clean("ku-hp-teisei", "facebook", None,
          "区ホームページの掲載内容の訂正",
          """【お詫びと訂正】
区ホームページの「粗大ごみの出し方」のページで、申込み締切日を誤って掲載していました。
正しくは「収集日の3日前（土日祝日を除く）まで」です。
ご覧になった皆さまにご迷惑をおかけしましたことを、深くお詫び申し上げます。
今後は、掲載前の確認を徹底し、再発防止に努めてまいります。""",
          ["reputation", "accuracy"], dept="seiso", date=(3, 23),
          note="an official apology and correction (the ward admitting an error is not self-disparagement)")

    clean("madoguchi-konzatsu", "x", None,
          "窓口混雑のお知らせ",
          """【窓口混雑のお知らせ】3月下旬から4月上旬は、転入・転出の手続きで区民課の窓口が大変混み合い、待ち時間が最大90分程度になる日があります。転出届はマイナポータルからも手続きできます。""",
          ["reputation"], dept="kumin", date=(3, 16),
          note="factual congestion notice")

    clean("unyou-houshin", "facebook", None,
          "区公式Facebookページの運用方針",
          """千代田区公式Facebookページの運用方針をお知らせします。

このページでは、区政情報、イベント、防災情報などをお届けします。
いただいたコメントには、原則として個別の回答はいたしません。
次のような書き込みは、予告なく削除することがあります。
・特定の個人や団体を誹謗中傷するもの
・差別を助長するもの
・公序良俗に反するもの
・営利を目的とするもの、特定の政治・宗教活動を目的とするもの
・個人情報を含むもの

運用責任者：政策経営部 広報広聴課長""",
          ["account-policy", "defamation", "discrimination", "neutrality", "personal-info"], dept="koho", date=(4, 1),
          note="the account's own policy naming what it removes")

    clean("heiwa-genbaku-ten", "x", None,
          "平和祈念展（X）",
          """【平和祈念展】8月は平和を考える月。区役所1階で、原爆の被害や東京大空襲の惨状を伝える写真・資料を展示しています。戦争の悲惨さを、次の世代へ語り継ぎましょう。入場無料。""",
          ["public-morals"], dept="jinken", date=(8, 3),
          note="peace exhibition: 原爆, 空襲, 惨状")

    clean("kanda-matsuri", "instagram", None,
          "Insta：神田祭",
          """⛩神田祭⛩
江戸三大祭のひとつ、神田祭の神輿宮入りの様子です。
「セイヤ！セイヤ！」の掛け声とともに、大小200基近くの神輿が練り歩きます。
沿道で見物の際は、係員の誘導に従ってくださいね。

#千代田区 #神田祭 #神輿 #江戸三大祭 #お祭り""",
          ["neutrality", "public-morals", "image-privacy"], dept="kanko", date=(5, 17), image=img("exif", "mikoshi.jpg", model="Pixel 8", make="Google"),
          note="festival (public event), EXIF without GPS")

    fill_bodies()


SAKA = [
    ("九段坂", "靖国通りの九段下から九段上へ上る坂。かつては石段が九段あったことが名前の由来といわれ、坂上からは江戸の町並みを見渡せたそうです。"),
    ("富士見坂", "その名のとおり、かつては富士山がよく見えた坂。区内にはいくつもの富士見坂があり、江戸の人々が富士山をどれほど大切にしていたかが分かります。"),
    ("紀尾井坂", "紀州徳川家・尾張徳川家・井伊家の屋敷があったことから名付けられた坂。明治時代の歴史の舞台としても知られています。"),
    ("清水坂", "清水谷公園の脇を上る坂。昔はきれいな清水が湧いていたことが名前の由来です。木陰が多く、夏でも比較的涼しく歩けます。"),
    ("三宅坂", "国立劇場や最高裁判所のそばを通る坂。三宅家の屋敷があったことに由来します。お堀と石垣の眺めが見事です。"),
    ("行人坂", "番町の静かな住宅街にある小さな坂。道幅は狭いものの、江戸の地割りがそのまま残る風情ある一角です。"),
    ("袖摺坂", "すれ違う人の袖が摺れ合うほど狭かったことから名付けられた坂。今も細い道に当時の面影が残ります。"),
    ("淡路坂", "神田川に沿って御茶ノ水駅の方へ上る坂。坂の上からは、電車と川が交差する人気の撮影スポットが見えます。"),
    ("錦華坂", "お茶の水小学校の脇を通る坂。明治の文豪も通ったといわれ、文学散歩のコースとしても人気です。"),
    ("皀角坂", "神田川沿いの高台を通る坂。昔、皀角子（さいかち）の木が多く生えていたことが名前の由来です。"),
    ("冬青木坂", "九段の北側にある坂。モチノキ（冬青）の古木があったことに由来する、読み方の難しい坂の一つです。"),
    ("二合半坂", "坂の途中から見える富士山が、山頂まで見えず半分ほどだったことから、一合を十等分した二合半と名付けられたという説があります。"),
    ("永田町の潮見坂", "かつては坂の上から江戸湾の潮の満ち引きが見えたといわれる坂。今は高層ビルに囲まれていますが、名前が往時の景色を伝えています。"),
    ("新坂", "明治以降に新しく開かれた坂のこと。区内にはいくつもの新坂があり、それぞれの開かれた時代を調べてみるのも面白いです。"),
    ("中坂", "九段坂と冬青木坂の間にある坂で、その位置から中坂と呼ばれました。江戸時代には多くの人が行き交う賑やかな坂でした。"),
    ("蛎殻坂", "坂の名前の由来には諸説あり、はっきりとは分かっていません。こうした謎の多い坂に出会えるのも、坂道めぐりの醍醐味です。"),
]


def saka_caption(n, minutes):
    lines = ["🚶千代田の坂道めぐり🚶", "江戸の地形が今も残る千代田区には、名前のついた坂がたくさんあります。坂の名前の由来を知ると、いつもの道がちょっと違って見えてきます。", ""]
    for i, (name, desc) in enumerate(SAKA[:n], 1):
        lines.append("%d. %s" % (i, name))
        lines.append(desc + ("（坂の長さの目安：約%dメートル。坂の上と下の両方から眺めてみてください）" % (60 + 20 * (i % 5)) if minutes else ""))
        lines.append("")
    lines.append("坂道は滑りやすいところもあります。歩きやすい靴でお出かけください。")
    lines.append("")
    lines.append(tags(["千代田区", "坂道", "坂道めぐり", "まち歩き", "東京散歩", "江戸", "歴史散歩"]))
    return "\n".join(lines)


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


def fill_bodies():
    by = {d["slug"]: d for d in DRAFTS}
    s280 = (f"【年末年始の窓口】区役所の窓口は{md(12, 29)}から{md(1, 3, y=2027, yr='g')}まで閉庁します。"
            "戸籍の届出（出生・死亡・婚姻など）は、閉庁日も区役所1階の守衛室でお預かりします。"
            "急な病気やけがで迷ったときは、東京消防庁救急相談センター（#7119）へ。よいお年を")
    by["nenmatsu-nenshi-madoguchi"]["body"] = pad_x(s280, 280, ["。本年も大変お世話になりました", "。来年もよろしくお願いします", " #千代田区", " #年末年始", " #区役所", " #tokyo", " #eco"])
    s281 = (f"【年末年始のごみ収集】燃やすごみは{md(12, 30)}が年内最後の収集です。"
            f"年始は{md(1, 4, y=2027, yr='g')}から通常どおり収集します。"
            "資源・燃やさないごみの日程は地域によって異なりますので、お手元の収集カレンダーでご確認ください。"
            "年末の大掃除のごみは、分別してから出しましょう")
    by["nenmatsu-gomi-shushu"]["body"] = pad_x(s281, 281, ["。ご協力をお願いします", " #千代田区", " #ごみ収集", " #年末年始", " #分別", " #ごみ", " #eco", " #tokyo"])
    long_ok = None
    for n in range(len(SAKA), 0, -1):
        c = saka_caption(n, True)
        if len(c) <= 2150:
            long_ok = c
            break
    by["saka-no-yurai"]["body"] = long_ok
    by["saka-michi-meguri"]["body"] = saka_caption(len(SAKA), True) + "\n\n" + saka_caption(6, False).split("\n\n", 1)[1]
    assert len(by["saka-michi-meguri"]["body"]) > 2250, len(by["saka-michi-meguri"]["body"])
    assert len(long_ok) > 1700, len(long_ok)


# ---------------------------------------------------------------------------
# public notices (all clean): notices/*.txt, also wrapped as Facebook drafts in notices-eml/

NOTICES = []


def notice(topic, title, text, traps, date, dept="koho", quotes=()):
    NOTICES.append(dict(topic=topic, title=title, text=text, traps=list(traps), date=date, dept=dept,
                        quotes=list(quotes)))


def define_notices():
    # ---- 健康診断・がん検診
    notice("gan-kenshin-annai", "令和8年度 区のがん検診のご案内", f"""令和8年度 千代田区がん検診のご案内

区では、がんの早期発見・早期治療のため、次のがん検診を実施しています。

1 胃がん検診（胃部エックス線検査または胃内視鏡検査）
  対象：50歳以上の方（エックス線検査は40歳以上）
2 肺がん検診（胸部エックス線検査・喀痰細胞診）
  対象：40歳以上の方
3 大腸がん検診（便潜血検査・2日法）
  対象：40歳以上の方
4 子宮頸がん検診（頸部細胞診）
  対象：20歳以上の女性（2年に1回）
5 乳がん検診（マンモグラフィ検査）
  対象：40歳以上の女性（2年に1回）

自己負担金：各500円（70歳以上の方、生活保護受給世帯の方は無料）
実施期間：{md(6, 1)}から{md(2, 26, y=2027, yr="g")}まで
申込み：受診券に同封の申込書、または区ホームページの電子申請

がんは、早期に発見すれば治る可能性が高い病気です。症状がなくても、定期的に検診を受けましょう。
なお、自覚症状（血便、不正出血、乳房のしこりなど）がある方は、検診ではなく、医療機関を受診してください。

問合せ：千代田保健所 健康推進課 電話 03-5211-8172""",
           ["public-morals", "accuracy", "personal-info"], (5, 20), "hoken")

    notice("shikyukei-gan", "子宮頸がん検診を受けましょう", """子宮頸がん検診を受けましょう

子宮頸がんは、20歳代後半から40歳代の女性に多いがんです。初期にはほとんど自覚症状がないため、定期的な検診が大切です。

子宮頸がんの多くは、性交渉により感染するヒトパピローマウイルス（HPV）の持続感染が原因です。性交渉の経験がある方は、誰でもかかる可能性があります。

検診の内容：問診、視診、子宮頸部の細胞診
対象：20歳以上の女性で、前年度に区の子宮頸がん検診を受けていない方
費用：500円

検診は、区が指定する医療機関（婦人科）で受けられます。女性医師が担当する医療機関もあります。
生理中は正確な検査ができないことがありますので、受診日を調整してください。

問合せ：千代田保健所 健康推進課""",
           ["public-morals", "discrimination"], (4, 15), "hoken")

    notice("tokutei-kenshin", "特定健康診査・長寿健診のお知らせ", f"""特定健康診査・長寿健診のお知らせ

千代田区国民健康保険に加入している40歳から74歳までの方と、後期高齢者医療制度に加入している方を対象に、健康診査を実施します。

受診期間：{md(6, 1)}～{md(11, 30)}
費用：無料
持ち物：受診券、資格確認書またはマイナ保険証、問診票

メタボリックシンドローム（内臓脂肪症候群）は、糖尿病、高血圧症、脂質異常症などの生活習慣病を引き起こし、心筋梗塞や脳卒中など命に関わる病気につながります。
年に一度の健診で、ご自身の体の状態を確認しましょう。

健診の結果、生活習慣の改善が必要と判定された方には、保健師・管理栄養士による特定保健指導をご案内します。

問合せ：区民部 保険年金課 電話 03-5211-4202""",
           ["accuracy", "personal-info", "public-morals"], (5, 25), "kokuho")

    notice("kotsusoshosho-kenshin", "骨粗しょう症検診", f"""骨粗しょう症検診を実施します

骨粗しょう症は、骨の量が減って骨がもろくなり、骨折しやすくなる病気です。閉経後の女性に多く、背骨の圧迫骨折や太ももの付け根の骨折は、寝たきりの原因にもなります。

対象：令和8年度中に40・45・50・55・60・65・70歳になる女性
日程：{md(9, 9)}、{md(9, 10)}、{md(9, 12)}
会場：千代田保健所
内容：骨密度測定（かかとの超音波測定）、保健師による生活指導
費用：無料
定員：各日60名（申込順）

問合せ：千代田保健所 健康推進課""",
           ["discrimination", "accuracy"], (8, 18), "hoken")

    notice("shika-kenshin", "成人歯科健診", """成人歯科健診のご案内

歯周病は、歯を失う最大の原因です。また、糖尿病や心臓病、早産など、全身の病気との関係も指摘されています。
症状がなくても、定期的に歯科健診を受けましょう。

対象：令和8年度中に20・25・30・35・40・45・50・55・60・65・70歳になる方
費用：無料
実施場所：区内の指定歯科医療機関
受診方法：受診券に記載の医療機関に直接予約してください。

妊娠中の方は、年齢にかかわらず妊婦歯科健診を受けられます。

問合せ：千代田保健所 健康推進課""",
           ["public-morals", "discrimination"], (6, 2), "hoken")

    notice("shinyaku-kenshin-kekka", "がん検診で「要精密検査」となった方へ", """がん検診で「要精密検査」となった方へ

がん検診の結果、「要精密検査」と判定された方は、必ず精密検査を受けてください。

「要精密検査」は、がんであるという意味ではありません。精密検査の結果、多くの方は「異常なし」または「良性」と診断されます。
しかし、精密検査を受けなければ、がんを見逃してしまうおそれがあります。

区では、精密検査の受診状況を確認するため、医療機関から結果の報告を受けています。個人情報は、千代田区個人情報保護条例等に基づき適切に管理し、目的外に使用することはありません。

問合せ：千代田保健所 健康推進課 電話 03-5211-8172""",
           ["personal-info", "false-info"], (10, 20), "hoken")

    # ---- 感染症
    notice("influenza-yobosesshu", "高齢者インフルエンザ予防接種", f"""高齢者インフルエンザ予防接種のお知らせ

対象：接種日現在、区内に住民登録があり、次のいずれかに該当する方
（1）65歳以上の方
（2）60歳以上65歳未満で、心臓、腎臓、呼吸器の機能またはヒト免疫不全ウイルスによる免疫の機能に障害があり、身体障害者手帳1級相当の方
接種期間：{md(10, 1)}～{md(1, 31, y=2027, yr="g")}
自己負担：無料

予防接種法に基づく定期接種ですが、接種は義務ではありません。ご本人が希望する場合に接種してください。
まれに、接種部位の腫れや発熱などの副反応が起こることがあります。

問合せ：千代田保健所 健康推進課""",
           ["false-info", "discrimination", "accuracy"], (9, 16), "hoken")

    notice("kansensho-gochui", "感染性胃腸炎（ノロウイルス）に注意", """感染性胃腸炎（ノロウイルス等）にご注意ください

冬から春にかけて、ノロウイルスなどによる感染性胃腸炎が流行します。
主な症状は、吐き気、嘔吐、下痢、腹痛で、乳幼児や高齢者は重症化することがあります。

予防のポイント
・トイレの後、調理や食事の前には、石けんと流水で手を洗う
・二枚貝などは中心部まで十分に加熱する（85～90℃で90秒以上）
・嘔吐物や便を処理するときは、使い捨ての手袋とマスクを着用し、塩素系漂白剤で消毒する

アルコール消毒は、ノロウイルスには効果が十分ではありません。

問合せ：千代田保健所 保健予防課""",
           ["public-morals", "false-info"], (12, 1), "hoken")

    notice("kekkaku-yobo", "結核予防週間", """9月24日から30日は結核予防週間です

結核は過去の病気ではありません。国内では今も年間1万人近くが新たに発症しています。
2週間以上続くせき、たん、微熱、体のだるさがある方は、早めに医療機関を受診してください。

結核は、適切に治療すれば治る病気です。
結核と診断された方の情報は、感染症法に基づき保健所が管理し、患者さんのプライバシーは守られます。
職場や学校での偏見や差別は、治療の妨げになります。正しい知識を持ちましょう。

問合せ：千代田保健所 保健予防課""",
           ["personal-info", "discrimination"], (9, 18), "hoken")

    notice("mpox", "エムポックスについて", """エムポックス（サル痘）について

エムポックスは、発熱、頭痛、リンパ節の腫れなどの症状の後に、顔や体、性器などに発疹が出る感染症です。
主に、患者の皮膚の病変や体液との接触、性的接触などにより感染します。

発疹などの症状がある方は、医療機関に事前に電話で相談のうえ受診してください。
保健所では、匿名での相談もお受けしています。

特定の性的指向や国籍の方だけがかかる病気ではありません。誤った情報による差別はやめましょう。

問合せ：千代田保健所 保健予防課""",
           ["public-morals", "discrimination", "false-info"], (7, 22), "hoken")

    notice("kyoken-byo", "狂犬病予防注射", f"""犬の登録と狂犬病予防注射はお済みですか

狂犬病予防法により、犬の飼い主には、犬の登録と毎年1回の狂犬病予防注射が義務付けられています。
狂犬病は、発症するとほぼ100％死亡する恐ろしい病気です。

集合注射
日時：{md(4, 18)} 10時～12時、13時30分～15時
会場：区立和泉公園
料金：注射料金と注射済票交付手数料

違反した場合、20万円以下の罰金に処せられることがあります。

問合せ：千代田保健所 生活衛生課""",
           ["illegal", "public-morals", "accuracy"], (4, 1), "hoken")

    notice("dengue-ka", "蚊媒介感染症の予防", """蚊が媒介する感染症を予防しましょう

デング熱やジカウイルス感染症は、ウイルスを持った蚊に刺されることで感染します。
公園や植え込みで長時間過ごすときは、長袖・長ズボンを着用し、虫よけ剤を使いましょう。

蚊の発生を防ぐため、植木鉢の受け皿、古タイヤ、空き缶などにたまった水は、週に1回は捨ててください。
区では、区立公園で蚊の発生状況の調査（モニタリング）を行っています。

海外から帰国後に発熱や発疹が出た場合は、渡航先を伝えて医療機関を受診してください。

問合せ：千代田保健所 生活衛生課""",
           ["false-info", "public-morals"], (6, 17), "hoken")

    # ---- 防犯・特殊詐欺
    notice("tokushu-sagi-kanpukin", "還付金詐欺にご注意ください", """還付金詐欺にご注意ください

区役所や年金事務所の職員を名乗り、「医療費の還付金があります」「手続きの期限が今日までです」などと電話をかけ、ATM（現金自動預払機）に誘導してお金を振り込ませる詐欺の被害が、区内で相次いでいます。

・区役所の職員が、還付金の手続きのためにATMの操作をお願いすることは絶対にありません。
・ATMで還付金を受け取ることはできません。
・「携帯電話を持ってATMへ」と言われたら、それは詐欺です。

不審な電話があったときは、すぐに電話を切り、家族や警察に相談してください。
警察相談専用電話 #9110
区では、特殊詐欺対策として、自動通話録音機を無料でお貸ししています。

問合せ：政策経営部 災害対策・危機管理課 電話 03-5211-4187""",
           ["illegal", "false-info", "personal-info"], (6, 24), "bosai")

    notice("sagi-sms-takuhai", "宅配業者を装った偽SMS", """宅配業者を装った偽SMS（ショートメッセージ）にご注意ください

「お荷物をお届けにあがりましたが不在のため持ち帰りました。下記よりご確認ください」など、宅配業者を装ったSMSが届き、記載されたURLにアクセスすると、偽サイトに誘導され、IDやパスワード、クレジットカード番号を盗まれる被害が多発しています。

・身に覚えのないSMSのURLにはアクセスしない
・アプリのインストールを求められても応じない
・IDやパスワードを入力してしまったら、すぐに変更する

不安なときは、消費生活センター（消費者ホットライン 188）にご相談ください。

問合せ：区民部 区民生活課 消費生活センター""",
           ["harmful-links", "illegal", "personal-info"], (3, 12), "kumin")

    notice("akisu-higai", "空き巣被害が増えています", """空き巣被害が増えています

区内のマンションや戸建て住宅で、住人が留守の間に窓ガラスを割るなどして侵入し、現金や貴金属を盗む空き巣の被害が続いています。
特に、夕方から夜間にかけての時間帯や、長期休暇で家を空けるときに多く発生しています。

防犯のポイント
・短時間の外出でも必ず施錠する
・補助錠や防犯フィルムで窓を強化する
・郵便物や新聞をためない
・SNSに「旅行中」などの不在が分かる投稿をしない

不審な人物を見かけたら、ためらわずに110番通報してください。

問合せ：麹町警察署、丸の内警察署、神田警察署、万世橋警察署""",
           ["illegal", "personal-info"], (7, 30), "bosai")

    notice("satsujin-mishin", "不審者情報（刃物を持った男）", """不審者情報（区内で発生した殺人未遂事件について）

昨日午後10時ごろ、神田神保町一丁目の路上で、男性が刃物で切りつけられ重傷を負う殺人未遂事件が発生しました。
犯人は現在も逃走中です。

犯人の特徴：30歳から40歳くらいの男、身長170センチくらい、黒色の上着、紺色のズボン
逃走方向：水道橋方面へ徒歩で逃走

区内の小中学校では、当面の間、集団下校を実施します。
夜間の外出はなるべく控え、不審な人物を見かけたら、すぐに110番通報してください。
犯人を見かけても、決して近づかないでください。

問合せ：神田警察署""",
           ["public-morals", "illegal", "false-info", "personal-info"], (10, 8), "bosai")

    notice("yami-baito-chui", "「闇バイト」に加担しないで", """「闇バイト」に加担しないでください

SNSやインターネット上で「高額バイト」「ホワイト案件」「即日即金」などと募集し、強盗や特殊詐欺の実行役をさせる、いわゆる「闇バイト」が社会問題になっています。

一度応募すると、身分証の画像や住所を握られ、「家族に危害を加える」と脅されて抜け出せなくなります。
軽い気持ちで応募しても、逮捕されれば重い刑罰を受け、被害者への賠償責任も負うことになります。

すでに応募してしまった方、脅されている方は、すぐに警察に相談してください。警察は、相談者とその家族を確実に保護します。

問合せ：警視庁 ＃9110""",
           ["illegal", "public-morals", "chain-message"], (4, 20), "bosai")

    notice("kodomo-110ban", "こども110番の家", """「こども110番の家」にご協力ください

「こども110番の家」は、子どもたちが登下校中などに、不審者に声をかけられたり、つきまとわれたりして助けを求めてきたときに、子どもを保護し、警察や学校、家庭に連絡していただく家や店舗です。

区内では現在、約600か所の住宅や店舗にご協力いただいています。
目印のステッカーやプレートを掲示していただいています。

子どもたちには、
「いかのおすし」（知らない人について〈いか〉ない、〈の〉らない、〈お〉おごえを出す、〈す〉ぐ逃げる、〈し〉らせる）
を、ご家庭でも話し合ってください。

問合せ：子ども部 指導課""",
           ["personal-info", "public-morals"], (4, 9), "kyoiku")

    # ---- 人権啓発・差別解消
    notice("jinken-shukan", "人権週間", """12月4日から10日は人権週間です

昭和23年12月10日、国際連合第3回総会で「世界人権宣言」が採択されました。
これを記念して、毎年12月10日を最終日とする1週間を「人権週間」としています。

私たちの身の回りには、女性、子ども、高齢者、障害のある人、部落差別（同和問題）、アイヌの人々、外国人、感染症患者等、犯罪被害者等、インターネットによる人権侵害、性的指向・性自認を理由とする偏見や差別など、さまざまな人権問題があります。

一人ひとりが人権について正しく理解し、互いの人権を尊重し合う社会を築きましょう。

問合せ：政策経営部 総務課 人権・男女共同参画担当""",
           ["discrimination", "accuracy"], (12, 1), "jinken")

    notice("internet-jinken", "インターネットと人権", """インターネット上の人権侵害をなくしましょう

インターネット上では、匿名で簡単に情報を発信できることから、他人を誹謗中傷する書き込みや、差別を助長する書き込み、個人のプライバシーを暴く書き込みなどが後を絶ちません。

「死ね」「消えろ」といった言葉は、画面の向こうにいる一人の人間を深く傷つけ、時に命を奪うこともあります。
また、特定の地域を「被差別部落」として摘示する情報の掲載は、部落差別を助長するものです。

書き込む前に、一度立ち止まって考えてください。
被害に遭ったときは、法務省の人権相談窓口や、区の人権相談をご利用ください。

問合せ：政策経営部 総務課 人権・男女共同参画担当""",
           ["defamation", "discrimination", "public-morals"], (8, 5), "jinken", quotes=["死ね", "消えろ"])

    notice("lgbtq-rikai", "性の多様性への理解", """性の多様性について理解を深めましょう

「好きになる性」（性的指向）や「自分が認識している性」（性自認）は、人によってさまざまです。
LGBTQ（レズビアン、ゲイ、バイセクシュアル、トランスジェンダー、クエスチョニング）などの性的マイノリティの方は、人口の数％から10％程度いるといわれています。

からかいや「ホモ」「オカマ」といった侮蔑的な呼び方、本人の了解なく性的指向などを暴露する「アウティング」は、深刻な人権侵害です。
区では、職員向けの研修を行うとともに、区民の方からの相談を受け付けています。

問合せ：政策経営部 総務課 人権・男女共同参画担当""",
           ["discrimination", "personal-info"], (6, 10), "jinken")

    notice("gaikokujin-jinken", "外国人の人権", """外国人の人権を尊重しましょう

千代田区には、約70の国と地域から、4,000人を超える外国人の方が暮らしています。

言語や宗教、習慣の違いへの理解が十分でないことから、外国人であることを理由に、アパートへの入居を断られたり、お店への入店を拒否されたりする事案が発生しています。
また、特定の国籍や民族の人々を排斥する差別的な言動（ヘイトスピーチ）も、許されるものではありません。

文化の違いを認め合い、共に暮らす地域の一員として、お互いを尊重しましょう。

問合せ：地域振興部 国際交流担当""",
           ["discrimination"], (11, 11), "kokusai")

    notice("shogaisha-sabetsu", "障害を理由とする差別の解消", """障害を理由とする差別の解消に向けて

障害者差別解消法では、行政機関や事業者が、障害を理由として、サービスの提供を拒否したり、制限したり、条件を付けたりすることを「不当な差別的取扱い」として禁止しています。

例えば、
・「車いすの方はご遠慮ください」と入店を断る
・障害があることを理由に、保護者や介助者の同伴を条件とする
・本人を無視して、介助者だけに話しかける
といった対応は、不当な差別的取扱いにあたるおそれがあります。

問合せ：保健福祉部 障害者福祉課 電話 03-5211-4215""",
           ["discrimination"], (12, 7), "shogai")

    notice("dv-boshi", "女性に対する暴力をなくす運動", """11月12日から25日は「女性に対する暴力をなくす運動」期間です

配偶者等からの暴力（DV）、性犯罪・性暴力、ストーカー行為、セクシュアルハラスメントなど、女性に対する暴力は重大な人権侵害です。

殴る、蹴るといった身体的暴力だけでなく、
・大声で怒鳴る、人前でばかにする（精神的暴力）
・生活費を渡さない（経済的暴力）
・嫌がっているのに性的な行為を強要する、避妊に協力しない（性的暴力）
も、暴力です。

一人で悩まず、ご相談ください。
DV相談＋（プラス） 0120-279-889（24時間）
性犯罪・性暴力被害者のためのワンストップ支援センター ＃8891

問合せ：政策経営部 総務課 人権・男女共同参画担当""",
           ["public-morals", "personal-info", "defamation"], (11, 10), "jinken")

    # ---- 選挙
    tohyo = nth_weekday(2026, 11, 6, 3)
    kokuji = tohyo - dt.timedelta(days=6)
    kijitsu0 = kokuji + dt.timedelta(days=1)
    eve = tohyo - dt.timedelta(days=1)
    notice("kuchou-senkyo-tohyo", "千代田区長選挙の投票について", f"""千代田区長選挙の投票について

告示日：{md(kokuji.month, kokuji.day, yr="r")}
投票日：{md(tohyo.month, tohyo.day, yr="r")} 午前7時から午後8時まで
開票：投票日の午後9時から 区立総合体育館

投票できる方
平成20年{tohyo.month}月{tohyo.day + 1}日までに生まれた日本国民で、令和8年8月{kokuji.day - 1}日までに千代田区に転入の届出をし、引き続き3か月以上住民基本台帳に記録されている方

投票所入場整理券は、世帯ごとに郵送します。入場整理券を忘れたり、なくしたりした場合でも、選挙人名簿に登録されていれば投票できます。

問合せ：千代田区選挙管理委員会 電話 03-5211-4298""",
           ["neutrality", "accuracy", "personal-info"], (10, 30), "senkan")

    notice("kijitsumae-tohyo", "期日前投票のご案内", f"""期日前投票のご案内

投票日当日に、仕事や旅行、冠婚葬祭などの用事がある方は、期日前投票ができます。

期間：{md(kijitsu0.month, kijitsu0.day)}から{md(eve.month, eve.day)}まで
時間：午前8時30分から午後8時まで
場所：千代田区役所 1階（区民ホール）
   出張所（{md(tohyo.month, tohyo.day - 3)}から）午前9時30分から午後8時まで

期日前投票所では、投票日当日に投票できない理由を記入する「宣誓書」を提出していただきます。宣誓書は入場整理券の裏面にあります。

問合せ：千代田区選挙管理委員会""",
           ["neutrality", "accuracy"], (11, 4), "senkan")

    notice("senkyo-koho", "選挙公報の配布", """選挙公報の配布について

選挙公報は、候補者の氏名、経歴、政見などを掲載したもので、選挙管理委員会が発行します。
投票日の2日前までに、新聞折込みにより各世帯に配布するほか、区役所、出張所、区立図書館、駅などでも配布します。
区ホームページにも掲載します。

新聞を購読されていない世帯で、選挙公報の郵送を希望される方は、選挙管理委員会にご連絡ください。

点字版・音声版の選挙公報もご用意しています。

問合せ：千代田区選挙管理委員会""",
           ["neutrality", "discrimination"], (11, 5), "senkan")

    notice("senkyo-ihan", "選挙運動のルール", """明るい選挙を実現するために

選挙は、私たちの代表者を選ぶ大切な機会です。公正な選挙を実現するため、公職選挙法では、次のような行為を禁止しています。

・買収：投票や選挙運動の報酬として、金銭や物品を渡したり、飲食をもてなしたりすること
・戸別訪問：投票を依頼するために、有権者の家を一軒一軒訪問すること
・寄附の禁止：候補者等が、選挙区内の人に寄附をすること（お祭りへの寄附、香典なども含みます）
・公務員の地位利用による選挙運動

違反行為を見聞きしたときは、警察または選挙管理委員会にお知らせください。

問合せ：千代田区選挙管理委員会""",
           ["neutrality", "illegal"], (10, 28), "senkan")

    notice("jogai-fuzai-tohyo", "不在者投票・郵便等投票", """不在者投票・郵便等による不在者投票のご案内

出張や入院などで、選挙期間中に千代田区以外の市区町村に滞在している方は、滞在先の選挙管理委員会で不在者投票ができます。

また、身体に重度の障害がある方（身体障害者手帳に記載の障害の程度が一定以上の方）や、介護保険の要介護5の方は、自宅などで投票用紙に記載し、郵便で送る「郵便等による不在者投票」ができます。事前に郵便等投票証明書の交付申請が必要です。

指定病院や老人ホームに入院・入所している方は、施設内で不在者投票ができます。

問合せ：千代田区選挙管理委員会""",
           ["neutrality", "discrimination", "personal-info"], (10, 22), "senkan")

    # ---- 災害・避難
    notice("hinan-jouhou", "避難情報の発令について", """避難情報の発令について

区は、大雨や台風などで災害が発生するおそれがある場合、警戒レベルに応じて避難情報を発令します。

警戒レベル3「高齢者等避難」：高齢者や障害のある方など、避難に時間がかかる方は危険な場所から避難してください。
警戒レベル4「避難指示」：危険な場所から全員避難してください。
警戒レベル5「緊急安全確保」：すでに災害が発生しているか、切迫している状況です。命の危険があります。直ちに身の安全を確保してください。

警戒レベル4までに必ず避難しましょう。
避難とは、避難所に行くことだけではありません。安全な親戚・知人宅や、自宅の上の階への避難（垂直避難）も選択肢です。

問合せ：政策経営部 災害対策・危機管理課""",
           ["false-info", "discrimination"], (6, 5), "bosai")

    notice("kitaku-konnan", "帰宅困難者対策", """大地震発生時の帰宅困難者対策について

千代田区は、昼間人口が約85万人にのぼり、大地震の際には多くの帰宅困難者が発生すると想定されています。

大地震が発生したら、むやみに移動を開始しないでください。
一斉に帰宅しようとすると、道路や駅周辺が大混雑し、火災や建物の倒壊に巻き込まれたり、救助活動の妨げになったりするおそれがあります。

・職場や学校などに留まる（3日分の水・食料の備蓄を）
・家族との安否確認の方法を決めておく（災害用伝言ダイヤル171など）
・行き場のない方は、区が開設する一時滞在施設を利用する

問合せ：政策経営部 災害対策・危機管理課""",
           ["false-info", "chain-message"], (3, 9), "bosai")

    notice("taifu-junbi", "台風への備え", """台風に備えましょう

台風が接近すると、大雨による浸水や、強風による飛来物などの被害が発生するおそれがあります。

台風が近づく前に
・ベランダの植木鉢や物干し竿など、飛ばされやすいものを室内に入れる
・側溝や排水口を掃除しておく
・停電に備え、懐中電灯やモバイルバッテリーを準備する
・ハザードマップで自宅周辺の浸水の危険性や避難所を確認する

台風の接近中は、川や用水路の様子を見に行かないでください。

区の防災情報は、区ホームページ、防災行政無線、区公式X、ちよだ安全・安心メールでお知らせします。

問合せ：政策経営部 災害対策・危機管理課""",
           ["false-info"], (8, 26), "bosai")

    notice("bousai-kunren", "総合防災訓練", f"""千代田区総合防災訓練を実施します

首都直下地震を想定し、区民、事業所、防災関係機関が連携した総合防災訓練を実施します。

日時：{md(9, 6)} 午前9時から正午まで（小雨決行）
会場：区立九段中等教育学校
内容：初期消火訓練、応急救護訓練（AEDの使い方）、起震車による地震体験、煙体験、救出救助訓練、避難所開設訓練

当日は、訓練のため、緊急車両がサイレンを鳴らして走行します。区の防災行政無線からも訓練放送を行います。

問合せ：政策経営部 災害対策・危機管理課""",
           ["false-info", "accuracy"], (8, 20), "bosai")

    notice("jishin-houdou", "地震発生時の情報について", """地震発生時の情報の入手について

地震が発生した際、SNS上では、「余震で大津波が来る」「あのビルが倒壊した」などの、真偽不明の情報が拡散されることがあります。

不確かな情報を安易に拡散しないでください。
過去の大震災では、根拠のない流言が広がり、特定の人々に対する暴力や差別が起きたこともありました。

正しい情報は、
・気象庁、区、警察、消防などの公式発表
・テレビ、ラジオの報道
で確認してください。

問合せ：政策経営部 災害対策・危機管理課""",
           ["false-info", "chain-message", "accuracy", "discrimination"], (9, 1), "bosai")

    notice("hinanjo-pet", "避難所でのペット", """ペットとの同行避難について

災害時には、飼い主がペットと一緒に安全な場所へ避難する「同行避難」が原則です。
ただし、避難所では、ペットは人と別の場所で過ごすことになります。動物が苦手な方やアレルギーのある方もいらっしゃいます。

日頃から
・ケージやキャリーバッグに慣れさせておく
・ペットフードと水を5日分以上備蓄する
・迷子札やマイクロチップを装着する
・狂犬病予防注射やワクチン接種を済ませておく

問合せ：千代田保健所 生活衛生課""",
           ["public-morals", "discrimination"], (9, 24), "hoken")

    # ---- ごみ
    notice("gomi-bunbetsu", "ごみと資源の正しい出し方", """ごみと資源の正しい出し方

ごみは、収集日の朝8時までに、決められた集積所に出してください。

燃やすごみ：生ごみ、紙くず、衣類、プラスチック製品（汚れの落ちないもの）など
燃やさないごみ：金属製品、ガラス、陶磁器、乾電池、小型家電など
資源：びん、缶、ペットボトル、古紙、プラスチック製容器包装

スプレー缶やカセットボンベは、必ず中身を使い切ってから「燃やさないごみ」の日に、他のごみとは別の袋で出してください。
中身が残ったまま出すと、収集車の火災の原因になり、大変危険です。

リチウムイオン電池を内蔵した製品（モバイルバッテリー、加熱式たばこなど）は、燃やさないごみに混ぜずに、区の回収ボックスへ。

問合せ：千代田清掃事務所 電話 03-5211-8111""",
           ["illegal", "public-morals"], (4, 13), "seiso")

    notice("sodai-gomi", "粗大ごみの出し方", """粗大ごみの出し方

一辺の長さがおおむね30センチを超える家具、寝具、自転車などは粗大ごみです。

1 粗大ごみ受付センターに申し込む（電話またはインターネット）
2 料金分の「粗大ごみ処理券」をコンビニなどで購入する
3 処理券に受付番号と氏名を記入し、品物に貼る
4 指定された収集日の朝8時までに、指定された場所に出す

料金：1点300円から2,800円（品目により異なります）
エアコン、テレビ、冷蔵庫・冷凍庫、洗濯機・衣類乾燥機、パソコンは、区では収集できません。

申込みをせずに粗大ごみを出すことは、不法投棄になります。

問合せ：千代田清掃事務所""",
           ["illegal", "personal-info"], (3, 2), "seiso")

    notice("fuho-kaishu", "無許可の回収業者にご注意", """無許可の不用品回収業者にご注意ください

「無料で回収します」とスピーカーで呼びかけながら巡回したり、チラシを配布したりする不用品回収業者の中には、一般廃棄物収集運搬業の許可を持たない業者がいます。

こうした業者に依頼すると、
・積み込んだ後に高額な料金を請求される
・回収したものが不法投棄される
といったトラブルに巻き込まれるおそれがあります。

区内の家庭から出るごみを収集・運搬できるのは、区または区の許可を受けた業者だけです。

問合せ：千代田清掃事務所""",
           ["illegal", "defamation", "neutrality"], (5, 27), "seiso")

    notice("shokuhin-loss", "食品ロスを減らしましょう", """食品ロスを減らしましょう

まだ食べられるのに捨てられてしまう「食品ロス」は、日本全体で年間約470万トン。国民一人あたり、毎日おにぎり約1個分を捨てている計算になります。

・買い物の前に冷蔵庫の中を確認する
・「消費期限」と「賞味期限」の違いを知る（賞味期限を過ぎても、すぐに食べられなくなるわけではありません）
・食べきれる量だけ注文し、外食時の食べ残しを減らす

区では、ご家庭で余っている食品を集めて、子ども食堂やフードバンクに寄付する「フードドライブ」を実施しています。

問合せ：環境まちづくり部 環境政策課""",
           ["false-info", "neutrality"], (10, 16), "kankyo")

    # ---- 子育て
    notice("nyuji-kenshin", "乳幼児健康診査", """乳幼児健康診査のお知らせ

お子さんの健やかな成長を確認するため、次の健康診査を実施しています。

3〜4か月児健康診査（保健所）
6〜7か月児・9〜10か月児健康診査（指定医療機関）
1歳6か月児健康診査（歯科健診を含む）
3歳児健康診査（視力・聴力・尿検査を含む）

対象のお子さんには、個別にご案内をお送りします。
健診では、身体計測、診察のほか、保健師・栄養士・歯科衛生士による育児・栄養・歯の相談も受けられます。
ご都合が悪い場合は、別の日程に変更できますので、ご連絡ください。

問合せ：千代田保健所 健康推進課""",
           ["personal-info", "public-morals"], (4, 6), "hoken")

    notice("gyakutai-boshi", "児童虐待の防止", """児童虐待を防ぐために

児童虐待には、
・身体的虐待（殴る、蹴る、やけどを負わせる、激しく揺さぶるなど）
・性的虐待（子どもへの性的行為、性的行為を見せる、ポルノグラフィの被写体にするなど）
・ネグレクト（食事を与えない、ひどく不潔にする、病気になっても病院に連れて行かないなど）
・心理的虐待（言葉による脅し、無視、きょうだい間での差別的扱い、子どもの目の前で家族に暴力をふるうなど）
があります。

虐待かもしれないと思ったら、児童相談所虐待対応ダイヤル「189」へ。通告は匿名でもでき、通告した人の秘密は守られます。
子育てに悩んだときは、子ども家庭支援センターにご相談ください。

問合せ：子ども部 子ども家庭支援センター""",
           ["public-morals", "discrimination", "confidential"], (11, 2), "kosodate")

    notice("hoikuen-nyuen", "保育園の入園申込み", f"""令和9年4月 保育園等の入園申込み

令和9年4月からの保育園、認定こども園（保育部分）、小規模保育事業所等の入園申込みを受け付けます。

受付期間：{md(11, 2)}から{md(12, 4)}まで
申込方法：電子申請または郵送（窓口での受付は予約制です）
必要書類：申込書、保育を必要とする理由を証明する書類（就労証明書など）

入園の選考は、保護者の就労状況などを点数化した「利用調整基準」に基づいて行います。
選考結果は、令和9年2月上旬に通知します。

問合せ：子ども部 子育て推進課 電話 03-5211-4235""",
           ["accuracy", "decision-process", "personal-info"], (10, 15), "kosodate")

    notice("ninshin-todoke", "妊娠届と母子健康手帳", """妊娠がわかったら、妊娠届を出しましょう

妊娠がわかったら、お早めに妊娠届を提出してください。母子健康手帳と、妊婦健康診査の受診票などをお渡しします。

届出の際、保健師がお一人おひとりと面接を行い、妊娠・出産・子育てについてのご相談に応じます。
面接を受けた方には、出産・子育て応援ギフトをお渡しします。

届出場所：千代田保健所、区役所子育て推進課
必要なもの：マイナンバーカードなど個人番号が確認できる書類、本人確認書類

望まない妊娠や、予期しない妊娠で悩んでいる方の相談も受け付けています。秘密は守ります。

問合せ：千代田保健所 健康推進課""",
           ["personal-info", "public-morals", "confidential"], (2, 9), "hoken")

    # ---- 福祉
    notice("kaigo-hoken-shinsei", "介護保険の申請", """介護保険サービスを利用するには

介護保険のサービスを利用するには、要介護・要支援の認定を受ける必要があります。

1 申請：区役所高齢介護課、高齢者あんしんセンターに申請します（家族や、ケアマネジャーによる代行申請もできます）
2 認定調査：調査員がご自宅などを訪問し、心身の状況をお聞きします
3 主治医意見書：区が主治医に意見書の作成を依頼します
4 審査・判定：介護認定審査会で、要介護度を判定します
5 結果通知：原則として申請から30日以内に通知します

認定の結果に不服がある場合は、東京都介護保険審査会に審査請求ができます。

問合せ：保健福祉部 高齢介護課 電話 03-5211-4223""",
           ["personal-info", "discrimination"], (5, 7), "kaigo")

    notice("seikatsu-konkyu", "生活に困ったときは", """生活にお困りの方へ

失業や病気、収入の減少などで、生活にお困りの方のご相談をお受けしています。

・家賃を払えず、住まいを失うおそれがある方には、住居確保給付金
・就労に向けた支援が必要な方には、就労準備支援
・家計の見直しが必要な方には、家計改善支援
など、一人ひとりの状況に応じた支援を行います。

生活保護は、国民の権利です。
資産や能力などすべてを活用しても、なお生活に困窮する方に対し、困窮の程度に応じて必要な保護を行います。
ためらわずにご相談ください。相談内容の秘密は守ります。

問合せ：保健福祉部 生活支援課""",
           ["personal-info", "discrimination", "confidential"], (1, 21), "kaigo")

    notice("ninchisho-yukue", "認知症の方の行方不明を防ぐ", """認知症の方の行方不明を防ぐために

認知症の方が、外出したまま道に迷い、行方不明になるケースが増えています。

区では、認知症の方などが行方不明になったとき、早期に発見・保護するため、次の取組を行っています。
・見守りキーホルダーの配布（登録番号から、緊急連絡先を照会できます）
・GPS端末の購入費用の助成
・行方不明時の捜索協力（協力事業者への情報提供は、ご家族の同意を得て行います）

道で困っている様子の高齢者を見かけたら、「何かお困りですか」と、驚かせないように前から、ゆっくり声をかけてください。

問合せ：保健福祉部 高齢介護課""",
           ["personal-info", "image-privacy", "discrimination"], (9, 17), "kaigo")

    notice("help-mark", "ヘルプマーク", """ヘルプマークをご存じですか

ヘルプマークは、義足や人工関節を使用している方、内部障害や難病の方、妊娠初期の方など、外見からは分からなくても、援助や配慮を必要としている方が、周囲の方に配慮を必要としていることを知らせるためのマークです。

ヘルプマークを身に着けた方を見かけたら、
・電車やバスの中で、席をお譲りください
・駅や商業施設などで、困っているようであれば、声をかけてください
・災害時には、安全に避難するための支援をお願いします

ヘルプマークは、区役所障害者福祉課、出張所で配布しています。

問合せ：保健福祉部 障害者福祉課""",
           ["discrimination", "personal-info"], (7, 15), "shogai")

    # ---- 税
    notice("juminzei-nofu", "特別区民税・都民税の納付", f"""特別区民税・都民税（普通徴収）の納付について

令和8年度の特別区民税・都民税の納税通知書を、{md(6, 10)}に発送しました。

納期限
第1期：{md(6, 30)}
第2期：{md(8, 31)}
第3期：{md(10, 30)}
第4期：{md(2, 1, y=2027, yr="r")}

納付方法：金融機関・コンビニエンスストアの窓口、スマートフォン決済アプリ、地方税お支払サイト（クレジットカード等）、口座振替
納期限を過ぎると、延滞金がかかることがあります。

問合せ：区民部 税務課 電話 03-5211-4194""",
           ["accuracy"], (6, 10), "zei")

    notice("kakutei-shinkoku", "住民税の申告", f"""特別区民税・都民税の申告について

令和8年1月1日現在、千代田区にお住まいの方で、令和7年中に収入があった方は、住民税の申告が必要です。
ただし、次の方は申告の必要はありません。
・税務署に所得税の確定申告をした方
・給与所得のみで、勤務先から給与支払報告書が提出されている方

申告期間：{md(2, 16)}から{md(3, 16)}まで

所得が無い方も、国民健康保険料の算定や、各種証明書の発行のため、申告をお願いする場合があります。

問合せ：区民部 税務課""",
           ["accuracy", "personal-info"], (2, 2), "zei")

    notice("furusato-nozei", "ふるさと納税による区税の減収", """ふるさと納税による区税の減収について

ふるさと納税の利用が広がり、千代田区では、令和8年度に約30億円の区民税が、他の自治体へ流出する見込みです。
これは、区立小学校の1年分の運営費に相当する額です。

区は、返礼品競争が過熱する現在のふるさと納税制度について、本来の趣旨に沿った制度となるよう、国に見直しを求めています。

区でも、ふるさと納税による寄附を受け付けています。寄附金は、子育て支援や文化財の保護などに大切に活用させていただきます。

問合せ：政策経営部 企画課""",
           ["reputation", "decision-process", "neutrality"], (12, 16), "kikaku")


if __name__ == "__main__":
    sys.exit(main3())
