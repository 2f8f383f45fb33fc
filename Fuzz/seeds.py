#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into Fuzz/build/seeds/<target>/, from files
in the repository: the examples, the built-in templates, the template-language examples in
docs/template-language.md, the vendored YAML test suite's inputs, and the filled-in
questionnaire workbooks of the end-to-end tests."""
import pathlib
import re
import zipfile

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "Fuzz" / "build" / "seeds"

examples = sorted((root / "Examples").glob("*.yaml"))
suite = root / "Tests" / "TemplateKitTests" / "YAMLTestSuite"
suite_inputs = sorted(suite.glob("*/in.yaml")) + sorted(suite.glob("*/in.json"))
templates = sorted((root / "Templates").glob("**/*.tmpl"))
doc = (root / "docs" / "template-language.md").read_text(encoding="utf-8")
doc_examples = [block.encode() for block in re.findall(r"```\n(.*?)```", doc, re.S)]


def body(path):
    """A template file's body, without its YAML header."""
    text = path.read_bytes()
    if text.startswith(b"---\n"):
        end = text.find(b"\n---\n", 4)
        if end >= 0:
            return text[end + 5 :]
    return text


def write(target, seeds):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number, seed in enumerate(seeds):
        (folder / f"seed-{number:04d}").write_bytes(seed)
    print(f"{target}: {len(seeds)} seeds")


# Long and deep forms, so the fuzzer starts near the limits instead of having to grow there.
deep_yaml = [
    b"a: " + b"[" * 1200 + b"]" * 1200 + b"\n",
    b"a: " + b"{a: " * 1200 + b"}" * 1200 + b"\n",
    b"a:\n" + b"- " * 1200 + b"x\n",
    b"".join(b" " * i + b"k:\n" for i in range(60)) + b" " * 60 + b"v\n",
    b'{"a": ' + b"[" * 1200 + b"]" * 1200 + b"}",
    b"a: " + b"x " * 3000 + b"\n",
]
deep_templates = [
    b"{% if a %}" * 120 + b"x" + b"{% endif %}" * 120,
    b"{?" * 120 + b"{{ a }}" + b"?}" * 120,
    ("{{ " + "(" * 150 + "\u5e74\u5ea6" + ")" * 150 + " }}").encode(),
    ("{{ " + "not " * 150 + "a }}").encode(),
    ("{{ a" + " + 1" * 150 + " }}").encode(),
    ("{{ a" + " | length" * 150 + " }}").encode(),
    b"{% for x in \xe5\x90\x8d\xe5\x8d\x95 %}" * 50 + b"{{ x }}" + b"{% endfor %}" * 50,
]
write("answers", [p.read_bytes() for p in examples + suite_inputs] + deep_yaml)
write(
    "template-parse",
    [p.read_bytes() for p in templates] + [body(p) for p in templates] + doc_examples + deep_templates,
)
render_seeds = []
for number, template in enumerate([body(p) for p in templates] + doc_examples + deep_templates):
    answers = examples[number % len(examples)].read_bytes()
    render_seeds.append(template + b"\0" + answers)
    render_seeds.append(template)
write("template-render", render_seeds)
write("report", [p.read_bytes() for p in examples])

# Workbooks whole, and their parts joined at NUL bytes as the workbook target splits them:
# the first sheet, the shared strings, the styles, a second sheet.
workbooks = sorted((root / "Tests" / "DraftEndToEndTests" / "Workbooks").glob("**/*.xlsx"))
workbook_seeds = []
for path in workbooks:
    workbook_seeds.append(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        parts = [archive.read(name) if name in names else b"" for name in (
            "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
            "xl/worksheets/sheet2.xml")]
    workbook_seeds.append(b"\0".join(parts if parts[3] else parts[:3]))
write("workbook", workbook_seeds)
