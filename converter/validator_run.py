"""`newsmark validate` over many files: discovery, worker processes, streaming reports.

Files are taken in windows (256 files, doubling to 2,048); on Linux each window is split
between this process and children forked for it (they inherit the compiled
schemas, and the parent works instead of waiting); elsewhere, or when other
threads are running, it goes to a process pool that does not fork this process. Results come back in input order and go straight to the
reporter, so memory stays flat however many files there are.
"""
from __future__ import annotations

import io
import itertools
import marshal
import os
import sys
from dataclasses import replace
from typing import Iterator

from .files import discover
from .reporters import REPORTERS
from .validation import Finding, validate_bytes, validate_file, warm
from .workers import may_fork, pool_context

GLOBS = ("*.json", "*.jsonld", "*.xml", "*.html", "*.htm")
CHUNK = 128
WINDOW = 2048  # files per fork: large enough that forking is noise, small enough to keep memory flat
FIRST_WINDOW = 256  # windows start small and double, so the first findings (and --max-errors) come early


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
    warm(kind)  # compiled once here: forked workers inherit it
    work = itertools.chain([first], work)
    if may_fork():
        yield from _forked(itertools.chain.from_iterable(w[0] for w in work), kind, schemas, max_size, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=pool_context(), initializer=_init, initargs=(kind,)) as ex:
        for chunk in ex.map(_check_chunk, work):
            yield from chunk


def _forked(paths: Iterator[str], kind, schemas, max_size, jobs) -> Iterator[tuple[str, list[Finding]]]:
    """Validate window by window: file i of a window goes to worker i % jobs, worker 0 being this process.

    A child sends back, through a pipe, only the findings of its files (marshal: plain tuples, no
    pickling); a child that dies without answering has its share redone here, so no file goes unchecked.
    """
    size = FIRST_WINDOW
    while True:
        window = list(itertools.islice(paths, size))
        size = min(WINDOW, size * 2)
        if not window:
            return
        kids = []
        try:
            for k in range(1, min(jobs, len(window))):
                try:
                    r, w = os.pipe()
                except OSError:  # no descriptors left: this process takes the share
                    kids.append((k, None, None))
                    continue
                try:
                    pid = os.fork()
                except OSError:  # no processes left: likewise
                    os.close(r)
                    os.close(w)
                    kids.append((k, None, None))
                    continue
                if pid == 0:  # the child: check its share, send the findings, leave without cleanup
                    code = 1
                    try:
                        os.close(r)
                        out = [(i, [_as_tuple(f) for f in found]) for i, p in enumerate(window[k::jobs])
                               if (found := validate_file(p, kind, schemas, max_size))]
                        with os.fdopen(w, "wb") as fh:
                            marshal.dump(out, fh)
                        code = 0
                    finally:
                        os._exit(code)
                os.close(w)
                kids.append((k, pid, r))
            results: list = [None] * len(window)
            for i, p in enumerate(window[::jobs]):
                results[i * jobs] = validate_file(p, kind, schemas, max_size)
            while kids:
                k, pid, r = kids[0]
                found = None  # no child, or it died: its share is checked here
                if pid is not None:
                    with os.fdopen(r, "rb") as fh:
                        try:
                            found = dict(marshal.load(fh))
                        except (EOFError, ValueError, TypeError):
                            pass
                    os.waitpid(pid, 0)
                kids.pop(0)  # (only once reaped: an interruption before this still reaps it below)
                for i, p in enumerate(window[k::jobs]):
                    results[k + i * jobs] = (validate_file(p, kind, schemas, max_size) if found is None
                                             else [Finding(*t) for t in found.get(i, ())])
            yield from zip(window, results, strict=True)
        finally:
            for _, pid, r in kids:  # interrupted (Ctrl-C, --max-errors): no child outlives the run
                if pid is not None:
                    try:
                        os.kill(pid, 15)
                        os.waitpid(pid, 0)
                        os.close(r)
                    except OSError:
                        pass


def _as_tuple(f: Finding) -> tuple:
    return (f.file, f.line, f.column, f.level, f.message, f.layer)


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
