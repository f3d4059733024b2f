import pytest

from converter import convert


def _art(text, **kw):
    return convert(text, **kw)


BODY = ("The council voted on Monday to approve the new budget after a long debate that lasted late into the night, "
        "members said.")


def test_seed_metadata(seed_article):
    a = seed_article
    assert a.date_published == "2025-01-20"
    assert a.publisher == "Washington Examiner"
    assert a.language == "en"
    assert a.authors == []  # nothing in the text names an author: none is invented


def test_wire_leadin_gives_dateline_and_publisher_and_stays_in_the_body():
    a = _art(f"WASHINGTON (Reuters) - {BODY}\n\nReporting by Jane Doe; Editing by John Roe\n")
    assert a.dateline == "WASHINGTON" and a.publisher == "Reuters" and a.leadin == "WASHINGTON (Reuters) -"
    assert a.body == f"WASHINGTON (Reuters) - {BODY}"  # the lead-in is the article's, as editors print it
    assert a.description == BODY  # but not the summary's
    assert a.authors == ["Jane Doe"]  # editors are not authors


def test_dateline_with_region_and_em_dash():
    a = _art(f"AMES, IOWA (The Borowitz Report)\u2014{BODY}")
    assert a.dateline == "AMES, IOWA" and a.publisher == "The Borowitz Report"


@pytest.mark.parametrize("leadin,dateline,publisher", [
    ("Beirut, Jan 3 (NNA) - ", "Beirut", "NNA"),  # a place in ordinary case before a credit
    ("Damascus, SANA \u2013 ", "Damascus", "SANA"),  # an agency's acronym without brackets
    ("New York, NY \u2013 ", "New York, NY", None),  # two capitals there are a state
    ("Officials, said \u2013 ", None, None),
])
def test_datelines_in_ordinary_case_need_a_credit_or_a_state(leadin, dateline, publisher):
    a = _art(leadin + BODY)
    assert (a.dateline, a.publisher) == (dateline, publisher)


@pytest.mark.parametrize("leadin,dateline,publisher,date", [
    # a wire lead-in whose commas a scrape's preprocessing stripped
    ("BEIRUT Dec 16 (Reuters) - ", "BEIRUT", "Reuters", None),
    ("LONDON Jan 8 2018 (Reuters) - ", "LONDON", "Reuters", "2018-01-08"),
    # capitals and a number before a dash are no place and date
    ("NASA Artemis 2 \u2014 ", None, None, None),
])
def test_a_wire_leadin_with_its_commas_stripped(leadin, dateline, publisher, date):
    a = _art(leadin + BODY)
    assert (a.dateline, a.publisher, (a.date_published or "")[:10] or None) == (dateline, publisher, date)


def test_credit_without_place_has_no_dateline():
    a = _art(f"(CNN) {BODY}")
    assert a.dateline is None and a.publisher == "CNN"


@pytest.mark.parametrize("body", [BODY, f"{BODY} {BODY}"])  # a long first paragraph too (a date stamp there)
def test_healthday_leadin_date(body):
    a = _art(f"By Jane Doe\n\nFRIDAY, July 8, 2016 (HealthDay News) -- {body}")
    assert (a.date_published, a.authors, a.publisher) == ("2016-07-08", ["Jane Doe"], "HealthDay News")
    assert a.body == f"FRIDAY, July 8, 2016 (HealthDay News) -- {body}"
    assert a.leadin == "FRIDAY, July 8, 2016 (HealthDay News) --" and a.headline.startswith("The council voted")


def test_a_date_stamp_with_a_glued_headline_is_cut_and_the_dateline_after_it_stays():
    a = _art(f"Wed 05 Apr 2017 Council approves the budget. GENEVA (Reuters) - {BODY} {BODY}")
    assert (a.date_published, a.headline, a.dateline) == ("2017-04-05", "Council approves the budget", "GENEVA")
    assert a.body == f"GENEVA (Reuters) - {BODY} {BODY}"


def test_a_headline_and_its_deck_over_a_dateline_without_a_credit_are_header():
    text = (f"In a crazy election, Jane Roe strives for a spot in the debates.\n\nLibertarian candidate pushes to hit "
            f"the mark.\n\nBy Tom Doe, Example News\n\nPORTLAND, Maine - {BODY}\n\n{BODY}")
    a = _art(text)
    assert (a.headline, a.dateline, a.authors) == ("In a crazy election, Jane Roe strives for a spot in the debates.",
                                                  "PORTLAND, Maine", ["Tom Doe"])
    assert a.body == f"PORTLAND, Maine - {BODY}\n\n{BODY}"
    long_lead = f"{BODY} {BODY}"  # a paragraph of the story before a dateline-like line keeps both in the body
    assert _art(f"{long_lead}\n\nPORTLAND, Maine - {BODY}").body == f"{long_lead}\n\nPORTLAND, Maine - {BODY}"


def test_bylines():
    assert _art(f"By Jane Doe and John Roe\n\n{BODY}").authors == ["Jane Doe", "John Roe"]
    a = _art(f"By JANE DOE, Associated Press\n\n{BODY}")
    assert a.authors == ["Jane Doe"] and a.publisher == "Associated Press"
    a = _art(f"Jane Doe | Reuters\n\n{BODY}")
    assert a.authors == ["Jane Doe"] and a.publisher == "Reuters"
    a = _art(f"By Jane Doe | Special to the Millbrook Herald\n\n{BODY}")
    assert a.authors == ["Jane Doe"] and a.publisher == "the Millbrook Herald"
    for header, day in (("by Jane Doe / January 5, 2017", "2017-01-05"), ("Jane Doe\nJan 5, 2017", "2017-01-05"),
                        ("Jane Doe\n\n18 Nov 2019, 19:09", "2019-11-18")):
        a = _art(f"{header}\n\n{BODY}")  # a date after a slash; a bare name over the date line
        assert (a.authors, a.date_published[:10], a.body) == (["Jane Doe"], day, BODY)
    assert _art(f"Council Approves Budget\nJan 5, 2017\n\n{BODY}").authors == []  # a headline, not a name
    for footer, publisher in (("\u2014 Jane Doe, Example Daily News", "Example Daily News"), ("\u2014 Jane Doe, Ph.D.", None)):
        a = _art(f"{BODY}\n\n{footer}\n")  # a sign-off naming the outlet
        assert (a.authors, a.publisher) == (["Jane Doe"], publisher)
    for byline in ("Jane Doe, Special to Example News", "By Jane Doe, Special to Example News"):
        a = _art(f"{byline}\n\n{BODY}")  # a contributor's byline, with or without "By"
        assert (a.authors, a.publisher, a.body) == (["Jane Doe"], "Example News", BODY)
    a = _art(f"By Jane Doe, CNN\n\n{BODY}")  # an acronym after the comma is the outlet, not a second author
    assert a.authors == ["Jane Doe"] and a.publisher == "CNN"
    a = _art(f"By JOHN ROE\nAssociated Press\n\n{BODY}")  # the outlet on its own line under the byline
    assert a.authors == ["John Roe"] and a.publisher == "Associated Press" and a.body == BODY
    a = _art(f"By JOHN ROE\nShare\n\n{BODY}")  # a widget word there is no outlet
    assert a.publisher is None
    a = _art(f"By Jane Doe, MD\nExample Health News\n\n{BODY}")  # a degree is no outlet; the line under it is
    assert a.authors == ["Jane Doe"] and a.publisher == "Example Health News"


def test_photo_credits_section_links_and_policy_links_are_not_bylines_or_outlets():
    a = _art(f"{BODY}\n\nAlex Wong | Getty Images\n\n{BODY}\n\nHave a tip? Jane Roe may be reached at jroe@example.com."
             "\n\nMore from UK\n\nCopyright Policy\n\n\u00a9 2019 Millbrook Herald")
    assert a.authors == ["Jane Roe"] and a.publisher == "Millbrook Herald"


def test_a_reporter_of_the_outlet_contributing_names_the_outlet():
    assert _art(f"{BODY}\n\n{BODY}\n\nExample News' Jane Doe contributed to this report.").publisher == "Example News"
    assert _art(f"{BODY}\n\n{BODY}\n\nJane Doe's John Roe contributed to this report.").publisher is None


@pytest.mark.parametrize("header,author,date", [
    ("By Jane Doe \u2022 March 3, 2017", "Jane Doe", "2017-03-03"),
    ("By Jane Doe - March 3, 2017", "Jane Doe", "2017-03-03"),
    ("January 5, 2017 by Jane Doe Leave a Comment", "Jane Doe", "2017-01-05"),  # a blog's meta line
    ("Jane Doe, Contributor", "Jane Doe", None),
    ("Jane Doe, Medical Writer", "Jane Doe", None),  # the same role words as 'By Jane Doe Medical Writer'
    ("Story by Jane Doe | Photos by John Roe", "Jane Doe", None),  # photographers are no authors
    ("Posted on March 3, 2016 by Jane Doe", "Jane Doe", "2016-03-03"),
    ("Author: Jane Doe", "Jane Doe", None),
    ("By Jane Doe (@janedoe)", "Jane Doe", None),
])
def test_more_byline_shapes(header, author, date):
    a = _art(f"{header}\n\n{BODY}")
    assert (a.authors, a.date_published, a.body) == ([author], date, BODY)


def test_a_follow_line_in_the_footer_names_the_author_but_not_an_outlets_account():
    assert _art(f"{BODY}\n\n{BODY}\n\nFollow Jane Doe on Twitter @janedoe").authors == ["Jane Doe"]
    assert _art(f"{BODY}\n\n{BODY}\n\nFollow NBC Latino on Facebook").authors == []


def test_dates_in_the_body_are_not_publication_dates():
    a = _art(f"{BODY} The vote was first planned for January 20, 2025, but it was postponed twice by the clerk.")
    assert a.date_published is None


def test_read_more_from_line_names_the_publisher():
    a = _art(f"{BODY}\n\nCLICK HERE TO READ MORE FROM THE DAILY BUGLE\n\n{BODY}")
    assert a.publisher == "Daily Bugle"


