"""`use` declarations (rustfmt's `imports.rs`): a use tree is turned into a list of path
segments, normalised (`a::{b}` → `a::b`, `a::{self}` kept, nested lists sorted), compared
with rustfmt's import order (`self`, `super`, `crate`, then names — snake_case before
CamelCase before UPPER_CASE —, then globs, then lists), and written back with nested lists
packed or one per line.
"""

from __future__ import annotations

import functools

from ferric.fmt import lists as L
from ferric.fmt.config import TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Shape
from ferric.fmt.text import blen
from ferric.syntax import ast

IDENT = 0
SELF = 1
SUPER = 2
CRATE = 3
GLOB = 4
LIST = 5


class Segment:
    __slots__ = ("alias", "kind", "name", "trees")

    def __init__(self, kind: int, name: str = "", alias: str | None = None, trees: list[Tree] | None = None) -> None:
        self.kind = kind
        self.name = name
        self.alias = alias
        self.trees = trees or []

    def remove_alias(self) -> Segment:
        if self.kind in (IDENT, SELF, SUPER, CRATE):
            return Segment(self.kind, self.name, None)
        return self

    def __str__(self) -> str:
        if self.kind == GLOB:
            return "*"
        if self.kind == LIST:
            return "{" + ", ".join(str(t) for t in self.trees) + "}"
        base = {SELF: "self", SUPER: "super", CRATE: "crate"}.get(self.kind, self.name)
        return f"{base} as {self.alias}" if self.alias is not None else base

    def eq(self, other: Segment) -> bool:
        if self.kind != other.kind:
            return False
        if self.kind == LIST:
            return len(self.trees) == len(other.trees) and all(a.eq(b) for a, b in zip(self.trees, other.trees, strict=False))
        return self.name == other.name and self.alias == other.alias

    def contains_comment(self) -> bool:
        return self.kind == LIST and any(t.contains_comment() for t in self.trees)


class Tree:
    __slots__ = ("attrs", "hi", "list_item", "lo", "path", "vis")

    def __init__(self, path: list[Segment], lo: int, hi: int) -> None:
        self.path = path
        self.lo = lo
        self.hi = hi
        self.list_item: L.ListItem | None = None
        self.vis: ast.Visibility | None = None
        self.attrs: list[ast.Attribute] | None = None

    def __str__(self) -> str:
        return "::".join(str(s) for s in self.path)

    def eq(self, other: Tree) -> bool:
        return len(self.path) == len(other.path) and all(a.eq(b) for a, b in zip(self.path, other.path, strict=False))

    def has_comment(self) -> bool:
        return self.list_item is not None and self.list_item.has_comment()

    def contains_comment(self) -> bool:
        return self.has_comment() or any(s.contains_comment() for s in self.path)

    def span_lo(self) -> int:
        if self.attrs:
            return self.attrs[0].span.lo
        return self.lo


def _seg_from_name(name: str, alias: str | None = None) -> Segment:
    if name == "self":
        return Segment(SELF, alias=alias)
    if name == "super":
        return Segment(SUPER, alias=alias)
    if name == "crate":
        return Segment(CRATE, alias=alias)
    return Segment(IDENT, name, alias)


def _ident(ctx: Ctx, i: ast.Ident) -> str:
    return ctx.snippet(i.span.lo, i.span.hi) or i.name


