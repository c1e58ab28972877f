"""AST -> HIR: late name resolution and lowering in one walk (rustc's `late.rs` +
`rustc_ast_lowering`).

Entry point: `resolve_and_lower(psess, std=..., externs=..., user=...)` runs early
resolution (`ferric.resolve.build.add_crate`) and then lowering for std (CrateNum 1), the
other user crates the compiled one depends on (`ExternCrate`: a package's library, path
dependencies; CrateNum 2, 3, ... in dependency order) and the user crate (CrateNum 0), and
returns a `Program`: the session's `DefTable`, the `HirCrate` of all the
crates (items and bodies keyed by DefId, lang items, `main`, the traits in scope at every
method call and type-relative path in `HirCrate.trait_map`), and the `Resolver` (module
graph, for later questions: visibility, `use` suggestions).

Modules, stacked like the parser's: `context` (state, ribs, lexical lookup) ← `path`
(path resolution, QPaths) ← `ty` (types, generics, lifetimes, elision) ← `pat` (patterns,
bindings) ← `expr` (expressions, blocks, desugarings) ← `item` (items, crate). Errors of
late resolution are worded in `late_diag`.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import field

from ferric.base.hygiene import ExpnData
from ferric.base.nodeclass import dataclass
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.hir.lower.context import HirIdGen
from ferric.hir.lower.item import ItemLowering
from ferric.resolve import visible
from ferric.resolve.build import add_crate
from ferric.resolve.defs import LOCAL_CRATE, STD_CRATE, CrateNum, DefTable
from ferric.resolve.resolver import CrateData, Resolver
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess

FIRST_EXTERN_CRATE = CrateNum(2)
"""The first crate number of the session's other user crates (`ExternCrate`)."""


@dataclass(frozen=True, slots=True)
class ExternCrate:
    """A user crate the compiled crate depends on (rustc's `--extern NAME=...`), expanded in
    this session: ferric keeps no compiled libraries, so a dependent compilation resolves
    and lowers the library again beside its own crate, under its own crate number. Its
    diagnostics were reported when it was compiled itself; the driver discards them here."""

    num: CrateNum
    name: str
    """The crate name (`-` replaced by `_`), as dependents write it."""
    krate: ast.Crate
    edition: int
    deps: tuple[str, ...] = ()
    """The names of the crates in its own extern prelude (earlier `ExternCrate`s)."""


class LoweringContext(ItemLowering):
    """The whole lowering stack (see the package docstring)."""


@dataclass(slots=True)
class Program:
    """Everything name resolution and lowering produce for the later stages."""

    defs: DefTable
    hir: hir.HirCrate
    resolver: Resolver
    crate_names: dict[CrateNum, str] = field(default_factory=dict)

    @property
    def trait_map(self) -> dict[hir.HirId, tuple[hir.DefId, ...]]:  # type: ignore[name-defined]
        return self.hir.trait_map


def lower_crate(
    r: Resolver,
    crate: CrateData,
    krate: ast.Crate,
    out: hir.HirCrate,
    ids: HirIdGen,
    *,
    needs_main: bool,
    file_name: str = "",
) -> None:
    """Lower one crate whose early resolution is done into `out`."""
    lc = LoweringContext(r, crate, out, ids)
    lc.lower_crate(krate, needs_main=needs_main, file_name=file_name)


@dataclass(slots=True)
class StdSnapshot:
    """std after resolution and lowering, shared by every session of the process (std's
    spans, node ids and DefIds are the same in every session: `expand.std_crate`). Made
    here from std's AST (`std_snapshot`), or read from the metadata cache
    (`ferric.metadata`), where `krate` is None and the HIR is decoded on demand."""

    krate: ast.Crate | None
    defs: DefTable
    crate: CrateData
    resolver: Resolver
    hir: hir.HirCrate
    next_hir_id: int
    diagnostics: list[Diagnostic]


_STD_CACHE: dict[int, StdSnapshot] = {}


