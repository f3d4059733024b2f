import pytest

from converter.quotes import content_bounds, find_spans


def contents(t):
    return [t[slice(*content_bounds(t, s))] for s in find_spans(t)]


@pytest.mark.parametrize("text,expected", [
    ("He said \u201cyes, we will\u201d and left.", ["yes, we will"]),
    ('He said "yes, we will" and left.', ["yes, we will"]),
    ("He said ''yes, we will'' and left.", ["yes, we will"]),
    ("He said ``yes, we will'' and left.", ["yes, we will"]),
    ("Il a dit \u00abnous verrons\u00bb hier.", ["nous verrons"]),
    ("She called it \u2018a disaster\u2019 on Monday.", ["a disaster"]),
    ("\u201cFirst part,\u201d Putin said. \u201cSecond part.\u201d", ["First part", "Second part."]),
])
def test_marks(text, expected):
    assert contents(text) == expected


def test_apostrophes_are_not_quotes():
    assert contents("Russia\u2019s war and don\u2019t stop the students\u2019 union") == []


def test_nested_quote_stays_inside_the_outer_one():
    t = "\u201cHe told me \u2018never again\u2019 and walked out,\u201d she said."
    assert contents(t) == ["He told me \u2018never again\u2019 and walked out"]


@pytest.mark.parametrize("text,expected", [
    # curly marks inside straight ones, and straight inside curly: one quotation, the nested one inside it
    ('"I will read you the question: \u201cDo you agree?\u201d Most said no," he said.',
     ["I will read you the question: \u201cDo you agree?\u201d Most said no"]),
    ('"It comes across as \u201ctoo loud\u201d or \u201ctoo shrill.\u201d" She laughed.',
     ["It comes across as \u201ctoo loud\u201d or \u201ctoo shrill.\u201d"]),
    ('\u201cHe said "no" to me twice,\u201d she said.', ['He said "no" to me twice']),
    # a straight mark that closes a curly opener is still a closer (scraped text mixes them)
    ('CNN called it \u201chighly significant." Then it moved on.', ["highly significant."]),
])
def test_mixed_straight_and_curly_nesting(text, expected):
    assert contents(text) == expected


def test_inch_marks_are_not_quotation_marks():
    assert contents('Trump is 6\'3" tall and weighs 236 pounds, "he is fit," the letter said.') == ["he is fit"]
    assert contents('It measures 22" long and 22" wide.') == []


def test_quote_left_open_runs_to_paragraph_end():
    spans = find_spans("\u201cWe had six hours. Nobody had a plan.")
    assert len(spans) == 1 and not spans[0].closed


def test_close_without_open_continues_previous_paragraph():
    spans = find_spans("the last words of a long quote.\u201d Then the story goes on.")
    assert len(spans) == 1 and spans[0].continued


def test_typo_and_wire_marks_close_the_quotation():
    from converter.quotes import find_spans

    t = "\u201cThat could create new problems for her here,\u201c said Jim Roe, a congressman."
    spans = find_spans(t)
    assert len(spans) == 1 and t[spans[0].start:spans[0].end].endswith("here,")
    w = "''I would use the word 'old-school,''' said Greg Roe."
    spans = find_spans(w)
    assert len(spans) == 1 and w[spans[0].close:].startswith(" said")


def test_a_closing_glyph_typed_for_the_opening_one_opens_the_quotation():
    t = "Another user said: \u201dThe plague is coming to town.\u201d"
    spans = find_spans(t)
    assert [t[s.start:s.end] for s in spans] == ["The plague is coming to town."]
    # a closing mark after a word still ends a quotation the paragraph continues
    assert find_spans("the last words of a long quote.\u201d Then \u201dmore\u201d.")[0].continued


def test_marks_inside_markup_left_in_the_text_quote_nothing():
    t = ('<tweet tweet-author="@jdoe" tweet-date="March 9, 2016">Stands empty at the rally.</tweet> '
         '"We will win," the senator said.')
    assert [t[s.start:s.end] for s in find_spans(t)] == ["We will win,"]
    # a tag the paragraph break cut in two: its end in one paragraph, its rest at the next one's start
    first, second = 'The senator tweeted. <tweet tweet-author="@jdoe" tweet-date="March 9, 2016', \
        '">Stands empty at the rally. "We will win," the senator said.<tweet/>'
    assert find_spans(first) == []
    assert [second[s.start:s.end] for s in find_spans(second)] == ["We will win,"]


