"""Namings (converter/namings.py): where a sentence names its speaker."""
import pytest

from converter.namings import is_writing, mask, np_after, np_before, sentences, subject
from converter.quotes import find_spans


def _np(text, cue, sentence_start=0):
    k = text.index(cue)
    found = np_before(text, k, sentence_start)
    return text[found[0]:found[1]] if found else None


def test_the_naming_before_a_cue():
    assert _np("Russian President Vladimir Putin said", "said") == "Russian President Vladimir Putin"
    assert _np("Jane Roe, the party chairwoman, said", "said") == "Jane Roe"
    assert _np("a senior U.S. military official told", "told") == "a senior U.S. military official"
    assert _np("Mr. Trump has also said", "said") == "Mr. Trump"
    # a party label set off after the name names nobody: the name before it does
    assert _np("Rep. Jane Roe, R-Texas, says", "says") == "Rep. Jane Roe"
    assert _np("Representative Jane Roe, Democrat of Ohio, told", "told") == "Representative Jane Roe"
    assert _np("Frankly, I said", "said") == "I"
    # never reaching back into the previous sentence
    text = "He met with Sanders. Lombardi said"
    assert _np(text, "said", text.index("Lombardi")) == "Lombardi"


def test_the_naming_after_an_inverted_cue():
    text = "said Sen. John Smith, R-Texas."
    a, b = np_after(text, len("said"))
    assert text[a:b] == "Sen. John Smith"
    assert np_after("said Wednesday, that", len("said")) is None  # a day names nobody
    assert np_after("said on Twitter", len("said")) is None


@pytest.mark.parametrize("text,naming", [
    # a capitalised modifier and a role noun before the name belong to the naming
    ("said Republican strategist Jane Roe on Monday.", "Republican strategist Jane Roe"),
    ("said Texas delegate Bill Roe, a farmer.", "Texas delegate Bill Roe"),
    ("said Navy Capt. Jeff Roe of the Pentagon.", "Navy Capt. Jeff Roe"),
    ("said Jane Roe. Later that day", "Jane Roe"),  # the sentence ended at the name
    ("said Reuters. Another poll", "Reuters"),
    ("said veteran industry analyst Ken Doctor. That’s produced cuts", "veteran industry analyst Ken Doctor"),
    ("said Texas in a filing.", "Texas"),  # no role noun: the modifier alone
])
def test_namings_after_a_cue_with_roles_and_sentence_ends(text, naming):
    a, b = np_after(text, len("said"))
    assert text[a:b] == naming


def test_the_subject_of_a_sentence_skips_openers():
    for text, want in [("In Iowa on Monday, Smith told the crowd", "Smith"),
                       ("Surveying the damage, the mayor concluded", "the mayor"),
                       ("Eight years ago, he backed Obama", "he"),
                       # a town and its state in the opener: the state is no subject
                       ("Speaking at a town hall in Salem, New Hampshire, Smith went after Roe", "Smith"),
                       ("In Dayton, Ohio, the mayor concluded", "the mayor"),
                       ("In the hours after the attack in San Bernardino, Calif., a familiar voice wrote", "a familiar voice"),
                       # other prepositions, and a time opener on "each"/"every"
                       ("Alongside calls for action, a top GOP strategist said", "a top GOP strategist"),
                       ("Amid the protests, Smith told the crowd", "Smith"),
                       ("Every election cycle, Smith says", "Smith"),
                       ("Once the votes were counted, the mayor said", "the mayor"), ("Once, Smith said", "Smith"),
                       # a title of several lower-case words between the capitals, but no verb among them
                       ("Roe campaign communications director Jane Doe acknowledged that it failed",
                        "Roe campaign communications director Jane Doe"),
                       ("Roe took down businessman John Doe in the primary", "Roe"),
                       # a possessor's person, named after the role; not a capitalised word inside the role
                       ("Nevada's governor, Brian Sandoval, a Republican, said", "Brian Sandoval"),
                       ("Schilling's son, Grant, defended", "Grant"),
                       ("France's far-right National Front party leader, Marine Le Pen, said", "Marine Le Pen"),
                       # a wire dateline opening the paragraph, and a time noun's opener
                       ("BUFFALO, N.Y. — Hours before the game, Wild coach Bruce Boudreau expressed", "Wild coach Bruce Boudreau"),
                       ("WASHINGTON (AP) — The president said", "The president")]:
        a, b = subject(text, 0, len(text))
        assert text[a:b] == want, text
    for text, want in [("US officials said", "US officials"),  # (up to the verb, as the cue finders call it)
                       ("Freelance writers and photographers fear", "Freelance writers and photographers"),
                       ("Trump supporters chanted", "Trump supporters"), ("Jane Roe also said", "Jane Roe"),
                       ("Moore thanked him", "Moore"), ("Roe primarily relies", "Roe"),
                       # a capitalised word that modifies a thing: the thing, not a name
                       ("Exit polling showed", "Exit polling"), ("Recent polling suggests", "Recent polling"),
                       ("Roe isn\u2019t saying", "Roe"), ("Smith himself said", "Smith"), ("Jane later said", "Jane")]:
        a, b = subject(text, 0, text.rindex(" ") + 1)
        assert text[a:b] == want, text


