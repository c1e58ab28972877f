"""The raw lexer: one token at a time, with its shape but no diagnostics.

A port of rustc's `rustc_lexer` crate. `advance_token(text, pos)` reads the token starting
at `pos` and returns a `RawToken`: its kind, where it ends and what the cooking step
(`lexer.py`) needs to validate it (terminated?, doc style, number base, where the suffix
starts, raw string problems). Nothing here reports errors or builds spans; this is the slow,
exact path the fast path of `lexer.py` falls back to for everything unusual.

Positions are Python string indices into `text`.
"""

from __future__ import annotations

import enum
import re

from ferric.lexer.chars import (
    RUST_WHITESPACE,
    is_emoji_char,
    is_id_continue,
    is_id_start,
)


class RawKind(enum.IntEnum):
    LINE_COMMENT = enum.auto()
    BLOCK_COMMENT = enum.auto()
    WHITESPACE = enum.auto()
    IDENT = enum.auto()
    INVALID_IDENT = enum.auto()
    """An identifier containing emoji (lexed only to report it)."""
    RAW_IDENT = enum.auto()
    UNKNOWN_PREFIX = enum.auto()
    """`foo` in `foo#`, `foo"…"`, `foo'…'` (the prefix only)."""
    UNKNOWN_PREFIX_LIFETIME = enum.auto()
    RAW_LIFETIME = enum.auto()
    GUARDED_STR_PREFIX = enum.auto()
    """`#"` or `##` (reserved syntax in edition 2024)."""
    LITERAL = enum.auto()
    LIFETIME = enum.auto()
    PUNCT = enum.auto()
    """A single-character punctuation token."""
    UNKNOWN = enum.auto()
    EOF = enum.auto()


class LitShape(enum.IntEnum):
    INT = enum.auto()
    FLOAT = enum.auto()
    CHAR = enum.auto()
    BYTE = enum.auto()
    STR = enum.auto()
    BYTE_STR = enum.auto()
    C_STR = enum.auto()
    RAW_STR = enum.auto()
    RAW_BYTE_STR = enum.auto()
    RAW_C_STR = enum.auto()


class RawStrError(enum.IntEnum):
    INVALID_STARTER = enum.auto()
    NO_TERMINATOR = enum.auto()
    TOO_MANY_DELIMITERS = enum.auto()


class RawToken:
    """One raw token from `start` to `end`; the other fields depend on `kind`."""

    __slots__ = (
        "bad_char",
        "base",
        "doc_inner",
        "empty_exponent",
        "empty_int",
        "end",
        "expected_hashes",
        "found_hashes",
        "is_doc",
        "kind",
        "lit",
        "n_hashes",
        "possible_terminator",
        "raw_err",
        "start",
        "starts_with_number",
        "suffix_start",
        "terminated",
    )

    def __init__(self, kind: RawKind, start: int, end: int) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.is_doc = False
        self.doc_inner = False
        self.terminated = True
        self.lit = LitShape.INT
        self.base = 10
        self.empty_int = False
        self.empty_exponent = False
        self.suffix_start = end
        self.n_hashes = 0
        self.raw_err: RawStrError | None = None
        self.bad_char = ""
        self.expected_hashes = 0
        self.found_hashes = 0
        self.possible_terminator: int | None = None
        self.starts_with_number = False

    def __repr__(self) -> str:
        return f"RawToken({self.kind.name}, {self.start}..{self.end})"


_SINGLE = frozenset(";,.(){}[]@#~?:$=!<>-&|+*^%")
_DEC = frozenset("0123456789_")
_HEXD = frozenset("0123456789abcdefABCDEF_")
_ZWJ = "\u200d"
_SLASH_OR_STAR = re.compile(r"[/*]")
_QUOTE_OR_BACKSLASH = re.compile(r'["\\]')


