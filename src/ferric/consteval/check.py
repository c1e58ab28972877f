"""The const-evaluation pass: evaluate every `const`, `static`, explicit enum discriminant and
inline `const {}` of the user crate; report failures as rustc does (E0080, E0370), and the
deny-by-default `arithmetic_overflow` / `unconditional_panic` lints of function bodies.

Array lengths and const generic arguments are evaluated (and reported) while types are
lowered (`ty.consteval`); this pass does not evaluate them again.

rustc's layout: the error's message is the failure (`attempt to compute `i32::MAX + 1_i32`,
which would overflow`), its primary label "evaluation of `NAME` failed here" (or "failed
inside this call" with a note per const fn frame); a constant using a failed one is not an
error of its own but gets the note "erroneous constant encountered" at the use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ferric.base.hygiene import HygieneData
from ferric.base.span import Span
from ferric.consteval.machine import Erroneous, EvalError, Frame, Machine, Unsupported
from ferric.consteval.value import Value, int_range
from ferric.diag.diagnostic import Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import LOCAL_CRATE, CrateNum, DefId, DefKind, HirId, LocalRes
from ferric.syntax.ast import BinOpKind, Mutability, UnOp
from ferric.ty import ty as t
from ferric.ty.consteval import const_display_name
from ferric.ty.context import TyCtxt
from ferric.typeck.results import AdjustKind, TypeckResults


class ConstEvalCtxt:
    """The values of the crate's constants, evaluated on demand and cached."""

    def __init__(self, tcx: TyCtxt, results: dict[DefId, TypeckResults], hygiene: HygieneData | None = None) -> None:
        self.tcx = tcx
        self.results = results
        self.hygiene = hygiene
        self.local_crate: CrateNum = LOCAL_CRATE
        self.values: dict[DefId, Value] = {}
        self.failed: set[DefId] = set()
        self.unknown: set[DefId] = set()
        self.in_progress: set[DefId] = set()
        self.lints_noted: set[str] = set()

    def const_value(self, def_id: DefId) -> Value | None:
        """The value of the constant or static `def_id` (None: failed or not evaluable)."""
        try:
            return self._eval_item(def_id)
        except (Unsupported, Erroneous):
            return None

    def user_span(self, span: Span) -> Span:
        return self.hygiene.user_span(span) if self.hygiene is not None else span

    # -- items --------------------------------------------------------------------------------

    def use_const(self, def_id: DefId, span: Span) -> Value:
        """The value of a constant used at `span` (inside another evaluation)."""
        try:
            return self._eval_item(def_id)
        except Erroneous:
            raise Erroneous(span) from None

    def _eval_item(self, def_id: DefId) -> Value:
        if def_id in self.values:
            return self.values[def_id]
        if def_id in self.failed:
            raise Erroneous(self.tcx.def_span(def_id))
        if def_id in self.unknown or def_id in self.in_progress:
            raise Unsupported
        item = self.tcx.hir_item(def_id)
        if not isinstance(item, hir.ConstItem | hir.StaticItem) or item.body is None:
            raise Unsupported
        if self.tcx.crate_of(def_id) != self.local_crate or len(self.tcx.identity_args(def_id)) > 0:
            raise Unsupported
        results = self.results.get(item.body)
        if results is None:
            raise Unsupported
        self.in_progress.add(def_id)
        try:
            v = self._eval_root(def_id, lambda m: m.eval_body(item.body, results))
        finally:
            self.in_progress.discard(def_id)
        self.values[def_id] = v
        return v

    def _eval_root(self, def_id: DefId, run: object) -> Value:
        """Run an evaluation of `def_id`'s value; report its failure (then raise Erroneous)."""
        m = Machine(self)
        try:
            return run(m)  # type: ignore[operator,no-any-return]
        except Unsupported:
            self.unknown.add(def_id)
            raise
        except Erroneous as err:
            self.failed.add(def_id)
            note = Diagnostic(Level.NOTE, "erroneous constant encountered")
            note.labels.append(Label(err.span, "", True))
            self.tcx.emit(note)
            raise
        except EvalError as err:
            self.failed.add(def_id)
            self.report(def_id, err)
            raise Erroneous(err.span) from None

    def report(self, def_id: DefId, err: EvalError) -> None:
        name = const_display_name(self.tcx, def_id)
        d = Diagnostic.error(err.message, err.span, "E0080")
        how = "inside this call" if err.frames else "here"
        d.with_primary(err.span, f"evaluation of `{name}` failed {how}")
        for i, (fn, span) in enumerate(err.frames):
            sub = SubDiagnostic(Level.NOTE, f"inside `{fn}`")
            if span is not None:
                sub.labels.append(Label(span, "the failure occurred here" if i == 0 else "", True))
            d.children.append(sub)
        self.tcx.emit(d)

    def inline_const(self, e: hir.ConstBlockExpr, results: TypeckResults) -> Value:
        if e.body in self.values:
            return self.values[e.body]
        if e.body in self.failed:
            raise Erroneous(e.span)
        body = self.tcx.body(e.body)
        if body is None:
            raise Unsupported
        try:
            v = self._eval_root(e.body, lambda m: m.eval_in_frame(body.value, results))
        except Erroneous:
            raise Erroneous(e.span) from None
        self.values[e.body] = v
        return v


