"""HIR types -> semantic types (rustc's `hir_ty_lowering`, once "astconv").

`HirTyLowerer(tcx, owner)` lowers the HIR types written inside `owner` (an item, or a body
when `infer` is given: then `_` and omitted generic arguments become inference variables,
and elided lifetimes are erased). The `compute_*` functions build the answers of the
`TyCtxt` queries for signatures: `type_of`, `fn_sig`, `predicates_of`, `item_bounds`,
`impl_trait_ref`.

Errors reported here, as rustc: E0107 (wrong number of generic arguments), E0121 (`_` in
an item signature), E0220 (associated type not found), E0223 (ambiguous associated type),
E0191 (associated type of a trait object not specified), E0225 (only auto traits can be
added to a trait object), E0782 (trait objects must include `dyn`), E0109 (generic
arguments on a builtin type).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import (
    ERR_RES,
    LOCAL_CRATE,
    CtorKind,
    DefId,
    DefKind,
    DefRes,
    ErrRes,
    PrimTyRes,
    SelfTyAliasRes,
    SelfTyParamRes,
)
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t
from ferric.ty.context import AssocKind, TyCtxt
from ferric.ty.fold import instantiate
from ferric.ty.generics import GenericParamDef, ParamKind
from ferric.ty.predicate import (
    Clause,
    ProjectionPredicate,
    RegionOutlives,
    TraitPredicate,
    TraitRef,
    TypeOutlives,
)

InferFn = Callable[[Span], t.Ty]
"""Makes a fresh type inference variable (for `_` inside bodies)."""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class HirTyLowerer:
    def __init__(
        self,
        tcx: TyCtxt,
        owner: DefId,
        infer: InferFn | None = None,
        region_var: Callable[[], t.Region] | None = None,
        const_var: Callable[[], t.Const] | None = None,
    ) -> None:
        self.tcx = tcx
        self.owner = owner
        self.infer = infer
        self.region_var = region_var
        self.const_var = const_var

    def infer_const(self) -> t.Const:
        return self.const_var() if self.const_var is not None else t.CONST_ERROR

    # -- types ----------------------------------------------------------------------------------

    def lower_ty(self, ty: hir.Ty) -> t.Ty:
        if isinstance(ty, hir.PathTy):
            return self.lower_qpath(ty.qpath, ty.span)
        if isinstance(ty, hir.RefTy):
            return t.Ref(self.lower_lifetime(ty.lifetime), self.lower_ty(ty.ty), ty.mutbl)
        if isinstance(ty, hir.TupleTy):
            return t.Tuple(tuple(self.lower_ty(e) for e in ty.elems))
        if isinstance(ty, hir.SliceTy):
            return t.Slice(self.lower_ty(ty.elem))
        if isinstance(ty, hir.ArrayTy):
            return t.Array(self.lower_ty(ty.elem), self.lower_const_arg(ty.len, t.USIZE))
        if isinstance(ty, hir.PtrTy):
            return t.RawPtr(self.lower_ty(ty.ty), ty.mutbl)
        if isinstance(ty, hir.NeverTy):
            return t.NEVER
        if isinstance(ty, hir.InferTy):
            if self.infer is not None:
                return self.infer(ty.span)
            self.tcx.emit(
                Diagnostic.error(
                    "the placeholder `_` is not allowed within types on item signatures for "
                    + _item_kind_for_placeholder(self.tcx, self.owner),
                    ty.span,
                    "E0121",
                ).with_primary(ty.span, "not allowed in type signatures")
            )
            return t.ERROR
        if isinstance(ty, hir.BareFnTy):
            inputs = tuple(self.lower_ty(i) for i in ty.decl.inputs)
            output = self.lower_ty(ty.decl.output) if ty.decl.output is not None else t.UNIT
            names = tuple(p.name.name for p in ty.generic_params)
            safety = "unsafe" if ty.safety is hir.Safety.UNSAFE else "safe"
            return t.FnPtr(t.FnSig(inputs, output, ty.decl.c_variadic, safety, ty.abi, names))
        if isinstance(ty, hir.TraitObjectTy):
            return self.lower_trait_object(ty)
        if isinstance(ty, hir.OpaqueDefTy):
            return t.Alias(t.AliasKind.OPAQUE, ty.def_id, self.tcx.identity_args(ty.def_id))
        return t.ERROR

    def lower_lifetime(self, lt: hir.Lifetime) -> t.Region:
        if lt.res is hir.LifetimeResKind.STATIC:
            return t.RE_STATIC
        if lt.res is hir.LifetimeResKind.ERROR:
            return t.RE_ERROR  # (already reported: what the type meets is not checked again)
        if lt.res is hir.LifetimeResKind.PARAM and lt.def_id is not None:
            p = self.tcx.param_index(lt.def_id)
            if p is not None:
                return t.ReEarlyParam(p.index, p.name)
        if self.region_var is not None:
            return self.region_var()
        return t.RE_ERASED

    def lower_qpath(self, qpath: hir.QPath, span: Span) -> t.Ty:
        if isinstance(qpath, hir.ResolvedPath):
            if qpath.qself is not None:
                return self.lower_qualified_assoc(qpath.qself, qpath.path, span)
            return self.lower_path(qpath.path, span)
        if isinstance(qpath, hir.TypeRelativePath):
            qself = self.lower_ty(qpath.qself)
            return self.lower_type_relative(qself, qpath.qself, qpath.segment, span)
        # A lang item type path.
        did = self.tcx.lang_item(qpath.item)
        if did is None:
            return t.ERROR
        return t.Adt(did, self.fresh_args(did, span))

    def lower_path(self, path: hir.Path, span: Span) -> t.Ty:
        res = path.res
        seg = path.segments[-1] if path.segments else None
        if isinstance(res, PrimTyRes):
            self.prohibit_generics(path.segments, f"builtin type `{res.name}`")
            return t.PRIMITIVES[res.name]
        if isinstance(res, SelfTyParamRes):
            return t.Param(0, "Self")
        if isinstance(res, SelfTyAliasRes):
            return self.tcx.type_of(res.impl)
        if isinstance(res, ErrRes):
            return t.ERROR
        if isinstance(res, DefRes):
            kind, did = res.kind, res.def_id
            if kind in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION):
                return t.Adt(did, self.lower_generic_args(did, seg, (), span))
            if kind is DefKind.TY_ALIAS:
                args = self.lower_generic_args(did, seg, (), span)
                return instantiate(self.tcx.type_of(did), args)
            if kind is DefKind.TY_PARAM:
                p = self.tcx.param_index(did)
                return t.Param(p.index, p.name) if p is not None else t.ERROR
            if kind is DefKind.FOREIGN_TY:
                return t.Foreign(did)
            if kind is DefKind.TRAIT:
                # A bare trait in type position: rustc 2021 rejects it (E0782).
                self.tcx.emit(
                    Diagnostic.error("expected a type, found a trait", span, "E0782").with_primary(span, "")
                )
                return t.ERROR
            if kind is DefKind.ASSOC_TY:
                # `Trait::Assoc` without a Self type.
                return self.ambiguous_assoc(span, self.tcx.item_name(did), None)
            if kind is DefKind.VARIANT:
                self.tcx.emit(
                    Diagnostic.error(f"expected type, found variant `{_path_text(path)}`", span, "E0573").with_primary(
                        span, "not a type"
                    )
                )
                return t.ERROR
        self.tcx.emit(Diagnostic.error(f"expected type, found `{_path_text(path)}`", span, "E0573").with_primary(span, "not a type"))
        return t.ERROR

    def prohibit_generics(self, segments: tuple[hir.PathSegment, ...], what: str) -> None:
        for seg in segments:
            if seg.args is not None and seg.args.args:
                arg = seg.args.args[0]
                kind = "type" if isinstance(arg, hir.TypeArg) else "lifetime" if isinstance(arg, hir.LifetimeArg) else "const"
                span = seg.args.span
                self.tcx.emit(
                    Diagnostic.error(f"{kind} arguments are not allowed on {what}", span, "E0109").with_primary(
                        span, f"{kind} argument not allowed"
                    )
                )
                return

    # -- associated types -----------------------------------------------------------------------

    def lower_qualified_assoc(self, qself: hir.Ty, path: hir.Path, span: Span) -> t.Ty:
        """`<T as Trait<A>>::Assoc`."""
        self_ty = self.lower_ty(qself)
        if len(path.segments) < 2:
            return t.ERROR
        trait_seg = path.segments[-2]
        assoc_seg = path.segments[-1]
        trait_id = getattr(trait_seg.res, "def_id", None)
        if trait_id is None:
            return t.ERROR
        trait_args = self.lower_generic_args(trait_id, trait_seg, (), span, self_ty=self_ty)
        item = self.tcx.find_assoc(trait_id, assoc_seg.ident.name, AssocKind.TYPE)
        if item is None:
            return self.assoc_not_found(assoc_seg.ident.name, str(self_ty), span)
        args = trait_args + self.lower_own_args(item.def_id, assoc_seg, span)
        return t.Alias(t.AliasKind.PROJECTION, item.def_id, args)

    def lower_type_relative(self, qself: t.Ty, qself_hir: hir.Ty, seg: hir.PathSegment, span: Span) -> t.Ty:
        """`T::Assoc`, `Self::Assoc`: find the associated type among the bounds of `T`."""
        name = seg.ident.name
        if isinstance(qself, t.Error):
            return t.ERROR
        # `Self::Assoc` inside an impl: the impl's own assoc type, or its trait's.
        impl_id = _self_alias_impl(qself_hir)
        if impl_id is not None:
            item = self.tcx.find_assoc(impl_id, name, AssocKind.TYPE)
            if item is not None:
                return self.tcx.type_of(item.def_id)
            tr = self.tcx.impl_trait_ref(impl_id)
            if tr is not None:
                found = self.find_bound_for_assoc([tr], name)
                if found is not None:
                    trait_ref, item_id = found
                    return t.Alias(t.AliasKind.PROJECTION, item_id, trait_ref.args + self.lower_own_args(item_id, seg, span))
        if isinstance(qself, t.Param):
            bounds = self.param_bounds(qself)
            found = self.find_bound_for_assoc(bounds, name)
            if found is not None:
                trait_ref, item_id = found
                return t.Alias(t.AliasKind.PROJECTION, item_id, trait_ref.args + self.lower_own_args(item_id, seg, span))
            return self.assoc_not_found(name, str(qself), span)
        if isinstance(qself, t.Alias) and qself.kind is t.AliasKind.PROJECTION:
            bounds = [c.trait_ref for c, _ in self.tcx.item_bounds(qself.def_id) if isinstance(c, TraitPredicate)]
            bounds = [instantiate(b, qself.args).with_self_ty(qself) for b in bounds]
            found = self.find_bound_for_assoc(bounds, name)
            if found is not None:
                trait_ref, item_id = found
                return t.Alias(t.AliasKind.PROJECTION, item_id, trait_ref.args + self.lower_own_args(item_id, seg, span))
            return self.assoc_not_found(name, str(qself), span)
        return self.ambiguous_assoc(span, name, qself)

    def find_bound_for_assoc(self, bounds: list[TraitRef], name: str) -> tuple[TraitRef, DefId] | None:
        """The first trait among `bounds` and their supertraits defining assoc type `name`."""
        seen: set[DefId] = set()
        work = list(bounds)
        while work:
            tr = work.pop(0)
            if tr.def_id in seen:
                continue
            seen.add(tr.def_id)
            item = self.tcx.find_assoc(tr.def_id, name, AssocKind.TYPE)
            if item is not None:
                return tr, item.def_id
            for sup, _ in self.tcx.supertraits(tr.def_id):
                work.append(instantiate(sup, tr.args))
        return None

    def param_bounds(self, param: t.Param) -> list[TraitRef]:
        """Trait bounds on a type parameter in scope of the owner (own + parents'), read
        from the HIR directly so computing them never needs the predicates being built."""
        out: list[TraitRef] = []
        owner: DefId | None = self.owner
        while owner is not None:
            item = self.tcx.hir_item(owner)
            if isinstance(item, hir.TraitItem) and param.index == 0:
                out.append(TraitRef(owner, self.tcx.identity_args(owner)))
            generics = getattr(item, "generics", None)
            if isinstance(generics, hir.Generics):
                for pred in generics.predicates:
                    if not isinstance(pred, hir.BoundPredicate):
                        continue
                    if not _is_param_ty(self.tcx, pred.bounded_ty, param):
                        continue
                    for b in pred.bounds:
                        if isinstance(b, hir.TraitBound) and b.poly.polarity is hir.BoundPolarity.POSITIVE:
                            tr = self.lower_trait_ref_only(b.poly.trait_ref, param)
                            if tr is not None:
                                out.append(tr)
            owner = self.tcx.generics_of(owner).parent
        return out

    def ambiguous_assoc(self, span: Span, name: str, qself: t.Ty | None) -> t.Ty:
        ty_text = str(qself) if qself is not None else "Type"
        d = Diagnostic.error("ambiguous associated type", span, "E0223")
        d.with_suggestion(
            "if there were a trait named `Example` with associated type `"
            + name
            + f"` implemented for `{ty_text}`, you could use the fully-qualified path",
            [(span, f"<{ty_text} as Example>::{name}")],
            style="verbose",
        )
        self.tcx.emit(d)
        return t.ERROR

    def assoc_not_found(self, name: str, ty_text: str, span: Span) -> t.Ty:
        self.tcx.emit(
            Diagnostic.error(f"associated type `{name}` not found for `{ty_text}`", span, "E0220").with_primary(
                span, f"associated type `{name}` not found"
            )
        )
        return t.ERROR

    # -- trait objects ---------------------------------------------------------------------------

    def lower_trait_object(self, ty: hir.TraitObjectTy) -> t.Ty:
        dummy_self = t.Param(-1, "dyn")
        principal: t.ExistentialTraitRef | None = None
        projections: list[t.ExistentialProjection] = []
        autos: list[DefId] = []
        for poly in ty.bounds:
            trait_id = getattr(poly.trait_ref.path.res, "def_id", None)
            if trait_id is None:
                return t.ERROR
            if self.tcx.trait_def(trait_id).is_auto:
                autos.append(trait_id)
                continue
            if principal is not None:
                self.tcx.emit(
                    Diagnostic.error("only auto traits can be used as additional traits in a trait object", poly.span, "E0225")
                    .with_primary(poly.span, "additional non-auto trait")
                )
                continue
            seg = poly.trait_ref.path.segments[-1]
            args = self.lower_generic_args(trait_id, seg, (), poly.span, self_ty=dummy_self)
            principal = t.ExistentialTraitRef(trait_id, args[1:])
            for proj in self.assoc_constraints(trait_id, args, seg, poly.span):
                alias = proj.alias
                projections.append(t.ExistentialProjection(alias.def_id, alias.args[1:], proj.term))
        region = self.lower_lifetime(ty.lifetime) if ty.lifetime.name else t.RE_ERASED
        result: t.Ty = t.Dynamic(principal, tuple(projections), tuple(autos), region)
        hook = self.tcx.on_trait_object
        if hook is not None:
            result = hook(self.tcx, self.owner, ty, result, self.infer is not None)
        return result

    # -- generic arguments -----------------------------------------------------------------------

    def fresh_args(self, def_id: DefId, span: Span) -> t.GenericArgs:
        return self.lower_generic_args(def_id, None, (), span)

    def lower_own_args(self, def_id: DefId, seg: hir.PathSegment | None, span: Span) -> t.GenericArgs:
        """Only `def_id`'s own parameters' arguments (for associated items)."""
        g = self.tcx.generics_of(def_id)
        full = self.lower_generic_args(def_id, seg, tuple(p.to_arg() for p in g.parent_params), span)
        return full[g.parent_count :]

    def lower_generic_args(
        self,
        def_id: DefId,
        seg: hir.PathSegment | None,
        parent_args: t.GenericArgs,
        span: Span,
        self_ty: t.Ty | None = None,
    ) -> t.GenericArgs:
        """All generic args of `def_id`: `parent_args` (when it has parents), then its own
        from `seg` (defaults and inference for missing ones), checking the counts."""
        g = self.tcx.generics_of(def_id)
        args: list[t.GenericArg] = list(parent_args)
        if len(args) < g.parent_count:
            # Parents not given (a path to a trait's method seen from outside): parameters.
            args.extend(p.to_arg() for p in g.parent_params[len(args) :])
        provided = seg.args.args if seg is not None and seg.args is not None and not seg.args.parenthesized else ()
        lts = [a for a in provided if isinstance(a, hir.LifetimeArg)]
        others = [a for a in provided if not isinstance(a, hir.LifetimeArg)]
        own = list(g.own_params)
        if own and own[0].name == "Self" and own[0].def_id is None:
            args.append(self_ty if self_ty is not None else t.Param(0, "Self"))
            own = own[1:]
        if seg is not None and seg.args is not None and seg.args.parenthesized:
            # `Fn(A, B) -> C` sugar: one tuple argument (the output is a constraint).
            tup = seg.args.args[0] if seg.args.args else None
            if isinstance(tup, hir.TypeArg):
                others = [tup]
        own_lts = [p for p in own if p.kind is ParamKind.LIFETIME]
        own_rest = [p for p in own if p.kind is not ParamKind.LIFETIME]
        self.check_arg_counts(def_id, seg, own_rest, others, own_lts, lts, span)
        for i in range(len(own_lts)):
            if i < len(lts):
                args.append(self.lower_lifetime(lts[i].lifetime))
            elif self.region_var is not None:
                args.append(self.region_var())
            else:
                args.append(t.RE_ERASED)
        for i, p in enumerate(own_rest):
            if i < len(others):
                a = others[i]
                if p.kind is ParamKind.CONST:
                    if isinstance(a, hir.ConstArg):
                        args.append(self.lower_const_arg(a, self.const_param_ty(p.def_id)))
                    elif isinstance(a, hir.TypeArg) and isinstance(a.ty, hir.PathTy):
                        args.append(self.lower_const_path(a.ty.qpath, a.ty.span, self.const_param_ty(p.def_id)))
                    elif isinstance(a, hir.InferArg) and self.infer is not None:
                        args.append(self.infer_const())
                    else:
                        args.append(t.CONST_ERROR)
                elif isinstance(a, hir.TypeArg):
                    args.append(self.lower_ty(a.ty))
                elif isinstance(a, hir.InferArg):
                    args.append(self.infer(a.span) if self.infer is not None else t.ERROR)
                else:
                    args.append(t.ERROR)
                continue
            # Missing: inferred where no argument at all was written in an expression or
            # pattern path (`Shl::shl(a, b)` infers `Rhs` although it has a default,
            # `HashMap::new()` infers `S`); else the default (`Foo` in a type is `Foo<i32>`
            # for `struct Foo<T = i32>`); else an error (already reported).
            if self.infer is not None and (seg is None or seg.infer_args):
                if p.kind is ParamKind.TYPE:
                    args.append(self.infer(span))
                else:
                    args.append(self.infer_const())
            elif p.kind is ParamKind.TYPE and p.has_default and p.def_id is not None:
                default = self.param_default(p.def_id)
                args.append(instantiate(default, tuple(args)) if default is not None else t.ERROR)
            elif p.kind is ParamKind.CONST and p.has_default and p.def_id is not None:
                cdefault = self.const_param_default(p.def_id)
                args.append(instantiate(cdefault, tuple(args)) if cdefault is not None else t.CONST_ERROR)  # type: ignore[arg-type]
            else:
                args.append(t.ERROR if p.kind is ParamKind.TYPE else t.CONST_ERROR)
        return tuple(args)

    def check_arg_counts(
        self,
        def_id: DefId,
        seg: hir.PathSegment | None,
        own_rest: Sequence[GenericParamDef],
        given: Sequence[hir.GenericArg],
        own_lts: Sequence[GenericParamDef],
        given_lts: Sequence[hir.LifetimeArg],
        span: Span,
    ) -> None:
        params = list(own_rest)
        required = [p for p in params if not p.has_default]
        kind = self.tcx.def_kind(def_id)
        what = _kind_descr(self.tcx, def_id)
        name = self.tcx.item_name(def_id)
        descr = what.split(" `")[0]
        defaults = len(required) < len(params)
        ident = seg.ident.span if seg is not None else span
        if len(given) > len(params):
            # rustc's `WrongNumberOfGenericArgs` (excess): the path's name is expected to
            # take fewer, the extra arguments are offered for removal.
            quant = "at most " if defaults else ""
            d = Diagnostic.error(
                f"{descr} takes {quant}{_plural(len(params), 'generic argument')} but "
                f"{_plural(len(given), 'generic argument')} {'was' if len(given) == 1 else 'were'} supplied",
                ident,
                "E0107",
            )
            d.with_primary(ident, f"expected {quant}{_plural(len(params), 'generic argument')}")
            first_extra = _generic_arg_span(given[len(params)])
            lo = _generic_arg_span(given[len(params) - 1]).hi if params else first_extra.lo
            removal = Span(lo, _generic_arg_span(given[-1]).hi, first_extra.ctxt)
            self._show_generics_definition(d, def_id, params, quant, len(params))
            extra = len(given) - len(params)
            d.with_suggestion(
                f"remove the unnecessary generic argument{'s' if extra > 1 else ''}",
                [(removal, "")],
                Applicability.MAYBE_INCORRECT,
                style="hide_inline",
            )
            self.tcx.emit(d)
        elif len(given) < len(required) and given and not (self.infer is not None and kind is DefKind.FN):
            quant = "at least " if defaults else ""
            d = Diagnostic.error(
                f"{descr} takes {quant}{_plural(len(required), 'generic argument')} but "
                f"{_plural(len(given), 'generic argument')} {'was' if len(given) == 1 else 'were'} supplied",
                ident,
                "E0107",
            )
            d.with_primary(ident, f"expected {quant}{_plural(len(required), 'generic argument')}")
            supplied = Span(_generic_arg_span(given[0]).lo, _generic_arg_span(given[-1]).hi, ident.ctxt)
            d.with_label(supplied, f"supplied {_plural(len(given), 'generic argument')}")
            self._show_generics_definition(d, def_id, params, quant, len(required))
            missing = [p.name for p in required[len(given):]]
            d.with_suggestion(
                f"add missing generic argument{'s' if len(missing) > 1 else ''}",
                [(supplied.shrink_to_hi(), "".join(f", {m}" for m in missing))],
                Applicability.HAS_PLACEHOLDERS,
            )
            self.tcx.emit(d)
        elif not given and required and self.infer is None and kind in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION, DefKind.TY_ALIAS, DefKind.TRAIT):
            sp = seg.ident.span if seg is not None else span
            d = Diagnostic.error(f"missing generics for {what.split(' ')[0]} `{name}`", sp, "E0107")
            d.with_primary(sp, f"expected {_plural(len(required), 'generic argument')}")
            self._show_generics_definition(d, def_id, params, "", len(required))
            names = ", ".join(p.name for p in required)
            d.with_suggestion(
                f"add missing generic argument{'s' if len(required) > 1 else ''}",
                [(sp.shrink_to_hi(), f"<{names}>")],
                Applicability.HAS_PLACEHOLDERS,
            )
            self.tcx.emit(d)
        if len(given_lts) > len(own_lts):
            sp = seg.args.span if seg is not None and seg.args is not None else span
            self.tcx.emit(
                Diagnostic.error(
                    f"{what} takes {_plural(len(own_lts), 'lifetime argument')} but "
                    f"{_plural(len(given_lts), 'lifetime argument')} {'was' if len(given_lts) == 1 else 'were'} supplied",
                    sp,
                    "E0107",
                )
            )

    def _show_generics_definition(
        self, d: Diagnostic, def_id: DefId, params: Sequence[GenericParamDef], quant: str, bound: int
    ) -> None:
        """rustc's `show_definition` for a local item: "struct defined here, with 1 generic
        parameter: `T`", pointing at its name and at each parameter counted."""
        item = self.tcx.hir_node(def_id)
        ident = getattr(getattr(item, "ident", None), "span", None)
        if self.tcx.crate_of(def_id) != LOCAL_CRATE or not isinstance(ident, Span):
            return
        shown = list(params)[:bound]
        names = ", ".join(f"`{p.name}`" for p in shown)
        sub = SubDiagnostic(Level.NOTE, f"{_kind_descr(self.tcx, def_id).split(' `')[0]} defined here, with {quant}{_plural(bound, 'generic parameter')}" + (f": {names}" if names else ""))
        sub.labels.append(Label(ident, "", True))
        for p in shown:
            node = self.tcx.hir_node(p.def_id) if p.def_id is not None else None
            if isinstance(node, hir.GenericParam):
                sub.labels.append(Label(node.name.span, "", False))
        d.children.append(sub)

    def param_default(self, param_def_id: DefId) -> t.Ty | None:
        node = self.tcx.hir_node(param_def_id)
        if isinstance(node, hir.GenericParam) and node.default is not None:
            owner = self.tcx.owner_item(param_def_id) or self.owner
            return HirTyLowerer(self.tcx, owner).lower_ty(node.default)
        return None

    def const_param_default(self, param_def_id: DefId) -> t.Const | None:
        """`N`'s default in `struct S<const N: usize = 8>`."""
        node = self.tcx.hir_node(param_def_id)
        if isinstance(node, hir.GenericParam) and node.const_default is not None:
            owner = self.tcx.owner_item(param_def_id) or self.owner
            return HirTyLowerer(self.tcx, owner).lower_const_arg(node.const_default, self.const_param_ty(param_def_id))
        return None

    def const_param_ty(self, param_def_id: DefId | None) -> t.Ty:
        if param_def_id is None:
            return t.USIZE
        node = self.tcx.hir_node(param_def_id)
        if isinstance(node, hir.GenericParam) and node.const_ty is not None:
            owner = self.tcx.owner_item(param_def_id) or self.owner
            return HirTyLowerer(self.tcx, owner).lower_ty(node.const_ty)
        return t.USIZE

    # -- constants --------------------------------------------------------------------------------

    def lower_const_arg(self, c: hir.ConstArg, ty: t.Ty) -> t.Const:
        if c.path is not None:
            return self.lower_const_path(c.path, c.span, ty)
        if c.body is not None:
            from ferric.ty.consteval import eval_const_body

            return eval_const_body(self.tcx, c.body, ty)
        return self.infer_const()  # `[T; _]`

    def lower_const_path(self, qpath: hir.QPath, span: Span, ty: t.Ty) -> t.Const:
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            if isinstance(res, DefRes) and res.kind is DefKind.CONST_PARAM:
                p = self.tcx.param_index(res.def_id)
                return t.ConstParam(p.index, p.name) if p is not None else t.CONST_ERROR
            if isinstance(res, DefRes) and res.kind in (DefKind.CONST, DefKind.ASSOC_CONST):
                from ferric.ty.consteval import eval_const_item

                return eval_const_item(self.tcx, res.def_id, ty)
        return t.CONST_ERROR

    # -- trait references and bounds -------------------------------------------------------------

    def lower_trait_ref_only(self, trait_ref: hir.TraitRef, self_ty: t.Ty) -> TraitRef | None:
        res = trait_ref.path.res
        if not isinstance(res, DefRes) or res.kind not in (DefKind.TRAIT, DefKind.TRAIT_ALIAS):
            return None
        seg = trait_ref.path.segments[-1]
        args = self.lower_generic_args(res.def_id, seg, (), trait_ref.path.span, self_ty=self_ty)
        return TraitRef(res.def_id, args)

    def assoc_constraints(self, trait_id: DefId, trait_args: t.GenericArgs, seg: hir.PathSegment, span: Span) -> list[ProjectionPredicate]:
        """`Iterator<Item = T>` and `Fn(A) -> B` as projection predicates."""
        out: list[ProjectionPredicate] = []
        if seg.args is None:
            return out
        if seg.args.parenthesized:
            # `Fn(A) -> B`: `<Self as FnOnce<(A,)>>::Output == B` (unit when omitted).
            fn_once = self.tcx.lang_item("fn_once")
            output_item = self.tcx.find_assoc(fn_once, "Output", AssocKind.TYPE) if fn_once is not None else None
            out_ty: t.Ty = t.UNIT
            for c in seg.args.constraints:
                if c.ident.name == "Output" and c.ty is not None:
                    out_ty = self.lower_ty(c.ty)
            if output_item is not None:
                out.append(ProjectionPredicate(t.Alias(t.AliasKind.PROJECTION, output_item.def_id, trait_args[:2]), out_ty))
            return out
        for c in seg.args.constraints:
            if c.ty is None:
                continue
            found = self.find_bound_for_assoc([TraitRef(trait_id, trait_args)], c.ident.name)
            if found is None:
                self.assoc_not_found(c.ident.name, self.tcx.item_name(trait_id), c.span)
                continue
            tr, item_id = found
            alias = t.Alias(t.AliasKind.PROJECTION, item_id, tr.args + self.constraint_own_args(item_id, c))
            out.append(ProjectionPredicate(alias, self.lower_ty(c.ty)))
        return out

    def constraint_own_args(self, item_id: DefId, c: hir.AssocItemConstraint) -> t.GenericArgs:
        """The generic associated type's own arguments in `Searcher<'a> = ...`."""
        if not self.tcx.generics_of(item_id).own_params:
            return ()
        seg = hir.PathSegment(ident=c.ident, res=ERR_RES, args=c.gen_args, infer_args=c.gen_args is None, hir_id=c.hir_id)
        return self.lower_own_args(item_id, seg, c.span)

    def assoc_bound_clauses(self, trait_ref: TraitRef, seg: hir.PathSegment, out: list[tuple[Clause, Span]]) -> None:
        """Associated type bounds: `T: Pattern<Searcher<'a>: ReverseSearcher<'a>>` is also
        `<T as Pattern>::Searcher<'a>: ReverseSearcher<'a>`."""
        if seg.args is None or seg.args.parenthesized:
            return
        for c in seg.args.constraints:
            if c.ty is not None or not c.bounds:
                continue
            found = self.find_bound_for_assoc([trait_ref], c.ident.name)
            if found is None:
                self.assoc_not_found(c.ident.name, self.tcx.item_name(trait_ref.def_id), c.span)
                continue
            tr, item_id = found
            alias = t.Alias(t.AliasKind.PROJECTION, item_id, tr.args + self.constraint_own_args(item_id, c))
            self.lower_bounds(alias, c.bounds, out)

    def lower_bounds(self, self_ty: t.Ty, bounds: tuple[hir.GenericBound, ...], out: list[tuple[Clause, Span]]) -> bool:
        """Lower `self_ty: bounds` into clauses; returns True when `?Sized` was among them."""
        relaxed = False
        for b in bounds:
            if isinstance(b, hir.TraitBound):
                poly = b.poly
                if poly.polarity is hir.BoundPolarity.MAYBE:
                    relaxed = True
                    continue
                tr = self.lower_trait_ref_only(poly.trait_ref, self_ty)
                if tr is None:
                    continue
                out.append((TraitPredicate(tr, poly.polarity is hir.BoundPolarity.NEGATIVE), poly.span))
                seg = poly.trait_ref.path.segments[-1]
                for proj in self.assoc_constraints(tr.def_id, tr.args, seg, poly.span):
                    out.append((proj, poly.span))
                self.assoc_bound_clauses(tr, seg, out)
            elif isinstance(b, hir.OutlivesBound):
                out.append((TypeOutlives(self_ty, self.lower_lifetime(b.lifetime)), b.span))
        return relaxed


# =================================================================================================
# Queries
# =================================================================================================


def compute_type_of(tcx: TyCtxt, def_id: DefId) -> t.Ty:
    kind = tcx.def_kind(def_id)
    if kind in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION):
        return t.Adt(def_id, tcx.identity_args(def_id))
    if kind in (DefKind.FN, DefKind.ASSOC_FN):
        return t.FnDef(def_id, tcx.identity_args(def_id))
    if kind is DefKind.CTOR:
        data = tcx.defs[def_id]
        if data.ctor_kind is CtorKind.FN:
            return t.FnDef(def_id, tcx.identity_args(def_id))
        adt = _ctor_adt(tcx, def_id)
        return t.Adt(adt, tcx.identity_args(adt))
    node = tcx.hir_node(def_id)
    owner = tcx.owner_item(def_id) or def_id
    low = HirTyLowerer(tcx, owner)
    if kind is DefKind.FIELD and isinstance(node, hir.FieldDef):
        return low.lower_ty(node.ty)
    item = tcx.hir_item(def_id)
    if isinstance(item, hir.TyAliasItem):
        if item.ty is None:
            # A trait's associated type: the projection on `Self`.
            return t.Alias(t.AliasKind.PROJECTION, def_id, tcx.identity_args(def_id))
        return HirTyLowerer(tcx, def_id).lower_ty(item.ty)
    if isinstance(item, hir.ConstItem | hir.StaticItem):
        return HirTyLowerer(tcx, def_id).lower_ty(item.ty)
    if isinstance(item, hir.ImplItem):
        return HirTyLowerer(tcx, def_id).lower_ty(item.self_ty)
    if kind is DefKind.TY_PARAM:
        p = tcx.param_index(def_id)
        return t.Param(p.index, p.name) if p is not None else t.ERROR
    if kind is DefKind.CONST_PARAM:
        return low.const_param_ty(def_id)
    if kind is DefKind.OPAQUE_TY:
        return t.Alias(t.AliasKind.OPAQUE, def_id, tcx.identity_args(def_id))
    if kind is DefKind.ANON_CONST or kind is DefKind.INLINE_CONST:
        return t.USIZE
    return t.ERROR


