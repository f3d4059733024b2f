"""Stage 6b, speakers: who said each quotation (the people behind the names are in `people`).

Rules, no model: a lexicon of speech cues (data), cue-speaker patterns after
the quote (`,” Putin said`, `,” said Putin`), before it (`Putin said: “`,
`told Le Parisien that Trump “…`, `according to …`), carry-over for
quote-only sentences and paragraphs, pronouns and epithets resolved to the
sentence subject or the last speaker, and name variants merged by surname
(Putin → Vladimir Putin, with "Russian President" as role).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import speech_cues, topic_cues, words
from .model import Person, Quotation
from .people import (DETS, NAME_END, NAME_START, NAME_TOK, NOT_NAME_START, PRONOUNS, TOKEN, PeopleState,
                     collect_names, is_name, speaker_person)
from .quotes import Span, content_bounds, find_spans, kind_of
from .segment import sentence_spans

_SKIP = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "later", "once", "again",
         "further", "previously", "recently", "did", "does", "do", "not", "never", "reportedly", "publicly", "still",
         "even", "just", "already", "often", "earlier", "who", "could", "can", "may", "might", "should", "been",
         "first", "last", "repeatedly", "subsequently", "simply", "quickly", "flatly", "firmly", "privately", "only"}


@lru_cache(maxsize=None)
def _cues() -> re.Pattern:
    """The speech-cue lexicon as one regex, longest phrases first ("pointed out" before "pointed")."""
    cues = sorted(speech_cues(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])|\bAccording to\b")


@lru_cache(maxsize=None)
def _cues_any_case() -> re.Pattern:
    """The cues in any letter case, for the attribution after a quotation ("…” Murphy, the head of X, Tweeted")."""
    return re.compile(_cues().pattern, re.I)


def _abbreviations() -> frozenset[str]:
    return words("abbreviations.txt") | words("titles.txt")




_WINDOW = 300  # characters of left context a naming can span; keeps every search local (linear overall)


def _np_before(s: str, k: int, lo: int = 0) -> tuple[int, int] | None:
    """The subject naming that ends right before position `k` (a cue), as (start, end).

    `lo` is the sentence start: a bare plural reaching it ("Russian leaders claim") is the subject.
    """
    base = max(0, k - _WINDOW, lo)  # a naming never starts before its sentence ("…with Sanders. Lombardi said")
    found = _np_before_window(s[base:k], k - base, lo - base)
    return None if found is None else (found[0] + base, found[1] + base)


def _np_before_window(s: str, k: int, lo: int) -> tuple[int, int] | None:
    left = s[:k]
    end = len(left.rstrip())
    rel = re.search(r"(?:,\s+|(?<=[a-z])\s+)(who)\s+(?:(?:also|later|then|has|have|had|once)\s+)*$", left)
    if rel:  # "from Mike Lee, who declared …": the local naming is "who"; the antecedent is who it is
        named = NAME_END.search(left[:rel.start()])
        if named and is_name(named.group(1)):
            return rel.start(1), rel.end(1)
    # skip auxiliaries and adverbs ("has also said", "later told")
    while True:
        m = re.search(r"([\w’']+)\s*$", left[:end])
        if not m:
            break
        w = m.group(1).lower()
        if m.group(1).isupper() and len(w) > 1:
            break  # an acronym ("WHO said"), not the relative pronoun
        if w in _SKIP or (w.endswith("ly") and len(w) > 4 and w not in {"family", "italy", "ally", "july", "emily", "kelly", "reilly", "daly", "sally", "holly"}):
            end = len(left[:m.start()].rstrip())
            continue
        break
    seg = re.sub(r"\s[-–—](?=\s|$)|—", lambda m: " " * (len(m.group()) - 1) + ",", left[:end])
    rel = re.search(r",\s+who\s*$", seg)
    if rel:
        return _np_before_window(seg[:rel.start()] + " said", rel.start() + 1, lo)
    paren = re.search(r"\s*\([^()]{1,40}\)$", seg)
    if paren:
        seg = seg[:paren.start()]
    # appositives: "Putin, the Russian leader, said" / "Trump's manager, Kellyanne Conway, said"
    if seg.endswith(","):
        chunks = [c for c in re.finditer(r"[^,;:“”\"()]+", seg)]
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
    if m and re.search(r"\b(?:to|with|for|at|on|in|from|by|about|of)\s+(?:the\s+)?$", seg[:m.start()]):
        # the name is the object of a preposition ("speaking to Fox News said"): the subject is further left
        pp = re.search(r"(?:\s+[a-z]+ing)?\s+(?:to|with|for|at|on|in|from|by|about|of)\s+(?:the\s+)?$", seg[:m.start()])
        if pp:
            inner = _np_before_window(seg[:pp.start()] + " said", pp.start() + 1, lo)
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
            return toks[j].start(), len(seg)
        if w == "who" and j < len(toks) - 1 and j >= 2:
            # "a White House official who spoke anonymously to discuss strategy said": the head before "who"
            inner = _np_before_window(seg[:toks[j].start()].rstrip() + " said", toks[j].start() + 1, lo)
            if inner:
                return inner
        if w in {"said", "says", "that", "which", "and", "but", "because", "when", "while", "if", "who"} \
                and j < len(toks) - 1:
            return None
        if toks[j].start() <= lo + 1 and len(toks) - j <= 6 and toks[j].start() >= lo and plural:
            return toks[j].start(), len(seg)  # a bare plural at the sentence start: "52 percent of voters say"
    return None


def _np_after(s: str, k: int) -> tuple[int, int] | None:
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
                return None
            m4 = NAME_START.match(r[m2.end():])
            if m4:
                name = re.split(r"\s+(?:on|in|at|the)\s+", m4.group(1))[0]
                name = re.sub(r"(?:\s+(?:of|for|and|the|on|de|da|van|von|der|al|bin|la|le|del|du))+$", "", name)
                return k + lead, k + lead + m2.end() + len(name.rstrip("."))
        m3 = re.match(r"[^,.;:!?“”\"()]{2,80}", r)
        if not m3:
            return None
        seg = m3.group().rstrip()
        seg = re.split(r"\s+(?:who|in|on|at|during|after|before|when|while|that|to|from|about|of the)\s+", seg)[0] \
            if not re.match(r"^(?:a|an|the)\s+\w+\s+of\b", seg) else seg
        return k + lead, k + lead + len(seg)
    m = NAME_START.match(r)
    if m and m.group(1).split()[0].lower().rstrip(".,") in _CALENDAR:
        return None  # "said Wednesday, “…”": a day, not a speaker
    if m:
        name = m.group(1)
        name = re.split(r"\s+(?:on|in|at|the)\s+", name)[0]
        name = re.sub(r"(?:\s+(?:of|for|and|the|on|de|da|van|von|der|al|bin|la|le|del|du))+$", "", name)
        return k + lead, k + lead + len(name.rstrip("."))
    return None




def _writing_nouns() -> frozenset[str]:
    return words("writing_nouns.txt")


@lru_cache(maxsize=None)
def _writing_regex() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(_writing_nouns(), key=len, reverse=True))
    return re.compile(r"\b(?:in|into|on|through) (?:a|an|the|its|his|her|their)\s+(?:\w+\s+){0,2}(?:" + nouns + r")\b")


def _is_writing(cue: str, sentence: str) -> bool:
    """A writing cue (wrote, tweeted) or a document named in the clause ("in a statement")."""
    if speech_cues().get(cue.lower()) == "writing":
        return True
    return bool(_writing_regex().search(sentence.lower()))


@dataclass
class _Attr:
    start: int
    end: int
    cue: str
    writing: bool


_REPORTS_FROM = re.compile(r"\b(reports?|reporting|accounts?|an? (?:article|story|report|investigation)) (?:from|by|in) (?=(?:the\s+)?[A-Z])")
_DOC_BY = re.compile(r"(?:an?|the|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|report|release|letter|memo|post|"
                     r"tweet|filing|announcement|email|note)\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?=[A-Z])", re.I)


def _find_attr(masked: str, sa: int, sb: int, span: Span) -> _Attr | None:
    """Cue and speaker naming for a quote inside sentence [sa, sb) of the masked paragraph.

    A document named as the source ("a statement released by US Central Command") gives
    its author as the speaker and makes the quotation quoted writing.
    """
    attr = _find_attr_raw(masked, sa, sb, span)
    if attr is not None:
        m = _DOC_BY.match(masked, attr.start, attr.end)
        if m and m.end() < attr.end:
            return _Attr(m.end(), attr.end, attr.cue, True)
    return attr


# `,” Oliver barked.`, `,” Toomey fumed on Tuesday.`, `,” Trump shot back.`, `,” he continued, “…`:
# a name or pronoun and a verb we do not list, closing the clause the quotation opened
_UNLISTED_VERB = re.compile(
    r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|he|she|they|I|we|"
    r"(?:the|an?)\s+(?:[a-z][\w’'\-]*\s+){0,2}[A-Z]?[\w’'\-]+)\s+([a-z]{3,})"
    r"(?:\s+(?:back|up|out|on|in|at|during|after|again|later|today|yesterday|with)(?:\s+[A-Z]?[a-z]+){0,3})?"
    r"\s*(?=[.,;:!?“\"]|$)")

# "PENCE: …" or "Chris Matthews: …" opening the quoted text: a transcript turn
_LABEL = re.compile(r"\s*([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}|[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){1,2}):\s+\S")
_UNLISTED_AFTER_COMMA = re.compile(
    r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|he|she|they|I|we|"
    r"(?:the|an?)\s+(?:[\w’'\-]+,?\s+){0,3}[\w’'\-]+)\s+(?:\w+ly\s+)?([a-z]{3,}ed)\b")
_UNLISTED_INVERTED = re.compile(r"([a-z]{3,}ed)\s+(?=[A-Z][a-z]|(?:the|a|an)\s)")


def _find_attr_raw(masked: str, sa: int, sb: int, span: Span) -> _Attr | None:
    cues = _cues()
    after = masked[span.close:sb]
    sentence = masked[sa:sb]
    dashed = _NAME_DASH.search(masked, max(sa, span.open - 120), span.open)
    if dashed and is_name(dashed.group(1)):  # "including Mitt Romney -- ''…'' --"
        return _Attr(dashed.start(1), dashed.end(1), "--", False)
    caps = re.fullmatch(r"\s*([A-Z0-9][A-Z0-9’'‘,:\- ]{10,120}[A-Z0-9’'])\s*", masked[sa:span.open])
    if caps and len(caps.group(1).split()) >= 3:  # a newsletter headline over its excerpt: "HOW X … “…” [Source.]"
        return _Attr(sa + caps.start(1), sa + caps.end(1), ":", True)
    if _PASSIVE_ASKED.search(masked, max(sa, span.open - 60), span.open):
        return None  # "Blumenthal was asked, “…?”": the question is someone else's, unnamed
    lead_in = masked[max(sa, span.open - 40):span.open]
    intro = list(cues.finditer(lead_in))
    if intro and re.fullmatch(r"(?:\s+[\w’']+){0,2}\s*[,:]\s*", lead_in[intro[-1].end():]):
        # the quotation is introduced by its cue ("telling her, “…”", "said: “…”"): that cue governs
        found = _before_quote(masked, sa, span, sentence)
        if found:
            return found
    # after the quote: `,” Putin said` / `,” said Putin` / `” as many officials have said`
    m = re.match(r"^[\s,]*(?:—\s*|–\s*)?", after)
    pos = span.close + m.end()
    outer = re.search(r",\s*(?:according to|reports|reported)\s+(?=(?:the\s+)?[A-Z])", masked[pos:sb])
    if outer:  # `“…,” Sanders said, according to CNN.`: the text attributes the words to CNN's report
        np = _np_after(masked, pos + outer.end())
        if np:
            return _Attr(np[0], np[1], "according to", False)
    c = cues.match(masked, pos)
    inverted_read = re.match(r"(?:read|reads)\s+(?:a|an|the|one|his|her|their|its)\b", masked[pos:pos + 20])
    if c and (inverted_read or c.group().lower() not in {"according to", "calls", "called", "describes", "described",
                                                         "read", "reads", "reports", "reported", "posts", "posted"}):
        np = _np_after(masked, c.end())
        if np:
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
    for c in _cues_any_case().finditer(masked, pos, min(sb, pos + 200)):
        if re.search(r"\b(?:when|if|while|unless|once)\s+$", masked[pos:c.start()]):
            continue  # "…, who used the same words when asked": a reduced clause, not this quotation's cue
        if c.group().lower() == "according to":
            np = _np_after(masked, c.end())
            if np:
                return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
            continue
        if masked[pos:c.start()].count("“") or '"' in masked[pos:c.start()] or \
                re.search(r",\s+(?:and|but|while|whereas|as|when|after|before|because)\s[^,]*$|;", masked[pos:c.start()]):
            break  # another quotation or another clause ("…” in a tweet, and a few lawmakers have called for …)
        np = _np_before(masked, c.start(), pos)
        whole = re.fullmatch(r"\s*((?:the|a|an)\s[^.;:“”\"]{3,80}?)\s*", masked[pos:c.start()])
        if whole and (np is None or np[0] > pos + 1):  # "…,” the Florida senator and Republican candidate said
            np = (pos + whole.start(1), pos + whole.end(1))
        if np and np[0] >= pos - 1:
            if c.group().lower() in {"describes", "described", "calls", "called"} and np:
                pass
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
        break
    passive_by = re.match(r"[\s,]*by\s+", masked[pos:sb])
    if passive_by and re.search(r"\b(?:been|was|were|is|are|be)\s+(?:\w+\s+)?(?:called|described|dubbed|labeled|"
                                r"labelled|termed|branded)\s*$", masked[sa:span.open]):
        np = _np_after(masked, pos + passive_by.end())  # “…” has been called "…" by Joshua Hendrick
        if np:
            return _Attr(np[0], np[1], "called", False)
    # `,” Oliver barked.` / `,” he continued, “…`: a name or pronoun and a verb we do not list
    m = _UNLISTED_VERB.match(masked, pos, sb)
    if m and m.group(1).split()[0].lower() not in NOT_NAME_START - PRONOUNS - {"the", "a", "an"}:
        return _Attr(m.start(1), m.end(1), m.group(2), False)
    if masked[span.close - 2:span.close - 1] == ",":
        m = _UNLISTED_AFTER_COMMA.match(masked, pos, sb)
        if m and m.group(1).split()[0].lower() not in NOT_NAME_START - PRONOUNS - {"the", "a", "an"}:
            return _Attr(m.start(1), m.end(1), m.group(2), False)  # “…,” the nominee riffed on Hassan's answer
    m = _UNLISTED_INVERTED.match(masked, pos, sb)
    if m:  # `,” scoffed Arianna Gil, 22, …`
        np = _np_after(masked, m.end())
        if np:
            return _Attr(np[0], np[1], m.group(1), False)
    # a colon introduction: `Hannity interjected: “…”`, `Pew Research: “…”`
    intro = _colon_intro(masked, sa, span.open)
    if intro:
        return intro
    # "reports from The Washington Post that Trump … “…”": the source of the report
    reports = list(_REPORTS_FROM.finditer(masked, sa, span.open))
    src = reports[-1] if reports else None
    if src is not None:
        np = _np_after(masked, src.end())
        if np and np[1] <= span.open:
            return _Attr(np[0], np[1], src.group(1), True)
    found = _before_quote(masked, sa, span, sentence)
    if found:
        return found
    return _subject_fallback(masked, sa, span)


def _before_quote(masked: str, sa: int, span: Span, sentence: str) -> _Attr | None:
    """The last cue in the sentence before the opening mark, and its naming."""
    cues = _cues()
    before_cues = [c for c in cues.finditer(masked, sa, span.open)]
    for c in reversed(before_cues):
        if c.group().lower() == "according to":
            np = _np_after(masked, c.end())
        else:
            np = None
            chained = re.search(r"\b(?:said|says|added|adds|wrote|writes|told\s+[\w’']+(?:\s+[\w’']+)?)\s*,?\s*$",
                                masked[max(sa, c.start() - 60):c.start()]) if c.group().lower().endswith("ing") else None
            if chained:  # "Nefzi said, adding, “…”": the subject of the first cue
                np = _np_before(masked, max(sa, c.start() - 60) + chained.start(), sa)
            if np is None and c.group().lower().endswith("ing") and re.search(r"\band\s+$", masked[sa:c.start()]):
                agents = [m for m in _PARTICIPLE_AGENT.finditer(masked, sa, c.start()) if is_name(m.group(1))]
                if agents:  # "with Donald Trump tweeting that … and asking, “…”": the first participle's agent
                    np = (agents[-1].start(1), agents[-1].end(1))
            if np is None and c.group().lower().endswith("ing"):
                direct_name = NAME_END.search(masked[max(sa, c.start() - 80):c.start()].rstrip())
                if direct_name and masked[c.start() - 1] == " " and is_name(direct_name.group(1)) and not \
                        re.search(r"\b(?:on|in|at|to|with|from|for|by|about|into|onto)\s+$",
                                  masked[max(sa, c.start() - 80):c.start()][:direct_name.start(1)]):
                    # "footage of Hillary Clinton asking, “…”": the name right before the participle
                    a = max(sa, c.start() - 80) + direct_name.start(1)
                    np = (a, a + len(direct_name.group(1)))
                np = np or _subject(masked, sa, c.start())
            np = np or _np_before(masked, c.start(), sa)
            if np is None and c.group().lower() in {"said", "says", "added", "wrote"}:  # not told/asked: their
                # object is the listener ("told his supporters, “…”")
                np = _np_after(masked, c.end())
                if np and np[1] > span.open:
                    np = None
            infinitive = _INFINITIVE_SUBJECT.search(masked, max(sa, c.start() - 120), c.start())
            if np is None and infinitive:  # "Mr. Trump was prompted to say", "she went on to say"
                np = (infinitive.start(1), infinitive.end(1))
            if np is None and (c.group().lower().endswith("ing") or
                               re.search(r"(?:\band|\bbut|,|\bto)\s+(?:\w+ly\s+)?$", masked[sa:c.start()])):
                np = _subject(masked, sa, c.start())  # "…, saying", "and said", "was prompted to say"
        relative_who = np and masked[np[0]:np[1]].lower() == "who" and (
            masked[:np[0]].rstrip().endswith(",") or bool(NAME_END.search(masked[max(sa, np[0] - 60):np[0]].rstrip())))
        if np and not relative_who and re.match(r"(?:that|which|who|because|if|when|while|as)\b", masked[np[0]:np[1]], re.I):
            continue  # a cue inside a reported clause ("said that he only disclosed …"): an earlier cue governs
        if np:
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
    return None


def _subject_fallback(masked: str, sa: int, span: Span) -> _Attr | None:
    """No speech cue: a quotation of a clause or more inside a sentence is the words of the sentence's
    subject when a verb we do not list introduces it ("Huckabee, for his part, is labeling Obama's
    actions “a blatant, belligerent abuse of power.”", "the protesters chanted “…”")."""
    if span.open - sa < 8 or len(re.findall(r"\w+", masked[span.open:span.close])) < 5:
        return None
    np = _subject(masked, sa, span.open)
    if np is None:  # "When Trump used the words, “…,” he was echoing Ryan": the opener's own subject
        m = _OPENER_SUBJECT.match(masked, sa, span.open)
        if m and re.fullmatch(r"[^,“”\"]*,\s*", masked[m.end():span.open]):
            return _Attr(m.start(1), m.end(1), "used", False)
        return None
    if np[1] >= span.open - 2:
        return None
    verb = re.match(r"[\s,]*(?:[^,]{0,60},\s*)?(?:\w+ly\s+)?([a-z]+)\b", masked[np[1]:span.open])
    if verb is None or verb.group(1) in DETS or verb.group(1) in {"of", "and", "or", "in", "on", "at", "to", "for"}:
        return None
    return _Attr(np[0], np[1], verb.group(1), _is_writing(verb.group(1), masked[sa:span.open]))


_STARTERS = {"but", "and", "so", "then", "later", "still", "yet", "meanwhile", "however", "now", "also", "instead", "once",
             "here", "there",
             "indeed", "again", "earlier", "afterward", "afterwards", "finally", "today", "yesterday"}
_PREPS = {"in", "on", "at", "after", "before", "during", "while", "when", "since", "as", "with", "for", "from",
          "although", "though", "because", "if", "unless", "whereas", "until", "whether", "ever", "rather",
          "speaking", "asked", "by", "under", "over", "despite", "following", "like", "unlike", "to"}


_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "hundred", "few", "many"}
_INFINITIVE_SUBJECT = re.compile(
    r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*|he|she|they|I|we)\s+(?:\w+ly\s+)?(?:was|were|is|are|has|have|had|"
    r"seemed|appeared|wanted|wants|tried|tries|went on|goes on|decided|continued|began|used|got|felt|would like|"
    r"needed|chose|declined|refused|hastened|rushed|went so far as)\s+(?:\w+\s+){0,2}?to\s+$")
