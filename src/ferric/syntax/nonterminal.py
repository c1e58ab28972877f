"""Macro fragments that were already parsed (`$e:expr`, `$t:ty`, ...).

When `macro_rules!` transcribes a fragment matched as `expr`, `ty`, `pat`, `pat_param`,
`item`, `stmt`, `block`, `path`, `vis` or `meta`, it substitutes a single INTERPOLATED token
whose `nt` is a `Nonterminal`. The parser accepts it wherever that kind of node may appear
and returns the node unchanged, so the fragment keeps its own precedence (rustc's
"invisible delimiters"). `ident`, `lifetime`, `literal` and `tt` fragments are substituted
as ordinary tokens.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.lexer.token import Token, TokenKind

NT_KINDS = frozenset({"expr", "expr_2021", "ty", "pat", "pat_param", "item", "stmt", "block", "path", "vis", "meta"})


@dataclass(frozen=True, slots=True)
class Nonterminal:
    kind: str
    """The fragment specifier it was matched with (one of `NT_KINDS`)."""
    node: object
    """The parsed AST node: Expr, Ty, Pat, Item, Stmt, Block, Path, Visibility, or
    NormalAttr (for `meta`)."""


def interpolated(kind: str, node: object, span: Span) -> Token:
    """The INTERPOLATED token standing for `node` (describing itself as `kind`)."""
    assert kind in NT_KINDS, kind
    return Token(TokenKind.INTERPOLATED, kind, span, False, False, None, Nonterminal(kind, node))


def nonterminal(tok: Token) -> Nonterminal | None:
    if tok.kind is TokenKind.INTERPOLATED and isinstance(tok.nt, Nonterminal):
        return tok.nt
    return None
