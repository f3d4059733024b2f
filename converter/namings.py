"""Namings: who is named where in a sentence, for the speaker and reported-speech stages.

The noun phrase that ends right before a speech cue ("Russian President Vladimir Putin said"),
the one that starts right after an inverted cue ("said a senior official"), the grammatical
subject at the head of a sentence, sentence spans that never end inside a quotation, and the
mask that hides quoted words so cues and names are found outside quotations only. Every search
looks at a bounded window, so the stage stays linear in the article's length.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator

from .lazyre import lazy_re
from .lexicon import speech_cues, stopwords, trie_regex, words
from .people import (COMMON_VERBS, DETS, LABEL_AFTER_NAME, NAME_END, NAME_START, NAME_TOK, NOT_NAME_START, OF_WORDS,
                     ORG_HEADS, PARTY_MEMBER, PERSON_HEAD, PRONOUNS, QUALIFIERS, QUANTITY, TOKEN, is_name,
                     modifies_a_thing, people_head, role_words)
from .quotes import Span
from .segment import sentence_spans


_SKIP = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "later", "once", "again",
         "further", "previously", "recently", "did", "does", "do", "not", "never", "reportedly", "publicly", "still",
         "even", "just", "already", "often", "earlier", "who", "could", "can", "may", "might", "should", "been",
         "first", "last", "repeatedly", "subsequently", "simply", "quickly", "flatly", "firmly", "privately", "only",
         # negated auxiliaries ("One expert doesn't believe …"), compared with a straight apostrophe
         "doesn't", "didn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't",
         "isn't", "wasn't", "weren't", "aren't", "shouldn't", "mustn't"}


@lru_cache(maxsize=None)
def cues() -> re.Pattern:
    """The speech-cue lexicon as one regex (a trie: the longest phrase wins, "pointed out" over "pointed")."""
    return re.compile(r"(?<![\w-])(?:" + trie_regex(list(speech_cues())) + r")(?![\w-])|\bAccording to\b")


def lower_same_length(text: str) -> str:
    """Lower case with the offsets of `text` (a character whose lower case is longer, "İ", stays): the
    lexicon patterns match lower-cased text case-sensitively, several times faster than with re.I and
    without compiling a second, case-blind copy of them."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


class Found:
    """A cue found in a lower-cased copy, read back in the text's own case (the match API the rules use)."""

    __slots__ = ("text", "a", "b")

    def __init__(self, text: str, a: int, b: int):
        self.text, self.a, self.b = text, a, b

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def group(self) -> str:
        return self.text[self.a:self.b]


def cues_any_case(masked: str, pos: int, end: int) -> Iterator[Found]:
    """The cues in masked[pos:end] in any letter case, for the attribution after a quotation ("…” Murphy, the
    head of X, Tweeted"): the lexicon's lower-case trie over the window lower-cased, read back in `masked`."""
    lo = max(0, pos - 1)  # one character before: the trie's look-behind sees what precedes the window
    for c in cues().finditer(lower_same_length(masked[lo:end]), pos - lo):
        yield Found(masked, lo + c.start(), lo + c.end())


_TRAILING_ADVERBS = lazy_re(r"(?:\s+(?:always|sometimes|often|never|also|still|now|then|later|once|again|just|even|"
                            r"ever|already|soon|(?!assembly\b|monopoly\b|anomaly\b|quarterly\b|butterfly\b)"
                            r"[a-z]{5,}ly))+\s*$")  # (not "A Clinton ally", "the family")
# a day or a time after the naming, before its verb ("A federal judge on Monday", "The mayor last week")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TRAILING_WHEN = lazy_re(r"(?:\s+(?:released|published|conducted|issued|taken|filed|due))?"  # ("a poll released Friday")
                         r"(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bits)(?<!\bthe)(?<!\bour)(?<!\ba)(?<!\ban)(?<!\bevery)"
                         r"(?<!\beach)"  # (not "his Friday show", "on a Saturday")
                         rf"\s+(?:on\s+(?:{_WEEKDAY}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})|(?:last|this|earlier this|late)\s+"
                         rf"(?:week|month|year|{_WEEKDAY}|morning|night|spring|summer|fall|winter)|"
                         rf"(?:{_WEEKDAY}|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?)\s*$")


def trim_when(s: str, a: int, b: int) -> int:
    """The end of the naming [a, b) without a day or time after it ("A federal judge on Monday" -> "A federal
    judge"): when is the verb's, not the naming's."""
    when = _TRAILING_WHEN.search(s, a, b)
    return when.start() if when and when.start() > a else b
_LAST_PRONOUN = lazy_re(r"(?<![\w’'])(?:he|she|they|we|I)(?=(?:[’'](?:s|ve|d|ll|re|m))?\s*$)")
_WINDOW = 300  # characters of left context a naming can span; keeps every search local (linear overall)


# the sentence's subject opening on a noun phrase with a restrictive relative clause, up to the naming found before
# the cue: "A man who lives near the plant said", "Anyone who has tried … knows", "The company that runs the bridge
# said" (the naming found is the clause's own object; the speaker is the whole phrase)
_SUBJECT_RELATIVE = lazy_re(
    r"\s*(?:(?:[Aa]|[Aa]n|[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Ff]ew|[Aa]ll|[Oo]ne|[Tt]hose|[Tt]wo|[Tt]hree)"
    r"\s+(?:[\w’'$-]+\s+){0,4}?[\w’'-]+|[Aa]nyone|[Ee]veryone|[Ss]omeone|[Pp]eople|[A-Z][a-z]+s)"
    r"(?<!\bfact)(?<!\bidea)(?<!\bnotion)(?<!\bnews)(?<!\bclaim)(?<!\bbelief)(?<!\bhope)(?<!\bview)(?<!\bsense)"
    r"(?<!\bfear)(?<!\btheory)\s+(?:who|that)\s+(?:(?!that\b)[^,;:“”\"()])+$")
# (not "The fact that …", a clause; nor "The aide who took the call recalled that he said": the clause's own subject
# speaks)


def _relative_subject_start(s: str, lo: int, a: int, b: int) -> int:
    """Where the naming [a, b) found before a cue starts when the sentence's subject holds it in a restrictive
    relative clause: at the subject ("A man who lives near the plant said"), else at a."""
    whole = _SUBJECT_RELATIVE.match(s, lo, b)
    if not whole or s[a:b].lower() in PRONOUNS:
        return a
    head = re.split(r"\s(?:who|that)\s", s[lo:a], maxsplit=1)[0].lower().split()
    if any(w in COMMON_VERBS or cues().fullmatch(w) for w in head):
        return a  # a verb before the relative pronoun: the subject ended before it ("Officials fear that …")
    return whole.start() + len(whole.group()) - len(whole.group().lstrip())


