"""Whole outputs for every fixture, compared with the reviewed golden files in fixtures/golden/."""
import pytest

from converter.batch import render
from converter.pipeline import convert_bytes

from .conftest import GOLDEN, articles

FORMATS = {"jsonld": ".jsonld", "tei": ".tei.xml", "text": ".txt", "quotes": ".quotes.json"}


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_golden(path, fmt):
    golden = GOLDEN / (path.name.split(".")[0] + FORMATS[fmt])
    got = render(convert_bytes(path.read_bytes()), fmt)
    assert got.decode("utf-8") == golden.read_text(encoding="utf-8"), \
        f"{golden.name} differs: review with scripts/make_golden.py and git diff"


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.name)
def test_conversion_is_deterministic(path):
    a = render(convert_bytes(path.read_bytes()), "tei")
    b = render(convert_bytes(path.read_bytes()), "tei")
    assert a == b
