#!/usr/bin/env python3
"""Checks a report's Markdown in two common renderers, against the plain text of the same report.

    python3 Tests/external/check_markdown.py REPORT.md REPORT.txt

Python-Markdown (what MkDocs uses) and markdown-it-py (CommonMark) each render it, and in each:

- the visible text (tags removed, a line break a new line) holds the text of REPORT.txt, the
  plain text writer's output for the same document, character for character (blanks aside):
  no escape is shown, nothing is lost;
- the signature keeps its lines: the unit's name and the date (the last lines of REPORT.txt)
  end in line breaks (`<br>`) inside one paragraph, not run together;
- no backslash is printed at the end of a line (a hard break the renderer did not take).

Needs the Python modules markdown and markdown-it-py (pip install markdown markdown-it-py).
Exits 1 with a list of what is wrong.
"""

import html
import re
import sys

from report_checks import report, squeeze

try:
    import markdown
    from markdown_it import MarkdownIt
except ImportError:
    print("需要 markdown 和 markdown-it-py：pip install markdown markdown-it-py", file=sys.stderr)
    sys.exit(2)


def visible_lines(rendered):
    """The rendered HTML as the lines a browser shows: each block and each <br> ends a line."""
    text = re.sub(r"<br\s*/?>\s*", "\n", rendered)
    text = re.sub(r"</(p|h[1-6]|li|blockquote|pre)>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return [line.strip() for line in text.split("\n") if line.strip()]


def check(name, rendered, txt_lines, signature, failures):
    lines = visible_lines(rendered)
    if squeeze("".join(lines)) != squeeze("".join(txt_lines)):
        shown, wanted = squeeze("".join(lines)), squeeze("".join(txt_lines))
        at = next((i for i, (a, b) in enumerate(zip(shown, wanted)) if a != b), min(len(shown), len(wanted)))
        failures.append(f"{name}：显示的文字与纯文本不同，从第 {at + 1} 个字起："
                        f"“{shown[at:at + 20]}”，应为“{wanted[at:at + 20]}”。")
    if lines[-len(signature):] != signature:
        failures.append(f"{name}：落款没有分行：显示为 {lines[-len(signature):]}，应为 {signature}。")
    last = rendered.strip().rsplit("<p>", 1)[-1]
    if last.count("<br") != len(signature) - 1:
        failures.append(f"{name}：落款的 {len(signature)} 行应由 {len(signature) - 1} 个换行（<br>）隔开。")
    for line in lines:
        if line.endswith("\\"):
            failures.append(f"{name}：行末显示了反斜杠（硬换行没有生效）：“{line[-30:]}”。")
            break


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    md_path, txt_path = argv[1], argv[2]
    with open(md_path, encoding="utf-8") as file:
        source = file.read()
    with open(txt_path, encoding="utf-8") as file:
        blocks = [block for block in file.read().split("\n\n") if block.strip()]
    txt_lines = [line.strip() for block in blocks for line in block.split("\n") if line.strip()]
    # The signature: the last block of the plain text, one line each.
    signature = [line.strip() for line in blocks[-1].split("\n") if line.strip()]
    failures = []
    check("Python-Markdown", markdown.markdown(source), txt_lines, signature, failures)
    check("markdown-it-py（CommonMark）", MarkdownIt("commonmark").render(source), txt_lines,
          signature, failures)
    return report(failures, md_path, f"Python-Markdown 和 CommonMark 显示的文字与 {txt_path} 一致，落款分行")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
