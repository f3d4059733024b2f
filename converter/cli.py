"""The `newsmark` command: a thin Click layer over the library.

Commands parse options, call the library and report. Library errors become
one line on stderr and exit 1; usage errors exit 2; heavy modules load only
inside the command that needs them, so `newsmark --help` starts fast.
"""
from __future__ import annotations

import os
import sys
from typing import Callable

import click

from . import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _fail(msg: str) -> None:
    raise click.ClickException(msg)


def _progress(items: list, label: str, quiet: bool):
    """A progress bar on a terminal for long runs; silent otherwise."""
    if quiet or len(items) < 20 or not sys.stderr.isatty():
        return _Null(items)
    return click.progressbar(items, label=label, file=sys.stderr)


class _Null:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


def _size(value: str | None) -> int:
    from .errors import DEFAULT_MAX_SIZE

    if not value:
        return DEFAULT_MAX_SIZE
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    v = value.strip().lower().rstrip("b")
    try:
        if v and v[-1] in units:
            return int(float(v[:-1]) * units[v[-1]])
        return int(v)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 50M") from None


def batch_options(f: Callable) -> Callable:
    """Options shared by the commands that read many articles."""
    for opt in reversed([
        click.option("-o", "--output", "output", metavar="PATH", help="Output file, or directory for many inputs/formats ('-' = stdout)."),
        click.option("--glob", "globs", multiple=True, metavar="PATTERN", help="File patterns to take from directories (repeatable; default: *.txt, *.html, *.gz …)."),
        click.option("--jsonl", "jsonl", metavar="FIELD", help="Inputs are JSON Lines; read each article from FIELD and write one result per line."),
        click.option("--html/--text", "html", default=None, help="Force HTML or plain-text reading (default: detect)."),
        click.option("--patterns", "patterns", type=click.Path(exists=True, dir_okay=False), multiple=True, help="Extra boilerplate patterns, one regex per line (or 'reason<TAB>regex')."),
        click.option("-j", "--jobs", type=click.IntRange(0, 64), default=0,
                     help="Worker processes (default: one per core, at most one per 8 inputs)."),
        click.option("--overwrite", is_flag=True, help="Replace existing output files."),
        click.option("--skip-existing", is_flag=True, help="Leave inputs whose outputs exist (resume an interrupted run)."),
        click.option("--max-size", "max_size", metavar="SIZE", help="Largest input accepted, e.g. 100M (default 32M)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or warnings."),
    ]):
        f = opt(f)
    return f


def metadata_options(f: Callable) -> Callable:
    """What a publisher sets on the JSON-LD: overrides of what the text says."""
    for opt in reversed([
        click.option("--config", "config", type=click.Path(exists=True, dir_okay=False), help="TOML file with a publisher's defaults (publisher, publisher_logo, url, author, image, lang)."),
        click.option("--url", help="Canonical URL of the article (absolute)."),
        click.option("--headline", help="Headline to use instead of the detected one."),
        click.option("--author", "authors", multiple=True, help="Author name (repeatable)."),
        click.option("--publisher", help="Publisher name."),
        click.option("--publisher-logo", "publisher_logo", help="Absolute URL of the publisher's logo."),
        click.option("--image", help="Absolute URL of the article's image."),
        click.option("--date", help="Publication date (ISO 8601 or as news prints it)."),
        click.option("--lang", help="Language code, e.g. en (default: detect)."),
        click.option("--reference-date", "reference_date", help="Date that relative stamps ('3 hours ago') count from."),
    ]):
        f = opt(f)
    return f


