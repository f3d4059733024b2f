#!/usr/bin/env python3
"""Quality benchmarks on ../shared/corpus with the scorers in ../shared/eval.

    python3 bench/quality.py boilerplate [--html] [--limit N]
    python3 bench/quality.py quotes [--limit N]
    python3 bench/quality.py rawtext
    python3 bench/quality.py pronouns
    python3 bench/quality.py pagemeta
    python3 bench/quality.py all

Outputs are produced in-process through the library (the same code path as the
CLI, without 700 interpreter start-ups) and then scored by the shared scorers.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMARK_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EVAL = SHARED / "eval"
sys.path.insert(0, str(ROOT))

from converter import convert_bytes, learn_recurring, to_text  # noqa: E402
from converter.batch import quotation_records  # noqa: E402
from converter.errors import NewsmarkError  # noqa: E402
from converter.pipeline import Options  # noqa: E402


def _need(p: Path) -> bool:
    if not p.exists():
        print(f"skipped: {p} not found (the shared corpora sit beside the repository)")
        return False
    return True


def _ids(gold: Path, suffix: str, limit: int) -> list[str]:
    ids = sorted(p.name[: -len(suffix)] for p in gold.glob("*" + suffix))
    return ids[:limit] if limit else ids


def boilerplate(html: bool = False, limit: int = 0) -> str:
    gold = CORPUS / "boilerplate" / "dev"
    if not _need(gold):
        return ""
    ids = _ids(gold, ".gold.txt", limit)
    raw = {i: (gzip.decompress((gold / f"{i}.html.gz").read_bytes()) if html else (gold / f"{i}.txt").read_bytes()) for i in ids}
    opts = Options(html=True if html else None)
    if not html:
        from dataclasses import replace

        opts = replace(opts, recurring=learn_recurring(b.decode("utf-8", "replace") for b in raw.values()))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        for i in ids:
            try:
                text = to_text(convert_bytes(raw[i], options=opts))
            except NewsmarkError:
                text = ""
            Path(out, f"{i}.txt").write_text(text, encoding="utf-8")
        dt = time.perf_counter() - t0
        if limit:  # score the same subset of gold files
            sub = Path(out, "gold")
            sub.mkdir()
            for i in ids:
                os.symlink(gold / f"{i}.gold.txt", sub / f"{i}.gold.txt")
            gold = sub
        cmd = [sys.executable, str(EVAL / "score_boilerplate.py"), "--gold", str(gold), "--pred", out,
               "--name", f"newsmark ({'HTML' if html else 'text'})", "--n-bootstrap", "200"]
        res = subprocess.run(cmd, capture_output=True, text=True)
    lines = res.stdout.strip().splitlines()
    body = "\n".join(lines)
    return f"boilerplate dev, {'HTML' if html else 'text'} input, {len(ids)} pages ({dt:.1f}s):\n{body}"


def quotes(limit: int = 0) -> str:
    gold = CORPUS / "quotes" / "dev"
    if not _need(gold):
        return ""
    ids = _ids(gold, ".quotes.json", limit)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        for i in ids:
            data = (gold / f"{i}.txt").read_bytes()
            try:
                recs = quotation_records(convert_bytes(data))
            except NewsmarkError:
                recs = []
            Path(out, f"{i}.quotes.json").write_text(json.dumps(recs), encoding="utf-8")
        dt = time.perf_counter() - t0
        if limit:
            sub = Path(out, "gold")
            sub.mkdir()
            for i in ids:
                for ext in (".txt", ".quotes.json"):
                    os.symlink(gold / f"{i}{ext}", sub / f"{i}{ext}")
            gold_dir = sub
        else:
            gold_dir = gold
        res = subprocess.run([sys.executable, str(EVAL / "score_quotes.py"), str(gold_dir), out],
                             capture_output=True, text=True)
    return f"quotes dev, {len(ids)} articles ({dt:.1f}s):\n{res.stdout.strip()}"


def rawtext_inprocess(show: bool = False) -> str:
    """score_rawtext.py's own scoring, with its commands run through the CLI in-process (no start-up cost)."""
    corpus = CORPUS / "rawtext" / "dev"
    if not _need(corpus):
        return ""
    import importlib.util

    from click.testing import CliRunner

    from converter.cli import main as cli

    spec = importlib.util.spec_from_file_location("score_rawtext", EVAL / "score_rawtext.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_rawtext"] = mod
    spec.loader.exec_module(mod)
    runner = CliRunner()

    def run(cmd, timeout):
        r = runner.invoke(cli, cmd[1:], catch_exceptions=True)
        return r.stdout if r.exit_code == 0 else ""

    mod.run = run
    res = mod.score(corpus, ["newsmark"], 30.0, show)
    keys = ("boilerplate_lines_removed", "boilerplate_inline_removed", "body_ends_kept", "date_exact",
            "date_none_when_none", "authors_f1", "publisher_exact", "publisher_none_when_none", "dateline_exact",
            "dateline_none_when_none", "quotes_found", "quotes_found_right_speaker")
    lines = [f"rawtext dev, {res['docs']} articles (score_rawtext.py, CLI in-process):"]
    lines += [f"  {k:30} {res[k]}" for k in keys]
    lines += [f"    {m}" for m in res.get("misses", [])]
    return "\n".join(lines)


