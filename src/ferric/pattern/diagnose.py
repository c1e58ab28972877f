"""The diagnostics of match checking, worded and laid out as rustc 1.95's (`check_match` and
`rustc_pattern_analysis::errors`).

E0004 non-exhaustive patterns (with the definition note, the notes for `usize`/`isize`,
`&str`, non-exhaustive and uninhabited types, the constant-arm hint and the arm to add),
E0005 refutable patterns in `let`, `for` and parameters (with the `let...else` / `if let`
help), E0170 and the lints `unreachable_patterns`, `irrefutable_let_patterns`,
`overlapping_range_endpoints` and `non_contiguous_range_endpoints`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ferric.base.edit_distance import find_best_match_for_name
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.pattern.constructor import (
    NEG_INF,
    REF,
    STRUCT,
    WILDCARD,
    IntRange,
    Simple,
    Variant,
)
from ferric.pattern.cx import MatchCheckCtxt, is_ptr_sized
from ferric.pattern.lints import (
    BINDINGS_WITH_VARIANT_NAME,
    IRREFUTABLE_LET_PATTERNS,
    NON_CONTIGUOUS_RANGE_ENDPOINTS,
    OVERLAPPING_RANGE_ENDPOINTS,
    UNREACHABLE_PATTERNS,
    LintLevel,
    explain_level,
    lint_diagnostic,
)
from ferric.pattern.pat import DeconstructedPat, WitnessPat
from ferric.pattern.usefulness import RedundancyExplanation, Redundant, UsefulnessReport
from ferric.resolve.defs import LOCAL_CRATE, CtorKind, DefId, DefKind, DefRes
from ferric.ty import ty as t
from ferric.typeck.errors import header_span

if TYPE_CHECKING:
    from ferric.pattern.check_match import LetSource, _BodyChecker

CAP_COVERED_BY_MANY = 4


# =================================================================================================
# Lints
# =================================================================================================


def _emit_lint(
    bc: _BodyChecker,
    lint: str,
    at: Span,
    build: Callable[[Diagnostic], None],
    message: str,
    code: str | None = None,
) -> None:
    src = bc.levels.level(lint, at)
    if src.level is LintLevel.ALLOW:
        return
    d = lint_diagnostic(message, lint, src, code)
    build(d)
    explain_level(bc.tcx.dcx.diagnostics, d, lint, src)
    bc.tcx.emit(d)


def report_unreachable_pattern(
    bc: _BodyChecker,
    cx: MatchCheckCtxt,
    lint_at: Span,
    pat: DeconstructedPat,
    explanation: RedundancyExplanation,
    whole_arm_span: Span | None,
) -> None:
    span = pat.span

    def build(d: Diagnostic) -> None:
        covered = explanation.covered_by
        if not covered:
            d.with_primary(
                span, f"matches no values because `{_uninhabited_ty(cx, pat)}` is uninhabited"
            )
            d.with_note(
                "to learn more about uninhabited types, see https://doc.rust-lang.org/nomicon/exotic-sizes.html#empty-types"
            )
            if whole_arm_span is not None:
                d.with_suggestion(
                    "remove the match arm",
                    [(whole_arm_span, "")],
                    Applicability.MACHINE_APPLICABLE,
                    style="inline",
                )
            return
        d.with_primary(span, "no value can reach this")
        if len(covered) == 1 and _pat_is_catchall(covered[0]):
            d.with_label(covered[0].span, "matches any value")
            _fallback_typo(bc, covered[0], d)
        elif len(covered) == 1:
            d.with_label(covered[0].span, "matches all the relevant values")
        else:
            sub = SubDiagnostic(
                Level.NOTE, "multiple earlier patterns match some of the same values"
            )
            sub.labels.append(Label(span, "", True))
            for p in covered[:CAP_COVERED_BY_MANY]:
                sub.labels.append(Label(p.span, "matches some of the same values", False))
            remain = len(covered) - CAP_COVERED_BY_MANY
            if remain <= 0:
                sub.labels.append(Label(span, "collectively making this unreachable", False))
            else:
                sub.labels.append(
                    Label(
                        span,
                        f"...and {remain} other patterns collectively make this unreachable",
                        False,
                    )
                )
            d.children.append(sub)

    _emit_lint(bc, UNREACHABLE_PATTERNS, lint_at, build, "unreachable pattern")


def _uninhabited_ty(cx: MatchCheckCtxt, pat: DeconstructedPat) -> t.Ty:
    found: list[t.Ty] = [pat.ty]

    def visit(p: DeconstructedPat) -> bool:
        if cx.is_uninhabited(p.ty):
            found[0] = p.ty
            return False
        return p.ctor not in (REF, Simple.UNION_FIELD)

    pat.walk(visit)
    return found[0]


def _pat_is_catchall(pat: DeconstructedPat) -> bool:
    if pat.ctor is WILDCARD:
        return True
    if pat.ctor in (STRUCT, REF):
        return all(_pat_is_catchall(p) for p in pat.iter_fields())
    return False


def _accessible(bc: _BodyChecker, def_id: DefId) -> bool:
    """Whether the item is visible from the module of the body being checked."""
    vis = bc.tcx.defs[def_id].vis
    if vis.public or vis.restricted_to is None:
        return True
    cur: DefId | None = bc.module
    while cur is not None:
        if cur == vis.restricted_to:
            return True
        cur = bc.tcx.parent(cur)
    return False


def _fallback_typo(bc: _BodyChecker, covering: DeconstructedPat, d: Diagnostic) -> None:
    """A catch-all binding perhaps meant as a constant (rustc's `find_fallback_pattern_typo`):
    suggest the constant (same name, or a similar one), point at one that is not in scope,
    or at a `let` binding of the same name."""
    origin = covering.origin
    if not isinstance(origin, hir.BindingPat) or origin.sub is not None:
        return
    name = origin.ident.name
    ty = covering.ty
    tcx = bc.tcx
    accessible: list[str] = []
    accessible_path: list[str] = []
    inaccessible: list[Span] = []
    imported: list[str] = []
    imported_spans: list[Span] = []
    for def_id, item in tcx.items_of_crate(LOCAL_CRATE):
        if isinstance(item, hir.UseItem):
            res = item.path.res
            if (
                isinstance(res, DefRes)
                and res.kind is DefKind.CONST
                and tcx.type_of(res.def_id) is ty
            ):
                if _accessible(bc, res.def_id):
                    accessible.append(tcx.item_name(res.def_id))
                    accessible_path.append(_no_trimmed_path(bc, res.def_id))
                elif _accessible(bc, def_id):
                    imported.append(item.ident.name)
                    imported_spans.append(item.ident.span)
        elif (
            isinstance(item, hir.ConstItem)
            and tcx.def_kind(def_id) is DefKind.CONST
            and tcx.type_of(def_id) is ty
        ):
            if _accessible(bc, def_id):
                accessible.append(item.ident.name)
                accessible_path.append(_no_trimmed_path(bc, def_id))
            elif item.ident.name == name:
                inaccessible.append(const_def_span(bc, def_id))

    def wanted(const_name: str, path: str, typo: bool) -> None:
        what = "similarly named constant" if typo else "constant"
        d.with_suggestion(
            f"you might have meant to pattern match against the value of {what} `{const_name}` instead of introducing a new catch-all binding",
            [(covering.span, path)],
            Applicability.MACHINE_APPLICABLE,
            style="inline",
        )

    if name in accessible:
        i = accessible.index(name)
        wanted(name, accessible_path[i], False)
    elif (best := find_best_match_for_name(accessible, name)) is not None:
        wanted(best, best, True)
    elif name in imported:
        d.with_note(
            "there is a constant of the same name imported in another scope, which could have been used to pattern match against its value instead of introducing a new catch-all binding, but it needs to be imported in the pattern's scope",
            imported_spans[imported.index(name)],
        )
    elif (best := find_best_match_for_name(imported, name)) is not None:
        wanted(best, best, True)
    elif inaccessible:
        d.with_note(
            "there is a constant of the same name, which could have been used to pattern match against its value instead of introducing a new catch-all binding, but it is not accessible from this scope",
            inaccessible[-1],
        )
    else:
        found: Span | None = None
        for scope in reversed(bc.scopes):
            lets = (
                [scope]
                if isinstance(scope, hir.LetStmt)
                else [st for st in scope.stmts if isinstance(st, hir.LetStmt)]
            )
            for let in lets:
                if isinstance(let.pat, hir.BindingPat) and let.pat.ident.name == name:
                    found = let.pat.ident.span
        if found is not None:
            d.with_note(
                "there is a binding of the same name; if you meant to pattern match against the value of that binding, that is a feature of constants that is not available for `let` bindings",
                found,
            )


def report_arm_reachability(
    bc: _BodyChecker, cx: MatchCheckCtxt, report: UsefulnessReport, is_match_arm: bool
) -> None:
    for arm, usefulness in report.arm_usefulness:
        if not isinstance(usefulness, Redundant):
            continue
        data = arm.data
        arm_span = data.span if isinstance(data, hir.Arm) else arm.pat.span
        whole = None
        if is_match_arm:
            whole = _extend_to_comma(bc, arm_span)
        report_unreachable_pattern(bc, cx, arm_span, arm.pat, usefulness.explanation, whole)


def report_irrefutable_let(bc: _BodyChecker, source: LetSource, span: Span) -> None:
    from ferric.pattern.check_match import LetSource

    texts = {
        LetSource.IF_LET: (
            "`if let`",
            "the `if let` is useless",
            "consider replacing the `if let` with a `let`",
        ),
        LetSource.ELSE_IF_LET: (
            "`if let`",
            "the `if let` is useless",
            "consider replacing the `if let` with a `let`",
        ),
        LetSource.IF_LET_GUARD: (
            "`if let` guard",
            "the guard is useless",
            "consider removing the guard and adding a `let` inside the match arm",
        ),
        LetSource.LET_ELSE: (
            "`let...else`",
            "the `else` clause is useless",
            "consider removing the `else` clause",
        ),
        LetSource.WHILE_LET: (
            "`while let`",
            "the loop will never exit",
            "consider instead using a `loop { ... }` with a `let` inside it",
        ),
    }
    what = texts.get(source)
    if what is None:
        return
    kind, useless, help_ = what

    def build(d: Diagnostic) -> None:
        d.with_primary(span)
        d.with_note(f"this pattern will always match, so {useless}")
        d.with_help(help_)

    _emit_lint(bc, IRREFUTABLE_LET_PATTERNS, span, build, f"irrefutable {kind} pattern")


def report_range_lints(bc: _BodyChecker, cx: MatchCheckCtxt) -> None:
    for pat, overlap, others in cx.overlapping:
        text = cx.print_range(overlap, pat.ty)

        def build_overlap(
            d: Diagnostic,
            pat: DeconstructedPat = pat,
            others: list[DeconstructedPat] = others,
            text: str = text,
        ) -> None:
            d.with_primary(pat.span, "... with this range")
            for o in others:
                d.with_label(o.span, f"this range overlaps on `{text}`...")
            d.with_note("you likely meant to write mutually exclusive ranges")

        _emit_lint(
            bc,
            OVERLAPPING_RANGE_ENDPOINTS,
            pat.span,
            build_overlap,
            "multiple patterns overlap on their endpoints",
        )
    cx.overlapping.clear()
    for pat, gap, others in cx.gaps:
        origin = pat.origin
        if (
            not isinstance(origin, hir.RangePat)
            or origin.end is not hir.RangeEnd.EXCLUDED
            or origin.hi is None
        ):
            continue
        rng = pat.ctor
        assert isinstance(rng, IntRange)
        gap_text = cx.print_range(gap, pat.ty)
        first = _print_written_range(cx, rng, pat.ty, exclusive=True)
        sugg = _print_written_range(cx, rng, pat.ty, exclusive=False)

        def build_gap(
            d: Diagnostic,
            pat: DeconstructedPat = pat,
            others: list[DeconstructedPat] = others,
            gap_text: str = gap_text,
            first: str = first,
            sugg: str = sugg,
        ) -> None:
            d.with_primary(
                pat.span,
                f"this range doesn't match `{gap_text}` because `..` is an exclusive range",
            )
            d.with_suggestion(
                "use an inclusive range instead",
                [(pat.span, sugg)],
                Applicability.MAYBE_INCORRECT,
                style="inline",
            )
            for o in others:
                d.with_label(
                    o.span,
                    f"this could appear to continue range `{first}`, but `{gap_text}` isn't matched by either of them",
                )

        message = (
            f"exclusive range missing `{gap_text}`"
            if not others
            else "multiple ranges are one apart"
        )
        _emit_lint(bc, NON_CONTIGUOUS_RANGE_ENDPOINTS, pat.span, build_gap, message)
    cx.gaps.clear()


def _print_written_range(cx: MatchCheckCtxt, rng: IntRange, ty: t.Ty, exclusive: bool) -> str:
    """The exclusive range pattern as rustc prints it (`0_u8..10_u8`), or made inclusive
    (`0_u8..=10_u8`) for the suggestion."""
    lo = "" if rng.lo == NEG_INF else cx.print_range(IntRange.singleton(rng.lo), ty)
    hi = cx.print_range(IntRange.singleton(rng.hi), ty)
    return f"{lo}..{hi}" if exclusive else f"{lo}..={hi}"


def check_bindings(bc: _BodyChecker, pat: hir.Pat, refutable: bool) -> None:
    """The checks rustc runs on every sub-pattern (pre-order) of a pattern it analyses:
    borrow conflicts in `x @ p` patterns, and `bindings_with_variant_name` (E0170)."""
    stack: list[hir.Pat] = [pat]
    while stack:
        p = stack.pop()
        stack.extend(reversed(_sub_pats(p)))
        if not isinstance(p, hir.BindingPat):
            continue
        if p.sub is not None:
            _check_borrow_conflicts(bc, p)
            continue
        _check_variant_name(bc, p, refutable)


def _binding_span(p: hir.BindingPat) -> Span:
    """A binding's span in diagnostics: up to its name (`ref mut x`, not `@ sub`)."""
    return p.span.with_hi(p.ident.span.hi) if p.span.lo <= p.ident.span.hi <= p.span.hi else p.span


def _bindings(pat: hir.Pat) -> list[hir.BindingPat]:
    out: list[hir.BindingPat] = []
    stack = [pat]
    while stack:
        p = stack.pop()
        if isinstance(p, hir.BindingPat):
            out.append(p)
        stack.extend(reversed(_sub_pats(p)))
    return out


def _check_borrow_conflicts(bc: _BodyChecker, p: hir.BindingPat) -> None:
    """`ref x @ Some(ref mut y)`, `x @ Some(ref y)` and the like (rustc's
    `check_borrow_conflicts_in_at_patterns`)."""
    assert p.sub is not None
    mode = bc.results.pat_binding_modes.get(p.hir_id)
    ty = bc.results.node_types.get(p.hir_id)
    if mode is None or ty is None:
        return
    name = p.ident.name
    span = _binding_span(p)
    subs = _bindings(p.sub)

    def sub_mode(b: hir.BindingPat) -> tuple[hir.Mutability | None, t.Ty | None]:
        m = bc.results.pat_binding_modes.get(b.hir_id)
        return (m.by_ref if m is not None else None), bc.results.node_types.get(b.hir_id)

    if mode.by_ref is None:
        if bc.types.is_copy(ty):
            return
        refs = [_binding_span(b) for b in subs if sub_mode(b)[0] is not None]
        if not refs:
            return
        d = Diagnostic.error("borrow of moved value", span)
        d.with_primary(span, f"value moved into `{name}` here")
        d.labels.append(
            Label(
                span,
                f"move occurs because `{name}` has type `{ty}`, which does not implement the `Copy` trait",
                True,
            )
        )
        for r in refs:
            d.with_label(r, "value borrowed here after move")
        d.with_suggestion(
            "borrow this binding in the pattern to avoid moving the value",
            [(span.shrink_to_lo(), "ref ")],
            Applicability.MACHINE_APPLICABLE,
        )
        bc.tcx.emit(d)
        return
    outer = mode.by_ref
    mut_mut: list[tuple[Span, str]] = []
    mut_ref: list[tuple[Span, str]] = []
    moves: list[tuple[Span, str]] = []
    for b in subs:
        by_ref, bty = sub_mode(b)
        bname = b.ident.name
        if by_ref is not None:
            if outer is hir.Mutability.MUT and by_ref is hir.Mutability.MUT:
                mut_mut.append((_binding_span(b), f"value is mutably borrowed by `{bname}` here"))
            elif outer is hir.Mutability.NOT and by_ref is hir.Mutability.MUT:
                mut_ref.append((_binding_span(b), f"value is mutably borrowed by `{bname}` here"))
            elif outer is hir.Mutability.MUT:
                mut_ref.append((_binding_span(b), f"value is borrowed by `{bname}` here"))
        elif bty is not None and not bc.types.is_copy(bty):
            moves.append((_binding_span(b), f"value is moved into `{bname}` here"))
    if mut_mut:
        message = "cannot borrow value as mutable more than once at a time"
    elif mut_ref:
        message = (
            "cannot borrow value as immutable because it is also borrowed as mutable"
            if outer is hir.Mutability.MUT
            else "cannot borrow value as mutable because it is also borrowed as immutable"
        )
    elif moves:
        message = "cannot move out of value because it is borrowed"
    else:
        return
    d = Diagnostic.error(message, span)
    verb = "mutably borrowed" if outer is hir.Mutability.MUT else "borrowed"
    d.with_primary(span, f"value is {verb} by `{name}` here")
    for sp, text in [*mut_mut, *mut_ref, *moves]:
        d.with_label(sp, text)
    bc.tcx.emit(d)


def _check_variant_name(bc: _BodyChecker, p: hir.BindingPat, refutable: bool) -> None:
    """`bindings_with_variant_name` (E0170): a by-value binding named like a unit variant
    of the enum it matches."""
    mode = bc.results.pat_binding_modes.get(p.hir_id)
    if mode is None or mode.by_ref is not None or mode.mutbl is not hir.Mutability.NOT:
        return
    ty = bc.results.node_types.get(p.hir_id)
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if not isinstance(ty, t.Adt):
        return
    adt = bc.tcx.adt_def(ty.def_id)
    name = p.ident.name
    if not adt.is_enum or not any(
        v.name == name and v.ctor_kind is CtorKind.CONST for v in adt.variants
    ):
        return
    ty_path = _no_trimmed_path(bc, ty.def_id)
    suggest = refutable or len(adt.variants) == 1

    def build(d: Diagnostic) -> None:
        d.with_primary(p.span)
        if suggest:
            d.with_suggestion(
                "to match on the variant, qualify the path",
                [(p.span, f"{ty_path}::{name}")],
                Applicability.MACHINE_APPLICABLE,
                style="inline",
            )

    _emit_lint(
        bc,
        BINDINGS_WITH_VARIANT_NAME,
        p.span,
        build,
        f"pattern binding `{name}` is named the same as one of the variants of the type `{ty_path}`",
        "E0170",
    )


def _no_trimmed_path(bc: _BodyChecker, def_id: DefId) -> str:
    tcx = bc.tcx
    if tcx.crate_of(def_id) == LOCAL_CRATE:
        return tcx.defs.path_str(def_id)
    return tcx.defs.path_str(def_id, tcx.crate_names)


def _sub_pats(p: hir.Pat) -> list[hir.Pat]:
    if isinstance(p, hir.BindingPat):
        return [p.sub] if p.sub is not None else []
    if isinstance(p, hir.StructPat):
        return [f.pat for f in p.fields]
    if isinstance(p, hir.TupleStructPat | hir.TuplePat | hir.OrPat):
        return list(p.pats)
    if isinstance(p, hir.BoxPat | hir.DerefPat | hir.RefPat):
        return [p.pat]
    if isinstance(p, hir.SlicePat):
        return [*p.before, *([p.slice] if p.slice is not None else []), *p.after]
    return []


# =================================================================================================
# E0005
# =================================================================================================


def _joined(cx: MatchCheckCtxt, witnesses: Sequence[WitnessPat]) -> str:
    strs = [cx.print_witness(w) for w in witnesses[:4]]
    if len(witnesses) == 1:
        return f"`{strs[0]}`"
    if len(witnesses) <= 3:
        return "`" + "`, `".join(strs[:-1]) + f"` and `{strs[-1]}`"
    return "`" + "`, `".join(strs[:3]) + f"` and {len(witnesses) - 3} more"


def _uncovered_label(cx: MatchCheckCtxt, witnesses: Sequence[WitnessPat]) -> str:
    s = "" if len(witnesses) == 1 else "s"
    return f"pattern{s} {_joined(cx, witnesses)} not covered"


def _const_path_pat(bc: _BodyChecker, pat: hir.Pat) -> DefId | None:
    """A pattern that is a plain identifier naming a constant (`C`, not `m::C`)."""
    if not isinstance(pat, hir.PathPat) or not isinstance(pat.qpath, hir.ResolvedPath):
        return None
    res = pat.qpath.path.res
    if not isinstance(res, DefRes) or res.kind is not DefKind.CONST:
        return None
    text = bc.tcx.source_map.snippet(pat.span)
    if text is None or not text or not all(c.isalnum() or c == "_" for c in text):
        return None
    return res.def_id


def const_def_span(bc: _BodyChecker, def_id: DefId) -> Span:
    """rustc's `def_span` of a constant: `const NAME: Ty`."""
    from ferric.syntax import ast

    node = bc.tcx.defs[def_id].node
    if isinstance(node, ast.ConstItem):
        return node.span.with_hi(node.ty.span.hi)
    return bc.tcx.def_span(def_id)


def report_refutable_binding(
    bc: _BodyChecker,
    cx: MatchCheckCtxt,
    pat: hir.Pat,
    origin: str,
    scrut: hir.Expr | None,
    stmt_span: Span | None,
    witnesses: list[WitnessPat],
) -> None:
    tcx = bc.tcx
    adjust = bc.results.pat_adjustments.get(pat.hir_id)
    pattern_ty = adjust[0] if adjust else bc.results.node_types.get(pat.hir_id, t.ERROR)
    d = Diagnostic.error(f"refutable pattern in {origin}", pat.span, "E0005")
    d.with_primary(pat.span, _uncovered_label(cx, witnesses))
    if stmt_span is not None:
        d.with_note(
            '`let` bindings require an "irrefutable pattern", like a `struct` or an `enum` with only one variant'
        )
        d.with_note(
            "for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html"
        )
    const = _const_path_pat(bc, pat)
    if const is not None:
        name = tcx.item_name(const)
        d.with_label(
            const_def_span(bc, const),
            f"missing patterns are not covered because `{name}` is interpreted as a constant pattern, not a new variable",
        )
    _adt_defined_here(bc, cx, d, pattern_ty, witnesses, point_at_non_local=False)
    w1 = witnesses[0]
    if isinstance(w1.ty, t.Adt) and isinstance(w1.ctor, Variant):
        adt = tcx.adt_def(w1.ty.def_id)
        if adt.is_enum:
            v = adt.variants[w1.ctor.index]
            if not cx.variant_uninhabited(w1.ty, adt, v) and cx.variant_uninhabited(
                w1.ty, adt, v, ignore_visibility=True
            ):
                d.with_note(
                    f"pattern `{cx.print_witness(w1)}` is currently uninhabited, but this variant contains private fields which may become inhabited in the future"
                )
    d.with_note(f"the matched value is of type `{pattern_ty}`")
    if const is not None:
        d.with_suggestion(
            "introduce a variable instead",
            [(pat.span, f"{tcx.item_name(const)}_var")],
            Applicability.MAYBE_INCORRECT,
        )
    elif stmt_span is not None and scrut is not None:
        n = len(witnesses)
        which = "variant that isn't" if n == 1 else "variants that aren't"
        if _has_bindings(pat):
            d.with_suggestion(
                f"you might want to use `let...else` to handle the {which} matched",
                [(stmt_span.shrink_to_hi(), " else { todo!() }")],
                Applicability.HAS_PLACEHOLDERS,
            )
        else:
            d.with_suggestion(
                f"you might want to use `if let` to ignore the {which} matched",
                [(stmt_span.shrink_to_lo(), "if "), (stmt_span.shrink_to_hi(), " { todo!() }")],
                Applicability.HAS_PLACEHOLDERS,
            )
    if const is None and isinstance(pat, hir.LitPat):
        text = tcx.source_map.snippet(pat.span)
        if text and text.isdigit():
            d.with_suggestion(
                "alternatively, you could prepend the pattern with an underscore to define a new named variable; identifiers cannot begin with digits",
                [(pat.span.shrink_to_lo(), "_")],
                Applicability.MAYBE_INCORRECT,
            )
    tcx.emit(d)


def _has_bindings(pat: hir.Pat) -> bool:
    stack = [pat]
    while stack:
        p = stack.pop()
        if isinstance(p, hir.BindingPat):
            return True
        stack.extend(_sub_pats(p))
    return False


# =================================================================================================
# E0004
# =================================================================================================


def _adt_defined_here(
    bc: _BodyChecker,
    cx: MatchCheckCtxt,
    d: Diagnostic,
    ty: t.Ty,
    witnesses: Sequence[WitnessPat],
    point_at_non_local: bool,
) -> None:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if not isinstance(ty, t.Adt):
        return
    tcx = bc.tcx
    local = tcx.crate_of(ty.def_id) == LOCAL_CRATE
    if not local and not point_at_non_local:
        return
    adt = tcx.adt_def(ty.def_id)
    sub = SubDiagnostic(Level.NOTE, f"`{ty}` defined here")
    # (rustc: the name of a local ADT, another crate's `def_span`, from `pub enum` on)
    at = adt_ident_span(bc, ty.def_id) if local else header_span(tcx, ty.def_id)
    sub.labels.append(Label(at, "", True))
    for span in _point_at_variants(bc, ty.def_id, adt, witnesses[:5]):
        sub.labels.append(Label(span, "not covered", False))
    d.children.append(sub)


def adt_ident_span(bc: _BodyChecker, def_id: DefId) -> Span:
    item = bc.tcx.hir_item(def_id)
    return item.ident.span if item is not None else bc.tcx.def_span(def_id)


def _point_at_variants(
    bc: _BodyChecker, adt_id: DefId, adt: object, pats: Sequence[WitnessPat]
) -> list[Span]:
    from ferric.ty.adt import AdtDef

    assert isinstance(adt, AdtDef)
    # rustc's `maybe_point_at_variant`: a variant is pointed at once per list of sibling
    # patterns (and its fields not looked into again), but each pattern's fields are a list
    # of their own, so two witnesses under `&` may each point at the same variant.
    covered: list[Span] = []
    for p in pats:
        if isinstance(p.ctor, Variant):
            if isinstance(p.ty, t.Adt) and p.ty.def_id != adt_id:
                continue
            sp = bc.tcx.def_span(adt.variants[p.ctor.index].def_id)
            if sp in covered:
                continue
            covered.append(sp)
        covered.extend(_point_at_variants(bc, adt_id, adt, p.fields))
    return covered


def _special_tys(cx: MatchCheckCtxt, pat: WitnessPat, out: list[t.Ty]) -> None:
    stack = [pat]
    while stack:
        p = stack.pop()
        if p.ctor in (Simple.NON_EXHAUSTIVE, Simple.NEVER) and p.ty not in out:
            out.append(p.ty)
        if (
            isinstance(p.ctor, IntRange)
            and cx.is_range_beyond_boundaries(p.ctor, p.ty)
            and p.ty not in out
        ):
            out.append(p.ty)
        stack.extend(reversed(p.fields))


def report_non_exhaustive_match(
    bc: _BodyChecker,
    cx: MatchCheckCtxt,
    scrut_ty: t.Ty,
    sp: Span,
    witnesses: list[WitnessPat],
    arms: tuple[hir.Arm, ...],
    braces: Span | None,
) -> None:
    tcx = bc.tcx
    is_empty_match = not arms
    non_empty_enum = (
        isinstance(scrut_ty, t.Adt)
        and tcx.adt_def(scrut_ty.def_id).is_enum
        and bool(tcx.adt_def(scrut_ty.def_id).variants)
    )
    if is_empty_match and not non_empty_enum:
        _report_type_not_empty(bc, cx, scrut_ty, sp, braces)
        return
    joined = _joined(cx, witnesses)
    d = Diagnostic.error(f"non-exhaustive patterns: {joined} not covered", sp, "E0004")
    d.with_primary(sp, _uncovered_label(cx, witnesses))
    _adt_defined_here(bc, cx, d, scrut_ty, witnesses, point_at_non_local=True)
    d.with_note(f"the matched value is of type `{scrut_ty}`")
    if not is_empty_match:
        special: list[t.Ty] = []
        _special_tys(cx, witnesses[0], special)
        for ty in special:
            if is_ptr_sized(ty):
                if ty is t.USIZE:
                    d.with_note(
                        f"`{ty}::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively"
                    )
                else:
                    d.with_note(
                        f"`{ty}::MIN` and `{ty}::MAX` are not treated as exhaustive, so half-open ranges are necessary to match exhaustively"
                    )
            elif ty is t.STR:
                d.with_note("`&str` cannot be matched exhaustively, so a wildcard `_` is necessary")
            elif cx.is_foreign_non_exhaustive(ty):
                d.with_note(
                    f"`{ty}` is marked as non-exhaustive, so a wildcard `_` is necessary to match exhaustively"
                )
            elif cx.is_uninhabited(ty):
                d.with_note(
                    f"`{ty}` is uninhabited but is not being matched by value, so a wildcard `_` is required"
                )
    if isinstance(scrut_ty, t.Ref) and cx.is_uninhabited(scrut_ty.pointee):
        d.with_note("references are always considered inhabited")
    for arm in arms:
        const = _const_path_pat(bc, arm.pat)
        if const is None:
            continue
        name = tcx.item_name(const)
        d.with_label(
            arm.pat.span,
            f"this pattern doesn't introduce a new catch-all binding, but rather pattern matches against the value of constant `{name}`",
        )
        d.with_note(f"constant `{name}` defined here", const_def_span(bc, const))
        d.with_suggestion(
            "if you meant to introduce a binding, use a different name",
            [(arm.pat.span.shrink_to_hi(), "_var")],
            Applicability.MAYBE_INCORRECT,
        )
    suggest_witnesses = len(witnesses) < 4
    if suggest_witnesses:
        arm_text = " | ".join(cx.print_witness(w) for w in witnesses) + " => todo!()"
    else:
        arm_text = "_ => todo!()"
    suggestion: tuple[Span, str] | None = None
    if not arms and braces is not None:
        indent = _indentation_before(bc, sp)
        suggestion = (braces, f" {{\n{indent}    {arm_text},\n{indent}}}")
    elif len(arms) == 1:
        only = arms[0]
        indent = _indentation_before(bc, only.span)
        trailing = _extend_while(bc, only.span, lambda c: c.isspace() or c == ",")
        pre = f"\n{indent}" if _is_multiline(bc, trailing) else " "
        suggestion = (only.span.shrink_to_hi(), f",{pre}{arm_text}")
    elif len(arms) >= 2:
        prev, last = arms[-2], arms[-1]
        if prev.span.ctxt == last.span.ctxt:
            between = prev.span.between(last.span)
            spacing = (
                f"\n{_indentation_before(bc, last.span)}" if _is_multiline(bc, between) else " "
            )
            suggestion = (last.span.shrink_to_hi(), f",{spacing}{arm_text}")
    n = len(witnesses)
    multi = (
        ", a match arm with multiple or-patterns"
        if n > 1 and suggest_witnesses and suggestion is not None
        else ""
    )
    if n == 0:
        tail = " as shown" if suggestion is not None else ""
    elif n == 1:
        tail = (
            " or an explicit pattern as shown"
            if suggestion is not None
            else " or an explicit pattern"
        )
    else:
        tail = (
            " as shown, or multiple match arms"
            if suggestion is not None
            else " or multiple match arms"
        )
    msg = f"ensure that all possible cases are being handled by adding a match arm with a wildcard pattern{multi}{tail}"
    if not is_empty_match and all(a.guard is not None for a in arms):
        d.with_note("match arms with guards don't count towards exhaustivity")
    if suggestion is not None:
        d.with_suggestion(msg, [suggestion], Applicability.HAS_PLACEHOLDERS)
    else:
        d.with_help(msg)
    tcx.emit(d)


def _report_type_not_empty(
    bc: _BodyChecker, cx: MatchCheckCtxt, ty: t.Ty, sp: Span, braces: Span | None
) -> None:
    tcx = bc.tcx
    d = Diagnostic.error(f"non-exhaustive patterns: type `{ty}` is non-empty", sp, "E0004")
    peeled = ty
    while isinstance(peeled, t.Ref):
        peeled = peeled.pointee
    if isinstance(peeled, t.Adt):
        d.with_note(f"`{peeled}` defined here", adt_ident_span(bc, peeled.def_id))
    if cx.is_foreign_non_exhaustive(ty):
        d.with_note(f"the matched value is of type `{ty}`, which is marked as non-exhaustive")
    else:
        d.with_note(f"the matched value is of type `{ty}`")
    if isinstance(ty, t.Ref) and cx.is_uninhabited(ty.pointee):
        d.with_note("references are always considered inhabited")
    if braces is not None:
        indent = _indentation_before(bc, sp)
        d.with_suggestion(
            "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown",
            [(braces, f" {{\n{indent}    _ => todo!(),\n{indent}}}")],
            Applicability.HAS_PLACEHOLDERS,
        )
    else:
        d.with_help(
            "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern"
        )
    tcx.emit(d)


# =================================================================================================
# Source text helpers (rustc's `SourceMap` queries)
# =================================================================================================


def _file_text(bc: _BodyChecker, pos: int) -> tuple[str, int] | None:
    sf = bc.tcx.source_map.lookup_file(pos)
    if sf is None:
        return None
    return sf.text, sf.start_pos


def _indentation_before(bc: _BodyChecker, span: Span) -> str:
    ft = _file_text(bc, span.lo)
    if ft is None:
        return ""
    text, start = ft
    i = span.lo - start
    line_start = text.rfind("\n", 0, i) + 1
    line = text[line_start:i]
    return line[: len(line) - len(line.lstrip())]


def _is_multiline(bc: _BodyChecker, span: Span) -> bool:
    ft = _file_text(bc, span.lo)
    if ft is None:
        return False
    text, start = ft
    return "\n" in text[span.lo - start : span.hi - start]


def _extend_while(bc: _BodyChecker, span: Span, pred: Callable[[str], bool]) -> Span:
    ft = _file_text(bc, span.hi)
    if ft is None:
        return span
    text, start = ft
    i = span.hi - start
    while i < len(text) and pred(text[i]):
        i += 1
    return span.with_hi(start + i)


def _extend_to_comma(bc: _BodyChecker, span: Span) -> Span:
    ws = _extend_while(bc, span, str.isspace)
    ft = _file_text(bc, ws.hi)
    if ft is not None:
        text, start = ft
        i = ws.hi - start
        if i < len(text) and text[i] == ",":
            return span.with_hi(start + i + 1)
    return span