def std_snapshot(std: ast.Crate, expns: dict[int, ExpnData] | None = None) -> StdSnapshot:
    """std resolved and lowered (once per process per std AST)."""
    snap = _STD_CACHE.get(id(std))
    if snap is not None and snap.krate is std:
        return snap
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of young objects, no cycles: the collector would only cost time
    try:
        psess = ParseSess()
        if expns:
            # std's syntax contexts: hygiene (a `macro_rules!` inside a body seeing the
            # locals of its definition site) needs to know which expansion made each.
            psess.hygiene.imported.update(expns)
        r = Resolver(psess)
        out = hir.HirCrate()
        ids = HirIdGen()
        data = add_crate(r, STD_CRATE, "std", std, 2021, std=None)
        lower_crate(r, data, std, out, ids, needs_main=False)
        out.std_names = hir.StdNames(
            visible.trimmed_counts(data.root, r.defs), visible.visible_paths(data.root, "std", r.defs)
        )
    finally:
        if gc_was_enabled:
            gc.enable()
    snap = StdSnapshot(std, r.defs, data, r, out, ids.next, list(psess.dcx.diagnostics))
    _STD_CACHE[id(std)] = snap
    return snap


def std_resolution_diagnostics(std: ast.Crate) -> list[Diagnostic]:
    """What resolving and lowering std reported (std should be clean)."""
    return std_snapshot(std).diagnostics


def _session_from_std(
    psess: ParseSess, snap: StdSnapshot
) -> tuple[Resolver, hir.HirCrate, HirIdGen]:
    """A resolver and HIR for a new session, holding std and ready for the user crate."""
    base = snap.resolver
    r = Resolver(psess, snap.defs.copy())
    r.crates[STD_CRATE] = snap.crate
    r.modules = dict(base.modules)
    r.field_names = dict(base.field_names)
    r.lang_items = dict(base.lang_items)
    r.item_spans = dict(base.item_spans)
    r.extern_item_spans = base.extern_item_spans
    r.trait_items = dict(base.trait_items)
    r.extern_lifetime_counts = base.extern_lifetime_counts
    r.candidate_index = dict(base.candidate_index)
    o = snap.hir
    out = hir.HirCrate(
        items=o.items.copy(),  # type: ignore[attr-defined]  # a dict or a LazyMap
        bodies=o.bodies.copy(),  # type: ignore[attr-defined]
        roots=dict(o.roots),
        lang_items=dict(o.lang_items),
        trait_map=dict(o.trait_map),
        owners=dict(o.owners),
        extern_impls=o.extern_impls,
        extern_queries=o.extern_queries,
        extern_names=o.extern_names,
        std_names=o.std_names,
    )
    return r, out, HirIdGen(snap.next_hir_id)


def resolve_and_lower(
    psess: ParseSess,
    *,
    std: ast.Crate | StdSnapshot,
    user: ast.Crate | None,
    user_name: str = "main",
    file_name: str = "",
    edition: int = 2021,
    needs_main: bool = True,
    externs: Sequence[ExternCrate] = (),
    deps: Sequence[str] = (),
) -> Program:
    """Resolve and lower std (from its AST, or a snapshot of it already resolved and
    lowered), then the `externs` in order (what they report is dropped: see
    `ExternCrate`), then (if given) the user crate, whose extern prelude holds std and the
    externs named in `deps`."""
    snap = std if isinstance(std, StdSnapshot) else std_snapshot(std)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of young objects, no cycles: the collector would only cost time
    try:
        return _resolve_and_lower(
            psess, snap, user, user_name, file_name, edition, needs_main, externs, deps
        )
    finally:
        if gc_was_enabled:
            gc.enable()


def _resolve_and_lower(
    psess: ParseSess,
    snap: StdSnapshot,
    user: ast.Crate | None,
    user_name: str,
    file_name: str,
    edition: int,
    needs_main: bool,
    externs: Sequence[ExternCrate],
    deps: Sequence[str],
) -> Program:
    r, out, ids = _session_from_std(psess, snap)
    names = {STD_CRATE: "std"}
    by_name: dict[str, CrateData] = {}
    for ext in externs:
        quiet = psess.dcx.snapshot()
        data = add_crate(
            r,
            ext.num,
            ext.name,
            ext.krate,
            ext.edition,
            std=snap.crate,
            externs={n: by_name[n] for n in ext.deps if n in by_name},
        )
        lower_crate(r, data, ext.krate, out, ids, needs_main=False)
        psess.dcx.rollback(quiet)
        by_name[ext.name] = data
        names[ext.num] = ext.name
    if user is not None:
        user_data = add_crate(
            r,
            LOCAL_CRATE,
            user_name,
            user,
            edition,
            std=snap.crate,
            externs={n: by_name[n] for n in deps if n in by_name},
        )
        lower_crate(r, user_data, user, out, ids, needs_main=needs_main, file_name=file_name)
        names[LOCAL_CRATE] = user_name
    return Program(r.defs, out, r, names)
