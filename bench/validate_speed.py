#!/usr/bin/env python3
"""Validation benchmark: an archive of 10,000 files (half JSON-LD, half TEI, our own outputs on the
corpora), validated by `newsmark validate` beside `xmllint --relaxng` and `check-jsonschema`,
each invoked the way a CI script would (one command over the whole archive).

    python3 bench/validate_speed.py [--files 10000] [--quick]

Prints files per second; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMARK_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))


def build_archive(dst: Path, n: int, quick: bool = False) -> tuple[list[Path], list[Path]]:
    """n/2 JSON-LD and n/2 TEI files, converted from the corpora (or the fixtures when absent)."""
    from converter.batch import render
    from converter.errors import NewsmarkError
    from converter.pipeline import convert_bytes

    srcs = sorted(ROOT.joinpath("fixtures", "articles").iterdir())
    if not quick:
        srcs += sorted((SHARED / "corpus" / "quotes" / "dev").glob("*.txt"))[:300]
        srcs += sorted((SHARED / "corpus" / "rawtext" / "dev").glob("*.txt"))
    outs: list[tuple[bytes, bytes]] = []
    for s in srcs:
        try:
            art = convert_bytes(s.read_bytes())
            outs.append((render(art, "jsonld"), render(art, "tei")))
        except NewsmarkError:
            continue
    jl, tei = [], []
    (dst / "jsonld").mkdir(parents=True)
    (dst / "tei").mkdir(parents=True)
    for i in range(n // 2):
        j, t = outs[i % len(outs)]
        pj, pt = dst / "jsonld" / f"{i:05d}.jsonld", dst / "tei" / f"{i:05d}.tei.xml"
        pj.write_bytes(j)
        pt.write_bytes(t)
        jl.append(pj)
        tei.append(pt)
    return jl, tei


def wall(cmd: list[str], **kw) -> tuple[float, int]:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - t0, r.returncode


def newsmark() -> list[str]:
    beside = Path(sys.executable).with_name("newsmark")  # the script installed with this interpreter
    exe = str(beside) if beside.exists() else shutil.which("newsmark")
    return [exe] if exe and "shims" not in exe else [sys.executable, "-m", "converter"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--quick", action="store_true", help="2,000 files from the fixtures only")
    ap.add_argument("--rounds", type=int, default=7, help="paired newsmark/xmllint rounds on the TEI files")
    a = ap.parse_args()
    n = 2000 if a.quick else a.files
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as d:
        arch = Path(d)
        jl, tei = build_archive(arch, n, a.quick)
        print(f"archive: {len(jl)} JSON-LD + {len(tei)} TEI files, {os.cpu_count()} cores")
        if a.quick:
            t, rc = wall(newsmark() + ["validate", str(arch), "-q"], env=env)
            print(f"  newsmark validate ({n} files, --jobs {os.cpu_count()}): {t:5.2f} s  {n / t:6.0f} files/s  exit {rc}")
            return 0
        for jobs in (1, 2):
            t, rc = wall(newsmark() + ["validate", str(arch), "-q", "--jobs", str(jobs)], env=env)
            print(f"  newsmark validate --jobs {jobs} (all {n}): {t:6.2f} s  {n / t:8.0f} files/s  exit {rc}")
        t, rc = wall(newsmark() + ["validate", str(arch / "tei"), "-q"], env=env)
        print(f"  newsmark validate (TEI only):       {t:6.2f} s  {len(tei) / t:8.0f} files/s  exit {rc}")
        t, rc = wall(newsmark() + ["validate", str(arch / "jsonld"), "-q"], env=env)
        print(f"  newsmark validate (JSON-LD only):   {t:6.2f} s  {len(jl) / t:8.0f} files/s  exit {rc}")
        rng = ROOT / "schemas" / "tei-news.rng"
        if shutil.which("xmllint"):
            # paired rounds, each tool right after the other: this machine's speed drifts by tens of percent
            ours, theirs = [], []
            for _ in range(a.rounds):
                ours.append(wall(newsmark() + ["validate", str(arch / "tei"), "-q"], env=env)[0])
                t, rc = wall(["xmllint", "--noout", "--relaxng", str(rng), *map(str, tei)])
                theirs.append(t)
            print(f"  xmllint --relaxng tei-news.rng:     {min(theirs):6.2f} s  {len(tei) / min(theirs):8.0f} files/s  exit {rc}"
                  f"  (best of {a.rounds})")
            ratios = sorted(o / x for o, x in zip(ours, theirs, strict=True))
            print(f"  TEI, {a.rounds} paired rounds: newsmark best {min(ours):.2f} s, median {statistics.median(ours):.2f} s;"
                  f" xmllint best {min(theirs):.2f} s, median {statistics.median(theirs):.2f} s;"
                  f" newsmark/xmllint time, median of rounds: {statistics.median(ratios):.2f}")
        else:
            print("  xmllint: not installed (apt-get install libxml2-utils)")
        if shutil.which("check-jsonschema"):
            schema = ROOT / "schemas" / "newsarticle.schema.json"
            t, rc = wall(["check-jsonschema", "--schemafile", str(schema), *map(str, jl)])
            print(f"  check-jsonschema:                   {t:6.2f} s  {len(jl) / t:8.0f} files/s  exit {rc}")
        else:
            print("  check-jsonschema: not installed (pip install check-jsonschema)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
