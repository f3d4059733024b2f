"""Reported speech and stances: who said what without quoting it.

`Zelensky said that …`, `…, officials said`, `According to X, …`, `Asked whether …`, and the
attributions of a topic or stance ("Rubio has talked about …", "called for …", "is expected to")
from a lexicon kept as data. Each becomes a `direct=False` record with its speaker, when named.
"""
from __future__ import annotations

import bisect
import re

from .lazyre import lazy_re
from .lexicon import given_names, phrases, speech_cues, topic_cues, trie_regex, words
from .model import Quotation
from .namings import NAMING_CUES, STARTERS, WHERE_PREPS, lower_same_length, np_after, np_before, subject
from .people import (DETS, NAME_END, OF_WORDS, PRONOUNS, QUALIFIERS, PeopleState, Person, in_subordinate_opener,
                     is_name, people_head, person_noun, speaker_person, surname)
from .quotes import Span

_REPORTING = lazy_re(r"(?<![\w-])(?:" + trie_regex(list(phrases("reporting_verbs.txt"))) +
                     r"|asked(?= (?:\w+ ){0,3}?(?:whether|if|why|how|what|when|where|who)\b))(?![\w-])")


_RELATIVE_SUBJECT = lazy_re(r",\s+(?P<who>who)\s+(?:(?:also|later|then|has|have|had|once|previously|recently)\s+)*$")


_COMMA = r",(?:[”\"’]|'')?"  # a comma, and the closing mark of a quotation that holds it ('was “corrupt,” noting')
_CLAUSE_END = lazy_re(_COMMA + r"\s+but(?!\s+(?:that|also)\b)\s|\s+but\s+(?=(?:he|she|they|it|we|I|you|the|a|an|this|there|"
                      r"his|her|their|its|[A-Z])\b)|" + _COMMA + r"\s+(?:while|although|though|whereas|yet)\s|;\s|" +
                      _COMMA + r"\s+according to\s|" +
                      _COMMA + r"\s+(?:saying|adding|noting|arguing|explaining|insisting|warning|claiming|telling)\s|" +
                      _COMMA + r"\s+and\s+(?=(?:[\w’'-]+\s+){1,6}(?:said|say|says|told|added|argued|believe[sd]?)\b)|" +
                      _COMMA + r"\s+and\s+(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},[^,;]{3,80},\s+(?:said|says|told|added)\b)|" +
                      _COMMA + r"\s+(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:said|says|told|added)\b)|" +
                      _COMMA + r"\s+and\s+(?:he|she|they|we|I)\s")  # ("…, and he railed against …", "…, John said …")
# the reporting verb goes on: "… said X and added that …" (the verb read from the lexicon's set: one small
# pattern, not the lexicon's alternation compiled again)
_AND_VERB = lazy_re(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|still\s+)?([a-z]+)\b")  # ("… but said …")


def _and_reporting(masked: str, pos: int, end: int) -> re.Match | None:
    """The first "and <reporting verb>" (or "but <reporting verb>") in masked[pos:end]."""
    verbs = words("reporting_verbs.txt")
    return next((m for m in _AND_VERB.finditer(masked, pos, end) if m.group(1) in verbs), None)


# a relative clause that runs to the sentence's end describes the clause's last noun; it is the writer's aside,
# not what was said ("said he would quarantine people over the Zika virus, which is spread by mosquitoes")
_LAST_RELATIVE = lazy_re(r",\s+(?:which|who|whose|where|compared (?:with|to))\s[^,;:“”\"]*$")


def _clause_end(masked: str, pos: int, end: int) -> int | None:
    """Where a reported clause ends: another clause, the reporting verb going on, or the writer's closing aside."""
    stops = [m.start() for m in (_CLAUSE_END.search(masked, pos, end), _and_reporting(masked, pos, end),
                                 _LAST_RELATIVE.search(masked, pos, end)) if m]
    return min(stops) if stops else None


_ASIDE_THEN_CUE = lazy_re(r"[^,;“”\"]{1,60},\s+(?:said|says|told|tells|added|adds)\b")


_SENTENCE_BEFORE_QUOTE = lazy_re(r"[.!?]\s+(?=[“\"‘]|'')")


_MEDIUM_PARTICIPLE = lazy_re(r"(?:posted|published|aired|broadcast|released|uploaded|shared|shown)\b")


_RELATIVE = lazy_re(r"\b(?:who|whom|whose|which|that)\b")
# when something was said: "on Saturday", "this week", "Monday night"
_WHEN = (r"(?:(?:on|last|this|early|late|earlier)\s+)?(?:[A-Z][a-z]+day|today|yesterday|tonight|week|month|year|"
         r"morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?")
# between a cue and the participle that goes on from it: "…, he said, adding …", "… she said Monday, adding …"
_CUE_THEN_COMMA = lazy_re(rf"\s*(?:{_WHEN})?\s*,\s*")


