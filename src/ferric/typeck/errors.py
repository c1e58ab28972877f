"""Reporting trait errors (rustc's `error_reporting/traits`): E0277 and its notes, E0271,
E0282/E0283, E0275, E0525.

The message and label of an unimplemented trait come from the trait's
`#[rustc_on_unimplemented(message = "...", label = "...", note = "...")]` attribute in std
when it has one (with `{Self}` and the trait's parameter names substituted), else from the
built-in table `_ON_UNIMPLEMENTED` of rustc's texts for the common std traits, else the
generic "the trait bound `T: Trait` is not satisfied". The cause chain becomes rustc's
notes: "required by a bound in `f`", "required for `X` to implement `Trait`", "required
because it appears within the type `X`".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from ferric.base.hygiene import HygieneData
from ferric.base.span import Span
from ferric.diag.diagnostic import (
    Applicability,
    Diagnostic,
    Label,
    Level,
    SubDiagnostic,
    SubstitutionPart,
    Suggestion,
)
from ferric.hir import nodes as hir
from ferric.resolve.defs import LOCAL_CRATE, STD_CRATE, DefId, DefKind
from ferric.syntax.ast import BorrowKind, Mutability
from ferric.traits.fulfill import ErrorKind, FulfillmentError
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.ty import ty as t
from ferric.ty.generics import ParamKind
from ferric.ty.predicate import ProjectionPredicate, TraitPredicate, TraitRef

# trait path inside std -> (message, label, notes); `{Self}`, `{Rhs}`, `{Idx}`, `{A}` are
# filled in from the trait reference.
_ON_UNIMPLEMENTED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "fmt::Display": (
        "`{Self}` doesn't implement `std::fmt::Display`",
        "`{Self}` cannot be formatted with the default formatter",
        ("in format strings you may be able to use `{{:?}}` (or {{:#?}} for pretty-print) instead",),
    ),
    "fmt::Debug": (
        "`{Self}` doesn't implement `Debug`",
        "`{Self}` cannot be formatted using `{{:?}}`",
        (),
    ),
    "marker::Send": (
        "`{Self}` cannot be sent between threads safely",
        "`{Self}` cannot be sent between threads safely",
        (),
    ),
    "marker::Sync": (
        "`{Self}` cannot be shared between threads safely",
        "`{Self}` cannot be shared between threads safely",
        (),
    ),
    "marker::Sized": (
        "the size for values of type `{Self}` cannot be known at compilation time",
        "doesn't have a size known at compile-time",
        (),
    ),
    "marker::Copy": ("the trait bound `{Self}: Copy` is not satisfied", "the trait `Copy` is not implemented for `{Self}`", ()),
    "iter::Iterator": ("`{Self}` is not an iterator", "`{Self}` is not an iterator", ()),
    "iter::traits::iterator::Iterator": ("`{Self}` is not an iterator", "`{Self}` is not an iterator", ()),
    "iter::IntoIterator": ("`{Self}` is not an iterator", "`{Self}` is not an iterator", ()),
    "iter::FromIterator": (
        "a value of type `{Self}` cannot be built from an iterator over elements of type `{A}`",
        "value of type `{Self}` cannot be built from `std::iter::Iterator<Item={A}>`",
        (),
    ),
    "iter::Sum": (
        "a value of type `{Self}` cannot be made by summing an iterator over elements of type `{A}`",
        "value of type `{Self}` cannot be made by summing a `std::iter::Iterator<Item={A}>`",
        (),
    ),
    "ops::Add": ("cannot add `{Rhs}` to `{Self}`", "no implementation for `{Self} + {Rhs}`", ()),
    "ops::Sub": ("cannot subtract `{Rhs}` from `{Self}`", "no implementation for `{Self} - {Rhs}`", ()),
    "ops::Mul": ("cannot multiply `{Self}` by `{Rhs}`", "no implementation for `{Self} * {Rhs}`", ()),
    "ops::Div": ("cannot divide `{Self}` by `{Rhs}`", "no implementation for `{Self} / {Rhs}`", ()),
    "ops::Rem": ("cannot calculate the remainder of `{Self}` divided by `{Rhs}`", "no implementation for `{Self} % {Rhs}`", ()),
    "ops::BitAnd": ("no implementation for `{Self} & {Rhs}`", "no implementation for `{Self} & {Rhs}`", ()),
    "ops::BitOr": ("no implementation for `{Self} | {Rhs}`", "no implementation for `{Self} | {Rhs}`", ()),
    "ops::BitXor": ("no implementation for `{Self} ^ {Rhs}`", "no implementation for `{Self} ^ {Rhs}`", ()),
    "ops::Shl": ("no implementation for `{Self} << {Rhs}`", "no implementation for `{Self} << {Rhs}`", ()),
    "ops::Shr": ("no implementation for `{Self} >> {Rhs}`", "no implementation for `{Self} >> {Rhs}`", ()),
    "ops::AddAssign": ("cannot add-assign `{Rhs}` to `{Self}`", "no implementation for `{Self} += {Rhs}`", ()),
    "ops::SubAssign": ("cannot subtract-assign `{Rhs}` from `{Self}`", "no implementation for `{Self} -= {Rhs}`", ()),
    "ops::MulAssign": ("cannot multiply-assign `{Self}` by `{Rhs}`", "no implementation for `{Self} *= {Rhs}`", ()),
    "ops::DivAssign": ("cannot divide-assign `{Self}` by `{Rhs}`", "no implementation for `{Self} /= {Rhs}`", ()),
    "ops::RemAssign": (
        "cannot calculate and assign the remainder of `{Self}` divided by `{Rhs}`",
        "no implementation for `{Self} %= {Rhs}`",
        (),
    ),
    "ops::BitAndAssign": ("no implementation for `{Self} &= {Rhs}`", "no implementation for `{Self} &= {Rhs}`", ()),
    "ops::BitOrAssign": ("no implementation for `{Self} |= {Rhs}`", "no implementation for `{Self} |= {Rhs}`", ()),
    "ops::BitXorAssign": ("no implementation for `{Self} ^= {Rhs}`", "no implementation for `{Self} ^= {Rhs}`", ()),
    "ops::ShlAssign": ("no implementation for `{Self} <<= {Rhs}`", "no implementation for `{Self} <<= {Rhs}`", ()),
    "ops::ShrAssign": ("no implementation for `{Self} >>= {Rhs}`", "no implementation for `{Self} >>= {Rhs}`", ()),
    "ops::Index": ("the type `{Self}` cannot be indexed by `{Idx}`", "`{Self}` cannot be indexed by `{Idx}`", ()),
    "cmp::PartialEq": ("can't compare `{Self}` with `{Rhs}`", "no implementation for `{Self} == {Rhs}`", ()),
    "cmp::PartialOrd": (
        "can't compare `{Self}` with `{Rhs}`",
        "no implementation for `{Self} < {Rhs}` and `{Self} > {Rhs}`",
        (),
    ),
    "ops::FromResidual": (
        "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)",
        "cannot use the `?` operator in a function that returns `{Self}`",
        (),
    ),
    "ops::Try": (
        "the `?` operator can only be applied to values that implement `Try`",
        "the `?` operator cannot be applied to type `{Self}`",
        (),
    ),
    "ops::Fn": ("expected a `Fn({Args})` closure, found `{Self}`", "expected an `Fn({Args})` closure, found `{Self}`", ()),
    "ops::FnMut": ("expected a `FnMut({Args})` closure, found `{Self}`", "expected an `FnMut({Args})` closure, found `{Self}`", ()),
    "ops::FnOnce": ("expected a `FnOnce({Args})` closure, found `{Self}`", "expected an `FnOnce({Args})` closure, found `{Self}`", ()),
    "hash::Hash": ("the trait bound `{Self}: Hash` is not satisfied", "the trait `Hash` is not implemented for `{Self}`", ()),
}


@dataclass(frozen=True, slots=True)
class _On:
    """One `on(...)` clause of a std trait's `#[rustc_on_unimplemented]`: texts that replace
    (message, label) or add to (notes) the trait's own when `when(Self, other args)` holds."""

    when: Callable[[t.Ty, list[object]], bool]
    message: str | None = None
    label: str | None = None
    notes: tuple[str, ...] = ()


