"""Token streams back to source text, and the output buffer the AST printer writes into.

Input → output: token trees (macro arguments, attribute arguments, `macro_rules!` bodies) →
text that re-lexes to the same tokens. Spacing follows each token's `joint` flag (written
with no space after it when the source had none), except that a space is always put where
two tokens printed side by side would lex differently: `-` `>` (not `->`), `/` `/` (not a
comment), `r` `#` `x` (not a raw identifier), `1` `.` `0` (not a float), `1.` `.` (not `1`
`..`), two words. A line doc comment always ends its line. In `breaking` mode a brace group
holding `;`-separated statements is laid out one statement per line, so macro_rules bodies
and item macros read like code.

Also here: how identifiers, lifetimes and literals are spelled (`ident_text`,
`lifetime_text`, `lit_text`), shared with the AST printer and the AST dumper.

Invariant: the tokens are never changed, only the whitespace between them (and `Token`
equality ignores `joint`, so re-lexing gives equal tokens).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ferric.lexer.token import (
    KEYWORDS_2021,
    PATH_SEGMENT_KEYWORDS,
    PUNCT_TEXT,
    TEXT_PUNCT,
    Lit,
    LitKind,
    Token,
    TokenKind,
)
from ferric.syntax import ast
from ferric.syntax.tokentree import Delimited, TokenTree

INDENT = "    "
MAX_INDENT_DEPTH = 100
"""Nesting past which lines are indented no further: 20,000 nested blocks would otherwise
need gigabytes of leading spaces (indentation carries no meaning in Rust)."""
_T = TypeVar("_T")


def print_tokens(trees: Sequence[TokenTree]) -> str:
    """Token trees back to text on one line (a line doc comment ends its line), spaced by
    each token's `joint` flag; re-lexing the text gives the same tokens."""
    w = Writer()
    w.tokens(trees, breaking=False)
    return w.text()


def ident_text(name: str) -> str:
    """How an identifier is written: `r#` before keywords that may be raw."""
    if name in KEYWORDS_2021 and name not in PATH_SEGMENT_KEYWORDS:
        return "r#" + name
    return name


def lifetime_text(name: str) -> str:
    """How a lifetime or label (`name` includes the quote) is written."""
    bare = name[1:]
    if bare in KEYWORDS_2021 and bare not in PATH_SEGMENT_KEYWORDS and bare != "static":
        return "'r#" + bare
    return name


def lit_text(lit: Lit) -> str:
    """A literal as written: quotes, prefix, hashes and suffix around its symbol."""
    s = lit.symbol
    h = "#" * lit.n_hashes
    kind = lit.kind
    if kind is LitKind.CHAR:
        body = f"'{s}'"
    elif kind is LitKind.BYTE:
        body = f"b'{s}'"
    elif kind is LitKind.STR:
        body = f'"{s}"'
    elif kind is LitKind.STR_RAW:
        body = f'r{h}"{s}"{h}'
    elif kind is LitKind.BYTE_STR:
        body = f'b"{s}"'
    elif kind is LitKind.BYTE_STR_RAW:
        body = f'br{h}"{s}"{h}'
    elif kind is LitKind.C_STR:
        body = f'c"{s}"'
    elif kind is LitKind.C_STR_RAW:
        body = f'cr{h}"{s}"{h}'
    else:  # BOOL, INTEGER, FLOAT, ERR
        body = s
    return body + (lit.suffix or "")


def token_text(tok: Token) -> str:
    """The source text of one token."""
    kind = tok.kind
    if kind is TokenKind.IDENT:
        return "r#" + tok.text if tok.raw else tok.text
    if kind is TokenKind.LIFETIME:
        if tok.raw and not tok.text.startswith("'r#"):
            return "'r#" + tok.text[1:]
        return tok.text
    if kind is TokenKind.LITERAL:
        if tok.text or tok.lit is None:
            return tok.text
        return lit_text(tok.lit)
    if kind is TokenKind.EOF:
        return ""
    return tok.text or PUNCT_TEXT.get(kind, "")


