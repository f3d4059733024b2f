"""Stage 6a, quotations: find quoted spans in body paragraphs and tell their kind.

Handles curly, straight and single primary marks, guillemets, the ``…'' of
some wire styles, quotes left open at a paragraph's end (they run to the end
of that paragraph, as news style reopens them in the next) and quotes
interrupted by their attribution (two spans). Nested quotations stay inside
their outer span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lazyre import lazy_re

_MARK = lazy_re(r"``|''|[“”„«»\"]")
_SINGLE = lazy_re(r"[‘’']")
_WORD = lazy_re(r"\w+")
# a straight double mark that is the inch sign: feet and inches (6'3"), or a measure before its dimension
_MEASURE = lazy_re(r"\d['’]\s?\d{1,2}(?:\.\d+)?\"|\b\d{1,3}(?:\.\d+)?\"(?=\s*(?:tall|long|wide|high|deep|thick|"
                   r"across|screen|display|monitor|TV|x\s*\d|×))")
_NESTED_CLOSE = {"“": "”", "„": "“", "«": "»"}
_OPEN_CTX = set(" \t\n([{—–-/:;,") | {"", "\u2014"}


@dataclass
class Span:
    """A quoted span inside one paragraph: marks at `open`/`close`, content between."""

    open: int  # index of the opening mark
    close: int  # index just past the closing mark (paragraph end when left open)
    start: int  # content start
    end: int  # content end
    closed: bool = True
    continued: bool = False  # the paragraph opens with a quote that continues the previous one



def _straight_role(t: str, i: int, is_open: bool, width: int = 1) -> str:
    prev = t[i - 1] if i > 0 else ""
    nxt = t[i + width] if i + width < len(t) else ""
    if prev in _OPEN_CTX and nxt and not nxt.isspace():
        return "open"
    if (not prev or not prev.isspace()) and (not nxt or nxt.isspace() or nxt in ".,;:!?)]—–-"):
        return "close"
    return "close" if is_open else "open"


_TAG = lazy_re(r"<[A-Za-z/][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]*))*\s*/?>")
# a tag the paragraph break cut in two (<tweet tweet-date="March 9, 2016 | ">Rubio stadium event …): the end of
# the first paragraph, the start of the next
_TAG_CUT = lazy_re(r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]*))*\s+[\w:-]+\s*=\s*\"[^\"<>]*$"
                   r"|^\s*\"\s*/?>")


def find_spans(t: str) -> list[Span]:
    """Quoted spans of one paragraph, in order, outermost only."""
    spans: list[Span] = []
    cur: int | None = None
    cur_len = 0
    inner: str | None = None  # the closing mark of a quotation nested in a straight-quoted one
    measures = {m.end() - 1 for m in _MEASURE.finditer(t)} if '"' in t else set()
    if "<" in t:  # marks inside markup left in the text (<tweet tweet-date="March 9, 2016">) quote nothing
        measures |= {tag.start() + m.start() for rx in (_TAG, _TAG_CUT) for tag in rx.finditer(t)
                     for m in _MARK.finditer(tag.group())}
    elif t.lstrip().startswith('"') and _TAG_CUT.match(t):
        measures.add(t.index('"'))
    for m in _MARK.finditer(t):
        mk, i = m.group(), m.start()
        if i in measures:
            continue  # 6'3" tall, 22" wide: inches, not a quotation mark (or a mark inside markup)
        if inner == '"':
            if mk == '"':
                inner = None  # the nested straight quotation closes; the curly one goes on
                continue
            inner = None
        elif inner is not None and mk != '"':
            if mk == inner:
                inner = None  # the nested quotation closes; the outer one goes on
            continue
        inner = None  # a straight mark closes the outer quotation, nested one closed or not
        if mk == "''" and t[i + 2:i + 3] == "'":
            i += 1  # three marks after a word: an inner single quote closes first, then the outer ''
        if mk in ("“", "„", "«", "``"):
            role = "open"
            if mk == "«" and cur is not None and t[cur] == "»":
                role = "close"
            if mk == "“" and cur is not None and (t[cur] == "„" or (
                    t[cur] == "“" and t[i - 1:i] in (",", ".", "?", "!") and t[i + 1:i + 2] in ("", " ", "\n"))):
                role = "close"  # „…“, and the typo “…,“ said X: an opening glyph that closes the quotation
        elif mk == "”":
            role = "close"
            if cur is None and (i == 0 or t[i - 1] in _OPEN_CTX) and t[i + 1:i + 2].strip() and "”" in t[i + 1:]:
                role = "open"  # the closing glyph typed for the opening one: 'Another said: ”Bird flu … coming.”'
        elif mk == "''" and cur is not None and t[cur:cur + 2] == "``":
            role = "close"
        elif mk == "»":
            role = "open" if cur is None and (i == 0 or t[i - 1].isspace()) and i + 1 < len(t) and not t[i + 1].isspace() else "close"
        else:  # straight double quote, or '' used both ways (some wire styles)
            role = _straight_role(t, i, cur is not None, len(mk))
        if role == "open":
            if cur is not None:
                if t[cur] == '"' and mk in _NESTED_CLOSE:
                    # "… the question: “As you know …?” …": curly marks nest inside straight ones
                    inner = _NESTED_CLOSE[mk]
                    continue
                if t[cur] == "“" and mk == '"' and -1 < t.find('"', i + 1) < t.find("”", i + 1):
                    inner = '"'  # “He said "no" to me,”: a straight pair nested in curly marks
                    continue
                if mk in ('"', "''") or t[cur] in "\"'":
                    # a straight quote inside an open quote closes it
                    spans.append(Span(cur, i + len(mk), cur + cur_len, i))
                    cur = None
                    continue
                spans.append(Span(cur, i, cur + cur_len, i, closed=False))
            cur, cur_len = i, len(mk)
        else:
            if cur is None:
                # a close with no open: the paragraph continues a quote opened earlier
                if not spans and t[:i].count(" ") >= 2:
                    spans.append(Span(0, i + len(mk), 0, i, continued=True))
                continue
            spans.append(Span(cur, i + len(mk), cur + cur_len, i))
            cur = None
    if cur is not None:
        spans.append(Span(cur, len(t), cur + cur_len, len(t.rstrip()), closed=False))
    if not spans and not _MARK.search(t):
        spans = _single_spans(t)
    return [s for s in spans if s.end > s.start and t[s.start:s.end].strip()]


def _single_spans(t: str) -> list[Span]:
    """Single marks as primary quotes (only in paragraphs with no double marks)."""
    spans = []
    cur = None
    for m in _SINGLE.finditer(t):
        i = m.start()
        prev = t[i - 1] if i > 0 else ""
        nxt = t[i + 1] if i + 1 < len(t) else ""
        if prev.isalnum() and nxt.isalnum():
            continue  # apostrophe: don't, Russia's
        if cur is None:
            if (prev == "" or prev in _OPEN_CTX) and nxt.isalnum() and m.group() in "‘'":
                cur = i
        elif prev and not prev.isspace() and (nxt == "" or not nxt.isalnum()):
            if len(_WORD.findall(t[cur + 1:i])) >= 1:
                spans.append(Span(cur, i + 1, cur + 1, i))
            cur = None
    return spans


def content_bounds(t: str, s: Span) -> tuple[int, int]:
    """Content without surrounding spaces and one trailing comma (the corpus convention)."""
    a, b = s.start, s.end
    while a < b and t[a].isspace():
        a += 1
    while b > a and t[b - 1].isspace():
        b -= 1
    if b > a and t[b - 1] == ",":
        b -= 1
    return a, b


_SO_CALLED_BEFORE = lazy_re(
    r"(?:\bso[- ]called|\bdubbed|\bcalled|\btermed|\bknown as|\bthe (?:word|term|phrase|label|slogan|name)s?|\blabeled|\blabelled|\bbranded)\s*$", re.I)
# the name someone or something goes by, Title Case or not: "nicknamed “King James”", "known online as “Guccifer”"
# a gloss: "“Si vis pacem,” Latin for “if you want peace”", "''Brujas'' -- Spanish for ''witches''", "meaning “…”"
_GLOSS_BEFORE = lazy_re(r"(?:\b(?:[A-Z][a-z]+(?:ish|ese|ian|ic)|Latin|Greek|French|Dutch|Hebrew|Yiddish|Hindi|Urdu|Farsi|"
                        r"Swahili|Thai|Tagalog|Gaelic|Creole|Pashto|Dari)\s+(?:slang\s+|word\s+|term\s+)?for|"
                        r"\b(?:meaning|which means|translated as|translates (?:to|as))\s*,?)\s*$")
_NAMED_BEFORE = lazy_re(r"(?:\bnicknamed|\bdubbed|\bknown (?:[a-z]+ ){1,2}as|\bgoes by|\bwent by)\s*$", re.I)
_DET_BEFORE = lazy_re(r"\b(?:the|a|an|their|his|her|its|our|your|my|this|that|these|those|so-called)\s*$", re.I)
_WORKS = (r"book|film|movie|show|series|song|album|play|novel|documentary|episode|poem|essay|column|op-ed|article|"
          r"program|programme|podcast|memoir|hit|anthem|hymn|track|single|musical|opera|sitcom|drama|comedy|"
          r"commentary|editorial")
_TITLE_BEFORE = lazy_re(
    rf"\b(?:(?:{_WORKS})s?(?:\s+(?:called|named|dubbed|including|such as|like))?|titled|entitled|headlined|speech titled|"
    r"starred in|starring in|"
    r"star of|appeared in|(?:co-?)?authors? of|(?:co-?)?wrote the book)\s*,?\s*$", re.I)


# a work named as what was spoken of, then a comma: "said of the episode, “I don't like it,”" is speech
_ADJUNCT_WORK = lazy_re(rf"\b(?:of|about|on|over)\s+(?:the|that|this)\s+(?:{_WORKS})\s*,\s*$", re.I)


_ON_BEFORE = lazy_re(r"(?:\b(?:on|in|at|for|from|of|to|by|with|during|entitled|titled|called|named|the|a|pseudonym|told|"
                     r"nickname|alias)|\b[A-Z][\w.&]*[’']s)\s*$", re.I)
_MINOR = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is"}


def _headline_case(text: str) -> bool:
    """Title Case: every word that is not a minor word starts with a capital (and it is not one name-like shout)."""
    ws = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", text) if w.lower() not in _MINOR]
    if len(ws) < 2 or text.isupper():
        return False
    return all(w[:1].isupper() for w in ws)


_NETWORK_BEFORE = lazy_re(r"\b[A-Z]{2,6}[’']s\s*$")  # an acronym's possessive: "NBC’s", "CNN's"
_NOT_FIRST_NAMES = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "their", "its",
                    "our", "my", "your", "and", "but", "or", "so", "then", "now", "yes", "no"}
_NAME_BEFORE = lazy_re(r"(?:^|\s)(?P<first>(?:[A-Z]\.){1,3}|[A-Z][a-z]+)\s$")
_SURNAME_AFTER = lazy_re(r"\s[A-Z][a-z’'\-]+(?:\s|[,.;:)]|$)")


def _nickname(t: str, s: Span, content: str) -> bool:
    """One capitalised word quoted between a capitalised first name (or an initial) and a surname: a nickname."""
    first = _NAME_BEFORE.search(t, max(0, s.open - 30), s.open)
    if not first or not content.strip()[:1].isupper() or not _SURNAME_AFTER.match(t, s.close):
        return False
    return first.group("first").lower() not in _NOT_FIRST_NAMES


def glossed(t: str, s: Span) -> bool:
    """Is the quotation the writer's translation of a word before it ("Latin for “if you want peace”")?"""
    return _GLOSS_BEFORE.search(t, max(0, s.open - 40), s.open) is not None


