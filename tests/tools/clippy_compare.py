"""Compare `ferric clippy FILE` with `clippy-driver FILE` on many programs: for the lints
ferric implements, which (lint, line, column) clippy reports and ferric does not (misses)
and which ferric reports and clippy does not (false positives, the ones that matter).

    python tests/tools/clippy_compare.py tests/ui/*/*.rs bench/*.rs

Programs clippy-driver rejects are skipped. Needs clippy (a development tool, like the
bless scripts); the test suite never runs it.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))

from ferric.cli.main import main as ferric_main
from ferric.lint.registry import all_lints

_HEAD = re.compile(r"^(warning|error)[^\n]*\n\s*--> ([^:]+):(\d+):(\d+)", re.M)
_LINK = re.compile(r"index\.html#([a-z_0-9]+)")


def _lints(text: str, names: set[str]) -> set[tuple[str, int, int]]:
    out = set()
    for block in text.split("\n\n"):
        head, link = _HEAD.search(block), _LINK.search(block)
        if head and link and link.group(1) in names:
            out.add((link.group(1), int(head.group(3)), int(head.group(4))))
    return out


def _ferric(path: str) -> str:
    err, saved = io.StringIO(), sys.stderr
    sys.stderr = err
    try:
        ferric_main(["clippy", path])
    finally:
        sys.stderr = saved
    return err.getvalue()


def main(files: list[str]) -> int:
    names = {lint.name for lint in all_lints() if lint.tool}
    false_pos = misses = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            r = subprocess.run(
                ["clippy-driver", "--edition", "2021", f, "-o", os.path.join(tmp, "out")],
                capture_output=True,
                text=True,
                check=False,
            )
            if r.returncode != 0 and "error[" in r.stderr:
                continue
            got_text = _ferric(f)
            if "internal compiler error" in got_text:
                print("ICE", f)
            want, got = _lints(r.stderr, names), _lints(got_text, names)
            fp, fn = sorted(got - want), sorted(want - got)
            false_pos += len(fp)
            misses += len(fn)
            if fp or fn:
                print(os.path.basename(f), "false positives:", fp, "misses:", fn)
    print(f"false positives: {false_pos}, misses: {misses}")
    return 1 if false_pos else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
