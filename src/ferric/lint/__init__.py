"""`ferric clippy`'s lints: clippy's names, messages and suggestions, on the HIR and the
type checker's results, and rustc's own default-on lints (`run_builtin_lints`, see
`builtin`), which every `ferric check` reports. `run_clippy` is clippy's entry; see `registry` (the lints), `levels`
(lint levels from attributes and flags), `context` (what checks ask and how they
report) and `passes` (the walk). The checks themselves live in the other modules, one per
area, each registering with `passes` when imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ferric.base.hygiene import HygieneData
from ferric.base.source_map import SourceMap
from ferric.diag.ctxt import DiagCtxt
from ferric.resolve.defs import DefId
from ferric.syntax import ast
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

if TYPE_CHECKING:
    from ferric.lint.builtin import BuiltinLints
    from ferric.mir.nodes import LocalDecl


def run_clippy(
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults],
    krate: ast.Crate,
    root: DefId,
    flags: tuple[tuple[str, str], ...],
    source_map: SourceMap,
    hygiene: HygieneData,
    dcx: DiagCtxt,
) -> None:
    """Run every lint over the user crate rooted at module `root`; emit into `dcx`."""
    from ferric.lint import chains, control, early, format, items, loops, methods, ops, returns  # noqa: F401
    from ferric.lint.context import LintCx
    from ferric.lint.levels import collect_levels
    from ferric.lint.passes import run_checks

    cx = LintCx(tcx, results, collect_levels(krate, flags), source_map, hygiene)
    run_checks(cx, root)
    cx.finish(dcx)


def run_builtin_lints(
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults] | None,
    krate: ast.Crate,
    flags: tuple[tuple[str, str], ...],
    unused_mut: list[tuple[DefId, list[LocalDecl]]] | None,
    after_borrowck: bool,
    is_bin: bool = True,
    hygiene: HygieneData | None = None,
    source_map: SourceMap | None = None,
) -> BuiltinLints:
    """rustc's own lints on the user crate (see `builtin`): the early ones always, the
    body ones when type checking succeeded (`results`), `dead_code` and the late ones
    when borrow checking did too (`after_borrowck`); `dead_code` only for a binary
(`is_bin`: not a library, not a test build). Returns the collected diagnostics."""
    from ferric.lint.bodies import check_bodies
    from ferric.lint.builtin import BuiltinLints
    from ferric.lint.levels import collect_levels
    from ferric.lint.style import check_early, check_late

    lints = BuiltinLints(lambda: collect_levels(krate, flags))
    if hygiene is not None:
        lints.user_span = hygiene.user_span
    if results is not None and source_map is not None:
        from ferric.lint.imports import check_imports

        check_imports(lints, tcx, results, krate, source_map)
    check_early(lints, tcx, source_map)
    if results is not None:
        check_bodies(lints, tcx, results, unused_mut or [])
        if after_borrowck:
            from ferric.lint.dead import check_dead

            check_dead(lints, tcx, results, is_bin)
            check_late(lints, tcx, results)
    return lints
