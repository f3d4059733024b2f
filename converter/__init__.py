"""newsmark: raw scraped news articles in, clean text, NewsArticle JSON-LD and TEI P5 out.

    >>> import converter
    >>> article = converter.convert(open("article.txt").read())
    >>> converter.to_jsonld(article)["headline"]

Names are imported lazily so that `import converter` (and `newsmark --help`)
stays fast; lxml and jsonschema load only when a writer or validator is used.
"""
from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "convert": ("pipeline", "convert"),
    "convert_bytes": ("pipeline", "convert_bytes"),
    "Options": ("pipeline", "Options"),
    "learn_recurring": ("pipeline", "learn_recurring"),
    "Article": ("model", "Article"),
    "Paragraph": ("model", "Paragraph"),
    "Quotation": ("model", "Quotation"),
    "Person": ("model", "Person"),
    "to_jsonld": ("writers.jsonld", "to_jsonld"),
    "dumps_jsonld": ("writers.jsonld", "dumps_jsonld"),
    "to_tei": ("writers.tei", "to_tei"),
    "to_text": ("writers.text", "to_text"),
    "to_html": ("writers.html", "to_html"),
    "validate_jsonld": ("validation", "validate_jsonld"),
    "validate_tei": ("validation", "validate_tei"),
    "validate_file": ("validation", "validate_file"),
    "Finding": ("validation", "Finding"),
    "NewsmarkError": ("errors", "NewsmarkError"),
    "InputError": ("errors", "InputError"),
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        value = getattr(importlib.import_module(f"{__name__}.{mod}"), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
