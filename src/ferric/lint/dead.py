"""rustc's `dead_code` for a binary crate: free functions, constants and statics ("is never
used"), structs ("is never constructed"), enums and their variants, and the functions and
constants of inherent impls (grouped per impl: "methods `a` and `b` are never used" with
the "methods in this implementation" label).

An item is live when something other than its own body names it: a path in any body of
the crate (closures and items nested in bodies included; a constructor names its struct or
variant) or a method/associated-item resolution the type checker recorded. This is weaker
than rustc's reachability from `main` (an item used only by dead items counts as live
here; a struct named in a body's type annotation counts as constructed), so ferric reports
a subset of rustc's warnings, never one rustc would not give. Library crates, test builds
and items made by macros are left alone. Fields never read: `dead_fields`.
"""

from __future__ import annotations

from collections.abc import Callable

from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.lint.builtin import DEAD_CODE, BuiltinLints, Stage
from ferric.lint.dead_fields import attr_paths, dead_field_reports, ignored_derives_note
from ferric.lint.dead_fields import quoted_names as _names
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefKind, DefRes, SelfCtorRes, SelfTyAliasRes
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

_KINDS: dict[type, str] = {hir.FnItem: "function", hir.ConstItem: "constant", hir.StaticItem: "static"}
_EXEMPT_ATTRS = frozenset({"no_mangle", "export_name", "used", "test", "allow_internal_unstable"})


def check_dead(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults], is_bin: bool) -> None:
    """Report in rustc's order: module by module (the crate root first, then the modules in
    definition order), and inside a module item by item, an item's own warning or its
    impl's methods, then (constructed types) its fields, per variant, then its variants."""
    lints.stage = Stage.DEAD
    if not is_bin:
        return
    used = lints.named_defs(tcx, results) | _named_in_signatures(lints, tcx)
    main = tcx.hir.main_fn
    order = _report_order(lints, tcx)
    reports: list[tuple[tuple[int, int, int], Callable[[], None]]] = []
    for def_id, item in lints.local_items(tcx):
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
        reports.append((order(def_id, 0), _simple(lints, item.ident.span, f"{kind} `{item.ident.name}` is never used")))
    reports.extend(_adts_and_impls(lints, tcx, results, used, order))
    for _, report in sorted(reports, key=lambda c: c[0]):
        report()


def _report_order(lints: BuiltinLints, tcx: TyCtxt) -> Callable[[DefId, int], tuple[int, int, int]]:
    """An item's place in rustc's report order: (its module's rank in a pre-order walk of
    the module tree, the item's position in its module's file, `sub`)."""
    items = dict(lints.local_items(tcx))
    rank: dict[DefId, int] = {}
    stack = [d for d, item in items.items() if isinstance(item, hir.ModItem) and tcx.parent(d) is None]
    while stack:
        m = stack.pop()
        rank[m] = len(rank)
        node = items.get(m)
        if isinstance(node, hir.ModItem):
            stack.extend(reversed([c for c in node.items if isinstance(items.get(c), hir.ModItem)]))

    def module_of(def_id: DefId) -> DefId | None:
        p = tcx.parent(def_id)
        while p is not None and tcx.def_kind(p) is not DefKind.MOD:
            p = tcx.parent(p)
        return p

    def order(def_id: DefId, sub: int) -> tuple[int, int, int]:
        m = module_of(def_id)
        item = items.get(def_id)
        return (rank.get(m, -1) if m is not None else -1, item.span.lo if item is not None else 0, sub)

    return order


def _simple(lints: BuiltinLints, span: Span, message: str) -> Callable[[], None]:
    def report() -> None:
        lints.lint(DEAD_CODE, span, message)

    return report


def _live_item(tcx: TyCtxt, def_id: DefId, item: hir.Item) -> bool:
    """Never reported: made by a macro, `_`-named, or exempt by attribute."""
    return item.ident.span.ctxt != 0 or item.ident.name.startswith("_") or _exempt(tcx, def_id)