def _reported_after(masked: str, sa: int, ca: int, cb: int, end: int, cue: str):
    """`NP said (that) CONTENT`: (naming, content start, content end) or None."""
    np = None
    named = NAME_END.search(masked, max(sa, ca - 60), ca - 1) if cue.endswith("ing") and masked[ca - 1:ca] == " " \
        else None
    if named and is_name(named.group(1)):  # "a clip of Jane Roe saying …": the participle is the name's
        np = named.span(1)
    elif cue.endswith("ing"):  # "…, saying …": who spoke just before ("…, he said, adding …"), else the sentence subject
        prev = [m for m in _REPORTING.finditer(masked, sa, ca) if _CUE_THEN_COMMA.fullmatch(masked, m.end(), ca)]
        np = (np_before(masked, prev[-1].start(), sa) if prev else None) or subject(masked, sa, ca)
    rel = _RELATIVE_SUBJECT.search(masked, max(sa, ca - 60), ca)
    if np is None and rel:  # "Ted Cruz, who said he would …": the relative pronoun's antecedent
        np = np_before(masked, rel.start(), sa) or (rel.start("who"), rel.end("who"))
    np = np or np_before(masked, ca, sa)
    if not np or np[0] < sa:
        np = subject(masked, sa, ca)  # "The senator, speaking in Iowa on Monday, said …"
        # (a verb coordinated with the sentence's own, "X rejected the idea that … and said …", is X's too)
        coordinated = re.search(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+|still\s+)?$", masked[max(sa, ca - 20):ca])
        if not np or np[1] > ca or (not coordinated and
                                    re.search(r"\b(?:that|which|who|because|if|when)\b", masked[np[1]:ca])):
            return None
    tail = masked[cb:end]
    if _WHEN_THEN_CLAUSE.match(masked, cb, end):
        return None  # "… said on Saturday, and it has …": the content, if any, came before the cue
    if re.search(r"(?:[”\"]|'')\s*,?\s*$", masked[sa:np[0]]) and not re.match(r"\s*that\b", tail):
        return None  # `,” Grassley said in a conference call with reporters`: the cue attributes the quotation
    if cue in ("told", "tells"):
        m = re.match(r"\s*(?:[^\s,;:.!?]+\s+){0,8}?that\s+", tail) or \
            re.match(r"\s*(?:[\w’'.]+\s+){1,3}?(?=(?:he|she|they|it|we|I|there|the|his|her|their)(?:[’']\w{1,2})?\s)", tail)
    else:
        m = re.match(r"\s*(?:(?:last|this|earlier|later|next) (?:week|month|year|night|\w+day)\s+|on \w+\s+|"
                     r"(?:[A-Z]\w+day|yesterday|today|tonight)(?:\s+(?:night|morning|afternoon|evening))?\s+|"
                     r"in an? [\w\s]{1,30}?\s+|on [\w\s]{1,30}?\s+|(?:[a-z]+ly|only|again|also)\s+(?=that\s)|"
                     r"for (?:weeks|months|years|days|decades|some time|a long time|a while)\s+(?=that\s)|"
                     r"of (?:the|his|her|their|its|this|that) [\w\s’'-]{1,40}?,\s+|"  # ("said of the plan, …";
                     r"(?:on|in|at|during|before)\s(?:[^\s,;:.!?]+\s+){0,3}?[^\s,;:.!?]+\s+(?=that\s)){0,2}"  # 'on ABC's “This Week” that';
                     # "said in a filing on Monday that …": two adjuncts)
                     r"(?:that\s+)?", tail)  # ("has said repeatedly that …": the adverb is the cue's)
        comma = re.match(r"\s*,\s+", tail)
        nxt = cb + comma.end() if comma else 0
        if comma and not _REPORTING.match(masked, nxt + len(re.match(r"(?:\w+ly\s+|then\s+|also\s+)?", masked[nxt:]).group())) \
                and not _OWN_ATTRIBUTION.match(masked, nxt):
            m = comma  # "…, he said, while members … are horrified": the clause after the comma is reported
    if not m:
        return None
    if _MEDIUM_PARTICIPLE.match(masked, cb + m.end()):
        return None  # "said in a video posted online": where it was said, not what
    a, b = cb + m.end(), end
    if _ACCORDING_AFTER.match(masked, a):
        return None  # "… and said little, according to an attendee": the sentence is the attendee's, not "little"
    # the reported clause ends where another clause begins ("…, but did not say", "; he added")
    stop = _clause_end(masked, a + 12, b)
    if stop is not None:
        b = stop
    if b - a < 12 or masked[a:a + 1] in ",.;:" or _ASIDE_THEN_CUE.match(masked, a, b):
        return None  # (and not "Judge Park, who wrote the opinion, said …": the cue's object, then the real cue)
    if _WHERE_SAID.fullmatch(masked, a, b):
        return None  # "…, the office said in a statement.": where it was said; what precedes is what
    if _FINITE.match(masked, a) and masked[:np[0]].rstrip().endswith(","):
        # "…, a project port officials say is needed …": the cue sits in a relative clause without "that", in an
        # appositive about a thing; the source is the people after that thing
        inner = _RELATIVE_HEAD.match(masked, np[0], np[1])
        head = masked[inner.start("source"):np[1]].split()[-1].lower() if inner else ""
        if head.endswith("s") and people_head(head):  # (plural people: not "The plan, an inside source said, is …")
            np = (inner.start("source"), np[1])
    return np, a, b