def np_before(s: str, k: int, lo: int = 0) -> tuple[int, int] | None:
    """The subject naming that ends right before position `k` (a cue), as (start, end).

    `lo` is the sentence start: a bare plural reaching it ("Russian leaders claim") is the subject.
    """
    base = max(0, k - _WINDOW, lo)  # a naming never starts before its sentence ("…with Sanders. Lombardi said")
    found = _np_before_window(s[base:k], k - base, lo - base)
    if found is None:
        return None
    a, b = found[0] + base, found[1] + base
    if lo > 0 or base == 0:  # (lo is the sentence's start)
        a = _relative_subject_start(s, lo, a, b)
    adverbs = _TRAILING_ADVERBS.search(s, a, b)
    if adverbs and adverbs.start() > a:
        b = adverbs.start()  # "GiveWell sometimes", "The Wikileaks founder always": the adverb is the verb's
    b = trim_when(s, a, b)
    last = _LAST_PRONOUN.search(s, a, b)
    if last and last.start() > a and not re.search(r"[A-Z]", s[a:last.start()]):
        return last.start(), last.end()  # "it sounds like she’s found …": the pronoun, not the clause before it
    return a, b


# a plural head noun, with a determiner or quantifier, right before a restrictive relative "who"
_RESTRICTIVE_HEAD = lazy_re(r"(?<![\w’'-])((?:(?:the|some|many|most|several|other|few|all|\d[\d,]*)\s+)?"
                            r"[a-z][a-z’'-]*[a-rt-z]s)\s*$")


_CLAUSE_INSIDE = lazy_re(r"\b(?:on|in|at|against|from|for|with|of|to|by|about|also|is|are|was|were|has|have|had|"
                         r"includes?|\w+ly|\w+ed)\b")


def _whose_part(seg: str, toks: list, j: int, lo: int) -> int:
    """Where a nominal naming starts when its determiner at toks[j] follows a preposition: "a spokesman for
    the company", "officials at the embassy" are people, not the company or the embassy."""
    k = j - 1
    if k < 1 or toks[k].group().lower() not in OF_WORDS:
        return toks[j].start()
    if k >= 2 and toks[k - 1].group().lower() in QUALIFIERS:
        k -= 1  # "people familiar with the matter", "officials briefed on the talks": the people
    head = toks[k - 1].group().lower()
    if not (head in words("person_nouns.txt") or head in words("groups.txt")):
        return toks[j].start()
    for i in range(k - 1, max(-1, k - 5), -1):
        if any(p in seg[toks[i].end():toks[i + 1].start()] for p in ",;:()“”\""):
            break
        w = toks[i].group().lower()
        if w in DETS or (toks[i].start() <= lo + 1 and head in words("groups.txt")):
            return toks[i].start()  # (a bare plural at the sentence start: "Officials at the embassy said")
    return toks[j].start()


_RELATIVE_ASIDE = lazy_re(r",\s+(?:[^,;:“”\"()]*?\s)??(?P<rel>which|who|whose|where)\s"
                          r"(?:[^,;:“”\"()]|,(?=\d{3})|,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,"
                          r"(?=\s+(?:on|in|at|to|for|from|with|last|this|next|earlier|later)\s))+,$")
# (a place's region inside the aside keeps its comma: "…, who was to travel to Columbus, Ohio, on Wednesday, said")


_FROM_TOWN = lazy_re(r"\s*\b(?:of|from|in|near)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*$")
_PARTICIPLE_PHRASE = lazy_re(
    r"\s+([a-z]{2,}ing)\s+(?:[\w’'-]+\s+){0,5}?(?:to|with|for|at|on|in|from|by|about|of|atop|near|inside|outside|"
    r"across|behind|beyond|within|under|over|along|around|among|between|toward|towards|against|via|into|onto|"
    r"through|throughout|upon|aboard|beside)\s+(?:the\s+)?$")
_AGE = lazy_re(r"\s*\d{1,3}\s*")  # "Jane Roe, 45, said"
_PLACE_ONLY = lazy_re(r"\s*(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*")  # "…, from Leeds, said"
# a state or country after a town: a known place, an abbreviation ("Calif.", "D.C.", "NY"), a county ("West Yorkshire")
_REGION_ABBREV = lazy_re(r"[A-Z][a-z]{1,4}\.|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2}|(?:[A-Z][a-z]+\s)?[A-Z][a-z]+shire")


def _party_label(chunk: str) -> bool:
    """A party label set off after a name ("R-Texas", "D-Calif.", "Republican of Ohio"); not "I"."""
    chunk = chunk.strip()
    return chunk != "I" and LABEL_AFTER_NAME.fullmatch(chunk) is not None


def _is_region(text: str) -> bool:
    return text.lower() in words("places.txt") or _REGION_ABBREV.fullmatch(text) is not None


_TITLE_CLOSING_APPOSITIVE = lazy_re(r",\s+(?=[a-z])[^,;:.!?“”\"]*?\b(?:of|titled|entitled|called)\s+"
                                    r"(?P<open>“|\"|'')[^“”\"!?]{1,60}?(?P<close>,(?:”|\"|''))$")


