"""Spans: half-open ranges of character positions in the source map.

A position is global: the source map gives every file its own range of positions
(`SourceFile.start_pos` .. `start_pos + len(text)`), so a span is two ints and knows its
file through the source map. Positions count Unicode code points (Python `str` indices),
which is also how rustc counts the columns it shows.

`ctxt` is the syntax context: 0 for code the user wrote; macro expansion gives the tokens it
makes a context that records where they came from (hygiene and "in this macro invocation"
notes). `DUMMY_SP` marks synthetic code with no place in any file.

Invariant: lo <= hi.
"""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """Immutable and hashable. A NamedTuple rather than a frozen dataclass because spans are
    made by the hundred thousand: creating one is about three times cheaper."""

    lo: int
    hi: int
    ctxt: int = 0

    def to(self, end: Span) -> Span:
        """The span from the start of `self` to the end of `end` (rustc's `Span::to`)."""
        lo, hi, ctxt = self
        elo, ehi, _ = end
        return Span(lo if lo < elo else elo, hi if hi > ehi else ehi, ctxt)

    def between(self, end: Span) -> Span:
        """The gap from the end of `self` to the start of `end`."""
        return Span(self.hi, max(self.hi, end.lo), self.ctxt)

    def shrink_to_lo(self) -> Span:
        return Span(self.lo, self.lo, self.ctxt)

    def shrink_to_hi(self) -> Span:
        return Span(self.hi, self.hi, self.ctxt)

    def with_lo(self, lo: int) -> Span:
        return Span(lo, self.hi, self.ctxt)

    def with_hi(self, hi: int) -> Span:
        return Span(self.lo, hi, self.ctxt)

    @property
    def is_dummy(self) -> bool:
        return self.lo == 0 and self.hi == 0

    @property
    def is_empty(self) -> bool:
        return self.lo == self.hi

    def __repr__(self) -> str:
        return f"Span({self.lo}..{self.hi})" if not self.ctxt else f"Span({self.lo}..{self.hi}#{self.ctxt})"


DUMMY_SP = Span(0, 0)
