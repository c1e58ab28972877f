"""Fulfillment: proving a set of obligations as inference makes progress.

`FulfillmentCtxt.register` adds obligations; `select_where_possible` processes them until
no more progress is made, keeping the ambiguous ones (their types are not known yet) and
returning those that definitely fail; `select_all_or_error` turns the still-ambiguous ones
into errors too (rustc's E0282/E0283 "type annotations needed").

An ambiguous obligation records the inference variables it waits on; it is retried only
when one of them got a value (rustc's "stalled on" optimisation), so processing stays
linear in practice.

A trait obligation with no inference variables whose selection succeeded with nothing
left to prove but obligations already proven is remembered (`SelectionContext.proven`,
with the depth its proof needs): the same obligation met again in that parameter
environment is done at once, as its selection would end the same way (`u32: Sized`,
`Vec<Point>: Sized`, `String: Clone` are met thousands of times in a crate).
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.infer.ctxt import InferCtxt
from ferric.infer.relate import TypeMismatch
from ferric.traits.obligation import Obligation
from ferric.traits.project import normalize_projection
from ferric.traits.select import MAX_DEPTH, SelectionContext, SelKind
from ferric.ty import ty as t
from ferric.ty.fold import TyWalker
from ferric.ty.predicate import (
    ProjectionPredicate,
    RegionOutlives,
    TraitPredicate,
    TraitRef,
    TypeOutlives,
)


class ErrorKind(enum.Enum):
    UNIMPLEMENTED = "unimplemented"
    AMBIGUOUS = "ambiguous"
    OVERFLOW = "overflow"
    PROJECTION_MISMATCH = "projection_mismatch"


@dataclass(slots=True)
class FulfillmentError:
    obligation: Obligation
    kind: ErrorKind
    expected: t.Ty | None = None
    found: t.Ty | None = None
    negative_impl: object = None


@dataclass(slots=True)
class _Pending:
    obl: Obligation
    stalled_on: tuple[t.Infer, ...] = ()


@dataclass(slots=True)
class FulfillmentCtxt:
    pending: list[_Pending] = field(default_factory=list)

    infcx: InferCtxt | None = None
    """When set, registrations made inside a snapshot are undone by its rollback (a
    method probe's normalizations must not leave obligations on rolled-back variables)."""

    def register(self, obl: Obligation) -> None:
        self.pending.append(_Pending(obl))
        if self.infcx is not None:
            item = self.pending[-1]
            pending = self.pending

            def undo() -> None:
                if pending is self.pending and item in pending:
                    pending.remove(item)

            self.infcx.on_rollback(undo)

    def __len__(self) -> int:
        return len(self.pending)

    def select_where_possible(self, sel: SelectionContext) -> list[FulfillmentError]:
        errors: list[FulfillmentError] = []
        infcx = sel.infcx
        proven = sel.proven
        progress = True
        while progress:
            progress = False
            work, self.pending = self.pending, []
            for p in work:
                if p.stalled_on and all(infcx.probe(v) is None and infcx.root(v) == v for v in p.stalled_on):
                    self.pending.append(p)
                    continue
                obl = p.obl
                known = _known_trait_ref(sel, obl)
                if known is not None:
                    height = proven.get(known)
                    if height is not None and obl.depth + height <= MAX_DEPTH:
                        progress = True
                        continue
                # (`sel.collecting()` inlined: once per obligation processed.)
                extra: list[Obligation] = []
                saved = sel.nested_sink
                sel.nested_sink = extra
                try:
                    result = self._process(sel, obl)
                finally:
                    sel.nested_sink = saved
                if extra and isinstance(result, list):
                    result = result + extra
                if result is None:
                    self.pending.append(_Pending(obl, self._stalled_vars(sel, obl)))
                    continue
                progress = True
                if isinstance(result, FulfillmentError):
                    errors.append(result)
                else:
                    if known is not None:
                        height = _proof_height(sel, obl, result)
                        if height is not None:
                            proven[known] = height
                            continue  # what it needs is proven already
                    for n in result:
                        self.pending.append(_Pending(n))
        return errors

    def select_all_or_error(self, sel: SelectionContext) -> list[FulfillmentError]:
        errors = self.select_where_possible(sel)
        for p in self.pending:
            errors.append(FulfillmentError(p.obl, ErrorKind.AMBIGUOUS))
        self.pending = []
        return errors

    def _stalled_vars(self, sel: SelectionContext, obl: Obligation) -> tuple[t.Infer, ...]:
        pred = obl.pred
        infcx = sel.infcx
        tys: list[t.Ty] = []
        if isinstance(pred, TraitPredicate):
            tys = [a for a in pred.trait_ref.args if isinstance(a, t.Ty)]
        elif isinstance(pred, ProjectionPredicate):
            tys = [a for a in pred.alias.args if isinstance(a, t.Ty)]
        out: list[t.Infer] = []
        for ty in tys:
            for sub in TyWalker.walk(infcx.resolve_ty(ty)):
                if isinstance(sub, t.Infer) and sub.kind is not t.InferKind.FRESH:
                    out.append(infcx.root(sub))
        return tuple(out)

    def _process(self, sel: SelectionContext, obl: Obligation) -> list[Obligation] | FulfillmentError | None:
        pred = obl.pred
        if isinstance(pred, TraitPredicate):
            if pred.negative:
                return []
            s = sel.select(obl)
            if s.kind is SelKind.OK:
                return s.nested
            if s.kind is SelKind.AMBIGUOUS:
                return None
            if s.kind is SelKind.OVERFLOW:
                return FulfillmentError(obl, ErrorKind.OVERFLOW)
            return FulfillmentError(obl, ErrorKind.UNIMPLEMENTED, negative_impl=s.negative_impl)
        if isinstance(pred, ProjectionPredicate):
            norm = normalize_projection(sel, pred.alias, obl)
            if norm is None:
                return None
            if norm is pred.alias:
                # Rigid: equal only to itself.
                term = sel.infcx.shallow_resolve(pred.term)
                if term is norm or isinstance(term, t.Infer):
                    try:
                        sel.equate.tys(term, norm)
                    except TypeMismatch:
                        return FulfillmentError(obl, ErrorKind.PROJECTION_MISMATCH, norm, pred.term)
                    return []
            try:
                sel.equate.tys(norm, pred.term)
            except TypeMismatch:
                return FulfillmentError(obl, ErrorKind.PROJECTION_MISMATCH, norm, sel.infcx.resolve_ty(pred.term))
            return []
        if isinstance(pred, TypeOutlives | RegionOutlives):
            return []
        return []


def _known_trait_ref(sel: SelectionContext, obl: Obligation) -> TraitRef | None:
    """The trait ref of a positive trait obligation without inference variables, else None."""
    pred = obl.pred
    if type(pred) is not TraitPredicate or pred.negative:
        return None
    tr = sel.resolve_trait_ref(pred.trait_ref)
    return None if tr.flags & t.HAS_TY_OR_CT_INFER else tr


def _proof_height(sel: SelectionContext, obl: Obligation, nested: list[Obligation]) -> int | None:
    """How many levels below `obl` its proof reaches, when every obligation its selection
    left (`nested`) is proven (at the depth it is met); None otherwise. The height keeps
    the shortcut exact: an obligation met deeper, whose proof would overflow `MAX_DEPTH`,
    is selected again and overflows as before."""
    height = 0
    for n in nested:
        tr = _known_trait_ref(sel, n)
        h = None if tr is None else sel.proven.get(tr)
        if h is None or n.depth + h > MAX_DEPTH:
            return None
        height = max(height, n.depth - obl.depth + h)
    return height
