import pytest

from converter.htmlinput import html_to_blocks

PAGE = """<html lang="en-GB"><head><title>Bridge reopens | Town Paper</title>
<meta property="og:site_name" content="Town Paper">
<meta property="og:image" content="https://example.org/bridge.jpg">
<meta property="article:published_time" content="2019-11-08T16:15:00-05:00">
<script>var x = "not text";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge reopens</h1><p>Drivers crossed the <a href="/b">bridge</a> on Friday.</p>
<figure><figcaption>The bridge at sunrise.</figcaption></figure></article>
<footer>All rights reserved.</footer></body></html>"""


def test_blocks_and_dom_signals():
    text, dom, hints = html_to_blocks(PAGE)
    blocks = text.split("\n\n")
    assert "not text" not in text
    assert blocks == ["Home News", "Bridge reopens", "Drivers crossed the bridge on Friday.", "The bridge at sunrise.",
                      "All rights reserved."]
    by_text = dict(zip(blocks, dom, strict=True))
    assert by_text["Home News"]["furniture"] and by_text["Home News"]["link_density"] > 0.8
    assert by_text["Drivers crossed the bridge on Friday."]["in_main"]
    assert by_text["The bridge at sunrise."]["tag"] == "figcaption"
    assert by_text["All rights reserved."]["furniture"]


def test_meta_hints():
    _, _, hints = html_to_blocks(PAGE)
    assert hints["headline"] == "Bridge reopens" and hints["publisher"] == "Town Paper"
    assert hints["lang"] == "en" and hints["image"] == "https://example.org/bridge.jpg"
    assert hints["date"].startswith("2019-11-08")


def test_an_organisation_as_the_json_ld_author_is_the_publisher():
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
            '"Organization", "name": "Example Wire"}}</script></head><body><p>Drivers crossed the bridge.</p></body></html>')
    _, _, hints = html_to_blocks(page)
    assert (hints.get("authors"), hints.get("publisher")) == (None, "Example Wire")
    person = page.replace('"Organization"', '"Person"').replace("Example Wire", "Jane Roe")
    _, _, hints = html_to_blocks(person)
    assert (hints.get("authors"), hints.get("publisher")) == (["Jane Roe"], None)


STORY = ["The council voted on Monday to keep the library open until nine in the evening, after a long campaign.",
         "Members said the cost was small compared with the benefit to the town and its many young students.",
         "The new hours begin next month, and the library will hire two more part-time staff for the evenings.",
         "Parents had collected more than two thousand signatures over the summer, the organisers said.",
         "The library's director said she was delighted and thanked the students who had spoken at the meeting."]


def test_other_stories_cards_each_in_an_article_beside_the_story_are_not_main_content():
    from converter import convert

    cards = "".join(f"<article class='item'><h2><a href='#'>Other story number {i} about the town council</a></h2>"
                    f"<p>A short teaser for the other story number {i}, which readers may like.</p></article>"
                    for i in range(4))
    page = f"<html><body><article><h1>Library hours</h1>{''.join(f'<p>{p}</p>' for p in STORY)}</article>{cards}</body></html>"
    assert [p.text for p in convert(page).paragraphs] == STORY
    live = "<html><body>" + "".join(f"<article><p>{p}</p></article>" for p in STORY) + "</body></html>"
    assert [p.text for p in convert(live).paragraphs] == STORY  # like-sized articles (a live blog) all stay


def test_pages_no_parser_reads_still_give_text():
    deep = "<html><body>" + "<div>" * 3000 + "<p>Deep text here.</p>" + "</div>" * 3000 + "</body></html>"
    text, _, _ = html_to_blocks(deep)
    assert "Deep text here." in text


def test_text_after_a_comment_is_kept_and_hidden_elements_are_not_text():
    page = ("<html><body><article><p>At first, his doctor<!-- --> assumed it was a cold<!-- -->. It was not.</p>"
            '<div style="display: none" itemscope><div itemprop="name">Example Publisher Ltd</div></div>'
            '<p hidden>Hidden teaser</p><p>Then <span>came</span><?pi x?> the tests.</p></article></body></html>')
    text, _, _ = html_to_blocks(page)
    assert text.split("\n\n") == ["At first, his doctor assumed it was a cold. It was not.", "Then came the tests."]


def test_an_unclosed_title_that_swallows_the_page_is_no_headline():
    from converter import convert, to_jsonld
    from converter.validation import validate_jsonld
    # found by the property test with more examples: the whole page became the <title>
    html = ("<title>" + "<html>" * 9 + "<div class='article-body'>" * 2 + "<script>x</script>The council voted on "
            "Monday.<meta property='og:title' content='T'>" + "<?xml version='1.0' encoding='UTF-8'?>" * 3)
    art = convert(html)
    assert "<" not in (art.headline or "")
    assert not [f for f in validate_jsonld(to_jsonld(art)) if f.level == "error"]


def test_markup_the_fallback_parser_reads_gives_no_warning(recwarn):
    from converter.htmlinput import _parse
    _parse("<?xml version='1.0' encoding='UTF-8'?><p>The council voted on Monday.</p>")  # lxml refuses it
    assert not [w for w in recwarn if "XML" in str(w.message)]  # bs4's XMLParsedAsHTMLWarning reached stderr


