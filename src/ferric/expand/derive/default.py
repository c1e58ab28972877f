"""`#[derive(Default)]` (rustc's `deriving/default.rs`): structs get
`Default::default()` in every field; enums get their `#[default]` unit variant, with
rustc's errors when there is none (E0665), several, one that is not a unit variant, one
marked `#[non_exhaustive]`, or a `#[default]` that is malformed or repeated."""

from __future__ import annotations

from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.expand.base import ExpandCtx
from ferric.expand.derive.gen import Src
from ferric.expand.derive.generic import Target, make_impl
from ferric.syntax import ast


def _attr_name(a: ast.Attribute) -> str | None:
    if isinstance(a.kind, ast.NormalAttr) and len(a.kind.path.segments) == 1:
        return a.kind.path.segments[0].ident.name
    return None


def _default_attrs(attrs: ast.Attrs) -> list[ast.Attribute]:
    return [a for a in attrs if _attr_name(a) == "default"]


def derive_default(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    dcx = ctx.psess.dcx
    body = Src(t.span)
    body.add(f"#[inline]\nfn default() -> {t.self_ty} {{\n")
    if t.kind != "enum":
        v = t.variants[0]
        for f in v.fields:
            node = next((fd for fd in _field_defs(t) if fd.span.lo == f.span.lo), None)
            attrs = _default_attrs(node.attrs) if node is not None else []
            if attrs:
                d = Diagnostic.error(
                    "the `#[default]` attribute may only be used on unit enum variants",
                    attrs[0].span,
                )
                d.with_help("consider a manual implementation of `Default`")
                dcx.emit(d)
                return _error_impl(ctx, t)
        value = f"{t.std}::default::Default::default()"
        if v.shape is ast.VariantShape.TUPLE and v.fields:
            body.add(f"{t.name}(")
            for i, f in enumerate(v.fields):
                body.add(", " if i else "").add(value, f.span)
            body.add(")")
        else:
            body.add(f"{t.name} {{")
            for i, f in enumerate(v.fields):
                body.add(", " if i else " ").add(f"{f.name}: {value}", f.span)
            body.add(" }" if v.fields else "}")
    else:
        variant = _default_variant(ctx, t)
        if variant is None:
            return _error_impl(ctx, t)
        body.add(f"Self::{variant}")
    body.add("\n}")
    return [make_impl(ctx, t, ["default", "Default"], body)]


def _error_impl(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    """The impl rustc still generates after reporting a malformed `#[derive(Default)]` (its
    body an error expression there): `X::default()` keeps resolving, so no follow-up errors.
    The body diverges; the program never runs, since an error was reported."""
    body = Src(t.span)
    body.add(f"#[inline]\nfn default() -> {t.self_ty} {{\n    loop {{}}\n}}")
    return [make_impl(ctx, t, ["default", "Default"], body)]


def _field_defs(t: Target) -> tuple[ast.FieldDef, ...]:
    item = t.item
    if isinstance(item, (ast.StructItem, ast.UnionItem)):
        return item.data.fields
    return ()


def _default_variant(ctx: ExpandCtx, t: Target) -> str | None:
    """The name of the `#[default]` variant, or None after reporting why there is none."""
    dcx = ctx.psess.dcx
    item = t.item
    assert isinstance(item, ast.EnumItem)
    marked = [(v, _default_attrs(v.attrs)) for v in item.variants]
    marked = [(v, attrs) for v, attrs in marked if attrs]
    if not marked:
        d = Diagnostic.error("`#[derive(Default)]` on enum with no `#[default]`", t.span, "E0665")
        d.with_label(item.span, "this enum needs a unit variant marked with `#[default]`")
        for v in item.variants:
            if v.data.shape is ast.VariantShape.UNIT:
                d.with_suggestion(
                    "make this unit variant default by placing `#[default]` on it",
                    [(v.span.shrink_to_lo(), "#[default] ")],
                    Applicability.MAYBE_INCORRECT,
                )
        dcx.emit(d)
        return None
    if len(marked) > 1:
        d = Diagnostic.error("multiple declared defaults", t.span)
        d.with_label(marked[0][0].ident.span, "first default")
        for v, _ in marked[1:]:
            d.with_label(v.ident.span, "additional default")
        d.with_note("only one variant can be default")
        dcx.emit(d)
        return None
    v, attrs = marked[0]
    if v.data.shape is not ast.VariantShape.UNIT:
        d = Diagnostic.error(
            "the `#[default]` attribute may only be used on unit enum variants", v.ident.span
        )
        d.with_help("consider a manual implementation of `Default`")
        dcx.emit(d)
        return None
    non_exhaustive = next((a for a in v.attrs if _attr_name(a) == "non_exhaustive"), None)
    if non_exhaustive is not None:
        d = Diagnostic.error("default variant must be exhaustive", v.ident.span)
        d.with_label(non_exhaustive.span, "declared `#[non_exhaustive]` here")
        d.with_help("consider a manual implementation of `Default`")
        dcx.emit(d)
        return None
    if len(attrs) > 1:
        d = Diagnostic.error("multiple `#[default]` attributes", v.ident.span)
        d.with_label(attrs[0].span, "`#[default]` used here")
        d.with_label(attrs[1].span, "`#[default]` used again here")
        d.with_note("only one `#[default]` attribute is needed")
        rest = attrs[1:]
        help_ = SubDiagnostic(
            Level.HELP, "try removing this" if len(rest) == 1 else "try removing these"
        )
        help_.labels = [Label(a.span, "", True) for a in rest]
        d.children.append(help_)
        dcx.emit(d)
        return None
    attr = attrs[0]
    assert isinstance(attr.kind, ast.NormalAttr)
    if attr.kind.args is not None:
        d = Diagnostic.error("`#[default]` attribute does not accept a value", attr.span)
        d.with_help("try using `#[default]`")
        dcx.emit(d)
        return None
    return v.ident.name if not _is_raw(v) else f"r#{v.ident.name}"


def _is_raw(v: ast.Variant) -> bool:
    from ferric.lexer.token import is_reserved_ident

    return is_reserved_ident(v.ident.name)
