"""The README's quick start: every example checks silently, and `ferric run` prints what
the rustc-built program prints (`examples/NAME.stdout`, blessed from rustc 1.95)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ferric.cli.main import main

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.rs"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_checks(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_as_rustc_built_it(path: Path) -> None:
    expected = path.with_suffix(".stdout").read_text(encoding="utf-8")
    env = dict(os.environ, FERRIC_NO_MODULE_CACHE="1")
    r = subprocess.run([sys.executable, "-m", "ferric", "run", str(path)], capture_output=True, text=True, env=env, check=False)
    assert (r.returncode, r.stdout) == (0, expected), r.stderr
