"""Values of the scalar constants patterns use: literals, named constants, range endpoints.

`eval_expr(tcx, e, ty, results)` and `eval_const(tcx, def_id, ty)` give an `int` (integers),
`str` (one `char`), `bool` or `float`, or None when the value cannot be known here.

Integer constants go through `ty.consteval`. Its evaluator does not yet follow type-relative
paths (`u32::MAX`, `Self::MAX` inside std's integer impls) nor truncate `as` casts, which
std's `i32::MIN`/`i32::MAX` need; `_PatEval` adds exactly those two forms on top of it.
"""

from __future__ import annotations

from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, PrimTyRes, SelfTyAliasRes
from ferric.ty import consteval
from ferric.ty import ty as t
from ferric.ty.context import AssocKind, TyCtxt, simplify_type
from ferric.typeck.results import TypeckResults

Value = int | float | bool | str


def eval_expr(tcx: TyCtxt, e: hir.Expr, ty: t.Ty, results: TypeckResults | None) -> Value | None:
    lit = _literal(e)
    if lit is not None:
        return lit
    if isinstance(ty, t.Float):
        return None
    try:
        v = _PatEval(tcx, ty).eval(e, ty)
    except (consteval._Unevaluable, consteval._Failed):
        return None
    return v if isinstance(v, int | str) else None


def eval_const(tcx: TyCtxt, def_id: DefId, ty: t.Ty) -> Value | None:
    item = tcx.hir_item(def_id)
    if not isinstance(item, hir.ConstItem) or item.body is None:
        return None
    body = tcx.body(item.body)
    if body is None:
        return None
    return eval_expr(
        tcx, body.value, tcx.type_of(def_id) if not isinstance(ty, t.Float) else ty, None
    )


def _literal(e: hir.Expr) -> Value | None:
    while isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
        e = e.block.expr
    if not isinstance(e, hir.LitExpr):
        return None
    lit = e.lit
    v = lit.value
    if lit.kind in (hir.LitKind.INT, hir.LitKind.BYTE) and isinstance(v, int):
        return -v if e.negated else v
    if lit.kind is hir.LitKind.FLOAT and isinstance(v, str):
        try:
            f = float(v)
        except ValueError:
            return None
        return -f if e.negated else f
    if lit.kind is hir.LitKind.CHAR and isinstance(v, str):
        return v
    if lit.kind is hir.LitKind.BOOL and isinstance(v, bool):
        return v
    return None


class _PatEval(consteval._Eval):
    def _eval(self, e: hir.Expr, ty: t.Ty) -> int | bool | str | t.Const:
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.TypeRelativePath):
            const = _type_relative_const(self.tcx, e.qpath)
            if const is None:
                raise consteval._Unevaluable
            item = self.tcx.hir_item(const)
            if isinstance(item, hir.ConstItem) and item.body is not None:
                body = self.tcx.body(item.body)
                if body is not None:
                    return self.eval(body.value, _self_ty(self.tcx, const) or ty)
            raise consteval._Unevaluable
        if isinstance(e, hir.CastExpr):
            target = _prim_ty(self.tcx, e.ty)
            v = self.eval(e.expr, target or ty)
            if isinstance(v, t.Const):
                raise consteval._Unevaluable
            if isinstance(v, bool):
                v = int(v)
            elif isinstance(v, str):
                v = ord(v)
            if isinstance(target, t.Int | t.Uint):
                bits = target.bits
                v &= (1 << bits) - 1
                if isinstance(target, t.Int) and v >= 1 << (bits - 1):
                    v -= 1 << bits
            return v
        return super()._eval(e, ty)


def _prim_ty(tcx: TyCtxt, ty: hir.Ty) -> t.Ty | None:
    if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath):
        res = ty.qpath.path.res
        if isinstance(res, PrimTyRes):
            return t.PRIMITIVES.get(res.name)
        if isinstance(res, SelfTyAliasRes):
            return tcx.type_of(res.impl)
    return None


def _self_ty(tcx: TyCtxt, assoc: DefId) -> t.Ty | None:
    parent = tcx.parent(assoc)
    if parent is not None and tcx.def_kind(parent) is DefKind.IMPL:
        return tcx.type_of(parent)
    return None


def _type_relative_const(tcx: TyCtxt, qpath: hir.TypeRelativePath) -> DefId | None:
    """`u32::MAX`, `Self::MAX`: the inherent associated constant named (primitive types and
    `Self` of an impl only; other forms are resolved by type checking)."""
    self_ty = _prim_ty(tcx, qpath.qself)
    if self_ty is None:
        return None
    key = simplify_type(self_ty)
    name = qpath.segment.ident.name
    for impl in tcx.inherent_impls(key):
        it = tcx.find_assoc(impl, name, AssocKind.CONST)
        if it is not None:
            return it.def_id
    return None
