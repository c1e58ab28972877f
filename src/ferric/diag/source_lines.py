"""The lines of source a code window shows, and the annotations placed on them.

rustc cuts, for every file a diagnostic points into, the run of whole lines from the first to
the last annotated line (`shrink_file`) and hands it to its renderer as one snippet. `Snippet`
is that run of lines over a `SourceFile`; it turns global char positions into `Loc`s (line,
char column, display column) the way the renderer does, including its two quirks:

- a position just past the end of the file's text, after its final newline, is shown on the
  last line, one column past its end (where rustc's parser reports "unclosed delimiter");
- display columns count tabs as 4 and wide characters as 2 (`styled_buffer.char_width`).

`annotated_lines` distributes labelled spans over the lines: a single-line span becomes one
`LineAnnotation`; a span over several lines becomes a START on its first line, an END on its
last line and LINE markers on the lines shown between, at a depth chosen so that nested
multi-line spans do not cross (rustc's `annotated_lines`).

Input → output: `SourceFile` + spans (global positions) → `Snippet` + `AnnotatedLine`s.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from ferric.base.source_map import SourceFile, SourceMap
from ferric.base.span import Span
from ferric.diag.styled_buffer import str_width


@dataclass(frozen=True, slots=True, order=True)
class Loc:
    line: int
    """1-based line number."""
    char: int
    """0-based column in chars."""
    display: int
    """0-based column as displayed (tabs 4 wide, wide characters 2)."""
    pos: int
    """The global position this location was computed from."""


def is_rustc_dummy(sm: SourceMap, span: Span) -> bool:
    """rustc's `Span::is_dummy`: no position, or the empty span at the start of the first file
    (rustc's first file starts at position 0, so that span *is* its dummy span)."""
    if span.is_dummy:
        return True
    files = sm.files
    return bool(files) and span.lo == span.hi == files[0].start_pos


def real_line_count(sf: SourceFile) -> int:
    """Lines as rustc counts them: a final newline does not start one more line."""
    n = sf.line_count()
    return n - 1 if n > 1 and sf.text.endswith("\n") else n


def rustc_line_col(sf: SourceFile, pos: int) -> tuple[int, int]:
    """1-based (line, char column) of `pos` as rustc reports it (end of file stays on the last line)."""
    line, col = sf.line_col(pos)
    last = real_line_count(sf)
    if line > last:
        line = last
        col = pos - sf.line_start_pos(line) + 1
    return line, col


def rust_lines(s: str) -> list[str]:
    """Rust's `str::lines`: split at `\\n` (dropping a `\\r` before it), no final empty line."""
    if not s:
        return []
    parts = s.split("\n")
    if parts[-1] == "":
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts]


def newline_count(s: str) -> int:
    """Lines after the first in `s`, as annotate-snippets counts them (`lines().count() - 1`)."""
    return max(len(rust_lines(s)) - 1, 0)


@dataclass(frozen=True, slots=True)
class Snippet:
    """Lines `first..=last` of `sf` (whole lines), shown as one code window."""

    sf: SourceFile
    first: int
    last: int

    @classmethod
    def around(cls, sf: SourceFile, spans: list[tuple[int, int]]) -> Snippet:
        """rustc's `shrink_file`: the lines from the first span's start to the last span's end."""
        lo = min(s for s, _ in spans)
        hi = max(e for _, e in spans)
        return cls(sf, rustc_line_col(sf, lo)[0], rustc_line_col(sf, hi)[0])

    @property
    def start_pos(self) -> int:
        return self.sf.line_start_pos(self.first)

    @property
    def end_pos(self) -> int:
        return self._line_end(self.last)

    @property
    def text(self) -> str:
        sf = self.sf
        return sf.text[self.start_pos - sf.start_pos : self.end_pos - sf.start_pos]

    def _line_end(self, n: int) -> int:
        """Position just past line `n`'s line terminator."""
        if n < self.sf.line_count():
            return self.sf.line_start_pos(n + 1)
        return self.sf.end_pos

    def line(self, n: int) -> str | None:
        if self.first <= n <= self.last:
            return self.sf.line_text(n)
        return None

    def lines(self) -> range:
        return range(self.first, self.last + 1)

    def _find(self, pos: int) -> int:
        for n in self.lines():
            if self.sf.line_start_pos(n) <= pos < self._line_end(n):
                return n
        return self.last

    def locate(self, pos: int) -> Loc:
        n = self._find(pos)
        text = self.sf.line_text(n)
        off = pos - self.sf.line_start_pos(n)
        upto = max(min(off, len(text)), 0)
        char = upto + (1 if off > len(text) else 0)
        return Loc(n, char, str_width(text[:upto]), pos)

    def locate_span(self, lo: int, hi: int) -> tuple[Loc, Loc]:
        start = self.locate(lo)
        if lo == hi:
            return start, start
        n = self._find(hi)
        text = self.sf.line_text(n)
        upto = max(min(hi - self.sf.line_start_pos(n), len(text)), 0)
        end = Loc(n, upto, str_width(text[:upto]), hi)
        if start.line != end.line and hi > self.sf.line_start_pos(n) + len(text):
            end = replace(end, char=end.char + 1, display=end.display + 1)
        return start, end

    def lines_of(self, lo: int, hi: int) -> list[int]:
        """The lines a range touches (annotate-snippets' `span_to_lines`)."""
        out = [
            n
            for n in self.lines()
            if not (lo >= self._line_end(n)) and not (hi < self.sf.line_start_pos(n))
        ]
        # `span_to_lines` stops at the first line starting after `hi`; lines are in order.
        if not out:
            out = [self.last]
        return out


