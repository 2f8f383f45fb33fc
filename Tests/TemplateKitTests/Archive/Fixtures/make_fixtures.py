#!/usr/bin/env python3
"""Writes the DEFLATE and ZIP inputs the archive tests read, made by Python's zlib and zipfile
(the reference implementations the inflater and ZIP reader are held to).

    make_fixtures.py streams OUT CORPUS…   every zlib level × strategy × window size, per input
                                          (large inputs: a sample of them)
    make_fixtures.py zips OUT              archives written by zipfile, seekable and not
    make_fixtures.py small OUT TEXT        the few small files committed beside this script

A `.streams` file holds records: level, strategy, window bits, memory level (one byte each),
the stream's length (4 bytes, little-endian), the raw DEFLATE stream (no zlib header); the
input it came from is the file of the same name without `.streams`.
"""
import io
import os
import random
import struct
import sys
import zipfile
import zlib

STRATEGIES = [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]


def inputs(corpus):
    """The inputs: text, random, highly repetitive, and the edges of the format."""
    rng = random.Random(1951)
    named = {os.path.basename(path): open(path, "rb").read() for path in corpus}
    noise = bytes(rng.getrandbits(8) for _ in range(32_768))
    named.update(
        {
            "empty": b"",
            "one-byte": b"x",
            "zeros": bytes(30_000),
            "abab": b"ab" * 5_000,
            # Runs of every length around the longest match (258).
            "runs": b"".join(bytes([i % 256]) * (i % 300 + 1) for i in range(200)),
            # Few distinct symbols: codes of one or two bits.
            "two-symbols": bytes(rng.choice(b"ab") for _ in range(10_000)),
        }
    )
    large = {
        "random": noise[:20_000],
        # A period of 32 KiB: matches as far back as the window reaches.
        "period-32k": noise * 2,
        "text-and-noise": b"".join(named.values())[:40_000] + noise[:5_000],
    }
    return named, large


def settings(sample):
    """(level, strategy, window bits, memory level): all of them, or a sample that still has
    every level, every strategy and every window size."""
    for level in range(10):
        for strategy in STRATEGIES:
            for wbits in range(9, 16):
                if sample and not (strategy == zlib.Z_DEFAULT_STRATEGY or wbits in (9, 15)):
                    continue
                if sample and strategy != zlib.Z_DEFAULT_STRATEGY and level not in (1, 6, 9):
                    continue
                for memlevel in (1, 9) if wbits in (9, 15) and level == 6 else (8,):
                    yield level, strategy, wbits, memlevel


def raw_deflate(data, level, strategy, wbits, memlevel, chunk=None):
    """`data` compressed to a raw DEFLATE stream; fed in chunks with a full flush between
    them when `chunk` is given (many blocks, stored ones and empty ones among them)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -wbits, memlevel, strategy)
    if chunk is None:
        return compressor.compress(data) + compressor.flush()
    out = b""
    for start in range(0, len(data), chunk):
        out += compressor.compress(data[start : start + chunk]) + compressor.flush(zlib.Z_FULL_FLUSH)
    return out + compressor.flush()


def write_streams(out, corpus):
    os.makedirs(out, exist_ok=True)
    named, large = inputs(corpus)
    for name, data in list(named.items()) + list(large.items()):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        records = []
        for level, strategy, wbits, memlevel in settings(name in large):
            stream = raw_deflate(data, level, strategy, wbits, memlevel)
            records.append(struct.pack("<BBBBI", level, strategy, wbits, memlevel, len(stream)) + stream)
        # Many blocks: full flushes every 1000 bytes.
        stream = raw_deflate(data, 6, zlib.Z_DEFAULT_STRATEGY, 15, 8, chunk=1000)
        records.append(struct.pack("<BBBBI", 255, 0, 15, 8, len(stream)) + stream)
        with open(os.path.join(out, name + ".streams"), "wb") as f:
            f.write(b"".join(records))


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek back in, so it writes data descriptors."""

    def __init__(self, target):
        self.target = target

    def writable(self):
        return True

    def write(self, data):
        return self.target.write(data)


