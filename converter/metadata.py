"""Stage 5, metadata: headline, date, authors, publisher, dateline, language, description.

Everything comes from the scraped text itself (or the page's own meta tags for
HTML input) and nothing is invented: a wrong date or author is worse than none,
so each rule looks only where such facts are printed (header and footer zones,
lead-ins, bylines, credits), never in the prose of the body.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable

from .boilerplate import ISSUER, SENTENCE_CLOSE, Classified
from .dates import MONTHS, parse_date, parse_short_date
from .language import tokens
from .lazyre import lazy_re
from .lexicon import given_names, organization_words, stopwords, words

_DASH = r"(?:\s*(?:--|—|–|-)\s*|\s+-\s+)"
# a lead-in's date, month first or day first: "March 3", "Feb. 20, 2025", "20 February 2025"
_STAMP = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
# "WASHINGTON (Reuters) - ", "DANANG, Vietnam (Reuters) -", "AMES, IOWA (The Borowitz Report)—", "ALBANY, N.Y. —"
_LEADIN_PLACE = lazy_re(
    r"^(?P<place>[A-Z][A-Z.'’\-/]+(?:\s+[A-Z][A-Z.'’\-/]+){0,3}(?:,\s*(?:[A-Z][A-Za-z.'’]+(?:-[A-Za-z.'’]+)*)"
    r"(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?)"
    r"(?:(?:,\s*|\s+)(?P<date>" + _STAMP + r")\.?)?(?:,(?=\s*\())?\s*(?:--)?"  # ("DAMASCUS,
    # (SANA) – "; "BEIRUT Dec 16 (Reuters) -": the commas a scrape's preprocessing stripped)
    r"(?:\((?P<pub>[^()]{2,50})\)|/(?P<slashed>[A-Z][\w-]{1,20})/\.?)?"
    r"(?:\s+(?P<date2>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}))?"  # ("NEW YORK, NY (PRWEB) March 03, 2016 -- ")
    # ("NEW DELHI, March 3 (IANS) The …", "TEHRAN (FNA)- The …", "MOSCOW, March 3. /TASS/. The …", press-release
    # wires: "NEW YORK, March 3, 2016 /PRNewswire/ -- ", "SAN JOSE, Calif.--(BUSINESS WIRE)--", "KABUL (Pajhwok): ")
    r"(?P<dash>\s*(?:--|—|–)\s*|\s+-\s+|(?<=\))-\s+|(?:(?<=\))|(?<=/)|(?<=/\.)|(?<=\d{4}))\s+(?=[A-Z“\"‘])|"
    r"(?<=\)):\s+(?=[A-Z“\"‘]))"
)
# "Beirut, Jan 3 (NNA) - ", "Damascus, SANA – ", "New York, NY –": a place in ordinary case is a dateline
# only before a credit or a state
_TOWN = r"[A-Z][a-z'’\-]+(?:[ -][A-Z][a-z'’\-]+){0,2}"  # a place in ordinary case: "Beirut", "New York"
_LEADIN_TOWN = lazy_re(
    rf"^(?P<place>{_TOWN}),\s+(?:(?P<date>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})\s*)?"
    r"(?:\((?P<pub>[^()]{2,50})\)|(?P<agency>[A-Z]{2,6}))(?P<dash>\s*(?:--|—|–)\s*|\s+-\s+|-\s?(?=[A-Z]))")
# "Kabul, Afghanistan — ", "Paris, France (AFP) - ": a town and its country or state (places.txt), or a credit
_LEADIN_REGION = lazy_re(
    rf"^(?P<place>{_TOWN}),\s+(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}|(?:[A-Z]\.){{2,3}}|[A-Z][a-z]{{1,4}}\.|"
    r"[A-Z]{2}(?=,\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)))\s*"  # ("Boston, MA, Feb. 20, 2025 — ": a state's code before a date)
    r"(?:,\s+(?P<date>" + _STAMP + r"))?\s*"  # ("Greenfield, Ohio, Feb. 20, 2025 /PRNewswire/ -- ": a release's)
    r"(?:\((?P<pub>[^()]{2,50})\)|/(?P<slashed>[A-Z][\w-]{1,20})/)?"
    r"(?P<dash>\s*(?:--|—|–)\s*|\s+-\s+|(?<=\))\s+(?=[A-Z“\"‘])|:\s+(?=[A-Z“\"‘]))")
# "Washington (CNN) The …", "Hong Kong (CNN Business) A …", "LONDON: The …": a place before a credit, or a known
# one (places.txt) in capitals before a colon (all-capital kickers, "BOOM: …", are too many to list)
_LEADIN_KNOWN = lazy_re(r"^(?P<place>(?P<town>[A-Z][A-Za-z'’\-]+(?:\s[A-Z][A-Za-z'’\-]+){0,2})"
                        r"(?:,\s+(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]+))?)"
                        r"(?:\s+\((?P<pub>[A-Z][^()]{1,50})\)\s*(?:(?:--|—|–|-)\s*)?|:\s+|(?P<kdash>\s*(?:--|—|–)\s*))"
                        r"(?=[A-Z“\"‘])")
# words that open a text before a dash and are no outlet's name
_NOT_LEADIN_WORDS = frozenset({"but", "and", "yes", "no", "today", "then", "now", "yesterday", "tonight", "tomorrow",
                               "earlier", "later", "meanwhile", "update", "updated", "breaking", "exclusive", "analysis",
                               "opinion", "editorial", "commentary", "watch", "video", "photos", "live", "monday",
                               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "correction"})
_PARTY = lazy_re(r"^[RDI](?:-[A-Z][\w. ]*)?$")  # "(R)", "(D-Calif.)": a politician's party, no credit
_LEADIN_CREDIT = lazy_re(r"^\((?!(?i:begin|end|start)\b|[^()]*\b(?i:clip|video|audio|applause|laughter|crosstalk)\b)"
                         r"(?P<pub>[A-Z][^()]{1,50})\)\s*(?:(?:--|—|–|-)\s*)?")  # (not "(BEGIN VIDEO CLIP.)")
_LEADIN_DATE = lazy_re(
    r"^(?P<wd>(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,\s+)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*"
    r"(?:\((?P<pub>[^()]{2,50})\))?" + _DASH, re.I)
_DATE_DASH = lazy_re(r"\s*(?:--|[-–—|:])\s+")  # after a date stamp that opens the body
_LEADIN_WORD = lazy_re(r"^(?P<pub>[A-Z][a-z]+[A-Z]?[a-z]*)\s+—\s+(?=[A-Z])")
_TRAILING_CREDIT = lazy_re(r"\s+[-–—]\s*(?P<pub>[A-Z][A-Z.&' ]{1,30})\s*$")
_CREDIT_LINE = lazy_re(r"^\s*[-–—]+\s*(?!(?:THE\s+)?ENDS?\b|MORE\b)(?P<pub>[A-Z][A-Z.&' ]{1,30})\s*$")  # "- REUTERS"
# alone under the story (not "- END")
_BYLINE = lazy_re(r"^(?:by|written by|posted (?:on\s+)?by|published by|words by|story by|interview(?:ed)? by|as told to|"
                  r"author|von|par|por|escrito por|scritto da|geschreven door|autor|autore|auteur|"
                  # ("Di Marco Rossi", "Door Pieter de Vries": only before a name alone, "Di Maio ha detto" opens a
                  # sentence)
                  r"(?:di|door)(?=\s+[A-ZÀ-Ý][\w.'’-]+"
                  r"(?:\s+(?:[A-ZÀ-Ý][\w.'’-]+|de|da|di|van|von|der|den|del|la|le)){1,4}\s*$))\s*:?\s+"
                  r"(?P<names>.+?)\s*$", re.I)  # (and German, French, Spanish, Portuguese, Italian, Dutch, Polish)
# words before a reporter's role ("Senior Writer", "AP Medical Writer"), and the roles themselves
_ROLE_MODIFIER = (r"(?:Senior|Staff|Contributing|Special|Political|Chief|National|Foreign|Medical|Science|Health|Business|"
                  r"Sports|Associate|Managing|Investigative|White House|Washington)")
_ROLE_NOUN = r"(?:Writer|Reporter|Correspondent|Columnist|Contributor)"
# ("Jane Roe, Contributor", "Tom Krisher, Ap Auto Writer", "Steve Peoples, AP National Political Writer")
_NAME_ROLE = lazy_re(rf"^(?!By\s)(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){{1,3}}),\s+(?:(?:{_ROLE_MODIFIER}|[A-Z][\w.]*)\s+)"
                     rf"{{0,3}}{_ROLE_NOUN}$")
# "Jane Doe, Special to CNN", "By Jane Doe, Special to The Daily Planet": a contributor's byline naming the outlet
_NAME_SPECIAL = lazy_re(r"^(?:By\s+)?(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}),\s+(?:Special|Exclusive)\s+"
                        r"to\s+(?P<pub>(?:the\s+|The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*$")
_DATE_BY = lazy_re(r"^(?:(?i:posted|published|updated)\s+(?:on\s+)?)?"  # ("Posted on March 3, 2016 by Jane Doe")
                   r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s+by\s+"
                   r"(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}?)"
                   r"(?:\s+(?:Leave a (?:Comment|Reply)|\d+\s+Comments?|No Comments|Comments? Off))?\s*$")
# "Chris Davies - Nov 19, 2019, 10:31 pm CST": a name and the date, no "By" (a given name first)
_NAME_DASH_DATE = lazy_re(r"^(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s+[-–—|•·]\s+"
                          r"(?=(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d|\d)")
# "5:45 AM PST 11/19/2019  by   Patrick Shanley": the date, then the name
_THEN_BY = lazy_re(r"^(?P<date>.{6,60}?)\s+by\s+(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*$", re.I)
# a role after the name with no comma ("By Jane Doe Staff Writer", "By MARIA CHENG AP Medical Writer")
_ROLE_TAIL = lazy_re(rf"\s+(?:[A-Z]{{2,5}}\s+)?(?:{_ROLE_MODIFIER}\s+)*(?:{_ROLE_NOUN}|Editor)s?\s*$")
_CAPS_NAMES = lazy_re(r"[A-Z][A-Z.'’\-]+(?:\s+(?:[A-Z][A-Z.'’\-]+|and|AND|&))+(?=\s+[A-Z]?[a-z]|\s*$)")
# where a byline's date begins: "By Jane Doe • March 3, 2017", "Posted by Jane Doe on Monday, January 9, 2017"
_DATE_AHEAD = r"(?=(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d|\d)"
_MONTH_AHEAD = r"(?=(?:[A-Z][a-z]+day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
_BYLINE_DATE = lazy_re(rf"\s+(?i:on|at)\s+{_DATE_AHEAD}|\s*(?:[:|•·/]|\s[-–—])\s*(?i:(?:updated|published|posted|"
                       rf"last updated)\s*:?\s*(?:on\s+)?)?{_DATE_AHEAD}|"
                       # "By Joseph Tsidulko November 19, 2019": a month's date after the name
                       rf"\s+{_MONTH_AHEAD}|"
                       # "By Tim Childers - Live Science Contributor 2019-11-19": a role and a date after a dash
                       rf"\s+[-–—]\s+(?=[^-–—]*(?:{_ROLE_NOUN}|Editor)\b[^-–—]*\d)|"
                       r"\s+\S+@[\w-]+\.\w")  # "By Megan Rowe meganr@example.com(509) …": the address
_OTHER_CREDIT = lazy_re(r"\s*[|•·,;/]\s*(?i:(?:photos?|photography|pictures|video|graphics|illustrations?|images?|"
                        r"editing|edited|design|data)\s+by)\b")
_HANDLE = lazy_re(r"\s*\(@\w{1,30}\)|\s*(?<![\w.])@\w{1,30}\b|(?<=[a-z])@\w{1,30}\b")  # ("Jane Roe@janeroe")
_PAREN_OUTLET = lazy_re(r"\s*\((?P<pub>[A-Z][\w.&'’ -]{1,40})\)\s*$")
_COMMA_OUTLET = lazy_re(r"^(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}"
                        r"(?:\s+(?:and|&)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})?),\s+(?P<pub>(?:The\s+)?[A-Z][\w.&'’\-]*"
                        r"(?:\s+[A-Z][\w.&'’\-]*){0,3})$")
_PIPE_BYLINE = lazy_re(r"^(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}"
                       r"(?:\s+(?:and|&)\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})?)"  # ("Jane Doe and John Roe | …")
                       r"\s*\|\s*(?P<pub>[A-Z][\w.&'’\- ]{1,40})$")
_GENERIC_ACCOUNTS = frozenset({"admin", "administrator", "editor", "editors", "staff", "webmaster", "guest", "user",
                               "newsroom", "team", "author", "wpadmin", "site_admin", "siteadmin", "root", "moderator"})
_HANDLE_BYLINE = lazy_re(r"^posted\s+(?:on\s+(?:\S+\s+){0,4})?by\s+(?P<names>[a-z0-9_.]{3,30})\s*$", re.I)
_REPOST = lazy_re(r"^(?:[Ff]rom|[Vv]ia)(?:\s+|:\s*)(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s*$")
# "This article originally appeared on RT.": a credit even where the cleaner keeps it as the body's last line
_ORIGINALLY = lazy_re(r"^(?i:(?:(?:this|the) (?:article|story|post|piece|column) (?:was )?(?:originally|first) "
                      r"(?:appeared|published|posted|ran)|originally (?:appeared|published|posted)|"
                      r"(?:this|the) (?:article|story|post|piece|column) (?:also )?appeared|"
                      r"(?:this|the) (?:article|story|post|piece|column) (?:is|was) (?:republished|reprinted|reproduced)|"
                      r"(?:(?:this|the) (?:article|story|post|piece|column) (?:is|was) )?(?:(?:article|story|post) )?"
                      r"(?:re)?(?:published|posted|printed) with permission) "
                      r"(?:on|in|at|by|from|of))(?:\s+the)?\s+(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s*[.!]?")
# a feed's footer: "The post Council approves budget appeared first on Valley Tribune."
_APPEARED_FIRST = lazy_re(r"^The post\b.{1,300}?\bappeared first on (?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s*\.?$")
# a syndication credit: "This article was written by Jane Doe from The Daily Ledger and was licensed through …"
_SYNDICATED = lazy_re(r"^This (?:article|story|post|content) was (?:written|produced|reported) by (?P<names>[A-Z][\w.'’\-]+"
                      r"(?:\s+[A-Z][\w.'’\-]+){1,3}) (?:from|of|for|at) (?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})")
# "This story was produced by Kaiser Health News, an editorially independent program …": the outlet itself
_PRODUCED_BY = lazy_re(r"^This (?:article|story|post|content|report) was (?:produced|published|reported|created) by (?:the )?"
                       r"(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})(?=[,.]|\s+(?:and|in|with)\b)")
# a licence notice: "Content created by The Valley News Foundation is available without charge to any …"
_CREATED_BY = lazy_re(r"^Content (?:created|produced) by (?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,5}) is available\b")
# a wire's standards footer names its owner: "Our Standards: The Example Agency Trust Principles."
_STANDARDS = lazy_re(r"\bOur (?:Editorial )?(?:Standards|Principles|Ethics)\s*:\s*(?:The\s+)?"
                     r"(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}?)\s+(?:Trust\s+|Editorial\s+)?"
                     r"(?:Principles|Standards|Guidelines)\b")
_STAY_TUNED = lazy_re(r"\bstay tuned to (?:the )?(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}) for\b")
_REPORTING = lazy_re(r"\b(?P<kind>Reporting|Reported|Additional reporting|Writing|(?<=;\s)(?:additional reporting|writing))"
                     r" by\s+(?P<names>[^;.\n]+?)"
                     r"(?:\s*;|\.|\s*\)|\s+(?:[Ee]diting|[Ee]dited|[Ww]riting)\b|$)")


# "By" or "Author:" alone on a line, over the name's own line
_BYLINE_LABEL = lazy_re(r"^(?:by|written by|author|authors|words)\s*:?\s*$", re.I)
# a line that is only a person's name, and a line that is only a date ("Jan 5, 2017", "05 January 2017 10:32")
_BARE_NAME = lazy_re(r"^[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?(?:\s+(?:Mc|Mac|O’|O')?[A-Z][a-z'’\-]+){1,2}$")
_DATE_LINE = lazy_re(r"^(?:(?:[A-Z][a-z]+day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?"
                     r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
                     r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$", re.I)


def _reporters(text: str) -> re.Match | None:
    """The first credit naming the story's reporters or writer; "Additional reporting by" names
    contributors, as "… contributed to this report" does, not authors."""
    return next((m for m in _REPORTING.finditer(text) if m.group("kind").lower() != "additional reporting"), None)


def _add_credited(authors: list[str], text: str) -> bool:
    """The reporters of a wire's credit line, and its writer after them ("Reporting by Jane Roe; Writing by
    John Poe; Editing by …": Poe wrote the story); False when the text holds no such credit."""
    first = _reporters(text)
    if first is None:
        return False
    _add_author(authors, first.group("names"))
    for m in _REPORTING.finditer(text, first.end()):
        if m.group("kind").lower() == "writing":
            _add_author(authors, m.group("names"))
    return True


