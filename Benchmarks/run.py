#!/usr/bin/env python3
"""Runs draft's benchmarks side by side with Jinja2 and prints a table (see run.sh).

Rendering: the same report (workload/report.j2 for Jinja2, workload/report.tmpl for draft)
over the same records from workload/gen_data.py, timed in the same run, alternating engines
round by round; medians of ROUNDS rounds. The two outputs must hold the same text: draft lays
out paragraphs itself (no hand-made indents or blank lines), so both are compared line by
line with leading ideographic spaces and blank lines removed.
"""
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "learn"))
import bench as learn_bench  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOAD = os.path.join(ROOT, "Benchmarks", "workload")
RELEASE = os.path.join(ROOT, ".build", "release")
DRAFT = os.path.join(RELEASE, "draft")
RENDER_BENCH = os.path.join(RELEASE, "render-bench")
ROUNDS = int(os.environ.get("ROUNDS", "5"))


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def fields(line):
    return dict(part.split("=", 1) for part in line.split() if "=" in part)


def render_round(engine, data, dump=None, parse_iters=0):
    if engine == "jinja2":
        command = [sys.executable, os.path.join(WORKLOAD, "jinja2_bench.py"), "--data", data,
                   "--template", os.path.join(WORKLOAD, "report.j2"),
                   "--parse-iters", str(parse_iters)]
    else:
        command = [RENDER_BENCH, "--data", data, "--template",
                   os.path.join(WORKLOAD, "report.tmpl"), "--parse-iters", str(parse_iters)]
    if dump:
        command += ["--dump", dump]
    result = {}
    for line in run(command).stdout.splitlines():
        values = fields(line)
        if "records_per_s" in values:
            result["seconds"] = float(values["seconds"])
            result["records"] = int(values["records"])
            result["bytes"] = int(values["bytes"])
        if "parse_ms_each" in values:
            result["parse_ms"] = float(values["parse_ms_each"])
    return result


def normalized(path):
    """Each record's non-blank lines, without leading ideographic spaces."""
    records, current = [], None
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.startswith("=====RECORD "):
                current = []
                records.append(current)
                continue
            text = line.rstrip("\n").lstrip("\u3000 ")
            if text:
                current.append(text)
    return records


def compare_outputs(data, folder):
    jinja, draft = os.path.join(folder, "jinja2.txt"), os.path.join(folder, "draft.txt")
    render_round("jinja2", data, dump=jinja)
    render_round("draft", data, dump=draft)
    a, b = normalized(jinja), normalized(draft)
    if a != b:
        for index, (x, y) in enumerate(zip(a, b)):
            if x != y:
                for line_x, line_y in zip(x, y):
                    if line_x != line_y:
                        sys.exit(f"record {index} differs:\n  jinja2: {line_x}\n  draft:  {line_y}")
        sys.exit(f"outputs differ: {len(a)} records against {len(b)}")
    return len(a)


def rendering(count, folder):
    data = os.path.join(folder, f"records_{count}.json")
    run([sys.executable, os.path.join(WORKLOAD, "gen_data.py"), "-n", str(count), "-o", data])
    checked = compare_outputs(data, folder)
    rounds = {"jinja2": [], "draft": []}
    for _ in range(ROUNDS):
        for engine in ("jinja2", "draft"):
            rounds[engine].append(render_round(engine, data))
    medians = {engine: statistics.median(r["seconds"] for r in results)
               for engine, results in rounds.items()}
    return checked, medians, rounds["draft"][-1]["bytes"]


def parsing():
    data = os.path.join(tempfile.gettempdir(), "draft-bench-parse.json")
    run([sys.executable, os.path.join(WORKLOAD, "gen_data.py"), "-n", "1", "-o", data])
    result = {}
    for engine in ("jinja2", "draft"):
        result[engine] = statistics.median(
            render_round(engine, data, parse_iters=300)["parse_ms"] for _ in range(3))
    return result


def one_report(folder):
    output = os.path.join(folder, "报告.txt")
    command = [DRAFT, "generate", os.path.join(ROOT, "Examples", "corpus-000.yaml"), "-o", output,
               "--force"]
    times = []
    for _ in range(30):
        start = time.perf_counter()
        run(command)
        times.append(time.perf_counter() - start)
    _, _, peak = timed(command)
    return statistics.median(times), peak


def timed(command):
    """Runs `command` under /usr/bin/time -v: (wall seconds, the finished process, peak MB)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return wall, result, int(match.group(1)) / 1024 if match else float("nan")


def batch(folder, count=1000):
    units = os.path.join(folder, "units")
    out = os.path.join(folder, "out")
    run([sys.executable, os.path.join(ROOT, "Benchmarks", "batch", "gen_units.py"), "-n",
         str(count), "-o", units])
    wall, result, peak = timed([DRAFT, "batch", units, "-o", out])
    if result.returncode != 0:
        sys.exit(f"draft batch failed:\n{result.stderr[-2000:]}")
    written = len([name for name in os.listdir(out) if name.endswith(".docx")])
    return wall, written, peak


def main():
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"{time.strftime('%Y-%m-%d')}; {ROUNDS} rounds (medians)")
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for count in (1000, 10000):
            checked, medians, size = rendering(count, folder)
            jinja, draft = medians["jinja2"], medians["draft"]
            rows.append((f"render {count:,} reports", f"{count / jinja:,.0f}/s",
                         f"{count / draft:,.0f}/s", f"{jinja / draft:.2f}×",
                         f"same text ({checked:,}); {size / count / 1024:.1f} KB each"))
        parse = parsing()
        rows.append(("parse the template", f"{parse['jinja2']:.3f} ms", f"{parse['draft']:.3f} ms",
                     f"{parse['jinja2'] / parse['draft']:.1f}×", "Jinja2: Environment.from_string"))
        wall, peak = one_report(folder)
        rows.append(("one report (draft generate)", "", f"{wall * 1000:.1f} ms", "",
                     f"process start included; peak {peak:.1f} MB"))
        wall, written, peak = batch(folder)
        rows.append(("1,000 .docx (draft batch)", "", f"{wall:.2f} s", "",
                     f"{written / wall:,.0f} reports/s; peak {peak:.1f} MB"))
        for name, value, notes in learn_bench.rows(folder):
            rows.append((name, "", value, "", notes))
    widths = [max(len(str(row[i])) for row in rows + [HEADER]) for i in range(5)]
    for row in [HEADER] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


HEADER = ("benchmark", "Jinja2", "draft", "draft speed ÷ Jinja2", "notes")

if __name__ == "__main__":
    main()
