"""The inference context (rustc's `InferCtxt`): inference variables and their values.

Type, integer and float variables live in union-find tables; unifying two variables joins
their classes, giving one a value fixes the class. Every change is recorded in an undo log
so `snapshot()`/`rollback_to()` can take back a speculative attempt (method probing,
coercion, candidate matching), exactly as rustc's `probe`/`commit_if_ok`.

Regions are not inferred here: inside bodies they are fresh `ReVar`s whose constraints the
borrow checker computes from MIR. Type equality therefore ignores regions (`relate`).

Integer variables (`{integer}`) can only become integer types; float variables (`{float}`)
only float types. Unresolved ones default to `i32` / `f64` at the end of type checking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from typing import cast

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.ty import ty as t
from ferric.ty.fold import TypeFolder, children


@dataclass(slots=True)
class _VarTable:
    parent: list[int] = field(default_factory=list)
    value: list[t.Ty | None] = field(default_factory=list)
    """Type, integer and float variables hold types; const variables hold `t.Const`s
    (stored through a cast)."""
    rank: list[int] = field(default_factory=list)

    def new(self) -> int:
        vid = len(self.parent)
        self.parent.append(vid)
        self.value.append(None)
        self.rank.append(0)
        return vid

    def find(self, vid: int) -> int:
        parent = self.parent
        root = vid
        while parent[root] != root:
            root = parent[root]
        return root


_ACTIONS = _VarTable()
"""Marks undo-log entries that are callbacks (`InferCtxt.on_rollback`)."""


@dataclass(slots=True)
class TyVarOrigin:
    span: Span
    param_name: str | None = None
    """When the variable stands for a generic parameter (`T` of `Vec::new`)."""
    diverging: bool = False


class InferCtxt:
    def __init__(self) -> None:
        self.ty_vars = _VarTable()
        self.int_vars = _VarTable()
        self.float_vars = _VarTable()
        self.const_vars = _VarTable()
        self.ty_var_origins: list[TyVarOrigin] = []
        self._undo: list[tuple[_VarTable, int, int, int, t.Ty | None]] = []
        self._undo_actions: list[Callable[[], None]] = []
        """Undo callbacks of other tables tied to this context's snapshots (registered
        obligations): the undo log holds `(_ACTIONS, index, ...)` entries for them."""
        self._region_count = 0
        self.tainted_by_errors = False
        self._generation = 0
        """Counts the changes to the variables' values and classes (each recorded in the
        undo log, each rollback): while it stands still, resolving gives the same answer."""
        self._resolved: dict[object, object] = {}
        self._resolved_at = 0
        """`resolve_vars_if_possible`'s answers for interned values at `_resolved_at`
        (trait selection resolves the same trait ref several times in a row)."""

    # -- variables ------------------------------------------------------------------------------

    def next_ty_var(self, span: Span, param_name: str | None = None, diverging: bool = False) -> t.Infer:
        vid = self.ty_vars.new()
        self.ty_var_origins.append(TyVarOrigin(span, param_name, diverging))
        self._undo.append((self.ty_vars, -1, vid, 0, None))
        return t.Infer(t.InferKind.TY, vid)

    def mark_diverging(self, var: t.Infer) -> None:
        """`var` received a diverging expression's value: it falls back like one."""
        root = self.ty_vars.find(var.vid)
        o = self.ty_var_origins[root]
        if not o.diverging:
            self.ty_var_origins[root] = TyVarOrigin(o.span, o.param_name, True)

    def next_int_var(self) -> t.Infer:
        vid = self.int_vars.new()
        self._undo.append((self.int_vars, -1, vid, 0, None))
        return t.Infer(t.InferKind.INT, vid)

    def next_float_var(self) -> t.Infer:
        vid = self.float_vars.new()
        self._undo.append((self.float_vars, -1, vid, 0, None))
        return t.Infer(t.InferKind.FLOAT, vid)

    def next_const_var(self) -> t.ConstInfer:
        vid = self.const_vars.new()
        self._undo.append((self.const_vars, -1, vid, 0, None))
        return t.ConstInfer(vid)

    def probe_const(self, var: t.ConstInfer) -> t.Const | None:
        table = self.const_vars
        return cast("t.Const | None", table.value[table.find(var.vid)])

    def shallow_resolve_const(self, c: t.Const) -> t.Const:
        while isinstance(c, t.ConstInfer):
            v = self.probe_const(c)
            if v is None:
                return t.ConstInfer(self.const_vars.find(c.vid))
            c = v
        return c

    def unify_const_vars(self, a: t.ConstInfer, b: t.ConstInfer) -> None:
        table = self.const_vars
        ra, rb = table.find(a.vid), table.find(b.vid)
        if ra == rb:
            return
        self._record(table, rb)
        table.parent[rb] = ra

    def instantiate_const_var(self, var: t.ConstInfer, c: t.Const) -> None:
        table = self.const_vars
        root = table.find(var.vid)
        self._record(table, root)
        table.value[root] = cast("t.Ty", c)

    def next_region_var(self) -> t.Region:
        self._region_count += 1
        return t.ReVar(self._region_count)

    def _table(self, kind: t.InferKind) -> _VarTable:
        if kind is t.InferKind.TY:
            return self.ty_vars
        if kind is t.InferKind.INT:
            return self.int_vars
        return self.float_vars

    # -- snapshots -----------------------------------------------------------------------------

    def snapshot(self) -> int:
        return len(self._undo)

    def on_rollback(self, action: Callable[[], None]) -> None:
        """Call `action` if a snapshot taken before now is rolled back."""
        self._undo.append((_ACTIONS, len(self._undo_actions), 0, 0, None))
        self._undo_actions.append(action)

    def rollback_to(self, snap: int) -> None:
        undo = self._undo
        if len(undo) > snap:
            self._generation += 1
        while len(undo) > snap:
            table, vid, old_parent, old_rank, old_value = undo.pop()
            if table is _ACTIONS:
                self._undo_actions.pop()()
                continue
            if vid == -1:
                # A variable created after the snapshot: drop it (it must be the last).
                new_vid = old_parent
                if new_vid == len(table.parent) - 1:
                    table.parent.pop()
                    table.value.pop()
                    table.rank.pop()
                    if table is self.ty_vars:
                        self.ty_var_origins.pop()
                continue
            table.parent[vid] = old_parent
            table.rank[vid] = old_rank
            table.value[vid] = old_value

    def fudge_inference_if_ok(self, f: Callable[[], list[t.Ty] | None]) -> list[t.Ty] | None:
        """Run `f` in a snapshot, roll everything back and return its (resolved) answer, with
        the variables `f` created replaced by fresh ones (rustc's `fudge_inference_if_ok`):
        what was learned survives as types, not as bindings. None when `f` fails (returns
        None or raises `TypeMismatch`)."""
        from ferric.infer.relate import TypeMismatch

        counts = (len(self.ty_vars.parent), len(self.int_vars.parent), len(self.float_vars.parent))
        snap = self.snapshot()
        try:
            out = f()
            if out is not None:
                out = [self.resolve_ty(x) for x in out]
        except TypeMismatch:
            out = None
        self.rollback_to(snap)
        if out is None:
            return None
        fresh = _Fudger(self, counts)
        return [fresh.fold_ty(x) if x.flags & t.HAS_TY_OR_CT_INFER else x for x in out]

    def _record(self, table: _VarTable, vid: int) -> None:
        self._generation += 1
        self._undo.append((table, vid, table.parent[vid], table.rank[vid], table.value[vid]))

    # -- union-find operations ------------------------------------------------------------------

    def probe(self, var: t.Infer) -> t.Ty | None:
        table = self._table(var.kind)
        return table.value[table.find(var.vid)]

    def root(self, var: t.Infer) -> t.Infer:
        table = self._table(var.kind)
        return t.Infer(var.kind, table.find(var.vid))

    def unify_vars(self, a: t.Infer, b: t.Infer) -> None:
        """Join two unresolved variables of the same kind."""
        table = self._table(a.kind)
        ra, rb = table.find(a.vid), table.find(b.vid)
        if ra == rb:
            return
        if table.rank[ra] < table.rank[rb]:
            ra, rb = rb, ra
        self._record(table, rb)
        self._record(table, ra)
        table.parent[rb] = ra
        if table.rank[ra] == table.rank[rb]:
            table.rank[ra] += 1
        if table is self.ty_vars:
            # The root of a diverging variable falls back as one (rustc's
            # `diverging_roots`): `spawn(|| panic!())` makes `T` `()`.
            oa, ob = self.ty_var_origins[ra], self.ty_var_origins[rb]
            if ob.diverging and not oa.diverging:
                self.ty_var_origins[ra] = TyVarOrigin(oa.span, oa.param_name, True)

    def instantiate_var(self, var: t.Infer, ty: t.Ty) -> None:
        table = self._table(var.kind)
        root = table.find(var.vid)
        assert table.value[root] is None, "variable already has a value"
        self._record(table, root)
        table.value[root] = ty

    # -- resolution -------------------------------------------------------------------------------

    def shallow_resolve(self, ty: t.Ty) -> t.Ty:
        """`ty` with a top-level variable replaced by its value (repeatedly)."""
        # (`probe` and `root` inlined: the type checker's most frequent call.)
        while isinstance(ty, t.Infer):
            kind = ty.kind
            if kind is t.InferKind.FRESH:
                return ty
            table = self.ty_vars if kind is t.InferKind.TY else self.int_vars if kind is t.InferKind.INT else self.float_vars
            parent = table.parent
            vid = root = ty.vid
            while parent[root] != root:
                root = parent[root]
            v = table.value[root]
            if v is None:
                return ty if root == vid else t.Infer(kind, root)
            ty = v
        return ty

    def resolve_vars_if_possible(self, x: object) -> object:
        if isinstance(x, t.Ty) and not x.flags & t.HAS_TY_OR_CT_INFER:
            return x
        if not isinstance(x, t.Interned):
            return _Resolver(self).fold(x)
        if self._resolved_at != self._generation:
            self._resolved.clear()
            self._resolved_at = self._generation
        got = self._resolved.get(x)
        if got is None:
            got = self._resolved[x] = _Resolver(self).fold(x)
        return got

    def resolve_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & t.HAS_TY_OR_CT_INFER:
            return ty
        return _Resolver(self).fold_ty(ty)

    def is_unresolved_ty_var(self, ty: t.Ty) -> bool:
        ty = self.shallow_resolve(ty)
        return isinstance(ty, t.Infer) and ty.kind is t.InferKind.TY

    def occurs_in(self, var: t.Infer, ty: t.Ty) -> bool:
        """Does variable `var` (its class) occur inside `ty`? (the occurs check)."""
        if not ty.flags & t.HAS_TY_INFER:
            return False
        root = self.ty_vars.find(var.vid)
        stack = [ty]
        seen: set[int] = set()
        while stack:
            cur = self.shallow_resolve(stack.pop())
            if id(cur) in seen:
                continue
            seen.add(id(cur))
            if isinstance(cur, t.Infer) and cur.kind is t.InferKind.TY:
                if self.ty_vars.find(cur.vid) == root:
                    return True
                continue
            if cur.flags & t.HAS_TY_INFER:
                stack.extend(children(cur))
        return False

    def unresolved_ty_vars(self, ty: t.Ty) -> list[t.Infer]:
        from ferric.ty.fold import TyWalker

        out: list[t.Infer] = []
        for sub in TyWalker.walk(self.resolve_ty(ty)):
            if isinstance(sub, t.Infer) and sub.kind is t.InferKind.TY and sub not in out:
                out.append(sub)
        return out


