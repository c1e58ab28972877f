"""Token streams printed as rustc prints them (`pprust::tts_to_string`), for `stringify!`.

Spacing rules (rustc 1.95): a token followed directly by the next one in the source
(`Token.joint`) is printed with no space after it; otherwise a space is printed unless
`space_between` says the pair reads better without one (`x.y`, `f(`, `a,`, `#[`, `$x`).
Inside parentheses and brackets no space follows the opener or precedes the closer; a
brace group keeps one inside when its opener was followed by whitespace (`{ a }`, `{a}`).
Comments are gone; doc comments become `#[doc = r"..."]`. Fragments a macro already
parsed (`$e:expr`) are printed from their source tokens. Long output is broken into lines
by the pretty printer (`pp`), as rustc does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast, get_args

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile, SourceMap
from ferric.lexer.token import KEYWORDS_2021, PATH_SEGMENT_KEYWORDS, TEXT_PUNCT, Token, TokenKind
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.token_printer import token_text
from ferric.syntax.tokentree import Delimited, TokenTree

from .pp import Printer

TK = TokenKind
INDENT_UNIT = 4
_PUNCT = frozenset(TEXT_PUNCT.values()) | {TK.DOLLAR}


@dataclass(slots=True)
class _Leaf:
    """A token to print, with its spacing (`joint`: nothing between it and the next)."""

    tok: Token
    joint: bool


@dataclass(slots=True)
class _Group:
    delim: TokenKind
    items: list[_Leaf | _Group]
    open_joint: bool
    close_joint: bool


_Item = _Leaf | _Group


def tts_to_string(trees: Sequence[TokenTree], source_map: SourceMap | None = None) -> str:
    """`stringify!(trees)`."""
    items = _items(list(trees), source_map)
    p = Printer()
    _print_items(p, items)
    return p.text()


# -- turning token trees into printable items --------------------------------------------------


def _doc_items(tok: Token) -> list[_Item]:
    """`/// text` as the tokens `# [doc = r"text"]` (`#![...]` for inner doc comments)."""
    text = tok.text
    inner = text.startswith(("//!", "/*!"))
    data = text[3:] if text.startswith(("///", "//!")) else text[3:-2]
    hashes = 0
    count = 0
    for c in data:
        count = 1 if c == '"' else count + 1 if c == "#" and count > 0 else 0
        hashes = max(hashes, count)
    h = "#" * hashes
    sp = tok.span
    lit = Token(TK.LITERAL, f'r{h}"{data}"{h}', sp)
    body: list[_Item] = [
        _Leaf(Token(TK.IDENT, "doc", sp), False),
        _Leaf(Token(TK.EQ, "=", sp), False),
        _Leaf(lit, False),
    ]
    out: list[_Item] = [_Leaf(Token(TK.POUND, "#", sp), True)]
    if inner:
        out.append(_Leaf(Token(TK.NOT, "!", sp), True))
    out.append(_Group(TK.OPEN_BRACKET, body, True, tok.joint))
    return out


def _nonterminal_items(tok: Token, source_map: SourceMap | None) -> list[_Item]:
    """A parsed fragment: its source tokens when the source map has them, else its AST
    printed (`ferric.syntax.printer`)."""
    nt = nonterminal(tok)
    node = nt.node if nt is not None else None
    span = getattr(node, "span", None)
    text = source_map.snippet(span) if source_map is not None and span is not None else None
    if text is not None and span is not None:
        from ferric.diag.ctxt import DiagCtxt
        from ferric.lexer.lexer import tokenize
        from ferric.syntax.tokentree import build_token_trees

        dcx = DiagCtxt()
        sf = SourceFile("<fragment>", text, span.lo)
        toks = tokenize(sf, dcx, 2021)
        if not dcx.has_errors:
            trees = build_token_trees(toks, dcx, sf)
            if not dcx.has_errors:
                items = _items(list(trees), source_map)
                if items:
                    _set_last_joint(items, tok.joint)
                return items
    printed = _print_node(node)
    return [_Leaf(Token(TK.IDENT, printed, tok.span), tok.joint)] if printed else []


def _print_node(node: object) -> str:
    """A fragment's AST printed (when its source text is not available)."""
    from ferric.syntax import ast
    from ferric.syntax import printer as pr

    if isinstance(node, ast.Path):
        return pr.print_path(node)
    if isinstance(node, ast.Block):
        return pr.print_block(node)
    if isinstance(node, get_args(ast.Expr)):
        return pr.print_expr(cast(ast.Expr, node))
    if isinstance(node, get_args(ast.Ty)):
        return pr.print_ty(cast(ast.Ty, node))
    if isinstance(node, get_args(ast.Pat)):
        return pr.print_pat(cast(ast.Pat, node))
    if isinstance(node, get_args(ast.Stmt)):
        return pr.print_stmt(cast(ast.Stmt, node))
    if isinstance(node, get_args(ast.Item)):
        return pr.print_item(cast(ast.Item, node))
    return ""


def _set_last_joint(items: list[_Item], joint: bool) -> None:
    last = items[-1]
    if isinstance(last, _Leaf):
        last.joint = joint
    else:
        last.close_joint = joint


