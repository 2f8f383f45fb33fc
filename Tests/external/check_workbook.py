#!/usr/bin/env python3
"""Checks the questionnaire workbook draft writes, and the round trip through it, with openpyxl
and LibreOffice Calc.

    python3 Tests/external/check_workbook.py DRAFT EXAMPLE.yaml [--keep DIR]

DRAFT is the draft binary; EXAMPLE an answers file whose report kind gives the questionnaire.

- `draft init KIND -o 问卷.xlsx`, read by openpyxl and again after LibreOffice Calc has opened
  and saved it: the first sheet 问卷 with its header (字段 填写说明 示例 答案 类型); every 是否
  answer a drop-down of 是/否, every 选项 answer a drop-down of its choices, every 日期 answer
  formatted and checked as a date, every 次数 formatted as a whole number and checked to be one,
  every 金额 formatted as money; each list of records a sheet of its own whose row 2 names its
  fields. In draft's own file (not in LibreOffice's copy: headless LibreOffice keeps no view
  settings) the header rows are frozen and required answers yellow;
- filled by openpyxl with EXAMPLE's answers as a person types them (numbers, dates, 是/否, one
  list item a line), and the same file saved again by LibreOffice: `draft dump` of each gives
  EXAMPLE's answers (a questionnaire's empty fields read as null), and `draft generate` the same
  report as EXAMPLE;
- `draft batch` over a folder of both filled workbooks makes each unit's report as EXAMPLE's,
  and 汇总.xlsx (openpyxl) has its header frozen, 待填数 and 字数 as numbers and a column naming
  each unit's workbook.

Needs openpyxl (pip install openpyxl) and LibreOffice Calc (soffice). Exits 1 with a list of
what is wrong. With --keep DIR, the workbooks made are kept in DIR.
"""

import argparse
import json
import os
import re
import shutil
import sys
import tempfile

from report_checks import CheckFailed, report
from workbook_answers import (HEADER, cleaned, dump, fill, first_difference, header_row,
                              libreoffice_resave, run)

try:
    import openpyxl
except ImportError:
    print("需要 openpyxl：pip install openpyxl", file=sys.stderr)
    sys.exit(2)


def validation_of(sheet, cell):
    """The data validations covering `cell` (a coordinate such as D12)."""
    return [dv for dv in sheet.data_validations.dataValidation if cell in dv.sqref]


def check_questionnaire(path, failures, label, as_written):
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    if sheet.title != "问卷":
        failures.append(f"{label}：第一个工作表应是“问卷”，实际是“{sheet.title}”。")
    header, columns = header_row(sheet)
    if tuple(cell.value for cell in sheet[header][:5]) != HEADER:
        failures.append(f"{label}：表头应为 {HEADER}。")
    if as_written and sheet.freeze_panes != f"A{header + 1}":
        failures.append(f"{label}：表头行没有冻结（freeze_panes 为 {sheet.freeze_panes}）。")
    counts, records = {}, {}
    for row in range(header + 1, sheet.max_row + 1):
        path = sheet.cell(row, columns["字段"]).value
        kind = sheet.cell(row, columns["类型"]).value
        note = sheet.cell(row, columns["填写说明"]).value or ""
        answer = sheet.cell(row, columns["答案"])
        if not path:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        lists = [dv.formula1 for dv in validation_of(sheet, answer.coordinate) if dv.type == "list"]
        types = {dv.type for dv in validation_of(sheet, answer.coordinate)}
        where = f"{label}：{answer.coordinate}（{path}）"
        if "[]" in path:
            list_path, key = path.split("[].", 1)
            records.setdefault(list_path, []).append((key, kind))
        elif kind == "是否" and '"是,否"' not in lists:
            failures.append(f"{where} 应是“是、否”下拉列表，实际 {lists}。")
        elif kind == "选项":
            choices = re.search(r"可选：([^。\n]*)", note)
            wanted = '"' + choices.group(1).replace("、", ",") + '"' if choices else None
            if wanted not in lists:
                failures.append(f"{where} 应是 {wanted} 下拉列表，实际 {lists}。")
        elif kind == "日期" and ("date" not in types or "y" not in answer.number_format.lower()):
            failures.append(f"{where} 应是日期格式并校验日期，实际格式 {answer.number_format}、校验 {types}。")
        elif kind == "次数" and ("whole" not in types or answer.number_format != "0"):
            failures.append(f"{where} 应是整数格式并校验整数，实际格式 {answer.number_format}、校验 {types}。")
        elif kind == "金额" and "#,##0.00" not in answer.number_format:
            failures.append(f"{where} 应是金额格式，实际 {answer.number_format}。")
        if as_written and note.startswith("【必填】") and "[]" not in path:
            colour = answer.fill.fgColor.rgb if answer.fill is not None else None
            if colour != "FFFFF2CC":
                failures.append(f"{where} 是必填项，应为黄色底，实际 {colour}。")
    for list_path, fields in records.items():
        if list_path not in workbook.sheetnames:
            failures.append(f"{label}：没有记录列表“{list_path}”的工作表。")
            continue
        table = workbook[list_path]
        keys = [key for key, _ in fields]
        names = [cell.value for cell in table[2]][:len(keys)]
        if names != keys:
            failures.append(f"{label}：工作表“{list_path}”第 2 行应为列名 {keys}，实际 {names}。")
        for column, (key, kind) in enumerate(fields, start=1):
            cell = table.cell(3, column).coordinate
            types = {dv.type for dv in validation_of(table, cell)}
            wanted = {"日期": "date", "次数": "whole", "金额": "decimal", "是否": "list", "选项": "list"}.get(kind)
            if wanted and wanted not in types:
                failures.append(f"{label}：工作表“{list_path}”的“{key}”列（{kind}）应校验为 {wanted}，实际 {types}。")
        if as_written and table.freeze_panes != "A3":
            failures.append(f"{label}：工作表“{list_path}”的列名行没有冻结。")
    return counts


