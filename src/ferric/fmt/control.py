"""`if`/`else` chains and loops (rustfmt's `ControlFlow`): the keyword, the condition (or
`let` pattern), the block, and the `else` branches, with the single-line form
`if c { a } else { b }` for short values.
"""

from __future__ import annotations

from ferric.fmt import syntax_util as su
from ferric.fmt.blocks import rewrite_block_with_visitor, rewrite_label
from ferric.fmt.comment import rewrite_missing_comment
from ferric.fmt.config import SINGLE_LINE_IF_ELSE_MAX_WIDTH, TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.expr import (
    RHS_DEFAULT,
    STATEMENT,
    SUB_EXPRESSION,
    expr_rewriter,
    format_expr,
    rewrite_assign_rhs_with_comments,
    rewrite_expr,
)
from ferric.fmt.shape import EMPTY_INDENT, Shape
from ferric.fmt.text import blen, last_line_extendable, last_line_width
from ferric.syntax import ast


class ControlFlow:
    __slots__ = (
        "allow_single_line",
        "block",
        "cond",
        "connector",
        "else_block",
        "keyword",
        "label",
        "matcher",
        "nested_if",
        "pat",
        "span_hi",
        "span_lo",
    )

    def __init__(
        self,
        keyword: str,
        cond: ast.Expr | None,
        pat: ast.Pat | None,
        block: ast.Block,
        else_block: ast.Expr | None,
        label: ast.Label | None,
        matcher: str,
        connector: str,
        allow_single_line: bool,
        nested_if: bool,
        span_lo: int,
        span_hi: int,
    ) -> None:
        self.keyword = keyword
        self.cond = cond
        self.pat = pat
        self.block = block
        self.else_block = else_block
        self.label = label
        self.matcher = matcher
        self.connector = connector
        self.allow_single_line = allow_single_line
        self.nested_if = nested_if
        self.span_lo = span_lo
        self.span_hi = span_hi


def _pats_and_cond(cond: ast.Expr) -> tuple[ast.Pat | None, ast.Expr]:
    if isinstance(cond, ast.LetExpr):
        return cond.pat, cond.scrutinee
    return None, cond


def new_if(e: ast.IfExpr, allow_single_line: bool, nested_if: bool, lo: int, hi: int) -> ControlFlow:
    pat, cond = _pats_and_cond(e.cond)
    return ControlFlow(
        "if", cond, pat, e.then, e.els, None, "let" if pat is not None else "", " =",
        allow_single_line, nested_if, lo, hi,
    )


def to_control_flow(e: ast.Expr, expr_type: int) -> ControlFlow | None:
    lo, hi = e.span.lo, e.span.hi
    if isinstance(e, ast.IfExpr):
        return new_if(e, expr_type == SUB_EXPRESSION, False, lo, hi)
    if isinstance(e, ast.ForLoopExpr):
        kw = "for await" if e.is_await else "for"
        return ControlFlow(kw, e.iter, e.pat, e.body, None, e.label, "", " in", False, False, lo, hi)
    if isinstance(e, ast.LoopExpr):
        return ControlFlow("loop", None, None, e.body, None, e.label, "", "", False, False, lo, hi)
    if isinstance(e, ast.WhileExpr):
        pat, cond = _pats_and_cond(e.cond)
        return ControlFlow(
            "while", cond, pat, e.body, None, e.label, "let" if pat is not None else "", " =",
            False, False, lo, hi,
        )
    return None


def rewrite_control_flow(ctx: Ctx, e: ast.Expr, expr_type: int, shape: Shape) -> str | None:
    cf = to_control_flow(e, expr_type)
    if cf is None:
        return None
    return _rewrite(ctx, cf, shape)


def rewrite_cond(ctx: Ctx, e: ast.Expr, shape: Shape) -> str | None:
    """The condition of a control-flow expression as it would be written (for deciding
    whether it goes multi-line)."""
    if isinstance(e, ast.MatchExpr):
        s = shape.offset_left(8)
        return None if s is None else rewrite_expr(ctx, e.scrutinee, s)
    cf = to_control_flow(e, SUB_EXPRESSION)
    if cf is None:
        return None
    alt = "\n" + shape.indent.block_only().to_string()
    r = _rewrite_cond(ctx, cf, shape, alt)
    return None if r is None else r[0]


