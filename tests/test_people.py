import pytest

from converter import convert
from converter.people import PeopleState, register, speaker_person, split_role


def test_split_role():
    assert split_role("Russian President Vladimir Putin") == ("Vladimir Putin", "Russian President")
    assert split_role("U.N. High Commissioner for Human Rights Zeid Ra\u2019ad Al Hussein")[0] == \
        "Zeid Ra\u2019ad Al Hussein"
    assert split_role("Keith Kellogg") == ("Keith Kellogg", None)
    # a title's object belongs to the title: from the given name on, else the last two words
    assert split_role("Secretary of State John Kerry") == ("John Kerry", "Secretary of State")
    assert split_role("Chief of Staff Reince Priebus") == ("Reince Priebus", "Chief of Staff")
    assert split_role("Speaker of the House Paul Ryan") == ("Paul Ryan", "Speaker of the House")


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
    # a capitalised word opening the sentence, then a thing: no one; then people ("bosses"), or a quantity: a group
    for thing in ("Exit polling", "Blood tests", "Polling averages"):
        assert speaker_person(st, 0, thing, 0, 0, len(thing)) is None, thing
    for people in ("Health bosses", "Nearly half", "Local witnesses"):
        assert speaker_person(st, 0, people, 0, 0, len(people)).kind == "group", people


def _speakers(paragraphs):
    from converter.speakers import attribute

    qs, _ = attribute(paragraphs)
    return [(q.speaker, q.speaker_name) for q in qs if q.direct]


def test_an_epithet_is_the_person_last_described_so():
    paras = ["Mayor Jane Roe defended the budget on Tuesday.",
             "A lawyer for the city, Maria Diaz, said the plan was legal. "
             "\u201cThere is nothing in the charter that forbids it,\u201d the lawyer said.",
             "Council member Tom Hale disagreed. \u201cI will look at every amendment on its merits,\u201d the mayor said."]
    assert _speakers(paras) == [("the lawyer", "Maria Diaz"), ("the mayor", "Jane Roe")]


def test_a_description_must_name_a_person():
    # "a town hall event in Salem, New Hampshire": an event, so New Hampshire is nobody
    st = PeopleState()
    from converter.people import collect_names

    collect_names(st, 0, "Trump spoke at a town hall event in Salem, New Hampshire on Monday.")
    assert "new-hampshire" not in st.people


def test_the_group_is_the_organisation_named_before_it():
    paras = ["The plan was criticised by the Taxpayers Alliance, a local group. "
             "\u201cIt raises fees without saying so,\u201d the group said in a statement."]
    assert _speakers(paras) == [("the group", "Taxpayers Alliance")]


@pytest.mark.parametrize("paras,speakers", [
    # a trade's noun stands for the company named before it, never for a place named since
    (["Shares of Acme Corp rose after the toolmaker reported strong sales in Ohio.",
      "\u201cDemand stayed strong,\u201d the toolmaker said."], [("the toolmaker", "Acme Corp")]),
    (["Pacific Gas & Electric Co. cut power to homes in Sonoma.",
      "\u201cWe will restore it soon,\u201d the utility said."], [("the utility", "Pacific Gas & Electric Co")]),
    # the company source just quoted, over a bank it mentioned
    (["\u201cGrowth is slowing,\u201d said Example Institutional Equities, citing data from Acme Bank.",
      "\u201cRates will fall,\u201d the brokerage said."],
     [("Example Institutional Equities", "Example Institutional Equities"),
      ("the brokerage", "Example Institutional Equities")]),
])
def test_a_trades_noun_is_the_company_named_or_quoted_before_it(paras, speakers):
    assert _speakers(paras) == speakers


def test_he_or_she_is_never_an_organisation_and_a_titled_person_is_not_one():
    st = PeopleState()
    org = speaker_person(st, 0, "the Example Party", 0, 0, len("the Example Party"))
    assert org.kind == "organization"
    st.last_speaker, st.last_speaker_para = org.id, 0
    assert speaker_person(st, 1, "she said", 0, 0, 3) is None
    titled = "White House Press Secretary Jane Roe"
    p = speaker_person(st, 0, titled, 0, 0, len(titled))
    assert (p.kind, p.name, p.role) == ("person", "Jane Roe", "White House Press Secretary")


def test_he_and_she_agree_with_a_known_given_name_or_honorific():
    paras = ["Mayor Jane Roe defended the budget. \u201cWe made hard choices,\u201d Roe said.",
             "Her rival, council member Tom Hale, was unimpressed. \u201cThis budget is a disaster,\u201d he said.",
             "Ms. Lee, a teacher, agreed with him. \u201cIt hurts the schools,\u201d she said."]
    assert [name for _, name in _speakers(paras)] == ["Jane Roe", "Tom Hale", "Lee"]
    # an epithet with a gender of its own ("the woman") looks for that gender
    paras = ["Mayor Dana Cole and Judge Robert Hart spoke at the meeting. \u201cWe need a new school,\u201d the woman said."]
    assert _speakers(paras) == [("the woman", "Dana Cole")]


@pytest.mark.parametrize("paras,speaker", [
    # someone named in this paragraph since the last speaker spoke in an earlier one
    (["Union president Gloria Vance called the plan reckless. \u201cPeople will die,\u201d Vance said.",
      "Dr. Alan Price, the chief executive, defended it.",
      "Price, who took over last year, said he understood the anger. \u201cI would be angry too,\u201d he said."],
     "Alan Price"),
    # a quotation opening its paragraph looks back to the subject of the paragraph before
    (["Officials at City Hall praised the plan. \u201cIt is a good day,\u201d Mayor Jane Roe said.",
      "The chief engineer, Tom Hale, met Councilman Robert Gray at the site on Tuesday.",
      "\u201cThe bridge will stand for a century,\u201d he said."], "Tom Hale"),
])
def test_a_pronoun_looks_first_to_whom_the_text_named_since_the_last_speaker(paras, speaker):
    assert _speakers(paras)[-1] == ("he", speaker)


def test_he_or_she_stands_for_a_name_or_a_person_not_a_misread_phrase():
    from converter.model import Person
    from converter.people import _someone

    assert _someone(Person("a", "Tom Hale")) and _someone(Person("b", "a senior analyst", "anonymous"))
    assert not _someone(Person("c", "Romney went after Trump")) and not _someone(Person("d", "The trip", "anonymous"))