class _Cursor:
    """A position in `text` with rustc_lexer's look-ahead helpers."""

    __slots__ = ("n", "pos", "text")

    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.pos = pos
        self.n = len(text)

    def first(self) -> str:
        p = self.pos
        return self.text[p] if p < self.n else ""

    def second(self) -> str:
        p = self.pos + 1
        return self.text[p] if p < self.n else ""

    def third(self) -> str:
        p = self.pos + 2
        return self.text[p] if p < self.n else ""

    def bump(self) -> str:
        p = self.pos
        if p < self.n:
            self.pos = p + 1
            return self.text[p]
        return ""

    def eat_id_continue(self) -> None:
        text, n, p = self.text, self.n, self.pos
        while p < n and is_id_continue(text[p]):
            p += 1
        self.pos = p

    def eat_identifier(self) -> None:
        if is_id_start(self.first()):
            self.pos += 1
            self.eat_id_continue()

    def eat_decimal_digits(self) -> bool:
        text, n, p = self.text, self.n, self.pos
        has = False
        while p < n and text[p] in _DEC:
            if text[p] != "_":
                has = True
            p += 1
        self.pos = p
        return has

    def eat_hexadecimal_digits(self) -> bool:
        text, n, p = self.text, self.n, self.pos
        has = False
        while p < n and text[p] in _HEXD:
            if text[p] != "_":
                has = True
            p += 1
        self.pos = p
        return has


def advance_token(text: str, pos: int) -> RawToken:
    """The raw token starting at `pos` (an EOF token when `pos` is at the end)."""
    cur = _Cursor(text, pos)
    c = cur.bump()
    if not c:
        return RawToken(RawKind.EOF, pos, pos)
    if c == "/":
        f = cur.first()
        if f == "/":
            return _line_comment(cur, pos)
        if f == "*":
            return _block_comment(cur, pos)
        return RawToken(RawKind.PUNCT, pos, cur.pos)
    if c in RUST_WHITESPACE:
        text, n, p = cur.text, cur.n, cur.pos
        while p < n and text[p] in RUST_WHITESPACE:
            p += 1
        cur.pos = p
        return RawToken(RawKind.WHITESPACE, pos, cur.pos)
    if c == "r":
        f, s = cur.first(), cur.second()
        if f == "#" and is_id_start(s):
            cur.pos += 1
            cur.eat_identifier()
            return RawToken(RawKind.RAW_IDENT, pos, cur.pos)
        if f in ("#", '"') and f:
            return _raw_string_literal(cur, pos, LitShape.RAW_STR)
        return _ident_or_unknown_prefix(cur, pos)
    if c == "b":
        return _c_or_byte_string(cur, pos, LitShape.BYTE_STR, LitShape.RAW_BYTE_STR, True)
    if c == "c":
        return _c_or_byte_string(cur, pos, LitShape.C_STR, LitShape.RAW_C_STR, False)
    if is_id_start(c):
        return _ident_or_unknown_prefix(cur, pos)
    if "0" <= c <= "9":
        tok = _number(cur, pos, c)
        tok.suffix_start = cur.pos
        cur.eat_identifier()
        tok.end = cur.pos
        return tok
    if c == "#" and cur.first() in ('"', "#") and cur.first():
        cur.pos += 1
        return RawToken(RawKind.GUARDED_STR_PREFIX, pos, cur.pos)
    if c in _SINGLE:
        return RawToken(RawKind.PUNCT, pos, cur.pos)
    if c == "'":
        return _lifetime_or_char(cur, pos)
    if c == '"':
        terminated = _double_quoted_string(cur)
        tok = RawToken(RawKind.LITERAL, pos, cur.pos)
        tok.lit = LitShape.STR
        tok.terminated = terminated
        tok.suffix_start = cur.pos
        if terminated:
            cur.eat_identifier()
            tok.end = cur.pos
        return tok
    if c >= "\x80" and is_emoji_char(c):
        return _invalid_ident(cur, pos)
    return RawToken(RawKind.UNKNOWN, pos, cur.pos)


def _line_comment(cur: _Cursor, start: int) -> RawToken:
    cur.pos += 1  # the second `/`
    f = cur.first()
    tok = RawToken(RawKind.LINE_COMMENT, start, start)
    if f == "!":
        tok.is_doc, tok.doc_inner = True, True
    elif f == "/" and cur.second() != "/":
        tok.is_doc = True
    nl = cur.text.find("\n", cur.pos)
    cur.pos = cur.n if nl < 0 else nl
    tok.end = cur.pos
    return tok


def _block_comment(cur: _Cursor, start: int) -> RawToken:
    cur.pos += 1  # the `*`
    tok = RawToken(RawKind.BLOCK_COMMENT, start, start)
    f = cur.first()
    if f == "!":
        tok.is_doc, tok.doc_inner = True, True
    elif f == "*" and cur.second() not in ("*", "/"):
        tok.is_doc = True
    text, n = cur.text, cur.n
    depth = 1
    p = cur.pos
    search = _SLASH_OR_STAR.search
    while True:
        m = search(text, p)
        if m is None:
            p = n
            break
        ch = m.group()
        p = m.end()
        if ch == "/" and p < n and text[p] == "*":
            p += 1
            depth += 1
        elif ch == "*" and p < n and text[p] == "/":
            p += 1
            depth -= 1
            if depth == 0:
                break
    cur.pos = p
    tok.end = p
    tok.terminated = depth == 0
    return tok