def _items(trees: list[TokenTree], source_map: SourceMap | None) -> list[_Item]:
    """Iterative over nesting depth."""
    root: list[_Item] = []
    stack: list[tuple[list[TokenTree], int, list[_Item]]] = [(trees, 0, root)]
    while stack:
        seq, i, out = stack.pop()
        while i < len(seq):
            tt = seq[i]
            i += 1
            if isinstance(tt, Delimited):
                inner: list[_Item] = []
                out.append(_Group(tt.delim, inner, tt.open.joint, tt.close.joint))
                stack.append((seq, i, out))
                stack.append((list(tt.trees), 0, inner))
                break
            if tt.kind is TK.DOC_COMMENT:
                out.extend(_doc_items(tt))
            elif tt.kind is TK.INTERPOLATED:
                out.extend(_nonterminal_items(tt, source_map))
            elif tt.kind is not TK.EOF:
                out.append(_Leaf(tt, tt.joint))
    return root


# -- printing ----------------------------------------------------------------------------------


def _is_punct(item: _Item) -> bool:
    return isinstance(item, _Leaf) and item.tok.kind in _PUNCT


def space_between(a: _Item, b: _Item) -> bool:
    """rustc's `space_between` for two tokens separated by whitespace in the source."""
    if isinstance(a, _Leaf):
        k = a.tok.kind
        if k is TK.DOT and not _is_punct(b):
            return False
        if k is TK.DOLLAR and isinstance(b, _Leaf) and b.tok.kind is TK.IDENT:
            return False
        if k is TK.POUND and isinstance(b, _Group) and b.delim is TK.OPEN_BRACKET:
            return False
        if k is TK.IDENT and isinstance(b, _Group) and b.delim is TK.OPEN_PAREN:
            name = a.tok.text
            reserved = name in KEYWORDS_2021 or name in PATH_SEGMENT_KEYWORDS or name == "_"
            if not reserved or name in ("fn", "Self", "pub") or a.tok.raw:
                return False
    return not (
        isinstance(b, _Leaf) and b.tok.kind in (TK.COMMA, TK.SEMI, TK.DOT) and not _is_punct(a)
    )


def _joint_after(item: _Item) -> bool:
    return item.joint if isinstance(item, _Leaf) else item.close_joint


def _print_items(p: Printer, items: list[_Item]) -> None:
    """Iterative over nesting depth: a stack of (items, index, group being printed)."""
    stack: list[tuple[list[_Item], int, _Group | None]] = [(items, 0, None)]
    while stack:
        seq, i, group = stack.pop()
        descended = False
        while i < len(seq):
            item = seq[i]
            i += 1
            if isinstance(item, _Group):
                stack.append((seq, i, group))
                _open_group(p, item)
                stack.append((item.items, 0, item))
                descended = True
                break
            p.word(token_text(item.tok))
            _after(p, seq, i - 1)
        if descended:
            continue
        if group is not None:
            _close_group(p, group)
            parent_seq, parent_i, _ = stack[-1]
            _after(p, parent_seq, parent_i - 1)


def _after(p: Printer, seq: list[_Item], idx: int) -> None:
    """The space (or not) between `seq[idx]` and the item after it."""
    if idx + 1 < len(seq):
        cur = seq[idx]
        if not _joint_after(cur) and space_between(cur, seq[idx + 1]):
            p.space()


def _open_group(p: Printer, g: _Group) -> None:
    if g.delim is TK.OPEN_BRACE:
        p.cbox(INDENT_UNIT)
        p.word("{")
        if not g.open_joint and g.items:
            p.space()
        p.ibox(0)
    else:
        p.word("(" if g.delim is TK.OPEN_PAREN else "[")
        p.ibox(0)


def _close_group(p: Printer, g: _Group) -> None:
    p.end()
    if g.delim is TK.OPEN_BRACE:
        open_space = not g.open_joint and bool(g.items)
        if open_space:
            p.break_offset_if_not_bol(1, -INDENT_UNIT)
        p.word("}")
        p.end()
    else:
        p.word(")" if g.delim is TK.OPEN_PAREN else "]")


# -- spacing for other printers ----------------------------------------------------------------


def respaced_tokens(trees: Sequence[TokenTree]) -> tuple[TokenTree, ...]:
    """Copies of `trees` whose `joint` flags say where rustc's token printer puts no space,
    so a joint-following printer (`ferric.syntax.token_printer`) lays them out as rustc's
    expression printer does macro arguments."""
    out: list[TokenTree] = []
    seq = list(trees)
    n = len(seq)
    for i, tt in enumerate(seq):
        nxt = seq[i + 1] if i + 1 < n else None
        if isinstance(tt, Delimited):
            inner = list(respaced_tokens(tt.trees))
            brace = tt.delim is TK.OPEN_BRACE
            open_space = brace and not tt.open.joint and bool(inner)
            if inner:
                _set_tree_joint(inner, -1, not open_space)
            spaced = (
                nxt is not None
                and not tt.close.joint
                and space_between(_as_item(tt), _as_item(nxt))
            )
            opener = _copy(tt.open, joint=not open_space)
            closer = _copy(tt.close, joint=not spaced)
            out.append(Delimited(opener, closer, tuple(inner)))
        else:
            spaced = nxt is not None and not tt.joint and space_between(_as_item(tt), _as_item(nxt))
            out.append(_copy(tt, joint=not spaced))
    return tuple(out)


def _copy(tok: Token, *, joint: bool) -> Token:
    return Token(tok.kind, tok.text, tok.span, joint, tok.raw, tok.lit, tok.nt)


def _set_tree_joint(trees: list[TokenTree], index: int, joint: bool) -> None:
    tt = trees[index]
    if isinstance(tt, Delimited):
        trees[index] = Delimited(tt.open, _copy(tt.close, joint=joint), tt.trees)
    else:
        trees[index] = _copy(tt, joint=joint)


def _as_item(tt: TokenTree) -> _Item:
    if isinstance(tt, Delimited):
        return _Group(tt.delim, [], tt.open.joint, tt.close.joint)
    return _Leaf(tt, tt.joint)
