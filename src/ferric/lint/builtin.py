"""rustc's own default-on lints (`unused_variables`, `dead_code`, `non_snake_case` ...), which
`ferric check`, `build`, `run` and `test` report as rustc does.

The lints are `registry.Lint`s without a tool; their levels come from the same
`levels.LevelMap` clippy's use (attributes on any node, `-A/-W/-D/-F`, the `unused` and
`nonstandard_style` groups, `warnings`). `BuiltinLints` collects the diagnostics of the
checks (`liveness`, `dead`, `style`), each with its place in rustc's order, and emits them
with rustc's level notes (once per session for the same text).

rustc's order, followed here: the early (AST) lints (`style.check_early`), then per body
`unused_mut` (from the borrow checker's `used_mut`) followed by the body's liveness lints
(closures first), then `dead_code`, then the late lints (`style.check_late`). When type
checking failed only the early lints run; when borrow checking failed, no `dead_code` nor
late lints (rustc stops after borrowck).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from ferric.base.lazy_map import LazyMap
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic, Label, SubDiagnostic
from ferric.diag.diagnostic import Level as DiagLevel
from ferric.hir import nodes as hir
from ferric.lint.levels import LevelMap, Source, level_notes
from ferric.lint.registry import Level, Lint
from ferric.resolve.defs import LOCAL_CRATE, DefId
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


class Stage(enum.IntEnum):
    """Where in rustc's compilation a lint is emitted (its place in the output)."""

    EARLY = 0
    TYPECK = 1
    BODY = 2
    DEAD = 3
    LATE = 4


def _rustc(name: str, group: str = "") -> Lint:
    return Lint(name, group, tool=None)


UNUSED_VARIABLES = _rustc("unused_variables", "unused")
UNUSED_ASSIGNMENTS = _rustc("unused_assignments", "unused")
UNUSED_MUT = _rustc("unused_mut", "unused")
UNREACHABLE_CODE = _rustc("unreachable_code", "unused")
DEAD_CODE = _rustc("dead_code", "unused")
UNUSED_MUST_USE = _rustc("unused_must_use", "unused")
UNUSED_IMPORTS = _rustc("unused_imports", "unused")
UNUSED_PARENS = _rustc("unused_parens", "unused")
PATH_STATEMENTS = _rustc("path_statements", "unused")
NON_SNAKE_CASE = _rustc("non_snake_case", "nonstandard_style")
NON_CAMEL_CASE_TYPES = _rustc("non_camel_case_types", "nonstandard_style")
NON_UPPER_CASE_GLOBALS = _rustc("non_upper_case_globals", "nonstandard_style")
WHILE_TRUE = _rustc("while_true")
UNUSED_COMPARISONS = _rustc("unused_comparisons")
INVALID_NAN_COMPARISONS = _rustc("invalid_nan_comparisons")
OVERFLOWING_LITERALS = Lint("overflowing_literals", "", tool=None, deny=True)


_INDEXED: tuple[type, ...] = (
    hir.Path,
    hir.LoopExpr,
    hir.LetStmt,
    hir.IfExpr,
    hir.MatchExpr,
    hir.RetExpr,
    hir.CallExpr,
    hir.BindingPat,
    hir.SemiStmt,
    hir.BinaryExpr,
    hir.FieldExpr,
    hir.StructPat,
    hir.TupleStructPat,
    hir.PathPat,
    hir.LitExpr,
    hir.UnaryExpr,
)
"""The node kinds `BuiltinLints.nodes` indexes."""


@dataclass(slots=True)
class _Pending:
    order: tuple[int, int, int]
    lint: Lint
    source: Source
    diag: Diagnostic


