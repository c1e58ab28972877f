"""Reordering of consecutive `use`, `mod name;` and `extern crate` items (rustfmt's
`reorder.rs`): the items of one group (no blank line between them) are sorted and written
one per line, keeping the comments attached to each.
"""

from __future__ import annotations

import functools

from ferric.fmt import imports
from ferric.fmt import lists as L
from ferric.fmt import syntax_util as su
from ferric.fmt.comment import combine_strs_with_missing_comments
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Shape
from ferric.syntax import ast


def rewrite_item_attrs(ctx: Ctx, it: ast.Item, item_str: str, shape: Shape) -> str | None:
    """`item_str` preceded by the item's outer attributes (rustfmt's `rewrite_attrs`)."""
    from ferric.fmt.attr import rewrite_attrs

    attrs = su.outer_attrs(it.attrs)
    a = rewrite_attrs(ctx, attrs, shape)
    if a is None:
        return None
    if attrs:
        lo, hi = attrs[-1].span.hi, it.span.lo
    else:
        lo = hi = it.span.lo
    return combine_strs_with_missing_comments(ctx, a, item_str, lo, hi, shape, False)


def _rewrite_mod_decl(ctx: Ctx, it: ast.ModItem, shape: Shape) -> str | None:
    from ferric.fmt.items import format_visibility

    name = ctx.snippet(it.ident.span.lo, it.ident.span.hi) or it.ident.name
    return rewrite_item_attrs(ctx, it, f"{format_visibility(ctx, it.vis)}mod {name};", shape)


def _rewrite_reorderable_item(ctx: Ctx, it: ast.Item, shape: Shape) -> str | None:
    if isinstance(it, ast.ModItem):
        return _rewrite_mod_decl(ctx, it, shape)
    if isinstance(it, ast.ExternCrateItem):
        from ferric.fmt.visitor import _rewrite_extern_crate

        return _rewrite_extern_crate(ctx, it, shape)
    return None


def _compare_items(a: ast.Item, b: ast.Item) -> int:
    def c(x: str, y: str) -> int:
        return (x > y) - (x < y)

    if isinstance(a, ast.ExternCrateItem) and isinstance(b, ast.ExternCrateItem):
        an = a.orig_name.name if a.orig_name is not None else a.ident.name
        bn = b.orig_name.name if b.orig_name is not None else b.ident.name
        r = c(an, bn)
        if r:
            return r
        if a.orig_name is not None and b.orig_name is None:
            return 1
        if a.orig_name is None and b.orig_name is not None:
            return -1
        if a.orig_name is None:
            return 0
        return c(a.ident.name, b.ident.name)
    return c(a.ident.name, b.ident.name)


def _wrap(items: list[L.ListItem], shape: Shape) -> str | None:
    return L.write_list(items, L.ListFormatting(shape, separator="", align_comments=False))


def rewrite_reorderable(
    ctx: Ctx, group: list[ast.Item], kind: str, shape: Shape, lo: int, hi: int
) -> str | None:
    if kind == "use":
        trees = []
        for it in group:
            assert isinstance(it, ast.UseItem)
            trees.append(imports.normalize(imports.from_item(ctx, it)))
        list_items = L.itemize_list(
            ctx, trees, "", ";", lambda t: t.span_lo(), lambda t: t.hi, lambda t: "", lo, hi
        )
        for t, li in zip(trees, list_items, strict=False):
            t.list_item = li
        trees.sort(key=functools.cmp_to_key(imports.cmp_tree))
        ns = shape.offset_left(4)
        ns = ns.sub_width(1) if ns is not None else None
        if ns is None:
            return None
        items: list[L.ListItem] = []
        for t in trees:
            li = t.list_item.copy() if t.list_item is not None else L.ListItem(None)
            li.item = imports.rewrite_top_level(ctx, t, ns)
            items.append(li)
        return _wrap(items, ns)
    list_items = L.itemize_list(
        ctx, group, "", ";", su.item_lo, lambda it: it.span.hi,
        lambda it: _rewrite_reorderable_item(ctx, it, shape), lo, hi,
    )
    pairs: list[tuple[L.ListItem, ast.Item]] = list(zip(list_items, group, strict=False))

    def cmp(a: tuple[L.ListItem, ast.Item], b: tuple[L.ListItem, ast.Item]) -> int:
        return _compare_items(a[1], b[1])

    pairs.sort(key=functools.cmp_to_key(cmp))
    return _wrap([p[0] for p in pairs], shape)