_FOLLOW = lazy_re(r"^Follow (?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}) on (?:Twitter|X|Facebook|Instagram|Threads)\b")
# "Fox News' Jane Doe contributed to this report.": the outlet whose reporter helped is the article's
_CONTRIBUTED = lazy_re(r"^(?P<pub>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}?)['’]s?\s+(?:[A-Z][\w.'’-]+\s+){1,3}"
                       r"(?:and\s+(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){1,3})?contributed to this (?:report|story|article)")
# "Have a tip? Amy Kuperinsky may be reached at akuperinsky@…": a reporter-contact line
_REACHED = lazy_re(r"(?:^|[.?!]\s+)(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s+(?:may|can)\s+be\s+"
                   r"(?:reached|contacted|emailed)\s+(?:at|by|on)\b")
_WRITE_TO = lazy_re(r"^(?:Write to|Contact|Email)\s+(?P<names>[A-Z][\w.'’\- ]+?)\s+at\s+(?:\S+@|[(+]?\d[\d\s().-]{6,}\d)",
                    re.I)  # (an address or a phone number: "Contact Jane Roe at 555-0100 or jroe@example.com.")
_WRITE_TO_MORE = lazy_re(r"(?:,|\band)\s+(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s+at\s+\S+@")
# a blog's author link and an author bio in the footer: "View all posts by Jane Doe", "Jane Doe covers city hall …"
_POSTS_BY = lazy_re(r"^(?:view|see|read|more) (?:all )?(?:posts|articles|stories|columns) by (?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*$", re.I)
_BIO = lazy_re(r"^(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})(?:\s+\(@\w{1,30}\))? (?:covers|writes about|reports on|has covered|has reported on)\s")
_SIGNOFF = lazy_re(r"^(?:--|—|–)\s*(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})"
                   r"(?:,\s+(?P<pub>(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}))?\s*$")  # ("— Jane Roe, The Ledger")
# "Jane Doe is a retired school librarian …": the author's tagline, its head noun one of person_nouns.txt
_TAGLINE = lazy_re(r"^(?P<names>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})(?:\s+\(@\w+\))?"
                   r"(?:,\s*(?:Ph\.?\s?D|M\.?D|J\.?D|M\.?P\.?H|R\.?N|M\.?B\.?A|Esq)\.?)*"  # ("Jane Doe, Ph.D., is …")
                   r"\s*,?\s+(?:is|was|has been)\s+"
                   r"(?:a|an|the)\s+(?P<desc>(?:[\w\-]+\s+){0,4}[\w\-]+)")
# what "More from the …" and "© 2019 …" name when they name no outlet (widgets, the author, the web)
_NOT_OUTLETS = words("not_outlets.txt")
_READ_MORE_FROM = lazy_re(r"\b(?:read|more) (?:more )?(?:from|at) (?:the )?(?P<pub>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s*$", re.I)
_OPED = lazy_re(r"\b(?:op-?ed|submissions?|opinion piece|letters? to the editor)\b.{0,40}?\b(?:for|to|at) (?:the )?(?P<pub>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w.&-]*){0,4}?)(?:['’]s\b|[,.]|\s+(?:please|is|and)\b|$)")
# "© Copyright 2018 X", "© 1995 - 2019 by X Inc.", "Copyright © e-example.com Ltd": the holder, capitalised or a domain
# a lower-case word inside an outlet's name: "Times of India", "Le Journal de la Ville", "Corriere della Sera"
_NAME_PARTICLE = r"(?:(?:of|of the|de|de la|du|des|del|della|di|der|von|van)\s+)?"
_COPYRIGHT = lazy_re(r"^(?i:(?:copyright|©|\(c\))\s*){1,2}(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?i:by\s+)?"
                     r"(?i:all\s+rights\s+reserved\.?\s*)?"  # ("©All Rights Reserved Poynter Institute 2019")
                     r"(?P<pub>(?:[A-Z]|[a-z][\w-]*(?=[\w.-]*\.[a-z]{2,}))[\w'’.&-]*(?:\s+" + _NAME_PARTICLE +
                     r"[A-Z][\w'’.&-]*){0,4})")
# the notice with its holder first: "Example Observer (c) 2019", "Example Observer © 2019. All rights reserved."
_HOLDER_COPYRIGHT = lazy_re(r"^(?P<pub>(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+" + _NAME_PARTICLE + r"[A-Z][\w'’.&-]*){0,4})\s*(?:©|\((?i:c)\)|(?i:copyright))\s*"
                            r"\d{4}(?:\s*[-–]\s*\d{4})?\.?(?:\s+(?i:all rights reserved)\.?)?$")
# "The views expressed … do not necessarily reflect Al Jazeera's editorial policy" / "… those of The Daily Planet."
_DISCLAIMER = lazy_re(r"\bdo(?:es)? not necessarily (?:reflect|represent) (?:the (?:views|opinions|position|"
                      r"editorial (?:policy|stance)) of |those of )?(?P<pub>(?:the\s+)?[A-Z][\w.&'’\-]*"
                      r"(?:\s+[A-Z][\w.&'’\-]*){0,4}?)(?:['’]s?\s+(?:editorial|views|opinions|position)|\s*[.,]|\s*$)")
_PUB = r"(?P<pub>(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}?)"  # an outlet's name, as the credits below write it
# "… are their own and not the view of The Example Post", "… do not reflect the opinions of Example Daily", "… the
# author's own and not those of Example Courier"
_NOT_THE_VIEW = lazy_re(r"\bnot (?:necessarily )?(?:(?:reflect|represent)\s+)?(?:(?:the )?(?:views?|opinions?|positions?)|those) of "
                        + _PUB + r"(?:['’]s?\s|\s*[.,;]|\s*$)")
# "Disclaimer: Example Health Daily does not provide medical advice."
_DISCLAIMER_SUBJECT = lazy_re(r"^Disclaimer:\s*" + _PUB + r"\s+(?:is|does|do|will|shall|cannot|can|makes|accepts|"
                              r"assumes|takes|has)\b")
# an op-ed submissions footer: "The Example Journal welcomes op-ed submissions."
_WELCOMES = lazy_re(r"^" + _PUB + r"\s+(?:welcomes|accepts|invites)\s+(?:op-?eds?|submissions|letters|guest|opinion|"
                    r"commentary|commentaries)\b")
# a press release's issuer as the wires print it under the release: "SOURCE Acme Widgets Inc."
_SOURCE_LINE = lazy_re(r"^SOURCE:?\s+(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,5})\s*$")
# footer lines that name the site's owner or a widget's source rather than the site: a page's own name beats them
_SITE_FURNITURE = frozenset({_READ_MORE_FROM, _COPYRIGHT, _HOLDER_COPYRIGHT, _DISCLAIMER, _NOT_THE_VIEW,
                             _DISCLAIMER_SUBJECT, _WELCOMES})
# a repost credit inside a note: "(Article by Jane Roe; republished from Example Daily)"
_REPUBLISHED = lazy_re(r"\b(?i:re(?:published|posted|printed)|cross-posted|syndicated) (?i:with permission )?"
                       r"(?i:from|by) (?:the\s+)?(?P<pub>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})")
_RELEASE = lazy_re(r"\bfor immediate release\b", re.I)
# a role line under the byline that names the outlet: "HealthDay Reporter", "CNN Staff Writer"
# (not "The Hollywood Reporter": a publication's name)
_OUTLET_ROLE = lazy_re(r"^(?!By\s)(?!The\s+\w+\s+(?:Reporter|Correspondent|Writer|Columnist)$)"
                       r"(?P<pub>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)\s+(?:(?:Staff\s+)?"
                       r"(?:Reporter|Correspondent|Writer|Contributor|Columnist)|(?P<staff>(?i:staff|news desk|staff reports?)))$")
