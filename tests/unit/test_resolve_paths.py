"""Path resolution: `self`/`super`/`crate`/`::`, primitive types, type-relative paths,
enums and traits as modules, `Self`, and the errors of paths that fail."""

from __future__ import annotations

from resolve_util import lower_src, walk

from ferric.hir import nodes as hir
from ferric.resolve.defs import DefKind, DefRes, PrimTyRes, SelfCtorRes, SelfTyAliasRes


def test_relative_paths() -> None:
    low = lower_src(
        """
mod a {
    pub fn top() {}
    pub mod b {
        pub fn f() { super::top(); self::g(); crate::a::top(); ::std::io::stdout(); }
        pub fn g() {}
    }
}
fn main() { a::b::f(); }
"""
    )
    assert low.codes == []
    text = low.hir_text
    assert "super::top{Def(function, main::a::top)}()" in text
    assert "self::g{Def(function, main::a::b::g)}()" in text


def test_every_segment_has_its_res() -> None:
    low = lower_src("mod a { pub mod b { pub fn f() {} } }\nfn main() { a::b::f(); }")
    call = next(n for n in walk(low.body("main").value) if isinstance(n, hir.CallExpr))
    assert isinstance(call.func, hir.PathExpr) and isinstance(call.func.qpath, hir.ResolvedPath)
    kinds = [s.res.kind for s in call.func.qpath.path.segments if isinstance(s.res, DefRes)]
    assert kinds == [DefKind.MOD, DefKind.MOD, DefKind.FN]


def test_type_relative_paths() -> None:
    low = lower_src(
        """
struct P;
impl P { fn new() -> P { P } const K: i32 = 1; }
fn main() { let a = P::new(); let b = i32::MAX; let c = <Vec<u8>>::new(); let d = Self_::K; }
type Self_ = P;
"""
    )
    assert low.codes == []
    text = low.hir_text
    assert "<P{Def(struct, main::P)}>::new()" in text
    assert "<i32{PrimTy(i32)}>::MAX" in text
    assert "<Vec<u8{PrimTy(u8)}>{Def(struct, std::vec::Vec)}>::new()" in text
    rel = [n for n in walk(low.body("main").value) if isinstance(n, hir.TypeRelativePath)]
    assert len(rel) == 4
    # Value lookups record the traits in scope (prelude traits included).
    for r in rel:
        assert r.segment.hir_id in low.hir.trait_map


def test_f64_consts_is_left_to_type_checking() -> None:
    """`f64::consts::PI` names the primitive (rustc then reports E0223, a type error)."""
    low = lower_src("fn main() { let a = f64::consts::PI; let b = std::f64::consts::PI; }")
    assert low.codes == []
    assert "<<f64{PrimTy(f64)}>::consts>::PI" in low.hir_text
    assert "Def(constant, std::f64::consts::PI)" in low.hir_text


def test_primitive_types_can_be_shadowed() -> None:
    low = lower_src(
        "#[allow(non_camel_case_types)] struct u8; fn main() { let x: u8 = u8; let y: i8 = 1; }"
    )
    assert low.codes == []
    assert "x#0: u8{Def(struct, main::u8)}" in low.hir_text


def test_qualified_paths() -> None:
    low = lower_src(
        """
trait T { type A; fn f(); }
struct S;
impl T for S { type A = i32; fn f() {} }
fn main() { <S as T>::f(); let x: <S as T>::A = 1; }
"""
    )
    assert low.codes == []
    assert (
        "<S{Def(struct, main::S)} as T::f{Def(associated function, main::T::f)}>()" in low.hir_text
    )


def test_enum_and_trait_as_modules() -> None:
    low = lower_src(
        """
enum E { A, B(i32), C { x: i32 } }
trait T { fn m(&self); }
fn main() { let a = E::A; let b = E::B(1); let c = E::C { x: 1 }; let d = E::Missing; T::m(&1); }
"""
    )
    assert low.codes == []  # `E::Missing` is left to type checking (E0599)
    assert "E::A{Def(ctor, main::E::A)}" in low.hir_text
    assert "<E{Def(enum, main::E)}>::Missing" in low.hir_text
    assert "T::m{Def(associated function, main::T::m)}" in low.hir_text


def test_self_in_impls_and_adts() -> None:
    low = lower_src(
        """
struct W(i32);
struct Node { next: Option<Box<Self>> }
impl W { fn new() -> Self { Self(0) } fn get(&self) -> i32 { self.0 } }
struct Box<T>(T);
fn main() {}
"""
    )
    assert low.codes == []
    new = low.item("{impl}::new")
    assert isinstance(new, hir.FnItem)
    out = new.sig.decl.output
    assert isinstance(out, hir.PathTy) and isinstance(out.qpath, hir.ResolvedPath)
    assert isinstance(out.qpath.path.res, SelfTyAliasRes)
    call = next(n for n in walk(low.body("{impl}::new").value) if isinstance(n, hir.CallExpr))
    assert isinstance(call.func, hir.PathExpr)
    assert isinstance(call.func.qpath, hir.ResolvedPath)
    assert isinstance(call.func.qpath.path.res, SelfCtorRes)


def test_failed_module_paths() -> None:
    low = lower_src(
        """
mod m { pub fn g() {} }
fn main() {
    foo::bar();
    m::sub::x();
    m::g::z();
    let v = HashMap::new();
}
"""
    )
    assert sorted(low.codes) == ["E0433 4", "E0433 5", "E0433 6", "E0433 7"]
    msgs = low.errors
    assert "cannot find module or crate `foo` in this scope" in msgs
    assert "cannot find `sub` in `m`" in msgs
    assert "cannot find type `HashMap` in this scope" in msgs
    assert "expected type, found function `g` in `m`" in low.rendered
    assert "use std::collections::HashMap;" in low.rendered


def test_not_found_in_module_and_wrong_kinds() -> None:
    low = lower_src(
        """
mod m { pub struct S { pub x: i32 } pub fn f() {} }
trait Tr {}
fn main() {
    m::nope();
    let a = m::S;
    let b: m::f;
    let c = m::Nope { x: 1 };
    let d: Tr = 1;
}
"""
    )
    assert sorted(low.codes) == ["E0422 8", "E0423 6", "E0425 5", "E0573 7", "E0782 9"]
    assert "cannot find function `nope` in module `m`" in low.errors


def test_expected_trait() -> None:
    low = lower_src("struct S;\nstruct T;\nimpl S for T {}\nfn f<X: Missing>() {}\nfn main() {}")
    assert sorted(low.codes) == ["E0404 3", "E0405 4"]


def test_primitive_res_kinds() -> None:
    low = lower_src("fn main() { let a: str; let b: bool; }")
    lets = [n for n in walk(low.body("main").value) if isinstance(n, hir.LetStmt)]
    ty = lets[0].ty
    assert isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath)
    assert ty.qpath.path.res == PrimTyRes("str")