def _rewrite_single_line(ctx: Ctx, cf: ControlFlow, pat_expr: str, width: int) -> str | None:
    from ferric.fmt.blocks import is_simple_block
    from ferric.fmt.visitor import rewrite_stmt

    els = cf.else_block
    if els is None:
        return None
    fixed = len(cf.keyword) + len("  {  } else {  }")
    if not isinstance(els, ast.BlockExpr):
        return None
    if not (is_simple_block(ctx, cf.block, None) and is_simple_block(ctx, els.block, None)):
        return None
    if "\n" in pat_expr:
        return None
    new_width = width - (blen(pat_expr) + fixed)
    if new_width < 0:
        return None
    if_str = rewrite_stmt(ctx, su.StmtView(cf.block.stmts[0]), Shape.legacy(new_width, EMPTY_INDENT))
    if if_str is None:
        return None
    new_width -= blen(if_str)
    if new_width < 0:
        return None
    else_str = rewrite_stmt(ctx, su.StmtView(els.block.stmts[0]), Shape.legacy(new_width, EMPTY_INDENT))
    if else_str is None:
        return None
    if "\n" in if_str or "\n" in else_str:
        return None
    result = f"{cf.keyword} {pat_expr} {{ {if_str} }} else {{ {else_str} }}"
    return result if blen(result) <= width else None


def _last_line_offsetted(start_column: int, s: str) -> bool:
    leading = 0
    for c in reversed(s):
        if c == "\n":
            break
        if c.isspace():
            leading += 1
        else:
            leading = 0
    return leading > start_column


def _rewrite_pat_expr(ctx: Ctx, cf: ControlFlow, e: ast.Expr, shape: Shape, offset: int) -> str | None:
    from ferric.fmt.patterns import rewrite_pat

    cond_shape = shape.offset_left(offset)
    if cond_shape is None:
        return None
    if cf.pat is not None:
        matcher = cf.matcher + " " if cf.matcher else ""
        ps = cond_shape.offset_left(len(matcher))
        ps = ps.sub_width(len(cf.connector)) if ps is not None else None
        if ps is None:
            return None
        pat_string = rewrite_pat(ctx, cf.pat, ps)
        if pat_string is None:
            return None
        comments_lo = ctx.src.span_after(cf.pat.span.hi, cf.span_hi, cf.connector.strip())
        return rewrite_assign_rhs_with_comments(
            ctx, matcher + pat_string + cf.connector, expr_rewriter(ctx, e), cond_shape,
            RHS_DEFAULT, comments_lo, su.expr_lo(e), True,
        )
    rw = rewrite_expr(ctx, e, cond_shape)
    if cf.keyword == "if" or rw is not None:
        return rw
    nested = shape.block_indent(TAB_SPACES).with_max_width()
    r = rewrite_expr(ctx, e, nested)
    return None if r is None else nested.indent.to_string_with_newline() + r


def _extract_comment(ctx: Ctx, lo: int, hi: int, shape: Shape) -> str | None:
    if lo >= hi or not ctx.src.contains_comment(lo, hi):
        return None
    c = rewrite_missing_comment(ctx, lo, hi, shape)
    if not c:
        return None
    nl = shape.indent.to_string_with_newline()
    return f"{nl}{c}{nl}"