def _is_int_var(ty: object) -> bool:
    return isinstance(ty, t.Infer) and ty.kind is t.InferKind.INT


def _is_float_var(ty: object) -> bool:
    return isinstance(ty, t.Infer) and ty.kind is t.InferKind.FLOAT


def _is_integral(ty: object) -> bool:
    return _is_int_var(ty) or isinstance(ty, t.Int | t.Uint)


def _is_floating(ty: object) -> bool:
    return (isinstance(ty, t.Infer) and ty.kind is t.InferKind.FLOAT) or isinstance(ty, t.Float)


def _is_adt_named(ty: object, *names: str) -> bool:
    return isinstance(ty, t.Adt) and str(ty).split("<")[0].rsplit("::", 1)[-1] in names


def _is_str(ty: object) -> bool:
    return ty is t.STR


def _is_ref_to(ty: object, inner: Callable[[object], bool]) -> bool:
    return isinstance(ty, t.Ref) and inner(ty.pointee)


_RANGE_NOTE = "if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`"
_ON_UNIMPLEMENTED_IF: dict[str, tuple[_On, ...]] = {
    "iter::IntoIterator": (
        _On(
            lambda s, a: _is_adt_named(s, "RangeTo"),
            label="if you meant to iterate until a value, add a starting value",
            notes=("`..end` is a `RangeTo`, which cannot be iterated on; you might have meant to have a bounded `Range`: `0..end`",),
        ),
        _On(
            lambda s, a: _is_adt_named(s, "RangeToInclusive"),
            label="if you meant to iterate until a value (including it), add a starting value",
            notes=("`..=end` is a `RangeToInclusive`, which cannot be iterated on; you might have meant to have a bounded `RangeInclusive`: `0..=end`",),
        ),
        _On(lambda s, a: isinstance(s, t.Slice) or _is_adt_named(s, "Vec"), label="`{Self}` is not an iterator; try calling `.into_iter()` or `.iter()`"),
        _On(lambda s, a: _is_ref_to(s, lambda x: isinstance(x, t.Slice)), label="`{Self}` is not an iterator; try calling `.iter()`"),
        _On(lambda s, a: _is_ref_to(s, _is_str) or _is_adt_named(s, "String"), label="`{Self}` is not an iterator; try calling `.chars()` or `.bytes()`"),
        _On(lambda s, a: _is_integral(s) or _is_floating(s), notes=(_RANGE_NOTE,)),
    ),
    "ops::Add": (
        _On(lambda s, a: _is_int_var(s) and bool(a) and _is_float_var(a[0]), message="cannot add a float to an integer"),
        _On(lambda s, a: _is_float_var(s) and bool(a) and _is_int_var(a[0]), message="cannot add an integer to a float"),
    ),
    "slice::SliceIndex": (
        _On(lambda s, a: True, message="the type `{T}` cannot be indexed by `{Self}`", label="slice indices are of type `usize` or ranges of `usize`"),
        _On(lambda s, a: bool(a) and _is_str(a[0]), label="string indices are ranges of `usize`"),
        _On(
            lambda s, a: bool(a) and (_is_str(a[0]) or _is_ref_to(a[0], _is_str) or _is_adt_named(a[0], "String")) and _is_int_var(s),
            notes=(
                "you can use `.chars().nth()` or `.bytes().nth()`\n"
                "for more information, see chapter 8 in The Book: <https://doc.rust-lang.org/book/ch08-02-strings.html#indexing-into-strings>",
            ),
        ),
    ),
}
"""The conditional texts of `_ON_UNIMPLEMENTED`'s traits, applied in order (a later clause's
message or label wins, notes accumulate)."""


