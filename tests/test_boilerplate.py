import pytest

from converter import convert
from converter.lexicon import parse_patterns
from converter.pipeline import learn_recurring


def _kept(article):
    return [d.text for d in article.decisions if d.keep]


def test_seed_boilerplate_removed_and_body_continues(seed_article, seed_text):
    body = seed_article.body
    assert "CLICK HERE TO READ MORE" not in body and "Leave a Reply" not in body
    # the body continues after the call to action
    assert body.endswith("to meet with leaders about the war.")
    assert "Ukrainian leaders have said they would not accept" in body
    # 13 body paragraphs by count of the seed (its expected.json says 12; see the README's notes)
    assert len(seed_article.paragraphs) == 13


def test_seed_teaser_becomes_description_not_body(seed_article):
    teaser = [d for d in seed_article.decisions if d.role == "teaser"]
    assert len(teaser) == 1 and teaser[0].text.endswith("[\u2026]")
    assert seed_article.description.endswith("Trump has said he")
    assert "[\u2026]" not in seed_article.body
    lead = "Russian President Vladimir Putin is ready to meet with President-elect Donald Trump"
    assert seed_article.body.count(lead) == 1


def test_share_newsletter_caption_lines_go():
    text = ("Share this article\n\nThe council voted on Monday to keep the library open until nine in the evening, "
            "after a campaign by parents and students.\n\nPhoto by Jane Roe/Getty Images\n\n"
            "Members said the cost was small compared with the benefit to the town.\n\n"
            "Sign up for our newsletter to get the latest news in your inbox.\n")
    kept = _kept(convert(text))
    assert kept == ["The council voted on Monday to keep the library open until nine in the evening, after a campaign "
                    "by parents and students.", "Members said the cost was small compared with the benefit to the town."]


def test_a_flattened_share_bar_goes_and_an_ad_label_inside_the_article_does_not_end_it():
    p1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    p2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    text = (f"{p1}\n\nAdvertisement\n\nContinue reading the main story\n\n{p2}\n\n"
            "Share this with Facebook Share this with Messenger Share this with Twitter Share this with Email\n")
    assert _kept(convert(text)) == [p1, p2]


@pytest.mark.parametrize("last,kept", [
    ("The budget takes effect July 1.", True),  # a short sentence closes the article
    ("\u201cYou tell me,\u201d he said.", True),
    ("\u201cThe library is the heart of this town.\u201d \u2014 Jane Roe", True),  # a quotation signed by its speaker
    ("\u201cThe cost was small compared with the benefit to the town.\u201d \u2014 Jane Roe", False),  # a pull-quote
    ("Read the rest here.", False),  # a pointer elsewhere, a question, a credit, a widget: no closing sentence
    ("Watch the full interview above.", False),
    ("Like this article?", False),
    ("Jane Roe contributed reporting from Hong Kong.", False),
    ("Roe reported from Washington.", False),
    ("Sharing is caring!", False),
    ("Thanks for reading!", False),  # sign-offs to the reader and notes about the story are no closing sentence
    ("Got a tip? Let us know.", False),
    ("We want to hear from you.", False),
    ("This article is for subscribers only.", False),
    ("This story has been updated.", False),
])
def test_a_short_sentence_right_after_the_last_paragraph(last, kept):
    p1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    p2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    got = _kept(convert(f"{p1}\n\n{p2}\n\n{last}\n\nCopyright 2019 Example Media. All rights reserved.\n"))
    assert got == ([p1, p2, last] if kept else [p1, p2])


def test_short_quotation_paragraphs_in_single_quotes_stay_between_paragraphs():
    # British style: short quote paragraphs close on "….'"; a widget line glued to a quote does not qualify
    p1 = "The driver was arrested on Sunday night after the car smashed into the living room of a family home."
    p2 = "Police said the driver, a 23-year-old man, remained in custody last night while inquiries continued."
    quotes = ["He said: 'It wasn't the worst day of my life.'", "'We lost everything in a matter of seconds.'"]
    assert _kept(convert("\n\n".join([p1, *quotes, p2]))) == [p1, *quotes, p2]
    widget = ["Jane RoeFlagShareLikeReply 5pts February 6, 2016 8:35PM'There It Is!'", "Flag Share"]
    assert _kept(convert("\n\n".join([p1, *widget, p2]))) == [p1, p2]
    assert _kept(convert("\n\n".join([p1, widget[0], p2]))) == [p1, p2]  # a comment widget's action row, alone too


def test_a_name_and_price_line_before_every_paragraph_are_the_article_not_teasers():
    # a deals roundup: each item's name and its price line sit between paragraphs, again and again
    paras = [f"The {w} is the lowest price we have seen for it this year, and the offer runs until the end of "
             f"the week while stocks last at most of the big retailers." for w in
             ("router", "monitor", "laptop", "keyboard", "speaker")]
    items = [[f"Acme {w.title()} Pro for ${n}9.99", f"Get it at {store} for ${n}9.99"] for n, (w, store) in
             enumerate((("router", "Example Store"), ("monitor", "Shop Two"), ("laptop", "Big Box"), ("keyboard", "Mart")), 1)]
    page = [paras[0]]
    for item, para in zip(items, paras[1:], strict=True):
        page += [*item, para]
    assert _kept(convert("\n\n".join(page))) == page
    once = [paras[0], *items[0], paras[1], paras[2]]  # one such pair between paragraphs: a teaser for another story
    assert _kept(convert("\n\n".join(once))) == [paras[0], paras[1], paras[2]]


def test_a_record_of_one_sentence_is_its_own_body():
    for text in ("Mr Roe said: 'It was the worst day of my life.'", "The council approved the budget on Monday."):
        assert convert(text).body == text
    for page in ("Home | News | Sport | Weather", "This content is not available in your region.",
                 "Access denied. You do not have permission to view this page.", "This video is no longer available.",
                 "The page you requested could not be found.", "Please log in to continue reading this article.",
                 "Sorry, this article is only available to subscribers.", "JavaScript is required to view this site.",
                 "Error 503: Service temporarily unavailable. Please try again later."):
        assert convert(page).body == "", page  # an error, access or paywall page is still no article


@pytest.mark.parametrize("line", [
    "FILE - In this Jan. 5, 2017, file photo, the library is seen in the town.",  # a wire caption
    "Jane Roe/Example News", "Click to expand", "We respect your privacy.", "This article is more than 2 years old",
    "Our Standards: The Example Trust Principles.", "More: Library to extend its hours", "Previous Next",
    "More:", "[Related: Ten Libraries That Changed Their Towns]", "On ExampleChronicle.com: Library budget cut",
    "Also: See our guide to the best reading lamps",
    "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
    "jane.roe@example.com", "twitter.com/janeroe", "Like this article?", "Explore further",
    "Please abide by our guidelines, and avoid posting profanity, personal attacks or harassment.",
    # a caption closing on a bracketed credit
    "The first global map of the moon's surface. (EXAMPLE/Agency-Lab/University)",
    "The core stage after its four engines were installed in early November. (credit: AGENCY/Jane Roe)",
    "An artist's view of a lander on the lunar surface [Example Corp via Agency]",
])
def test_captions_credits_and_widget_labels_between_paragraphs_go(line):
    p1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    p2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    p3 = "The new hours begin next month, and the library will hire two more part-time staff for the evenings."
    assert _kept(convert(f"{p1}\n\n{p2}\n\n{line}\n\n{p3}")) == [p1, p2, p3]


