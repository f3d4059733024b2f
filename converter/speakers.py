"""Stage 6b, speakers: who said each quotation, and the people behind the names.

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
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import speech_cues, words
from .model import Person, Quotation
from .quotes import Span, content_bounds, find_spans, kind_of
from .segment import sentence_spans

PRONOUNS = {"he", "she", "they", "i", "we", "you", "it"}
_SKIP = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "later", "once", "again",
         "further", "previously", "recently", "did", "does", "do", "not", "never", "reportedly", "publicly", "still",
         "even", "just", "already", "often", "earlier", "who", "could", "can", "may", "might", "should", "been",
         "first", "last", "repeatedly", "subsequently", "simply", "quickly", "flatly", "firmly", "privately"}
_DETS = {"a", "an", "the", "one", "many", "some", "several", "two", "three", "four", "five", "most", "other",
         "another", "his", "her", "their", "its", "our", "both", "few", "all", "these", "those",
         "that", "this", "each", "any", "numerous", "multiple", "various"}
_NAME_TOK = r"(?:[A-Z][\w’'.\-]*|[A-Z]\.)"
_CONNECT = r"(?:of|for|the|and|de|da|van|von|der|al|bin|la|le|del|du|on)"
_NAME_END = re.compile(rf"((?:{_NAME_TOK}\s+(?:{_CONNECT}\s+)*)*{_NAME_TOK})$")
_NAME_START = re.compile(rf"^((?:{_NAME_TOK}\s+(?:{_CONNECT}\s+)*)*{_NAME_TOK})")
_NAME_MENTION = re.compile(rf"\b(?:{_NAME_TOK}\s+(?:(?:de|da|van|von|der|al|bin|la|le|del|du)\s+)?)+{_NAME_TOK}")
_TOKEN = re.compile(r"[\w’'.\-]+")
_SPACES = re.compile(r"\s*")
_NOT_NAME_START = {"the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "as", "after",
                   "before", "since", "for", "from", "with", "by", "to", "of", "this", "that", "these", "those", "it",
                   "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "my", "there", "here", "why",
                   "what", "how", "who", "where", "yes", "no", "mr", "mrs", "ms", "so", "then", "now", "still", "also",
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "according", "however", "meanwhile", "speaking", "asked", "last", "next"}


@dataclass
class Mention:
    """A naming of someone in a paragraph (local offsets) and who it resolves to."""

    text: str
    para: int
    start: int
    end: int
    pid: str | None = None


@dataclass
class _State:
    people: dict[str, Person] = field(default_factory=dict)
    by_surname: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)  # named persons in text order
    last_speaker: str | None = None
    last_speaker_para: int = -10
    last_naming: tuple | None = None  # (person id, naming, paragraph, start, end) of the last attributed quote


@lru_cache(maxsize=None)
def _cues() -> re.Pattern:
    """The speech-cue lexicon as one regex, longest phrases first ("pointed out" before "pointed")."""
    cues = sorted(speech_cues(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])|\bAccording to\b")


def _abbreviations() -> frozenset[str]:
    return words("abbreviations.txt") | words("titles.txt")


def _titles() -> frozenset[str]:
    return words("titles.txt")


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not s or not s[0].isalpha():
        s = "p-" + s
    return s[:48].strip("-") or "p"


def split_role(name: str) -> tuple[str, str | None]:
    """'Russian President Vladimir Putin' -> ('Vladimir Putin', 'Russian President').

    The name is the run of up to four capitalised words at the end that crosses no
    title word and no "of"/"for" ("U.N. High Commissioner for Human Rights Zeid Ra'ad
    Al Hussein" -> "Zeid Ra'ad Al Hussein").
    """
    toks = name.split()
    titles = _titles()
    if not any(t.lower().rstrip(".,").split("-")[0] in titles for t in toks[:-1]):
        return name, None
    i = len(toks)
    while i > 0 and len(toks) - i < 4:
        t = toks[i - 1]
        low = t.lower().rstrip(".,")
        if low in titles or low.split("-")[0] in titles or low in {"of", "for", "the", "and"} or \
                not (t[:1].isupper() or low in {"al", "bin", "de", "da", "van", "von", "der", "la", "le", "del"}):
            break
        i -= 1
    if i == len(toks):
        return name, None
    return " ".join(toks[i:]), (" ".join(toks[:i]) or None)


def _is_org(name: str) -> bool:
    low = name.lower().rstrip(".")
    orgs = words("organizations.txt")
    if low in orgs or low.removeprefix("the ") in orgs:
        return True
    toks = low.split()
    words_ = name.split()
    if any(t in orgs for t in toks[1:]) or (len(toks) > 1 and toks[0] == "the" and words_[1][:1].isupper()):
        return True
    return bool(re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}", name.strip()))


def _surname(name: str) -> str:
    toks = [t for t in name.split() if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii", "iv"}]
    return re.sub(r"[’']s?$", "", toks[-1]).lower() if toks else name.lower()


def _register(st: _State, text: str, kind: str = "person") -> Person:
    """Find or create the person a naming refers to; names merge by surname."""
    clean = re.sub(r"[’']s$", "", text.strip().rstrip(",."))
    if kind in ("group", "anonymous"):
        pid = _slug(re.sub(r"^(?:a|an|the|one|many|some|several)\s+", "", clean, flags=re.I))
        if pid not in st.people:
            st.people[pid] = Person(pid, clean, kind)
        p = st.people[pid]
        if clean not in p.mentions:
            p.mentions.append(clean)
        return p
    if kind == "person" and " of " in clean:
        head = clean.split(" of ", 1)[0]
        last = head.split()[-1] if head.split() else ""
        if last[:1].isupper() and last.lower().rstrip(".") not in _titles():
            clean = head  # "Mayor Rosa Delgado of Port Landing" -> "Mayor Rosa Delgado"
    name, role = split_role(clean) if kind == "person" else (clean, None)
    name = re.sub(r"^the\s+", "", name, flags=re.I) if kind == "organization" else name
    key = _surname(name)
    pid = st.by_surname.get(key) if kind == "person" else st.by_surname.get(name.lower())
    if pid is None and kind == "person":
        # "Vladimir Putin" registered before; "Putin" now
        pid = st.by_surname.get(key)
    if pid is None:
        pid = _slug(name)
        base, n = pid, 2
        while pid in st.people:
            pid, n = f"{base}-{n}", n + 1
        st.people[pid] = Person(pid, name, kind, role)
        st.by_surname[key if kind == "person" else name.lower()] = pid
    p = st.people[pid]
    if len(name.split()) > len(p.name.split()) and kind == "person":
        p.name = name
    if role and not p.role:
        p.role = role
    if clean not in p.mentions:
        p.mentions.append(clean)
    return p


def _is_name(s: str) -> bool:
    toks = s.split()
    return bool(toks) and all(t[:1].isupper() or t.lower() in {"of", "for", "the", "and", "de", "van", "von", "al", "bin"}
                              for t in toks) and toks[0].lower() not in _NOT_NAME_START | PRONOUNS


_WINDOW = 300  # characters of left context a naming can span; keeps every search local (linear overall)


def _np_before(s: str, k: int, lo: int = 0) -> tuple[int, int] | None:
    """The subject naming that ends right before position `k` (a cue), as (start, end).

    `lo` is the sentence start: a bare plural reaching it ("Russian leaders claim") is the subject.
    """
    base = max(0, k - _WINDOW)
    found = _np_before_window(s[base:k], k - base, lo - base)
    return None if found is None else (found[0] + base, found[1] + base)


def _np_before_window(s: str, k: int, lo: int) -> tuple[int, int] | None:
    left = s[:k]
    end = len(left.rstrip())
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
                if _is_name(sub):
                    off = c.start() + (len(c.group()) - len(c.group().lstrip()))
                    m = _NAME_END.search(sub)
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
    m = _NAME_END.search(seg)
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
        while toks and toks[0].lower() in _NOT_NAME_START and not (toks[0].isupper() and len(toks[0]) > 1):
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
    toks = list(_TOKEN.finditer(seg))
    if toks and toks[-1].group().lower() in {"and", "but", "or", "of", "to", "in", "on", "for", "with", "at", "by"}:
        return None  # "shook her head and said": the subject is further left
    for j in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
        w = toks[j].group().lower()
        between = seg[toks[j].end():toks[j + 1].start()] if j + 1 < len(toks) else ""
        if any(p in between for p in ",;:()“”\""):
            return None
        if w in _DETS and j < len(toks) - 1:
            head = toks[-1].group().lower()
            if head in _DETS or head in {"said", "says", "that", "which"}:
                return None
            return toks[j].start(), len(seg)
        if w in {"said", "says", "that", "which", "and", "but", "because", "when", "while", "if"} and j < len(toks) - 1:
            return None
        if toks[j].start() <= lo + 1 and len(toks) - j <= 4 and toks[j].start() >= lo:
            head = toks[-1].group().lower()
            if head in words("groups.txt") or (head.endswith("s") and not head.endswith("ss") and head not in _SKIP):
                return toks[j].start(), len(seg)
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
    if w in _DETS or r[:1].islower():
        if w not in _DETS:
            # lowercase titles before a name: "said senior researcher Dr. Rahul Potluri"
            m2 = re.match(rf"((?:[a-z\-]+\s+){{1,3}})(?={_NAME_TOK})", r)
            if not m2:
                return None
            m4 = _NAME_START.match(r[m2.end():])
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
    m = _NAME_START.match(r)
    if m:
        name = m.group(1)
        name = re.split(r"\s+(?:on|in|at|the)\s+", name)[0]
        name = re.sub(r"(?:\s+(?:of|for|and|the|on|de|da|van|von|der|al|bin|la|le|del|du))+$", "", name)
        return k + lead, k + lead + len(name.rstrip("."))
    return None


_ACCORDING = re.compile(r"\baccording to\s+")


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


def _find_attr_raw(masked: str, sa: int, sb: int, span: Span) -> _Attr | None:
    cues = _cues()
    after = masked[span.close:sb]
    sentence = masked[sa:sb]
    # after the quote: `,” Putin said` / `,” said Putin` / `” as many officials have said`
    m = re.match(r"^[\s,]*(?:—\s*|–\s*)?", after)
    pos = span.close + m.end()
    outer = re.search(r",\s*according to\s+", masked[pos:sb])
    if outer:  # `“…,” Sanders said, according to CNN.`: the text attributes the words to CNN's report
        np = _np_after(masked, pos + outer.end())
        if np:
            return _Attr(np[0], np[1], "according to", False)
    c = cues.match(masked, pos)
    if c and c.group().lower() not in {"according to", "calls", "called", "describes", "described", "read", "reads", "reports", "reported", "posts", "posted"}:
        np = _np_after(masked, c.end())
        if np:
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
    for c in cues.finditer(masked, pos, min(sb, pos + 200)):
        if c.group().lower() == "according to":
            np = _np_after(masked, c.end())
            if np:
                return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
            continue
        if masked[pos:c.start()].count("“") or '"' in masked[pos:c.start()]:
            break
        np = _np_before(masked, c.start())
        if np and np[0] >= pos - 1:
            if c.group().lower() in {"describes", "described", "calls", "called"} and np:
                pass
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
        break
    # `,” Oliver barked.` / `,” he continued, “…`: a name or pronoun and a verb we do not list
    if re.match(r"^[\s]*[,?!—–]", masked[span.close - 1:span.close + 2]) or masked[span.close - 2:span.close - 1] in ",?!":
        m = re.match(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|he|she|they|I|we)\s+([a-z]+ed|[a-z]+s)\b(?!\s+(?:that|to|the|a|an|his|her|their)\b)", masked[pos:sb])
        if m and m.group(1).split()[0].lower() not in _NOT_NAME_START - PRONOUNS:
            return _Attr(pos + m.start(1), pos + m.end(1), m.group(2), False)
    # a colon introduction: `Hannity interjected: “…”`, `Pew Research: “…”`
    intro = _colon_intro(masked, sa, span.open)
    if intro:
        return intro
    # "reports from The Washington Post that Trump … “…”": the source of the report
    src = None
    for src in _REPORTS_FROM.finditer(masked, sa, span.open):
        pass
    if src is not None:
        np = _np_after(masked, src.end())
        if np and np[1] <= span.open:
            return _Attr(np[0], np[1], src.group(1), True)
    # before the quote: last cue in the sentence before the opening mark
    before_cues = [c for c in cues.finditer(masked, sa, span.open)]
    for c in reversed(before_cues):
        if c.group().lower() == "according to":
            np = _np_after(masked, c.end())
        else:
            np = None
            if c.group().lower().endswith("ing"):
                direct_name = _NAME_END.search(masked[max(sa, c.start() - 80):c.start()].rstrip())
                if direct_name and masked[c.start() - 1] == " " and _is_name(direct_name.group(1)):
                    np = _np_before(masked, c.start(), sa)  # "footage of Hillary Clinton asking, “…”"
                np = np or _subject(masked, sa, c.start())
            np = np or _np_before(masked, c.start(), sa)
            if np is None and c.group().lower() in {"said", "says", "told", "added", "wrote", "asked"}:
                np = _np_after(masked, c.end())
                if np and np[1] > span.open:
                    np = None
            if np is None and (c.group().lower().endswith("ing") or
                               re.search(r"(?:\band|\bbut|,)\s+(?:\w+ly\s+)?$", masked[sa:c.start()])):
                np = _subject(masked, sa, c.start())
        if np and re.match(r"(?:that|which|who|because|if|when|while|as)\b", masked[np[0]:np[1]], re.I):
            continue  # a cue inside a reported clause ("said that he only disclosed …"): an earlier cue governs
        if np:
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), sentence))
    return None


_STARTERS = {"but", "and", "so", "then", "later", "still", "yet", "meanwhile", "however", "now", "also", "instead",
             "indeed", "again", "earlier", "afterward", "afterwards", "finally", "today", "yesterday"}
_PREPS = {"in", "on", "at", "after", "before", "during", "while", "when", "since", "as", "with", "for", "from",
          "speaking", "asked", "by", "under", "over", "despite", "following", "like", "unlike", "to"}


def _subject(masked: str, sa: int, limit: int) -> tuple[int, int] | None:
    """The grammatical subject at the head of the sentence [sa, limit): a pronoun, a name or a short noun phrase."""
    seg = masked[sa:limit]
    pos = 0
    for _ in range(3):
        m = re.match(r"\s*([\w’']+)[,]?\s*", seg[pos:])
        if not m:
            return None
        w = m.group(1).lower()
        if w in _STARTERS:
            pos += m.end()
            continue
        if w in _PREPS:
            comma = seg.find(",", pos)
            if comma < 0 or comma - pos > 200:
                return None
            pos = comma + 1
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
    m2 = _NAME_START.match(rest)
    if m2 and m2.group(1).split()[0].lower() not in _NOT_NAME_START:
        name = re.split(r"\s+(?:on|in|at)\s+", m2.group(1))[0].rstrip(".")
        return base, base + len(name)
    if w in _DETS:
        toks = list(_TOKEN.finditer(rest))
        for j, t in enumerate(toks[1:8], 1):
            tw = t.group().lower()
            if tw in _SKIP or _cues().fullmatch(tw) or tw.endswith("ed") or tw in {"is", "was", "has", "says", "said"}:
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
    if _cues().search(clause):
        c = list(_cues().finditer(clause))[-1]
        np = _np_before(masked, sa + c.start(), sa) if c.group().lower() != "according to" else _np_after(masked, sa + c.end())
        if np:
            return _Attr(np[0], np[1], c.group(), _is_writing(c.group(), clause))
    m = re.search(r"([\w’']+)\s*$", clause)
    if m and m.group(1)[:1].islower():
        np = _subject(masked, sa, clause_end) or _np_before(masked, sa + m.start(), sa)
        if np:
            return _Attr(np[0], np[1], m.group(1), _is_writing(m.group(1), clause))
    tail = re.search(r"(?:^|[-–—:,]\s*)([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*$", clause)
    if tail and _is_name(tail.group(1)):  # "… contests - Philip Bump: “…”"
        a = sa + tail.start(1)
        return _Attr(a, a + len(tail.group(1)), ":", False)
    stripped = clause.strip(" -–—")
    if stripped and _is_name(stripped) and len(stripped.split()) <= 6:
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


def _sentences(t: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph, never ending inside a quotation."""
    out: list[tuple[int, int]] = []
    opens = [s.open for s in spans]

    def inside(i: int, slack: int = 0) -> bool:
        j = bisect.bisect_left(opens, i) - 1  # the last quote opening before i
        return j >= 0 and spans[j].open < i < spans[j].close - slack

    for a, b in sentence_spans(t, _abbreviations()):
        # `“…!” Maher replied.` / `“…?” said Smith.`: the attribution belongs to the quote's sentence
        glued = out and t[out[-1][1] - 1:out[-1][1]] in ("”", '"', "'", "’", "»") and _ATTRIBUTION_START.match(t, a)
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
        out.append(re.sub(r"\S", "x", t[s.start:s.end]))
        pos = s.end
    out.append(t[pos:])
    return "".join(out)


def _collect_names(st: _State, para: int, masked: str) -> None:
    """Register titled names ("President-elect Donald Trump") and known surnames as mentions."""
    titles = _titles()
    for m in _NAME_MENTION.finditer(masked):
        toks = m.group().split()
        a = m.start()
        while toks and toks[0].lower().rstrip(".") in _NOT_NAME_START:
            a = masked.index(toks[0], a) + len(toks[0])
            a = _SPACES.match(masked, a).end()
            toks = toks[1:]
        if len(toks) < 2:
            if toks and _surname(toks[0]) in st.by_surname:
                pid = st.by_surname[_surname(toks[0])]
                st.mentions.append(Mention(toks[0], para, a, a + len(toks[0]), pid))
            continue
        text = " ".join(toks)
        titled = any(t.lower().rstrip(".").split("-")[0] in titles for t in toks[:-1])
        before = masked[max(0, a - 60):a]
        lower_title = re.search(r"\b(?:former|retired|acting|incoming|outgoing|late)\s+$", before)
        if not lower_title:  # "Presidential candidate Donald Trump", "council member Priya Natarajan"
            prev = re.search(r"([A-Za-z][\w-]*)\s+$", before)
            if prev and prev.group(1).lower().split("-")[0] in titles:
                titled = True
        if _is_org(text):
            continue
        name, role = split_role(text)
        if not titled and not lower_title and _surname(name) not in st.by_surname:
            continue
        if len(name.split()) < 2 and _surname(name) not in st.by_surname:
            continue
        full = (lower_title.group() if lower_title else "") + text
        p = _register(st, full.strip())
        st.mentions.append(Mention(text, para, a, m.end(), p.id))


def _resolve_pronoun(st: _State, para: int, masked: str, sa: int, pos: int, word: str) -> str | None:
    """Pronoun or epithet -> a person: the sentence subject, else the last speaker, else the last named person."""
    word = word.lower()
    group = word in {"they", "we"}
    first = None  # the first naming in this sentence before the pronoun: its subject
    for m in reversed(st.mentions):
        if m.para < para or (m.para == para and m.start < sa):
            break
        if m.para == para and sa <= m.start < pos and m.pid:
            first = m
    if first is not None:
        p = st.people[first.pid]
        if (p.kind == "group") == group and p.kind != "organization":
            return first.pid
    if st.last_speaker and para - st.last_speaker_para <= 2:
        p = st.people[st.last_speaker]
        if (p.kind == "group") == group or (not group and p.kind in ("anonymous", "person")):
            return st.last_speaker
    for m in reversed(st.mentions[-200:]):
        if (m.para < para or m.start < pos) and m.pid:
            p = st.people[m.pid]
            if (p.kind == "group") == group:
                return m.pid
    return None


_DOCUMENTS = {"records", "record", "data", "figures", "documents", "document", "reports", "report", "polls", "poll",
              "surveys", "survey", "studies", "study", "statistics", "numbers", "estimates", "filings", "filing",
              "results", "analysis", "research", "emails", "memo", "letter", "statement", "records."}
# heads of epithets that stand for a person ("the lawyer", "the former reality-show star", "the businessman")
_PERSON_HEAD = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|star|official|leader|chief|aide|nominee|"
                          r"candidate|senator|president|governor|mayor|secretary|minister|actress|host|rep|sen)$")


