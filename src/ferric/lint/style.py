"""rustc's style lints: early ones on the AST (`non_camel_case_types`, `while_true`,
`unused_parens`), late ones on the HIR (`non_snake_case`, `non_upper_case_globals`,
`unused_must_use`, `path_statements`)."""

from __future__ import annotations

from ferric.lint.builtin import BuiltinLints, Stage
from ferric.resolve.defs import DefId
from ferric.syntax import ast
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


def check_early(lints: BuiltinLints, krate: ast.Crate) -> None:
    lints.stage = Stage.EARLY


def check_late(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> None:
    lints.stage = Stage.LATE
