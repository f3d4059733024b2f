"""Stage 4, strip boilerplate: decide, block by block, what is article body.

Signals that need no markup (jusText's idea, adapted to scraped text): word
count, stop-word density, sentence punctuation, letter case, links and handles,
a pattern lexicon kept as data, position, repetition of other blocks and lines
that recur across a batch. The body is taken as the densest run of prose
blocks; decisions are then smoothed with the neighbours so that a short body
paragraph between two long ones stays. When unsure, keep.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .language import stopword_density, tokens
from .lexicon import Pattern, inline_patterns, line_patterns
from .segment import Block

GOOD, NEAR, SHORT, BAD = "good", "near-good", "short", "bad"

_URL = re.compile(r"https?://|www\.|\.com\b|@\w{2,}|#\w{2,}")
_END_PUNCT = re.compile(r"[.!?…:;\"”’)\]]$")
_TEASER_END = re.compile(r"\s*\[(?:…|\.\.\.|&hellip;)\]\s*$|\s*(?:…|\.\.\.)\s*$")
_BULLET = re.compile(r"^[•·▪►»›*\-–]\s")


@dataclass
class Options:
    """Knobs of the boilerplate stage (CLI flags map onto these)."""

    extra_patterns: tuple[Pattern, ...] = ()
    recurring: frozenset[str] = frozenset()  # lines seen in many files of one batch
    min_good_words: int = 12


@dataclass
class Classified:
    """The stage's verdict for one block."""

    block: Block
    cls: str
    keep: bool = False
    role: str = "body"
    reason: str = ""
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # normalised (start, end, reason)


def _features(b: Block, lang: str | None) -> tuple[int, float]:
    toks = tokens(b.text)
    return len(toks), stopword_density(toks, lang)


def _match(text: str, patterns, long: bool = False) -> str | None:
    """First matching pattern's reason; a long line only answers to patterns anchored at its start."""
    for p in patterns:
        if long and not p.regex.pattern.startswith("^"):
            continue
        if p.regex.search(text):
            return p.reason
    return None


def norm_line(text: str) -> str:
    """Key used to compare lines across files and within a file."""
    return " ".join(tokens(text.lower()))