def _main_trait_ref(fcx: object, leaf: TraitRef, cause: ObligationCause) -> TraitRef:
    """The trait reference whose texts describe the error: the root obligation's when it is
    another trait about (a reference to) the same type, else the failed one."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    root: TraitPredicate | None = None
    c: ObligationCause | None = cause
    while c is not None and c.kind in (CauseKind.IMPL_DERIVED, CauseKind.BUILTIN_DERIVED) and c.parent_pred is not None and not _is_coercion_link(fcx, c):
        root, c = c.parent_pred, c.parent
    if root is None or root.def_id == leaf.def_id or fcx.sel.lang_of.get(root.def_id) == "unsize":
        return leaf
    root_self = fcx.resolve(root.trait_ref.self_ty)
    leaf_self = fcx.resolve(leaf.self_ty)
    peeled = root_self
    while isinstance(peeled, t.Ref):
        peeled = peeled.pointee
    if leaf_self not in (root_self, peeled):
        return leaf
    resolved = fcx.infcx.resolve_vars_if_possible(root)
    assert isinstance(resolved, TraitPredicate)
    return resolved.trait_ref


def report_fulfillment_errors(fcx: object, errors: list[FulfillmentError]) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    seen = fcx.reported_obligations
    ambiguous: list[FulfillmentError] = []
    for e in errors:
        pred = fcx.infcx.resolve_vars_if_possible(e.obligation.pred)
        cause = e.obligation.cause
        if e.kind is ErrorKind.UNIMPLEMENTED and isinstance(pred, TraitPredicate):
            # An impl marked `#[diagnostic::do_not_recommend]` is not blamed: the
            # obligation that needed it is reported instead (`f64: Eq`, not `f64: FnPtr`).
            while cause.kind is CauseKind.IMPL_DERIVED and cause.def_id is not None and cause.parent_pred is not None and cause.parent is not None and fcx.tcx.has_attr(cause.def_id, "do_not_recommend"):
                parent = fcx.infcx.resolve_vars_if_possible(cause.parent_pred)
                assert isinstance(parent, TraitPredicate)
                pred, cause = parent, cause.parent
        key = (pred, cause.span)
        if key in seen:
            continue
        seen.add(key)
        if e.kind is ErrorKind.AMBIGUOUS:
            ambiguous.append(e)
            continue
        if e.kind is ErrorKind.UNIMPLEMENTED and isinstance(pred, TraitPredicate):
            if pred.trait_ref.references_error if hasattr(pred.trait_ref, "references_error") else _refs_error(pred):
                continue
            report_unimplemented(fcx, pred, cause)
        elif e.kind is ErrorKind.PROJECTION_MISMATCH and isinstance(pred, ProjectionPredicate):
            report_projection_mismatch(fcx, pred, e)
        elif e.kind is ErrorKind.OVERFLOW:
            d = Diagnostic.error(f"overflow evaluating the requirement `{pred}`", e.obligation.cause.span, "E0275")
            fcx.emit(d)
    if ambiguous and not fcx.tainted_by_errors():
        # rustc sorts `T: Sized` last: another ambiguity says more about the unknown type
        # (`<_ as FromStr>::Err == _` at `parse`, not `_: Sized` at the `map` around it).
        ambiguous.sort(key=lambda e: _is_sized_pred(fcx, e))
        report_ambiguity(fcx, ambiguous[0])


def _is_sized_pred(fcx: object, e: FulfillmentError) -> bool:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    pred = e.obligation.pred
    return isinstance(pred, TraitPredicate) and fcx.sel.lang_of.get(pred.def_id) == "sized"


def _refs_error(pred: TraitPredicate) -> bool:
    return any(isinstance(a, t.Ty) and a.references_error for a in pred.trait_ref.args)


def _trait_key(fcx: object, trait_id: int) -> str:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    if fcx.tcx.crate_of(trait_id) != 1:  # type: ignore[arg-type]
        return ""
    return fcx.tcx.defs.path_str(trait_id)  # type: ignore[arg-type]


def report_unimplemented(fcx: object, pred: TraitPredicate, cause: ObligationCause) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    tcx = fcx.tcx
    tr = pred.trait_ref
    self_ty = tr.self_ty
    lang = fcx.sel.lang_of.get(tr.def_id)
    if lang in ("fn", "fn_mut", "fn_once") and isinstance(self_ty, t.Closure) and _report_closure_mismatch(fcx, tr, self_ty, cause, lang):
        return
    if _report_try_residual(fcx, tr, cause):
        return
    # The texts come from the root obligation's trait when it is about the same type (`String:
    # IntoIterator` for a failed `String: Iterator`), as rustc's `report_selection_error`.
    main = _main_trait_ref(fcx, tr, cause)
    key = _trait_key(fcx, main.def_id)
    short = key.split("::")[0] + "::" + key.split("::")[-1] if key else ""
    table = _ON_UNIMPLEMENTED.get(key) or _ON_UNIMPLEMENTED.get(short)
    subst = {"Self": str(main.self_ty)}
    params = [p for p in tcx.generics_of(main.def_id).own_params if p.name != "Self"]
    for p, a in zip(params, main.args[1:], strict=False):
        subst[p.name] = str(a) if not isinstance(a, t.Tuple) or p.name != "Args" else ", ".join(str(x) for x in a.elems)
    subst.setdefault("Rhs", subst.get("Self", ""))
    notes: tuple[str, ...] = ()
    explanation = f"the trait `{_trait_sugared(fcx, tr)}` is not implemented for `{self_ty}`"
    label: str | None
    if table is not None:
        msg = _fill(table[0], subst)
        label = _fill(table[1], subst)
        notes = tuple(_fill(n, subst) for n in table[2])
    else:
        msg = f"the trait bound `{self_ty}: {tr.print_only_trait_path()}` is not satisfied"
        label = None
    for on in _ON_UNIMPLEMENTED_IF.get(key, ()) or _ON_UNIMPLEMENTED_IF.get(short, ()):
        if on.when(fcx.resolve(main.self_ty), [fcx.resolve(a) if isinstance(a, t.Ty) else a for a in main.args[1:]]):
            msg = _fill(on.message, subst) if on.message is not None else msg
            label = _fill(on.label, subst) if on.label is not None else label
            notes = (*notes, *(_fill(n, subst) for n in on.notes))
    local_adt = isinstance(self_ty, t.Adt) and tcx.crate_of(self_ty.def_id) == LOCAL_CRATE
    origin = cause
    while origin.parent is not None and origin.kind in (CauseKind.IMPL_DERIVED, CauseKind.BUILTIN_DERIVED):
        origin = origin.parent
    if key in ("fmt::Display", "fmt::Debug") and origin.kind is not CauseKind.FORMAT_ARG:
        # std's `on(from_desugaring = "FormatLiteral", label = .., note = ..)`: outside a
        # format string only the message applies.
        label, notes = None, ()
    if key == "marker::Sync":
        notes = (*notes, *_sync_cell_notes(fcx, self_ty))
    if key == "fmt::Debug" and local_adt:
        notes = (f"add `#[derive(Debug)]` to `{self_ty}` or manually `impl Debug for {self_ty}`", *notes)
    if key == "fmt::Debug" and label is not None:
        label += " because it doesn't implement `Debug`"
    derive = _derive_suggestion(fcx, pred) if lang != "sized" else None
    # rustc points at a local type that cannot simply derive the trait.
    ty_span = header_span(tcx, self_ty.def_id) if isinstance(self_ty, t.Adt) and local_adt and derive is None else None
    # Inside a type that needs the trait structurally (a closure's captures, a struct's
    # fields): "within `Outer`, the trait `Send` is not implemented for `Inner`".
    within = _outermost_builtin_parent(fcx, cause)
    pre = ""
    if within is not None:
        pre = f"within `{within[0]}`, "
        if table is None:
            msg += f" in `{within[0]}`"
    span, call_span, blamed_arg = _blame_call_argument(fcx, cause)
    if cause.kind is CauseKind.MAIN_RETURN and lang == "termination":
        # std's `on(cause = "MainFunctionType", ..)` texts for `Termination`.
        d = Diagnostic.error(f"`main` has invalid return type `{self_ty}`", span, "E0277")
        d.with_primary(span, "`main` can only return types that implement `Termination`")
        d.with_help("consider using `()`, or a `Result`")
        fcx.emit(d)
        return
    d = Diagnostic.error(msg, span, "E0277")
    help_text = pre + explanation
    if label == explanation:
        label = None  # the table's default text, not an `on_unimplemented` label
    maybe_sized = _maybe_sized_bound(fcx, self_ty) if lang == "sized" else None
    if label is not None:
        d.with_primary(span, label)
        if maybe_sized is not None:
            d.with_label(maybe_sized[0], "this type parameter needs to be `Sized`")
        elif lang == "sized" or not isinstance(self_ty, t.Param):
            d.with_help(help_text, ty_span)
    elif ty_span is not None:
        d.with_primary(span, "unsatisfied trait bound")
        d.with_help(help_text, ty_span)
    else:
        d.with_primary(span, explanation)
        if pre:
            d.with_help(help_text)
    if within is not None and within[1] is not None:
        d.with_label(within[1], f"within this `{within[0]}`")
    if call_span is not None:
        d.with_label(call_span, "required by a bound introduced by this call")
    _impl_candidates_help(fcx, d, tr.def_id, len(tr.args))
    if origin.kind is CauseKind.FORMAT_ARG and isinstance(origin.extra, Span):
        d.with_label(origin.extra, "required by this formatting parameter")
    for n in notes:
        d.with_note(n)
    if maybe_sized is not None and maybe_sized[1] is not None:
        d.with_suggestion(
            "consider removing the `?Sized` bound to make the type parameter `Sized`",
            [(maybe_sized[1], "")],
            Applicability.MAYBE_INCORRECT,
        )
    _cause_notes(fcx, d, cause)
    if derive is not None:
        d.suggestions.append(derive)
    if maybe_sized is None:
        _restrict_param_suggestion(fcx, d, tr)
    if blamed_arg is not None and call_span is not None:
        _deref_suggestion(fcx, d, pred, cause, blamed_arg)
    fcx.emit(d)


def _maybe_sized_bound(fcx: object, self_ty: t.Ty) -> tuple[Span, Span | None] | None:
    """A type parameter declared `?Sized` where it must be `Sized`: its name, and what to
    delete to drop the `?Sized` (None when that is not simple: rustc's
    `suggest_unsized_bound_if_applicable`)."""
    find = getattr(fcx, "_generic_param", None)
    if not isinstance(self_ty, t.Param) or self_ty.name == "Self" or find is None:
        return None
    found = find(self_ty.name)
    if found is None:
        return None
    gp, generics = found
    for p in generics.predicates:
        if not (isinstance(p, hir.BoundPredicate) and names_param(p.bounded_ty, gp.def_id)):
            continue
        for k, b in enumerate(p.bounds):
            if not (isinstance(b, hir.TraitBound) and b.poly.polarity is hir.BoundPolarity.MAYBE):
                continue
            cut: Span | None = None
            if len(p.bounds) == 1:
                if p.origin is hir.PredicateOrigin.GENERIC_PARAM:
                    cut = Span(gp.name.span.hi, b.span.hi, b.span.ctxt)
                elif generics.where_span is not None:
                    wheres = [q for q in generics.predicates if getattr(q, "origin", None) is hir.PredicateOrigin.WHERE_CLAUSE]
                    if wheres == [p]:
                        cut = generics.where_span
            elif k + 1 < len(p.bounds):
                cut = Span(b.span.lo, p.bounds[k + 1].span.lo, b.span.ctxt)
            else:
                cut = Span(p.bounds[k - 1].span.hi, b.span.hi, b.span.ctxt)
            return gp.name.span, cut
    return None


def _deref_suggestion(fcx: object, d: Diagnostic, pred: TraitPredicate, cause: ObligationCause, arg: hir.Expr) -> None:
    """rustc's `suggest_dereferences`: an argument whose type fails the bound while what it
    dereferences to (a `Copy` value, or anything behind a `&` written at the call) meets
    it: "consider dereferencing here", with as many `*` as steps."""
    from ferric.typeck.coerce import Autoderef
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    real = pred
    c = cause
    while c.parent is not None and c.kind in (CauseKind.BUILTIN_DERIVED, CauseKind.IMPL_DERIVED):
        if c.parent_pred is not None:
            real = c.parent_pred
        c = c.parent
    real_ty = fcx.resolve(real.trait_ref.self_ty)
    if real_ty != fcx.resolve(fcx.results.expr_ty_adjusted(arg.hir_id)):
        return
    under_ref: t.Ref | None = None
    base, span = real_ty, arg.span
    if isinstance(arg, hir.AddrOfExpr):
        if (
            arg.kind is not BorrowKind.REF
            or arg.mutbl is not Mutability.NOT
            or not isinstance(real_ty, t.Ref)
            or real_ty.mutbl is not Mutability.NOT
        ):
            return
        under_ref, base, span = real_ty, real_ty.pointee, arg.expr.span
    tcx = fcx.tcx
    copy = tcx.lang_item("copy")
    sized = tcx.lang_item("sized")
    tr = real.trait_ref
    is_boxed = isinstance(base, t.Adt) and tcx.adt_def(base.def_id).is_box
    for steps, ty in enumerate(Autoderef(fcx, base, span)):  # type: ignore[arg-type]
        can_deref = (
            under_ref is not None
            or (copy is not None and fcx.type_implements(ty, copy) is True)
            or (isinstance(ty, t.Infer) and ty.kind in (t.InferKind.INT, t.InferKind.FLOAT))
            or isinstance(ty, t.Int | t.Uint | t.Float)
            or (is_boxed and sized is not None and fcx.type_implements(ty, sized) is True)
        )
        is_boxed = is_boxed and isinstance(ty, t.Adt) and tcx.adt_def(ty.def_id).is_box
        self_ty = t.Ref(under_ref.region, ty, Mutability.NOT) if under_ref is not None else ty
        if steps > 0 and can_deref and fcx.type_implements(self_ty, tr.def_id, tr.args[1:]) is not False:
            d.with_suggestion("consider dereferencing here", [(span.shrink_to_lo(), "*" * steps)])
            return


def _report_try_residual(fcx: object, tr: TraitRef, cause: ObligationCause) -> bool:
    """std's `on(from_desugaring = "QuestionMark", ..)` texts for `FromResidual`: a `?` whose
    residual the enclosing body's return type cannot take. The `?` is underlined, the
    signature labelled, and a fn written without a return type is offered
    `-> Result<(), Box<dyn std::error::Error>>` (rustc's `suggest_add_result_as_return_type`).
    Returns False when the obligation is not a `?`'s."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    site = fcx.try_sites.get(cause.span)
    if site is None or cause.kind is not CauseKind.ITEM_BOUND or cause.def_id != fcx.tcx.lang_item("from_residual"):
        return False
    self_ty = fcx.resolve(tr.self_ty)
    residual = fcx.resolve(tr.args[1]) if len(tr.args) > 1 and isinstance(tr.args[1], t.Ty) else None
    self_name = fcx.tcx.item_name(self_ty.def_id) if isinstance(self_ty, t.Adt) else None
    res_name = fcx.tcx.item_name(residual.def_id) if isinstance(residual, t.Adt) else None
    ctx = site.words
    if self_name == "Result" and res_name == "Option":
        msg = f"the `?` operator can only be used on `Result`s, not `Option`s, in {ctx} that returns `Result`"
        label = f"use `.ok_or(...)?` to provide an error compatible with `{self_ty}`"
        parent = "this function returns a `Result`"
    elif self_name == "Option" and res_name == "Result":
        msg = f"the `?` operator can only be used on `Option`s, not `Result`s, in {ctx} that returns `Option`"
        label = f"use `.ok()?` if you want to discard the `{residual}` error information"
        parent = "this function returns an `Option`"
    elif self_name == "Option":
        msg = f"the `?` operator can only be used on `Option`s in {ctx} that returns `Option`"
        label = f"this `?` produces `{residual}`, which is incompatible with `{self_ty}`"
        parent = "this function returns an `Option`"
    else:
        msg = (
            f"the `?` operator can only be used in {ctx} that returns `Result` or `Option` "
            "(or another type that implements `FromResidual`)"
        )
        label = f"cannot use the `?` operator in {ctx} that returns `{self_ty}`"
        parent = "this function should return `Result` or `Option` to accept `?`"
    d = Diagnostic.error(msg, cause.span, "E0277")
    d.with_primary(cause.span, label)
    d.with_label(site.head, parent)
    if site.ret_insert is not None and self_ty == t.UNIT:
        parts = [(site.ret_insert, " -> Result<(), Box<dyn std::error::Error>>")]
        if site.ok_insert is not None:
            parts.append(site.ok_insert)
        d.with_suggestion("consider adding return type", parts, Applicability.MAYBE_INCORRECT)
    fcx.emit(d)
    return True


_ATOMIC_CELLS = frozenset({"u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize", "bool"})


def _sync_cell_notes(fcx: object, self_ty: t.Ty) -> tuple[str, ...]:
    """std's `on(Self = "core::cell::RefCell<T>", note = ..)` texts on `Sync`: which shared
    type to use instead of a `Cell`/`RefCell`/`OnceCell`."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    if not isinstance(self_ty, t.Adt) or fcx.tcx.crate_of(self_ty.def_id) != STD_CRATE:
        return ()
    name = fcx.tcx.item_name(self_ty.def_id)
    lead = "if you want to do aliasing and mutation between multiple threads, use "
    if name == "OnceCell":
        return (lead + "`std::sync::OnceLock` instead",)
    if name == "Cell":
        inner = self_ty.args[0] if self_ty.args else None
        if isinstance(inner, t.Ty) and str(inner) in _ATOMIC_CELLS:
            atomic = "AtomicBool" if str(inner) == "bool" else f"Atomic{str(inner).capitalize()}"
            return (lead + f"`std::sync::RwLock` or `std::sync::atomic::{atomic}` instead",)
        return (lead + "`std::sync::RwLock`",)  # (std's text for `Cell<T>` has no "instead")
    if name == "RefCell":
        return (lead + "`std::sync::RwLock` instead",)
    return ()


def _trait_sugared(fcx: object, tr: TraitRef) -> str:
    """rustc's `print_trait_sugared`: `Fn(i32)` for the `Fn` traits (their arguments as a
    parenthesized list, no return type), else the trait path with its arguments."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    lang = fcx.sel.lang_of.get(tr.def_id)
    if lang in _FN_TRAITS and len(tr.args) == 2 and isinstance(tr.args[1], t.Tuple):
        return f"{fcx.tcx.def_path_str(tr.def_id)}({', '.join(str(a) for a in tr.args[1].elems)})"
    return tr.print_only_trait_path()


