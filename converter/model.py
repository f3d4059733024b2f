"""The one `Article` model every writer reads.

Stages build it; writers (JSON-LD, TEI, text, HTML) only read it, so no writer
ever re-parses text. Offsets (`start`/`end`) always index the input text as
decoded, before normalisation, so other tools can align them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["speech", "writing", "so-called", "title"]
PersonKind = Literal["person", "group", "anonymous", "organization"]


def leadin_length(text: str, leadin: str | None) -> int:
    """How much of a first paragraph its lead-in takes, with the space after it (0 when it has none):
    attribution reads past it, and TEI sets it apart."""
    if not leadin or not text.startswith(leadin):
        return 0
    return len(text) - len(text[len(leadin):].lstrip())


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: clean text plus where each piece came from."""

    text: str
    start: int  # offset of the first character in the decoded input
    end: int  # offset just past the last character in the decoded input


@dataclass
class Person:
    """Someone quoted or named: a person, an anonymous source, a group or an organisation."""

    id: str
    name: str
    kind: PersonKind = "person"
    role: str | None = None
    mentions: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)  # appositives as written ("a lawyer for the city")


@dataclass
class Quotation:
    """One quoted span with its attribution.

    `start`/`end` cover the words between the quotation marks in the decoded
    input; `paragraph`, `local_start` and `local_end` locate the span *with* its
    marks inside `Article.paragraphs[paragraph].text` for the writers.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind = "speech"
    direct: bool = True
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None
    speaker_id: str | None = None
    paragraph: int = 0
    local_start: int = 0
    local_end: int = 0
    speaker_para: int | None = None  # the naming's paragraph when it is not the quote's own (carried speakers)

    def record(self) -> dict:
        """The public quotation record (see README, `newsmark quotes`)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "direct": self.direct,
            "speaker": self.speaker,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "speaker_name": self.speaker_name,
            "speaker_id": self.speaker_id,
        }


@dataclass(frozen=True)
class Decision:
    """Why a line of the input was kept or dropped (for `clean --explain`)."""

    start: int
    end: int
    text: str
    keep: bool
    role: str  # body, headline, date, byline, teaser, boilerplate, blank
    reason: str


@dataclass
class Article:
    """Everything newsmark knows about one article."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    headline: str | None = None
    description: str | None = None
    date_published: str | None = None  # ISO 8601
    date_modified: str | None = None
    date_text: str | None = None  # the date as written
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    publisher_logo: str | None = None
    dateline: str | None = None  # the place only ("WASHINGTON")
    leadin: str | None = None  # the lead-in the first paragraph opens with, as written ("WASHINGTON (AP) —")
    language: str | None = None
    url: str | None = None
    image: str | None = None
    quotations: list[Quotation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    source_name: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """Body paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def person(self, pid: str | None) -> Person | None:
        for p in self.people:
            if p.id == pid:
                return p
        return None
