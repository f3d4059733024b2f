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
