"""Lowering types and generics: parameters and their DefIds, `Self`, bounds and where
clauses, `impl Trait` in argument and return position, const arguments, and lifetimes
with rustc's elision rules (E0106, E0261)."""

from __future__ import annotations

from resolve_util import lower_src, walk

from ferric.hir import nodes as hir
from ferric.resolve.defs import DefKind

LRK = hir.LifetimeResKind


def _fn(low_src: str, path: str) -> tuple[object, hir.FnItem]:
    low = lower_src(low_src)
    it = low.item(path)
    assert isinstance(it, hir.FnItem)
    return low, it


def _lifetimes(node: object) -> list[hir.Lifetime]:
    return [n for n in walk(node) if isinstance(n, hir.Lifetime)]


def test_generic_params_get_defs_and_predicates() -> None:
    low, f = _fn(
        "fn f<'a, T: Clone, const N: usize>(x: &'a T) where T: PartialEq {}\nfn main() {}", "f"
    )
    assert low.codes == []  # type: ignore[attr-defined]
    kinds = [low.program.defs.kind(p.def_id) for p in f.generics.params]  # type: ignore[attr-defined]
    assert kinds == [DefKind.LIFETIME_PARAM, DefKind.TY_PARAM, DefKind.CONST_PARAM]
    origins = [p.origin for p in f.generics.predicates if isinstance(p, hir.BoundPredicate)]
    assert origins == [hir.PredicateOrigin.GENERIC_PARAM, hir.PredicateOrigin.WHERE_CLAUSE]
    assert f.generics.has_where_clause


def test_elision_fresh_inputs_and_output() -> None:
    _, f = _fn("fn f(x: &str, y: &str) -> usize { 0 }\nfn main() {}", "f")
    lts = _lifetimes(f.sig.decl.inputs)
    assert [(lt.res, lt.fresh) for lt in lts] == [(LRK.ELIDED, 0), (LRK.ELIDED, 1)]


def test_elision_single_input() -> None:
    _, f = _fn("fn f(x: &str) -> &str { x }\nfn main() {}", "f")
    (out,) = _lifetimes(f.sig.decl.output)
    assert out.res is LRK.ELIDED and out.fresh == 0


def test_elision_self_wins() -> None:
    low, f = _fn(
        "struct S;\nimpl S { fn get(&self, k: &str) -> &str { k } }\nfn main() {}", "{impl}::get"
    )
    assert low.codes == []  # type: ignore[attr-defined]
    (out,) = _lifetimes(f.sig.decl.output)
    (self_lt,) = _lifetimes(f.sig.decl.inputs[0])
    assert out.fresh == self_lt.fresh == 0
    assert f.sig.decl.implicit_self == "ref"


def test_elision_named_parameter() -> None:
    _, f = _fn("fn f<'a>(x: &'a str) -> &str { x }\nfn main() {}", "f")
    (out,) = _lifetimes(f.sig.decl.output)
    assert out.res is LRK.PARAM and out.def_id == f.generics.params[0].def_id


def test_missing_lifetime_errors() -> None:
    low = lower_src(
        """
fn longest(a: &str, b: &str) -> &str { a }
fn none() -> &str { "" }
struct Holder { r: &i32 }
fn main() {}
"""
    )
    assert sorted(low.codes) == ["E0106 2", "E0106 3", "E0106 4"]
    assert "the signature does not say whether it is borrowed from `a` or `b`" in low.rendered
    assert "fn longest<'a>(a: &'a str, b: &'a str) -> &'a str" in low.rendered
    assert "but there is no value for it to be borrowed from" in low.rendered
    assert "struct Holder<'a> { r: &'a i32 }" in low.rendered


def test_hidden_lifetimes_of_paths_count() -> None:
    low = lower_src(
        "struct R<'a>(&'a i32);\nfn f(r: R) -> &i32 { r.0 }\nfn g(r: R, s: &i32) -> &i32 { s }\nfn main() {}"
    )
    assert low.codes == ["E0106 3"]