@pytest.mark.parametrize("text", [
    "Gov. C.L. \u201cButch\u201d Otter said the state would vote for him.",
    "\u201cThe nation is watching,\u201d Del. Marcia \u201cCia\u201d Price (D-Va.) shouted to the crowd.",
])
def test_a_quoted_nickname_inside_a_name_is_nobodys_words(text):
    from converter import convert

    nick = [q for q in convert(text).quotations if q.text in ("Butch", "Cia")]
    assert [(q.kind, q.direct) for q in nick] == [("so-called", False)]


@pytest.mark.parametrize("text,title", [
    ("Jane Roe's commentary, \u201cMelania, tell your immigrant story,\u201d is very thoughtful.",
     "Melania, tell your immigrant story"),
    ("The actor, who starred in \u201cParks and Recreation,\u201d posted the clip on Thursday.", "Parks and Recreation"),
    ("Sen. Jane Roe visited NBC\u2019s \u201cToday\u201d to discuss her remarks, and Clinton said she agreed.", "Today"),
    # a long title after "author of", in headline case, though it ends with a stop
    ("\u201cBe careful,\u201d said Jane Roe, a co-author of \u201cThose Guys Have All the Fun: Inside the World of the "
     "Network.\u201d", "Those Guys Have All the Fun: Inside the World of the Network."),
    # a one-word title after its work noun, though it ends with a stop; a work "called" something
    ("She became a voice for reform after a shooting at a screening of her film, \u201cTrainwreck.\u201d", "Trainwreck."),
    ("A group of comedians is performing a popular play called \u201cLos Hijos de Trump\u201d in Mexico City.",
     "Los Hijos de Trump"),
    # works of a kind, then one of them: "hits including", "shows like", "a song like"
    ("The sound system played Latin hits including \u201cLa Gozadera\u201d before the senator spoke.", "La Gozadera"),
    ("In another era, shows like ''The X-Files'' drew huge audiences.", "The X-Files"),
])
def test_a_title_after_commentary_or_starred_in_is_no_quotation(text, title):
    from converter import convert

    assert [(q.text, q.kind, q.direct) for q in convert(text).quotations if q.text == title] == [(title, "title", False)]


def test_a_name_someone_is_known_by_is_a_term_not_their_words():
    from converter import convert

    for text, term in [("Marcel Lazar, 44, known online as \u201cGuccifer,\u201d was extradited in 2014.", "Guccifer"),
                       ("The effort is known here as \u201cthe full Grassley\u201d after the senator.", "the full Grassley"),
                       ("The star, nicknamed \u201cKing James,\u201d scored 30 points on Tuesday.", "King James")]:
        assert [(q.kind, q.direct) for q in convert(text).quotations if q.text == term] == [("so-called", False)], text


def test_a_quotation_listed_after_a_title_is_a_title_too():
    from converter import convert

    art = convert("Jane Roe, who has starred in \u201cParks and Recreation\u201d and \u201cGuardians of the Galaxy,\u201d "
                  "posted the clip on Thursday.")
    assert [(q.text, q.kind) for q in art.quotations] == [("Parks and Recreation", "title"),
                                                           ("Guardians of the Galaxy", "title")]
    art = convert("\u201cWe will win,\u201d he said, \u201cand we will win big.\u201d")  # no title before: speech
    assert [q.kind for q in art.quotations] == ["speech", "speech"]


def test_words_said_of_a_work_are_speech_not_its_title():
    from converter import convert

    art = convert("At a rally, Mr. Trump said of the episode, \u201cI don\u2019t like it,\u201d and moved on.")
    assert [(q.text, q.kind, q.direct, q.speaker) for q in art.quotations] == [
        ("I don\u2019t like it", "speech", True, "Mr. Trump")]


def test_a_letter_in_quotation_marks_is_a_label():
    from converter import convert

    art = convert("Most voters have no idea who their state senator is, so they simply pull the lever for \u201cR,\u201d "
                  "or \u201cD,\u201d according to their party.")
    assert [(q.text, q.kind, q.direct) for q in art.quotations if len(q.text) == 1] == [
        ("R", "so-called", False), ("D", "so-called", False)]
