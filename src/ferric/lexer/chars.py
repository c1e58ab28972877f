"""Character classes and character printing, as rustc's lexer uses them.

Input: single characters (Python `str` of length 1). Output: booleans (identifier start /
continue, Rust whitespace, emoji, zero-width) and the escaped forms rustc prints in messages
(`char::escape_default`, `char::escape_debug`, `escaped_char`).

Identifier classes follow Unicode XID_Start / XID_Continue through `str.isidentifier`
(Python's Unicode database may be a version or two behind rustc's; the differences are in
recently added letters only). The emoji table is the Unicode `Emoji` property restricted to
non-ASCII code points, which is all rustc's lexer asks about.
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache

RUST_WHITESPACE: frozenset[str] = frozenset("\t\n\x0b\x0c\r \x85\u200e\u200f\u2028\u2029")
"""Pattern_White_Space: what rustc's lexer skips between tokens."""

UNICODE_WHITE_SPACE: frozenset[str] = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""The White_Space property (Rust's `char::is_whitespace`)."""


def is_id_start(c: str) -> bool:
    """XID_Start or `_` (rustc_lexer::is_id_start)."""
    if c < "\x80":
        return c.isalpha() or c == "_"
    return c.isidentifier()


@lru_cache(maxsize=4096)
def _is_id_continue_nonascii(c: str) -> bool:
    return ("a" + c).isidentifier()


def is_id_continue(c: str) -> bool:
    """XID_Continue (rustc_lexer::is_id_continue)."""
    if c < "\x80":
        return c.isalnum() or c == "_"
    return _is_id_continue_nonascii(c)


def is_whitespace(c: str) -> bool:
    return c in RUST_WHITESPACE


# Non-ASCII code points with the Unicode `Emoji` property, as (first, last) ranges.
# fmt: off
_EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122),
    (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328),
    (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2604), (0x260E, 0x260E),
    (0x2611, 0x2611), (0x2614, 0x2615), (0x2618, 0x2618), (0x261D, 0x261D), (0x2620, 0x2620),
    (0x2622, 0x2623), (0x2626, 0x2626), (0x262A, 0x262A), (0x262E, 0x262F), (0x2638, 0x263A),
    (0x2640, 0x2640), (0x2642, 0x2642), (0x2648, 0x2653), (0x265F, 0x2660), (0x2663, 0x2663),
    (0x2665, 0x2666), (0x2668, 0x2668), (0x267B, 0x267B), (0x267E, 0x267F), (0x2692, 0x2697),
    (0x2699, 0x2699), (0x269B, 0x269C), (0x26A0, 0x26A1), (0x26A7, 0x26A7), (0x26AA, 0x26AB),
    (0x26B0, 0x26B1), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26C8, 0x26C8), (0x26CE, 0x26CF),
    (0x26D1, 0x26D1), (0x26D3, 0x26D4), (0x26E9, 0x26EA), (0x26F0, 0x26F5), (0x26F7, 0x26FA),
    (0x26FD, 0x26FD), (0x2702, 0x2702), (0x2705, 0x2705), (0x2708, 0x270D), (0x270F, 0x270F),
    (0x2712, 0x2712), (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721),
    (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C),
    (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2763, 0x2764), (0x2795, 0x2797),
    (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
    (0x1F170, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
    (0x1F1E6, 0x1F1FF), (0x1F201, 0x1F202), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A), (0x1F250, 0x1F251), (0x1F300, 0x1F321), (0x1F324, 0x1F393),
    (0x1F396, 0x1F397), (0x1F399, 0x1F39B), (0x1F39E, 0x1F3F0), (0x1F3F3, 0x1F3F5),
    (0x1F3F7, 0x1F4FD), (0x1F4FF, 0x1F53D), (0x1F549, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F56F, 0x1F570), (0x1F573, 0x1F57A), (0x1F587, 0x1F587), (0x1F58A, 0x1F58D),
    (0x1F590, 0x1F590), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A5), (0x1F5A8, 0x1F5A8),
    (0x1F5B1, 0x1F5B2), (0x1F5BC, 0x1F5BC), (0x1F5C2, 0x1F5C4), (0x1F5D1, 0x1F5D3),
    (0x1F5DC, 0x1F5DE), (0x1F5E1, 0x1F5E1), (0x1F5E3, 0x1F5E3), (0x1F5E8, 0x1F5E8),
    (0x1F5EF, 0x1F5EF), (0x1F5F3, 0x1F5F3), (0x1F5FA, 0x1F64F), (0x1F680, 0x1F6C5),
    (0x1F6CB, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6E5), (0x1F6E9, 0x1F6E9),
    (0x1F6EB, 0x1F6EC), (0x1F6F0, 0x1F6F0), (0x1F6F3, 0x1F6FC), (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
    (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA89), (0x1FA8F, 0x1FAC6), (0x1FACE, 0x1FADC),
    (0x1FADF, 0x1FAE9), (0x1FAF0, 0x1FAF8),
)
# fmt: on
_EMOJI_STARTS: list[int] = [lo for lo, _ in _EMOJI_RANGES]