def _ctor_adt(tcx: TyCtxt, ctor: DefId) -> DefId:
    target = tcx.defs[ctor].ctor_of
    assert target is not None
    if tcx.def_kind(target) is DefKind.VARIANT:
        parent = tcx.parent(target)
        assert parent is not None
        return parent
    return target


def compute_fn_sig(tcx: TyCtxt, def_id: DefId) -> t.FnSig:
    kind = tcx.def_kind(def_id)
    if kind is DefKind.CTOR:
        adt_id = _ctor_adt(tcx, def_id)
        adt = tcx.adt_def(adt_id)
        target = tcx.defs[def_id].ctor_of
        variant = adt.variant_with_id(target) if target is not None and adt.is_enum else adt.variants[0]
        inputs = tuple(tcx.type_of(f.def_id) for f in variant.fields)
        return t.FnSig(inputs, t.Adt(adt_id, tcx.identity_args(adt_id)))
    item = tcx.hir_item(def_id)
    if not isinstance(item, hir.FnItem):
        raise KeyError(f"no signature for {tcx.defs.path_str(def_id)}")
    low = HirTyLowerer(tcx, def_id)
    decl = item.sig.decl
    inputs = tuple(low.lower_ty(i) for i in decl.inputs)
    output = low.lower_ty(decl.output) if decl.output is not None else t.UNIT
    header = item.sig.header
    safety = "unsafe" if header.safety is hir.Safety.UNSAFE else "safe"
    if header.is_async:
        # An `async fn` returns the future its body is: a coroutine completing with the
        # declared return type, capturing the parameters.
        output = t.Coroutine(def_id, (*tcx.identity_args(def_id), output, t.Tuple(inputs)))
    return t.FnSig(inputs, output, decl.c_variadic, safety, header.abi)


