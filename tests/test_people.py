from converter.people import PeopleState, register, speaker_person, split_role


def test_split_role():
    assert split_role("Russian President Vladimir Putin") == ("Vladimir Putin", "Russian President")
    assert split_role("U.N. High Commissioner for Human Rights Zeid Ra\u2019ad Al Hussein")[0] == \
        "Zeid Ra\u2019ad Al Hussein"
    assert split_role("Keith Kellogg") == ("Keith Kellogg", None)


def test_names_merge_by_surname_and_keep_the_fullest_form():
    st = PeopleState()
    a = register(st, "Putin")
    b = register(st, "Russian President Vladimir Putin")
    assert a.id == b.id and b.name == "Vladimir Putin" and b.role == "Russian President"
    assert b.mentions == ["Putin", "Russian President Vladimir Putin"]


def test_groups_anonymous_sources_and_organisations():
    st = PeopleState()
    text = "many Biden administration officials said"
    grp = speaker_person(st, 0, text, 0, 0, len("many Biden administration officials"))
    assert grp.kind == "group"
    anon = speaker_person(st, 0, "a senior U.S. military official", 0, 0, 31)
    assert anon.kind == "anonymous" and anon.name == "a senior U.S. military official"
    assert speaker_person(st, 0, "NATO", 0, 0, 4).kind == "organization"
    assert speaker_person(st, 0, "state records", 0, 0, 13) is None  # a document is a source, not a person
