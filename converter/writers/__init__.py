"""Writers: each reads only the `Article` model, never the text it came from."""
from .html import to_html
from .jsonld import dumps_jsonld, to_jsonld
from .tei import to_tei
from .text import to_text

__all__ = ["to_jsonld", "dumps_jsonld", "to_tei", "to_text", "to_html"]