def _load_config(path: str | None) -> dict:
    if not path:
        return {}
    try:
        import tomllib
    except ImportError:  # Python 3.10
        _fail("--config needs Python 3.11 or newer (tomllib)")
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, ValueError) as exc:
        _fail(f"{path}: cannot read config: {exc}")
    data = data.get("newsmark", data)
    known = {"publisher", "publisher_logo", "url", "author", "authors", "image", "lang", "headline"}
    unknown = set(data) - known
    if unknown:
        _fail(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
    return data


def _options(kw: dict):
    """Build pipeline Options from CLI keywords (config file first, flags over it)."""
    from datetime import date

    from .lexicon import parse_patterns
    from .pipeline import Options

    cfg = _load_config(kw.get("config"))
    patterns = []
    for p in kw.get("patterns") or ():
        try:
            with open(p, encoding="utf-8") as fh:
                lines = [ln for ln in fh.read().splitlines() if ln.strip() and not ln.startswith("#")]
            patterns += parse_patterns(lines, p)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            _fail(str(exc))
    ref = None
    if kw.get("reference_date"):
        try:
            ref = date.fromisoformat(kw["reference_date"])
        except ValueError:
            raise click.BadParameter("use YYYY-MM-DD", param_hint="--reference-date") from None
    authors = tuple(kw.get("authors") or ()) or tuple(cfg.get("authors") or ([cfg["author"]] if cfg.get("author") else []))
    for name in ("url", "publisher_logo", "image"):
        v = kw.get(name) or cfg.get(name)
        if v and not v.lower().startswith(("http://", "https://")):
            raise click.BadParameter(f"{v!r} is not an absolute http(s) URL", param_hint=f"--{name.replace('_', '-')}")
    return Options(
        url=kw.get("url") or cfg.get("url"), headline=kw.get("headline") or cfg.get("headline"), authors=authors,
        publisher=kw.get("publisher") or cfg.get("publisher"),
        publisher_logo=kw.get("publisher_logo") or cfg.get("publisher_logo"), image=kw.get("image") or cfg.get("image"),
        date=kw.get("date"), lang=kw.get("lang") or cfg.get("lang"), reference_date=ref, html=kw.get("html"),
        patterns=tuple(patterns), max_size=_size(kw.get("max_size")),
    )


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="newsmark")
def main() -> None:
    """Turn raw scraped news articles into clean text, NewsArticle JSON-LD and TEI P5 XML.

    \b
    Examples:
      newsmark clean story.txt
      newsmark convert story.txt --to jsonld
      newsmark convert scraped/ --to jsonld,tei -o out/
      newsmark quotes story.txt
      newsmark validate out/
    """
    if _CACHE_PATTERNS:  # a command will run (not `newsmark --help`, which compiles next to nothing)
        from .recache import install

        install()


