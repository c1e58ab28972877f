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
    tcx: TyCtxt, results: dict[DefId, TypeckResults], drop_adts: frozenset[DefId] = frozenset()
) -> list[tuple[Body, TypeQueries]]:
    """The MIR of every body type checking finished without errors, each fn's closures
    after it (bodies MIR building does not cover yet are left out)."""
    out: list[tuple[Body, TypeQueries]] = []
    for owner, res in results.items():
        if res.tainted_by_errors:
            continue
        body = tcx.body(owner)
        if body is None:
            continue
        types = TypeQueries(tcx, owner)
        for mir in build_body_and_closures(tcx, types, owner, body, res, drop_adts):
            problems = validate(mir)
            if problems:
                raise AssertionError(f"invalid MIR for `{mir.name}`: " + "; ".join(problems[:5]))
            out.append((mir, types))
    return out


__all__ = ["Body", "build_body", "build_body_and_closures", "build_crate_mir"]
