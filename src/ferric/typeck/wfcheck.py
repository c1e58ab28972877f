"""Well-formedness checks on items that need no body (rustc's `wfcheck` and
`representability`, `coherence/builtin.rs`).

- `check_representable(tcx, crate)`: E0072, a struct or enum that contains itself by value
  (directly, or through other types' fields that store their type parameters by value:
  `Option<Node>`, tuples, arrays) has infinite size. A cycle through several local types
  is one error naming them all. The label points at the innermost written type of each
  field on the cycle, and the suggestion wraps it in `Box<..>`.
- `check_copy_impl(tcx, impl_id, item)`: E0204, `impl Copy` (or `#[derive(Copy)]`) for a
  type with a field that is not `Copy`.

Input: the type context; output: diagnostics.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, SubstitutionPart, Suggestion
from ferric.hir import nodes as hir
from ferric.resolve.defs import CrateNum, DefId, DefKind, DefRes
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.ty.generics import ParamKind

# =================================================================================================
# E0072
# =================================================================================================


class _Repr:
    """Which types an ADT stores by value (rustc's `params_in_repr` and representability)."""

    def __init__(self, tcx: TyCtxt) -> None:
        self.tcx = tcx
        self._params: dict[DefId, frozenset[int]] = {}

    def params_in_repr(self, adt: DefId) -> frozenset[int]:
        got = self._params.get(adt)
        if got is not None:
            return got
        self._params[adt] = frozenset()  # cycles: nothing more than found so far
        out: set[int] = set()
        for v in self.tcx.adt_def(adt).variants:
            for f in v.fields:
                self._collect_params(self.tcx.type_of(f.def_id), out)
        res = frozenset(out)
        self._params[adt] = res
        return res

    def _collect_params(self, ty: t.Ty, out: set[int]) -> None:
        stack = [ty]
        while stack:
            x = stack.pop()
            if isinstance(x, t.Param):
                out.add(x.index)
            elif isinstance(x, t.Adt):
                inner = self.params_in_repr(x.def_id)
                for i, a in enumerate(x.args):
                    if i in inner and isinstance(a, t.Ty):
                        stack.append(a)
            elif isinstance(x, t.Tuple):
                stack.extend(x.elems)
            elif isinstance(x, t.Array):
                stack.append(x.elem)

    def contains(self, ty: t.Ty, target: DefId, visiting: set[DefId]) -> bool:
        """`ty` stores a value of the ADT `target` (through fields, tuples, arrays)."""
        stack = [ty]
        while stack:
            x = stack.pop()
            if isinstance(x, t.Adt):
                if x.def_id == target:
                    return True
                if x.def_id in visiting:
                    continue
                visiting.add(x.def_id)
                for v in self.tcx.adt_def(x.def_id).variants:
                    for f in v.fields:
                        stack.append(self.tcx.field_ty(f, x.args))
            elif isinstance(x, t.Tuple):
                stack.extend(x.elems)
            elif isinstance(x, t.Array):
                stack.append(x.elem)
        return False


def _adt_fields(item: hir.Item) -> list[hir.FieldDef]:
    if isinstance(item, hir.StructItem | hir.UnionItem):
        return list(item.data.fields)
    if isinstance(item, hir.EnumItem):
        return [f for v in item.variants for f in v.data.fields]
    return []


def _path_adt(ty: hir.Ty) -> tuple[DefId, tuple[hir.Ty, ...]] | None:
    """The ADT a written path type names, with its written type arguments."""
    if not isinstance(ty, hir.PathTy) or not isinstance(ty.qpath, hir.ResolvedPath) or ty.qpath.qself is not None:
        return None
    res = ty.qpath.path.res
    if not isinstance(res, DefRes) or res.kind not in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION):
        return None
    seg = ty.qpath.path.segments[-1]
    args: list[hir.Ty] = []
    if seg.args is not None:
        for a in seg.args.args:
            if isinstance(a, hir.TypeArg):
                args.append(a.ty)
    return res.def_id, tuple(args)


def _find_in_hir(tcx: TyCtxt, rep: _Repr, hty: hir.Ty, target: DefId, local_ok: bool) -> tuple[Span, DefId] | None:
    """The innermost written type inside `hty` through which `target` is stored by value:
    (its span, the ADT it names — `target` itself, or a local ADT that contains it)."""
    stack = [hty]
    while stack:
        x = stack.pop(0)
        if isinstance(x, hir.TupleTy):
            stack[:0] = list(x.elems)
            continue
        if isinstance(x, hir.ArrayTy):
            stack.insert(0, x.elem)
            continue
        named = _path_adt(x)
        if named is None:
            continue
        adt, args = named
        if adt == target:
            return x.span, adt
        inner = rep.params_in_repr(adt)
        ty_params = [p.index for p in tcx.generics_of(adt).all_params if p.kind is ParamKind.TYPE]
        for i, a in enumerate(args):
            if i < len(ty_params) and ty_params[i] in inner:
                r = _find_in_hir(tcx, rep, a, target, local_ok)
                if r is not None:
                    return r
        if local_ok and tcx.crate_of(adt) == tcx.crate_of(target) and _fields_contain(tcx, rep, adt, target):
            return x.span, adt
    return None


def _fields_contain(tcx: TyCtxt, rep: _Repr, adt: DefId, target: DefId) -> bool:
    visiting = {adt}
    for v in tcx.adt_def(adt).variants:
        for f in v.fields:
            if rep.contains(tcx.type_of(f.def_id), target, visiting):
                return True
    return False