def from_ast(
    ctx: Ctx,
    a: ast.UseTree,
    list_item: L.ListItem | None,
    vis: ast.Visibility | None,
    opt_lo: int | None,
    attrs: list[ast.Attribute] | None,
) -> Tree:
    lo = opt_lo if opt_lo is not None else a.span.lo
    t = Tree([], lo, a.span.hi)
    t.list_item = list_item
    t.vis = vis
    t.attrs = attrs
    leading_modsep = ctx.edition >= 2018 and a.prefix.is_global
    modsep = leading_modsep
    for seg in a.prefix.segments:
        name = _ident(ctx, seg.ident)
        if not name:
            continue
        if name in ("self", "super", "crate"):
            t.path.append(_seg_from_name(name))
        else:
            t.path.append(Segment(IDENT, ("::" if modsep else "") + name))
        modsep = False
    if a.kind == "glob":
        if not a.prefix.segments and leading_modsep:
            t.path.append(Segment(IDENT, ""))
        t.path.append(Segment(GLOB))
    elif a.kind == "nested":
        brace = ctx.src.span_after(a.span.lo, a.span.hi, "{")
        items = L.itemize_list(
            ctx, list(a.nested), "}", ",", lambda x: x.span.lo, lambda x: x.span.hi,
            lambda x: "", brace, a.span.hi,
        )
        if not a.prefix.segments and leading_modsep:
            t.path.append(Segment(IDENT, ""))
        t.path.append(Segment(LIST, trees=[from_ast(ctx, n, li, None, None, None) for n, li in zip(a.nested, items, strict=False)]))
    else:
        segs = a.prefix.segments
        if len(segs) == 1 and leading_modsep:
            name = ctx.snippet(a.prefix.span.lo, a.prefix.span.hi)
        else:
            name = _ident(ctx, segs[-1].ident) if segs else ""
        alias = None
        if a.rename is not None:
            if a.rename.name == "_":
                alias = "_"
            elif segs and a.rename.name == segs[-1].ident.name:
                alias = None
            else:
                alias = _ident(ctx, a.rename)
        if t.path:
            t.path.pop()
        t.path.append(_seg_from_name(name, alias))
    return t


def normalize(t: Tree) -> Tree:
    while True:
        if not t.path:
            return t
        last = t.path.pop()
        if t.attrs is None:
            if last.kind == LIST and not last.trees:
                t.path = []
                return t
            if last.kind == SELF and last.alias is None and not t.path and t.vis is not None:
                t.path = []
                return t
        if last.kind == SELF and last.alias is None and t.path:
            return t
        if last.kind == SELF and t.path and t.path[-1].kind == IDENT and t.path[-1].alias is None:
            t.path[-1] = Segment(IDENT, t.path[-1].name, last.alias)
            return t
        sole = last.trees[0] if last.kind == LIST and len(last.trees) == 1 else None
        if sole is not None and not (sole.path and sole.path[0].kind == SELF) and not sole.has_comment():
            t.path.extend(sole.path)
            continue
        if last.kind == LIST:
            lst = [normalize(x) for x in last.trees]
            lst.sort(key=functools.cmp_to_key(cmp_tree))
            last = Segment(LIST, trees=lst)
        t.path.append(last)
        return t


def _cmp(a: str, b: str) -> int:
    ab, bb = a.encode(), b.encode()
    return (ab > bb) - (ab < bb)


def _is_upper_snake(s: str) -> bool:
    return all(c.isupper() or c == "_" or c.isnumeric() for c in s)


def _ident_cmp(ia: str, ib: str) -> int:
    if ia[:1].isupper() and ib[:1].islower():
        return 1
    if ia[:1].islower() and ib[:1].isupper():
        return -1
    if _is_upper_snake(ia) and not _is_upper_snake(ib):
        return 1
    if not _is_upper_snake(ia) and _is_upper_snake(ib):
        return -1
    return _cmp(ia, ib)


_RANK = {SELF: 0, SUPER: 1, CRATE: 2, IDENT: 3, GLOB: 4, LIST: 5}


def _opt_cmp(a: str | None, b: str | None) -> int:
    if a is None and b is None:
        return 0
    if a is None:
        return -1
    if b is None:
        return 1
    return _cmp(a, b)


def cmp_segment(a: Segment, b: Segment) -> int:
    if a.kind == b.kind:
        k = a.kind
        if k in (SELF, SUPER, CRATE):
            return _opt_cmp(a.alias, b.alias)
        if k == GLOB:
            return 0
        if k == IDENT:
            o = _ident_cmp(a.name, b.name)
            if o:
                return o
            return _opt_cmp(a.alias, b.alias)
        for x, y in zip(a.trees, b.trees, strict=False):
            o = cmp_tree(x, y)
            if o:
                return o
        return (len(a.trees) > len(b.trees)) - (len(a.trees) < len(b.trees))
    return (_RANK[a.kind] > _RANK[b.kind]) - (_RANK[a.kind] < _RANK[b.kind])


