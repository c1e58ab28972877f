"""`match` expressions (rustfmt's `matches.rs`): one arm per line; an arm's body stays after
`=>` when it fits, a block with a single expression loses its braces, a body that does not
fit moves to the next line inside a new block, and guards go after the pattern or on a
line of their own.
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt import syntax_util as su
from ferric.fmt.blocks import is_empty_block, is_simple_block
from ferric.fmt.comment import combine_strs_with_missing_comments, rewrite_comment
from ferric.fmt.config import TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.expr import (
    RHS_DEFAULT,
    STATEMENT,
    format_expr,
    prefer_next_line,
    rewrite_expr,
)
from ferric.fmt.shape import Shape
from ferric.fmt.text import (
    blen,
    extra_offset,
    first_line_width,
    last_line_extendable,
    trimmed_last_line_width,
    uwidth,
)
from ferric.syntax import ast


def _arm_lo(arm: ast.Arm) -> int:
    return arm.attrs[0].span.lo if arm.attrs else arm.pat.span.lo


def _arm_hi(arm: ast.Arm) -> int:
    return arm.body.span.hi if arm.body is not None else arm.pat.span.hi


def rewrite_match(ctx: Ctx, e: ast.MatchExpr, shape: Shape) -> str | None:
    from ferric.fmt.attr import rewrite_attrs

    cond_shape = shape.with_width(ctx.budget(shape.used_width())).offset_left(6)
    if cond_shape is None:
        return None
    cond_str = rewrite_expr(ctx, e.scrutinee, cond_shape)
    if cond_str is None:
        return None
    alt_block_sep = shape.indent.to_string_with_newline()
    if last_line_extendable(cond_str):
        block_sep = " "
    elif "\n" in cond_str or blen(cond_str) + 2 > cond_shape.width:
        block_sep = alt_block_sep
    else:
        block_sep = " "
    nested_indent_str = shape.indent.indent_block().to_string()
    inner = su.inner_attrs(e.attrs)
    inner_str = ""
    if inner:
        a = rewrite_attrs(ctx, inner, shape)
        if a is None:
            return None
        inner_str = f"{nested_indent_str}{a}\n"
        open_brace_pos = inner[-1].span.hi
    else:
        hi = _arm_lo(e.arms[0]) if e.arms else e.span.hi
        open_brace_pos = ctx.src.span_after(e.scrutinee.span.hi, hi, "{")
    if not e.arms:
        snippet = ctx.snippet(open_brace_pos, e.span.hi - 1)
        if not snippet.strip():
            return f"match {cond_str} {{}}"
        return ctx.snippet(e.span.lo, e.span.hi)
    arms = _rewrite_match_arms(ctx, e.arms, shape, e.span.hi, open_brace_pos)
    if arms is None:
        return None
    return (
        f"match {cond_str}{block_sep}{{\n{inner_str}{nested_indent_str}{arms}\n"
        f"{shape.indent.to_string()}}}"
    )


def _arm_comma(body: ast.Expr, is_last: bool) -> str:
    if isinstance(body, ast.BlockExpr) and body.block.rules is ast.BlockRules.DEFAULT:
        return ""
    return ","


def _rewrite_match_arms(
    ctx: Ctx, arms: tuple[ast.Arm, ...], shape: Shape, hi: int, open_brace_pos: int
) -> str | None:
    arm_shape = shape.block_indent(TAB_SPACES).with_max_width()
    n = len(arms)
    entries = []
    for i, arm in enumerate(arms):
        lo = _arm_lo(arm)
        if ctx.snippet(arm.pat.span.lo, arm.pat.span.hi).startswith("|"):
            lo = min(lo, arm.pat.span.lo)
        entries.append((arm, i == n - 1, lo))
    items = L.itemize_list(
        ctx,
        entries,
        "}",
        "|",
        lambda x: x[2],
        lambda x: _arm_hi(x[0]),
        lambda x: rewrite_match_arm(ctx, x[0], arm_shape, x[1]),
        open_brace_pos,
        hi,
    )
    fmt = L.ListFormatting(arm_shape, separator="", preserve_newline=True)
    return L.write_list(items, fmt)


def rewrite_match_arm(ctx: Ctx, arm: ast.Arm, shape: Shape, is_last: bool) -> str | None:
    from ferric.fmt.attr import rewrite_attrs
    from ferric.fmt.patterns import rewrite_pat

    if arm.attrs:
        if su.contains_skip(arm.attrs):
            body = arm.body
            comma = ""
            if body is not None:
                _, fb = _flatten_arm_body(ctx, body, None)
                comma = _arm_comma(fb, is_last)
            return ctx.snippet(_arm_lo(arm), _arm_hi(arm)) + comma
        missing = (arm.attrs[-1].span.hi, arm.pat.span.lo)
        attrs_str = rewrite_attrs(ctx, list(arm.attrs), shape)
        if attrs_str is None:
            return None
    else:
        lo = _arm_lo(arm)
        missing = (lo, lo)
        attrs_str = ""
    ps = shape.sub_width(5)
    ps = ps.offset_left(0) if ps is not None else None
    if ps is None:
        return None
    pats_str = rewrite_pat(ctx, arm.pat, ps)
    if pats_str is None:
        return None
    block_like_pat = trimmed_last_line_width(pats_str) <= TAB_SPACES
    new_line_guard = "\n" in pats_str and not block_like_pat
    guard_str = _rewrite_guard(ctx, arm.guard, shape, trimmed_last_line_width(pats_str), new_line_guard)
    if guard_str is None:
        return None
    lhs_str = combine_strs_with_missing_comments(
        ctx, attrs_str, pats_str + guard_str, missing[0], missing[1], shape, False
    )
    if lhs_str is None:
        return None
    if arm.body is None:
        return lhs_str + ","
    return _rewrite_match_body(
        ctx, arm.body, lhs_str, shape, "\n" in guard_str, arm.pat.span.hi, su.expr_lo(arm.body), is_last
    )


def _block_can_be_flattened(ctx: Ctx, e: ast.Expr) -> ast.Block | None:
    if (
        isinstance(e, ast.BlockExpr)
        and not su.is_unsafe_block(e.block)
        and not ctx.inside_macro
        and is_simple_block(ctx, e.block, e.attrs)
    ):
        sv = su.StmtView(e.block.stmts[0])
        if not isinstance(sv.expr, ast.MacCallExpr):
            return e.block
    return None


def _can_flatten_block_around_this(e: ast.Expr) -> bool:
    while True:
        if isinstance(e, ast.IfExpr | ast.ForLoopExpr | ast.WhileExpr):
            return False
        if isinstance(
            e,
            ast.LoopExpr | ast.MatchExpr | ast.BlockExpr | ast.ClosureExpr | ast.ArrayExpr
            | ast.CallExpr | ast.MethodCallExpr | ast.MacCallExpr | ast.StructExpr | ast.TupleExpr,
        ):
            return True
        if isinstance(e, ast.AddrOfExpr | ast.TryExpr | ast.UnaryExpr | ast.IndexExpr | ast.CastExpr):
            e = e.expr
            continue
        return False


def _flatten_arm_body(ctx: Ctx, body: ast.Expr, opt_shape: Shape | None) -> tuple[bool, ast.Expr]:
    from ferric.fmt.control import rewrite_cond

    block = _block_can_be_flattened(ctx, body)
    if block is not None:
        sv = su.StmtView(block.stmts[0])
        if sv.kind == su.EXPR and sv.expr is not None:
            expr = sv.expr
            if isinstance(expr, ast.BlockExpr):
                return _flatten_arm_body(ctx, expr, None)
            if opt_shape is not None:
                cond = rewrite_cond(ctx, expr, opt_shape)
                if cond is not None and "\n" in cond:
                    return False, body
            return _can_flatten_block_around_this(expr), expr
        return False, body
    return _can_flatten_block_around_this(body), body


def _nop_block_collapse(s: str | None, budget: int) -> str | None:
    if s is None:
        return None
    if s.startswith("{") and budget >= 2:
        rest = s[1:]
        stripped = rest.lstrip()
        if stripped and len(rest) - len(stripped) == len(s) - 2:
            return "{}"
    return s


def _rewrite_match_body(
    ctx: Ctx,
    body: ast.Expr,
    pats_str: str,
    shape: Shape,
    has_guard: bool,
    arrow_lo: int,
    arrow_hi: int,
    is_last: bool,
) -> str | None:
    extend, body = _flatten_arm_body(ctx, body, shape.offset_left(extra_offset(pats_str, shape) + 4))
    if isinstance(body, ast.BlockExpr):
        is_block = True
        is_empty = is_empty_block(ctx, body.block, body.attrs)
    else:
        is_block = False
        is_empty = False
    comma = _arm_comma(body, is_last)
    alt_block_sep = shape.indent.to_string_with_newline()

    def combine_orig(body_str: str) -> str:
        return f"{pats_str} => {body_str}{comma}"

    next_line_indent = shape.indent.indent_block() if (not is_block or is_empty) else shape.indent
    forbid_same_line = (has_guard and "\n" in pats_str and not is_empty) or bool(body.attrs)

    arrow_snippet = ctx.snippet(arrow_lo, arrow_hi).strip()
    ai = arrow_snippet.rfind("=>")
    comment_str = arrow_snippet[ai + 2 :].strip() if ai >= 0 else ""
    if comment_str:
        ac = rewrite_comment(comment_str, False, shape)
        if ac is None:
            return None
        arrow_comment = ac
    else:
        arrow_comment = ""

    def combine_next_line(body_str: str) -> str:
        nested_indent_str = next_line_indent.to_string_with_newline()
        if is_block:
            r = pats_str + " =>"
            if arrow_comment:
                r += nested_indent_str + arrow_comment
            return r + nested_indent_str + body_str + comma
        indent_str = shape.indent.to_string_with_newline()
        if not ctx.inside_macro:
            body_prefix, body_suffix = "{", f"{indent_str}}}"
        else:
            body_prefix, body_suffix = "", ","
        if not body_prefix:
            block_sep = ""
        elif forbid_same_line or arrow_comment:
            block_sep = alt_block_sep + body_prefix
        else:
            block_sep = " " + body_prefix
        block_sep += nested_indent_str
        r = pats_str + " =>"
        if arrow_comment:
            r += indent_str + arrow_comment
        return r + block_sep + body_str + body_suffix

    s = shape.offset_left(extra_offset(pats_str, shape) + 4)
    orig_body_shape = s.sub_width(len(comma)) if s is not None else None
    orig_body: str | None = None
    if forbid_same_line or arrow_comment:
        orig_body = None
    elif orig_body_shape is not None:
        rw = _nop_block_collapse(format_expr(ctx, body, STATEMENT, orig_body_shape), orig_body_shape.width)
        if rw is not None and (is_block or ("\n" not in rw and uwidth(rw) <= orig_body_shape.width)):
            return combine_orig(rw)
        orig_body = rw
    orig_budget = orig_body_shape.width if orig_body_shape is not None else 0

    next_shape = Shape.indented(next_line_indent)
    next_body = _nop_block_collapse(format_expr(ctx, body, STATEMENT, next_shape), next_shape.width)
    if orig_body is not None and next_body is not None and prefer_next_line(orig_body, next_body, RHS_DEFAULT):
        return combine_next_line(next_body)
    if orig_body is not None and extend and first_line_width(orig_body) <= orig_budget:
        return combine_orig(orig_body)
    if orig_body is not None and next_body is not None and "\n" in orig_body:
        return combine_next_line(next_body)
    if orig_body is None and next_body is not None:
        return combine_next_line(next_body)
    if orig_body is None and next_body is None:
        return None
    assert orig_body is not None
    return combine_orig(orig_body)


def _rewrite_guard(
    ctx: Ctx, guard: ast.Expr | None, shape: Shape, pattern_width: int, multiline_pattern: bool
) -> str | None:
    if guard is None:
        return ""
    s = shape.offset_left(pattern_width + 4)
    cond_shape = s.sub_width(5) if s is not None else None
    if not multiline_pattern and cond_shape is not None:
        c = rewrite_expr(ctx, guard, cond_shape)
        if c is not None and ("\n" not in c or pattern_width <= TAB_SPACES):
            return " if " + c
    s2 = Shape.indented(shape.indent.indent_block()).offset_left(3)
    cs = s2.sub_width(5) if s2 is not None else None
    if cs is not None:
        c = rewrite_expr(ctx, guard, cs)
        if c is not None:
            return cs.indent.to_string_with_newline() + "if " + c
    return None
