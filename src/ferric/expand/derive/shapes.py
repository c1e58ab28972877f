"""Text pieces shared by the derives: variant patterns with their bindings, field
references, and the discriminant reads enums compare by (as rustc writes them)."""

from __future__ import annotations

from ferric.expand.derive.gen import Src
from ferric.expand.derive.generic import Field, Target, Variant
from ferric.syntax import ast


def binding(prefix: str, i: int) -> str:
    """`__self_0`, `__arg1_2`: the i-th field of a matched variant."""
    return f"{prefix}_{i}"


def pattern(t: Target, v: Variant, prefix: str) -> str:
    """`E::V(__self_0, ..)`, `E::V { x: __self_0, .. }`, `E::V` (bindings named by prefix)."""
    head = f"{t.name}::{v.name}"
    if v.shape is ast.VariantShape.UNIT:
        return head
    names = [binding(prefix, i) for i in range(len(v.fields))]
    if v.shape is ast.VariantShape.TUPLE:
        return f"{head}({', '.join(names)})"
    if not v.fields:
        return f"{head} {{}}"
    inner = ", ".join(f"{f.name}: {n}" for f, n in zip(v.fields, names, strict=True))
    return f"{head} {{ {inner} }}"


def is_fieldless(v: Variant) -> bool:
    return not v.fields


def self_field(src: Src, f: Field, text: str) -> Src:
    """A use of a field, spanned at the field (`&self.a`, `__self_0`)."""
    return src.add(text, f.span)


def discriminants(t: Target, src: Src, *, other: bool = True) -> None:
    """`let __self_discr = discriminant_value(self); let __arg1_discr = ...;`"""
    src.add(f"let __self_discr = {t.std}::intrinsics::discriminant_value(self);\n")
    if other:
        src.add(f"let __arg1_discr = {t.std}::intrinsics::discriminant_value(other);\n")


def cannot_derive_for_union(t: Target) -> bool:
    return t.kind == "union"
