"""The borrow checker of one MIR body (rustc's `rustc_borrowck`, condensed).

Three dataflow analyses over the body, then one forward walk that checks every access:

- **initialisation** (forward, may): which move paths may be moved out of or not yet
  assigned (E0382 use after move, E0381 use of uninitialised), and which locals may have
  been assigned already (E0384 assigning twice to an immutable variable);
- **liveness** (backward): which locals may still be used;
- **loans** (forward, may): which borrows each local may hold. A borrow flows from the
  `&place` that makes it into the locals that get the reference or a value made from it
  (calls pass their arguments' loans to their result, and to what a `&mut` argument points
  to). A loan is *live* where a live local holds it (NLL: liveness-based regions).

An access to a place conflicts with a live loan of an overlapping place when either is a
write (or the loan is mutable): E0499, E0502, E0503, E0505, E0506, and E0597 / E0716 when
the borrowed local's storage ends. A two-phase `&mut` (a method receiver) acts as a shared
borrow until the call that uses it. Moves out of borrowed content are E0507, E0508, E0509;
mutating through `&` or a non-`mut` binding is E0596/E0594. Returning a loan of a local is
E0515.

Precision is traded for safety: where the model is unsure it accepts.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from heapq import heappop, heappush

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceMap
from ferric.base.span import DUMMY_SP, Span
from ferric.borrowck.facts import (
    Access,
    PlaceAccess,
    rvalue_accesses,
    statement_accesses,
    terminator_accesses,
    uses_defs,
)
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.mir import nodes as m
from ferric.mir.build import NeedsDrop
from ferric.pattern.check_match import TypeQueries
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefRes, SelfTyAliasRes, SelfTyParamRes
from ferric.resolve.defs import DefKind as DK
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.ty.predicate import TypeOutlives
from ferric.ty.print import def_path

_REGIONISH = (
    t.HAS_FREE_REGIONS
    | t.HAS_RE_ERASED
    | t.HAS_RE_INFER
    | t.HAS_RE_BOUND
    | t.HAS_RE_PARAM
    | t.HAS_PARAM
    | t.HAS_ALIAS
)

_STATEMENTS = (m.Assign, m.StorageLive, m.StorageDead, m.FakeRead)

UNINIT = -1
_UNINIT_ONLY = frozenset((UNINIT,))

_STD_GUARDS = frozenset(("Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"))
"""std types holding a borrow whose `Drop` uses it (no `#[may_dangle]`)."""

ETERNAL: m.Local = -1
"""A pseudo-local holding loans required to be `'static` (live from then on)."""
"""A move-path reason: never assigned (rather than moved out of)."""

Path = tuple[m.Local, tuple[m.Projection, ...]]
Loc = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Loan:
    index: int
    place: m.Place
    kind: m.BorrowKind
    span: Span
    location: Loc
    holder: m.Local
    """The local the `&place` was assigned to."""


@dataclass(frozen=True, slots=True)
class MoveSite:
    span: Span
    location: Loc
    place: m.Place


def _is_static_box_dyn(ty: t.Ty) -> bool:
    """`Box<dyn Trait>`: its object lifetime defaults to `'static` (ferric's types erase
    it; an explicit `+ 'a` is not told apart)."""
    return (
        isinstance(ty, t.Adt)
        and bool(ty.args)
        and isinstance(ty.args[0], t.Dynamic)
        and isinstance(ty.args[0].region, t.ReStatic | t.ReErased)
        and str(ty).startswith(("Box<", "std::boxed::Box<", "alloc::boxed::Box<"))
    )


def may_hold_loans(ty: t.Ty) -> bool:
    return bool(ty.flags & _REGIONISH) or isinstance(ty, t.Dynamic | t.Closure | t.Coroutine)


class BodyCheck:
    def __init__(
        self,
        tcx: TyCtxt,
        body: m.Body,
        types: TypeQueries,
        source_map: SourceMap,
        drop_adts: frozenset[DefId],
    ) -> None:
        self.tcx = tcx
        self.body = body
        self.types = types
        self.sm = source_map
        self.drop_adts = drop_adts
        self.closure_origins: dict[DefId, Span] = {}
        """Where each `FnOnce` closure's body moves a capture (typeck's
        `closure_kind_origins`; set by the caller)."""
        self.type_dependent_defs: dict[object, tuple[object, DefId]] = {}
        """typeck's resolution of method calls (set by the caller), for "use mutable method"."""
        self.diags: list[Diagnostic] = []
        self.loans: list[Loan] = []
        self.loan_at: dict[Loc, Loan] = {}
        self.move_sites: list[MoveSite] = []
        self.move_site_at: dict[tuple[Loc, m.Place], int] = {}
        self.preds = body.predecessors()
        self.types_index = TypeShapes(tcx)
        self.sig_flow = SigFlow.get(tcx)
        self.reachable = body.reachable()
        self._reported_moves: dict[frozenset[int], tuple[Path, Diagnostic | None]] = {}
        """Per set of moves reported: the place whose use was reported, and the error
        (rustc keeps one error per set of moves: the last use met, unless a use of a prefix
        of an already reported place)."""
        self._reported: set[tuple[object, ...]] = set()
        self._later_by_call = False
        self._needs_drop = NeedsDrop(tcx, drop_adts)
        self._move_loc: Loc | None = None
        self._immutable_uses: dict[tuple[m.Local, bool], list[PlaceAccess]] = {}
        self._ud_cache: dict[int, list[tuple[set[m.Local], set[m.Local]]]] = {}
        self._items_cache: dict[int, list[m.Statement | m.Terminator]] = {}
        self._rpo: dict[int, int] | None = None
        self._acc_cache: dict[Loc, list[PlaceAccess]] = {}
        self._statics_cache: dict[DefId, tuple[set[object], list[tuple[object, t.Region]]]] = {}
        self._copied_from: dict[m.Local, m.Local] | None = None
        self._holds_in: dict[int, object] = {}
        self._nll_extra: dict[Loc, dict[m.Local, frozenset[int]]] = {}
        self._flowed: dict[m.Local, set[int]] = {}
        self._returned: frozenset[int] = frozenset()
        self._reborrowed: set[int] = set()
        """Loans of references reborrowed through (`&mut **r`): the reborrow's region is
        tied to them, so no type says they cannot be carried (`_filter_by_type`)."""
        """Loans the return place may hold."""
        """Loans stored into a local by an assignment that killed them (`cur = &mut
        (*n).next` where `n` borrows `*cur`)."""
        self._universal: frozenset[int] = frozenset()
        """Loans live from where they are made to the end (`_universal_loans`)."""
        self.used_mut: set[m.Local] = set()
        """`mut` locals the body needs mutable (reassigned, assigned through, `&mut`
        borrowed): rustc's `used_mut`, for the `unused_mut` lint (`unused_mut_locals`)."""

    # -- driver ---------------------------------------------------------------------------------

    def run(self) -> list[Diagnostic]:
        self.drop_uses = self._drop_uses()
        self._collect_loans()
        self._compute_ref_targets()
        self.live_out = self._liveness()
        init_trace: dict[int, list[object]] = {}
        holds_trace: dict[int, list[object]] = {}
        init_in = self._forward(self._init_entry(), self._init_transfer, _join_init, init_trace)
        holds_in = self._forward({}, self._holds_transfer, _join_holds, holds_trace)
        universal = self._universal_loans(holds_in)
        if universal:
            self._universal = universal
            holds_trace = {}
            holds_in = self._forward({}, self._holds_transfer, _join_holds, holds_trace)
        self._holds_in = holds_in
        self.holders_of: dict[int, set[m.Local]] = {}
        for state in holds_in.values():
            for local, ls in state.items():
                for li in ls:
                    self.holders_of.setdefault(li, set()).add(local)
        returned: set[int] = set()
        for states in holds_trace.values():
            for state in states:
                got = state.get(m.RETURN_PLACE)  # type: ignore[attr-defined]
                if got:
                    returned |= got
        self._returned = frozenset(returned)
        self._nll_regions(holds_trace)  # type: ignore[arg-type]
        # (In rustc's reverse postorder: which use of a moved value is reported.)
        rank = self._rustc_rpo_rank()
        for b in sorted(self.reachable, key=lambda b: (rank.get(b, len(rank)), b)):
            if b not in init_in or b not in holds_in:
                continue
            self._check_block(b, init_trace[b], holds_trace[b])  # type: ignore[arg-type]
        self._flush_immutable()
        return self.diags

    def _nll_regions(self, holds_trace: dict[int, list[dict[m.Local, frozenset[int]]]]) -> None:
        """NLL's regions are sets of points, and the constraints between them hold at every
        point: a loan that ever flowed into a local is live wherever that local is live,
        from where the loan is made, along the paths where one of its holders stays live,
        until it is killed — even where the local holds another value on this path. The
        holds analysis follows values (as Polonius does) and so accepts NLL's "problem case
        #3" (`while let Some(n) = cur { if .. { break } cur = &mut n.next } *cur = ..;`
        is E0506: the borrow in `n` reaches `cur`'s region). This adds, at each point,
        those loans to the holds of their holders (`_check_block` reads them).

        Only loans that reach a local assigned at more than one place need it (elsewhere
        a local's holds along a path are all it ever holds)."""
        self._nll_extra: dict[Loc, dict[m.Local, frozenset[int]]] = {}
        sites: dict[m.Local, int] = {}
        for bb in self.body.blocks:
            for st in bb.statements:
                if isinstance(st, m.Assign) and st.place.is_local:
                    sites[st.place.local] = sites.get(st.place.local, 0) + 1
            term = bb.terminator
            if isinstance(term, m.Call) and term.destination.is_local:
                d = term.destination.local
                sites[d] = sites.get(d, 0) + 1
        again = {local for local, n in sites.items() if n > 1 and local != m.RETURN_PLACE}
        if not again:
            return
        ever: dict[int, set[m.Local]] = {}
        for states in holds_trace.values():
            for state in states:
                for local, ls in state.items():
                    if local < 0 or local == m.RETURN_PLACE:
                        continue
                    for li in ls:
                        ever.setdefault(li, set()).add(local)
        for local, ls in self._flowed.items():
            for li in ls:
                ever.setdefault(li, set()).add(local)
        holders = {
            li: frozenset(hs)
            for li, hs in ever.items()
            if hs & again and len(hs) > 1 and self.loans[li].kind is not m.BorrowKind.SHALLOW
        }
        if not holders:
            return
        tracked = frozenset(holders)
        extra = self._nll_extra

        def transfer(state: frozenset[int], item: object, loc: Loc) -> frozenset[int]:
            b, i = loc
            live = self._live_before(b)[i]
            if state:
                state = frozenset(li for li in state if not holders[li].isdisjoint(live))
                if state:
                    got: dict[m.Local, frozenset[int]] = {}
                    for li in state:
                        for local in holders[li]:
                            got[local] = got.get(local, frozenset()) | {li}
                    extra[loc] = got
                else:
                    extra.pop(loc, None)
            if isinstance(item, m.StorageDead | m.StorageLive):
                owned = self.loans_of_local.get(item.local)
                if owned and state:
                    state = state - frozenset(owned)
            elif isinstance(item, m.Assign | m.Call):
                dest = item.place if isinstance(item, m.Assign) else item.destination
                killed = self.loans_through_deref.get(dest.local) if dest.is_local else None
                if killed and state:
                    state = state - frozenset(killed)
                loan = self.loan_at.get(loc)
                if loan is not None and loan.index in tracked:
                    state = state | {loan.index}
            return state

        self._forward(frozenset(), transfer, frozenset.union)

    def _universal_loans(self, holds_in: dict[int, object]) -> frozenset[int]:
        """Loans of the caller's data (through a reference) that may reach the returned
        value or must outlive the body: their region is one of the signature's, which
        NLL makes contain every point of the body, so they are live everywhere after they
        are made — even on paths that do not return them (rustc's "problem case #3":
        `if let Some(v) = map.get(&k) { return v; } map.insert(k, ..)` is E0502)."""
        out: set[int] = set()
        for state in holds_in.values():
            assert isinstance(state, dict)
            out |= state.get(m.RETURN_PLACE, frozenset())
            out |= state.get(ETERNAL, frozenset())
        return frozenset(li for li in out if _through_ref_deref(self.body, self.loans[li].place))

    def _uses_defs(self, b: int) -> list[tuple[set[m.Local], set[m.Local]]]:
        """`uses_defs` of each item of block `b`, computed once (liveness and the
        checking walk both need them). A `Drop` that runs `Drop` code of this crate (or a
        std guard's) on a value that may be there uses it: what the value borrows stays
        borrowed until then."""
        got = self._ud_cache.get(b)
        if got is None:
            got = []
            for item in self._items(b):
                uses, defs = uses_defs(item)
                if isinstance(item, m.Drop) and b in self.drop_uses:
                    uses = {*uses, item.place.local}
                got.append((uses, defs))
            self._ud_cache[b] = got
        return got

    def _drop_uses(self) -> dict[int, m.Local]:
        """The blocks ending in a `Drop` that uses its local (block → local): the local's
        type has significant drop code (`_significant_drop`) and it may hold a value there
        (rustc's drop-liveness: a moved-out value is not dropped, so it keeps nothing
        alive)."""
        drops: dict[int, m.Local] = {}
        for b, bb in enumerate(self.body.blocks):
            term = bb.terminator
            if isinstance(term, m.Drop) and term.place.is_local:
                drops[b] = term.place.local
        tracked = {
            local
            for local in set(drops.values())
            if self._significant_drop(self.body.locals[local].ty, 0)
        }
        if not tracked:
            return {}
        entry = frozenset(i for i in range(1, self.body.arg_count + 1) if i in tracked)

        def transfer(state: frozenset[m.Local], item: object, loc: Loc) -> frozenset[m.Local]:
            return _maybe_init_transfer(state, item, tracked)

        states = self._forward(entry, transfer, frozenset.__or__)
        out: dict[int, m.Local] = {}
        for b, local in drops.items():
            state = states.get(b)
            if local not in tracked or state is None:
                continue
            for st in self.body.blocks[b].statements:
                state = _maybe_init_transfer(state, st, tracked)  # type: ignore[arg-type]
            if local in state:  # type: ignore[operator]
                out[b] = local
        return out

    def _significant_drop(self, ty: t.Ty, depth: int) -> bool:
        if depth > 6 or not may_hold_loans(ty):
            return False
        if isinstance(ty, t.Tuple):
            return any(self._significant_drop(e, depth + 1) for e in ty.elems)
        if isinstance(ty, t.Array):
            return self._significant_drop(ty.elem, depth + 1)
        if isinstance(ty, t.Dynamic):
            return True  # (a trait object's drop glue is unknown: it may use what it borrows)
        if not isinstance(ty, t.Adt):
            return False
        if _adt_name(ty) in _STD_GUARDS and self.tcx.crate_of(ty.def_id) != LOCAL_CRATE:
            return True
        if ty.def_id in self.drop_adts and self.tcx.crate_of(ty.def_id) == LOCAL_CRATE:
            return True
        if any(isinstance(a, t.Ty) and self._significant_drop(a, depth + 1) for a in ty.args):
            return True
        if self.tcx.crate_of(ty.def_id) != LOCAL_CRATE:
            return False
        try:
            adt = self.tcx.adt_def(ty.def_id)
        except Exception:
            return False
        if adt.is_union:
            return False
        for v in adt.variants:
            for fd in v.fields:
                try:
                    fty = self.tcx.field_ty(fd, ty.args)
                except Exception:
                    continue
                if self._significant_drop(fty, depth + 1):
                    return True
        return False

    def _items(self, b: int) -> list[m.Statement | m.Terminator]:
        """The statements of block `b`, then its terminator (made once per block: the
        analyses walk each block several times). Callers must not change the list."""
        got = self._items_cache.get(b)
        if got is None:
            bb = self.body.blocks[b]
            got = list(bb.statements)
            if bb.terminator is not None:
                got.append(bb.terminator)
            self._items_cache[b] = got
        return got

    def _forward(
        self, entry: object, transfer: object, join: object, trace: dict[int, list[object]] | None = None
    ) -> dict[int, object]:
        """Block-entry states of a forward may-analysis (worklist to a fixpoint). With
        `trace`, also the state before each item of each block reached (states are never
        changed in place, so they can be kept): a block's last visit is the one made
        from its final entry state (a change re-queues it), so the checking walk reads
        them instead of applying the transfer functions again."""
        states: dict[int, object] = {0: entry}
        # Blocks in reverse postorder (a block's predecessors first, but along back edges):
        # most blocks are visited once, against a fifth more in first-in first-out order.
        rank = self._rpo_rank()
        work = [(0, 0)]
        queued = {0}
        while work:
            b = heappop(work)[1]
            queued.discard(b)
            state = states[b]
            if trace is None:
                for i, item in enumerate(self._items(b)):
                    state = transfer(state, item, (b, i))  # type: ignore[operator]
            else:
                before: list[object] = []
                for i, item in enumerate(self._items(b)):
                    before.append(state)
                    state = transfer(state, item, (b, i))  # type: ignore[operator]
                trace[b] = before
            term = self.body.blocks[b].terminator
            if term is None:
                continue
            for s in m.successors(term):
                old = states.get(s)
                new = state if old is None else join(old, state)  # type: ignore[operator]
                if old is None or new != old:
                    states[s] = new
                    if s not in queued:
                        queued.add(s)
                        heappush(work, (rank[s], s))
        return states

    def _rustc_rpo_rank(self) -> dict[int, int]:
        """Each block reachable from the entry → its position in the reverse postorder
        rustc's borrow checker walks (its depth-first search takes a block's successors
        from the last: a loop's body comes after the code that follows the loop)."""
        blocks = self.body.blocks
        post: list[int] = []
        seen = {0}

        def succs(b: int) -> Iterator[int]:
            term = blocks[b].terminator
            return iter(()) if term is None else reversed(list(m.successors(term)))

        stack: list[tuple[int, Iterator[int]]] = [(0, succs(0))]
        while stack:
            b, it = stack[-1]
            for s in it:
                if s not in seen:
                    seen.add(s)
                    stack.append((s, succs(s)))
                    break
            else:
                stack.pop()
                post.append(b)
        n = len(post)
        return {b: n - 1 - i for i, b in enumerate(post)}

    def _rpo_rank(self) -> dict[int, int]:
        """Each block reachable from the entry → its position in reverse postorder (made
        once per body: every forward analysis orders its worklist by it)."""
        if self._rpo is None:
            blocks = self.body.blocks
            post: list[int] = []
            seen = {0}
            stack: list[tuple[int, Iterator[int]]] = [(0, _succ_iter(blocks[0].terminator))]
            while stack:
                b, succs = stack[-1]
                for s in succs:
                    if s not in seen:
                        seen.add(s)
                        stack.append((s, _succ_iter(blocks[s].terminator)))
                        break
                else:
                    stack.pop()
                    post.append(b)
            n = len(post)
            self._rpo = {b: n - 1 - i for i, b in enumerate(post)}
        return self._rpo

    # -- loans ----------------------------------------------------------------------------------

    def _collect_loans(self) -> None:
        for b, bb in enumerate(self.body.blocks):
            for i, s in enumerate(bb.statements):
                if (
                    isinstance(s, m.Assign)
                    and isinstance(s.rvalue, m.Ref)
                    and s.rvalue.kind is not m.BorrowKind.SHALLOW
                ):
                    loan = Loan(
                        len(self.loans),
                        s.rvalue.place,
                        s.rvalue.kind,
                        s.span,
                        (b, i),
                        s.place.local,
                    )
                    self.loans.append(loan)
                    self.loan_at[(b, i)] = loan
        self.loans_of_local: dict[m.Local, list[int]] = {}
        for loan in self.loans:
            if not _through_ref_deref(self.body, loan.place):
                self.loans_of_local.setdefault(loan.place.local, []).append(loan.index)
        self.loans_through_deref: dict[m.Local, list[int]] = {}
        for loan in self.loans:
            if any(isinstance(p, m.Deref) for p in loan.place.projection):
                self.loans_through_deref.setdefault(loan.place.local, []).append(loan.index)

    def _ty(self, place: m.Place) -> t.Ty:
        return self.body.place_ty(place)

    def _operand_loans(
        self, holds: dict[m.Local, frozenset[int]], ops: Iterable[m.Operand]
    ) -> frozenset[int]:
        out: frozenset[int] = frozenset()
        for op in ops:
            if isinstance(op, m.Copy | m.Move):
                out |= self._place_value_loans(holds, op.place)
        return out

    def _place_value_loans(
        self, holds: dict[m.Local, frozenset[int]], place: m.Place
    ) -> frozenset[int]:
        """The loans a value read from `place` may carry: the local's, or, read from behind
        a reference, only those of what it points to (`let w = words[0];` does not keep
        `words` borrowed)."""
        if _through_ref_deref(self.body, place):
            return self._inner_loans(holds, place.local, 0)
        return holds.get(place.local, frozenset())

    def _holds_transfer(
        self, holds: dict[m.Local, frozenset[int]], item: object, loc: Loc
    ) -> dict[m.Local, frozenset[int]]:
        if isinstance(item, m.StorageDead | m.StorageLive):
            if item.local in holds:
                holds = dict(holds)
                del holds[item.local]
            owned = self.loans_of_local.get(item.local)
            if owned:
                # The local is gone: so are the loans of it (rustc kills them here).
                ks = frozenset(owned)
                if any(not v or not v.isdisjoint(ks) for v in holds.values()):
                    holds = {k: (v - ks) for k, v in holds.items() if v - ks}
            return holds
        if isinstance(item, m.Assign):
            rv = item.rvalue
            if isinstance(rv, m.Ref):
                loan = self.loan_at.get(loc)
                inflow = frozenset() if loan is None else frozenset((loan.index,))
                inflow |= holds.get(rv.place.local, frozenset())
                if loan is not None and loan.index in self._universal:
                    holds = self._add_eternal(holds, frozenset((loan.index,)))
                if self._reborrow_base(rv.place):
                    # rustc's reborrow constraints: `&mut **r` needs `r`'s own borrow to live
                    # as long, whatever the types say.
                    tied = holds.get(rv.place.local, frozenset())
                    if tied - self._reborrowed:
                        self._reborrowed |= tied
            elif isinstance(rv, m.Use | m.UnaryOp | m.Cast | m.Repeat):
                inflow = self._operand_loans(holds, (rv.operand,))
            elif isinstance(rv, m.BinaryOp):
                inflow = self._operand_loans(holds, (rv.lhs, rv.rhs))
            elif isinstance(rv, m.Aggregate):
                inflow = self._operand_loans(holds, rv.operands)
            else:
                inflow = frozenset()
            return self._store(holds, item.place, inflow)
        if isinstance(item, m.Call):
            inflow, by_region = self._call_inflow(holds, item)
            # (Into the return place, a `'static` in the type is the signature's demand on
            # the body, not the callee's promise.)
            inflow = self._filter_by_type(inflow, self._ty(item.destination), callee_result=item.destination.local != m.RETURN_PLACE)
            # Loans the written signature ties to the result by a lifetime are kept whatever
            # the types say (`fn text(&self) -> &str` borrows `self`).
            holds = self._store(holds, item.destination, inflow | by_region, filtered=True)
            # What a `&mut` argument points to may now hold the other arguments' loans.
            sig = self._sig(item)
            for k, arg in enumerate(item.args):
                if not isinstance(arg, m.Copy | m.Move) or sig is None or k >= len(sig.inputs):
                    continue
                aty = self._ty(arg.place)
                if not (
                    isinstance(aty, t.Ref)
                    and aty.mutbl is Mutability.MUT
                    and may_hold_loans(aty.pointee)
                ):
                    continue
                decl = sig.inputs[k]
                if (
                    isinstance(decl, t.Ref)
                    and isinstance(decl.region, t.ReEarlyParam | t.ReBound | t.ReLateParam)
                    and decl.region in _regions_in(decl.pointee)
                ):
                    # `&'a mut Wrapper<'a>`: the borrow is stored in the value it borrows
                    # (invariance makes the value's lifetime the borrow's own).
                    for li in holds.get(arg.place.local, frozenset()):
                        loan = self.loans[li]
                        if loan.kind.is_mut and loan.place.is_local:
                            holds = self._add(holds, loan.place.local, frozenset((li,)))
                # Only arguments whose declared types share a type parameter with what the
                # `&mut` points to (`push(&mut Vec<T>, T)`) can be stored there.
                target_params = _params_in(sig.inputs[k])
                if not target_params:
                    continue
                sources = [
                    a
                    for j, a in enumerate(item.args)
                    if j != k and j < len(sig.inputs) and _params_in(sig.inputs[j]) & target_params
                ]
                others: frozenset[int] = frozenset()
                for j, a in enumerate(item.args):
                    if a in sources and isinstance(a, m.Copy | m.Move):
                        if isinstance(sig.inputs[j], t.Ref):
                            others |= self._inner_loans(holds, a.place.local, 0)
                        else:
                            others |= self._place_value_loans(holds, a.place)
                if not others:
                    continue
                for li in holds.get(arg.place.local, frozenset()):
                    loan = self.loans[li]
                    if loan.kind.is_mut:
                        holds = self._add(holds, loan.place.local, others)
                if self._reaches_caller(holds, arg.place.local):
                    holds = self._escape(holds, others)
            # Arguments a `T: 'static` bound applies to: their loans live on.
            if sig is not None:
                statics = self._static_params(item)
                if statics:
                    for k, arg in enumerate(item.args):
                        if (
                            isinstance(arg, m.Copy | m.Move)
                            and k < len(sig.inputs)
                            and _params_in(sig.inputs[k]) & statics
                        ):
                            got = holds.get(arg.place.local, frozenset())
                            got = frozenset(
                                li
                                for li in got
                                if not self._is_promoted(self.loans[li].place.local)
                                and not _through_ref_deref(self.body, self.loans[li].place)
                            )
                            if got:
                                holds = self._add_eternal(holds, got)
            # Moved-in arguments hold nothing any more.
            for arg in item.args:
                if isinstance(arg, m.Move) and arg.place.is_local and arg.place.local in holds:
                    holds = dict(holds)
                    del holds[arg.place.local]
            return holds
        return holds

    def _reborrow_base(self, place: m.Place) -> bool:
        """`&**r` (`r` a reference): rustc's reborrow constraints reach `r`'s own region —
        every deref after the first is through `&mut` or a `Box`, up to the last (a shared
        one stops the walk there)."""
        derefs = [k for k, p in enumerate(place.projection) if isinstance(p, m.Deref)]
        if len(derefs) < 2 or derefs[0] != 0:
            return False
        if not isinstance(self.body.locals[place.local].ty, t.Ref):
            return False
        for k in reversed(derefs[1:]):
            base_ty = self.body.place_ty(m.Place(place.local, place.projection[:k]))
            if isinstance(base_ty, t.Ref) and base_ty.mutbl is not Mutability.MUT:
                return False
            if not isinstance(base_ty, t.Ref | t.Adt):
                return False
        return True

    def _call_inflow(self, holds: dict[m.Local, frozenset[int]], call: m.Call) -> tuple[frozenset[int], frozenset[int]]:
        """The loans a call's result may carry: each argument's, except that the borrow made
        to pass an argument by reference stays out when the callee's declared result has no
        lifetime it could come back through (`next(&mut self) -> Option<Self::Item>`)."""
        sig = self._sig(call)
        func = call.func
        is_closure_call = (
            isinstance(func, m.Constant)
            and func.def_id is None
            and func.text in ("call", "call_mut", "call_once")
        )
        flow = (
            self.sig_flow.of(func.def_id)
            if isinstance(func, m.Constant) and func.def_id is not None
            else None
        )
        out: frozenset[int] = frozenset()
        by_region: frozenset[int] = frozenset()
        for k, arg in enumerate(call.args):
            if not isinstance(arg, m.Copy | m.Move):
                continue
            got = holds.get(arg.place.local, frozenset())
            if not got:
                continue
            how = "all"
            if is_closure_call and k == 0:
                how = "inner"
            elif flow is not None and k < len(flow):
                how = flow[k]
            elif sig is not None and k < len(sig.inputs):
                decl = sig.inputs[k]
                if isinstance(decl, t.Ref) and not _has_region_position(sig.output):
                    how = "inner"
            if how == "none":
                continue
            if how == "inner":
                got = self._inner_loans(holds, arg.place.local, 0)
            if how == "region":
                by_region |= got
            out |= got
        if not _can_hold_closure(self._ty(call.destination)):
            # A closure's borrows reach a result only inside the closure itself.
            out = frozenset(li for li in out if self.body.locals[self.loans[li].holder].capture is None)
            by_region = frozenset(li for li in by_region if self.body.locals[self.loans[li].holder].capture is None)
        return out, by_region

    def _add_eternal(
        self, holds: dict[m.Local, frozenset[int]], loans: frozenset[int]
    ) -> dict[m.Local, frozenset[int]]:
        cur = holds.get(ETERNAL, frozenset())
        if loans <= cur:
            return holds
        holds = dict(holds)
        holds[ETERNAL] = cur | loans
        return holds

    def _static_params(self, call: m.Call) -> set[object]:
        """The callee's type parameters whose arguments must outlive this body: bound by
        `T: 'static`, or by `T: 'a` where `'a` is a lifetime of an argument that comes from
        this body's caller (`Scope::spawn(&'scope self, f: F) where F: 'scope`, called on a
        closure's `s` parameter)."""
        func = call.func
        if not isinstance(func, m.Constant) or func.def_id is None:
            return set()
        got = self._statics_cache.get(func.def_id)
        if got is None:
            statics: set[object] = set()
            scoped: list[tuple[object, t.Region]] = []
            try:
                preds = self.tcx.predicates_of(func.def_id)
            except Exception:
                preds = ()
            for clause, _ in preds:
                if isinstance(clause, TypeOutlives) and isinstance(clause.ty, t.Param):
                    if isinstance(clause.region, t.ReStatic):
                        statics.add(clause.ty)
                    elif isinstance(clause.region, t.ReEarlyParam):
                        scoped.append((clause.ty, clause.region))
            got = (statics, scoped)
            self._statics_cache[func.def_id] = got
        statics, scoped = got
        if not scoped:
            return statics
        sig = self._sig(call)
        if sig is None:
            return statics
        out = set(statics)
        for param, region in scoped:
            for k, arg in enumerate(call.args):
                if k < len(sig.inputs) and region in _regions_in(sig.inputs[k]) and self._from_caller(arg):
                    out.add(param)
                    break
        return out

    def _from_caller(self, arg: m.Operand) -> bool:
        """Whether `arg` is one of this body's parameters (through plain copies and moves
        into temporaries): its lifetimes are the caller's, longer than this body."""
        if not isinstance(arg, m.Copy | m.Move) or arg.place.projection:
            return False
        if self._copied_from is None:
            self._copied_from = {}
            for bb in self.body.blocks:
                for st in bb.statements:
                    if (
                        isinstance(st, m.Assign)
                        and not st.place.projection
                        and isinstance(st.rvalue, m.Use)
                        and isinstance(st.rvalue.operand, m.Copy | m.Move)
                        and not st.rvalue.operand.place.projection
                    ):
                        self._copied_from.setdefault(st.place.local, st.rvalue.operand.place.local)
        local = arg.place.local
        for _ in range(64):
            if self.body.locals[local].kind is m.LocalKind.ARG:
                return True
            src = self._copied_from.get(local)
            if src is None:
                return False
            local = src
        return False

    def _sig(self, call: m.Call) -> t.FnSig | None:
        func = call.func
        if isinstance(func, m.Constant) and func.def_id is not None:
            try:
                return self.tcx.fn_sig(func.def_id)
            except Exception:
                return None
        return None

    def _compute_ref_targets(self) -> None:
        """For each temporary holding references: the places they point into (a `&place`
        points into `place`; a call's result into what its flowing arguments point into)."""
        self.ref_targets: dict[m.Local, list[m.Place]] = {}
        for bb in self.body.blocks:
            for st in bb.statements:
                if (
                    isinstance(st, m.Assign)
                    and st.place.is_local
                    and isinstance(st.rvalue, m.Ref)
                    and self.body.locals[st.place.local].kind is m.LocalKind.TEMP
                ):
                    self.ref_targets.setdefault(st.place.local, []).append(st.rvalue.place)
        changed = True
        rounds = 0
        while changed and rounds < 4:
            changed = False
            rounds += 1
            for bb in self.body.blocks:
                term = bb.terminator
                if not isinstance(term, m.Call) or not term.destination.is_local:
                    continue
                dest = term.destination.local
                if self.body.locals[dest].kind is not m.LocalKind.TEMP:
                    continue
                targets: list[m.Place] = []
                for arg in term.args:
                    if isinstance(arg, m.Move | m.Copy) and arg.place.is_local:
                        targets += self.ref_targets.get(arg.place.local, [])
                if targets and len(targets) != len(self.ref_targets.get(dest, [])):
                    self.ref_targets[dest] = targets
                    changed = True

    def _inner_loans(
        self, holds: dict[m.Local, frozenset[int]], local: m.Local, depth: int
    ) -> frozenset[int]:
        """The loans held by what the reference in `local` points to (not the borrow that
        made the reference)."""
        targets = self.ref_targets.get(local)
        if targets and depth < 8:
            out: frozenset[int] = frozenset()
            for place in targets:
                if place.local == local:
                    continue
                if _through_ref_deref(self.body, place):
                    out |= self._inner_loans(holds, place.local, depth + 1)
                else:
                    out |= holds.get(place.local, frozenset())
            return out
        got = holds.get(local, frozenset())
        own = [self.loans[li] for li in got if self.loans[li].holder == local]
        if not own or depth > 8:
            return got
        out: frozenset[int] = frozenset()
        for loan in own:
            base = loan.place.local
            decl = self.body.locals[base]
            if (
                decl.kind is m.LocalKind.TEMP
                and any(isinstance(p, m.Deref) for p in loan.place.projection)
                and base != local
            ):
                out |= self._inner_loans(holds, base, depth + 1)
            elif base != local:
                inner = holds.get(base, frozenset())
                if any(isinstance(p, m.Deref) for p in loan.place.projection):
                    inner = self._inner_loans(holds, base, depth + 1)
                out |= inner
        return out

    def _filter_by_type(self, loans: frozenset[int], ty: t.Ty, callee_result: bool = False) -> frozenset[int]:
        """The loans a call's result of type `ty` can carry: when `ty` shows every reference
        it may hold (no type parameters, trait objects, closures or lifetime-generic
        structs), only loans of places a reference of one of those types can point into."""
        if not loans:
            return loans
        pointees = self.types_index.ref_pointees(ty, callee_result)
        if pointees is None:
            return loans
        out = set()
        for li in loans:
            if li in self._reborrowed:
                out.add(li)
                continue
            comps = self.types_index.components(self._ty(self.loans[li].place))
            if any(p in comps for p in pointees):
                out.add(li)
        return frozenset(out)

    def _store(
        self, holds: dict[m.Local, frozenset[int]], dest: m.Place, inflow: frozenset[int], filtered: bool = False
    ) -> dict[m.Local, frozenset[int]]:
        dest_ty = self._ty(dest)
        if not may_hold_loans(dest_ty):
            inflow = frozenset()
        elif inflow and not filtered:
            inflow = self._filter_by_type(inflow, dest_ty)
        if dest.is_local:
            killed = self.loans_through_deref.get(dest.local)
            if not inflow and not killed and dest.local not in holds:
                return holds  # (the common case: a value with no loans into a fresh local)
            if inflow and killed:
                # (The value stored came through what the assignment kills: NLL's regions
                # still relate the two, `_nll_regions`.)
                self._flowed.setdefault(dest.local, set()).update(inflow)
            holds = dict(holds)
            # The old value is gone: so are the loans made through it.
            if killed:
                ks = frozenset(killed)
                for k, v in list(holds.items()):
                    if v & ks:
                        holds[k] = v - ks
                inflow -= ks
            if inflow:
                holds[dest.local] = inflow
            else:
                holds.pop(dest.local, None)
            return holds
        if not inflow:
            return holds
        holds = self._add(holds, dest.local, inflow)
        if any(isinstance(p, m.Deref) for p in dest.projection):
            for li in holds.get(dest.local, frozenset()):
                loan = self.loans[li]
                if loan.kind.is_mut and loan.place.local != dest.local:
                    holds = self._add(holds, loan.place.local, inflow)
            if self._reaches_caller(holds, dest.local):
                holds = self._escape(holds, inflow)
        return holds

    def _is_ref_arg(self, local: m.Local) -> bool:
        return 1 <= local <= self.body.arg_count and isinstance(self.body.locals[local].ty, t.Ref)

    def _reaches_caller(self, holds: dict[m.Local, frozenset[int]], local: m.Local) -> bool:
        """Whether what `local` points to is the caller's: `local` is a reference
        parameter, or a mutable reborrow through one (`&mut (*c).items`)."""
        if self._is_ref_arg(local):
            return True
        for li in holds.get(local, frozenset()):
            loan = self.loans[li]
            if (
                loan.kind.is_mut
                and self._is_ref_arg(loan.place.local)
                and loan.place.projection[:1] == (m.Deref(),)
            ):
                return True
        return False

    def _escape(
        self, holds: dict[m.Local, frozenset[int]], loans: frozenset[int]
    ) -> dict[m.Local, frozenset[int]]:
        """Loans stored where the caller can see them (through a reference parameter):
        the borrows of this body's own locals among them live on (E0597 at their end)."""
        own = frozenset(
            li
            for li in loans
            if not self._is_promoted(self.loans[li].place.local)
            and not _through_ref_deref(self.body, self.loans[li].place)
        )
        return self._add_eternal(holds, own) if own else holds

    def _add(
        self, holds: dict[m.Local, frozenset[int]], local: m.Local, loans: frozenset[int]
    ) -> dict[m.Local, frozenset[int]]:
        if not may_hold_loans(self.body.locals[local].ty):
            return holds
        cur = holds.get(local, frozenset())
        if loans <= cur:
            return holds
        holds = dict(holds)
        holds[local] = cur | loans
        return holds

    # -- liveness -------------------------------------------------------------------------------

    def _liveness(self) -> dict[int, frozenset[m.Local]]:
        """Live locals at each block's exit (backward may-analysis)."""
        n = len(self.body.blocks)
        gen: list[frozenset[m.Local]] = []
        kill: list[frozenset[m.Local]] = []
        for b in range(n):
            g: set[m.Local] = set()
            k: set[m.Local] = set()
            for uses, defs in reversed(self._uses_defs(b)):
                g -= defs
                k |= defs
                g |= uses
                k -= uses
            gen.append(frozenset(g))
            kill.append(frozenset(k))
        live_in: list[frozenset[m.Local]] = [frozenset()] * n
        live_out: dict[int, frozenset[m.Local]] = {b: frozenset() for b in range(n)}
        work = deque(range(n - 1, -1, -1))
        queued = set(work)
        while work:
            b = work.popleft()
            queued.discard(b)
            term = self.body.blocks[b].terminator
            out: frozenset[m.Local] = frozenset()
            if term is not None:
                for s in m.successors(term):
                    out |= live_in[s]
            live_out[b] = out
            new_in = gen[b] | (out - kill[b])
            if new_in != live_in[b]:
                live_in[b] = new_in
                for p in self.preds[b]:
                    if p not in queued:
                        queued.add(p)
                        work.append(p)
        return live_out

    def _live_before(self, b: int) -> list[frozenset[m.Local]]:
        """Live locals before each item of block `b` (the last: before the terminator)."""
        ud = self._uses_defs(b)
        live = set(self.live_out[b])
        out: list[frozenset[m.Local]] = [frozenset()] * len(ud)
        for i in range(len(ud) - 1, -1, -1):
            uses, defs = ud[i]
            live -= defs
            live |= uses
            out[i] = frozenset(live)
        return out

    # -- initialisation ----------------------------------------------------------------------

    def _init_entry(self) -> tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]]:
        ever: dict[m.Local, frozenset[Span]] = {}
        for i in range(1, self.body.arg_count + 1):
            ever[i] = frozenset((self.body.locals[i].span,))
        return {}, ever

    def _init_transfer(
        self,
        state: tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]],
        item: object,
        loc: Loc,
    ) -> tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]]:
        moved, ever = state
        if isinstance(item, m.StorageLive | m.StorageDead):
            local = item.local
            # (States are shared between blocks: changed copies, never changed in place.)
            for k in moved:
                if k[0] == local:
                    moved = {k: v for k, v in moved.items() if k[0] != local}
                    break
            else:
                if isinstance(item, m.StorageLive):
                    moved = dict(moved)
            if isinstance(item, m.StorageLive):
                moved[(local, ())] = _UNINIT_ONLY
            if item.local in ever:
                ever = dict(ever)
                del ever[item.local]
            return moved, ever
        accesses: list[PlaceAccess]
        if isinstance(item, m.Assign | m.FakeRead | m.Call | m.SwitchInt):
            accesses = self._accesses(item, loc)
        else:
            return state
        for pa in accesses:
            if pa.access is Access.MOVE:
                path, ok = move_path(self.body, pa.place)
                if not ok:
                    continue
                site = self._move_site(loc, pa)
                moved = dict(moved)
                moved[path] = frozenset((site,))
            elif pa.access is Access.ASSIGN:
                path, ok = move_path(self.body, pa.place)
                if not ok:
                    continue
                local, proj = path
                n = len(proj)
                if any(k[0] == local and k[1][:n] == proj for k in moved):
                    moved = {k: v for k, v in moved.items() if not _is_prefix(path, k)}
                if pa.place.is_local:
                    spans = ever.get(pa.place.local)
                    if spans is None or pa.span not in spans:
                        ever = dict(ever)
                        ever[pa.place.local] = (spans or frozenset()) | {pa.span}
        return moved, ever

    def _accesses(self, item: m.Statement | m.Terminator, loc: Loc) -> list[PlaceAccess]:
        """The accesses of the item at `loc`, listed once (the initialisation analysis
        visits a block until its fixpoint, then the checking walk once more). Callers
        must not change the list."""
        got = self._acc_cache.get(loc)
        if got is None:
            if isinstance(item, _STATEMENTS):
                got = statement_accesses(item)  # type: ignore[arg-type]
            else:
                got = terminator_accesses(item)  # type: ignore[arg-type]
            self._acc_cache[loc] = got
        return got

    def _move_site(self, loc: Loc, pa: PlaceAccess) -> int:
        key = (loc, pa.place)
        got = self.move_site_at.get(key)
        if got is None:
            got = len(self.move_sites)
            self.move_sites.append(MoveSite(pa.span, loc, pa.place))
            self.move_site_at[key] = got
        return got

    def unused_mut_locals(self) -> list[m.LocalDecl]:
        """The user's `mut` bindings nothing needed mutable (after `run`), for the
        `unused_mut` lint: by-value bindings whose name does not start with `_`."""
        out = []
        for i, decl in enumerate(self.body.locals):
            if (
                decl.kind in (m.LocalKind.USER, m.LocalKind.ARG)
                and decl.mutable
                and not decl.is_ref_binding
                and (decl.pat_span is not None or decl.kind is m.LocalKind.ARG)
                and decl.name
                and not decl.name.startswith("_")
                and i not in self.used_mut
            ):
                out.append(decl)
        return out

    # -- the checking walk -------------------------------------------------------------------

    def _check_block(
        self, b: int, inits: list[object], holds_before: list[dict[m.Local, frozenset[int]]]
    ) -> None:
        """Check each item of block `b`, given the initialisation and loan states before
        each (`_forward`'s traces)."""
        items = self._items(b)
        live_before = self._live_before(b)
        live_after = [*live_before[1:], self.live_out[b]]
        for i, item in enumerate(items):
            loc = (b, i)
            init = inits[i]
            holds = holds_before[i]
            more = self._nll_extra.get(loc)
            if more:
                holds = dict(holds)
                for local, ls in more.items():
                    holds[local] = holds.get(local, frozenset()) | ls
            accesses = self._accesses(item, loc)
            # Loans that matter here: held by a local still needed after this point, or
            # used by this very item.
            live = live_before[i] | live_after[i]
            active = self._live_loans(holds, live)
            self._cur_live = live_after[i] - {m.RETURN_PLACE}
            self._cur_holds = holds
            for pa in accesses:
                self._check_init(init, pa, loc)  # type: ignore[arg-type]
                self._check_mutability(pa, init, loc)  # type: ignore[arg-type]
                self._check_move_out(pa, loc)
                if pa.access is Access.STORAGE_DEAD:
                    self._check_return_loans(holds, pa.place.local)
                    self._check_conflicts(
                        pa, self._live_loans(holds, live_after[i] - {m.RETURN_PLACE}), loc, holds
                    )
                elif pa.access is Access.ASSIGN and pa.place.is_local:
                    self._check_conflicts(
                        pa,
                        self._live_loans(holds, live_after[i] - {pa.place.local})
                        | self._live_loans(holds, live_before[i] - {pa.place.local}),
                        loc,
                        holds,
                    )
                else:
                    self._check_conflicts(pa, active, loc, holds)
            if isinstance(item, m.Drop) and b in self.drop_uses:
                dropped = self.drop_uses[b]
                self._check_drop_access(
                    item, self._live_loans(holds, live_after[i] - {dropped}), loc
                )
                # A value holding a borrow of itself (`&'a mut Wrapper<'a>`) uses it when
                # its `Drop` code runs: the drop is the conflicting access.
                own = frozenset(
                    li for li in holds.get(dropped, frozenset()) if self.loans[li].place.local == dropped
                )
                if own:
                    self._check_conflicts(
                        PlaceAccess(m.Place(dropped), Access.STORAGE_DEAD, item.span), own, loc, holds
                    )
            if isinstance(item, m.Call):
                self._check_activations(item, holds, active, loc)
                self._check_static_args(item, holds)
            if isinstance(item, m.Return):
                self._check_return_loans(holds, None)

    # -- E0713: a destructor's access to what a live loan borrows -----------------------------

    def _check_drop_access(self, drop: m.Drop, live: frozenset[int], loc: Loc) -> None:
        """Dropping a value whose type implements `Drop` touches all of it, also what it
        reaches through its `&mut` fields: a live reborrow of such data conflicts (rustc's
        `AccessDepth::Drop`; loans of the value's own data are E0597 at its storage end)."""
        local = drop.place.local
        for li in sorted(live):
            loan = self.loans[li]
            if loan.place.local != local or not loan.kind.is_mut:
                continue
            adt = self._drop_reaches_behind_ref(loan.place)
            if adt is not None:
                self._report_destructor_conflict(drop, loan, adt, loc)

    def _drop_reaches_behind_ref(self, place: m.Place) -> t.Ty | None:
        """The type with a `Drop` impl through whose field a drop of `place.local` reaches
        behind a reference the loan of `place` goes through, if any."""
        ty = self.body.locals[place.local].ty
        dtor: t.Ty | None = None
        for n, proj in enumerate(place.projection):
            if isinstance(proj, m.Deref) and isinstance(ty, t.Ref):
                if dtor is None or ty.mutbl is not Mutability.MUT:
                    return None
                return dtor
            if (
                isinstance(proj, m.Field)
                and isinstance(ty, t.Adt)
                and dtor is None
                and ty.def_id in self.drop_adts
            ):
                dtor = ty
            ty = self.body.place_ty(m.Place(place.local, place.projection[: n + 1]))
        return None

    def _report_destructor_conflict(self, drop: m.Drop, loan: Loan, adt: t.Ty, loc: Loc) -> None:
        key = ("destructor", loan.index)
        if key in self._reported:
            return
        self._reported.add(key)
        desc = self.describe(loan.place)
        name = self.body.locals[drop.place.local].name or self.describe(drop.place)
        d = Diagnostic.error("borrow may still be in use when destructor runs", loan.span, "E0713")
        held_by_return = loan.index in self._cur_holds.get(m.RETURN_PLACE, frozenset())
        ret = self._return_region() if held_by_return else None
        if ret is not None:
            rname, at, how = ret
            d.with_label(at, how)
            d.with_primary(
                loan.span, f"returning this value requires that `{desc}` is borrowed for `{rname}`"
            )
        else:
            d.with_primary(loan.span)
        ty = re.sub(r"<[^<>]*'[^<>]*>", _erase_regions, str(adt))
        d.with_label(
            drop.span,
            f"here, drop of `{name}` needs exclusive access to `{desc}`, because the type "
            f"`{ty}` implements the `Drop` trait",
        )
        if ret is None:
            later = self._later_use(loan, loc)
            if later is not None:
                d.with_label(later, f"borrow later used {self._used()}")
            d.with_note("consider using a `let` binding to create a longer lived value")
        self.diags.append(d)

    def _return_region(self) -> tuple[str, Span, str] | None:
        """The returned reference's lifetime, as rustc names it in a label: (name, where,
        the label there): a named parameter, or an elided one (`'1`) taken from the one
        input that has it."""
        fn = self.tcx.hir_node(self.body.owner)
        if not isinstance(fn, hir.FnItem) or not isinstance(fn.sig.decl.output, hir.RefTy):
            return None
        lt = fn.sig.decl.output.lifetime
        if lt.res is hir.LifetimeResKind.PARAM and lt.def_id is not None:
            parent = self.tcx.hir_item(self.tcx.parent(self.body.owner) or self.body.owner)
            generics = [fn.generics]
            if isinstance(parent, hir.ImplItem | hir.TraitItem):
                generics.append(parent.generics)
            for g in generics:
                for p in g.params:
                    if p.def_id == lt.def_id:
                        return lt.name, p.name.span, f"lifetime `{lt.name}` defined here"
            return None
        if lt.res is not hir.LifetimeResKind.ELIDED or fn.body is None:
            return None
        body = self.tcx.body(self.body.owner)
        if body is None:
            return None
        for hty, param in zip(fn.sig.decl.inputs, body.params, strict=False):
            if isinstance(hty, hir.RefTy) and hty.lifetime.fresh == lt.fresh:
                return "'1", hty.span.with_hi(hty.span.lo + 1), (
                    "let's call the lifetime of this reference `'1`"
                )
            if lt.fresh in _fresh_lifetimes(hty):
                ty = self.body.locals[1 + body.params.index(param)].ty
                shown = str(ty).replace("'_", "'1", 1)
                return "'1", param.pat.span, f"has type `{shown}`"
        return None

    def _live_loans(
        self, holds: dict[m.Local, frozenset[int]], live: frozenset[m.Local]
    ) -> frozenset[int]:
        out: frozenset[int] = holds.get(ETERNAL, frozenset())
        if len(holds) < len(live):
            # (Usually few locals hold loans: walk those rather than every live local.)
            for local, got in holds.items():
                if got and local in live:
                    out |= got
            return out
        for local in live:
            got = holds.get(local)
            if got:
                out |= got
        return out

    # -- E0382 / E0381 / E0384 -------------------------------------------------------------------

    def _check_init(
        self,
        state: tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]],
        pa: PlaceAccess,
        loc: Loc,
    ) -> None:
        moved, ever = state
        if pa.access is Access.STORAGE_DEAD:
            return
        path, _ = move_path(self.body, pa.place)
        decl = self.body.locals[path[0]]
        if decl.kind not in (m.LocalKind.USER, m.LocalKind.ARG):
            return
        if pa.access is Access.ASSIGN:
            # Assigning a whole local initialises it; a part needs the whole.
            if pa.place.is_local:
                return
            reasons = self._prefix_reasons(moved, path, strict=True)
            if reasons:
                self._report_uninit(pa, path, reasons, ever, loc, assigning=True)
            return
        deep = pa.access is not Access.SHALLOW_READ
        reasons = self._prefix_reasons(moved, path, strict=False)
        if not reasons and deep:
            for k, v in moved.items():
                if k[0] == path[0] and len(k[1]) > len(path[1]) and k[1][: len(path[1])] == path[1]:
                    reasons |= v
        if reasons:
            self._report_uninit(pa, path, reasons, ever, loc, assigning=False)

    def _prefix_reasons(
        self, moved: dict[Path, frozenset[int]], path: Path, strict: bool
    ) -> frozenset[int]:
        out: frozenset[int] = frozenset()
        local, proj = path
        for n in range(len(proj) - (1 if strict else 0), -1, -1):
            got = moved.get((local, proj[:n]))
            if got:
                out |= got
        return out

    def _report_uninit(
        self,
        pa: PlaceAccess,
        path: Path,
        reasons: frozenset[int],
        ever: dict[m.Local, frozenset[Span]],
        loc: Loc,
        assigning: bool,
    ) -> None:
        moves = frozenset(r for r in reasons if r != UNINIT)
        local = path[0]
        decl = self.body.locals[local]
        name = decl.name or "value"
        desc = self.describe(m.Place(local, path[1]))
        if not moves:
            key = ("E0381", local)
            if key in self._reported:
                return
            self._reported.add(key)
            possibly = local in ever
            what = "partially assigned" if assigning else "used"
            msg = f"{what} binding `{name}` {'is possibly-uninitialized' if possibly else 'isn' + chr(39) + 't initialized' if not assigning else 'isn' + chr(39) + 't fully initialized'}"
            d = Diagnostic.error(msg, pa.span, "E0381")
            d.with_label(decl.pat_span or decl.span, "binding declared here but left uninitialized")
            from ferric.borrowck.explain_moves import UninitExplainer

            explain = UninitExplainer(self, name, sorted(ever.get(local, ()), key=lambda s: s.lo))
            if possibly:
                explain.label(d, pa.span)
                d.with_primary(pa.span, f"`{name}` used here but it is possibly-uninitialized")
            else:
                d.with_primary(
                    pa.span,
                    f"`{name}` {'partially assigned' if assigning else 'used'} here but it isn't {'fully ' if assigning else ''}initialized",
                )
                if not assigning and decl.kind is m.LocalKind.USER:
                    explain.suggest_value(d, decl)
            self.diags.append(d)
            return
        prev = self._reported_moves.get(moves)
        if prev is not None:
            rpath, rdiag = prev
            if rpath[0] == path[0] and rpath[1][: len(path[1])] == path[1]:
                return  # (the use of a place the reported one is part of)
            if rdiag is not None:
                # (rustc replaces the buffered error)
                self.diags = [x for x in self.diags if x is not rdiag]
        self._reported_moves[moves] = (path, None)
        partially = any(
            len(self.move_sites[s].place.projection) > len(path[1])
            and self.move_sites[s].place.local == local
            for s in moves
        )
        verb = {
            Access.COPY: "use",
            Access.MOVE: "use",
            Access.SHALLOW_READ: "use",
            Access.ASSIGN: "assign to part",
        }.get(pa.access, "borrow")
        # rustc names the moved value when the use goes into it (`*b` after moving `b`),
        # the used one when only a part of it was moved.
        sites = [self.move_sites[s] for s in sorted(moves)]
        moved_paths = {move_path(self.body, site.place)[0] for site in sites}
        if not partially and len(moved_paths) == 1:
            (moved,) = moved_paths
            if moved[0] == local and len(moved[1]) < len(path[1]) and path[1][: len(moved[1])] == moved[1]:
                desc = self.describe(m.Place(local, moved[1]))
        msg = f"{verb} of {'partially ' if partially else ''}moved value: `{desc}`"
        if assigning:
            msg = f"assign to part of moved value: `{desc}`"
        d = Diagnostic.error(msg, pa.span, "E0382")
        from ferric.borrowck.explain_moves import MoveExplainer

        explain = MoveExplainer(self)
        ty = self.body.place_ty(m.Place(local, path[1]))
        moved_ty = ty
        if len(sites) == 1:
            moved_ty = self.body.place_ty(sites[0].place)
        upvar = self._upvar_prefix(m.Place(local, path[1])) is not None
        because = ""
        closure_note = self._closure_move_note(moved_ty) if not partially else None
        if partially and len(sites) == 1:
            # (A part moved out of an enum variant: rustc names no place.)
            what = (
                "value"
                if any(isinstance(p, m.Downcast) for p in sites[0].place.projection)
                else f"`{self.describe(sites[0].place)}`"
            )
            because = (
                f"partial move occurs because {what} has type "
                f"`{moved_ty}`, which does not implement the `Copy` trait"
            )
        elif isinstance(moved_ty, t.Closure):
            because = ""  # (rustc explains why the closure is not `Copy` instead)
        elif not path[1] or not partially:
            shown = self.describe(m.Place(local, moved_paths.pop()[1])) if len(moved_paths) == 1 else name
            because = (
                f"move occurs because `{shown}` has type `{moved_ty}`, which does not "
                "implement the `Copy` trait"
            )
        if len(sites) == 1 and explain.kind(sites[0]).fn_once:
            because = ""  # (rustc explains the `FnOnce` call instead)
        # A field moved out (`let v = p.items;`): rustc says why in a note, and gives no advice.
        field_move = (
            not partially
            and len(sites) == 1
            and bool(sites[0].place.projection)
            and all(isinstance(pe, m.Field) for pe in sites[0].place.projection)
        )
        if because and not partially and not upvar and not field_move and decl.kind is not m.LocalKind.TEMP:
            d.with_label(decl.pat_span or decl.span, because)
            because = ""
        any_loop = False
        for site in sites:
            if site.span == pa.span:
                any_loop = True
                continue
            in_loop = self._reaches(site.location, loc) and self._reaches(loc, site.location)
            previous = in_loop and not self._before(site.location, loc)
            any_loop = any_loop or previous
            for span, label in explain.move_labels(
                site, name, partially and site.place.projection != (), previous
            ):
                d.with_label(span, label)
        use = {Access.COPY: "used", Access.MOVE: "used", Access.SHALLOW_READ: "used"}.get(
            pa.access, "borrowed"
        )
        if any_loop:
            head = explain.loop_head(sites[0].span)
            if head is not None:
                d.with_label(head, "inside of this loop")
        if any(site.span == pa.span for site in sites):
            labels = explain.move_labels(sites[0], name, False, True)
            if labels[0][0] == pa.span:
                d.with_primary(pa.span, labels[0][1])
                labels = labels[1:]
            else:
                d.with_primary(pa.span)
            for span, label in labels:
                d.with_label(span, label)
        else:
            d.with_primary(
                pa.span,
                f"value {'assigned' if assigning else use} here after {'partial ' if partially else ''}move",
            )
        if because:
            d.with_note(because)
        called = len(sites) == 1 and explain.is_fn_once_call(explain.kind(sites[0]))
        if closure_note is not None:
            span, var = closure_note
            d.children.append(
                SubDiagnostic(
                    Level.NOTE,
                    f"closure cannot be invoked more than once because it moves the variable `{var}` out of its environment"
                    if called
                    else "closure cannot be moved more than once as it is not `Copy` due to "
                    f"moving the variable `{var}` out of its environment",
                    [Label(span, "", True)],
                )
            )
        if called:
            what = "this value implements `FnOnce`, which causes it to be moved when called"
            bound = explain.fn_once_bound(moved_ty) if isinstance(moved_ty, t.Param) else None
            if isinstance(moved_ty, t.Param) and bound is not None:
                d.children.append(
                    SubDiagnostic(
                        Level.NOTE,
                        "`FnOnce` closures can only be called once",
                        [
                            Label(bound, f"`{moved_ty}` is made to be an `FnOnce` closure here", True),
                            Label(explain.kind(sites[0]).call.span, what, False),  # type: ignore[union-attr]
                        ],
                    )
                )
            elif not isinstance(moved_ty, t.Param):
                d.children.append(SubDiagnostic(Level.NOTE, what, [Label(sites[0].span, "", True)]))
            self.diags.append(d)
            self._reported_moves[moves] = (path, d)
            return
        if not upvar and not field_move:
            explain.add_advice(d, sites, name, moved_ty, partially)
        if not assigning:
            self._deref_coercion_note(d, loc)
        self.diags.append(d)
        self._reported_moves[moves] = (path, d)

    def _closure_move_note(self, ty: t.Ty) -> tuple[Span, str] | None:
        """A moved closure that took a variable by value: where its body uses it."""
        if not isinstance(ty, t.Closure):
            return None
        for bb in self.body.blocks:
            for st in bb.statements:
                rv = st.rvalue if isinstance(st, m.Assign) else None
                if not (isinstance(rv, m.Aggregate) and rv.kind is m.AggregateKind.CLOSURE and rv.ty == ty):
                    continue
                for op, use in zip(rv.operands, rv.capture_uses, strict=False):
                    if isinstance(op, m.Move) and use is not None and not (
                        op.place.is_local and self.body.locals[op.place.local].capture is not None
                    ):
                        return use, self.describe(op.place)
                return None
        return None

    def types_implement(self, ty: t.Ty, lang: str) -> bool:
        try:
            return self.types.implements(self.types.normalize(ty), lang)
        except Exception:
            return False

    def _before(self, a: Loc, b: Loc) -> bool:
        """`a` comes before `b` on some path that does not go round a loop back edge (the
        same block: statement order; else `b`'s block is reachable from `a`'s without
        passing `a` again)."""
        if a[0] == b[0]:
            return a[1] < b[1]
        return self._reaches(a, b) and not self._reaches(b, a)

    def _reaches(self, a: Loc, b: Loc) -> bool:
        if a[0] == b[0] and a[1] < b[1]:
            return True
        seen: set[int] = set()
        term = self.body.blocks[a[0]].terminator
        stack = list(m.successors(term)) if term is not None else []
        while stack:
            x = stack.pop()
            if x == b[0]:
                return True
            if x in seen:
                continue
            seen.add(x)
            tm = self.body.blocks[x].terminator
            if tm is not None:
                stack.extend(m.successors(tm))
        return False

    # -- mutability: E0384, E0594, E0596 ------------------------------------------------------

    def _check_mutability(
        self,
        pa: PlaceAccess,
        state: tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]],
        loc: Loc,
    ) -> None:
        if pa.access is Access.ASSIGN:
            place = pa.place
            decl = self.body.locals[place.local]
            if place.is_local:
                if decl.kind in (m.LocalKind.USER, m.LocalKind.ARG) and not decl.mutable:
                    ever = state[1].get(place.local)
                    if ever:
                        self._report_assign_twice(pa, decl, ever)
                elif decl.mutable and (decl.kind is m.LocalKind.ARG or state[1].get(place.local)):
                    self.used_mut.add(place.local)  # a reassignment needs `mut`
                return
            self._require_mutable(pa, assign=True)
        elif pa.access in (Access.MUT_BORROW, Access.RESERVE):
            if pa.borrow is m.BorrowKind.UNIQUE:
                return
            cap = self._capture_of(pa, loc)
            if cap is not None:
                # (A closure's `&mut` capture: the error points at the use in the closure,
                # the whole assignment when it assigns.)
                st = self.body.blocks[loc[0]].statements[loc[1]]
                at = cap[1]
                if cap[2] and isinstance(st, m.Assign):
                    at = self.body.locals[st.place.local].capture_assign or at
                self._require_mutable(PlaceAccess(pa.place, pa.access, at, pa.borrow), assign=cap[2])
                return
            self._require_mutable(pa, assign=False)

    def _report_assign_twice(
        self, pa: PlaceAccess, decl: m.LocalDecl, ever: frozenset[Span]
    ) -> None:
        key = ("E0384", pa.span)
        if key in self._reported:
            return
        self._reported.add(key)
        name = decl.name or "_"
        where = "other"
        if decl.kind is m.LocalKind.ARG:
            d = Diagnostic.error(f"cannot assign to immutable argument `{name}`", pa.span, "E0384")
            d.with_primary(pa.span, "cannot assign to immutable argument")
        else:
            d = Diagnostic.error(
                f"cannot assign twice to immutable variable `{name}`", pa.span, "E0384"
            )
            first = min(ever, key=lambda s: s.lo)
            from ferric.borrowck.explain_moves import binding_context

            where, let = binding_context(self.tcx, self.body.owner, decl.hir_id)
            if first != pa.span:
                deferred = where == "let" and let is not None and let.init is None
                d.with_label(first if deferred else decl.span, f"first assignment to `{name}`")
            d.with_primary(pa.span, "cannot assign twice to immutable variable")
        at = decl.span.with_hi(decl.span.lo)
        if decl.kind is not m.LocalKind.ARG and where == "for":
            # (rustc 1.95's suggestion for a `for` loop's binding, as it prints it.)
            d.with_suggestion("consider making this binding mutable", [(at, f"(mut {name}) ")])
        else:
            d.with_suggestion("consider making this binding mutable", [(at, "mut ")])
        if decl.kind is not m.LocalKind.ARG and where == "destructure":
            d.with_suggestion(
                "to modify the original value, take a borrow instead", [(at, "ref mut ")]
            )
        self.diags.append(d)

    def _capture_of(self, pa: PlaceAccess, loc: Loc) -> tuple[Span, Span, bool] | None:
        """The closure capture a borrow at `loc` makes (its holder's capture info)."""
        bb = self.body.blocks[loc[0]]
        if loc[1] < len(bb.statements):
            st = bb.statements[loc[1]]
            if isinstance(st, m.Assign):
                return self.body.locals[st.place.local].capture
        return None

    def _require_mutable(self, pa: PlaceAccess, assign: bool) -> None:
        place = pa.place
        proj = place.projection
        unique = False
        for n in range(len(proj) - 1, -1, -1):
            p = proj[n]
            if not isinstance(p, m.Deref):
                continue
            base = m.Place(place.local, proj[:n])
            if n == 0 and place.local == 1 and not unique and self._immutable_upvar(pa, assign):
                return None  # (the closure's environment, reached through a by-value capture)
            bty = self._ty(base)
            if isinstance(bty, t.Ref):
                if bty.mutbl is Mutability.NOT:
                    return self._report_immutable(pa, assign, base, behind_ref=True)
                unique = True
                # Through `&mut`: the reference itself needs unique access, not `mut`.
                continue
            if isinstance(bty, t.RawPtr):
                return None
        if not unique and place.local == 1 and self.body.closure_kind == "FnOnce" and self._upvar_prefix(place) is not None:
            # A `FnOnce` closure owns its captures: a by-value one is as mutable as the
            # variable it captured (an immutable one is reported here).
            self._immutable_upvar(pa, assign)
            return None
        decl = self.body.locals[place.local]
        if not unique and decl.mutable:
            self.used_mut.add(place.local)
        if unique or decl.mutable or decl.kind in (m.LocalKind.TEMP, m.LocalKind.RETURN):
            return None
        self._report_immutable(pa, assign, m.Place(place.local), behind_ref=False)
        return None

    def _immutable_upvar(self, pa: PlaceAccess, assign: bool) -> bool:
        """Whether `pa` mutates a by-value capture of a variable not declared `mut`
        (reported here: rustc's upvar mutability check comes before the closure kind's)."""
        up = self._upvar_prefix(pa.place)
        if up is None:
            return False
        i = up[0]
        if i >= len(self.body.upvar_mut) or self.body.upvar_by_ref[i] or self.body.upvar_mut[i][0]:
            return False
        key = ("mut", pa.span)
        if key in self._reported:
            return True
        self._reported.add(key)
        desc = self.describe(pa.place)
        root = self.body.upvar_names[i].split(".")[0]
        what = f"as `{root}` is not declared as mutable" if assign and desc != root else "as it is not declared as mutable"
        msg = f"cannot assign to `{desc}`, {what}" if assign else f"cannot borrow `{desc}` as mutable, {what}"
        d = Diagnostic.error(msg, pa.span, "E0594" if assign else "E0596")
        d.with_primary(pa.span, "cannot assign" if assign else "cannot borrow as mutable")
        decl_span = self.body.upvar_mut[i][1]
        if decl_span is not None:
            d.with_suggestion("consider changing this to be mutable", [(decl_span.with_hi(decl_span.lo), "mut ")])
        self.diags.append(d)
        return True

    def _report_immutable(
        self, pa: PlaceAccess, assign: bool, root: m.Place, behind_ref: bool
    ) -> None:
        key = ("mut", pa.span)
        if key in self._reported:
            return
        self._reported.add(key)
        decl = self.body.locals[root.local]
        if not behind_ref and decl.kind in (m.LocalKind.USER, m.LocalKind.ARG) and decl.name:
            # Reported per variable once the walk is over (several uses: one error at the
            # declaration).
            self._immutable_uses.setdefault((root.local, assign), []).append(pa)
            return
        self._emit_immutable(pa, assign, root, behind_ref)

    def _flush_immutable(self) -> None:
        for (local, assign), uses in sorted(
            self._immutable_uses.items(), key=lambda kv: kv[1][0].span.lo
        ):
            if len(uses) == 1:
                self._emit_immutable(uses[0], assign, m.Place(local), False)
                continue
            decl = self.body.locals[local]
            desc = self.describe(uses[0].place)
            code = "E0594" if assign else "E0596"
            msg = (
                f"cannot assign to `{desc}`, as `{decl.name}` is not declared as mutable"
                if assign and desc != decl.name
                else f"cannot assign to `{desc}`, as it is not declared as mutable"
                if assign
                else f"cannot borrow `{desc}` as mutable, as it is not declared as mutable"
            )
            d = Diagnostic.error(msg, decl.span, code)
            d.with_primary(decl.span, "not mutable")
            for pa in uses:
                d.with_label(pa.span, "cannot assign" if assign else "cannot borrow as mutable")
            d.with_suggestion(
                "consider changing this to be mutable", [(decl.span.with_hi(decl.span.lo), "mut ")]
            )
            self.diags.append(d)

    def _emit_immutable(
        self, pa: PlaceAccess, assign: bool, root: m.Place, behind_ref: bool
    ) -> None:
        if behind_ref and self.body.closure_kind is not None and root.local == 1:
            desc = self.describe(pa.place)
            kind = self.body.closure_kind
            code = "E0594" if assign else "E0596"
            msg = (
                f"cannot assign to `{desc}`, as it is a captured variable in a `{kind}` closure"
                if assign
                else f"cannot borrow `{desc}` as mutable, as it is a captured variable in a `{kind}` closure"
            )
            d = Diagnostic.error(msg, pa.span, code)
            d.with_primary(pa.span, "cannot assign" if assign else "cannot borrow as mutable")
            if kind == "Fn":
                self._fn_closure_labels(d, desc)
            self.diags.append(d)
            return
        desc = self.describe(pa.place)
        decl = self.body.locals[root.local]
        code = "E0594" if assign else "E0596"
        if behind_ref and decl.static_item is not None and len(pa.place.projection) == 1:
            name, item = decl.static_item
            msg = (
                f"cannot assign to immutable static item `{name}`"
                if assign
                else f"cannot borrow immutable static item `{name}` as mutable"
            )
            d = Diagnostic.error(msg, pa.span, code)
            so = "written to" if assign else "borrowed as mutable"
            d.with_label(item, f"this `static` cannot be {so}")
            d.with_primary(pa.span, "cannot assign" if assign else "cannot borrow as mutable")
            self.diags.append(d)
            return
        if behind_ref:
            what = (
                "which is behind a `&` reference" if assign else "as it is behind a `&` reference"
            )
        else:
            root_desc = self.describe(root)
            what = (
                f"as `{root_desc}` is not declared as mutable"
                if assign and root_desc != desc
                else "as it is not declared as mutable"
            )
        msg = (
            f"cannot assign to `{desc}`, {what}"
            if assign
            else f"cannot borrow `{desc}` as mutable, {what}"
        )
        if behind_ref and decl.kind is m.LocalKind.TEMP and not assign:
            msg = "cannot borrow data in a `&` reference as mutable"
        d = Diagnostic.error(msg, pa.span, code)
        amp = self._param_ref_amp(root) if behind_ref else None
        if amp is not None:
            so = "written to" if assign else "borrowed as mutable"
            d.with_primary(pa.span, f"`{decl.name}` is a `&` reference, so it cannot be {so}")
            d.with_suggestion(
                "consider changing this to be a mutable reference",
                [(Span(amp.hi, amp.hi, amp.ctxt), "mut ")],
            )
            self.diags.append(d)
            return
        head = self._for_loop_head(decl) if behind_ref and len(pa.place.projection) == 1 else None
        if head is not None:
            so = "written to" if assign else "borrowed as mutable"
            d.with_primary(pa.span, f"`{decl.name}` is a `&` reference, so it cannot be {so}")
            self._iter_mut_suggestion(d, head)
            self.diags.append(d)
            return
        d.with_primary(pa.span, "cannot assign" if assign else "cannot borrow as mutable")
        if not assign and not behind_ref and pa.place == root and isinstance(decl.ty, t.Closure):
            self._closure_mutation_label(d, decl)
        if (
            not behind_ref
            and decl.kind in (m.LocalKind.USER, m.LocalKind.ARG)
            and decl.name
            and not decl.is_ref_binding
        ):
            d.with_suggestion(
                "consider changing this to be mutable", [(decl.span.with_hi(decl.span.lo), "mut ")]
            )
        self.diags.append(d)

    def _for_loop_head(self, decl: m.LocalDecl) -> hir.Expr | None:
        """The iterated expression of the `for` loop whose pattern is `decl`'s binding
        (`v.iter()` in `for x in v.iter()`), when `decl` is a plain `&` binding of it."""
        if decl.kind is not m.LocalKind.USER or decl.hir_id is None or decl.is_ref_binding or not isinstance(decl.ty, t.Ref):
            return None
        body = self.tcx.body(self.body.owner)
        if body is None:
            return None
        from ferric.borrowck.explain_moves import hir_nodes

        for node in hir_nodes(body.value):
            if not (isinstance(node, hir.MatchExpr) and node.source is hir.MatchSource.FOR_LOOP):
                continue
            scrut = node.scrutinee
            if not (isinstance(scrut, hir.CallExpr) and len(scrut.args) == 1 and len(node.arms) == 1):
                continue
            loop = node.arms[0].body
            inner = loop.body.stmts[0] if isinstance(loop, hir.LoopExpr) and loop.body.stmts else None
            if not (isinstance(inner, hir.SemiStmt) and isinstance(inner.expr, hir.MatchExpr) and len(inner.expr.arms) == 2):
                continue
            some = inner.expr.arms[1].pat
            if isinstance(some, hir.TupleStructPat) and len(some.pats) == 1 and isinstance(some.pats[0], hir.BindingPat) and some.pats[0].hir_id == decl.hir_id:
                return scrut.args[0]
        return None

    def _iter_mut_suggestion(self, d: Diagnostic, head: hir.Expr) -> None:
        """rustc's `suggest_similar_mut_method_for_for_loop`: "this iterator yields `&`
        references", and the methods of the same impl whose names extend the one called
        (`iter` → `iter_mut()`), or `&mut` for `for x in &v`."""
        d.with_label(head.span, "this iterator yields `&` references")
        if isinstance(head, hir.AddrOfExpr) and head.mutbl is Mutability.NOT:
            d.with_suggestion(
                "use a mutable iterator instead",
                [(head.expr.span.shrink_to_lo(), "mut ")],
                Applicability.MAYBE_INCORRECT,
            )
            return
        if not isinstance(head, hir.MethodCallExpr):
            return
        dep = self.type_dependent_defs.get(head.hir_id)
        impl = self.tcx.parent(dep[1]) if dep is not None else None
        if impl is None:
            return
        name = head.segment.ident.name
        found = [f"{i.name}()" for i in self.tcx.associated_items(impl) if i.name != name and i.name.startswith(name)]
        if found:
            call = Span(head.segment.ident.span.lo, head.span.hi, head.span.ctxt)
            d.with_suggestion("use mutable method", [(call, found[0])], Applicability.MAYBE_INCORRECT, style="inline")

    def _closure_mutation_label(self, d: Diagnostic, decl: m.LocalDecl) -> None:
        """Calling an `FnMut` closure held in a non-`mut` binding: rustc points at the
        capture that makes it `FnMut`."""
        refs: dict[m.Local, m.Ref] = {}
        for bb in self.body.blocks:
            for st in bb.statements:
                if not isinstance(st, m.Assign):
                    continue
                rv = st.rvalue
                if isinstance(rv, m.Ref) and st.place.is_local:
                    refs[st.place.local] = rv
                if not (
                    isinstance(rv, m.Aggregate)
                    and rv.kind is m.AggregateKind.CLOSURE
                    and rv.ty == decl.ty
                ):
                    continue
                for op in rv.operands:
                    if not isinstance(op, m.Move) or not op.place.is_local:
                        continue
                    cap = self.body.locals[op.place.local].capture
                    r = refs.get(op.place.local)
                    if cap is not None and r is not None and r.kind.is_mut:
                        d.with_label(
                            cap[1],
                            f"calling `{decl.name}` requires mutable binding due to mutable "
                            f"borrow of `{self.describe(r.place)}`",
                        )
                        return
                return

    def _fn_closure_labels(self, d: Diagnostic, var: str) -> None:
        """rustc's account of why a closure is `Fn` when it mutates a capture: the callee
        that expects `Fn`, its parameter, the closure, the variable outside it."""
        try:
            from ferric.borrowck.explain_moves import fn_closure_context

            ctx = fn_closure_context(self.tcx, self.body.owner, self.body.span, var.split(".")[0])
        except Exception:  # (a shape the search does not know: no labels)
            ctx = None
        if ctx is None or ctx.call_callee is None or ctx.param is None:
            return
        d.with_label(ctx.param, "change this to accept `FnMut` instead of `Fn`")
        if ctx.var_decl is not None:
            d.with_label(ctx.var_decl, f"`{var}` declared here, outside the closure")
        d.with_label(ctx.call_callee, "expects `Fn` instead of `FnMut`")
        d.with_label(ctx.closure_head, "in this closure")

    def _param_ref_amp(self, root: m.Place) -> Span | None:
        """`root` is a parameter written as `&T` (or `&self`): the span of its `&`."""
        if root.projection or not (1 <= root.local <= self.body.arg_count):
            return None
        if self.body.closure_kind is not None:
            return None
        fn = self.tcx.hir_node(self.body.owner)
        if not isinstance(fn, hir.FnItem):
            return None
        inputs = fn.sig.decl.inputs
        k = root.local - 1
        if k >= len(inputs):
            return None
        hty = inputs[k]
        if not isinstance(hty, hir.RefTy) or hty.mutbl is not Mutability.NOT or hty.lifetime.name:
            return None
        text = self.sm.snippet(hty.span) or ""
        if not text.startswith("&"):
            return None
        return Span(hty.span.lo, hty.span.lo + 1, hty.span.ctxt)

    # -- moves out of borrowed content: E0507, E0508, E0509 ----------------------------------

    def _check_move_out(self, pa: PlaceAccess, loc: Loc | None = None) -> None:
        if pa.access is not Access.MOVE:
            return
        self._move_loc = loc
        place = pa.place
        ty = self.body.locals[place.local].ty
        for n, p in enumerate(place.projection):
            base = m.Place(place.local, place.projection[:n])
            if isinstance(p, m.Deref):
                if isinstance(ty, t.Ref | t.RawPtr):
                    target = m.projected_ty(ty, p)
                    nxt = place.projection[n + 1] if n + 1 < len(place.projection) else None
                    if isinstance(nxt, m.Index | m.ConstantIndex) and isinstance(
                        target, t.Slice | t.Array
                    ):
                        # (Out of an element of a borrowed slice: rustc speaks of the slice.)
                        return self._report_move_out(pa, "E0508", base.project(p), target)
                    return self._report_move_out(pa, "E0507", base, ty)
            elif isinstance(p, m.Index | m.ConstantIndex):
                if isinstance(ty, t.Slice) or (isinstance(ty, t.Array) and isinstance(p, m.Index)):
                    return self._report_move_out(pa, "E0508", base, ty)
            elif isinstance(p, m.Field) and isinstance(ty, t.Adt) and ty.def_id in self.drop_adts:
                return self._report_move_out(pa, "E0509", base, ty)
            ty = m.projected_ty(ty, p)
        return None

    def _report_move_out(self, pa: PlaceAccess, code: str, base: m.Place, ty: t.Ty) -> None:
        span = pa.origin or pa.span
        key = ("move-out", span, pa.span)
        if key in self._reported:
            return
        self._reported.add(key)
        moved_ty = self._ty(pa.place)
        desc = self.describe(pa.place)
        if code == "E0508":
            kind = "array" if isinstance(ty, t.Array) else "slice"
            msg = f"cannot move out of type `{ty}`, a non-copy {kind}"
        elif code == "E0509":
            msg = f"cannot move out of type `{ty}`, which implements the `Drop` trait"
        elif (
            self.body.closure_kind is not None
            and base.local == 1
            and self._upvar_prefix(pa.place) is not None
        ):
            msg = f"cannot move out of `{desc}`, a captured variable in an `{self.body.closure_kind}` closure"
        else:
            origin = self.body.locals[base.local].origin if base.is_local else None
            rest = pa.place.projection[len(base.projection) + 1 :]
            variant = next((p.name for p in rest if isinstance(p, m.Downcast)), None)
            if origin is not None and origin[0] == "index":
                msg = f"cannot move out of index of `{self._ty(origin[1])}`"
            elif origin is not None and origin[0] == "deref":
                oty = self._ty(origin[1])
                msg = (
                    f"cannot move out of an `{_adt_name(oty)}`"
                    if _adt_name(oty) in ("Rc", "Arc")
                    else f"cannot move out of dereference of `{oty}`"
                )
            elif base.is_local and self.body.locals[base.local].static_item is not None:
                msg = f"cannot move out of static item `{desc}`"
            elif base.is_local and self.body.locals[base.local].guard_binding is not None:
                msg = f"cannot move out of `{desc}` in pattern guard"
            else:
                kind = (
                    "shared"
                    if isinstance(ty, t.Ref) and ty.mutbl is Mutability.NOT
                    else "mutable"
                    if isinstance(ty, t.Ref)
                    else "raw pointer"
                )
                kind = kind if kind == "raw pointer" else f"{kind} reference"
                if variant is not None:
                    msg = f"cannot move out of `{self.describe(base)}` as enum variant `{variant}` which is behind a {kind}"
                else:
                    msg = f"cannot move out of `{desc}` which is behind a {kind}"
        d = Diagnostic.error(msg, span, code)
        what = pa_binding(self, pa) or desc
        base_origin = self.body.locals[base.local].origin if base.is_local else None
        if pa_binding(self, pa) is None and base_origin is not None and code == "E0507":
            what = "value"  # (out of an overloaded `*` or `[]`: rustc names no place)
        else:
            what = f"`{what}`"
        because = f"move occurs because {what} has type `{moved_ty}`, which does not implement the `Copy` trait"
        if pa.origin is not None:
            d.with_primary(span, "cannot move out of here" if code != "E0507" else "")
            d.with_label(pa.span, "data moved here")
            d.with_label(pa.span, because)
        elif code == "E0507":
            d.with_primary(span, because)
        else:
            d.with_primary(span, "cannot move out of here")
            d.with_label(span, because)
        if msg.endswith("in pattern guard"):
            d.with_note(
                "variables bound in patterns cannot be moved from until after the end of the pattern guard"
            )
        if pa.origin is None and not msg.endswith("closure"):
            self._move_out_advice(d, pa, code, msg, moved_ty)
        elif pa.origin is not None:
            scrutinee = self.sm.snippet(pa.origin) or ""
            if scrutinee.startswith("*"):
                star = Span(pa.origin.lo, pa.origin.lo + 1, pa.origin.ctxt)
                d.with_suggestion("consider removing the dereference here", [(star, "")])
            elif code == "E0509":
                binding = self._holder_at(self._move_loc) if self._move_loc else None
                if binding is not None and self.body.locals[binding].kind is m.LocalKind.USER:
                    decl = self.body.locals[binding]
                    d.with_suggestion(
                        "consider borrowing the pattern binding",
                        [((decl.pat_span or decl.span).shrink_to_lo(), "ref ")],
                    )
        self.diags.append(d)

    def _move_out_advice(
        self, d: Diagnostic, pa: PlaceAccess, code: str, msg: str, moved_ty: t.Ty
    ) -> None:
        """rustc's helps on a move out of borrowed content: drop the `*` of an `Rc`, borrow
        instead (a `let` initialiser), clone."""
        text = self.sm.snippet(pa.span) or ""
        star = Span(pa.span.lo, pa.span.lo + 1, pa.span.ctxt) if text.startswith("*") else None
        # A `let` binding's initialiser (rustc's `MovesFromPlace`): drop the `*` (unless of
        # a raw pointer), or borrow; out of an `Rc`, drop the `*` wherever it is.
        let_init = self._is_let_init(pa)
        if star is not None and (msg.startswith("cannot move out of an `") or (
            let_init and not msg.endswith("behind a raw pointer")
        )):
            d.with_suggestion("consider removing the dereference here", [(star, "")])
        elif star is None and let_init:
            d.with_suggestion("consider borrowing here", [(pa.span.shrink_to_lo(), "&")])
        if self.types_implement(moved_ty, "clone"):
            parts = [(pa.span.shrink_to_hi(), ".clone()")]
            if star is not None and msg.endswith("behind a raw pointer"):
                # (A raw pointer is not what to clone: `(*p).clone()`.)
                parts = [(pa.span.shrink_to_lo(), "("), (pa.span.shrink_to_hi(), ").clone()")]
            elif star is not None:
                parts.insert(0, (star, ""))
            d.with_suggestion(
                "consider cloning the value if the performance cost is acceptable", parts
            )
        elif isinstance(moved_ty, t.Adt) and self.tcx.crate_of(moved_ty.def_id) == LOCAL_CRATE:
            # (Before the helps: rustc's note comes first.)
            helps = [c for c in d.children if c.level is not Level.NOTE]
            d.children = [c for c in d.children if c.level is Level.NOTE]
            from ferric.borrowck.explain_moves import MoveExplainer

            MoveExplainer(self)._implement_clone_note(d, moved_ty, pa.span)
            d.children.extend(helps)

    def _is_let_init(self, pa: PlaceAccess) -> bool:
        """The move is a user variable's whole initialiser (`let first = words[0];`)."""
        loc = getattr(self, "_move_loc", None)
        if loc is None:
            return False
        bb = self.body.blocks[loc[0]]
        if loc[1] >= len(bb.statements):
            return False
        st = bb.statements[loc[1]]

        def moves_into(st: object, src: m.Place) -> m.Local | None:
            if (
                isinstance(st, m.Assign)
                and st.place.is_local
                and isinstance(st.rvalue, m.Use)
                and isinstance(st.rvalue.operand, m.Move)
                and st.rvalue.operand.place == src
            ):
                return st.place.local
            return None

        dest = moves_into(st, pa.place)
        if dest is not None and self.body.locals[dest].kind is m.LocalKind.TEMP:
            # (The value read into a temporary, then into the variable.)
            nxt = bb.statements[loc[1] + 1] if loc[1] + 1 < len(bb.statements) else None
            dest = moves_into(nxt, m.Place(dest))
        if dest is None or self.body.locals[dest].kind is not m.LocalKind.USER:
            return False
        # (The `let`'s own initialiser, not a later assignment `y = r.f;`.)
        hir_id = self.body.locals[dest].hir_id
        if hir_id is None:
            return True
        from ferric.borrowck.explain_moves import binding_context

        try:
            _, let = binding_context(self.tcx, self.body.owner, hir_id)
        except Exception:
            return True
        init = let.init if let is not None else None
        return init is not None and init.span.lo <= pa.span.lo and pa.span.hi <= init.span.hi

    # -- conflicts with live loans ------------------------------------------------------------

    def _loan_is_mut(self, loan: Loan, holds: dict[m.Local, frozenset[int]], loc: Loc) -> bool:
        if loan.kind is m.BorrowKind.TWO_PHASE:
            # Reserved until the call that takes the reference activates it.
            return loan.index not in holds.get(loan.holder, frozenset())
        return loan.kind.is_mut

    def _check_conflicts(
        self,
        pa: PlaceAccess,
        active: frozenset[int],
        loc: Loc,
        holds: dict[m.Local, frozenset[int]],
    ) -> None:
        if not active:
            return
        for li in sorted(active):
            loan = self.loans[li]
            # (A loan made here and still live is the previous iteration's.)
            if pa.access is Access.STORAGE_DEAD:
                if (
                    loan.place.local != pa.place.local
                    or _through_ref_deref(self.body, loan.place)
                    or self._is_promoted(loan.place.local)
                ):
                    continue
                self._report_dead(pa, loan, loc)
                return
            loan_mut = self._loan_is_mut(loan, holds, loc)
            writes = pa.access in (Access.MUT_BORROW, Access.ASSIGN, Access.MOVE)
            if pa.access is Access.RESERVE and loan.kind.is_mut:
                # A reservation is a write to rustc: it conflicts with any `&mut`, also a
                # reserved one (`v.push(v.pop().unwrap())`), never with a shared borrow.
                writes = True
            if not loan_mut and not writes:
                continue
            if not places_conflict(self.body, loan.place, pa.place, pa.access):
                continue
            self._report_conflict(pa, loan, loan_mut, loc)
            return

    def _suggest_split_at_mut(self, d: Diagnostic, pa: PlaceAccess, loan: Loan, loc: Loc) -> None:
        """rustc's help when both borrows index the same `Vec`, array or slice at index
        expressions that differ (`&mut v[0]` and `&mut v[1]`)."""
        builtin = all(
            p.projection[-1:] and isinstance(p.projection[-1], m.Index)
            for p in (pa.place, loan.place)
        )
        if not builtin and not (
            _has_split_at_mut(self._ty(pa.place)) or _has_split_at_mut(self._ty(loan.place))
        ):
            return
        new = self._index_span(pa.place, self._holder_at(loc))
        old = self._index_span(loan.place, loan.holder)
        if new is None or old is None:
            return
        a, b = self.sm.snippet(new), self.sm.snippet(old)
        if a is None or b is None or "".join(a.split()) == "".join(b.split()):
            return
        d.with_help("use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices")

    def _index_span(self, place: m.Place, holder: m.Local | None) -> Span | None:
        """The index expression a borrow of `place` (held by `holder`) is for, if any."""
        if holder is not None and holder >= 0 and self.body.locals[holder].index_of is not None:
            return self.body.locals[holder].index_of
        if place.projection and isinstance(place.projection[-1], m.Index):
            return self.body.locals[place.projection[-1].local].span
        return None

    def _activating_call(self, holder: m.Local | None) -> m.Call | None:
        """The call a two-phase borrow's holder is passed to (the borrow's activation)."""
        if holder is None:
            return None
        for bb in self.body.blocks:
            term = bb.terminator
            if isinstance(term, m.Call) and any(
                isinstance(a, m.Move) and a.place.is_local and a.place.local == holder
                for a in term.args
            ):
                return term
        return None

    def _holder_at(self, loc: Loc) -> m.Local | None:
        """The local a borrow statement at `loc` assigns."""
        bb = self.body.blocks[loc[0]]
        if loc[1] < len(bb.statements):
            st = bb.statements[loc[1]]
            if isinstance(st, m.Assign) and st.place.is_local:
                return st.place.local
        return None

    def _check_activations(
        self, call: m.Call, holds: dict[m.Local, frozenset[int]], active: frozenset[int], loc: Loc
    ) -> None:
        for arg in call.args:
            if not isinstance(arg, m.Move):
                continue
            for li in holds.get(arg.place.local, frozenset()):
                loan = self.loans[li]
                if loan.kind is not m.BorrowKind.TWO_PHASE or loan.holder != arg.place.local:
                    continue
                if ("conflict-at", loan.span) in self._reported:
                    continue
                pa = PlaceAccess(loan.place, Access.MUT_BORROW, loan.span, m.BorrowKind.MUT)
                others = frozenset(
                    x for x in active if x != li and self.loans[x].holder != arg.place.local
                )
                for oi in sorted(others):
                    other = self.loans[oi]
                    if places_conflict(self.body, other.place, loan.place, Access.MUT_BORROW):
                        self._report_conflict(
                            pa, other, self._loan_is_mut(other, holds, loc), loc, at=call.span
                        )
                        break

    def _check_static_args(self, call: m.Call, holds: dict[m.Local, frozenset[int]]) -> None:
        """E0373 / E0597: a borrow of a local passed where `'static` is required; E0521: a
        reference parameter's data passed there."""
        statics = self._static_params(call)
        sig = self._sig(call)
        if not statics or sig is None:
            return
        for k, arg in enumerate(call.args):
            if (
                not isinstance(arg, m.Copy | m.Move)
                or k >= len(sig.inputs)
                or not (_params_in(sig.inputs[k]) & statics)
            ):
                continue
            for li in sorted(holds.get(arg.place.local, frozenset())):
                loan = self.loans[li]
                if self._is_promoted(loan.place.local) or _through_ref_deref(self.body, loan.place):
                    continue
                func = call.func
                assert isinstance(func, m.Constant) and func.def_id is not None
                static = bool(_params_in(sig.inputs[k]) & self._statics_cache[func.def_id][0])
                region = "`'static`" if static else "`'1`"
                self._report_escape(loan, call.span, f"function requires argument type to outlive {region}")

    def _report_escape(self, loan: Loan, at: Span, note: str) -> None:
        """A borrow of a local that must outlive the function: E0373 for a closure's
        capture, E0597 otherwise."""
        key = ("escape", loan.place.local)
        if key in self._reported:
            return
        self._reported.add(key)
        self._reported.add(("dead", loan.place.local))
        decl = self.body.locals[loan.place.local]
        holder = self.body.locals[loan.holder]
        name = self.describe(m.Place(loan.place.local))
        if holder.capture is not None:
            closure_span, use_span, _ = holder.capture
            what, move_at = "closure", closure_span.with_hi(closure_span.lo)
            if holder.capture_async_body is not None:
                what = "async block"
                move_at = holder.capture_async_body.with_hi(holder.capture_async_body.lo)
                note = note.replace("closure is", "async block is")
            d = Diagnostic.error(
                f"{what} may outlive the current function, but it borrows `{name}`, which is owned by the current function",
                closure_span,
                "E0373",
            )
            d.with_primary(closure_span, f"may outlive borrowed value `{name}`")
            d.with_label(use_span, f"`{name}` is borrowed here")
            d.with_note(note, at)
            d.with_suggestion(
                f"to force the {what} to take ownership of `{name}` (and any other referenced variables), use the `move` keyword",
                [(move_at, "move ")],
            )
        else:
            d = Diagnostic.error(f"`{name}` does not live long enough", loan.span, "E0597")
            d.with_label(decl.pat_span or decl.span, f"binding `{name}` declared here")
            d.with_primary(loan.span, "borrowed value does not live long enough")
            d.with_label(at, f"argument requires that `{name}` is borrowed for `'static`")
        self.diags.append(d)

    def _label_drop_use(self, d: Diagnostic, loan: Loan) -> m.Local | None:
        """The loan's only later use is a drop: say so where the holder goes away (the
        holder is returned)."""
        holders = self.holders_of.get(loan.index, set())
        for b in sorted(self.drop_uses):
            local = self.drop_uses[b]
            term = self.body.blocks[b].terminator
            if local not in holders or term is None or term.span == DUMMY_SP:
                continue
            decl = self.body.locals[local]
            first = {"E0499": "first borrow", "E0502": "immutable borrow"}.get(d.code or "", "borrow")
            if d.code == "E0502" and loan.kind.is_mut:
                first = "mutable borrow"
            ty = decl.ty
            runs = (
                f"the `Drop` code for type `{_adt_name(ty)}`"
                if isinstance(ty, t.Adt) and ty.def_id in self.drop_adts
                else f"the destructor for type `{ty}`"
            )
            if decl.kind is m.LocalKind.TEMP:
                d.with_label(decl.span, f"a temporary with access to the {first} is created here ...")
                d.with_label(
                    term.span,
                    f"... and the {first} might be used here, when that temporary is dropped "
                    f"and runs {runs}",
                )
            else:
                d.with_label(
                    term.span,
                    f"{first} might be used here, when `{decl.name}` is dropped and runs {runs}",
                )
            return local
        return None

    def _used(self) -> str:
        """How the last `_later_use` found the borrow used: "by call" or "here"."""
        return "by call" if self._later_by_call else "here"

    def _later_use(self, loan: Loan, loc: Loc) -> Span | None:
        holders = {
            x for x in self._cur_live if loan.index in self._cur_holds.get(x, frozenset())
        } or self.holders_of.get(loan.index, set())
        holders = {x for x in holders if x >= 0}
        named = {
            x for x in holders if self.body.locals[x].kind in (m.LocalKind.USER, m.LocalKind.ARG)
        }
        holders = named or holders
        if not holders:
            return None
        self._later_by_call = False
        b, i = loc
        items = self._items(b)
        # (The first use found going forward; a holder's drop that runs `Drop` code is a
        # use too: then None, and the caller explains that drop.)
        for j in range(i + 1, len(items)):
            if self._drop_use_of(b, items[j], holders):
                return None
            got = _use_span(items[j], holders)
            if got is not None:
                self._later_by_call = got[1]
                return got[0]
        seen: set[int] = set()
        term = self.body.blocks[b].terminator
        work = deque(m.successors(term) if term is not None else ())
        while work:
            x = work.popleft()
            if x in seen:
                continue
            seen.add(x)
            for item in self._items(x):
                if self._drop_use_of(x, item, holders):
                    return None
                got = _use_span(item, holders)
                if got is not None:
                    self._later_by_call = got[1]
                    return got[0]
            tm = self.body.blocks[x].terminator
            if tm is not None:
                work.extend(m.successors(tm))
        return None

    def _drop_use_of(self, b: int, item: object, holders: set[m.Local]) -> bool:
        return (
            isinstance(item, m.Drop)
            and item.place.is_local
            and item.place.local in holders
            and self.drop_uses.get(b) == item.place.local
        )

    def _report_conflict(
        self, pa: PlaceAccess, loan: Loan, loan_mut: bool, loc: Loc, at: Span | None = None
    ) -> None:
        span = at or pa.span
        key = ("conflict", span, loan.index)
        kind_key = ("conflict-kind", loan.index, pa.place, pa.access)
        if (
            key in self._reported
            or ("conflict-at", span) in self._reported
            or kind_key in self._reported
        ):
            return
        self._reported.add(key)
        self._reported.add(("conflict-at", span))
        self._reported.add(kind_key)
        desc = self.describe(pa.place)
        ldesc = self.describe(loan.place)
        later = self._later_use(loan, loc)
        # The access itself goes through a reference holding the loan (`*cur = ..` with
        # `cur` holding it): that is the later use rustc shows.
        here = pa.place.local in self._cur_holds and loan.index in self._cur_holds[pa.place.local] and any(
            isinstance(p, m.Deref) for p in pa.place.projection
        )
        if here:
            later, self._later_by_call = span, False
        if at is not None:
            # Found at a call activating a two-phase borrow: the other loan, passed to
            # that same call, is used by it.
            call = self._items(loc[0])[loc[1]]
            if isinstance(call, m.Call) and call.fn_span is not None:
                holders = {x for x, ls in self._cur_holds.items() if loan.index in ls}
                if any(
                    isinstance(a, m.Copy | m.Move) and a.place.local in holders
                    for a in call.args
                ):
                    later, self._later_by_call = call.fn_span, True
        acc = pa.access
        if acc is Access.RESERVE:
            acc = Access.MUT_BORROW
        if acc in (Access.MUT_BORROW, Access.SHARED_BORROW) and self._report_unique_closure(
            pa, loan, loc, span, desc, ldesc, later
        ):
            return
        if acc is Access.MUT_BORROW and loan_mut and loan.span == span:
            d = Diagnostic.error(
                f"cannot borrow `{desc}` as mutable more than once at a time", span, "E0499"
            )
            d.with_primary(
                span, f"`{desc}` was mutably borrowed here in the previous iteration of the loop"
            )
            if later is not None:
                d.with_label(later, "first borrow used here, in later iteration of loop")
        elif acc is Access.MUT_BORROW and (loan_mut or loan.kind is m.BorrowKind.TWO_PHASE):
            # (A reserved `&mut` receiver, `v.push(v.pop().unwrap())`, is still a mutable
            # borrow to a second one: the call uses it.)
            d = Diagnostic.error(
                f"cannot borrow `{desc}` as mutable more than once at a time", span, "E0499"
            )
            d.with_label(loan.span, "first mutable borrow occurs here")
            d.with_primary(span, "second mutable borrow occurs here")
            outer = None if loan_mut else self._activating_call(loan.holder)
            if outer is not None:
                d.with_label(outer.fn_span or outer.span, "first borrow later used by call")
                inner = self._activating_call(self._holder_at(loc))
                if inner is not None and outer.span.lo <= inner.span.lo and inner.span.hi <= outer.span.hi:
                    d.with_help("try adding a local storing this argument...", inner.span)
                    d.with_help(
                        "...and then using that local as the argument to this call", outer.span
                    )
            elif later is not None:
                by = "by call" if not loan_mut or self._later_by_call else "here"
                d.with_label(later, f"first borrow later used {by}")
            self._suggest_split_at_mut(d, pa, loan, loc)
        elif acc in (Access.MUT_BORROW, Access.SHARED_BORROW):
            new_kind = "mutable" if acc is Access.MUT_BORROW else "immutable"
            old_kind = "mutable" if loan_mut else "immutable"
            d = Diagnostic.error(
                f"cannot borrow `{desc}` as {new_kind} because it is also borrowed as {old_kind}",
                span,
                "E0502",
            )
            d.with_label(loan.span, f"{old_kind} borrow occurs here")
            d.with_primary(span, f"{new_kind} borrow occurs here")
            if later is not None:
                d.with_label(later, f"{old_kind} borrow later used {self._used()}")
            self._suggest_split_at_mut(d, pa, loan, loc)
        elif acc is Access.MOVE:
            d = Diagnostic.error(
                f"cannot move out of `{desc}` because it is borrowed", span, "E0505"
            )
            mdecl = self.body.locals[pa.place.local]
            if mdecl.kind is m.LocalKind.USER and mdecl.name is not None and pa.place.is_local:
                d.with_label(mdecl.pat_span or mdecl.span, f"binding `{desc}` declared here")
            d.with_label(loan.span, f"borrow of `{ldesc}` occurs here")
            closure = self._closure_move_at(loc, pa.place)
            if closure is not None:
                d.with_primary(closure[0], f"move out of `{desc}` occurs here")
                if closure[1] is not None:
                    d.with_label(closure[1], "move occurs due to use in closure")
                d.labels = [lb for lb in d.labels if not (lb.primary and lb.span == span)]
            else:
                d.with_primary(span, f"move out of `{desc}` occurs here")
            if later is not None:
                d.with_label(later, f"borrow later used {self._used()}")
            if self._borrow_may_clone(loan):
                d.with_suggestion(
                    "consider cloning the value if the performance cost is acceptable",
                    [(loan.span.shrink_to_hi(), ".clone()")],
                )
        elif acc is Access.ASSIGN:
            if self._needs_drop(self.body.place_ty(pa.place)):
                # (The old value is dropped first: rustc's access is that drop, at the place.)
                span = self._assigned_place_span(span)
                if here:
                    later = span
            d = Diagnostic.error(f"cannot assign to `{desc}` because it is borrowed", span, "E0506")
            d.with_label(loan.span, f"`{desc}` is borrowed here")
            d.with_primary(span, f"`{desc}` is assigned to here but it was already borrowed")
            if later is not None:
                d.with_label(later, f"borrow later used {self._used()}")
        else:
            d = Diagnostic.error(
                f"cannot use `{desc}` because it was mutably borrowed", span, "E0503"
            )
            d.with_label(loan.span, f"`{ldesc}` is borrowed here")
            d.with_primary(span, f"use of borrowed `{ldesc}`")
            if later is not None:
                d.with_label(later, f"borrow later used {self._used()}")
        if later is None:
            self._label_drop_use(d, loan)
        self._closure_borrow_labels(d, pa, loan, loc, span)
        self._returned_loan_labels(d, loan, ldesc)
        self.diags.append(d)

    def _returned_loan_labels(self, d: Diagnostic, loan: Loan, ldesc: str) -> None:
        """A loan the body returns (on some path) is in use for the whole signature
        lifetime: rustc shows where it is returned and names the lifetime, instead of a
        later use."""
        if loan.index not in self._universal:
            return
        site = self._return_site(loan)
        ret = self._return_region() if site is not None else None
        if site is None or ret is None:
            return
        rname, at, how = ret
        d.labels = [lb for lb in d.labels if "later used" not in lb.message]
        d.with_label(at, how)
        d.with_label(site, f"returning this value requires that `{ldesc}` is borrowed for `{rname}`")

    def _return_site(self, loan: Loan) -> Span | None:
        """Where a value holding `loan` is written to the return place."""
        for b in sorted(self.reachable):
            state = self._holds_in.get(b)
            if state is None:
                continue
            for i, item in enumerate(self._items(b)):
                if (
                    isinstance(item, m.Assign)
                    and item.place.local == m.RETURN_PLACE
                    and isinstance(item.rvalue, m.Use)
                    and isinstance(item.rvalue.operand, m.Copy | m.Move)
                    and loan.index in state.get(item.rvalue.operand.place.local, frozenset())
                ):
                    return item.span
                state = self._holds_transfer(state, item, (b, i))
        return None

    def _report_unique_closure(
        self,
        pa: PlaceAccess,
        loan: Loan,
        loc: Loc,
        span: Span,
        desc: str,
        ldesc: str,
        later: Span | None,
    ) -> bool:
        """A conflict where a closure mutates through a captured `&mut` (its capture is a
        unique borrow of `*r`): rustc's E0500 (the closure comes second), E0501 (it came
        first) or E0524 (both). False when neither borrow is such a capture."""
        old = self.body.locals[loan.holder].capture if loan.holder >= 0 else None
        old = old if loan.kind is m.BorrowKind.UNIQUE and old is not None else None
        holder = self._holder_at(loc)
        new = self.body.locals[holder].capture if holder is not None else None
        new = new if pa.borrow is m.BorrowKind.UNIQUE and new is not None else None
        if old is None and new is None:
            return False
        if old is not None and new is not None:
            d = Diagnostic.error(
                f"two closures require unique access to `*{desc}` at the same time", new[0], "E0524"
            )
            d.with_label(old[0], "first closure is constructed here")
            d.with_label(old[1], f"first borrow occurs due to use of `*{ldesc}` in closure")
            d.with_primary(new[0], "second closure is constructed here")
            d.with_label(new[1], f"second borrow occurs due to use of `*{desc}` in closure")
        elif new is not None:
            d = Diagnostic.error(
                f"closure requires unique access to `*{desc}` but it is already borrowed",
                new[0],
                "E0500",
            )
            d.with_label(loan.span, "borrow occurs here")
            d.with_primary(new[0], "closure construction occurs here")
            d.with_label(new[1], f"second borrow occurs due to use of `*{desc}` in closure")
        else:
            assert old is not None
            kind = "mutable" if pa.access in (Access.MUT_BORROW, Access.RESERVE) else "immutable"
            d = Diagnostic.error(
                f"cannot borrow `{desc}` as {kind} because previous closure requires unique access",
                span,
                "E0501",
            )
            d.with_label(old[0], "closure construction occurs here")
            d.with_label(old[1], f"first borrow occurs due to use of `*{ldesc}` in closure")
            d.with_primary(span, "second borrow occurs here")
        if later is not None:
            d.with_label(later, f"first borrow later used {self._used()}")
        else:
            self._label_drop_use(d, loan)
        self.diags.append(d)
        return True

    def _assigned_place_span(self, span: Span) -> Span:
        """`best = value` → `best` (rustc points at the assigned place)."""
        text = self.sm.snippet(span) or ""
        found = re.match(r"(.*?)\s*(?:<<=|>>=|[-+*/%^&|]=|=(?!=))", text, re.S)
        if found is None or not found.group(1):
            return span
        return Span(span.lo, span.lo + len(found.group(1)), span.ctxt)

    def _closure_move_at(self, loc: Loc, place: m.Place) -> tuple[Span, Span | None] | None:
        """A move of `place` into a closure made at `loc`: (the closure's head, where its
        body uses the variable)."""
        bb = self.body.blocks[loc[0]]
        if loc[1] >= len(bb.statements):
            return None
        st = bb.statements[loc[1]]
        if not (isinstance(st, m.Assign) and isinstance(st.rvalue, m.Aggregate)):
            return None
        rv = st.rvalue
        if rv.kind is not m.AggregateKind.CLOSURE:
            return None
        from ferric.borrowck.explain_moves import MoveExplainer

        kind = MoveExplainer(self).kind(MoveSite(st.span, loc, place))
        if kind.closure is None:
            return None
        return kind.closure, kind.use

    def _deref_coercion_note(self, d: Diagnostic, loc: Loc) -> None:
        """A use that is a borrow for an implicit `Deref::deref` (a method found through
        deref, `s.iter()` on a `Vec`): rustc's "borrow occurs due to deref coercion to
        `[i32]`", and where the target is defined when the `Deref` impl is the crate's."""
        bb, idx = loc
        block = self.body.blocks[bb]
        if idx >= len(block.statements):
            return
        st = block.statements[idx]
        if not (isinstance(st, m.Assign) and isinstance(st.rvalue, m.Ref) and not st.place.projection):
            return
        holder = st.place.local
        for later in block.statements[idx + 1 :]:
            if isinstance(later, m.Assign) and later.place.local == holder:
                return
        term = block.terminator
        if not (
            isinstance(term, m.Call)
            and isinstance(term.func, m.Constant)
            and term.func.text in ("deref", "deref_mut")
            and not term.from_hir_call
            and any(isinstance(a, m.Copy | m.Move) and a.place.local == holder for a in term.args)
        ):
            return
        out = self.body.place_ty(term.destination)
        if not isinstance(out, t.Ref):
            return
        d.with_note(f"borrow occurs due to deref coercion to `{out.pointee}`")
        target = self._local_deref_target(self.body.place_ty(m.Place(holder, ())))
        if target is not None:
            d.children.append(SubDiagnostic(Level.NOTE, "deref defined here", [Label(target, "", True)]))

    def _local_deref_target(self, borrowed: t.Ty) -> Span | None:
        """The `type Target = …;` of the crate's own `Deref` impl for `*borrowed`."""
        deref = self.tcx.lang_item("deref")
        if deref is None or not isinstance(borrowed, t.Ref) or not isinstance(borrowed.pointee, t.Adt):
            return None
        adt = borrowed.pointee.def_id
        for impl_id in self.tcx.trait_impls(deref):
            if self.tcx.crate_of(impl_id) != LOCAL_CRATE:
                continue
            tr = self.tcx.impl_trait_ref(impl_id)
            if tr is None or not isinstance(tr.self_ty, t.Adt) or tr.self_ty.def_id != adt:
                continue
            for item in self.tcx.associated_items(impl_id):
                node = self.tcx.hir_node(item.def_id)
                ident = getattr(node, "ident", None)
                if item.name == "Target" and ident is not None:
                    return self.tcx.def_span(item.def_id).with_hi(ident.span.hi)  # `type Target`
        return None

    def _borrow_may_clone(self, loan: Loan) -> bool:
        """rustc's "consider cloning" on a move out of a borrowed value: the borrowed place
        is `Clone`, borrowed by the user's own `&` or method call (not an implicit deref)."""
        if loan.holder >= 0:
            for bb in self.body.blocks:
                term = bb.terminator
                if (
                    isinstance(term, m.Call)
                    and isinstance(term.func, m.Constant)
                    and term.func.text in ("deref", "deref_mut")
                    and not term.from_hir_call
                    and any(isinstance(a, m.Move) and a.place.local == loan.holder for a in term.args)
                ):
                    return False
        return self.types_implement(self.body.place_ty(loan.place), "clone")

    def _closure_borrow_labels(
        self, d: Diagnostic, pa: PlaceAccess, loan: Loan, loc: Loc, span: Span
    ) -> None:
        """A borrow a closure's capture makes is shown at the closure (`||`), with where
        its body uses the variable (rustc's "first borrow occurs due to use of `x` in
        closure")."""
        two = d.code in ("E0499", "E0502")
        first = self.body.locals[loan.holder].capture if loan.holder >= 0 else None
        if first is not None and first[1] == loan.span:
            d.labels = [
                Label(first[0], lb.message, lb.primary) if lb.span == loan.span else lb
                for lb in d.labels
            ]
            what = "first borrow" if two else "borrow"
            d.with_label(
                first[1],
                f"{what} occurs due to use of `{self.describe(loan.place)}` in "
                f"{self._capturer(loan.holder)}",
            )
        holder = self._holder_at(loc)
        second = self.body.locals[holder].capture if holder is not None else None
        if second is not None and second[1] == span and two:
            assert holder is not None
            d.labels = [
                Label(second[0], lb.message, True) if lb.primary and lb.span == span else lb
                for lb in d.labels
            ]
            d.with_label(
                second[1],
                f"second borrow occurs due to use of `{self.describe(pa.place)}` in "
                f"{self._capturer(holder)}",
            )

    def _capturer(self, holder: m.Local) -> str:
        """What made a capture's borrow, as rustc names it: "closure" or "coroutine"."""
        return "coroutine" if self.body.locals[holder].capture_async_body is not None else "closure"

    def _report_dead(self, pa: PlaceAccess, loan: Loan, loc: Loc) -> None:
        key = ("dead", loan.place.local)
        if key in self._reported:
            return
        self._reported.add(key)
        decl = self.body.locals[loan.place.local]
        later = self._later_use(loan, loc)
        if decl.kind is m.LocalKind.TEMP:
            d = Diagnostic.error("temporary value dropped while borrowed", decl.span, "E0716")
            d.with_primary(decl.span, "creates a temporary value which is freed while still in use")
            d.with_label(pa.span, "temporary value is freed at the end of this statement")
            if later is not None:
                d.with_label(later, f"borrow later used {self._used()}")
                self._suggest_let_binding(d, decl.span)
        else:
            name = decl.name or "value"
            capture = self.body.locals[loan.holder].capture if loan.holder >= 0 else None
            if capture is not None and capture[1] == loan.span and (
                loan.index in self._returned
                or self._flows_to_return({x for x, ls in self._cur_holds.items() if loan.index in ls and x >= 0}, loc)
            ):
                # A closure returned while it borrows a local of an inner scope: rustc's
                # escaping closure capture (E0373), not the local's death.
                self._reported.discard(("escape", loan.place.local))
                self._report_escape(loan, self._return_value_span(), "closure is returned here")
                return
            d = Diagnostic.error(f"`{name}` does not live long enough", loan.span, "E0597")
            d.with_label(decl.pat_span or decl.span, f"binding `{name}` declared here")
            d.with_primary(loan.span, "borrowed value does not live long enough")
            if capture is not None and capture[1] == loan.span:
                d.with_label(capture[0], "value captured here")
            d.with_label(pa.span, f"`{name}` dropped here while still borrowed")
            if later is not None:
                d.with_label(later, f"borrow later used {self._used()}")
        if later is None:
            holder = self._label_drop_use(d, loan)
            if holder is not None:
                self._suggest_tail_let(d, self.body.locals[holder])
                hdecl = self.body.locals[holder]
                if (
                    decl.kind is not m.LocalKind.TEMP
                    and decl.name
                    and hdecl.kind is m.LocalKind.USER
                    and holder != loan.place.local
                ):
                    d.with_note("values in a scope are dropped in the opposite order they are defined")
        self.diags.append(d)

    def _flows_to_return(self, holders: set[m.Local], loc: Loc) -> bool:
        """Whether the values in `holders` at `loc` reach the return place going forward
        (through assignments and calls whose operands use what holds them)."""
        if not holders:
            return False
        b, i = loc
        seen: set[int] = set()
        work: deque[tuple[int, int]] = deque([(b, i + 1)])
        while work:
            b, start = work.popleft()
            items = self._items(b)
            for item in items[start:]:
                uses, _ = uses_defs(item)
                if not uses & holders:
                    continue
                if isinstance(item, m.Assign):
                    dest = item.place.local
                elif isinstance(item, m.Call):
                    dest = item.destination.local
                else:
                    continue
                if dest == m.RETURN_PLACE:
                    return True
                holders.add(dest)
            term = self.body.blocks[b].terminator
            for s in m.successors(term) if term is not None else ():
                if s not in seen:
                    seen.add(s)
                    work.append((s, 0))
        return False

    def _suggest_let_binding(self, d: Diagnostic, temp: Span) -> None:
        """E0716: "consider using a `let` binding to create a longer lived value" — the
        temporary's expression moved into a `let binding` before its statement, when that is
        a statement of the function's own block with no block between it and the temporary
        (rustc's `NestedStatementVisitor`); else the advice as a note."""
        msg = "consider using a `let` binding to create a longer lived value"
        body = self.tcx.body(self.body.owner)
        text = self.sm.snippet(temp)
        top = body.value if body is not None else None
        if isinstance(top, hir.BlockExpr) and text:
            from ferric.borrowck.explain_moves import hir_nodes, line_lead

            for stmt in top.block.stmts:
                sp = stmt.span
                if not (sp.lo <= temp.lo and temp.hi <= sp.hi) or sp.lo == temp.lo:
                    continue
                nested = any(
                    isinstance(node, hir.Block) and node.span.lo <= temp.lo and temp.hi <= node.span.hi
                    for node in hir_nodes(stmt)
                )
                lead = line_lead(self.sm, sp)
                if nested or lead is None:
                    break
                indent = lead[: len(lead) - len(lead.lstrip())]
                at = Span(sp.lo, sp.lo, sp.ctxt)
                d.with_suggestion(
                    msg,
                    [(at, f"let binding = {text};\n{indent}"), (temp, "binding")],
                    Applicability.MAYBE_INCORRECT,
                )
                return
        d.with_note(msg)

    def _suggest_tail_let(self, d: Diagnostic, decl: m.LocalDecl) -> None:
        """A block's tail temporary outliving the block's locals: rustc's advice."""
        if decl.kind is not m.LocalKind.TEMP or decl.block_tail is None:
            return
        tail, ignored = decl.block_tail
        if ignored:
            d.with_suggestion(
                "consider adding semicolon after the expression so its temporaries are dropped "
                "sooner, before the local variables declared by the block are dropped",
                [(tail.shrink_to_hi(), ";")],
            )
            return
        d.with_note(
            "the temporary is part of an expression at the end of a block;\n"
            "consider forcing this temporary to be dropped sooner, before the block's local "
            "variables are dropped"
        )
        d.with_suggestion(
            "for example, you could save the expression's value in a new local variable `x` "
            "and then make `x` be the expression at the end of the block",
            [(tail.shrink_to_lo(), "let x = "), (tail.shrink_to_hi(), "; x")],
            Applicability.MAYBE_INCORRECT,
        )

    # -- returning loans of locals: E0515 --------------------------------------------------------

    def _check_return_loans(
        self, holds: dict[m.Local, frozenset[int]], dying: m.Local | None
    ) -> None:
        """E0515: the return place holds a loan of a local whose storage ends (`dying`), or
        of any local at `return`."""
        for li in sorted(holds.get(m.RETURN_PLACE, frozenset())):
            loan = self.loans[li]
            if dying is not None and loan.place.local != dying:
                continue
            if _through_ref_deref(self.body, loan.place) or self._is_promoted(loan.place.local):
                continue
            decl = self.body.locals[loan.place.local]
            key = ("E0515", loan.place.local)
            if key in self._reported:
                continue
            self._reported.add(key)
            if self.body.locals[loan.holder].capture is not None:
                self._report_escape(loan, self._return_value_span(), "closure is returned here")
                return
            ret_span = self._return_value_span(loan.span)
            if decl.kind is m.LocalKind.TEMP:
                # `&temp()` returned as is: "reference to"; a value made from it: "value
                # referencing".
                direct = ret_span == loan.span
                d = Diagnostic.error(
                    f"cannot return {'reference to' if direct else 'value referencing'} "
                    "temporary value",
                    ret_span,
                    "E0515",
                )
                d.with_primary(
                    ret_span,
                    f"returns a {'reference to' if direct else 'value referencing'} data owned "
                    "by the current function",
                )
                d.with_label(decl.span, "temporary value created here")
                self.diags.append(d)
                return
            else:
                what = "function parameter" if decl.kind is m.LocalKind.ARG else "local variable"
                direct = ret_span == loan.span
                if direct:
                    d = Diagnostic.error(
                        f"cannot return reference to {what} `{decl.name}`", ret_span, "E0515"
                    )
                    d.with_primary(
                        ret_span, "returns a reference to data owned by the current function"
                    )
                    self.diags.append(d)
                    return
                d = Diagnostic.error(
                    f"cannot return value referencing {what} `{decl.name}`", ret_span, "E0515"
                )
                d.with_primary(
                    ret_span, "returns a value referencing data owned by the current function"
                )
                d.with_label(loan.span, f"`{decl.name}` is borrowed here")
            self.diags.append(d)
            return

    def _is_promoted(self, local: m.Local) -> bool:
        origin = self.body.locals[local].origin
        return origin is not None and origin[0] == "promoted"

    def _return_value_span(self, loan_span: Span | None = None) -> Span:
        """The returned expression: the smallest assignment to the return place (with
        `loan_span`, the smallest one that contains the loan, if any does)."""
        if loan_span is not None:
            best_in = self._return_value_span_where(lambda sp: sp.lo <= loan_span.lo and loan_span.hi <= sp.hi)
            if best_in is not None:
                return best_in
        return self._return_value_span_where(lambda sp: True) or self.body.span

    def _return_value_span_where(self, keep: Callable[[Span], bool]) -> Span | None:
        best: Span | None = None
        for bb in self.body.blocks:
            items: list[object] = [*bb.statements, bb.terminator]
            for s in items:
                if (
                    isinstance(s, m.Assign) and s.place.is_local and s.place.local == m.RETURN_PLACE
                ) or (
                    isinstance(s, m.Call)
                    and s.destination.is_local
                    and s.destination.local == m.RETURN_PLACE
                ):
                    span = s.span
                else:
                    continue
                if keep(span) and (best is None or span.hi - span.lo < best.hi - best.lo):
                    best = span
        return best

    # -- describing places ------------------------------------------------------------------------

    def _upvar_prefix(self, place: m.Place) -> tuple[int, int] | None:
        """For a place in a closure body reached through a capture: (the capture's index,
        how many projections name it)."""
        if self.body.closure_kind is None or place.local != 1:
            return None
        proj = place.projection
        n = 0
        if self.body.closure_kind != "FnOnce":
            if not proj or not isinstance(proj[0], m.Deref):
                return None
            n = 1
        if len(proj) <= n or not isinstance(proj[n], m.Field):
            return None
        i = proj[n].index  # type: ignore[union-attr]
        n += 1
        if i < len(self.body.upvar_by_ref) and self.body.upvar_by_ref[i]:
            if len(proj) <= n:
                return None
            n += 1
        return i, n

    def describe(self, place: m.Place) -> str:
        decl = self.body.locals[place.local]
        up = self._upvar_prefix(place)
        if up is not None:
            i, n = up
            s = self.body.upvar_names[i] if i < len(self.body.upvar_names) else "_"
            return self._describe_rest(
                s,
                self.body.place_ty(m.Place(place.local, place.projection[:n])),
                place.projection[n:],
            )
        if decl.guard_binding is not None and place.projection[:1] == (m.DEREF,):
            ty = self.body.place_ty(m.Place(place.local, (m.DEREF,)))
            return self._describe_rest(decl.guard_binding, ty, place.projection[1:])
        if decl.static_item is not None and place.projection[:1] == (m.DEREF,):
            ty = self.body.place_ty(m.Place(place.local, (m.DEREF,)))
            return self._describe_rest(decl.static_item[0], ty, place.projection[1:])
        if decl.name is not None:
            s = decl.name
        elif decl.origin is not None:
            kind, base = decl.origin
            s = f"{self.describe(base)}[_]" if kind == "index" else f"*{self.describe(base)}"
            if kind == "deref" and place.projection[:1] == (m.DEREF,):
                place = m.Place(place.local, place.projection[1:])
                s = self.describe(base)
                if not place.projection:
                    return f"*{s}"
            elif kind == "index" and place.projection[:1] == (m.DEREF,):
                place = m.Place(place.local, place.projection[1:])
        else:
            s = self.sm.snippet(decl.span) or "value"
        return self._describe_rest(s, decl.ty, place.projection)

    def _describe_rest(self, s: str, ty: t.Ty, proj: tuple[m.Projection, ...]) -> str:
        for n, p in enumerate(proj):
            if isinstance(p, m.Deref):
                nxt = proj[n + 1] if n + 1 < len(proj) else None
                # (`s[_]` for an index into what a reference points to, as written.)
                if not isinstance(nxt, m.Field) and not (
                    isinstance(nxt, m.Index) and isinstance(ty, t.Ref)
                ):
                    s = f"*{s}"
            elif isinstance(p, m.Field):
                s = f"{s}.{p.name}"
            elif isinstance(p, m.Index):
                s = f"{s}[_]"
            elif isinstance(p, m.ConstantIndex):
                s = f"{s}[..]"
            ty = m.projected_ty(ty, p)
        return s