# -- token spacing -----------------------------------------------------------------------------

_WORDLIKE = frozenset({TokenKind.IDENT, TokenKind.LIFETIME, TokenKind.LITERAL})
_MAX_PUNCT = max(len(t) for t in TEXT_PUNCT)


_WORDLIKE = frozenset({TokenKind.IDENT, TokenKind.LIFETIME, TokenKind.LITERAL})
_MAX_PUNCT = max(len(t) for t in TEXT_PUNCT)


def _is_line_doc(tok: Token) -> bool:
    return tok.kind is TokenKind.DOC_COMMENT and tok.text.startswith("//")


def _glues(a: Token, at: str, b: Token, bt: str) -> bool:
    """Printing `at` immediately followed by `bt` would not lex back as these two tokens."""
    if not at or not bt:
        return False
    if a.kind in _WORDLIKE and b.kind in _WORDLIKE:
        return True
    if b.kind is TokenKind.DOC_COMMENT or a.kind is TokenKind.DOC_COMMENT:
        return True
    if a.kind is TokenKind.IDENT and bt[0] in "#\"'":
        return True  # `r#x`, `b"x"`, and 2021's reserved prefixes
    if a.kind is TokenKind.LITERAL and at.endswith("."):
        return True  # `1.` `.` would lex as `1` `..`
    if at[-1] == "/" and bt[0] in "/*":
        return True  # a comment would start
    if a.kind in _WORDLIKE or b.kind in _WORDLIKE:
        return False
    s = at + bt
    return any(s[:k] in TEXT_PUNCT for k in range(len(at) + 1, min(len(s), _MAX_PUNCT) + 1))


def _int_before_dot_digit(a: Token, b: Token, c: Token | None) -> bool:
    """`1` `.` `0` printed joint would lex as the float `1.0`."""
    return (
        a.kind is TokenKind.LITERAL
        and a.lit is not None
        and a.lit.kind is LitKind.INTEGER
        and a.lit.suffix is None
        and b.kind is TokenKind.DOT
        and c is not None
        and c.kind is TokenKind.LITERAL
        and token_text(c)[:1].isdigit()
    )


