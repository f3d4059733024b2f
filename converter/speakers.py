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

from .lazyre import lazy_re
from .lexicon import SIGN_OFF, speech_cues, words
from .model import Person, Quotation
from .namings import (NAMING_CUES, UNLISTED_VERB, WHERE_PREPS, cues, cues_any_case, is_writing, mask, noun_cue,
                      np_after, np_before, sentences, subject)
from .people import (DETS, NAME_END, NOT_NAME_START, PRONOUNS, PeopleState, collect_names, headline_case,
                     in_subordinate_opener, is_name, named_later, speaker_person)
from .quotes import Span, content_bounds, find_spans, glossed, kind_of
from .reported import indirect, owner_of


@dataclass
class _Attr:
    start: int
    end: int
    cue: str
    writing: bool


_REPORTS_FROM = lazy_re(r"\b(reports?|reporting|accounts?|an? (?:article|story|report|investigation)) (?:from|by|in) (?=(?:the\s+)?[A-Z])")


_DOC_BY = lazy_re(r"(?:an?|the|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|report|release|letter|memo|post|"
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


# "PENCE: …" or "Chris Matthews: …" opening the quoted text: a transcript turn
_LABEL = lazy_re(r"\s*([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}|[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){1,2}):\s+\S")


_UNLISTED_AFTER_COMMA = lazy_re(
    r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|he|she|they|I|we|"
    r"(?:the|an?)\s+(?:[\w’'\-]+,?\s+){0,3}[\w’'\-]+)\s+(?:\w+ly\s+)?([a-z]{3,}ed)\b")


_UNLISTED_INVERTED = lazy_re(r"([a-z]{3,}ed)\s+(?=[A-Z][a-z]|(?:the|a|an)\s)")


@dataclass
class _Where:
    """One quotation in its sentence, as every attribution rule reads it."""

    masked: str  # the paragraph with quotations masked
    sa: int  # sentence start
    sb: int  # sentence end
    span: Span
    sentence: str
    pos: int  # the first character after the closing mark and any comma or dash after it


_NOBODY = _Attr(-1, -1, "", False)  # what a rule returns when it knows the quotation has no named speaker


def _dash_name_before(w: _Where) -> _Attr | None:
    """A name and a dash before the quotation: "including Mitt Romney -- ''…'' --"."""
    dashed = _NAME_DASH.search(w.masked, max(w.sa, w.span.open - 120), w.span.open)
    if dashed and is_name(dashed.group(1)):
        return _Attr(dashed.start(1), dashed.end(1), "--", False)
    return None


def _headline_over_excerpt(w: _Where) -> _Attr | None:
    """A newsletter headline over its excerpt: "HOW X … “…” [Source.]"."""
    caps = re.fullmatch(r"\s*([A-Z0-9][A-Z0-9’'‘,:\- ]{10,120}[A-Z0-9’'])\s*", w.masked[w.sa:w.span.open])
    if caps and len(caps.group(1).split()) >= 3:
        return _Attr(w.sa + caps.start(1), w.sa + caps.end(1), ":", True)
    return None


def _asked_of_someone(w: _Where) -> _Attr | None:
    """A passive question ("Blumenthal was asked, “…?”"): someone else's, unnamed; or the asker's, when the
    sentence names the asker ("Sanders was asked by host Bill Maher, who …, “…?”")."""
    if _PASSIVE_ASKED.search(w.masked, max(w.sa, w.span.open - 60), w.span.open):
        return _NOBODY
    by = _ASKED_BY.search(w.masked, max(w.sa, w.span.open - 240), w.span.open)
    if by and not cues().search(w.masked, by.end(), w.span.open):
        np = np_after(w.masked, by.end())
        if np and np[1] <= w.span.open:
            return _Attr(np[0], np[1], "asked by", False)
    return None


def _introduced_by_its_cue(w: _Where) -> _Attr | None:
    """The cue right before the quotation governs ("telling her, “…”", "said: “…”")."""
    lead_in = w.masked[max(w.sa, w.span.open - 40):w.span.open]
    intro = list(cues().finditer(lead_in))
    if intro and re.fullmatch(r"(?:\s+[\w’']+){0,2}\s*[,:]\s*", lead_in[intro[-1].end():]):
        return _before_quote(w.masked, w.sa, w.span, w.sentence)
    return None


def _signed_after(w: _Where) -> _Attr | None:
    """`“…” - Roe, in a radio interview.`: signed after the closing mark."""
    signed = _DASH_NAME_AFTER.match(w.masked, w.span.close, w.sb)
    if signed and is_name(signed.group(1)):
        return _Attr(signed.start(1), signed.end(1), "--", False)
    return None


# the sentence after a quotation standing alone that names whose words they were: "That was how Jane Roe put
# it.", "So said Jane Roe.", "Those were the words of Jane Roe, …", "That is what Jane Roe told the council."
_ECHO_NAME = r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}"
_ECHOED = lazy_re(r"\s*(?:(?:That|This)\s+(?:is|was)\s+(?:exactly\s+)?(?:how|what)\s+(?P<n1>" + _ECHO_NAME + r")"
                  r"(?:,\s+[^,.;:“”\"]{2,60},)?\s+(?:\w+ly\s+)?"
                  r"(?:said|says|told|wrote|put\s+it|summed\s+it\s+up|described\s+it|explained\s+it)\b|"
                  r"(?:So|Thus)\s+(?:said|spoke|wrote)\s+(?P<n2>" + _ECHO_NAME + r")|"
                  r"(?:Those|These|Such)\s+(?:were|are)\s+the\s+words\s+of\s+(?P<n3>" + _ECHO_NAME + r"))")


def _echoed_after(w: _Where) -> _Attr | None:
    """`“We are ready.” That was how Jane Roe put it.`: a quotation standing alone, owned by the next sentence."""
    if w.masked[w.sa:w.span.open].strip() or w.masked[w.span.close:w.sb].strip(" .,”\"’'"):
        return None
    m = _ECHOED.match(w.masked, w.sb)
    name = next((k for k in ("n1", "n2", "n3") if m and m.group(k)), None)
    if name is None or not is_name(m.group(name)):
        return None
    return _Attr(m.start(name), m.end(name), "said", False)