def _speaker_person(st: _State, para: int, masked: str, sa: int, a: int, b: int) -> Person | None:
    text = masked[a:b].strip()
    low = text.lower()
    if low in PRONOUNS:
        pid = _resolve_pronoun(st, para, masked, sa, a, low)
        return st.people.get(pid) if pid else None
    toks = low.split()
    head_raw = text.split()[-1] if text.split() else ""
    if toks and toks[-1] in _DOCUMENTS:
        if toks[0] == "the" and st.last_speaker and para - st.last_speaker_para <= 2:
            return st.people[st.last_speaker]  # "the statement said": the statement just quoted, its author
        return None  # "records show", "the data suggest": a source, but nobody to list among the people
    if toks and not _is_name(text) and (re.sub(r"[’']s$", "", toks[-1]) in words("groups.txt") or
                                         (head_raw.islower() and toks[-1].endswith("s") and not toks[-1].endswith("ss"))):
        return _register(st, text, "group")  # "many Biden administration officials", "traffic engineers"
    if toks and toks[0] in _DETS and not _is_name(text[len(toks[0]):].strip() or "x"):
        head = re.sub(r"[’']s$", "", toks[-1])
        if head in words("groups.txt") or toks[0] in {"many", "some", "several", "two", "three", "four", "five", "both", "few", "all", "numerous", "multiple", "various", "these", "those"}:
            return _register(st, text, "group")
        if toks[0] == "the" and len(toks) <= 4 and not _is_org(text) and _PERSON_HEAD.search(head):
            # an epithet ("the lawyer", "the former reality-show star"): the salient person
            pid = None
            for m in reversed(st.mentions):
                p = st.people.get(m.pid or "")
                if p and p.kind == "anonymous" and head in p.name.lower():
                    pid = p.id
                    break
            if pid is None and head not in words("organizations.txt"):
                pid = _resolve_pronoun(st, para, masked, sa, a, "he")
            if pid:
                return st.people[pid]
        if _is_org(text):
            return _register(st, text, "organization")
        return _register(st, text, "anonymous")
    if _is_org(text):
        return _register(st, text, "organization")
    return _register(st, text, "person")


