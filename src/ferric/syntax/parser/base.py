"""The parser's core: the token cursor, expected-token bookkeeping and rustc-style errors.

The parser reads a flat, balanced token stream (token trees flattened by
`ferric.syntax.tokentree.flatten`, ending in EOF). Construct-specific parsing lives in the
sibling modules (`path`, `ty`, `pat`, `expr`, `stmt`, `item`, `attr`), stacked as classes on
top of `ParserBase` so each can call the others.

Errors. A construct that cannot continue raises `PError` carrying a not-yet-emitted
`Diagnostic` (rustc's `PResult::Err`); recovery points (statements in a block, items in a
module, fields, arms) catch it, emit it, skip to a synchronising token and go on, so one run
reports several errors as rustc does. Errors that need no unwinding are emitted directly.

"Expected one of ..." messages are built as rustc builds them: every `check*` of a token
that fails records the token's description in `expected`; `bump` clears it; the message
lists the recorded descriptions sorted by their text.

Invariant: `token` is the current token, `prev_token` the last one consumed; the stream
always ends with EOF and the parser never moves past it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import (
    PUNCT_TEXT,
    RESERVED_KEYWORDS,
    SPLITS,
    STRICT_KEYWORDS,
    Token,
    TokenKind,
)
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parse_sess import ParseSess

TK = TokenKind
T = TypeVar("T")


class PError(Exception):
    """A parse error not yet emitted; the nearest recovery point emits it."""

    def __init__(self, diag: Diagnostic | None) -> None:
        super().__init__(diag.message if diag is not None else "(already reported)")
        self.diag = diag
        """None when the error was already emitted (the catcher only recovers)."""


# Restrictions on what an expression may be (rustc's `Restrictions`).
STMT_EXPR = 1
"""Statement position: a block-like expression ends the statement."""
NO_STRUCT_LITERAL = 2
"""`if`/`while`/`match`/`for` heads: `Path {` starts the block, not a struct literal."""
CONST_EXPR = 4
"""Inside generic arguments: `>` ends the expression."""
ALLOW_LET = 8
"""`let` is allowed here (conditions of `if`/`while`, `&&` chains in them)."""
IN_IF_GUARD = 16
IS_PAT = 32

_USED_KEYWORDS_2021 = STRICT_KEYWORDS
_RESERVED_2021 = (RESERVED_KEYWORDS - {"gen"}) | {"try"}

# Descriptions used in "expected one of ..." lists (rustc's TokenType::to_string).
OPERATOR = "an operator"
IDENT = "identifier"
LIFETIME = "lifetime"
PATH = "path"
TYPE = "type"
CONST = "a const expression"

_TT: dict[TokenKind, str] = {k: f"`{v}`" for k, v in PUNCT_TEXT.items()}
_TT[TK.EOF] = "<eof>"


def token_to_string(tok: Token) -> str:
    """The token as rustc's pretty-printer writes it."""
    kind = tok.kind
    if kind is TK.IDENT:
        return ("r#" + tok.text) if tok.raw else tok.text
    if kind is TK.EOF:
        return "<eof>"
    return tok.text


_NT_DESCR = {
    "expr": "expression",
    "expr_2021": "expression",
    "ty": "type",
    "pat": "pattern",
    "pat_param": "pattern",
    "item": "item",
    "stmt": "statement",
    "block": "block",
    "path": "path",
    "vis": "visibility",
    "meta": "meta item",
}


def token_descr(tok: Token) -> str:
    """How rustc names a found token in messages: "`x`", "keyword `fn`", "`<eof>`"…"""
    if tok.kind is TK.INTERPOLATED:
        nt = nonterminal(tok)
        kind = nt.kind if nt is not None else "expr"
        return f"{_NT_DESCR.get(kind, kind)} `{_nt_text(tok)}`"
    if tok.kind is TK.EOF and tok.text:
        return tok.text  # an end that names itself: "end of macro arguments"
    s = token_to_string(tok)
    if tok.kind is TK.IDENT and not tok.raw:
        if tok.text == "_":
            return f"reserved identifier `{s}`"
        if tok.text in _USED_KEYWORDS_2021:
            return f"keyword `{s}`"
        if tok.text in _RESERVED_2021:
            return f"reserved keyword `{s}`"
    if tok.kind is TK.DOC_COMMENT:
        return f"doc comment `{s}`"
    return f"`{s}`"


