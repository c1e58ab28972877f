"""Escape sequences in char, byte and string literals: checking them and computing values.

A port of rustc's `rustc_literal_escaper`. Input: the text between the quotes of a literal
(`Lit.symbol`) and a `Mode` saying which kind of literal it is. Two kinds of function:

* `check(symbol, mode)` lists every problem (`EscapeProblem`: a range of `symbol`, in
  Python string indices, and an `EscapeError`) in source order, exactly where rustc finds
  them. The lexer turns them into diagnostics (`unescape_diag`).
* `unescape_str`, `unescape_char`, `unescape_byte`, `unescape_byte_str`, `unescape_c_str`
  and their raw variants compute values. They never raise: on a literal the lexer
  accepted they return its exact value; on anything else they return a best effort
  (bad escapes dropped), since the lexer has already reported the problem.

CRLF line ends are treated as rustc treats them after it normalises source files: a `\\r`
directly before `\\n` is not part of the literal's value and is never an error.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

from ferric.base.nodeclass import dataclass
from ferric.lexer.chars import UNICODE_WHITE_SPACE


class Mode(enum.Enum):
    CHAR = "char"
    BYTE = "byte"
    STR = "str"
    RAW_STR = "raw_str"
    BYTE_STR = "byte_str"
    RAW_BYTE_STR = "raw_byte_str"
    C_STR = "c_str"
    RAW_C_STR = "raw_c_str"

    @property
    def in_double_quotes(self) -> bool:
        return self not in (Mode.CHAR, Mode.BYTE)

    @property
    def prefix_noraw(self) -> str:
        if self in (Mode.BYTE, Mode.BYTE_STR, Mode.RAW_BYTE_STR):
            return "b"
        if self in (Mode.C_STR, Mode.RAW_C_STR):
            return "c"
        return ""


class EscapeError(enum.Enum):
    ZERO_CHARS = enum.auto()
    MORE_THAN_ONE_CHAR = enum.auto()
    LONE_SLASH = enum.auto()
    INVALID_ESCAPE = enum.auto()
    BARE_CARRIAGE_RETURN = enum.auto()
    BARE_CARRIAGE_RETURN_IN_RAW_STRING = enum.auto()
    ESCAPE_ONLY_CHAR = enum.auto()
    TOO_SHORT_HEX_ESCAPE = enum.auto()
    INVALID_CHAR_IN_HEX_ESCAPE = enum.auto()
    OUT_OF_RANGE_HEX_ESCAPE = enum.auto()
    NO_BRACE_IN_UNICODE_ESCAPE = enum.auto()
    INVALID_CHAR_IN_UNICODE_ESCAPE = enum.auto()
    EMPTY_UNICODE_ESCAPE = enum.auto()
    UNCLOSED_UNICODE_ESCAPE = enum.auto()
    LEADING_UNDERSCORE_UNICODE_ESCAPE = enum.auto()
    OVERLONG_UNICODE_ESCAPE = enum.auto()
    LONE_SURROGATE_UNICODE_ESCAPE = enum.auto()
    OUT_OF_RANGE_UNICODE_ESCAPE = enum.auto()
    UNICODE_ESCAPE_IN_BYTE = enum.auto()
    NON_ASCII_CHAR_IN_BYTE = enum.auto()
    NUL_IN_C_STR = enum.auto()
    UNSKIPPED_WHITESPACE_WARNING = enum.auto()
    MULTIPLE_SKIPPED_LINES_WARNING = enum.auto()

    @property
    def is_fatal(self) -> bool:
        """An error (as opposed to a warning): the literal is invalid."""
        return self not in (
            EscapeError.UNSKIPPED_WHITESPACE_WARNING,
            EscapeError.MULTIPLE_SKIPPED_LINES_WARNING,
        )


@dataclass(frozen=True, slots=True)
class EscapeProblem:
    start: int
    end: int
    error: EscapeError


_HEX = "0123456789abcdefABCDEF"
_SIMPLE: dict[str, int] = {'"': 0x22, "n": 0x0A, "r": 0x0D, "t": 0x09, "\\": 0x5C, "'": 0x27}

# Unit kinds: how a mode turns characters and escapes into units.
_K_STR = 0  # units are code points
_K_BYTES = 1  # units are bytes
_K_CSTR = 2  # units are code points, or high bytes (flagged)

_Unit = tuple[int, bool]
"""(value, is_high_byte): a code point or byte; `is_high_byte` only in C strings."""


def _kind(mode: Mode) -> int:
    if mode in (Mode.BYTE, Mode.BYTE_STR, Mode.RAW_BYTE_STR):
        return _K_BYTES
    if mode in (Mode.C_STR, Mode.RAW_C_STR):
        return _K_CSTR
    return _K_STR


def _char_unit(c: str, kind: int) -> _Unit | EscapeError:
    cp = ord(c)
    if kind == _K_BYTES and cp >= 0x80:
        return EscapeError.NON_ASCII_CHAR_IN_BYTE
    if kind == _K_CSTR and cp == 0:
        return EscapeError.NUL_IN_C_STR
    return (cp, False)


def _escape(src: str, i: int, kind: int) -> tuple[_Unit | EscapeError, int]:
    """The escape whose backslash is at `i - 1`: its unit (or error) and where it ends."""
    n = len(src)
    if i >= n:
        return EscapeError.LONE_SLASH, i
    c = src[i]
    i += 1
    if c == "0":
        return (EscapeError.NUL_IN_C_STR if kind == _K_CSTR else (0, False)), i
    simple = _SIMPLE.get(c)
    if simple is not None:
        return (simple, False), i
    if c == "x":
        if i >= n:
            return EscapeError.TOO_SHORT_HEX_ESCAPE, i
        hi = src[i]
        i += 1
        if hi not in _HEX:
            return EscapeError.INVALID_CHAR_IN_HEX_ESCAPE, i
        if i >= n:
            return EscapeError.TOO_SHORT_HEX_ESCAPE, i
        lo = src[i]
        i += 1
        if lo not in _HEX:
            return EscapeError.INVALID_CHAR_IN_HEX_ESCAPE, i
        b = int(hi + lo, 16)
        if kind == _K_STR:
            return ((b, False) if b < 0x80 else EscapeError.OUT_OF_RANGE_HEX_ESCAPE), i
        if kind == _K_BYTES:
            return (b, False), i
        if b == 0:
            return EscapeError.NUL_IN_C_STR, i
        return (b, b >= 0x80), i
    if c == "u":
        value, i = _unicode_escape(src, i)
        if isinstance(value, EscapeError):
            return value, i
        if kind == _K_BYTES:
            return EscapeError.UNICODE_ESCAPE_IN_BYTE, i
        if value > 0x10FFFF:
            return EscapeError.OUT_OF_RANGE_UNICODE_ESCAPE, i
        if 0xD800 <= value <= 0xDFFF:
            return EscapeError.LONE_SURROGATE_UNICODE_ESCAPE, i
        if kind == _K_CSTR and value == 0:
            return EscapeError.NUL_IN_C_STR, i
        return (value, False), i
    return EscapeError.INVALID_ESCAPE, i


def _unicode_escape(src: str, i: int) -> tuple[int | EscapeError, int]:
    """Parse `{...}` after `\\u` starting at `i` (rustc's `unicode_escape`)."""
    n = len(src)
    if i >= n:
        return EscapeError.NO_BRACE_IN_UNICODE_ESCAPE, i
    c = src[i]
    i += 1
    if c != "{":
        return EscapeError.NO_BRACE_IN_UNICODE_ESCAPE, i
    if i >= n:
        return EscapeError.UNCLOSED_UNICODE_ESCAPE, i
    c = src[i]
    i += 1
    if c == "_":
        return EscapeError.LEADING_UNDERSCORE_UNICODE_ESCAPE, i
    if c == "}":
        return EscapeError.EMPTY_UNICODE_ESCAPE, i
    if c not in _HEX:
        return EscapeError.INVALID_CHAR_IN_UNICODE_ESCAPE, i
    value = int(c, 16)
    n_digits = 1
    while True:
        if i >= n:
            return EscapeError.UNCLOSED_UNICODE_ESCAPE, i
        c = src[i]
        i += 1
        if c == "_":
            continue
        if c == "}":
            if n_digits > 6:
                return EscapeError.OVERLONG_UNICODE_ESCAPE, i
            return value, i
        if c not in _HEX:
            return EscapeError.INVALID_CHAR_IN_UNICODE_ESCAPE, i
        n_digits += 1
        if n_digits <= 6:
            value = value * 16 + int(c, 16)


_Item = tuple[int, int, "_Unit | EscapeError"]


def _scan_quoted(src: str, kind: int) -> Iterator[_Item]:
    """Units of a double-quoted (non-raw) literal, with warnings as error items."""
    n = len(src)
    i = 0
    while i < n:
        c = src[i]
        start = i
        i += 1
        res: _Unit | EscapeError
        if c == "\\":
            if i < n and (src[i] == "\n" or (src[i] == "\r" and src.startswith("\r\n", i))):
                i += 1 if src[i] == "\n" else 2
                j = i
                while j < n and src[j] in " \t\n\r":
                    j += 1
                if "\n" in src[i:j]:
                    yield start, j, EscapeError.MULTIPLE_SKIPPED_LINES_WARNING
                i = j
                if i < n and src[i] in UNICODE_WHITE_SPACE:
                    yield start, i + 1, EscapeError.UNSKIPPED_WHITESPACE_WARNING
                continue
            res, i = _escape(src, i, kind)
        elif c == '"':
            res = EscapeError.ESCAPE_ONLY_CHAR
        elif c == "\r":
            if i < n and src[i] == "\n":
                continue
            res = EscapeError.BARE_CARRIAGE_RETURN
        else:
            res = _char_unit(c, kind)
        yield start, i, res


def _scan_raw(src: str, kind: int) -> Iterator[_Item]:
    n = len(src)
    for i, c in enumerate(src):
        res: _Unit | EscapeError
        if c == "\r":
            if i + 1 < n and src[i + 1] == "\n":
                continue
            res = EscapeError.BARE_CARRIAGE_RETURN_IN_RAW_STRING
        else:
            res = _char_unit(c, kind)
        yield i, i + 1, res


def _scan_single(src: str, kind: int) -> tuple[_Unit | EscapeError, int]:
    """A char or byte literal's content: its unit or first error, and the error's end."""
    if not src:
        return EscapeError.ZERO_CHARS, 0
    c = src[0]
    i = 1
    res: _Unit | EscapeError
    if c == "\\":
        res, i = _escape(src, 1, kind)
    elif c in "\n\t'":
        res = EscapeError.ESCAPE_ONLY_CHAR
    elif c == "\r":
        if src.startswith("\r\n"):
            i = 2
            res = EscapeError.ESCAPE_ONLY_CHAR
        else:
            res = EscapeError.BARE_CARRIAGE_RETURN
    else:
        res = _char_unit(c, kind)
    if isinstance(res, EscapeError):
        return res, i
    if i < len(src):
        return EscapeError.MORE_THAN_ONE_CHAR, i + 1
    return res, i


def check(src: str, mode: Mode) -> list[EscapeProblem]:
    """Every error and warning in the literal content `src`, in source order."""
    kind = _kind(mode)
    if mode in (Mode.CHAR, Mode.BYTE):
        res, end = _scan_single(src, kind)
        if isinstance(res, EscapeError):
            return [EscapeProblem(0, end, res)]
        return []
    items = (
        _scan_raw(src, kind)
        if mode in (Mode.RAW_STR, Mode.RAW_BYTE_STR, Mode.RAW_C_STR)
        else _scan_quoted(src, kind)
    )
    return [EscapeProblem(s, e, r) for s, e, r in items if isinstance(r, EscapeError)]


# -- values --------------------------------------------------------------------------------------


def _chars(items: Iterator[_Item]) -> str:
    out: list[str] = []
    for _, _, r in items:
        if not isinstance(r, EscapeError):
            out.append(chr(r[0]))
    return "".join(out)


def _bytes(items: Iterator[_Item], kind: int) -> bytes:
    out = bytearray()
    for _, _, r in items:
        if isinstance(r, EscapeError):
            continue
        value, high = r
        if kind == _K_BYTES or high:
            out.append(value & 0xFF)
        else:
            out += chr(value).encode("utf-8", "surrogatepass")
    return bytes(out)


def unescape_str(symbol: str) -> str:
    """The value of `"symbol"`."""
    if "\\" not in symbol and "\r" not in symbol:
        return symbol
    return _chars(_scan_quoted(symbol, _K_STR))


def unescape_raw_str(symbol: str) -> str:
    """The value of `r#"symbol"#`."""
    return symbol.replace("\r\n", "\n") if "\r" in symbol else symbol


def unescape_char(symbol: str) -> str:
    """The value of `'symbol'` (one character; U+FFFD if the literal was invalid)."""
    res, _ = _scan_single(symbol, _K_STR)
    if isinstance(res, EscapeError):
        if res is EscapeError.ESCAPE_ONLY_CHAR and symbol:
            return "\n" if symbol[0] == "\r" else symbol[0]
        return "\ufffd"
    return chr(res[0])


def unescape_byte(symbol: str) -> int:
    """The value of `b'symbol'` (0 if the literal was invalid)."""
    res, _ = _scan_single(symbol, _K_BYTES)
    if isinstance(res, EscapeError):
        if res is EscapeError.ESCAPE_ONLY_CHAR and symbol:
            return 0x0A if symbol[0] == "\r" else ord(symbol[0]) & 0xFF
        return 0
    return res[0]


def unescape_byte_str(symbol: str) -> bytes:
    """The value of `b"symbol"`."""
    return _bytes(_scan_quoted(symbol, _K_BYTES), _K_BYTES)


def unescape_raw_byte_str(symbol: str) -> bytes:
    """The value of `br#"symbol"#`."""
    return _bytes(_scan_raw(symbol, _K_BYTES), _K_BYTES)


def unescape_c_str(symbol: str) -> bytes:
    """The bytes of `c"symbol"`, without the terminating NUL (the caller appends it)."""
    return _bytes(_scan_quoted(symbol, _K_CSTR), _K_CSTR)


def unescape_raw_c_str(symbol: str) -> bytes:
    """The bytes of `cr#"symbol"#`, without the terminating NUL."""
    return _bytes(_scan_raw(symbol, _K_CSTR), _K_CSTR)