_TIME_WORDS = {"a", "an", "several", "some", "last", "this", "next", "that", "earlier", "later", "hours", "days", "weeks",
               "months", "years", "minutes", "moments", "seconds", "decades", "shortly", "soon", "not", "long", "just"}
_COMMON_VERBS = {"is", "was", "has", "says", "said", "makes", "made", "shows", "showed", "puts", "put", "gives", "gave",
                 "offers", "goes", "went", "takes", "took", "keeps", "kept", "finds", "found", "sees", "saw", "reads",
                 "read", "sums", "summed", "lays", "laid", "spells", "spelled", "spelt", "argues", "reports", "notes"}
# “safety check” feature, "Miss Universe" pageant: a quoted term modifying the noun after it is nobody's words
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|of|for|with|as|is|was|that|he|she|they|it|said|says)\b)[a-z]{3,}\b")
_SUBJECT_PRONOUN = re.compile(r"(?:^|[.!?]\s+)(He|She|They)\s+(?:\w+ly\s+)?[a-z]")
_TITLED_NAME_AFTER = re.compile(rf"\s+(?:[a-z][a-z\-]+\s+){{1,2}}(?:{NAME_TOK}\s+)*{NAME_TOK}(?=\s+[a-z]|,)")
_NAME_DASH = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)\s*(?:--|—|–)\s*$")
_PARTICIPLE_AGENT = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)\s+(?:\w+ly\s+)?[a-z]+ing\b")
_PASSIVE_ASKED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?asked\s*[,:]?\s*$")
_OPENER_SUBJECT = re.compile(r"\s*(?:When|As|After|Before|While|Once)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)"
                             r"\s+(?:used|uttered|repeated|invoked|borrowed|echoed|adopted|coined)\b")
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "today", "yesterday", "tonight"}
_NOT_PARTICIPLES = {"during", "according", "nothing", "something", "anything", "everything", "morning", "evening",
                    "king", "spring", "string", "wedding", "building", "meeting", "briefing", "hearing", "ruling"}


