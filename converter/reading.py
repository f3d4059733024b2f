"""Stage 1, read: bytes in, Unicode text out, with every decision reported.

Scrapers leave UTF-8, Windows-1252, UTF-16 with or without a byte-order mark,
gzip files and HTML. We decode strictly first and fall back to
charset-normalizer only when UTF-8 fails, so that good input is never guessed at.
"""
from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field

from .errors import DEFAULT_MAX_SIZE, InputError
from .lazyre import lazy_re


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# (after an XML declaration too: XHTML pages open with "<?xml version='1.0'?>")
_HTML_START = lazy_re(r"\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = lazy_re(r"</?(?:p|div|br|span|a|script|article|section|h[1-6]|li|ul|meta|link|table|td)\b[^<>]*>", re.I)
_CONTROL = lazy_re(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass
class Decoded:
    """Decoded text, the encoding used and how it was chosen."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    is_html: bool = False


def _gunzip(data: bytes, max_size: int) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, max_size + 1)
    except zlib.error as exc:
        raise InputError(f"corrupt gzip data ({exc})") from None
    if len(out) > max_size:
        raise InputError(f"input is larger than {max_size} bytes once decompressed (raise --max-size)")
    return out


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than scraped text."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 5


def decode(data: bytes, max_size: int = DEFAULT_MAX_SIZE) -> Decoded:
    """Decode raw bytes; raise `InputError` for empty, binary, oversized or undecodable input."""
    if len(data) > max_size:
        raise InputError(f"input is {len(data)} bytes, over the {max_size}-byte limit (raise --max-size)")
    notes: list[str] = []
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_size)
        notes.append("gzip-compressed input decompressed")
    if not data.strip():
        raise InputError("input is empty")
    encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], enc
            notes.append(f"byte-order mark: {enc}")
            break
    if encoding is None:
        encoding = _utf16_without_bom(data)
        if encoding:
            notes.append(f"UTF-16 without byte-order mark detected ({encoding})")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid {encoding} data at byte {exc.start}") from None
    else:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text, encoding = _guess(data)
            notes.append(f"not valid UTF-8; decoded as {encoding} (charset-normalizer)")
    if not text.strip():
        raise InputError("input has no text")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample) + 2 or "\x00" * 4 in sample:
        raise InputError("input looks like binary data, not text")
    return Decoded(text=text, encoding=encoding, notes=notes, is_html=looks_like_html(text))


_WESTERN = lazy_re("[^\x00-\x7f\u00a0-\u00ff\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192]")


def _guess(data: bytes) -> tuple[str, str]:
    """Windows-1252 when it decodes to ordinary Western text (the usual case for scraped news), else ask charset-normalizer."""
    try:
        text = data.decode("cp1252")
        if not _WESTERN.search(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only for non-UTF-8 input

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("input looks like binary data, not text (no text encoding fits)")
    enc = best.encoding
    try:
        return data.decode(enc), enc
    except UnicodeDecodeError:
        return data.decode(enc, errors="replace"), enc