_FN_TRAITS = frozenset({"fn", "fn_mut", "fn_once", "async_fn", "async_fn_mut", "async_fn_once"})


def names_param(hty: object, def_id: object) -> bool:
    """Whether the HIR type `hty` is the path to type parameter `def_id`."""
    if isinstance(hty, hir.PathTy):
        res = getattr(getattr(hty.qpath, "path", None), "res", None)
        return getattr(res, "def_id", None) == def_id
    return False


def _restrict_param_suggestion(fcx: object, d: Diagnostic, tr: TraitRef, path: str | None = None) -> None:
    """rustc's `suggest_restricting_param_bound`: `T: path::Trait` (or `+ path::Trait` after
    the bounds `T` has) for a bound a type parameter of the item lacks (`path`: the bound
    as written when the caller names it otherwise)."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    self_ty = tr.self_ty
    find = getattr(fcx, "_generic_param", None)
    if not isinstance(self_ty, t.Param) or self_ty.name == "Self" or len(tr.args) != 1 or find is None:
        return
    found = find(self_ty.name)
    if found is None:
        return
    gp, generics = found
    tcx = fcx.tcx
    if path is None:
        path = tcx.defs.path_str(tr.def_id, tcx.crate_names)
    preds = [
        p for p in generics.predicates
        if isinstance(p, hir.BoundPredicate) and p.bounds and names_param(p.bounded_ty, gp.def_id)
    ]
    if preds:
        at, text, further = preds[-1].span.shrink_to_hi(), f" + {path}", "further "
    else:
        at, text, further = gp.name.span.shrink_to_hi(), f": {path}", ""
    d.with_suggestion(
        f"consider {further}restricting type parameter `{self_ty.name}` with trait `{tcx.item_name(tr.def_id)}`",
        [(at, text)],
        Applicability.MAYBE_INCORRECT,
    )


def header_span(tcx: object, def_id: int) -> Span:
    """rustc's `def_span` of an item: its header, from the keyword to the end of its name and
    generics (`struct Tri`, `impl Shape for Circle`), not its body."""
    from ferric.hir import nodes as hir
    from ferric.ty.context import TyCtxt

    assert isinstance(tcx, TyCtxt)
    span = tcx.def_span(def_id)  # type: ignore[arg-type]
    item = tcx.hir_item(def_id)  # type: ignore[arg-type]
    if isinstance(item, hir.ImplItem):
        return Span(item.span.lo, item.self_ty.span.hi, item.span.ctxt)
    ident = getattr(getattr(item, "ident", None), "span", None)
    generics = getattr(item, "generics", None)
    if item is not None and isinstance(ident, Span):
        hi = max(ident.hi, generics.span.hi) if isinstance(generics, hir.Generics) and generics.span.hi > ident.hi else ident.hi
        return Span(item.span.lo, hi, item.span.ctxt)
    return span


def _impl_candidates_help(fcx: object, d: Diagnostic, trait_id: int, n_args: int) -> None:
    """rustc's `report_similar_impl_candidates` for a trait of this crate: that it has no
    impls, the one type it is implemented for, or each implementing type at its impl."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    tcx = fcx.tcx
    if tcx.crate_of(trait_id) != LOCAL_CRATE or n_args != 1 or fcx.sel.lang_of.get(trait_id) is not None:  # type: ignore[arg-type]
        return
    if tcx.trait_def(trait_id).is_auto if hasattr(tcx.trait_def(trait_id), "is_auto") else False:  # type: ignore[arg-type]
        return
    impls = [i for i in tcx.trait_impls(trait_id) if tcx.crate_of(i) == LOCAL_CRATE]  # type: ignore[arg-type]
    name = tcx.item_name(trait_id)  # type: ignore[arg-type]
    if not impls:
        d.with_help("this trait has no implementations, consider adding one", tcx.def_span(trait_id))  # type: ignore[arg-type]
        return
    refs = [(i, tcx.impl_trait_ref(i)) for i in impls]
    if len(refs) == 1 and refs[0][1] is not None:
        d.with_help(f"the trait `{name}` is implemented for `{refs[0][1].self_ty}`", header_span(tcx, refs[0][0]))
        return
    sub = SubDiagnostic(Level.HELP, f"the following other types implement trait `{name}`")
    for impl_id, ref in refs[:8]:
        if ref is not None:
            sub.labels.append(Label(header_span(tcx, impl_id), f"`{ref.self_ty}`", True))
    d.children.append(sub)


