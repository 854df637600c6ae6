#!/usr/bin/env bash
# Regenerates docs/PERFORMANCE.md: builds translate-bench in release mode, generates the synthetic districts
# into .bench/ (git-ignored), times every stage at district, 10× and 100× size, runs the peers
# (scripts/bench-peers.sh) on the same files, and measures one language's memory at 100,000 and 1,000,000 units
# beside rapidfuzz (scripts/bench-rapidfuzz.py). About 40 minutes on a 2-core machine (the last run: 37, plus the release build).
# usage: bash scripts/bench.sh
#        bash scripts/bench.sh --quick     (≤ 5 minutes: district size only, every stage, the peers beside it, memory
#                                           at 100,000 units; writes .bench/quick.md, prints it, leaves the doc alone)
#        BENCH_SIZES=district,10x BENCH_REPEAT=3,1 BENCH_MEMORY_SCALE=none bash scripts/bench.sh   (a quicker partial run)
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/PERFORMANCE.md
if [[ ${1:-} == --quick ]]; then
  # For every change that touches a hot path: the same stages and peers in one short run, so a before/after pair
  # (run it on both commits) compares like with like on the same machine.
  export BENCH_SIZES=district BENCH_REPEAT=${BENCH_REPEAT:-3} BENCH_MEMORY_SCALE=100000
  out=.bench/quick.md
elif [[ -n ${1:-} ]]; then
  echo "usage: bash scripts/bench.sh [--quick]" >&2; exit 2
fi
# The memory-scale sentences draw on wordfreq's English list; rapidfuzz is the peer (both from PyPI).
python3 -c 'import wordfreq, rapidfuzz' 2>/dev/null || pip install wordfreq rapidfuzz >&2
mkdir -p .bench/memory
if [[ ! -s .bench/memory/words-en.tsv ]]; then
  python3 - <<'PY'
import wordfreq
with open(".bench/memory/words-en.tsv.tmp", "w", encoding="utf-8") as f:
    for word in wordfreq.top_n_list("en", 30000):
        f.write("%s\t%.6g\n" % (word, wordfreq.word_frequency(word, "en")))
PY
  mv .bench/memory/words-en.tsv.tmp .bench/memory/words-en.tsv
fi
swift build -c release --product translate-bench >&2
bin="$(swift build -c release --show-bin-path)/translate-bench"
args=(--sizes "${BENCH_SIZES:-district,10x,100x}" --out "$out" --peers scripts/bench-peers.sh)
args+=(--repeat "${BENCH_REPEAT:-3,1,1}")
args+=(--memory-scale "${BENCH_MEMORY_SCALE:-100000,1000000}" --rapidfuzz scripts/bench-rapidfuzz.py)
[[ -n ${BENCH_STAGES:-} ]] && args+=(--stages "$BENCH_STAGES")
"$bin" "${args[@]}"
[[ $out == docs/PERFORMANCE.md ]] || cat "$out"