def kind_of(t: str, s: Span, has_cue: bool, writing: bool) -> str:
    """speech, writing, so-called or title, from the span's shape and its context."""
    a, b = content_bounds(t, s)
    content = t[a:b]
    n = len(_WORD.findall(content))
    before = t[max(0, s.open - 40):s.open]
    sentence_like = bool(re.search(r"[.!?,;:…]$", content.strip("\"'”’ "))) or n >= 8
    if n == 1 and _nickname(t, s, content):
        return "so-called"  # Gov. C.L. "Butch" Otter: a name's nickname, nobody's words
    if n == 1 and len(content.strip(" .,!?")) == 1:
        return "so-called"  # a letter ("an “R” or a “D” after their name"): a label, not words said
    if n == 1 and content.strip()[:1].isupper() and _NETWORK_BEFORE.search(before):
        return "title"  # NBC’s “Today”, HBO's "Veep": a network's show
    if _TITLE_BEFORE.search(before) and not _ADJUNCT_WORK.search(before) and (
            not sentence_like or (n <= 14 and _headline_case(content)) or (n == 1 and content.strip()[:1].isupper())):
        return "title"  # his book ''The Art of the Deal.''; the anthem ''A Change Is Gonna Come,''"
    if _NAMED_BEFORE.search(before) or glossed(t, s):
        return "so-called"
    if 2 <= n <= 10 and _headline_case(content) and (not has_cue or _ON_BEFORE.search(before)):
        return "title"  # ''The Late Show With Stephen Colbert'', “Fox News Sunday.”
    if _SO_CALLED_BEFORE.search(before):
        return "so-called"
    if writing and has_cue:
        return "writing"
    if n >= 3 and content.rstrip("\"'”’ ").endswith("!"):
        return "speech"  # a chant or an exclamation: someone's words, not a term
    if n <= 4 and not sentence_like:
        caps = [w for w in content.split() if w[:1].isupper()]
        if n >= 2 and len(caps) == n and not has_cue:
            return "title"
        if _DET_BEFORE.search(before) or not has_cue:
            return "so-called"
    return "writing" if writing else "speech"
