"""Parenthesised, bracketed and angle-bracketed lists whose last item may "overflow": the
arguments of calls and macros, tuples, array literals, generic arguments (rustfmt's
`overflow.rs`).

The list goes on one line if it fits (within `fn_call_width` for calls); otherwise the last
argument may keep the opening line and spread below it (a closure, a block, a struct
literal, ...); otherwise every argument goes on a line of its own — except for format-like
macros (`println!`, `assert_eq!`, ...), whose leading arguments stay on the first line, and
lists of short simple items, which are packed ("mixed").

An `OItem` wraps whatever can be a list element (expression, type, pattern, generic
parameter, macro argument, attribute meta item, ...) with the questions the layout asks.
"""

from __future__ import annotations

from typing import Any

from ferric.fmt import lists as L
from ferric.fmt.config import ARRAY_WIDTH, SHORT_ITEM_THRESHOLD, TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Shape
from ferric.fmt.text import blen, count_newlines, extra_offset, first_line_width, last_line_width

SPECIAL_CASE_MACROS: dict[str, int] = {
    "eprint!": 0,
    "eprintln!": 0,
    "format!": 0,
    "format_args!": 0,
    "print!": 0,
    "println!": 0,
    "panic!": 0,
    "unreachable!": 0,
    "debug!": 0,
    "error!": 0,
    "info!": 0,
    "warn!": 0,
    "assert!": 1,
    "debug_assert!": 1,
    "write!": 1,
    "writeln!": 1,
    "assert_eq!": 2,
    "assert_ne!": 2,
    "debug_assert_eq!": 2,
    "debug_assert_ne!": 2,
}
SPECIAL_CASE_ATTR: dict[str, int] = {"fail": 0}

# Kinds of list elements.
EXPR = "expr"
TY = "ty"
PAT = "pat"
ITEM = "item"
KEYWORD = "keyword"
GENERIC_PARAM = "generic_param"
META = "meta"
FIELD_DEF = "field_def"
TUPLE_PAT = "tuple_pat"
SEGMENT_PARAM = "segment_param"
PARAM = "param"


class OItem:
    """An element of an overflowable list. `node` is the AST node (or, for `KEYWORD`, the
    keyword text; for a `..` in a tuple pattern, None); `macro_arg` marks macro arguments."""

    __slots__ = ("hi", "kind", "lo", "macro_arg", "node")

    def __init__(self, kind: str, node: Any, lo: int, hi: int, macro_arg: bool = False) -> None:
        self.kind = kind
        self.node = node
        self.lo = lo
        self.hi = hi
        self.macro_arg = macro_arg

    def rewrite(self, ctx: Ctx, shape: Shape) -> str | None:
        from ferric.fmt import attr, expr, items, patterns, types

        k = self.kind
        if k == EXPR:
            return expr.rewrite_expr(ctx, self.node, shape)
        if k == TY:
            return types.rewrite_ty(ctx, self.node, shape)
        if k in (PAT, TUPLE_PAT):
            if self.node is None:
                return ".."
            return patterns.rewrite_pat(ctx, self.node, shape)
        if k == KEYWORD:
            return str(self.node)
        if k == GENERIC_PARAM:
            return types.rewrite_generic_param(ctx, self.node, shape)
        if k == META:
            return attr.rewrite_meta_inner(ctx, self.node, shape)
        if k == FIELD_DEF:
            from ferric.fmt.adts import rewrite_struct_field

            return rewrite_struct_field(ctx, self.node, shape, 0)
        if k == SEGMENT_PARAM:
            return types.rewrite_segment_param(ctx, self.node, shape)
        if k == ITEM:
            return items.rewrite_item_as_arg(ctx, self.node, shape)
        if k == PARAM:
            return items.rewrite_param(ctx, self.node, shape)
        raise AssertionError(k)

    def has_attrs(self) -> bool:
        if self.kind in (EXPR, GENERIC_PARAM, FIELD_DEF, ITEM):
            from ferric.fmt.attr import outer_attrs

            return bool(outer_attrs(getattr(self.node, "attrs", ())))
        return False

    def is_expr(self) -> bool:
        return self.kind == EXPR

    def is_simple(self) -> bool:
        from ferric.fmt.expr import is_simple_expr

        if self.kind == EXPR:
            return is_simple_expr(self.node)
        if self.kind == KEYWORD:
            return self.macro_arg
        if self.kind == META:
            from ferric.fmt.attr import meta_is_simple

            return meta_is_simple(self.node)
        return False

    def is_nested_call(self) -> bool:
        from ferric.fmt.expr import is_nested_call

        return self.kind == EXPR and is_nested_call(self.node)

    def can_be_overflowed(self, ctx: Ctx, n: int) -> bool:
        from ferric.fmt import attr, expr, patterns, types

        k = self.kind
        if k == EXPR:
            return expr.can_be_overflowed_expr(ctx, self.node, n)
        if k == TY:
            return types.can_be_overflowed_type(ctx, self.node, n)
        if k == SEGMENT_PARAM:
            return types.segment_param_can_be_overflowed(ctx, self.node, n)
        if k == ITEM:
            return n == 1
        if k == META:
            return n == 1 and attr.meta_is_item(self.node)
        if k == TUPLE_PAT:
            return self.node is not None and patterns.can_be_overflowed_pat(ctx, self.node, n)
        return False


