import json

from lxml import etree

from converter import convert, dumps_jsonld, to_html, to_jsonld, to_tei, to_text
from converter.writers.tei import TEI_NS

NS = {"t": TEI_NS}


def test_jsonld_shape_and_key_order(seed_article):
    d = to_jsonld(seed_article)
    assert list(d)[:4] == ["@context", "@type", "headline", "description"]
    assert d["@context"] == "https://schema.org" and d["@type"] == "NewsArticle"
    assert d["datePublished"] == "2025-01-20" and d["inLanguage"] == "en"
    assert d["publisher"] == {"@type": "Organization", "name": "Washington Examiner"}
    assert d["wordCount"] == len(d["articleBody"].split()) or d["wordCount"] > 500
    names = {m["name"] for m in d["mentions"]}
    assert {"Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Keith Kellogg"} <= names
    creators = [p["creator"]["name"] for p in d["hasPart"]]
    assert creators.count("Vladimir Putin") == 5


def test_serialised_jsonld_is_safe_inside_a_script_block():
    art = convert("The reader wrote </script><script>alert(1)</script> <!-- and \u2028 into the comment box, "
                  "which the site printed as part of the article text.")
    s = dumps_jsonld(to_jsonld(art))
    assert "<" not in s and ">" not in s and "\u2028" not in s
    assert json.loads(s) == to_jsonld(art)


def test_html_writer_embeds_the_same_jsonld():
    art = convert("The council voted on Monday to keep the library open until nine in the evening every day.")
    page = to_html(art)
    block = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(block) == to_jsonld(art)


def test_tei_structure_and_pointers(seed_article):
    root = etree.fromstring(to_tei(seed_article))
    assert root.tag == f"{{{TEI_NS}}}TEI"
    ids = set(root.xpath("//@xml:id"))
    whos = [w.lstrip("#") for w in root.xpath("//t:said/@who", namespaces=NS)]
    assert whos and set(whos) <= ids
    assert root.xpath("string(//t:soCalled)", namespaces=NS) == "\u201cspecial military operation\u201d"
    assert root.xpath("string(//t:quote/@source)", namespaces=NS) == "#nato"
    groups = set(root.xpath("//t:listPerson/t:personGrp/t:name/text()", namespaces=NS))
    assert {"many Biden administration officials", "Russian leaders"} <= groups
    body_text = "".join(root.xpath("//t:body//t:p//text()", namespaces=NS))
    assert body_text.replace("\n", "") == seed_article.body.replace("\n", "")


def test_tei_sets_the_leadin_apart_as_a_dateline_and_loses_no_text():
    text = ('HARBOR CITY, Maine (Reuters) - "We looked at every option," Chief Executive Dana Whitlock said on '
            "Tuesday, announcing that the mill would close in June.\n\nThe mill employs about 400 people.")
    art = convert(text)
    root = etree.fromstring(to_tei(art))
    dl = root.xpath("//t:body/t:div/t:dateline", namespaces=NS)[0]
    assert etree.tostring(dl, encoding=str, with_tail=False).split(">", 1)[1] == (
        '<placeName>HARBOR CITY, Maine</placeName> (<orgName>Reuters</orgName>) -</dateline>')
    first = root.xpath("string(//t:body//t:p[1])", namespaces=NS)
    assert first.startswith('"We looked at every option,"')  # not repeated in the paragraph
    assert root.xpath("string(//t:said[1]/@who)", namespaces=NS) == "#dana-whitlock"
    assert f"{dl.xpath('string()')} {first}" == art.paragraphs[0].text
    q = art.quotations[0]  # offsets still index the paragraph and the input, lead-in included
    assert art.paragraphs[0].text[q.local_start:q.local_end] == '"We looked at every option,"'
    assert (text[q.start:q.end], text[q.speaker_start:q.speaker_end]) == ("We looked at every option",
                                                                          "Chief Executive Dana Whitlock")


def test_text_writer():
    art = convert("First paragraph of the story with enough words to count as prose.\n\nSecond paragraph of "
                  "the story, which also has enough words to be kept.")
    assert to_text(art) == art.body + "\n" and "\n\n" in to_text(art)


def test_appositives_reach_both_writers():
    a = convert("Appeal filed.\n\n“We will appeal,” said Maria Diaz, a lawyer for the city.\n")
    person = next(m for m in to_jsonld(a)["mentions"] if m["name"] == "Maria Diaz")
    assert person["description"] == "a lawyer for the city"
    tei = etree.fromstring(to_tei(a))
    occ = tei.xpath("//t:person[t:persName='Maria Diaz']/t:occupation/text()", namespaces=NS)
    assert occ == ["a lawyer for the city"]