def _adts_and_impls(
    lints: BuiltinLints,
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults],
    used: set[DefId],
    order: Callable[[DefId, int], tuple[int, int, int]],
) -> list[tuple[tuple[int, int, int], Callable[[], None]]]:
    out: list[tuple[tuple[int, int, int], Callable[[], None]]] = []
    built = _built_defs(lints, tcx, results)
    self_used = _self_used_impls(lints, tcx)
    adt_impls: dict[DefId, list[DefId]] = {}
    for def_id, item in lints.local_items(tcx):
        if isinstance(item, hir.ImplItem) and tcx.crate_of(def_id) == LOCAL_CRATE:
            adt = _adt_of_ty(item.self_ty)
            if adt is not None:
                adt_impls.setdefault(adt, []).append(def_id)
            if item.of_trait is None and item.span.ctxt == 0:
                out.extend((order(def_id, 0), r) for r in _impl_items(lints, tcx, item, used))
    for def_id, item in lints.local_items(tcx):
        if tcx.crate_of(def_id) != LOCAL_CRATE or _live_item(tcx, def_id, item):
            continue
        if isinstance(item, hir.StructItem):
            ctor = item.data.ctor
            if def_id in used or (ctor is not None and ctor in used) or any(i in self_used for i in adt_impls.get(def_id, ())):
                out.extend((order(def_id, 1), r) for r in dead_field_reports(lints, tcx, results, item, set()))
                continue
            span = item.ident.span
            out.append((order(def_id, 0), _simple(lints, span, f"struct `{item.ident.name}` is never constructed")))
        elif isinstance(item, hir.EnumItem):
            variants = [v for v in item.variants]
            constructed = {v.def_id for v in variants if v.def_id in built or (v.data.ctor is not None and v.data.ctor in built)}
            self_built = any(i in self_used for i in adt_impls.get(def_id, ()))
            if def_id not in used and not constructed and not self_built:
                span = item.ident.span
                out.append((order(def_id, 0), _simple(lints, span, f"enum `{item.ident.name}` is never used")))
                continue
            live = {v.def_id for v in variants} if self_built else constructed
            out.extend((order(def_id, 1), r) for r in dead_field_reports(lints, tcx, results, item, live))
            dead = [
                v
                for v in variants
                if v.def_id not in constructed
                and v.ident.span.ctxt == 0
                and not v.ident.name.startswith("_")
            ]
            if dead and not self_built:
                out.append((order(def_id, 2), _variants(lints, tcx, def_id, item, dead)))
    return out


def _variants(lints: BuiltinLints, tcx: TyCtxt, enum_id: DefId, enum: hir.EnumItem, dead: list[hir.Variant]) -> Callable[[], None]:
    def report() -> None:
        names = _names([v.ident.name for v in dead])
        many = len(dead) > 1
        msg = f"variant{'s' if many else ''} {names} {'are' if many else 'is'} never constructed"
        d = lints.lint(DEAD_CODE, dead[0].ident.span, msg)
        if d is None:
            return
        for v in dead[1:]:
            d.with_primary(v.ident.span)
        d.with_label(enum.ident.span, f"variant{'s' if many else ''} in this enum")
        note = ignored_derives_note(lints, tcx, enum_id, enum.ident.name)
        if note is not None:
            d.with_note(note)

    return report


