"""HTML writer: a minimal article page with the JSON-LD in a safe `<script>` block."""
from __future__ import annotations

from html import escape

from ..model import Article
from .jsonld import dumps_jsonld, to_jsonld


def to_html(article: Article) -> str:
    """A preview page: headline, byline, body paragraphs and the embeddable JSON-LD block."""
    lang = article.language or "und"
    title = escape(article.headline or "Untitled article")
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        '<script type="application/ld+json">',
        dumps_jsonld(to_jsonld(article)),
        "</script>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{title}</h1>",
    ]
    meta = []
    if article.authors:
        meta.append("By " + escape(", ".join(article.authors)))
    if article.date_published:
        meta.append(f'<time datetime="{escape(article.date_published)}">{escape(article.date_text or article.date_published)}</time>')
    if article.publisher:
        meta.append(escape(article.publisher))
    if meta:
        lines.append(f"<p class=\"byline\">{' · '.join(meta)}</p>")
    lines += [f"<p>{escape(p.text)}</p>" for p in article.paragraphs]
    lines += ["</article>", "</body>", "</html>", ""]
    return "\n".join(lines)
