"""std's const fns and constants that const evaluation computes directly, with rustc's
semantics: integer `MIN`/`MAX`/`BITS`, `checked_*`/`wrapping_*`/`saturating_*`/
`overflowing_*`, `pow`, `abs`, `min`/`max`, bit counts; `Option::unwrap`/`expect`/`is_some`/
`is_none`/`unwrap_or`; `len`/`is_empty` of arrays, slices and `str`.

`call` raises `NotIntrinsic` for anything else (the constant is then left unchecked) and
`Failure` when rustc's evaluation fails (`inside` names the std function, as rustc's
"inside `core::num::<impl u32>::pow`" note does).
"""

from __future__ import annotations

from ferric.consteval.value import (
    NONE,
    Array,
    Str,
    Tuple,
    Value,
    Variant,
    int_range,
    show_int,
    some,
    wrap,
)
from ferric.resolve.defs import DefId, DefKind
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt


class NotIntrinsic(Exception):
    pass


class Failure(Exception):
    def __init__(self, message: str, inside: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.inside = inside


def _impl_self_ty(tcx: TyCtxt, def_id: DefId) -> t.Ty | None:
    parent = tcx.parent(def_id)
    if parent is not None and tcx.def_kind(parent) is DefKind.IMPL:
        return tcx.type_of(parent)
    return None


def assoc_const(tcx: TyCtxt, def_id: DefId) -> Value | None:
    """`i32::MAX`, `u8::MIN`, `usize::BITS` (std's integer constants)."""
    if tcx.def_kind(def_id) is not DefKind.ASSOC_CONST:
        return None
    ty = _impl_self_ty(tcx, def_id)
    if not isinstance(ty, t.Int | t.Uint):
        return None
    name = tcx.item_name(def_id)
    lo, hi = int_range(ty)
    return {"MIN": lo, "MAX": hi, "BITS": ty.bits}.get(name)


def call(tcx: TyCtxt, def_id: DefId, args: tuple[Value, ...], arg_tys: tuple[t.Ty, ...], ret: t.Ty) -> Value:
    name = tcx.item_name(def_id)
    if not args:
        raise NotIntrinsic
    recv = args[0]
    rty = _peel(arg_tys[0])
    if isinstance(rty, t.Int | t.Uint) and isinstance(recv, int) and not isinstance(recv, bool):
        return _int_method(name, recv, args[1:], rty)
    if isinstance(recv, Variant) and isinstance(rty, t.Adt) and tcx.item_name(rty.def_id) == "Option":
        return _option_method(name, recv, args[1:])
    if name == "len" and isinstance(recv, Array | Str):
        return len(recv.elems) if isinstance(recv, Array) else len(recv.text.encode())
    if name == "is_empty" and isinstance(recv, Array | Str):
        return not (recv.elems if isinstance(recv, Array) else recv.text)
    raise NotIntrinsic


def _peel(ty: t.Ty) -> t.Ty:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    return ty


def _int_method(name: str, a: int, rest: tuple[Value, ...], ty: t.Int | t.Uint) -> Value:
    lo, hi = int_range(ty)
    signed = isinstance(ty, t.Int)
    inside = f"core::num::<impl {ty.name}>::{name}"
    if not rest:
        if name == "abs" and signed:
            if a == lo:
                raise Failure(f"attempt to negate `{show_int(a, ty)}`, which would overflow", inside)
            return abs(a)
        unary: dict[str, Value] = {
            "count_ones": bin(a & hi if signed else a).count("1") if not signed else bin(a & ((1 << ty.bits) - 1)).count("1"),
            "is_power_of_two": a > 0 and a & (a - 1) == 0,
            "leading_zeros": ty.bits - (a & ((1 << ty.bits) - 1)).bit_length(),
            "trailing_zeros": _trailing_zeros(a, ty.bits),
            "signum": (a > 0) - (a < 0),
            "is_positive": a > 0,
            "is_negative": a < 0,
            "unsigned_abs": abs(a),
            "wrapping_neg": wrap(-a, ty),
            "checked_neg": some(-a) if lo <= -a <= hi else NONE,
            "count_zeros": ty.bits - bin(a & ((1 << ty.bits) - 1)).count("1"),
        }
        if name in unary:
            return unary[name]
        raise NotIntrinsic
    b = rest[0]
    if len(rest) != 1 or isinstance(b, bool) or not isinstance(b, int):
        raise NotIntrinsic
    if name in ("min", "max"):
        return min(a, b) if name == "min" else max(a, b)
    if name == "pow":
        return _pow(a, b, ty, inside)
    if name == "abs_diff":
        return abs(a - b)
    ops = {"add": a + b, "sub": a - b, "mul": a * b}
    for prefix in ("checked_", "wrapping_", "saturating_", "overflowing_"):
        if not name.startswith(prefix):
            continue
        op = name[len(prefix):]
        exact: int | None
        if op in ops:
            exact = ops[op]
        elif op in ("div", "rem", "div_euclid", "rem_euclid"):
            if b == 0:
                if prefix == "checked_":
                    return NONE
                raise NotIntrinsic
            q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
            if op == "div":
                exact = q
            elif op == "rem":
                exact = a - b * q
            elif op == "rem_euclid":
                exact = a % abs(b)
            else:
                exact = (a - a % abs(b)) // b
        elif op == "pow":
            exact = a ** b if b >= 0 else None
        elif op in ("shl", "shr"):
            if prefix == "saturating_":
                raise NotIntrinsic
            ok = 0 <= b < ty.bits
            r = wrap(a << (b % ty.bits), ty) if op == "shl" else a >> (b % ty.bits)
            if prefix == "checked_":
                return some(r) if ok else NONE
            if prefix == "wrapping_":
                return r
            return Tuple((r, not ok))
        else:
            raise NotIntrinsic
        if exact is None:
            raise NotIntrinsic
        fits = lo <= exact <= hi
        if prefix == "checked_":
            return some(exact) if fits else NONE
        if prefix == "wrapping_":
            return wrap(exact, ty)
        if prefix == "saturating_":
            return max(lo, min(hi, exact))
        return Tuple((wrap(exact, ty), not fits))
    raise NotIntrinsic


def _pow(base: int, exp: int, ty: t.Int | t.Uint, inside: str) -> int:
    """core's `pow` (square and multiply), failing where rustc's does."""
    lo, hi = int_range(ty)

    def mul(x: int, y: int) -> int:
        r = x * y
        if r < lo or r > hi:
            raise Failure(f"attempt to compute `{show_int(x, ty)} * {show_int(y, ty)}`, which would overflow", inside)
        return r

    if exp == 0:
        return 1
    acc = 1
    while True:
        if exp & 1:
            acc = mul(acc, base)
            if exp == 1:
                return acc
        exp //= 2
        base = mul(base, base)


def _trailing_zeros(a: int, bits: int) -> int:
    a &= (1 << bits) - 1
    if a == 0:
        return bits
    return (a & -a).bit_length() - 1


def _option_method(name: str, v: Variant, rest: tuple[Value, ...]) -> Value:
    is_some = v.name == "Some"
    if name == "is_some":
        return is_some
    if name == "is_none":
        return not is_some
    if name == "unwrap":
        if not is_some:
            raise Failure("evaluation panicked: called `Option::unwrap()` on a `None` value")
        return v.fields[0]
    if name == "expect" and len(rest) == 1 and isinstance(rest[0], Str):
        if not is_some:
            raise Failure(f"evaluation panicked: {rest[0].text}")
        return v.fields[0]
    if name == "unwrap_or" and len(rest) == 1:
        return v.fields[0] if is_some else rest[0]
    raise NotIntrinsic
