"""Lowering types, generic parameters, bounds and lifetimes (with rustc's elision rules).

Types resolve their paths in the type namespace (`PathSource.TYPE`; a path naming a trait
becomes a bare trait object for type checking to judge). `impl Trait` depends on where it
stands (`ImplTraitContext`): in a fn's return type it is an opaque type (`OpaqueDefTy`,
a DefId of its own); in a fn's argument it becomes a synthetic type parameter of the fn
(with an `IMPL_TRAIT` predicate); elsewhere it is E0562.

Generic parameters get DefIds here and live in ITEM (or ASSOC_ITEM) ribs while the item is
lowered; inline bounds and where clauses become `Generics.predicates` in source order.

Lifetimes: named ones resolve through the lifetime ribs (E0261 when undeclared); `'static`
is STATIC; elided ones (`&T`, `'_`, a path with hidden lifetime parameters) get what the
innermost elision rib says: a fresh parameter in fn inputs and impl headers (numbered,
`Lifetime.fresh`), the elision rules' answer in a fn output (E0106 when there is none:
no input lifetime, or several without `&self`), `'static` in consts and statics, inferred
in bodies, and E0106 where elision is not allowed (struct fields, type aliases).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.hir.lower.context import PathSource
from ferric.hir.lower.path import PartialRes, PathLowering
from ferric.hir.lower.scope import ANY_CTXT, LifetimeRib, LifetimeRibKind, Rib, RibKind
from ferric.resolve.defs import (
    ERR_RES,
    DefId,
    DefKind,
    DefRes,
    ErrRes,
    PrimTyRes,
    Res,
    SelfTyAliasRes,
    SelfTyParamRes,
)
from ferric.resolve.resolver import TYPE_NS, VALUE_NS, Seg, segs_of
from ferric.syntax import ast


class ImplTraitContext(enum.Enum):
    RETURN = "return"
    UNIVERSAL = "universal"
    DISALLOWED = "disallowed"


@dataclass(slots=True)
class ElisionAnswer:
    """What an elided lifetime in a fn's output means (None fields: elision failed)."""

    lifetime: hir.Lifetime | None
    failed: bool = False
    input_lifetimes: int = 0
    param_infos: list[tuple[str | None, int, Span]] = field(default_factory=list)
    """(parameter name, number of lifetimes in its type, its type's span)."""
    missing: list[Span] = field(default_factory=list)
    """Elided lifetimes of the output that found no answer (one E0106 for all)."""
    all_inputs_missing: list[tuple[Span, str]] = field(default_factory=list)
    """Elided lifetimes of the inputs (for the "introduce a named lifetime" suggestion):
    (span, kind) with kind "ref" (`&`), "underscore" (`'_`), "path" (hidden in a path)."""


@dataclass(slots=True)
class GenericScope:
    owner: DefId
    params: list[hir.GenericParam] = field(default_factory=list)
    predicates: list[hir.WherePredicate] = field(default_factory=list)
    type_rib: Rib | None = None
    value_rib: Rib | None = None
    lt_rib: LifetimeRib | None = None
    span: Span = field(default_factory=lambda: Span(0, 0))
    has_where: bool = False
    where_span: Span | None = None
    generics_ast: ast.Generics | None = None

    def finish(self) -> hir.Generics:
        return hir.Generics(
            params=tuple(self.params),
            predicates=tuple(self.predicates),
            has_where_clause=self.has_where,
            where_span=self.where_span,
            span=self.span,
        )


