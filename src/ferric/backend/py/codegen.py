"""One function instance → Python source (the body's HIR, its `TypeckResults`, concrete
generic arguments).

Rust is expression-oriented and Python is not: `expr(e)` returns a Python expression for
`e`'s value and appends to the current line buffer the statements that must run first
(blocks, `if`, `match`, loops assign their value to a temporary). Evaluation order is
kept: when an operand needs statements, the operands before it are spilled to temporaries
first (`_operands`). Places (`place.py`) are built from side-effect-free parts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ferric.backend.py import fastpath, ffi, inline, peephole, ranges, textpath
from ferric.backend.py.layout import by_value, int_bits, int_range, is_f32, is_u8, wrap_expr
from ferric.backend.py.mono import CodegenError, Instance, InstKind
from ferric.backend.py.place import (
    AttrPlace,
    DerefPlace,
    ItemPlace,
    LocalPlace,
    Place,
    ReadItemPlace,
    ValuePlace,
)
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, DefRes, HirId, LocalRes, SelfCtorRes
from ferric.syntax.ast import (
    BinOpKind,
    BorrowKind,
    FormatOptions,
    FormatPlaceholder,
    FormatTrait,
    Mutability,
    UnOp,
)
from ferric.ty import ty as t
from ferric.typeck.results import AdjustKind, CaptureKind, TypeckResults

if TYPE_CHECKING:
    from ferric.backend.py.program import Program

_SIMPLE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")

_OVERFLOW_LANG = {
    BinOpKind.ADD: "panic_const_add_overflow",
    BinOpKind.SUB: "panic_const_sub_overflow",
    BinOpKind.MUL: "panic_const_mul_overflow",
}

_TEMP = re.compile(r"_[a-z]+\d+")
"""The name of a temporary `FnCodegen.temp` made."""
_PURE_INDEX = re.compile(r"[A-Za-z_0-9]+( \+ [A-Za-z_0-9]+)?")
"""An index made of locals and literals (`i`, `s_lo + i`)."""

_CMP_PY = {BinOpKind.EQ: "==", BinOpKind.NE: "!=", BinOpKind.LT: "<", BinOpKind.LE: "<=", BinOpKind.GT: ">", BinOpKind.GE: ">="}
_BIT_PY = {BinOpKind.BIT_AND: "&", BinOpKind.BIT_OR: "|", BinOpKind.BIT_XOR: "^"}
_ARITH = frozenset({BinOpKind.ADD, BinOpKind.SUB, BinOpKind.MUL, BinOpKind.DIV, BinOpKind.REM, *_BIT_PY})
"""Operators whose std impls on references to numbers forward to the built-in ones."""


def is_simple(expr: str) -> bool:
    """A name, attribute chain or literal: evaluating it has no effect and costs nothing."""
    if not expr:
        return False
    if expr in ("None", "True", "False"):
        return True
    if all(c in _SIMPLE_CHARS for c in expr) and not expr[0].isdigit():
        return True
    try:
        int(expr)
        return True
    except ValueError:
        return False


def is_const(expr: str) -> bool:
    if expr in ("None", "True", "False"):
        return True
    if expr.startswith(("_S", "_L", "_K")) and expr[2:].isdigit():
        return True
    try:
        float(expr)
        return True
    except ValueError:
        return expr.startswith("'") or expr.startswith('"')


class _Loop:
    __slots__ = ("hir_id", "label_id", "nonlocal_used", "python_loop", "result")

    def __init__(self, hir_id: HirId | None, result: str | None, python_loop: bool, label_id: int) -> None:
        self.hir_id = hir_id
        self.result = result
        self.python_loop = python_loop
        self.nonlocal_used = False
        self.label_id = label_id


class _Scope:
    """Values to drop when a scope ends (locals: end of their block; temporaries: end of their
    statement or other terminating scope), in reverse order of registration."""

    __slots__ = ("drops",)

    def __init__(self) -> None:
        self.drops: list[tuple[str, t.Ty]] = []


class FnCodegen:
    def __init__(self, prog: Program, inst: Instance, results: TypeckResults, symbol: str) -> None:
        self.prog = prog
        self.tcx = prog.tcx
        self.mono = prog.mono
        self.inst = inst
        self.results = results
        self.symbol = symbol
        self.args: t.GenericArgs = inst.args
        self.lines: list[str] = []
        self.indent = 1
        self.ntemp = 0
        self.local_names: dict[HirId, str] = {}
        self.celled: set[HirId] = set()
        self.loops: list[_Loop] = []
        self.upvars: dict[HirId, tuple[int, CaptureKind, t.Ty]] = {}
        """In a closure body: captured variable → (index in the env, capture kind, type)."""
        self.upvar_paths: dict[tuple[HirId, tuple[str, ...]], tuple[int, CaptureKind, t.Ty]] = {}
        self.track_caller = False
        self.in_coroutine = False
        """Compiling the body of an `async fn`/block (a generator: `_cx` is the `Context`)."""
        self.pure = False
        self.plain_text: dict[str, tuple[str, str]] = {}
        """`FmtArgs` expressions of text-only `format_args!` → (`text, capacity`, the
        condition under which `format!` of them only doubles its capacity:
        `PlainText.doubling`)."""
        self.scopes: list[_Scope] = []
        """Scopes of locals with drop glue (innermost last)."""
        self.frames: list[_Scope] = []
        """Terminating scopes collecting temporaries with drop glue (innermost last)."""
        self.extended: set[HirId] = set()
        self.params: set[str] = set()
        self.binding_moves = True
        self.mut_ctx = False
        """While computing a place that is used mutably."""
        self.env_drops: list[tuple[str, t.Ty]] = []
        """Whether by-value bindings move out of their place (not while testing a guard)."""
        """Operands of `let x = &EXPR;` whose temporaries live to the end of the block."""
        """While building a pattern's test: `spill` inlines instead of emitting a statement, so the
        test is one short-circuiting expression (`s.t == 1 and s.f0.t == 0`)."""
        self.facts: dict[str, ranges.Interval] = {}
        """Value ranges of immutable integer locals where the code being compiled runs
        (`ranges`)."""
        self.arith: dict[str, ranges.Arith] = {}
        """Checked arithmetic expressions generated so far, for `ranges.merge_check`."""
        self.slice_params: set[str] = set()
        """Slice parameters and immutable slice locals: no code can rebind them, so their
        buffer, start and length are read once (`s_b`, `s_lo`, `s_n`)."""
        self.hoisted: dict[str, None] = {}
        """The slice parameters whose parts are read into locals on entry."""
        self.fixed_len: set[str] = set()
        """Sequences whose length cannot change in this body (`ranges.index_in_bounds`):
        slice parameters and locals, the lists of `&Vec` parameters."""
        self.len_of: dict[str, str] = {}
        """Immutable locals holding the length of a `fixed_len` sequence."""
        self.range_ends: dict[HirId, str] = {}
        """`for` loops over `a..n` with `n` an immutable local (`ranges.note_for_loop`)."""
        self.below: dict[str, str] = {}
        """Items of the `for` loops being compiled → the local their range ends at."""
        self.single_use: set[HirId] = set()
        """Locals read once, outside any loop or closure their binding is not in
        (`_find_single_use`)."""
        self.fresh: set[str] = set()
        """Locals of by-identity Copy types bound to a copy made for them (`bind_pat`)."""
        self.elements: dict[tuple[str, str], str] = {}
        """(slice, loop item) → the local holding that element, read once per iteration
        (`ranges.cached_elements`)."""
        self.read_guards: list[tuple[str, str, object]] | None = None
        """In a statement of reads and arithmetic only (`_guarded_stmt`): the `Vec` element
        reads (list, index, span) made inline so far, in evaluation order."""

    # -- output -------------------------------------------------------------------------------

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)

    @contextmanager
    def indented(self) -> Iterator[None]:
        self.indent += 1
        mark = len(self.lines)
        try:
            yield
        finally:
            if len(self.lines) == mark:
                self.emit("pass")
            self.indent -= 1

    def set_result(self, result: str | None, v: str, diverges: bool) -> None:
        """A branch's value `v` goes to the construct's `result` variable (none when unit or
        when the branch diverges); a value with effects is still evaluated."""
        if result is not None and not diverges:
            self.emit(f"{result} = {v}")
        elif not is_simple(v) and not is_const(v):
            self.emit(v)

    def temp(self, hint: str = "t") -> str:
        self.ntemp += 1
        return f"_{hint}{self.ntemp}"

    # -- drops ------------------------------------------------------------------------------------

    @contextmanager
    def drop_scope(self, frame: bool = False) -> Iterator[_Scope]:
        """A scope whose registered values are dropped when it is left in any way (falling
        through, `return`, `break`, a panic unwinding): its code runs in `try`/`finally`."""
        sc = _Scope()
        stack = self.frames if frame else self.scopes
        stack.append(sc)
        mark = len(self.lines)
        indent = self.indent
        try:
            yield sc
        finally:
            stack.pop()
        if sc.drops:
            self._wrap_drops(mark, indent, sc)

    def _wrap_drops(self, mark: int, indent: int, sc: _Scope) -> None:
        body = self.lines[mark:]
        del self.lines[mark:]
        ind = "    " * indent
        seen: set[str] = set()
        for name, _ in sc.drops:
            if name.isidentifier() and name not in seen and name not in self.params:
                seen.add(name)
                self.lines.append(f"{ind}{name} = UNINIT")
        self.lines.append(f"{ind}try:")
        self.lines.extend("    " + line for line in body)
        if not body:
            self.lines.append(f"{ind}    pass")
        self.lines.append(f"{ind}finally:")
        for name, ty in reversed(sc.drops):
            self.lines.append(f"{ind}    {self.prog.drop_expr(ty, name)}")

    def needs_drop(self, ty: t.Ty) -> bool:
        return not by_value(ty) and self.prog.needs_drop(ty)

    def register_local(self, name: str, ty: t.Ty) -> None:
        if self.scopes and self.needs_drop(ty) and (name, ty) not in self.scopes[-1].drops:
            self.scopes[-1].drops.append((name, ty))

    def register_temp(self, name: str, ty: t.Ty, hir_id: HirId | None = None) -> None:
        if not self.needs_drop(ty) or not name.isidentifier():
            return
        if hir_id is not None and hir_id in self.extended and self.scopes:
            self.scopes[-1].drops.append((name, ty))
        elif self.frames:
            self.frames[-1].drops.append((name, ty))

    def move_out(self, place: Place) -> str:
        """Read `place` as a moved operand: when its type has drop glue, the place is left
        `UNINIT` so only the new owner drops the value."""
        v = self.read_operand(place)
        if not self.needs_drop(place.ty) or self.prog.is_copy(place.ty):
            return v
        if isinstance(place, DerefPlace) or (isinstance(place, ValuePlace) and not place.expr.isidentifier()):
            return v
        tmp = self.temp("mv")
        self.emit(f"{tmp} = {v}")
        self.emit(place.write("UNINIT"))
        return tmp

    def take_spilled(self, name: str, read: Callable[[str], str | None]) -> str | None:
        """When the temporary `name` was assigned by the last line emitted, in this block,
        an expression that `read` turns into something (not None): that line is removed
        (the caller evaluates the expression in its place, where it is used once) and
        `read`'s result returned; else None."""
        prefix = "    " * self.indent + f"{name} = "
        if not _TEMP.fullmatch(name) or not self.lines or not self.lines[-1].startswith(prefix):
            return None
        if any(v == name for scope in (*self.scopes, *self.frames) for v, _ in scope.drops):
            return None  # (its drop uses it later)
        got = read(self.lines[-1][len(prefix) :])
        if got is not None:
            self.lines.pop()
        return got

    def spill(self, expr: str, hint: str = "t") -> str:
        if is_simple(expr) or is_const(expr):
            return expr
        if self.pure:
            return f"({expr})"
        name = self.temp(hint)
        self.emit(f"{name} = {expr}")
        return name

    # -- types ----------------------------------------------------------------------------------

    def ty(self, ty: t.Ty) -> t.Ty:
        return self.mono.concrete(ty, self.args)

    def node_ty(self, hir_id: HirId) -> t.Ty:
        ty = self.results.node_types.get(hir_id)
        if ty is None:
            raise CodegenError("an expression has no type")
        return self.ty(ty)

    def expr_ty(self, e: hir.Expr) -> t.Ty:
        return self.node_ty(e.hir_id)

    def is_never(self, e: hir.Expr) -> bool:
        ty = self.results.node_types.get(e.hir_id)
        if ty is None:
            if isinstance(e, hir.BlockExpr) and e.block.expr is not None:
                return self.is_never(e.block.expr)
            return False
        return ty.is_never

    def expr_ty_adjusted(self, e: hir.Expr) -> t.Ty:
        adj = self.results.adjustments.get(e.hir_id)
        if adj:
            return self.ty(adj[-1].target)
        return self.expr_ty(e)

    def node_args(self, hir_id: HirId) -> t.GenericArgs:
        return self.mono.concrete_args(self.results.node_args.get(hir_id, ()), self.args)

    # -- functions ------------------------------------------------------------------------------

    def compile_fn(self, body: hir.Body, params: list[str], is_closure: bool) -> list[str]:
        self._find_celled(body)
        self._find_single_use(body)
        head = list(params)
        binds: list[tuple[hir.Pat, str]] = []
        for i, p in enumerate(body.params):
            pat = p.pat
            if isinstance(pat, hir.BindingPat) and pat.sub is None and self._binding_by_value(pat):
                name = self.local_name(pat)
                if pat.hir_id in self.celled:
                    head.append(f"{name}_a")
                    binds.append((pat, f"{name}_a"))
                else:
                    head.append(name)
            else:
                arg = f"_a{i}"
                head.append(arg)
                binds.append((pat, arg))
        if self.track_caller:
            head.append("_loc=None")
        self.params = set(head)
        for p in body.params:
            pat = p.pat
            if isinstance(pat, hir.BindingPat) and pat.sub is None and pat.hir_id not in self.celled and not self.in_coroutine:
                mode = self.results.pat_binding_modes.get(pat.hir_id)
                pty = self.pat_ty(pat)
                if mode is None or mode.by_ref is not None or mode.mutbl is not Mutability.NOT or not isinstance(pty, t.Ref):
                    continue
                if isinstance(pty.pointee, t.Slice):
                    self.slice_params.add(self.local_name(pat))
                    self.fixed_len.add(self.local_name(pat))
                elif pty.mutbl is Mutability.NOT and isinstance(pty.pointee, t.Adt) and self.tcx.is_lang_item(pty.pointee.def_id, "Vec"):
                    self.fixed_len.add(f"{self.local_name(pat)}.a")
        # Drop order at the end: the body's locals, its tail's temporaries, then the
        # parameters (and a `FnOnce` closure's captured values).
        with self.drop_scope():
            for pat, arg in binds:
                self.bind_irrefutable(pat, ValuePlace(self.pat_ty(pat), arg))
            for p in body.params:
                pat = p.pat
                if isinstance(pat, hir.BindingPat) and pat.sub is None and self._binding_by_value(pat) and pat.hir_id not in self.celled:
                    self.register_local(self.local_name(pat), self.pat_ty(pat))
            self.register_env_drops()
            with self.drop_scope(frame=True):
                value = self.expr(body.value)
                if value != "None":
                    self.emit(f"return {value}")
        if not self.lines:
            self.emit("return None")
        # (A slice parameter's buffer, start and length, read once: `_builtin_index`.)
        self.lines[:0] = [f"    {s}_b, {s}_lo, {s}_n = {s}.b, {s}.lo, {s}.hi - {s}.lo" for s in self.hoisted if s in self.params]
        return [f"def {self.symbol}({', '.join(head)}):", *peephole.tail_returns(self.lines)]

    def register_env_drops(self) -> None:
        """A `FnOnce` closure's body owns the values it captured by value."""
        for name, ty in self.env_drops:
            self.register_local(name, ty)

    def _binding_by_value(self, pat: hir.BindingPat) -> bool:
        mode = self.results.pat_binding_modes.get(pat.hir_id)
        return mode is None or mode.by_ref is None

    def pat_ty(self, pat: hir.Pat) -> t.Ty:
        return self.node_ty(pat.hir_id)

    def local_name(self, pat: hir.BindingPat) -> str:
        hid = pat.canonical if pat.canonical is not None else pat.hir_id
        name = self.local_names.get(hid)
        if name is None:
            base = pat.ident.name.lstrip("_") or "v"
            if not base.isidentifier() or not base.isascii():
                base = "v"
            name = f"{base}_{int(hid)}"
            self.local_names[hid] = name
            if hid != pat.hir_id:
                self.local_names[pat.hir_id] = name
        else:
            self.local_names.setdefault(pat.hir_id, name)
        return name

    def _find_celled(self, body: hir.Body) -> None:
        """Locals of by-value type whose address is taken mutably live in a `Cell`."""
        bindings: dict[HirId, hir.BindingPat] = {}
        results = self.results

        def want(hid: HirId) -> None:
            self.celled.add(hid)

        def local_of(e: hir.Expr) -> HirId | None:
            if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath) and isinstance(e.qpath.path.res, LocalRes):
                return e.qpath.path.res.hir_id
            return None

        def visit(node: object) -> None:
            if isinstance(node, hir.BindingPat):
                bindings[node.hir_id] = node
            if isinstance(node, hir.AddrOfExpr) and (node.mutbl is Mutability.MUT or node.kind is BorrowKind.RAW):
                hid = local_of(node.expr)
                if hid is not None:
                    want(hid)
            if isinstance(node, hir.AssignOpExpr) and node.hir_id in results.operator_methods:
                # `x op= y` through `OpAssign::op_assign(&mut x, y)`.
                hid = local_of(node.lhs)
                if hid is not None:
                    want(hid)
            if isinstance(node, hir.CastExpr) and isinstance(node.expr, hir.AddrOfExpr):
                hid = local_of(node.expr.expr)
                if hid is not None:
                    want(hid)
            hid_self = getattr(node, "hir_id", None)
            if hid_self is not None and isinstance(node, tuple(_EXPR_TYPES)):
                adjs = results.adjustments.get(hid_self)
                # (After a deref the borrow is of the pointee, reached through the pointer.)
                if adjs and adjs[0].kind is AdjustKind.BORROW and (adjs[0].mutbl is Mutability.MUT or isinstance(adjs[0].target, t.RawPtr)):
                    hid = local_of(node)  # type: ignore[arg-type]
                    if hid is not None:
                        want(hid)
                if isinstance(node, hir.ClosureExpr):
                    for cap in results.closure_captures.get(node.def_id, ()):
                        if cap.kind in (CaptureKind.BY_MUT_REF, CaptureKind.BY_UNIQUE_REF) and not cap.projections:
                            want(cap.var)
                    cbody = self.tcx.body(node.def_id)
                    if cbody is not None:
                        visit(cbody)
                    return
            for child in _children(node):
                visit(child)

        visit(body)
        # Keep only by-value locals (objects are their own place).
        for hid in list(self.celled):
            pat = bindings.get(hid)
            if pat is None:
                self.celled.discard(hid)
                continue
            try:
                if not by_value(self.node_ty(hid)):
                    self.celled.discard(hid)
            except CodegenError:
                self.celled.discard(hid)
        # `ref mut` bindings of by-value places need no cell (they point into the place).

    def _find_single_use(self, body: hir.Body) -> None:
        """The locals whose one read is their last and runs at most once per binding: a
        `Copy` value bound to a fresh copy can be passed on there without another copy
        (nothing sees the binding again). Loops and closures are contexts: a read in a
        loop the binding is outside of may run many times; a closure's captures are
        excluded."""
        uses: dict[HirId, list[int]] = {}
        bound: dict[HirId, int] = {}
        captured: set[HirId] = set()
        work: list[tuple[object, int]] = [(body, 0)]
        while work:
            node, ctx = work.pop()
            if isinstance(node, hir.BindingPat):
                bound[node.hir_id] = ctx
            elif isinstance(node, hir.PathExpr) and isinstance(node.qpath, hir.ResolvedPath) and isinstance(node.qpath.path.res, LocalRes):
                uses.setdefault(node.qpath.path.res.hir_id, []).append(ctx)
            elif isinstance(node, hir.ClosureExpr):
                captured.update(cap.var for cap in self.results.closure_captures.get(node.def_id, ()))
                continue
            elif isinstance(node, hir.LoopExpr):
                ctx = int(node.hir_id)
            work.extend((child, ctx) for child in _children(node))
        self.single_use = {hid for hid, u in uses.items() if len(u) == 1 and bound.get(hid) == u[0] and hid not in captured}

    # -- expressions ----------------------------------------------------------------------------

    def expr(self, e: hir.Expr) -> str:
        """The value of `e` after its adjustments (an operand: Copy values are copied)."""
        adjs = self.results.adjustments.get(e.hir_id)
        if not adjs and isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath) and isinstance(e.qpath.path.res, LocalRes):
            hid = e.qpath.path.res.hir_id
            name = self.local_names.get(hid)
            if hid in self.single_use and name in self.fresh and hid not in self.upvars and hid not in self.celled:
                return name  # (its last use: the copy it holds is passed on)
        if not adjs:
            if isinstance(e, hir.PathExpr | hir.FieldExpr) and self._is_place_expr(e) and self.needs_drop(self.expr_ty(e)):
                return self.move_out(self.place(e))
            if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF and self.needs_drop(self.expr_ty(e)):
                return self.move_out_of_box(e)
            return self.expr_unadjusted(e)
        place = self.place_adjusted(e)
        return self.read_operand(place)

    def move_out_of_box(self, e: hir.UnaryExpr) -> str:
        """`*b` moved out of a `Box`: the box (a local or a field) is left `UNINIT`, so its
        drop glue does not drop the value again."""
        v = self.expr_unadjusted(e)
        inner = e.expr
        if self._is_place_expr(inner) and not isinstance(inner, hir.UnaryExpr) and not self.results.adjustments.get(inner.hir_id):
            tmp = self.temp("mv")
            self.emit(f"{tmp} = {v}")
            self.emit(self.place(inner).write("UNINIT"))
            return tmp
        return v

    def read_operand(self, place: Place) -> str:
        if isinstance(place, ValuePlace):
            return place.expr
        v = place.read()
        if not by_value(place.ty) and self.prog.is_copy(place.ty):
            return self.prog.copy_expr(place.ty, v)
        return v

    def place_adjusted(self, e: hir.Expr) -> Place:
        adjs = self.results.adjustments.get(e.hir_id) or []
        # Never-to-any and pointer casts apply to values.
        if adjs and adjs[0].kind is AdjustKind.NEVER_TO_ANY:
            v = self.expr_unadjusted(e)
            return ValuePlace(self.ty(adjs[-1].target), v)
        if not adjs or adjs[0].kind in (AdjustKind.DEREF, AdjustKind.BORROW, AdjustKind.REBORROW):
            if any((a.kind is AdjustKind.BORROW and a.mutbl is Mutability.MUT) or a.kind is AdjustKind.REBORROW or (a.kind is AdjustKind.DEREF and a.mutbl is Mutability.MUT) for a in adjs):
                saved, self.mut_ctx = self.mut_ctx, True
                try:
                    place = self.place(e)
                finally:
                    self.mut_ctx = saved
            else:
                place = self.place(e)
        else:
            # A value adjustment (unsizing a box, reifying a fn): the value is consumed.
            place = ValuePlace(self.expr_ty(e), self.spill(self.expr_unadjusted(e)))
        cur_ty = self.expr_ty(e)
        for adj in adjs:
            target = self.ty(adj.target)
            k = adj.kind
            if k is AdjustKind.DEREF:
                if adj.method is not None:
                    place = self.overloaded_deref(place, cur_ty, adj.method, adj.mutbl is Mutability.MUT, target)
                else:
                    place = self.deref_place(place, cur_ty, target)
            elif k is AdjustKind.BORROW:
                # (A raw pointer reaches the place even when it is `*const`.)
                v = place.ref_mut() if adj.mutbl is Mutability.MUT or isinstance(target, t.RawPtr) else place.ref()
                place = ValuePlace(target, self.spill(v))
            elif k is AdjustKind.REBORROW:
                place = ValuePlace(target, self.spill(place.read()))
            elif k is AdjustKind.UNSIZE:
                place = ValuePlace(target, self.spill(self.unsize(place.read(), cur_ty, target)))
            elif k is AdjustKind.REIFY_FN_POINTER:
                place = ValuePlace(target, self.fn_value(cur_ty))
            elif k is AdjustKind.CLOSURE_FN_POINTER:
                assert isinstance(cur_ty, t.Closure)
                sym = self.prog.closure_symbol(cur_ty)
                env = self.spill(place.read())
                place = ValuePlace(target, self.spill(f"(lambda *a: {sym}({env}, *a))"))
            elif k is AdjustKind.NEVER_TO_ANY:
                pass
            else:  # MUT_TO_CONST_POINTER, UNSAFE_FN_POINTER: same value
                place = ValuePlace(target, self.spill(place.read()))
            cur_ty = target
        return place

    def deref_place(self, place: Place, ptr_ty: t.Ty, pointee: t.Ty) -> Place:
        p = self.spill(place.read())
        shared = isinstance(ptr_ty, t.Ref) and ptr_ty.mutbl is Mutability.NOT
        if isinstance(pointee, t.Str | t.Slice | t.Dynamic) or self.prog.is_unsized_adt(pointee):
            return ValuePlace(pointee, p)
        return DerefPlace(pointee, p, shared)

    def overloaded_deref(self, place: Place, ty: t.Ty, method: DefId, mutable: bool, target: t.Ty) -> Place:
        """`*x` through `Deref::deref(&x)` / `DerefMut::deref_mut(&mut x)`."""
        arg = place.ref_mut() if mutable else place.ref()
        inst = self.mono.resolve(method, (ty,))
        call = self.call_instance(inst, [self.spill(arg)], span=None)
        ref_ty = t.Ref(t.RE_ERASED, target, Mutability.MUT if mutable else Mutability.NOT)
        return self.deref_place(ValuePlace(ref_ty, self.spill(call)), ref_ty, target)

    def expr_unadjusted(self, e: hir.Expr) -> str:
        handler = _HANDLERS.get(type(e))
        if handler is None:
            raise CodegenError(f"expressions of kind {type(e).__name__} are not supported yet")
        return handler(self, e)

    # -- places ---------------------------------------------------------------------------------

    def place(self, e: hir.Expr) -> Place:
        """The place `e` names (before its own adjustments)."""
        ty = self.expr_ty(e)
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if isinstance(res, LocalRes):
                return self.local_place(res.hir_id, ty)
            if isinstance(res, DefRes) and res.kind is DefKind.STATIC:
                return self.prog.static_place(res.def_id, ty)
        if isinstance(e, hir.FieldExpr):
            up = self.upvar_field_place(e, ty)
            if up is not None:
                return up
            base = self.place_adjusted(e.expr)
            return self.field_place(base, self.results.field_indices[e.hir_id], ty)
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
            if e.hir_id in self.results.operator_methods:
                method, _ = self.results.operator_methods[e.hir_id]
                inner = self.place_adjusted(e.expr)
                mutable = self.tcx.item_name(method) == "deref_mut"
                if self.mut_ctx and not mutable:
                    # `*guard += 1`, `*r.borrow_mut() = v`: `DerefMut::deref_mut` (rustc's
                    # `convert_place_derefs_to_mutable`).
                    deref_mut = self.tcx.lang_item("deref_mut")
                    item = self.tcx.find_assoc(deref_mut, "deref_mut") if deref_mut is not None else None
                    if item is not None:
                        method, mutable = item.def_id, True
                return self.overloaded_deref(inner, self.expr_ty_adjusted(e.expr), method, mutable, ty)
            inner = self.place_adjusted(e.expr)
            return self.deref_place(inner, self.expr_ty_adjusted(e.expr), ty)
        if isinstance(e, hir.IndexExpr):
            return self.index_place(e, ty)
        return self.temp_place(e)

    def temp_place(self, e: hir.Expr) -> Place:
        """The value of the rvalue `e` in a temporary (dropped at the end of its terminating
        scope, or of the block for `let x = &temp;`)."""
        ty = self.expr_ty(e)
        # A value, not a place: a mutable use of the temporary does not reach inside it.
        saved, self.mut_ctx = self.mut_ctx, False
        try:
            v = self.expr_unadjusted(e)
        finally:
            self.mut_ctx = saved
        if self.needs_drop(ty) and not ty.is_never:
            tmp = self.temp("tmp")
            self.emit(f"{tmp} = {v}")
            self.register_temp(tmp, ty, e.hir_id)
            return ValuePlace(ty, tmp)
        return ValuePlace(ty, self.spill(v))

    def local_place(self, hid: HirId, ty: t.Ty) -> Place:
        up = self.upvars.get(hid)
        if up is not None:
            return self.upvar_place(up, ty)
        name = self.local_names.get(hid)
        if name is None:
            raise CodegenError("a local is used before its binding was compiled")
        return LocalPlace(ty, name, hid in self.celled)

    def upvar_place(self, up: tuple[int, CaptureKind, t.Ty], ty: t.Ty) -> Place:
        idx, kind, _ = up
        slot = f"_env.f{idx}"
        if kind is CaptureKind.BY_VALUE:
            return AttrPlace(ty, "_env", f"f{idx}")
        shared = kind is CaptureKind.BY_REF
        return DerefPlace(ty, slot, shared)

    def upvar_field_place(self, e: hir.FieldExpr, ty: t.Ty) -> Place | None:
        if not self.upvar_paths:
            return None
        names: list[str] = []
        cur: hir.Expr = e
        while isinstance(cur, hir.FieldExpr):
            names.append(cur.ident.name)
            cur = cur.expr
        if not (isinstance(cur, hir.PathExpr) and isinstance(cur.qpath, hir.ResolvedPath) and isinstance(cur.qpath.path.res, LocalRes)):
            return None
        root = cur.qpath.path.res.hir_id
        names.reverse()
        for n in range(len(names), 0, -1):
            up = self.upvar_paths.get((root, tuple(names[:n])))
            if up is not None:
                if n == len(names):
                    return self.upvar_place(up, ty)
                return None  # a prefix is captured: the generic path reaches it
        return None

    def field_place(self, base: Place, index: int, ty: t.Ty) -> Place:
        base_ty = base.ty
        if self.prog.is_unsized_adt(base_ty):
            # (An unsized struct is its unsized field.)
            return ValuePlace(ty, self.spill(base.read()))
        if type(base) is ItemPlace and is_simple(base.base) and _PURE_INDEX.fullmatch(base.index):
            # (An element of a list whose bounds were checked, by a plain index: reading it
            # again has no effect, and nothing can replace it while its field is in use.)
            obj = base.obj()
        else:
            obj = self.spill(base.obj())
        if isinstance(base_ty, t.Tuple):
            return ItemPlace(ty, obj, str(index))
        return AttrPlace(ty, obj, f"f{index}")

    def index_place(self, e: hir.IndexExpr, ty: t.Ty) -> Place:
        if e.hir_id in self.results.operator_methods:
            method, _ = self.results.operator_methods[e.hir_id]
            mutable = self.tcx.item_name(method) == "index_mut"
            if self.mut_ctx and not mutable:
                # A place used mutably (assigned, `&mut`-borrowed): `IndexMut::index_mut`
                # (rustc's `convert_place_derefs_to_mutable`).
                index_mut = self.tcx.lang_item("index_mut")
                item = self.tcx.find_assoc(index_mut, "index_mut") if index_mut is not None else None
                if item is not None:
                    method, mutable = item.def_id, True
            base = self.place_adjusted(e.expr)
            base_ty = self.expr_ty_adjusted(e.expr)
            saved, self.mut_ctx = self.mut_ctx, False
            idx = self.expr(e.index)
            self.mut_ctx = saved
            idx_ty = self.expr_ty_adjusted(e.index)
            span = e.span.with_lo(e.expr.span.hi) if e.span.ctxt == e.expr.span.ctxt else e.span
            if isinstance(base_ty, t.Adt) and self.tcx.is_lang_item(base_ty.def_id, "Vec") and isinstance(idx_ty, t.Uint):
                # `Vec<T>[usize]`: std's `Index`/`IndexMut` is the element after a bounds check
                # (`panic_bounds_check` at the bracketed part, as the track_caller chain says).
                cached = self.elements.get((f"{base.obj()}.a", idx))
                if cached is not None:
                    return LocalPlace(ty, cached, False)
                if self.read_guards is not None:
                    # (In a guarded statement: a plain subscript, checked by its `except`; a
                    # place used mutably there is the assignment's target, which Python's
                    # subscript store checks as well.)
                    lst = f"{base.obj()}.a"
                    self.read_guards.append((lst, idx, span))
                    return ItemPlace(ty, lst, idx)
                lst = self.spill(f"{base.obj()}.a")
                idx = self.spill(idx)
                if ranges.index_in_bounds(self, lst, idx):
                    return ItemPlace(ty, lst, idx)
                if not self.mut_ctx and not self.pure:
                    # Read: the element itself, Python's `IndexError` as the bounds check
                    # (a `usize` is never negative; the list is the whole vector).
                    v = self.temp("ix")
                    self.emit("try:")
                    self.emit(f"    {v} = {lst}[{idx}]")
                    self.emit("except IndexError:")
                    self.emit(f"    {self.panic_bounds(idx, f'len({lst})', span)}")
                    return ReadItemPlace(ty, lst, idx, v)
                self.emit(f"if {idx} >= len({lst}): {self.panic_bounds(idx, f'len({lst})', span)}")
                return ItemPlace(ty, lst, idx)
            if isinstance(base_ty, t.Slice | t.Array) and isinstance(idx_ty, t.Uint) and idx_ty.bits == 64:
                # (`[T][usize]` is built in, whatever typeck recorded.)
                return self._builtin_index(base, base_ty, self.spill(idx), ty, e.span, unsigned=True)
            arg = self.spill(base.ref_mut() if mutable else base.ref())
            inst = self.mono.resolve(method, (base_ty, idx_ty))
            # (rustc's location for an overloaded index is the bracketed part: `v[i]` → `[i]`.)
            r = self.spill(self.call_instance(inst, [arg, idx], span=span))
            ref_ty = t.Ref(t.RE_ERASED, ty, Mutability.MUT if mutable else Mutability.NOT)
            return self.deref_place(ValuePlace(ref_ty, r), ref_ty, ty)
        base = self.place_adjusted(e.expr)
        base_ty = self.expr_ty_adjusted(e.expr)
        idx = self.spill(self.expr(e.index))
        unsigned = isinstance(self.expr_ty_adjusted(e.index), t.Uint)
        return self._builtin_index(base, base_ty, idx, ty, e.span, unsigned)

    def _builtin_index(self, base: Place, base_ty: t.Ty, idx: str, ty: t.Ty, span: object, unsigned: bool) -> Place:
        """An array or slice element, after the bounds check (an unsigned index is never
        below zero)."""
        low = "" if unsigned else "0 <= "
        if isinstance(base_ty, t.Array):
            lst = self.spill(base.obj())
            n = self.prog.array_len(base_ty)
            self.emit(f"if not {low}{idx} < {n}: {self.panic_bounds(idx, str(n), span)}")
            return ItemPlace(ty, lst, idx)
        if isinstance(base_ty, t.Slice):
            s = self.spill(base.read())
            if s in self.slice_params:
                # (A `&[T]`/`&mut [T]` parameter no code rebinds: its view never changes.)
                cached = self.elements.get((s, idx))
                if cached is not None:
                    return LocalPlace(ty, cached, False)
                self.hoisted[s] = None
                if not ranges.index_in_bounds(self, s, idx):
                    self.emit(f"if not {low}{idx} < {s}_n: {self.panic_bounds(idx, f'{s}_n', span)}")
                return ItemPlace(ty, f"{s}_b", f"{s}_lo + {idx}")
            self.emit(f"if not {low}{idx} < {s}.hi - {s}.lo: {self.panic_bounds(idx, f'{s}.hi - {s}.lo', span)}")
            return ItemPlace(ty, f"{s}.b", f"{s}.lo + {idx}")
        raise CodegenError(f"indexing `{base_ty}` is not supported")

    def panic_bounds(self, idx: str, length: str, span: object) -> str:
        fn = self.prog.lang_fn("panic_bounds_check")
        return f"{fn}({idx}, {length}, {self.loc(span)})"

    def loc(self, span: object) -> str:
        if self.track_caller:
            return f"(_loc or {self.prog.location(span)})"
        if self.inst.kind is InstKind.ITEM or self.inst.kind is InstKind.CLOSURE:
            # (A std function that panics where rustc's std says, not in ferric's sources.)
            fixed = self.prog.rustc_location(self.inst.def_id)
            if fixed is not None:
                return fixed
        return self.prog.location(span)

    # -- operands in order ------------------------------------------------------------------------

    def operands(self, exprs: list[hir.Expr]) -> list[str]:
        out: list[str] = []
        for e in exprs:
            mark = len(self.lines)
            v = self.expr(e)
            if len(self.lines) > mark:
                # `e` ran statements: the operands before it must be evaluated before them.
                spills = []
                for i, prev in enumerate(out):
                    # (A temporary of this function is assigned once: `e` cannot change it.)
                    if not is_const(prev) and not _TEMP.fullmatch(prev):
                        name = self.temp("o")
                        spills.append("    " * self.indent + f"{name} = {prev}")
                        out[i] = name
                self.lines[mark:mark] = spills
            out.append(v)
        return out

    # -- literals, paths ------------------------------------------------------------------------

    def lit(self, e: hir.LitExpr) -> str:
        ty = self.expr_ty(e)
        lit = e.lit
        k = lit.kind
        if k is hir.LitKind.INT or k is hir.LitKind.BYTE:
            v = int(lit.value)  # type: ignore[call-overload]
            if e.negated:
                v = -v
            if isinstance(ty, t.Float):
                return self.float_lit(float(v), ty)
            return str(v)
        if k is hir.LitKind.FLOAT:
            v2 = float(str(lit.value))
            if e.negated:
                v2 = -v2
            return self.float_lit(v2, ty)
        if k is hir.LitKind.BOOL:
            return "True" if lit.value else "False"
        if k is hir.LitKind.CHAR:
            return repr(lit.value)
        if k is hir.LitKind.STR:
            return self.prog.str_const(str(lit.value).encode("utf-8"))
        if k is hir.LitKind.BYTE_STR:
            data = lit.value
            assert isinstance(data, bytes)
            if isinstance(ty, t.Ref) and isinstance(ty.pointee, t.Slice):
                return self.prog.str_const(data)
            return f"list({data!r})"
        if k is hir.LitKind.C_STR:
            # `&CStr` is the fat pointer of its bytes, the final NUL included.
            data = lit.value
            assert isinstance(data, bytes)
            return self.prog.str_const(data)
        raise CodegenError(f"literal {k.value} not supported")

    def float_lit(self, v: float, ty: t.Ty) -> str:
        if is_f32(ty):
            from ferric.rt.num import f32_round

            v = f32_round(v)
        if v != v:
            return "_NAN"
        if v in (float("inf"), float("-inf")):
            return "_INF" if v > 0 else "(-_INF)"
        return repr(v)

    def path_expr(self, e: hir.PathExpr) -> str:
        ty = self.expr_ty(e)
        q = e.qpath
        if isinstance(q, hir.ResolvedPath):
            res = q.path.res
            if isinstance(res, LocalRes):
                return self.read_operand(self.local_place(res.hir_id, ty))
            if isinstance(res, SelfCtorRes):
                return self.unit_or_fn_ctor(ty)
            if isinstance(res, DefRes):
                return self.def_value(res.kind, res.def_id, e, ty)
        if isinstance(q, hir.TypeRelativePath):
            tdd = self.results.type_dependent_defs.get(e.hir_id)
            if tdd is None:
                raise CodegenError("unresolved associated path")
            return self.def_value(tdd[0], tdd[1], e, ty)
        if isinstance(q, hir.LangItemPath):
            return self.unit_or_fn_ctor(ty)
        raise CodegenError("unsupported path")

    def unit_or_fn_ctor(self, ty: t.Ty) -> str:
        if isinstance(ty, t.FnDef):
            return self.fn_value(ty)
        if isinstance(ty, t.Adt):
            return self.construct_unit(ty)
        raise CodegenError(f"unsupported constructor of `{ty}`")

    def def_value(self, kind: DefKind, def_id: DefId, e: hir.Expr, ty: t.Ty) -> str:
        if isinstance(ty, t.FnDef):
            return self.fn_value(ty)
        if kind is DefKind.CTOR:
            assert isinstance(ty, t.Adt)
            return self.construct_unit(ty, def_id)
        if kind in (DefKind.CONST, DefKind.ASSOC_CONST):
            args = self.node_args(e.hir_id)
            return self.prog.const_value(def_id, args, ty)
        if kind is DefKind.STATIC:
            return self.read_operand(self.prog.static_place(def_id, ty))
        if kind is DefKind.CONST_PARAM:
            return self.const_param(def_id)
        raise CodegenError(f"paths to a {kind.value} are not supported")

    def const_param(self, def_id: DefId) -> str:
        for i, p in enumerate(self.tcx.generics_of(self.inst_generics_owner()).all_params):
            if p.def_id == def_id:
                c = self.args[i]
                return self.prog.const_arg_value(c)
        raise CodegenError("unknown const parameter")

    def inst_generics_owner(self) -> DefId:
        d = self.inst.def_id
        while self.tcx.def_kind(d) is DefKind.CLOSURE:
            p = self.tcx.parent(d)
            assert p is not None
            d = p
        return d

    def construct_unit(self, ty: t.Adt, ctor: DefId | None = None) -> str:
        adt = self.tcx.adt_def(ty.def_id)
        idx = 0
        if ctor is not None and adt.is_enum:
            idx = adt.variant_index_with_id(self.tcx.parent(ctor) or ctor)
        return self.construct(ty, idx, [])

    def fn_value(self, ty: t.Ty) -> str:
        if isinstance(ty, t.FnDef):
            did = ty.def_id
            if self.tcx.def_kind(did) is DefKind.CTOR:
                return self.prog.ctor_fn(ty)
            inst = self.mono.resolve(did, self.mono.concrete_args(ty.args, ()))
            return self.prog.fn_value(inst)
        raise CodegenError(f"`{ty}` is not a function item")

    # -- calls ------------------------------------------------------------------------------------

    def call(self, e: hir.CallExpr) -> str:
        fty = self.expr_ty_adjusted(e.func)
        if isinstance(fty, t.FnDef):
            did = fty.def_id
            if self.tcx.def_kind(did) is DefKind.CTOR:
                args = self.operands(list(e.args))
                adt_ty = self.ty(self.tcx.fn_sig_instantiated(did, fty.args).output)
                assert isinstance(adt_ty, t.Adt)
                adt = self.tcx.adt_def(adt_ty.def_id)
                idx = adt.variant_index_with_id(self.tcx.parent(did) or did) if adt.is_enum else 0
                return self.construct(adt_ty, idx, args)
            if not isinstance(e.func, hir.PathExpr):
                self.expr(e.func)
            if ffi.is_foreign(self.prog, did):
                return ffi.foreign_call(self, e, fty)
            args = self.operands(list(e.args))
            inst = self.mono.resolve(did, fty.args)
            return self.call_instance(inst, args, span=e.span)
        if isinstance(fty, t.Closure):
            # `Fn`/`FnMut` closures are called through a reference to them (a `Copy` closure
            # is not copied); a `FnOnce` one is moved into the call.
            f = self.spill(self.expr(e.func) if fty.kind_ty == t.CLOSURE_KIND_FN_ONCE else self.place_adjusted(e.func).read())
            args = self.operands(list(e.args))
            sym = self.prog.closure_symbol(fty)
            return f"{sym}({', '.join([f, *args])})"
        if isinstance(fty, t.FnPtr):
            f = self.spill(self.expr(e.func))
            args = self.operands(list(e.args))
            return f"{f}({', '.join(args)})"
        # Overloaded call: `Fn*::call*` on a reference, a box, a `dyn Fn`.
        om = self.results.operator_methods.get(e.hir_id)
        if om is None:
            raise CodegenError(f"calling a value of type `{fty}` is not supported")
        method, margs = om
        margs_c = self.mono.concrete_args(margs, self.args)
        inst = self.mono.resolve(method, margs_c)
        name = self.tcx.item_name(method)
        if inst.kind is InstKind.ITEM:
            # An impl with a body (`impl<F: FnMut> FnMut for &mut F`) takes the callee by
            # reference (`call`: `&self`, `call_mut`: `&mut self`), as rustc's autoref does.
            place = self.place_adjusted(e.func)
            f = self.spill(place.ref() if name == "call" else place.ref_mut() if name == "call_mut" else self.read_operand(place))
        elif name == "call_once":
            f = self.spill(self.expr(e.func))
        else:
            f = self.spill(self.place_adjusted(e.func).read())
        args = self.operands(list(e.args))
        return self.call_fn_trait(inst, f, args, e.span)

    def call_fn_trait(self, inst: Instance, f: str, args: list[str], span: object, tupled: str | None = None) -> str:
        """A call of `Fn::call`/`FnMut::call_mut`/`FnOnce::call_once` with the arguments
        spread (`args`) or as one tuple (`tupled`)."""
        spread = args if tupled is None else [f"*{tupled}"]
        if inst.kind is InstKind.CLOSURE:
            assert isinstance(inst.self_ty, t.Closure)
            return f"{self.prog.closure_symbol(inst.self_ty)}({', '.join([f, *spread])})"
        if inst.kind is InstKind.FN_PTR_CALL:
            st = inst.self_ty
            if isinstance(st, t.FnDef):
                callee = self.mono.resolve(st.def_id, st.args)
                if tupled is None:
                    return self.call_instance(callee, args, span)
                return f"{self.prog.fn_value(callee)}(*{tupled})"
            return f"{f}({', '.join(spread)})"
        if inst.kind is InstKind.VIRTUAL:
            key = self.prog.vtable_key(inst.def_id)
            return f"{f}.vt[{key}]({f}.d, {', '.join(spread)})"
        # An impl with a body (`impl<F: Fn> Fn for &F`): takes the tuple.
        tup = tupled if tupled is not None else f"[{', '.join(args)}]"
        return self.call_instance(inst, [f, tup], span)

    def method_call(self, e: hir.MethodCallExpr) -> str:
        tdd = self.results.type_dependent_defs.get(e.hir_id)
        if tdd is None:
            raise CodegenError("unresolved method call")
        did = tdd[1]
        if not self.pure:
            fast = textpath.entry_or_insert(self, e)
            if fast is not None:
                return fast
        args = self.operands([e.receiver, *e.args])
        margs = self.node_args(e.hir_id)
        inst = self.mono.resolve(did, margs)
        if self.prog.is_fn_trait_method(did):
            return self.call_fn_trait(inst, args[0], [], e.span, tupled=args[1] if len(args) > 1 else "[]")
        # rustc's `fn_span` of a method call starts at the method's name (a `#[track_caller]`
        # method reports that column: `x.expect("..")` panics at `expect`).
        name = e.segment.ident.span
        span = e.span._replace(lo=name.lo) if name.ctxt == e.span.ctxt and e.span.lo <= name.lo < e.span.hi else e.span
        return self.call_instance(inst, args, span=span)

    def call_instance(self, inst: Instance, args: list[str], span: object) -> str:
        k = inst.kind
        if k is InstKind.VIRTUAL:
            recv = self.spill(f"{args[0]}.f0" if self.prog.is_pin_receiver(inst.def_id) else args[0])
            key = self.prog.vtable_key(inst.def_id)
            if self.prog.is_fn_trait_method(inst.def_id) and len(args) == 2:
                # `<dyn Fn(A) as Fn>::call(f, (a,))`: vtable entries take the arguments spread.
                return f"{recv}.vt[{key}]({recv}.d, *{args[1]})"
            return f"{recv}.vt[{key}]({', '.join([f'{recv}.d', *args[1:]])})"
        if k is InstKind.CLONE_SHIM:
            assert inst.self_ty is not None
            return self.prog.clone_expr(inst.self_ty, args[0])
        if k is InstKind.DROP_NOOP:
            return "None"
        if k is InstKind.FN_PTR_ADDR:
            return args[0]
        if k is InstKind.COROUTINE_POLL:
            assert isinstance(inst.self_ty, t.Coroutine)
            return f"{self.prog.coroutine_poll(inst.self_ty)}({', '.join(args)})"
        if k is InstKind.CLOSURE or k is InstKind.FN_PTR_CALL:
            tup = args[1] if len(args) > 1 else "[]"
            return self.call_fn_trait(inst, args[0], [], span, tupled=tup)
        intrinsic = self.prog.intrinsic(inst, args, self, span)
        if intrinsic is not None:
            return intrinsic
        fast = fastpath.call(self, inst, args, span)
        if fast is not None:
            return fast
        sym = self.prog.fn_symbol(inst)
        if self.prog.is_track_caller(inst.def_id):
            args = [*args, self.loc(span)]
        else:
            inlined = inline.inline_call(self, inst, sym, args)
            if inlined is not None:
                return inlined
        return f"{sym}({', '.join(args)})"

    # -- operators --------------------------------------------------------------------------------

    def binary(self, e: hir.BinaryExpr) -> str:
        op = e.op
        if op is BinOpKind.AND or op is BinOpKind.OR:
            return self.lazy_bool(e)
        om = self.results.operator_methods.get(e.hir_id)
        if om is not None:
            method, margs = om
            if op in _CMP_PY:
                # Comparison operators take their operands by reference.
                lp = self.place_adjusted(e.lhs)
                lref = self.spill(lp.ref())
                rref = self.place_adjusted(e.rhs).ref()
                inst = self.mono.resolve(method, self.mono.concrete_args(margs, self.args))
                return self.call_instance(inst, [lref, rref], span=e.span)
            a, b = self.operands([e.lhs, e.rhs])
            prim = self._primitive_operands(e)
            if prim is not None:
                # `&a * &b` of numbers: std's forwarding impls (`#[track_caller]`, so their
                # panics report this expression) compute the built-in operation.
                return self.builtin_binop(op, a, b, prim, e.span)
            inst = self.mono.resolve(method, self.mono.concrete_args(margs, self.args))
            return self.call_instance(inst, [a, b], span=e.span)
        a, b = self.operands([e.lhs, e.rhs])
        return self.builtin_binop(op, a, b, self.expr_ty_adjusted(e.lhs), e.span)

    def _primitive_operands(self, e: hir.BinaryExpr) -> t.Ty | None:
        """The number type of an arithmetic operator applied to numbers or shared
        references to them (a reference to a by-value type is the value), else None."""
        if e.op not in _ARITH:
            return None
        lt, rt = self.expr_ty_adjusted(e.lhs), self.expr_ty_adjusted(e.rhs)
        lt = lt.pointee if isinstance(lt, t.Ref) and lt.mutbl is Mutability.NOT else lt
        rt = rt.pointee if isinstance(rt, t.Ref) and rt.mutbl is Mutability.NOT else rt
        if lt != rt or not isinstance(lt, t.Int | t.Uint | t.Float):
            return None
        if e.op in (BinOpKind.SHL, BinOpKind.SHR):
            return None
        return lt

    def builtin_binop(self, op: BinOpKind, a: str, b: str, ty: t.Ty, span: object) -> str:
        if op in _CMP_PY:
            if isinstance(ty, t.Ref):
                ty = ty.pointee
            rem = _SIGNED_REM.fullmatch(a) if b == "0" and op in (BinOpKind.EQ, BinOpKind.NE) else None
            if rem is not None:
                # (A remainder is zero whatever its sign: Python's `%` tells as well.)
                return f"({rem.group(1)} % {rem.group(2)} {_CMP_PY[op]} 0)"
            return f"({a} {_CMP_PY[op]} {b})"
        if isinstance(ty, t.Bool):
            return f"({a} {_BIT_PY[op]} {b})"
        if isinstance(ty, t.Float):
            return self.float_binop(op, a, b, ty)
        if not isinstance(ty, t.Int | t.Uint):
            raise CodegenError(f"operator `{op.value}` on `{ty}`")
        lo, hi = int_range(ty)
        bits, signed = int_bits(ty)  # type: ignore[misc]
        release = self.prog.release
        if op in _BIT_PY:
            return f"({a} {_BIT_PY[op]} {b})"
        if op in (BinOpKind.ADD, BinOpKind.SUB, BinOpKind.MUL):
            pyop = {BinOpKind.ADD: "+", BinOpKind.SUB: "-", BinOpKind.MUL: "*"}[op]
            if release:
                return wrap_expr(f"{a} {pyop} {b}", bits, signed)
            if ranges.cannot_overflow(self, op, a, b, ty):
                return f"({a} {pyop} {b})"
            r = self.temp("r")
            fail = f"{self.prog.lang_fn(_OVERFLOW_LANG[op])}({self.loc(span)})"
            if not signed:
                # (Unsigned operands are never negative: a sum or product can only exceed
                # the maximum, a difference only go below zero.)
                cond = f"({r} := {a} {pyop} {b}) >= 0" if op is BinOpKind.SUB else f"({r} := {a} {pyop} {b}) <= {hi}"
                return ranges.merge_check(self, op, a, b, ty, pyop, f"({r} if {cond} else {fail})")
            return ranges.merge_check(self, op, a, b, ty, pyop, f"({r} if {lo} <= ({r} := {a} {pyop} {b}) <= {hi} else {fail})")
        if op in (BinOpKind.DIV, BinOpKind.REM):
            a, b = self.spill(a), self.spill(b)
            div = op is BinOpKind.DIV
            const = _const_divisor(b)
            if const is not None:
                known = ranges.interval(self, a)
                # (A dividend known not to be negative divides as an unsigned one.)
                return _div_by_const(a, const, div, signed and (known is None or known[0] < 0))
            zero = self.prog.lang_fn("panic_const_div_by_zero" if div else "panic_const_rem_by_zero")
            if not signed:
                return f"({a} {'//' if div else '%'} {b} if {b} else {zero}({self.loc(span)}))"
            ovf = self.prog.lang_fn("panic_const_div_overflow" if div else "panic_const_rem_overflow")
            fn = "sdiv" if div else "srem"
            return (
                f"({fn}({a}, {b}) if {b} and ({b} != -1 or {a} != {lo}) "
                f"else ({zero}({self.loc(span)}) if not {b} else {ovf}({self.loc(span)})))"
            )
        if op in (BinOpKind.SHL, BinOpKind.SHR):
            a, b = self.spill(a), self.spill(b)
            shl = op is BinOpKind.SHL
            shifted = f"wrap({a} << {{s}}, {bits}, {signed})" if shl else f"({a} >> {{s}})"
            if release:
                return shifted.format(s=f"({b} & {bits - 1})")
            amount = ranges.interval(self, b)
            if amount is not None and amount[0] >= 0 and amount[1] < bits:
                return shifted.format(s=b)  # (a shift amount known in range)
            fail = self.prog.lang_fn("panic_const_shl_overflow" if shl else "panic_const_shr_overflow")
            return f"({shifted.format(s=b)} if 0 <= {b} < {bits} else {fail}({self.loc(span)}))"
        raise CodegenError(f"operator `{op.value}` on integers")

    def float_binop(self, op: BinOpKind, a: str, b: str, ty: t.Ty) -> str:
        f32 = is_f32(ty)
        if op is BinOpKind.DIV and not f32 and _nonzero_number(b):
            return f"({a} / {b})"
        if op is BinOpKind.DIV and not f32 and not self.pure:
            # (Python's `/` is IEEE's but for a zero divisor, which `fdiv` handles.)
            a, b = self.spill(a), self.spill(b)
            return f"({a} / {b} if {b} else fdiv({a}, {b}))"
        if op is BinOpKind.DIV:
            r = f"fdiv({a}, {b})"
        elif op is BinOpKind.REM:
            r = f"frem({a}, {b})"
        else:
            pyop = {BinOpKind.ADD: "+", BinOpKind.SUB: "-", BinOpKind.MUL: "*"}.get(op)
            if pyop is None:
                raise CodegenError(f"operator `{op.value}` on floats")
            r = f"({a} {pyop} {b})"
        return f"f32_round({r})" if f32 else r

    def lazy_bool(self, e: hir.BinaryExpr) -> str:
        a = self.expr(e.lhs)
        mark = len(self.lines)
        self.indent += 1
        b = self.expr(e.rhs)
        self.indent -= 1
        if len(self.lines) == mark:
            return f"({a} {'and' if e.op is BinOpKind.AND else 'or'} {b})"
        body = self.lines[mark:]
        del self.lines[mark:]
        r = self.temp("b")
        self.emit(f"{r} = {a}")
        self.emit(f"if {'' if e.op is BinOpKind.AND else 'not '}{r}:")
        self.lines.extend(body)
        self.indent += 1
        self.emit(f"{r} = {b}")
        self.indent -= 1
        return r

    def unary(self, e: hir.UnaryExpr) -> str:
        if e.op is UnOp.DEREF:
            return self.read_operand(self.place(e))
        om = self.results.operator_methods.get(e.hir_id)
        if om is not None:
            method, margs = om
            a = self.expr(e.expr)
            inst = self.mono.resolve(method, self.mono.concrete_args(margs, self.args))
            return self.call_instance(inst, [a], span=e.span)
        a = self.expr(e.expr)
        ty = self.expr_ty_adjusted(e.expr)
        if e.op is UnOp.NOT:
            if isinstance(ty, t.Bool):
                return f"(not {a})"
            if isinstance(ty, t.Int):
                return f"(~{a})"
            if isinstance(ty, t.Uint):
                return f"({a} ^ {(1 << ty.bits) - 1})"
        if e.op is UnOp.NEG:
            if isinstance(ty, t.Float):
                return f"(-{a})"
            if isinstance(ty, t.Int):
                lo, _ = int_range(ty)
                if self.prog.release:
                    return f"wrap(-{a}, {ty.bits}, True)"
                v = self.spill(a)
                return f"(-{v} if {v} != {lo} else {self.prog.lang_fn('panic_const_neg_overflow')}({self.loc(e.span)}))"
        raise CodegenError(f"unary `{e.op.value}` on `{ty}`")

    def cast(self, e: hir.CastExpr) -> str:
        src_ty = self.expr_ty_adjusted(e.expr)
        dst = self.expr_ty(e)
        inner = e.expr
        if isinstance(dst, t.RawPtr) and by_value(dst.pointee) and isinstance(inner, hir.AddrOfExpr) and self._reborrows_as_raw(inner):
            # `&x as *const T`: the raw pointer must reach the place (UnsafeCell writes through
            # it), not the value a shared reference to a by-value type is.
            place = self.place_adjusted(inner.expr)
            return self.prog.cast(place.ref_mut(), t.RawPtr(place.ty, Mutability.NOT), dst) if by_value(place.ty) else self.prog.cast(place.read(), src_ty, dst)
        if e.hir_id in self.results.coercion_casts:
            return self.expr(e.expr)
        v = self.expr(e.expr)
        return self.prog.cast(v, src_ty, dst)

    def _reborrows_as_raw(self, e: hir.AddrOfExpr) -> bool:
        """Whether `e`'s value is its place's address: no adjustments, or the coercion of
        `&x` to `*const T` (a built-in deref then a borrow to a raw pointer)."""
        adjs = self.results.adjustments.get(e.hir_id)
        if not adjs:
            return True
        return len(adjs) == 2 and adjs[0].kind is AdjustKind.DEREF and adjs[0].method is None and adjs[1].kind is AdjustKind.BORROW and isinstance(adjs[1].target, t.RawPtr)

    def assign(self, e: hir.AssignExpr) -> str:
        if isinstance(e.lhs, hir.TupleExpr | hir.StructExpr | hir.CallExpr | hir.ArrayExpr):
            raise CodegenError("destructuring assignment is not supported yet")
        v = self.expr(e.rhs)
        v = self.spill(v) if not is_simple(v) else v
        place = self.mutable_place(e.lhs)
        if self.needs_drop(place.ty):
            # The old value is dropped first (nothing when the place was moved out of).
            self.emit(self.prog.drop_expr(place.ty, place.read()))
        self.emit(place.write(v))
        return "None"

    def assign_op(self, e: hir.AssignOpExpr) -> str:
        om = self.results.operator_methods.get(e.hir_id)
        if om is not None:
            method, margs = om
            rhs = self.spill(self.expr(e.rhs))
            place = self.mutable_place(e.lhs)
            inst = self.mono.resolve(method, self.mono.concrete_args(margs, self.args))
            self.emit(self.call_instance(inst, [self.spill(place.ref_mut()), rhs], span=e.span))
            return "None"
        rhs = self.expr(e.rhs)
        mark = len(self.lines)
        place = self.mutable_place(e.lhs)
        inplace = _FLOAT_INPLACE.get(e.op)
        if inplace is not None and isinstance(place.ty, t.Float) and not is_f32(place.ty) and type(place) in (AttrPlace, ItemPlace) and _effect_free(self, e.rhs):
            # `f64` `p += x` (`-=`, `*=`) as Python's in-place operator on the place (IEEE's
            # operation, no rounding to do): `x` has no effect and cannot panic, so that it
            # is evaluated after the place's parts cannot be seen.
            self.emit(f"{place.read()} {inplace}= {rhs}")
            return "None"
        local = len(self.lines) == mark and isinstance(place, LocalPlace) and not place.celled
        if not local and not is_simple(rhs) and not is_const(rhs):
            # (The right operand is evaluated first: before the place's statements.)
            tmp = self.temp()
            self.lines.insert(mark, "    " * self.indent + f"{tmp} = {rhs}")
            rhs = tmp
        ty = place.ty
        cur = place.read()
        if isinstance(place, LocalPlace) and not place.celled and self._local_assign_op(e.op, cur, rhs, ty, e.span):
            return "None"
        self.emit(place.write(self.builtin_binop(e.op, cur, rhs, ty, e.span)))
        return "None"

    def _local_assign_op(self, op: BinOpKind, x: str, rhs: str, ty: t.Ty, span: object) -> bool:
        """`x += rhs` (`-=`, `*=`) of an integer local (debug build) as `x = x + rhs`, then
        the range test as a statement: cheaper than testing a walrus temporary. Nothing can
        see the out-of-range value: the panic leaves this frame, and `x` is no cell."""
        pyop = {BinOpKind.ADD: "+", BinOpKind.SUB: "-", BinOpKind.MUL: "*"}.get(op)
        if pyop is None or self.prog.release or not isinstance(ty, t.Int | t.Uint) or not x.isidentifier():
            return False
        if ranges.cannot_overflow(self, op, x, rhs, ty):
            self.emit(f"{x} = {x} {pyop} {rhs}")
            return True
        lo, hi = int_range(ty)
        out = f"{x} < 0" if lo == 0 and op is BinOpKind.SUB else f"{x} > {hi}" if lo == 0 else f"not {lo} <= {x} <= {hi}"
        self.emit(f"{x} = {x} {pyop} {rhs}")
        self.emit(f"if {out}: {self.prog.lang_fn(_OVERFLOW_LANG[op])}({self.loc(span)})")
        return True

    # -- aggregates ----------------------------------------------------------------------------

    def tuple_expr(self, e: hir.TupleExpr) -> str:
        if not e.elems:
            return "None"
        return f"[{', '.join(self.operands(list(e.elems)))}]"

    def array_expr(self, e: hir.ArrayExpr) -> str:
        ty = self.expr_ty(e)
        if isinstance(ty, t.Array) and is_u8(ty.elem):
            # Bytes live in a `bytearray` (so `&[u8]` slices of them are byte slices).
            return f"bytearray([{', '.join(self.operands(list(e.elems)))}])"
        return f"[{', '.join(self.operands(list(e.elems)))}]"

    def repeat_expr(self, e: hir.RepeatExpr) -> str:
        ty = self.expr_ty(e)
        assert isinstance(ty, t.Array)
        n = self.prog.array_len(ty)
        v = self.spill(self.expr(e.elem))
        elem_ty = ty.elem
        if is_u8(elem_ty):
            return f"bytearray([{v}]) * {n}"
        if by_value(elem_ty):
            return f"[{v}] * {n}"
        return f"[{self.prog.copy_expr(elem_ty, v)} for _ in range({n})]"

    def struct_expr(self, e: hir.StructExpr) -> str:
        ty = self.expr_ty(e)
        if not isinstance(ty, t.Adt):
            raise CodegenError(f"struct expression of type `{ty}`")
        adt = self.tcx.adt_def(ty.def_id)
        vidx = 0
        if adt.is_enum:
            vdef = self.variant_def_of(e.qpath, e.hir_id, ty)
            vidx = adt.variant_index_with_id(vdef)
        variant = adt.variants[vidx]
        indices = [self.results.field_indices[f.hir_id] for f in e.fields]
        vals = self.operands([f.expr for f in e.fields])
        if indices != sorted(indices):
            # Fields are evaluated in the order written, whatever their declaration order.
            vals = [self.spill(v) for v in vals]
        slots: list[str | None] = [None] * len(variant.fields)
        for i, v in zip(indices, vals, strict=True):
            slots[i] = v
        if e.base is not None:
            base = self.place_adjusted(e.base)
            b = self.spill(base.obj())
            for i in range(len(variant.fields)):
                if slots[i] is None:
                    fty = self.prog.field_ty(ty, vidx, i)
                    slots[i] = self.read_operand(AttrPlace(fty, b, f"f{i}"))
        return self.construct(ty, vidx, [s if s is not None else "None" for s in slots])

    def construct(self, ty: t.Adt, vidx: int, fields: list[str]) -> str:
        """A struct or enum value: `Cls(..)` calls the class's `__init__`, a Python call;
        outside pattern tests the object is made by `obj_new` and its slots are set here,
        in order (the field values were evaluated already, or are evaluated by the stores
        in the order written: making the empty object first has no effect)."""
        v = self.prog.construct(ty, vidx, fields)
        adt = self.tcx.adt_def(ty.def_id)
        if self.pure or adt.is_union or self.in_coroutine:
            return v
        cls = self.prog.adt_class(ty.def_id)
        if not v.startswith(f"{cls}("):
            return v
        if adt.is_enum:
            n = max((len(var.fields) for var in adt.variants), default=0)
            values = [("t", str(vidx)), *((f"f{i}", fields[i] if i < len(fields) else "None") for i in range(n))]
        else:
            values = [(f"f{i}", f) for i, f in enumerate(fields)]
        if not values:
            return v
        o = self.temp("ob")
        self.emit(f"{o} = obj_new({cls})")
        for slot, val in values:
            self.emit(f"{o}.{slot} = {val}")
        return o

    def variant_def_of(self, qpath: hir.QPath, hir_id: HirId, ty: t.Adt) -> DefId:
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            if isinstance(res, DefRes):
                if res.kind is DefKind.CTOR:
                    return self.tcx.parent(res.def_id) or res.def_id
                return res.def_id
        if isinstance(qpath, hir.LangItemPath):
            did = self.tcx.lang_item(qpath.item)
            if did is not None:
                return did
        tdd = self.results.type_dependent_defs.get(hir_id)
        if tdd is not None:
            d = tdd[1]
            if self.tcx.def_kind(d) is DefKind.CTOR:
                return self.tcx.parent(d) or d
            return d
        if isinstance(qpath, hir.TypeRelativePath):
            # `Self::Leaf(_)` / `Alias::Variant { .. }`: type checking resolved the path by
            # the variant's name on the (enum) type, which is `ty` here.
            name = qpath.segment.ident.name
            for v in self.tcx.adt_def(ty.def_id).variants:
                if v.name == name:
                    return v.def_id
        raise CodegenError("cannot tell which variant a path names")

    def field_expr(self, e: hir.FieldExpr) -> str:
        return self.read_operand(self.place(e))

    def index_expr(self, e: hir.IndexExpr) -> str:
        return self.read_operand(self.place(e))

    def mutable_place(self, e: hir.Expr) -> Place:
        """The place `e` names, used mutably (overloaded indexing goes through `IndexMut`)."""
        saved, self.mut_ctx = self.mut_ctx, True
        try:
            return self.place_adjusted(e) if self.results.adjustments.get(e.hir_id) else self.place(e)
        finally:
            self.mut_ctx = saved

    def addr_of(self, e: hir.AddrOfExpr) -> str:
        place = self.mutable_place(e.expr) if e.mutbl is Mutability.MUT else self.place_adjusted(e.expr)
        if e.mutbl is Mutability.MUT:
            return place.ref_mut()
        if e.kind is BorrowKind.RAW:
            return place.ref_mut() if by_value(place.ty) else place.read()
        return place.ref()

    # -- blocks and control flow ----------------------------------------------------------------

    def block_expr(self, e: hir.BlockExpr) -> str:
        if e.label is None:
            return self.block(e.block)
        ty = self.expr_ty(e)
        result = None if ty.is_unit or ty.is_never else self.temp("lb")
        if result is not None:
            self.emit(f"{result} = None")
        loop = _Loop(e.hir_id, result, True, self.prog.next_label())
        self.loops.append(loop)
        mark = len(self.lines)
        self.emit("while True:")
        with self.indented():
            v = self.block(e.block)
            self.set_result(result, v, self.diverges(e.block))
            self.emit("break")
        self.loops.pop()
        if loop.nonlocal_used:
            self.wrap_nonlocal(mark, loop)
        return result or "None"

    def diverges(self, b: hir.Block) -> bool:
        if b.expr is not None:
            return self.expr_ty(b.expr).is_never if b.expr.hir_id in self.results.node_types else False
        return False

    def block(self, b: hir.Block) -> str:
        if not b.stmts:
            return "None" if b.expr is None else self.expr(b.expr)
        with self.drop_scope() as sc:
            for st in b.stmts:
                self.stmt(st)
            if b.expr is None:
                return "None"
            v = self.expr(b.expr)
            # (The tail's temporaries belong to the enclosing statement, edition 2021.)
            if sc.drops and not is_const(v):
                tmp = self.temp("bv")
                self.emit(f"{tmp} = {v}")
                v = tmp
        return v

    def stmt(self, s: hir.Stmt) -> None:
        if isinstance(s, hir.LetStmt):
            with self.drop_scope(frame=True), self._guarded_stmt(s):
                self.let_stmt(s)
        elif isinstance(s, hir.ExprStmt | hir.SemiStmt):
            with self.drop_scope(frame=True), self._guarded_stmt(s):
                v = self.expr(s.expr)
                ty = self.expr_ty(s.expr)
                if self.needs_drop(ty) and not ty.is_never and v != "None":
                    # The value is discarded: dropped at the end of the statement.
                    tmp = self.temp("dv")
                    self.emit(f"{tmp} = {v}")
                    self.register_temp(tmp, ty)
                elif not is_simple(v) and not is_const(v):
                    self.emit(v)
        # items: compiled on their own

    @contextmanager
    def _guarded_stmt(self, s: hir.Stmt) -> Iterator[None]:
        """A statement made of reads, arithmetic and one assignment (`ranges.guardable`):
        its `Vec` element reads are plain subscripts inside one `try`; Python's
        `IndexError` sends it to the bounds checks, in evaluation order (nothing in such a
        statement changes a length, so the first failing check is the read that failed).
        Another `IndexError` (none is expected) is raised on."""
        if self.read_guards is not None or self.pure or not ranges.guardable(self, s):
            yield
            return
        mark, indent = len(self.lines), self.indent
        self.read_guards = []
        try:
            yield
        finally:
            guards, self.read_guards = self.read_guards, None
        if not guards:
            return
        body = self.lines[mark:]
        del self.lines[mark:]
        pad = "    " * indent
        self.lines.append(f"{pad}try:")
        self.lines.extend("    " + line for line in body)
        self.lines.append(f"{pad}except IndexError:")
        for lst, idx, span in guards:
            self.lines.append(f"{pad}    if {idx} >= len({lst}): {self.panic_bounds(idx, f'len({lst})', span)}")
        self.lines.append(f"{pad}    raise")

    def let_stmt(self, s: hir.LetStmt) -> None:
        pat = s.pat
        if s.init is None:
            for b in _bindings(pat):
                name = self.local_name(b)
                if b.hir_id in self.celled:
                    self.emit(f"{name} = Cell(None)")
                else:
                    self.register_local(name, self.pat_ty(b))
            return
        self._mark_extended(s.init)
        if s.els is not None:
            place = self.place_adjusted(s.init) if self._needs_place(pat) else ValuePlace(self.expr_ty_adjusted(s.init), self.spill(self.expr(s.init)))
            cond = self.pat_cond(pat, place)
            self.emit(f"if not ({cond}):")
            with self.indented():
                self.block(s.els)
            self.bind_pat(pat, place)
            return
        if isinstance(pat, hir.BindingPat) and pat.sub is None and self._binding_by_value(pat):
            v = self.expr(s.init)
            name = self.local_name(pat)
            if pat.hir_id in self.celled:
                self.emit(f"{name} = Cell({v})")
            else:
                self.emit(f"{name} = {v}")
                self.register_local(name, self.pat_ty(pat))
                ranges.note_let(self, pat, name, v)
                self._note_slice_local(pat, name)
            return
        if isinstance(pat, hir.WildPat):
            if self._is_place_expr(s.init) and not self.results.adjustments.get(s.init.hir_id):
                # `let _ = place;` neither moves nor drops, but the place is still evaluated:
                # its index operands, bounds checks and overloaded `Index`/`Deref` calls run.
                if self._place_has_effects(s.init):
                    read = self.place(s.init).read()
                    if not is_simple(read):
                        self.emit(read)
                return
            v = self.expr(s.init)
            ty = self.expr_ty_adjusted(s.init)
            if self.needs_drop(ty) and v != "None":
                tmp = self.temp("dv")
                self.emit(f"{tmp} = {v}")
                self.register_temp(tmp, ty)
            elif not is_simple(v):
                self.emit(v)
            return
        if self._needs_place(pat) or (self._is_place_expr(s.init) and self.needs_drop(self.expr_ty_adjusted(s.init))):
            # Destructuring a place moves only the parts bound by value (the rest is dropped
            # with the place).
            place = self._stable(self.place_adjusted(s.init))
        else:
            place = ValuePlace(self.expr_ty_adjusted(s.init), self.spill(self.expr(s.init)))
        self.bind_irrefutable(pat, place)

    def _note_slice_local(self, pat: hir.BindingPat, name: str) -> None:
        """`let s: &[T] = ..;` (immutable, no cell): its view never changes, so its
        buffer, start and length are read once, here (`_builtin_index`)."""
        mode = self.results.pat_binding_modes.get(pat.hir_id)
        ty = self.pat_ty(pat)
        if mode is None or mode.by_ref is not None or mode.mutbl is not Mutability.NOT or self.in_coroutine:
            return
        if isinstance(ty, t.Ref) and isinstance(ty.pointee, t.Slice) and name.isidentifier():
            self.emit(f"{name}_b, {name}_lo, {name}_n = {name}.b, {name}.lo, {name}.hi - {name}.lo")
            self.slice_params.add(name)
            self.fixed_len.add(name)

    def _mark_extended(self, e: hir.Expr) -> None:
        """`let x = &temp();` (also inside struct, tuple and array literals, casts and block
        tails): the temporary lives as long as `x` (rustc's extended temporary scopes)."""
        if isinstance(e, hir.AddrOfExpr):
            self.extended.add(e.expr.hir_id)
            self._mark_extended(e.expr)
        elif isinstance(e, hir.TupleExpr | hir.ArrayExpr):
            for x in e.elems:
                self._mark_extended(x)
        elif isinstance(e, hir.StructExpr):
            for f in e.fields:
                self._mark_extended(f.expr)
        elif isinstance(e, hir.CastExpr):
            self._mark_extended(e.expr)
        elif isinstance(e, hir.BlockExpr) and e.block.expr is not None:
            self._mark_extended(e.block.expr)

    def _place_has_effects(self, e: hir.Expr) -> bool:
        """Whether evaluating the place `e` (without reading it) can do anything: an index
        (its operand, its bounds check, `Index::index`) or an overloaded dereference."""
        while True:
            if isinstance(e, hir.FieldExpr):
                e = e.expr
            elif isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
                if e.hir_id in self.results.operator_methods:
                    return True
                e = e.expr
            else:
                return not isinstance(e, hir.PathExpr)

    def _is_place_expr(self, e: hir.Expr) -> bool:
        if isinstance(e, hir.PathExpr):
            return isinstance(e.qpath, hir.ResolvedPath) and isinstance(e.qpath.path.res, LocalRes)
        if isinstance(e, hir.FieldExpr | hir.IndexExpr):
            return True
        return isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF

    def _needs_place(self, pat: hir.Pat) -> bool:
        """Whether binding `pat` borrows from the scrutinee (ref bindings, match ergonomics):
        then the scrutinee must be its place, not a copy."""
        for b in _bindings(pat):
            mode = self.results.pat_binding_modes.get(b.hir_id)
            if mode is not None and mode.by_ref is not None:
                return True
        return False

    def if_expr(self, e: hir.IfExpr) -> str:
        ty = self.expr_ty(e)
        result = None if ty.is_unit or ty.is_never else self.temp("if")
        self._if_chain(e, result)
        return result or "None"

    def _if_chain(self, e: hir.IfExpr, result: str | None) -> None:
        cond = e.cond
        if self._has_let(cond):
            self._if_let(e, result)
            return
        with self.drop_scope(frame=True) as sc:
            c = self.expr(cond)
            if sc.drops:
                # (Computed before the condition's temporaries are dropped.)
                c = self.spill(c)
        self.emit(f"if {c}:")
        with self.indented(), ranges.assume(self, cond, True):
            v = self.block_expr(e.then)
            self.set_result(result, v, self.is_never(e.then))
        if e.els is None:
            return
        self.emit("else:")
        with self.indented(), ranges.assume(self, cond, False):
            if isinstance(e.els, hir.IfExpr):
                self._if_chain(e.els, result)
            else:
                v = self.expr(e.els)
                self.set_result(result, v, self.is_never(e.els))

    def _has_let(self, cond: hir.Expr) -> bool:
        if isinstance(cond, hir.LetExpr):
            return True
        if isinstance(cond, hir.BinaryExpr) and cond.op is BinOpKind.AND:
            return self._has_let(cond.lhs) or self._has_let(cond.rhs)
        return False

    def _if_let(self, e: hir.IfExpr, result: str | None) -> None:
        """`if let P = x && cond && let Q = y { .. } else { .. }`: a flag says whether every
        part matched."""
        ok = self.temp("ok")
        self.emit(f"{ok} = False")
        parts: list[hir.Expr] = []

        def flatten(c: hir.Expr) -> None:
            if isinstance(c, hir.BinaryExpr) and c.op is BinOpKind.AND and self._has_let(c):
                flatten(c.lhs)
                flatten(c.rhs)
            else:
                parts.append(c)

        flatten(e.cond)
        depth = 0
        # The bindings live until the end of the `then` block: one drop scope from the first
        # test on.
        sc = _Scope()
        scope_at: tuple[int, int] | None = None
        for part in parts:
            if isinstance(part, hir.LetExpr):
                place = self.place_adjusted(part.init)
                place = self._stable(place)
                self.emit(f"if {self.pat_cond(part.pat, place)}:")
            else:
                c = self.expr(part)
                self.emit(f"if {c}:")
            self.indent += 1
            depth += 1
            if scope_at is None:
                scope_at = (len(self.lines), self.indent)
                self.scopes.append(sc)
            if isinstance(part, hir.LetExpr):
                self.bind_pat(part.pat, place)
        self.emit(f"{ok} = True")
        v = self.block_expr(e.then)
        self.set_result(result, v, self.is_never(e.then))
        if scope_at is not None:
            self.scopes.pop()
            if sc.drops:
                self._wrap_drops(scope_at[0], scope_at[1], sc)
        self.indent -= depth
        if e.els is not None:
            self.emit(f"if not {ok}:")
            with self.indented():
                if isinstance(e.els, hir.IfExpr):
                    self._if_chain(e.els, result)
                else:
                    v = self.expr(e.els)
                    self.set_result(result, v, self.is_never(e.els))

    def _stable(self, place: Place) -> Place:
        """A place whose parts stay valid while arms run (spill the object)."""
        if isinstance(place, LocalPlace | ValuePlace):
            return place
        if isinstance(place, AttrPlace) and place.base.isidentifier():
            return place  # (a moving binding must leave the field itself `UNINIT`)
        if not by_value(place.ty):
            return ValuePlace(place.ty, self.spill(place.obj()))
        return place

    def match_expr(self, e: hir.MatchExpr) -> str:
        if e.source is hir.MatchSource.AWAIT:
            return self.await_expr(e)
        ranges.note_for_loop(self, e)
        lit = fastpath.range_literal_loop(self, e)
        if lit is not None:
            loop, start, end = lit
            parts = fastpath.for_parts(self, loop)
            assert parts is not None
            a, b = self.operands([start, end])
            return self.python_for(loop, f"range({a}, {b})", parts[1], parts[2], parts[3], False, True, ranges.interval(self, a))
        ty = self.expr_ty(e)
        result = None if ty.is_unit or ty.is_never else self.temp("m")
        if e.source is hir.MatchSource.TRY and not self.pure and self.try_branch(e, result):
            return result or "None"
        scrut = self.place_adjusted(e.scrutinee)
        needs_place = any(self._needs_place(a.pat) for a in e.arms)
        if not needs_place and by_value(scrut.ty):
            scrut = ValuePlace(scrut.ty, self.spill(self.read_operand(scrut), "s"))
        else:
            scrut = self._stable(scrut)
        has_guard = any(a.guard is not None for a in e.arms)
        if not e.arms:
            self.emit("raise AssertionError('unreachable')")
            return "None"
        if has_guard:
            flag = self.temp("mf")
            self.emit(f"{flag} = True")
            arms: list[hir.Arm] = []
            for arm in e.arms:
                if arm.guard is not None and isinstance(arm.pat, hir.OrPat) and any(True for _ in _bindings(arm.pat)):
                    # Each alternative is tried with the guard in turn (`(a, b) | (b, a) if a < b`).
                    arms.extend(dataclasses.replace(arm, pat=p) for p in arm.pat.pats)
                else:
                    arms.append(arm)
            for arm in arms:
                cond = self.pat_cond(arm.pat, scrut)
                self.emit(f"if {flag} and {cond}:" if cond != "True" else f"if {flag}:")
                with self.indented():
                    if arm.guard is not None:
                        # Bindings move out of the scrutinee only once the guard holds.
                        saved, self.binding_moves = self.binding_moves, False
                        self.bind_pat(arm.pat, scrut)
                        self.binding_moves = saved
                        with self.drop_scope(frame=True):
                            g = self.spill(self.expr(arm.guard))
                        self.emit(f"if {g}:")
                        self.indent += 1
                    with self.drop_scope(), self.drop_scope(frame=True):
                        self.bind_pat(arm.pat, scrut)
                        self.emit(f"{flag} = False")
                        v = self.expr(arm.body)
                        self.set_result(result, v, self.is_never(arm.body))
                    if arm.guard is not None:
                        self.indent -= 1
            return result or "None"
        n = len(e.arms)
        depth = self.indent
        for i, arm in enumerate(e.arms):
            mark = len(self.lines)
            cond = self.pat_cond(arm.pat, scrut)
            last = i == n - 1
            if i > 0 and len(self.lines) > mark:
                # The test needed statements (a constant's value): they go in a nested `else`.
                setup = self.lines[mark:]
                del self.lines[mark:]
                self.emit("else:")
                self.indent += 1
                self.lines.extend("    " + line for line in setup)
                self.emit("if True:" if last or cond == "True" else f"if {cond}:")
            elif i == 0:
                self.emit("if True:" if last or cond == "True" else f"if {cond}:")
            else:
                self.emit("else:" if last or cond == "True" else f"elif {cond}:")
            with self.indented(), self.drop_scope(), self.drop_scope(frame=True):
                self.bind_pat(arm.pat, scrut)
                v = self.expr(arm.body)
                self.set_result(result, v, self.is_never(arm.body))
            if cond == "True":
                break
        self.indent = depth
        return result or "None"

    def try_branch(self, e: hir.MatchExpr, result: str | None) -> bool:
        """`x?` on std's `Option` or `Result` (`match Try::branch(x) { Break(r) => return
        from_residual(r), Continue(v) => v }`) without `branch` and its `ControlFlow`: a test
        of `x`'s variant, the `Break` arm with the residual (`None`, or `Err(e)` of
        `Result<Infallible, E>`) made from `x` as `branch` makes it, the `Continue` arm with
        `x`'s payload (moved out of `x`, as `branch` moves it). Emits the match into
        `result` and returns True, or emits nothing and returns False."""
        call = e.scrutinee
        if not isinstance(call, hir.CallExpr) or len(call.args) != 1 or len(e.arms) != 2 or any(a.guard for a in e.arms):
            return False
        func = call.func
        if not isinstance(func, hir.PathExpr) or not isinstance(func.qpath, hir.LangItemPath) or func.qpath.item != "branch":
            return False
        x_ty = self.expr_ty_adjusted(call.args[0])
        arms: dict[str, hir.Pat] = {}
        for arm in e.arms:
            pat = arm.pat
            if not isinstance(pat, hir.TupleStructPat) or not isinstance(pat.qpath, hir.LangItemPath) or len(pat.pats) != 1 or pat.dotdot is not None:
                return False
            arms[pat.qpath.item] = pat.pats[0]
        if not isinstance(x_ty, t.Adt) or set(arms) != {"Break", "Continue"}:
            return False
        if self.tcx.is_lang_item(x_ty.def_id, "Option"):
            stop, go = "None", "Some"
        elif self.tcx.is_lang_item(x_ty.def_id, "Result"):
            stop, go = "Err", "Ok"
        else:
            return False
        variants = {v.name: v.index for v in self.tcx.adt_def(x_ty.def_id).variants}
        residual_ty = self.pat_ty(arms["Break"])
        if not isinstance(residual_ty, t.Adt) or residual_ty.def_id != x_ty.def_id:
            return False
        x = self.spill(self.operands([call.args[0]])[0], "s")
        self.emit(f"if {x}.t == {variants[stop]}:")
        payload = [f"{x}.f0"] if stop == "Err" else []
        for name in ("Break", "Continue"):
            arm = next(a for a in e.arms if isinstance(a.pat, hir.TupleStructPat) and getattr(a.pat.qpath, "item", None) == name)
            with self.indented(), self.drop_scope(), self.drop_scope(frame=True):
                if name == "Break":
                    residual = self.spill(self.prog.construct(residual_ty, variants[stop], payload))
                    self.bind_pat(arms[name], ValuePlace(residual_ty, residual))
                else:
                    # (`x` is the operand, owned here: its payload is moved out, never copied.)
                    self.bind_pat(arms[name], ValuePlace(self.prog.field_ty(x_ty, variants[go], 0), f"{x}.f0"))
                v = self.expr(arm.body)
                self.set_result(result, v, self.is_never(arm.body))
            if name == "Break":
                self.emit("else:")
        return True

    def loop_expr(self, e: hir.LoopExpr) -> str:
        if e.source is hir.LoopSource.FOR_LOOP:
            fast = fastpath.for_iterable(self, e)
            if fast is not None:
                return self.python_for(e, *fast)
        if e.source is hir.LoopSource.WHILE and not e.body.stmts and isinstance(e.body.expr, hir.IfExpr):
            ife = e.body.expr
            if not self._has_let(ife.cond) and ife.els is not None:
                return self.python_while(e, ife.cond, ife.then)
        ty = self.expr_ty(e)
        result = None if ty.is_unit or ty.is_never else self.temp("lp")
        loop = _Loop(e.hir_id, result, True, self.prog.next_label())
        self.loops.append(loop)
        mark = len(self.lines)
        self.emit("while True:")
        with self.indented(), self.drop_scope(frame=True):
            v = self.block(e.body)
            if not is_simple(v) and not is_const(v):
                self.emit(v)
        self.loops.pop()
        if loop.nonlocal_used:
            self.wrap_nonlocal(mark, loop)
        return result or "None"

    def python_while(self, e: hir.LoopExpr, cond: hir.Expr, then: hir.BlockExpr) -> str:
        """`while cond { body }` (desugared `loop { if cond { body } else { break } }`) as a
        Python `while cond:` when the condition is one expression, else `while True:` with
        the condition's statements and `if not c: break` first: the same scopes."""
        loop = _Loop(e.hir_id, None, True, self.prog.next_label())
        self.loops.append(loop)
        mark = len(self.lines)
        with self.drop_scope(frame=True) as sc:
            c = self.expr(cond)
            if sc.drops:
                c = self.spill(c)
        if len(self.lines) == mark:
            self.emit(f"while {c}:")
        else:
            cond_lines = self.lines[mark:]
            del self.lines[mark:]
            self.emit("while True:")
            self.lines.extend("    " + line for line in cond_lines)
            self.emit(f"    if not {c}: break")
        with self.indented(), self.drop_scope(frame=True), ranges.assume(self, cond, True):
            v = self.block_expr(then)
            if not is_simple(v) and not is_const(v):
                self.emit(v)
        self.loops.pop()
        if loop.nonlocal_used:
            self.wrap_nonlocal(mark, loop)
        return "None"

    def python_for(
        self, e: hir.LoopExpr, iterable: str, pat: hir.Pat, body: hir.Expr, item_ty: t.Ty, tupled: bool, below_max: bool, start: ranges.Interval | None = None
    ) -> str:
        """A `for` loop as a Python `for` over `iterable` (`fastpath.for_iterable`): the same
        scopes as the desugared `loop { match next(&mut iter) { .., Some(pat) => body } }`."""
        loop = _Loop(e.hir_id, None, True, self.prog.next_label())
        self.loops.append(loop)
        mark = len(self.lines)
        simple = (
            isinstance(pat, hir.BindingPat) and pat.sub is None and pat.hir_id not in self.celled
            and self._binding_by_value(pat) and by_value(item_ty)
        )
        var = self.local_name(pat) if simple else self.temp("it")  # type: ignore[arg-type]
        self.emit(f"for {var} in {iterable}:")
        # (Facts about the item hold in the body only if no code can change it: no `mut`.)
        mode = self.results.pat_binding_modes.get(pat.hir_id)
        fixed = simple and mode is not None and mode.mutbl is Mutability.NOT
        facts = ranges.range_item_facts(self, var, item_ty, start) if fixed and below_max else {}
        saved_below = dict(self.below)
        end = self.range_ends.get(e.hir_id)
        if end is not None and facts:
            self.below[var] = end
        # (The loop body's frame, the `match` statement's, then the `Some` arm's scopes.)
        saved_elements = dict(self.elements)
        with self.indented(), self.drop_scope(frame=True), self.drop_scope(frame=True), self.drop_scope(), self.drop_scope(frame=True), ranges.known(self, facts):
            if fixed and var in self.below:
                for s, read in ranges.cached_elements(self, body, pat.hir_id):
                    if ranges.index_in_bounds(self, s, var):
                        # (An element the body cannot replace, in bounds: read once.)
                        el = self.temp("el")
                        if s in self.slice_params:
                            self.hoisted[s] = None
                        self.emit(f"{el} = {read.format(var)}")
                        self.elements[(s, var)] = el
            if not simple:
                if tupled and not isinstance(pat, hir.TuplePat):
                    self.emit(f"{var} = list({var})")
                self.bind_pat(pat, ValuePlace(item_ty, var))
            v = self.expr(body)
            if not is_simple(v) and not is_const(v):
                self.emit(v)
        self.below = saved_below
        self.elements = saved_elements
        self.loops.pop()
        if loop.nonlocal_used:
            self.wrap_nonlocal(mark, loop)
        return "None"

    def wrap_nonlocal(self, mark: int, loop: _Loop) -> None:
        """The loop at `mark` is the target of a break/continue from an inner Python loop:
        its body runs in a `try` that catches `BreakTo` for it."""
        header = self.lines[mark]
        body = self.lines[mark + 1 :]
        del self.lines[mark:]
        self.lines.append(header)
        ind = "    " * (self.indent + 1)
        self.lines.append(f"{ind}try:")
        self.lines.extend("    " + line for line in body)
        self.lines.append(f"{ind}except BreakTo as _bt:")
        self.lines.append(f"{ind}    if _bt.label != {loop.label_id}: raise")
        self.lines.append(f"{ind}    if _bt.cont: continue")
        if loop.result is not None:
            self.lines.append(f"{ind}    {loop.result} = _bt.value")
        self.lines.append(f"{ind}    break")

    def break_expr(self, e: hir.BreakExpr) -> str:
        target = e.dest.target
        idx = self._loop_index(target)
        loop = self.loops[idx]
        v = self.expr(e.expr) if e.expr is not None else None
        if idx == len(self.loops) - 1:
            if loop.result is not None and v is not None:
                self.emit(f"{loop.result} = {v}")
            elif v is not None and not is_simple(v) and not is_const(v):
                self.emit(v)
            self.emit("break")
        else:
            loop.nonlocal_used = True
            self.emit(f"raise BreakTo({loop.label_id}, {v if v is not None else 'None'})")
        return "None"

    def continue_expr(self, e: hir.ContinueExpr) -> str:
        idx = self._loop_index(e.dest.target)
        loop = self.loops[idx]
        if idx == len(self.loops) - 1:
            self.emit("continue")
        else:
            loop.nonlocal_used = True
            self.emit(f"raise BreakTo({loop.label_id}, None, True)")
        return "None"

    def _loop_index(self, target: HirId | None) -> int:
        for i in range(len(self.loops) - 1, -1, -1):
            if self.loops[i].hir_id == target:
                return i
        raise CodegenError("break target not found")

    def ret_expr(self, e: hir.RetExpr) -> str:
        v = self.expr(e.expr) if e.expr is not None else "None"
        self.emit(f"return {v}")
        return "None"

    def let_expr(self, e: hir.LetExpr) -> str:
        place = self._stable(self.place_adjusted(e.init))
        cond = self.pat_cond(e.pat, place)
        r = self.temp("le")
        self.emit(f"{r} = {cond}")
        return r

    def await_expr(self, e: hir.MatchExpr) -> str:
        """`fut.await` (`match into_future(fut) { mut __awaitee => .. }`), rustc's lowering:
        poll `Pin::new_unchecked(&mut __awaitee)` with the current `Context` until it is
        ready; while it is pending, suspend the coroutine (`yield`) and take the `Context`
        of the next poll. The awaitee is dropped when the `.await` ends."""
        if not self.in_coroutine:
            raise CodegenError("`.await` outside of an `async` body")
        ty = self.expr_ty(e)
        result = None if ty.is_unit or ty.is_never else self.temp("aw")
        fut_ty = self.expr_ty_adjusted(e.scrutinee)
        poll_def = self.tcx.lang_item("poll")
        pin_def = self.tcx.lang_item("pin")
        if poll_def is None or pin_def is None:
            raise CodegenError("std has no `Future::poll` or `Pin`")
        inst = self.mono.resolve(poll_def, (fut_ty,))
        pin_ty = t.Adt(pin_def, (t.Ref(t.RE_ERASED, fut_ty, Mutability.MUT),))
        with self.drop_scope():
            fut = self.temp("fut")
            self.emit(f"{fut} = {self.expr(e.scrutinee)}")
            if self.needs_drop(fut_ty):
                self.register_local(fut, fut_ty)
            pin = self.spill(self.prog.construct(pin_ty, 0, [ValuePlace(fut_ty, fut).ref_mut()]), "pin")
            self.emit("while True:")
            with self.indented():
                r = self.spill(self.call_instance(inst, [pin, "_cx"], span=e.span), "poll")
                self.emit(f"if {r}.t == 0:")
                with self.indented():
                    if result is not None:
                        self.emit(f"{result} = {r}.f0")
                    self.emit("break")
                self.emit("_cx = yield")
        return result or "None"

    def closure_expr(self, e: hir.ClosureExpr) -> str:
        ty = self.expr_ty(e)
        if not isinstance(ty, t.Closure | t.Coroutine):
            raise CodegenError(f"a closure of type `{ty}` is not supported yet")
        caps = self.results.closure_captures.get(e.def_id, [])
        vals: list[str] = []
        for cap in caps:
            cap_ty = self.ty(cap.ty)
            place = self.capture_source(cap.var, cap.projections, cap_ty)
            if cap.kind is CaptureKind.BY_VALUE:
                vals.append(self.move_out(place))
            elif cap.kind is CaptureKind.BY_REF:
                vals.append(place.ref())
            else:
                vals.append(place.ref_mut())
        if isinstance(ty, t.Coroutine):
            # An `async` block: a future holding its captures; nothing runs until polled.
            return f"{self.prog.coroutine_class(ty)}({', '.join(vals)})"
        cls = self.prog.closure_class(ty, len(caps))
        self.prog.closure_symbol(ty)
        return f"{cls}({', '.join(vals)})"

    def capture_source(self, var: HirId, projections: tuple[str, ...], ty: t.Ty) -> Place:
        if projections:
            # Walk the fields by name from the variable's place, or from the longest prefix
            # of the path that the enclosing closure captured itself (nested closures).
            root_ty = self.node_ty(var)
            start = 0
            for n in range(len(projections), 0, -1):
                up = self.upvar_paths.get((var, projections[:n]))
                if up is not None:
                    place, cur_ty, start = self.upvar_place(up, up[2]), up[2], n
                    break
            else:
                place = self.local_place(var, root_ty)
                cur_ty = root_ty
            for name in projections[start:]:
                while isinstance(cur_ty, t.Ref) or (isinstance(cur_ty, t.Adt) and self.tcx.adt_def(cur_ty.def_id).is_box):
                    inner = cur_ty.pointee if isinstance(cur_ty, t.Ref) else cur_ty.args[0]
                    assert isinstance(inner, t.Ty)
                    place = self.deref_place(place, cur_ty, inner)
                    cur_ty = inner
                idx, fty = self.prog.field_by_name(cur_ty, name)
                place = self.field_place(place, idx, fty)
                cur_ty = fty
            return place
        return self.local_place(var, self.node_ty(var))

    def format_args(self, e: hir.FormatArgsExpr) -> str:
        places = []
        for a in e.hir_exprs:
            p = self.place_adjusted(a)
            places.append((p, self.expr_ty_adjusted(a)))
        refs = [self.spill(p.ref()) for p, _ in places]
        pieces: list[str] = []
        text: list[str] = []  # (literal text not yet added to `pieces`)
        plain = textpath.PlainText()
        for piece in e.template:
            if isinstance(piece, str):
                text.append(piece)
                continue
            assert isinstance(piece, FormatPlaceholder)
            idx = piece.argument.index
            inlined = _inlined_literal(piece, e.hir_exprs[idx])
            if inlined is not None:
                text.append(inlined)
                continue
            if text:
                pieces.append(self.prog.str_const("".join(text).encode("utf-8")))
                plain.add_literal("".join(text).encode("utf-8"))
                text = []
            arg_ty = places[idx][1]
            text_piece = textpath.display_piece(self, piece, arg_ty, refs[idx])
            if text_piece is not None:
                pieces.append(text_piece)
                plain.add_piece(self, piece, arg_ty, text_piece)
                continue
            plain.plain = False
            fmt_fn = self.prog.fmt_fn(piece.format_trait, arg_ty)
            spec = self.prog.fmt_spec(piece.options)
            width = self._count(piece.options.width, refs)
            prec = self._count(piece.options.precision, refs)
            pieces.append(f"({refs[idx]}, {fmt_fn}, {spec}, {width}, {prec})")
        if text:
            pieces.append(self.prog.str_const("".join(text).encode("utf-8")))
            plain.add_literal("".join(text).encode("utf-8"))
        text = plain.expr()
        fa = f"FmtArgs(({', '.join(pieces)}{',' if len(pieces) == 1 else ''}), {text or '()'})"
        doubling = plain.doubling()
        if text is not None and doubling is not None:
            self.plain_text[fa] = (f"{plain.text()}, {plain.capacity()}", doubling)
        return fa

    def _count(self, c: object, refs: list[str]) -> str:
        if c is None:
            return "None"
        lit = getattr(c, "literal", None)
        if lit is not None:
            return str(lit)
        arg = getattr(c, "argument", None)
        if arg is not None:
            return refs[arg.index]
        return "None"

    def const_block(self, e: hir.ConstBlockExpr) -> str:
        body = self.tcx.body(e.body)
        if body is None:
            raise CodegenError("inline const without a body")
        return self.expr(body.value)

    def err_expr(self, e: hir.Expr) -> str:
        raise CodegenError("the program has errors")

    def yield_expr(self, e: hir.Expr) -> str:
        raise CodegenError("coroutines are not supported yet")

    # -- patterns ---------------------------------------------------------------------------------

    def pat_cond(self, pat: hir.Pat, place: Place) -> str:
        saved, self.pure = self.pure, True
        try:
            conds = self._pat_conds(pat, place)
        finally:
            self.pure = saved
        conds = [c for c in conds if c != "True"]
        if not conds:
            return "True"
        return " and ".join(f"({c})" if " or " in c else c for c in conds)

    def _pat_conds(self, pat: hir.Pat, place: Place) -> list[str]:
        place = self._peek_pat_place(pat, place)
        if isinstance(pat, hir.WildPat | hir.NeverPat):
            return []
        if isinstance(pat, hir.BindingPat):
            return self._pat_conds(pat.sub, place) if pat.sub is not None else []
        if isinstance(pat, hir.LitPat):
            ty = place.ty
            inner = ty.pointee if isinstance(ty, t.Ref) else ty
            data = _byte_str_value(pat.expr)
            if data is not None and isinstance(inner, t.Array):
                return [f"bytes({place.read()}) == {data!r}"]
            if data is not None and isinstance(inner, t.Slice):
                return [f"slice_eq({place.read()}, {self.prog.str_const(data)})"]
            lit = self.expr(pat.expr)
            if isinstance(ty, t.Ref) and isinstance(ty.pointee, t.Str | t.Slice | t.Array):
                return [f"slice_eq({place.read()}, {lit})"]
            if isinstance(ty, t.Str | t.Slice):
                return [f"slice_eq({place.read()}, {lit})"]
            return [f"{place.read()} == {lit}"]
        if isinstance(pat, hir.RangePat):
            out = []
            v = place.read()
            if pat.lo is not None:
                out.append(f"{v} >= {self.expr(pat.lo)}")
            if pat.hi is not None:
                op = "<" if pat.end.value == ".." else "<="
                out.append(f"{v} {op} {self.expr(pat.hi)}")
            return out
        if isinstance(pat, hir.OrPat):
            alts = [self.pat_cond(p, place) for p in pat.pats]
            if any(a == "True" for a in alts):
                return []
            return ["(" + " or ".join(f"({a})" for a in alts) + ")"]
        if isinstance(pat, hir.TuplePat):
            out = []
            for i, sub in self._tuple_subpats(pat.pats, pat.dotdot, place.ty):
                out.extend(self._pat_conds(sub, self.field_place(place, i, self._elem_ty(place.ty, i))))
            return out
        if isinstance(pat, hir.PathPat):
            const = self._const_of_path(pat.qpath, pat.hir_id)
            if const is not None:
                v = self.prog.const_value(const[0], const[1], place.ty)
                if by_value(place.ty):
                    return [f"{place.read()} == {v}"]
                return [f"struct_eq({place.read()}, {v})"]
        if isinstance(pat, hir.PathPat | hir.TupleStructPat | hir.StructPat):
            ty = place.ty
            if not isinstance(ty, t.Adt):
                raise CodegenError(f"pattern on `{ty}`")
            adt = self.tcx.adt_def(ty.def_id)
            out = []
            vidx = 0
            if adt.is_enum:
                vdef = self.variant_def_of(pat.qpath, pat.hir_id, ty)
                vidx = adt.variant_index_with_id(vdef)
                if len(adt.variants) > 1:
                    out.append(f"{place.obj()}.t == {vidx}")
            obj = place
            if isinstance(pat, hir.TupleStructPat):
                nf = len(adt.variants[vidx].fields)
                for i, sub in self._positional(pat.pats, pat.dotdot, nf):
                    out.extend(self._pat_conds(sub, self.field_place(obj, i, self.prog.field_ty(ty, vidx, i))))
            elif isinstance(pat, hir.StructPat):
                for f in pat.fields:
                    i = self.results.field_indices[f.hir_id]
                    out.extend(self._pat_conds(f.pat, self.field_place(obj, i, self.prog.field_ty(ty, vidx, i))))
            return out
        if isinstance(pat, hir.RefPat | hir.BoxPat | hir.DerefPat):
            inner_ty = self.pat_ty(pat.pat)
            return self._pat_conds(pat.pat, self.deref_place(place, place.ty, inner_ty))
        if isinstance(pat, hir.SlicePat):
            return self._slice_conds(pat, place)
        raise CodegenError(f"pattern {type(pat).__name__} not supported")

    def _const_of_path(self, qpath: hir.QPath, hir_id: HirId) -> tuple[DefId, t.GenericArgs] | None:
        did: DefId | None = None
        if isinstance(qpath, hir.ResolvedPath) and isinstance(qpath.path.res, DefRes):
            if qpath.path.res.kind in (DefKind.CONST, DefKind.ASSOC_CONST):
                did = qpath.path.res.def_id
        elif isinstance(qpath, hir.TypeRelativePath):
            tdd = self.results.type_dependent_defs.get(hir_id)
            if tdd is not None and tdd[0] in (DefKind.CONST, DefKind.ASSOC_CONST):
                did = tdd[1]
        if did is None:
            return None
        return did, self.node_args(hir_id)


    def _peek_pat_place(self, pat: hir.Pat, place: Place) -> Place:
        adjs = self.results.pat_adjustments.get(pat.hir_id)
        if not adjs:
            return place
        for ref_ty in adjs:
            rt = self.ty(ref_ty)
            assert isinstance(rt, t.Ref)
            place = self.deref_place(place, rt, rt.pointee)
        return place

    def _elem_ty(self, ty: t.Ty, i: int) -> t.Ty:
        if isinstance(ty, t.Tuple):
            return ty.elems[i]
        raise CodegenError(f"tuple pattern on `{ty}`")

    def _tuple_subpats(self, pats: tuple[hir.Pat, ...], dotdot: int | None, ty: t.Ty) -> list[tuple[int, hir.Pat]]:
        n = len(ty.elems) if isinstance(ty, t.Tuple) else len(pats)
        return self._positional(pats, dotdot, n)

    def _positional(self, pats: tuple[hir.Pat, ...], dotdot: int | None, n: int) -> list[tuple[int, hir.Pat]]:
        if dotdot is None:
            return list(enumerate(pats))
        before = pats[:dotdot]
        after = pats[dotdot:]
        return [*enumerate(before), *((n - len(after) + j, p) for j, p in enumerate(after))]

    def _slice_conds(self, pat: hir.SlicePat, place: Place) -> list[str]:
        ty = place.ty
        nb, na = len(pat.before), len(pat.after)
        out: list[str] = []
        if isinstance(ty, t.Array):
            lst = place.obj()
            n = self.prog.array_len(ty)
            for i, p in enumerate(pat.before):
                out.extend(self._pat_conds(p, ItemPlace(ty.elem, lst, str(i))))
            for j, p in enumerate(pat.after):
                out.extend(self._pat_conds(p, ItemPlace(ty.elem, lst, str(n - na + j))))
            return out
        if isinstance(ty, t.Slice):
            s = place.read()
            n = f"({s}.hi - {s}.lo)"
            out.append(f"{n} {'>=' if pat.slice is not None else '=='} {nb + na}")
            for i, p in enumerate(pat.before):
                out.extend(self._pat_conds(p, ItemPlace(ty.elem, f"{s}.b", f"{s}.lo + {i}")))
            for j, p in enumerate(pat.after):
                out.extend(self._pat_conds(p, ItemPlace(ty.elem, f"{s}.b", f"{s}.hi - {na - j}")))
            return out
        raise CodegenError(f"slice pattern on `{ty}`")

    def bind_irrefutable(self, pat: hir.Pat, place: Place) -> None:
        self.bind_pat(pat, place)

    def bind_pat(self, pat: hir.Pat, place: Place) -> None:
        place = self._peek_pat_place(pat, place)
        if isinstance(pat, hir.BindingPat):
            name = self.local_name(pat)
            mode = self.results.pat_binding_modes.get(pat.hir_id)
            by_val = mode is None or mode.by_ref is None
            if pat.sub is not None:
                # `x @ P`: bind the sub-pattern first (it may move out of parts of the place).
                self.bind_pat(pat.sub, place)
            if by_val:
                v = self.move_out(place) if pat.sub is None and self.binding_moves else self.read_operand(place)
                if v.endswith("._sh()") and pat.sub is None and pat.hir_id not in self.celled:
                    self.fresh.add(name)
            elif mode.by_ref is Mutability.MUT:
                v = place.ref_mut()
            else:
                v = place.ref()
            if pat.hir_id in self.celled:
                v = f"Cell({v})"
            self.emit(f"{name} = {v}")
            if by_val and pat.hir_id not in self.celled and self.binding_moves:
                self.register_local(name, place.ty)
            return
        if isinstance(pat, hir.WildPat | hir.LitPat | hir.RangePat | hir.PathPat | hir.NeverPat):
            return
        if isinstance(pat, hir.OrPat):
            if not any(True for _ in _bindings(pat)):
                return
            first = True
            for p in pat.pats:
                cond = self.pat_cond(p, place)
                self.emit(f"{'if' if first else 'elif'} {cond}:")
                first = False
                with self.indented():
                    self.bind_pat(p, place)
            return
        if isinstance(pat, hir.TuplePat):
            for i, sub in self._tuple_subpats(pat.pats, pat.dotdot, place.ty):
                self.bind_pat(sub, self.field_place(place, i, self._elem_ty(place.ty, i)))
            return
        if isinstance(pat, hir.TupleStructPat | hir.StructPat):
            ty = place.ty
            assert isinstance(ty, t.Adt)
            adt = self.tcx.adt_def(ty.def_id)
            vidx = adt.variant_index_with_id(self.variant_def_of(pat.qpath, pat.hir_id, ty)) if adt.is_enum else 0
            if isinstance(pat, hir.TupleStructPat):
                nf = len(adt.variants[vidx].fields)
                for i, sub in self._positional(pat.pats, pat.dotdot, nf):
                    self.bind_pat(sub, self.field_place(place, i, self.prog.field_ty(ty, vidx, i)))
            else:
                for f in pat.fields:
                    i = self.results.field_indices[f.hir_id]
                    self.bind_pat(f.pat, self.field_place(place, i, self.prog.field_ty(ty, vidx, i)))
            return
        if isinstance(pat, hir.RefPat | hir.BoxPat | hir.DerefPat):
            inner_ty = self.pat_ty(pat.pat)
            self.bind_pat(pat.pat, self.deref_place(place, place.ty, inner_ty))
            return
        if isinstance(pat, hir.SlicePat):
            self._bind_slice(pat, place)
            return
        raise CodegenError(f"pattern {type(pat).__name__} not supported")

    def _bind_slice(self, pat: hir.SlicePat, place: Place) -> None:
        ty = place.ty
        nb, na = len(pat.before), len(pat.after)
        if isinstance(ty, t.Array):
            lst = self.spill(place.obj())
            n = self.prog.array_len(ty)
            for i, p in enumerate(pat.before):
                self.bind_pat(p, ItemPlace(ty.elem, lst, str(i)))
            for j, p in enumerate(pat.after):
                self.bind_pat(p, ItemPlace(ty.elem, lst, str(n - na + j)))
            if pat.slice is not None:
                sty = self.pat_ty(pat.slice)
                if isinstance(sty, t.Array):
                    self.bind_pat(pat.slice, ValuePlace(sty, f"{lst}[{nb}:{n - na}]"))
                else:
                    self.bind_pat(pat.slice, ValuePlace(sty, f"Slice({lst}, {nb}, {n - na})"))
            return
        if isinstance(ty, t.Slice):
            s = self.spill(place.read())
            for i, p in enumerate(pat.before):
                self.bind_pat(p, ItemPlace(ty.elem, f"{s}.b", f"{s}.lo + {i}"))
            for j, p in enumerate(pat.after):
                self.bind_pat(p, ItemPlace(ty.elem, f"{s}.b", f"{s}.hi - {na - j}"))
            if pat.slice is not None:
                sty = self.pat_ty(pat.slice)
                self.bind_pat(pat.slice, ValuePlace(sty, f"Slice({s}.b, {s}.lo + {nb}, {s}.hi - {na})"))
            return
        raise CodegenError(f"slice pattern on `{ty}`")

    # -- conversions ------------------------------------------------------------------------------

    def unsize(self, v: str, src: t.Ty, dst: t.Ty) -> str:
        if isinstance(src, t.Adt) and isinstance(dst, t.Adt) and src.def_id == dst.def_id and self.tcx.lang_item("pin") == src.def_id:
            # `CoerceUnsized` through a wrapper (`Pin<Box<T>>` → `Pin<Box<dyn Future>>`):
            # its pointer field is unsized.
            s_ptr, d_ptr = src.args[0], dst.args[0]
            assert isinstance(s_ptr, t.Ty) and isinstance(d_ptr, t.Ty)
            inner = self.unsize(f"{self.spill(v)}.f0", s_ptr, d_ptr)
            return self.prog.construct(dst, 0, [inner])
        s_in = _pointee(self, src)
        d_in = _pointee(self, dst)
        if isinstance(d_in, t.Slice) and isinstance(s_in, t.Array):
            n = self.prog.array_len(s_in)
            return f"Slice({v}, 0, {n})"
        if isinstance(d_in, t.Dynamic):
            if isinstance(s_in, t.Dynamic):
                return v  # upcasting / dropping auto traits: same vtable layout (keyed by method)
            vt = self.prog.vtable(s_in, d_in)
            shared = isinstance(src, t.Ref) and src.mutbl is Mutability.NOT
            if by_value(s_in) and shared:
                return f"Dyn(Cell({v}), {vt})"
            return f"Dyn({v}, {vt})"
        raise CodegenError(f"unsizing `{src}` to `{dst}` is not supported")