def _nt_text(tok: Token) -> str:
    """The pretty-printed fragment of an INTERPOLATED token (for messages)."""
    from ferric.syntax import printer

    nt = nonterminal(tok)
    if nt is None:
        return tok.text
    node = nt.node
    try:
        if nt.kind in ("expr", "expr_2021"):
            return printer.print_expr(node)  # type: ignore[arg-type]
        if nt.kind == "ty":
            return printer.print_ty(node)  # type: ignore[arg-type]
        if nt.kind in ("pat", "pat_param"):
            return printer.print_pat(node)  # type: ignore[arg-type]
        if nt.kind == "path":
            return printer.print_path(node)  # type: ignore[arg-type]
    except Exception:  # a message must never fail
        return nt.kind
    return nt.kind


def nt_kind(tok: Token) -> str | None:
    """The fragment kind of an INTERPOLATED token, else None."""
    nt = nonterminal(tok)
    return nt.kind if nt is not None else None


def tokens_to_string(expected: list[str]) -> str:
    """`a`, `a` or `b`, `a`, `b`, or `c` — rustc's list formatting."""
    n = len(expected)
    if n == 1:
        return expected[0]
    if n == 2:
        return f"{expected[0]} or {expected[1]}"
    return ", ".join(expected[:-1]) + ", or " + expected[-1]


def is_keyword(tok: Token) -> bool:
    """A used (strict) keyword, not raw."""
    return tok.kind is TK.IDENT and not tok.raw and tok.text in _USED_KEYWORDS_2021


_RESERVED_IDENTS = _USED_KEYWORDS_2021 | _RESERVED_2021 | {"_"}


def is_reserved_ident(tok: Token) -> bool:
    """Cannot be an identifier without `r#`: used and reserved keywords, and `_`."""
    return tok.kind is TK.IDENT and not tok.raw and tok.text in _RESERVED_IDENTS


def is_path_segment_keyword(tok: Token) -> bool:
    return tok.kind is TK.IDENT and not tok.raw and tok.text in ("self", "Self", "super", "crate")


def is_plain_ident(tok: Token) -> bool:
    """An identifier usable as a name: not a reserved word (raw identifiers always are)."""
    return tok.kind is TK.IDENT and (tok.raw or tok.text not in _RESERVED_IDENTS)


_EXPR_START_KEYWORDS = frozenset(
    ["async", "move", "return", "true", "unsafe", "while", "yield", "break", "const", "continue", "false", "for", "if", "let", "loop", "match", "self", "Self", "super", "crate", "do", "gen", "try", "static"]
)
_EXPR_START_PUNCT = frozenset(
    {
        TK.OPEN_PAREN,
        TK.OPEN_BRACKET,
        TK.OPEN_BRACE,
        TK.LITERAL,
        TK.NOT,
        TK.MINUS,
        TK.STAR,
        TK.OR,
        TK.OR_OR,
        TK.AND,
        TK.AND_AND,
        TK.DOT_DOT,
        TK.DOT_DOT_DOT,
        TK.DOT_DOT_EQ,
        TK.LT,
        TK.SHL,
        TK.PATH_SEP,
        TK.LIFETIME,
        TK.POUND,
    }
)


def can_begin_expr(tok: Token) -> bool:
    """rustc's `Token::can_begin_expr`."""
    kind = tok.kind
    if kind is TK.INTERPOLATED:
        return nt_kind(tok) in ("expr", "expr_2021", "block", "path", "literal")
    if kind is TK.IDENT:
        return tok.raw or not is_reserved_ident(tok) or tok.text in _EXPR_START_KEYWORDS
    return kind in _EXPR_START_PUNCT