_FINITE = lazy_re(r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\s")
_RELATIVE_HEAD = lazy_re(r"(?:[Aa]|[Aa]n)\s+[a-z][\w’'-]*\s+(?P<source>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,2})\s*$")


# a word or two after the cue, then the sentence's own source: "said little, according to an attendee"
_ACCORDING_AFTER = lazy_re(r"\s*(?!that\b)(?:[\w’'-]+\s+){0,1}[\w’'-]+\s*,\s+according to\b")


# an adjunct of the cue alone, to the sentence's end: "said in a statement", "said in an interview with CNN",
# "told reporters on Monday" (no verb in it: "said in 2015 the economy was growing" reports)
_WHERE_SAID = lazy_re(rf"\s*{WHERE_PREPS}\s+(?!(?:least|most)\b)(?!(?:[\w’'-]+\s+){{0,6}}?"
                      r"(?:is|was|were|are|has|have|had|will|would|could|should|can|did|does|do)\b)"
                      r"(?:[\w’'.-]+\s*){1,7}")


# what only an organisation says of itself: "its" profits, "it" plans, expects, hires, sells
_IT_OPENS = lazy_re(r"(?:that\s+)?(?:its\s|it\s+(?:(?:has|had|will|would)\s+)?(?:plans?|planned|intends?|intended|expects?|"
                    r"expected|aims?|aimed|hired|hires?|employs?|sells?|sold|offers?|offered|agreed|reported|earned|"
                    r"posted|raised)\b)")


_SAYS = frozenset({"say", "says", "said", "told", "tells", "announced", "announces", "reported", "reports", "added",
                   "adds", "stated", "states", "noted", "notes", "confirmed", "confirms", "warned", "warns"})


def _itself(st: PeopleState, masked: str, np: tuple[int, int], a: int, cue: str, person: Person) -> None:
    """"Nissan says it will offer …", "Toyota said its profits fell": a one-word source that says of itself
    "it" plans or "its" results is an organisation (a person would be "he" or "she"), unless the article has
    made the word someone's name. (Only after a verb of saying: "explained its importance" is the thing's.)"""
    name = masked[np[0]:np[1]].strip()
    if cue not in _SAYS or " " in name or " " in person.name or not name[:1].isupper() or \
            not _IT_OPENS.match(masked, a) or name.lower() in given_names() or st.gender.get(person.id) or person.role:
        return
    person.kind = "organization"  # (the bare word was taken for a surname when first seen)
    key = surname(person.name.lower())
    st.same_surname[key] = [pid for pid in st.same_surname.get(key, []) if pid != person.id]
    if not st.same_surname[key]:
        del st.same_surname[key]
    st.by_org_name[person.name.lower()] = person.id


# what stands between reported content and the naming of the next source in its sentence: a clause boundary
# (a conjunction or a dash: after a bare comma the naming may be the content's own subject, "…, his campaign
# manager, Jeff Weaver, says …")
_BEFORE_NEXT_SOURCE = lazy_re(r"(?:[,;][”\"’]?)?\s+(?:and|but|while|whereas)\s+$|(?:\s+[-–—]|—)\s*(?:(?:and|but|while|whereas)\s+)?$")


def _next_source(masked: str, q: Quotation, recs: list[Quotation]) -> int | None:
    """Where `q`'s content ends when it runs into another source's naming after a conjunction or a dash ("…
    the plan works — while his supporters have accused …", "… the nominee,” while Sen. Jane Roe suggested …"):
    that source's record reports what follows."""
    cut = None
    for r in recs:
        x = r.speaker_start
        if r is not q and x is not None and q.start + 12 <= x < q.end and (cut is None or x < cut):
            m = _BEFORE_NEXT_SOURCE.search(masked, q.start, x)
            if m:
                cut = m.start()
    return cut


def _other_part(q: Quotation, t: str, span: tuple[int, int]) -> Quotation:
    """Another part of the content `q` reports, from the same source."""
    a, b = span
    return Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=q.paragraph, local_start=a, local_end=b,
                     speaker=q.speaker, speaker_start=q.speaker_start, speaker_end=q.speaker_end,
                     speaker_name=q.speaker_name, speaker_id=q.speaker_id)


