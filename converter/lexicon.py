"""Lexicons and patterns, loaded once from the data files under `converter/data/`.

Keeping them as data lets users and maintainers read and extend them without
touching code; `clean --patterns FILE` appends a user's own boilerplate rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from . import recache
from .lazyre import lazy_re
from .prefilter import prefilter, well_formed


def _lines(name: str) -> list[str]:
    text = resources.files("converter.data").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in (raw.rstrip("\n") for raw in text.splitlines()) if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Pattern:
    """A named regular expression: the name is the reason reported by `--explain`.

    `needs`: lower-case strings one of which every match contains (None: no such guarantee). A line
    whose folded text (`prefilter.fold`) contains none of them cannot match, so the regex is not run: most
    lines are tested against a hundred patterns and match none. The regex itself is compiled on first
    use: an article's lines pass the prefilter of about one bundled pattern in ten, and compiling all of
    them was a tenth of a one-file run."""

    reason: str
    source: str  # the regular expression, matched case-insensitively
    needs: tuple[str, ...] | None = None
    first: frozenset[str] | None = None  # anchored at ^: the lower-case first characters a match can start with

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.source, re.I)


def parse_patterns(lines: list[str], source: str = "patterns", lazy: bool = False) -> list[Pattern]:
    """`reason<TAB>regex` lines (or a bare regex) into case-insensitive patterns; a user's are compiled
    here, so that a bad one is reported at once (`lazy`: the bundled ones, compiled and tested in CI)."""
    out = []
    for n, ln in enumerate(lines, 1):
        reason, sep, rx = ln.partition("\t")
        if not sep:
            reason, rx = f"{source} line {n}", ln
        rx = rx.strip()
        shipped = _shipped_prefilters().get(rx) if lazy else None
        needs, first = shipped if shipped is not None else \
            recache.memo(("prefilter", rx, int(re.I)), lambda rx=rx: prefilter(rx, re.I), well_formed)
        p = Pattern(reason.strip(), rx, needs, first)
        if not lazy:
            try:
                p.regex  # noqa: B018 - compiled now, to report a bad pattern before any input is read
            except re.error as exc:
                raise ValueError(f"{source}:{n}: bad regular expression: {exc}") from None
        out.append(p)
    return out


# the bundled pattern files, whose prefilters ship precomputed in PREFILTER_INDEX (scripts/make_prefilter_index.py)
BUNDLED_PATTERNS = ("boilerplate_lines.txt", "boilerplate_notices.txt", "boilerplate_tail.txt", "boilerplate_inline.txt")
PREFILTER_INDEX = "prefilter_index.json"


def prefilter_index() -> dict[str, list]:
    """{pattern source: [needs or null, first characters or null]} for every bundled pattern, as shipped:
    reading ~270 patterns' parse trees was 28 ms of a machine's first run (no pattern cache yet)."""
    out: dict[str, list] = {}
    for name in BUNDLED_PATTERNS:
        for ln in _lines(name):
            reason, sep, rx = ln.partition("\t")
            rx = (rx if sep else ln).strip()
            needs, first = prefilter(rx, re.I)
            out[rx] = [list(needs) if needs is not None else None, sorted(first) if first is not None else None]
    return out


@lru_cache(maxsize=1)
def _shipped_prefilters() -> dict[str, tuple]:
    """The shipped index, read back as `Pattern.needs`/`first` values; an entry that does not read so is left
    out (its pattern's prefilter is computed), and a missing or broken file gives none."""
    import json
    try:
        raw = json.loads(resources.files("converter.data").joinpath(PREFILTER_INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for rx, entry in (raw.items() if isinstance(raw, dict) else ()):
        try:
            needs, first = entry
            value = (tuple(needs) if needs is not None else None, frozenset(first) if first is not None else None)
        except (TypeError, ValueError):
            continue
        if well_formed(value):
            out[rx] = value
    return out


@lru_cache(maxsize=None)
def line_patterns() -> tuple[Pattern, ...]:
    """Whole-line boilerplate: calls to action, share bars, credits, footers."""
    return tuple(parse_patterns(_lines("boilerplate_lines.txt"), "boilerplate_lines.txt", lazy=True))


@lru_cache(maxsize=None)
def notice_patterns() -> tuple[Pattern, ...]:
    """Legal, cookie and disclaimer notices: boilerplate even when the line is long prose."""
    return tuple(parse_patterns(_lines("boilerplate_notices.txt"), "boilerplate_notices.txt", lazy=True))


@lru_cache(maxsize=None)
def tail_patterns() -> tuple[Pattern, ...]:
    """Author bios and feedback requests: boilerplate where they close the article."""
    return tuple(parse_patterns(_lines("boilerplate_tail.txt"), "boilerplate_tail.txt", lazy=True))


@lru_cache(maxsize=None)
def inline_patterns() -> tuple[Pattern, ...]:
    """Boilerplate glued into body lines: photo credits, teaser markers."""
    return tuple(parse_patterns(_lines("boilerplate_inline.txt"), "boilerplate_inline.txt", lazy=True))


# a paragraph that only signs off a quotation: "- Sanders." or "—President Obama, tweeting after the speech."
# (the speakers stage takes its name as the speaker; the boilerplate stage lets it repeat)
SIGN_OFF = lazy_re(r"\s*[-–—]\s*((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)(?:,.{0,160})?\s*$")


@lru_cache(maxsize=None)
def phrases(name: str) -> tuple[str, ...]:
    """A list of phrases as written (case kept), one per line."""
    return tuple(ln.strip() for ln in _lines(name))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A word list (one entry per line, compared in lower case)."""
    return frozenset(w.strip().lower() for w in _lines(name))


@lru_cache(maxsize=None)
def organization_words() -> frozenset[str]:
    """Words that make a name a body's, not a person's: those of `organizations.txt` and the news agencies."""
    return words("organizations.txt") | words("news_agencies.txt")


@lru_cache(maxsize=None)
def genders() -> dict[str, str]:
    """Given names, honorifics and role nouns that say "he" or "she" (`first_names.txt`): word -> m|f."""
    return {f[0].lower(): f[1] for f in (ln.split("\t") for ln in _lines("first_names.txt")) if f[1] in ("m", "f")}


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """The given names of `first_names.txt` (not its honorifics and role nouns)."""
    return frozenset(f[0].lower() for f in (ln.split("\t") for ln in _lines("first_names.txt")) if len(f) < 3)


@lru_cache(maxsize=None)
def stopwords() -> dict[str, frozenset[str]]:
    """Stop-word lists by ISO 639-1 code, for language detection and text density."""
    out = {}
    for f in resources.files("converter.data").joinpath("stopwords").iterdir():
        if f.name.endswith(".txt"):
            out[f.name[:-4]] = frozenset(f.read_text(encoding="utf-8").split())
    return out


@lru_cache(maxsize=None)
def topic_cues() -> re.Pattern:
    """Stance and topic cues ("talked about", "called for", "critical of") as one pattern over lower-cased
    text; the group `impersonal` is set when the cue's subject is not a source ("is expected to")."""
    plain: list[str] = []
    impersonal: list[str] = []
    for ln in _lines("topic_cues.txt"):
        rx, _, flag = ln.partition("\t")
        (impersonal if flag.strip() == "impersonal" else plain).append(f"(?:{_first_words_as_trie(rx.strip())})")
    alts = plain + ([f"(?P<impersonal>{'|'.join(impersonal)})"] if impersonal else [])
    # matched against lower-cased text (five times faster than re.I on this many alternatives)
    return re.compile(r"\b(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def trie_regex(items: list[str]) -> str:
    """The phrases as one alternation with shared prefixes factored out ("say(?:s)?|t(?:old|ells)"), the
    longest first. Python's engine tries every branch of a flat alternation at each position: for the
    cue lexicons (hundreds of phrases, run over every sentence) the trie matches 2-3 times faster."""
    root: dict = {}
    for ph in items:
        node = root
        for ch in ph:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return body + "?" if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + body + ")?"

    return emit(root)


def _first_words_as_trie(rx: str) -> str:
    """"(?:talk|talks|talked|…) about" with its word list as a trie (`trie_regex`): the engine tries
    every word of a flat list at each word start (0.55 -> 0.36 ms a page). Other shapes stay as written;
    spelling out every phrase of the lexicon matched faster still, but compiled 11 ms slower, which a
    one-file run pays."""
    m = re.fullmatch(r"\(\?:([a-z '|-]+)\)([^()]*)", rx)
    return f"(?:{trie_regex(m.group(1).split('|'))}){m.group(2)}" if m else rx


@lru_cache(maxsize=None)
def speech_cues() -> dict[str, str]:
    """Speech cue word -> kind (`speech` or `writing`)."""
    out = {}
    for ln in _lines("speech_cues.txt"):
        word, _, kind = ln.partition("\t")
        out[word.strip().lower()] = (kind.strip() or "speech")
    return out
