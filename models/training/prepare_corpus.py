#!/usr/bin/env python3
"""Turns the packaged public-domain texts into the plain-text files `noosphere-cli lm train` reads.

Usage: prepare_corpus.py AUSTEN_TXT_DIR KJV_TXT SOTU_DATA_DIR OUT_DIR
Hard-wrapped lines are joined into paragraphs (one per line, blank line between), as a writer's editor holds
them; front matter (titles, "by", chapter headings) stays. Writes austen-train.txt (five novels),
persuasion-heldout.txt (never trained on: the test text of the model card), kjv.txt and sotu.txt.
"""
import glob
import os
import re
import sys

HELD_OUT = "persuasion"


def paragraphs(text):
    """Joins wrapped lines; blank lines separate paragraphs."""
    out = []
    for block in re.split(r"\n\s*\n", text.replace("\r", "")):
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            out.append(re.sub(r" {2,}", " ", joined))
    return "\n\n".join(out) + "\n"


def austen(src, out):
    train = []
    for path in sorted(glob.glob(os.path.join(src, "*.txt"))):
        name = os.path.splitext(os.path.basename(path))[0]
        text = paragraphs(open(path, encoding="utf-8").read())
        if name == HELD_OUT:
            open(os.path.join(out, "persuasion-heldout.txt"), "w", encoding="utf-8").write(text)
        else:
            train.append(text)
    open(os.path.join(out, "austen-train.txt"), "w", encoding="utf-8").write("\n\n".join(train))


def kjv(src, out):
    """`bible -f` output: 'Ge1:1 In the beginning…' one verse a line; each chapter becomes a paragraph."""
    chapters, current, key = [], [], None
    for line in open(src, encoding="utf-8", errors="replace"):
        m = re.match(r"^(\w+?)(\d+):(\d+)\s+(.*)$", line.strip())
        if not m:
            if line.strip() and current:
                current[-1] += " " + line.strip()
            continue
        if (m.group(1), m.group(2)) != key and current:
            chapters.append(" ".join(current))
            current = []
        key = (m.group(1), m.group(2))
        current.append(m.group(4))
    if current:
        chapters.append(" ".join(current))
    open(os.path.join(out, "kjv.txt"), "w", encoding="utf-8").write("\n\n".join(chapters) + "\n")


def sotu(src, out):
    speeches = [paragraphs(open(p, encoding="utf-8").read()) for p in sorted(glob.glob(os.path.join(src, "*.txt")))]
    open(os.path.join(out, "sotu.txt"), "w", encoding="utf-8").write("\n\n".join(speeches))


def main():
    austen_dir, kjv_txt, sotu_dir, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    austen(austen_dir, out)
    kjv(kjv_txt, out)
    sotu(sotu_dir, out)
    for name in sorted(os.listdir(out)):
        print(f"{name}: {os.path.getsize(os.path.join(out, name))} bytes")


if __name__ == "__main__":
    main()
