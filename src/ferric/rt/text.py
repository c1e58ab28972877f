"""Text, formatting and hashing operations generated code calls by name
(`from ferric.rt.text import *`; the compiler side is `backend.py.textpath`).

Text pieces of `fmt::Arguments` (`FmtArgs.pieces`, beside literal `Slice`s and
`(value, fmt_fn, flags, width, precision)` placeholder tuples): a `{}` without options of
an integer, `bool`, `char`, `str` or `String`, rendered when `format_args!` runs. Each
stands for the writes std's `Display` makes, which a writer can observe (a user's
`fmt::Write::write_char`, a `String`'s capacity growing write by write):

| piece | Rust value | writes |
|---|---|---|
| `int` | an integer | `write_char('-')` when negative, then `write_str(digits)` |
| 1-char `str` | a `char` | `write_char(c)` |
| `bytes` / `bytearray` | `str`, `String`, `bool` | `write_str(text)` |

Strings are UTF-8 bytes (`Vec` of a `bytearray`, `Slice` views): lengths and offsets are
in bytes, as in Rust.
"""

from __future__ import annotations

from typing import Any

from ferric.rt.core import Slice, Vec


def _push(v: Vec, data: Any) -> None:
    """`String::push_str` of `data` (bytes): capacity grows as `RawVec` (doubling, at
    least 8)."""
    a = v.a
    need = len(a) + len(data)
    if need > v.cap:
        v.cap = max(v.cap * 2, need, 8)
    a += data


def fmt_plain_into(v: Vec, fa: Any) -> bool:
    """`String::write_fmt` when every piece is literal text or a text piece: appends them
    (write by write, as `fmt::write` would) and returns True; else False, writing nothing."""
    pieces = fa.pieces
    for p in pieces:
        if type(p) is tuple:
            return False
    for p in pieces:
        tp = type(p)
        if tp is Slice:
            _push(v, p.b[p.lo : p.hi])
        elif tp is int:
            if p < 0:
                _push(v, b"-")
                p = -p
            _push(v, b"%d" % p)
        elif tp is str:
            _push(v, p.encode())
        else:
            _push(v, p)
    return True


def string_push_char(v: Vec, c: str) -> None:
    """`String::push`."""
    _push(v, c.encode())


def stream_write_str(a: bytearray, s: Slice) -> None:
    """`Hasher::write_str` of std's `StreamHasher` (`a`: its bytes): the text, then 0xFF."""
    a += s.b[s.lo : s.hi]
    a.append(255)


def str_cmp(a: Slice, b: Slice) -> int:
    """`<str as Ord>::cmp` as -1, 0, 1: lexicographic by bytes."""
    x = a.b[a.lo : a.hi]
    y = b.b[b.lo : b.hi]
    return -1 if x < y else 0 if x == y else 1


# -- searching `str` (std's `str::pattern` searchers) ------------------------------------------


def find_bytes(hay: Slice, needle: Slice, start: int, end: int) -> int | None:
    """The first offset in `hay[start..end]` where `needle` starts (`start` for an empty
    needle), or None."""
    if needle.hi == needle.lo:
        return start
    lo = hay.lo
    i = hay.b.find(needle.b[needle.lo : needle.hi], lo + start, lo + end)
    return None if i < 0 else i - lo


def rfind_bytes(hay: Slice, needle: Slice, start: int, end: int) -> int | None:
    """The last offset in `hay[start..end]` where `needle` (non-empty) starts, or None."""
    lo = hay.lo
    i = hay.b.rfind(needle.b[needle.lo : needle.hi], lo + start, lo + end)
    return None if i < 0 else i - lo


def find_char(hay: Slice, c: str, start: int, end: int) -> list[int] | None:
    """The byte range of the first `c` in `hay[start..end]`, or None."""
    e = c.encode()
    lo = hay.lo
    i = hay.b.find(e, lo + start, lo + end)
    if i < 0:
        return None
    i -= lo
    return [i, i + len(e)]


def rfind_char(hay: Slice, c: str, start: int, end: int) -> list[int] | None:
    """The byte range of the last `c` in `hay[start..end]`, or None."""
    e = c.encode()
    lo = hay.lo
    i = hay.b.rfind(e, lo + start, lo + end)
    if i < 0:
        return None
    i -= lo
    return [i, i + len(e)]
