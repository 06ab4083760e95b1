#!/usr/bin/env python3
"""Build the second held-out corpus for snsgate: tests/heldout2/drafts/*.eml + labels.json.

Python 3 standard library only.  Run from anywhere:

    python3 tests/heldout2/make-heldout.py            # write drafts/ and labels.json
    python3 tests/heldout2/make-heldout.py --check    # also fail on any validation problem (default)

The drafts are encoded the way real mail clients send them (Outlook ISO-2022-JP
with CP50220 NEC row-13 characters, Thunderbird UTF-8 format=flowed / base64,
iPhone UTF-8 quoted-printable, Shift_JIS (CP932), HTML-only, multipart/mixed
with small JPEGs and text attachments).  Every file is re-parsed and checked
after it is written; see validate() at the bottom.

The corpus was written without looking at snsgate's rules (conf/, src/), the
sample drafts or the first held-out set; only the guideline, clauses.md,
samples/README.md and samples/score.py were read.
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
    "koho": ("佐藤 健一", "k-sato", "政策経営部 広報広聴課", "2345"),
    "koho2": ("小林 美咲", "m-kobayashi", "政策経営部 広報広聴課", "2347"),
    "kanko": ("高田 亮", "r-takada", "地域振興部 文化振興課 観光担当", "3120"),
    "hoiku": ("伊藤 花子", "h-ito", "子ども部 子ども支援課", "3512"),
    "kenko": ("浜田 直樹", "n-hamada", "保健福祉部 健康推進課", "4203"),
    "korei": ("中川 由紀", "y-nakagawa", "保健福祉部 高齢介護課", "4410"),
    "seiso": ("石井 大輔", "d-ishii", "環境まちづくり部 千代田清掃事務所", "5210"),
    "zei": ("森田 誠", "m-morita", "区民部 税務課", "2612"),
    "bosai": ("加藤 翼", "t-kato", "政策経営部 災害対策・危機管理課", "2160"),
    "senkan": ("西村 純子", "j-nishimura", "選挙管理委員会事務局", "2840"),
    "tosho": ("青木 里奈", "r-aoki", "地域振興部 図書・文化資源担当", "3301"),
    "jinji": ("松本 拓也", "t-matsumoto", "政策経営部 人事課", "2230"),
    "doboku": ("山崎 智", "s-yamazaki", "環境まちづくり部 道路公園課", "5430"),
    "kumin": ("岡本 恵", "m-okamoto", "区民部 区民生活課", "2520"),
    "jinken": ("林 真由美", "m-hayashi", "政策経営部 総務課 人権・男女共同参画担当", "2110"),
    "sport": ("前田 翔", "s-maeda", "地域振興部 生涯学習・スポーツ課", "3240"),
    "eisei": ("原田 学", "m-harada", "千代田保健所 生活衛生課", "4320"),
    "keiyaku": ("村上 浩", "h-murakami", "政策経営部 契約課", "2380"),
    "kyoiku": ("長谷川 綾", "a-hasegawa", "子ども部 指導課", "3620"),
}

SIG_STYLES = [
    "千代田区 {dept}\n{name}\n電話 03-3264-2111（内線 {ext}）\n{addr}@city.chiyoda.lg.jp",
    "────────────\n{dept}\n{name}\nTEL: 03-3264-2111 (ext.{ext})\nMail: {addr}@city.chiyoda.lg.jp",
    "{name}（千代田区 {dept}）\n〒102-8688 千代田区九段南1-2-1\n03(3264)2111 内線{ext}",
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


def draft(slug, platform, client, subject, body, **kw):
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
                                              "%08x-%04x-h2" % (seed % (1 << 32), seq), mid_host))
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
    order = sorted(DRAFTS, key=lambda d: _h("heldout2-order:" + d["slug"]))
    for i, d in enumerate(order, 1):
        name = "h2-%03d-%s.eml" % (i, d["slug"])
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


STOPS = [
    ("日比谷公園", "明治36年に開園した日本初の近代的な洋風公園。大噴水や心字池、季節の花壇をゆっくり巡れます。"),
    ("日比谷図書文化館", "図書館・ミュージアム・ホールが一体になった文化施設。千代田区の歴史を伝える常設展示もあります。"),
    ("和田倉噴水公園", "噴水と水辺の景色が楽しめる公園。丸の内のビル群を背景に、ひと休みにちょうどいい場所です。"),
    ("皇居東御苑", "旧江戸城の本丸・二の丸などの跡を整備した庭園。天守台から往時の城の規模を感じられます。"),
    ("北の丸公園", "緑豊かな森林公園。春は桜、秋は紅葉。芝生広場ではピクニックを楽しむ家族の姿も見られます。"),
    ("千鳥ヶ淵緑道", "お堀沿いに続く約700メートルの遊歩道。桜の季節には多くの人でにぎわう、区を代表する名所です。"),
    ("清水谷公園", "紀尾井町にある落ち着いた公園。大久保利通の哀悼碑があり、歴史を感じながら散策できます。"),
    ("東郷元帥記念公園", "番町の高台にある区立公園。坂の多い番町らしい地形を生かした、見晴らしのよい公園です。"),
    ("番町の文学碑めぐり", "番町界隈には多くの文人が暮らしました。旧居跡の説明板をたどると、文学散歩が楽しめます。"),
    ("九段坂", "かつては急な坂で、段々に石垣が築かれていたことが名前の由来。坂上からの眺めもおすすめです。"),
    ("神保町古書店街", "世界有数の古書店街。専門書から絵本まで、お気に入りの一冊を探して歩くだけでも楽しい街です。"),
    ("錦華公園", "お茶の水小学校に隣接する公園。夏目漱石ゆかりの地としても知られ、坂道の散歩に最適です。"),
    ("ニコライ堂", "日本で最大級のビザンチン様式の聖堂。緑色のドームが印象的な、国の重要文化財です。"),
    ("神田明神下", "神田の総鎮守へと続く門前の町並み。老舗の甘味処や和菓子屋が点在し、食べ歩きも楽しめます。"),
    ("昌平橋と万世橋", "神田川に架かる歴史ある橋。赤れんがのアーチ橋と川面の眺めは、写真好きにも人気です。"),
    ("秋葉原電気街", "電気街として発展した街。最新の家電から電子部品まで、世界中から人が集まる活気ある街です。"),
    ("岩本町・東神田", "繊維問屋街として栄えた街。いまは新しいカフェやギャラリーも増え、新旧が混ざり合っています。"),
    ("神田須田町の老舗街", "戦災を免れた歴史的建造物が残るエリア。昔ながらの風情ある建物を外から眺めて歩けます。"),
    ("淡路町・小川町", "スポーツ用品店が多く集まる街。冬はスキー・スノーボード用品を求める人でにぎわいます。"),
    ("大手町の森", "ビルの足元に広がる本格的な森。都心とは思えない深い緑の中で、季節の移ろいを感じられます。"),
    ("丸の内仲通り", "石畳とケヤキ並木が続く通り。ベンチやアート作品が点在し、のんびり歩くのに向いています。"),
    ("東京駅丸の内駅舎", "大正3年に開業した赤れんがの駅舎。復原されたドームのレリーフは必見です。"),
    ("行幸通り", "東京駅から皇居へまっすぐ延びる通り。イチョウ並木が美しく、晴れた日の眺めは格別です。"),
    ("桜田門", "江戸城の城門の一つで、国の重要文化財。歴史の舞台となった門を間近に見ることができます。"),
    ("国会前庭", "和式庭園と洋式庭園からなる庭園。日本の水準点があり、社会科見学の児童の姿もよく見かけます。"),
    ("永田町・平河町", "国の機関が集まる街。平日は静かな通りが多く、整然とした街並みを歩けます。"),
    ("麹町大通り", "新宿通りの一部で、古くからの商店と新しいオフィスが並ぶ通り。区役所の窓口もこの近くです。"),
    ("飯田橋・富士見", "外濠に面した街。外濠沿いのカナルカフェ周辺は、春の桜と秋の紅葉が水面に映えます。"),
    ("外濠公園", "飯田橋から四ツ谷まで続く細長い公園。土手の桜並木と中央線の電車の組み合わせが人気です。"),
    ("一ツ橋・竹橋", "お堀と緑に囲まれたオフィス街。竹橋の上からは、皇居の石垣と水面を間近に望めます。"),
    ("三崎町・西神田", "学生街として知られるエリア。手ごろな定食屋さんが多く、散策の途中のひと休みにも便利です。"),
    ("湯島聖堂のそば・お茶の水", "神田川の渓谷のような景色と駅舎が人気の撮影スポット。聖橋からの眺めは格別です。"),
]


def walk_caption(n, intro, outro, minutes=False):
    lines = [intro, ""]
    for i, (name, desc) in enumerate(STOPS[:n], 1):
        lines.append("%d. %s" % (i, name))
        lines.append(desc + ("（散策の目安：約%d分）" % (15 + 5 * (i % 4)) if minutes else ""))
        lines.append("")
    lines.append(outro)
    return "\n".join(lines)


def tags(words, full=()):
    return " ".join(("＃" if i in full else "#") + w for i, w in enumerate(words))


TAGS31 = ["千代田区", "千代田", "東京", "東京観光", "神田", "神保町", "秋葉原", "丸の内", "大手町", "日比谷",
          "皇居", "北の丸公園", "千鳥ヶ淵", "番町", "麹町", "九段", "飯田橋", "お茶の水", "古本", "古書店",
          "本の街", "読書の秋", "散歩", "まち歩き", "東京散歩", "さんぽ", "秋", "紅葉", "写真", "カメラ散歩",
          "tokyo"]


def define_drafts():
    from_tags = tags
    mynum = make_mynumber("48527391026")
    card = make_luhn("453968120745332")
    card_fw = " ".join(card[i:i + 4] for i in range(0, 16, 4)).translate(
        {ord(c): 0xFF10 + int(c) for c in "0123456789"})
    mynum_sp = " ".join(mynum[i:i + 4] for i in range(0, 12, 4))
    elec27 = nth_weekday(2027, 4, 6, 4)         # a Sunday in April 2027
    by26 = nth_weekday(2026, 6, 6, 4)           # a Sunday in June 2026
    jalert = nth_weekday(2026, 11, 2, 3)        # a Wednesday in November
    seijin = nth_weekday(2027, 1, 0, 2)         # Coming-of-Age Day 2027
    assert (seijin.year, seijin.month, seijin.day) in HOLIDAYS

    # ===================================================================== clean
    clean("sodaigomi-nenmatsu", "x", "outlook",
          "【X投稿依頼】粗大ごみ年末受付のお知らせ",
          f"""【粗大ごみ】年末は申込みが大変混み合います。年内収集の受付は{md(12, 18)}までです。
