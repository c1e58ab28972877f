"""HIR + `TypeckResults` → MIR, one body at a time (rustc's `rustc_mir_build`, condensed).

    build_body(tcx, types, owner, body, results) -> Body | None

Expressions are built in rustc's three shapes: `as_place` (the place a place expression
names, through its adjustments), `as_operand` (a place is copied or moved by its type;
anything else is computed into a temporary) and `into` (evaluate into a destination).
Control flow follows the HIR: `if`/`match`/loops become blocks and switches, `break`,
`continue` and `return` leave the scopes they cross (their locals' `StorageDead`s), a
diverging expression ends its block and code after it lands in a block nothing reaches.

Scopes give `StorageDead` at rustc's points: a block's variables at its end (reverse
order); temporaries at the end of their statement, of an `if` condition, of a `match` arm or
guard; `let x = &temp` (and the other extended places) keeps the temporary to the end of
the block; a block's tail temporaries belong to the enclosing statement (edition 2021).

A construct the builder does not cover raises `Unsupported`: the body gets no MIR, and
the borrow checker skips it (it never guesses).
"""

from __future__ import annotations

from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.mir import nodes as m
from ferric.pattern.check_match import TypeQueries
from ferric.resolve.defs import DefId, DefKind, DefRes, HirId, LocalRes, SelfCtorRes
from ferric.syntax.ast import BinOpKind, BorrowKind, Mutability, UnOp
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import AdjustKind, CaptureKind, TypeckResults


def async_block_head(tcx: TyCtxt, e: hir.ClosureExpr) -> Span:
    """Where rustc points for an `async` block: its `async` / `async move` keywords."""
    body = tcx.body(e.def_id)
    if body is None or not (e.span.lo < body.value.span.lo <= e.span.hi):
        return e.span
    head = Span(e.span.lo, body.value.span.lo, e.span.ctxt)
    text = tcx.source_map.snippet(head)
    if text is None:
        return head
    return head.with_hi(head.lo + len(text.rstrip()))


class Unsupported(Exception):
    """A construct MIR building does not cover (the body is skipped)."""


_CMP_OPS = frozenset(
    {BinOpKind.EQ, BinOpKind.NE, BinOpKind.LT, BinOpKind.LE, BinOpKind.GT, BinOpKind.GE}
)


class NeedsDrop:
    """rustc's `needs_drop` over ferric's std (where `Vec`, `Box`, `Rc` … have `Drop`
    impls), cached per crate check."""

    def __init__(self, tcx: TyCtxt, drop_adts: frozenset[DefId]) -> None:
        self.tcx = tcx
        self.drop_adts = drop_adts
        self._cache: dict[t.Ty, bool] = {}

    def __call__(self, ty: t.Ty) -> bool:
        """rustc's `needs_drop`: whether dropping a `ty` runs code (a `Drop` impl somewhere
        in it, or a type not known here: a parameter, a projection, `dyn`)."""
        got = self._cache.get(ty)
        if got is None:
            self._cache[ty] = False  # (a recursive type: its cycle adds nothing)
            got = self._compute_needs_drop(ty)
            self._cache[ty] = got
        return got

    def _compute_needs_drop(self, ty: t.Ty) -> bool:
        if isinstance(
            ty,
            t.Int | t.Uint | t.Float | t.Bool | t.Char | t.Never | t.Str | t.Ref | t.RawPtr
            | t.FnDef | t.FnPtr,
        ):
            return False
        if isinstance(ty, t.Tuple):
            return any(self(e) for e in ty.elems)
        if isinstance(ty, t.Array | t.Slice):
            return self(ty.elem)
        if isinstance(ty, t.Closure | t.Coroutine):
            upv = ty.upvars_ty
            return not isinstance(upv, t.Tuple) or any(self(e) for e in upv.elems)
        if isinstance(ty, t.Adt):
            if ty.def_id in self.drop_adts:
                return True
            try:
                adt = self.tcx.adt_def(ty.def_id)
            except Exception:
                return True
            if adt.is_union:
                return False
            if not any(v.fields for v in adt.variants):
                return any(isinstance(a, t.Ty) and self(a) for a in ty.args)
            for v in adt.variants:
                for fd in v.fields:
                    try:
                        fty = self.tcx.field_ty(fd, ty.args)
                    except Exception:
                        return True
                    if self(fty):
                        return True
            return False
        return not ty.references_error


@dataclass(slots=True)
class _Scope:
    locals: list[m.Local] = field(default_factory=list)
    """Locals whose storage ends with the scope (in creation order)."""
    temps: bool = False
    """A temporary scope: `temp()` registers here (statements, conditions, arms)."""
    end_span: Span | None = None


@dataclass(slots=True)
class _Breakable:
    hir_id: HirId
    break_block: m.BlockId
    continue_block: m.BlockId | None
    result: m.Place | None
    depth: int
    """`len(scopes)` when entered: leaving it ends the scopes above."""


def build_body(
    tcx: TyCtxt,
    types: TypeQueries,
    owner: DefId,
    body: hir.Body,
    results: TypeckResults,
    drop_adts: frozenset[DefId] = frozenset(),
) -> m.Body | None:
    """The MIR of `body` (a fn or const body; None for a closure or when a construct is not
    covered)."""
    got = build_body_and_closures(tcx, types, owner, body, results, drop_adts)
    return got[0] if got else None


def build_body_and_closures(
    tcx: TyCtxt,
    types: TypeQueries,
    owner: DefId,
    body: hir.Body,
    results: TypeckResults,
    drop_adts: frozenset[DefId] = frozenset(),
) -> list[m.Body]:
    """The MIR of a fn body, then of each closure in it that MIR building covers (empty when
    the body itself is not covered; constants are promoted, closures come with their
    parent)."""
    if tcx.def_kind(owner) not in (DefKind.FN, DefKind.ASSOC_FN):
        return []
    try:
        b = _Builder(tcx, types, owner, body, results, drop_adts)
        out = [b.build()]
    except Unsupported:
        return []
    work = list(b.closures)
    while work:
        expr, ty, upvars, var_mut = work.pop(0)
        cbody = tcx.body(expr.def_id)
        if cbody is None:
            continue
        try:
            cb = _Builder(tcx, types, owner, cbody, results, drop_adts)
            cb.closure_info = (expr, ty, upvars)
            cb.captured_mut = var_mut
            out.append(cb.build())
        except Unsupported:
            continue
        work.extend(cb.closures)
    return out


