"""Worker processes: forked only from a single-threaded process, the same results either way."""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager

import pytest

from converter import batch
from converter.files import Source
from converter.pipeline import Options
from converter.workers import may_fork, pool_context

from .conftest import ARTICLES


@contextmanager
def another_thread():
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        yield
    finally:
        stop.set()
        t.join()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="processes are forked on Linux only")
def test_forks_only_while_this_is_the_one_thread():
    assert may_fork() and pool_context().get_start_method() == "fork"
    with another_thread():
        assert not may_fork()
        assert pool_context().get_start_method() != "fork"


def test_a_threaded_caller_gets_the_same_batch_results():
    sources = [Source(str(p), p.name) for p in sorted(ARTICLES.glob("*.txt"))]
    assert len(sources) >= 3
    alone = [(r.src.rel, r.outputs, r.error) for r in batch.run(sources, ("jsonld", "tei"), Options(), jobs=1)]
    with another_thread():
        pooled = [(r.src.rel, r.outputs, r.error) for r in batch.run(sources, ("jsonld", "tei"), Options(), jobs=2)]
    assert pooled == alone
    assert all(outputs and error is None for _, outputs, error in alone)
