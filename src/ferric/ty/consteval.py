"""Compile-time evaluation of the constants types need: array lengths, repeat counts,
const generic arguments, enum discriminants (rustc's CTFE, for the integer subset).

`eval_const_body(tcx, body, ty)` evaluates an anonymous const's HIR body to a
`ConstValue` of type `ty`; constant items are followed through paths. Arithmetic is
checked like rustc's: overflow is error E0080 ("evaluation of constant value failed",
"attempt to compute `u8::MAX + 1_u8`, which would overflow"). Expressions that depend on
generic parameters stay `ConstUnevaluated`; forms this evaluator does not know also do
(they are accepted, and checked no further).
"""

from __future__ import annotations

from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, DefRes
from ferric.syntax.ast import BinOpKind, UnOp
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt


class _Unevaluable(Exception):
    """The expression depends on generic parameters or uses unsupported forms."""


class _Failed(Exception):
    """Evaluation failed with an error already reported."""


def int_range(ty: t.Ty) -> tuple[int, int]:
    if isinstance(ty, t.Int):
        bits = ty.bits
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    if isinstance(ty, t.Uint):
        return 0, (1 << ty.bits) - 1
    return -(1 << 127), (1 << 128) - 1


def eval_const_body(tcx: TyCtxt, body_id: DefId, ty: t.Ty) -> t.Const:
    body = tcx.body(body_id)
    if body is None:
        return t.CONST_ERROR
    ev = _Eval(tcx, ty)
    ev.owner = body_id
    try:
        v = ev.eval(body.value, ty)
    except _Unevaluable:
        return t.ConstUnevaluated(body_id, tcx.identity_args(body_id))
    except _Failed:
        return t.CONST_ERROR
    if isinstance(v, t.Const):
        return v
    return t.ConstValue(v, ty)


def const_display_name(tcx: TyCtxt, def_id: DefId) -> str:
    """How rustc names a constant in "evaluation of `NAME` failed": its path inside the
    crate, anonymous and inline consts as `{constant#N}` (N counting the parent's)."""
    parts: list[str] = []
    d: DefId | None = def_id
    while d is not None:
        kind = tcx.def_kind(d)
        if kind is DefKind.MOD and tcx.parent(d) is None:
            break
        parent = tcx.parent(d)
        if kind in (DefKind.ANON_CONST, DefKind.INLINE_CONST):
            n = 0
            if parent is not None:
                siblings = [
                    s for s in range(parent + 1, def_id)
                    if tcx.parent(DefId(s)) == parent and tcx.def_kind(DefId(s)) in (DefKind.ANON_CONST, DefKind.INLINE_CONST)
                ]
                n = len(siblings)
            parts.append(f"{{constant#{n}}}")
        elif kind is DefKind.IMPL:
            parts.append(f"<impl {tcx.type_of(d)}>")
        elif kind is not DefKind.CTOR:
            parts.append(tcx.item_name(d))
        d = parent
    return "::".join(reversed(parts))


def eval_const_item(tcx: TyCtxt, def_id: DefId, ty: t.Ty) -> t.Const:
    item = tcx.hir_item(def_id)
    if isinstance(item, hir.ConstItem) and item.body is not None:
        return eval_const_body(tcx, item.body, tcx.type_of(def_id))
    return t.ConstUnevaluated(def_id, tcx.identity_args(def_id))