_TYPE_START_PUNCT = frozenset(
    {
        TK.OPEN_PAREN,
        TK.OPEN_BRACKET,
        TK.NOT,
        TK.STAR,
        TK.AND,
        TK.AND_AND,
        TK.QUESTION,
        TK.LIFETIME,
        TK.LT,
        TK.SHL,
        TK.PATH_SEP,
    }
)
_TYPE_START_KEYWORDS = frozenset(["_", "for", "unsafe", "extern", "fn", "impl", "dyn", "self", "Self", "super", "crate"])


def can_begin_type(tok: Token) -> bool:
    """rustc's `Token::can_begin_type`."""
    if tok.kind is TK.INTERPOLATED:
        return nt_kind(tok) in ("ty", "path")
    if tok.kind is TK.IDENT:
        return tok.raw or not is_reserved_ident(tok) or tok.text in _TYPE_START_KEYWORDS
    return tok.kind in _TYPE_START_PUNCT


_ITEM_START_KEYWORDS = frozenset(
    ["use", "pub", "fn", "struct", "enum", "union", "trait", "impl", "mod", "type", "const", "static", "extern", "unsafe", "async", "macro_rules", "auto", "default", "safe"]
)


def can_begin_item(tok: Token) -> bool:
    return tok.kind is TK.IDENT and not tok.raw and tok.text in _ITEM_START_KEYWORDS