# -- place relations -------------------------------------------------------------------------------


def move_path(body: m.Body, place: m.Place) -> tuple[Path, bool]:
    """The move path of `place`: its longest prefix made of fields, downcasts, constant
    indices and box derefs; `ok` is False when the place goes further (through a reference
    or a run-time index)."""
    ty = body.locals[place.local].ty
    out: list[m.Projection] = []
    for p in place.projection:
        if isinstance(p, m.Deref) and not _is_box(ty):
            return (place.local, tuple(out)), False
        if isinstance(p, m.Index):
            return (place.local, tuple(out)), False
        out.append(p)
        ty = m.projected_ty(ty, p)
    return (place.local, tuple(out)), True


def _is_box(ty: t.Ty) -> bool:
    return isinstance(ty, t.Adt) and _adt_name(ty) == "Box"


def _adt_name(ty: t.Ty) -> str:
    if not isinstance(ty, t.Adt):
        return ""
    # (`str(ty)` without printing the arguments: it is the path, then `<...>` if any.)
    return def_path(ty.def_id).split("<", 1)[0].rsplit("::", 1)[-1]


def _is_prefix(path: Path, other: Path) -> bool:
    return other[0] == path[0] and other[1][: len(path[1])] == path[1]


def _through_ref_deref(body: m.Body, place: m.Place) -> bool:
    """Whether `place` is reached through a reference (so the local does not own it)."""
    ty = body.locals[place.local].ty
    for p in place.projection:
        if isinstance(p, m.Deref) and isinstance(ty, t.Ref | t.RawPtr):
            return True
        ty = m.projected_ty(ty, p)
    return False


