"""The errors newsmark raises on purpose; the CLI turns each into one line on stderr."""
from __future__ import annotations

DEFAULT_MAX_SIZE = 32 * 1024 * 1024  # bytes: the largest input read or file validated; `--max-size` raises it


class NewsmarkError(Exception):
    """Base class: anything the library raises deliberately."""


class InputError(NewsmarkError):
    """The input cannot be read as an article (binary, empty, too large, undecodable)."""


class OutputError(NewsmarkError):
    """An output could not be written (exists, not writable, would overwrite an input)."""
