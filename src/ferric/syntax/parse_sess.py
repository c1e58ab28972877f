"""What the lexer and parser need from the compilation session.

The driver's `Session` owns one `ParseSess`; stages below the driver see only this.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ferric.base.source_map import SourceMap
from ferric.diag.ctxt import DiagCtxt


@dataclass(slots=True, eq=False)
class ParseSess:
    source_map: SourceMap = field(default_factory=SourceMap)
    dcx: DiagCtxt = field(default_factory=DiagCtxt)
    edition: int = 2021
    next_node_id: int = 1
    """NodeIds are unique across the whole session (0 is `DUMMY_NODE_ID`)."""

    def fresh_id(self) -> int:
        nid = self.next_node_id
        self.next_node_id = nid + 1
        return nid
