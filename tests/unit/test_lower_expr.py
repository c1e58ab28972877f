"""Lowering expressions: scopes, desugarings (for, while, `?`, ranges, destructuring
assignment, `.await`), loop targets and labels, closures and anonymous constants."""

from __future__ import annotations

from resolve_util import lower_src, walk

from ferric.hir import nodes as hir
from ferric.resolve.defs import DefKind, LocalRes


def test_let_initializer_sees_the_previous_binding() -> None:
    low = lower_src("fn main() { let x = 1; let x = x + 1; let y = x; }")
    assert low.codes == []
    assert "let x#1 = (x{Local(#0)} + 1);" in low.hir_text
    assert "let y#2 = x{Local(#1)};" in low.hir_text


def test_block_scopes_end() -> None:
    low = lower_src("fn main() { { let inner = 1; } let y = inner; }")
    assert low.codes == ["E0425 1"]
    assert (
        "the binding `inner` is available in a different scope in the same function" in low.rendered
    )


def test_for_loop_desugaring() -> None:
    low = lower_src("fn main() { let v = Vec::<i32>::new(); for x in v { let y = x; } }")
    assert low.codes == []
    text = low.hir_text
    assert "match (lang#into_iter)(v{Local(#0)}) /* for loop */" in text
    assert "mut iter#1 => loop /* for */" in text
    assert "match (lang#next)(&mut iter{Local(#1)}) /* for loop */" in text
    assert "lang#None => break," in text
    assert "lang#Some(x#2) =>" in text
    loops = [n for n in walk(low.body("main").value) if isinstance(n, hir.LoopExpr)]
    breaks = [n for n in walk(low.body("main").value) if isinstance(n, hir.BreakExpr)]
    assert loops[0].source is hir.LoopSource.FOR_LOOP
    assert breaks[0].dest.target == loops[0].hir_id


def test_while_desugaring_and_continue_target() -> None:
    low = lower_src("fn main() { let mut n = 0; while n < 3 { n += 1; continue; } }")
    assert low.codes == []
    assert "loop /* while */ {" in low.hir_text
    body = low.body("main").value
    loop = next(n for n in walk(body) if isinstance(n, hir.LoopExpr))
    assert loop.source is hir.LoopSource.WHILE
    assert isinstance(loop.body.expr, hir.IfExpr) and isinstance(loop.body.expr.els, hir.BreakExpr)
    cont = next(n for n in walk(body) if isinstance(n, hir.ContinueExpr))
    assert cont.dest.target == loop.hir_id


def test_while_let_binds_in_the_body_only() -> None:
    low = lower_src(
        "fn main() { let mut o = Some(1); while let Some(x) = o { o = None; let y = x; } let z = x; }"
    )
    assert low.codes == ["E0425 1"]


def test_if_let_chain_bindings() -> None:
    src = "fn main() { let o = Some(1); if let Some(a) = o && a > 0 { let b = a; } else { let c = a; } }"
    low = lower_src(src, edition=2024)
    assert low.codes == ["E0425 1"]  # `a` is not in scope in the else block


def test_try_desugaring() -> None:
    low = lower_src("fn f() -> Option<i32> { let x = Some(1)?; Some(x) }\nfn main() {}")
    assert low.codes == []
    text = low.hir_text
    assert "match (lang#branch)(Some{Def(ctor, std::option::Option::Some)}(1)) /* ? */" in text
    # rustc's arm order: `Break` first (inference sees `FromResidual` before the value).
    assert "lang#Break(residual#0) => return (lang#from_residual)(residual{Local(#0)})," in text
    assert "lang#Continue(val#1) => val{Local(#1)}," in text
    assert text.index("lang#Break(") < text.index("lang#Continue(")


def test_ranges() -> None:
    low = lower_src(
        "fn main() { let a = 1..2; let b = 1..; let c = ..2; let d = ..; let e = 1..=2; let f = ..=2; }"
    )
    assert low.codes == []
    text = low.hir_text
    assert "lang#Range { start: 1, end: 2 }" in text
    assert "lang#RangeFrom { start: 1 }" in text
    assert "lang#RangeTo { end: 2 }" in text
    assert "let d#3 = lang#RangeFull;" in text
    assert "(lang#range_inclusive_new)(1, 2)" in text
    assert "lang#RangeToInclusive { end: 2 }" in text


def test_destructuring_assignment() -> None:
    low = lower_src(
        """
struct P { x: i32, y: i32 }
struct T(i32, i32);
fn main() {
    let (mut a, mut b) = (1, 2);
    (a, b) = (b, a);
    [a, .., b] = [1, 2, 3];
    P { x: a, y: _ } = P { x: 1, y: 2 };
    T(a, b) = T(3, 4);
    _ = a;
}
"""
    )
    assert low.codes == []
    text = low.hir_text
    assert "let (lhs#2, lhs#3) = (b{Local(#1)}, a{Local(#0)}); /* assign */" in text
    assert "a{Local(#0)} = lhs{Local(#2)};" in text
    assert "let [lhs#4, _ @ .., lhs#5] = [1, 2, 3]; /* assign */" in text
    assert "T{Def(ctor, main::T)}(lhs#" in text