def test_a_standards_footer_names_the_publisher_and_a_wire_owner_gives_its_agency():
    # glued to the credit line of a single-line record, as wire rows have it; and on its own line
    a = _art(f"{BODY} Reporting by Jane Roe; Editing by John Doe Our Standards:The Millbrook Reuters Trust Principles.")
    assert a.publisher == "Reuters" and a.authors == ["Jane Roe"] and a.body == BODY
    a = _art(f"{BODY}\n\nOur Standards: The Millbrook Herald Editorial Guidelines")
    assert a.publisher == "Millbrook Herald"  # (no agency in the name: the name as written)


def test_copyright_footer_names_the_publisher():
    assert _art(f"{BODY}\n\n\u00a9 2019 Millbrook Herald. All rights reserved.").publisher == "Millbrook Herald"
    assert _art(f"{BODY}\n\n\u00a9 Copyright 2018 Millbrook Herald, LLC").publisher == "Millbrook Herald"
    assert _art(f"{BODY}\n\n\u00a9 1995 - 2019 by Millbrook Media Inc.").publisher == "Millbrook Media Inc"
    assert _art(f"{BODY}\n\n\u00a9 2019  All rights reserved.").publisher is None
    # lower-case words inside the name: in English and in the other languages outlets are named in
    assert _art(f"{BODY}\n\n\u00a9 2019 Times of Millbrook. All rights reserved.").publisher == "Times of Millbrook"
    assert _art(f"{BODY}\n\n\u00a9 Le Journal de la Ville 2019").publisher == "Le Journal de la Ville"
    assert _art(f"{BODY}\n\nLe Journal de la Ville \u00a9 2019").publisher == "Le Journal de la Ville"
    assert _art(f"{BODY}\n\nMore From The Web\n\n{BODY}").publisher is None  # a widget, not an outlet
    # glued to the last body line, as single-line records have it: cut from the body, still read
    a = _art(f"{BODY} Copyright 2017 The Millbrook Herald. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed.")
    assert a.publisher == "The Millbrook Herald" and a.body == BODY


def test_options_override_what_the_text_says():
    a = _art(f"By Jane Doe\n\n{BODY}", authors=("Ann Other",), publisher="The Paper", headline="Budget passes",
             date="2024-02-03", url="https://example.org/a")
    assert a.authors == ["Ann Other"] and a.publisher == "The Paper" and a.headline == "Budget passes"
    assert a.date_published == "2024-02-03" and a.url == "https://example.org/a"


def test_headline_from_title_line_or_short_lead():
    assert _art(f"Council passes budget\n\n{BODY}").headline == "Council passes budget"
    # the headline shares words with the story under it; page furniture and captions above it do not count
    assert _art(f"Council votes on budget after long debate\n\nBack to Gallery\n\n{BODY}").headline == \
        "Council votes on budget after long debate"
    assert _art(f"Sharing is caring!\n\n{BODY}").headline != "Sharing is caring!"
    assert _art(f"Council members, pictured at the budget debate on Monday\n\n{BODY}").headline.startswith("The council")
    h = _art(BODY + " " + BODY).headline
    assert h and len(h) <= 111


def test_language_detection():
    assert _art(BODY).language == "en"
    de = ("Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen, "
          "und die Mitglieder waren mit dem Ergebnis sehr zufrieden.")
    assert _art(de).language == "de"


def test_outlet_named_in_the_role_line_under_the_byline():
    assert _art(f"By Jane Doe\n\nHealthDay Reporter\n\n{BODY}").publisher == "HealthDay"
    assert _art(f"By Jane Doe\n\nSenior Reporter\n\n{BODY}").publisher is None


@pytest.mark.parametrize("byline,publisher", [
    ("By the Associated Press", "the Associated Press"), ("By Reuters", "Reuters"), ("By AFP", "AFP"),
    ("By The Daily Ledger staff", "The Daily Ledger"),
])
def test_an_outlet_in_the_byline_slot_is_the_publisher_not_an_author(byline, publisher):
    a = _art(f"{byline}\n\n{BODY}")
    assert (a.authors, a.publisher) == ([], publisher)


def test_bylines_of_other_stories_listed_far_below_the_story_are_not_its_authors():
    related = "\n\n".join(f"Headline of another story number {i}\n\nBy Author{i} Doe" for i in range(6))
    a = _art(f"By Jane Roe\n\n{BODY}\n\n{BODY}\n\nMore from the site\n\n{related}\n")
    assert a.authors == ["Jane Roe"]
    a = _art(f"{BODY}\n\n{BODY}\n\nBy Jane Roe\n")  # a byline right under the story still counts
    assert a.authors == ["Jane Roe"]


def test_a_sentence_starting_with_by_is_no_byline():
    a = _art(f"{BODY}\n\nBy registering you agree to the Terms of Use, Privacy Policy and Cookie Policy.\n")
    assert (a.authors, a.publisher) == ([], None)


def test_a_section_or_an_authors_page_is_no_outlet():
    assert _art(f"By Jane Roe\n\nOpinion Columnist\n\n{BODY}").publisher is None  # a section's role line
    a = _art(f"{BODY}\n\nMore from Jason Doe\n")  # the author's other stories, not an outlet
    assert a.publisher is None
    assert _art(f"{BODY}\n\nMore from Example Daily News\n").publisher == "Example Daily News"


def test_a_footer_of_links_is_no_pipe_byline():
    a = _art(f"{BODY}\n\nPrivacy Policy | Terms of Use\n\nCurrent Issue | November 2019\n")
    assert (a.authors, a.publisher) == ([], None)
    a = _art(f"{BODY}\n\nBy Jane Doe | Special to the Daily Ledger\n")  # a byline below the story still is one
    assert (a.authors, a.publisher) == (["Jane Doe"], "the Daily Ledger")


def test_repost_and_footer_credits():
    assert _art(f"{BODY}\n\nfrom RT\n\n{BODY}").publisher == "RT"
    assert _art(f"{BODY}\n\nThis article originally appeared on Example Times.\n").publisher == "Example Times"
    assert _art(f"{BODY}\n\nThis article was reprinted with permission from Example Health News.\n").publisher \
        == "Example Health News"
    assert _art(f"{BODY}\n\nvia email\n").publisher is None  # a credit names an outlet, with a capital
    text = f"{BODY} Please share far and wide, and stay tuned to Example Info for further updates."
    a = _art(text)
    assert a.publisher == "Example Info" and "Please share" not in a.body


@pytest.mark.parametrize("title,site,expected", [
    ("Opinion | Republicans Are Following Trump to Nowhere", "The Times", "Republicans Are Following Trump to Nowhere"),
    ("Council passes budget | The Daily Bugle", "The Daily Bugle", "Council passes budget"),
    ("Plague case in China as panic begins \u2013 \u2018The plague is coming\u2019", "Express",
     "Plague case in China as panic begins \u2013 \u2018The plague is coming\u2019"),
    ("The Daily Bugle", "The Daily Bugle", None),  # only the site's name: no title
    ("Flood waters rise in the valley - Valley Blog", "", "Flood waters rise in the valley"),  # a hyphen too
    ("Council approves the budget - again", "", "Council approves the budget - again"),  # not a name after it
])
def test_a_pages_declared_title_without_its_section_and_site_labels(title, site, expected):
    from converter.metadata import _declared_title

    assert _declared_title({"headline": title, "publisher": site}) == expected


def test_a_short_declared_title_the_story_never_mentions_is_the_sites_name_not_the_headline():
    page = ("<html><head><meta property='og:title' content='Bugle Media'></head><body>"
            "<p>Council passes budget after long debate</p><p>" + BODY + "</p></body></html>")
    assert _art(page, html=True).headline == "Council passes budget after long debate"


def test_an_html_page_title_beats_a_guess_from_its_lines():
    page = ("<html><head><meta property='og:title' content='Council passes budget after long debate'></head><body>"
            "<p>Back to Gallery</p><p>" + BODY + "</p></body></html>")
    assert _art(page, html=True).headline == "Council passes budget after long debate"


@pytest.mark.parametrize("byline,authors,publisher", [
    # the case change ends the name (which is then written as names are: "Jane Douglas")
    ("By JANE DOUGLAS Associated Press", ["Jane Douglas"], "Associated Press"),
    ("By JANE DOUGLAS and TOM LEE The Associated Press", ["Jane Douglas", "Tom Lee"], "The Associated Press"),
    ("By MARIA CHENG AP Medical Writer", ["Maria Cheng"], None),  # a role with no comma before it
    ("By Jane Doe Staff Writer", ["Jane Doe"], None),
])
def test_a_byline_without_a_comma_before_its_outlet_or_role(byline, authors, publisher):
    a = _art(f"{byline}\n\n{BODY}")
    assert (a.authors, a.publisher, a.body) == (authors, publisher, BODY)


def test_write_to_names_every_author():
    a = _art(f"{BODY}\n\n{BODY}\n\nWrite to Michael Stone at mstone@example.com and Linda Hsu at lhsu@example.com")
    assert a.authors == ["Michael Stone", "Linda Hsu"]
    # a reporter-contact line that gives a phone number first
    a = _art(f"{BODY}\n\n{BODY}\n\nContact Jane Roe at 555-0100 or jroe@example.com.")
    assert a.authors == ["Jane Roe"]
    # a press release's media contact is no author
    assert _art(f"{BODY}\n\n{BODY}\n\nMedia Contact: Jane Roe, 555-0100, jroe@example.com").authors == []


def test_a_closing_tagline_names_the_author_when_the_story_did_not_name_them():
    story = (f"{BODY}\n\nThe branch on Elm Street closed in May, and readers now travel an hour to borrow a book.\n\n"
             "Libraries are the only public rooms left where anyone can sit and read without paying.\n\n")
    a = _art(story + "Helen Carter is a retired school librarian who lives in Dayton. The views expressed here are "
             "her own.\n\nWant to write for us? Send your op-ed submissions to opinion@example.com.")
    assert a.authors == ["Helen Carter"]
    assert "Helen Carter" not in a.body and "submissions" not in a.body
    # the same sentence about someone the story has named is its last paragraph, not a tagline
    b = _art(story.replace("The branch", "Helen Carter said the branch") +
             "Helen Carter is a retired school librarian who lives in Dayton.")
    assert b.authors == [] and b.body.endswith("lives in Dayton.")