def places_conflict(body: m.Body, borrowed: m.Place, access: m.Place, kind: Access) -> bool:
    if borrowed.local != access.local:
        return False
    bp, ap = borrowed.projection, access.projection
    ty = body.locals[borrowed.local].ty
    for n in range(min(len(bp), len(ap))):
        b, a = bp[n], ap[n]
        if isinstance(b, m.Field) and isinstance(a, m.Field) and b.index != a.index:
            return False
        if isinstance(b, m.Downcast) and isinstance(a, m.Downcast) and b.variant != a.variant:
            return False
        if isinstance(b, m.ConstantIndex) and isinstance(a, m.ConstantIndex):
            if b.from_end == a.from_end and b.offset != a.offset:
                return False
            if b.from_end != a.from_end:
                start, end = (a, b) if b.from_end else (b, a)
                if start.offset < max(start.min_length, end.min_length) - end.offset:
                    return False
        if isinstance(b, m.ConstantIndex) and isinstance(a, m.Subslice) and _index_outside(b, a):
            return False
        if isinstance(a, m.ConstantIndex) and isinstance(b, m.Subslice) and _index_outside(a, b):
            return False
        ty = m.projected_ty(ty, b)
    if len(bp) <= len(ap):
        return True
    # The access is to a place containing the borrowed one.
    shallow = kind in (Access.ASSIGN, Access.SHALLOW_READ)
    for p in bp[len(ap) :]:
        if isinstance(p, m.Deref):
            if shallow:
                return False
            if isinstance(ty, t.Ref) and ty.mutbl is Mutability.NOT:
                return False
        ty = m.projected_ty(ty, p)
    return True


