"""Diagnostics for bad escapes and bad contents of char, byte and string literals.

Input: an `EscapeProblem` found by `unescape.check` in the content of a literal, the
literal's spans and its `Mode`. Output: the `Diagnostic` rustc emits for it (a port of
rustc's `unescape_error_reporting.rs`, wording as rustc 1.95 prints it). Warnings (skipped
lines, unskipped whitespace) come out as warning diagnostics.
"""

from __future__ import annotations

import unicodedata

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label
from ferric.lexer.chars import (
    UNICODE_WHITE_SPACE,
    char_debug,
    escape_default,
    escaped_char,
    has_no_width,
    is_combining_mark,
    is_zero_width,
)
from ferric.lexer.unescape import EscapeError, EscapeProblem, Mode

_MAYBE = Applicability.MAYBE_INCORRECT
_MACHINE = Applicability.MACHINE_APPLICABLE


def unescape_diagnostic(
    lit: str, full_span: Span, content_lo: int, mode: Mode, problem: EscapeProblem
) -> Diagnostic:
    """The diagnostic for `problem` in the literal whose content `lit` starts at global
    position `content_lo`; `full_span` covers the whole literal (prefix and quotes)."""
    err = problem.error
    span = Span(content_lo + problem.start, content_lo + problem.end)
    piece = lit[problem.start : problem.end]
    last = piece[-1] if piece else ""
    char_span = Span(span.hi - 1, span.hi) if piece else span
    E = EscapeError

    if err in (E.LONE_SURROGATE_UNICODE_ESCAPE, E.OUT_OF_RANGE_UNICODE_ESCAPE):
        help_ = (
            "unicode escape must not be a surrogate"
            if err is E.LONE_SURROGATE_UNICODE_ESCAPE
            else "unicode escape must be at most 10FFFF"
        )
        return (
            Diagnostic.error("invalid unicode character escape", span)
            .with_primary(span, "invalid escape")
            .with_help(help_)
        )
    if err is E.MORE_THAN_ONE_CHAR:
        return _more_than_one_char(lit, full_span, span, mode)
    if err is E.ESCAPE_ONLY_CHAR:
        what = "byte" if mode is Mode.BYTE else "character"
        return Diagnostic.error(
            f"{what} constant must be escaped: `{escaped_char(last)}`", span
        ).with_suggestion("escape the character", [(char_span, escape_default(last))], _MACHINE)
    if err is E.BARE_CARRIAGE_RETURN:
        msg = (
            "bare CR not allowed in string, use `\\r` instead"
            if mode.in_double_quotes
            else "character constant must be escaped: `\\r`"
        )
        return Diagnostic.error(msg, span).with_suggestion(
            "escape the character", [(span, "\\r")], _MACHINE
        )
    if err is E.BARE_CARRIAGE_RETURN_IN_RAW_STRING:
        return Diagnostic.error("bare CR not allowed in raw string", span)
    if err is E.INVALID_ESCAPE:
        label = (
            "unknown byte escape"
            if mode in (Mode.BYTE, Mode.BYTE_STR)
            else "unknown character escape"
        )
        d = Diagnostic.error(f"{label}: `{escaped_char(last)}`", char_span).with_primary(
            char_span, label
        )
        if last == "{" or (last == "}" and mode in (Mode.STR, Mode.RAW_STR)):
            d.with_help(
                "if used in a formatting string, curly braces are escaped with `{{` and `}}`"
            )
        elif last == "\r":
            d.with_help(
                "this is an isolated carriage return; consider checking your editor and "
                "version control settings"
            )
        else:
            d.with_help(
                "for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>"
            )
            if mode in (Mode.STR, Mode.CHAR):
                d.with_suggestion(
                    "if you meant to write a literal backslash (perhaps escaping in a regular "
                    "expression), consider a raw string literal",
                    [(full_span, f'r"{lit}"')],
                    _MAYBE,
                )
        return d
    if err is E.TOO_SHORT_HEX_ESCAPE:
        return Diagnostic.error("numeric character escape is too short", span)
    if err in (E.INVALID_CHAR_IN_HEX_ESCAPE, E.INVALID_CHAR_IN_UNICODE_ESCAPE):
        msg = (
            "invalid character in numeric character escape"
            if err is E.INVALID_CHAR_IN_HEX_ESCAPE
            else "invalid character in unicode escape"
        )
        return Diagnostic.error(f"{msg}: `{escaped_char(last)}`", char_span).with_primary(
            char_span, msg
        )
    if err is E.NON_ASCII_CHAR_IN_BYTE:
        return _non_ascii_in_byte(last, char_span, mode)
    if err is E.OUT_OF_RANGE_HEX_ESCAPE:
        d = Diagnostic.error("out of range hex escape", span).with_primary(
            span, "must be a character in the range [\\x00-\\x7f]"
        )
        if (
            len(lit.encode("utf-8", "surrogatepass")) <= 4
            and len(piece) == 4
            and piece.startswith("\\x")
            and mode in (Mode.CHAR, Mode.STR)
        ):
            value = int(piece[2:4], 16)
            d.with_help(f"if you want to write a byte literal, use `b'{piece}'`")
            d.with_help(f"if you want to write a Unicode character, use `'\\u{{{value:X}}}'`")
        return d
    if err is E.LEADING_UNDERSCORE_UNICODE_ESCAPE:
        msg = "invalid start of unicode escape"
        return Diagnostic.error(f"{msg}: `{escaped_char(last)}`", char_span).with_primary(
            char_span, msg
        )
    if err is E.OVERLONG_UNICODE_ESCAPE:
        return Diagnostic.error("overlong unicode escape", span).with_primary(
            span, "must have at most 6 hex digits"
        )
    if err is E.UNCLOSED_UNICODE_ESCAPE:
        return (
            Diagnostic.error("unterminated unicode escape", span)
            .with_primary(span, "missing a closing `}`")
            .with_suggestion("terminate the unicode escape", [(span.shrink_to_hi(), "}")], _MAYBE)
        )
    if err is E.NO_BRACE_IN_UNICODE_ESCAPE:
        return _no_brace(lit, span, char_span, last, problem.end)
    if err is E.UNICODE_ESCAPE_IN_BYTE:
        msg = "unicode escape in byte string"
        return (
            Diagnostic.error(msg, span)
            .with_primary(span, msg)
            .with_help("unicode escape sequences cannot be used as a byte or in a byte string")
        )
    if err is E.EMPTY_UNICODE_ESCAPE:
        return Diagnostic.error("empty unicode escape", span).with_primary(
            span, "this escape must have at least 1 hex digit"
        )
    if err is E.ZERO_CHARS:
        msg = "empty character literal"
        return Diagnostic.error(msg, span).with_primary(span, msg)
    if err is E.LONE_SLASH:
        msg = "invalid trailing slash in literal"
        return Diagnostic.error(msg, span).with_primary(span, msg)
    if err is E.NUL_IN_C_STR:
        return Diagnostic.error("null characters in C string literals are not supported", span)
    if err is E.UNSKIPPED_WHITESPACE_WARNING:
        msg = f"whitespace symbol '{escaped_char(last)}' is not skipped"
        return Diagnostic.warning(msg, span).with_label(char_span, msg)
    # MULTIPLE_SKIPPED_LINES_WARNING
    return Diagnostic.warning("multiple lines skipped by escaped newline", span).with_primary(
        span, "skipping everything up to and including this point"
    )


