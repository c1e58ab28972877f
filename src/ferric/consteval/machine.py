"""The const-evaluation interpreter: one typed HIR body at a time, with its locals.

`Machine(cx).eval_body(body_id, results)` evaluates a const body; calls to `const fn`s of
the user crate push a `Frame` and evaluate their bodies; std's const fns are `intrinsics`.

Outcomes other than a value are exceptions: `Unsupported` (a form this evaluator does not
know, or a value depending on generic parameters: the const is accepted unchecked),
`EvalError` (the evaluation fails: E0080 with rustc's message), `Erroneous` (a constant it
uses failed, already reported). Every type comes from `TypeckResults.node_types`.

Invariant: the evaluator never reports; `check` turns failures into diagnostics.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.consteval import intrinsics
from ferric.consteval.value import (
    NONE,
    Array,
    Char,
    Str,
    Tuple,
    Value,
    Variant,
    int_range,
    show_int,
    wrap,
)
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, DefRes, HirId, LocalRes, SelfCtorRes
from ferric.syntax.ast import BinOpKind, RangeEnd, UnOp
from ferric.ty import ty as t
from ferric.typeck.results import AdjustKind, TypeckResults

if TYPE_CHECKING:
    from ferric.consteval.check import ConstEvalCtxt

STEP_LIMIT = 2_000_000
"""Evaluation steps before giving up (rustc warns on long-running const eval; ferric stays
silent and leaves the constant unchecked)."""


class Unsupported(Exception):
    """Not evaluable here: the constant is accepted and left unchecked."""


class Erroneous(Exception):
    """A constant used at `span` failed to evaluate (already reported)."""

    def __init__(self, span: Span) -> None:
        super().__init__()
        self.span = span


class EvalError(Exception):
    """The evaluation fails with `message` at `span`; `frames` are the const fns it failed
    inside, innermost first, each with the span that failed in it (None for std's)."""

    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.frames: list[tuple[str, Span | None]] = []


class _Break(Exception):
    def __init__(self, target: HirId | None, value: Value) -> None:
        super().__init__()
        self.target = target
        self.value = value


class _Continue(Exception):
    def __init__(self, target: HirId | None) -> None:
        super().__init__()
        self.target = target


class _Return(Exception):
    def __init__(self, value: Value) -> None:
        super().__init__()
        self.value = value


UNIT: Value = Tuple(())


@dataclass(slots=True)
class Frame:
    results: TypeckResults
    locals: dict[HirId, Value] = field(default_factory=dict)


class Machine:
    def __init__(self, cx: ConstEvalCtxt, locals_known: bool = True) -> None:
        self.cx = cx
        self.tcx = cx.tcx
        self.frames: list[Frame] = []
        self.steps = 0
        self.locals_known = locals_known
        """False for the lints of runtime code: a local's value is only assumed when it is in
        `known` (rustc's const propagation of locals), and calls are not evaluated."""
        self.known: dict[HirId, Value] = {}
        """Runtime code's locals whose value the lint may assume (`locals_known` False)."""

    @property
    def frame(self) -> Frame:
        return self.frames[-1]

    def eval_body(self, body_id: DefId, results: TypeckResults, args: tuple[Value, ...] = ()) -> Value:
        body = self.tcx.body(body_id)
        if body is None or results.tainted_by_errors:
            raise Unsupported
        self.frames.append(Frame(results))
        try:
            if len(args) != len(body.params):
                raise Unsupported
            for p, a in zip(body.params, args, strict=True):
                if not self.match_pat(p.pat, a):
                    raise Unsupported
            try:
                return self.expr(body.value)
            except _Return as r:
                return r.value
        finally:
            self.frames.pop()

    def eval_in_frame(self, e: hir.Expr, results: TypeckResults) -> Value:
        self.frames.append(Frame(results))
        try:
            return self.expr(e)
        finally:
            self.frames.pop()

    # -- types --------------------------------------------------------------------------------

    def ty(self, e: hir.Expr) -> t.Ty:
        ty = self.frame.results.node_types.get(e.hir_id)
        if ty is None or ty.flags & (t.HAS_PARAMS | t.HAS_INFER | t.HAS_ERROR | t.HAS_ALIAS):
            raise Unsupported
        return ty

    # -- expressions --------------------------------------------------------------------------

    def expr(self, e: hir.Expr) -> Value:
        self.steps += 1
        if self.steps > STEP_LIMIT:
            raise Unsupported
        for adj in self.frame.results.adjustments.get(e.hir_id, ()):
            if adj.kind is AdjustKind.DEREF and adj.method is not None:
                raise Unsupported
            if adj.kind not in (AdjustKind.DEREF, AdjustKind.BORROW, AdjustKind.UNSIZE, AdjustKind.NEVER_TO_ANY, AdjustKind.REBORROW):
                raise Unsupported
        handler = _HANDLERS.get(type(e))
        if handler is None:
            raise Unsupported
        return handler(self, e)

    def lit(self, e: hir.LitExpr) -> Value:
        lit = e.lit
        v = lit.value
        if lit.kind in (hir.LitKind.INT, hir.LitKind.BYTE) and isinstance(v, int):
            ty = self.ty(e)
            if isinstance(ty, t.Float):
                return self.float_of(float(-v if e.negated else v), ty)
            return -v if e.negated else v
        if lit.kind is hir.LitKind.BOOL and isinstance(v, bool):
            return v
        if lit.kind is hir.LitKind.CHAR and isinstance(v, str):
            return Char(v)
        if lit.kind is hir.LitKind.STR and isinstance(v, str):
            return Str(v)
        if lit.kind is hir.LitKind.FLOAT and isinstance(v, str):
            ty = self.ty(e)
            try:
                f = float(v)
            except ValueError:
                raise Unsupported from None
            return self.float_of(-f if e.negated else f, ty)
        if lit.kind is hir.LitKind.BYTE_STR and isinstance(v, bytes):
            return Array(tuple(v))
        raise Unsupported

    @staticmethod
    def float_of(f: float, ty: t.Ty) -> float:
        if isinstance(ty, t.Float) and ty.name == "f32":
            try:
                return float(struct.unpack("f", struct.pack("f", f))[0])
            except OverflowError:
                return f
        return f

    def block_expr(self, e: hir.BlockExpr) -> Value:
        if e.block.rules is not hir.BlockRules.DEFAULT:
            raise Unsupported
        if e.label is None:
            return self.block(e.block)
        try:
            return self.block(e.block)
        except _Break as b:
            if b.target != e.hir_id:
                raise
            return b.value

    def block(self, b: hir.Block) -> Value:
        for s in b.stmts:
            if isinstance(s, hir.LetStmt):
                if s.init is None:
                    continue
                v = self.expr(s.init)
                if not self.match_pat(s.pat, v):
                    if s.els is None:
                        raise Unsupported
                    self.block(s.els)
                    raise Unsupported  # `else` must diverge
            elif isinstance(s, hir.ExprStmt | hir.SemiStmt):
                self.expr(s.expr)
        return self.expr(b.expr) if b.expr is not None else UNIT

    def path(self, e: hir.PathExpr) -> Value:
        q = e.qpath
        if isinstance(q, hir.ResolvedPath):
            res = q.path.res
            if isinstance(res, LocalRes):
                if not self.locals_known:
                    known = self.known.get(res.hir_id)
                    if known is None:
                        raise Unsupported
                    return known
                v = self.frame.locals.get(res.hir_id)
                if v is None:
                    raise Unsupported
                return v
            if isinstance(res, DefRes):
                return self.def_value(res.kind, res.def_id, e)
            if isinstance(res, SelfCtorRes):
                return UNIT
            raise Unsupported
        if isinstance(q, hir.TypeRelativePath):
            tdd = self.frame.results.type_dependent_defs.get(e.hir_id)
            if tdd is None:
                raise Unsupported
            return self.def_value(tdd[0], tdd[1], e)
        raise Unsupported

    def def_value(self, kind: DefKind, def_id: DefId, e: hir.Expr) -> Value:
        if kind in (DefKind.CONST, DefKind.ASSOC_CONST, DefKind.STATIC):
            builtin = intrinsics.assoc_const(self.tcx, def_id)
            if builtin is not None:
                return builtin
            return self.cx.use_const(def_id, e.span)
        if kind is DefKind.CTOR:
            return self.construct(def_id, ())
        raise Unsupported

    def construct(self, ctor: DefId, fields: tuple[Value, ...]) -> Value:
        parent = self.tcx.parent(ctor)
        if parent is not None and self.tcx.def_kind(parent) is DefKind.VARIANT:
            enum = self.tcx.parent(parent)
            if enum is None:
                raise Unsupported
            v = self.tcx.adt_def(enum).variant_with_id(parent)
            return Variant(v.name, v.index, fields)
        return Tuple(fields)

    def call(self, e: hir.CallExpr) -> Value:
        if not self.locals_known:
            raise Unsupported
        f = e.func
        if not isinstance(f, hir.PathExpr):
            raise Unsupported
        q = f.qpath
        target: tuple[DefKind, DefId] | None = None
        if isinstance(q, hir.ResolvedPath):
            if isinstance(q.path.res, DefRes):
                target = (q.path.res.kind, q.path.res.def_id)
            elif isinstance(q.path.res, SelfCtorRes):
                return Tuple(tuple(self.expr(a) for a in e.args))
        elif isinstance(q, hir.TypeRelativePath):
            target = self.frame.results.type_dependent_defs.get(f.hir_id)
        if target is None:
            raise Unsupported
        kind, def_id = target
        if kind is DefKind.CTOR:
            return self.construct(def_id, tuple(self.expr(a) for a in e.args))
        if kind not in (DefKind.FN, DefKind.ASSOC_FN):
            raise Unsupported
        name = self.tcx.item_name(def_id)
        if name in ("panic", "panic_fmt", "panic_str", "panic_display", "begin_panic") and self.tcx.crate_of(def_id) != self.cx.local_crate:
            raise EvalError(f"evaluation panicked: {self.panic_message(e)}", self.cx.user_span(e.span))
        args = tuple(self.expr(a) for a in e.args)
        return self.call_fn(def_id, args, e, tuple(e.args))

    def panic_message(self, e: hir.CallExpr) -> str:
        if len(e.args) != 1:
            raise Unsupported
        a = e.args[0]
        while isinstance(a, hir.BlockExpr | hir.AddrOfExpr):
            if isinstance(a, hir.AddrOfExpr):
                a = a.expr
            elif not a.block.stmts and a.block.expr is not None:
                a = a.block.expr
            else:
                break
        if isinstance(a, hir.FormatArgsExpr):
            if all(isinstance(p, str) for p in a.template):
                return "".join(p for p in a.template if isinstance(p, str))
            raise Unsupported
        v = self.expr(a)
        if isinstance(v, Str):
            return v.text
        raise Unsupported

    def method_call(self, e: hir.MethodCallExpr) -> Value:
        if not self.locals_known:
            raise Unsupported
        tdd = self.frame.results.type_dependent_defs.get(e.hir_id)
        if tdd is None:
            raise Unsupported
        args = (self.expr(e.receiver), *(self.expr(a) for a in e.args))
        return self.call_fn(tdd[1], args, e, (e.receiver, *e.args))

    def call_fn(self, def_id: DefId, args: tuple[Value, ...], e: hir.Expr, arg_exprs: tuple[hir.Expr, ...]) -> Value:
        if self.tcx.crate_of(def_id) == self.cx.local_crate:
            item = self.tcx.hir_item(def_id)
            if not isinstance(item, hir.FnItem) or item.body is None or not item.sig.header.is_const:
                raise Unsupported
            results = self.cx.results.get(item.body)
            if results is None or len(self.frames) > 200:
                raise Unsupported
            try:
                return self.eval_body(item.body, results, args)
            except EvalError as err:
                err.frames.append((self.tcx.def_path_str(def_id), err.span))
                err.span = e.span
                raise
        arg_tys = tuple(self.ty(a) for a in arg_exprs)
        try:
            return intrinsics.call(self.tcx, def_id, args, arg_tys, self.ty(e))
        except intrinsics.Failure as f:
            failure = EvalError(f.message, e.span)
            if f.inside is not None:
                failure.frames.append((f.inside, None))
            raise failure from None
        except intrinsics.NotIntrinsic:
            raise Unsupported from None

    def unary(self, e: hir.UnaryExpr) -> Value:
        if e.hir_id in self.frame.results.operator_methods:
            raise Unsupported
        v = self.expr(e.expr)
        if e.op is UnOp.DEREF:
            return v
        if e.op is UnOp.NOT:
            if isinstance(v, bool):
                return not v
            if isinstance(v, int):
                return wrap(~v, self.ty(e))
            raise Unsupported
        if isinstance(v, float):
            return -v
        if isinstance(v, bool) or not isinstance(v, int):
            raise Unsupported
        ty = self.ty(e)
        if not isinstance(ty, t.Int):
            raise Unsupported
        if v == int_range(ty)[0]:
            raise EvalError(f"attempt to negate `{show_int(v, ty)}`, which would overflow", e.span)
        return -v

    def binary(self, e: hir.BinaryExpr) -> Value:
        if e.hir_id in self.frame.results.operator_methods:
            raise Unsupported
        op = e.op
        a = self.expr(e.lhs)
        if op is BinOpKind.AND or op is BinOpKind.OR:
            if not isinstance(a, bool):
                raise Unsupported
            if a is (op is BinOpKind.OR):
                return a
            b = self.expr(e.rhs)
            if not isinstance(b, bool):
                raise Unsupported
            return b
        b = self.expr(e.rhs)
        return self.binop(op, a, b, self.ty(e.lhs), self.ty(e.rhs), e.span)

    def binop(self, op: BinOpKind, a: Value, b: Value, lty: t.Ty, rty: t.Ty, span: Span) -> Value:
        if op in _CMP:
            if type(a) is not type(b) or (isinstance(a, Str | Array | Tuple | Variant) and op not in (BinOpKind.EQ, BinOpKind.NE)):
                raise Unsupported
            ka: object = a.c if isinstance(a, Char) else a
            kb: object = b.c if isinstance(b, Char) else b
            return bool(_CMP[op](ka, kb))
        if isinstance(a, bool) and isinstance(b, bool):
            if op is BinOpKind.BIT_AND:
                return a and b
            if op is BinOpKind.BIT_OR:
                return a or b
            if op is BinOpKind.BIT_XOR:
                return a != b
            raise Unsupported
        if isinstance(a, float) and isinstance(b, float):
            return self.float_op(op, a, b, lty)
        if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, int) or not isinstance(b, int):
            raise Unsupported
        return int_binop(op, a, b, lty, rty, span)

    def float_op(self, op: BinOpKind, a: float, b: float, ty: t.Ty) -> float:
        if op is BinOpKind.ADD:
            r = a + b
        elif op is BinOpKind.SUB:
            r = a - b
        elif op is BinOpKind.MUL:
            r = a * b
        elif op is BinOpKind.DIV:
            if b == 0.0:
                raise Unsupported
            r = a / b
        else:
            raise Unsupported
        return self.float_of(r, ty)

    def cast(self, e: hir.CastExpr) -> Value:
        v = self.expr(e.expr)
        target = self.ty(e)
        if isinstance(v, Char):
            v = ord(v.c)
        if isinstance(v, bool):
            v = int(v)
        if isinstance(target, t.Int | t.Uint):
            if isinstance(v, float):
                if v != v:
                    return 0
                lo, hi = int_range(target)
                if v in (float("inf"), float("-inf")):
                    return hi if v > 0 else lo
                return max(lo, min(hi, int(v)))
            if isinstance(v, int):
                return wrap(v, target)
        if isinstance(target, t.Float) and isinstance(v, int | float):
            return self.float_of(float(v), target)
        if isinstance(target, t.Char) and isinstance(v, int):
            return Char(chr(v))
        raise Unsupported

    def index(self, e: hir.IndexExpr) -> Value:
        if e.hir_id in self.frame.results.operator_methods:
            raise Unsupported
        base = self.expr(e.expr)
        i = self.expr(e.index)
        if not isinstance(base, Array) or isinstance(i, bool) or not isinstance(i, int):
            raise Unsupported
        if i >= len(base.elems):
            raise EvalError(f"index out of bounds: the length is {len(base.elems)} but the index is {i}", e.span)
        return base.elems[i]

    def field(self, e: hir.FieldExpr) -> Value:
        base = self.expr(e.expr)
        idx = self.frame.results.field_indices.get(e.hir_id)
        if idx is None and e.ident.name.isdigit():
            idx = int(e.ident.name)
        if idx is None:
            raise Unsupported
        if isinstance(base, Tuple) and idx < len(base.fields):
            return base.fields[idx]
        if isinstance(base, Variant) and idx < len(base.fields):
            return base.fields[idx]
        raise Unsupported

    def struct(self, e: hir.StructExpr) -> Value:
        ty = self.ty(e)
        if not isinstance(ty, t.Adt):
            raise Unsupported
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_union:
            raise Unsupported
        variant = adt.non_enum_variant() if adt.is_struct else None
        if variant is None:
            tdd = self.frame.results.type_dependent_defs.get(e.hir_id)
            res = e.qpath.path.res if isinstance(e.qpath, hir.ResolvedPath) else None
            vid = res.def_id if isinstance(res, DefRes) else (tdd[1] if tdd else None)
            if vid is None:
                raise Unsupported
            if self.tcx.def_kind(vid) is DefKind.CTOR:
                p = self.tcx.parent(vid)
                if p is None:
                    raise Unsupported
                vid = p
            variant = adt.variant_with_id(vid)
        fields: list[Value | None] = [None] * len(variant.fields)
        if e.base is not None:
            base = self.expr(e.base)
            if not isinstance(base, Tuple | Variant) or len(base.fields) != len(fields):
                raise Unsupported
            fields = list(base.fields)
        for f in e.fields:
            idx = self.frame.results.field_indices.get(f.hir_id)
            if idx is None or idx >= len(fields):
                raise Unsupported
            fields[idx] = self.expr(f.expr)
        done = tuple(v for v in fields if v is not None)
        if len(done) != len(fields):
            raise Unsupported
        if adt.is_enum:
            return Variant(variant.name, variant.index, done)
        return Tuple(done)

    def repeat(self, e: hir.RepeatExpr) -> Value:
        v = self.expr(e.elem)
        ty = self.ty(e)
        if not isinstance(ty, t.Array) or not isinstance(ty.len, t.ConstValue):
            raise Unsupported
        n = ty.len.value
        if not isinstance(n, int) or isinstance(n, bool) or n > 100_000:
            raise Unsupported
        return Array((v,) * n)

    def if_expr(self, e: hir.IfExpr) -> Value:
        c = self.expr(e.cond)
        if not isinstance(c, bool):
            raise Unsupported
        if c:
            return self.expr(e.then)
        return self.expr(e.els) if e.els is not None else UNIT

    def let_expr(self, e: hir.LetExpr) -> Value:
        return self.match_pat(e.pat, self.expr(e.init))

    def match_expr(self, e: hir.MatchExpr) -> Value:
        v = self.expr(e.scrutinee)
        for arm in e.arms:
            if not self.match_pat(arm.pat, v):
                continue
            if arm.guard is not None:
                g = self.expr(arm.guard)
                if g is not True:
                    continue
            return self.expr(arm.body)
        raise Unsupported

    def loop(self, e: hir.LoopExpr) -> Value:
        while True:
            self.steps += 1
            if self.steps > STEP_LIMIT:
                raise Unsupported
            try:
                self.block(e.body)
            except _Break as b:
                if b.target != e.hir_id:
                    raise
                return b.value
            except _Continue as c:
                if c.target != e.hir_id:
                    raise

    def brk(self, e: hir.BreakExpr) -> Value:
        v = self.expr(e.expr) if e.expr is not None else UNIT
        raise _Break(e.dest.target, v)

    def cont(self, e: hir.ContinueExpr) -> Value:
        raise _Continue(e.dest.target)

    def ret(self, e: hir.RetExpr) -> Value:
        raise _Return(self.expr(e.expr) if e.expr is not None else UNIT)

    def assign(self, e: hir.AssignExpr) -> Value:
        self.store(e.lhs, self.expr(e.rhs))
        return UNIT

    def assign_op(self, e: hir.AssignOpExpr) -> Value:
        if e.hir_id in self.frame.results.operator_methods:
            raise Unsupported
        b = self.expr(e.rhs)
        a = self.expr(e.lhs)
        self.store(e.lhs, self.binop(e.op, a, b, self.ty(e.lhs), self.ty(e.rhs), e.span))
        return UNIT

    def store(self, place: hir.Expr, v: Value) -> None:
        if isinstance(place, hir.PathExpr) and isinstance(place.qpath, hir.ResolvedPath):
            res = place.qpath.path.res
            if isinstance(res, LocalRes) and res.hir_id in self.frame.locals and self.locals_known:
                self.frame.locals[res.hir_id] = v
                return
            raise Unsupported
        if isinstance(place, hir.FieldExpr):
            base = self.expr(place.expr)
            idx = self.frame.results.field_indices.get(place.hir_id)
            if idx is None and place.ident.name.isdigit():
                idx = int(place.ident.name)
            if isinstance(base, Tuple) and idx is not None and idx < len(base.fields):
                self.store(place.expr, Tuple(_replace(base.fields, idx, v)))
                return
            raise Unsupported
        if isinstance(place, hir.IndexExpr):
            base = self.expr(place.expr)
            i = self.expr(place.index)
            if isinstance(base, Array) and isinstance(i, int) and not isinstance(i, bool):
                if i >= len(base.elems):
                    raise EvalError(f"index out of bounds: the length is {len(base.elems)} but the index is {i}", place.span)
                self.store(place.expr, Array(_replace(base.elems, i, v)))
                return
        raise Unsupported

    def addr_of(self, e: hir.AddrOfExpr) -> Value:
        return self.expr(e.expr)

    def array_expr(self, e: hir.ArrayExpr) -> Value:
        return Array(tuple(self.expr(x) for x in e.elems))

    def tuple_expr(self, e: hir.TupleExpr) -> Value:
        return Tuple(tuple(self.expr(x) for x in e.elems))

    def const_block(self, e: hir.ConstBlockExpr) -> Value:
        return self.cx.inline_const(e, self.frame.results)

    # -- patterns -----------------------------------------------------------------------------

    def match_pat(self, p: hir.Pat, v: Value) -> bool:
        if isinstance(p, hir.WildPat):
            return True
        if isinstance(p, hir.BindingPat):
            if p.sub is not None and not self.match_pat(p.sub, v):
                return False
            self.frame.locals[p.hir_id] = v
            return True
        if isinstance(p, hir.RefPat | hir.BoxPat | hir.DerefPat):
            return self.match_pat(p.pat, v)
        if isinstance(p, hir.OrPat):
            return any(self.match_pat(q, v) for q in p.pats)
        if isinstance(p, hir.LitPat):
            return self.pat_value(p.expr) == v
        if isinstance(p, hir.RangePat):
            return self.in_range(p, v)
        if isinstance(p, hir.TuplePat):
            if not isinstance(v, Tuple):
                raise Unsupported
            return self.match_seq(p.pats, p.dotdot, v.fields)
        if isinstance(p, hir.TupleStructPat | hir.PathPat | hir.StructPat):
            return self.match_adt(p, v)
        if isinstance(p, hir.SlicePat):
            if not isinstance(v, Array):
                raise Unsupported
            n = len(v.elems)
            if n < len(p.before) + len(p.after) or (p.slice is None and n != len(p.before) + len(p.after)):
                return False
            ok = all(self.match_pat(q, x) for q, x in zip(p.before, v.elems, strict=False))
            ok = ok and all(self.match_pat(q, x) for q, x in zip(p.after, v.elems[n - len(p.after):], strict=True))
            if ok and p.slice is not None:
                ok = self.match_pat(p.slice, Array(v.elems[len(p.before): n - len(p.after)]))
            return ok
        raise Unsupported

    def pat_value(self, e: hir.Expr) -> Value:
        return self.expr(e)

    def in_range(self, p: hir.RangePat, v: Value) -> bool:
        key: object = v.c if isinstance(v, Char) else v
        if p.lo is not None:
            lo = self.pat_value(p.lo)
            if (lo.c if isinstance(lo, Char) else lo) > key:  # type: ignore[operator]
                return False
        if p.hi is not None:
            hi = self.pat_value(p.hi)
            k = hi.c if isinstance(hi, Char) else hi
            return bool(key <= k if p.end is not RangeEnd.EXCLUDED else key < k)  # type: ignore[operator]
        return True

    def match_seq(self, pats: tuple[hir.Pat, ...], dotdot: int | None, vals: tuple[Value, ...]) -> bool:
        if dotdot is None:
            if len(pats) != len(vals):
                return False
            return all(self.match_pat(q, x) for q, x in zip(pats, vals, strict=True))
        before, after = pats[:dotdot], pats[dotdot:]
        return all(self.match_pat(q, x) for q, x in zip(before, vals, strict=False)) and all(
            self.match_pat(q, x) for q, x in zip(after, vals[len(vals) - len(after):], strict=True)
        )

    def match_adt(self, p: hir.TupleStructPat | hir.PathPat | hir.StructPat, v: Value) -> bool:
        q = p.qpath
        target: tuple[DefKind, DefId] | None = None
        if isinstance(q, hir.ResolvedPath) and isinstance(q.path.res, DefRes):
            target = (q.path.res.kind, q.path.res.def_id)
        elif isinstance(q, hir.TypeRelativePath):
            target = self.frame.results.type_dependent_defs.get(p.hir_id)
        elif isinstance(q, hir.ResolvedPath) and isinstance(q.path.res, SelfCtorRes):
            target = None
        if target is None:
            if isinstance(v, Tuple) and isinstance(p, hir.TupleStructPat):
                return self.match_seq(p.pats, p.dotdot, v.fields)
            raise Unsupported
        kind, def_id = target
        if kind in (DefKind.CONST, DefKind.ASSOC_CONST):
            return self.def_value(kind, def_id, _DUMMY_EXPR) == v
        if kind is DefKind.CTOR:
            parent = self.tcx.parent(def_id)
            if parent is None:
                raise Unsupported
            def_id, kind = parent, self.tcx.def_kind(parent)
        fields: tuple[Value, ...]
        if kind is DefKind.VARIANT:
            enum = self.tcx.parent(def_id)
            if enum is None or not isinstance(v, Variant):
                raise Unsupported
            if self.tcx.adt_def(enum).variant_with_id(def_id).index != v.index:
                return False
            fields = v.fields
        elif kind in (DefKind.STRUCT, DefKind.TY_ALIAS) and isinstance(v, Tuple):
            fields = v.fields
        else:
            raise Unsupported
        if isinstance(p, hir.PathPat):
            return True
        if isinstance(p, hir.TupleStructPat):
            return self.match_seq(p.pats, p.dotdot, fields)
        for f in p.fields:
            idx = self.frame.results.field_indices.get(f.hir_id)
            if idx is None or idx >= len(fields):
                raise Unsupported
            if not self.match_pat(f.pat, fields[idx]):
                return False
        return True


