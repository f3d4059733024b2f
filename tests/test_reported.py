"""Reported speech and stances (converter/reported.py), through the attribution stage that runs it."""
import pytest

from converter import convert
from converter.speakers import attribute


def test_indirect_speech_is_reported_as_not_direct():
    art = convert("Ukrainian President Volodymyr Zelensky said that the talks would resume next week in Geneva.")
    ind = [q for q in art.quotations if not q.direct]
    assert ind and ind[0].text.startswith("the talks would resume") and ind[0].speaker_name == "Volodymyr Zelensky"


def test_reported_clauses_end_where_another_clause_begins():
    art = convert("Russian leaders claim their war was a response to a growing threat, but since then two "
                  "countries sought membership and were admitted into the alliance.")
    ind = [q for q in art.quotations if not q.direct]
    assert [q.text for q in ind] == ["their war was a response to a growing threat"]  # passive "were admitted" is no cue
    # the reporting goes on after "but": two records, neither running into the other
    art = convert("Example headline\n\nJane Roe acknowledged that the plan was expensive but said it was worth it.\n")
    assert [q.text for q in art.quotations if not q.direct] == ["the plan was expensive", "it was worth it"]


def test_asked_questions_are_reported_without_a_named_asker():
    art = convert("Asked whether the plan would pass the Senate, Smith said he was confident it would.")
    texts = {q.text: q.speaker for q in art.quotations if not q.direct}
    assert texts.get("whether the plan would pass the Senate", "missing") is None
    assert texts.get("he was confident it would") == "Smith"


def test_topic_and_stance_attributions_are_indirect_records():
    qs, _ = attribute(["Senator Smith has talked about embedding troops with the local army."])
    topic = [q for q in qs if q.text.startswith("embedding troops")]
    assert topic and not topic[0].direct and topic[0].speaker == "Senator Smith"
    # an impersonal cue reports no source; a quoted complement joins the topic and nests the quotation
    qs, _ = attribute(["The work is expected to start in August."])
    assert any(q.text.startswith("start in August") and q.speaker is None for q in qs)
    # the writer's own hedges are stances with no source: "appears to", "seems unlikely"
    qs, _ = attribute(["The mayor appears to be losing ground in the northern wards."])
    assert any(q.text.startswith("be losing ground") and q.speaker is None and not q.direct for q in qs)
    # a commitment is the committer's stance: "Smith vowed to repeal the tax" (its infinitive with "to", as the
    # quotes corpus marks it, and once: not again as a topic inside it)
    qs, _ = attribute(["Governor Jane Smith vowed to repeal the new tax on fuel."])
    assert [(q.text, q.speaker) for q in qs] == [("to repeal the new tax on fuel", "Governor Jane Smith")]
    qs, _ = attribute(["Council member Rick Tanaka has called the cuts \u201ca painful but necessary trim.\u201d"])
    outer = [q for q in qs if not q.direct]
    assert outer and outer[0].text.startswith("the cuts") and outer[0].text.endswith("trim.\u201d")
    assert any(q.direct and q.text.startswith("a painful") for q in qs)


def test_a_duration_after_a_stance_cue_is_no_topic():
    qs, _ = attribute(["Council members debated the plan for more than six hours before the final vote.",
                       "The mayor called for a new study of the bridge before any money is spent."])
    assert [q.text for q in qs] == ["a new study of the bridge"]  # (the topic stops at "before")


def test_a_negated_cue_keeps_its_subject_as_the_source():
    qs, _ = attribute(["One expert doesn\u2019t believe sufficient evidence exists for the claim.",
                       "Laura Bush said that you don't want Americans to forget what their values are."])
    assert [(q.speaker, q.text) for q in qs][0] == ("One expert", "sufficient evidence exists for the claim")
    assert all(q.speaker in ("One expert", "Laura Bush") for q in qs)


def test_a_gerund_clause_as_subject_reports_nothing():
    qs, _ = attribute(["Being able to predict if patients have a low probability of lesions can help doctors.",
                       "Having seen the data, Smith said the plan would work well."])
    assert [(q.speaker, q.text) for q in qs] == [("Smith", "the plan would work well")]


def test_referred_to_as_names_a_thing():
    qs, _ = attribute(["The test evaluates mild brain injury, commonly referred to as concussion, in adults.",
                       "Smith referred to the plan as a disaster for the town."])
    assert [(q.speaker, q.text) for q in qs] == [("Smith", "the plan")]


def test_declining_to_be_named_is_no_stance():
    qs, _ = attribute(["A U.N. official, who declined to be identified, said the remarks were aimed at the minister."])
    assert [(q.speaker, q.text) for q in qs] == [("A U.N. official", "the remarks were aimed at the minister")]