class _Builder:
    def __init__(
        self,
        tcx: TyCtxt,
        types: TypeQueries,
        owner: DefId,
        body: hir.Body,
        results: TypeckResults,
        drop_adts: frozenset[DefId],
    ) -> None:
        self.tcx = tcx
        self.drop_adts = drop_adts
        self.types = types
        self.owner = owner
        self.body = body
        self.results = results
        self.locals: list[m.LocalDecl] = []
        self.blocks: list[m.BasicBlock] = []
        self.cur: m.BlockId = 0
        self.vars: dict[HirId, m.Place] = {}
        self.scopes: list[_Scope] = []
        self.breakables: list[_Breakable] = []
        self.extended: dict[HirId, _Scope] = {}
        """Temporaries whose lifetime `let` extends, with the scope they live to."""
        self.return_block = -1
        self.closure_info: tuple[hir.ClosureExpr, t.Closure | t.Coroutine, dict[HirId, str]] | None = None
        """When building a closure's (or an `async` block's) body: the closure, its type, and
        the names of the variables it captures."""
        self.closures: list[
            tuple[
                hir.ClosureExpr,
                t.Closure | t.Coroutine,
                dict[HirId, str],
                dict[HirId, tuple[bool, Span | None]],
            ]
        ] = []
        """The closures met, with the names of the variables each captures and whether
        each such variable is declared `mut` (and where)."""
        self.captured_mut: dict[HirId, tuple[bool, Span | None]] = {}
        """When building a closure's body: `closures`' mutability of its captured variables."""
        self.upvars: dict[tuple[HirId, tuple[str, ...]], m.Place] = {}
        self._cond_dead: list[list[tuple[m.Local, Span]]] = []
        self._needs_drop = NeedsDrop(tcx, drop_adts)
        self._value_ignored = False
        """The block about to be built is an expression statement's (its value is dropped)."""
        self._arg_drops: list[m.Local] = []
        """The parameters with drop glue (dropped last, on every path out of the body)."""
        self._cleanup_blocks: dict[tuple[m.Local, ...], m.BlockId] = {}
        """Cleanup chains by the locals they drop (outermost first; the block drops the
        last one, then goes on to the chain of the others)."""
        self._resume_block: m.BlockId | None = None
        self.replace_unwind: dict[tuple[m.BlockId, int], m.BlockId | None] = {}
        self._guard_refs: dict[HirId, m.Place] = {}
        """The arm being built: its by-reference bindings' references, made before its
        guard."""
        self._tails: list[tuple[Span, bool] | None] = []
        """Innermost first: inside a block's tail expression (its span, whether the block's
        value is ignored), or inside a statement (None)."""
        """Per `if` condition being built: the locals it made, for the `else` path."""

    # -- the body -------------------------------------------------------------------------------

    def build(self) -> m.Body:
        ret_ty = self.results.expr_ty(self.body.value.hir_id)
        sig = self._fn_sig()
        if sig is not None:
            ret_ty = sig.output
        kind_name: str | None = None
        upvar_names: list[str] = []
        upvar_by_ref: list[bool] = []
        upvar_mut: list[tuple[bool, Span | None]] = []
        if self.closure_info is not None:
            expr, cty, _ = self.closure_info
            csig = self.results.closure_sigs.get(expr.def_id)
            if csig is not None:
                ret_ty = csig.output
            if isinstance(cty, t.Coroutine):
                # An `async` block's body runs once and owns its captures (a move out of one
                # is fine), as a `FnOnce` closure's does.
                ret_ty = cty.return_ty
            kind = cty.kind_ty if isinstance(cty, t.Closure) else t.CLOSURE_KIND_FN_ONCE
            kind_name = (
                "FnOnce"
                if kind == t.CLOSURE_KIND_FN_ONCE
                else "FnMut"
                if kind == t.CLOSURE_KIND_FN_MUT
                else "Fn"
                if kind == t.CLOSURE_KIND_FN
                else None
            )
            if kind_name is None:
                raise Unsupported("a closure of unknown kind")

        self.locals.append(
            m.LocalDecl(ret_ty, m.LocalKind.RETURN, mutable=True, span=self.body.value.span)
        )
        self.cur = self.new_block()
        self.return_block = self.new_block()
        self.scopes.append(_Scope(temps=True, end_span=_end_of(self.body.value.span)))
        args: list[tuple[hir.Param, m.Local]] = []
        if self.closure_info is not None:
            expr, cty, _ = self.closure_info
            env_ty: t.Ty = (
                cty
                if kind_name == "FnOnce"
                else t.Ref(
                    t.RE_ERASED, cty, Mutability.MUT if kind_name == "FnMut" else Mutability.NOT
                )
            )
            self.new_local(m.LocalDecl(env_ty, m.LocalKind.ARG, span=expr.fn_decl_span))
            env = m.Place(1) if kind_name == "FnOnce" else m.Place(1).deref()
            for i, cap in enumerate(self.results.closure_captures.get(expr.def_id, [])):
                by_ref = cap.kind is not CaptureKind.BY_VALUE
                fty: t.Ty = (
                    cap.ty
                    if not by_ref
                    else t.Ref(
                        t.RE_ERASED,
                        cap.ty,
                        Mutability.NOT if cap.kind is CaptureKind.BY_REF else Mutability.MUT,
                    )
                )
                name = ".".join((self.closure_info[2].get(cap.var, "_"), *cap.projections))
                place = env.project(m.Field(i, name, fty))
                if by_ref:
                    place = place.deref()
                self.upvars[(cap.var, cap.projections)] = place
                upvar_names.append(name)
                upvar_by_ref.append(by_ref)
                upvar_mut.append(self.captured_mut.get(cap.var, (True, None)))
        for p in self.body.params:
            ty = self.results.expr_ty(p.pat.hir_id)
            peeled = self.results.pat_adjustments.get(p.pat.hir_id)
            if peeled:
                ty = peeled[0]  # (match ergonomics: the argument is the reference)
            name, mutable, hid = None, False, None
            if isinstance(p.pat, hir.BindingPat) and p.pat.sub is None and self._by_value(p.pat):
                name, mutable, hid = (
                    p.pat.ident.name,
                    p.pat.mode.mutbl is Mutability.MUT,
                    p.pat.hir_id,
                )
            local = self.new_local(
                m.LocalDecl(
                    ty, m.LocalKind.ARG, mutable=mutable, name=name, span=p.pat.span, hir_id=hid
                )
            )
            args.append((p, local))
        self._arg_drops = [
            local
            for local in range(1, self.body_arg_count(args) + 1)
            if self.needs_drop(self.locals[local].ty)
        ]
        for p, local in args:
            if self.locals[local].hir_id is not None:
                self.vars[p.pat.hir_id] = m.Place(local)
            else:
                self.declare_bindings(p.pat)
                self.bind_pattern(p.pat, m.Place(local), p.pat.span)
        self.into(m.Place(m.RETURN_PLACE), self.body.value)
        self.leave_scopes(0)
        self.goto(self.return_block)
        self.cur = self.return_block
        end = _end_of(self.body.value.span)
        # The parameters live to the end of the body: dropped last, in reverse order.
        while self._arg_drops:
            local = self._arg_drops.pop()
            self.drop(m.Place(local), end, self._cleanup(tuple(self._arg_drops)))
        self.terminate(m.Return(end))
        n_args = self.body_arg_count(args)
        name = self.tcx.def_path_str(self.owner) + (
            "::{closure}" if self.closure_info is not None else ""
        )
        return m.Body(
            self.owner,
            self.locals,
            self.blocks,
            n_args,
            self.body.value.span,
            name,
            kind_name,
            tuple(upvar_names),
            tuple(upvar_by_ref),
            self.replace_unwind,
            tuple(upvar_mut),
        )

    def body_arg_count(self, args: list[tuple[hir.Param, m.Local]]) -> int:
        return len(args) + (1 if self.closure_info is not None else 0)

    def var_mutability(self, var: HirId) -> tuple[bool, Span | None]:
        """Whether variable `var` is declared `mut`, and its name's span (for a variable an
        enclosing closure captured: the captured variable's)."""
        place = self.vars.get(var)
        if place is not None and place.is_local:
            decl = self.locals[place.local]
            return decl.mutable, decl.span
        return self.captured_mut.get(var, (True, None))

    def var_name(self, var: HirId) -> str:
        place = self.vars.get(var)
        if place is not None and place.is_local:
            return self.locals[place.local].name or "_"
        if self.closure_info is not None:
            return self.closure_info[2].get(var, "_")
        return "_"

    def _fn_sig(self) -> t.FnSig | None:
        if self.tcx.def_kind(self.owner) in (DefKind.FN, DefKind.ASSOC_FN):
            try:
                return self.tcx.fn_sig(self.owner)
            except Exception:
                return None
        return None

    # -- blocks, locals, terminators ----------------------------------------------------------

    def new_block(self) -> m.BlockId:
        self.blocks.append(m.BasicBlock())
        return len(self.blocks) - 1

    def new_local(self, decl: m.LocalDecl) -> m.Local:
        self.locals.append(decl)
        return len(self.locals) - 1

    def push(self, stmt: m.Statement) -> None:
        stmts = self.blocks[self.cur].statements
        if isinstance(stmt, m.Assign) and (
            not stmt.place.is_local or self.locals[stmt.place.local].kind is not m.LocalKind.TEMP
        ):
            # An assignment may drop an old value first: where a panic there goes.
            ty = self.body_place_ty(stmt.place)
            if self.needs_drop(ty):
                self.replace_unwind[(self.cur, len(stmts))] = self.unwind_here()
        stmts.append(stmt)

    def terminate(self, term: m.Terminator) -> None:
        bb = self.blocks[self.cur]
        if bb.terminator is None:
            bb.terminator = term

    def goto(self, target: m.BlockId, span: Span | None = None) -> None:
        self.terminate(m.Goto(target) if span is None else m.Goto(target, span))

    def diverge(self) -> None:
        """The current block ends (nothing flows on): later code goes in a fresh block nothing
        reaches."""
        self.terminate(m.Unreachable())
        self.cur = self.new_block()

    def temp(self, ty: t.Ty, span: Span) -> m.Place:
        local = self.new_local(
            m.LocalDecl(
                ty,
                m.LocalKind.TEMP,
                mutable=True,
                span=span,
                block_tail=self._tails[-1] if self._tails else None,
            )
        )
        self.push(m.StorageLive(local, span))
        for sc in reversed(self.scopes):
            if sc.temps:
                sc.locals.append(local)
                break
        return m.Place(local)

    def extended_temp(self, ty: t.Ty, span: Span, scope: _Scope | None = None) -> m.Place:
        """A temporary living to the end of `scope` (`let x = &temp;`: the `let`'s block),
        or of the enclosing block."""
        local = self.new_local(m.LocalDecl(ty, m.LocalKind.TEMP, mutable=True, span=span))
        self.push(m.StorageLive(local, span))
        if scope is not None and any(sc is scope for sc in self.scopes):
            scope.locals.append(local)
            return m.Place(local)
        for sc in reversed(self.scopes):
            if not sc.temps:
                sc.locals.append(local)
                break
        else:
            self.scopes[0].locals.append(local)
        return m.Place(local)

    def enter(self, temps: bool, end_span: Span | None = None) -> int:
        self.scopes.append(_Scope(temps=temps, end_span=end_span))
        return len(self.scopes) - 1

    def exit(self, depth: int) -> None:
        """End scopes down to `depth` (exclusive of those below): their locals die."""
        while len(self.scopes) > depth:
            sc = self.scopes.pop()
            self._storage_dead(sc, self.scopes)

    def _storage_dead(self, sc: _Scope, below: list[_Scope]) -> None:
        """The ends of `sc`'s locals, last first; `below`: the scopes still open after it
        (what a panic in one of its drops leaves to clean up)."""
        base = self._drop_order(below)
        own = [loc for loc in sc.locals if self.needs_drop(self.locals[loc].ty)]
        for local in reversed(sc.locals):
            if own and own[-1] == local:
                own.pop()
            self.drop_and_kill(local, sc.end_span or self.locals[local].span, (*base, *own))

    def drop_and_kill(self, local: m.Local, span: Span, after: tuple[m.Local, ...]) -> None:
        """The end of a local: its `Drop` (when its type has drop glue), then its
        `StorageDead`; `after`: the locals still to drop if that drop panics. The `Drop` is
        unconditional here: drop elaboration (`mir.elaborate`, drop flags) runs after
        borrow checking, which asks the init analysis whether the local may still hold a
        value."""
        if self.needs_drop(self.locals[local].ty):
            self.drop(m.Place(local), span, self._cleanup(after))
        self.push(m.StorageDead(local, span))

    def drop(self, place: m.Place, span: Span, unwind: m.BlockId | None) -> None:
        nxt = self.new_block()
        self.terminate(m.Drop(place, nxt, span, unwind))
        self.cur = nxt

    # -- unwinding ------------------------------------------------------------------------------

    def _drop_order(self, scopes: list[_Scope]) -> tuple[m.Local, ...]:
        """The locals with drop glue in `scopes` and the parameters, in the order they were
        made (a panic drops them last first)."""
        out = list(self._arg_drops)
        for sc in scopes:
            out.extend(loc for loc in sc.locals if self.needs_drop(self.locals[loc].ty))
        return tuple(out)

    def unwind_here(self) -> m.BlockId | None:
        """Where a panic at this point continues: the cleanup dropping everything in scope."""
        return self._cleanup(self._drop_order(self.scopes))

    def _cleanup(self, order: tuple[m.Local, ...]) -> m.BlockId | None:
        """The cleanup chain dropping `order`'s locals, last first, then resuming the
        unwind (None when there is nothing to drop). Chains share their tails: the chain
        of `(a, b, c)` drops `c` and goes on to the chain of `(a, b)`. Every local is
        dropped unconditionally here; drop elaboration removes the drops of locals that
        hold nothing there (not yet initialised, or moved out)."""
        if not order:
            return None
        got = self._cleanup_blocks.get(order)
        if got is not None:
            return got
        n = len(order) - 1
        while n > 0 and order[:n] not in self._cleanup_blocks:
            n -= 1
        if n == 0:
            if self._resume_block is None:
                self._resume_block = self._cleanup_block(m.Resume(self.locals[0].span))
            nxt = self._resume_block
        else:
            nxt = self._cleanup_blocks[order[:n]]
        for k in range(n, len(order)):
            local = order[k]
            nxt = self._cleanup_block(m.Drop(m.Place(local), nxt, self.locals[local].span))
            self._cleanup_blocks[order[: k + 1]] = nxt
        return nxt

    def _cleanup_block(self, term: m.Terminator) -> m.BlockId:
        self.blocks.append(m.BasicBlock(terminator=term, is_cleanup=True))
        return len(self.blocks) - 1

    def needs_drop(self, ty: t.Ty) -> bool:
        return self._needs_drop(ty)

    def leave_scopes(self, depth: int) -> None:
        """`StorageDead`s for the scopes above `depth` on a path that jumps out of them (the
        scopes stay open for the code that follows)."""
        for i in range(len(self.scopes) - 1, depth - 1, -1):
            self._storage_dead(self.scopes[i], self.scopes[:i])

    # -- types and small queries -------------------------------------------------------------

    def ty(self, e: hir.Expr) -> t.Ty:
        return self.results.expr_ty(e.hir_id)

    def ty_adjusted(self, e: hir.Expr) -> t.Ty:
        return self.results.expr_ty_adjusted(e.hir_id)

    def is_copy(self, ty: t.Ty) -> bool:
        if isinstance(ty, t.Ref):
            return ty.mutbl is Mutability.NOT
        if isinstance(
            ty, t.Int | t.Uint | t.Float | t.Bool | t.Char | t.Never | t.FnDef | t.FnPtr | t.RawPtr
        ):
            return True
        if ty.references_error:
            return True
        return self.types.is_copy(self.types.normalize(ty))

    def operand_of(self, place: m.Place, ty: t.Ty) -> m.Operand:
        return m.Copy(place) if self.is_copy(ty) else m.Move(place)

    def _by_value(self, pat: hir.BindingPat) -> bool:
        mode = self.results.pat_binding_modes.get(pat.hir_id)
        return mode is None or mode.by_ref is None

    def _check_ty(self, ty: t.Ty) -> None:
        if ty.references_error:
            raise Unsupported("an error type")

    # -- expressions: into a destination ------------------------------------------------------

    def into(self, dest: m.Place, e: hir.Expr) -> None:
        """Evaluate `e` (with its adjustments) into `dest`."""
        adjs = self.results.adjustments.get(e.hir_id)
        if adjs and isinstance(e, hir.BlockExpr) and e.label is None:
            tail = e.block.expr
            if _is_plain_reborrow(adjs, self.ty(e)) or (
                all(a.kind is AdjustKind.UNSIZE for a in adjs) and adjs[-1].target == self.ty(e)
            ):
                # A block coerced by a reborrow (`&mut x` as the tail of a `&'static mut`
                # fn): the block's value is the reference itself.
                self.into_unadjusted(dest, e)
                return
            if tail is not None and not self.results.adjustments.get(tail.hir_id):
                # rustc coerces a block's tail expression, inside the block (the locals the
                # value borrows are still alive there).
                self.results.adjustments[tail.hir_id] = adjs
                try:
                    self.into_unadjusted(dest, e)
                finally:
                    self.results.adjustments.pop(tail.hir_id, None)
                return
        if adjs:
            op = self.as_operand(e)
            self.push(m.Assign(dest, m.Use(op), e.span))
            return
        if isinstance(e, hir.BlockExpr):
            self.block_into(dest, e)
        elif isinstance(e, hir.IfExpr):
            self.if_into(dest, e)
        elif isinstance(e, hir.MatchExpr):
            self.match_into(dest, e)
        elif isinstance(e, hir.LoopExpr):
            self.loop_into(dest, e)
        elif isinstance(e, hir.CallExpr | hir.MethodCallExpr):
            self.call_into(dest, e)
        elif isinstance(e, hir.BreakExpr | hir.ContinueExpr | hir.RetExpr):
            self.jump(e)
        elif isinstance(e, hir.AssignExpr | hir.AssignOpExpr):
            self.assign(e)
            self.push(m.Assign(dest, m.Aggregate(m.AggregateKind.TUPLE, t.UNIT, ()), e.span))
        elif isinstance(e, hir.BinaryExpr) and e.op in (BinOpKind.AND, BinOpKind.OR):
            self.lazy_bool_into(dest, e)
        else:
            rv = self.as_rvalue(e)
            self.push(m.Assign(dest, rv, e.span))
        if self.ty(e).is_never:
            self.diverge()

    # -- expressions: operands and places -----------------------------------------------------

    def as_operand(self, e: hir.Expr) -> m.Operand:
        adjs = self.results.adjustments.get(e.hir_id) or []
        if adjs and adjs[0].kind is AdjustKind.NEVER_TO_ANY:
            self.as_operand_unadjusted(e)
            return m.Constant(self.ty_adjusted(e), "!")
        if not adjs:
            return self.as_operand_unadjusted(e)
        if adjs[-1].kind is AdjustKind.BORROW and all(
            a.kind is AdjustKind.DEREF for a in adjs[:-1]
        ):
            # Auto-ref (after auto-derefs): a borrow of the place.
            mutable = adjs[-1].mutbl is Mutability.MUT
            place = self.as_place_unadjusted(e, mutable)
            place = self.apply_derefs(place, self.ty(e), adjs[:-1], e.span, mutable)
            target = adjs[-1].target
            if isinstance(target, t.RawPtr):
                rv: m.Rvalue = m.AddressOf(mutable, place)
            else:
                rv = m.Ref(m.BorrowKind.MUT if mutable else m.BorrowKind.SHARED, place)
            tmp = self.temp(target, e.span)
            self.push(m.Assign(tmp, rv, e.span))
            return m.Move(tmp)
        place = self.as_place(e)
        return self.spanned(
            self.operand_of(place, self.ty_adjusted(e)), self.ty_adjusted(e), e.span
        )

    def spanned(self, op: m.Operand, ty: t.Ty, span: Span) -> m.Operand:
        """A place operand read into a temporary at `span` (so the use has its own span)."""
        if not isinstance(op, m.Copy | m.Move):
            return op
        if op.place.is_local and self.locals[op.place.local].kind is m.LocalKind.TEMP:
            return op
        tmp = self.temp(ty, span)
        self.push(m.Assign(tmp, m.Use(op), span))
        return m.Move(tmp)

    def as_operand_unadjusted(self, e: hir.Expr) -> m.Operand:
        if isinstance(e, hir.LitExpr):
            return m.Constant(self.ty(e), _lit_text(e))
        if _is_place_expr(e, self.results):
            place = self.as_place_unadjusted(e, False)
            return self.spanned(self.operand_of(place, self.ty(e)), self.ty(e), e.span)
        if isinstance(e, hir.PathExpr):
            c = self.path_constant(e)
            if c is not None:
                return c
        ty = self.ty(e)
        tmp = self.temp(ty, e.span)
        self.into_unadjusted(tmp, e)
        return m.Move(tmp)

    def into_unadjusted(self, dest: m.Place, e: hir.Expr) -> None:
        saved = self.results.adjustments.pop(e.hir_id, None)
        try:
            self.into(dest, e)
        finally:
            if saved is not None:
                self.results.adjustments[e.hir_id] = saved

    def as_place(self, e: hir.Expr, mutable: bool = False) -> m.Place:
        """The place `e` (after its adjustments) names; an rvalue goes in a temporary."""
        adjs = self.results.adjustments.get(e.hir_id) or []
        if not adjs:
            return self.as_place_unadjusted(e, mutable)
        if adjs[0].kind is AdjustKind.NEVER_TO_ANY:
            self.as_operand_unadjusted(e)
            return self.temp(self.ty_adjusted(e), e.span)
        if all(a.kind is AdjustKind.DEREF for a in adjs):
            place = self.as_place_unadjusted(e, mutable)
            return self.apply_derefs(place, self.ty(e), adjs, e.span, mutable)
        # A value adjustment (auto-ref, reborrow, unsizing, reifying): compute the value.
        op = self.as_operand_value_adjusted(e)
        if isinstance(op, m.Copy | m.Move) and op.place.is_local:
            return op.place
        tmp = self.temp(self.ty_adjusted(e), e.span)
        self.push(m.Assign(tmp, m.Use(op), e.span))
        return tmp

    def as_operand_value_adjusted(self, e: hir.Expr) -> m.Operand:
        adjs = self.results.adjustments.get(e.hir_id) or []
        # Leading derefs and a borrow work on the place.
        i = 0
        while i < len(adjs) and adjs[i].kind is AdjustKind.DEREF:
            i += 1
        cur_ty = self.ty(e)
        if i < len(adjs) and adjs[i].kind in (AdjustKind.BORROW, AdjustKind.REBORROW):
            a = adjs[i]
            mutable = a.mutbl is Mutability.MUT
            place = self.as_place_unadjusted(e, mutable)
            place = self.apply_derefs(place, cur_ty, adjs[:i], e.span, mutable)
            if a.kind is AdjustKind.REBORROW:
                place = place.deref()
            if isinstance(a.target, t.RawPtr):
                rv: m.Rvalue = m.AddressOf(mutable, place)
            else:
                rv = m.Ref(m.BorrowKind.MUT if mutable else m.BorrowKind.SHARED, place)
            tmp = self.temp(a.target, e.span)
            self.push(m.Assign(tmp, rv, e.span))
            op: m.Operand = m.Move(tmp)
            cur_ty = a.target
            i += 1
        elif i > 0:
            place = self.apply_derefs(
                self.as_place_unadjusted(e, False), cur_ty, adjs[:i], e.span, False
            )
            cur_ty = adjs[i - 1].target
            op = self.operand_of(place, cur_ty)
        else:
            op = self.as_operand_unadjusted(e)
        for a in adjs[i:]:
            if a.kind is AdjustKind.NEVER_TO_ANY:
                continue
            if a.kind is AdjustKind.DEREF:
                raise Unsupported("a deref after a value adjustment")
            tmp = self.temp(a.target, e.span)
            self.push(m.Assign(tmp, m.Cast(op, a.target), e.span))
            op = m.Move(tmp)
            cur_ty = a.target
        return op

    def apply_derefs(
        self, place: m.Place, ty: t.Ty, adjs: list, span: Span, mutable: bool
    ) -> m.Place:
        for a in adjs:
            if a.kind is not AdjustKind.DEREF:
                raise Unsupported("adjustment")
            if a.method is not None:
                place = self.overloaded_deref(
                    place, ty, a.target, a.mutbl is Mutability.MUT or mutable, span, a.method
                )
            else:
                place = place.deref()
            ty = a.target
        return place

    def overloaded_deref(
        self,
        place: m.Place,
        ty: t.Ty,
        target: t.Ty,
        mutable: bool,
        span: Span,
        method: DefId | None = None,
    ) -> m.Place:
        """`*x` through `Deref::deref(&x)` / `DerefMut::deref_mut(&mut x)`."""
        kind = m.BorrowKind.MUT if mutable else m.BorrowKind.SHARED
        arg_ty = t.Ref(t.RE_ERASED, ty, Mutability.MUT if mutable else Mutability.NOT)
        arg = self.temp(arg_ty, span)
        self.push(m.Assign(arg, m.Ref(kind, place), span))
        name = "deref_mut" if mutable else "deref"
        fn = (
            self._lang_method("deref_mut" if mutable else "deref", name)
            if method is None or mutable
            else method
        )
        ret_ty = t.Ref(t.RE_ERASED, target, Mutability.MUT if mutable else Mutability.NOT)
        dest = self.temp(ret_ty, span)
        self.locals[dest.local].origin = ("deref", place)
        self.call_terminator(
            m.Constant(t.UNIT, f"{name}", fn), (m.Move(arg),), dest, span, from_hir=False
        )
        return dest.deref()

    def _lang_method(self, trait_lang: str, name: str) -> DefId | None:
        trait = self.tcx.lang_item(trait_lang)
        if trait is None:
            return None
        item = self.tcx.find_assoc(trait, name)
        return item.def_id if item is not None else None

    def as_place_unadjusted(self, e: hir.Expr, mutable: bool) -> m.Place:
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if isinstance(res, LocalRes):
                place = self.vars.get(res.hir_id)
                if place is None:
                    place = self.upvars.get((res.hir_id, ()))
                if place is None:
                    raise Unsupported("an upvar or unknown local")
                return place
            if isinstance(res, DefRes) and res.kind is DefKind.STATIC:
                return self.static_place(e, res.def_id)
        if isinstance(e, hir.FieldExpr):
            up = self._upvar_field(e)
            if up is not None:
                return up
            base = self.as_place(e.expr, mutable)
            idx = self.results.field_indices.get(e.hir_id)
            if idx is None:
                raise Unsupported("a field without an index")
            ty = self.ty(e)
            self._check_ty(ty)
            return base.project(m.Field(idx, e.ident.name, ty))
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
            om = self.results.operator_methods.get(e.hir_id)
            inner = self.as_place(e.expr, mutable)
            if om is not None:
                return self.overloaded_deref(
                    inner, self.ty_adjusted(e.expr), self.ty(e), mutable, e.span
                )
            return inner.deref()
        if isinstance(e, hir.IndexExpr):
            return self.index_place(e, mutable)
        # An rvalue: its value in a temporary (a constant's is `'static`: promoted).
        ty = self.ty(e)
        if not mutable and self.promotable(e, own_adjustments=False):
            tmp = self.extended_temp(ty, e.span)
            self.locals[tmp.local].kind = m.LocalKind.TEMP
            self.locals[tmp.local].origin = ("promoted", tmp)
            self.into_unadjusted(tmp, e)
            return tmp
        if e.hir_id in self.extended:
            tmp = self.extended_temp(ty, e.span, self.extended[e.hir_id])
        else:
            tmp = self.temp(ty, e.span)
        self.into_unadjusted(tmp, e)
        return tmp

    def static_place(self, e: hir.PathExpr, def_id: DefId) -> m.Place:
        """A static, as rustc's MIR has it: through a constant pointer to it (`&'static T`,
        or `*mut T` for a `static mut` and a foreign static, whose accesses are the
        programmer's business in `unsafe`)."""
        ty = self.ty(e)
        item = self.tcx.hir_item(def_id)
        shared = isinstance(item, hir.StaticItem) and item.mutbl is Mutability.NOT
        pty: t.Ty = t.Ref(t.RE_STATIC, ty, Mutability.NOT) if shared else t.RawPtr(ty, Mutability.MUT)
        ptr = self.temp(pty, e.span)
        name = self.tcx.def_path_str(def_id)
        decl_span = e.span
        if isinstance(item, hir.StaticItem):
            decl_span = item.span.with_hi(item.ty.span.hi)
        self.locals[ptr.local].static_item = (self.tcx.item_name(def_id), decl_span)
        self.push(m.Assign(ptr, m.Use(m.Constant(pty, f"&{name}", def_id)), e.span))
        return ptr.deref()

    def _upvar_field(self, e: hir.FieldExpr) -> m.Place | None:
        """A field path a closure captured on its own (2021's disjoint captures)."""
        if not self.upvars:
            return None
        names: list[str] = []
        cur: hir.Expr = e
        while isinstance(cur, hir.FieldExpr):
            names.append(cur.ident.name)
            cur = cur.expr
        if not (
            isinstance(cur, hir.PathExpr)
            and isinstance(cur.qpath, hir.ResolvedPath)
            and isinstance(cur.qpath.path.res, LocalRes)
        ):
            return None
        names.reverse()
        return self.upvars.get((cur.qpath.path.res.hir_id, tuple(names)))

    def index_place(self, e: hir.IndexExpr, mutable: bool) -> m.Place:
        om = self.results.operator_methods.get(e.hir_id)
        ty = self.ty(e)
        base_ty = self.ty_adjusted(e.expr)
        if isinstance(base_ty, t.Array | t.Slice) and isinstance(self.ty_adjusted(e.index), t.Uint):
            om = None  # (built-in indexing)
        if om is not None:
            method, _ = om
            name = self.tcx.item_name(method)
            if mutable and name == "index":
                method = self._lang_method("index_mut", "index_mut") or method
                name = "index_mut"
            is_mut = name == "index_mut"
            base = self.as_place(e.expr, is_mut)
            base_ty = self.ty_adjusted(e.expr)
            arg = self.temp(
                t.Ref(t.RE_ERASED, base_ty, Mutability.MUT if is_mut else Mutability.NOT),
                e.expr.span,
            )
            self.push(
                m.Assign(
                    arg,
                    m.Ref(m.BorrowKind.MUT if is_mut else m.BorrowKind.SHARED, base),
                    e.expr.span,
                )
            )
            self.locals[arg.local].index_of = e.index.span
            idx = self.as_operand(e.index)
            dest = self.temp(
                t.Ref(t.RE_ERASED, ty, Mutability.MUT if is_mut else Mutability.NOT), e.span
            )
            self.locals[dest.local].origin = ("index", base)
            self.call_terminator(
                m.Constant(t.UNIT, name, method), (m.Move(arg), idx), dest, e.span, from_hir=False
            )
            return dest.deref()
        base = self.as_place(e.expr, mutable)
        idx_op = self.as_operand(e.index)
        idx = self.temp(t.USIZE, e.index.span)
        self.push(m.Assign(idx, m.Use(idx_op), e.index.span))
        self.push(m.FakeRead(m.FakeReadCause.FOR_INDEX, base, e.span))
        return base.project(m.Index(idx.local))

    def path_constant(self, e: hir.PathExpr) -> m.Operand | None:
        ty = self.ty(e)
        qp = e.qpath
        if isinstance(qp, hir.ResolvedPath):
            res = qp.path.res
            if isinstance(res, LocalRes):
                return None
            if isinstance(res, DefRes | SelfCtorRes):
                return m.Constant(ty, _path_text(qp))
            return m.Constant(ty, _path_text(qp))
        if isinstance(qp, hir.TypeRelativePath | hir.LangItemPath):
            return m.Constant(
                ty,
                (getattr(getattr(qp, "segment", None), "ident", None) and qp.segment.ident.name)
                or "const",
            )  # type: ignore[union-attr]
        return None

    # -- rvalues --------------------------------------------------------------------------------

    def as_rvalue(self, e: hir.Expr) -> m.Rvalue:
        ty = self.ty(e)
        if isinstance(e, hir.LitExpr):
            return m.Use(m.Constant(ty, _lit_text(e)))
        if isinstance(e, hir.PathExpr):
            if _is_place_expr(e, self.results):
                return m.Use(self.as_operand_unadjusted(e))  # (a local, or a static)
            c = self.path_constant(e)
            if c is not None:
                if isinstance(ty, t.Adt) and isinstance(e.qpath, hir.ResolvedPath):
                    return m.Aggregate(m.AggregateKind.ADT, ty, (), name=_path_text(e.qpath))
                return m.Use(c)
            return m.Use(self.as_operand_unadjusted(e))
        if isinstance(e, hir.FieldExpr | hir.IndexExpr) or (
            isinstance(e, hir.UnaryExpr)
            and e.op is UnOp.DEREF
            and e.hir_id not in self.results.operator_methods
        ):
            return m.Use(self.as_operand_unadjusted(e))
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
            return m.Use(self.as_operand_unadjusted(e))
        if isinstance(e, hir.AddrOfExpr):
            return self.addr_of(e)
        if isinstance(e, hir.BinaryExpr):
            return self.binary(e)
        if isinstance(e, hir.UnaryExpr):
            om = self.results.operator_methods.get(e.hir_id)
            if om is not None:
                op = self.as_operand(e.expr)
                tmp = self.temp(ty, e.span)
                self.call_terminator(
                    m.Constant(t.UNIT, self.tcx.item_name(om[0]), om[0]),
                    (op,),
                    tmp,
                    e.span,
                    from_hir=False,
                )
                return m.Use(m.Move(tmp))
            return m.UnaryOp(e.op.value, self.as_operand(e.expr))
        if isinstance(e, hir.CastExpr):
            return m.Cast(self.as_operand(e.expr), ty)
        if isinstance(e, hir.TupleExpr):
            return m.Aggregate(
                m.AggregateKind.TUPLE, ty, tuple(self.as_operand(x) for x in e.elems)
            )
        if isinstance(e, hir.ArrayExpr):
            return m.Aggregate(
                m.AggregateKind.ARRAY, ty, tuple(self.as_operand(x) for x in e.elems)
            )
        if isinstance(e, hir.RepeatExpr):
            return m.Repeat(self.as_operand(e.elem), "N")
        if isinstance(e, hir.StructExpr):
            return self.struct_expr(e)
        if isinstance(e, hir.ClosureExpr):
            return self.closure(e)
        if isinstance(e, hir.FormatArgsExpr):
            refs: list[m.Operand] = []
            for a in e.hir_exprs:
                place = self.as_place(a)
                r = self.temp(t.Ref(t.RE_ERASED, self.ty_adjusted(a), Mutability.NOT), a.span)
                self.push(m.Assign(r, m.Ref(m.BorrowKind.SHARED, place), a.span))
                refs.append(m.Move(r))
            return m.Aggregate(m.AggregateKind.ADT, ty, tuple(refs), name="Arguments")
        if isinstance(e, hir.LetExpr):
            raise Unsupported("`let` outside a condition")
        if isinstance(e, hir.ConstBlockExpr):
            return m.Use(m.Constant(ty, "const {..}"))
        if isinstance(
            e,
            hir.BlockExpr
            | hir.IfExpr
            | hir.MatchExpr
            | hir.LoopExpr
            | hir.CallExpr
            | hir.MethodCallExpr
            | hir.AssignExpr
            | hir.AssignOpExpr
            | hir.BreakExpr
            | hir.ContinueExpr
            | hir.RetExpr,
        ):
            tmp = self.temp(ty, e.span)
            self.into(tmp, e)
            return m.Use(m.Move(tmp))
        raise Unsupported(f"expression {type(e).__name__}")

    def addr_of(self, e: hir.AddrOfExpr) -> m.Rvalue:
        mutable = e.mutbl is Mutability.MUT
        if e.kind is BorrowKind.RAW:
            return m.AddressOf(mutable, self.as_place(e.expr, mutable))
        if not mutable and self.promotable(e.expr):
            # `&CONSTANT_EXPRESSION` is promoted to a `'static` (rustc's rvalue promotion).
            return m.Use(m.Constant(self.ty(e), "promoted"))
        place = self.as_place(e.expr, mutable)
        return m.Ref(m.BorrowKind.MUT if mutable else m.BorrowKind.SHARED, place)

    def promotable(self, e: hir.Expr, own_adjustments: bool = True) -> bool:
        if own_adjustments and self.results.adjustments.get(e.hir_id):
            return False
        if isinstance(e, hir.LitExpr):
            return True
        if isinstance(e, hir.ArrayExpr | hir.TupleExpr):
            return all(self.promotable(x) for x in e.elems)
        if isinstance(e, hir.RepeatExpr):
            return self.promotable(e.elem)
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.NEG:
            return self.promotable(e.expr) and e.hir_id not in self.results.operator_methods
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if isinstance(res, DefRes) and res.kind in (
                DefKind.CONST,
                DefKind.ASSOC_CONST,
                DefKind.CTOR,
                DefKind.FN,
                DefKind.ASSOC_FN,
            ):
                return True
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.TypeRelativePath):
            tdd = self.results.type_dependent_defs.get(e.hir_id)
            return tdd is not None and tdd[0] in (DefKind.CONST, DefKind.ASSOC_CONST, DefKind.CTOR)
        if isinstance(e, hir.CallExpr) and isinstance(self.ty_adjusted(e.func), t.FnDef):
            did = self.ty_adjusted(e.func).def_id  # type: ignore[attr-defined]
            return (
                self.tcx.def_kind(did) is DefKind.CTOR
                and self.promotable_value_ty(self.ty(e))
                and all(self.promotable(a) for a in e.args)
            )
        if isinstance(e, hir.StructExpr):
            # `&Point { x: 1, y: 2 }`: a struct literal of constants is promoted like a
            # tuple struct constructor call (no `..base`: that reads a place).
            return (
                e.base is None
                and self.promotable_value_ty(self.ty(e))
                and all(self.promotable(f.expr) for f in e.fields)
            )
        return False

    def promotable_value_ty(self, ty: t.Ty) -> bool:
        """rustc promotes an aggregate only when its value needs no drop and has no interior
        mutability (`Drop` types and `Cell`s stay temporaries)."""
        return not self.needs_drop(ty) and not self._has_unsafe_cell(ty, set())

    def _has_unsafe_cell(self, ty: t.Ty, seen: set[t.Ty]) -> bool:
        """Whether `ty` contains an `UnsafeCell` by value (structurally, as `Freeze`)."""
        if ty in seen:
            return False
        seen.add(ty)
        if isinstance(ty, t.Tuple):
            return any(self._has_unsafe_cell(x, seen) for x in ty.elems)
        if isinstance(ty, t.Array):
            return self._has_unsafe_cell(ty.elem, seen)
        if not isinstance(ty, t.Adt):
            return False
        if ty.def_id == self.tcx.lang_item("unsafe_cell"):
            return True
        adt = self.tcx.adt_def(ty.def_id)
        return any(
            self._has_unsafe_cell(self.tcx.field_ty(fd, ty.args), seen)
            for v in adt.variants
            for fd in v.fields
        )

    def binary(self, e: hir.BinaryExpr) -> m.Rvalue:
        ty = self.ty(e)
        om = self.results.operator_methods.get(e.hir_id)
        if om is not None:
            method = om[0]
            if e.op in _CMP_OPS:
                # Comparison operators take both sides by reference.
                args: list[m.Operand] = []
                for side in (e.lhs, e.rhs):
                    place = self.as_place(side)
                    r = self.temp(
                        t.Ref(t.RE_ERASED, self.ty_adjusted(side), Mutability.NOT), side.span
                    )
                    self.push(m.Assign(r, m.Ref(m.BorrowKind.SHARED, place), side.span))
                    args.append(m.Move(r))
            else:
                args = [self.as_operand(e.lhs), self.as_operand(e.rhs)]
            tmp = self.temp(ty, e.span)
            self.call_terminator(
                m.Constant(t.UNIT, self.tcx.item_name(method), method),
                tuple(args),
                tmp,
                e.span,
                from_hir=False,
            )
            return m.Use(m.Move(tmp))
        if e.op in (BinOpKind.AND, BinOpKind.OR):
            tmp = self.temp(ty, e.span)
            self.lazy_bool_into(tmp, e)
            return m.Use(m.Move(tmp))
        a = self.as_operand(e.lhs)
        b = self.as_operand(e.rhs)
        return m.BinaryOp(e.op.value, a, b)

    def lazy_bool_into(self, dest: m.Place, e: hir.BinaryExpr) -> None:
        a = self.as_operand(e.lhs)
        rhs_block, short_block, join = self.new_block(), self.new_block(), self.new_block()
        is_and = e.op is BinOpKind.AND
        # `a && b`: false skips b; `a || b`: true skips b.
        self.terminate(
            m.SwitchInt(
                a,
                ((0, short_block if is_and else rhs_block),),
                rhs_block if is_and else short_block,
                e.span,
            )
        )
        self.cur = short_block
        self.push(m.Assign(dest, m.Use(m.Constant(t.BOOL, "false" if is_and else "true")), e.span))
        self.goto(join)
        self.cur = rhs_block
        depth = self.enter(temps=True)
        b = self.as_operand(e.rhs)
        self.push(m.Assign(dest, m.Use(b), e.span))
        self.exit(depth)
        self.goto(join)
        self.cur = join

    def struct_expr(self, e: hir.StructExpr) -> m.Rvalue:
        ty = self.ty(e)
        if not isinstance(ty, t.Adt):
            raise Unsupported("a struct expression of a non-ADT type")
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_union:
            raise Unsupported("a union")
        vidx = 0
        if adt.is_enum:
            vdef = self._variant_of(e.qpath, e.hir_id)
            vidx = adt.variant_index_with_id(vdef)
        variant = adt.variants[vidx]
        ops: dict[int, m.Operand] = {}
        for f in e.fields:
            i = self.results.field_indices.get(f.hir_id)
            if i is None:
                raise Unsupported("a field without an index")
            ops[i] = self.as_operand(f.expr)
        if e.base is not None:
            base = self.as_place(e.base)
            for i, fd in enumerate(variant.fields):
                if i not in ops:
                    fty = self.tcx.field_ty(fd, ty.args)
                    ops[i] = self.operand_of(base.project(m.Field(i, fd.name, fty)), fty)
        operands = tuple(ops[i] for i in sorted(ops))
        return m.Aggregate(m.AggregateKind.ADT, ty, operands, variant=vidx, name=variant.name)

    def _variant_of(self, qpath: hir.QPath, hir_id: HirId) -> DefId:
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
        raise Unsupported("a variant path")

    def closure(self, e: hir.ClosureExpr) -> m.Rvalue:
        ty = self.ty(e)
        if not isinstance(ty, t.Closure | t.Coroutine):
            raise Unsupported("a closure of an unknown type")
        ops: list[m.Operand] = []
        uses: list[Span | None] = []
        for cap in self.results.closure_captures.get(e.def_id, []):
            place = self.capture_place(
                cap.var, cap.projections, by_value=cap.kind is CaptureKind.BY_VALUE
            )
            uses.append(cap.span if isinstance(cap.span, Span) else None)
            if cap.kind is CaptureKind.BY_VALUE:
                ops.append(self.operand_of(place, self.body_place_ty(place)))
                continue
            kind = {
                CaptureKind.BY_REF: m.BorrowKind.SHARED,
                CaptureKind.BY_MUT_REF: m.BorrowKind.MUT,
            }.get(cap.kind, m.BorrowKind.UNIQUE)
            pty = self.body_place_ty(place)
            if kind is m.BorrowKind.MUT and isinstance(pty, t.Ref) and pty.mutbl is Mutability.MUT:
                # (Mutating through a captured `&mut` borrows the reference uniquely: it
                # needs no `mut`.)
                kind = m.BorrowKind.UNIQUE
            r = self.temp(
                t.Ref(
                    t.RE_ERASED,
                    cap.ty,
                    Mutability.NOT if kind is m.BorrowKind.SHARED else Mutability.MUT,
                ),
                e.span,
            )
            span = cap.span if isinstance(cap.span, Span) else e.span
            decl = self.locals[r.local]
            assigns = self._assigned_spans(e)
            decl.capture = (e.fn_decl_span, span, span in assigns)
            decl.capture_assign = assigns.get(span)
            if isinstance(ty, t.Coroutine):
                decl.capture = (async_block_head(self.tcx, e), *decl.capture[1:])
                cbody = self.tcx.body(e.def_id)
                decl.capture_async_body = cbody.value.span if cbody is not None else e.span
            self.push(m.Assign(r, m.Ref(kind, place), span))
            ops.append(m.Move(r))
        self.closures.append(
            (
                e,
                ty,
                {
                    cap.var: self.var_name(cap.var)
                    for cap in self.results.closure_captures.get(e.def_id, [])
                },
                {
                    cap.var: self.var_mutability(cap.var)
                    for cap in self.results.closure_captures.get(e.def_id, [])
                },
            )
        )
        return m.Aggregate(
            m.AggregateKind.CLOSURE, ty, tuple(ops), name="closure", capture_uses=tuple(uses)
        )

    def _assigned_spans(self, e: hir.ClosureExpr) -> dict[Span, Span]:
        """Spans of the places the closure's body assigns to (`x = ..`, `x += ..`), each
        with its assignment's."""
        body = self.tcx.body(e.def_id)
        out: dict[Span, Span] = {}
        if body is None:
            return out
        stack: list[object] = [body.value]
        while stack:
            node = stack.pop()
            if isinstance(node, hir.AssignExpr | hir.AssignOpExpr):
                out[node.lhs.span] = node.span
            if isinstance(node, hir.ClosureExpr):
                inner = self.tcx.body(node.def_id)  # (a nested closure's use is this one's)
                if inner is not None:
                    stack.append(inner.value)
            stack.extend(hir.child_nodes(node))
        return out

    def capture_place(
        self, var: HirId, projections: tuple[str, ...], by_value: bool = False
    ) -> m.Place:
        place = self.vars.get(var)
        if place is None:
            # A nested closure capturing what the enclosing closure captured.
            for n in range(len(projections), -1, -1):
                up = self.upvars.get((var, projections[:n]))
                if up is not None:
                    place, projections = up, projections[n:]
                    break
        if place is None:
            raise Unsupported("a capture of an upvar")
        ty = self.body_place_ty(place)
        for name in projections:
            if by_value and isinstance(ty, t.Ref):
                break  # (a move through a reference captures the whole; type checking has
                # cut by-value captures of non-`Copy` fields of `Drop` types already)
            while isinstance(ty, t.Ref) or (
                isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_box
            ):
                ty = m.projected_ty(ty, m.DEREF)
                place = place.deref()
            if not isinstance(ty, t.Adt | t.Tuple):
                raise Unsupported("a capture path")
            if isinstance(ty, t.Tuple):
                i = int(name)
                fty = ty.elems[i]
            else:
                adt = self.tcx.adt_def(ty.def_id)
                if adt.is_enum:
                    raise Unsupported("a capture path into an enum")
                found = adt.non_enum_variant().field_named(name)
                if found is None:
                    raise Unsupported("a capture path")
                i, fd = found
                fty = self.tcx.field_ty(fd, ty.args)
            place = place.project(m.Field(i, name, fty))
            ty = fty
        return place

    def body_place_ty(self, place: m.Place) -> t.Ty:
        ty = self.locals[place.local].ty
        for p in place.projection:
            ty = m.projected_ty(ty, p)
        return ty

    # -- calls ----------------------------------------------------------------------------------

    def call_terminator(
        self,
        func: m.Operand,
        args: tuple[m.Operand, ...],
        dest: m.Place,
        span: Span,
        from_hir: bool = True,
        fn_span: Span | None = None,
    ) -> None:
        nxt = self.new_block()
        unwind = self.unwind_here()
        self.terminate(m.Call(func, args, dest, nxt, span, from_hir, fn_span, unwind))
        self.cur = nxt

    def call_into(self, dest: m.Place, e: hir.CallExpr | hir.MethodCallExpr) -> None:
        if isinstance(e, hir.MethodCallExpr):
            tdd = self.results.type_dependent_defs.get(e.hir_id)
            if tdd is None:
                raise Unsupported("an unresolved method")
            did = tdd[1]
            recv = self.receiver_operand(e.receiver)
            generic = self._generic_params(did, 1)
            args = (recv, *(self.arg_operand(a, generic=i in generic) for i, a in enumerate(e.args)))
            func = m.Constant(
                t.FnDef(did, self.results.node_args.get(e.hir_id, ())), self.tcx.item_name(did), did
            )
            self.call_terminator(func, args, dest, e.span, fn_span=e.segment.ident.span)
            return
        fty = self.ty_adjusted(e.func)
        if isinstance(fty, t.FnDef):
            did = fty.def_id
            if self.tcx.def_kind(did) is DefKind.CTOR:
                ops = tuple(self.as_operand(a) for a in e.args)
                out = self.ty(e)
                vidx = 0
                if isinstance(out, t.Adt) and self.tcx.adt_def(out.def_id).is_enum:
                    vidx = self.tcx.adt_def(out.def_id).variant_index_with_id(
                        self.tcx.parent(did) or did
                    )
                self.push(
                    m.Assign(
                        dest,
                        m.Aggregate(
                            m.AggregateKind.ADT,
                            out,
                            ops,
                            vidx,
                            self.tcx.item_name(self.tcx.parent(did) or did),
                        ),
                        e.span,
                    )
                )
                return
            if not isinstance(e.func, hir.PathExpr):
                self.as_operand(e.func)
            generic = self._generic_params(did, 0)
            ops = tuple(self.arg_operand(a, generic=i in generic) for i, a in enumerate(e.args))
            self.call_terminator(
                m.Constant(fty, self.tcx.def_path_str(did), did),
                ops,
                dest,
                e.span,
                fn_span=e.func.span,
            )
            return
        if isinstance(fty, t.FnPtr):
            f = self.as_operand(e.func)
            ops = tuple(self.arg_operand(a) for a in e.args)
            self.call_terminator(f, ops, dest, e.span, fn_span=e.func.span)
            return
        # A closure or an `Fn*` implementor: called through `&f`, `&mut f` or by value.
        name: str
        if isinstance(fty, t.Closure):
            kind = fty.kind_ty
            name = (
                "call_once"
                if kind == t.CLOSURE_KIND_FN_ONCE
                else "call_mut"
                if kind == t.CLOSURE_KIND_FN_MUT
                else "call"
            )
        else:
            om = self.results.operator_methods.get(e.hir_id)
            if om is None:
                raise Unsupported("a call of an unknown callee")
            name = self.tcx.item_name(om[0])
        if name == "call_once" and not isinstance(fty, t.Ref):
            f = self.as_operand(e.func)
        else:
            mutable = name == "call_mut"
            place = self.as_place(e.func, mutable)
            # A callee behind references or boxes is called through them (`f: &mut dyn
            # FnMut()` calls `(*f)`).
            while isinstance(fty, t.Ref) or (
                isinstance(fty, t.Adt) and self.tcx.adt_def(fty.def_id).is_box
            ):
                place = place.deref()
                fty = m.projected_ty(fty, m.DEREF)
            r = self.temp(
                t.Ref(t.RE_ERASED, fty, Mutability.MUT if mutable else Mutability.NOT), e.func.span
            )
            self.push(
                m.Assign(
                    r,
                    m.Ref(m.BorrowKind.MUT if mutable else m.BorrowKind.SHARED, place),
                    e.func.span,
                )
            )
            f = m.Move(r)
        ops = tuple(self.arg_operand(a) for a in e.args)
        self.call_terminator(
            m.Constant(t.UNIT, name), (f, *ops), dest, e.span, fn_span=e.func.span
        )

    def _generic_params(self, did: DefId, skip: int) -> set[int]:
        """The argument positions (after `skip` leading inputs) whose declared type is a
        type parameter (`fn drop<T>(x: T)`): a `&mut` passed there is moved, not
        reborrowed, as rustc coerces to the still-unknown `T` without a reborrow."""
        try:
            inputs = self.tcx.fn_sig(did).inputs
            parents = self.tcx.generics_of(did).parent_count
        except Exception:
            return set()
        # (Only the function's own parameters: an impl's are known from the receiver.)
        return {
            i - skip
            for i, ty in enumerate(inputs)
            if i >= skip and isinstance(ty, t.Param) and ty.index >= parents
        }

    def arg_operand(self, e: hir.Expr, receiver: bool = False, generic: bool = False) -> m.Operand:
        """A call argument: a `&mut` place passed as it is (or after auto-derefs) is
        reborrowed (`&mut *r`), not moved (rustc's implicit reborrow at coercion sites), unless
        the parameter's declared type is a type parameter (`generic`); a method receiver's
        reborrow is two-phase."""
        adjs = self.results.adjustments.get(e.hir_id) or []
        ty = self.ty_adjusted(e)
        if (
            not generic
            and isinstance(ty, t.Ref)
            and ty.mutbl is Mutability.MUT
            and all(a.kind is AdjustKind.DEREF for a in adjs)
            and (adjs or _is_place_expr(e, self.results))
        ):
            place = self.as_place(e, True)
            tmp = self.temp(ty, e.span)
            self.push(
                m.Assign(
                    tmp,
                    m.Ref(m.BorrowKind.TWO_PHASE if receiver else m.BorrowKind.MUT, place.deref()),
                    e.span,
                )
            )
            return m.Move(tmp)
        return self.as_operand(e)

    def receiver_operand(self, recv: hir.Expr) -> m.Operand:
        """A method receiver: an auto-ref `&mut` is two-phase (reserved until the call)."""
        adjs = self.results.adjustments.get(recv.hir_id) or []
        if (
            adjs
            and adjs[-1].kind is AdjustKind.BORROW
            and adjs[-1].mutbl is Mutability.MUT
            and all(a.kind is AdjustKind.DEREF for a in adjs[:-1])
        ):
            place = self.as_place_unadjusted(recv, True)
            place = self.apply_derefs(place, self.ty(recv), adjs[:-1], recv.span, True)
            tmp = self.temp(adjs[-1].target, recv.span)
            self.push(m.Assign(tmp, m.Ref(m.BorrowKind.TWO_PHASE, place), recv.span))
            return m.Move(tmp)
        if (
            adjs
            and adjs[-1].kind is AdjustKind.REBORROW
            and adjs[-1].mutbl is Mutability.MUT
            and all(a.kind is AdjustKind.DEREF for a in adjs[:-1])
        ):
            place = self.as_place_unadjusted(recv, True)
            place = self.apply_derefs(place, self.ty(recv), adjs[:-1], recv.span, True).deref()
            tmp = self.temp(adjs[-1].target, recv.span)
            self.push(m.Assign(tmp, m.Ref(m.BorrowKind.TWO_PHASE, place), recv.span))
            return m.Move(tmp)
        return self.arg_operand(recv, receiver=True)

    # -- assignment -----------------------------------------------------------------------------

    def assign(self, e: hir.AssignExpr | hir.AssignOpExpr) -> None:
        if isinstance(e, hir.AssignExpr):
            if isinstance(e.lhs, hir.TupleExpr | hir.StructExpr | hir.CallExpr | hir.ArrayExpr):
                raise Unsupported("destructuring assignment")
            if _is_underscore(e.lhs):
                self.as_operand(e.rhs)
                return
            rhs = self.as_operand(e.rhs)
            place = self.as_place(e.lhs, True)
            # rustc's drop-and-replace of a value with drop glue has the left side's span.
            span = e.lhs.span if self.needs_drop(self.ty(e.lhs)) else e.span
            self.push(m.Assign(place, m.Use(rhs), span))
            return
        om = self.results.operator_methods.get(e.hir_id)
        if om is not None:
            place = self.as_place(e.lhs, True)
            r = self.temp(t.Ref(t.RE_ERASED, self.ty_adjusted(e.lhs), Mutability.MUT), e.lhs.span)
            self.push(m.Assign(r, m.Ref(m.BorrowKind.TWO_PHASE, place), e.lhs.span))
            rhs = self.as_operand(e.rhs)
            dest = self.temp(t.UNIT, e.span)
            self.call_terminator(
                m.Constant(t.UNIT, self.tcx.item_name(om[0]), om[0]),
                (m.Move(r), rhs),
                dest,
                e.span,
                from_hir=False,
            )
            return
        rhs = self.as_operand(e.rhs)
        place = self.as_place(e.lhs, True)
        self.push(m.Assign(place, m.BinaryOp(e.op.value, m.Copy(place), rhs), e.span))

    # -- blocks and statements ----------------------------------------------------------------

    def block_into(self, dest: m.Place, e: hir.BlockExpr) -> None:
        if e.label is not None:
            join = self.new_block()
            self.breakables.append(_Breakable(e.hir_id, join, None, dest, len(self.scopes)))
            self.block(dest, e.block)
            self.breakables.pop()
            self.goto(join)
            self.cur = join
            return
        self.block(dest, e.block)

    def block(self, dest: m.Place, b: hir.Block) -> None:
        ignored, self._value_ignored = self._value_ignored, False
        depth = self.enter(temps=False, end_span=_end_of(b.span))
        for s in b.stmts:
            self.stmt(s)
        if b.expr is not None:
            self._tails.append((b.expr.span, ignored))
            self.into(dest, b.expr)
            self._tails.pop()
        else:
            self.push(m.Assign(dest, m.Aggregate(m.AggregateKind.TUPLE, t.UNIT, ()), b.span))
        self.exit(depth)

    def stmt(self, s: hir.Stmt) -> None:
        if isinstance(s, hir.ItemStmt):
            return
        depth = self.enter(temps=True, end_span=_end_of(s.span))
        self._tails.append(None)
        if isinstance(s, hir.LetStmt):
            self.let_stmt(s)
        else:
            e = s.expr
            if isinstance(e, hir.AssignExpr | hir.AssignOpExpr):
                self.assign(e)
            elif isinstance(e, hir.BreakExpr | hir.ContinueExpr | hir.RetExpr):
                self.jump(e)
            else:
                tmp = self.temp(self.ty(e), e.span)
                self._value_ignored = isinstance(e, hir.BlockExpr)
                self.into(tmp, e)
                self._value_ignored = False
        self._tails.pop()
        self.exit(depth)

    def let_stmt(self, s: hir.LetStmt) -> None:
        pat = s.pat
        # The bindings' storage belongs to the enclosing block.
        block_scope = next((sc for sc in reversed(self.scopes) if not sc.temps), self.scopes[0])
        if s.init is None:
            for b in _bindings(pat):
                self.declare_binding(b, block_scope)
            return
        marked: set[HirId] = set()
        _mark_extended(s.init, marked)
        for hid in marked:
            self.extended[hid] = block_scope
        if s.els is not None:
            place = self.as_place(s.init, _has_ref_mut(pat))
            self.push(m.FakeRead(m.FakeReadCause.FOR_LET, place, s.init.span))
            else_block = self.new_block()
            self.test_pattern(pat, place, else_block)
            ok = self.cur
            self.cur = else_block
            depth = self.enter(temps=False, end_span=_end_of(s.els.span))
            tmp = self.temp(t.NEVER, s.els.span)
            self.block(tmp, s.els)
            self.exit(depth)
            self.diverge()
            self.cur = ok
            for b in _bindings(pat):
                self.declare_binding(b, block_scope)
            self.bind_pattern(pat, place, s.init.span)
            return
        if isinstance(pat, hir.BindingPat) and pat.sub is None and self._by_value(pat):
            local = self.declare_binding(pat, block_scope, live=False)
            self.into(m.Place(local), s.init)
            # (StorageLive after the initializer, as rustc orders it for borrowck's purposes.)
            return
        if isinstance(pat, hir.WildPat):
            if _is_place_expr(s.init, self.results) and not self.results.adjustments.get(
                s.init.hir_id
            ):
                place = self.as_place(s.init)
                self.push(m.FakeRead(m.FakeReadCause.FOR_LET, place, s.init.span))
                return
            self.as_operand(s.init)
            return
        place = self.as_place(s.init, _has_ref_mut(pat))
        self.push(m.FakeRead(m.FakeReadCause.FOR_LET, place, s.init.span))
        for b in _bindings(pat):
            self.declare_binding(b, block_scope)
        self.bind_pattern(pat, place, s.init.span)

    def declare_bindings(self, pat: hir.Pat) -> None:
        block_scope = next((sc for sc in reversed(self.scopes) if not sc.temps), self.scopes[0])
        for b in _bindings(pat):
            self.declare_binding(b, block_scope)

    def declare_binding(self, b: hir.BindingPat, scope: _Scope, live: bool = True) -> m.Local:
        if b.canonical is not None and b.canonical in self.vars:
            return self.vars[b.canonical].local
        if b.hir_id in self.vars and self.vars[b.hir_id].is_local:
            return self.vars[b.hir_id].local
        ty = self.results.expr_ty(b.hir_id)
        mode = self.results.pat_binding_modes.get(b.hir_id)
        if mode is not None and mode.by_ref is not None:
            # (A pattern's type is the matched place's; a `ref` binding holds a reference.)
            ty = t.Ref(t.RE_ERASED, ty, mode.by_ref)
        mutable = b.mode.mutbl is Mutability.MUT
        local = self.new_local(
            m.LocalDecl(
                ty,
                m.LocalKind.USER,
                mutable=mutable,
                name=b.ident.name,
                span=b.ident.span if hasattr(b.ident, "span") else b.span,
                hir_id=b.hir_id,
                pat_span=b.span,
                is_ref_binding=mode is not None and mode.by_ref is not None,
            )
        )
        scope.locals.append(local)
        self.push(m.StorageLive(local, b.span))
        self.vars[b.hir_id] = m.Place(local)
        return local

    # -- patterns -------------------------------------------------------------------------------

    def pat_place(self, pat: hir.Pat, place: m.Place) -> m.Place:
        """Match ergonomics: the references a pattern peels."""
        for _ in self.results.pat_adjustments.get(pat.hir_id) or ():
            place = place.deref()
        return place

    def pat_ty(self, pat: hir.Pat) -> t.Ty:
        return self.results.expr_ty(pat.hir_id)

    def test_pattern(self, pat: hir.Pat, place: m.Place, fail: m.BlockId) -> None:
        """Branch to `fail` unless `place` matches `pat` (the current block continues on a
        match)."""
        place = self.pat_place(pat, place)
        span = pat.span
        if isinstance(pat, hir.WildPat | hir.NeverPat):
            return
        if isinstance(pat, hir.BindingPat):
            if pat.sub is not None:
                self.test_pattern(pat.sub, place, fail)
            return
        if isinstance(pat, hir.LitPat | hir.RangePat):
            self.push(m.FakeRead(m.FakeReadCause.FOR_MATCH, place, span))
            self._opaque_test(fail, span)
            return
        if isinstance(pat, hir.PathPat) and not self._is_variant_path(pat.qpath, pat.hir_id):
            self.push(m.FakeRead(m.FakeReadCause.FOR_MATCH, place, span))
            self._opaque_test(fail, span)
            return
        if isinstance(pat, hir.OrPat):
            ok = self.new_block()
            for alt in pat.pats:
                nxt = self.new_block()
                self.test_pattern(alt, place, nxt)
                self.goto(ok)
                self.cur = nxt
            self.goto(fail)
            self.cur = ok
            return
        if isinstance(pat, hir.TuplePat):
            ty = self.body_place_ty(place)
            if not isinstance(ty, t.Tuple):
                raise Unsupported("a tuple pattern")
            for i, sub in _positional(pat.pats, pat.dotdot, len(ty.elems)):
                self.test_pattern(sub, place.project(m.Field(i, str(i), ty.elems[i])), fail)
            return
        if isinstance(pat, hir.PathPat | hir.TupleStructPat | hir.StructPat):
            ty = self.body_place_ty(place)
            if not isinstance(ty, t.Adt):
                raise Unsupported("an ADT pattern")
            adt = self.tcx.adt_def(ty.def_id)
            vidx = 0
            if adt.is_enum:
                vidx = adt.variant_index_with_id(self._variant_of(pat.qpath, pat.hir_id))
                if len(adt.variants) > 1:
                    d = self.temp(t.ISIZE, span)
                    self.push(m.Assign(d, m.Discriminant(place), span))
                    ok = self.new_block()
                    self.terminate(m.SwitchInt(m.Move(d), ((vidx, ok),), fail, span))
                    self.cur = ok
            base = (
                place.project(m.Downcast(vidx, adt.variants[vidx].name)) if adt.is_enum else place
            )
            for i, sub in self._adt_subpats(pat, adt, vidx):
                fd = adt.variants[vidx].fields[i]
                self.test_pattern(
                    sub, base.project(m.Field(i, fd.name, self.tcx.field_ty(fd, ty.args))), fail
                )
            return
        if isinstance(pat, hir.RefPat | hir.BoxPat | hir.DerefPat):
            self.test_pattern(pat.pat, place.deref(), fail)
            return
        if isinstance(pat, hir.SlicePat):
            ty = self.body_place_ty(place)
            if isinstance(ty, t.Slice):
                n = self.temp(t.USIZE, span)
                self.push(m.Assign(n, m.Len(place), span))
                self._opaque_test(fail, span)
            for off, from_end, sub in _slice_elems(pat):
                self.test_pattern(sub, place.project(_const_index(pat, off, from_end)), fail)
            return
        raise Unsupported(f"pattern {type(pat).__name__}")

    def _opaque_test(self, fail: m.BlockId, span: Span) -> None:
        ok = self.new_block()
        self.terminate(m.SwitchInt(m.Constant(t.BOOL, "test"), ((0, fail),), ok, span))
        self.cur = ok

    def _is_variant_path(self, qpath: hir.QPath, hir_id: HirId) -> bool:
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            return (
                isinstance(res, DefRes)
                and res.kind in (DefKind.CTOR, DefKind.VARIANT, DefKind.STRUCT)
            ) or isinstance(res, SelfCtorRes)
        if isinstance(qpath, hir.LangItemPath):
            return True
        tdd = self.results.type_dependent_defs.get(hir_id)
        return tdd is not None and tdd[0] in (DefKind.CTOR, DefKind.VARIANT)

    def _adt_subpats(self, pat: hir.Pat, adt: object, vidx: int) -> list[tuple[int, hir.Pat]]:
        variant = adt.variants[vidx]  # type: ignore[attr-defined]
        if isinstance(pat, hir.TupleStructPat):
            return _positional(pat.pats, pat.dotdot, len(variant.fields))
        if isinstance(pat, hir.StructPat):
            out = []
            for f in pat.fields:
                i = self.results.field_indices.get(f.hir_id)
                if i is None:
                    raise Unsupported("a pattern field without an index")
                out.append((i, f.pat))
            return out
        return []

    def bind_pattern(self, pat: hir.Pat, place: m.Place, span: Span) -> None:
        """Bind `pat`'s variables from `place` (already known to match)."""
        place = self.pat_place(pat, place)
        if isinstance(pat, hir.BindingPat):
            if pat.sub is not None:
                self.bind_pattern(pat.sub, place, span)
            target = self.vars.get(pat.canonical or pat.hir_id) or self.vars.get(pat.hir_id)
            if target is None:
                raise Unsupported("an undeclared binding")
            mode = self.results.pat_binding_modes.get(pat.hir_id)
            made = self._guard_refs.get(pat.hir_id)
            if mode is None or mode.by_ref is None:
                rv: m.Rvalue = m.Use(self.operand_of(place, self.body_place_ty(place)))
            elif made is not None:
                rv = m.Use(m.Move(made))  # (the reference made before the guard)
            else:
                rv = m.Ref(
                    m.BorrowKind.MUT if mode.by_ref is Mutability.MUT else m.BorrowKind.SHARED,
                    place,
                )
            self.push(m.Assign(target, rv, pat.span, origin=span))
            return
        if isinstance(pat, hir.WildPat | hir.LitPat | hir.RangePat | hir.PathPat | hir.NeverPat):
            return
        if isinstance(pat, hir.OrPat):
            if not any(True for _ in _bindings(pat)):
                return
            join = self.new_block()
            for alt in pat.pats:
                nxt = self.new_block()
                self.test_pattern(alt, place, nxt)
                self.bind_pattern(alt, place, span)
                self.goto(join)
                self.cur = nxt
            self.terminate(m.Unreachable())
            self.cur = join
            return
        if isinstance(pat, hir.TuplePat):
            ty = self.body_place_ty(place)
            if not isinstance(ty, t.Tuple):
                raise Unsupported("a tuple pattern")
            for i, sub in _positional(pat.pats, pat.dotdot, len(ty.elems)):
                self.bind_pattern(sub, place.project(m.Field(i, str(i), ty.elems[i])), span)
            return
        if isinstance(pat, hir.TupleStructPat | hir.StructPat):
            ty = self.body_place_ty(place)
            if not isinstance(ty, t.Adt):
                raise Unsupported("an ADT pattern")
            adt = self.tcx.adt_def(ty.def_id)
            vidx = (
                adt.variant_index_with_id(self._variant_of(pat.qpath, pat.hir_id))
                if adt.is_enum
                else 0
            )
            base = (
                place.project(m.Downcast(vidx, adt.variants[vidx].name)) if adt.is_enum else place
            )
            for i, sub in self._adt_subpats(pat, adt, vidx):
                fd = adt.variants[vidx].fields[i]
                self.bind_pattern(
                    sub, base.project(m.Field(i, fd.name, self.tcx.field_ty(fd, ty.args))), span
                )
            return
        if isinstance(pat, hir.RefPat | hir.BoxPat | hir.DerefPat):
            self.bind_pattern(pat.pat, place.deref(), span)
            return
        if isinstance(pat, hir.SlicePat):
            for off, from_end, sub in _slice_elems(pat):
                self.bind_pattern(sub, place.project(_const_index(pat, off, from_end)), span)
            if pat.slice is not None:
                self.bind_pattern(
                    pat.slice, place.project(m.Subslice(len(pat.before), len(pat.after))), span
                )
            return
        raise Unsupported(f"pattern {type(pat).__name__}")

    # -- control flow ---------------------------------------------------------------------------

    def if_into(self, dest: m.Place, e: hir.IfExpr) -> None:
        else_block, join = self.new_block(), self.new_block()
        depth = self.enter(temps=True)
        # The condition's temporaries end before either branch ... but its `let` bindings
        # live through the `then` block.
        self.cond(e.cond, else_block)
        then_depth = self.enter(temps=False, end_span=_end_of(e.then.span))
        self.into(dest, e.then)
        self.exit(then_depth)
        self.exit(depth)
        self.goto(join)
        self.cur = else_block
        self.leave_scopes_at_else(depth)
        if e.els is not None:
            self.into(dest, e.els)
        else:
            self.push(m.Assign(dest, m.Aggregate(m.AggregateKind.TUPLE, t.UNIT, ()), e.span))
        self.goto(join)
        self.cur = join

    def leave_scopes_at_else(self, depth: int) -> None:
        # The scope entered for the condition was popped on the `then` path; the `else` path
        # gets the same StorageDeads (recorded by `cond` in `self._cond_dead`).
        dead = self._cond_dead.pop() if self._cond_dead else []
        gone = {loc for loc, _ in dead}
        base = tuple(loc for loc in self._drop_order(self.scopes) if loc not in gone)
        for i, (local, span) in enumerate(dead):
            rest = [loc for loc, _ in reversed(dead[i + 1 :]) if self.needs_drop(self.locals[loc].ty)]
            self.drop_and_kill(local, span, (*base, *rest))

    def cond(self, c: hir.Expr, fail: m.BlockId) -> None:
        """Branch to `fail` when the condition `c` (with `let`s and `&&`) is false."""
        start_locals = len(self.locals)
        self._cond(c, fail)
        # Locals made by the condition die on the else path too.
        self._cond_dead.append(
            [(loc, self.locals[loc].span) for loc in range(start_locals, len(self.locals))][::-1]
        )
        _ = fail

    def _cond(self, c: hir.Expr, fail: m.BlockId) -> None:
        if (
            isinstance(c, hir.BinaryExpr)
            and c.op is BinOpKind.AND
            and (_has_let(c.lhs) or _has_let(c.rhs))
        ):
            self._cond(c.lhs, fail)
            self._cond(c.rhs, fail)
            return
        if isinstance(c, hir.LetExpr):
            place = self.as_place(c.init, _has_ref_mut(c.pat))
            self.push(m.FakeRead(m.FakeReadCause.FOR_LET, place, c.init.span))
            # (A failed test leaves the bindings undeclared: they are declared after it.)
            self.test_pattern(c.pat, place, fail)
            scope = next((sc for sc in reversed(self.scopes) if sc.temps), self.scopes[0])
            for b in _bindings(c.pat):
                self.declare_binding(b, scope)
            self.bind_pattern(c.pat, place, c.init.span)
            return
        op = self.as_operand(c)
        ok = self.new_block()
        self.terminate(m.SwitchInt(op, ((0, fail),), ok, c.span))
        self.cur = ok

    def match_into(self, dest: m.Place, e: hir.MatchExpr) -> None:
        # (An explicit `ref mut` in an arm borrows the scrutinee mutably: `IndexMut`.)
        scrut = self.as_place(e.scrutinee, any(_has_ref_mut(arm.pat) for arm in e.arms))
        # (rustc's span for the read a `match` makes: `match level`.)
        read_span = e.scrutinee.span
        if e.source is hir.MatchSource.NORMAL and e.span.lo < read_span.lo:
            read_span = Span(e.span.lo, read_span.hi, read_span.ctxt)
        self.push(m.FakeRead(m.FakeReadCause.FOR_MATCH, scrut, read_span))
        join = self.new_block()
        for arm in e.arms:
            fail = self.new_block()
            depth = self.enter(temps=True, end_span=_end_of(arm.span))
            self.test_pattern(arm.pat, scrut, fail)
            if arm.guard is not None:
                self.guard(arm, scrut, fail)
            for b in _bindings(arm.pat):
                self.declare_binding(b, self.scopes[-1])
            self.bind_pattern(arm.pat, scrut, e.scrutinee.span)
            self._guard_refs.clear()
            self.into(dest, arm.body)
            self.exit(depth)
            self.goto(join)
            self.cur = fail
        self.terminate(m.Unreachable())
        self.cur = join

    def guard(self, arm: hir.Arm, scrut: m.Place, fail: m.BlockId) -> None:
        """A guard sees its arm's bindings through shared references (nothing moves until
        the guard passes)."""
        saved: dict[HirId, m.Place | None] = {}
        for b in _bindings(arm.pat):
            saved[b.hir_id] = self.vars.get(b.hir_id)
        known = set(self.vars)
        self._bind_for_guard(arm.pat, scrut)
        for hid in set(self.vars) - known:
            saved.setdefault(hid, None)  # (an or-pattern's other alternatives' bindings)
        depth = self.enter(temps=True)
        op = self.as_operand(arm.guard)  # type: ignore[arg-type]
        ok = self.new_block()
        dead_blk = self.new_block()
        self.terminate(m.SwitchInt(op, ((0, dead_blk),), ok, arm.guard.span))  # type: ignore[union-attr]
        self.cur = dead_blk
        self.leave_scopes(depth)
        self.goto(fail)
        self.cur = ok
        self.exit(depth)
        for hid, p in saved.items():
            if p is None:
                self.vars.pop(hid, None)
            else:
                self.vars[hid] = p

    def _bind_for_guard(
        self, pat: hir.Pat, place: m.Place, shared: dict[HirId, m.Place] | None = None
    ) -> None:
        """Bind `pat`'s variables for its arm's guard: shared references to what they
        match (`shared`: an or-pattern's alternatives all write the same temporaries, by
        the binding's canonical id)."""
        place = self.pat_place(pat, place)
        if isinstance(pat, hir.BindingPat):
            mode = self.results.pat_binding_modes.get(pat.hir_id)
            ty = self.body_place_ty(place)
            key = pat.canonical or pat.hir_id
            by_value = mode is None or mode.by_ref is None
            r = shared.get(key) if shared is not None else None
            if r is None:
                rty = t.Ref(t.RE_ERASED, ty, Mutability.NOT if by_value else mode.by_ref)  # type: ignore[union-attr]
                r = self.temp(rty, pat.span)
                if by_value:
                    self.locals[r.local].guard_binding = pat.ident.name
                if shared is not None:
                    shared[key] = r
            # A by-reference binding's borrow is made before the guard, as the arm's own
            # (rustc's `value_for_arm`): the guard failing leaves it made.
            kind = m.BorrowKind.SHARED
            if not by_value:
                self._guard_refs[pat.hir_id] = r
                if mode.by_ref is Mutability.MUT:  # type: ignore[union-attr]
                    kind = m.BorrowKind.MUT
            self.push(m.Assign(r, m.Ref(kind, place), pat.span))
            self.vars[pat.hir_id] = r.deref() if by_value else r
            if key != pat.hir_id:
                self.vars[key] = self.vars[pat.hir_id]
            if pat.sub is not None:
                self._bind_for_guard(pat.sub, place, shared)
            return
        if isinstance(pat, hir.TuplePat):
            ty = self.body_place_ty(place)
            if isinstance(ty, t.Tuple):
                for i, sub in _positional(pat.pats, pat.dotdot, len(ty.elems)):
                    self._bind_for_guard(sub, place.project(m.Field(i, str(i), ty.elems[i])), shared)
            return
        if isinstance(pat, hir.TupleStructPat | hir.StructPat):
            ty = self.body_place_ty(place)
            if isinstance(ty, t.Adt):
                adt = self.tcx.adt_def(ty.def_id)
                vidx = (
                    adt.variant_index_with_id(self._variant_of(pat.qpath, pat.hir_id))
                    if adt.is_enum
                    else 0
                )
                base = (
                    place.project(m.Downcast(vidx, adt.variants[vidx].name))
                    if adt.is_enum
                    else place
                )
                for i, sub in self._adt_subpats(pat, adt, vidx):
                    fd = adt.variants[vidx].fields[i]
                    self._bind_for_guard(
                        sub, base.project(m.Field(i, fd.name, self.tcx.field_ty(fd, ty.args))), shared
                    )
            return
        if isinstance(pat, hir.RefPat | hir.BoxPat | hir.DerefPat):
            self._bind_for_guard(pat.pat, place.deref(), shared)
            return
        if isinstance(pat, hir.SlicePat):
            for off, from_end, sub in _slice_elems(pat):
                self._bind_for_guard(sub, place.project(_const_index(pat, off, from_end)), shared)
            if pat.slice is not None:
                rest = m.Subslice(len(pat.before), len(pat.after))
                self._bind_for_guard(pat.slice, place.project(rest), shared)
            return
        if isinstance(pat, hir.OrPat):
            if not any(True for _ in _bindings(pat)):
                return
            # The alternative that matched binds: test them again in order, each binding
            # the same temporaries.
            refs: dict[HirId, m.Place] = {} if shared is None else shared
            join = self.new_block()
            for alt in pat.pats:
                nxt = self.new_block()
                self.test_pattern(alt, place, nxt)
                self._bind_for_guard(alt, place, refs)
                self.goto(join)
                self.cur = nxt
            self.terminate(m.Unreachable())
            self.cur = join
            return

    def loop_into(self, dest: m.Place, e: hir.LoopExpr) -> None:
        head = self.new_block()
        self.goto(head)
        self.cur = head
        body_block, exit_block = self.new_block(), self.new_block()
        self.terminate(m.FalseUnwind(body_block, e.span))
        self.cur = body_block
        self.breakables.append(_Breakable(e.hir_id, exit_block, head, dest, len(self.scopes)))
        # A loop body is a terminating scope: its tail expression's temporaries are
        # dropped at the end of each iteration (and by `continue`).
        tmp_depth = self.enter(temps=True, end_span=_end_of(e.body.span))
        tmp = self.temp(t.UNIT, e.span)
        self.block(tmp, e.body)
        self.exit(tmp_depth)
        self.breakables.pop()
        self.goto(head)
        self.cur = exit_block

    def jump(self, e: hir.BreakExpr | hir.ContinueExpr | hir.RetExpr) -> None:
        if isinstance(e, hir.RetExpr):
            if e.expr is not None:
                self.into(m.Place(m.RETURN_PLACE), e.expr)
            else:
                self.push(
                    m.Assign(
                        m.Place(m.RETURN_PLACE),
                        m.Aggregate(m.AggregateKind.TUPLE, t.UNIT, ()),
                        e.span,
                    )
                )
            self.leave_scopes(0)
            self.goto(self.return_block, e.span)
            self.cur = self.new_block()
            return
        target = e.dest.target
        br = next((b for b in reversed(self.breakables) if b.hir_id == target), None)
        if br is None:
            raise Unsupported("a jump out of the body")
        if isinstance(e, hir.BreakExpr):
            if e.expr is not None and br.result is not None:
                self.into(br.result, e.expr)
            elif br.result is not None:
                self.push(
                    m.Assign(br.result, m.Aggregate(m.AggregateKind.TUPLE, t.UNIT, ()), e.span)
                )
            self.leave_scopes(br.depth)
            self.goto(br.break_block, e.span)
        else:
            if br.continue_block is None:
                raise Unsupported("continue to a block")
            self.leave_scopes(br.depth)
            self.goto(br.continue_block, e.span)
        self.cur = self.new_block()