def test_a_press_release_names_its_issuer():
    a = _art("For Immediate Release: April 4, 2016\n\nGreenfield Labs today announced a low-cost water filter for "
             "rural health clinics that lack reliable supplies of clean water.\n\nThe filter will be available in "
             "twelve countries this summer, the company said in its statement.")
    assert a.publisher == "Greenfield Labs" and a.date_published == "2016-04-04"


@pytest.mark.parametrize("header,author,date", [
    ("By Amanda Ruiz, Contributing Writer | Updated: Jun 12, 2018", "Amanda Ruiz", "2018-06-12"),  # not 'Updated'
    ("Posted by Mark Allen on Monday, January 9, 2017", "Mark Allen", "2017-01-09"),  # a weekday before the date
])
def test_a_byline_with_its_date_after_a_label_or_weekday(header, author, date):
    a = _art(f"{header}\n\n{BODY}")
    assert (a.authors, a.publisher, a.date_published, a.body) == ([author], None, date, BODY)


def test_a_syndication_credit_names_author_and_outlet_and_leaves_the_body():
    a = _art(f"{BODY}\n\n{BODY}\n\nThis article was written by Peter Grant from The Daily Ledger and was legally "
             "licensed through a publisher network.")
    assert a.authors == ["Peter Grant"] and a.publisher == "The Daily Ledger" and "licensed" not in a.body


@pytest.mark.parametrize("footer,publisher,kept", [
    ("The post Council approves budget appeared first on Valley Tribune.", "Valley Tribune", False),  # a feed footer
    ("Originally published at The Valley Tribune.", "The Valley Tribune", False),
    ("Republished with permission from The Valley Tribune.", "The Valley Tribune", False),
    ("Read more at Valley Tribune", "Valley Tribune", False),
    ("This article was originally published on The Conversation.", "The Conversation", True),  # 'The' is the name's
])
def test_repost_credits_name_the_outlet(footer, publisher, kept):
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\n{footer}")
    assert a.publisher == publisher and (footer in a.body) == kept


def test_a_name_and_a_date_on_one_line_are_a_byline():
    a = _art(f"Jane Doe | March 3, 2017\n\n{BODY}")
    assert (a.authors, a.date_published, a.body) == (["Jane Doe"], "2017-03-03", BODY)
    a = _art(f"World Politics | March 3, 2017\n\n{BODY}")  # a section label is nobody
    assert (a.authors, a.date_published) == ([], "2017-03-03")


@pytest.mark.parametrize("leadin,dateline,publisher", [
    ("Kabul, Afghanistan \u2014 ", "Kabul, Afghanistan", None),  # a town and its country (places.txt)
    ("Paris, France (AFP) - ", "Paris, France", "AFP"),
    ("BEIJING/WASHINGTON (Reuters) - ", "BEIJING/WASHINGTON", "Reuters"),  # two places
    ("NEW DELHI, March 3 (IANS) ", "NEW DELHI", "IANS"),  # no dash after the credit
    ("Washington (CNN) ", "Washington", "CNN"),
    ("Washington, DC (CNN) ", "Washington, DC", "CNN"),
    ("LONDON: ", "LONDON", None),
    ("Oct 5 (Reuters) - ", None, "Reuters"),  # a date without its year, then the credit
    ("Hong Kong (CNN Business) ", "Hong Kong", "CNN Business"),  # a place not in places.txt, before a credit
    ("Mexico City (AFP) – ", "Mexico City", "AFP"),  # and a dash after it
    ("Damascus, SANA- ", "Damascus", "SANA"),
    ("DAMASCUS, (SANA) \u2013 ", "DAMASCUS", "SANA"),  # a comma before the credit
    ("Dubai, United Arab Emirates (CNN) ", "Dubai, United Arab Emirates", "CNN"),
    ("Sydney, Australia: ", "Sydney, Australia", None),
    ("TEHRAN (FNA)- ", "TEHRAN", "FNA"),
    ("KABUL (Pajhwok): ", "KABUL", "Pajhwok"),
    ("MOSCOW, November 27. /TASS/. ", "MOSCOW", "TASS"),
    # press-release wires: the distribution credit, as "Newswise — " is
    ("NEW YORK, March 3, 2016 /PRNewswire/ -- ", "NEW YORK", "PRNewswire"),
    ("SAN JOSE, Calif.--(BUSINESS WIRE)--", "SAN JOSE, Calif.", "BUSINESS WIRE"),
    ("TORONTO, March 03, 2016 (GLOBE NEWSWIRE) -- ", "TORONTO", "GLOBE NEWSWIRE"),
])
def test_more_dateline_shapes(leadin, dateline, publisher):
    a = _art(leadin + BODY)
    assert (a.dateline, a.publisher, a.leadin, a.body) == (dateline, publisher, leadin.strip(), leadin + BODY)


@pytest.mark.parametrize("prefix,headline,leadin,dateline,publisher", [
    ("Story highlights The vote was 6-3 It ends a long standoff ", None, "(CNN)", None, "CNN"),
    # a known place in ordinary case before the credit is the dateline; another capitalised word ends a highlight
    ("Story highlights The vote was 6-3 It ends a long standoff ", None, "Washington (CNN)", "Washington", "CNN"),
    ("Story highlights The vote was 6-3 It ends a long standoff with Trump ", None, "(CNN)", None, "CNN"),
    ("Council approves the budget after long debate ", "Council approves the budget after long debate",
     "WASHINGTON (Reuters) -", "WASHINGTON", "Reuters"),
    ("The Borowitz Report ", None, "AMES, IOWA (The Borowitz Report)—", "AMES, IOWA", "The Borowitz Report"),
])
def test_a_lead_in_glued_after_a_headline_or_highlights_on_one_line(prefix, headline, leadin, dateline, publisher):
    a = _art(f"{prefix}{leadin} {BODY} {BODY}")
    assert (a.leadin, a.dateline, a.publisher) == (leadin, dateline, publisher)
    assert a.body == f"{leadin} {BODY} {BODY}"  # the furniture before it is cut, the lead-in stays
    assert headline is None or a.headline == headline


@pytest.mark.parametrize("head,authors,publisher,body_start", [
    ("By Maggie Roe ", ["Maggie Roe"], None, "The council"),
    ("By Maggie Roe, NBC News ", ["Maggie Roe"], "NBC News", "The council"),
    ("By Lisa Roe (Reuters Health) - ", ["Lisa Roe"], "Reuters Health", "(Reuters Health) - The council"),
    ("By Tuesday Evening ", [], None, "By Tuesday Evening The council"),  # a time, no byline
    ("By Maggie Roe Senate Republicans say ", [], None, "By Maggie Roe"),  # where would the name end?
])
def test_a_byline_run_into_a_one_line_story(head, authors, publisher, body_start):
    a = _art(f"{head}{BODY} {BODY}")
    assert (a.authors, a.publisher, a.dateline) == (authors, publisher, None)
    assert a.body.startswith(body_start)


@pytest.mark.parametrize("header,published,modified", [
    ("Published 4:05 p.m. ET March 4, 2017 | Updated 6:11 p.m. ET March 4, 2017", "2017-03-04T16:05:00-05:00",
     "2017-03-04T18:11:00-05:00"),
    ("Published: March 4, 2017\nUpdated: March 5, 2017", "2017-03-04", "2017-03-05"),
    ("Updated 9:32 AM ET, Mon March 6, 2017", "2017-03-06T09:32:00-05:00", None),  # the one date: published
    ("March 5, 2017\nUpdated: March 4, 2017", "2017-03-05", None),  # no update before the publication
])
def test_an_update_date_in_the_header_is_the_modification_date(header, published, modified):
    a = _art(f"{header}\n\n{BODY}")
    assert (a.date_published, a.date_modified) == (published, modified)


@pytest.mark.parametrize("footer,authors,publisher", [
    ("Reporting by Jane Roe in Washington and Tom Brown in London; Editing by Mary Major", ["Jane Roe", "Tom Brown"],
     None),
    ("(Additional reporting by Jane Roe; Editing by Mary Major)", [], None),  # a contributor, as "contributed"
    ("(Additional reporting by Jane Roe; Writing by Tom Brown; Editing by Mary Major)", ["Tom Brown"], None),
    # the wire's writer after its reporters wrote the story; the contributor between them did not
    ("(Reporting by Jane Roe; additional reporting by Ann Lee; writing by Tom Brown; editing by Mary Major)",
     ["Jane Roe", "Tom Brown"], None),
    ("Jane Roe (@janeroe) covers transportation for Example News.", ["Jane Roe"], "Example News"),  # a bio, a handle
    ("Jane Roe, Ph.D., is a professor of economics at a state university.", ["Jane Roe"], None),
    ("The views expressed in this article are the author's own and do not necessarily reflect Example News' "
     "editorial policy.", [], "Example News"),
    ("Via: Example Wire", [], "Example Wire"),
    ("From Around The Web", [], None),  # a widget's heading, no repost credit
    ("From Example Wire", [], "Example Wire"),  # a repost credit at a line's start
    ("From The Archives", [], None),  # a section, no outlet
    ("Jane Roe is a reporter for Example News.", ["Jane Roe"], "Example News"),  # the reporter's outlet
    ("Jane Roe is a contributor to the Example Herald's Politics blog.", ["Jane Roe"], "Example Herald"),
    ("Jane Roe is a senior fellow at the Example Institute.", ["Jane Roe"], None),  # an op-ed author's employer
])
def test_closing_credits_name_reporters_not_contributors_and_disclaimers_name_the_outlet(footer, authors, publisher):
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\n{BODY.replace('council', 'panel')}\n\n{footer}\n")
    assert (a.authors, a.publisher) == (authors, publisher)
    assert footer[:12] not in a.body


