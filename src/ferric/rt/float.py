"""Float intrinsics for generated programs, with the results a rustc-built program gets.

Input → output: an `f64` is a `float`; an `f32` is a `float` holding an exactly
f32-representable value, and every function taking `is_f32` returns an f32 for it.
Nothing here raises: where Python's `math` raises, the IEEE result is returned instead
(`sqrt(-1.0)` is NaN, `ln(0.0)` is -inf, `exp(1000.0)` is inf).

Where each result comes from, as in a debug build of real std on the same machine:
- exact operations (`sqrt`, `fma`, rounding to integers, `%`, `cbrt`, which Rust takes from
  its own correctly rounded `libm` crate) are computed exactly and rounded once;
- `powi` repeats multiplications as LLVM's `__powidf2`/`__powisf2` do;
- `asinh`, `acosh`, `atanh` follow std's Rust formulas step by step;
- everything else is the platform C library's function, as in a Rust program: Python's
  `math` calls the same f64 functions (except `gamma`/`lgamma`, its own); the f32 ones
  (`sinf` …), `tgamma` and `lgamma` are called through `ctypes`, loaded on first use.
  Without a loadable C math library they fall back to the f64 result rounded to f32,
  which is within a few ulps of glibc's f32 functions (and equal to most of its results).
- `float_digits` is `core::num::flt2dec`: shortest round-trip digits as its Dragon4
  strategy picks them (closest to the value, a tie between two candidates rounding up)
  and exact digits rounded half to even on the binary value.
- `parse_float` is `core::num::dec2flt`'s grammar, correctly rounded to f64 or directly
  to f32.
"""

from __future__ import annotations

import builtins
import math
from collections.abc import Callable
from typing import Final

from ferric.rt.num import f32_round

__all__ = [
    "cbrt",
    "ceil",
    "cos",
    "exp",
    "exp2",
    "fdiv",
    "float_digits",
    "floor",
    "fma",
    "frem",
    "libm",
    "ln",
    "log2",
    "log10",
    "parse_float",
    "powf",
    "powi",
    "round",
    "round_ties_even",
    "sin",
    "sqrt",
    "trunc",
]

_INF: Final = math.inf
_NAN: Final = math.nan

_CFunc = Callable[..., float]


def _ret(r: float, is_f32: bool) -> float:
    return f32_round(r) if is_f32 else r


# --- the platform C math library -----------------------------------------------------------

_LIBM_NAMES: Final = ("libm.so.6", "libm.so", "libm.dylib", "libSystem.B.dylib", "ucrtbase")
_cfuncs: dict[str, _CFunc | None] = {}
_libm_handle: list[object] = []  # [the library or None] once loaded


def _cfunc(name: str, nargs: int, is_f32: bool) -> _CFunc | None:
    """The C function `name` taking `nargs` floats or doubles, or None if there is none."""
    try:
        return _cfuncs[name]
    except KeyError:
        pass
    import ctypes  # only programs that use these functions pay for ctypes

    if not _libm_handle:
        lib: object = None
        for lib_name in _LIBM_NAMES:
            try:
                lib = ctypes.CDLL(lib_name)
                break
            except OSError:
                continue
        _libm_handle.append(lib)
    f = getattr(_libm_handle[0], name, None)
    if f is not None:
        ctype = ctypes.c_float if is_f32 else ctypes.c_double
        f.argtypes = [ctype] * nargs
        f.restype = ctype
    _cfuncs[name] = f
    return f


def _via_c(cname: str, f64: Callable[[float], float], x: float, is_f32: bool) -> float:
    """`f64(x)`, or for an f32 the C library's f32 function `cname`."""
    if is_f32:
        c = _cfunc(cname, 1, True)
        return c(x) if c is not None else f32_round(f64(x))
    return f64(x)


# --- arithmetic the `float` operators get wrong -------------------------------------------


def fdiv(x: float, y: float, is_f32: bool) -> float:
    """`x / y` with IEEE results for a zero divisor (±inf, NaN for 0/0)."""
    try:
        return _ret(x / y, is_f32)
    except ZeroDivisionError:
        if x != x or x == 0:
            return _NAN
        return _INF if (x > 0) == (math.copysign(1.0, y) > 0) else -_INF