class TyLowering(PathLowering):
    """Types, generics, bounds, lifetimes."""

    itctx: ImplTraitContext = ImplTraitContext.DISALLOWED
    binding_itctx: ImplTraitContext | None = None
    """While the bounds of a return-position `impl Trait` are lowered: the context of an
    associated type binding's type (`impl Iterator<Item = impl Display>` nests an opaque
    type); None elsewhere, and inside generic arguments."""
    itctx_position: str = "the type of variable bindings"
    generic_scope: GenericScope | None = None
    elision_candidates: list[tuple[object, Span, str]] | None = None
    """While lowering one fn input: each lifetime's resolution key, span and kind."""

    # -- lifetimes ----------------------------------------------------------------------------

    def lower_lifetime(
        self, lt: ast.Lifetime | None, span: Span, *, kind: str = "ref"
    ) -> hir.Lifetime:
        """`lt` as written (None: elided at `span`)."""
        if lt is None:
            return self.resolve_elided(span, "", kind)
        name = lt.ident.name
        sp = lt.ident.span
        if name == "'static":
            self._candidate(("static",), sp, "named")
            return hir.Lifetime(
                hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.STATIC, span=sp
            )
        if name == "'_":
            return self.resolve_elided(sp, name, "underscore")
        for i in range(len(self.lt_ribs) - 1, -1, -1):
            rib = self.lt_ribs[i]
            got = rib.params.get(name)
            if got is not None:
                self._candidate(("param", got[0]), sp, "named")
                return hir.Lifetime(
                    hir_id=self.next_id(),
                    name=name,
                    res=hir.LifetimeResKind.PARAM,
                    def_id=got[0],
                    span=sp,
                )
            if rib.kind is LifetimeRibKind.ITEM:
                break
        self.report_undeclared_lifetime(lt)
        return hir.Lifetime(
            hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.ERROR, span=sp
        )

    def _candidate(self, key: object, span: Span, kind: str) -> None:
        if self.elision_candidates is not None:
            self.elision_candidates.append((key, span, kind))

    def resolve_elided(self, span: Span, name: str, kind: str) -> hir.Lifetime:
        for i in range(len(self.lt_ribs) - 1, -1, -1):
            rib = self.lt_ribs[i]
            k = rib.kind
            if k is LifetimeRibKind.GENERICS:
                continue
            if k is LifetimeRibKind.ELISION_FRESH:
                n = len(rib.fresh)
                rib.fresh.append(span)
                self._candidate(("fresh", id(rib), n), span, kind)
                return hir.Lifetime(
                    hir_id=self.next_id(),
                    name=name,
                    res=hir.LifetimeResKind.ELIDED,
                    fresh=n,
                    span=span,
                )
            if k is LifetimeRibKind.ELISION_OUTPUT:
                ans = rib.output_res
                if isinstance(ans, ElisionAnswer) and ans.lifetime is not None:
                    t = ans.lifetime
                    return hir.Lifetime(
                        hir_id=self.next_id(),
                        name=name,
                        res=t.res,
                        def_id=t.def_id,
                        fresh=t.fresh,
                        span=span,
                    )
                if isinstance(ans, ElisionAnswer):
                    ans.missing.append(span)
                return hir.Lifetime(
                    hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.ERROR, span=span
                )
            if k is LifetimeRibKind.ANON_ERROR:
                self.report_missing_lifetime([span], None, kind)
                return hir.Lifetime(
                    hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.ERROR, span=span
                )
            if k is LifetimeRibKind.STATIC:
                return hir.Lifetime(
                    hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.STATIC, span=span
                )
            if k in (LifetimeRibKind.INFER, LifetimeRibKind.CONSTANT):
                return hir.Lifetime(
                    hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.INFER, span=span
                )
            if k is LifetimeRibKind.ITEM:
                break
        return hir.Lifetime(
            hir_id=self.next_id(), name=name, res=hir.LifetimeResKind.INFER, span=span
        )

    def report_undeclared_lifetime(self, lt: ast.Lifetime) -> None:
        sp = lt.ident.span
        if not self.report_once(("E0261", sp)):
            return
        name = lt.ident.name
        d = Diagnostic.error(
            f"use of undeclared lifetime name `{name}`", code="E0261"
        ).with_primary(sp, "undeclared lifetime")
        g = self.generic_scope.generics_ast if self.generic_scope is not None else None
        at = self.lifetime_intro_span
        if at is not None:
            where, has_params = at
            if has_params:
                d.with_suggestion(
                    f"consider introducing lifetime `{name}` here",
                    [(where, f"{name}, ")],
                    Applicability.MAYBE_INCORRECT,
                )
            else:
                d.with_suggestion(
                    f"consider introducing lifetime `{name}` here",
                    [(where, f"<{name}>")],
                    Applicability.MAYBE_INCORRECT,
                )
        _ = g
        self.emit(d)

    def _bare_trait_object(self, span: Span) -> None:
        """E0782: a trait written where a type goes, without `dyn` (edition 2021 on)."""
        d = Diagnostic.error("expected a type, found a trait", span, "E0782")
        d.with_suggestion(
            "you can add the `dyn` keyword if you want a trait object",
            [(span.shrink_to_lo(), "dyn ")],
            Applicability.MACHINE_APPLICABLE,
        )
        self.emit(d)

    lifetime_intro_span: tuple[Span, bool] | None = None
    """Where "consider introducing lifetime" inserts (`<'a>` or `'a, `)."""

    def report_missing_lifetime(
        self, spans: list[Span], answer: ElisionAnswer | None, kind: str
    ) -> None:
        """E0106 for elided lifetimes with no meaning (one error for a fn output's)."""
        if not spans or not self.report_once(("E0106", spans[0])):
            return
        n = len(spans)
        d = Diagnostic.error(
            "missing lifetime specifier" if n == 1 else "missing lifetime specifiers", code="E0106"
        )
        for sp in spans:
            d.with_primary(
                sp,
                "expected named lifetime parameter",
            )
        if n > 1:
            d.labels = [lb for lb in d.labels if lb.message]
        if answer is not None:
            if answer.input_lifetimes == 0:
                fn_item = self._fn_inputs is not None
                if (answer.param_infos or self._fn_has_params) and not fn_item:
                    d.with_help(
                        "this function's return type contains a borrowed value with an elided lifetime, but the lifetime cannot be derived from the arguments"
                    )
                else:
                    d.with_help(
                        "this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
                    )
                sugg = [
                    (
                        sp.shrink_to_hi() if _is_amp(self, sp) else sp,
                        "'static " if _is_amp(self, sp) else "'static",
                    )
                    for sp in spans
                ]
                d.with_suggestion(
                    "consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`"
                    if fn_item
                    else "consider using the `'static` lifetime, but this is likely not what you want",
                    sugg,
                    Applicability.MAYBE_INCORRECT,
                )
                if fn_item and len(spans) == 1 and _is_amp(self, spans[0]):
                    self._suggest_owned(d, spans[0])
            else:
                names = [
                    f"`{nm}`" if nm else "argument " + str(i + 1)
                    for i, (nm, _c, _s) in enumerate(answer.param_infos)
                ]
                for _nm, _c, tsp in answer.param_infos:
                    d.with_label(tsp, "")
                if len(answer.param_infos) == 1:
                    nm = answer.param_infos[0][0]
                    d.with_help(
                        f"this function's return type contains a borrowed value, but the signature does not say which one of {('`' + nm + '`') if nm else 'argument 1'}'s {answer.input_lifetimes} lifetimes it is borrowed from"
                    )
                else:
                    listed = ", ".join(names[:-1]) + " or " + names[-1]
                    d.with_help(
                        f"this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from {listed}"
                    )
                self._suggest_named_lifetime(d, spans, answer)
        else:
            self._suggest_named_lifetime(d, spans, None)
        self.emit(d)

    _fn_has_params: bool = False
    _fn_inputs: list[ast.Ty] | None = None
    _fn_output: object = None

    def _ref_ty_at(self, amp: Span) -> ast.RefTy | None:
        """The `&T` of the fn's written output whose `&` is at `amp`."""
        stack: list[object] = [self._fn_output]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.RefTy) and node.span.lo == amp.lo:
                return node
            if node is None or isinstance(node, str | int | bool | Span):
                continue
            for slot in getattr(type(node), "__slots__", ()):
                v = getattr(node, slot, None)
                if isinstance(v, tuple | list):
                    stack.extend(v)
                elif hasattr(type(v), "__dataclass_fields__"):
                    stack.append(v)
        return None

    def _suggest_owned(self, d: Diagnostic, amp: Span) -> None:
        """A fn returning `&T` with nothing to borrow from: borrow the arguments, or return
        an owned `T` (`String` for `&str`), as rustc suggests."""
        inputs = self._fn_inputs or []
        ref = self._ref_ty_at(amp)
        if ref is None:
            return
        if inputs:
            one = len(inputs) == 1
            d.with_suggestion(
                "instead, you are more likely to want to change "
                f"{'the argument' if one else 'one of the arguments'} to be borrowed...",
                [(ty.span.shrink_to_lo(), "&") for ty in inputs],
                Applicability.MAYBE_INCORRECT,
            )
            what = "...or alternatively, you might want to return an owned value"
        else:
            what = "instead, you are more likely to want to return an owned value"
        inner = self.r.psess.source_map.snippet(ref.ty.span)
        if not inner:
            return
        owned = "String" if inner == "str" else inner
        d.with_suggestion(what, [(ref.span, owned)], Applicability.MAYBE_INCORRECT)

    def _suggest_named_lifetime(
        self, d: Diagnostic, spans: list[Span], answer: ElisionAnswer | None
    ) -> None:
        at = self.lifetime_intro_span
        if at is None:
            return
        where, has_params = at
        parts: list[tuple[Span, str]] = [(where, "'a, " if has_params else "<'a>")]
        extra = answer.all_inputs_missing if answer is not None else []
        for sp, kind in sorted([*extra, *((s, "ref") for s in spans)], key=lambda x: x[0].lo):
            if kind == "underscore":
                parts.append((sp, "'a"))
            elif _is_amp(self, sp):
                parts.append((sp.shrink_to_hi(), "'a "))
            else:
                parts.append((sp.shrink_to_hi(), "<'a>"))
        d.with_suggestion(
            "consider introducing a named lifetime parameter", parts, Applicability.MAYBE_INCORRECT
        )

    @contextmanager
    def lt_rib(
        self, kind: LifetimeRibKind, rib: LifetimeRib | None = None
    ) -> Iterator[LifetimeRib]:
        r = rib if rib is not None else LifetimeRib(kind)
        self.lt_ribs.append(r)
        try:
            yield r
        finally:
            self.lt_ribs.pop()

    # -- generics -----------------------------------------------------------------------------

    @contextmanager
    def generics(
        self,
        g: ast.Generics | None,
        owner: DefId,
        *,
        rib_kind: RibKind = RibKind.ITEM,
        item_kind: str = "item",
        item_span: Span | None = None,
        self_params: dict[str, Res] | None = None,
        item_ident: ast.Ident | None = None,
    ) -> Iterator[GenericScope]:
        """Declare `g`'s parameters (DefIds, ribs) for the duration; lower its bounds and
        where clauses into the yielded scope (`finish()` gives the HIR generics)."""
        gs = GenericScope(owner, generics_ast=g)
        tr = Rib(
            rib_kind, has_generics=bool(g and g.params), item_kind=item_kind, item_span=item_span
        )
        vr = Rib(
            rib_kind, has_generics=bool(g and g.params), item_kind=item_kind, item_span=item_span
        )
        lr = LifetimeRib(LifetimeRibKind.GENERICS)
        gs.type_rib, gs.value_rib, gs.lt_rib = tr, vr, lr
        if self_params:
            for name, res in self_params.items():
                (tr if name != "Self#value" else vr).add(
                    "Self", ANY_CTXT, res, item_span or Span(0, 0)
                )
        params: list[tuple[ast.GenericParam, DefId]] = []
        seen: dict[str, Span] = {}
        if g is not None:
            gs.span = g.span
            gs.has_where = g.where_clause.has_where_token
            gs.where_span = g.where_clause.span if g.where_clause.has_where_token else None
            for p in g.params:
                name = p.ident.name
                if name in seen and name != "_":
                    self.report_duplicate_param(p.ident, seen[name])
                seen.setdefault(name, p.ident.span)
                if p.kind is ast.GenericParamKind.LIFETIME:
                    if name in ("'static", "'_"):
                        self.emit(
                            Diagnostic.error(
                                f"invalid lifetime parameter name: `{name}`", code="E0262"
                            ).with_primary(p.ident.span, f"{name} is a reserved lifetime name")
                        )
                    d = self.new_def(DefKind.LIFETIME_PARAM, name, p.ident.span, p, parent=owner)
                    lr.params.setdefault(name, (d, p.ident.span))
                elif p.kind is ast.GenericParamKind.TYPE:
                    d = self.new_def(DefKind.TY_PARAM, name, p.ident.span, p, parent=owner)
                    tr.add(name, ANY_CTXT, DefRes(DefKind.TY_PARAM, d), p.ident.span) if (
                        name,
                        ANY_CTXT,
                    ) not in tr.bindings else None
                else:
                    d = self.new_def(DefKind.CONST_PARAM, name, p.ident.span, p, parent=owner)
                    vr.add(name, ANY_CTXT, DefRes(DefKind.CONST_PARAM, d), p.ident.span) if (
                        name,
                        ANY_CTXT,
                    ) not in vr.bindings else None
                self.r.node_defs[p.id] = d
                params.append((p, d))
        saved_scope = self.generic_scope
        saved_intro = self.lifetime_intro_span
        self.generic_scope = gs
        if item_span is not None and g is not None:
            if g.params:
                self.lifetime_intro_span = (Span(g.span.lo + 1, g.span.lo + 1, g.span.ctxt), True)
            else:
                self.lifetime_intro_span = (Span(item_span.hi, item_span.hi, item_span.ctxt), False)
        self.ribs[TYPE_NS].append(tr)
        self.ribs[VALUE_NS].append(vr)
        self.lt_ribs.append(lr)
        try:
            names_after = [p.ident.name for p, _ in params]
            for idx, (p, d) in enumerate(params):
                gs.params.append(self.lower_generic_param(p, d, frozenset(names_after[idx:])))
            if g is not None:
                for p, d in params:
                    if p.bounds:
                        self.lower_param_bounds(p, d, gs)
                for pred in g.where_clause.predicates:
                    gs.predicates.append(self.lower_where_predicate(pred))
            yield gs
        finally:
            self.ribs[TYPE_NS].pop()
            self.ribs[VALUE_NS].pop()
            self.lt_ribs.pop()
            self.generic_scope = saved_scope
            self.lifetime_intro_span = saved_intro

    def report_duplicate_param(self, ident: ast.Ident, first: Span) -> None:
        name = ident.name
        d = Diagnostic.error(
            f"the name `{name}` is already used for a generic parameter in this item's generic parameters",
            code="E0403",
        )
        d.with_primary(ident.span, "already used")
        d.with_label(first, f"first use of `{name}`")
        self.emit(d)

    def lower_generic_param(
        self, p: ast.GenericParam, def_id: DefId, banned: frozenset[str]
    ) -> hir.GenericParam:
        kind = {
            ast.GenericParamKind.LIFETIME: hir.GenericParamKind.LIFETIME,
            ast.GenericParamKind.TYPE: hir.GenericParamKind.TYPE,
            ast.GenericParamKind.CONST: hir.GenericParamKind.CONST,
        }[p.kind]
        default = None
        const_ty = None
        const_default = None
        if p.default is not None:
            with self.rib(TYPE_NS, RibKind.FORWARD_BAN, Rib(RibKind.FORWARD_BAN, banned=banned)):
                default = self.lower_ty(p.default)
        if p.const_ty is not None:
            with (
                self.rib(TYPE_NS, RibKind.CONST_PARAM_TY),
                self.rib(VALUE_NS, RibKind.CONST_PARAM_TY),
            ):
                const_ty = self.lower_ty(p.const_ty)
        if p.const_default is not None:
            with self.rib(VALUE_NS, RibKind.FORWARD_BAN, Rib(RibKind.FORWARD_BAN, banned=banned)):
                const_default = self.lower_anon_const_arg(
                    p.const_default, p.const_default.value.span
                )
        return hir.GenericParam(
            def_id=def_id,
            hir_id=self.next_id(),
            name=p.ident,
            kind=kind,
            default=default,
            const_ty=const_ty,
            const_default=const_default,
            span=p.span,
        )

    def param_ty(self, name: ast.Ident, def_id: DefId, span: Span) -> hir.Ty:
        res = DefRes(DefKind.TY_PARAM, def_id)
        seg = hir.PathSegment(ident=name, res=res, hir_id=self.next_id())
        path = hir.Path(res=res, segments=(seg,), span=span)
        return hir.PathTy(
            hir_id=self.next_id(),
            qpath=hir.ResolvedPath(qself=None, path=path, span=span),
            span=span,
        )

    def lower_param_bounds(self, p: ast.GenericParam, def_id: DefId, gs: GenericScope) -> None:
        if p.kind is ast.GenericParamKind.LIFETIME:
            lt = hir.Lifetime(
                hir_id=self.next_id(),
                name=p.ident.name,
                res=hir.LifetimeResKind.PARAM,
                def_id=def_id,
                span=p.ident.span,
            )
            gs.predicates.append(
                hir.RegionPredicate(
                    lifetime=lt,
                    bounds=self.lower_bounds(p.bounds),
                    in_where_clause=False,
                    span=p.span,
                )
            )
            return
        bounded = self.param_ty(p.ident, def_id, p.ident.span)
        gs.predicates.append(
            hir.BoundPredicate(
                bound_generic_params=(),
                bounded_ty=bounded,
                bounds=self.lower_bounds(p.bounds),
                origin=hir.PredicateOrigin.GENERIC_PARAM,
                span=p.span,
            )
        )

    def lower_where_predicate(self, pred: ast.WherePredicate) -> hir.WherePredicate:
        if isinstance(pred, ast.BoundPredicate):
            with self.binder(pred.bound_generic_params) as params:
                return hir.BoundPredicate(
                    bound_generic_params=params,
                    bounded_ty=self.lower_ty(pred.bounded_ty),
                    bounds=self.lower_bounds(pred.bounds),
                    origin=hir.PredicateOrigin.WHERE_CLAUSE,
                    span=pred.span,
                )
        if isinstance(pred, ast.RegionPredicate):
            return hir.RegionPredicate(
                lifetime=self.lower_lifetime(pred.lifetime, pred.lifetime.ident.span),
                bounds=self.lower_bounds(pred.bounds),
                in_where_clause=True,
                span=pred.span,
            )
        return hir.EqPredicate(
            lhs_ty=self.lower_ty(pred.lhs_ty), rhs_ty=self.lower_ty(pred.rhs_ty), span=pred.span
        )

    @contextmanager
    def binder(
        self, params: tuple[ast.GenericParam, ...]
    ) -> Iterator[tuple[hir.GenericParam, ...]]:
        """`for<'a, ...>`: lifetime parameters in scope for the duration."""
        if not params:
            yield ()
            return
        lr = LifetimeRib(LifetimeRibKind.GENERICS)
        out: list[hir.GenericParam] = []
        for p in params:
            kind = (
                DefKind.LIFETIME_PARAM
                if p.kind is ast.GenericParamKind.LIFETIME
                else DefKind.TY_PARAM
            )
            d = self.new_def(kind, p.ident.name, p.ident.span, p)
            if p.kind is ast.GenericParamKind.LIFETIME:
                lr.params.setdefault(p.ident.name, (d, p.ident.span))
            out.append(
                hir.GenericParam(
                    def_id=d,
                    hir_id=self.next_id(),
                    name=p.ident,
                    kind=hir.GenericParamKind.LIFETIME
                    if p.kind is ast.GenericParamKind.LIFETIME
                    else hir.GenericParamKind.TYPE,
                    span=p.span,
                )
            )
        self.lt_ribs.append(lr)
        try:
            yield tuple(out)
        finally:
            self.lt_ribs.pop()

    # -- bounds -------------------------------------------------------------------------------

    def lower_bounds(self, bounds: tuple[ast.GenericBound, ...]) -> tuple[hir.GenericBound, ...]:
        out: list[hir.GenericBound] = []
        for b in bounds:
            if isinstance(b, ast.TraitBound):
                out.append(hir.TraitBound(poly=self.lower_poly_trait_ref(b.poly), span=b.span))
            elif isinstance(b, ast.OutlivesBound):
                out.append(
                    hir.OutlivesBound(
                        lifetime=self.lower_lifetime(b.lifetime, b.lifetime.ident.span), span=b.span
                    )
                )
            else:
                args: list[hir.Lifetime | hir.Ident] = []
                for a in b.args:
                    if isinstance(a, ast.Lifetime):
                        args.append(self.lower_lifetime(a, a.ident.span))
                    else:
                        args.append(a)
                out.append(hir.UseBound(args=tuple(args), span=b.span))
        return tuple(out)

    def lower_poly_trait_ref(self, poly: ast.PolyTraitRef) -> hir.PolyTraitRef:
        polarity = {
            ast.BoundPolarity.POSITIVE: hir.BoundPolarity.POSITIVE,
            ast.BoundPolarity.MAYBE: hir.BoundPolarity.MAYBE,
            ast.BoundPolarity.NEGATIVE: hir.BoundPolarity.NEGATIVE,
        }[poly.polarity]
        with self.binder(poly.bound_generic_params) as params:
            tref = self.lower_trait_ref(poly.trait_ref)
        return hir.PolyTraitRef(
            bound_generic_params=params, trait_ref=tref, polarity=polarity, span=poly.span
        )

    def lower_trait_ref(self, tref: ast.TraitRef) -> hir.TraitRef:
        segs = segs_of(tref.path)
        pres = self.smart_resolve_segs(None, segs, PathSource.TRAIT, tref.path.span)
        return hir.TraitRef(path=self.lower_path(tref.path, pres), hir_id=self.next_id())

    # -- generic arguments --------------------------------------------------------------------

    def lower_generic_args(self, args: ast.GenericArgs, span: Span) -> hir.GenericArgs:
        if isinstance(args, ast.ParenthesizedArgs):
            with self.lt_rib(LifetimeRibKind.ELISION_FRESH) as fr:
                saved = self.elision_candidates
                self.elision_candidates = []
                inputs = tuple(self.lower_ty(t) for t in args.inputs)
                cands = self.elision_candidates
                self.elision_candidates = saved
            tup = hir.TupleTy(hir_id=self.next_id(), elems=inputs, span=args.span)
            distinct = {c[0] for c in cands}
            ans = ElisionAnswer(None)
            if len(distinct) == 1:
                key, sp, _k = cands[0]
                ans.lifetime = _lifetime_for_key(self, key, sp)
            ans.input_lifetimes = len(distinct)
            out_rib = LifetimeRib(LifetimeRibKind.ELISION_OUTPUT, output_res=ans)
            _ = fr
            with self.lt_rib(LifetimeRibKind.ELISION_OUTPUT, out_rib):
                if isinstance(args.output, ast.DefaultRetTy):
                    out_ty: hir.Ty = hir.TupleTy(
                        hir_id=self.next_id(), elems=(), span=args.output.span
                    )
                else:
                    out_ty = self.lower_ty(args.output)
            if ans.missing:
                self.report_missing_lifetime(ans.missing, ans, "ref")
            out_span = args.output.span
            constraint = hir.AssocItemConstraint(
                ident=ast.Ident(name="Output", span=out_span),
                gen_args=None,
                ty=out_ty,
                hir_id=self.next_id(),
                span=out_span,
            )
            return hir.GenericArgs(
                args=(hir.TypeArg(ty=tup),),
                constraints=(constraint,),
                parenthesized=True,
                span=args.span,
            )
        out_args: list[hir.GenericArg] = []
        constraints: list[hir.AssocItemConstraint] = []
        saved_processing = self.processing_generics
        self.processing_generics = True
        try:
            return self._lower_angle_args(args, out_args, constraints)
        finally:
            self.processing_generics = saved_processing

    def _lower_angle_args(
        self,
        args: ast.AngleBracketedArgs,
        out_args: list[hir.GenericArg],
        constraints: list[hir.AssocItemConstraint],
    ) -> hir.GenericArgs:
        for a in args.args:
            if isinstance(a, ast.LifetimeArg):
                out_args.append(
                    hir.LifetimeArg(lifetime=self.lower_lifetime(a.lifetime, a.lifetime.ident.span))
                )
            elif isinstance(a, ast.TypeArg):
                as_const = self.type_arg_as_const(a.ty)
                saved_binding, self.binding_itctx = self.binding_itctx, None
                try:
                    arg = as_const if as_const is not None else hir.TypeArg(ty=self.lower_ty(a.ty))
                finally:
                    self.binding_itctx = saved_binding
                out_args.append(arg)
            elif isinstance(a, ast.ConstArg):
                out_args.append(self.lower_anon_const_arg(a.value, a.span))
            else:
                constraints.append(self.lower_constraint(a))
        return hir.GenericArgs(args=tuple(out_args), constraints=tuple(constraints), span=args.span)

    def type_arg_as_const(self, ty: ast.Ty) -> hir.ConstArg | None:
        """`Foo<N>` where `N` names a constant, not a type: a const argument."""
        if not isinstance(ty, ast.PathTy) or ty.qself is not None:
            return None
        path = ty.path
        if len(path.segments) != 1 or path.segments[0].args is not None or path.is_global:
            return None
        segs = segs_of(path)
        ident = segs[0].ident
        if self.resolve_ident_lexically(ident, TYPE_NS, report=False) is not None:
            return None
        b = self.resolve_ident_lexically(ident, VALUE_NS, report=False)
        if b is None or not isinstance(getattr(b, "res", None), DefRes):
            return None
        pres = self.smart_resolve_segs(None, segs, PathSource.EXPR, path.span)
        qpath = self.build_qpath(None, path, segs, pres, PathSource.EXPR)
        return hir.ConstArg(body=None, path=qpath, hir_id=self.next_id(), span=ty.span)

    def lower_constraint(self, c: ast.AssocItemConstraint) -> hir.AssocItemConstraint:
        gen_args = self.lower_generic_args(c.gen_args, c.span) if c.gen_args is not None else None
        ty = None
        const = None
        bounds: tuple[hir.GenericBound, ...] = ()
        if isinstance(c.term, ast.AnonConst):
            const = self.lower_anon_const_arg(c.term, c.span)
        elif c.term is not None and self.binding_itctx is not None:
            with self.impl_trait_context(self.binding_itctx):
                ty = self.lower_ty(c.term)
        elif c.term is not None:
            ty = self.lower_ty(c.term)
        if c.bounds is not None:
            bounds = self.lower_bounds(c.bounds)
        return hir.AssocItemConstraint(
            ident=c.ident,
            gen_args=gen_args,
            ty=ty,
            const=const,
            bounds=bounds,
            hir_id=self.next_id(),
            span=c.span,
        )

    # Provided by the expression lowering.
    def lower_anon_const_arg(self, c: ast.AnonConst, span: Span) -> hir.ConstArg:
        raise NotImplementedError

    # -- types --------------------------------------------------------------------------------

    @contextmanager
    def impl_trait_context(self, ctx: ImplTraitContext, position: str = "") -> Iterator[None]:
        saved = (self.itctx, self.itctx_position)
        self.itctx = ctx
        if position:
            self.itctx_position = position
        try:
            yield
        finally:
            self.itctx, self.itctx_position = saved

    def lower_ty(self, ty: ast.Ty) -> hir.Ty:
        sp = ty.span
        if isinstance(ty, ast.PathTy):
            return self.lower_path_ty(ty)
        if isinstance(ty, ast.RefTy):
            lt = self.lower_lifetime(
                ty.lifetime,
                Span(sp.lo, sp.lo + 1, sp.ctxt) if ty.lifetime is None else ty.lifetime.ident.span,
            )
            return hir.RefTy(
                hir_id=self.next_id(), lifetime=lt, mutbl=ty.mutbl, ty=self.lower_ty(ty.ty), span=sp
            )
        if isinstance(ty, ast.ParenTy):
            return self.lower_ty(ty.ty)
        if isinstance(ty, ast.TupleTy):
            return hir.TupleTy(
                hir_id=self.next_id(), elems=tuple(self.lower_ty(t) for t in ty.elems), span=sp
            )
        if isinstance(ty, ast.SliceTy):
            return hir.SliceTy(hir_id=self.next_id(), elem=self.lower_ty(ty.elem), span=sp)
        if isinstance(ty, ast.ArrayTy):
            elem = self.lower_ty(ty.elem)
            return hir.ArrayTy(
                hir_id=self.next_id(),
                elem=elem,
                len=self.lower_anon_const_arg(ty.len, ty.len.value.span),
                span=sp,
            )
        if isinstance(ty, ast.PtrTy):
            return hir.PtrTy(
                hir_id=self.next_id(), mutbl=ty.mutbl, ty=self.lower_ty(ty.ty), span=sp
            )
        if isinstance(ty, ast.NeverTy):
            return hir.NeverTy(hir_id=self.next_id(), span=sp)
        if isinstance(ty, ast.InferTy):
            return hir.InferTy(hir_id=self.next_id(), span=sp)
        if isinstance(ty, ast.ImplicitSelfTy):
            return self.self_ty_path(sp)
        if isinstance(ty, ast.TraitObjectTy):
            if ty.syntax is not ast.TraitObjectSyntax.DYN and self.crate.edition >= 2021:
                # (rustc then lowers no type: an error type, so nothing more is said of it.)
                self._bare_trait_object(ty.span)
                return hir.ErrTy(hir_id=self.next_id(), span=sp)
            return self.lower_trait_object(
                ty.bounds, sp, dyn_written=ty.syntax is ast.TraitObjectSyntax.DYN
            )
        if isinstance(ty, ast.ImplTraitTy):
            return self.lower_impl_trait(ty)
        if isinstance(ty, ast.BareFnTy):
            return self.lower_bare_fn(ty)
        return hir.ErrTy(hir_id=self.next_id(), span=sp)

    def self_ty_path(self, sp: Span) -> hir.Ty:
        res = self.scope.self_res_ty if self.scope.self_res_ty is not None else ERR_RES
        seg = hir.PathSegment(ident=ast.Ident(name="Self", span=sp), res=res, hir_id=self.next_id())
        path = hir.Path(res=res, segments=(seg,), span=sp)
        return hir.PathTy(
            hir_id=self.next_id(), qpath=hir.ResolvedPath(qself=None, path=path, span=sp), span=sp
        )

    def lower_path_ty(self, ty: ast.PathTy) -> hir.Ty:
        path = ty.path
        segs = segs_of(path)
        pres = self.smart_resolve_segs(ty.qself, segs, PathSource.TYPE, path.span)
        base = pres.base
        if (
            pres.unresolved == 0
            and ty.qself is None
            and isinstance(base, DefRes)
            and base.kind in (DefKind.TRAIT, DefKind.TRAIT_ALIAS)
        ):
            # A bare trait in type position: a trait object, an error since edition 2021
            # (lowered as an error type, as rustc).
            if self.crate.edition >= 2021:
                self._bare_trait_object(ty.span)
                return hir.ErrTy(hir_id=self.next_id(), span=ty.span)
            tref = hir.TraitRef(path=self.lower_path(path, pres), hir_id=self.next_id())
            poly = hir.PolyTraitRef(bound_generic_params=(), trait_ref=tref, span=path.span)
            lt = hir.Lifetime(
                hir_id=self.next_id(),
                name="",
                res=hir.LifetimeResKind.OBJECT_DEFAULT,
                span=path.span.shrink_to_hi(),
            )
            return hir.TraitObjectTy(
                hir_id=self.next_id(), bounds=(poly,), lifetime=lt, dyn_written=False, span=ty.span
            )
        self.hidden_lifetimes(path, pres)
        qpath = self.build_qpath(ty.qself, path, segs, pres, PathSource.TYPE)
        return hir.PathTy(hir_id=self.next_id(), qpath=qpath, span=ty.span)

    def hidden_lifetimes(self, path: ast.Path, pres: PartialRes) -> None:
        """A path to a type with lifetime parameters and no lifetime arguments has hidden
        elided lifetimes (they count for elision, and are E0106 where elision is banned)."""
        if pres.unresolved != 0:
            return
        base = pres.base
        if not isinstance(base, DefRes) or base.kind not in (
            DefKind.STRUCT,
            DefKind.ENUM,
            DefKind.UNION,
            DefKind.TY_ALIAS,
        ):
            return
        n = self.lifetime_param_count(base.def_id)
        if not n:
            return
        last = path.segments[-1]
        if isinstance(last.args, ast.AngleBracketedArgs) and any(
            isinstance(a, ast.LifetimeArg) for a in last.args.args
        ):
            return
        sp = (
            last.ident.span
            if last.args is None
            else Span(last.ident.span.lo, last.args.span.hi, last.ident.span.ctxt)
        )
        for _ in range(n):
            self.resolve_elided(sp, "", "path")

    def lifetime_param_count(self, def_id: DefId) -> int:
        node = self.defs[def_id].node
        if node is None:  # a crate read from metadata
            return self.r.extern_lifetime_counts.get(def_id, 0)
        return lifetime_param_count(node)

    def lower_trait_object(
        self, bounds: tuple[ast.GenericBound, ...], sp: Span, *, dyn_written: bool
    ) -> hir.Ty:
        polys: list[hir.PolyTraitRef] = []
        lifetime: hir.Lifetime | None = None
        for b in bounds:
            if isinstance(b, ast.TraitBound):
                polys.append(self.lower_poly_trait_ref(b.poly))
            elif isinstance(b, ast.OutlivesBound) and lifetime is None:
                lifetime = self.lower_lifetime(b.lifetime, b.lifetime.ident.span)
        if lifetime is None:
            lifetime = hir.Lifetime(
                hir_id=self.next_id(),
                name="",
                res=hir.LifetimeResKind.OBJECT_DEFAULT,
                span=sp.shrink_to_hi(),
            )
        return hir.TraitObjectTy(
            hir_id=self.next_id(),
            bounds=tuple(polys),
            lifetime=lifetime,
            dyn_written=dyn_written,
            span=sp,
        )

    def lower_impl_trait(self, ty: ast.ImplTraitTy) -> hir.Ty:
        sp = ty.span
        ctx = self.itctx
        if ctx is ImplTraitContext.RETURN:
            d = self.new_def(DefKind.OPAQUE_TY, "", sp, ty)
            saved_binding = self.binding_itctx
            self.binding_itctx = ImplTraitContext.RETURN
            try:
                with self.impl_trait_context(
                    ImplTraitContext.DISALLOWED, "the type of variable bindings"
                ):
                    bounds = self.lower_bounds(ty.bounds)
            finally:
                self.binding_itctx = saved_binding
            return hir.OpaqueDefTy(hir_id=self.next_id(), def_id=d, bounds=bounds, span=sp)
        if ctx is ImplTraitContext.UNIVERSAL and self.generic_scope is not None:
            name = self.r.psess.source_map.snippet(sp) or "impl Trait"
            gs = self.generic_scope
            d = self.new_def(DefKind.TY_PARAM, name, sp, ty, parent=gs.owner)
            ident = ast.Ident(name=name, span=sp)
            gs.params.append(
                hir.GenericParam(
                    def_id=d,
                    hir_id=self.next_id(),
                    name=ident,
                    kind=hir.GenericParamKind.TYPE,
                    synthetic=True,
                    span=sp,
                )
            )
            bounds = self.lower_bounds(ty.bounds)
            gs.predicates.append(
                hir.BoundPredicate(
                    bound_generic_params=(),
                    bounded_ty=self.param_ty(ident, d, sp),
                    bounds=bounds,
                    origin=hir.PredicateOrigin.IMPL_TRAIT,
                    span=sp,
                )
            )
            return self.param_ty(ident, d, sp)
        if self.report_once(("E0562", sp)):
            d2 = Diagnostic.error(
                f"`impl Trait` is not allowed in {self.itctx_position}", code="E0562"
            ).with_primary(sp)
            d2.with_note(
                "`impl Trait` is only allowed in arguments and return types of functions and methods"
            )
            self.emit(d2)
        self.lower_bounds(ty.bounds)
        return hir.ErrTy(hir_id=self.next_id(), span=sp)

    def lower_bare_fn(self, ty: ast.BareFnTy) -> hir.Ty:
        with (
            self.binder(ty.generic_params) as params,
            self.impl_trait_context(ImplTraitContext.DISALLOWED, "`fn` pointer params"),
        ):
            decl = self.lower_fn_decl_sig(ty.decl, has_self=False, param_names=True)
        from ferric.lexer.literal import str_value

        abi = "Rust"
        if ty.abi is not None:
            abi = str_value(ty.abi)
        elif ty.abi_written_bare:
            abi = "C"
        names = tuple(
            (p.pat.ident if isinstance(p.pat, ast.IdentPat) else None)
            for p in ty.decl.inputs
            if not isinstance(p.ty, ast.CVarArgsTy)
        )
        return hir.BareFnTy(
            hir_id=self.next_id(),
            safety=ty.safety,
            abi=abi,
            generic_params=params,
            decl=decl,
            param_names=names,
            span=ty.span,
        )

    # -- fn declarations ----------------------------------------------------------------------

    def lower_fn_decl_sig(
        self,
        decl: ast.FnDecl,
        *,
        has_self: bool,
        param_names: bool = False,
        in_body: bool = False,
        universal: bool = False,
        ret_ctx: ImplTraitContext = ImplTraitContext.DISALLOWED,
    ) -> hir.FnDecl:
        """Inputs (elided lifetimes fresh) and output (the elision rules' answer)."""
        inputs: list[hir.Ty] = []
        c_variadic = False
        fresh_kind = LifetimeRibKind.INFER if in_body else LifetimeRibKind.ELISION_FRESH
        ans = ElisionAnswer(None)
        param_infos: list[tuple[str | None, int, Span]] = []
        elision: str = "none"
        elision_lt: hir.Lifetime | None = None
        all_missing: list[tuple[Span, str]] = []
        with self.lt_rib(fresh_kind) as fr:
            for index, p in enumerate(decl.inputs):
                if isinstance(p.ty, ast.CVarArgsTy):
                    c_variadic = True
                    continue
                saved = self.elision_candidates
                self.elision_candidates = []
                ctx = ImplTraitContext.UNIVERSAL if universal else ImplTraitContext.DISALLOWED
                pos = (
                    "`fn` pointer params"
                    if param_names
                    else "the type of closure parameters"
                    if in_body
                    else "function parameters"
                )
                with self.impl_trait_context(ctx, pos if not universal else ""):
                    inputs.append(self.lower_ty(p.ty))
                cands = self.elision_candidates
                self.elision_candidates = saved
                distinct: list[object] = []
                for key, sp, kind in cands:
                    if key not in distinct:
                        distinct.append(key)
                    if kind in ("ref", "underscore", "path"):
                        all_missing.append((sp, kind))
                if distinct:
                    pname = p.pat.ident.name if isinstance(p.pat, ast.IdentPat) else None
                    param_infos.append((pname, len(distinct), p.ty.span))
                    if elision == "none":
                        if len(distinct) == 1:
                            elision = "param"
                            key0 = distinct[0]
                            sp0 = next(c[1] for c in cands if c[0] == key0)
                            elision_lt = _lifetime_for_key(self, key0, sp0)
                        else:
                            elision = "err"
                    elif elision == "param":
                        elision = "err"
                if index == 0 and has_self:
                    self_lt = self.find_lifetime_for_self(p.ty, inputs[-1])
                    if self_lt == "many":
                        elision = "err"
                    elif self_lt is None:
                        elision = "none"
                        elision_lt = None
                    else:
                        elision = "self"
                        elision_lt = self_lt  # type: ignore[assignment]
            _ = fr
        if elision in ("param", "self") and elision_lt is not None:
            ans.lifetime = elision_lt
        else:
            ans.failed = True
        ans.input_lifetimes = sum(c for (_n, c, _s) in param_infos)
        ans.param_infos = param_infos
        ans.all_inputs_missing = all_missing
        output: hir.Ty | None = None
        out_kind = LifetimeRibKind.INFER if in_body else LifetimeRibKind.ELISION_OUTPUT
        with self.lt_rib(out_kind, LifetimeRib(out_kind, output_res=ans)):
            if not isinstance(decl.output, ast.DefaultRetTy):
                with self.impl_trait_context(
                    ret_ctx,
                    "`fn` pointer return types"
                    if param_names
                    else "closure return types"
                    if in_body
                    else "return types",
                ):
                    output = self.lower_ty(decl.output)
        if ans.missing:
            saved = self._fn_has_params, self._fn_inputs
            self._fn_has_params = bool(decl.inputs)
            # (A fn item's parameter types, for "change the argument to be borrowed".)
            self._fn_inputs = (
                [p.ty for p in decl.inputs if hasattr(p, "ty")] if not param_names else None
            )
            self._fn_output = decl.output
            self.report_missing_lifetime(ans.missing, ans, "ref")
            self._fn_has_params, self._fn_inputs = saved
            self._fn_output = None
        implicit = "none"
        if has_self and decl.inputs:
            implicit = _implicit_self_kind(decl.inputs[0])
        out_span = decl.output.span
        return hir.FnDecl(
            inputs=tuple(inputs),
            output=output,
            c_variadic=c_variadic,
            implicit_self=implicit,
            output_span=out_span,
        )

    def find_lifetime_for_self(self, ast_ty: ast.Ty, ty: hir.Ty) -> hir.Lifetime | str | None:
        """The lifetime of `&'a Self` in a `self` parameter's type (rustc's
        `find_lifetime_for_self`): a lifetime, "many", or None."""
        found: list[hir.Lifetime] = []
        stack: list[hir.Ty] = [ty]
        while stack:
            t = stack.pop()
            if isinstance(t, hir.RefTy):
                if self._is_self_ty(t.ty):
                    found.append(t.lifetime)
                stack.append(t.ty)
            elif isinstance(t, hir.PathTy) and isinstance(t.qpath, hir.ResolvedPath):
                for seg in t.qpath.path.segments:
                    if seg.args is not None:
                        for a in seg.args.args:
                            if isinstance(a, hir.TypeArg):
                                stack.append(a.ty)
        if not found:
            return None
        keys = {(lt.res, lt.def_id, lt.fresh) for lt in found}
        if len(keys) > 1:
            return "many"
        return found[0]

    def _is_self_ty(self, t: hir.Ty) -> bool:
        if not isinstance(t, hir.PathTy) or not isinstance(t.qpath, hir.ResolvedPath):
            return False
        res = t.qpath.path.res
        if isinstance(res, SelfTyAliasRes | SelfTyParamRes):
            return True
        self_res = self.scope.self_res_ty
        if isinstance(self_res, SelfTyAliasRes) and self.scope.self_adt is not None:
            return isinstance(res, DefRes) and res.def_id == self.scope.self_adt
        return False


