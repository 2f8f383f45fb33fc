#!/usr/bin/env python3
"""Makes the filled-in questionnaire workbooks the end-to-end tests read
(Tests/DraftEndToEndTests/Workbooks/), as sub-units' programs save them.

    python3 Tests/external/make_workbook_fixtures.py DRAFT

- openpyxl/corpus-000.xlsx, openpyxl/corpus-002.xlsx: `draft init` questionnaires filled by
  openpyxl with the examples' answers (Examples/corpus-000.yaml; corpus-002 has a list of
  records on a sheet of its own);
- libreoffice/corpus-000.xlsx: the first opened and saved again by LibreOffice Calc (deflated
  entries, its own styles and shared strings);
- errors/十二.xlsx: corpus-000 with 统计.党员大会 answered 十二 (text where a count goes);
- errors/无字段.xlsx: corpus-000 with an answer typed on a row that names no field.

The files are committed; run this again only when the questionnaire's layout changes.
Needs openpyxl and LibreOffice Calc.
"""

import json
import os
import shutil
import sys
import tempfile

import openpyxl

from workbook_answers import dump, fill, header_row, libreoffice_resave, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Tests", "DraftEndToEndTests", "Workbooks")


def filled(draft, example, out):
    answers = dump(draft, os.path.join(ROOT, "Examples", example + ".yaml"))
    scratch = tempfile.mkdtemp(prefix="fixtures-")
    try:
        questionnaire = os.path.join(scratch, "问卷.xlsx")
        run(draft, "init", answers["报告"]["类型"], "-o", questionnaire)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        fill(questionnaire, answers, out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def edited(source, out, edit):
    workbook = openpyxl.load_workbook(source)
    edit(workbook.worksheets[0])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    workbook.save(out)


def answer(sheet, path, value):
    header, columns = header_row(sheet)
    for row in range(header + 1, sheet.max_row + 1):
        if sheet.cell(row, columns["字段"]).value == path:
            sheet.cell(row, columns["答案"]).value = value
            return
    raise SystemExit(f"问卷中没有“{path}”")


def stray(sheet):
    header, columns = header_row(sheet)
    sheet.cell(sheet.max_row + 2, columns["答案"]).value = "补充：全年还开展了读书活动"


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    draft = argv[1]
    base = os.path.join(OUT, "openpyxl", "corpus-000.xlsx")
    filled(draft, "corpus-000", base)
    filled(draft, "corpus-002", os.path.join(OUT, "openpyxl", "corpus-002.xlsx"))
    scratch = tempfile.mkdtemp(prefix="fixtures-")
    try:
        saved = libreoffice_resave(base, scratch)
        os.makedirs(os.path.join(OUT, "libreoffice"), exist_ok=True)
        shutil.move(saved, os.path.join(OUT, "libreoffice", "corpus-000.xlsx"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    edited(base, os.path.join(OUT, "errors", "十二.xlsx"), lambda sheet: answer(sheet, "统计.党员大会", "十二"))
    edited(base, os.path.join(OUT, "errors", "无字段.xlsx"), stray)
    print(f"已写出 {OUT} 中的工作簿")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
