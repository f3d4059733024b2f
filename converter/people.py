"""People: the registry of who is named or quoted in an article.

Namings merge into one person by surname ("Putin" -> "Vladimir Putin", with
"Russian President" as role) unless their given names differ ("Bill Clinton",
"Hillary Clinton"); anonymous sources ("a senior U.S. military official") and
groups ("many Biden administration officials") are kept as descriptions;
places and organisations are organisations. Pronouns resolve to the sentence
subject, whom the paragraph named since the last speaker, the last speaker, or
the last named person, in that order, agreeing in gender when it is known
(`data/first_names.txt`); epithets ("the lawyer", "the Vermont senator") to the
person last described so, else as a pronoun would. `speakers` finds the
namings; this module decides who they are.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .lazyre import lazy_re
from .lexicon import genders, given_names, organization_words, speech_cues, stopwords, words
from .model import Person

PRONOUNS = {"he", "she", "they", "i", "we", "you", "it"}


DETS = {"a", "an", "the", "one", "many", "some", "several", "two", "three", "four", "five", "most", "other",
         "another", "his", "her", "their", "its", "our", "my", "your", "both", "few", "all", "these", "those",
         "that", "this", "each", "any", "numerous", "multiple", "various"}
# (an Arabic family name with its article: "al-Hassan", "el-Sisi", "bin Salman" is two tokens, "bin" a particle)
_ARTICLES = r"(?:al|el|ad|as|ash|at|az|an|ar|abd|ibn|bin)-"
NAME_TOK = rf"(?:[A-Z][\w’'.\-]*|[A-Z]\.|{_ARTICLES}[A-Z][\w’'.\-]*|[a-z][A-Z][a-z][\w’'.\-]*)"  # ("iFixit", "eBay")
_ARTICLED = lazy_re(_ARTICLES + "[A-Z]")
CONNECT = r"(?:of|for|the|and|de|da|van|von|der|al|bin|la|le|del|du|on)"
# (a run starts at a word's start: "iFixit said" names no "Fixit")
NAME_END = lazy_re(rf"(?<![a-z0-9])((?:{NAME_TOK}\s+(?:{CONNECT}\s+)*)*{NAME_TOK})$")
NAME_START = lazy_re(rf"^((?:{NAME_TOK}\s+(?:{CONNECT}\s+)*)*{NAME_TOK})")
NAME_MENTION = lazy_re(rf"\b(?:{NAME_TOK}\s+(?:(?:de|da|van|von|der|al|bin|la|le|del|du)\s+)?)+{NAME_TOK}")
TOKEN = lazy_re(r"[\w’'.\-]+")
SPACES = lazy_re(r"\s*")
NOT_NAME_START = {"the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "as", "after",
                   "before", "since", "for", "from", "with", "by", "to", "of", "this", "that", "these", "those", "it",
                   "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "my", "there", "here", "why",
                   "what", "how", "who", "where", "yes", "no", "mr", "mrs", "ms", "so", "then", "now", "still", "also",
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "according", "however", "meanwhile", "speaking", "asked", "last", "next",
                   "say", "read", "watch", "see", "click",  # imperatives opening a sentence ("Say Mexico demanded …")
                   "although", "though", "because", "earlier", "later", "neither", "nor", "either", "regarding",
                   "yet", "unlike", "despite", "whether", "unless", "until", "once", "instead", "perhaps", "even",
                   "only", "just", "both", "every", "each", "such", "like", "rival", "dear", "thanks", "including",
                   # auxiliaries opening a question ("Would Adam Schiff have pleaded …?"); not "will", "can"
                   "would", "could", "should", "did", "does", "do", "is", "was", "were", "are", "has", "have",
                   "had", "shall", "might", "must"}


_HONORIFICS = {"mr", "mrs", "ms", "miss"}


@dataclass
class Mention:
    """A naming of someone in a paragraph (local offsets) and who it resolves to."""

    text: str
    para: int
    start: int
    end: int
    pid: str | None = None


@dataclass
class PeopleState:
    people: dict[str, Person] = field(default_factory=dict)
    by_org_name: dict[str, str] = field(default_factory=dict)  # organisation, group or source name -> id
    same_surname: dict[str, list[str]] = field(default_factory=dict)  # surname -> every person bearing it
    mentions: list[Mention] = field(default_factory=list)  # named persons in text order
    keys: list[tuple[int, int]] = field(default_factory=list)  # (paragraph, start) of each mention, for bisection
    last_speaker: str | None = None
    last_speaker_para: int = -10
    last_naming: tuple | None = None  # (person id, naming, paragraph, start, end) of the last attributed quote
    described: dict[str, set[str]] = field(default_factory=dict)  # person id -> role and appositive head nouns
    gender: dict[str, str] = field(default_factory=dict)  # person id -> "m" | "f", from given name or honorific
    masked: dict[int, str] = field(default_factory=dict)  # paragraph -> its text with quotations masked
    texts: dict[int, str] = field(default_factory=dict)  # paragraph -> its text as written (a naming's words)
    named: dict[str, tuple[int, int]] = field(default_factory=dict)  # person id -> (mentions so far, last one)
    org_mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (paragraph, start, name) in text order
    common: frozenset[str] = frozenset()  # words the article writes in lower case: common words, not names
    apart: set[str] = field(default_factory=set)  # relatives named by the surname's bearer ("X, Trump’s daughter")


def titles() -> frozenset[str]:
    return words("titles.txt")


_PARTICLES = frozenset({"al", "bin", "de", "da", "van", "von", "der", "la", "le", "del"})


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """What may stand before a name as its role: titles, and the nouns that describe a person
    ("researcher Amy Lin", "lead author Mary Fox")."""
    return titles() | words("person_nouns.txt")


def slug(text: str) -> str:
    """An XML id from a name, its accents dropped ("Sofía Martín" -> "sofia-martin", not "sof-a-mart-n")."""
    folded = "".join(c if c.isascii() else unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode() or "-"
                     for c in text)
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if not s or not s[0].isalpha():
        s = "p-" + s
    return s[:48].strip("-") or "p"


def split_role(name: str) -> tuple[str, str | None]:
    """'Russian President Vladimir Putin' -> ('Vladimir Putin', 'Russian President').

    The name is the run of up to four capitalised words at the end that crosses no
    title word and no "of"/"for" ("U.N. High Commissioner for Human Rights Zeid Ra'ad
    Al Hussein" -> "Zeid Ra'ad Al Hussein"); a lower-case description before two or more
    name words is a role too ("planetary geologist Rosaly Lopes").
    """
    toks = name.split()
    title_words, roles = titles(), role_words()

    def capital(t: str) -> bool:
        return t[:1].isupper() or t.lower() in _PARTICLES or _ARTICLED.match(t) is not None

    tail = len(toks)
    while tail > 2 and toks[tail - 1].lower().rstrip(".,") in title_words:
        tail -= 1
    if 2 <= tail <= 3 and tail < len(toks) and toks[0].lower() in given_names() and all(capital(t) for t in toks[:tail]):
        # "Peter Salama Executive Director": a given name, a surname, then the title written after them
        return " ".join(toks[:tail]), " ".join(toks[tail:])

    described = len(toks) >= 3 and capital(toks[-1]) and capital(toks[-2]) and \
        not all(capital(t) or t.lower() in DETS for t in toks[:-2])
    if not described and not any(t.lower().rstrip(".,").split("-")[0] in roles for t in toks[:-1]):
        return name, None
    i = len(toks)
    while i > 0 and len(toks) - i < 4:
        t = toks[i - 1]
        low = t.lower().rstrip(".,")
        titled = low in title_words or low.split("-")[0] in title_words
        if titled and i == len(toks) and i >= 2 and capital(toks[i - 2]) and \
                toks[i - 2].lower().rstrip(".,") not in roles:
            titled = False  # a surname that is also a title ("Patty Judge")
        if titled or low in {"of", "for", "the", "and"} or (low in roles and len(toks) - i >= 2) or not capital(t):
            break  # a describing noun ends the name only before two name words ("Masayoshi Son" keeps its Son)
        i -= 1
    if i == len(toks):
        return name, None
    if i > 0 and toks[i - 1].lower() in {"of", "for", "the"} and len(toks) - i >= 3:
        # "Secretary of State John Kerry", "Chief of Staff Reince Priebus": the title's object is no part of
        # the name, which starts at its given name, else is the last two words
        i = next((j for j in range(i, len(toks) - 1) if toks[j].lower() in given_names()), len(toks) - 2)
    return " ".join(toks[i:]), (" ".join(toks[:i]) or None)


def is_org(name: str) -> bool:
    low = name.lower().rstrip(".")
    if low.removeprefix("the ") in words("places.txt"):
        return True  # "China said": a government, not a person
    orgs = organization_words()
    person, role = split_role(name)
    if role and len(person.split()) >= 2 and not role.endswith((" of", " for")) and \
            not any(t in orgs for t in person.lower().split()):
        return False  # "White House Press Secretary Stephanie Grisham": a titled person, not the House (but "the
        # Association of Flight Attendants" is no "Flight Attendants" titled "the Association of", nor "the Syrian
        # Observatory for Human Rights" a "Human Rights" titled "the Syrian Observatory for")
    if low in orgs or low.removeprefix("the ") in orgs or low in words("companies.txt"):
        return True  # ("General Electric": a company, not Mr. Electric with the title General)
    who, of, body = name.partition(" of ")
    if of and 2 <= len(who.split()) <= 3 and all(w[:1].isupper() and w.lower() not in orgs for w in who.split()) and \
            any(t in orgs for t in body.lower().split()):
        return False  # "Jane Roe of Human Rights Watch": someone of a body
    toks = low.split()
    words_ = name.split()
    if any(t in orgs for t in toks[1:]) or (len(toks) > 1 and toks[0] == "the" and words_[1][:1].isupper()) or \
            (len(toks) > 2 and toks[0] in orgs and toks[1] == "of"):  # "Bank of America", "University of Michigan"
        return True
    return bool(re.fullmatch(r"[A-Z]{2,12}|(?:[A-Z]\.){2,4}", name.strip()))  # ("NATO", "POLITICO")


def surname(name: str) -> str:
    toks = [t for t in name.split() if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii", "iv"}]
    return re.sub(r"[’']s?$", "", toks[-1]).lower() if toks else name.lower()


def _gender_of(naming: str) -> str | None:
    """"Mr. Hale", "Congresswoman Roe", "Jane Roe": the first word that tells, if any."""
    return next((genders()[w] for w in (t.lower().rstrip(".,") for t in naming.split()) if w in genders()), None)


def _given(name: str) -> str | None:
    """The given name of a full name when it is a known one ("Bill" of "Bill Clinton", from first_names.txt),
    None for a bare surname or a naming whose first word may be anything ("Stated Stone", "Although Rubio")."""
    toks = [t for t in name.split() if t.lower().rstrip(".") not in _HONORIFICS]
    if len(toks) < 2:
        return None
    first = toks[0].rstrip(".").lower()
    return first if first in given_names() or len(first) == 1 else None


def _same_given(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _same_person(st: PeopleState, key: str, name: str, gender: str | None, apart: bool = False) -> str | None:
    """Which person bearing this surname a naming is: "Bill Clinton" and "Hillary Clinton" are two; a bare
    "Clinton" or "Mrs. Clinton" is the one of that gender, else the one named most."""
    cands = st.same_surname.get(key, [])
    if not cands:
        return None
    given = _given(name)
    if given:
        same = [c for c in cands if (g := _given(st.people[c].name)) and _same_given(g, given)]
        if same:
            return same[0]
        if apart:
            return None
        bare = [c for c in cands if not _given(st.people[c].name) and st.gender.get(c) in (None, gender or st.gender.get(c))]
        return bare[0] if bare else None  # a new given name: someone new, unless only "Clinton" was known
    cands = [c for c in cands if c not in st.apart] or cands  # a bare surname is not the relative
    fits = [c for c in cands if gender is None or st.gender.get(c) in (None, gender)] or cands
    known = [c for c in fits if gender is not None and st.gender.get(c) == gender]
    fits = known or fits
    if len(fits) > 1:  # the one the article names most ("Mr. Trump" is Donald, not Fred), then the latest
        return max(fits, key=lambda c: st.named.get(c, (0, -1)))
    return fits[0]


def lookup_surname(st: PeopleState, key: str) -> str | None:
    """The person a bare surname stands for now: of those bearing it, the one named most."""
    return _same_person(st, key, key, None) if key in st.same_surname else None


_TWO_NAMES = lazy_re(r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)*\s+and\s+[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)*")


_BORN = lazy_re(r"^(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*-born\s+(?=[A-Z])")
_THINGS = frozenset({"act", "bill", "law", "plan", "report", "program", "programme", "policy", "amendment", "treaty",
                     "agreement", "deal", "initiative", "project", "fund", "award", "prize", "index", "city", "county",
                     "war", "era", "crisis", "doctrine", "revolution"})
_OWNER_THEN = lazy_re(r"^([A-Z][^’']*?)(?:[’']s|(?<=s)[’'])\s+(.+)$")


def _looks_personal(st: PeopleState, name: str) -> bool:
    """One side of "X and Y": a person when it opens on a given name or a title, or is someone known by surname
    (not "Immigration Services", "Chicago-based AbbVie", "South Carolina")."""
    toks = name.split()
    first = toks[0].lower().rstrip(".")
    return first in given_names() or first in titles() or (len(toks) == 1 and surname(first) in st.same_surname)


def register(st: PeopleState, text: str, kind: str = "person", apart: bool = False) -> Person:
    """Find or create the person a naming refers to; names merge by surname, except a relative described by
    the surname's bearer (`apart`: "Ivanka Trump, Trump’s eldest daughter"), who is someone else."""
    clean = re.sub(r"[’']s$|(?<=s)[’']$", "", text.strip().rstrip(",."))  # ("Letitia James' office")
    if kind == "person" and _TWO_NAMES.fullmatch(clean):
        kind = "group"  # "Vindman and Williams said": two people, each listed when named in full or known
        halves = re.split(r"\s+and\s+", clean)
        for i, half in enumerate(halves):
            other = halves[1 - i].split()
            if " " not in half and half.lower() in given_names() and len(other) >= 2:
                half = f"{half} {other[-1]}"  # "David and Jeanne Heidler": David Heidler
            if _looks_personal(st, half):
                register(st, half)
    if kind == "person":
        clean = _BORN.sub("", clean)  # "South Korean-born Monte Haines": where he was born is no part of the name
        owner = _OWNER_THEN.match(clean)
        if owner:  # "Gallup’s Jeffrey M. Jones": the person after the possessive; "Obama’s Affordable Care Act": a thing
            toks = owner.group(2).split()
            personal = 2 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks) and not is_org(owner.group(2)) \
                and owner.group(2).lower() not in words("places.txt") and toks[-1].lower() not in _THINGS
            if personal:
                clean = owner.group(2)
            else:
                kind = "anonymous"
    if kind in ("group", "anonymous"):
        pid = slug(re.sub(r"^(?:a|an|the|one|many|some|several)\s+", "", clean, flags=re.I))
        if pid not in st.people:
            st.people[pid] = Person(pid, clean, kind)
        p = st.people[pid]
        if clean not in p.mentions:
            p.mentions.append(clean)
        return p
    if kind == "person" and " of " in clean:
        head = clean.split(" of ", 1)[0]
        last = head.split()[-1] if head.split() else ""
        if last[:1].isupper() and last.lower().rstrip(".") not in titles() and \
                not all(w.lower().rstrip(".") in role_words() for w in head.split()):
            clean = head  # "Mayor Rosa Delgado of Port Landing" -> "Mayor Rosa Delgado"
            # (not "Deputy Director of Public Prosecution Eva-Marie Persson": a role, then the name)
    name, role = split_role(clean) if kind == "person" else (clean, None)
    # ("A Russian Defence Ministry" is the ministry; "a paper published in …" keeps its article)
    if kind == "organization":  # ("the Britain-based Observatory" is the Observatory: where it sits is no name)
        # (a body named by a common noun keeps its article, in lower case: "the union", not "union")
        name = re.sub(r"^(?:[Tt][Hh][Ee]\s+(?=(?:[a-z][\w’'-]*\s+){0,2}[A-Z\d])|[Aa][Nn]?\s+(?=[A-Z]))", "", name)
        name = re.sub(r"^(?:The|An?)(?=\s)", lambda m: m.group().lower(), name)
        name = re.sub(r"^[A-Z][\w.’'-]*-based\s+(?=[A-Z])", "", name)
    key = surname(name)
    gender = _gender_of(clean) if kind == "person" else None
    pid = _same_person(st, key, name, gender, apart) if kind == "person" else \
        st.by_org_name.get(name.lower()) or _named_by_head(st, name)
    if pid is None:
        pid = slug(re.sub(r"^the\s+", "", name))  # ("the company": id "company", as a group's drops its article)
        base, n = pid, 2
        while pid in st.people:
            pid, n = f"{base}-{n}", n + 1
        st.people[pid] = Person(pid, name, kind, role)
        if kind == "person":
            st.same_surname.setdefault(key, []).append(pid)
            if apart:
                st.apart.add(pid)
        else:
            st.by_org_name[name.lower()] = pid
    p = st.people[pid]
    if kind == "person" and _fuller(name, p.name):
        p.name = name
    if gender and pid not in st.gender:
        st.gender[pid] = gender
    if role and not p.role:
        p.role = role
    if role:
        describe(st, pid, role)
    if clean not in p.mentions:
        p.mentions.append(clean)
    return p


