#!/usr/bin/env python3
"""make-hostile.py - writes the hostile drafts of tests/hostile.test.

Each case is a message a careless or malicious sender could mail to the
approval address, built to break a parser, exhaust memory or time, or slip
something past the checks: broken MIME boundaries, deep nesting, invalid
base64 and quoted-printable, NUL bytes, huge header lines, charset lies,
truncated ISO-2022-JP, thousands of parts, malformed EXIF, an RFC 2047 bomb,
backtracking bait for the shipped patterns, a message/rfc822 smuggling a
second message, and CRLF/header injection in the subject and display names.

    make-hostile.py [--small | --big | --all] [--list] OUTDIR

--small (the default) writes the cases under 64 KiB; they are committed in
tests/data/hostile/.  --big writes the large ones (1 MB header, 1,000-deep
nesting, 5,000 parts, the RFC 2047 bomb, the backtracking bait, ...), which
tests/hostile.test generates at test time so that git stays small.  Output
is deterministic (no randomness, fixed dates).  Standard library only.

A case whose name starts with "over-limit-" is over the configured message
size and must be refused with exit status 2; every other case must get a
verdict (0 or 1) or a one-line refusal (2), and never a crash or a timeout.
"""

import base64
import os
import struct
import sys
import zlib

SMALL_MAX = 64 * 1024

FROM = "koho-tanto1@city.chiyoda.lg.jp"
TO = "sns-approval+x@city.chiyoda.lg.jp"
DATE = "Tue, 19 May 2026 10:00:00 +0900"

CASES = {}


def case(name, big=False):
    def register(fn):
        CASES[name] = (fn, big)
        return fn
    return register


def crlf(text):
    """LF to CRLF for str or bytes."""
    if isinstance(text, str):
        text = text.encode("utf-8")
    return text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def headers(subject="hostile", ctype="text/plain; charset=UTF-8",
            extra="", cte="8bit", to=TO, from_=FROM):
    h = (f"From: {from_}\nTo: {to}\nSubject: {subject}\nDate: {DATE}\n"
         f"Message-ID: <hostile@city.chiyoda.lg.jp>\nMIME-Version: 1.0\n")
    if ctype is not None:
        h += f"Content-Type: {ctype}\n"
    if cte is not None:
        h += f"Content-Transfer-Encoding: {cte}\n"
    return crlf(h + extra)


def simple(body, **kw):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return headers(**kw) + b"\r\n" + body


def b64lines(data):
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + b"\r\n"


def ew(text, charset="UTF-8"):
    """An RFC 2047 B word."""
    raw = text.encode(charset) if isinstance(text, str) else text
    return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="


TEXT = "区民の皆様へ。5月20日（水）に説明会を開きます。\n"

# --- broken MIME boundaries ---------------------------------------------


@case("boundary-unclosed")
def _():
    return headers(ctype='multipart/mixed; boundary="b1"', cte=None) + crlf(
        "\n--b1\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
        "--b1\nContent-Type: text/plain\n\nno closing boundary, no end\n")


@case("boundary-mismatch")
def _():
    return headers(ctype='multipart/mixed; boundary="declared"', cte=None) + crlf(
        "\n--other\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
        "--other--\n")


@case("boundary-prefix-nested")
def _():
    # The inner boundary is a prefix of the outer one and vice versa.
    return headers(ctype='multipart/mixed; boundary="ab"', cte=None) + crlf(
        "\n--ab\nContent-Type: multipart/alternative; boundary=\"abc\"\n\n"
        "--abc\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
        "--ab\nContent-Type: text/html; charset=UTF-8\n\n<p>inner</p>\n"
        "--abc--\n--ab--\n")


@case("boundary-empty")
def _():
    return headers(ctype='multipart/mixed; boundary=""', cte=None) + crlf(
        "\n--\nContent-Type: text/plain\n\n" + TEXT + "----\n")


@case("boundary-missing")
def _():
    return headers(ctype="multipart/mixed", cte=None) + crlf(
        "\n--b1\nContent-Type: text/plain\n\n" + TEXT + "--b1--\n")