def compute_predicates(tcx: TyCtxt, def_id: DefId) -> tuple[tuple[Clause, Span], ...]:
    out: list[tuple[Clause, Span]] = []
    g = tcx.generics_of(def_id)
    if g.parent is not None:
        out.extend(tcx.predicates_of(g.parent))
    kind = tcx.def_kind(def_id)
    item = tcx.hir_item(def_id)
    low = HirTyLowerer(tcx, def_id)
    if kind is DefKind.TRAIT and isinstance(item, hir.TraitItem):
        self_ty = t.Param(0, "Self")
        out.append((TraitPredicate(TraitRef(def_id, tcx.identity_args(def_id))), item.span))
        low.lower_bounds(self_ty, item.bounds, out)
    generics = getattr(item, "generics", None)
    if not isinstance(generics, hir.Generics):
        return tuple(out)
    relaxed: set[int] = set()
    for pred in generics.predicates:
        if isinstance(pred, hir.BoundPredicate):
            bounded = low.lower_ty(pred.bounded_ty)
            if low.lower_bounds(bounded, pred.bounds, out) and isinstance(bounded, t.Param):
                relaxed.add(bounded.index)
        elif isinstance(pred, hir.RegionPredicate):
            a = low.lower_lifetime(pred.lifetime)
            for b in pred.bounds:
                if isinstance(b, hir.OutlivesBound):
                    out.append((RegionOutlives(a, low.lower_lifetime(b.lifetime)), pred.span))
    sized = tcx.lang_item("sized")
    if sized is not None:
        for p in g.own_params:
            if p.kind is ParamKind.TYPE and p.def_id is not None and p.index not in relaxed:
                pt = t.Param(p.index, p.name)
                out.insert(len(out) - 0, (TraitPredicate(TraitRef(sized, (pt,))), tcx.def_span(p.def_id)))
    return tuple(out)