# what sits under a writer's bare name on some sites: when it was posted ("Yesterday 2:45PM", "11/13/19 11:00AM",
# "Published 18 November 2019") or the writer's role with a handle ("News reporter @JaneRoe1")
_STAMP_LINE = lazy_re(r"^(?:(?:[A-Z][a-z]+day|Yesterday|Today)|\d{1,2}/\d{1,2}/\d{2,4})\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?$|"
                      r"^(?:Published|Posted|Updated)(?:\s+on)?:?\s+(?=\S*\d)|"
                      r"^(?:[A-Z][a-z]+\s+)?(?i:reporter|correspondent|writer|columnist|editor|journalist)\s+@\w+$")


def _name_over_stamp(header: list[Classified], md: Metadata) -> None:
    """A byline without "By": a writer's bare name right over a posting time or a role with a handle. Read only
    when no byline was found, and only the pair nearest the story (other stories' cards above it look alike)."""
    for k in range(len(header) - 2, -1, -1):
        text = header[k].block.text
        if _BARE_NAME.match(text) and text.split()[0].lower() in given_names() and \
                _STAMP_LINE.match(header[k + 1].block.text):
            _add_author(md.authors, text)
            header[k].role, header[k].reason = "byline", "name over a posting time"
            return


# a writer's role on its own line: a rank or a beat, and a beat may be a place ("Washington Correspondent",
# "Middle East Editor")
_ROLE_LINE = lazy_re(rf"^(?:(?:{_ROLE_MODIFIER}|Associate|Managing|Economics|Education|Environment|Climate|Crime|"
                     r"Defen[cs]e|Legal|Security|Technology|Arts|Culture|[A-Z][a-z]+(?=\s+(?:[A-Z][a-z]+\s+)?"
                     r"(?:Correspondent|Editor|Bureau Chief)$))\s+)*"
                     r"(?:Reporter|Correspondent|Writer|Contributor|Columnist|Editor|Journalist|Bureau Chief)$")
_OUTLET_LINE = lazy_re(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
_ROLE_ADJ = {"senior", "staff", "political", "chief", "national", "foreign", "special", "contributing", "investigative",
             "health", "science", "business", "sports", "white", "house", "general", "assignment", "associate",
             "deputy", "lead", "managing", "guest", "local", "international", "legal", "tech", "technology"}
_ORG_SUBJECT = lazy_re(
    r"^(?:The\s+)?(?P<pub>(?:[A-Z][\w.'’&-]*\s+|and\s+){0,6}?(?:Administration|Agency|Department|Institute|Association|"
    r"Foundation|Council|Commission|Office|University|Society|Organization|Organisation|Center|Centre|Bureau|Service|"
    r"Company|Corporation|Inc\.|Group)(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:and\s+)?[A-Z][\w.'’&-]*)*)?)\b")
_DATE_PREFIX = lazy_re(r"^(?:published|updated|posted|last updated|first published|modified|date|for immediate release|"
                       r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|"
                       r"gepubliceerd|bijgewerkt)\b\s*:?\s*(?:on\s+|am\s+|le\s+|el\s+|il\s+|em\s+|op\s+)?", re.I)
# the story's stamp in a sentence of its own under it: "This article was first published on 3 March 2016."
_PUBLISHED_ON = lazy_re(r"^(?:this|the) (?:article|story|post|piece|report) (?:was|is) (?:first |originally )?"
                        r"(?:published|posted) (?:on |in )?(?=\S*\d)", re.I)
# a role set off after the name, whatever words lead it ("By Jane Roe, Local Democracy Reporter", ", health editor")
_COMMA_ROLE = lazy_re(r",\s+(?:[\w.&'’-]+\s+){0,4}(?:writer|reporter|correspondent|columnist|contributor|editor|"
                      r"journalist)s?\s*$", re.I)
# a press release's first sentence names its issuer: "Greenfield Labs today announced …"
_ANNOUNCER = lazy_re(r"^(?:The\s+)?(?P<pub>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|and|&)){0,5}?)"
                     r"(?:,\s+[^,]{3,80},)?\s+(?:today\s+|this week\s+|recently\s+)?(?:has\s+)?"
                     r"(?:announced|launched|released|unveiled|introduced|named|appointed)\b")
_OUTLET_TAIL = lazy_re(r"\s*(?:,|\||/|—|–|-)\s*(?P<pub>(?:the\s+)?(?:associated press|[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,3}))\s*$")
_IN_PLACE = lazy_re(r"\s+in\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}$")
_NAME_SPLIT = lazy_re(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*)\s*", re.I)
_NAME_OK = lazy_re(r"^[A-ZÀ-Ý][\w.'’\-]*(?:\s+(?:[A-ZÀ-Ý][\w.'’\-]*|de|da|van|von|der|la|le|bin|al|del))*\s*$")
_ROLE_WORDS = {"reporter", "writer", "correspondent", "editor", "staff", "columnist", "contributor", "news", "press",
               "photographer", "updated", "published", "posted", "the"}


@dataclass
class Metadata:
    """What the metadata stage found (the spans it consumes go onto the blocks as cuts)."""

    headline: str | None = None
    description: str | None = None
    date_published: str | None = None
    date_text: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    dateline: str | None = None
    image: str | None = None  # HTML input: the page's og:image
    date_modified: str | None = None
    role_line_outlet: str | None = None  # "HealthDay Reporter" under the byline, the outlet named nowhere else
    publisher_by_footer: bool = False  # the publisher read from a copyright line or a widget's "More from …"
    leadin: str | None = None  # "WASHINGTON (AP) —": the dateline/credit/date the body opens with
    opening: str | None = None  # the text's first line, taken out of the body as its headline


_HONORIFIC = lazy_re(r"^(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+(?=[A-Z][\w'’-]*\s+[A-Z])")


def _add_author(out: list[str], raw: str) -> None:
    for name in _NAME_SPLIT.split(raw.strip().strip(".")):
        name = re.sub(r"^(?:by|and)\s+", "", name.strip(), flags=re.I).strip(" .;:")
        name = _IN_PLACE.sub("", name)  # "Reporting by Jane Roe in Washington": where she reported from
        name = _HONORIFIC.sub("", name)  # "By Dr. Jane Roe": the name, without the honorific
        if not name or not _NAME_OK.match(name):
            continue
        words = name.split()
        if not 2 <= len(words) <= 4 or any(w.lower() in _ROLE_WORDS for w in words):
            continue
        if not name.isupper() and any(_ACRONYM.fullmatch(w) and w not in ("II", "III", "IV") for w in words):
            continue  # "NBC Latino": an outlet's account, not a person
        if name.isupper() and len(name) > 4:  # "BY JANE ROE": Jane Roe
            name = re.sub(r"\bMc(\w)", lambda m: "Mc" + m.group(1).upper(), name.title())
        if name.lower() not in (a.lower() for a in out):
            out.append(name)


_CREDENTIALS = {"MD", "PHD", "RN", "DO", "MPH", "DDS", "JD", "MBA", "MS", "MA", "BA", "BS", "DVM", "PA", "NP", "CPA",
                "ESQ", "FACP", "FACS", "LCSW", "PSYD", "EDD", "OBE", "MBE", "CBE", "QC", "KC", "MP", "JR", "SR", "RDN", "RD",
                "LD", "CDE", "CPT", "LPC", "LMFT", "PHARMD", "DNP", "APRN", "FNP", "CNM", "CRNA"}
_ACRONYM = lazy_re(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}")


def _is_outlet(tail: str, pub: str) -> bool:
    """Is the tail of a byline an outlet ("| Reuters", ", Associated Press") rather than a second name?"""
    if tail.strip()[:1] in "|/":
        return True
    low = pub.lower()
    # "By Jane Doe, CNN": one capitalised acronym is an outlet, never the second of two people
    return low.startswith(("the ", "associated press")) or any(w in organization_words() for w in low.split()) \
        or (bool(_ACRONYM.fullmatch(pub.strip())) and pub.strip().upper().replace(".", "") not in _CREDENTIALS)


def _outlet_of(pub: str) -> str | None:
    """The outlet a byline's tail names, without a role after it ("Associated Press Writer"); none when the tail
    is only a role ("| Staff Writer", "| Senior Correspondent")."""
    pub = _ROLE_SUFFIX.sub("", pub).strip()
    if not pub or all(w.lower() in _ROLE_WORDS or w.lower() in _ROLE_ADJ for w in pub.split()):
        return None
    return _outlet_name(pub)


def _agency(pub: str) -> str:
    """A company named after its news agency ("Example Reuters") publishes through that agency: the outlet is the
    agency, as a wire's own credits write it."""
    last = pub.split()[-1]
    return last if " " in pub and last.lower() in words("news_agencies.txt") else pub


def _outlet_name(pub: str) -> str:
    """"Special to the Pioneer Press" names the Pioneer Press."""
    return re.sub(r"^(?:special|exclusive|written)\s+(?:to|for)\s+", "", pub.strip(), flags=re.I)


_PHOTO_AGENCY = lazy_re(r"\b(?:Images|Photos?|Pictures|Photography|Pool)\b")


_WRITER_ROLE = lazy_re(rf"\b(?:{_ROLE_NOUN}|Journalist)\b", re.I)  # a writer's own role in a tagline


_LEADING_DASH = lazy_re(r"^\s*(?:--|—|–|-)?\s*")


def _contact_line(text: str) -> str | None:
    """The name in a short line that only says how to reach the writer ("-- Jane Roe can be reached at …",
    "Contact Jane Roe at jroe@example.com."), else None."""
    rest = text[_LEADING_DASH.match(text).end():]
    m = _REACHED.match(rest) or _WRITE_TO.match(rest)
    return m.group("names").strip() if m and len(tokens(rest)) <= 30 else None


def _tagline(text: str, before: Iterable[str]) -> re.Match | None:
    """A closing "Jane Doe is a … librarian" (or "… writes about …") line about someone the story has not named:
    a tagline, not a last paragraph about one of its people."""
    m = _TAGLINE.match(text)
    if not m or not any(w.lower() in words("person_nouns.txt") for w in m.group("desc").split()):
        # "Jane Roe writes about cities for Example Magazine.", a given name first ("Medical Xpress covers …" is a site)
        m = _BIO.match(text)
        if not m or m.group("names").split()[0].lower() not in given_names():
            return None
    elif _WRITER_ROLE.search(m.group("desc")):
        return m  # "Jane Roe is a staff writer. Reach her at …": the writer's own line, named in the story or not
    surname = m.group("names").split()[-1]
    return None if any(surname in t for t in before) else m


# a press release's "About <issuer>" heading below the story ("About the American Heart Association")
_ABOUT_ISSUER = lazy_re(r"^About\s+(?P<the>the\s+)?(?P<pub>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|&)){0,7})\s*:?$")


def _issuer(tail: list[Classified]) -> str | None:
    """The issuer of a press release, from the "About X" box under it: the heading, then a paragraph that
    opens on that name and reads as an institution's ("The American Heart Association is devoted to …",
    "Acme Robotics is a leading provider of …"). An author's box ("About Jane Roe", "Jane Roe is a freelance
    writer …") names a person; "About Us" names nobody."""
    for c, nxt in zip(tail, tail[1:], strict=False):
        m = _ABOUT_ISSUER.match(c.block.text.strip())
        first = m.group("pub").split()[0].lower() if m else ""
        if not m or first in given_names() or first in _NOT_OUTLETS or first in ("us", "me"):
            continue
        pub = m.group("pub")
        institution = m.group("the") or any(w in organization_words() for w in pub.lower().split()) or \
            ISSUER.match(nxt.block.text)
        if institution and re.match(rf"(?:The\s+)?{re.escape(pub)}\b", nxt.block.text):
            return pub
    return None


_ISSUER_NAME = lazy_re(r"^(?:The\s+)?(?P<pub>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|at|&))*?)"
                       r"(?:,\s+|\s+(?:is|was)\s+)")


def _described_issuer(tail: list[Classified]) -> str | None:
    """The issuer of a press release from its description of itself at the end marker ("###" over "The Valley
    Institute is a nonprofit research center …", or just above the marker), where no "About X" heads it."""
    for c in tail:
        if c.reason in ("issuer description before the end marker", "after the article's end marker") and \
                ISSUER.match(c.block.text):
            m = _ISSUER_NAME.match(c.block.text)
            if m:
                return m.group("pub")
    return None


_GLUED_ROLE = lazy_re(rf"(?<=[a-z])(?={_ROLE_MODIFIER}\s|(?:Reporter|Writer|Correspondent|Editor|Columnist|"
                      r"Contributor)\b)")


# the writer's address after the name ("By Jane Roe | jroe@example.com", "By Jane Roe, Email: jroe@example.com")
_CONTACT_TAIL = lazy_re(r"\s*(?:[|•·,;/]\s*|\s[-–—]\s+)?(?:(?:e-?mail|contact)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$",
                        re.I)


def _byline(text: str, md: Metadata, footer: bool = False) -> bool:
    """Parse one byline-like line; returns True when it was one. Below the story (`footer`) a "Name | Outlet"
    line must start with a given name: "Privacy Policy | Terms of Use" is the site's footer."""
    text = _GLUED_ROLE.sub(" ", text)  # "By Jane RoeBusiness Columnist": a page's role label glued to the name
    text = _CONTACT_TAIL.sub("", text) if "@" in text else text
    r = _NAME_ROLE.match(text)
    if r:  # "Jane Doe, Contributor"
        _add_author(md.authors, r.group("names"))
        pub = _outlet_of(text[r.end("names"):].strip(" ,"))  # "Jane Roe, Associated Press Writer"
        if pub and _is_outlet(", " + pub, pub):
            md.publisher = md.publisher or pub
        return True
    r = _NAME_SPECIAL.match(text)
    if r:  # "Jane Doe, Special to CNN"
        _add_author(md.authors, r.group("names"))
        md.publisher = md.publisher or r.group("pub")
        return True
    d = _DATE_BY.match(text)
    if d:  # "January 5, 2017 by Jane Doe Leave a Comment": the date is read by the caller
        _add_author(md.authors, d.group("names"))
        return True
    d = _NAME_DASH_DATE.match(text)
    if d and d.group("names").split()[0].lower() in given_names() and parse_date(text[d.end():]):
        _add_author(md.authors, d.group("names"))  # "Chris Davies - Nov 19, 2019, 10:31 pm CST"
        return True
    d = _THEN_BY.match(text)
    if d and (when := parse_date(d.group("date"))) and \
            len(tokens(d.group("date")[:when[2]] + d.group("date")[when[3]:])) <= 3:
        _add_author(md.authors, d.group("names"))  # "5:45 AM PST 11/19/2019 by Patrick Shanley"
        return True
    c = _COMMA_OUTLET.match(text) if not footer else None
    if c and c.group("names").split()[0].lower() in given_names() and \
            c.group("pub").split()[0].lower() not in given_names() and _is_outlet(", " + c.group("pub"), c.group("pub")):
        _add_author(md.authors, c.group("names"))  # "Jane Doe, Reuters" over the story: a byline without "By"
        md.publisher = md.publisher or c.group("pub")
        return True
    p = _PIPE_BYLINE.match(text)
    if p and footer and p.group("names").split()[0] != "By" and p.group("names").split()[0].lower() not in given_names():
        p = None
    if p and _PHOTO_AGENCY.search(p.group("pub")):
        return False  # "Alex Wong | Getty Images": a photo credit, its photographer no author
    if p:  # "Jane Doe | Reuters"
        _add_author(md.authors, p.group("names"))
        md.publisher = md.publisher or _outlet_of(p.group("pub"))
        return True
    h = _HANDLE_BYLINE.match(text)
    if h:  # a blog's user name as byline ("Posted on by willyloman"); a site's generic account is nobody's name
        if h.group("names").lower() not in (a.lower() for a in md.authors) and \
                h.group("names").lower().rstrip("0123456789_") not in _GENERIC_ACCOUNTS:
            md.authors.append(h.group("names"))
        return True
    m = _BYLINE.match(text)
    if not m or not (m.group("names")[:1].isupper() or m.group("names").startswith(("the ", "The "))):
        return False  # ("By registering you agree to the Terms of Use, Privacy Policy …": a sentence, no byline)
    names = m.group("names")
    names = _BYLINE_DATE.split(names)[0]  # "By Jane Doe • March 3, 2017", "… | Updated: Jun 12, 2018"
    names = _OTHER_CREDIT.split(names)[0]  # "Story by Jane Doe | Photos by John Roe": photographers are no authors
    names = _HANDLE.sub("", names)  # "By Jane Doe (@janedoe)"
    paren = _PAREN_OUTLET.search(names)
    if paren and _is_outlet(" " + paren.group("pub"), paren.group("pub")):  # "By Jane Doe (Reuters)"
        md.publisher = md.publisher or paren.group("pub")
        names = names[:paren.start()]
    t = _OUTLET_TAIL.search(names)
    if t and _is_outlet(names[t.start():t.end()], t.group("pub")):
        md.publisher = md.publisher or _outlet_of(t.group("pub"))
        names = names[:t.start()]
    names = _ROLE_TAIL.sub("", _COMMA_ROLE.sub("", names))
    caps = _CAPS_NAMES.match(names)
    if caps and caps.end() < len(names):  # "By JANE DOUGLAS Associated Press": the case changes where the name ends
        tail = names[caps.end():].strip()
        if _is_outlet(" " + tail, tail) and not md.publisher:
            md.publisher = _outlet_name(tail)
        names = caps.group(0)
    outlet = _STAFF_SUFFIX.sub("", names.strip())
    if outlet and outlet.split()[0].lower() not in given_names() and _is_outlet(" " + outlet, outlet):
        md.publisher = md.publisher or outlet  # "By the Associated Press", "By AFP", "By The Daily Ledger staff"
        return True  # (not "By John Fund": a given name first is a person)
    _add_author(md.authors, names)
    return True


_ROLE_SUFFIX = lazy_re(rf"(?:\s+(?:{_ROLE_MODIFIER}\s+)?(?:{_ROLE_NOUN}|Editor)s?)+$", re.I)  # ("… Press Writer")
OTHER_STORIES_BELOW = 8  # blocks below the story's last paragraph past which a "By …" line is another story's
_STAFF_SUFFIX = lazy_re(r"\s+(?:staff|staff reports?|news staff|wire services?|news services?)$", re.I)


def _declared_site(hints: dict) -> str | None:
    """The site's name the page declares (og:site_name, its JSON-LD publisher), when it reads as a name: not an
    address, a handle's '@' dropped, the first of "The Example Post | ExamplePost.com", no tagline in lower case."""
    site = re.sub(r"^@", "", (hints.get("publisher") or "").strip()).split(" | ")[0].strip()
    if not site or "/" in site or len(site.split()) > 5:
        return None  # ("https://www.example.com")
    if site.islower():
        return site if "." in site else None  # ("livescience.com" names a site; "politifact", a handle, no)
    if any(w.islower() and w not in ("of", "the", "and", "for", "on") for w in site.split()):
        return None  # a tagline ("Expert how-to for riders")
    return site


def _declared_title(hints: dict) -> str | None:
    """The page's own title without a section or site label around it ("Opinion | …", "… | The Daily Bugle");
    none when it is only the site's name."""
    title = (hints.get("headline") or "").strip()
    site = (hints.get("publisher") or "").strip().lower()
    title = _without_labels(title, site)
    if len(title) > 300 or re.search(r"<[A-Za-z!?/]", title):
        return None  # an unclosed <title> swallowed the page: no title
    return title if title and title.lower() != site else None


# a label before a headline: "BREAKING: …", "Watch: …", "UPDATE: …"
_HEADLINE_LABEL = lazy_re(r"^(?:breaking(?: news)?|just in|update[ds]?|developing|watch|video|live)\s*:\s+(?=\S)", re.I)


_PUNCT = lazy_re(r"[.,!?:;’”'\"…]")


def _without_labels(title: str, site: str, text: bool = False) -> str:
    """A headline without the labels pages put around it: a site's name after a bar or dash ("… | The Daily
    Bugle", "… - Valley Blog"), a section before a bar ("Opinion | …"), a label before a colon ("BREAKING: …").
    A short name after the separator is taken for the site's when what it follows is longer; in a headline
    line of the text (`text`), only a name: capitals, no punctuation ("… — Yet.", "… – Refused Immediately."
    end the headline itself)."""
    seps = list(re.finditer(r"\s+[|–—]\s+", title))
    if seps:
        last = title[seps[-1].end():]
        named = not text or (all(w[:1].isupper() for w in last.split()) and not _PUNCT.search(last))
        if last.lower() == site or (named and len(last.split()) <= 3 < len(title[:seps[-1].start()].split())):
            title = title[:seps[-1].start()]  # "… | The Daily Bugle"
        first = re.match(r"([^|–—]+?)\s+[|–—]\s+", title)
        if first and len(first.group(1).split()) <= 2 and len(title[first.end():].split()) >= 3:
            title = title[first.end():]  # "Opinion | …"
    dash = re.search(r"\s+-\s+(?P<site>[^-]+)$", title)
    if dash and text and _PUNCT.search(dash.group("site")):
        dash = None
    if dash and (dash.group("site").lower() == site or (len(dash.group("site").split()) <= 3 and
                                                        all(w[:1].isupper() for w in dash.group("site").split()) and
                                                        len(title[:dash.start()].split()) > 3)):
        title = title[:dash.start()]  # "… - Valley Blog" (a hyphen too, when what follows reads as a name)
    label = _HEADLINE_LABEL.match(title)
    if label and len(title[label.end():].split()) >= 3:
        title = title[label.end():]
    return title


def _content_words(text: str, lang: str | None) -> set[str]:
    """Words of three letters or more that are not stop words of `lang`, cut to five letters so that
    "libraries" meets "library" (a crude stem, but language-neutral)."""
    stop = stopwords().get(lang or "en", frozenset())
    return {w[:5] for w in (t.lower() for t in tokens(text)) if len(w) >= 3 and w not in stop}


def _long_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) >= 4]


