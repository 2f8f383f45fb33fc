"""Shared by the workbook checks: filling draft's questionnaire workbook the way a sub-unit
would, from answers given as JSON (`draft dump`), and comparing answers.

The questionnaire (`draft init KIND -o 问卷.xlsx`) has a header row naming its columns (字段,
填写说明, 示例, 答案, 类型); each row below with a field in 字段 is answered in 答案. Lists of
records have a sheet of their own named after the field, their column names on row 2. Values
are typed as a person types them into Excel: numbers as numbers, dates as dates, yes/no and
choices as the drop-down's words, lists one item a line; what the questionnaire has no row for
(a unit's own additions, 报告.章节) is added in rows at the end, written as YAML would write it.
"""

import datetime
import json
import os
import shutil
import subprocess
import tempfile

from report_checks import CheckFailed, need

HEADER = ("字段", "填写说明", "示例", "答案", "类型")


def header_row(sheet):
    """(row number, {column name: column number}) of the questionnaire's header."""
    for row in sheet.iter_rows():
        names = [cell.value for cell in row]
        if "字段" in names and "答案" in names:
            return row[0].row, {name: index + 1 for index, name in enumerate(names) if name}
    raise CheckFailed(f"工作表“{sheet.title}”中没有“字段”“答案”表头。")


def value_at(data, path):
    value = data
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def typed(value, kind):
    """`value` as a person enters it in a cell of a field of type `kind`."""
    if value is None:
        return None
    if kind == "日期" and isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    if kind == "是否" and isinstance(value, bool):
        return "是" if value else "否"
    if kind in ("列表", "措辞选用") and isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return "\n".join(value)
        if kind == "措辞选用" and all(isinstance(item, (str, dict)) for item in value):
            return "\n".join(item if isinstance(item, str) else f"{item['标题']}：{item['内容']}"
                             for item in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def fill(questionnaire, answers, out):
    """Writes `out`: the questionnaire workbook filled with `answers` (a dict)."""
    import openpyxl
    workbook = openpyxl.load_workbook(questionnaire)
    sheet = workbook.worksheets[0]
    header, columns = header_row(sheet)
    written, records = set(), {}
    for row in range(header + 1, sheet.max_row + 1):
        path = sheet.cell(row, columns["字段"]).value
        kind = sheet.cell(row, columns["类型"]).value
        if not path or "[]" in path or kind == "分组":
            continue
        written.add(path)
        if kind == "记录列表":
            records[path] = value_at(answers, path)
            continue
        sheet.cell(row, columns["答案"]).value = typed(value_at(answers, path), kind)
    for path, items in records.items():
        if not items:
            continue
        table = workbook[path]
        keys = [cell.value for cell in table[2]]
        kinds = {}
        for row in range(header + 1, sheet.max_row + 1):
            field = sheet.cell(row, columns["字段"]).value or ""
            if field.startswith(path + "[]."):
                kinds[field[len(path) + 3:]] = sheet.cell(row, columns["类型"]).value
        for number, item in enumerate(items, start=3):
            for column, key in enumerate(keys, start=1):
                if key in item:
                    table.cell(number, column).value = typed(item[key], kinds.get(key))
    row = sheet.max_row + 1
    for path, value in leftovers(answers, written):
        sheet.cell(row, columns["字段"]).value = path
        sheet.cell(row, columns["答案"]).value = (
            json.dumps(value, ensure_ascii=False) if isinstance(value, (str, dict, list)) else value)
        row += 1
    workbook.save(out)


def leftovers(data, written, prefix=""):
    """(path, value) of what `data` holds that no row of `written` covers."""
    for key, value in data.items():
        path = prefix + key
        if path in written:
            continue
        if isinstance(value, dict) and any(done.startswith(path + ".") for done in written):
            yield from leftovers(value, written, path + ".")
        else:
            yield path, value


def cleaned(value):
    """Answers without their nulls and the groups left empty: an unanswered field reads as
    null in a questionnaire, as an empty key in YAML does, and is the same as no key."""
    if isinstance(value, dict):
        kept = {key: cleaned(item) for key, item in value.items() if item is not None}
        return {key: item for key, item in kept.items() if item != {}}
    if isinstance(value, list):
        return [cleaned(item) for item in value]
    return value


def first_difference(a, b, path=""):
    if type(a) is not type(b) or (not isinstance(a, (dict, list)) and a != b):
        return f"{path or '（根）'}：{json.dumps(a, ensure_ascii=False)[:60]} ≠ {json.dumps(b, ensure_ascii=False)[:60]}"
    if isinstance(a, dict):
        for key in list(a) + [key for key in b if key not in a]:
            found = first_difference(a.get(key), b.get(key), f"{path}.{key}".lstrip("."))
            if found:
                return found
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}：{len(a)} 项 ≠ {len(b)} 项"
        for index, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{index}]")
            if found:
                return found
    return None


def run(draft, *arguments):
    result = subprocess.run([draft, *arguments], capture_output=True, text=True, timeout=300)
    if result.returncode not in (0, 1):
        raise CheckFailed(f"draft {' '.join(arguments)} 失败（退出码 {result.returncode}）：\n{result.stderr}")
    return result


def dump(draft, path):
    return json.loads(run(draft, "dump", path).stdout)


def libreoffice_resave(path, out_dir):
    """`path` opened and saved again as .xlsx by LibreOffice Calc; returns the new file."""
    soffice = need("soffice")
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    os.makedirs(out_dir, exist_ok=True)
    try:
        result = subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
             "--convert-to", "xlsx", "--outdir", out_dir, path],
            capture_output=True, text=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    saved = os.path.join(out_dir, os.path.basename(path))
    if result.returncode != 0 or not os.path.exists(saved):
        raise CheckFailed(f"LibreOffice 未能另存 {path}（退出码 {result.returncode}）：\n{result.stderr}")
    return saved
