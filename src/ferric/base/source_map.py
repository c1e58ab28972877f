"""The source map: every file of a compilation, at its own range of global positions.

`SourceMap.add_file(name, text)` gives the file positions after every file added before it
(with a gap of one, so that a span at the end of one file never touches the next). Lookups
turn a global position into (file, 1-based line, 1-based column), columns counted in chars
as rustc displays them.

Invariant: files never move once added; `SourceFile.start_pos` >= 1 (position 0 is the
dummy span).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ferric.base.span import Span


@dataclass(slots=True, eq=False)
class SourceFile:
    name: str
    """The path as the user gave it (shown in `--> name:line:col`)."""
    text: str
    start_pos: int
    line_starts: list[int] = field(default_factory=list)
    """Offsets (within `text`) where each line begins; computed on first use."""
    display_line_offset: int = 0
    """Added to the line numbers diagnostics show (only there): a doc test's generated
    source reports lines of the file it was documented in, as rustdoc arranges."""
    shows_source: bool = True
    """False for a file whose text diagnostics do not show: std's, as rustc (shipped without
    its library's source) shows only `--> path:line:col` and its labels as notes."""

    @property
    def end_pos(self) -> int:
        return self.start_pos + len(self.text)

    def _lines(self) -> list[int]:
        if not self.line_starts:
            starts = [0]
            text = self.text
            i = text.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            self.line_starts = starts
        return self.line_starts

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based (line, column) of global position `pos`, which must lie in this file."""
        off = pos - self.start_pos
        starts = self._lines()
        idx = bisect.bisect_right(starts, off) - 1
        return idx + 1, off - starts[idx] + 1

    def line_count(self) -> int:
        return len(self._lines())

    def line_text(self, line: int) -> str:
        """The text of 1-based `line`, without its line terminator."""
        starts = self._lines()
        if line < 1 or line > len(starts):
            return ""
        lo = starts[line - 1]
        hi = starts[line] - 1 if line < len(starts) else len(self.text)
        s = self.text[lo:hi]
        return s[:-1] if s.endswith("\r") else s

    def line_start_pos(self, line: int) -> int:
        """Global position of the first char of 1-based `line`."""
        return self.start_pos + self._lines()[line - 1]


@dataclass(frozen=True, slots=True)
class Loc:
    file: SourceFile
    line: int
    col: int


class SourceMap:
    """All source files of a session, addressable by global position."""

    __slots__ = ("_files", "_next_pos", "_starts")

    def __init__(self) -> None:
        self._files: list[SourceFile] = []
        self._starts: list[int] = []
        self._next_pos = 1

    def add_file(self, name: str, text: str) -> SourceFile:
        sf = SourceFile(name, text, self._next_pos)
        self._files.append(sf)
        self._starts.append(sf.start_pos)
        self._next_pos = sf.end_pos + 2
        return sf

    def add_file_at(self, name: str, text: str, start_pos: int) -> SourceFile:
        """Add a file at a chosen position (std's files sit at the same positions in every
        session, so its cached AST's spans stay valid). The range must be free; files
        added later with `add_file` go after every file."""
        sf = SourceFile(name, text, start_pos)
        idx = bisect.bisect_right(self._starts, start_pos)
        assert idx == 0 or self._files[idx - 1].end_pos + 1 < start_pos, "position taken"
        assert idx == len(self._files) or sf.end_pos + 1 < self._starts[idx], "position taken"
        self._files.insert(idx, sf)
        self._starts.insert(idx, start_pos)
        self._next_pos = max(self._next_pos, sf.end_pos + 2)
        return sf

    def add_existing(self, sf: SourceFile) -> None:
        """Add a file object made by another session's source map, at its own position."""
        idx = bisect.bisect_right(self._starts, sf.start_pos)
        self._files.insert(idx, sf)
        self._starts.insert(idx, sf.start_pos)
        self._next_pos = max(self._next_pos, sf.end_pos + 2)

    @property
    def files(self) -> tuple[SourceFile, ...]:
        return tuple(self._files)

    def lookup_file(self, pos: int) -> SourceFile | None:
        idx = bisect.bisect_right(self._starts, pos) - 1
        if idx < 0:
            return None
        sf = self._files[idx]
        return sf if pos <= sf.end_pos else None

    def lookup(self, pos: int) -> Loc | None:
        sf = self.lookup_file(pos)
        if sf is None:
            return None
        line, col = sf.line_col(pos)
        return Loc(sf, line, col)

    def snippet(self, span: Span) -> str | None:
        """The source text under `span`, or None when it has none (dummy, or across files)."""
        sf = self.lookup_file(span.lo)
        if sf is None or span.hi > sf.end_pos:
            return None
        return sf.text[span.lo - sf.start_pos : span.hi - sf.start_pos]
