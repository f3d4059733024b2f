"""TEI P5 writer: the article with its quotations marked up.

Speech is `<said who="#id" direct="true">`, quoted writing `<quote source="#id">`,
scare quotes `<soCalled>`, titles of works `<title>`; the people quoted or named
are in `teiHeader/profileDesc/particDesc` (`<person>`, `<personGrp>`, `<org>`),
so every pointer resolves inside the file. The marks stay inside the elements,
so the text content of `<body>` is the clean article text.
"""
from __future__ import annotations

from lxml import etree

from .. import __version__
from ..language import NAMES
from ..model import Article, Person, Quotation, leadin_length

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_T = "{%s}" % TEI_NS


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    e = etree.SubElement(parent, _T + tag)
    for k, v in attrs.items():
        if v is not None:
            e.set(k, v)
    if text is not None:
        e.text = text
    return e


def _person(parent, p: Person) -> None:
    xml_id = "{%s}id" % XML_NS
    if p.kind == "group":
        g = _el(parent, "personGrp")
        g.set(xml_id, p.id)
        _el(g, "name", p.name)
        return
    e = _el(parent, "person")
    e.set(xml_id, p.id)
    if p.kind == "anonymous":
        e.set("role", "anonymous")
        _el(e, "occupation", p.name)
        return
    pn = _el(e, "persName")
    if p.role:
        r = _el(pn, "roleName", p.role)
        r.tail = " " + p.name
    else:
        pn.text = p.name
    for d in p.descriptions:  # "a lawyer for the city": how the article describes them, as written
        _el(e, "occupation", d)


def _header(root, a: Article) -> None:
    h = _el(root, "teiHeader")
    fd = _el(h, "fileDesc")
    ts = _el(fd, "titleStmt")
    _el(ts, "title", a.headline or "Untitled article")
    ps = _el(fd, "publicationStmt")
    _el(ps, "p", f"Converted from scraped article text by newsmark {__version__}.")
    sd = _el(fd, "sourceDesc")
    bibl = _el(sd, "bibl")
    _el(bibl, "title", a.headline or "Untitled article")
    for name in a.authors:
        _el(bibl, "author", name)
    if a.publisher:
        _el(bibl, "publisher", a.publisher)
    if a.date_published:
        _el(bibl, "date", a.date_text or a.date_published, when=a.date_published)
    if a.url:
        _el(bibl, "ptr", target=a.url)
    pd = _el(h, "profileDesc")
    if a.language:
        lu = _el(pd, "langUsage")
        _el(lu, "language", NAMES.get(a.language, a.language), ident=a.language)
    persons = [p for p in a.people if p.kind != "organization"]
    orgs = [p for p in a.people if p.kind == "organization"]
    if persons or orgs:
        pdesc = _el(pd, "particDesc")
        if persons:
            lp = _el(pdesc, "listPerson")
            for p in persons:
                _person(lp, p)
        if orgs:
            lo = _el(pdesc, "listOrg")
            for o in orgs:
                org = _el(lo, "org")
                org.set("{%s}id" % XML_NS, o.id)
                _el(org, "orgName", o.name)


def _quote_el(parent, q: Quotation, text: str | None) -> etree._Element:
    ref = f"#{q.speaker_id}" if q.speaker_id else None
    if q.kind == "so-called":
        e = _el(parent, "soCalled")
    elif q.kind == "title":
        e = _el(parent, "title")
    elif q.kind == "writing":
        e = _el(parent, "quote", source=ref)
    else:
        e = _el(parent, "said", who=ref, direct="true" if q.direct else "false")
    e.text = text
    return e


def _nest(quotes: list[Quotation], n: int) -> list[tuple[Quotation, list]]:
    """Spans as a tree: a span inside another becomes its child; partial overlaps are dropped."""
    roots: list[tuple[Quotation, list]] = []
    stack: list[tuple[Quotation, list]] = []
    for q in sorted(quotes, key=lambda q: (q.local_start, -q.local_end)):
        if q.local_end > n or q.local_end <= q.local_start:
            continue
        while stack and stack[-1][0].local_end <= q.local_start:
            stack.pop()
        node = (q, [])
        if not stack:
            roots.append(node)
        elif q.local_end <= stack[-1][0].local_end:
            stack[-1][1].append(node)
        else:
            continue  # crosses its neighbour: TEI elements must nest
        stack.append(node)
    return roots


def _fill(el, text: str, lo: int, hi: int, nodes: list) -> None:
    """Put text[lo:hi] into `el`, with the child spans as elements."""
    pos, last = lo, None
    for q, kids in nodes:
        seg = text[pos:q.local_start]
        if last is None:
            el.text = (el.text or "") + seg
        else:
            last.tail = seg
        last = _quote_el(el, q, None)
        _fill(last, text, q.local_start, q.local_end, kids)
        pos = q.local_end
    if last is None:
        el.text = (el.text or "") + text[pos:hi]
    else:
        last.tail = text[pos:hi]


def _leadin_length(a: Article, quotes: list[Quotation]) -> int:
    """How much of the first paragraph is its lead-in (and the space after it); 0 when it has none
    or a quotation starts inside it."""
    if not a.paragraphs:
        return 0
    n = leadin_length(a.paragraphs[0].text, a.leadin)
    return 0 if n >= len(a.paragraphs[0].text) or any(q.local_start < n for q in quotes) else n


def _dateline(div, leadin: str, place: str | None, publisher: str | None) -> None:
    """The lead-in as written, in a <dateline>, with its place and its credit marked."""
    dl = _el(div, "dateline")
    marks = sorted((i, i + len(w), tag) for w, tag in ((place, "placeName"), (publisher, "orgName"))
                   if w and (i := leadin.find(w)) >= 0)
    pos, last = 0, None
    for a, b, tag in marks:
        if a < pos:
            continue
        if last is None:
            dl.text = leadin[pos:a]
        else:
            last.tail = leadin[pos:a]
        last, pos = _el(dl, tag, leadin[a:b]), b
    if last is None:
        dl.text = leadin[pos:]
    else:
        last.tail = leadin[pos:]


def to_tei(article: Article) -> bytes:
    """The article as a TEI P5 document (UTF-8 bytes with an XML declaration)."""
    a = article
    root = etree.Element(_T + "TEI", nsmap={None: TEI_NS})
    if a.language:
        root.set("{%s}lang" % XML_NS, a.language)
    _header(root, a)
    text = _el(root, "text")
    body = _el(text, "body")
    div = _el(body, "div", type="article")
    if a.headline:
        _el(div, "head", a.headline)
    by_para: dict[int, list[Quotation]] = {}
    for q in a.quotations:
        by_para.setdefault(q.paragraph, []).append(q)
    skip = _leadin_length(a, by_para.get(0, []))
    if skip:
        _dateline(div, a.paragraphs[0].text[:skip].rstrip(), a.dateline, a.publisher)
    elif a.dateline:
        _el(_el(div, "dateline"), "placeName", a.dateline)
    for i, para in enumerate(a.paragraphs):
        p = _el(div, "p")
        lo = skip if i == 0 else 0
        _fill(p, para.text, lo, len(para.text), _nest(by_para.get(i, []), len(para.text)))
    if not a.paragraphs:
        _el(div, "p")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