def pa_binding(check: BodyCheck, pa: PlaceAccess) -> str | None:
    """The name a pattern binding's move goes to (the snippet of its span)."""
    if pa.origin is None:
        return None
    text = check.sm.snippet(pa.span)
    return text.split()[-1] if text else None


def _can_hold_closure(ty: t.Ty) -> bool:
    """Whether a value of type `ty` can contain a closure (and so its captured borrows)."""
    if isinstance(ty, t.Closure | t.Infer | t.Coroutine):
        return True
    if isinstance(ty, t.Dynamic):
        return not isinstance(ty.region, t.ReStatic)
    if isinstance(ty, t.Alias):
        return ty.kind is not t.AliasKind.PROJECTION or not (ty.flags & t.HAS_PARAM)
    if _is_static_box_dyn(ty):
        return False
    if isinstance(ty, t.Adt):
        return any(isinstance(a, t.Ty) and _can_hold_closure(a) for a in ty.args)
    if isinstance(ty, t.Tuple):
        return any(_can_hold_closure(e) for e in ty.elems)
    if isinstance(ty, t.Array | t.Slice):
        return _can_hold_closure(ty.elem)
    if isinstance(ty, t.Ref | t.RawPtr):
        return _can_hold_closure(ty.pointee)
    return False


def _params_in(ty: t.Ty) -> set[object]:
    out: set[object] = set()

    def walk(x: object, depth: int) -> None:
        if depth > 10:
            return
        if isinstance(x, t.Param):
            out.add(x)
        elif isinstance(x, t.Ref | t.RawPtr):
            walk(x.pointee, depth + 1)
        elif isinstance(x, t.Adt | t.Alias):
            for a in x.args:
                walk(a, depth + 1)
        elif isinstance(x, t.Tuple):
            for e in x.elems:
                walk(e, depth + 1)
        elif isinstance(x, t.Array | t.Slice):
            walk(x.elem, depth + 1)

    walk(ty, 0)
    return out


