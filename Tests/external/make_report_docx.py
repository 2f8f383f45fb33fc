"""Makes .docx files of a plain-text report, for the tests of `draft learn`.

    python3 Tests/external/make_report_docx.py libreoffice REPORT.txt… OUT_DIR
    python3 Tests/external/make_report_docx.py word REPORT.txt OUT.docx EXPECTED.txt

`libreoffice` converts the text files as LibreOffice does (`soffice --headless --convert-to
docx`, a private profile), each into OUT_DIR/REPORT.docx: one paragraph a line.

`word` writes it with python-docx the way a Word user does, and writes EXPECTED.txt, the text
as Word shows it: the first line in the Title style; headings 一、… in Heading 1 and headings
（一）… alone on their line in Heading 2; a run-in head （一）…。 in a bold run before the
paragraph's text; every other paragraph split into runs of one to four characters, some bold
off and on, as editing leaves it; after the first paragraph of the first part, a table of the
counts the report has (a head row, then one row a count), which EXPECTED.txt shows as lines of
cells joined by a tab.

Needs python-docx (and LibreOffice for `libreoffice`).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile


def libreoffice(reports, out_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("需要 LibreOffice（soffice）")
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        result = subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "docx", "--outdir", out_dir] + reports,
            capture_output=True, text=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for report in reports:
        out = os.path.join(out_dir, os.path.splitext(os.path.basename(report))[0] + ".docx")
        if result.returncode != 0 or not os.path.exists(out):
            sys.exit(f"LibreOffice 未能转换 {report}：{result.stdout}{result.stderr}")


def word(report, out, expected):
    try:
        import docx
    except ImportError:
        sys.exit(2)
    with open(report, encoding="utf-8") as handle:
        lines = [line.strip() for line in handle.read().replace("##paidbegin##", "")
                 .replace("##paidend##", "").split("\n") if line.strip()]
    document = docx.Document()
    shown = []
    table_done = False
    first_heading_seen = False
    counts = re.findall(r"([\u4e00-\u9fff]{2,6}?)(\d+)次", "\n".join(lines))[:4]
    for index, line in enumerate(lines):
        if index == 0:
            document.add_paragraph(line, style="Title")
            shown.append(line)
            continue
        if re.match(r"^[一二三四五六七八九十]+、", line) and len(line) <= 40:
            document.add_heading(line, level=1)
            shown.append(line)
            first_heading_seen = True
            continue
        head = re.match(r"^（[一二三四五六七八九十]+）[^。：]{1,30}[。：]", line)
        if head and len(line) > head.end():
            paragraph = document.add_paragraph()
            paragraph.add_run(head.group(0)).bold = True
            paragraph.add_run(line[head.end():])
            shown.append(line)
        elif re.match(r"^（[一二三四五六七八九十]+）", line) and len(line) <= 40:
            document.add_heading(line, level=2)
            shown.append(line)
        else:
            paragraph = document.add_paragraph()
            position, size = 0, 1
            while position < len(line):
                run = paragraph.add_run(line[position:position + size])
                run.bold = False if size % 2 else None
                position += size
                size = size % 4 + 1
            shown.append(line)
        if first_heading_seen and not table_done and counts:
            table = document.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text = "项目"
            table.rows[0].cells[1].text = "次数"
            shown.append("项目\t次数")
            for name, number in counts:
                cells = table.add_row().cells
                cells[0].text = name
                cells[1].text = number
                shown.append(f"{name}\t{number}")
            table_done = True
    document.save(out)
    with open(expected, "w", encoding="utf-8") as handle:
        handle.write("\n".join(shown) + "\n")


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "libreoffice":
        libreoffice(sys.argv[2:-1], sys.argv[-1])
    elif len(sys.argv) >= 5 and sys.argv[1] == "word":
        word(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