def _first_part(masked: str, sa: int, np: tuple[int, int], cb: int, a: int,
                taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The part of reported content before a parenthetical cue: "[The golf industry], she said, is …"."""
    if not re.fullmatch(r"\s*,\s*", masked[cb:a]):
        return None
    m = re.search(r",\s*$", masked[sa:np[0]])
    if not m:
        return None
    lo = sa + len(masked[sa:np[0]]) - len(masked[sa:np[0]].lstrip())
    hi = sa + m.start()
    part = masked[lo:hi]
    if len(re.findall(r"[\w’']+", part)) < 2 or re.search(r"[“”\"‘]|''", part) or \
            any(x < hi and lo < y for x, y in taken):
        return None
    return lo, hi


# the clause after "…, NP said," names a speaker of its own ("…, as officials have said, Trump has said he …")
_OWN_ATTRIBUTION = lazy_re(r"(?:[\w’'.\-]+\s+){1,5}?(?:has\s+|have\s+|had\s+)?(?:said|says|say|told|tells)\b")


# what follows "…, according to X," when it is not more of the content
_CLAUSE_OPENER = lazy_re(r"(?:and|but|although|though|while|because|which|who|where|as|so|or)\b")


_THEN_PARTICIPLE = lazy_re(r"\s*,\s+(?:\w+ly\s+)?(?:adding|noting|saying|arguing|explaining|insisting|warning|"
                           r"claiming|suggesting|telling|(?:and\s+|then\s+|and then\s+)(?:added|noted|said))\b")
# when the cue was spoken, then another clause: "…, a spokeswoman said on Saturday, and it has …", "… said Monday,
# adding that …": nothing after the cue is its content
_WHEN_THEN_CLAUSE = lazy_re(rf"\s*{_WHEN}\s*,\s+(?:and|but|adding|saying|noting|while|although|though)\b")


# what may follow the naming of `CONTENT, said NP`: a few words, or an appositive ("…, a lawyer for the city",
# "…, Politifact's editor", "…, director of the Civic Engagement Project", "…, who teaches law at …"), or the name
# of the one the naming described ("…, said a former spokesman for the ministry, Jane Roe.")
_INVERTED_TAIL = lazy_re(r"(?:[^,;:“”\"]{0,25}?|,\s+(?P<who>who\s)?(?:a|an|the|his|her|its|their|"
                         r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}[’']s|(?=(?:[a-z][\w-]*\s+){1,3}(?:of|at|for|with)\b)|"
                         r"(?(who)|(?!)))\s?[^;:“”\"]{1,160}?|"
                         r",\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}))[.!?]?[\"”’]?\s*")  # ("…, Jane Roe.")


def _names_someone(naming: list[str]) -> bool:
    """Does the naming after an inverted cue name a source: a name, a described person or group ("a former
    spokesman for the ministry", "several observers"), or a name after a lower-case title ("political scientist
    Jane Roe")?"""
    if not naming:
        return False
    if is_name(" ".join(naming)):
        return True
    cut = next((i for i, w in enumerate(naming) if w.lower() in OF_WORDS and i), len(naming))
    if naming[0].lower() in DETS and cut <= 5 and person_noun(naming[cut - 1]):
        return True
    if person_noun(naming[0]) and naming[0].islower() and (len(naming) == 1 or naming[1] in QUALIFIERS or
                                                            naming[1].lower() in OF_WORDS):
        return True  # "people close to the campaign", "officials familiar with the talks", "sources in Kabul"
    k = next((i for i, w in enumerate(naming) if w[:1].isupper()), len(naming))
    return 0 < k <= 3 and len(naming) - k >= 2 and is_name(" ".join(naming[k:])) and person_noun(naming[k - 1])


def _reported_inverted(masked: str, sa: int, sb: int, ca: int, cb: int):
    """`CONTENT, said NP.` closing the sentence: (naming, content start, content end) or None."""
    comma = re.search(r",\s*$", masked[sa:ca])
    if not comma or masked[ca:ca + 1].isupper() or masked[ca:cb].endswith("ing") or masked[ca:cb] in ("told", "tells"):
        return None  # (a participle does not invert: "…, claiming Trump University is a fraud"; nor does "told":
        # "…, who asked not to be named, told reporters": its object is the listener)
    np = np_after(masked, cb) if not re.match(r"\s+that\b", masked[cb:cb + 6]) else None  # ("says that …")
    tail = _INVERTED_TAIL.fullmatch(masked, np[1], sb) if np else None
    if not tail or (_REPORTING.search(masked, np[1], sb) and not tail.group("who")) \
            or re.search(r"[’']s$", masked[np[0]:np[1]]):
        return None  # (a relative clause may report more: "…, said the mayor, who added that …")
    naming = masked[np[0]:np[1]].rstrip(" ,").split()
    if not _names_someone(naming):
        return None  # "Dan Backer, the fund's lawyer, said that it costs money": no naming follows the cue
    lead = len(masked[sa:ca]) - len(masked[sa:ca].lstrip(" “\"‘'"))
    if tail.group("name") and not is_name(" ".join(naming)):  # "…, said the company's chief, Jane Roe.": she
        end = tail.end("name")
        last = tail.group("name").split()[-1]
        np = (tail.start("name"), end - 1 if last.endswith(".") and len(last) > 3 else end)
    return np, sa + lead, sa + comma.start()


def _reported_before(masked: str, sa: int, sb: int, ca: int, cb: int):
    """`CONTENT, NP said.` at the end of a sentence: (naming, content start, content end) or None."""
    if not re.fullmatch(r"[\s\w]{0,25}?[.!?]?[\"”’]?\s*", masked[cb:sb]) and not _THEN_PARTICIPLE.match(masked, cb, sb) \
            and not _WHEN_THEN_CLAUSE.match(masked, cb, sb):
        return None  # (but "CONTENT, he said, adding that …" is reported too)
    comma = masked.rfind(",", sa, ca)
    if comma < 0:
        return None
    np = np_before(masked, ca, comma + 1)
    if not np and not masked[comma + 1:ca].strip():  # "CONTENT, a spokeswoman, Jane Roe, said": the naming is set
        mid = masked.rfind(",", sa, comma)  # off by commas; the content ends before it
        if mid <= sa:
            return None
        comma = masked.rfind(",", sa, mid)
        if comma > sa and re.match(r"\s*who\s", masked[mid + 1:ca]):
            # "CONTENT, one official, who asked not to be named, told reporters": the naming precedes the aside
            np = np_before(masked, mid, comma + 1)
        else:
            np = np_before(masked, ca, comma + 1) if comma > sa and not _RELATIVE.search(masked, comma, ca) else None
    if not np:
        return None
    gap = masked[comma + 1:np[0]].split()
    if len(gap) >= 4 and any(w.endswith("ing") or w in ("about", "what", "things", "that", "which") for w in gap):
        return None  # "…, all expressing concern about some of the things he said": a relative clause's verb
        # (not "…, Donald Trump’s longtime confidant Roger Stone stated": a role before the name)
    return np, sa, comma


# a speaker's name as the label of a paragraph: a headline ("Clinton: I support D.C. statehood.") or a transcript
_LABEL = lazy_re(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}):\s+(?=[A-Z‘“'\"])")
# a headline in title case: "Trump Says He’s Unlikely To Have A Good Relationship With David Cameron"
_HEADLINE_SAYS = lazy_re(r"((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*)\s+(?:Says|Said|Tells|Warns|Claims|Insists|"
                         r"Admits|Vows|Argues|Predicts)\s+(?=[A-Z‘“'\"])(?!.*[.!?]\s+[A-Z].*[.!?]\s*$)")

def _labelled(st: PeopleState, pi: int, t: str, masked: str) -> Quotation | None:
    """The whole paragraph after "Name: " is what Name said, and a headline's "Name Says …" what follows the cue;
    a person is listed only when the name is one."""
    h = _LABEL.match(masked) or _HEADLINE_SAYS.match(masked)
    if not h or not is_name(h.group(1)) or h.group(1).lower() in words("not_speaker_labels.txt") or \
            h.group(1).split()[0].lower() in speech_cues():
        return None  # (nor "Stated Stone:", "Said Roe:": an inverted cue introducing a quotation, no label)
    a, b = h.end(), len(t.rstrip().rstrip("."))
    if b - a < 10:
        return None
    name = h.group(1)
    known = surname(name) in st.same_surname or (len(name.split()) >= 2 and name.split()[0].lower() in given_names())
    person = speaker_person(st, pi, masked, 0, h.start(1), h.end(1)) if known else None
    q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b,
                  speaker=name, speaker_start=h.start(1), speaker_end=h.end(1))
    if person is not None:
        q.speaker_name, q.speaker_id = person.name, person.id
    return q


_ASKED = lazy_re(r"(?:^(?:When |And when |And )?|\b[Ww]hen )[Aa]sked (?:by (?P<asker>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) )?"
                 r"(?:[\w’']+ ){0,7}?((?:if|whether|about|who|whom|what|which|why|how|when|to)\b[^,;]{8,200}?)(?:[,;]|[.?!]?$)")


_REFLEXIVE = lazy_re(r"\s+(?:myself|yourself|himself|herself|itself|ourselves|themselves)\b")
_DETERMINER_BEFORE = lazy_re(r"\b(?:the|a|an|all|any|its|their|his|her|our|of|newly|widely|officially)\s+$", re.I)


_SOURCE_PHRASE = lazy_re(r"\s*((?:(?:the|a|an|his|her|their|its|one|two|three|several|some|many|most|\d[\d,]*)\s|"
                         r"(?=[a-z]+s\b))[^,.;:!?“”\"()]{3,120}?)\s*(?=[,.;:!?]|$)")


# "according to company documents", "according to recent data from comScore": no determiner, up to the punctuation
_BARE_SOURCE = lazy_re(r"\s*((?:[a-z][\w’'\-]*\s+){0,5}[a-z][\w’'\-]*(?:s|(?=\s+(?:from|by|of)\s+\w*[A-Z]))"
                       r"(?:\s+(?:from|by|of|at|in)\s+[A-Za-z][\w&’'\-]*(?:\.\w+)*(?:\s+[A-Z][\w&’'\-]*(?:\.\w+)*){0,4})?)"
                       r"\s*(?=[,.;:!?]|$)")


def _source_phrase(masked: str, cb: int, sb: int) -> tuple[int, int] | None:
    """"…, according to an analysis of FEC data by Crowdpac." / "according to members who spoke with
    reporters": the source as a described phrase, up to the next punctuation, when no naming was found."""
    m = _SOURCE_PHRASE.match(masked, cb, sb) or _BARE_SOURCE.match(masked, cb, sb)
    return (m.start(1), m.end(1)) if m else None


def _span_at(spans: list[Span], opens: list[int], x: int) -> Span | None:
    """The quotation strictly around offset x, if any (found by bisection: long paragraphs hold many)."""
    i = bisect.bisect_left(opens, x) - 1
    return spans[i] if i >= 0 and spans[i].open < x < spans[i].close else None


# words before "show" that make it a noun ("reality show", "the show"), not the verb of "polls show"
_SHOW_NOUN_BEFORE = frozenset({"reality", "talk", "game", "tv", "television", "radio", "award", "awards", "cooking",
                               "hit", "variety", "morning", "late-night", "comedy", "call-in", "the", "a", "an", "his",
                               "her", "their", "its", "our", "my", "your", "trade", "road", "horse", "fashion"})


_MAIN_CLAUSE_AFTER = lazy_re(r",(?=\s+(?:he|she|they|[A-Z][\w’'.-]+)\s)")


def indirect(st: PeopleState, pi: int, t: str, masked: str, sents: list[tuple[int, int]],
              spans: list[Span]) -> list[Quotation]:
    """Reported speech (`Zelensky said that …`, `…, officials said`, `according to …`) as direct=False records."""
    out: list[Quotation] = []

    closes = [s.close for s in spans]  # spans are in order and do not overlap: opens and closes ascend
    opens = [s.open for s in spans]

    def quoted_share(a: int, b: int) -> float:
        inside = 0
        for s in spans[bisect.bisect_right(closes, a):]:  # only the spans that end after a
            if s.open >= b:
                break
            inside += min(b, s.close) - max(a, s.open)
        return inside / max(1, b - a)

    labelled = _labelled(st, pi, t, masked)
    if labelled:  # "Paul Ryan: FBI Decision Not to Indict …", "BOULDUAN: You guys, back in January, …"
        out.append(labelled)
    low = lower_same_length(masked)
    for sa, sb in sents:
        sent = masked[sa:sb]
        taken: list[tuple[int, int]] = []
        in_sentence = len(out)
        m = _ASKED.search(sent)
        if m:  # "Asked whether the plan would pass, Smith said …": the question is reported too, asker unnamed
            a, b = sa + m.start(2), sa + m.end(2)  # ("Asked by Matt Lauer whether …": the asker named)
            if masked.startswith("about ", a):
                a += len("about ")  # "Asked about the leak, …": what was asked about, as the topics read it
            if quoted_share(a, b) <= 0.5:
                q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b)
                if m.group("asker"):
                    x, y = sa + m.start("asker"), sa + m.end("asker")
                    person = speaker_person(st, pi, masked, sa, x, y)
                    q.speaker, q.speaker_start, q.speaker_end = masked[x:y], x, y
                    if person is not None:
                        q.speaker_name, q.speaker_id = person.name, person.id
                out.append(q)
                taken.append((a, b))
        for c in _REPORTING.finditer(sent):
            if any(x <= sa + c.start() < y for x, y in taken):
                continue  # a cue inside reported content is part of that content
            if re.search(r"\b(?:was|were|been|be|being|is|are)\s+$", sent[max(0, c.start() - 12):c.start()]):
                continue  # passive ("were admitted into the alliance"): nobody is reported
            if c.group().endswith("ed") and _DETERMINER_BEFORE.search(sent, max(0, c.start() - 12), c.start()):
                continue  # a participle as adjective ("all reported contributions", "the estimated cost")
            if re.match(r"\s+(?:from|by|of|in|on|about)\b", masked[sa + c.end():sa + c.end() + 8]) and \
                    c.group().lower() in {"reports", "report", "claims", "claim", "findings", "estimates", "fears", "hopes"}:
                continue  # a noun ("reports from The Washington Post"), not a verb
            cue = c.group().lower()
            if _REFLEXIVE.match(masked, sa + c.end()):
                continue  # "I found myself in Dingess", "she finds herself alone": a state, nothing reported
            if cue in ("show", "shows", "showed"):
                before = re.search(r"([\w’']+)\s+$", sent[max(0, c.start() - 30):c.start()])
                if before and before.group(1).lower() in _SHOW_NOUN_BEFORE:
                    continue  # a noun ("the former reality show star", "a talk show host"), not "polls show"
                if re.match(r"\s+(?:up|off)\b", sent[c.end():c.end() + 5]):
                    continue  # "officers showed up at her door": arriving, not showing that anything is so
            ca, cb = sa + c.start(), sa + c.end()
            second = None
            end = sb
            while end > cb and masked[end - 1] in " .!?;:\"”’":
                end -= 1
            if cue == "according to":
                comma = masked.find(",", cb, min(sb, cb + 200))
                lead_words = re.findall(r"[\w’']+", masked[sa:ca].lower())
                if comma > cb and all(w in STARTERS for w in lead_words):
                    # "According to F.A.A. records, CONTENT": the source runs to the comma
                    lead = len(masked[cb:comma]) - len(masked[cb:comma].lstrip())
                    np = (cb + lead, comma)
                    a, b = comma + 1 + len(masked[comma + 1:end]) - len(masked[comma + 1:end].lstrip()), end
                else:
                    np = np_after(masked, cb) or _source_phrase(masked, cb, sb)
                    if not np:
                        continue
                    a, b = sa, len(masked[:ca].rstrip().rstrip(",").rstrip())  # without the comma before the cue
                    after = re.match(r"\s*,\s+(?=\w)", masked[np[1]:end])
                    if after and end - (np[1] + after.end()) >= 12 and not _CLAUSE_OPENER.match(masked, np[1] + after.end()):
                        # "Since November, according to HRW, forces have killed …": the content goes on after
                        second = (np[1] + after.end(), end)
            else:
                found = _reported_inverted(masked, sa, sb, ca, cb) or _reported_after(masked, sa, ca, cb, end, cue) \
                    or _reported_before(masked, sa, sb, ca, cb)
                if not found:
                    continue
                np, a, b = found
                np = owner_of(masked, sa, ca) or np  # "Donald Trump’s claim that …": the possessor's claim
                main = _MAIN_CLAUSE_AFTER.search(masked, cb, b) if cue in ("asked", "asks") and \
                    in_subordinate_opener(masked, sa, sb, cb) else None
                if main and main.start() > a:
                    # "When a reporter asked Trump if the plan differed, Trump deflected.": what was asked ends
                    # with the clause the sentence opens on
                    b = main.start()
            stop = _SENTENCE_BEFORE_QUOTE.search(masked, a + 12, b)
            if stop:  # "…said that X. ''Y …'': the sentence splitter kept the next quotation in; X is reported
                b = stop.start() + 1
            # never cut a quotation in two: TEI elements must nest
            sp = _span_at(spans, opens, b)
            if sp is not None:
                b = sp.close
            sp = _span_at(spans, opens, a)
            if sp is not None:
                a = sp.open
            if b - a < 12 or quoted_share(a, b) > 0.5:
                continue
            if not any(ch.isalnum() for ch in masked[np[0]:np[1]]):
                continue  # "According to , he said": the source is missing
            if _GERUND.fullmatch(masked, np[0], np[1]) and masked[np[0]:np[1]].lower() in words("not_names.txt"):
                continue  # "Being able to predict if …": a clause is the subject, nobody reports anything
            person = speaker_person(st, pi, masked, sa, np[0], np[1])
            if person is not None and person.kind == "person":
                _itself(st, masked, np, a, cue, person)
            q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b)
            q.speaker = masked[np[0]:np[1]].strip()
            q.speaker_start, q.speaker_end = np[0], np[0] + len(q.speaker)
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
                aside = _RELATIVE_SUBJECT.search(masked, max(sa, ca - 60), ca) is not None and \
                    masked[sa:np[0]].strip() != ""  # ("…, particularly Jeb Bush, who say …": not the sentence's subject)
                if not in_subordinate_opener(masked, sa, sb, b) and not aside:
                    # ("When a reporter asked Trump if …, Trump deflected.": the asker is not who goes on speaking)
                    st.last_speaker, st.last_speaker_para = person.id, pi
            out.append(q)
            taken.append((a, b))
            if second and not any(x < second[1] and second[0] < y for x, y in taken) and \
                    quoted_share(*second) <= 0.5 and _span_at(spans, opens, second[0]) is None and \
                    _span_at(spans, opens, second[1]) is None:
                out.append(_other_part(q, t, second))
                taken.append(second)
            first = _first_part(masked, sa, np, cb, a, taken)
            if first:  # "The golf industry, she said, is doing much better": the content began before the cue
                out.insert(len(out) - 1, _other_part(q, t, first))
                taken.append(first)
        for q in out[in_sentence:]:
            b = _next_source(masked, q, out[in_sentence:])
            sp = _span_at(spans, opens, b) if b is not None else None
            b = sp.close if sp is not None else b
            if b is not None and b - q.start >= 12:
                taken[:] = [(x, b if (x, y) == (q.start, q.end) else y) for x, y in taken]
                q.end = q.local_end = b
                q.text = t[q.start:b]
        out.extend(_topics(st, pi, t, masked, low, sa, sb, spans, taken))
    return out


