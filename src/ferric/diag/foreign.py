"""Where a span in std is in rustc's own std, for the location-only notes rustc prints
about its standard library (it has no source for it: `--> /rustc/<commit>/library/core/src/
option.rs:600:0`, the column counted from 0, and no code window).

ferric's std is its own source, so its lines are not rustc's. A std file says where one of
its spans is in rustc's std with a *location mark*, a comment right before the token the
span starts at:

    pub enum /*@ core/src/option.rs:600:9 */ Option<T> {

A mark followed (after whitespace) by a token gives that token's position: a span starting
there. A mark written right after a token (`}/*@ … */`) also gives the position where it
begins: a span ending there (the last line of a span over several lines). Marks are placed
where diagnostics point (an item's start or name, a variant, a `self` parameter, a
`'static` bound), each checked against rustc's output.

`rustc_location(sf, pos)` is the marked location, or None where ferric has no mark (the
caller shows ferric's own path and line then).

Input → output: a std `SourceFile` + a global position → rustc's location text.
"""

from __future__ import annotations

import re

from ferric.base.source_map import SourceFile

RUSTC_COMMIT = "59807616e1fa2540724bfbac14d7976d7e4a3860"
"""The commit rustc 1.95's std paths are remapped under (`/rustc/<commit>/library/...`)."""

_MARK = re.compile(r"/\*@ ([^*]+?) \*/")

_MARKS: dict[int, tuple[SourceFile, dict[int, str], dict[int, str]]] = {}
"""`id(SourceFile)` → (the file, marks by the position of the token after them, marks by
their own position)."""


def _marks(sf: SourceFile) -> tuple[dict[int, str], dict[int, str]]:
    got = _MARKS.get(id(sf))
    if got is None or got[0] is not sf:
        after: dict[int, str] = {}
        at: dict[int, str] = {}
        text = sf.text
        for m in _MARK.finditer(text):
            loc = f"/rustc/{RUSTC_COMMIT}/library/{m.group(1)}"
            end = m.end()
            while end < len(text) and text[end] in " \t\n":
                end += 1
            after[sf.start_pos + end] = loc
            at[sf.start_pos + m.start()] = loc
        got = _MARKS[id(sf)] = (sf, after, at)
    return got[1], got[2]


def rustc_location(sf: SourceFile, pos: int, *, is_end: bool = False) -> str | None:
    """rustc's location (`/rustc/<commit>/library/core/src/option.rs:600:9`) of global
    position `pos` of std file `sf`: a span's start, or (`is_end`) its end; None when the
    position carries no mark."""
    if "/*@ " not in sf.text:
        return None
    after, at = _marks(sf)
    return at.get(pos) if is_end else after.get(pos)
