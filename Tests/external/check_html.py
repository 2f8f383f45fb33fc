#!/usr/bin/env python3
"""Checks a report's HTML page in headless Chromium.

    python3 Tests/external/check_html.py REPORT.html [--keep DIR]

- the page is self-contained: no <script>, nothing loaded from the network, UTF-8, lang zh-CN;
- Chromium takes a screenshot (`chromium --headless --no-sandbox --screenshot=… --window-size=…`)
  and it is not blank: a white sheet with dark text on it;
- Chromium prints it to PDF (`--print-to-pdf`) with its headers and footers on, as a user's
  Ctrl+P does by default: A4, the report's text present, at most 22 lines a page 28.95 pt apart
  with 28 characters on a full line, page numbers `— N —` on every page, and no line of the
  browser's own (the date and title at the top, the file's address at the bottom).

Needs chromium and poppler-utils (pdftotext, pdfinfo). With --keep DIR, the screenshot and PDF
are kept in DIR.
"""

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

from report_checks import (CheckFailed, check_grid, need, page_number_lines, pdf_pages,
                           printed_text, run_check, squeeze, unescape)

WINDOW = (1000, 1400)


def chromium(args):
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or need("google-chrome")
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        result = subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={profile}"] + args,
            capture_output=True, text=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return result


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG, non-interlaced."""
    with open(path, "rb") as file:
        data = file.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckFailed(f"{path} 不是 PNG 文件。")
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        position += 12 + length
    if header is None:
        raise CheckFailed(f"{path} 没有 IHDR。")
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        raise CheckFailed(f"{path}：不支持的 PNG 格式（位深 {depth}，颜色类型 {color}）。")
    channels = 3 if color == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def check_source(html, failures):
    if not re.search(r'<meta charset="utf-8">', html, re.I):
        failures.append("缺少 <meta charset=\"utf-8\">。")
    if not re.search(r'<html lang="zh-CN">', html):
        failures.append("缺少 <html lang=\"zh-CN\">。")
    if re.search(r"<script", html, re.I):
        failures.append("页面含有 <script>。")
    if re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|@import""", html, re.I):
        failures.append("页面引用了外部资源（应完全自包含）。")


def check_screenshot(png, failures):
    width, height, channels, rows = png_pixels(png)
    dark = white = 0
    for line in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            level = (line[x] + line[x + 1] + line[x + 2]) // 3
            dark += level < 96
            white += level > 245
    sampled = (height // 4 + 1) * (width // 4 + 1)
    if white < sampled * 0.2:
        failures.append("截图里看不到白色的纸面。")
    if dark < sampled * 0.002:
        failures.append("截图里几乎没有文字（空白页？）。")
    return f"{width}×{height}"


def check_print(pdf, html, failures):
    pages = pdf_pages(pdf)
    size = subprocess.run([need("pdfinfo"), pdf], capture_output=True, text=True).stdout
    if "(A4)" not in size:
        failures.append("打印出的 PDF 不是 A4。")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    wanted = squeeze(unescape(title.group(1))) if title else ""
    if wanted and wanted not in printed_text(pages):
        failures.append("打印出的 PDF 里找不到报告标题。")
    check_grid(pages, failures, "打印稿")
    for number, lines in enumerate(pages, 1):
        if not page_number_lines(lines, number):
            failures.append(f"打印稿第 {number} 页没有“— {number} —”页码。")
        for line in lines:
            if BROWSER_LINE.search(line[4]) or (wanted and squeeze(line[4]).endswith(wanted)
                                                and line[1] < TOP_MARGIN):
                failures.append(f"打印稿第 {number} 页有浏览器加的页眉或页脚：“{line[4]}”。")
    return len(pages)


# What Chromium prints in its headers and footers: the date and time, the page's address,
# the page count (`1/3`).
BROWSER_LINE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*\d{1,2}:\d{2}|file:/|^\s*\d+\s*/\s*\d+\s*$")
# Above the type block: where a browser's header would stand (the top margin is 37 mm).
TOP_MARGIN = 30 * 72 / 25.4


def main():
    parser = argparse.ArgumentParser(description="Checks a report's HTML page in Chromium.")
    parser.add_argument("html")
    parser.add_argument("--keep", help="keep the screenshot and PDF in this directory")
    args = parser.parse_args()

    def check(out_dir, failures):
        with open(args.html, encoding="utf-8") as file:
            html = file.read()
        check_source(html, failures)
        url = "file://" + os.path.abspath(args.html)
        png = os.path.join(out_dir, "screenshot.png")
        result = chromium([f"--screenshot={png}", f"--window-size={WINDOW[0]},{WINDOW[1]}", url])
        if result.returncode != 0 or not os.path.exists(png):
            raise CheckFailed(f"Chromium 截图失败（退出码 {result.returncode}）：{result.stderr[-2000:]}")
        shot = check_screenshot(png, failures)
        pdf = os.path.join(out_dir, "print.pdf")
        result = chromium([f"--print-to-pdf={pdf}", url])
        if result.returncode != 0 or not os.path.exists(pdf):
            raise CheckFailed(f"Chromium 打印 PDF 失败（退出码 {result.returncode}）：{result.stderr[-2000:]}")
        pages = check_print(pdf, html, failures)
        return f"Chromium 截图 {shot} 非空白，打印 {pages} 页"

    return run_check(args.html, args.keep, "check-html-", check)


if __name__ == "__main__":
    sys.exit(main())
