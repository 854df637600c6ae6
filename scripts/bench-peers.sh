#!/usr/bin/env bash
# Runs peer tools on a generated district (made by translate-bench) and prints one line per peer:
#   peer<TAB>our stage<TAB>median wall seconds<TAB>peak RSS KiB<TAB>what it did<TAB>share of our stage's work
# Slow peers (pofilter, msgmerge with fuzzy matching) run on the first $PEER_LIMIT catalogs (default 10); the share
# column (catalogs done / catalogs) lets the runner compare like with like.
# usage: scripts/bench-peers.sh DISTRICT_DIR [REPEATS]
# Installs the peers when missing: gettext and translate-toolkit (apt-get), rapidfuzz (pip).
set -uo pipefail
dir=${1:?usage: bench-peers.sh DISTRICT_DIR [REPEATS]}
repeats=${2:-3}
log() { echo "[peers] $*" >&2; }

if ! command -v msgmerge >/dev/null || ! command -v pofilter >/dev/null || ! command -v html2po >/dev/null; then
  log "installing gettext translate-toolkit"
  (apt-get install -y gettext translate-toolkit >/dev/null 2>&1 || sudo apt-get install -y gettext translate-toolkit >/dev/null 2>&1) \
    || pip install translate-toolkit >/dev/null 2>&1 || log "could not install translate-toolkit"
fi
python3 -c 'import rapidfuzz' 2>/dev/null || pip install rapidfuzz >/dev/null 2>&1 || log "could not install rapidfuzz"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timer=$(command -v /usr/bin/time || true)

# Runs "$@" REPEATS times; prints "median_seconds max_rss_kib".
measure() {
  local walls=() rss=0 start end r
  for ((i = 0; i < repeats; i++)); do
    start=$(date +%s.%N)
    if [[ -n $timer ]]; then
      "$timer" -f %M -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || true
      r=$(tail -1 "$tmp/rss"); [[ $r =~ ^[0-9]+$ ]] && ((r > rss)) && rss=$r
    else
      "$@" >/dev/null 2>"$tmp/err" || true
    fi
    end=$(date +%s.%N)
    walls+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk -v r="$rss" '{a[NR]=$1} END {m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.3f\t%d", m, r}'
}

