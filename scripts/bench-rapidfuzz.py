#!/usr/bin/env python3
"""rapidfuzz beside translate's memory lookup, on the same strings.

usage: bench-rapidfuzz.py CHOICES QUERIES SAMPLE

CHOICES: one normalized source per line (what MemoryIndex matches: case folded, spaces collapsed,
numbers/dates/times/placeholders as one private-use character each), as translate-bench dumps them.
QUERIES: normalized query <TAB> translate's best score at >= 75 (-1 when none).
Times process.extractOne with Levenshtein.normalized_similarity (1 - distance / longer length:
the score translate computes) and score_cutoff 0.75 on the first SAMPLE queries, and counts the
queries whose best score (floored to a percent) equals translate's. Prints one JSON object.
"""
import json
import statistics
import sys
import time

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

choices_path, queries_path, sample = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
with open(choices_path, encoding="utf-8") as f:
    choices = f.read().split("\n")[:-1]
with open(queries_path, encoding="utf-8") as f:
    queries = [line.split("\t") for line in f.read().split("\n")[:-1]]
load = time.perf_counter() - start
times, agree, matched = [], 0, 0
for text, ours in queries[:sample]:
    t = time.perf_counter()
    best = process.extractOne(text, choices, scorer=Levenshtein.normalized_similarity, score_cutoff=0.75)
    times.append((time.perf_counter() - t) * 1000)
    score = int(best[1] * 100 + 1e-9) if best else -1
    matched += best is not None
    # translate caps a match that differs only in case or spacing at 99; rapidfuzz sees normalized text.
    agree += score == int(ours) or (int(ours) == 99 and score == 100)
times.sort()
print(json.dumps({
    "choices": len(choices), "queries": len(times), "load": load,
    "median": statistics.median(times), "p90": times[int(len(times) * 0.9)], "p99": times[int(len(times) * 0.99)],
    "agree": agree, "matched": matched,
}))