class _Eval:
    def __init__(self, tcx: TyCtxt, ty: t.Ty) -> None:
        self.tcx = tcx
        self.ty = ty
        self.depth = 0
        self.owner: DefId | None = None
        """The anonymous const evaluated (named in the error's label)."""

    def eval(self, e: hir.Expr, ty: t.Ty) -> int | bool | str | t.Const:
        self.depth += 1
        if self.depth > 200:
            raise _Unevaluable
        try:
            return self._eval(e, ty)
        finally:
            self.depth -= 1

    def _eval(self, e: hir.Expr, ty: t.Ty) -> int | bool | str | t.Const:
        if isinstance(e, hir.LitExpr):
            lit = e.lit
            if lit.kind is hir.LitKind.INT or lit.kind is hir.LitKind.BYTE:
                assert isinstance(lit.value, int)
                return -lit.value if e.negated else lit.value
            if lit.kind is hir.LitKind.BOOL or lit.kind is hir.LitKind.CHAR:
                assert isinstance(lit.value, bool | str)
                return lit.value
            raise _Unevaluable
        if isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
            return self.eval(e.block.expr, ty)
        if isinstance(e, hir.UnaryExpr):
            v = self.eval(e.expr, ty)
            if isinstance(v, t.Const):
                raise _Unevaluable
            if e.op is UnOp.NEG and isinstance(v, int) and not isinstance(v, bool):
                return self.check(-v, ty, e, f"attempt to negate `{v}`, which would overflow")
            if e.op is UnOp.NOT:
                if isinstance(v, bool):
                    return not v
                if isinstance(v, int):
                    lo, hi = int_range(ty)
                    return (~v) if lo < 0 else (hi ^ v)
            raise _Unevaluable
        if isinstance(e, hir.BinaryExpr):
            return self.binary(e, ty)
        if isinstance(e, hir.CastExpr):
            v = self.eval(e.expr, ty)
            if isinstance(v, bool):
                return int(v)
            if isinstance(v, str):
                return ord(v)
            if isinstance(v, int):
                return v
            raise _Unevaluable
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if isinstance(res, DefRes):
                if res.kind is DefKind.CONST or res.kind is DefKind.ASSOC_CONST:
                    item = self.tcx.hir_item(res.def_id)
                    if isinstance(item, hir.ConstItem) and item.body is not None:
                        body = self.tcx.body(item.body)
                        if body is not None:
                            return self.eval(body.value, self.tcx.type_of(res.def_id))
                if res.kind is DefKind.CONST_PARAM:
                    raise _Unevaluable
        raise _Unevaluable

    def binary(self, e: hir.BinaryExpr, ty: t.Ty) -> int | bool:
        a = self.eval(e.lhs, ty)
        b = self.eval(e.rhs, ty)
        if isinstance(a, t.Const) or isinstance(b, t.Const) or isinstance(a, str) or isinstance(b, str):
            raise _Unevaluable
        op = e.op
        if isinstance(a, bool) and isinstance(b, bool):
            if op is BinOpKind.AND:
                return a and b
            if op is BinOpKind.OR:
                return a or b
        cmp = {
            BinOpKind.EQ: lambda: a == b,
            BinOpKind.NE: lambda: a != b,
            BinOpKind.LT: lambda: a < b,
            BinOpKind.LE: lambda: a <= b,
            BinOpKind.GT: lambda: a > b,
            BinOpKind.GE: lambda: a >= b,
        }.get(op)
        if cmp is not None:
            return cmp()
        if isinstance(a, bool) or isinstance(b, bool):
            raise _Unevaluable
        text = f"attempt to compute `{a}_{_ty_name(ty)} {op.value} {b}_{_ty_name(ty)}`, which would overflow"
        if op is BinOpKind.ADD:
            return self.check(a + b, ty, e, text)
        if op is BinOpKind.SUB:
            return self.check(a - b, ty, e, text)
        if op is BinOpKind.MUL:
            return self.check(a * b, ty, e, text)
        if op in (BinOpKind.DIV, BinOpKind.REM):
            if b == 0:
                word = "divide" if op is BinOpKind.DIV else "calculate the remainder of"
                self.fail(e, f"attempt to {word} `{a}_{_ty_name(ty)}` {'by' if op is BinOpKind.DIV else 'with a divisor of'} zero")
            q = abs(a) // abs(b)
            if (a < 0) != (b < 0):
                q = -q
            return self.check(q if op is BinOpKind.DIV else a - b * q, ty, e, text)
        if op is BinOpKind.BIT_AND:
            return a & b
        if op is BinOpKind.BIT_OR:
            return a | b
        if op is BinOpKind.BIT_XOR:
            return a ^ b
        if op in (BinOpKind.SHL, BinOpKind.SHR):
            bits = ty.bits if isinstance(ty, t.Int | t.Uint) else 64
            if b < 0 or b >= bits:
                self.fail(e, f"attempt to shift {'left' if op is BinOpKind.SHL else 'right'} by `{b}_{_ty_name(ty)}`, which would overflow")
            if op is BinOpKind.SHR:
                return a >> b
            lo, hi = int_range(ty)
            r = (a << b) & ((1 << bits) - 1)
            return r - (1 << bits) if lo < 0 and r > hi else r
        raise _Unevaluable

    def check(self, v: int, ty: t.Ty, e: hir.Expr, text: str) -> int:
        lo, hi = int_range(ty)
        if v < lo or v > hi:
            self.fail(e, text)
        return v

    def fail(self, e: hir.Expr, text: str) -> None:
        d = Diagnostic.error(text, e.span, "E0080")
        if self.owner is not None:
            d.with_primary(e.span, f"evaluation of `{const_display_name(self.tcx, self.owner)}` failed here")
        self.tcx.emit(d)
        raise _Failed


def _ty_name(ty: t.Ty) -> str:
    return ty.name if isinstance(ty, t.Int | t.Uint) else "usize"
