"""The prefilter (converter/prefilter.py) spares most regex runs and must never hide a match."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from converter.lexicon import inline_patterns, line_patterns, notice_patterns, parse_patterns, tail_patterns
from converter.prefilter import LiteralIndex, first_chars, fold, literal_needs

from .conftest import ROOT

ALL = line_patterns() + notice_patterns() + inline_patterns() + tail_patterns()
INDEX = LiteralIndex(ALL)


def may_match(p, folded: str | None) -> bool:
    """The prefilter's meaning, pattern by pattern: False only when `p` cannot match a line folded to `folded`."""
    return p.needs is None or folded is None or any(n in folded for n in p.needs)


def _indexed(p, folded) -> bool:
    """Does the one-pass literal index offer pattern `p` for a line folded to `folded`?"""
    return bool(INDEX.candidates(folded) >> ALL.index(p) & 1)


def test_the_literal_index_offers_exactly_the_patterns_whose_literals_a_line_holds():
    for text in ("Click here to read more", "Leave a Reply", "nothing to see", "Clıck here", ""):
        folded = fold(text)
        assert [_indexed(p, folded) for p in ALL] == [may_match(p, folded) for p in ALL], text


def test_required_literals_are_read_off_the_pattern():
    assert literal_needs(re.compile(r"^(?:click|tap) here\b", re.I)) == (" here",)
    assert literal_needs(re.compile(r"^leave a (?:reply|comment)\b", re.I)) == ("leave a ",)
    # the parser factors the shared "s" out of the alternatives; what is left is required
    assert literal_needs(re.compile(r"(?:sign up|subscribe) (?:for|to)", re.I)) == ("ign up", "ubscribe")
    assert literal_needs(re.compile(r"^\d{1,2}:\d{2}$")) == (":",)
    assert literal_needs(re.compile(r"^\d+\s*$")) is None  # nothing literal is required
    assert literal_needs(re.compile(r"(?:news)?letter")) == ("letter",)  # an optional part is not required


def test_first_characters_only_for_anchored_patterns():
    assert first_chars(re.compile(r"^(?:Click|tap) here", re.I)) == frozenset("ct")
    assert first_chars(re.compile(r"click here")) is None  # can match anywhere
    assert first_chars(re.compile(r"^(?:\d+\s+)?comments?")) is None  # optional start: any character
    assert first_chars(re.compile(r"^x", re.M)) is None  # every line start


def test_lines_with_case_traps_skip_the_prefilter():
    assert fold("Click HERE") == "click here"
    assert fold("Clıck here") is None  # dotless i matches i case-insensitively, but lower() keeps it
    p = parse_patterns(["cta\tclick here"])[0]
    assert p.regex.search("Clıck here") and may_match(p, fold("Clıck here"))
    assert LiteralIndex([p]).candidates(fold("Clıck here")) == 1  # the index offers it too


def _lines() -> list[str]:
    out = []
    for f in sorted((ROOT / "fixtures").rglob("*.txt")):
        out += [ln.strip() for ln in f.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    return out


def test_no_bundled_pattern_loses_a_match_on_the_fixtures():
    lines = _lines()
    assert len(lines) > 100
    matched = 0
    for ln in lines:
        folded = fold(ln)
        for p in ALL:
            if p.regex.search(ln):
                matched += 1
                assert may_match(p, folded) and _indexed(p, folded), (p.regex.pattern, ln)
                assert p.first is None or ln[:1].lower() in p.first or folded is None
    assert matched > 20


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_prefilter_never_hides_a_match(data):
    """Lines built to match each pattern (hypothesis writes them from the regex itself), with case
    changes and look-alike letters, always pass the prefilter."""
    p = data.draw(st.sampled_from(ALL))
    try:
        text = data.draw(st.from_regex(p.regex, fullmatch=False))
    except Exception:  # noqa: BLE001 - a construct hypothesis cannot generate from
        return
    text = text.replace("\n", " ")
    if p.regex.search(text):
        folded = fold(text)
        assert may_match(p, folded) and _indexed(p, folded), (p.regex.pattern, text)
        if p.first is not None and folded is not None:
            assert folded[:1] in p.first, (p.regex.pattern, text)