def _pointee(cg: FnCodegen, ty: t.Ty) -> t.Ty:
    if isinstance(ty, t.Ref | t.RawPtr):
        return ty.pointee
    if isinstance(ty, t.Adt) and ty.args:
        a = ty.args[0]
        if isinstance(a, t.Ty):
            return a
    raise CodegenError(f"cannot unsize `{ty}`")


def _bindings(pat: hir.Pat) -> Iterator[hir.BindingPat]:
    if isinstance(pat, hir.BindingPat):
        yield pat
        if pat.sub is not None:
            yield from _bindings(pat.sub)
        return
    if isinstance(pat, hir.OrPat):
        yield from _bindings(pat.pats[0])
        return
    for child in _children(pat):
        if isinstance(child, _PAT_TYPES):
            yield from _bindings(child)  # type: ignore[arg-type]
        elif isinstance(child, hir.PatField):
            yield from _bindings(child.pat)


_FLOAT_INPLACE = {BinOpKind.ADD: "+", BinOpKind.SUB: "-", BinOpKind.MUL: "*"}
"""Compound assignments of `f64` places done by Python's in-place operators."""


def _effect_free(cg: FnCodegen, e: hir.Expr) -> bool:
    """Whether `e` is built-in float arithmetic (`+ - * /`, negation, casts to a float) of
    literals, locals, elements already read for this loop iteration and their fields
    (through references): nothing it does has an effect or can panic."""
    if any(adj.method is not None for adj in cg.results.adjustments.get(e.hir_id, ())):
        return False
    if isinstance(e, hir.LitExpr):
        return True
    if isinstance(e, hir.PathExpr):
        return isinstance(e.qpath, hir.ResolvedPath) and isinstance(e.qpath.path.res, LocalRes)
    if isinstance(e, hir.FieldExpr):
        return _effect_free(cg, e.expr)
    if isinstance(e, hir.IndexExpr):
        # (An element read once for this loop iteration: `ranges.cached_elements`.)
        base, index = ranges.local_of(e.expr), ranges.local_of(e.index)
        if base is None or index is None:
            return False
        seq, item = cg.local_names.get(base), cg.local_names.get(index)
        return (seq, item) in cg.elements or (f"{seq}.a", item) in cg.elements
    if isinstance(e, hir.CastExpr):
        return isinstance(cg.expr_ty(e), t.Float) and _effect_free(cg, e.expr)
    if isinstance(e, hir.UnaryExpr):
        if e.hir_id in cg.results.operator_methods:
            return False
        if e.op is UnOp.NEG:
            return isinstance(cg.expr_ty(e), t.Float) and _effect_free(cg, e.expr)
        return e.op is UnOp.DEREF and isinstance(cg.expr_ty(e.expr), t.Ref) and _effect_free(cg, e.expr)
    if isinstance(e, hir.BinaryExpr):
        if e.hir_id in cg.results.operator_methods or e.op not in (BinOpKind.ADD, BinOpKind.SUB, BinOpKind.MUL, BinOpKind.DIV):
            return False
        return isinstance(cg.expr_ty(e), t.Float) and _effect_free(cg, e.lhs) and _effect_free(cg, e.rhs)
    return False


