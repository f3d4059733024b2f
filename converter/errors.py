"""The errors newsmark raises on purpose; the CLI turns each into one line on stderr."""
from __future__ import annotations


class NewsmarkError(Exception):
    """Base class: anything the library raises deliberately."""


class InputError(NewsmarkError):
    """The input cannot be read as an article (binary, empty, too large, undecodable)."""


class OutputError(NewsmarkError):
    """An output could not be written (exists, not writable, would overwrite an input)."""
