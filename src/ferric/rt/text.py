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
| `Writes` | `f32`/`f64` (`{}`, `{:?}`, `{:.N}`); `{:?}` of `str`, `String`, `char` | per part: `write_str` (sign, digits, `.`, zeros; text runs, escapes), `write_char` (quotes) |
| `Pad` | one of those with a width | `write_char(fill)` per fill char before, the piece (a `char` with `write_str`), per fill char after |

Strings are UTF-8 bytes (`Vec` of a `bytearray`, `Slice` views): lengths and offsets are
in bytes, as in Rust.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ferric.rt.core import Slice, Vec


def _raw(s: Slice) -> Any:
    """The buffer under a byte slice as a bytes-like object: a `str`/`[u8]` is a view of
    a `bytes` or `bytearray`, or (an array copied as a list) of a `list` of ints."""
    b = s.b
    return b if type(b) is not list else bytes(b)


str_buf = _raw
"""`_raw` for generated code (the star import leaves out private names)."""


class Pad:
    """A text piece padded to its width (`Formatter::padding`): `pre` fill chars, the piece
    `core` (an `int`, or the text's bytes), `post` fill chars."""

    __slots__ = ("core", "fill", "post", "pre")

    def __init__(self, pre: int, fill: str, core: Any, post: int) -> None:
        self.pre = pre
        self.fill = fill
        self.core = core
        self.post = post


class Writes:
    """A text piece standing for several writes: `bytes` parts are `write_str`s, 1-char
    `str` parts `write_char`s (a float's sign and formatted parts, as core's
    `Formatter::write_formatted_parts` writes them; `{:?}` of text). `text` is their
    concatenation."""

    __slots__ = ("parts", "text")

    def __init__(self, parts: tuple[Any, ...]) -> None:
        self.parts = parts
        self.text = b"".join(p.encode() if type(p) is str else p for p in parts)


