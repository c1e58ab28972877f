"""The lexer: the text of one source file -> tokens, with rustc's lexical diagnostics.

`tokenize(sf, dcx, edition)` returns every token of `sf` (whitespace and ordinary comments
dropped, doc comments kept as DOC_COMMENT tokens) followed by one EOF token with an empty
span at the end of the file. `lex` returns the same tokens with what the driver needs to
reproduce rustc's control flow (`LexOutput`): whether a fatal error stopped lexing and the
diagnostics rustc only emits after parsing.

How it is fast: a compiled master regex (`_MASTER`) splits a window of text into parts with
`findall`; each part is classified by its first character and turned into a token directly
for the common shapes (identifiers, punctuation, plain numbers and strings, line comments).
Everything unusual — quotes, prefixes (`r#`, `b"`), block comments, non-ASCII, escapes
other than `\\n \\r \\t \\\\ \\0 \\' \\"`, errors — is handed to the raw lexer (`raw.py`, a port of
rustc_lexer) one token at a time and then "cooked" here, exactly as rustc's
`rustc_parse::lexer` does. The regex marks such parts so they are never mistaken for a
plain token: they end in a character a plain token cannot end with.

Conventions (see also `token.py`):
* Spans are global: `sf.start_pos + offset`, offsets being Python string indices.
* `Token.joint` is True when the next token starts exactly where this one ends; never for
  the last token before EOF.
* Identifiers are NFC-normalised; raw identifiers and raw lifetimes have `raw=True` and
  their text without `r#` (`'r#a` has text `'a`).
* A literal the lexer reported an error for gets `LitKind.ERR` (symbol: its whole text
  without suffix, as rustc keeps it); later stages must stay silent about it.
* A character rustc replaces with its ASCII look-alike (U+FF1B `;`) becomes the token of
  that look-alike, with the ASCII text and the span of the Unicode character.
* A fatal error (unterminated literal or block comment, bad raw string) ends the token
  list there (EOF still at the end of the file); rustc aborts at that point.
* Invalid suffixes (`1abc`, `"x"y`) are not lexer errors: rustc reports them only where a
  literal is used as an expression or pattern (`literal.check_literal`).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.chars import escaped_char, is_id_start
from ferric.lexer.raw import LitShape, RawKind, RawStrError, RawToken, advance_token, strip_shebang
from ferric.lexer.token import Lit, LitKind, Token, TokenKind
from ferric.lexer.unescape import EscapeError, EscapeProblem, Mode, check
from ferric.lexer.unescape_diag import unescape_diagnostic
from ferric.lexer.unicode_chars import ASCII_ARRAY, INVISIBLE_CHARACTERS, UNICODE_ARRAY


@dataclass(slots=True)
class LexOutput:
    tokens: list[Token]
    """All tokens, ending with EOF."""
    fatal: bool = False
    """A fatal error stopped lexing: rustc reports it and aborts; do not parse."""
    fatal_pos: int = -1
    """Global position of the token whose fatal error stopped lexing (-1 when none)."""
    diagnostics: list[tuple[int, Diagnostic]] = field(default_factory=list)
    """Diagnostics in emission order, each with the global start of the token it is about
    (`lex` has already emitted them; `lex_collect` leaves that to the caller)."""
    deferred: list[Diagnostic] = field(default_factory=list)
    """Diagnostics rustc emits after parsing (identifiers with emoji, lifetimes starting
    with a digit, frontmatter): emit them once the file has been parsed."""


def tokenize(sf: SourceFile, dcx: DiagCtxt, edition: int = 2021) -> list[Token]:
    """Every token of `sf`, ending with EOF; diagnostics (deferred ones included) go to `dcx`."""
    out = lex(sf, dcx, edition)
    for d in out.deferred:
        dcx.emit(d)
    return out.tokens


def lex(sf: SourceFile, dcx: DiagCtxt, edition: int = 2021) -> LexOutput:
    """Tokenize `sf`, emitting lexical diagnostics to `dcx` (but not the deferred ones)."""
    out = lex_collect(sf, edition)
    for _, d in out.diagnostics:
        dcx.emit(d)
    return out


def lex_collect(sf: SourceFile, edition: int = 2021, *, fast: bool = True) -> LexOutput:
    """Tokenize `sf` without emitting anything. `fast=False` lexes every token through the
    raw lexer (for testing that both paths agree)."""
    lx = _Lexer(sf, edition, fast)
    enabled = gc.isenabled()
    gc.disable()  # tokens form no cycles; collecting while allocating them is pure overhead
    try:
        lx.run()
    finally:
        if enabled:
            gc.enable()
    lx.finish()
    return lx.out


# -- the fast path ------------------------------------------------------------------------------

_SUFFIX = r"(?:[A-Za-z_][A-Za-z0-9_]*+)?"
_FRAC = r"(?:\.(?![.A-Za-z_]|[^\x00-\x7f])(?:[0-9][0-9_]*+(?:[eE][+-]?[0-9_]*+)?)?|[eE][+-]?[0-9_]*+)?"
_MARK = r"(?:[^\x00-\x7f]|\.[^\x00-\x7f])?"
_WS = "\t\n\x0b\x0c\r "
_MASTER = re.compile(
    r"[\t\n\x0b\x0c\r ]*+(?:"
    r"[A-Za-z_][A-Za-z0-9_]*+(?:[#\"']|[^\x00-\x7f])?"
    r"|(?:0b_*+[0-9][0-9_]*+"
    + _FRAC
    + r"|0o_*+[0-9][0-9_]*+"
    + _FRAC
    + r"|0x_*+[0-9a-fA-F][0-9a-fA-F_]*+"
    + _FRAC
    + r"|0[box]_*+|[0-9][0-9_]*+"
    + _FRAC
    + r")"
    + _SUFFIX
    + _MARK
    + r"|\"(?:[^\"\\\r]|\\[nrt\\0'\"])*+\""
    + _SUFFIX
    + r"[^\x00-\x7f]?"
    r"|'(?:[\x00-\x08\x0b\x0c\x0e-\x26\x28-\x5b\x5d-\x7f]|\\[nrt\\0'\"])'" + _SUFFIX + r"[^\x00-\x7f]?"
    r"|'[A-Za-z_][A-Za-z0-9_]*+(?:[#']|[^\x00-\x7f])?"
    r"|//[^\n]*+"
    r"|/\*"
    r"|<<=|>>=|\.\.\.|\.\.=|::|->|=>|==|!=|<=|>=|<-|&&|\|\||<<|>>|\.\.|[-+*/%^&|]="
    r"|[;,.(){}\[\]@#~?:$=!<>\-&|+*/^%]"
    r"|.)"
    r"|[\t\n\x0b\x0c\r ]++",
    re.S,
)
_PUNCT_RE = re.compile(
    r"<<=|>>=|\.\.\.|\.\.=|::|->|=>|==|!=|<=|>=|<-|&&|\|\||<<|>>|\.\.|[-+*/%^&|]="
    r"|[;,.(){}\[\]@#~?:$=!<>\-&|+*/^%]"
)

_C_SLOW, _C_PUNCT, _C_IDENT, _C_NUM, _C_STR, _C_SLASH, _C_QUOTE = range(7)
_CLASS: dict[str, int] = {}
for _c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_":
    _CLASS[_c] = _C_IDENT
for _c in "0123456789":
    _CLASS[_c] = _C_NUM
for _c in ";,.(){}[]@#~?:$=!<>-&|+*^%":
    _CLASS[_c] = _C_PUNCT
_CLASS['"'] = _C_STR
_CLASS["/"] = _C_SLASH
_CLASS["'"] = _C_QUOTE

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789")
_NUM_END = _ALNUM | frozenset(".+-")
_QUOTE_END = _ALNUM | frozenset("'")
_WINDOW = 16384
_SMALL_WINDOW = 256

# fmt: off
_TEXT_PUNCT: dict[str, TokenKind] = {
    "(": TokenKind.OPEN_PAREN, ")": TokenKind.CLOSE_PAREN, "[": TokenKind.OPEN_BRACKET,
    "]": TokenKind.CLOSE_BRACKET, "{": TokenKind.OPEN_BRACE, "}": TokenKind.CLOSE_BRACE,
    "=": TokenKind.EQ, "<": TokenKind.LT, "<=": TokenKind.LE, "==": TokenKind.EQ_EQ,
    "!=": TokenKind.NE, ">=": TokenKind.GE, ">": TokenKind.GT, "&&": TokenKind.AND_AND,
    "||": TokenKind.OR_OR, "!": TokenKind.NOT, "~": TokenKind.TILDE, "+": TokenKind.PLUS,
    "-": TokenKind.MINUS, "*": TokenKind.STAR, "/": TokenKind.SLASH, "%": TokenKind.PERCENT,
    "^": TokenKind.CARET, "&": TokenKind.AND, "|": TokenKind.OR, "<<": TokenKind.SHL,
    ">>": TokenKind.SHR, "+=": TokenKind.PLUS_EQ, "-=": TokenKind.MINUS_EQ,
    "*=": TokenKind.STAR_EQ, "/=": TokenKind.SLASH_EQ, "%=": TokenKind.PERCENT_EQ,
    "^=": TokenKind.CARET_EQ, "&=": TokenKind.AND_EQ, "|=": TokenKind.OR_EQ,
    "<<=": TokenKind.SHL_EQ, ">>=": TokenKind.SHR_EQ, "@": TokenKind.AT, ".": TokenKind.DOT,
    "..": TokenKind.DOT_DOT, "...": TokenKind.DOT_DOT_DOT, "..=": TokenKind.DOT_DOT_EQ,
    ",": TokenKind.COMMA, ";": TokenKind.SEMI, ":": TokenKind.COLON, "::": TokenKind.PATH_SEP,
    "->": TokenKind.R_ARROW, "<-": TokenKind.L_ARROW, "=>": TokenKind.FAT_ARROW,
    "#": TokenKind.POUND, "$": TokenKind.DOLLAR, "?": TokenKind.QUESTION,
}
# fmt: on

_LIT_OF_SHAPE: dict[LitShape, tuple[LitKind, Mode | None, int, int]] = {
    # shape: (kind, escape mode, prefix length, postfix length) (raw: plus n_hashes each)
    LitShape.CHAR: (LitKind.CHAR, Mode.CHAR, 1, 1),
    LitShape.BYTE: (LitKind.BYTE, Mode.BYTE, 2, 1),
    LitShape.STR: (LitKind.STR, Mode.STR, 1, 1),
    LitShape.BYTE_STR: (LitKind.BYTE_STR, Mode.BYTE_STR, 2, 1),
    LitShape.C_STR: (LitKind.C_STR, Mode.C_STR, 2, 1),
    LitShape.RAW_STR: (LitKind.STR_RAW, Mode.RAW_STR, 2, 1),
    LitShape.RAW_BYTE_STR: (LitKind.BYTE_STR_RAW, Mode.RAW_BYTE_STR, 3, 1),
    LitShape.RAW_C_STR: (LitKind.C_STR_RAW, Mode.RAW_C_STR, 3, 1),
    LitShape.INT: (LitKind.INTEGER, None, 0, 0),
    LitShape.FLOAT: (LitKind.FLOAT, None, 0, 0),
}

_CANNOT_BE_RAW = frozenset({"_", "self", "Self", "super", "crate"})
_UNTERMINATED: dict[LitShape, tuple[str, str, int]] = {
    # shape: (message, code, offset of the span start from the literal start)
    LitShape.CHAR: ("unterminated character literal", "E0762", 0),
    LitShape.BYTE: ("unterminated byte constant", "E0763", 1),
    LitShape.STR: ("unterminated double quote string", "E0765", 0),
    LitShape.BYTE_STR: ("unterminated double quote byte string", "E0766", 1),
    LitShape.C_STR: ("unterminated C string", "E0767", 1),
}
_RESETS_LAST_LIFETIME = frozenset(
    {TokenKind.SEMI, TokenKind.CLOSE_PAREN, TokenKind.CLOSE_BRACE, TokenKind.CLOSE_BRACKET}
)

_tuple_new = tuple.__new__
# `Span` is a NamedTuple: building it with `tuple.__new__` skips the generated `__new__`.


def _span(lo: int, hi: int) -> Span:
    """`Span(lo, hi)`, built the fast way."""
    return _tuple_new(Span, (lo, hi, 0))


_DUMMY = Token(TokenKind.EOF, "", Span(0, 0))
"""Stands for "no previous token" in the fast loop (its `joint` flag is never read)."""


def _nfc(s: str) -> str:
    if s.isascii() or unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", s)


class _Lexer:
    """State of one tokenization (rustc's `Lexer`); `run` fills `out`."""

    __slots__ = (
        "bad_idents",
        "base",
        "edition",
        "fast",
        "lt_cache",
        "nbsp_is_whitespace",
        "out",
        "pos",
        "prev",
        "prev_hi",
        "rdq_cache",
        "text",
        "tokens",
    )

    def __init__(self, sf: SourceFile, edition: int, fast: bool) -> None:
        self.text = sf.text
        self.base = sf.start_pos
        self.edition = edition
        self.fast = fast
        self.tokens: list[Token] = []
        self.out = LexOutput(self.tokens)
        self.nbsp_is_whitespace = False
        self.bad_idents: dict[str, list[Span]] = {}
        self.prev: Token | None = None
        self.prev_hi = -1
        self.pos = 0
        self.lt_cache: tuple[int, int | None, int] = (0, None, 0)
        self.rdq_cache: tuple[int, int] = (-1, -1)

    # -- driver ---------------------------------------------------------------------------------

    def run(self) -> None:
        text = self.text
        pos = 1 if text.startswith("\ufeff") else 0
        pos += strip_shebang(text[pos:]) if text.startswith("#!", pos) else 0
        self.pos = self._frontmatter(pos)
        if self.fast and self.edition < 2024:
            self._run_fast()
        else:
            self._run_slow()

    def finish(self) -> None:
        n = len(self.text)
        self.tokens.append(Token(TokenKind.EOF, "", _span(self.base + n, self.base + n)))
        for name, spans in self.bad_idents.items():
            self.out.deferred.append(_emoji_ident_diag(name, spans, self))

    def _run_slow(self) -> None:
        n = len(self.text)
        pos = self.pos
        while pos < n and not self.out.fatal:
            pos = self._slow(pos)

    def _run_fast(self) -> None:
        text = self.text
        n = len(text)
        base = self.base
        tokens = self.tokens
        append = tokens.append
        findall = _MASTER.findall
        classes = _CLASS
        punct = _TEXT_PUNCT
        alnum = _ALNUM
        num_end = _NUM_END
        ws = _WS
        quote_end = _QUOTE_END
        Tok = Token
        tnew = _tuple_new
        IDENT, LITERAL, LIFETIME = TokenKind.IDENT, TokenKind.LITERAL, TokenKind.LIFETIME
        STR, CHAR = LitKind.STR, LitKind.CHAR
        C_IDENT, C_NUM, C_STR, C_SLASH, C_QUOTE = (
            _C_IDENT,
            _C_NUM,
            _C_STR,
            _C_SLASH,
            _C_QUOTE,
        )
        cook_number = self._cook_number
        out = self.out
        pos = self.pos
        # `prev` is the last token pushed; `prev_end` its end (local offset) for jointness.
        prev: Token = self.prev if self.prev is not None else _DUMMY
        prev_end = self.prev_hi - base
        win = _WINDOW
        while pos < n:
            # A window of text is split into parts at once. Its last part may be cut short
            # by the window's end, so it is left for the next window (which starts there).
            wend = pos + win
            win = _WINDOW
            parts = findall(text, pos, wend)
            if wend < n:
                if len(parts) <= 1:
                    win = (wend - pos) * 4  # one token longer than the window: widen it
                    continue
                parts.pop()
            it = iter(parts)
            for part in it:
                end = pos + len(part)
                c = part[0]
                if c in ws:
                    # Parts carry the whitespace before their token.
                    stripped = part.lstrip(ws)
                    if not stripped:
                        pos = end
                        continue
                    pos = end - len(stripped)
                    part = stripped
                    c = part[0]
                sp = tnew(Span, (base + pos, base + end, 0))
                kind = punct.get(part)
                if kind is not None:
                    tok = Tok(kind, part, sp)
                    if pos == prev_end:
                        prev.joint = True
                    append(tok)
                    prev = tok
                    prev_end = pos = end
                    continue
                cls = classes.get(c, 0)
                if cls == C_IDENT and part[-1] in alnum:
                    tok = Tok(IDENT, part, sp)
                elif cls == C_NUM and part[-1] in num_end:
                    tok = cook_number(part, pos, sp)
                elif cls == C_STR and len(part) > 1 and (part[-1] == '"' or part[-1] in alnum):
                    # (a lone `"` or a non-ASCII tail goes to the slow path)
                    if part[-1] == '"':
                        lit = Lit(STR, part[1:-1])
                    else:
                        q = part.rindex('"')
                        suffix = part[q + 1 :]
                        if suffix == "_":
                            self._underscore_suffix(pos + q + 1, end)
                            lit = Lit(STR, part[1:q])
                        else:
                            lit = Lit(STR, part[1:q], suffix)
                    tok = Tok(LITERAL, part, sp, False, False, lit)
                elif (
                    cls == C_QUOTE
                    and len(part) > 2
                    and (part[1] == "\\" or part[2] == "'")
                    and part[-1] in quote_end
                ):
                    # A char literal: `'x'` or `'\\n'`, maybe with a suffix.
                    q = 3 if part[1] == "\\" else 2
                    suffix = part[q + 1 :] or None
                    if suffix == "_":
                        self._underscore_suffix(pos + q + 1, end)
                        suffix = None
                    tok = Tok(LITERAL, part, sp, False, False, Lit(CHAR, part[1:q], suffix))
                elif cls == C_QUOTE and len(part) > 1 and part[-1] in alnum:
                    tok = Tok(LIFETIME, part, sp)
                elif cls == C_SLASH and part[1:2] == "/":
                    if len(part) > 2 and (part[2] == "!" or (part[2] == "/" and part[3:4] != "/")):
                        tok = self._doc_comment(pos, end, part, False)
                    else:
                        pos = end
                        continue
                else:
                    # The slow path: one raw token, then re-align with the parts.
                    self.prev, self.prev_hi = prev, base + prev_end
                    target = self._slow(pos)
                    prev = self.prev if self.prev is not None else _DUMMY
                    prev_end = self.prev_hi - base
                    if out.fatal:
                        return
                    q = end
                    if q < target:
                        for p2 in it:
                            q += len(p2)
                            if q >= target:
                                break
                    pos = target
                    if q != target:
                        # Mis-aligned: lex again from `pos`, in a small window so that a
                        # line of many such tokens stays linear.
                        win = _SMALL_WINDOW
                        break
                    continue
                if pos == prev_end:
                    prev.joint = True
                append(tok)
                prev = tok
                prev_end = pos = end
        self.prev = prev if prev is not _DUMMY else None
        self.prev_hi = base + prev_end
        self.pos = pos

    # -- pushing tokens -------------------------------------------------------------------------

    def _push(self, tok: Token) -> None:
        if tok.span.lo == self.prev_hi and self.prev is not None:
            self.prev.joint = True
        self.tokens.append(tok)
        self.prev = tok
        self.prev_hi = tok.span.hi

    def _sp(self, lo: int, hi: int) -> Span:
        """The span of local offsets `lo..hi`."""
        return _span(self.base + lo, self.base + hi)

    def _err(self, at: int, diag: Diagnostic) -> None:
        self.out.diagnostics.append((self.base + at, diag))

    def _fatal(self, at: int, diag: Diagnostic) -> None:
        self._err(at, diag)
        self.out.fatal = True
        self.out.fatal_pos = self.base + at

    # -- the slow path: rustc's `next_token_from_cursor` ------------------------------------------

    def _slow(self, pos: int) -> int:
        """Lex the raw token at `pos` (pushing a token or nothing); return where it ends."""
        text = self.text
        tok = advance_token(text, pos)
        kind = tok.kind
        start, end = tok.start, tok.end
        if kind is RawKind.WHITESPACE:
            return end
        if kind is RawKind.LINE_COMMENT:
            if tok.is_doc:
                self._push(self._doc_comment(start, end, text[start:end], False))
            return end
        if kind is RawKind.BLOCK_COMMENT:
            if not tok.terminated:
                self._unterminated_block_comment(start, end, tok.is_doc)
                return len(text)
            if tok.is_doc:
                self._push(self._doc_comment(start, end, text[start:end], True))
            return end
        if kind is RawKind.IDENT:
            self._push(Token(TokenKind.IDENT, _nfc(text[start:end]), self._sp(start, end)))
            return end
        if kind is RawKind.RAW_IDENT:
            name = _nfc(text[start + 2 : end])
            sp = self._sp(start, end)
            if name in _CANNOT_BE_RAW:
                self._err(start, Diagnostic.error(f"`{name}` cannot be a raw identifier", sp))
            self._push(Token(TokenKind.IDENT, name, sp, raw=True))
            return end
        if kind is RawKind.UNKNOWN_PREFIX:
            return self._unknown_prefix(start, end)
        if kind is RawKind.UNKNOWN_PREFIX_LIFETIME:
            self._report_unknown_prefix(start, end)
            self._push(Token(TokenKind.LIFETIME, text[start:end], self._sp(start, end)))
            return end
        if kind is RawKind.INVALID_IDENT:
            if end - start == 1 and text[start] in UNICODE_ARRAY:
                return self._unknown_char(start, end)
            name = _nfc(text[start:end])
            sp = self._sp(start, end)
            self.bad_idents.setdefault(name, []).append(sp)
            self._push(Token(TokenKind.IDENT, name, sp))
            return end
        if kind is RawKind.LITERAL:
            end, t = self._literal(tok)
            if t is not None:
                self._push(t)
            return end
        if kind is RawKind.LIFETIME:
            sp = self._sp(start, end)
            if tok.starts_with_number:
                self.out.deferred.append(
                    Diagnostic.error("lifetimes cannot start with a number", sp)
                )
            self._push(Token(TokenKind.LIFETIME, text[start:end], sp))
            return end
        if kind is RawKind.RAW_LIFETIME:
            return self._raw_lifetime(start, end)
        if kind is RawKind.GUARDED_STR_PREFIX:
            return self._guarded_str(start, end)
        if kind is RawKind.PUNCT:
            m = _PUNCT_RE.match(text, start)
            end = m.end() if m else end
            s = text[start:end]
            self._push(Token(_TEXT_PUNCT[s], s, self._sp(start, end)))
            return end
        if kind is RawKind.UNKNOWN:
            return self._unknown_char(start, end)
        return len(text)  # EOF

    # -- comments -------------------------------------------------------------------------------

    def _doc_comment(self, start: int, end: int, part: str, block: bool) -> Token:
        if "\r" in part:
            if not block and part.endswith("\r"):
                part = part[:-1]
                end -= 1
            content_start = start + 3
            for i, ch in enumerate(part[3:]):
                if ch == "\r" and not part.startswith("\n", 3 + i + 1):
                    msg = (
                        "bare CR not allowed in block doc-comment"
                        if block
                        else "bare CR not allowed in doc-comment"
                    )
                    at = content_start + i
                    self._err(start, Diagnostic.error(msg, self._sp(at, at + 1)))
        return Token(TokenKind.DOC_COMMENT, part, self._sp(start, end))

    def _unterminated_block_comment(self, start: int, end: int, doc: bool) -> None:
        msg = "unterminated block doc-comment" if doc else "unterminated block comment"
        d = Diagnostic.error(msg, self._sp(start, end), "E0758")
        text = self.text
        opens: list[int] = []
        last: tuple[int, int] | None = None
        i = start
        while i < end - 1:
            c, nxt = text[i], text[i + 1]
            if c == "/" and nxt == "*":
                opens.append(i)
            elif c == "*" and nxt == "/":
                last = (opens.pop(), i) if opens else None
            i += 1
        if last is not None:
            o, c2 = last
            d.with_label(self._sp(start, start + 2), msg)
            d.with_label(
                self._sp(o, o + 2),
                "...as last nested comment starts here, maybe you want to close this instead?",
            )
            d.with_label(self._sp(c2, c2 + 2), "...and last nested comment terminates here.")
        self._fatal(start, d)

    # -- identifiers and prefixes ---------------------------------------------------------------

    def _unknown_prefix(self, start: int, end: int) -> int:
        self._report_unknown_prefix(start, end)
        self._push(Token(TokenKind.IDENT, _nfc(self.text[start:end]), self._sp(start, end)))
        return end

    def _report_unknown_prefix(self, start: int, end: int) -> None:
        if self.edition < 2021:
            return
        text = self.text
        prefix = text[start:end]
        sp = self._sp(start, end)
        d = Diagnostic.error(f"prefix `{prefix}` is unknown", sp).with_primary(sp, "unknown prefix")
        d.with_note("prefixed identifiers and literals are reserved since Rust 2021")
        lt = self._last_lifetime(start)
        if prefix == "rb":
            d.with_suggestion(
                "use `br` for a raw byte string", [(sp, "br")], Applicability.MAYBE_INCORRECT
            )
        elif (
            text.startswith("'", end)
            and lt is not None
            and text[end + 2 : end + 3] != "'"
            and "\n" not in text[lt : end + 1]
        ):
            d.with_suggestion(
                "if you meant to write a string literal, use double quotes",
                [(self._sp(lt, lt + 1), '"'), (self._sp(end, end + 1), '"')],
                Applicability.MAYBE_INCORRECT,
            )
        else:
            d.with_suggestion(
                "consider inserting whitespace here",
                [(sp.shrink_to_hi(), " ")],
                Applicability.MAYBE_INCORRECT,
            )
        self._err(start, d)

    def _last_lifetime(self, before: int) -> int | None:
        """Local offset of the `'` of the last lifetime before `before`, unless a `;`, a
        closing delimiter or a comment came after it (rustc's `last_lifetime`).

        Computed on demand (only error paths ask) and incrementally over the tokens pushed
        since the last question, so that asking often stays linear."""
        text, base, tokens = self.text, self.base, self.tokens
        i, state, last_hi = self.lt_cache
        for tok in tokens[i:]:
            lo = tok.span.lo - base
            if "/" in text[last_hi:lo]:
                state = None  # a comment in the gap
            if tok.kind is TokenKind.LIFETIME:
                state = lo
            elif tok.kind in _RESETS_LAST_LIFETIME or tok.kind is TokenKind.DOC_COMMENT:
                state = None
            last_hi = tok.span.hi - base
        self.lt_cache = (len(tokens), state, last_hi)
        if state is not None and "/" in text[last_hi:before]:
            return None
        return state

    def _raw_lifetime(self, start: int, end: int) -> int:
        text = self.text
        if self.edition < 2021:
            self._push(
                Token(TokenKind.LIFETIME, text[start : start + 2], self._sp(start, start + 2))
            )
            return start + 2
        if text.startswith("'", end):
            contents = text[start + 1 : end]
            lit_span = self._sp(start, end + 1)
            prob = EscapeProblem(0, len(contents), EscapeError.MORE_THAN_ONE_CHAR)
            self._err(
                start,
                unescape_diagnostic(contents, lit_span, self.base + start + 1, Mode.CHAR, prob),
            )
        name = text[start + 3 : end]
        sp = self._sp(start, end)
        if name in _CANNOT_BE_RAW:
            self._err(start, Diagnostic.error(f"`{name}` cannot be a raw lifetime", sp))
        self._push(Token(TokenKind.LIFETIME, "'" + _nfc(name), sp, raw=True))
        return end

    def _guarded_str(self, start: int, end: int) -> int:
        text = self.text
        if self.edition < 2024:
            self._push(Token(TokenKind.POUND, "#", self._sp(start, start + 1)))
            return start + 1
        # `#"…"#` or `##`: reserved syntax since 2024.
        p = start
        n_hashes = 0
        while text.startswith("#", p):
            n_hashes += 1
            p += 1
        space = self._sp(start + 1, start + 1)
        if text.startswith('"', p):
            q = p + 1
            terminated = False
            while q < len(text):
                ch = text[q]
                q += 1
                if ch == '"':
                    terminated = True
                    break
                if ch == "\\" and text[q : q + 1] in ("\\", '"'):
                    q += 1
            if not terminated:
                d = Diagnostic.error(
                    "unterminated double quote string", self._sp(p, len(text)), "E0765"
                )
                self._fatal(start, d)
                return len(text)
            k = 0
            while k < n_hashes and text.startswith("#", q):
                q += 1
                k += 1
            if is_id_start(text[q : q + 1]):
                q += 1
                while q < len(text) and (text[q].isalnum() or text[q] == "_"):
                    q += 1
            sp = self._sp(start, q)
            d = Diagnostic.error("invalid string literal", sp)
            d.with_note(
                "unprefixed guarded string literals are reserved for future use since Rust 2024"
            )
            d.with_suggestion(
                "consider inserting whitespace here", [(space, " ")], Applicability.MAYBE_INCORRECT
            )
            self._err(start, d)
            self._push(
                Token(TokenKind.LITERAL, text[start:q], sp, lit=Lit(LitKind.ERR, text[start:q]))
            )
            return q
        sp = self._sp(start, end)
        d = Diagnostic.error("reserved multi-hash token is forbidden", sp)
        d.with_note("sequences of two or more # are reserved for future use since Rust 2024")
        d.with_suggestion(
            "consider inserting whitespace here", [(space, " ")], Applicability.MAYBE_INCORRECT
        )
        self._err(start, d)
        self._push(
            Token(TokenKind.LITERAL, text[start:end], sp, lit=Lit(LitKind.ERR, text[start:end]))
        )
        return end

    def _unknown_char(self, start: int, end: int) -> int:
        text = self.text
        c = text[start]
        if c == "\xa0":
            if self.nbsp_is_whitespace:
                return end
            self.nbsp_is_whitespace = True
        repeats = 0
        p = end
        while p < len(text) and text[p] == c:
            repeats += 1
            p += 1
        count = repeats + 1
        d = Diagnostic.error(
            f"unknown start of token: {escaped_char(c)}", self._sp(start, end + repeats)
        )
        sub: tuple[str, TokenKind | None] | None = None
        look = UNICODE_ARRAY.get(c)
        if look is not None:
            u_name, ascii_str = look
            ascii_name, tok_kind = ASCII_ARRAY[ascii_str]
            sub = (ascii_str, tok_kind)
            close = self._next_right_double_quote(start + 1) if c == "\u201c" else -1
            if close >= 0:
                inner = text[start + 1 : close]
                d.with_suggestion(
                    "Unicode characters '\u201c' (Left Double Quotation Mark) and '\u201d' (Right "
                    f"Double Quotation Mark) look like '{ascii_str}' ({ascii_name}), but are not",
                    [(self._sp(start, close + 1), f'"{inner}"')],
                    Applicability.MAYBE_INCORRECT,
                )
            else:
                d.with_suggestion(
                    f"Unicode character '{c}' ({u_name}) looks like '{ascii_str}' ({ascii_name}), but it is not",
                    [(self._sp(start, start + count), ascii_str * count)],
                    Applicability.MAYBE_INCORRECT,
                )
        if c == "\x00":
            d.with_help(
                "source files must contain UTF-8 encoded text, unexpected null bytes might occur "
                "when a different encoding is used"
            )
        if repeats:
            d.with_note(
                "character appears once more"
                if repeats == 1
                else f"character appears {repeats} more times"
            )
        if c in INVISIBLE_CHARACTERS:
            d.with_help(
                f"invisible characters like '{escaped_char(c)}' are not usually visible in text editors"
            )
        self._err(start, d)
        if sub is not None and sub[1] is not None:
            self._push(Token(sub[1], sub[0], self._sp(start, end)))
            return end
        return end + repeats

    def _next_right_double_quote(self, after: int) -> int:
        """`text.find("\u201d", after)`, cached: a file full of `\u201c` stays linear."""
        searched_from, found = self.rdq_cache
        if searched_from <= after and (found < 0 or found >= after) and searched_from >= 0:
            return found
        found = self.text.find("\u201d", after)
        self.rdq_cache = (after, found)
        return found

    # -- literals -------------------------------------------------------------------------------

    def _underscore_suffix(self, lo: int, hi: int) -> None:
        self._err(
            lo, Diagnostic.error("underscore literal suffix is not allowed", self._sp(lo, hi))
        )

    def _cook_number(self, part: str, pos: int, sp: Span) -> Token:
        """A number part from the fast path (`sp`: its span)."""
        if part.isdigit():
            return Token(TokenKind.LITERAL, part, sp, False, False, Lit(LitKind.INTEGER, part))
        _, tok = self._literal(advance_token(self.text, pos))
        assert tok is not None
        return tok

    def _literal(self, tok: RawToken) -> tuple[int, Token | None]:
        """Cook a raw literal: its end and its token (None after a fatal error)."""
        text = self.text
        shape = tok.lit
        start, end, suffix_start = tok.start, tok.end, tok.suffix_start
        if self.edition < 2021 and shape in (LitShape.C_STR, LitShape.RAW_C_STR):
            plen = 1 if shape is LitShape.C_STR else 2
            return start + plen, Token(
                TokenKind.IDENT, text[start : start + plen], self._sp(start, start + plen)
            )
        unterminated = _UNTERMINATED.get(shape)
        if unterminated is not None and not tok.terminated:
            msg, code, off = unterminated
            d = Diagnostic.error(msg, self._sp(start + off, suffix_start), code)
            if shape is LitShape.CHAR:
                lt = self._last_lifetime(start)
                if lt is not None:
                    d.with_suggestion(
                        "if you meant to write a string literal, use double quotes",
                        [(self._sp(lt, lt + 1), '"'), (self._sp(start, start + 1), '"')],
                        Applicability.MAYBE_INCORRECT,
                    )
            self._fatal(start, d)
            return len(text), None
        if tok.raw_err is not None:
            self._raw_str_error(tok)
            return len(text), None
        kind, mode, pre, post = _LIT_OF_SHAPE[shape]
        if mode is None:
            kind = self._check_number(tok)
            symbol = text[start:suffix_start]
        else:
            pre += tok.n_hashes
            post += tok.n_hashes
            content = text[start + pre : suffix_start - post]
            symbol = content
            if (
                "\\" in content
                or "\r" in content
                or mode not in (Mode.STR, Mode.RAW_STR)
                or shape is LitShape.CHAR
            ):
                for prob in check(content, mode):
                    diag = unescape_diagnostic(
                        content, self._sp(start, suffix_start), self.base + start + pre, mode, prob
                    )
                    self._err(start, diag)
                    if prob.error.is_fatal:
                        kind = LitKind.ERR
            if kind is LitKind.ERR:
                symbol = text[start:suffix_start]
        suffix: str | None = None
        if suffix_start < end:
            suffix = text[suffix_start:end]
            if suffix == "_":
                self._underscore_suffix(suffix_start, end)
                suffix = None
        lit = Lit(kind, symbol, suffix, tok.n_hashes)
        return end, Token(TokenKind.LITERAL, text[start:end], self._sp(start, end), lit=lit)

    def _check_number(self, tok: RawToken) -> LitKind:
        """rustc's checks of a number's digits; the literal's kind (ERR after an error)."""
        text = self.text
        start, suffix_start = tok.start, tok.suffix_start
        if tok.lit is LitShape.INT:
            if tok.empty_int:
                d = Diagnostic.error(
                    "no valid digits found for number", self._sp(start, suffix_start), "E0768"
                )
                self._err(start, d)
                return LitKind.ERR
            kind = LitKind.INTEGER
            if tok.base in (2, 8):
                for i in range(start + 2, suffix_start):
                    c = text[i]
                    if c != "_" and int(c) >= tok.base:
                        d = Diagnostic.error(
                            f"invalid digit for a base {tok.base} literal", self._sp(i, i + 1)
                        )
                        self._err(start, d)
                        kind = LitKind.ERR
            return kind
        kind = LitKind.FLOAT
        if tok.empty_exponent:
            d = Diagnostic.error(
                "expected at least one digit in exponent", self._sp(start, tok.end)
            )
            self._err(start, d)
            kind = LitKind.ERR
        if tok.base != 10:
            name = {16: "hexadecimal", 8: "octal", 2: "binary"}[tok.base]
            d = Diagnostic.error(
                f"{name} float literal is not supported", self._sp(start, suffix_start)
            )
            self._err(start, d)
            kind = LitKind.ERR
        return kind

    def _raw_str_error(self, tok: RawToken) -> None:
        start = tok.start
        if tok.raw_err is RawStrError.INVALID_STARTER:
            msg = (
                "found invalid character; only `#` is allowed in raw string delimitation: "
                + escaped_char(tok.bad_char)
            )
            self._fatal(start, Diagnostic.error(msg, self._sp(start, tok.end)))
        elif tok.raw_err is RawStrError.NO_TERMINATOR:
            sp = self._sp(start, start)
            d = Diagnostic.error("unterminated raw string", sp, "E0748").with_primary(
                sp, "unterminated raw string"
            )
            if tok.expected_hashes > 0:
                d.with_note(
                    f'this raw string should be terminated with `"{"#" * tok.expected_hashes}`'
                )
            if tok.possible_terminator is not None:
                lo = start + tok.possible_terminator
                d.with_suggestion(
                    "consider terminating the string here",
                    [(self._sp(lo, lo + tok.found_hashes), "#" * tok.expected_hashes)],
                    Applicability.MAYBE_INCORRECT,
                    style="inline",
                )
            self._fatal(start, d)
        else:
            msg = (
                "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, "
                f"but found {tok.found_hashes}"
            )
            self._fatal(start, Diagnostic.error(msg, self._sp(start, tok.end)))

    # -- frontmatter ----------------------------------------------------------------------------

    def _frontmatter(self, pos: int) -> int:
        """Skip a `---` frontmatter block at `pos` (an unstable feature: reported after parsing)."""
        text = self.text
        if not text.startswith("---", pos):
            return pos
        p = pos
        while text.startswith("-", p):
            p += 1
        fence = text[pos:p]
        nl = text.find("\n", p)
        search_from = len(text) if nl < 0 else nl + 1
        end = len(text)
        while search_from < len(text):
            line_end = text.find("\n", search_from)
            line_end = len(text) if line_end < 0 else line_end
            if text[search_from:line_end].strip().startswith(fence):
                end = line_end
                break
            search_from = line_end + 1
        d = Diagnostic.error("frontmatters are experimental", self._sp(pos, end), "E0658")
        d.with_note(
            "see issue #136889 <https://github.com/rust-lang/rust/issues/136889> for more information"
        )
        self.out.deferred.append(d)
        return end


def _emoji_ident_diag(name: str, spans: list[Span], lx: _Lexer) -> Diagnostic:
    spans = sorted(spans, key=lambda s: s.lo)
    if name == "🦀":
        first = spans[0]
        before = lx.text[: first.lo - lx.base].split()
        fix = "ferris"
        if before and before[-1] in ("struct", "trait", "mod", "union", "type", "enum"):
            fix = "Ferris"
        elif before and (
            before[-1] in ("const", "static")
            or (before[-1] == "mut" and before[-2:-1] == ["static"])
        ):
            fix = "FERRIS"
        d = Diagnostic.error("Ferris cannot be used as an identifier", None)
        for sp in spans:
            d.with_primary(sp)
        d.with_suggestion(
            "try using their name instead",
            [(first, fix)],
            Applicability.MAYBE_INCORRECT,
            style="inline",
        )
        return d
    d = Diagnostic.error(f"identifiers cannot contain emoji: `{name}`", None)
    for sp in spans:
        d.with_primary(sp)
    return d
