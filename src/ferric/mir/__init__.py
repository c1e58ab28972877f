"""MIR: bodies as control-flow graphs over typed places (`nodes`), built from the HIR and
`TypeckResults` (`build`), printed by `pretty` (`ferric check --emit=mir`)."""

from __future__ import annotations

from ferric.mir.build import build_body, build_body_and_closures
from ferric.mir.nodes import Body
from ferric.mir.validate import validate
from ferric.pattern.check_match import TypeQueries
from ferric.resolve.defs import DefId
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def build_crate_mir(
    tcx: TyCtxt, results: dict[DefId, TypeckResults], drop_adts: frozenset[DefId] | None = None
) -> list[tuple[Body, TypeQueries]]:
    """The MIR of every body type checking finished without errors, each fn's closures
    after it (bodies MIR building does not cover yet are left out). `drop_adts`: the ADTs
    with a `Drop` impl (computed when not given)."""
    if drop_adts is None:
        drop_adts = adts_with_drop(tcx)
    out: list[tuple[Body, TypeQueries]] = []
    for owner, res in results.items():
        if not res.tainted_by_errors:
            out += build_owner_mir(tcx, owner, res, drop_adts)
    return out


def build_owner_mir(
    tcx: TyCtxt, owner: DefId, res: TypeckResults, drop_adts: frozenset[DefId], *, validate_mir: bool = True
) -> list[tuple[Body, TypeQueries]]:
    """The MIR of one body owner and its closures, as `build_crate_mir` (validated unless
    `validate_mir` is False: the borrow checker of `ferric check` outside the test suite,
    which validates every body it builds, skips it)."""
    body = tcx.body(owner)
    if body is None:
        return []
    types = TypeQueries(tcx, owner)
    out: list[tuple[Body, TypeQueries]] = []
    for mir in build_body_and_closures(tcx, types, owner, body, res, drop_adts):
        problems = validate(mir) if validate_mir else None
        if problems:
            raise AssertionError(f"invalid MIR for `{mir.name}`: " + "; ".join(problems[:5]))
        out.append((mir, types))
    return out


def adts_with_drop(tcx: TyCtxt) -> frozenset[DefId]:
    """The ADTs (of every crate) that have a `Drop` impl."""
    return tcx.adts_with_drop()


__all__ = ["Body", "adts_with_drop", "build_body", "build_body_and_closures", "build_crate_mir"]