def test_labels_and_break_targets() -> None:
    low = lower_src(
        """
fn main() {
    'outer: loop {
        loop { break 'outer; }
    }
    let v = 'blk: { if true { break 'blk 1; } 2 };
}
"""
    )
    assert low.codes == []
    body = low.body("main").value
    loops = [n for n in walk(body) if isinstance(n, hir.LoopExpr)]
    outer = next(lp for lp in loops if lp.label is not None)
    brk = next(
        n
        for n in walk(body)
        if isinstance(n, hir.BreakExpr) and n.dest.label and n.dest.label.name == "'outer"
    )
    assert brk.dest.target == outer.hir_id
    blk = next(n for n in walk(body) if isinstance(n, hir.BlockExpr) and n.label is not None)
    brk2 = next(
        n
        for n in walk(body)
        if isinstance(n, hir.BreakExpr) and n.dest.label and n.dest.label.name == "'blk"
    )
    assert brk2.dest.target == blk.hir_id


def test_loop_errors() -> None:
    low = lower_src(
        """
fn main() {
    break;
    loop { let f = || { continue; }; }
    'a: loop { let g = || { break 'a; }; }
    loop { break 'missing; }
    'b: { continue 'b; }
    let x = while true { break 1; };
}
"""
    )
    assert sorted(low.codes) == [
        "E0267 4",
        "E0267 5",
        "E0268 3",
        "E0426 6",
        "E0571 8",
        "E0696 7",
        "E0767 5",
    ]


def test_closures_are_bodies_and_capture_locals() -> None:
    low = lower_src(
        "fn main() { let k = 2; let f = |x: i32, y| x * k + y; let g = move || f(1, 2); }"
    )
    assert low.codes == []
    closures = [n for n in walk(low.body("main").value) if isinstance(n, hir.ClosureExpr)]
    assert len(closures) == 2
    for c in closures:
        assert low.program.defs.kind(c.def_id) is DefKind.CLOSURE
        assert c.def_id in low.hir.bodies
        assert low.hir.owners[c.def_id] == low.def_id("main")
    body = low.hir.bodies[closures[0].def_id]
    assert len(body.params) == 2


def test_nested_fn_cannot_capture() -> None:
    low = lower_src("fn main() { let k = 2; fn inner() -> i32 { k } }")
    assert low.codes == ["E0434 1"]


def test_array_lengths_are_anonymous_consts() -> None:
    low = lower_src(
        "const N: usize = 3;\nfn main() { let a = [0u8; N]; let b: [u8; 2 + 1]; let n = 4; let c = [0; n]; }"
    )
    assert low.codes == ["E0435 2"]
    rep = next(n for n in walk(low.body("main").value) if isinstance(n, hir.RepeatExpr))
    assert rep.count.body is not None
    assert low.program.defs.kind(rep.count.body) is DefKind.ANON_CONST
    assert rep.count.body in low.hir.bodies


def test_method_calls_record_traits_in_scope() -> None:
    low = lower_src(
        """
mod m { pub trait Shout { fn shout(&self); } }
fn main() {
    use m::Shout;
    1.shout();
}
fn other() { 2.clone(); }
"""
    )
    calls = [n for n in walk(low.body("main").value) if isinstance(n, hir.MethodCallExpr)]
    names = {low.program.defs.name(t) for t in low.hir.trait_map[calls[0].hir_id]}
    assert {"Shout", "Clone", "Iterator"} <= names
    calls2 = [n for n in walk(low.body("other").value) if isinstance(n, hir.MethodCallExpr)]
    names2 = {low.program.defs.name(t) for t in low.hir.trait_map[calls2[0].hir_id]}
    assert "Shout" not in names2 and "Clone" in names2


def test_trait_impl_methods_see_their_trait() -> None:
    low = lower_src(
        """
mod m { pub trait Area { fn area(&self) -> i32; fn twice(&self) -> i32; } }
struct S;
impl m::Area for S { fn area(&self) -> i32 { 1 } fn twice(&self) -> i32 { self.area() * 2 } }
fn main() {}
"""
    )
    calls = [n for n in walk(low.body("{impl}::twice").value) if isinstance(n, hir.MethodCallExpr)]
    names = {low.program.defs.name(t) for t in low.hir.trait_map[calls[0].hir_id]}
    assert "Area" in names


def test_locals_are_binding_hir_ids() -> None:
    low = lower_src("fn main() { let a = 1; let b = a; }")
    body = low.body("main").value
    pats = [n for n in walk(body) if isinstance(n, hir.BindingPat)]
    paths = [n for n in walk(body) if isinstance(n, hir.Path) and isinstance(n.res, LocalRes)]
    assert paths[0].res == LocalRes(pats[0].hir_id)


def test_await_outside_async() -> None:
    low = lower_src(
        "async fn f() -> i32 { 1 }\nfn main() { let x = f().await; }\nasync fn g() -> i32 { f().await }"
    )
    assert low.codes == ["E0728 2"]
    assert "/* .await */" in low.hir_text
