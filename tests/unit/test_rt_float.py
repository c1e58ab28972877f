"""`ferric.rt.float` against rustc: float formatting digits, parsing and math functions.

The expectations are rustc's output, recorded in `tests/data/rt/` by the Rust programs
beside them (each header says how to regenerate its file):
- `float_fmt.txt` (`gen_float.rs`): `{}`, `{:?}`, `{:e}`, `{:.N}`, `{:.Ne}` of positive f32
  and f64 values, and `str::parse` results; for a positive finite value rustc's `{}` is
  exactly mode 0 of `float_digits`, `{:e}` mode 2, `{:.N}` mode 1 and `{:.Ne}` mode 3;
- `float_math.txt` (`gen_math.rs`): the bits of std's math functions at run time.
Every line of a kind is checked and the first mismatches are reported together.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Context, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ferric.rt.float as rtf
from ferric.rt.float import fdiv, float_digits, fma, frem, libm, parse_float, powf, powi
from ferric.rt.num import f32_from_bits, f32_round, f32_to_bits, f64_from_bits, f64_to_bits

DATA = Path(__file__).resolve().parents[1] / "data" / "rt"


def _lines(file: str, kind: str) -> list[list[str]]:
    rows = [line.split() for line in (DATA / file).read_text(encoding="utf-8").splitlines()]
    found = [row[1:] for row in rows if row[0] == kind]
    assert found, f"no {kind} lines in {file}"
    return found


def _check(kind: str, mismatches: list[str]) -> None:
    assert not mismatches, f"{len(mismatches)} {kind} mismatches:\n" + "\n".join(mismatches[:10])


def _from_bits(width: str, bits: str) -> float:
    return f32_from_bits(int(bits, 16)) if width == "32" else f64_from_bits(int(bits, 16))


def _to_bits(width: str, x: float) -> int:
    return f32_to_bits(x) if width == "32" else f64_to_bits(x)


def _debug(x: float, is_f32: bool) -> str:
    """`{:?}` of a positive finite float as library/std/fmt/float.rs builds it."""
    small, big = (f32_round(1e-4), f32_round(1e16)) if is_f32 else (1e-4, 1e16)
    if x != 0 and (x < small or x >= big):
        return float_digits(x, is_f32, 2, 0)
    digits = float_digits(x, is_f32, 0, 0)
    return digits if "." in digits or "e" in digits else digits + ".0"


@pytest.mark.parametrize("width", ["32", "64"])
def test_shortest_digits(width: str) -> None:
    is_f32 = width == "32"
    bad = []
    for bits, display, debug, lower_exp in _lines("float_fmt.txt", "short" + width):
        x = _from_bits(width, bits)
        got = (float_digits(x, is_f32, 0, 0), _debug(x, is_f32), float_digits(x, is_f32, 2, 0))
        if got != (display, debug, lower_exp):
            bad.append(f"{x!r}: {got}, rustc {(display, debug, lower_exp)}")
    _check("short" + width, bad)


@pytest.mark.parametrize("width", ["32", "64"])
def test_exact_digits(width: str) -> None:
    is_f32 = width == "32"
    bad = []
    for bits, prec, fixed, sci in _lines("float_fmt.txt", "exact" + width):
        x, p = _from_bits(width, bits), int(prec)
        got = (float_digits(x, is_f32, 1, p), float_digits(x, is_f32, 3, p))
        if got != (fixed, sci):
            bad.append(f"{x!r} precision {p}: {got}, rustc {(fixed, sci)}")
    _check("exact" + width, bad)


@pytest.mark.parametrize("width", ["32", "64"])
def test_parse(width: str) -> None:
    is_f32 = width == "32"
    bad = []
    for shown, want in _lines("float_fmt.txt", "parse" + width):
        src = bytes.fromhex(shown[2:]).decode() if shown.startswith("x:") else shown
        got = parse_float(src, is_f32)
        got_bits = "err" if got is None else f"{_to_bits(width, got):x}"
        if got_bits != want:
            bad.append(f"{src!r}: {got_bits}, rustc {want}")
    _check("parse" + width, bad)


_OPERATIONS: dict[str, Callable[[float, float, float, bool], float]] = {
    "powi": lambda x, y, z, f: powi(x, int(y), f),
    "powf": lambda x, y, z, f: powf(x, y, f),
    "fma": fma,
    "div": lambda x, y, z, f: fdiv(x, y, f),
    "rem": lambda x, y, z, f: frem(x, y, f),
}
_UNARY = ["sqrt", "exp", "exp2", "ln", "log10", "log2", "sin", "cos"]
_UNARY += ["floor", "ceil", "trunc", "round", "round_ties_even"]


def _math(name: str) -> Callable[[float, float, float, bool], float]:
    """The `ferric.rt.float` function a `float_math.txt` line names, as `f(x, y, z, is_f32)`."""
    if name in _OPERATIONS:
        return _OPERATIONS[name]
    if name in _UNARY:
        unary = getattr(rtf, name)
        return lambda x, y, z, f: unary(x, f)
    return lambda x, y, z, f: libm(name, x, y, f)


def _math_mismatches(width: str) -> list[str]:
    bad = []
    for name, xs, ys, zs, want in _lines("float_math.txt", "f" + width):
        x, z, r = (_from_bits(width, b) for b in (xs, zs, want))
        y = float(ys) if name == "powi" else _from_bits(width, ys)
        got = _math(name)(x, y, z, width == "32")
        same = math.isnan(got) if math.isnan(r) else _to_bits(width, got) == int(want, 16)
        if not same:
            bad.append(f"{name}({x!r}, {y!r}, {z!r}) = {got!r}, rustc {r!r}")
    return bad


@pytest.mark.parametrize("width", ["32", "64"])
def test_math_functions(width: str) -> None:
    # A NaN result matches any NaN: std leaves the sign and payload of a NaN unspecified.
    _check("f" + width, _math_mismatches(width))


def test_f32_math_without_the_c_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no C library to call, an f32 result is the f64 one rounded: within a few ulps
    of glibc's (whose `tgammaf` and `tanhf` are themselves a few ulps off)."""
    monkeypatch.setattr(rtf, "_cfunc", lambda name, nargs, is_f32: None)
    far = []
    for name, xs, ys, zs, want in _lines("float_math.txt", "f32"):
        x, z, r = (_from_bits("32", b) for b in (xs, zs, want))
        y = float(ys) if name == "powi" else _from_bits("32", ys)
        got = _math(name)(x, y, z, True)
        if math.isnan(r) or math.isinf(r) or r == 0:
            ok = (math.isnan(got) and math.isnan(r)) or got == r or abs(got - r) < 1e-37
        else:
            ok = abs(f32_to_bits(abs(got)) - f32_to_bits(abs(r))) <= 4 and (got > 0) == (r > 0)
        if not ok:
            far.append(f"{name}({x!r}, {y!r}) = {got!r}, rustc {r!r}")
    _check("f32 fallback", far)


