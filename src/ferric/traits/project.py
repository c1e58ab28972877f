"""Projection normalization: `<Vec<u8> as IntoIterator>::Item` -> `u8`.

`normalize_projection(selcx, alias, obligation)` finds what an associated type is for the
(possibly partly inferred) self type: from a where clause (`T: Iterator<Item = u32>`), a
trait object (`dyn Iterator<Item = u32>`), a closure or fn item (`FnOnce::Output`), or the
single impl that applies. It returns the alias unchanged when it is rigid (`T::Item` for a
parameter `T` with no equality bound), and None when it cannot be known yet (the self type
is still an inference variable, or several impls could apply) — the caller then makes an
inference variable and an obligation to retry later.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from ferric.base.span import DUMMY_SP
from ferric.infer.relate import TypeMismatch
from ferric.traits.obligation import MISC_CAUSE, Obligation
from ferric.traits.select import EvalResult
from ferric.ty import ty as t
from ferric.ty.context import AssocKind
from ferric.ty.fold import TypeFolder, instantiate
from ferric.ty.predicate import ProjectionPredicate, TraitPredicate, TraitRef

if TYPE_CHECKING:
    from ferric.traits.select import SelectionContext


def normalize_projection(sel: SelectionContext, alias: t.Alias, obl: Obligation | None) -> t.Ty | None:
    if alias.kind is not t.AliasKind.PROJECTION:
        return alias
    tcx = sel.tcx
    infcx = sel.infcx
    item_id = alias.def_id
    trait_id = tcx.parent(item_id)
    if trait_id is None:
        return alias
    n = tcx.generics_of(trait_id).count()
    args = infcx.resolve_vars_if_possible(alias.args)
    assert isinstance(args, tuple)
    if any(isinstance(a, t.Ty) and a.flags & t.HAS_PROJECTION for a in args):
        # `<<I as Iterator>::Item as Try>::Residual`: the inner projection first.
        args = tuple(normalize_deep(sel, a, obl) if isinstance(a, t.Ty) else a for a in args)
    trait_ref = TraitRef(trait_id, args[:n])
    own_args = args[n:]
    self_ty = infcx.shallow_resolve(trait_ref.self_ty)
    if isinstance(self_ty, t.Error):
        return t.ERROR
    if isinstance(self_ty, t.Infer) and self_ty.kind is t.InferKind.TY:
        # It may turn out to be a projection or a trait object: ambiguous, even if a where
        # clause would match (rustc's `assemble_candidates_from_trait_def` marks it so).
        return None
    # Where clauses: `T: Iterator<Item = X>`.
    for clause in sel.param_env.projection_clauses.get(item_id, ()):
        snap = infcx.snapshot()
        try:
            sel.equate.args(clause.alias.args, args)
            return _normalize_result(sel, clause.term, obl)
        except TypeMismatch:
            infcx.rollback_to(snap)
    # Bounds of an alias self type (`impl Iterator<Item = u32>`, `T::IntoIter: Iterator<Item = ..>`).
    if isinstance(self_ty, t.Alias):
        for bound, _ in tcx.item_bounds(self_ty.def_id):
            if isinstance(bound, ProjectionPredicate) and bound.alias.def_id == item_id:
                inst = instantiate(bound, self_ty.args)
                assert isinstance(inst, ProjectionPredicate)
                snap = infcx.snapshot()
                try:
                    sel.equate.args(inst.alias.args, args)
                    return _normalize_result(sel, inst.term, obl)
                except TypeMismatch:
                    infcx.rollback_to(snap)
    # Trait objects.
    if isinstance(self_ty, t.Dynamic):
        for proj in self_ty.projections:
            if proj.def_id == item_id:
                return proj.term
    # `FnOnce::Output` of closures, fn items and fn pointers.
    lang = sel.lang_of.get(trait_id)
    if lang in ("fn_once", "fn_mut", "fn") and tcx.item_name(item_id) == "Output":
        if isinstance(self_ty, t.Closure):
            sig = infcx.shallow_resolve(self_ty.sig_ty)
            if isinstance(sig, t.FnPtr):
                # rustc's `confirm_param_env_candidate`: arguments that cannot be the
                # closure's make the output an error (the failed `Fn` bound is reported,
                # E0631, not this projection).
                if len(trait_ref.args) > 1 and isinstance(trait_ref.args[1], t.Ty):
                    snap = infcx.snapshot()
                    try:
                        sel.equate.tys(trait_ref.args[1], t.Tuple(sig.sig.inputs))
                    except TypeMismatch:
                        infcx.rollback_to(snap)
                        return t.ERROR
                return _normalize_result(sel, sig.sig.output, obl)
            return None
        if isinstance(self_ty, t.FnDef):
            # (`fn block_on<F: Future>(f: F) -> F::Output` used as a value: its output is
            # normalized too, or becomes a variable with an obligation.)
            return _normalize_result(sel, tcx.fn_sig_instantiated(self_ty.def_id, self_ty.args).output, obl)
        if isinstance(self_ty, t.FnPtr):
            return _normalize_result(sel, self_ty.sig.output, obl)
    if lang == "future_trait" and isinstance(self_ty, t.Coroutine):
        return self_ty.return_ty
    if lang == "discriminant_kind":
        # Built in: an enum's discriminant is its `#[repr]` integer (`isize` by default);
        # every other type's is `u8`.
        if isinstance(self_ty, t.Adt):
            adt = tcx.adt_def(self_ty.def_id)
            if adt.is_enum:
                return t.PRIMITIVES.get(adt.repr_int or "isize", t.PRIMITIVES["isize"])
            return t.PRIMITIVES["u8"]
        if not isinstance(self_ty, t.Param | t.Alias | t.Infer):
            return t.PRIMITIVES["u8"]
    if (isinstance(self_ty, t.Param | t.Alias) or trait_ref.flags & t.HAS_PARAMS) and any(sel.matches(c.trait_ref, trait_ref) for c in sel.param_env.trait_clauses.get(trait_id, ())):
        # Proven by a where clause (`T: Iterator`): rigid, even if a blanket impl would
        # also apply.
        return t.Alias(t.AliasKind.PROJECTION, item_id, args)
    # Impls (blanket impls apply to type parameters too: `<T as IntoIterator>::Item` for
    # `T: Iterator` is `<T as Iterator>::Item`).
    cands = [c for c in sel.impl_candidates(trait_ref) if not c.negative]
    if len(cands) > 1:
        # Keep the impls whose where clauses may hold (`impl<T, U: Into<T>> TryFrom<U> for
        # T` does not apply to `u8: TryFrom<u32>`).
        tobl = Obligation(TraitPredicate(trait_ref), obl.cause if obl is not None else MISC_CAUSE, obl.depth if obl is not None else 0)
        cands = [c for c in cands if sel.evaluate_candidate(c, trait_ref, tobl) is not EvalResult.ERR]
    if len(cands) != 1:
        if not cands and isinstance(self_ty, t.Adt | t.Tuple | t.Array | t.Slice | t.Str | t.Ref | t.RawPtr | t.Bool | t.Char | t.Int | t.Uint | t.Float | t.Closure | t.FnDef) and not trait_ref.flags & t.HAS_TY_OR_CT_INFER:
            # The trait is not implemented (that error is reported where the trait is
            # required): the projection is an error, so its uses stay quiet (rustc's
            # `normalize_to_error`).
            return t.ERROR
        if not cands and (not trait_ref.flags & t.HAS_TY_OR_CT_INFER or isinstance(self_ty, t.Param)):
            return t.Alias(t.AliasKind.PROJECTION, item_id, args)
        return None
    impl_id = cands[0].impl_id
    assert impl_id is not None
    fresh = sel.fresh_args_for(impl_id)
    impl_tr = tcx.impl_trait_ref(impl_id)
    assert impl_tr is not None
    try:
        sel.equate.args(instantiate(impl_tr, fresh).args, trait_ref.args)
    except TypeMismatch:
        return None
    if sel.nested_sink is not None:
        # The impl's where clauses that still have unknowns constrain the result (`impl<B,
        # I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> { type Item = B }`).
        cause = obl.cause if obl is not None else MISC_CAUSE
        depth = (obl.depth if obl is not None else 0) + 1
        for pred, _ in tcx.predicates_of(impl_id):
            where = instantiate(pred, fresh)
            if where.flags & t.HAS_TY_OR_CT_INFER:
                sel.push_normalized(where, cause, depth, sel.nested_sink)
    elif not trait_ref.flags & t.HAS_TY_OR_CT_INFER:
        # Fully known types (code generation): the impl's projection bounds fix the
        # parameters the trait reference does not (`B` above, from the closure's output).
        _constrain_by_projection_bounds(sel, impl_id, fresh, obl)
    name = tcx.item_name(item_id)
    impl_item = tcx.find_assoc(impl_id, name, AssocKind.TYPE)
    if impl_item is not None:
        # The impl's type may itself be a projection (`type Item = <I as Iterator>::Item`).
        return _normalize_result(sel, instantiate(tcx.type_of(impl_item.def_id), fresh + own_args), obl)
    # The trait's default.
    trait_item = tcx.hir_item(item_id)
    ty = getattr(trait_item, "ty", None)
    if ty is not None:
        from ferric.ty.lower import HirTyLowerer

        default = HirTyLowerer(tcx, item_id).lower_ty(ty)
        return _normalize_result(sel, instantiate(default, trait_ref.args + own_args), obl)
    # The impl lacks the item (E0046 is reported on the impl): an error type.
    return t.ERROR


def _constrain_by_projection_bounds(sel: SelectionContext, impl_id: object, fresh: t.GenericArgs, obl: Obligation | None) -> None:
    infcx = sel.infcx
    for pred, _ in sel.tcx.predicates_of(impl_id):  # type: ignore[arg-type]
        if not isinstance(pred, ProjectionPredicate):
            continue
        p = instantiate(pred, fresh)
        assert isinstance(p, ProjectionPredicate)
        term = infcx.resolve_ty(p.term)
        if not term.flags & t.HAS_TY_OR_CT_INFER:
            continue
        alias = infcx.resolve_ty(p.alias)
        if alias.flags & t.HAS_TY_OR_CT_INFER:
            continue
        got = normalize_deep(sel, alias, obl)
        if got.flags & t.HAS_PROJECTION:
            continue
        with contextlib.suppress(TypeMismatch):
            sel.equate.tys(infcx.resolve_ty(got), term)


_result_depth = 0


def _normalize_result(sel: SelectionContext, ty: t.Ty, obl: Obligation | None) -> t.Ty:
    global _result_depth
    if not ty.flags & t.HAS_PROJECTION or _result_depth > 32:
        return ty
    _result_depth += 1
    sink = sel.nested_sink

    def on_ambiguous(alias: t.Alias) -> t.Ty:
        # `type Item = U::Item` where `U` is still unknown (it is fixed by the impl's where
        # clauses, pushed above): a fresh variable and an obligation to find it later
        # (rustc's `normalize_with_depth_to`). Without a sink the projection stays as it is.
        if sink is None:
            return alias
        var = sel.infcx.next_ty_var(obl.cause.span if obl is not None else DUMMY_SP)
        cause = obl.cause if obl is not None else MISC_CAUSE
        sink.append(Obligation(ProjectionPredicate(alias, var), cause, (obl.depth if obl is not None else 0) + 1))
        return var

    try:
        return normalize_deep(sel, ty, obl, on_ambiguous)
    finally:
        _result_depth -= 1


class _Normalizer(TypeFolder):
    needs = t.HAS_PROJECTION

    def __init__(self, sel: SelectionContext, obl: Obligation | None, on_ambiguous: object = None) -> None:
        super().__init__()
        self.sel = sel
        self.obl = obl
        self.on_ambiguous = on_ambiguous
        self.depth = 0

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & t.HAS_PROJECTION:
            return ty
        ty = self.super_fold_ty(ty)
        if isinstance(ty, t.Alias) and ty.kind is t.AliasKind.PROJECTION:
            self.depth += 1
            if self.depth > 64:
                return ty
            res = normalize_projection(self.sel, ty, self.obl)
            if res is None:
                if callable(self.on_ambiguous):
                    made = self.on_ambiguous(ty)
                    assert isinstance(made, t.Ty)
                    return made
                return ty
            if res is not ty and res.flags & t.HAS_PROJECTION:
                return self.fold_ty(self.sel.infcx.resolve_ty(res))
            return res
        return ty


def normalize_deep(sel: SelectionContext, ty: t.Ty, obl: Obligation | None, on_ambiguous: object = None) -> t.Ty:
    """`ty` with every projection inside it normalized where possible. `on_ambiguous(alias)`
    is called for projections that cannot be known yet (it returns the type to use, usually
    a fresh inference variable registered with an obligation)."""
    if not ty.flags & t.HAS_PROJECTION:
        return ty
    return _Normalizer(sel, obl, on_ambiguous).fold_ty(sel.infcx.resolve_ty(ty))