def _headline_cased(text: str) -> bool:
    """Headline case: a title-like line whose words of four letters or more are nearly all capitalised."""
    long = _long_words(text)
    return _is_title_like(text.rstrip("’'\"”.")) and len(long) >= 3 and \
        sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _capitalised(text: str) -> bool:
    """Every word of four letters or more capitalised, and two of them at least ("The Impeachment Clock")."""
    long = _long_words(text)
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def _is_title_like(text: str) -> bool:
    n = len(tokens(text))
    if not 3 <= n <= 30 or len(text) > 200:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    d = parse_date(text)
    if d and len(d[1]) > 0.5 * len(text):
        return False
    return not _BYLINE.match(text) and not _CAPTION_LIKE.search(text) and not _BREADCRUMB.search(text)


# a wire lead-in glued after furniture on the same line ("Story highlights … heads to the House (CNN) The Senate …",
# "The Borowitz Report WASHINGTON (The Borowitz Report)—In …"): a credit in parentheses, before a dash or a
# capitalised word; a credit in running prose is followed by lower case ("(HPV) vaccine", "(R-Texas) said")
@lru_cache(maxsize=None)
def _glued_leadin() -> re.Pattern:
    """(compiled on first use: most texts open on their lead-in or have none, and this pattern costs 2 ms)"""
    return re.compile(r"(?<=[\w)\]])\s+(?P<at>(?:[A-Z][A-Z.'’\-/]+(?:\s+[A-Z][A-Z.'’\-/]+){0,3}"
                      r"(?:,\s*[A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?\s*)?"
                      r"\((?P<pub>[A-Z][\w.&'’ ]{1,40})\)\s*(?:(?:--|—|–|-)\s*)?(?=[A-Z“\"‘]))")


_HIGHLIGHTS = lazy_re(r"(?:story\s+)?highlights\b", re.I)
_CAPTION_LIKE = lazy_re(r"\bpictured\b|credit\s*(?:\.{3}|…|:)|\((?:photo|image|picture)s?\b|"
                        r"\((?:source|credit|courtesy)\b[^()]{0,60}\)\s*$|"  # ("… (Source: NASA)")
                        # a credit after the caption's full stop ("… the plumes. (NASA/JPL)"); who stands where
                        # ("Kevin King (left) and …", "Deval Patrick, left, speaks …"); an agency's credit
                        # glued on ("… isn't easy.Kathrin Ziegler/Getty")
                        r"[.!?]\s*\([^()]{2,80}\)\s*$|\((?:left|right|center|centre|L|R|C)\)|"
                        r",\s+(?:left|right|center|centre|second from (?:left|right))\s*,|"
                        r"\w/(?-i:Getty|AP|AFP|Reuters|Shutterstock|iStock|EPA|Alamy|Bloomberg|Pool)\b", re.I)


_GLUED_BY = lazy_re(r"By\s+")
_NAME_TOKEN = lazy_re(r"([A-Z][\w'’\-]*\.?|[A-Z]\.)\s*")


# "Jane Roe is a reporter for The Hill.", "… covers politics for Axios": the reporter's outlet published the story
# (not "a senior fellow at the Heritage Foundation": an op-ed author's employer is no publisher)
_STAFF_OUTLET = lazy_re(r"\b(?:(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:reporter|writer|"
                        r"correspondent|columnist|journalist|contributor|editor)|(?:covers|writes about|reports on)"
                        r"\s+(?:[\w-]+\s+){0,4}?)\s*(?:for|at|with|to)\s+(?P<pub>(?:the\s+|The\s+)?[A-Z][\w.&'’-]*"
                        r"(?:\s+[A-Z][\w.&'’-]*){0,4})")


