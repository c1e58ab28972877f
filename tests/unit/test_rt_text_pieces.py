"""Text pieces and keyed sorts of the runtime (`ferric.rt.text`, `ferric.rt.ops`): the
capacity a text-only `format!` reaches with and without its pre-rendered text, float
parts as core's `flt2dec` writes them, `{:?}` escapes, split sources from a searcher's
state, and multi-key stable sorts. (UI tests in `tests/ui/run/` check the same paths
against rustc: `format_text_capacity`, `float_format_pieces`, `debug_text_pieces`,
`split_char_bytes_sources`, `lines_sources`, `sort_comparator_keys`.)"""

from __future__ import annotations

from operator import attrgetter

import pytest

from ferric.rt.core import FmtArgs, Slice, Vec
from ferric.rt.ops import slice_sort_keys
from ferric.rt.text import (
    debug_char_piece,
    debug_str_piece,
    float_piece,
    fmt_format,
    line_pieces,
    split_char_pieces,
)


def _lit(b: bytes) -> Slice:
    return Slice(b, 0, len(b))


@pytest.mark.parametrize(
    ("pieces", "text", "est"),
    [
        ((12345, _lit(b":"), -3, _lit(b";")), b"12345:-3;", 0),
        ((_lit(b"word"), 96, _lit(b" ")), b"word96 ", 10),
        ((_lit(b"a long prefix of twenty "), 1, _lit(b" chars"), -2), b"a long prefix of twenty 1 chars-2", 60),
        ((_lit(b"lit"),), b"lit", 3),
    ],
)
def test_format_capacity_same_with_and_without_text(pieces: tuple[object, ...], text: bytes, est: int) -> None:
    # The pre-rendered text (`FmtArgs.args`) must give what the write-by-write path gives.
    slow = fmt_format(FmtArgs(pieces, ()))
    fast = fmt_format(FmtArgs(pieces, (text, est)))
    assert slow is not None and fast is not None
    assert bytes(slow.a) == bytes(fast.a) == text
    assert slow.cap == fast.cap


def test_format_with_a_placeholder_is_not_text_only() -> None:
    pad_then_placeholder = FmtArgs((_lit(b"x"), (1, None, 0, None, None)), ())
    assert fmt_format(pad_then_placeholder) is None


@pytest.mark.parametrize(
    ("x", "debug", "prec", "parts"),
    [
        (1.5, False, None, (b"1", b".", b"5")),
        (-1.25, False, None, (b"-", b"1", b".", b"25")),
        (3.0, True, None, (b"3", b".", b"0")),
        (1e-7, False, None, (b"0.", b"000000", b"1")),
        (1e-7, True, None, (b"1", b"e-", b"7")),
        (1e21, False, None, (b"1", b"0" * 21)),
        (-0.0, False, None, (b"-", b"0")),
        (float("nan"), True, None, (b"NaN",)),
        (0.004, False, 2, (b"0.", b"00")),
        (9.999, False, 2, (b"10", b".", b"00")),
    ],
)
def test_float_parts(x: float, debug: bool, prec: int | None, parts: tuple[bytes, ...]) -> None:
    assert float_piece(x, False, debug, prec).parts == parts


def test_debug_escapes_and_writes() -> None:
    assert debug_str_piece(_lit(b"plain")).parts == ('"', b"plain", '"')
    assert debug_str_piece(_lit('a\n"é\u0301'.encode())).text == b'"a\\n\\"\xc3\xa9\\u{301}"'
    assert debug_char_piece("x").parts == ("'", "x", "'")
    assert debug_char_piece("'").parts == ("'", b"\\'", "'")


def test_split_sources_search_where_the_searcher_has_not() -> None:
    hay = _lit(b"a\nb\r\nc")
    # After `next` ("a") and `next_back` ("c"): the split is [2, 5), the searcher's back is 4.
    assert [bytes(p.b[p.lo : p.hi]) for p in line_pieces(hay, 2, 5, 2, 4, False, True)] == [b"b"]
    pieces = split_char_pieces(_lit(b"x,,y,"), 0, 5, 0, 5, False, True, b",")
    assert [bytes(p.b[p.lo : p.hi]) for p in pieces] == [b"x", b"", b"y", b""]


class _Rec:
    __slots__ = ("f0", "f1")

    def __init__(self, f0: int, f1: bytes) -> None:
        self.f0, self.f1 = f0, f1


def test_keyed_sort_is_the_comparators_stable_sort() -> None:
    recs = [_Rec(1, b"b"), _Rec(2, b"a"), _Rec(1, b"a"), _Rec(2, b"a"), _Rec(1, b"b")]
    v = Vec(list(recs), 5)
    # score descending, then name ascending; ties keep their order.
    slice_sort_keys(Slice(v.a, 0, 5), ((attrgetter("f0"), True, False), (attrgetter("f1"), False, False)), None)  # type: ignore[arg-type]
    assert [recs.index(r) for r in v.a] == [1, 3, 2, 0, 4]


def test_keyed_sort_with_a_nan_sorts_by_the_comparator() -> None:
    seen: list[tuple[float, float]] = []

    class Ordering:
        t = 1

    def compare(a: float, b: float) -> Ordering:
        seen.append((a, b))
        return Ordering()

    items = [2.0, float("nan"), 1.0]
    slice_sort_keys(Slice(items, 0, 3), ((None, False, True),), compare)
    assert seen and items[0] == 2.0
