"""Regular expressions compiled on first use.

The pipeline's modules define some three hundred patterns; compiling them all at import was 90 of the ~260 ms of a
machine's first one-file run (before `recache` keeps the programs), and an article uses about half of them: a
pattern for press releases waits until a press release comes. A `LazyPattern` stands where the compiled pattern
stood and behaves as it does for the calls the code makes (`search`, `match`, `sub` …), at the same cost once
compiled: the compiled pattern's bound methods are put on the instance.
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_ALL: list[LazyPattern] = []  # every pattern made here, for compile_all()


class LazyPattern:
    """`re.compile(pattern, flags)`, made when first used; `.pattern` is known without compiling.

    Each method compiles the pattern and puts the compiled pattern's own bound methods on the instance, where
    later calls find them first (plain attribute lookups, which the interpreter's lookup cache keeps fast)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags
        _ALL.append(self)

    def _compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return compiled

    def search(self, *args):
        return self._compiled().search(*args)

    def match(self, *args):
        return self._compiled().match(*args)

    def fullmatch(self, *args):
        return self._compiled().fullmatch(*args)

    def finditer(self, *args):
        return self._compiled().finditer(*args)

    def findall(self, *args):
        return self._compiled().findall(*args)

    def sub(self, *args, **kwargs):
        return self._compiled().sub(*args, **kwargs)

    def subn(self, *args, **kwargs):
        return self._compiled().subn(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self._compiled().split(*args, **kwargs)

    def scanner(self, *args):
        return self._compiled().scanner(*args)

    @property
    def flags(self) -> int:
        return self._compiled().flags

    @property
    def groups(self) -> int:
        return self._compiled().groups

    @property
    def groupindex(self):
        return self._compiled().groupindex

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags})"


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (module-level patterns; a pattern built per call is compiled at once)."""
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compile every pattern not compiled yet (how many were): done before a batch forks its workers, so that
    they share the compiled patterns and this process's pattern cache gets them all (a worker writes none)."""
    done = 0
    for p in _ALL:
        if "search" not in vars(p):
            try:
                p._compiled()
                done += 1
            except re.error:  # (fails where it is used, as it would have anyway; the bundled ones are tested)
                pass
    return done
