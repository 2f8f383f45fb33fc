#!/usr/bin/env bash
# Times `draft learn` on a 30-page report made of the corpus's text, as .txt and as .docx
# (see Benchmarks/learn/bench.py). Needs python3; python-docx for the .docx (pip install
# python-docx), GNU time (/usr/bin/time).
#
#   Benchmarks/learn.sh            # ROUNDS=10 by default
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "Building draft (release)…" >&2
swift build -c release --product draft >&2
exec python3 Benchmarks/learn/bench.py "$@"
