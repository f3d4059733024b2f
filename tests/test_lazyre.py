import importlib
import pkgutil
import re

import converter
from converter.lazyre import LazyPattern, lazy_re


def test_a_lazy_pattern_answers_as_the_compiled_one():
    rx, lazy = re.compile(r"(?P<word>\w+)-(\d+)", re.I), lazy_re(r"(?P<word>\w+)-(\d+)", re.I)
    text = "Alpha-1, beta-22 and GAMMA-333"
    assert lazy.search(text).span() == rx.search(text).span()
    assert lazy.match(text).group("word") == "Alpha" and lazy.fullmatch("x-1") is not None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert lazy.findall(text) == rx.findall(text) and lazy.split(text) == rx.split(text)
    assert lazy.sub(r"\2", text) == rx.sub(r"\2", text) and lazy.subn("#", text, count=1) == rx.subn("#", text, count=1)
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == \
        (rx.pattern, rx.flags, rx.groups, dict(rx.groupindex))


def test_nothing_is_compiled_until_first_use():
    bad = lazy_re("(unclosed")  # a compiled pattern would raise here
    assert bad.pattern == "(unclosed"
    try:
        bad.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern must raise when first used")


def _lazy_patterns(value, seen):
    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, (list, tuple, set, frozenset)) and id(value) not in seen:
        seen.add(id(value))
        for v in value:
            yield from _lazy_patterns(v, seen)
    elif isinstance(value, dict) and id(value) not in seen:
        seen.add(id(value))
        for v in value.values():
            yield from _lazy_patterns(v, seen)


def test_every_pattern_the_package_defines_compiles():
    # patterns wait for their first use, so a typo in a rarely used one would show only on the article that
    # needs it: compile them all here
    found = 0
    for info in pkgutil.walk_packages(converter.__path__, "converter."):
        if info.name == "converter.lazyre":
            continue  # (its registry holds the patterns these tests make, a bad one among them)
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            for p in _lazy_patterns(value, set()):
                re.compile(p.pattern, p._flags)
                found += 1
    assert found > 250


def test_compile_all_compiles_each_pattern_once():
    from converter import lazyre

    fresh = lazy_re(r"\bneverused\d+\b")
    assert "search" not in vars(fresh)
    assert lazyre.compile_all() >= 1 and "search" in vars(fresh)
    assert lazyre.compile_all() == 0  # (nothing left: a second batch in the same process compiles nothing)
    assert fresh.search("a neverused42 b").group() == "neverused42"
