#!/usr/bin/env bash
# Regenerates docs/PERFORMANCE.md: builds translate-bench in release mode, generates the synthetic districts
# into .bench/ (git-ignored), times every stage at district, 10× and 100× size, runs the peers
# (scripts/bench-peers.sh) on the same files, and measures one language's memory at 100,000 and 1,000,000 units
# beside rapidfuzz (scripts/bench-rapidfuzz.py). About 40 minutes on a 2-core machine (the last run: 37, plus the release build).
# usage: bash scripts/bench.sh
#        BENCH_SIZES=district,10x BENCH_REPEAT=3,1 BENCH_MEMORY_SCALE=none bash scripts/bench.sh   (a quicker partial run)
set -euo pipefail
cd "$(dirname "$0")/.."
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
args=(--sizes "${BENCH_SIZES:-district,10x,100x}" --out docs/PERFORMANCE.md --peers scripts/bench-peers.sh)
args+=(--repeat "${BENCH_REPEAT:-3,1,1}")
args+=(--memory-scale "${BENCH_MEMORY_SCALE:-100000,1000000}" --rapidfuzz scripts/bench-rapidfuzz.py)
[[ -n ${BENCH_STAGES:-} ]] && args+=(--stages "$BENCH_STAGES")
exec "$bin" "${args[@]}"
