"""Makes the filled corpus reports the learning tests read: each blank the writers left in
Tests/DraftEndToEndTests/Corpus/00N_*.txt (XX, **, X.X …) filled in, in order, with the value
given here, so that the reports carry real names and figures; and a second year of report
000 (filled-000-2022.txt) with its facts changed, for learning from two reports; and report 003
filled in, saved in GB18030 (filled-003-gb18030.txt), as Windows Notepad saves “ANSI”.

Run from the package root: python3 Tests/DraftEndToEndTests/Learning/make_filled.py
"""
import glob
import re
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE.parent / "Corpus"
BLANK = re.compile(r"X\.X|[XＸ]+|\*+|＊+")

VALUES = {
    "000": ["临江"] * 2 + ["二十"] + ["临江"] * 3 + ["张明"] + ["临江"] * 3 + ["张明"]
    + ["临江", "临江", "红星", "红星", "临江", "张明", "张", "临江", "滨江", "幸福", "幸福", "临江",
       "临江", "张明", "二十", "临江", "临江", "临江"],
    "001": ["临江", "临江市", "临江市", "季调度、月通报", "18", "20", "40", "10", "6", "2", "4",
            "46", "暖心助残", "30", "审计", "26", "3", "5", "4", "2", "临江市", "共同富裕", "临江"],
    "002": ["临江", "临江", "临江", "临江", "4", "临江", "1260", "152.3", "860", "98.6", "3", "5",
            "8", "1600", "120", "九", "六", "12", "N"],
    "003": ["6", "4", "24", "6", "2", "4", "12", "12", "4", "15", "3", "8", "5", "6", "10", "40",
            "32", "18", "6", "4", "30"],
}


def filled(text: str, values: list[str]) -> str:
    found = list(BLANK.finditer(text))
    assert len(found) == len(values), (len(found), len(values))
    out, last = [], 0
    for match, value in zip(found, values):
        out.append(text[last:match.start()])
        out.append(value)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def main() -> None:
    for number, values in VALUES.items():
        source = next(iter(glob.glob(str(CORPUS / f"{number}_*.txt"))))
        text = Path(source).read_text(encoding="utf-8")
        for marker in ("##paidbegin##", "##paidend##"):
            text = text.replace(marker, "")
        result = filled(text, values)
        (HERE / f"filled-{number}.txt").write_text(result, encoding="utf-8")
        if number == "003":
            (HERE / "filled-003-gb18030.txt").write_bytes(result.encode("gb18030"))
        if number == "000":
            earlier = (
                result.replace("2023年", "2022年").replace("7月2日", "6月28日")
                .replace("7月11日", "7月15日").replace("2户", "3户")
                .replace("红星村", "青山村").replace("爱眼日", "爱耳日")
                .replace("锤炼坚强党性彰显担当作为", "学党史 悟思想 办实事")
                .replace("第二批主题教育", "党史学习教育")
            )
            (HERE / "filled-000-2022.txt").write_text(earlier, encoding="utf-8")


if __name__ == "__main__":
    main()
