"""Expressions (rustfmt's `expr.rs`): the dispatch over expression kinds, literals, blocks,
parentheses, indexing, struct literals, tuples, prefix operators, assignments and the
right-hand side of `=` (`rewrite_assign_rhs`, which decides whether the value stays on the
line of the `=` or moves to the next one).

Control flow (`if`, loops) lives in `control`, method chains in `chains`, closures in
`closures`, `match` in `matches`, binary operators in `pairs`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import assert_never

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt import syntax_util as su
from ferric.fmt.blocks import (
    block_prefix,
    rewrite_block,
    rewrite_block_with_visitor,
    rewrite_empty_block,
    rewrite_single_line_block,
)
from ferric.fmt.comment import (
    combine_strs_with_missing_comments,
    recover_comment_removed,
    rewrite_missing_comment,
)
from ferric.fmt.config import FN_CALL_WIDTH, TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Shape
from ferric.fmt.text import (
    blen,
    count_newlines,
    filtered_str_fits,
    find_last_uncommented,
    first_line_ends_with,
    last_line_width,
    uwidth,
    wrap_str,
)
from ferric.lexer.token import LitKind
from ferric.syntax import ast

STATEMENT = 0
SUB_EXPRESSION = 1

RHS_DEFAULT = 0
RHS_FORCE_NEXT_LINE_WITHOUT_INDENT = 1
RHS_ALLOW_OVERFLOW = 2

Rewriter = Callable[[Shape], "str | None"]


def rewrite_expr(ctx: Ctx, e: ast.Expr, shape: Shape) -> str | None:
    return format_expr(ctx, e, SUB_EXPRESSION, shape)


def expr_rewriter(ctx: Ctx, e: ast.Expr) -> Rewriter:
    return lambda shape: format_expr(ctx, e, SUB_EXPRESSION, shape)


def semicolon_for_expr(ctx: Ctx, e: ast.Expr) -> bool:
    if ctx.is_macro_def:
        return False
    return isinstance(e, ast.RetExpr | ast.ContinueExpr | ast.BreakExpr)


def format_expr(ctx: Ctx, e: ast.Expr, expr_type: int, shape: Shape) -> str | None:
    if e.attrs and su.contains_skip(e.attrs):
        return ctx.snippet(su.expr_lo(e), e.span.hi)
    if expr_type == STATEMENT and semicolon_for_expr(ctx, e):
        s = shape.sub_width(1)
        if s is None:
            return None
        shape = s
    rw = _format_expr_kind(ctx, e, expr_type, shape)
    if rw is None:
        return None
    rw = recover_comment_removed(ctx, rw, e.span.lo, e.span.hi)
    attrs = su.outer_attrs(e.attrs)
    if not attrs:
        return rw
    from ferric.fmt.attr import rewrite_attrs

    attrs_str = rewrite_attrs(ctx, attrs, shape)
    if attrs_str is None:
        return None
    return combine_strs_with_missing_comments(
        ctx, attrs_str, rw, attrs[-1].span.hi, e.span.lo, shape, False
    )


def _format_expr_kind(ctx: Ctx, e: ast.Expr, expr_type: int, shape: Shape) -> str | None:
    from ferric.fmt import chains, closures, control, matches, pairs, types
    from ferric.fmt.macros import MACRO_EXPRESSION, rewrite_macro

    match e:
        case ast.ArrayExpr():
            return rewrite_array(
                ctx, "", [expr_item(x) for x in e.elems], e.span.lo, e.span.hi, shape,
                choose_separator_tactic(ctx, e.span.lo, e.span.hi), None,
            )
        case ast.LitExpr():
            return rewrite_literal(ctx, e, shape)
        case ast.CallExpr():
            callee = rewrite_expr(ctx, e.func, shape)
            if callee is None:
                return None
            return rewrite_call(ctx, callee, e.args, e.func.span.hi, e.span.hi, shape)
        case ast.ParenExpr():
            return rewrite_paren(ctx, e, shape)
        case ast.BinaryExpr():
            r = pairs.rewrite_all_pairs(ctx, e, shape)
            if r is not None:
                return r
            return pairs.rewrite_pair(
                ctx, expr_rewriter(ctx, e.lhs), expr_rewriter(ctx, e.rhs),
                "", f" {e.op.value} ", "", shape, front=True,
            )
        case ast.UnaryExpr():
            return rewrite_unary_prefix(ctx, e.op.value, expr_rewriter(ctx, e.expr), shape)
        case ast.StructExpr():
            return rewrite_struct_lit(ctx, e, shape)
        case ast.TupleExpr():
            return rewrite_tuple(
                ctx, [expr_item(x) for x in e.elems], e.span.lo, e.span.hi, shape, len(e.elems) == 1
            )
        case ast.LetExpr():
            return rewrite_let(ctx, shape, e)
        case ast.IfExpr() | ast.ForLoopExpr() | ast.LoopExpr() | ast.WhileExpr():
            return control.rewrite_control_flow(ctx, e, expr_type, shape)
        case ast.ConstBlockExpr():
            r = rewrite_block(ctx, e.block, e.attrs, None, shape)
            return None if r is None else "const " + r
        case ast.BlockExpr():
            if expr_type == STATEMENT:
                if su.is_unsafe_block(e.block):
                    return rewrite_block(ctx, e.block, e.attrs, e.label, shape)
                rw = rewrite_empty_block(ctx, e.block, e.attrs, e.label, "", shape)
                if rw is not None:
                    return rw
                prefix = block_prefix(ctx, e.block, shape)
                if prefix is None:
                    return None
                return rewrite_block_with_visitor(
                    ctx, prefix, e.block, e.attrs, e.label, shape, True
                )
            return rewrite_block(ctx, e.block, e.attrs, e.label, shape)
        case ast.MatchExpr():
            return matches.rewrite_match(ctx, e, shape)
        case ast.PathExpr():
            return types.rewrite_path(ctx, types.PATH_EXPR, e.qself, e.path, shape)
        case ast.AssignExpr():
            return rewrite_assignment(ctx, e.lhs, e.rhs, "=", shape)
        case ast.AssignOpExpr():
            return rewrite_assignment(ctx, e.lhs, e.rhs, e.op.value + "=", shape)
        case ast.ContinueExpr():
            return "continue" + ("" if e.label is None else " " + e.label.ident.name)
        case ast.BreakExpr():
            label = "" if e.label is None else " " + e.label.ident.name
            if e.expr is not None:
                return rewrite_unary_prefix(ctx, f"break{label} ", expr_rewriter(ctx, e.expr), shape)
            return "break" + label
        case ast.YieldExpr():
            if e.expr is not None:
                return rewrite_unary_prefix(ctx, "yield ", expr_rewriter(ctx, e.expr), shape)
            return "yield"
        case ast.ClosureExpr():
            return closures.rewrite_closure(ctx, e, shape)
        case ast.TryExpr() | ast.FieldExpr() | ast.MethodCallExpr() | ast.AwaitExpr():
            return chains.rewrite_chain(ctx, e, shape)
        case ast.MacCallExpr():
            r = rewrite_macro(ctx, e.mac, shape, MACRO_EXPRESSION)
            if r is not None:
                return r
            return wrap_str(ctx.snippet(e.span.lo, e.mac.args.close_span.hi), shape)
        case ast.RetExpr():
            if e.expr is None:
                return "return"
            return rewrite_unary_prefix(ctx, "return ", expr_rewriter(ctx, e.expr), shape)
        case ast.BecomeExpr():
            return rewrite_unary_prefix(ctx, "become ", expr_rewriter(ctx, e.expr), shape)
        case ast.AddrOfExpr():
            if e.kind is ast.BorrowKind.RAW:
                op = "&raw mut " if e.mutbl is ast.Mutability.MUT else "&raw const "
            else:
                op = "&mut " if e.mutbl is ast.Mutability.MUT else "&"
            return rewrite_unary_prefix(ctx, op, expr_rewriter(ctx, e.expr), shape)
        case ast.CastExpr():
            return pairs.rewrite_pair(
                ctx, expr_rewriter(ctx, e.expr), types.ty_rewriter(ctx, e.ty),
                "", " as ", "", shape, front=True,
            )
        case ast.IndexExpr():
            return rewrite_index(ctx, e, shape)
        case ast.RepeatExpr():
            return pairs.rewrite_pair(
                ctx, expr_rewriter(ctx, e.expr), expr_rewriter(ctx, e.count.value),
                "[", "; ", "]", shape, front=False,
            )
        case ast.RangeExpr():
            return _rewrite_range(ctx, e, shape)
        case ast.TryBlockExpr():
            r = rewrite_single_line_block(ctx, "try ", e.block, e.attrs, None, shape)
            if r is not None:
                return r
            b = rewrite_block(ctx, e.block, e.attrs, None, Shape.legacy(max(0, shape.width - 9), shape.indent))
            return None if b is None else "try " + b
        case ast.GenBlockExpr():
            mover = "move " if e.capture is ast.CaptureBy.VALUE else ""
            prefix = f"{e.kind} {mover}"
            r = rewrite_single_line_block(ctx, prefix, e.block, e.attrs, None, shape)
            if r is not None:
                return r
            b = rewrite_block(ctx, e.block, e.attrs, None, Shape.legacy(max(0, shape.width - 6), shape.indent))
            return None if b is None else prefix + b
        case ast.UnderscoreExpr():
            return "_"
        case ast.FormatArgsExpr() | ast.ErrExpr():
            return None
        case _:
            assert_never(e)


def expr_item(e: ast.Expr) -> overflow.OItem:
    return overflow.OItem(overflow.EXPR, e, su.expr_lo(e), e.span.hi)


# -- literals ------------------------------------------------------------------------------------


def lit_ends_in_dot(e: ast.Expr) -> bool:
    return (
        isinstance(e, ast.LitExpr)
        and e.lit.kind is LitKind.FLOAT
        and e.lit.suffix is None
        and e.lit.symbol.endswith(".")
    )


def rewrite_literal(ctx: Ctx, e: ast.LitExpr, shape: Shape) -> str | None:
    s = ctx.snippet(e.span.lo, e.span.hi)
    r = wrap_str(s, shape)
    if r is None and e.lit.kind is LitKind.STR_RAW:
        return s.strip()
    return r


# -- calls, arrays, tuples -----------------------------------------------------------------------


def span_ends_with_comma(ctx: Ctx, lo: int, hi: int) -> bool:
    text = ctx.snippet(lo, hi)
    cls = ctx.src.cls[lo - ctx.src.base : hi - ctx.src.base]
    result = False
    prev = ""
    for c, k in zip(text, cls, strict=False):
        if k == "m" or c.isspace():
            continue
        if c in ")}]":
            result = result and prev not in (")", "}", "]")
        elif c == ",":
            result = True
        else:
            result = False
        prev = c
    return result


def choose_separator_tactic(ctx: Ctx, lo: int, hi: int) -> int | None:
    if ctx.inside_macro:
        return L.SEP_ALWAYS if span_ends_with_comma(ctx, lo, hi) else L.SEP_NEVER
    return None


def rewrite_call(
    ctx: Ctx, callee: str, args: tuple[ast.Expr, ...] | list[ast.Expr], lo: int, hi: int, shape: Shape
) -> str | None:
    return overflow.rewrite_with_parens(
        ctx, callee, [expr_item(a) for a in args], shape, lo, hi, FN_CALL_WIDTH,
        choose_separator_tactic(ctx, lo, hi),
    )


def rewrite_array(
    ctx: Ctx,
    name: str,
    items: list[overflow.OItem],
    lo: int,
    hi: int,
    shape: Shape,
    force_sep: int | None,
    delim: str | None,
) -> str | None:
    return overflow.rewrite_with_square_brackets(ctx, name, items, shape, lo, hi, force_sep, delim)


def rewrite_tuple(
    ctx: Ctx, items: list[overflow.OItem], lo: int, hi: int, shape: Shape, singleton: bool
) -> str | None:
    if ctx.inside_macro:
        force: int | None = L.SEP_ALWAYS if span_ends_with_comma(ctx, lo, hi) else L.SEP_NEVER
    elif singleton:
        force = L.SEP_ALWAYS
    else:
        force = None
    return overflow.rewrite_with_parens(ctx, "", items, shape, lo, hi, FN_CALL_WIDTH, force)


def is_simple_expr(e: ast.Expr) -> bool:
    while True:
        if isinstance(e, ast.LitExpr):
            return True
        if isinstance(e, ast.PathExpr):
            return e.qself is None and len(e.path.segments) <= 1
        if isinstance(e, ast.AddrOfExpr | ast.CastExpr | ast.FieldExpr | ast.TryExpr | ast.UnaryExpr):
            e = e.expr
            continue
        if isinstance(e, ast.IndexExpr):
            return is_simple_expr(e.expr) and is_simple_expr(e.index)
        if isinstance(e, ast.RepeatExpr):
            return is_simple_expr(e.expr) and is_simple_expr(e.count.value)
        return False


def can_be_overflowed_expr(ctx: Ctx, e: ast.Expr, n: int) -> bool:
    while True:
        if e.attrs:
            return False
        if isinstance(e, ast.MatchExpr):
            return n == 1
        if isinstance(e, ast.IfExpr | ast.ForLoopExpr | ast.LoopExpr | ast.WhileExpr):
            return n == 1
        if isinstance(e, ast.GenBlockExpr | ast.BlockExpr | ast.ClosureExpr):
            return True
        if isinstance(e, ast.ArrayExpr | ast.StructExpr | ast.RepeatExpr):
            return n == 1
        if isinstance(e, ast.MacCallExpr):
            return n == 1
        if isinstance(e, ast.CallExpr | ast.MethodCallExpr | ast.TupleExpr):
            return n == 1
        if isinstance(e, ast.AddrOfExpr | ast.TryExpr | ast.UnaryExpr | ast.CastExpr):
            e = e.expr
            continue
        return False


def is_nested_call(e: ast.Expr) -> bool:
    while True:
        if isinstance(e, ast.CallExpr | ast.MacCallExpr):
            return True
        if isinstance(e, ast.AddrOfExpr | ast.TryExpr | ast.UnaryExpr | ast.CastExpr):
            e = e.expr
            continue
        return False


def is_method_call(e: ast.Expr) -> bool:
    while True:
        if isinstance(e, ast.MethodCallExpr):
            return True
        if isinstance(e, ast.AddrOfExpr | ast.CastExpr | ast.TryExpr | ast.UnaryExpr):
            e = e.expr
            continue
        return False


# -- parentheses and indexing --------------------------------------------------------------------


def rewrite_paren(ctx: Ctx, e: ast.ParenExpr, shape: Shape) -> str | None:
    lo, hi = e.span.lo, e.span.hi
    sub = e.expr
    pre: str | None = ""
    post: str | None = ""
    while True:
        pre_lo, pre_hi = lo + 1, su.expr_lo(sub)
        post_lo, post_hi = sub.span.hi, hi - 1
        pre = rewrite_missing_comment(ctx, pre_lo, pre_hi, shape)
        post = rewrite_missing_comment(ctx, post_lo, post_hi, shape)
        if pre is None or post is None:
            return None
        if isinstance(sub, ast.ParenExpr) and not pre and not post:
            lo, hi = sub.span.lo, sub.span.hi
            sub = sub.expr
            continue
        break
    s1 = shape.offset_left(1)
    sub_shape = s1.sub_width(1) if s1 is not None else None
    if sub_shape is None:
        return None
    s = rewrite_expr(ctx, sub, sub_shape)
    if s is None:
        return None
    if "//" not in pre and "//" not in post:
        return f"({pre}{s}{post})"
    nested = shape.indent.indent_block()
    nshape = Shape.indented(nested)
    pre = rewrite_missing_comment(ctx, pre_lo, pre_hi, nshape)
    post = rewrite_missing_comment(ctx, post_lo, post_hi, nshape)
    s = rewrite_expr(ctx, sub, nshape)
    if pre is None or post is None or s is None:
        return None
    out = "("
    if pre:
        out += nested.to_string_with_newline() + pre
    out += nested.to_string_with_newline() + s
    if post:
        out += nested.to_string_with_newline() + post
    return out + shape.indent.to_string_with_newline() + ")"


def rewrite_index(ctx: Ctx, e: ast.IndexExpr, shape: Shape) -> str | None:
    expr_str = rewrite_expr(ctx, e.expr, shape)
    if expr_str is None:
        return None
    offset = last_line_width(expr_str) + 1
    rhs_overhead = shape.rhs_overhead()
    if "\n" in expr_str:
        s = Shape.legacy(max_width(), shape.indent).offset_left(offset)
        index_shape = s.sub_width(1 + rhs_overhead) if s is not None else None
    else:
        s = shape.offset_left(offset)
        index_shape = s.sub_width(1) if s is not None else None
    orig = rewrite_expr(ctx, e.index, index_shape) if index_shape is not None else None
    if orig is not None and "\n" not in orig:
        return f"{expr_str}[{orig}]"
    indent = shape.indent.indent_block()
    s2 = Shape.indented(indent).offset_left(1)
    if s2 is None:
        return None
    s3 = s2.sub_width(1 + rhs_overhead)
    if s3 is None:
        return None
    new = rewrite_expr(ctx, e.index, s3)
    if new is not None and "\n" not in new:
        return f"{expr_str}{indent.to_string_with_newline()}[{new}]"
    if orig is None and new is not None:
        return f"{expr_str}{indent.to_string_with_newline()}[{new}]"
    if orig is not None:
        return f"{expr_str}[{orig}]"
    return None


# -- struct literals -----------------------------------------------------------------------------


def rewrite_struct_lit(ctx: Ctx, e: ast.StructExpr, shape: Shape) -> str | None:
    from ferric.fmt import types

    lo, hi = e.span.lo, e.span.hi
    path_shape = shape.sub_width(2)
    if path_shape is None:
        return None
    path_str = types.rewrite_path(ctx, types.PATH_EXPR, e.qself, e.path, path_shape)
    if path_str is None:
        return None
    has_rest = e.rest is not None or e.rest_dotdot
    if not e.fields and not has_rest:
        return f"{path_str} {{}}"
    if not e.fields and e.rest_dotdot and e.rest is None:
        return f"{path_str} {{ .. }}"
    h_shape, v_shape = L.struct_lit_shape(shape, blen(path_str) + 3, 2)
    one_line_width = h_shape.width if h_shape is not None else 0
    body_lo = ctx.src.span_after(lo, hi, "{")

    entries: list[tuple[str, object, int, int]] = []
    for f in e.fields:
        entries.append(("field", f, su.lo_with_attrs(f.span.lo, f.attrs), f.span.hi))
    last_hi = e.fields[-1].span.hi if e.fields else lo
    if e.rest is not None:
        dd = ctx.src.find_uncommented(last_hi, e.rest.span.lo, "..")
        entries.append(("base", e.rest, dd if dd is not None else e.rest.span.lo, e.rest.span.hi))
    elif e.rest_dotdot:
        dd = ctx.src.find_uncommented(last_hi, hi, "..")
        d = dd if dd is not None else hi
        entries.append(("rest", None, d, d + 2))

    def rewrite_entry(entry: tuple[str, object, int, int]) -> str | None:
        kind, node = entry[0], entry[1]
        if kind == "field":
            assert isinstance(node, ast.ExprField)
            s = v_shape.sub_width(1)
            return None if s is None else rewrite_field(ctx, node, s, 0)
        if kind == "base":
            assert isinstance(node, ast.Expr)
            s = v_shape.offset_left(2)
            r = rewrite_expr(ctx, node, s) if s is not None else None
            return None if r is None else ".." + r
        return ".."

    items = L.itemize_list(
        ctx, entries, "}", ",", lambda x: x[2], lambda x: x[3], rewrite_entry, body_lo, hi
    )
    tactic = L.struct_lit_tactic(h_shape, items)
    nested_shape = L.shape_for_tactic(tactic, h_shape, v_shape)
    ends_with_comma = span_ends_with_comma(ctx, lo, hi)
    force_no_trailing = ctx.inside_macro and not ends_with_comma
    fmt = L.struct_lit_formatting(nested_shape, tactic, force_no_trailing or has_rest)
    fields_str = L.write_list(items, fmt)
    if fields_str is None:
        return None
    wrapped = wrap_struct_field(ctx, e.attrs, fields_str, shape, v_shape, one_line_width)
    if wrapped is None:
        return None
    return f"{path_str} {{{wrapped}}}"


def wrap_struct_field(
    ctx: Ctx,
    attrs: ast.Attrs,
    fields_str: str,
    shape: Shape,
    nested_shape: Shape,
    one_line_width: int,
) -> str | None:
    should_vertical = "\n" in fields_str or blen(fields_str) > one_line_width
    inner = su.inner_attrs(attrs)
    if not inner:
        if should_vertical:
            return (
                nested_shape.indent.to_string_with_newline()
                + fields_str
                + shape.indent.to_string_with_newline()
            )
        return f" {fields_str} "
    from ferric.fmt.attr import rewrite_attrs

    a = rewrite_attrs(ctx, inner, shape)
    if a is None:
        return None
    nl = nested_shape.indent.to_string_with_newline()
    return nl + a + nl + fields_str + shape.indent.to_string_with_newline()


def rewrite_field(ctx: Ctx, f: ast.ExprField, shape: Shape, prefix_max_width: int) -> str | None:
    if su.contains_skip(f.attrs):
        return ctx.snippet(su.lo_with_attrs(f.span.lo, f.attrs), f.span.hi)
    from ferric.fmt.attr import rewrite_attrs

    attrs_str = ""
    if f.attrs:
        a = rewrite_attrs(ctx, list(f.attrs), shape)
        if a is None:
            return None
        attrs_str = a + shape.indent.to_string_with_newline() if a else ""
    name = ctx.snippet(f.ident.span.lo, f.ident.span.hi)
    if f.is_shorthand:
        return attrs_str + name
    sep = ": " + " " * max(0, prefix_max_width - len(name))
    overhead = len(name) + len(sep)
    es = shape.offset_left(overhead)
    if es is None:
        return None
    r = rewrite_expr(ctx, f.expr, es)
    if r is not None:
        return f"{attrs_str}{name}{sep}{r}"
    off = shape.indent.indent_block()
    r = rewrite_expr(ctx, f.expr, Shape.indented(off))
    if r is None:
        return None
    return f"{attrs_str}{name}:\n{off.to_string()}{r}"


# -- prefix / suffix / let / ranges --------------------------------------------------------------


def rewrite_unary_prefix(ctx: Ctx, prefix: str, rw: Rewriter, shape: Shape) -> str | None:
    s = shape.offset_left(len(prefix))
    if s is None:
        return None
    r = rw(s)
    return None if r is None else prefix + r


def rewrite_unary_suffix(ctx: Ctx, suffix: str, rw: Rewriter, shape: Shape) -> str | None:
    s = shape.sub_width(len(suffix))
    if s is None:
        return None
    r = rw(s)
    return None if r is None else r + suffix


def rewrite_let(ctx: Ctx, shape: Shape, e: ast.LetExpr) -> str | None:
    from ferric.fmt.patterns import rewrite_pat

    ps = shape.offset_left(4)
    if ps is None:
        return None
    pat = rewrite_pat(ctx, e.pat, ps)
    if pat is None:
        return None
    result = "let " + pat + " ="
    comments_lo = ctx.src.span_after(e.pat.span.hi, e.scrutinee.span.hi, "=")
    return rewrite_assign_rhs_with_comments(
        ctx, result, expr_rewriter(ctx, e.scrutinee), shape, RHS_DEFAULT,
        comments_lo, su.expr_lo(e.scrutinee), True,
    )


def _needs_space_before_range(e: ast.Expr) -> bool:
    while True:
        if isinstance(e, ast.LitExpr):
            return lit_ends_in_dot(e)
        if isinstance(e, ast.UnaryExpr):
            e = e.expr
        elif isinstance(e, ast.BinaryExpr):
            e = e.rhs
        else:
            return False


def _rewrite_range(ctx: Ctx, e: ast.RangeExpr, shape: Shape) -> str | None:
    from ferric.fmt import pairs

    delim = e.limits.value
    lhs, rhs = e.start, e.end

    def sp_delim(lhs_: ast.Expr | None, rhs_: ast.Expr | None) -> str:
        a = " " if lhs_ is not None and _needs_space_before_range(lhs_) else ""
        b = " " if rhs_ is not None and isinstance(rhs_, ast.RangeExpr) and rhs_.start is None else ""
        return a + delim + b

    if lhs is not None and rhs is not None:
        return pairs.rewrite_pair(
            ctx, expr_rewriter(ctx, lhs), expr_rewriter(ctx, rhs), "", sp_delim(lhs, rhs), "",
            shape, front=True,
        )
    if lhs is None and rhs is not None:
        return rewrite_unary_prefix(ctx, sp_delim(None, rhs), expr_rewriter(ctx, rhs), shape)
    if lhs is not None:
        return rewrite_unary_suffix(ctx, sp_delim(lhs, None), expr_rewriter(ctx, lhs), shape)
    return delim


# -- assignments and right-hand sides ------------------------------------------------------------


def rewrite_assignment(ctx: Ctx, lhs: ast.Expr, rhs: ast.Expr, op: str, shape: Shape) -> str | None:
    ls = shape.sub_width(len(op) + 1)
    if ls is None:
        return None
    lhs_str = rewrite_expr(ctx, lhs, ls)
    if lhs_str is None:
        return None
    return rewrite_assign_rhs(ctx, f"{lhs_str} {op}", expr_rewriter(ctx, rhs), shape)


def rewrite_assign_rhs(
    ctx: Ctx, lhs: str, rw: Rewriter, shape: Shape, tactics: int = RHS_DEFAULT
) -> str | None:
    rhs = rewrite_assign_rhs_expr(ctx, lhs, rw, shape, tactics)
    return None if rhs is None else lhs + rhs


def rewrite_assign_rhs_expr(
    ctx: Ctx, lhs: str, rw: Rewriter, shape: Shape, tactics: int
) -> str | None:
    llw = last_line_width(lhs)
    if "\n" in lhs:
        llw = max(0, llw - shape.indent.width())
    orig_shape = shape.offset_left(llw + 1)
    if orig_shape is None:
        orig_shape = Shape(0, shape.indent, shape.offset + llw + 1)
    off = find_last_uncommented(lhs, "=")
    has_rhs_comment = off is not None and len(lhs.rstrip()) > off + 1
    return choose_rhs(ctx, rw, orig_shape, rw(orig_shape), tactics, has_rhs_comment)


def rewrite_assign_rhs_with_comments(
    ctx: Ctx,
    lhs: str,
    rw: Rewriter,
    shape: Shape,
    tactics: int,
    between_lo: int,
    between_hi: int,
    allow_extend: bool,
) -> str | None:
    has_comment = ctx.src.contains_comment(between_lo, between_hi)
    if has_comment:
        s = shape.block_left(TAB_SPACES)
        if s is None:
            return None
        shape = s
    rhs = rewrite_assign_rhs_expr(ctx, lhs, rw, shape, tactics)
    if rhs is None:
        return None
    if has_comment:
        return combine_strs_with_missing_comments(
            ctx, lhs, rhs.lstrip(), between_lo, between_hi, shape, allow_extend
        )
    return lhs + rhs


def shape_from_rhs_tactic(shape: Shape, tactics: int) -> Shape | None:
    if tactics == RHS_FORCE_NEXT_LINE_WITHOUT_INDENT:
        return shape.with_max_width().sub_width(shape.indent.width())
    return Shape.indented(shape.indent.indent_block()).sub_width(shape.rhs_overhead())


def prefer_next_line(orig: str, nxt: str, tactics: int) -> bool:
    return (
        tactics == RHS_FORCE_NEXT_LINE_WITHOUT_INDENT
        or "\n" not in nxt
        or count_newlines(orig) > count_newlines(nxt) + 1
        or (first_line_ends_with(orig, "(") and not first_line_ends_with(nxt, "("))
        or (first_line_ends_with(orig, "{") and not first_line_ends_with(nxt, "{"))
        or (first_line_ends_with(orig, "[") and not first_line_ends_with(nxt, "["))
    )


def choose_rhs(
    ctx: Ctx, rw: Rewriter, shape: Shape, orig: str | None, tactics: int, has_rhs_comment: bool
) -> str | None:
    if orig is not None:
        if orig == "":
            return ""
        if "\n" not in orig and uwidth(orig) <= shape.width:
            return " " + orig
    new_shape = shape_from_rhs_tactic(shape, tactics)
    if new_shape is None:
        return None
    new = rw(new_shape)
    new_indent = shape.indent.indent_block().to_string_with_newline()
    before = "" if has_rhs_comment else " "
    if orig is not None and new is not None:
        if not filtered_str_fits(new, max_width(), new_shape):
            return before + orig
        if prefer_next_line(orig, new, tactics):
            return new_indent + new
        return before + orig
    if orig is None and new is not None:
        return new_indent + new
    if orig is None and new is None:
        if tactics == RHS_ALLOW_OVERFLOW:
            r = rw(shape.infinite_width())
            return None if r is None else before + r
        return None
    return before + orig if orig is not None else None
