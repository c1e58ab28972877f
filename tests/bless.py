#!/usr/bin/env python3
"""Bless UI tests: write rustc's verdict beside each program (`python tests/bless.py FILE.rs...`).

A folder stands for every `.rs` file under it. Same as `pytest --bless PATHS`, without
running the tests afterwards. Needs rustc; nothing else in the repository does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "tools"))

import rustc_expect


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    for arg in argv:
        p = Path(arg)
        for rs in sorted(p.rglob("*.rs")) if p.is_dir() else [p]:
            print(rs, "->", rustc_expect.expect(str(rs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
