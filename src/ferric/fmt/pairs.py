"""Binary operators and other two-part constructs (rustfmt's `pairs.rs`): `a && b || c` is
flattened into a list of operands that are put on one line or broken before each operator;
`x as T`, `[x; n]` and ranges are pairs of a left and a right part.
"""

from __future__ import annotations

from ferric.fmt.config import TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.expr import Rewriter, rewrite_expr
from ferric.fmt.shape import Shape
from ferric.fmt.text import (
    blen,
    first_line_width,
    last_line_width,
    trimmed_last_line_width,
    wrap_str,
)
from ferric.syntax import ast


def _flatten(ctx: Ctx, e: ast.BinaryExpr, shape: Shape) -> tuple[list[tuple[ast.Expr, str | None]], list[str]]:
    top = e.op
    rhs_offset = shape.rhs_overhead()

    def default_rewrite(node: ast.Expr, sep: int, first: bool) -> str | None:
        if first:
            return rewrite_expr(ctx, node, shape)
        nested = shape.block_indent(TAB_SPACES).with_max_width().sub_width(rhs_offset)
        if nested is None:
            return None
        ds = nested.offset_left(sep + 1)
        return None if ds is None else rewrite_expr(ctx, node, ds)

    stack: list[ast.BinaryExpr] = []
    out: list[tuple[ast.Expr, str | None]] = []
    seps: list[str] = []
    node: ast.Expr = e
    while True:
        if isinstance(node, ast.BinaryExpr) and node.op is top and not node.attrs:
            stack.append(node)
            node = node.lhs
            continue
        op_len = len(seps[-1]) if seps else 0
        out.append((node, default_rewrite(node, op_len, not out)))
        if not stack:
            break
        pop = stack.pop()
        seps.append(pop.op.value)
        node = pop.rhs
    return out, seps


def rewrite_all_pairs(ctx: Ctx, e: ast.BinaryExpr, shape: Shape) -> str | None:
    lst, seps = _flatten(ctx, e, shape)
    r = _one_line(ctx, lst, seps, shape)
    if r is not None:
        return r
    return _multiline(ctx, lst, seps, shape)


def _one_line(ctx: Ctx, lst: list[tuple[ast.Expr, str | None]], seps: list[str], shape: Shape) -> str | None:
    result = ""
    base = shape.block()
    for (_, rw), s in zip(lst, seps, strict=False):
        if rw is None:
            return None
        if "\n" in rw or blen(result) > shape.width:
            return None
        result += rw + " " + s + " "
    prefix_len = blen(result)
    last = lst[-1][0]
    cur = base.offset_left(last_line_width(result))
    if cur is None:
        return None
    last_rw = rewrite_expr(ctx, last, cur)
    if last_rw is None:
        return None
    result += last_rw
    if first_line_width(result) > shape.width:
        return None
    if not ("\n" not in result or last_rw.startswith("{")) and (
        last_rw.startswith("(") or prefix_len > TAB_SPACES
    ):
        return None
    return wrap_str(result, shape)


def _multiline(ctx: Ctx, lst: list[tuple[ast.Expr, str | None]], seps: list[str], shape: Shape) -> str | None:
    rhs_offset = shape.rhs_overhead()
    nested = shape.block_indent(TAB_SPACES).with_max_width().sub_width(rhs_offset)
    if nested is None:
        return None
    indent_str = nested.indent.to_string_with_newline()
    first = lst[0][1]
    if first is None:
        return None
    result = first
    for (e, default_rw), s in zip(lst[1:], seps, strict=False):
        offset = 0 if "\n" in result else shape.used_width()
        if last_line_width(result) + offset <= nested.used_width():
            ls = shape.offset_left(len(s) + 2 + trimmed_last_line_width(result))
            if ls is not None:
                rw = rewrite_expr(ctx, e, ls)
                if rw is not None:
                    result += " " + s + " " + rw
                    continue
        result += indent_str + s + " "
        if default_rw is None:
            return None
        result += default_rw
    return result


def rewrite_pair(
    ctx: Ctx,
    lhs: Rewriter,
    rhs: Rewriter,
    prefix: str,
    infix: str,
    suffix: str,
    shape: Shape,
    front: bool,
) -> str | None:
    if front:
        lhs_overhead = shape.used_width()
    else:
        lhs_overhead = shape.used_width() + len(prefix) + len(infix.rstrip())
    lhs_shape = shape.with_width(ctx.budget(lhs_overhead))
    lhs_str = lhs(lhs_shape)
    if lhs_str is None:
        return None
    lhs_result = prefix + lhs_str
    s = shape.offset_left(last_line_width(lhs_result) + len(infix))
    rs = s.sub_width(len(suffix)) if s is not None else None
    rhs_orig = rhs(rs) if rs is not None else None
    if rhs_orig is not None:
        allow_same_line = blen(lhs_result) <= TAB_SPACES or rhs_orig.split("\n", 1)[0].endswith("{")
        if "\n" not in rhs_orig or allow_same_line:
            one_line_width = (
                last_line_width(lhs_result) + len(infix) + first_line_width(rhs_orig) + len(suffix)
            )
            if one_line_width <= shape.width:
                return lhs_result + infix + rhs_orig + suffix
    rhs_overhead = shape.rhs_overhead()
    rhs_shape = Shape.indented(shape.indent.indent_block()).sub_width(rhs_overhead)
    if rhs_shape is None:
        return None
    inf = infix.lstrip() if front else infix.rstrip()
    if front:
        rhs_shape2 = rhs_shape.offset_left(len(inf))
        if rhs_shape2 is None:
            return None
        rhs_shape = rhs_shape2
    r = rhs(rhs_shape)
    if r is None:
        return None
    indent_str = rhs_shape.indent.to_string_with_newline()
    infix_with_sep = indent_str + inf if front else inf + indent_str
    return lhs_result + infix_with_sep + r + suffix


_ = max_width()