@case("boundary-long")
def _():
    b = "B" * 5000
    return headers(ctype=f'multipart/mixed; boundary="{b}"', cte=None) + crlf(
        f"\n--{b}\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
        f"--{b}--\n")


@case("boundary-in-base64")
def _():
    inner = base64.b64encode(TEXT.encode() * 4).decode()
    return headers(ctype='multipart/mixed; boundary="A"', cte=None) + crlf(
        "\n--A\nContent-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: base64\n\n" + inner[:40] + "\n--A\n" +
        inner[40:] + "\n--A--\n")


@case("boundary-whitespace-and-quotes")
def _():
    return headers(ctype='multipart/mixed; boundary = " b 1 " ; boundary="b2"',
                   cte=None) + crlf(
        "\n-- b 1 \nContent-Type: text/plain\n\n" + TEXT +
        "--b2\nContent-Type: text/plain\n\nsecond\n-- b 1 --\n--b2--\n")


@case("multipart-no-parts")
def _():
    return headers(ctype='multipart/mixed; boundary="b"', cte=None) + crlf(
        "\npreamble only\n--b--\nepilogue\n")


@case("headers-only")
def _():
    return headers()


@case("no-headers")
def _():
    return crlf("\n" + TEXT)


@case("empty")
def _():
    return b""


@case("garbage-binary")
def _():
    # Deterministic pseudo-random bytes (a linear congruential generator).
    x, out = 12345, bytearray()
    for _ in range(8192):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)


# --- nesting --------------------------------------------------------------


def nested_multipart(depth):
    out = [headers(ctype='multipart/mixed; boundary="n0"', cte=None), b"\r\n"]
    for i in range(1, depth):
        out.append(crlf(f"--n{i - 1}\nContent-Type: multipart/mixed; "
                        f"boundary=\"n{i}\"\n\n"))
    out.append(crlf(f"--n{depth - 1}\nContent-Type: text/plain; "
                    f"charset=UTF-8\n\n{TEXT}"))
    for i in range(depth - 1, -1, -1):
        out.append(crlf(f"--n{i}--\n"))
    return b"".join(out)


@case("nesting-40")
def _():
    return nested_multipart(40)


@case("nesting-1000", big=True)
def _():
    return nested_multipart(1000)


@case("nesting-200000", big=True)
def _():
    # 15 MB of nested boundaries: far past GMime's nesting limit, so every
    # later boundary line is compared with every open one.
    return nested_multipart(200000)


@case("nesting-rfc822-1000", big=True)
def _():
    # message/rfc822 inside message/rfc822, 1,000 deep.
    msg = crlf("From: a@example.jp\nSubject: inner\n\n" + TEXT)
    for i in range(1000):
        msg = crlf(f"From: a@example.jp\nSubject: level {i}\n"
                   "MIME-Version: 1.0\nContent-Type: message/rfc822\n\n") + msg
    return headers(ctype="message/rfc822", cte=None) + b"\r\n" + msg


@case("nesting-unclosed-10000", big=True)
def _():
    # 10,000 multipart openings and no closing boundary at all.
    out = [headers(ctype='multipart/mixed; boundary="x0"', cte=None), b"\r\n"]
    for i in range(1, 10000):
        out.append(crlf(f"--x{i - 1}\nContent-Type: multipart/mixed; "
                        f"boundary=\"x{i}\"\n\n"))
    return b"".join(out)


@case("html-nesting-100000", big=True)
def _():
    body = "<html><body>" + "<div>" * 100000 + "深い" + "</div>" * 100000
    return simple(body, ctype="text/html; charset=UTF-8")


# --- transfer encodings ---------------------------------------------------


@case("base64-invalid")
def _():
    good = base64.b64encode(TEXT.encode()).decode()
    bad = ("!!!" + good[:10] + "*&^%" + good[10:20] + "=" + good[20:] +
           "====AAAA\n@@@@\n" + "\x01\x02" + "QUJD" + "=" * 100 + "Q")
    return simple(bad, cte="base64")


@case("base64-truncated")
def _():
    return simple(base64.b64encode(TEXT.encode() * 10).decode()[:-3],
                  cte="base64")


