import json

import pytest

from converter import to_jsonld, to_tei
from converter.validation import parse_xml, validate_bytes, validate_jsonld, validate_tei

from .conftest import ORACLES, articles


def layers(findings):
    return {f.layer for f in findings if f.level == "error"}


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.name)
def test_our_outputs_have_no_findings(path):
    from converter import convert_bytes

    art = convert_bytes(path.read_bytes())
    assert validate_jsonld(to_jsonld(art)) == []
    tree, found = parse_xml(to_tei(art), "x")
    assert found == [] and validate_tei(tree) == []


def test_json_strictness_with_line_numbers():
    f = validate_bytes(b'{\n "@context": "https://schema.org",\n "@type": "NewsArticle",\n "@type": "x"}', "a.json")
    assert layers(f) == {"json"} and f[0].line == 4 and "duplicate" in f[0].message
    assert "NaN" in validate_bytes(b'{"wordCount": NaN}', "b.json")[0].message
    deep = b"[" * 10000 + b"]" * 10000
    assert layers(validate_bytes(deep, "c.json")) == {"json"}


def test_schema_and_vocabulary_layers():
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "articleBody": "y",
           "datePublished": "January 20, 2025", "headLine": "typo"}
    text = json.dumps(doc, indent=1)
    f = validate_jsonld(doc, "d.json", text)
    assert "schema" in layers(f) and "vocabulary" in layers(f)
    typo = [x for x in f if "headLine" in x.message][0]
    assert "did you mean 'headline'" in typo.message and typo.line == 7


def test_xml_is_parsed_safely(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>&x;</TEI>').encode()
    f = validate_bytes(xxe, "xxe.xml")
    assert f and all("TOPSECRET" not in x.message for x in f)
    lol = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10) for i in range(8)) + b']><l>&i;</l>'
    assert layers(validate_bytes(lol, "lol.xml")) & {"xml", "schema"}


EXPECT = {  # oracle example -> layer our profile reports it in
    "gap_who_dangling.xml": "rules", "inv_bad_date.xml": "schema", "inv_direct_yes.xml": "schema",
    "inv_dup_id.xml": "xml", "inv_empty_titleStmt.xml": "schema", "inv_no_teiHeader.xml": "schema",
    "inv_quote_who.xml": "schema", "inv_roleName_in_person.xml": "schema", "inv_said_in_header.xml": "schema",
    "inv_socalled_who.xml": "schema", "inv_text_in_body.xml": "schema", "inv_unknown_elem.xml": "schema",
    "inv_wrong_ns.xml": "schema", "gap_subtype_without_type.xml": "schema",
    "bad_author_text.jsonld": "vocabulary", "bad_boolean.jsonld": "schema", "bad_datatype_as_type.jsonld": "vocabulary",
    "bad_date.jsonld": "schema", "bad_domain.jsonld": "vocabulary", "bad_duplicate_key.jsonld": "json",
    "bad_embedded_breakout.html": "json", "bad_embedded_comment.html": "embed", "bad_nan.jsonld": "json",
    "bad_no_context.jsonld": "schema", "bad_null.jsonld": "vocabulary", "bad_range_node.jsonld": "vocabulary",
    "bad_retired.jsonld": "vocabulary", "bad_unknown_property.jsonld": "vocabulary", "bad_unknown_type.jsonld": "vocabulary",
    "bad_url.jsonld": "schema", "bad_wordcount.jsonld": "vocabulary",
}


def _examples():
    for sub in ("tei", "schemaorg"):
        d = ORACLES / sub / "examples"
        if d.exists():
            yield from sorted(d.iterdir())


@pytest.mark.parametrize("path", list(_examples()) or [None], ids=lambda p: p.name if p else "absent")
def test_oracle_examples_land_in_the_right_layer(path):
    if path is None:
        pytest.skip("../shared/oracles is absent")
    f = validate_bytes(path.read_bytes(), str(path))
    if path.name.startswith(("valid", "good", "warn")):
        assert not layers(f), [str(x) for x in f]
    elif path.name == "bad_google_author.jsonld":
        pytest.skip("Google's author guidance is advice, not a schema.org or schema rule")
    else:
        assert EXPECT[path.name] in layers(f), [str(x) for x in f]
        assert all(x.line >= 1 for x in f)


# The fast paths must answer exactly as the declarative schemas do.

def _tei_mutations():
    from lxml import etree

    from .conftest import GOLDEN

    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    for path in sorted(GOLDEN.glob("*.tei.xml")):
        base = etree.parse(str(path))
        yield base
        for xp, change in (
            ("//t:person", lambda e: e.attrib.pop("{http://www.w3.org/XML/1998/namespace}id")),
            ("//t:said[@who]", lambda e: e.set("who", "vladimir-putin")),
            ("//t:said[@who]", lambda e: e.set("who", "#no-such-person")),
            ("//t:said", lambda e: [e.remove(c) for c in list(e)] and None or setattr(e, "text", " ")),
            ("//t:titleStmt/t:title", lambda e: setattr(e, "text", "")),
            ("//t:quote", lambda e: e.set("source", "#nowhere")),
            ("//t:p", lambda e: etree.SubElement(e, "{http://www.tei-c.org/ns/1.0}persName", ref="#ghost")),
            ("//t:p", lambda e: etree.SubElement(e, "{http://www.tei-c.org/ns/1.0}persName", ref="http://x.org/a")),
            ("//t:said[@who]", lambda e: e.set("who", e.get("who") + " #no-such-person")),
            ("//t:said[@who]", lambda e: e.set("who", " " + e.get("who") + " ")),
            ("//t:titleStmt", lambda e: e.insert(0, etree.Element("{http://www.tei-c.org/ns/1.0}title"))),
            ("//t:teiHeader", lambda e: e.insert(0, etree.Element("{http://www.tei-c.org/ns/1.0}note"))),
        ):
            doc = etree.fromstring(etree.tostring(base))
            hits = doc.xpath(xp, namespaces=ns)
            if hits:
                change(hits[0])
                yield doc.getroottree()


def test_fast_tei_rules_agree_with_the_schematron():
    from converter.validation import _rules_hold, _schematron

    from lxml import etree

    n = 0
    for doc in _tei_mutations():
        expected = bool(_schematron(None).validate(doc))
        assert _rules_hold(doc.getroot()) == expected
        root, ids = etree.XMLDTDID(etree.tostring(doc))  # as `validate` parses: the parser's id table
        assert _rules_hold(root, ids) == expected
        n += 1
    assert n > 40


def test_fast_json_schema_check_agrees_with_jsonschema():
    import copy

    from converter.validation import _fast_check, _json_validator

    from .conftest import GOLDEN

    fast, slow = _fast_check(None), _json_validator(None)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.jsonld"))]
    for d in list(docs):
        for key, bad in (("datePublished", "20 Jan"), ("@context", "http://example.org"), ("wordCount", -1),
                         ("author", [{"@type": "Person"}]), ("publisher", {"@type": "Person", "name": "x"}),
                         ("hasPart", [{"@type": "Quotation", "text": ""}]), ("inLanguage", "english!"),
                         ("headline", ""), ("url", "not a url"), ("wordCount", True)):
            m = copy.deepcopy(d)
            m[key] = bad
            docs.append(m)
    for d in docs:
        assert fast(d) == slow.is_valid(d), d