def _staff_outlet(text: str, md: Metadata) -> None:
    m = _STAFF_OUTLET.search(text)
    if m and not md.publisher:  # ("the Washington Examiner's Beltway Confidential blog": the Examiner)
        pub = re.split(r"['’]s\b", m.group("pub"))[0].strip().rstrip(".")
        md.publisher = re.sub(r"^the\s+", "", pub)


def _capitalised_run(text: str, pos: int, most: int, stop: frozenset[str]) -> tuple[list[str], int]:
    """Up to `most` capitalised words from `pos`, none a stop word, and where they end."""
    found: list[str] = []
    while len(found) < most:
        t = _NAME_TOKEN.match(text, pos)
        if not t or t.group(1).lower().rstrip(".") in stop:
            break
        found.append(t.group(1))
        pos = t.end()
    return found, pos


def _glued_byline(text: str, md: Metadata, lang: str | None) -> int:
    """A byline run into the story on one line ("By Maggie Fox, NBC News The Food and Drug Administration …",
    "By Lisa Rapaport (Reuters Health) - People who …"): the name (two or three capitalised words, none a stop
    word), an outlet after a comma, then a stop word or a lead-in; the length read, 0 when it is no byline."""
    m = _GLUED_BY.match(text)
    if not m:
        return 0
    stop = stopwords().get(lang or "en", frozenset())
    names, pos = _capitalised_run(text, m.end(), 3, stop)
    if len(names) < 2 or any(n.lower().rstrip(".") in MONTHS or n.lower().endswith("day") for n in names):
        return 0  # "By Tuesday Evening The council had voted": a time, not a byline
    comma = re.match(r",\s*", text[pos:])
    if comma:  # "…, NBC News The …": an outlet in the byline slot
        outlet, at = _capitalised_run(text, pos + comma.end(), 4, stop)
        name = " ".join(outlet)
        if not outlet or not _is_outlet(name, name):
            return 0
        md.publisher = md.publisher or _outlet_name(name)
        pos = at
    nxt = re.match(r"\(|[“\"‘]|([A-Z][a-z]*)\b", text[pos:])
    if not nxt or nxt.group(1) and nxt.group(1).lower() not in stop:
        return 0  # the story starts with a stop word ("The", "A") or a lead-in; else the name may run on
    _add_author(md.authors, " ".join(names))
    return pos


_UPDATED = lazy_re(r"\s*[|•·,;-]?\s*\b(?:last\s+)?(?:updated|modified)\b\s*(?:on\s+|at\s+)?:?\s*", re.I)


def _updated(text: str, md: Metadata, reference: date | None) -> None:
    """The date after "Updated"/"Modified" is the modification date, when later than the publication's."""
    m = _UPDATED.search(text)
    d = parse_date(text[m.end():], reference) if m else None
    if d and md.date_published and d[0][:10] >= md.date_published[:10] and d[0] != md.date_published:
        md.date_modified = d[0]


_PLACE_WORDS_BEFORE = lazy_re(r"(?:[A-Z][a-z'’\-]+\s){1,3}$")


def _known_place_before(text: str, at: int) -> int:
    """Where a glued lead-in starts when a known place in ordinary case stands before its credit ("… Democrats
    opposed it Washington (CNN) The …"): the longest run of capitalised words before `at` that places.txt
    names; `at` itself when there is none (a capital word there may as well end the headline)."""
    m = _PLACE_WORDS_BEFORE.search(text, max(0, at - 60), at) if text[at:at + 1] == "(" else None
    if m:
        found = [w.start() for w in re.finditer(r"[A-Z]", m.group()) if w.start() == 0 or m.group()[w.start() - 1] == " "]
        for k in found:  # the longest run first
            if m.group()[k:].strip().lower() in words("places.txt"):
                return m.start() + k
    return at


def _credit_like(m: re.Match, prefix: str) -> bool:
    """A glued lead-in's parenthesis is a credit, not an aside of the sentence it sits in ("9 (More) Offensive
    Things", "The World Health Organization (WHO) Director-General said"): a place in capitals before it, a
    dash after it, or story highlights before it; never a party label or the initials of the words before."""
    pub = m.group("pub").strip()
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", prefix))
    if _PARTY.match(pub) or (pub.isupper() and pub.replace(".", "") in initials):
        return False
    placed = not m.group("at").startswith("(")
    dashed = re.search(r"[-–—]\s*$", m.group(0)) is not None
    return placed or dashed or bool(_HIGHLIGHTS.match(prefix))


def _leadin(text: str, md: Metadata) -> int:
    """Parse a dateline/credit/date lead-in at the head of the first body block; return its length."""
    for rx in (_LEADIN_DATE, _LEADIN_PLACE, _LEADIN_TOWN, _LEADIN_REGION, _LEADIN_KNOWN, _LEADIN_CREDIT, _LEADIN_WORD):
        m = rx.match(text)
        if not m:
            continue
        g = m.groupdict()
        if rx is _LEADIN_DATE and not (g["pub"] or re.search(r"\d{4}", g["date"])) or \
                rx is _LEADIN_DATE and g["date"].split()[0].lower().rstrip(".") not in MONTHS:
            continue  # "Oct 5 (Reuters) - " needs its credit; "Chapter 5 - " is no date
        if rx is _LEADIN_REGION:
            if not g["pub"] and g["region"].lower() not in words("places.txt") and not _ACRONYM.fullmatch(g["region"]) \
                    and g["region"].lower() not in words("state_abbreviations.txt"):
                continue  # (a state's initials are a region: "Washington, D.C. — ", and so is "Springfield, Ill. — ")
            md.dateline = f"{g['place']}, {g['region']}"
            g["pub"] = g["pub"] or g["slashed"]
        if rx is _LEADIN_KNOWN:
            known = g["town"].lower() in words("places.txt")
            if g["pub"] and _PARTY.match(g["pub"]) and not known or \
                    not g["pub"] and (not known or not (g["place"].isupper() or g["kdash"])):
                continue  # ("Nancy Doe (D-Calif.) Says …"; "BOOM: …", "UPDATE: …" unknown, "Mumbai: …" in ordinary
                # case; but "Tokyo – The …", a known place before a dash)
            md.dateline = g["place"]
        if rx is _LEADIN_TOWN:
            state = g["agency"] and len(g["agency"]) == 2  # "New York, NY –": a state, not an agency
            md.dateline = f"{g['place']}, {g['agency']}" if state else g["place"]
            g["pub"] = g["pub"] or (None if state else g["agency"])
        if rx is _LEADIN_PLACE:
            if g["date"] and not any(w.lower().rstrip(".") in MONTHS for w in g["date"].split()[:2]):
                continue  # ("NASA Artemis 2 — The …": no date, so no dateline either)
            if g["pub"] and parse_date(g["pub"]) and re.search(r"\d{4}", g["pub"]):
                g["date"], g["pub"] = g["pub"], None  # "PHILADELPHIA, PA (March 3, 2016) -": a date in brackets
            g["date"] = g["date"] or g["date2"]
            g["pub"] = g["pub"] or g["slashed"]
            place = g["place"].strip().rstrip(",")
            first = place.split(",")[0]
            if not g.get("pub") and (len(first) < 3 or not first.replace(" ", "").replace(".", "").isupper()):
                continue
            if not g.get("pub") and g["dash"].strip() == "-" and not g["dash"].startswith(" "):
                continue
            md.dateline = place
        if rx is _LEADIN_WORD and (g["pub"].lower() in _NOT_LEADIN_WORDS or g["pub"].lower() in MONTHS or
                                   g["pub"].lower() in given_names()):
            continue  # ("Monday — The …", "Update — …", "Sarah — …": a day, a kicker or a name, no outlet)
        if g.get("pub") and not md.publisher:
            md.publisher = g["pub"].strip()
        if g.get("date") and not md.date_published:
            d = parse_date(g["date"])
            if d and re.search(r"\d{4}", g["date"]):
                md.date_published, md.date_text = d[0], d[1]
        if rx in (_LEADIN_WORD, _LEADIN_CREDIT) and not md.dateline:  # "Newswise — ANN ARBOR, Mich. — ": the
            return m.end() + _leadin(text[m.end():], md)  # distributor's credit, then the dateline
        return m.end()
    return 0


DECK_WORDS = 60  # a deck, a caption or a headline over the byline is this short; a lead paragraph may be longer
HEADLINE_WORDS = 18
CREDIT_WORDS = 8  # a photo's credit alone ("Photo: Jane Roe/Example Agency"), not its caption with the credit
# how far above the body a page's byline and date lines are looked for: a page's text puts share buttons, video
# lists and captions between them and the story (measured on the dev pages' text: 12 blocks found 71 of the
# 106 dates the same pages' HTML gives, 40 found 80, none of them wrong)
HEADER_BLOCKS = 40
HEADER_LINE_CHARS = 300  # a byline or date line is never longer
CLUSTER_GAP = 6  # byline and date lines this close belong together (a bio, a handle, an address between)
ANCHOR_REACH = 4  # a headline sits this close above its byline or date lines (a kicker, a deck, a caption between)


def _above_the_byline(cs: list[Classified]) -> bool:
    """What the body opens on, when a byline or date line follows it at once, is a headline, a deck or a photo
    caption over that byline ("… Here’s how to figure out what’s best for you." over "By Jane Roe"), not the
    story: on the dev pages all 10 such blocks over a byline were not the article's text, nor the 2 over a date
    line. (Two blocks over the byline only when one of them is headline-short: a byline under two paragraphs
    closes a section or is another story's.) Likewise what it opens on over a photo's bare credit is that
    photo's caption (5 of 5 on the dev pages' text; the 15 paragraphs over one further down were all the
    story's). True when something was taken out (what opens the body then is looked at again)."""
    kept = [i for i, c in enumerate(cs) if c.keep]
    if len(kept) < 3:
        return False
    k = kept[0]
    credit, under = (cs[k + 1] if k + 1 < len(cs) else None), (cs[k + 2] if k + 2 < len(cs) else None)
    if credit is not None and _photo_line(credit) and len(tokens(credit.block.text)) <= CREDIT_WORDS and \
            not (under is not None and _photo_line(under) and under.block.text != credit.block.text) and \
            len(tokens(cs[k].block.text)) <= DECK_WORDS:
        # (a credit alone, "Photo: Jane Roe/AP": a caption with its credit, "FILE PHOTO - A building … REUTERS/…",
        # stands under the story's lead and is the photo's whole caption; a credit over a caption line, "Image
        # copyright Getty Images" over "Image caption …", is that caption's; the same credit twice is one)
        cs[k].keep, cs[k].role, cs[k].reason = False, "header", "photo caption over its credit"
        return True
    for j in (k + 1, k + 2, k + 3):
        if j < len(cs) and (cs[j].role in ("byline", "date") or cs[j].reason == "byline"):
            lead = [c for c in cs[k:j] if c.keep]
            # (two blocks over the byline: one of them a headline, "Tim Cook On Apple …" over its deck)
            titled = len(lead) < 2 or any(len(tokens(c.block.text)) <= HEADLINE_WORDS for c in lead)
            if titled and all(len(tokens(c.block.text)) <= DECK_WORDS for c in lead) and len(kept) > len(lead) + 1:
                for c in lead:
                    c.keep, c.role, c.reason = False, "header", "headline, deck or caption over the byline"
                deck = lead[-1]
                text = deck.block.text
                if len(tokens(text)) >= 8 and SENTENCE_CLOSE.search(text) and "?" not in text[-3:] and \
                        not _CAPTION_LIKE.search(text) and not any(c.role == "teaser" for c in cs):
                    # the story told in a sentence or two above the byline (not a question, a headline's form):
                    # its summary, as a deck under the headline is
                    deck.role, deck.reason = "teaser", "deck over the byline"
                return True
            return False
        if j < len(cs) and cs[j].keep is False and cs[j].cls != "bad" and not _writer_line(cs[j].block.text):
            return False  # (a writer's name or role without "By" over the date line, unread under a kept deck)
    return False


def _writer_line(text: str) -> bool:
    """A byline without "By" ("Jane Roe") or a writer's role ("Crime Reporter")."""
    return bool(_BARE_NAME.match(text) and text.split()[0].lower() in given_names() or _ROLE_LINE.match(text))


