#!/usr/bin/env python3
"""Checks a report's .docx against GB/T 9704-2012 and against the plain text of the same report.

    python3 Tests/external/check_docx.py REPORT.docx REPORT.txt

- python-docx opens it;
- A4 (11906 × 16838 twips), margins top 2098, bottom 1984, left 1587, right 1474 twips, a line
  grid of 579 twips, odd and even footers, `w:evenAndOddHeaders` in settings;
- the styles exist, each with its East Asian font, zh-CN and its size (title 22 pt, body and
  headings 16 pt, page number 14 pt); heading fonts 黑体 / 楷体 / 仿宋;
- each footer holds a PAGE field between em dashes;
- every East Asian font the styles name falls back, following `w:altName` from entry to entry
  of word/fontTable.xml, to one that every Windows and WPS installs (宋体, 仿宋, 黑体, 楷体):
  方正小标宋简体 → 华文中宋 → 宋体;
- the non-empty paragraphs' text, in order, equals the non-empty lines of REPORT.txt (the plain
  text writer's output for the same document). A line break inside a paragraph (the title's
  balanced lines) is layout, not text, and is ignored.

Needs python-docx (pip install python-docx). Exits 1 with a list of what is wrong.
"""

import re
import sys
import zipfile

from report_checks import CheckFailed, report

try:
    import docx
    from docx.oxml.ns import qn
except ImportError:
    print("需要 python-docx：pip install python-docx", file=sys.stderr)
    sys.exit(2)

FANGSONG = {"仿宋_GB2312", "仿宋"}
KAITI = {"楷体_GB2312", "楷体"}
HEITI = {"黑体"}
TITLE = {"方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"}
SONG = {"宋体"}

# style id: (East Asian fonts allowed, size in points, type)
STYLES = {
    "Normal": (FANGSONG, 16, "paragraph"),
    "Title": (TITLE, 22, "paragraph"),
    "Heading1": (HEITI, 16, "paragraph"),
    "Heading2": (KAITI, 16, "paragraph"),
    "Heading3": (FANGSONG, 16, "paragraph"),
    "Heading4": (FANGSONG, 16, "paragraph"),
    "Addressee": (FANGSONG, 16, "paragraph"),
    "Signature": (FANGSONG, 16, "paragraph"),
    "SignatureDate": (FANGSONG, 16, "paragraph"),
    "PageNumber": (SONG, 14, "paragraph"),
    "Heading1Char": (HEITI, 16, "character"),
    "Heading2Char": (KAITI, 16, "character"),
    "Heading3Char": (FANGSONG, 16, "character"),
    "Heading4Char": (FANGSONG, 16, "character"),
}

PAGE = {"w": 11906, "h": 16838}
MARGINS = {"top": 2098, "bottom": 1984, "left": 1587, "right": 1474}


def attr(element, name):
    return None if element is None else element.get(qn(name))


def check_page(document, failures):
    sections = document.sections
    if len(sections) != 1:
        failures.append(f"应只有 1 节，实际 {len(sections)} 节。")
    sect = sections[0]._sectPr
    size = sect.find(qn("w:pgSz"))
    for key, value in PAGE.items():
        if attr(size, f"w:{key}") != str(value):
            failures.append(f"纸张 w:{key} 应为 {value}，实际 {attr(size, 'w:' + key)}。")
    margins = sect.find(qn("w:pgMar"))
    for key, value in MARGINS.items():
        if attr(margins, f"w:{key}") != str(value):
            failures.append(f"页边距 w:{key} 应为 {value}，实际 {attr(margins, 'w:' + key)}。")
    grid = sect.find(qn("w:docGrid"))
    if attr(grid, "w:linePitch") != "579" or attr(grid, "w:type") not in ("lines", "linesAndChars"):
        failures.append("文档网格应为每页 22 行（w:docGrid w:linePitch=\"579\"）。")
    kinds = {attr(ref, "w:type") for ref in sect.findall(qn("w:footerReference"))}
    if not {"default", "even"} <= kinds:
        failures.append(f"应有奇数页（default）和偶数页（even）两个页脚，实际：{sorted(kinds)}。")