@case("base64-attachment-garbage")
def _():
    return headers(ctype='multipart/mixed; boundary="b"', cte=None) + crlf(
        "\n--b\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
        "--b\nContent-Type: image/jpeg; name=\"a.jpg\"\n"
        "Content-Transfer-Encoding: base64\n\n" + "%%%%" * 500 +
        "\n--b--\n")


@case("qp-invalid")
def _():
    body = ("=E5=8C=BA=E6=B0=91=\n=ZZ=4=\r=\n=  \n==3D=3=\n"
            "=E5=8C\n=\t \nsoft=\n" + "=" * 200 + "\n=E3=81=")
    return simple(body, cte="quoted-printable")


@case("qp-long-line", big=True)
def _():
    # One 2 MB quoted-printable line with no soft breaks.
    return simple("=E3=81=82" * 230000, cte="quoted-printable")


@case("uuencode-and-unknown-cte")
def _():
    return simple("begin 644 x\nM86)C\n`\nend\n" + TEXT,
                  cte="x-uuencode; x-garbage")


# --- NUL bytes ------------------------------------------------------------


@case("nul-bytes")
def _():
    return (b"From: koho-tanto1@city.chiyoda.lg.jp\r\nTo: " + TO.encode() +
            b"\r\nSubject: nul\x00in\x00subject\r\nX-Nul: \x00\x00\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
            b"boundary=\"b\x00c\"\r\n\r\n--b\x00c\r\n"
            b"Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            b"\xe5\x8c\xba\x00\xe6\xb0\x91\x00\x00 " + "ばか".encode() +
            b"\x00" + "野郎".encode() + b"\r\n--b\x00c\r\n"
            b"Content-Type: text/plain; charset=ISO-2022-JP; "
            b"name=\"a\x00.txt\"\r\n\r\n\x1b$B\x00\x24\x22\x1b(B\r\n"
            b"--b\x00c--\r\n")


@case("nul-in-base64-text")
def _():
    return simple(base64.b64encode(b"\x00" * 100 + TEXT.encode() +
                                   b"\x00\xff\xfe\x00").decode(),
                  cte="base64")


# --- huge header lines ----------------------------------------------------


@case("header-1mb", big=True)
def _():
    return simple(TEXT, extra="X-Long: " + "a" * (1024 * 1024) + "\n")