class ParserBase:
    """Token cursor and error machinery. Construct parsers are layered on top."""

    def __init__(self, psess: ParseSess, tokens: list[Token]) -> None:
        assert tokens and tokens[-1].kind is TK.EOF
        self.psess = psess
        self.dcx = psess.dcx
        self._ids = psess.ids
        self.toks = tokens
        self.pos = 1
        """Index in `toks` of the token after `token` (when no split is pending)."""
        self.token: Token = tokens[0]
        self.prev_token: Token = Token(TK.EOF, "", DUMMY_SP)
        self.pending: list[Token] = []
        """Halves of tokens split by `split_token`, read (from the end) before `toks[pos]`."""
        self.expected: list[str] = []
        self.restrictions = 0
        self.last_unexpected_token_span: Span | None = None
        self.ambiguous_block_expr: dict[int, Span] = {}
        """A block-like statement followed by an operator that could also start an
        expression (`if c {} + x`): the operator's position → the block's span (rustc's
        `ambiguous_block_expr_parse`, for "parentheses are required")."""
        self.deferred_errors: list[Diagnostic] = []
        """Errors rustc reports in AST validation, after parsing: emitted at the end of
        a parse that did not abort."""

    # -- the cursor -----------------------------------------------------------------------------

    def bump(self) -> None:
        """Consume the current token (never moves past EOF)."""
        self.prev_token = self.token
        if self.pending:
            self.token = self.pending.pop()
        else:
            try:
                self.token = self.toks[self.pos]
                self.pos += 1
            except IndexError:
                pass  # at EOF (the last token): stay there
        if self.expected:
            self.expected = []

    def look_ahead(self, n: int) -> Token:
        """The token `n` positions ahead (0 is the current token); EOF past the end."""
        if n == 0:
            return self.token
        pending = self.pending
        if pending:
            if n <= len(pending):
                return pending[-n]
            n -= len(pending)
        i = self.pos + n - 1
        toks = self.toks
        return toks[i] if i < len(toks) else toks[-1]

    def split_token(self) -> None:
        """Split the current glued token in two (`>>` into `>` `>`); the first becomes current."""
        tok = self.token
        first_kind, second_kind = SPLITS[tok.kind]
        first_text = PUNCT_TEXT[first_kind]
        cut = tok.span.lo + len(first_text)
        first = Token(first_kind, first_text, Span(tok.span.lo, cut, tok.span.ctxt), True)
        second = Token(second_kind, PUNCT_TEXT[second_kind], Span(cut, tok.span.hi, tok.span.ctxt), tok.joint)
        self.token = first
        self.pending.append(second)

    def seek(self, index: int) -> None:
        """Continue reading at `toks[index]`, forgetting any split token and expectations
        (macro matching parses fragments from the middle of an argument stream)."""
        self.token = self.toks[index]
        self.pos = index + 1
        self.pending = []
        self.expected = []
        self.restrictions = 0

    # -- speculative parsing -------------------------------------------------------------------

    def snapshot(self) -> tuple[object, ...]:
        return (
            self.pos,
            self.token,
            self.prev_token,
            list(self.pending),
            list(self.expected),
            self.restrictions,
            self.dcx.snapshot(),
            len(self.deferred_errors),
        )

    def restore(self, snap: tuple[object, ...]) -> None:
        pos, token, prev, pending, expected, restrictions, dsnap, ndeferred = snap
        self.pos = pos  # type: ignore[assignment]
        self.token = token  # type: ignore[assignment]
        self.prev_token = prev  # type: ignore[assignment]
        self.pending = list(pending)  # type: ignore[call-overload]
        self.expected = list(expected)  # type: ignore[call-overload]
        self.restrictions = restrictions  # type: ignore[assignment]
        self.dcx.rollback(dsnap)  # type: ignore[arg-type]
        assert isinstance(ndeferred, int)
        del self.deferred_errors[ndeferred:]

    # -- checking -----------------------------------------------------------------------------

    def check(self, kind: TokenKind) -> bool:
        if self.token.kind is kind:
            return True
        self.expected.append(_TT[kind])
        return False

    def eat(self, kind: TokenKind) -> bool:
        if self.token.kind is kind:
            self.bump()
            return True
        self.expected.append(_TT[kind])
        return False

    def check_keyword(self, kw: str) -> bool:
        tok = self.token
        if tok.kind is TK.IDENT and tok.text == kw and not tok.raw:
            return True
        self.expected.append(f"`{kw}`")
        return False

    def eat_keyword(self, kw: str) -> bool:
        tok = self.token
        if tok.kind is TK.IDENT and tok.text == kw and not tok.raw:
            self.bump()
            return True
        self.expected.append(f"`{kw}`")
        return False

    def is_kw(self, kw: str, n: int = 0) -> bool:
        """The token `n` ahead is keyword `kw` (no expected-token bookkeeping)."""
        tok = self.look_ahead(n) if n else self.token
        return tok.kind is TK.IDENT and tok.text == kw and not tok.raw

    def is_block_start(self) -> bool:
        """A block starts here: `{`, or a `$b:block` fragment from a macro."""
        tok = self.token
        return tok.kind is TK.OPEN_BRACE or (tok.kind is TK.INTERPOLATED and nt_kind(tok) == "block")

    def check_ident(self) -> bool:
        if is_plain_ident(self.token):
            return True
        self.expected.append(IDENT)
        return False

    def check_path(self) -> bool:
        tok = self.token
        if tok.kind is TK.PATH_SEP or tok.kind is TK.LT or tok.kind is TK.SHL or nt_kind(tok) == "path":
            return True
        if tok.kind is TK.IDENT and (is_plain_ident(tok) or is_path_segment_keyword(tok)):
            return True
        self.expected.append(PATH)
        return False

    def check_type(self) -> bool:
        if can_begin_type(self.token):
            return True
        self.expected.append(TYPE)
        return False

    def check_lifetime(self) -> bool:
        if self.token.kind is TK.LIFETIME:
            return True
        self.expected.append(LIFETIME)
        return False

    def check_const_arg(self) -> bool:
        tok = self.token
        if tok.kind in (TK.OPEN_BRACE, TK.LITERAL, TK.MINUS) or tok.is_ident("true") or tok.is_ident("false"):
            return True
        self.expected.append(CONST)
        return False

    # Glued tokens that the grammar sometimes needs split.

    def check_plus(self) -> bool:
        if self.token.kind is TK.PLUS or self.token.kind is TK.PLUS_EQ:
            return True
        self.expected.append("`+`")
        return False

    def eat_plus(self) -> bool:
        k = self.token.kind
        if k is TK.PLUS:
            self.bump()
            return True
        if k is TK.PLUS_EQ:
            # `+=` in bounds: split is not in SPLITS' table (rare); treat as `+` then `=`.
            tok = self.token
            first = Token(TK.PLUS, "+", Span(tok.span.lo, tok.span.lo + 1, tok.span.ctxt), True)
            second = Token(TK.EQ, "=", Span(tok.span.lo + 1, tok.span.hi, tok.span.ctxt), tok.joint)
            self.token = first
            self.pending.append(second)
            self.bump()
            return True
        self.expected.append("`+`")
        return False

    def _eat_split(self, want: TokenKind, glued: tuple[TokenKind, ...]) -> bool:
        k = self.token.kind
        if k is want:
            self.bump()
            return True
        if k in glued:
            self.split_token()
            self.bump()
            return True
        self.expected.append(_TT[want])
        return False

    def eat_lt(self) -> bool:
        return self._eat_split(TK.LT, (TK.SHL, TK.LE, TK.SHL_EQ, TK.L_ARROW))

    def check_lt(self) -> bool:
        k = self.token.kind
        if k is TK.LT or k is TK.SHL or k is TK.LE or k is TK.SHL_EQ or k is TK.L_ARROW:
            return True
        self.expected.append("`<`")
        return False

    def eat_gt(self) -> bool:
        return self._eat_split(TK.GT, (TK.SHR, TK.GE, TK.SHR_EQ))

    def check_gt(self) -> bool:
        k = self.token.kind
        if k is TK.GT or k is TK.SHR or k is TK.GE or k is TK.SHR_EQ:
            return True
        self.expected.append("`>`")
        return False

    def expect_gt(self) -> None:
        if not self.eat_gt():
            self.unexpected()

    def eat_and(self) -> bool:
        return self._eat_split(TK.AND, (TK.AND_AND, TK.AND_EQ))

    def check_and(self) -> bool:
        k = self.token.kind
        if k is TK.AND or k is TK.AND_AND:
            return True
        self.expected.append("`&`")
        return False

    def eat_or(self) -> bool:
        return self._eat_split(TK.OR, (TK.OR_OR, TK.OR_EQ))

    def check_or(self) -> bool:
        k = self.token.kind
        if k is TK.OR or k is TK.OR_OR:
            return True
        self.expected.append("`|`")
        return False

    def eat_colon_of_path_sep(self) -> bool:
        return self._eat_split(TK.COLON, (TK.PATH_SEP,))

    # -- expecting ----------------------------------------------------------------------------

    def expect(self, kind: TokenKind) -> None:
        """Consume `kind` or raise rustc's "expected `X`, found `Y`"."""
        if self.token.kind is kind:
            self.bump()
            return
        self.expected_one_of_not_found([kind], [])

    def expect_keyword(self, kw: str) -> None:
        if not self.eat_keyword(kw):
            self.unexpected()

    def expect_one_of(self, edible: list[TokenKind], inedible: list[TokenKind]) -> bool:
        """Consume one of `edible`, or stop before one of `inedible` (returns False), or
        report the error. Returns True when it recovered from an error (already emitted)."""
        k = self.token.kind
        if k in edible:
            self.bump()
            return False
        if k in inedible:
            return False
        return self.expected_one_of_not_found(edible, inedible)

    def expect_semi(self) -> None:
        if self.token.kind is TK.SEMI:
            self.bump()
            return
        self.expected_one_of_not_found([TK.SEMI], [])

    def unexpected(self) -> None:
        """Raise an error about the current token, listing what was expected."""
        self.expected_one_of_not_found([], [])

    def expected_one_of_not_found(self, edible: list[TokenKind], inedible: list[TokenKind]) -> bool:
        """rustc's `expected_one_of_not_found`. Raises `PError`, except for a missing `;`
        before a new line that starts something plausible: that is emitted and recovered
        (returns True), as rustc does."""
        expected = sorted(set([_TT[k] for k in edible] + [_TT[k] for k in inedible] + self.expected))
        tok = self.token
        prev = self.prev_token
        sm = self.psess.source_map

        def multiline(a: Span, b: Span) -> bool:
            """Some line break between the end of `a` and the start of `b`."""
            if b.lo <= a.hi:
                return False
            text = sm.snippet(Span(a.hi, b.lo))
            return text is None or "\n" in text

        if "`;`" in expected and not tok.span.is_dummy and not prev.span.is_dummy and multiline(prev.span, tok.span):
            if tok.kind in (TK.COMMA, TK.COLON) and prev.kind is TK.CLOSE_PAREN:
                pass
            elif tok.kind in (TK.COMMA, TK.COLON) and (
                (nxt := self.look_ahead(1)).kind is TK.CLOSE_BRACE or (can_begin_expr(nxt) and nxt.kind is not TK.COLON)
            ):
                d = Diagnostic.error(f"expected `;`, found {token_descr(tok)}", tok.span)
                d.with_suggestion("change this to `;`", [(tok.span, ";")], style="hide_inline")
                self.dcx.emit(d)
                self.bump()
                return True
            elif (
                tok.kind is TK.CLOSE_BRACE
                or ((can_begin_expr(tok) or can_begin_item(tok)) and tok.kind is not TK.SEMI and tok.kind is not TK.POUND)
                or tok.kind is TK.POUND
            ) and "`,`" not in expected:
                sp = prev.span.shrink_to_hi()
                d = Diagnostic.error(f"expected `;`, found {token_descr(tok)}", sp)
                d.with_label(tok.span, "unexpected token")
                d.with_suggestion("add `;` here", [(sp, ";")], style="hide_inline")
                self.dcx.emit(d)
                return True

        expect = tokens_to_string(expected) if expected else ""
        actual = token_descr(tok)
        if len(expected) > 1:
            msg = f"expected one of {expect}, found {actual}"
            short = f"{len(expected)} possible tokens" if len(expected) > 6 else expect
            label_sp, label = prev.span.shrink_to_hi(), f"expected one of {short}"
        elif not expected:
            msg = f"unexpected token: {actual}"
            label_sp, label = prev.span, "unexpected token after this"
        else:
            msg = f"expected {expect}, found {actual}"
            label_sp, label = prev.span.shrink_to_hi(), f"expected {expect}"
        self.last_unexpected_token_span = tok.span
        d = Diagnostic.error(msg)
        sp = prev.span if tok.kind is TK.EOF else label_sp
        lo, hi = min(sp.lo, tok.span.hi), max(sp.lo, tok.span.hi)
        between = sm.snippet(Span(lo, hi))
        if prev.span.is_dummy or (between is not None and "\n" not in between):
            d.with_primary(tok.span, label)
        else:
            d.with_label(sp, label)
            d.with_primary(tok.span, "unexpected token")
        if tok.kind is TK.DOC_COMMENT and "`,`" not in expected:
            self._doc_comment_meant_as_comment(d)
        self._misspelled_keyword_help(d, expected)
        raise PError(d)

    def _doc_comment_meant_as_comment(self, d: Diagnostic) -> None:
        """A doc comment where code goes was probably a comment (`x /// y` meant `x // / y`):
        rustc suggests a space after its first two characters. Not in lists, where the doc
        comment more likely documents the next element after a missing `,`."""
        text = self.token.text
        inner = text.startswith("//!") or text.startswith("/*!")
        what = "`!`" if inner else ("the last `/`" if text.startswith("//") else "the last `*`")
        pos = self.token.span.lo + 2
        d.with_suggestion(
            f"add a space before {what} to write a regular comment",
            [(self.token.span.with_lo(pos).with_hi(pos), " ")],
            Applicability.MAYBE_INCORRECT,
            style="normal",
        )

    def _misspelled_keyword_help(self, d: Diagnostic, expected: list[str]) -> None:
        tok = self.token
        if tok.kind is not TK.IDENT:
            return
        kws = [e[1:-1] for e in expected if e.startswith("`") and e[1:-1].isidentifier() and e[1:-1] in STRICT_KEYWORDS | {"union", "auto", "default", "macro_rules", "raw", "safe"}]
        name = tok.text
        for kw in kws:
            if name != kw and _similar(name.lower(), kw):
                d.with_suggestion(
                    f"there is a keyword `{kw}` with a similar name",
                    [(tok.span, kw)],
                    Applicability.MACHINE_APPLICABLE,
                )
                return

    # -- errors -------------------------------------------------------------------------------

    def error(self, message: str, span: Span | None = None, code: str | None = None) -> Diagnostic:
        """A new error diagnostic at `span` (default: the current token)."""
        return Diagnostic.error(message, self.token.span if span is None else span, code)

    def emit(self, diag: Diagnostic) -> None:
        self.dcx.emit(diag)

    def fresh_id(self) -> int:
        return next(self._ids)

    # -- recovery -----------------------------------------------------------------------------

    def skip_token_tree(self) -> None:
        """Consume the current token, or the whole delimited group it opens."""
        k = self.token.kind
        if k is TK.OPEN_PAREN or k is TK.OPEN_BRACKET or k is TK.OPEN_BRACE:
            depth = 0
            while True:
                k = self.token.kind
                if k is TK.OPEN_PAREN or k is TK.OPEN_BRACKET or k is TK.OPEN_BRACE:
                    depth += 1
                elif k is TK.CLOSE_PAREN or k is TK.CLOSE_BRACKET or k is TK.CLOSE_BRACE:
                    depth -= 1
                elif k is TK.EOF:
                    return
                self.bump()
                if depth == 0:
                    return
        elif k is not TK.EOF:
            self.bump()

    def recover_stmt(self, break_on_semi: bool = False, break_on_block: bool = False, break_on_comma: bool = False) -> None:
        """Skip tokens after an error (rustc's `recover_stmt_`). By default this goes to the
        `}` that closes the enclosing block (not consumed); with `break_on_semi` it stops
        after a `;` at this level; with `break_on_block` after a block at this level."""
        brace_depth = 0
        bracket_depth = 0
        in_block = False
        while True:
            k = self.token.kind
            if k is TK.OPEN_BRACE:
                brace_depth += 1
                self.bump()
                if break_on_block and brace_depth == 1 and bracket_depth == 0:
                    in_block = True
            elif k is TK.OPEN_BRACKET:
                bracket_depth += 1
                self.bump()
            elif k is TK.CLOSE_BRACE:
                if brace_depth == 0:
                    return
                brace_depth -= 1
                self.bump()
                if in_block and bracket_depth == 0 and brace_depth == 0:
                    return
            elif k is TK.CLOSE_BRACKET:
                bracket_depth = max(0, bracket_depth - 1)
                self.bump()
            elif k is TK.EOF:
                return
            elif k is TK.SEMI:
                self.bump()
                if break_on_semi and brace_depth == 0 and bracket_depth == 0:
                    return
            elif k is TK.COMMA and break_on_comma and brace_depth == 0 and bracket_depth == 0:
                return
            else:
                self.bump()

    def parse_comma_seq(
        self, close: TokenKind, elem: Callable[[], T], alt_close: TokenKind | None = None, started: bool = False
    ) -> tuple[list[T], bool]:
        """Elements separated by `,` up to `close` (not consumed), trailing comma allowed;
        returns (elements, ended with a comma). A missing `,` is reported and, when the next
        element parses, recovered from (rustc's `parse_seq_to_before_tokens`). With
        `started`, one element was already parsed by the caller."""
        v: list[T] = []
        first = not started
        trailing = False
        while True:
            k = self.token.kind
            if k is close or (alt_close is not None and k is alt_close):
                break
            self.expected.append(_TT[close])
            if k is TK.EOF or k is TK.CLOSE_PAREN or k is TK.CLOSE_BRACKET or k is TK.CLOSE_BRACE:
                break
            if first:
                first = False
            else:
                if not self.eat(TK.COMMA):
                    try:
                        self.expected_one_of_not_found([TK.COMMA], [])
                        break  # a recovered missing `;` (cannot happen for `,`)
                    except PError as expect_err:
                        sp = self.prev_token.span.shrink_to_hi()
                        if self.token.kind in (TK.DOT, TK.LT, TK.SEMI):
                            self.bump()
                        try:
                            t = elem()
                        except PError:
                            if self.token.kind is TK.COLON or close is TK.CLOSE_PAREN:
                                raise expect_err from None
                            assert expect_err.diag is not None
                            self.emit(expect_err.diag)
                            break
                        assert expect_err.diag is not None
                        expect_err.diag.with_suggestion("missing `,`", [(sp, ",")], style="hide_inline")
                        self.emit(expect_err.diag)
                        v.append(t)
                        trailing = False
                        continue
                trailing = True
                k = self.token.kind
                if k is close or (alt_close is not None and k is alt_close):
                    break
            v.append(elem())
            trailing = False
        return v, trailing

    def consume_block_to_close(self) -> None:
        """Skip to the `}` closing the current block and consume it."""
        self.recover_stmt()
        if self.token.kind is TK.CLOSE_BRACE:
            self.bump()

    def mk_ident(self, tok: Token) -> ast.Ident:
        return ast.Ident(name=tok.text, span=tok.span)

    def mk_lifetime(self, tok: Token) -> ast.Lifetime:
        """The lifetime written as token `tok` (`'a`)."""
        return ast.Lifetime(ident=ast.Ident(name=tok.text, span=tok.span), id=self.fresh_id())


