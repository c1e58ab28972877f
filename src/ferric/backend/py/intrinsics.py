"""`#[ferric::intrinsic]` functions of std, as Python (see the representation table in the
package docstring). Each returns a Python expression for the call, given the arguments'
Python expressions; the key is `Type::method` for methods and `module::name` for free
functions (`Program.intrinsic_key`)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ferric.backend.py import pod, textpath
from ferric.backend.py.layout import by_value, int_bits, int_range, is_f32, is_u8, wrap_expr
from ferric.backend.py.mono import CodegenError, Instance
from ferric.syntax.ast import BinOpKind
from ferric.ty import ty as t
from ferric.ty.type_name import type_name

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen
    from ferric.backend.py.program import Program

_BINOPS = {
    "add": BinOpKind.ADD, "sub": BinOpKind.SUB, "mul": BinOpKind.MUL, "div": BinOpKind.DIV, "rem": BinOpKind.REM,
    "bitand": BinOpKind.BIT_AND, "bitor": BinOpKind.BIT_OR, "bitxor": BinOpKind.BIT_XOR, "shl": BinOpKind.SHL,
    "shr": BinOpKind.SHR,
}
_CMPS = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
_PRIMS = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool", "char"}


def _ret_ty(prog: Program, inst: Instance) -> t.Ty:
    sig = prog.tcx.fn_sig_instantiated(inst.def_id, inst.args)
    return prog.mono.normalize(sig.output)


def _arg_ty(prog: Program, inst: Instance, i: int) -> t.Ty:
    sig = prog.tcx.fn_sig_instantiated(inst.def_id, inst.args)
    return prog.mono.normalize(sig.inputs[i])


def _targ(inst: Instance, i: int = 0) -> t.Ty:
    a = [x for x in inst.args if isinstance(x, t.Ty)]
    return a[i]


def _variant(prog: Program, ty: t.Ty, name: str, fields: list[str]) -> str:
    assert isinstance(ty, t.Adt)
    adt = prog.tcx.adt_def(ty.def_id)
    for i, v in enumerate(adt.variants):
        if v.name == name:
            return prog.construct(ty, i, fields)
    raise CodegenError(f"`{ty}` has no variant `{name}`")


def size_of(prog: Program, ty: t.Ty) -> int:
    return _layout(prog, ty)[0]


def _layout(prog: Program, ty: t.Ty) -> tuple[int, int]:
    if isinstance(ty, t.Bool):
        return 1, 1
    if isinstance(ty, t.Char):
        return 4, 4
    if isinstance(ty, t.Int | t.Uint | t.Float):
        n = ty.bits // 8
        return n, min(n, 16)
    if isinstance(ty, t.Ref | t.RawPtr):
        fat = isinstance(ty.pointee, t.Slice | t.Str | t.Dynamic)
        return (16 if fat else 8), 8
    if isinstance(ty, t.FnPtr):
        return 8, 8
    if isinstance(ty, t.FnDef | t.Never):
        return 0, 1
    if isinstance(ty, t.Array):
        s, a = _layout(prog, ty.elem)
        return s * prog.array_len(ty), a
    if isinstance(ty, t.Tuple):
        return _struct_layout([_layout(prog, e) for e in ty.elems])
    if isinstance(ty, t.Closure):
        upv = ty.upvars_ty
        return _struct_layout([_layout(prog, e) for e in upv.elems]) if isinstance(upv, t.Tuple) else (0, 1)
    if isinstance(ty, t.Adt):
        name = str(ty).split("<")[0].split("::")[-1]
        adt = prog.tcx.adt_def(ty.def_id)
        if adt.is_box or name in ("Rc", "Arc", "Weak", "NonNull"):
            inner = ty.args[0] if ty.args else None
            fat = isinstance(inner, t.Slice | t.Str | t.Dynamic)
            return (16 if fat else 8), 8
        if name in ("Vec", "String", "VecDeque"):
            return 24, 8
        if adt.is_enum:
            payloads = [_struct_layout([_layout(prog, prog.field_ty(ty, vi, i)) for i in range(len(v.fields))]) for vi, v in enumerate(adt.variants)]
            if not payloads:
                return 0, 1
            maxs = max(p[0] for p in payloads)
            align = max(p[1] for p in payloads)
            if len(adt.variants) == 1:
                return maxs, align
            # Niche: Option-like enums of a non-null pointer need no tag.
            if len(adt.variants) == 2 and any(p[0] == 0 for p in payloads):
                other = next(v for v, p in zip(adt.variants, payloads, strict=True) if p[0] != 0) if maxs else None
                if other is not None and len(other.fields) == 1:
                    fty = prog.field_ty(ty, adt.variants.index(other), 0)
                    if isinstance(fty, t.Ref | t.FnPtr) or (isinstance(fty, t.Adt) and (prog.tcx.adt_def(fty.def_id).is_box or str(fty).split("<")[0].split("::")[-1] in ("Vec", "String", "Rc", "Arc", "NonNull", "NonZero"))) or isinstance(fty, t.Bool | t.Char):
                        return maxs, align
            reprs = {"u8": 1, "i8": 1, "u16": 2, "i16": 2, "u32": 4, "i32": 4, "u64": 8, "i64": 8, "u128": 16, "i128": 16, "usize": 8, "isize": 8}
            tag = reprs.get(adt.repr_int or "", 1 if len(adt.variants) <= 256 else 4)
            align = max(align, tag)
            size = -(-(maxs + tag) // align) * align if maxs else tag
            return size, align
        fields = [_layout(prog, prog.field_ty(ty, 0, i)) for i in range(len(adt.variants[0].fields))] if adt.variants else []
        if adt.is_union:
            align = max((a for _, a in fields), default=1)
            return -(-max((s for s, _ in fields), default=0) // align) * align, align
        return _struct_layout(fields)
    return 8, 8


def _struct_layout(fields: list[tuple[int, int]]) -> tuple[int, int]:
    if not fields:
        return 0, 1
    align = max(a for _, a in fields)
    size = sum(s for s, _ in fields)
    return -(-size // align) * align, align


def call_intrinsic(prog: Program, key: str, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    head, _, name = key.rpartition("::")
    text = textpath.INTRINSICS.get(key)
    if text is not None:
        return text(prog, inst, args, cg, span)
    # -- primitive operators (`<i32 as Add>::add`, `<char as PartialOrd>::lt` ...) --------------
    if head in _PRIMS:
        return _prim(prog, head, name, inst, args, cg, span)
    fn = _TABLE.get(key)
    if fn is None:
        raise CodegenError(f"intrinsic `{key}` is not implemented in the Python backend yet")
    return fn(prog, inst, args, cg, span)


def _prim(prog: Program, head: str, name: str, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    self_ty = _arg_ty(prog, inst, 0)
    if isinstance(self_ty, t.Ref):
        self_ty = self_ty.pointee
    if name in _BINOPS:
        if isinstance(self_ty, t.Bool):
            return f"({args[0]} {dict(bitand='&', bitor='|', bitxor='^')[name]} {args[1]})"
        return cg.builtin_binop(_BINOPS[name], args[0], args[1], self_ty, span)
    if name in _CMPS:
        return f"({args[0]} {_CMPS[name]} {args[1]})"
    if name == "cmp":
        a, b = cg.spill(args[0]), cg.spill(args[1])
        ordering = prog.tcx.lang_item("Ordering")
        assert ordering is not None
        oty = t.Adt(ordering, ())
        return f"({prog.construct(oty, 0, [])} if {a} < {b} else {prog.construct(oty, 1, [])} if {a} == {b} else {prog.construct(oty, 2, [])})"
    if name == "neg":
        if isinstance(self_ty, t.Float):
            return f"(-{args[0]})"
        lo, _ = int_range(self_ty)  # type: ignore[arg-type]
        v = cg.spill(args[0])
        return f"(-{v} if {v} != {lo} else {prog.lang_fn('panic_const_neg_overflow')}({cg.loc(span)}))"
    if name == "not":
        if isinstance(self_ty, t.Bool):
            return f"(not {args[0]})"
        if isinstance(self_ty, t.Int):
            return f"(~{args[0]})"
        return f"({args[0]} ^ {(1 << self_ty.bits) - 1})"  # type: ignore[attr-defined]
    if name == "to_bits":
        return f"f32_to_bits({args[0]})" if is_f32(self_ty) else f"f64_to_bits({args[0]})"
    if name == "from_bits":
        ret = _ret_ty(prog, inst)
        return f"f32_from_bits({args[0]})" if is_f32(ret) else f"f64_from_bits({args[0]})"
    raise CodegenError(f"intrinsic `{head}::{name}` is not implemented in the Python backend yet")


# -- formatting ------------------------------------------------------------------------------


def _fmt_write(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"{_fmt_write_fn(prog)}({args[0]}, {args[1]})"


def _fmt_write_fn(prog: Program) -> str:
    sym = prog.symbols.get(("fmt_write",))
    if sym is not None:
        return sym
    sym = "_fmt_write"
    prog.symbols[("fmt_write",)] = sym
    tcx = prog.tcx
    write_trait = tcx.std_item("fmt", "Write")
    formatter = tcx.std_item("fmt", "Formatter")
    options = tcx.std_item("fmt", "FormattingOptions")
    result = tcx.lang_item("Result")
    if write_trait is None or formatter is None or options is None or result is None:
        raise CodegenError("std's fmt is incomplete")
    write_str = next(i.def_id for i in tcx.associated_items(write_trait) if i.name == "write_str")
    write_char = next(i.def_id for i in tcx.associated_items(write_trait) if i.name == "write_char")
    key = prog.vtable_key(write_str)
    char_key = prog.vtable_key(write_char)
    fcls = prog.adt_class(formatter)
    ocls = prog.adt_class(options)
    # Field order of Formatter { options, buf } and FormattingOptions { flags, width, precision }.
    rcls = prog.adt_class(result)
    prog.functions.append([
        f"def {sym}(out, fa):",
        f"    ws = out.vt[{key}]",
        "    d = out.d",
        "    for p in fa.pieces:",
        "        tp = type(p)",
        "        if tp is Slice:",
        "            r = ws(d, p)",
        "        elif tp is int:",  # (text pieces: see `rt.text`)
        "            if p < 0:",
        f"                r = out.vt[{char_key}](d, '-')",
        "                if r.t:",
        "                    return r",
        "                p = -p",
        "            t = b'%d' % p",
        "            r = ws(d, Slice(t, 0, len(t)))",
        "        elif tp is str:",
        f"            r = out.vt[{char_key}](d, p)",
        "        elif tp is Pad:",
        f"            r = write_pad(p, d, ws, out.vt[{char_key}])",
        "        elif tp is Writes:",  # (a float: a write per part)
        "            for w in p.parts:",
        f"                r = out.vt[{char_key}](d, w) if type(w) is str else ws(d, Slice(w, 0, len(w)))",
        "                if r.t:",
        "                    return r",
        "        elif tp is not tuple:",
        "            r = ws(d, Slice(p, 0, len(p)))",
        "        else:",
        "            val, fn, flags, width, prec = p",
        "            w = pr = 0",
        "            if width is not None:",
        "                flags |= 134217728",
        "                w = width",
        "            if prec is not None:",
        "                flags |= 268435456",
        "                pr = prec",
        f"            r = fn(val, {fcls}({ocls}(flags, w, pr), out))",
        "        if r.t:",
        "            return r",
        f"    return {rcls}(0, None)",
    ])
    return sym


def _args_from_str(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"FmtArgs(({args[0]},), ())"


def _args_as_str(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    a = cg.spill(args[0])
    ret = _ret_ty(prog, inst)
    some = _variant(prog, ret, "Some", [f"{a}.pieces[0]"])
    some_empty = _variant(prog, ret, "Some", [prog.str_const(b"")])
    none = _variant(prog, ret, "None", [])
    return f"({some_empty} if not {a}.pieces else {some} if len({a}.pieces) == 1 and type({a}.pieces[0]) is Slice else {none})"


# -- io ----------------------------------------------------------------------------------------


def _sys_write(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    buf = cg.spill(args[1])
    ret = _ret_ty(prog, inst)
    r = cg.spill(f"sys_os(write_fd, {args[0]}, bytes({buf}.b[{buf}.lo:{buf}.hi]))")
    return _ok_or_errno(prog, ret, r)


def _sys_isatty(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"__import__('os').isatty({args[0]})"


# -- panics ------------------------------------------------------------------------------------


def _caller_location(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return cg.loc(span)


def _start_unwind(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"rust_raise({args[0]})"


def _catch_unwind(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ret = _ret_ty(prog, inst)
    f_ty = _targ(inst, 1)
    fn_once = prog.tcx.lang_item("fn_once")
    assert fn_once is not None
    call_once = next(i.def_id for i in prog.tcx.associated_items(fn_once) if i.name == "call_once")
    callee = prog.mono.resolve(call_once, (f_ty, t.UNIT))
    f = cg.spill(args[0])
    call = cg.call_fn_trait(callee, f, [], span)
    ok = _variant(prog, ret, "Ok", ["v"])
    err = _variant(prog, ret, "Err", ["p"])
    return f"catch_unwind(lambda: {call}, lambda v: {ok}, lambda p: {err})"


def _thread_spawn(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    # The boxed closure is called on the new thread, through `run` (a function of it, so
    # that the spawning code may reuse its temporaries meanwhile).
    f_ty = _arg_ty(prog, inst, 2)
    fn_once = prog.tcx.lang_item("fn_once")
    assert fn_once is not None
    call_once = next(i.def_id for i in prog.tcx.associated_items(fn_once) if i.name == "call_once")
    callee = prog.mono.resolve(call_once, (f_ty, t.UNIT))
    call = cg.call_fn_trait(callee, "_f", [], span)
    r = cg.spill(f"thread_spawn({args[0]}, {args[1]}, {args[2]}, lambda _f: {call})")
    return _ok_or_errno(prog, _ret_ty(prog, inst), r)


def _thread_id(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return "__import__('threading').get_native_id()"


def _abort(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return "rust_abort()"


# -- memory ------------------------------------------------------------------------------------


def _size_of(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return str(size_of(prog, _targ(inst)))


def _align_of(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return str(_layout(prog, _targ(inst))[1])


def _needs_drop(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    return str(not by_value(ty) and prog.needs_drop(ty))


def _drop_in_place(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    if by_value(ty) or not prog.needs_drop(ty):
        return "None"
    return prog.drop_expr(ty, args[0])


def _size_of_val(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    if isinstance(ty, t.Str):
        v = cg.spill(args[0])
        return f"({v}.hi - {v}.lo)"
    if isinstance(ty, t.Slice):
        v = cg.spill(args[0])
        return f"(({v}.hi - {v}.lo) * {size_of(prog, ty.elem)})"
    if isinstance(ty, t.Dynamic):
        raise CodegenError("`size_of_val` of a trait object is not supported yet")
    return str(size_of(prog, ty))


def _transmute(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`transmute::<Src, Dst>`: same bits, another Python representation where they differ."""
    return transmute(prog, _targ(inst, 0), _targ(inst, 1), args[0], cg)