def _regions_in(ty: t.Ty) -> set[t.Region]:
    """The lifetimes written in a declared type (references' and generic arguments')."""
    out: set[t.Region] = set()
    stack: list[object] = [ty]
    while stack:
        x = stack.pop()
        if isinstance(x, t.Region):
            out.add(x)
        elif isinstance(x, t.Ref):
            out.add(x.region)
            stack.append(x.pointee)
        elif isinstance(x, t.RawPtr):
            stack.append(x.pointee)
        elif isinstance(x, t.Adt | t.Alias):
            stack.extend(x.args)
        elif isinstance(x, t.Tuple):
            stack.extend(x.elems)
        elif isinstance(x, t.Array | t.Slice):
            stack.append(x.elem)
    return out


def _has_region_position(ty: t.Ty) -> bool:
    """Whether a declared type can hold a reference tied to an argument's borrow: a
    reference, a lifetime-generic struct, a trait object, an opaque or a closure type."""
    if _is_static_box_dyn(ty):
        return False
    if isinstance(ty, t.Ref | t.Dynamic | t.Closure | t.Coroutine):
        return True
    if isinstance(ty, t.Alias):
        return ty.kind is not t.AliasKind.PROJECTION
    if isinstance(ty, t.Adt):
        return any(
            isinstance(a, t.Region) or (isinstance(a, t.Ty) and _has_region_position(a))
            for a in ty.args
        )
    if isinstance(ty, t.Tuple):
        return any(_has_region_position(e) for e in ty.elems)
    if isinstance(ty, t.Array | t.Slice):
        return _has_region_position(ty.elem)
    return False