def test_a_name_never_runs_across_a_sentence_end():
    from converter.people import _name_runs

    runs = [m.group() for m in _name_runs("He met Prime Minister Benjamin Netanyahu. Adelson said Joseph R. Biden Jr. "
                                          "spoke with Sen. John McCain.")]
    assert runs == ["Prime Minister Benjamin Netanyahu", "Joseph R. Biden Jr.", "Sen. John McCain"]


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_finds_the_right_one():
    paras = ["Former President Bill Clinton campaigned for Hillary Clinton in Ohio on Monday.",
             "\u201cShe is ready,\u201d Mr. Clinton said.",
             "\u201cI am ready,\u201d Mrs. Clinton said later.",
             "\u201cWe will win Ohio,\u201d Clinton said."]
    got = [name for _, name in _speakers(paras)]
    assert got[:2] == ["Bill Clinton", "Hillary Clinton"]
    assert got[2] in ("Bill Clinton", "Hillary Clinton")  # a bare surname: one of the two, never a merged person
    from converter.speakers import attribute

    _, people = attribute(paras)
    assert {p.name for p in people} >= {"Bill Clinton", "Hillary Clinton"}


def test_a_misread_first_word_does_not_make_a_new_person():
    st = PeopleState()
    register(st, "Marco Rubio")
    assert register(st, "Although Rubio").id == "marco-rubio"


def test_a_country_or_state_as_a_source_is_an_organisation_never_he_or_she():
    st = PeopleState()
    china = speaker_person(st, 0, "China", 0, 0, 5)
    assert china.kind == "organization"
    st.last_speaker, st.last_speaker_para = china.id, 0
    assert speaker_person(st, 1, "he said", 0, 0, 2) is None
    george = "George Washington"
    assert speaker_person(st, 1, george, 0, 0, len(george)).kind == "person"


def test_an_epithet_with_a_proper_modifier_is_still_an_epithet():
    paras = ["Sen. Bernie Sanders spoke in Iowa on Monday. \u201cWe will win,\u201d Sanders said.",
             "\u201cThe polls are wrong,\u201d the Vermont senator added."]
    assert _speakers(paras)[-1] == ("the Vermont senator", "Bernie Sanders")


def test_a_misread_single_word_or_plural_is_not_he_or_she():
    from converter.model import Person
    from converter.people import _someone

    assert _someone(Person("a", "Sanders"))
    assert not _someone(Person("b", "Read")) and not _someone(Person("c", "Republicans"))
    assert not _someone(Person("d", "the big steel plant", "anonymous"))


@pytest.mark.parametrize("naming,name,role", [
    ("researcher Amy Lin", "Amy Lin", "researcher"),  # a describing noun before the name is its role
    ("lead author Mary Fox", "Mary Fox", "lead author"),
    ("planetary geologist Rosaly Lopes", "Rosaly Lopes", "planetary geologist"),  # any lower-case description
    ("former Iowa Lt. Gov. Patty Judge", "Patty Judge", "former Iowa Lt. Gov."),  # a surname that is also a title
    ("SoftBank CEO Masayoshi Son", "Masayoshi Son", "SoftBank CEO"),  # a name word that is also a noun
    ("Masayoshi Son", "Masayoshi Son", None),
    ("the Kentucky Republican", "the Kentucky Republican", None),  # a determiner is no role: an epithet stays whole
    ("Vice President", "Vice President", None),
    ("Graham called both Trump", "Graham called both Trump", None),  # one capital word after a verb is no name
])
def test_a_role_before_a_name_is_split_off(naming, name, role):
    assert split_role(naming) == (name, role)


def test_a_misread_run_never_becomes_the_persons_name():
    st = PeopleState()
    register(st, "Graham called both Trump")  # a speaker rule misread a clause as a name
    p = register(st, "Donald Trump")
    assert p.name == "Donald Trump"


@pytest.mark.parametrize("naming,kind", [
    ("Trump's team", "group"),
    ("NATO's secretary general", "anonymous"),
    ("the prime minister\u2019s spokesman", "anonymous"),  # someone's spokesman is not that someone
    ("Trump\u2019s voice", None),
])
def test_a_possessed_noun_is_not_its_possessor(naming, kind):
    st = PeopleState()
    register(st, "Donald Trump")
    text = f"Donald Trump spoke. {naming} said"
    p = speaker_person(st, 0, text, 20, 20, 20 + len(naming))
    assert (p.kind if p else None) == kind
    assert p is None or "Trump" not in p.name or p.kind != "person"


def test_a_contracted_pronoun_is_a_pronoun_and_that_is_nobody():
    from converter.speakers import attribute
    quotes, people = attribute(["Donald Trump spoke in Ohio on Monday.",
                                "He\u2019s claiming that voting fraud is \u201ca big, big problem in this country.\u201d",
                                "That\u2019s according to fundraising reports released by the campaign on Friday."])
    assert {p.name for p in people if p.kind == "person"} == {"Donald Trump"}


def test_a_party_is_a_group_an_epithet_never_resolves_to_one_and_it_is_an_organisation():
    from converter.speakers import attribute
    quotes, people = attribute([
        "Democrats had argued that the nominee lacked the experience for the post.",
        "\u201cThis is a good day for the country,\u201d the majority leader said after the vote.",
        "Back in 2009, the Congressional Budget Office cited the tax as a major reason it thought the law would "
        "end up reducing the deficit."])
    kinds = {p.name: p.kind for p in people}
    assert kinds["Democrats"] == "group" and kinds["Congressional Budget Office"] == "organization"
    by_text = {q.text[:20]: q.speaker_name for q in quotes}
    assert by_text["This is a good day f"] == "the majority leader"  # not the Democrats
    assert by_text["the law would end up"] == "Congressional Budget Office"  # "it", never a person


@pytest.mark.parametrize("naming", ["Obama himself has even made comments", "Sanders has consistently pushed his",
                                    "the police have left 62 percent of voters"])
def test_a_misread_clause_is_nobody_to_list(naming):
    st = PeopleState()
    text = f"Yesterday {naming} said"
    assert speaker_person(st, 0, text, 0, 10, 10 + len(naming)) is None
    assert speaker_person(st, 0, "Many lawmakers said", 0, 0, 13).kind == "group"  # a plain description stays
    voters = "Nine in 10 Democratic registered voters"  # a participle as adjective is no clause
    assert speaker_person(st, 0, voters + " said", 0, 0, len(voters)).kind == "group"