# -- helpers --------------------------------------------------------------------------------------


def _end_of(span: Span) -> Span:
    return Span(max(span.lo, span.hi - 1), span.hi, span.ctxt)


def _is_place_expr(e: hir.Expr, results: TypeckResults) -> bool:
    if isinstance(e, hir.PathExpr):
        if not isinstance(e.qpath, hir.ResolvedPath):
            return False
        res = e.qpath.path.res
        return isinstance(res, LocalRes) or (isinstance(res, DefRes) and res.kind is DefKind.STATIC)
    if isinstance(e, hir.FieldExpr | hir.IndexExpr):
        return True
    return isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF


def _is_underscore(e: hir.Expr) -> bool:
    return type(e).__name__ == "UnderscoreExpr"


def _has_let(e: hir.Expr) -> bool:
    if isinstance(e, hir.LetExpr):
        return True
    if isinstance(e, hir.BinaryExpr) and e.op is BinOpKind.AND:
        return _has_let(e.lhs) or _has_let(e.rhs)
    return False


def _extend_operand(e: hir.Expr, out: set[HirId]) -> None:
    """The operand of an extended `&`: it, and the temporaries its place is based on
    (`&temp.0`, `&temp[i]`)."""
    out.add(e.hir_id)
    if isinstance(e, hir.FieldExpr | hir.IndexExpr):
        _extend_operand(e.expr, out)
    _mark_extended(e, out)


