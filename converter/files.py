"""Inputs and outputs on disk: discovery, output naming and atomic writes.

Nothing is lost: outputs go to a temporary file in the target folder and are
renamed into place (an interrupted run leaves no half-written file), an input
is never written over, and an existing output is kept unless asked otherwise.
"""
from __future__ import annotations

import fnmatch
import glob as globmod
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .errors import OutputError

DEFAULT_GLOBS = ("*.txt", "*.text", "*.html", "*.htm", "*.html.gz", "*.txt.gz", "*.gz")
EXTENSIONS = {"jsonld": ".jsonld", "tei": ".tei.xml", "text": ".txt", "html": ".html", "quotes": ".quotes.json",
              "quotes+terms": ".quotes.json"}


@dataclass(frozen=True)
class Source:
    """One input: its path (or '-') and the path relative to the argument it came from."""

    path: str
    rel: str


@lru_cache(maxsize=32)
def _glob_regex(globs: tuple[str, ...]) -> re.Pattern:
    """All the globs as one compiled pattern (archives hold many thousands of names)."""
    return re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(g))})" for g in globs))


def discover(args: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> Iterator[Source]:
    """Files, directories (recursive, filtered by `globs`), shell-style patterns, and '-' for stdin."""
    for arg in args:
        if arg == "-":
            yield Source("-", "stdin")
        elif os.path.isdir(arg):
            match = _glob_regex(tuple(globs)).match
            for root, dirs, names in os.walk(arg):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                sub = os.path.relpath(root, arg)  # once per folder, not per file
                for n in sorted(names):
                    if not n.startswith(".") and match(os.path.normcase(n)):
                        yield Source(os.path.join(root, n), n if sub == os.curdir else os.path.join(sub, n))
        elif any(c in arg for c in "*?[") and not os.path.exists(arg):
            for p in sorted(globmod.glob(arg, recursive=True)):
                if os.path.isfile(p):
                    yield Source(p, os.path.basename(p))
        else:
            yield Source(arg, os.path.basename(arg))


def stem(rel: str) -> str:
    """'a/b/story.html.gz' -> 'a/b/story'."""
    d, name = os.path.split(rel)
    for ext in (".gz",):
        if name.endswith(ext):
            name = name[: -len(ext)]
    base, ext = os.path.splitext(name)
    if ext.lower() in (".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".xml", ".md"):
        name = base
    return os.path.join(d, name) if d else name


def output_path(out_dir: str, src: Source, fmt: str) -> str:
    return os.path.join(out_dir, stem(src.rel) + EXTENSIONS[fmt])


@contextmanager
def _input_errors() -> Iterator[None]:
    """An input that cannot be read is a one-line InputError, whatever the operating system said."""
    from .errors import InputError

    try:
        yield
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def read_input(src: Source, max_size: int) -> bytes:
    """The raw bytes of an input, refusing oversized ones before reading them whole."""
    import sys

    from .errors import InputError

    if src.path == "-":
        data = sys.stdin.buffer.read(max_size + 1)
    else:
        with _input_errors():
            size = os.path.getsize(src.path)
            if size > max_size:
                raise InputError(f"input is {size} bytes, over the {max_size}-byte limit (raise --max-size)")
            with open(src.path, "rb") as fh:
                data = fh.read(size + 1)  # not read(max_size + 1): CPython would allocate the whole limit
    if len(data) > max_size:
        raise InputError(f"input is over the {max_size}-byte limit (raise --max-size)")
    return data


def jsonl_lines(src: Source, max_size: int) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, None) for each non-blank line of a JSON Lines input (gzip too), one line in memory
    at a time: `max_size` bounds a record, not the file (exports run to gigabytes). A line over the limit or
    not UTF-8 comes as (n, None, reason) and the rest go on."""
    import gzip
    import sys

    from .errors import InputError

    with _input_errors():
        raw = sys.stdin.buffer if src.path == "-" else open(src.path, "rb")
    try:
        fh = gzip.GzipFile(fileobj=raw) if raw.peek(2)[:2] == b"\x1f\x8b" else raw
        n = 0
        while True:
            try:
                line = fh.readline(max_size + 1)
            except (OSError, EOFError) as exc:  # a damaged gzip stream
                raise InputError(f"cannot read: {exc}") from None
            if not line:
                return
            n += 1
            if len(line) > max_size and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the oversized record
                    line = fh.readline(1 << 20)
                yield n, None, f"record is over the {max_size}-byte limit (raise --max-size)"
                continue
            try:
                text = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield n, None, f"record is not UTF-8 ({exc.reason} at byte {exc.start})"
                continue
            if text.strip():
                yield n, text, None
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


class AtomicFile:
    """A binary file written in place of `path` only when the block ends without an error (else removed):
    for outputs streamed record by record, which write_atomic would have to hold whole in memory."""

    def __init__(self, path: str, overwrite: bool = False, inputs: frozenset[str] = frozenset()):
        _check_target(path, overwrite, inputs)
        self.path = path

    def __enter__(self):
        import tempfile

        d = os.path.dirname(self.path) or "."
        os.makedirs(d, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=".newsmark-", suffix=".tmp", dir=d)
        self.fh = os.fdopen(fd, "wb")
        return self.fh

    def __exit__(self, kind, exc, tb) -> bool:
        self.fh.close()
        if kind is None:
            os.replace(self.tmp, self.path)
        else:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
        return False


def _check_target(path: str, overwrite: bool, inputs: frozenset[str]) -> None:
    if os.path.realpath(path) in inputs:
        raise OutputError(f"{path}: refusing to write over an input file")
    if os.path.exists(path) and not overwrite:
        raise OutputError(f"{path}: exists (use --overwrite to replace it or --skip-existing to keep it)")


def write_atomic(path: str, data: bytes, overwrite: bool = False, inputs: frozenset[str] = frozenset()) -> None:
    """Write via a temporary file and rename; refuse to replace an input or, unless asked, an existing file."""
    _check_target(path, overwrite, inputs)
    d = os.path.dirname(path) or "."
    os.makedirs(d, exist_ok=True)
    import tempfile  # (only writers need it: `validate` starts faster without)

    fd, tmp = tempfile.mkstemp(prefix=".newsmark-", suffix=".tmp", dir=d)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
