"""Language identification over stop words: small, offline and good enough for news prose."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .lazyre import lazy_re
from .lexicon import stopwords

_WORD = lazy_re(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "pl": "Polish"}


def detect_language(text: str, sample: int = 6000) -> str | None:
    """ISO 639-1 code of the language whose stop words cover most tokens, or None if unsure."""
    toks = _WORD.findall(text[:sample].lower())
    if len(toks) < 5:
        return None
    counts = Counter(toks)  # each distinct word is looked up once per language, not each occurrence
    seen = counts.keys()
    best, best_hits = None, 0
    for code, words in stopwords().items():
        hits = sum(counts[w] for w in words & seen)
        if hits > best_hits:
            best, best_hits = code, hits
    if best is None or best_hits < max(2, 0.08 * len(toks)):
        return None
    return best


def stopword_density(tokens: tuple[str, ...] | list[str], lang: str | None) -> float:
    """Share of tokens that are stop words of `lang` (0 when the language is unknown)."""
    if not tokens or lang is None:
        return 0.0
    words = stopwords().get(lang, frozenset())
    return sum(map(words.__contains__, map(str.lower, tokens))) / len(tokens)  # (C-level loops: per block)


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens (letters, with inner apostrophes); cached, since the boilerplate stage asks about the
    same line many times (features, run scores, region, comment cut)."""
    return tuple(_WORD.findall(text))