def classify(blocks: list[Block], lang: str | None, opts: Options | None = None) -> list[Classified]:
    """Label every block keep/drop with a role and a reason."""
    opts = opts or Options()
    patterns = tuple(line_patterns()) + tuple(opts.extra_patterns)
    out: list[Classified] = []
    for b in blocks:
        n, sw = _features(b, lang)
        text = b.text
        reason = None
        if n >= 40 and sw >= 0.3:
            reason = None  # long prose is never matched against furniture patterns
        else:
            reason = _match(text, patterns, long=n >= 25)
        if reason is None and opts.recurring and norm_line(text) in opts.recurring:
            reason = "recurs across the batch"
        if reason is None and b.furniture and b.link_density > 0.3:
            reason = "HTML navigation/footer block"
        if reason:
            out.append(Classified(b, BAD, reason=reason))
            continue
        ends = bool(_END_PUNCT.search(text))
        links = len(_URL.findall(text))
        if b.link_density > 0.5 and n < 30:
            cls, why = BAD, "mostly link text"
        elif n >= opts.min_good_words and (sw >= 0.22 or (lang is None and ends)) and links <= max(1, n // 15):
            cls, why = GOOD, "prose"
        elif n >= 7 and ends and (sw >= 0.15 or lang is None):
            cls, why = NEAR, "sentence"
        elif n >= opts.min_good_words:
            cls, why = NEAR, "long line, little prose"
        else:
            cls, why = SHORT, "short line"
        if b.in_main and cls in (SHORT, NEAR) and b.link_density < 0.3 and ends:
            cls, why = NEAR, why + " in main content"
        out.append(Classified(b, cls, reason=why))
    _choose_region(out)
    _end_zone(out)
    _smooth(out)
    _repeats(out)
    _inline(out)
    return out


def _score(c: Classified) -> float:
    n = len(tokens(c.block.text))
    if c.cls == GOOD:
        return n
    if c.cls == NEAR:
        return 0.5 * n
    if c.cls == SHORT:
        return -1.5 if n > 2 else -1.0
    return -4.0


def _choose_region(cs: list[Classified]) -> None:
    """Keep the maximal-score contiguous run of blocks (the article), plus strong prose outside it."""
    if not cs:
        return
    best, best_s, best_e = float("-inf"), 0, -1
    run, run_s = 0.0, 0
    for i, c in enumerate(cs):
        if run <= 0:
            run, run_s = 0.0, i
        run += _score(c)
        if run > best:
            best, best_s, best_e = run, run_s, i
    for i, c in enumerate(cs):
        inside = best_s <= i <= best_e
        if c.cls == BAD:
            c.keep, c.role = False, "boilerplate"
        elif inside:
            c.keep = c.cls in (GOOD, NEAR)
            if not c.keep:
                c.reason += " (kept only between body blocks)"
        else:
            c.keep = c.cls == GOOD and len(tokens(c.block.text)) >= 25
            if not c.keep:
                c.role = "boilerplate"
                c.reason = f"{c.reason}, outside the article's main run"
            else:
                c.reason = "long prose outside the main run"


_END_MARK = re.compile(r"^(?:#{3}|-30-|\*\*\*|about (?:the )?[A-Z][\w.&'’ -]{2,80})$", re.I)


def _end_zone(cs: list[Classified]) -> None:
    """After an end marker ("###", "-30-") or an "About <issuer>" heading in the second half, nothing is body."""
    n = len(cs)
    for i, c in enumerate(cs):
        if i >= n // 2 and _END_MARK.match(c.block.text) and (c.block.text[:1] in "#-*" or not c.keep):
            for d in cs[i + 1:]:
                if d.keep:
                    d.keep, d.role, d.reason = False, "boilerplate", "after the article's end marker"
            break


def _smooth(cs: list[Classified]) -> None:
    """A short block between kept body blocks is body (jusText's neighbour rule)."""
    for i, c in enumerate(cs):
        if c.keep or c.cls != SHORT:
            continue
        prev = next((d for d in reversed(cs[:i]) if d.cls != BAD or d.keep), None)
        nxt = next((d for d in cs[i + 1:] if d.cls != BAD or d.keep), None)
        if prev is not None and nxt is not None and prev.keep and nxt.keep and \
                (_END_PUNCT.search(c.block.text) or c.block.text[:1] in "\"“‘'"):
            c.keep, c.role, c.reason = True, "body", "short sentence between body blocks"
        elif c.role == "body":
            c.role = "boilerplate"


def _repeats(cs: list[Classified]) -> None:
    """Drop teasers and pull-quotes that repeat body text, and exact duplicates."""
    seen: set[str] = set()
    for c in cs:
        if not c.keep:
            continue
        key = norm_line(c.block.text)
        if key in seen:
            c.keep, c.role, c.reason = False, "boilerplate", "repeats an earlier block"
        seen.add(key)
    kept = [c for c in cs if c.keep]
    keys = {id(c): norm_line(c.block.text) for c in kept}
    for c in kept:
        m = _TEASER_END.search(c.block.text)
        if m and "[" in m.group():
            head = " ".join(norm_line(c.block.text[:m.start()]).split()[:12])
            if head and any(head in keys[id(d)] for d in kept if d is not c):
                c.keep, c.role, c.reason = False, "teaser", "teaser that repeats the lead and ends in […]"
    kept = [c for c in kept if c.keep]
    for c in kept:
        key = keys[id(c)]
        if 3 <= len(key.split()) <= 40 and any(key in keys[id(d)] and d is not c and len(keys[id(d)]) > len(key) for d in kept):
            c.keep, c.role, c.reason = False, "boilerplate", "pull-quote repeating body text"


def _inline(cs: list[Classified]) -> None:
    """Mark boilerplate glued into kept lines (photo credits, teaser markers)."""
    pats = inline_patterns()
    for c in cs:
        if not c.keep:
            continue
        for p in pats:
            for m in p.regex.finditer(c.block.text):
                if m.end() > m.start():
                    c.cuts.append((c.block.start + m.start(), c.block.start + m.end(), p.reason))