_DERIVABLE = frozenset({"Clone", "Copy", "Debug", "Default", "Eq", "Hash", "Ord", "PartialEq", "PartialOrd"})


def _derive_suggestion(fcx: object, pred: TraitPredicate) -> Suggestion | None:
    """rustc's `suggest_derive`: "consider annotating `X` with `#[derive(Trait)]`" for a local
    ADT whose fields all implement a derivable trait (`can_suggest_derive`)."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    tcx = fcx.tcx
    self_ty = pred.trait_ref.self_ty
    if not isinstance(self_ty, t.Adt) or tcx.crate_of(self_ty.def_id) != LOCAL_CRATE:
        return None
    name = _derivable_name(fcx, pred.trait_ref.def_id)
    if name is None:
        return None
    adt = tcx.adt_def(self_ty.def_id)
    rhs = pred.trait_ref.args[1:]
    if name == "Default" and adt.kind.value == "enum":
        return None
    if name in ("PartialEq", "PartialOrd") and rhs and rhs[0] != self_ty:
        return None
    for v in adt.variants:
        for f in v.fields:
            fty = tcx.field_ty(f, self_ty.args)
            args = (fty,) if name in ("PartialEq", "PartialOrd") else ()
            if fcx.type_implements(fty, pred.trait_ref.def_id, args) is not True:
                return None
    at = tcx.def_span(self_ty.def_id).shrink_to_lo()
    return Suggestion(
        f"consider annotating `{self_ty}` with `#[derive({name})]`",
        (SubstitutionPart(at, f"#[derive({name})]\n"),),
        Applicability.MAYBE_INCORRECT,
    )


def _derivable_name(fcx: object, trait_id: int) -> str | None:
    """The name of a std trait `#[derive]` can implement, else None."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    if fcx.tcx.crate_of(trait_id) != STD_CRATE:  # type: ignore[arg-type]
        return None
    name = fcx.tcx.item_name(trait_id)  # type: ignore[arg-type]
    return name if name in _DERIVABLE else None