def check_styles(document, failures):
    found = {style.style_id: style for style in document.styles}
    for style_id, (fonts, points, kind) in STYLES.items():
        style = found.get(style_id)
        if style is None:
            failures.append(f"缺少样式 {style_id}。")
            continue
        element = style.element
        if element.get(qn("w:type")) != kind:
            failures.append(f"样式 {style_id} 应为 {kind} 样式。")
        rpr = element.find(qn("w:rPr"))
        rfonts = None if rpr is None else rpr.find(qn("w:rFonts"))
        east_asia = attr(rfonts, "w:eastAsia")
        if east_asia not in fonts:
            failures.append(f"样式 {style_id}（{style.name}）的中文字体为 {east_asia}，应为 {'/'.join(sorted(fonts))} 之一。")
        size = None if rpr is None else rpr.find(qn("w:sz"))
        if attr(size, "w:val") != str(points * 2):
            failures.append(f"样式 {style_id} 的字号应为 {points} 磅（w:sz {points * 2}），实际 {attr(size, 'w:val')}。")
        lang = None if rpr is None else rpr.find(qn("w:lang"))
        if attr(lang, "w:eastAsia") != "zh-CN":
            failures.append(f"样式 {style_id} 没有设 <w:lang w:eastAsia=\"zh-CN\"/>。")
    for element in document.styles.element.findall(qn("w:style")):
        rfonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if not attr(rfonts, "w:eastAsia"):
            failures.append(f"样式 {element.get(qn('w:styleId'))} 没有设中文字体（w:eastAsia）。")


def check_parts(path, failures):
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad:
            failures.append(f"ZIP 条目 {bad} 校验失败。")
        for info in archive.infolist():
            if info.flag_bits & 0x8:
                failures.append(f"ZIP 条目 {info.filename} 用了数据描述符（通用标志第 3 位）。")
        names = set(archive.namelist())
        settings = archive.read("word/settings.xml").decode() if "word/settings.xml" in names else ""
        if "<w:evenAndOddHeaders/>" not in settings:
            failures.append("settings.xml 缺少 <w:evenAndOddHeaders/>（奇偶页页码不同）。")
        if "word/theme/theme1.xml" in names:
            failures.append("不应有主题部件（WPS 会提示缺少主题字体）。")
        footers = [name for name in names if name.startswith("word/footer")]
        if len(footers) != 2:
            failures.append(f"应有 2 个页脚部件，实际 {len(footers)} 个。")
        for name in footers:
            xml = archive.read(name).decode()
            if " PAGE " not in xml or "— " not in xml or " —" not in xml:
                failures.append(f"{name} 应是“— PAGE —”形式的页码。")


# Fonts every Windows (since Vista) and every WPS Office installs.
EVERYWHERE = {"宋体", "仿宋", "黑体", "楷体"}


def check_font_fallbacks(path, document, failures):
    with zipfile.ZipFile(path) as archive:
        table = archive.read("word/fontTable.xml").decode()
    alternatives = {}
    for name, body in re.findall(r'<w:font w:name="([^"]*)">(.*?)</w:font>', table, re.S):
        alt = re.search(r'<w:altName w:val="([^"]*)"/>', body)
        alternatives[name] = alt.group(1) if alt else None
    named = set()
    for element in document.styles.element.findall(qn("w:style")):
        rfonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if attr(rfonts, "w:eastAsia"):
            named.add(attr(rfonts, "w:eastAsia"))
    for font in sorted(named):
        chain, face = [font], font
        while face not in EVERYWHERE and alternatives.get(face) and face in alternatives:
            face = alternatives[face]
            if face in chain:
                break
            chain.append(face)
        if font not in alternatives:
            failures.append(f"字体表中没有样式用到的字体 {font}。")
        elif chain[-1] not in EVERYWHERE:
            failures.append(f"字体 {font} 的替代链 {' → '.join(chain)} 没有落到 Windows 和 WPS 都有的字体"
                            f"（{'、'.join(sorted(EVERYWHERE))}）。")


def check_text(document, txt_path, failures):
    with open(txt_path, encoding="utf-8") as file:
        lines = [line.rstrip("\r") for line in file.read().split("\n") if line.strip()]
    paragraphs = [p.text.replace("\n", "") for p in document.paragraphs if p.text.strip()]
    for index, (paragraph, line) in enumerate(zip(paragraphs, lines), 1):
        if paragraph != line:
            failures.append(f"第 {index} 段与文本不同：\n      docx: {paragraph[:60]}\n      txt:  {line[:60]}")
            break
    if len(paragraphs) != len(lines):
        failures.append(f"docx 有 {len(paragraphs)} 个非空段落，文本有 {len(lines)} 个非空行。")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    docx_path, txt_path = argv[1], argv[2]
    failures = []
    try:
        document = docx.Document(docx_path)
    except Exception as error:  # python-docx raises many kinds
        print(f"✗ python-docx 打不开 {docx_path}：{error}", file=sys.stderr)
        return 1
    try:
        check_parts(docx_path, failures)
        check_page(document, failures)
        check_styles(document, failures)
        check_font_fallbacks(docx_path, document, failures)
        check_text(document, txt_path, failures)
    except CheckFailed as error:
        failures.append(str(error))
    return report(failures, docx_path, f"版式符合 GB/T 9704，文字与 {txt_path} 一致")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