def test_dozens_is_a_group_not_a_person():
    st = PeopleState()
    assert speaker_person(st, 0, "Dozens said", 0, 0, 6).kind == "group"  # (was a person 'he' could stand for)


def test_an_imperative_opening_a_sentence_is_no_name():
    from converter.people import is_name
    assert not is_name("Say Mexico") and not is_name("Read The Latest")
    assert is_name("Saylor Mexico")


def test_a_question_auxiliary_is_not_part_of_the_name_after_it():
    art = convert("Game over. Had Sanders conceded? Would Adam Schiff have pleaded for more time? "
                  "\u201cWe will continue the fight in the next primary,\u201d Sanders said.")
    names = [p.name for p in art.people if p.kind == "person"]
    assert not [n for n in names if n.split()[0] in ("Had", "Would")]
    assert [q.speaker_name for q in art.quotations if q.direct] == ["Sanders"]


@pytest.mark.parametrize("text", [
    "The poll was taken last week. Nearly half said they prefer someone with experience in politics.",
    "The poll was taken last week. Six in 10 say he is at least somewhat decisive.",
    "The poll was taken last week. Seventy-two percent now believe he could win the general election.",
    "Democratic voters are slightly more likely to say that Clinton represents their positions.",
    "Under what the owner called ''the prior economy model,'' the club, in Ponte Vedra Beach, Fla., charged a fee.",
    "Findings show voters fear unwelcome policies coming from either party.",
])
def test_a_word_that_opens_the_sentence_is_nobody_to_list(text):
    art = convert(text)
    assert art.quotations  # the reported speech is still found
    assert not [p.name for p in art.people if p.kind == "person"]


@pytest.mark.parametrize("text,source,kind", [
    ("Nearly half said they prefer someone with experience in politics.", "Nearly half", "group"),
    ("Six in 10 Virginia Democratic primary voters said the senator is honest.",
     "Six in 10 Virginia Democratic primary voters", "group"),
    ("Seventy-two percent now believe he could win the general election.", "Seventy-two percent", "group"),
    ("Three people familiar with the matter said the deal was close.", "Three people familiar with the matter",
     "group"),
    ("A person briefed on the talks said the deal was close.", "A person briefed on the talks", "anonymous"),
    ("Officials at the embassy said the deal was close.", "Officials at the embassy", "group"),
])
def test_a_quantity_or_a_described_source_is_named_whole(text, source, kind):
    art = convert(text)
    assert art.quotations[0].speaker == source
    assert [(p.name, p.kind) for p in art.people] == [(source, kind)]


def test_party_labels_and_groups_of_people_are_not_persons():
    art = convert("Representative Peter T. King, Republican of New York, said of life before the network: "
                  "\u201cIt was stifling.\u201d\n\nOthers say this is just a rough patch. Supporters of the law hope "
                  "this is a transition period.")
    assert [q.speaker_name for q in art.quotations][:2] == ["Peter T. King", "Peter T. King"]
    kinds = {p.name: p.kind for p in art.people}
    assert kinds == {"Peter T. King": "person", "Others": "group", "Supporters of the law": "group"}


def test_a_capitalised_word_the_article_also_writes_in_lower_case_is_a_common_noun():
    art = convert("Companies say that weakening encryption would make users more vulnerable. Many companies "
                  "have said so before.\n\nMessages show the plan was known, and the messages were kept.")
    assert [q.speaker for q in art.quotations] == ["Companies", "Messages"]  # still what is reported, but
    assert [p.name for p in art.people] == ["Many companies"]  # neither is listed as somebody


@pytest.mark.parametrize("text,speaker,role", [
    ('"There has been a lot of speculation," said former Utah governor Michael Leavitt, a confidant.',
     "Michael Leavitt", "former Utah governor"),
    ("Virginia Gov. Terry McAuliffe on Friday announced that he had signed an order restoring voting rights.",
     "Terry McAuliffe", "Virginia Gov."),
])
def test_a_place_modifying_a_role_and_a_day_after_a_name_are_not_the_name(text, speaker, role):
    art = convert(text)
    assert art.quotations[0].speaker_name == speaker
    assert [(p.name, p.role) for p in art.people] == [(speaker, role)]


@pytest.mark.parametrize("naming", [
    "A court document filed Thursday", "an Associated Press-GfK poll released Thursday",  # sources, nobody
    "The Florida senator sought to calm his supporters", "an interview aired on Monday when",  # misread clauses
    "the city embodied the", "His comments came after being",
    "The council's own consultation", "a Treasury forecast",  # documents too
    "data released Friday", "figures published on Monday",  # a document and when it came out
])
def test_documents_and_misread_clauses_are_nobody_to_list(naming):
    st = PeopleState()
    masked = naming + " said the plan would go ahead."
    assert speaker_person(st, 0, masked, 0, 0, len(naming)) is None and not st.people
    assert speaker_person(st, 0, "The senator said so.", 0, 0, len("The senator")) is not None  # (a naming is one)


def test_a_one_word_brand_is_an_organisation_and_a_prefixed_surname_a_person():
    st = PeopleState()
    text = "CloudFlare said the site was back. McConnell said so. VanderSloot said no."
    brand = speaker_person(st, 0, text, 0, 0, len("CloudFlare"))
    a = text.index("McConnell")
    person = speaker_person(st, 0, text, a, a, a + len("McConnell"))
    b = text.index("VanderSloot")
    other = speaker_person(st, 0, text, b, b, b + len("VanderSloot"))
    assert (brand.kind, person.kind, other.kind) == ("organization", "person", "person")


def test_one_party_member_is_an_unnamed_source():
    st = PeopleState()
    text = "One Republican said the bill would pass."
    p = speaker_person(st, 0, text, 0, 0, len("One Republican"))
    assert (p.name, p.kind) == ("One Republican", "anonymous")


def test_a_party_member_described_by_place_is_the_person_just_quoted_never_an_organisation():
    art = convert("\u201cWe will win this state,\u201d Sen. Ted Cruz said on Monday.\n\n"
                  "\u201cAnd then we will win the nomination,\u201d the Texas Republican said.")
    assert [q.speaker_name for q in art.quotations if q.direct] == ["Ted Cruz", "Ted Cruz"]
    assert [p.name for p in art.people] == ["Ted Cruz"]
    art = convert("The vote was close.\n\n\u201cWe will win the nomination,\u201d the Texas Republican said.")
    assert [(p.name, p.kind) for p in art.people] == [("the Texas Republican", "anonymous")]


