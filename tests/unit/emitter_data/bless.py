#!/usr/bin/env python3
"""Regenerate the emitter test expectations from rustc (a development tool; tests never run rustc).

usage: python3 tests/unit/emitter_data/bless.py [CASE...]

For every `CASE.rs` here (except the `aux_*.rs` modules other cases include) this writes
rustc 1.95's stderr three ways: `CASE.stderr` (human), `CASE.color.stderr` (`--color=always`)
and `CASE.json` (`--error-format=json`, one diagnostic per line); the cases in `WIDTHS` also
as `CASE.wN.stderr` (`--diagnostic-width=N`). `test_emitter.py` rebuilds
each diagnostic from the JSON's spans, labels and children, renders it with ferric's emitter
and compares with the human and coloured text, so these files are the contract.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLAGS = ["--edition", "2021", "--crate-type", "bin"]
WIDTHS = {"long_line": 60, "wide_chars": 40}
"""Cases also blessed as `CASE.wN.stderr` with `--diagnostic-width=N`."""


def bless(case: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("RUST_BACKTRACE", "COLUMNS")}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "prog")
        runs: list[tuple[str, list[str]]] = [
            (".stderr", []),
            (".color.stderr", ["--color=always"]),
            (".json", ["--error-format=json"]),
        ]
        if case in WIDTHS:
            runs.append((f".w{WIDTHS[case]}.stderr", [f"--diagnostic-width={WIDTHS[case]}"]))
        for suffix, extra in runs:
            proc = subprocess.run(
                ["rustc", *FLAGS, *extra, "-o", out, f"{case}.rs"],
                cwd=HERE,
                capture_output=True,
                text=True,
                env=env,
                stdin=subprocess.DEVNULL,
            )
            (HERE / f"{case}{suffix}").write_text(proc.stderr)


def main(argv: list[str]) -> None:
    cases = argv or sorted(p.stem for p in HERE.glob("*.rs") if not p.stem.startswith("aux_"))
    for case in cases:
        bless(case)
        print("blessed", case)


if __name__ == "__main__":
    main(sys.argv[1:])
