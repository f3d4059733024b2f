"""The pipeline: read → normalise → segment → strip boilerplate → metadata →
quotations and speakers → one `Article`.

`convert()` is the library's front door; the CLI is a thin layer over it.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from . import boilerplate, metadata
from .dates import parse_date
from .errors import InputError
from .foreign import attribute_foreign
from .language import detect_language
from .lazyre import lazy_re
from .lexicon import Pattern, words
from .model import Article, Decision, Paragraph, Quotation, leadin_length
from .normalise import Normalised, normalise
from .reading import DEFAULT_MAX_SIZE, decode, looks_like_html
from .segment import segment, sentence_spans
from .speakers import attribute

HEADLINE_MAX = 110


@dataclass
class Options:
    """Everything a caller may set; CLI flags and the config file map onto these fields."""

    url: str | None = None
    headline: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    publisher_logo: str | None = None
    image: str | None = None
    date: str | None = None
    lang: str | None = None
    reference_date: date | None = None
    html: bool | None = None  # None: detect
    patterns: tuple[Pattern, ...] = ()
    recurring: frozenset[str] = field(default_factory=frozenset)
    source_name: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


def convert(text: str, **options) -> Article:
    """Turn one scraped article (plain text or HTML) into an `Article`."""
    opts = options.pop("options", None) or Options(**options)
    if not isinstance(text, str):
        raise TypeError("convert() takes str; use convert_bytes() for raw bytes")
    if not text.strip():
        raise InputError("input is empty")
    is_html = opts.html if opts.html is not None else looks_like_html(text)
    hints: dict = {}
    dom: list[dict] = []
    if is_html:
        from .htmlinput import html_to_blocks  # lazy: only HTML input pays for bs4

        text, dom, hints = html_to_blocks(text)
        if not text.strip():
            raise InputError("HTML input has no text")
    norm = normalise(text)
    blocks = segment(norm.text)
    if dom:
        for b, d in zip(blocks, dom, strict=False):  # one line per HTML block; a shorter list leaves defaults
            b.tag, b.link_density, b.in_main, b.furniture = d["tag"], d["link_density"], d["in_main"], d["furniture"]
            b.promotion = d.get("promotion", False)
    lang = opts.lang or hints.get("lang") or detect_language(norm.text)
    cs = boilerplate.classify(blocks, lang, boilerplate.Options(extra_patterns=opts.patterns, recurring=opts.recurring))
    md = metadata.extract(cs, lang, opts.reference_date, hints)
    paragraphs, pmaps = _paragraphs(cs, norm)
    texts = [p.text for p in paragraphs]
    skip = leadin_length(texts[0], md.leadin) if texts else 0
    leadin = md.leadin if skip else None
    prose = [texts[0][skip:], *texts[1:]] if skip else texts  # a credit in the lead-in is nobody's speech
    quotes, people = attribute(prose, opening=md.opening)
    body_lang = opts.lang or (detect_language(" ".join(texts)) if texts else None)  # (not a page's declared one)
    if body_lang and body_lang.split("-")[0].lower() != "en":
        quotes, people = attribute_foreign(prose, _unattributed(quotes))
    for q in quotes:
        if skip:
            _shift(q, skip)
        if q.speaker and not q.speaker_name:
            q.speaker_name = q.speaker  # a source that is nobody to list ("records show"): its description
        pm = pmaps[q.paragraph]
        q.start, q.end = _orig_span(norm, pm, q.start, q.end)
        if q.speaker_start is not None and q.speaker_end is not None:
            spm = pmaps[q.speaker_para] if q.speaker_para is not None else pm
            q.speaker_start, q.speaker_end = _orig_span(norm, spm, q.speaker_start, q.speaker_end)
    art = Article(paragraphs=paragraphs, quotations=quotes, people=people)
    art.language = body_lang or lang
    art.decisions = [_decision(c, norm) for c in cs]
    art.headline = opts.headline or md.headline or _headline_from_lead(prose)
    declared = md.description
    if declared and len(declared) > DESCRIPTION_MAX:  # a page whose meta description is its whole text (a dev page
        declared = _lead([declared])  # gave 5,000 characters): its first sentences, as for a lead
    art.description = declared or _teaser(cs) or _lead(prose)
    art.date_published, art.date_text = md.date_published, md.date_text
    if opts.date:
        d = parse_date(opts.date)
        if not d:
            raise InputError(f"--date {opts.date!r} is not a date newsmark understands")
        art.date_published, art.date_text = d[0], opts.date
    art.authors = list(opts.authors) or md.authors
    art.publisher = opts.publisher or md.publisher
    art.publisher_logo, art.image, art.url = opts.publisher_logo, opts.image or md.image, opts.url
    art.date_modified = md.date_modified if art.date_published else None
    art.dateline, art.leadin = md.dateline, leadin
    art.source_name = opts.source_name
    art.warnings = list(norm.notes)
    if not paragraphs:  # outputs stay valid, but an archive wants to know
        art.warnings.append("no article body found: every line reads as page furniture (an error, index or paywall page?)")
    return art


def convert_bytes(data: bytes, **options) -> Article:
    """Decode raw bytes (any encoding, BOM, gzip) and convert; decoding notes become warnings."""
    opts = options.pop("options", None) or Options(**options)
    dec = decode(data, opts.max_size)
    if opts.html is None:
        opts.html = dec.is_html
    art = convert(dec.text, options=opts)
    art.warnings[:0] = dec.notes
    return art


def _paragraphs(cs: list[boilerplate.Classified], norm: Normalised) -> tuple[list[Paragraph], list[array]]:
    """Kept blocks minus their inline cuts, with a local→normalised offset map each."""
    paras, maps = [], []
    for c in cs:
        if not c.keep:
            continue
        b = c.block
        cuts = sorted(c.cuts)
        pieces: list[tuple[int, int]] = []
        pos = b.start
        for s, e, _ in cuts:
            if s > pos:
                pieces.append((pos, s))
            pos = max(pos, e)
        if pos < b.end:
            pieces.append((pos, b.end))
        text = "".join(norm.text[s:e] for s, e in pieces)
        pm = array("i")
        for s, e in pieces:
            pm.extend(range(s, e))
        # strip and collapse the seams left by cuts
        lead = len(text) - len(text.lstrip())
        text2 = text.strip()
        if not text2 or not re.search(r"\w", text2):
            continue
        pm = pm[lead:lead + len(text2)]
        paras.append(Paragraph(text2, norm.orig(pm[0]), norm.orig(pm[-1]) + 1))
        maps.append(pm)
    return paras, maps


def _shift(q: Quotation, n: int) -> None:
    """Move a span found in the first paragraph past its lead-in back to that paragraph's offsets."""
    if q.paragraph == 0:
        q.start, q.end, q.local_start, q.local_end = q.start + n, q.end + n, q.local_start + n, q.local_end + n
    if q.speaker_start is not None and q.speaker_end is not None and \
            (q.speaker_para if q.speaker_para is not None else q.paragraph) == 0:
        q.speaker_start, q.speaker_end = q.speaker_start + n, q.speaker_end + n