@pytest.mark.parametrize("epithet", ["the Republican", "the Democrat"])
def test_the_party_member_alone_is_the_person_just_quoted_never_an_organisation(epithet):
    art = convert("\u201cWe will win this state,\u201d Sen. Jane Roe said on Monday.\n\n"
                  f"T{epithet[1:]} insisted her strategy was more \u201csophisticated\u201d than her rival's.")
    assert [q.speaker_name for q in art.quotations if q.direct] == ["Jane Roe", "Jane Roe"]
    assert [p.name for p in art.people] == ["Jane Roe"]
    art = convert(f"The vote was close.\n\n\u201cWe will win the nomination,\u201d {epithet} said.")
    assert [(p.name, p.kind) for p in art.people] == [(epithet, "anonymous")]


def test_a_show_is_a_noun_after_reality_or_the_and_a_verb_after_polls():
    art = convert("If the former reality show star could have done that, he would have. "
                  "A new poll shows Smith leading the race by ten points.")
    reported = [(q.speaker, q.text) for q in art.quotations if not q.direct]
    assert reported == [("A new poll", "Smith leading the race by ten points")]


@pytest.mark.parametrize("text,listed", [
    ("Johnson & Johnson said its drug worked better than a rival medicine in a late-stage study.",
     [("Johnson & Johnson", "organization")]),
    ("The drug worked better, J&J said on Tuesday.", [("J&J", "organization")]),
    ("The drug is a good option for patients, brokerage Jefferies wrote in a note.", [("Jefferies", "organization")]),
    ("Journalists have been criticized for the double standard in their coverage.", [("Journalists", "group")]),
    ("Something tells me that this young man will never be the same again.", []),
])
def test_companies_abbreviations_and_plural_nouns_are_not_persons(text, listed):
    art = convert(text)
    assert [(p.name, p.kind) for p in art.people if p.kind != "anonymous"] == listed


def test_a_company_named_with_its_suffix_is_the_one_word_source_and_the_company():
    art = convert("The drug beat a rival medicine from Examplia AG in a late-stage study. "
                  "Examplia said it expected the data to have limited relevance. The company said sales would rise.")
    sources = [(q.speaker, q.speaker_name) for q in art.quotations if not q.direct]
    assert sources == [("Examplia", "Examplia AG"), ("The company", "Examplia AG")]
    assert [(p.name, p.kind) for p in art.people] == [("Examplia AG", "organization")]


def test_where_an_organisation_is_based_is_no_part_of_its_name():
    art = convert("The Example Observatory said on Monday that 76 people were killed. "
                  "The Britain-based Observatory said that rebels were threatening two villages.")
    assert [q.speaker_name for q in art.quotations] == ["Example Observatory", "Observatory"]


def test_a_title_written_after_a_name_is_its_role_and_a_city_is_no_person():
    art = convert("\u201cThese weapons are banned,\u201d said Peter Salama Executive Director of the health "
                  "programme. \u201cThe vaccine works,\u201d says study researcher Jane Roe, MD, a professor of "
                  "medicine at the University of California, San Francisco.")
    people = {p.name: p for p in art.people}
    assert people["Peter Salama"].role == "Executive Director"
    assert "San Francisco" not in people


@pytest.mark.parametrize("naming,listed", [
    ("his past", None), ("this week", None), ("This story", None), ("its decrepit", None), ("that about half", None),
    ("his supporters", "his supporters"), ("her husband", "her husband"), ("those surveyed", "those surveyed"),
    ("That person", "That person"), ("that voters", "voters"),  # "said that voters …": the voters
    ("NEW YORK ENDS TAMPON TAX", None),  # a newsletter's shouted headline over its excerpt is nobody
])
def test_a_possessive_or_demonstrative_naming_lists_someone_only_when_its_head_is_people(naming, listed):
    st = PeopleState()
    text = f"{naming} said the plan would pass."
    p = speaker_person(st, 0, text, 0, 0, len(naming))
    assert (p.name if p else None) == listed



def test_an_honorific_ends_no_sentence_when_pronouns_look_back():
    from converter.people import _SENTENCE_GAP

    text = "The woman, Ms. Roe recalled, asked what she did on Mr. Doe's staff. Then she left."
    assert [m.start() for m in _SENTENCE_GAP.finditer(text)] == [text.index("staff.") + 5]


def test_a_pronoun_of_the_other_gender_never_takes_a_newly_listed_given_name():
    from converter.speakers import attribute

    qs, _ = attribute(["Gloria Roe, 34, a nurse from the city, said people should be able to choose.",
                       "Franson Doe, 18, from the county, disagrees. \u201cI could say I identify as anything,\u201d he says."])
    assert [q.speaker_name for q in qs if q.direct] != ["Gloria Roe"]


def test_a_one_word_source_that_says_it_plans_or_its_results_is_an_organisation():
    def kinds(text):
        return {p.name: p.kind for p in convert(text).people}

    assert kinds("Quentaro says it will offer better gas mileage next year.") == {"Quentaro": "organization"}
    assert kinds("Vexlo said its profits fell sharply in the third quarter.") == {"Vexlo": "organization"}
    # an expletive "it", a thing's "its", or a person the article names in full stay people
    assert kinds("Obama said it would be a mistake to act now.") == {"Obama": "person"}
    assert kinds("Roe then discussed the proposed wall and explained its importance to voters.")["Roe"] == "person"
    assert kinds("The senator, Jane Warren, spoke first. Warren said it plans to vote no.")["Jane Warren"] == "person"


def test_a_capitalised_modifier_before_people_makes_a_group_not_a_person():
    kinds = {p.name: p.kind for p in convert(
        "US officials said the talks would resume. Pregnant girl, 13, \u2018jumps to her death\u2019, "
        "police say. Iowa biofuels advocates say they have promises from the candidates.").people}
    assert kinds.get("US officials") == "group" and kinds.get("Iowa biofuels advocates") == "group"
    assert "US" not in kinds and "Pregnant" not in kinds and "Iowa" not in kinds
    # one of them, unnamed: someone, not a person called "Company management"
    assert {p.name: p.kind for p in convert("Company management said sales would grow by 3.5% next year.").people} \
        == {"Company management": "anonymous"}


