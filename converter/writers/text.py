"""Plain-text writer: the clean article body, paragraphs separated by blank lines."""
from __future__ import annotations

from ..model import Article


def to_text(article: Article) -> str:
    """The body as `newsmark clean` prints it (ends with one newline when not empty)."""
    body = article.body
    return body + "\n" if body else ""
