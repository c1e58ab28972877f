"""What the lexer and parser need from the compilation session.

The driver's `Session` owns one `ParseSess`; stages below the driver see only this.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import field

from ferric.base.hygiene import HygieneData
from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceMap
from ferric.diag.ctxt import DiagCtxt


@dataclass(slots=True, eq=False)
class ParseSess:
    source_map: SourceMap = field(default_factory=SourceMap)
    dcx: DiagCtxt = field(default_factory=DiagCtxt)
    edition: int = 2021
    hygiene: HygieneData = field(default_factory=HygieneData)
    """Syntax contexts of macro-made code (see `ferric.base.hygiene`)."""
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    """NodeIds, unique across the whole session (0 is `DUMMY_NODE_ID`)."""

    def fresh_id(self) -> int:
        return next(self.ids)
