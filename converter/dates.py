"""Date stamps as news prints them, parsed to ISO 8601 (used by the metadata stage)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from .lazyre import lazy_re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# a clock time: "4:07", and "16.07" before a zone or AM/PM (as British papers print it: "14.07 BST")
_CLOCK_DOT = r"(?::|\.(?=\d{2}\s*(?:[ap]\.?m\b|[A-Z]{2,4}\b)))"
_TIME = (r"(?:(?:\s*(?:at|,|-|–|—|\||/|•|·))?\s*(?P<hh>\d{1,2})" + _CLOCK_DOT +  # ("Mar 3, 2025 / 6:41 PM EST")
         r"(?P<mm>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>[A-Z]{2,4}T?|ET|UTC|GMT|Z)?)?")
_TIME_FIRST = r"(?:(?P<hh2>\d{1,2})" + _CLOCK_DOT + r"(?P<mm2>\d{2})\s*(?P<ampm2>[ap]\.?m\.?)?\s*(?P<tz2>[A-Z]{2,4}T?|ET)?[\s,]*)?"
PATTERNS = [
    lazy_re(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?\b"),
    lazy_re(_TIME_FIRST + _WD + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    lazy_re(_TIME_FIRST + _WD + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    lazy_re(_WD + r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
    # dotted dates are day first wherever they are printed ("03.11.2017" is 3 November)
    lazy_re(_WD + r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b(?!\.\d)" + _TIME, re.I),
    # "2013/12/16", "12-16-2013" (month first, as the slashed form; day first when no month can be), "16-Dec-2013"
    lazy_re(r"(?<![\w/])(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\w/])" + _TIME),
    lazy_re(_WD + r"(?<![\w-])(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>(?:19|20)\d{2})(?![\w-])" + _TIME, re.I),
    lazy_re(r"(?<![\w-])(?P<d>\d{1,2})-" + _MON + r"-(?P<y>(?:19|20)\d{2})(?![\w-])" + _TIME, re.I),
]


_YEAR = lazy_re(r"(?:19|20)\d{2}")
# a slashed date with a two-digit year, with a clock time and its AM/PM after it ("11/19/19 06:56 AM EST": a
# byline's stamp); alone, "3/4/19" may as well be a score or a fraction
_SHORT_YEAR = lazy_re(_WD + r"(?<![\w/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<yy>\d{2})(?![\w/])"
                      r"(?=\s+\d{1,2}:\d{2}\s*[ap]\.?m)" + _TIME, re.I)


@lru_cache(maxsize=1)
def _foreign_months() -> dict[str, int]:
    """Month names of other languages (data/months.txt), for day-first dates: "3. März 2017", "3 de marzo de 2017"."""
    from .lexicon import _lines
    return {name.strip().lower(): int(num) for name, _, num in (ln.partition("\t") for ln in _lines("months.txt"))}


@lru_cache(maxsize=1)
def _foreign_pattern() -> re.Pattern:
    names = "|".join(sorted((re.escape(n) for n in _foreign_months()), key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<fmon>{names})\.?,?\s+(?:de\s+|del\s+)?"
                      rf"(?P<y>(?:19|20)\d{{2}})\b", re.I)


_RELATIVE = lazy_re(r"\b(?P<n>\d{1,3}|an?|one)\s+(?P<unit>minute|hour|day|week)s?\s+ago\b|\b(?P<word>today|yesterday)\b", re.I)
# US time zones as printed by US outlets; the offset depends on daylight saving time.
_US_TZ = {"ET": -5, "EST": -5, "EDT": -4, "CT": -6, "CST": -6, "CDT": -5, "MT": -7, "MST": -7, "MDT": -6,
          "PT": -8, "PST": -8, "PDT": -7, "GMT": 0, "UTC": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2}


def _us_dst(d: date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = date(d.year, 3, 8)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    nov = date(d.year, 11, 1)
    end = nov + timedelta(days=(6 - nov.weekday()) % 7)
    return start <= d < end


def _offset(tz: str | None, d: date) -> str | None:
    if not tz:
        return None
    tz = tz.upper().replace(".", "")
    if re.fullmatch(r"[+-]\d{2}:?\d{2}", tz):
        return tz[:3] + ":" + tz[-2:]
    if tz not in _US_TZ:
        return None
    hours = _US_TZ[tz]
    if tz in ("ET", "CT", "MT", "PT") and _us_dst(d):
        hours += 1
    if hours == 0:
        return "Z" if tz == "Z" else "+00:00"
    return f"{'+' if hours > 0 else '-'}{abs(hours):02d}:00"


def parse_date(text: str, reference: date | None = None) -> tuple[str, str, int, int] | None:
    """First date stamp in `text` as (ISO value, text as written, start, end), or None.

    A time with a known zone gives a full date-time; a time without a zone is
    dropped rather than guessed (Google wants a zone when a time is given).
    """
    if not _YEAR.search(text):  # every stamp but a relative one names its year: most lines are passed at once
        return _relative(text, reference)
    best = None
    for rx in (*PATTERNS, _foreign_pattern()):
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return _relative(text, reference)
    return _stamp(best)


def parse_short_date(text: str) -> tuple[str, str, int, int] | None:
    """A slashed date with a two-digit year and its clock time ("By Jane Roe - 11/19/19 06:56 AM EST"): read
    only where the line is known to be the story's own byline (other stories' cards print the same stamps)."""
    m = _SHORT_YEAR.search(text) if "/" in text else None
    return _stamp(m) if m else None


def _stamp(best: re.Match) -> tuple[str, str, int, int] | None:
    """The ISO value of a matched date stamp (see `parse_date`)."""
    g = best.groupdict()
    if g.get("yy"):
        g["y"] = f"20{g['yy']}"
    try:
        month = int(g["m"]) if g.get("m") else MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") \
            else _foreign_months()[g["fmon"].lower()]
        day = int(g["d"])
        if g.get("m") and not best.group().lstrip().startswith(g["y"]) and month > 12 >= day:
            month, day = day, month  # "30/10/2016": day first, as most of the world writes it (no month 30)
        d = date(int(g["y"]), month, day)
    except (ValueError, KeyError, TypeError):
        return None
    iso = d.isoformat()
    hh, mm = g.get("hh") or g.get("hh2"), g.get("mm") or g.get("mm2")
    ampm, tz = g.get("ampm") or g.get("ampm2"), g.get("tz") or g.get("tz2")
    off = _offset(tz, d)
    if hh is not None and off is not None:
        h = int(hh)
        if ampm:
            pm = ampm.lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        if 0 <= h < 24 and 0 <= int(mm) < 60:
            iso = f"{iso}T{h:02d}:{int(mm):02d}:00{off}"
    return iso, best.group().strip(), best.start(), best.end()


def _relative(text: str, reference: date | None) -> tuple[str, str, int, int] | None:
    """'3 hours ago', 'yesterday': only with a reference date, else nothing is invented."""
    if reference is None:
        return None
    m = _RELATIVE.search(text)
    if not m:
        return None
    if m.group("word"):
        d = reference - timedelta(days=1 if m.group("word").lower() == "yesterday" else 0)
    else:
        n = m.group("n").lower()
        k = 1 if n in ("a", "an", "one") else int(n)
        unit = m.group("unit").lower()
        delta = {"minute": timedelta(minutes=k), "hour": timedelta(hours=k), "day": timedelta(days=k),
                 "week": timedelta(weeks=k)}[unit]
        d = (datetime.combine(reference, datetime.min.time()) - delta).date() if unit in ("day", "week") else reference
    return d.isoformat(), m.group(), m.start(), m.end()
