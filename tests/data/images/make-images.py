#!/usr/bin/env python3
"""Writes the image fixtures of check_images (Python 3 standard library only).

Deterministic: rerunning it rewrites identical bytes.  Commit the script and
its output together; to change a fixture, edit the script and rerun it:

    python3 tests/data/images/make-images.py

Every image is a valid 8x8 grey baseline JPEG (or a 1x1 PNG) built by hand,
with EXIF written field by field, so the tests know exactly what each file
holds:

  plain.jpg          no metadata
  gps.jpg            GPS 35.6940 N, 139.7536 E (Chiyoda City Office), II
  gps-be.jpg         GPS 34.6037 S, 58.3816 W, big-endian (MM)
  gps.png            PNG with an eXIf chunk: GPS 35.6940 N, 139.7536 E
  xmp-gps.jpg        no EXIF; XMP exif:GPSLatitude/GPSLongitude
  artist.jpg         Artist 山田 太郎 (UTF-8), Copyright "(C) Example Studio"
  sjis-artist.jpg    Artist 佐藤花子 in Shift_JIS
  xp-author.jpg      XPAuthor (UCS-2) 鈴木一郎
  ward.jpg           Artist 千代田区広報課, Copyright "Copyright 2026
                     Chiyoda City. All rights reserved."
  copyright-only.jpg Artist of spaces, Copyright "Copyright (C) 2026": no one
  zero-denominator.jpg  GPS tags whose rationals divide by zero
  garbage-app1.jpg   an Exif APP1 whose IFD offset points far outside it
  huge-count.jpg     an IFD claiming 65535 entries
  truncated.jpg      gps.jpg cut in the middle of its APP1 segment
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def segment(marker, payload):
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def jpeg(app_segments=()):
    """An 8x8 grey baseline JPEG whose one block is flat grey."""
    dqt = segment(0xDB, b"\x00" + bytes([1] * 64))
    sof = segment(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00")
    # One Huffman code of length 1 ('0') in each table: DC category 0 and
    # AC end-of-block.
    dht_dc = segment(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    dht_ac = segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    sos = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    scan = b"\x3f"  # '0' (DC 0), '0' (EOB), padded with 1 bits
    out = b"\xff\xd8" + segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    for seg in app_segments:
        out += seg
    return out + dqt + sof + dht_dc + dht_ac + sos + scan + b"\xff\xd9"


# --- TIFF/EXIF writer -----------------------------------------------------

ASCII, BYTE, SHORT, LONG, RATIONAL = 2, 1, 3, 4, 5
SIZES = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8}


def pack_value(e, typ, values):
    if typ in (ASCII, BYTE):
        return bytes(values)
    if typ == SHORT:
        return b"".join(struct.pack(e + "H", v) for v in values)
    if typ == LONG:
        return b"".join(struct.pack(e + "I", v) for v in values)
    if typ == RATIONAL:
        return b"".join(struct.pack(e + "II", n, d) for n, d in values)
    raise ValueError(typ)


def ifd_bytes(e, entries, offset, next_ifd=0):
    """An IFD at @offset; entries are (tag, type, count, value bytes)."""
    entries = sorted(entries)
    head = struct.pack(e + "H", len(entries))
    data_start = offset + 2 + 12 * len(entries) + 4
    body, data = b"", b""
    for tag, typ, count, value in entries:
        if len(value) <= 4:
            field = value.ljust(4, b"\x00")
        else:
            field = struct.pack(e + "I", data_start + len(data))
            data += value
            if len(data) % 2:
                data += b"\x00"
        body += struct.pack(e + "HHI", tag, typ, count) + field
    return head + body + struct.pack(e + "I", next_ifd) + data


def entry(e, tag, typ, values):
    raw = pack_value(e, typ, values)
    count = len(raw) // SIZES[typ]
    return (tag, typ, count, raw)


def ascii_entry(e, tag, data):
    return entry(e, tag, ASCII, list(data + b"\x00"))


def dms(value):
    """Degrees, minutes, seconds (in 1/100) as rationals."""
    deg = int(value)
    rest = (value - deg) * 60
    minutes = int(rest)
    sec = round((rest - minutes) * 60 * 100)
    return [(deg, 1), (minutes, 1), (sec, 100)]


def gps_entries(e, lat, lon):
    return [
        entry(e, 0x0000, BYTE, [2, 3, 0, 0]),
        ascii_entry(e, 0x0001, b"N" if lat >= 0 else b"S"),
        entry(e, 0x0002, RATIONAL, dms(abs(lat))),
        ascii_entry(e, 0x0003, b"E" if lon >= 0 else b"W"),
        entry(e, 0x0004, RATIONAL, dms(abs(lon))),
    ]


def tiff(ifd0, gps=None, big_endian=False):
    """TIFF structure: IFD0 (with a GPS pointer when @gps is given)."""
    e = ">" if big_endian else "<"
    header = (b"MM\x00\x2a" if big_endian else b"II\x2a\x00") + \
        struct.pack(e + "I", 8)
    ifd0 = list(ifd0)
    if gps is not None:
        ifd0.append(None)  # placeholder for the GPS pointer
        n = len(ifd0)
        # IFD0 size with the pointer, to place the GPS IFD after it.
        probe = [x for x in ifd0 if x is not None] + \
            [entry(e, 0x8825, LONG, [0])]
        size0 = len(ifd_bytes(e, probe, 8))
        gps_offset = 8 + size0
        ifd0 = [x for x in ifd0 if x is not None] + \
            [entry(e, 0x8825, LONG, [gps_offset])]
        assert len(ifd0) == n
        return header + ifd_bytes(e, ifd0, 8) + \
            ifd_bytes(e, gps(e), gps_offset)
    return header + ifd_bytes(e, ifd0, 8)


def exif_app1(tiff_bytes):
    return segment(0xE1, b"Exif\x00\x00" + tiff_bytes)


# --- PNG ------------------------------------------------------------------

def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + \
        struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(extra_chunks=()):
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x80", 9)
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
    for kind, data in extra_chunks:
        out += png_chunk(kind, data)
    return out + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


# --- the fixtures -----------------------------------------------------------

CHIYODA = (35.6940, 139.7536)
BUENOS_AIRES = (-34.6037, -58.3816)


def fixtures():
    out = {}
    out["plain.jpg"] = jpeg()
    gps_tiff = tiff([ascii_entry("<", 0x010F, b"Example")],
                    gps=lambda e: gps_entries(e, *CHIYODA))
    out["gps.jpg"] = jpeg([exif_app1(gps_tiff)])
    out["gps-be.jpg"] = jpeg([exif_app1(tiff(
        [ascii_entry(">", 0x010F, b"Example")],
        gps=lambda e: gps_entries(e, *BUENOS_AIRES), big_endian=True))])
    out["gps.png"] = png([(b"eXIf", gps_tiff)])
    xmp = (b'http://ns.adobe.com/xap/1.0/\x00'
           b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
           b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
           b'"http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
           b'exif:GPSLatitude="35,41.64N" exif:GPSLongitude="139,45.216E"/>'
           b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    out["xmp-gps.jpg"] = jpeg([segment(0xE1, xmp)])
    out["artist.jpg"] = jpeg([exif_app1(tiff([
        ascii_entry("<", 0x013B, "山田 太郎".encode("utf-8")),
        ascii_entry("<", 0x8298, b"(C) Example Studio"),
    ]))])
    out["sjis-artist.jpg"] = jpeg([exif_app1(tiff([
        ascii_entry("<", 0x013B, "佐藤花子".encode("shift_jis")),
    ]))])
    out["xp-author.jpg"] = jpeg([exif_app1(tiff([
        entry("<", 0x9C9D, BYTE,
              list("鈴木一郎".encode("utf-16-le") + b"\x00\x00")),
    ]))])
    out["ward.jpg"] = jpeg([exif_app1(tiff([
        ascii_entry("<", 0x013B, "千代田区広報課".encode("utf-8")),
        ascii_entry("<", 0x8298,
                    b"Copyright 2026 Chiyoda City. All rights reserved."),
    ], gps=None))])
    out["copyright-only.jpg"] = jpeg([exif_app1(tiff([
        ascii_entry("<", 0x013B, b"   "),
        ascii_entry("<", 0x8298, b"Copyright (C) 2026"),
    ]))])
    zero = [
        ascii_entry("<", 0x0001, b"N"),
        entry("<", 0x0002, RATIONAL, [(35, 0), (41, 0), (0, 0)]),
        ascii_entry("<", 0x0003, b"E"),
        entry("<", 0x0004, RATIONAL, [(139, 0), (45, 0), (0, 0)]),
    ]
    out["zero-denominator.jpg"] = jpeg([exif_app1(tiff(
        [ascii_entry("<", 0x010F, b"Example")], gps=lambda e: zero))])
    garbage = b"II\x2a\x00" + struct.pack("<I", 0xFFFFFFF0) + \
        bytes((i * 37 + 11) & 0xFF for i in range(200))
    out["garbage-app1.jpg"] = jpeg([exif_app1(garbage)])
    huge = b"II\x2a\x00" + struct.pack("<I", 8) + struct.pack("<H", 0xFFFF) + \
        struct.pack("<HHII", 0x8825, LONG, 1, 0x7FFFFFFF) * 4
    out["huge-count.jpg"] = jpeg([exif_app1(huge)])
    full = out["gps.jpg"]
    app1 = full.index(b"\xff\xe1")
    out["truncated.jpg"] = full[:app1 + 4 + 40]
    return out


def main():
    for name, data in sorted(fixtures().items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