def _named_by_head(st: PeopleState, name: str) -> str | None:
    """A body named by its head word alone ("the Observatory", "the Center") after its full name ("the Syrian
    Observatory for Human Rights", "the Center for Responsive Politics"): the last body so headed. Not "House"
    (the House is not the White House) nor a word that heads no body (organizations.txt)."""
    low = name.lower()
    if " " in name or low == "house" or low not in organization_words():
        return None
    found = None
    for full, pid in st.by_org_name.items():
        toks = full.split()
        link = next((k for k, t in enumerate(toks) if k and t in ("for", "of")), None)
        head = toks[link - 1] if link else toks[-1]  # the word before "for"/"of", else the last
        if head == low and len(toks) > 1:
            found = pid
    return found


def _fuller(name: str, than: str) -> bool:
    """The fullest form names the person, but a misread run never does ("Graham called both Trump")."""
    if is_name(name) != is_name(than):
        return is_name(name)
    return len(name.split()) > len(than.split())


# abbreviated titles and the nouns an epithet uses for them ("Sen. Bernie Sanders" ... "the Vermont senator")
_TITLE_NOUNS = {"sen": ("senator",), "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
                "gov": ("governor",), "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",),
                "capt": ("captain",), "sgt": ("sergeant",), "adm": ("admiral",), "prof": ("professor",),
                "dr": ("doctor",), "atty": ("attorney",), "senator": ("senator", "lawmaker"),
                "congressman": ("congressman", "lawmaker"), "congresswoman": ("congresswoman", "lawmaker"),
                "president-elect": ("president-elect", "president"), "candidate": ("candidate", "nominee")}


def describe(st: PeopleState, pid: str, words_: str) -> None:
    """Remember the words a person was described by ("Mayor", "a lawyer for the city"), so that a later
    epithet ("the mayor", "the lawyer") finds them."""
    got = st.described.setdefault(pid, set())
    for w in words_.split():
        w = w.lower().rstrip(".,")
        got.update(_TITLE_NOUNS.get(w, (w,)))


# "Maria Diaz, a lawyer for the city," / "A lawyer for the city, Maria Diaz,": a description beside a name;
# led by an article, a possessive pronoun or a named possessor ("Trump’s incoming envoy, Keith Kellogg")
_POSSESSOR = r"[A-Z][\w.&-]*[’']s"
_INITIALS = r"\b[A-Z]\.(?:[A-Z]\.)+"  # "a U.S. Army officer": the initials' stops end no description
_APPOSITIVE_AFTER = lazy_re(r",\s+(?P<det>a|an|the|his|her|its|their|another|one|" + _POSSESSOR + r")\s+"
                            r"(?P<desc>(?:" + _INITIALS + r"|[^,;.“”\"()]){2,60}?)"
                            r"(?=\s+(?:for|of|at|with|in|from|on|to|who|and|since|until)\b|\s*[,;.)]|\s*$)")