def test_related_links_and_sign_up_pitches_between_and_after_paragraphs_go():
    p1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    p2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    text = (f"{p1}\n\nRelated: Ten Libraries That Changed Their Towns Forever\n\n{p2}\n\n"
            "Want more? Subscribe to our sister title for the latest news from the county!\n\n"
            "Get breaking local news on schools, roads and more!\n\n"
            "No spam, we promise. You can unsubscribe at any time.\n")
    assert _kept(convert(text)) == [p1, p2]
    # a station's promotion closing the story goes too
    text = (f"{p1}\n\n{p2}\n\nStay with Channel 5 for updates on this developing story.\n\n"
            "For the latest news, weather, sports, and streaming video, head to Channel 5.\n")
    assert _kept(convert(text)) == [p1, p2]


def test_a_duration_alone_between_paragraphs_is_kept():
    long1 = "The mayor said on Tuesday that the city would rebuild the old bridge over the river before the winter."
    long2 = "Engineers had warned for years that the bridge was unsafe, and the council had delayed the work twice."
    assert "5 minutes" in convert(f"{long1}\n\n5 minutes\n\n{long2}\n").body  # (a reading time says "read")


def test_short_body_sentence_between_long_paragraphs_is_kept():
    long1 = "The mayor said on Tuesday that the city would rebuild the old bridge over the river before the winter."
    long2 = "Engineers had warned for years that the bridge was unsafe, and the council had delayed the work twice."
    art = convert(f"{long1}\n\nIt was not enough.\n\n{long2}\n")
    assert "It was not enough." in art.body


def test_inline_photo_credit_leaves_the_body():
    text = ("Republicans have had years to come up with a replacement plan, and they failed to agree on one. "
            "Funny how that works.Photo by Chip Doe/Getty Images")
    art = convert(text)
    assert "Getty" not in art.body and art.body.endswith("Funny how that works.")


@pytest.mark.parametrize("tail", ["SUPPORT OUR SITE - SUBSCRIBE & BECOME A MEMBER @EXAMPLE.TV",
                                  "READ MORE NEWS AT: Example Wire Files", "PLEASE DONATE TODAY!",
                                  "READ MORE BUDGET NEWS AT: Example Wire Budget Files",
                                  "SUPPORT OUR WORK BY SUBSCRIBING & BECOMING A MEMBER @EXAMPLE.TV",
                                  "Share this article on Facebook", "Like this article? Share it!",
                                  "h/t Example Story", "Via: The Example Post",  # (share prompts, credits)
                                  "Like this story? Share it with a friend!", "Continue reading at Example News"])
def test_a_shouted_call_to_action_glued_to_the_end_of_a_line_is_cut(tail):
    text = ("Republicans have had years to come up with a replacement plan, and they failed to agree on one. "
            f"Funny how that works. {tail}")
    assert convert(text).body.endswith("Funny how that works.")
    glued = text.replace(f" {tail}", tail)  # no space after the sentence's end, as scrapers often leave it
    assert convert(glued).body.endswith("Funny how that works.")


@pytest.mark.parametrize("label", ["Advertisement - story continues below", "(AP Photo/Jane Doe)", "[Photo: Example Wire]",
                                   "Share on Facebook Share on Twitter", "ADVERTISEMENT", "Continue Reading Below",
                                   "(Getty Images)", "Click here to read more."])
@pytest.mark.parametrize("sep", [" ", ""])
def test_a_label_glued_into_the_middle_of_a_one_line_record_is_cut(label, sep):
    s1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    s2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    assert convert(f"{s1}{sep}{label} {s2}").body == f"{s1} {s2}"


def test_a_short_one_line_story_ending_in_a_glued_credit_keeps_its_text():
    # no sentence end of its own (the credit ends the line) and nothing else on the page: the story is still there
    text = ("Donald Roe spent the weekend at his golf club again, while aides scrambled to explain his remarks. "
            "Featured image via Jane Doe/Getty Images")
    art = convert(text)
    assert art.body == "Donald Roe spent the weekend at his golf club again, while aides scrambled to explain his remarks."
    for page in ("Page not found. The page you are looking for may have been moved or deleted, please try again",
                 "Home | News | Sport | Weather | Contact us | About us | Privacy policy | Terms of use | Jobs"):
        assert convert(page).body == ""  # furniture alone is still no article


def test_a_flattened_hover_card_after_a_name_is_cut_and_the_name_stays():
    # a scraper flattens the pop-up card behind a linked name: the name again, other stories, "MORE"
    text = ("The council voted to censure Rep. Jane RoeJane RoeCouncil delays vote | Mayor signs budget | Storm "
            "closes schools Roe asks court to reopen the case MORE (D-Ohio), the clerk announced on Monday.\n\n"
            "Roe said she would appeal the decision to the state supreme court as soon as the filing opened.\n")
    art = convert(text)
    assert art.body.startswith("The council voted to censure Rep. Jane Roe (D-Ohio), the clerk announced on Monday.")
    full_name = text.replace("Jane RoeJane Roe", "Jane RoeJane Ann Roe")  # the card gives the full name
    assert convert(full_name).body == art.body
    # a name said twice with a space between, or no MORE after it, is prose
    for prose in ("Jane Roe, Jane Roe was all the crowd chanted before the clerk read the result MORE slowly.",
                  "The ship Jane RoeJane Roe sailed in May and the crew took the old route north."):
        assert convert(prose + "\n").body == prose


def test_user_patterns_add_rules():
    text = ("A long enough paragraph about the vote in the city council that happened on Monday evening.\n\n"
            "Made possible by Acme Widgets and friends of the paper\n")  # (a line no bundled pattern knows)
    pats = tuple(parse_patterns(["sponsor\t^made possible by"]))
    art = convert(text, patterns=pats)
    assert "Acme" not in art.body
    assert any(d.reason == "sponsor" for d in art.decisions)


def test_recurring_lines_across_a_batch_are_learned():
    footer = "Follow the Herald for more stories like this one every day"
    leads = ["Rain closed the coastal road for a second day, and drivers were told to use the inland route.",
             "The school board approved a later start time for the high school after a year of parent campaigns.",
             "A fire at the old mill was put out overnight, and nobody was hurt, the fire chief said on Sunday.",
             "Farmers in the valley expect a smaller apple harvest after a late frost damaged the blossoms."]
    texts = [f"{lead}\n{footer}\n" for lead in leads]
    rec = learn_recurring(texts)
    art = convert(texts[0], recurring=rec)
    assert footer not in art.body and leads[0] in art.body
    # a single file still works without the batch knowledge
    assert leads[0] in convert(texts[0]).body