def test_static_and_body_lifetimes() -> None:
    low = lower_src('const S: &str = "x";\nfn main() { let r: &i32 = &1; }')
    assert low.codes == []
    c = low.item("S")
    assert isinstance(c, hir.ConstItem)
    assert [lt.res for lt in _lifetimes(c.ty)] == [LRK.STATIC]
    lets = [n for n in walk(low.body("main").value) if isinstance(n, hir.LetStmt)]
    assert [lt.res for lt in _lifetimes(lets[0].ty)] == [LRK.INFER]


def test_undeclared_lifetime() -> None:
    low = lower_src("struct S { x: &'a str }\nfn f(x: &'b i32) {}\nfn main() {}")
    assert sorted(low.codes) == ["E0261 1", "E0261 2"]
    assert "consider introducing lifetime `'a` here" in low.rendered


def test_impl_trait_argument_and_return() -> None:
    low, f = _fn("fn f(x: impl Clone, y: impl Clone) -> impl Clone { x }\nfn main() {}", "f")
    assert low.codes == []  # type: ignore[attr-defined]
    synth = [p for p in f.generics.params if p.synthetic]
    assert [p.name.name for p in synth] == ["impl Clone", "impl Clone"]
    preds = [p for p in f.generics.predicates if isinstance(p, hir.BoundPredicate)]
    assert [p.origin for p in preds] == [hir.PredicateOrigin.IMPL_TRAIT] * 2
    out = f.sig.decl.output
    assert isinstance(out, hir.OpaqueDefTy)
    assert low.program.defs.kind(out.def_id) is DefKind.OPAQUE_TY  # type: ignore[attr-defined]


def test_impl_trait_elsewhere_is_an_error() -> None:
    low = lower_src("fn main() { let x: impl Clone = 1; }")
    assert low.codes == ["E0562 1"]
    assert "`impl Trait` is not allowed in the type of variable bindings" in low.errors


def test_const_arguments() -> None:
    low = lower_src(
        "struct A<const N: usize>;\nconst K: usize = 2;\nfn f<const M: usize>() { let a: A<M>; let b: A<K>; let c: A<{ 1 + 1 }>; }\nfn main() {}"
    )
    assert low.codes == []
    args = [n for n in walk(low.body("f").value) if isinstance(n, hir.ConstArg)]
    assert len(args) == 3
    assert args[0].path is not None and args[1].path is not None and args[2].body is not None


def test_generic_param_errors() -> None:
    low = lower_src(
        """
fn outer<T>() { fn inner(x: T) {} }
struct P<T, T>(T);
struct D<A = B, B = i32>(A, B);
fn c<T, const N: T>() {}
fn main() {}
"""
    )
    assert sorted(low.codes) == ["E0128 4", "E0401 2", "E0403 3", "E0770 5"]


def test_bare_trait_in_type_position_is_a_trait_object() -> None:
    src = "trait T {}\nfn f(x: &dyn T, y: Box<T>) {}\nstruct Box<X>(X);\nfn main() {}"
    # An error since edition 2021 (E0782), a trait object before.
    assert lower_src(src).codes == ["E0782 2"]
    low = lower_src(src, edition=2018)
    assert low.codes == []
    f = low.item("f")
    objs = [n for n in walk(f) if isinstance(n, hir.TraitObjectTy)]
    assert [o.dyn_written for o in objs] == [True, False]
    assert objs[0].lifetime.res is LRK.OBJECT_DEFAULT


def test_fn_sugar_arguments() -> None:
    low = lower_src(
        "trait Fn<A> { type Output; }\nfn apply<F: Fn(&i32) -> &i32>(f: F) {}\nfn main() {}"
    )
    assert low.codes == []
    f = low.item("apply")
    args = [n for n in walk(f) if isinstance(n, hir.GenericArgs) and n.parenthesized]
    assert len(args) == 1 and args[0].constraints[0].ident.name == "Output"