@pytest.mark.parametrize("first", [
    "Mayor On The Budget: \u2018We Do Not Cut Libraries.\u2019",  # headline case, reading as a sentence
    "Council approves the budget, just not the roads.",  # sentence case, over a dateline
])
def test_a_text_opening_on_its_headline_keeps_it_out_of_the_body(first):
    a = _art(f"{first}\n\nSPRINGFIELD \u2014 {BODY}\n\n{BODY.replace('council', 'board')}\n")
    assert a.headline == first.rstrip(".") or a.headline == first
    assert a.body.startswith("SPRINGFIELD \u2014 The council")


def test_the_headline_out_of_the_body_still_tells_who_the_story_is_about():
    a = _art("Roe says the budget is no endorsement of the plan.\n\nSPRINGFIELD \u2014 Jane Roe met the council "
             "privately on Saturday, the capstone of a long week of talks on the budget.\n\n"
             "The Democratic mayor said the meeting was for personal reasons and was not an endorsement.\n")
    assert not a.body.startswith("Roe says")
    said = [q for q in a.quotations if q.text.startswith("the meeting was")]
    assert [(q.speaker, q.speaker_name) for q in said] == [("The Democratic mayor", "Jane Roe")]
    assert all(q.paragraph >= 0 and (q.speaker_para is None or q.speaker_para >= 0) for q in a.quotations)


def test_a_date_lead_in_before_a_short_first_sentence_is_no_glued_headline():
    a = _art(f"Jan. 10, 2018 -- Teens who vape smoke more. {BODY} {BODY}")
    assert a.date_published == "2018-01-10" and a.headline == "Teens who vape smoke more"
    assert a.body == f"Jan. 10, 2018 -- Teens who vape smoke more. {BODY} {BODY}"


def test_a_copyright_line_with_a_link_after_it_names_the_outlet_and_leaves_the_body():
    a = _art(f"{BODY} {BODY} Copyright 2018 NPR. To see more, visit http://www.example.org/.")
    assert a.publisher == "NPR" and a.body == f"{BODY} {BODY}"


@pytest.mark.parametrize("text", ["9 (More) Offensive Things The Council Said", "The human papillomavirus (HPV) vaccine "
                                  "works", "Senator Jane Roe (R) Says The Council Voted",
                                  "The World Health Organization (WHO) Director-General said the outbreak grew.",
                                  "In an interview with NBC News (NBC) Sunday, the senator said more."])
def test_a_parenthesis_in_a_first_line_is_no_glued_credit(text):
    a = _art(f"{text} {BODY} {BODY}")
    assert a.leadin is None and a.body.startswith(text.split()[0])


@pytest.mark.parametrize("text", ["BOOM: The council voted again.", "Nancy Roe (D-Calif.) Says the council voted.",
                                  "Update: The council voted again.", "Chapter 5 - The council voted again.",
                                  "Springfield, Ohio's largest employer, cut jobs.", "Apple (AAPL) shares fell."])
def test_what_only_looks_like_a_dateline_stays(text):
    a = _art(f"{text} {BODY}")
    assert a.dateline is None and a.body.startswith(text.split()[0])


def test_an_author_box_in_the_footer_names_the_author_and_a_site_blurb_does_not():
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\nAbout the Author\n\nJohn Park covers city hall for "
             "the Valley Times. Reach him at jpark@example.com.\n\nView all posts by John Park")
    assert a.authors == ["John Park"] and "John Park" not in a.body
    b = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\nMedical Xpress covers all medical research advances "
             "and health news")
    assert b.authors == []


@pytest.mark.parametrize("header,author", [("Von Anna Schmidt\n\n3. März 2017", "Anna Schmidt"),
                                           ("Par Marie Dubois\n\nPublié le 3 mars 2017 à 10h05", "Marie Dubois"),
                                           ("Por Juan Pérez | 3 de marzo de 2017", "Juan Pérez"),
                                           ("Di Marco Rossi\n\n3 marzo 2017", "Marco Rossi"),
                                           ("Door Pieter de Vries\n\n3 maart 2017", "Pieter de Vries"),
                                           ("Autor: Jan Kowalski\n\n3 marca 2017", "Jan Kowalski"),
                                           ("Escrito por Juana Roldán\n\n3 de marzo de 2017", "Juana Roldán")])
def test_bylines_and_date_lines_in_german_french_and_spanish(header, author):
    a = _art(f"{header}\n\n{BODY}")
    assert (a.authors, a.date_published, a.body) == ([author], "2017-03-03", BODY)


def test_a_licence_notice_names_the_outlet_and_leaves_the_body():
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\nContent created by The Valley News Foundation is "
             "available without charge to any eligible news publisher that can provide a large audience. For "
             "licensing opportunities of our original content, email licensing@example.com.")
    assert a.publisher == "The Valley News Foundation" and "licensing" not in a.body


@pytest.mark.parametrize("credit,publisher", [
    ("This story was produced by Kaiser Health News, an editorially independent program of the foundation.",
     "Kaiser Health News"),
    ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
    ("This story was produced by Jane Doe, a freelance writer.", None),  # a person is no outlet
    ("This content was created by Example Media Group.", "Example Media Group"),
    # disclaimers, an op-ed footer, a press release's issuer as the wires print it, a repost note
    ("The views expressed by contributors are their own and not the view of The Example Post.", "The Example Post"),
    ("The views expressed here are the author's own and not those of Example Courier.", "Example Courier"),
    ("Disclaimer: Example Health Daily does not provide medical advice.", "Example Health Daily"),
    ("The Example Journal welcomes op-ed submissions. Email opinion@example.com.", "The Example Journal"),
    ("SOURCE Acme Widgets Inc.", "Acme Widgets Inc"),
    ("(Article by Jane Roe; republished from Example Daily)", "Example Daily"),
])
def test_a_closing_syndication_credit_names_the_outlet_and_leaves_the_body(credit, publisher):
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\n{credit}")
    assert a.publisher == publisher and credit not in a.body


def test_a_role_label_glued_to_the_bylines_name_is_no_part_of_it():
    assert _art(f"Budget passes\n\nBy Jane RoeBusiness Columnist\n\n{BODY}").authors == ["Jane Roe"]
    assert _art(f"Budget passes\n\nBy Jane McDonald\n\n{BODY}").authors == ["Jane McDonald"]


def test_an_honorific_is_no_part_of_the_author_name():
    assert _art(f"By Dr. Jane Roe\n\n{BODY}").authors == ["Jane Roe"]


def test_a_town_and_its_state_abbreviation_before_a_station_credit_is_a_dateline():
    a = _art("Springfield, Ill. (KXYZ) -- " + BODY)
    assert (a.dateline, a.publisher, a.leadin) == ("Springfield, Ill.", "KXYZ", "Springfield, Ill. (KXYZ) --")
    # the state's AP abbreviation makes it a dateline without a credit too; a word and a dot do not
    assert (_art("Springfield, Ill. \u2014 " + BODY).dateline, _art("Springfield, Ore. \u2014 " + BODY).dateline) == \
        ("Springfield, Ill.", "Springfield, Ore.")
    assert _art("Meanwhile, Gen. \u2014 " + BODY).dateline is None


def test_a_press_release_lead_in_dates_the_release():
    assert _art("NEW YORK, March 3, 2016 /PRNewswire/ -- " + BODY).date_published == "2016-03-03"


def test_a_closing_contact_line_names_the_author_and_leaves_the_body():
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\nJane Doe can be reached at jdoe@example.com.")
    assert a.authors == ["Jane Doe"] and "reached" not in a.body


def test_a_copyright_line_that_opens_with_all_rights_reserved_names_the_outlet_after_it():
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\n\u00a9All Rights Reserved Example Institute 2019, "
             "a nonprofit organization")
    assert a.publisher == "Example Institute"


BLOG_BODY = ("The outgoing president quietly signed an order on Wednesday that critics say will tie the hands of his "
             "successor. The order was not announced and was found by reporters late on Thursday evening.")


@pytest.mark.parametrize("header,authors", [
    ("Posted on January 5, 2017 by admin", []),  # a site's generic account is nobody's name
    ("January 5, 2017 | Jane Smith", ["Jane Smith"]),
])
def test_a_title_line_between_the_byline_or_date_and_the_body_is_the_headline(header, authors):
    art = convert(f"{header}\n\nBig Changes Loom for Next Year\n\n{BLOG_BODY}\n")
    assert art.headline == "Big Changes Loom for Next Year"
    assert art.authors == authors and art.date_published.startswith("2017-01-05")
    assert art.body == BLOG_BODY
    # a photo caption in that place is no headline
    art = convert(f"{header}\n\nA cargo ship leaves the port, on Aug. 31, 2019. (AP)\n\n{BLOG_BODY}\n")
    assert art.headline != "A cargo ship leaves the port, on Aug. 31, 2019. (AP)"


def test_a_deck_or_caption_right_over_the_byline_is_not_the_story():
    body = [f"The council voted on Tuesday to rebuild the old bridge, a project that has been delayed {w} times "
            f"since the flood, and work should start in the spring." for w in ("two", "three", "four")]
    deck = "There are more ways to cross the river than ever before. Here is how to pick the one for you."
    art = convert("\n\n".join(["Menu", "Search", deck, "By Jane Roe", *body]))
    assert art.body == "\n\n".join(body) and art.authors == ["Jane Roe"]
    # a paragraph two paragraphs above a byline is the story's (the byline closes a section, or another story)
    art = convert("\n\n".join([body[0], body[1], "By Jane Roe", body[2]]))
    assert body[0] in art.body
    # over a date line (with its writer or not) as over a byline
    for line in ("20 Nov 2019 08:00 GMT", "November 20, 2019 Jane Roe"):
        art = convert("\n\n".join(["Menu", "Search", deck, line, *body]))
        assert art.body == "\n\n".join(body) and art.date_published.startswith("2019-11-20"), line