_QUANTITY = lazy_re(r"(?:(?:more|less|fewer) than|about|nearly|almost|over|under|at least|up to|some)?\s*"
                    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s+"
                    r"(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?|percent|"
                    r"dollars?|miles?|votes?)\b", re.I)
_TOPIC_END = lazy_re(r"[,;:.!?()“”\"]|\s(?:but|while|and then|because|after|before|when|as|since|who|which|where)\s|\s[-–—]\s")




_GERUND = lazy_re(r"[A-Z][a-z]+ing")
_ANONYMITY = lazy_re(r"be (?:identified|named|quoted|quoted by name)\b")


# cues that open on a noun ("critic of", "questions about", "plan for"): the naming before one is its
# possessor ("Trump’s plan for …") or the noun's own modifiers, never a subject
_NOUN_CUES = frozenset({"questions", "concerns", "doubts", "remarks", "proposals", "proposal", "case", "plan", "plans",
                        "critic", "critics", "criticism", "critique", "endorsement", "supporter", "supporters",
                        "position", "positions", "stance", "views", "view", "attack", "attacks", "opposition",
                        "support", "focus"})
_POSSESSOR = lazy_re(r"(?:(?<![\w’'])(?P<pronoun>his|her|its|their|our|my)|(?<=\w)(?:[’']s|(?<=s)[’']))\s+"
                     r"(?:[\w-]+\s+){0,2}$", re.I)


