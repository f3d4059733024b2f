"""Many files at once: the same findings whatever the number of workers, in input order, none lost."""
from __future__ import annotations

import os
import sys

import pytest

from converter import validator_run
from converter.validator_run import CHUNK, _results

from .conftest import GOLDEN

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are forked on this platform only")


@pytest.fixture()
def archive(tmp_path):
    """More files than one chunk: our golden outputs, with every seventh TEI file broken."""
    srcs = sorted(GOLDEN.glob("*.tei.xml")) + sorted(GOLDEN.glob("*.jsonld"))
    paths, broken = [], set()
    for i in range(CHUNK * 3 + 5):
        src = srcs[i % len(srcs)]
        data = src.read_bytes()
        p = tmp_path / f"{i:04d}{''.join(src.suffixes)}"
        if src.name.endswith(".tei.xml") and i % 7 == 0:
            data = data.replace(b'who="#', b'who="#nobody-', 1) if b'who="#' in data else data[:-20]
            broken.add(str(p))
        p.write_bytes(data)
        paths.append(str(p))
    return paths, broken


def _run(paths, jobs):
    return [(p, [str(f) for f in found]) for p, found in _results(iter(paths), None, (), 1 << 20, jobs)]


def test_workers_change_nothing_but_speed(archive):
    paths, broken = archive
    one = _run(paths, 1)
    assert [p for p, _ in one] == paths  # every file, in input order
    assert {p for p, found in one if found} == broken
    assert _run(paths, 2) == one
    assert _run(paths, 3) == one


def test_a_worker_that_dies_has_its_share_checked_here(archive, monkeypatch):
    paths, broken = archive
    parent, real = os.getpid(), validator_run.validate_file

    def dies_in_children(path, *args):
        if os.getpid() != parent:
            os._exit(9)  # a crash in the worker: no answer on the pipe
        return real(path, *args)

    monkeypatch.setattr(validator_run, "validate_file", dies_in_children)
    got = _run(paths, 2)
    assert [p for p, _ in got] == paths
    assert {p for p, found in got if found} == broken


def test_no_worker_outlives_an_interrupted_run(archive, monkeypatch):
    paths, _ = archive
    parent, real, calls = os.getpid(), validator_run.validate_file, []

    def interrupted(path, *args):
        if os.getpid() == parent:
            calls.append(path)
            if len(calls) == 10:
                raise KeyboardInterrupt  # Ctrl-C while the children are still working
        return real(path, *args)

    monkeypatch.setattr(validator_run, "validate_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _run(paths, 3)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # none left running, none left unreaped


@pytest.mark.skipif(sys.platform != "linux", reason="the forked runner is used on Linux")
def test_forked_runner_is_used_on_linux(archive, monkeypatch):
    paths, _ = archive
    calls = []
    real = validator_run._forked
    monkeypatch.setattr(validator_run, "_forked", lambda *a: calls.append(1) or real(*a))
    _run(paths, 2)
    assert calls


def test_a_threaded_caller_gets_workers_that_are_not_forks_of_it(archive, monkeypatch):
    """Forking a process whose other threads hold locks can deadlock the child: no fork while they run."""
    import threading

    paths, broken = archive
    forked = []
    real = validator_run._forked
    monkeypatch.setattr(validator_run, "_forked", lambda *a: forked.append(1) or real(*a))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        got = _run(paths, 2)
    finally:
        stop.set()
        other.join()
    assert not forked
    assert [p for p, _ in got] == paths
    assert {p for p, found in got if found} == broken