def _children(node: object) -> list[object]:
    out: list[object] = []
    for cls in type(node).__mro__:
        for s in getattr(cls, "__slots__", ()):
            if s in ("span", "hir_id") or s in out:
                continue
            v = getattr(node, s, None)
            if isinstance(v, tuple):
                out.extend(x for x in v if hasattr(x, "__slots__") and not isinstance(x, str))
            elif v is not None and hasattr(type(v), "__dataclass_fields__"):
                out.append(v)
    return out


_PAT_TYPES = (
    hir.WildPat, hir.BindingPat, hir.StructPat, hir.TupleStructPat, hir.OrPat, hir.PathPat, hir.TuplePat,
    hir.BoxPat, hir.DerefPat, hir.RefPat, hir.LitPat, hir.RangePat, hir.SlicePat, hir.NeverPat, hir.ErrPat,
)

_HANDLERS = {
    hir.LitExpr: FnCodegen.lit,
    hir.PathExpr: FnCodegen.path_expr,
    hir.CallExpr: FnCodegen.call,
    hir.MethodCallExpr: FnCodegen.method_call,
    hir.BinaryExpr: FnCodegen.binary,
    hir.UnaryExpr: FnCodegen.unary,
    hir.CastExpr: FnCodegen.cast,
    hir.AssignExpr: FnCodegen.assign,
    hir.AssignOpExpr: FnCodegen.assign_op,
    hir.TupleExpr: FnCodegen.tuple_expr,
    hir.ArrayExpr: FnCodegen.array_expr,
    hir.RepeatExpr: FnCodegen.repeat_expr,
    hir.StructExpr: FnCodegen.struct_expr,
    hir.FieldExpr: FnCodegen.field_expr,
    hir.IndexExpr: FnCodegen.index_expr,
    hir.AddrOfExpr: FnCodegen.addr_of,
    hir.BlockExpr: FnCodegen.block_expr,
    hir.IfExpr: FnCodegen.if_expr,
    hir.MatchExpr: FnCodegen.match_expr,
    hir.LoopExpr: FnCodegen.loop_expr,
    hir.BreakExpr: FnCodegen.break_expr,
    hir.ContinueExpr: FnCodegen.continue_expr,
    hir.RetExpr: FnCodegen.ret_expr,
    hir.LetExpr: FnCodegen.let_expr,
    hir.ClosureExpr: FnCodegen.closure_expr,
    hir.FormatArgsExpr: FnCodegen.format_args,
    hir.ConstBlockExpr: FnCodegen.const_block,
    hir.ErrExpr: FnCodegen.err_expr,
    hir.YieldExpr: FnCodegen.yield_expr,
}