# "Mark Doe, cabinet member for transport,": a role with no article, in lower case, set off on both sides
_BARE_APPOSITIVE = lazy_re(r",\s+(?P<det>)(?!(?:who|whose|whom|which|where|when|while|and|or|but|as|like|such|says|"
                           r"said|including|both|all|each|now|then|also|too|not|was|is|were|are|has|have|had|will|"
                           r"would|can|could)\b)(?P<desc>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
                           r"(?=(?:\s+(?:for|of|at|in|on|to)\s+[^,;.“”\"()]{1,50})?,)")
_BEFORE_DET = r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]nother|[Oo]ne|" + _POSSESSOR + ")"
_DET_STARTS = lazy_re(r"(?:^|(?<=[\s(]))" + _BEFORE_DET + r"\s")
_APPOSITIVE_BEFORE = lazy_re(r"(?P<det>" + _BEFORE_DET + r")\s+(?P<desc>(?:" + _INITIALS + r"|[^,;.“”\"()—–]){2,60}?)"
                             r"(?:\s+(?:for|of|at|with|in|from)\s+[^,;.“”\"()—–]{1,50})?,\s+$")


def _appositive_before(masked: str, at: int) -> tuple[re.Match | None, str | None]:
    """The description just before a name ending at `at`, from the nearest determiner that gives one
    ("a public attack on the president’s housing secretary, Julián Castro": the secretary)."""
    if not masked[max(0, at - 3):at].rstrip().endswith(","):
        return None, None  # (an appositive before a name ends in a comma right before it: most names have none)
    lo = max(0, at - 120)
    for start in reversed([d.start() for d in _DET_STARTS.finditer(masked, lo, at)]):
        m = _APPOSITIVE_BEFORE.match(masked, start, at)
        desc = _descriptor(m.group("desc") if m else None)
        if desc:
            return m, desc
    return None, None


# where an appositive after a name ends: its closing punctuation, or a clause that is no part of it
_APPOSITIVE_CLOSE = lazy_re(r"\s*(?:[,;:)—–]|--|\.(?=[\s'’”\"]|$)|$)|\s+(?:(?:who|whom|whose|which|that|said|says|told|added|"
                            r"has|have|had|is|was|were|will|would)\b|and\s+(?:a|an|the)\s)")
_SET_OFF = lazy_re(r"(?:\s*\([^()]{1,30}\))?\s*(?:[,.;:]|$)")
_LEADING_DET = lazy_re(r"^(?:The|A|An|His|Her|Its|Their|Another|One)\s")
_INITIALS_END = lazy_re(r"(?:[A-Z]\.)*[A-Z]")
APPOSITIVE_CHARS = 100  # a longer run is no appositive ("a lawyer … who …" cut nowhere)


def _own_possessor(m: re.Match, name: str) -> bool:
    """Is the appositive's possessor the name's own surname ("Ivanka Trump, Trump’s daughter")?"""
    return re.sub(r"[’']s$", "", m.group("det")).lower() == surname(name)


def _after_phrase(masked: str, after: re.Match) -> str | None:
    """The whole appositive after a name as written ("a lawyer for the city"), up to what closes it; a full
    stop after an abbreviation or initials ("in Mr. Obama’s", "a U.S. Army officer") closes nothing."""
    start = after.start("det")
    for close in _APPOSITIVE_CLOSE.finditer(masked, after.end("desc")):
        if close.start() > start + APPOSITIVE_CHARS:
            return None
        if close.group().strip() == ".":
            word = masked[start:close.start()].rsplit(None, 1)[-1]
            if word.lower() in words("abbreviations.txt") or _INITIALS_END.fullmatch(word):
                continue
        return masked[start:close.start()]
    return None


def _before_phrase(masked: str, before: re.Match) -> str:
    """The whole appositive before a name, from its last determiner ("The company’s chief executive" -> "the
    company’s chief executive"; "the group and its leader" -> "its leader")."""
    phrase = masked[before.start("det"):masked.rindex(",", before.start("det"), before.end())]
    phrase = re.split(r"\s+(?:and|or)\s+(?=(?:a|an|the|his|her|its|their)\s)", phrase)[-1]
    return _LEADING_DET.sub(lambda m: m.group().lower(), phrase)


def note_description(st: PeopleState, pid: str, phrase: str | None) -> None:
    """Keep an appositive for the person's record (the first three, each once; none holding a quotation)."""
    p = st.people.get(pid)
    if not phrase or p is None or p.kind != "person" or re.search(r"[“”\"‘]|\bxx", phrase):
        return
    phrase = phrase.strip()
    if len(p.descriptions) < 3 and phrase.lower() not in (d.lower() for d in p.descriptions):
        p.descriptions.append(phrase)


def _descriptor(desc: str | None) -> str | None:
    """The description when its head noun names a person ("veteran lawyer" yes, "town hall event" no)."""
    if not desc:
        return None
    head = desc.split()[-1]
    return desc if head.islower() and head in words("person_nouns.txt") else None


_CONTRACTION = lazy_re(r"[’'](?:s|d|ll|re|ve|m)$")


def uncontracted(word: str) -> str:
    """The word in lower case without a contracted verb ("Here’s" -> "here", "He’s" -> "he")."""
    return _CONTRACTION.sub("", word.lower())


def is_name(s: str) -> bool:
    toks = s.split()
    return bool(toks) and all(t[:1].isupper() or t.lower() in {"of", "for", "the", "and", "de", "van", "von", "al", "bin"}
                              or _ARTICLED.match(t) for t in toks) and uncontracted(toks[0]) not in NOT_NAME_START | PRONOUNS  # ("Here’s Google")


_SENTENCE_END_TOKEN = lazy_re(r"([\w’'\-]{2,})\.(?:\s+|$)")


@lru_cache(maxsize=None)
def _not_sentence_ends() -> frozenset[str]:
    return words("abbreviations.txt") | titles()


# function words a name never holds but a Title Case headline does ("Ben Carson Defends Himself Against …",
# "Republican Officeholders Who Endorse Trump Are Sellouts")
_HEADLINE_WORDS = frozenset({"In", "On", "To", "About", "Are", "Is", "A", "An", "For", "With", "Against", "Who", "That",
                             "At", "By", "From", "As", "Than", "Was", "Were", "Has", "Have", "Had", "Be", "Not",
                             "But", "Or", "Just", "Says", "Said", "Tells", "Got", "Gets", "His", "Her", "Their", "Its",
                             "Himself", "Herself", "This", "These", "Could", "Would", "Should", "Can", "After", "Before"})


def headline_case(text: str) -> bool:
    """A run of capitals that reads as a Title Case headline, not a name: four words or more, one of them
    (after the first) a capitalised function word."""
    toks = text.split()
    return len(toks) >= 4 and any(t in _HEADLINE_WORDS for t in toks[1:])


def _name_runs(masked: str):
    """NAME_MENTION matches, cut where a sentence ends inside one ("… Benjamin Netanyahu. Adelson said"):
    a token ending in a full stop that is no abbreviation ("Jr.", "Sen.") or initial ends the name."""
    for m in NAME_MENTION.finditer(masked):
        start = m.start()
        for cut in _SENTENCE_END_TOKEN.finditer(masked, m.start(), m.end()):
            if cut.group(1).lower() not in _not_sentence_ends():
                part = NAME_MENTION.fullmatch(masked, start, cut.end(1))
                if part:
                    yield part
                start = cut.end()
        rest = (NAME_MENTION.fullmatch(masked, start, m.end()) if start < m.end() else None) \
            if start != m.start() else m
        if rest:
            yield rest


# a finite verb after a sentence's opening name: the name is its subject
# common irregular past tenses ("The Florida senator sought to calm …", "Jane Roe came to the rally")
_IRREGULAR_PAST = (r"sought|took|made|gave|went|came|began|held|kept|met|brought|thought|felt|became|spent|won|ran|"
                   r"left|got|lost|sat|stood|saw|bought|found|knew|grew|led|sent|shook|fell|rose|drove|wore|threw|"
                   r"broke|chose|drew|flew|struck|swore|taught|understood|woke|sang|fought|caught|paid|sold|heard|"
                   r"meant|built|fled|slept|wept|hid|forgot|sank|withdrew|overcame|undertook|stuck|swung")
_SUBJECT_VERB = lazy_re(r"\s+(?:[a-z]+ly\s+)?(?:is|was|has|had|will|would|can|could|did|does|says|said|told|"
                        r"wrote|tweeted|added|spoke|" + _IRREGULAR_PAST + r"|"
                        r"lives|works|runs|owns|teaches|leads|heads|serves|[a-z]{3,}ed)\b")


# an aside about the name that opens a sentence ("Jane Roe, who restored the mill, …", "Jane Roe, a teacher, …")
_SUBJECT_ASIDE = lazy_re(r",\s+(?:who\s|an?\s|the\s|his\s|her\s|their\s)")


def _named_subject(masked: str, a: int, b: int, name: str) -> bool:
    """Does a sentence open on this name, led by a known given name and followed by its verb?"""
    toks = name.split()
    return len(toks) in (2, 3) and toks[0].lower() in given_names() and toks[-1].lower() not in words("groups.txt") and \
        (a == 0 or masked[:a].rstrip()[-1:] in ".!?") and \
        (_SUBJECT_VERB.match(masked, b) is not None or _SUBJECT_ASIDE.match(masked, b) is not None)