def _rewrite_cond(ctx: Ctx, cf: ControlFlow, shape: Shape, alt_block_sep: str) -> tuple[str, int] | None:
    fresh = shape.with_width(ctx.budget(shape.used_width()))
    if cf.nested_if:
        constr = fresh.offset_left(7)
        if constr is None:
            return None
    else:
        constr = fresh
    label_string = rewrite_label(cf.label)
    offset = len(cf.keyword) + len(label_string) + 1
    if cf.cond is not None:
        pe = _rewrite_pat_expr(ctx, cf, cf.cond, constr, offset)
        if pe is None:
            return None
        pat_expr = pe
    else:
        pat_expr = ""
    brace_overhead = 2
    one_line_budget = max(0, max_width() - (constr.used_width() + offset + brace_overhead))
    force_newline_brace = ("\n" in pat_expr or blen(pat_expr) > one_line_budget) and (
        not last_line_extendable(pat_expr) or _last_line_offsetted(shape.used_width(), pat_expr)
    )
    if cf.allow_single_line and SINGLE_LINE_IF_ELSE_MAX_WIDTH > 0:
        trial = _rewrite_single_line(ctx, cf, pat_expr, shape.width)
        if trial is not None and blen(trial) <= SINGLE_LINE_IF_ELSE_MAX_WIDTH:
            return trial, 0
    if cf.cond is not None:
        cond_lo, cond_hi = su.expr_lo(cf.cond), cf.cond.span.hi
    else:
        cond_lo = cond_hi = cf.block.span.lo
    lo = cf.label.ident.span.hi if cf.label is not None else cf.span_lo
    kw_end = ctx.src.span_after(lo, cf.span_hi, cf.keyword.split()[-1] if cf.keyword else "")
    if cf.pat is None:
        between_hi = cond_lo
    elif not cf.matcher:
        between_hi = cf.pat.span.lo
    else:
        between_hi = ctx.src.span_before(cf.span_lo, cf.span_hi, cf.matcher.strip())
    between_kwd_cond = _extract_comment(ctx, kw_end, between_hi, shape)
    after_cond = _extract_comment(ctx, cond_hi, cf.block.span.lo, shape)
    if cf.cond is None and between_kwd_cond is not None:
        block_sep = ""
    elif force_newline_brace:
        block_sep = alt_block_sep
    else:
        block_sep = " "
    if "\n" in pat_expr:
        used_width = last_line_width(pat_expr)
    else:
        used_width = len(label_string) + len(cf.keyword) + blen(pat_expr) + 2
    if between_kwd_cond is not None:
        mid = between_kwd_cond
    else:
        mid = "" if (not pat_expr or pat_expr.startswith("\n")) else " "
    tail = after_cond if after_cond is not None else block_sep
    return f"{label_string}{cf.keyword}{mid}{pat_expr}{tail}", used_width


def rewrite_else_kw_with_comments(
    ctx: Ctx, force_newline_else: bool, is_last: bool, lo: int, hi: int, shape: Shape
) -> str:
    else_lo = ctx.src.span_before(lo, hi, "else")
    before = _extract_comment(ctx, lo, else_lo, shape)
    else_hi = ctx.src.span_after(lo, hi, "else")
    after = _extract_comment(ctx, else_hi, hi, shape)
    nl = shape.indent.to_string_with_newline()
    before_sep = nl if force_newline_else else " "
    return f"{before if before is not None else before_sep}else{after if after is not None else ' '}"


def _rewrite(ctx: Ctx, cf: ControlFlow, shape: Shape) -> str | None:
    alt = shape.indent.to_string_with_newline()
    r = _rewrite_cond(ctx, cf, shape, alt)
    if r is None:
        return None
    cond_str, used_width = r
    if used_width == 0:
        return cond_str
    block_width = max(0, shape.width - used_width)
    if cf.else_block is not None or cf.nested_if:
        block_width = min(1, block_width)
    block_shape = shape.with_width(block_width)
    old = ctx.is_if_else_block
    ctx.is_if_else_block = cf.else_block is not None
    block_str = rewrite_block_with_visitor(ctx, "", cf.block, None, None, block_shape, True)
    ctx.is_if_else_block = old
    if block_str is None:
        return None
    result = cond_str + block_str
    els = cf.else_block
    if els is not None:
        eshape = Shape.indented(shape.indent)
        last_in_chain = False
        if isinstance(els, ast.IfExpr):
            rw = _rewrite(ctx, new_if(els, False, True, els.span.lo, cf.span_hi), eshape)
        else:
            last_in_chain = True
            rw = format_expr(ctx, els, STATEMENT, eshape.with_width(min(1, eshape.width)))
        else_kw = rewrite_else_kw_with_comments(
            ctx, False, last_in_chain, cf.block.span.hi, su.expr_lo(els), eshape
        )
        if rw is None:
            return None
        result += else_kw + rw
    return result
