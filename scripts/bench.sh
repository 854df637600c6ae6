#!/usr/bin/env bash
# Regenerates docs/PERFORMANCE.md: builds translate-bench in release mode, generates the synthetic districts
# into .bench/ (git-ignored), times every stage, runs the peers (scripts/bench-peers.sh) on the same files.
# usage: bash scripts/bench.sh            (sizes district and 10x)
#        BENCH_SIZES=district,10x,100x BENCH_REPEAT=3,1,1 bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product translate-bench >&2
bin="$(swift build -c release --show-bin-path)/translate-bench"
args=(--sizes "${BENCH_SIZES:-district,10x}" --out docs/PERFORMANCE.md --peers scripts/bench-peers.sh)
args+=(--repeat "${BENCH_REPEAT:-3,1,1}")
[[ -n ${BENCH_STAGES:-} ]] && args+=(--stages "$BENCH_STAGES")
exec "$bin" "${args[@]}"
