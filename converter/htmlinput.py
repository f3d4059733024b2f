"""Stage 1b, HTML input: a page's blocks as lines, with the DOM's signals for the classifier.

Each block-level element's own text becomes one line; alongside it we keep
the tag name, the share of link text, whether it sits inside the page's main
content (`<article>`, `<main>`, content-like class/id names) or in furniture
(`<nav>`, `<footer>`, `<aside>`, share/related/comment class names). The page's
meta tags (title, dates, author, site name, language) become hints that the
metadata stage uses only where the text says nothing.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from lxml import etree

from .lazyre import lazy_re

BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5",
         "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
         "figure", "figcaption", "caption", "address", "form", "fieldset", "br", "hr", "body", "details", "summary",
         "center", "noscript"}
DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select", "option", "input",
        "textarea", "object", "embed", "canvas", "video", "audio", "map", "title", "meta", "link"}
_MAIN = lazy_re(r"(?:^|[\s_-])(?:article|story|post|entry|content|body|main|text)(?:[\s_-]|body|text|content|$)", re.I)
_FURNITURE = lazy_re(
    r"(?<![^\s_-])(nav|navbar|menu|footer|sidebar|side|aside|related|recommend\w*|share|sharing|social|comment\w*|"
    r"newsletter|subscribe|promo|advert\w*|ads?|sponsor\w*|breadcrumbs?|caption|credit|tags?|byline|author|meta|"
    r"widget|popup|modal|cookie\w*|banner|masthead|header|toolbar|trending|popular|more|teaser|signup|outbrain|"
    r"taboola|footnote|disclaimer|copyright|print|login|paywall|skip)(?![^\s_-])", re.I)
_WEAK_FURNITURE = {"more", "header", "meta", "side", "modal", "print", "masthead", "skip", "toolbar"}
# furniture that points to other stories: a prose block inside it is another story's teaser, never the article's
_PROMOTION = lazy_re(r"^(?:promo|related|recommend\w*|teaser|outbrain|taboola|trending|popular)$")
_XML_DECL = lazy_re(r"^\s*<\?xml[^>]*\?>", re.I)
_WS = lazy_re(r"\s+")


_HIDDEN_STYLE = lazy_re(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden_attrs(attrs: dict) -> bool:
    """Not rendered: the `hidden` attribute or an inline display:none (microdata copies, ad slots)."""
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


_CAMEL = lazy_re(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=4096)
def _class_signals(c: str) -> tuple[bool, bool, bool]:
    """(main content?, furniture?, promotion of other stories?) from class/id/role/itemprop names; cached,
    pages reuse them."""
    if not c.strip():
        return False, False, False
    c = _CAMEL.sub(" ", c)  # "PromoSmall-wrapper", "shareButtons": the words of camel-case names
    furn = [m.group(1).lower() for m in _FURNITURE.finditer(c)]
    main = "articlebody" in c.lower() or bool(_MAIN.search(c))
    if main and furn and all(f in _WEAK_FURNITURE for f in furn):
        return True, False, False  # "entry-content entry-content-read-more", "article-header": content
    return (main and not furn), bool(furn), any(_PROMOTION.match(f) for f in furn)


def _meta(doc) -> dict:
    """Hints from meta tags, <h1>/<title>, <time> and JSON-LD, read in one pass over those elements
    (one XPath per candidate walked the whole page twenty times)."""
    hints: dict = {}
    metas: dict[tuple[str, str], list[str]] = {}  # ("property", "og:title") -> content values, in page order
    texts: dict[str, list[str]] = {"h1": [], "title": [], "time": [], "ld": []}
    for el in doc.iter("meta", "h1", "title", "time", "script"):
        tag = el.tag
        if tag == "meta":
            content = el.get("content")
            if content is not None:
                for attr in ("property", "name", "itemprop"):
                    key = el.get(attr)
                    if key is not None:
                        metas.setdefault((attr, key), []).append(content)
        elif tag == "time":
            dt = el.get("datetime")
            if dt is not None:
                texts["time"].append(dt)
        elif tag == "script":
            if el.get("type") == "application/ld+json" and el.text is not None:
                texts["ld"].append(el.text)
        else:
            texts[tag].extend(el.itertext())

    def clean(values) -> str | None:
        for x in values:
            v = _WS.sub(" ", str(x)).strip()
            if v:
                return v
        return None

    def first(*keys: str) -> str | None:
        """The first non-blank value of the first key that has one: 'property=og:title', 'h1', ..."""
        for k in keys:
            attr, eq, name = k.partition("=")
            got = clean(metas.get((attr, name), ()) if eq else texts.get(k, ()))
            if got:
                return got
        return None

    hints["headline"] = first("property=og:title", "name=twitter:title", "h1", "title")
    hints["date"] = first("property=article:published_time", "name=date", "itemprop=datePublished", "time",
                          "name=pubdate", "name=publish-date")
    author = first("name=author", "property=article:author")
    hints["authors"] = [author] if author and not author.startswith("http") else []
    hints["publisher"] = first("property=og:site_name")
    hints["modified"] = first("property=article:modified_time", "itemprop=dateModified")
    image = first("property=og:image", "name=twitter:image")
    hints["image"] = image if image and re.match(r"https?://\S+$", image) else None
    if hints.get("headline") and hints.get("publisher"):  # "Title | Site" in <title>
        hints["headline"] = re.sub(r"\s+[|\-–—:]\s+" + re.escape(hints["publisher"]) + r"\s*$", "", hints["headline"])
    hints["description"] = first("name=description", "property=og:description")
    lang = clean([doc.get("lang") or ""]) if doc.tag == "html" else None
    hints["lang"] = lang.split("-")[0].lower() if lang and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_]\w+)?", lang) else None
    # the page's meta tags name the author: the JSON-LD's authors replace that name only when they include it
    # (then they are the whole byline; naming others, they may be another story's)
    meta_authors = bool(hints["authors"])
    ld_authors: list[str] = []
    for s in texts["ld"]:
        try:
            data = json.loads(s)
        except ValueError:
            continue
        for node in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if not isinstance(node, dict) or "Article" not in str(node.get("@type", "")):
                continue
            for key, field in (("date", "datePublished"), ("modified", "dateModified"), ("headline", "headline")):
                value = node.get(field)
                hints[key] = hints[key] or (value.strip() if isinstance(value, str) and value.strip() else None)
            a = node.get("author")
            for x in a if isinstance(a, list) else [a]:
                if not (isinstance(x, dict) and isinstance(x.get("name"), str)):
                    continue
                if "Organization" in str(x.get("@type")):
                    hints["publisher"] = hints["publisher"] or x["name"]  # an outlet as author: the publisher
                elif x["name"] not in ld_authors:
                    ld_authors.append(x["name"])  # every author of the article, in order
            p = node.get("publisher")
            if isinstance(p, dict) and isinstance(p.get("name"), str):
                hints["publisher"] = hints["publisher"] or p["name"]
    if not meta_authors or (len(ld_authors) > 1 and hints["authors"][0] in ld_authors):
        hints["authors"] = ld_authors or hints["authors"]
    return {k: v for k, v in hints.items() if v}


def _parse(html: str):
    """lxml's HTML parser, then BeautifulSoup's forgiving one; None when neither yields a document."""
    try:
        doc = etree.fromstring(html, _html_parser())
        if doc is not None:
            return doc
    except (etree.ParserError, ValueError, RecursionError):
        pass
    try:
        import warnings

        from bs4 import BeautifulSoup  # lazy: only for pages lxml refuses

        with warnings.catch_warnings():  # bs4 warns about XHTML on stderr; we read it as HTML on purpose
            warnings.simplefilter("ignore")
            soup = BeautifulSoup(html, "html.parser")
        return etree.fromstring(str(soup), _html_parser())
    except (etree.ParserError, ValueError, RecursionError):
        return None


@lru_cache(maxsize=1)
def _html_parser():
    """libxml2's HTML parser with plain elements (lxml.html's element classes are chosen by a Python
    callback for every node the walk touches) and no comments or processing instructions: iterwalk
    would skip them and lose the text that follows them ("his doctor<!-- --> assumed he had")."""
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


_TAG = lazy_re(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)


def _strip_tags(html: str) -> str:
    """Last resort for pages no parser reads (or nests too deeply): tags out, one block per line."""
    import html as htmllib

    text = htmllib.unescape(_TAG.sub("\n", html))
    return "\n\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


CARD_SHARE = 1 / 3  # an <article> beside one at least three times its text is another story's card


def _story_cards(doc) -> set:
    """The <article> elements of a page that are other stories' cards: when one article holds far more text
    than any other (the story, then a rail of "more stories" each in its own <article>), the others are not
    the page's main content. Pages of like-sized articles (a live blog, an index) are left as they are."""
    tops = [a for a in doc.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    if len(tops) < 2:
        return set()
    sizes = sorted(((sum(map(len, a.itertext())), i) for i, a in enumerate(tops)), reverse=True)
    if sizes[1][0] > CARD_SHARE * sizes[0][0]:
        return set()
    return {a for i, a in enumerate(tops) if i != sizes[0][1]}


def html_to_blocks(html: str) -> tuple[str, list[dict], dict]:
    """Page → (text with one block per line, per-block DOM signals, meta hints)."""
    html = _XML_DECL.sub("", html, count=1)
    doc = _parse(html)
    if doc is None:
        return _strip_tags(html), [], {}
    hints = _meta(doc)
    blocks: list[str] = []
    dom: list[dict] = []
    buf: list[str] = []
    link_chars = [0]
    ctx = {"main": 0, "furn": 0, "link": 0, "drop": 0, "promo": 0}
    tags: list[str] = []

    def flush() -> None:
        if not buf:  # (most block boundaries: nothing since the last one)
            link_chars[0] = 0
            return
        text = _WS.sub(" ", "".join(buf)).strip()
        buf.clear()
        lc = link_chars[0]
        link_chars[0] = 0
        if not text:
            return
        blocks.append(text)
        dom.append({"tag": tags[-1] if tags else "body", "link_density": min(1.0, lc / max(len(text), 1)),
                    "in_main": ctx["main"] > 0, "furniture": ctx["furn"] > 0, "promotion": ctx["promo"] > 0})

    def add(s: str | None) -> None:
        if s and not ctx["drop"]:
            buf.append(s)
            if ctx["link"]:
                link_chars[0] += len(s.strip())

    cards = _story_cards(doc)
    stack: list[tuple] = []  # the flags of each open element (iterwalk's events nest)
    walk = etree.iterwalk(doc, events=("start", "end"))
    for event, el in walk:
        if event == "start":
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            flags: tuple = ()
            attrs = dict(el.items()) if tag else {}  # one call for every attribute read below
            if tag in DROP or not tag or _hidden_attrs(attrs):
                ctx["drop"] += 1
                flags = ("drop",)
                walk.skip_subtree()  # nothing inside is read (its end event still comes)
            else:
                cls = attrs and f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('role') or ''} " \
                                f"{attrs.get('itemprop') or ''}"
                if "-" in tag:  # a custom element names what it is: <ps-promo>, <share-bar>
                    cls = f"{cls or ''} {tag}"
                is_main, is_furn, is_promo = _class_signals(cls) if cls else (False, False, False)
                if is_promo:
                    ctx["promo"] += 1
                    flags += ("promo",)
                if tag == "blockquote" and ctx["main"] and not is_furn:
                    is_main = True  # quoted material (an embedded post) inside the article is content
                card = tag == "article" and el in cards
                if (tag in ("article", "main") or is_main) and not card:
                    ctx["main"] += 1
                    flags += ("main",)
                if tag in ("nav", "footer", "aside", "form", "figcaption") or (tag == "header" and not ctx["main"]) or \
                        (is_furn and not tag.startswith("h")) or card:
                    ctx["furn"] += 1
                    flags += ("furn",)
                elif is_main and ctx["furn"]:
                    # the nearest signal wins: article content inside a wrapper whose class merely
                    # mentions "sidebar" or "header" is content, not furniture
                    flags += (("unfurn", ctx["furn"]),)
                    ctx["furn"] = 0
                if tag == "a":
                    ctx["link"] += 1
                    flags += ("link",)
                if tag in BLOCK:
                    flush()
                    tags.append(tag)
                    flags += ("block",)
                if not ctx["drop"]:
                    add(el.text)
            stack.append(flags)
        else:
            flags = stack.pop()
            if "block" in flags:
                flush()
                tags.pop()
            for f in flags:
                if f == "drop":
                    ctx["drop"] -= 1
                elif f == "main":
                    ctx["main"] -= 1
                elif f == "furn":
                    ctx["furn"] -= 1
                elif f == "link":
                    ctx["link"] -= 1
                elif f == "promo":
                    ctx["promo"] -= 1
                elif isinstance(f, tuple):
                    ctx["furn"] = f[1]
            add(el.tail)
    flush()
    if not blocks and len(html) > 200:  # libxml2 gives up on very deep nesting: read the text anyway
        return _strip_tags(html), [], hints
    return "\n\n".join(blocks), dom, hints