def _run_batch(inputs: tuple[str, ...], formats: tuple[str, ...], kw: dict, validate: bool = True) -> None:
    """Shared body of clean/convert/quotes: stdout for one input and format, else files under -o."""
    from . import batch, files
    from .pipeline import learn_recurring

    opts = _options(kw)
    globs = tuple(kw.get("globs") or ()) or files.DEFAULT_GLOBS
    sources = list(files.discover(list(inputs), globs))
    if not sources:
        _fail("no input files found (check the paths or --glob)")
    if sum(s.path == "-" for s in sources) > 1:
        raise click.UsageError("'-' (stdin) may be given once")
    if kw.get("jsonl"):
        return _run_jsonl(sources, formats, kw, opts, validate)
    out = kw.get("output")
    to_stdout = len(sources) == 1 and len(formats) == 1 and out in (None, "-")
    if not to_stdout and out in (None, "-"):
        raise click.UsageError("several inputs or formats need -o DIR")
    single_file = len(sources) == 1 and len(formats) == 1 and out not in (None, "-") and not os.path.isdir(out) \
        and not out.endswith(os.sep)
    if len(sources) >= 3:
        # first pass: lines that recur across this batch are boilerplate (learned from a sample of
        # at most 1,000 inputs, read one at a time, so memory does not grow with the batch)
        from dataclasses import replace

        step = max(1, len(sources) // 1000)
        sample = [s for s in sources[::step] if s.path != "-"]
        opts = replace(opts, recurring=learn_recurring(_texts(sample, opts.max_size, files, opts.html)))
    inputs_real = frozenset(os.path.realpath(s.path) for s in sources if s.path != "-")
    done = skipped = failed = 0
    reasons: list[str] = []
    todo = []
    for s in sources:
        if not to_stdout and kw.get("skip_existing"):
            targets = [out] if single_file else [files.output_path(out, s, f) for f in formats]
            if all(os.path.exists(t) for t in targets):
                skipped += 1
                continue
        todo.append(s)
    with _progress(todo, "converting", kw.get("quiet") or to_stdout) as bar:
        results = batch.run(bar, formats, opts, 1 if to_stdout else _jobs(kw, len(todo)), validate)
        for res in results:
            name = res.src.path if res.src.path != "-" else "<stdin>"
            if res.error:
                failed += 1
                reasons.append(f"{name}: {res.error}")
                click.echo(f"newsmark: {name}: error: {res.error}", err=True)
                continue
            if not kw.get("quiet"):
                for w in res.warnings:
                    click.echo(f"newsmark: {name}: warning: {w}", err=True)
            try:
                if to_stdout:
                    data = next(iter(res.outputs.values()))
                    sys.stdout.buffer.write(data)
                    sys.stdout.flush()
                else:
                    for fmt, data in res.outputs.items():
                        target = out if single_file else files.output_path(out, res.src, fmt)
                        files.write_atomic(target, data, kw.get("overwrite", False), inputs_real)
                done += 1
            except Exception as exc:  # noqa: BLE001 - OutputError or OSError: report, go on
                failed += 1
                msg = str(exc) if not isinstance(exc, OSError) else f"cannot write: {exc.strerror or exc}"
                reasons.append(f"{name}: {msg}")
                click.echo(f"newsmark: {name}: error: {msg}", err=True)
    if len(sources) > 1 and not kw.get("quiet"):
        click.echo(f"newsmark: {done} converted, {skipped} skipped, {failed} failed", err=True)
    if failed:
        sys.exit(1)


def _texts(sources, max_size: int, files, html: bool | None = None):
    """The decoded text of each plain-text input, for learning the batch's recurring lines. HTML pages
    are left out (unless --text): their source lines are markup, not the page's lines, and their DOM
    marks the furniture; tokenising every line of minified HTML cost more than converting the page."""
    from .reading import decode

    for s in sources:
        try:
            dec = decode(files.read_input(s, max_size), max_size)  # gzip, BOM and encodings as in convert
        except Exception:  # noqa: BLE001 - unreadable inputs are reported by the main pass
            continue
        if html or (dec.is_html and html is None):
            continue
        yield dec.text


def _jobs(kw: dict, items: int) -> int:
    """--jobs, or by default one worker per core, but no more than one per 8 inputs: a worker's start
    costs about what converting a few pages does, so a small batch stays in this process."""
    return kw.get("jobs") or max(1, min(os.cpu_count() or 1, items // 8))


def _size_of(src) -> int:
    try:
        return os.path.getsize(src.path) if src.path != "-" else 1 << 20
    except OSError:
        return 0


def _run_jsonl(sources, formats, kw, opts, validate) -> None:
    """One result line per input line, in order, streamed: neither the input nor the output is held whole."""
    import json
    from contextlib import nullcontext

    from . import batch, files
    from .errors import InputError, NewsmarkError

    out = kw.get("output")
    several = len(sources) > 1
    failed = total = 0
    bad_files: list[str] = []

    def work():
        for s in sources:
            try:
                for n, line, error in files.jsonl_lines(s, opts.max_size):
                    yield s, n, line, error
            except InputError as exc:
                bad_files.append(f"{s.path}: {exc}")

    jobs = _jobs(kw, sum(_size_of(s) for s in sources) // 4096)  # (about 4 KB a record)
    try:
        target = nullcontext(sys.stdout.buffer) if out in (None, "-") else \
            files.AtomicFile(out, kw.get("overwrite", False), frozenset(os.path.realpath(s.path) for s in sources))
    except NewsmarkError as exc:
        _fail(str(exc))
    try:
        with target as fh:
            tasks = ((s.rel if several else None, n, line, error, kw["jsonl"], formats, opts, validate)
                     for s, n, line, error in work())
            for rec in batch.ordered_map(batch.jsonl_record, tasks, jobs):
                total += 1
                failed += "error" in rec
                fh.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}")
    for msg in bad_files:
        click.echo(f"newsmark: {msg}", err=True)
    if not kw.get("quiet"):
        click.echo(f"newsmark: {total - failed} converted, {failed} failed", err=True)
    if failed or bad_files:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--explain", is_flag=True, help="Show each input line with keep/drop and the reason.")
@batch_options
def clean(inputs: tuple[str, ...], explain: bool, **kw) -> None:
    """Print the article body of INPUT (file, directory or '-') as clean text.

    Paragraphs are separated by blank lines; headline, bylines, share bars,
    captions, teasers and other boilerplate are removed.
    """
    if explain:
        return _explain(inputs, kw)
    _run_batch(inputs, ("text",), kw)


def _explain(inputs, kw) -> None:
    from . import files
    from .errors import NewsmarkError
    from .pipeline import convert_bytes

    opts = _options(kw)
    status = 0
    for s in files.discover(list(inputs), tuple(kw.get("globs") or ()) or files.DEFAULT_GLOBS):
        try:
            art = convert_bytes(files.read_input(s, opts.max_size), options=opts)
        except NewsmarkError as exc:
            click.echo(f"newsmark: {s.path}: error: {exc}", err=True)
            status = 1
            continue
        for d in art.decisions:
            text = d.text if len(d.text) <= 70 else d.text[:67] + "..."
            click.echo(f"{'KEEP' if d.keep else 'DROP'}  {d.role:<11} {d.reason:<48} | {text}")
    sys.exit(status)


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-t", "--to", "to", default="jsonld", show_default=True, metavar="FORMATS",
              help="Comma-separated formats: jsonld, tei, text, html.")
@click.option("--no-validate", is_flag=True, help="Do not check outputs against the bundled schemas.")
@metadata_options
@batch_options
def convert(inputs: tuple[str, ...], to: str, no_validate: bool, **kw) -> None:
    """Convert scraped articles to JSON-LD, TEI, text or an HTML preview.

    One input and one format go to stdout; otherwise -o DIR receives
    <stem>.jsonld, <stem>.tei.xml, <stem>.txt and <stem>.html, mirroring the input tree.
    """
    formats = tuple(dict.fromkeys(f.strip() for f in to.split(",") if f.strip()))
    bad = [f for f in formats if f not in ("jsonld", "tei", "text", "html")]
    if bad or not formats:
        raise click.BadParameter(f"unknown format(s): {', '.join(bad) or '(none)'}; choose from jsonld, tei, text, html",
                                 param_hint="--to")
    _run_batch(inputs, formats, kw, validate=not no_validate)


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--terms", is_flag=True, help="Also list scare-quoted terms nobody is said to have used.")
@batch_options
def quotes(inputs: tuple[str, ...], terms: bool, **kw) -> None:
    """Print who said what in INPUT as a JSON list of records.

    Each record: start, end (offsets into the input as decoded), text, kind
    (speech, writing, so-called), direct (false for reported speech and stances),
    speaker (the local mention) with speaker_start/speaker_end, speaker_name (the
    resolved person) and speaker_id. Scare quotes with no speaker are terms, not
    attributions: add --terms to list them too.
    """
    _run_batch(inputs, ("quotes+terms" if terms else "quotes",), kw, validate=False)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=False)
@click.option("--kind", type=click.Choice(["jsonld", "tei", "html"]), help="Treat every file as this kind (default: detect by content).")
@click.option("--schema", "schemas", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Also validate against this JSON Schema (.json), RELAX NG (.rng) or Schematron (.sch); repeatable.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "github", "junit", "sarif"]), default="text",
              show_default=True, help="Report format.")