def test_when_unsure_keep_a_plain_article():
    paras = ["Short line one.", "The second paragraph has more words and is clearly a sentence of prose.",
             "And another paragraph follows here, also written as ordinary prose by a reporter."]
    art = convert("\n\n".join(paras))
    assert paras[1] in art.body and paras[2] in art.body


_BODY = ("The regional council approved the new transport plan on Thursday after a long debate about costs, "
         "and the first buses are expected to run on the new routes early next spring.\n\n"
         "Supporters of the plan said it would cut journey times for commuters in the outer districts, "
         "while critics warned that the budget left little room for delays or rising fuel prices.\n\n")


def test_long_legal_and_cookie_notices_go_even_when_they_read_as_prose():
    notices = ("© 2031 Example Media Group, LLC. All rights reserved. Example Media Group is the owner of the "
               "trademarks used on this site, and all related logos, names and designs are the property of their "
               "owners, who may not be named or copied without the written permission of the company.\n\n"
               "This site uses cookies to help us understand how readers use our pages, to remember your settings "
               "and to show you content that is more relevant to you on this and other sites on the web.\n")
    kept = _kept(convert(_BODY + notices))
    assert len(kept) == 2 and kept[0].startswith("The regional council")


def test_several_headlines_glued_to_teasers_are_a_list_of_other_stories():
    teasers = ("Council Votes To Close Old Library BranchThe branch had been open for seventy years and served "
               "many families in the area.\n\n"
               "Storm Knocks Out Power Across The CountyThousands of homes were left without power after the "
               "strong winds on Sunday night.\n")
    kept = _kept(convert(_BODY + teasers))
    assert not any("Storm Knocks" in k or "Council Votes" in k for k in kept)
    # one such line alone may be the article's own title run into its lead: it stays
    one = convert(_BODY + teasers.split("\n\n")[0] + "\n")
    assert any("Council Votes" in k for k in _kept(one))


def test_a_same_shaped_list_after_the_article_is_kept():
    dates = "Tour dates\n\n" + "".join(f"June {d} – {c}, ST @ The {c} Arena\n" for d, c in
                                        [(3, "Springfield"), (5, "Riverton"), (9, "Lakeside"), (12, "Hillview"),
                                         (15, "Oakdale")])
    kept = _kept(convert(_BODY + dates))
    assert "June 3 – Springfield, ST @ The Springfield Arena" in kept and "June 15 – Oakdale, ST @ The Oakdale Arena" in kept
    menu = "Home\n\nNews\n\nSport\n\nWeather\n\nContact us\n"
    assert _kept(convert(_BODY + menu)) == _kept(convert(_BODY))


def test_numbered_item_ending_in_a_ratio_is_not_a_video_duration():
    items = ("Here are the gifts we picked for collectors this year:\n\n"
             "1) A model of the time machine car from the film, scale 1:24\n\n"
             "2) A vinyl box set of the band's first three albums\n")
    kept = _kept(convert(_BODY + items))
    assert "1) A model of the time machine car from the film, scale 1:24" in kept


def test_a_line_ending_in_a_photo_credit_without_a_sentence_end_is_a_caption():
    caption = "Protesters gather outside the parliament building on Sunday (Image: Example Agency)\n\n"
    art = convert(_BODY + caption)
    assert "Protesters gather" not in art.body
    glued = "The vote was close, and nobody expected it. Funny how that works.Photo by Jane Roe/Example Images"
    assert convert(_BODY + glued).body.endswith("Funny how that works.")


def test_prose_far_below_the_article_is_not_kept_but_prose_just_after_it_is():
    far = ("Our customer service team can be reached with any questions or requests about your subscription, "
           "your delivery or your account by telephone or by email on every working day of the week.\n")
    menu = "".join(f"Section {n}\n\n" for n in range(1, 15))
    near_line = ("A spokesman for the council said later that the timetable would be published on its website "
                 "before the end of the month, together with the new fares.\n")
    kept = _kept(convert(_BODY + "Photo: Example Agency\n\n" + near_line + "\n" + menu + far))
    assert any(k.startswith("A spokesman for the council") for k in kept)
    assert not any(k.startswith("Our customer service") for k in kept)


def test_an_author_bio_closing_the_article_is_not_body():
    bio = "Jane Example joined the paper in March 2030. She has been reporting on transport since 2025.\n"
    kept = _kept(convert(_BODY + bio))
    assert kept and not any(k.startswith("Jane Example joined") for k in kept)
    # the same words opening an article are body
    assert any(k.startswith("Jane Example joined") for k in _kept(convert(bio + "\n" + _BODY)))
    # a long bio is a bio too
    long_bio = ("Award-winning journalist Jane Example writes a weekly column on city politics. " +
                "She has covered the council, the courts and the county's schools for two decades. " * 6)
    kept = _kept(convert(_BODY + long_bio))
    assert len(long_bio) > 500 and kept and not any(k.startswith("Award-winning journalist") for k in kept)


def test_a_fragment_glued_after_a_paragraph_that_repeats_the_next_one_is_cut():
    p1 = ("The council met for six hours on Monday and argued about almost every line of the budget, "
          "from parks to parking.The new mayor, for example, isn’t just a newcomer, she’s a")
    p2 = ("The new mayor, for example, isn’t just a newcomer, she’s a former auditor who has read every "
          "budget of the last decade and says she knows where the money goes.")
    art = convert(p1 + "\n\n" + p2 + "\n")
    assert art.body.count("The new mayor, for example") == 1
    assert "from parks to parking." in art.body and art.body.endswith("where the money goes.")
    quoted = 'He said: "We will see."Nobody knew what he meant by that, and the council moved on to parking.'
    assert 'We will see."Nobody knew' in convert(quoted + "\n").body.replace("\n", "")


def test_an_about_the_author_heading_in_another_language_ends_the_article():
    bio = ("Sobre Ana Souza\n\nAna Souza escreve sobre educação infantil há dez anos e coordena uma escola "
           "no interior do estado, onde vive com a família e dois cachorros muito agitados.\n")
    kept = _kept(convert(_BODY + _BODY.replace("regional council", "city council") + bio))
    assert not any(k.startswith("Ana Souza escreve") for k in kept)
    assert any(k.startswith("The city council") for k in kept)


PARAS = ["The city council approved a new budget on Tuesday that cuts spending on roads while increasing funds for "
         "public libraries and schools across the county.",
         "Council members debated the plan for more than six hours before the final vote, which passed by a margin "
         "of seven to four.",
         "The mayor said the budget reflected the priorities of residents who had asked for better schools and longer "
         "library hours.",
         "Critics said the cuts to road maintenance would leave potholes unrepaired for another year and raise costs "
         "in the long run."]


@pytest.mark.parametrize("between", [
    ["Advertisement", "Story continues below advertisement"],
    ["Image copyright Getty Images", "Image caption Protesters gathered outside the building"],
])
def test_the_article_goes_on_across_ads_and_captions_between_its_paragraphs(between):
    text = "\n\n".join(line for p in PARAS for line in [p, *between]) + "\n"
    assert _kept(convert(text)) == PARAS