def _np_before_window(s: str, k: int, lo: int) -> tuple[int, int] | None:
    left = s[:k]
    end = len(left.rstrip())
    rel = re.search(r"(?:,\s+|(?<=[a-z])\s+)(who)\s+(?:(?:also|later|then|has|have|had|once)\s+)*$", left)
    if rel:  # "from Mike Lee, who declared …": the local naming is "who"; the antecedent is who it is
        named = NAME_END.search(left[:rel.start()])
        if named and is_name(named.group(1)):
            return rel.start(1), rel.end(1)
        head = _RESTRICTIVE_HEAD.search(left, 0, rel.start())
        if head and not left[rel.start():rel.start(1)].strip():
            # "some Democratic lawmakers who said …" as the naming reads it, unless that reaches back across
            # a clause ("defended the budget against critics who said"): then the plural noun before "who"
            whole = _np_before_window(left[:rel.start()] + " said", rel.start() + 1, lo)
            if whole and not _CLAUSE_INSIDE.search(left, whole[0], whole[1]):
                return whole
            return head.start(1), head.end(1)
    # skip auxiliaries and adverbs ("has also said", "later told")
    while True:
        i = end  # the last word of left[:end] (which ends in no space), read backwards: a regex anchored at $
        while i > 0 and (left[i - 1].isalnum() or left[i - 1] in "_’'"):  # would try every start before it
            i -= 1
        if i == end:
            break
        word = left[i:end]
        w = word.lower()
        if word.isupper() and len(w) > 1:
            break  # an acronym ("WHO said"), not the relative pronoun
        if w.replace("’", "'") in _SKIP or (w.endswith("ly") and len(w) > 4 and w not in {"family", "italy", "ally", "july", "emily", "kelly", "reilly", "daly", "sally", "holly"}):
            end = len(left[:i].rstrip())
            continue
        break
    seg = re.sub(r"\s[-–—](?=\s|$)|—", lambda m: " " * (len(m.group()) - 1) + ",", left[:end])
    rel = re.search(r",\s+who\s*$", seg)
    if rel:
        return _np_before_window(seg[:rel.start()] + " said", rel.start() + 1, lo)
    paren = re.search(r"\s*\([^()]{1,40}\)$", seg)
    if paren:
        seg = seg[:paren.start()]
    # a title quoted at an appositive's end keeps the appositive's comma inside its marks ("Jane Roe, author of
    # “The Rules,” put it"): the marks become spaces and the comma closes the appositive (offsets unchanged); an
    # appositive opens in lower case ("…, Trump went on to promote “The Show,” note that": a clause, no appositive)
    title = _TITLE_CLOSING_APPOSITIVE.search(seg)
    if title:
        a, b = title.span("open"), title.span("close")
        seg = seg[:a[0]] + " " * (a[1] - a[0]) + seg[a[1]:b[0]] + " " * (b[1] - b[0] - 1) + ","
    # appositives: "Putin, the Russian leader, said" / "Trump's manager, Kellyanne Conway, said"
    if seg.endswith(","):
        rel = _RELATIVE_ASIDE.search(seg)
        if rel:  # "A spokeswoman for the union, which represents 2,000 workers, said": the phrase before it
            before = seg[:rel.start()].rstrip()
            if seg[rel.start() + 1:rel.start("rel")].strip():  # an appositive holds the relative clause:
                named = NAME_END.search(before)  # "Bob Corker, a Tennessee Republican who …, said": Corker,
                if named and is_name(named.group(1)) and named.group(1).split()[0].lower() not in NOT_NAME_START:
                    return named.start(1), named.end(1)
                before = seg[:rel.start("rel")].rstrip()  # "…'s source, a Syrian refugee who …, said": the refugee
            return _np_before_window(before + " said", len(before) + 1, lo)
        chunks = [c for c in re.finditer(r"(?:[^,;:“”\"()]|,(?=\d{3}))+", seg)]
        cue = re.search(r"\s(?:said|says|added|adds|told|tells)$", chunks[-1].group().rstrip()) if chunks else None
        if cue:  # "…, he said, then added": the one who said it
            k = chunks[-1].start() + cue.start()
            return _np_before_window(seg[:k] + " said", k + 1, lo)
        town = _FROM_TOWN.search(chunks[-2].group()) if len(chunks) >= 2 else None
        if town and _is_region(chunks[-1].group().strip()):
            # "Jane Roe, of Dayton, Ohio, said", "John Roe, 54, from Leeds, West Yorkshire, told", "The mayor of
            # Dayton, Ohio, said": the region ends the place phrase, and the naming is before it
            # the naming before the phrase's chunk (an appositive: "Jane Roe, a teacher from Dayton, Ohio,") unless a
            # name stands before the place in it; else the words before the place ("The mayor of Dayton, Ohio,");
            # an age keeps its comma ("Smithy, 33, of …")
            outer, inner = seg[:chunks[-2].start()].rstrip(), seg[:chunks[-2].start() + town.start()].rstrip()
            named = is_name(inner[chunks[-2].start():].strip())  # "Another superdelegate, Michael Brown of …": him
            for before in ((inner, outer) if named else (outer, inner)):
                for b in (before.rstrip(","), before):
                    found = _np_before_window(b + " said", len(b) + 1, lo) if b.strip() else None
                    if found:
                        return found
        k = len(chunks)
        while k > 1 and (_AGE.fullmatch(chunks[k - 1].group()) or _PLACE_ONLY.fullmatch(chunks[k - 1].group()) or
                         _party_label(chunks[k - 1].group())):
            k -= 1  # "John Roe, 45, from Leeds, said", "Jane Roe, of Dayton, said", "Sen. Jane Roe, R-Texas, said":
            # the age, the town and the party label name nobody
        if k < len(chunks) and (k < len(chunks) - 1 or _PLACE_ONLY.fullmatch(chunks[-1].group()) or
                                _party_label(chunks[-1].group())):
            b = seg[:chunks[k - 1].end()].rstrip()
            found = _np_before_window(b + " said", len(b) + 1, lo) if b.strip() else None
            if found:
                return found
        if len(chunks) >= 2:
            last, prev = chunks[-1], chunks[-2]
            for c in (last, prev):
                sub = c.group().strip()
                if is_name(sub):
                    off = c.start() + (len(c.group()) - len(c.group().lstrip()))
                    m = NAME_END.search(sub)
                    if m:
                        return off + m.start(), off + len(sub)
            sub = prev.group().rstrip()
            np = _np_before_window(sub + " said", len(sub) + 1, 0)
            if np:
                return prev.start() + np[0], prev.start() + np[1]
        return None
    m = re.search(r"([\w’']+)$", seg)
    if m and m.group(1).lower() in PRONOUNS:
        return m.start(), m.end()
    m = NAME_END.search(seg)
    when = _WHEN_AFTER_NAME.search(m.group(1)) if m else None
    if when and when.group(1).lower() in _CALENDAR:  # "Virginia Gov. Terry McAuliffe on Friday announced"
        seg = seg[:m.start() + when.start()]
        m = NAME_END.search(seg)
    if m and re.search(r"\b(?:to|with|for|at|on|in|from|by|about|of)\s+(?:the\s+)?$", seg[:m.start()]):
        # the name is the object of a preposition ("speaking to Fox News said"): the subject is further left
        pp = re.search(r"(?:\s+[a-z]+ing)?\s+(?:to|with|for|at|on|in|from|by|about|of)\s+(?:the\s+)?$", seg[:m.start()])
        if pp:
            inner = _np_before_window(seg[:pp.start()] + " said", pp.start() + 1, lo)
            if inner:
                return inner
    part = _PARTICIPLE_PHRASE.search(seg[:m.start()]) if m else None
    if part and part.group(1) not in _NOT_PARTICIPLES:
        # the name ends a participle's phrase ("scientists using a telescope atop Mauna Kea have confirmed", "the
        # union representing workers at Ford said"): the subject is the noun phrase before the participle
        inner = _np_before_window(seg[:part.start()] + " said", part.start() + 1, lo)
        if inner:
            return inner
    if m:
        a = m.start()
        toks = m.group(1).split()
        while toks and toks[0].lower() in NOT_NAME_START and not (toks[0].isupper() and len(toks[0]) > 1):
            a = seg.index(toks[0], a) + len(toks[0])
            a += len(seg[a:]) - len(seg[a:].lstrip())
            toks = toks[1:]
        if toks:
            # include a determiner + lowercase modifiers before the run ("the Kentucky Republican")
            pre = re.search(r"\b(the|a|an)\s+$", seg[:a], re.I)
            if pre:
                a = pre.start()
            else:
                pre = re.search(r"\b((?:former|retired|acting|then|deputy|senior|top|[a-z\-]+ (?:leader|minister|secretary)) )+$", seg[:a])
                if pre:
                    a = pre.start()
            return a, len(seg)
    # nominal: walk back to a determiner ("a senior U.S. military official")
    toks = list(TOKEN.finditer(seg))
    if toks and toks[-1].group().lower() in {"and", "but", "or", "of", "to", "in", "on", "for", "with", "at", "by"}:
        return None  # "shook her head and said": the subject is further left
    head = toks[-1].group().lower() if toks else ""
    plural = head in words("groups.txt") or (head.endswith("s") and not head.endswith("ss") and head not in _SKIP)
    for j in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
        w = toks[j].group().lower()
        between = seg[toks[j].end():toks[j + 1].start()] if j + 1 < len(toks) else ""
        if any(p in between for p in ",;:()“”\""):
            if plural and "," in between and len(toks) - j - 1 <= 4:
                return toks[j + 1].start(), len(seg)  # "In several cases, tech executives say, …"
            return None
        if j < len(toks) - 1 and toks[j].group()[:1].isupper() and re.search(r"[’']s$", toks[j].group()):
            # a name's possessive opens the phrase: "Powell’s office", "Obama's former campaign strategist"
            a = toks[j].start()
            run = NAME_END.search(seg[:a].rstrip())
            if run and seg[run.end():a].strip() == "" and run.group(1).split()[0].lower() not in NOT_NAME_START:
                a = run.start()
            return a, len(seg)
        if w in DETS and j < len(toks) - 1:
            head = toks[-1].group().lower()
            if head in DETS or head in {"said", "says", "that", "which"}:
                return None
            start = _whose_part(seg, toks, j, lo)
            named = _NAME_BEFORE_ROLE.search(seg, max(lo, 0), start) if _ARTICLE.match(seg, start) else None
            if named:
                a, b = named.span(1)
                while seg[a:b].split()[0].lower() in STARTERS and " " in seg[a:b]:
                    a = seg.index(" ", a) + 1  # ("Yesterday Jane Roe the head of …")
                if is_name(seg[a:b]) and seg[a:b].split()[0].lower() not in NOT_NAME_START:
                    return a, b  # "Jane Roe the head of the agency told": an appositive whose commas the text lost
                    # (a scrape's preprocessing strips them)
            return start, len(seg)
        if w == "who" and j < len(toks) - 1 and j >= 2:
            # "a White House official who spoke anonymously to discuss strategy said": the head before "who"
            pre = seg[:toks[j].start()].rstrip()
            named = NAME_END.search(pre[:-1]) if pre.endswith(",") else None
            if named and is_name(named.group(1)):
                return named.start(1), named.end(1)  # "Hillary Clinton, who has not been charged with …"
            inner = _np_before_window(pre + " said", len(pre) + 1, lo)
            if inner:
                return inner
        if w in _CLAUSE_OPENERS and j < len(toks) - 1 and plural and len(toks) - j - 1 <= 4 and \
                toks[j + 1].group().lower() not in PRONOUNS and \
                not any(t.group().lower().endswith("ed") or t.group().lower() in _AUXILIARIES for t in toks[j + 1:]):
            return toks[j + 1].start(), len(seg)  # "…, where local party leaders say": the group after "where"
            # (not a clause: "as they entered caucus sites showed")
        if w in _SENTENCE_LINKS and toks[j].group()[:1].isupper() and lo <= toks[j].start() <= lo + 1 and plural \
                and head.isalpha() and len(toks) - j <= 6 and toks[j + 1].group().lower() not in DETS | PRONOUNS:
            return toks[j + 1].start(), len(seg)  # "But critics say …": a bare plural after the sentence's link word
        if w in {"said", "says", "that", "which", "and", "but", "who"} | _CLAUSE_OPENERS and j < len(toks) - 1:
            return None
        if toks[j].start() <= lo + 1 and len(toks) - j <= 6 and toks[j].start() >= lo and plural:
            return toks[j].start(), len(seg)  # a bare plural at the sentence start: "52 percent of voters say"
    return None


