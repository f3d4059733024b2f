"""Speakers of quotations in the other languages we read (French, German, Spanish, Italian, Portuguese, Dutch).

The English attribution machinery reads English syntax; on other languages it named junk ("Receba"), so there
only the commonest, least ambiguous form is read: a person's name right beside a reporting verb of that
language (data/foreign_cues.txt), after the quotation ("« … », a déclaré la ministre, Sophie Marchand",
"„…“, sagte Bauministerin Sophie Marchand") or before a colon that opens it ("Sophie Marchand a déclaré : « … »").
A partial quotation inside the clause a named subject's verb opens ("Marta Gil, defendió que la obra « … »",
"Thomas Hahn betonte, dass …") is that subject's. A name is a run of capitalised words from a known given name;
a surname alone ("erklärte Marchand") names someone the article named in full before; a pronoun after the verb
("a-t-il ajouté", "sagte sie") is the last speaker.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lazyre import lazy_re
from .lexicon import given_names, phrases
from .model import Person, Quotation
from .people import slug

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_PARTICLE = r"(?:de|da|di|do|dos|del|della|van|von|der|den|le|la|du|y)"
# a capitalised run of up to five words, with name particles between ("Sophie de Marchand", "Juan van Dijk")
_RUN = lazy_re(rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,4}}")
_PRONOUN = lazy_re(r"(?:-t-)?(?:il|elle|er|sie|ele|ela|hij|zij)\b", re.I)
_CLOSE = r"\s*[»”\"’'“«]*\s*,?\s*(?:[-–—]\s*)?"  # the closing mark, its comma or dash
_OPEN = r"\s*:?\s*[«„“\"‘»]?\s*$"  # a colon and the opening mark


# verbs that open a reported clause ("defendió que", "betonte, dass") without being set beside a quotation
_CLAUSE_VERBS = "defendió|defendeu|sostiene|ha defendido|a défendu|a rappelé|a estimé|ha ribadito|ha sostenuto"


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    alts = "|".join(re.escape(c) for c in sorted(phrases("foreign_cues.txt"), key=len, reverse=True))
    # ("…, a-t-il ajouté": the French inverted pronoun between the auxiliary and its participle)
    inverted = "|".join(re.escape(c[2:]) for c in phrases("foreign_cues.txt") if c.startswith("a "))
    after = re.compile(rf"{_CLOSE}(?:(?P<pro>a-t-(?:il|elle))\s+(?:{inverted})\b|(?:{alts})(?![\w-]))"
                       rf"(?:\s+(?P<rest>[^.;!?]{{1,120}}))?", re.I)
    before = re.compile(rf"(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,3}})\s+(?:{alts}){_OPEN}", re.I)
    # ("Marta Gil, la alcaldesa, defendió que la obra « … »": a partial quotation in the clause a named subject's
    # verb opens with "que", "dass", "che", "dat")
    clause = re.compile(rf"(?P<name>(?-i:{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,3}}))"
                        rf"(?:,\s+[^,.;:!?«»“”„\"]{{2,60}},)?,?\s+(?:{alts}|{_CLAUSE_VERBS})\s*,?\s+"
                        rf"(?:que|dass|che|dat)\b[^.!?«»“”„\"]{{0,140}}[«„“\"‘]?\s*$", re.I)
    return after, before, clause


def _fold(word: str) -> str:
    """A word without its accents, in lower case ("Sofía" -> "sofia"), to look up in the given names."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _name_in(rest: str, known: dict[str, Person]) -> tuple[str, int, int] | None:
    """The person's name in the words after a verb, with its span there: the first capitalised run holding a
    known given name, from that name on ("Bauministerin Sophie Marchand"); else a run of two or three words
    without a particle, its last two ("Bundeskanzler Olaf Scholz", "Pablo León": given names we do not list);
    else a known person's surname opening them (the name is then the person's full one). A run with a particle
    and no given name is an organisation ("Ministerio de Sanidad"): nobody named."""
    for m in _RUN.finditer(rest):
        toks = list(re.finditer(r"\S+", m.group()))
        words = [t.group() for t in toks]
        first = next((i for i, w in enumerate(words[:-1]) if _fold(w) in given_names()), None)  # (not a surname
        # that is also a given name: "Pablo León")
        if first is None and len(words) in (2, 3) and not any(re.fullmatch(_PARTICLE, w) for w in words):
            first = len(words) - 2
        if first is not None and len(words) - first >= 2:
            last = toks[min(len(toks), first + 4) - 1]
            a, b = m.start() + toks[first].start(), m.start() + last.end()
            return rest[a:b], a, b
        if m.start() == 0 and words[0].lower() in known:
            return known[words[0].lower()].name, 0, toks[0].end()
        if m.start() > 0 and rest[:m.start()].strip().endswith(","):
            break  # past the appositive's comma and no name: not this sentence's speaker
    return None