def _is_every_expr_simple(items: list[OItem]) -> bool:
    return all(i.is_simple() for i in items)


def _no_long_items(items: list[L.ListItem]) -> bool:
    return all(blen(i.inner()) <= SHORT_ITEM_THRESHOLD for i in items)


def _maybe_get_args_offset(callee: str, items: list[OItem]) -> tuple[bool, int] | None:
    if not items:
        return None
    first = items[0]
    table = SPECIAL_CASE_MACROS if first.macro_arg else (SPECIAL_CASE_ATTR if first.kind == META else {})
    if callee not in table:
        return None
    nb = table[callee]
    all_simple = (
        len(items) > nb
        and _is_every_expr_simple(items[:nb])
        and _is_every_expr_simple(items[nb + 1 :])
    )
    return all_simple, nb


class _Context:
    def __init__(
        self,
        ctx: Ctx,
        items: list[OItem],
        ident: str,
        shape: Shape,
        span_lo: int,
        span_hi: int,
        prefix: str,
        suffix: str,
        item_max_width: int,
        force_sep: int | None,
        custom_delims: tuple[str, str] | None,
    ) -> None:
        self.ctx = ctx
        self.items = items
        self.ident = ident
        self.prefix = prefix
        self.suffix = suffix
        self.span_lo = span_lo
        self.span_hi = span_hi
        self.item_max_width = item_max_width
        self.force_sep = force_sep
        self.custom_delims = custom_delims
        used_width = extra_offset(ident, shape)
        self.one_line_width = max(0, shape.width - (used_width + 2))
        s1 = shape.offset_left(last_line_width(ident) + 1)
        s2 = s1.sub_width(1) if s1 is not None else None
        self.one_line_shape = s2 if s2 is not None else shape.with_width(0)
        ns = shape.block().block_indent(TAB_SPACES).with_max_width()
        self.nested_shape = ns.with_width(max(0, ns.width - 1))

    def rewrite_last_item_with_overflow(self, last_list_item: L.ListItem, shape: Shape) -> str | None:
        from ferric.fmt import closures
        from ferric.fmt import syntax_util as su
        from ferric.fmt.control import rewrite_cond
        from ferric.fmt.expr import rewrite_expr
        from ferric.syntax import ast

        last = self.items[-1]
        rw: str | None
        if last.kind == EXPR and not last.macro_arg:
            e = last.node
            if isinstance(e, ast.ClosureExpr):
                n = sum(1 for i in self.items if i.kind == EXPR and isinstance(i.node, ast.ClosureExpr))
                rw = None if n > 1 else closures.rewrite_last_closure(self.ctx, e, shape)
            elif su.is_control_flow(e):
                cond = rewrite_cond(self.ctx, e, shape)
                rw = None if (cond is not None and "\n" in cond) else rewrite_expr(self.ctx, e, shape)
            else:
                rw = rewrite_expr(self.ctx, e, shape)
        else:
            rw = last.rewrite(self.ctx, shape)
        if rw is not None:
            last_list_item.item = rw.split("\n", 1)[0]
        return rw

    def try_overflow_last_item(self, list_items: list[L.ListItem]) -> int:
        from ferric.fmt.expr import is_method_call

        ctx = self.ctx
        items = self.items
        combine = (
            len(items) == 1
            and items[0].is_expr()
            and not items[0].has_attrs()
            and blen(self.ident) < TAB_SPACES
        )
        overflow_last = combine or (bool(items) and items[-1].can_be_overflowed(ctx, len(items)))
        placeholder: str | None = None
        if overflow_last:
            old = ctx.force_one_line_chain
            last = items[-1]
            if last.kind == EXPR and not last.macro_arg and not combine and is_method_call(last.node):
                ctx.force_one_line_chain = True
            arg_shape = self._last_item_shape(list_items)
            if arg_shape is not None:
                placeholder = self.rewrite_last_item_with_overflow(list_items[-1], arg_shape)
            ctx.force_one_line_chain = old
        tactic = L.definitive_tactic(
            list_items, L.LT_LIMITED, L.SEP_COMMA, self.one_line_width, self.item_max_width
        )
        if overflow_last and tactic == L.HORIZONTAL and placeholder is not None:
            if len(items) == 1 and count_newlines(placeholder) == 1:
                rw = items[-1].rewrite(ctx, self.nested_shape)
                if rw is not None and "\n" not in rw:
                    list_items[-1].item = rw
                else:
                    list_items[-1].item = placeholder
            else:
                list_items[-1].item = placeholder
        elif items:
            list_items[-1].item = items[-1].rewrite(ctx, self.nested_shape)
            first = list_items[0]
            if (
                len(items) == 1
                and self.one_line_width != 0
                and not first.has_comment()
                and "\n" not in first.inner()
                and L.total_item_width(first) <= self.one_line_width
            ):
                tactic = L.HORIZONTAL
            else:
                tactic = L.definitive_tactic(
                    list_items, L.LT_LIMITED, L.SEP_COMMA, self.one_line_width, self.item_max_width
                )
                if tactic == L.VERTICAL:
                    special = _maybe_get_args_offset(self.ident, items)
                    if special is not None:
                        all_simple, nb = special
                        w = self.nested_shape.width
                        one_line = (
                            all_simple
                            and L.definitive_tactic(list_items[:nb], L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, w)
                            == L.HORIZONTAL
                            and L.definitive_tactic(
                                list_items[nb + 1 :], L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, w
                            )
                            == L.HORIZONTAL
                        )
                        if one_line:
                            tactic = L.special_macro(nb)
                    elif _is_every_expr_simple(items) and _no_long_items(list_items):
                        tactic = L.MIXED
        return tactic

    def _last_item_shape(self, list_items: list[L.ListItem]) -> Shape | None:
        shape = self.one_line_shape
        if len(list_items) == 1 and not self.items[0].is_nested_call():
            return shape
        offset = sum(2 + blen(i.inner()) for i in list_items[:-1])
        return shape.with_width(min(self.item_max_width, shape.width)).offset_left(offset)

    def rewrite_items(self) -> tuple[bool, str] | None:
        ctx = self.ctx
        lo = ctx.src.span_after(self.span_lo, self.span_hi, self.prefix)
        nested_shape = self.nested_shape
        list_items = L.itemize_list(
            ctx,
            self.items,
            self.suffix,
            ",",
            lambda i: i.lo,
            lambda i: i.hi,
            lambda i: i.rewrite(ctx, nested_shape),
            lo,
            self.span_hi,
            leave_last=True,
        )
        tactic = self.try_overflow_last_item(list_items)
        trailing = self.force_sep if self.force_sep is not None else L.SEP_VERTICAL
        fmt = L.ListFormatting(
            nested_shape,
            tactic=tactic,
            trailing_separator=trailing,
            ends_with_newline=tactic in (L.VERTICAL, L.MIXED),
        )
        s = L.write_list(list_items, fmt)
        if s is None:
            return None
        return tactic == L.HORIZONTAL, s

    def wrap_items(self, items_str: str, shape: Shape, is_extendable: bool) -> str:
        shape = shape.with_width(max(0, shape.width - last_line_width(self.ident)))
        prefix, suffix = self.custom_delims or (self.prefix, self.suffix)
        extend_width = 2 if not items_str else first_line_width(items_str) + 1
        fits_one_line = blen(items_str) + 2 <= shape.width
        force_single_line = (self.ctx.inside_macro and "\n" not in items_str and fits_one_line) or (
            is_extendable and extend_width <= shape.width
        )
        if force_single_line:
            return self.ident + prefix + items_str + suffix
        out = self.ident + prefix
        if items_str:
            out += self.nested_shape.indent.to_string_with_newline() + items_str
        return out + shape.block().indent.to_string_with_newline() + suffix

    def rewrite(self, shape: Shape) -> str | None:
        r = self.rewrite_items()
        if r is None:
            return None
        extendable, items_str = r
        return self.wrap_items(items_str, shape, extendable)


def rewrite_with_parens(
    ctx: Ctx,
    ident: str,
    items: list[OItem],
    shape: Shape,
    span_lo: int,
    span_hi: int,
    item_max_width: int,
    force_sep: int | None,
) -> str | None:
    return _Context(
        ctx, items, ident, shape, span_lo, span_hi, "(", ")", item_max_width, force_sep, None
    ).rewrite(shape)


def rewrite_with_angle_brackets(
    ctx: Ctx, ident: str, items: list[OItem], shape: Shape, span_lo: int, span_hi: int
) -> str | None:
    return _Context(
        ctx, items, ident, shape, span_lo, span_hi, "<", ">", max_width(), None, None
    ).rewrite(shape)


def rewrite_with_square_brackets(
    ctx: Ctx,
    name: str,
    items: list[OItem],
    shape: Shape,
    span_lo: int,
    span_hi: int,
    force_sep: int | None,
    delim: str | None,
) -> str | None:
    lhs, rhs = {"(": ("(", ")"), "{": ("{", "}")}.get(delim or "[", ("[", "]"))
    return _Context(
        ctx, items, name, shape, span_lo, span_hi, lhs, rhs, ARRAY_WIDTH, force_sep, ("[", "]")
    ).rewrite(shape)