# a name right before the determiner of its role, at the sentence start or after no preposition
_ARTICLE = lazy_re(r"(?:the|an?)\s", re.I)
_PREPOSITIONS = "|".join(sorted(OF_WORDS | {"by", "about", "against", "into", "over", "under"}))
_NAME_BEFORE_ROLE = lazy_re(rf"(?:^|(?<![\w’'-])(?!(?:{_PREPOSITIONS})\s)[a-z][\w’'-]*\s+|[.!?:;—-]\s+)"
                            r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s+$")


_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "not",
                          "do", "does", "did", "may", "might", "should", "must"})
_CLAUSE_OPENERS = frozenset({"because", "when", "while", "if", "where", "as", "since", "although", "though", "whereas"})
# words that link a sentence to the one before it and are not part of its subject ("But critics say …")
_SENTENCE_LINKS = frozenset({"and", "but", "yet", "still", "so", "now", "instead", "meanwhile", "however"})


# a group named with no determiner, ending its clause: "according to police, …", "said local officials."
# (a longer description, "sources in the meetings", is read by the callers' own rules)
# "according to police", "said local officials", "according to people close to the campaign" (with its qualifier)
_BARE_GROUP = lazy_re(r"((?:(?:local|federal|state|city|county|police|senior|top|other|some|many|several|"
                      r"[a-z]+(?:al|ic|ian|ese|ish))\s+){0,2}([a-z][\w’'-]*)"
                      r"(?:\s+(?:close|familiar|briefed|involved|knowledgeable|acquainted|privy)\s+(?:to|with|on|in|about)\s+"
                      r"[^,.;:!?“”\"]{1,60}?)?)(?=\s*(?:[,.;:!?]|$))")