def test_sentences_never_end_inside_a_quotation_and_the_mask_hides_its_words():
    t = "\u201cWe will win. We always do,\u201d she said. Then she left."
    spans = find_spans(t)
    assert [t[a:b] for a, b in sentences(t, spans)] == ["\u201cWe will win. We always do,\u201d she said.", "Then she left."]
    m = mask(t, spans)
    assert len(m) == len(t) and "win" not in m and m.endswith(",\u201d she said. Then she left.")


def test_a_restrictive_who_names_the_plural_noun_before_it_not_the_clause_around_it():
    def naming(t):
        i = t.index(" said") + 1
        a, b = np_before(t, i, 0)
        return t[a:b]

    assert naming("Jane Roe defended the budget on Tuesday against critics who said it starved the roads.") == "critics"
    assert naming("The plan drew fire from some Democratic lawmakers who said taxes were too high.") == \
        "some Democratic lawmakers"


def test_a_relative_who_after_a_name_reaches_the_name_whole():
    t = "The judge would not pardon Hillary Clinton, who has not been charged with nor convicted of any crime."
    assert _np(t, "convicted") == "Hillary Clinton"  # (the offsets once slipped by the space before "who": "w")


def test_a_verb_between_two_capitalised_words_is_no_title():
    t = "Hollande denounced Trump\u2019s remarks on Monday and warned of the consequences."
    a, b = subject(t, 0, t.index("warned"))
    assert t[a:b] == "Hollande"
    t = "Republican presidential hopeful Ted Cruz said the plan would fail."
    a, b = subject(t, 0, len(t))
    assert t[a:b] == "Republican presidential hopeful Ted Cruz"


@pytest.mark.parametrize("cue,sentence,writing", [
    ("said", "“Talks are continuing,” she said in a statement.", True),  # the document is the words' medium
    ("said", "Dr. Doe, who was not involved in the study, said the results were “worrying but preliminary.”", False),
    ("said", "Roe, who took part in the survey, said it was “a fair question.”", False),
    ("wrote", "“We won,” she wrote.", True),
])
def test_writing_is_a_cue_of_writing_or_a_document_carrying_the_words(cue, sentence, writing):
    assert is_writing(cue, sentence) is writing


@pytest.mark.parametrize("text,want", [
    ("Jane Roe, of Dayton, Ohio, said", "Jane Roe"),  # the town's state is no naming
    ("Dewayne Roe, 33, of Baldwin, Miss., said", "Dewayne Roe"),
    ("Grandfather John Roe, 54, from Leeds, West Yorkshire, told", "Grandfather John Roe"),
    ("Jane Roe, a teacher from Dayton, Ohio, said", "Jane Roe"),
    ("Another delegate, Michael Doe of Washington, D.C., explained", "Michael Doe"),
    ("The mayor of Dayton, Ohio, said", "The mayor"),
    ("The director of the agency, James B. Doe, said", "James B. Doe"),  # a name there is no region
])
def test_the_naming_before_a_cue_skips_a_town_and_its_state(text, want):
    assert _np(text, text.split()[-1]) == want


