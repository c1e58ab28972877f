"""The borrow checker: ownership, borrowing and initialisation rules on MIR (`check`),
from what each statement does to places (`facts`)."""

from __future__ import annotations

from ferric.base.source_map import SourceMap
from ferric.borrowck.check import BodyCheck
from ferric.borrowck.regions import Signatures, check_body_regions
from ferric.resolve.defs import DefId
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def check_crate_borrows(
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults],
    source_map: SourceMap,
    validate_mir: bool = False,
) -> None:
    """Borrow check every body MIR building covers; diagnostics go to `tcx`'s context in
    source order. `validate_mir` (the test suite's debug check): elaborate the drops of
    every body that passes, and fail on any drop the result gets wrong."""
    from ferric.mir import adts_with_drop, build_crate_mir

    drop_adts = adts_with_drop(tcx)
    diags = []
    sigs = Signatures(tcx)
    info = None
    for body, types in build_crate_mir(tcx, results, drop_adts):
        found = BodyCheck(tcx, body, types, source_map, drop_adts).run()
        found += check_body_regions(tcx, body, sigs)
        if validate_mir and not found:
            from ferric.mir.elaborate import check_elaborated, type_info

            info = info or type_info(tcx, drop_adts)
            check_elaborated(body, info)
        diags += found
    diags.sort(key=lambda d: d.primary_span.lo if d.primary_span is not None else 0)
    for d in diags:
        tcx.emit(d)