# verbs of saying that are never nouns or adjectives ("state", "reports", "filed" are)
_PLAIN_CUES = frozenset({"told", "said", "says", "tells", "added", "adds", "explained", "wrote", "writes", "noted",
                         "insisted", "argued", "warned", "stressed", "declared", "tweeted", "asked", "replied"})


WHERE_PREPS = r"(?:in|on|at|during|via|through|over|after|before)"  # where or when something was said


# what may follow the described one's name after a description ("…, said a spokeswoman for the mayor, Ann Lee."):
# the sentence's end, the body the person is of, the person's own age or appositive (", 67, a retiree"), or where
# it was said (", in a statement")
_NAME_CLOSES = lazy_re(r"\s*(?:[.!?]|$)|\s+of\s|,\s*(?:\d{1,3}\b|(?:a|an|the|who|whose)\s|" + WHERE_PREPS + r"\s)")


def np_after(s: str, k: int) -> tuple[int, int] | None:
    """The naming that starts at `k` after an inverted cue (`said Putin`, `said a senior official`)."""
    rest = s[k:k + _WINDOW]
    lead = len(rest) - len(rest.lstrip())
    r = rest.lstrip()
    m = re.match(r"([\w’']+)\b", r)
    if not m:
        return None
    w = m.group(1).lower()
    if w in PRONOUNS:
        return k + lead, k + lead + m.end()
    if w in _PREPS or w in {"of", "about"}:
        return None  # "said on Twitter": no naming follows the cue
    if w in DETS or r[:1].islower() or r[:1].isdigit():
        if w not in DETS:
            # lowercase titles before a name: "said senior researcher Dr. Rahul Potluri"
            m2 = re.match(rf"((?:[a-z\d/\-]+\s+){{1,3}})(?={NAME_TOK})", r)
            if not m2:
                bare = _BARE_GROUP.match(r)
                if bare and bare.group(2).lower() in words("groups.txt"):
                    return k + lead, k + lead + bare.end(1)  # "according to police, …", "said local officials"
                return None
            m4 = NAME_START.match(r[m2.end():])
            if m4:
                name = _trim_name(m4.group(1))  # ("… analyst Ken Doctor. That’s …": the sentence ended at the name)
                # ("said former Utah governor Michael Leavitt": the place was a modifier; the name follows)
                return k + lead, k + lead + _role_then_name(r, m2.end() + len(name))
        m3 = re.match(r"(?:\b[A-Z]\.(?:[A-Z]\.)+|[^,.;:!?“”\"()]){2,80}", r)  # ("a senior U.S. official")
        if not m3:
            return None
        seg = m3.group().rstrip()
        seg = re.split(r"\s+(?:who|in|on|at|during|after|before|when|while|that|to|from|about|of the)\s+", seg)[0] \
            if not re.match(r"^(?:a|an|the)\s+\w+\s+of\b", seg) else seg
        cue = next((w for w in re.finditer(r"(?<=\s)[a-z]+\b", seg) if w.group() in _PLAIN_CUES), None)
        if cue:  # "“…,” a military source told SANA, adding …": the naming ends before its own cue
            seg = seg[:cue.start()].rstrip()
        comma = re.match(r",\s+", r[len(seg):])
        at = len(seg) + comma.end() if comma else 0
        named = NAME_START.match(r[at:]) if comma else None
        if named:  # "said a spokeswoman for the mayor, Ann Lee.", "…, Andrew J. Pincus of the law firm …": the name
            name = _trim_name(named.group(1))
            if is_name(name) and _NAME_CLOSES.match(r, at + len(name)):
                return k + lead + at, k + lead + at + len(name)
        return k + lead, k + lead + len(seg)
    m = NAME_START.match(r)
    if m and m.group(1).split()[0].lower().rstrip(".,") in _CALENDAR:
        return None  # "said Wednesday, “…”": a day, not a speaker
    if m:
        name = _trim_name(m.group(1))
        if re.search(r"[’']s$", name):  # a possessor: its person, when the role or the name says who
            holder = _holder(r, len(name))
            if holder and (not holder[2] or _NAME_CLOSES.match(r, holder[1])):
                # "said Jane Roe’s lawyer, John Doe", "said Clinton’s top foreign policy aide Jake Sullivan": the
                # one named after the possessor's role (a role alone keeps the possessor: "according to Kantar
                # Media’s ad tracker")
                return k + lead + holder[0], k + lead + holder[1]
            held = _POSSESSED_PERSON.match(r, len(name))
            nouns = [w for w in _LOWER_WORD.finditer(held.group())
                     if w.group() in words("person_nouns.txt") or w.group() in ORG_HEADS] if held else []
            if nouns:  # "said Jane Roe’s longtime lawyer": the lawyer, unnamed; "said Jane Roe’s campaign": it
                return k + lead, k + lead + len(name) + nouns[0].end()
        return k + lead, k + lead + _role_then_name(r, len(name))
    return None


_POSSESSED_PERSON = lazy_re(r"(?:\s+[a-z][\w-]*\b(?![’']))+")  # the lower-case words after a possessor
_LOWER_WORD = lazy_re(r"[a-z][\w-]*")
_ROLE_WORD = lazy_re(r"\s+([\w-]+)")
_BEFORE_HOLDER = lazy_re(r",\s+|\s+(?=[A-Z])")


def _holder(s: str, at: int) -> tuple[int, int, bool] | None:
    """After a possessor ending at `at`, its role and the one named as holding it: "Jane Roe’s lawyer, John Doe",
    "France's far-right National Front party leader, Marine Le Pen" -> (start, end of the name, set off by a
    comma); the role's last word is a role or person noun, within six words."""
    pos = at
    for _ in range(6):
        w = _ROLE_WORD.match(s, pos)
        if w is None:
            return None
        pos = w.end()
        gap = _BEFORE_HOLDER.match(s, pos) if w.group(1) in role_words() else None
        named = NAME_START.match(s[gap.end():]) if gap else None
        who = _trim_name(named.group(1)) if named else ""
        if who and is_name(who):
            return gap.end(), gap.end() + len(who), "," in gap.group()
    return None


_ROLE_GAP = lazy_re(r"\s+((?:[a-z][a-z\-]*\s+){1,2})(?=[A-Z])")