_COERCION_TRAITS = ("unsize", "coerce_unsized")


def _is_coercion_link(fcx: object, cause: ObligationCause) -> bool:
    """Whether `cause` derives from an `Unsize`/`CoerceUnsized` obligation: a coercion's own
    requirement, which rustc reports as "required for the cast from `A` to `B`" (it selects
    those traits itself while coercing) rather than as a chain of impls."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    pp = cause.parent_pred
    return cause.kind in (CauseKind.IMPL_DERIVED, CauseKind.BUILTIN_DERIVED) and pp is not None and fcx.sel.lang_of.get(pp.def_id) in _COERCION_TRAITS


def _cast_note(fcx: object, d: Diagnostic, cause: ObligationCause) -> None:
    """The coercion note for a chain entering `Unsize`/`CoerceUnsized` at `cause`: the cast
    from the outermost `CoerceUnsized` obligation's self type to its target."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    top: TraitPredicate | None = None
    cur: ObligationCause | None = cause
    while cur is not None and _is_coercion_link(fcx, cur):
        top = cur.parent_pred
        cur = cur.parent
    if top is None or len(top.trait_ref.args) < 2:
        return
    top = cast(TraitPredicate, fcx.infcx.resolve_vars_if_possible(top))
    d.with_note(f"required for the cast from `{top.self_ty}` to `{top.trait_ref.args[1]}`")