def _index_outside(i: m.ConstantIndex, sub: m.Subslice) -> bool:
    return i.offset < sub.start if not i.from_end else i.offset <= sub.end


def _use_span(item: object, holders: set[m.Local]) -> tuple[Span, bool] | None:
    """Where `item` uses one of `holders`, and whether that is a call taking it as an
    argument (rustc's "used by call", pointed at the callee)."""
    uses, _ = uses_defs(item)  # type: ignore[arg-type]
    if uses & holders:
        if isinstance(item, m.StorageDead | m.StorageLive):
            return None
        if (
            isinstance(item, m.Call)
            and item.fn_span is not None
            and any(
                isinstance(a, m.Copy | m.Move) and a.place.is_local and a.place.local in holders
                for a in item.args
            )
        ):
            return item.fn_span, True
        span = getattr(item, "span", None)
        return (span, False) if isinstance(span, Span) else None
    return None


def _has_split_at_mut(ty: t.Ty) -> bool:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    return isinstance(ty, t.Array | t.Slice | t.Str) or (
        isinstance(ty, t.Adt) and _adt_name(ty) == "Vec"
    )


def _erase_regions(m_: re.Match[str]) -> str:
    return re.sub(r"'\w+", "'_", m_.group(0))


def _fresh_lifetimes(hty: object) -> set[int]:
    """The elided lifetimes (their `fresh` indices) written in a HIR type."""
    out: set[int] = set()

    def walk(node: object, depth: int) -> None:
        if depth > 40:
            return
        if isinstance(node, hir.Lifetime):
            if node.fresh is not None:
                out.add(node.fresh)
            return
        for child in hir.child_nodes(node):
            walk(child, depth + 1)

    walk(hty, 0)
    return out