@case("subject-1mb", big=True)
def _():
    return simple(TEXT, subject="件名" * (512 * 1024 // 3) + "x" * 10000)


@case("header-1mb-folded", big=True)
def _():
    # 1 MB of folded continuation lines in one field.
    return simple(TEXT, extra="X-Folded: a" + "\n b" * (512 * 1024) + "\n")


@case("to-50000-addresses", big=True)
def _():
    addrs = ", ".join(f"u{i}@example.jp" for i in range(50000))
    return simple(TEXT, to=addrs)


@case("headers-100000", big=True)
def _():
    extra = "".join(f"X-H{i}: v\n" for i in range(100000))
    return simple(TEXT, extra=extra)


@case("duplicate-headers-20000", big=True)
def _():
    extra = "".join(f"Subject: dup {i}\nX-Dup{i}: a\nX-Dup{i}: b\n"
                    for i in range(20000))
    return simple(TEXT, extra=extra)


# --- charsets -------------------------------------------------------------


@case("charset-lie-utf8-is-sjis")
def _():
    return simple(TEXT.encode("cp932"), ctype="text/plain; charset=UTF-8")


@case("charset-lie-jis-is-utf8")
def _():
    return simple(TEXT, ctype="text/plain; charset=ISO-2022-JP", cte="8bit")


@case("charset-lie-ascii-is-eucjp")
def _():
    return simple(TEXT.encode("euc_jp"), ctype="text/plain; charset=us-ascii")


@case("charset-hostile-labels")
def _():
    labels = [",swaplfnl", "../../../../etc/passwd", "x" * 5000, "",
              "UTF-16", "UTF-32", "UTF-7", "SCSU", "BOCU-1", "IMAP-mailbox-name",
              "ibm-37", "utf-16be,version=1", "default", "ISO_2022,locale=ko",
              "HZ", "gb18030", "\"utf-8\"", "utf-8\tx", "windows-31j(x)"]
    parts = []
    for i, label in enumerate(labels):
        parts.append(f"--b\nContent-Type: text/plain; charset=\"{label}\"\n\n"
                     + TEXT + "\xff\xfe\x00d8\n")
    return headers(ctype='multipart/mixed; boundary="b"', cte=None) + crlf(
        "\n" + "".join(parts) + "--b--\n")


@case("charset-utf16-odd")
def _():
    return simple(b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00",
                  ctype="text/plain; charset=UTF-16")


@case("charset-html-meta-lie")
def _():
    html = ('<html><head><meta charset="ISO-2022-JP">'
            '<meta http-equiv="Content-Type" content="text/html; '
            'charset=shift_jis"></head><body><p>' + TEXT + "</p></body></html>")
    return simple(html.encode("euc_jp"), ctype="text/html; charset=EUC-JP")


@case("charset-overlong-and-surrogates")
def _():
    return simple(b"\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xed\xbf\xbf\xf4\x90"
                  b"\x80\x80\xf8\x88\x80\x80\x80" + TEXT.encode() +
                  b"\xef\xbb\xbf\xe2\x80\xae\xe2\x80\x8b",
                  ctype="text/plain; charset=UTF-8")


@case("rfc2231-hostile-filename")
def _():
    segs = "".join(f"; filename*{i}*=%E3%81%{0x82 + (i % 10):02X}"
                   for i in range(200))
    return headers(ctype='multipart/mixed; boundary="b"', cte=None) + crlf(
        "\n--b\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
        "--b\nContent-Type: application/octet-stream\n"
        "Content-Disposition: attachment" + segs +
        "; filename*=x-unknown'ja'%FF%FE%00%0D%0ABcc:%20a@b\n\ndata\n"
        "--b\nContent-Type: text/plain; name*=''%\n\nx\n--b--\n")


# --- ISO-2022-JP ----------------------------------------------------------


@case("iso2022jp-truncated")
def _():
    body = (b"\x1b$B$3$s$K$A$O\r\n"          # never switched back
            b"\x1b$B$3\r\n"                   # half a character
            b"\x1b$\r\n\x1b(\r\n\x1b\r\n"     # truncated escapes
            b"\x1b$(D\x21\r\n"                 # JIS X 0212, half
            b"\x0e\x31\x32\r\n"               # SO without SI
            b"\x1b(I\x31\x32\x1b$B\x1b$B\x1b$B\x1b")
    return simple(body, ctype="text/plain; charset=ISO-2022-JP", cte="7bit",
                  subject="=?ISO-2022-JP?B?" +
                  base64.b64encode(b"\x1b$B$3$s").decode() + "?= =?ISO-2"
                  "022-JP?B?" + base64.b64encode(b"\x1b$").decode() + "?=")


@case("iso2022jp-escape-flood", big=True)
def _():
    return simple(b"\x1b$B\x1b(B" * 200000 + b"\x1b",
                  ctype="text/plain; charset=ISO-2022-JP", cte="7bit")


# --- many parts -----------------------------------------------------------


@case("parts-5000", big=True)
def _():
    out = [headers(ctype='multipart/mixed; boundary="p"', cte=None), b"\r\n"]
    for i in range(5000):
        kind = ("text/plain; charset=UTF-8" if i % 3 else
                f"application/octet-stream; name=\"f{i}.bin\"")
        out.append(crlf(f"--p\nContent-Type: {kind}\n\npart {i} {TEXT}"))
    out.append(b"--p--\r\n")
    return b"".join(out)


@case("alternatives-5000", big=True)
def _():
    out = [headers(ctype='multipart/alternative; boundary="p"', cte=None),
           b"\r\n"]
    for i in range(5000):
        out.append(crlf(f"--p\nContent-Type: text/html; charset=UTF-8\n\n"
                        f"<p><a href=\"http://x{i}.example/\">link {i}</a>"
                        f" ばか</p>\n"))
    out.append(b"--p--\r\n")
    return b"".join(out)


@case("html-links-50000", big=True)
def _():
    body = "<html><body>" + "".join(
        f"<p><a href=\"https://evil{i}.example/\">https://www.city.chiyoda."
        f"lg.jp/{i}</a></p>" for i in range(50000)) + "</body></html>"
    return simple(body, ctype="text/html; charset=UTF-8")


@case("text-urls-50000", big=True)
def _():
    return simple(" ".join(f"https://u{i}.example/p" for i in range(50000)))


# --- images ---------------------------------------------------------------


def tiff_ifd(entries, next_ifd=0, base=8, big_endian=True):
    """An IFD at @base: entries are (tag, type, count, value_bytes4)."""
    e = ">" if big_endian else "<"
    out = struct.pack(e + "H", len(entries))
    for tag, typ, count, value in entries:
        out += struct.pack(e + "HHI", tag, typ, count) + value
    return out + struct.pack(e + "I", next_ifd)


def jpeg_with_app1(payload, app1_len=None):
    length = len(payload) + 2 if app1_len is None else app1_len
    return (b"\xff\xd8\xff\xe1" + struct.pack(">H", length & 0xFFFF) +
            payload + b"\xff\xdb\x00\x43\x00" + b"\x01" * 64 +
            b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\x00\xff\xd9")


def exif(tiff):
    return b"Exif\x00\x00" + tiff


def exif_cases():
    be = lambda v: struct.pack(">I", v)
    cases = {}
    # IFD0 whose next-IFD offset points back at itself.
    cases["ifd-loop"] = exif(b"MM\x00*" + be(8) + tiff_ifd(
        [(0x010F, 2, 4, b"Make")], next_ifd=8))
    # GPS IFD pointer pointing at IFD0 (a cycle) and Exif IFD at itself.
    cases["gps-cycle"] = exif(b"MM\x00*" + be(8) + tiff_ifd(
        [(0x8825, 4, 1, be(8)), (0x8769, 4, 1, be(8))]))
    # Pointers far outside the block.
    cases["offsets-out-of-range"] = exif(b"MM\x00*" + be(0xFFFFFFF0) +
                                         tiff_ifd([(0x8825, 4, 1, be(0x7FFFFFFF))]))
    # 65,535 entries announced, three present.
    cases["entry-count-lie"] = exif(b"MM\x00*" + be(8) + struct.pack(">H", 0xFFFF) +
                                    b"\x01\x3b\x00\x02\xff\xff\xff\xff\x00\x00\x00\x08" * 3)
    # Artist with a count of 4 G and an offset near the end.
    cases["ascii-huge-count"] = exif(b"MM\x00*" + be(8) + tiff_ifd(
        [(0x013B, 2, 0xFFFFFFFF, be(20)), (0x8298, 2, 0x7FFFFFFF, be(4))]))
    # GPS latitude: wrong type, zero denominators, count overflow.
    gps_ifd_off = 8 + 2 + 12 * 1 + 4
    gps = tiff_ifd([(0x0001, 2, 2, b"N\x00\x00\x00"),
                    (0x0002, 5, 0x20000000, be(0)),
                    (0x0003, 2, 2, b"E\x00\x00\x00"),
                    (0x0004, 10, 3, be(gps_ifd_off)),
                    (0x0006, 5, 1, be(0xFFFFFFFF))], base=gps_ifd_off)
    cases["gps-garbage"] = exif(b"MM\x00*" + be(8) + tiff_ifd(
        [(0x8825, 4, 1, be(gps_ifd_off))]) + gps)
    # Little-endian header with a big-endian body, and a bad magic.
    cases["byte-order-lie"] = exif(b"II*\x00" + be(8) + tiff_ifd(
        [(0x8825, 4, 1, be(8))]))
    cases["bad-magic"] = exif(b"XX\x00*" + be(8) + b"\x00" * 20)
    # Only the header, then nothing.
    cases["truncated"] = exif(b"MM\x00")
    # XPAuthor (UCS-2) with an odd byte count, MakerNote pointing anywhere.
    cases["xp-odd"] = exif(b"MM\x00*" + be(8) + tiff_ifd(
        [(0x9C9D, 1, 7, be(26)), (0x927C, 7, 0x1000, be(0))]) +
        "著者".encode("utf-16-le") + b"\x00")
    out = {}
    for name, payload in cases.items():
        out[name] = jpeg_with_app1(payload)
    # APP1 segment lengths that lie.
    out["app1-len-short"] = jpeg_with_app1(exif(b"MM\x00*" + be(8)), app1_len=2)
    out["app1-len-long"] = jpeg_with_app1(exif(b"MM\x00*" + be(8)), app1_len=0xFFFF)
    out["app1-len-zero"] = jpeg_with_app1(exif(b"MM"), app1_len=0)
    # Hundreds of APP1 segments, and an XMP packet with a huge attribute.
    out["app1-many"] = b"\xff\xd8" + b"".join(
        b"\xff\xe1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08" for _ in range(300)
    ) + b"\xff\xd9"
    xmp = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:Description "
           b"exif:GPSLatitude=\"" + b"9" * 8000 + b",99.9N\" exif:GPSLongitude"
           b"=\"-1e308,1e308E\"/></x:xmpmeta>")
    out["xmp-huge"] = jpeg_with_app1(xmp)
    # PNG with an eXIf chunk that lies about its length, and a bad CRC.
    tiff = b"MM\x00*" + be(8) + tiff_ifd([(0x8825, 4, 1, be(8))], next_ifd=8)
    chunk = b"eXIf" + tiff
    out["png-exif-loop"] = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) +
                            b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0) +
                            b"\x00\x00\x00\x00" + struct.pack(">I", len(tiff)) +
                            chunk + struct.pack(">I", zlib.crc32(chunk)) +
                            struct.pack(">I", 0x7FFFFFFF) + b"eXIf" + b"MM")
    return out


