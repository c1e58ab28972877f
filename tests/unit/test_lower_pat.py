"""Lowering patterns: bindings and their HirIds, identifiers that name constants or unit
structs, or-patterns, and the binding errors (E0408, E0409, E0415, E0416, E0530, E0531, E0532)."""

from __future__ import annotations

from resolve_util import lower_src, walk

from ferric.hir import nodes as hir
from ferric.resolve.defs import DefKind, DefRes, LocalRes


def test_identifier_patterns_name_constants_and_unit_structs() -> None:
    low = lower_src(
        """
const LIMIT: i32 = 3;
struct Unit;
enum E { A, B(i32) }
use E::A;
fn main() {
    match 3 { LIMIT => {} other => {} }
    match Unit { Unit => {} }
    match E::A { A => {} E::B(n) => {} }
}
"""
    )
    assert low.codes == []
    body = low.body("main").value
    paths = [n for n in walk(body) if isinstance(n, hir.PathPat)]
    kinds = [
        p.qpath.path.res.kind
        for p in paths
        if isinstance(p.qpath, hir.ResolvedPath) and isinstance(p.qpath.path.res, DefRes)
    ]
    assert kinds == [DefKind.CONST, DefKind.CTOR, DefKind.CTOR]
    bindings = [n.ident.name for n in walk(body) if isinstance(n, hir.BindingPat)]
    assert bindings == ["other", "n"]


def test_functions_and_locals_may_be_shadowed() -> None:
    low = lower_src("fn f() {}\nfn main() { let f = 1; let f = f; }")
    assert low.codes == []


def test_shadowing_tuple_structs_and_statics_is_an_error() -> None:
    low = lower_src(
        """
struct W(i32);
static S: i32 = 1;
const C: i32 = 2;
fn main() {
    let W = 1;
    match 1 { S => {} }
    let mut C = 3;
}
"""
    )
    assert sorted(low.codes) == ["E0530 6", "E0530 7", "E0530 8"]
    assert "let bindings cannot shadow tuple structs" in low.errors
    assert "match bindings cannot shadow statics" in low.errors
    assert "let bindings cannot shadow constants" in low.errors


def test_or_patterns_share_their_bindings() -> None:
    low = lower_src(
        "enum E { A(i32), B(i32) }\nfn main() { let e = E::A(1); match e { E::A(x) | E::B(x) => { let y = x; } } }"
    )
    assert low.codes == []
    body = low.body("main").value
    xs = [n for n in walk(body) if isinstance(n, hir.BindingPat) and n.ident.name == "x"]
    assert xs[0].canonical is None and xs[1].canonical == xs[0].hir_id
    use = next(n for n in walk(body) if isinstance(n, hir.Path) and n.segments[0].ident.name == "x")
    assert use.res == LocalRes(xs[0].hir_id)


def test_or_pattern_binding_errors() -> None:
    low = lower_src(
        """
enum E { A(i32), B(i32) }
fn main() {
    let e = E::A(1);
    match e { E::A(x) | E::B(y) => {} }
    match e { E::A(ref x) | E::B(x) => {} }
}
"""
    )
    assert sorted(low.codes) == ["E0408 5", "E0408 5", "E0409 6"]


def test_duplicate_bindings() -> None:
    low = lower_src(
        "fn f(a: i32, a: i32) {}\nfn main() { let (b, b) = (1, 2); let c = |d: u8, d: u8| d; }"
    )
    assert sorted(low.codes) == ["E0415 1", "E0415 2", "E0416 2"]


def test_pattern_paths() -> None:
    low = lower_src(
        """
enum E { A, B(i32), C { x: i32 } }
fn main() {
    let e = E::A;
    match e { E::A(n) => {} E::B => {} Missing(z) => {} E::C { x } => {} _ => {} }
}
"""
    )
    assert sorted(low.codes) == ["E0531 5", "E0532 5", "E0532 5"]


def test_slice_and_rest_patterns() -> None:
    low = lower_src(
        "fn main() { let a = [1, 2, 3, 4]; let [first, rest @ .., last] = a; let (x, ..) = (1, 2, 3); }"
    )
    assert low.codes == []
    sl = next(n for n in walk(low.body("main").value) if isinstance(n, hir.SlicePat))
    assert len(sl.before) == 1 and len(sl.after) == 1
    assert isinstance(sl.slice, hir.BindingPat) and sl.slice.ident.name == "rest"
    tp = next(n for n in walk(low.body("main").value) if isinstance(n, hir.TuplePat))
    assert tp.dotdot == 1


def test_negative_literal_patterns() -> None:
    low = lower_src("fn main() { match 1 { -1 => {} 0..=9 => {} _ => {} } }")
    assert low.codes == []
    lit = next(n for n in walk(low.body("main").value) if isinstance(n, hir.LitPat))
    assert isinstance(lit.expr, hir.LitExpr) and lit.expr.negated