def _role_then_name(r: str, end: int) -> int:
    """Where a naming ends when the capitals before `end` modify a role noun and a name follows it:
    "said Texas delegate Bill Roe", "said Putin spokesman Dmitry Peskov", "said Oversight ranking Democrat
    Elijah Cummings" (a party member's title, then the name); else `end`."""
    role = _ROLE_GAP.match(r, end)
    if not role:
        return end
    named = NAME_START.match(r[role.end():])
    name = _trim_name(named.group(1)) if named else ""
    toks = name.split()
    party = len(toks) >= 3 and toks[0].lower() in PARTY_MEMBER and is_name(" ".join(toks[1:]))
    if party or (len(role.group(1).split()[-1]) > 3 and PERSON_HEAD.search(role.group(1).split()[-1]) and
                 name and is_name(name)):
        return role.end() + len(name)
    return end


def _trim_name(name: str) -> str:
    """A name as NAME_START read it, without what follows it in the sentence ("Putin on Monday")."""
    name = re.split(r"\s+(?:on|in|at|the)\s+", name)[0]
    name = re.sub(r"(?:\s+(?:of|for|and|the|on|de|da|van|von|der|al|bin|la|le|del|du))+$", "", name)
    for m in re.finditer(r"([\w’'\-]+)\.\s+", name):  # "Jon Kohan. Ayotte …": the sentence ended at the name
        if len(m.group(1)) > 1 and m.group(1).lower() not in words("abbreviations.txt"):  # not "Capt." or "J."
            return name[:m.end(1)]
    return name.rstrip(".")


def _writing_nouns() -> frozenset[str]:
    return words("writing_nouns.txt")


@lru_cache(maxsize=None)
def _writing_regex() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(_writing_nouns(), key=lambda w: (-len(w), w)))  # (one text every run)
    # ("who was not involved in the study", "took part in the survey": the study is no medium of the words)
    return re.compile(r"(?<!\binvolved )(?<!\bpart )(?<!\bparticipated )(?<!\benrolled )(?<!\bparticipants )"
                      r"\b(?:in|into|on|through) (?:a|an|the|its|his|her|their)\s+(?:\w+\s+){0,2}(?:" + nouns + r")\b")


# a determiner or a possessor, and at most one modifier that is not a plural noun ("the officials claim" speaks)
_NOUN_BEFORE = lazy_re(r"(?:(?<![\w’'])(?:the|a|an|this|that|his|her|its|their|our|my|your|every|each|no)|\w[’']s|\ws[’'])"
                       r"\s+(?:[a-z][\w-]*[^\Ws]\s+)?$", re.I)


_NOUN_MODIFIED = lazy_re(r"\s+(?!(?:that|the|a|an|to|and|or|but|in|on|at|for|with|by|of|from)\b)[a-z]+\b(?<!ly)")


def noun_cue(masked: str, start: int, end: int, opens: bool = False) -> bool:
    """A cue word used as a noun ("Kim's mental state is", "a recall election"): no cue at all. With `opens`
    the word opens a noun phrase (",” state officials said"), so a plain word after it is the noun it modifies."""
    if masked[start:end].lower() not in words("cue_nouns.txt"):
        return False
    return _NOUN_BEFORE.search(masked, max(0, start - 40), start) is not None or \
        (opens and _NOUN_MODIFIED.match(masked, end) is not None)


def is_writing(cue: str, sentence: str) -> bool:
    """A writing cue (wrote, tweeted) or a document named in the clause ("in a statement")."""
    if speech_cues().get(cue.lower()) == "writing":
        return True
    return bool(_writing_regex().search(sentence.lower()))


# cues that name a thing, the quotation being the name given ("called the plan “a disgrace”", "dubbed him “…”")
NAMING_CUES = frozenset({"called", "calls", "dubbed", "labeled", "labelled", "termed", "branded", "described",
                         "describes"})

STARTERS = {"but", "and", "so", "then", "later", "still", "yet", "meanwhile", "however", "now", "also", "instead", "once",
             "here", "there",
             "indeed", "again", "earlier", "afterward", "afterwards", "finally", "today", "yesterday",
             # sentence adverbs ("Ultimately, Mr. Yanukovych disregarded …": the subject comes after them)
             "ultimately", "eventually", "separately", "similarly", "additionally", "consequently", "subsequently",
             "initially", "originally", "unfortunately", "fortunately", "notably", "importantly", "interestingly",
             "ironically", "clearly", "frankly", "obviously", "apparently", "presumably", "essentially", "basically",
             "generally", "typically", "historically", "traditionally", "increasingly", "accordingly", "likewise",
             "nonetheless", "nevertheless", "moreover", "furthermore", "overall", "publicly", "privately", "personally"}


_PREPS = {"in", "on", "at", "after", "before", "during", "while", "when", "since", "as", "with", "for", "from",
          "although", "though", "because", "if", "unless", "whereas", "until", "whether", "ever", "rather",
          "speaking", "asked", "by", "under", "over", "despite", "following", "like", "unlike", "to", "alongside",
          "amid", "amidst", "among", "amongst", "across", "against", "within", "without", "beyond", "besides",
          "throughout", "toward", "towards", "upon", "behind", "around", "through", "ahead", "once"}


_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "hundred", "few", "many"}


# lower-case words between a capitalised modifier and the cue, the last a head noun: "officials", "writers and
# photographers", "girl, 13,"
_MODIFIED_HEAD = lazy_re(r"\s+(?:[a-z][\w’'-]*\s+(?:and\s+)?){0,3}(?P<head>[a-z][\w’'-]*)(?:,\s*\d{1,3},)?\s*")
_PLURAL_HEAD = lazy_re(r"\s+(?P<head>[a-z][\w’'-]*s)(?P<of>\s+of\s+[a-z][\w’'-]*s)?\s+(?!of\b)(?=[a-z])")
_NOT_HEAD_WORDS = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
                   "might", "must", "did", "does", "do", "also", "then", "later", "now", "still", "who", "which", "that",
                   "but", "or", "not", "never", "his", "her", "their", "its", "the", "a", "an", "him", "them", "us",
                   "me", "it", "on", "in", "at", "to", "for", "of", "with", "by", "from", "about", "as", "after",
                   "over", "under", "ever", "other", "rather", "whether", "together", "either", "neither", "however", "again", "once", "first", "recently", "previously",
                   "soon", "today", "yesterday", "tonight", "too", "himself", "herself", "themselves", "itself", "alone",
                   "instead"}