pos=("$dir"/Locales/*.po)
n=${#pos[@]}
# pofilter takes ~2 minutes per 500,000-message catalog: one catalog at 100× size.
entries=$(grep -c '^msgid ' "$dir/Locales/messages.pot")
default_limit=10; ((entries > 100000)) && default_limit=1
limit=${PEER_LIMIT:-$default_limit}; ((limit > n)) && limit=$n
mkdir -p "$tmp/subset/Locales"
cp "$dir/Locales/messages.pot" "${pos[@]:0:limit}" "$tmp/subset/Locales/"
share=$(echo "scale=4; $limit / $n" | bc)

# The per-language peers run in one shell loop, so their peak RSS is the largest single tool run.
cat > "$tmp/msgmerge.sh" <<'SH'
for po in "$1"/Locales/*.po; do msgmerge --quiet -o /dev/null "$po" "$1/Locales/messages.pot" || exit 1; done
SH
cat > "$tmp/msgmerge-exact.sh" <<'SH'
for po in "$1"/Locales/*.po; do msgmerge --quiet --no-fuzzy-matching -o /dev/null "$po" "$1/Locales/messages.pot" || exit 1; done
SH
cat > "$tmp/msgfmt.sh" <<'SH'
for po in "$1"/Locales/*.po; do msgfmt --check -o /dev/null "$po" 2>/dev/null; done; exit 0
SH

if command -v msgmerge >/dev/null; then
  log "msgmerge --no-fuzzy-matching × $n"
  printf 'msgmerge --no-fuzzy-matching\tsync\t%s\tmsgmerge of %d catalogs with messages.pot, exact matching only (as sync: by key)\t1\n' "$(measure bash "$tmp/msgmerge-exact.sh" "$dir")" "$n"
  # Default fuzzy matching is slow (about 4 s per district catalog, growing with new × all messages): one run,
  # and only up to district size.
  if ((entries <= 10000)); then
  log "msgmerge × $n (one run)"
  saved=$repeats; repeats=1
  printf 'msgmerge\tsync\t%s\tmsgmerge of %d of %d catalogs with messages.pot, default fuzzy matching of new messages; 1 run\t%s\n' "$(measure bash "$tmp/msgmerge.sh" "$tmp/subset")" "$limit" "$n" "$share"
  repeats=$saved
  else
    log "msgmerge with fuzzy matching skipped: $entries messages (quadratic; minutes per catalog)"
  fi
  log "msgfmt --check × $n"
  printf 'msgfmt --check\tcheck\t%s\tmsgfmt --check of %d catalogs (PO syntax, header, c-format only)\t1\n' "$(measure bash "$tmp/msgfmt.sh" "$dir")" "$n"
fi
if command -v pofilter >/dev/null; then
  log "pofilter on $limit of $n catalogs"
  mkdir -p "$tmp/pofilter-in"; cp "${pos[@]:0:limit}" "$tmp/pofilter-in/"
  printf 'pofilter\tcheck\t%s\tpofilter (all default tests) over %d of %d catalogs\t%s\n' \
    "$(measure pofilter --progress=none -i "$tmp/pofilter-in" -o "$tmp/pofilter-out")" "$limit" "$n" "$share"
fi
if command -v html2po >/dev/null; then
  log "html2po on Content/ (HTML pages only)"
  mkdir -p "$tmp/html"; (cd "$dir/Content" && find . -name '*.html' -print0 | xargs -0 cp --parents -t "$tmp/html")
  pages=$(find "$tmp/html" -name '*.html' | wc -l)
  printf 'html2po\textract\t%s\thtml2po --duplicates=merge over %d HTML pages (Markdown skipped)\t%s\n' \
    "$(measure html2po --progress=none --duplicates=merge -P -i "$tmp/html" -o "$tmp/html2po-out")" "$pages" "$(echo "scale=4; $pages / $(find "$dir/Content" -type f | wc -l)" | bc)"
fi
if python3 -c 'import rapidfuzz' 2>/dev/null && ls "$dir"/Locales/memory/*.tmx >/dev/null 2>&1; then
  log "rapidfuzz extractOne"
  # Sources are read before the clock starts in the script itself; the timing printed is the matching only,
  # but the measure() wall time includes Python start-up and reading (both reported: we print the inner time).
  cat > "$tmp/fuzz.py" <<'PY'
import glob, html, re, sys, time
from rapidfuzz import process, fuzz
root = sys.argv[1]
pot = open(root + "/Locales/messages.pot", encoding="utf-8").read()
queries = []
for m in re.finditer(r'^msgid ((?:"(?:[^"\\]|\\.)*"\n?)+)', pot, re.M):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
    text = "".join(parts).replace('\\"', '"').replace("\\\\", "\\")
    if text: queries.append(text)
memories = []
for path in sorted(glob.glob(root + "/Locales/memory/*.tmx")):
    segs = re.findall(r'<tuv xml:lang="en"><seg>(.*?)</seg>', open(path, encoding="utf-8").read())
    memories.append([html.unescape(s) for s in segs])
# The sample translate-bench's memory stages look up: every k-th message, at most 5,000 per memory.
total = len(queries)
step = max(1, total // 5000)
queries = queries[::step]
start = time.perf_counter()
hits = 0
for choices in memories:
    for q in queries:
        if process.extractOne(q, choices, scorer=fuzz.ratio, score_cutoff=75) is not None: hits += 1
print(f"{time.perf_counter() - start:.3f} {hits} {len(queries) * len(memories)} 1")
PY
  walls=()
  for ((i = 0; i < repeats; i++)); do walls+=("$(python3 "$tmp/fuzz.py" "$dir")"); done
  median=$(printf '%s\n' "${walls[@]}" | cut -d' ' -f1 | sort -g | awk '{a[NR]=$1} END {m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}')
  set -- ${walls[0]}
  printf 'rapidfuzz extractOne\tlookup\t%s\t0\tprocess.extractOne(fuzz.ratio, cutoff 75): %s of %s queries matched (the same sample as ours: every k-th message when over 5,000); matching time only (TMX read outside)\t%s\n' "$median" "$2" "$3" "$4"
fi