def _according_to_after(w: _Where) -> _Attr | None:
    """`“…,” Sanders said, according to CNN.`: the text attributes the words to CNN's report."""
    outer = re.search(r",\s*(?:according to|reports|reported)\s+(?=(?:the\s+)?[A-Z])", w.masked[w.pos:w.sb])
    if outer:
        np = np_after(w.masked, w.pos + outer.end())
        if np:
            return _Attr(np[0], np[1], "according to", False)
    return None


_NOT_INVERTED = {"according to", "calls", "called", "describes", "described", "read", "reads", "reports", "reported",
                 "posts", "posted"}


def _inverted_cue_after(w: _Where) -> _Attr | None:
    """`,” said Putin`."""
    c = cues().match(w.masked, w.pos)
    inverted_read = re.match(r"(?:read|reads)\s+(?:a|an|the|one|his|her|their|its)\b", w.masked[w.pos:w.pos + 20])
    if c and (c.group().lower().endswith("ing") or noun_cue(w.masked, c.start(), c.end(), opens=True)):
        return None  # `,” saying the city …`: a participle is followed by what was said, never by who said it
        # (nor `,” state officials said`: a noun, not the cue)
    if c and (inverted_read or c.group().lower() not in _NOT_INVERTED):
        np = np_after(w.masked, c.end())
        if np:
            return _Attr(np[0], np[1], c.group(), is_writing(c.group(), w.sentence))
    return None


# a lower-case word after a capitalised cue that makes it a noun in a name ("Islamic State militants"), where
# "Trump Tweeted on Monday" goes on with a preposition or an adverb
_NOUN_AFTER = lazy_re(r"\s+(?!(?:on|in|at|to|during|after|before|about|that|with|from|of|for|late|early|last|this|"
                      r"again|back|later|yesterday|today|tonight|and|but|as|while|when|saying|adding)\b)[a-z]")


_TITLE_LIST_GAP = lazy_re(r"\s*,?\s*(?:and|or|&)\s*|\s*,\s*")


def _cue_after(w: _Where) -> _Attr | None:
    """`,” Putin said` / `” as many officials have said` / `,” the Florida senator and Republican candidate said`."""
    masked, pos = w.masked, w.pos
    for c in cues_any_case(masked, pos, min(w.sb, pos + 200)):
        if re.search(r"\b(?:when|if|while|unless|once)\s+$", masked[pos:c.start()]):
            continue  # "…, who used the same words when asked": a reduced clause, not this quotation's cue
        if re.search(r",\s+who\s+(?:\w+ly\s+)?$", masked[pos:c.start()]) and \
                re.match(r"[^,;.“”\"]{0,60},", masked[c.end():w.sb]):
            continue  # "…,” one resident, who asked not to be named, told reporters": the aside's verb
        if re.search(r"\b(?:the|a|an|that|this|his|her|their|its)\s+$", masked[pos:c.start()]) or \
                noun_cue(masked, c.start(), c.end(), opens=not masked[pos:c.start()].strip(" ,")):
            continue  # a noun ("… before Roe made the promise", ",” state officials said"), not the cue
        if c.group()[:1].isupper() and _NOUN_AFTER.match(masked, c.end()) and \
                re.search(r"[A-Z][\w’'.\-]*\s+$", masked[pos:c.start()]):
            continue  # a capitalised noun inside a name ("Islamic State militants"), not a cue ("Trump Tweeted")
        named = re.search(r"([A-Z][\w’'.\-]*)\s+$", masked[pos:c.start()]) if c.group()[:1].isupper() else None
        if named and f"{named.group(1)} {c.group()}".lower() in words("places.txt"):
            continue  # "the United States and China": a place's name, not "states"
        if c.group().lower() == "according to":
            np = np_after(masked, c.end())
            if np:
                return _Attr(np[0], np[1], c.group(), is_writing(c.group(), w.sentence))
            continue
        if masked[pos:c.start()].count("“") or '"' in masked[pos:c.start()] or \
                re.search(r",\s+(?:and|but|while|whereas|as|when|after|before|because)\s[^,]*$|;", masked[pos:c.start()]) or \
                re.match(r"\s*(?:while|whereas)\s", masked[pos:c.start()]):
            return None  # another quotation or another clause ("…” in a tweet, and a few lawmakers have called for …",
            # "…,” while Sen. Jane Roe suggested …": the comma typed inside the quotation)
        np = np_before(masked, c.start(), pos)
        whole = re.fullmatch(r"\s*((?:the|a|an)\s[^.;:“”\"]{3,80}?)\s*", masked[pos:c.start()])
        set_off = np is not None and masked[pos:np[0]].rstrip().endswith(",") and is_name(masked[np[0]:np[1]])
        if whole and (np is None or np[0] > pos + 1) and not set_off:  # (but "the company's chief, Jane Roe, said":
            # the name set off after the description is the speaker)
            np = (pos + whole.start(1), pos + whole.end(1))
        if np and np[0] >= pos - 1:
            return _Attr(np[0], np[1], c.group(), is_writing(c.group(), w.sentence))
        return None
    return None


def _called_by(w: _Where) -> _Attr | None:
    """“…” has been called "…" by Joshua Hendrick."""
    passive_by = re.match(r"[\s,]*by\s+", w.masked[w.pos:w.sb])
    if passive_by and re.search(r"\b(?:been|was|were|is|are|be)\s+(?:\w+\s+)?(?:called|described|dubbed|labeled|"
                                r"labelled|termed|branded)\s*$", w.masked[w.sa:w.span.open]):
        np = np_after(w.masked, w.pos + passive_by.end())
        if np:
            return _Attr(np[0], np[1], "called", False)
    return None


def _named(m: re.Match | None) -> bool:
    return bool(m) and m.group(1).split()[0].lower() not in NOT_NAME_START - PRONOUNS - {"the", "a", "an"}


