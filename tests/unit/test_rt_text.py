"""The text and hashing runtime (`ferric.rt.text`): SipHash against the reference
vectors, integer parsing's first error, words split as `split(char::is_whitespace)`
minus its empty pieces, and capacity growth of strings written piece by piece.
(UI tests in `tests/ui/run/text_*.rs` check the same paths against rustc.)"""

from __future__ import annotations

import pytest

from ferric.rt.core import FmtArgs, Slice, Vec
from ferric.rt.ops import RawTable
from ferric.rt.text import (
    fmt_estimated_capacity,
    fmt_format,
    fmt_plain_into,
    fmt_string,
    next_word,
    next_word_back,
    parse_decimal,
    sip_absorb,
    sip_finish,
    split_ws_words,
    str_trim,
    string_push_bytes,
)


def _siphash24(key: bytes, msg: bytes, chunks: list[int]) -> int:
    k0 = int.from_bytes(key[:8], "little")
    k1 = int.from_bytes(key[8:], "little")
    st = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D, k0 ^ 0x6C7967656E657261, k1 ^ 0x7465646279746573, 0, 0]
    at = 0
    for n in [*chunks, len(msg)]:
        sip_absorb(st, Slice(msg, at, min(n, len(msg))), 2)
        at = min(n, len(msg))
    return sip_finish(st[:5], len(msg), 2, 4)


@pytest.mark.parametrize("chunks", [[], [3], [1, 2, 9, 14]])
def test_siphash24_reference_vectors(chunks: list[int]) -> None:
    key = bytes(range(16))
    # The first and 16th outputs of the SipHash paper's test vectors (messages 00 01 ...).
    assert _siphash24(key, b"", []) == 0x726FDB47DD0E0E31
    assert _siphash24(key, bytes(range(15)), chunks) == 0xA129CA6149BE45E5


@pytest.mark.parametrize(
    ("text", "lo", "hi", "expected"),
    [
        ("", -128, 127, [0, 1]),
        ("-", -128, 127, [0, 2]),
        ("+7", -128, 127, [7, 0]),
        ("-128", -128, 127, [-128, 0]),
        ("-129", -128, 127, [0, 4]),
        ("-5", 0, 255, [0, 2]),
        ("256x", 0, 255, [0, 3]),  # the overflow comes before the invalid digit
        ("25x6", 0, 255, [0, 2]),
        ("0" * 5000 + "1", 0, 255, [1, 0]),
        ("9" * 5000, 0, 255, [0, 3]),
    ],
)
def test_parse_decimal_reports_the_first_error(text: str, lo: int, hi: int, expected: list[int]) -> None:
    data = text.encode()
    assert parse_decimal(Slice(data, 0, len(data)), lo, hi) == expected


_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
"""Unicode's White_Space: `char::is_whitespace`."""


@pytest.mark.parametrize("text", ["", "  ", "a", " a  bc\u3000d\xa0", "é\u2028→ x\u2005y", "\u200bnot space\x1c"])
def test_words_from_both_ends(text: str) -> None:
    data = text.encode()
    expected = [w for w in "".join(" " if c in _WS else c for c in text).split(" ") if w]
    words, start = [], 0
    while (r := next_word(Slice(data, 0, len(data)), start, len(data))) is not None:
        words.append(bytes(r[0].b[r[0].lo : r[0].hi]).decode())
        start = r[1] if not r[2] else len(data)
    back, end = [], len(data)
    while (r := next_word_back(Slice(data, 0, len(data)), 0, end)) is not None:
        back.append(bytes(r[0].b[r[0].lo : r[0].hi]).decode())
        end = r[1] if not r[2] else 0
    assert words == expected
    assert back == expected[::-1]
    stripped = str_trim(Slice(data, 0, len(data)), True, True)
    assert bytes(stripped.b[stripped.lo : stripped.hi]).decode() == text.strip(_WS)


def test_plain_writes_grow_capacity_write_by_write() -> None:
    # "-1234567890" into an empty String: '-' (capacity 8), then ten digits (16), as
    # rustc's `write!(s, "{}", -1234567890)`.
    s = Vec(bytearray(), 0)
    assert fmt_plain_into(s, FmtArgs((-1234567890,), ()))
    assert (bytes(s.a), s.cap) == (b"-1234567890", 16)
    assert not fmt_plain_into(s, FmtArgs((Slice(b"x", 0, 1), (1, None, 0, None, None)), ()))
    assert fmt_estimated_capacity(FmtArgs((Slice(b"ab", 0, 2), 5), ())) == 4
    assert fmt_estimated_capacity(FmtArgs((5, Slice(b"ab", 0, 2)), ())) == 0


@pytest.mark.parametrize(
    ("pieces", "cap"),
    [
        ((5, Slice(b":", 0, 1), 12345678, Slice(b";", 0, 1)), 0),
        ((Slice(b"word", 0, 4), 96, Slice(b" ", 0, 1)), 10),
        ((Slice(b"ab", 0, 2), -1234, Slice(b"cd", 0, 2), 7), 8),
        ((Slice(b"long literal prefix here ", 0, 25), -99999999, Slice(b" tail", 0, 5)), 60),
        ((1, 2, 3, 4, 5, 6, 7, 8, 9), 0),
    ],
)
def test_fmt_string_doubles_as_the_writes_grow(pieces: tuple[object, ...], cap: int) -> None:
    """With every write at most `max(cap, 8 - cap)` long, `fmt_string`'s capacity is the
    one `format!` reaches write by write (`fmt_format` without the whole text)."""
    text = b"".join(bytes(p.b[p.lo : p.hi]) if isinstance(p, Slice) else b"%d" % p for p in pieces)
    general = fmt_format(FmtArgs(pieces, ()))
    assert general is not None and bytes(general.a) == text
    fast = fmt_string(text, cap)
    assert (bytes(fast.a), fast.cap) == (text, general.cap)


def test_push_bytes_grows_as_push_str() -> None:
    v = Vec(bytearray(), 0)
    caps = []
    for data in (b"a", b"bcdefgh", b"ij", [0xC3, 0xA9], b"x" * 20):
        string_push_bytes(v, data)
        caps.append(v.cap)
    assert bytes(v.a) == b"abcdefghij\xc3\xa9" + b"x" * 20 and caps == [8, 8, 16, 16, 32]


@pytest.mark.parametrize("text", [b"  a bb\tccc\n\x0bd\x0c\re  ", b"", b"   ", b"x", b"\xc2\xa0a\xe3\x80\x80b c\x1fd"])
def test_words_at_once_or_one_at_a_time(text: bytes) -> None:
    """ASCII text is split in one pass, other text word by word: the same words as
    `split(char::is_whitespace)` without empty pieces (U+001F is not whitespace)."""
    got = [bytes(w.b[w.lo : w.hi]) for w in split_ws_words(Slice(text, 0, len(text)), 0, len(text), False)]
    want = [w.encode() for w in __import__("re").split("[\t\n\x0b\x0c\r \xa0\u3000]+", text.decode()) if w]
    assert got == want


def test_table_or_insert_finds_or_adds_the_pair() -> None:
    t = RawTable()
    k = Slice(b"key", 0, 3)
    h = hash(b"key\xff")
    first = t.or_insert(h, b"key", k, 0)
    first[1] += 5
    again = t.or_insert(h, b"key", Slice(b"a key", 2, 5), 100)
    assert again is first and again == [k, 5] and t.items == 1 and t.capacity() == 3
