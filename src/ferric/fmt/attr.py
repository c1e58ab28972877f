"""Attributes (rustfmt's `attr.rs`): doc comments kept as written but re-indented, runs of
`#[derive(...)]` merged into one, other attributes formatted as meta items (`path`,
`path = lit`, `path(list, ...)` laid out like a call) when their arguments are meta-item
syntax, and kept verbatim otherwise.
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt.comment import recover_missing_comment_in_span, rewrite_comment
from ferric.fmt.config import ATTR_FN_LIKE_WIDTH, TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Shape
from ferric.fmt.text import blen, count_newlines
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.tokentree import Delimited, TokenTree


def outer_attrs(attrs: ast.Attrs) -> list[ast.Attribute]:
    return [a for a in attrs if a.style is ast.AttrStyle.OUTER]


def is_doc(a: ast.Attribute) -> bool:
    return isinstance(a.kind, ast.DocComment)


# -- meta items ----------------------------------------------------------------------------------


class Meta:
    """A meta item: `path`, `path = lit` (`value` is the literal token), or `path(items)`
    (`items` is a list of `Meta` or literal tokens)."""

    __slots__ = ("close", "hi", "items", "lo", "open", "path", "path_hi", "value")

    def __init__(self, path: list[Token], lo: int, hi: int) -> None:
        self.path = path
        self.lo = lo
        self.hi = hi
        self.path_hi = hi
        self.value: Token | None = None
        self.items: list[Meta | Token] | None = None
        self.open = lo
        self.close = hi


def _parse_meta_path(toks: list[TokenTree], i: int) -> tuple[list[Token], int] | None:
    path: list[Token] = []
    n = len(toks)
    if i < n and isinstance(toks[i], Token) and toks[i].kind is TokenKind.PATH_SEP:  # type: ignore[union-attr]
        path.append(toks[i])  # type: ignore[arg-type]
        i += 1
    while i < n:
        t = toks[i]
        if not isinstance(t, Token) or t.kind is not TokenKind.IDENT:
            return None
        path.append(t)
        i += 1
        if i < n and isinstance(toks[i], Token) and toks[i].kind is TokenKind.PATH_SEP:  # type: ignore[union-attr]
            path.append(toks[i])  # type: ignore[arg-type]
            i += 1
            continue
        return path, i
    return None


def _is_lit(t: TokenTree) -> bool:
    return isinstance(t, Token) and (
        t.kind is TokenKind.LITERAL or (t.kind is TokenKind.IDENT and t.text in ("true", "false") and not t.raw)
    )


def _parse_meta_list(toks: tuple[TokenTree, ...]) -> list[Meta | Token] | None:
    items: list[Meta | Token] = []
    i = 0
    lst = list(toks)
    n = len(lst)
    while i < n:
        t = lst[i]
        if _is_lit(t) and (i + 1 == n or _is_comma(lst[i + 1])):
            assert isinstance(t, Token)
            items.append(t)
            i += 1
        else:
            r = _parse_meta(lst, i)
            if r is None:
                return None
            m, i = r
            items.append(m)
        if i < n:
            if not _is_comma(lst[i]):
                return None
            i += 1
    return items


def _is_comma(t: TokenTree) -> bool:
    return isinstance(t, Token) and t.kind is TokenKind.COMMA


def _parse_meta(toks: list[TokenTree], i: int) -> tuple[Meta, int] | None:
    r = _parse_meta_path(toks, i)
    if r is None:
        return None
    path, i = r
    lo = path[0].span.lo
    m = Meta(path, lo, path[-1].span.hi)
    n = len(toks)
    if i < n:
        t = toks[i]
        if isinstance(t, Token) and t.kind is TokenKind.EQ:
            if i + 1 < n and _is_lit(toks[i + 1]):
                lit = toks[i + 1]
                assert isinstance(lit, Token)
                m.value = lit
                m.hi = lit.span.hi
                return m, i + 2
            return None
        if isinstance(t, Delimited) and t.open.kind is TokenKind.OPEN_PAREN:
            items = _parse_meta_list(t.trees)
            if items is None:
                return None
            m.items = items
            m.open = t.open.span.lo
            m.close = t.close.span.hi
            m.hi = t.close.span.hi
            return m, i + 1
    return m, i


def attr_meta(a: ast.Attribute) -> Meta | None:
    k = a.kind
    if not isinstance(k, ast.NormalAttr):
        return None
    segs: list[Token] = []
    m = Meta(segs, k.path.span.lo, k.path.span.hi)
    args = k.args
    if args is None:
        return m
    if isinstance(args, ast.AttrEq):
        e = args.expr
        if isinstance(e, ast.LitExpr):
            m.value = Token(TokenKind.LITERAL, "", e.span)
            m.hi = e.span.hi
            return m
        return None
    if args.delim is not ast.Delimiter.PAREN:
        return None
    items = _parse_meta_list(args.tokens)
    if items is None:
        return None
    m.items = items
    m.open = args.open_span.lo
    m.close = args.close_span.hi
    m.hi = args.close_span.hi
    return m


def _meta_path_str(ctx: Ctx, m: Meta) -> str:
    if not m.path:
        return ctx.snippet(m.lo, m.path_hi)
    return "".join(t.text if t.kind is TokenKind.PATH_SEP else ctx.snippet(t.span.lo, t.span.hi) for t in m.path)


def rewrite_meta(ctx: Ctx, m: Meta, shape: Shape) -> str | None:
    from ferric.fmt.expr import span_ends_with_comma

    path = _meta_path_str(ctx, m)
    if m.value is not None:
        v = ctx.snippet(m.value.span.lo, m.value.span.hi)
        return f"{path} = {v}"
    if m.items is None:
        return path
    s = shape.sub_width(1)
    if s is None:
        return None
    trailing = span_ends_with_comma(ctx, m.lo, m.hi)
    items = [_meta_item(x) for x in m.items]
    return overflow.rewrite_with_parens(
        ctx, path, items, s, m.lo, m.hi, ATTR_FN_LIKE_WIDTH,
        L.SEP_ALWAYS if trailing else L.SEP_NEVER,
    )


def _meta_item(x: Meta | Token) -> overflow.OItem:
    if isinstance(x, Meta):
        return overflow.OItem(overflow.META, x, x.lo, x.hi)
    return overflow.OItem(overflow.META, x, x.span.lo, x.span.hi)


def rewrite_meta_inner(ctx: Ctx, x: Meta | Token, shape: Shape) -> str | None:
    if isinstance(x, Meta):
        return rewrite_meta(ctx, x, shape)
    from ferric.fmt.text import wrap_str

    return wrap_str(ctx.snippet(x.span.lo, x.span.hi), shape)


def meta_is_simple(x: Meta | Token) -> bool:
    if isinstance(x, Token):
        return True
    return x.value is None and x.items is None


def meta_is_item(x: Meta | Token) -> bool:
    return isinstance(x, Meta)


# -- attributes ----------------------------------------------------------------------------------


def rewrite_attr(ctx: Ctx, a: ast.Attribute, shape: Shape) -> str | None:
    snippet = ctx.snippet(a.span.lo, a.span.hi)
    if is_doc(a):
        return rewrite_comment(snippet, False, shape.comment(), True)
    prefix = "#!" if a.style is ast.AttrStyle.INNER else "#"
    if ctx.src.contains_comment(a.span.lo, a.span.hi):
        return snippet
    m = attr_meta(a)
    if m is None:
        return snippet
    s = shape.offset_left(len(prefix) + 1)
    if s is None:
        return None
    rw = rewrite_meta(ctx, m, s)
    if rw is None:
        return snippet
    k = a.kind
    if isinstance(k, ast.NormalAttr) and k.unsafe:
        return f"{prefix}[unsafe({rw})]"
    return f"{prefix}[{rw}]"


def _is_derive(a: ast.Attribute) -> bool:
    k = a.kind
    return (
        isinstance(k, ast.NormalAttr)
        and len(k.path.segments) == 1
        and k.path.segments[0].ident.name == "derive"
    )


def _take_while(ctx: Ctx, attrs: list[ast.Attribute], pred: object) -> int:
    n = 0
    for i, a in enumerate(attrs):
        if pred(a):  # type: ignore[operator]
            n += 1
        else:
            break
        if i + 1 < len(attrs):
            snippet = ctx.snippet(a.span.hi, attrs[i + 1].span.lo)
            if count_newlines(snippet) >= 2 or "/" in snippet:
                break
    return n


def _newlines_before_after_comment(comment: str) -> tuple[str, str]:
    begin = comment.find("/")
    ln = begin if begin >= 0 else len(comment)
    mlb = count_newlines(comment[:ln]) > 1
    if begin < 0:
        mla = mlb
    else:
        tail = len(comment) - len(comment.rstrip())
        mla = comment[len(comment) - tail :].count("\n") > 1
    return ("\n" if mlb else "", "\n" if mla else "")


def _format_derive(ctx: Ctx, derives: list[ast.Attribute], shape: Shape) -> str | None:
    all_items: list[L.ListItem] = []
    for d in derives:
        m = attr_meta(d)
        if m is None or m.items is None:
            return None
        spans = [(x.lo, x.hi) if isinstance(x, Meta) else (x.span.lo, x.span.hi) for x in m.items]
        lo = ctx.src.span_after(d.span.lo, d.span.hi, "(")
        all_items.extend(
            L.itemize_list(ctx, spans, ")", ",", lambda s: s[0], lambda s: s[1], lambda s: ctx.snippet(s[0], s[1]), lo, d.span.hi)
        )
    prefix = "#!" if derives[0].style is ast.AttrStyle.INNER else "#"
    arg_shape = shape.block_indent(TAB_SPACES).with_max_width()
    ol = shape.offset_left(len("[derive()]") + len(prefix))
    ol = ol.sub_width(3) if ol is not None else None
    if ol is None:
        return None
    tactic = L.definitive_tactic(all_items, L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, arg_shape.width)
    fmt = L.ListFormatting(arg_shape, tactic=tactic, trailing_separator=L.SEP_ALWAYS, ends_with_newline=False)
    item_str = L.write_list(all_items, fmt)
    if item_str is None:
        return None
    nested = "\n" in item_str or blen(item_str) > ol.width
    result = prefix + "[derive("
    if nested:
        result += arg_shape.indent.to_string_with_newline() + item_str + shape.indent.to_string_with_newline()
    elif item_str.endswith(","):
        result += item_str[:-1]
    else:
        result += item_str
    return result + ")]"


def rewrite_attrs(ctx: Ctx, attrs: list[ast.Attribute], shape: Shape) -> str | None:
    """A list of attributes, one per line (rustfmt's `[ast::Attribute]::rewrite`)."""
    if not attrs:
        return ""
    result = ""
    rest = attrs
    while rest:
        n_doc = _take_while(ctx, rest, is_doc)
        if n_doc:
            snippet = "\n".join(ctx.snippet(a.span.lo, a.span.hi) for a in rest[:n_doc])
            dc = rewrite_comment(snippet, False, shape.comment(), True)
            if dc is None:
                return None
            result += dc
            if n_doc < len(rest):
                lo, hi = rest[n_doc - 1].span.hi, rest[n_doc].span.lo
                mla, mlb = _newlines_before_after_comment(ctx.snippet(lo, hi))
                c = recover_missing_comment_in_span(ctx, lo, hi, shape.with_max_width(), 0)
                if c is None:
                    return None
                result += ("\n" + mlb) if not c else (mla + c + "\n" + mlb)
                result += shape.indent.to_string()
            rest = rest[n_doc:]
            continue
        if _is_derive(rest[0]):
            n = _take_while(ctx, rest, _is_derive)
            d = _format_derive(ctx, rest[:n], shape)
            if d is None:
                return None
            result += d
        else:
            n = 1
            r = rewrite_attr(ctx, rest[0], shape)
            if r is None:
                return None
            result += r
        if n < len(rest):
            lo, hi = rest[n - 1].span.hi, rest[n].span.lo
            c = recover_missing_comment_in_span(ctx, lo, hi, shape.with_max_width(), 0)
            if c is None:
                return None
            result += c
            if is_doc(rest[n]):
                result += _newlines_before_after_comment(ctx.snippet(lo, hi))[1]
            result += "\n" + shape.indent.to_string()
        rest = rest[n:]
    return result
