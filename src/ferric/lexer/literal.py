"""Values of literal tokens, and the literal errors rustc reports outside the lexer.

Input: a `Lit` from a LITERAL token. Output:
* values: `int_value`, `float_text` / `float_value`, `str_value`, `char_value`,
  `byte_value`, `byte_str_value`, `c_str_value` (escapes processed, raw strings with CRLF
  turned into LF). None of them raises on any `Lit`; on a literal the lexer rejected
  (`LitKind.ERR`) they return a harmless default.
* `check_literal(lit, span)`: the diagnostic rustc emits when the parser turns a literal
  token into an expression or pattern (`LitKind::from_token_lit` + `report_lit_error`):
  invalid suffixes, integer too large, non-decimal float written with an `f32` suffix.
  These are not lexer errors: `m!(1abc)` is accepted when the macro ignores the token.
* `break_up_float(symbol)`: rustc's `break_up_float`, for `x.0.1` (a FLOAT token `0.1`
  after `.` is the two field accesses `.0` `.1`).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import Lit, LitKind
from ferric.lexer.unescape import (
    unescape_byte,
    unescape_byte_str,
    unescape_c_str,
    unescape_char,
    unescape_raw_byte_str,
    unescape_raw_c_str,
    unescape_raw_str,
    unescape_str,
)

INT_SUFFIXES: frozenset[str] = frozenset(
    {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"}
)
FLOAT_SUFFIXES: frozenset[str] = frozenset({"f16", "f32", "f64", "f128"})
U128_MAX = (1 << 128) - 1


def _base_and_digits(symbol: str) -> tuple[int, str]:
    s = symbol.replace("_", "")
    if s[:2] in ("0x", "0o", "0b"):
        return {"0x": 16, "0o": 8, "0b": 2}[s[:2]], s[2:]
    return 10, s


def int_value(lit: Lit) -> int:
    """The value of an INTEGER literal (any base, `_` ignored); 0 if it has no valid value.
    The result may exceed `u128`: `check_literal` reports that."""
    try:
        base, digits = _base_and_digits(lit.symbol)
        return int(digits, base) if digits else 0
    except ValueError:
        return 0


def float_text(lit: Lit) -> str:
    """The digits of a FLOAT literal (or an INTEGER literal with an `f32`/`f64` suffix)
    without `_`, in a form Python's `float()` accepts (`1.` -> `1.`, `1e3` -> `1e3`)."""
    s = lit.symbol.replace("_", "")
    if lit.kind not in (LitKind.FLOAT, LitKind.INTEGER) or not s or not s[0].isdigit():
        return "0"
    if s[:2] in ("0x", "0o", "0b"):
        return str(int_value(lit))
    if s.endswith(("e", "E", "e+", "e-", "E+", "E-")):
        return "0"
    return s


def float_value(lit: Lit) -> float:
    """The value of a FLOAT literal as a Python float (f64); `inf` when out of range."""
    try:
        return float(float_text(lit))
    except ValueError:
        return 0.0


def str_value(lit: Lit) -> str:
    """The value of a STR or STR_RAW literal."""
    if lit.kind is LitKind.STR:
        return unescape_str(lit.symbol)
    if lit.kind is LitKind.STR_RAW:
        return unescape_raw_str(lit.symbol)
    return ""


def char_value(lit: Lit) -> str:
    """The value of a CHAR literal (a one-character string)."""
    return unescape_char(lit.symbol) if lit.kind is LitKind.CHAR else "\ufffd"


def byte_value(lit: Lit) -> int:
    """The value of a BYTE literal."""
    return unescape_byte(lit.symbol) if lit.kind is LitKind.BYTE else 0


def byte_str_value(lit: Lit) -> bytes:
    """The value of a BYTE_STR or BYTE_STR_RAW literal."""
    if lit.kind is LitKind.BYTE_STR:
        return unescape_byte_str(lit.symbol)
    if lit.kind is LitKind.BYTE_STR_RAW:
        return unescape_raw_byte_str(lit.symbol)
    return b""


def c_str_value(lit: Lit) -> bytes:
    """The bytes of a C_STR or C_STR_RAW literal, including the terminating NUL."""
    if lit.kind is LitKind.C_STR:
        return unescape_c_str(lit.symbol) + b"\0"
    if lit.kind is LitKind.C_STR_RAW:
        return unescape_raw_c_str(lit.symbol) + b"\0"
    return b"\0"


_DESCR: dict[LitKind, str] = {
    LitKind.BOOL: "boolean literal",
    LitKind.BYTE: "byte literal",
    LitKind.CHAR: "char literal",
    LitKind.INTEGER: "integer literal",
    LitKind.FLOAT: "float literal",
    LitKind.STR: "string literal",
    LitKind.STR_RAW: "string literal",
    LitKind.BYTE_STR: "byte string literal",
    LitKind.BYTE_STR_RAW: "byte string literal",
    LitKind.C_STR: "C string literal",
    LitKind.C_STR_RAW: "C string literal",
    LitKind.ERR: "error literal",
}


