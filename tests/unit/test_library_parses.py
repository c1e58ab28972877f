"""Every `.rs` file of ferric's standard library (src/ferric/library) parses without errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ferric.library import STD_ROOT
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate

LIBRARY = STD_ROOT.parent.parent
FILES = sorted(LIBRARY.rglob("*.rs"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(LIBRARY)) for p in FILES])
def test_parses(path: Path) -> None:
    psess = ParseSess()
    sf = psess.source_map.add_file(str(path), path.read_text(encoding="utf-8"))
    parse_crate(psess, sf)
    errors = []
    for d in psess.dcx.diagnostics:
        if d.is_error:
            sp = d.primary_span
            loc = psess.source_map.lookup(sp.lo) if sp is not None else None
            errors.append(f"{path.name}:{loc.line if loc else '?'}: {d.message}")
    assert not errors, "\n".join(errors)
