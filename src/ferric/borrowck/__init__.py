"""The borrow checker: ownership, borrowing and initialisation rules on MIR (`check`),
from what each statement does to places (`facts`)."""

from __future__ import annotations

from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.borrowck.check import BodyCheck
from ferric.borrowck.regions import Signatures, check_body_regions
from ferric.diag.diagnostic import Diagnostic
from ferric.mir.nodes import LocalDecl
from ferric.resolve.defs import DefId
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def check_crate_borrows(
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults],
    source_map: SourceMap,
    validate_mir: bool = False,
) -> list[tuple[DefId, list[LocalDecl]]]:
    """Borrow check every body MIR building covers; diagnostics go to `tcx`'s context in
    source order per body, a closure's before its parent's. `validate_mir` (the test suite's debug check): validate every body's
    MIR (`mir.validate`), elaborate the drops of every body that passes, and fail on any
    drop the result gets wrong. Returns each body's `mut` bindings that need no `mut` (for
    the `unused_mut` lint), bodies in MIR order (a fn, then its closures)."""
    checker = BorrowChecker(tcx, source_map, validate_mir)
    for owner, res in results.items():
        if not res.tainted_by_errors:
            checker.check_owner(owner, res)
    return checker.unused_mut


class BorrowChecker:
    """Borrow checks one body owner at a time (rustc's `mir_borrowck` query: a body is
    checked when its own type and match checking succeeded, whatever other bodies did)."""

    def __init__(self, tcx: TyCtxt, source_map: SourceMap, validate_mir: bool = False) -> None:
        from ferric.mir import adts_with_drop

        self.tcx = tcx
        self.source_map = source_map
        self.validate_mir = validate_mir
        self.drop_adts = adts_with_drop(tcx)
        self.sigs = Signatures(tcx)
        self._type_info: object | None = None
        self.unused_mut: list[tuple[DefId, list[LocalDecl]]] = []
        """Per body checked: its `mut` bindings that need no `mut` (`unused_mut`)."""

    def check_owner(self, owner: DefId, res: TypeckResults) -> None:
        """Borrow check `owner` and its closures; diagnostics go to `tcx`'s context in
        source order per body, innermost closures first (with `validate_mir`, each body that passes is drop-elaborated and
        checked)."""
        from ferric.mir import build_owner_mir

        per_body = []
        for body, types in build_owner_mir(self.tcx, owner, res, self.drop_adts, validate_mir=self.validate_mir):
            check = BodyCheck(self.tcx, body, types, self.source_map, self.drop_adts)
            check.closure_origins = res.closure_kind_origins
            check.type_dependent_defs = res.type_dependent_defs
            found = check.run()
            self.unused_mut.append((body.owner, check.unused_mut_locals()))
            found += check_body_regions(self.tcx, body, self.sigs)
            if self.validate_mir and not found:
                from ferric.mir.elaborate import check_elaborated, type_info

                if self._type_info is None:
                    self._type_info = type_info(self.tcx, self.drop_adts)
                check_elaborated(body, self._type_info)  # type: ignore[arg-type]
            per_body.append((body.span, found))
        # rustc reports a closure's errors before those of the body around it, and sibling
        # closures in source order: the bodies in post-order, which is by where they end.
        # An error pointing into a closure's body is that closure's (a capture's
        # mutability is checked where the capture is made, rustc checks it in the closure).
        spans = sorted((sp for sp, _ in per_body), key=lambda sp: (sp.hi, -sp.lo))
        by_body: dict[Span, list[Diagnostic]] = {sp: [] for sp in spans}
        for sp, found in per_body:
            for d in found:
                at = d.primary_span
                home = sp
                if at is not None:
                    home = next((b for b in spans if b.lo <= at.lo and at.hi <= b.hi), sp)
                by_body[home].append(d)
        for sp in spans:
            found = by_body[sp]
            found.sort(key=lambda d: d.primary_span.lo if d.primary_span is not None else 0)
            for d in found:
                self.tcx.emit(d)
