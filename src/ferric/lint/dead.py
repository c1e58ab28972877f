"""rustc's `dead_code`."""

from __future__ import annotations

from ferric.lint.builtin import BuiltinLints, Stage
from ferric.resolve.defs import DefId
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def check_dead(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> None:
    lints.stage = Stage.DEAD
