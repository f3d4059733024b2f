"""Stage 4, strip boilerplate: decide, block by block, what is article body.

Signals that need no markup (jusText's idea, adapted to scraped text): word
count, stop-word density, sentence punctuation, letter case, links and handles,
a pattern lexicon kept as data, position, repetition of other blocks and lines
that recur across a batch. The body is taken as the densest run of prose
blocks; decisions are then smoothed with the neighbours so that a short body
paragraph between two long ones stays. When unsure, keep.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .language import stopword_density, tokens
from .lazyre import lazy_re
from .lexicon import (
    SIGN_OFF,
    Pattern,
    given_names,
    inline_patterns,
    line_patterns,
    notice_patterns,
    tail_patterns,
)
from .prefilter import LiteralIndex, fold
from .segment import Block, sentence_spans

GOOD, NEAR, SHORT, BAD = "good", "near-good", "short", "bad"

_URL = lazy_re(r"https?://|www\.|\.com\b|@\w{2,}|#\w{2,}")
_END_PUNCT = lazy_re(r"(?:[.!?…:;\"”’]|[.!?][)\]]|[.!?]'')$")  # (and a quotation closed with two apostrophes, '')
_TEASER_END = lazy_re(r"\s*\[(?:…|\.\.\.|&hellip;)\]\s*$|\s*(?:…|\.\.\.)\s*$")
_COUNT_END = lazy_re(r"\(\d[\d,.]*\)$")
_MINOR = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is",
          "vs", "via", "de", "la", "le", "el", "und", "der", "die", "das", "du", "des", "et", "y", "e", "il", "di"}


def _title_case(text: str) -> bool:
    """Headline style: nearly every word that is not a minor word starts with a capital."""
    ws = [w for w in tokens(text) if w.lower() not in _MINOR]
    if len(ws) < 3:
        return False
    caps = sum(1 for w in ws if w[:1].isupper() or w[:1].isdigit())
    return caps >= 0.75 * len(ws)


@dataclass
class Options:
    """Knobs of the boilerplate stage (CLI flags map onto these)."""

    extra_patterns: tuple[Pattern, ...] = ()
    recurring: frozenset[str] = frozenset()  # lines seen in many files of one batch
    min_good_words: int = 12


@dataclass
class Classified:
    """The stage's verdict for one block."""

    block: Block
    cls: str
    keep: bool = False
    role: str = "body"
    reason: str = ""
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # normalised (start, end, reason)
    in_list: bool = False  # follows a body line that ends with a colon


def _features(b: Block, lang: str | None) -> tuple[int, float]:
    toks = tokens(b.text)
    return len(toks), stopword_density(toks, lang)


class _Matcher:
    """The first matching pattern's reason for a line; a long line only answers to patterns anchored
    at its start. Results are cached per line: a site's menus and footers repeat on every page of a
    batch. A line is tried only against the patterns that can start with its first character and whose
    required literals it holds (see `lexicon.Pattern`, `prefilter.LiteralIndex`): most lines match
    nothing, and proving that pattern by pattern was a third of this stage's time. (One big alternation
    of the patterns was measured slower than this in Python's engine.)"""

    def __init__(self, patterns: tuple[Pattern, ...]):
        self.patterns = patterns
        self.index = LiteralIndex(patterns)
        self.cache: dict[tuple[str, bool], str | None] = {}
        self.buckets: dict[tuple[str | None, bool], tuple] = {}

    def _candidates(self, ch: str | None, long: bool) -> tuple:
        """(bit, pattern, reason) of the patterns a line starting with `ch` may match, in order (ch None:
        the prefilter may not be used on this line, all of them)."""
        key = (ch, long)
        got = self.buckets.get(key)
        if got is None:
            got = self.buckets[key] = tuple(
                (1 << i, p, p.reason) for i, p in enumerate(self.patterns)
                if (not long or p.source.startswith("^")) and (ch is None or p.first is None or ch in p.first))
        return got

    def __call__(self, text: str, long: bool = False) -> str | None:
        key = (text, long)
        if key in self.cache:
            return self.cache[key]
        found = None
        folded = fold(text)
        possible = self.index.candidates(folded)
        for bit, p, reason in self._candidates(folded[:1] if folded is not None else None, long):
            if possible & bit and p.regex.search(text):
                found = reason
                break
        if len(self.cache) > 50_000:
            self.cache.clear()
        self.cache[key] = found
        return found


@lru_cache(maxsize=8)
def _matcher(patterns: tuple[Pattern, ...]) -> _Matcher:
    return _Matcher(patterns)


@lru_cache(maxsize=16384)
def norm_line(text: str) -> str:
    """Key used to compare lines across files and within a file."""
    return " ".join(tokens(text.lower()))


# a headline run straight into its teaser with no space: "…Student-AthleteA 24-year-old woman …",
# "…On The Rise?Violence is …" (how scrapers flatten a list of other stories' cards)
_GLUE = lazy_re(r"(?<=[a-z?!)’'\"”])(?=[A-Z][a-z]{0,20}\b)")


def _glued_teasers(blocks: list[Block]) -> set[int]:
    """Indexes of lines that start with a headline glued to a teaser; only when there are several,
    since one such line may be the article's own title glued to its lead."""
    found = set()
    for b in blocks:
        for m in _GLUE.finditer(b.text, 0, 200):
            head, rest = b.text[: m.start()], b.text[m.start():]
            words = [w for w in tokens(head) if w.lower() not in _MINOR]
            if len(words) >= 3 and len(words[-1]) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
                    and len(tokens(rest)) >= 6 and sum(w[:1].islower() for w in tokens(rest)) >= 3:
                found.add(b.index)
                break
    return found if len(found) >= 2 else set()


