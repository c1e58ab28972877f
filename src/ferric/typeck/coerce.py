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
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Applicability, SubstitutionPart, Suggestion
from ferric.hir import nodes as hir
from ferric.infer.relate import TypeMismatch
from ferric.resolve.defs import DefId, LocalRes
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import CauseKind, Obligation, ObligationCause
from ferric.traits.select import SelKind
from ferric.ty import ty as t
from ferric.ty.context import AssocKind
from ferric.ty.predicate import TraitPredicate, TraitRef
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
        # "May hold" is enough (rustc's `overloaded_deref_ty`): `Vec<?T>` derefs to `[?T]`.
        holds = self.type_implements(ty, deref)
        if holds is False:
            return None
        target_item = self.tcx.find_assoc(deref, "Target", AssocKind.TYPE)
        method = self.tcx.find_assoc(deref, "deref", AssocKind.FN)
        if target_item is None:
            return None
        alias = t.Alias(t.AliasKind.PROJECTION, target_item.def_id, (ty,))
        target = self.normalize(alias, span)
        if target is alias and not (holds and isinstance(ty, t.Param)):
            # (A type parameter bounded by `Deref` derefs to its rigid `<P as Deref>::Target`.)
            return None
        return target, method.def_id if method is not None else None

    # -- coercion -----------------------------------------------------------------------------------

    def may_coerce(self, source: t.Ty, target: t.Ty) -> bool:
        """Could `source` coerce to `target`? (rustc's `may_coerce`: a probe that leaves no
        trace.)"""
        snap = self.infcx.snapshot()
        try:
            self._coerce(self.shallow(source), target, DUMMY_SP)
            return True
        except TypeMismatch:
            return False
        finally:
            self.infcx.rollback_to(snap)

    def coerce(self, expr: hir.Expr | None, source: t.Ty, target: t.Ty, span: Span) -> bool:
        """Coerce `source` to `target`; on success record adjustments on `expr` and return
        True (nothing is reported on failure: the caller reports). An unresolved source gets
        the pending obligations processed first (rustc's `try_structurally_resolve_type`), so
        a `for` loop's item type is known before it meets a parameter type."""
        source = self.shallow(source)
        if isinstance(source, t.Infer) and source.kind is t.InferKind.TY:
            self.select_obligations_where_possible()
            source = self.shallow(source)
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
            # A safe fn item, closure or pointer also coerces to an `unsafe fn` pointer.
            to_unsafe = b.sig.safety == "unsafe"
            if isinstance(a, t.FnDef):
                sig = self.tcx.fn_sig_instantiated(a.def_id, a.args)
                sig = sig.replace(inputs=tuple(self.normalize(i, span) for i in sig.inputs), output=self.normalize(sig.output, span))
                if to_unsafe and sig.safety == "safe":
                    self.equate.tys(t.FnPtr(sig.replace(safety="unsafe")), b)
                    return [Adjustment(AdjustKind.REIFY_FN_POINTER, t.FnPtr(sig)), Adjustment(AdjustKind.UNSAFE_FN_POINTER, b)]
                self.equate.tys(t.FnPtr(sig), b)
                return [Adjustment(AdjustKind.REIFY_FN_POINTER, b)]
            if isinstance(a, t.Closure):
                sig_ty = self.shallow(a.sig_ty)
                upvars = self.shallow(a.upvars_ty)
                capturing = bool(upvars.elems) if isinstance(upvars, t.Tuple) else mentions_upvars(self.tcx, a.def_id)
                if isinstance(sig_ty, t.FnPtr) and not capturing:
                    if to_unsafe:
                        self.equate.tys(t.FnPtr(sig_ty.sig.replace(safety="unsafe")), b)
                        return [Adjustment(AdjustKind.CLOSURE_FN_POINTER, b)]
                    self.equate.tys(sig_ty, b)
                    return [Adjustment(AdjustKind.CLOSURE_FN_POINTER, b)]
            if isinstance(a, t.FnPtr) and to_unsafe and a.sig.safety == "safe":
                self.equate.tys(t.FnPtr(a.sig.replace(safety="unsafe")), b)
                return [Adjustment(AdjustKind.UNSAFE_FN_POINTER, b)]
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

    def _coerce_unsized(self, a: t.Ty, b: t.Ty, span: Span) -> list[Adjustment] | None:
        """rustc's `coerce_unsized`: `Source: CoerceUnsized<Target>` selected in a loop that
        only looks at `CoerceUnsized` and `Unsize` obligations (the impls in std say which
        pointers unsize: references, raw pointers, `Box`, `Rc`, `Arc`, `Pin<P>`, cells...);
        the other obligations it brings (`T: Trait` for `T: Unsize<dyn Trait>`) are
        registered. A reference source is reborrowed first. None when it does not apply."""
        if not _may_unsize_to(self, b):
            return None
        if isinstance(a, t.Infer) and a.kind is t.InferKind.TY:
            return None
        pointee = a.pointee if isinstance(a, t.Ref | t.RawPtr) else a.args[0] if isinstance(a, t.Adt) and a.args else None
        if isinstance(pointee, t.Infer) and isinstance(self.shallow(pointee), t.Infer):
            # What is known so far may decide it (`b.as_ref()` with `b: &Box<dyn T + Send>`
            # coerced to `&dyn T`): only a sized unknown pointee is unsized later.
            self.select_obligations_where_possible()
        lang = self.tcx.hir.lang_items
        unsize, coerce_unsized = lang.get("unsize"), lang.get("coerce_unsized")
        if unsize is None or coerce_unsized is None:
            return None
        reborrow: list[Adjustment] = []
        source = a
        if isinstance(a, t.Ref) and isinstance(b, t.Ref | t.RawPtr):
            if b.mutbl is MUT and a.mutbl is NOT:
                return None
            source = t.Ref(self.infcx.next_region_var(), a.pointee, b.mutbl) if isinstance(b, t.Ref) else t.RawPtr(a.pointee, b.mutbl)
            borrowed = t.Ref(t.RE_ERASED, a.pointee, b.mutbl) if isinstance(b, t.Ref) else t.RawPtr(a.pointee, b.mutbl)
            reborrow = [Adjustment(AdjustKind.DEREF, a.pointee), Adjustment(AdjustKind.BORROW, borrowed, mutbl=b.mutbl)]
        elif isinstance(a, t.RawPtr) and isinstance(b, t.RawPtr):
            if b.mutbl is MUT and a.mutbl is NOT:
                return None
            source = t.RawPtr(a.pointee, b.mutbl)
        snap = self.infcx.snapshot()
        cause = ObligationCause(span, CauseKind.MISC)
        queue = [Obligation(TraitPredicate(TraitRef(coerce_unsized, (source, b))), cause)]
        pending: list[Obligation] = []
        ok = True
        steps = 0
        while queue and ok:
            steps += 1
            if steps > 64:
                ok = False
                break
            o = queue.pop(0)
            pred = o.pred
            if not isinstance(pred, TraitPredicate) or pred.def_id not in (unsize, coerce_unsized):
                pending.append(o)
                continue
            sel = self.sel.select(o)
            if sel.kind is SelKind.OK:
                queue.extend(sel.nested)
            elif sel.kind is SelKind.AMBIGUOUS and pred.def_id == unsize:
                # `?T: Unsize<dyn Trait>` with `?T` known to be sized: decided later. (An
                # unknown `?T` that may be unsized is not coerced: `let a: Arc<dyn S> =
                # Arc::from(boxed)` makes `?T` `dyn S`.)
                st = self.shallow(pred.self_ty)
                target = self.shallow(pred.trait_ref.args[1])  # type: ignore[arg-type]
                if isinstance(st, t.Infer) and isinstance(target, t.Dynamic) and self._ty_var_is_sized(st):
                    pending.append(o)
                else:
                    ok = False
            else:
                ok = False
        if not ok:
            self.infcx.rollback_to(snap)
            return None
        for o in pending:
            self.fulfill.register(o)
        return [*reborrow, Adjustment(AdjustKind.UNSIZE, self.shallow(b))]


    def _ty_var_is_sized(self, var: t.Infer) -> bool:
        """rustc's `type_var_is_sized`: a pending `?T: Sized` obligation names the variable."""
        sized = self.tcx.hir.lang_items.get("sized")
        root = self.infcx.root(var)
        for p in self.fulfill.pending:
            pred = p.obl.pred
            if isinstance(pred, TraitPredicate) and pred.def_id == sized:
                st = self.shallow(pred.self_ty)
                if isinstance(st, t.Infer) and st.kind is t.InferKind.TY and self.infcx.root(st) == root:
                    return True
        return False