def _impl_items(lints: BuiltinLints, tcx: TyCtxt, impl: hir.ImplItem, used: set[DefId]) -> list[Callable[[], None]]:
    dead: list[tuple[hir.Item, str]] = []
    for d in impl.items:
        item = tcx.hir.items.get(d)
        if item is None or d in used or _live_item(tcx, d, item):
            continue
        if isinstance(item, hir.FnItem):
            dead.append((item, "method" if item.sig.decl.implicit_self != "none" else "associated function"))
        elif isinstance(item, hir.ConstItem):
            dead.append((item, "associated constant"))
    if not dead:
        return []
    header = Span(impl.span.lo, impl.self_ty.span.hi, impl.span.ctxt)

    def report() -> None:
        kinds = {k for _, k in dead}
        kind = kinds.pop() if len(kinds) == 1 else "associated item"
        many = len(dead) > 1
        plural = {"method": "methods", "associated function": "associated functions",
                  "associated constant": "associated constants", "associated item": "associated items"}[kind]
        word = plural if many else kind
        msg = f"{word} {_names([i.ident.name for i, _ in dead])} {'are' if many else 'is'} never used"
        d = lints.lint(DEAD_CODE, dead[0][0].ident.span, msg)
        if d is None:
            return
        for i, _ in dead[1:]:
            d.with_primary(i.ident.span)
        d.with_label(header, f"{word} in this implementation")

    return [report]


def _adt_of_ty(ty: hir.Ty) -> DefId | None:
    if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath):
        res = ty.qpath.path.res
        if isinstance(res, DefRes):
            return res.def_id
    return None


def _self_used_impls(lints: BuiltinLints, tcx: TyCtxt) -> set[DefId]:
    """Impls whose bodies use `Self` as a value or constructor (`Self { .. }`, `Self(..)`):
    their type may be constructed there."""
    out: set[DefId] = set()
    for _, node in lints.nodes(tcx, hir.Path):
        res = node.res  # type: ignore[attr-defined]
        if isinstance(res, SelfCtorRes | SelfTyAliasRes):
            out.add(res.impl)
    return out


def _exempt(tcx: TyCtxt, def_id: DefId) -> bool:
    """Items the outside world may call: `#[no_mangle]`, `#[export_name]`, `#[used]` ..."""
    return any(len(p) == 1 and p[0] in _EXEMPT_ATTRS for p in attr_paths(tcx, def_id))


def named_defs(
    lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults], skip: frozenset[int] = frozenset()
) -> set[DefId]:
    """Every local definition some body names, except a body naming its own item (and the
    paths whose `id` is in `skip`)."""
    used: set[DefId] = set()
    for res in results.values():
        used.update(d for _, d in res.type_dependent_defs.values())
    owners = tcx.hir.owners
    for body_id, node in lints.nodes(tcx, hir.Path):
        res = node.res  # type: ignore[attr-defined]
        if isinstance(res, DefRes) and id(node) not in skip and res.def_id != owners.get(body_id, body_id):
            used.add(res.def_id)
            if res.kind is DefKind.CTOR:
                ctor_of = tcx.defs[res.def_id].ctor_of
                if ctor_of is not None:
                    used.add(ctor_of)
    return used


def _built_defs(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> set[DefId]:
    """`named_defs` without the paths of patterns: matching a variant does not construct it
    (rustc: "variant `V` is never constructed" for a variant only matched)."""
    in_patterns: set[int] = set()
    for kind in (hir.StructPat, hir.TupleStructPat, hir.PathPat):
        for _, pat in lints.nodes(tcx, kind):
            qpath = pat.qpath  # type: ignore[attr-defined]
            if isinstance(qpath, hir.ResolvedPath):
                in_patterns.add(id(qpath.path))
    return named_defs(lints, tcx, results, frozenset(in_patterns))


def _named_in_signatures(lints: BuiltinLints, tcx: TyCtxt) -> set[DefId]:
    """What the items' signatures name (field and parameter types, bounds, impl headers'
    arguments): rustc counts a type named there as used, except an impl's own self type."""
    out: set[DefId] = set()
    skip: set[int] = set()
    for _, item in lints.local_items(tcx):
        if isinstance(item, hir.ImplItem):
            ty = item.self_ty
            if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath):
                skip.add(id(ty.qpath.path))
    for node in lints.item_paths(tcx):
        if isinstance(node.res, DefRes) and id(node) not in skip:
            out.add(node.res.def_id)
    return out