def test_according_to_a_described_source_and_participles_used_as_adjectives():
    qs, _ = attribute(["Forty percent of all reported donations came from women, according to an analysis of "
                       "election data by a research group."])
    assert [(q.text, q.speaker) for q in qs] == [
        ("Forty percent of all reported donations came from women", "an analysis of election data by a research group")]


def test_questions_asked_by_someone_are_their_reported_speech():
    qs, _ = attribute(["Asked by Matt Lauer whether she had practiced her speech, Clinton laughed."])
    assert [(q.text, q.speaker) for q in qs] == [("whether she had practiced her speech", "Matt Lauer")]
    qs, _ = attribute(["Callers asked how much money he was getting to talk up the candidate."])
    assert [(q.text, q.speaker) for q in qs] == [("how much money he was getting to talk up the candidate", "Callers")]


def test_told_a_listener_then_a_contracted_pronoun_opens_the_reported_clause():
    qs, _ = attribute(["Calabrese told the National Post he\u2019s already received hundreds of emails from readers."])
    assert [(q.text, q.speaker) for q in qs] == [("he\u2019s already received hundreds of emails from readers", "Calabrese")]


def _reported(paras):
    quotes, _ = attribute(paras)
    return [(q.text, q.speaker, q.speaker_name) for q in quotes if not q.direct]


def test_someone_of_an_organisation_is_the_source_not_the_organisation():
    assert _reported(["A spokesman for the company said the plant would close next year."]) == \
        [("the plant would close next year", "A spokesman for the company", "A spokesman for the company")]
    assert _reported(["Officials at the embassy said the talks had ended without a deal."])[0][1] == \
        "Officials at the embassy"


def test_a_relative_clause_between_source_and_cue_is_skipped():
    got = _reported(["A spokeswoman for the union, which represents about 2,000 workers at the plant, said members "
                     "were angry."])
    assert got == [("members were angry", "A spokeswoman for the union", "A spokeswoman for the union")]
    got = _reported(["Senator Bob Corker, a Tennessee Republican who has met privately with the candidate, said the "
                     "party may have to separate itself from him."])
    assert got[0][1:] == ("Senator Bob Corker", "Bob Corker")
    got = _reported(["Their source inside the camp, a refugee who feared retaliation, said that the claim was false."])
    assert got == [("the claim was false", "a refugee", "a refugee")]


def test_a_cue_inside_a_relative_clause_reports_nothing():
    # "who wrote the opinion": the opinion is what she wrote, not what she said; the real cue follows
    assert _reported(["Judge Ellen Park, who wrote the opinion, said the law was clear on this point."]) == \
        [("the law was clear on this point", "Judge Ellen Park", "Ellen Park")]


def test_the_spokeswoman_is_the_unnamed_spokeswoman_described_before():
    quotes, people = attribute([
        "The chief executive, Maria Lopez, announced the layoffs in a memo to staff on Wednesday.",
        "A spokeswoman for the union, which represents about 2,000 workers, said members were angry.",
        "\u201cThey found out from a memo,\u201d said the spokeswoman, who asked not to be named."])
    direct = [q for q in quotes if q.direct]
    assert direct[0].speaker_name == "A spokeswoman for the union"  # not Maria Lopez, the last woman named


def test_a_parenthetical_cue_splits_the_content_in_two_parts():
    got = _reported(["The golf industry, she said, has been slow to change its ways."])
    assert got == [("The golf industry", "she", None), ("has been slow to change its ways", "she", None)]
    # a verb after the comma that is also a cue ("added", "know") does not stop the reported clause
    assert [g[0] for g in _reported(["At the time, she said, she did not know about the affair."])] == \
        ["At the time", "she did not know about the affair"]
    # but a clause with an attribution of its own is not what the first speaker said
    got = _reported(["As many officials have said, Trump has said he wants to end the conflict quickly."])
    assert ("he wants to end the conflict quickly", "Trump", "Trump") in got
    assert not any(g[0].startswith("Trump has said") for g in got)


def test_said_then_adding_reports_both_clauses_by_the_same_speaker():
    for cue in ("adding that", "then added that"):
        got = _reported([f"The plan would fail, he said, {cue} the money was gone."])
        assert got == [("The plan would fail", "he", None), ("the money was gone", "he", None)]


