"""What each MIR statement does to places, as borrowck sees it (rustc's `PlaceContext`s):
the accesses it makes, in order, and the locals it uses and defines (for liveness)."""

from __future__ import annotations

import enum
from collections.abc import Iterator

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.mir import nodes as m


class Access(enum.Enum):
    COPY = "copy"
    """A read of the whole value (`copy p`, a `match` on it, `Len`, `Discriminant`)."""
    MOVE = "move"
    SHARED_BORROW = "shared borrow"
    MUT_BORROW = "mutable borrow"
    RESERVE = "two-phase reservation"
    """A two-phase `&mut` being made: checked as a shared borrow."""
    ASSIGN = "assign"
    """A write of the place (shallow: what was borrowed through it is not touched)."""
    STORAGE_DEAD = "storage dead"
    SHALLOW_READ = "shallow read"
    """A read of the place's discriminant only (a `match` inspecting it)."""


@dataclass(frozen=True, slots=True)
class PlaceAccess:
    place: m.Place
    access: Access
    span: Span
    borrow: m.BorrowKind | None = None
    origin: Span | None = None
    """For a pattern binding's move: the scrutinee."""


def operand_places(op: m.Operand) -> Iterator[tuple[m.Place, Access]]:
    if isinstance(op, m.Copy):
        yield op.place, Access.COPY
    elif isinstance(op, m.Move):
        yield op.place, Access.MOVE


def rvalue_accesses(rv: m.Rvalue, span: Span) -> list[PlaceAccess]:
    out: list[PlaceAccess] = []
    if isinstance(rv, m.Use | m.UnaryOp | m.Cast | m.Repeat):
        op = rv.operand
        out += [PlaceAccess(p, a, span) for p, a in operand_places(op)]
    elif isinstance(rv, m.BinaryOp):
        for op in (rv.lhs, rv.rhs):
            out += [PlaceAccess(p, a, span) for p, a in operand_places(op)]
    elif isinstance(rv, m.Aggregate):
        for op in rv.operands:
            out += [PlaceAccess(p, a, span) for p, a in operand_places(op)]
    elif isinstance(rv, m.Ref):
        if rv.kind is m.BorrowKind.TWO_PHASE:
            kind = Access.RESERVE
        elif rv.kind.is_mut:
            kind = Access.MUT_BORROW
        elif rv.kind is m.BorrowKind.SHALLOW:
            kind = Access.SHALLOW_READ
        else:
            kind = Access.SHARED_BORROW
        out.append(PlaceAccess(rv.place, kind, span, rv.kind))
    elif isinstance(rv, m.Discriminant | m.Len):
        out.append(PlaceAccess(rv.place, Access.SHALLOW_READ, span))
    return out


def statement_accesses(s: m.Statement) -> list[PlaceAccess]:
    if isinstance(s, m.Assign):
        reads = rvalue_accesses(s.rvalue, s.span)
        if s.origin is not None:
            reads = [PlaceAccess(pa.place, pa.access, pa.span, pa.borrow, s.origin) for pa in reads]
        return [*reads, PlaceAccess(s.place, Access.ASSIGN, s.span)]
    if isinstance(s, m.FakeRead):
        if s.cause is m.FakeReadCause.FOR_INDEX:
            # (The indexing access right after reports any conflict, on `a[_]`, as rustc.)
            return []
        return [PlaceAccess(s.place, Access.SHALLOW_READ, s.span)]
    if isinstance(s, m.StorageDead):
        return [PlaceAccess(m.Place(s.local), Access.STORAGE_DEAD, s.span)]
    return []


def terminator_accesses(term: m.Terminator) -> list[PlaceAccess]:
    if isinstance(term, m.Call):
        out: list[PlaceAccess] = []
        for op in (term.func, *term.args):
            out += [PlaceAccess(p, a, term.span) for p, a in operand_places(op)]
        out.append(PlaceAccess(term.destination, Access.ASSIGN, term.span))
        return out
    if isinstance(term, m.SwitchInt | m.Assert):
        op = term.discr if isinstance(term, m.SwitchInt) else term.cond
        return [PlaceAccess(p, a, term.span) for p, a in operand_places(op)]
    if isinstance(term, m.Drop):
        return []
    return []


# -- liveness: uses and defs of locals ------------------------------------------------------------


def _place_uses(p: m.Place, out: set[m.Local]) -> None:
    out.add(p.local)
    for proj in p.projection:
        if isinstance(proj, m.Index):
            out.add(proj.local)


def uses_defs(item: m.Statement | m.Terminator) -> tuple[set[m.Local], set[m.Local]]:
    """(locals read, locals wholly overwritten or killed) by a statement or terminator."""
    uses: set[m.Local] = set()
    defs: set[m.Local] = set()
    if isinstance(item, m.Assign):
        for pa in rvalue_accesses(item.rvalue, item.span):
            _place_uses(pa.place, uses)
        dest = item.place
        if dest.is_local:
            defs.add(dest.local)
        elif any(isinstance(p, m.Deref) for p in dest.projection):
            _place_uses(dest, uses)
        else:
            for proj in dest.projection:
                if isinstance(proj, m.Index):
                    uses.add(proj.local)
        return uses, defs
    if isinstance(item, m.FakeRead):
        _place_uses(item.place, uses)
        return uses, defs
    if isinstance(item, m.StorageDead | m.StorageLive):
        defs.add(item.local)
        return uses, defs
    if isinstance(item, m.Call):
        for op in (item.func, *item.args):
            if isinstance(op, m.Copy | m.Move):
                _place_uses(op.place, uses)
        dest = item.destination
        if dest.is_local:
            defs.add(dest.local)
        else:
            _place_uses(dest, uses)
        return uses, defs
    if isinstance(item, m.SwitchInt | m.Assert):
        op = item.discr if isinstance(item, m.SwitchInt) else item.cond
        if isinstance(op, m.Copy | m.Move):
            _place_uses(op.place, uses)
        return uses, defs
    if isinstance(item, m.Return):
        uses.add(m.RETURN_PLACE)
    return uses, defs