def _subject(masked: str, sa: int, limit: int) -> tuple[int, int] | None:
    """The grammatical subject at the head of the sentence [sa, limit): a pronoun, a name or a short noun phrase."""
    seg = masked[sa:limit]
    pos = 0
    lead_quote = re.match(r"\s*[“\"‘']+x[x\s,?!]*[”\"’']+\s*,?\s*", seg)
    if lead_quote:  # "“…,” Blige sings to Clinton before asking her": the subject follows the quotation
        pos = lead_quote.end()
    for _ in range(3):
        m = re.match(r"\s*([\w’']+)[,]?\s*", seg[pos:])
        if not m:
            return None
        w = m.group(1).lower()
        if w in _STARTERS:
            pos += m.end()
            continue
        timed = re.match(r"\s*(?:[\w’']+\s+){0,3}(?:ago|earlier|later|before)\s*,|"
                         r"\s*(?:this|last|next|that|earlier|later)\s+(?:week|month|year|morning|afternoon|evening|night|"
                         r"spring|summer|fall|autumn|winter|\w+day)(?:\s+\w+){0,2}\s*,", seg[pos:])
        if timed and (w in _NUMBERS or w.isdigit() or w in _TIME_WORDS):
            pos += timed.end()  # "Eight years ago, he supported …"
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
    m2 = NAME_START.match(rest)
    if m2 and m2.group(1).split()[0].lower() not in NOT_NAME_START:
        name = re.split(r"\s+(?:on|in|at)\s+", m2.group(1))[0].rstrip(".")
        more = _TITLED_NAME_AFTER.match(rest, len(name))
        if more:  # "Republican Presidential hopeful Sen. Ted Cruz": a lower-case title between two capital runs
            return base, base + more.end()
        return base, base + len(name)
    if w in DETS:
        toks = list(TOKEN.finditer(rest))
        for j, t in enumerate(toks[1:9], 1):
            tw = t.group().lower()
            if j >= 3 and t.group()[:1].islower() and toks[j - 1].group()[:1].isupper() and \
                    toks[j - 2].group()[:1].isupper() and toks[j - 2].group().lower() not in DETS:
                return base, base + toks[j - 1].end()  # "The Slate technology columnist David Auerbach went …"
            if tw in _SKIP or _cues().fullmatch(tw) or tw.endswith("ed") or tw in _COMMON_VERBS:
                if j >= 2:
                    return base, base + toks[j - 1].end()
                return None
            if rest[toks[j - 1].end():t.start()].strip():
                return base, base + toks[j - 1].end()
    return None


