"""Worker processes for batches: forked when that is safe, started afresh when it is not.

Forking shares what this process has compiled (schemas, patterns) at no cost, but a fork
taken while other threads run copies the locks they hold, held, into the child; a library
caller may run us from a threaded program, so we fork only from a single-threaded process.
"""
from __future__ import annotations

import os
import sys


def may_fork() -> bool:
    """True on Linux while this process runs one thread."""
    import threading

    return hasattr(os, "fork") and sys.platform.startswith("linux") and threading.active_count() == 1


def pool_context():
    """The multiprocessing context for a worker pool: fork when `may_fork()`, else a fresh interpreter."""
    import multiprocessing

    if may_fork():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn" if sys.platform in ("win32", "darwin") else "forkserver")