def _named_in(texts: list[str]) -> dict[str, Person]:
    """Everyone the article names in full from a known given name ("La alcaldesa, Marta Gil, …"): surname ->
    a person not yet listed, for a speaker later named by the surname alone."""
    out: dict[str, Person] = {}
    for t in texts:
        for m in _RUN.finditer(t):
            words = m.group().split()
            first = next((i for i, w in enumerate(words[:-1]) if _fold(w) in given_names()), None)
            if first is not None and len(words) - first in (2, 3):
                name = " ".join(words[first:])
                out.setdefault(words[-1].lower(), Person(id=slug(name), name=name))
    return out


# an article opening a role before the name ("la ministre du Logement, ", "el alcalde ", "Bauministerin ")
_ARTICLE = lazy_re(r"^(?:(?:la|le|les|el|los|las|der|die|das|il|lo|o|a|os|as|de|het|een|un|una|une)\s+|l['’]\s*)", re.I)


# a role with its article opening the sentence, set off by a comma before the name ("La alcaldesa, Marta Gil, …")
_ROLE_SET_OFF = lazy_re(r"(?:^|(?<=[.!?]\s))(?:La|El|Le|Les|Der|Die|Il|Lo|O|A|De|Het)\s+"
                        r"(?P<role>(?-i:[a-zà-ÿ])[\w-]*(?:\s+[\w-]+){0,3}),\s*$")


# what is said of the speaker right after the name, up to the clause's end: ", président d'une fédération."
_APPOSITIVE = lazy_re(r",\s+(?!(?:lors|en|à|au|aux|dans|pendant|après|avant|sur|selon|in|im|am|bei|nach|vor|während|"
                      r"durante|tras|con|desde|ante|dopo|a|al|nel|nella|na|no|em|op|bij|tijdens|met)\b)"
                      r"((?-i:[a-zà-ÿ])[^,;:.!?«»“”„\"]{2,80}?)\s*(?=[.;!?]|,\s|$)", re.I)  # (not "lors d'une
# conférence de presse", "en una rueda de prensa": where it was said)


def _role_before(words: str) -> str | None:
    """The role written between the reporting verb and the name, without its article or comma ("la ministre du
    Logement, " -> "ministre du Logement"; "Bauministerin " -> "Bauministerin"); None when there is none."""
    role = _ARTICLE.sub("", words.strip().rstrip(",").strip())
    return role if role and len(role.split()) <= 6 and not any(c in role for c in ".;:!?") else None


def attribute_foreign(texts: list[str], quotes: list[Quotation]) -> tuple[list[Quotation], list[Person]]:
    """Give the direct quotations of a non-English article their named speakers, and list those people."""
    after, before, clause = _cues()
    people: dict[str, Person] = {}
    by_surname: dict[str, Person] = {}
    named = _named_in(texts)  # (everyone named in full, so that "afirmó Gil" finds "Marta Gil")
    last: Person | None = None
    for q in sorted(quotes, key=lambda q: (q.paragraph, q.start)):
        if not q.direct:
            continue
        t = texts[q.paragraph]
        found, span = None, None
        known = {**named, **by_surname}
        m = after.match(t, q.end)
        if m:
            rest = m.group("rest") or ""
            if m.group("pro") or _PRONOUN.match(rest):
                found = last.name if last else None
            elif (got := _name_in(rest, known)) is not None:
                found, span = got[0], (m.start("rest") + got[1], m.start("rest") + got[2])
        for rx in (before, clause):
            if found is None:
                b = rx.search(t, max(0, q.start - 200), q.start)
                got = _name_in(b.group("name"), known) if b else None
                if got is not None:
                    found, span = got[0], (b.start("name") + got[1], b.start("name") + got[2])
        if found is None:
            continue
        person = people.get(found) or by_surname.get(found.split()[-1].lower())
        if person is None:
            person = people[found] = Person(id=slug(found), name=found)
            by_surname[found.split()[-1].lower()] = person
        written = t[span[0]:span[1]] if span else None
        if written and written not in person.mentions:
            person.mentions.append(written)
        if span and person.role is None and m and m.group("rest") and span[0] >= m.start("rest"):
            person.role = _role_before(t[m.start("rest"):span[0]])
        elif span and person.role is None and (lead := _ROLE_SET_OFF.search(t, max(0, span[0] - 60), span[0])):
            person.role = lead.group("role")  # "La alcaldesa, Marta Gil, defendió …": her role, set off before
        after_name = _APPOSITIVE.match(t, span[1]) if span else None
        if after_name and after_name.group(1) not in person.descriptions:  # "Paul Lenoir, président d'une
            person.descriptions.append(after_name.group(1))  # fédération": what he is, as written
        q.speaker, q.speaker_name, q.speaker_id = written or person.name, person.name, person.id
        q.speaker_start, q.speaker_end = span if span else (None, None)
        last = person
    return quotes, list(people.values())