def check_crate_consts(tcx: TyCtxt, results: dict[DefId, TypeckResults], hygiene: HygieneData | None = None) -> ConstEvalCtxt:
    """Evaluate the user crate's constants, statics and discriminants (the lints of fn
    bodies run later, per body: `lint_owner_body`)."""
    cx = ConstEvalCtxt(tcx, results, hygiene)
    for def_id, item in list(tcx.items_of_crate(LOCAL_CRATE)):
        if isinstance(item, hir.ConstItem | hir.StaticItem):
            cx.const_value(def_id)
        elif isinstance(item, hir.EnumItem):
            _check_discriminants(cx, def_id, item)
    return cx


def lint_owner_body(cx: ConstEvalCtxt, owner: DefId, r: TypeckResults) -> None:
    """rustc's `KnownPanicsLint` on one fn body (and its closures): run on the MIR of a
    body that passed borrow checking."""
    tcx = cx.tcx
    if tcx.crate_of(owner) == LOCAL_CRATE and tcx.def_kind(owner) in (DefKind.FN, DefKind.ASSOC_FN):
        body = tcx.body(owner)
        if body is not None and not r.tainted_by_errors:
            _BodyLints(cx, r).visit(body.value)


def _check_discriminants(cx: ConstEvalCtxt, enum_id: DefId, item: hir.EnumItem) -> None:
    tcx = cx.tcx
    if item.generics.params:
        return
    adt = tcx.adt_def(enum_id)
    repr_ty = t.PRIMITIVES.get(adt.repr_int or "isize", t.ISIZE)
    if not isinstance(repr_ty, t.Int | t.Uint):
        return
    lo, hi = int_range(repr_ty)
    prev: int | None = None
    for v in item.variants:
        value: int | None
        if v.disr is not None:
            r = cx.results.get(v.disr)
            body = tcx.body(v.disr)
            if r is None or body is None:
                return
            try:
                got = cx._eval_root(v.disr, lambda m, b=body, rr=r: m.eval_in_frame(b.value, rr))
            except (Unsupported, Erroneous):
                return
            if isinstance(got, bool) or not isinstance(got, int):
                return
            value = got
        else:
            value = 0 if prev is None else prev + 1
            if value > hi:
                assert prev is not None
                d = Diagnostic.error("enum discriminant overflowed", v.ident.span, "E0370")
                d.with_primary(v.ident.span, f"overflowed on value after {prev}")
                d.with_note(f"explicitly set `{v.ident.name} = {lo}` if that is desired outcome")
                tcx.emit(d)
                return
        prev = value


_LINT_ARITH = "arithmetic_overflow"
_LINT_PANIC = "unconditional_panic"