class Writer:
    """An output buffer with indentation, and the layout of token streams."""

    __slots__ = ("buf", "depth", "dot_hazard")

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.depth = 0
        self.dot_hazard = False
        """The last thing written is a float literal ending in `.` (`1.`)."""

    # -- output ---------------------------------------------------------------------------------

    def text(self) -> str:
        return "".join(self.buf)

    def w(self, s: str) -> None:
        if self.dot_hazard and s:
            if s[0] == "." or s[0] == "_" or s[0].isalnum():
                self.buf.append(" ")
            self.dot_hazard = False
        self.buf.append(s)

    def column(self) -> int:
        """The length of the line being written."""
        n = 0
        for piece in reversed(self.buf):
            i = piece.rfind("\n")
            if i >= 0:
                return n + len(piece) - i - 1
            n += len(piece)
        return n

    def nl(self) -> None:
        self.dot_hazard = False
        self.buf.append("\n" + INDENT * min(self.depth, MAX_INDENT_DEPTH))

    def commasep(self, xs: Sequence[_T], f: Callable[[_T], None]) -> None:
        """Write each of `xs` with `f`, separated by `, `."""
        for i, x in enumerate(xs):
            if i:
                self.w(", ")
            f(x)

    # -- token trees ------------------------------------------------------------------------------

    def delimited(
        self,
        delim: ast.Delimiter,
        trees: Sequence[TokenTree],
        *,
        breaking: bool,
        space_before_brace: bool,
    ) -> None:
        if delim is ast.Delimiter.BRACE:
            if space_before_brace:
                self.w(" ")
            if not trees:
                self.w("{}")
                return
            if breaking and _breaks(trees):
                self.w("{")
                self.depth += 1
                self.nl()
                self.tokens(trees, breaking=True, split=True)
                self.depth -= 1
                self.nl()
                self.w("}")
            else:
                self.w("{ ")
                self.tokens(trees, breaking=breaking)
                self.w(" }")
            return
        self.w(delim.value[0])
        self.tokens(trees, breaking=breaking)
        self.w(delim.value[1])

    def tokens(
        self,
        trees: Sequence[TokenTree],
        *,
        breaking: bool,
        split: bool = False,
        rules: bool = False,
    ) -> None:
        """Write a token stream. With `breaking`, a brace group that holds `;`-separated
        statements is laid out one statement per line (macro_rules bodies, item macros);
        `split`: `trees` is the inside of such a group (a line ends after each `;`).
        `rules`: these are the rules of a `macro_rules!`, whose `=> { ... }` bodies always
        get lines of their own (as rustfmt lays them out)."""
        prev: Token | None = None  # the last token written at this level (a closer for groups)
        prev_text = ""
        n = len(trees)
        for i, tt in enumerate(trees):
            if isinstance(tt, Delimited):
                first = tt.open
                ft = token_text(first)
            else:
                first = tt
                ft = token_text(tt)
            if prev is not None:
                if _is_line_doc(prev):
                    self.nl()
                elif not prev.joint or _glues(prev, prev_text, first, ft):
                    self.w(" ")
                elif not isinstance(tt, Delimited) and i + 1 < n:
                    nxt = trees[i + 1]
                    if isinstance(nxt, Token) and _int_before_dot_digit(prev, tt, nxt):
                        self.w(" ")
            if isinstance(tt, Delimited):
                force = (
                    rules
                    and prev is not None
                    and prev.kind is TokenKind.FAT_ARROW
                    and tt.open.kind is TokenKind.OPEN_BRACE
                    and bool(tt.trees)
                )
                self.token_group(tt, breaking=breaking, force=force)
                prev = tt.close
                prev_text = token_text(tt.close)
            else:
                self.w(ft)
                prev = tt
                prev_text = ft
                if (
                    split
                    and tt.kind is TokenKind.SEMI
                    and i + 1 < n
                    and not _is_repetition_op(trees[i + 1])
                ):
                    self.nl()
                    prev = None
        if prev is not None and _is_line_doc(prev):
            self.nl()

    def token_group(self, d: Delimited, *, breaking: bool, force: bool = False) -> None:
        delim = ast.Delimiter.of(d.open.kind)
        if force or (breaking and delim is ast.Delimiter.BRACE and _breaks(d.trees)):
            self.w("{")
            self.depth += 1
            self.nl()
            self.tokens(d.trees, breaking=True, split=True)
            self.depth -= 1
            self.nl()
            self.w("}")
            return
        self.w(token_text(d.open))
        if d.trees:
            first = d.trees[0]
            ftok = first.open if isinstance(first, Delimited) else first
            if not d.open.joint or _glues(d.open, token_text(d.open), ftok, token_text(ftok)):
                self.w(" ")
            self.tokens(d.trees, breaking=breaking)
            last = d.trees[-1]
            ltok = last.close if isinstance(last, Delimited) else last
            if _is_line_doc(ltok):
                pass  # `tokens` already broke the line
            elif not ltok.joint:
                self.w(" ")
        self.w(token_text(d.close))


def _is_repetition_op(tt: TokenTree) -> bool:
    return isinstance(tt, Token) and tt.kind in (TokenKind.STAR, TokenKind.PLUS, TokenKind.QUESTION)


def _breaks(trees: Sequence[TokenTree]) -> bool:
    """A brace group is laid out over several lines when it holds a `;` or a line doc
    comment at its top level, or a brace group that does (iteratively: trees can be deep)."""
    stack: list[Sequence[TokenTree]] = [trees]
    while stack:
        seq = stack.pop()
        for tt in seq:
            if isinstance(tt, Delimited):
                if tt.open.kind is TokenKind.OPEN_BRACE:
                    stack.append(tt.trees)
            elif tt.kind is TokenKind.SEMI or _is_line_doc(tt):
                return True
    return False