@pytest.mark.parametrize("text,listed", [
    # a sentence opening on a relative or a greeting names nobody
    ("Which is not to say that whatever happened on Saturday was minor.", []),
    ("Good luck and hope to see you again my friend.", []),
    # an adverb after the naming is the verb's ("GiveWell sometimes recommends …")
    ("The Wikileaks founder always said his fear of being extradited was real.", [("The Wikileaks founder", "anonymous")]),
    # a possessive on a name ending in s
    ("The company said it had been contacted by Attorney General Letitia James' office about the matter.",
     [("Letitia James", "person")]),
    # a role with no name after it is nobody
    ("The Deputy Director took the decision on Friday, the authority said.", [("the authority", "anonymous")]),
])
def test_function_words_adverbs_possessives_and_bare_roles_are_not_persons(text, listed):
    got = [(p.name, p.kind) for p in convert(text).people if p.kind != "organization"]
    assert got == listed


def test_two_people_speaking_together_are_a_group_and_each_is_listed():
    people = {p.name: p.kind for p in convert(
        "Marco Rubio and John Kasich said the plan would fail. Tom and Mary Roe said it would not.").people}
    assert people["Marco Rubio and John Kasich"] == "group"
    assert people["Marco Rubio"] == people["John Kasich"] == "person"
    assert people["Tom Roe"] == people["Mary Roe"] == "person"  # (the first given name takes the shared surname)
    # an organisation's name with "and" in it makes nobody a person
    assert "Immigration Services" not in {p.name for p in convert(
        "United States Citizenship and Immigration Services said the rules would change.").people}


def test_a_title_case_subhead_is_nobody():
    text = ("Latino actors and writers spoke out many times this year about the campaign and its words.\n\n"
            "News Anchor Jane Roe Got Real About Being A Mother\n\n"
            "The anchor said the campaign had insulted millions of people.\n\n"
            "Polk County GOP Chairman Will Rogers said the visit would help.")
    names = {p.name for p in convert(text).people}
    assert not any("About" in n for n in names)
    assert "Will Rogers" in names  # ("Will" opens a name here)


def test_a_well_known_company_named_alone_is_an_organisation_but_its_user_is_someone():
    kinds = {p.name: p.kind for p in convert(
        "Samsung announced the phone would ship in May. One Twitter user said the price was too high.").people}
    assert kinds.get("Samsung") == "organization"
    assert {p.name: p.kind for p in convert("Edmunds.com said prices would rise next year.").people} == \
        {"Edmunds.com": "organization"}  # a site's name
    assert kinds.get("One Twitter user") != "organization"


def test_an_article_in_another_language_names_nobody_but_keeps_its_quotations():
    text = ("Receba em seu email nosso ebook \u201cAs 5 Etapas para Alfabetizar seus Filhos em Casa\u201d, um guia "
            "completo e totalmente gratuito para introduzir seus filhos no universo da leitura. Os pais que "
            "leram o guia disseram que as crian\u00e7as aprenderam a ler com mais alegria e em muito menos tempo.")
    art = convert(text)
    assert art.language == "pt" and art.people == []
    assert [(q.text, q.speaker) for q in art.quotations] == [("As 5 Etapas para Alfabetizar seus Filhos em Casa", None)]


def test_a_possessive_before_a_name_is_an_affiliation_and_before_a_thing_no_person():
    st = PeopleState()
    assert (register(st, "Gallup’s Jeffrey M. Jones").name, register(st, "CNN’s Dana Bash").name) == \
        ("Jeffrey M. Jones", "Dana Bash")
    assert register(st, "South Korean-born Monte Haines").name == "Monte Haines"
    for thing in ("Obama’s Affordable Care Act", "Trump's AIPAC speech", "Polk's Mexican War"):
        assert register(st, thing).kind == "anonymous", thing


def test_a_document_named_with_its_maker_sources_the_maker():
    art = convert("South Korea's exports rose 5 percent, according to data released by MOTIE in August.")
    assert [(p.name, p.kind) for p in art.people] == [("MOTIE", "organization")]
    art = convert("Newspapers are closing, according to a 2018 survey by Penelope Muse Abernathy of the university.")
    assert [(p.name, p.kind) for p in art.people] == [("Penelope Muse Abernathy", "person")]


def test_an_arabic_family_name_keeps_its_article():
    art = convert("\u201cWe will not allow this to happen again,\u201d said Ahmed al-Hassan, a spokesman for the "
                  "provincial council. Syrian President Bashar al-Assad did not comment.")
    assert [q.speaker_name for q in art.quotations if q.direct] == ["Ahmed al-Hassan"]
    people = {p.name: p.role for p in art.people}
    assert people.get("Bashar al-Assad") == "Syrian President"


def test_a_one_word_source_that_reports_is_an_outlet():
    # "Deadline reported …": one word nobody in the story bears, with a publishing verb; it stays one when it
    # speaks again ("Axios said"); a one-word naming of someone named in full stays that person
    from converter.speakers import attribute
    _, people = attribute(["The network cancelled the show on Friday after three seasons.",
                           "Deadline reported that the studio had been shopping the series for months.",
                           "Axios reported this week that the deal was close. Axios said the talks had stalled.",
                           "Jane Smith, the show's creator, said she was heartbroken. Smith reported that the cast "
                           "had been told on Thursday."])
    kinds = {p.name: p.kind for p in people}
    assert (kinds["Deadline"], kinds["Axios"], kinds["Jane Smith"]) == ("organization", "organization", "person")
    assert len([p for p in people if p.name == "Axios"]) == 1


def test_a_one_word_maker_of_a_report_is_an_outlet_and_a_letter_writer_a_person():
    from converter.speakers import attribute
    _, people = attribute(["The mayor disputed an earlier report from Examiner saying the city had lost money.",
                           "She also read out a letter from Roe saying the deal had been a mistake."])
    assert sorted((p.name, p.kind) for p in people) == [("Examiner", "organization"), ("Roe", "person")]


def _people(text):
    return {p.name: p for p in convert(text).people}


def test_an_appositive_is_kept_as_written_up_to_what_closes_it():
    people = _people("City Appeals the Ruling\n\n"
                     "“We will appeal,” said Maria Diaz, a lawyer for the city who filed the suit.\n\n"
                     "Tom Hale, a former aide to Mr. Obama, said the talks would go on.\n\n"
                     "“It is over,” said Ann Cole, a U.S. Army officer. She left.\n")
    assert people["Maria Diaz"].descriptions == ["a lawyer for the city"]  # not the relative clause
    assert people["Tom Hale"].descriptions == ["a former aide to Mr. Obama"]  # "Mr." closes nothing
    assert people["Ann Cole"].descriptions == ["a U.S. Army officer"]