def _unlisted_verb_after(w: _Where) -> _Attr | None:
    """`,” Oliver barked.` / `,” he continued, “…` / `,” the nominee riffed on …`: a naming and a verb we do not list."""
    m = UNLISTED_VERB.match(w.masked, w.pos, w.sb)
    if _named(m):
        return _Attr(m.start(1), m.end(1), m.group(2), False)
    if w.masked[w.span.close - 2:w.span.close - 1] == ",":
        m = _UNLISTED_AFTER_COMMA.match(w.masked, w.pos, w.sb)
        if _named(m):
            return _Attr(m.start(1), m.end(1), m.group(2), False)
    m = _UNLISTED_INVERTED.match(w.masked, w.pos, w.sb)
    if m:  # `,” scoffed Arianna Gil, 22, …`
        np = np_after(w.masked, m.end())
        if np:
            return _Attr(np[0], np[1], m.group(1), False)
    return None


# "because, in Forbes’ words, “they are …”", "in Mr. Hale's own words: “…”"
_IN_WORDS = lazy_re(r"\b[Ii]n\s+(?P<np>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)[’'](?:s)?\s+(?:own\s+)?"
                    r"words\s*[,:]?\s*$")


def _in_their_words(w: _Where) -> _Attr | None:
    """`in X's words, “…”`: X said it."""
    m = _IN_WORDS.search(w.masked, max(w.sa, w.span.open - 120), w.span.open)
    return _Attr(m.start("np"), m.end("np"), "words", False) if m else None


# a clause the colon closes that ends in a comparative introduces nobody's words ("Wait, it gets better:")
_COMPARATIVE = lazy_re(r"better|worse|more|less|worst|best|again|too")
_COMPARATIVE_COLON = lazy_re(r"\b(?:gets?|getting|got|is|was)\s+(?:even\s+|much\s+|still\s+)?(?:better|worse)\s*:\s*$")


def _colon_before(w: _Where) -> _Attr | None:
    """`Hannity interjected: “…”`, `Pew Research: “…”`."""
    if _COMPARATIVE_COLON.search(w.masked, w.sa, w.span.open):
        return _NOBODY  # "Wait, it gets better: “…”": the writer's aside, nobody's words introduced
    found = _colon_intro(w.masked, w.sa, w.span.open)
    owned = _OWNED_WORDS.fullmatch(w.masked, found.start, found.end) if found and found is not _NOBODY else None
    if owned and owned.group("noun") in words("speech_nouns.txt"):  # "Roe’s response was blunt: “…”": Roe's
        return _Attr(found.start, owned.end("owner"), found.cue, is_writing(owned.group("noun"), w.sentence))
    return found


_OWNED_WORDS = lazy_re(r"(?P<owner>.+?)[’']s?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)")


def _reports_from(w: _Where) -> _Attr | None:
    """The source of a report ("reports from The Washington Post that Trump … “…”")."""
    reports = list(_REPORTS_FROM.finditer(w.masked, w.sa, w.span.open))
    if reports:
        np = np_after(w.masked, reports[-1].end())
        if np and np[1] <= w.span.open:
            return _Attr(np[0], np[1], reports[-1].group(1), True)
    return None


def _cue_before(w: _Where) -> _Attr | None:
    return _before_quote(w.masked, w.sa, w.span, w.sentence)


_SPEECH_ACT_AFTER = lazy_re(
    r"\b((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+(?:\w+ly\s+)?(?:made|uttered|gave|delivered|issued|broke)\s+"
    r"(?:the|that|this|his|her|their|its)\s+(?:\w+\s+)?(?:promise|pledge|vow|remark|remarks|comment|comments|statement|"
    r"speech|declaration|quip|boast|threat|joke)\b")


def _speech_act_after(w: _Where) -> _Attr | None:
    """`“read my lips…no new taxes,” a moment that won an election … after George Bush made the promise`: the
    quotation is the promise, remark or statement the sentence later says someone made."""
    m = _SPEECH_ACT_AFTER.search(w.masked, w.span.close, w.sb)
    if m and is_name(m.group(1)):
        return _Attr(m.start(1), m.end(1), "made", False)
    return None


# a possessor's speech noun set off before the opening mark: "The minister’s remarks — “…” —", "Roe’s answer: “…”"
# (not "Ryan said Ginsburg’s comments “show bias”": there the quotation is what is said of the words)
_POSSESSED_WORDS = lazy_re(r"(?:\w[’']s|\ws[’'])\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\s*(?:--|[-–—:,])\s*$")


def _possessed_words_before(w: _Where) -> _Attr | None:
    """`The minister’s remarks — “we will not back down” — drew applause`: the words are the possessor's."""
    m = _POSSESSED_WORDS.search(w.masked, max(w.sa, w.span.open - 60), w.span.open)
    if not m or m.group("noun") not in words("speech_nouns.txt"):
        return None
    apostrophe = m.start() + 1
    np = np_before(w.masked, apostrophe, w.sa)
    if np is None or np[1] != apostrophe:
        return None
    return _Attr(np[0], np[1], m.group("noun"), is_writing(m.group("noun"), w.sentence))


def _subject(w: _Where) -> _Attr | None:
    return _subject_fallback(w.masked, w.sa, w.span)


# The attribution shapes, most specific first; the first rule that finds the speaker (or that there is none) wins.
_RULES = (_dash_name_before, _headline_over_excerpt, _asked_of_someone, _introduced_by_its_cue, _signed_after,
          _echoed_after,
          _according_to_after, _inverted_cue_after, lambda w: _named_then_appositive(w.masked, w.pos, w.sb, w.span),
          _cue_after, _called_by, _unlisted_verb_after, _in_their_words, _colon_before, _reports_from,
          _possessed_words_before, _cue_before,
          _speech_act_after,
          _subject)


def _find_attr_raw(masked: str, sa: int, sb: int, span: Span) -> _Attr | None:
    lead = re.match(r"[\s,]*(?:—\s*|–\s*)?", masked[span.close:sb])
    w = _Where(masked, sa, sb, span, masked[sa:sb], span.close + lead.end())
    for rule in _RULES:
        found = rule(w)
        if found is not None:
            return None if found is _NOBODY else found
    return None


# what may sit between a naming's appositive and its cue: `…, said`, `…, quickly said`, `…, told reporters`
_APPOSITIVE_END = lazy_re(r",\s+(?:\w+ly\s+)?$")
_NOT_APPOSITIVE = lazy_re(r"[.;!?]\s|\b(?:and|but|who|which|while|when|after|before)\s+(?:\w+ly\s+)?(?:said|says|told|added)\b")


