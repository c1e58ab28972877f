"""Lints clippy runs in its early (AST) passes, checked here on the HIR with the source
text: `redundant_field_names`, `redundant_static_lifetimes`, `unused_unit` (and, in
`ops`, `int_plus_one` and `precedence`). Their diagnostics come before the late lints'
(`registry.Phase.EARLY`).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import Parents, on_expr, on_fn, on_item
from ferric.lint.registry import REDUNDANT_FIELD_NAMES, REDUNDANT_STATIC_LIFETIMES, UNUSED_UNIT
from ferric.resolve.defs import DefKind, LocalRes


@on_expr(hir.StructExpr)
def redundant_field_names(cx: LintCx, e: hir.StructExpr, parents: Parents) -> None:
    if cx.from_expansion(e.span) or isinstance(e.qpath, hir.LangItemPath):
        return  # a range literal, lowered to a struct
    for f in e.fields:
        v = f.expr
        if f.is_shorthand or cx.from_expansion(f.span) or not isinstance(v, hir.PathExpr):
            continue
        q = v.qpath
        if not (isinstance(q, hir.ResolvedPath) and isinstance(q.path.res, LocalRes) and len(q.path.segments) == 1):
            continue
        if q.path.segments[0].ident.name != f.ident.name:
            continue
        d = cx.lint(REDUNDANT_FIELD_NAMES, f.span, "redundant field names in struct initialization")
        if d is not None:
            d.with_suggestion("replace it with", [(f.span, f.ident.name)], style="inline")


@on_item(hir.ConstItem, hir.StaticItem)
def redundant_static_lifetimes(cx: LintCx, item: hir.ConstItem | hir.StaticItem) -> None:
    ty = item.ty
    if cx.from_expansion(item.span) or not isinstance(ty, hir.RefTy) or ty.lifetime.name != "'static":
        return
    parent = cx.tcx.parent(item.def_id)
    if parent is not None and cx.tcx.def_kind(parent) in (DefKind.TRAIT, DefKind.IMPL):
        return  # associated consts are not clippy's concern here
    if ty.mutbl is not hir.Mutability.NOT:
        return
    what = "constants" if isinstance(item, hir.ConstItem) else "statics"
    d = cx.lint(REDUNDANT_STATIC_LIFETIMES, ty.lifetime.span, f"{what} have by default a `'static` lifetime")
    if d is not None:
        d.with_suggestion("consider removing `'static`", [(ty.span, f"&{cx.snippet(ty.ty.span)}")], style="inline")


@on_fn
def unused_unit(cx: LintCx, item: hir.FnItem, body: hir.Body) -> None:
    out = item.sig.decl.output
    if not (isinstance(out, hir.TupleTy) and not out.elems) or cx.from_expansion(item.span):
        return
    if cx.snippet(out.span) != "()":
        return
    sf = cx.source_map.lookup_file(out.span.lo)
    if sf is None:
        return
    text, base = sf.text, sf.start_pos
    i = out.span.lo - base - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if text[i - 1 : i + 1] != "->":
        return
    i -= 2
    while i >= 0 and text[i].isspace():
        i -= 1
    span = Span(base + i + 1, out.span.hi, out.span.ctxt)
    d = cx.lint(UNUSED_UNIT, span, "unneeded unit return type")
    if d is not None:
        d.with_suggestion("remove the `-> ()`", [(span, "")], style="hide_inline")