def test_a_role_without_an_article_set_off_after_a_name_is_its_description():
    people = _people("Lanes Approved\n\n"
                     "Mark Doe, cabinet member for transport, said the lanes were safe.\n\n"
                     "“We agree,” said Luis Poe, professor of economics at the University of Leeds, on Monday.\n\n"
                     "The Green Party, whose leader, Ann Cole, backed the plan, was pleased.\n\n"
                     "“It was time,” said Councillor Amy Loe.\n")
    assert people["Mark Doe"].descriptions == ["cabinet member for transport"]
    assert people["Luis Poe"].descriptions == ["professor of economics at the University of Leeds"]
    assert "The Green Party" not in people and "Green Party" not in people  # ("whose leader" describes no one)
    assert people["Amy Loe"].role == "Councillor"  # a British title before a name


@pytest.mark.parametrize("naming,name,role", [
    ("Ohio GOP Committeeman Curly Roe", "Curly Roe", "Ohio GOP Committeeman"),
    ("Principal Deputy Assistant AG Vanita Roe", "Vanita Roe", "Principal Deputy Assistant AG"),
])
def test_committeeman_and_ag_are_titles(naming, name, role):
    people = _people(f"Rules fight\n\n{naming} said the rules were clear and would not change.\n")
    assert people[name].role == role


def test_an_appositive_before_the_name_from_its_nearest_determiner():
    people = _people("The company’s chief executive, Jane Roe, said sales rose.\n\n"
                     "Allies mounted a public attack on the president’s housing secretary, Tom Price, over loans.\n")
    assert people["Jane Roe"].descriptions == ["the company’s chief executive"]
    assert people["Tom Price"].descriptions == ["the president’s housing secretary"]


def test_a_clause_opening_phrase_is_no_appositive():
    people = _people("Debate night.\n\n"
                     "In a fiery takedown of the businessman, Sen. Bernie Sanders called him divisive.\n")
    assert people["Bernie Sanders"].descriptions == []


def test_a_relative_described_by_the_surname_does_not_take_over_the_surname():
    # "Ivanka Trump, Trump’s eldest daughter": the bare "Trump" is still the one quoted, not his daughter
    a = convert("Trump Accepts the Nomination\n\n"
                "“We will win in November and we will win big,” Trump said in his speech on Thursday night.\n\n"
                "Ivanka Trump, Trump’s eldest daughter, introduced him to the delegates in the arena.\n\n"
                "“I am honored to accept your nomination,” Trump said to loud applause from the floor.\n")
    assert {q.speaker_name for q in a.quotations} == {"Trump"}


def test_a_sentence_opening_on_a_given_name_and_verb_names_its_subject():
    # the pronoun in the next paragraph is the subject, not the teenager named after him
    a = convert("Gun auction.\n\n"
                "George Zimmerman is selling the gun he used to kill Trayvon Martin, an unarmed black teenager, "
                "during a confrontation.\n\n"
                "“I’m a free American,” he told a television station.\n")
    assert [q.speaker_name for q in a.quotations] == ["George Zimmerman"]


def test_countries_companies_and_capitalised_outlets_are_organisations():
    from converter.people import is_org
    assert is_org("Eritrea") and is_org("Sacramento")  # places.txt lists the world's countries, US capitals
    assert is_org("General Electric")  # a company as a whole, not "Electric" titled General
    assert is_org("POLITICO")  # a shouted brand, however long (not only acronyms of up to six letters)
    assert not is_org("Electric Jones") and not is_org("Jane Roe")


def test_a_party_members_title_before_the_name():
    a = convert("Hearing Ends in Clash\n\nThe committee met on Tuesday to review the report.\n\n"
                "“They are spending their days here,” said Oversight ranking Democrat Elijah Cummings (D-Md.).\n")
    assert [q.speaker_name for q in a.quotations] == ["Elijah Cummings"]


def test_the_subject_after_a_participles_phrase():
    # "Pressed by X, Y said …": Y is the subject the next "he" stands for, not X inside the opening phrase
    a = convert("Interview Draws Notice\n\nMr. George Roe hosted the interview on Sunday morning.\n\n"
                "Pressed by Mr. Roe, Mr. Donald Doe said there was no evidence of it. "
                "''If he has done it, I think that's terrible,'' he said.\n")
    assert [q.speaker_name for q in a.quotations if q.direct] == ["Donald Doe"]


def test_a_possessor_is_not_the_subject_of_its_appositive():
    # "Clinton's spokesman, Brian Fallon, presented …": the spokesman, not the one whose spokesman he is
    from converter.people import Mention, _main_clause_subject

    text = "Hillary Roe's spokesman, Brian Doe, presented the findings."
    named = [Mention("Hillary Roe", 0, 0, 11), Mention("Brian Doe", 0, 25, 34)]
    assert _main_clause_subject(text, named, 0).text == "Brian Doe"


def test_a_document_is_its_authors_only_when_a_person_or_body_spoke_last():
    # "the statement said" after a campaign's statement: the campaign; after a group's words: the statement itself
    a = convert("Poll Shows Tight Race\n\nNearly eight of 10 voters said they had made up their minds.\n\n"
                "The poll found a tightening race as the nominee consolidates his support.\n")
    assert [q.speaker_name for q in a.quotations if not q.direct][-1] == "The poll"


@pytest.mark.parametrize("name", ["Mercy Hospital", "Lincoln High School", "Springfield Police", "Acme Industries",
                                  "Acme Technologies", "Virginia Tech", "Acme Pharmaceuticals", "Acme Airlines"])
def test_institutions_and_company_names_are_organisations(name):
    from converter.people import is_org
    a = convert(f"The town met on Monday.\n\n{name} said the plan would cost more than expected this year.\n")
    assert is_org(name) and [(p.name, p.kind) for p in a.people] == [(name, "organization")]


