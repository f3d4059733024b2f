"""Lexicons and patterns, loaded once from the data files under `converter/data/`.

Keeping them as data lets users and maintainers read and extend them without
touching code; `clean --patterns FILE` appends a user's own boilerplate rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("converter.data").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in (raw.rstrip("\n") for raw in text.splitlines()) if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Pattern:
    """A named regular expression: the name is the reason reported by `--explain`.

    `needs`: lower-case strings one of which every match contains (None: no such guarantee). A line
    whose folded text (`fold`) contains none of them cannot match, so the regex is not run: most
    lines are tested against a hundred patterns and match none."""

    reason: str
    regex: re.Pattern
    needs: tuple[str, ...] | None = None
    first: frozenset[str] | None = None  # anchored at ^: the lower-case first characters a match can start with


def parse_patterns(lines: list[str], source: str = "patterns") -> list[Pattern]:
    """`reason<TAB>regex` lines (or a bare regex) into compiled, case-insensitive patterns."""
    out = []
    for n, ln in enumerate(lines, 1):
        reason, sep, rx = ln.partition("\t")
        if not sep:
            reason, rx = f"{source} line {n}", ln
        try:
            regex = re.compile(rx.strip(), re.I)
        except re.error as exc:
            raise ValueError(f"{source}:{n}: bad regular expression: {exc}") from None
        out.append(Pattern(reason.strip(), regex, *_prefilter(regex)))
    return out


def _prefilter(regex: re.Pattern) -> tuple[tuple[str, ...] | None, frozenset[str] | None]:
    """(needs, first) from one parse of the pattern (parsing is most of a pattern's start-up cost)."""
    try:
        tree = _sre()[1].parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - an internal parser: no prefilter rather than no pattern
        return None, None
    return literal_needs(regex, tree), first_chars(regex, tree)


def literal_needs(regex: re.Pattern, tree=None) -> tuple[str, ...] | None:
    """Lower-case literals one of which any match of `regex` must contain, read off its parse tree
    (None when the parser is unavailable or nothing is required). Zero-width items (^, \\b,
    lookarounds) leave a run of literals contiguous; an optional item or a class breaks it."""
    try:
        C, P = _sre()
    except ImportError:  # pragma: no cover
        return None
    zero_width = {C.AT, C.ASSERT, C.ASSERT_NOT}
    repeats = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}

    def need(seq) -> set[str] | None:
        cands: list[set[str]] = []
        run: list[str] = []
        for op, av in list(seq) + [(None, None)]:
            if op is C.LITERAL:
                run.append(chr(av).lower())
                continue
            if op in zero_width:
                continue
            if run:
                cands.append({"".join(run)})
                run = []
            got = None
            if op is C.SUBPATTERN:
                got = need(av[-1])
            elif op is C.BRANCH:
                alts = [need(a) for a in av[1]]
                got = None if any(a is None for a in alts) else set().union(*alts)
            elif op in repeats and av[0] >= 1:
                got = need(av[2])
            elif op is getattr(C, "ATOMIC_GROUP", None):
                got = need(av)
            if got:
                cands.append(got)
        # the most selective requirement: longest shortest string, then fewest strings
        return max(cands, key=lambda c: (min(map(len, c)), -len(c)), default=None)

    try:
        found = need(tree if tree is not None else P.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an internal parser: no prefilter rather than no pattern
        return None
    return tuple(sorted(found)) if found and all(found) else None


def _sre():
    try:
        from re import _constants as C, _parser as P  # CPython 3.11+
    except ImportError:  # pragma: no cover - older layouts
        import sre_constants as C  # noqa: N813
        import sre_parse as P  # noqa: N813
    return C, P


def first_chars(regex: re.Pattern, tree=None) -> frozenset[str] | None:
    """For a pattern anchored at the start (^, no MULTILINE): the lower-case characters its match can
    begin with; None when it is not anchored or the start is too open (\\d, ranges, optional items)."""
    if regex.flags & re.M:
        return None
    try:
        C, P = _sre()
        seq = list(tree if tree is not None else P.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an internal parser: no index rather than no pattern
        return None
    if not seq or seq[0] != (C.AT, C.AT_BEGINNING):
        return None

    def first(items) -> set[str] | None:
        for op, av in items:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # zero-width: the next item decides
            if op is C.LITERAL:
                return {chr(av).lower()}
            if op is C.IN and all(o is C.LITERAL for o, _ in av):
                return {chr(v).lower() for _, v in av}
            if op is C.SUBPATTERN:
                return first(av[-1])
            if op is C.BRANCH:
                alts = [first(a) for a in av[1]]
                return None if any(a is None for a in alts) else set().union(*alts)
            if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
                return first(av[2])
            return None
        return None

    got = first(seq[1:])
    return frozenset(got) if got and all(got) else None


def _case_traps() -> re.Pattern | None:
    """Characters that case-insensitive matching equates with a letter that their .lower() is not
    (dotless ı ~ i, long ſ ~ s, Greek and Cyrillic variants, İ): lines holding one skip the prefilter."""
    try:
        from re._casefix import _EXTRA_CASES  # CPython 3.11+
    except ImportError:  # pragma: no cover
        return None
    chars = {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 127} | {"\u0130"}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_TRAPS = _case_traps()


def fold(text: str) -> str | None:
    """The text as `Pattern.needs` are compared with, or None when the prefilter must not be used."""
    if text.isascii():
        return text.lower()
    if _TRAPS is None or _TRAPS.search(text):
        return None
    return text.lower()


def may_match(p: Pattern, folded: str | None) -> bool:
    """False only when `p` cannot match the line whose `fold` is `folded`."""
    if p.needs is None or folded is None:
        return True
    for n in p.needs:
        if n in folded:
            return True
    return False


@lru_cache(maxsize=None)
def line_patterns() -> tuple[Pattern, ...]:
    """Whole-line boilerplate: calls to action, share bars, credits, footers."""
    return tuple(parse_patterns(_lines("boilerplate_lines.txt"), "boilerplate_lines.txt"))


@lru_cache(maxsize=None)
def notice_patterns() -> tuple[Pattern, ...]:
    """Legal, cookie and disclaimer notices: boilerplate even when the line is long prose."""
    return tuple(parse_patterns(_lines("boilerplate_notices.txt"), "boilerplate_notices.txt"))


@lru_cache(maxsize=None)
def tail_patterns() -> tuple[Pattern, ...]:
    """Author bios and feedback requests: boilerplate where they close the article."""
    return tuple(parse_patterns(_lines("boilerplate_tail.txt"), "boilerplate_tail.txt"))


@lru_cache(maxsize=None)
def inline_patterns() -> tuple[Pattern, ...]:
    """Boilerplate glued into body lines: photo credits, teaser markers."""
    return tuple(parse_patterns(_lines("boilerplate_inline.txt"), "boilerplate_inline.txt"))


# a paragraph that only signs off a quotation: "- Sanders." or "—President Obama, tweeting after the speech."
# (the speakers stage takes its name as the speaker; the boilerplate stage lets it repeat)
SIGN_OFF = re.compile(r"\s*[-–—]\s*((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)(?:,.{0,160})?\s*$")


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A word list (one entry per line, compared in lower case)."""
    return frozenset(w.strip().lower() for w in _lines(name))


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
    plain, impersonal = [], []
    for ln in _lines("topic_cues.txt"):
        rx, _, flag = ln.partition("\t")
        (impersonal if flag.strip() == "impersonal" else plain).append(f"(?:{rx.strip()})")
    alts = plain + ([f"(?P<impersonal>{'|'.join(impersonal)})"] if impersonal else [])
    # matched against lower-cased text (five times faster than re.I on this many alternatives)
    return re.compile(r"\b(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


@lru_cache(maxsize=None)
def speech_cues() -> dict[str, str]:
    """Speech cue word -> kind (`speech` or `writing`)."""
    out = {}
    for ln in _lines("speech_cues.txt"):
        word, _, kind = ln.partition("\t")
        out[word.strip().lower()] = (kind.strip() or "speech")
    return out