def _orig_span(norm: Normalised, pm: array, a: int, b: int) -> tuple[int, int]:
    if b <= a:
        x = norm.orig(pm[min(a, len(pm) - 1)])
        return x, x
    return norm.orig(pm[a]), norm.orig(pm[b - 1]) + 1


def _decision(c: boilerplate.Classified, norm: Normalised) -> Decision:
    b = c.block
    role = c.role if not c.keep else "body"
    reason = c.reason
    if c.keep and c.cuts:
        reason += "; removed inline: " + ", ".join(sorted({r for _, _, r in c.cuts}))
    return Decision(norm.orig(b.start), norm.orig_end(b.end), b.text, c.keep, role, reason)


def _unattributed(quotes: list[Quotation]) -> list[Quotation]:
    """The quotations of an article in another language, with nobody named: the cues and names we read
    are English ("Receba em seu email …" made the person "Receba"); reported speech goes, the marked
    quotations stay."""
    out = []
    for q in quotes:
        if not q.direct and q.kind == "speech":
            continue
        q.speaker = q.speaker_name = q.speaker_id = None
        q.speaker_start = q.speaker_end = q.speaker_para = None
        out.append(q)
    return out


def _teaser(cs: list[boilerplate.Classified]) -> str | None:
    for c in cs:
        if c.role == "teaser":
            return boilerplate._TEASER_END.sub("", c.block.text).strip()
    return None


DESCRIPTION_MAX = 500  # a summary, not the story: longer declared descriptions are cut to their first sentences


# a note to readers that opens the body ("Editor's note: This story has been updated …"): about the story, not it
_READERS_NOTE = lazy_re(r"(?:editor['’]?s['’]? note|update|updated|correction|clarification)\s*:", re.I)


def _lead(texts: list[str]) -> str | None:
    """First sentence(s) of the body, up to about 300 characters (past a note to readers that opens it)."""
    if not texts:
        return None
    t = texts[0]
    if _READERS_NOTE.match(t):  # the first paragraph after it that reads as prose ("PREVIOUSLY:" is a label)
        t = next((x for x in texts[1:4] if not _READERS_NOTE.match(x) and len(x.split()) >= 8), t)
    spans = sentence_spans(t, words("abbreviations.txt"))
    out = ""
    for a, b in spans:
        if out and len(out) + (b - a) > 300:
            break
        out = t[spans[0][0]:b]
    return (out or t[:300]).strip() or None


def _headline_from_lead(texts: list[str]) -> str | None:
    """A faithful short headline: the lead sentence, cut at a clause or word boundary."""
    lead = _lead(texts)
    if not lead:
        return None
    spans = sentence_spans(lead, words("abbreviations.txt"))
    s = lead[spans[0][0]:spans[0][1]] if spans else lead
    s = s.strip().rstrip(".")
    if len(s) <= HEADLINE_MAX:
        return s
    cut = s[:HEADLINE_MAX]
    comma = cut.rfind(",")
    if comma >= 50:
        return cut[:comma].rstrip() + "…"
    space = cut.rfind(" ")
    return cut[:space if space > 30 else HEADLINE_MAX].rstrip(" ,;:") + "…"


def learn_recurring(texts: Iterable[str], min_files: int = 3, share: float = 0.0) -> frozenset[str]:
    """Lines that recur across many inputs of one batch (a site's footer): boilerplate.

    Long prose lines are never learned, so syndicated paragraphs are not lost.
    """
    counts: Counter[str] = Counter()
    n = 0
    seen_docs: set[int] = set()
    for t in texts:
        h = hash(t)
        if h in seen_docs:
            continue  # the same page fetched twice teaches nothing about a site's furniture
        seen_docs.add(h)
        n += 1
        seen = set()
        for line in t.splitlines():
            key = boilerplate.norm_line(line)
            if key and len(key.split()) < 30:
                seen.add(key)
        counts.update(seen)
    need = max(min_files, int(share * n)) if n >= min_files else n + 1
    return frozenset(k for k, c in counts.items() if c >= need)
