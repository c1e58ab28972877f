"""Match checking (rustc's `check_match`): every `match`, `let`, `if let`, `while let`,
`let ... else`, `for` pattern and parameter of every type-checked body.

    check_crate_matches(tcx, results)

For each body whose type checking reported no error (rustc skips tainted bodies):
1. every pattern is lowered once (`lower.PatLowerer`), which reports malformed ranges and
   statics/const parameters in patterns, as rustc's THIR building does before checking;
2. the body is walked: `match` gets exhaustiveness (E0004) and arm reachability
   (`unreachable_patterns`); `let` and parameters must be irrefutable (E0005); `if let`,
   `while let` and `let ... else` must be refutable (`irrefutable_let_patterns`); bindings
   named like a unit variant are `bindings_with_variant_name` (E0170); range overlaps and
   one-value gaps come from the algorithm;
3. parameters are checked last, then the closures and inline consts of the body.

Diagnostics (texts, labels, notes, suggestions and their order) are rustc 1.95's; `diagnose`
builds them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.pattern import diagnose
from ferric.pattern.cx import MatchCheckCtxt
from ferric.pattern.lints import (
    LintLevels,
)
from ferric.pattern.lower import PatLowerer
from ferric.pattern.pat import DeconstructedPat
from ferric.pattern.usefulness import (
    MatchArm,
    PatternError,
    PlaceValidity,
    Useful,
    UsefulnessReport,
    compute_match_usefulness,
)
from ferric.resolve.defs import DefId, DefKind
from ferric.syntax.ast import UnOp
from ferric.traits.select import SelectionContext
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import AdjustKind, TypeckResults


class LetSource(enum.Enum):
    NONE = "none"
    PLAIN_LET = "let"
    IF_LET = "if let"
    IF_LET_GUARD = "if let guard"
    LET_ELSE = "let else"
    WHILE_LET = "while let"
    ELSE = "else"
    ELSE_IF_LET = "else if let"


def check_crate_matches(tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> None:
    """Check the patterns of every body type checking produced results for."""
    for owner, res in results.items():
        if not res.tainted_by_errors:
            check_owner_matches(tcx, owner, results)


def check_owner_matches(tcx: TyCtxt, owner: DefId, results: dict[DefId, TypeckResults]) -> None:
    """Check the patterns of one body (rustc's THIR pattern checks of one body owner)."""
    body = tcx.body(owner)
    if body is not None:
        _BodyChecker(tcx, owner, results[owner], results).run(body)


class TypeQueries:
    """Normalization and `Copy` in a body's parameter environment (asked of the trait
    solver lazily: most bodies need neither)."""

    def __init__(self, tcx: TyCtxt, owner: DefId) -> None:
        self.tcx = tcx
        self.owner = owner
        self._sel: SelectionContext | None = None
        self._normalized: dict[t.Ty, t.Ty] = {}
        self._copy: dict[tuple[t.Ty, str], bool] = {}

    def _selcx(self) -> SelectionContext:
        if self._sel is None:
            from ferric.infer.ctxt import InferCtxt
            from ferric.typeck.check import _body_owner_for_env, param_env_for

            env = param_env_for(self.tcx, _body_owner_for_env(self.tcx, self.owner))
            self._sel = SelectionContext(self.tcx, InferCtxt(), env)
        return self._sel

    def normalize(self, ty: t.Ty) -> t.Ty:
        """`ty` with its projections normalized (left as they are when that fails)."""
        if not ty.flags & t.HAS_PROJECTION:
            return ty
        out = self._normalized.get(ty)
        if out is None:
            from ferric.traits.project import normalize_deep

            try:
                out = normalize_deep(self._selcx(), ty, None, lambda alias: alias)
            except Exception:  # a failing normalization leaves the type unlistable
                out = ty
            if out.has_infer:
                out = ty
            self._normalized[ty] = out
        return out

    def is_copy(self, ty: t.Ty) -> bool:
        return self.implements(ty, "copy")

    def implements(self, ty: t.Ty, lang: str) -> bool:
        """Whether `ty` implements the lang-item trait `lang` (`"copy"`, `"clone"`) here."""
        key = (ty, lang)
        got = self._copy.get(key)
        if got is None:
            from ferric.traits.obligation import MISC_CAUSE, Obligation
            from ferric.traits.select import EvalResult
            from ferric.ty.predicate import TraitPredicate, TraitRef

            trait = self.tcx.lang_item(lang)
            got = False
            if trait is not None and not ty.references_error:
                obl = Obligation(TraitPredicate(TraitRef(trait, (ty,))), MISC_CAUSE)
                got = self._selcx().evaluate(obl) is EvalResult.OK
            self._copy[key] = got
        return got


def parent_module(tcx: TyCtxt, def_id: DefId) -> DefId:
    cur: DefId | None = def_id
    while cur is not None:
        if tcx.def_kind(cur) is DefKind.MOD:
            return cur
        cur = tcx.parent(cur)
    return def_id


@dataclass(slots=True)
class _BodyChecker:
    tcx: TyCtxt
    owner: DefId
    results: TypeckResults
    all_results: dict[DefId, TypeckResults]
    let_source: LetSource = LetSource.NONE
    nested: list[tuple[DefId, str]] = field(default_factory=list)
    scopes: list[hir.Block | hir.LetStmt] = field(default_factory=list)
    """The blocks and `let` statements around the expression being visited, outermost
    first (for the note on a catch-all binding named like a `let` binding)."""
    """Closure and inline-const bodies met, checked after this one (with their origin)."""
    lowerer: PatLowerer = field(init=False)
    levels: LintLevels = field(init=False)
    module: DefId = field(init=False)
    normalize: Callable[[t.Ty], t.Ty] = field(init=False)
    types: TypeQueries = field(init=False)

    def __post_init__(self) -> None:
        self.types = TypeQueries(self.tcx, self.owner)
        self.normalize = self.types.normalize
        self.lowerer = PatLowerer(self.tcx, self.results, self.all_results, self.normalize)
        self.levels = LintLevels(self.tcx, self.owner)
        self.module = parent_module(self.tcx, self.owner)

    def run(self, body: hir.Body) -> None:
        kind = self.tcx.def_kind(self.owner)
        origin = "function argument" if kind in (DefKind.FN, DefKind.ASSOC_FN) else ""
        queue: list[tuple[hir.Body, str]] = [(body, origin)]
        while queue:
            b, param_origin = queue.pop(0)
            self.nested = []
            _lower_all(self.lowerer, b)
            self.visit_expr(b.value)
            for p in b.params:
                self.check_binding_is_irrefutable(p.pat, param_origin, None, None)
            for def_id, what in self.nested:
                nb = self.tcx.body(def_id)
                if nb is not None:
                    queue.append((nb, what))

    # -- contexts -------------------------------------------------------------------------------------

    def new_cx(
        self,
        refutable: bool,
        whole_match_span: Span | None,
        scrut: hir.Expr | None,
        scrut_span: Span,
    ) -> MatchCheckCtxt:
        valid = scrut is None or self.is_known_valid_scrutinee(scrut)
        return MatchCheckCtxt(
            self.tcx,
            self.module,
            self.normalize,
            scrut_span,
            whole_match_span,
            refutable,
            valid,
        )

    def is_known_valid_scrutinee(self, e: hir.Expr) -> bool:
        """Whether the place the scrutinee evaluates to holds valid data (not behind a
        dereference or in a union field)."""
        for adj in reversed(self.results.adjustments.get(e.hir_id, ())):
            if adj.kind is AdjustKind.DEREF:
                return False
            if adj.kind in (AdjustKind.BORROW, AdjustKind.REBORROW):
                return True
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
            return False
        if isinstance(e, hir.FieldExpr):
            lhs_ty = self.results.expr_ty_adjusted(e.expr.hir_id)
            if isinstance(lhs_ty, t.Adt) and self.tcx.adt_def(lhs_ty.def_id).is_union:
                return False
            return self.is_known_valid_scrutinee(e.expr)
        if isinstance(e, hir.IndexExpr):
            if e.hir_id in self.results.operator_methods:
                return False
            return self.is_known_valid_scrutinee(e.expr)
        if isinstance(e, hir.CastExpr):
            return self.is_known_valid_scrutinee(e.expr)
        return True

    def lower_pattern(self, pat: hir.Pat, refutable: bool) -> DeconstructedPat | None:
        """The lowered pattern (None on error), after the checks rustc runs on every pattern
        it analyses."""
        dp = self.lowerer.lower_top(pat)
        if dp is None:
            return None
        diagnose.check_bindings(self, pat, refutable)
        return dp

    def analyze(
        self, cx: MatchCheckCtxt, arms: list[MatchArm], scrut_ty: t.Ty
    ) -> UsefulnessReport | None:
        try:
            report = compute_match_usefulness(
                cx,
                arms,
                scrut_ty,
                PlaceValidity.VALID_ONLY
                if cx.known_valid_scrutinee
                else PlaceValidity.MAYBE_INVALID,
            )
        except PatternError:
            if cx.complexity_hit:
                span = cx.whole_match_span or cx.scrut_span
                self.tcx.emit(Diagnostic.error("reached pattern complexity limit", span))
            return None
        diagnose.report_range_lints(self, cx)
        for arm, usefulness in report.arm_usefulness:
            if isinstance(usefulness, Useful) and usefulness.redundant_subpats:
                for sub, expl in sorted(
                    usefulness.redundant_subpats, key=lambda x: (x[0].span.lo, x[0].span.hi)
                ):
                    diagnose.report_unreachable_pattern(
                        self, cx, _arm_lint_span(arm), sub, expl, None
                    )
        return report

    # -- the walk ---------------------------------------------------------------------------------

    def with_let_source(self, src: LetSource, e: hir.Expr | None) -> None:
        if e is None:
            return
        old = self.let_source
        self.let_source = src
        try:
            self.visit_expr(e)
        finally:
            self.let_source = old

    def visit_expr(self, e: hir.Expr) -> None:
        if isinstance(e, hir.IfExpr):
            self._visit_if(e, LetSource.IF_LET)
            return
        if (
            isinstance(e, hir.LoopExpr)
            and e.source is hir.LoopSource.WHILE
            and isinstance(e.body.expr, hir.IfExpr)
            and not e.body.stmts
        ):
            self._visit_if(e.body.expr, LetSource.WHILE_LET)
            return
        if isinstance(e, hir.MatchExpr):
            self.check_match(e)
            self.with_let_source(LetSource.NONE, e.scrutinee)
            for arm in e.arms:
                self.with_let_source(LetSource.IF_LET_GUARD, arm.guard)
                self.with_let_source(LetSource.NONE, arm.body)
            return
        if isinstance(e, hir.LetExpr):
            self.check_let(e.pat, e.init, e.span)
            self.with_let_source(LetSource.NONE, e.init)
            return
        if (
            isinstance(e, hir.BinaryExpr)
            and e.op is hir.BinOpKind.AND
            and self.let_source is not LetSource.NONE
        ):
            self._visit_land(e)
            return
        if isinstance(e, hir.ClosureExpr):
            self.nested.append((e.def_id, "closure argument"))
            return
        if isinstance(e, hir.ConstBlockExpr):
            self.nested.append((e.body, ""))
            return
        old = self.let_source
        self.let_source = LetSource.NONE
        try:
            for child in _children(e):
                if isinstance(child, hir.Block):
                    self.visit_block(child)
                else:
                    self.visit_expr(child)
        finally:
            self.let_source = old

    def _visit_if(self, e: hir.IfExpr, src: LetSource) -> None:
        if src is LetSource.IF_LET and self.let_source is LetSource.ELSE:
            src = LetSource.ELSE_IF_LET
        self.with_let_source(src, e.cond)
        self.with_let_source(LetSource.NONE, e.then)
        self.with_let_source(LetSource.ELSE, e.els)

    def _visit_land(self, e: hir.Expr) -> None:
        """A `&&` chain in a condition: its `let`s are checked for reachability only (rustc
        1.95 does not lint irrefutable `let`s in chains)."""
        operands: list[hir.Expr] = []
        cur = e
        while isinstance(cur, hir.BinaryExpr) and cur.op is hir.BinOpKind.AND:
            operands.append(cur.rhs)
            cur = cur.lhs
        operands.append(cur)
        for op in reversed(operands):
            if isinstance(op, hir.LetExpr):
                self.with_let_source(LetSource.NONE, op.init)
                self.is_let_irrefutable(op.pat, op.init)
            else:
                self.with_let_source(LetSource.NONE, op)

    def visit_block(self, b: hir.Block) -> None:
        old = self.let_source
        self.let_source = LetSource.NONE
        self.scopes.append(b)
        try:
            for s in b.stmts:
                if isinstance(s, hir.LetStmt):
                    src = LetSource.LET_ELSE if s.els is not None else LetSource.PLAIN_LET
                    self.let_source = src
                    self.check_let(s.pat, s.init, _let_span(self.tcx, s))
                    self.let_source = LetSource.NONE
                    if s.init is not None:
                        self.scopes.append(s)
                        self.visit_expr(s.init)
                        self.scopes.pop()
                    if s.els is not None:
                        self.visit_block(s.els)
                elif isinstance(s, hir.ExprStmt | hir.SemiStmt):
                    self.visit_expr(s.expr)
            if b.expr is not None:
                self.visit_expr(b.expr)
        finally:
            self.scopes.pop()
            self.let_source = old

    # -- lets ------------------------------------------------------------------------------------

    def check_let(self, pat: hir.Pat, init: hir.Expr | None, span: Span) -> None:
        if self.let_source is LetSource.PLAIN_LET:
            self.check_binding_is_irrefutable(pat, "local binding", init, span)
            return
        refutable = self.is_let_irrefutable(pat, init)
        if refutable is False:
            diagnose.report_irrefutable_let(self, self.let_source, span)

    def is_let_irrefutable(self, pat: hir.Pat, scrut: hir.Expr | None) -> bool | None:
        """True when refutable, False when irrefutable, None on error."""
        got = self.analyze_binding(pat, True, scrut)
        if got is None:
            return None
        cx, report = got
        diagnose.report_arm_reachability(self, cx, report, False)
        return bool(report.non_exhaustiveness_witnesses)

    def analyze_binding(
        self, pat: hir.Pat, refutable: bool, scrut: hir.Expr | None
    ) -> tuple[MatchCheckCtxt, UsefulnessReport] | None:
        cx = self.new_cx(refutable, None, scrut, pat.span)
        dp = self.lower_pattern(pat, refutable)
        if dp is None:
            return None
        report = self.analyze(cx, [MatchArm(dp, False, pat)], dp.ty)
        if report is None:
            return None
        return cx, report

    def check_binding_is_irrefutable(
        self, pat: hir.Pat, origin: str, scrut: hir.Expr | None, span: Span | None
    ) -> None:
        got = self.analyze_binding(pat, False, scrut)
        if got is None:
            return
        cx, report = got
        if report.non_exhaustiveness_witnesses:
            diagnose.report_refutable_binding(
                self, cx, pat, origin, scrut, span, report.non_exhaustiveness_witnesses
            )

    # -- match -----------------------------------------------------------------------------------

    def check_match(self, m: hir.MatchExpr) -> None:
        scrut = m.scrutinee
        cx = self.new_cx(True, m.span, scrut, scrut.span)
        arms: list[MatchArm] = []
        for arm in m.arms:
            dp = self.lower_pattern(arm.pat, True)
            if dp is None:
                return
            arms.append(MatchArm(dp, arm.guard is not None, arm))
        scrut_ty = self.normalize(self.results.expr_ty_adjusted(scrut.hir_id))
        if scrut_ty.references_error:
            return
        report = self.analyze(cx, arms, scrut_ty)
        if report is None:
            return
        src = m.source
        if src is hir.MatchSource.FOR_LOOP and len(m.arms) == 1:
            pass
        elif src in (hir.MatchSource.FOR_LOOP, hir.MatchSource.NORMAL, hir.MatchSource.POSTFIX):
            diagnose.report_arm_reachability(
                self, cx, report, src in (hir.MatchSource.NORMAL, hir.MatchSource.POSTFIX)
            )
        witnesses = report.non_exhaustiveness_witnesses
        if not witnesses:
            return
        if src is hir.MatchSource.FOR_LOOP and len(m.arms) == 2:
            some = m.arms[1].pat
            if isinstance(some, hir.TupleStructPat) and some.pats:
                self.check_binding_is_irrefutable(some.pats[0], "`for` loop binding", None, None)
            return
        braces = (
            scrut.span.shrink_to_hi().with_hi(m.span.hi) if src is hir.MatchSource.NORMAL else None
        )
        diagnose.report_non_exhaustive_match(
            self, cx, scrut_ty, scrut.span, witnesses, m.arms, braces
        )


def _arm_lint_span(arm: MatchArm) -> Span:
    data = arm.data
    if isinstance(data, hir.Arm):
        return data.span
    return arm.pat.span


def _let_span(tcx: TyCtxt, s: hir.LetStmt) -> Span:
    """The `let` statement up to its initializer (no `else` block, no `;`)."""
    if s.init is not None:
        return s.span.with_hi(s.init.span.hi)
    text = tcx.source_map.snippet(s.span)
    if text is not None and text.endswith(";"):
        return s.span.with_hi(s.span.hi - 1)
    return s.span


def _children(e: hir.Expr) -> list[hir.Expr | hir.Block]:
    """The sub-expressions and blocks of `e`, in evaluation order."""
    if isinstance(e, hir.BlockExpr):
        return [e.block]
    if isinstance(e, hir.LoopExpr):
        return [e.body]
    if isinstance(e, hir.ArrayExpr | hir.TupleExpr):
        return list(e.elems)
    if isinstance(e, hir.CallExpr):
        return [e.func, *e.args]
    if isinstance(e, hir.MethodCallExpr):
        return [e.receiver, *e.args]
    if isinstance(e, hir.BinaryExpr | hir.AssignOpExpr):
        return [e.lhs, e.rhs]
    if isinstance(e, hir.AssignExpr):
        return [e.rhs, e.lhs]
    if isinstance(e, hir.UnaryExpr | hir.CastExpr | hir.FieldExpr | hir.AddrOfExpr):
        return [e.expr]
    if isinstance(e, hir.IndexExpr):
        return [e.expr, e.index]
    if isinstance(e, hir.BreakExpr | hir.RetExpr | hir.YieldExpr):
        return [e.expr] if e.expr is not None else []
    if isinstance(e, hir.StructExpr):
        out: list[hir.Expr | hir.Block] = [f.expr for f in e.fields]
        if e.base is not None:
            out.append(e.base)
        return out
    if isinstance(e, hir.RepeatExpr):
        return [e.elem]
    if isinstance(e, hir.FormatArgsExpr):
        return list(e.hir_exprs)
    if isinstance(e, hir.IfExpr):
        return [x for x in (e.cond, e.then, e.els) if x is not None]
    if isinstance(e, hir.MatchExpr):
        return [
            e.scrutinee,
            *(x for a in e.arms for x in ((a.guard, a.body) if a.guard is not None else (a.body,))),
        ]
    if isinstance(e, hir.LetExpr):
        return [e.init]
    return []


def _lower_all(lw: PatLowerer, body: hir.Body) -> None:
    """Lower every pattern of the body (not of nested closures) in THIR-building order, so
    that errors of malformed patterns come first, in source order."""
    stack: list[object] = [body.value]
    while stack:
        node = stack.pop()
        todo: list[object] = []
        if isinstance(node, hir.Block):
            for s in node.stmts:
                if isinstance(s, hir.LetStmt):
                    if s.els is not None:
                        todo.append(s.els)
                    todo.append(s.pat)
                    if s.init is not None:
                        todo.append(s.init)
                elif isinstance(s, hir.ExprStmt | hir.SemiStmt):
                    todo.append(s.expr)
            if node.expr is not None:
                todo.append(node.expr)
        elif isinstance(node, hir.MatchExpr):
            todo.append(node.scrutinee)
            for a in node.arms:
                todo.append(a.pat)
                if a.guard is not None:
                    todo.append(a.guard)
                todo.append(a.body)
        elif isinstance(node, hir.LetExpr):
            todo.extend([node.pat, node.init])
        elif isinstance(node, hir.Expr):
            if not isinstance(node, hir.ClosureExpr | hir.ConstBlockExpr):
                todo.extend(_children(node))
        elif isinstance(node, hir.Pat):
            lw.lower_top(node)
            continue
        stack.extend(reversed(todo))
    for p in body.params:
        lw.lower_top(p.pat)