_EXPR_TYPES = list(_HANDLERS)


_INT_MAX = {
    None: 2**31 - 1, "i8": 2**7 - 1, "i16": 2**15 - 1, "i32": 2**31 - 1, "i64": 2**63 - 1, "i128": 2**127 - 1,
    "isize": 2**63 - 1, "u8": 2**8 - 1, "u16": 2**16 - 1, "u32": 2**32 - 1, "u64": 2**64 - 1, "u128": 2**128 - 1,
    "usize": 2**64 - 1,
}


def _inlined_literal(piece: FormatPlaceholder, arg: hir.Expr) -> str | None:
    """The text of a `{}` placeholder whose argument is a string or integer literal, which
    rustc's lowering writes into the template (so `panic!("{}", 7)` has a `&str` payload
    and `Arguments::as_str` gives its text)."""
    if piece.format_trait is not FormatTrait.DISPLAY or piece.options != FormatOptions():
        return None
    while isinstance(arg, hir.AddrOfExpr):
        arg = arg.expr
    if not isinstance(arg, hir.LitExpr) or arg.negated:
        return None
    lit = arg.lit
    if lit.kind is hir.LitKind.STR and isinstance(lit.value, str):
        return lit.value
    if lit.kind is hir.LitKind.INT and isinstance(lit.value, int):
        limit = _INT_MAX.get(lit.suffix)
        return str(lit.value) if limit is not None and lit.value <= limit else None
    return None


