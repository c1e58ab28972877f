"""Closures (rustfmt's `closures.rs`): `|params| body`, where a block body with a single
expression loses its braces when the result fits, a multi-line expression body gains them,
and a closure that is the last argument of a call gets the overflow treatment.
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt import syntax_util as su
from ferric.fmt.blocks import (
    block_contains_comment,
    is_simple_block,
    rewrite_block,
    rewrite_block_with_visitor,
)
from ferric.fmt.config import TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.expr import rewrite_expr
from ferric.fmt.shape import Shape
from ferric.fmt.text import last_line_width
from ferric.syntax import ast


def _needs_block(ctx: Ctx, b: ast.Block, prefix: str) -> bool:
    has_attributes = bool(b.stmts) and bool(su.StmtView(b.stmts[0]).attrs())
    return (
        su.is_unsafe_block(b)
        or len(b.stmts) > 1
        or has_attributes
        or block_contains_comment(ctx, b)
        or "\n" in prefix
    )


def _get_inner_expr(ctx: Ctx, e: ast.Expr, prefix: str) -> ast.Expr:
    while isinstance(e, ast.BlockExpr) and not _needs_block(ctx, e.block, prefix):
        if not e.block.stmts:
            break
        sv = su.StmtView(e.block.stmts[0])
        if sv.kind != su.EXPR or sv.expr is None:
            break
        e = sv.expr
    return e


def _veto_block(e: ast.Expr) -> bool:
    return isinstance(
        e,
        ast.CallExpr | ast.BinaryExpr | ast.CastExpr | ast.AssignExpr | ast.AssignOpExpr
        | ast.FieldExpr | ast.IndexExpr | ast.RangeExpr | ast.TryExpr,
    )


def _requires_semi_to_be_stmt(e: ast.Expr) -> bool:
    return not isinstance(
        e,
        ast.IfExpr | ast.MatchExpr | ast.BlockExpr | ast.WhileExpr | ast.LoopExpr
        | ast.ForLoopExpr | ast.TryBlockExpr,
    )


def _rewrite_with_block(ctx: Ctx, body: ast.Expr, prefix: str, shape: Shape) -> str | None:
    left_most = su.left_most_sub_expr(body)
    if _veto_block(body) and not _requires_semi_to_be_stmt(left_most):
        return None
    lo = su.expr_lo(body)
    block = ast.Block(stmts=(ast.ExprStmt(expr=body, span=body.span),), span=body.span.with_lo(lo))
    b = rewrite_block_with_visitor(ctx, "", block, body.attrs, None, shape, False)
    return None if b is None else f"{prefix} {b}"


def _allow_multi_line(e: ast.Expr) -> bool:
    while True:
        if isinstance(
            e, ast.MatchExpr | ast.GenBlockExpr | ast.BlockExpr | ast.TryBlockExpr | ast.LoopExpr
            | ast.StructExpr,
        ):
            return True
        if isinstance(e, ast.AddrOfExpr | ast.TryExpr | ast.UnaryExpr | ast.CastExpr):
            e = e.expr
            continue
        return False


def _rewrite_closure_expr(ctx: Ctx, e: ast.Expr, prefix: str, shape: Shape) -> str | None:
    veto_multiline = not _allow_multi_line(e) and not ctx.inside_macro
    r = rewrite_expr(ctx, e, shape)
    if r is None or (veto_multiline and "\n" in r):
        return None
    return f"{prefix} {r}"


def _is_block_closure_forced(ctx: Ctx, e: ast.Expr) -> bool:
    if ctx.inside_macro:
        return False
    while True:
        if isinstance(e, ast.IfExpr | ast.WhileExpr | ast.ForLoopExpr):
            return True
        if isinstance(e, ast.AddrOfExpr | ast.TryExpr | ast.UnaryExpr | ast.CastExpr):
            e = e.expr
            continue
        return False


def _try_rewrite_without_block(
    ctx: Ctx, e: ast.Expr, prefix: str, shape: Shape, body_shape: Shape
) -> str | None:
    e = _get_inner_expr(ctx, e, prefix)
    if _is_block_closure_forced(ctx, e):
        return _rewrite_with_block(ctx, e, prefix, shape)
    return _rewrite_closure_expr(ctx, e, prefix, body_shape)


def is_named_param(p: ast.Param) -> bool:
    if isinstance(p.pat, ast.IdentPat):
        return p.pat.ident.name != ""
    return True


def param_omits_type(ctx: Ctx, p: ast.Param) -> bool:
    t = p.ty
    return isinstance(t, ast.InferTy) and (t.span.lo == t.span.hi or t.span.hi == p.pat.span.hi)


def span_lo_for_param(p: ast.Param) -> int:
    from ferric.fmt.items import param_lo

    return param_lo(p)


def span_hi_for_param(ctx: Ctx, p: ast.Param) -> int:
    t = p.ty
    if isinstance(t, ast.InferTy):
        if t.span.lo != t.span.hi and ctx.snippet(t.span.lo, t.span.hi) == "_":
            return t.span.hi
        if is_named_param(p):
            return p.pat.span.hi
    return t.span.hi


def _fn_decl(ctx: Ctx, e: ast.ClosureExpr, shape: Shape) -> tuple[str, int] | None:
    from ferric.fmt.items import rewrite_param, rewrite_ret_ty
    from ferric.fmt.types import rewrite_bound_params

    if e.binder is not None:
        if not e.binder:
            binder = "for<> "
        else:
            b = rewrite_bound_params(ctx, shape, e.binder)
            if b is None:
                return None
            binder = f"for<{b}> "
    else:
        binder = ""
    const = "const " if e.is_const else ""
    coro = "async " if e.is_async else ""
    mover = "move " if e.capture is ast.CaptureBy.VALUE else ""
    s = shape.shrink_left(len(binder) + len(const) + len(coro) + len(mover))
    nested = s.sub_width(4) if s is not None else None
    if nested is None:
        return None
    param_offset = nested.indent.plus(1)
    ps = nested.offset_left(1)
    if ps is None:
        return None
    param_shape = ps.visual_indent(0)
    ret_str = rewrite_ret_ty(ctx, e.decl.output, param_shape)
    if ret_str is None:
        return None
    body_lo = su.expr_lo(e.body)
    items = L.itemize_list(
        ctx,
        list(e.decl.inputs),
        "|",
        ",",
        span_lo_for_param,
        lambda p: span_hi_for_param(ctx, p),
        lambda p: rewrite_param(ctx, p, param_shape),
        ctx.src.span_after(e.span.lo, e.span.hi, "|"),
        body_lo,
    )
    budget = max(0, nested.width - (len(ret_str) + 1))
    tactic = L.definitive_tactic(items, L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, budget)
    if tactic == L.HORIZONTAL:
        s2 = param_shape.sub_width(len(ret_str) + 1)
        if s2 is None:
            return None
        param_shape = s2
    list_str = L.write_list(items, L.ListFormatting(param_shape, tactic=tactic, preserve_newline=True))
    if list_str is None:
        return None
    prefix = f"{binder}{const}{coro}{mover}|{list_str}|"
    if ret_str:
        if "\n" in prefix:
            prefix += "\n" + param_offset.to_string()
        else:
            prefix += " "
        prefix += ret_str
    return prefix, last_line_width(prefix) + 1


def rewrite_closure(ctx: Ctx, e: ast.ClosureExpr, shape: Shape) -> str | None:
    r = _fn_decl(ctx, e, shape)
    if r is None:
        return None
    prefix, extra = r
    body_shape = shape.offset_left(extra)
    if body_shape is None:
        return None
    body = e.body
    if isinstance(body, ast.BlockExpr):
        block = body.block
        if not block.stmts and not block_contains_comment(ctx, block):
            b = rewrite_expr(ctx, body, shape)
            return None if b is None else f"{prefix} {b}"
        res: str | None = None
        if isinstance(e.decl.output, ast.DefaultRetTy) and not ctx.inside_macro:
            res = _try_rewrite_without_block(ctx, body, prefix, shape, body_shape)
        if res is not None:
            return res
        b = rewrite_block(ctx, block, None, None, body_shape)
        return None if b is None else f"{prefix} {b}"
    res = _rewrite_closure_expr(ctx, body, prefix, body_shape)
    if res is not None:
        return res
    return _rewrite_with_block(ctx, body, prefix, body_shape)


def rewrite_last_closure(ctx: Ctx, e: ast.ClosureExpr, shape: Shape) -> str | None:
    from ferric.fmt.control import rewrite_cond

    body = e.body
    if (
        isinstance(body, ast.BlockExpr)
        and not su.is_unsafe_block(body.block)
        and not ctx.inside_macro
        and is_simple_block(ctx, body.block, body.attrs)
    ):
        sv = su.StmtView(body.block.stmts[0])
        if sv.expr is not None:
            body = sv.expr
    r = _fn_decl(ctx, e, shape)
    if r is None:
        return None
    prefix, extra = r
    if "\n" in prefix:
        return None
    body_shape = shape.offset_left(extra)
    if body_shape is None:
        return None
    if _is_block_closure_forced(ctx, body):
        b = _rewrite_with_block(ctx, body, prefix, body_shape)
        if b is None:
            return None
        if isinstance(e.decl.output, ast.DefaultRetTy) and b.count("\n") + 1 <= 7:
            single = _rewrite_closure_expr(ctx, body, prefix, shape)
            if single is not None and "\n" not in single:
                return single
        return b
    cond = rewrite_cond(ctx, body, body_shape)
    if cond is not None and ("\n" in cond or len(cond) > body_shape.width):
        return _rewrite_with_block(ctx, body, prefix, body_shape)
    return rewrite_expr(ctx, e, shape)


_ = TAB_SPACES
