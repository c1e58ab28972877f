"""Trait selection: which impl (or where clause, or built-in rule) proves `T: Trait`.

`SelectionContext.select(obligation)` assembles candidates, keeps the applicable ones and,
when exactly one is left, confirms it: unifies, and returns the nested obligations it
brings (an impl's where clauses, a tuple's elements for `Copy`, a struct's fields for an
auto trait). With none left the obligation is unimplemented; with several (or a self type
still unknown) it is ambiguous and waits for inference to progress.

Candidates, in rustc's order of preference:
- where clauses in scope (`ParamEnv`) — preferred over impls;
- impls (positive; a matching negative impl makes the obligation fail);
- built-in rules: `Sized`; `Copy`/`Clone` for tuples, arrays, closures, function items and
  pointers, `!`; the `Fn*` traits for closures, function items and pointers; auto traits
  (`Send`, `Sync`, ...) structurally, for types with no explicit impl;
- trait objects (`dyn Trait: Trait` and supertraits);
- bounds of projections and opaque types.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP
from ferric.infer.ctxt import InferCtxt
from ferric.infer.relate import Equate, TypeMismatch
from ferric.resolve.defs import DefId, DefKind
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import CauseKind, Obligation, ObligationCause, ParamEnv
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt, simplify_type
from ferric.ty.fold import instantiate
from ferric.ty.generics import ParamKind
from ferric.ty.predicate import ProjectionPredicate, TraitPredicate, TraitRef

MAX_DEPTH = 128
_CLOSURE_RANK: dict[t.Ty, int] = {t.CLOSURE_KIND_FN: 0, t.CLOSURE_KIND_FN_MUT: 1, t.CLOSURE_KIND_FN_ONCE: 2}
_INT_NAMES: frozenset[object] = frozenset(["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"])
_FLOAT_NAMES: frozenset[object] = frozenset(["f16", "f32", "f64", "f128"])


_IMPL_WILDCARDS = (t.Param, t.Alias, t.Error, t.Infer)
"""In an impl's trait ref: what may stand for any type (a parameter becomes a fresh
variable; a projection or an error is left to unification)."""
_LEAF_TYPES: frozenset[type] = frozenset((t.Bool, t.Char, t.Int, t.Uint, t.Float, t.Str, t.Never))
"""Types made of nothing else, interned: two are equal only when they are the same object."""


class EvalResult(enum.IntEnum):
    """What evaluating an obligation (and everything it needs, recursively) says: it
    holds, it may hold (inference variables left), or it cannot hold."""

    OK = 0
    AMBIG = 1
    ERR = 2


class SelKind(enum.Enum):
    OK = "ok"
    AMBIGUOUS = "ambiguous"
    UNIMPLEMENTED = "unimplemented"
    OVERFLOW = "overflow"


@dataclass(slots=True)
class Selection:
    kind: SelKind
    nested: list[Obligation] = field(default_factory=list)
    impl_id: DefId | None = None
    """The impl that proved it (for method dispatch and error notes)."""
    negative_impl: DefId | None = None
    """UNIMPLEMENTED because of this negative impl (`impl !Send for Rc<T>`)."""


class CandKind(enum.Enum):
    PARAM = "param"
    IMPL = "impl"
    BUILTIN = "builtin"
    AUTO = "auto"
    CLOSURE = "closure"
    FN_POINTER = "fn_pointer"
    OBJECT = "object"
    ALIAS_BOUND = "alias_bound"
    UNSIZE = "unsize"
    """`T: Unsize<U>` (built in): `[T; N]` to `[T]`, a sized type to `dyn Trait` it
    implements, `dyn A` to `dyn B` (upcasting / dropping auto traits)."""


@dataclass(slots=True)
class Candidate:
    kind: CandKind
    impl_id: DefId | None = None
    clause: TraitPredicate | None = None
    trait_ref: TraitRef | None = None
    """OBJECT / ALIAS_BOUND: the trait ref that proves it."""
    negative: bool = False
    nested_tys: tuple[t.Ty, ...] = ()
    """BUILTIN/AUTO: types that must implement the same trait."""


class SelectionContext:
    def __init__(self, tcx: TyCtxt, infcx: InferCtxt, param_env: ParamEnv) -> None:
        self.tcx = tcx
        self.infcx = infcx
        self.param_env = param_env
        self.equate = Equate(infcx)
        lang = tcx.hir.lang_items
        self.lang_of: dict[DefId, str] = {v: k for k, v in lang.items()}
        self.nested_sink: list[Obligation] | None = None
        """Where projection puts the obligations a normalization brings (an impl's where
        clauses that constrain its result, `F: FnOnce(I::Item) -> B` for `Map`'s `Item =
        B`); None drops them."""
        self._eval_stack: list[TraitRef] = []
        caches = tcx.selection_caches.get(param_env.clauses)
        if caches is None:
            caches = tcx.selection_caches[param_env.clauses] = ({}, {})
        self._eval_cache: dict[TraitRef, EvalResult] = caches[0]
        """Results for fully known trait refs (no inference variables) in this param env
        (shared by every selection context of an equal environment: `TyCtxt.selection_caches`)."""
        self.proven: dict[TraitRef, int] = caches[1]
        """Fully known trait refs whose obligations fulfillment proved in this param env,
        with the depth their proofs reach (see `ferric.traits.fulfill`; shared as
        `_eval_cache` is)."""

    # -- entry ----------------------------------------------------------------------------------

    def select(self, obl: Obligation) -> Selection:
        pred = obl.pred
        assert isinstance(pred, TraitPredicate)
        if obl.depth > MAX_DEPTH:
            return Selection(SelKind.OVERFLOW)
        tr = self.resolve_trait_ref(pred.trait_ref)
        self_ty = tr.self_ty
        if isinstance(self_ty, t.Error) or any(isinstance(a, t.Ty) and a.references_error for a in tr.args):
            return Selection(SelKind.OK)
        if isinstance(self_ty, t.Alias) and self_ty.kind is t.AliasKind.PROJECTION:
            from ferric.traits.project import normalize_projection

            norm = normalize_projection(self, self_ty, obl)
            if norm is not None and norm is not self_ty:
                self_ty = self.infcx.shallow_resolve(norm)
                tr = tr.with_self_ty(self_ty)
        if isinstance(self_ty, t.Infer) and self_ty.kind is t.InferKind.TY:
            return Selection(SelKind.AMBIGUOUS)
        cands = self.assemble(tr, obl)
        if len(cands) > 1:
            cands = [c for c in cands if self.evaluate_candidate(c, tr, obl) is not EvalResult.ERR] or cands[:0]
        cands = self.winnow(cands, tr)
        if not cands:
            return Selection(SelKind.UNIMPLEMENTED)
        if len(cands) > 1:
            return Selection(SelKind.AMBIGUOUS)
        return self.confirm(cands[0], tr, obl)

    def resolve_trait_ref(self, tr: TraitRef) -> TraitRef:
        if not tr.flags & t.HAS_TY_OR_CT_INFER:
            return tr
        res = self.infcx.resolve_vars_if_possible(tr)
        assert isinstance(res, TraitRef)
        return res

    @contextmanager
    def collecting(self) -> Iterator[list[Obligation]]:
        """Collect the obligations normalizations bring while the block runs."""
        saved = self.nested_sink
        out: list[Obligation] = []
        self.nested_sink = out
        try:
            yield out
        finally:
            self.nested_sink = saved

    # -- evaluation -------------------------------------------------------------------------------

    def predicate_may_hold(self, obl: Obligation) -> bool:
        return self.evaluate(obl) is not EvalResult.ERR

    def evaluate(self, obl: Obligation) -> EvalResult:
        """Evaluate `obl` and its nested obligations, recursively, without changing any
        inference variable (rustc's `evaluate_obligation`)."""
        snap = self.infcx.snapshot()
        try:
            return self._evaluate(obl)
        finally:
            self.infcx.rollback_to(snap)

    def _evaluate(self, obl: Obligation) -> EvalResult:
        from ferric.traits.project import normalize_projection

        pred = obl.pred
        if obl.depth > MAX_DEPTH:
            return EvalResult.AMBIG
        if isinstance(pred, TraitPredicate):
            if pred.negative:
                return EvalResult.OK
            tr = self.resolve_trait_ref(pred.trait_ref)
            known = not tr.flags & t.HAS_TY_OR_CT_INFER
            if known:
                cached = self._eval_cache.get(tr)
                if cached is not None:
                    return cached
            if tr in self._eval_stack:
                # A cycle: coinductive (holds) for auto traits, undecided otherwise.
                return EvalResult.OK if self.tcx.trait_def(tr.def_id).is_auto else EvalResult.AMBIG
            self._eval_stack.append(tr)
            extra: list[Obligation] = []
            saved = self.nested_sink
            self.nested_sink = extra  # (`collecting()` inlined: a hot path)
            try:
                try:
                    sel = self.select(obl)
                finally:
                    self.nested_sink = saved
                if extra and sel.kind is SelKind.OK:
                    sel.nested.extend(extra)
                result = self._evaluate_selection(sel)
            finally:
                self._eval_stack.pop()
            if known and result is not EvalResult.AMBIG:
                self._eval_cache[tr] = result
            return result
        if isinstance(pred, ProjectionPredicate):
            with self.collecting() as extra:
                norm = normalize_projection(self, pred.alias, obl)
            if norm is None:
                return EvalResult.AMBIG
            try:
                self.equate.tys(norm, pred.term)
            except TypeMismatch:
                return EvalResult.ERR
            return self._evaluate_selection(Selection(SelKind.OK, extra))
        return EvalResult.OK

    def _evaluate_selection(self, sel: Selection) -> EvalResult:
        if sel.kind is SelKind.UNIMPLEMENTED:
            return EvalResult.ERR
        if sel.kind is not SelKind.OK:
            return EvalResult.AMBIG
        result = EvalResult.OK
        for n in sel.nested:
            r = self._evaluate(n)
            if r is EvalResult.ERR:
                return r
            result = max(result, r)
        return result

    def evaluate_candidate(self, cand: Candidate, tr: TraitRef, obl: Obligation) -> EvalResult:
        """Confirm `cand` in a snapshot and evaluate what it needs."""
        snap = self.infcx.snapshot()
        extra: list[Obligation] = []
        saved = self.nested_sink
        self.nested_sink = extra  # (`collecting()` inlined: a hot path)
        try:
            try:
                sel = self.confirm(cand, tr, obl)
            finally:
                self.nested_sink = saved
            if extra and sel.kind is SelKind.OK:
                sel.nested.extend(extra)
            return self._evaluate_selection(sel)
        finally:
            self.infcx.rollback_to(snap)

    # -- assembly ---------------------------------------------------------------------------------

    def assemble(self, tr: TraitRef, obl: Obligation) -> list[Candidate]:
        tcx = self.tcx
        cands: list[Candidate] = []
        self_ty = tr.self_ty
        lang = self.lang_of.get(tr.def_id)
        # Where clauses.
        for clause in self.param_env.trait_clauses.get(tr.def_id, ()):
            if self.matches(clause.trait_ref, tr):
                cands.append(Candidate(CandKind.PARAM, clause=clause, negative=clause.negative))
        # Bounds of projections / opaque types.
        if isinstance(self_ty, t.Alias):
            for item_bound, _ in tcx.item_bounds(self_ty.def_id):
                if isinstance(item_bound, TraitPredicate):
                    bound = instantiate(item_bound.trait_ref, self_ty.args)
                    for sup in self.elaborate(bound):
                        if sup.def_id != tr.def_id:
                            continue
                        if sup.flags & t.HAS_PROJECTION and not self.matches(sup, tr):
                            # `type TryType: Try<Residual = Self>` gives the supertrait
                            # `FromResidual<<TryType as Try>::Residual>`, i.e. `FromResidual<Self>`.
                            from ferric.traits.project import normalize_deep

                            sup = TraitRef(sup.def_id, tuple(normalize_deep(self, a, obl) if isinstance(a, t.Ty) else a for a in sup.args))
                        if self.matches(sup, tr):
                            cands.append(Candidate(CandKind.ALIAS_BOUND, trait_ref=sup))
        # Trait objects.
        if isinstance(self_ty, t.Dynamic):
            if tr.def_id in self_ty.auto_traits:
                cands.append(Candidate(CandKind.OBJECT, trait_ref=tr))
            p = self_ty.principal
            if p is not None:
                principal = TraitRef(p.def_id, (self_ty, *p.args))
                for sup in self.elaborate(principal):
                    if sup.def_id == tr.def_id and self.matches(sup, tr):
                        cands.append(Candidate(CandKind.OBJECT, trait_ref=sup))
        # Impls.
        impl_cands = self.impl_candidates(tr)
        cands.extend(impl_cands)
        # Built-in rules.
        if lang is not None:
            self.builtin_candidates(lang, tr, cands, bool(impl_cands))
        if tcx.trait_def(tr.def_id).is_auto and not any(c.kind is CandKind.IMPL for c in impl_cands):
            auto = self.auto_candidate(tr)
            if auto is not None:
                cands.append(auto)
        return cands

    def matches(self, a: TraitRef, b: TraitRef) -> bool:
        if a.def_id != b.def_id:
            return False
        snap = self.infcx.snapshot()
        try:
            self.equate.args(a.args, b.args)
            return True
        except TypeMismatch:
            return False
        finally:
            self.infcx.rollback_to(snap)

    def impl_candidates(self, tr: TraitRef) -> list[Candidate]:
        """The impls whose trait ref unifies with `tr` (negative ones included). For a `tr`
        without inference variables the answer is computed once per type context: it
        depends on `tr` alone (regions always relate; the trial unifications are rolled
        back)."""
        if tr.flags & t.HAS_TY_OR_CT_INFER:
            return self._impl_candidates(tr)
        cache = self.tcx.impl_candidates_cache
        got = cache.get(tr)
        if got is None:
            got = cache[tr] = tuple(self._impl_candidates(tr))
        return list(got)  # type: ignore[arg-type]  # (Candidates: never changed once made)

    def _impl_candidates(self, tr: TraitRef) -> list[Candidate]:
        tcx = self.tcx
        out: list[Candidate] = []
        key = simplify_type(self.infcx.shallow_resolve(tr.self_ty))
        self_is_int_var = isinstance(tr.self_ty, t.Infer) and tr.self_ty.kind is t.InferKind.INT
        self_is_float_var = isinstance(tr.self_ty, t.Infer) and tr.self_ty.kind is t.InferKind.FLOAT
        # The self types the checks below let through: impls of other crates whose recorded
        # self type is outside them are skipped without looking at each.
        allowed: frozenset[object] | None = None if key is None else frozenset([key])
        if self_is_int_var:
            allowed = _INT_NAMES if allowed is None else allowed & _INT_NAMES
        if self_is_float_var:
            allowed = _FLOAT_NAMES if allowed is None else allowed & _FLOAT_NAMES
        for impl_id in tcx.trait_impls_for_keys(tr.def_id, allowed):
            known, impl_key = tcx.extern_impl_self_key(impl_id)
            if not known:
                impl_tr = tcx.impl_trait_ref(impl_id)
                if impl_tr is None:
                    continue
                impl_key = simplify_type(impl_tr.self_ty)
            if key is not None and impl_key is not None and impl_key != key:
                continue
            if self_is_int_var and impl_key is not None and impl_key not in _INT_NAMES:
                continue
            if self_is_float_var and impl_key is not None and impl_key not in _FLOAT_NAMES:
                continue
            impl_tr = tcx.impl_trait_ref(impl_id)
            if impl_tr is None:
                continue
            if not self._args_may_unify(impl_tr.args, tr.args):
                continue
            if self._reject_fn_ptr_impl(impl_id, impl_tr, tr.self_ty):
                continue
            snap = self.infcx.snapshot()
            try:
                fresh = self.fresh_args_for(impl_id)
                self.equate.args(instantiate(impl_tr, fresh).args, tr.args)
                ok = True
            except TypeMismatch:
                ok = False
            finally:
                self.infcx.rollback_to(snap)
            if ok:
                out.append(Candidate(CandKind.IMPL, impl_id=impl_id, negative=tcx.impl_is_negative(impl_id)))
        return out

    def _reject_fn_ptr_impl(self, impl_id: DefId, impl_tr: TraitRef, self_ty: t.Ty) -> bool:
        """Whether `impl_id` is one of std's `impl<F: FnPtr> Trait for F` and the goal's self
        type is a concrete type other than a fn pointer: such an impl is a built-in rule for
        fn pointers rather than a blanket impl, and is not a candidate (rustc's
        `reject_fn_ptr_impls`), so `&A: Debug` fails on `A: Debug` through `impl Debug for &T`."""
        param = impl_tr.self_ty
        if not isinstance(param, t.Param):
            return False
        ty = self.infcx.shallow_resolve(self_ty)
        if isinstance(ty, t.FnPtr | t.Param | t.Alias | t.Dynamic | t.Error) or (isinstance(ty, t.Infer) and ty.kind is t.InferKind.TY):
            return False
        return any(
            isinstance(c, TraitPredicate) and c.trait_ref.self_ty == param and self.lang_of.get(c.def_id) == "fn_ptr_trait"
            for c, _ in self.tcx.predicates_of(impl_id)
        )

    def _args_may_unify(self, impl_args: t.GenericArgs, goal_args: t.GenericArgs) -> bool:
        """False when an impl's trait arguments (its parameters standing for anything)
        cannot equal the goal's, told by their shapes alone (rustc's `DeepRejectCtxt`):
        most impls of a trait are dismissed without fresh variables, a snapshot and a
        unification. Only a mismatch `Equate` would certainly report counts; anything
        unsure says True and is left to unification."""
        if len(impl_args) != len(goal_args):
            return True
        may = self._ty_may_unify
        for a, b in zip(impl_args, goal_args, strict=True):
            if isinstance(a, t.Ty) and isinstance(b, t.Ty) and not may(a, b):
                return False
        return True

    def may_unify_shape(self, declared: t.Ty, goal: t.Ty) -> bool:
        """False when `declared` (an item's type, its generic parameters and projections
        standing for anything) certainly cannot unify with `goal` (method probing asks
        this of a method's `self` type before instantiating and unifying it)."""
        return self._ty_may_unify(declared, goal)

    def _ty_may_unify(self, impl: t.Ty, goal: t.Ty) -> bool:
        if impl is goal or isinstance(impl, _IMPL_WILDCARDS):
            return True
        if isinstance(goal, t.Infer):
            goal = self.infcx.shallow_resolve(goal)
            if impl is goal:
                return True
        if isinstance(goal, t.Infer):
            kind = goal.kind
            if kind is t.InferKind.INT:
                return isinstance(impl, t.Int | t.Uint)
            if kind is t.InferKind.FLOAT:
                return isinstance(impl, t.Float)
            return True
        cls = type(impl)
        if cls is not type(goal):
            return isinstance(goal, t.Error)
        if cls is t.Adt:
            assert isinstance(impl, t.Adt) and isinstance(goal, t.Adt)
            return impl.def_id == goal.def_id and self._args_may_unify(impl.args, goal.args)
        if cls is t.Ref or cls is t.RawPtr:
            assert isinstance(impl, t.Ref | t.RawPtr) and isinstance(goal, t.Ref | t.RawPtr)
            return impl.mutbl is goal.mutbl and self._ty_may_unify(impl.pointee, goal.pointee)
        if cls is t.Tuple:
            assert isinstance(impl, t.Tuple) and isinstance(goal, t.Tuple)
            return len(impl.elems) == len(goal.elems) and all(
                self._ty_may_unify(x, y) for x, y in zip(impl.elems, goal.elems, strict=True)
            )
        if cls is t.Slice or cls is t.Array:
            assert isinstance(impl, t.Slice | t.Array) and isinstance(goal, t.Slice | t.Array)
            return self._ty_may_unify(impl.elem, goal.elem)
        # Leaf types are interned: equal only when identical (`impl is goal` above).
        return cls not in _LEAF_TYPES

    def fresh_args_for(self, def_id: DefId) -> t.GenericArgs:
        out: list[t.GenericArg] = []
        for p in self.tcx.generics_of(def_id).all_params:
            if p.kind is ParamKind.TYPE:
                out.append(self.infcx.next_ty_var(DUMMY_SP, p.name))
            elif p.kind is ParamKind.LIFETIME:
                out.append(self.infcx.next_region_var())
            else:
                out.append(self.infcx.next_const_var())
        return tuple(out)

    def builtin_candidates(self, lang: str, tr: TraitRef, cands: list[Candidate], has_impls: bool) -> None:
        self_ty = self.infcx.shallow_resolve(tr.self_ty)
        if lang == "sized":
            if isinstance(self_ty, t.Str | t.Slice | t.Dynamic | t.Foreign):
                return
            if isinstance(self_ty, t.Param | t.Alias):
                return  # only from where clauses / bounds
            if isinstance(self_ty, t.Adt):
                # A struct is sized when its last field is (generic tails).
                adt = self.tcx.adt_def(self_ty.def_id)
                if adt.is_struct and adt.variants[0].fields:
                    last = self.tcx.field_ty(adt.variants[0].fields[-1], self_ty.args)
                    cands.append(Candidate(CandKind.BUILTIN, nested_tys=(last,)))
                    return
            if isinstance(self_ty, t.Tuple) and self_ty.elems:
                cands.append(Candidate(CandKind.BUILTIN, nested_tys=(self_ty.elems[-1],)))
                return
            cands.append(Candidate(CandKind.BUILTIN))
            return
        if lang in ("copy", "clone"):
            if has_impls:
                return
            if isinstance(self_ty, t.Tuple):
                cands.append(Candidate(CandKind.BUILTIN, nested_tys=self_ty.elems))
            elif isinstance(self_ty, t.Array):
                cands.append(Candidate(CandKind.BUILTIN, nested_tys=(self_ty.elem,)))
            elif isinstance(self_ty, t.Closure):
                upvars = self.infcx.shallow_resolve(self_ty.upvars_ty)
                if isinstance(upvars, t.Tuple):
                    cands.append(Candidate(CandKind.BUILTIN, nested_tys=upvars.elems))
                elif isinstance(upvars, t.Infer):
                    cands.append(Candidate(CandKind.BUILTIN, nested_tys=(upvars,)))
            elif isinstance(self_ty, t.FnDef | t.FnPtr | t.Never) or (isinstance(self_ty, t.Infer) and self_ty.kind is not t.InferKind.TY) or isinstance(self_ty, t.Bool | t.Char | t.Int | t.Uint | t.Float | t.RawPtr) or (
                isinstance(self_ty, t.Ref) and self_ty.mutbl is Mutability.NOT
            ):
                cands.append(Candidate(CandKind.BUILTIN))
            return
        if lang in ("fn", "fn_mut", "fn_once"):
            if isinstance(self_ty, t.Closure):
                cands.append(Candidate(CandKind.CLOSURE))
            elif isinstance(self_ty, t.FnDef | t.FnPtr):
                if isinstance(self_ty, t.FnPtr) and self_ty.sig.safety == "unsafe":
                    return
                if isinstance(self_ty, t.FnDef) and self.tcx.fn_sig(self_ty.def_id).safety == "unsafe":
                    return
                cands.append(Candidate(CandKind.FN_POINTER))
            return
        if lang == "fn_ptr_trait":
            # (Implemented by the compiler for every fn pointer type, and only for them.)
            if isinstance(self_ty, t.FnPtr):
                cands.append(Candidate(CandKind.BUILTIN))
            return
        if lang == "tuple_trait":
            if isinstance(self_ty, t.Tuple):
                cands.append(Candidate(CandKind.BUILTIN))
            return
        if lang == "unsize" and len(tr.args) > 1:
            target = self.infcx.shallow_resolve(tr.args[1])  # type: ignore[arg-type]
            if isinstance(target, t.Dynamic):
                if not isinstance(self_ty, t.Str | t.Slice | t.Foreign) and not (isinstance(self_ty, t.Infer) and self_ty.kind is t.InferKind.TY):
                    cands.append(Candidate(CandKind.UNSIZE))
            elif isinstance(target, t.Slice) and isinstance(self_ty, t.Array):
                cands.append(Candidate(CandKind.UNSIZE))
            return
        if lang == "future_trait":
            if isinstance(self_ty, t.Coroutine):
                cands.append(Candidate(CandKind.BUILTIN))
            return
        if lang in ("destruct", "pointee_trait", "discriminant_kind", "freeze"):
            cands.append(Candidate(CandKind.BUILTIN))
            return

    def auto_candidate(self, tr: TraitRef) -> Candidate | None:
        """Structural auto-trait rule for types without an explicit impl."""
        self_ty = self.infcx.shallow_resolve(tr.self_ty)
        if isinstance(self_ty, t.Param | t.Alias | t.Dynamic | t.Foreign):
            return None
        if isinstance(self_ty, t.Bool | t.Char | t.Int | t.Uint | t.Float | t.Str | t.Never | t.FnDef | t.FnPtr):
            return Candidate(CandKind.AUTO)
        if isinstance(self_ty, t.Infer) and self_ty.kind is not t.InferKind.TY:
            return Candidate(CandKind.AUTO)
        return Candidate(CandKind.AUTO, nested_tys=tuple(self.constituent_types(self_ty)))

    def constituent_types(self, ty: t.Ty) -> list[t.Ty]:
        """The types an auto trait checks inside `ty` (rustc's `constituent_types_for_ty`)."""
        if isinstance(ty, t.Tuple):
            return list(ty.elems)
        if isinstance(ty, t.Array | t.Slice):
            return [ty.elem]
        if isinstance(ty, t.Ref | t.RawPtr):
            return [ty.pointee]
        if isinstance(ty, t.Closure | t.Coroutine):
            up = self.infcx.shallow_resolve(ty.upvars_ty)
            return list(up.elems) if isinstance(up, t.Tuple) else [up]
        if isinstance(ty, t.Adt):
            if self.lang_of.get(ty.def_id) == "phantom_data":
                # `PhantomData<T>` acts as if it owned a `T`.
                return [a for a in ty.args if isinstance(a, t.Ty)]
            adt = self.tcx.adt_def(ty.def_id)
            out: list[t.Ty] = []
            for v in adt.variants:
                for f in v.fields:
                    out.append(self.tcx.field_ty(f, ty.args))
            return out
        return []

    def elaborate(self, tr: TraitRef) -> list[TraitRef]:
        """`tr` and all its supertraits (transitively), instantiated."""
        out = [tr]
        seen = {tr.def_id}
        i = 0
        while i < len(out):
            cur = out[i]
            i += 1
            for sup, _ in self.tcx.supertraits(cur.def_id):
                inst = instantiate(sup, cur.args)
                if inst.def_id not in seen:
                    seen.add(inst.def_id)
                    out.append(inst)
        return out

    # -- winnowing ----------------------------------------------------------------------------------

    def winnow(self, cands: list[Candidate], tr: TraitRef) -> list[Candidate]:
        if len(cands) <= 1:
            return cands
        params = [c for c in cands if c.kind is CandKind.PARAM]
        if params:
            # Where clauses win; identical ones count once.
            uniq: list[Candidate] = []
            seen: set[int] = set()
            for c in params:
                key = id(c.clause)
                if key not in seen:
                    seen.add(key)
                    uniq.append(c)
            non_global = [c for c in uniq if c.clause is not None and c.clause.flags & (t.HAS_PARAMS | t.HAS_TY_OR_CT_INFER)]
            return non_global or uniq[:1]
        objects = [c for c in cands if c.kind in (CandKind.OBJECT, CandKind.ALIAS_BOUND)]
        if objects:
            return objects[:1]
        impls = [c for c in cands if c.kind is CandKind.IMPL]
        if impls and len(impls) < len(cands):
            cands = impls
        if len(cands) > 1 and not tr.flags & t.HAS_TY_OR_CT_INFER:
            # Fully known but several impls apply (overlap is a coherence error elsewhere).
            return cands[:1]
        return cands

    # -- confirmation ---------------------------------------------------------------------------

    def confirm(self, cand: Candidate, tr: TraitRef, obl: Obligation) -> Selection:
        try:
            return self._confirm(cand, tr, obl)
        except TypeMismatch:
            return Selection(SelKind.UNIMPLEMENTED)

    def _confirm(self, cand: Candidate, tr: TraitRef, obl: Obligation) -> Selection:
        tcx = self.tcx
        kind = cand.kind
        if cand.negative:
            return Selection(SelKind.UNIMPLEMENTED, negative_impl=cand.impl_id)
        if kind is CandKind.PARAM:
            assert cand.clause is not None
            self.equate.args(cand.clause.trait_ref.args, tr.args)
            return Selection(SelKind.OK)
        if kind is CandKind.OBJECT or kind is CandKind.ALIAS_BOUND:
            assert cand.trait_ref is not None
            self.equate.args(cand.trait_ref.args, tr.args)
            return Selection(SelKind.OK)
        if kind is CandKind.IMPL:
            assert cand.impl_id is not None
            impl_id = cand.impl_id
            fresh = self.fresh_args_for(impl_id)
            impl_tr = tcx.impl_trait_ref(impl_id)
            assert impl_tr is not None
            self.equate.args(instantiate(impl_tr, fresh).args, tr.args)
            nested: list[Obligation] = []
            parent_pred = TraitPredicate(tr)
            for clause, span in tcx.predicates_of(impl_id):
                inst = instantiate(clause, fresh)
                cause = ObligationCause(
                    obl.cause.span,
                    CauseKind.IMPL_DERIVED,
                    def_id=impl_id,
                    bound_span=span,
                    parent=obl.cause,
                    parent_pred=parent_pred,
                )
                self.push_normalized(inst, cause, obl.depth + 1, nested)
            return Selection(SelKind.OK, nested, impl_id=impl_id)
        if kind is CandKind.BUILTIN or kind is CandKind.AUTO:
            nested = []
            parent_pred = TraitPredicate(tr)
            for ty in cand.nested_tys:
                cause = ObligationCause(
                    obl.cause.span, CauseKind.BUILTIN_DERIVED, parent=obl.cause, parent_pred=parent_pred
                )
                nested.append(Obligation(TraitPredicate(tr.with_self_ty(ty)), cause, obl.depth + 1))
            return Selection(SelKind.OK, nested)
        if kind is CandKind.CLOSURE:
            return self.confirm_closure(tr, obl)
        if kind is CandKind.UNSIZE:
            return self.confirm_unsize(tr, obl)
        if kind is CandKind.FN_POINTER:
            self_ty = self.infcx.shallow_resolve(tr.self_ty)
            if isinstance(self_ty, t.FnDef):
                sig = tcx.fn_sig_instantiated(self_ty.def_id, self_ty.args)
            else:
                assert isinstance(self_ty, t.FnPtr)
                sig = self_ty.sig
            if len(tr.args) > 1:
                args_ty = tr.args[1]
                assert isinstance(args_ty, t.Ty)
                from ferric.traits.project import normalize_deep

                inputs = tuple(normalize_deep(self, i, obl) for i in sig.inputs)
                self.equate.tys(args_ty, t.Tuple(inputs))
            return Selection(SelKind.OK)
        return Selection(SelKind.UNIMPLEMENTED)

    def confirm_unsize(self, tr: TraitRef, obl: Obligation) -> Selection:
        """rustc's `confirm_builtin_unsize_candidate` (the cases `assemble` admits)."""
        src = self.infcx.shallow_resolve(tr.self_ty)
        target = self.infcx.shallow_resolve(tr.args[1])  # type: ignore[arg-type]
        cause = ObligationCause(obl.cause.span, CauseKind.BUILTIN_DERIVED, parent=obl.cause, parent_pred=TraitPredicate(tr))
        depth = obl.depth + 1
        nested: list[Obligation] = []
        if isinstance(target, t.Slice) and isinstance(src, t.Array):
            self.equate.tys(src.elem, target.elem)
            return Selection(SelKind.OK)
        assert isinstance(target, t.Dynamic)
        if isinstance(src, t.Dynamic):
            # Upcasting: the target's auto traits must be the source's, its principal a
            # supertrait of the source's.
            if not set(target.auto_traits) <= set(src.auto_traits):
                return Selection(SelKind.UNIMPLEMENTED)
            if target.principal is not None:
                if src.principal is None:
                    return Selection(SelKind.UNIMPLEMENTED)
                found = False
                for sup in self.elaborate(TraitRef(src.principal.def_id, (src, *src.principal.args))):
                    if sup.def_id == target.principal.def_id:
                        self.equate.args(sup.args[1:], target.principal.args)
                        found = True
                        break
                if not found:
                    return Selection(SelKind.UNIMPLEMENTED)
                for proj in target.projections:
                    match = next((p for p in src.projections if p.def_id == proj.def_id), None)
                    if match is not None:
                        self.equate.tys(match.term, proj.term)
            return Selection(SelKind.OK)
        # A sized type to a trait object: it implements every trait of the object.
        if target.principal is not None:
            nested.append(Obligation(TraitPredicate(TraitRef(target.principal.def_id, (src, *target.principal.args))), cause, depth))
        for auto in target.auto_traits:
            nested.append(Obligation(TraitPredicate(TraitRef(auto, (src,))), cause, depth))
        for proj in target.projections:
            nested.append(Obligation(ProjectionPredicate(t.Alias(t.AliasKind.PROJECTION, proj.def_id, (src, *proj.args)), proj.term), cause, depth))
        sized = self.tcx.hir.lang_items.get("sized")
        if sized is not None:
            nested.append(Obligation(TraitPredicate(TraitRef(sized, (src,))), cause, depth))
        return Selection(SelKind.OK, nested)

    def push_normalized(self, clause: object, cause: ObligationCause, depth: int, out: list[Obligation]) -> None:
        """Append the obligation `clause` with its projections normalized (`F: FnMut<(<I as
        Iterator>::Item,)>` becomes `F: FnMut<(u32,)>`); a projection that cannot be
        normalized yet becomes a fresh variable with its own projection obligation."""
        from ferric.traits.project import normalize_deep

        if not isinstance(clause, TraitPredicate | ProjectionPredicate) or not clause.flags & t.HAS_PROJECTION:
            out.append(Obligation(clause, cause, depth))  # type: ignore[arg-type]
            return
        extra: list[Obligation] = []
        parent = Obligation(clause, cause, depth)

        def on_ambiguous(alias: t.Alias) -> t.Ty:
            var = self.infcx.next_ty_var(cause.span)
            extra.append(Obligation(ProjectionPredicate(alias, var), cause, depth))
            return var

        def norm(a: t.GenericArg) -> t.GenericArg:
            return normalize_deep(self, a, parent, on_ambiguous) if isinstance(a, t.Ty) else a

        if isinstance(clause, TraitPredicate):
            tr = clause.trait_ref
            new: object = TraitPredicate(TraitRef(tr.def_id, tuple(norm(a) for a in tr.args)), clause.negative)
        else:
            alias = clause.alias
            term = normalize_deep(self, clause.term, parent, on_ambiguous)
            new = ProjectionPredicate(t.Alias(alias.kind, alias.def_id, tuple(norm(a) for a in alias.args)), term)
        out.append(Obligation(new, cause, depth))  # type: ignore[arg-type]
        out.extend(extra)

    def confirm_closure(self, tr: TraitRef, obl: Obligation) -> Selection:
        self_ty = self.infcx.shallow_resolve(tr.self_ty)
        assert isinstance(self_ty, t.Closure)
        kind_ty = self.infcx.shallow_resolve(self_ty.kind_ty)
        lang = self.lang_of.get(tr.def_id)
        # The arguments are equated whatever the kind (rustc's closure candidate): a
        # `map(h)` with `h: |j: usize|` makes the iterator's `{integer}` a `usize` before
        # integer fallback.
        sig = self.infcx.shallow_resolve(self_ty.sig_ty)
        if isinstance(sig, t.FnPtr) and len(tr.args) > 1:
            args_ty = tr.args[1]
            assert isinstance(args_ty, t.Ty)
            self.equate.tys(args_ty, t.Tuple(sig.sig.inputs))
        if isinstance(kind_ty, t.Infer) and lang != "fn_once":
            # The closure kind is decided after the enclosing body is checked: `Fn` and
            # `FnMut` wait for it (every closure is `FnOnce`), as in rustc.
            return Selection(SelKind.AMBIGUOUS)
        rank = {"fn": 0, "fn_mut": 1, "fn_once": 2}
        closure_rank = _CLOSURE_RANK.get(kind_ty, 2)
        if lang is not None and closure_rank > rank[lang]:
            return Selection(SelKind.UNIMPLEMENTED)
        return Selection(SelKind.OK)

    # -- helpers --------------------------------------------------------------------------------

    def is_trait(self, def_id: DefId, lang: str) -> bool:
        return self.lang_of.get(def_id) == lang

    def def_kind(self, def_id: DefId) -> DefKind:
        return self.tcx.def_kind(def_id)


def project_for_closure_output(sel: SelectionContext, closure: t.Closure) -> t.Ty | None:
    sig = sel.infcx.shallow_resolve(closure.sig_ty)
    if isinstance(sig, t.FnPtr):
        return sig.sig.output
    return None


_ = ProjectionPredicate
