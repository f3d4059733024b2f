import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from converter.normalise import normalise


def test_odd_spaces_become_plain_spaces_and_offsets_survive():
    src = "Le Parisien\u00a0that\u00a0Trump"
    n = normalise(src)
    assert n.text == "Le Parisien that Trump"
    assert n.omap is None or len(n.omap) == len(n.text)


def test_crlf_and_controls_with_offset_map():
    src = "One\r\nTwo\x00three\x07"
    n = normalise(src)
    assert n.text == "One\nTwothree"
    i = n.text.index("three")
    assert src[n.orig(i):n.orig(i) + 5] == "three"
    assert any("control" in x for x in n.notes)


def test_nfc_composes_and_maps_back():
    src = "Cafe\u0301 society"
    n = normalise(src)
    assert n.text == "Caf\u00e9 society"
    assert src[n.orig(n.text.index("society")):].startswith("society")


def test_nfc_maps_every_character_of_a_page_back_to_its_source():
    # one decomposed accent on one line; other lines hold marks that compose with nothing (x\u0327)
    src = "Na\u0131ve x\u0327 line one\nCafe\u0301 \u0153uvre x\u0327y\nlast line, x\u0327 again\n"
    n = normalise(src)
    assert n.text == unicodedata.normalize("NFC", src)
    for i, ch in enumerate(n.text):
        o = n.orig(i)
        assert src[o] == ch or ch in unicodedata.normalize("NFC", src[o:o + 3])  # a character or its cluster


def test_html_entities_in_text_are_decoded():
    assert normalise("Tom &amp; Jerry&#8217;s show").text == "Tom & Jerry\u2019s show"


def test_windows_1252_mojibake_is_repaired_only_where_broken():
    n = normalise("He said \u00e2\u20ac\u0153hello\u00e2\u20ac\u009d.\nThis line is fine.")
    assert "\u201chello\u201d" in n.text and "This line is fine." in n.text


def test_mojibake_left_decomposed_is_repaired_and_the_rest_of_the_line_keeps_its_offsets():
    # "Ã©" with its "Ã" decomposed to "A" + U+0303, as a scraper that normalised broken text to NFD leaves it
    raw = "The prosecutor, Jos\u0041\u0303\u00a9 Roe, said the case was closed on Monday."
    n = normalise(raw)
    assert n.text == "The prosecutor, Jos\u00e9 Roe, said the case was closed on Monday."
    at = n.text.index("said the case")
    assert raw[n.orig(at):n.orig(at) + 13] == "said the case"  # exactly, not spread over the line


def test_c1_controls_read_as_cp1252():
    assert normalise("war \u0097 peace").text == "war \u2014 peace"


@given(st.text())
def test_offset_map_is_monotonic_and_in_range(s):
    n = normalise(s)
    if n.omap is not None:
        assert len(n.omap) == len(n.text)
        assert all(0 <= x < max(1, len(s)) for x in n.omap)
        assert list(n.omap) == sorted(n.omap)
