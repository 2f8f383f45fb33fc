#!/usr/bin/env python3
"""Times `draft learn` on a 30-page report (Benchmarks/learn/make_report.py), as .txt and as
.docx (python-docx, when installed): the whole command, process start included, median of
ROUNDS runs, with its peak memory. Prints one line per format; run.py adds them to its table.

    python3 Benchmarks/learn/bench.py        # after swift build -c release --product draft
"""
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRAFT = os.path.join(ROOT, ".build", "release", "draft")
ROUNDS = int(os.environ.get("ROUNDS", "10"))


def learn_times(report, folder):
    """Median wall and CPU (user + system) seconds of `draft learn report`, its peak MB, and
    what it said. CPU time is what the work costs; wall time also counts waiting for a core
    when other programs run."""
    times, cpu = [], []
    said = ""
    for round_number in range(ROUNDS):
        out = os.path.join(folder, f"out-{os.path.basename(report)}-{round_number}")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run([DRAFT, "learn", report, "-o", out], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if result.returncode != 0:
            sys.exit(f"draft learn failed:\n{result.stderr}")
        said = result.stderr
    out = os.path.join(folder, f"out-{os.path.basename(report)}-timed")
    timed = subprocess.run(["/usr/bin/time", "-v", DRAFT, "learn", report, "-o", out],
                           capture_output=True, text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timed.stderr)
    peak = int(match.group(1)) / 1024 if match else float("nan")
    return statistics.median(times), statistics.median(cpu), peak, said


def rows(folder):
    """(benchmark, draft, notes) rows for the table."""
    text = os.path.join(folder, "报告.txt")
    docx = os.path.join(folder, "报告.docx")
    command = [sys.executable, os.path.join(ROOT, "Benchmarks", "learn", "make_report.py"),
               "-o", text]
    try:
        import docx as _  # noqa: F401
        command += ["--docx", docx]
    except ImportError:
        docx = None
    subprocess.run(command, check=True)
    characters = len(open(text, encoding="utf-8").read())
    out = []
    for label, report in (("txt", text), ("docx", docx)):
        if report is None:
            continue
        wall, cpu, peak, said = learn_times(report, folder)
        fields = re.search(r"(\d+) 处事实成为 (\d+) 个字段", said)
        check = "given back" if "与原文一致" in said else "NOT given back"
        out.append((f"learn a 30-page report (.{label})", f"{wall * 1000:.0f} ms",
                    f"CPU {cpu * 1000:.0f} ms; {characters:,} characters, "
                    f"{fields.group(2) if fields else '?'} fields; {check}; peak {peak:.1f} MB"))
    return out


def main():
    with tempfile.TemporaryDirectory() as folder:
        for name, value, notes in rows(folder):
            print(f"{name}: {value} ({notes})")


if __name__ == "__main__":
    main()