def test_a_share_bar_and_read_more_still_end_the_article():
    tail = "Readers may earn rewards and we may earn a commission if you buy something through links in this article."
    text = "\n\n".join(PARAS) + "\n\nShare on Facebook\n\nRead More\n\n" + tail + "\n"
    assert _kept(convert(text)) == PARAS


def test_a_related_heading_over_other_stories_teasers_ends_the_article():
    text = "\n\n".join([*PARAS, "Related Articles", "Mayor unveils plan for new bike lanes downtown",
                       "The plan would add twelve miles of protected lanes by 2020, officials said on Monday.",
                       "School board delays vote on later start times",
                       "Parents packed the meeting to argue that teenagers need more sleep before classes begin."]) + "\n"
    assert _kept(convert(text)) == PARAS


MILL = ["Jane Roe has spent twenty years restoring the old mill on the edge of the village, and this spring she "
        "finally opened its doors to visitors.",
        "The building had stood empty since the nineteen-seventies, when the last miller retired and the wheel was "
        "left to rust in the stream.",
        "“People told me I was mad,” Roe said. “Maybe I was. But look at it now.”",
        "Visitors can now watch the wheel turn on the first Sunday of every month, and a small café sells bread baked "
        "from flour ground on site."]


@pytest.mark.parametrize("heading", ["Related Stories", "More from The Valley Courier", "Read Next",
                                     "Also in Local News"])
def test_other_stories_teasers_with_a_comment_section_under_them_end_the_article(heading):
    # (the comments are cut first: kept, they made the teasers look like the article going on)
    header = ["Skip to main content", "Home", "Local", "Old mill reopens after fifty years of silence",
              "By Jane Smith | Valley Courier", "March 3, 2019"]
    teasers = ["Bakery wins national award\nThe family-run bakery on High Street took first prize for its sourdough "
               "loaf at a national competition in London last week.",
               "Council approves budget\nAfter a long night of debate, councillors voted to approve a budget that "
               "includes new funding for the library and the swimming pool.",
               "Storm knocks out power\nThousands of homes across the valley were left without electricity on Tuesday "
               "after high winds brought down power lines."]
    comments = ["3 Comments", "millfan82\nMarch 4, 2019 at 9:12 am\nWhat a wonderful story. I remember visiting the "
                "mill as a child with my grandfather, and it is lovely to see it working again.", "Reply",
                "J. Walker\nMarch 4, 2019 at 11:40 am\nGreat job Jane! We will definitely come by next month with the "
                "kids and buy some of that bread.", "Reply",
                "Leave a Reply", "Your email address will not be published. Required fields are marked *"]
    art = convert("\n\n".join([*header, *MILL, heading, *teasers, *comments]) + "\n")
    assert _kept(art) == MILL


def test_a_standfirst_repeating_the_start_of_the_lead_is_the_description_not_body():
    teaser = "The city council approved a new budget on Tuesday that cuts spending on roads."
    art = convert("\n\n".join(["Council Passes Budget", teaser, *PARAS]) + "\n")
    assert _kept(art) == PARAS and art.description == teaser


def test_science_news_footers_go():
    footer = ["Story Source:", "Materials provided by University of Example. Note: Content may be edited for style "
              "and length.", "Journal Reference:", "Cite This Page:", "MLA APA Chicago"]
    assert _kept(convert("\n\n".join([*PARAS, *footer]) + "\n")) == PARAS


def test_a_file_photo_caption_glued_into_a_one_line_record_is_cut():
    text = ("The governor signed the bill into law on Friday, ending a months-long fight over school funding. "
            "FILE PHOTO: The state capitol building is seen in Springfield, Illinois, U.S., May 1, 2017. "
            "REUTERS/Jane Roe \u201cThis is a victory for every child in our state,\u201d the governor said. "
            "Lawmakers from both parties had backed the measure.")
    art = convert(text)
    assert "PHOTO" not in art.body and "REUTERS" not in art.body
    assert "fight over school funding. \u201cThis is a victory" in art.body


def test_story_highlights_are_neither_body_nor_headline():
    art = convert("Story highlights The senator said the bill would pass\n\nThe vote is expected Thursday\n\n"
                  "(CNN) A key senator said Tuesday that she expects the spending bill to pass before the deadline, "
                  "which falls at midnight on Friday.\n\nThe House approved its version of the bill last week.")
    assert art.body.startswith("(CNN) A key senator said Tuesday") and "highlights" not in (art.headline or "")


def test_reader_appeals_and_signup_fine_print_after_the_article_are_boilerplate():
    body = ("Heavy rain flooded dozens of homes in the valley overnight, officials said on Sunday.\n\n"
            "Emergency crews rescued 14 people from cars stranded on flooded roads during the night.\n\n")
    art = convert(body + "Have something to say about this story? Email us at letters@example.com\n\n"
                  "Get our free newsletter\n\nBy signing up, you agree to our Terms of Service and Privacy Policy.\n\n"
                  "Read This Next\n\nThanks for reading! Please consider supporting our journalism.\n")
    assert art.body == body.strip()


def test_teasers_for_other_stories_inside_the_article_are_cut_and_a_subheading_stays():
    para = ("Health officials confirmed a third case of the disease in the capital on Sunday, and said that "
            "the patient was being treated in an isolation ward.")
    teasers = ["\u2018NAIVE AND TRUSTING\u2019", "Man gave details of his online profile to a stranger, court hears",
               "EYE POPPING", "Bodybuilder has muscle removed after injecting oil to look bigger",
               "DRIVEN OUT", "Family leaves village after a row over a garden fence"]
    blocks = [para, "SCORES QUARANTINED", para.replace("third", "fourth"), *teasers, para.replace("third", "fifth")]
    html = ("<html><body><article>" + "".join(f"<p>{b}</p>" if len(b) > 60 else f"<h3>{b}</h3>" for b in blocks)
            + "</article></body></html>")
    art = convert(html)
    assert "SCORES QUARANTINED" in art.body  # a subheading over the story's own prose
    assert "EYE POPPING" not in art.body and "garden fence" not in art.body
    assert "fifth" in art.body


def test_the_article_goes_on_after_a_caption_to_a_closing_sentence():
    text = ("The prime minister has promised to hold a vote on the deal before the end of the month, despite "
            "opposition from within her own party.\n\n"
            "Several senior ministers are understood to have raised concerns about the timing of the vote in a "
            "cabinet meeting on Tuesday.\n\n"
            "Facebook Twitter Pinterest The prime minister speaking in the Commons. Photograph: PA\n\n"
            "The opposition leader said his party would vote against the deal.\n")
    art = convert(text)
    assert art.body.endswith("vote against the deal.") and "Photograph" not in art.body


def test_an_html_related_box_inside_the_article_does_not_end_it():
    html = ("<html><body><main><article><h1>Council approves budget cuts</h1>"
            "<p>The city council on Monday approved a budget that cuts spending on roads by 12 percent and adds "
            "money for libraries.</p>"
            "<p>\u201cWe had to make hard choices,\u201d Mayor Tom Reed said after the 5-2 vote.</p>"
            "<aside class='related'><h3>Related</h3><ul><li><a href='/a'>Council delays vote</a></li>"
            "<li><a href='/b'>Library hours cut</a></li></ul></aside>"
            "<p>Residents who spoke at the meeting were divided. Some praised the library funding, while others "
            "warned that potholes would go unfixed.</p></article></main>"
            "<footer><p>\u00a9 2019 Valley Times. All rights reserved.</p></footer></body></html>")
    art = convert(html)
    assert art.body.endswith("potholes would go unfixed.") and "Library hours" not in art.body