def test_according_to_in_mid_sentence_reports_both_sides_and_a_bare_source():
    got = _reported(["Since last November, according to Human Rights Watch, security forces have killed more than "
                     "400 protesters."])
    assert [g[:2] for g in got] == [("Since last November", "Human Rights Watch"),
                                    ("security forces have killed more than 400 protesters", "Human Rights Watch")]
    got = _reported(["The firm has more than 7,600 employees, mostly in its stores, according to company documents."])
    assert got[0][1:] == ("company documents", None)  # a source with no person behind it
    got = _reported(["Users spent one minute a day on the site, according to recent data from comScore."])
    assert got[0][1] == "recent data from comScore"


def test_a_name_labelling_a_paragraph_said_all_of_it():
    quotes, people = attribute(["Hillary Clinton spoke in Ohio on Monday.",
                                "CLINTON: We are going to build an economy that works for everyone. Not just those at "
                                "the top.",
                                "Poll: Three battleground Senate races are tight.",
                                "Update: The story was corrected on Tuesday."])
    got = [(q.text, q.speaker, q.speaker_name) for q in quotes if not q.direct]
    assert ("We are going to build an economy that works for everyone. Not just those at the top", "CLINTON",
            "Hillary Clinton") in got
    assert ("Three battleground Senate races are tight", "Poll", None) in got  # a source, nobody to list
    assert not any(g[1] == "Update" for g in got)
    assert {p.name for p in people} == {"Hillary Clinton"}


def test_when_asked_anywhere_in_the_sentence_reports_the_question():
    got = _reported(["\u201cYou bet I would,\u201d Christie said when asked whether he would issue a quarantine for "
                     "travellers."])
    assert ("whether he would issue a quarantine for travellers", None, None) in got
    got = _reported(["Asked at a briefing on Monday about her future role, the spokesman said she would lead."])
    assert got[0] == ("her future role", None, None)  # what was asked about, without "about"


def test_a_title_case_headline_says_what_follows_its_cue():
    got = _reported(["Trump Says He\u2019s Unlikely To Have A Good Relationship With The Prime Minister"])
    assert got == [("He\u2019s Unlikely To Have A Good Relationship With The Prime Minister", "Trump", None)]
    assert _reported(["Simon Says Is A Game. Children play it often. They love it."]) == []


def test_content_then_an_inverted_cue_and_its_naming():
    got = _reported(["Building such a weapon would be a stretch for the North, said Jeffrey Lewis of the Martin Center."])
    assert got == [("Building such a weapon would be a stretch for the North", "Jeffrey Lewis", "Jeffrey Lewis")]
    got = _reported(["Debates are not likely to alter the campaign, noted NBC\u2019s Dante Chinni."])
    assert got[0][:2] == ("Debates are not likely to alter the campaign", "NBC\u2019s Dante Chinni")
    # a participle does not invert, and a clause after the cue is no naming
    got = _reported(["The attorney general is suing the firm, claiming Trump University is a fraud."])
    assert ("Trump University is a fraud", "The attorney general", "The attorney general") in got
    got = _reported(["Dan Backer, the fund's lawyer, said that it costs money to run a campaign."])
    assert got[0][:2] == ("it costs money to run a campaign", "Dan Backer")


def test_someone_of_somewhere_is_the_person_and_a_poll_is_nobody():
    quotes, people = attribute([
        "\u201cIt just was never meant to be,\u201d said political scientist Patrick Murray of Christie, who left.",
        "According to the exit polls in New Hampshire, a quarter of voters wanted someone who speaks plainly."])
    assert [(p.name, p.role) for p in people if p.kind == "person"] == [("Patrick Murray", "political scientist")]
    assert not any("poll" in p.name for p in people)


def test_reported_content_ends_where_the_reporting_verb_goes_on():
    # "… said X and added …", "…, and he railed against …": the content is X; the second verb reports its own
    assert _reported(["Smith said he taught law for a decade and added that he knew the subject well."]) == [
        ("he taught law for a decade", "Smith", "Smith"), ("he knew the subject well", "Smith", "Smith")]
    assert _reported(["Rubio said the real extremist on the issue is Clinton, and he railed against the "
                      "moderators for ignoring it."])[0] == ("the real extremist on the issue is Clinton", "Rubio", "Rubio")
    # a day and time between the verb and "that" are not the content
    assert [t for t, *_ in _reported(["Jane Roe said Wednesday night that she would not run again."])] == [
        "she would not run again"]


def test_a_verb_coordinated_with_the_sentence_verb_has_its_subject():
    got = _reported(["In a brief interview, Ms. Roe rejected the idea that the changes amounted to a shake-up "
                     "and said that Mr. Doe was not being diminished."])
    assert ("Mr. Doe was not being diminished", "Ms. Roe", "Roe") in got
    assert any(t == "the idea that the changes amounted to a shake-up" for t, *_ in got)  # (a topic, cut at "and said")