@pytest.mark.parametrize("text,cue,want", [
    ("According to police, the suspect acted alone.", "According to", "police"),  # a group with no determiner
    ("It was over, said local officials.", "said", "local officials"),
    ("It was over, said on Twitter.", "said", None),
])
def test_a_group_named_without_a_determiner_after_its_cue(text, cue, want):
    k = text.index(cue) + len(cue)
    found = np_after(text, k)
    assert (text[found[0]:found[1]] if found else None) == want


def test_a_naming_after_a_quotation_ends_before_its_own_verb_of_saying():
    text = "\u201cWe will hold the city,\u201d a military source told the agency, adding that units had advanced."
    k = text.index("\u201d") + 2
    found = np_after(text, k)
    assert text[found[0]:found[1]] == "a military source"
    text = "\u201cThe casinos won less,\u201d the state Division of Gaming Enforcement reported."  # (not "state")
    found = np_after(text, text.index("\u201d") + 2)
    assert text[found[0]:found[1]].startswith("the state Division")


def test_a_pronoun_ending_a_clause_before_the_cue_is_the_naming():
    for text, want in [("To hear it from her now, it sounds like she\u2019s found", "she"),
                       ("Aides insist that they\u2019re found", "they")]:
        k = text.rindex(" found") + 1
        a, b = np_before(text, k, 0)
        assert text[a:b] == want, text


@pytest.mark.parametrize("sentence,naming", [
    ("“No,” said a senior U.S. official on Monday.", "a senior U.S. official"),  # initials' stops end nothing
    ("“No,” said the U.N. envoy.", "the U.N. envoy"),
    ("“No,” said a spokesman. The talks went on.", "a spokesman"),
])
def test_a_naming_after_the_cue_keeps_its_initials(sentence, naming):
    k = sentence.index("said") + 4
    a, b = np_after(sentence, k)
    assert sentence[a:b] == naming


def test_a_sentence_may_end_on_a_title_word_but_not_on_a_title_abbreviation():
    text = "He vowed to stop the party's nominee. But he said he wants to win. Sen. Roe and Gov. Poe agreed."
    assert [text[a:b] for a, b in sentences(text, [])] == [
        "He vowed to stop the party's nominee.", "But he said he wants to win.", "Sen. Roe and Gov. Poe agreed."]


@pytest.mark.parametrize("left,naming", [
    # an appositive whose commas a scrape's preprocessing stripped: the name before the role's article
    ("Jane Roe the head of the agency told", "Jane Roe"),
    ("Yesterday Peter Doe a spokesman for the agency said", "Peter Doe"),
    # a name that is the object of a preposition is not the source
    ("In a letter to Jane Roe the agency said", "the agency"),
])
def test_a_name_before_its_role_with_the_commas_stripped_is_the_naming(left, naming):
    k = left.rindex(" ") + 1
    a, b = np_before(left, k, 0)
    assert left[a:b] == naming


def test_a_place_and_its_region_inside_a_relative_aside_before_the_cue():
    from converter import convert
    art = convert("Example headline\n\nVice President Jane Roe, who was to travel to Columbus, Ohio, on Wednesday to "
                  "promote the new rules, said they touched on a core issue for the president.\n")
    assert [q.speaker_name for q in art.quotations] == ["Jane Roe"]
    # a name set off by commas after a where-clause is no region: the aside ends before it
    art = convert("Example headline\n\nAt Boca West, where it costs new members $70,000 to sign up, Jay Roe, the "
                  "club's president, said the troubles of his rivals came from poor management.\n")
    assert [q.speaker_name for q in art.quotations] == ["Jay Roe"]


def test_a_name_set_off_after_a_described_subject_is_the_subject():
    from converter import convert
    art = convert("Example headline\n\nA spokesman for the company, John Doe, declined to comment beyond saying the "
                  "firm was “reviewing the ruling.”\n")
    assert {q.speaker for q in art.quotations} == {"John Doe"}


def test_a_possessors_organisation_after_an_inverted_cue_is_the_source():
    from converter import convert
    art = convert("Example headline\n\n“We are confident we will win this state,” said Jane Roe’s campaign in a "
                  "statement.\n")
    assert [q.speaker for q in art.quotations] == ["Jane Roe’s campaign"]
    assert [p.name for p in art.people if p.kind == "person"] == []  # the campaign speaks, not Jane Roe
