#!/usr/bin/env bash
# Runs every benchmark and prints one table: rendering against Jinja2 (1,000 and 10,000
# records, several rounds, medians), template parsing against Jinja2's compilation, one report
# from the command line, a batch of 1,000 .docx reports, and learning a 30-page report.
#
#   Benchmarks/run.sh                 # everything
#   ROUNDS=3 Benchmarks/run.sh        # fewer rounds
#
# Needs python3 (Jinja2 is installed with pip if missing) and GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python3 -c 'import jinja2' 2>/dev/null || pip install -q jinja2
echo "Building draft and render-bench (release)…" >&2
swift build -c release --product draft >&2
swift build -c release --product render-bench >&2
exec python3 Benchmarks/run.py "$@"
