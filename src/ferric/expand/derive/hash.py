"""`#[derive(Hash)]` (rustc's `deriving/hash.rs`): every field hashed in order; an enum
with more than one variant hashes its discriminant first."""

from __future__ import annotations

from ferric.expand.base import ExpandCtx
from ferric.expand.derive.gen import Src
from ferric.expand.derive.generic import Field, Target, make_impl
from ferric.expand.derive.shapes import discriminants, is_fieldless, pattern
from ferric.syntax import ast


def _hash_fields(t: Target, body: Src, fields: list[tuple[Field, str]]) -> None:
    """`Hash::hash(x0, state); ..; Hash::hash(xn, state)` (the last without `;`)."""
    for i, (f, value) in enumerate(fields):
        body.add(f"{t.std}::hash::Hash::hash({value}, state)", f.span)
        body.add(";\n" if i < len(fields) - 1 else "")


def derive_hash(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    body = Src(t.span)
    body.add(f"#[inline]\nfn hash<__H: {t.std}::hash::Hasher>(&self, state: &mut __H) {{\n")
    if t.kind != "enum":
        v = t.variants[0]
        _hash_fields(t, body, [(f, f"&self.{f.name}") for f in v.fields])
    elif not t.variants:
        body.add("match *self {}")
    else:
        multi = len(t.variants) > 1
        if multi:
            discriminants(t, body, other=False)
            body.add(f"{t.std}::hash::Hash::hash(&__self_discr, state)")
        fieldful = [v for v in t.variants if not is_fieldless(v)]
        if fieldful:
            body.add(";\n" if multi else "")
            body.add("match self {\n")
            for v in fieldful:
                body.add(f"{pattern(t, v, '__self')} => ")
                fields = [(f, f"__self_{i}") for i, f in enumerate(v.fields)]
                if len(fields) == 1:
                    _hash_fields(t, body, fields)
                    body.add(",\n")
                else:
                    body.add("{\n")
                    _hash_fields(t, body, fields)
                    body.add("\n}\n")
            if len(fieldful) < len(t.variants):
                body.add("_ => {}\n")
            body.add("}")
    body.add("\n}")
    return [make_impl(ctx, t, ["hash", "Hash"], body)]