def frem(x: float, y: float, is_f32: bool) -> float:
    """`x % y`: C's `fmod` (exact, with the sign of `x`); NaN for `y == 0` or infinite `x`."""
    if y == 0 or math.isinf(x) or x != x or y != y:
        return _NAN
    if math.isinf(y):
        return x
    return math.fmod(x, y)  # exact, so already an f32 for f32 operands


# --- rounding to integers (exact, so already f32 for an f32) --------------------------------

_INTEGRAL: Final = 2.0**52  # every float at least this large is an integer


def floor(x: float, is_f32: bool) -> float:
    """Largest integer not greater than `x` (-0.0 stays -0.0)."""
    if not abs(x) < _INTEGRAL:  # also NaN and ±inf
        return x
    return float(math.floor(x)) or math.copysign(0.0, x)


def ceil(x: float, is_f32: bool) -> float:
    """Smallest integer not less than `x` (`ceil(-0.5) == -0.0`)."""
    if not abs(x) < _INTEGRAL:
        return x
    return float(math.ceil(x)) or math.copysign(0.0, x)


def trunc(x: float, is_f32: bool) -> float:
    """Integer part of `x`, keeping its sign."""
    if not abs(x) < _INTEGRAL:
        return x
    return float(math.trunc(x)) or math.copysign(0.0, x)


def round(x: float, is_f32: bool) -> float:
    """Nearest integer, ties away from zero (`round(-0.4) == -0.0`)."""
    if not abs(x) < _INTEGRAL:
        return x
    t = float(math.trunc(x))
    if abs(x - t) >= 0.5:  # exact: x - t is x's fraction
        t += math.copysign(1.0, x)
    return t or math.copysign(0.0, x)


def round_ties_even(x: float, is_f32: bool) -> float:
    """Nearest integer, ties to even."""
    if not abs(x) < _INTEGRAL:
        return x
    return float(builtins.round(x)) or math.copysign(0.0, x)  # Python rounds half to even


# --- correctly rounded: sqrt, fma, cbrt ----------------------------------------------------

# (significand bits, exponent of the smallest subnormal's ulp, 2^(exponent of infinity))
_F64_FORMAT: Final = (53, -1074, 1 << 1024)
_F32_FORMAT: Final = (24, -149, 1 << 128)


def _round_ratio(n: int, d: int, prec: int, min_exp: int, overflow: int) -> float:
    """`n / d` (both positive) rounded to nearest-even with `prec` significand bits, the
    smallest ulp `2^min_exp`, and infinity from `overflow` on."""
    e = n.bit_length() - d.bit_length()  # 2^(e-1) < n/d < 2^(e+1)
    if (n << max(-e, 0)) < (d << max(e, 0)):
        e -= 1  # now 2^e <= n/d < 2^(e+1)
    ue = max(e - prec + 1, min_exp)
    num, den = (n, d << ue) if ue >= 0 else (n << -ue, d)
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if ue >= 0 and (q << ue) >= overflow:
        return _INF
    return math.ldexp(q, ue)


def sqrt(x: float, is_f32: bool) -> float:
    """Square root; NaN below zero, `sqrt(-0.0) == -0.0`."""
    if x < 0:
        return _NAN
    return _ret(math.sqrt(x), is_f32)  # double rounding is harmless for sqrt