def int_binop(op: BinOpKind, a: int, b: int, lty: t.Ty, rty: t.Ty, span: Span) -> int:
    """rustc's checked integer arithmetic on `lty` (shift amounts of type `rty`)."""
    if not isinstance(lty, t.Int | t.Uint):
        raise Unsupported
    if op in (BinOpKind.SHL, BinOpKind.SHR):
        if b < 0 or b >= lty.bits:
            word = "left" if op is BinOpKind.SHL else "right"
            raise EvalError(f"attempt to shift {word} by `{show_int(b, rty)}`, which would overflow", span)
        return wrap(a << b, lty) if op is BinOpKind.SHL else a >> b
    if op is BinOpKind.BIT_AND:
        return a & b
    if op is BinOpKind.BIT_OR:
        return a | b
    if op is BinOpKind.BIT_XOR:
        return a ^ b
    overflow = f"attempt to compute `{show_int(a, lty)} {op.value} {show_int(b, lty)}`, which would overflow"
    if op is BinOpKind.ADD:
        r = a + b
    elif op is BinOpKind.SUB:
        r = a - b
    elif op is BinOpKind.MUL:
        r = a * b
    elif op is BinOpKind.DIV or op is BinOpKind.REM:
        if b == 0:
            if op is BinOpKind.DIV:
                raise EvalError(f"attempt to divide `{show_int(a, lty)}` by zero", span)
            raise EvalError(f"attempt to calculate the remainder of `{show_int(a, lty)}` with a divisor of zero", span)
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        lo, hi = int_range(lty)
        if q > hi:
            raise EvalError(overflow, span)
        r = q if op is BinOpKind.DIV else a - b * q
    else:
        raise Unsupported
    lo, hi = int_range(lty)
    if r < lo or r > hi:
        raise EvalError(overflow, span)
    return r