class _BodyLints:
    """rustc's KnownPanicsLint for runtime code, on operands that are constants (literals,
    constant items, and arithmetic of those): locals are never assumed."""

    def __init__(self, cx: ConstEvalCtxt, results: TypeckResults) -> None:
        self.cx = cx
        self.results = results
        self.known: dict[HirId, Value] = {}
        """Immutable locals whose initializer is a known constant (rustc propagates them)."""
        self.block: dict[HirId, Value] = {}
        """`mut` locals assigned a known constant in the current basic block."""
        self.borrowed: set[HirId] = set()

    def visit(self, root: hir.Expr) -> None:
        self.borrowed = _borrowed_locals(self.cx.tcx, root, self.results)
        stack: list[object] = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, _EndOfBlock):
                self.block.clear()
                continue
            if isinstance(node, _Store):
                if node.value is None:
                    self.block.pop(node.local, None)
                else:
                    self.block[node.local] = node.value
                continue
            if isinstance(node, hir.LetStmt):
                stack.extend(self.propagate(node))
            if isinstance(node, hir.ConstBlockExpr):
                self.inline_const(node)
                continue
            if isinstance(node, hir.ClosureExpr):
                # A closure is a body of its own (rustc lints its MIR separately).
                body = self.cx.tcx.body(node.def_id)
                if body is not None:
                    _BodyLints(self.cx, self.results).visit(body.value)
                continue
            if isinstance(node, hir.AssignOpExpr):
                stack.extend(self.assigned(node))  # (after the overflow check's block ends)
            if isinstance(node, _CONTROL_FLOW):
                self.block.clear()  # (a branch starts new basic blocks)
            elif isinstance(node, hir.CallExpr | hir.MethodCallExpr) or _checked_op(node):
                stack.append(_END_OF_BLOCK)  # (after its operands: the call or assert)
            elif isinstance(node, hir.AssignExpr):
                stack.extend(self.assigned(node))
            if isinstance(node, hir.BinaryExpr | hir.UnaryExpr | hir.AssignOpExpr | hir.IndexExpr) and self.lint(node):
                self.block.clear()
                continue
            if isinstance(node, hir.PathExpr):
                self.const_use(node)
            elif isinstance(node, hir.AddrOfExpr) and self._failed_const(node.expr):
                # A borrowed constant is promoted: rustc notes the use and the borrow.
                self.const_use(node.expr)  # type: ignore[arg-type]
                self._note_erroneous(node.span)
                continue
            stack.extend(reversed(list(_children(node))))

    def machine(self) -> Machine:
        """A machine for runtime code that knows the propagated locals."""
        m = Machine(self.cx, locals_known=False)
        m.known = {**self.known, **self.block} if self.block else self.known
        m.frames.append(_frame(self.results))
        return m

    def value_of(self, e: hir.Expr) -> Value | None:
        if not _straight_line(e):
            return None
        try:
            return self.machine().expr(e)
        except (EvalError, Unsupported, Erroneous):
            return None

    def propagate(self, s: hir.LetStmt) -> list[_Store]:
        """Remember the value of `let x = CONSTANT;`. rustc's lint propagates a local whose
        address is never taken (a borrow, also `println!`'s, stops it): everywhere when it
        is assigned once, within one basic block when it is `mut` (until the next call,
        overflow or bounds check, or branch). A `mut` one's store is returned, to be done
        once the initializer's own blocks have ended."""
        pat = s.pat
        if (
            not isinstance(pat, hir.BindingPat)
            or pat.mode.by_ref is not None
            or pat.sub is not None
            or s.init is None
            or s.els is not None
            or pat.hir_id in self.borrowed
            or self.results.adjustments.get(s.init.hir_id)
        ):
            return []
        value = self.value_of(s.init)
        if value is None:
            return []
        if pat.mode.mutbl is Mutability.MUT:
            return [_Store(pat.hir_id, value)]
        self.known[pat.hir_id] = value
        return []

    def assigned(self, e: hir.AssignExpr | hir.AssignOpExpr) -> list[_Store]:
        """`x = CONSTANT;` or `x op= CONSTANT` for a `mut` local: its new value, known until
        the block ends (stored after the right side's own blocks)."""
        lhs = e.lhs
        if not (isinstance(lhs, hir.PathExpr) and isinstance(lhs.qpath, hir.ResolvedPath)):
            return []
        res = lhs.qpath.path.res
        if not isinstance(res, LocalRes) or res.hir_id in self.borrowed:
            return []
        value: Value | None = None
        if not self.results.adjustments.get(e.rhs.hir_id):
            if isinstance(e, hir.AssignExpr):
                value = self.value_of(e.rhs)
            elif e.hir_id not in self.results.operator_methods and e.op not in _UNTRACKED_ASSIGN_OPS:
                m = self.machine()
                try:
                    value = m.binop(e.op, m.expr(e.lhs), m.expr(e.rhs), m.ty(e.lhs), m.ty(e.rhs), e.span)
                except (EvalError, Unsupported, Erroneous):
                    value = None
        return [_Store(res.hir_id, value)]

    def _failed_const(self, e: hir.Expr) -> bool:
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            return getattr(res, "kind", None) is DefKind.CONST and getattr(res, "def_id", None) in self.cx.failed
        return False

    def _note_erroneous(self, span: Span) -> None:
        note = Diagnostic(Level.NOTE, "erroneous constant encountered")
        note.labels.append(Label(span, "", True))
        self.cx.tcx.emit(note)

    def inline_const(self, e: hir.ConstBlockExpr) -> None:
        try:
            self.cx.inline_const(e, self.results)
        except Erroneous:
            note = Diagnostic(Level.NOTE, "erroneous constant encountered")
            note.labels.append(Label(e.span, "", True))
            self.cx.tcx.emit(note)
        except Unsupported:
            pass

    def const_use(self, e: hir.PathExpr) -> None:
        if isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if getattr(res, "kind", None) is DefKind.CONST and getattr(res, "def_id", None) in self.cx.failed:
                note = Diagnostic(Level.NOTE, "erroneous constant encountered")
                note.labels.append(Label(e.span, "", True))
                self.cx.tcx.emit(note)

    def lint(self, e: hir.BinaryExpr | hir.UnaryExpr | hir.AssignOpExpr | hir.IndexExpr) -> bool:
        """Report `e` if it certainly fails; True when reported."""
        m = self.machine()
        try:
            if isinstance(e, hir.IndexExpr):
                ty = m.ty(e.expr)
                while isinstance(ty, t.Ref):
                    ty = ty.pointee
                if not isinstance(ty, t.Array) or not isinstance(ty.len, t.ConstValue):
                    return False
                i = m.expr(e.index)
                n = ty.len.value
                if isinstance(i, int) and not isinstance(i, bool) and isinstance(n, int) and i >= n:
                    self.emit(_LINT_PANIC, e.span, f"index out of bounds: the length is {n} but the index is {i}")
                    return True
                return False
            if isinstance(e, hir.AssignOpExpr):
                if e.op in (BinOpKind.DIV, BinOpKind.REM):
                    return False
                b = m.expr(e.rhs)
                a = m.expr(e.lhs)
                m.binop(e.op, a, b, m.ty(e.lhs), m.ty(e.rhs), e.span)
                return False
            m.expr(e)
        except EvalError as err:
            if err.frames:
                return False
            panic = err.message.startswith("attempt to divide") or err.message.startswith("attempt to calculate") or (
                isinstance(e, hir.BinaryExpr) and e.op in (BinOpKind.DIV, BinOpKind.REM)
            )
            self.emit(_LINT_PANIC if panic else _LINT_ARITH, err.span, err.message)
            return True
        except (Unsupported, Erroneous):
            return False
        return False

    def emit(self, lint: str, span: Span, label: str) -> None:
        msg = "this operation will panic at runtime" if lint == _LINT_PANIC else "this arithmetic operation will overflow"
        d = Diagnostic.error(msg, span)
        d.lint = lint
        d.with_primary(span, label)
        if lint not in self.cx.lints_noted:
            self.cx.lints_noted.add(lint)
            d.with_note(f"`#[deny({lint})]` on by default")
        self.cx.tcx.emit(d)


