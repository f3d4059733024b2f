"""Reported speech and stances (converter/reported.py), through the attribution stage that runs it."""
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
    # a commitment is the committer's stance: "Smith vowed to repeal the tax"
    qs, _ = attribute(["Governor Jane Smith vowed to repeal the new tax on fuel."])
    assert any(q.text.startswith("repeal the new tax") and q.speaker == "Governor Jane Smith" for q in qs)
    qs, _ = attribute(["Council member Rick Tanaka has called the cuts \u201ca painful but necessary trim.\u201d"])
    outer = [q for q in qs if not q.direct]
    assert outer and outer[0].text.startswith("the cuts") and outer[0].text.endswith("trim.\u201d")
    assert any(q.direct and q.text.startswith("a painful") for q in qs)


def test_a_duration_after_a_stance_cue_is_no_topic():
    qs, _ = attribute(["Council members debated the plan for more than six hours before the final vote.",
                       "The mayor called for a new study of the bridge before any money is spent."])
    assert [q.text for q in qs] == ["a new study of the bridge"]  # (the topic stops at "before")


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
