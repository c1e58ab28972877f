"""The README's quick start: `ferric check examples/hello.rs` succeeds silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from ferric.cli.main import main

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.rs"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_checks(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr() == ("", "")
