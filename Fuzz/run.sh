#!/usr/bin/env bash
# Builds the fuzz targets and runs each in turn for SECONDS (default 600).
#
#   Fuzz/run.sh [SECONDS] [TARGET…]      targets: answers template-parse template-render report
#                                        numbers inflate zip xml workbook learn
#
# Each target's corpus grows in Fuzz/build/corpus/<target>/ (seeded from the repository by
# Fuzz/seeds.py on every run); crashes, timeouts and out-of-memory inputs are stored under
# Fuzz/crashes/<target>/; the full log is Fuzz/build/logs/<target>.log, and a summary line
# per target (runs, exec/s, coverage, features, peak memory) is printed at the end.
# FUZZ_KEEP_GOING=1 runs in libFuzzer's fork mode, carrying on past findings.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(answers template-parse template-render report numbers inflate zip xml workbook learn)

# A failed build stops the run (pipefail); only grep finding nothing to pass on is ignored.
Fuzz/build.sh 2>&1 | { grep -v "Cannot export local symbol" || true; }
python3 Fuzz/seeds.py

declare -A max_len=(
  [answers]=8192 [template-parse]=16384 [template-render]=16384 [report]=16384 [numbers]=1024
  [inflate]=16384 [zip]=65536 [xml]=16384 [workbook]=131072 [learn]=16384
)
summary=()
for target in "${targets[@]}"; do
  binary=Fuzz/build/fuzz-$target
  [[ -x $binary ]] || { echo "no fuzz target “$target”" >&2; exit 2; }
  corpus=Fuzz/build/corpus/$target
  crashes=Fuzz/crashes/$target
  log=Fuzz/build/logs/$target.log
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  # A target's own dictionary (Fuzz/<target>.dict) when it has one.
  dict=Fuzz/draft.dict
  [[ -f Fuzz/$target.dict ]] && dict=Fuzz/$target.dict
  options=(
    -max_total_time="$seconds" -max_len="${max_len[$target]:-16384}" -timeout=10
    -rss_limit_mb=2048 -dict="$dict" -artifact_prefix="$crashes/"
    -print_final_stats=1 -use_value_profile=1
  )
  if [[ ${FUZZ_KEEP_GOING:-0} == 1 ]]; then
    options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  echo "== $target: $seconds s (log: $log)"
  status=0
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "${options[@]}" "$corpus" "Fuzz/build/seeds/$target" \
    >"$log" 2>&1 || status=$?
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1 || true)
  rate=$(grep -E 'stat::average_exec_per_sec' "$log" | awk '{print $2}' | tail -1 || true)
  # Fork mode prints no final stats: the runs are on its last status line.
  [[ -n $runs ]] || runs=$(sed -E -n 's/^#([0-9]+).*/\1/p' <<<"$last")
  rss=$(grep -E 'stat::peak_rss_mb' "$log" | awk '{print $2}' | tail -1 || true)
  found=$(find "$crashes" -type f | wc -l)
  summary+=("$target: exit $status, runs ${runs:-?}, ${rate:-?} exec/s, peak ${rss:-?} MB, $found finding file(s); last: $last")
done

echo
echo "== Summary"
printf '%s\n' "${summary[@]}"
