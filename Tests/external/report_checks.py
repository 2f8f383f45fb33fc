"""Shared helpers for the external checks of draft's formatted writers.

Widths follow the writers' rule: a Chinese character or full-width mark is one character, an
ASCII character half of one. Page geometry is GB/T 9704-2012's: A4, margins 37/35/28/26 mm,
22 lines of 28 characters of 3号 (16 pt) type a page.
"""

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

MM = 72 / 25.4
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
LEFT = 28 * MM
RIGHT = PAGE_WIDTH - 26 * MM
BOTTOM = PAGE_HEIGHT - 35 * MM
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
VARIABLE_MARKS = set("“”‘’《》")
MARKS = set("，、。；：！？（）“”‘’《》")
OPENING_MARKS = set("《“‘（")
LINE_PITCH = 28.95
HERE = os.path.dirname(os.path.abspath(__file__))


def has_adjacent_marks(text):
    """Whether two punctuation marks stand together (、《 or 。”), which renderers may squeeze."""
    return any(a in MARKS and b in MARKS for a, b in zip(text, text[1:]))


class CheckFailed(Exception):
    """One or more checks failed; the message lists them."""


def width(text):
    """The printed width of text in characters (ASCII counts half)."""
    return sum(0.5 if ord(c) < 0x80 else 1 for c in text if not c.isspace())


def squeeze(text):
    """Text with all whitespace removed, for comparing what a PDF holds."""
    return re.sub(r"\s+", "", text)


def need(tool):
    path = shutil.which(tool)
    if not path:
        raise CheckFailed(f"找不到命令 {tool}：请先安装它（见 Tests/external/README.md）。")
    return path


def report_fontconfig_env():
    """An environment whose fontconfig maps the report's Chinese fonts (仿宋_GB2312, 楷体_GB2312,
    黑体, 方正小标宋简体, 宋体) to the nearest faces a Linux machine has, unless the caller set
    FONTCONFIG_FILE already."""
    env = dict(os.environ)
    env.setdefault("FONTCONFIG_FILE", os.path.join(HERE, "fonts.conf"))
    return env


def docx_to_pdf(docx_path, out_dir):
    """Converts with LibreOffice headless, in a private profile; returns the PDF's path."""
    soffice = need("soffice")
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        result = subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", out_dir, docx_path],
            capture_output=True, text=True, timeout=300, env=report_fontconfig_env())
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    if result.returncode != 0 or not os.path.exists(pdf):
        raise CheckFailed(
            f"LibreOffice 未能把 {docx_path} 转成 PDF（退出码 {result.returncode}）：\n"
            f"{result.stdout}\n{result.stderr}")
    return pdf