_ESCAPES = {"\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\"}
_PLAIN_DEBUG = re.compile(rb"[\x20\x21\x23-\x5b\x5d-\x7e]*")
"""Printable ASCII but `"` and `\\`: what `<str as Debug>` never escapes."""


def _escape_debug(c: str, quote: str) -> str | None:
    """`char::escape_debug_ext` (grapheme extenders escaped, `quote` the escaped quote):
    the escape of `c`, or None when it is printed as itself."""
    from ferric.rt.unicode import uc_grapheme_extend, uc_printable

    esc = _ESCAPES.get(c)
    if esc is not None:
        return esc
    if c == quote:
        return "\\" + c
    o = ord(c)
    if o < 0x7F:
        return None if o >= 0x20 else f"\\u{{{o:x}}}"
    if uc_grapheme_extend(c) or not uc_printable(c):
        return f"\\u{{{o:x}}}"
    return None


def debug_str_piece(s: Slice) -> Writes:
    """The text piece of `{:?}` of a `str`/`String`: `<str as Debug>::fmt`'s writes, the
    quotes with `write_char`, each run of unescaped text (maybe empty) before an escape
    and the escape with `write_str`."""
    raw = bytes(_raw(s)[s.lo : s.hi])
    if _PLAIN_DEBUG.fullmatch(raw):
        return Writes(('"', raw, '"'))
    parts: list[Any] = ['"']
    start = pos = 0
    for c in raw.decode():
        n = len(c.encode())
        esc = _escape_debug(c, '"')
        if esc is not None:
            parts += [raw[start:pos], esc.encode()]
            start = pos + n
        pos += n
    parts += [raw[start:pos], '"']
    return Writes(tuple(parts))


def debug_char_piece(c: str) -> Writes:
    """The text piece of `{:?}` of a `char`: `'`, the escape (`write_str`) or the char
    itself (`write_char`, as `EscapeDebug`'s `Display` writes a lone char), `'`."""
    esc = _escape_debug(c, "'")
    return Writes(("'", c if esc is None else esc.encode(), "'"))


_ZEROES = b"0" * 64


def _zeroes(n: int) -> list[bytes]:
    """The writes of `Part::Zero(n)`: 64 zeros at a time, then the rest (none for 0)."""
    out = []
    while n > 64:
        out.append(_ZEROES)
        n -= 64
    if n > 0:
        out.append(_ZEROES[:n])
    return out


def _dec_parts(buf: str, exp: int, frac: int) -> list[bytes]:
    """flt2dec's `digits_to_dec_str`: `0.buf * 10^exp` positionally, with at least `frac`
    fraction digits, as the writes of its parts."""
    b = buf.encode()
    n = len(b)
    if exp <= 0:
        out = [b"0.", *_zeroes(-exp), b]
        if frac > n and frac - n > -exp:
            out += _zeroes(frac - n + exp)
        return out
    if exp < n:
        out = [b[:exp], b".", b[exp:]]
        if frac > n - exp:
            out += _zeroes(frac - (n - exp))
        return out
    out = [b, *_zeroes(exp - n)]
    if frac > 0:
        out += [b".", *_zeroes(frac)]
    return out


def _exp_parts(buf: str, exp: int) -> list[bytes]:
    """flt2dec's `digits_to_exp_str` (no minimum digits, lower case): `d.ddd e N`."""
    b = buf.encode()
    out = [b[:1]]
    if len(b) > 1:
        out += [b".", b[1:]]
    e = exp - 1
    out += [b"e-" if e < 0 else b"e", b"%d" % abs(e)]
    return out


_F32_SMALL, _F32_LARGE = 9.999999747378752e-05, 1.0000000272564224e16
"""`1e-4` and `1e16` rounded to `f32` (the bounds `{:?}` of an `f32` compares with)."""


def float_piece(x: float, f32: bool, debug: bool, precision: int | None) -> Writes:
    """The text piece of `{}`/`{:?}` (with an optional literal precision) of a float,
    without a width: core's sign (`-` for negatives and -0, none for NaN) and the parts of
    `flt2dec::to_shortest_str` (Display: no minimum fraction, `{:?}`: one),
    `to_shortest_exp_str` (`{:?}` outside `1e-4 <= |x| < 1e16`) or `to_exact_fixed_str`
    (a precision), each part one `write_str`, as `write_formatted_parts` does."""
    from ferric.rt import float as rf

    if x != x:
        return Writes((b"NaN",))
    sign = [b"-"] if math.copysign(1.0, x) < 0 else []
    a = abs(x)
    if a == math.inf:
        return Writes((*sign, b"inf"))
    if precision is not None:
        text = f"{a:.{precision}f}"
        whole, _, fraction = text.partition(".")
        digits = whole + fraction
        first = len(digits) - len(digits.lstrip("0"))
        if first == len(digits):  # (zero, or rounded to zero)
            return Writes((*sign, *([b"0.", *_zeroes(precision)] if precision > 0 else [b"0"])))
        return Writes((*sign, *_dec_parts(digits[first:], len(whole) - first, precision)))
    frac = 1 if debug else 0
    if a == 0.0:
        return Writes((*sign, *([b"0.", b"0"] if frac else [b"0"])))
    digits, k = rf._shortest(a, True) if f32 else rf._shortest_f64(a)
    small, large = (_F32_SMALL, _F32_LARGE) if f32 else (1e-4, 1e16)
    if debug and (a < small or a >= large):
        return Writes((*sign, *_exp_parts(digits, k)))
    return Writes((*sign, *_dec_parts(digits, k, frac)))


def pad_piece(core: Any, width: int, align: int, fill: str) -> Any:
    """The text piece `core` (an `int`, a float's `Writes`, or text bytes) formatted with
    `{:width$}` and the given fill and alignment (0 left, 1 right, 2 center, 3 the default:
    right for a number, left for text): `core` itself when it is as wide already, else a `Pad`.
    The width counts an integer's bytes (ASCII) and a text's chars, as std does."""
    if type(core) is int:
        n = len(b"%d" % core)
        if align == 3:
            align = 1
    elif type(core) is Writes:  # (a float: ASCII, right-aligned by default)
        n = len(core.text)
        if align == 3:
            align = 1
    else:
        n = len(core.decode())
        if align == 3:
            align = 0
    if n >= width:
        return core
    pad = width - n
    if align == 0:
        return Pad(0, fill, core, pad)
    if align == 1:
        return Pad(pad, fill, core, 0)
    return Pad(pad // 2, fill, core, (pad + 1) // 2)


def write_pad(p: Pad, d: Any, ws: Any, wc: Any) -> Any:
    """`_fmt_write` of a `Pad` to a `fmt::Write` (`ws`/`wc`: its `write_str`/`write_char`
    on the place `d`): the result of the first failing write, else of the last one."""
    fill = p.fill
    for _ in range(p.pre):
        r = wc(d, fill)
        if r.t:
            return r
    core = p.core
    if type(core) is Writes:
        for w in core.parts:
            r = wc(d, w) if type(w) is str else ws(d, Slice(w, 0, len(w)))
            if r.t:
                return r
    else:
        if type(core) is int:
            if core < 0:
                r = wc(d, "-")
                if r.t:
                    return r
                core = -core
            core = b"%d" % core
        r = ws(d, Slice(core, 0, len(core)))
        if r.t:
            return r
    for _ in range(p.post):
        r = wc(d, fill)
        if r.t:
            return r
    return r


def string_push_bytes(v: Vec, data: Any) -> None:
    """`String::push_str` of `data` (bytes, or a list of byte values): capacity grows as
    `RawVec` (doubling, at least 8)."""
    a = v.a
    need = len(a) + len(data)
    if need > v.cap:
        v.cap = max(v.cap * 2, need, 8)
    a.extend(data)


def _grown(cap: int, n: int) -> int | None:
    """The capacity after writes that take a `String` of capacity `cap` to length `n`, when
    the sizes of the writes do not matter: none needed, or the first growth (to
    `max(2 * cap, need, 8)`) already holds `n`; else None."""
    if n <= cap:
        return cap
    grown = max(2 * cap, 8)
    return grown if n <= grown else None


def fmt_plain_into(v: Vec, fa: Any) -> bool:
    """`String::write_fmt` when every piece is literal text or a text piece: appends them
    (write by write, the capacity growing as `push_str` grows it) and returns True; else
    False, writing nothing."""
    if fa.args:
        text = fa.args[0]
        cap = _grown(v.cap, len(v.a) + len(text))
        if cap is not None:
            v.a += text
            v.cap = cap
            return True
    pieces = fa.pieces
    for p in pieces:
        if type(p) is tuple:
            return False
    a = v.a
    cap = v.cap
    for p in pieces:
        tp = type(p)
        post = None
        if tp is Pad:
            fill = p.fill.encode()
            for _ in range(p.pre):
                if len(a) + len(fill) > cap:
                    cap = max(cap * 2, len(a) + len(fill), 8)
                a += fill
            post = p.post
            p = p.core
            tp = type(p)
        if tp is Writes:
            for data in p.parts[:-1]:
                if type(data) is str:
                    data = data.encode()
                if len(a) + len(data) > cap:
                    cap = max(cap * 2, len(a) + len(data), 8)
                a += data
            tp, p = bytes, p.parts[-1]
        if tp is Slice:
            data = _raw(p)[p.lo : p.hi]
        elif tp is int:
            if p < 0:
                if len(a) + 1 > cap:
                    cap = max(cap * 2, len(a) + 1, 8)
                a.append(45)
                p = -p
            data = b"%d" % p
        elif tp is str:
            data = p.encode()
        else:
            data = p
        need = len(a) + len(data)
        if need > cap:
            cap = max(cap * 2, need, 8)
        a += data
        if post is not None:
            for _ in range(post):
                if len(a) + len(fill) > cap:
                    cap = max(cap * 2, len(a) + len(fill), 8)
                a += fill
    v.cap = cap
    return True


def fmt_format(fa: Any) -> Vec | None:
    """`format!`'s `String` when every piece is literal text or a text piece, else None:
    the text, with the capacity std reaches (`estimated_capacity` to start with, or a lone
    literal's length as `Arguments::as_str` gives it; then each write, a negative integer's
    `-` apart, growing it as `push_str` does)."""
    if fa.args:
        text, cap = fa.args
        grown = _grown(cap, len(text))
        if grown is not None:
            return Vec(bytearray(text), grown)
    parts: list[Any] = []
    lit = 0
    args = False
    for p in fa.pieces:
        tp = type(p)
        if tp is Slice:
            b, lo, hi = p.b, p.lo, p.hi
            parts.append(b[lo:hi] if type(b) is not list else bytes(b[lo:hi]))
            lit += hi - lo
        elif tp is int:
            args = True
            if p < 0:
                parts.append(b"-")
                p = -p
            parts.append(b"%d" % p)
        elif tp is str:
            args = True
            parts.append(p.encode())
        elif tp is Writes:
            args = True
            parts.extend(w.encode() if type(w) is str else w for w in p.parts)
        elif tp is tuple:
            return None
        elif tp is Pad:
            v = Vec(bytearray(), fmt_estimated_capacity(fa))
            return v if fmt_plain_into(v, fa) else None
        else:
            args = True
            parts.append(p)
    if not args:
        cap = lit
    elif type(fa.pieces[0]) is not Slice and lit < 16:
        cap = 0
    else:
        cap = 2 * lit
    n = 0
    for d in parts:
        n += len(d)
        if n > cap:
            cap = max(cap * 2, n, 8)
    return Vec(bytearray().join(parts), cap)


def fmt_string(text: bytes, cap: int) -> Vec:
    """`format!`'s `String` of `text` when every write it takes is short enough that the
    capacity, from rustc's estimate `cap`, only doubles (`max(2 * cap, 8)`) as it grows
    (the compiler checks that: `PlainText.doubling`)."""
    n = len(text)
    while cap < n:
        cap = cap * 2 if cap >= 4 else 8
    return Vec(bytearray(text), cap)


def fmt_plain_bytes(fa: Any) -> Slice | None:
    """The text of `fmt::Arguments` whose pieces are all literal text or text pieces, or
    None."""
    if fa.args:
        text = fa.args[0]
        return Slice(text, 0, len(text))
    out = bytearray()
    for p in fa.pieces:
        tp = type(p)
        post = b""
        if tp is Pad:
            out += p.fill.encode() * p.pre
            post = p.fill.encode() * p.post
            p = p.core
            tp = type(p)
        if tp is Slice:
            out += _raw(p)[p.lo : p.hi]
        elif tp is int:
            out += b"%d" % p
        elif tp is str:
            out += p.encode()
        elif tp is tuple:
            return None
        elif tp is Writes:
            out += p.text
        else:
            out += p
        out += post
    return Slice(out, 0, len(out))


def memrchr(x: int, s: Slice) -> int | None:
    """The last offset of byte `x` in the bytes `s`, or None."""
    i = _raw(s).rfind(x, s.lo, s.hi)
    return None if i < 0 else i - s.lo


def vec_extend_copy(v: Vec, s: Slice, min_cap: int) -> bool:
    """`Vec::extend_from_slice` of by-value elements: `reserve(s.len())`, then the copy."""
    n = s.hi - s.lo
    need = len(v.a) + n
    if need > v.cap:
        v.cap = max(v.cap * 2, need, min_cap)
    v.a.extend(s.b[s.lo : s.hi])
    return True


def fmt_estimated_capacity(fa: Any) -> int:
    """`Arguments::estimated_capacity` (the capacity `format!` starts with), as rustc's: the
    literal text's length; doubled when there are placeholders, as more will be pushed;
    none when the text starts with a placeholder and the literal text is short."""
    pieces = fa.pieces
    n = 0
    args = False
    for p in pieces:
        if type(p) is Slice:
            n += p.hi - p.lo
        else:
            args = True
    if not args:
        return n
    if type(pieces[0]) is not Slice and n < 16:
        return 0
    return 2 * n


def int_string(v: int, digits: int | None) -> Vec:
    """`v.to_string()` of an integer: rustc's capacity is the text's length, or for a signed
    type the most `digits` it can have (one more when negative)."""
    b = bytearray(b"%d" % v)
    return Vec(b, len(b) if digits is None else digits + (v < 0))


def text_string(data: Any) -> Vec:
    """`to_string()` of text (`str`, `String`, `char`, `bool`): a copy, as long as it is."""
    b = bytearray(data)
    return Vec(b, len(b))


def str_join(items: Slice, sep: Slice, owned: bool) -> Vec:
    """`[S]::join(sep)` of `str`s (`Slice`s) or, when `owned`, `String`s (`Vec`s): the text,
    with its length as capacity (rustc reserves the exact length)."""
    parts = [x.a for x in items.b[items.lo : items.hi]] if owned else [_raw(x)[x.lo : x.hi] for x in items.b[items.lo : items.hi]]
    data = bytearray(_raw(sep)[sep.lo : sep.hi]).join(parts)
    return Vec(data, len(data))


def str_replace(h: Slice, pat: Any, to: Any) -> Vec:
    """rustc's `str::replace` with a pattern of known UTF-8 bytes `pat` (a `char`, a `&str`):
    one ASCII byte for another is a byte map (capacity: the length); else a `String` of
    capacity `len` (when `pat` is no longer than `to`) or 0, then `push_str` of each piece
    and replacement (its capacity growing push by push); an empty pattern matches at every
    char boundary."""
    buf = bytes(_raw(h)[h.lo : h.hi])
    pat, to = bytes(pat), bytes(to)
    if len(pat) == 1 and len(to) == 1:
        out = bytearray(buf.replace(pat, to))
        return Vec(out, len(out))
    if pat:
        pieces = buf.split(pat)
    else:
        text = buf.decode()
        pieces = [b"", *(c.encode() for c in text), b""]
    cap = len(buf) if len(pat) <= len(to) else 0
    n = 0
    for i, piece in enumerate(pieces):
        for w in (piece, to) if i + 1 < len(pieces) else (piece,):
            n += len(w)
            if n > cap:
                cap = max(cap * 2, n, 8)
    out = bytearray(to).join(pieces)
    return Vec(out, cap)


def string_push_char(v: Vec, c: str) -> None:
    """`String::push`."""
    string_push_bytes(v, c.encode())


def stream_write_str(a: bytearray, s: Slice) -> None:
    """`Hasher::write_str` of std's `StreamHasher` (`a`: its bytes): the text, then 0xFF."""
    a += _raw(s)[s.lo : s.hi]
    a.append(255)


def str_eq(a: Slice, b: Slice) -> bool:
    """`<str as PartialEq>::eq`: equal bytes."""
    return a.hi - a.lo == b.hi - b.lo and _raw(a)[a.lo : a.hi] == _raw(b)[b.lo : b.hi]


def str_cmp(a: Slice, b: Slice) -> int:
    """`<str as Ord>::cmp` as -1, 0, 1: lexicographic by bytes."""
    x = _raw(a)[a.lo : a.hi]
    y = _raw(b)[b.lo : b.hi]
    return -1 if x < y else 0 if x == y else 1


# -- searching `str` (std's `str::pattern` searchers) ------------------------------------------


def find_bytes(hay: Slice, needle: Slice, start: int, end: int) -> int | None:
    """The first offset in `hay[start..end]` where `needle` starts (`start` for an empty
    needle), or None."""
    if needle.hi == needle.lo:
        return start
    lo = hay.lo
    i = _raw(hay).find(_raw(needle)[needle.lo : needle.hi], lo + start, lo + end)
    return None if i < 0 else i - lo


def rfind_bytes(hay: Slice, needle: Slice, start: int, end: int) -> int | None:
    """The last offset in `hay[start..end]` where `needle` (non-empty) starts, or None."""
    lo = hay.lo
    i = _raw(hay).rfind(_raw(needle)[needle.lo : needle.hi], lo + start, lo + end)
    return None if i < 0 else i - lo


def find_char(hay: Slice, c: str, start: int, end: int) -> list[int] | None:
    """The byte range of the first `c` in `hay[start..end]`, or None."""
    e = c.encode()
    lo = hay.lo
    i = _raw(hay).find(e, lo + start, lo + end)
    if i < 0:
        return None
    i -= lo
    return [i, i + len(e)]


def rfind_char(hay: Slice, c: str, start: int, end: int) -> list[int] | None:
    """The byte range of the last `c` in `hay[start..end]`, or None."""
    e = c.encode()
    lo = hay.lo
    i = _raw(hay).rfind(e, lo + start, lo + end)
    if i < 0:
        return None
    i -= lo
    return [i, i + len(e)]


# -- words: `char::is_whitespace` (Unicode White_Space) in UTF-8 -------------------------------

_WS = rb"[\t-\r ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
"""The UTF-8 encodings of the White_Space chars (U+0009..U+000D, U+0020, U+0085, U+00A0,
U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000). Each starts with an ASCII
or lead byte, so in valid UTF-8 a match is always a whole char."""
_WS_ONE = re.compile(_WS)
_WS_RUN = re.compile(rb"(?:" + _WS + rb")*")
_WS_SOME = re.compile(rb"(?:" + _WS + rb")+")


def _ws_before(b: Any, i: int) -> int:
    """The start of the char ending at `i` when it is whitespace, else -1."""
    c = b[i - 1]
    if c < 0x80:
        return i - 1 if c == 32 or 9 <= c <= 13 else -1
    j = i - 1
    while b[j] & 0xC0 == 0x80:
        j -= 1
    return j if _WS_ONE.fullmatch(b, j, i) else -1


def chars_next_back(it: Any) -> str | None:
    """`Chars::next_back` on its `slice::Iter<u8>` (`f0` the bytes, `f1`..`f2` the rest):
    the last char, or None at the front."""
    e = it.f2
    if e <= it.f1:
        return None
    v = it.f0
    b, lo = v.b, v.lo
    i = lo + e - 1
    c = b[i]
    if c < 0x80:
        it.f2 = e - 1
        return chr(c)
    while b[i] & 0xC0 == 0x80:
        i -= 1
    it.f2 = i - lo
    return bytes(b[i : lo + e]).decode()


def strip_line_end(s: Slice) -> Slice:
    """`Lines`' `strip_line_end`: without a final `\n`, then a `\r` before it."""
    b, lo, hi = s.b, s.lo, s.hi
    if hi > lo and b[hi - 1] == 10:
        hi -= 1
        if hi > lo and b[hi - 1] == 13:
            hi -= 1
        return Slice(b, lo, hi)
    return s


def str_trim(s: Slice, start: bool, end: bool) -> Slice:
    """`str::trim` (both ends), `trim_start`, `trim_end`: without the leading / trailing
    whitespace; a text of only whitespace leaves the empty slice where std's
    `trim_*_matches` leave it (`trim_start`: at the end, else at the start)."""
    b, lo, hi = s.b, s.lo, s.hi
    buf = _raw(s)
    i = _WS_RUN.match(buf, lo, hi).end() if start else lo  # type: ignore[union-attr]
    if i == hi:
        return Slice(b, hi, hi) if not end else Slice(b, lo, lo)
    j = hi
    if end:
        while j > i and (k := _ws_before(buf, j)) >= 0:
            j = k
    return Slice(b, i, j)


def next_word(hay: Slice, start: int, end: int) -> list[Any] | None:
    """`SplitWhitespace::next` on `hay[start..end]`: `[word, new start, finished]`."""
    b, lo = hay.b, hay.lo
    buf = _raw(hay)
    stop = lo + end
    a = _WS_RUN.match(buf, lo + start, stop).end()  # type: ignore[union-attr]
    if a == stop:
        return None
    m = _WS_ONE.search(buf, a, stop)
    if m is None:
        return [Slice(b, a, stop), a - lo, True]
    return [Slice(b, a, m.start()), m.end() - lo, False]


def split_ws_words(hay: Slice, start: int, end: int, finished: bool) -> Any:
    """The words `SplitWhitespace::next` yields from its state on (`hay[start..end]`, none
    once `finished`): all at once (a list) when that text is ASCII (splitting has no
    effects, and the text is borrowed while they are taken), else one at a time."""
    if finished:
        return ()
    buf = _raw(hay)
    pos, stop = hay.lo + start, hay.lo + end
    if _NON_ASCII.search(buf, pos, stop) is None:
        b = hay.b
        return [Slice(b, s, e) for s, e in [m.span() for m in _ASCII_WORD.finditer(buf, pos, stop)]]
    return _ws_words(hay, start, end)


_NON_ASCII = re.compile(rb"[\x80-\xff]")
_ASCII_WORD = re.compile(rb"[^\t\n\x0b\x0c\r ]+")
"""A run of ASCII chars without `char::is_whitespace` ones (U+0009..U+000D, U+0020)."""


def _ws_words(hay: Slice, start: int, end: int) -> Any:
    b, lo = hay.b, hay.lo
    pos, stop = lo + start, lo + end
    for m in _WS_SOME.finditer(_raw(hay), pos, stop):
        a = m.start()
        if a > pos:
            yield Slice(b, pos, a)
        pos = m.end()
    if pos < stop:
        yield Slice(b, pos, stop)


def split_char_pieces(
    hay: Slice, start: int, end: int, front: int, back: int, finished: bool, trailing: bool, sep: bytes
) -> Any:
    """The pieces `Split<char>::next` yields from its state on: the split's `hay[start..end]`
    cut at each match of the char's UTF-8 bytes `sep` that its searcher finds in
    `hay[front..back]`; the last piece, `get_end`'s, even when empty if `trailing` allows."""
    if finished:
        return
    b, lo = hay.b, hay.lo
    buf = _raw(hay)
    pos, f, bk, n = lo + start, lo + front, lo + back, len(sep)
    while (i := buf.find(sep, f, bk)) >= 0:
        yield Slice(b, pos, i)
        pos = f = i + n
    if trailing or lo + end > pos:
        yield Slice(b, pos, lo + end)


def line_pieces(hay: Slice, start: int, end: int, front: int, back: int, finished: bool, trailing: bool) -> Any:
    """The lines `Lines::next` yields from its state on: `SplitInclusive<'\\n'>`'s pieces
    of `hay[start..end]`, cut after each `\\n` its searcher finds in `hay[front..back]` (the
    last one only when not empty, unless `trailing`), each without its line end
    (`strip_line_end`)."""
    if finished:
        return
    b, lo = hay.b, hay.lo
    buf = _raw(hay)
    pos, f, bk = lo + start, lo + front, lo + back
    while (i := buf.find(b"\n", f, bk)) >= 0:
        j = i - 1 if i > pos and buf[i - 1] == 13 else i
        yield Slice(b, pos, j)
        pos = f = i + 1
    if trailing or lo + end > pos:
        yield strip_line_end(Slice(b, pos, lo + end))


def next_word_back(hay: Slice, start: int, end: int) -> list[Any] | None:
    """`SplitWhitespace::next_back` on `hay[start..end]`: `[word, new end, finished]`."""
    b, lo = hay.b, hay.lo
    buf = _raw(hay)
    first, z = lo + start, lo + end
    while z > first and (j := _ws_before(buf, z)) >= 0:
        z = j
    if z == first:
        return None
    i = z
    while i > first:
        j = _ws_before(buf, i)
        if j >= 0:
            return [Slice(b, i, z), j - lo, False]
        i -= 1
        while buf[i] & 0xC0 == 0x80:
            i -= 1
    return [Slice(b, first, z), z - lo, True]


# -- case mapping ---------------------------------------------------------------------------


def _pushed(text: str, cap: int) -> Vec:
    """A `String` of capacity `cap` with the chars of `text` pushed one by one (capacity
    growing as `String::push` grows it)."""
    data = text.encode()
    if len(data) > cap:
        size = 0
        for ch in text:
            size += len(ch.encode())
            if size > cap:
                cap = max(cap * 2, size, 8)
    return Vec(bytearray(data), cap)


def str_to_upper(s: Slice) -> Vec:
    """`str::to_uppercase`: each char's `char::to_uppercase` pushed to a `String` of the
    text's capacity. (Python's `str.upper` is the same per-char full mapping, `rt.unicode`'s
    `uc_to_upper`.)"""
    return _pushed(bytes(s.b[s.lo : s.hi]).decode().upper(), s.hi - s.lo)


def str_to_lower(s: Slice) -> Vec | None:
    """`str::to_lowercase` of a text without `'Σ'` (None with one: its mapping depends on
    the context, which std's Rust code decides), as `str_to_upper`."""
    text = bytes(s.b[s.lo : s.hi]).decode()
    if "\u03a3" in text:
        return None
    return _pushed(text.lower(), s.hi - s.lo)


# -- SipHash (std's `hash::sip`, `DefaultHasher`'s algorithm) -------------------------------

_M64 = 0xFFFFFFFFFFFFFFFF


def _sip_rounds(v0: int, v1: int, v2: int, v3: int, n: int) -> tuple[int, int, int, int]:
    """`n` SipRounds (`compress!` in core's sip.rs) on 64-bit words."""
    m = _M64
    for _ in range(n):
        v0 = (v0 + v1) & m
        v2 = (v2 + v3) & m
        v1 = (((v1 << 13) | (v1 >> 51)) & m) ^ v0
        v3 = (((v3 << 16) | (v3 >> 48)) & m) ^ v2
        v0 = ((v0 << 32) | (v0 >> 32)) & m
        v2 = (v2 + v1) & m
        v0 = (v0 + v3) & m
        v1 = (((v1 << 17) | (v1 >> 47)) & m) ^ v2
        v3 = (((v3 << 21) | (v3 >> 43)) & m) ^ v0
        v2 = ((v2 << 32) | (v2 >> 32)) & m
    return v0, v1, v2, v3


def sip_absorb(st: list[int], msg: Slice, c: int) -> None:
    """`sip::Hasher::write`'s words: `st` is `[v0, v1, v2, v3, tail, ntail]`, updated."""
    v0, v1, v2, v3, tail, ntail = st
    data = bytes(msg.b[msg.lo : msg.hi])
    length = len(data)
    needed = 0
    if ntail:
        needed = 8 - ntail
        tail |= int.from_bytes(data[:needed], "little") << (8 * ntail)
        if length < needed:
            st[4] = tail
            st[5] = ntail + length
            return
        v3 ^= tail
        v0, v1, v2, v3 = _sip_rounds(v0, v1, v2, v3, c)
        v0 ^= tail
    left = (length - needed) & 7
    end = length - left
    for i in range(needed, end, 8):
        w = int.from_bytes(data[i : i + 8], "little")
        v3 ^= w
        v0, v1, v2, v3 = _sip_rounds(v0, v1, v2, v3, c)
        v0 ^= w
    st[:] = [v0, v1, v2, v3, int.from_bytes(data[end:], "little"), left]


def sip_finish(st: list[int], length: int, c: int, d: int) -> int:
    """`sip::Hasher::finish`: `st` is `[v0, v1, v2, v3, tail]`."""
    v0, v1, v2, v3, tail = st
    b = ((length & 0xFF) << 56) | tail
    v3 ^= b
    v0, v1, v2, v3 = _sip_rounds(v0, v1, v2, v3, c)
    v0 ^= b
    v2 ^= 0xFF
    v0, v1, v2, v3 = _sip_rounds(v0, v1, v2, v3, d)
    return v0 ^ v1 ^ v2 ^ v3


# -- parsing integers (`FromStr` of the integer types) ------------------------------------------

_DIGITS = re.compile(rb"[0-9]*")


def parse_decimal(s: Slice, lo: int, hi: int) -> list[int]:
    """`from_str_radix(s, 10)` for an integer type of range `lo..=hi`: `[value, 0]`, or
    `[0, error]` with error 1 (empty), 2 (invalid digit), 3 / 4 (positive / negative
    overflow). Rust reads the digits left to right and stops at the first problem: an
    overflow before an invalid digit wins."""
    text = bytes(s.b[s.lo : s.hi])
    if not text:
        return [0, 1]
    negative = False
    digits = text
    if text[0] in b"+-":
        if len(text) == 1:
            return [0, 2]
        if text[0] == 45:  # '-'
            if lo == 0:
                return [0, 2]  # (an unsigned type reads '-' as a digit)
            negative = True
        digits = text[1:]
    k = _DIGITS.match(digits).end()  # type: ignore[union-attr]
    significant = digits[:k].lstrip(b"0")
    if len(significant) > 40:
        return [0, 4 if negative else 3]
    value = int(significant or b"0")
    if negative:
        value = -value
        if value < lo:
            return [0, 4]
    elif value > hi:
        return [0, 3]
    if k < len(digits):
        return [0, 2]
    return [value, 0]