_TIME_NOUNS = {"hours", "days", "weeks", "months", "years", "minutes", "moments", "seconds", "decades"}
# a wire dateline opening a paragraph: "BUFFALO, N.Y. — ", "WASHINGTON (AP) - ", "SAN JUAN, Puerto Rico -- "
_DATELINE = lazy_re(r"\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
                    r"\s*(?:\([^()]{1,40}\)\s*)?(?:—|–|--?)\s+")
_TIME_WORDS = {"a", "an", "several", "some", "last", "this", "next", "that", "earlier", "later", "hours", "days", "weeks",
               "months", "years", "minutes", "moments", "seconds", "decades", "shortly", "soon", "not", "long", "just"}




_TITLED_NAME_AFTER = lazy_re(rf"\s+(?P<pre>(?:[a-z][a-z\-]+\s+){{0,3}})(?P<role>[a-z][a-z\-]+)\s+(?:{NAME_TOK}\s+)*{NAME_TOK}"
                             r"(?=\s+[a-z]|,)")


_WHEN_AFTER_NAME = lazy_re(r"\s+on\s+([A-Z][a-z]+)\.?(?:\s+\d{1,2})?$")
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "today", "yesterday", "tonight"}


_NOT_PARTICIPLES = {"during", "according", "nothing", "something", "anything", "everything", "morning", "evening",
                    "king", "spring", "string", "wedding", "building", "meeting", "briefing", "hearing", "ruling"}


_REGION_AFTER_COMMA = lazy_re(r"\s*([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}),")


_LEAD_LABEL = lazy_re(r"\s*([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}):\s+")


def subject(masked: str, sa: int, limit: int) -> tuple[int, int] | None:
    """The grammatical subject at the head of the sentence [sa, limit): a pronoun, a name or a short noun phrase."""
    found = _subject(masked, sa, limit)
    return (found[0], trim_when(masked, found[0], found[1])) if found else None


def _subject(masked: str, sa: int, limit: int) -> tuple[int, int] | None:
    seg = masked[sa:limit]
    pos = 0
    lead_quote = re.match(r"\s*[“\"‘']+x[x\s,?!]*[”\"’']+\s*,?\s*", seg)
    if lead_quote:  # "“…,” Blige sings to Clinton before asking her": the subject follows the quotation
        pos = lead_quote.end()
    dateline = _DATELINE.match(seg, pos)
    if dateline:  # "BUFFALO, N.Y. — Wild coach Bruce Boudreau expressed …": a story's dateline is no subject
        pos = dateline.end()
    label = _LEAD_LABEL.match(seg, pos)
    if label and label.group(1).lower() in words("not_speaker_labels.txt"):
        pos = label.end()  # "Q: Now you're talking about …": a transcript's label is no subject
    for _ in range(3):
        m = re.match(r"\s*([\w’']+)[,]?\s*", seg[pos:])
        if not m:
            return None
        w = m.group(1).lower()
        if w in STARTERS and not (w == "once" and not m.group().rstrip().endswith(",")):
            pos += m.end()  # (but "Once the votes are in, …" opens a clause, as "when" does)
            continue
        if w.isdigit() and m.group().rstrip().endswith(","):  # the year of "On July 6, 2015, Sanders made …"
            pos += m.end()
            continue
        timed = re.match(r"\s*(?:[\w’']+\s+){0,3}(?:ago|earlier|later|before)\s*,|"
                         r"\s*(?:this|last|next|that|earlier|later)\s+(?:week|month|year|morning|afternoon|evening|night|"
                         r"spring|summer|fall|autumn|winter|\w+day)(?:\s+\w+){0,2}\s*,", seg[pos:], re.I)
        if timed and (w in _NUMBERS or w.isdigit() or w in _TIME_WORDS):
            pos += timed.end()  # "Eight years ago, he supported …"
            continue
        if w in _TIME_NOUNS and re.match(r"\s*[\w’']+\s+(?:before|after|into|since|later)\b", seg[pos:]):
            comma = seg.find(",", pos)
            if 0 < comma - pos <= 200:
                pos = comma + 1  # "Hours before the game, the coach said …"
                continue
        every = re.match(r"\s*(?:each|every)\s+(?:[\w’']+\s+){0,2}[\w’']+\s*,", seg[pos:], re.I)
        if every:
            pos += every.end()  # "Each election cycle, there’s a threat many people make"
            continue
        opener = seg[pos:].lstrip()[:1].isupper() and w not in _NOT_PARTICIPLES and (
            (w.endswith("ing") and len(w) > 5) or
            (w.endswith("ed") and len(w) > 4 and re.match(r"\s*[\w’']+\s+(?:of|by|about|with|that|to|in)\b", seg[pos:])))
        opener = opener or (w.endswith("ly") and len(w) > 4 and seg[pos:].lstrip()[:1].isupper() and
                            re.match(r"\s*[\w’']+\s+(?:after|before|following|upon|on|in|during|since)\b", seg[pos:]))
        if w in _PREPS or opener:
            # "In Iowa, …" / "Surveying rust-belt desolation, Williamson concludes": the subject follows the comma
            comma = seg.find(",", pos)
            if comma < 0 or comma - pos > 200:
                return None
            # a long opener holds commas of its own ("When Robby Mook, Clinton's manager, was asked …, he
            # laughed"): the subject is a pronoun right after a later comma, when there is one
            later = [m.end() for m in re.finditer(r",\s*(?=(?:he|she|they|I|we)\s+[a-z])", seg[:len(seg)])
                     if m.start() > comma]
            pos = (later[-1] if later else comma + 1)
            region = _REGION_AFTER_COMMA.match(seg, pos)
            if region and not later and _is_region(region.group(1)):
                pos = region.end()  # "In Salem, New Hampshire, Trump …": the state belongs to the opener
            continue
        break
    rest = seg[pos:]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    base = sa + pos + lead
    m = re.match(r"([\w’']+)", rest)
    if not m:
        return None
    w = m.group(1).lower()
    if w in PRONOUNS:
        return base, base + m.end()
    q = QUANTITY.match(rest)
    if q:  # "Nearly half said …", "Six in 10 voters say …": the quantity is the subject, not its first word
        return base, base + q.end()
    m2 = NAME_START.match(rest)
    if m2 and m2.group(1).split()[0].lower() not in NOT_NAME_START:
        name = re.split(r"\s+(?:on|in|at)\s+", m2.group(1))[0].rstrip(".")
        holder = _holder(rest, len(name)) if re.search(r"[’']s$", name) else None
        if holder and base + holder[1] <= limit:  # "Nevada's governor, Brian Sandoval, …": the role's holder
            return base + holder[0], base + holder[1]
        head = _MODIFIED_HEAD.fullmatch(rest, len(name), limit - base)
        if head and " " not in name and \
                not any(w.lower() in _NOT_HEAD_WORDS or w.endswith(("ed", "ly")) for w in head.group().split()):
            if people_head(head.group("head").lower()):
                # "US officials said", "Freelance writers and photographers fear", "Pregnant girl, 13, …": the
                # capitalised word modifies the people the sentence is about
                return base, base + head.end("head")
            if modifies_a_thing(name, head.group().split()):
                return base, base + head.end("head")  # "Exit polling showed": a thing, which the word modifies
        plural = _PLURAL_HEAD.match(rest, len(name)) if head is None and " " not in name else None
        end = plural and (plural.end("of") if plural.group("of") else plural.end("head"))
        if plural and people_head(plural.group("head").lower()) and base + end <= limit:
            return base, base + end  # "Environmental groups praised the plan but said …": the
            # verb the cue is coordinated with comes first, the capitalised word still modifies the people
        more = _TITLED_NAME_AFTER.match(rest, len(name))
        if more and more.group("role") in role_words() and not any(
                w in stopwords()["en"] or w in COMMON_VERBS or w.endswith("ed") for w in more.group("pre").split()):
            # "Republican Presidential hopeful Sen. Ted Cruz", "Clinton campaign communications director Jennifer
            # Palmieri": a lower-case title between two capital runs (a role noun, not a verb: "Hollande denounced
            # Trump’s remarks", "Tenney took down businessman Steve Wells")
            return base, base + more.end()
        return base, base + len(name)
    if w in DETS:
        toks = list(TOKEN.finditer(rest))
        for j, t in enumerate(toks[1:9], 1):
            tw = t.group().lower()
            if j >= 3 and t.group()[:1].islower() and toks[j - 1].group()[:1].isupper() and \
                    toks[j - 2].group()[:1].isupper() and toks[j - 2].group().lower() not in DETS:
                return base, base + toks[j - 1].end()  # "The Slate technology columnist David Auerbach went …"
            if tw in _SKIP or cues().fullmatch(tw) or tw.endswith("ed") or tw in COMMON_VERBS:
                if j >= 2:
                    return base, base + toks[j - 1].end()
                return None
            if rest[toks[j - 1].end():t.start()].strip():
                appositive = _NAME_SET_OFF.match(rest, toks[j - 1].end())
                if appositive and is_name(appositive.group(1)) and base + appositive.end(1) <= limit:
                    return base + appositive.start(1), base + appositive.end(1)  # "A spokesman for the
                    # company, John Doe, declined …": the name set off after the description is the subject's
                return base, base + toks[j - 1].end()
    return None