def check_answers(draft, filled, wanted, report_text, failures, label):
    got = cleaned(dump(draft, filled))
    difference = first_difference(wanted, got)
    if difference:
        failures.append(f"{label}读出的答案与示例不同：{difference}")
    text = run(draft, "generate", filled).stdout
    if text != report_text:
        failures.append(f"{label}生成的报告与示例的报告不同。")


def check_batch(draft, folder, out, report_text, failures):
    result = run(draft, "batch", folder, "-o", out, "--format", "txt")
    if result.returncode != 0:
        failures.append(f"draft batch 失败：{result.stderr[-600:]}")
        return
    summary = openpyxl.load_workbook(os.path.join(out, "汇总.xlsx")).active
    if summary.freeze_panes != "A2":
        failures.append("汇总.xlsx 的表头没有冻结。")
    header = [cell.value for cell in summary[1]]
    rows = [[cell.value for cell in row] for row in summary.iter_rows(min_row=2)]
    files = sorted(os.path.basename(row[header.index("答案文件")]) for row in rows)
    if files != sorted(name for name in os.listdir(folder)):
        failures.append(f"汇总.xlsx 的“答案文件”列应列出 {sorted(os.listdir(folder))}，实际 {files}。")
    for row in rows:
        for column in ("待填数", "字数"):
            if not isinstance(row[header.index(column)], int):
                failures.append(f"汇总.xlsx 的“{column}”应是数字，实际 {row[header.index(column)]!r}。")
        name = row[header.index("输出文件")]
        with open(os.path.join(out, name), encoding="utf-8") as file:
            if file.read() != report_text:
                failures.append(f"批量生成的“{name}”与示例的报告不同。")


def main():
    parser = argparse.ArgumentParser(description="Checks draft's questionnaire workbook.")
    parser.add_argument("draft")
    parser.add_argument("example")
    parser.add_argument("--keep", help="keep the workbooks in this directory")
    args = parser.parse_args()
    failures = []
    out_dir = args.keep or tempfile.mkdtemp(prefix="check-workbook-")
    os.makedirs(out_dir, exist_ok=True)
    summary = ""
    try:
        answers = dump(args.draft, args.example)
        kind = answers["报告"]["类型"]
        questionnaire = os.path.join(out_dir, "问卷.xlsx")
        run(args.draft, "init", kind, "-o", questionnaire, "--force")
        counts = check_questionnaire(questionnaire, failures, "问卷", as_written=True)
        resaved = libreoffice_resave(questionnaire, os.path.join(out_dir, "libreoffice-问卷"))
        check_questionnaire(resaved, failures, "LibreOffice 另存的问卷", as_written=False)
        report_text = run(args.draft, "generate", args.example).stdout
        wanted = cleaned(answers)
        units = os.path.join(out_dir, "各单位")
        os.makedirs(units, exist_ok=True)
        by_openpyxl = os.path.join(units, "openpyxl填写.xlsx")
        fill(questionnaire, answers, by_openpyxl)
        check_answers(args.draft, by_openpyxl, wanted, report_text, failures, "openpyxl 填写的问卷")
        saved = libreoffice_resave(by_openpyxl, os.path.join(out_dir, "libreoffice"))
        by_libreoffice = os.path.join(units, "LibreOffice另存.xlsx")
        shutil.move(saved, by_libreoffice)
        check_answers(args.draft, by_libreoffice, wanted, report_text, failures, "LibreOffice 另存的问卷")
        check_batch(args.draft, units, os.path.join(out_dir, "报告"), report_text, failures)
        typed = "、".join(f"{kind} {count}" for kind, count in counts.items() if kind)
        summary = (f"问卷 {sum(counts.values())} 个字段（{typed}）在 openpyxl 和 LibreOffice 中格式、下拉列表正确；"
                   "openpyxl 填写和 LibreOffice 另存后读出的答案、生成的报告与示例一致；批量生成和 汇总.xlsx 正确")
    except CheckFailed as error:
        failures.append(str(error))
    finally:
        if not args.keep:
            shutil.rmtree(out_dir, ignore_errors=True)
    return report(failures, args.example, summary)


if __name__ == "__main__":
    sys.exit(main())