def _colon_intro(masked: str, sa: int, end: int) -> _Attr | None:
    """`X verb: “…”` or `X: “…”`: the subject of the clause the colon closes."""
    before = masked[sa:end].rstrip()
    if not before.endswith(":"):
        return None
    clause_end = sa + len(before) - 1
    clause = masked[sa:clause_end]
    by = re.search(r"\b(?:is|are|was|were|been)\s+(?:\w+\s+)?\w+ed\s+by\s+((?:the|this|that|a|an|its|his|her|their)\s+[^,;:]{2,60}|"
                   r"[A-Z][^,;:]{1,60})$", clause.rstrip())
    if by:  # "The challenge is exemplified by this finding: ''…''"
        a = sa + by.start(1)
        return _Attr(a, a + len(by.group(1).rstrip()), "by", True)
    dashed = re.search(r"\s[-–—]\s*([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*$", clause)
    if dashed and is_name(dashed.group(1)):  # "Pollsters agree - Carl Bialik: “…”"
        a = sa + dashed.start(1)
        return _Attr(a, a + len(dashed.group(1)), ":", False)
    last_comma = clause.rfind(",")
    if _cues().search(clause) and last_comma > list(_cues().finditer(clause))[-1].end():
        # "When Trump suggested that …, Rubio fired back forcefully: “…”": the main clause after the comma
        np = _subject(masked, sa + last_comma + 1, clause_end)
        if np and masked[np[0]:np[0] + 1].isupper():
            return _Attr(np[0], np[1], ":", _is_writing(":", clause))
    if _cues().search(clause):
        c = list(_cues().finditer(clause))[-1]
        if c.group().lower() == "according to":
            np = _np_after(masked, sa + c.end())
        elif c.group().lower().endswith("ing"):  # "…, telling Breitbart London:": the clause's subject
            np = _subject(masked, sa, sa + c.start()) or _np_before(masked, sa + c.start(), sa)
        else:
            np = _np_before(masked, sa + c.start(), sa) or _subject(masked, sa, sa + c.start())
        if np:  # "David Auerbach went so far as to say: …" falls back to the clause's subject
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), clause))
    m = re.search(r"([\w’']+)\s*$", clause)
    if m and m.group(1)[:1].islower():
        if re.search(r"\b(?:a|an|the|his|her|their|its|this|that|these|those)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*$", clause):
            np = _subject(masked, sa, clause_end)  # "… with a simple message:": a noun, the clause's subject speaks
        else:  # "a spokesman for Bernie Sanders could only quip:": the naming before the verb
            np = _np_before(masked, sa + m.start(), sa) or _subject(masked, sa, clause_end)
        if np:
            return _Attr(np[0], np[1], m.group(1), _is_writing(m.group(1), clause))
    tail = re.search(r"(?:^|[-–—:,]\s*|\bfrom\s+)([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*$", clause)
    if tail and is_name(tail.group(1)):  # "… contests - Philip Bump: “…”"
        a = sa + tail.start(1)
        return _Attr(a, a + len(tail.group(1)), ":", False)
    named = NAME_END.search(clause.rstrip())
    if named and is_name(named.group(1)) and len(named.group(1).split()) >= 2 and \
            re.search(r"\b[a-z]+\s+$", clause[:named.start()]):  # "… doesn’t surprise pollster Daron Shaw: “…”"
        a = sa + named.start(1)
        return _Attr(a, a + len(named.group(1)), ":", False)
    stripped = clause.strip(" -–—")
    if stripped and is_name(stripped) and len(stripped.split()) <= 6:
        a = sa + clause.index(stripped)
        return _Attr(a, a + len(stripped), ":", False)
    np = _subject(masked, sa, clause_end)
    if np:
        return _Attr(np[0], np[1], ":", _is_writing(":", clause))
    return None


