"""rustc's `unused_imports`, for the single (non-glob) imports of the user's crate.

rustc marks an import used when name resolution goes through it. ferric's resolver does
not record that, so an import counts as used when its name is the first segment of any
path of the crate (signatures, bodies, other imports) or, for a trait, when a method or
associated item the type checker resolved belongs to it. That over-approximates use (a
name written elsewhere for something else keeps the import "used"), so ferric reports a
subset of rustc's warnings, never one rustc would not give. Globs, `pub` imports, macro
imports and imports made by macros are left alone.

Reports are grouped by `use` item as rustc does: "unused import: `a::B`", "unused imports:
`A` and `B`", "unused imports: `A`, `B`, and `C`", one primary span per unused tree.
"""

from __future__ import annotations

from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.lint.builtin import UNUSED_IMPORTS, BuiltinLints, Stage
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefKind, DefRes
from ferric.syntax import ast
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def check_imports(
    lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults], krate: ast.Crate, sm: SourceMap
) -> None:
    lints.stage = Stage.EARLY
    uses = [
        (d, i)
        for d, i in lints.local_items(tcx)
        if isinstance(i, hir.UseItem) and i.kind == "single" and tcx.crate_of(d) == LOCAL_CRATE and i.span.ctxt == 0
    ]
    if not uses:
        return
    names, traits = _used_names(lints, tcx, results)
    groups = _use_items(krate)
    unused: dict[Span, list[Span]] = {}
    for _, item in uses:
        res = item.path.res
        if not isinstance(res, DefRes) or res.kind is DefKind.MACRO:
            continue
        if res.kind is DefKind.TRAIT and res.def_id in traits:
            continue
        if item.ident.name != "_" and item.ident.name in names:
            continue
        group = next((g for g in groups if g[0].lo <= item.span.lo and item.span.hi <= g[0].hi), None)
        if group is None or group[1]:
            continue  # not found, or `pub use`
        unused.setdefault(group[0], []).append(item.span)
    for _, spans in sorted(unused.items(), key=lambda kv: kv[0].lo):
        spans.sort(key=lambda s: s.lo)
        texts = sorted(f"`{sm.snippet(s) or ''}`" for s in spans)  # (rustc sorts the names)
        if len(texts) == 1:
            msg = f"unused import: {texts[0]}"
        elif len(texts) == 2:
            msg = f"unused imports: {texts[0]} and {texts[1]}"
        else:
            msg = f"unused imports: {', '.join(texts[:-1])}, and {texts[-1]}"
        d = lints.lint(UNUSED_IMPORTS, spans[0], msg)
        if d is not None:
            for s in spans[1:]:
                d.with_primary(s)


def _use_items(krate: ast.Crate) -> list[tuple[Span, bool]]:
    """Every `use` item of the crate outside bodies: (its span, whether it is `pub`)."""
    out: list[tuple[Span, bool]] = []
    stack: list[ast.Item] = list(krate.items)
    while stack:
        item = stack.pop()
        if isinstance(item, ast.UseItem):
            out.append((item.span, item.vis.kind != "inherited"))
        elif isinstance(item, ast.ModItem) and item.items:
            stack.extend(item.items)
        elif isinstance(item, ast.FnItem) and item.body is not None:
            stack.extend(s.item for s in item.body.stmts if isinstance(s, ast.ItemStmt))
    return out


def _used_names(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> tuple[set[str], set[DefId]]:
    """The first segments of every path of the crate, and the traits whose items the type
    checker resolved to (method calls, `T::item`)."""
    names: set[str] = set()
    traits: set[DefId] = set()
    for res in results.values():
        for _, d in res.type_dependent_defs.values():
            parent = tcx.parent(d)
            if parent is not None and tcx.def_kind(parent) is DefKind.TRAIT:
                traits.add(parent)
            elif parent is not None and tcx.def_kind(parent) is DefKind.IMPL:
                tr = tcx.impl_trait_ref(parent)
                if tr is not None:
                    traits.add(tr.def_id)
    for _, path in lints.nodes(tcx, hir.Path):
        segs = path.segments  # type: ignore[attr-defined]
        if segs:
            names.add(segs[0].ident.name)
    # The items' own paths (signatures, impl headers, bounds; bodies are indexed).
    for p in lints.item_paths(tcx):
        if p.segments:
            names.add(p.segments[0].ident.name)
    for _, item in lints.local_items(tcx):
        if isinstance(item, hir.UseItem):
            segs = item.path.segments
            if len(segs) > 1:
                names.add(segs[0].ident.name)
    return names, traits