def _may_unsize_to(fcx: CoerceChecker, b: t.Ty) -> bool:
    """A cheap filter before trying `CoerceUnsized`: the target is a pointer-like type with
    a slice or trait object inside."""
    if not isinstance(b, t.Ref | t.RawPtr | t.Adt):
        return False
    stack: list[t.Ty] = [b]
    seen = 0
    while stack and seen < 32:
        cur = fcx.shallow(stack.pop())
        seen += 1
        if isinstance(cur, t.Dynamic | t.Slice):
            return True
        if isinstance(cur, t.Ref | t.RawPtr):
            stack.append(cur.pointee)
        elif isinstance(cur, t.Adt):
            stack.extend(x for x in cur.args if isinstance(x, t.Ty))
    return False


@dataclass(slots=True)
class CoerceMany:
    """The merged type of several expressions flowing into one place (`if`/`else`, match
    arms, `break` values, returns)."""

    expected: t.Ty | None
    merged: t.Ty | None = None
    first_span: Span | None = None
    prior_spans: list[Span] = field(default_factory=list)
    """The spans of the branches merged so far that do not diverge (rustc labels up to
    four of them on a mismatch)."""
    outer: tuple[Span, Span] | None = None
    """For `match` / `if`: the whole expression's span, and its head's (`match scrut` / the
    whole expression), for rustc's "... have incompatible types" label."""
    pushed: int = 0
    exprs: list[hir.Expr] = field(default_factory=list)
    """The expressions merged so far (they receive the adjustments when the merged type
    changes to a later expression's)."""
    errored: bool = False
    """A branch failed to coerce (or had an erroneous type): as rustc's `final_ty` becoming
    the error type, later branches are not checked against it and the whole is an error."""

    def coerce(
        self, fcx: CoerceChecker, expr: hir.Expr | None, ty: t.Ty, span: Span, context: str,
        labels: list[tuple[Span, str]] | None = None,
    ) -> None:
        """`context`: "if_else", "match_arms", "break", "return", "block" (for messages).

        The first expression is coerced to the expected type; each later one meets the
        merged type at their least upper bound (rustc's `try_find_coercion_lub`): the new
        expression coerces to the merged type, or else the previous ones coerce to the
        new type (`if c { &[] } else { &v[..] }` is a `&[T]`)."""
        self.pushed += 1
        if self.errored:
            return
        target = self.merged if self.merged is not None else self.expected
        if fcx.resolve(ty).references_error or (target is not None and fcx.resolve(target).references_error):
            self.errored = True
            return
        diverges = isinstance(fcx.shallow(ty), t.Never)
        if self.merged is None:
            if self.expected is None:
                # The first expression sets the type (unless it diverges).
                if not diverges:
                    self.merged = ty
                    self.first_span = span
                    self.prior_spans.append(span)
                    self._add(expr)
                    if self.pushed > 1:
                        # rustc coerced the earlier diverging expressions to a fresh
                        # variable this one now unifies with: it falls back to `()`
                        # (`Err(e)?;`, whose `Break` arm comes first).
                        shallow = fcx.shallow(ty)
                        if isinstance(shallow, t.Infer) and shallow.kind is t.InferKind.TY:
                            fcx.infcx.mark_diverging(shallow)
                return
            if fcx.coerce(expr, ty, self.expected, span):
                if not diverges:
                    self.merged = self.expected
                    self.first_span = span
                    self.prior_spans.append(span)
                    self._add(expr)
            else:
                # (The first branch against the expectation: rustc's cause is the plain
                # one, not "`match` arms / `if` and `else` have incompatible types".)
                self.report(fcx, span, self.expected, ty, context if context == "for_loop" else "first", labels, expr)
            return
        merged = self.find_coercion_lub(fcx, self.merged, expr, ty, span)
        if merged is None:
            self.report(fcx, span, self.merged, ty, context, None, expr)
            return
        self.merged = merged
        self._add(expr)
        if not diverges:
            self.prior_spans.append(span)

    def _box_impl_trait(self, fcx: CoerceChecker, expr: hir.Expr | None) -> list[Suggestion] | None:
        """rustc's `suggest_boxing_for_return_impl_trait`: branches in return position of a
        fn returning `impl Trait` that have different types could all be boxed."""
        ret = fcx.ret
        if ret is None or ret.impl_trait is None or expr is None or expr.hir_id not in fcx.ret_tails:
            return None
        ty = ret.impl_trait
        to_dyn = Suggestion(
            "you could change the return type to be a boxed trait object",
            (SubstitutionPart(Span(ty.lo, ty.lo + 4, ty.ctxt), "Box<dyn"), SubstitutionPart(ty.shrink_to_hi(), ">")),
            Applicability.MAYBE_INCORRECT,
        )
        parts: list[SubstitutionPart] = []
        for e in [*self.exprs, expr]:
            parts.append(SubstitutionPart(e.span.shrink_to_lo(), "Box::new("))
            parts.append(SubstitutionPart(e.span.shrink_to_hi(), ")"))
        boxed = Suggestion(
            "if you change the return type to expect trait objects, box the returned expressions",
            tuple(parts),
            Applicability.MAYBE_INCORRECT,
        )
        return [to_dyn, boxed]

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
        if isinstance(prev, t.FnDef | t.Closure) and isinstance(nty, t.FnDef | t.Closure) and prev != nty:
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
        if self.errored:
            return t.ERROR
        if self.expected is not None and self.pushed == 0:
            return self.expected
        if self.merged is not None:
            return self.merged
        if self.expected is not None:
            return self.expected
        return t.NEVER

    def report(
        self, fcx: CoerceChecker, span: Span, expected: t.Ty, found: t.Ty, context: str,
        labels: list[tuple[Span, str]] | None = None, expr: hir.Expr | None = None,
    ) -> None:
        self.errored = True
        sm = fcx.tcx.source_map
        if context == "match_arms":
            shown = self.prior_spans[-4:] if len(self.prior_spans) <= 4 else self.prior_spans[-1:]
            labels = [(sp, "this is found to be of type `" + str(fcx.resolve(expected)) + "`") for sp in shown]
            if self.outer is not None:
                whole, head = self.outer
                multiline_arm = any(_multiline(sm, sp) for sp in shown)
                labels.append((head if multiline_arm or not _multiline(sm, whole) else whole, "`match` arms have incompatible types"))
            fcx.report_mismatch(span, expected, found, labels=labels, message="`match` arms have incompatible types", expr=expr)
        elif context == "if_else":
            labels = [(self.first_span, "expected because of this")] if self.first_span else []
            if self.outer is not None and _multiline(sm, self.outer[0]):
                labels.append((self.outer[0], "`if` and `else` have incompatible types"))
            fcx.report_mismatch(
                span, expected, found, labels=labels, message="`if` and `else` have incompatible types", expr=expr,
                suggestions=self._box_impl_trait(fcx, expr),
            )
        elif context == "for_loop":
            # A `for` loop where a value is wanted (its desugared `match`'s only arm).
            sugg = Suggestion(
                "consider returning a value here",
                (SubstitutionPart(span.shrink_to_hi(), f" /* `{fcx.resolve(expected)}` value */"),),
                Applicability.HAS_PLACEHOLDERS,
            )
            fcx.report_mismatch(span, expected, found, labels=labels, notes=["`for` loops evaluate to unit type `()`"], suggestions=[sugg])
        else:
            fcx.report_mismatch(span, expected, found)