@pytest.mark.parametrize("sentence,source", [
    ("Environmental groups praised the plan but said the city must protect the trees it has.", "Environmental groups"),
    ("Democratic senators criticized the bill and said it would hurt working families.", "Democratic senators"),
    ("Small groups of protesters gathered outside and said the plan would hurt working families.",
     "Small groups of protesters"),
])
def test_a_capitalised_modifier_of_plural_people_stays_with_them_before_a_coordinated_cue(sentence, source):
    assert [s for t, s, *_ in _reported([sentence]) if t.startswith(("the city", "it would", "the plan would"))] == [source]


def test_a_topic_runs_past_the_stop_of_an_abbreviation_or_an_initial():
    got = [t for t, *_ in _reported(["Aides rejected any implication that Mrs. Roe would be a figurehead.",
                                     "They won the endorsement of former U.S. Sen. John Doe, who joined them."])]
    assert got == ["any implication that Mrs. Roe would be a figurehead", "former U.S. Sen. John Doe"]


def test_a_noun_cue_names_its_possessor_or_the_clause_subject_never_its_own_modifiers():
    def source(text):
        got = [(t, s) for t, s, _ in _reported([text])]
        return got[0][1] if got else "missing"

    assert source("Jorge Roe, a former minister who is a harsh critic of the plan, spoke on Monday.") is None
    assert source("The comment came in response to Sanders’s attacks on her donors.") == "Sanders"
    assert source("He has stepped up his attacks on the mayor's record.") == "He"
    assert source("The rumors began on Tuesday of the possible Palin endorsement of the governor.") == "Palin"
    assert source("He’s been ratcheting up his attacks on his opponents.") == "He"  # ("He’s" is "he is")


def test_according_to_a_source_then_a_comma_reports_the_clause_without_its_space():
    assert _reported(["According to the Local Coordination Committees, 40 people were killed on Tuesday."]) == [
        ("40 people were killed on Tuesday", "the Local Coordination Committees", "Local Coordination Committees")]


def test_where_a_quotation_was_said_is_not_reported_content():
    quotes, _ = attribute(["\u201cResidents are fleeing,\u201d activist Hadi al-Abdallah said in a video posted online."])
    assert [(q.text, q.direct) for q in quotes] == [("Residents are fleeing", True)]


def test_inverted_reported_speech_with_an_appositive_after_the_name():
    # "CONTENT, said Steven Roe, a chairman of …": the naming after the cue is the source, its appositive no content
    qs, _ = attribute(["The primary is on Tuesday.",
                       "The race has helped drive voters to the polls, said Steven Roe, a chairman of the political "
                       "science department at a university in Alabama."])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [
        ("The race has helped drive voters to the polls", "Steven Roe")]


@pytest.mark.parametrize("tail", ["director of the Civic Engagement Project at the university",  # a bare role
                                  "the county's senior election official", "Example Tribune's editor"])  # possessors
def test_inverted_reported_speech_with_a_role_or_a_possessor_after_the_name(tail):
    # (was: the naming read as what the sentence's subject "said": "Jane Roe, director of …" said by "The race")
    qs, _ = attribute(["The primary is on Tuesday.", f"The race has helped drive voters to the polls, said Jane Roe, {tail}."])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [
        ("The race has helped drive voters to the polls", "Jane Roe")]


@pytest.mark.parametrize("naming,speaker", [
    ("several observers", "several observers"),  # people described, a plural
    ("political scientist Jane Roe in Almaty", "political scientist Jane Roe"),  # a name after a lower-case title
    ("a former spokesman for the ministry, Jane Roe", "Jane Roe"),  # the described one's name after the naming
])
def test_inverted_reported_speech_naming_people_described(naming, speaker):
    qs, _ = attribute(["The primary is on Tuesday.", f"The race has helped drive voters to the polls, said {naming}."])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [
        ("The race has helped drive voters to the polls", speaker)]


def test_what_follows_a_cue_is_no_inverted_naming_when_it_names_nobody():
    # "Ryan, a policy-focused conservative, said the GOP must be a party of ideas": a party is no one described
    qs, _ = attribute(["The primary is on Tuesday.",
                       "Paul Roe, a policy-focused conservative, said the GOP must be a party of ideas."])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [("the GOP must be a party of ideas", "Paul Roe")]


