#!/usr/bin/env bash
# Benchmark of `draft batch`: N sub-units' answers files in, N .docx reports out.
#
#   Benchmarks/batch.sh                 # 1,000 units
#   Benchmarks/batch.sh 100 1000 3000   # several sizes, to see that memory stays flat
#
# For each size: generates the units (Benchmarks/batch/gen_units.py, deterministic), runs
# `draft batch UNITS -o OUT` (release build, .docx, all cores) under /usr/bin/time -v, and
# prints wall time, units per second and peak memory (maximum resident set size).
# Environment: SCRATCH_PATH (swift build's scratch path, default .build), JOBS (--jobs),
# KEEP=1 keeps the generated files.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scratch="${SCRATCH_PATH:-.build}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000)

command -v python3 >/dev/null || { echo "batch.sh: python3 is needed to generate the units" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "batch.sh: /usr/bin/time (GNU time) is needed" >&2; exit 2; }

echo "Building draft (release, scratch path $scratch)…" >&2
swift build -c release --scratch-path "$scratch" --product draft >&2
draft="$scratch/release/draft"

work="$(mktemp -d "${TMPDIR:-/tmp}/draft-batch-bench.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

jobs_option=()
[ -n "${JOBS:-}" ] && jobs_option=(--jobs "$JOBS")

printf '%-8s %10s %12s %14s %10s\n' units "wall (s)" "units/s" "max RSS (MB)" "exit"
for n in "${sizes[@]}"; do
  units="$work/units-$n"
  out="$work/out-$n"
  python3 Benchmarks/batch/gen_units.py -n "$n" -o "$units"
  set +e
  /usr/bin/time -v "$draft" batch "$units" -o "$out" "${jobs_option[@]}" \
    >"$work/table-$n.txt" 2>"$work/time-$n.txt"
  status=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$n.txt" |
    awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$n.txt")
  reports=$(find "$out" -name '*.docx' | wc -l)
  [ "$reports" -eq "$n" ] || echo "batch.sh: $reports reports for $n units" >&2
  printf '%-8s %10.2f %12.0f %14.1f %10s\n' "$n" "$wall" \
    "$(awk -v n="$n" -v w="$wall" 'BEGIN { print (w > 0 ? n / w : 0) }')" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$status"
  rm -rf "$out"
done
echo "($(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
