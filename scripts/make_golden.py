#!/usr/bin/env python3
"""Regenerate fixtures/golden/ from fixtures/articles/.

    python3 scripts/make_golden.py            # write the golden files
    python3 scripts/make_golden.py --check    # exit 1 if any golden file would change

Golden files are reviewed, not blessed blindly: run this only after reading
the diff (`git diff fixtures/golden`) and agreeing with every change.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from converter.batch import render  # noqa: E402
from converter.pipeline import convert_bytes  # noqa: E402

ARTICLES = ROOT / "fixtures" / "articles"
GOLDEN = ROOT / "fixtures" / "golden"
FORMATS = {"jsonld": ".jsonld", "tei": ".tei.xml", "text": ".txt", "quotes": ".quotes.json"}


def outputs(path: Path) -> dict[str, bytes]:
    art = convert_bytes(path.read_bytes())
    return {ext: render(art, fmt) for fmt, ext in FORMATS.items()}


def main() -> int:
    check = "--check" in sys.argv
    changed = []
    GOLDEN.mkdir(exist_ok=True)
    for src in sorted(ARTICLES.iterdir()):
        stem = src.name.split(".")[0]
        for ext, data in outputs(src).items():
            dst = GOLDEN / f"{stem}{ext}"
            if not dst.exists() or dst.read_bytes() != data:
                changed.append(dst.name)
                if not check:
                    dst.write_bytes(data)
    print(("would change: " if check else "wrote: ") + (", ".join(changed) or "nothing"))
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
