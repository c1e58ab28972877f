"""What every derive shares (rustc's `deriving::generic`): reading the item, and wrapping a
method body into `impl<..> Trait for Type<..> where .. { .. }`.

The impl's generics are the item's, with `T: Trait` added in front of the bounds of every
type parameter, defaults dropped, and the item's where clause kept; a field whose type
names an associated type of a parameter (`T::Item`) adds `T::Item: Trait` to it, as rustc
does. The impl carries `#[automatically_derived]`.

Paths to std are written `::std::...` in user crates and `crate::...` inside std (where
rustc writes `::core::...`).
"""

from __future__ import annotations

from dataclasses import replace

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.expand.base import ExpandCtx
from ferric.expand.derive.gen import Src, expn_ctxt, fresh_copy, parse_items, with_ctxt
from ferric.syntax import ast
from ferric.syntax.token_printer import ident_text, lifetime_text


@dataclass(frozen=True, slots=True)
class Field:
    """A field: `name` as written in expressions (`a`, `0`), its `ident` (None for tuple
    fields), its type, and the span its uses get (the field's, in the derive's context)."""

    name: str
    ident: ast.Ident | None
    ty: ast.Ty
    span: Span


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    """As written in code (`r#` where needed)."""
    display: str
    """The name itself (for `Debug`)."""
    shape: ast.VariantShape
    fields: tuple[Field, ...]
    node: ast.Variant | None


@dataclass(frozen=True, slots=True)
class Target:
    """The item a derive applies to."""

    item: ast.Item
    kind: str
    """"struct", "enum" or "union"."""
    name: str
    display: str
    generics: ast.Generics
    variants: tuple[Variant, ...]
    """For structs and unions, the one variant holding the fields (named like the item)."""
    span: Span
    """The derive's span (the path in `#[derive(..)]`, in the derive's syntax context)."""
    std: str
    """`::std` or `crate` (inside std)."""

    @property
    def self_ty(self) -> str:
        """`Name<'a, T, N>` as text."""
        args = [_param_text(p) for p in self.generics.params]
        return self.name + (f"<{', '.join(args)}>" if args else "")

    @property
    def all_fields(self) -> list[Field]:
        return [f for v in self.variants for f in v.fields]


def _param_text(p: ast.GenericParam) -> str:
    if p.kind is ast.GenericParamKind.LIFETIME:
        return lifetime_text(p.ident.name)
    return ident_text(p.ident.name)


def _fields(data: ast.VariantData, ctxt: int) -> tuple[Field, ...]:
    out: list[Field] = []
    for i, fd in enumerate(data.fields):
        name = ident_text(fd.ident.name) if fd.ident is not None else str(i)
        out.append(Field(name, fd.ident, fd.ty, with_ctxt(fd.span, ctxt)))
    return tuple(out)


def target(ctx: ExpandCtx, item: ast.Item, path: ast.Path) -> Target | None:
    """The derive target, None when `item` is not a struct, enum or union (the expander
    reports that)."""
    ctxt = expn_ctxt(ctx)
    span = with_ctxt(path.span, ctxt)
    std = "crate" if ctx.is_std else "::std"
    name, display = ident_text(item.ident.name), item.ident.name
    if isinstance(item, (ast.StructItem, ast.UnionItem)):
        v = Variant(name, display, item.data.shape, _fields(item.data, ctxt), None)
        kind = "struct" if isinstance(item, ast.StructItem) else "union"
        return Target(item, kind, name, display, item.generics, (v,), span, std)
    if isinstance(item, ast.EnumItem):
        vs = tuple(
            Variant(ident_text(v.ident.name), v.ident.name, v.data.shape, _fields(v.data, ctxt), v)
            for v in item.variants
        )
        return Target(item, "enum", name, display, item.generics, vs, span, std)
    return None


# =================================================================================================
# The impl
# =================================================================================================


def _assoc_type_paths(ty: ast.Ty, params: set[str]) -> list[ast.Ty]:
    """Types inside `ty` that are paths starting with a type parameter and going on
    (`T::Item`): rustc bounds them too."""
    out: list[ast.Ty] = []
    stack: list[object] = [ty]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.PathTy):
            segs = node.path.segments
            if len(segs) >= 2 and segs[0].ident.name in params and not node.path.is_global:
                out.append(node)
                continue
        if isinstance(node, ast.MacCallTy):
            continue
        if isinstance(node, tuple):
            stack.extend(reversed(node))
        elif hasattr(node, "__dataclass_fields__") and not isinstance(node, Span):
            stack.extend(
                getattr(node, name)
                for name in reversed(list(node.__dataclass_fields__))
                if name not in ("span", "id")
            )
    return out


def impl_generics(ctx: ExpandCtx, t: Target, trait: ast.Path | None) -> ast.Generics:
    """The item's generics for the impl: defaults dropped, `T: trait` added."""
    g = t.generics
    if not g.params and not g.where_clause.predicates:
        return ast.Generics(
            params=(), where_clause=replace(g.where_clause, has_where_token=False), span=t.span
        )
    params: list[ast.GenericParam] = []
    type_params = {p.ident.name for p in g.params if p.kind is ast.GenericParamKind.TYPE}
    for p in g.params:
        q = replace(fresh_copy(ctx, p), default=None, const_default=None, attrs=())
        if trait is not None and p.kind is ast.GenericParamKind.TYPE:
            q = replace(q, bounds=(_bound(ctx, trait, t.span), *q.bounds))
        params.append(q)
    where = fresh_copy(ctx, g.where_clause)
    preds: list[ast.WherePredicate] = list(where.predicates)
    if trait is not None and type_params:
        for f in t.all_fields:
            for ty in _assoc_type_paths(f.ty, type_params):
                preds.append(
                    ast.BoundPredicate(
                        bound_generic_params=(),
                        bounded_ty=fresh_copy(ctx, ty),
                        bounds=(_bound(ctx, trait, t.span),),
                        span=t.span,
                    )
                )
    where = replace(where, predicates=tuple(preds), has_where_token=bool(preds))
    return ast.Generics(params=tuple(params), where_clause=where, span=t.span)


def _bound(ctx: ExpandCtx, trait: ast.Path, span: Span) -> ast.TraitBound:
    poly = ast.PolyTraitRef(
        bound_generic_params=(),
        trait_ref=ast.TraitRef(path=fresh_copy(ctx, trait), id=ctx.psess.fresh_id()),
        span=span,
    )
    return ast.TraitBound(poly=poly, span=span)


def trait_path(ctx: ExpandCtx, t: Target, segments: list[str]) -> ast.Path:
    return ctx.std_path(segments, t.span)


def make_impl(
    ctx: ExpandCtx, t: Target, trait: list[str], body: Src, *, bound: bool = True
) -> ast.Item:
    """`#[automatically_derived] impl<..> Trait for Type<..> where .. { body }`: `body`
    holds the impl's items; `bound` adds `T: Trait` to the type parameters."""
    src = Src(t.span)
    src.add(f"#[automatically_derived]\nimpl {t.std}::{'::'.join(trait)} for {t.self_ty} {{\n")
    src.extend(body)
    src.add("\n}\n")
    items = parse_items(ctx, src)
    assert len(items) == 1 and isinstance(items[0], ast.ImplItem), items
    generics = impl_generics(ctx, t, trait_path(ctx, t, trait) if bound else None)
    return replace(items[0], generics=generics)