@case("exif-malformed")
def _():
    parts = []
    for name, data in exif_cases().items():
        parts.append(crlf(f"--b\nContent-Type: image/jpeg; name=\"{name}.jpg\"\n"
                          f"Content-Disposition: attachment; filename="
                          f"\"{name}.jpg\"\nContent-Transfer-Encoding: "
                          f"base64\n\n") + b64lines(data))
    # Also one labelled octet-stream, found by its signature.
    data = exif_cases()["gps-cycle"]
    parts.append(crlf("--b\nContent-Type: application/octet-stream\n"
                      "Content-Transfer-Encoding: base64\n\n") + b64lines(data))
    return (headers(ctype='multipart/mixed; boundary="b"', cte=None,
                    to="sns-approval+instagram@city.chiyoda.lg.jp") +
            crlf("\n--b\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT) +
            b"".join(parts) + b"--b--\r\n")


# --- RFC 2047 -------------------------------------------------------------


@case("rfc2047-bomb", big=True)
def _():
    words = " ".join(ew(f"語{i}") for i in range(10000))
    return simple(TEXT, subject=words,
                  extra=f"X-Words: {words}\n",
                  from_=f"{ew('差出人' * 3)} {words[:5000]} <{FROM}>")


@case("rfc2047-bomb-charsets", big=True)
def _():
    # Adjacent words alternate between charsets, unknown ones included, so
    # every word flushes and opens a converter.
    cs = [("UTF-8", "utf-8"), ("ISO-2022-JP", "iso2022_jp"),
          ("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), (None, None)]
    words = []
    for i in range(10000):
        label, codec = cs[i % len(cs)]
        if label is None:
            words.append(f"=?x-unknown-{i}?Q?=E3=81=82?=")
        else:
            raw = base64.b64encode("あ".encode(codec)).decode()
            words.append(f"=?{label}?B?{raw}?=")
    return simple(TEXT, subject=" ".join(words))


@case("rfc2047-malformed")
def _():
    subj = ("=?UTF-8?B?=?= =?UTF-8?Q?=ZZ?= =?UTF-8?X?abc?= =?*?B?QQ==?= "
            "=?UTF-8?B?" + "A" * 3000 + " =?UTF-8?B?44GC?=?= =??B??= "
            "=?=?=?=?=?=?=?=? =?UTF-8?B?44G" + "?=" * 10)
    return simple(TEXT, subject=subj)


# --- backtracking bait ----------------------------------------------------


def bait_runs():
    """Long runs of what the conf/lexicon/*.re patterns repeat."""
    n = 60000
    return {
        "maru": "○" * n,                       # ○{2,}, [○〇●◯×△]+
        "maru-year": "○年" * (n // 2),        # [○..]+\s*年\s*[○\d]+
        "digits-space": "1 " * n,             # \d+\s*(?:年|月|時)
        "chome": "1丁目1-" * (n // 4),       # \d+\s?丁目(?:\s?\d+...)
        "dash-digits": "1-" * n,              # \d{1,3}\s?-\s?\d{1,3}
        "kanji-name": "山" * n + "さん",       # \p{Han}{1,6}(さん|様|氏)
        "name-honorific": "山田さん" * (n // 4),
        "no-stop": "ばかなことを言うな" * (n // 9),  # [^。\n]{0,N}?
        "rumour": "という噂が" * (n // 5),     # (?![^\n]{0,40}...)
        "kana": "あ" * n,
        "hashtags": "#" * n + "＃" * n,
        "at-marks": "@" * n + "a@" * n,
        "dots": "a." * n + "www." * (n // 4),
        "brackets": "【" * n + "（" * n,
        "date-runs": "5月20日（月・祝）" * (n // 10),
        "era": "令和" * n,
        "card-digits": "4111 1111 " * (n // 10),
        "phone-digits": "0" * n,
        "spaces": " " * n + "\u3000" * n,
        "tilde-dash": "～〜ー－―‐" * (n // 6),
    }


@case("backtracking-bait", big=True)
def _():
    # One draft per line run joined: every run on its own line and all of
    # them on one line, which the [^。\n] classes cannot cut short.
    runs = bait_runs()
    body = "\n".join(runs.values()) + "\n" + "".join(
        r[:20000] for r in runs.values()) + "\n"
    return simple(body, subject="○" * 2000 + "1丁目" * 500)


def _bait_case(key):
    def fn():
        run = bait_runs()[key]
        return simple(run + "\n" + run + "。" + run + "\n")
    return fn


for _key in bait_runs():
    case(f"bait-{_key}", big=True)(_bait_case(_key))


# --- smuggling and injection ------------------------------------------------


@case("rfc822-smuggle")
def _():
    inner = crlf(
        "From: koho-sekininsha@city.chiyoda.lg.jp\n"
        "To: koho-post@city.chiyoda.lg.jp\n"
        "Subject: =?UTF-8?B?" + base64.b64encode("[承認済] 本当の投稿".encode()).decode() +
        "?=\nX-SNSGate-Ticket: SG-20261124-7K3QX\n"
        "X-SNSGate-Approved-By: koho-sekininsha@city.chiyoda.lg.jp\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
        "あの業者は詐欺師だ。ばか野郎。選挙では〇〇候補に清き一票を。\n")
    return (headers(ctype='multipart/mixed; boundary="outer"', cte=None,
                    subject="お知らせ") +
            crlf("\n--outer\nContent-Type: text/plain; charset=UTF-8\n\n" +
                 TEXT + "--outer\nContent-Type: message/rfc822\n"
                 "Content-Disposition: inline\n\n") + inner +
            crlf("--outer\nContent-Type: text/plain; charset=UTF-8\n\n"
                 "From: koho-sekininsha@city.chiyoda.lg.jp\n"
                 "Subject: second message in a text part\n\n承認\n"
                 "--outer--\n"))


@case("rfc822-smuggle-boundary")
def _():
    # The inner message reuses the outer boundary, to end the outer part
    # early and have its own parts taken for the draft's.
    inner = crlf("Subject: inner\nMIME-Version: 1.0\n"
                 "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
                 "--outer\nContent-Type: text/plain; charset=UTF-8\n\n"
                 "詐欺師のばか野郎\n--outer--\n")
    return (headers(ctype='multipart/mixed; boundary="outer"', cte=None) +
            crlf("\n--outer\nContent-Type: text/plain; charset=UTF-8\n\n" +
                 TEXT + "--outer\nContent-Type: message/rfc822\n\n") + inner +
            crlf("--outer--\n"))


@case("rfc822-bare-body")
def _():
    # The whole draft is declared message/rfc822.
    inner = crlf("From: a@example.jp\nSubject: inner\n\nばか野郎\n")
    return headers(ctype="message/rfc822", cte=None) + b"\r\n" + inner


@case("header-injection")
def _():
    inject = "x\r\nBcc: victim@example.com\r\nX-SNSGate-Loop: forged\r\n\r\nbody"
    subj = (ew(inject) + " " + ew("件名\nTo: other@example.com") +
            " =?UTF-8?Q?a=0D=0ABcc:_q@example.com?= tail")
    from_ = (f"\"{ew(inject)}\" <{FROM}>")
    extra = (f"Reply-To: \"a\r\nBcc: r@example.com\" <r@example.jp>\n"
             f"Cc: {ew('x' + chr(13) + chr(10) + 'Bcc: c@example.com')} "
             f"<c@example.jp>\n"
             f"In-Reply-To: <a@b>\r\nBcc: irt@example.com\n")
    return simple(TEXT, subject=subj, from_=from_, extra=extra)


@case("header-injection-raw")
def _():
    # Bare CR and LF inside header values, and a header name with spaces.
    return (b"From: \"evil\rBcc: v@example.com\" <" + FROM.encode() + b">\r\n"
            b"To: " + TO.encode() + b"\r\n"
            b"Subject: a\rBcc: v@example.com\r\n"
            b"Subject : second\r\n"
            b"X Bad Name: v\r\n"
            b": empty name\r\n"
            b"\tcontinuation without a header\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            b"\r\n" + TEXT.encode())


@case("display-name-bidi-and-controls")
def _():
    name = "\u202e区長\u202c\u200b\u0007\u001b[31m"
    return simple(TEXT, from_=f"{ew(name)} <{FROM}>",
                  subject=ew("\u202eお知らせ\u0000\u0085\u2028end"))


@case("loop-header-forged")
def _():
    return simple(TEXT, extra="X-SNSGate-Loop: 0000\nAuto-Submitted: no\n"
                  "X-SNSGate-Ticket: SG-20261124-7K3QX\n")


# --- size -----------------------------------------------------------------


@case("attachment-18mb", big=True)
def _():
    data = bytes(range(256)) * (18 * 1024 * 1024 // 256)
    return (headers(ctype='multipart/mixed; boundary="b"', cte=None) +
            crlf("\n--b\nContent-Type: text/plain; charset=UTF-8\n\n" + TEXT +
                 "--b\nContent-Type: image/jpeg; name=\"big.jpg\"\n"
                 "Content-Transfer-Encoding: base64\n\n") +
            b64lines(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08"
                     + data) + b"--b--\r\n")


@case("body-10mb-one-line", big=True)
def _():
    return simple("あ" * (10 * 1024 * 1024 // 3))


@case("body-10mb-lines", big=True)
def _():
    line = "区民の皆様へ、説明会のお知らせです。詳細はhttps://www.city.chiyoda.lg.jp/まで。\n"
    return simple(line * (10 * 1024 * 1024 // len(line.encode())))


@case("over-limit-26mb", big=True)
def _():
    return simple("a" * (26 * 1024 * 1024))


def main(argv):
    mode = "small"
    args = []
    listing = False
    for a in argv[1:]:
        if a in ("--small", "--big", "--all"):
            mode = a[2:]
        elif a == "--list":
            listing = True
        elif a.startswith("-"):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            args.append(a)
    if listing:
        for name, (_, big) in CASES.items():
            print(f"{name}\t{'big' if big else 'small'}")
        return 0
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = args[0]
    os.makedirs(out, exist_ok=True)
    for name, (fn, big) in CASES.items():
        if mode == "small" and big or mode == "big" and not big:
            continue
        data = fn()
        if not big and len(data) > SMALL_MAX:
            print(f"make-hostile: {name} is {len(data)} bytes; mark it big",
                  file=sys.stderr)
            return 1
        with open(os.path.join(out, name + ".eml"), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