def fma(x: float, y: float, z: float, is_f32: bool) -> float:
    """`x * y + z` rounded once (`mul_add`)."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return x * y + z  # an infinite or NaN product: no finite rounding is involved
    if not math.isfinite(z):
        return z  # x * y is finite, even where the float product would overflow
    if x == 0 or y == 0:
        return _ret(x * y + z, is_f32)  # a signed zero plus z: exact
    xn, xd = x.as_integer_ratio()
    yn, yd = y.as_integer_ratio()
    zn, zd = z.as_integer_ratio()
    # Denominators are powers of two: bring everything over the largest one.
    d = max(xd * yd, zd)
    n = xn * yn * (d // (xd * yd)) + zn * (d // zd)
    if n == 0:
        return 0.0  # exact cancellation rounds to +0.0
    mag = _round_ratio(abs(n), d, *(_F32_FORMAT if is_f32 else _F64_FORMAT))
    return -mag if n < 0 else mag


def cbrt(x: float, is_f32: bool) -> float:
    """Cube root, correctly rounded (Rust's `libm` crate's `cbrt`/`cbrtf`)."""
    if x == 0 or not math.isfinite(x):
        return x
    prec = 24 if is_f32 else 53
    m, e = math.frexp(abs(x))
    n, e = int(math.ldexp(m, 53)), e - 53  # |x| = n·2^e exactly, n < 2^53
    # cbrt(|x|) = cbrt(a)·2^((e - s) / 3) with a = n·2^s: make e - s divisible by 3 and
    # a large enough for its integer cube root to carry prec + 2 bits.
    s = 3 * (prec + 2) + 3 - n.bit_length()
    s += (e - s) % 3
    a = n << s
    c = int(float(a) ** (1 / 3))
    c = (2 * c + a // (c * c)) // 3  # one Newton step from a 50-bit estimate
    while c * c * c > a:
        c -= 1
    while (c + 1) ** 3 <= a:
        c += 1
    inexact = c * c * c != a  # then the cube root is irrational: never a tie
    drop = c.bit_length() - prec
    q, rest, half = c >> drop, c & ((1 << drop) - 1), 1 << (drop - 1)
    if rest > half or (rest == half and (inexact or q & 1)):
        q += 1
    return math.copysign(math.ldexp(q, drop + (e - s) // 3), x)


# --- powers, exponentials, logarithms, trigonometry -----------------------------------------


def powi(x: float, n: int, is_f32: bool) -> float:
    """`x.powi(n)` as LLVM's `__powidf2`/`__powisf2` compute it: square-and-multiply on
    `|n|` in the operand type, then one reciprocal for negative `n`."""
    b = -n if n < 0 else n
    r = 1.0
    while True:
        if b & 1:
            r = _ret(r * x, is_f32)
        b >>= 1
        if b == 0:
            break
        x = _ret(x * x, is_f32)
    if n < 0:
        return fdiv(1.0, r, is_f32)
    return r


def _is_odd_integer(y: float) -> bool:
    return math.isfinite(y) and math.fmod(y, 2.0) in (1.0, -1.0)


def _pow64(x: float, y: float) -> float:
    try:
        return math.pow(x, y)
    except ValueError:  # 0 to a negative power, or a negative base to a fractional one
        if x == 0:
            return math.copysign(_INF, x) if _is_odd_integer(y) else _INF
        return _NAN
    except OverflowError:
        return -_INF if x < 0 and _is_odd_integer(y) else _INF


def powf(x: float, y: float, is_f32: bool) -> float:
    """C's `pow`: `pow(0, -1) == inf`, `pow(-8, 1/3)` is NaN, `pow(1, NaN) == 1`."""
    if is_f32:
        c = _cfunc("powf", 2, True)
        return c(x, y) if c is not None else f32_round(_pow64(x, y))
    return _pow64(x, y)