_PLURAL_TITLE = lazy_re(r"\b([A-Za-z]+)s\s+$")  # "Council members Dana Roe and Luis Doe", "Reps Jane Roe and …"
_AND_NAME_AFTER = lazy_re(r"\s+and\s+([A-Z][a-z’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
_NAME_AND_BEFORE = lazy_re(r"([A-Z][a-z’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+and\s+$")


def _named_pair(masked: str, a: int, b: int, name: str, title_words: frozenset[str]) -> bool:
    """One of two people each named by a known given name and a surname ("Dana Roe and Luis Doe"), after a plural
    title or opening the sentence before its verb: both are people, as one such name alone would be."""
    after = _AND_NAME_AFTER.match(masked, b)
    before = None if after else _NAME_AND_BEFORE.search(masked, max(0, a - 40), a)
    if not (after or before):
        return False
    first_at, other, end = (a, after.group(1), after.end()) if after else (before.start(1), before.group(1), b)
    if not all(len(h.split()) in (2, 3) and h.split()[0].lower() in given_names() for h in (name, other)):
        return False
    plural = _PLURAL_TITLE.search(masked, max(0, first_at - 30), first_at)
    return (plural is not None and plural.group(1).lower() in title_words) or \
        ((first_at == 0 or masked[:first_at].rstrip()[-1:] in ".!?") and _SUBJECT_VERB.match(masked, end) is not None)


# the words right before a name, up to four: a lower-case title and what qualifies it ("chief executive", "Republican
# presidential candidate", "Council member")
_WORDS_BEFORE = lazy_re(r"(?<![\w’'.-])((?:[A-Za-z][\w-]*\s+){0,3}[a-z][a-z-]+)\s+$")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The stop words of every language we read ("the", "le", "el", "der"): no part of a role."""
    return frozenset().union(*stopwords().values())


def _lower_title(before: str, title_words: frozenset[str]) -> str | None:
    """A role written in lower case before a name, as written, when its last word is a title: the words back to
    the first function word, verb or name ("said chief executive" -> "chief executive", "When Bush aide" -> "Bush
    aide" is kept, but not "When")."""
    m = _WORDS_BEFORE.search(before)
    if not m or m.group(1).split()[-1] not in title_words:
        return None
    ws = m.group(1).split()
    keep: list[str] = []
    for w in reversed(ws):
        low = w.lower()
        verbal = w.islower() and low.endswith(("ed", "ly", "ing")) and low not in title_words  # ("denouncing …")
        if low in _function_words() or low in COMMON_VERBS or low in NOT_NAME_START or verbal or \
                (w[:1].isupper() and low in given_names()) or low in speech_cues():
            break
        keep.append(w)
    return " ".join(reversed(keep)) or None


def collect_names(st: PeopleState, para: int, masked: str) -> None:
    """Register titled names ("President-elect Donald Trump") and known surnames as mentions."""
    title_words = titles()
    st.masked[para] = masked
    first = len(st.mentions)
    covered: list[tuple[int, int]] = []
    for m in _name_runs(masked):
        covered.append((m.start(), m.end()))
        if headline_case(m.group()):
            continue  # "America Ferrera Sent Donald Trump A Message About Latinos": a subhead
        toks = m.group().split()
        a = m.start()
        honorific = None
        while toks and uncontracted(toks[0].rstrip(".")) in NOT_NAME_START:
            honorific = toks[0] if toks[0].lower().rstrip(".") in _HONORIFICS else None
            a = masked.index(toks[0], a) + len(toks[0])
            a = SPACES.match(masked, a).end()
            toks = toks[1:]
        if len(toks) < 2:
            if toks and surname(toks[0]) in st.same_surname:
                pid = _same_person(st, surname(toks[0]), toks[0], _gender_of(honorific or ""))
                _mention(st, Mention(toks[0], para, a, a + len(toks[0]), pid))
            elif toks and honorific:  # "Ms. Lee", first named so: a person, of the honorific's gender
                p = register(st, f"{honorific} {toks[0]}")
                _mention(st, Mention(toks[0], para, a, a + len(toks[0]), p.id))
            continue
        text = " ".join(toks)
        titled = any(t.lower().rstrip(".").split("-")[0] in title_words for t in toks[:-1])
        before = masked[max(0, a - 60):a]
        lower_title = re.search(r"\b(?:former|retired|acting|incoming|outgoing|late)\s+$", before)
        if not lower_title:  # "Presidential candidate Donald Trump", "council member Priya Natarajan"
            prev = re.search(r"([A-Za-z][\w-]*)\s+$", before)
            if prev and prev.group(1).lower().split("-")[0] in title_words:
                titled = True
        if is_org(text):
            st.org_mentions.append((para, a, text))
            continue
        name, role = split_role(text)
        if all(t.lower().rstrip(".") in role_words() for t in name.split()):
            continue  # "Deputy Director", "Vice President", "Attorney General": a role, nobody named
        after = _APPOSITIVE_AFTER.match(masked, m.end()) or _BARE_APPOSITIVE.match(masked, m.end())
        apart = bool(after and _own_possessor(after, name))  # "Ivanka Trump, Trump’s eldest daughter": a
        # relative of the one the bare surname names
        desc = _descriptor(after.group("desc") if after else None)
        phrase = _after_phrase(masked, after) if desc and after else None
        if desc is None:  # (before a lower-case title: "Trump’s envoy, retired Lt. Gen. Keith Kellogg")
            at = a - len(lower_title.group()) if lower_title else a
            before_m, desc = _appositive_before(masked, at)
            apart = bool(before_m and _own_possessor(before_m, name))
            # set off on both sides ("the company’s chief, Jane Roe, said"), not a clause's opening phrase
            # ("In a takedown of the businessman, Sen. Bernie Sanders called …")
            phrase = _before_phrase(masked, before_m) if before_m and _SET_OFF.match(masked, m.end()) else None
        age = _AGE_AFTER.match(masked, m.end()) or _AGE_BEFORE.search(before)
        if not titled and not lower_title and desc is None and surname(name) not in st.same_surname and \
                not (age and name.split()[0].lower() in given_names()) and not _named_subject(masked, a, m.end(), name) \
                and not _named_pair(masked, a, m.end(), name, title_words):
            continue  # a run of capitals is a person when titled, described, already known or a sentence's
            # subject led by a given name ("George Zimmerman is selling …"; measured: taking every name led by
            # a known given name made the pronoun probe worse)
        if len(name.split()) < 2 and surname(name) not in st.same_surname:
            continue
        if _TWO_NAMES.fullmatch(text):  # "Ivana Jelić and Pavle Petrović, the designers, …": each of them
            pos = a
            for half in re.split(r"\s+and\s+", text):
                at = masked.find(half, pos)
                if at < 0:
                    break
                pos = at + len(half)
                if len(half.split()) >= 2 and not is_org(half) and "-based" not in half:
                    _mention(st, Mention(half, para, at, pos, register(st, half).id))
            continue
        full = (lower_title.group() if lower_title else "") + text
        p = register(st, full.strip(), apart=apart)
        if prev_title := (re.search(r"([A-Za-z][\w-]*)\s+$", before) if titled and role is None else None):
            describe(st, p.id, prev_title.group(1))  # "council member Tom Hale": a member
            if p.role is None:
                p.role = _lower_title(before, title_words)  # "chief executive Rosa Linden": her role, as written
        if desc:
            describe(st, p.id, desc)
            note_description(st, p.id, phrase)
        if age:  # "John Doe, 45," / "45-year-old John Doe": later "the 45-year-old"
            describe(st, p.id, f"{age.group(1)}-year-old")
        _mention(st, Mention(text, para, a, m.end(), p.id))
    for m in (_NICKNAMED.finditer(masked) if _SHORT_QUOTE.search(masked) else ()):
        if m.group(1).lower() in given_names() and not is_org(m.group(2)):
            # 'Juan "Chico" Roe', 'Joaquín "El Chapo" Guzmán': a person, named without the nickname
            p = register(st, f"{m.group(1)} {m.group(2)}")
            _mention(st, Mention(masked[m.start():m.end()], para, m.start(), m.end(), p.id))
            covered.append((m.start(), m.end()))
    companies = [(para, m.start(), m.group().rstrip(".,")) for m in _COMPANY_NAME.finditer(masked)]
    if companies:  # "Novartis AG", "Acme Corp.": a company, whatever else it is called (kept in text order)
        st.org_mentions.extend(companies)
        st.org_mentions.sort(key=lambda o: (o[0], o[1]))
    # a known surname on its own ("Price, who took over last year, said …"): a mention of that person
    covered_starts = [x for x, _ in covered]
    for w in _CAP_WORD.finditer(masked) if st.same_surname else ():
        key = w.group().lower()
        key = key[:-2] if key.endswith(("’s", "'s")) else key
        if key not in st.same_surname:
            continue
        pid = lookup_surname(st, key)
        p = st.people.get(pid or "")
        k = bisect.bisect_right(covered_starts, w.start()) - 1  # the name run that may cover this word
        if p and p.kind == "person" and len(p.name.split()) >= 2 and _CLEAN_NAME.fullmatch(p.name) and \
                w.group().lower() not in NOT_NAME_START and not (k >= 0 and w.start() < covered[k][1]):
            _mention(st, Mention(w.group(), para, w.start(), w.end(), pid))
            after = _APPOSITIVE_AFTER.match(masked, w.end())
            desc = _descriptor(after.group("desc") if after else None)
            if desc:  # "Kyle, an award-winning lawyer, also said …"
                describe(st, p.id, desc)
                note_description(st, p.id, _after_phrase(masked, after) if after else None)
    st.mentions[first:] = sorted(st.mentions[first:], key=lambda m: m.start)
    st.keys[first:] = [(m.para, m.start) for m in st.mentions[first:]]


# a given name, a nickname in quotation marks (masked), a surname: 'Juan "Chico" Roe' (looked for only in a
# paragraph with a short quotation between capitals: the search for the name is the slower one)
_SHORT_QUOTE = lazy_re(r"(?<=\w\s)[“\"‘]x[x ]{0,29}[”\"’],?\s+[A-Z]")
_NICKNAMED = lazy_re(r"\b([A-Z][\w'’-]+)\s+[“\"‘][x ]{1,30}[”\"’],?\s+([A-Z][\w'’-]+(?:\s+(?:Jr\.|Sr\.|[A-Z][\w'’-]+))?)")
_CLEAN_NAME = lazy_re(r"[A-Z][\w’'\-]*\.?(?: (?:[A-Z]\.|[A-Z][\w’'\-]+|de|da|van|von|der|al|bin|la|le|del|du))+")
_CAP_WORD = lazy_re(r"\b[A-Z][\w’'\-]+")
def _someone(p: Person) -> bool:
    """Could "he" or "she" stand for this entry? A name ("Tom Hale", not "Romney went after Trump" or
    "Trump. Republicans") or a description of a person ("a senior analyst", not "the trip")."""
    if p.kind == "person":
        single = len(p.name.split()) == 1 and p.name[:1].isupper() and p.name.lower() not in _NOT_SURNAMES and \
            not (p.name.endswith("s") and p.name.lower() in words("groups.txt") | _PLURAL_PEOPLE)
        return bool(_CLEAN_NAME.fullmatch(p.name) or single)
    if p.kind == "anonymous":
        head = p.name.split()[-1].lower() if p.name.split() else ""
        return head in words("person_nouns.txt")
    return False


# single capitalised words the speaker rules sometimes take for a name ("Read the latest …", "Miss …")
_NOT_SURNAMES = {"read", "miss", "say", "others", "other", "some", "many", "most", "all", "both", "each", "every",
                 "politicians", "republicans", "democrats", "officials", "critics", "supporters", "voters"}
_PLURAL_PEOPLE = {"politicians", "republicans", "democrats", "conservatives", "liberals", "others"}


def _mention(st: PeopleState, m: Mention) -> None:
    st.mentions.append(m)
    st.keys.append((m.para, m.start))
    n, _ = st.named.get(m.pid or "", (0, 0))
    st.named[m.pid or ""] = (n + 1, len(st.mentions))


def _paragraph_mentions(st: PeopleState, para: int, before: int | None) -> list[Mention]:
    """The resolved mentions of one paragraph (before an offset), in order, found by bisection."""
    lo = bisect.bisect_left(st.keys, (para, -1))
    hi = bisect.bisect_left(st.keys, (para, before) if before is not None else (para + 1, -1))
    return [m for m in st.mentions[lo:hi] if m.pid]


_PRONOUN_OPENS = lazy_re(r"\s*(?:He|She)\b")
_SENTENCE_GAP = lazy_re(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)[.!?][”\"’]?\s")  # (not "Mr. Romney")


# a sentence opening on a subordinate clause ("When a reporter asked Trump if …, Trump deflected."): its first
# naming is not its subject, nor the one who goes on speaking
SUBORDINATE_OPENER = lazy_re(r"\s*(?:When|After|As|While|Before|If|Although|Though|Because|Since|Once|Until|Unless)\b")


def in_subordinate_opener(text: str, sa: int, sb: int, pos: int) -> bool:
    """Does `pos` lie in the subordinate clause a sentence [sa, sb) opens on, before the comma that ends it?"""
    if not SUBORDINATE_OPENER.match(text, sa):
        return False
    comma = text.find(",", sa, sb)
    return comma >= pos


SENTENCE_REACH = 2000  # characters looked back for a sentence's start: a record on one line must stay linear


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last sentence end before it)."""
    lo = max(0, pos - SENTENCE_REACH)
    gaps = [g.end() for g in _SENTENCE_GAP.finditer(text, lo, pos)]
    return gaps[-1] if gaps else lo


# a sentence opening on a participle's phrase ("Pressed by Mr. Stephanopoulos, Mr. Trump said …")
_PARTICIPLE_OPENER = lazy_re(r"\s*[A-Z][a-z]{2,}(?:ed|ing)\b(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Sgt)\.|"
                             r"\b[A-Z]\.|[^,.;:“”\"]){0,80},")  # (a title's stop: "Pressed by Mr. Roe,")
# a possessor and its appositive ("Clinton's spokesman, Brian Fallon, presented …"): the appositive is the subject
_POSSESSOR_THEN = lazy_re(r"[’']s\s+[a-z][\w\s-]{0,40},\s+")


def _main_clause_subject(text: str, local: list[Mention], pick: int) -> Mention:
    """The first naming of a sentence is its subject, unless the sentence opens on a subordinate clause
    ("When an NBC reporter later asked Trump if …, Trump deflected.") or a participle's phrase ("Pressed by
    Mr. Stephanopoulos, Mr. Trump said …"): then the first naming after its comma; and a possessor is not
    the subject of its appositive ("Clinton's spokesman, Brian Fallon, presented …")."""
    first = local[pick]
    start = _sentence_start(text, first.start)
    participle = _PARTICIPLE_OPENER.match(text, start)
    if participle and first.start < participle.end():
        return next((m for m in local[pick + 1:] if m.start >= participle.end()), first)
    if SUBORDINATE_OPENER.match(text, start, first.start):
        for m in local[pick + 1:]:
            if text[:m.start].rstrip().endswith(","):
                return m
        return first
    nxt = local[pick + 1] if pick + 1 < len(local) else None
    if nxt is not None and _POSSESSOR_THEN.fullmatch(text, first.end, nxt.start):
        return nxt
    return first


def _sentence_first(text: str, local: list[Mention], last: int) -> int:
    """Index of the first of `local` in the sentence that holds local[last]."""
    pick = last
    while pick > 0 and not _SENTENCE_GAP.search(text, local[pick - 1].end, local[pick].start):
        pick -= 1
    return pick


def resolve_pronoun(st: PeopleState, para: int, masked: str, sa: int, pos: int, word: str) -> str | None:
    """Pronoun or epithet -> a person: the sentence subject, else the last speaker, else the last named person."""
    word = word.lower()
    if word == "it":  # an organisation named just before ("the Budget Office … it thought"), never a person
        earlier = [o for o in st.org_mentions if o[0] < para or (o[0] == para and o[1] < pos)]
        return register(st, earlier[-1][2], "organization").id if earlier and para - earlier[-1][0] <= 1 else None
    group = word in {"they", "we"}
    clash = {"he": "f", "she": "m"}.get(word)  # a person known to be the other gender is not this pronoun

    def agrees(pid: str) -> bool:
        return clash is None or (st.gender.get(pid) != clash and _someone(st.people[pid]))

    # the first naming in this sentence before the pronoun: its subject
    lo, hi = bisect.bisect_left(st.keys, (para, sa)), bisect.bisect_left(st.keys, (para, pos))
    named = [m for m in st.mentions[lo:hi] if m.pid and agrees(m.pid)]
    first = _main_clause_subject(masked, named, 0) if named else None
    if first is not None:
        p = st.people[first.pid]
        if (p.kind == "group") == group and p.kind != "organization":
            return first.pid
    if st.last_speaker_para < para and not group:
        # the last speaker spoke in an earlier paragraph, and this one (or, when it names nobody before the
        # pronoun, the one before it) has named someone since: the subject of its latest sentence that names
        # anyone ("Her rival, Tom Hale, was unimpressed. “…,” he said.")
        local = _paragraph_mentions(st, para, sa)
        text = masked
        if not local and st.last_speaker_para < para - 1:
            local = _paragraph_mentions(st, para - 1, None)
            text = st.masked.get(para - 1, "")
        if local:
            last = len(local) - 1
            while True:
                pick = _sentence_first(text, local, last)
                if pick > 0 and _PRONOUN_OPENS.match(text, _sentence_start(text, local[pick].start)):
                    last = pick - 1  # "He had protested Trump …": its subject is someone named before
                    continue
                break
            m = _main_clause_subject(text, local, pick)
            if agrees(m.pid) and st.people[m.pid].kind in ("person", "anonymous"):
                return m.pid
    if st.last_speaker_para == para and not group and st.last_naming is not None and st.last_naming[2] == para:
        # the last speaker spoke in this paragraph, and a sentence since has another person for its subject:
        # "“…,” said Paul Roe. John Doe disagreed. “…,” he said." (Doe, the nearer subject, speaks)
        since = [m for m in _paragraph_mentions(st, para, sa) if m.start >= st.last_naming[4]]
        if since:
            m = _main_clause_subject(masked, since, _sentence_first(masked, since, len(since) - 1))
            starts = _sentence_start(masked, m.start)
            if m.pid != st.last_speaker and agrees(m.pid) and st.people[m.pid].kind == "person" and \
                    starts >= st.last_naming[4] and m.start - starts <= 2:
                return m.pid
    if st.last_speaker and para - st.last_speaker_para <= 2 and agrees(st.last_speaker):
        p = st.people[st.last_speaker]
        if (p.kind == "group") == group and (p.kind != "organization" or word in ("it", "we", "they")):
            return st.last_speaker  # "he"/"she" is never an organisation
    for m in reversed(st.mentions[-200:]):
        if (m.para < para or m.start < pos) and m.pid and agrees(m.pid):
            p = st.people[m.pid]
            if (p.kind == "group") == group and (p.kind != "organization" or clash is None):
                return m.pid  # ("she" is never the organisation named last)
    return None


# heads of epithets that stand for an organisation ("the group said")
MEDIA_NOUNS = frozenset({"newspaper", "magazine", "website", "outlet", "broadcaster"})  # ("the website": often a
# site the story describes, not the body named last)
ORG_HEADS = {"group", "organization", "organisation", "company", "agency", "firm", "association", "coalition",
             "alliance", "union", "ministry", "department", "committee", "campaign", "foundation", "institute",
             "federation", "league", "network", "charity", "council", "board", "bank"}


_PARTICIPLE_AFTER_DOCUMENT = lazy_re(r"\b(?:document|documents|poll|report|article|lawsuit|complaint|study|survey|"
                                     r"memo|letter|filing|book|audit|review|analysis|transcript|indictment)\s+"
                                     r"(?:[a-z]+ly\s+)?[a-z]+ed\b")
DOCUMENTS = {"records", "record", "data", "figures", "documents", "document", "reports", "report", "polls", "poll",
              "surveys", "survey", "studies", "study", "statistics", "numbers", "estimates", "filings", "filing",
              "results", "analysis", "research", "emails", "memo", "letter", "statement", "records.", "findings",
              "tweets", "tweet", "posts", "messages", "questions", "signs", "indications", "projections",
              "consultation", "consultations", "audit", "audits", "census", "assessment", "assessments", "forecast",
              "forecasts"}
PARTY_MEMBER = frozenset({"republican", "democrat", "independent", "libertarian"})
# heads of epithets that stand for a person ("the lawyer", "the former reality-show star", "the businessman")
# the prepositions after a description's head noun ("a spokeswoman for the union", "the exit polls in Iowa")
OF_WORDS = frozenset({"for", "of", "at", "with", "from", "in", "on", "to"})
# a verb inside a naming shows it is a clause: an auxiliary, or a past tense after a name
_CLAUSE_MARK = lazy_re(r"\b(?:has|have|had|is|are|was|were|will|would|did|does|being|" + _IRREGULAR_PAST + r")\b|"
                       r"[A-Z][\w’']+\s+(?:\w+ly\s+)?[a-z]+ed\b(?!\s+[a-z]+s$)|"  # (not "Democratic registered voters")
                       # a phrase cut off before its noun or clause ("the city embodied the", "an interview
                       # aired on Monday when")
                       r"\s(?:the|a|an|and|or|when|what|that|which|his|her|their|its)$")
_POSSESSED = lazy_re(r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s\s+[a-z]")
_AGE_AFTER = lazy_re(r",\s*(\d{1,3})(?:,|\.(?=\s|$))")
_AGE_BEFORE = lazy_re(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
PERSON_HEAD = lazy_re(r"(?:er|or|ist|ian|ant|ent|man|woman|person|star|official|leader|chief|aide|nominee|year-old|"
                       r"candidate|senator|president|governor|mayor|secretary|minister|actress|host|rep|sen|clerk|judge|"
                       r"attorney|expert|veteran|source|witness|activist|advocate|diplomat|doctor|nurse|general|"
                       r"colonel|captain|agent|friend|neighbou?r|parent|mother|father|wife|husband|son|daughter|"
                       r"sister|brother|staff|student|resident|delegate|representative|spokesperson)$")


# what stands between a person noun and its preposition in an anonymous source's description
QUALIFIERS = {"familiar", "close", "briefed", "involved", "knowledgeable", "acquainted", "privy", "speaking", "working"}
# a quantity of people as a sentence's subject: "Nearly half", "Six in 10 Virginia voters", "About two-thirds of
# Republicans", "Seventy-two percent", "A majority of respondents"
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
QUANTITY = lazy_re(
    r"(?:(?:about|nearly|almost|roughly|approximately|just|only|some|more than|fewer than|less than|over|under|at least|"
    r"well over|just over|just under)\s+)?"
    rf"(?:\d[\d,.]*\s*(?:%|percent|per cent)|\d[\d,.]*(?=\s+(?:in|out of|of)\s)|"
    rf"{_NUMBER_WORD}(?:-{_NUMBER_WORD})?(?:\s+(?:percent|per cent))?|one(?= in| out)|"
    rf"half|a (?:third|quarter|fifth|majority|minority|plurality)|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?))"
    r"(?:\s+(?:in|out of|of every|of)\s+(?:\d+|ten|five|four|three|two))?"
    r"(?:\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w’'-]*s"
    r"|(?:\s+(?:[A-Z][\w’'-]*|likely|registered|primary|adult)){0,3}\s+[a-z][\w’'-]*s)?(?=\s+[a-z]|\s*$)", re.I)


# a party label or party-and-place appositive standing for the name before it
LABEL_AFTER_NAME = lazy_re(r"[RDI](?:-[A-Z][\w.]*)+\.?|[RDI]|(?:a\s+)?(?:Republican|Democrat|Independent)\s+(?:of|from)\s+"
                            r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


_DOMAIN = lazy_re(r"\w\.(?:com|org|net|gov|edu|io|co|tv|news|info|eu|uk|de|fr|in|au|ca)$")


def _word_kind(st: PeopleState, low: str) -> str | None:
    """What a naming of one word (or one word "of" something) is when it is no name: "group" ("Others",
    "Supporters of the law", "Half of …"), "organization" (a place: "China's"), "nobody" ("Nearly", "Calif.",
    "Seventy-two", a word the article also writes in lower case); None when it may be a name. A surname
    the article has given someone is always a name."""
    first = re.sub(r"[’']s$", "", low.split(" of ")[0].rstrip("."))
    if " " in first or surname(first) in st.same_surname:
        return None
    if first in words("groups.txt") or " of " in low and first in words("not_names.txt"):
        return "group"
    if " " in low:
        return None
    if all(w in words("not_names.txt") for w in first.split("-")) or first.isdigit() or \
            (first.endswith("ly") and len(first) > 5 and first not in given_names()):
        return "nobody"
    plural_of_person = first.endswith("s") and first not in given_names() and \
        (first[:-1] in words("person_nouns.txt") or first[:-2] in words("person_nouns.txt"))
    if plural_of_person:
        return "group"  # "Journalists have been criticized", "Victims of the attack appeared …"
    if first in st.common and first not in given_names():  # "Companies say …" beside "many companies"
        return "nobody"
    if _DOMAIN.search(first):
        return "organization"  # "Edmunds.com", "Politico.eu": a site
    return "organization" if first in words("places.txt") or first in words("companies.txt") else None


_COMPANY_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "ag", "gmbh", "sa", "nv", "se"})
_COMPANY_NAME = lazy_re(r"\b[A-Z][\w&'’-]+(?:\s+(?:&\s+)?[A-Z][\w&'’-]+){0,3}\s+"
                        r"(?-i:Inc|Corp|Co|Ltd|LLC|PLC|AG|GmbH|SA|NV|SE)\b\.?")  # ("Pacific Gas & Electric Co.")
_AMPERSAND_BEFORE = lazy_re(r"((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*\s*&\s*)$")
_ABBREVIATION = lazy_re(r"(?:[A-Z]\.){1,3}[A-Z]\.?")
# one word with a capital inside that no surname prefix explains: a brand ("CloudFlare", "BuzzFeed", "HuffPost"),
# not "McConnell", "DuVernay", "LaBelle", "O'Neill", "MacArthur"
_BRAND = lazy_re(r"(?!(?:Mc|Mac|O[’']|D[’']|De|Di|Du|La|Le|Van|Vander|Von|St)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")


_DEICTIC = frozenset({"his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})
_MODALS = frozenset({"must", "will", "would", "can", "could", "should", "may", "might", "also", "still", "now", "here",
                     "there"})


def _someone_named(toks: list[str]) -> bool:
    """False for a naming that names nobody: a clause ("that about half", "that he'd seen") or a possessive
    or demonstrative phrase whose head is no person, group or body ("his recent", "this week", "This story",
    "its decrepit"); "his supporters", "her husband", "its spokesman", "his campaign" name someone."""
    if len(toks) > 1 and toks[0] == "that":
        return len(toks) == 2 and toks[1] in words("person_nouns.txt") | {"person", "man", "woman"}  # "That person"
    if not toks or toks[0] not in _DEICTIC or len(toks) == 1 or toks[0] == "those":
        return True  # ("those surveyed", "those who attended": people)
    rest = [t for t in toks[1:] if not (t.endswith("ly") and len(t) > 4) and t not in _MODALS] or toks[1:]
    rest = rest[:next((i for i, t in enumerate(rest) if t in OF_WORDS and i), len(rest))]  # "my editor at the time"
    return people_head(re.sub(r"[’']s$", "", rest[-1]))


def _singular(noun: str) -> str:
    """"allies" → "ally", "voters" → "voter"; a word not in -s as it is."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]  # "bosses", "witnesses", "coaches"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@lru_cache(maxsize=None)
def _people_nouns() -> frozenset[str]:
    return words("person_nouns.txt") | words("groups.txt")


def person_noun(word: str) -> bool:
    """A noun that names people (person_nouns.txt, groups.txt), singular or plural: "spokesman", "observers";
    narrower than `people_head`, which takes bodies and agent-noun endings too."""
    w = re.sub(r"[’']s$", "", word).lower()
    return w in _people_nouns() or _singular(w) in _people_nouns()


def people_head(head: str) -> bool:
    """Is a head noun (or its plural) a person, a group of people, or a body ("supporters", "husband",
    "spokesman", "campaign", "administration")?"""
    single = _singular(head)
    return any(w in words("groups.txt") or w in words("person_nouns.txt") or w in ORG_HEADS or
               w in organization_words() or PERSON_HEAD.search(w) is not None for w in (head, single))


def _party_member(st: PeopleState, para: int, text: str) -> Person:
    """"the Republican", "the Texas Republican": the person quoted in this or the last paragraph, else an
    unnamed person (the party's other side of a contrast is as likely as anyone, so no further guess)."""
    last = st.people.get(st.last_speaker or "")
    if last is not None and last.kind == "person" and para - st.last_speaker_para <= 1:
        return last
    return register(st, text, "anonymous")


# a document named with its maker: "data released by MOTIE in August", "a 2018 survey by Jane Roe"
_DOCUMENT_BY = lazy_re(r"(?:(?:a|an|the|new|recent|latest|\d{4})\s+)*[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                       r"(?:(?:released|published|conducted|compiled|issued|collected|gathered|commissioned)\s+)?by\s+"
                       r"(?P<agent>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})")
_NOT_MODIFIED = frozenset({"himself", "herself", "themselves", "has", "have", "had", "is", "was", "are", "were", "even",
                           "also", "to", "of", "for", "in", "on", "at", "by", "with", "from", "who", "which", "that"})


# what an outlet puts out ("an earlier report from Bloomberg saying …")
_PUBLISHED_DOCUMENTS = frozenset({"report", "reports", "article", "story", "analysis", "investigation", "poll",
                                  "survey", "editorial"})
# "a report from X", "… by X", a sentence opening on "From X:": the document word, if any, in group 1
_FROM_BEFORE = lazy_re(r"(?:\b([a-z]+)\s+(?:from|by)|(?:^|[.!?]\s+)From)\s+$")
_PUBLISHES = lazy_re(r"\s+(?:first\s+|also\s+|previously\s+|later\s+)?(?:reported|reports)\b(?!\s+from\b)")


# verbs that follow a subject directly (so no noun a capitalised word could modify)
COMMON_VERBS = {"is", "was", "has", "says", "said", "makes", "made", "shows", "showed", "puts", "put", "gives", "gave",
                "offers", "goes", "went", "takes", "took", "keeps", "kept", "finds", "found", "sees", "saw", "reads",
                "read", "sums", "summed", "lays", "laid", "spells", "spelled", "spelt", "argues", "reports", "notes"}


def modifies_a_thing(word: str, after: list[str]) -> bool:
    """Does a capitalised word that opens the sentence modify the plain nouns after it ("Exit polling", "Recent
    polling")? Not when it is a given name, nor when a verb or a function word follows ("Trump isn’t")."""
    plain = stopwords()["en"]
    return word.isalpha() and word.lower() not in given_names() and word.lower() not in DETS | plain and \
        not any("’" in w or "'" in w or w.lower() in COMMON_VERBS or w.lower() in plain for w in after)


_TIME_HEADS = frozenset({"time", "times", "summer", "winter", "spring", "autumn", "day", "days", "week", "weeks",
                         "month", "months", "year", "years", "decade", "decades", "morning", "afternoon", "evening",
                         "night", "weekend", "moment", "hour", "hours", "era"})


def as_written(st: PeopleState, para: int, masked: str, a: int, b: int) -> str:
    """A naming's words as the text writes them: a title quoted inside it ("the ''Today'' show", "the party's
    ''superdelegates''") is masked in `masked`, which must not leak into a name."""
    t = st.texts.get(para)
    return (t if t is not None and len(t) == len(masked) else masked)[a:b].strip()


def speaker_person(st: PeopleState, para: int, masked: str, sa: int, a: int, b: int) -> Person | None:
    text = as_written(st, para, masked, a, b)
    if not any(ch.isalnum() for ch in re.sub(r"[’']s$", "", text)):
        return None  # "According to , he said", "’s": no naming at all
    low = uncontracted(text)  # "He’s claiming": the pronoun
    if low in NOT_NAME_START and low not in PRONOUNS and low != "who":
        return None  # "That’s according to …", "As …": no naming at all
    if re.match(r"(?:here|there|that|this|what|it)[’']s\s", low):
        return None  # "Here’s Google:", "That’s Smith’s view": no naming
    if low == "who":  # "Mike Lee, who declared …": the antecedent before the comma
        ante = NAME_END.search(masked[max(sa, a - 120):a].rstrip().rstrip(","))
        if ante and is_name(ante.group(1)):
            start = max(sa, a - 120) + ante.start(1)
            return speaker_person(st, para, masked, sa, start, start + len(ante.group(1)))
        return None
    if low in PRONOUNS:
        pid = resolve_pronoun(st, para, masked, sa, a, low)
        return st.people.get(pid) if pid else None
    last = low.split()[-1]
    if last in _TIME_HEADS and len(low.split()) <= 3 and text.split()[-1].islower():
        return None  # "the summer", "the time", "the past decade": a time speaks for no one (not "Time", "The Times")
    if low.startswith("that ") and len(low.split()) <= 5 and (last in words("groups.txt") or (
            _singular(last) != last and _singular(last) in words("person_nouns.txt"))):
        k = masked.index(" ", a) + 1  # "said that voters …": the naming after the conjunction
        return speaker_person(st, para, masked, sa, k, b)
    by = _DOCUMENT_BY.match(text)
    if by:  # "data released by MOTIE", "a 2018 survey by Jane Roe": the document's maker is the source
        k = a + (len(masked[a:b]) - len(masked[a:b].lstrip())) + by.start("agent")
        return speaker_person(st, para, masked, sa, k, k + len(by.group("agent")))
    if not _someone_named(low.split()):
        return None
    ws = text.split()
    if 2 <= len(ws) <= 4 and ws[0][:1].isupper() and ws[0].lower() not in DETS and ws[0].lower() not in NOT_NAME_START \
            and not re.search(r"[’']s?$", ws[0]) and all(w[:1].islower() and w not in _NOT_MODIFIED and
                                                       not w.endswith(("ed", "ly")) for w in ws[1:]) \
            and people_head(ws[-1].lower()) and not QUANTITY.match(text + " x"):
        # "US officials", "Trump supporters", "Pregnant girl": a capitalised modifier, then the people
        head = ws[-1].lower()
        return register(st, text, "group" if _singular(head) != head or head in words("groups.txt") else "anonymous")
    if 2 <= len(ws) <= 4 and ws[0][:1].isupper() and modifies_a_thing(ws[0], ws[1:]) and \
            all(w.isalpha() and w.islower() for w in ws[1:]) and not QUANTITY.match(text + " x") and \
            not people_head(ws[-1]) and ws[-1] not in ORG_HEADS and ws[-1] not in organization_words():
        return None  # "Exit polling", "Recent polling": a capitalised word opening the sentence, then a thing
    if len(text.split()) >= 4 and text.upper() == text and any(c.isalpha() for c in text):
        return None  # "VOTERS CARE MORE ABOUT …", "NEW YORK ENDS TAMPON TAX": a shouted headline, nobody
    if headline_case(text):
        return None  # "Former Clinton Pollster Says Clinton Is In Trouble": a Title Case headline, nobody
    if LABEL_AFTER_NAME.fullmatch(text):  # "Rep. Bobby Scott (D-Va.) said", "Peter King, Republican of New York,"
        ante = NAME_END.search(masked[max(sa, a - 120):a].rstrip().rstrip("(,").rstrip())
        if ante and is_name(ante.group(1)):
            start = max(sa, a - 120) + ante.start(1)
            return speaker_person(st, para, masked, sa, start, start + len(ante.group(1)))
        return None
    amp = _AMPERSAND_BEFORE.search(masked, max(sa, a - 60), a)
    if amp:  # "Johnson & Johnson said", "J&J said": the naming stopped at the ampersand; a company
        return register(st, masked[amp.start(1):b].strip(), "organization")
    if _ABBREVIATION.fullmatch(text):
        return register(st, text.rstrip(".") + ".", "organization")  # "U.S." (cut at its dot): a country
    before_word = re.search(r"\b([a-z]+)\s+$", masked[max(sa, a - 30):a])
    if before_word and (" " not in text and before_word.group(1) in words("company_nouns.txt") or
                        " " in text and before_word.group(1) in ORG_HEADS and not _given(text) and
                        split_role(text)[1] is None):
        return register(st, text, "organization")  # "brokerage Jefferies wrote", "the bank HSBC said", "the liberal
        # watchdog group Media Matters found" (not "the company CEO Andy Vesey": a title, then a person)
    if " " not in text and text[:1].isupper() and surname(text.lower()) not in st.same_surname:
        company = next((o[2] for o in st.org_mentions if o[2].split()[0] == text and
                        o[2].split()[-1].lower().rstrip(".,") in _COMPANY_SUFFIXES), None)
        if company:  # "Novartis said" after "a rival medicine from Novartis AG": that company
            return register(st, company, "organization")
    if " " not in text and text[:1].isupper() and low not in given_names() and \
            surname(re.sub(r"[’']s$", "", low)) not in st.same_surname:
        name = re.sub(r"[’']s$", "", text)
        doc = _FROM_BEFORE.search(masked, max(sa, a - 30), a)
        from_outlet = doc is not None and (doc.group(1) is None or doc.group(1) in _PUBLISHED_DOCUMENTS)
        if _PUBLISHES.match(masked, b) or name.lower() in st.by_org_name or from_outlet:
            # "Deadline reported", "Politico reports", "KING-TV reported", "a report from Bloomberg", "From
            # Bloomberg: …": an outlet, named by one word no one bears, and so whatever else it does later
            return register(st, name, "organization")
    words_ = text.split()
    if 2 <= len(words_) <= 3 and all(w[:1].isupper() for w in words_) and not _given(text) and \
            words_[0].lower().rstrip(".") not in NOT_NAME_START and _PUBLISHES.match(masked, b) and \
            surname(text) not in st.same_surname:
        return register(st, text, "organization")  # "Rolling Stone reported": an outlet no one of that name bears
    q = QUANTITY.match(text + " x")  # (the pattern wants the verb after it)
    if q and q.end() == len(text):
        return register(st, text, "group")  # "Nearly half said", "Six in 10 Virginia voters say"
    kind = _word_kind(st, low) or \
        ("organization" if _BRAND.fullmatch(text) and surname(low) not in st.same_surname else None)
    if kind == "nobody":
        return None
    if kind:
        name = re.sub(r"[’']s$", "", text)
        return register(st, name.title() if kind == "organization" and name.isupper() else name, kind)
    if " of " in text:  # "political scientist Patrick Murray of Christie": the person before "of"
        named, role = split_role(text.split(" of ", 1)[0])
        if role and len(named.split()) >= 2 and is_name(named):
            text = text.split(" of ", 1)[0]
            low = text.lower()
    toks = low.split()
    head_at = next((i for i, t in enumerate(toks[1:], 1) if t in OF_WORDS), len(toks)) - 1  # before "for/of/in …"
    if 0 < head_at < len(toks) - 1 and toks[head_at] in QUALIFIERS:
        head_at -= 1  # "a person briefed on the talks": the person, not the talks
    raws = text.split()

    def document(i: int) -> bool:
        """A document noun, unless capitalised past the first word: then it names a body ("the Institute of
        Coastal Studies"), where "Polls show" opens a sentence."""
        return toks[i] in DOCUMENTS and not (i % len(toks) > 0 and raws[i][:1].isupper())

    titled = re.sub(r"^(?:[Tt]he|an?)\s+", "", text)
    if len(toks) > 1 and toks[-1] in DOCUMENTS and not _given(titled) and \
            all(w[:1].isupper() or w in ("of", "the", "for", "and", "on") for w in titled.split()):
        return register(st, titled, "organization")  # "the American Community Survey", "a Morning Consult Poll"
    if toks and (document(-1) or document(head_at)):  # ("the exit polls in New Hampshire")
        if toks[0] == "the" and st.last_speaker and para - st.last_speaker_para <= 2 and \
                st.people[st.last_speaker].kind in ("person", "organization"):
            return st.people[st.last_speaker]  # "the statement said": the statement just quoted, its author
            # (a person's or a body's, not "people close to the campaign", who issue none)
        return None  # "records show", "the data suggest": a source, but nobody to list among the people
    if toks and toks[0] in DETS and _PARTICIPLE_AFTER_DOCUMENT.search(low) or \
            len(toks) >= 2 and toks[0] in DOCUMENTS and toks[1].endswith("ed"):
        return None  # "a court document filed Thursday", "an AP-GfK poll released Thursday", "data released
        # Friday": a source, nobody
    if _CLAUSE_MARK.search(text) and not is_name(text):
        return None  # a misread clause ("Sanders has consistently pushed his"), nobody to list
    def group_noun(i: int) -> bool:  # (not a capitalised word inside a name: "the Communications Workers of …")
        return re.sub(r"[’']s$", "", toks[i]) in words("groups.txt") and \
            (i in (0, -1, len(toks) - 1) or not raws[i][:1].isupper())

    def plural(i: int) -> bool:
        return group_noun(i) or (raws[i].islower() and toks[i].endswith("s") and not toks[i].endswith("ss"))

    if toks and len(raws) == len(toks) and (not is_name(text) or len(toks) == 1) and \
            (group_noun(head_at) or toks[head_at] not in words("person_nouns.txt") and plural(-1)):
        # "many Biden administration officials", "traffic engineers", "Democrats on Capitol Hill", "the Fight
        # for 15 protesters"; not "a person briefed on the talks"
        return register(st, text, "group")
    # "the Texas Republican", "the New York Democrat": a party member described by place, an epithet, not a name
    # ("the Democrat" alone is as often the other side of a contrast: left to the rules for nouns)
    party_epithet = 3 <= len(toks) <= 4 and toks[0] == "the" and toks[-1] in PARTY_MEMBER
    if toks and toks[0] in DETS and (party_epithet or not is_name(text[len(toks[0]):].strip() or "x")):
        head = re.sub(r"[’']s$", "", toks[head_at])  # "a spokeswoman for the union": the spokeswoman
        if head in words("groups.txt") or toks[0] in {"many", "some", "several", "two", "three", "four", "five", "both", "few", "all", "numerous", "multiple", "various", "these", "those"}:
            return register(st, text, "group")
        trade = head in words("company_nouns.txt") and head not in MEDIA_NOUNS and not any(
            p.kind == "anonymous" and head in p.name.lower().split() for p in st.people.values())
        if toks[0] == "the" and len(toks) <= 4 and (head in ORG_HEADS or trade) and st.org_mentions:
            # "the group said", "the toolmaker reported": the organisation named last before it (for a trade's
            # noun, one that is no place and unless "a toolmaker in Ohio" was the source before)
            earlier = [o for o in st.org_mentions if (o[0] < para or (o[0] == para and o[1] < a)) and
                       (head in ORG_HEADS or o[2].lower() not in words("places.txt"))]
            if trade and st.last_speaker and para - st.last_speaker_para <= 1 and \
                    st.people[st.last_speaker].kind == "organization":
                return st.people[st.last_speaker]  # "…,” said Example Equities. … the brokerage said": the source
            if earlier:
                return register(st, earlier[-1][2], "organization")
        if party_epithet:  # "…,” the Texas Republican said": the person quoted just before, else nobody known
            return _party_member(st, para, text)
        surname_head = text.split()[head_at][:1].isupper() and head not in role_words()  # "the 14th-ranked
        # Schwartzman": a name with an epithet's article, not an epithet ending in -man
        if toks[0] == "the" and len(toks) <= 4 and PERSON_HEAD.search(head) and not surname_head:
            # an epithet ("the lawyer", "the former reality-show star", "the GOP front-runner"): the person
            # last described so ("Maria Diaz, a lawyer for the city"), else the salient person
            pid = None
            for m in reversed(st.mentions):
                if m.para == para and m.start >= a and not re.fullmatch(r",\s*", masked[b:m.start]):
                    continue  # named later in the paragraph (its names are collected before its quotations),
                    # unless in apposition ("the Democratic candidate, Andy Beshear —")
                p = st.people.get(m.pid or "")
                if p and ((p.kind == "anonymous" and head in p.name.lower()) or
                          (p.kind == "person" and head in st.described.get(p.id, ()))):
                    pid = p.id
                    break
            if pid is None:  # "A spokeswoman for the union, …, said" before: the same unnamed source
                pid = next((p.id for p in reversed(st.people.values()) if p.kind == "anonymous" and
                            re.search(rf"\b{re.escape(head)}\b", p.name.lower()) and p.name.lower() != low), None)
            if pid is None and head not in organization_words() and not re.search(r"\w[’']s\s", text) and \
                    not head.endswith("year-old"):  # (an age names only whom the story gave that age)
                # (not "the prime minister’s spokesman": someone's spokesman is someone else)
                # as a pronoun of the epithet's own gender ("the woman"), else of either
                pid = resolve_pronoun(st, para, masked, sa, a, {"m": "he", "f": "she"}.get(genders().get(head, ""), "one"))
                if pid and st.people[pid].kind != "person":
                    pid = None  # "the majority leader" is nobody's group ("Democrats had argued …")
            if pid:
                return st.people[pid]
        if is_org(text) and not PERSON_HEAD.search(head) and head not in words("person_nouns.txt"):
            # ("a retired Supreme Court clerk", "the Manhattan billionaire" are persons)
            return register(st, text, "organization")
        return register(st, text, "anonymous")
    if _POSSESSED.match(text):  # "Trump's team", "NATO's secretary general", "Trump's voice": not Trump
        head = re.sub(r"[’']s$", "", toks[-1])
        if head in words("groups.txt"):
            return register(st, text, "group")
        return register(st, text, "anonymous") if PERSON_HEAD.search(head) or head in words("person_nouns.txt") else None
    if len(toks) == 2 and toks[0] in {"one", "another"} and toks[1] in words("not_names.txt"):
        return register(st, text, "anonymous")  # "One Republican said": an unnamed source, not Mr. Republican
    if len(toks) == 2 and toks[0] == "the" and toks[1] in PARTY_MEMBER:
        return _party_member(st, para, text)  # "The Republican insisted": a person, never an organisation
    bare = re.sub(r"[’']s$", "", text)  # ("according to Kantar Media’s ad tracker": the tracker's owner)
    if is_org(bare) and not (len(toks) == 1 and surname(text) in st.same_surname):  # "PENCE:" is Mike Pence
        return register(st, bare, "organization")
    if len(toks) == 1 and text[:1].isupper() and surname(text) not in st.same_surname:
        if _demonym(low) or low in words("groups.txt"):
            return register(st, text, "group")  # "Ohioans say", "Jews fear": a people, not Mr. Ohioans
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in given_names() and \
                not _named_mid_sentence(st, text):
            return None  # "Concerns rose …", "Keeps saying …": a plural or a verb opening sentences, no one
            # (not "Sanders", written mid-sentence too: "after Sanders sent …")
    return register(st, text, "person")


def _named_mid_sentence(st: PeopleState, word: str) -> bool:
    """Does the article write the capitalised word inside a sentence, where only names are capitalised?"""
    rx = re.compile(rf"(?<=[a-z,;)”\"’]\s)(?:[A-Z][\w.]*\s+){{0,3}}{re.escape(word)}\b")  # (bounded: no
    # backtracking over a page of title-case words)
    return any(rx.search(t) for t in st.texts.values())


def _demonym(low: str) -> bool:
    """The people of a known place ("ohioans", "iowans", "texans", "californians", "americans")."""
    return len(low) > 5 and low.endswith("ns") and any(
        stem in words("places.txt") for stem in (low[:-2], low[:-3], low[:-2] + "s", low[:-4] + "a", low[:-4] + "y",
                                                  low[:-3] + "any"))


# words a description and a title may share without saying the same thing
_DESCRIPTION_FILLER = frozenset({"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "top", "senior", "former",
                                 "new", "then", "current", "acting", "official", "officials", "leader", "head", "chief"})


def _title_words(text: str) -> set[str]:
    """Lower-case words without dots or a plural s ("U.N." = "UN", "refugees" = "refugee"), minus filler."""
    found = {t.lower().replace(".", "") for t in re.findall(r"[\w.]+", text)} - _DESCRIPTION_FILLER
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in found if w}


