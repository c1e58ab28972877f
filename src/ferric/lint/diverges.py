"""`unreachable_code`, as rustc's type checker finds it: one walk over a checked body in the
order type checking visits it, carrying rustc's `Diverges` state.

The state is "maybe" (code here may run), "always" with the span of what diverged (and
sometimes a custom note), or "warned" (always, and already reported: nothing after it is
reported again). Combining states takes the greater (`|`: maybe < always < warned, two
"always" by their spans: the one starting later wins, so the innermost diverging
expression is named), an `if`'s branches the lesser (`&`). An expression of type `!`
makes the state "always" at its span; entering an expression or statement while the
state is "always" reports it ("unreachable expression" / "statement" / "call" / "arm" /
"block in `if` or `while` expression") and makes it "warned". Every rule mirrors a line
of rustc's `check_expr_with_expectation_and_args`, `check_stmt`, `check_block_with_expected`,
`check_expr_loop`, `check_then_else`, `check_expr_match` and `check_binop`.

The walk also returns the statements and expressions entered while the state was not
"maybe": code rustc's MIR does not contain, whose bindings and reads the liveness lints
leave out.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, HirId
from ferric.ty import ty as t
from ferric.typeck.results import TypeckResults

_MATCH_NOTE = "any code following this `match` expression is unreachable, as all arms diverge"

# A state: None (maybe), (span, note) (always), or WARNED.
_State = tuple[Span, str | None] | str | None
WARNED = "warned"


def _key(s: _State) -> tuple[object, ...]:
    if s is None:
        return (0,)
    if s == WARNED:
        return (2,)
    assert isinstance(s, tuple)
    span, note = s
    return (1, span.lo, span.hi - span.lo, span.ctxt, note is not None, note or "")


def _or(a: _State, b: _State) -> _State:
    return a if _key(a) >= _key(b) else b


def _and(a: _State, b: _State) -> _State:
    return a if _key(a) <= _key(b) else b


class Unreachable:
    """The walk over one body (its closures' bodies included, where they appear)."""

    def __init__(self, bodies: dict[DefId, hir.Body], res: TypeckResults) -> None:
        self.bodies = bodies
        self.res = res
        self.state: _State = None
        self.reports: list[tuple[str, Span, Span, str | None]] = []
        """(kind, where, what diverged, custom note) in rustc's order."""
        self.dead: set[int] = set()
        """`id()` of the statements and expressions entered after code that diverged."""
        self.break_targets: set[HirId] = set()
        """The loops and labelled blocks a `break` met so far leaves (a loop's or block's
        breaks are all inside it, so all met when the walk is done with it)."""

    def run(self, body: hir.Body) -> Unreachable:
        self.expr(body.value)
        return self

    # -- the state ----------------------------------------------------------------------------

    def warn(self, span: Span, kind: str) -> None:
        s = self.state
        if not isinstance(s, tuple):
            return
        self.state = WARNED
        self.reports.append((kind, span, s[0], s[1]))

    def _never(self, e: hir.Expr) -> bool:
        return isinstance(self.res.node_types.get(e.hir_id), t.Never)

    # -- statements and blocks ----------------------------------------------------------------

    def stmt(self, s: hir.Stmt) -> None:
        if isinstance(s, hir.ItemStmt):
            return
        if self.state is not None:
            self.dead.add(id(s))
        self.warn(s.span, "statement")
        old, self.state = self.state, None
        if isinstance(s, hir.LetStmt):
            if s.init is not None:
                self.expr(s.init)
            if s.els is not None:
                before = self.state
                self.block(s.els)
                self.state = before
        else:
            self.expr(s.expr)
        self.state = _or(self.state, old)

    def block(self, b: hir.Block, target: HirId | None = None) -> None:
        before = self.state
        for s in b.stmts:
            self.stmt(s)
        if b.expr is not None:
            self.expr(b.expr)
        if target is not None and (target in self.break_targets or b.hir_id in self.break_targets):
            self.state = before

    # -- expressions --------------------------------------------------------------------------

    def expr(self, e: hir.Expr, cond: bool = False) -> None:
        if self.state is not None:
            self.dead.add(id(e))
        self.warn(e.span, "expression")
        old, self.state = self.state, None
        self._kind(e)
        if cond or isinstance(e, hir.BlockExpr | hir.IfExpr | hir.LetExpr | hir.LoopExpr | hir.MatchExpr):
            pass
        elif isinstance(e, hir.CallExpr):
            self.warn(e.func.span, "call")
        elif isinstance(e, hir.MethodCallExpr):
            self.warn(e.segment.ident.span, "call")
        else:
            self.warn(e.span, "expression")
        if self._never(e):
            self.state = _or(self.state, (e.span, None))
        self.state = _or(self.state, old)

    def _kind(self, e: hir.Expr) -> None:
        if isinstance(e, hir.BreakExpr) and e.dest.target is not None:
            self.break_targets.add(e.dest.target)
        if isinstance(e, hir.BlockExpr):
            self.block(e.block, e.hir_id if e.label is not None else None)
        elif isinstance(e, hir.IfExpr):
            self.expr(e.cond, cond=True)
            self.warn(e.then.span, "block in `if` or `while` expression")
            cond_state, self.state = self.state, None
            self.expr(e.then)
            then_state, self.state = self.state, None
            if e.els is not None:
                self.expr(e.els)
                self.state = _or(cond_state, _and(then_state, self.state))
            else:
                self.state = cond_state
        elif isinstance(e, hir.MatchExpr):
            self._match(e)
        elif isinstance(e, hir.LoopExpr):
            self.block(e.body)
            if e.hir_id in self.break_targets:
                self.state = None
            else:
                self.state = _or(self.state, (e.span, None))
        elif isinstance(e, hir.BinaryExpr) and e.op in (hir.BinOpKind.AND, hir.BinOpKind.OR):
            self.expr(e.lhs)
            lhs_state = self.state
            self.expr(e.rhs)
            self.state = lhs_state
        elif isinstance(e, hir.ClosureExpr):
            inner = self.bodies.get(e.def_id)
            if inner is not None:
                saved, self.state = self.state, None
                self.expr(inner.value)
                self.state = saved
        elif isinstance(e, hir.StructExpr):
            for f in e.fields:
                self.expr(f.expr)
            if e.base is not None:
                self.expr(e.base)
        else:
            for child in _operands(e):
                self.expr(child)

    def _match(self, e: hir.MatchExpr) -> None:
        self.expr(e.scrutinee)
        if not e.arms:
            self.state = _or(self.state, (e.span, None))
            return
        for arm in e.arms:
            self.warn(arm.body.span, "arm")
        scrut_state, self.state = self.state, None
        all_arms: _State = WARNED
        for arm in e.arms:
            self.state = None
            if arm.guard is not None:
                self.expr(arm.guard)
            self.expr(arm.body)
            all_arms = _and(all_arms, self.state)
        if isinstance(all_arms, tuple) and e.source is hir.MatchSource.NORMAL:
            all_arms = (e.span, _MATCH_NOTE)
        self.state = _or(scrut_state, all_arms)


def _operands(e: hir.Expr) -> list[hir.Expr]:
    """The sub-expressions type checking visits, in its order (left to right)."""
    if isinstance(e, hir.CallExpr):
        return [e.func, *e.args]
    if isinstance(e, hir.MethodCallExpr):
        return [e.receiver, *e.args]
    out: list[hir.Expr] = []
    for child in hir.child_nodes(e):
        if isinstance(child, hir.Expr):
            out.append(child)
    return out
