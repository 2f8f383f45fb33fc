#!/usr/bin/env python3
"""Runs draft's benchmarks side by side with Jinja2 and prints a table (see run.sh).

Rendering: the same report (workload/report.j2 for Jinja2, workload/report.tmpl for draft)
over the same records from workload/gen_data.py, timed in the same run, alternating engines
round by round; medians of ROUNDS rounds. The two outputs must hold the same text: draft lays
out paragraphs itself (no hand-made indents or blank lines), so both are compared line by
line with leading ideographic spaces and blank lines removed.
"""
import json
import os
import platform
import re
import shutil
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
    """`draft generate` of one report and `draft --version`, alternating: medians of 30."""
    output = os.path.join(folder, "报告.txt")
    command = [DRAFT, "generate", os.path.join(ROOT, "Examples", "corpus-000.yaml"), "-o", output,
               "--force"]
    times = {"generate": [], "version": []}
    for _ in range(30):
        for name, argv in (("generate", command), ("version", [DRAFT, "--version"])):
            start = time.perf_counter()
            run(argv)
            times[name].append(time.perf_counter() - start)
    _, _, peak = timed(command)
    return statistics.median(times["generate"]), statistics.median(times["version"]), peak


def allocations(folder):
    """Heap blocks one report's rendering (and writing it as text) allocates, counted by
    valgrind's dhat: 100 records rendered twice less rendered once, per record; for the workload
    as it is and with every list ten times as long (a longer report). None without valgrind."""
    if not shutil.which("valgrind"):
        return None
    result = {}
    for name, scale in (("workload", 1), ("lists ×10", 10)):
        counts = {}
        data = os.path.join(folder, f"alloc_{scale}.json")
        run([sys.executable, os.path.join(WORKLOAD, "gen_data.py"), "-n", "100", "-o", data])
        if scale > 1:
            with open(data, encoding="utf-8") as file:
                records = json.load(file)
            for record in records:
                for key, value in record.items():
                    if isinstance(value, list):
                        record[key] = value * scale
            with open(data, "w", encoding="utf-8") as file:
                json.dump(records, file, ensure_ascii=False)
        for renders in (1, 2):
            out = os.path.join(folder, "dhat.out")
            report = subprocess.run(
                ["valgrind", "--tool=dhat", f"--dhat-out-file={out}", RENDER_BENCH, "--data", data,
                 "--template", os.path.join(WORKLOAD, "report.tmpl"), "--parse-iters", "0",
                 "--renders", str(renders)],
                capture_output=True, text=True)
            match = re.search(r"Total:\s+[\d,]+ bytes in ([\d,]+) blocks", report.stderr)
            if not match:
                return None
            counts[renders] = int(match.group(1).replace(",", ""))
        result[name] = (counts[2] - counts[1]) / 100
    return result


def timed(command):
    """Runs `command` under /usr/bin/time -v: (wall seconds, the finished process, peak MB)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return wall, result, int(match.group(1)) / 1024 if match else float("nan")


def batch(folder, draft=DRAFT, count=1000, rounds=3):
    """`draft batch` of `count` .docx on all cores: the median wall time of `rounds`, and the
    peak memory."""
    units = os.path.join(folder, "units")
    if not os.path.isdir(units):
        run([sys.executable, os.path.join(ROOT, "Benchmarks", "batch", "gen_units.py"), "-n",
             str(count), "-o", units])
    walls, peaks = [], []
    for index in range(rounds):
        out = os.path.join(folder, f"out-{os.getpid()}-{index}-{len(draft)}")
        wall, result, peak = timed([draft, "batch", units, "-o", out])
        if result.returncode != 0:
            sys.exit(f"draft batch failed:\n{result.stderr[-2000:]}")
        written = len([name for name in os.listdir(out) if name.endswith(".docx")])
        if written != count:
            sys.exit(f"draft batch wrote {written} reports of {count}")
        shutil.rmtree(out)
        walls.append(wall)
        peaks.append(peak)
    return statistics.median(walls), count, max(peaks)


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
        counted = allocations(folder)
        if counted:
            rows.append(("allocations a report", "", f"{counted['workload']:.0f}", "",
                         f"dhat; {counted['lists ×10']:.0f} with every list ten times as long"))
        else:
            rows.append(("allocations a report", "", "skipped", "", "valgrind not found"))
        wall, version, peak = one_report(folder)
        rows.append(("one report (draft generate)", f"{version * 1000:.1f} ms",
                     f"{wall * 1000:.1f} ms", f"{wall / version:.2f}× --version",
                     f"process start included; Jinja2 column: draft --version; peak {peak:.1f} MB"))
        previous = os.environ.get("PREVIOUS_DRAFT")
        if previous and os.path.exists(previous):
            # The builds alternate round by round, so that both meet the same load.
            new, old = [], []
            for _ in range(3):
                new.append(batch(folder, DRAFT, rounds=1))
                old.append(batch(folder, previous, rounds=1))
            wall, written = statistics.median(r[0] for r in new), new[0][1]
            peak = max(r[2] for r in new)
            old_wall, old_peak = statistics.median(r[0] for r in old), max(r[2] for r in old)
            rows.append(("1,000 .docx (draft batch)", f"{old_wall:.2f} s", f"{wall:.2f} s",
                         f"{old_wall / wall:.2f}× {os.environ.get('PREVIOUS_NAME', 'previous')}",
                         f"{written / wall:,.0f} reports/s (previous {written / old_wall:,.0f}); "
                         f"peak {peak:.1f} MB (previous {old_peak:.1f} MB)"))
        else:
            wall, written, peak = batch(folder)
            rows.append(("1,000 .docx (draft batch)", "", f"{wall:.2f} s", "",
                         f"{written / wall:,.0f} reports/s; peak {peak:.1f} MB"))
        for name, value, notes in learn_bench.rows(folder):
            rows.append((name, "", value, "", notes))
    widths = [max(len(str(row[i])) for row in rows + [HEADER]) for i in range(5)]
    for row in [HEADER] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


HEADER = ("benchmark", "Jinja2 (or the other)", "draft", "ratio", "notes")

if __name__ == "__main__":
    main()
