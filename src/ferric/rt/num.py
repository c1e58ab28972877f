"""Integer and cast helpers for generated programs: Rust integers as Python `int`.

Input → output: plain Python values in, plain Python values out. A Rust integer of any
width is an `int` in its type's range; `bits` is the width (8, 16, 32, 64 or 128; `usize`
and `isize` are 64) and `signed` tells `iN` from `uN`. An `f64` is a `float`; an `f32` is a
`float` that holds an exactly f32-representable value (`f32_round` keeps it so).

Invariant: every function returns a value in the range of its result type and never raises
for in-range arguments (NaN, infinities and huge integers included).
"""

from __future__ import annotations

import math
import struct
from typing import Final

__all__ = [
    "bitreverse",
    "bswap",
    "ctlz",
    "ctpop",
    "cttz",
    "f32_from_bits",
    "f32_round",
    "f32_to_bits",
    "f64_from_bits",
    "f64_to_bits",
    "float_to_int",
    "int_to_f32",
    "int_to_f64",
    "rotate_left",
    "rotate_right",
    "wrap",
]

_F32: Final = struct.Struct("<f")
_U32: Final = struct.Struct("<I")
_F64: Final = struct.Struct("<d")
_U64: Final = struct.Struct("<Q")


def wrap(v: int, bits: int, signed: bool) -> int:
    """`v` truncated to `bits` in two's complement: wrapping arithmetic and `as` between
    integer types (`wrap(300, 8, False) == 44`, `wrap(255, 8, True) == -1`)."""
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def ctpop(x: int, bits: int) -> int:
    """Number of one bits in the `bits`-wide pattern of `x` (`count_ones`)."""
    return (x & ((1 << bits) - 1)).bit_count()


def ctlz(x: int, bits: int) -> int:
    """Leading zero bits of the `bits`-wide pattern of `x` (`leading_zeros`; `bits` for 0)."""
    return bits - (x & ((1 << bits) - 1)).bit_length()


def cttz(x: int, bits: int) -> int:
    """Trailing zero bits of the `bits`-wide pattern of `x` (`trailing_zeros`; `bits` for 0)."""
    u = x & ((1 << bits) - 1)
    if u == 0:
        return bits
    return (u & -u).bit_length() - 1


def bswap(x: int, bits: int, signed: bool) -> int:
    """`x` with its bytes in reverse order (`swap_bytes`)."""
    n = bits // 8
    u = x & ((1 << bits) - 1)
    return wrap(int.from_bytes(u.to_bytes(n, "little"), "big"), bits, signed)


def bitreverse(x: int, bits: int, signed: bool) -> int:
    """`x` with its `bits`-wide bit pattern reversed (`reverse_bits`)."""
    u = x & ((1 << bits) - 1)
    return wrap(int(format(u, f"0{bits}b")[::-1], 2), bits, signed)


def rotate_left(x: int, n: int, bits: int, signed: bool) -> int:
    """`x` rotated left by `n % bits` within its `bits`-wide pattern."""
    n %= bits
    u = x & ((1 << bits) - 1)
    return wrap((u << n) | (u >> (bits - n)), bits, signed)


def rotate_right(x: int, n: int, bits: int, signed: bool) -> int:
    """`x` rotated right by `n % bits` within its `bits`-wide pattern."""
    n %= bits
    u = x & ((1 << bits) - 1)
    return wrap((u >> n) | (u << (bits - n)), bits, signed)


def float_to_int(f: float, bits: int, signed: bool) -> int:
    """Rust's `f as iN/uN`: truncate toward zero, saturate at the type's bounds, NaN → 0."""
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if f != f:
        return 0
    if f == math.inf:
        return hi
    if f == -math.inf:
        return lo
    t = int(f)
    if t > hi:
        return hi
    if t < lo:
        return lo
    return t


def f32_round(x: float) -> float:
    """The f32 nearest to `x` (ties to even), as a `float`: ±inf past the f32 range, NaN and
    -0.0 kept. Every f32 arithmetic result goes through it (`f64 as f32` too); an `int`
    argument is rounded exactly once, as `int as f32` is (see `int_to_f32`)."""
    if type(x) is not float:
        return int_to_f32(int(x))
    try:
        return _F32.unpack(_F32.pack(x))[0]  # type: ignore[no-any-return]
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def int_to_f32(v: int) -> float:
    """`v as f32` for an integer of any width, rounded once from the exact value
    (`16777217 → 16777216.0`, `u128::MAX → inf`)."""
    a = -v if v < 0 else v
    n = a.bit_length()
    if n <= 53:
        return f32_round(float(v))
    # Keep 53 bits with a sticky bit below them: the double is then exact and its rounding
    # to 24 bits is the rounding of `v`.
    shift = n - 53
    t = a >> shift
    if a & ((1 << shift) - 1):
        t |= 1
    r = f32_round(math.ldexp(float(t), shift))
    return -r if v < 0 else r


def int_to_f64(v: int) -> float:
    """`v as f64` for an integer of any width (i128/u128 included), correctly rounded."""
    return float(v)


def f64_to_bits(x: float) -> int:
    """`f64::to_bits`."""
    return _U64.unpack(_F64.pack(x))[0]  # type: ignore[no-any-return]


def f64_from_bits(b: int) -> float:
    """`f64::from_bits`."""
    return _F64.unpack(_U64.pack(b))[0]  # type: ignore[no-any-return]


def f32_to_bits(x: float) -> int:
    """`f32::to_bits` of an f32 value held in a `float`."""
    return _U32.unpack(_F32.pack(x))[0]  # type: ignore[no-any-return]


def f32_from_bits(b: int) -> float:
    """`f32::from_bits`, widened exactly to a `float`."""
    return _F32.unpack(_U32.pack(b))[0]  # type: ignore[no-any-return]