def _named_then_appositive(masked: str, pos: int, sb: int, span: Span) -> _Attr | None:
    """`“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said …`: the naming right
    after the quote is the speaker, however long the appositive between it and the cue (a quoted term in it too:
    `Bill Eastland, wearing “Ted Cruz” pins, said`)."""
    if masked[span.close - 2:span.close - 1] not in (",", "!", "?"):
        return None  # the attribution shape: the quoted sentence ends on a comma (or "!", "?") inside the marks
    np = np_after(masked, pos)
    if np is None or np[0] > pos + 1 or masked[np[1]:np[1] + 1] != ",":
        return None
    naming = masked[np[0]:np[1]]
    named = NAME_END.search(naming)  # "Texas delegate Bill Roe": a name at the end of the naming will do
    if not (is_name(naming) or (named and is_name(named.group(1)))):
        return None
    for c in cues_any_case(masked, np[1] + 1, min(sb, np[1] + 220)):  # ("…, Tweeted on Friday")
        gap = masked[np[1]:c.start()]
        if _NOT_APPOSITIVE.search(gap):
            return None
        if _APPOSITIVE_END.search(gap) and c.group().lower() != "according to":
            return _Attr(np[0], np[1], c.group(), False)
        # a cue word inside the appositive ("one of the states suing the EPA"): read on
    return None


# the agent of an absolute clause before a participle cue: "with one of her ads asking", "with Roe saying"
_WITH_AGENT = lazy_re(r"\bwith\s+((?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+$")


def _before_quote(masked: str, sa: int, span: Span, sentence: str) -> _Attr | None:
    """The last cue in the sentence before the opening mark, and its naming."""
    cue_rx = cues()
    before_cues = [c for c in cue_rx.finditer(masked, sa, span.open) if not noun_cue(masked, c.start(), c.end())]
    for c in reversed(before_cues):
        if c.group().lower() == "according to":
            np = np_after(masked, c.end())
        else:
            np = None
            chained = re.search(r"\b(?:said|says|added|adds|wrote|writes|told\s+[\w’']+(?:\s+[\w’']+)?)\s*,?\s*$",
                                masked[max(sa, c.start() - 60):c.start()]) if c.group().lower().endswith("ing") else None
            if chained:  # "Nefzi said, adding, “…”": the subject of the first cue
                np = np_before(masked, max(sa, c.start() - 60) + chained.start(), sa)
            if np is None and c.group().lower().endswith("ing") and re.search(r"\band\s+$", masked[sa:c.start()]):
                agents = [m for m in _PARTICIPLE_AGENT.finditer(masked, sa, c.start()) if is_name(m.group(1))]
                if agents:  # "with Donald Trump tweeting that … and asking, “…”": the first participle's agent
                    np = (agents[-1].start(1), agents[-1].end(1))
            with_np = _WITH_AGENT.search(masked, max(sa, c.start() - 60), c.start()) \
                if np is None and c.group().lower().endswith("ing") else None
            if with_np:  # "with one of her ads asking, “…”": the agent of the absolute clause
                np = (with_np.start(1), with_np.end(1))
            if np is None and c.group().lower().endswith("ing"):
                direct_name = NAME_END.search(masked[max(sa, c.start() - 80):c.start()].rstrip())
                if direct_name and masked[c.start() - 1] == " " and is_name(direct_name.group(1)) and not \
                        re.search(r"\b(?:on|in|at|to|with|from|for|by|about|into|onto)\s+$",
                                  masked[max(sa, c.start() - 80):c.start()][:direct_name.start(1)]):
                    # "footage of Hillary Clinton asking, “…”": the name right before the participle
                    a = max(sa, c.start() - 80) + direct_name.start(1)
                    np = (a, a + len(direct_name.group(1)))
                np = np or subject(masked, sa, c.start())
            np = np or owner_of(masked, sa, c.start()) or np_before(masked, c.start(), sa)
            if np is None and c.group().lower() in {"said", "says", "added", "wrote"}:  # not told/asked: their
                # object is the listener ("told his supporters, “…”")
                np = np_after(masked, c.end())
                if np and np[1] > span.open:
                    np = None
                elif np and masked[np[0]:np[1]].lower() not in PRONOUNS and \
                        not _INVERTED_GAP.fullmatch(masked, np[1], span.open):
                    # "Kyle, author of “…,” said Clinton has been “…”": Clinton is the reported clause's
                    # subject; the cue's own subject, when one is found, is the speaker
                    np = subject(masked, sa, c.start()) or np
            infinitive = _INFINITIVE_SUBJECT.search(masked, max(sa, c.start() - 120), c.start())
            if np is None and infinitive:  # "Mr. Trump was prompted to say", "she went on to say"
                np = (infinitive.start(1), infinitive.end(1))
            if np is None and (c.group().lower().endswith("ing") or
                               re.search(r"(?:\band|\bbut|,|\bto)\s+(?:\w+ly\s+)?$", masked[sa:c.start()])):
                np = subject(masked, sa, c.start())  # "…, saying", "and said", "was prompted to say"
        if c.group().lower() in _CROWD_PARTICIPLES:
            np = _chanters(masked, sa, c.start()) or np  # "when Sanders protesters interrupted her speech, shouting"
        if np is None and c.group().lower() in NAMING_CUES:
            rel = _OBJECT_RELATIVE.search(masked, max(sa, c.start() - 60), c.start())
            if rel:  # "…, which analysts called “disappointing”": the relative pronoun is the object, then the subject
                np = rel.span("np")
        relative_who = np and masked[np[0]:np[1]].lower() == "who" and (
            masked[:np[0]].rstrip().endswith(",") or bool(NAME_END.search(masked[max(sa, np[0] - 60):np[0]].rstrip())))
        if np and not relative_who and re.match(r"(?:that|which|who|because|if|when|while|as)\b", masked[np[0]:np[1]], re.I):
            continue  # a cue inside a reported clause ("said that he only disclosed …"): an earlier cue governs
        if np and c.group().lower() == "chanting":
            np = _chanters(masked, sa, c.start()) or (np if not is_name(masked[np[0]:np[1]].strip()) else None)
            if np is None:
                continue  # a crowd chants: the sentence's named subject is seldom who (“We are Orlando”)
        if np:
            return _Attr(np[0], np[1], c.group(), is_writing(c.group(), sentence))
    return None