def _ident_or_unknown_prefix(cur: _Cursor, start: int) -> RawToken:
    cur.eat_id_continue()
    f = cur.first()
    if f in ("#", '"', "'") and f:
        return RawToken(RawKind.UNKNOWN_PREFIX, start, cur.pos)
    if f >= "\x80" and is_emoji_char(f):
        return _invalid_ident(cur, start)
    return RawToken(RawKind.IDENT, start, cur.pos)


def _invalid_ident(cur: _Cursor, start: int) -> RawToken:
    text, n, p = cur.text, cur.n, cur.pos
    while p < n:
        ch = text[p]
        if is_id_continue(ch) or (ch >= "\x80" and is_emoji_char(ch)) or ch == _ZWJ:
            p += 1
        else:
            break
    cur.pos = p
    return RawToken(RawKind.INVALID_IDENT, start, p)


def _c_or_byte_string(
    cur: _Cursor, start: int, shape: LitShape, raw_shape: LitShape, single: bool
) -> RawToken:
    f, s = cur.first(), cur.second()
    if f == "'" and single:
        cur.pos += 1
        terminated = _single_quoted_string(cur)
        tok = RawToken(RawKind.LITERAL, start, cur.pos)
        tok.lit = LitShape.BYTE
        tok.terminated = terminated
        tok.suffix_start = cur.pos
        if terminated:
            cur.eat_identifier()
            tok.end = cur.pos
        return tok
    if f == '"':
        cur.pos += 1
        terminated = _double_quoted_string(cur)
        tok = RawToken(RawKind.LITERAL, start, cur.pos)
        tok.lit = shape
        tok.terminated = terminated
        tok.suffix_start = cur.pos
        if terminated:
            cur.eat_identifier()
            tok.end = cur.pos
        return tok
    if f == "r" and s in ('"', "#") and s:
        cur.pos += 1
        return _raw_string_literal(cur, start, raw_shape)
    return _ident_or_unknown_prefix(cur, start)


def _raw_string_literal(cur: _Cursor, start: int, shape: LitShape) -> RawToken:
    tok = RawToken(RawKind.LITERAL, start, start)
    tok.lit = shape
    _raw_double_quoted_string(cur, start, tok)
    tok.suffix_start = cur.pos
    if tok.raw_err is None:
        cur.eat_identifier()
    tok.end = cur.pos
    return tok


def _raw_double_quoted_string(cur: _Cursor, start: int, tok: RawToken) -> None:
    """rustc_lexer's `raw_double_quoted_string`: sets n_hashes or the raw string error."""
    text, n = cur.text, cur.n
    n_start = 0
    while cur.first() == "#":
        n_start += 1
        cur.pos += 1
    c = cur.bump()
    if c != '"':
        tok.raw_err = RawStrError.INVALID_STARTER
        tok.bad_char = c or "\x00"
        return
    max_hashes = 0
    possible: int | None = None
    closer = '"' + "#" * n_start
    while True:
        q = text.find('"', cur.pos)
        if q < 0:
            cur.pos = n
            tok.raw_err = RawStrError.NO_TERMINATOR
            tok.expected_hashes = n_start
            tok.found_hashes = max_hashes
            tok.possible_terminator = possible
            return
        if text.startswith(closer, q):
            cur.pos = q + len(closer)
            break
        p = q + 1
        n_end = 0
        while p < n and text[p] == "#" and n_end < n_start:
            n_end += 1
            p += 1
        cur.pos = p
        if n_end > max_hashes:
            possible = p - start - n_end
            max_hashes = n_end
    if n_start > 255:
        tok.raw_err = RawStrError.TOO_MANY_DELIMITERS
        tok.found_hashes = n_start
        return
    tok.n_hashes = n_start


def _double_quoted_string(cur: _Cursor) -> bool:
    """After the opening `"`: eat the body and the closing quote; False if unterminated."""
    text, n = cur.text, cur.n
    search = _QUOTE_OR_BACKSLASH.search
    p = cur.pos
    while True:
        m = search(text, p)
        if m is None:
            cur.pos = n
            return False
        p = m.end()
        if m.group() == '"':
            cur.pos = p
            return True
        if p < n and text[p] in ("\\", '"'):
            p += 1


