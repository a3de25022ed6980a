#!/usr/bin/env python3
"""Writes tests/data/knowledge/wordnet-mini/: a WordNet 3.0 database of a dozen synsets in the exact wndb(5WN)
format (byte offsets as synset ids, sorted index files, exception lists), for the index tests and the fuzz seed.

Usage: tests/knowledge/make-wordnet-mini.py   (then, for the fuzz seed:
  noosphere-cli words index --source tests/data/knowledge/wordnet-mini --out fuzz/corpus/wordnetindex/mini.idx)
"""
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "knowledge" / "wordnet-mini"
LICENCE = ["  1 This is a hand-made subset in the format of WordNet 3.0 (Princeton University),",
           "  2 for tests only; its words and glosses follow WordNet's."]

# id: (pos letter, lexfile, ss_type, [(word, lex_id)], [(symbol, target id, source word, target word)], frames, gloss)
SYNSETS = {
    "animal": ("n", 3, "n", [("animal", 0), ("beast", 0)], [("~", "canine", 0, 0)], [],
               'a living organism characterized by voluntary movement'),
    "canine": ("n", 5, "n", [("canine", 0), ("canid", 0)], [("@", "animal", 0, 0), ("~", "dog", 0, 0)], [],
               'any of various fissiped mammals with nonretractile claws'),
    "dog": ("n", 5, "n", [("dog", 0), ("domestic_dog", 0), ("Canis_familiaris", 0)],
            [("@", "canine", 0, 0), ("~", "puppy", 0, 0), ("%p", "flag", 0, 0)], [],
            'a member of the genus Canis; "the dog barked all night"'),
    "puppy": ("n", 5, "n", [("puppy", 0)], [("@", "dog", 0, 0)], [], 'a young dog'),
    "flag": ("n", 8, "n", [("flag", 0)], [("#p", "dog", 0, 0)], [], 'a conspicuously marked or shaped tail'),
    "goose": ("n", 5, "n", [("goose", 0)], [], [], 'web-footed long-necked typically gregarious migratory aquatic birds'),
    "run_v": ("v", 38, "v", [("run", 0)], [("+", "runner", 1, 1)], [(2, 1)],
              'move fast by using one\'s feet; "Don\'t run--you\'ll be out of breath"; "The children ran to the store"'),
    "runner": ("n", 18, "n", [("runner", 0)], [("+", "run_v", 1, 1)], [], 'someone who travels on foot by running'),
    "hot": ("a", 0, "a", [("hot", 0)], [("!", "cold", 1, 1), ("&", "warm", 0, 0)], [],
            'used of physical heat; having a high or higher than desirable temperature; "hot stove"'),
    "warm": ("a", 0, "s", [("warm", 0), ("better(p)", 0)], [("&", "hot", 0, 0)], [], 'psychologically warm'),
    "cold": ("a", 0, "a", [("cold", 0)], [("!", "hot", 1, 1)], [], 'having a low or inadequate temperature; "a cold climate"'),
    "quickly": ("r", 2, "r", [("quickly", 0), ("rapidly", 0)], [], [], 'with rapid movements; "he works quickly"'),
}
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
EXCEPTIONS = {"noun": ["geese goose"], "verb": ["ran run"], "adj": ["hotter hot"], "adv": ["better well"]}


def line_of(sid, offsets):
    pos, lexfile, ss_type, words, pointers, frames, gloss = SYNSETS[sid]
    parts = [f"{offsets[sid]:08d}", f"{lexfile:02d}", ss_type, f"{len(words):02x}"]
    for word, lex_id in words:
        parts += [word, f"{lex_id:x}"]
    parts.append(f"{len(pointers):03d}")
    for symbol, target, source_word, target_word in pointers:
        parts += [symbol, f"{offsets[target]:08d}", SYNSETS[target][0], f"{source_word:02x}{target_word:02x}"]
    if pos == "v":
        parts.append(f"{len(frames):02d}")
        for frame, word in frames:
            parts += ["+", f"{frame:02d}", f"{word:02x}"]
    return " ".join(parts) + " | " + gloss + "  \n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    offsets = {sid: 0 for sid in SYNSETS}
    for _ in range(2):  # offsets are fixed-width, so a second pass settles them
        for letter, name in POS_FILES.items():
            at = sum(len(l) + 1 for l in LICENCE)
            for sid, synset in SYNSETS.items():
                if synset[0] == letter:
                    offsets[sid] = at
                    at += len(line_of(sid, offsets))
    for letter, name in POS_FILES.items():
        ids = [sid for sid, s in SYNSETS.items() if s[0] == letter]
        (OUT / f"data.{name}").write_text("".join(l + "\n" for l in LICENCE) + "".join(line_of(s, offsets) for s in ids))
        lemmas = {}
        for sid in ids:
            for word, _ in SYNSETS[sid][3]:
                lemma = word.lower().removesuffix("(p)")
                lemmas.setdefault(lemma, []).append(sid)
        lines = []
        for lemma in sorted(lemmas):
            sids = lemmas[lemma]
            symbols = sorted({p[0] for sid in sids for p in SYNSETS[sid][4]})
            lines.append(" ".join([lemma, letter, str(len(sids)), str(len(symbols)), *symbols, str(len(sids)), "0",
                                   *(f"{offsets[s]:08d}" for s in sids)]) + "  \n")
        (OUT / f"index.{name}").write_text("".join(l + "\n" for l in LICENCE) + "".join(lines))
        (OUT / f"{name}.exc").write_text("".join(l + "\n" for l in EXCEPTIONS[name]))


main()
