"""Bless the formatter's expectations with rustfmt (the oracle; ferric never runs it).

    python tests/fmt/bless.py            # every tests/fmt/NAME.rs and the grammar corpus
    python tests/fmt/bless.py NAME.rs..  # only these inputs

`tests/fmt/NAME.rs` → `tests/fmt/NAME.out`; `tests/ui/grammar/NAME.rs` →
`tests/fmt/corpus/NAME.out`. Each output is rustfmt's default style for edition 2021, read
from stdin (`rustfmt --edition 2021 --emit stdout`), so that nothing depends on the files
around the input. Expectations are only ever written by rustfmt, never copied from ferric.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GRAMMAR = ROOT / "tests" / "ui" / "grammar"
CORPUS = HERE / "corpus"


def rustfmt(path: Path) -> str:
    """rustfmt's output for the file at `path` (raises when rustfmt rejects it)."""
    proc = subprocess.run(
        ["rustfmt", "--edition", "2021", "--emit", "stdout"],
        stdin=path.open("rb"),
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"rustfmt failed on {path}:\n{proc.stderr.decode()}")
    return proc.stdout.decode()


def expectation_path(src: Path) -> Path:
    if src.parent.resolve() == GRAMMAR:
        return CORPUS / (src.stem + ".out")
    return src.with_suffix(".out")


def main(argv: list[str]) -> int:
    if argv:
        inputs = [Path(a).resolve() for a in argv]
    else:
        inputs = sorted(HERE.glob("*.rs")) + sorted(GRAMMAR.glob("*.rs"))
    CORPUS.mkdir(exist_ok=True)
    status = 0
    for src in inputs:
        out = expectation_path(src)
        try:
            text = rustfmt(src)
        except RuntimeError as e:
            print(e, file=sys.stderr)
            status = 1
            continue
        if not out.exists() or out.read_text() != text:
            out.write_text(text)
            print(f"blessed {out.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