_ATTRIBUTION_START = re.compile(
    r"(?:(?:[A-Z][\w’'.\-]*\s+){1,4}|(?:he|she|they|I|we)\s+|the\s+(?:\w+\s+){1,3})"
    r"(?:also\s+|later\s+|then\s+)?(?:said|says|asked|added|replied|responded|told|wrote|tweeted|continued|"
    r"explained|insisted|shouted|yelled|exclaimed|countered|declared|argued|noted|warned|quipped|joked)\b"
    r"|(?:said|says|asked|added|replied|wrote)\s+(?:[A-Z]|the\s|a\s|an\s|he\b|she\b)")


_NAMED_CUE = re.compile(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}(?:,[^,.;“”\"]{1,80},)?\s+(?:\w+ly\s+)?"
                        r"(?:said|says|added|told|asked|replied|wrote|tweeted)\b")
_TERMINAL = re.compile(r"\s*(?:[.,;:]|$|\s(?:in|on|at|during|after|to|of|about|with|from|last|this|earlier|later|"
                       r"recently|again|today|yesterday|\w+day)\b)")


def _sentences(t: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph, never ending inside a quotation."""
    out: list[tuple[int, int]] = []
    opens = [s.open for s in spans]

    def inside(i: int, slack: int = 0) -> bool:
        j = bisect.bisect_left(opens, i) - 1  # the last quote opening before i
        return j >= 0 and spans[j].open < i < spans[j].close - slack

    for a, b in sentence_spans(t, _abbreviations()):
        # `“…!” Maher replied.` / `“…?” said Smith.`: the attribution belongs to the quote's sentence
        closing = out and t[out[-1][1] - 1:out[-1][1]] in ("”", '"', "'", "’", "»")
        glued = closing and (_ATTRIBUTION_START.match(t, a) or
                             (t[out[-1][1] - 2:out[-1][1] - 1] in "?!" and (_UNLISTED_VERB.match(t, a) or
                                                                            _NAMED_CUE.match(t, a))))
        if glued and t[out[-1][1] - 2:out[-1][1] - 1] == "." and not _TERMINAL.match(t, glued.end()):
            glued = None  # `….” She noted a planned rally.`: after a full stop, a new sentence with an object
        if out and (inside(a) or inside(out[-1][1], 1) or glued):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _mask(t: str, spans: list[Span]) -> str:
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




_REPORTING = re.compile(
    r"(?<![\w-])(?:said|says|say|told|tells|added|adds|argued|argues|claimed|claims|warned|warns|noted|notes|explained|"
    r"insisted|insists|announced|announces|stated|acknowledged|admitted|suggested|suggests|asserted|contended|"
    r"maintained|maintains|predicted|promised|wrote|writes|tweeted|believes|believed|thinks|thought|argue|claim|"
    r"warn|insist|say|acknowledges|admits|reported|reports|conceded|concedes|stressed|emphasized|recalled|"
    r"countered|confirmed|denied|[Aa]ccording to|thinks?|believes?|expects?|hopes?|hoped|fears?|feared|"
    r"knows?|knew|shows?|showed|found|finds|indicates?|indicated|estimates?|estimated|predicted|predicts|"
    r"suggested|wants?|wanted|argued|asserts?|announced|reported|reports|concluded|insist|acknowledge|saying|"
    r"adding|noting|arguing|claiming|insisting|warning|explaining|suggesting|telling)(?![\w-])")


_RELATIVE_SUBJECT = re.compile(r",\s+(?P<who>who)\s+(?:(?:also|later|then|has|have|had|once|previously|recently)\s+)*$")
_CLAUSE_END = re.compile(r",?\s+(?:but(?!\s+(?:that|also)\b)|while|although|though|whereas|yet)\s|;\s|"
                         r",\s+and\s+(?=(?:[\w’'-]+\s+){1,6}(?:said|say|says|told|added|argued|believe[sd]?)\b)")
_SENTENCE_BEFORE_QUOTE = re.compile(r"[.!?]\s+(?=[“\"‘]|'')")


def _reported_after(masked: str, sa: int, ca: int, cb: int, end: int, cue: str):
    """`NP said (that) CONTENT`: (naming, content start, content end) or None."""
    np = _subject(masked, sa, ca) if cue.endswith("ing") else None  # "…, saying …": the sentence subject
    rel = _RELATIVE_SUBJECT.search(masked, max(sa, ca - 60), ca)
    if np is None and rel:  # "Ted Cruz, who said he would …": the relative pronoun's antecedent
        np = _np_before(masked, rel.start(), sa) or (rel.start("who"), rel.end("who"))
    np = np or _np_before(masked, ca, sa)
    if not np or np[0] < sa:
        np = _subject(masked, sa, ca)  # "The senator, speaking in Iowa on Monday, said …"
        if not np or np[1] > ca or re.search(r"\b(?:that|which|who|because|if|when)\b", masked[np[1]:ca]):
            return None
    tail = masked[cb:end]
    if re.search(r"(?:[”\"]|'')\s*,?\s*$", masked[sa:np[0]]) and not re.match(r"\s*that\b", tail):
        return None  # `,” Grassley said in a conference call with reporters`: the cue attributes the quotation
    if cue in ("told", "tells"):
        m = re.match(r"\s*(?:\w+\s+){0,6}?that\s+", tail) or \
            re.match(r"\s*(?:[\w’'.]+\s+){1,3}?(?=(?:he|she|they|it|we|I|there|the|his|her|their)\s)", tail)
    else:
        m = re.match(r"\s*(?:(?:last|this|earlier|later|next) (?:week|month|year|night|\w+day)\s+|on \w+\s+|"
                     r"in an? [\w\s]{1,30}?\s+|on [\w\s]{1,30}?\s+)?(?:that\s+)?", tail)
        comma = re.match(r"\s*,\s+", tail)
        if comma and not _REPORTING.search(masked, cb + comma.end(), cb + comma.end() + 40):
            m = comma  # "…, he said, while members … are horrified": the clause after the comma is reported
    if not m:
        return None
    a, b = cb + m.end(), end
    # the reported clause ends where another clause begins ("…, but did not say", "; he added")
    stop = _CLAUSE_END.search(masked, a + 12, b)
    if stop:
        b = stop.start()
    if b - a < 12 or masked[a:a + 1] in ",.;:":
        return None
    return np, a, b


def _reported_before(masked: str, sa: int, sb: int, ca: int, cb: int):
    """`CONTENT, NP said.` at the end of a sentence: (naming, content start, content end) or None."""
    if not re.fullmatch(r"[\s\w]{0,25}?[.!?]?[\"”’]?\s*", masked[cb:sb]):
        return None
    comma = masked.rfind(",", sa, ca)
    if comma < 0:
        return None
    np = _np_before(masked, ca, comma + 1)
    if not np:
        return None
    return np, sa, comma


_HEADLINE_SOURCE = re.compile(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}):\s+([A-Z‘“'\"].{10,200})$")
_ASKED = re.compile(r"(?:When |And when |And )?[Aa]sked (?:\w+ )?((?:if|whether|about|who|what|why|how|when)\b[^,;]{8,200}),")


def _indirect(st: PeopleState, pi: int, t: str, masked: str, sents: list[tuple[int, int]],
              spans: list[Span]) -> list[Quotation]:
    """Reported speech (`Zelensky said that …`, `…, officials said`, `according to …`) as direct=False records."""
    out: list[Quotation] = []

    def quoted_share(a: int, b: int) -> float:
        inside = sum(max(0, min(b, s.close) - max(a, s.open)) for s in spans)
        return inside / max(1, b - a)

    for sa, sb in sents:
        sent = masked[sa:sb]
        taken: list[tuple[int, int]] = []
        h = _HEADLINE_SOURCE.match(sent) if sa == 0 and sb >= len(t.rstrip()) - 1 else None
        if h and is_name(h.group(1)):  # "Paul Ryan: FBI Decision Not to Indict 'Defies Explanation'"
            person = speaker_person(st, pi, masked, sa, h.start(1), h.end(1))
            a, b = h.start(2), len(t.rstrip().rstrip("."))
            q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b,
                          speaker=h.group(1), speaker_start=h.start(1), speaker_end=h.end(1))
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
            out.append(q)
            continue
        m = _ASKED.match(sent)
        if m:  # "Asked whether the plan would pass, Smith said …": the question is reported too, asker unnamed
            a, b = sa + m.start(1), sa + m.end(1)
            if quoted_share(a, b) <= 0.5:
                out.append(Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b))
                taken.append((a, b))
        for c in _REPORTING.finditer(sent):
            if any(x <= sa + c.start() < y for x, y in taken):
                continue  # a cue inside reported content is part of that content
            if re.search(r"\b(?:was|were|been|be|being|is|are)\s+$", sent[max(0, c.start() - 12):c.start()]):
                continue  # passive ("were admitted into the alliance"): nobody is reported
            if re.match(r"\s+(?:from|by|of|in|on|about)\b", masked[sa + c.end():sa + c.end() + 8]) and \
                    c.group().lower() in {"reports", "report", "claims", "claim", "findings", "estimates", "fears", "hopes"}:
                continue  # a noun ("reports from The Washington Post"), not a verb
            cue = c.group().lower()
            ca, cb = sa + c.start(), sa + c.end()
            end = sb
            while end > cb and masked[end - 1] in " .!?;:\"”’":
                end -= 1
            if cue == "according to":
                comma = masked.find(",", cb, min(sb, cb + 200))
                lead_words = re.findall(r"[\w’']+", masked[sa:ca].lower())
                if comma > cb and all(w in _STARTERS for w in lead_words):
                    # "According to F.A.A. records, CONTENT": the source runs to the comma
                    lead = len(masked[cb:comma]) - len(masked[cb:comma].lstrip())
                    np = (cb + lead, comma)
                    a, b = comma + 1, end
                else:
                    np = _np_after(masked, cb)
                    if not np:
                        continue
                    a, b = sa, ca - 1
            else:
                found = _reported_after(masked, sa, ca, cb, end, cue) or _reported_before(masked, sa, sb, ca, cb)
                if not found:
                    continue
                np, a, b = found
            stop = _SENTENCE_BEFORE_QUOTE.search(masked, a + 12, b)
            if stop:  # "…said that X. ''Y …'': the sentence splitter kept the next quotation in; X is reported
                b = stop.start() + 1
            for sp in spans:  # never cut a quotation in two: TEI elements must nest
                if sp.open < b < sp.close:
                    b = sp.close
                if sp.open < a < sp.close:
                    a = sp.open
            if b - a < 12 or quoted_share(a, b) > 0.5:
                continue
            person = speaker_person(st, pi, masked, sa, np[0], np[1])
            q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b)
            q.speaker = masked[np[0]:np[1]].strip()
            q.speaker_start, q.speaker_end = np[0], np[0] + len(q.speaker)
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
                st.last_speaker, st.last_speaker_para = person.id, pi
            out.append(q)
            taken.append((a, b))
        out.extend(_topics(st, pi, t, masked, sa, sb, spans, taken))
    return out


_TOPIC_END = re.compile(r"[,;:.!?()“”\"]|\s(?:but|while|and then|because|after|before|when|as|since|who|which|where)\s|\s[-–—]\s")


def _topics(st: PeopleState, pi: int, t: str, masked: str, sa: int, sb: int, spans: list[Span],
            taken: list[tuple[int, int]]) -> list[Quotation]:
    """Stance and topic attributions ("Rubio has talked about embedding troops", "called for a ban"):
    the topic runs from the cue's preposition to the next punctuation or clause; the speaker is the
    naming before the cue, when there is one."""
    out: list[Quotation] = []
    low = masked.lower()
    if len(low) != len(masked):  # a character whose lower case is longer ("İ"): keep offsets exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in masked)
    for c in topic_cues().finditer(low, sa, sb):
        if any(x <= c.start() < y for x, y in taken):
            continue  # inside reported content (measured: nested stance records cost more than they find)
        a = c.end()
        while a < sb and masked[a] == " ":
            a += 1
        stop = _TOPIC_END.search(masked, a, sb)
        b = stop.start() if stop else sb
        b = len(masked[:b].rstrip())
        nxt = next((sp for sp in spans if sp.open >= b), None)
        if nxt is not None and not masked[b:nxt.open].strip():
            b = nxt.close  # a quoted complement belongs to the topic: called the cuts “a painful trim”
        if len(re.findall(r"\w+", masked[a:b])) < 2 or any(sp.open < a < sp.close or sp.open < b < sp.close
                                                             for sp in spans):
            continue
        if any(a < x < b or a < y < b for x, y in taken):
            continue  # it would cross another attribution
        np = None if c.group("impersonal") else _np_before(masked, c.start(), sa)
        q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b)
        if np and np[0] >= sa:
            person = speaker_person(st, pi, masked, sa, np[0], np[1])
            q.speaker = masked[np[0]:np[1]].strip()
            q.speaker_start, q.speaker_end = np[0], np[0] + len(q.speaker)
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
        out.append(q)
        taken.append((a, b))
    return out


_SPOKE = re.compile(r"\b(?:spoke|speaks|talked|talks|told|tells|said|says|answered|answers|replied|explained|"
                    r"continued|went on|added)\b")


def _speaker_of_closing_sentence(st: PeopleState, pi: int, masked: str, sent: tuple[int, int], after: int) -> None:
    """A paragraph that ends on someone speaking ("…, since Trump spoke only in evasive bromides during the
    interview.") makes them the speaker of the quotation-only paragraphs that follow."""
    sa, sb = sent
    found = list(_SPOKE.finditer(masked, max(sa, after), sb))
    m = found[-1] if found else None  # the last speech verb of the sentence
    if m is None:
        return
    np = _np_before(masked, m.start(), sa)
    if np is None:
        return
    naming = masked[np[0]:np[1]].strip()
    if not naming or naming.split()[0].lower() in NOT_NAME_START - PRONOUNS - {"the", "a", "an"}:
        return
    person = speaker_person(st, pi, masked, sa, np[0], np[1])
    if person is not None:
        st.last_speaker, st.last_speaker_para = person.id, pi
        st.last_naming = (person.id, naming, pi, np[0], np[0] + len(naming))


def attribute(paragraphs: list[str]) -> tuple[list[Quotation], list[Person]]:
    """Quotations with kinds and speakers, and the people, for a list of paragraph texts.

    Offsets in the returned quotations are paragraph-local (`local_start`,
    `local_end` include the marks; `start`/`end` hold the content bounds and
    `speaker_start`/`speaker_end` the naming); the pipeline maps them to input offsets.
    """
    st = PeopleState()
    quotes: list[Quotation] = []
    prev_open = False
    prev_masked: str | None = None
    for pi, t in enumerate(paragraphs):
        spans = find_spans(t)
        masked = _mask(t, spans)
        collect_names(st, pi, masked)
        sents = _sentences(t, spans)
        para_speaker: tuple[Person | None, int, int, str | None] | None = None
        pending: list[Quotation] = []
        starts = [a for a, _ in sents]
        for si, s in enumerate(spans):
            j = bisect.bisect_right(starts, s.open) - 1
            sa, sb = sents[j] if j >= 0 and sents[j][0] <= s.open < sents[j][1] else (0, len(t))
            if s.continued:
                sa = 0
            attr = _find_attr(masked, sa, sb, s)
            label = _LABEL.match(t, s.open + 1)
            src = masked
            if label and (attr is None or s.open == sa):
                # a transcript turn: "PENCE: Well, the question really should be …" (the naming is inside the marks)
                attr, src = _Attr(label.start(1), label.end(1), ":", False), t
            person = None
            q = Quotation(0, 0, "", paragraph=pi, local_start=s.open, local_end=s.close)
            a, b = content_bounds(t, s)
            q.start, q.end, q.text = a, b, t[a:b]
            writing = False
            if attr:
                writing = attr.writing
                person = speaker_person(st, pi, src, sa, attr.start, attr.end)
                q.speaker = src[attr.start:attr.end].strip()
                q.speaker_start, q.speaker_end = attr.start, attr.start + len(q.speaker)
                para_speaker = (person, attr.start, attr.end, q.speaker)
            q.kind = kind_of(t, s, attr is not None, writing)
            if attr is None and q.kind in ("speech", "writing"):
                quote_only = masked[sa:sb].strip(" ,.") == masked[s.open:s.close].strip(" ,.") or \
                    len(re.findall(r"\w+", masked[sa:s.open] + masked[s.close:sb])) <= 2
                if para_speaker is not None:
                    person = para_speaker[0]
                    q.speaker = para_speaker[3]
                    q.speaker_start, q.speaker_end = para_speaker[1], para_speaker[2]
                elif quote_only or s.continued or (si == 0 and prev_open):
                    pending.append(q)
                    if (si == 0 and (s.open <= 2 or s.continued)) and st.last_speaker and pi - st.last_speaker_para <= 1:
                        person = st.people[st.last_speaker]
                        if st.last_naming is not None and st.last_naming[0] == person.id:
                            # the naming that attributed the previous quote ("…,” she said.) stands for this one too,
                            # unless a later sentence of that paragraph starts on a pronoun for them ("He then had a
                            # question for the crowd."): that is the nearest naming
                            _, q.speaker, q.speaker_para, q.speaker_start, q.speaker_end = st.last_naming
                            later = None
                            if q.speaker_para == pi - 1 and prev_masked is not None:
                                pronouns = list(_SUBJECT_PRONOUN.finditer(prev_masked, q.speaker_end or 0))
                                later = pronouns[-1] if pronouns else None
                            if later is not None:
                                q.speaker, q.speaker_start, q.speaker_end = later.group(1), later.start(1), later.end(1)
                        else:
                            q.speaker = person.mentions[-1] if person.mentions else person.name
                            q.speaker_start = q.speaker_end = None
                        pending.remove(q)
                else:
                    q.kind = "so-called" if len(re.findall(r"\w+", q.text)) <= 4 else q.kind
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
                if q.kind in ("speech", "writing") or (attr is not None and attr.cue != ":"):
                    # a cue names a speaker even over a short term ("a “very welcome tack,” he said.")
                    st.last_speaker, st.last_speaker_para = person.id, pi
                    if q.speaker_start is not None:
                        st.last_naming = (person.id, q.speaker, q.speaker_para if q.speaker_para is not None else pi,
                                          q.speaker_start, q.speaker_end)
            # a scare-quoted term is still the speaker's own words when the text attributes it
            q.direct = q.kind in ("speech", "writing") or \
                (q.kind == "so-called" and person is not None and len(q.text.split()) >= 2
                 and not _MODIFIER_AFTER.match(t, s.close))
            quotes.append(q)
        # quotes before their attribution in the same paragraph ("“…” “…,” he said.")
        if pending and para_speaker is not None:
            for q in pending:
                person = para_speaker[0]
                q.speaker = para_speaker[3]
                q.speaker_start, q.speaker_end = para_speaker[1], para_speaker[2]
                if person is not None:
                    q.speaker_name, q.speaker_id = person.name, person.id
        prev_open = bool(spans) and not spans[-1].closed
        prev_masked = masked
        if sents and not t.rstrip().endswith(":"):
            _speaker_of_closing_sentence(st, pi, masked, sents[-1], spans[-1].close if spans else 0)
        reported = _indirect(st, pi, t, masked, sents, spans)
        if pending and para_speaker is None:
            # "Also, Trump isn't a conservative, he said. “He's a liberal!”": the speaker of the reported
            # speech just before a quotation nobody else is named for
            for q in pending:
                before = [r for r in reported if r.speaker and r.speaker_start is not None and r.local_end <= q.local_start]
                if before and q.speaker is None:
                    r = before[-1]
                    q.speaker, q.speaker_start, q.speaker_end = r.speaker, r.speaker_start, r.speaker_end
                    q.speaker_name, q.speaker_id = r.speaker_name, r.speaker_id
        quotes.extend(reported)
        if t.rstrip().endswith(":") and (not spans or spans[-1].close < len(t.rstrip()) - 1):
            sa = next((a for a, b in reversed(sents) if a < len(t.rstrip())), 0)
            intro = _colon_intro(masked, sa, len(t.rstrip()))
            if intro:
                person = speaker_person(st, pi, masked, sa, intro.start, intro.end)
                if person is not None:
                    st.last_speaker, st.last_speaker_para = person.id, pi
                    naming = masked[intro.start:intro.end].strip()
                    # "She went on to say:" introduces the next paragraph's quotation with this naming
                    st.last_naming = (person.id, naming, pi, intro.start, intro.start + len(naming))
    _sign_offs(st, paragraphs, quotes)
    people = list(st.people.values())
    quotes.sort(key=lambda q: (q.paragraph, q.local_start))
    return quotes, people


_SIGN_OFF = re.compile(r"\s*[-–—]\s*((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)(?:,.{0,160})?\s*$")


def _sign_offs(st: PeopleState, paragraphs: list[str], quotes: list[Quotation]) -> None:
    """A paragraph that is only "- Sanders." or "—President Obama, tweeting after the speech." names the
    speaker of the quotation-only paragraph before it."""
    by_para: dict[int, list[Quotation]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    for pi in range(1, len(paragraphs)):
        m = _SIGN_OFF.fullmatch(paragraphs[pi])
        prev = [q for q in by_para.get(pi - 1, []) if q.direct]
        if not m or not prev or not is_name(m.group(1)):
            continue
        name = m.group(1)
        if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
            name = name[:-1]  # "- Sanders." ends a sentence, "- John F." is not cut
        end = m.start(1) + len(name)
        person = speaker_person(st, pi, paragraphs[pi], 0, m.start(1), end)
        for q in prev:
            if q.speaker is None or q.speaker_para is not None or q.speaker_start is None:
                q.speaker, q.speaker_para = name, pi
                q.speaker_start, q.speaker_end = m.start(1), end
                if person is not None:
                    q.speaker_name, q.speaker_id = person.name, person.id
