"""A program calling a foreign function the C library does not define does not build, as
rustc's link step fails (`error: linking with `cc` failed`, the linker's "undefined
symbol" note); nothing of it runs."""

from __future__ import annotations

from pathlib import Path

from ferric.diag.emitter import render_all
from ferric.driver.pipeline import build_py
from ferric.driver.session import Options, Session

PROGRAM = """\
extern "C" {
    fn strlen(s: *const std::ffi::c_char) -> usize;
    fn ferric_undefined_symbol(x: i32) -> i32;
}

fn main() {
    println!("{}", unsafe { strlen(c"four".as_ptr()) });
    println!("{}", unsafe { ferric_undefined_symbol(3) });
}
"""


def test_undefined_foreign_symbol_fails_the_build(tmp_path: Path) -> None:
    src = tmp_path / "link.rs"
    src.write_text(PROGRAM, encoding="utf-8")
    sess = Session.create(Options())
    assert build_py(sess, str(src)) is None
    text = render_all(sess.dcx, sess.source_map)
    assert text.startswith("error: linking with `cc` failed: exit status: 1\n")
    assert "undefined symbol: ferric_undefined_symbol" in text
    assert ">>> referenced by" in text and "main" in text
    assert "strlen" not in text
