"""`macro_rules!` hygiene in late resolution: a local binding is visible only to
identifiers of its own syntax context; a macro defined in a body sees the locals declared
before its definition; items and generic parameters ignore contexts."""

from __future__ import annotations

from resolve_util import lower_src


def test_locals_made_by_a_macro_are_invisible_outside() -> None:
    low = lower_src(
        "macro_rules! make { () => { let x = 1; } }\nfn main() { make!(); let y = x; }", expand=True
    )
    assert low.codes == ["E0425 2"]


def test_macro_cannot_see_the_callers_locals() -> None:
    low = lower_src(
        "macro_rules! get { () => { x } }\nfn main() { let x = 1; let y = get!(); }", expand=True
    )
    assert low.codes == ["E0425 1"]


def test_macro_defined_in_a_body_sees_earlier_locals() -> None:
    src = """
fn main() {
    let x = 1;
    macro_rules! get { () => { x } }
    let y = get!();
}
"""
    low = lower_src(src, expand=True)
    assert low.codes == []
    assert "let y#1 = x{Local(#0)};" in low.hir_text


def test_macro_defined_in_a_body_does_not_see_later_locals() -> None:
    src = """
fn main() {
    macro_rules! get { () => { z } }
    let z = 1;
    let y = get!();
}
"""
    low = lower_src(src, expand=True)
    assert low.codes == ["E0425 3"]


def test_arguments_keep_the_callers_context() -> None:
    low = lower_src(
        "macro_rules! double { ($e:expr) => { { let t = $e; t * 2 } } }\nfn main() { let t = 3; let w = double!(t); }",
        expand=True,
    )
    assert low.codes == []
    assert "let t#1 = t{Local(#0)};" in low.hir_text


def test_items_made_by_macros_are_visible() -> None:
    low = lower_src(
        "macro_rules! item { () => { fn made() -> i32 { 1 } } }\nitem!();\nfn main() { let v = made(); }",
        expand=True,
    )
    assert low.codes == []


def test_labels_are_hygienic() -> None:
    src = """
macro_rules! brk { () => { break 'a; } }
fn main() {
    'a: loop { brk!(); }
}
"""
    low = lower_src(src, expand=True)
    assert low.codes == ["E0426 2"]