def _photo_line(c: Classified) -> bool:
    return not c.keep and c.reason in ("caption", "photo credit")


# a clock time beside a date ("at 9:45 am", "05:44 GMT", "10:48,"): no words of its own
_CLOCK = lazy_re(r"\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4}\b)?", re.I)


# a relative stamp beside the date ("Nov. 18, 2019 / 4:07 PM / Updated an hour ago"): says no more than it
_AGO = lazy_re(r"[\s/|,]*\b(?:updated|posted|published|modified)?\s*(?:an?|\d{1,2}|one|two|few)\s+(?:\w+\s+)?"
               r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b", re.I)


_ZONE_OR_COUNTRY = lazy_re(r"[A-Z]{1,2}[SD]?T|UTC|GMT|CET|CEST|BST|IST|JST|AEST|AEDT|HKT|SGT|UK|US|USA|EU")


def _date_line(c: Classified, md: Metadata, reference: date | None) -> bool:
    """Read a date line ("November 19, 2019 at 9:45 am", "PUBLISHED: … | UPDATED: …", "Jane Doe | March 3, 2017",
    "February 1, 2019 | BY: Jane Roe, MS", "Jane Roe 27/09/2018 2 comments Schools, Reading") into `md` when no
    date is known yet; True when it was one."""
    text = c.block.text
    d = parse_date(text, reference) if not md.date_published else None
    if not d:
        return False
    rest = (text[:d[2]] + text[d[3]:]).strip(" ,|-–—:/")
    rest = _AGO.sub("", _CLOCK.sub("", _DATE_PREFIX.sub("", rest))).strip(" ,|-–—:/")
    by = re.match(r"^(?i:by)\s*:?\s+[A-Z]", rest)
    named = text[:d[2]].strip(" ,|-–—:")  # "Jane Roe 27/09/2018 2 comments Schools, Reading": a name opens the line
    named = named if _BARE_NAME.match(named) and named.split()[0].lower() in given_names() else ""
    if not (len(tokens(rest)) <= 3 or _DATE_PREFIX.match(text) or by or named):
        return False
    md.date_published, md.date_text = d[0], d[1]
    _updated(text[d[3]:], md, reference)  # "Published … | Updated 6:11 p.m. ET March 4, 2017"
    if named:
        _add_author(md.authors, named)  # (what follows the date, a comment count and the categories, says no more)
    elif re.match(r"^[A-Z]", rest) and rest.split()[0].lower() in given_names():
        _add_author(md.authors, rest)  # "Jane Doe | March 3, 2017": a byline with its date
    elif _OUTLET_LINE.fullmatch(rest) and _is_outlet(rest, rest) and not md.publisher and \
            rest.lower() not in words("places.txt") and not _ZONE_OR_COUNTRY.fullmatch(rest):
        md.publisher = rest  # "Example Herald | Nov 3, 2019": the outlet with its date (not "…, UK", "… EST")
    elif by:
        _byline(rest, md)  # "Tuesday, 15 March 2016 | By Jane Roe", "February 1, 2019 | BY: Jane Roe, MS"
    c.role, c.reason = "date", "date line"
    return True


def _label_byline(c: Classified, nxt: Classified | None, md: Metadata) -> bool:
    """"By" or "Author:" on a line of its own over the name's line ("Jane Roe"; over "Example Magazine Editorial
    Staff" it names no one, and that line is no headline)."""
    if nxt is None or not _BYLINE_LABEL.match(c.block.text) or not _byline("By " + nxt.block.text.strip(), md):
        return False
    c.role, c.reason = "byline", "byline label"
    nxt.role, nxt.reason = "byline", "byline"
    return True


_BY_NAME = lazy_re(r"^By\s+[A-Z]")
_NAME_HANDLE = lazy_re(r"([A-Z][a-z'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’\-]+){1,2})\s+@(\w{2,20})")


def _kept_byline(c: Classified, md: Metadata) -> bool:
    """A short "By Name …" line the cleaner kept among the story's first paragraphs is its byline: read (when
    no author is known yet) and taken out of the body. A sentence opening on "By" names nobody. So is a writer's
    name with their handle ("Jane Roe @JaneRoeWrites")."""
    handle = _NAME_HANDLE.fullmatch(c.block.text.strip())
    names = handle.group(1).lower().split() if handle else []
    if handle and (names[0] in given_names() or any(n in handle.group(2).lower() for n in (names[0], names[-1]))):
        # (a given name we know, or the handle spells the name: "Nishant Kumar @Nishantopines")
        if not md.authors:
            _add_author(md.authors, handle.group(1))
        c.keep, c.role, c.reason = False, "byline", "byline among the story's first paragraphs"
        return True
    if len(tokens(c.block.text)) > 15 or not _BY_NAME.match(c.block.text):
        return False
    found = Metadata()
    if not _byline(c.block.text, found) or not found.authors:
        return False
    md.authors = md.authors or found.authors  # (its outlet, if any, counts for less than the page's own notices)
    c.keep, c.role, c.reason = False, "byline", "byline among the story's first paragraphs"
    return True


def _date_only(text: str, reference: date | None) -> bool:
    """A line that is a date stamp and nothing more ("Jan 5, 2017", "Nov 13, 2019 4:26 pm", "Nov. 20, 2019Updated:
    Nov. 20, 2019 1:35 a.m.": a scrape glues the update stamp on)."""
    if _DATE_LINE.match(text):
        return parse_date(text, reference) is not None
    text = _GLUED_WORD.sub(" ", text)  # ("2019Updated:": the year's word boundary restored)
    d = parse_date(text, reference)
    if d is None or d[2] > 0:
        return False
    rest = _UPDATED_GLUED.sub("", text[d[3]:])
    return not rest.strip() or (parse_date(rest, reference) is not None and len(tokens(rest)) <= 8)


_GLUED_WORD = lazy_re(r"(?<=\d)(?=[A-Z][a-z])")
_UPDATED_GLUED = lazy_re(r"^\s*[|/•·-]?\s*(?:updated|modified|last updated)\s*:?\s*", re.I)
# a byline as a profile card prints it: the name, the handle and how long ago ("Jane Roe @janeroe / 2 days")
_HANDLE_CARD = lazy_re(r"^(?P<names>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})\s+@\w{2,30}(?:\s*[/|•·]\s*[\w\s]{1,30})?$")


def _bare_byline(text: str, md: Metadata) -> bool:
    """Names without "By", each led by a given name, with an outlet after a comma when there is one: read as the
    byline they would be with "By" (the caller knows a date line follows)."""
    if _BARE_NAME.match(text) and text.split()[0].lower() in given_names():
        _add_author(md.authors, text)
        return True
    if len(tokens(text)) > 10 or text.rstrip().endswith((".", "?", "!")) or text.split()[0].lower() not in given_names():
        return False
    trial = Metadata()
    if not _byline("By " + text, trial) or not trial.authors:
        return False
    names = trial.authors
    if names[-1].split()[0].lower() not in given_names() and len(names) >= 2 and text.rstrip().endswith(names[-1]):
        names, trial.publisher = names[:-1], trial.publisher or names[-1]  # "…, Valley Courier": the outlet
    if not all(a.split()[0].lower() in given_names() for a in names):
        return False
    for a in names:
        _add_author(md.authors, a)
    md.publisher = md.publisher or trial.publisher
    return True


def _byline_line(c: Classified, md: Metadata, reference: date | None) -> bool:
    """Read a byline line into `md`, with the date it may carry ("Posted by Jane Doe on 19 Sep 2016")."""
    if not _byline(c.block.text, md):
        return False
    c.role, c.reason = "byline", "byline"
    d = parse_date(c.block.text, reference) or parse_short_date(c.block.text)  # ("By Jane Roe - 11/19/19 06:56 AM EST")
    if d and not md.date_published:
        md.date_published, md.date_text = d[0], d[1]
    return True


def _dated(text: str) -> bool:
    """Does the line give a full date ("Carlos Nadalim 27/09/2018 Comente! Alfabetização, …")? Then it is a
    byline or date line with other words on it, not a headline."""
    d = parse_date(text)
    return d is not None and re.search(r"\d{4}", d[1]) is not None


def _deck_like(text: str) -> bool:
    """A deck: a sentence's worth of words in sentence case, no headline's capitals, no question."""
    return 8 <= len(tokens(text)) <= DECK_WORDS and not _headline_cased(text) and not _dated(text) and \
        not text.rstrip().endswith("?")


# the word a byline opens on, in English and the other languages _BYLINE reads
_BY_WORD = lazy_re(r"\s*(?:by|von|par|por|door|di|autor|autore|auteur|escrito|scritto|geschreven)[\s:]", re.I)


def _anchored_headline(head: list[Classified], md: Metadata, lang: str | None, body_words: set[str]) -> None:
    """The headline over the byline and date lines nearest the body: of the few lines just above them, the
    topmost title-like one that shares words with the story ("Three Cases of Plague Diagnosed in China" over
    its deck, a photo caption and "By Brigit Katz")."""
    marked = [i for i, c in enumerate(head) if c.role in ("byline", "date")]
    if not marked or md.headline:
        return
    top = marked[-1]
    while top - 1 >= 0 and any(i in marked for i in range(max(0, top - CLUSTER_GAP), top)):
        top = max(i for i in marked if i < top)  # up through the cluster: "By …" over "Updated …"
    # a "By …" line in the cluster under it ("By Jane Roe" under the title, or under the title's date line)
    by_line = any(head[i].role == "byline" and _BY_WORD.match(head[i].block.text) for i in marked if i >= top)
    lo = max(0, top - ANCHOR_REACH)
    # (a deck under the title tells the story too: "… jailed for stealing £80,000" over "A former treasurer who
    # stole … has been jailed for three years." shares its words with the deck more than with the body)
    decks = {i: ws for i in range(lo, top) for c in [head[i]] if c.role not in ("byline", "date")
             and len(tokens(c.block.text)) >= 6 and not _is_title_like(c.block.text.strip())
             for ws in [_content_words(c.block.text, lang)] if ws & body_words}

    def story(i: int) -> set[str]:
        """The body's words and those of the decks under line `i`."""
        return body_words.union(*(ws for k, ws in decks.items() if k > i))

    deck = head[top - 1] if top >= 1 and head[top - 1].role not in ("byline", "date") and \
        _deck_like(head[top - 1].block.text) else None

    def needed(c: Classified) -> int:
        """How many of the story's words a title line must share, by where it stands and how it is written."""
        text, n = c.block.text, len(tokens(c.block.text))
        if c is head[top - 1] and by_line and n >= 4:
            return 0  # right over "By …": the title
        if deck is not None and top >= 2 and c is head[top - 2] and n >= 4:
            if _headline_cased(text) or _capitalised(text):
                return 0  # a title over its deck over the byline ("4 Things to Do in October" over "Our top …")
            if by_line and SENTENCE_CLOSE.search(deck.block.text):
                return 1  # in sentence case too over a deck that is a sentence, over "By …" ("Our towns cannot
                # afford to lose their libraries" over "Libraries are the last free … spaces we have left.")
        if _headline_cased(text) or c is head[top - 1] and _capitalised(text):
            return 1  # headline case, or capitals right over the byline ("The Impeachment Clock"): one word of the
            # story ("Republicans Are Following Trump to Nowhere" over a story that never says "Republicans")
        return 2  # sentence case elsewhere: two

    # (and the lines between the cluster's own: "Last Updated : …" over the headline, its deck, "Jane Roe @JaneRoe")
    found = [c for i, c in reversed(list(enumerate(head[lo:marked[-1]], lo))) if c.role not in ("byline", "date")
             and (_is_title_like(c.block.text.strip()) or _headline_cased(c.block.text.strip())) and c.cls != "bad"
             and len(_content_words(c.block.text, lang) & story(i)) >= needed(c)
             and not _dated(c.block.text)]
    # the topmost of five words or more: a deck comes under its headline ("One member of the Browns' defense
    # didn't hold back …" under "Browns player on Mason Rudolph's role …"), a site's "Follow CNN Business" is short
    # (else the topmost in headline case: "2018 Boys State Swim Results" over photos' captions, "Ben Patton Trinity")
    c = next((c for c in reversed(found) if len(tokens(c.block.text)) >= 5), None) or \
        next((c for c in reversed(found) if _headline_cased(c.block.text)), found[0] if found else None)
    if c is None:  # a title right over a "By …" line further up, the date line far below it (a page's share
        # bar, author links and a comment form between): "Taliban say they freed … hostages" over "By Jane Roe"
        c = next((head[k - 1] for k in reversed(marked) if k > 0 and head[k].role == "byline" and
                  _BY_WORD.match(head[k].block.text) and head[k - 1].role not in ("byline", "date") and
                  head[k - 1].cls != "bad" and _is_title_like(head[k - 1].block.text.strip()) and
                  len(tokens(head[k - 1].block.text)) >= 4 and not _dated(head[k - 1].block.text) and
                  _content_words(head[k - 1].block.text, lang) & body_words), None)
    if c is not None:
        md.headline = c.block.text.strip()
        c.role, c.reason = "headline", "title line over the byline or date"
        k = head.index(c) + 1
        deck = head[k] if k < marked[-1] else None
        if deck is not None and deck.role not in ("byline", "date") and deck.cls != "bad" and \
                6 <= len(tokens(deck.block.text)) <= DECK_WORDS and not _dated(deck.block.text) and \
                not _headline_cased(deck.block.text) and not _BREADCRUMB.search(deck.block.text) and \
                not _CAPTION_LIKE.search(deck.block.text) and \
                len(_content_words(deck.block.text, lang) & body_words) >= 1:
            # the line between a headline and its byline that tells the story in a sentence is its deck, the
            # story's own summary ("Scientists say a tidal bore on the estuary is growing stronger")
            deck.role, deck.reason = "teaser", "deck under the headline"


# a trail of sections ("BLOG > Weight Loss > Weight Loss Tips", "HomeLatest NewsNollywood Actress …" or "Home Eco-
# FriendlyHiking …" glued) or an address, never a headline
_BREADCRUMB = lazy_re(r"\S\s+[>»›/|]\s+\S.*\s[>»›/|]\s|^Home(?=[A-Z])|^Home\b.*[a-z]{3}[A-Z][a-z]{3}|https?://|^www\.")


# footer notices that name the outlet, as the inline boilerplate cut them from a body line they were glued to
_GLUED_AS = {_COPYRIGHT: "copyright notice", _READ_MORE_FROM: "call to action", _APPEARED_FIRST: "repost credit"}


def _read_header(header: list[Classified], md: Metadata, reference: date | None,
                 everything: list[Classified] | None = None) -> None:
    """Read the bylines, outlet lines and date lines of the header zone (the lines over the story); `everything`
    is the whole text's blocks, where an outlet named on a role line is named again (a column's name is not:
    "Rambling Reporter")."""
    after_byline = False
    for k, c in enumerate(header):
        text = c.block.text
        if len(text) > HEADER_LINE_CHARS:
            continue  # a paragraph dropped above the story, no byline or date line (and no time spent on it)
        card = _HANDLE_CARD.match(text)
        if card and card.group("names").split()[0].lower() in given_names():
            _add_author(md.authors, card.group("names"))  # "Jane Roe @janeroe / 2 days": a profile card's byline
            c.role, c.reason = "byline", "name and handle"
            continue
        if k + 1 < len(header) and _date_only(header[k + 1].block.text, reference) and _bare_byline(text, md):
            # "Jane Doe", "JANE DOE", "Jane Doe and John Roe, Example Courier" over "Jan 5, 2017": a byline
            # without "By"
            c.role, c.reason = "byline", "name over the date line"
            continue
        if _BARE_NAME.match(text) and text.split()[0].lower() in given_names() and k + 1 < len(header) and \
                _ROLE_LINE.match(header[k + 1].block.text):
            _add_author(md.authors, text)  # "Jane Doe" over "Staff Writer": a byline without "By"
            c.role, c.reason = "byline", "name over the writer's role"
            header[k + 1].role, header[k + 1].reason = "byline", "the writer's role"
            continue
        if _label_byline(c, header[k + 1] if k + 1 < len(header) else None, md):
            continue
        if c.role == "byline":
            continue  # (the name under a label, read with it)
        m = _OUTLET_ROLE.match(text)
        if m and m.group("staff") and not _is_outlet(m.group("pub"), m.group("pub")):
            m = None  # "Example Gazette Staff" names its outlet; "Our Staff" names none
        if m and not any(w.lower() in _ROLE_ADJ for w in m.group("pub").split()) and \
                m.group("pub").lower() not in _NOT_OUTLETS and m.group("pub").lower() not in words("places.txt"):
            # ("Opinion Columnist": a section, no outlet; "Washington Correspondent": a beat)
            named = re.compile(rf"\b{re.escape(m.group('pub'))}\b")
            if m.group("staff") or everything is None or \
                    sum(len(named.findall(b.block.text)) for b in everything) >= 2:
                md.publisher = md.publisher or m.group("pub")
            else:  # named nowhere else: maybe a column's name ("Rambling Reporter"), the outlet if nothing else is
                md.role_line_outlet = md.role_line_outlet or m.group("pub")
            c.role, c.reason = "byline", "outlet role line"
            continue
        if after_byline and _OUTLET_LINE.fullmatch(text) and _is_outlet(text, text):
            md.publisher = md.publisher or text  # "By JOHN ROE" over "Associated Press": the outlet's line
            c.role, c.reason, after_byline = "byline", "outlet line under the byline", False
            continue
        if text.strip().lower() in words("news_agencies.txt") and not text.isupper() and k + 1 < len(header) and \
                _DATE_LINE.match(_DATE_PREFIX.sub("", header[k + 1].block.text).strip()):
            md.publisher = md.publisher or text.strip()  # a wire's name alone over the date line: the credit, not
            c.role, c.reason = "byline", "outlet line over the date line"  # a photo's ("REUTERS", as photo credits)
            continue
        after_byline = False
        if _byline_line(c, md, reference):  # ("Posted by Jane Doe on 19 Sep 2016")
            after_byline = True
            continue
        d = parse_date(text, reference)
        if d and md.date_published and not md.date_modified and _UPDATED.match(text):
            _updated(text, md, reference)  # "Updated: March 5, 2017" under the published date
        if _date_line(c, md, reference):
            continue


def extract(cs: list[Classified], lang: str | None, reference: date | None = None,
            hints: dict | None = None) -> Metadata:
    """Fill a `Metadata` from the classified blocks; may mark more blocks as header lines."""
    md = Metadata()
    hints = hints or {}
    kept = [c for c in cs if c.keep]
    first_body = kept[0].block.index if kept else len(cs)
    last_body = kept[-1].block.index if kept else -1
    head = [c for c in cs if c.block.index < first_body]
    tail = [c for c in cs if c.block.index > last_body or (not c.keep and c.block.index > first_body)]

    # Header zone: date lines, bylines, the headline.
    header = head[-HEADER_BLOCKS:]
    _read_header(header, md, reference, cs)
    if not md.authors:
        _name_over_stamp(header, md)
    body_words = _content_words(" ".join(c.block.text for c in kept[:3]), lang)
    _anchored_headline(head, md, lang, body_words)
    near = head[-8:]
    listed = [i for i, c in enumerate(near) if c.reason in ("related", "a headline in a list of other stories")]
    for j, c in enumerate(reversed(near)):
        if listed and len(near) - 1 - j >= listed[0]:
            continue  # (what sits under "More On:" over the story is a list of other stories' headlines)
        if c.role == "body" or c.role == "boilerplate":
            # (right between the byline or date lines and the body, a title line needs no shared words: "January
            # 10, 2017 | Jane Roe" over "Cabinet Pick Faces Tough Questions" over the story)
            framed = j == 0 and len(head) >= 2 and head[-2].role in ("byline", "date") and \
                not c.block.text.rstrip().endswith((".", ")")) and len(tokens(c.block.text)) <= 20  # (no caption)
            if _is_title_like(c.block.text) and c.cls != "bad" and not md.headline and not _dated(c.block.text) and \
                    (framed or len(_content_words(c.block.text, lang) & body_words) >= 2):
                # (a headline shares words with the story under it: "Back to Gallery" or "Sharing is caring!" do not)
                md.headline = c.block.text.strip()
                c.role, c.reason = "headline", "title line above the body"
                break
    opener = kept[0].block.text if len(kept) >= 2 and not head and not md.headline else ""
    dated_next = bool(opener) and len(tokens(opener)) <= 25 and _is_title_like(opener.rstrip(".")) and \
        bool(_LEADIN_PLACE.match(kept[1].block.text))
    if opener and (dated_next or _headline_cased(opener) and
                   sum(len(tokens(c.block.text)) for c in kept[1:3]) >= 25):
        # the text opens on a headline that reads as prose ("CNN President On Trump: ‘We Do Not Pay Candidates
        # To Appear At Debates.’", "Rubio has the praise, just not the votes." over "WASHINGTON — …"): title case
        # or a dateline under it; it is the headline, not the body's first paragraph
        c = kept[0]
        md.headline = md.opening = c.block.text.strip()
        c.keep, c.role, c.reason = False, "headline", "title line above the body"
        kept = kept[1:]

    # A wire lead-in ("(CNN) ", "GENEVA (Reuters) - ") a few blocks down marks where the body starts:
    # what comes before it (story highlights, teasers) is header material.
    for k, c in enumerate(kept[1:4], 1):
        place = _LEADIN_PLACE.match(c.block.text)
        m = place or _LEADIN_TOWN.match(c.block.text) or _LEADIN_CREDIT.match(c.block.text)
        # a dateline with no credit ("PORTLAND, Maine - ") under short lines (a headline and its deck) too
        decked = place is not None and place.group("dash").strip() in ("-", "--", "—", "–") and \
            place.group("place").split(",")[0].replace(" ", "").replace(".", "").isupper() and \
            all(len(tokens(d.block.text)) <= 25 for d in kept[:k])
        if m and (m.groupdict().get("pub") or decked):
            for d in kept[:k]:
                d.keep, d.role, d.reason = False, "header", "before the dateline/credit lead-in"
                # "By Jane Roe, Cleveland.com" among them, or a date line long enough to have been read as a
                # sentence ("Published: Tuesday, March 4, 2025 at 9:12 p.m. | Updated: …")
                if _byline(d.block.text, md):
                    d.role, d.reason = "byline", "byline"
                else:
                    _date_line(d, md, reference)
            first = kept[0]
            if decked and not md.headline and first.role == "header" and _is_title_like(first.block.text.rstrip(".")):
                # "In 'crazy election,' Gary Johnson strives for a spot …" over its deck and "PORTLAND, Maine - "
                md.headline = md.opening = first.block.text.strip()
                first.role, first.reason = "headline", "title line above the body"
            kept = kept[k:]
            break
    # Lead-in of the first body block: date stamp + glued headline, dateline, credit.
    if kept:
        fb = kept[0].block
        text = fb.text
        offset = start = 0  # the lead-in runs from `start`; what comes before it is cut
        d = parse_date(text[:40], reference)
        if d and d[2] == 0 and not md.date_published and len(text) > 200:
            md.date_published, md.date_text = d[0], d[1]
            after = d[3] + len(text[d[3]:]) - len(text[d[3]:].lstrip())
            m = re.match(r"\s*([^.!?]{10,160}?[.:](?:\s*\w+\.)?)\s+(?=[A-Z])", text[d[3]:])
            dashed = re.match(r"\s*(?:--|[-–—])\s+", text[d[3]:])
            if _leadin(text[after:], Metadata()):  # "FRIDAY, July 8, 2016 (HealthDay News) -- ": one lead-in
                offset = after
            elif m and len(tokens(m.group(1))) <= 20 and not md.headline and not dashed:
                md.headline = m.group(1).strip().rstrip(".")  # "Wed 05 Apr 2017 Headline. GENEVA (Reuters) - "
                offset = start = d[3] + m.end()
                kept[0].cuts.append((fb.start, fb.start + offset, "date stamp and headline glued to the text"))
            else:  # "Feb. 2, 2011 -- ": a date lead-in
                dash = _DATE_DASH.match(text, d[3])
                offset = dash.end() if dash else d[3]
        if not offset and not md.authors and len(text) > 200:
            offset = start = _glued_byline(text, md, lang)  # "By Lisa Rapaport (Reuters Health) - People …"
            if offset:
                kept[0].cuts.append((fb.start, fb.start + offset, "byline glued to the text"))
        n = _leadin(text[offset:], md)
        glued = _glued_leadin().search(text, 0, 300) if not n and not offset else None
        if glued and _credit_like(glued, text[:glued.start()]) and 3 <= len(tokens(text[:glued.start()])) <= 40:
            at = _known_place_before(text, glued.start("at"))
            n = _leadin(text[at:], md)
            if n:  # the furniture before it is cut; the lead-in stays, as at the head of a line
                offset = start = at
                kept[0].cuts.append((fb.start, fb.start + offset, "headline or highlights glued before the lead-in"))
                prefix = text[:offset].strip()
                if not md.headline and _is_title_like(prefix) and not _HIGHLIGHTS.match(prefix) \
                        and prefix.lower() != glued.group("pub").strip().lower():  # not the site's name
                    md.headline = prefix  # "Senate passes spending bill WASHINGTON (Reuters) - …"
        # the lead-in stays in the body, as written (editors and both gold conventions keep it there);
        # writers may set it apart (TEI's <dateline>)
        md.leadin = text[start:offset + n].strip() or None
        if _RELEASE.search(" ".join(c.block.text for c in head)) and not md.publisher:
            m = _ORG_SUBJECT.match(text[offset + n:]) or _ANNOUNCER.match(text[offset + n:])
            if m:
                md.publisher = m.group("pub").strip()
        # trailing wire credit ("... - REUTERS") on the last body block, or on its own line under it
        lb = kept[-1]
        m = _TRAILING_CREDIT.search(lb.block.text)
        if m and len(m.group("pub").strip()) >= 2:
            if not md.publisher:
                md.publisher = m.group("pub").strip()
            lb.cuts.append((lb.block.start + m.start(), lb.block.end, "wire credit"))
        under = next((c for c in cs[lb.block.index + 1:] if c.block.text.strip()), None)
        m = _CREDIT_LINE.match(under.block.text) if under is not None else None
        if m and not md.publisher:
            md.publisher = m.group("pub").strip()
            under.keep, under.role, under.reason = False, "byline", "wire credit under the story"
        # "Reporting by ...; Editing by ..." glued to the end of a body block
        for c in kept[-2:]:
            m = _REPORTING.search(c.block.text)
            if m and m.start() > 0:
                _add_credited(md.authors, c.block.text[m.start():])
                text, start = c.block.text, m.start()
                if text[:start].rstrip().endswith("("):  # "(Reporting by Jane Roe; Editing by John Doe)": the
                    start = text.rindex("(", 0, start)  # brackets and the editors go with it
                    close = text.find(")", m.start())
                    end = len(text) if close < 0 else close + 1
                else:
                    end = text.find(".", m.end() - 1)
                    end = m.end() if end < 0 else end + 1
                c.cuts.append((c.block.start + start, c.block.start + end, "credit line"))

    # The story's top: a date or byline line dropped among its first paragraphs (under a photo's caption, or
    # under a headline taken for the story's first line) is the story's
    top_end = kept[3].block.index if len(kept) > 3 else last_body  # (a headline and a deck may open the body)
    for c in (c for c in cs if first_body < c.block.index < top_end):
        if not md.authors and c.block.index + 1 < len(cs) and _label_byline(c, cs[c.block.index + 1], md):
            continue
        if c.keep:  # a short date line kept between the first paragraphs ("November 20, 2019 Jane Roe") is not
            if len(tokens(c.block.text)) <= 12 and _date_line(c, md, reference):  # the story's text
                c.keep = False
            elif _kept_byline(c, md):  # nor is the byline ("By Jane Roe | Example Media"), nor a photo's caption
                prev = cs[c.block.index - 1]  # right above it that opened the story ("Jane Roe, pictured at …")
                if prev.keep and prev.block.index == first_body and _CAPTION_LIKE.search(prev.block.text):
                    prev.keep, prev.role, prev.reason = False, "boilerplate", "caption above the byline"
            continue
        if c.role != "boilerplate":
            continue
        nxt = cs[c.block.index + 1] if c.block.index + 1 < len(cs) else None
        if not md.authors and nxt is not None and not nxt.keep and len(c.block.text) <= HEADER_LINE_CHARS and \
                _date_only(nxt.block.text, reference) and _bare_byline(c.block.text, md):
            c.role, c.reason = "byline", "name over the date line"  # under a lead the page set above the byline
            continue
        if md.authors or not _byline_line(c, md, reference):  # ("By Jane Roe November 19, 2019")
            _date_line(c, md, reference)

    # Footer zone: credits, sign-offs, taglines, copyright, "read more from".
    if not md.date_published:
        for c in [c for c in tail if c.block.index > last_body][:3] + ([kept[-1]] if len(kept) > 2 else []):
            # "Published on 30 October 2016" right under the story (a blog's footer): the story's own stamp; or a
            # sentence that says only that ("This article was published on 03/03/2016.", the body's last line)
            d = parse_date(c.block.text, reference) if _DATE_PREFIX.match(c.block.text) or \
                _PUBLISHED_ON.match(c.block.text) else None
            if d and (len(tokens(c.block.text[:d[2]] + c.block.text[d[3]:])) <= 4 or
                      _PUBLISHED_ON.match(c.block.text) and not c.block.text[d[3]:].strip(" .")):
                md.date_published, md.date_text = d[0], d[1]
                c.keep, c.role, c.reason = False, "date", "date line under the story"
                break
    for c in [c for c in kept[-2:] if c.block.index > first_body]:
        m = _tagline(c.block.text, [k.block.text for k in kept if k.block.index < c.block.index])
        if m and (len(kept) > 2):
            _add_author(md.authors, m.group("names"))
            _staff_outlet(c.block.text, md)
            c.keep, c.role, c.reason = False, "byline", "author tagline"
            continue
        contact = _contact_line(c.block.text) if len(kept) > 2 else None
        if contact:  # "-- Jane Roe can be reached at jroe@example.com.": the writer's line, kept as the last
            _add_author(md.authors, contact)  # paragraph
            c.keep, c.role, c.reason = False, "byline", "reporter contact line"
    header_authors = bool(md.authors)
    previous = ""
    for c in tail:
        text, above, previous = c.block.text, previous, c.block.text
        if " " not in text.strip():
            continue  # one word names nobody
        if header_authors and _BYLINE.match(text) and \
                (c.block.index > last_body + OTHER_STORIES_BELOW or (above and _is_title_like(above))):
            continue  # "By Jim Doe" under another headline, or far below a story whose byline was read: another
            # story's, in a list of them
        if _byline(text, md, footer=True):
            c.role = "byline"
            continue
        for rx in (_REPORTING, _WRITE_TO, _REACHED, _FOLLOW, _SIGNOFF, _TAGLINE, _POSTS_BY, _BIO):
            m = _reporters(text) if rx is _REPORTING else rx.search(text) if rx is _REACHED else \
                _tagline(text, ()) if rx is _TAGLINE \
                else rx.match(text)
            if m and rx is _BIO and m.group("names").split()[0].lower() not in given_names():
                continue  # "Medical Xpress covers all medical research": a site, not its author
            if m:
                if rx is _REPORTING:
                    _add_credited(md.authors, text)
                else:
                    _add_author(md.authors, m.group("names"))
                if rx in (_TAGLINE, _BIO):
                    _staff_outlet(text, md)
                if rx is _SIGNOFF and m.group("pub") and _is_outlet(", " + m.group("pub"), m.group("pub")):
                    md.publisher = md.publisher or m.group("pub")  # "— Jane Roe, The Daily Ledger"
                if rx is _WRITE_TO:  # "Write to Jane Doe at … and John Roe at …"
                    for more in _WRITE_TO_MORE.finditer(text, m.end()):
                        _add_author(md.authors, more.group("names"))
                break
    for c in tail:  # licence and syndication notices name the outlet (and the latter the author)
        created, syndicated = _CREATED_BY.match(c.block.text), _SYNDICATED.match(c.block.text)
        produced = _PRODUCED_BY.match(c.block.text)
        if produced and produced.group("pub").split()[0].lower() in given_names():
            produced = None  # "This story was produced by Jane Doe.": a person, not the outlet
        if syndicated:
            _add_author(md.authors, syndicated.group("names"))
        if created or syndicated or produced:
            md.publisher = md.publisher or (created or syndicated or produced).group("pub")
    for c in cs:
        m = _STAY_TUNED.search(c.block.text) or _STANDARDS.search(c.block.text)
        if m and not md.publisher:
            md.publisher = _agency(m.group("pub"))
    for c in tail + head[-3:]:  # (above the story too: an update's credit over "Earlier story:")
        m = _CONTRIBUTED.match(c.block.text)
        if m and not md.publisher and _is_outlet(m.group("pub"), m.group("pub")):
            md.publisher = m.group("pub")
    for rx in (_READ_MORE_FROM, _OPED, _WELCOMES, _COPYRIGHT, _HOLDER_COPYRIGHT, _REPOST, _ORIGINALLY, _REPUBLISHED,
               _APPEARED_FIRST, _SOURCE_LINE, _DISCLAIMER, _NOT_THE_VIEW, _DISCLAIMER_SUBJECT):
        if md.publisher:
            break
        for c in cs:
            text = c.block.text
            if c.keep and rx in _GLUED_AS:  # a notice, pointer or repost credit glued to a body line, cut from it
                text = next((text[a - c.block.start:b - c.block.start].strip() for a, b, why in c.cuts
                             if why == _GLUED_AS[rx]), "")
            elif c.keep and rx is not _ORIGINALLY:
                continue
            m = rx.search(text)
            if m:
                pub = re.split(r"\.\s|,|;|\s+(?i:all\s+rights)", m.group("pub"))[0].strip().rstrip(".,")
                if pub.isupper() and len(pub) > 4:
                    pub = " ".join(w.capitalize() if len(w) > 3 or i == 0 else w.lower()
                                   for i, w in enumerate(pub.split()))
                if rx is _READ_MORE_FROM and pub.split()[0].lower() in given_names():
                    continue  # "More from Jason Cipriani": the author's other stories
                if len(pub) >= 2 and re.sub(r"^the\s+", "", pub.lower()) not in _NOT_OUTLETS:
                    md.publisher = pub
                    md.publisher_by_footer = rx in _SITE_FURNITURE
                    break

    md.publisher = md.publisher or _issuer(tail) or _described_issuer(tail) or md.role_line_outlet
    for _ in range(3):  # a deck over the date line, then a caption over its photo's credit
        top = next((c.block.index for c in cs if c.keep), len(cs))
        if not _above_the_byline(cs):
            break
        now = next((c.block.index for c in cs if c.keep), len(cs))
        if not md.authors:  # (the lines uncovered: "Jane Roe" over "Crime Reporter" under the deck)
            _read_header([c for c in cs if top < c.block.index < now], md, reference)
    if not md.headline:  # the story's top settled (a lead-in, a byline under its headline): look again
        now = [c for c in cs if c.keep]
        first = now[0].block.index if now else len(cs)
        _anchored_headline([c for c in cs if c.block.index < first], md, lang,
                           _content_words(" ".join(c.block.text for c in now[:3]), lang))
    if md.headline:
        md.headline = _without_labels(md.headline, (md.publisher or "").lower(), text=True)

    # Page hints (HTML meta) fill only what the text did not give.
    declared = _declared_title(hints)
    if declared and (len(declared.split()) > 3 or not kept or
                     _content_words(declared, lang) & _content_words(" ".join(c.block.text for c in kept), lang)):
        # a page that declares its title knows it best, unless that is a short name the story never mentions
        # (the site's name, where og:site_name is missing)
        md.headline = declared
    if hints.get("date"):
        d = parse_date(hints["date"])
        timed_same_day = md.date_published is not None and len(md.date_published) == 10 and len(d[0]) > 10 and \
            d[0][:10] == md.date_published if d else False
        if d and (not md.date_published or timed_same_day):
            # (the page's own instant, where the text gave only its day: "27/09/2018" under 2018-09-27T09:00Z)
            md.date_published, md.date_text = d[0], hints["date"]
    if not md.authors:
        for a in hints.get("authors", []):
            _add_author(md.authors, a)
    site = _declared_site(hints)
    if site and md.publisher_by_footer:
        md.publisher = site  # the page's own name for its site, not the owner its footer names ("© 2019 Example
        # Media Group Inc", "More from …"); a wire's or a release issuer's credit in the text still stands
    md.publisher = md.publisher or hints.get("publisher")
    md.description = hints.get("description")
    md.image = hints.get("image")
    if hints.get("modified") and not md.date_modified:
        d = parse_date(hints["modified"])
        if d and (md.date_published is None or _later(d[0], md.date_published)):
            md.date_modified = d[0]  # (a page's "modified" that is its publication instant modified nothing)
    return md


def _later(a: str, b: str) -> bool:
    """May ISO date(-time) `a` be a modification after `b`? Not when it is the same instant written in another
    zone, nor an earlier one; a time on the day of a date-only `b` may be."""
    if a == b:
        return False
    try:
        x, y = datetime.fromisoformat(a), datetime.fromisoformat(b)
        if x.tzinfo is not None and y.tzinfo is not None:
            return x > y
    except ValueError:
        pass
    return a[:10] > b[:10] or (a[:10] == b[:10] and len(a) > 10 >= len(b))
