"""The clippy UI cases: `tests/clippy/NAME.rs`, each run as the `src/main.rs` of a package
named `ui`, with the lint flags of its `//@ flags: ...` line (shared by the bless tool and
the test)."""

from __future__ import annotations

import os
import re

CASES_DIR = os.path.dirname(os.path.abspath(__file__))
MANIFEST = '[package]\nname = "ui"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'


DRIVER_CASES = ("levels_deny_warnings", "needless_return")
"""Cases also run as a single file, as `clippy-driver --edition 2021 FILE.rs -- FLAGS`
would (blessed into `NAME.driver.stderr` / `NAME.driver.exit`)."""


def case_names() -> list[str]:
    return sorted(f[:-3] for f in os.listdir(CASES_DIR) if f.endswith(".rs"))


def case_flags(path: str) -> list[str]:
    """The flags after `--` (`//@ flags: -D warnings` on a line of its own)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("//@ flags:"):
                return line.split(":", 1)[1].split()
    return []


def normalize(stderr: str, root: str) -> str:
    """The package path as `[ROOT]`, cargo's timing as `[TIME]`."""
    out = stderr.replace(root, "[ROOT]")
    return re.sub(r"target\(s\) in \d+\.\d+s", "target(s) in [TIME]", out)