def _maybe_init_transfer(
    state: frozenset[m.Local], item: object, tracked: set[m.Local]
) -> frozenset[m.Local]:
    """Maybe-initialised analysis of the `tracked` locals, for one statement or terminator:
    an assignment (of the whole or a part) initialises, a move of the whole, a `Drop` and
    the end of storage de-initialise (a part moved out leaves the rest to drop)."""
    if isinstance(item, m.StorageLive | m.StorageDead):
        return state - {item.local} if item.local in state else state
    if isinstance(item, m.Drop):
        return state - {item.place.local}
    if isinstance(item, m.Assign):
        for pa in rvalue_accesses(item.rvalue, item.span):
            if pa.access is Access.MOVE and pa.place.is_local and pa.place.local in state:
                state = state - {pa.place.local}
        if item.place.local in tracked and not _through_deref(item.place):
            state = state | {item.place.local}
        return state
    if isinstance(item, m.Call):
        for op in item.args:
            if isinstance(op, m.Move) and op.place.is_local and op.place.local in state:
                state = state - {op.place.local}
        dest = item.destination
        if dest.local in tracked and not _through_deref(dest):
            state = state | {dest.local}
    return state


def _through_deref(place: m.Place) -> bool:
    return any(isinstance(p, m.Deref) for p in place.projection)