def transmute(prog: Program, src: t.Ty, dst: t.Ty, v: str, cg: FnCodegen) -> str:
    if src == dst:
        return v
    if isinstance(dst, t.Char) and int_bits(src) is not None:
        return f"chr({v})"
    if isinstance(src, t.Char) and int_bits(dst) is not None:
        return f"ord({v})"
    if isinstance(dst, t.Float) and int_bits(src) is not None:
        return f"f32_from_bits({v})" if is_f32(dst) else f"f64_from_bits({v})"
    if isinstance(src, t.Float) and int_bits(dst) is not None:
        return f"f32_to_bits({v})" if is_f32(src) else f"f64_to_bits({v})"
    if isinstance(dst, t.Bool) and int_bits(src) is not None:
        return f"bool({v})"
    if isinstance(src, t.Bool) and int_bits(dst) is not None:
        return f"int({v})"
    if (sb := int_bits(src)) is not None and (db := int_bits(dst)) is not None:
        return wrap_expr(v, db[0], db[1]) if sb != db else v
    if by_value(src) and by_value(dst):
        return v  # (pointers and references: the same Python value)
    # `[MaybeUninit<T>; N]` → `[T; N]`: element by element.
    if isinstance(src, t.Array) and isinstance(dst, t.Array) and prog.array_len(src) == prog.array_len(dst):
        x = "x"
        inner = transmute(prog, src.elem, dst.elem, x, cg)
        if inner == x and is_u8(src.elem) == is_u8(dst.elem):
            return v
        items = f"[{inner} for x in {v}]" if inner != x else f"list({v})"
        return f"bytearray({items})" if is_u8(dst.elem) else items
    # A `#[repr(transparent)]` wrapper and what it wraps.
    inner = pod.transparent_field(prog, src)
    if inner is not None:
        return transmute(prog, inner[1], dst, f"({v}).f{inner[0]}", cg)
    inner = pod.transparent_field(prog, dst)
    if inner is not None:
        slots = ["None"] * len(prog.tcx.adt_def(dst.def_id).variants[0].fields)  # type: ignore[attr-defined]
        slots[inner[0]] = transmute(prog, src, inner[1], v, cg)
        return prog.construct(dst, 0, slots)  # type: ignore[arg-type]
    # Plain data: through its bytes.
    sc, dc = pod.codec(prog, src), pod.codec(prog, dst)
    if sc is not None and dc is not None:
        return f"{dc[1]}({sc[0]}({v}))"
    return v