def test_what_the_body_opens_on_over_a_photo_credit_is_the_photos_caption():
    body = [f"The council voted on Tuesday to rebuild the old bridge, a project that has been delayed {w} times "
            f"since the flood, and work should start in the spring." for w in ("two", "three", "four")]
    caption = "Workers inspect the cracked pillars of the old bridge after the flood last year, in a file photo."
    art = convert("\n\n".join(["Menu", "Search", caption, "Photo: Jane Roe/Example Agency", *body]))
    assert art.body == "\n\n".join(body)
    # further down, a paragraph over a photo's credit is the story's own
    art = convert("\n\n".join([body[0], caption, "Photo: Jane Roe/Example Agency", body[1], body[2]]))
    assert caption in art.body
    # and the lead over a caption that carries its credit is the story's: that line is the whole caption
    art = convert("\n\n".join([body[0], f"FILE PHOTO - {caption} EXAMPLE AGENCY/Jane Roe", body[1], body[2]]))
    assert art.body.startswith(body[0])


def test_a_date_line_with_a_byline_after_a_pipe_names_the_author():
    art = convert(f"Tuesday, 15 March 2016 | By Jane Roe\n\nBig Changes Loom for Next Year\n\n{BLOG_BODY}\n")
    assert art.authors == ["Jane Roe"] and art.date_published.startswith("2016-03-15")
    assert art.body == BLOG_BODY


@pytest.mark.parametrize("header,authors", [
    ("BY JOHN MCDONALD AND MARY O'NEILL", ["John McDonald", "Mary O'Neill"]),  # a shouted byline, as names are written
    ("Jane Roe\n\nSenior Political Correspondent", ["Jane Roe"]),  # a name over the writer's role
    ("By Jane Roe, Local Democracy Reporter", ["Jane Roe"]),  # a role of any words set off after the name
    ("By Jane Roe and John Doe, health editors", ["Jane Roe", "John Doe"]),
])
def test_bylines_written_in_capitals_or_over_a_role(header, authors):
    art = convert(f"Big Changes Loom for Next Year\n\n{header}\n\n{BLOG_BODY}\n")
    assert art.authors == authors and art.body == BLOG_BODY


@pytest.mark.parametrize("lead,dateline", [("NEW DELHI: ", "NEW DELHI"), ("KABUL: ", "KABUL"), ("UPDATE: ", None)])
def test_a_known_city_in_capitals_before_a_colon_is_the_dateline(lead, dateline):
    assert convert(lead + BLOG_BODY).dateline == dateline


@pytest.mark.parametrize("box,publisher", [
    ("About the Example Heart Association\n\nThe Example Heart Association is devoted to saving lives.",
     "Example Heart Association"),
    ("About Acme Robotics\n\nAcme Robotics is a leading provider of warehouse robots.", "Acme Robotics"),
    ("About Brigit Roe\n\nBrigit Roe is a freelance writer based in Toronto.", None),  # an author's box
    ("About the Study\n\nThe study followed 4,000 adults for six years.", None),
])
def test_a_press_releases_about_box_names_its_issuer(box, publisher):
    a = _art(f"DALLAS, March 5, 2018 -- {BODY}\n\n{BODY.replace('council', 'board')}\n\n###\n\n{box}")
    assert a.publisher == publisher and a.date_published == "2018-03-05"


def test_a_review_credit_under_the_byline_is_no_headline():
    a = _art(f"By Mary Roe\n\nExample Health News\n\nReviewed by Louise Chang, MD\n\nFeb. 2, 2011 -- {BODY}\n\n"
             f"{BODY.replace('council', 'board')}")
    assert a.headline != "Reviewed by Louise Chang, MD" and "Reviewed by" not in a.body
    assert (a.authors, a.date_published) == (["Mary Roe"], "2011-02-02")  # the reviewer is no author


@pytest.mark.parametrize("line,headline", [
    ("Council approves budget after long debate | Springfield Gazette", "Council approves budget after long debate"),
    ("Council approves budget after long debate - Springfield Gazette", "Council approves budget after long debate"),
    ("BREAKING: Council approves budget after long debate", "Council approves budget after long debate"),
    # the words after a dash are the headline's own when they read as a phrase, not a name
    ("Council And Mayor Are Not Fighting Over The Budget \u2014 Yet.",
     "Council And Mayor Are Not Fighting Over The Budget \u2014 Yet."),
    ("Council Makes A Shocking Demand Of The Mayor \u2013 Refused Immediately.",
     "Council Makes A Shocking Demand Of The Mayor \u2013 Refused Immediately."),
])
def test_a_headline_line_loses_the_site_name_and_labels_around_it(line, headline):
    a = _art(f"{line}\n\n{BODY}\n\n{BODY.replace('council', 'board')}\n\n{BODY.replace('council', 'panel')}")
    assert a.headline == headline


@pytest.mark.parametrize("footer,date", [
    ("Published on 30 October 2016", "2016-10-30"),  # a blog's footer stamp under the story
    ("Published: Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18"),
    ("Lawmakers first met on 30 October 2016", None),  # a sentence about another day, no stamp
])
def test_a_date_stamp_right_under_the_story_is_its_date(footer, date):
    a = _art(f"{BODY}\n\n{BODY.replace('council', 'board')}\n\n{BODY.replace('council', 'panel')}\n\n{footer}")
    assert a.date_published == date


@pytest.mark.parametrize("line,title_like", [
    ("A probe took this image of the icy moon rising above the cloud tops. (Source: NASA)", False),  # a caption
    ("The moon rising above the cloud tops (Photo courtesy of the agency)", False),
    ("Scientists use island telescope to spot water vapor on a distant moon", True),
    ("An artist's impression of the plumes. (Example Space Center)", False),  # a credit after its full stop
    ("Jane Roe (left) and her colleague John Doe at the airport", False),  # who stands where
    ("Jane Roe, left, speaks with a voter during a campaign stop", False),
    ("The road to retiring early is long.Jane Roe/Getty", False),  # an agency's credit glued on
    ("NEWS > Health > Weight Loss Tips", False),  # a trail of sections
    ("HomeLatest NewsCouncil approves the new budget", False),  # the same, glued
    ("Home City & Eco-FriendlyCouncil approves the new budget", False),
    ("Home Sales Rise Again as Rates Fall", True),  # a headline may open on "Home"
    ("https://www.example.com/news/article/Council-approves-budget-123.php", False),  # the page's address
])
def test_a_line_ending_in_a_source_credit_is_a_caption_not_a_headline(line, title_like):
    # (on a dev page such a caption sat between the headline and the byline and was taken for the headline)
    from converter.metadata import _is_title_like

    assert _is_title_like(line) is title_like


@pytest.mark.parametrize("byline,publisher", [
    ("Jane Roe | Staff Writer", None),  # a role after the bar, no outlet
    ("By Jane Roe | Senior Correspondent", None),
    ("By Jane Roe, Associated Press Writer", "Associated Press"),  # the outlet without the role after it
    ("Jane Roe | Example Wire", "Example Wire"),
    ("Jane Roe, Reuters", "Reuters"),  # a name, a comma and a known outlet over the story: a byline without "By"
    ("By Jane Roe (Reuters)", "Reuters"),
])
def test_a_bylines_tail_names_an_outlet_only_without_its_role(byline, publisher):
    a = _art(f"{byline}\n\n{BODY}\n\n{BODY.replace('council', 'board')}")
    assert (a.authors, a.publisher) == (["Jane Roe"], publisher)


def test_two_names_before_a_bar_are_two_authors():
    a = _art(f"Jane Roe and John Doe | Example News\n\n{BODY}\n\n{BODY.replace('council', 'board')}")
    assert (a.authors, a.publisher) == (["Jane Roe", "John Doe"], "Example News")
    a = _art(f"News and Politics | Example Times\n\n{BODY}\n\n{BODY.replace('council', 'board')}")
    assert a.authors == []  # a section, nobody


def test_a_writers_tagline_names_the_author_even_when_the_story_names_them():
    text = (f"{BODY} Jane Roe, who covers the council, was there.\n\n{BODY.replace('council', 'board')}\n\n"
            f"{BODY.replace('council', 'panel')}\n\nJane Roe is a staff writer. Reach her at 555-0100.")
    a = _art(text)
    assert a.authors == ["Jane Roe"] and "Reach her" not in a.body
    # a last paragraph about someone in the story is no tagline
    a = _art(text.replace("is a staff writer. Reach her at 555-0100.", "is a retired teacher who has lived in the city."))
    assert a.authors == [] and a.body.endswith("has lived in the city.")


def _page(*header, body_paragraphs=3):
    """A page's text as a scraper leaves it: navigation, the header lines, share buttons, then the story."""
    nav = ["Subscribe", "Sign In", "Home", "News", "Local", "Sports", "Opinion"]
    chrome = ["Share this story", "Facebook", "Twitter", "Email", "Print", "Comments", "JUST WATCHED",
              "Council members react", "Replay", "More Videos ...", "MUST WATCH"]
    body = [BODY.replace("council", w) for w in ("council", "board", "panel", "committee")[:body_paragraphs]]
    return "\n\n".join(nav + list(header) + chrome + body)


def test_a_pages_headline_is_the_title_over_its_byline_and_date_however_far_above_the_story():
    a = _art(_page("Follow Example News", "Council approves the new budget after a long debate",
                   "The vote came late on Monday night, members said, after hours of",
                   "Members of the council at the vote on Monday. (Example Photo Agency)",
                   "By Jane Roe, Example News", "Updated 0339 GMT November 19, 2019"))
    # not the site's "Follow …" line above it, nor the deck or the caption under it
    assert a.headline == "Council approves the new budget after a long debate"
    assert a.authors == ["Jane Roe"] and a.date_published.startswith("2019-11-19")