# a name's possessive right before a cue makes the cue a noun: "Donald Trump’s claim that …"
_NAMED_OWNER = lazy_re(r"(?:\w[’']s|\ws[’'])\s+$")
_NAME_RUN_END = lazy_re(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*$")


def owner_of(masked: str, sa: int, cue: int) -> tuple[int, int] | None:
    """The named possessor right before a cue, which makes the cue a noun: "Donald Trump’s claim that …" (the
    name before the apostrophe). None otherwise; a possessive pronoun ("her warning that …") is left to the
    other rules, which find the clause's subject or the name it stands for (measured: taking "her", "his"
    named fewer speakers)."""
    m = _NAMED_OWNER.search(masked, max(sa, cue - 40), cue)
    named = _NAME_RUN_END.search(masked, max(sa, m.start() - 80), m.start() + 1) if m else None
    return (named.start(), named.end()) if named else None


def _noun_cue_source(masked: str, sa: int, np: tuple[int, int], cue: int) -> tuple[int, int] | None:
    """Who holds the stance a noun cue names: the named possessor ("Sanders’s attacks on …"), else the
    clause's subject when it is someone ("He has stepped up his attacks on …"), else a possessive pronoun
    ("her support for …") or a name used as a modifier ("the Palin endorsement of …"); the noun's own
    modifiers ("a harsh critic of …") are nobody."""
    owner = _POSSESSOR.search(masked, np[0], cue)
    if owner and owner.group("pronoun") is None and \
            masked[max(np[0], owner.start() - 6):owner.start()].split()[-1:] in (["He"], ["She"], ["It"], ["he"], ["she"], ["it"]):
        owner = None  # "He’s been ratcheting up his attacks": "he is", not a possessive
    if owner and not owner.group("pronoun"):
        named = _NAME_RUN_END.search(masked, np[0], owner.start())
        return (named.start(), named.end()) if named else np_before(masked, owner.start(), sa)
    sub = subject(masked, np[0], cue)
    if sub and re.search(r"\w", masked[sub[1]:owner.start() if owner else cue]):
        last = masked[sub[0]:sub[1]].split()[-1]
        if re.fullmatch(r"(?i:he|she|it)[’']s", last):
            return sub[0], sub[1] - 2  # "He’s been …": he is
        if not last[:1].islower() or last.lower() in PRONOUNS or people_head(last.lower()):
            return sub  # (not "suspicions that the moon landings were faked; doubts about …")
    if owner:
        return owner.start("pronoun"), owner.end("pronoun")
    if is_name(masked[np[0]:np[1]]) and not masked[np[1]:cue].strip():
        return np
    return None


def _topic_end(masked: str, a: int, sb: int) -> int:
    """Where a topic stops: punctuation or a new clause, but not the stop of an abbreviation or an initial
    ("said that Mr. Manafort …", "the endorsement of former U.S. Sen. Gordon Humphrey")."""
    pos = a
    while True:
        stop = _TOPIC_END.search(masked, pos, sb) or _and_reporting(masked, pos, sb)
        if stop is None:
            return sb
        other = _and_reporting(masked, pos, stop.start())
        if other:
            return other.start()
        if stop.group() == ".":
            word = re.search(r"([A-Za-z]+)$", masked[max(a, stop.start() - 8):stop.start()])
            if word and (word.group(1).lower() in words("abbreviations.txt") or
                         (len(word.group(1)) == 1 and word.group(1).isupper())):
                pos = stop.end()
                continue
        return stop.start()


# a topic cue whose subject is the sentence's: a coordinated verb, or a gerund after "by" ("began by talking about")
_SUBJECTS_VERB = lazy_re(r"(?:\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?|\b(?:began|started|ended|opened|closed)\s+by\s+)$")


# what a comment was asked for, or could not be had ("a request for comment on …", "reached for comment on …")
_FOR_COMMENT = lazy_re(r"\b(?:requests?|reached|available|asked)\s+for\s+$")


_COMMENT_ON = lazy_re(r"(?:comment|elaborate|speculate)\s+(?:on|about)\s+")


def _topics(st: PeopleState, pi: int, t: str, masked: str, low: str, sa: int, sb: int, spans: list[Span],
            taken: list[tuple[int, int]]) -> list[Quotation]:
    """Stance and topic attributions ("Rubio has talked about embedding troops", "called for a ban"):
    the topic runs from the cue's preposition to the next punctuation or clause; the speaker is the
    naming before the cue, when there is one."""
    out: list[Quotation] = []
    for c in topic_cues().finditer(low, sa, sb):
        if any(x <= c.start() < y for x, y in taken):
            continue  # inside reported content (measured: nested stance records cost more than they find)
        if any(sp.close <= c.start() and not masked[sp.close:c.start()].strip(" ,") for sp in spans):
            continue  # `,” urged the mayor`: the cue attributes the quotation; the mayor is no topic
        a = c.end()
        while a < sb and masked[a] == " ":
            a += 1
        declined = _COMMENT_ON.match(low, a)
        if declined:
            a = declined.end()  # "declined to comment on the lawsuit": the topic is the lawsuit
        b = _topic_end(masked, a, sb)
        b = len(masked[:b].rstrip())
        nxt = next((sp for sp in spans if sp.open >= b), None)
        if nxt is not None and not masked[b:nxt.open].strip():
            b = nxt.close  # a quoted complement belongs to the topic: called the cuts “a painful trim”
        if len(re.findall(r"\w+", masked[a:b])) < 2 or any(sp.open < a < sp.close or sp.open < b < sp.close
                                                             for sp in spans):
            continue
        if any(a < x < b or a < y < b or x <= a < b <= y for x, y in taken):
            continue  # it would cross another attribution, or lie inside one ("promised to fix …": that record's)
        if c.group().split()[0] in NAMING_CUES and \
                any(sp.open == a and sp.close >= len(masked[:b].rstrip(" ,.")) for sp in spans):
            continue  # "which Mr. Trump called “a disgrace”": the name given is the quotation, which has its own
            # record (not "talks about “spoiling the party”": a topic, which the quotation's record is not)
        np = None if c.group("impersonal") else np_before(masked, c.start(), sa)
        if np is None and not c.group("impersonal") and c.group().split()[0] not in _NOUN_CUES and \
                (_SUBJECTS_VERB.search(masked, max(sa, c.start() - 40), c.start()) or
                 c.group().split()[0].endswith("ing")):  # ("…, vowing to make Mexico pay": a participle's)
            # "He congratulated her and praised her effort", "The businessman began by talking about …": the
            # coordinated verb or the gerund is the sentence subject's
            np = subject(masked, sa, c.start())
            if np and masked[np[0]:np[1]].lower().replace("’", "'") in ("it", "it's"):
                np = None  # ("It’s become such a presence that Sanders … called": the clause's subject is not it)
        if np and c.group().split()[0] in _NOUN_CUES:
            # "He has stepped up his attacks on …": the clause's subject, when the naming holds one; else
            # "Palin’s endorsement of …", "her support for …": the possessor; "a harsh critic of …": nobody
            np = _noun_cue_source(masked, sa, np, c.start())
        if _QUANTITY.match(masked, a, b) and len(re.findall(r"\w+", masked[a:b])) <= 6:
            continue  # "debated the plan for more than six hours": a duration, not a topic
        if _ANONYMITY.match(low, a):
            continue  # "who declined to be identified": why a source is unnamed, not a stance
        if low.startswith("refer", c.start()) and low.startswith("as ", a):
            continue  # "commonly referred to as concussion": a name for a thing, not a stance
        if low.startswith("comment", c.start()) and _FOR_COMMENT.search(low, max(sa, c.start() - 40), c.start()):
            continue  # "did not respond to a request for comment on the ad": nobody said anything
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