def cmp_tree(a: Tree, b: Tree) -> int:
    for x, y in zip(a.path, b.path, strict=False):
        o = cmp_segment(x, y)
        if o and cmp_segment(x.remove_alias(), y.remove_alias()):
            return o
    return (len(a.path) > len(b.path)) - (len(a.path) < len(b.path))


# -- rewriting -----------------------------------------------------------------------------------


def _rewrite_nested(ctx: Ctx, trees: list[Tree], shape: Shape) -> str | None:
    ns = shape.block_indent(TAB_SPACES).with_max_width().sub_width(1)
    if ns is None:
        return None
    items: list[L.ListItem] = []
    for t in trees:
        r = rewrite_tree(ctx, t, ns)
        if t.list_item is not None:
            li = t.list_item.copy()
            li.item = r
            items.append(li)
        else:
            if r is None:
                return None
            items.append(L.ListItem(r))
    has_nested = any(t.path and t.path[-1].kind == LIST for t in trees)
    remaining = 0 if has_nested else max(0, shape.width - 2)
    tactic = L.definitive_tactic(items, L.LT_MIXED, L.SEP_COMMA, remaining)
    ends_nl = tactic != L.HORIZONTAL
    fmt = L.ListFormatting(
        ns,
        tactic=tactic,
        trailing_separator=L.SEP_VERTICAL if ends_nl else L.SEP_NEVER,
        ends_with_newline=ends_nl,
        preserve_newline=True,
        nested=has_nested,
    )
    s = L.write_list(items, fmt)
    if s is None:
        return None
    if "\n" in s or blen(s) > remaining or tactic == L.VERTICAL:
        return "{\n" + ns.indent.to_string() + s + "\n" + shape.indent.to_string() + "}"
    return "{" + s + "}"


def _rewrite_segment(ctx: Ctx, s: Segment, shape: Shape) -> str | None:
    if s.kind == LIST:
        s1 = shape.offset_left(1)
        s2 = s1.sub_width(1) if s1 is not None else None
        if s2 is None:
            return None
        return _rewrite_nested(ctx, s.trees, s2)
    return str(s)


def rewrite_tree(ctx: Ctx, t: Tree, shape: Shape) -> str | None:
    out = ""
    n = len(t.path)
    for i, seg in enumerate(t.path):
        s = _rewrite_segment(ctx, seg, shape)
        if s is None:
            return None
        out += s
        if i + 1 < n:
            out += "::"
            s2 = shape.offset_left(2 + blen(s))
            if s2 is None:
                return None
            shape = s2
    return out


def rewrite_top_level(ctx: Ctx, t: Tree, shape: Shape) -> str | None:
    from ferric.fmt.attr import rewrite_attrs
    from ferric.fmt.comment import combine_strs_with_missing_comments
    from ferric.fmt.items import format_visibility

    vis = format_visibility(ctx, t.vis) if t.vis is not None else ""
    s = shape.offset_left(len(vis))
    if s is None:
        return None
    r = rewrite_tree(ctx, t, s)
    if r is None:
        return None
    use_str = f"{vis}use {r};" if r else ""
    if t.attrs:
        a = rewrite_attrs(ctx, t.attrs, shape)
        if a is None:
            return None
        return combine_strs_with_missing_comments(ctx, a, use_str, t.attrs[-1].span.hi, t.lo, shape, False)
    return use_str


def from_item(ctx: Ctx, it: ast.UseItem) -> Tree:
    from ferric.fmt import syntax_util as su

    attrs = su.outer_attrs(it.attrs)
    return from_ast(ctx, it.tree, None, it.vis, it.span.lo, attrs if attrs else None)