@dataclass(slots=True)
class BuiltinLints:
    """The lint diagnostics of one compilation, in rustc's order once `emit` sorts them."""

    make_levels: Callable[[], LevelMap]
    """The crate's lint attributes and flags (`levels.collect_levels`), collected on the
    first report: a program without warnings never walks its AST for them."""
    stage: Stage = Stage.EARLY
    group: int = 0
    """Inside a stage, diagnostics sort by group (a body's position), then by report order."""
    user_span: Callable[[Span], Span] = lambda span: span
    """A span made by a macro → the call site the user wrote (`HygieneData.user_span`)."""
    body_owners: list[DefId] = field(default_factory=list)
    """The bodies the TYPECK and BODY stages' groups stand for (`bodies.check_bodies`)."""
    _pending: list[_Pending] = field(default_factory=list)
    _levels: LevelMap | None = None
    _index: dict[type, list[tuple[DefId, object]]] | None = None
    _items: list[tuple[DefId, hir.Item]] | None = None
    _bodies: list[tuple[DefId, hir.Body]] | None = None
    _named: set[DefId] | None = None
    memo: dict[str, object] = field(default_factory=dict)
    """What one check computes once for the whole crate (dead fields' reads ...)."""

    # -- what several checks walk: computed once ------------------------------------------------

    def local_items(self, tcx: TyCtxt) -> list[tuple[DefId, hir.Item]]:
        """The user crate's HIR items (std's, read from metadata, are not decoded)."""
        if self._items is None:
            self._items = list(tcx.items_of_crate(LOCAL_CRATE))
        return self._items

    def local_bodies(self, tcx: TyCtxt) -> list[tuple[DefId, hir.Body]]:
        """The user crate's bodies (closures' included)."""
        if self._bodies is None:
            bodies = tcx.hir.bodies
            keys = bodies.own_keys() if isinstance(bodies, LazyMap) else list(bodies)
            self._bodies = [(d, bodies[d]) for d in keys if tcx.crate_of(d) == LOCAL_CRATE]
        return self._bodies

    def nodes(self, tcx: TyCtxt, kind: type) -> list[tuple[DefId, object]]:
        """Every node of type `kind` in the user's bodies, with the body it is in (one walk
        of all bodies serves every check; closures' bodies are bodies of their own)."""
        if self._index is None:
            index: dict[type, list[tuple[DefId, object]]] = {k: [] for k in _INDEXED}
            for body_id, body in self.local_bodies(tcx):
                stack: list[object] = [body.value, *(p.pat for p in body.params)]
                while stack:
                    node = stack.pop()
                    got = index.get(type(node))
                    if got is not None:
                        got.append((body_id, node))
                    stack.extend(hir.child_nodes(node))
            self._index = index
        return self._index[kind]

    def item_paths(self, tcx: TyCtxt) -> list[hir.Path]:
        """Every path in the user's items outside bodies (signatures, impl headers, bounds,
        field types), `use` items left out: one walk serves the checks that read them."""
        got = self.memo.get("item_paths")
        if got is None:
            paths: list[hir.Path] = []
            stack: list[object] = [item for _, item in self.local_items(tcx) if not isinstance(item, hir.UseItem)]
            while stack:
                node = stack.pop()
                if isinstance(node, hir.Path):
                    paths.append(node)
                stack.extend(hir.child_nodes(node))
            got = self.memo["item_paths"] = paths
        return got  # type: ignore[return-value]

    def named_defs(self, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> set[DefId]:
        """`dead.named_defs`, once."""
        if self._named is None:
            from ferric.lint.dead import named_defs

            self._named = named_defs(self, tcx, results)
        return self._named

    def lint(self, lint: Lint, span: Span, message: str, level_at: Span | None = None) -> Diagnostic | None:
        """A diagnostic for `lint` at `span` (primary, unlabelled), recorded for emission;
        None when the lint is allowed there (at `level_at` if given: a statement's
        attributes sit on its expression, whose span leaves out the `;`)."""
        if self._levels is None:
            self._levels = self.make_levels()
        src = self._levels.level(lint, level_at or span)
        if src.level is Level.EXPECT and src.span is not None:
            self._levels.fulfilled.add(src.span)
        if src.level in (Level.ALLOW, Level.EXPECT):
            return None
        level = DiagLevel.WARNING if src.level is Level.WARN else DiagLevel.ERROR
        d = Diagnostic(level, message, lint=lint.name)
        d.labels.append(Label(span, "", True))
        self._pending.append(_Pending((int(self.stage), self.group, len(self._pending)), lint, src, d))
        return d

    def take_all(self, seen: set[tuple[str, str, Span | None]]) -> list[tuple[Stage, DefId | None, Diagnostic]]:
        """Every recorded diagnostic (`take`), with its stage and, for the TYPECK and BODY
        stages, the body it belongs to."""
        order = sorted(self._pending, key=lambda p: p.order)
        out = self.take(seen)
        placed: list[tuple[Stage, DefId | None, Diagnostic]] = []
        for p, d in zip(order, out, strict=True):
            stage = Stage(p.order[0])
            owner = None
            if stage in (Stage.TYPECK, Stage.BODY) and 0 <= p.order[1] < len(self.body_owners):
                owner = self.body_owners[p.order[1]]
            placed.append((stage, owner, d))
        return placed

    def take(
        self,
        seen: set[tuple[str, str, Span | None]],
        stages: frozenset[Stage] | None = None,
        only: frozenset[str] | None = None,
    ) -> list[Diagnostic]:
        """The recorded diagnostics of `stages` (all: None; `only`: of these lints) in
        rustc's order, each with the notes on its level not shown yet (`seen`: the notes
        shown so far)."""
        chosen = [
            p
            for p in self._pending
            if (stages is None or Stage(p.order[0]) in stages) and (only is None or p.lint.name in only)
        ]
        self._pending = [p for p in self._pending if p not in chosen]
        out: list[Diagnostic] = []
        for p in sorted(chosen, key=lambda p: p.order):
            d = p.diag
            notes = level_notes(p.lint, p.source)
            added: list[SubDiagnostic] = []
            for kind, text, span in notes:
                if (kind, text, span) in seen:
                    continue
                seen.add((kind, text, span))
                sub = SubDiagnostic(DiagLevel.NOTE if kind == "note" else DiagLevel.HELP, text)
                if span is not None:
                    sub.labels.append(Label(span, "", True))
                added.append(sub)
            d.children.extend(added)
            out.append(d)
        return out