def _mark_extended(e: hir.Expr, out: set[HirId]) -> None:
    """`let x = &temp();` (also inside struct, tuple and array literals, tuple-struct and
    variant constructors, casts, and block and `if`/`else` tails): the temporary lives as
    long as `x` (rustc's extended temporary scopes)."""
    if isinstance(e, hir.AddrOfExpr):
        _extend_operand(e.expr, out)
    elif isinstance(e, hir.CallExpr):
        if isinstance(e.func, hir.PathExpr) and isinstance(e.func.qpath, hir.ResolvedPath):
            res = e.func.qpath.path.res
            if (isinstance(res, DefRes) and res.kind is DefKind.CTOR) or isinstance(
                res, SelfCtorRes
            ):
                for a in e.args:
                    _mark_extended(a, out)
    elif isinstance(e, hir.IfExpr):
        _mark_extended(e.then, out)
        if e.els is not None:
            _mark_extended(e.els, out)
    elif isinstance(e, hir.TupleExpr | hir.ArrayExpr):
        for x in e.elems:
            _mark_extended(x, out)
    elif isinstance(e, hir.StructExpr):
        for f in e.fields:
            _mark_extended(f.expr, out)
    elif isinstance(e, hir.CastExpr):
        _mark_extended(e.expr, out)
    elif isinstance(e, hir.BlockExpr) and e.block.expr is not None:
        _mark_extended(e.block.expr, out)