def _join_init(
    a: tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]],
    b: tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]],
) -> tuple[dict[Path, frozenset[int]], dict[m.Local, frozenset[Span]]]:
    moved = dict(a[0])
    for k, v in b[0].items():
        moved[k] = moved.get(k, frozenset()) | v
    ever = dict(a[1])
    for k2, v2 in b[1].items():
        ever[k2] = ever.get(k2, frozenset()) | v2
    return moved, ever


def _join_holds(
    a: dict[m.Local, frozenset[int]], b: dict[m.Local, frozenset[int]]
) -> dict[m.Local, frozenset[int]]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, frozenset()) | v
    return out


class TypeShapes:
    """What references a type can hold, and what a borrowed place of a type can be pointed
    into (`components`: the type, its fields' and type arguments' types, `str` for
    `String`, `[T]` for `Vec<T>` and arrays)."""

    def __init__(self, tcx: TyCtxt) -> None:
        self.tcx = tcx
        self._components: dict[t.Ty, frozenset[t.Ty]] = {}
        self._pointee_cache: dict[tuple[t.Ty, bool], frozenset[t.Ty] | None] = {}
        self._callee_result = False

    def ref_pointees(self, ty: t.Ty, callee_result: bool = False) -> frozenset[t.Ty] | None:
        """The types the references in `ty` may point to (None: cannot tell). For a callee's
        result, a `Box<dyn Trait>` is `'static` (its default object lifetime): it holds no
        borrow of the caller. (A value the body itself boxes keeps its loans, so that
        boxing a closure that borrows a local is caught.)"""
        key = (ty, callee_result)
        if key in self._pointee_cache:
            return self._pointee_cache[key]
        out: set[t.Ty] = set()
        self._callee_result = callee_result
        got = frozenset(out) if self._pointees(ty, out, 0) else None
        self._pointee_cache[key] = got
        return got

    def _pointees(self, ty: t.Ty, out: set[t.Ty], depth: int) -> bool:
        if depth > 8:
            return False
        if self._callee_result and isinstance(ty, t.Ref) and isinstance(ty.region, t.ReStatic):
            return True  # (a callee's `&'static` points into nothing of this body)
        if self._callee_result and _is_static_box_dyn(ty):
            return True
        if isinstance(ty, t.Ref):
            out.add(ty.pointee)
            return self._pointees(ty.pointee, out, depth + 1)
        if isinstance(ty, t.Param):
            # (The caller chose `T`: no borrow this body makes can hide in a `T`.)
            return True
        if isinstance(ty, t.Alias):
            if ty.kind is not t.AliasKind.PROJECTION:
                return False  # (`impl Trait` may hold anything)
            return not any(isinstance(a, t.Ty) and not (a.flags & t.HAS_PARAM) for a in ty.args)
        if isinstance(ty, t.Dynamic) and isinstance(ty.region, t.ReStatic):
            return True  # (a `'static` trait object holds no borrow of this body)
        if isinstance(ty, t.Dynamic | t.Closure | t.Infer | t.Coroutine):
            return False
        if isinstance(ty, t.Adt):
            for a in ty.args:
                if isinstance(a, t.Region):
                    return False
                if isinstance(a, t.Ty) and not self._pointees(a, out, depth + 1):
                    return False
            return True
        if isinstance(ty, t.Tuple):
            return all(self._pointees(e, out, depth + 1) for e in ty.elems)
        if isinstance(ty, t.Array | t.Slice):
            return self._pointees(ty.elem, out, depth + 1)
        return True

    def components(self, ty: t.Ty) -> frozenset[t.Ty]:
        got = self._components.get(ty)
        if got is None:
            acc: set[t.Ty] = set()
            self._collect(ty, acc, 0)
            got = frozenset(acc)
            self._components[ty] = got
        return got

    def _collect(self, ty: t.Ty, acc: set[t.Ty], depth: int) -> None:
        if ty in acc or depth > 6:
            return
        acc.add(ty)
        if isinstance(ty, t.Ref | t.RawPtr):
            return  # (what a reference points to is not the borrowed place's)
        if isinstance(ty, t.Array):
            acc.add(t.Slice(ty.elem))
            self._collect(ty.elem, acc, depth + 1)
        elif isinstance(ty, t.Slice):
            self._collect(ty.elem, acc, depth + 1)
        elif isinstance(ty, t.Tuple):
            for e in ty.elems:
                self._collect(e, acc, depth + 1)
        elif isinstance(ty, t.Adt):
            if any(isinstance(a, t.Region) for a in ty.args):
                return  # (a lifetime-generic struct borrows what its type arguments name)
            name = _adt_name(ty)
            if name in ("String", "PathBuf", "OsString"):
                acc.add(t.STR)
            for a in ty.args:
                if isinstance(a, t.Ty):
                    if name == "Vec" or name == "VecDeque":
                        acc.add(t.Slice(a))
                    self._collect(a, acc, depth + 1)
            try:
                adt = self.tcx.adt_def(ty.def_id)
            except Exception:
                return
            for v in adt.variants:
                for fd in v.fields:
                    try:
                        fty = self.tcx.field_ty(fd, ty.args)
                    except Exception:
                        continue
                    self._collect(fty, acc, depth + 1)


class SigFlow:
    """From a function's written signature (its HIR, where lifetimes survive): for each
    argument, what of its borrows the result may carry — `"all"` (a lifetime of the
    argument appears in the result, elided ones resolved by the elision rules), `"inner"`
    (only what a reference argument points to: a type parameter it names is in the result),
    or `"none"`. None when the signature cannot tell (`impl Trait` results, lifetimes hidden
    in paths, no HIR)."""

    _cache: dict[int, SigFlow] = {}

    def __init__(self, tcx: TyCtxt) -> None:
        self.tcx = tcx
        self._flows: dict[DefId, list[str] | None] = {}

    @classmethod
    def get(cls, tcx: TyCtxt) -> SigFlow:
        got = cls._cache.get(id(tcx))
        if got is None or got.tcx is not tcx:
            got = SigFlow(tcx)
            cls._cache.clear()
            cls._cache[id(tcx)] = got
        return got

    def of(self, def_id: DefId) -> list[str] | None:
        if def_id not in self._flows:
            try:
                self._flows[def_id] = self._compute(def_id)
            except Exception:
                self._flows[def_id] = None
        return self._flows[def_id]

    def _compute(self, def_id: DefId) -> list[str] | None:
        from ferric.hir import nodes as hir

        node = self.tcx.hir_node(def_id)
        if not isinstance(node, hir.FnItem):
            return None
        decl = node.sig.decl
        own_params = {p.def_id for p in node.generics.params}
        out = _SigShape(self.tcx)
        if decl.output is not None:
            out.walk(decl.output)
        if out.unknown:
            return None
        flows: list[str] = []
        for hty in decl.inputs:
            shape = _SigShape(self.tcx)
            shape.walk(hty)
            # (`Self` stands for the impl's type: it names every parameter of the impl.)
            ins = shape.params | (
                {p for p in out.params if p not in own_params} if "Self" in shape.params else set()
            )
            outs = out.params | (
                {p for p in shape.params if p not in own_params} if "Self" in out.params else set()
            )
            shared_regions = shape.regions & out.regions
            if shared_regions and isinstance(hty, hir.RefTy):
                # Only what the reference points to comes back when the result names a
                # lifetime of the pointee (`fn next(&mut self) -> &'a str` on a `Parser<'a>`).
                outer = _SigShape(self.tcx)
                outer.walk(hty.lifetime)
                flows.append("region" if outer.regions & out.regions else "inner")
            elif shared_regions:
                flows.append("region")
            elif "*opaque" in out.params and shape.params:
                flows.append("inner" if isinstance(hty, hir.RefTy) else "all")
            elif ins & outs or (
                out.params & own_params
                and not any(p in _all_input_params(self.tcx, decl) for p in out.params & own_params)
            ):
                # (A result type parameter no argument names, like `collect`'s `B`, is
                # tied to the arguments by bounds: it may hold anything they hold.)
                flows.append("inner" if isinstance(hty, hir.RefTy) else "all")
            else:
                flows.append("none")
        return flows


def _all_input_params(tcx: TyCtxt, decl: object) -> set[object]:
    acc: set[object] = set()
    for hty in decl.inputs:  # type: ignore[attr-defined]
        shape = _SigShape(tcx)
        shape.walk(hty)
        acc |= shape.params
    return acc


class _SigShape:
    """The lifetimes and type parameters a written type names."""

    def __init__(self, tcx: TyCtxt) -> None:
        self.tcx = tcx
        self.regions: set[object] = set()
        self.params: set[object] = set()
        self.unknown = False

    def walk(self, node: object, depth: int = 0) -> None:
        if depth > 40 or node is None or isinstance(node, str | int | bool | Span):
            return
        if isinstance(node, hir.Lifetime):
            res = node.res
            if res is hir.LifetimeResKind.PARAM:
                self.regions.add(("param", node.def_id))
            elif res is hir.LifetimeResKind.ELIDED:
                self.regions.add(("fresh", node.fresh))
            elif res is hir.LifetimeResKind.STATIC or res is hir.LifetimeResKind.OBJECT_DEFAULT:
                return
            else:
                self.unknown = True
            return
        if isinstance(node, hir.OpaqueDefTy):
            # `impl Trait` (edition 2021): it captures the lifetimes its bounds name and
            # every type parameter.
            self.params.add("*opaque")
            for b in node.bounds:
                self.walk(b, depth + 1)
            return
        if isinstance(node, hir.InferTy):
            self.unknown = True
            return
        if isinstance(node, hir.PathTy):
            qp = node.qpath
            if isinstance(qp, hir.ResolvedPath):
                res = qp.path.res
                if isinstance(res, DefRes) and res.kind is DK.TY_PARAM:
                    self.params.add(res.def_id)
                elif isinstance(res, SelfTyParamRes | SelfTyAliasRes):
                    self.params.add("Self")
                    if isinstance(res, SelfTyAliasRes) and depth < 40:
                        # (`Self` in `impl<'a> Parser<'a>` names `'a`.)
                        impl = self.tcx.hir_node(res.impl)
                        if isinstance(impl, hir.ImplItem):
                            self.walk(impl.self_ty, depth + 1)
                elif isinstance(res, DefRes) and res.kind in (DK.STRUCT, DK.ENUM, DK.UNION):
                    seg = qp.path.segments[-1]
                    has_lt = seg.args is not None and any(
                        isinstance(a, hir.LifetimeArg) for a in seg.args.args
                    )
                    if not has_lt and any(
                        p.kind.name == "LIFETIME"
                        for p in self.tcx.generics_of(res.def_id).own_params
                    ):
                        self.unknown = True  # (a lifetime hidden in the path)
            else:
                self.params.add("Self")  # (`Self::Item`, `T::Output`: projections)
        for child in hir.child_nodes(node):
            self.walk(child, depth + 1)


def _succ_iter(term: m.Terminator | None) -> Iterator[int]:
    return iter(()) if term is None else iter(m.successors(term))
