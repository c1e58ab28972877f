"""The lint context: what a lint check can ask (types, source text, macro origins) and how
it reports.

`LintCx.lint(LINT, span, message)` decides the level at `span` (`levels.LevelMap`); when
the lint is not allowed it returns a `Diagnostic` the check completes (labels, notes,
suggestions) and records it with its place in clippy's order: early (AST) passes report
before late ones, each in the order its visitor meets the nodes. `finish` appends the
lines clippy adds to every lint (`= help: for further information visit ...`, then the
level's note, once per session for the same text) and emits everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ferric.base.hygiene import HygieneData
from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, SubDiagnostic
from ferric.diag.diagnostic import Level as DiagLevel
from ferric.hir import nodes as hir
from ferric.lint.levels import LevelMap, Source, level_notes
from ferric.lint.registry import UNFULFILLED_LINT_EXPECTATIONS, UNKNOWN_LINTS, Level, Lint, lookup
from ferric.resolve.defs import DefId, HirId
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

DOCS_URL = "https://rust-lang.github.io/rust-clippy/rust-1.95.0/index.html"


@dataclass(slots=True)
class _Pending:
    order: tuple[int, int]
    lint: Lint
    source: Source
    diag: Diagnostic


@dataclass(slots=True)
class LintCx:
    tcx: TyCtxt
    results: dict[DefId, TypeckResults]
    levels: LevelMap
    source_map: SourceMap
    hygiene: HygieneData
    owner: DefId | None = None
    """The body being checked (its typeck results answer `ty`)."""
    _pending: list[_Pending] = field(default_factory=list)
    _copy: dict[tuple[DefId | None, t.Ty], bool] = field(default_factory=dict)

    # -- reporting ---------------------------------------------------------------------------

    def lint(self, lint: Lint, span: Span, message: str) -> Diagnostic | None:
        """A diagnostic for `lint` at `span`, recorded for emission; None when allowed."""
        src = self.levels.level(lint, span)
        if src.level is Level.EXPECT and src.span is not None:
            self.levels.fulfilled.add(src.span)
        if src.level in (Level.ALLOW, Level.EXPECT):
            return None
        level = DiagLevel.WARNING if src.level is Level.WARN else DiagLevel.ERROR
        d = Diagnostic(level, message, lint=lint.qualified)
        d.labels.append(Label(span, "", True))
        self._pending.append(_Pending((int(lint.phase), len(self._pending)), lint, src, d))
        return d

    def finish(self, dcx: DiagCtxt) -> None:
        """Emit the recorded diagnostics in clippy's order, with clippy's closing lines."""
        self._unknown_lints()
        self._unfulfilled_expectations()
        seen: set[tuple[str, str, Span | None]] = set()
        for p in sorted(self._pending, key=lambda p: p.order):
            d = p.diag
            if p.lint.tool == "clippy":
                d.children.append(
                    SubDiagnostic(DiagLevel.HELP, f"for further information visit {DOCS_URL}#{p.lint.name}")
                )
            for kind, text, span in level_notes(p.lint, p.source):
                if (kind, text, span) in seen:
                    continue
                seen.add((kind, text, span))
                sub = SubDiagnostic(DiagLevel.NOTE if kind == "note" else DiagLevel.HELP, text)
                if span is not None:
                    sub.labels.append(Label(span, "", True))
                d.children.append(sub)
            dcx.emit_distinct(d)

    def _unknown_lints(self) -> None:
        """rustc's `unknown lint` warning for a misspelt `clippy::` name. Only when a close
        name exists: a renamed or removed lint gets other words from rustc."""
        from ferric.base.edit_distance import find_best_match_for_name
        from ferric.lint.known import CLIPPY_NAMES

        for name, span in self.levels.tool_names():
            bare = name.removeprefix("clippy::")
            if bare in CLIPPY_NAMES:
                continue
            best = find_best_match_for_name(sorted(CLIPPY_NAMES), bare)
            if best is None:
                continue
            d = self.lint(UNKNOWN_LINTS, span, f"unknown lint: `{name}`")
            if d is not None:
                d.with_suggestion(
                    "did you mean", [(span, f"clippy::{best}")], Applicability.MAYBE_INCORRECT, "inline"
                )

    def _unfulfilled_expectations(self) -> None:
        """rustc's warning for each `#[expect(clippy::x)]` that no `x` met. Only for lints
        ferric implements: one it does not could have been met under clippy."""
        for span in self.levels.expectations():
            name = self.snippet(span).removeprefix("clippy::")
            if span in self.levels.fulfilled or lookup(name) is None or not self.snippet(span).startswith("clippy::"):
                continue
            self.lint(UNFULFILLED_LINT_EXPECTATIONS, span, "this lint expectation is unfulfilled")

    # -- questions ---------------------------------------------------------------------------

    def snippet(self, span: Span) -> str:
        return self.source_map.snippet(span) or ""

    def paren_span(self, span: Span) -> Span:
        """`span` widened to the parentheses written around it, if any (callers make sure the
        parentheses are not a call's)."""
        sf = self.source_map.lookup_file(span.lo)
        if sf is None or span.ctxt:
            return span
        text, base = sf.text, sf.start_pos
        lo, hi = span.lo - base, span.hi - base
        while True:
            i, j = lo - 1, hi
            while i >= 0 and text[i].isspace():
                i -= 1
            while j < len(text) and text[j].isspace():
                j += 1
            if i < 0 or j >= len(text) or text[i] != "(" or text[j] != ")":
                break
            k = i - 1
            while k >= 0 and text[k].isspace():
                k -= 1
            operator = k > 0 and (
                (text[k] == ">" and text[k - 1] in ">-=")
                or (text[k] == "!" and not (text[k - 1].isalnum() or text[k - 1] == "_"))
            )
            if k >= 0 and (text[k].isalnum() or text[k] in "_)]>!") and not operator:
                break  # a call's or a macro's parentheses (`f(..)`, `m!(..)`, `T::<U>(..)`)
            lo, hi = i, j + 1
        return Span(lo + base, hi + base, span.ctxt)

    def expr_snippet(self, e: hir.Expr) -> str:
        """The source of `e` with the parentheses written around it (the HIR drops them)."""
        return self.snippet(self.paren_span(e.span))

    def from_expansion(self, span: Span) -> bool:
        """Made by a macro or a desugaring: clippy leaves such code alone."""
        return span.ctxt != 0

    def expr_from_expansion(self, e: hir.Expr) -> bool:
        """`e` (or its operator) was written by a macro: `$a * $b` has user operands but a
        macro's `*`."""
        if e.span.ctxt != 0:
            return True
        op_span = getattr(e, "op_span", None) or getattr(e, "eq_span", None)
        return isinstance(op_span, Span) and op_span.ctxt != 0

    def in_external_macro(self, span: Span) -> bool:
        """Made by a macro of another crate (std's `format!`, `vec!` ...)."""
        chain = self.hygiene.call_site_chain(span.ctxt)
        return any(d.crate in ("std", "core", "alloc") or d.kind == "builtin" for d in chain)

    def macro_name(self, span: Span) -> str | None:
        """The macro whose expansion `span` comes from directly (None: user code)."""
        d = self.hygiene.data(span.ctxt)
        return d.macro_name if d is not None else None

    def typeck(self) -> TypeckResults | None:
        if self.owner is None:
            return None
        res = self.results.get(self.owner)
        if res is None:
            outer = self.tcx.hir.owners.get(self.owner)
            res = self.results.get(outer) if outer is not None else None
        return res

    def ty(self, e: hir.Expr | HirId) -> t.Ty | None:
        """The type of an expression (or node) of the current body, None when unknown."""
        res = self.typeck()
        hid = e if isinstance(e, int) else e.hir_id
        if res is None or hid not in res.node_types:
            return None
        ty = res.node_types[hid]
        return None if ty.references_error or ty.has_infer else ty

    def ty_adjusted(self, e: hir.Expr) -> t.Ty | None:
        res = self.typeck()
        if res is None or e.hir_id not in res.node_types:
            return None
        ty = res.expr_ty_adjusted(e.hir_id)
        return None if ty.references_error or ty.has_infer else ty

    def method_def(self, e: hir.Expr) -> DefId | None:
        """The method a method call (or the function a path) resolved to."""
        res = self.typeck()
        if res is None:
            return None
        got = res.type_dependent_defs.get(e.hir_id)
        return got[1] if got is not None else None

    def def_path(self, def_id: DefId) -> str:
        return self.tcx.def_path_str(def_id)

    def ty_full(self, ty: t.Ty) -> str:
        """`ty` printed with full paths (`std::string::String`), as clippy prints types
        in some messages."""
        import dataclasses

        from ferric.resolve.defs import LOCAL_CRATE
        from ferric.ty import print as ty_print

        hooks = ty_print.HOOKS
        if hooks is None:
            return str(ty)
        tcx = self.tcx

        def full(d: DefId) -> str:
            if tcx.crate_of(d) == LOCAL_CRATE:
                return hooks.def_path(d)
            return tcx.defs.path_str(d, tcx.crate_names)

        ty_print.HOOKS = dataclasses.replace(hooks, def_path=full)
        try:
            return str(ty)
        finally:
            ty_print.HOOKS = hooks

    def is_copy_in(self, ty: t.Ty, owner: DefId) -> bool:
        """`is_copy` in the parameter environment of `owner`."""
        saved = self.owner
        self.owner = owner
        try:
            return self.is_copy(ty)
        finally:
            self.owner = saved

    def is_copy(self, ty: t.Ty) -> bool:
        owner = self.owner
        got = self._copy.get((owner, ty))
        if got is None:
            from ferric.pattern.check_match import TypeQueries

            got = owner is not None and TypeQueries(self.tcx, owner).is_copy(ty)
            self._copy[(owner, ty)] = got
        return got

    def has_inherent_method(self, ty: t.Ty, name: str) -> bool:
        """Whether an inherent impl of `ty` (references peeled) has an associated fn `name`."""
        from ferric.ty.context import simplify_type

        while isinstance(ty, t.Ref):
            ty = ty.pointee
        key = simplify_type(ty)
        if key is None:
            return False
        return any(self.tcx.find_assoc(impl, name) is not None for impl in self.tcx.inherent_impls(key))

    def assoc_parent_name(self, def_id: DefId) -> str | None:
        """For a method: its trait's name, or the name of its impl's self type's ADT
        (`Option`, `Vec`), or the builtin type's (`str`, `slice`)."""
        from ferric.resolve.defs import DefKind

        parent = self.tcx.parent(def_id)
        if parent is None:
            return None
        kind = self.tcx.def_kind(parent)
        if kind is DefKind.TRAIT:
            return self.tcx.item_name(parent)
        if kind is DefKind.IMPL:
            tr = self.tcx.impl_trait_ref(parent)
            if tr is not None:
                return self.tcx.item_name(tr.def_id)
            self_ty = self.tcx.type_of(parent)
            if isinstance(self_ty, t.Adt):
                return self.tcx.item_name(self_ty.def_id)
            return type(self_ty).__name__.lower()
        return None

    def is_method(self, e: hir.Expr, owner: str, name: str) -> bool:
        """`e` is a method call of `owner::name` (`Clone::clone`, `Option::unwrap`)."""
        if not isinstance(e, hir.MethodCallExpr) or e.segment.ident.name != name:
            return False
        d = self.method_def(e)
        return d is not None and self.assoc_parent_name(d) == owner