@click.option("--max-errors", type=click.IntRange(0), default=0, help="Stop after this many invalid files (0: no limit).")
@click.option("-j", "--jobs", type=click.IntRange(0, 64), default=0, help="Worker processes (default: the number of cores).")
@click.option("--max-size", "max_size", metavar="SIZE", help="Largest file accepted (default 32M).")
@click.option("-q", "--quiet", is_flag=True, help="Errors only; no summary or progress bar.")
@click.option("-o", "--output", "output", metavar="FILE", help="Write the report here instead of stdout.")
@click.option("--profile", type=click.Choice(["default", "strict", "lenient"]), default="default", show_default=True,
              help="strict: warnings fail too; lenient: text where schema.org expects a node is a warning.")
def validate(paths: tuple[str, ...], kind: str | None, schemas: tuple[str, ...], fmt: str, max_errors: int,
             jobs: int, max_size: str | None, quiet: bool, output: str | None, profile: str) -> None:
    """Validate JSON-LD, TEI and HTML (embedded JSON-LD) files against the bundled schemas.

    PATHS are files, directories (recursive), globs or '-'; with none, the
    current directory. Exit 0 when every file is valid, 1 otherwise.
    """
    from .validator_run import run_validation

    for s in schemas:
        if not s.endswith((".json", ".rng", ".sch")):
            raise click.BadParameter(f"{s}: use a .json, .rng or .sch file", param_hint="--schema")
    status = run_validation(list(paths) or ["."], kind=kind, schemas=schemas, fmt=fmt, max_errors=max_errors,
                            jobs=jobs or (os.cpu_count() or 1), max_size=_size(max_size), quiet=quiet, output=output,
                            profile=profile)
    sys.exit(status)


_CACHE_PATTERNS = False


def run() -> None:
    """The `newsmark` command: `main` with the compiled patterns cached across runs (`recache`); a process
    that calls `main` itself (tests, embedding) leaves `re` alone."""
    global _CACHE_PATTERNS
    _CACHE_PATTERNS = True
    main()


if __name__ == "__main__":
    run()
