"""Plain data as bytes: the byte encoding of types whose values are nothing but bits
(integers, floats, `bool`, `char`, and arrays, tuples, structs and unions of them), for
the places where Rust reinterprets memory: reading a union field other than the one last
written, `transmute` between differently represented types, `mem::zeroed`.

`codec(prog, ty)` → the names of two generated Python functions `(encode, decode)`:
`encode(value) -> bytes` gives the `size_of::<ty>()` bytes of a value in the target's
layout (little-endian; fields in declaration order at C-layout offsets), `decode(b)` reads
a value from the first bytes of `b`. `None` for a type that is not plain data (pointers,
references, enums, std collections ...): its bits are not modelled.

Unions (`union_class`): one Python class per concrete union type (the field codecs depend
on the type arguments), a subclass of `rt.core.Union` whose fields are properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ferric.backend.py.layout import by_value, int_bits, is_f32, is_u8
from ferric.ty import ty as t

if TYPE_CHECKING:
    from ferric.backend.py.program import Program


def _size_align(prog: Program, ty: t.Ty) -> tuple[int, int]:
    from ferric.backend.py.intrinsics import _layout

    return _layout(prog, ty)


def _fields(prog: Program, ty: t.Ty) -> list[t.Ty] | None:
    """The field types of a plain struct or tuple (`None` for anything else)."""
    if isinstance(ty, t.Tuple):
        return list(ty.elems)
    if isinstance(ty, t.Adt):
        adt = prog.tcx.adt_def(ty.def_id)
        if (
            adt.is_enum
            or adt.is_union
            or adt.is_box
            or prog.tcx.has_attr(ty.def_id, "opaque")
            or prog.is_std_kind(ty)
        ):
            return None
        if not adt.variants:
            return None
        return [prog.field_ty(ty, 0, i) for i in range(len(adt.variants[0].fields))]
    return None


def offsets(prog: Program, tys: list[t.Ty]) -> list[int]:
    """C-layout field offsets (declaration order, each field at its alignment)."""
    out = []
    off = 0
    for fty in tys:
        s, a = _size_align(prog, fty)
        off = -(-off // a) * a
        out.append(off)
        off += s
    return out


def codec(prog: Program, ty: t.Ty) -> tuple[str, str] | None:
    got = prog.codecs.get(ty, False)
    if got is not False:
        return got  # type: ignore[return-value]
    prog.codecs[ty] = None  # (a recursive type is not plain data)
    res = _make_codec(prog, ty)
    prog.codecs[ty] = res
    return res


def _emit(prog: Program, enc_body: str, dec_body: str) -> tuple[str, str]:
    enc = prog.fresh("enc_")
    dec = prog.fresh("dec_")
    prog.functions.append([f"def {enc}(v):", f"    return {enc_body}"])
    prog.functions.append([f"def {dec}(b):", f"    return {dec_body}"])
    return enc, dec


def _make_codec(prog: Program, ty: t.Ty) -> tuple[str, str] | None:
    ib = int_bits(ty)
    if ib is not None:
        n = ib[0] // 8
        return _emit(
            prog,
            f"v.to_bytes({n}, 'little', signed={ib[1]})",
            f"int.from_bytes(b[:{n}], 'little', signed={ib[1]})",
        )
    if isinstance(ty, t.Float):
        if is_f32(ty):
            return _emit(
                prog,
                "f32_to_bits(v).to_bytes(4, 'little')",
                "f32_from_bits(int.from_bytes(b[:4], 'little'))",
            )
        return _emit(
            prog,
            "f64_to_bits(v).to_bytes(8, 'little')",
            "f64_from_bits(int.from_bytes(b[:8], 'little'))",
        )
    if isinstance(ty, t.Bool):
        return _emit(prog, "b'\\x01' if v else b'\\x00'", "b[0] != 0")
    if isinstance(ty, t.Char):
        return _emit(prog, "ord(v).to_bytes(4, 'little')", "chr(int.from_bytes(b[:4], 'little'))")
    if isinstance(ty, t.Array):
        n = prog.array_len(ty)
        if is_u8(ty.elem):
            return _emit(prog, "bytes(v)", f"bytearray(b[:{n}])")
        ec = codec(prog, ty.elem)
        if ec is None:
            return None
        s, _ = _size_align(prog, ty.elem)
        return _emit(
            prog,
            f"b''.join([{ec[0]}(x) for x in v])",
            f"[{ec[1]}(b[i * {s}:]) for i in range({n})]",
        )
    if isinstance(ty, t.Adt) and prog.tcx.adt_def(ty.def_id).is_union:
        cls = union_class(prog, ty)
        size, _ = _size_align(prog, ty)
        return _emit(prog, "union_bytes(v)", f"{cls}(-1, None, bytes(b[:{size}]))")
    fields = _fields(prog, ty)
    if fields is None:
        return None
    codecs = [codec(prog, f) for f in fields]
    if any(c is None for c in codecs):
        return None
    size, _ = _size_align(prog, ty)
    offs = offsets(prog, fields)
    access = (lambda i: f"v[{i}]") if isinstance(ty, t.Tuple) else (lambda i: f"v.f{i}")
    parts = []
    end = 0
    for i, (c, off) in enumerate(zip(codecs, offs, strict=True)):
        assert c is not None
        if off > end:
            parts.append(f"bytes({off - end})")
        parts.append(f"{c[0]}({access(i)})")
        end = off + _size_align(prog, fields[i])[0]
    enc = (
        f"(b''.join([{', '.join(parts)}]) + bytes({max(size - end, 0)}))"
        if parts
        else f"bytes({size})"
    )
    vals = [f"{c[1]}(b[{off}:])" for c, off in zip(codecs, offs, strict=True) if c is not None]
    if isinstance(ty, t.Tuple):
        dec = f"[{', '.join(vals)}]" if vals else "None"
    else:
        dec = prog.construct(ty, 0, vals)
    return _emit(prog, enc, dec)


def zero_value(prog: Program, ty: t.Ty) -> str | None:
    """The value of `ty` whose bytes are all zero (`mem::zeroed`), where it has one."""
    if isinstance(ty, t.RawPtr | t.FnPtr):
        return "None"
    if isinstance(ty, t.Tuple) and not ty.elems:
        return "None"
    c = codec(prog, ty)
    if c is not None:
        size, _ = _size_align(prog, ty)
        return f"{c[1]}(bytes({size}))"
    if isinstance(ty, t.Array):
        z = zero_value(prog, ty.elem)
        if z is None:
            return None
        n = prog.array_len(ty)
        return f"[{z} for _ in range({n})]" if not by_value(ty.elem) else f"[{z}] * {n}"
    fields = _fields(prog, ty)
    if fields is not None:
        zs = [zero_value(prog, f) for f in fields]
        if any(z is None for z in zs):
            return None
        if isinstance(ty, t.Tuple):
            return f"[{', '.join(zs)}]"  # type: ignore[arg-type]
        assert isinstance(ty, t.Adt)
        return prog.construct(ty, 0, zs)  # type: ignore[arg-type]
    if isinstance(ty, t.Adt):
        adt = prog.tcx.adt_def(ty.def_id)
        if adt.is_enum and not prog.is_std_kind(ty):
            # The variant whose discriminant is 0 (`Option::None` of a pointer: its niche).
            for vi, var in enumerate(adt.variants):
                if prog.discriminants(ty.def_id)[vi] == 0:
                    zs = [
                        zero_value(prog, prog.field_ty(ty, vi, i)) for i in range(len(var.fields))
                    ]
                    if any(z is None for z in zs):
                        return None
                    return prog.construct(ty, vi, zs)  # type: ignore[arg-type]
    return None


def union_class(prog: Program, ty: t.Adt) -> str:
    cls = prog.union_classes.get(ty)
    if cls is not None:
        return cls
    adt = prog.tcx.adt_def(ty.def_id)
    safe = "".join(c if c.isalnum() else "_" for c in adt.name)
    cls = prog.fresh(f"{safe}_")
    prog.union_classes[ty] = cls
    nf = len(adt.variants[0].fields)
    lines = [
        f"class {cls}(Union):",
        "    __slots__ = ('b', 'k', 'v')",
        "    def __init__(self, k, v, b):",
        "        self.k = k",
        "        self.v = v",
        "        self.b = b",
    ]
    lines.extend(f"    f{i} = union_field({i})" for i in range(nf))
    prog.header.append("\n".join(lines))
    codecs = [codec(prog, prog.field_ty(ty, 0, i)) for i in range(nf)]
    prog.trailer_consts.append(
        f"{cls}._codecs = ({''.join(f'({c[0]}, {c[1]}), ' if c else 'None, ' for c in codecs)})"
    )
    return cls


def construct_union(prog: Program, ty: t.Adt, index: int, value: str) -> str:
    size, _ = _size_align(prog, ty)
    return f"{union_class(prog, ty)}({index}, {value}, bytes({size}))"


def union_copy_body(prog: Program, ty: t.Adt) -> list[str]:
    """The lines of a copy function (`x` → `n`) for a `Copy` union: the current field's
    value is copied by its type."""
    adt = prog.tcx.adt_def(ty.def_id)
    lines = ["    n = shallow(x)"]
    for i in range(len(adt.variants[0].fields)):
        fty = prog.field_ty(ty, 0, i)
        if not by_value(fty):
            lines.append(f"    if x.k == {i}: n.v = {prog.copy_expr(fty, 'x.v')}")
    lines.append("    return n")
    return lines


def transparent_field(prog: Program, ty: t.Ty) -> tuple[int, t.Ty] | None:
    """The one field of a `#[repr(transparent)]` struct or union (`MaybeUninit<T>`,
    `ManuallyDrop<T>`, a user newtype) that is not zero-sized: (index, type)."""
    if not isinstance(ty, t.Adt) or "transparent" not in prog.tcx.repr_hints(ty.def_id):
        return None
    adt = prog.tcx.adt_def(ty.def_id)
    if adt.is_enum or not adt.variants or not adt.variants[0].fields:
        return None
    ftys = [prog.field_ty(ty, 0, i) for i in range(len(adt.variants[0].fields))]
    nonzero = [i for i, f in enumerate(ftys) if _size_align(prog, f)[0] != 0]
    i = nonzero[0] if nonzero else len(ftys) - 1
    return i, ftys[i]


def transparent_path(prog: Program, src: t.Ty, dst: t.Ty) -> list[tuple[int, t.Ty]] | None:
    """The fields leading from a transparent wrapper `src` down to `dst`."""
    path: list[tuple[int, t.Ty]] = []
    cur = src
    while cur != dst:
        step = transparent_field(prog, cur)
        if step is None or len(path) > 16:
            return None
        path.append(step)
        cur = step[1]
    return path
