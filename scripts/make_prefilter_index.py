#!/usr/bin/env python3
"""Write converter/data/prefilter_index.json: each bundled boilerplate pattern's prefilter, precomputed.

    python3 scripts/make_prefilter_index.py            # write the index
    python3 scripts/make_prefilter_index.py --check    # exit 1 if it is out of date

Run after editing a boilerplate_*.txt pattern file (a test fails until then). A pattern missing from the
index still works: its prefilter is computed when it is read, as before.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from converter.lexicon import PREFILTER_INDEX, prefilter_index  # noqa: E402

TARGET = ROOT / "converter" / "data" / PREFILTER_INDEX


def render() -> str:
    return json.dumps(prefilter_index(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run scripts/make_prefilter_index.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(json.loads(text))} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
