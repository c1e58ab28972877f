"""Relating types: making two types equal by giving inference variables values.

`Equate(infcx).tys(a, b)` succeeds (binding variables) or raises `TypeMismatch` naming the
innermost types that differ; the caller reports the outer pair (rustc's "expected `X`,
found `Y`"). Regions always relate: they are checked by the borrow checker. Error types
relate to anything, so one error does not cause more.

The occurs check refuses `?T = Vec<?T>` (rustc: "cyclic type of infinite size").
"""

from __future__ import annotations

from ferric.infer.ctxt import InferCtxt
from ferric.ty import ty as t


class TypeMismatch(Exception):
    def __init__(self, expected: t.Ty, found: t.Ty, kind: str = "types") -> None:
        super().__init__(expected, found)
        self.expected = expected
        self.found = found
        self.kind = kind
        """"types", "int_var" (an `{integer}` against a non-integer), "float_var",
        "cyclic", "const"."""

    def __str__(self) -> str:
        # Formatted on demand: trait selection raises and catches these by the thousand.
        return f"{self.expected} != {self.found}"


class Equate:
    def __init__(self, infcx: InferCtxt) -> None:
        self.infcx = infcx

    def tys(self, a: t.Ty, b: t.Ty) -> None:
        if a is b:
            return
        infcx = self.infcx
        if type(a) is t.Infer:  # (only a variable resolves to something else: no call otherwise)
            a = infcx.shallow_resolve(a)
        if type(b) is t.Infer:
            b = infcx.shallow_resolve(b)
        if a is b:
            return
        if isinstance(a, t.Error) or isinstance(b, t.Error):
            # A type variable related to an error becomes the error (so later uses of it
            # stay quiet instead of asking for annotations).
            if isinstance(a, t.Infer) and a.kind is t.InferKind.TY:
                self._instantiate(a, b)
            elif isinstance(b, t.Infer) and b.kind is t.InferKind.TY:
                self._instantiate(b, a)
            return
        ai = isinstance(a, t.Infer)
        bi = isinstance(b, t.Infer)
        if ai or bi:
            self._vars(a, b)
            return
        ca = type(a)
        if ca is not type(b):
            raise TypeMismatch(a, b)
        if ca is t.Adt:
            assert isinstance(a, t.Adt) and isinstance(b, t.Adt)
            if a.def_id != b.def_id:
                raise TypeMismatch(a, b)
            self.args(a.args, b.args)
        elif ca is t.Ref:
            assert isinstance(a, t.Ref) and isinstance(b, t.Ref)
            if a.mutbl is not b.mutbl:
                raise TypeMismatch(a, b)
            self.tys(a.pointee, b.pointee)
        elif ca is t.RawPtr:
            assert isinstance(a, t.RawPtr) and isinstance(b, t.RawPtr)
            if a.mutbl is not b.mutbl:
                raise TypeMismatch(a, b)
            self.tys(a.pointee, b.pointee)
        elif ca is t.Tuple:
            assert isinstance(a, t.Tuple) and isinstance(b, t.Tuple)
            if len(a.elems) != len(b.elems):
                raise TypeMismatch(a, b)
            for x, y in zip(a.elems, b.elems, strict=True):
                self.tys(x, y)
        elif ca is t.Slice:
            assert isinstance(a, t.Slice) and isinstance(b, t.Slice)
            self.tys(a.elem, b.elem)
        elif ca is t.Array:
            assert isinstance(a, t.Array) and isinstance(b, t.Array)
            self.tys(a.elem, b.elem)
            self.consts(a.len, b.len, a, b)
        elif ca is t.FnDef:
            assert isinstance(a, t.FnDef) and isinstance(b, t.FnDef)
            if a.def_id != b.def_id:
                raise TypeMismatch(a, b)
            self.args(a.args, b.args)
        elif ca is t.FnPtr:
            assert isinstance(a, t.FnPtr) and isinstance(b, t.FnPtr)
            self.sigs(a.sig, b.sig, a, b)
        elif ca is t.Closure:
            assert isinstance(a, t.Closure) and isinstance(b, t.Closure)
            if a.def_id != b.def_id:
                raise TypeMismatch(a, b)
            self.args(a.args, b.args)
        elif ca is t.Coroutine:
            assert isinstance(a, t.Coroutine) and isinstance(b, t.Coroutine)
            if a.def_id != b.def_id:
                raise TypeMismatch(a, b)
            self.args(a.args, b.args)
        elif ca is t.Dynamic:
            assert isinstance(a, t.Dynamic) and isinstance(b, t.Dynamic)
            pa, pb = a.principal, b.principal
            if (pa is None) != (pb is None) or set(a.auto_traits) != set(b.auto_traits):
                raise TypeMismatch(a, b)
            if pa is not None and pb is not None:
                if pa.def_id != pb.def_id:
                    raise TypeMismatch(a, b)
                self.args(pa.args, pb.args)
            if len(a.projections) != len(b.projections):
                raise TypeMismatch(a, b)
            for px, py in zip(a.projections, b.projections, strict=True):
                if px.def_id != py.def_id:
                    raise TypeMismatch(a, b)
                self.tys(px.term, py.term)
        elif ca is t.Alias:
            assert isinstance(a, t.Alias) and isinstance(b, t.Alias)
            if a.kind is not b.kind or a.def_id != b.def_id:
                raise TypeMismatch(a, b)
            self.args(a.args, b.args)
        elif ca is t.Foreign:
            assert isinstance(a, t.Foreign) and isinstance(b, t.Foreign)
            if a.def_id != b.def_id:
                raise TypeMismatch(a, b)
        else:
            # Primitives, Param, Never: interned, so `a is b` was the only way to match.
            raise TypeMismatch(a, b)

    def _vars(self, a: t.Ty, b: t.Ty) -> None:
        infcx = self.infcx
        if isinstance(a, t.Infer) and isinstance(b, t.Infer) and a.kind is b.kind:
            infcx.unify_vars(a, b)
            return
        # Integer/float variables against each other's kinds or a type variable.
        if isinstance(a, t.Infer) and a.kind is t.InferKind.TY:
            self._instantiate(a, b)
            return
        if isinstance(b, t.Infer) and b.kind is t.InferKind.TY:
            self._instantiate(b, a)
            return
        # Now at least one is an int/float var and the other is not a type var.
        var, other = (a, b) if isinstance(a, t.Infer) else (b, a)
        assert isinstance(var, t.Infer)
        if var.kind is t.InferKind.INT and isinstance(other, t.Int | t.Uint):
            infcx.instantiate_var(var, other)
            return
        if var.kind is t.InferKind.FLOAT and isinstance(other, t.Float):
            infcx.instantiate_var(var, other)
            return
        raise TypeMismatch(a, b, "int_var" if var.kind is t.InferKind.INT else "float_var")

    def _instantiate(self, var: t.Infer, ty: t.Ty) -> None:
        infcx = self.infcx
        if infcx.occurs_in(var, ty):
            raise TypeMismatch(var, ty, "cyclic")
        infcx.instantiate_var(var, ty)

    def args(self, a: t.GenericArgs, b: t.GenericArgs) -> None:
        if a is b:
            return
        if len(a) != len(b):
            raise TypeMismatch(t.ERROR, t.ERROR)
        for x, y in zip(a, b, strict=True):
            if x is y:
                continue
            if isinstance(x, t.Ty) and isinstance(y, t.Ty):
                self.tys(x, y)
            elif isinstance(x, t.Const) and isinstance(y, t.Const):
                self.consts(x, y, t.ERROR, t.ERROR)
            # Regions: always related (checked by borrowck).

    def consts(self, a: t.Const, b: t.Const, outer_a: t.Ty, outer_b: t.Ty) -> None:
        if a is b:
            return
        infcx = self.infcx
        a = infcx.shallow_resolve_const(a)
        b = infcx.shallow_resolve_const(b)
        if a is b:
            return
        if isinstance(a, t.ConstInfer) and isinstance(b, t.ConstInfer):
            infcx.unify_const_vars(a, b)
            return
        if isinstance(a, t.ConstInfer):
            infcx.instantiate_const_var(a, b)
            return
        if isinstance(b, t.ConstInfer):
            infcx.instantiate_const_var(b, a)
            return
        if isinstance(a, t.ConstError | t.ConstUnevaluated) or isinstance(b, t.ConstError | t.ConstUnevaluated):
            return
        if isinstance(a, t.ConstValue) and isinstance(b, t.ConstValue) and a.value == b.value:
            return
        raise TypeMismatch(outer_a, outer_b, "const")

    def sigs(self, a: t.FnSig, b: t.FnSig, outer_a: t.Ty, outer_b: t.Ty) -> None:
        if len(a.inputs) != len(b.inputs) or a.c_variadic != b.c_variadic or a.safety != b.safety or a.abi != b.abi:
            raise TypeMismatch(outer_a, outer_b)
        for x, y in zip(a.inputs, b.inputs, strict=True):
            self.tys(x, y)
        self.tys(a.output, b.output)


def can_equate(infcx: InferCtxt, a: t.Ty, b: t.Ty) -> bool:
    """Would `a == b` succeed? (Leaves no trace.)"""
    snap = infcx.snapshot()
    try:
        Equate(infcx).tys(a, b)
        return True
    except TypeMismatch:
        return False
    finally:
        infcx.rollback_to(snap)