_REPORTING = re.compile(
    r"(?<![\w-])(?:said|says|say|told|tells|added|adds|argued|argues|claimed|claims|warned|warns|noted|notes|explained|"
    r"insisted|insists|announced|announces|stated|acknowledged|admitted|suggested|suggests|asserted|contended|"
    r"maintained|maintains|predicted|promised|wrote|writes|tweeted|believes|believed|thinks|thought|argue|claim|"
    r"warn|insist|say|acknowledges|admits|reported|reports|conceded|concedes|stressed|emphasized|recalled|"
    r"countered|confirmed|denied|according to|thinks?|believes?|expects?|hopes?|hoped|fears?|feared|"
    r"knows?|knew|shows?|showed|found|finds|indicates?|indicated|estimates?|estimated|predicted|predicts|"
    r"suggested|wants?|wanted|argued|asserts?|announced|reported|reports|concluded|insist|acknowledge)(?![\w-])")


def _reported_after(masked: str, sa: int, ca: int, cb: int, end: int, cue: str):
    """`NP said (that) CONTENT`: (naming, content start, content end) or None."""
    np = _np_before(masked, ca, sa)
    if not np or np[0] < sa:
        np = _subject(masked, sa, ca)  # "The senator, speaking in Iowa on Monday, said …"
        if not np or np[1] > ca or re.search(r"\b(?:that|which|who|because|if|when)\b", masked[np[1]:ca]):
            return None
    tail = masked[cb:end]
    if cue in ("told", "tells"):
        m = re.match(r"\s*(?:\w+\s+){0,6}?that\s+", tail) or \
            re.match(r"\s*(?:[\w’'.]+\s+){1,3}?(?=(?:he|she|they|it|we|I|there|the|his|her|their)\s)", tail)
    else:
        m = re.match(r"\s*(?:on \w+\s+|in an? [\w\s]{1,30}?\s+|on [\w\s]{1,30}?\s+)?(?:that\s+)?", tail)
    if not m:
        return None
    a, b = cb + m.end(), end
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