def _more_than_one_char(lit: str, full_span: Span, span: Span, mode: Mode) -> Diagnostic:
    d = Diagnostic.error("character literal may only contain one codepoint", full_span)
    first, rest = lit[0], lit[1:]
    suggested = False
    if all(is_combining_mark(c) for c in rest):
        normalized = unicodedata.normalize("NFC", lit)
        marks = "".join(escape_default(c) for c in rest)
        plural = "mark" if len(rest) == 1 else "marks"
        d.with_note(f"this `{first}` is followed by the combining {plural} `{marks}`", span)
        if len(normalized) == 1:
            d.with_suggestion(
                f"consider using the normalized form `{escape_default(normalized)}` of this character",
                [(span, normalized)],
                _MACHINE,
            )
            suggested = True
    else:
        printable = [
            x
            for x in lit
            if not is_zero_width(x) and not has_no_width(x) and x not in UNICODE_WHITE_SPACE
        ]
        if len(printable) == 1:
            escaped = "".join(escape_default(c) for c in lit)
            d.with_note(
                f"there are non-printing characters, the full sequence is `{escaped}`", span
            )
            d.with_suggestion(
                "consider removing the non-printing characters", [(span, printable[0])], _MACHINE
            )
            suggested = True
    if not suggested:
        prefix = mode.prefix_noraw
        out: list[str] = []
        in_escape = False
        for c in lit:
            if c == "\\":
                in_escape = not in_escape
            elif c == '"' and not in_escape:
                out.append("\\")
            else:
                in_escape = False
            out.append(c)
        escaped = "".join(out)
        what = "byte string" if mode is Mode.BYTE else "string"
        msg = f"if you meant to write a {what} literal, use double quotes"
        if len(escaped) != len(lit) or full_span.is_empty:
            d.with_suggestion(msg, [(full_span, f'{prefix}"{escaped}"')], _MACHINE)
        else:
            start = Span(full_span.lo, full_span.lo + len(prefix) + 1)
            end = Span(full_span.hi - 1, full_span.hi)
            d.with_suggestion(msg, [(start, prefix + '"'), (end, '"')], _MACHINE)
    return d


