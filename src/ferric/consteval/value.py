"""Values of const evaluation and their rendering in rustc's messages.

Integers are Python `int`s (the width is the type's, known where they are used), `bool`,
`float`, `Char` (one `char`), `Str` (a `&str`), `Array` (arrays and slices), `Tuple`
(tuples, structs, tuple structs), `Variant` (enum values). References are transparent:
`&v` is `v`, since nothing evaluated here mutates through a reference.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.ty import ty as t


@dataclass(frozen=True, slots=True)
class Char:
    c: str


@dataclass(frozen=True, slots=True)
class Str:
    text: str


@dataclass(frozen=True, slots=True)
class Array:
    elems: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class Tuple:
    """Tuples and structs (fields by index)."""

    fields: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    index: int
    fields: tuple[Value, ...] = ()


Value = bool | int | float | Char | Str | Array | Tuple | Variant

NONE = Variant("None", 0)


def some(v: Value) -> Variant:
    return Variant("Some", 1, (v,))


def int_range(ty: t.Ty) -> tuple[int, int]:
    if isinstance(ty, t.Int):
        return -(1 << (ty.bits - 1)), (1 << (ty.bits - 1)) - 1
    if isinstance(ty, t.Uint):
        return 0, (1 << ty.bits) - 1
    raise TypeError(ty)


def wrap(v: int, ty: t.Ty) -> int:
    """`v` truncated to `ty`'s width (two's complement)."""
    bits = ty.bits if isinstance(ty, t.Int | t.Uint) else 128
    v &= (1 << bits) - 1
    if isinstance(ty, t.Int) and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def show_int(v: int, ty: t.Ty) -> str:
    """`5_u8`, `u8::MAX`, `i32::MIN`: how rustc prints an operand in an overflow message."""
    if not isinstance(ty, t.Int | t.Uint):
        return str(v)
    lo, hi = int_range(ty)
    if v == hi:
        return f"{ty.name}::MAX"
    if v == lo and isinstance(ty, t.Int):
        return f"{ty.name}::MIN"
    return f"{v}_{ty.name}"
