"""`#[derive(Debug)]` (rustc's `deriving/debug.rs`): `fmt` through the `Formatter` helpers
rustc's derive calls — `write_str` for no fields, `debug_struct_fieldN_finish` /
`debug_tuple_fieldN_finish` up to five fields, `debug_struct_fields_finish` /
`debug_tuple_fields_finish` with slices beyond that. The last field is passed behind one
more `&` so that an unsized last field still coerces to `&dyn Debug`."""

from __future__ import annotations

from ferric.expand.base import ExpandCtx
from ferric.expand.derive.gen import Src
from ferric.expand.derive.generic import Field, Target, Variant, make_impl
from ferric.expand.derive.shapes import is_fieldless, pattern
from ferric.lexer.token import Lit, LitKind
from ferric.syntax import ast
from ferric.syntax.token_printer import lit_text

CUTOFF = 5


def _str(s: str) -> str:
    from ferric.expand.builtin.util import escape_str

    return lit_text(Lit(LitKind.STR, escape_str(s)))


def _show(
    t: Target, src: Src, name: str, v: Variant, values: list[str], *, braces: bool = True
) -> None:
    """The call formatting variant `v` (its fields' values written as `values`); beyond
    five fields, statements (in a block when `braces`)."""
    fmt = f"{t.std}::fmt::Formatter"
    fields = v.fields
    if not fields:
        src.add(f"{fmt}::write_str(f, {_str(name)})")
        return
    is_struct = v.shape is ast.VariantShape.STRUCT
    if len(fields) <= CUTOFF:
        kind = "struct" if is_struct else "tuple"
        src.add(f"{fmt}::debug_{kind}_field{len(fields)}_finish(f, {_str(name)}")
        for fld, value in zip(fields, values, strict=True):
            src.add(", ")
            if is_struct:
                src.add(_str(_field_name(fld)), fld.span).add(", ")
            src.add(value, fld.span)
        src.add(")")
        return
    src.add("{\n" if braces else "")
    if is_struct:
        src.add("let names: &'static _ = &[")
        for i, fld in enumerate(fields):
            src.add(", " if i else "").add(_str(_field_name(fld)), fld.span)
        src.add("];\n")
    src.add(f"let values: &[&dyn {t.std}::fmt::Debug] = &[")
    for i, (fld, value) in enumerate(zip(fields, values, strict=True)):
        src.add(", " if i else "").add(value, fld.span)
    src.add("];\n")
    if is_struct:
        src.add(f"{fmt}::debug_struct_fields_finish(f, {_str(name)}, names, values)")
    else:
        src.add(f"{fmt}::debug_tuple_fields_finish(f, {_str(name)}, values)")
    src.add("\n}" if braces else "")


def _field_name(f: Field) -> str:
    return f.ident.name if f.ident is not None else f.name


def _refs(fields: tuple[Field, ...], base: list[str]) -> list[str]:
    """Each value behind `&`, the last behind one more."""
    return [f"&{b}" if i == len(fields) - 1 else b for i, b in enumerate(base)]


def derive_debug(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    body = Src(t.span)
    body.add(
        f"#[inline]\nfn fmt(&self, f: &mut {t.std}::fmt::Formatter) -> {t.std}::fmt::Result {{\n"
    )
    if t.kind != "enum":
        v = t.variants[0]
        _show(
            t,
            body,
            t.display,
            v,
            _refs(v.fields, [f"&self.{f.name}" for f in v.fields]),
            braces=False,
        )
    elif not t.variants:
        body.add("match *self {}")
    elif len(t.variants) == 1 and is_fieldless(t.variants[0]):
        _show(t, body, t.variants[0].display, t.variants[0], [])
    elif all(is_fieldless(v) for v in t.variants):
        body.add(f"{t.std}::fmt::Formatter::write_str(f, match self {{\n")
        for v in t.variants:
            body.add(f"{pattern(t, v, '__self')} => {_str(v.display)},\n")
        body.add("})")
    else:
        body.add("match self {\n")
        for v in t.variants:
            body.add(f"{pattern(t, v, '__self')} => ")
            names = [f"__self_{i}" for i in range(len(v.fields))]
            _show(t, body, v.display, v, _refs(v.fields, names))
            body.add(",\n")
        body.add("}")
    body.add("\n}")
    return [make_impl(ctx, t, ["fmt", "Debug"], body)]