# an object relative before a naming cue's subject ("which critics have called “…”")
_OBJECT_RELATIVE = lazy_re(r"\b(?:which|that)\s+(?![a-z]+ly\b)(?P<np>(?:(?:the|some|many|most|several)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
                           r"[\w.’'-]+)\s+(?:(?:has|have|had)\s+(?:also\s+)?)?$")
_CROWD_PARTICIPLES = {"shouting", "yelling", "screaming", "jeering"}  # (a person may shout too: only a crowd named
# in the clause the participle closes is taken over the sentence's subject)
# who chants: the subject of the clause the participle closes ("where about 50 protesters had gathered …,
# chanting", "with many marchers and spectators chanting", "his supporters were shown chanting"), a group noun
_CLAUSE_OPENER = lazy_re(r"\b(?:where|as|while|when|with|and)\s+")
_WORD_AHEAD = lazy_re(r"[\w’'-]+")


def _chanters(masked: str, sa: int, cue: int) -> tuple[int, int] | None:
    """The group noun a clause before the participle opens on, within five words: its naming, quantity and
    modifiers included; the last such clause when there are several."""
    groups = words("groups.txt")
    found = None
    for m in _CLAUSE_OPENER.finditer(masked, sa, cue):
        for k, w in enumerate(_WORD_AHEAD.finditer(masked, m.end(), cue)):
            if k == 5:
                break
            if w.group() in groups:
                found = (m.end(), w.end())
                break
    return found


def _subject_fallback(masked: str, sa: int, span: Span) -> _Attr | None:
    """No speech cue: a quotation of a clause or more inside a sentence is the words of the sentence's
    subject when a verb we do not list introduces it ("Huckabee, for his part, is labeling Obama's
    actions “a blatant, belligerent abuse of power.”", "the protesters chanted “…”")."""
    if span.open - sa < 8 or len(re.findall(r"\w+", masked[span.open:span.close])) < 5:
        return None
    np = subject(masked, sa, span.open)
    if np is None:  # "When Trump used the words, “…,” he was echoing Ryan": the opener's own subject
        m = _OPENER_SUBJECT.match(masked, sa, span.open)
        if m and re.fullmatch(r"[^,“”\"]*,\s*", masked[m.end():span.open]):
            return _Attr(m.start(1), m.end(1), "used", False)
        return None
    if np[1] >= span.open - 2:
        return None
    verb = re.match(r"[\s,]*(?:[^,]{0,60},\s*)?(?:\w+ly\s+)?([a-z]+)\b", masked[np[1]:span.open])
    if verb is None or verb.group(1) in DETS or verb.group(1) in {"of", "and", "or", "in", "on", "at", "to", "for", "so"}:
        return None  # (no verb: "Doing so “appeared to be …”": a gerund's clause is the subject, nobody speaks)
    return _Attr(np[0], np[1], verb.group(1), is_writing(verb.group(1), masked[sa:span.open]))


_INFINITIVE_SUBJECT = lazy_re(
    r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*|he|she|they|I|we)\s+(?:\w+ly\s+)?(?:was|were|is|are|has|have|had|"
    r"seemed|appeared|wanted|wants|tried|tries|went on|goes on|decided|continued|began|used|got|felt|would like|"
    r"needed|chose|declined|refused|hastened|rushed|went so far as)\s+(?:\w+\s+){0,2}?to\s+$")


# “safety check” feature, "Miss Universe" pageant: a quoted term modifying the noun after it is nobody's words
_MODIFIER_AFTER = lazy_re(r"\s+(?!(?:and|or|but|to|in|on|at|of|for|with|as|is|was|that|he|she|they|it|said|says)\b)[a-z]{3,}\b")


_SUBJECT_PRONOUN = lazy_re(r"(?:^|[.!?]\s+)(He|She|They)\s+(?:\w+ly\s+)?[a-z]")


_DASH_NAME_AFTER = lazy_re(r"\s*(?:--|[-–—])\s*((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)(?=\s*[,;]|\.?\s*$)")


_NAME_DASH = lazy_re(r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)\s*(?:--|—|–)\s*$")


_PARTICIPLE_AGENT = lazy_re(r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)\s+(?:\w+ly\s+)?[a-z]+ing\b")


# between an inverted cue's naming and the quotation: nothing, a colon, comma or sentence end, or an
# appositive ("said Jane Roe, a lawyer, “…”"); a verb there makes the naming a reported clause's subject
_INVERTED_GAP = lazy_re(r"\s*(?:,[^;“”\"]{2,200}?)?[,:.!?]?\s*")