def test_an_embedded_post_inside_or_closing_the_article_is_body():
    tweet = ["Roads first, libraries later.", "pic.twitter.com/abc123", "— Jane Roe (@janeroe) November 18, 2019"]
    closing = ["Libraries win again. https://t.co/xyz", "— Sam Poe (@sampoe) November 19, 2019"]
    art = convert("\n\n".join([*PARAS[:2], *tweet, *PARAS[2:], *closing]))
    for line in tweet + closing:
        assert line in art.body
    glued = "Libraries win again. — Sam Poe (@sampoe) November 19, 2019"  # a scraper flattened the post to one line
    assert convert("\n\n".join([*PARAS, glued])).body.endswith(glued)
    # a feed of posts under the article's furniture is the sidebar's, not the article's
    feed = convert("\n\n".join([*PARAS, "Share this story", "Follow us", "Roads first.", "— Jane Roe (@janeroe) "
                                "November 18, 2019"]))
    assert "Jane Roe" not in feed.body and feed.body.endswith("raise costs in the long run.")


def test_rules_between_sections_of_the_article_are_body_with_their_subheadings():
    art = convert("\n\n".join(["Home", "___", PARAS[0], "___", "WHAT COMES NEXT?", PARAS[1], "___", "WHO PAYS?",
                               PARAS[2], PARAS[3], "###", "About the council: it meets weekly."]))
    assert art.body.count("___") == 2 and "WHAT COMES NEXT?" in art.body and "WHO PAYS?" in art.body
    assert art.body.startswith(PARAS[0]) and art.body.endswith(PARAS[3])  # not the menu's rule, not after '###'


@pytest.mark.parametrize("furniture", [
    "Rep. Jane Roe speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",  # a caption, credit glued
    "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.",
    "By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.",  # a byline between paragraphs
    "Thanks for watching!",  # a video player's residue
    # pitches that open on a question or close on the sign-up, a pointer to the site's other story, a cut teaser
    "Need more news? Subscribe to our sister title \"All About Roads\" Magazine for the latest amazing news from "
    "the open road and the world of travel, every week! (Image credit: All About Roads)",
    "Start your day with the Morning Bell powered by The Example Desk. The Example Desk is the reading of choice of "
    "finance professionals across the country. Sign up for the free daily newsletter.",
    "Also on example.com Politicians threatened with arrests as the party purges its members",
    "Two people in the city have been diagnosed with the flu,...",
    "[Embedded content]", "5 min read", "Reading time: 4 minutes", "Skip Ad",  # embeds, reading times, a player
    "Open in app", "Scroll to continue with content", "Our Privacy Policy", "Accept", "Email the author",
    "Editor's Picks", "Want more? Subscribe",  # app, cookie and contact prompts, picks, a pitch
    "Load more", "Show more stories", "Pin it", "Link copied!", "Text size", "Gift this article",  # page tools
    "1.2K Shares", "348 shares", "Enter your email address",  # a share counter, a sign-up form's field
    "Tempo de leitura: 2 minutos", "Temps de lecture : 4 minutes", "Lesezeit: 3 Minuten",  # reading times
    "You can view our June 2018 open thread here.", "Listen to the full interview here.",  # pointers elsewhere
    "Was this article helpful?", "Yes No", "Thank you for your feedback!", "Report an error",  # feedback widgets
    "Become a member today", "Already a subscriber? Log in", "Paid Post", "Credit: Jane Roe for The Example Times",
    "You have reached your limit of free articles.", "Create a free account to keep reading.",  # a paywall
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Print Friendly, PDF & Email", "(Visited 1,234 times, 1 visits today)", "Post Views: 1,234",  # blog widgets
    "Like Loading...", "Bookmark the permalink.", "Tagged budget, council", "Comments powered by Disqus",
    "What do you think? Let us know in the comments.", "Join 2,345 other subscribers", "Proudly powered by WordPress",
    "Compartilhe", "Pubblicità", "Anzeige", "Читайте также: Совет утвердил бюджет",  # other languages' labels
    "Supplied", "View this post on Instagram", "In Case You Missed It", "Continue to article",  # credit, embed label
    "Follow the latest news on our live blog", "Want to support local journalism? Donate today.",  # pitches
    "Have thoughts on this story? Send us a letter to the editor.",
    "\u2014 Advertisement \u2014", "AdChoices", "Presented by Example Bank", "Scroll down for video", "Now Playing",
    "Next Slide", "Show caption", "What to read next", "Do Not Sell My Personal Information", "Manage consent",
    "Start your free trial", "Unlock this article", "Continue with Google", "Live updates",  # players, ads, prompts
    "Download the Example News app", "Get it on Google Play", "Turn on desktop notifications for breaking stories",
    "Not now", "Why am I seeing this ad?", "Go ad-free", "Supported by", "This embed is invalid",  # app, ad, embed
    "Update your settings here to see it.", "Show transcript", "Cancel anytime", "Limited time offer",
    "Check price on Amazon", "Free shipping", "Join our Telegram channel", "Add us to your Google News feed",
    "Got a story? Contact us", "More by Jane Roe", "Last modified: March 4, 2019", "Word count: 812",
    "Be the first to comment", "Reply", "Report abuse", "Upvote", "Like", "Follow", "Bookmark", "Copy URL",
    "Add to reading list", "Rate this article", "Average rating 4.5", "E-edition", "Today's paper",  # page tools
    "Give this article", "Add to your saved stories", "Suggest a correction", "Sort by: Newest", "A- A+",
    "Reading mode", "Dark mode", "Got a story idea? Contact our newsroom.", "Previously: Mayor proposes a delay",
    "UP NEXT: Storm expected this weekend", "Swipe for more photos", "Close ad",  # reader controls, next-story labels
    "You have 3 free articles remaining this month. Subscribe for unlimited access.",
    "You have one free story left this month.", "This is your last free article.",  # metered paywall counters
    "Loading comments\u2026", "Text size A A A", "Enjoy unlimited access to all of our reporting for just $1.",
    "We are committed to accessibility. If you have trouble reading this page, contact our support team.",
    "Our journalism depends on readers like you. Become a member today for as little as $5 a month.",
    "This article is part of our series on rural heritage. Read the other stories in the series here.",
    "Advertentie", "Подписывайтесь на наш канал в Telegram",  # a Dutch ad label, a Russian channel promo
])
def test_more_furniture_between_paragraphs(furniture):
    art = convert("\n\n".join([PARAS[0], PARAS[1], furniture, PARAS[2], PARAS[3]]))
    assert furniture not in art.body and art.body.startswith(PARAS[0]) and art.body.endswith(PARAS[3])