def compute_item_bounds(tcx: TyCtxt, def_id: DefId) -> tuple[tuple[Clause, Span], ...]:
    out: list[tuple[Clause, Span]] = []
    item = tcx.hir_item(def_id)
    kind = tcx.def_kind(def_id)
    if kind is DefKind.OPAQUE_TY:
        alias = t.Alias(t.AliasKind.OPAQUE, def_id, tcx.identity_args(def_id))
        node = tcx.hir_node(def_id)
        bounds = getattr(node, "bounds", ())
        owner = tcx.parent(def_id) or def_id
        relaxed = HirTyLowerer(tcx, owner).lower_bounds(alias, bounds, out)
        sized = tcx.lang_item("sized")
        if sized is not None and not relaxed:
            out.append((TraitPredicate(TraitRef(sized, (alias,))), tcx.def_span(def_id)))
        return tuple(out)
    if isinstance(item, hir.TyAliasItem):
        alias = t.Alias(t.AliasKind.PROJECTION, def_id, tcx.identity_args(def_id))
        relaxed = HirTyLowerer(tcx, def_id).lower_bounds(alias, item.bounds, out)
        sized = tcx.lang_item("sized")
        if sized is not None and not relaxed:
            out.append((TraitPredicate(TraitRef(sized, (alias,))), item.span))
    return tuple(out)


