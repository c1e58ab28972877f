"""rustc's `dead_code`, for the free functions, constants and statics of a binary crate.

An item is live when something other than its own body names it: a path in any body of
the crate (closures and items nested in bodies included) or a method/associated-item
resolution the type checker recorded. This is weaker than rustc's reachability from
`main` (an item used only by dead items counts as live here), so ferric reports a subset
of rustc's warnings, never one rustc would not give. Library crates, test builds and
items made by macros are left alone; so are associated items, ADTs, fields and variants
(not built yet).
"""

from __future__ import annotations

from ferric.hir import nodes as hir
from ferric.lint.builtin import DEAD_CODE, BuiltinLints, Stage
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefRes
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

_KINDS: dict[type, str] = {hir.FnItem: "function", hir.ConstItem: "constant", hir.StaticItem: "static"}
_EXEMPT_ATTRS = frozenset({"no_mangle", "export_name", "used", "test", "allow_internal_unstable"})


def check_dead(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults], is_bin: bool) -> None:
    lints.stage = Stage.DEAD
    if not is_bin:
        return
    used = named_defs(tcx, results)
    main = tcx.hir.main_fn
    candidates: list[tuple[int, hir.Item, str]] = []
    for def_id, item in tcx.hir.items.items():
        kind = _KINDS.get(type(item))
        if kind is None or def_id == main or tcx.crate_of(def_id) != LOCAL_CRATE:
            continue
        parent = tcx.parent(def_id)
        if parent is not None and tcx.def_kind(parent).name in ("IMPL", "TRAIT", "FOREIGN_MOD"):
            continue
        if def_id in used or item.ident.span.ctxt != 0 or item.ident.name.startswith("_"):
            continue
        if _exempt(tcx, def_id):
            continue
        candidates.append((item.ident.span.lo, item, kind))
    for _, item, kind in sorted(candidates, key=lambda c: c[0]):
        lints.lint(DEAD_CODE, item.ident.span, f"{kind} `{item.ident.name}` is never used")


def _exempt(tcx: TyCtxt, def_id: DefId) -> bool:
    """Items the outside world may call: `#[no_mangle]`, `#[export_name]`, `#[used]` ..."""
    from ferric.syntax import ast

    for a in tcx.defs[def_id].attrs:
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr):
            segs = a.kind.path.segments
            if len(segs) == 1 and segs[0].ident.name in _EXEMPT_ATTRS:
                return True
    return False


def named_defs(tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> set[DefId]:
    """Every local definition some body names, except a body naming its own item."""
    used: set[DefId] = set()
    for res in results.values():
        used.update(d for _, d in res.type_dependent_defs.values())
    for body_id, body in tcx.hir.bodies.items():
        if tcx.crate_of(body_id) != LOCAL_CRATE:
            continue
        owner = tcx.hir.owners.get(body_id, body_id)
        stack: list[object] = [body.value]
        while stack:
            node = stack.pop()
            if isinstance(node, hir.Path):
                if isinstance(node.res, DefRes) and node.res.def_id != owner:
                    used.add(node.res.def_id)
                continue
            stack.extend(hir.child_nodes(node))
    return used