@pytest.mark.parametrize("sentence", ["Loading docks at the plant were closed on Monday after the storm.",
                                      "Get full access to the new park for free starting in June, the mayor said.",
                                      "Our work depends on the weather, and this spring it rained for six weeks.",
                                      "We are committed to the plan, the mayor said, and to a new library."])
def test_a_body_sentence_that_starts_like_a_widget_stays(sentence):
    assert sentence in convert("\n\n".join([PARAS[0], PARAS[1], sentence, PARAS[2], PARAS[3]])).body


def test_headlines_under_a_most_popular_heading_are_not_body():
    teasers = ["Most Popular", "1", "This valley zip code ranks as the most expensive in the whole country", "2",
               "Witness cheered for correcting two lawmakers", "3",
               "For years, people pinned dollar bills to the ceiling of a bar. Why they finally took them down",
               "4", "Travel guide puts the coast on its do not travel list"]
    art = convert("\n\n".join([*PARAS, *teasers]))
    assert art.body.endswith(PARAS[-1]) and "zip code" not in art.body and "dollar bills" not in art.body


def test_a_link_shown_as_its_address_inside_the_article_is_its_text():
    names = ["Lego castle with knights", "Electric racing track", "Wooden train set", "Puzzle of the night sky"]
    codes = ["2iJFhRj", "2hZfWFJ", "2hWw372", "2hWEIX7"]  # (short links differ in their letters)
    items = "".join(f"<p>{n}) {name}</p><p><a href='http://ex.am/{code}'>http://ex.am/{code}</a></p>"
                    for n, (name, code) in enumerate(zip(names, codes, strict=True), 1))
    html = (f"<html><body><nav><a href='/'>Home</a> <a href='/tech'>Tech</a></nav><article>"
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>Here is the list of the best offers we found this week:</p>"
            f"{items}</article><footer><a href='/about'>About us</a></footer></body></html>")
    art = convert(html)
    assert all(f"http://ex.am/{code}" in art.body for code in codes) and "About us" not in art.body


@pytest.mark.parametrize("heading", ["About the author", "About Jane Roe", "Sobre Carlos Roe", "Über den Autor"])
def test_an_author_box_under_the_story_is_not_the_article(heading):
    paras = [f"The council voted on Tuesday to rebuild the old bridge, a project that has been delayed {w} times "
             f"since the flood, and work should start in the spring." for w in ("two", "three", "four", "five")]
    bio = ("Mother of two and a teacher in the town where she lives, Jane Roe has written about schools, families "
           "and reading for twenty years, and she runs a course that has taught hundreds of parents to read with "
           "their children at home.")
    footer = [f"Link {k}" for k in range(30)]  # a long footer puts the box before the middle of the page
    assert _kept(convert("\n\n".join([*paras, heading, bio, *footer]))) == paras


def test_a_heading_about_someone_in_the_middle_of_the_article_is_kept():
    paras = [f"The council voted on Tuesday to rebuild the old bridge, a project that has been delayed {w} times "
             f"since the flood, and work should start in the spring." for w in ("two", "three", "four", "five", "six")]
    page = [paras[0], "About Jane Roe", *paras[1:]]
    assert _kept(convert("\n\n".join(page))) == page


def test_a_recipe_card_between_paragraphs_is_the_article_s_own_list():
    intro = ("Is there anything better than a piece of toast topped with a sweet jam in the morning, when the house is "
             "still quiet and the kettle is on?")
    steps = ["Fill the canner with water and set it to simmer, then add the empty jars to warm them through.",
             "Core, peel and cube the pears and put them in a pot with the juice of one lemon and the spices."]
    card = ["Spiced Pear Jam", "Ingredients", "8-9 ripe pears, cored and peeled", "1 tsp cinnamon", "1 tsp nutmeg",
            "Instructions"]
    page = [intro, card[0], "Print", *card[1:], *steps]
    assert _kept(convert("\n\n".join(page))) == [intro, *card, *steps]
    # the same short lines with no card heading among them are not kept
    plain = [intro, "Spiced Pear Jam", "Print", "8-9 ripe pears", "1 tsp cinnamon", "Share", *steps]
    assert "1 tsp cinnamon" not in _kept(convert("\n\n".join(plain)))


MEAL_PLAN = ["Breakfast", "Eat within an hour of waking", "Oatmeal [1 cup oats, 1 cup berries, 1 tsp. honey]",
             "Containers: 1 Yellow, 1 Purple", "Lunch", "Eat every 2 to 3 hours",
             "Chicken Salad [4 oz. chicken, 2 cups greens, 1 tbsp. dressing]", "Containers: 1 Red, 2 Green",
             "Snack", "Eat every 2 to 3 hours", "Apple slices, 2 tbsp. almond butter", "Containers: 1 Purple, 2 tsp.",
             "Dinner", "Eat every 2 to 3 hours", "Salmon and Rice [4 oz. salmon, 1 cup rice]", "Containers: 1 Red, 1 Yellow"]


def test_a_list_after_the_last_paragraph_that_repeats_a_label_is_the_articles_own():
    # a meal plan under its introduction: short lines, some repeated ("Eat every 2 to 3 hours"), one label on
    # different values; it ends at the first furniture line
    art = convert("\n\n".join([*PARAS, *MEAL_PLAN, "Related Articles", "Why breakfast matters", "Newsletter"]))
    assert art.body.endswith("Containers: 1 Red, 1 Yellow") and art.body.count("Eat every 2 to 3 hours") == 3
    assert "Related Articles" not in art.body and "Why breakfast matters" not in art.body


@pytest.mark.parametrize("footer", [
    ["Contact us", "Phone: 555-0100", "Email: news@example.org", "Fax: 555-0101", "Address: 1 Main St.",
     "About us", "Careers", "Advertise", "Terms"],  # labels, but each once
    ["Most read", "Council approves budget", "Mayor signs the bill", "Schools get new funds", "Roads to be repaired",
     "Library hours extended", "Weather: rain on Friday", "Sports: team wins", "Events: fair opens"],
])
def test_a_footer_or_list_of_stories_after_the_article_stays_out(footer):
    art = convert("\n\n".join([*PARAS, *footer]))
    assert art.body.endswith(PARAS[-1])


# a deals roundup's items: each a name with its price and a paragraph
ROUNDUP = [("Wireless earbuds for $129", "These earbuds have long battery life and a case that charges quickly, "
            "and they fit well enough for a long run in the rain."),
           ("Portable speaker for $99", "The speaker fills a room with sound and survives a drop into the pool, "
            "which makes it a good companion for a summer party."),
           ("Smart display for $79", "A small screen in the kitchen shows recipes and timers and plays the news "
            "while you cook, and it answers questions out loud."),
           ("Drone for $399", "The drone folds into a jacket pocket and still records steady video in a strong "
            "wind, which no drone this small could do before."),
           ("Tracker for $49", "Clip the tracker to your keys and your phone will find them in the couch "
            "cushions, the car or the coat you wore yesterday.")]


