#!/usr/bin/env python3
"""Mutation fuzzing on real articles: cut them, splice quotation marks and cues in, join their lines,
drop marks, shuffle paragraphs; every output must pass our schemas, or the input must fail with one of
our documented errors, and no input may take over a second.

    python3 bench/fuzz.py [--seconds 300] [--seed 1] [--out DIR]

The hypothesis properties (tests/test_properties.py) build inputs from small fragments; this starts
from the articles of ../shared/corpus, where the rules actually fire. Inputs that fail are written to
--out for a regression test. Prints the number of inputs, failures and the slowest conversions.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMARK_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))

from converter import convert, to_jsonld, to_tei  # noqa: E402
from converter.errors import NewsmarkError  # noqa: E402
from converter.validation import parse_xml, validate_jsonld, validate_tei  # noqa: E402

SPLICES = ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "''", "\n", "\n\n", " said ", ", he said", "(", ")",
           "\u2014", ":", ". ", "According to ", "\u00ab", "\u00bb"]


def mutate(text: str, rng: random.Random) -> str:
    """One of five damages scrapers and editors really do."""
    op = rng.randrange(5)
    if op == 0:  # a cut anywhere
        a = rng.randrange(len(text))
        return text[a:a + rng.randrange(1, 3000)]
    if op == 1:  # stray marks and cues
        for _ in range(rng.randrange(1, 30)):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(SPLICES) + text[i:]
        return text
    if op == 2:  # a one-line record
        return text.replace("\n", " ")
    if op == 3:  # marks lost on the way
        return "".join(ch for ch in text if ch not in "\u201c\u201d\"" or rng.random() < 0.5)
    parts = text.split("\n\n")  # paragraphs out of order
    rng.shuffle(parts)
    return "\n\n".join(parts)


def check(text: str) -> None:
    try:
        art = convert(text)
    except NewsmarkError:
        return
    errors = [f for f in validate_jsonld(to_jsonld(art)) if f.level == "error"]
    tree, found = parse_xml(to_tei(art), "tei")
    assert not errors and tree is not None and not found, (errors, found)
    tei = validate_tei(tree)
    assert not tei, tei


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    a = ap.parse_args()
    corpus = SHARED / "corpus"
    files = sorted(corpus.glob("quotes/dev/*.txt")) + sorted(corpus.glob("rawtext/dev/d*.txt")) + \
        sorted(p for p in corpus.glob("boilerplate/dev/*.txt") if not p.name.endswith(".gold.txt"))
    if not files:
        print(f"fuzz: no articles under {corpus} (set NEWSMARK_SHARED)", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    rng = random.Random(a.seed)
    n = failures = 0
    slow: list[tuple[float, int]] = []
    end = time.monotonic() + a.seconds
    while time.monotonic() < end:
        text = mutate(rng.choice(texts), rng)
        n += 1
        t0 = time.monotonic()
        try:
            check(text)
        except Exception:  # noqa: BLE001 - any failure is a finding
            failures += 1
            a.out.mkdir(parents=True, exist_ok=True)
            (a.out / f"failure-{a.seed}-{failures}.txt").write_text(text, encoding="utf-8")
            print(f"failure {failures}: {traceback.format_exc().strip().splitlines()[-1][:200]}", flush=True)
        took = time.monotonic() - t0
        if took > 1.0:
            slow.append((took, len(text)))
    worst = ", ".join(f"{t:.2f} s ({size} chars)" for t, size in sorted(slow, reverse=True)[:3]) or "none"
    print(f"fuzz: {n} mutated articles in {a.seconds:.0f} s, seed {a.seed}: {failures} failures; over 1 s: {worst}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