def classify(blocks: list[Block], lang: str | None, opts: Options | None = None) -> list[Classified]:
    """Label every block keep/drop with a role and a reason."""
    opts = opts or Options()
    match = _matcher(tuple(line_patterns()) + tuple(opts.extra_patterns))
    notice = _matcher(notice_patterns())
    glued = _glued_teasers(blocks)
    out: list[Classified] = []
    for b in blocks:
        n, sw = _features(b, lang)
        text = b.text
        reason = notice(text)
        if reason is not None:
            pass
        elif b.index in glued:
            reason = "headline glued to its teaser (a list of other stories)"
        elif n >= 40 and sw >= 0.3:
            reason = None  # long prose is matched only against notices
        else:
            reason = match(text, long=n >= 25)
            wrapped = _WRAPPED.fullmatch(text) if reason is None and n <= 6 else None
            if wrapped:  # a label a scraper left in quotation marks ('"Related:"'): the label's own patterns
                reason = match(wrapped.group(1), long=False)
        if reason is None and opts.recurring and n < 30 and norm_line(text) in opts.recurring:  # (learned lines are short)
            reason = "recurs across the batch"
        if reason is None and b.tag in ("figcaption", "caption"):
            reason = "HTML caption"
        if reason is None and b.furniture and (b.link_density > 0.3 or not b.in_main):
            reason = "HTML navigation/footer/comments block"
        if reason is None and b.promotion:
            reason = "HTML promotion of other stories"  # a teaser card inside the article ("PromoSmall")
        if reason:
            out.append(Classified(b, BAD, reason=reason))
            continue
        ends = bool(_END_PUNCT.search(text)) and not _COUNT_END.search(text)
        links = len(_URL.findall(text))
        titled = not ends and _title_case(text)
        if b.link_density > 0.5 and n < 30 and not (b.in_main and ends and n >= 8) and \
                not (b.in_main and not b.furniture and _URL_ONLY.match(text)):  # (a link shown as its address
            # inside the article, "http://amzn.to/…" under a list item, is the article's text, not navigation)
            cls, why = BAD, "mostly link text"
        elif titled and n < 30:
            cls, why = SHORT, "headline-like line"
        elif n >= opts.min_good_words and (sw >= 0.22 or lang is None) and (ends or n >= 30 or sw >= 0.3) \
                and links <= max(1, n // 15):
            cls, why = GOOD, "prose"
        elif n >= 7 and ends and (sw >= 0.15 or lang is None):
            cls, why = NEAR, "sentence"
        elif n >= opts.min_good_words and (ends or sw >= 0.3):
            cls, why = NEAR, "long line, little prose"
        else:
            cls, why = SHORT, "short line" if n < opts.min_good_words else "line without sentence punctuation"
        if b.in_main and cls in (SHORT, NEAR) and b.link_density < 0.3 and ends:
            cls, why = NEAR, why + " in main content"
        out.append(Classified(b, cls, reason=why))
    _choose_region(out)
    _end_zone(out)
    _comments_cut(out)  # (before the related list: the comments under other stories' teasers are no body either)
    _related_list(out)
    _tail(out)
    _section_breaks(out)
    _smooth(out)
    _recipe_cards(out)
    _labelled_list(out)
    _embeds(out)
    _teaser_runs(out)
    _read_more_cards(out)
    _repeats(out)
    _closing_sentence(out)
    _credited_captions(out)
    _lone_prose(out, lang)
    _inline(out)
    return out


# what a closing line that points elsewhere looks like ("Read the rest here.", "Watch the ad above.", "EMAIL: …")
_POINTER = lazy_re(r"\b(?:here|above|below)[.!]$|:|https?://|www\.|@")
_IMPERATIVES = {"read", "watch", "see", "view", "get", "click", "tap", "visit", "follow", "subscribe", "sign", "join",
                "listen", "check", "find", "download", "share", "like", "email", "call", "donate", "support", "shop"}
_ABOUT_THE_STORY = lazy_re(r"(?:this|the) (?:article|story|post|piece|report)\b", re.I)  # a note, not its last line
_SHORT_SENTENCE = lazy_re(r"^[\"“‘']?[A-Z][^\n]{8,80}[.!][\"”’']?$")  # (not a question: "Like this article?")


# a quotation signed by its speaker on one line: "“The roads will get what they need.” — Jane Roe"
_SIGNED_QUOTE = lazy_re(r"^[\"“‘](?P<said>[^\n]{8,300}?)[\"”’]\s*[—–]{1,2}\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}"
                        r"(?:,\s[^\n]{1,60})?$")


def _credited_captions(cs: list[Classified]) -> None:
    """A kept line right over a photo's bracketed credit, no sentence of its own, is that photo's caption ("Kevin
    Roe, the executive who oversees the service" over "(Example Co.)")."""
    for i in range(1, len(cs)):
        c, above = cs[i], cs[i - 1]
        if c.cls == BAD and c.reason == "photo credit" and above.keep and \
                not _LONE_SENTENCE.search(above.block.text.rstrip()) and len(tokens(above.block.text)) <= 30:
            above.keep, above.role, above.reason = False, "boilerplate", "caption over its photo's credit"


def _short_sentence(c: Classified) -> bool:
    """A short line that reads as a sentence: capitalised, closed by a stop, mostly lower-case words, no pointer
    elsewhere, no imperative ("The budget takes effect July 1.", not "Read more here." or "Like this article?")."""
    words = tokens(c.block.text)
    return c.cls in (SHORT, NEAR) and not c.block.furniture and bool(_SHORT_SENTENCE.match(c.block.text)) and \
        len(words) >= 3 and sum(w[:1].islower() for w in words) >= 2 and not _title_case(c.block.text) and \
        not _POINTER.search(c.block.text) and words[0].lower() not in _IMPERATIVES and \
        not _ABOUT_THE_STORY.match(c.block.text)


def _closing_sentence(cs: list[Classified]) -> None:
    """A short sentence right after the last paragraph ("The budget takes effect July 1.") closes the
    article: too short to count as prose, it ended the run where a menu would. So does a quotation signed
    by its speaker, unless it repeats the body (a pull-quote)."""
    kept = [i for i, c in enumerate(cs) if c.keep]
    if not kept or kept[-1] + 1 >= len(cs):
        return
    c = cs[kept[-1] + 1]
    if _SIGNED_QUOTE.match(c.block.text) and c.cls in (SHORT, NEAR) and not c.block.furniture:
        keys = {id(cs[i]): norm_line(cs[i].block.text) for i in kept}
        if not _repeats_signed(c, [cs[i] for i in kept], keys):
            c.keep, c.role, c.reason = True, "body", "a signed quotation closing the article"
        return
    if _short_sentence(c):
        c.keep, c.role, c.reason = True, "body", "a short sentence closing the article"


_LONE_SENTENCE = lazy_re(r"[.!?][\"”’)']?$")
_INNER_SENTENCE_END = lazy_re(r"[.!?][\"”’)]?\s+[\"“‘]?[A-Z]")


def _lone_prose(cs: list[Classified], lang: str | None) -> None:
    """A record whose every line reads as furniture still has an article when one line is prose of
    several sentences: a one-line story that ends in a glued credit ("… his latest remarks. Featured image via
    …") has no sentence end of its own (or reads as a caption when short), and the densest run found nothing.
    Keep the longest such line; its credit is cut as inline boilerplate."""
    if any(c.keep for c in cs):
        return
    best, most = None, 14
    for c in cs:
        credited = c.cls == BAD and c.reason in _BEFORE_ITS_CAPTION and len(cs) == 1  # the record is this one line
        if c.cls == BAD and not credited:
            continue
        n, sw = _features(c.block, lang)
        if len(cs) == 1 and c.cls != BAD and n >= 5 and _LONE_SENTENCE.search(c.block.text):
            best = c  # the whole record is one sentence ("Mr Roe said: 'It was the worst day of my life.'")
            break
        if n > most and (sw >= 0.25 or lang is None) and _INNER_SENTENCE_END.search(c.block.text):
            best, most = c, n
    if best is not None:
        best.keep, best.role, best.reason = True, "body", "the one line of prose in a record with no other body"


def _score(c: Classified, in_list: bool = False, run: int = 1) -> float:
    """How much a block adds to the article run: prose adds its words, furniture costs.

    The cost of a non-prose block grows with the run of non-prose blocks it is in,
    so one caption or ad line inside an article is cheap and a menu is expensive.
    Short lines cost little inside HTML main content or inside a list that a body
    line introduced with a colon, since both are usually list items of the article.
    """
    n = len(tokens(c.block.text))
    if c.cls == GOOD:
        return n
    if c.cls == NEAR:
        return 0.5 * n
    if c.cls == SHORT:
        if in_list or (c.block.in_main and not c.block.furniture):
            return -1.0
        return -min(8.0 if n > 2 else 4.0, 3.0 * run)
    return -min(15.0, 10.0 * run)


# prose outside the main run is kept only before it or within this many non-furniture blocks after it:
# further down it is the footer's self-description, an author bio or another story's teaser
OUTSIDE_REACH = 8
LEAD_BONUS = 30.0  # words' worth: the prose right after the page's first byline is where articles start


def _scores(cs: list[Classified]) -> list[float]:
    out = []
    in_list = 0
    run = 0
    anchor, used = False, False
    for i, c in enumerate(cs):
        c.in_list = in_list > 0
        run = run + 1 if c.cls in (SHORT, BAD) else 0
        score = _score(c, in_list > 0, run)
        if not used and c.cls == BAD and c.reason in ("byline", "updated") and i < len(cs) // 2:
            anchor = True
        elif anchor and c.cls == GOOD:
            score += LEAD_BONUS
            anchor, used = False, True
        out.append(score)
        if c.cls in (GOOD, NEAR) and c.block.text.endswith(":"):
            in_list = 40
        elif c.cls == BAD or (c.cls == GOOD and not c.block.text.endswith(":")):
            in_list = 0
        else:
            in_list = max(0, in_list - 1)
    return out


# furniture that sits inside articles, between paragraphs: it is dropped, but the article goes on across it
# (share bars, newsletter pitches and "Read more" lines are left out: they end articles as often as they interrupt)
_IN_ARTICLE = {"advertisement", "caption", "photo credit", "video", "audio"}
_BEFORE_ITS_CAPTION = {"caption", "photo credit"}  # what stands before a credit line is its caption, not the article
BRIDGE = 3  # at most this many such lines between two paragraphs
BRIDGE_IN_MAIN = 10  # an HTML aside inside the article (a "Related" box) may hold a list


SENTENCE_CLOSE = lazy_re(r"[.!?][\"”’)]?$")


def _bridge(cs: list[Classified], s: int, e: int) -> tuple[int, int]:
    """Widen the run across in-article furniture ("Advertisement", "Story continues below advertisement", a
    caption and its credit; forward, an HTML aside inside the article) to the prose paragraphs on the other
    side, or to one closing sentence: two such lines cost more than a short paragraph adds, so the densest run
    alone would end the article there."""
    def furniture(c: Classified, step: int) -> bool:
        return c.cls == BAD and c.reason in _IN_ARTICLE and not (step < 0 and c.reason in _BEFORE_ITS_CAPTION)

    def aside(c: Classified, step: int) -> bool:
        # "Related" links boxed inside the article (read forward only), or a list of links under "More:" either
        # way (one under the lead had cut the lead off from the rest)
        return step > 0 and c.block.in_main and c.block.furniture and c.cls in (BAD, SHORT) or \
            c.cls == BAD and c.reason in ("related", "mostly link text")

    def gap(i: int, step: int) -> tuple[int, bool]:
        """Where the furniture from i ends, and whether an aside was part of it."""
        j, crossed_aside = i, False
        while 0 <= j < len(cs) and abs(j - i) < (BRIDGE_IN_MAIN if cs[j].block.in_main else BRIDGE):
            if furniture(cs[j], step):
                pass
            elif aside(cs[j], step):
                crossed_aside = True
            else:
                break
            j += step
        return j, crossed_aside

    def lands(c: Classified, after_aside: bool) -> bool:
        if after_aside:  # after an aside only the article's own prose goes on
            return c.cls == GOOD and not c.block.furniture
        return c.cls == GOOD or (c.cls == NEAR and bool(SENTENCE_CLOSE.search(c.block.text)))

    for step in (1, -1):
        edge = e if step == 1 else s
        while True:
            j, after_aside = gap(edge + step, step)
            if j == edge + step or not 0 <= j < len(cs) or not lands(cs[j], after_aside):
                break
            while 0 <= j + step < len(cs) and cs[j + step].cls == GOOD:
                j += step  # and on through the paragraphs that follow
            edge = j
        if step == 1:
            e = edge
        else:
            s = edge
    return s, e


def _choose_region(cs: list[Classified]) -> None:
    """Keep the maximal-score contiguous run of blocks (the article), plus strong prose outside it."""
    if not cs:
        return
    best, best_s, best_e = float("-inf"), 0, -1
    run, run_s = 0.0, 0
    for i, s in enumerate(_scores(cs)):
        if run <= 0:
            run, run_s = 0.0, i
        run += s
        if run > best:
            best, best_s, best_e = run, run_s, i
    best_s, best_e = _bridge(cs, best_s, best_e)
    # a list that ends the article (introduced by a colon), or HTML main content, extends the run
    while best_e + 1 < len(cs):
        c = cs[best_e + 1]
        if c.cls != BAD and (c.in_list or (c.block.in_main and not c.block.furniture)):
            best_e += 1
            if c.cls == SHORT:
                c.cls, c.reason = NEAR, c.reason + " in a list or main content"
        else:
            break
    end = max(_templated_list(cs, best_e + 1), _numbered_list(cs, best_s, best_e))
    for c in cs[best_e + 1:end]:
        if c.cls != BAD:
            c.cls, c.reason = NEAR, c.reason + " in a list that follows the article"
    best_e = max(best_e, end - 1)
    after = [0] * len(cs)  # non-furniture blocks between the run's end and each block (prefix counts)
    for i in range(best_e + 2, len(cs)):
        after[i] = after[i - 1] + (cs[i - 1].cls != BAD)
    for i, c in enumerate(cs):
        inside = best_s <= i <= best_e
        if c.cls == BAD:
            c.keep, c.role = False, "boilerplate"
        elif inside:
            c.keep = c.cls in (GOOD, NEAR)
            if not c.keep:
                c.reason += " (kept only between body blocks)"
        else:
            near = i < best_s or after[i] <= OUTSIDE_REACH
            c.keep = c.cls == GOOD and len(tokens(c.block.text)) >= 25 and near
            if not c.keep:
                c.role = "boilerplate"
                c.reason = f"{c.reason}, outside the article's main run"
            else:
                c.reason = "long prose outside the main run"


_SKELETON_TOKEN = lazy_re(r"[^\W\d_]+|\d+|[^\w\s]")


def _skeleton(text: str, k: int = 3) -> tuple[str, ...]:
    """The shape of a line's start: words as 'a', numbers as '9', punctuation as itself."""
    out: list[str] = []
    for m in _SKELETON_TOKEN.finditer(text):
        t = m.group()
        sym = "a" if t[0].isalpha() else "9" if t[0].isdigit() else t
        if not (out and out[-1] == "a" == sym):
            out.append(sym)
        if len(out) >= k:
            break
    return tuple(out)


def _templated_list(cs: list[Classified], start: int, min_items: int = 4) -> int:
    """End (exclusive) of a list of same-shaped lines right after the article (tour dates, results
    tables, numbered items), optionally under one heading; `start` when there is none. Menus do not
    qualify: their lines are bare words, with no number or punctuation in the shape."""
    i = start
    if i < len(cs) and cs[i].cls == SHORT and len(cs) > i + 1 and _skeleton(cs[i].block.text) != _skeleton(cs[i + 1].block.text):
        i += 1  # the list's heading
    shape = _skeleton(cs[i].block.text) if i < len(cs) else ()
    if len(shape) < 3 or all(s == "a" for s in shape):
        return start
    j = i
    while j < len(cs) and cs[j].cls != BAD and _skeleton(cs[j].block.text) == shape \
            and len(tokens(cs[j].block.text)) >= 3:
        j += 1
    return j if j - i >= min_items else start


_ITEM_NO = lazy_re(r"^(\d{1,3})[.)]\s")


def _numbered_list(cs: list[Classified], start: int, end: int, gap: int = 2) -> int:
    """End (exclusive) of a numbered list ("1) …", "2. …") that begins inside the article's run and
    runs past its end; items may be separated by a line or two (a link, a price). `end + 1` if none."""
    last_no, last_at = None, -1
    for i in range(start, len(cs)):
        m = _ITEM_NO.match(cs[i].block.text)
        if m and cs[i].cls != BAD and (last_no is None or int(m.group(1)) == last_no + 1):
            if last_no is None and i > end:
                break  # the list must start inside the article
            last_no, last_at = int(m.group(1)), i
        elif last_no is not None and i - last_at > gap:
            break
        elif last_no is None and i > end:
            break
    return last_at + 1 if last_at > end else end + 1


_ABOUT = r"(?:sobre|über|à propos de|acerca de|a proposito di)"  # "about" in the languages we read
# "the author" after it: "Sobre o autor", "Über die Autorin", "À propos de l'auteur", "Sull'autore"
_THE_AUTHOR = r"(?:o autor|a autora|el autor|la autora|den autor|die autorin|l['’]auteur|l['’]autore)"
_END_MARK = lazy_re(r"^(?:#{3}|-30-|\*\*\*|about (?:the )?[A-Z][\w.&'’ -]{2,80}|more information:?|"
                    # "Sobre Carlos Nadalim", "Über die Autorin": a capitalised name after the word, in any case
                    rf"{_ABOUT} (?-i:(?:[A-ZÀ-Þ][\w.&'’-]+ ?){{1,4}})|{_ABOUT} {_THE_AUTHOR}|sull['’]autore)$", re.I)
ISSUER = lazy_re(r"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|at|&)){0,8},?\s+(?:is\s+)?(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}"
                  r"(?:agency|company|organization|organisation|nonprofit|non-profit|provider|leader|firm|institute|"
                  r"association|foundation|group|network|publisher|university|center|centre|hospital|college|school|"
                  r"bank|charity|manufacturer|developer|maker|operator|platform|society|council|institution|"
                  r"laboratory|system|museum|library|authority|commission|office|service|journal)\b")


_AUTHOR_BOX = lazy_re(rf"^(?i:about|{_ABOUT})\s+(?:(?i:the author|{_THE_AUTHOR})|(?P<given>[A-ZÀ-Þ]\w+)\s+[A-ZÀ-Þ])")


def _author_box(text: str) -> bool:
    """The heading of an author's box ("About the author", "Sobre Carlos Roe"): a person, not an issuer
    ("About Acme": a press release's own boilerplate, which editors keep)."""
    m = _AUTHOR_BOX.match(text)
    return m is not None and (m.group("given") is None or m.group("given").lower() in given_names())


def _issuer_follows(cs: list[Classified], i: int) -> bool:
    """A kept "About Acme" heading over the issuer's description of itself ("Acme is a …") closes a press release,
    however much the subheading looks like the story's own."""
    nxt = next((d for d in cs[i + 1:] if d.block.text.strip()), None)
    return nxt is not None and ISSUER.match(nxt.block.text) is not None


def _end_zone(cs: list[Classified]) -> None:
    """After an end marker ("###", "-30-") or an "About <issuer>" heading (an author's box, "Sobre <name>") in the
    second half, nothing is body; an "About Acme" heading kept as a subhead ends it too when Acme's description of
    itself follows."""
    n = len(cs)
    kept = [i for i, c in enumerate(cs) if c.keep]
    # the second half of the page, or of the article (a long menu above it puts its end before the page's middle)
    half = min(n // 2, kept[len(kept) // 2] + 1) if len(kept) >= 3 else n // 2
    for i, c in enumerate(cs):
        if not _END_MARK.match(c.block.text):
            continue
        issuer = _issuer_follows(cs, i)
        if i >= (half if issuer or _author_box(c.block.text) else n // 2) and \
                (c.block.text[:1] in "#-*" or not c.keep or issuer):
            c.keep, c.role = False, "boilerplate"
            for d in cs[i + 1:]:
                if d.keep:
                    d.keep, d.role, d.reason = False, "boilerplate", "after the article's end marker"
            # the issuer's self-description just before "###" ("The FDA, an agency within …")
            prev = next((d for d in reversed(cs[:i]) if d.keep), None)
            if prev is not None and c.block.text.startswith("#") and ISSUER.match(prev.block.text):
                prev.keep, prev.role, prev.reason = False, "boilerplate", "issuer description before the end marker"
            break


def _related_list(cs: list[Classified]) -> None:
    """A "Related Articles" heading after the body, followed by other stories' headlines each over its teaser,
    ends the article: the teasers read as prose, so the densest run went on through them. Headlines alone
    under such a heading ("Most Popular", "1", "This Bay Area zip code ranks as the most expensive …") are
    no body either, up to the next sentence."""
    seen_body = False
    first = next((i for i, c in enumerate(cs) if c.keep), len(cs))
    for i, c in enumerate(cs):
        seen_body = seen_body or c.keep
        # (or just over the body: "More On:", a tag, then the headlines the run took for the story's first lines)
        if not ((seen_body or 0 < first - i <= 3) and c.cls == BAD and c.reason == "related"):
            continue
        for d in cs[i + 1:]:
            if d.keep and (_END_PUNCT.search(d.block.text) or not seen_body and len(tokens(d.block.text)) > 20):
                break  # (over the body, only headlines: "Two patients diagnosed with plague …")
            if d.keep:
                d.keep, d.role, d.reason = False, "boilerplate", "a headline in a list of other stories"
        rest = [d for d in cs[i + 1:] if d.cls != BAD]
        pairs, j = 0, 0
        while j + 1 < len(rest) and rest[j].cls in (SHORT, NEAR) and not _END_PUNCT.search(rest[j].block.text) \
                and rest[j + 1].cls in (GOOD, NEAR) and len(tokens(rest[j + 1].block.text)) <= 40:
            pairs, j = pairs + 1, j + 2
        if pairs >= 2 and not any(d.keep for d in rest[j:]):
            for d in rest[:j]:
                if d.keep:
                    d.keep, d.role, d.reason = False, "boilerplate", "a teaser in a list of other stories"
            return


_CLAUSE_END = lazy_re(r"[.!?:;…]$")  # (a teaser is no sentence and introduces nothing)


def _teaser_runs(cs: list[Classified]) -> None:
    """Other stories' teasers inside the article: a run of three or more kicker + headline pairs
    ("EYE POPPING" over "Russian Popeye has 'rotting' tricep removed …"), no line of it a sentence. The run is
    read over every line, dropped ones too: a headline in quotation marks read as a sentence kept its place
    between dropped ones."""
    i = 0
    while i < len(cs):
        j, kickers = i, 0
        while j < len(cs):
            text = cs[j].block.text.strip().strip("‘’'“”\"")
            n = len(tokens(text))
            if not 0 < n <= 20 or _CLAUSE_END.search(text):
                break
            kickers += n <= 5 and text.upper() == text
            j += 1
        if kickers >= 3 and j - i >= 6:
            for c in cs[i:j]:
                if c.keep:
                    c.keep, c.role, c.reason = False, "boilerplate", "a teaser for another story inside the article"
        i = max(j, i + 1)


# the link that closes another story's card: "Read more", "Continue reading", "Read the full story"
_READ_MORE = lazy_re(r"^(?:read|see) (?:more|the (?:full )?(?:story|article))|^continue reading$|"
                     r"^read full (?:story|article)$", re.I)


def _read_more_cards(cs: list[Classified]) -> None:
    """Another story's card inside the article: its headline, its teaser cut off mid-sentence ("… have even
    died due to") and a "Read more" link. The cut teaser (no sentence end) over the link is no body, nor the
    title-like line right over it."""
    for i, c in enumerate(cs):
        if c.keep or not _READ_MORE.match(c.block.text.strip()) or len(tokens(c.block.text)) > 5:
            continue
        j = i - 1
        if j < 0 or not cs[j].keep or _END_PUNCT.search(cs[j].block.text.rstrip()):
            continue  # (a finished sentence over "Read more" is the article's own paragraph)
        cs[j].keep, cs[j].role, cs[j].reason = False, "teaser", "another story's teaser, cut off over its link"
        h = j - 1
        if h >= 0 and cs[h].keep and len(tokens(cs[h].block.text)) <= 20 and \
                not _END_PUNCT.search(cs[h].block.text.rstrip()) and _title_case(cs[h].block.text):
            cs[h].keep, cs[h].role, cs[h].reason = False, "teaser", "another story's headline, over its teaser"


def _tail(cs: list[Classified]) -> None:
    """Author bios and feedback requests in the second half of the kept blocks are not body."""
    pats = tail_patterns()
    kept = [c for c in cs if c.keep]
    for c in kept[max(1, len(kept) // 2):]:
        for p in pats:
            if p.regex.search(c.block.text):
                c.keep, c.role, c.reason = False, "boilerplate", f"{p.reason} closing the article"
                break


_SECTION_BREAK = lazy_re(r"^(?:_{3,}|\*{3,}|-{3,}|={3,}|(?:\* ){2,}\*)$")  # ("###" and "-30-" end a story)
_BREAK_REASON = "a rule between sections of the article"  # (rules repeat: they are no repeated teaser)


def _section_breaks(cs: list[Classified]) -> None:
    """A rule line ("___", "* * *") between paragraphs of the article separates its sections (wire stories
    print one before each subheading); the article goes on after it, so it is body, and the subheading
    under it becomes a line between body blocks."""
    for i in range(1, len(cs) - 1):
        c = cs[i]
        if c.keep or not _SECTION_BREAK.match(c.block.text) or not cs[i - 1].keep:
            continue
        nxt = cs[i + 1] if cs[i + 1].keep or cs[i + 1].cls != SHORT or i + 2 >= len(cs) else cs[i + 2]
        if nxt.keep:
            c.keep, c.role, c.reason = True, "body", _BREAK_REASON


STRUCTURED_RUNS = 4  # at least this many runs of short lines between the article's paragraphs
STRUCTURED_RUN_LEN = 3  # of at most this many lines each


def _structured_runs(cs: list[Classified], first: int, last: int, listed=lambda c: False) -> bool:
    """Runs of a few short lines between paragraphs, again and again through the article, are its own
    structure (a deals or product list: an item's name and its price line before each paragraph), not
    a teaser that sits once between two paragraphs. A line of a repeated label (`listed`: "See it now:
    Amazon") belongs to a run, whatever the lexicon says of it."""
    runs, run = 0, 0
    for c in cs[first:last + 1]:
        if c.keep:
            if 2 <= run <= STRUCTURED_RUN_LEN:
                runs += 1
            run = 0
        elif c.cls == SHORT or listed(c):
            run += 1
        elif not _caption(c):  # (an item's photo caption sits in its run without being one of its lines)
            run = STRUCTURED_RUN_LEN + 1
    return runs >= STRUCTURED_RUNS


def _caption(c: Classified) -> bool:
    return c.cls == BAD and c.reason in ("caption", "HTML caption")


def _item_link(c: Classified) -> bool:
    """(HTML) a link inside the article's own container: in a list, an item's link ("Get it on Amazon …")."""
    return c.cls == BAD and c.block.in_main and c.reason == "mostly link text"


def _repeated_labels(cs: list[Classified]) -> set[str]:
    """Labels opening at least LABEL_REPEATS of these lines on at least two values ("See it now: Amazon", "See
    it now: Apple", …; "Containers: 1 Green", …): a list's own structure, not a one-off widget label."""
    values: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    for c in cs:
        m = _LABEL.match(c.block.text)
        if m:
            key = m.group(1).lower()
            values.setdefault(key, set()).add(c.block.text)
            count[key] = count.get(key, 0) + 1
    return {k for k, v in values.items() if len(v) >= 2 and count[k] >= LABEL_REPEATS}


def _smooth(cs: list[Classified]) -> None:
    """Short blocks sandwiched between kept body blocks are body (jusText's neighbour rule):
    list items, one-line paragraphs and subheadings inside an article."""
    kept_idx = [i for i, c in enumerate(cs) if c.keep]
    if not kept_idx:
        return
    first, last = kept_idx[0], kept_idx[-1]
    labels = _repeated_labels([c for c in cs[first:last + 1] if not c.keep])

    def listed(c: Classified) -> bool:
        """A line of the article's own list: a repeated label, or an item's link."""
        if _item_link(c):
            return True
        m = _LABEL.match(c.block.text) if labels else None
        return m is not None and m.group(1).lower() in labels

    structured = _structured_runs(cs, first, last, listed)

    def stops(d: Classified) -> bool:
        """Body, or furniture that is not part of the list (its own lines and its photo captions are)."""
        return d.keep or (d.cls == BAD and not (structured and (listed(d) or _caption(d))))

    for i in range(first + 1, last):
        c = cs[i]
        if c.keep or (c.cls != SHORT and not (structured and listed(c))):
            continue
        prev = next((d for d in reversed(cs[:i]) if stops(d)), None)
        nxt = next((d for d in cs[i + 1:] if stops(d)), None)
        if cs[i - 1].keep and _short_sentence(c) and any(d.keep for d in cs[i + 1:i + 1 + BRIDGE]):
            # a short sentence right under a paragraph, the article going on past a promotion below it ("You
            # shouldn't just believe them." over "THE POINT -- NOW ON YOUTUBE!" and its pitch): the story's
            c.keep, c.role, c.reason = True, "body", "short sentence after a paragraph"
            continue
        if prev is None or nxt is None or not prev.keep or not nxt.keep:
            c.role = "boilerplate"
            continue
        alone = cs[i - 1].keep and cs[i + 1].keep  # a single line between body blocks: a subheading
        if _URL_ONLY.match(c.block.text) or (c.block.link_density > 0.5 and not (structured and listed(c))) or \
                (not alone and not structured and not c.in_list and not c.block.in_main
                 and not _LISTY.search(c.block.text)):
            c.role = "boilerplate"
            continue
        c.keep, c.role, c.reason = True, "body", _LISTED_REASON if structured and listed(c) else \
            "short block between body blocks"
    for c in cs:
        if not c.keep and c.role == "body":
            c.role = "boilerplate"


# the headings of a recipe or a how-to card inside an article: its list of ingredients and its steps are text
_CARD_HEADING = lazy_re(r"^(?i:ingredients|instructions|directions|method|preparation|equipment|supplies|"
                        r"you(?:['’]ll| will) need|what you(?:['’]ll| will)? need(?: to [\w ]{2,30})?)\s*:?$")
CARD_LINES = 40  # at most this many lines between the paragraphs around the card


def _recipe_cards(cs: list[Classified]) -> None:
    """A recipe card between an article's paragraphs ("Ingredients", "1 tsp cinnamon", …, "Instructions") is
    the article's own list: its short lines are body, though one line among them ("Print") is furniture."""
    kept = [i for i, c in enumerate(cs) if c.keep]
    for a, b in zip(kept, kept[1:], strict=False):
        if b - a - 1 > CARD_LINES or b - a < 3:
            continue
        run = cs[a + 1:b]
        if not any(_CARD_HEADING.match(c.block.text.strip()) for c in run):
            continue
        for c in run:
            if c.cls in (SHORT, NEAR) and c.block.link_density <= 0.5 and not _URL_ONLY.match(c.block.text):
                c.keep, c.role, c.reason = True, "body", "a recipe or how-to card inside the article"


LIST_LINES = 8  # a list after the last paragraph: at least this many lines before the first furniture line
LABEL_REPEATS = 3  # … with one label opening this many of them, on different values
_LABEL = lazy_re(r"^([A-Z][\w’'-]*(?: [\w’'-]+){0,3}):\s+\S")
_LIST_REASON = "a labelled list after the last paragraph (the article's own)"  # its repeats are its own
_LISTED_REASON = "a labelled line of the article's own list"  # ("See it now: Amazon" under each item)


def _labelled_list(cs: list[Classified]) -> None:
    """A list after the last paragraph whose lines repeat a label on different values ("Portion Fix
    Containers: 1 Green", …, "Portion Fix Containers: 1 Purple") is the article's own (a meal plan, a spec
    sheet): its lines are body, up to the last labelled line and never past a furniture line. A menu, a
    footer or a list of other stories repeats no label."""
    kept = [i for i, c in enumerate(cs) if c.keep]
    if not kept:
        return
    region: list[Classified] = []
    for c in cs[kept[-1] + 1:]:
        if c.cls == BAD and not _item_link(c):
            break
        region.append(c)
    if len(region) < LIST_LINES:
        return
    labels = _repeated_labels(region)
    if not labels:
        return
    labelled = [i for i, c in enumerate(region) if (m := _LABEL.match(c.block.text)) and m.group(1).lower() in labels]
    if labelled[0] >= LIST_LINES:
        return  # the list must start right under the article
    for c in region[:labelled[-1] + 1]:
        if (c.block.link_density <= 0.5 or c.block.in_main) and not _URL_ONLY.match(c.block.text):
            c.keep, c.role, c.reason = True, "body", _LIST_REASON


# the credit line under an embedded social-media post: "— Jane Roe (@janeroe) November 18, 2019", on its own
# line or glued after the post's text when a scraper flattened the embed into one line
_EMBED_CREDIT = lazy_re(
    r"^(?:\S.{0,600}?\s)?[—–-]\s*\S.{0,80}?\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}$")
EMBED_TEXT = 4  # at most this many lines of the post's own text above its credit line


def _embeds(cs: list[Classified]) -> None:
    """An embedded post inside the article (its text, then its credit line) is quoted content, so body:
    its short lines and its credit were read as furniture. A credit right after the last paragraph counts
    (the post closes the article); one after other furniture is a sidebar's feed."""
    kept_idx = [i for i, c in enumerate(cs) if c.keep]
    if not kept_idx:
        return
    for i, c in enumerate(cs):
        if i <= kept_idx[0] or not _EMBED_CREDIT.match(c.block.text):
            continue  # (a credit already kept as a line between paragraphs still brings its post's lines)
        before = max(k for k in kept_idx if k < i)
        post = cs[before + 1:i]  # the post's own lines: short ones, a bare link ("pic.twitter.com/…")
        if len(post) > EMBED_TEXT or any(d.cls == BAD and d.reason != "mostly link text" for d in post):
            continue
        for d in [*post, c]:
            d.keep, d.role, d.reason = True, "body", "an embedded post (its text and credit line) inside the article"


_WRAPPED = lazy_re(r"[\"“‘']\s*([^\"“”‘’']+?)\s*[\"”’']")
_URL_ONLY = lazy_re(r"^\S*(?:https?://|www\.)\S*$")
# a short line that reads as prose or a list item: sentence or clause punctuation at the end,
# a list marker or number at the start, or a lower-case start (a continued sentence)
_LISTY = lazy_re(r"[.!?…,;:\"”’]$|(?:^|[\s:])'[^\n]{2,}[.!?,]'$|^(?:[•·▪►*\-–]|\d{1,3}[.)]\s|[a-z])")
# (a closing single quote after a sentence's end: "He said: 'It was the worst day of my life.'", British style)
# a comment's own header, signed and dated ("Jane Roe on September 12, 2018 at 4:47 pm said:")
_SIGNED_COMMENT_RX = r".{2,60}\s+on\s+\w+\.?\s+\d{1,2},?\s+\d{4}(?:\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?)?\s+said:?"
_COMMENTS_START = lazy_re(
    r"^(?:\d+\s+(?:responses?|comments?|replies|thoughts)(?:\s+(?:to|on)\b.*)?|" + _SIGNED_COMMENT_RX + "|"
    r"(?:leave|post|add|write) a (?:reply|comment|response)|comments?(?:\s*\(\d+\))?|\S.{0,40}\s(?:says|wrote):|"
    r"(?:show|view|load|read) (?:all )?(?:\d+ )?comments|join the (?:discussion|conversation)|"
    r"comments are closed|discussion|reader comments|conversation)\s*:?$", re.I)


_SIGNED_COMMENT = lazy_re(_SIGNED_COMMENT_RX + r"\s*$", re.I)  # a comment section however short the article above
# a bare label or counter, which a share bar shows inside the article as well as over its comments
_COMMENTS_LABEL = lazy_re(
    r"^(?:\d+\s+(?:responses?|comments?|replies|thoughts)|comments?(?:\s*\(\d+\))?|"
    r"(?:show|view|load|read) (?:all )?(?:\d+ )?comments|join the (?:discussion|conversation)|"
    r"discussion|reader comments|conversation)\s*:?$", re.I)
_ABOUT_COMMENTING = lazy_re(r"\b(?:comment|submi[st]|guidelines|profan|moderat|respectful|civil(?:ity)?\b)", re.I)


def _comments_cut(cs: list[Classified]) -> None:
    """Everything after the start of a comment section (past the middle of the body) is not the article."""
    kept = [i for i, c in enumerate(cs) if c.keep]
    if len(kept) < 3:
        return
    words_before = 0
    total = sum(len(tokens(cs[i].block.text)) for i in kept)
    for i, c in enumerate(cs):
        if c.keep:
            words_before += len(tokens(c.block.text))
        need = min(0.3 * total, 30 if _SIGNED_COMMENT.match(c.block.text) else 80)
        if words_before >= need and _COMMENTS_START.match(c.block.text) and not _widget_in_story(cs, i):
            for d in cs[i:]:
                if d.keep:
                    d.keep, d.role, d.reason = False, "boilerplate", "comment section"
                elif d is c:
                    d.reason = "comment section starts"
            return


def _widget_in_story(cs: list[Classified], i: int) -> bool:
    """A bare comments label that the story's own prose follows at once ('12 Comments' in a share bar after the
    lead) is no comment section: over real comments come their headers, forms, bios or other widgets."""
    nxt = cs[i + 1] if i + 1 < len(cs) else None
    return bool(nxt and nxt.keep and nxt.cls == GOOD and _COMMENTS_LABEL.match(cs[i].block.text)
                and not _ABOUT_COMMENTING.search(nxt.block.text))  # (the section's rules for commenters)


def _repeats(cs: list[Classified]) -> None:
    """Drop teasers and pull-quotes that repeat body text, and exact duplicates."""
    seen: set[str] = set()
    kept_all = [c for c in cs if c.keep]
    for n, c in enumerate(kept_all):
        key = norm_line(c.block.text)
        if key in seen and (n <= 2 or len(key.split()) < 8) and not SIGN_OFF.fullmatch(c.block.text) \
                and c.reason not in (_BREAK_REASON, _LIST_REASON, _LISTED_REASON):
            c.keep, c.role, c.reason = False, "boilerplate", "repeats an earlier block"
        seen.add(key)
    kept = [c for c in cs if c.keep]
    keys = {id(c): norm_line(c.block.text) for c in kept}
    for c in kept:
        m = _TEASER_END.search(c.block.text)
        if m and "[" in m.group():
            head = " ".join(norm_line(c.block.text[:m.start()]).split()[:12])
            if head and any(head in keys[id(d)] for d in kept if d is not c):
                c.keep, c.role, c.reason = False, "teaser", "teaser that repeats the lead and ends in […]"
    kept = [c for c in kept if c.keep]
    for c, nxt in zip(kept[:3], kept[1:4], strict=False):  # a standfirst that repeats the start of the lead under it
        head, lead = keys[id(c)], keys[id(nxt)]
        if len(head.split()) >= 6 and len(lead) > len(head) and lead.startswith(head + " "):
            c.keep, c.role, c.reason = False, "teaser", "teaser that repeats the start of the lead"
    kept = [c for c in kept if c.keep]
    # a short block that repeats one sentence of a longer block is a pull-quote (linear: a dict of sentences)
    sentences: dict[str, int] = {}
    for c in kept:
        if len(keys[id(c)].split()) > 40 or c.block.text.count(". ") > 0:
            for a, b in sentence_spans(c.block.text):
                sentences.setdefault(norm_line(c.block.text[a:b]), c.block.index)
    for c in kept:
        key = keys[id(c)]
        owner = sentences.get(key)
        if 3 <= len(key.split()) <= 40 and owner is not None and owner != c.block.index and \
                c.reason not in (_LIST_REASON, _LISTED_REASON):
            c.keep, c.role, c.reason = False, "boilerplate", "pull-quote repeating body text"
        elif _repeats_signed(c, kept, keys):
            c.keep, c.role, c.reason = False, "boilerplate", "pull-quote repeating body text"


def _repeats_signed(c: Classified, kept: list[Classified], keys: dict[int, str]) -> bool:
    """A quotation signed by its speaker whose words stand in another paragraph ("“The cost was small.” —
    Jane Roe" beside "Roe said the cost was small …") is a pull-quote; so is a bare quotation of six words or
    more that another paragraph holds with its attribution ("“We measured a rise of a third.”" beside "“We
    measured a rise of a third,” said Dr. Roe")."""
    signed = _SIGNED_QUOTE.match(c.block.text)
    bare = None if signed else _BARE_QUOTE.match(c.block.text.strip())
    said = norm_line((signed or bare).group("said")) if signed or bare else ""
    return len(said.split()) >= (3 if signed else 6) and any(said in keys[id(d)] for d in kept if d is not c and d.keep)


# a paragraph that is one quotation and nothing else
_BARE_QUOTE = lazy_re(r"^[\"“‘](?P<said>[^\n\"“”]{20,300}?)[\"”’]$")


_GLUED_SENTENCE = lazy_re(r"(?:(?<=[.!?])|(?<=[.!?,][”\"]))(?=[A-Z])")  # no space after a sentence's end


def _glued_repeats(cs: list[Classified]) -> None:
    """A fragment glued after a line's last sentence that repeats the start of another paragraph
    ("…is safe.The man being hunted by the FBI, for example, isn’t just a…") is a teaser: cut it."""
    kept = [c for c in cs if c.keep]
    starts: dict[str, int] = {}
    for c in kept:
        key = " ".join(norm_line(c.block.text).split()[:6])
        if len(key.split()) == 6:
            starts.setdefault(key, c.block.index)
    if not starts:
        return
    for c in kept:
        for m in _GLUED_SENTENCE.finditer(c.block.text):
            rest = norm_line(c.block.text[m.start():m.start() + 300]).split()  # six words are enough
            owner = starts.get(" ".join(rest[:6]))
            if len(rest) >= 6 and owner is not None and owner != c.block.index:
                c.cuts.append((c.block.start + m.start(), c.block.end, "teaser repeating another paragraph"))
                break


@lru_cache(maxsize=1)
def _inline_index() -> LiteralIndex:
    return LiteralIndex(inline_patterns())


def _inline(cs: list[Classified]) -> None:
    """Mark boilerplate glued into kept lines (photo credits, teaser markers)."""
    pats = inline_patterns()
    index = _inline_index()
    _glued_repeats(cs)
    for c in cs:
        if not c.keep:
            continue
        text = c.block.text
        possible = index.candidates(fold(text))
        for i, p in enumerate(pats):
            if not possible >> i & 1:
                continue
            for m in p.regex.finditer(text):
                a, b = m.span("cut") if "cut" in p.regex.groupindex else m.span()
                if b > a:
                    c.cuts.append((c.block.start + a, c.block.start + b, p.reason))
                    before = text[:a].rstrip()
                    if p.reason == "photo credit" and not text[b:].strip() and before and (
                            not _SENTENCE_END.search(before) and len(tokens(before)) <= 40 or
                            text[a:b].lstrip().startswith("(") and len(tokens(before)) <= 25 and
                            len(sentence_spans(before)) == 1):
                        # "Protesters gather in the square (Image: AGENCY)": the whole line is a caption, and so
                        # is one sentence before a bracketed credit ("A dredge works … in 2019. (Photo by …)")
                        c.keep, c.role, c.reason, c.cuts = False, "boilerplate", "caption ending in a photo credit", []
                        break
            if not c.keep:
                break


_SENTENCE_END = lazy_re(r"[.!?…\"”’]$")