def is_emoji_char(c: str) -> bool:
    """The Unicode `Emoji` property, for non-ASCII `c` (ASCII digits, `#`, `*` excluded)."""
    cp = ord(c)
    if cp < 0x80:
        return False
    i = bisect.bisect_right(_EMOJI_STARTS, cp) - 1
    return i >= 0 and cp <= _EMOJI_RANGES[i][1]


def is_combining_mark(c: str) -> bool:
    return unicodedata.category(c) in ("Mn", "Mc", "Me")


def is_zero_width(c: str) -> bool:
    """`unicode_width::UnicodeWidthChar::width(c) == Some(0)`: combining marks, format
    characters and Hangul medial/final jamo (controls have no width at all: see
    `has_no_width`)."""
    if c == "\x00":
        return True
    cat = unicodedata.category(c)
    if cat in ("Mn", "Me", "Cf"):
        return c != "\xad"
    return "\u1160" <= c <= "\u11ff" or "\ud7b0" <= c <= "\ud7ff" or c == "\u200b"


def has_no_width(c: str) -> bool:
    """`width(c)` is `None` (control characters)."""
    return c != "\x00" and unicodedata.category(c) == "Cc"


def escape_default(c: str) -> str:
    """Rust's `char::escape_default`."""
    if c == "\t":
        return "\\t"
    if c == "\r":
        return "\\r"
    if c == "\n":
        return "\\n"
    if c in "\\'\"":
        return "\\" + c
    if " " <= c <= "~":
        return c
    return f"\\u{{{ord(c):x}}}"


def escaped_char(c: str) -> str:
    """rustc's `escaped_char`: printable ASCII as is (even `\\`, `'`, `"`), else escaped."""
    if " " <= c <= "~":
        return c
    return escape_default(c)


def _is_printable(c: str) -> bool:
    cat = unicodedata.category(c)
    if cat[0] == "C" or cat in ("Zl", "Zp"):
        return False
    return not (cat == "Zs" and c != " ")


def escape_debug_char(c: str, in_char: bool = True) -> str:
    """Rust's `char::escape_debug` (the inside of `{:?}` of a char when `in_char`)."""
    if c == "\0":
        return "\\0"
    if c in "\t\r\n\\":
        return escape_default(c)
    if c == "'":
        return "\\'" if in_char else "'"
    if c == '"':
        return '"' if in_char else '\\"'
    if unicodedata.category(c) in ("Mn", "Me") or not _is_printable(c):
        return f"\\u{{{ord(c):x}}}"
    return c


def char_debug(c: str) -> str:
    """`format!("{c:?}")` for a char: the char in single quotes, escaped for debugging."""
    return "'" + escape_debug_char(c) + "'"
