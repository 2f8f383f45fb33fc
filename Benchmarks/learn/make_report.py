#!/usr/bin/env python3
"""Writes a 30-page report for the learning benchmark, made of the corpus's text.

    python3 Benchmarks/learn/make_report.py -o 报告.txt [--pages 30] [--docx 报告.docx]

The report has a title, an opening, and parts 一、二、… taken in turn from the four filled-in
corpus reports (Tests/DraftEndToEndTests/Learning/filled-00N.txt) — each part with its
sub-parts and points as written there — renumbered, with every number varied from one copy
to the next so that no two parts are the same, until the text fills the pages asked for
(22 lines of 28 characters a page, GB/T 9704), then a signature and a date. Deterministic:
the same arguments give the same file. With --docx it is also written as a Word document
(python-docx), one paragraph a line.
"""
import argparse
import glob
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILLED = os.path.join(ROOT, "Tests", "DraftEndToEndTests", "Learning")
NUMERALS = "一二三四五六七八九十"


def numeral(n):
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    return NUMERALS[n // 10 - 1] + "十" + (NUMERALS[n % 10 - 1] if n % 10 else "")


def parts(text):
    """The report's parts: each a heading (without its number) and the lines under it."""
    found, current = [], None
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        match = re.match(r"^[一二三四五六七八九十]+、(.*)$", line)
        if match:
            current = [match.group(1), []]
            found.append(current)
        elif current is not None:
            current[1].append(line)
    return found


def varied(line, copy):
    def shift(match):
        number = match.group(0)
        if len(number) == 4 and number.startswith("20"):
            return number
        return str(int(number) + copy) if "." not in number else number
    return re.sub(r"\d+(?:\.\d+)?", shift, line)


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("-o", "--output", required=True)
    arguments.add_argument("--pages", type=int, default=30)
    arguments.add_argument("--docx")
    options = arguments.parse_args()
    sources = []
    for path in sorted(glob.glob(os.path.join(FILLED, "filled-00[0-3].txt"))):
        with open(path, encoding="utf-8") as handle:
            sources += parts(handle.read())
    lines = ["临江区残联2023年度全面从严治党工作报告",
             "2023年，在市委、区委的正确领导下，临江区残联党组坚决落实全面从严治党主体责任，"
             "现将有关情况报告如下："]
    wanted = options.pages * 22 * 28
    number, copy = 0, 0
    while sum(len(line) for line in lines) < wanted:
        heading, body = sources[number % len(sources)]
        copy = number // len(sources)
        number += 1
        lines.append(f"{numeral(number)}、{heading}")
        lines += [varied(line, copy) for line in body]
    lines += ["临江区残联党组", "2023年12月25日"]
    with open(options.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    if options.docx:
        import docx
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(options.docx)


if __name__ == "__main__":
    main()
