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

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.traits.fulfill import ErrorKind, FulfillmentError
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.ty import ty as t
from ferric.ty.predicate import ProjectionPredicate, TraitPredicate

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


def report_fulfillment_errors(fcx: object, errors: list[FulfillmentError]) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    seen: set[tuple[object, Span]] = set()
    ambiguous: list[FulfillmentError] = []
    for e in errors:
        key = (e.obligation.pred, e.obligation.cause.span)
        if key in seen:
            continue
        seen.add(key)
        if e.kind is ErrorKind.AMBIGUOUS:
            ambiguous.append(e)
            continue
        pred = fcx.infcx.resolve_vars_if_possible(e.obligation.pred)
        if e.kind is ErrorKind.UNIMPLEMENTED and isinstance(pred, TraitPredicate):
            if pred.trait_ref.references_error if hasattr(pred.trait_ref, "references_error") else _refs_error(pred):
                continue
            report_unimplemented(fcx, pred, e.obligation.cause)
        elif e.kind is ErrorKind.PROJECTION_MISMATCH and isinstance(pred, ProjectionPredicate):
            report_projection_mismatch(fcx, pred, e)
        elif e.kind is ErrorKind.OVERFLOW:
            d = Diagnostic.error(f"overflow evaluating the requirement `{pred}`", e.obligation.cause.span, "E0275")
            fcx.emit(d)
    if ambiguous and not fcx.error_reported:
        report_ambiguity(fcx, ambiguous[0])


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
    trait_name = tcx.def_path_str(tr.def_id)
    lang = fcx.sel.lang_of.get(tr.def_id)
    # A closure that implements a weaker Fn trait than required: E0525.
    if lang in ("fn", "fn_mut") and isinstance(self_ty, t.Closure):
        kind = fcx.resolve(self_ty.kind_ty)
        found = "FnOnce" if kind is t.CLOSURE_KIND_FN_ONCE else "FnMut"
        d = Diagnostic.error(
            f"expected a closure that implements the `{trait_name}` trait, but this closure only implements `{found}`",
            tcx.def_span(self_ty.def_id),
            "E0525",
        )
        d.with_primary(tcx.def_span(self_ty.def_id), f"this closure implements `{found}`, not `{trait_name}`")
        fcx.emit(d)
        return
    key = _trait_key(fcx, tr.def_id)
    table = _ON_UNIMPLEMENTED.get(key) or _ON_UNIMPLEMENTED.get(key.split("::")[0] + "::" + key.split("::")[-1] if key else "")
    subst = {"Self": str(self_ty)}
    params = [p for p in tcx.generics_of(tr.def_id).own_params if p.name != "Self"]
    for p, a in zip(params, tr.args[1:], strict=False):
        subst[p.name] = str(a) if not isinstance(a, t.Tuple) or p.name != "Args" else ", ".join(str(x) for x in a.elems)
    subst.setdefault("Rhs", subst.get("Self", ""))
    notes: tuple[str, ...] = ()
    if table is not None:
        msg = _fill(table[0], subst)
        label = _fill(table[1], subst)
        notes = tuple(_fill(n, subst) for n in table[2])
    else:
        msg = f"the trait bound `{self_ty}: {tr.print_only_trait_path()}` is not satisfied"
        label = f"the trait `{tr.print_only_trait_path()}` is not implemented for `{self_ty}`"
    span = cause.span
    d = Diagnostic.error(msg, span, "E0277")
    d.with_primary(span, label)
    if table is not None and lang != "sized":
        help_text = f"the trait `{tr.print_only_trait_path()}` is not implemented for `{self_ty}`"
        if label != help_text:
            d.with_help(help_text)
    elif lang == "sized":
        d.with_help(f"the trait `Sized` is not implemented for `{self_ty}`")
    for n in notes:
        d.with_note(n)
    _cause_notes(fcx, d, cause)
    fcx.emit(d)


def _cause_notes(fcx: object, d: Diagnostic, cause: ObligationCause | None) -> None:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    tcx = fcx.tcx
    depth = 0
    while cause is not None and depth < 16:
        depth += 1
        if cause.kind is CauseKind.ITEM_BOUND and cause.def_id is not None:
            name = tcx.item_name(cause.def_id)
            d.with_note(f"required by a bound in `{name}`", cause.bound_span)
        elif cause.kind is CauseKind.IMPL_DERIVED and cause.parent_pred is not None:
            pp = fcx.infcx.resolve_vars_if_possible(cause.parent_pred)
            assert isinstance(pp, TraitPredicate)
            d.with_note(f"required for `{pp.self_ty}` to implement `{pp.trait_ref.print_only_trait_path()}`")
        elif cause.kind is CauseKind.BUILTIN_DERIVED and cause.parent_pred is not None:
            pp = fcx.infcx.resolve_vars_if_possible(cause.parent_pred)
            assert isinstance(pp, TraitPredicate)
            st = pp.self_ty
            if isinstance(st, t.Closure):
                d.with_note("required because it's used within this closure", tcx.def_span(st.def_id))
            elif isinstance(st, t.Adt):
                d.with_note(f"required because it appears within the type `{st}`", tcx.def_span(st.def_id))
            else:
                d.with_note(f"required because it appears within the type `{st}`")
        cause = cause.parent


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
    if isinstance(pred, TraitPredicate):
        self_ty = fcx.resolve(pred.self_ty)
        if isinstance(self_ty, t.Infer) and self_ty.kind is t.InferKind.TY:
            d = Diagnostic.error("type annotations needed", span, "E0282")
            d.with_primary(span, "cannot infer type")
        else:
            d = Diagnostic.error("type annotations needed", span, "E0283")
            d.with_primary(span, "cannot infer type")
            d.with_note(f"cannot satisfy `{pred}`")
        fcx.emit(d)
    elif isinstance(pred, ProjectionPredicate):
        d = Diagnostic.error("type annotations needed", span, "E0282")
        d.with_primary(span, "cannot infer type")
        fcx.emit(d)


def _fill(template: str, subst: dict[str, str]) -> str:
    out = template
    for k, v in subst.items():
        out = out.replace("{" + k + "}", v)
    return out.replace("{{", "{").replace("}}", "}")
