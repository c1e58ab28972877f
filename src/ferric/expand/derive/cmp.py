"""`#[derive(PartialEq)]`, `Eq`, `PartialOrd`, `Ord` (rustc's `deriving/cmp/*`).

Structs compare field by field (`==` joined by `&&`; orderings by nested `match`es that go
on while the fields are equal). Enums compare discriminants first (read with
`intrinsics::discriminant_value`), then the fields of equal variants. `PartialEq` comes with
the `StructuralPartialEq` marker impl; `Eq` checks every field type with
`AssertParamIsEq<T>`."""

from __future__ import annotations

from collections.abc import Callable

from ferric.expand.base import ExpandCtx
from ferric.expand.derive.gen import Src
from ferric.expand.derive.generic import Field, Target, Variant, make_impl
from ferric.expand.derive.shapes import discriminants, is_fieldless, pattern
from ferric.syntax import ast
from ferric.syntax.printer import print_ty


def _pairs(t: Target, v: Variant | None) -> list[tuple[Field, str, str]]:
    """Each field with its two operands (`self.a`/`other.a` or `__self_0`/`__arg1_0`)."""
    if v is None:
        v = t.variants[0]
        return [(f, f"self.{f.name}", f"other.{f.name}") for f in v.fields]
    return [(f, f"__self_{i}", f"__arg1_{i}") for i, f in enumerate(v.fields)]


_SCALARS = frozenset(
    [
        "bool",
        "char",
        "i8",
        "i16",
        "i32",
        "i64",
        "i128",
        "isize",
        "u8",
        "u16",
        "u32",
        "u64",
        "u128",
        "usize",
        "f16",
        "f32",
        "f64",
        "f128",
    ]
)


def _is_scalar(ty: ast.Ty) -> bool:
    """A primitive scalar type written as its bare name (`u8`, `bool`, `f64`)."""
    if not isinstance(ty, ast.PathTy) or ty.qself is not None or ty.path.is_global:
        return False
    segs = ty.path.segments
    return len(segs) == 1 and segs[0].args is None and segs[0].ident.name in _SCALARS


def _arm_head(t: Target, v: Variant) -> str:
    return f"({pattern(t, v, '__self')}, {pattern(t, v, '__arg1')}) => "


def _unreachable(t: Target) -> str:
    return f"_ => unsafe {{ {t.std}::intrinsics::unreachable() }}\n"


# -- PartialEq / Eq -------------------------------------------------------------------------------


