"""The compiled-pattern cache of the command (converter/recache.py), run in child processes so that this
test process's `re` is never rerouted."""
import os
import subprocess
import sys

import pytest

from .conftest import SEED

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11) or sys.implementation.name != "cpython",
                                reason="the cache uses CPython 3.11+'s re._compiler; elsewhere it stays off")


def _convert(cache_home, **env):
    return subprocess.run([sys.executable, "-m", "converter", "convert", str(SEED), "--to", "tei"],
                          capture_output=True, env={**os.environ, "XDG_CACHE_HOME": str(cache_home), **env})


def _cache_files(cache_home):
    folder = cache_home / "newsmark"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_second_run_reads_the_programs_the_first_wrote_and_gives_the_same_bytes(tmp_path):
    plain = _convert(tmp_path / "off", NEWSMARK_NO_CACHE="1")
    assert plain.returncode == 0 and _cache_files(tmp_path / "off") == []
    first = _convert(tmp_path)
    [name] = _cache_files(tmp_path)
    assert name.startswith("re-") and name.endswith(".marshal")
    stamp = (tmp_path / "newsmark" / name).stat().st_mtime_ns
    second = _convert(tmp_path)
    assert first.stdout == second.stdout == plain.stdout and first.returncode == second.returncode == 0
    assert (tmp_path / "newsmark" / name).stat().st_mtime_ns == stamp  # nothing new to write
    import marshal
    stored = marshal.loads((tmp_path / "newsmark" / name).read_bytes())
    prefilters = {k: v for k, v in stored.items() if len(k) == 3 and k[0] == "prefilter"}
    assert prefilters == {}  # the bundled patterns' prefilters ship precomputed (prefilter_index.json): none to keep
    assert all(isinstance(v, tuple) and len(v) == 2 for v in prefilters.values())


def test_a_broken_or_unwritable_cache_is_ignored(tmp_path):
    plain = _convert(tmp_path / "off", NEWSMARK_NO_CACHE="1")
    first = _convert(tmp_path)
    [name] = _cache_files(tmp_path)
    (tmp_path / "newsmark" / name).write_bytes(b"\x00not a cache\xff" * 100)
    broken = _convert(tmp_path)
    assert broken.returncode == 0 and broken.stdout == plain.stdout == first.stdout
    assert broken.stderr == b""
    (tmp_path / "blocked").write_text("a file where the cache folder would go")
    blocked = _convert(tmp_path / "blocked")
    assert blocked.returncode == 0 and blocked.stdout == plain.stdout and blocked.stderr == b""


def test_cached_programs_behave_as_re_compiles_them(tmp_path):
    script = r"""
import re, sys
from re import _compiler
original = _compiler.compile
from converter.recache import install
assert install()
cases = [(r"(?P<a>\w+)-(?P<b>\d+)?", 0, "ab-12 cd-"), (r"^\s*by\s+(?P<n>[A-Z]\w+)", re.I | re.M, "x\n BY Jane"),
         (r"(?<![\w-])(?:said|says)\b", 0, "she said it"), (r"[à-ÿ]+|\u201c[^\u201d]*\u201d", 0, "déjà “quoted”"),
         (r"(a)(?=b)|(?P<z>c{2,3}?)", re.S, "ccc ab")]
for _ in range(2):  # the second round comes from the cache of the first
    for pattern, flags, sample in cases:
        ours, theirs = _compiler.compile(pattern, flags), original(pattern, flags)
        assert (ours.flags, ours.groups, ours.groupindex) == (theirs.flags, theirs.groups, theirs.groupindex)
        assert [m.groups() for m in ours.finditer(sample)] == [m.groups() for m in theirs.finditer(sample)]
        assert ours.sub("#", sample) == theirs.sub("#", sample)
print("ok")
"""
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_past_its_size_limit_the_cache_keeps_only_what_the_run_used(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    run = "import re, sys, converter.recache as R; R._MAX_ENTRIES = int(sys.argv[1]); assert R.install(); " \
          "[re.compile(p) for p in sys.argv[2:]]"
    subprocess.run([sys.executable, "-c", run, "1000", "a+b", "c+d"], env=env, check=True)
    [name] = _cache_files(tmp_path)
    path = tmp_path / "newsmark" / name
    import marshal
    stored = marshal.loads(path.read_bytes())
    assert set(stored) == {("a+b", 0), ("c+d", 0)}
    stored.update({(f"stale{i}", 0): stored[("a+b", 0)] for i in range(60)})  # entries of an older version
    path.write_bytes(marshal.dumps(stored))
    subprocess.run([sys.executable, "-c", run, "50", "a+b", "e+f"], env=env, check=True)
    assert set(marshal.loads(path.read_bytes())) == {("a+b", 0), ("e+f", 0)}


def test_an_entry_of_the_wrong_shape_is_compiled_afresh(tmp_path):
    first = _convert(tmp_path)
    [name] = _cache_files(tmp_path)
    import marshal
    path = tmp_path / "newsmark" / name
    stored = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps({k: (1, b"\x00", "not groups") for k in stored}))  # readable, but no programs
    again = _convert(tmp_path)
    assert again.returncode == 0 and again.stdout == first.stdout and again.stderr == b""


def test_a_batch_in_worker_processes_caches_the_patterns_its_workers_use(tmp_path):
    # the workers write no cache: the batch compiles the pipeline's patterns before it starts them, so that they
    # share them and this run's cache holds them for the next (a --jobs 2 run had cached 25 of ~300)
    import marshal
    import shutil

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        shutil.copy(SEED, folder / f"a{n}.txt")
    r = subprocess.run([sys.executable, "-m", "converter", "convert", str(folder), "--to", "jsonld", "-o",
                        str(tmp_path / "out"), "--jobs", "2", "--quiet"],
                       capture_output=True, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr
    [name] = _cache_files(tmp_path / "cache")
    stored = marshal.loads((tmp_path / "cache" / "newsmark" / name).read_bytes())
    programs = [k for k in stored if len(k) == 2]
    assert len(programs) > 250