def archive_entries():
    rng = random.Random(7)
    return [
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>' * 20, zipfile.ZIP_DEFLATED),
        ("word/document.xml", ("<w:p><w:t>党建工作报告第%d段</w:t></w:p>" % 1).encode() * 3000, zipfile.ZIP_DEFLATED),
        ("word/media/image1.png", bytes(rng.getrandbits(8) for _ in range(5000)), zipfile.ZIP_STORED),
        ("目录/说明.txt", "中文名的条目".encode(), zipfile.ZIP_DEFLATED),
        ("empty.txt", b"", zipfile.ZIP_DEFLATED),
        ("empty-stored.txt", b"", zipfile.ZIP_STORED),
        ("folder/", b"", zipfile.ZIP_STORED),
    ]


def write_zip(target, seekable, comment=b"", zip64=False):
    """An archive of `archive_entries()`; with `zip64`, each local header says its sizes only
    in a ZIP64 extra field (as zipfile's force_zip64 writes it; the directory has them)."""
    stream = target if seekable else Unseekable(target)
    with zipfile.ZipFile(stream, "w") as archive:
        for name, data, method in archive_entries():
            info = zipfile.ZipInfo(name, (2023, 12, 25, 9, 30, 0))
            info.compress_type = method
            if zip64 and not name.endswith("/"):
                with archive.open(info, "w", force_zip64=True) as entry:
                    entry.write(data)
            else:
                archive.writestr(info, data)
        archive.comment = comment


def write_zips(out):
    os.makedirs(out, exist_ok=True)
    for name, seekable, comment, zip64 in [
        ("seekable.zip", True, b"", False),
        ("descriptors.zip", False, b"", False),
        ("comment.zip", True, "PK\x05\x06 in a comment 注释".encode() * 100, False),
        ("zip64-headers.zip", True, b"", True),
    ]:
        with open(os.path.join(out, name), "wb") as f:
            write_zip(f, seekable, comment, zip64)
    for name, data, _ in archive_entries():
        path = os.path.join(out, "entries", name)
        if name.endswith("/"):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)


def write_small(out, source):
    """The committed fixtures, from the start of a corpus report: small, made once."""
    text = open(source, "rb").read()[:800]
    text = text[: text.rindex(b"\n") + 1]
    with open(os.path.join(out, "text.txt"), "wb") as f:
        f.write(text)
    for name, stream in [
        ("text-dynamic.deflate", raw_deflate(text, 9, zlib.Z_DEFAULT_STRATEGY, 15, 8)),
        ("text-fixed.deflate", raw_deflate(text, 6, zlib.Z_FIXED, 15, 8)),
        ("text-stored.deflate", raw_deflate(text, 0, zlib.Z_DEFAULT_STRATEGY, 15, 8)),
        ("text-blocks.deflate", raw_deflate(text, 6, zlib.Z_DEFAULT_STRATEGY, 9, 1, chunk=100)),
    ]:
        block_type = {"dynamic": 2, "fixed": 1, "stored": 0}.get(name.split("-")[1].split(".")[0])
        assert block_type is None or (stream[0] >> 1) & 3 == block_type, name
        with open(os.path.join(out, name), "wb") as f:
            f.write(stream)
    with open(os.path.join(out, "descriptors.zip"), "wb") as f:
        with zipfile.ZipFile(Unseekable(f), "w") as archive:
            info = zipfile.ZipInfo("word/document.xml", (2023, 12, 25, 9, 30, 0))
            archive.writestr(info, text, compress_type=zipfile.ZIP_DEFLATED)
            info = zipfile.ZipInfo("说明.txt", (2023, 12, 25, 9, 30, 0))
            archive.writestr(info, "中文名".encode(), compress_type=zipfile.ZIP_STORED)


if __name__ == "__main__":
    command, out = sys.argv[1], sys.argv[2]
    if command == "streams":
        write_streams(out, sys.argv[3:])
    elif command == "zips":
        write_zips(out)
    elif command == "small":
        write_small(out, sys.argv[3])
    else:
        sys.exit("unknown command " + command)
