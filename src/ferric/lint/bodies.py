"""The per-body lints, in rustc's order: `unreachable_code` for every body (type checking
reports it), then for each body in source order `unused_mut` (from the borrow checker's
`used_mut`) and the liveness lints (`liveness`). Bodies whose type checking failed get
none; the others get theirs whatever other bodies did (`lints.group` is the body's index
in `lints.body_owners`, which the driver uses to place them among the body's errors)."""

from __future__ import annotations

from collections.abc import Callable

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.lint.builtin import UNREACHABLE_CODE, UNUSED_MUT, BuiltinLints, Stage
from ferric.lint.diverges import Unreachable
from ferric.lint.liveness import captured, collect_body, report_liveness
from ferric.mir import adts_with_drop
from ferric.mir.build import NeedsDrop
from ferric.mir.nodes import LocalDecl
from ferric.resolve.defs import LOCAL_CRATE, DefId
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def check_bodies(
    lints: BuiltinLints,
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults],
    unused_mut: list[tuple[DefId, list[LocalDecl]]],
) -> None:
    owners = []
    for owner, res in results.items():
        body = tcx.body(owner)
        if body is None or tcx.crate_of(owner) != LOCAL_CRATE:
            continue
        owners.append((body.value.span.lo, owner, body, res))
    owners.sort(key=lambda o: o[0])
    by_owner: dict[DefId, list[LocalDecl]] = {}
    for body_id, decls in unused_mut:
        outer = tcx.hir.owners.get(body_id, body_id)
        by_owner.setdefault(outer, []).extend(decls)
    bodies = tcx.hir.bodies
    needs_drop = _lazy_needs_drop(tcx)
    lints.body_owners = [owner for _, owner, _, _ in owners]
    for index, (_, owner, body, res) in enumerate(owners):
        # Type checking reports unreachable code, in a body it failed on too.
        unreachable = Unreachable(bodies, res).run(body)  # type: ignore[arg-type]
        lints.stage, lints.group = Stage.TYPECK, index
        _report_unreachable(lints, unreachable)
        if res.tainted_by_errors:
            continue
        facts = collect_body(bodies, res, owner, body, needs_drop, unreachable.dead)  # type: ignore[arg-type]
        lints.stage = Stage.BODY
        skip = captured(facts)
        for decl in sorted(by_owner.get(owner, ()), key=lambda d: d.span.lo):
            if decl.hir_id in skip or decl.span.ctxt != 0:
                continue
            binding = facts.bindings.get(decl.hir_id) if decl.hir_id is not None else None
            name = binding.ident_span if binding is not None else decl.span
            _report_unused_mut(lints, name, decl.pat_span or decl.span)
        report_liveness(lints, facts)


def _report_unreachable(lints: BuiltinLints, found: Unreachable) -> None:
    """rustc's `warn_if_unreachable`: "unreachable {kind}" at the code, the diverging
    expression labelled. (Inside a macro's expansion rustc reports nothing, as it shows no
    lints in external macros, but the state is "warned" all the same; a statement that is
    a macro call is reported at the call.)"""
    for kind, span, diverging, note in found.reports:
        if span.ctxt != 0:
            if kind != "statement":
                continue
            span = lints.user_span(span)  # a macro call statement: the call
        what = f"unreachable {kind}"
        d = lints.lint(UNREACHABLE_CODE, span, what)
        if d is not None:
            d.with_primary(span, what)
            d.with_label(lints.user_span(diverging), note or "any code following this expression is unreachable")


def _lazy_needs_drop(tcx: TyCtxt) -> Callable[[t.Ty], bool]:
    """`mir.build.NeedsDrop`, made on first use (few bodies assign to a field)."""
    made: list[NeedsDrop] = []

    def needs_drop(ty: t.Ty) -> bool:
        if not made:
            made.append(NeedsDrop(tcx, adts_with_drop(tcx)))
        return made[0](ty)

    return needs_drop


def _report_unused_mut(lints: BuiltinLints, name: Span, pat: Span) -> None:
    d = lints.lint(UNUSED_MUT, pat, "variable does not need to be mutable")
    if d is not None:
        d.with_suggestion(
            "remove this `mut`", [(Span(pat.lo, name.lo, pat.ctxt), "")], Applicability.MACHINE_APPLICABLE, "hide_inline"
        )
