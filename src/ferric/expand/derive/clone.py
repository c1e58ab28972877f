"""`#[derive(Clone)]` and `#[derive(Copy)]` (rustc's `deriving/clone.rs`, `bounds.rs`).

`Clone` clones field by field — except, as rustc does, for a type that also derives `Copy`
and has no type parameters (and for unions): then `clone` is `*self`, after
`let _: AssertParamIsClone<FieldTy>;` checks that every field type is `Clone`."""

from __future__ import annotations

from ferric.expand.base import ExpandCtx
from ferric.expand.derive.gen import Src
from ferric.expand.derive.generic import Target, Variant, make_impl
from ferric.expand.derive.shapes import pattern
from ferric.syntax import ast
from ferric.syntax.printer import print_ty


def derive_copy(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    return [make_impl(ctx, t, ["marker", "Copy"], Src(t.span))]


def _construct(t: Target, src: Src, head: str, v: Variant, values: list[str]) -> None:
    """`Head(v0, ..)`, `Head { a: v0, .. }` or `Head`, each value at its field."""
    if v.shape is ast.VariantShape.UNIT:
        src.add(head)
        return
    tuple_like = v.shape is ast.VariantShape.TUPLE
    src.add(head + ("(" if tuple_like else " {"))
    for i, (f, value) in enumerate(zip(v.fields, values, strict=True)):
        src.add(", " if i else ("" if tuple_like else " "))
        src.add(value if tuple_like else f"{f.name}: {value}", f.span)
    src.add(")" if tuple_like else (" }" if v.fields else "}"))


def derive_clone(ctx: ExpandCtx, t: Target, *, has_copy: bool) -> list[ast.Item]:
    body = Src(t.span)
    body.add(f"#[inline]\nfn clone(&self) -> {t.self_ty} {{\n")
    clone = f"{t.std}::clone::Clone::clone"
    has_type_params = any(p.kind is ast.GenericParamKind.TYPE for p in t.generics.params)
    if t.kind == "union":
        body.add(f"let _: {t.std}::clone::AssertParamIsCopy<Self>;\n*self")
    elif has_copy and not has_type_params:
        seen: set[str] = set()
        for f in t.all_fields:
            key = print_ty(f.ty)
            if key in seen:
                continue
            seen.add(key)
            body.add(f"let _: {t.std}::clone::AssertParamIsClone<").ty(f.ty).add(">;\n")
        body.add("*self")
    elif t.kind == "struct":
        v = t.variants[0]
        _construct(t, body, t.name, v, [f"{clone}(&self.{f.name})" for f in v.fields])
    elif not t.variants:
        body.add("match *self {}")
    elif len(t.variants) == 1 and not t.variants[0].fields:
        v = t.variants[0]
        _construct(t, body, f"{t.name}::{v.name}", v, [])
    else:
        body.add("match self {\n")
        for v in t.variants:
            body.add(f"{pattern(t, v, '__self')} => ")
            values = [f"{clone}(__self_{i})" for i in range(len(v.fields))]
            _construct(t, body, f"{t.name}::{v.name}", v, values)
            body.add(",\n")
        body.add("}")
    body.add("\n}")
    return [make_impl(ctx, t, ["clone", "Clone"], body)]