def _has_ref_mut(p: object) -> bool:
    """Pattern `p` has an explicit `ref mut` binding (rustc's `contains_explicit_ref_binding`:
    the place it matches is then used mutably, through `IndexMut` / `DerefMut`)."""
    if isinstance(p, hir.BindingPat):
        return p.mode.by_ref is Mutability.MUT or (p.sub is not None and _has_ref_mut(p.sub))
    for name in ("pat", "pats", "fields", "before", "slice", "after"):
        v = getattr(p, name, None)
        if v is None:
            continue
        for x in v if isinstance(v, tuple) else (v,):
            if _has_ref_mut(x.pat if isinstance(x, hir.PatField) else x):
                return True
    return False


def _bindings(pat: hir.Pat) -> list[hir.BindingPat]:
    out: list[hir.BindingPat] = []

    def walk(p: object) -> None:
        # (Names need not be unique: destructuring assignment's desugaring binds one
        # hygienic `lhs` per assignee. An or-pattern's alternatives bind the same
        # variables: the first one stands for all.)
        if isinstance(p, hir.BindingPat):
            out.append(p)
            if p.sub is not None:
                walk(p.sub)
            return
        if isinstance(p, hir.OrPat):
            walk(p.pats[0])
            return
        for name in ("pat", "pats", "fields", "before", "slice", "after"):
            v = getattr(p, name, None)
            if v is None:
                continue
            if isinstance(v, tuple):
                for x in v:
                    walk(x.pat if isinstance(x, hir.PatField) else x)
            else:
                walk(v)

    walk(pat)
    return out


