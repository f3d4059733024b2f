"""Many inputs, one run: convert each file (in worker processes with `jobs > 1`) and collect results.

A bad file becomes a failed `Result` with a one-line reason; the run goes on.
"""
from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, TypeVar

from .errors import NewsmarkError
from .files import Source, read_input
from .model import Article
from .pipeline import Options, convert, convert_bytes

T = TypeVar("T")
R = TypeVar("R")
FORMATS = ("jsonld", "tei", "text", "html", "quotes", "quotes+terms")


@dataclass
class Result:
    """What became of one input."""

    src: Source
    outputs: dict[str, bytes] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def render(article: Article, fmt: str, validate: bool = True) -> bytes:
    """One output format as bytes; with `validate`, our own schemas must accept it."""
    if fmt == "jsonld":
        from .writers.jsonld import dumps_jsonld, to_jsonld

        obj = to_jsonld(article)
        if validate:
            from .validation import validate_jsonld

            _raise_findings(validate_jsonld(obj, "jsonld"))
        return (dumps_jsonld(obj) + "\n").encode("utf-8")
    if fmt == "tei":
        from .writers.tei import to_tei

        data = to_tei(article)
        if validate:
            from .validation import parse_xml, validate_tei

            tree, found = parse_xml(data, "tei")
            _raise_findings(found + (validate_tei(tree, "tei") if tree is not None else []))
        return data
    if fmt == "text":
        from .writers.text import to_text

        return to_text(article).encode("utf-8")
    if fmt == "html":
        from .writers.html import to_html

        return to_html(article).encode("utf-8")
    if fmt in ("quotes", "quotes+terms"):
        records = quotation_records(article, terms=fmt == "quotes+terms")
        return (json.dumps(records, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")


def quotation_records(article: Article, terms: bool = False) -> list[dict]:
    """The records of `newsmark quotes`: who said what, directly or not. Scare quotes that nobody is
    said to have used are terms, not attributions: listed only with `terms` (`quotes --terms`); titles
    of works are nobody's words and are never listed (TEI marks both up)."""
    return [q.record() for q in article.quotations
            if q.kind != "title" and (terms or q.kind != "so-called" or q.direct)]


def _raise_findings(findings) -> None:
    errors = [f for f in findings if f.level == "error"]
    if errors:
        raise NewsmarkError(f"output failed validation: {errors[0].message} [{errors[0].layer}]")


def process(src: Source, formats: tuple[str, ...], opts: Options, validate: bool = True) -> Result:
    """Read, convert and render one input; never raises for bad input."""
    res = Result(src)
    try:
        data = read_input(src, opts.max_size)
        art = convert_bytes(data, options=_with_name(opts, src))
        res.warnings = art.warnings
        for fmt in formats:
            res.outputs[fmt] = render(art, fmt, validate)
    except NewsmarkError as exc:
        res.error = str(exc)
    except RecursionError:
        res.error = "input nested too deeply to process"
    except MemoryError:
        res.error = "out of memory on this input"
    return res


def _with_name(opts: Options, src: Source) -> Options:
    from dataclasses import replace

    return replace(opts, source_name=src.rel)


def _process_star(args) -> Result:
    return process(*args)


def run(sources: Iterable[Source], formats: tuple[str, ...], opts: Options, jobs: int = 1,
        validate: bool = True) -> Iterator[Result]:
    """Results in input order; `jobs > 1` spreads inputs over worker processes."""
    return ordered_map(_process_star, ((s, formats, opts, validate) for s in sources), jobs)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int = 1) -> Iterator[R]:
    """fn over items, results in order; `jobs > 1` runs them in worker processes (fn must be a module-level
    function), with a bounded window of tasks in flight so memory stays flat however many items there are."""
    if jobs <= 1:
        for item in items:
            yield fn(item)
        return
    from concurrent.futures import ProcessPoolExecutor  # (lazy: 14 ms of start-up a one-file run never uses)

    from . import lazyre, recache
    from .workers import pool_context

    lazyre.compile_all()  # (forked workers share them; the pattern cache, written by this process, gets them all)
    window = jobs * 16
    # workers of the command read the compiled-pattern cache too (they start as new processes)
    init = recache.install if recache.INSTALLED else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=pool_context(), initializer=init) as ex:
        pending: deque = deque()
        for item in items:
            pending.append(ex.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def jsonl_record(task: tuple) -> dict:
    """One result line of a JSON Lines run: (source label or None, line number, text, read error, field,
    formats, options, validate) in; `{"line", "id", <format>: …}` or an error out (a worker's task)."""
    label, n, line, error, field_name, formats, opts, validate = task
    rec = {"line": n, "error": error} if error else process_jsonl_line(line, field_name, n, formats, opts, validate)
    return {"source": label, **rec} if label is not None else rec


def process_jsonl_line(line: str, field_name: str, n: int, formats: tuple[str, ...], opts: Options,
                       validate: bool = True) -> dict:
    """One JSON Lines record in, one result record out (`{"line", "id", <format>: …}` or an error)."""
    rec: dict = {"line": n}
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return {**rec, "error": f"not JSON: {exc}"}
    if not isinstance(obj, dict) or not isinstance(obj.get(field_name), str):
        return {**rec, "error": f"no string field {field_name!r}"}
    if "id" in obj:
        rec["id"] = obj["id"]
    try:
        art = convert(obj[field_name], options=opts)
        for fmt in formats:
            data = render(art, fmt, validate)
            if fmt == "jsonld":
                rec[fmt] = json.loads(data)
            elif fmt.startswith("quotes"):
                rec["quotes"] = json.loads(data)
            else:
                rec[fmt] = data.decode("utf-8")
    except NewsmarkError as exc:
        rec["error"] = str(exc)
    return rec