@pytest.mark.parametrize("byline,authors,date", [
    ("Tom Roe, Ap Auto Writer", ["Tom Roe"], None),  # a role after capitalised words, no "By"
    ("Jane Roe - Nov 19, 2019, 10:31 pm CST", ["Jane Roe"], "2019-11-19"),  # a name, a dash, the date
    ("By Jane Roe November 19, 2019, 07:47 PM EST", ["Jane Roe"], "2019-11-19"),  # the date after the name
    ("By  Jane Roe@janeroe    Nov 19, 2019, 7:53pm EST", ["Jane Roe"], "2019-11-19"),  # a handle glued on
    ("5:45 AM PST 11/19/2019  by   Jane Roe", ["Jane Roe"], "2019-11-19"),  # the date, then the name
    ("By Jane Roe - Example Science Contributor 2019-11-19T12:48:14Z", ["Jane Roe"], "2019-11-19"),
    ("By Jane Roe janer@example.com(555) 459-5382", ["Jane Roe"], None),  # her address and telephone
    ("Jane Roe and John Doe, Associated Press", ["Jane Roe", "John Doe"], None),
    ("February 1, 2019  | BY: Jane Roe, MS, RDN", ["Jane Roe"], "2019-02-01"),  # her credentials are no names
    ("Chris Roe - Nov 19, 2019", ["Chris Roe"], "2019-11-19"),  # a given name borne by men and women
])
def test_byline_layouts_of_scraped_pages(byline, authors, date):
    a = _art(_page("Council approves the new budget after a long debate", byline))
    assert a.authors == authors and (a.date_published or "")[:10] == (date or "")


@pytest.mark.parametrize("line", ["November 19, 2019 at 9:45 am", "19 Nov 2019 05:44 GMT",
                                  "PUBLISHED:  10:48, Tue, Nov 19, 2019   | UPDATED: 11:05, Tue, Nov 19, 2019"])
def test_a_date_line_with_its_clock_time(line):
    a = _art(_page("Council approves the new budget after a long debate", line))
    assert (a.date_published or "")[:10] == "2019-11-19"


def test_a_date_line_under_the_storys_first_paragraph_is_its_date():
    # a page's text that opens the story on a long photo caption, the date and the writer's name under it
    caption = ("Members of the city council raise their hands during the vote on the new budget at the town hall "
               "on Monday night, after a debate that went on for hours.")
    a = _art("\n\n".join(["Subscribe", "Home", "News", caption, "November 20, 2019 Jane Roe",
                          BODY, BODY.replace("council", "board"), BODY.replace("council", "panel")]))
    assert a.date_published == "2019-11-20" and a.authors == ["Jane Roe"]


def test_a_byline_label_over_the_name_and_a_headline_with_its_full_stop():
    a = _art(_page("City Report", "Council Approves The New Budget After A Long Debate. Why It Matters.",
                   "By", "Jane Roe", "Updated Nov. 19, 2019 8:21 am ET"))
    assert a.authors == ["Jane Roe"]  # "By" on its own line over the name
    assert a.headline == "Council Approves The New Budget After A Long Debate. Why It Matters."
    b = _art(_page("Council approves the new budget after a long debate", "Author:", "Example Magazine Editorial Staff",
                   "Publish date:", "Oct 4, 2018"))
    assert b.headline == "Council approves the new budget after a long debate"  # the staff line is no headline


def test_a_title_case_headline_over_the_byline_needs_one_word_of_the_story():
    a = _art(_page("Supported by", "Members Fall In Line Behind The Mayor", "By Jane Roe", "Nov. 18, 2019 7:04 pm ET"))
    assert a.headline == "Members Fall In Line Behind The Mayor"  # ("members" is the story's word; title case)


def test_a_byline_label_with_the_writers_bio_lines_before_the_date():
    # the name twice, the outlet, "Biography", a handle and an address between "By" and the date line
    a = _art(_page("Council Approves The New Budget After A Long Debate",
                   "There are more roads, more schools and more parks to pay for, and less money for each of them",
                   "By", "Jane Roe", "Jane Roe", "The Example Journal", "Biography", "@janeroe", "jane.roe@example.com",
                   "Nov. 19, 2019 8:03 am ET"))
    assert a.authors == ["Jane Roe"] and a.date_published[:10] == "2019-11-19"
    assert a.headline == "Council Approves The New Budget After A Long Debate"


@pytest.mark.parametrize("header,footer,publisher", [
    ("Example Herald | Nov 3, 2019", "", "Example Herald"),  # the outlet on the date line
    ("Example Gazette Staff", "", "Example Gazette"),  # the outlet's staff as the byline
    ("Our Staff", "", None),  # no outlet named
    ("Wednesday 20 November 2019 11:42, UK", "", None),  # a country, not an outlet
    ("", "— Jane Roe, Example Chronicle", "Example Chronicle"),  # a sign-off naming a newspaper
    ("", "Example Observer (c) 2019", "Example Observer"),  # the holder before the copyright sign
    ("Published by Example Ledger on Nov 3, 2019", "", "Example Ledger"),
    ("Jane Roe\n\nRambling Reporter", "© 2019 The Example Reporter", "The Example Reporter"),  # a column's name
    ("Jane Roe\n\nWireDay Reporter", "", "WireDay"),  # an outlet's role line, with nothing else naming one
])
def test_publisher_layouts(header, footer, publisher):
    parts = ["Council approves the new budget", header, BODY, BODY.replace("council", "board"),
             BODY.replace("council", "panel"), footer]
    assert _art("\n\n".join(p for p in parts if p)).publisher == publisher


@pytest.mark.parametrize("leadin,dateline,publisher", [
    ("Washington, D.C. \u2014 ", "Washington, D.C.", None),  # a state's initials as the region
    ("Tokyo \u2013 ", "Tokyo", None),  # a known place in ordinary case before a dash
    ("Yesterday \u2013 ", None, None),  # no place
    ("Monday \u2014 ", None, None),  # a day, not an outlet
    ("Update \u2014 ", None, None),  # a kicker, not an outlet
])
def test_more_leadins(leadin, dateline, publisher):
    a = _art(f"Council approves the new budget\n\n{leadin}{BODY}\n\n{BODY.replace('council', 'board')}")
    assert (a.dateline, a.publisher) == (dateline, publisher)


def test_a_byline_kept_among_the_first_paragraphs_leaves_the_body_with_the_caption_above_it():
    lead = "Remember the city's long quest to find a slogan?"  # (a short first line: the run began at the caption)
    text = (f"Menu\n\nSlogan row goes on\n\nJane Poe | Example Images\n\nJohn Doe, governor of the state, pictured at "
            f"the turkey pardon in 2018, when he was a congressman. His new anti-drug campaign is raising eyebrows.\n\n"
            f"By  Jane Roe | Example Media for Example.com\n\n{lead}\n\n{BODY}\n\n{BODY.replace('council', 'board')}\n")
    # (a byline the cleaner keeps: the story's run began at the caption, and the line reads as no furniture)
    a = _art(text)
    assert a.authors == ["Jane Roe"] and a.body.startswith(lead) and "pictured" not in a.body
    # a sentence opening on "By" is the story's
    assert "By Monday" in _art(f"{lead}\n\nBy Monday the plan was dead.\n\n{BODY}\n").body


def test_a_line_with_a_full_date_among_other_words_is_no_headline():
    # a byline, its date, a comment count and categories on one line: the title is the line above
    text = ("Menu\n\nOutgoing President Quietly Signs Order Critics Fear\n\nJane Roe 27/09/2018 Comment! Orders, "
            f"President, Critics\n\n{BLOG_BODY}\n")
    art = convert(text)
    assert art.headline == "Outgoing President Quietly Signs Order Critics Fear"
    # and the line is the byline and date it opens on
    assert art.authors == ["Jane Roe"] and art.date_published == "2018-09-27"


def test_a_short_capitalised_title_right_over_the_byline_is_the_headline():
    more = "Aides to the president declined to say whether he would sign any further orders before he leaves office."
    text = f"More articles\n\nWhite House\n\nThe Outgoing Clock\n\nBy Jane Roe\n\n{BLOG_BODY}\n\n{more}\n"
    assert convert(text).headline == "The Outgoing Clock"  # one word of the story ("outgoing") is enough there
    # (further up such a short line needs two of the story's words)
    text = f"The Outgoing Clock\n\nMore articles\n\nBy Jane Roe\n\n{BLOG_BODY}\n\n{more}\n"
    assert convert(text).headline != "The Outgoing Clock"


@pytest.mark.parametrize("stamp", ["Yesterday 2:45PM", "11/13/19 11:00AM", "Published 18 November 2019",
                                   "News reporter @JaneRoe1"])
def test_a_bare_name_over_a_posting_time_or_a_role_with_a_handle_is_the_byline(stamp):
    # the pair nearest the story: another story's card above it ("Other Story Title", "John Doe", a time) is not
    text = (f"Other Story About Something Else Entirely\n\nJohn Doe\n\n11/12/19 9:00AM\n\nOutgoing President Signs Order\n\n"
            f"Jane Roe\n\n{stamp}\n\n{BLOG_BODY}\n")
    assert convert(text).authors == ["Jane Roe"]


def test_a_bare_name_over_a_stamp_is_read_only_when_no_byline_was_found():
    text = f"By Ann Lee\n\nOutgoing President Signs Order\n\nJane Roe\n\nYesterday 2:45PM\n\n{BLOG_BODY}\n"
    assert convert(text).authors == ["Ann Lee"]


def test_a_byline_with_a_two_digit_year_stamp_gives_the_date():
    art = convert(f"Outgoing President Signs Order\n\nBy Jane Roe - 11/19/19 06:56 AM EST\n\n{BLOG_BODY}\n")
    assert art.authors == ["Jane Roe"] and art.date_published == "2019-11-19T06:56:00-05:00"
    # the same stamp on another story's card names no date
    art = convert(f"Other Story Title Here\n\n11/13/19 11:00 AM\n\nOutgoing President Signs Order\n\n{BLOG_BODY}\n")
    assert art.date_published is None


