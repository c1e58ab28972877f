"""The state of lowering one crate: ids, owners, ribs, and name lookup through the ribs.

`LoweringBase` is the bottom of the lowering stack (`path` ← `ty` ← `pat` ← `expr` ←
`item`, stacked as classes like the parser's). It holds what every construct needs:

- the resolver and the crate being lowered, the `HirCrate` being filled, the HirId counter
  (session-wide: std and the user crate share it);
- the current module (including block modules) and the current *owner* (the item whose
  body or signature is being lowered: new closures, anonymous consts, generic parameters
  and opaque types get it as their DefId parent);
- the ribs (see `scope.py`) and `resolve_ident_lexically`, rustc's
  `resolve_ident_in_lexical_scope`: locals and generic parameters from the ribs (with the
  errors of crossing an item or a constant border: E0401, E0434, E0435), then items of block
  modules, then the module, the extern prelude, the std prelude and primitive types.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.hir.lower.scope import (
    ANY_CTXT,
    LabelRib,
    LifetimeRib,
    LoopScope,
    Rib,
    RibKind,
)
from ferric.resolve.collect import Collector
from ferric.resolve.defs import (
    ERR_RES,
    PUBLIC,
    CtorKind,
    DefData,
    DefId,
    DefKind,
    DefRes,
    DefTable,
    HirId,
    LocalRes,
    Namespace,
    PrimTyRes,
    Res,
    SelfCtorRes,
    SelfTyAliasRes,
    SelfTyParamRes,
    Visibility,
)
from ferric.resolve.module import Binding, Module, ModuleKind
from ferric.resolve.resolver import TYPE_NS, VALUE_NS, CrateData, LookupResult, Resolver
from ferric.syntax import ast


class HirIdGen:
    """The session's HirId counter."""

    __slots__ = ("next",)

    def __init__(self, start: int = 1) -> None:
        self.next = start

    def fresh(self) -> HirId:
        n = self.next
        self.next = n + 1
        return HirId(n)


class PathSource(enum.Enum):
    """Where a path stands, which decides its namespace, what it may resolve to, and the
    error code when it does not (rustc's `PathSource`)."""

    TYPE = "type"
    TRAIT = "trait"
    EXPR = "expr"
    CALLEE = "callee"
    """The function of a call expression (`f(..)`): an EXPR reported as "function"."""
    PAT = "pat"
    STRUCT = "struct"
    TUPLE_STRUCT = "tuple_struct"
    TRAIT_ITEM_VALUE = "trait_item_value"
    TRAIT_ITEM_TYPE = "trait_item_type"

    @property
    def ns(self) -> Namespace:
        if self in (
            PathSource.TYPE,
            PathSource.TRAIT,
            PathSource.STRUCT,
            PathSource.TRAIT_ITEM_TYPE,
        ):
            return TYPE_NS
        return VALUE_NS

    @property
    def defer_to_typeck(self) -> bool:
        return self not in (
            PathSource.TRAIT,
            PathSource.TRAIT_ITEM_VALUE,
            PathSource.TRAIT_ITEM_TYPE,
        )


_TYPE_KINDS = frozenset(
    {
        DefKind.STRUCT,
        DefKind.UNION,
        DefKind.ENUM,
        DefKind.TRAIT,
        DefKind.TRAIT_ALIAS,
        DefKind.TY_ALIAS,
        DefKind.ASSOC_TY,
        DefKind.TY_PARAM,
        DefKind.OPAQUE_TY,
        DefKind.FOREIGN_TY,
    }
)
_VALUE_KINDS = frozenset(
    {
        DefKind.CTOR,
        DefKind.CONST,
        DefKind.STATIC,
        DefKind.FN,
        DefKind.ASSOC_FN,
        DefKind.ASSOC_CONST,
        DefKind.CONST_PARAM,
    }
)