def compute_impl_trait_ref(tcx: TyCtxt, impl_id: DefId) -> TraitRef | None:
    item = tcx.hir_item(impl_id)
    if not isinstance(item, hir.ImplItem) or item.of_trait is None:
        return None
    low = HirTyLowerer(tcx, impl_id)
    self_ty = tcx.type_of(impl_id)
    return low.lower_trait_ref_only(item.of_trait, self_ty)


# =================================================================================================
# Helpers
# =================================================================================================


def _path_text(path: hir.Path) -> str:
    return "::".join(s.ident.name for s in path.segments)


def _self_alias_impl(ty: hir.Ty) -> DefId | None:
    if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath) and ty.qpath.qself is None:
        res = ty.qpath.path.res
        if isinstance(res, SelfTyAliasRes):
            return res.impl
    return None


def _is_param_ty(tcx: TyCtxt, ty: hir.Ty, param: t.Param) -> bool:
    if not (isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath) and ty.qpath.qself is None):
        return False
    res = ty.qpath.path.res
    if isinstance(res, SelfTyParamRes):
        return param.index == 0 and param.name == "Self"
    if isinstance(res, DefRes) and res.kind is DefKind.TY_PARAM:
        p = tcx.param_index(res.def_id)
        return p is not None and p.index == param.index
    return False


