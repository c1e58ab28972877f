"""`ferric.rt.num` against rustc: integer bit operations and `as` casts.

The expectations are rustc's output, recorded in `tests/data/rt/num.txt` by
`tests/data/rt/gen_num.rs` (its header says how to regenerate it); every line of a kind is
checked and the first mismatches are reported together.
"""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ferric.rt.num import (
    bitreverse,
    bswap,
    ctlz,
    ctpop,
    cttz,
    f32_from_bits,
    f32_round,
    f32_to_bits,
    f64_from_bits,
    f64_to_bits,
    float_to_int,
    int_to_f32,
    int_to_f64,
    rotate_left,
    rotate_right,
    wrap,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "rt" / "num.txt"
TYPES = {
    f"{'i' if signed else 'u'}{bits}": (bits, signed)
    for bits in (8, 16, 32, 64, 128)
    for signed in (True, False)
} | {"isize": (64, True), "usize": (64, False)}


def _lines(kind: str) -> list[list[str]]:
    rows = [line.split() for line in DATA.read_text(encoding="utf-8").splitlines()]
    found = [row[1:] for row in rows if row[0] == kind]
    assert found, f"no {kind} lines in {DATA}"
    return found


def _check(kind: str, mismatches: list[str]) -> None:
    assert not mismatches, f"{len(mismatches)} {kind} mismatches:\n" + "\n".join(mismatches[:10])


def test_casts_between_integers() -> None:
    bad = []
    for src, ty, want in _lines("cast"):
        got = wrap(int(src), *TYPES[ty])
        if got != int(want):
            bad.append(f"{src} as {ty}: {got}, rustc {want}")
    _check("cast", bad)


def test_bit_operations() -> None:
    bad = []
    for ty, xs, ns, *want in _lines("ops"):
        bits, signed = TYPES[ty]
        x, n = int(xs), int(ns)
        got = [
            ctpop(x, bits),
            ctlz(x, bits),
            cttz(x, bits),
            bswap(x, bits, signed),
            bitreverse(x, bits, signed),
            rotate_left(x, n, bits, signed),
            rotate_right(x, n, bits, signed),
        ]
        if got != [int(w) for w in want]:
            bad.append(f"{ty} {x} (n={n}): {got}, rustc {want}")
    _check("ops", bad)


def test_float_to_int_casts() -> None:
    bad = []
    for width, fbits, ty, want in _lines("f2i"):
        f = f64_from_bits(int(fbits, 16)) if width == "f64" else f32_from_bits(int(fbits, 16))
        got = float_to_int(f, *TYPES[ty])
        if got != int(want):
            bad.append(f"{f!r}_{width} as {ty}: {got}, rustc {want}")
    _check("f2i", bad)


def test_int_to_float_casts() -> None:
    bad = []
    for v, want32, want64 in _lines("i2f"):
        got = (f32_to_bits(int_to_f32(int(v))), f64_to_bits(int_to_f64(int(v))))
        also = f32_to_bits(f32_round(int(v)))  # an int given to f32_round rounds once too
        if got != (int(want32, 16), int(want64, 16)) or also != got[0]:
            bad.append(f"{v}: {got[0]:x} {got[1]:x} ({also:x}), rustc {want32} {want64}")
    _check("i2f", bad)


def test_f64_to_f32() -> None:
    bad = []
    for src, want in _lines("f64to32"):
        x = f64_from_bits(int(src, 16))
        got = f32_to_bits(f32_round(x))
        # NaN: rustc's `as` keeps the sign and top payload bits, as the C cast does
        if got != int(want, 16):
            bad.append(f"{x!r} as f32: {got:x}, rustc {want}")
    _check("f64to32", bad)


def test_examples_from_the_docs() -> None:
    assert wrap(300, 8, False) == 44
    assert wrap(255, 8, True) == -1
    assert cttz(0, 32) == 32
    assert ctlz(-1, 16) == 0
    assert int_to_f32(16777217) == 16777216.0
    assert int_to_f32(2**128 - 1) == math.inf
    assert float_to_int(math.nan, 32, True) == 0
    assert float_to_int(-math.inf, 8, False) == 0
    assert math.copysign(1.0, f32_round(-0.0)) == -1.0
    assert math.isnan(f32_round(math.nan))
    assert f32_round(1e39) == math.inf
    assert f32_round(-1e39) == -math.inf


@given(st.integers(min_value=-(2**127), max_value=2**128 - 1))
def test_int_to_f32_rounds_the_exact_integer(v: int) -> None:
    r = int_to_f32(v)
    if math.isinf(r):
        assert abs(v) >= 2**128 - 2**103
        return
    # no f32 is closer to v, and ties go to the even significand
    bits = f32_to_bits(abs(r))
    below, above = f32_from_bits(bits - 1) if bits else 0.0, f32_from_bits(bits + 1)
    err = abs(int(abs(r)) - abs(v))
    assert err <= abs(abs(v) - int(below))
    if not math.isinf(above):
        assert err <= abs(int(above) - abs(v))


@given(st.floats(allow_nan=False, allow_infinity=False, width=32))
def test_f32_bits_round_trip(x: float) -> None:
    assert f32_from_bits(f32_to_bits(x)) == x
    assert f32_round(x) == x
    assert f64_from_bits(f64_to_bits(x)) == x
