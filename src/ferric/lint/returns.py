"""Lints on how a function ends: `needless_return`, `let_and_return`.

needless_return (clippy's `returns.rs`): a `return` in tail position of a function body
— the tail expression, or the last statement `return x;` — following `if`/`else`
branches, `match` arms and blocks in tail position. An early `return` (not in tail
position) is not linted.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import Parents, on_block, on_fn
from ferric.lint.registry import LET_AND_RETURN, NEEDLESS_RETURN
from ferric.resolve.defs import DefId, DefKind, DefRes
from ferric.ty import ty as t


@on_fn
def needless_return(cx: LintCx, item: hir.FnItem, body: hir.Body) -> None:
    if cx.from_expansion(item.span):
        return
    work: list[hir.Expr] = [body.value]
    while work:
        e = work.pop()
        if isinstance(e, hir.BlockExpr):
            tail = _block_tail(e.block)
            if tail is None:
                continue
            expr, stmt_span = tail
            if isinstance(expr, hir.RetExpr):
                _report(cx, expr, stmt_span)
            else:
                work.append(expr)
        elif isinstance(e, hir.IfExpr) and not cx.from_expansion(e.span):
            if e.els is not None:
                work.append(e.els)
            work.append(e.then)
        elif isinstance(e, hir.MatchExpr) and e.source is hir.MatchSource.NORMAL:
            for arm in reversed(e.arms):
                work.append(arm.body)
        elif isinstance(e, hir.RetExpr):
            _report(cx, e, e.span)


def _block_tail(block: hir.Block) -> tuple[hir.Expr, Span] | None:
    """The expression in tail position of `block` and the span a suggestion replaces (the
    statement, `;` included, for `return x;`)."""
    if block.expr is not None:
        return block.expr, block.expr.span
    if block.stmts:
        last = block.stmts[-1]
        if isinstance(last, hir.SemiStmt):
            span = last.span
            if isinstance(last.expr, hir.RetExpr) and last.expr.expr is None and len(block.stmts) > 1:
                # `return;` goes with the whitespace before it.
                span = Span(block.stmts[-2].span.hi, span.hi, span.ctxt)
            return last.expr, span
    return None


def _report(cx: LintCx, ret: hir.RetExpr, replace: Span) -> None:
    if cx.from_expansion(ret.span):
        return
    d = cx.lint(NEEDLESS_RETURN, ret.span, "unneeded `return` statement")
    if d is None:
        return
    value = cx.snippet(ret.expr.span) if ret.expr is not None else ""
    d.with_suggestion("remove `return`", [(replace, value)])


@on_block
def let_and_return(cx: LintCx, block: hir.Block, parents: Parents) -> None:
    """`let x = e; x` at the end of a block: return `e` directly."""
    tail = block.expr
    if tail is None or not block.stmts or cx.from_expansion(block.span):
        return
    let = block.stmts[-1]
    if not (isinstance(let, hir.LetStmt) and let.init is not None and let.ty is None and let.els is None):
        return
    pat = let.pat
    if not (isinstance(pat, hir.BindingPat) and pat.sub is None and pat.mode.by_ref is None):
        return
    if not (
        isinstance(tail, hir.PathExpr)
        and isinstance(tail.qpath, hir.ResolvedPath)
        and getattr(tail.qpath.path.res, "hir_id", None) == pat.hir_id
    ):
        return
    if cx.from_expansion(let.span) or cx.from_expansion(tail.span) or cx.in_external_macro(let.init.span):
        return
    if _borrows(cx, let.init):
        return
    d = cx.lint(LET_AND_RETURN, tail.span, "returning the result of a `let` binding from a block")
    if d is None:
        return
    d.with_label(let.span, "unnecessary `let` binding")
    d.with_suggestion(
        "return the expression directly",
        [(let.span, ""), (tail.span, cx.snippet(let.init.span))],
    )


_NON_STATIC_REGIONS = t.HAS_RE_PARAM | t.HAS_RE_BOUND | t.HAS_RE_ERASED | t.HAS_RE_INFER


def _borrows(cx: LintCx, init: hir.Expr) -> bool:
    """clippy's `last_statement_borrows`: the initializer calls a function whose result
    carries a lifetime (returning the binding directly would then keep a borrow alive
    past the block's locals)."""
    stack: list[object] = [init]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.CallExpr | hir.MethodCallExpr):
            callee = cx.method_def(node) if isinstance(node, hir.MethodCallExpr) else _callee(node)
            if callee is not None and _returns_borrow(cx, callee):
                return True
        if isinstance(node, hir.ClosureExpr) or (hasattr(node, "span") and cx.from_expansion(node.span)):
            continue
        stack.extend(hir.child_nodes(node))
    return False


def _returns_borrow(cx: LintCx, callee: DefId) -> bool:
    if cx.tcx.def_kind(callee) not in (DefKind.FN, DefKind.ASSOC_FN):
        return False
    return bool(cx.tcx.fn_sig(callee).output.flags & _NON_STATIC_REGIONS)


def _callee(call: hir.CallExpr) -> DefId | None:
    f = call.func
    if isinstance(f, hir.PathExpr) and isinstance(f.qpath, hir.ResolvedPath) and isinstance(f.qpath.path.res, DefRes):
        return f.qpath.path.res.def_id
    return None
