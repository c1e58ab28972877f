"""Method chains (rustfmt's `chains.rs`): `a.b().c?.d.await` is cut into a parent (`a`) and
children (`.b()`, `.c?`, `.d`, `.await`). The chain goes on one line if it fits within
`chain_width`; otherwise each child goes on its own line, indented one level, except that
the last child may "overflow" (keep its line and spread its arguments below) when that
looks better, and short parents absorb their first child (`foo.bar` rather than a lone
`foo`).
"""

from __future__ import annotations

from ferric.fmt import syntax_util as su
from ferric.fmt.comment import rewrite_comment
from ferric.fmt.config import CHAIN_WIDTH, TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.expr import lit_ends_in_dot, rewrite_call, rewrite_expr, rewrite_paren
from ferric.fmt.lists import extract_pre_comment
from ferric.fmt.shape import Shape
from ferric.fmt.text import (
    blen,
    char_kinds,
    first_line_width,
    last_line_extendable,
    last_line_width,
    uwidth,
    wrap_str,
)
from ferric.syntax import ast

PARENT = 0
METHOD = 1
FIELD = 2
TUPLE_FIELD = 3
AWAIT = 4
COMMENT = 5


class ChainItem:
    __slots__ = ("comment_back", "expr", "hi", "kind", "lo", "nested", "parens", "text", "tries")

    def __init__(self, kind: int, lo: int, hi: int, tries: int = 0) -> None:
        self.kind = kind
        self.lo = lo
        self.hi = hi
        self.tries = tries
        self.expr: ast.Expr | None = None
        self.parens = False
        self.nested = False
        self.text = ""
        self.comment_back = False

    def is_comment(self) -> bool:
        return self.kind == COMMENT

    def rewrite(self, ctx: Ctx, shape: Shape) -> str | None:
        s = shape.sub_width(self.tries)
        if s is None:
            return None
        k = self.kind
        e = self.expr
        if k == PARENT:
            assert e is not None
            if self.parens:
                r = rewrite_paren(ctx, ast.ParenExpr(expr=e, span=e.span), s)
            else:
                r = rewrite_expr(ctx, e, s)
        elif k == METHOD:
            assert isinstance(e, ast.MethodCallExpr)
            r = _rewrite_method_call(ctx, e, self.lo, self.hi, s)
        elif k == FIELD:
            assert isinstance(e, ast.FieldExpr)
            r = "." + ctx.snippet(e.ident.span.lo, e.ident.span.hi)
        elif k == TUPLE_FIELD:
            assert isinstance(e, ast.FieldExpr)
            r = (" " if self.nested else "") + "." + ctx.snippet(e.ident.span.lo, e.ident.span.hi)
        elif k == AWAIT:
            r = ".await"
        else:
            r = rewrite_comment(self.text, False, s)
        if r is None:
            return None
        return r + "?" * self.tries


def _rewrite_method_call(ctx: Ctx, e: ast.MethodCallExpr, lo: int, hi: int, shape: Shape) -> str | None:
    from ferric.fmt.types import rewrite_generic_arg

    type_str = ""
    args = e.seg.args
    if isinstance(args, ast.AngleBracketedArgs):
        parts = []
        for a in args.args:
            if isinstance(a, ast.AssocItemConstraint):
                continue
            r = rewrite_generic_arg(ctx, a, shape)
            if r is None:
                return None
            parts.append(r)
        if parts:
            type_str = "::<" + ", ".join(parts) + ">"
    name = ctx.snippet(e.seg.ident.span.lo, e.seg.ident.span.hi)
    return rewrite_call(ctx, "." + name + type_str, e.args, lo, hi, shape)


def _should_add_parens(e: ast.Expr) -> bool:
    if isinstance(e, ast.LitExpr):
        return lit_ends_in_dot(e)
    if isinstance(e, ast.ClosureExpr):
        b = e.body
        if isinstance(b, ast.RangeExpr) and b.limits is ast.RangeLimits.HALF_OPEN:
            return True
        return lit_ends_in_dot(b)
    return False


def _is_tup_field(e: ast.Expr) -> bool:
    return isinstance(e, ast.FieldExpr) and e.ident.name.isdigit()