def test_a_repeated_label_between_paragraphs_is_the_lists_own_line():
    # each item's name, "See it now: <store>" (a call to action to the lexicon, and repeated word for word) and
    # its paragraph
    blocks = [PARAS[0]]
    for (name, para), store in zip(ROUNDUP, ["Store A", "Store A", "Store B", "Store A", "Store C"], strict=True):
        blocks += [name, f"See it now: {store}", para]
    art = convert("\n\n".join([*blocks, PARAS[3]]))
    assert art.body.count("See it now: Store A") == 3 and "Drone for $399" in art.body


def test_a_labelled_list_in_a_page_goes_on_past_its_item_links():
    # HTML: an item's product link inside the article's container is the list's, not navigation
    items = "".join(f"<p>{meal}</p><p>Eat every 2 to 3 hours</p><p><a href='/p{n}'>Shake Mix {n}</a></p>"
                    f"<p>Containers: {n} Red, 1 Green</p>" for n, meal in enumerate(["Breakfast", "Lunch", "Snack",
                                                                                 "Dinner"], 1))
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article>{paras}{items}</article>"
            f"<aside><h3>Related Articles</h3><a href='/r'>Why breakfast matters</a></aside></body></html>")
    art = convert(page)
    assert "Shake Mix 4" in art.body and art.body.endswith("Containers: 4 Red, 1 Green")
    assert "Why breakfast matters" not in art.body


def test_a_roundups_item_links_inside_the_article_are_its_own():
    # HTML: each item's name, its paragraph, its shop link ("Get it on Store A for $99"), again and again inside
    # the article's container; a link list outside it stays navigation
    items = "".join(f"<h3>{name}</h3><p>{para}</p><p><a href='/shop{n}'>Get it on Store A for ${n}9</a></p>"
                    for n, (name, para) in enumerate(ROUNDUP, 1))
    page = (f"<html><body><nav><a href='/'>Home</a> <a href='/deals'>Deals</a></nav><article><p>{PARAS[0]}</p>"
            f"{items}<p>{PARAS[3]}</p></article><footer><a href='/a'>About</a> <a href='/t'>Terms</a></footer>"
            f"</body></html>")
    art = convert(page)
    assert art.body.count("Get it on Store A") == 5 and "Drone for $399" in art.body
    assert "Terms" not in art.body and "Home" not in art.body


def test_photo_captions_do_not_break_a_roundups_item_runs():
    # each item: its photo's caption (furniture), its name, "See it now: <store>", then its paragraph
    body = "".join(f"<figure><figcaption>Maker {n}</figcaption></figure><h3>{name}</h3>"
                   f"<p>See it now: Store {'AB'[n % 2]}</p><p>{para} {PARAS[n % 4]}</p>"  # (a blurb of 40 words)
                   for n, (name, para) in enumerate(ROUNDUP))
    art = convert(f"<html><body><article><p>{PARAS[0]}</p>{body}<p>{PARAS[3]}</p></article></body></html>")
    assert all(name in art.body for name, _ in ROUNDUP) and "Maker 2" not in art.body


def test_another_storys_card_cut_off_over_read_more_is_not_body():
    card = ["Vaping Does Not Need to Be Tainted to Send You to the Hospital, Case Shows",
            "In recent months, hundreds of people in the country have become acutely sick and have even died due to",
            "Read more"]
    art = convert("\n\n".join([PARAS[0], PARAS[1], *card, PARAS[2], PARAS[3]]))
    assert "Tainted" not in art.body and "died due to" not in art.body and PARAS[2] in art.body
    # a finished paragraph over "Read more" is the article's own
    art = convert("\n\n".join([PARAS[0], PARAS[1], "Read more", PARAS[2], PARAS[3]]))
    assert PARAS[1] in art.body


def test_a_quoted_headline_among_kicker_teasers_is_not_body():
    # a run of other stories' kicker + headline pairs between paragraphs; one headline, in quotation marks,
    # reads as a sentence, yet it is a teaser like its neighbours
    teasers = ["TIME TRAVELLER", "Fans say they spotted the singer in an old photograph from the archive",
               "NAIVE AND TRUSTING", "Woman \u2018gave man on dating site a list of her favourite films\u2019",
               "EYE POPPING", "Bodybuilder has tricep removed after injecting oil for ten years",
               "DRIVEN OUT", "Family \u2018forced to leave home after the flood swept away their farm\u2019"]
    art = convert("\n\n".join([PARAS[0], PARAS[1], *teasers, PARAS[2], PARAS[3]]))
    assert "favourite films" not in art.body and "swept away" not in art.body and PARAS[2] in art.body


def test_a_signed_and_dated_comment_header_cuts_the_comments_under_a_short_article():
    story = ["Our goal with these quarterly threads is to give readers a chance to raise questions about our work in "
             "public, in the comments below.", "As always, you are also welcome to email us if you have feedback or "
             "questions that you would prefer to discuss with our staff in private."]
    reply = ("Thank you for the question about the review of the program that you mentioned in the spring; we expect "
             "to publish it later this year, along with the data behind it and a summary of what we learned from it.")
    comments = ["Jane Roe on September 12, 2018 at 4:47 pm said:", reply, "John Doe on September 13, 2018 at 9:02 am "
                "said:", reply.replace("spring", "summer"), "Ann Lee on September 14, 2018 at 1:15 pm said:",
                reply.replace("spring", "winter")]
    art = convert("\n\n".join([*story, *comments]))
    assert art.body == "\n\n".join(story)


def test_a_long_caption_that_ends_on_its_credit_is_no_body():
    caption = ("A cross-section through the new council chamber showing the seating that would double as a public "
               "gallery during the budget hearings. The seats would have their own lights and microphones. "
               "Credit: Jane Roe/Example Agency")
    art = convert("\n\n".join([PARAS[0], PARAS[1], caption, PARAS[2], PARAS[3]]))
    assert art.body == "\n\n".join(PARAS)
    # a paragraph that gives credit in a sentence of its own is the story's
    for credited in ("Officials said the plan deserves some credit: it cut the county's costs by a third in two years.",
                     "The mayor said the photo credit line had been left off the council's website by mistake.",
                     "Protesters gather in the square on Monday photo credit Jane Roe"):  # (a credit: no body)
        kept = credited in convert("\n\n".join([PARAS[0], credited, PARAS[1], PARAS[2]])).body
        assert kept == (not credited.endswith("Jane Roe")), credited


@pytest.mark.parametrize("widget", ["12 Comments", "Comments", "View Comments", "Join the conversation"])
def test_a_comments_counter_inside_the_story_does_not_end_it(widget):
    # a share bar's counter between two of the story's paragraphs: the story goes on under it
    text = "\n\n".join([PARAS[0], PARAS[1], widget, PARAS[2], PARAS[3]])
    assert convert(text).body == "\n\n".join(PARAS)
    html = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in PARAS[:2]) +
            f"<div class='meta'><span>{widget}</span></div>" + "".join(f"<p>{p}</p>" for p in PARAS[2:]) +
            "</article></body></html>")
    assert convert(html).body == "\n\n".join(PARAS)
    # over the comments themselves it still starts their section: a commenter's header, or the rules for them
    for under in (["Jane Roe August 17, 2019 - 2:19 pm", "I read this and I think the council got it right for once."],
                  ["When commenting, please abide by our guidelines and avoid posting profanity or personal attacks, "
                   "which our moderators will remove."]):
        assert convert("\n\n".join([*PARAS, widget, *under])).body == "\n\n".join(PARAS), under