def _positional(pats: tuple[hir.Pat, ...], dotdot: int | None, n: int) -> list[tuple[int, hir.Pat]]:
    if dotdot is None:
        return list(enumerate(pats))
    before = pats[:dotdot]
    after = pats[dotdot:]
    return [*enumerate(before), *((n - len(after) + j, p) for j, p in enumerate(after))]


def _slice_elems(pat: hir.SlicePat) -> list[tuple[int, bool, hir.Pat]]:
    out = [(i, False, p) for i, p in enumerate(pat.before)]
    na = len(pat.after)
    out += [(na - j, True, p) for j, p in enumerate(pat.after)]
    return out


def _const_index(pat: hir.SlicePat, off: int, from_end: bool) -> m.ConstantIndex:
    return m.ConstantIndex(off, from_end, len(pat.before) + len(pat.after))


def _lit_text(e: hir.LitExpr) -> str:
    v = e.lit.value
    return f"{'-' if e.negated else ''}{v!r}"


def _path_text(qp: hir.ResolvedPath) -> str:
    return "::".join(s.ident.name for s in qp.path.segments)


def _is_plain_reborrow(adjs: list, ty: t.Ty) -> bool:
    """`&*` of a reference, keeping its mutability: the value is the same reference."""
    return (
        len(adjs) == 2
        and adjs[0].kind is AdjustKind.DEREF
        and adjs[0].method is None
        and adjs[1].kind in (AdjustKind.BORROW, AdjustKind.REBORROW)
        and isinstance(ty, t.Ref)
        and adjs[1].mutbl is ty.mutbl
    )
