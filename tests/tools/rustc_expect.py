"""Write rustc's verdict on Rust programs beside them, as expectation files.

Copied from the project's shared `rustc-expect` tool (so the repository does not depend on
anything outside it); this is the only code in the repository that runs rustc, and only
when blessing (`pytest --bless tests/ui/...` or `python tests/bless.py FILE.rs...`).

For a program rustc accepts:  NAME.stdout (exact stdout), NAME.exit (exit code),
                              NAME.run.stderr (what it printed on stderr, for reference).
For a program rustc rejects:  NAME.codes, one `CODE LINE` row per error (primary span line,
                              `-` for an error without a code), NAME.stderr (rustc's
                              human-readable diagnostics, for reference).
Flags match a debug build: edition 2021 (or the file's `//@ edition: E` directive), overflow
checks on, warnings allowed. rustc runs in the file's folder on the bare file name, so the
paths in NAME.stderr are what a user in that folder sees. Expectation files of the other
kind (a program that used to be rejected and now runs, or the reverse) are removed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

FLAGS = ["-C", "overflow-checks=on", "-A", "warnings"]
RUN_TIMEOUT = 60
REJECTED_FILES = (".codes", ".stderr")
ACCEPTED_FILES = (".stdout", ".exit", ".run.stderr")


def edition_of(path: str) -> int:
    """The `//@ edition: E` directive among the file's leading comment lines (default 2021)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if not s.startswith("//"):
                break
            if s.startswith("//@") and s[3:].strip().startswith("edition"):
                return int(s[3:].strip()[len("edition") :].strip(" :"))
    return 2021


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _remove(base: str, suffixes: tuple[str, ...]) -> None:
    for suffix in suffixes:
        if os.path.exists(base + suffix):
            os.remove(base + suffix)


def error_rows(json_stderr: str) -> list[str]:
    """`CODE LINE` rows of the errors in rustc's `--error-format=json` output."""
    rows = []
    for line in json_stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") != "error":
            continue
        code = (d.get("code") or {}).get("code") or "-"
        spans = [s for s in d.get("spans", []) if s.get("is_primary")]
        if not spans and code == "-":
            continue  # the closing "aborting due to N previous errors" line
        rows.append(f"{code} {spans[0]['line_start'] if spans else 0}")
    return rows


def is_lint_test(path: str) -> bool:
    """A program of `tests/ui/lints/`: its expectation is rustc's whole stderr."""
    parts = os.path.abspath(path).split(os.sep)
    return len(parts) > 2 and parts[-2] == "lints" and parts[-3] == "ui"


def compile_flags(path: str) -> list[str]:
    """The file's `//@ compile-flags: -D warnings ...` directive (lint tests)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if not s.startswith("//"):
                break
            if s.startswith("//@") and s[3:].strip().startswith("compile-flags:"):
                return s[3:].strip()[len("compile-flags:") :].split()
    return []


def expect_lints(path: str) -> str:
    """Bless a lint test: rustc's whole stderr of `rustc --emit=metadata` (a check, with
    warnings) as NAME.lints."""
    folder, name = os.path.split(os.path.abspath(path))
    base = os.path.join(folder, name[:-3])
    flags = ["--edition", str(edition_of(path)), "--emit=metadata", *compile_flags(path)]
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(
            ["rustc", *flags, "-o", os.path.join(tmp, "out.rmeta"), name], capture_output=True, text=True, cwd=folder
        )
    _write(base + ".lints", r.stderr)
    return f"lints: exit {r.returncode}"


def expect(path: str) -> str:
    """Bless one program; returns a one-line verdict."""
    if is_lint_test(path):
        return expect_lints(path)
    folder, name = os.path.split(os.path.abspath(path))
    base = os.path.join(folder, name[:-3])
    flags = ["--edition", str(edition_of(path)), *FLAGS]
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        js = subprocess.run(
            ["rustc", *flags, "--error-format=json", "-o", exe, name],
            capture_output=True,
            text=True,
            cwd=folder,
        )
        if js.returncode != 0:
            rows = error_rows(js.stderr)
            human = subprocess.run(
                ["rustc", *flags, "-o", exe, name], capture_output=True, text=True, cwd=folder
            )
            _remove(base, ACCEPTED_FILES)
            _write(base + ".codes", "\n".join(rows) + "\n")
            _write(base + ".stderr", human.stderr)
            return "rejected: " + ", ".join(rows)
        env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
        run = subprocess.run(
            [exe], capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=tmp, env=env
        )
        _remove(base, REJECTED_FILES)
        _write(base + ".stdout", run.stdout)
        _write(base + ".exit", f"{run.returncode}\n")
        _write(base + ".run.stderr", run.stderr)
        return f"ran: exit {run.returncode}"


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, "->", expect(p))