class _Resolver(TypeFolder):
    needs = t.HAS_TY_OR_CT_INFER

    def __init__(self, infcx: InferCtxt) -> None:
        super().__init__()
        self.infcx = infcx

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & t.HAS_TY_OR_CT_INFER:
            return ty
        if isinstance(ty, t.Infer):
            r = self.infcx.shallow_resolve(ty)
            if r is ty or isinstance(r, t.Infer):
                return r
            return self.fold_ty(r)
        return self.super_fold_ty(ty)

    def fold_const(self, c: t.Const) -> t.Const:
        if isinstance(c, t.ConstInfer):
            return self.infcx.shallow_resolve_const(c)
        return self.super_fold_const(c)


class _Fudger(TypeFolder):
    """Replaces variables created inside a rolled-back snapshot with fresh ones."""

    needs = t.HAS_TY_OR_CT_INFER

    def __init__(self, infcx: InferCtxt, counts: tuple[int, int, int]) -> None:
        super().__init__()
        self.infcx = infcx
        self.counts = counts
        self.map: dict[t.Infer, t.Infer] = {}

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if isinstance(ty, t.Infer):
            kinds = (t.InferKind.TY, t.InferKind.INT, t.InferKind.FLOAT)
            if ty.kind not in kinds or ty.vid < self.counts[kinds.index(ty.kind)]:
                return ty
            new = self.map.get(ty)
            if new is None:
                if ty.kind is t.InferKind.TY:
                    new = self.infcx.next_ty_var(DUMMY_SP)
                elif ty.kind is t.InferKind.INT:
                    new = self.infcx.next_int_var()
                else:
                    new = self.infcx.next_float_var()
                self.map[ty] = new
            return new
        return self.super_fold_ty(ty)

    def fold_const(self, c: t.Const) -> t.Const:
        if isinstance(c, t.ConstInfer):
            return self.infcx.next_const_var() if c.vid >= len(self.infcx.const_vars.parent) else c
        return self.super_fold_const(c)