def _head_span(item: hir.Item) -> Span:
    """`struct Name<..>`: the item up to its name and generics (rustc's `def_span`)."""
    generics = getattr(item, "generics", None)
    hi = item.ident.span.hi
    if isinstance(generics, hir.Generics) and generics.params and generics.span.hi > hi:
        hi = generics.span.hi
    return item.span.with_hi(hi)


def check_duplicate_fields(tcx: TyCtxt, crate: CrateNum) -> None:
    """E0124: a struct, union or variant declaring a field name twice (rustc reports it
    while collecting the type's definition)."""
    for _, item in tcx.items_of_crate(crate):
        if isinstance(item, hir.StructItem | hir.UnionItem):
            datas = [item.data]
        elif isinstance(item, hir.EnumItem):
            datas = [v.data for v in item.variants]
        else:
            continue
        for data in datas:
            first: dict[str, hir.FieldDef] = {}
            for f in data.fields:
                name = f.ident.name
                if name == "_" or f.span.ctxt != 0:
                    continue
                prev = first.setdefault(name, f)
                if prev is not f:
                    d = Diagnostic.error(f"field `{name}` is already declared", f.span, "E0124")
                    d.with_primary(f.span, "field already declared")
                    d.with_label(prev.span, f"`{name}` first declared here")
                    tcx.emit(d)


def check_representable(tcx: TyCtxt, crate: CrateNum) -> frozenset[DefId]:
    """E0072 for each cycle; returns the types on the cycles reported."""
    rep = _Repr(tcx)
    reported: set[DefId] = set()
    for def_id, item in tcx.items_of_crate(crate):
        if def_id in reported:
            continue
        if not isinstance(item, hir.StructItem | hir.EnumItem | hir.UnionItem):
            continue
        cycle = _cycle_from(tcx, rep, def_id)
        if cycle is None:
            continue
        reported.update(d for d, _ in cycle)
        _report_cycle(tcx, cycle)
    return frozenset(reported)


def _cycle_from(tcx: TyCtxt, rep: _Repr, start: DefId) -> list[tuple[DefId, Span]] | None:
    """[(adt, span of the field type leading on)] around a cycle back to `start`."""
    out: list[tuple[DefId, Span]] = []
    cur = start
    seen = {start}
    for _ in range(16):
        item = tcx.hir_item(cur)
        if item is None:
            return None
        step: tuple[Span, DefId] | None = None
        for f in _adt_fields(item):
            step = _find_in_hir(tcx, rep, f.ty, start, True)
            if step is not None:
                break
        if step is None:
            return None
        span, nxt = step
        out.append((cur, span))
        if nxt == start:
            return out
        if nxt in seen:
            return None
        seen.add(nxt)
        cur = nxt
    return None


def _report_cycle(tcx: TyCtxt, cycle: list[tuple[DefId, Span]]) -> None:
    names = [f"`{tcx.item_name(adt)}`" for adt, _ in cycle]
    if len(names) == 1:
        msg = f"recursive type {names[0]} has infinite size"
    else:
        listed = ", ".join(names[:-1]) + f" and {names[-1]}"
        msg = f"recursive types {listed} have infinite size"
    heads = []
    for adt, _ in cycle:
        item = tcx.hir_item(adt)
        assert item is not None
        heads.append(_head_span(item))
    d = Diagnostic.error(msg, heads[0], "E0072")
    for h in heads[1:]:
        d.with_primary(h)
    for _, span in cycle:
        d.with_label(span, "recursive without indirection")
    parts: list[SubstitutionPart] = []
    for _, span in cycle:
        parts.append(SubstitutionPart(span.shrink_to_lo(), "Box<"))
        parts.append(SubstitutionPart(span.shrink_to_hi(), ">"))
    d.suggestions.append(
        Suggestion(
            "insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
            tuple(parts),
            Applicability.HAS_PLACEHOLDERS,
        )
    )
    tcx.emit(d)


# =================================================================================================
# E0204
# =================================================================================================


def check_copy_impl(tcx: TyCtxt, impl_id: DefId, item: hir.ImplItem) -> None:
    """`Copy` for a type whose fields are not all `Copy`."""
    from ferric.typeck.check import FnCtxt, param_env_for

    copy = tcx.lang_item("copy")
    self_ty = tcx.type_of(impl_id)
    if copy is None or not isinstance(self_ty, t.Adt) or self_ty.flags & t.HAS_ERROR:
        return
    adt = tcx.adt_def(self_ty.def_id)
    fcx = FnCtxt(tcx, impl_id, param_env_for(tcx, impl_id))
    bad: list[DefId] = []
    for v in adt.variants:
        for f in v.fields:
            fty = fcx.normalize(tcx.field_ty(f, self_ty.args), item.self_ty.span)
            if fty.flags & t.HAS_ERROR:
                continue
            if fcx.type_implements(fty, copy) is False:
                bad.append(f.def_id)
    if not bad:
        return
    span = item.self_ty.span
    derive_span: Span | None = None
    adt_item = tcx.hir_item(self_ty.def_id)
    if item.span.ctxt != 0 and adt_item is not None:
        # `#[derive(Copy)]`: rustc points at the type's name, and at the derive.
        derive_span = Span(span.lo, span.hi)
        span = adt_item.ident.span
    d = Diagnostic.error("the trait `Copy` cannot be implemented for this type", span, "E0204")
    if derive_span is not None:
        d.with_label(derive_span, "in this derive macro expansion")
    for field_id in bad:
        node = tcx.hir_node(field_id)
        fspan = node.span if isinstance(node, hir.FieldDef) else tcx.def_span(field_id)
        d.with_label(fspan, "this field does not implement `Copy`")
    tcx.emit(d)