def _indirect(st: _State, pi: int, t: str, masked: str, sents: list[tuple[int, int]],
              spans: list[Span]) -> list[Quotation]:
    """Reported speech (`Zelensky said that …`, `…, officials said`, `according to …`) as direct=False records."""
    out: list[Quotation] = []

    def quoted_share(a: int, b: int) -> float:
        inside = sum(max(0, min(b, s.close) - max(a, s.open)) for s in spans)
        return inside / max(1, b - a)

    for sa, sb in sents:
        sent = masked[sa:sb]
        taken: list[tuple[int, int]] = []
        for c in _REPORTING.finditer(sent):
            if any(x <= sa + c.start() < y for x, y in taken):
                continue  # a cue inside reported content is part of that content
            if re.match(r"\s+(?:from|by|of|in|on|about)\b", masked[sa + c.end():sa + c.end() + 8]) and \
                    c.group().lower() in {"reports", "report", "claims", "claim", "findings", "estimates", "fears", "hopes"}:
                continue  # a noun ("reports from The Washington Post"), not a verb
            cue = c.group().lower()
            ca, cb = sa + c.start(), sa + c.end()
            end = sb
            while end > cb and masked[end - 1] in " .!?;:\"”’":
                end -= 1
            if cue == "according to":
                np = _np_after(masked, cb)
                if not np:
                    continue
                if masked[np[1]:np[1] + 2].startswith(","):
                    a, b = np[1] + 1, end
                else:
                    a, b = sa, ca - 1
            else:
                found = _reported_after(masked, sa, ca, cb, end, cue) or _reported_before(masked, sa, sb, ca, cb)
                if not found:
                    continue
                np, a, b = found
            for sp in spans:  # never cut a quotation in two: TEI elements must nest
                if sp.open < b < sp.close:
                    b = sp.close
                if sp.open < a < sp.close:
                    a = sp.open
            if b - a < 12 or quoted_share(a, b) > 0.5:
                continue
            person = _speaker_person(st, pi, masked, sa, np[0], np[1])
            q = Quotation(a, b, t[a:b], kind="speech", direct=False, paragraph=pi, local_start=a, local_end=b)
            q.speaker = masked[np[0]:np[1]].strip()
            q.speaker_start, q.speaker_end = np[0], np[0] + len(q.speaker)
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
                st.last_speaker, st.last_speaker_para = person.id, pi
            out.append(q)
            taken.append((a, b))
    return out


