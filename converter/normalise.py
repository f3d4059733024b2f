"""Stage 2, normalise: one canonical text, and a map back to the input's offsets.

Later stages match patterns on clean text (NFC, plain spaces, LF line ends, no
characters XML forbids, Windows-1252 mojibake repaired), but every offset we
report must index the text as decoded. So the normalised text carries `omap`:
for each of its characters, the index of the input character it came from.
"""
from __future__ import annotations

import html
import re
import unicodedata
from array import array
from dataclasses import dataclass, field

from .lazyre import lazy_re

# Characters rewritten one for one (same length) or removed.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
_REMOVE = "\u200b\u2060\ufeff\u00ad\ufffe\uffff"
# C1 controls in scraped text are almost always Windows-1252 bytes read as Latin-1.
_C1 = {i: bytes([i]).decode("cp1252", errors="ignore") for i in range(0x80, 0xA0)}
_SPECIAL = lazy_re(
    "[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060"
    "\u3000\ufeff\ufffe\uffff\ud800-\udfff]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# "Ã©", "â€™": a UTF-8 sequence read as Windows-1252; also with its first letter decomposed ("A" + U+0303), as a
# scraper that normalised the broken text to NFD left it
_MOJIBAKE_HINT = lazy_re("(?:[\u00c2\u00c3\u00e2]|[Aa][\u0302\u0303])[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160"
                         "\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]")


@dataclass
class Normalised:
    """Normalised text and, per character, its offset in the decoded input."""

    text: str
    omap: array | None = None  # None: identical to the input
    notes: list[str] = field(default_factory=list)

    def orig(self, i: int) -> int:
        """Input offset of normalised offset `i` (`i == len(text)` maps past the end)."""
        if self.omap is None:
            return i
        if i >= len(self.omap):
            return (self.omap[-1] + 1) if len(self.omap) else 0
        return self.omap[i]

    def orig_end(self, i: int) -> int:
        """Input offset just past normalised character `i - 1` (for span ends)."""
        if i <= 0:
            return self.orig(0)
        return self.orig(i - 1) + 1


def _replacement(m: re.Match) -> str:
    s = m.group()
    if s[0] == "&":
        u = html.unescape(s)
        if len(u) != 1 or not _xml_char(u):
            return s
        return u
    c = s
    if c == "\r":
        return "\n"
    if c in _SPACES:
        return " "
    if c in "\u2028\u2029":
        return "\n"
    if 0x80 <= ord(c) <= 0x9F:
        return _C1.get(ord(c), "")
    if c in _REMOVE:
        return ""
    return ""  # other controls and lone surrogates: forbidden in XML


def _xml_char(c: str) -> bool:
    o = ord(c)
    return o in (9, 10, 13) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or 0x10000 <= o <= 0x10FFFF


def normalise(text: str, repair: bool = True) -> Normalised:
    """Return the canonical text with its offset map; pure and linear in the input.

    Order matters: mojibake is repaired first (it needs the raw C1 bytes), then
    spaces, controls and entities, then NFC.
    """
    notes: list[str] = []
    base: array | None = None
    if repair and _MOJIBAKE_HINT.search(text):
        text, base, fixed = _repair_mojibake(text, None)
        if fixed:
            notes.append(f"repaired mojibake on {fixed} line(s) (ftfy)")
    result, omap, removed = _specials(text, base)
    if removed:
        notes.append(f"removed {removed} control character(s) that XML forbids")
    if not unicodedata.is_normalized("NFC", result):
        result, omap = _nfc(result, omap)
    return Normalised(result, omap, notes)


def _specials(text: str, base: array | None) -> tuple[str, array | None, int]:
    """Spaces, line ends, controls, entities: one pass, composing with the map so far."""
    out: list[str] = []
    omap = array("i")
    src = base if base is not None else None
    pos = 0
    changed = False
    removed = 0
    n = len(text)

    def extend(a: int, b: int) -> None:
        omap.extend(src[a:b] if src is not None else range(a, b))

    for m in _SPECIAL.finditer(text):
        a, b = m.span()
        g = m.group()
        rep = "" if g == "\r" and b < n and text[b] == "\n" else _replacement(m)
        if rep == g:
            continue
        changed = True
        if a > pos:
            out.append(text[pos:a])
            extend(pos, a)
        if not rep and g != "\r" and g not in _REMOVE:
            removed += 1
        out.append(rep)
        first = src[a] if src is not None else a
        omap.extend([first] * len(rep))
        pos = b
    if not changed:
        return text, base, 0
    out.append(text[pos:])
    extend(pos, n)
    return "".join(out), omap, removed


def _identity(n: int) -> array:
    return array("i", range(n))


def _repair_mojibake(text: str, omap: array | None) -> tuple[str, array | None, int]:
    """Fix Windows-1252-read-as-UTF-8 lines with ftfy; only lines that look broken are touched."""
    import ftfy  # lazy: most inputs never need it

    src = omap if omap is not None else _identity(len(text))
    out: list[str] = []
    new = array("i")
    fixed = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if _MOJIBAKE_HINT.search(line):
            whole = line if unicodedata.is_normalized("NFC", line) else unicodedata.normalize("NFC", line)
            rep = ftfy.fix_text(whole, unescape_html=False, fix_line_breaks=False, uncurl_quotes=False,
                                fix_latin_ligatures=False, fix_character_width=False, normalization=None)
            if rep != whole:
                fixed += 1
                out.append(rep)
                new.extend(_aligned(line, rep, src, pos))
                pos = end
                continue
        out.append(line)
        new.extend(src[pos:end])
        pos = end
    if not fixed:
        return text, omap, 0
    return "".join(out), new, fixed


_RESYNC_BROKEN, _RESYNC_FIXED, _RESYNC_SAME = 9, 4, 3  # ftfy's repairs are short runs: "â€™" (3) -> "’" (1)


def _aligned(line: str, rep: str, src: array, pos: int) -> array:
    """Input offsets for the characters of a repaired line: the parts ftfy left alone keep theirs exactly, and each
    repaired run maps into the broken run it replaced (so a quotation far from the repair keeps its exact span).
    Linear: after a difference, the two texts meet again within a few characters (difflib's matcher was
    quadratic on a record of one long line)."""
    out = array("i")
    i = j = 0
    n, m = len(line), len(rep)
    while j < m:
        if i < n and line[i] == rep[j]:
            out.append(src[pos + i])
            i, j = i + 1, j + 1
            continue
        found = next(((k, kk) for k in range(_RESYNC_BROKEN + 1) for kk in range(_RESYNC_FIXED + 1)
                      if (k or kk) and line[i + k:i + k + _RESYNC_SAME] == rep[j + kk:j + kk + _RESYNC_SAME]
                      and (i + k < n or j + kk >= m)), None)
        if found is None:  # no meeting point near: the rest maps proportionally, as a whole repaired run
            found = (n - i, m - j)
        k, kk = found
        for x in range(kk):  # rep[j:j+kk] stands for line[i:i+k] (for the character before it, when k is 0)
            out.append(src[pos + min(n - 1, max(0, i + (x * k // kk if k else -1)))])
        i, j = i + k, j + kk
    return out


def _nfc(text: str, omap: array | None) -> tuple[str, array]:
    """NFC, cluster by cluster, so each output character keeps an input offset. Lines already in NFC
    (nearly all of them: one decomposed accent makes a page need this) are copied whole."""
    src = omap if omap is not None else _identity(len(text))
    out: list[str] = []
    new = array("i")
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if unicodedata.is_normalized("NFC", line):
            out.append(line)
            new.extend(src[pos:end])
        else:
            _nfc_clusters(text, pos, end, src, out, new)
        pos = end
    return "".join(out), new


def _nfc_clusters(text: str, i: int, n: int, src: array, out: list[str], new: array) -> None:
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        out.append(cluster)
        new.extend([src[i]] * len(cluster))
        i = j