def _item_from_ast(ctx: Ctx, e: ast.Expr, is_receiver: bool, tries: int) -> ChainItem:
    if isinstance(e, ast.MethodCallExpr):
        lo, hi = e.receiver.span.hi, e.span.hi
        kind = METHOD
    elif isinstance(e, ast.FieldExpr):
        lo, hi = e.expr.span.hi, e.ident.span.hi
        kind = TUPLE_FIELD if _is_tup_field(e) else FIELD
    elif isinstance(e, ast.AwaitExpr):
        lo, hi = e.expr.span.hi, e.span.hi
        kind = AWAIT
    else:
        item = ChainItem(PARENT, su.expr_lo(e), e.span.hi, tries)
        item.expr = e
        item.parens = is_receiver and _should_add_parens(e)
        return item
    dot = ctx.src.span_before(lo, hi, ".")
    item = ChainItem(kind, dot, hi, tries)
    item.expr = e
    if kind == TUPLE_FIELD:
        assert isinstance(e, ast.FieldExpr)
        item.nested = _is_tup_field(e.expr)
    return item


def _trim_tries(s: str) -> str:
    kinds = char_kinds(s)
    result = ""
    buf = ""
    for c, k in zip(s, kinds, strict=False):
        if c == "\n":
            if not result or buf.strip():
                result += buf + "\n"
            buf = ""
        elif c == "?" and k == 0:
            continue
        else:
            buf += c
    if buf.strip():
        result += buf
    return result


def _is_post_comment(s: str) -> bool:
    ci = s.find("/")
    if ci < 0:
        return False
    ni = s.find("\n")
    if ni < 0:
        return True
    return ci < ni


def _handle_post_comment(ctx: Ctx, lo: int, hi: int, snippet: str, children: list[ChainItem]) -> int | None:
    if snippet.strip(" \t").startswith("\n"):
        return None
    trimmed = _trim_tries(snippet)
    if _is_post_comment(trimmed):
        c = ChainItem(COMMENT, lo, hi)
        c.text = trimmed.strip()
        c.comment_back = True
        children.append(c)
        return hi
    return None


def _build_chain(ctx: Ctx, e: ast.Expr) -> tuple[ChainItem, list[ChainItem]]:
    subs: list[tuple[ast.Expr, bool]] = [(e, False)]
    cur = e
    while True:
        if isinstance(cur, ast.MethodCallExpr):
            cur = cur.receiver
            subs.append((cur, True))
        elif isinstance(cur, ast.FieldExpr | ast.TryExpr | ast.AwaitExpr):
            cur = cur.expr
            subs.append((cur, False))
        else:
            break
    rev: list[ChainItem] = []
    tries = 0
    for sub, is_recv in subs:
        if isinstance(sub, ast.TryExpr):
            tries += 1
        else:
            rev.append(_item_from_ast(ctx, sub, is_recv, tries))
            tries = 0
    parent = rev.pop()
    children: list[ChainItem] = []
    prev_end = parent.hi
    order = list(reversed(rev))
    src = ctx.src
    if order:
        first = order[0]
        snippet = src.snippet(prev_end, first.lo)
        if snippet.strip().strip("?"):
            r = _handle_post_comment(ctx, prev_end, first.lo, snippet, children)
            if r is not None:
                prev_end = r
    for i, item in enumerate(order):
        handle_comment = False  # use_try_shorthand is off; comments are handled unless tries
        snippet = src.snippet(item.lo, item.hi)
        handle_comment = not all(c == "?" for c in snippet.strip())
        if handle_comment and src.contains_comment(prev_end, item.lo):
            pre = _trim_tries(src.snippet(prev_end, item.lo))
            pc, _ = extract_pre_comment(pre)
            if pc:
                c = ChainItem(COMMENT, prev_end, item.lo)
                c.text = pc
                children.append(c)
        prev_end = item.hi
        children.append(item)
        if not handle_comment or i == len(order) - 1:
            continue
        nxt = order[i + 1].lo
        if src.contains_comment(prev_end, nxt):
            r = _handle_post_comment(ctx, prev_end, nxt, src.snippet(prev_end, nxt), children)
            if r is not None:
                prev_end = r
    return parent, children


def _is_block_like(ctx: Ctx, item: ChainItem, reps: str) -> bool:
    if item.kind != PARENT or item.expr is None:
        return False
    return is_block_expr(ctx, item.expr, reps)