def schemaorg_check() -> str:
    """The shared schema.org checker (with Google's Article guidance) over every JSON-LD from the dev corpora."""
    import importlib.util
    from collections import Counter

    from converter import to_jsonld

    path = SHARED / "oracles" / "schemaorg" / "check_jsonld.py"
    if not _need(path):
        return ""
    spec = importlib.util.spec_from_file_location("check_jsonld", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["check_jsonld"] = mod
    spec.loader.exec_module(mod)
    inputs = []
    for sub, pattern in (("boilerplate/dev", "*.txt"), ("boilerplate/dev", "*.html.gz"), ("quotes/dev", "*.txt"),
                         ("rawtext/dev", "*.txt")):
        inputs += [p for p in sorted((CORPUS / sub).glob(pattern)) if not p.name.endswith(".gold.txt")]
    errors: Counter = Counter()
    warnings: Counter = Counter()
    docs = failed = 0
    for p in inputs:
        data = p.read_bytes()
        try:
            art = convert_bytes(data)
        except NewsmarkError:
            failed += 1
            continue
        docs += 1
        for f in mod.check_data(to_jsonld(art), google_article=True):
            (errors if f.level == "error" else warnings)[f.code] += 1
    return (f"schema.org checker --google-article over {docs} JSON-LD documents from the dev corpora "
            f"({failed} inputs refused): {sum(errors.values())} errors {dict(errors)}; "
            f"warnings by code {dict(warnings.most_common(6))}")


def pronouns() -> str:
    """Pronoun resolution, probed on the quotes corpus: every `,” Surname said` attribution of a person whose
    given name tells their gender is rewritten, one at a time, to `,” he/she said`; the quotation's resolved name
    should stay the same. (Not a gold figure: it measures whether the pronoun finds its antecedent in real
    contexts; rewrites of a person's only naming cap it below 1. Every rewrite is tried, so the figure does not
    move with a random sample; it grows with first_names.txt, which decides who is eligible.)"""
    import re

    from converter import convert
    from converter.lexicon import genders

    corpus = CORPUS / "quotes" / "dev"
    if not _need(corpus):
        return ""
    ok = tot = 0
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for q in convert(text).quotations:
            if not (q.direct and q.speaker_name and q.speaker and q.speaker_start is not None) or q.speaker_start < q.end:
                continue
            if not re.fullmatch(r"(?:Mr\.|Mrs\.|Ms\.)?\s?[A-Z][\w’'\-]+", q.speaker) or \
                    text[q.speaker_start:q.speaker_end] != q.speaker or \
                    not re.fullmatch(r"[,.!?]?[”\"'’]*\s*", text[q.end:q.speaker_start]) or \
                    not re.match(r"\s+(?:said|says|added|told|asked)\b", text[q.speaker_end:q.speaker_end + 8]):
                continue
            g = genders().get(q.speaker_name.split()[0].lower().rstrip("."))
            if not g:
                continue
            again = convert(text[:q.speaker_start] + ("he" if g == "m" else "she") + text[q.speaker_end:])
            hit = [r for r in again.quotations if r.direct and r.start == q.start]
            tot += 1
            ok += bool(hit and hit[0].speaker_name == q.speaker_name)
    return f"pronoun probe, quotes dev: {tot} rewrites, antecedent recovered {ok / max(1, tot):.3f}"


def pagemeta() -> str:
    """Metadata of a page's text against the same page's HTML, over the boilerplate dev pages: a scraper's text
    dump of a page holds its headline, byline and date among navigation and share buttons; the HTML says them in
    meta tags and JSON-LD, which newsmark reads. (Not a gold figure: the HTML's own values stand in for one; a
    figure is how many of the pages whose HTML gives a value get the same from the text, and how many text
    values disagree with the HTML's: made up or another story's.)"""
    import re

    gold = CORPUS / "boilerplate" / "dev"
    if not _need(gold):
        return ""
    norm = lambda s: re.sub(r"\W+", " ", (s or "").replace("\u2019", "'")).strip().lower()  # noqa: E731
    same = {"headline": [0, 0], "date": [0, 0], "authors": [0, 0]}
    wrong = {"date": [0, 0], "authors": [0, 0]}
    for html_path in sorted(gold.glob("*.html.gz")):
        h = convert_bytes(gzip.decompress(html_path.read_bytes()))
        t = convert_bytes(html_path.with_name(html_path.name.replace(".html.gz", ".txt")).read_bytes())
        pairs = {"headline": (norm(h.headline), norm(t.headline)),
                 "date": ((h.date_published or "")[:10], (t.date_published or "")[:10]),
                 "authors": ({norm(a) for a in h.authors}, {norm(a) for a in t.authors})}
        for k, (want, got) in pairs.items():
            if want:
                same[k][1] += 1
                same[k][0] += want == got
            if k in wrong and got:
                wrong[k][1] += 1
                wrong[k][0] += bool(want) and (want != got if k == "date" else not want & got)
    return ("page text vs the same page's HTML, boilerplate dev: " +
            ", ".join(f"{k} {a}/{b}" for k, (a, b) in same.items()) +
            "; text values the HTML contradicts: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in wrong.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("boilerplate", "quotes", "rawtext", "schemaorg", "pronouns", "pagemeta",
                                     "quick", "all"))
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-misses", action="store_true")
    a = ap.parse_args()
    if a.what == "quick":  # the four parts on two processes, the slowest two apart (the machine's two cores)
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(2) as pool:
            parts = [pool.submit(f, *args) for f, args in ((quotes, ()), (boilerplate, (True,)),
                                                           (boilerplate, (False,)), (rawtext_inprocess, ()))]
            texts = [f.result() for f in parts]
        for text in (texts[2], texts[1], texts[0], texts[3]):
            print("\n".join(ln for ln in text.splitlines() if not ln.startswith(("{", "direct+partial"))))
        return 0
    if a.what in ("boilerplate", "all"):
        print(boilerplate(a.html, a.limit))
        if a.what == "all":
            print(boilerplate(True, a.limit))
    if a.what in ("quotes", "all"):
        print(quotes(a.limit))
    if a.what in ("rawtext", "all"):
        print(rawtext_inprocess(show=a.show_misses))
    if a.what in ("schemaorg", "all"):
        print(schemaorg_check())
    if a.what in ("pronouns", "all"):
        print(pronouns())
    if a.what in ("pagemeta", "all"):
        print(pagemeta())
    return 0


if __name__ == "__main__":
    sys.exit(main())