@pytest.mark.parametrize("sentence,records", [
    ("Turnout was high, said the mayor, who added that lines were long.",
     [("Turnout was high", "the mayor"), ("lines were long", "the mayor")]),
    # "says that X, who …" is no inverted cue: X is the reported clause's subject
    ("An agency says that Walker, who charges high fees, has lost work for backing the candidate.",
     [("Walker, who charges high fees, has lost work for backing the candidate", "An agency")]),
])
def test_inverted_reported_speech_with_a_relative_clause_after_the_name(sentence, records):
    qs, _ = attribute(["The primary is on Tuesday.", sentence])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == records


def test_a_name_that_ends_a_participles_phrase_is_not_the_source():
    # "scientists using a telescope atop Mauna Kea have confirmed …": the subject is before the participle
    qs, people = attribute(["Officials met on Monday.",
                            "NASA scientists using a telescope atop Mauna Kea have confirmed that the moon holds water."])
    assert [q.speaker for q in qs] == ["NASA scientists"] and "Mauna Kea" not in [p.name for p in people]


@pytest.mark.parametrize("sentence,record", [
    ("The man pleaded guilty, the office said in a statement.", ("The man pleaded guilty", "the office")),
    ("The deal is dead, he told reporters on Monday.", ("The deal is dead", "he")),
    ("Prosecutors said in 2015 the economy was growing fast.", ("in 2015 the economy was growing fast", "Prosecutors")),
    # where and when, then "that": both adjuncts are the cue's ("said in a filing on Monday that", "for weeks that")
    ("Acme Corp. said in a filing on Monday that revenue fell in the quarter.",
     ("revenue fell in the quarter", "Acme Corp.")),
    ("Officials have said for weeks that the bridge is safe.", ("the bridge is safe", "Officials")),
    ("Jane Roe said at least 10 people died in the fire.", ("at least 10 people died in the fire", "Jane Roe")),
])
def test_where_something_was_said_is_not_what_was_said(sentence, record):
    # "…, the office said in a statement.": the adjunct after the cue is no content; what precedes is
    qs, _ = attribute(["The case was heard on Monday.", sentence])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [record]


def test_said_a_word_then_according_to_is_the_sources_sentence():
    # "… and said little, according to an attendee.": what the attendee reported, not "little" said by him
    qs, _ = attribute(["The primary is on Tuesday.",
                       "He returned on Wednesday for a caucus lunch and said little, according to an attendee."])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [
        ("He returned on Wednesday for a caucus lunch and said little", "an attendee")]


@pytest.mark.parametrize("source", ["people close to the campaign", "officials familiar with the talks"])
def test_according_to_people_with_their_qualifier(source):
    qs, _ = attribute(["The primary is on Tuesday.",
                       f"The advisers expressed indignation at the coverage, according to {source}."])
    assert [(q.text, q.speaker) for q in qs if not q.direct] == [
        ("The advisers expressed indignation at the coverage", source)]


def test_agreeing_declaring_and_revealing_report_a_clause_that_ends_before_its_own_source():
    qs, _ = attribute(["Roe and Poe agreed that the old buses must be replaced.",
                       "In the end, two delegates agreed to support the senator, according to Jane Roe.",
                       "The council declared that the fares would stay low this year."])
    assert [(q.text, q.speaker) for q in qs if q.speaker != "Jane Roe"] == [
        ("the old buses must be replaced", "Roe and Poe"), ("to support the senator", "two delegates"),
        ("the fares would stay low this year", "The council")]


def test_told_an_outlets_show_that_reports_the_clause_after_that():
    qs, _ = attribute(["Jane Roe spoke.", "Roe told Example TV\u2019s \u201cMorning Show\u201d that nobody would "
                                          "question the plan."])
    assert ("nobody would question the plan", "Roe") in [(q.text, q.speaker) for q in qs if not q.direct]


@pytest.mark.parametrize("sentence,records", [
    # the content before a naming set off by commas; nothing after "said on Saturday," is the cue's content
    ("The tool was built for times of crisis, a spokeswoman, Jane Roe, said on Saturday, and it has been used five "
     "times.", [("The tool was built for times of crisis", "Jane Roe")]),
    ("The tool was built for times of crisis, Jane Roe said Saturday, adding that it has been used five times.",
     [("The tool was built for times of crisis", "Jane Roe"), ("it has been used five times", "Jane Roe")]),
    ("\u201cThe races could shift,\u201d analyst Jane Roe wrote this week, adding that the Senate may fall.",
     [("the Senate may fall", "Jane Roe")]),
])
def test_a_time_after_the_cue_then_a_clause_is_no_content_of_the_cue(sentence, records):
    qs, _ = attribute(["Jane Roe spoke.", sentence])
    assert [(q.text, q.speaker_name) for q in qs if q.paragraph == 1 and not q.direct] == records