def is_block_expr(ctx: Ctx, e: ast.Expr, repr_: str) -> bool:
    while True:
        if isinstance(
            e,
            ast.MacCallExpr | ast.CallExpr | ast.MethodCallExpr | ast.ArrayExpr | ast.StructExpr
            | ast.WhileExpr | ast.IfExpr | ast.BlockExpr | ast.ConstBlockExpr | ast.GenBlockExpr
            | ast.LoopExpr | ast.ForLoopExpr | ast.TryBlockExpr | ast.MatchExpr,
        ):
            return "\n" in repr_
        if isinstance(e, ast.ParenExpr | ast.UnaryExpr | ast.TryExpr):
            e = e.expr
        elif isinstance(e, ast.BinaryExpr):
            e = e.rhs
        elif isinstance(e, ast.IndexExpr):
            e = e.index
        elif isinstance(e, ast.YieldExpr) and e.expr is not None:
            e = e.expr
        elif isinstance(e, ast.ClosureExpr):
            e = e.body
        elif isinstance(e, ast.LitExpr):
            from ferric.fmt.text import trimmed_last_line_width

            return "\n" in repr_ and trimmed_last_line_width(repr_) <= TAB_SPACES
        else:
            return False


def rewrite_chain(ctx: Ctx, e: ast.Expr, shape: Shape) -> str | None:
    parent, children = _build_chain(ctx, e)
    if not children:
        return parent.rewrite(ctx, shape)
    n_children_total = len(children)
    # format_root
    root = parent.rewrite(ctx, shape)
    if root is None:
        return None
    root_ends_with_block = _is_block_like(ctx, parent, root)
    tab_width = max(0, TAB_SPACES - shape.offset)
    while blen(root) <= tab_width and "\n" not in root:
        item = children[0]
        if item.is_comment():
            break
        s = shape.offset_left(blen(root))
        if s is None:
            return None
        r = item.rewrite(ctx, s)
        if r is None:
            break
        root += r
        root_ends_with_block = last_line_extendable(root)
        children = children[1:]
        if not children:
            break
    if not children:
        return wrap_str(root, shape)
    rewrites = [root]
    # child_shape
    child_shape = (shape.block_indent(0) if root_ends_with_block else shape.block_indent(TAB_SPACES)).with_max_width()
    for item in children[:-1]:
        r = item.rewrite(ctx, child_shape)
        if r is None:
            return None
        rewrites.append(r)
    # format_last_child
    last = children[-1]
    extendable = last_line_extendable(rewrites[0])
    prev_llw = last_line_width(rewrites[0])
    if extendable:
        almost_total = prev_llw + last.tries
    else:
        almost_total = sum(uwidth(r) for r in rewrites) + last.tries
    width = shape.width if n_children_total == 1 else min(shape.width, CHAIN_WIDTH)
    one_line_budget = max(0, width - almost_total)
    all_in_one_line = (
        not any(c.is_comment() for c in children)
        and all("\n" not in r for r in rewrites)
        and one_line_budget > 0
    )
    fits_single_line = False
    if all_in_one_line:
        last_shape = shape.sub_width(last.tries)
    elif extendable:
        last_shape = child_shape.sub_width(last.tries)
    else:
        last_shape = child_shape.sub_width(shape.rhs_overhead() + last.tries)
    if last_shape is None:
        return None
    last_str: str | None = None
    if all_in_one_line or extendable:
        ols = last_shape.offset_left(almost_total)
        if ols is not None:
            rw = last.rewrite(ctx, ols)
            if rw is not None:
                line_count = rw.count("\n") + 1
                could_fit = first_line_width(rw) <= one_line_budget
                if could_fit and line_count >= 5:
                    last_str = rw
                    fits_single_line = all_in_one_line
                else:
                    ls2 = child_shape.sub_width(shape.rhs_overhead() + last.tries)
                    if ls2 is None:
                        return None
                    new_rw = last.rewrite(ctx, ls2)
                    if new_rw is not None and not could_fit:
                        last_str = new_rw
                    elif new_rw is not None and new_rw.count("\n") + 1 >= line_count:
                        last_str = rw
                        fits_single_line = could_fit and all_in_one_line
                    elif new_rw is not None:
                        last_str = new_rw
                    else:
                        last_str = rw
                        fits_single_line = could_fit and all_in_one_line
    if last_str is None:
        last_str = last.rewrite(ctx, last_shape)
        if last_str is None:
            return None
    rewrites.append(last_str)
    # join_rewrites
    if fits_single_line:
        connector = ""
    else:
        if ctx.force_one_line_chain:
            return None
        connector = child_shape.to_string_with_newline()
    result = rewrites[0]
    for r, item in zip(rewrites[1:], children, strict=False):
        if item.kind == COMMENT and item.comment_back:
            result += " "
        else:
            result += connector
        result += r
    return wrap_str(result, shape)