def _generic_arg_span(a: hir.GenericArg) -> Span:
    """The span of a type or const argument (lifetimes are counted apart)."""
    if isinstance(a, hir.TypeArg):
        return a.ty.span
    assert not isinstance(a, hir.LifetimeArg)
    return a.span


def _kind_descr(tcx: TyCtxt, def_id: DefId) -> str:
    kind = tcx.def_kind(def_id)
    name = tcx.item_name(def_id)
    words = {
        DefKind.STRUCT: "struct",
        DefKind.ENUM: "enum",
        DefKind.UNION: "union",
        DefKind.TY_ALIAS: "type alias",
        DefKind.TRAIT: "trait",
        DefKind.FN: "function",
        DefKind.ASSOC_FN: "method" if _has_self(tcx, def_id) else "associated function",
        DefKind.ASSOC_TY: "associated type",
        DefKind.CTOR: "struct",
    }
    return f"{words.get(kind, kind.descr())} `{name}`"


def _has_self(tcx: TyCtxt, def_id: DefId) -> bool:
    it = tcx.assoc_item(def_id)
    return it is not None and it.fn_has_self


def _item_kind_for_placeholder(tcx: TyCtxt, def_id: DefId) -> str:
    kind = tcx.def_kind(def_id)
    return {
        DefKind.FN: "functions",
        DefKind.ASSOC_FN: "functions",
        DefKind.CONST: "constants",
        DefKind.ASSOC_CONST: "associated constants",
        DefKind.STATIC: "static variables",
        DefKind.STRUCT: "structs",
        DefKind.ENUM: "enums",
        DefKind.UNION: "unions",
        DefKind.TY_ALIAS: "type aliases",
        DefKind.IMPL: "implementations",
    }.get(kind, "items")


_ = Mutability