def attribute(paragraphs: list[str]) -> tuple[list[Quotation], list[Person]]:
    """Quotations with kinds and speakers, and the people, for a list of paragraph texts.

    Offsets in the returned quotations are paragraph-local (`local_start`,
    `local_end` include the marks; `start`/`end` hold the content bounds and
    `speaker_start`/`speaker_end` the naming); the pipeline maps them to input offsets.
    """
    st = _State()
    quotes: list[Quotation] = []
    prev_open = False
    for pi, t in enumerate(paragraphs):
        spans = find_spans(t)
        masked = _mask(t, spans)
        _collect_names(st, pi, masked)
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
            person = None
            q = Quotation(0, 0, "", paragraph=pi, local_start=s.open, local_end=s.close)
            a, b = content_bounds(t, s)
            q.start, q.end, q.text = a, b, t[a:b]
            writing = False
            if attr:
                writing = attr.writing
                person = _speaker_person(st, pi, masked, sa, attr.start, attr.end)
                q.speaker = masked[attr.start:attr.end].strip()
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
                            # the naming that attributed the previous quote ("…,” she said.) stands for this one too
                            _, q.speaker, q.speaker_para, q.speaker_start, q.speaker_end = st.last_naming
                        else:
                            q.speaker = person.mentions[-1] if person.mentions else person.name
                            q.speaker_start = q.speaker_end = None
                        pending.remove(q)
                else:
                    q.kind = "so-called" if len(re.findall(r"\w+", q.text)) <= 4 else q.kind
            if person is not None:
                q.speaker_name, q.speaker_id = person.name, person.id
                if q.kind in ("speech", "writing"):
                    st.last_speaker, st.last_speaker_para = person.id, pi
                    if q.speaker_start is not None:
                        st.last_naming = (person.id, q.speaker, q.speaker_para if q.speaker_para is not None else pi,
                                          q.speaker_start, q.speaker_end)
            # a scare-quoted term is still the speaker's own words when the text attributes it
            q.direct = q.kind in ("speech", "writing") or \
                (q.kind == "so-called" and person is not None and len(q.text.split()) >= 2)
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
        quotes.extend(_indirect(st, pi, t, masked, sents, spans))
        if t.rstrip().endswith(":") and (not spans or spans[-1].close < len(t.rstrip()) - 1):
            sa = next((a for a, b in reversed(sents) if a < len(t.rstrip())), 0)
            intro = _colon_intro(masked, sa, len(t.rstrip()))
            if intro:
                person = _speaker_person(st, pi, masked, sa, intro.start, intro.end)
                if person is not None:
                    st.last_speaker, st.last_speaker_para = person.id, pi
    people = list(st.people.values())
    quotes.sort(key=lambda q: (q.paragraph, q.local_start))
    return quotes, people
