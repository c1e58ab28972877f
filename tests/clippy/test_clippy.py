"""`ferric clippy` against the blessed output of `cargo clippy` (tests/tools/bless_clippy.py).

Each `tests/clippy/NAME.rs` is linted in-process as the `src/main.rs` of a package `ui`
(one temporary package, its main file rewritten per case), and the stderr and exit
status must be what cargo clippy gave, byte for byte after `clippy_cases.normalize`.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clippy_cases import CASES_DIR, DRIVER_CASES, MANIFEST, case_flags, case_names, normalize

from ferric.cli.main import main


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("clippy") / "ui"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(MANIFEST)
    return root


def _ferric_clippy(root: Path, flags: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    err = io.StringIO()
    monkeypatch.chdir(root)
    monkeypatch.setattr(sys, "stderr", err)
    code = main(["clippy", "--", *flags] if flags else ["clippy"])
    return err.getvalue(), code


@pytest.mark.parametrize("name", case_names())
def test_clippy_case(name: str, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = os.path.join(CASES_DIR, f"{name}.rs")
    with open(src, encoding="utf-8") as f:
        (package / "src" / "main.rs").write_text(f.read())
    stderr, code = _ferric_clippy(package, case_flags(src), monkeypatch)
    with open(os.path.join(CASES_DIR, f"{name}.stderr"), encoding="utf-8") as f:
        expected = f.read()
    with open(os.path.join(CASES_DIR, f"{name}.exit"), encoding="utf-8") as f:
        expected_code = int(f.read())
    # (ferric's hints name its own commands: `ferric clippy --fix ...`)
    assert normalize(stderr, str(package)) == expected.replace("`cargo ", "`ferric ")
    assert code == expected_code


@pytest.mark.parametrize("name", DRIVER_CASES)
def test_clippy_single_file(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`ferric clippy main.rs -- FLAGS` is `clippy-driver main.rs FLAGS`: rustc's summary
    (`warning: N warnings emitted`, `error: aborting due to ...`) and exit status."""
    src = os.path.join(CASES_DIR, f"{name}.rs")
    with open(src, encoding="utf-8") as f:
        (tmp_path / "main.rs").write_text(f.read())
    err = io.StringIO()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stderr", err)
    flags = case_flags(src)
    code = main(["clippy", "main.rs", *(["--", *flags] if flags else [])])
    with open(os.path.join(CASES_DIR, f"{name}.driver.stderr"), encoding="utf-8") as f:
        assert err.getvalue() == f.read()
    with open(os.path.join(CASES_DIR, f"{name}.driver.exit"), encoding="utf-8") as f:
        assert code == int(f.read())


_REPO = Path(__file__).resolve().parents[2]
_CORPUS_SAMPLE = (
    "tests/ui/run/closure_capture_nested_index.rs",
    "tests/ui/run/drop_dyn_enums_fields_replace.rs",
    "tests/ui/run/overloaded_ops_assign.rs",
    "tests/ui/run/rc_arc_dyn_trait.rs",
    "tests/ui/run/scope_builder_nested.rs",
)


def test_clippy_on_corpus_programs(capsys: pytest.CaptureFixture[str]) -> None:
    """Larger programs (generics, traits, closures, threads, macros) go through every lint
    without an internal error. (What clippy says about them is compared by hand: they
    also meet lints ferric does not have.)"""
    for rel in _CORPUS_SAMPLE:
        code = main(["clippy", str(_REPO / rel)])
        err = capsys.readouterr().err
        assert "internal compiler error" not in err, rel
        assert code == 0, (rel, err[-2000:])