def _byte_str_value(e: hir.Expr) -> bytes | None:
    """The bytes of a byte string literal (`b"PING"` in a pattern)."""
    if isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.BYTE_STR and isinstance(e.lit.value, bytes):
        return e.lit.value
    return None


def _const_divisor(b: str) -> int | None:
    """A divisor that is an integer literal other than 0 and -1 (no panic is possible)."""
    if re.fullmatch(r"\(?-?[0-9]+\)?", b) is None:
        return None
    c = int(b.strip("()"))
    return None if c in (0, -1) else c


_SIGNED_REM = re.compile(r"\((\w+) % (\d+) if \1 >= 0 else -\(-\1 % \2\)\)")
"""`_div_by_const`'s remainder of a signed dividend."""
_FLOAT_LIT = re.compile(r"-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?")


def _nonzero_number(s: str) -> bool:
    """`s` is a float literal other than zero (a divisor Python's `/` divides by as IEEE)."""
    text = s.strip("()")
    return _FLOAT_LIT.fullmatch(text) is not None and float(text) != 0.0


def _div_by_const(a: str, c: int, div: bool, signed: bool) -> str:
    """`a / c` or `a % c` for a constant divisor: Rust's division truncates toward zero
    (Python's floors), so a negative dividend divides its magnitude."""
    pyop = "//" if div else "%"
    if not signed:
        return f"({a} {pyop} {c})"
    m = abs(c)
    q = f"({a} {pyop} {m} if {a} >= 0 else -(-{a} {pyop} {m}))"
    return f"(-{q})" if div and c < 0 else q
