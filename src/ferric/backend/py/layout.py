"""How each (concrete) Rust type is represented in Python — see the package docstring.

`by_value(ty)`: the Python value is immutable (ints, floats, bool, char, `()`, references,
raw pointers, fn items and pointers); a `&mut` to such a place is a pointer object.
Everything else is by-identity: a mutable object that *is* its place.
"""

from __future__ import annotations

from ferric.ty import ty as t


def by_value(ty: t.Ty) -> bool:
    if isinstance(ty, t.Bool | t.Char | t.Int | t.Uint | t.Float | t.Never | t.Ref | t.RawPtr | t.FnDef | t.FnPtr):
        return True
    if isinstance(ty, t.Tuple):
        return not ty.elems
    return False


def int_bits(ty: t.Ty) -> tuple[int, bool] | None:
    """(bits, signed) for an integer type."""
    if isinstance(ty, t.Int):
        return ty.bits, True
    if isinstance(ty, t.Uint):
        return ty.bits, False
    return None


def wrap_expr(v: str, bits: int, signed: bool) -> str:
    """`v` truncated to `bits` in two's complement (`rt.num.wrap`): a mask inline when
    unsigned."""
    if signed:
        return f"wrap({v}, {bits}, True)"
    return f"(({v}) & {(1 << bits) - 1})"


def int_range(ty: t.Int | t.Uint) -> tuple[int, int]:
    bits, signed = int_bits(ty)  # type: ignore[misc]
    if signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def is_f32(ty: t.Ty) -> bool:
    return isinstance(ty, t.Float) and str(ty) == "f32"


def is_u8(ty: t.Ty) -> bool:
    return isinstance(ty, t.Uint) and ty.bits == 8
