"""Which patterns a line could match, before running them: most lines are tested against a hundred
boilerplate patterns and match none.

For each regular expression, read off its own parse tree (CPython's `re` parser): the lower-case literals
one of which any match must contain (`literal_needs`), and for a pattern anchored at ^ the characters a
match can begin with (`first_chars`). A line whose folded text holds none of a pattern's literals, or
starts with another character, cannot match it. Lines holding a character that case-insensitive matching
equates with a letter its .lower() is not (dotless ı, long ſ, Greek and Cyrillic variants) skip the test.
"""
from __future__ import annotations

import re


def prefilter(source: str, flags: int) -> tuple[tuple[str, ...] | None, frozenset[str] | None]:
    """(needs, first) of a pattern's source from one parse, with no compiling: a bundled pattern is
    compiled only when a line passes its prefilter (most never do on a given article)."""
    try:
        tree = _sre()[1].parse(source, flags)
    except Exception:  # noqa: BLE001 - an internal parser: no prefilter rather than no pattern
        return None, None
    return _needs(tree), _first(tree, flags)


def well_formed(value) -> bool:
    """Is `value` a (needs, first) pair as `prefilter` returns it (one read back from a cache file)?"""
    if not (isinstance(value, tuple) and len(value) == 2):
        return False
    needs, first = value
    return (needs is None or (isinstance(needs, tuple) and all(isinstance(n, str) and n for n in needs))) and \
        (first is None or (isinstance(first, frozenset) and all(isinstance(c, str) for c in first)))


def literal_needs(regex: re.Pattern, tree=None) -> tuple[str, ...] | None:
    """Lower-case literals one of which any match of `regex` must contain, read off its parse tree
    (None when the parser is unavailable or nothing is required). Zero-width items (^, \\b,
    lookarounds) leave a run of literals contiguous; an optional item or a class breaks it."""
    try:
        return _needs(tree if tree is not None else _sre()[1].parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an internal parser: no prefilter rather than no pattern
        return None


def _needs(tree) -> tuple[str, ...] | None:
    try:
        C, _ = _sre()
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
        found = need(tree)
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
    try:
        return _first(tree if tree is not None else _sre()[1].parse(regex.pattern, regex.flags), regex.flags)
    except Exception:  # noqa: BLE001 - an internal parser: no index rather than no pattern
        return None


def _first(tree, flags: int) -> frozenset[str] | None:
    if flags & re.M:
        return None
    try:
        C, _ = _sre()
        seq = list(tree)
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


class LiteralIndex:
    """Which of a list of patterns a line may match, from one pass over its folded text: an Aho-Corasick
    automaton (pyahocorasick) of every pattern's required literals finds all those the line holds at once:
    a pattern is offered when it needs no literal, when the line holds one of its literals, or when the line
    may not use the prefilter at all (`fold` gave None).
    Testing each pattern's literals with `in` was half this stage's time (20 µs a line against 9 measured
    on the boilerplate dev lines, the regex searches included)."""

    def __init__(self, patterns) -> None:
        import ahocorasick  # a C extension: imported with the first article, not by `newsmark --help`

        self.free = 0  # patterns with no literal required: always candidates
        masks: dict[str, int] = {}
        for i, p in enumerate(patterns):
            if p.needs is None:
                self.free |= 1 << i
            else:
                for n in p.needs:
                    masks[n] = masks.get(n, 0) | 1 << i
        self.all = (1 << len(patterns)) - 1
        self.automaton = None
        if masks:
            self.automaton = ahocorasick.Automaton()
            for n, mask in masks.items():
                self.automaton.add_word(n, mask)
            self.automaton.make_automaton()

    def candidates(self, folded: str | None) -> int:
        """A bit mask of the patterns (by index) that `fold`ed text may match; all of them when it is None."""
        if folded is None:
            return self.all
        found = self.free
        if self.automaton is not None:
            for _, mask in self.automaton.iter(folded):
                found |= mask
        return found