申込み・問合せ：粗大ごみ受付センター
（区代表 03-3264-2111 からもご案内します）
#千代田区 #粗大ごみ""",
          ["personal-info", "accuracy"], dept="seiso", date=(12, 1),
          note="official main line in hyphen notation; correct weekday")

    clean("dokusho-contest", "facebook", "tb-flowed",
          "読書感想文コンテスト入賞作品展示（FB掲載依頼）",
          f"""区立図書館では、小中学生を対象とした「第12回 千代田区読書感想文コンテスト」の入賞作品展示を行います。

期間：令和8年{md(11, 3, hol=True)}～{md(11, 15)}
会場：千代田図書館 9階 展示コーナー

入賞作品のほか、審査員の先生方の講評もご覧いただけます。読書の秋、ぜひ図書館へお立ち寄りください。
詳しくは区ホームページをご覧ください。
https://www.city.chiyoda.lg.jp/koho/bunka/toshokan/dokusho-contest.html""",
          ["accuracy", "harmful-links"], dept="tosho", date=(10, 20),
          note="コンテスト contains テスト; 令和8年 date range with 祝")

    clean("sakura-matsuri", "instagram", "iphone",
          "インスタ投稿案：さくらまつり",
          f"""千鳥ヶ淵の桜が見頃を迎えています🌸
「千代田のさくらまつり」は{md(3, 27)}から{md(4, 5)}まで。
夜間のライトアップは18時～22時です。
ボート乗り場は大変混雑しますので、時間に余裕をもってお出かけください。

#千代田区 #千鳥ヶ淵 #さくらまつり #桜 #お花見 #東京観光 #夜桜""",
          ["image-privacy"], dept="kanko", date=(3, 30), image=img("plain", "IMG_2231.jpeg"),
          note="instagram with a plain JPEG (no EXIF)")

    clean("kanpukin-sagi", "x", "tb-b64",
          "【至急X】還付金詐欺への注意喚起",
          """【特殊詐欺に注意】区内で「区役所の保険課です。医療費の還付金があります」という不審な電話が相次いでいます。区の職員が電話でATMの操作をお願いすることは絶対にありません。少しでも怪しいと思ったら、家族や警察相談専用電話（#9110）へ。""",
          ["illegal", "false-info", "harmful-links"], dept="bosai", date=(6, 9),
          note="crime-prevention alert: 詐欺, ATM, 不審な電話")

    clean("kugi-senkyo-tohyobi", "facebook", "html-qp",
          "【選管】区議会議員選挙の投票日について",
          f"""千代田区選挙管理委員会からのお知らせです。

令和9年{elec27.month}月{elec27.day}日（{wd(2027, elec27.month, elec27.day)}）は、千代田区議会議員選挙の投票日です。投票時間は午前7時から午後8時までです。
期日前投票は、告示日の翌日から投票日の前日まで、区役所1階などで行うことができます。

候補者の氏名・経歴・政見は、選挙公報や選挙管理委員会のホームページでご確認ください。
18歳以上の皆さん、大切な一票を無駄にしないよう、必ず投票に行きましょう。

問合せ：千代田区選挙管理委員会事務局 ０３−３２６４−２１１１（代表）""",
          ["neutrality", "accuracy"], dept="senkan", date=(11, 16), sig=False, subj_q=True,
          note="neutral election notice with 候補者/投票日, 2027 date with 令和9年, full-width phone notation")

    clean("teiden-zokuho", "x", "outlook",
          "停電続報（X即時掲載）",
          """【停電情報・続報】午後3時現在、神田地区の一部で停電が続いています。電力会社によると復旧の見込み時刻は調整中です。区立施設の臨時休館については検討中で、決まり次第お知らせします。""",
          ["decision-process", "false-info"], dept="bosai", date=(8, 4, 15),
          note="disaster update with 調整中/検討中")

    clean("kosho-matsuri", "instagram", "tb-8bit",
          "Instagram：古本まつり（ハッシュタグ30個）",
          "今年も神保町に本の街の秋がやってきました📚\n古書店の店先にずらりと並ぶ本の中から、あなただけの一冊を探してみませんか。\n\n"
          + from_tags(TAGS31[:30]),
          ["account-policy"], dept="kanko", date=(10, 27), image=img("exif", "DSC04512.JPG", model="ILCE-7M4",
                                                                       make="SONY", when="2026:10:26 13:05:44"),
          note="exactly 30 hashtags: allowed; JPEG with EXIF but no GPS")

    clean("taiikutaikai-boshu", "x", "tb-8bit",
          "X 文字数ぎりぎりの告知",
          """【区民体育大会】“走る・跳ぶ・投げる”を楽しむ区民体育大会の参加者を募集中！小学生から80代まで、毎年600人以上が参加する区の秋の恒例行事です（今年で第58回）—初めての方も大歓迎。種目は徒競走、綱引き、玉入れ、リレーなど全12種目。申込みは各町会またはスポーツ課の窓口で受け付けています。""",
          ["account-policy"], dept="sport", date=(8, 25), boundary=280,
          note="X weighted length exactly 280 (curly quotes and em dash weigh 1): allowed")

    clean("gan-kenshin", "facebook", "sjis",
          "がん検診のご案内（FB）",
          f"""【がん検診のご案内】
千代田区では、次のがん検診を実施しています。

①胃がん検診（50歳以上・2年に1回）
②乳がん検診（40歳以上の女性・2年に1回）
③子宮頸がん検診（20歳以上の女性・2年に1回）
④大腸がん検診・肺がん検診（40歳以上）

受診券は{md(5, 29)}に対象の方へ発送します。自己負担は無料～1,000円です。
早期発見のため、定期的な受診をおすすめします。
問合せ：健康推進課 03-3264-2111（区代表）""",
          ["public-morals", "personal-info"], dept="kenko", date=(5, 12),
          note="health screening vocabulary; CP932 circled digits")

    clean("hiv-kensa", "x", "iphone",
          "世界エイズデーX",
          f"""{md(12, 1)}は世界エイズデー。千代田保健所では、HIV・梅毒などの性感染症の検査を匿名・無料で行っています（予約制）。結果はご本人にのみお伝えします。不安なことがあれば、まずはご相談ください。""",
          ["public-morals", "personal-info"], dept="kenko", date=(11, 24),
          note="health vocabulary: 性感染症, 梅毒, 匿名")

    clean("jinken-shukan", "facebook", "outlook",
          "人権週間パネル展のお知らせ",
          f"""12月4日から10日は人権週間です。

「部落差別」「外国人への差別」「障害のある人への差別」など、あらゆる差別をなくすために、私たち一人ひとりにできることを考えてみませんか。
特定の民族や国籍の人々を排除しようとするヘイトスピーチは、決して許されるものではありません。

区役所1階の区民ホールで、人権啓発パネル展を開催します。
期間：{md(12, 4)}～{md(12, 10)}（土日を除く）
ぜひお立ち寄りください。""",
          ["discrimination"], dept="jinken", date=(11, 27),
          note="anti-discrimination campaign wording")

    clean("dv-soudan", "x", "sjis",
          "DV相談窓口の周知",
          """配偶者やパートナーからの暴力（DV）に悩んでいませんか。殴る・蹴るだけでなく、怒鳴る、生活費を渡さない、交友関係を制限することもDVです。相談は無料・秘密厳守。一人で抱え込まず、区の女性相談窓口へ。""",
          ["illegal", "defamation"], dept="jinken", date=(11, 12),
          note="anti-violence campaign wording")

    clean("nyusatsu-kekka", "facebook", "outlook",
          "入札結果の公表（FB）",
          """【入札結果の公表】
令和8年度 区立小学校体育館空調設備改修工事の入札結果を公表しました。

① 落札者：㈱神田橋設備工業
② 落札金額：184,800,000円（税込）
③ 入札参加者数：5者

そのほかの案件の入札結果は、区ホームページの「入札・契約情報」でご覧いただけます。""",
          ["confidential", "neutrality"], dept="keiyaku", date=(7, 15),
          note="published tender result naming the winning (fictional) company; CP50220 ① ㈱")

    clean("chibikko-hiroba", "x", "tb-b64",
          "ちびっこ広場リニューアル（X）",
          """富士見のちびっこ広場がリニューアルしました！新しいすべり台や砂場で、ちびっこたちが元気いっぱい遊んでいます。保護者の方が座れるベンチも増やしました。""",
          ["discrimination"], dept="doboku", date=(5, 20),
          note="ちびっこ contains a slur as a substring")

    clean("ninchisho-supporter", "facebook", "tb-flowed",
          "認知症サポーター養成講座",
          f"""認知症の方やそのご家族のかたわらに寄り添う「認知症サポーター」を養成する講座を開催します。

日時：{md(9, 12)} 14時～15時30分
会場：区役所4階 401会議室
定員：40名（先着順・参加無料）

受講された方には、サポーターの証「オレンジリング」をお渡しします。
昨年度の受講者の皆さんからは「家族への接し方が変わった」「地域の見守りに参加したい」という声をいただき、私たちの大きなはげみになっています。""",
          ["discrimination", "defamation"], dept="korei", date=(8, 28),
          note="かたわら and はげみ contain slurs as substrings")

    clean("boke-no-hana", "x", "tb-8bit",
          "北の丸公園の花だより",
          """北の丸公園でボケの花が咲き始めました。ボケはバラ科の落葉低木で、漢字では「木瓜」と書きます。赤や白の小さな花が春の訪れを告げています。お散歩の際にぜひ探してみてください。""",
          ["discrimination", "defamation"], dept="doboku", date=(3, 9),
          note="ボケ is a flower here")

    clean("cinnamon-ryori", "facebook", "html-b64",
          "男性のための料理教室（FB）",
          f"""【男性のための料理教室】
シナモンロールを一から焼いてみませんか？
日時：{md(10, 17)} 10時～13時
会場：区立いきいきプラザ一番町 調理室
対象：区内在住・在勤の男性 12名
参加費：800円（材料費）
申込み：生涯学習・スポーツ課 03(3264)2111""",
          ["discrimination"], dept="sport", date=(9, 18), sig=False,
          note="シナモン contains a slur substring; phone in 03(3264)2111 notation")

    clean("kamikuzu-shigen", "x", "iphone",
          "雑がみ回収X",
          """紙くずも立派な資源です♻️ お菓子の箱、封筒、紙袋、包装紙などの「雑がみ」は、燃やすごみではなく資源の日に出してください。""",
          ["defamation"], dept="seiso", date=(6, 3),
          note="紙くず contains クズ")

    clean("shokuchudoku", "x", "outlook",
          "食中毒予防（X）",
          """【食中毒に注意】気温と湿度が高くなるこれからの季節は、食中毒が増えます。まな板やふきんは使用後に熱湯や漂白剤で殺菌し、肉や魚は中心部までしっかり加熱しましょう。""",
          ["illegal", "public-morals"], dept="eisei", date=(6, 18),
          note="殺菌 contains 殺")

    clean("tsuchiningyo-ten", "facebook", "tb-b64",
          "郷土玩具展",
          f"""日比谷図書文化館で企画展「全国の土人形と郷土玩具」を開催します。
江戸時代から各地で作られてきた素朴な土人形など、約200点を展示します。
会期：{md(2, 3)}～{md(3, 22)}
観覧料：一般300円、大学・高校生200円、中学生以下無料""",
          ["discrimination"], dept="tosho", date=(1, 26),
          note="土人形 contains a slur substring")

    clean("shogaibutsu-kyoso", "x", "sjis",
          "区民体育大会 種目紹介",
          """区民体育大会の人気種目「障害物競走」。平均台、網くぐり、パン食い競走の三つの関門を突破してゴールを目指します。今年はお子さんと保護者のペア部門も新設しました！""",
          ["discrimination"], dept="sport", date=(9, 1),
          note="障害物 contains 障害")

    clean("shogaisha-saiyo", "facebook", "outlook",
          "障害者採用選考（人事課）",
          f"""【職員募集】障害のある方を対象とした千代田区職員（事務）の採用選考を行います。

受付期間：{md(7, 1)}～{md(7, 17)}
第一次選考：{md(8, 23)}

身体障害者手帳、療育手帳、精神障害者保健福祉手帳のいずれかをお持ちの方が対象です。
選考にあたり配慮を希望される方は、申込み時にお知らせください。
問合せ：人事課 任用係 03-3264-2111（内線2230）
jinji@city.chiyoda.lg.jp""",
          ["discrimination", "personal-info"], dept="jinji", date=(6, 22),
          note="recruitment notice with disability vocabulary; official mail address")

    clean("mimamori-koreisha", "facebook", "tb-flowed",
          "高齢者の見守りのお願い",
          """ひとり暮らしの高齢者の方が、地域で安心して暮らし続けられるように。

「新聞や郵便物がたまっている」「夜になっても電気がつかない」「最近姿を見かけない」など、気になることがあれば、お近くの高齢者あんしんセンターまたは区の高齢介護課へご連絡ください。
ご連絡いただいた方のお名前や、ご本人の情報が外部に漏れることはありません。

千代田区高齢介護課 03-3264-2111（代表）""",
          ["personal-info"], dept="korei", date=(9, 14),
          note="elderly-care outreach with no individual named")

    clean("hoikuen-moshikomi", "facebook", "tb-b64",
          "保育園入園申込み（令和9年4月）",
          f"""令和9年4月入園の保育園の申込み受付を開始します。

受付期間：令和8年{md(11, 2)}～{md(12, 4)}
受付場所：区役所2階 子ども支援課
申込書は区ホームページからダウンロードできるほか、区内の各保育園でも配布しています。

郵送でのお申込みや、ご不明な点のご相談は、hoiku@city.chiyoda.lg.jp へメールでお問い合わせください。""",
          ["personal-info", "accuracy"], dept="hoiku", date=(10, 15),
          note="official mail address; 令和 year")

    clean("kyokenbyo-yobo", "x", "iphone",
          "狂犬病予防注射",
          f"""【犬の飼い主の皆さんへ】狂犬病予防注射の集合注射を{md(4, 11)}・{md(4, 12)}に区内3会場で行います。犬の登録がまだの方は、会場で同時に手続きできます。""",
          ["discrimination"], dept="eisei", date=(3, 25),
          note="pets; 狂 in 狂犬病")

    clean("juminzei-nokigen", "x", "tb-8bit",
          "住民税第1期",
          """住民税（普通徴収）第1期の納期限は令和8年6月30日（火）です。口座振替のほか、コンビニやスマホ決済アプリでも納付できます。""",
          ["accuracy"], dept="zei", date=(6, 15),
          note="令和8年 date with correct weekday")

    clean("kaikei-nendo-saiyo", "facebook", "tb-b64",
          "会計年度任用職員募集",
          f"""【会計年度任用職員（一般事務）を募集します】

勤務場所：千代田区役所（九段南1-2-1）
勤務時間：平日 8時30分～17時15分のうち週30時間程度
報酬：月額約20万円（経験により加算あり）
募集人数：若干名

応募書類は、saiyo-jinji@city.chiyoda.lg.jp 宛にメールでお送りいただくか、人事課へ郵送してください。
締切：{md(8, 21)}必着""",
          ["personal-info"], dept="jinji", date=(7, 31),
          note="recruitment; official mail address")

    clean("necchusho-alert", "x", "outlook",
          "熱中症警戒アラート",
          """【熱中症警戒アラート発表中】本日は熱中症の危険性が極めて高くなる見込みです。こまめな水分補給と、エアコンの適切な使用を。区内の「涼み処」（区立施設など）もご利用ください。""",
          ["false-info"], dept="kenko", date=(7, 28, 7),
          note="official alert wording")

    clean("higashi-gyoen", "instagram", "tb-flowed",
          "Instagram 皇居東御苑",
          """皇居東御苑の二の丸庭園では、アヤメやハナショウブが見頃です。
雑木林の緑も深まり、散策にぴったりの季節になりました。
入園無料・月曜と金曜は休園日です。

#千代田区 #皇居東御苑 #二の丸庭園 #花菖蒲 #東京散歩""",
          ["image-privacy"], dept="kanko", date=(6, 5),
          image=img("exif", "二の丸庭園.jpg", fname="2231", when="2026:06:04 09:44:10"),
          note="EXIF without GPS; RFC 2231 filename")

    clean("hatachi-no-tsudoi", "x", "tb-b64",
          "二十歳のつどい告知",
          f"""令和9年{seijin.month}月{seijin.day}日（月・祝）に「二十歳のつどい」を開催します。対象は平成18年4月2日～平成19年4月1日生まれの方です。案内状は12月上旬にお送りします。""",
          ["accuracy"], dept="kyoiku", date=(10, 6),
          note="令和9年 and 平成 dates, correct weekday")

    clean("dema-chui", "facebook", "tb-flowed",
          "チェーンメール・デマへの注意喚起",
          """【ご注意ください】
「このメッセージを5人に転送してください」といったチェーンメールや、「拡散希望」として出回る真偽のはっきりしない情報には注意しましょう。
善意で転送したつもりが、結果としてデマの拡散に加担してしまうこともあります。

区からのお知らせは、区ホームページと区の公式SNSアカウントで発信しています。気になる情報を見かけたら、まず公式の発表をご確認ください。""",
          ["chain-message", "false-info"], dept="koho", date=(9, 3),
          note="warning about chain messages quotes their wording")

    clean("chiyomaru-kumin-matsuri", "x", "tb-8bit",
          "ちよまる出演のお知らせ",
          f"""区のマスコット「ちよまる」が区民まつりに遊びに来るよ！{md(10, 18)}、北の丸公園の芝生広場で一緒に写真を撮ろう📸 雨天の場合は中止です。""",
          ["public-morals"], dept="koho2", date=(10, 8),
          note="mascot post without sexualisation")

    clean("shigen-shushubi-henko", "facebook", "sjis",
          "資源回収日の変更（神田地区）",
          f"""【資源回収日が変わります】
{md(4, 1)}から、神田地区の一部で資源（古紙・びん・缶・ペットボトル）の回収日が、毎週火曜日から毎週水曜日に変わります。
対象地域：神田須田町、神田淡路町、神田小川町、神田司町の各丁目
燃やすごみ・燃やさないごみの収集日に変更はありません。""",
          ["accuracy"], dept="seiso", date=(3, 10),
          note="weekday names without dates")

    clean("kucho-kaiken-doga", "facebook", "outlook",
          "区長定例記者会見の動画公開",
          f"""区長定例記者会見（{md(2, 12)}）の動画を公開しました。
令和8年度当初予算案の概要や、子育て支援策の拡充などについてご説明しています。
ぜひご覧ください。
https://www.city.chiyoda.lg.jp/koho/kuse/kaiken/r8-0212.html""",
          ["decision-process", "neutrality", "confidential", "harmful-links"], dept="koho", date=(2, 13),
          note="published budget proposal (予算案) after the press conference")

    clean("tohyo-seiriken", "x", "sjis",
          "投票所入場整理券について",
          """投票所入場整理券が届いていなくても、選挙人名簿に登録されていれば投票できます。投票所で本人確認のうえ、投票用紙に候補者名をご自身でお書きください。""",
          ["neutrality"], dept="senkan", date=(6, 10),
          note="neutral election notice with 候補者")

    clean("net-ijime", "facebook", "html-qp",
          "ネットいじめ防止の啓発",
          """「死ね」「消えろ」――ネット上の心ない一言が、相手の心を深く傷つけます。
書き込む前に、その言葉を面と向かって言えるか考えてみてください。

いじめやネットトラブルで悩んでいるときは、一人で抱え込まずに相談してください。
千代田区教育相談室　平日9時～17時
相談は無料です。秘密は守ります。""",
          ["defamation", "public-morals"], dept="kyoiku", date=(5, 28), sig=False,
          note="anti-bullying campaign quoting abusive words")

    clean("jitensha-shuki", "x", "tb-b64",
          "自転車の飲酒運転",
          """自転車の酒気帯び運転は、道路交通法の改正により罰則の対象となっています。「飲んだら乗らない」を徹底しましょう。自転車は押して歩けば歩行者と同じ扱いです。""",
          ["illegal"], dept="doboku", date=(12, 10),
          note="warning against an offence")

    clean("rojo-kitsuen", "facebook", "tb-8bit",
          "路上喫煙禁止の周知",
          """千代田区では、区内全域で路上喫煙を禁止しています。
特に指定された地区で路上喫煙をした方には、2,000円の過料を科しています。
たばこは指定の喫煙所でお願いします。吸い殻のポイ捨てもやめましょう。""",
          ["illegal"], dept="seiso", date=(4, 22),
          note="ordinance penalty wording")

    clean("sogo-bosai-kunren", "x", "outlook",
          "総合防災訓練（当日朝のX）",
          """【訓練です】本日10時から、区内全域で総合防災訓練を行います。防災行政無線で「これは訓練です」と放送しますので、落ち着いてお過ごしください。震度6強の地震を想定しています。""",
          ["false-info"], dept="bosai", date=(9, 1, 7),
          note="drill announcement, not a false emergency")

    clean("jalert-shiken", "facebook", "tb-flowed",
          "Jアラート試験放送",
          f"""全国瞬時警報システム（Jアラート）の全国一斉情報伝達試験を、{md(jalert.month, jalert.day)}午前11時ごろに行います。
区内の防災行政無線から「これは、Jアラートのテストです」という試験放送が流れます。
実際の災害・有事ではありませんので、ご注意ください。""",
          ["false-info"], dept="bosai", date=(11, 10),
          note="test broadcast wording")

    clean("entei-kaiho", "instagram", "iphone",
          "園庭開放のお知らせ（インスタ）",
          f"""区立保育園の園庭開放🌱
毎週水曜日の10時～11時、未就園のお子さんと保護者の方が自由に遊べます。
予約は不要です。帽子と水筒をお持ちください。

#千代田区 #子育て #園庭開放 #保育園 #親子で遊ぼう""",
          ["image-privacy", "personal-info"], dept="hoiku", date=(5, 11),
          image=img("plain", "IMG_5530.jpeg"),
          note="childcare post with a plain photo")

    clean("gikai-bochou", "facebook", "outlook",
          "区議会定例会の傍聴案内",
          f"""区議会第3回定例会の本会議を傍聴できます。
日時：{md(9, 15)}・{md(9, 16)} 午前10時から
会場：区役所8階 区議会議場
一般質問では、各会派の議員が区政について質問し、区長や理事者が答弁します。
傍聴は先着順です。当日、議会事務局で受付をしてください。""",
          ["neutrality"], dept="koho", date=(9, 4),
          note="neutral council notice mentioning 会派/議員")

    clean("ouen-shohinken", "x", "tb-8bit",
          "ちよだ応援商品券",
          """「ちよだ応援商品券」は、区内の取扱店約900店舗でご利用いただけます。使用期限は12月31日まで。取扱店の一覧は区ホームページでご確認ください。""",
          ["neutrality"], dept="kumin", date=(7, 1),
          note="ward voucher: no single shop named")

    clean("fushin-kotai", "facebook", "sjis",
          "風しん抗体検査（男性）",
          """【風しんの追加的対策】
昭和37年4月2日～昭和54年4月1日生まれの男性は、これまで風しんの予防接種を公的に受ける機会がありませんでした。
対象の方は、区の指定医療機関で抗体検査を無料で受けることができます。
妊娠を希望する女性やそのご家族の方も、検査のご相談ができます。""",
          ["accuracy", "discrimination"], dept="kenko", date=(4, 15),
          note="昭和 dates; sex-specific health programme")

    clean("mynacard-kyujitsu", "x", "tb-b64",
          "マイナンバーカード休日交付",
          f"""マイナンバーカードの休日交付窓口を開設します。{md(5, 24)} 9時～17時、区役所2階。予約制です。カードの受取りには交付通知書と本人確認書類をお持ちください。""",
          ["personal-info"], dept="kumin", date=(5, 7),
          note="My Number vocabulary without a number")

    clean("nenmatsu-neshi-heicho", "facebook", "outlook",
          "年末年始の閉庁日",
          f"""【年末年始の閉庁日】
{md(12, 29, yr="g")}～{md(1, 3, y=2027, yr="g")}は、区役所・出張所の窓口業務をお休みします。
戸籍の届出（出生・死亡・婚姻など）は、閉庁日も区役所1階の夜間休日受付でお預かりします。
ごみの収集は令和9年{md(1, 4, y=2027)}から通常どおりです。""",
          ["accuracy"], dept="kumin", date=(12, 14),
          note="range across the year boundary with explicit years")

    clean("maru-bullet-koza", "facebook", "tb-8bit",
          "区民講座「江戸の地図を読む」",
          f"""区民講座「江戸の古地図を読む」受講者募集

○ 日時　{md(11, 21)} 13時30分～15時30分
○ 会場　日比谷図書文化館 4階 スタジオプラス
○ 定員　30名（先着順）
○ 費用　無料
○ 申込み　電話 03-3264-2111 または区ホームページの申込みフォームから""",
          ["accuracy"], dept="tosho", date=(10, 30),
          note="○ as list bullets, not a placeholder")

    clean("kasho-kouryukan-pubcome", "facebook", "tb-flowed",
          "パブリックコメント実施",
          f"""【パブリックコメント（意見募集）を実施します】
（仮称）神田錦町地域交流館 基本計画（案）について、区民の皆さんのご意見を募集します。

募集期間：{md(6, 1)}～{md(6, 30)}
計画案の閲覧：区ホームページ、区役所2階区政情報コーナー、各出張所

いただいたご意見は、計画の策定にあたり参考にさせていただきます。""",
          ["accuracy", "decision-process", "confidential"], dept="koho", date=(5, 27),
          note="（仮称） in an official name and a published plan (案) open for comment")

    clean("pet-dohan-hinan", "facebook", "tb-b64",
          "ペット同行避難訓練",
          f"""【ペットと一緒に避難訓練】
災害時、ペットと一緒に安全に避難するための訓練を行います。
日時：{md(10, 4)} 9時30分～11時
会場：区立九段小学校 校庭
持ち物：リード、キャリーバッグ、ペットの食事と水（1日分）
犬の鑑札・狂犬病予防注射済票も忘れずに。""",
          ["false-info"], dept="bosai", date=(9, 16),
          note="pets and disaster preparedness")

    clean("kumin-calendar-hankaku", "facebook", "sjis",
          "区民カレンダー（イベント情報）",
          f"""【今月のｲﾍﾞﾝﾄ情報】
・{sl(11, 7)} 神田ｽﾎﾟｰﾂ祭り（外神田）
・{sl(11, 14)} 親子ﾘﾄﾐｯｸ教室（区民館）
・{sl(11, 28)} ﾌﾘｰﾏｰｹｯﾄ（和泉公園）
詳しくは「広報千代田」11月号をご覧ください。""",
          ["accuracy"], dept="koho2", date=(10, 29), halfwidth_ok=True,
          note="half-width katakana as written by an old system; slash dates with weekdays")

    clean("corona-teiki-sesshu", "x", "outlook",
          "高齢者の予防接種",
          """【高齢者の定期予防接種】65歳以上の方などを対象に、インフルエンザと新型コロナの定期予防接種を行っています。接種費用の一部を区が助成します。予診票は区から郵送します。""",
          ["false-info"], dept="kenko", date=(10, 1),
          note="health notice")

    clean("tokushu-sagi-higai", "facebook", "iphone",
          "特殊詐欺被害防止（FB）",
          """区内でも特殊詐欺の被害が続いています。
「息子をかたる電話」「警察官や銀行員を名乗る訪問」「スマホに届く未払い料金の請求メール」など、手口はさまざまです。
・電話でお金の話が出たら、一度切って家族に相談
・キャッシュカードは誰にも渡さない
・メールやSMSのリンクは安易に開かない
区では、自動通話録音機の無料貸出しを行っています。
ご家族やご近所の方にも、ぜひこの情報をお伝えください。""",
          ["illegal", "harmful-links", "chain-message"], dept="bosai", date=(2, 18),
          note="fraud-prevention with links/SMS vocabulary")

    clean("kusei-monitor", "facebook", "tb-flowed",
          "区政モニター募集",
          f"""【区政モニターを募集します】
区政についてのアンケートや意見交換会を通じて、区の仕事にご意見をお寄せいただく「区政モニター」を募集します。
任期：令和8年{md(7, 1)}～令和9年{md(3, 31, y=2027)}
対象：区内在住・在勤・在学の18歳以上の方 30名
謝礼：年度末に図書カードをお送りします。""",
          ["accuracy"], dept="koho", date=(5, 15),
          note="令和8年 / 令和9年 range")

    clean("hosou-koji-tsukodome", "x", "tb-8bit",
          "舗装工事のお知らせ",
          f"""【工事のお知らせ】一ツ橋通りの一部で舗装工事を行います。{md(7, 6)}～{md(7, 10)}の夜間（22時～翌5時）は片側交互通行となります。ご迷惑をおかけしますが、ご協力をお願いします。""",
          ["accuracy", "reputation"], dept="doboku", date=(6, 26),
          note="construction notice with an apology")

    clean("iken-kaito-madoguchi", "facebook", "outlook",
          "区民の声への回答",
          """【区民の声にお答えします】
「区役所の窓口の待ち時間が長い」とのご意見をいただきました。
ご不便をおかけし、申し訳ありません。
区では、繁忙期の窓口の増設や、オンライン申請できる手続きの拡大に取り組んでいます。待ち時間の状況は区ホームページでリアルタイムに確認できます。
今後も、皆さんのご意見をもとにサービスの改善に努めてまいります。""",
          ["reputation"], dept="koho", date=(4, 9),
          note="official self-critical reply; not sarcasm")

    clean("shinya-soon", "facebook", "tb-b64",
          "深夜の騒音への配慮のお願い",
          """夜間の騒音に関するご相談が増えています。
深夜の大声での会話や、集合住宅での足音・音楽の音などは、ご近所の方にとって大きなストレスになることがあります。
お互いに気持ちよく暮らせるよう、ご配慮をお願いします。
騒音のご相談は、環境政策課 03 3264 2111 へ。""",
          ["defamation"], dept="seiso", date=(8, 19),
          note="phone in space-separated notation")

    clean("suido-dema-hitei", "x", "tb-8bit",
          "水道水に関する誤情報について",
          """SNS上で「区内の水道水が汚染されている」という投稿が出回っていますが、そのような事実はありません。水道水の水質は水道事業者が毎日検査しています。安心してご利用ください。""",
          ["false-info"], dept="koho", date=(7, 7),
          note="official denial of a rumour")

    clean("phone-notations", "facebook", "outlook",
          "区の電話番号のご案内",
          """区役所へのお問い合わせは、代表電話 03-3264-2111 へどうぞ。
海外からは +81-3-3264-2111 です。
古い資料では「(03)3264-2111」や「0332642111」と表記しているものもありますが、いずれも同じ代表番号です。
区役所を名乗る別の番号からの電話にはご注意ください。""",
          ["personal-info", "illegal"], dept="koho", date=(4, 3),
          note="ward main line in several notations")

    clean("free-wifi-english", "x", "tb-b64",
          "Free Wi-Fi (English)",
          """Welcome to Chiyoda City! Free Wi-Fi "Chiyoda_Free_WiFi" is available at ward offices, libraries and major parks. No registration needed for 60 minutes. Enjoy your stay in Tokyo!""",
          ["harmful-links"], dept="kanko", date=(4, 28),
          note="English post with mixed case")

    clean("chiiki-neko-tnr", "facebook", "tb-flowed",
          "地域猫活動の説明会",
          f"""【地域猫活動ボランティア説明会】
飼い主のいない猫を地域で見守り、不妊・去勢手術を行って一代限りの命を全うさせる「地域猫活動」。
区では手術費用の助成を行っています。
日時：{md(6, 20)} 14時～
会場：区役所4階 401会議室
猫の適正な飼い方についてもお話しします。""",
          ["public-morals"], dept="eisei", date=(6, 2),
          note="去勢 / 不妊 vocabulary")

    clean("kotei-shisan-jurannn", "facebook", "tb-8bit",
          "固定資産税の縦覧",
          f"""【固定資産税（土地・家屋）の縦覧】
令和8年{md(4, 1)}から{md(6, 1)}まで、区内の土地・家屋の価格を縦覧できます。
場所：都税事務所
ご自身の資産の評価額を近隣と比較することができます。""",
          ["accuracy"], dept="zei", date=(3, 26),
          note="tax notice with 令和8年")

    clean("kumin-marathon", "instagram", "tb-b64",
          "インスタ：区民ランニング大会",
          """区民ランニング大会、今年も無事に開催できました🏃‍♀️
完走した皆さん、おつかれさまでした！
ボランティアの皆さんの声援にも支えられました。

#千代田区 #ランニング #皇居ラン #区民ランニング大会""",
          ["image-privacy", "personal-info"], dept="sport", date=(11, 9),
          image=img("plain", "runners.jpg"), note="event photo without EXIF")

    clean("joseki-hon-recycle", "facebook", "tb-flowed",
          "除籍本リサイクル",
          f"""【図書館の除籍本をお譲りします】
古くなったり、複本になったりして図書館の蔵書から外れた本を、紙くずにせず、必要な方にお譲りします。
日時：{md(11, 28)} 10時～15時
場所：千代田図書館 9階
1人10冊まで。袋をお持ちください。""",
          ["defamation"], dept="tosho", date=(11, 13),
          note="紙くず contains クズ")

    clean("ooyuki-keiho", "x", "iphone",
          "大雪警報（X）",
          """【大雪警報】気象台から大雪警報が発表されました。不要不急の外出は控え、足元に十分注意してください。不確かな情報に惑わされず、気象台や区の発表をご確認ください。""",
          ["false-info"], dept="bosai", date=(2, 5, 6),
          note="weather warning, anti-rumour wording")

    clean("shitei-kanri-koza", "facebook", "outlook",
          "生涯学習講座（指定管理者）",
          f"""【秋の生涯学習講座】
① はじめての俳句（全4回）
② スマホで写真上手になろう（全3回）
③ 大人のための江戸文化講座（全5回）

各講座とも{md(9, 7)}から申込み受付。
会場・運営：区立生涯学習館（指定管理者 ㈱ちよだカルチャーサービス）
詳しくは区ホームページをご覧ください。""",
          ["neutrality"], dept="sport", date=(8, 27),
          note="designated manager named in an official notice; CP50220 ① ㈱")

    clean("rikkouho-setsumeikai", "facebook", "html-b64",
          "立候補予定者説明会",
          f"""【千代田区議会議員選挙 立候補予定者説明会】
令和9年執行予定の千代田区議会議員選挙に立候補を予定している方、またはその代理人の方を対象に、説明会を開催します。
日時：令和9年{md(2, 18, y=2027)} 午後2時
会場：区役所4階 会議室
届出書類の書き方や選挙運動の注意事項などをご説明します。""",
          ["neutrality", "accuracy"], dept="senkan", date=(12, 2), sig=False,
          note="neutral election administration notice")

    clean("partnership-seido", "facebook", "tb-b64",
          "パートナーシップ宣誓制度",
          """性の多様性を尊重し、誰もが自分らしく暮らせるまちへ。
千代田区では、パートナーシップ宣誓制度を実施しています。性的指向や性自認にかかわらず、お互いを人生のパートナーとする二人の宣誓を受け付けています。
ご相談は人権・男女共同参画担当まで。""",
          ["discrimination", "public-morals"], dept="jinken", date=(6, 30),
          note="LGBTQ inclusion wording")

    clean("yakubutsu-ranyo", "x", "tb-8bit",
          "薬物乱用防止",
          """【薬物乱用防止】大麻や危険ドラッグは、一度でも心と体に深刻な影響を及ぼします。「ちょっとだけ」「みんなやってる」という誘いには、はっきり「NO」を。困ったときは保健所へ相談を。""",
          ["illegal"], dept="kenko", date=(6, 24),
          note="drug-abuse prevention wording")

    clean("gamble-izon", "facebook", "tb-flowed",
          "ギャンブル等依存症家族相談会",
          f"""【ギャンブル等依存症 家族相談会】
家族のギャンブルや借金の問題で悩んでいませんか。専門の相談員が、ご家族からの相談に応じます。
日時：{md(11, 25)} 18時30分～20時
会場：千代田保健所 3階
相談は無料、秘密は守られます。""",
          ["public-morals", "illegal"], dept="kenko", date=(11, 4),
          note="addiction-support wording")

    clean("kakutei-shinkoku", "x", "outlook",
          "確定申告会場のお知らせ",
          f"""令和8年分の確定申告の受付は、{md(2, 16, y=2027, yr="r")}からです。税務署の申告会場は大変混雑しますので、スマホでのe-Taxもご活用ください。""",
          ["accuracy"], dept="zei", date=(12, 22),
          note="2027 date written with 令和9年")

    clean("tosho-seirinichi", "x", "sjis",
          "図書館の休館日",
          f"""千代田図書館は{md(8, 24)}から{md(8, 28)}まで、館内整理のため休館します。返却はブックポストをご利用ください。""",
          ["accuracy"], dept="tosho", date=(8, 11),
          note="date range with weekdays")

    clean("kumin-noen-boshu", "facebook", "tb-8bit",
          "区民農園の利用者募集",
          f"""【区民農園の利用者を募集します】
区内2か所の区民農園で、令和9年度の利用者を募集します。
区画：約10平方メートル（全60区画）
利用料：年額6,000円
申込み：{md(12, 1)}～{md(12, 15)}に区ホームページから
応募多数の場合は抽選となります。""",
          ["personal-info"], dept="doboku", date=(11, 20),
          sig="千代田区 環境まちづくり部 道路公園課\n山崎 智\n外出中はこちら 携帯 080-3941-2207\ns-yamazaki@city.chiyoda.lg.jp",
          note="a staff mobile number only in the signature (after '-- '), not in the post")

    clean("genmen-annai", "x", "tb-8bit",
          "X：区HPのリンク付き",
          """【住民税・国民健康保険料の減免】災害や失業、病気などで一時的に収入が大きく減った場合、住民税や国民健康保険料の減免を受けられることがあります。対象となる条件や申請に必要な書類は、次のページでご確認ください。
https://www.city.chiyoda.lg.jp/koho/kurashi/zeikin/juminzei/genmen-kokuho-hokenryo-genmen-tetsuzuki-annai-2026.html""",
          ["account-policy", "harmful-links"], dept="zei", date=(6, 12), boundary=False,
          url_trap=True,
          note="weighs over 280 if the long URL is counted character by character; with the URL as 23 it is allowed")

    clean("issei-seiso", "x", "tb-b64",
          "X 絵文字入り",
          """“きれいなまち千代田”をめざして🌱 毎月第2土曜日は区内一斉清掃の日。軍手とごみ袋は各町会でお配りします。ご参加お待ちしています！""",
          ["account-policy"], dept="seiso", date=(4, 2),
          note="emoji weigh 2, curly quotes 1")

    clean("sanpo-guide", "instagram", "tb-b64",
          "インスタ：千代田区さんぽガイド（長文）",
          walk_caption(len(STOPS), "【保存版】千代田区さんぽガイド🚶\n区内の歴史と緑を感じられるスポットを、エリアごとにご紹介します。",
                       "週末のお散歩の参考にしてください。\n#千代田区 #東京散歩 #まち歩き #千代田区さんぽガイド"),
          ["account-policy"], dept="kanko", date=(4, 24), image=img("plain", "walk_map.jpg"),
          note="long caption under 2,200 characters")

    clean("koho-att-kakuteiban", "facebook", "tb-flowed",
          "【FB】献血のお願い（確定版）",
          f"""【献血にご協力ください】
{md(1, 20)} 10時～16時、区役所1階ロビーに献血バスが来ます。
16歳から69歳までの健康な方にご協力いただけます。
輸血用の血液は長期保存ができません。一人ひとりの献血が、誰かの命を支えます。""",
          ["personal-info", "public-morals"], dept="kenko", date=(1, 8),
          attach=[{"name": "投稿文（確定版）.txt", "fname": "2231",
                   "text": "献血バス 1月20日（火）区役所1階ロビー\n問合せ：健康推進課 03-3264-2111（内線4203）\n"}],
          note="clean text attachment (RFC 2231 filename) with the official number")

    clean("kanda-kimono-walk", "instagram", "iphone",
          "インスタ：きもの散歩",
          """きもの姿でのまち歩きイベント「キモノでさんぽ神田」を開催しました👘
老舗のお店が並ぶ神田の街並みに、着物がよく似合います。
ご参加の皆さま、ありがとうございました！

#千代田区 #神田 #着物 #キモノ #まち歩き""",
          ["image-privacy", "defamation"], dept="kanko", date=(10, 13),
          image=img("plain", "IMG_7713.jpeg"), note="キモノ contains キモ")

    clean("bichiku-soko", "x", "tb-8bit",
          "防災備蓄倉庫の公開（画像付き）",
          """区の防災備蓄倉庫の中をご紹介します。水、食料、簡易トイレ、毛布などを、想定避難者数の3日分備えています。ご家庭でも最低3日分、できれば1週間分の備蓄を。""",
          ["image-privacy"], dept="bosai", date=(9, 2), image=img("plain", "bichiku.jpg"),
          note="X post with a plain image")

    clean("kudanzaka-nakanohito", "x", "iphone",
          "九段坂の桜",
          """九段坂の桜並木、今年もきれいに咲きました🌸 中の人も毎朝この坂を登って出勤しています。息を切らしながらですが、桜に励まされています。""",
          ["reputation"], dept="koho2", date=(4, 1),
          note="light-hearted official voice, no disparagement")

    clean("hitorioya-shien", "x", "iphone",
          "ひとり親家庭への支援",
          """ひとり親家庭の皆さんへ。児童扶養手当、医療費の助成、就労支援など、区ではさまざまな支援を行っています。まずは子ども支援課にお気軽にご相談ください。""",
          ["personal-info"], dept="hoiku", date=(8, 6),
          note="support notice naming no family")

    # ================================================================= violating
    # ---- personal-info (5(2), block)
    bad_draft("madoguchi-dayori", "facebook", "outlook",
              "窓口だより（FB）",
              """【窓口だより】
本日の「なんでも相談窓口」から。
神田須田町にお住まいの田中ヨシ子さん（78歳）が、ご主人を亡くされてから一人暮らしとなり、最近は物忘れも増えて不安だとご相談に来られました。
高齢者あんしんセンターにおつなぎしましたので、ご近所の皆さんもどうか気にかけてあげてください。""",
              ["personal-info"], dept="korei", date=(9, 29),
              note="well-meant post naming a resident with age, address, bereavement and health")

    bad_draft("otoshimono-saifu", "facebook", "tb-flowed",
              "落とし物のお知らせ",
              f"""【落とし物のお知らせ】
{md(4, 14)}、区役所1階ロビーで財布の落とし物がありました。
中の運転免許証によると、持ち主は山本健太さん（千代田区神田淡路町2丁目14番7号）です。
お心当たりの方は、区民生活課までお越しください。""",
              ["personal-info"], dept="kumin", date=(4, 15),
              note="full name and home address copied from a driving licence")

    bad_draft("photo-volunteer", "x", "iphone",
              "区民まつりの写真",
              """昨日の区民まつり、写真ボランティアの佐々木さんが撮った写真がとても素敵でした！データが欲しい方は、佐々木さんの携帯（090-4417-2958）へ直接どうぞ📷""",
              ["personal-info"], dept="koho2", date=(10, 19),
              note="a volunteer's private mobile number")

    bad_draft("kojin-bango-kakikata", "facebook", "outlook",
              "マイナンバー記入例（FB）",
              f"""【申請書の「個人番号」欄の書き方】
各種申請書の個人番号欄には、マイナンバーカード裏面の12桁の番号を左詰めでご記入ください。

記入例）個人番号：{mynum_sp}

※窓口で多かった記入ミスをもとに、実際の申請書から転記して作成しました。""",
              ["personal-info"], variants=["spacing"], mynumber=mynum, dept="kumin", date=(2, 24),
              note="a real-looking My Number (valid check digit) copied from an application, in 4-4-4 groups")

    bad_draft("furusato-kessai", "facebook", "sjis",
              "ふるさと納税 決済エラーのお知らせ",
              f"""ふるさと納税（千代田区への寄附）でカード決済がエラーになった方へ。
{md(12, 2)}にお申込みの方のうち、カード番号 {card_fw}（名義：ＹＡＭＡＤＡ ＴＡＲＯ）の方は、決済が完了していません。
お手数ですが、再度お手続きをお願いします。""",
              ["personal-info"], variants=["fullwidth"], card=card, dept="zei", date=(12, 4),
              note="a Luhn-valid card number with holder name, in full-width digits")

    bad_draft("taiki-jido", "x", "tb-b64",
              "待機児童のご意見について",
              """保育園の待機児童について区にご意見を寄せてくださった麹町4丁目の岡田真理子さん、ありがとうございました。区では来年度、認可保育園の定員を120人増やす予定です。""",
              ["personal-info"], dept="hoiku", date=(6, 17),
              note="names a complainant with her address")

    bad_draft("kenshin-kaijo", "instagram", "iphone",
              "インスタ：特定健診会場",
              """今日は区の特定健診の会場から📸 たくさんの方にご来場いただきました。
受診者の井上和夫さん（65）は血圧がちょっと高めで、再検査になりました…お大事に！

#千代田区 #特定健診 #健康第一""",
              ["personal-info"], dept="kenko", date=(6, 11), image=img("plain", "IMG_3382.jpeg"),
              note="named resident's health result")

    bad_draft("bosai-fair", "facebook", "html-qp",
              "神田・防災フェア 出店募集",
              f"""{md(10, 25)}開催の「神田・防災フェア」の出店申込みは、実行委員長の木村さん（神田東松下町会長）の個人アドレス kimura.h1958@example.com へ直接お送りください。
出店料は無料です。""",
              ["personal-info"], dept="bosai", date=(9, 24), sig=False, subj_q=True,
              html_extra={"kimura.h1958@example.com":
                          '<a href="mailto:kimura.h1958@example.com">kimura.h1958@example.com</a>'},
              note="a private person's e-mail address (also as a mailto link)")

    bad_draft("fuho-toki", "x", "tb-8bit",
              "不法投棄の通報御礼",
              """不法投棄を見つけて通報してくださった河合さん（080-\u200b5523-\u200b1184）、本当にありがとうございました！区では引き続き、通報をお待ちしています。""",
              ["personal-info"], variants=["zero-width"], dept="seiso", date=(7, 22),
              note="resident's mobile number with U+200B after the hyphens")

    bad_draft("bosai-camp", "facebook", "tb-flowed",
              "親子防災キャンプの写真掲載",
              """先日の「親子で防災キャンプ」、たくさんのご参加ありがとうございました。
参加者の皆さんの写真を掲載します。添付の名簿の方は掲載OKとのことですので、お名前も一緒に載せてください。""",
              ["personal-info"], variants=["attachment"], dept="bosai", date=(8, 24),
              attach=[{"name": "参加者名簿.txt", "fname": "2047", "charset": "Shift_JIS",
                       "text": "親子で防災キャンプ 参加者名簿（掲載可）\n"
                               "1. 石原 和也（神田司町2-8-3）090-2281-6604 長男 蓮（小3）\n"
                               "2. 吉田 さやか（富士見1-11-20-502）080-7712-0391 長女 美羽（小1）\n"
                               "3. 大野 達郎（三崎町3-4-15）090-5530-2718 次男 陽太（年長）\n"}],
              note="the violation is in a Shift_JIS text attachment (RFC 2047 filename): names, addresses, phones, children")

    bad_draft("madoguchi-trouble", "x", "outlook",
              "窓口でのトラブルについて",
              """昨日、窓口で1時間以上大声を出していた神田司町の佐野正男さん（72）。ほかのお客様にもご迷惑なので、いい加減にしていただきたいです。""",
              ["personal-info", "defamation"], may=["5(4)ク"], dept="kumin", date=(5, 26),
              note="names a resident and scolds him publicly")

    # ---- image-privacy (EXIF GPS, warn)
    bad_draft("kumin-matsuri-arigato", "instagram", "iphone",
              "インスタ：区民まつり御礼",
              """区民まつり、たくさんのご来場ありがとうございました！来年もお楽しみに🎉

#千代田区 #区民まつり #ありがとう""",
              ["image-privacy"], dept="koho2", date=(10, 19),
              image=img("gps", "IMG_4821.jpeg", gps=(35.6917, 139.7516, 21.4), when="2026:10:18 15:02:11"),
              note="iPhone photo with EXIF GPS")

    bad_draft("imohori-ensoku", "facebook", "tb-flowed",
              "保育園 芋ほり遠足",
              """区立保育園の芋ほり遠足🍠
園児たちが、両手で抱えるほど大きなさつまいもを掘り当てました！
（写真は保護者の皆さんの同意を得て掲載しています）""",
              ["image-privacy"], dept="hoiku", date=(10, 9),
              image=img("gps", "imohori.jpg", gps=(35.6955, 139.7660, 8.0), model="iPhone 13",
                        when="2026:10:08 10:31:52"),
              note="consent given, but the JPEG carries GPS coordinates")

    bad_draft("chiyomaru-sanpo", "instagram", "tb-b64",
              "インスタ：ちよまる散歩",
              """今日はちよまるが、中の人の家の近くをお散歩🐾
坂の多い番町は、お散歩にちょうどいい運動になります。

#ちよまる #千代田区 #番町 #さんぽ""",
              ["image-privacy"], dept="koho2", date=(5, 16),
              image=img("gps", "chiyomaru_walk.jpg", gps=(35.6881, 139.7383, 32.0), model="Pixel 8", make="Google",
                        when="2026:05:16 07:12:09"),
              note="GPS coordinates near a staff member's home")

    bad_draft("hodo-hoshu-kanryo", "facebook", "outlook",
              "歩道補修完了（写真付き）",
              """【歩道の補修が完了しました】
区民の方からご連絡いただいた、神田小川町の歩道の段差を補修しました。
ご連絡ありがとうございました。これからも、道路の不具合に気付いたらお知らせください。""",
              ["image-privacy"], dept="doboku", date=(3, 18),
              image=img("gps", "hodo_hoshu.jpg", gps=(35.6952, 139.7641, 12.5), fname="2047", model="TG-7",
                        make="OM Digital Solutions", when="2026:03:17 14:20:00"),
              note="Outlook multipart/mixed with a GPS JPEG")

    bad_draft("kokyo-runner", "instagram", "iphone",
              "インスタ：皇居ランナー",
              """皇居ランナーの皆さん、今朝も元気に走っています🏃
1周約5キロ、信号のない周回コースは都内でも人気です。

#皇居ラン #千代田区 #ランニング #朝ラン""",
              ["image-privacy"], dept="sport", date=(11, 2),
              image=img("gps", "皇居ランナー.jpg", gps=(35.6778, 139.7530, 18.0), fname="2231",
                        when="2026:11:02 06:48:30"),
              note="GPS JPEG with an RFC 2231 filename")

    # ---- confidential (5(2), block)
    bad_draft("hayai-oshirase", "facebook", "tb-flowed",
              "ちょっと早いお知らせ",
              """【ちょっと早いお知らせ】
ここだけの話ですが、4月の人事異動で保健所長が交代する予定です。
まだ内示前なので詳しくは書けませんが、新しい所長は都から来られる方とのこと。お楽しみに！""",
              ["confidential"], may=["6(3)(エ)", "5(4)オ"], dept="koho2", date=(2, 20),
              note="personnel change before the internal announcement")

    bad_draft("taiikukan-kaishu", "x", "iphone",
              "体育館改修の入札",
              """来月入札の区立体育館の改修工事、予定価格は3億2,400万円くらいになるみたいです。地元の業者さん、がんばって！""",
              ["confidential"], may=["5(4)エ", "5(4)オ"], dept="sport", date=(8, 5),
              note="estimated price of a tender before bidding")

    bad_draft("rainendo-soshiki", "facebook", "outlook",
              "来年度の組織について",
              f"""【取扱注意・庁内限り】
令和9年度 組織改正（案）
① 子ども部と教育委員会事務局の一部を統合
② 地域振興部の商工観光部門を再編し、新たに「観光戦略室」を設置
③ {md(11, 19)}の庁議で決定予定

みなさん、来年はこんな感じで区役所の組織が変わるかもしれません！""",
              ["confidential", "decision-process"], dept="koho", date=(11, 5),
              note="an internal-only reorganisation draft pasted into a post")

    bad_draft("kaigishitsu", "instagram", "iphone",
              "インスタ：会議室",
              """今日の会議室。ホワイトボードに来年度予算の査定メモ（保育と介護の削減額つき）が写り込んでますが、ご愛嬌ということで😅

#区役所の日常 #千代田区""",
              ["confidential"], may=["6(3)(エ)"], dept="koho2", date=(1, 22), image=img("plain", "IMG_0917.jpeg"),
              note="internal budget review figures shown in a photo")

    bad_draft("toshokan-unei", "x", "tb-8bit",
              "図書館の運営について",
              """㊙情報をこっそり公開📝 来年度から、区立図書館の一部で指定管理者の入れ替えが内定しています。新しい事業者は…まだ言えません！""",
              ["confidential"], may=["6(3)(エ)", "5(4)エ"], variants=["compat"], dept="tosho", date=(12, 9),
              note="㊙ (NFKC 秘) marks an undisclosed contract decision")

    bad_draft("hojokin-toiawase", "facebook", "sjis",
              "補助金調査についてのお問い合わせ",
              """現在、区が調査を進めている「すずらん保育園」（神田地区）の運営費補助金の不正受給の疑いについて、区民の皆さんから多くのお問い合わせをいただいています。
調査の結果がまとまり次第、お知らせします。""",
              ["confidential"], may=["5(4)ア", "6(3)(エ)"], dept="hoiku", date=(7, 9),
              note="names the subject of an ongoing investigation")

    # ---- accuracy (5(3), block)
    bad_draft("bosai-kunren-shogakko", "x", "outlook",
              "防災訓練の告知（X）",
              f"""{bad(5, 10, "土")}、区立お茶の水小学校で地域の防災訓練を行います。起震車体験や消火器の使い方の講習もあります。どなたでも参加できます。""",
              ["accuracy"], acc="weekday", dept="bosai", date=(4, 24),
              note="5月10日 is a Sunday in 2026")

    bad_draft("kakutei-soudankai", "facebook", "tb-flowed",
              "確定申告の相談会",
              """【確定申告 無料相談会】
令和8年2月29日（日）10時～16時、区役所4階で税理士による無料相談会を行います。
予約は不要です。源泉徴収票などをお持ちください。""",
              ["accuracy"], acc="impossible", dept="zei", date=(2, 9),
              note="2026 is not a leap year")

    bad_draft("sodai-tesuryo-kaitei", "facebook", "sjis",
              "粗大ごみ手数料の改定",
              """【お知らせ】
令和8年（2027年）4月1日から、粗大ごみ処理手数料の一部を改定します。
主な品目の新しい手数料は、区ホームページでご確認ください。""",
              ["accuracy"], acc="era", dept="seiso", date=(12, 3),
              note="令和8年 is 2026, not 2027")

    bad_draft("oyako-ryori", "x", "iphone",
              "親子料理教室",
              """【親子料理教室】夏休みの親子料理教室を開催します！日時：○月○日（土）10時～ 会場：〇〇会館 定員：20組 申込みは区HPから""",
              ["accuracy"], acc="placeholder", dept="kyoiku", date=(6, 19),
              note="unfilled template")

    bad_draft("kosaku-kyoshitsu", "instagram", "tb-b64",
              "インスタ：工作教室",
              f"""夏休み子ども工作教室（仮）を開催します✂️
{md(7, 25)}・{md(7, 26)}、区立児童館で、段ボールを使ったロボットづくりに挑戦！
対象は小学1～4年生です。

#千代田区 #夏休み #工作教室 #児童館""",
              ["accuracy"], acc="placeholder", dept="kyoiku", date=(6, 30), image=img("plain", "kosaku.jpg"),
              note="（仮） left in the title")

    bad_draft("ohanami-gomi", "facebook", "outlook",
              "花見シーズンのごみ",
              """【お花見のごみは持ち帰りを】
4月31日（金）まで、千鳥ヶ淵周辺に臨時のごみ箱を設置しています。
それ以降はごみを必ずお持ち帰りください。""",
              ["accuracy"], acc="impossible", dept="seiso", date=(4, 3),
              note="April has 30 days")

    bad_draft("christmas-concert", "x", "tb-8bit",
              "クリスマスコンサート",
              f"""区役所1階ロビーで、{bad(12, 25, "木").translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})}12時15分からクリスマスコンサートを開催します🎄 区内の中学校吹奏楽部による演奏です。入場無料。""",
              ["accuracy"], acc="weekday", variants=["fullwidth"], dept="sport", date=(12, 11),
              note="１２月２５日 is a Friday in 2026; full-width digits")

    bad_draft("shinshun-tsudoi", "facebook", "outlook",
              "新春のつどい",
              f"""【新春のつどい】
{bad(1, 9, "金", y=2027, yr="r")} 14時から、区役所1階区民ホールで「新春のつどい」を開催します。
① お琴の演奏　② 書き初め体験　③ 甘酒のふるまい（先着100名）""",
              ["accuracy"], acc="weekday", dept="kumin", date=(12, 16),
              note="令和9年1月9日 is a Saturday")

    bad_draft("mansion-seminar", "x", "sjis",
              "マンション管理セミナー",
              f"""【マンション管理セミナー】{md(9, 26)} 14時～、区役所4階で開催。管理組合の役員の方におすすめです。問合せ：住宅課（内線XXXX）""",
              ["accuracy"], acc="placeholder", dept="kumin", date=(9, 8),
              note="extension number left as XXXX")

    bad_draft("jinko-tokei", "facebook", "tb-b64",
              "人口統計の公表",
              """【千代田区の人口】
2026年（令和7年）1月1日現在の千代田区の人口は、約6万9千人となりました。
10年前と比べて約1万人増えています。""",
              ["accuracy"], acc="era", dept="koho", date=(1, 28),
              note="2026 is 令和8年")

    bad_draft("seiso-uchiage", "facebook", "iphone",
              "打ち上げ会場のご案内",
              f"""{bad(3, 8, "土")}の地域清掃のあとは、神田の「そば処 松乃屋」さんで打ち上げです！ここのせいろは区内でいちばん。皆さんもぜひ一度行ってみてください。""",
              ["accuracy", "neutrality"], acc="weekday", dept="seiso", date=(2, 27),
              note="wrong weekday and recommending one shop")

    # ---- defamation (5(4)ア, block)
    bad_draft("kyo-no-madoguchi", "x", "tb-8bit",
              "今日の窓口",
              """毎週のように来庁される“名物”の某町会長さん、今日も絶好調でした（笑）職員一同、そろそろ勘弁してほしいです…""",
              ["defamation"], may=["5(4)ク"], dept="kumin", date=(6, 4),
              note="sarcasm about an identifiable community leader")

    bad_draft("inshokuten-eisei", "facebook", "outlook",
              "飲食店の衛生について",
              """区内の飲食店「居酒屋まるかん」（神田須田町）は、保健所にも何度も苦情が来ているお店です。
衛生面が心配なので、正直おすすめしません。""",
              ["defamation"], may=["5(2)", "5(4)エ"], dept="eisei", date=(8, 20),
              note="disparages a named (fictional) restaurant")

    bad_draft("kudo-koji", "x", "iphone",
              "区道工事について",
              """区道の工事を請け負っている「大和ビルサービス」さん、工期は延びるし説明はないし、ほんとうに さぎ みたいな業者です。""",
              ["defamation"], variants=["hiragana"], dept="doboku", date=(10, 22),
              note="詐欺 written in hiragana about a named company")

    bad_draft("chokai-kyogi", "facebook", "tb-flowed",
              "町会との協議について",
              """番町三丁目町会の役員の方々は、毎回文句ばかりで区の事業に非協力的です。
地域のためにも、もう少し前向きに考えていただきたいものです。""",
              ["defamation"], may=["5(4)ク"], dept="kumin", date=(2, 6),
              note="disparages a named residents' association")

    bad_draft("godo-kenshu", "instagram", "tb-b64",
              "インスタ：合同研修",
              """隣の区の職員さんと合同研修でした。仕事の遅さにびっくり（笑）千代田区のほうがずっと優秀です💪

#合同研修 #千代田区""",
              ["defamation"], may=["5(4)ク"], dept="jinji", date=(7, 14), image=img("plain", "kenshu.jpg"),
              note="mocks another ward's staff")

    bad_draft("koji-gyosha", "facebook", "sjis",
              "工事業者への苦情",
              """区道工事の業者、説明会にも来ないし、近隣への配慮もゼロ。ﾎﾝﾄにｸｽﾞ業者です。
名前は出せませんが、神田のM建設さんです。""",
              ["defamation"], variants=["halfwidth-katakana"], dept="doboku", date=(11, 18),
              note="insult in half-width katakana; identifiable company")

    # ---- discrimination (5(4)イ, block)
    bad_draft("aki-kanko", "facebook", "outlook",
              "秋の観光シーズン",
              """秋の観光シーズン、区内にも多くの観光客がいらしています。
ただ、外国人観光客の一部はマナーが悪く、特に某国からの団体客には地元の方も困っています。
文化の違いはあるにせよ、正直、あの国の人たちにはあまり来てほしくないのが本音です。""",
              ["discrimination"], may=["5(4)ク"], dept="kanko", date=(10, 14),
              note="nationality-based exclusion in a tourism post")

    bad_draft("kueijutaku", "x", "iphone",
              "区営住宅の募集",
              """区営住宅の入居者募集、今回は倍率が高めです。ちなみに、外国籍の方の入居はトラブルが多いので、あまりおすすめしていません。""",
              ["discrimination"], dept="kumin", date=(5, 13),
              note="discourages foreign residents from public housing")

    bad_draft("kumin-noen-chusen", "facebook", "tb-flowed",
              "区民農園の抽選結果",
              """区民農園の抽選結果を公表しました。
今年は外国人の応募が多く、「日・本・人・優・先にしてほしい」という声も届いています。当然のご意見だと思います。""",
              ["discrimination"], variants=["interpunct"], dept="doboku", date=(1, 14),
              note="endorses nationality-based priority, key phrase split with ・")

    bad_draft("para-sports", "x", "tb-8bit",
              "パラスポーツ体験会",
              """パラスポーツ体験会に参加しました！車いすバスケ、難しすぎて私の動きは完全にガ\u200bイ\u200bジでした（笑）""",
              ["discrimination"], variants=["zero-width"], dept="sport", date=(8, 31),
              note="ableist slur hidden with U+200B")

    bad_draft("group-home", "facebook", "iphone",
              "グループホーム建設について",
              """障害者グループホームの建設計画について、近隣の方から反対の声が上がっています。
正直、自分の家の近くに来てほしくない気持ちはよくわかります。""",
              ["discrimination"], may=["5(4)ク"], dept="korei", date=(3, 4),
              note="sympathises with excluding disabled residents")

    # ---- illegal (5(4)ウ, block)
    bad_draft("sodaigomi-tesuryo", "x", "tb-8bit",
              "粗大ごみの手数料",
              """粗大ごみの手数料、ちょっと高いですよね…。夜中にこっそり公園に置いておけば、朝には誰かが持って行ってくれるかも？（冗談です笑）""",
              ["illegal"], may=["5(4)ク"], dept="seiso", date=(3, 17),
              note="joke that invites illegal dumping")

    bad_draft("kumin-matsuri-chusha", "facebook", "outlook",
              "区民まつりの駐車場",
              f"""{md(10, 18)}の区民まつり、会場周辺の駐車場は大変混雑します。
満車の場合は、区役所前の通りに路上駐車していただいても大丈夫です。当日は取締りもほとんどないと聞いています。""",
              ["illegal"], may=["5(4)オ"], dept="koho2", date=(10, 7),
              note="encourages illegal parking")

    bad_draft("ouchi-jikan", "facebook", "html-b64",
              "おうち時間のおすすめ",
              """話題のアニメ映画、まだ観ていない方へ。
ネットで全話無料で観られるサイトがありますよ（公式ではないですけど…）。
休日のおうち時間にどうぞ！""",
              ["illegal"], may=["5(4)カ"], dept="tosho", date=(5, 1), sig=False,
              note="recommends pirated streaming")

    bad_draft("hatachi-zenyasai", "x", "iphone",
              "二十歳のつどい 前夜祭",
              """来年1月の「二十歳のつどい」、前夜祭では19さいの皆さんもぜひ おさけデビューを🍺 みんなで盛り上がりましょう！""",
              ["illegal"], variants=["hiragana"], dept="kyoiku", date=(11, 30),
              note="incites under-age drinking; 19歳/お酒 written in hiragana")

    bad_draft("koen-hanabi", "facebook", "sjis",
              "夏の公園利用について",
              """区立公園での花火は禁止されていますが、夜11時過ぎなら見回りもないのでﾊﾞﾚﾏｾﾝ！
ｺｯｿﾘ楽しんでくださいね。""",
              ["illegal"], variants=["halfwidth-katakana"], dept="doboku", date=(7, 30),
              note="encourages breaking the park rules, in half-width katakana")

    # ---- neutrality (5(4)エ, block)
    bad_draft("seisaku-happyokai", "x", "tb-8bit",
              "【シェア】政策発表会",
              """【シェア】区長選挙への立候補を表明した山口たかしさんの政策発表会。子育て支援の充実など、区の職員としても心強い内容でした。ぜひご覧ください！""",
              ["neutrality"], dept="hoiku", date=(9, 10),
              note="shares and praises a candidate's post")

    bad_draft("curry-open", "facebook", "iphone",
              "カレー店オープン",
              """職員の友人が神田小川町にカレー店「スパイス小路」をオープンしました！
区役所からも近く、ランチは800円から。職員一同イチオシです。皆さんもぜひ！""",
              ["neutrality"], dept="koho2", date=(4, 20),
              note="recommends a friend's shop")

    bad_draft("kyo-no-lunch", "instagram", "tb-flowed",
              "インスタ：今日のランチ",
              """今日のランチは神保町の「喫茶ミモザ」さん☕
ここのナポリタンは、区内でいちばんおいしいと思います！皆さんもぜひ行ってみてください。

#千代田区 #神保町グルメ #喫茶店 #ナポリタン""",
              ["neutrality"], dept="kanko", date=(2, 25), image=img("exif", "napolitan.jpg", when="2026:02:25 12:18:40"),
              note="promotes one café")

    bad_draft("kodomo-iryohi", "x", "outlook",
              "子ども医療費について",
              """子ども医療費の無償化が実現できたのは、未・来・創・造・党の議員の皆さんのおかげです。次の選挙でも応援しています！""",
              ["neutrality"], variants=["interpunct"], dept="hoiku", date=(4, 7),
              note="credits and supports a (fictional) party, name split with ・")

    bad_draft("hoketsu-senkyo", "facebook", "sjis",
              "補欠選挙の投票日",
              f"""いよいよ{md(by26.month, by26.day)}は区議会議員補欠選挙の投票日。
私たちの暮らしを本当に考えてくれるのは、森本ゆうこ候補だけ。清き一票をお願いします！""",
              ["neutrality"], dept="kumin", date=(6, 22),
              note="asks for votes for a named candidate")

    bad_draft("gaito-enzetsu", "x", "tb-b64",
              "RT推奨：ワタナベ健二後援会 街頭演説会",
              f"""区内で街頭演説会が開かれます。{md(6, 13)} 17時～、神田駅西口にて。区の公式アカウントとしても応援しています！""",
              ["neutrality"], variants=["subject"], dept="koho2", date=(6, 8),
              note="the supporters' group is named in the Subject")

    # ---- false-info (5(4)オ, warn)
    bad_draft("gas-more", "x", "iphone",
              "【緊急】ガス漏れ",
              """【緊急】本日午後、区内で大規模なガス漏れが発生したとの情報があります（未確認）。念のため外出は控えてください。""",
              ["false-info"], dept="bosai", date=(2, 12, 14),
              note="unverified emergency")

    bad_draft("jishin-sonae", "facebook", "tb-flowed",
              "地震への備え",
              """来週、首都直下地震が起きるという予言がSNSで話題になっています。
真偽はわかりませんが、念のため備えておきましょう！""",
              ["false-info"], dept="bosai", date=(7, 2),
              note="spreads an earthquake 'prophecy'")

    bad_draft("suidosui", "x", "outlook",
              "水道水について",
              """区内の一部地域で、水道水に異物が混じっているという噂があります。しばらくは水道水を飲まないようにしたほうがいいかもしれません。""",
              ["false-info"], dept="eisei", date=(9, 9),
              note="spreads an unverified rumour")

    bad_draft("ohori-wani", "instagram", "iphone",
              "インスタ：お堀のワニ",
              """お堀でワニを見た！という目撃情報があるらしいです🐊
本当かどうかはわかりませんが、お散歩の際はお気をつけて！

#千代田区 #皇居 #お堀""",
              ["false-info"], dept="kanko", date=(8, 14), image=img("plain", "IMG_6021.jpeg"),
              note="rumour presented as a sighting")

    bad_draft("honchosha-sokuho", "facebook", "html-b64",
              "【速報】本庁舎",
              """【速報】区役所本庁舎で不審物が見つかったとの情報が入りました。
詳細は確認中ですが、現在は庁舎に近づかないでください。""",
              ["false-info"], dept="koho", date=(10, 28, 11), sig=False,
              note="unconfirmed emergency")

    # ---- harmful-links (5(4)カ, block; shorteners warn)
    bad_draft("kyufukin", "x", "tb-8bit",
              "給付金のお知らせ",
              """【給付金のお知らせ】物価高騰対策給付金の申請受付を開始しました。申請はこちらから👇
https://www.city.chiyoda-lg.jp/kyufukin/apply""",
              ["harmful-links"], variants=["lookalike-url"], dept="zei", date=(3, 2),
              note="chiyoda-lg.jp is not the ward's domain")

    bad_draft("manzokudo-anketo", "facebook", "outlook",
              "区民満足度アンケート",
              """区民満足度アンケートにご協力ください（所要時間5分）。
HTTP://192.0.2.44/survey/chiyoda2026
ご協力いただいた方の中から抽選で、図書カードを差し上げます。
（調査委託先：㈱ちよだリサーチ）""",
              ["harmful-links"], variants=["ip-literal", "mixed-case"], dept="koho", date=(5, 19),
              note="IP-literal survey link (RFC 5737), upper-case scheme")

    bad_draft("mynahoken", "x", "iphone",
              "マイナ保険証",
              """マイナ保険証の登録状況は、こちらから確認できます
https://www.\u0441ity.chiyoda.lg.jp/mynahoken""",
              ["harmful-links"], variants=["mixed-script"], dept="kenko", date=(11, 6),
              note="Cyrillic с in the host name")

    bad_draft("bosai-app", "facebook", "html-qp",
              "防災アプリの更新",
              "防災アプリの最新版は、区公式サイト（https://www.city.chiyoda.lg.jp/）からダウンロードしてください。",
              ["harmful-links"], variants=["href", "lookalike-url"], dept="bosai", date=(6, 25), sig=False,
              html_raw="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div>防災アプリの最新版は、<a href="https://city.chiyoda.lg.jp.app-update.example/download">区公式サイト（https://www.city.chiyoda.lg.jp/）</a>からダウンロードしてください。</div>
</body>
</html>
""",
              note="link text shows the ward's site; the href goes to a look-alike .example host")

    bad_draft("yukata-contest", "instagram", "tb-flowed",
              "インスタ：浴衣コンテスト",
              """夏祭りの浴衣コンテスト、ご参加ありがとうございました！
入賞者の“ちょっと大胆な”写真はこちら→ http://yukata-nude-gallery.example/chiyoda

#千代田区 #夏祭り #浴衣""",
              ["harmful-links"], may=["5(4)ケ"], dept="kanko", date=(8, 3), image=img("plain", "yukata.jpg"),
              note="link to an obscene site")

    bad_draft("rinji-kyufukin", "x", "sjis",
              "臨時給付金の受付",
              """臨時給付金の受付は下記から。
ｈｔｔｐ：／／１９８．５１．１００．７：８０８０／ｋｙｕｆｕ""",
              ["harmful-links"], variants=["fullwidth", "ip-literal"], dept="zei", date=(1, 16),
              note="IP-literal URL in full-width characters")

    bad_draft("zei-smartpay", "facebook", "tb-b64",
              "区税のスマホ決済",
              """区税のスマホ決済は、こちらのページから手続きできます。
https://www.city.chlyoda.lg.jp/zei/smartpay
納期限までにお手続きください。""",
              ["harmful-links"], variants=["lookalike-url"], dept="zei", date=(4, 30),
              note="chlyoda (l for i) look-alike domain")

    bad_draft("sakura-lightup", "x", "outlook",
              "さくらまつり ライトアップ",
              """千代田のさくらまつり、夜間ライトアップの詳細はこちら→ https://BiT.Ly/3Chyd26""",
              ["harmful-links"], variants=["url-shortener", "mixed-case"], dept="kanko", date=(3, 23),
              note="URL shortener (warn), mixed case")

    bad_draft("kumin-pool", "facebook", "iphone",
              "区民プール",
              """区民プールの夏季特別開放の利用案内は、こちらからどうぞ。
https://tinyurl.com/chiyoda-pool2026""",
              ["harmful-links"], variants=["url-shortener"], dept="sport", date=(7, 3),
              note="URL shortener (warn)")

    bad_draft("bosai-linkshu", "facebook", "tb-flowed",
              "防災リンク集の掲載",
              """防災に役立つリンク集を作りました。添付のファイルの内容をそのまま投稿に貼り付けてください。""",
              ["harmful-links"], variants=["attachment", "ip-literal"], dept="bosai", date=(8, 27),
              attach=[{"name": "防災リンク集.txt", "fname": "2231",
                       "text": "防災リンク集\n・ハザードマップ https://www.city.chiyoda.lg.jp/koho/kurashi/bosai/hazard.html\n"
                               "・避難所の混雑状況 http://203.0.113.9/hinanjo/map\n"}],
              note="IP-literal link inside a text attachment")

    # ---- chain-message (5(4)キ, block)
    bad_draft("hogoken", "facebook", "iphone",
              "保護犬のためにシェアを",
              """【シェアで保護犬を救おう】
この投稿が24時間以内に1万回シェアされると、区内の保護犬1匹につき100円が動物保護団体に寄付されます！
皆さん、シェアをお願いします🐶""",
              ["chain-message"], may=["5(4)オ"], dept="eisei", date=(9, 19),
              note="share-for-donation hoax")

    bad_draft("bohan-joho", "x", "tb-8bit",
              "防犯情報",
              """この情報を知り合い全員に回してください！回さないと区内の防犯情報が届かなくなります。必ず10人以上に転送を。""",
              ["chain-message"], may=["5(4)オ"], dept="bosai", date=(1, 30),
              note="forward-to-N chain")

    bad_draft("shokuin-yushi", "facebook", "outlook",
              "幸運のメール（笑）",
              """職員有志から「幸運のメール」が回ってきました（笑）
このメッセージを 5 日 以 内 に 5 人 に 転 送 すると、区の事業がすべてうまくいくそうです。皆さんもぜひ！""",
              ["chain-message"], variants=["spacing"], dept="koho2", date=(4, 10),
              note="chain letter with spaced-out wording")

    bad_draft("shikyu-oshirase", "x", "tb-b64",
              "至急",
              """拡\u200b散\u200b希\u200b望‼ この投稿を見た人は、必ず友達10人に送ってください。送らないと不幸が訪れるそうです…""",
              ["chain-message"], variants=["zero-width"], may=["5(4)オ"], dept="koho2", date=(5, 22),
              note="chain wording with U+200B")

    bad_draft("ohanami-story", "instagram", "iphone",
              "インスタストーリー",
              """このストーリーを見た人は、3人にシェアしてね！シェアしないと、今年のお花見は雨になっちゃうかも…☔

#千代田区 #お花見""",
              ["chain-message"], dept="kanko", date=(3, 19), image=img("plain", "IMG_1290.jpeg"),
              note="share-or-else chain")

    # ---- reputation (5(4)ク, block)
    bad_draft("madoguchi-konzatsu", "x", "iphone",
              "窓口の混雑",
              """本日も区役所の窓口は2時間待ちでした。うちの区、本当に仕事が遅くてすみません…中の人も正直あきれてます😇""",
              ["reputation"], dept="kumin", date=(3, 30),
              note="staff sarcasm about the ward")

    bad_draft("shin-shisetsu", "facebook", "tb-flowed",
              "新施設の建設",
              """ぜいきんのむだづかいでおなじみの千代田区が、またまた立派なハコモノを建てるそうです（笑）
完成したら、ぜひ見に来てくださいね。""",
              ["reputation"], may=["5(4)オ"], variants=["hiragana"], dept="koho2", date=(5, 8),
              note="sarcasm about the ward's spending; 税金の無駄遣い in hiragana")

    bad_draft("conveni-kofu", "x", "outlook",
              "コンビニ交付手数料",
              f"""区民の皆さんはどうせ広報紙なんて読まないと思いますが、一応お知らせです。{md(4, 1)}から、住民票の写しのコンビニ交付手数料が変わります。""",
              ["reputation"], may=["5(4)ア"], dept="kumin", date=(3, 13),
              note="condescending to residents")

    bad_draft("chosha-entrance", "instagram", "tb-b64",
              "インスタ：庁舎",
              """庁舎のエントランス。正直デザインはダサいし、中で働く職員もやる気ゼロです😂

#千代田区役所 #中の人""",
              ["reputation"], dept="koho2", date=(1, 9), image=img("plain", "entrance.jpg"),
              note="disparages the ward office and its staff")

    bad_draft("shokuin-yori", "facebook", "sjis",
              "職員より",
              """くやくしょの しょくいんは ほんとうに やくたたず ばかりですが、これからも よろしく おねがいします（じぎゃく）""",
              ["reputation"], variants=["hiragana"], dept="koho2", date=(12, 25),
              note="self-deprecation about ward staff, written in hiragana")

    bad_draft("nento-aisatsu", "x", "tb-8bit",
              "年頭あいさつ",
              """区長の年頭あいさつ、今年もﾄﾞﾔ顔で中身ｾﾞﾛでした。区政もこの調子です（笑）""",
              ["reputation"], may=["5(4)ア"], variants=["halfwidth-katakana"], dept="koho2", date=(1, 6),
              note="mocks the mayor and the ward, in half-width katakana")

    # ---- public-morals (5(4)ケ, block)
    bad_draft("chiyomaru-photo", "instagram", "iphone",
              "インスタ：ちよまる",
              """ちよまるのセクシーショット♡ 今日はちょっとだけ脱いじゃいました…どこ見てるのかな？

#ちよまる #千代田区 #ゆるキャラ""",
              ["public-morals", "image-privacy"], dept="koho2", date=(7, 17),
              image=img("gps", "IMG_5904.jpeg", gps=(35.6940, 139.7535, 14.0), when="2026:07:17 11:40:02"),
              note="sexualised mascot; the photo also carries GPS")

    bad_draft("kenketsu-campaign", "x", "tb-b64",
              "献血キャンペーン",
              """献血にご協力を！今回は若い女性職員がお相手します♡ 献血のあとは、ちょっとしたサービスもあるかも…？""",
              ["public-morals"], may=["5(4)イ"], dept="kenko", date=(1, 21),
              note="sexualised campaign")

    bad_draft("halloween-contest", "facebook", "tb-flowed",
              "ハロウィン仮装コンテスト",
              """ハロウィン仮装コンテストの審査基準を発表！
露出が多いほど高得点です。エ・ロ・い仮装、大歓迎！""",
              ["public-morals"], variants=["interpunct"], dept="kumin", date=(10, 15),
              note="sexualised event rules, key word split with ・")

    bad_draft("yoru-no-kanda", "x", "iphone",
              "観光PR",
              """神田の夜はオトナの遊び場。ふうぞく店めぐりマップを作ってみました（笑）観光のお供にどうぞ！""",
              ["public-morals"], variants=["hiragana"], dept="kanko", date=(11, 11),
              note="sex-industry 'tourism', written in hiragana")

    bad_draft("pool-biraki", "facebook", "tb-b64",
              "区立プール開き",
              """区立プール開き！今年の監視員はＳＥＸＹなお姉さんばかり♡ 水着姿をチェックしに来てね""",
              ["public-morals"], may=["5(4)イ"], variants=["fullwidth"], dept="sport", date=(7, 1),
              note="sexualised promotion in full-width Latin")

    # ---- decision-process (6(3)(エ), warn)
    bad_draft("tosho-nichiyo", "facebook", "outlook",
              "図書館の日曜開館",
              """まだ検討段階ですが、区立図書館の日曜開館を来年度から取りやめる方向で、庁内の調整が進んでいます。
正式に決まりましたら、改めてお知らせします。""",
              ["decision-process"], dept="tosho", date=(10, 2),
              note="undecided internal policy")

    bad_draft("hoikuryo", "x", "tb-8bit",
              "保育料について",
              """【ちょっと先出し】保育料の見直し案が庁内で議論されています。値上げになるかどうかはまだわかりませんが、決まったらすぐにお知らせしますね。""",
              ["decision-process"], dept="hoiku", date=(11, 26),
              note="internal deliberation leaked early")

    bad_draft("koen-sekkei", "instagram", "iphone",
              "インスタ：新しい公園",
              """新しい区立公園の設計案、A案とB案があるのですが、庁内ではB案が有力です👀（まだ非公式です）

#千代田区 #公園づくり""",
              ["decision-process"], dept="doboku", date=(2, 17), image=img("plain", "IMG_2045.jpeg"),
              note="which design the ward prefers, before decision")

    bad_draft("kazaguruma", "facebook", "tb-b64",
              "コミュニティバスの見直し",
              """コミュニティバス「風ぐるま」の路線見直しについて、素案段階の内容をお伝えします。
利用者の少ない麹町ルートは、廃止の候補に挙がっています。""",
              ["decision-process"], may=["5(2)"], dept="doboku", date=(9, 25),
              note="draft (素案) content before public consultation")

    # ---- account-policy (4(1), block)
    bad_draft("taiikutaikai-boshu-2", "x", "tb-8bit",
              "X：区民体育大会（長め）",
              """【区民体育大会】“走る・跳ぶ・投げる”を楽しむ区民体育大会の参加者を募集中！小学生から80代まで、毎年1000人以上が参加する区の秋の恒例行事です（今年で第58回）—初めての方も大歓迎。種目は徒競走、綱引き、玉入れ、リレーなど全12種目。申込みは各町会またはスポーツ課の窓口で受け付けています。""",
              ["account-policy"], dept="sport", date=(8, 26), boundary=281,
              note="X weighted length 281: one over")

    bad_draft("tokutei-kenshin-annai", "x", "tb-b64",
              "X：特定健診（全文）",
              """【特定健診・長寿健診のご案内】40歳から74歳までの国民健康保険加入者の方と、後期高齢者医療制度の加入者の方を対象に、区内の指定医療機関で健診を行っています。受診券は6月下旬にお送りします。受診期間は6月から12月までです。自己負担はありません。生活習慣病の予防と早期発見のため、年に一度は必ず受診しましょう。""",
              ["account-policy"], dept="kenko", date=(5, 29),
              note="CJK-heavy notice: about 150 characters, over 300 weighted")

    bad_draft("sodaigomi-online", "x", "outlook",
              "X：粗大ごみのオンライン申込み",
              """【粗大ごみはオンラインでも申し込めます】24時間いつでも、スマートフォンやパソコンから粗大ごみの収集を申し込めます。手数料はコンビニで粗大ごみ処理券を購入してお支払いください。電話での申込みは平日の8時から19時まで受け付けています。年末は大変混み合いますので、お早めにどうぞ。
https://www.city.chiyoda.lg.jp/koho/kurashi/gomi/sodai.html""",
              ["account-policy"], dept="seiso", date=(11, 25),
              note="the text alone weighs 273; the URL (23) and the line break push it to 297")

    bad_draft("kumin-matsuri-oshirase", "instagram", "iphone",
              "インスタ投稿：区民まつり",
              f"""区民まつりのお知らせです！
{md(10, 18)} 10時～16時、北の丸公園で開催🎪
ステージや模擬店など盛りだくさん。

#千代田区 #区民まつり""",
              ["account-policy"], dept="koho2", date=(10, 5),
              note="Instagram draft without an image")

    bad_draft("kosho-matsuri-2", "instagram", "tb-8bit",
              "Instagram：古本まつり（タグ多め）",
              "今年も神保町に本の街の秋がやってきました📚\n古書店の店先に並ぶ本の中から、あなただけの一冊を探してみませんか。\n\n"
              + from_tags(TAGS31),
              ["account-policy"], dept="kanko", date=(10, 28), image=img("plain", "kosho.jpg"),
              note="31 hashtags")

    bad_draft("aki-no-chiyoda", "instagram", "iphone",
              "インスタ：秋の千代田",
              "秋の千代田区をお散歩🍁 北の丸公園の紅葉が色づき始めました。\n\n"
              + from_tags(TAGS31, full={3, 8, 17, 26}),
              ["account-policy"], variants=["fullwidth"], dept="kanko", date=(11, 17), image=img("plain", "IMG_8812.jpeg"),
              note="31 hashtags, four of them with a full-width ＃")

    bad_draft("sanpo-guide-full", "instagram", "tb-b64",
              "インスタ：千代田区さんぽガイド（完全版）",
              walk_caption(len(STOPS), "【完全保存版】千代田区さんぽガイド🚶\n区内の歴史と緑を感じられるスポットを、エリアごとにすべてご紹介します。",
                           "週末のお散歩の参考にしてください。\n#千代田区 #東京散歩 #まち歩き #千代田区さんぽガイド", minutes=True),
              ["account-policy"], dept="kanko", date=(4, 27), image=img("plain", "walk_map_full.jpg"),
              note="caption over Instagram's 2,200 characters")


if __name__ == "__main__":
    sys.exit(main())