def _single_quoted_string(cur: _Cursor) -> bool:
    """After the opening `'`: eat a char/byte literal's body; False if unterminated."""
    if cur.second() == "'" and cur.first() != "\\" and cur.first():
        cur.pos += 2
        return True
    text, n = cur.text, cur.n
    p = cur.pos
    while p < n:
        ch = text[p]
        if ch == "'":
            cur.pos = p + 1
            return True
        if ch == "/":
            break
        if ch == "\n" and not (p + 1 < n and text[p + 1] == "'"):
            break
        p += 2 if ch == "\\" else 1
    cur.pos = min(p, n)
    return False


def _lifetime_or_char(cur: _Cursor, start: int) -> RawToken:
    f, s = cur.first(), cur.second()
    can_be_lifetime = False if s == "'" else (is_id_start(f) or ("0" <= f <= "9" and f != ""))
    if not can_be_lifetime:
        terminated = _single_quoted_string(cur)
        tok = RawToken(RawKind.LITERAL, start, cur.pos)
        tok.lit = LitShape.CHAR
        tok.terminated = terminated
        tok.suffix_start = cur.pos
        if terminated:
            cur.eat_identifier()
            tok.end = cur.pos
        return tok
    if f == "r" and s == "#" and is_id_start(cur.third()):
        cur.pos += 3
        cur.eat_id_continue()
        return RawToken(RawKind.RAW_LIFETIME, start, cur.pos)
    starts_with_number = "0" <= f <= "9"
    cur.pos += 1
    cur.eat_id_continue()
    f = cur.first()
    if f == "'":
        cur.pos += 1
        tok = RawToken(RawKind.LITERAL, start, cur.pos)
        tok.lit = LitShape.CHAR
        return tok
    if f == "#" and not starts_with_number:
        return RawToken(RawKind.UNKNOWN_PREFIX_LIFETIME, start, cur.pos)
    tok = RawToken(RawKind.LIFETIME, start, cur.pos)
    tok.starts_with_number = starts_with_number
    return tok


def _number(cur: _Cursor, start: int, first_digit: str) -> RawToken:
    tok = RawToken(RawKind.LITERAL, start, start)
    tok.lit = LitShape.INT
    base = 10
    if first_digit == "0":
        f = cur.first()
        if f in ("b", "o", "x"):
            base = {"b": 2, "o": 8, "x": 16}[f]
            cur.pos += 1
            has = cur.eat_hexadecimal_digits() if base == 16 else cur.eat_decimal_digits()
            if not has:
                tok.base = base
                tok.empty_int = True
                return tok
        elif f and f in _DEC:
            cur.eat_decimal_digits()
        elif f in (".", "e", "E") and f:
            pass
        else:
            return tok
    else:
        cur.eat_decimal_digits()
    tok.base = base
    f, s = cur.first(), cur.second()
    if f == "." and s != "." and not is_id_start(s):
        cur.pos += 1
        tok.lit = LitShape.FLOAT
        if "0" <= cur.first() <= "9" and cur.first():
            cur.eat_decimal_digits()
            if cur.first() in ("e", "E") and cur.first():
                cur.pos += 1
                tok.empty_exponent = not _eat_float_exponent(cur)
    elif f in ("e", "E") and f:
        cur.pos += 1
        tok.lit = LitShape.FLOAT
        tok.empty_exponent = not _eat_float_exponent(cur)
    return tok


def _eat_float_exponent(cur: _Cursor) -> bool:
    if cur.first() in ("-", "+") and cur.first():
        cur.pos += 1
    return cur.eat_decimal_digits()


def strip_shebang(text: str) -> int:
    """Length of a shebang line at the start of `text` (0 if there is none).

    `#!` starts a shebang unless the next token that is not whitespace or an ordinary
    comment is `[` (then it is an inner attribute, `#![...]`)."""
    if not text.startswith("#!"):
        return 0
    pos = 2
    while True:
        tok = advance_token(text, pos)
        if (
            tok.kind in (RawKind.WHITESPACE, RawKind.LINE_COMMENT, RawKind.BLOCK_COMMENT)
            and not tok.is_doc
        ):
            if tok.end == pos:
                break
            pos = tok.end
            continue
        if tok.kind is RawKind.PUNCT and text[tok.start] == "[":
            return 0
        break
    nl = text.find("\n")
    return len(text) if nl < 0 else nl
