"""`diag.foreign`: the location marks std's files carry for rustc's own std locations."""

from __future__ import annotations

import re

from ferric.base.source_map import SourceFile
from ferric.diag.foreign import RUSTC_COMMIT, rustc_location
from ferric.expand.std_crate import std_paths, std_source

_ROOT = f"/rustc/{RUSTC_COMMIT}/library/"


def _file(text: str) -> SourceFile:
    return SourceFile("lib.rs", text, 100)


def test_mark_gives_the_position_of_the_next_token() -> None:
    text = "pub enum /*@ core/src/option.rs:600:9 */ Option<T> {\n    /*@ core/src/option.rs:604:4 */\n    None,\n}\n"
    sf = _file(text)
    assert rustc_location(sf, 100 + text.index("Option")) == _ROOT + "core/src/option.rs:600:9"
    # across the line break and the indentation
    assert rustc_location(sf, 100 + text.index("None")) == _ROOT + "core/src/option.rs:604:4"
    assert rustc_location(sf, 100 + text.index("pub")) is None


def test_mark_after_a_token_gives_a_span_end() -> None:
    text = "m! { a }/*@ core/src/num/mod.rs:1298:5 */\n"
    sf = _file(text)
    end = 100 + text.index("/*@")
    assert rustc_location(sf, end, is_end=True) == _ROOT + "core/src/num/mod.rs:1298:5"
    assert rustc_location(sf, end) is None


def test_no_marks() -> None:
    sf = _file("fn main() {}\n")
    assert rustc_location(sf, 100) is None


def test_std_marks_are_well_formed() -> None:
    """Every mark in std names a file of rustc's library with a 1-based line and a 0-based
    column, and is followed by code (a mark at the end of a file would point nowhere)."""
    seen = 0
    for path in std_paths():
        sf = std_source(path)
        assert sf is not None
        for m in re.finditer(r"/\*@ (.*?) \*/", sf.text):
            seen += 1
            assert re.fullmatch(r"(core|alloc|std)/src/[a-z0-9_/]+\.rs:[1-9][0-9]*:[0-9]+", m.group(1)), m.group(0)
            assert sf.text[m.end() :].strip(), m.group(0)
    assert seen > 20
