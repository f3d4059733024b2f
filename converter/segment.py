"""Stage 3, segment: normalised text into line blocks, and helpers to split sentences.

Scrapers write one paragraph per line, sometimes with blank lines between, and
sometimes the whole article on one line. A block is one non-empty line; the
boilerplate stage decides which blocks are body paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lazyre import lazy_re


@dataclass
class Block:
    """One non-empty line of the normalised text, with inline cuts still to apply."""

    index: int
    start: int  # normalised offsets, stripped of surrounding spaces
    end: int
    text: str
    blank_before: bool = False
    tag: str | None = None  # HTML input: the block's element name
    link_density: float = 0.0  # HTML input: share of characters inside links
    in_main: bool = False  # HTML input: inside <article>/<main> or a content-like container
    furniture: bool = False  # HTML input: inside nav/footer/aside or a furniture-like class
    promotion: bool = False  # HTML input: inside a promo/related/recommended container (other stories)


_LINE = lazy_re(r"[^\n]+")


def segment(text: str) -> list[Block]:
    """Split into stripped non-empty lines; remember blank lines before each."""
    blocks: list[Block] = []
    prev_end = 0
    for m in _LINE.finditer(text):
        s, e = m.span()
        line = m.group()
        ls = len(line) - len(line.lstrip())
        rs = len(line.rstrip())
        if rs <= ls:
            continue
        blank = text.count("\n", prev_end, s) >= 2 or (not blocks and s > 0 and "\n" in text[:s])
        blocks.append(Block(len(blocks), s + ls, s + rs, line[ls:rs], blank_before=blank))
        prev_end = e
    return blocks


# Sentence boundaries: end punctuation (and closing quotes/brackets) then space and a capital,
# digit or opening quote; abbreviations are protected by the caller's lexicon.
_SENT_END = lazy_re(r"[.!?…](?:[\"”’')\]]+)?(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])|[.!?](?:[\"”’')\]]+)?(?=[A-Z][a-z])")


_INITIALS = lazy_re(r"(?:[A-Za-z]\.)+")


def sentence_spans(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence (start, end) spans of a paragraph; cheap rules, good enough for news prose."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        head = text[start:m.start() + 1]
        word = head.rsplit(None, 1)[-1] if head and not head[-1].isspace() else ""  # the word the mark ends
        if word and word.rstrip(".").lower() in abbreviations and text[m.start()] == ".":
            continue
        if word and _INITIALS.fullmatch(word) and len(word) <= 4:
            # initials such as "U.S." or "J." rarely end a sentence before a capital
            nxt = text[end:end + 12].split()
            if nxt and nxt[0][:1].isupper() and nxt[0].lower() not in {"the", "he", "she", "it", "but", "and"}:
                continue
        seg = text[start:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((start + lead, end))
        start = end
    if text[start:].strip():
        seg = text[start:]
        lead = len(seg) - len(seg.lstrip())
        spans.append((start + lead, len(text.rstrip())))
    return spans