def test_a_body_named_with_of_is_an_organisation_and_its_titled_officer_a_person():
    from converter.people import is_org
    assert is_org("Bank of America") and is_org("University of Michigan")
    assert is_org("the Association of Flight Attendants")  # not "Flight Attendants" titled "the Association of"
    assert not is_org("Department of Homeland Security Secretary Jane Roe") and not is_org("Secretary of State Jane Roe")
    a = convert("The union backed the nominee.\n\nIn a statement, the Association of Flight Attendants called Jane Roe "
                "a “champion” for working people.\n")
    assert ("Association of Flight Attendants", "organization") in [(p.name, p.kind) for p in a.people]


def test_watchdogs_and_services_are_organisations_and_their_people_persons():
    a = convert("The group spoke on Monday.\n\nJane Roe of Human Rights Watch said the report was late. Judicial Watch "
                "said it would sue.\n\n“We will be ready,” retired Air Force general Bill Poe said.\n")
    assert sorted((p.name, p.kind) for p in a.people) == [
        ("Bill Poe", "person"), ("Jane Roe", "person"), ("Judicial Watch", "organization")]


def test_a_body_named_by_a_common_noun_keeps_its_article():
    a = convert("The transit union backed the plan on Monday.\n\n\u201cOur members are ready to drive the new routes,\u201d "
                "the union said in a statement. The Example Workers Union said it agreed.\n")
    assert sorted((p.id, p.name, p.kind) for p in a.people) == [
        ("example-workers-union", "Example Workers Union", "organization"), ("union", "the union", "organization")]


def test_a_name_of_words_no_one_bears_that_reports_is_an_outlet():
    a = convert("The band will tour next year.\n\nRolling Stone reported details of the tour on Monday. Jane Roe "
                "reported from the venue.\n")
    assert sorted((p.name, p.kind) for p in a.people) == [("Jane Roe", "person"), ("Rolling Stone", "organization")]


def test_a_name_after_a_word_for_a_body_is_that_body():
    a = convert("Fox gave him airtime.\n\nA study by the liberal watchdog group Media Matters found the nominee "
                "garnered more time on the air than his rivals.\n\nThe company CEO Jane Roe said nothing.\n")
    kinds = {p.name: p.kind for p in a.people}
    assert kinds["Media Matters"] == "organization" and kinds.get("Jane Roe", "person") == "person"


def test_the_owner_of_a_source_document_is_a_body_when_its_name_says_so():
    a = convert("The campaign bought ads.\n\nThe campaign spent $5 million on television advertising, according to "
                "Example Media\u2019s political ad tracker.\n")
    assert [(p.name, p.kind) for p in a.people if "Example" in p.name] == [("Example Media", "organization")]


def test_a_name_run_starts_at_a_words_start_and_a_camel_case_brand_is_one_name():
    from converter.speakers import attribute
    quotes, people = attribute(["The big iFixit teardown is done. iFixit said the new laptop was easier to repair."])
    assert [q.speaker for q in quotes] == ["iFixit"] and [p.name for p in people] == ["iFixit"]


def test_a_body_named_with_for_is_one_and_its_head_word_alone_stands_for_it():
    from converter.speakers import attribute
    quotes, people = attribute([
        "Seventy-six people were killed on Sunday, the Syrian Observatory for Human Rights said on Monday.",
        "The Observatory said rebels had also shelled two villages.",
        "The House passed the bill, the White House said on Tuesday. The House said it would vote again."])
    assert [q.speaker_name for q in quotes if not q.direct][:2] == ["Syrian Observatory for Human Rights"] * 2
    assert sorted((p.name, p.kind) for p in people) == [("House", "organization"),
                                                        ("Syrian Observatory for Human Rights", "organization"),
                                                        ("White House", "organization")]


@pytest.mark.parametrize("name", ["Amnesty International", "Scotland Yard"])
def test_international_and_yard_end_the_names_of_bodies(name):
    from converter.speakers import attribute
    _, people = attribute([f"{name} said on Monday that the new rules would take effect next month."])
    assert [(p.name, p.kind) for p in people] == [(name, "organization")]


@pytest.mark.parametrize("title", ["Assemblywoman", "State Treasurer", "Pastor", "Coach", "Superintendent"])
def test_local_offices_and_callings_are_roles_before_a_name(title):
    art = convert(f"Example headline\n\n“Farm workers have waited long enough,” {title} Jane Roe said on Monday.\n")
    assert art.quotations[0].speaker_name == "Jane Roe"
    assert [(p.name, p.role) for p in art.people] == [("Jane Roe", title)]
    # a given name that is also a title stays a name
    art = convert("Example headline\n\n“Farm workers have waited long enough,” Dean Johnson said on Monday.\n")
    assert [p.name for p in art.people] == ["Dean Johnson"]


def test_a_pronoun_after_another_persons_sentence_in_the_same_paragraph_is_theirs():
    # the last speaker spoke in this paragraph, but a sentence since has another man for its subject
    art = convert("Example headline\n\n“We’re not done yet,” said Paul Roe, whose team trails by 12 points. John Doe "
                  "disagreed. “They are done,” he said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Paul Roe", "John Doe"]
    # a pronoun subject since, or a name inside the speaker's own aside, changes nothing
    art = convert("Example headline\n\n“We’re not done yet,” said Paul Roe, who played with John Doe for years. "
                  "“They are done,” he said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Paul Roe", "Paul Roe"]
    # more verbs after a given name and surname make a sentence's subject a person ("John Doe shook his head.")
    art = convert("Example headline\n\n“I disagree,” Jane Roe said. John Doe shook his head. “She’s wrong,” he said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Jane Roe", "John Doe"]


def test_a_name_opening_a_sentence_with_an_aside_is_a_person_a_pronoun_can_find():
    # "Jane Roe, who restored the mill, described …": no speech verb, but the aside makes her a named subject
    art = convert("A headline about the mill\n\nJane Roe, who restored the mill, described the first day the wheel "
                  "turned again.\n\n“I stood on the bank and watched it for an hour. I could not believe it was "
                  "really moving.\n\n“Then the whole village came down to see it,” she said.\n")
    assert [q.speaker_name for q in art.quotations if q.direct] == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize("sentence", ["Council members Dana Pruitt and Luis Ortega voted against it.",
                                      "Dana Pruitt and Luis Ortega voted against it."])
def test_two_people_named_together_after_a_plural_title_or_as_the_subject_are_both_people(sentence):
    art = convert("The Council Passes the Budget\n\nThe vote was 5-2. " + sentence + "\n\n"
                  "“This budget asks working families to pay more,” Pruitt said. “We can do better,” Ortega said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Dana Pruitt", "Luis Ortega"]


