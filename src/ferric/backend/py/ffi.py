"""Calls of foreign functions (`extern "C" { fn strlen(s: *const c_char) -> usize; }`): each
call becomes `ffi_call(_FFI_n, specs, args...)` (`ferric.rt.ffi`), which calls the C
library through ctypes.

A spec says how one argument crosses into C (see `rt.ffi` for the table). Pointer specs
carry the pointee's byte codec (`pod.codec`), so the pointee type matters: when an
argument is cast to `*const c_void` (`v.as_mut_ptr() as *mut c_void` for `qsort`), the
spec uses the type it was cast from, the innermost raw pointer or reference type of the
chain of casts, as that is what the memory holds. Extra arguments of a variadic function
(`printf`, `snprintf`) are passed by their own types, promoted as C's default argument
promotions require (`f32` cannot be passed: rustc rejects it).

Linking: a foreign function the C library does not define is reported when the program
is built, as rustc's link step fails (`LinkError`), and nothing runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ferric.backend.py import pod
from ferric.backend.py.layout import by_value
from ferric.backend.py.mono import CodegenError, LinkError
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen
    from ferric.backend.py.program import Program


def is_foreign(prog: Program, def_id: DefId) -> bool:
    """A function declared in an `extern` block (it has no body)."""
    parent = prog.tcx.parent(def_id)
    return parent is not None and prog.tcx.def_kind(parent) is DefKind.FOREIGN_MOD


def foreign_call(cg: FnCodegen, e: hir.CallExpr, fty: t.FnDef) -> str:
    """`f(args)` for a foreign `f`."""
    prog = cg.prog
    sig = prog.tcx.fn_sig_instantiated(fty.def_id, fty.args)
    args = cg.operands(list(e.args))
    specs: list[str] = []
    for i, a in enumerate(e.args):
        # (Extra arguments of a variadic function are passed by their own types.)
        ty = cg.ty(sig.inputs[i]) if i < len(sig.inputs) else _promoted(cg.expr_ty_adjusted(a))
        specs.append(spec(prog, ty, _cast_source_pointee(cg, a, ty)))
    fn = foreign_fn_symbol(prog, fty.def_id)
    return f"ffi_call({fn}, ({''.join(s + ', ' for s in specs)}), {', '.join(args)})"


def foreign_fn_value(prog: Program, def_id: DefId) -> str:
    """A foreign function as a value (`let f: unsafe extern "C" fn(c_int) -> c_int = abs;`):
    a Python function marshalling by the declared parameter types."""
    key = ("ffi_value", def_id)
    sym = prog.symbols.get(key)
    if sym is not None:
        return sym
    sig = prog.tcx.fn_sig(def_id)
    if sig.c_variadic:
        raise CodegenError("a variadic foreign function used as a value is not supported yet")
    params = [f"a{i}" for i in range(len(sig.inputs))]
    specs = "".join(spec(prog, prog.mono.normalize(i)) + ", " for i in sig.inputs)
    fn = foreign_fn_symbol(prog, def_id)
    sym = prog.fresh("fv_")
    prog.symbols[key] = sym
    prog.functions.append([f"def {sym}({', '.join(params)}):", f"    return ffi_call({fn}, ({specs}), {', '.join(params)})"])
    return sym


def _promoted(ty: t.Ty) -> t.Ty:
    """C's default argument promotions for a variadic argument: integers narrower than
    `int` become `int` (rustc requires `c_int` or wider already)."""
    if isinstance(ty, t.Int | t.Uint) and ty.bits < 32:
        return t.PRIMITIVES["i32"]
    return ty


def _cast_source_pointee(cg: FnCodegen, e: hir.Expr, ty: t.Ty) -> t.Ty | None:
    """For a pointer argument made by casts (`&key as *const i32 as *const c_void`): the
    most specific pointee along the chain (the innermost plain-data one)."""
    if not isinstance(ty, t.RawPtr | t.Ref):
        return None
    best: t.Ty | None = None
    cur = e
    while isinstance(cur, hir.CastExpr):
        src = cg.expr_ty_adjusted(cur.expr)
        if isinstance(src, t.RawPtr | t.Ref):
            if pod.codec(cg.prog, src.pointee) is not None:
                best = src.pointee
            elif not _opaque_pointee(cg.prog, src.pointee):
                # (The memory holds values whose bits ferric does not model: `String`s,
                # references ...; C could not read or sort them faithfully.)
                raise CodegenError(f"passing a pointer to `{src.pointee}` to a foreign function is not supported yet")
        cur = cur.expr
    return best


def _opaque_pointee(prog: Program, ty: t.Ty) -> bool:
    """`c_void`, `()` and unsized pointees: nothing to marshal by type."""
    if ty.is_unit or isinstance(ty, t.Slice | t.Str | t.Dynamic | t.Foreign):
        return True
    return isinstance(ty, t.Adt) and prog.tcx.item_name(ty.def_id) == "c_void"


def spec(prog: Program, ty: t.Ty, pointee: t.Ty | None = None) -> str:
    """The marshalling spec of a C argument or result of type `ty` (Python source)."""
    if ty.is_unit or ty.is_never:
        return "None"
    if isinstance(ty, t.Int | t.Uint):
        return f"('i', {ty.bits}, {isinstance(ty, t.Int)})"
    if isinstance(ty, t.Char):
        return "('i', 32, False)"
    if isinstance(ty, t.Bool):
        return "('b',)"
    if isinstance(ty, t.Float):
        return f"('f', {ty.bits})"
    if isinstance(ty, t.RawPtr | t.Ref):
        target = pointee if pointee is not None else ty.pointee
        mutable = ty.mutbl is Mutability.MUT
        if isinstance(target, t.RawPtr):
            # (`char **end`: C reads and may replace the pointer.)
            return f"('p', None, None, 8, False, {mutable}, {spec(prog, target)})"
        c = pod.codec(prog, target) if not isinstance(target, t.Slice | t.Str | t.Dynamic) else None
        if c is None:
            return f"('p', None, None, 1, False, {mutable})"
        from ferric.backend.py.intrinsics import size_of

        return f"('p', {c[0]}, {c[1]}, {size_of(prog, target)}, {not by_value(target)}, {mutable})"
    if isinstance(ty, t.FnPtr):
        params = "".join(spec(prog, prog.mono.normalize(p)) + ", " for p in ty.sig.inputs)
        return f"('fn', ({params}), {spec(prog, prog.mono.normalize(ty.sig.output))})"
    if isinstance(ty, t.Adt | t.Tuple):
        fields = pod._fields(prog, ty)  # (plain structs: by value, as C structs)
        c = pod.codec(prog, ty)
        if fields is not None and c is not None:
            from ferric.backend.py.intrinsics import size_of

            inner = "".join(_field_spec(prog, f) + ", " for f in fields)
            return f"('s', {c[0]}, {c[1]}, {size_of(prog, ty)}, ({inner}))"
    raise CodegenError(f"passing a `{ty}` to or from a foreign function is not supported yet")


def _field_spec(prog: Program, ty: t.Ty) -> str:
    """The C type of a struct field passed by value (arrays included)."""
    if isinstance(ty, t.Array):
        return f"('a', {_field_spec(prog, ty.elem)}, {prog.array_len(ty)})"
    return spec(prog, ty)


def foreign_fn_symbol(prog: Program, def_id: DefId) -> str:
    """The module-level `CFn` of foreign function `def_id`; the symbol must exist in the C
    library (else the program does not link)."""
    key = ("ffi", def_id)
    sym = prog.symbols.get(key)
    if sym is not None:
        return sym
    from ferric.rt.ffi import has_symbol

    name = _link_name(prog, def_id)
    if not has_symbol(name):
        raise LinkError(name)
    sig = prog.tcx.fn_sig(def_id)
    ret = spec(prog, prog.mono.normalize(sig.output))
    prog.uses_ffi = True
    sym = prog.fresh("_FFI")
    prog.symbols[key] = sym
    prog.trailer_consts.append(f"{sym} = ffi_fn({name!r}, {ret})")
    return sym


def _link_name(prog: Program, def_id: DefId) -> str:
    """The symbol: `#[link_name = ".."]` when given, else the function's name."""
    from ferric.resolve.collect import attr_value
    from ferric.syntax import ast

    attrs = tuple(a for a in prog.tcx.defs[def_id].attrs if isinstance(a, ast.Attribute))
    return attr_value(attrs, "link_name") or prog.tcx.item_name(def_id)
