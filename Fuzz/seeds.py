#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into Fuzz/build/seeds/<target>/, from files
in the repository: the examples, the built-in templates, the template-language examples in
docs/template-language.md, the vendored YAML test suite's inputs, for the archive readers
the same text deflated by zlib, packed by zipfile and wrapped in OOXML markup, and the
filled-in questionnaire workbooks of the end-to-end tests."""
import io
import pathlib
import re
import zipfile
import zlib
from xml.sax.saxutils import escape

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
# numbers: each byte picks an edge value for the next numeric field; every kind, every edge.
write("numbers", [bytes([kind] + [(start + i * step) % 0xF0 for i in range(120)])
                  for kind in range(4) for start, step in ((0, 1), (7, 3), (11, 5), (40, 0))])


# The archive readers: text of the templates and examples, deflated, zipped and in XML.
archive_fixtures = root / "Tests" / "TemplateKitTests" / "Archive" / "Fixtures"
texts = [body(p) for p in templates[:12]] + [p.read_bytes() for p in examples]


def deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, wbits=15):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -wbits, 8, strategy)
    return compressor.compress(data) + compressor.flush()


inflate_seeds = [p.read_bytes() for p in sorted(archive_fixtures.glob("*.deflate"))]
for number, text in enumerate(texts):
    strategies = [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FIXED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE]
    inflate_seeds.append(deflate(text, level=number % 10, strategy=strategies[number % 4]))
inflate_seeds += [deflate(b""), deflate(bytes(5000)), deflate(b"ab" * 2000, wbits=9)]
write("inflate", inflate_seeds)


def word_document(text):
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.decode("utf-8", "replace").splitlines()[:20]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paragraphs}</w:body></w:document>"
    ).encode()


def sheet(text):
    cells = "".join(
        f'<row r="{row + 1}"><c r="A{row + 1}" t="inlineStr"><is><t>{escape(line)}</t></is></c>'
        f'<c r="B{row + 1}"><v>{row}</v></c></row>'
        for row, line in enumerate(text.decode("utf-8", "replace").splitlines()[:20])
    )
    return (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    ).encode()


xml_seeds = [word_document(t) for t in texts[:8]] + [sheet(t) for t in texts[8:]]
xml_seeds += [
    b"<a><![CDATA[<b>&amp;</b>]]>&lt;&#20826;&#x1F600;<!-- c --><?pi x?></a>",
    b'<a xmlns="urn:1" xmlns:p="urn:p"><b xmlns="" p:x="1"><p:c/></b></a>',
    b"<a>" * 70 + b"</a>" * 70,
]
write("xml", xml_seeds)


def archive(entries, comment=b""):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in entries:
            z.writestr(zipfile.ZipInfo(name, (2023, 12, 25, 0, 0, 0)), data, compress_type=method)
        z.comment = comment
    return out.getvalue()


zip_seeds = [p.read_bytes() for p in sorted(archive_fixtures.glob("*.zip"))]
for number, text in enumerate(texts[:10]):
    method = zipfile.ZIP_DEFLATED if number % 3 else zipfile.ZIP_STORED
    zip_seeds.append(
        archive(
            [
                ("[Content_Types].xml", b"<Types/>", zipfile.ZIP_STORED),
                ("word/document.xml", word_document(text), method),
                ("目录/说明.txt", text[:200], zipfile.ZIP_DEFLATED),
            ],
            comment=b"PK\x05\x06" if number == 3 else b"",
        )
    )
zip_seeds.append(archive([]))
write("zip", zip_seeds)

# Workbooks whole, and their parts joined at NUL bytes as the workbook target splits them:
# the first sheet, the shared strings, the styles, a second sheet.
workbooks = sorted((root / "Tests" / "DraftEndToEndTests" / "Workbooks").glob("**/*.xlsx"))
workbook_seeds = []
for path in workbooks:
    workbook_seeds.append(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        parts = [package.read(name) if name in names else b"" for name in (
            "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
            "xl/worksheets/sheet2.xml")]
    workbook_seeds.append(b"\0".join(parts if parts[3] else parts[:3]))
write("workbook", workbook_seeds)

# Learning: the corpus reports, blanks and all, filled in, and the examples, as text; two
# years joined by 0x1E; some as .docx.
learning = root / "Tests" / "DraftEndToEndTests"
reports = sorted((learning / "Corpus").glob("*.txt")) + sorted((learning / "Learning").glob("*.txt"))
reports += sorted((root / "Examples" / "learn").glob("*.txt"))
learn_seeds = [p.read_bytes() for p in reports]
learn_seeds += [reports[i].read_bytes() + b"\x1e" + reports[i + 1].read_bytes() for i in range(0, 4)]
for text in learn_seeds[:4]:
    learn_seeds.append(
        archive([("word/document.xml", word_document(text), zipfile.ZIP_DEFLATED)]))
write("learn", learn_seeds)
