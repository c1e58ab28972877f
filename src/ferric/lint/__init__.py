"""`ferric clippy`'s lints: clippy's names, messages and suggestions, on the HIR and the
type checker's results. `run_clippy` is the entry; see `registry` (the lints), `levels`
(lint levels from attributes and flags), `context` (what checks ask and how they
report) and `passes` (the walk). The checks themselves live in the other modules, one per
area, each registering with `passes` when imported.
"""

from __future__ import annotations

from ferric.base.hygiene import HygieneData
from ferric.base.source_map import SourceMap
from ferric.diag.ctxt import DiagCtxt
from ferric.resolve.defs import DefId
from ferric.syntax import ast
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


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