_ASKED_BY = lazy_re(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?asked\s+by\s+")
_PASSIVE_ASKED = lazy_re(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?asked\s*[,:]?\s*$")


_OPENER_SUBJECT = lazy_re(r"\s*(?:When|As|After|Before|While|Once)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)"
                          r"\s+(?:used|uttered|repeated|invoked|borrowed|echoed|adopted|coined)\b")


# a colon after where the words come from: "From the report:", "From Jane Roe's memo:", "In the statement:"
_SOURCE_INTRO = lazy_re(r"\s*(?:From|from)\s+((?:the|this|that|a|an|its|his|her|their)\s+[^,;:“”\"]{2,60}?|"
                        r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?:[’']s\s+[a-z]+)?)\s*|"
                        r"\s*In\s+((?:the|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:report|statement|"
                        r"letter|memo|email|e-mail|post|tweet|filing|ruling|book|article|interview|speech|essay|op-ed|"
                        r"column|release))\s*")


def _colon_intro(masked: str, sa: int, end: int) -> _Attr | None:
    """`X verb: “…”` or `X: “…”`: the subject of the clause the colon closes."""
    before = masked[sa:end].rstrip()
    if not before.endswith(":"):
        return None
    clause_end = sa + len(before) - 1
    clause = masked[sa:clause_end]
    if headline_case(clause.strip()):
        return None  # "How to Stay on Track With Your Weight-Loss Goals:": a subheading over a list, nobody
    source = _SOURCE_INTRO.fullmatch(clause)
    if source:  # "From the report: “…”", "In the statement: “…”": the document speaks
        g = 1 if source.group(1) else 2
        return _Attr(sa + source.start(g), sa + source.end(g), ":", True)
    by = re.search(r"\b(?:is|are|was|were|been)\s+(?:\w+\s+)?\w+ed\s+by\s+((?:the|this|that|a|an|its|his|her|their)\s+[^,;:]{2,60}|"
                   r"[A-Z][^,;:]{1,60})$", clause.rstrip())
    if by:  # "The challenge is exemplified by this finding: ''…''"
        a = sa + by.start(1)
        return _Attr(a, a + len(by.group(1).rstrip()), "by", True)
    dashed = re.search(r"\s[-–—]\s*([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*$", clause)
    if dashed and is_name(dashed.group(1)):  # "Pollsters agree - Carl Bialik: “…”"
        a = sa + dashed.start(1)
        return _Attr(a, a + len(dashed.group(1)), ":", False)
    clause_cues = list(cues().finditer(clause))
    last_comma = clause.rfind(",")
    if clause_cues and last_comma > clause_cues[-1].end():
        # "When Trump suggested that …, Rubio fired back forcefully: “…”": the main clause after the comma
        np = subject(masked, sa + last_comma + 1, clause_end)
        if np and masked[np[0]:np[0] + 1].isupper():
            return _Attr(np[0], np[1], ":", is_writing(":", clause))
    if clause_cues:
        c = clause_cues[-1]
        if c.group().lower() == "according to":
            np = np_after(masked, sa + c.end())
        elif c.group().lower().endswith("ing") or re.search(r"\b(?:and|but)\s+(?:\w+ly\s+)?$", clause[:c.start()]):
            # "…, telling Breitbart London:", "Mr Smith said … and added:": the clause's subject
            np = subject(masked, sa, sa + c.start()) or np_before(masked, sa + c.start(), sa)
        else:
            np = np_before(masked, sa + c.start(), sa) or subject(masked, sa, sa + c.start())
        if np:  # "David Auerbach went so far as to say: …" falls back to the clause's subject
            return _Attr(np[0], np[1], c.group(), is_writing(c.group(), clause))
    m = re.search(r"([\w’']+)\s*$", clause)
    if m and m.group(1)[:1].islower():
        if re.search(r"\b(?:a|an|the|his|her|their|its|this|that|these|those)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*$", clause):
            np = subject(masked, sa, clause_end)  # "… with a simple message:": a noun, the clause's subject speaks
        elif _COMPARATIVE.fullmatch(m.group(1)):
            np = None  # "Wait, it gets better:": no verb of saying ends the clause
        else:  # "a spokesman for Bernie Sanders could only quip:": the naming before the verb
            np = np_before(masked, sa + m.start(), sa) or subject(masked, sa, clause_end)
        if np:
            return _Attr(np[0], np[1], m.group(1), is_writing(m.group(1), clause))
    inverted = re.match(r"\s*([A-Z][a-z]+)\s+(?=[A-Z])", clause)
    if inverted and inverted.group(1).lower() in speech_cues():  # "Continued Stone:", "Said Jane Roe:": inverted
        np = np_after(masked, sa + inverted.end())
        if np:
            return _Attr(np[0], np[1], inverted.group(1), False)
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
    np = subject(masked, sa, clause_end)
    if np:
        return _Attr(np[0], np[1], ":", is_writing(":", clause))
    return None


# verbs of saying, and speech acts ("X praised Y's leadership." over “We need someone who …”)
_SPOKE = lazy_re(r"\b(?:spoke|speaks|talked|talks|told|tells|said|says|answered|answers|replied|explained|"
                 r"continued|went on|added|praised|praises|criticized|criticised|thanked|urged|warned|argued|"
                 r"insisted|noted|stressed|recalled|joked|defended|lauded|disagreed|disagrees|agreed|objected|"
                 r"countered|responded|protested|interjected|shot back|pushed back)\b")  # ("Jane Roe, her rival,
# disagreed." over "“Never,” she said.": the one who answers speaks next)


# the verbs that put their speaker after them ("…, said Jane Roe."); not "told" (its object listens: "…, told
# reporters in Boston") nor "recalled" after an appositive ("Roffman, an analyst, recalled numerous calls")
_APPOSITIVE_TAIL = lazy_re(r",\s+(?:an?|the|his|her|its|their|[A-Z][\w&’'.-]*)\s[^,;:!?]*(?:,[^,;:!?]*)?")  # ("…, said Mark
# Roe, the utility's senior director of emergency response.")
_INVERTING = frozenset({"said", "says", "added", "explained", "noted", "argued", "insisted", "warned", "stressed"})


def _speaker_of_closing_sentence(st: PeopleState, pi: int, masked: str, sent: tuple[int, int], after: int) -> None:
    """A paragraph that ends on someone speaking ("…, since Trump spoke only in evasive bromides during the
    interview.") makes them the speaker of the quotation-only paragraphs that follow."""
    sa, sb = sent
    found = list(_SPOKE.finditer(masked, max(sa, after), sb))
    m = found[-1] if found else None  # the last speech verb of the sentence
    if m is None or in_subordinate_opener(masked, sa, sb, m.end()):
        return  # ("When a reporter asked Trump if …, Trump deflected.": the asker is not who goes on speaking)
    if re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", masked[max(sa, m.start() - 12):m.start()]):
        return  # passive: "Arachnophobic visitors are warned!" (whoever warns is not named)
    # an inverted cue names its speaker after it ("…, said port director Alan Reyes."), and closes its sentence
    # (not "Rather, he said, continued struggles by the campaign will …": there the naming before it speaks)
    if m.group() in _INVERTING and re.search(r"[,”\"]\s*$", masked[sa:m.start()]):
        np = np_after(masked, m.end())
        tail = masked[np[1]:sb].strip(" .;:!?”\"’") if np is not None else ""
        if np is None or np[1] > sb or len(tail) > 40 and not _APPOSITIVE_TAIL.fullmatch(tail):
            return  # (what stands before the comma is what was said, nobody's name)
    else:
        np = np_before(masked, m.start(), sa)
    if np is None:
        return
    naming = masked[np[0]:np[1]].strip()
    if not naming or naming.split()[0].lower() in NOT_NAME_START - PRONOUNS - {"the", "a", "an"}:
        return
    person = speaker_person(st, pi, masked, sa, np[0], np[1])
    if person is not None:
        st.last_speaker, st.last_speaker_para = person.id, pi
        st.last_naming = (person.id, naming, pi, np[0], np[0] + len(naming))


def _pronouns_after_reported(st: PeopleState, direct: list[Quotation], reported: list[Quotation]) -> None:
    """A "he"/"she" that found nobody may stand for the speaker of reported speech earlier in its paragraph
    ("Jane Roe said the results were encouraging. “…,” she said."): quotations are attributed before that
    paragraph's reported speech is read, so the pronoun is looked at again once it is."""
    for q in direct:
        if q.speaker_id or (q.speaker or "").lower() not in ("he", "she"):
            continue
        before = [r for r in reported if r.speaker_id and r.local_end <= q.local_start]
        if not before:
            continue
        person = st.people.get(before[-1].speaker_id)
        clash = {"he": "f", "she": "m"}[q.speaker.lower()]
        if person is not None and person.kind == "person" and st.gender.get(person.id) != clash:
            q.speaker_name, q.speaker_id = person.name, person.id


def _answers_next(st: PeopleState, pi: int, masked: str, sa: int, opening: int) -> None:
    """After "Rubio was asked by moderator Gerard Baker, “…?”" the story goes on with Rubio's answer: the one
    asked, not the asker, is the last speaker that later pronouns and epithets ("the Florida senator") resolve to."""
    by = _ASKED_BY.search(masked, max(sa, opening - 240), opening)
    np = np_before(masked, by.start(), sa) if by else None
    person = speaker_person(st, pi, masked, sa, np[0], np[1]) if np else None
    if person is not None:
        st.last_speaker, st.last_speaker_para = person.id, pi
        st.last_naming = None


_LOWER_WORD = lazy_re(r"(?<![\w’'.-])[a-z][a-z’'-]+")


# a sentence that only names who speaks and where: "Sam Lau, the party's spokesman, said in a statement."
_SAID_WHERE_END = lazy_re(rf"\b(?:said|says|added|wrote|writes|told\s+[\w’']+)\s+{WHERE_PREPS}\s+[^.;:“”\"]{{1,60}}\.\s*$")


def _sentence_before(sents: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The last sentence that ends by `pos` (found by bisection: a record on one line holds thousands)."""
    i = bisect.bisect_right(sents, (pos, pos)) - 1
    while i >= 0 and sents[i][1] > pos + 1:
        i -= 1  # (the sentence holding pos itself)
    return sents[i] if i >= 0 and sents[i][0] < pos else None


def _introduced_before(st: PeopleState, pi: int, masked: str, sents: list[tuple[int, int]], q: Quotation) -> None:
    """A quotation right after a sentence that only names who speaks ("X said in a statement. “…”", a colon
    typed as a full stop) is that speaker's, as after the colon."""
    prev = _sentence_before(sents, q.local_start)
    if prev is None:
        return
    a, b = prev
    text = masked[a:b].rstrip()
    if not _SAID_WHERE_END.search(text) or masked[a + len(text):q.local_start].strip():
        return
    k = a + len(text) - 1  # the full stop, read as the colon it stands for
    intro = _colon_intro(masked[:k] + ":" + masked[k + 1:], a, k + 1)
    if intro is None:
        return
    person = speaker_person(st, pi, masked, a, intro.start, intro.end)
    q.speaker = masked[intro.start:intro.end].strip()
    q.speaker_start, q.speaker_end = intro.start, intro.start + len(q.speaker)
    if person is not None:
        q.speaker_name, q.speaker_id = person.name, person.id


def _subject_before(st: PeopleState, pi: int, masked: str, sents: list[tuple[int, int]], q: Quotation) -> None:
    """A quotation standing alone right after a sentence whose subject is a person ("Sanders identified young
    voters' exhaustion with bigotry as a reason. “The younger people are sick and tired …”") is that person's."""
    prev = _sentence_before(sents, q.local_start)
    if prev is None or masked[prev[1]:q.local_start].strip():
        return
    a, b = prev
    np = subject(masked, a, b)
    if np is None or np[0] != a:
        return  # (the subject must open the sentence: not an opener's noun)
    person = speaker_person(st, pi, masked, a, np[0], np[1])
    if person is None or person.kind != "person":
        return
    q.speaker = masked[np[0]:np[1]].strip()
    q.speaker_start, q.speaker_end = np[0], np[0] + len(q.speaker)
    q.speaker_name, q.speaker_id = person.name, person.id


def attribute(paragraphs: list[str], opening: str | None = None) -> tuple[list[Quotation], list[Person]]:
    """Quotations with kinds and speakers, and the people, for a list of paragraph texts.

    Offsets in the returned quotations are paragraph-local (`local_start`,
    `local_end` include the marks; `start`/`end` hold the content bounds and
    `speaker_start`/`speaker_end` the naming); the pipeline maps them to input offsets.
    `opening`, a headline taken out of the body, is read first as the story's context (who it names and
    who speaks in it, as a reader knows them) and its own quotations are not returned.
    """
    if opening:
        quotes, people = attribute([opening, *paragraphs])
        kept: list[Quotation] = []
        for q in quotes:
            if q.paragraph == 0:
                continue
            q.paragraph -= 1
            if q.speaker_para is not None:
                q.speaker_para -= 1
                if q.speaker_para < 0:  # named only in the headline: the name stays, no offsets in the body
                    q.speaker_para = q.speaker_start = q.speaker_end = None
            kept.append(q)
        return kept, people
    st = PeopleState(common=frozenset(_LOWER_WORD.findall("\n".join(paragraphs))))
    quotes: list[Quotation] = []
    left_open: dict[int, Quotation] = {}  # paragraph -> its last quotation, left open at the paragraph's end
    prev_open = False
    prev_masked: str | None = None
    for pi, t in enumerate(paragraphs):
        first_quote = len(quotes)  # this paragraph's quotations are appended from here on
        spans = find_spans(t)
        masked = mask(t, spans)
        st.texts[pi] = t
        collect_names(st, pi, masked)
        sents = sentences(t, spans)
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
            a, b = content_bounds(t, s)
            if not any(ch.isalnum() for ch in t[a:b]):
                continue  # marks around nothing ("responded“, “Thank…"): no quotation
            q = Quotation(0, 0, "", paragraph=pi, local_start=s.open, local_end=s.close)
            q.start, q.end, q.text = a, b, t[a:b]
            writing = False
            if attr:
                writing = attr.writing
                person = speaker_person(st, pi, src, sa, attr.start, attr.end)
                q.speaker = src[attr.start:attr.end].strip()
                q.speaker_start, q.speaker_end = attr.start, attr.start + len(q.speaker)
                para_speaker = (person, attr.start, attr.end, q.speaker)
            q.kind = kind_of(t, s, attr is not None, writing)
            if glossed(t, s):  # "Latin for “if you wish peace”": the writer's translation, nobody's words
                person, q.speaker, q.speaker_start, q.speaker_end = None, None, None, None
            prev = quotes[-1] if quotes and quotes[-1].paragraph == pi else None
            if prev is not None and prev.kind == "title" and q.kind in ("speech", "writing") and \
                    _TITLE_LIST_GAP.fullmatch(t, prev.local_end, s.open) and len(re.findall(r"\w+", q.text)) <= 8:
                q.kind = "title"  # “Parks and Recreation” and “Guardians of the Galaxy”: one list of titles
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
                if attr is not None and attr.cue == "asked by":
                    _answers_next(st, pi, masked, sa, s.open)  # the one asked answers: the next quotes are theirs
                elif q.kind in ("speech", "writing") or (attr is not None and attr.cue != ":"):
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
            if si == len(spans) - 1 and not s.closed:
                left_open[pi] = q
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
        reported = indirect(st, pi, t, masked, sents, spans)
        if pending and para_speaker is None:
            # "Also, Trump isn't a conservative, he said. “He's a liberal!”": the speaker of the reported
            # speech just before a quotation nobody else is named for
            for q in pending:
                before = [r for r in reported if r.speaker and r.speaker_start is not None and r.local_end <= q.local_start]
                if before and q.speaker is None:
                    r = before[-1]
                    q.speaker, q.speaker_start, q.speaker_end = r.speaker, r.speaker_start, r.speaker_end
                    q.speaker_name, q.speaker_id = r.speaker_name, r.speaker_id
                elif q.speaker is None:
                    _introduced_before(st, pi, masked, sents, q)
                    if q.speaker is None:
                        _subject_before(st, pi, masked, sents, q)
        _pronouns_after_reported(st, [q for q in quotes[first_quote:] if q.paragraph == pi], reported)  # (not all: linear)
        quotes.extend(reported)
        if t.rstrip().endswith(":") and (not spans or spans[-1].close < len(t.rstrip()) - 1):
            sa = next((a for a, b in reversed(sents) if a < len(t.rstrip())), 0)
            intro = None if _COMPARATIVE_COLON.search(masked, sa) else _colon_intro(masked, sa, len(t.rstrip()))
            if intro:
                person = speaker_person(st, pi, masked, sa, intro.start, intro.end)
                if person is not None:
                    st.last_speaker, st.last_speaker_para = person.id, pi
                    naming = masked[intro.start:intro.end].strip()
                    # "She went on to say:" introduces the next paragraph's quotation with this naming
                    st.last_naming = (person.id, naming, pi, intro.start, intro.start + len(naming))
    _sign_offs(st, paragraphs, quotes)
    _reopened(paragraphs, quotes, left_open)
    later = named_later(st, [(q.paragraph, q.speaker_id) for q in quotes])
    for q in quotes:
        if q.speaker_id in later:
            person = st.people[later[q.speaker_id]]
            q.speaker_name, q.speaker_id = person.name, person.id
    for pid in later:
        del st.people[pid]
    for q in quotes:  # the naming as written, where a quotation inside it was masked ("the ''Today'' show")
        para = q.speaker_para if q.speaker_para is not None else q.paragraph
        if q.speaker and q.speaker_start is not None and para in st.texts and st.masked.get(para) is not None and \
                st.masked[para][q.speaker_start:q.speaker_end] != st.texts[para][q.speaker_start:q.speaker_end]:
            q.speaker = st.texts[para][q.speaker_start:q.speaker_end].strip()
    people = list(st.people.values())
    quotes.sort(key=lambda q: (q.paragraph, q.local_start))
    return quotes, people




def _reopened(paragraphs: list[str], quotes: list[Quotation], left_open: dict[int, Quotation]) -> None:
    """A quotation left open at a paragraph's end goes on in the next paragraph, which news style reopens
    with a mark ("“It pays for itself. ¶ “Every city has it,” she said."): nobody named for it, it is the
    speaker of the quotation that reopens (from the last paragraph back, so a run of several is one voice)."""
    first: dict[int, Quotation | None] = {}  # paragraph -> the quotation that opens it (None: it opens on words)
    for q in quotes:
        if q.direct and q.paragraph not in first:  # (its first direct quotation only: one slice per paragraph)
            first[q.paragraph] = None if paragraphs[q.paragraph][:q.local_start].strip() else q
    for pi in sorted(left_open, reverse=True):
        q, nxt = left_open[pi], first.get(pi + 1)
        if q.speaker is not None or not q.direct or nxt is None or nxt.speaker is None or nxt.speaker_name is None:
            continue
        q.speaker, q.speaker_name, q.speaker_id = nxt.speaker, nxt.speaker_name, nxt.speaker_id
        q.speaker_para = nxt.speaker_para if nxt.speaker_para is not None else pi + 1
        q.speaker_start, q.speaker_end = nxt.speaker_start, nxt.speaker_end


def _sign_offs(st: PeopleState, paragraphs: list[str], quotes: list[Quotation]) -> None:
    """A paragraph that is only "- Sanders." or "—President Obama, tweeting after the speech." names the
    speaker of the quotation-only paragraph before it."""
    by_para: dict[int, list[Quotation]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    for pi in range(1, len(paragraphs)):
        m = SIGN_OFF.fullmatch(paragraphs[pi])
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
