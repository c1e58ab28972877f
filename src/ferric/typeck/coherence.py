"""Coherence: no two impls of a trait may apply to the same type (rustc's
`specialization_graph` overlap check and `traits/coherence.rs`), E0119.

`coherent_trait(tcx, trait, impls)` takes the local crate's impls of a trait (checked
when the first of them is, as rustc's item checks ask for `coherent_trait`) and runs the
orphan check on each. Impls are visited in rustc's order (std's first,
then the crate's in definition order, with impls made by macro expansion — `#[derive]` —
after the written ones) and each local impl is compared with every earlier impl whose self
type may be the same (`simplify_type` keys):

1. both headers are instantiated with fresh inference variables and unified; if they
   cannot be, no overlap;
2. each where clause of both impls is evaluated (`SelectionContext.evaluate`); one that
   cannot hold makes them disjoint — unless it is not *knowable* (rustc's intercrate
   mode): a foreign trait for a foreign type may get an impl upstream ("upstream crates
   may add a new impl of trait `X` for type `Y` in future versions"), and a trait ref
   whose type could be a downstream crate's local type may be implemented there
   ("downstream crates may implement trait `X` for type `Y`"). Those count as holding,
   with the note.

Positive and negative impls are not compared (that is E0751, not checked), nor impls of
`#[rustc_marker]` traits. Input: the type context; output: E0119 diagnostics.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.infer.ctxt import InferCtxt
from ferric.infer.relate import TypeMismatch
from ferric.resolve.defs import LOCAL_CRATE, DefId
from ferric.traits.obligation import MISC_CAUSE, Obligation, ParamEnv
from ferric.traits.select import EvalResult, SelectionContext
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt, _has_attr, simplify_type
from ferric.ty.fold import instantiate
from ferric.ty.predicate import TraitPredicate, TraitRef
from ferric.typeck.orphan import check_orphan, impl_header_span, is_local, ty_is_local


@dataclass(slots=True)
class _Overlap:
    trait_ref: TraitRef
    """The unified trait ref (variables left print as `_`)."""
    notes: list[str]


def coherent_trait(tcx: TyCtxt, trait_id: DefId, impls: list[tuple[DefId, hir.ImplItem]]) -> bool:
    """rustc's `coherent_trait`: the orphan rules for each of the crate's impls of
    `trait_id` (`impls`), then overlap. False when an error was reported (the impls of the
    trait are then not checked further, as rustc does)."""
    ok = {impl_id for impl_id, item in impls if check_orphan(tcx, impl_id, item)}
    coherent = len(ok) == len(impls)
    attrs = tcx.defs[trait_id].attrs
    if _has_attr(attrs, "rustc_marker") or _has_attr(attrs, "marker"):
        return coherent
    return not _check_trait(tcx, trait_id, ok) and coherent


def _order_key(tcx: TyCtxt, impl_id: DefId) -> tuple[int, int, int]:
    local = tcx.crate_of(impl_id) == LOCAL_CRATE
    expanded = tcx.def_span(impl_id).ctxt != 0
    return (1 if local else 0, 1 if local and expanded else 0, int(impl_id))


def _check_trait(tcx: TyCtxt, trait_id: DefId, checked: set[DefId]) -> bool:
    """Overlap between the impls of `trait_id`; True when one was reported."""
    found = False
    impls = sorted(tcx.trait_impls(trait_id), key=lambda d: _order_key(tcx, d))
    # The simplified self types of the local impls: another crate's impl recorded with a
    # self type none of them has (and none has an unknown one) is never compared with
    # them, so it is passed over without decoding its trait ref.
    local_keys: set[object] = set()
    for impl_id in impls:
        if tcx.crate_of(impl_id) == LOCAL_CRATE:
            tr = tcx.impl_trait_ref(impl_id)
            local_keys.add(None if tr is None else simplify_type(tr.self_ty))
    seen: list[tuple[DefId, TraitRef, object]] = []
    for impl_id in impls:
        known, ext_key = tcx.extern_impl_self_key(impl_id)
        if known and ext_key is not None and ext_key not in local_keys and None not in local_keys:
            continue
        tr = tcx.impl_trait_ref(impl_id)
        if tr is None or tr.flags & t.HAS_ERROR:
            continue
        key = simplify_type(tr.self_ty)
        local = tcx.crate_of(impl_id) == LOCAL_CRATE
        if local and impl_id not in checked:
            continue  # an orphan: already reported
        if local:
            negative = tcx.impl_is_negative(impl_id)
            for other, other_tr, other_key in seen:
                if key is not None and other_key is not None and key != other_key:
                    continue
                if tcx.impl_is_negative(other) != negative:
                    continue
                ov = overlap(tcx, other, other_tr, impl_id, tr)
                if ov is not None:
                    _report(tcx, other, impl_id, ov)
                    found = True
                    break
            else:
                seen.append((impl_id, tr, key))
            continue
        seen.append((impl_id, tr, key))
    return found


# =================================================================================================
# The overlap check
# =================================================================================================


def overlap(tcx: TyCtxt, a: DefId, a_tr: TraitRef, b: DefId, b_tr: TraitRef) -> _Overlap | None:
    infcx = InferCtxt()
    sel = SelectionContext(tcx, infcx, ParamEnv(()))
    a_args = sel.fresh_args_for(a)
    b_args = sel.fresh_args_for(b)
    a_inst = instantiate(a_tr, a_args)
    b_inst = instantiate(b_tr, b_args)
    try:
        sel.equate.args(a_inst.args, b_inst.args)
    except TypeMismatch:
        return None
    notes: list[str] = []
    for impl_id, args in ((a, a_args), (b, b_args)):
        for clause, _ in tcx.predicates_of(impl_id):
            inst = instantiate(clause, args)
            if not isinstance(inst, TraitPredicate) or inst.negative:
                continue
            obl = Obligation(inst, MISC_CAUSE)
            result = sel.evaluate(obl)
            if result is not EvalResult.ERR:
                continue
            tr = sel.resolve_trait_ref(inst.trait_ref)
            note = _not_knowable(tcx, tr)
            if note is None:
                return None  # disjoint
            notes.append(note)
    unified = sel.resolve_trait_ref(a_inst)
    return _Overlap(unified, notes)


def _uncover(tcx: TyCtxt, ty: t.Ty) -> t.Ty:
    from ferric.typeck.orphan import _fundamental_inner

    while True:
        inner = _fundamental_inner(tcx, ty)
        if inner is None:
            return ty
        ty = inner


def _downstream_may_implement(tcx: TyCtxt, tr: TraitRef) -> bool:
    """rustc's `orphan_check_trait_ref(.., InCrate::Remote)`: a downstream crate could
    implement `tr` if an input type is still unknown (it may be that crate's type) before
    any known one."""
    for a in tr.args:
        if not isinstance(a, t.Ty):
            continue
        ty = _uncover(tcx, a)
        if isinstance(ty, t.Infer) and ty.kind is t.InferKind.TY:
            return True
        if isinstance(ty, t.Param):
            return True
    return False


def _local_may_implement_only(tcx: TyCtxt, tr: TraitRef) -> bool:
    """rustc's `orphan_check_trait_ref(.., InCrate::Local)`: only this crate could."""
    for a in tr.args:
        if not isinstance(a, t.Ty):
            continue
        if ty_is_local(tcx, a):
            return True
        ty = _uncover(tcx, a)
        if isinstance(ty, t.Infer | t.Param):
            return False
    return False


def _is_fundamental_trait(tcx: TyCtxt, trait_id: DefId) -> bool:
    lang = {v: k for k, v in tcx.hir.lang_items.items()}.get(trait_id)
    return lang in ("sized", "fn", "fn_mut", "fn_once") or _has_attr(tcx.defs[trait_id].attrs, "fundamental")


def _not_knowable(tcx: TyCtxt, tr: TraitRef) -> str | None:
    """None when whether `tr` holds is settled by the crates seen; else the note saying who
    may add an impl."""
    path = _full_trait_path(tcx, tr)
    self_ty = _full_ty_str(tcx, tr.self_ty)
    if _downstream_may_implement(tcx, tr):
        return f"downstream crates may implement trait `{path}` for type `{self_ty}`"
    if is_local(tcx, tr.def_id) or _is_fundamental_trait(tcx, tr.def_id):
        return None
    if _local_may_implement_only(tcx, tr):
        return None
    return f"upstream crates may add a new impl of trait `{path}` for type `{self_ty}` in future versions"


# -- printing with full paths (rustc prints these notes without trimming) -----------------------


def _full_path(tcx: TyCtxt, def_id: DefId) -> str:
    if tcx.crate_of(def_id) == LOCAL_CRATE:
        return tcx.def_path_str(def_id)
    return rustc_std_path(tcx, def_id)


_CRATE_OF_MODULE = {
    "vec": "alloc",
    "string": "alloc",
    "boxed": "alloc",
    "rc": "alloc",
    "collections": "alloc",
    "borrow": "alloc",
    "sync": "alloc",
    "fmt": "core",
}


def rustc_std_path(tcx: TyCtxt, def_id: DefId) -> str:
    """`std::vec::Vec`, `std::fmt::Display`: the std path of a definition as rustc prints
    it in coherence notes."""
    path = tcx.defs.path_str(def_id)
    parts = [p for p in path.split("::") if p]
    if parts and parts[0] in ("std", "core", "alloc"):
        parts = parts[1:]
    return "std::" + "::".join(parts) if parts else "std"


def _full_ty_str(tcx: TyCtxt, ty: t.Ty) -> str:
    if isinstance(ty, t.Adt):
        args = [a for a in ty.args if isinstance(a, t.Ty)]
        base = _full_path(tcx, ty.def_id)
        return base + (f"<{', '.join(_full_ty_str(tcx, a) for a in args)}>" if args else "")
    if isinstance(ty, t.Ref):
        return ("&mut " if ty.mutbl.value == "mut" else "&") + _full_ty_str(tcx, ty.pointee)
    return str(ty)


def _full_trait_path(tcx: TyCtxt, tr: TraitRef) -> str:
    args = [a for a in tr.args[1:] if isinstance(a, t.Ty)]
    base = _full_path(tcx, tr.def_id)
    return base + (f"<{', '.join(_full_ty_str(tcx, a) for a in args)}>" if args else "")


# =================================================================================================
# Reporting
# =================================================================================================


def _impl_span(tcx: TyCtxt, impl_id: DefId) -> Span:
    item = tcx.hir_item(impl_id)
    if isinstance(item, hir.ImplItem):
        if item.span.ctxt != 0:
            # Made by a derive: rustc points at the derive's path in the attribute.
            sp = item.of_trait.path.span if item.of_trait is not None else item.span
            return Span(sp.lo, sp.hi)
        return impl_header_span(item)
    return tcx.def_span(impl_id) if impl_id is not None else DUMMY_SP


def _report(tcx: TyCtxt, first: DefId, second: DefId, ov: _Overlap) -> None:
    tr = ov.trait_ref
    trait_desc = tr.print_only_trait_path()
    self_ty = tr.self_ty
    concrete = not (isinstance(self_ty, t.Infer) and self_ty.kind is t.InferKind.TY)
    for_ty = f" for type `{self_ty}`" if concrete else ""
    span = _impl_span(tcx, second)
    d = Diagnostic.error(f"conflicting implementations of trait `{trait_desc}`{for_ty}", span, "E0119")
    label = f"conflicting implementation for `{self_ty}`" if concrete else "conflicting implementation"
    if tcx.crate_of(first) == LOCAL_CRATE:
        d.with_label(_impl_span(tcx, first), "first implementation here")
        d.with_primary(span, label)
    else:
        d.with_note(f"conflicting implementation in crate `{_crate_of(tcx, first)}`:\n- {_impl_header_str(tcx, first)};")
    for n in ov.notes:
        d.with_note(n)
    tcx.emit(d)


def _crate_of(tcx: TyCtxt, impl_id: DefId) -> str:
    path = tcx.defs.path_str(impl_id)
    first = next((p for p in path.split("::") if p and p not in ("std", "core", "alloc")), "")
    return _CRATE_OF_MODULE.get(first, "core")


def _impl_header_str(tcx: TyCtxt, impl_id: DefId) -> str:
    tr = tcx.impl_trait_ref(impl_id)
    g = tcx.generics_of(impl_id)
    params = [p.name for p in g.own_params]
    head = f"impl<{', '.join(params)}>" if params else "impl"
    if tr is None:
        return head
    return f"{head} {tr.print_only_trait_path()} for {tr.self_ty}"
