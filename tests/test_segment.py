from converter.lexicon import words
from converter.segment import segment, sentence_spans


def test_blocks_are_stripped_lines_with_blank_line_flags():
    blocks = segment("Title\n\n  First para.  \nSecond para.\n")
    assert [b.text for b in blocks] == ["Title", "First para.", "Second para."]
    assert [b.blank_before for b in blocks] == [False, True, False]
    t = "Title\n\n  First para.  \nSecond para.\n"
    assert all(t[b.start:b.end] == b.text for b in blocks)


def test_sentences_respect_abbreviations_and_initials():
    t = "Sen. John Smith spoke to the U.S. Senate on Monday. He left. Then Mr. Jones arrived."
    spans = sentence_spans(t, words("abbreviations.txt"))
    assert [t[a:b] for a, b in spans] == ["Sen. John Smith spoke to the U.S. Senate on Monday.", "He left.",
                                          "Then Mr. Jones arrived."]
