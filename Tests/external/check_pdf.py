#!/usr/bin/env python3
"""Converts a report's .docx to PDF with LibreOffice and checks what prints.

    python3 Tests/external/check_pdf.py REPORT.docx [--keep DIR]

- LibreOffice headless converts it without error (`soffice --headless --convert-to pdf`);
- the PDF's text (pdftotext, whitespace removed, page numbers left out) holds every non-empty
  paragraph of the .docx, in order;
- the grid: no page holds more than 22 lines, lines are 28.95 pt apart, and a line of Chinese
  text that runs from margin to margin holds 28 characters (27 when a mark that may not begin a
  line pulled one down);
- page numbers `— N —` on every page, odd pages on the right, even pages on the left;
- text pasted without the Normal style's spacing (a copy of the .docx whose body runs carry
  their own character spacing of 0, as text pasted from elsewhere keeps its own) stays on the
  same 22-line grid and runs 27 characters a line: the trade-off the line-only grid makes
  (Tests/external/README.md, “28 characters a line”);
- the page count is within one page of an estimate at 22 lines × 28 characters a page:
    title: each of its lines takes ⌈width ÷ 20⌉ lines (20 characters of 22 pt fill a line),
           plus one blank line under it;
    headings and body paragraphs: ⌈(width + 2) ÷ 28⌉ lines (two characters of indent);
    addressee, signature and date lines: ⌈width ÷ 28⌉ lines; an empty paragraph: one line;
  widths in characters, ASCII counting half.

Rendering uses Tests/external/fonts.conf (via FONTCONFIG_FILE, unless already set) so the Chinese
fonts the report names map to faces Linux has. With --keep DIR, the PDF is kept in DIR.

Needs LibreOffice Writer (soffice), poppler-utils (pdftotext, pdfinfo), fonts-noto-cjk
(and fonts-arphic-ukai, fonts-arphic-uming for the closest faces), python-docx.
"""

import argparse
import os
import sys

from report_checks import (CHARS_PER_LINE, LINES_PER_PAGE, PAGE_WIDTH, ceil_div, check_grid,
                           docx_to_pdf, page_number_lines, pdf_pages, printed_text, run_check,
                           squeeze, width)

try:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
except ImportError:
    print("需要 python-docx：pip install python-docx", file=sys.stderr)
    sys.exit(2)

TITLE_CHARS_PER_LINE = 20


def estimated_lines(paragraph):
    style = paragraph.style.style_id if paragraph.style is not None else "Normal"
    text = paragraph.text
    if not text.strip():
        return 1
    if style == "Title":
        return sum(max(1, ceil_div(width(line), TITLE_CHARS_PER_LINE)) for line in text.split("\n")) + 1
    if style in ("Addressee", "Signature", "SignatureDate"):
        return max(1, ceil_div(width(text), CHARS_PER_LINE))
    return max(1, ceil_div(width(text) + 2, CHARS_PER_LINE))


def check_text(paragraphs, pages, failures):
    printed = printed_text(pages)
    position = 0
    for paragraph in paragraphs:
        wanted = squeeze(paragraph.text)
        if not wanted:
            continue
        found = printed.find(wanted, position)
        if found < 0:
            failures.append(f"PDF 中找不到这一段（或顺序不对）：{paragraph.text[:50]}")
        else:
            position = found + len(wanted)


def pasted_copy(docx_path, out_dir):
    """A copy of the report whose body paragraphs look pasted in: each run spaced 0 by direct
    formatting, over the Normal style's condensing."""
    document = docx.Document(docx_path)
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.style_id != "Normal":
            continue
        for run in paragraph.runs:
            properties = run._r.get_or_add_rPr()
            spacing = properties.find(qn("w:spacing"))
            if spacing is None:
                spacing = OxmlElement("w:spacing")
                properties.append(spacing)
            spacing.set(qn("w:val"), "0")
    folder = os.path.join(out_dir, "pasted")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "pasted.docx")
    document.save(path)
    return path


def check_page_numbers(pages, failures):
    middle = PAGE_WIDTH / 2
    for number, lines in enumerate(pages, 1):
        numbered = page_number_lines(lines, number)
        if not numbered:
            failures.append(f"第 {number} 页没有“— {number} —”页码。")
            continue
        x0, _, x1, _, _ = numbered[0]
        if number % 2 == 1 and x0 < middle:
            failures.append(f"第 {number} 页（单页）的页码应在右侧。")
        if number % 2 == 0 and x1 > middle:
            failures.append(f"第 {number} 页（双页）的页码应在左侧。")


def main():
    parser = argparse.ArgumentParser(description="Checks the PDF LibreOffice makes of a report.")
    parser.add_argument("docx")
    parser.add_argument("--keep", help="keep the PDF in this directory")
    args = parser.parse_args()

    def check(out_dir, failures):
        document = docx.Document(args.docx)
        pages = pdf_pages(docx_to_pdf(args.docx, out_dir))
        count = len(pages)
        check_text(document.paragraphs, pages, failures)
        full_lines = check_grid(pages, failures, "")
        check_page_numbers(pages, failures)
        lines = sum(estimated_lines(p) for p in document.paragraphs)
        estimate = ceil_div(lines, LINES_PER_PAGE)
        if abs(count - estimate) > 1:
            failures.append(f"PDF 有 {count} 页，按每页 22 行、每行 28 字估算应为 {estimate} 页（{lines} 行）。")
        pasted = pdf_pages(docx_to_pdf(pasted_copy(args.docx, out_dir), os.path.join(out_dir, "pasted")))
        pasted_lines = check_grid(pasted, failures, "粘贴样式（字距为 0）的正文：", chars=CHARS_PER_LINE - 1)
        return (f"LibreOffice 转出 {count} 页（估算 {estimate} 页），{full_lines} 行排满 28 字；"
                f"不带字距的粘贴文字 {pasted_lines} 行排满 27 字")

    return run_check(args.docx, args.keep, "check-pdf-", check)


if __name__ == "__main__":
    sys.exit(main())
