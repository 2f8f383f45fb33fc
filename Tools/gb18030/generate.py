#!/usr/bin/env python3
"""Generates Sources/TemplateKit/Text/GB18030Table.swift, the GB18030-2022 mapping the decoder
in Sources/TemplateKit/Text/GB18030.swift reads. Run once; the output is checked in.

    python3 Tools/gb18030/generate.py            # writes the Swift file
    python3 Tools/gb18030/generate.py --check    # fails when the checked-in file differs

Source: Python's `gb18030` codec, the reference decoder, for every two-byte code (all 23,940:
lead 0x81–0xFE, trail 0x40–0x7E and 0x80–0xFE) and every four-byte code of the BMP (39,420:
0x81308130–0x8431A439). The supplementary planes need no table: 0x90308130–0xE3329A35 map
linearly onto U+10000–U+10FFFF.

CPython's codec implements GB18030-2000 (CPython 3.11, checked below). Two revisions changed
the mapping since, and are applied here:

  GB18030-2005: 0xA8BC and 0x8135F437 exchange U+E7C7 and U+1E3F (ḿ got a standard code
    point; 2000 had it in the Private Use Area).

  GB18030-2022: 18 two-byte codes that 2005 mapped to the Private Use Area map to the
    characters Unicode has since encoded: ten vertical punctuation forms (0xA6D9–0xA6DF,
    0xA6EC–0xA6ED, 0xA6F3 → U+FE10–U+FE19) and eight CJK components (0xFE59, 0xFE61, 0xFE66,
    0xFE67, 0xFE6D, 0xFE7E, 0xFE90, 0xFEA0 → U+9FB4–U+9FBB). The four-byte codes that 2005
    gave those characters now map to the freed Private Use code points, so the mapping stays
    one-to-one. Sources: the GB 18030-2022 standard as summarized by the Unicode Technical
    Committee (L2/23-003, "GB 18030-2022 recommendations"), ICU 73 (ICU-22357) and the
    WHATWG Encoding Standard (whatwg/encoding#336), which list the same 18 pairs. Six more
    two-byte codes (0xFE51, 0xFE52, 0xFE53, 0xFE6C, 0xFE76, 0xFE91) keep their Private Use
    mapping in 2022 (their characters stay at their four-byte codes), as before.

The decoder is strict GB18030: unlike the WHATWG `gb18030` decoder it does not read 0x80 as
U+20AC (Windows code page 936 does); 0x80 and 0xFF are not GB18030 lead bytes.

The table is checked before it is written: every Unicode scalar except the ASCII range and
the surrogates is the image of exactly one code, so that decoding loses nothing and no two
codes read the same.
"""
import base64
import pathlib
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "Sources" / "TemplateKit" / "Text" / "GB18030Table.swift"

# GB18030-2005 over 2000.
CHANGES_2005 = {b"\xa8\xbc": 0x1E3F, b"\x81\x35\xf4\x37": 0xE7C7}

# GB18030-2022 over 2005: two-byte code → the standard code point it maps to now.
TWO_BYTE_2022 = {
    0xA6D9: 0xFE10, 0xA6DA: 0xFE12, 0xA6DB: 0xFE11, 0xA6DC: 0xFE13, 0xA6DD: 0xFE14,
    0xA6DE: 0xFE15, 0xA6DF: 0xFE16, 0xA6EC: 0xFE17, 0xA6ED: 0xFE18, 0xA6F3: 0xFE19,
    0xFE59: 0x9FB4, 0xFE61: 0x9FB5, 0xFE66: 0x9FB6, 0xFE67: 0x9FB7, 0xFE6D: 0x9FB8,
    0xFE7E: 0x9FB9, 0xFE90: 0x9FBA, 0xFEA0: 0x9FBB,
}


def two_byte_codes():
    for lead in range(0x81, 0xFF):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)):
            yield bytes([lead, trail])