def test_a_reported_clause_ends_where_and_brings_in_another_named_speaker():
    qs, _ = attribute(["The White House contends that it is on track to meet those targets, and Jane Roe, the "
                       "climate adviser, said her staff were preparing plans for the next president."])
    assert [(q.text, q.speaker) for q in qs] == [
        ("it is on track to meet those targets", "The White House"),
        ("her staff were preparing plans for the next president", "Jane Roe")]


@pytest.mark.parametrize("sentence,content", [
    # the reported clause goes on over a verb coordinated with "but" and over "while" with no comma ...
    ("Jane Roe said the leaders had heard the debate but decided to proceed with the deal.",
     "the leaders had heard the debate but decided to proceed with the deal"),
    ("Jane Roe said she worked on the plan while serving on the council.",
     "she worked on the plan while serving on the council"),
    # ... and ends where "but" or ", while" opens a clause of its own
    ("Jane Roe said the leaders had heard the debate, but the mayor disagreed.", "the leaders had heard the debate"),
    ("Jane Roe said the plan works but the mayor disagreed with her.", "the plan works"),
    ("Jane Roe said the plan works, while the mayor disagreed with her.", "the plan works"),
])
def test_where_a_reported_clause_ends_at_but_and_while(sentence, content):
    qs, _ = attribute([sentence])
    assert [q.text for q in qs if q.speaker == "Jane Roe"] == [content]


def test_a_reported_clause_ends_at_the_participle_that_goes_on_from_its_cue():
    qs, _ = attribute(["Jane Roe said the plan works, adding that it is cheap to run."])
    assert [(q.text, q.speaker) for q in qs] == [("the plan works", "Jane Roe"), ("it is cheap to run", "Jane Roe")]


@pytest.mark.parametrize("sentence,record", [
    # a bare plural after the word linking the sentence to the one before is its subject
    ("But critics say the money could be better spent on the schools.",
     ("the money could be better spent on the schools", "critics")),
    ("Still, analysts say the market could fall further this year.",
     ("the market could fall further this year", "analysts")),
    # a time opener written with a capital ("Last month, …") is no part of the subject a coordinated cue has
    ("Last month, Jane Roe called the plan risky, but said the city should go ahead.",
     ("the city should go ahead", "Jane Roe")),
    # a participle right after a name is the name's, not the sentence subject's
    ("Last week she released an ad, followed by a clip of Ann Lee saying she will support the nominee.",
     ("she will support the nominee", "Ann Lee")),
])
def test_who_reports_a_clause_behind_link_words_openers_and_participles(sentence, record):
    assert record in [r[:2] for r in _reported([sentence])]


@pytest.mark.parametrize("sentence,records", [
    # reported content ends where another source's naming and cue begin ...
    ("Jane Roe said the filings came from people unknown to the party, John Smith said none were added to the slate.",
     [("the filings came from people unknown to the party", "Jane Roe"),
      ("none were added to the slate", "John Smith")]),
    # ... after a comma typed inside a quotation, then "while"
    ("Jane Roe said the plan was “too costly to pass,” while Sen. Ann Lee suggested she would only back a smaller one.",
     [("she would only back a smaller one", "Sen. Ann Lee")]),
    # ... and a source named at the end ("according to …") reports only what comes before another one's naming
    ("The couple was quarantined, and the health agency said it had traced everyone exposed, according to Jane Roe.",
     [("The couple was quarantined", "Jane Roe"), ("it had traced everyone exposed", "the health agency")]),
    ("The couple was quarantined — and the health agency said it had traced everyone exposed, according to Jane Roe.",
     [("The couple was quarantined", "Jane Roe"), ("it had traced everyone exposed", "the health agency")]),
])
def test_reported_content_ends_where_the_next_source_is_named(sentence, records):
    got = [r[:2] for r in _reported([sentence])]
    assert all(r in got for r in records), got


@pytest.mark.parametrize("sentence,record", [
    # an adverb between the cue and "that" is the cue's, not the content's
    ("The White House has said repeatedly that the president will not meet the rebel leaders.",
     ("the president will not meet the rebel leaders", "The White House")),
    # courts rule, investigators determine: what they conclude is reported ("rules that" is a noun's relative clause
    # far more often: "emissions rules that promise …", and is not listed)
    ("The court ruled that the law violated the state constitution.",
     ("the law violated the state constitution", "The court")),
    ("Investigators determined that the fire had been set on purpose.",
     ("the fire had been set on purpose", "Investigators")),
])
def test_reported_after_an_adverb_and_after_rulings(sentence, record):
    assert [r[:2] for r in _reported([sentence])] == [record]


def test_rules_that_names_no_source():
    assert _reported(["Congress passed rules that limit spending on the new projects in the state."]) == []


