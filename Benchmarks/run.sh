#!/usr/bin/env bash
# Runs every benchmark and prints one table: rendering against Jinja2 (1,000 and 10,000
# records, several rounds, medians), the allocations a report's rendering makes, template
# parsing against Jinja2's compilation, one report from the command line against
# `draft --version`, a batch of 1,000 .docx reports against a build of the previous main, and
# learning a 30-page report.
#
#   Benchmarks/run.sh                       # everything
#   ROUNDS=3 Benchmarks/run.sh              # fewer rounds
#   PREVIOUS=6c54a57 Benchmarks/run.sh      # the commit the batch is compared with
#
# Needs python3 (Jinja2 is installed with pip if missing) and GNU time (/usr/bin/time);
# valgrind (dhat) for the allocation count, which is skipped without it. The previous main is
# taken with `git archive` into .build-previous/ and built there once.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python3 -c 'import jinja2' 2>/dev/null || pip install -q jinja2
echo "Building draft and render-bench (release)…" >&2
swift build -c release --product draft >&2
swift build -c release --product render-bench >&2
previous="${PREVIOUS:-6c54a57}"
previous_root="$root/.build-previous/$previous"
if [ ! -x "$previous_root/.build/release/draft" ]; then
  echo "Building the previous main ($previous, release) in $previous_root…" >&2
  mkdir -p "$previous_root"
  git archive "$previous" | tar -x -C "$previous_root"
  (cd "$previous_root" && swift build -c release --product draft >&2)
fi
export PREVIOUS_DRAFT="$previous_root/.build/release/draft" PREVIOUS_NAME="$previous"
exec python3 Benchmarks/run.py "$@"