def _outermost_builtin_parent(fcx: object, cause: ObligationCause) -> tuple[t.Ty, Span | None] | None:
    """The outermost type of a chain of structural requirements ending at `cause`, and for a
    closure, coroutine or opaque type its definition's span (rustc's `get_parent_trait_ref`)."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    found: tuple[t.Ty, Span | None] | None = None
    cur: ObligationCause | None = cause
    while cur is not None and cur.kind is CauseKind.BUILTIN_DERIVED and cur.parent_pred is not None and not _is_coercion_link(fcx, cur):
        pp = fcx.infcx.resolve_vars_if_possible(cur.parent_pred)
        assert isinstance(pp, TraitPredicate)
        ty = pp.self_ty
        span: Span | None = None
        if isinstance(ty, t.Closure | t.Coroutine | t.Foreign) or (isinstance(ty, t.Alias) and ty.kind is t.AliasKind.OPAQUE):
            span = fcx.tcx.def_span(ty.def_id)
        found = (ty, span)
        cur = cur.parent
    return found


def _ancestor_in_ctxt(hygiene: HygieneData | None, span: Span, ctxt: int) -> Span:
    """`span`, or the macro call site it was expanded from that lies in `ctxt` (rustc's
    `find_ancestor_in_same_ctxt`, falling back to `span`)."""
    cur = span
    for _ in range(10_000):
        if cur.ctxt == ctxt or hygiene is None:
            break
        data = hygiene.data(cur.ctxt)
        if data is None:
            break
        cur = data.call_site
    return cur if cur.ctxt == ctxt else span


def blame_call_argument(fcx: object, cause: ObligationCause) -> tuple[Span, Span | None]:
    """Where to point for an obligation that a call's callee imposed ("required by a bound in
    `f`"): at the one argument whose declared type holds the bound's parameter, with the callee
    to be labelled "required by a bound introduced by this call"; else at `cause.span`
    (rustc's `adjust_fulfillment_error_for_expr_obligation`, for calls)."""
    span, call_span, _ = _blame_call_argument(fcx, cause)
    return span, call_span


def _blame_call_argument(fcx: object, cause: ObligationCause) -> tuple[Span, Span | None, hir.Expr | None]:
    """`blame_call_argument`, with the blamed argument (None: no argument is blamed)."""
    from ferric.ty.fold import TyWalker
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    root = cause
    while root.parent is not None and root.kind in (CauseKind.BUILTIN_DERIVED, CauseKind.IMPL_DERIVED):
        root = root.parent
    if root.kind is not CauseKind.ITEM_BOUND or root.def_id is None or root.span != cause.span:
        return cause.span, None, None
    site = fcx.call_sites.get((root.span, root.def_id))
    if site is None:
        return cause.span, None, None
    tcx = fcx.tcx
    clause = next((c for c, sp in tcx.predicates_of(root.def_id) if sp == root.bound_span), None)
    if clause is None:
        return cause.span, None, None
    clause_args: list[object] = []
    if isinstance(clause, TraitPredicate):
        clause_args = list(clause.trait_ref.args)
    elif isinstance(clause, ProjectionPredicate):
        clause_args = [*clause.alias.args, clause.term]
    params: list[t.Param] = []
    for a in clause_args:
        if isinstance(a, t.Ty):
            params.extend(x for x in TyWalker.walk(a) if isinstance(x, t.Param) and x not in params)
    generics = tcx.generics_of(root.def_id)
    local = next((p for p in params if p.index >= generics.parent_count), None)
    fallback = next((p for p in params if p.index < generics.parent_count and p.name != "Self"), None)
    self_param = next((p for p in params if p.name == "Self"), None)
    method = site.receiver is not None
    if method and isinstance(clause, TraitPredicate):
        # A turbofish argument the failing bound's self type was written as (`sum::<N>()`).
        pred_self = clause.trait_ref.args[0]
        if isinstance(pred_self, t.Param) and pred_self.index >= generics.parent_count:
            own = [p for p in generics.own_params if p.kind is not ParamKind.LIFETIME and not p.synthetic]
            at = next((i for i, p in enumerate(own) if p.index == pred_self.index), None)
            if at is not None and at < len(site.type_args):
                return site.type_args[at], site.callee_span, None
    inputs = tcx.fn_sig(root.def_id).inputs
    # A method's obligations are caused at its name, a fn's at the call.
    span = site.callee_span if method else cause.span
    for param in (local, fallback, self_param):
        if param is None:
            continue
        holding = [i for i, ty in enumerate(inputs) if any(isinstance(x, t.Param) and x.index == param.index for x in TyWalker.walk(ty))]
        if len(holding) == 1:
            i = holding[0]
            # rustc never blames a method's receiver: its bounds were met by the probe.
            arg = (None if i == 0 else site.args[i - 1] if i - 1 < len(site.args) else None) if method else (site.args[i] if i < len(site.args) else None)
            if arg is not None:
                arg_span = _ancestor_in_ctxt(tcx.hygiene, arg.span, cause.span.ctxt)
                return arg_span, (site.callee_span if site.callee_span != arg_span else None), arg
        elif holding:
            span = site.callee_span
    return span, None, None


def _report_closure_mismatch(fcx: object, tr: object, closure: t.Closure, cause: ObligationCause, lang: str) -> bool:
    """A closure that does not fit an `Fn*` bound: its arguments differ (E0593 count,
    E0631 types), or it implements a weaker `Fn` trait than required (E0525)."""
    from ferric.ty.predicate import TraitRef
    from ferric.typeck.fcx import FnCtxtBase
    from ferric.typeck.results import CaptureKind

    assert isinstance(fcx, FnCtxtBase) and isinstance(tr, TraitRef)
    tcx = fcx.tcx
    sig_ty = fcx.resolve(closure.sig_ty)
    args = fcx.resolve(tr.args[1]) if len(tr.args) > 1 and isinstance(tr.args[1], t.Ty) else None
    at = _closure_error_span(fcx, cause)
    trait_name = tcx.def_path_str(tr.def_id)
    closure_span = tcx.def_span(closure.def_id)
    if isinstance(sig_ty, t.FnPtr) and isinstance(args, t.Tuple):
        found = sig_ty.sig.inputs
        if len(found) != len(args.elems):
            n, m = len(args.elems), len(found)
            d = Diagnostic.error(
                f"closure is expected to take {n} argument{'s' if n != 1 else ''}, but it takes {m} argument{'s' if m != 1 else ''}",
                at,
                "E0593",
            )
            d.with_primary(at, f"expected closure that takes {n} argument{'s' if n != 1 else ''}")
            d.with_label(closure_span, f"takes {m} argument{'s' if m != 1 else ''}")
            _cause_notes(fcx, d, cause)
            fcx.emit(d)
            return True
        if not all(_may_equal(fcx, a, b) for a, b in zip(args.elems, found, strict=True)):
            exp = "fn(" + ", ".join(str(x) for x in args.elems) + ") -> _"
            fnd = "fn(" + ", ".join(str(fcx.resolve(x)) for x in found) + ") -> _"
            d = Diagnostic.error("type mismatch in closure arguments", at, "E0631")
            d.with_primary(at, "expected due to this")
            d.with_label(closure_span, "found signature defined here")
            d.with_note(f"expected closure signature `{exp}`\n   found closure signature `{fnd}`")
            _cause_notes(fcx, d, cause)
            fcx.emit(d)
            return True
    if lang == "fn_once":
        return False
    kind = fcx.resolve(closure.kind_ty)
    if not isinstance(kind, t.Int):
        return False
    found_kind = "FnOnce" if kind is t.CLOSURE_KIND_FN_ONCE else "FnMut"
    d = Diagnostic.error(
        f"expected a closure that implements the `{trait_name}` trait, but this closure only implements `{found_kind}`",
        closure_span,
        "E0525",
    )
    d.with_primary(closure_span, f"this closure implements `{found_kind}`, not `{trait_name}`")
    for c in fcx.results.closure_captures.get(closure.def_id, []):
        name = _captured_var_name(fcx, c.span)
        what = f"the variable `{name}`" if name else "a captured variable"
        if found_kind == "FnMut" and c.kind in (CaptureKind.BY_MUT_REF, CaptureKind.BY_UNIQUE_REF):
            d.with_label(cast("Span", c.span), f"closure is `FnMut` because it mutates {what} here")
            break
        if found_kind == "FnOnce" and c.kind is CaptureKind.BY_VALUE:
            d.with_label(cast("Span", c.span), f"closure is `FnOnce` because it moves {what} out of its environment")
            break
    blamed, call_span = blame_call_argument(fcx, cause)
    if blamed != closure_span:
        d.with_label(blamed, f"the requirement to implement `{trait_name}` derives from here")
    if call_span is not None:
        d.with_label(call_span, "required by a bound introduced by this call")
    _cause_notes(fcx, d, cause)
    fcx.emit(d)
    return True


def _closure_error_span(fcx: object, cause: ObligationCause) -> Span:
    """Where rustc reports a closure whose signature does not fit a callee's `Fn*` bound: the
    whole call for a fn, the method's name for a method call."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    root = cause
    while root.parent is not None and root.kind in (CauseKind.BUILTIN_DERIVED, CauseKind.IMPL_DERIVED):
        root = root.parent
    if root.kind is CauseKind.ITEM_BOUND and root.def_id is not None:
        site = fcx.call_sites.get((root.span, root.def_id))
        if site is not None and site.call_span is not None:
            return site.call_span
    return cause.span


def _captured_var_name(fcx: object, span: object) -> str | None:
    """The name of a captured variable: the path at the capture's use starts with it (a field
    capture `a.b` is a use of `a`)."""
    import re

    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    if not isinstance(span, Span):
        return None
    text = fcx.tcx.source_map.snippet(span)
    m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", text or "")
    return m.group(0) if m else None


def _may_equal(fcx: object, a: t.Ty, b: t.Ty) -> bool:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    snap = fcx.infcx.snapshot()
    try:
        return fcx.try_equate(a, b)
    finally:
        fcx.infcx.rollback_to(snap)


def _cause_notes(fcx: object, d: Diagnostic, cause: ObligationCause | None) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    tcx = fcx.tcx
    depth = 0
    while cause is not None and depth < 16:
        depth += 1
        if _is_coercion_link(fcx, cause):
            _cast_note(fcx, d, cause)
            while cause is not None and _is_coercion_link(fcx, cause):
                cause = cause.parent
            continue
        if cause.kind is CauseKind.SHARED_STATIC:
            d.with_note("shared static variables must have a type that implements `Sync`")
        elif cause.kind is CauseKind.SIZED_LOCAL:
            if isinstance(cause.extra, Span):
                d.suggestions.append(Suggestion("consider borrowing here", (SubstitutionPart(cause.extra, "&"),)))
            d.with_note("all local variables must have a statically known size")
        elif cause.kind is CauseKind.SIZED_ARGUMENT:
            _sized_argument_help(d, cause)
        elif cause.kind is CauseKind.FIELD_SIZED:
            _field_sized_help(fcx, d, cause)
        elif cause.kind is CauseKind.SLICE_ELEM:
            d.with_note("slice and array elements must have `Sized` type")
        elif cause.kind is CauseKind.TUPLE_INIT:
            d.with_note("tuples must have a statically known size to be initialized")
        elif cause.kind is CauseKind.ITEM_BOUND and cause.def_id is not None:
            # An associated type's bound: `Trait::Assoc`, as rustc prints it.
            _bound_note(fcx, d, cause)
        elif cause.kind is CauseKind.IMPL_DERIVED and cause.parent_pred is not None:
            pp = fcx.infcx.resolve_vars_if_possible(cause.parent_pred)
            assert isinstance(pp, TraitPredicate)
            d.with_note(f"required for `{pp.self_ty}` to implement `{pp.trait_ref.print_only_trait_path()}`")
        elif cause.kind is CauseKind.BUILTIN_DERIVED and cause.parent_pred is not None:
            pp = fcx.infcx.resolve_vars_if_possible(cause.parent_pred)
            assert isinstance(pp, TraitPredicate)
            st = pp.self_ty
            parent = cause.parent
            if isinstance(st, t.Tuple) and parent is not None and parent.kind is CauseKind.BUILTIN_DERIVED and parent.parent_pred is not None and isinstance(fcx.infcx.shallow_resolve(parent.parent_pred.self_ty), t.Closure | t.Coroutine):
                pass  # a closure's tuple of captures is not shown
            elif isinstance(st, t.Closure):
                d.with_note("required because it's used within this closure", tcx.def_span(st.def_id))
            elif isinstance(st, t.Adt):
                item = tcx.hir_item(st.def_id)
                d.with_note(f"required because it appears within the type `{st}`", item.ident.span if item is not None else tcx.def_span(st.def_id))
            else:
                d.with_note(f"required because it appears within the type `{st}`")
        cause = cause.parent


def _field_sized_help(fcx: object, d: Diagnostic, cause: ObligationCause) -> None:
    """rustc's `FieldSized`: which fields may be unsized, and the two ways to give the
    field a size (`&T`, `Box<T>`)."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    which = {
        "struct": "only the last field of a struct may have a dynamically sized type",
        "enum": "no field of an enum variant may have a dynamically sized type",
        "union": "no field of a union may have a dynamically sized type",
    }
    d.with_note(which.get(str(cause.extra), which["struct"]))
    d.with_help("change the field's type to have a statically known size")
    sp = cause.span
    if fcx.tcx.source_map.snippet(sp) is None:
        return
    d.suggestions.append(
        Suggestion("borrowed types always have a statically known size", (SubstitutionPart(sp.shrink_to_lo(), "&"),))
    )
    d.suggestions.append(
        Suggestion(
            "the `Box` type always has a statically known size and allocates its contents in the heap",
            (SubstitutionPart(sp.shrink_to_lo(), "Box<"), SubstitutionPart(sp.shrink_to_hi(), ">")),
        )
    )


