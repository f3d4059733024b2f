#!/usr/bin/env python3
"""Speed and memory benchmark: start-up, batch throughput (text and HTML) beside trafilatura,
process scaling, input-size scaling and memory over a 10,000-file batch.

    python3 bench/speed.py            # everything (a few minutes)
    python3 bench/speed.py --quick    # start-up and a 109-page batch

Every figure is measured on the machine it runs on; nothing is asserted.
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMARK_SHARED", ROOT.parent / "shared"))
PAGES = SHARED / "corpus" / "boilerplate" / "dev"
PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def newsmark_cmd() -> list[str]:
    beside = Path(sys.executable).with_name("newsmark")  # the script installed with this interpreter
    exe = str(beside) if beside.exists() else shutil.which("newsmark")
    return [exe] if exe and "shims" not in exe else [PY, "-m", "converter"]


def timed(cmd: list[str], repeat: int = 1, env: dict | None = None) -> tuple[float, int]:
    """Best wall time of `repeat` runs and the peak RSS (KiB) of the child processes."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**ENV, **(env or {})}, cwd=ROOT)
        best = min(best, time.perf_counter() - t0)
    return best, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def peak_rss(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS of one command, via GNU time when present."""
    gtime = shutil.which("time") or "/usr/bin/time"
    if os.path.exists(gtime):
        with tempfile.NamedTemporaryFile("r") as fh:
            t0 = time.perf_counter()
            subprocess.run([gtime, "-f", "%M", "-o", fh.name, *cmd], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
            dt = time.perf_counter() - t0
            try:
                return dt, int(fh.read().strip().splitlines()[-1])
            except (ValueError, IndexError):
                return dt, 0
    return timed(cmd)


def startup() -> list[str]:
    # compile the checkout's bytecode first, as pip does at install: with PYTHONDONTWRITEBYTECODE set
    # (as on our dev machines) every start-up would otherwise recompile the package from source
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "converter")], stdout=subprocess.DEVNULL, env=ENV)
    nm = newsmark_cmd()
    sample = str(ROOT / "fixtures" / "articles" / "seed_putin_trump.txt")
    rows = []
    one = nm + ["convert", sample, "--to", "jsonld"]
    both = nm + ["convert", sample, "--to", "jsonld,tei", "-o", tempfile.mkdtemp(), "--overwrite"]
    # the command caches its compiled patterns between runs (converter/recache.py): the first run on a machine
    # compiles them, as every run does with NEWSMARK_NO_CACHE=1
    for label, cmd, env in (("python -c pass", [PY, "-c", "pass"], {}), ("newsmark --help", nm + ["--help"], {}),
                            ("newsmark convert (1 file, jsonld)", one, {}),
                            ("newsmark convert (1 file, jsonld+tei)", both, {}),
                            ("  the same, patterns not cached", both, {"NEWSMARK_NO_CACHE": "1"})):
        t, _ = timed(cmd, repeat=5, env=env)
        rows.append(f"  {label:40} {t * 1000:7.0f} ms")
    return rows


def _corpus_copy(dst: Path, n: int, html: bool) -> int:
    files = sorted(PAGES.glob("*.html.gz" if html else "*.txt"))
    files = [f for f in files if not f.name.endswith(".gold.txt")]
    count = 0
    while count < n:
        for f in files:
            if count >= n:
                break
            name = f"{count:05d}_{f.name}"
            if html:
                (dst / name.replace(".html.gz", ".html")).write_bytes(gzip.decompress(f.read_bytes()))
            else:
                (dst / name).write_bytes(f.read_bytes())
            count += 1
    return count


def batch(n: int, html: bool, jobs: int = 1) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as d:
        src, out = Path(d, "in"), Path(d, "out")
        src.mkdir()
        count = _corpus_copy(src, n, html)
        t, rss = peak_rss(newsmark_cmd() + ["convert", str(src), "--to", "jsonld,tei", "-o", str(out), "-q",
                                            "--jobs", str(jobs)])
    return t, count


def trafilatura_rate(n: int) -> float | None:
    """Pages per second of trafilatura's xmltei extraction on the same HTML, in one process."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return None
    code = (
        "import gzip,sys,time,pathlib,trafilatura\n"
        f"files=sorted(pathlib.Path({str(PAGES)!r}).glob('*.html.gz'))\n"
        "pages=[gzip.decompress(f.read_bytes()).decode('utf-8','replace') for f in files]\n"
        f"n={n}\n"
        "t0=time.perf_counter()\n"
        "for i in range(n): trafilatura.extract(pages[i%len(pages)], output_format='xmltei', with_metadata=True)\n"
        "print(n/(time.perf_counter()-t0))\n")
    r = subprocess.run([PY, "-c", code], capture_output=True, text=True)
    try:
        return float(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def scaling_quick() -> list[str]:
    """The seed article flattened onto one line, at 100 KB and at 300 KB, converted in one process: the time grows
    about 3× when every step is linear (a step that rescans the line from its start shows as up to 9×; one did)."""
    code = (
        "import sys,time\n"
        "from converter import convert\n"
        f"unit=open({str(ROOT / 'fixtures' / 'articles' / 'seed_putin_trump.txt')!r},encoding='utf-8').read()\n"
        "one=' '.join(unit.split())+' '\n"
        "convert(one)\n"
        "for n in (100_000, 300_000):\n"
        "    text=(one*(n//len(one)+1))[:n]\n"
        "    t=time.perf_counter(); convert(text); print(time.perf_counter()-t)\n")
    r = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=ENV, cwd=ROOT)
    try:
        small, large = (float(x) for x in r.stdout.split())
    except ValueError:
        return ["  one-line record 100 KB → 300 KB: failed"]
    return [f"  one-line record 100 KB → 300 KB (in process): {small:.2f} s → {large:.2f} s "
            f"({large / max(small, 1e-9):.1f}×; linear is 3×)"]


def sizes() -> list[str]:
    unit = (ROOT / "fixtures" / "articles" / "seed_putin_trump.txt").read_text(encoding="utf-8")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        one_line = " ".join(unit.split()) + " "  # scraped records often hold a whole article on one line
        for label, size, base in (("1 KB", 1_000, unit), ("100 KB", 100_000, unit), ("1 MB", 1_000_000, unit),
                                  ("10 MB", 10_000_000, unit), ("100 KB, one line", 100_000, one_line),
                                  ("1 MB, one line", 1_000_000, one_line)):
            text = (base * (size // len(base) + 1))[:size]
            p = Path(d, f"in_{size}.txt")
            p.write_text(text, encoding="utf-8")
            t, rss = peak_rss(newsmark_cmd() + ["convert", str(p), "--to", "jsonld,tei", "-o", str(Path(d, f"o{size}")),
                                                "-q", "--max-size", "64M"])
            rows.append(f"  {label:16} {t:7.2f} s  peak {rss / 1024:7.1f} MiB")
    return rows


def memory_batches() -> list[str]:
    rows = []
    for n in (10, 10_000):
        with tempfile.TemporaryDirectory() as d:
            src = Path(d, "in")
            src.mkdir()
            unit = (ROOT / "fixtures" / "articles" / "wire_dateline.txt").read_bytes()
            for i in range(n):
                (src / f"{i:05d}.txt").write_bytes(unit)
            t, rss = peak_rss(newsmark_cmd() + ["convert", str(src), "--to", "jsonld,tei", "-o", str(Path(d, "out")), "-q"])
            rows.append(f"  {n:6d} files  {t:7.1f} s  {n / t:7.0f} files/s  peak {rss / 1024:7.1f} MiB")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("start-up (best of 5):")
    print("\n".join(startup()))
    if a.quick:
        print("input size scaling:")
        print("\n".join(scaling_quick()))
        return 0
    if not PAGES.exists():
        print(f"skipped throughput: {PAGES} not found")
        return 0
    tr = trafilatura_rate(720)
    print("batch throughput, 720 pages, jsonld+tei, validated, start-up included:")
    for html in (False, True):
        for jobs in (1, 2):
            t, n = batch(720, html, jobs)
            rate = n / t
            ratio = f"  {rate / tr:5.1f}x trafilatura" if tr else ""
            print(f"  {'HTML' if html else 'text'} --jobs {jobs}: {t:6.1f} s  {rate:7.1f} pages/s  "
                  f"{1000 / rate:6.1f} ms/page{ratio}")
    print("  trafilatura extract(xmltei, with_metadata) on the HTML: "
          + (f"{tr:.1f} pages/s ({1000 / tr:.1f} ms/page)" if tr else "not installed (pip install trafilatura)"))
    print("input size scaling (one file, jsonld+tei):")
    print("\n".join(sizes()))
    print("memory over batches:")
    print("\n".join(memory_batches()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