def is_expected(source: PathSource, res: Res, defs: object) -> bool:
    """rustc's `PathSource::is_expected`."""
    assert isinstance(defs, DefTable)
    if source in (PathSource.TYPE, PathSource.TRAIT_ITEM_TYPE):
        if isinstance(res, PrimTyRes | SelfTyParamRes | SelfTyAliasRes):
            return True
        return isinstance(res, DefRes) and res.kind in _TYPE_KINDS
    if source is PathSource.TRAIT:
        return isinstance(res, DefRes) and res.kind in (DefKind.TRAIT, DefKind.TRAIT_ALIAS)
    if source in (PathSource.EXPR, PathSource.CALLEE, PathSource.TRAIT_ITEM_VALUE):
        if isinstance(res, LocalRes | SelfCtorRes):
            return True
        return isinstance(res, DefRes) and res.kind in _VALUE_KINDS
    if source is PathSource.PAT:
        if isinstance(res, SelfCtorRes):
            return True
        if isinstance(res, DefRes):
            if res.kind is DefKind.CTOR:
                return defs[res.def_id].ctor_kind is CtorKind.CONST
            return res.kind in (DefKind.CONST, DefKind.ASSOC_CONST)
        return False
    if source is PathSource.TUPLE_STRUCT:
        if isinstance(res, SelfCtorRes):
            return True
        return (
            isinstance(res, DefRes)
            and res.kind is DefKind.CTOR
            and defs[res.def_id].ctor_kind is CtorKind.FN
        )
    if source is PathSource.STRUCT:
        if isinstance(res, SelfTyParamRes | SelfTyAliasRes):
            return True
        return isinstance(res, DefRes) and res.kind in (
            DefKind.STRUCT,
            DefKind.UNION,
            DefKind.VARIANT,
            DefKind.TY_ALIAS,
            DefKind.ASSOC_TY,
        )
    return False


@dataclass(slots=True)
class ItemScope:
    """What the item being lowered provides to the names inside it."""

    self_res_ty: Res | None = None
    """What `Self` means in types."""
    self_res_value: Res | None = None
    trait_def: DefId | None = None
    """The trait being defined, or implemented by the impl being lowered."""
    impl_def: DefId | None = None
    in_trait_def: bool = False
    self_adt: DefId | None = None
    """The struct or union `Self` names (for "you might have meant `self.field`")."""
    impl_items: dict[str, ast.Item] | None = None
    """The items of the inherent impl being lowered, by name (for `Self::` suggestions)."""