def _implicit_self_kind(p: ast.Param) -> str:
    pat = p.pat
    ty = p.ty
    if not isinstance(pat, ast.IdentPat) or pat.ident.name != "self":
        return "none"
    if isinstance(ty, ast.ImplicitSelfTy):
        return "mut_value" if pat.mutbl is ast.Mutability.MUT else "value"
    if isinstance(ty, ast.RefTy) and isinstance(ty.ty, ast.ImplicitSelfTy):
        return "mut_ref" if ty.mutbl is ast.Mutability.MUT else "ref"
    return "explicit"


def _lifetime_for_key(lc: TyLowering, key: object, span: Span) -> hir.Lifetime:
    assert isinstance(key, tuple)
    if key[0] == "static":
        return hir.Lifetime(
            hir_id=lc.next_id(), name="'static", res=hir.LifetimeResKind.STATIC, span=span
        )
    if key[0] == "param":
        return hir.Lifetime(
            hir_id=lc.next_id(), name="", res=hir.LifetimeResKind.PARAM, def_id=key[1], span=span
        )
    return hir.Lifetime(
        hir_id=lc.next_id(), name="", res=hir.LifetimeResKind.ELIDED, fresh=key[2], span=span
    )


def _is_amp(lc: TyLowering, sp: Span) -> bool:
    text = lc.r.psess.source_map.snippet(sp)
    return text == "&"


_ = (ErrRes, PrimTyRes, Seg)


def lifetime_param_count(node: object) -> int:
    """How many lifetime parameters the item `node` (an AST item) declares."""
    g = getattr(node, "generics", None)
    if not isinstance(g, ast.Generics):
        return 0
    return sum(1 for p in g.params if p.kind is ast.GenericParamKind.LIFETIME)