def test_special_values() -> None:
    assert math.isnan(rtf.sqrt(-1.0, False))
    assert rtf.ln(0.0, False) == -math.inf
    assert math.isnan(rtf.ln(-1.0, True))
    assert rtf.exp(1000.0, False) == math.inf
    assert powf(0.0, -1.0, False) == math.inf
    assert powf(-0.0, -1.0, False) == -math.inf
    assert math.isnan(powf(-8.0, 1 / 3, False))
    assert powf(1.0, math.nan, True) == 1.0
    assert powi(1.1, 10, False) == 2.593742460100002  # __powidf2, not 1.1 ** 10
    assert fdiv(1.0, -0.0, False) == -math.inf
    assert math.isnan(fdiv(0.0, 0.0, True))
    assert math.isnan(frem(1.0, 0.0, False))
    assert frem(-5.5, 2.0, False) == -1.5
    assert math.copysign(1.0, rtf.round(-0.4, False)) == -1.0
    assert rtf.round(2.5, False) == 3.0
    assert rtf.round_ties_even(2.5, False) == 2.0
    assert rtf.round(0.49999999999999994, False) == 0.0
    assert fma(0.1, 10.0, -1.0, False) == 5.551115123125783e-17
    assert rtf.cbrt(-27.0, True) == -3.0
    with pytest.raises(ValueError, match="unknown libm function"):
        libm("erf", 1.0, 0.0, False)


def test_digits_examples_from_the_intrinsic_doc() -> None:
    assert float_digits(1e21, False, 0, 0) == "1000000000000000000000"
    assert float_digits(1e-7, False, 0, 0) == "0.0000001"
    assert float_digits(1.0, False, 0, 0) == "1"
    assert float_digits(1e21, False, 2, 0) == "1e21"
    assert float_digits(1234.5, False, 2, 0) == "1.2345e3"
    assert float_digits(1.0, False, 2, 0) == "1e0"
    assert float_digits(0.0, True, 0, 0) == "0"
    assert float_digits(0.0, False, 2, 0) == "0e0"
    assert float_digits(0.0, False, 3, 2) == "0.00e0"
    assert float_digits(0.125, False, 1, 2) == "0.12"
    assert float_digits(f32_round(0.1), True, 0, 0) == "0.1"
    assert float_digits(f32_round(0.1), False, 0, 0) == "0.10000000149011612"


def test_parse_grammar() -> None:
    for bad in ["", ".", "e5", "+", "1e", "1_0", " 1", "0x10", "infinit", "\u0661"]:
        assert parse_float(bad, False) is None, bad
    assert parse_float("5.", False) == 5.0
    assert parse_float(".5", True) == 0.5
    assert parse_float("-Infinity", True) == -math.inf
    # f32 rounds the decimal directly: via f64 this would be 1 + 2^-23 rounded twice
    assert parse_float("1.00000005960464477539062501", True) == 1.00000011920928955078125


_FINITE64 = st.floats(allow_nan=False, allow_infinity=False, min_value=0.0)
_FINITE32 = st.floats(allow_nan=False, allow_infinity=False, min_value=0.0, width=32)


@given(_FINITE64)
def test_shortest_digits_round_trip_f64(x: float) -> None:
    assert parse_float(float_digits(x, False, 0, 0), False) == x
    assert parse_float(float_digits(x, False, 2, 0), False) == x
    if x != 0:  # the fast path from `repr` picks what the port of flt2dec picks
        assert rtf._shortest_f64(x) == rtf._shortest(x, False)


@given(_FINITE32)
def test_shortest_digits_round_trip_f32(x: float) -> None:
    assert parse_float(float_digits(x, True, 0, 0), True) == x
    assert parse_float(float_digits(x, True, 2, 0), True) == x


@given(_FINITE64, st.integers(min_value=0, max_value=30))
def test_exact_digits_round_half_to_even(x: float, precision: int) -> None:
    exact = Decimal(abs(x))
    want = exact.quantize(Decimal(1).scaleb(-precision), ROUND_HALF_EVEN, Context(prec=999))
    assert float_digits(x, False, 1, precision) == format(want, "f")