def _non_ascii_in_byte(c: str, span: Span, mode: Mode) -> Diagnostic:
    desc = {
        Mode.BYTE: "byte literal",
        Mode.BYTE_STR: "byte string literal",
        Mode.RAW_BYTE_STR: "raw byte string literal",
    }.get(mode, "byte literal")
    d = Diagnostic.error(f"non-ASCII character in {desc}", span)
    postfix = f" but is {char_debug(c)}" if is_zero_width(c) else ""
    d.with_primary(span, f"must be ASCII{postfix}")
    cp = ord(c)
    if cp <= 0xFF and mode is not Mode.RAW_BYTE_STR:
        d.with_suggestion(
            f"if you meant to use the unicode code point for {char_debug(c)}, use a \\xHH escape",
            [(span, f"\\x{cp:X}")],
            _MAYBE,
        )
    elif mode is Mode.BYTE:
        d.labels.append(
            Label(span, "this multibyte character does not fit into a single byte", True)
        )
    elif mode is not Mode.RAW_BYTE_STR:
        utf8 = "".join(f"\\x{b:X}" for b in c.encode("utf-8", "surrogatepass"))
        d.with_suggestion(
            f"if you meant to use the UTF-8 encoding of {char_debug(c)}, use \\xHH escapes",
            [(span, utf8)],
            _MAYBE,
        )
    return d


def _no_brace(lit: str, span: Span, char_span: Span, last: str, end: int) -> Diagnostic:
    msg = "incorrect unicode escape sequence"
    digits = ""
    for c in (last + lit[end:])[:6]:
        if c not in "0123456789abcdefABCDEF":
            break
        digits += c
    d = Diagnostic.error(msg, span)
    if digits:
        d.with_suggestion(
            "format of unicode escape sequences uses braces",
            [(span.with_hi(char_span.lo + len(digits)), "\\u{" + digits + "}")],
            _MAYBE,
        )
    else:
        d.with_primary(span, msg).with_help("format of unicode escape sequences is `\\u{...}`")
    return d
