"""The alloc/std half of ferric's standard library (Rust source) parses without errors.

Each file is parsed on its own with `parse_crate`, as a module file would be; a syntax
error (or a deferred AST-validation error) in any of them fails its test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ferric.library import STD_ROOT
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate

STD_DIR = STD_ROOT.parent

# The modules of the alloc + std half (files `NAME.rs` or directories `NAME/`).
ALLOC_MODULES = (
    "alloc", "boxed", "rc", "cell", "string", "vec", "collections", "error", "sync",
    "thread", "io", "fs", "path", "ffi", "env", "process", "time", "rt",
)


def _files() -> list[Path]:
    out: list[Path] = []
    for name in ALLOC_MODULES:
        single = STD_DIR / f"{name}.rs"
        if single.is_file():
            out.append(single)
        folder = STD_DIR / name
        if folder.is_dir():
            out.extend(sorted(folder.rglob("*.rs")))
    return out


FILES = _files()


def test_every_module_has_a_file() -> None:
    for name in ALLOC_MODULES:
        assert (STD_DIR / f"{name}.rs").is_file() or (STD_DIR / name / "mod.rs").is_file(), name


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(STD_DIR)))
def test_parses_without_errors(path: Path) -> None:
    psess = ParseSess()
    sf = psess.source_map.add_file(str(path), path.read_text(encoding="utf-8"))
    crate = parse_crate(psess, sf)
    messages = [d.message for d in psess.dcx.diagnostics]
    assert messages == [], messages
    assert crate.items, "no items parsed"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(STD_DIR)))
def test_file_size(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 1600