def test_what_the_words_were_said_of_is_no_part_of_the_content():
    assert _reported(["Jane Roe said of the plan, it will never work in a city this size."]) == [
        ("it will never work in a city this size", "Jane Roe", "Jane Roe")]


@pytest.mark.parametrize("sentence,records", [
    # a request for comment is nobody's comment
    ("The campaign did not respond to a request for comment on the new ad.", []),
    # what was declined or asked about is the topic itself
    ("Jane Roe declined to comment on the lawsuit filed by the union last week.",
     [("the lawsuit filed by the union last week", "Jane Roe")]),
    ("Asked about the email controversy, Jane Roe said she had made a mistake.",
     [("the email controversy", None), ("she had made a mistake", "Jane Roe")]),
    # a concern or a confidence expressed is reported like a claim
    ("Several senators expressed concern that the deal would not survive a court challenge.",
     [("the deal would not survive a court challenge", "Several senators")]),
])
def test_comments_requested_declined_asked_about_and_concerns_expressed(sentence, records):
    assert [r[:2] for r in _reported([sentence])] == records


def test_finding_oneself_somewhere_reports_nothing():
    assert not [r for r in _reported(["On the trip I found myself in a remote valley on the edge of the coal country."])
                if r[0].startswith("myself")]


def test_a_closing_aside_on_the_last_noun_is_the_writers_not_the_speakers():
    # the relative clause runs to the sentence's end: the writer describes the virus, nobody is reported saying so
    art = convert("Example headline\n\nJane Roe said she would close the schools over fears of the virus, which "
                  "is spread primarily by mosquitoes.\n")
    assert [q.text for q in art.quotations if not q.direct] == ["she would close the schools over fears of the virus"]
    # a relative clause that the reported clause goes on after is part of what was said
    art = convert("Example headline\n\nJohn Doe said the pipeline, which is widely supported by farmers, would "
                  "never be built without the state.\n")
    assert [q.text for q in art.quotations if not q.direct] == [
        "the pipeline, which is widely supported by farmers, would never be built without the state"]


def test_a_cue_right_after_a_quotation_attributes_it_and_names_no_topic():
    art = convert("Example headline\n\n“We will appeal this ruling today,” urged the mayor.\n")
    assert [(q.direct, q.speaker) for q in art.quotations] == [(True, "the mayor")]


def test_an_aside_on_the_source_before_told_reporters():
    # "who asked not to be named" is the aside's verb, and "told reporters" names the listener, not the source
    art = convert("Example headline\n\n“It’s a disaster,” one resident, who asked not to be named, told reporters.\n")
    assert [(q.direct, q.speaker) for q in art.quotations] == [(True, "one resident")]
    art = convert("Example headline\n\nThe bridge will close for a year, one official, who asked not to be named, "
                  "told reporters.\n")
    assert [(q.text, q.speaker) for q in art.quotations] == [("The bridge will close for a year", "one official")]


def test_a_coordinated_stance_verb_is_the_sentence_subjects():
    art = convert("Example headline\n\nJane Roe congratulated the winner on her victory and praised her effort in "
                  "the state.\n")
    assert [(q.text, q.speaker) for q in art.quotations] == [("her effort in the state", "Jane Roe")]
    # a sentence adverb opens the sentence; the subject follows it
    art = convert("Example headline\n\nUltimately, John Doe disregarded the advice and refused to sign the trade "
                  "agreement.\n")
    assert [(q.text, q.speaker) for q in art.quotations] == [("sign the trade agreement", "John Doe")]


def test_a_relative_clause_ending_in_said_reports_nothing():
    # "the things he said" closes a noun phrase: "he" is no source of what came before the comma
    art = convert("Example headline\n\nI have heard from a number of voters in the state, all expressing concern "
                  "about some of the things he said.\n")
    assert not [q for q in art.quotations if q.speaker == "he"]
    # the source right after the comma still is one ("…, Sanders adviser Tad Devine said")
    art = convert("Example headline\n\nThe senator remains committed to seeing the primary through to the "
                  "convention, Sanders adviser Jane Roe said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Jane Roe"]


def test_an_inverted_cue_before_a_colon_is_no_speakers_label():
    art = convert("Example headline\n\nThe stakes are high, Donald Trump’s longtime confidant Roger Stone stated.\n\n"
                  "Continued Stone:\n\n“So I think it’s a very real problem, and the best thing they can do is to "
                  "register a million new voters.”\n")
    assert "Continued Stone" not in [q.speaker for q in art.quotations]
    assert [p.name for p in art.people] == ["Roger Stone"]


