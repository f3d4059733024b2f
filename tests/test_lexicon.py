"""Lexicons built into patterns (converter/lexicon.py)."""
import re

from converter.lexicon import speech_cues, trie_regex


def test_a_trie_of_phrases_matches_what_the_flat_alternation_matches():
    cues = sorted(speech_cues(), key=len, reverse=True)
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, cues)) + r")(?![\w-])")
    trie = re.compile(r"(?<![\w-])(?:" + trie_regex(cues) + r")(?![\w-])")
    text = ('"We will," she said, and pointed out that he had pointed to the map; officials say, adding, '
            "that Smith told reporters he says it, then testified, wrote and tweeted, said-so aside.")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert trie.search("he pointed out that").group() == "pointed out"  # the longest phrase wins


def test_every_bundled_pattern_compiles_and_its_prefilter_was_read_without_compiling_it():
    # bundled patterns compile on first use (a bad one would fail mid-run): prove each compiles here
    from converter.lexicon import inline_patterns, line_patterns, notice_patterns, tail_patterns

    for patterns in (line_patterns(), notice_patterns(), tail_patterns(), inline_patterns()):
        for p in patterns:
            assert isinstance(p.regex, re.Pattern) and p.regex.flags & re.I, p.source


def test_a_users_bad_pattern_is_reported_when_read_not_when_used():
    import pytest

    from converter.lexicon import parse_patterns

    with pytest.raises(ValueError, match=r"mine\.txt:2: bad regular expression"):
        parse_patterns(["promo\t^buy now", "broken\t(?<=a+)b"], "mine.txt")
    lazy = parse_patterns(["broken\t(?<=a+)b"], "bundled.txt", lazy=True)  # (look-behind width: a compile error)
    with pytest.raises(re.error):
        lazy[0].regex  # noqa: B018


def test_the_shipped_prefilter_index_is_current():
    # each bundled pattern's prefilter ships precomputed; editing a pattern file needs
    # `python3 scripts/make_prefilter_index.py` (a stale entry would silently skip a line the pattern matches)
    import json
    from importlib import resources

    from converter.lexicon import PREFILTER_INDEX, _shipped_prefilters, prefilter_index

    shipped = json.loads(resources.files("converter.data").joinpath(PREFILTER_INDEX).read_text(encoding="utf-8"))
    assert shipped == prefilter_index()
    assert len(_shipped_prefilters()) == len(shipped)  # every entry reads back as a prefilter
