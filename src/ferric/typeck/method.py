"""Method lookup (rustc's `method/probe.rs` and `method/confirm.rs`).

`probe_method(span, name, receiver_ty, call_id)` walks the receiver's auto-deref steps
(`T`, `*T`, ..., then `[T]` for an array) and, at each step, tries the method by value,
then by `&` auto-ref, then by `&mut` auto-ref. At each of those, inherent methods win over
trait methods; trait methods come from the traits in scope at the call (the resolver's
trait map, prelude included), from the bounds of a type parameter, and from a trait
object's principal trait. `confirm_method` then applies the receiver adjustments and
instantiates the signature.

`probe_assoc(span, name, self_ty, call_id)` finds `Type::name` (associated functions and
constants) the same way, without auto-deref.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.infer.relate import TypeMismatch
from ferric.resolve.defs import DefId, DefKind, HirId, Visibility
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import CauseKind, Obligation, ObligationCause
from ferric.traits.select import SelKind
from ferric.ty import ty as t
from ferric.ty.context import AssocItem, AssocKind, simplify_type
from ferric.ty.fold import instantiate
from ferric.ty.predicate import TraitPredicate, TraitRef
from ferric.typeck.coerce import Autoderef, CoerceChecker
from ferric.typeck.results import AdjustKind, Adjustment

MUT = Mutability.MUT
NOT = Mutability.NOT


@dataclass(slots=True)
class Candidate:
    item: AssocItem
    kind: str
    """"inherent" (an inherent impl), "trait" (a trait in scope), "param" (a bound of a
    type parameter), "object" (a trait object's trait)."""
    impl_id: DefId | None = None
    trait_id: DefId | None = None
    self_ty: t.Ty | None = None
    """"param"/"object": the step type whose bound it is."""
    unsatisfied: list[tuple[TraitPredicate, Span]] | None = None
    """"inherent": the impl's bounds that failed for a receiver that fitted (each resolved,
    with the bound's span): E0599's "its trait bounds were not satisfied"."""


@dataclass(slots=True)
class Pick:
    item: AssocItem
    kind: str
    autoderefs: int
    autoref: Mutability | None
    unsize: bool
    step_ty: t.Ty
    """The type the method was found on (`[T]` for an unsized array step)."""
    deref_ty: t.Ty
    """The receiver after `autoderefs` dereferences (the array itself when unsizing)."""
    args: t.GenericArgs
    """The parent (impl or trait) arguments found while matching."""
    ad: Autoderef | None = None


class MethodChecker(CoerceChecker):
    # -- candidates -----------------------------------------------------------------------------

    def traits_in_scope(self, call_id: HirId) -> tuple[DefId, ...]:
        return self.tcx.trait_map.get(call_id, ())

    def inherent_candidates(self, ty: t.Ty, name: str, kinds: tuple[AssocKind, ...]) -> list[Candidate]:
        out: list[Candidate] = []
        key = simplify_type(ty)
        if key is not None:
            for impl_id in self.tcx.inherent_impls(key):
                for it in self.tcx.associated_items_named(impl_id, name):
                    if it.kind in kinds:
                        out.append(Candidate(it, "inherent", impl_id=impl_id))
        # Bounds of type parameters and trait objects behave as inherent candidates.
        for trait_ref in self.bound_traits_of(ty):
            for tr in self.sel.elaborate(trait_ref):
                for it in self.tcx.associated_items_named(tr.def_id, name):
                    if it.kind in kinds:
                        kind = "param" if not isinstance(ty, t.Dynamic) else "object"
                        out.append(Candidate(it, kind, trait_id=tr.def_id, self_ty=ty))
        return out

    def bound_traits_of(self, ty: t.Ty) -> list[TraitRef]:
        ty = self.shallow(ty)
        out: list[TraitRef] = []
        if isinstance(ty, t.Param):
            for preds in self.param_env.trait_clauses.values():
                for p in preds:
                    if p.trait_ref.self_ty is ty:
                        out.append(p.trait_ref)
        elif isinstance(ty, t.Dynamic) and ty.principal is not None:
            out.append(TraitRef(ty.principal.def_id, (ty, *ty.principal.args)))
        elif isinstance(ty, t.Alias):
            for clause, _ in self.tcx.item_bounds(ty.def_id):
                if isinstance(clause, TraitPredicate):
                    out.append(instantiate(clause.trait_ref, ty.args))
            for preds in self.param_env.trait_clauses.values():
                for p in preds:
                    if p.trait_ref.self_ty is ty:
                        out.append(p.trait_ref)
        return out

    def extension_candidates(self, name: str, call_id: HirId, kinds: tuple[AssocKind, ...]) -> list[Candidate]:
        out: list[Candidate] = []
        named = self.tcx.associated_items_named
        for trait_id in self.traits_in_scope(call_id):
            for it in named(trait_id, name):
                if it.kind in kinds:
                    out.append(Candidate(it, "trait", trait_id=trait_id))
        return out

    # -- probing --------------------------------------------------------------------------------

    def probe_method(self, span: Span, name: str, recv_ty: t.Ty, call_id: HirId) -> tuple[Pick | None, list[Candidate]]:
        """The method to call, or None; the second result lists candidates that were
        found but not applicable (for error messages).

        As in rustc, the candidates are assembled once from every step (inherent impls of
        each step's type, bounds of each step that is a parameter or trait object) and
        then matched, step by step and auto-ref by auto-ref, against the method's `self`
        type: `Formatter::write_str(&mut self)` is found at the `&mut Formatter` step by
        value, before any trait method that would need an extra `&mut`."""
        ad = Autoderef(self, recv_ty, span)
        steps = list(ad)
        last = self.shallow(steps[-1]) if steps else recv_ty
        all_steps = [(i, s, s, False) for i, s in enumerate(steps)]
        if isinstance(last, t.Array):
            all_steps.append((len(steps) - 1, t.Slice(last.elem), last, True))
        kinds = (AssocKind.FN,)
        inherent: list[Candidate] = []
        seen: set[DefId] = set()
        for _, step_ty, _, _ in all_steps:
            step_ty = self.shallow(step_ty)
            if isinstance(step_ty, t.Infer) and step_ty.kind is t.InferKind.TY:
                break
            for c in self.inherent_candidates(step_ty, name, kinds):
                if c.item.fn_has_self and c.item.def_id not in seen:
                    seen.add(c.item.def_id)
                    inherent.append(c)
        ext = [c for c in self.extension_candidates(name, call_id, kinds) if c.item.fn_has_self]
        rejected: list[Candidate] = []
        for i, step_ty, deref_ty, unsize in all_steps:
            resolved = self.shallow(step_ty)
            if isinstance(resolved, t.Infer) and resolved.kind is t.InferKind.TY:
                break
            for autoref in (NOT, MUT) if unsize else (None, NOT, MUT):
                adjusted = step_ty if autoref is None else t.Ref(self.infcx.next_region_var(), step_ty, autoref)
                for group in (inherent, ext):
                    picks: list[tuple[Candidate, t.GenericArgs]] = []
                    for cand in group:
                        args = self.consider(cand, adjusted, span)
                        if args is not None:
                            picks.append((cand, args))
                        elif cand not in rejected:
                            rejected.append(cand)
                    if picks:
                        picks = self._dedupe(picks)
                        if len(picks) > 1:
                            self.report_ambiguous_methods(span, name, [c for c, _ in picks])
                        cand, args = picks[0]
                        # Commit: re-match for real (the probe rolled back).
                        args = self.consider(cand, adjusted, span, commit=True) or args
                        return Pick(cand.item, cand.kind, i, autoref, unsize, step_ty, deref_ty, args, ad), rejected
        return None, rejected

    def _dedupe(self, picks: list[tuple[Candidate, t.GenericArgs]]) -> list[tuple[Candidate, t.GenericArgs]]:
        seen: set[DefId] = set()
        out = []
        for c, a in picks:
            if c.item.def_id not in seen:
                seen.add(c.item.def_id)
                out.append((c, a))
        # A trait method also reached through a param bound is the same method.
        return out

    def consider(self, cand: Candidate, adjusted: t.Ty, span: Span, commit: bool = False) -> t.GenericArgs | None:
        """Does `cand` apply with receiver type `adjusted`? Returns the parent args."""
        snap = self.infcx.snapshot()
        ok = False
        try:
            parent_args = self._parent_args(cand, None, span)
            if parent_args is None:
                return None
            sig = self.tcx.fn_sig(cand.item.def_id)
            if not sig.inputs:
                return None
            if not self.sel.may_unify_shape(sig.inputs[0], adjusted):
                return None  # (told by shapes alone: unification below would fail)
            g = self.tcx.generics_of(cand.item.def_id)
            own = tuple(p.to_arg() for p in g.own_params)
            xform = instantiate(sig.inputs[0], parent_args + own)
            xform = self.normalize(xform, span)
            try:
                self.equate.tys(xform, adjusted)
            except TypeMismatch:
                return None
            cause = ObligationCause(span)
            if cand.kind == "trait" and cand.trait_id is not None:
                tr = TraitRef(cand.trait_id, parent_args[: self.tcx.generics_of(cand.trait_id).count()])
                if not self.sel.predicate_may_hold(Obligation(TraitPredicate(tr), cause)):
                    return None
            elif cand.kind == "inherent" and cand.impl_id is not None:
                failed: list[tuple[TraitPredicate, Span]] = []
                for clause, bound_span in self.tcx.predicates_of(cand.impl_id):
                    inst = instantiate(clause, parent_args)
                    if not self.sel.predicate_may_hold(Obligation(inst, cause)):
                        if isinstance(inst, TraitPredicate):
                            resolved = self.infcx.resolve_vars_if_possible(inst)
                            assert isinstance(resolved, TraitPredicate)
                            failed.append((resolved, bound_span))
                        else:
                            return None
                if failed:
                    if cand.unsatisfied is None:
                        cand.unsatisfied = failed
                    return None
            ok = True
            return parent_args
        finally:
            if not (commit and ok):
                self.infcx.rollback_to(snap)

    def _parent_args(self, cand: Candidate, self_ty: t.Ty | None, span: Span) -> t.GenericArgs | None:
        """Fresh arguments for the candidate's impl or trait; with `self_ty`, the impl's
        self type (or the bound's) is matched against it."""
        if cand.kind == "inherent" and cand.impl_id is not None:
            fresh = self.fresh_args_for(cand.impl_id, span)
            if self_ty is not None:
                impl_self = instantiate(self.tcx.type_of(cand.impl_id), fresh)
                try:
                    self.equate.tys(impl_self, self_ty)
                except TypeMismatch:
                    return None
            return fresh
        if cand.trait_id is not None:
            fresh = self.fresh_args_for(cand.trait_id, span)
            if cand.kind in ("param", "object"):
                bound_self = self_ty if self_ty is not None else cand.self_ty
                if bound_self is None:
                    return None
                for tr in self.bound_traits_of(bound_self):
                    for sup in self.sel.elaborate(tr):
                        if sup.def_id == cand.trait_id:
                            snap = self.infcx.snapshot()
                            try:
                                self.equate.args(sup.args, fresh)
                            except TypeMismatch:
                                self.infcx.rollback_to(snap)
                                continue
                            return fresh
                return None
            return fresh
        return None

    # -- confirmation ---------------------------------------------------------------------------

    def confirm_method(self, span: Span, call_id: HirId, receiver: hir.Expr, recv_ty: t.Ty, pick: Pick, segment: hir.PathSegment) -> t.FnSig:
        # Receiver adjustments: derefs, then autoref, then unsize.
        adj: list[Adjustment] = []
        if pick.autoderefs and pick.ad is not None:
            adj.extend(pick.ad.adjustments(pick.autoderefs, pick.deref_ty))
        cur = pick.deref_ty
        if pick.autoref is not None:
            cur = t.Ref(self.infcx.next_region_var(), cur, pick.autoref)
            adj.append(Adjustment(AdjustKind.BORROW, cur, mutbl=pick.autoref))
        if pick.unsize:
            cur = t.Ref(cur.region, pick.step_ty, cur.mutbl) if isinstance(cur, t.Ref) else pick.step_ty
            adj.append(Adjustment(AdjustKind.UNSIZE, cur))
        self.apply_adjustments(receiver, adj)
        # Generic arguments: the parents' from the pick, the method's own from the turbofish.
        own = self.lowerer.lower_own_args(pick.item.def_id, segment, segment.ident.span)
        args = pick.args + own
        self.results.type_dependent_defs[call_id] = (DefKind.ASSOC_FN, pick.item.def_id)
        self.write_args(call_id, args)
        if not segment.args:
            self.method_name_spans[call_id] = segment.ident.span
        sig = self.tcx.fn_sig_instantiated(pick.item.def_id, args)
        # rustc's confirmation normalizes at the method's name (an E0271 on `parse`'s
        # `F::Err` points there).
        at = segment.ident.span
        sig = sig.replace(inputs=tuple(self.normalize(i, at) for i in sig.inputs), output=self.normalize(sig.output, at))
        self.register_predicates_of(pick.item.def_id, args, span)
        self.wf_args.append((args, span))
        self.check_method_visibility(pick.item, segment.ident.span)
        return sig

    # -- associated items by path ----------------------------------------------------------------

    def probe_assoc(self, span: Span, name: str, self_ty: t.Ty, call_id: HirId) -> tuple[Candidate, t.GenericArgs] | None:
        """`Type::name`: an associated fn or const of `self_ty` (inherent first, then traits
        in scope and bounds)."""
        kinds = (AssocKind.FN, AssocKind.CONST)
        ext = self.extension_candidates(name, call_id, kinds)
        inherent = self.inherent_candidates(self_ty, name, kinds)
        if not inherent and len({c.trait_id for c in ext}) > 1:
            self._report_ambiguous_assoc(span, name, self_ty, ext)
        for group in (inherent, ext):
            for cand in group:
                snap = self.infcx.snapshot()
                parent_args = self._parent_args(cand, self_ty, span)
                if parent_args is None:
                    self.infcx.rollback_to(snap)
                    continue
                if cand.kind == "trait" and cand.trait_id is not None:
                    try:
                        self.equate.tys(parent_args[0], self_ty)  # type: ignore[arg-type]
                    except TypeMismatch:
                        self.infcx.rollback_to(snap)
                        continue
                    tr = TraitRef(cand.trait_id, parent_args[: self.tcx.generics_of(cand.trait_id).count()])
                    if not self.sel.predicate_may_hold(Obligation(TraitPredicate(tr), ObligationCause(span))):
                        self.infcx.rollback_to(snap)
                        continue
                    self.register(TraitPredicate(tr), ObligationCause(span, CauseKind.MISC))
                return cand, parent_args
        return None

    def _report_ambiguous_assoc(self, span: Span, name: str, self_ty: t.Ty, cands: list[Candidate]) -> None:
        """`Dog::baby_name()` with two traits in scope that `Dog` implements, each with a
        `baby_name`: E0034 with each impl's item as a candidate."""
        found: list[tuple[Candidate, DefId | None, Span]] = []
        for cand in cands:
            if cand.trait_id is None:
                continue
            snap = self.infcx.snapshot()
            try:
                fresh = self.fresh_args_for(cand.trait_id, span)
                self.equate.tys(fresh[0], self_ty)  # type: ignore[arg-type]
                tr = TraitRef(cand.trait_id, fresh)
                sel = self.sel.select(Obligation(TraitPredicate(tr), ObligationCause(span)))
                if sel.kind is not SelKind.OK:
                    continue
                item_span = self.tcx.def_span(cand.item.def_id)
                if sel.impl_id is not None:
                    impl_item = self.tcx.find_assoc(sel.impl_id, name, cand.item.kind)
                    if impl_item is not None:
                        item_span = self.tcx.def_span(impl_item.def_id)
                found.append((cand, sel.impl_id, item_span))
            except TypeMismatch:
                continue
            finally:
                self.infcx.rollback_to(snap)
        if len(found) < 2:
            return
        d = Diagnostic.error("multiple applicable items in scope", span, "E0034")
        d.with_primary(span, f"multiple `{name}` found")
        for i, (cand, _impl, item_span) in enumerate(found, 1):
            assert cand.trait_id is not None
            d.with_note(f"candidate #{i} is defined in an impl of the trait `{self.tcx.def_path_str(cand.trait_id)}` for the type `{self.resolve(self_ty)}`", item_span)
        self.emit(d)

    # -- visibility ---------------------------------------------------------------------------

    def module_of(self, def_id: DefId) -> DefId:
        cur: DefId | None = def_id
        while cur is not None:
            if self.tcx.def_kind(cur) is DefKind.MOD:
                return cur
            cur = self.tcx.parent(cur)
        return def_id

    def is_accessible(self, vis: Visibility) -> bool:
        if vis.public or vis.restricted_to is None:
            return True
        cur: DefId | None = self.module_of(self.owner)
        while cur is not None:
            if cur == vis.restricted_to:
                return True
            cur = self.tcx.parent(cur)
        return False

    def check_method_visibility(self, item: AssocItem, span: Span) -> None:
        container = self.tcx.def_kind(item.container)
        if container is not DefKind.IMPL or self.tcx.impl_trait_ref(item.container) is not None:
            return
        vis = self.tcx.defs[item.def_id].vis
        if not self.is_accessible(vis):
            kind = "method" if item.fn_has_self else "associated function"
            d = Diagnostic.error(f"{kind} `{item.name}` is private", span, "E0624")
            d.with_primary(span, f"private {kind}")
            d.with_label(self.tcx.def_span(item.def_id), f"private {kind} defined here")
            self.emit(d)

    # -- errors ----------------------------------------------------------------------------------

    def report_ambiguous_methods(self, span: Span, name: str, cands: list[Candidate]) -> None:
        d = Diagnostic.error("multiple applicable items in scope", span, "E0034")
        d.with_primary(span, f"multiple `{name}` found")
        self.emit(d)
