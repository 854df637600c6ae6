#!/usr/bin/env bash
# Fuzz translate's parsers with libFuzzer (see docs/RELIABILITY.md, "Fuzzing").
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]     default: all targets, 60 seconds each
#   FUZZ_JOBS=N scripts/fuzz.sh all SECONDS     N targets at once (default 1); the table comes at the end
#
# Builds Sources/translate-fuzz once with -sanitize=fuzzer,address in its own build folder (.build-fuzz, so the
# normal build is never touched), then runs each target in turn on a copy of its seed corpus
# (Tests/Fuzz/corpus/<target>/ → .fuzz/corpus/<target>/, which keeps growing between runs) and prints
# executions, coverage and crashes per target. Crashing inputs are saved in .fuzz/crashes/<target>/;
# replay one with `swift run translate-fuzz <target> FILE`. Runs at low priority: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(po messageformat html markdown tmx xliff tbx csv config languages)
target=${1:-all}
seconds=${2:-60}
if [[ $target != all && ! " ${targets[*]} " =~ " $target " ]]; then
    echo "usage: scripts/fuzz.sh [all|${targets[*]// /|}] [SECONDS]" >&2
    exit 2
fi
[[ $target == all ]] || targets=("$target")

nice -n 19 swift build -c release --scratch-path .build-fuzz --product translate-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" | tail -3
fuzzer=.build-fuzz/release/translate-fuzz
# CPU seconds per target (user + system): with FUZZ_JOBS > 1 on a shared machine, wall time overstates the work.
cpu_clock() {  # cpu_clock FILE COMMAND...: runs COMMAND, writing "user system" seconds to FILE when /usr/bin/time exists
    local file=$1; shift
    if [[ -x /usr/bin/time ]]; then /usr/bin/time -f '%U %S' -o "$file" "$@"; else "$@"; fi
}

# Seeds: Tests/Fuzz/corpus/<target>/ (pieces of the repo's catalogs and exports, Django PO, html5lib inputs,
# MessageFormat edge cases) plus the project's own files of that kind, taken as they are now.
repo_seeds() {
    case $1 in
        po) ls Locales/*.po Locales/*.pot ;;
        html) find Content -name '*.html' ;;
        markdown) find Content -name '*.md' -o -name '*.txt' ;;
        csv) echo Glossary/glossary.csv ;;
        config) echo translate.json ;;
        languages) echo Locales/languages.tsv ;;
    esac
}

declare -A max_len=([messageformat]=4096 [config]=8192)
declare -A dict=([po]=po [messageformat]=messageformat [html]=html [markdown]=markdown [tmx]=xml [xliff]=xml
                 [tbx]=xml [csv]=csv [config]=json [languages]=tsv)

run_target() {
    local t=$1
    mkdir -p ".fuzz/corpus/$t" ".fuzz/crashes/$t" ".fuzz/logs"
    cp -n "Tests/Fuzz/corpus/$t/"* ".fuzz/corpus/$t/"
    repo_seeds "$t" | while read -r file; do cp -n "$file" ".fuzz/corpus/$t/repo-${file//\//-}"; done
    log=".fuzz/logs/$t.log"
    # One process per target: the first crash ends its run (the input is saved); fix it and run again.
    # No leak detection, per input or at exit: FoundationXML leaks a CFString for every XML parse error (_CFErrorCreateFromXMLInterface),
    # which would end the TMX, XLIFF and TBX runs on their first malformed input.
    # SWIFT_BACKTRACE off: Swift's own crash backtracer reads the stack in a way ASan reports as a second error.
    FUZZ_TARGET=$t SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
        cpu_clock ".fuzz/logs/$t.cpu" nice -n 19 "$fuzzer" ".fuzz/corpus/$t" \
        -dict="Tests/Fuzz/dict/${dict[$t]}.dict" -max_len="${max_len[$t]:-16384}" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
        -max_total_time="$seconds" \
        -artifact_prefix=".fuzz/crashes/$t/" -print_final_stats=1 >"$log" 2>&1 || true
}

summarize() {
    local t=$1 log=".fuzz/logs/$1.log"
    # libFuzzer's status lines: "#N  NEW|REDUCE|pulse|DONE  cov: C ft: F corp: K/…"; the last one is the total.
    last=$(grep -E '^#[0-9]+[[:space:]].* cov: ' "$log" | tail -1 || true)
    runs=$(sed -nE 's/^#([0-9]+)[[:space:]].*/\1/p' <<<"$last")
    cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$last")
    corpus=$(ls ".fuzz/corpus/$t" | wc -l)
    crashes=$(ls ".fuzz/crashes/$t" | wc -l)
    cpu=$(awk 'END { if (NF >= 2) printf "%d", $1 + $2 }' ".fuzz/logs/$t.cpu" 2>/dev/null || true)
    printf '%-14s %8s %8s %12s %8s %8s %8s %8s %8s\n' "$t" "$seconds" "${cpu:-?}" "${runs:-?}" "$(( ${runs:-0} / seconds ))" \
        "${cov:-?}" "${ft:-?}" "$corpus" "$crashes"
}

jobs=${FUZZ_JOBS:-1}
if (( jobs > 1 )); then
    running=0
    for t in "${targets[@]}"; do
        run_target "$t" &
        if (( ++running >= jobs )); then wait -n; running=$((running - 1)); fi
    done
    wait
fi
printf '%-14s %8s %8s %12s %8s %8s %8s %8s %8s\n' target seconds cpu-s executions exec/s cov ft corpus crashes
for t in "${targets[@]}"; do
    (( jobs > 1 )) || run_target "$t"
    summarize "$t"
done