def _multiline(sm: object, span: Span) -> bool:
    text = sm.snippet(span)  # type: ignore[attr-defined]
    return text is not None and "\n" in text


def _fn_sig_of(fcx: CoerceChecker, ty: t.Ty) -> t.FnSig | None:
    if isinstance(ty, t.FnDef):
        sig = fcx.tcx.fn_sig_instantiated(ty.def_id, ty.args)
        return sig.replace(inputs=tuple(fcx.normalize(i, DUMMY_SP) for i in sig.inputs), output=fcx.normalize(sig.output, DUMMY_SP))
    if isinstance(ty, t.Closure):
        sig_ty = fcx.shallow(ty.sig_ty)
        if isinstance(sig_ty, t.FnPtr):
            return sig_ty.sig
    return None


def mentions_upvars(tcx: object, closure: DefId) -> bool:
    """Whether a closure's body uses a local variable of an enclosing body (rustc's
    `upvars_mentioned`): known from the HIR before capture analysis has run, so that only
    a closure capturing nothing coerces to a fn pointer."""
    bound: set[object] = set()
    used: set[object] = set()
    body = tcx.body(closure)  # type: ignore[attr-defined]
    todo: list[object] = [body] if body is not None else []
    while todo:
        node = todo.pop()
        if isinstance(node, hir.BindingPat):
            bound.add(node.hir_id)
        elif isinstance(node, hir.PathExpr) and isinstance(node.qpath, hir.ResolvedPath) and isinstance(node.qpath.path.res, LocalRes):
            used.add(node.qpath.path.res.hir_id)
        elif isinstance(node, hir.ClosureExpr):
            inner = tcx.body(node.def_id)  # type: ignore[attr-defined]
            if inner is not None:
                todo.append(inner)
        todo.extend(hir.child_nodes(node))
    return bool(used - bound)