def test_two_names_as_an_object_are_not_registered_on_that_alone():
    art = convert("The Council Passes the Budget\n\nThe vote was 5-2. He met Dana Pruitt and Luis Ortega on Monday.\n\n"
                  "“This budget asks working families to pay more,” Pruitt said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Pruitt"]


def test_an_inverted_cue_closing_a_paragraph_names_the_speaker_after_it_not_a_noun_before():
    art = convert("Harbor Votes to Dredge\n\n"
                  "The channel has silted in over the past decade, and some ships now wait for high tide to enter, "
                  "said port director Alan Reyes.\n\n“We will build it,” Reyes said.\n")
    assert [p.name for p in art.people] == ["Alan Reyes"]  # (not "the past decade")


def test_an_appositive_before_a_verb_is_no_inversion():
    art = convert("Harbor Votes to Dredge\n\nRoffman, a securities analyst for an investment company, recalled "
                  "numerous telephone calls with the developer.\n\n“He was always charming,” Roffman said.\n")
    assert "numerous telephone calls with the developer" not in [p.name for p in art.people]


def test_what_was_said_before_an_inverted_cue_is_nobody_though_an_appositive_follows_the_name():
    art = convert("Storm Knocks Out Power\n\nThe weather should ease by Thursday morning, allowing the utility to "
                  "begin restoring power, said Mark Quinlan, the utility's senior director of emergency response.\n\n"
                  "“We have crews ready,” Quinlan said.\n")
    assert [p.name for p in art.people] == ["Mark Quinlan"]


def test_a_title_quoted_inside_a_naming_is_written_out_not_masked():
    art = convert("Anchor Joins Morning Show\n\nThe network's ''Today'' show said on Tuesday that the anchor would "
                  "join in June.\n\n''We are thrilled,'' the ''Today'' show said in a statement.\n")
    names = [p.name for p in art.people] + [q.speaker or "" for q in art.quotations]
    assert not any("xxx" in n for n in names), names


@pytest.mark.parametrize("sentence,people", [
    ("The National Institute of Coastal Studies today announced a five-year study of erosion along the shore.",
     [("National Institute of Coastal Studies", "organization")]),  # (a body's name ending in 'Studies')
    ("A Valley Research Poll released Monday showed the mayor leading by ten points.",
     [("Valley Research Poll", "organization")]),  # (a named poll is listed, as a body)
    ("Polls show the mayor leading by ten points.", []),  # (polls are a source, nobody to list)
    ("The summer showed the mayor leading by ten points.", []),  # (a time speaks for no one)
    ("The Times reported that the mayor was leading by ten points.", [("Times", "organization")]),
])
def test_documents_times_and_bodies_named_in_capitals(sentence, people):
    art = convert("Mayor Leads Race\n\n" + sentence + "\n")
    assert [(p.name, p.kind) for p in art.people] == people


@pytest.mark.parametrize("sentence,role", [
    ("The plant will open next year, chief executive Rosa Linden said in an interview.", "chief executive"),
    ("Republican presidential candidate Jane Roe said she would win the state.", "Republican presidential candidate"),
    ("Council member Tom Hale voted against the plan on Tuesday.", "Council member"),
    ("The mayor said on Tuesday that council member Tom Hale voted against the plan.", "council member"),
])
def test_a_role_written_before_a_name_in_lower_case_is_the_persons_role(sentence, role):
    art = convert("City Approves the Plan\n\n" + sentence + "\n\n\u201cIt is a bad deal,\u201d Hale said. "
                  "\u201cWe will win,\u201d Roe said. \u201cIt will open,\u201d Linden said.\n")
    assert [p.role for p in art.people if p.name in ("Rosa Linden", "Jane Roe", "Tom Hale")] == [role]


def test_a_name_set_off_by_a_possessive_appositive_names_a_person():
    art = convert("The Mayor's Race\n\n\u201cWe will win this,\u201d said Jane Roe, the mayor. John Doe, her rival, "
                  "disagreed.\n\n\u201cNot yet,\u201d Doe said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Jane Roe", "John Doe"]


def test_a_paragraph_closing_on_someone_disagreeing_gives_the_next_quotation_to_them():
    art = convert("The Mayor's Race\n\n\u201cWe will win,\u201d said Jane Roe. Mary Doe, her rival, disagreed.\n\n"
                  "\u201cNever,\u201d she said.\n\nRoe laughed. \u201cYou will see,\u201d she said.\n")
    assert [q.speaker_name for q in art.quotations] == ["Jane Roe", "Mary Doe", "Jane Roe"]


@pytest.mark.parametrize("sentence", ["A series of tweets suggested the mayor would run again.",
                                      "Projections showed the mayor leading by ten points."])
def test_tweets_and_signs_are_sources_not_people(sentence):
    assert convert("Mayor Weighs Second Term\n\n" + sentence + "\n").people == []


@pytest.mark.parametrize("lead,source", [
    ("The mayor on Monday unveiled a plan to plant 10,000 trees, saying every street needed shade.", "Tom Hale"),
    # (a longer description shares two words with the title, as before: the parks official is not the mayor)
    ("The city's top parks official on Monday unveiled a plan to plant trees, saying every street needed shade.",
     "The city's top parks official"),
])
def test_a_description_in_the_lead_is_the_titled_person_named_just_after(lead, source):
    a = convert("Trees for every street\n\n" + lead + "\n\n"
                "“Every child deserves shade,” Mayor Tom Hale said at a news conference.\n\n"
                "The plan will cost $8 million over five years, paid for by federal grants.\n")
    assert a.quotations[0].speaker_name == source


def test_a_plural_opening_sentences_is_no_person_and_a_demonym_or_a_faith_is_a_group():
    a = convert("Poll shows tight race\n\n"
                "Concerns rose on Monday over claims that ballots had arrived late, officials said.\n\n"
                "Iowans say they want a change, and 42% of them told pollsters they had not decided.\n\n"
                "Jews fear for their safety, community leaders said on Tuesday.\n\n"
                "Bernie Sanders supporters cheered. Sanders said the race was not over, aides said.\n")
    kinds = {p.name: p.kind for p in a.people}
    assert "Concerns" not in kinds and kinds.get("Iowans") == "group" and kinds.get("Jews") == "group"
    assert kinds.get("Sanders") == "person"  # (written mid-sentence elsewhere: a name)