def _exp64(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return _INF


def _exp2_64(x: float) -> float:
    try:
        return math.exp2(x)
    except OverflowError:
        return _INF


def exp(x: float, is_f32: bool) -> float:
    """`e^x` (inf on overflow)."""
    return _via_c("expf", _exp64, x, is_f32)


def exp2(x: float, is_f32: bool) -> float:
    """`2^x` (inf on overflow)."""
    return _via_c("exp2f", _exp2_64, x, is_f32)


def _log_domain(f: Callable[[float], float]) -> Callable[[float], float]:
    def log(x: float) -> float:
        if x > 0:
            return f(x)  # inf → inf
        return -_INF if x == 0 else _NAN  # NaN for negative or NaN input

    return log


_ln64: Final = _log_domain(math.log)
_log10_64: Final = _log_domain(math.log10)
_log2_64: Final = _log_domain(math.log2)


def ln(x: float, is_f32: bool) -> float:
    """Natural logarithm: -inf for ±0, NaN below zero."""
    return _via_c("logf", _ln64, x, is_f32)


def log10(x: float, is_f32: bool) -> float:
    """Base-10 logarithm: -inf for ±0, NaN below zero."""
    return _via_c("log10f", _log10_64, x, is_f32)


def log2(x: float, is_f32: bool) -> float:
    """Base-2 logarithm: -inf for ±0, NaN below zero."""
    return _via_c("log2f", _log2_64, x, is_f32)


def _periodic(f: Callable[[float], float]) -> Callable[[float], float]:
    def trig(x: float) -> float:
        return _NAN if math.isinf(x) else f(x)

    return trig


_sin64: Final = _periodic(math.sin)
_cos64: Final = _periodic(math.cos)
_tan64: Final = _periodic(math.tan)


def sin(x: float, is_f32: bool) -> float:
    """Sine; NaN for ±inf."""
    return _via_c("sinf", _sin64, x, is_f32)


def cos(x: float, is_f32: bool) -> float:
    """Cosine; NaN for ±inf."""
    return _via_c("cosf", _cos64, x, is_f32)


# --- the other C math functions (`intrinsics::ferric_libm`) ---------------------------------


def _asin64(x: float) -> float:
    return _NAN if abs(x) > 1 else math.asin(x)


def _acos64(x: float) -> float:
    return _NAN if abs(x) > 1 else math.acos(x)


def _sinh64(x: float) -> float:
    try:
        return math.sinh(x)
    except OverflowError:
        return math.copysign(_INF, x)


def _cosh64(x: float) -> float:
    try:
        return math.cosh(x)
    except OverflowError:
        return _INF


def _expm1_64(x: float) -> float:
    try:
        return math.expm1(x)
    except OverflowError:
        return _INF


def _log1p64(x: float) -> float:
    if x == -1:
        return -_INF
    return _NAN if x < -1 else math.log1p(x)


def _tgamma64(x: float) -> float:
    if x == 0:
        return math.copysign(_INF, x)
    if x == -_INF or (x < 0 and x == math.floor(x)):
        return _NAN
    try:
        return math.gamma(x)
    except OverflowError:
        return _INF


def _lgamma64(x: float) -> float:
    if math.isinf(x):
        return _INF
    try:
        return math.lgamma(x)
    except (ValueError, OverflowError):  # a pole (0, -1, -2 …) or a huge result
        return _INF


# name → (f32 C function, f64 C function or None where Python's `math` calls the C one,
# the f64 result without the C library)
_UNARY: Final[dict[str, tuple[str, str | None, Callable[[float], float]]]] = {
    "tan": ("tanf", None, _tan64),
    "asin": ("asinf", None, _asin64),
    "acos": ("acosf", None, _acos64),
    "atan": ("atanf", None, math.atan),
    "sinh": ("sinhf", None, _sinh64),
    "cosh": ("coshf", None, _cosh64),
    "tanh": ("tanhf", None, math.tanh),
    "expm1": ("expm1f", None, _expm1_64),
    "log1p": ("log1pf", None, _log1p64),
    "tgamma": ("tgammaf", "tgamma", _tgamma64),
    "lgamma": ("lgammaf", "lgamma", _lgamma64),
}

_BINARY: Final[dict[str, tuple[str, str | None, Callable[[float, float], float]]]] = {
    "hypot": ("hypotf", "hypot", math.hypot),  # Python's `math.hypot` is its own
    "atan2": ("atan2f", None, math.atan2),
}


def _unary(name: str, x: float, is_f32: bool) -> float:
    c32, c64, f64 = _UNARY[name]
    cname = c32 if is_f32 else c64
    if cname is not None:
        c = _cfunc(cname, 1, is_f32)
        if c is not None:
            return c(x)
    return _ret(f64(x), is_f32)


# Real std computes asinh, acosh and atanh in Rust (library/std/src/num/f64.rs), each step
# in the operand type.


def _asinh(x: float, is_f32: bool) -> float:
    """`(ax + ax / (hypot(1, 1/ax) + 1/ax)).ln_1p().copysign(x)` with `ax = |x|`."""
    ax = abs(x)
    ix = fdiv(1.0, ax, is_f32)
    h = libm("hypot", 1.0, ix, is_f32)
    t = _ret(ax + fdiv(ax, _ret(h + ix, is_f32), is_f32), is_f32)
    return math.copysign(_unary("log1p", t, is_f32), x)


def _acosh(x: float, is_f32: bool) -> float:
    """NaN below 1, else `(x + (x - 1).sqrt() * (x + 1).sqrt()).ln()`."""
    if x < 1:
        return _NAN
    a = sqrt(_ret(x - 1.0, is_f32), is_f32)
    b = sqrt(_ret(x + 1.0, is_f32), is_f32)
    return ln(_ret(x + _ret(a * b, is_f32), is_f32), is_f32)


def _atanh(x: float, is_f32: bool) -> float:
    """`0.5 * ((2 * x) / (1 - x)).ln_1p()`."""
    q = fdiv(_ret(2.0 * x, is_f32), _ret(1.0 - x, is_f32), is_f32)
    return _ret(0.5 * _unary("log1p", q, is_f32), is_f32)


def libm(name: str, x: float, y: float, is_f32: bool) -> float:
    """The math function `name` as real std computes it (`"tan"`, `"atan2"` …; the list is
    `intrinsics::ferric_libm`'s); unary functions ignore `y`."""
    if name in _UNARY:
        return _unary(name, x, is_f32)
    if name in _BINARY:
        c32, c64, f64 = _BINARY[name]
        cname = c32 if is_f32 else c64
        if cname is not None:
            c = _cfunc(cname, 2, is_f32)
            if c is not None:
                return c(x, y)
        return _ret(f64(x, y), is_f32)
    if name == "fdim":
        if x != x or y != y:
            return _NAN
        return _ret(x - y, is_f32) if x > y else 0.0
    if name == "cbrt":
        return cbrt(x, is_f32)
    if name == "asinh":
        return _asinh(x, is_f32)
    if name == "acosh":
        return _acosh(x, is_f32)
    if name == "atanh":
        return _atanh(x, is_f32)
    raise ValueError(f"unknown libm function {name!r}")


# --- decimal digits (core::num::flt2dec) -------------------------------------------------


def _shortest(x: float, is_f32: bool) -> tuple[str, int]:
    """The shortest digits `d` and exponent `k` with `0.d * 10^k` reading back as `x`
    (finite, positive), chosen as flt2dec's Dragon4 `format_shortest` chooses them."""
    prec, min_exp = (24, -149) if is_f32 else (53, -1074)
    # flt2dec::decoder: v = mant·2^exp, neighbours at (mant ∓ minus/plus)·2^exp
    m, e = math.frexp(x)
    if e - prec < min_exp:  # subnormal: core doubles the mantissa, so always "even"
        mant, minus, plus, exp = int(math.ldexp(x, -min_exp)) << 1, 1, 1, min_exp - 1
        inclusive = True
    else:
        mant = int(math.ldexp(m, prec))
        inclusive = mant & 1 == 0
        if mant == 1 << (prec - 1):  # the gap below a power of two is half the gap above
            mant, minus, plus, exp = mant << 2, 1, 2, e - prec - 2
        else:
            mant, minus, plus, exp = mant << 1, 1, 1, e - prec - 1
    # strategy::dragon::format_shortest
    k = ((((mant + plus - 1).bit_length()) + exp) * 1292913986) >> 32
    scale = 1
    if exp < 0:
        scale <<= -exp
    else:
        mant, minus, plus = mant << exp, minus << exp, plus << exp
    if k >= 0:
        scale *= 10**k
    else:
        p10 = 10**-k
        mant, minus, plus = mant * p10, minus * p10, plus * p10
    if scale < mant + plus or (inclusive and scale == mant + plus):
        k += 1
    else:
        mant, minus, plus = mant * 10, minus * 10, plus * 10
    digits: list[int] = []
    while True:
        d, mant = divmod(mant, scale)
        digits.append(d)
        down = mant < minus or (inclusive and mant == minus)
        up = scale < mant + plus or (inclusive and scale == mant + plus)
        if down or up:
            break
        mant, minus, plus = mant * 10, minus * 10, plus * 10
    if up and (not down or 2 * mant >= scale):
        i = len(digits) - 1
        while i >= 0 and digits[i] == 9:
            digits[i] = 0
            i -= 1
        if i >= 0:
            digits[i] += 1
        else:  # 99…9 became 100…0
            digits[0] = 1
            digits.append(0)
            k += 1
    return "".join(map(str, digits)), k


def _shortest_f64(x: float) -> tuple[str, int]:
    """`_shortest(x, False)`, faster: `repr`'s digits are also the shortest and, of those,
    the closest to `x`; only where `x` lies exactly halfway between two candidates does
    `repr` take the even one and flt2dec the upper one."""
    mant, _, e = repr(x).partition("e")
    whole, _, frac = mant.partition(".")
    if frac == "0":
        frac = ""
    all_digits = whole + frac
    significant = all_digits.lstrip("0")
    digits = significant.rstrip("0")
    # A tie needs x's exact decimal expansion to be one digit (a final 5) longer than
    # `digits`, which only a fraction with few binary places has (x = num / 2^j: the
    # expansion num·5^j * 10^-j has j places and at least 0.69·j digits).
    num, den = x.as_integer_ratio()
    j = den.bit_length() - 1
    if 0 < j <= 60:
        exact = str(num * 5**j)
        if len(exact) == len(digits) + 1:
            upper = str(int(exact) // 10 + 1)
            return upper.rstrip("0"), len(upper) - j + 1
    return digits, len(whole) - (len(all_digits) - len(significant)) + (int(e) if e else 0)


def float_digits(x: float, is_f32: bool, mode: int, precision: int) -> str:
    """The digits of finite, non-negative `x` as `intrinsics::ferric_float_digits` returns
    them: mode 0 shortest positional (`1e21` → `1000000000000000000000`, `1.0` → `1`),
    1 positional with `precision` fraction digits, 2 shortest scientific (`1234.5` →
    `1.2345e3`), 3 scientific with `precision` fraction digits (`{:.2e}`)."""
    x = abs(x)
    if mode == 1:
        return f"{x:.{precision}f}"
    if mode == 3:
        s = f"{x:.{precision}e}"
        mant, _, e = s.partition("e")
        return f"{mant}e{int(e)}"
    if x == 0:
        return "0" if mode == 0 else "0e0"
    digits, k = _shortest(x, True) if is_f32 else _shortest_f64(x)
    if mode == 0:
        n = len(digits)
        if k <= 0:
            return "0." + "0" * -k + digits
        if k < n:
            return digits[:k] + "." + digits[k:]
        return digits + "0" * (k - n)
    frac = "." + digits[1:] if len(digits) > 1 else ""
    return f"{digits[0]}{frac}e{k - 1}"


# --- parsing (core::num::dec2flt) --------------------------------------------------------


def _ascii_digits(t: str) -> bool:
    return t.isascii() and t.isdigit()  # False for ""


def parse_float(s: str, is_f32: bool) -> float | None:
    """`f64::from_str`/`f32::from_str`: the value rounded to nearest-even (directly to f32
    for `is_f32`), or None when `s` is not in Rust's float grammar: an optional sign, then
    `inf`, `infinity` or `nan` in any case, or digits with an optional `.` (digits on at
    least one side) and an optional exponent `e`/`E`, sign, digits."""
    neg = s[:1] == "-"
    body = s[1:] if neg or s[:1] == "+" else s
    if body.isascii() and body.lower() in ("inf", "infinity", "nan"):
        return float(s)
    mant, marker, exp = body.replace("E", "e").partition("e")
    whole, _, frac = mant.partition(".")
    if not (whole or frac) or (whole and not _ascii_digits(whole)):
        return None
    if frac and not _ascii_digits(frac):
        return None
    exp_digits = exp[1:] if exp[:1] in ("+", "-") else exp
    if marker and not _ascii_digits(exp_digits):
        return None
    if not is_f32:
        return float(s)  # Python's own parser is correctly rounded; `s` has no `_` or spaces
    exp10 = -len(frac)
    if marker:
        exp_digits = exp_digits.lstrip("0")
        # An exponent past 10^18 (more than any string has digits) only counts by its sign.
        e_value = int(exp_digits or "0") if len(exp_digits) <= 18 else 10**18
        exp10 += -e_value if exp[0] == "-" else e_value
    value = _decimal_to_f32((whole + frac).lstrip("0"), exp10)
    return -value if neg else value


def _decimal_to_f32(digits: str, exp10: int) -> float:
    """`int(digits) * 10^exp10` (`digits` without leading zeros) rounded to f32."""
    significant = digits.rstrip("0")
    exp10 += len(digits) - len(significant)
    n = len(significant)
    if n == 0 or n + exp10 < -46:  # below 1e-46, under half the smallest subnormal
        return 0.0
    if n + exp10 > 40:  # at least 1e40, past f32::MAX
        return _INF
    if n > 120:
        # No f32 or midpoint between two has more than 120 significant digits, so a
        # nonzero digit after the first 120 rounds as any other would.
        exp10 += n - 121
        significant = significant[:120] + "1"
    v = int(significant)
    if exp10 >= 0:
        return _round_ratio(v * 10**exp10, 1, *_F32_FORMAT)
    return _round_ratio(v, 10**-exp10, *_F32_FORMAT)