def test_a_promotion_card_inside_the_article_is_not_its_text():
    # a teaser card between paragraphs ("PromoSmall", <ps-promo>): its description reads as prose but is another
    # story's; camel-case class names and custom element names are read word by word
    from converter import convert_bytes

    para = ("The council voted on Monday to approve the new budget after a long debate that lasted late into the "
            "night, members said, and the mayor signed it the next morning.")
    teaser = "Freelance writers fear the new state law on gig workers will make it impossible for them to find work."
    for card in (f'<div class="PromoSmall-wrapper"><a href="/x">Column: Freelancers fear the law</a>'
                 f'<div class="PromoSmall-description">{teaser}</div></div>',
                 f'<ps-promo><a href="/x">Column: Freelancers fear the law</a><div>{teaser}</div></ps-promo>'):
        page = f"<html><body><article><p>{para}</p>{card}<p>{para.replace('council', 'board')}</p></article></body></html>"
        art = convert_bytes(page.encode())
        assert teaser not in art.body and para in art.body and para.replace("council", "board") in art.body


def test_a_pages_json_ld_gives_every_author_its_headline_and_a_later_modification():
    from converter import convert_bytes

    paras = "".join(f"<p>{t}</p>" for t in [
        "The city council voted on Monday to approve a new budget that raises spending on roads and schools by "
        "nearly ten percent over last year.",
        "Council members argued for hours over the plan, which also cuts funding for the parks department."])

    def page(modified: str) -> bytes:
        ld = ('{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle",'
              '"headline":"Council passes budget","datePublished":"2019-03-05T10:00:00-05:00",'
              f'"dateModified":"{modified}","author":[{{"@type":"Person","name":"Jane Doe"}},'
              '{"@type":"Person","name":"John Roe"}]}]}')
        return (f'<html><head><script type="application/ld+json">{ld}</script></head>'
                f"<body><article>{paras}</article></body></html>").encode()

    art = convert_bytes(page("2019-03-06T09:00:00-05:00"))
    assert (art.headline, art.authors) == ("Council passes budget", ["Jane Doe", "John Roe"])
    assert (art.date_published, art.date_modified) == ("2019-03-05T10:00:00-05:00", "2019-03-06T09:00:00-05:00")
    assert convert_bytes(page("2019-03-05T15:00:00Z")).date_modified is None  # the same instant: nothing modified
    # a meta author tag naming one of the JSON-LD's authors: the JSON-LD's list is the whole byline; naming
    # someone else, the meta tag stands alone
    for meta, authors in (("Jane Doe", ["Jane Doe", "John Roe"]), ("Ann Lee", ["Ann Lee"])):
        tagged = page("2019-03-06T09:00:00-05:00").replace(b"<head>", f'<head><meta name="author" content="{meta}">'
                                                           .encode())
        assert convert_bytes(tagged).authors == authors


def test_a_declared_description_that_is_the_whole_story_is_cut_to_its_first_sentences():
    from converter import convert

    story = " ".join(f"The council met for the {n} time on Monday to debate the new budget for the city." for n in
                     ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"))
    html = (f'<html><head><meta property="og:description" content="{story}"><title>Budget</title></head>'
            f"<body><article><h1>Budget</h1><p>{story}</p><p>{story}</p></article></body></html>")
    a = convert(html)
    assert a.description.startswith("The council met for the first time") and len(a.description) <= 300


def test_the_pages_declared_instant_refines_a_day_the_text_gives():
    from converter import convert

    body = "".join(f"<p>Drivers crossed the bridge on Friday for the {n} time since the repairs began in the spring.</p>"
                   for n in ("first", "second", "third"))
    page = PAGE.replace("<article><h1>Bridge reopens</h1>", f"<article><h1>Bridge reopens</h1><p>Nov 8, 2019</p>{body}")
    assert convert(page).date_published == "2019-11-08T16:15:00-05:00"  # the same day, with its time
    other = page.replace("Nov 8, 2019", "Nov 7, 2019")
    assert convert(other).date_published == "2019-11-07"  # another day: the text's own stays


def _page(site: str, footer: str, lead: str = "") -> str:
    paras = "".join(f"<p>{lead if i == 0 else ''}{s}</p>" for i, s in enumerate(STORY))
    return (f'<html><head><title>Library hours extended</title><meta property="og:site_name" content="{site}"></head>'
            f"<body><article><h1>Library hours extended</h1>{paras}</article><footer><p>{footer}</p></footer></body></html>")


@pytest.mark.parametrize("site,footer,lead,publisher", [
    ("Town Paper", "© 2025 Example Media Group Inc. All rights reserved.", "", "Town Paper"),  # not the owner
    ("Town Paper", "© 2025 Example Media Group Inc. All rights reserved.", "SPRINGFIELD (AP) — ", "AP"),  # the wire
    ("https://www.townpaper.example", "© 2025 Example Media Group Inc.", "", "Example Media Group Inc"),  # no name
    ("Expert advice for gardeners", "© 2025 Example Media Group Inc.", "", "Example Media Group Inc"),  # a tagline
])
def test_the_pages_own_site_name_beats_the_owner_its_footer_names(site, footer, lead, publisher):
    from converter import convert_bytes
    assert convert_bytes(_page(site, footer, lead).encode()).publisher == publisher


def test_a_list_of_links_under_more_between_the_lead_and_the_rest_does_not_cut_the_lead_off():
    from converter import convert_bytes
    lead = ["Two soldiers were killed when their helicopter crashed on Wednesday, the military said in a statement.",
            '"The cause of the crash is under investigation," the statement said, giving no further details.']
    links = "".join(f'<p><a href="/s{i}">{t}</a></p>' for i, t in enumerate(
        ["Village elders see talks as the only hope", "Young people must be heard, envoy says",
         "Neighbours invite both sides to two-day talks"]))
    paras = "".join(f"<p>{s}</p>" for s in lead) + "<p>More:</p>" + links + "".join(f"<p>{s}</p>" for s in STORY)
    art = convert_bytes(f"<html><body><article><h1>Helicopter crash kills two</h1>{paras}</article></body></html>".encode())
    assert art.body.split("\n\n") == lead + STORY