def lit_descr(kind: LitKind) -> str:
    """rustc's `LitKind::descr` ("integer literal", "byte string literal", ...)."""
    return _DESCR[kind]


def check_literal(lit: Lit, span: Span) -> Diagnostic | None:
    """The error rustc reports for literal token `lit` (at `span`) when it becomes an
    expression or pattern, or None when it is valid (or was already reported: ERR)."""
    kind, suffix = lit.kind, lit.suffix
    if kind is LitKind.ERR:
        return None
    if kind is LitKind.INTEGER:
        return _check_int(lit, span)
    if kind is LitKind.FLOAT:
        if suffix is not None and suffix not in FLOAT_SUFFIXES:
            return _invalid_float_suffix(suffix, span)
        return None
    if suffix is not None and kind is not LitKind.BOOL:
        return Diagnostic.error(f"suffixes on {lit_descr(kind)}s are invalid", span).with_primary(
            span, f"invalid suffix `{suffix}`"
        )
    return None


def _looks_like_width(first: str, s: str) -> bool:
    return len(s) > 1 and s[0] in first and s[1:].isdigit() and s[1:].isascii()


def _check_int(lit: Lit, span: Span) -> Diagnostic | None:
    base, digits = _base_and_digits(lit.symbol)
    suffix = lit.suffix
    if suffix is not None and suffix not in INT_SUFFIXES:
        if suffix.startswith("f"):
            if base != 10:
                name = {16: "hexadecimal", 8: "octal", 2: "binary"}[base]
                return Diagnostic.error(
                    f"{name} float literal is not supported", span
                ).with_primary(span, "not supported")
            if suffix not in FLOAT_SUFFIXES:
                return _invalid_float_suffix(suffix, span)
            return None
        if _looks_like_width("iu", suffix):
            return Diagnostic.error(
                f"invalid width `{suffix[1:]}` for integer literal", span
            ).with_help("valid widths are 8, 16, 32, 64 and 128")
        fixed = _fix_base_capitalisation(lit.symbol, suffix)
        if fixed is not None:
            return (
                Diagnostic.error("invalid base prefix for number literal", span)
                .with_note("base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase")
                .with_suggestion(
                    "try making the prefix lowercase",
                    [(span, fixed)],
                    Applicability.MACHINE_APPLICABLE,
                )
            )
        return (
            Diagnostic.error(f"invalid suffix `{suffix}` for number literal", span)
            .with_primary(span, f"invalid suffix `{suffix}`")
            .with_help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)")
        )
    try:
        value = int(digits, base)
    except ValueError:
        return None  # digits invalid for the base: the lexer has reported it
    if value > U128_MAX:
        limit = {2: f"{U128_MAX:#b}", 8: f"{U128_MAX:#o}", 16: f"{U128_MAX:#x}"}.get(
            base, str(U128_MAX)
        )
        return Diagnostic.error("integer literal is too large", span).with_note(
            f"value exceeds limit of `{limit}`"
        )
    return None


def _invalid_float_suffix(suffix: str, span: Span) -> Diagnostic:
    if _looks_like_width("f", suffix):
        return Diagnostic.error(f"invalid width `{suffix[1:]}` for float literal", span).with_help(
            "valid widths are 32 and 64"
        )
    return (
        Diagnostic.error(f"invalid suffix `{suffix}` for float literal", span)
        .with_primary(span, f"invalid suffix `{suffix}`")
        .with_help("valid suffixes are `f32` and `f64`")
    )


def _fix_base_capitalisation(prefix: str, suffix: str) -> str | None:
    """`0X1f` lexes as `0` with suffix `X1f`: suggest `0x1f` when the rest fits the base."""
    base = {"B": 2, "O": 8, "X": 16}.get(suffix[0])
    if base is None or prefix != "0":
        return None
    for c in suffix[1:]:
        if c == "_":
            continue
        if c in "iu":
            break
        try:
            int(c, base)
        except ValueError:
            return None
    return "0" + suffix[0].lower() + suffix[1:]


def break_up_float(symbol: str) -> tuple[str, ...] | None:
    """rustc's `break_up_float`: the pieces of a FLOAT symbol used as tuple fields.

    `"1"` / `"1e2"` -> one piece; `"1."` -> `("1", ".")`; `"1.2"` -> `("1", ".", "2")`;
    anything else (`1e+3`, `1.2.3`) -> None (an error for the parser to report)."""
    pieces: list[str] = []
    ident = ""
    for c in symbol:
        if c == "_" or (c.isascii() and c.isalnum()):
            ident += c
        elif c in ".+-":
            if ident:
                pieces.append(ident)
                ident = ""
            pieces.append(c)
        else:
            return None
    if ident:
        pieces.append(ident)
    if len(pieces) == 1 and pieces[0] not in ".+-":
        return (pieces[0],)
    if len(pieces) == 2 and pieces[1] == "." and pieces[0] not in ".+-":
        return (pieces[0], ".")
    if len(pieces) == 3 and pieces[1] == "." and pieces[0] not in ".+-" and pieces[2] not in ".+-":
        return (pieces[0], ".", pieces[2])
    return None