def four_byte(pointer):
    """The four-byte code of linear `pointer` (0 is 0x81308130)."""
    b1, rest = divmod(pointer, 12600)
    b2, rest = divmod(rest, 1260)
    b3, b4 = divmod(rest, 10)
    return bytes([0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4])


def build():
    """(two-byte table in code order, four-byte BMP table in pointer order) of GB18030-2022."""
    if b"\xa8\xbc".decode("gb18030") not in ("\ue7c7", "\u1e3f"):
        sys.exit("the gb18030 codec maps 0xA8BC unexpectedly; check it before using it")
    two = {code: ord(code.decode("gb18030")) for code in two_byte_codes()}
    four = [ord(four_byte(pointer).decode("gb18030")) for pointer in range(39420)]
    pointer_of = {four_byte(p): p for p in range(39420)}
    for code, scalar in CHANGES_2005.items():
        if len(code) == 2:
            two[code] = scalar
        else:
            four[pointer_of[code]] = scalar
    # 2022: the two-byte code takes the standard character; the four-byte code that had that
    # character takes the two-byte code's old Private Use code point.
    by_scalar = {scalar: pointer for pointer, scalar in enumerate(four)}
    for value, scalar in TWO_BYTE_2022.items():
        code = struct.pack(">H", value)
        old = two[code]
        assert 0xE000 <= old <= 0xF8FF, f"{code.hex()} was not Private Use: U+{old:04X}"
        two[code] = scalar
        four[by_scalar[scalar]] = old
    table = [two[code] for code in two_byte_codes()]
    seen = set(table) | set(four)
    expected = set(range(0x80, 0x10000)) - set(range(0xD800, 0xE000))
    assert len(table) + len(four) == len(expected) == len(seen), "not one-to-one"
    assert seen == expected, "does not cover the BMP"
    return table, four


def ranges(four):
    """The four-byte BMP table as runs: (first pointer, its code point) where a run of
    consecutive code points begins."""
    runs = []
    for pointer, scalar in enumerate(four):
        if not runs or scalar != four[pointer - 1] + 1:
            runs.append((pointer, scalar))
    return runs


def swift_source(table, runs):
    data = base64.b64encode(struct.pack(f"<{len(table)}H", *table)).decode()
    lines = [data[i : i + 96] for i in range(0, len(data), 96)]
    flat = [str(value) for run in runs for value in run]
    rows = []
    row = "   "
    for value in flat:
        if len(row) + len(value) + 2 > 100:
            rows.append(row.rstrip())
            row = "   "
        row += " " + value + ","
    rows.append(row)
    return (
        "// Generated by Tools/gb18030/generate.py from Python's gb18030 codec, with the\n"
        "// GB18030-2005 and GB18030-2022 changes it lists; do not edit.\n\n"
        "extension GB18030 {\n"
        "  /// The code point of every two-byte code, in code order (lead 0x81–0xFE, trail\n"
        "  /// 0x40–0x7E then 0x80–0xFE): 23,940 little-endian UInt16, in base64.\n"
        '  static let twoByteTable = """\n'
        + "".join("    " + line + "\n" for line in lines)
        + '    """\n\n'
        "  /// The four-byte codes of the BMP (pointers 0–39,419 from 0x81308130) as runs of\n"
        "  /// consecutive code points: each run's first pointer, then its first code point.\n"
        "  static let fourByteRuns: [UInt32] = [\n"
        + "\n".join(rows)
        + "\n  ]\n}\n"
    )


def main():
    table, four = build()
    source = swift_source(table, ranges(four))
    if "--check" in sys.argv:
        if OUTPUT.read_text(encoding="utf-8") != source:
            sys.exit(f"{OUTPUT} differs from what the generator writes")
        print("up to date")
        return
    OUTPUT.write_text(source, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(table)} two-byte codes, {len(ranges(four))} runs")


if __name__ == "__main__":
    main()