def _similar(a: str, b: str) -> bool:
    """Edit distance at most one third of the longer word (rustc's `find_best_match_for_name`
    heuristic for keywords)."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 3:
        return False
    dist = _edit_distance(a, b)
    return dist <= max(1, max(len(a), len(b)) // 3)


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class PathStyle:
    """How generic arguments may appear in a path (rustc's `PathStyle`)."""

    EXPR = 0
    """`a::b::<T>` — arguments need the turbofish."""
    PAT = 1
    TYPE = 2
    """`a::b<T>` — `<` starts arguments directly; `Fn(A) -> B` sugar allowed."""
    MOD = 3
    """`a::b` — no arguments (visibility, `use`, attribute and macro paths)."""


class ParserStubs(ParserBase):
    """Declarations of the construct parsers' entry points, so each module can call the
    others; the real implementations are in the sibling modules."""

    def parse_outer_attributes(self) -> ast.Attrs:
        raise NotImplementedError

    def parse_stmt_without_recovery(self) -> ast.Stmt | None:
        raise NotImplementedError

    def parse_inner_attributes(self) -> ast.Attrs:
        raise NotImplementedError

    def parse_path(self, style: int) -> ast.Path:
        raise NotImplementedError

    def parse_qpath(self, style: int) -> tuple[ast.QSelf, ast.Path]:
        raise NotImplementedError

    def parse_ident(self) -> ast.Ident:
        raise NotImplementedError

    def parse_delim_args(self) -> ast.DelimArgs:
        raise NotImplementedError

    def parse_ty(self) -> ast.Ty:
        raise NotImplementedError

    def parse_ty_no_plus(self) -> ast.Ty:
        raise NotImplementedError

    def parse_ret_ty(self, allow_plus: bool = True) -> ast.FnRetTy:
        raise NotImplementedError

    def parse_generic_bounds(self) -> tuple[ast.GenericBound, ...]:
        raise NotImplementedError

    def parse_generics(self) -> ast.Generics:
        raise NotImplementedError

    def parse_where_clause(self) -> ast.WhereClause:
        raise NotImplementedError

    def parse_late_bound_lifetime_defs(self) -> tuple[ast.GenericParam, ...]:
        raise NotImplementedError

    def parse_pat_allow_top_alt(self) -> ast.Pat:
        raise NotImplementedError

    def parse_pat_no_top_alt(self) -> ast.Pat:
        raise NotImplementedError

    def parse_expr(self) -> ast.Expr:
        raise NotImplementedError

    def parse_expr_res(self, restrictions: int) -> ast.Expr:
        raise NotImplementedError

    def parse_expr_anon_const(self) -> ast.AnonConst:
        raise NotImplementedError

    def parse_literal_maybe_minus(self) -> ast.Expr:
        raise NotImplementedError

    def parse_block_expr_const(self) -> ast.Expr:
        raise NotImplementedError

    def parse_block(self) -> ast.Block:
        raise NotImplementedError

    def parse_block_with_inner_attrs(self) -> tuple[ast.Block, ast.Attrs]:
        raise NotImplementedError

    def parse_fn_decl(self, req_name: bool, allow_self: bool = False) -> ast.FnDecl:
        raise NotImplementedError

    def parse_item(self) -> ast.Item | None:
        raise NotImplementedError