def test_over_the_date_line_the_topmost_headline_cased_title_wins_over_photo_name_captions():
    body = ("Summary: the state diving championship went to a junior from the south side, and the swim relay "
            "records fell twice during the finals.")
    more = "Coaches said the results showed how much the state's swim programs had grown over the last decade."
    text = (f"Home\n\n2018 Boys State Swim Results\n\nJane Roe Central Diving\n\nAnn Lee North Swim\n\n"
            f"Posted: Fri 6:45 PM, Feb 16, 2018\n\n{body}\n\n{more}\n")
    assert convert(text).headline == "2018 Boys State Swim Results"


def test_a_headline_deck_and_name_with_handle_opening_the_body_are_the_header():
    more = "Aides to the president declined to say whether he would sign any further orders before he leaves office."
    deck = "The order was signed quietly and found by reporters late on Thursday, critics say."
    text = (f"Home\n\nLast Updated : Nov 20, 2019 01:41 PM IST\n\nOutgoing President Signs Order; Critics Fear the "
            f"Worst?\n\n{deck}\n\nJane Roe @JaneRoeWrites\n\n{BLOG_BODY}\n\n{more}\n")
    art = convert(text)
    assert art.body == f"{BLOG_BODY}\n\n{more}" and art.authors == ["Jane Roe"]
    assert art.headline == "Outgoing President Signs Order; Critics Fear the Worst?"


def test_a_closing_sentence_that_only_says_when_the_story_was_published_dates_it():
    more = "Aides to the president declined to say whether he would sign any further orders before he leaves office."
    art = convert(f"{BLOG_BODY}\n\n{more}\n\nThis article was published on 03/03/2016.\n")
    assert art.date_published == "2016-03-03" and art.body == f"{BLOG_BODY}\n\n{more}"
    # a sentence of the story that mentions a publication date is the story's
    said = "The report was published on March 3, 2016, and critics said it ignored the costs."
    art = convert(f"{BLOG_BODY}\n\n{more}\n\n{said}\n")
    assert art.date_published is None and art.body.endswith(said)


@pytest.mark.parametrize("leadin,dateline,publisher,date", [
    # press-release lead-ins: the date after the wire's credit, or in brackets where a credit would be
    ("NEW YORK, NY (PRWEB) March 03, 2016 ", "NEW YORK, NY", "PRWEB", "2016-03-03"),
    ("PHILADELPHIA, PA (March 3, 2016) - ", "PHILADELPHIA, PA", None, "2016-03-03"),
    ("WASHINGTON, March 3, 2016 ", "WASHINGTON", None, "2016-03-03"),
])
def test_press_release_leadins_give_place_credit_and_date(leadin, dateline, publisher, date):
    a = _art(leadin + BODY)
    assert (a.dateline, a.publisher, (a.date_published or "")[:10] or None) == (dateline, publisher, date)


def test_a_closing_line_on_what_someone_writes_about_is_the_authors_tagline():
    more = "Aides to the president declined to say whether he would sign any further orders before he leaves office."
    art = convert(f"{BLOG_BODY}\n\n{more}\n\nJane Roe writes about politics for Example Magazine.\n")
    assert art.authors == ["Jane Roe"] and art.body == f"{BLOG_BODY}\n\n{more}"
    # a site's line of that shape names no author
    art = convert(f"{BLOG_BODY}\n\n{more}\n\nExample Xpress covers all medical research advances.\n")
    assert art.authors == []


def test_a_title_line_right_over_a_by_line_is_the_headline_though_it_shares_no_word_with_the_lead():
    page = ["Home", "News", "Health", "Sign in",
            "The man whose blanket nearly killed him: how doctors cracked the case",
            "By Jane Roe, Example News", "1 day ago",
            "Council approves new budget after a long night", "Storm knocks out power to thousands",
            "The symptoms came on quickly. First it was hard to breathe, then came dizzy spells caused by any amount "
            "of exertion.",
            "Two months after the onset, he was unable to stand or walk for more than a few minutes at a time without "
            "feeling faint.",
            "Four doctor appointments failed to find the cause, which was extremely distressing for the family, he "
            "wrote in a journal."]
    art = convert("\n\n".join(page))
    assert art.headline == "The man whose blanket nearly killed him: how doctors cracked the case"
    assert art.authors == ["Jane Roe"] and art.body.startswith("The symptoms came on quickly.")


def test_the_sentence_between_a_headline_and_its_byline_is_the_deck_and_the_description():
    page = ["Menu", "The river that runs backwards twice a day",
            "Scientists say a tidal bore on the estuary is growing stronger",
            "By Jane Smith, Environment Reporter", "Published 10:32 AM EST, Tue March 5, 2019",
            "Twice a day, the river outside the town stops, turns and runs backwards, pushed upstream by a wave that "
            "surfers travel hundreds of miles to ride.",
            "The tidal bore, as the wave is known, has been recorded here for centuries. But scientists say it is "
            "getting bigger, and the estuary is changing."]
    art = convert("\n\n".join(page))
    assert art.headline == "The river that runs backwards twice a day"
    assert art.description == "Scientists say a tidal bore on the estuary is growing stronger"
    assert not art.body.startswith("Scientists")
    # a trail of sections in that place is no deck: the description falls back to the lead
    page[2] = "NEWS > Science > Rivers and estuaries"
    assert convert("\n\n".join(page)).description.startswith("Twice a day")


def test_a_note_to_readers_opening_the_body_is_not_the_description():
    art = convert("\n\n".join([
        "Editor's note: This story has been updated to include comments from the harbour authority.",
        "Twice a day, the river outside the town stops, turns and runs backwards, pushed upstream by a wave.",
        "The tidal bore, as the wave is known, has been recorded here for centuries. But it is getting bigger."]))
    assert art.description.startswith("Twice a day") and art.body.startswith("Editor's note")


@pytest.mark.parametrize("line", ["Nov. 18, 2019 / 4:07 PM / Updated an hour ago",
                                  "November 18, 2019 | Updated 5 minutes ago"])
def test_a_date_line_with_a_relative_update_stamp(line):
    art = convert("\n\n".join(["A headline about the old mill", line,
                               "Jane Roe has spent twenty years restoring the old mill on the edge of the village, "
                               "and this spring she finally opened its doors to visitors.",
                               "The building had stood empty since the nineteen-seventies, when the last miller "
                               "retired and the wheel was left to rust in the stream."]))
    assert art.date_published == "2019-11-18" and not art.body.startswith("Nov")


@pytest.mark.parametrize("line,authors,publisher", [
    ("Jane Roe and John Doe, Valley Courier", ["Jane Roe", "John Doe"], "Valley Courier"),
    ("JANE ROE", ["Jane Roe"], None),
    ("Jane Roe was here.", [], None),
])
def test_names_without_by_over_a_date_line_are_the_byline(line, authors, publisher):
    art = convert("\n\n".join(["A headline about the old mill", line, "March 3, 2019",
                               "Jane Roe has spent twenty years restoring the old mill on the edge of the village, "
                               "and this spring she finally opened its doors to visitors.",
                               "The building had stood empty since the nineteen-seventies, when the last miller "
                               "retired and the wheel was left to rust in the stream."]))
    assert (art.authors, art.publisher) == (authors, publisher)


MILL = ("Jane Roe has spent twenty years restoring the old mill on the edge of the village, and this spring she "
        "finally opened its doors to visitors.")
MILL2 = ("The building had stood empty since the nineteen-seventies, when the last miller retired and the wheel was "
         "left to rust in the stream.")


@pytest.mark.parametrize("leadin,dateline,publisher", [
    ("Greenfield, Ohio, Feb. 20, 2025 /PRNewswire/ -- ", "Greenfield, Ohio", "PRNewswire"),
    ("Boston, MA, Feb. 20, 2025 — ", "Boston, MA", None),
    ("LONDON, 20 February 2025 (Reuters) - ", "LONDON", "Reuters"),
])
def test_a_press_release_or_wire_lead_in_with_its_date_in_ordinary_case_or_day_first(leadin, dateline, publisher):
    art = convert("\n\n".join(["A headline about the old mill", leadin + MILL, MILL2]))
    assert (art.dateline, art.publisher, art.date_published) == (dateline, publisher, "2025-02-20")
    assert art.description == MILL  # (the lead-in is no part of the summary)


def test_an_about_heading_over_the_issuers_own_description_ends_a_press_release():
    art = convert("\n\n".join(["Valley Mill reopens to visitors", MILL, MILL2, "About Valley Mill Trust",
                               "Valley Mill Trust is a 40-member charity that restores historic buildings in the "
                               "valley and runs them as museums.", "Media contact:", "Jane Doe", "(555) 555-0142"]))
    assert art.body.endswith(MILL2) and "charity" not in art.body


def test_a_date_line_read_as_a_sentence_above_a_dateline_is_still_the_date():
    art = convert("\n".join(["Council approves the budget after a long debate", "By Marcus Whitfield",
                             "Published: Tuesday, March 4, 2025 at 9:12 p.m. | Updated: Wednesday, March 5, 2025 at "
                             "7:30 a.m.", "RIVERTON — " + MILL, MILL2]))
    assert (art.date_published, art.date_modified) == ("2025-03-04", "2025-03-05")
    assert art.body.startswith("RIVERTON")


@pytest.mark.parametrize("byline", ["By Marcus Whitfield | mwhitfield@example.com",
                                    "By Marcus Whitfield, Email: mwhitfield@example.com"])
def test_the_writers_address_after_a_byline_is_no_part_of_the_name(byline):
    art = convert("\n\n".join(["A headline about the old mill", byline, "March 4, 2025", MILL, MILL2]))
    assert art.authors == ["Marcus Whitfield"]


def test_a_name_over_a_beat_line_is_the_author_and_the_beats_place_no_publisher():
    art = convert("\n".join(["A headline about the old mill", "Anna Kowalski", "Washington Correspondent",
                             "12 June 2024, 10:02 AEST", MILL, MILL2]))
    assert (art.authors, art.publisher) == (["Anna Kowalski"], None)


