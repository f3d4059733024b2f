"""schema.org NewsArticle JSON-LD writer.

Key order is fixed so outputs diff cleanly; the serialised form escapes `<`,
`>`, `&`, U+2028 and U+2029 as JSON escapes, so the same text can be pasted
into an HTML `<script type="application/ld+json">` block unchanged (WHATWG
"restrictions for contents of script elements"; JSON-LD 1.1 §7.2).
"""
from __future__ import annotations

import json
import re

from ..lazyre import lazy_re
from ..model import Article, Person

CONTEXT = "https://schema.org"
_ABS_URL = lazy_re(r"^https?://[^\s/$.?#][^\s]*$", re.I)


def _agent(p: Person, with_role: bool = True) -> dict:
    node: dict = {"@type": "Organization" if p.kind in ("organization", "group") else "Person", "name": p.name}
    if with_role and p.role and node["@type"] == "Person":
        node["jobTitle"] = p.role
    if with_role and p.descriptions and node["@type"] == "Person":
        node["description"] = "; ".join(p.descriptions)
    return node


def to_jsonld(article: Article) -> dict:
    """The article as a schema.org `NewsArticle` node (a plain dict)."""
    a = article
    node: dict = {"@context": CONTEXT, "@type": "NewsArticle"}
    url = a.url if a.url and _ABS_URL.match(a.url) else None
    if url:
        node["@id"] = url + "#article"
        node["url"] = url
        node["mainEntityOfPage"] = url
    if a.headline:
        node["headline"] = a.headline
    if a.description:
        node["description"] = a.description
    if a.language:
        node["inLanguage"] = a.language
    if a.image and _ABS_URL.match(a.image):
        node["image"] = [a.image]
    if a.date_published:
        node["datePublished"] = a.date_published
    if a.date_modified:
        node["dateModified"] = a.date_modified
    if a.authors:
        node["author"] = [{"@type": "Person", "name": n} for n in a.authors]
    if a.publisher:
        pub: dict = {"@type": "Organization", "name": a.publisher}
        if a.publisher_logo and _ABS_URL.match(a.publisher_logo):
            pub["logo"] = {"@type": "ImageObject", "url": a.publisher_logo}
        node["publisher"] = pub
    if a.dateline:
        node["dateline"] = a.dateline
    if url:
        node["isBasedOn"] = url
    body = a.body
    node["articleBody"] = body
    node["wordCount"] = len(re.findall(r"\w+", body))
    mentioned = [p for p in a.people if p.kind in ("person", "organization") and p.name[:1].isupper()]
    if mentioned:
        node["mentions"] = [_agent(p) for p in mentioned]
    parts = []
    for q in a.quotations:
        if q.kind not in ("speech", "writing") or not q.direct:
            continue
        part: dict = {"@type": "Quotation", "text": q.text}
        who = a.person(q.speaker_id)
        if who is not None and who.name.strip():
            part["creator"] = _agent(who, with_role=False)
        parts.append(part)
    if parts:
        node["hasPart"] = parts
    return node


def dumps_jsonld(obj: dict, indent: int | None = 2) -> str:
    """Serialise for files, stdout and HTML script blocks alike (no raw `<`, `>`, `&`)."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