# -- annotations ---------------------------------------------------------------------------------


class Kind(enum.Enum):
    SINGLE = enum.auto()
    START = enum.auto()
    """The first character of a span over several lines."""
    END = enum.auto()
    """The last character of a span over several lines."""
    LINE = enum.auto()
    """A line inside a multi-line span, shown to keep the span's `|` connected."""


@dataclass(slots=True)
class LineAnnotation:
    start: Loc
    end: Loc
    is_primary: bool
    label: str | None
    kind: Kind
    depth: int = 0

    def has_label(self) -> bool:
        return bool(self.label)

    def takes_space(self) -> bool:
        return self.kind in (Kind.START, Kind.END)

    def is_line(self) -> bool:
        return self.kind is Kind.LINE

    def length(self) -> int:
        return abs(self.end.display - self.start.display)


@dataclass(slots=True)
class AnnotatedLine:
    line_index: int
    text: str
    annotations: list[LineAnnotation] = field(default_factory=list)


@dataclass(slots=True)
class _Multiline:
    depth: int
    start: Loc
    end: Loc
    is_primary: bool
    label: str | None
    overlaps_exactly: bool = False

    def same_span(self, other: _Multiline) -> bool:
        return self.start == other.start and self.end == other.end

    def as_start(self) -> LineAnnotation:
        s = self.start
        end = Loc(s.line, s.char + 1, s.display + 1, s.pos + 1)
        return LineAnnotation(s, end, self.is_primary, None, Kind.START, self.depth)

    def as_end(self) -> LineAnnotation:
        e = self.end
        start = Loc(e.line, max(e.char - 1, 0), max(e.display - 1, 0), max(e.pos - 1, 0))
        return LineAnnotation(start, e, self.is_primary, self.label, Kind.END, self.depth)

    def as_line(self) -> LineAnnotation:
        zero = Loc(0, 0, 0, 0)
        return LineAnnotation(zero, zero, self.is_primary, None, Kind.LINE, self.depth)


def _num_overlap(a_start: int, a_end: int, b_start: int, b_end: int, inclusive: bool) -> bool:
    extra = 1 if inclusive else 0
    return b_start <= a_start < b_end + extra or a_start <= b_start < a_end + extra


def _is_shown(s: str) -> bool:
    """Lines worth showing inside a multi-line span (not blank, a lone delimiter or a comment)."""
    s = s.strip()
    if s.startswith("//") and not (s.startswith("///") or s.startswith("//!")):
        return False
    return s not in ("", "{", "}", "(", ")", "[", "]")


def annotated_lines(
    snippet: Snippet, annotations: list[tuple[int, int, bool, str | None]]
) -> tuple[int, list[AnnotatedLine]]:
    """Place `(lo, hi, is_primary, label)` spans on the snippet's lines; returns (max depth, lines)."""
    lines: dict[int, AnnotatedLine] = {}

    def add(n: int, ann: LineAnnotation) -> None:
        if n not in lines:
            lines[n] = AnnotatedLine(n, snippet.sf.line_text(n))
        lines[n].annotations.append(ann)

    multiline: list[_Multiline] = []
    for lo_pos, hi_pos, is_primary, label in annotations:
        lo, hi = snippet.locate_span(lo_pos, hi_pos)
        if lo.display == hi.display and lo.line == hi.line:
            hi = replace(hi, display=hi.display + 1)
        if lo.line == hi.line:
            add(lo.line, LineAnnotation(lo, hi, is_primary, label, Kind.SINGLE))
        else:
            multiline.append(_Multiline(1, lo, hi, is_primary, label))

    multiline.sort(key=lambda m: (m.start.line, -m.end.line))
    primary_spans: list[tuple[Loc, Loc]] = []
    snapshot = [replace(m) for m in multiline]
    for outer_i, ann in enumerate(snapshot):
        if ann.is_primary:
            primary_spans.append((ann.start, ann.end))
        for inner_i, a in enumerate(multiline):
            if not ann.same_span(a) and _num_overlap(
                ann.start.line, ann.end.line, a.start.line, a.end.line, True
            ):
                a.depth += 1
            elif ann.same_span(a) and outer_i != inner_i:
                a.overlaps_exactly = True
            else:
                if any(a.start == s and a.end == e for s, e in primary_spans):
                    a.is_primary = True
                break

    max_depth = max((m.depth for m in multiline), default=0)
    for m in multiline:
        m.depth = max_depth - m.depth + 1
    for m in multiline:
        end_ann = m.as_end()
        if m.overlaps_exactly:
            end_ann.kind = Kind.SINGLE
        else:
            add(m.start.line, m.as_start())
            middle = min(m.start.line + 4, m.end.line)
            until = m.start.line
            for n in range(middle - 1, m.start.line - 1, -1):
                text = snippet.line(n)
                if text is not None and _is_shown(text):
                    until = n + 1
                    break
            for n in range(m.start.line + 1, until):
                add(n, m.as_line())
            line_end = m.end.line - 1
            end_text = snippet.line(line_end)
            end_is_empty = end_text is not None and not _is_shown(end_text)
            if middle < line_end and not end_is_empty:
                add(line_end, m.as_line())
        add(end_ann.end.line, end_ann)
    return max_depth, [lines[n] for n in sorted(lines)]