def test_threats_and_vows_to_act_are_stances_of_the_sentence_subject():
    qs, _ = attribute(["The union has threatened to strike if the talks fail."])
    assert [(q.text, q.speaker) for q in qs] == [("strike if the talks fail", "The union")]
    # a participle after a comma: the sentence's subject vows
    qs, _ = attribute(["Jane Roe spoke for an hour in Ohio, vowing to repair every bridge in the state."])
    assert ("repair every bridge in the state", "Jane Roe") in [(q.text, q.speaker) for q in qs]


@pytest.mark.parametrize("sentence,speaker", [
    ("A man who lives near the plant said the smell had been getting worse for years.",
     "A man who lives near the plant"),
    ("A Texas startup that makes batteries from sodium said on Thursday it had raised $20 million.",
     "A Texas startup that makes batteries from sodium"),
    ("Residents who attended the meeting said they were not told about the plan.",
     "Residents who attended the meeting"),
    ("The fact that the bill has no Republican sponsors means it will not pass.", None),
])
def test_a_subject_with_a_restrictive_relative_clause_is_the_source_not_the_clauses_object(sentence, speaker):
    got = _reported([sentence])
    assert (got[0][1] if got else None) == speaker


def test_a_pronoun_after_a_relative_clause_subject_speaks_for_itself():
    quotes, _ = attribute(["The aide who took the call recalled that he said, \u201cI will be back,\u201d the office "
                           "said."])
    assert [q.speaker for q in quotes if q.direct] == ["he"]


@pytest.mark.parametrize("sentence,content", [
    ("Kellyanne Conway said on ABC's \u201cThis Week\u201d that the campaign was focused on the economy.",
     "the campaign was focused on the economy"),
    ("Clinton said during Saturday's debate in Iowa that she could take a hard line on banks.",
     "she could take a hard line on banks"),
    ("The senator vowed to take the fight to the states that would vote later.",
     "to take the fight to the states that would vote later"),  # ("to" opens an infinitive, no place)
])
def test_a_where_or_when_phrase_before_that_is_the_cues_not_the_content(sentence, content):
    got = [t for t, _, _ in _reported([sentence]) if t != "This Week"]
    assert (got[0] if got else None) == content


@pytest.mark.parametrize("sentence,content", [
    ("The senator said the financial system was \u201ccorrupt,\u201d noting that the banks had paid billions in fines.",
     "the financial system was \u201ccorrupt,\u201d"),
    ("The senator said the financial system was ''corrupt,'' adding that the banks had paid billions in fines.",
     "the financial system was ''corrupt,''"),
])
def test_a_participle_after_a_quoted_words_closing_comma_ends_the_reported_clause(sentence, content):
    assert _reported([sentence])[0][0] == content


def test_told_a_long_audience_then_that():
    got = _reported(["CIA Director John Brennan told a Senate Intelligence Committee hearing on Thursday that the agency "
                     "had found no direct link between the gunman and militants abroad."])
    assert got[0][0] == "the agency had found no direct link between the gunman and militants abroad"


@pytest.mark.parametrize("sentence,speaker", [
    ("A federal judge on Monday blocked the law, saying it would likely keep thousands from voting.", "A federal judge"),
    ("A poll from Valley State University released Wednesday showed the governor leading by 15 points.",
     "A poll from Valley State University"),
    ("The senator last week said the bill would pass the chamber.", "The senator"),
])
def test_a_day_after_the_source_is_the_verbs_not_the_sources(sentence, speaker):
    assert _reported([sentence])[0][1] == speaker


@pytest.mark.parametrize("paragraph", ["Q: Now you\u2019re talking about how things could be better, too.",
                                       "Name: Jane Roe Age: 27 City: Dayton Job: Waitress Pay: $5 an hour, plus tips"])
def test_a_transcript_or_profile_label_is_nobody(paragraph):
    assert all(speaker not in ("Q", "Name") for _, speaker, _ in _reported([paragraph]))


@pytest.mark.parametrize("sentence,speaker", [
    ("The board voted to deepen the channel, a project port officials say is needed to keep cargo ships coming.",
     "port officials"),
    ("The plan, an inside source said, is to have volunteers hand out copies of the editorial.", "an inside source"),
])
def test_a_cue_in_a_relative_clause_without_that_names_the_people_after_the_thing(sentence, speaker):
    assert {s for _, s, _ in _reported([sentence])} == {speaker}


def test_a_weekday_after_an_article_stays_in_the_naming():
    got = _reported(["Anyone who has tried to find a seat there on a Saturday knows the building is too small."])
    assert got[0][1] == "Anyone who has tried to find a seat there on a Saturday"