def _straight_line(e: hir.Expr) -> bool:
    """Whether `e` is operators over literals, paths and aggregates: what the lint may
    evaluate for a local's value (no blocks, branches, loops or calls)."""
    stack = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, hir.LitExpr | hir.PathExpr):
            continue
        if isinstance(x, hir.BinaryExpr):
            stack += (x.lhs, x.rhs)
        elif isinstance(x, hir.UnaryExpr | hir.CastExpr | hir.FieldExpr):
            stack.append(x.expr)
        elif isinstance(x, hir.IndexExpr):
            stack += (x.expr, x.index)
        elif isinstance(x, hir.TupleExpr | hir.ArrayExpr):
            stack += x.elems
        else:
            return False
    return True


class _EndOfBlock:
    """A marker on the lint's work stack: a basic block ends here (after a call's or a
    checked operation's operands)."""


_END_OF_BLOCK: Final = _EndOfBlock()


@dataclass(frozen=True, slots=True)
class _Store:
    """A marker on the lint's work stack: a `mut` local gets `value` (None: unknown) once
    the assignment's right side has been visited."""

    local: HirId
    value: Value | None


_CONTROL_FLOW: Final = (
    hir.IfExpr, hir.MatchExpr, hir.LoopExpr, hir.LetExpr, hir.BreakExpr, hir.RetExpr,
)
_CHECKED_OPS: Final = frozenset(
    {BinOpKind.ADD, BinOpKind.SUB, BinOpKind.MUL, BinOpKind.DIV, BinOpKind.REM, BinOpKind.SHL, BinOpKind.SHR}
)


