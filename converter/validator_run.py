"""`newsmark validate` over many files: discovery, worker processes, streaming reports.

Files are sent to workers in chunks (schemas compile once per worker), results
come back in input order and go straight to the reporter, so memory stays flat
however many files there are.
"""
from __future__ import annotations

import io
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Iterator

from .files import discover
from .reporters import REPORTERS
from .validation import Finding, validate_bytes, validate_file, warm

GLOBS = ("*.json", "*.jsonld", "*.xml", "*.html", "*.htm")
CHUNK = 128


def _chunks(paths: Iterator[str], n: int) -> Iterator[list[str]]:
    buf: list[str] = []
    for p in paths:
        buf.append(p)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def _check_chunk(args) -> list[tuple[str, list[Finding]]]:
    paths, kind, schemas, max_size = args
    return [(p, validate_file(p, kind, schemas, max_size)) for p in paths]


def _init(kind):
    warm(kind)


def _results(paths: Iterator[str], kind, schemas, max_size, jobs) -> Iterator[tuple[str, list[Finding]]]:
    work = ((c, kind, schemas, max_size) for c in _chunks(paths, CHUNK))
    if jobs <= 1:
        for w in work:
            yield from _check_chunk(w)
        return
    first = next(work, None)
    if first is None:
        return
    if len(first[0]) < CHUNK:  # a small run: worker start-up would cost more than it saves
        yield from _check_chunk(first)
        return
    import itertools

    warm(kind)  # compiled once here: forked workers inherit it (the initializer covers other start methods)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(kind,)) as ex:
        for chunk in ex.map(_check_chunk, itertools.chain([first], work)):
            yield from chunk


def apply_profile(findings: list[Finding], profile: str) -> list[Finding]:
    """`strict`: warnings fail too. `lenient`: plain text where schema.org expects a node (which
    schema.org itself tolerates) is only a warning. `default`: as found."""
    if profile == "strict":
        return [replace(f, level="error") for f in findings]
    if profile == "lenient":
        return [replace(f, level="warning") if f.layer == "vocabulary" and "not text" in f.message else f
                for f in findings]
    return findings


def run_validation(paths: list[str], kind: str | None, schemas: tuple[str, ...], fmt: str, max_errors: int,
                   jobs: int, max_size: int, quiet: bool, output: str | None, profile: str = "default") -> int:
    """Validate, report, and return the exit status (0 all valid, 1 any invalid)."""
    out = io.StringIO() if output else sys.stdout
    rep = REPORTERS[fmt](out, quiet)
    stdin = [p for p in paths if p == "-"]
    files = (s.path for s in discover([p for p in paths if p != "-"], GLOBS))
    missing = [p for p in paths if p != "-" and not os.path.exists(p) and not any(c in p for c in "*?[")]
    for p in missing:
        rep.file(p, [Finding(p, 1, 1, "error", "no such file or directory", "read")])
    if stdin:
        data = sys.stdin.buffer.read(max_size + 1)
        found = ([Finding("<stdin>", 1, 1, "error", "input over the size limit", "read")] if len(data) > max_size
                 else validate_bytes(data, "<stdin>", kind, schemas))
        rep.file("<stdin>", apply_profile(found, profile))
    files = (p for p in files if p not in missing)
    show_bar = not quiet and sys.stderr.isatty()
    count = 0
    for path, findings in _results(files, kind, schemas, max_size, jobs):
        rep.file(path, apply_profile(findings, profile))
        count += 1
        if show_bar and count % 500 == 0:
            sys.stderr.write(f"\rvalidated {count} files")
            sys.stderr.flush()
        if max_errors and rep.failed >= max_errors:
            break
    if show_bar and count >= 500:
        sys.stderr.write("\n")
    rep.finish()
    if output:
        from .files import write_atomic

        write_atomic(output, out.getvalue().encode("utf-8"), overwrite=True)
    return 1 if rep.failed else 0