@pytest.mark.parametrize("line,dropped", [('"Related:"', True), ("\u201cAdvertisement\u201d", True),
                                          ('"We will never give up."', False), ('"No."', False)])
def test_a_label_left_in_quotation_marks_is_still_a_label(line, dropped):
    art = convert("\n\n".join([PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]))
    assert (line not in art.body) == dropped and art.body.endswith(PARAS[3])


def test_a_bare_pull_quote_repeating_a_quotation_of_the_body_goes():
    pull = "“We have measured an increase of nearly a third in its height over the last decade.”"
    said = ("“We have measured an increase of nearly a third in its height over the last decade,” said Dr. John Doe, "
            "a hydrologist at the University of Example.")
    art = convert("\n\n".join([PARAS[0], said, PARAS[1], pull, PARAS[2], PARAS[3]]) + "\n")
    assert _kept(art) == [PARAS[0], said, PARAS[1], PARAS[2], PARAS[3]]
    # a quotation paragraph of its own words stays
    own = "“We will open the mill again in the spring, whatever it costs us,” the family said."
    art = convert("\n\n".join([PARAS[0], own, PARAS[1], "“Whatever it costs us, the wheel will turn again.”",
                               PARAS[2]]) + "\n")
    assert "“Whatever it costs us, the wheel will turn again.”" in art.body


@pytest.mark.parametrize("line,kept", [
    ("Residents can sign up for emergency alerts on the county's website.", True),
    ("You can sign up for breaking news alerts on our website.", False),
    ("Click here to sign up for our morning newsletter.", False),
])
def test_a_sentence_on_what_others_can_sign_up_for_is_the_storys(line, kept):
    art = convert("\n\n".join([
        "Wildfire forces evacuations", "BOULDER — A wildfire west of the city grew to more than 500 acres on Friday "
        "afternoon, forcing the evacuation of about 1,200 homes, the sheriff's office said.",
        "An evacuation center has been set up at a high school, and the county opened two shelters for animals.",
        line, "Crews expect the wind to drop overnight, which would let them build lines along the ridge."]))
    assert (line in _kept(art)) is kept


def test_one_sentence_before_a_bracketed_photo_credit_is_a_caption():
    art = convert("\n\n".join([
        "Harbor district approves dredging plan", "By Tom Alvarez",
        "A dredge works near the mouth of the harbor in 2019. (Photo by Jane Smith/Harbor Gazette)",
        "The harbor district board voted 4-1 on Tuesday to spend $14 million deepening the main shipping channel, "
        "a project port officials say is needed to keep cargo ships coming.",
        "Commercial fishermen said the work would stir up sediment and drive away the crabs they depend on."]))
    assert art.body.startswith("The harbor district board") and "dredge works" not in art.body


def test_a_portals_story_continues_fold_goes():
    art = convert("\n".join(["Judge blocks voting law", "By Jane Doe",
                             "A federal judge on Monday blocked a state law that would have required voters to show "
                             "two forms of identification.", "Story continues",
                             "The state's attorney general said he would appeal the ruling to the circuit court.",
                             "Voting rights groups welcomed the ruling and said they would watch the appeal closely."]))
    assert "Story continues" not in art.body


@pytest.mark.parametrize("record,body,publisher", [
    ("WASHINGTON (Reuters) - The Senate passed the defense bill on Thursday by a vote of 85-14. The measure now goes "
     "to the House. (Reporting by John Smith; Editing by Tom Brown)",
     "WASHINGTON (Reuters) - The Senate passed the defense bill on Thursday by a vote of 85-14. The measure now goes "
     "to the House.", "Reuters"),
    ("The senator voted against the bill on Friday, saying it would raise taxes on working families. Image credit: "
     "Flickr/Jane Roe The post Senator votes no on budget bill appeared first on Liberty Daily.",
     "The senator voted against the bill on Friday, saying it would raise taxes on working families.", "Liberty Daily"),
    ("The mayor claimed that the city would win every award. Watch: This is not the first time the mayor has made such "
     "a claim about the awards.",
     "The mayor claimed that the city would win every award. This is not the first time the mayor has made such a "
     "claim about the awards.", None),
])
def test_credits_and_labels_glued_into_a_one_line_record(record, body, publisher):
    art = convert(record)
    assert (art.body, art.publisher) == (body, publisher)


def test_a_closing_quotation_in_two_apostrophes_is_a_sentence_of_the_story():
    art = convert("\n\n".join([
        "The Race Goes On", "The campaign spent more than any other this year, and it has little to show for it in "
        "the early states, where the candidate trails badly in every poll.",
        "''Politics has never been gentlemanly, and now it is not gentlemanly at all,'' said Jane Roe, a historian "
        "who has written about the family.", "''The lesson of this race: no old rule applies.''"]))
    assert art.body.endswith("''The lesson of this race: no old rule applies.''")


def test_names_joined_by_a_slash_in_brackets_inside_a_sentence_stay():
    line = "The vote (Democrats/Republicans) split along party lines, and the measure failed by two votes in the end."
    p1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    assert line in convert(f"{p1}\n\n{line}\n").body


def test_a_short_sentence_under_a_paragraph_stays_when_the_story_goes_on_past_a_promotion():
    p1 = ("The council voted on Monday to keep the library open until nine in the evening, after a long campaign "
          "by parents, teachers and students who said the building was the only quiet place in town to study.")
    p2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    p3 = "The new hours begin next month, and the library will hire two more part-time staff for the evenings."
    p4 = "Parents had collected more than two thousand signatures over the summer, the organisers said on Monday."
    text = (f"{p1}\n\nNot everyone was convinced.\n\nTHE SHOW -- NOW ON YOUTUBE!\n\n"
            "In each episode of his weekly show, our columnist goes deeper into local politics. Click to subscribe!"
            f"\n\n{p2}\n\n{p3}\n\n{p4}\n")
    assert _kept(convert(text)) == [p1, "Not everyone was convinced.", p2, p3, p4]


def test_a_caption_over_its_photos_bracketed_credit_goes_but_a_transcripts_stage_directions_stay():
    p1 = "The council voted on Monday to keep the library open until nine in the evening, after a long campaign."
    p2 = "Members said the cost was small compared with the benefit to the town and its many young students."
    p3 = "The new hours begin next month, and the library will hire two more part-time staff for the evenings."
    caption = "Jane Roe, the librarian who led the campaign for longer opening hours"
    assert _kept(convert(f"{p1}\n\n{caption}\n\n(Example Gazette)\n\n{p2}\n\n{p3}")) == [p1, p2, p3]
    clip = f"{p1}\n\nROE: Take a listen.\n\n(BEGIN VIDEO CLIP.)\n\n{p2}\n\n(END VIDEO CLIP.)\n\n{p3}"
    assert "(BEGIN VIDEO CLIP.)" in convert(clip).body and convert(clip).body.startswith(p1)
