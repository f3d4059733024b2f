"""Compiled regular expressions kept from one run of the command to the next.

A one-file `newsmark convert` spent 100 of its 235 ms compiling the lexicons' patterns: Python's `re`
parses and compiles every pattern in Python code, in every new process. `install()` routes `re`'s
compiler through a cache of the compiled programs, keyed by pattern text and flags and stored per
Python build in the user's cache directory; a cached program goes to `_sre.compile`, the C constructor
`re` itself ends in, so a pattern compiles to the same object either way.

Only the command line installs it (`cli.run`): a process that imports the library is left as it is.
It stays off with NEWSMARK_NO_CACHE=1, off on other interpreters, and off by itself when this
interpreter's compiler does not work the way this module expects (checked on a probe pattern). A cache
that cannot be read is ignored; one that cannot be written is not written. A pattern's entry is found
by its text, so a changed pattern is simply compiled again.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array

_FORMAT = 2  # bump when the stored tuple changes
_MAX_ENTRIES = 20_000  # the file does not grow for ever (upgrades, runs with thousands of --patterns)
_CODE = "I"  # the compiled program's words: SRE_CODE, a 32-bit unsigned int
INSTALLED = False  # set in a process where install() succeeded (the command's batch workers install it too)
_PROBE = (r"(?P<word>\w+)\s*(?:,|;)?\d{2,}(?i:x)\b", 0, "ab ;123X!")


def cache_path() -> str | None:
    """The cache file for this Python build, under $XDG_CACHE_HOME (else ~/.cache); None without a home."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - not CPython
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    build = f"{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}-{_FORMAT}"
    return os.path.join(base, "newsmark", f"re-{build}.marshal")


class _Programs:
    """The compiled programs: those read from the cache file (on first use: `--help` compiles none) and
    those this run compiled, which are written back at exit."""

    def __init__(self, path: str | None):
        self.path = path
        self.stored: dict | None = None if path else {}
        self.new: dict = {}
        self.used: set = set()

    def get(self, key: tuple[str, int]):
        if self.stored is None:
            self.stored = _load(self.path) if self.path else {}
        got = self.stored.get(key)
        if got is not None:
            self.used.add(key)
        return got or self.new.get(key)

    def save(self) -> None:
        """Write the cache with this run's new programs, atomically (parallel runs: the last one wins); past
        _MAX_ENTRIES (patterns of earlier versions, of --patterns files) keep only what this run used."""
        stored = self.stored or {}
        if not self.path or not self.new:
            return
        if len(stored) + len(self.new) > _MAX_ENTRIES:
            stored = {k: stored[k] for k in self.used}
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as fh:
                marshal.dump({**stored, **self.new}, fh)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def install() -> bool:
    """Route `re`'s compiler through the cache for the rest of this process; True when installed."""
    if os.environ.get("NEWSMARK_NO_CACHE") or sys.implementation.name != "cpython":
        return False
    try:
        import _sre
        from re import _compiler, _parser  # CPython 3.11+
        original, parse, code_of = _compiler.compile, _parser.parse, _compiler._code
    except (ImportError, AttributeError):
        return False
    path = cache_path()
    if path is None or array(_CODE).itemsize != getattr(_sre, "CODESIZE", 0):
        return False  # (programs would not round-trip through the packed form)

    def compiler(programs: _Programs):
        def compile_cached(p, flags=0):
            if not isinstance(p, str) or flags & (re.DEBUG | re.LOCALE):
                return original(p, flags)
            key = (p, int(flags))
            got = programs.get(key)
            if got is None:
                tree = parse(p, flags)
                code = code_of(tree, flags)
                names = tree.state.groupdict
                index = [None] * tree.state.groups
                for name, i in names.items():
                    index[i] = name
                # the program as packed words: unmarshalling a list of a hundred thousand ints took 46 ms
                got = programs.new[key] = (int(flags | tree.state.flags), array(_CODE, code).tobytes(),
                                           tree.state.groups - 1, dict(names), tuple(index))
            try:
                fl, packed, groups, names, index = got
                return _sre.compile(p, fl, array(_CODE, packed).tolist(), groups, names, index)
            except (TypeError, ValueError, RuntimeError):  # an entry not of this module's making: compile afresh
                programs.new.pop(key, None)
                if programs.stored:
                    programs.stored.pop(key, None)
                return original(p, flags)
        return compile_cached

    try:  # this route must build what re builds, on this interpreter
        pattern, flags, sample = _PROBE
        ours, theirs = compiler(_Programs(None))(pattern, flags), original(pattern, flags)
        if (ours.flags, ours.groupindex, ours.search(sample).span(), ours.search(sample).groupdict()) != \
                (theirs.flags, theirs.groupindex, theirs.search(sample).span(), theirs.search(sample).groupdict()):
            return False
    except Exception:  # noqa: BLE001 - internals differ: leave re alone
        return False
    global INSTALLED, _ACTIVE
    programs = _Programs(path)
    _compiler.compile = compiler(programs)
    atexit.register(programs.save)  # (a pool's workers end without running it: they only read)
    INSTALLED, _ACTIVE = True, programs
    return True


_ACTIVE: _Programs | None = None


def memo(key: tuple[str, str, int], compute, valid):
    """A small value derived from a pattern (marshal-able: tuples, frozensets, strings), kept beside the
    compiled programs where the cache is installed, else computed: the boilerplate prefilter reads ~200
    patterns' parse trees, a fifth of a one-file run with the programs cached. Keys have three items, so
    they never meet a program's (pattern, flags) key; a stored value that `valid` rejects is computed again."""
    if _ACTIVE is None:
        return compute()
    got = _ACTIVE.get(key)
    if got is None or not valid(got):
        got = _ACTIVE.new[key] = compute()
    return got


def _load(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            got = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return got if isinstance(got, dict) else {}