def derive_partial_eq(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    marker = make_impl(ctx, t, ["marker", "StructuralPartialEq"], Src(t.span), bound=False)
    body = Src(t.span)
    body.add(f"#[inline]\nfn eq(&self, other: &{t.self_ty}) -> bool {{\n")

    def eq_fields(pairs: list[tuple[Field, str, str]]) -> None:
        if not pairs:
            body.add("true")
        # rustc compares fields of scalar types first (cheap to compare), then the others
        pairs = [p for p in pairs if _is_scalar(p[0].ty)] + [
            p for p in pairs if not _is_scalar(p[0].ty)
        ]
        for i, (f, a, b) in enumerate(pairs):
            body.add(" && " if i else "").add(f"{a} == {b}", f.span)

    if t.kind != "enum":
        eq_fields(_pairs(t, None))
    elif not t.variants:
        body.add("match *self {}")
    elif len(t.variants) == 1:
        v = t.variants[0]
        if is_fieldless(v):
            body.add("true")
        else:
            body.add("match (self, other) {\n" + _arm_head(t, v))
            eq_fields(_pairs(t, v))
            body.add(",\n}")
    else:
        discriminants(t, body)
        body.add("__self_discr == __arg1_discr")
        fieldful = [v for v in t.variants if not is_fieldless(v)]
        if fieldful:
            body.add(" && match (self, other) {\n")
            for v in fieldful:
                body.add(_arm_head(t, v))
                eq_fields(_pairs(t, v))
                body.add(",\n")
            body.add("_ => true,\n" if len(fieldful) < len(t.variants) else _unreachable(t))
            body.add("}")
    body.add("\n}")
    return [marker, make_impl(ctx, t, ["cmp", "PartialEq"], body)]


def derive_eq(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    body = Src(t.span)
    body.add("#[doc(hidden)]\nfn assert_fields_are_eq(&self) {\n")
    seen: set[str] = set()
    for f in t.all_fields:
        key = print_ty(f.ty)
        if key in seen:
            continue
        seen.add(key)
        body.add(f"let _: {t.std}::cmp::AssertParamIsEq<").ty(f.ty).add(">;\n")
    body.add("}")
    return [make_impl(ctx, t, ["cmp", "Eq"], body)]


# -- PartialOrd / Ord -----------------------------------------------------------------------------


def _chain(
    body: Src,
    pairs: list[tuple[Field, str, str]],
    call: str,
    equal: str,
    all_equal: str,
    refs: bool,
) -> None:
    """`match call(a0, b0) { equal => <the rest>, cmp => cmp, }`, the last field's call
    bare; `all_equal` when there are no fields."""
    if not pairs:
        body.add(all_equal)
        return
    amp = "&" if refs else ""
    for i, (f, a, b) in enumerate(pairs):
        last = i == len(pairs) - 1
        if not last:
            body.add("match ")
        body.add(f"{call}({amp}{a}, {amp}{b})", f.span)
        if not last:
            body.add(f" {{\n{equal} => ")
    for _ in pairs[:-1]:
        body.add(",\ncmp => cmp,\n}")


def _derive_ord(ctx: ExpandCtx, t: Target, *, partial: bool) -> list[ast.Item]:
    std = t.std
    if partial:
        call = f"{std}::cmp::PartialOrd::partial_cmp"
        equal = f"{std}::option::Option::Some({std}::cmp::Ordering::Equal)"
        sig = f"fn partial_cmp(&self, other: &{t.self_ty}) -> {std}::option::Option<{std}::cmp::Ordering>"
        trait = ["cmp", "PartialOrd"]
    else:
        call = f"{std}::cmp::Ord::cmp"
        equal = f"{std}::cmp::Ordering::Equal"
        sig = f"fn cmp(&self, other: &{t.self_ty}) -> {std}::cmp::Ordering"
        trait = ["cmp", "Ord"]
    body = Src(t.span)
    body.add(f"#[inline]\n{sig} {{\n")
    chain: Callable[[list[tuple[Field, str, str]], bool], None] = lambda pairs, refs: _chain(  # noqa: E731
        body, pairs, call, equal, equal, refs
    )
    if t.kind != "enum":
        chain(_pairs(t, None), True)
    elif not t.variants:
        body.add("match *self {}")
    elif len(t.variants) == 1:
        v = t.variants[0]
        if is_fieldless(v):
            body.add(equal)
        else:
            body.add("match (self, other) {\n" + _arm_head(t, v))
            chain(_pairs(t, v), False)
            body.add(",\n}")
    else:
        discriminants(t, body)
        fieldful = [v for v in t.variants if not is_fieldless(v)]
        by_discr = f"{call}(&__self_discr, &__arg1_discr)"
        if not fieldful:
            body.add(by_discr)
        elif partial:
            body.add("match (self, other) {\n")
            for v in fieldful:
                body.add(_arm_head(t, v))
                chain(_pairs(t, v), False)
                body.add(",\n")
            body.add(f"_ => {by_discr},\n}}")
        else:
            body.add(f"match {by_discr} {{\n{equal} => match (self, other) {{\n")
            for v in fieldful:
                body.add(_arm_head(t, v))
                chain(_pairs(t, v), False)
                body.add(",\n")
            body.add(f"_ => {equal},\n" if len(fieldful) < len(t.variants) else _unreachable(t))
            body.add("},\ncmp => cmp,\n}")
    body.add("\n}")
    return [make_impl(ctx, t, trait, body)]


def derive_partial_ord(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    return _derive_ord(ctx, t, partial=True)


def derive_ord(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    return _derive_ord(ctx, t, partial=False)