_UNTRACKED_ASSIGN_OPS: Final = frozenset({BinOpKind.DIV, BinOpKind.REM, BinOpKind.SHL, BinOpKind.SHR})
"""Compound assignments whose result rustc's lint does not propagate (`x /= 1; x *= BIG`
is not reported, `x = x / 1; x *= BIG` is: measured on rustc 1.95)."""


def _checked_op(node: object) -> bool:
    """Whether MIR ends a basic block at `node` with an assert (overflow, zero divisor,
    bounds) or a branch (`&&`, `||`)."""
    if isinstance(node, hir.BinaryExpr | hir.AssignOpExpr):
        return node.op in _CHECKED_OPS or node.op in (BinOpKind.AND, BinOpKind.OR)
    if isinstance(node, hir.UnaryExpr):
        return node.op is UnOp.NEG
    return isinstance(node, hir.IndexExpr)


def _borrowed_locals(tcx: TyCtxt, root: hir.Expr, results: TypeckResults) -> set[HirId]:
    """Locals whose address is taken somewhere in the body: `&x` / `&x.f`, an auto-ref'd
    method receiver, a `format_args!` argument, a use inside a closure (conservatively)."""
    out: set[HirId] = set()

    def mark(e: hir.Expr) -> None:
        while isinstance(e, hir.FieldExpr | hir.IndexExpr):
            e = e.expr
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if isinstance(res, LocalRes):
                out.add(res.hir_id)

    stack: list[object] = [root]
    in_closure: list[object] = []
    while stack:
        node = stack.pop()
        if isinstance(node, hir.AddrOfExpr):
            mark(node.expr)
        elif isinstance(node, hir.MethodCallExpr):
            adj = results.adjustments.get(node.receiver.hir_id) or []
            if any(a.kind is AdjustKind.BORROW for a in adj):
                mark(node.receiver)
        elif isinstance(node, hir.FormatArgsExpr):
            for a in node.hir_exprs:
                mark(a)
        elif isinstance(node, hir.ClosureExpr):
            body = tcx.body(node.def_id)
            if body is not None:
                in_closure.append(body.value)
            continue
        stack.extend(_children(node))
    while in_closure:
        node = in_closure.pop()
        if isinstance(node, hir.PathExpr):
            mark(node)
        elif isinstance(node, hir.ClosureExpr):
            body = tcx.body(node.def_id)
            if body is not None:
                in_closure.append(body.value)
            continue
        in_closure.extend(_children(node))
    return out


def _frame(results: TypeckResults) -> Frame:
    return Frame(results)


def _children(node: object) -> list[object]:
    """The HIR expressions, blocks and statements directly inside `node`."""
    out: list[object] = []
    slots = getattr(type(node), "__slots__", ())
    for name in slots:
        v = getattr(node, name, None)
        if isinstance(v, tuple):
            out.extend(x for x in v if _is_node(x))
        elif _is_node(v):
            out.append(v)
    return out


def _is_node(x: object) -> bool:
    cls = type(x)
    got = _NODE_CLASSES.get(cls)
    if got is None:  # (answered once per class: the walks ask of every field of every node)
        got = _NODE_CLASSES[cls] = issubclass(
            cls, hir.Block | hir.LetStmt | hir.ExprStmt | hir.SemiStmt | hir.Arm | hir.ExprField
        ) or cls.__name__.endswith("Expr")
    return got


_NODE_CLASSES: dict[type, bool] = {}
"""`_is_node`'s answer per class."""


_ = Span
