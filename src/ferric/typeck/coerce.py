"""Coercions: the implicit conversions at coercion sites (rustc's `coercion.rs`), and
auto-deref.

`coerce(expr, source, target)` makes `expr` (of type `source`) usable where `target` is
expected, recording the adjustments on the expression:
- `!` to any type (never-to-any);
- `&T`/`&mut T` to `&U` by auto-deref (`&String` -> `&str`, `&Box<T>` -> `&T`, `&&T` ->
  `&T`), `&mut T` to `&T`, reborrows;
- unsizing: `&[T; N]` -> `&[T]`, `&T` -> `&dyn Trait`, and the same behind `Box`, `Rc`,
  `Arc` and raw pointers;
- `&mut T`/`&T` to raw pointers;
- function items and non-capturing closures to function pointers;
- otherwise the types must be equal.

`Autoderef` walks `T`, `*T`, `**T`, ... through references, `Box` and `Deref` impls.
`CoerceMany` merges the types of `if`/`match` branches and `break` values.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ferric.base.span import DUMMY_SP, Span
from ferric.hir import nodes as hir
from ferric.infer.relate import TypeMismatch
from ferric.resolve.defs import DefId
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.ty import ty as t
from ferric.ty.context import AssocKind
from ferric.typeck.fcx import FnCtxtBase
from ferric.typeck.results import AdjustKind, Adjustment

MUT = Mutability.MUT
NOT = Mutability.NOT


@dataclass(slots=True)
class DerefStep:
    ty: t.Ty
    overloaded: DefId | None
    """The `Deref::deref` method when this step went through a `Deref` impl."""


class Autoderef:
    """`T`, then what `*T` is, repeatedly (rustc's `Autoderef`): built-in for references
    and `Box`, `Deref::Target` otherwise. Raw pointers are not dereferenced."""

    def __init__(self, fcx: CoerceChecker, ty: t.Ty, span: Span, include_raw: bool = False) -> None:
        self.fcx = fcx
        self.ty = ty
        self.span = span
        self.include_raw = include_raw
        self.steps: list[DerefStep] = []
        self.reached_limit = False

    def __iter__(self) -> Iterator[t.Ty]:
        cur = self.fcx.structurally_resolve(self.ty, self.span)
        yield cur
        seen = 0
        while True:
            nxt = self.fcx.deref_once(cur, self.span, self.include_raw)
            if nxt is None:
                return
            ty, method = nxt
            seen += 1
            if seen > 128:
                self.reached_limit = True
                return
            self.steps.append(DerefStep(cur, method))
            cur = self.fcx.structurally_resolve(ty, self.span)
            yield cur

    def adjustments(self, n: int, final: t.Ty) -> list[Adjustment]:
        """The Deref adjustments for the first `n` steps."""
        out: list[Adjustment] = []
        for i in range(n):
            step = self.steps[i]
            target = self.steps[i + 1].ty if i + 1 < len(self.steps) else final
            out.append(Adjustment(AdjustKind.DEREF, target, method=step.overloaded))
        return out


class CoerceChecker(FnCtxtBase):
    # -- auto-deref --------------------------------------------------------------------------------

    def deref_once(self, ty: t.Ty, span: Span, include_raw: bool = False) -> tuple[t.Ty, DefId | None] | None:
        ty = self.shallow(ty)
        if isinstance(ty, t.Ref):
            return ty.pointee, None
        if include_raw and isinstance(ty, t.RawPtr):
            return ty.pointee, None
        if isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_box and ty.args:
            first = ty.args[0]
            if isinstance(first, t.Ty):
                return first, None
        if isinstance(ty, t.Adt | t.Param | t.Alias | t.Dynamic):
            return self.overloaded_deref_target(ty, span)
        return None

    def overloaded_deref_target(self, ty: t.Ty, span: Span) -> tuple[t.Ty, DefId | None] | None:
        deref = self.lang.get("deref")
        if deref is None:
            return None
        if self.type_implements(ty, deref) is not True:
            return None
        target_item = self.tcx.find_assoc(deref, "Target", AssocKind.TYPE)
        method = self.tcx.find_assoc(deref, "deref", AssocKind.FN)
        if target_item is None:
            return None
        alias = t.Alias(t.AliasKind.PROJECTION, target_item.def_id, (ty,))
        target = self.normalize(alias, span)
        if target is alias:
            return None
        return target, method.def_id if method is not None else None

    # -- coercion -----------------------------------------------------------------------------------

    def coerce(self, expr: hir.Expr | None, source: t.Ty, target: t.Ty, span: Span) -> bool:
        """Coerce `source` to `target`; on success record adjustments on `expr` and return
        True (nothing is reported on failure: the caller reports)."""
        snap = self.infcx.snapshot()
        try:
            adj = self._coerce(source, target, span)
        except TypeMismatch:
            self.infcx.rollback_to(snap)
            return False
        if expr is not None and adj:
            self.apply_adjustments(expr, adj)
        return True

    def _coerce(self, a: t.Ty, b: t.Ty, span: Span) -> list[Adjustment]:
        a = self.shallow(a)
        b = self.shallow(b)
        if isinstance(a, t.Never):
            if isinstance(b, t.Never):
                return []
            return [Adjustment(AdjustKind.NEVER_TO_ANY, b)]
        if isinstance(a, t.Infer) and a.kind is t.InferKind.TY:
            self.equate.tys(a, b)
            return []
        # Unsizing first (it needs the target to be a slice/trait object behind a pointer).
        adj = self._coerce_unsized(a, b, span)
        if adj is not None:
            return adj
        if isinstance(b, t.RawPtr):
            return self._coerce_unsafe_ptr(a, b)
        if isinstance(b, t.Ref):
            return self._coerce_borrowed_pointer(a, b, span)
        if isinstance(b, t.FnPtr):
            if isinstance(a, t.FnDef):
                sig = self.tcx.fn_sig_instantiated(a.def_id, a.args)
                sig = sig.replace(inputs=tuple(self.normalize(i, span) for i in sig.inputs), output=self.normalize(sig.output, span))
                self.equate.tys(t.FnPtr(sig), b)
                return [Adjustment(AdjustKind.REIFY_FN_POINTER, b)]
            if isinstance(a, t.Closure):
                sig_ty = self.shallow(a.sig_ty)
                upvars = self.shallow(a.upvars_ty)
                if isinstance(sig_ty, t.FnPtr) and (not isinstance(upvars, t.Tuple) or not upvars.elems):
                    self.equate.tys(sig_ty, b)
                    return [Adjustment(AdjustKind.CLOSURE_FN_POINTER, b)]
        self.equate.tys(a, b)
        return []

    def _coerce_borrowed_pointer(self, a: t.Ty, b: t.Ref, span: Span) -> list[Adjustment]:
        if not isinstance(a, t.Ref):
            self.equate.tys(a, b)
            return []
        if b.mutbl is MUT and a.mutbl is NOT:
            raise TypeMismatch(b, a)
        ad = Autoderef(self, a, span)
        count = 0
        for step_ty in ad:
            if count == 0:
                count += 1
                continue
            snap = self.infcx.snapshot()
            try:
                self.equate.tys(t.Ref(b.region, step_ty, b.mutbl), b)
            except TypeMismatch:
                self.infcx.rollback_to(snap)
                count += 1
                if count > 64:
                    break
                continue
            # `count` derefs, then a borrow.
            if count == 1 and b.mutbl is NOT and a.mutbl is NOT:
                return []
            adj = ad.adjustments(count, step_ty)
            adj.append(Adjustment(AdjustKind.BORROW, b, mutbl=b.mutbl))
            return adj
        raise TypeMismatch(b, a)

    def _coerce_unsafe_ptr(self, a: t.Ty, b: t.RawPtr) -> list[Adjustment]:
        if isinstance(a, t.Ref):
            if b.mutbl is MUT and a.mutbl is NOT:
                raise TypeMismatch(b, a)
            self.equate.tys(a.pointee, b.pointee)
            return [
                Adjustment(AdjustKind.DEREF, a.pointee),
                Adjustment(AdjustKind.BORROW, t.RawPtr(a.pointee, b.mutbl), mutbl=b.mutbl),
            ]
        if isinstance(a, t.RawPtr):
            if b.mutbl is MUT and a.mutbl is NOT:
                raise TypeMismatch(b, a)
            self.equate.tys(a.pointee, b.pointee)
            if a.mutbl is MUT and b.mutbl is NOT:
                return [Adjustment(AdjustKind.MUT_TO_CONST_POINTER, b)]
            return []
        self.equate.tys(a, b)
        return []

    def _pointer_parts(self, ty: t.Ty) -> tuple[str, t.Ty, Mutability] | None:
        if isinstance(ty, t.Ref):
            return ("ref", ty.pointee, ty.mutbl)
        if isinstance(ty, t.RawPtr):
            return ("ptr", ty.pointee, ty.mutbl)
        if isinstance(ty, t.Adt) and ty.args and isinstance(ty.args[0], t.Ty):
            name = self._smart_pointer_name(ty.def_id)
            if name is not None:
                return (name, ty.args[0], NOT)
        return None

    def _smart_pointer_name(self, def_id: DefId) -> str | None:
        lang = self.sel.lang_of.get(def_id)
        if lang == "owned_box":
            return "box"
        if lang in ("Rc", "rc", "Arc", "arc"):
            return lang.lower()
        if self.tcx.crate_of(def_id) == 1 and self.tcx.item_name(def_id) in ("Rc", "Arc") and self.tcx.def_path_str(def_id) in (
            "Rc",
            "Arc",
            "rc::Rc",
            "sync::Arc",
        ):
            return self.tcx.item_name(def_id).lower()
        return None

    def _coerce_unsized(self, a: t.Ty, b: t.Ty, span: Span) -> list[Adjustment] | None:
        pa = self._pointer_parts(a)
        pb = self._pointer_parts(self.shallow(b))
        if pa is None or pb is None:
            return None
        ka, ta, ma = pa
        kb, tb, mb = pb
        if ka != kb and not (ka == "ref" and kb == "ptr"):
            return None
        tb = self.shallow(tb)
        ta = self.shallow(ta)
        if not isinstance(tb, t.Slice | t.Dynamic):
            return None
        if mb is MUT and ma is NOT:
            return None
        if isinstance(tb, t.Slice):
            if not isinstance(ta, t.Array):
                return None
            self.equate.tys(ta.elem, tb.elem)
        else:
            if isinstance(ta, t.Dynamic):
                if not self._dyn_upcast_ok(ta, tb):
                    return None
            elif isinstance(ta, t.Infer | t.Slice | t.Str):
                return None
            else:
                self._register_dyn_bounds(ta, tb, span)
        b_res = self.shallow(b)
        if ka == "ref":
            borrowed = t.Ref(t.RE_ERASED, ta, mb) if kb == "ref" else t.RawPtr(ta, mb)
            return [
                Adjustment(AdjustKind.DEREF, ta),
                Adjustment(AdjustKind.BORROW, borrowed, mutbl=mb),
                Adjustment(AdjustKind.UNSIZE, b_res),
            ]
        return [Adjustment(AdjustKind.UNSIZE, b_res)]

    def _dyn_upcast_ok(self, a: t.Dynamic, b: t.Dynamic) -> bool:
        if not set(b.auto_traits) <= set(a.auto_traits):
            return False
        if b.principal is None:
            return True
        if a.principal is None:
            return False
        if a.principal.def_id == b.principal.def_id:
            self.equate.args(a.principal.args, b.principal.args)
            return True
        from ferric.ty.predicate import TraitRef

        for sup in self.sel.elaborate(TraitRef(a.principal.def_id, (a, *a.principal.args))):
            if sup.def_id == b.principal.def_id:
                self.equate.args(sup.args[1:], b.principal.args)
                return True
        return False

    def _register_dyn_bounds(self, ty: t.Ty, dyn: t.Dynamic, span: Span) -> None:
        from ferric.ty.predicate import ProjectionPredicate, TraitPredicate, TraitRef

        cause = ObligationCause(span, CauseKind.MISC)
        if dyn.principal is not None:
            self.register(TraitPredicate(TraitRef(dyn.principal.def_id, (ty, *dyn.principal.args))), cause)
        for auto in dyn.auto_traits:
            self.register(TraitPredicate(TraitRef(auto, (ty,))), cause)
        for proj in dyn.projections:
            self.register(ProjectionPredicate(t.Alias(t.AliasKind.PROJECTION, proj.def_id, (ty, *proj.args)), proj.term), cause)
        sized = self.lang.get("sized")
        if sized is not None:
            self.register(TraitPredicate(TraitRef(sized, (ty,))), cause)


@dataclass(slots=True)
class CoerceMany:
    """The merged type of several expressions flowing into one place (`if`/`else`, match
    arms, `break` values, returns)."""

    expected: t.Ty | None
    merged: t.Ty | None = None
    first_span: Span | None = None
    pushed: int = 0
    exprs: list[hir.Expr] = field(default_factory=list)
    """The expressions merged so far (they receive the adjustments when the merged type
    changes to a later expression's)."""

    def coerce(self, fcx: CoerceChecker, expr: hir.Expr | None, ty: t.Ty, span: Span, context: str) -> None:
        """`context`: "if_else", "match_arms", "break", "return", "block" (for messages).

        The first expression is coerced to the expected type; each later one meets the
        merged type at their least upper bound (rustc's `try_find_coercion_lub`): the new
        expression coerces to the merged type, or else the previous ones coerce to the
        new type (`if c { &[] } else { &v[..] }` is a `&[T]`)."""
        self.pushed += 1
        diverges = isinstance(fcx.shallow(ty), t.Never)
        if self.merged is None:
            if self.expected is None:
                # The first expression sets the type (unless it diverges).
                if not diverges:
                    self.merged = ty
                    self.first_span = span
                    self._add(expr)
                return
            if fcx.coerce(expr, ty, self.expected, span):
                if not diverges:
                    self.merged = self.expected
                    self.first_span = span
                    self._add(expr)
            else:
                self.report(fcx, span, self.expected, ty, context)
            return
        merged = self.find_coercion_lub(fcx, self.merged, expr, ty, span)
        if merged is None:
            self.report(fcx, span, self.merged, ty, context)
            return
        self.merged = merged
        self._add(expr)

    def _add(self, expr: hir.Expr | None) -> None:
        if expr is not None:
            self.exprs.append(expr)

    def find_coercion_lub(self, fcx: CoerceChecker, prev_ty: t.Ty, new: hir.Expr | None, new_ty: t.Ty, span: Span) -> t.Ty | None:
        prev = fcx.shallow(prev_ty)
        nty = fcx.shallow(new_ty)
        if prev is nty:
            return prev
        # Function items (or non-capturing closures) of different functions meet at a
        # function pointer.
        if isinstance(prev, t.FnDef | t.Closure) and isinstance(nty, t.FnDef | t.Closure) and self.expected is None:
            sig = _fn_sig_of(fcx, prev)
            if sig is not None:
                fnptr = t.FnPtr(sig)
                snap = fcx.infcx.snapshot()
                if all(fcx.coerce(e, fcx.node_ty(e), fnptr, e.span) for e in self.exprs) and fcx.coerce(new, new_ty, fnptr, span):
                    return fnptr
                fcx.infcx.rollback_to(snap)
        snap = fcx.infcx.snapshot()
        try:
            adj = fcx._coerce(new_ty, prev, span)
        except TypeMismatch:
            fcx.infcx.rollback_to(snap)
        else:
            if new is not None and adj:
                fcx.apply_adjustments(new, adj)
            return prev
        snap = fcx.infcx.snapshot()
        try:
            adj = fcx._coerce(prev, new_ty, span)
        except TypeMismatch:
            fcx.infcx.rollback_to(snap)
            return None
        if adj:
            for e in self.exprs:
                fcx.apply_adjustments(e, adj)
        return new_ty

    def complete(self, fcx: CoerceChecker) -> t.Ty:
        if self.expected is not None and self.pushed == 0:
            return self.expected
        if self.merged is not None:
            return self.merged
        if self.expected is not None:
            return self.expected
        return t.NEVER

    def report(self, fcx: CoerceChecker, span: Span, expected: t.Ty, found: t.Ty, context: str) -> None:
        if context == "match_arms":
            labels = [(self.first_span, "this is found to be of type `" + str(fcx.resolve(expected)) + "`")] if self.first_span else []
            fcx.report_mismatch(span, expected, found, labels=labels, message="`match` arms have incompatible types")
        elif context == "if_else":
            labels = [(self.first_span, "expected because of this")] if self.first_span else []
            fcx.report_mismatch(span, expected, found, labels=labels, message="`if` and `else` have incompatible types")
        else:
            fcx.report_mismatch(span, expected, found)



def _fn_sig_of(fcx: CoerceChecker, ty: t.Ty) -> t.FnSig | None:
    if isinstance(ty, t.FnDef):
        sig = fcx.tcx.fn_sig_instantiated(ty.def_id, ty.args)
        return sig.replace(inputs=tuple(fcx.normalize(i, DUMMY_SP) for i in sig.inputs), output=fcx.normalize(sig.output, DUMMY_SP))
    if isinstance(ty, t.Closure):
        sig_ty = fcx.shallow(ty.sig_ty)
        if isinstance(sig_ty, t.FnPtr):
            return sig_ty.sig
    return None