def _sized_argument_help(d: Diagnostic, cause: ObligationCause) -> None:
    """rustc's `SizedArgumentType`: a parameter whose written type is a slice or a path gets
    the `&` to add; a call's argument (no written type) the note."""
    from ferric.hir import nodes as hir

    ty = cause.extra
    borrowed = "function arguments must have a statically known size, borrowed {} always have a known size"
    if isinstance(ty, hir.SliceTy):
        d.suggestions.append(Suggestion(borrowed.format("slices"), (SubstitutionPart(ty.span.shrink_to_lo(), "&"),)))
    elif isinstance(ty, hir.PathTy):
        d.suggestions.append(Suggestion(borrowed.format("types"), (SubstitutionPart(ty.span.shrink_to_lo(), "&"),)))
    elif ty is None:
        d.with_note("all function arguments must have a statically known size")


def _bound_note(fcx: object, d: Diagnostic, cause: ObligationCause) -> None:
    """rustc's note for a where clause of the used item: "required by a bound in `f`", which
    in the user's own code also labels the bound ("required by this bound in `f`") and, when
    the item's name is on another line, the name ("required by a bound in this function").
    A bound that is a type parameter's own span is its implicit `Sized`."""
    from ferric.resolve.defs import STD_CRATE
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase) and cause.def_id is not None
    tcx = fcx.tcx
    def_id = cause.def_id
    name = tcx.def_path_str(def_id)
    span = cause.bound_span
    a, this = "a", "this bound"
    if span is not None and any(p.def_id is not None and tcx.def_span(p.def_id) == span for p in tcx.generics_of(def_id).own_params):
        a, this = "an implicit `Sized`", "the implicit `Sized` requirement on this type parameter"
    if span is not None and _is_implicit_self_bound(fcx, def_id, span):
        return  # a trait's own `Self: Trait` (rustc gives it no span, so no note)
    sub = SubDiagnostic(Level.NOTE, f"required by {a} bound in `{name}`")
    if span is None or tcx.crate_of(def_id) == STD_CRATE:
        if span is not None:
            # rustc keeps no spans of another crate's where clauses: it points at the item
            # (its `def_span`, from `pub fn` on), whichever bound it was.
            sub.labels.append(Label(header_span(tcx, def_id), "", True))
        d.children.append(sub)
        return
    sub.labels.append(Label(span, f"required by {this} in `{name}`", True))
    ident = _item_ident_span(fcx, def_id)
    if ident is not None and not (ident.lo < span.hi and span.lo < ident.hi):
        lo, hi = tcx.source_map.lookup(ident.hi), tcx.source_map.lookup(span.lo)
        if lo is not None and hi is not None and lo.line != hi.line:
            sub.labels.insert(0, Label(ident, f"required by a bound in this {tcx.def_kind(def_id).descr()}", False))
    d.children.append(sub)


def _is_implicit_self_bound(fcx: object, def_id: DefId, span: Span) -> bool:
    """Whether the bound at `span` is the `Self: Trait` predicate of `def_id`'s trait (the
    trait itself, or the trait of an item in it), which `predicates_of` spans with the trait."""
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    tcx = fcx.tcx
    trait = def_id if tcx.def_kind(def_id) is DefKind.TRAIT else tcx.parent(def_id)
    if trait is None or tcx.def_kind(trait) is not DefKind.TRAIT:
        return False
    item = tcx.hir_item(trait)
    return isinstance(item, hir.TraitItem) and item.span == span


def _item_ident_span(fcx: object, def_id: int) -> Span | None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    node = fcx.tcx.hir_node(def_id)  # type: ignore[arg-type]
    ident = getattr(node, "ident", None)
    return getattr(ident, "span", None)


def report_projection_mismatch(fcx: object, pred: ProjectionPredicate, e: FulfillmentError) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    if (e.expected is not None and e.expected.references_error) or (e.found is not None and e.found.references_error):
        return
    span = e.obligation.cause.span
    d = Diagnostic.error(f"type mismatch resolving `{pred}`", span, "E0271")
    if e.expected is not None and e.found is not None:
        d.with_primary(span, f"expected `{fcx.resolve(e.found)}`, found `{fcx.resolve(e.expected)}`")
    _cause_notes(fcx, d, e.obligation.cause)
    fcx.emit(d)


def report_ambiguity(fcx: object, e: FulfillmentError) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    pred = fcx.infcx.resolve_vars_if_possible(e.obligation.pred)
    span = e.obligation.cause.span
    # rustc's `maybe_report_ambiguity`: an unknown `Sized` type is E0282, another trait
    # E0283 ("cannot satisfy `_: Default`"), a projection E0284.
    from ferric.typeck.expr import ExprChecker

    assert isinstance(fcx, ExprChecker)
    if isinstance(pred, TraitPredicate) and e.obligation.cause.kind is CauseKind.TRAIT_ITEM_PATH and isinstance(fcx.resolve(pred.self_ty), t.Infer):
        d = Diagnostic.error("cannot call associated function on trait without specifying the corresponding `impl` type", span, "E0790")
        d.with_primary(span, "cannot call associated function of trait")
        fcx.emit(d)
        return
    if isinstance(pred, TraitPredicate):
        unknown = next((a for a in pred.trait_ref.args if isinstance(a, t.Ty) and a.flags & t.HAS_TY_INFER), pred.self_ty)
        if fcx.sel.lang_of.get(pred.def_id) == "sized":
            fcx.report_type_annotations_needed(span, unknown)
        else:
            fcx.report_type_annotations_needed(span, unknown, "E0283", f"cannot satisfy `{pred}`")
    elif isinstance(pred, ProjectionPredicate):
        fcx.report_type_annotations_needed(span, pred.alias, "E0284", f"cannot satisfy `{pred}`")


def _fill(template: str, subst: dict[str, str]) -> str:
    out = template
    for k, v in subst.items():
        out = out.replace("{" + k + "}", v)
    return out.replace("{{", "{").replace("}}", "}")