class LoweringBase:
    """Shared state of the lowering of one crate (see the module docstring)."""

    def __init__(self, r: Resolver, crate: CrateData, out: hir.HirCrate, ids: HirIdGen) -> None:
        self.r = r
        self.defs = r.defs
        self.crate = crate
        self.out = out
        self.ids = ids
        self.collector = Collector(r, crate)
        self.module: Module = crate.root
        self.owner: DefId = crate.root.def_id
        self.item_owner: DefId = crate.root.def_id
        """The nearest item-like owner (not a closure or anonymous const)."""
        self.ribs: dict[Namespace, list[Rib]] = {TYPE_NS: [], VALUE_NS: []}
        self.label_ribs: list[LabelRib] = []
        self.loops: list[LoopScope] = []
        self.lt_ribs: list[LifetimeRib] = []
        self.scope = ItemScope()
        self.hygiene = r.psess.hygiene
        self.trait_cache: dict[tuple[int, DefId | None], tuple[DefId, ...]] = {}
        self.in_fn_body = False
        self.fn_has_self = False
        """The fn being lowered has a `self` parameter (for E0424's wording)."""
        self.in_closure = 0
        self.is_async_body = False
        self.local_spans: dict[HirId, Span] = {}
        """Local binding -> the span of its identifier (for suggestions)."""
        self.deferred: list[tuple[Diagnostic, bool]] = []
        """Late resolution errors, emitted after the crate's walk (rustc's "use
        injections"); True: stashed instead (see `late_diag._emit`)."""
        self.stashed: list[Diagnostic] = []
        """Errors rustc stashes for type checking: emitted last, in source order."""
        self.current_fn: ast.FnItem | None = None
        # What rustc's `DiagMetadata` remembers for error messages:
        self.current_item_ident: ast.Ident | None = None
        self.current_item_kind: str = ""
        self.current_item_generics: ast.Generics | None = None
        self.processing_generics = False
        """Inside generic arguments (`Vec<...>`)."""
        self.in_assignment_lhs: Span | None = None
        """The single-name left side of the assignment being lowered."""
        self.current_let: tuple[Span, Span | None, Span | None] | None = None
        """(pattern, type, initializer) spans of the `let` being lowered."""
        self.last_block_rib: Rib | None = None
        """The value rib of the block lowered last (its bindings just went out of scope)."""

    # -- ids and definitions ------------------------------------------------------------------

    def next_id(self) -> HirId:
        return self.ids.fresh()

    def new_def(
        self, kind: DefKind, name: str, span: Span, node: object = None, parent: DefId | None = None
    ) -> DefId:
        d = self.defs.add(
            DefData(
                kind,
                name,
                parent if parent is not None else self.owner,
                self.crate.num,
                span,
                PUBLIC,
                node,
            )
        )
        if kind in (DefKind.CLOSURE, DefKind.ANON_CONST, DefKind.INLINE_CONST, DefKind.OPAQUE_TY):
            self.out.owners[d] = self.item_owner
        return d

    def emit(self, diag: Diagnostic) -> None:
        self.r.emit(diag)

    def report_once(self, key: object) -> bool:
        """True the first time `key` is seen (errors rustc reports once per place)."""
        k = ("late", key)
        if k in self.r.errors_reported:
            return False
        self.r.errors_reported.add(k)  # type: ignore[arg-type]
        return True

    # -- ribs ---------------------------------------------------------------------------------

    @contextmanager
    def rib(self, ns: Namespace, kind: RibKind, rib: Rib | None = None) -> Iterator[Rib]:
        r = rib if rib is not None else Rib(kind)
        stack = self.ribs[ns]
        stack.append(r)
        try:
            yield r
        finally:
            stack.pop()

    @contextmanager
    def ribs_both(
        self, kind: RibKind, value: Rib | None = None, ty: Rib | None = None
    ) -> Iterator[tuple[Rib, Rib]]:
        v = value if value is not None else Rib(kind)
        t = ty if ty is not None else Rib(kind)
        self.ribs[VALUE_NS].append(v)
        self.ribs[TYPE_NS].append(t)
        try:
            yield v, t
        finally:
            self.ribs[VALUE_NS].pop()
            self.ribs[TYPE_NS].pop()

    @contextmanager
    def item_context(self, module: Module) -> Iterator[None]:
        """Lower an item of `module` from a clean slate (module-level items)."""
        saved = (
            self.module,
            self.ribs,
            self.label_ribs,
            self.loops,
            self.lt_ribs,
            self.scope,
            self.owner,
            self.item_owner,
            self.in_fn_body,
            self.fn_has_self,
            self.in_closure,
            self.current_fn,
        )
        self.module = module
        self.ribs = {
            TYPE_NS: [Rib(RibKind.MODULE, module=module)],
            VALUE_NS: [Rib(RibKind.MODULE, module=module)],
        }
        self.label_ribs = []
        self.loops = []
        self.lt_ribs = []
        self.scope = ItemScope()
        self.in_fn_body = False
        self.fn_has_self = False
        self.in_closure = 0
        self.current_fn = None
        try:
            yield
        finally:
            (
                self.module,
                self.ribs,
                self.label_ribs,
                self.loops,
                self.lt_ribs,
                self.scope,
                self.owner,
                self.item_owner,
                self.in_fn_body,
                self.fn_has_self,
                self.in_closure,
                self.current_fn,
            ) = saved

    def ctxt_of(self, ident: ast.Ident) -> int:
        return ident.span.ctxt

    def add_local(self, ident: ast.Ident, hir_id: HirId) -> None:
        rib = self.ribs[VALUE_NS][-1]
        rib.add(ident.name, ident.span.ctxt, LocalRes(hir_id), ident.span)
        self.local_spans[hir_id] = ident.span

    # -- lexical lookup -----------------------------------------------------------------------

    def resolve_ident_lexically(
        self, ident: ast.Ident, ns: Namespace, *, report: bool = True
    ) -> LookupResult:
        """A path's first name: ribs (innermost first), block modules, then the module and
        the preludes. Rib results come back as synthetic bindings (no module, public)."""
        name = ident.name
        ctxt = ident.span.ctxt if ns is VALUE_NS else ANY_CTXT
        if name == "Self":
            ctxt = ANY_CTXT
        ribs = self.ribs[ns]
        module = self.module
        for i in range(len(ribs) - 1, -1, -1):
            rib = ribs[i]
            bindings = rib.bindings
            res = None
            if bindings:
                res = bindings.get((name, ctxt))
                if res is None and ctxt != ANY_CTXT:
                    res = bindings.get((name, ANY_CTXT))
            if res is not None:
                if report:
                    res = self.validate_rib_res(ns, i, ident, res, rib)
                return Binding(
                    res,
                    PUBLIC,
                    rib.spans.get((name, ctxt), rib.spans.get((name, ANY_CTXT), DUMMY_SP)),
                )
            if rib.kind is RibKind.MACRO_DEF and ctxt != ANY_CTXT:
                data = self.hygiene.data(ctxt)
                if (
                    data is not None
                    and rib.macro_def is not None
                    and data.def_site == rib.macro_def
                ):
                    # The identifier came from this macro's definition: look further out
                    # as the definition's own tokens do (rustc's `remove_mark`).
                    ctxt = data.def_site.ctxt
                continue
            if rib.kind is RibKind.MODULE and rib.module is not None:
                m = rib.module
                if m.kind is ModuleKind.BLOCK:
                    b = self.r.resolve_ident_in_module(m, name, ns, self.module)
                    if isinstance(b, Binding):
                        return b
                    continue
                module = m
                break
        return self.r.early_resolve_ident(
            ident, ns, module.nearest_normal() if module.kind is ModuleKind.BLOCK else module
        )

    def validate_rib_res(
        self, ns: Namespace, index: int, ident: ast.Ident, res: Res, rib_found: Rib
    ) -> Res:
        """rustc's `validate_res_from_ribs`: a local or generic parameter seen across an item
        or constant border is an error."""
        ribs = self.ribs[ns]
        if isinstance(res, LocalRes):
            in_item = False
            for rib in ribs[index + 1 :]:
                if rib.kind in (RibKind.ITEM, RibKind.ASSOC_ITEM):
                    in_item = True
                elif rib.kind is RibKind.CONSTANT:
                    if self.report_once(("E0435", ident.span)):
                        self.report_non_constant(ident, res, rib)
                    return ERR_RES
            if in_item:
                if self.report_once(("E0434", ident.span)):
                    self.emit(
                        Diagnostic.error(
                            "can't capture dynamic environment in a fn item", ident.span, "E0434"
                        ).with_help("use the `|| { ... }` closure form instead")
                    )
                return ERR_RES
            return res
        is_param = isinstance(res, DefRes) and res.kind in (DefKind.TY_PARAM, DefKind.CONST_PARAM)
        is_self = isinstance(res, SelfTyParamRes | SelfTyAliasRes | SelfCtorRes)
        if not (is_param or is_self):
            return res
        for rib in ribs[index + 1 :]:
            if rib.kind is RibKind.ITEM:
                if self.report_once(("E0401", ident.span)):
                    self.report_outer_generic(ident, res, rib, rib_found)
                return ERR_RES
            if rib.kind is RibKind.FORWARD_BAN and ident.name in rib.banned:
                if self.report_once(("E0128", ident.span)):
                    self.emit(
                        Diagnostic.error(
                            "generic parameters with a default cannot use forward declared identifiers",
                            code="E0128",
                        ).with_primary(
                            ident.span, "defaulted generic parameters cannot be forward declared"
                        )
                    )
                return ERR_RES
            if rib.kind is RibKind.CONST_PARAM_TY and is_param:
                if self.report_once(("E0770", ident.span)):
                    self.emit(
                        Diagnostic.error(
                            "the type of const parameters must not depend on other generic parameters",
                            code="E0770",
                        ).with_primary(
                            ident.span,
                            "the type must not depend on the parameter `" + ident.name + "`",
                        )
                    )
                return ERR_RES
            if rib.kind is RibKind.CONSTANT and rib.const_kind == "anon" and is_param:
                if (
                    isinstance(res, DefRes)
                    and res.kind is DefKind.CONST_PARAM
                    and rib.is_anon_const_trivial
                ):
                    continue
                if self.report_once(("generic-const", ident.span)):
                    kind = (
                        "const"
                        if isinstance(res, DefRes) and res.kind is DefKind.CONST_PARAM
                        else "type"
                    )
                    d = Diagnostic.error("generic parameters may not be used in const operations")
                    d.with_primary(
                        ident.span, f"cannot perform const operation using `{ident.name}`"
                    )
                    d.with_note(f"{kind} parameters may not be used in const expressions")
                    d.with_help(
                        "add `#![feature(generic_const_exprs)]` to allow generic const expressions"
                    )
                    self.emit(d)
                return ERR_RES
        return res

    def report_non_constant(self, ident: ast.Ident, res: LocalRes, rib: Rib) -> None:
        """E0435, with rustc's suggestion: `const` for the `let` (an array length...), or
        `let` for the `const`/`static` item."""
        d = Diagnostic.error("attempt to use a non-constant value in a constant", code="E0435")
        d.with_primary(ident.span, "non-constant value")
        sm = self.r.psess.source_map
        if rib.item_ident is not None:
            target, suggestion, current = rib.item_ident, "let", rib.const_kind
            type_span = None
        else:
            decl = self.local_spans.get(res.hir_id)
            if decl is None:
                self.emit(d)
                return
            target = ast.Ident(name=ident.name, span=decl)
            suggestion, current = "const", "let"
            after = sm.snippet(Span(decl.hi, decl.hi + 64, decl.ctxt)) or ""
            type_span = None if after.lstrip().startswith(":") else decl.shrink_to_hi()
        before = (
            sm.snippet(Span(max(target.span.lo - 64, 0), target.span.lo, target.span.ctxt)) or ""
        )
        k = before.rfind(current)
        if k >= 0 and not target.span.ctxt:
            kw = Span(target.span.lo - (len(before) - k), target.span.lo, 0)
            parts = [(kw, f"{suggestion} ")]
            if type_span is not None:
                parts.append((type_span, ": /* Type */"))
            d.with_suggestion(
                f"consider using `{suggestion}` instead of `{current}`",
                parts,
                Applicability.HAS_PLACEHOLDERS,
            )
        self.emit(d)

    def report_outer_generic(self, ident: ast.Ident, res: Res, crossed: Rib, found: Rib) -> None:
        d = Diagnostic.error("can't use generic parameters from outer item", code="E0401")
        if isinstance(res, SelfTyParamRes | SelfTyAliasRes | SelfCtorRes):
            d.with_primary(ident.span, "use of `Self` from outer item")
            if crossed.item_ident is not None:
                d.with_label(
                    crossed.item_ident.span,
                    "`Self` used in this inner " + (crossed.item_kind or "item"),
                )
            if isinstance(res, SelfTyAliasRes):
                d.with_label(
                    self.r.defs[res.impl].span,
                    "`Self` type implicitly declared here, by this `impl`",
                )
            self.emit(d)
            return
        kind = "type" if isinstance(res, DefRes) and res.kind is DefKind.TY_PARAM else "const"
        d.with_primary(ident.span, "use of generic parameter from outer item")
        outer_span = found.spans.get((ident.name, ANY_CTXT))
        if outer_span is not None:
            d.with_label(outer_span, f"{kind} parameter from outer item")
        if crossed.item_ident is not None:
            d.with_label(
                crossed.item_ident.span,
                f"generic parameter used in this inner {crossed.item_kind or 'item'}",
            )
        d.with_note(
            "nested items are independent from their parent item for everything except for "
            "privacy and name resolution"
        )
        if crossed.item_span is not None:
            d.with_suggestion(
                "try introducing a local generic parameter here",
                [
                    (
                        Span(crossed.item_span.lo + 1, crossed.item_span.lo + 1, 0)
                        if crossed.has_generics
                        else crossed.item_span.shrink_to_hi(),
                        f"<{ident.name}>" if not crossed.has_generics else f"{ident.name}, ",
                    )
                ],
                Applicability.MAYBE_INCORRECT,
            )
        self.emit(d)

    # -- traits in scope ----------------------------------------------------------------------

    def traits_in_scope(self) -> tuple[DefId, ...]:
        key = (id(self.module), self.scope.trait_def)
        got = self.trait_cache.get(key)
        if got is None:
            base = self.r.traits_in_scope(self.module)
            t = self.scope.trait_def
            got = base if t is None or t in base else (t, *base)
            self.trait_cache[key] = got
        return got

    # -- small helpers ------------------------------------------------------------------------

    def lower_ident(self, ident: ast.Ident) -> hir.Ident:
        return ident

    def vis_of(self, vis: ast.Visibility) -> Visibility:
        return self.collector.resolve_vis(vis, self.module)