def _as_array(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`<[T]>::as_array::<N>`: `Some` of the slice as an array if it has `N` elements."""
    ret = _ret_ty(prog, inst)
    assert isinstance(ret, t.Adt)
    arr = ret.args[0]
    assert isinstance(arr, t.Ref) and isinstance(arr.pointee, t.Array)
    n = prog.array_len(arr.pointee)
    s = cg.spill(args[0])
    some = _variant(prog, ret, "Some", [f"array_of_slice({s})"])
    return f"({some} if {s}.hi - {s}.lo == {n} else {_variant(prog, ret, 'None', [])})"


def _init_zeroed(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    z = pod.zero_value(prog, ty)
    if z is None:
        raise CodegenError(f"an all-zero `{ty}` is not supported yet")
    return z


def _noop(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return "None"


def _identity(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return args[0]


def _type_name(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return prog.str_const(type_name(prog.tcx, _targ(inst)).encode("utf-8"))


def _read(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    return f"{args[0]}.get()" if by_value(ty) else f"shallow({args[0]})"


def _write(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    return f"{args[0]}.set({args[1]})" if by_value(ty) else f"overwrite({args[0]}, {args[1]})"


def _swap(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    return f"swap_ptrs({args[0]}, {args[1]})" if by_value(ty) else f"swap_objs({args[0]}, {args[1]})"


def _discriminant(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    if not isinstance(ty, t.Adt) or not prog.tcx.adt_def(ty.def_id).is_enum:
        return "0"
    return prog.discriminant(cg.spill(args[0]), ty)


def _box_new(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"Cell({args[0]})" if by_value(_targ(inst)) else args[0]


def _unreachable(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return "rust_unreachable()"


# -- integers and floats -------------------------------------------------------------------------


def _int_intrinsic(op: str):  # type: ignore[no-untyped-def]
    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        ty = _targ(inst)
        ib = int_bits(ty)
        if ib is None:
            raise CodegenError(f"`{op}` on `{ty}`")
        bits, signed = ib
        if op in ("ctpop", "ctlz", "cttz"):
            return f"{op}({args[0]}, {bits})"
        if op in ("bswap", "bitreverse"):
            return f"{op}({args[0]}, {bits}, {signed})"
        if op in ("rotate_left", "rotate_right"):
            return f"{op}({args[0]}, {args[1]}, {bits}, {signed})"
        if op in ("wrapping_add", "wrapping_sub", "wrapping_mul"):
            py = {"wrapping_add": "+", "wrapping_sub": "-", "wrapping_mul": "*"}[op]
            return wrap_expr(f"{args[0]} {py} {args[1]}", bits, signed)
        if op in ("add_with_overflow", "sub_with_overflow", "mul_with_overflow"):
            py = {"add_with_overflow": "+", "sub_with_overflow": "-", "mul_with_overflow": "*"}[op]
            return f"with_overflow({args[0]} {py} {args[1]}, {bits}, {signed})"
        if op in ("saturating_add", "saturating_sub"):
            py = "+" if op == "saturating_add" else "-"
            lo, hi = int_range(ty)  # type: ignore[arg-type]
            return f"min(max({args[0]} {py} {args[1]}, {lo}), {hi})"
        if op == "unchecked_shl":
            return wrap_expr(f"{args[0]} << {args[1]}", bits, signed)
        if op == "unchecked_shr":
            return f"({args[0]} >> {args[1]})"
        raise CodegenError(op)

    return gen


def _float_intrinsic(op: str):  # type: ignore[no-untyped-def]
    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        ty = _targ(inst)
        f32 = "True" if is_f32(ty) else "False"
        name = {"powf": "powf", "logf": "ln", "round_ties_even_f": "round_ties_even"}.get(op, op[:-1])
        if name == "sqrt" and f32 == "False" and not cg.pure:
            # (`f64::sqrt` is IEEE's, as Python's: NaN below zero, `sqrt(-0.0) == -0.0`.)
            x = cg.spill(args[0])
            return f"(math_sqrt({x}) if {x} >= 0 else _NAN)"
        return f"float_op({name!r}, {f32}, {', '.join(args)})"

    return gen


def _float_digits(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    f32 = "True" if is_f32(_targ(inst)) else "False"
    return f"string_from_py(float_digits({args[0]}, {f32}, {args[1]}, {args[2]}))"


def _parse_float(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    f32 = "True" if is_f32(_targ(inst)) else "False"
    ret = _ret_ty(prog, inst)
    v = cg.temp("pf")
    some = _variant(prog, ret, "Some", [v])
    none = _variant(prog, ret, "None", [])
    s = cg.spill(args[0])
    return f"({some} if ({v} := parse_float({s}.text(), {f32})) is not None else {none})"


def _libm(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    f32 = "True" if is_f32(_targ(inst)) else "False"
    return f"float_libm({args[0]}.text(), {args[1]}, {args[2]}, {f32})"


# -- slices, str, Vec, String, Box -----------------------------------------------------------------



def _slice_len(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"len({args[0]})"


def _slice_ref_len(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`<[T]>::len` of a `Slice`: its length read once on entry for a slice parameter (or
    immutable local), else `hi - lo` (cheaper than `Slice.__len__`, a Python call)."""
    a = args[0]
    if a in cg.slice_params:
        cg.hoisted[a] = None
        return f"{a}_n"
    if a.isidentifier():
        return f"({a}.hi - {a}.lo)"
    return f"len({a})"


def _slice_elem(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    return f"{s}.b[{s}.lo + {args[1]}]"


def _slice_elem_mut(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    if by_value(_targ(inst)):
        return f"ItemPtr({s}.b, {s}.lo + {args[1]})"
    return f"{s}.b[{s}.lo + {args[1]}]"


def _subslice(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    return f"Slice({s}.b, {s}.lo + {args[1]}, {s}.lo + {args[2]})"


def _slice_as_ptr(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    return f"ItemPtr({s}.b, {s}.lo)"


def _split_at_mut(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    m = cg.spill(args[1])
    return f"[Slice({s}.b, {s}.lo, {s}.lo + {m}), Slice({s}.b, {s}.lo + {m}, {s}.hi)]"


def _slice_into_vec(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    return f"Vec({s}.b[{s}.lo:{s}.hi], len({s}))"


def _slice_from_ref(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"Slice([{args[0]}], 0, 1)"


def _slice_from_mut(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    if by_value(_targ(inst)):
        return f"slice_of_ptr({args[0]})"
    return f"Slice([{args[0]}], 0, 1)"


_ISIZE_MAX = (1 << 63) - 1


def _cap_limit(prog: Program, elem: t.Ty) -> int:
    """The most elements of `elem` a buffer may hold (RawVec: `isize::MAX` bytes; a
    zero-sized type's capacity is `usize::MAX`)."""
    size = size_of(prog, elem)
    return _ISIZE_MAX // size if size else (1 << 64) - 1


def _checked_cap(prog: Program, n: str, limit: int, cg: FnCodegen) -> str:
    """`n`, or RawVec's "capacity overflow" panic when it is over `limit`."""
    if n.isdigit() and int(n) <= limit:
        return n
    fail = prog.lang_fn("ferric_capacity_overflow")
    if cg.pure:
        return f"vec_cap_checked({n}, {limit}, {fail})"
    v = cg.spill(n)
    return f"({v} if {v} <= {limit} else {fail}())"


def _vec_new(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    elem = _targ(inst)
    store = "bytearray()" if is_u8(elem) else "[]"
    if args:
        return f"Vec({store}, {_checked_cap(prog, args[0], _cap_limit(prog, elem), cg)})"
    return f"Vec({store}, {'usize_max()' if size_of(prog, elem) == 0 else 0})"


def _string_new(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"Vec(bytearray(), {_checked_cap(prog, args[0], _ISIZE_MAX, cg) if args else 0})"


def _min_cap(prog: Program, elem: t.Ty) -> int:
    s = size_of(prog, elem)
    return 8 if s == 1 else 4 if s <= 1024 else 1


def _vec_push(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    if cg.pure:
        return f"vec_push({args[0]}, {args[1]}, {_min_cap(prog, _targ(inst))})"
    # (Inline while there is room: the runtime call only to grow.)
    v = cg.spill(args[0])
    x = cg.spill(args[1])
    return f"({v}.a.append({x}) if len({v}.a) < {v}.cap else vec_push({v}, {x}, {_min_cap(prog, _targ(inst))}))"


def _vec_pop(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    v = cg.spill(args[0])
    ret = _ret_ty(prog, inst)
    return f"({_variant(prog, ret, 'Some', [f'{v}.a.pop()'])} if {v}.a else {_variant(prog, ret, 'None', [])})"


def _vec_len(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"len({args[0]}.a)"


def _vec_cap(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"{args[0]}.cap"


def _vec_as_slice(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    v = cg.spill(args[0])
    return f"Slice({v}.a, 0, len({v}.a))"


def _vec_as_ptr(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"ItemPtr({args[0]}.a, 0)"


def _vec_truncate(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_truncate({args[0]}, {args[1]})"


def _vec_reserve(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    elem = _targ(inst)
    fail = prog.lang_fn("ferric_capacity_overflow")
    return f"vec_reserve({args[0]}, {args[1]}, {_min_cap(prog, elem)}, {_cap_limit(prog, elem)}, {fail})"


def _vec_reserve_exact(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    fail = prog.lang_fn("ferric_capacity_overflow")
    return f"vec_reserve_exact({args[0]}, {args[1]}, {_cap_limit(prog, _targ(inst))}, {fail})"


def _string_reserve(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    fail = prog.lang_fn("ferric_capacity_overflow")
    return f"vec_reserve({args[0]}, {args[1]}, 8, {_ISIZE_MAX}, {fail})"


def _string_reserve_exact(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    fail = prog.lang_fn("ferric_capacity_overflow")
    return f"vec_reserve_exact({args[0]}, {args[1]}, {_ISIZE_MAX}, {fail})"


def _vec_insert(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_insert({args[0]}, {args[1]}, {args[2]}, {_min_cap(prog, _targ(inst))})"


def _vec_remove(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"{args[0]}.a.pop({args[1]})"


def _vec_split_off(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_split_off({args[0]}, {args[1]})"


def _vec_append(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_append({args[0]}, {args[1]}, {_min_cap(prog, _targ(inst))})"


def _vec_shrink_to_fit(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_shrink({args[0]}, 0)"


def _vec_shrink_to(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_shrink({args[0]}, {args[1]})"


def _vec_into_boxed(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    v = cg.spill(args[0])
    return f"Slice({v}.a, 0, len({v}.a))"


def _vec_from_boxed(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`Vec::from(Box<[T]>)` takes over the box's buffer (capacity = length); a view that does
    not cover its whole buffer, or an immutable `bytes` one, is copied instead."""
    s = cg.spill(args[0])
    whole = f"({s}.lo == 0 and {s}.hi == len({s}.b) and type({s}.b) is not bytes)"
    store = f"bytearray({s}.b[{s}.lo:{s}.hi])" if is_u8(_targ(inst)) else f"{s}.b[{s}.lo:{s}.hi]"
    return f"Vec({s}.b if {whole} else {store}, {s}.hi - {s}.lo)"


def _vec_into_iter(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"VecIntoIter({args[0]}.a)"


def _intoiter_next(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    it = cg.spill(args[0])
    ret = _ret_ty(prog, inst)
    return f"({_variant(prog, ret, 'Some', [f'{it}.a[{it}.i - 1]'])} if {it}.next() else {_variant(prog, ret, 'None', [])})"


def _intoiter_next_back(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    it = cg.spill(args[0])
    ret = _ret_ty(prog, inst)
    return f"({_variant(prog, ret, 'Some', [f'{it}.a[{it}.j]'])} if {it}.next_back() else {_variant(prog, ret, 'None', [])})"


def _intoiter_len(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    it = cg.spill(args[0])
    return f"({it}.j - {it}.i)"


def _intoiter_as_slice(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    it = cg.spill(args[0])
    return f"Slice({it}.a, {it}.i, {it}.j)"


def _string_push_str(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`String::push_str`: of a literal, or of a whole `String` made for the call (`&s`,
    `&format!(..)`: `Slice(s.a, 0, len(s.a))` spilled just before), its bytes at once
    (`rt.text.string_push_bytes`)."""
    lit = prog.const_bytes(args[1])
    if lit is not None:
        return f"string_push_bytes({args[0]}, {lit!r})"
    string = cg.take_spilled(args[1], _whole_view)
    if string is None:
        return f"string_push_str({args[0]}, {args[1]})"
    # Of a `String` temporary made just for this (`&format!(..)`, `&n.to_string()`): its text.
    text = cg.take_spilled(string, _made_text)
    return f"string_push_bytes({args[0]}, {text or f'{string}.a'})"


_WHOLE_VIEW = re.compile(r"Slice\(([A-Za-z_][A-Za-z_0-9]*)\.a, 0, len\(\1\.a\)\)")


def _whole_view(expr: str) -> str | None:
    """The `String` (or `Vec`) whose whole buffer the `Slice` `expr` views, or None."""
    m = _WHOLE_VIEW.fullmatch(expr)
    return m.group(1) if m is not None else None


def _made_text(expr: str) -> str | None:
    """The text (bytes) of the `String` that `expr` makes when it is a call of
    `rt.text.fmt_string(text, cap)`, `int_string(n, digits)` or `text_string(data)`."""
    if not expr.startswith(("fmt_string(", "int_string(", "text_string(")):
        return None
    call = ast.parse(expr, mode="eval").body
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name) or not call.args:
        return None
    first = ast.get_source_segment(expr, call.args[0])
    return f"b'%d' % ({first},)" if call.func.id == "int_string" else f"({first})"


def _string_replace_bytes(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    w = cg.spill(args[3])
    return f"string_replace_bytes({args[0]}, {args[1]}, {args[2]}, {w})"


def _str_into_string(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    return f"Vec(bytearray({s}.b[{s}.lo:{s}.hi]), len({s}))"


def _hashmap_keys(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return "[0x0123456789abcdef, 0xfedcba9876543210]"


def _tls_access(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    drop = prog.drop_fn(ty) if prog.needs_drop(ty) else None
    return f"tls_access({args[0]}, {args[1]}, {by_value(ty)}, {drop})"


def _simple(template: str):  # type: ignore[no-untyped-def]
    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        return template.format(*args)

    return gen


def _raw_slice(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"raw_slice({args[0]}, {args[1]})"


def _atomic_cx(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ret = _ret_ty(prog, inst)
    ok = _variant(prog, ret, "Ok", ["v"])
    err = _variant(prog, ret, "Err", ["v"])
    return f"atomic_cx({args[0]}, {args[1]}, {args[2]}, lambda v: {ok}, lambda v: {err})"


def _atomic_fetch(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    ib = int_bits(ty)
    bits, signed = ib if ib is not None else (1, False)
    return f"atomic_fetch({args[0]}, {args[1]}, {args[2]}, {bits}, {signed}, {isinstance(ty, t.Bool)})"


def _rc_upgrade(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ret = _ret_ty(prog, inst)
    r = cg.temp("up")
    if isinstance(_targ(inst), t.Dynamic):
        w = cg.spill(args[0])
        some = _variant(prog, ret, "Some", [f"Dyn({r}, {w}.vt)"])
        none = _variant(prog, ret, "None", [])
        return f"({some} if ({r} := weak_upgrade({w}.d)) is not None else {none})"
    some = _variant(prog, ret, "Some", [r])
    none = _variant(prog, ret, "None", [])
    return f"({some} if ({r} := weak_upgrade({args[0]})) is not None else {none})"


def _rc_op(sized: str, dyn: str) -> Callable[[Program, Instance, list[str], FnCodegen, object], str]:
    """An `Rc`/`Arc`/`Weak` intrinsic: `sized` for a handle (`RcH`/`WeakH`), `dyn` for
    one to a `dyn Trait`, which is `Dyn(handle, vtable)` ({h}: the handle, {vt})."""

    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        if isinstance(_targ(inst), t.Dynamic):
            x = cg.spill(args[0])
            return dyn.format(*args[1:], h=f"{x}.d", vt=f"{x}.vt")
        return sized.format(*args)

    return gen


def _rc_as_ptr(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    if isinstance(ty, t.Dynamic):
        x = cg.spill(args[0])
        return f"Dyn({x}.d.b.v, {x}.vt)"
    return f"{args[0]}.b" if by_value(ty) else f"{args[0]}.b.v"


def _rc_into_raw(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ty = _targ(inst)
    if isinstance(ty, t.Dynamic):
        return _rc_as_ptr(prog, inst, args, cg, span)
    return f"rc_into_raw({args[0]}, {by_value(ty)})"


def _rc_from_raw(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    if isinstance(_targ(inst), t.Dynamic):
        raise CodegenError("`from_raw` of an `Rc<dyn Trait>` is not supported yet")
    return f"rc_from_raw({args[0]})"


def _rc_from_box(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    if isinstance(_targ(inst), t.Dynamic):
        x = cg.spill(args[0])
        return f"Dyn(RcH(RcBox({x}.d, 1, 0)), {x}.vt)"
    return f"RcH(RcBox(box_value({args[0]}), 1, 0))"


def _rc_table(name: str) -> dict[str, object]:
    # (An `Arc`'s strong count changes under the atomics' lock.)
    prefix = "arc" if name == "Arc" else "rc"
    return {
        f"{name}::new": _simple("RcH(RcBox({0}, 1, 0))"),
        f"{name}::clone": _rc_op(f"{prefix}_clone({{0}})", f"Dyn({prefix}_clone({{h}}), {{vt}})"),
        f"{name}::drop": _rc_op(f"{prefix}_drop({{0}})", f"{prefix}_drop({{h}})"),
        f"{name}::strong_count": _rc_op("{0}.b.s", "{h}.b.s"),
        f"{name}::weak_count": _rc_op("{0}.b.w", "{h}.b.w"),
        f"{name}::downgrade": _rc_op("rc_downgrade({0})", "Dyn(rc_downgrade({h}), {vt})"),
        f"{name}::as_ptr": _rc_as_ptr,
        f"{name}::take_inner": _simple("rc_take_inner({0})"),
        f"{name}::from_box": _rc_from_box,
        f"{name}::into_raw": _rc_into_raw,
        f"{name}::from_raw": _rc_from_raw,
        f"{name}::init_uninit_allocation": _simple("rc_init_uninit({0}, {1})"),
    }


def _type_id(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    import hashlib

    return str(int.from_bytes(hashlib.blake2b(str(_targ(inst)).encode(), digest_size=16).digest(), "little"))


def _ok_or_errno(prog: Program, ret: t.Ty, r: str, ok: str | None = None) -> str:
    """`Result` from a runtime pair `r` = `(ok, value or error)` (`ok`: the Ok value, when
    not `r[1]` itself)."""
    return f"({_variant(prog, ret, 'Ok', [ok if ok is not None else f'{r}[1]'])} if {r}[0] else {_variant(prog, ret, 'Err', [f'{r}[1]'])})"


def _some_unless_none(prog: Program, ret: t.Ty, r: str) -> str:
    """`Option` from a runtime value that is Python's None for `None`."""
    return f"({_variant(prog, ret, 'None', [])} if {r} is None else {_variant(prog, ret, 'Some', [r])})"


def _table_find(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    eq_ty = [a for a in inst.args if isinstance(a, t.Ty)][-1]
    if not isinstance(eq_ty, t.Closure):
        raise CodegenError(f"a hash-table lookup with `{eq_ty}` for its equality")
    env = cg.spill(args[2])
    r = cg.spill(f"{args[0]}.find({args[1]}, lambda v: {prog.closure_symbol(eq_ty)}({env}, v))")
    ret = _ret_ty(prog, inst)
    return _some_unless_none(prog, ret, r)


def _table_next_slot(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    r = cg.spill(f"{args[0]}.next_slot({args[1]})")
    ret = _ret_ty(prog, inst)
    return _some_unless_none(prog, ret, r)


def _table_get_mut(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    elem = _targ(inst)
    t_ = cg.spill(args[0])
    return f"ItemPtr({t_}.vals, {args[1]})" if by_value(elem) else f"{t_}.vals[{args[1]}]"


def _store_search(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    f_ty = [a for a in inst.args if isinstance(a, t.Ty)][-1]
    if not isinstance(f_ty, t.Closure):
        raise CodegenError(f"a sorted-store search with `{f_ty}`")
    env = cg.spill(args[1])
    r = cg.spill(f"{args[0]}.search_by(lambda k: {prog.closure_symbol(f_ty)}({env}, k).t)")
    ret = _ret_ty(prog, inst)
    return _ok_or_errno(prog, ret, r)


def _store_ptr(seq: str, ty: t.Ty, s: str, i: str) -> str:
    return f"ItemPtr({s}.{seq}, {i})" if by_value(ty) else f"{s}.{seq}[{i}]"


def _store_get_mut(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    i = cg.spill(args[1])
    return f"[{s}.k[{i}], {_store_ptr('v', _targ(inst, 1), s, i)}]"


def _store_pair_ptr(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    s = cg.spill(args[0])
    i = cg.spill(args[1])
    return f"[{_store_ptr('k', _targ(inst, 0), s, i)}, {_store_ptr('v', _targ(inst, 1), s, i)}]"


def _deque_pop(front: bool):  # type: ignore[no-untyped-def]
    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        v = cg.spill(args[0])
        ret = _ret_ty(prog, inst)
        take = f"{v}.a.pop(0)" if front else f"{v}.a.pop()"
        return f"({_variant(prog, ret, 'Some', [take])} if {v}.a else {_variant(prog, ret, 'None', [])})"

    return gen


def _deque_remove(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    v = cg.spill(args[0])
    i = cg.spill(args[1])
    ret = _ret_ty(prog, inst)
    return f"({_variant(prog, ret, 'Some', [f'{v}.a.pop({i})'])} if {i} < len({v}.a) else {_variant(prog, ret, 'None', [])})"


def _deque_slices(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    v = cg.spill(args[0])
    return f"[Slice({v}.a, 0, len({v}.a)), Slice({v}.a, len({v}.a), len({v}.a))]"


def _deque_push_front(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return f"vec_insert({args[0]}, 0, {args[1]}, {_min_cap(prog, _targ(inst))})"


def _sys_stat(call: str):  # type: ignore[no-untyped-def]
    """A `Result<FileStat, i32>` from a runtime call returning `(ok, fields or errno)`."""

    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        ret = _ret_ty(prog, inst)
        assert isinstance(ret, t.Adt)
        fs_ty = ret.args[0]
        assert isinstance(fs_ty, t.Adt)
        r = cg.spill(call.format(*args))
        st = prog.construct(fs_ty, 0, [f"{r}[1][{i}]" for i in range(12)])
        return _ok_or_errno(prog, ret, r, st)

    return gen


def _sys_result(call: str):  # type: ignore[no-untyped-def]
    """A `Result<T, i32>` from a runtime call returning `(ok, value)`."""

    def gen(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
        ret = _ret_ty(prog, inst)
        r = cg.spill(call.format(*args))
        return _ok_or_errno(prog, ret, r)

    return gen


def _getenv(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    ret = _ret_ty(prog, inst)
    r = cg.temp("env")
    return f"({_variant(prog, ret, 'Some', [r])} if ({r} := sys_getenv({args[0]})) is not None else {_variant(prog, ret, 'None', [])})"


def _trait_method(prog: Program, lang: str, name: str) -> object:
    trait = prog.tcx.lang_item(lang)
    assert trait is not None
    return next(i.def_id for i in prog.tcx.associated_items(trait) if i.name == name)


def _sort_by_less(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`sort::sort_by_less(v, &mut is_less)`: Python's stable sort calling `is_less` (a `&mut
    dyn FnMut`) as `<`."""
    key = prog.vtable_key(_trait_method(prog, "fn_mut", "call_mut"))  # type: ignore[arg-type]
    f = cg.spill(args[1])
    return f"slice_sort({args[0]}, partial({f}.vt[{key}], {f}.d))"


def _sort_ord(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    """`sort::sort_ord(v)`: by the natural order of Python values where it is Rust's `Ord`
    (integers, `char`, `bool`; `str` and `String` by their UTF-8 bytes), else by `lt`."""
    elem = _targ(inst)
    if isinstance(elem, t.Int | t.Uint | t.Char | t.Bool):
        return f"slice_sort({args[0]}, None)"
    if isinstance(elem, t.Ref) and isinstance(elem.pointee, t.Str):
        return f"slice_sort({args[0]}, None, Slice.items)"
    string = prog.tcx.lang_item("String")
    if isinstance(elem, t.Adt) and elem.def_id == string:
        return f"slice_sort({args[0]}, None, vec_items)"
    from ferric.backend.py.sortkey import key_expr

    key = key_expr(prog, elem, "x", floats=False, trait="PartialOrd")
    if key is not None:  # (tuples and derived orders of those: a Python key)
        return f"slice_sort({args[0]}, None, lambda x: {key})"
    lt = prog.mono.resolve(_trait_method(prog, "partial_ord", "lt"), (elem, elem))  # type: ignore[arg-type]
    return f"slice_sort({args[0]}, {prog.fn_value(lt)})"


def _chars_next(prog: Program, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str:
    return _some_unless_none(prog, _ret_ty(prog, inst), cg.spill(f"chars_next({args[0]})"))


_TABLE: dict[str, Callable[..., str]] = {
    "iter::chars_next": _chars_next,
    "sort::sort_by_less": _sort_by_less,
    "sort::sort_ord": _sort_ord,
    "sys::errno": _simple("0"),
    "sys::error_string": _simple("string_from_py(sys_error_string({0}))"),
    "sys::read": _sys_result("sys_read({0}, {1})"),
    # VecDeque<T> is a `Vec` (its ring layout is not observable except through
    # `as_slices`, which gives everything in the first slice).
    "VecDeque::new": _vec_new,
    "VecDeque::with_capacity": _vec_new,
    "VecDeque::capacity": _vec_cap,
    "VecDeque::reserve_exact": _vec_reserve_exact,
    "VecDeque::reserve": _vec_reserve,
    "VecDeque::shrink_to": _simple("vec_shrink({0}, {1})"),
    "VecDeque::as_slices": _deque_slices,
    "VecDeque::as_mut_slices": _deque_slices,
    "VecDeque::len": _vec_len,
    "VecDeque::pop_front": _deque_pop(True),
    "VecDeque::pop_back": _deque_pop(False),
    "VecDeque::push_front": _deque_push_front,
    "VecDeque::push_back": _vec_push,
    "VecDeque::insert_unchecked": _vec_insert,
    "VecDeque::remove": _deque_remove,
    "VecDeque::split_off_unchecked": _simple("vec_split_off({0}, {1})"),
    "VecDeque::append": _simple("({0}.a.extend({1}.a), {1}.a.clear(), vec_reserve({0}, 0, 4))[0]"),
    "VecDeque::make_contiguous": _simple("Slice({0}.a, 0, len({0}.a))"),
    "VecDeque::from": _simple("Vec({0}.a, {0}.cap)"),
    "VecDeque::drop": _noop,
    "SortedStore::new": _simple("SortedStore([], [])"),
    "SortedStore::from_sorted_vec": _simple("sorted_from_vec({0})"),
    "SortedStore::into_vec": _simple("sorted_into_vec({0})"),
    "SortedStore::len": _simple("len({0}.k)"),
    "SortedStore::search_by": _store_search,
    "SortedStore::get": _simple("[{0}.k[{1}], {0}.v[{1}]]"),
    "SortedStore::get_mut": _store_get_mut,
    "SortedStore::pair_ptr": _store_pair_ptr,
    "SortedStore::insert": _simple("({0}.k.insert({1}, {2}), {0}.v.insert({1}, {3}))[0]"),
    "SortedStore::remove": _simple("sorted_remove({0}, {1})"),
    "SortedStore::replace_key": _simple("sorted_replace_key({0}, {1}, {2})"),
    "SortedStore::split_off": _simple("{0}.split_off({1})"),
    "SortedStore::clear": _simple("({0}.k.clear(), {0}.v.clear())[0]"),
    "SortedStore::drop": _noop,
    "RawTable::new": _simple("RawTable()"),
    "RawTable::with_capacity": _simple("RawTable({0})"),
    "RawTable::len": _simple("{0}.items"),
    "RawTable::capacity": _simple("{0}.capacity()"),
    "RawTable::reserve": _simple("{0}.reserve({1})"),
    "RawTable::shrink_to": _simple("{0}.shrink_to({1})"),
    "RawTable::clear": _simple("{0}.clear()"),
    "RawTable::find": _table_find,
    "RawTable::insert": _simple("{0}.insert({1}, {2})"),
    "RawTable::remove": _simple("{0}.remove({1})"),
    "RawTable::get": _simple("{0}.vals[{1}]"),
    "RawTable::get_mut": _table_get_mut,
    "RawTable::slot_ptr": _table_get_mut,
    "RawTable::hash_of": _simple("{0}.hashes[{1}]"),
    "RawTable::next_slot": _table_next_slot,
    "RawTable::drop": _noop,
    "time::monotonic_now": _simple("clock_now(True)"),
    "time::realtime_now": _simple("clock_now(False)"),
    "sys::close": _sys_result("sys_close({0})"),
    "sys::open": _sys_result("sys_open({0}, {1}, {2})"),
    "sys::dup": _sys_result("sys_os(__import__('os').dup, {0})"),
    "sys::lseek": _sys_result("sys_os(__import__('os').lseek, {0}, {1}, {2})"),
    "sys::fsync": _sys_result("sys_os(lambda: (__import__('os').fdatasync if {1} else __import__('os').fsync)({0}))"),
    "sys::ftruncate": _sys_result("sys_os(__import__('os').ftruncate, {0}, {1})"),
    "sys::fstat": _sys_stat("sys_fstat({0})"),
    "sys::stat": _sys_stat("sys_stat({0}, {1})"),
    "sys::fchmod": _sys_result("sys_os(__import__('os').fchmod, {0}, {1})"),
    "sys::chmod": _sys_result("sys_os(__import__('os').chmod, bytes({0}.b[{0}.lo:{0}.hi]), {1})"),
    "sys::unlink": _sys_result("sys_os(__import__('os').unlink, bytes({0}.b[{0}.lo:{0}.hi]))"),
    "sys::rmdir": _sys_result("sys_os(__import__('os').rmdir, bytes({0}.b[{0}.lo:{0}.hi]))"),
    "sys::mkdir": _sys_result("sys_os(__import__('os').mkdir, bytes({0}.b[{0}.lo:{0}.hi]), {1})"),
    "sys::rename": _sys_result("sys_os(__import__('os').rename, bytes({0}.b[{0}.lo:{0}.hi]), bytes({1}.b[{1}.lo:{1}.hi]))"),
    "sys::link": _sys_result("sys_os(__import__('os').link, bytes({0}.b[{0}.lo:{0}.hi]), bytes({1}.b[{1}.lo:{1}.hi]))"),
    "sys::symlink": _sys_result("sys_os(__import__('os').symlink, bytes({0}.b[{0}.lo:{0}.hi]), bytes({1}.b[{1}.lo:{1}.hi]))"),
    "sys::readlink": _sys_result("sys_os(lambda: string_from_bytes(__import__('os').readlink(bytes({0}.b[{0}.lo:{0}.hi]))))"),
    "sys::realpath": _sys_result("sys_os(lambda: string_from_bytes(__import__('os').path.realpath(bytes({0}.b[{0}.lo:{0}.hi]), strict=True)))"),
    "sys::read_dir": _sys_result("sys_read_dir({0})"),
    "sys::chdir": _sys_result("sys_os(__import__('os').chdir, bytes({0}.b[{0}.lo:{0}.hi]))"),
    "sys::setenv": _sys_result("sys_os(lambda: __import__('os').environb.__setitem__(bytes({0}.b[{0}.lo:{0}.hi]), bytes({1}.b[{1}.lo:{1}.hi])))"),
    "sys::unsetenv": _sys_result("sys_os(lambda: __import__('os').environb.pop(bytes({0}.b[{0}.lo:{0}.hi]), None) and None)"),
    "sys::environ": _simple("sys_environ()"),
    "sys::current_exe": _sys_result("sys_os(lambda: string_from_bytes(__import__('os').fsencode(__import__('sys').argv[0])))"),
    "sys::args": _simple("sys_args()"),
    "sys::getenv": _getenv,
    "sys::getpid": _simple("__import__('os').getpid()"),
    "sys::exit": _simple("rust_exit({0})"),
    "sys::getcwd": _sys_result("sys_getcwd()"),
    "intrinsics::type_id": _type_id,
    "unicode::alphabetic": _simple("uc_alphabetic({0})"),
    "unicode::lowercase": _simple("uc_lowercase({0})"),
    "unicode::uppercase": _simple("uc_uppercase({0})"),
    "unicode::white_space": _simple("uc_white_space({0})"),
    "unicode::n": _simple("uc_numeric({0})"),
    "unicode::grapheme_extend": _simple("uc_grapheme_extend({0})"),
    "unicode::is_printable": _simple("uc_printable({0})"),
    "unicode::to_lower": _simple("uc_to_lower({0})"),
    "unicode::to_upper": _simple("uc_to_upper({0})"),
    "nonzero::intrinsics_is_zero": _simple("({0} == 0)"),
    "Mutex::new": _simple("RawMutex()"),
    "Mutex::lock": _simple("{0}.lock()"),
    "Mutex::try_lock": _simple("{0}.try_lock()"),
    "Mutex::unlock": _simple("{0}.unlock()"),
    "RwLock::new": _simple("RawRwLock()"),
    "RwLock::read": _simple("{0}.read()"),
    "RwLock::try_read": _simple("{0}.try_read()"),
    "RwLock::write": _simple("{0}.write()"),
    "RwLock::try_write": _simple("{0}.try_write()"),
    "RwLock::read_unlock": _simple("{0}.read_unlock()"),
    "RwLock::write_unlock": _simple("{0}.write_unlock()"),
    "Condvar::new": _simple("RawCondvar()"),
    "Condvar::notify_one": _simple("{0}.notify_one()"),
    "Condvar::notify_all": _simple("{0}.notify_all()"),
    "Condvar::wait": _simple("{0}.wait({1})"),
    "Condvar::wait_timeout": _simple("{0}.wait_timeout({1}, {2}.f0 + {2}.f1 / 1e9)"),
    **_rc_table("Rc"),  # type: ignore[dict-item]
    **_rc_table("Arc"),  # type: ignore[dict-item]
    "Weak::new": _simple("WeakH(None)"),
    "Weak::new_uninit_allocation": _simple("WeakH(RcBox(None, 0, 1))"),
    "Weak::upgrade": _rc_upgrade,
    "Weak::clone": _rc_op("weak_clone({0})", "Dyn(weak_clone({h}), {vt})"),
    "Weak::drop": _rc_op("weak_drop({0})", "weak_drop({h})"),
    "Weak::strong_count": _rc_op("({0}.b.s if {0}.b is not None else 0)", "({h}.b.s if {h}.b is not None else 0)"),
    "Weak::weak_count": _rc_op(
        "({0}.b.w if {0}.b is not None and {0}.b.s > 0 else 0)", "({h}.b.w if {h}.b is not None and {h}.b.s > 0 else 0)"
    ),
    "atomic::intrinsic_load": _simple("{0}.get()"),
    "atomic::intrinsic_store": _simple("{0}.set({1})"),
    "atomic::intrinsic_swap": _simple("atomic_swap({0}, {1})"),
    "atomic::intrinsic_compare_exchange": _atomic_cx,
    "atomic::intrinsic_fetch_op": _atomic_fetch,
    "atomic::intrinsic_fence": _simple("None"),
    "intrinsics::ferric_is_null": _simple("({0} is None)"),
    "intrinsics::ferric_null": _simple("None"),
    "intrinsics::ferric_ptr_addr": _simple("ptr_addr({0})"),
    "intrinsics::offset": _simple("{0}.offset({1})"),
    "intrinsics::arith_offset": _simple("{0}.offset({1})"),
    "intrinsics::ptr_offset_from": _simple("({0}.i - {1}.i)"),
    "ptr::without_provenance": _simple("(None if {0} == 0 else Addr({0}))"),
    "ptr::without_provenance_mut": _simple("(None if {0} == 0 else Addr({0}))"),
    "ptr::slice_from_raw_parts": _raw_slice,
    "ptr::slice_from_raw_parts_mut": _raw_slice,
    "slice::from_raw_parts": _raw_slice,
    "slice::from_raw_parts_mut": _raw_slice,
    "*const T::eq": _simple("ptr_eq({0}, {1})"),
    "*mut T::eq": _simple("ptr_eq({0}, {1})"),
    "*const [T]::as_ptr": _simple("ItemPtr({0}.b, {0}.lo)"),
    "*mut [T]::as_mut_ptr": _simple("ItemPtr({0}.b, {0}.lo)"),
    "array::from_ref": _simple("[{0}]"),
    "[T]::as_array": _as_array,
    "[T]::as_mut_array": _as_array,
    "local::tls_access": _tls_access,
    "fmt::write": _fmt_write,
    "Arguments::from_str": _args_from_str,
    "Arguments::as_str": _args_as_str,
    "sys::write": _sys_write,
    "sys::isatty": _sys_isatty,
    "sys::abort": _abort,
    "intrinsics::abort": _abort,
    "intrinsics::caller_location": _caller_location,
    "intrinsics::ferric_start_unwind": _start_unwind,
    "intrinsics::ferric_catch_unwind": _catch_unwind,
    "intrinsics::ferric_thread_os_id": _thread_id,
    "NativeThread::spawn": _thread_spawn,
    "NativeThread::join": _simple("{0}.join()"),
    "thread::sleep_native": _simple("thread_sleep({0}.f0, {0}.f1)"),
    "thread::yield_native": _simple("__import__('time').sleep(0)"),
    "thread::available_parallelism_native": _simple("available_parallelism()"),
    "intrinsics::size_of": _size_of,
    "intrinsics::align_of": _align_of,
    "intrinsics::needs_drop": _needs_drop,
    "intrinsics::forget": _noop,
    "intrinsics::drop_in_place": _drop_in_place,
    "intrinsics::black_box": _identity,
    "intrinsics::transmute": _transmute,
    "intrinsics::size_of_val": _size_of_val,
    "intrinsics::copy": _simple("ptr_copy({0}, {1}, {2})"),
    "intrinsics::copy_nonoverlapping": _simple("ptr_copy({0}, {1}, {2})"),
    "intrinsics::transmute_unchecked": _transmute,
    "intrinsics::init_zeroed": _init_zeroed,
    "intrinsics::type_name": _type_name,
    "intrinsics::read_via_copy": _read,
    "intrinsics::write_via_move": _write,
    "intrinsics::typed_swap_nonoverlapping": _swap,
    "intrinsics::discriminant_value": _discriminant,
    "intrinsics::unreachable": _unreachable,
    "intrinsics::ferric_float_digits": _float_digits,
    "intrinsics::ferric_parse_float": _parse_float,
    "intrinsics::ferric_libm": _libm,
    "boxed::box_new": _box_new,
    "Box::into_raw": _identity,
    "Box::from_raw": _identity,
    "Box::drop": _noop,
    "[T]::len": _slice_ref_len,
    "*const [T]::len": _slice_len,
    "*mut [T]::len": _slice_len,
    "slice::elem": _slice_elem,
    "slice::elem_mut": _slice_elem_mut,
    "slice::subslice": _subslice,
    "slice::subslice_mut": _subslice,
    "slice::from_ref": _slice_from_ref,
    "slice::from_mut": _slice_from_mut,
    "[T]::as_ptr": _slice_as_ptr,
    "[T]::as_mut_ptr": _slice_as_ptr,
    "[T]::split_at_mut_unchecked": _split_at_mut,
    "[T]::into_vec": _slice_into_vec,
    "str::as_bytes": _identity,
    "str::as_bytes_mut": _identity,
    "str::from_utf8_unchecked": _identity,
    "str::from_utf8_unchecked_mut": _identity,
    "str::from_boxed_utf8_unchecked": _identity,
    "str::into_boxed_bytes": _identity,
    "str::into_string": _str_into_string,
    "Vec::new": _vec_new,
    "Vec::with_capacity": _vec_new,
    "Vec::push": _vec_push,
    "Vec::pop": _vec_pop,
    "Vec::len": _vec_len,
    "Vec::capacity": _vec_cap,
    "Vec::as_slice": _vec_as_slice,
    "Vec::as_mut_slice": _vec_as_slice,
    "Vec::as_ptr": _vec_as_ptr,
    "Vec::as_mut_ptr": _vec_as_ptr,
    "Vec::truncate": _vec_truncate,
    "Vec::reserve": _vec_reserve,
    "Vec::reserve_exact": _vec_reserve_exact,
    "Vec::insert_unchecked": _vec_insert,
    "Vec::remove_unchecked": _vec_remove,
    "Vec::split_off_unchecked": _vec_split_off,
    "Vec::append": _vec_append,
    "Vec::shrink_to_fit": _vec_shrink_to_fit,
    "Vec::shrink_to": _vec_shrink_to,
    "Vec::into_boxed_slice": _vec_into_boxed,
    "Vec::into_iter": _vec_into_iter,
    "Vec::from": _vec_from_boxed,
    "Vec::drop": _noop,
    "IntoIter::next": _intoiter_next,
    "IntoIter::next_back": _intoiter_next_back,
    "IntoIter::len": _intoiter_len,
    "IntoIter::as_slice": _intoiter_as_slice,
    "IntoIter::as_mut_slice": _intoiter_as_slice,
    "IntoIter::drop": _noop,
    "String::new": _string_new,
    "String::with_capacity": _string_new,
    "String::push_str": _string_push_str,
    "String::as_str": _vec_as_slice,
    "String::as_mut_str": _vec_as_slice,
    "String::capacity": _vec_cap,
    "String::into_bytes": _identity,
    "String::from_utf8_unchecked": _identity,
    "String::as_mut_vec": _identity,
    "String::reserve": _string_reserve,
    "String::reserve_exact": _string_reserve_exact,
    "String::shrink_to_fit": _vec_shrink_to_fit,
    "String::shrink_to": _vec_shrink_to,
    "String::replace_bytes_unchecked": _string_replace_bytes,
    "String::into_boxed_str": _vec_into_boxed,
    "random::hashmap_random_keys": _hashmap_keys,
}

for _op in ("ctpop", "ctlz", "cttz", "bswap", "bitreverse", "rotate_left", "rotate_right", "wrapping_add", "wrapping_sub",
            "wrapping_mul", "add_with_overflow", "sub_with_overflow", "mul_with_overflow", "saturating_add", "saturating_sub",
            "unchecked_shl", "unchecked_shr"):
    _TABLE[f"intrinsics::{_op}"] = _int_intrinsic(_op)
for _op in ("sqrtf", "powif", "powf", "expf", "exp2f", "logf", "log10f", "log2f", "sinf", "cosf", "fmaf", "floorf",
            "ceilf", "truncf", "roundf", "round_ties_even_f"):
    _TABLE[f"intrinsics::{_op}"] = _float_intrinsic(_op)