@pytest.mark.parametrize("credit,publisher", [("Reuters", "Reuters"), ("REUTERS", None)])
def test_a_wire_name_alone_over_the_date_line_is_the_publisher_not_a_photo_credit(credit, publisher):
    art = convert("\n".join(["A headline about the old mill", credit, "Sat 12 Oct 2024 14.07 BST", MILL, MILL2]))
    assert art.publisher == publisher  # (in capitals it is the photo's credit, as photo credits are printed)
    assert art.date_published == "2024-10-12T14:07:00+01:00"


@pytest.mark.parametrize("title,byline", [("Regierung stellt Wohnungsplan vor", "Von Claudia Weber"),
                                          ("Council backs new budget", "By Claudia Weber")])
def test_a_short_title_right_over_a_byline_in_any_language_we_read_is_the_headline(title, byline):
    art = convert("\n".join([title, byline, "3. April 2025", MILL, MILL2]))
    assert (art.headline, art.authors) == (title, ["Claudia Weber"])


@pytest.mark.parametrize("line", ["-- Sarah Lin can be reached at slin@example.com.",
                                  "Contact Sarah Lin at slin@example.com."])
def test_a_reporter_contact_line_kept_as_the_last_paragraph_is_the_byline(line):
    art = convert("\n\n".join(["A headline about the old mill", MILL, MILL2, line]))
    assert art.authors == ["Sarah Lin"] and art.body.endswith(MILL2)


def test_a_distributors_credit_then_a_dateline():
    art = convert("\n\n".join(["Newswise — ANN ARBOR, Mich. — " + MILL, MILL2]))
    assert (art.publisher, art.dateline, art.description) == ("Newswise", "ANN ARBOR, Mich.", MILL)


def test_a_read_more_pointer_glued_to_a_one_line_record_goes_and_names_the_publisher():
    art = convert(MILL + " " + MILL2 + " Click Here To Read More From The Valley Courier")
    assert art.body == MILL + " " + MILL2 and art.publisher == "Valley Courier"


def test_a_title_over_its_date_line_with_a_by_line_under_that_is_the_headline():
    art = convert("\n".join(["Live updates: Storm makes landfall on Gulf Coast", "Last updated 10:45 a.m. ET, Oct. 10, 2024",
                             "By the News Staff", MILL, MILL2]))
    assert art.headline == "Live updates: Storm makes landfall on Gulf Coast"


@pytest.mark.parametrize("byline", ["Interview by Sam Reed", "As told to Sam Reed"])
def test_an_interviewers_credit_is_the_byline(byline):
    art = convert("\n".join(["A chef on cooking with less waste", byline, "June 2, 2024", MILL, MILL2]))
    assert art.authors == ["Sam Reed"]


def test_a_wire_credit_alone_on_the_line_under_the_story_is_the_publisher():
    art = convert("\n\n".join(["Posted by Mike Stone on March 3, 2016", MILL, MILL2, "- REUTERS"]))
    assert art.publisher == "REUTERS" and art.body.endswith(MILL2)
    assert convert("\n\n".join([MILL, MILL2, "- END"])).publisher is None  # an end mark names no outlet


@pytest.mark.parametrize("credit", ["Valley News' John Roberts contributed to this report.",
                                    "Valley News' Jane Doe and the Associated Press contributed to this report."])
def test_a_news_outlets_contributed_line_above_or_below_names_the_publisher(credit):
    above = convert("\n\n".join([credit, "Earlier story:", MILL, MILL2]))
    below = convert("\n\n".join([MILL, MILL2, credit]))
    assert above.publisher == below.publisher == "Valley News"


@pytest.mark.parametrize("lines,author", [
    (["A headline about the old mill", "Catherine Roe   @catherineroe  /  2 days"], "Catherine Roe"),
    (["A headline about the old mill", "JANIE ROE", "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."], "Janie Roe"),
])
def test_a_profile_card_and_a_name_over_a_glued_update_stamp_are_bylines(lines, author):
    art = convert("\n\n".join([*lines, MILL, MILL2]))
    assert art.authors == [author] and art.body == MILL + "\n\n" + MILL2


def test_a_name_over_a_date_line_under_a_lead_set_above_it_is_the_byline():
    art = convert("\n\n".join(["Menu", "News", "The Story of the Old Mill", MILL, "Jane Doe", "Nov 13, 2019 4:26 pm",
                               "@janedoe", MILL2, MILL2.replace("stream", "river")]))
    assert art.authors == ["Jane Doe"]


def test_a_press_releases_issuer_from_its_description_after_the_end_marker():
    art = convert("\n\n".join(["FOR IMMEDIATE RELEASE", "March 14, 2017", "Old mill reopens to visitors",
                               "VALLEY CITY, Ohio - " + MILL, MILL2, "###",
                               "The Institute of Valley History at Valley City is the state's oldest history "
                               "museum."]))
    assert art.publisher == "Institute of Valley History at Valley City" and "museum" not in art.body


@pytest.mark.parametrize("deck,description", [
    ("The old mill on the edge of the village reopened this spring after twenty years of work.",
     "The old mill on the edge of the village reopened this spring after twenty years of work."),
    ("What does it take to bring an old mill back to life in a village?", MILL),  # (a question is a headline's)
])
def test_a_deck_set_above_the_byline_is_the_description(deck, description):
    art = convert("\n\n".join(["Menu", "News", "The Old Mill", deck, "Jane Doe", "Nov 13, 2019 4:26 pm", MILL,
                               MILL2, MILL2.replace("stream", "river")]))
    assert art.description == description and deck not in art.body


def test_a_headline_sharing_its_words_with_the_deck_under_it_is_the_headline():
    # the title's words are the deck's ("jailed", "treasurer"), hardly the body's: still the headline
    body = ("Tom Hale, 54, pleaded guilty to fraud at the crown court in the spring.\n\n"
            "The court heard that Hale moved money from the youth club's account on more than 200 occasions.\n\n"
            "Hale was also told to repay the full amount within six months.")
    art = convert("Menu\n\nSearch\n\nFormer treasurer jailed for stealing £80,000\n\n"
                  "A former treasurer who stole more than £80,000 from a youth club has been jailed for three years.\n\n"
                  f"Jane Roe\n\nCrime Reporter\n\nThursday 6 March 2025 5:12 pm\n\n{body}\n\n"
                  "More from Crime\n\nTeenager arrested after shop break-in\n\n© 2025 Example Daily News")
    assert art.headline == "Former treasurer jailed for stealing £80,000"
    assert art.description.startswith("A former treasurer who stole") and art.body == body
    assert art.publisher == "Example Daily News"  # "More from Crime" names a section, no outlet


def test_a_title_over_a_by_line_far_above_the_date_and_a_list_of_other_stories_over_the_body():
    # a tabloid's layout: title, "By …", author links, a comment form, the date line, a caption, then "More On:",
    # a tag and other stories' headlines right over the story
    body = ("Two hostages held by the rebels since 2016 were freed on Tuesday in exchange for three prisoners, "
            "officials said.\n\nThe two professors were flown out of the region on military helicopters, "
            "according to a local police source.\n\nBoth sides said the swap could lead to talks on ending the war.")
    header = ["Email", "Copy", "Rebels say they freed two professors in exchange for three prisoners",
              "By Jane Roe and John Doe", "View author archive", "Get author RSS feed", "Name(required)",
              "Email(required)", "Comment(required)", "Submit", "November 19, 2019 | 4:20am", "Enlarge Image",
              "More On:", "rebels", "Professors to be freed in prisoner swap between the government and rebels",
              "Village elders see peace talks as the only hope for the future"]
    art = convert("\n\n".join(header) + "\n\n" + body)
    assert art.headline == "Rebels say they freed two professors in exchange for three prisoners"
    assert art.body == body and art.authors == ["Jane Roe", "John Doe"]


def test_a_capitalised_title_over_its_deck_over_the_byline_is_the_headline():
    # the title shares no word with the story; its deck, right over the byline, is the summary
    art = convert(f"Home\n\nNews\n\n4 Things to Do in October\n\n"
                  f"Our top picks for events, shows and fun for the month ahead, from the magazine's editors\n\n"
                  f"Author:\n\nExample Editorial Staff\n\nPublish date:\n\nOct 4, 2018\n\n{BLOG_BODY}\n")
    assert art.headline == "4 Things to Do in October" and art.body == BLOG_BODY


def test_an_opinion_piece_title_over_its_deck_over_the_byline_and_its_submissions_footer():
    body = ("When my town announced last month that it would close its library two days a week, the council "
            "called it a modest saving. It is nothing of the sort.\n\n"
            "Libraries are where children do homework when there is no quiet place at home, and where job seekers "
            "print their résumés.\n\nThere are better ways to balance a budget than closing the doors on those who "
            "need them most.")
    art = convert("OPINION\n\nOur towns cannot afford to lose their libraries\n\n"
                  "Libraries are the last free indoor public spaces we have left. Cutting their hours is a false "
                  f"economy.\n\nBy Jane Roe | Contributor\n\nFeb 12, 2025, 6:00 a.m. ET\n\n{body}\n\n"
                  "Submit a letter to the editor or write an op-ed for The Daily Example.\n")
    assert art.headline == "Our towns cannot afford to lose their libraries"
    assert art.body == body and art.publisher == "The Daily Example" and art.authors == ["Jane Roe"]


def test_a_transcripts_stage_direction_in_brackets_is_no_wire_credit():
    lead = ("On Sunday, the governor said on a morning show that the candidate is “trying to campaign as a healer” "
            "after a week of violence in three states.")
    text = (f"Governor: Candidate Is Trying to Heal\n\n{lead}\n\nPartial transcript as follows:\n\n"
            "JANE ROE: The candidate released a video on Friday. Take a listen.\n\n(BEGIN VIDEO CLIP.)\n\n"
            "CANDIDATE: The deaths of two men this week make clear how much more work we have to do.\n\n"
            "(END VIDEO CLIP.)\n\nROE: Some Americans are skeptical of that message from the candidate.\n")
    art = convert(text)
    assert art.body.startswith(lead) and art.publisher is None