_NAME_SET_OFF = lazy_re(r",\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),")


# `,” Oliver barked.`, `,” Toomey fumed on Tuesday.`, `,” Trump shot back.`, `,” he continued, “…`:
# a name or pronoun and a verb we do not list, closing the clause the quotation opened
UNLISTED_VERB = lazy_re(
    r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|he|she|they|I|we|"
    r"(?:the|an?)\s+(?:[a-z][\w’'\-]*\s+){0,2}[A-Z]?[\w’'\-]+)\s+([a-z]{3,})"
    r"(?:\s+(?:back|up|out|on|in|at|during|after|again|later|today|yesterday|with)(?:\s+[A-Z]?[a-z]+){0,3})?"
    r"\s*(?=[.,;:!?“\"]|$)")


_ATTRIBUTION_START = lazy_re(
    r"(?:(?:[A-Z][\w’'.\-]*\s+){1,4}|(?:he|she|they|I|we)\s+|the\s+(?:\w+\s+){1,3})"
    r"(?:also\s+|later\s+|then\s+)?(?:said|says|asked|added|replied|responded|told|wrote|tweeted|continued|"
    r"explained|insisted|shouted|yelled|exclaimed|countered|declared|argued|noted|warned|quipped|joked)\b"
    r"|(?:said|says|asked|added|replied|wrote)\s+(?:[A-Z]|the\s|a\s|an\s|he\b|she\b)")


_NAMED_CUE = lazy_re(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}(?:,[^,.;“”\"]{1,80},)?\s+(?:\w+ly\s+)?"
                     r"(?i:said|says|added|told|asked|replied|wrote|tweeted)\b")  # ("…, Tweeted on Friday")


_TERMINAL = lazy_re(r"\s*(?:[.,;:]|$|\s(?:in|on|at|during|after|to|of|about|with|from|last|this|earlier|later|"
                    r"recently|again|today|yesterday|\w+day)\b)")


def sentences(t: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph, never ending inside a quotation."""
    out: list[tuple[int, int]] = []
    opens = [s.open for s in spans]

    def inside(i: int, slack: int = 0) -> bool:
        j = bisect.bisect_left(opens, i) - 1  # the last quote opening before i
        return j >= 0 and spans[j].open < i < spans[j].close - slack

    for a, b in sentence_spans(t, words("abbreviations.txt")):  # (not titles: "… became president. But he said …")
        # `“…!” Maher replied.` / `“…?” said Smith.`: the attribution belongs to the quote's sentence
        closing = out and t[out[-1][1] - 1:out[-1][1]] in ("”", '"', "'", "’", "»")
        glued = closing and (_ATTRIBUTION_START.match(t, a) or
                             (t[out[-1][1] - 2:out[-1][1] - 1] in "?!" and (UNLISTED_VERB.match(t, a) or
                                                                            _NAMED_CUE.match(t, a))))
        if glued and t[out[-1][1] - 2:out[-1][1] - 1] == "." and not _TERMINAL.match(t, glued.end()):
            glued = None  # `….” She noted a planned rally.`: after a full stop, a new sentence with an object
        if out and (inside(a) or inside(out[-1][1], 1) or glued):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def mask(t: str, spans: list[Span]) -> str:
    """Quote contents replaced by 'x' (same length) so cues and names are found outside quotes only."""
    if not spans:
        return t
    out, pos = [], 0
    for s in spans:
        out.append(t[pos:s.start])
        inner = re.sub(r"\S", "x", t[s.start:s.end])
        if s.end > s.start and t[s.end - 1] in ",?!":
            inner = inner[:-1] + t[s.end - 1]  # “…,” keeps its comma: the clause goes on after the quotation
        out.append(inner)
        pos = s.end
    out.append(t[pos:])
    return "".join(out)
