"""Shared test fixtures: paths, the seed, and the external oracles (compiled once per session)."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
GOLDEN = ROOT / "fixtures" / "golden"
HOSTILE = ROOT / "fixtures" / "hostile"
SHARED = Path(os.environ.get("NEWSMARK_SHARED", ROOT.parent / "shared"))
ORACLES = SHARED / "oracles"
SEED = ARTICLES / "seed_putin_trump.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text):
    import converter

    return converter.convert(seed_text)


@pytest.fixture(scope="session")
def tei_all():
    """The official TEI P5 tei_all RELAX NG (about 5 s to compile, so once per session)."""
    rng = ORACLES / "tei" / "tei_all.rng"
    if not rng.exists():
        pytest.skip(f"official TEI schema not found at {rng} (../shared is absent)")
    from lxml import etree

    return etree.RelaxNG(etree.parse(str(rng)))


@pytest.fixture(scope="session")
def schemaorg_checker():
    """The shared schema.org vocabulary checker (check_jsonld.py), imported as a module."""
    path = ORACLES / "schemaorg" / "check_jsonld.py"
    if not path.exists():
        pytest.skip(f"schema.org checker not found at {path} (../shared is absent)")
    spec = importlib.util.spec_from_file_location("check_jsonld", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["check_jsonld"] = mod  # dataclasses look their module up while the file executes
    spec.loader.exec_module(mod)
    return mod


def articles() -> list[Path]:
    return sorted(ARTICLES.iterdir())