def named_later(st: PeopleState, speaker_ids: list[tuple[int, str | None]]) -> dict[str, str]:
    """A description in the first paragraphs ("the top U.N. human rights official on Thursday condemned …")
    that the story names only further down ("U.N. High Commissioner for Human Rights Zeid Ra’ad Al Hussein
    said"), as wire leads do: description id -> the person first named within the next three paragraphs
    whose title shares two words with it (U.N., human, rights). `speaker_ids` are the (paragraph, id) of the
    quotations; only an unnamed source "the …" quoted in the first two paragraphs is looked at."""
    first_para: dict[str, int] = {}
    for para, pid in [(m.para, m.pid) for m in st.mentions] + speaker_ids:
        if pid:  # named in a paragraph, or quoted there (a naming the name runs missed: "Zeid Ra’ad Al Hussein")
            first_para[pid] = min(para, first_para.get(pid, para))
    out: dict[str, str] = {}
    for para, pid in speaker_ids:
        anon = st.people.get(pid or "")
        if anon is None or anon.kind != "anonymous" or pid in out or para > 1 or \
                not anon.name.lower().startswith("the "):
            continue
        own = _title_words(anon.name)
        best = None
        for p in st.people.values():
            fp = first_para.get(p.id)
            if p.kind != "person" or fp is None or not para <= fp <= para + 3 or (best and first_para[best.id] <= fp):
                continue
            title = _title_words(p.role or "") | set(st.described.get(p.id, ()))
            if len(own & title) >= 2 or own and len(own) == 1 and own <= _title_words(p.role or "") and \
                    next(iter(own)) in role_words():  # ("The mayor on Monday unveiled …", then "Mayor Tom Hale said")
                best = p
        if best is not None:
            out[pid] = best.id
            if anon.name not in best.mentions:
                best.mentions.append(anon.name)
    return out