def _replace(xs: tuple[Value, ...], i: int, v: Value) -> tuple[Value, ...]:
    return (*xs[:i], v, *xs[i + 1:])


_CMP: dict[BinOpKind, Callable[[object, object], object]] = {
    BinOpKind.EQ: lambda a, b: a == b,
    BinOpKind.NE: lambda a, b: a != b,
    BinOpKind.LT: lambda a, b: a < b,  # type: ignore[operator]
    BinOpKind.LE: lambda a, b: a <= b,  # type: ignore[operator]
    BinOpKind.GT: lambda a, b: a > b,  # type: ignore[operator]
    BinOpKind.GE: lambda a, b: a >= b,  # type: ignore[operator]
}

_DUMMY_EXPR = hir.ErrExpr(hir_id=HirId(0), span=Span(0, 0))

_HANDLERS: dict[type, Callable[[Machine, hir.Expr], Value]] = {
    hir.LitExpr: Machine.lit,  # type: ignore[dict-item]
    hir.BlockExpr: Machine.block_expr,  # type: ignore[dict-item]
    hir.PathExpr: Machine.path,  # type: ignore[dict-item]
    hir.CallExpr: Machine.call,  # type: ignore[dict-item]
    hir.MethodCallExpr: Machine.method_call,  # type: ignore[dict-item]
    hir.UnaryExpr: Machine.unary,  # type: ignore[dict-item]
    hir.BinaryExpr: Machine.binary,  # type: ignore[dict-item]
    hir.CastExpr: Machine.cast,  # type: ignore[dict-item]
    hir.IndexExpr: Machine.index,  # type: ignore[dict-item]
    hir.FieldExpr: Machine.field,  # type: ignore[dict-item]
    hir.StructExpr: Machine.struct,  # type: ignore[dict-item]
    hir.RepeatExpr: Machine.repeat,  # type: ignore[dict-item]
    hir.IfExpr: Machine.if_expr,  # type: ignore[dict-item]
    hir.LetExpr: Machine.let_expr,  # type: ignore[dict-item]
    hir.MatchExpr: Machine.match_expr,  # type: ignore[dict-item]
    hir.LoopExpr: Machine.loop,  # type: ignore[dict-item]
    hir.BreakExpr: Machine.brk,  # type: ignore[dict-item]
    hir.ContinueExpr: Machine.cont,  # type: ignore[dict-item]
    hir.RetExpr: Machine.ret,  # type: ignore[dict-item]
    hir.AssignExpr: Machine.assign,  # type: ignore[dict-item]
    hir.AssignOpExpr: Machine.assign_op,  # type: ignore[dict-item]
    hir.ConstBlockExpr: Machine.const_block,  # type: ignore[dict-item]
    hir.AddrOfExpr: Machine.addr_of,  # type: ignore[dict-item]
    hir.ArrayExpr: Machine.array_expr,  # type: ignore[dict-item]
    hir.TupleExpr: Machine.tuple_expr,  # type: ignore[dict-item]
}

_ = NONE