def pdf_pages(pdf):
    """The text lines of every page as (x_min, y_min, x_max, y_max, text), top to bottom; one
    list a page, so the page count is its length."""
    out = subprocess.run([need("pdftotext"), "-bbox-layout", pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = []
    for page in re.findall(r"<page\b.*?</page>", out, re.S):
        lines = []
        for attrs, body in re.findall(r"<line\s([^>]*)>(.*?)</line>", page, re.S):
            box = dict(re.findall(r'(\w+)="([\d.]+)"', attrs))
            words = re.findall(r"<word[^>]*>(.*?)</word>", body, re.S)
            text = unescape("".join(words))
            lines.append((float(box["xMin"]), float(box["yMin"]), float(box["xMax"]),
                          float(box["yMax"]), text))
        lines.sort(key=lambda line: (round(line[1]), line[0]))
        pages.append(merge_rows(lines))
    return pages


def merge_rows(lines):
    """Joins pieces pdftotext split off one printed line (same baseline)."""
    rows = []
    for line in lines:
        if rows and abs(rows[-1][1] - line[1]) < 3:
            x0, y0, x1, y1, text = rows[-1]
            rows[-1] = (min(x0, line[0]), y0, max(x1, line[2]), max(y1, line[3]), text + line[4])
        else:
            rows.append(line)
    return rows


def unescape(text):
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&#39;", "'").replace("&amp;", "&"))


def split_footer(lines):
    """(body lines, footer lines): the footer is what lies below the type block."""
    body = [line for line in lines if line[1] < BOTTOM - 2]
    footer = [line for line in lines if line[1] >= BOTTOM - 2]
    return body, footer


def printed_text(pages):
    """The body text of all pages, whitespace removed, footers left out."""
    return "".join(squeeze(line[4]) for lines in pages for line in split_footer(lines)[0])


def page_number_lines(lines, number):
    """The footer lines of a page that read `— number —`."""
    _, footer = split_footer(lines)
    return [line for line in footer if re.fullmatch(rf"[—–-]+\s*{number}\s*[—–-]+", line[4].strip())]


def check_grid(pages, failures, label, chars=CHARS_PER_LINE):
    """Every page holds at most 22 lines, lines are 28.95 pt apart, and a line of Chinese text
    that runs from margin to margin holds `chars` characters, 28 (one fewer when the next one is
    a mark that may not start a line and pulled a character down with it). Lines with Latin
    letters or quotation marks are left out: their width depends on the font. Returns how many
    lines hold `chars`."""
    pitches = []
    long_lines = full_lines = holding = 0
    bodies = [split_footer(lines)[0] for lines in pages]
    # Each body line with the page it is on and the text of the line after it, across pages.
    flowing = [(number, line) for number, body in enumerate(bodies, 1) for line in body]
    for number, body in enumerate(bodies, 1):
        if len(body) > LINES_PER_PAGE:
            failures.append(f"{label}第 {number} 页有 {len(body)} 行正文，多于 {LINES_PER_PAGE} 行。")
        for above, below in zip(body, body[1:]):
            pitches.append(below[1] - above[1])
    for index, (number, (x0, _, x1, _, text)) in enumerate(flowing):
        text = squeeze(text)
        following = squeeze(flowing[index + 1][1][4]) if index + 1 < len(flowing) else ""
        if abs(x0 - LEFT) > 3 or len(text) < 12 or any(ord(c) < 0x80 for c in text):
            continue
        # Quotation marks and book-title marks are set full width or proportional
        # depending on the font a renderer falls back to, adjacent marks may be squeezed,
        # and line-breaking rules keep 《2021年 whole: like Latin letters, they make a
        # line's count depend on the renderer.
        if any(c in VARIABLE_MARKS for c in text) or has_adjacent_marks(text):
            continue
        # A line that gave its last characters to the next one — to keep 《2021年 or a
        # Latin word whole, or so a closing mark does not start a line — is justified
        # short.
        if any(c in OPENING_MARKS or c in MARKS or c.isascii() for c in following[:4]):
            continue
        long_lines += 1
        if abs(x1 - RIGHT) > 4:
            continue
        full_lines += 1
        if len(text) == chars:
            holding += 1
        elif len(text) != chars - 1:
            failures.append(
                f"{label}第 {number} 页的满行有 {len(text)} 个字（应为 {chars}）：{text}")
    if long_lines >= 3 and not full_lines:
        failures.append(f"{label}没有一行从左边距排到右边距（字距或网格不对？）。")
    elif full_lines and not holding:
        failures.append(f"{label}没有一行排满 {chars} 个字。")
    if pitches:
        pitches.sort()
        median = pitches[len(pitches) // 2]
        if abs(median - LINE_PITCH) > 0.5:
            failures.append(f"{label}行距为 {median:.2f} 磅，应为 {LINE_PITCH} 磅（每页 22 行）。")
    return holding


def run_check(subject, keep, prefix, body):
    """Runs `body(out_dir, failures)`, which returns a summary, in a scratch folder (or in
    `keep`, which is kept), then reports; returns the exit status."""
    failures = []
    out_dir = keep or tempfile.mkdtemp(prefix=prefix)
    os.makedirs(out_dir, exist_ok=True)
    summary = ""
    try:
        summary = body(out_dir, failures)
    except CheckFailed as error:
        failures.append(str(error))
    finally:
        if not keep:
            shutil.rmtree(out_dir, ignore_errors=True)
    return report(failures, subject, summary)


def report(failures, subject, summary):
    """Prints the outcome; returns the exit status."""
    if failures:
        print(f"✗ {subject}：{len(failures)} 处不符合", file=sys.stderr)
        for failure in failures:
            print("  - " + failure, file=sys.stderr)
        return 1
    print(f"✓ {subject}：{summary}")
    return 0


def ceil_div(a, b):
    return int(math.ceil(a / b))
