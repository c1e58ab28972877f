"""Blocks as expressions (rustfmt's `rewrite_block` and friends in `expr.rs`): `{}` and
`{ x }` on one line when they fit and hold no comment, else a visitor fills the block's lines.
"""

from __future__ import annotations

from ferric.fmt import syntax_util as su
from ferric.fmt.comment import rewrite_comment
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Shape
from ferric.fmt.text import blen, last_line_width
from ferric.syntax import ast


def rewrite_label(label: ast.Label | None) -> str:
    return "" if label is None else label.ident.name + ": "


def block_contains_comment(ctx: Ctx, b: ast.Block) -> bool:
    return ctx.src.contains_comment(b.span.lo, b.span.hi)


def is_simple_block(ctx: Ctx, b: ast.Block, attrs: ast.Attrs | None) -> bool:
    return (
        len(b.stmts) == 1
        and su.StmtView(b.stmts[0]).kind == su.EXPR
        and not block_contains_comment(ctx, b)
        and not attrs
    )


def is_simple_block_stmt(ctx: Ctx, b: ast.Block, attrs: ast.Attrs | None) -> bool:
    return len(b.stmts) <= 1 and not block_contains_comment(ctx, b) and not attrs


def is_empty_block(ctx: Ctx, b: ast.Block, attrs: ast.Attrs | None) -> bool:
    return (
        not su.block_has_statements(b)
        and not block_contains_comment(ctx, b)
        and not (attrs and su.inner_attrs(attrs))
    )


def rewrite_empty_block(
    ctx: Ctx, b: ast.Block, attrs: ast.Attrs | None, label: ast.Label | None, prefix: str, shape: Shape
) -> str | None:
    if su.block_has_statements(b):
        return None
    label_str = rewrite_label(label)
    if attrs and su.inner_attrs(attrs):
        return None
    if not block_contains_comment(ctx, b) and shape.width >= 2:
        return f"{prefix}{label_str}{{}}"
    user = ctx.snippet(b.span.lo, b.span.hi).strip()
    if user.startswith("{") and user.endswith("}"):
        comment = user[1:-1].strip()
        if not b.stmts and "\n" not in comment and not comment.startswith("//") and len(comment) + 4 <= shape.width:
            return f"{prefix}{label_str}{{ {comment} }}"
    return None


def block_prefix(ctx: Ctx, b: ast.Block, shape: Shape) -> str | None:
    if b.rules is ast.BlockRules.UNSAFE:
        snippet = ctx.snippet(b.span.lo, b.span.hi)
        open_pos = ctx.src.find_uncommented(b.span.lo, b.span.hi, "{")
        if open_pos is None:
            return None
        trimmed = snippet[6 : open_pos - b.span.lo].strip()
        if trimmed:
            if shape.width < 9:
                return None
            c = rewrite_comment(trimmed, True, Shape.legacy(shape.width - 9, shape.indent.plus(7)))
            return None if c is None else f"unsafe {c} "
        return "unsafe "
    return ""


def rewrite_single_line_block(
    ctx: Ctx, prefix: str, b: ast.Block, attrs: ast.Attrs | None, label: ast.Label | None, shape: Shape
) -> str | None:
    if is_simple_block(ctx, b, attrs):
        from ferric.fmt.visitor import rewrite_stmt

        es = shape.offset_left(last_line_width(prefix))
        if es is None:
            return None
        s = rewrite_stmt(ctx, su.StmtView(b.stmts[0]), es)
        if s is None:
            return None
        result = f"{prefix}{rewrite_label(label)}{{ {s} }}"
        if blen(result) <= shape.width and "\n" not in result:
            return result
    return None


def rewrite_block_with_visitor(
    ctx: Ctx,
    prefix: str,
    b: ast.Block,
    attrs: ast.Attrs | None,
    label: ast.Label | None,
    shape: Shape,
    has_braces: bool,
) -> str | None:
    rw = rewrite_empty_block(ctx, b, attrs, label, prefix, shape)
    if rw is not None:
        return rw
    from ferric.fmt.visitor import FmtVisitor

    v = FmtVisitor(ctx)
    v.block_indent = shape.indent
    v.is_if_else_block = ctx.is_if_else_block
    if b.rules is ast.BlockRules.UNSAFE or label is not None:
        p = ctx.src.find_uncommented(b.span.lo, b.span.hi, "{")
        if p is None:
            return None
        v.last_pos = p
    else:
        v.last_pos = b.span.lo
    inner = su.inner_attrs(attrs) if attrs is not None else None
    v.visit_block(b, inner, has_braces)
    return prefix + rewrite_label(label) + v.buffer


def rewrite_block(
    ctx: Ctx, b: ast.Block, attrs: ast.Attrs | None, label: ast.Label | None, shape: Shape
) -> str | None:
    return rewrite_block_inner(ctx, b, attrs, label, True, shape)


def rewrite_block_inner(
    ctx: Ctx,
    b: ast.Block,
    attrs: ast.Attrs | None,
    label: ast.Label | None,
    allow_single_line: bool,
    shape: Shape,
) -> str | None:
    prefix = block_prefix(ctx, b, shape)
    if prefix is None:
        return None
    rw = rewrite_empty_block(ctx, b, attrs, label, prefix, shape)
    if rw is not None:
        return rw
    result = rewrite_block_with_visitor(ctx, prefix, b, attrs, label, shape, True)
    if result is None:
        return None
    if allow_single_line and result.count("\n") + 1 <= 3:
        r = rewrite_single_line_block(ctx, prefix, b, attrs, label, shape)
        if r is not None:
            return r
    return result
