"""Lowering items: modules, functions, ADTs, traits, impls, consts, statics, aliases,
extern blocks, `use` and `extern crate` (rustc's `lower_item` with late resolution).

Every item is lowered in its module's scope (`item_context`); an item inside a block keeps
the ribs around it behind an ITEM border, so using an outer local is E0434 and an outer
generic parameter E0401. What each item brings into scope:

- generics: its parameters (`ty.generics`); ADTs also `Self` (the ADT), traits `Self` (the
  trait's self parameter), impls `Self` as a type (the impl's self type) and as a
  constructor;
- functions: parameters in a value rib, elided lifetimes by the elision rules, `impl Trait`
  arguments as synthetic parameters, the body as a `Body` keyed by the fn's DefId;
- impls of traits: the trait, which must have items of the same names and kinds (E0407,
  E0437, E0438 otherwise, with "there is an associated function with a similar name").

`lower_crate` ends with what the crate as a whole owes: the crate's root `ModItem`, its lang
items, its `main` (E0601 when a binary crate has none), and the deferred errors.
"""

from __future__ import annotations

import dataclasses

from ferric.base.edit_distance import find_best_match_for_name
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.hir.lower.context import ItemScope
from ferric.hir.lower.expr import ExprLowering, _Barrier
from ferric.hir.lower.pat import PatternSource
from ferric.hir.lower.scope import (
    LabelRib,
    LabelRibKind,
    LifetimeRib,
    LifetimeRibKind,
    Rib,
    RibKind,
)
from ferric.hir.lower.ty import ImplTraitContext
from ferric.lexer.literal import str_value
from ferric.resolve.defs import (
    ERR_RES,
    DefId,
    DefKind,
    DefRes,
    Namespace,
    Res,
    SelfCtorRes,
    SelfTyAliasRes,
    SelfTyParamRes,
)
from ferric.resolve.module import Import, ImportKind, Module
from ferric.resolve.resolver import TYPE_NS, VALUE_NS
from ferric.syntax import ast


class ItemLowering(ExprLowering):
    """Items (see the module docstring)."""

    # -- the crate ----------------------------------------------------------------------------

    def lower_crate(self, krate: ast.Crate, *, needs_main: bool, file_name: str = "") -> None:
        self.loop_stack = []
        self.imports_by_item: dict[Span, list[Import]] = {}
        for imp in self.crate.imports:
            self.imports_by_item.setdefault(imp.root_span, []).append(imp)
        root = self.crate.root
        items = self.lower_mod_items(krate.items, root)
        self.out.items[root.def_id] = hir.ModItem(
            def_id=root.def_id,
            ident=ast.Ident(name=self.crate.name, span=krate.span),
            items=items,
            span=krate.span,
        )
        self.out.roots[self.crate.name] = root.def_id
        for d, stash in self.deferred:
            if stash:
                self.stashed.append(d)
            else:
                self.emit(d)
        self.deferred.clear()
        for d in self.r.ambiguity_errors:
            self.emit(d)
        for d in self.r.privacy_errors:
            self.emit(d)
        self.r.ambiguity_errors.clear()
        self.r.privacy_errors.clear()
        for d in sorted(self.stashed, key=lambda x: (x.primary_span or Span(0, 0)).lo):
            self.emit(d)
        self.stashed.clear()
        for name, def_id in self.r.lang_items.items():
            self.out.lang_items.setdefault(name, def_id)
        if needs_main:
            self.find_main(krate, file_name)

    def find_main(self, krate: ast.Crate, file_name: str) -> None:
        b = self.crate.root.binding("main", VALUE_NS)
        if b is not None and isinstance(b.res, DefRes) and b.res.kind is DefKind.FN:
            self.out.main_fn = b.res.def_id
            return
        if b is not None and isinstance(b.res, DefRes) and b.res.kind is not DefKind.FN:
            pass
        name = self.crate.name
        shown = file_name.rsplit("/", 1)[-1] if file_name else f"{name}.rs"
        d = Diagnostic.error(f"`main` function not found in crate `{name}`", code="E0601")
        sm = self.r.psess.source_map
        sf = sm.lookup_file(krate.span.lo) if krate.span.hi > krate.span.lo else None
        if sf is not None and sf.end_pos > sf.start_pos:
            end = sf.end_pos
            text = sm.snippet(Span(sf.start_pos, end, 0)) or ""
            stripped = len(text.rstrip())
            pos = sf.start_pos + stripped
            d.with_primary(Span(pos, pos, 0), f"consider adding a `main` function to `{shown}`")
        else:
            d.with_note(f"consider adding a `main` function to `{shown}`")
        self.emit(d)

    # -- items --------------------------------------------------------------------------------

    def lower_mod_items(
        self, items: tuple[ast.Item, ...] | None, module: Module
    ) -> tuple[DefId, ...]:
        out: list[DefId] = []
        for item in items or ():
            with self.item_context(module):
                out.extend(self.lower_item(item))
        return tuple(out)

    def lower_item_in_block(self, item: ast.Item) -> DefId | None:
        saved = (
            self.scope,
            self.loop_stack,
            self.label_ribs,
            self.current_fn,
            self.in_closure,
            self.owner,
            self.item_owner,
        )
        self.scope = ItemScope()
        self.loop_stack = [_Barrier("fn", item.span)]
        self.label_ribs = [*self.label_ribs, LabelRib(LabelRibKind.BARRIER)]
        self.current_fn = None
        self.in_closure = 0
        vr = Rib(
            RibKind.ITEM,
            item_kind=_item_kind(item),
            item_span=_generics_insert_span(item),
            has_generics=_has_generics(item),
            item_ident=item.ident if item.ident.name else None,
        )
        tr = Rib(
            RibKind.ITEM,
            item_kind=vr.item_kind,
            item_span=vr.item_span,
            has_generics=vr.has_generics,
            item_ident=vr.item_ident,
        )
        try:
            with self.ribs_both(RibKind.ITEM, vr, tr), self.lt_rib(LifetimeRibKind.ITEM):
                ids = self.lower_item(item)
        finally:
            (
                self.scope,
                self.loop_stack,
                self.label_ribs,
                self.current_fn,
                self.in_closure,
                self.owner,
                self.item_owner,
            ) = saved
        return ids[0] if ids else None

    def def_of(self, item: ast.Item | ast.Variant | ast.FieldDef) -> DefId | None:
        return self.r.node_defs.get(item.id)

    def lower_item(self, item: ast.Item) -> list[DefId]:
        if isinstance(item, ast.UseItem):
            return self.lower_use(item)
        if isinstance(item, ast.MacCallItem):
            return []
        def_id = self.def_of(item)
        if def_id is None:
            return []
        saved = (self.current_item_ident, self.current_item_kind, self.current_item_generics)
        self.current_item_ident = item.ident if item.ident.name else None
        self.current_item_kind = _item_kind(item)
        g = getattr(item, "generics", None)
        self.current_item_generics = g if isinstance(g, ast.Generics) else None
        try:
            return self._lower_item(item, def_id)
        finally:
            self.current_item_ident, self.current_item_kind, self.current_item_generics = saved

    def _lower_item(self, item: ast.Item, def_id: DefId) -> list[DefId]:
        self.owner = def_id
        self.item_owner = def_id
        out = self.out
        sp = item.span
        if isinstance(item, ast.ModItem):
            sub = self.r.modules[def_id]
            out.items[def_id] = hir.ModItem(
                def_id=def_id,
                ident=item.ident,
                items=self.lower_mod_items(item.items, sub),
                span=sp,
            )
        elif isinstance(item, ast.FnItem):
            out.items[def_id] = self.lower_fn(item, def_id, assoc=False)
        elif isinstance(item, ast.StructItem | ast.UnionItem):
            self_res = SelfTyAliasRes(def_id)
            with self.generics(
                item.generics,
                def_id,
                item_kind="struct",
                item_span=_generics_insert_span(item),
                self_params={"Self": self_res},
            ) as gs:
                with self.lt_rib(LifetimeRibKind.ANON_ERROR):
                    data = self.lower_variant_data(item.data, def_id)
                generics = gs.finish()
            if isinstance(item, ast.StructItem):
                out.items[def_id] = hir.StructItem(
                    def_id=def_id, ident=item.ident, generics=generics, data=data, span=sp
                )
            else:
                out.items[def_id] = hir.UnionItem(
                    def_id=def_id, ident=item.ident, generics=generics, data=data, span=sp
                )
        elif isinstance(item, ast.EnumItem):
            self_res = SelfTyAliasRes(def_id)
            with self.generics(
                item.generics,
                def_id,
                item_kind="enum",
                item_span=_generics_insert_span(item),
                self_params={"Self": self_res},
            ) as gs:
                variants = []
                for v in item.variants:
                    vid = self.def_of(v)
                    assert vid is not None
                    with self.lt_rib(LifetimeRibKind.ANON_ERROR):
                        data = self.lower_variant_data(v.data, vid)
                    disr = None
                    if v.disr_expr is not None:
                        disr = self.lower_anon_const(v.disr_expr)
                    variants.append(
                        hir.Variant(def_id=vid, ident=v.ident, data=data, disr=disr, span=v.span)
                    )
                generics = gs.finish()
            out.items[def_id] = hir.EnumItem(
                def_id=def_id,
                ident=item.ident,
                generics=generics,
                variants=tuple(variants),
                span=sp,
            )
        elif isinstance(item, ast.TraitItem):
            out.items[def_id] = self.lower_trait(item, def_id)
        elif isinstance(item, ast.TraitAliasItem):
            with self.generics(
                item.generics,
                def_id,
                item_kind="trait alias",
                self_params={"Self": SelfTyParamRes(def_id)},
            ) as gs:
                bounds = self.lower_bounds(item.bounds)
                generics = gs.finish()
            out.items[def_id] = hir.TraitAliasItem(
                def_id=def_id, ident=item.ident, generics=generics, bounds=bounds, span=sp
            )
        elif isinstance(item, ast.ImplItem):
            out.items[def_id] = self.lower_impl(item, def_id)
        elif isinstance(item, ast.ConstItem):
            out.items[def_id] = self.lower_const(item, def_id, assoc=False)
        elif isinstance(item, ast.StaticItem):
            with self.lt_rib(LifetimeRibKind.STATIC):
                ty = self.lower_ty(item.ty)
            body = (
                self.lower_const_body(item.expr, def_id, item.ident, "static")
                if item.expr is not None
                else None
            )
            out.items[def_id] = hir.StaticItem(
                def_id=def_id, ident=item.ident, ty=ty, mutbl=item.mutbl, body=body, span=sp
            )
        elif isinstance(item, ast.TyAliasItem):
            with self.generics(
                item.generics, def_id, item_kind="type alias", item_span=_generics_insert_span(item)
            ) as gs:
                with self.lt_rib(LifetimeRibKind.ANON_ERROR):
                    alias_ty = self.lower_ty(item.ty) if item.ty is not None else None
                bounds = self.lower_bounds(item.bounds)
                generics = gs.finish()
            out.items[def_id] = hir.TyAliasItem(
                def_id=def_id,
                ident=item.ident,
                generics=generics,
                bounds=bounds,
                ty=alias_ty,
                span=sp,
            )
        elif isinstance(item, ast.ForeignModItem):
            out.items[def_id] = self.lower_foreign_mod(item, def_id)
        elif isinstance(item, ast.ExternCrateItem):
            orig = item.orig_name.name if item.orig_name is not None else item.ident.name
            out.items[def_id] = hir.ExternCrateItem(
                def_id=def_id, ident=item.ident, crate_name=orig, span=sp
            )
        elif isinstance(item, ast.MacroRulesItem):
            out.items[def_id] = hir.MacroItem(def_id=def_id, ident=item.ident, span=sp)
        return [def_id]

    def lower_variant_data(self, data: ast.VariantData, owner: DefId) -> hir.VariantData:
        shape = {
            ast.VariantShape.STRUCT: hir.VariantShape.STRUCT,
            ast.VariantShape.TUPLE: hir.VariantShape.TUPLE,
            ast.VariantShape.UNIT: hir.VariantShape.UNIT,
        }[data.shape]
        fields = []
        for i, f in enumerate(data.fields):
            fid = self.def_of(f)
            assert fid is not None
            ident = f.ident if f.ident is not None else ast.Ident(name=str(i), span=f.span)
            with self.impl_trait_context(ImplTraitContext.DISALLOWED, "field types"):
                ty = self.lower_ty(f.ty)
            fields.append(
                hir.FieldDef(
                    def_id=fid,
                    ident=ident,
                    ty=ty,
                    vis_public=f.vis.kind == "public",
                    hir_id=self.next_id(),
                    span=f.span,
                )
            )
        ctor = self.r.ctor_nodes.get(data.id) if data.shape is not ast.VariantShape.STRUCT else None
        _ = owner
        return hir.VariantData(shape=shape, fields=tuple(fields), ctor=ctor)

    # -- functions ----------------------------------------------------------------------------

    def lower_fn(self, item: ast.FnItem, def_id: DefId, *, assoc: bool) -> hir.FnItem:
        decl_ast = item.sig.decl
        has_self = bool(decl_ast.inputs) and _is_self_param(decl_ast.inputs[0])
        rib_kind = RibKind.ASSOC_ITEM if assoc else RibKind.ITEM
        self.current_fn = item
        with self.generics(
            item.generics,
            def_id,
            rib_kind=rib_kind,
            item_kind="function",
            item_span=_generics_insert_span(item),
        ) as gs:
            ret_ctx = ImplTraitContext.RETURN
            decl = self.lower_fn_decl_sig(
                decl_ast, has_self=has_self, universal=True, ret_ctx=ret_ctx
            )
            generics = gs.finish()
            body_id: DefId | None = None
            if item.body is not None:
                body_id = def_id
                self.lower_fn_body(item, def_id, has_self)
            elif any(not isinstance(p.ty, ast.CVarArgsTy) for p in decl_ast.inputs):
                # Body-less (trait or foreign) fns: parameter patterns still resolve.
                with self.rib(VALUE_NS, RibKind.FN):
                    self.lower_params_pats(
                        [p.pat for p in decl_ast.inputs if not isinstance(p.ty, ast.CVarArgsTy)]
                    )
        header = item.sig.header
        abi = "Rust"
        if header.ext is not None:
            abi = str_value(header.ext)
        elif header.ext_bare:
            abi = "C"
        hdr = hir.FnHeader(
            safety=header.safety, is_const=header.is_const, is_async=header.is_async, abi=abi
        )
        return hir.FnItem(
            def_id=def_id,
            ident=item.ident,
            sig=hir.FnSig(header=hdr, decl=decl, span=item.sig.span),
            generics=generics,
            body=body_id,
            span=item.span,
        )

    def lower_fn_body(self, item: ast.FnItem, def_id: DefId, has_self: bool) -> None:
        assert item.body is not None
        saved = (self.fn_has_self, self.in_fn_body, self.is_async_body, self.label_ribs)
        self.fn_has_self = has_self
        self.in_fn_body = True
        self.is_async_body = item.sig.header.is_async
        self.label_ribs = [*self.label_ribs, LabelRib(LabelRibKind.BARRIER)]
        try:
            with (
                self.body_owner(def_id, "fn", item.span),
                self.rib(VALUE_NS, RibKind.FN),
                self.lt_rib(LifetimeRibKind.INFER),
            ):
                inputs = [p for p in item.sig.decl.inputs if not isinstance(p.ty, ast.CVarArgsTy)]
                pats = self.lower_params_pats([p.pat for p in inputs])
                params = tuple(
                    hir.Param(pat=pt, hir_id=self.next_id(), ty_span=p.ty.span, span=p.span)
                    for pt, p in zip(pats, inputs, strict=True)
                )
                block = self.lower_block(item.body)
        finally:
            self.fn_has_self, self.in_fn_body, self.is_async_body, self.label_ribs = saved
        value = hir.BlockExpr(hir_id=self.next_id(), block=block, span=item.body.span)
        self.out.bodies[def_id] = hir.Body(owner=def_id, params=params, value=value)

    def lower_const(self, item: ast.ConstItem, def_id: DefId, *, assoc: bool) -> hir.ConstItem:
        rib_kind = RibKind.ASSOC_ITEM if assoc else RibKind.ITEM
        with self.generics(item.generics, def_id, rib_kind=rib_kind, item_kind="constant") as gs:
            with self.lt_rib(LifetimeRibKind.STATIC):
                ty = self.lower_ty(item.ty)
            body = (
                self.lower_const_body(item.expr, def_id, item.ident, "const")
                if item.expr is not None
                else None
            )
            generics = gs.finish()
        return hir.ConstItem(
            def_id=def_id, ident=item.ident, ty=ty, generics=generics, body=body, span=item.span
        )

    def lower_const_body(
        self, expr: ast.Expr, def_id: DefId, ident: ast.Ident | None = None, kind: str = "const"
    ) -> DefId:
        saved_labels = self.label_ribs
        self.label_ribs = [*self.label_ribs, LabelRib(LabelRibKind.BARRIER)]
        vr = Rib(RibKind.CONSTANT, const_kind=kind, item_ident=ident)
        tr = Rib(RibKind.CONSTANT, const_kind=kind, item_ident=ident, is_anon_const_trivial=True)
        try:
            with (
                self.body_owner(def_id, "constant", expr.span),
                self.ribs_both(RibKind.CONSTANT, vr, tr),
                self.lt_rib(LifetimeRibKind.INFER),
            ):
                value = self.lower_expr(expr)
        finally:
            self.label_ribs = saved_labels
        self.out.bodies[def_id] = hir.Body(owner=def_id, params=(), value=value)
        return def_id

    # -- traits and impls ---------------------------------------------------------------------

    def lower_trait(self, item: ast.TraitItem, def_id: DefId) -> hir.TraitItem:
        self_res = SelfTyParamRes(def_id)
        with self.generics(
            item.generics,
            def_id,
            item_kind="trait",
            item_span=_generics_insert_span(item),
            self_params={"Self": self_res},
        ) as gs:
            bounds = self.lower_bounds(item.bounds)
            generics = gs.finish()
            self.scope = ItemScope(self_res_ty=self_res, trait_def=def_id, in_trait_def=True)
            ids: list[DefId] = []
            for ti in item.items:
                d = self.lower_assoc_item(ti)
                if d is not None:
                    ids.append(d)
        return hir.TraitItem(
            def_id=def_id,
            ident=item.ident,
            safety=item.safety,
            is_auto=item.is_auto,
            generics=generics,
            bounds=bounds,
            items=tuple(ids),
            span=item.span,
        )

    def lower_impl(self, item: ast.ImplItem, def_id: DefId) -> hir.ImplItem:
        self_res = SelfTyAliasRes(def_id)
        # `Self` is in scope from the impl's header on (its where clauses use it too).
        self_params: dict[str, Res] = {"Self": self_res, "Self#value": SelfCtorRes(def_id)}
        with self.generics(item.generics, def_id, item_kind="impl", self_params=self_params) as gs:
            of_trait: hir.TraitRef | None = None
            trait_def: DefId | None = None
            with self.lt_rib(LifetimeRibKind.ELISION_FRESH):
                if item.of_trait is not None:
                    of_trait = self.lower_trait_ref(item.of_trait)
                    res = of_trait.path.res
                    if isinstance(res, DefRes) and res.kind is DefKind.TRAIT:
                        trait_def = res.def_id
                with self.impl_trait_context(ImplTraitContext.DISALLOWED, "the impl header"):
                    self_ty = self.lower_ty(item.self_ty)
            generics = gs.finish()
            self_adt = _adt_of(self_ty)
            impl_items = None
            if item.of_trait is None:
                impl_items = {ii.ident.name: ii for ii in item.items}
            self.scope = ItemScope(
                self_res_ty=self_res,
                self_res_value=SelfCtorRes(def_id),
                trait_def=trait_def,
                impl_def=def_id,
                self_adt=self_adt,
                impl_items=impl_items,
            )
            ids: list[DefId] = []
            for ii in item.items:
                d = self.lower_assoc_item(ii)
                if d is not None:
                    ids.append(d)
                    if trait_def is not None:
                        self.check_trait_item(ii, trait_def, of_trait)
        polarity = (
            hir.ImplPolarity.NEGATIVE
            if item.polarity is ast.ImplPolarity.NEGATIVE
            else hir.ImplPolarity.POSITIVE
        )
        return hir.ImplItem(
            def_id=def_id,
            ident=item.ident,
            safety=item.safety,
            polarity=polarity,
            is_default=item.is_default,
            generics=generics,
            of_trait=of_trait,
            self_ty=self_ty,
            items=tuple(ids),
            span=item.span,
        )

    def check_trait_item(
        self, ii: ast.Item, trait_def: DefId, of_trait: hir.TraitRef | None
    ) -> None:
        """E0407/E0437/E0438: an impl item the trait does not declare."""
        if isinstance(ii, ast.FnItem):
            ns, code, what, kind_word = VALUE_NS, "E0407", "method", "associated function"
        elif isinstance(ii, ast.ConstItem):
            ns, code, what, kind_word = VALUE_NS, "E0438", "const", "associated constant"
        elif isinstance(ii, ast.TyAliasItem):
            ns, code, what, kind_word = TYPE_NS, "E0437", "type", "associated type"
        else:
            return
        items = self.r.trait_items.get(trait_def, {})
        name = ii.ident.name
        if (name, ns) in items:
            return
        tname = self.defs.name(trait_def)
        d = Diagnostic.error(f"{what} `{name}` is not a member of trait `{tname}`", code=code)
        d.with_primary(ii.span, f"not a member of trait `{tname}`")
        want_kind = {
            "E0407": DefKind.ASSOC_FN,
            "E0438": DefKind.ASSOC_CONST,
            "E0437": DefKind.ASSOC_TY,
        }[code]
        cands = sorted(n for (n, _ns), did in items.items() if self.defs.kind(did) is want_kind)
        best = find_best_match_for_name(cands, name)
        if best is not None:
            d.with_suggestion(
                f"there is an {kind_word} with a similar name",
                [(ii.ident.span, best)],
                Applicability.HAS_PLACEHOLDERS,
                style="inline",
            )
        self.emit(d)
        _ = of_trait

    def lower_assoc_item(self, ii: ast.Item) -> DefId | None:
        def_id = self.def_of(ii)
        if def_id is None:
            return None
        saved_owner = (self.owner, self.item_owner, self.current_fn)
        self.owner = def_id
        self.item_owner = def_id
        try:
            if isinstance(ii, ast.FnItem):
                self.out.items[def_id] = self.lower_fn(ii, def_id, assoc=True)
            elif isinstance(ii, ast.ConstItem):
                self.out.items[def_id] = self.lower_const(ii, def_id, assoc=True)
            elif isinstance(ii, ast.TyAliasItem):
                with self.generics(
                    ii.generics, def_id, rib_kind=RibKind.ASSOC_ITEM, item_kind="associated type"
                ) as gs:
                    with self.lt_rib(LifetimeRibKind.ANON_ERROR):
                        ty = self.lower_ty(ii.ty) if ii.ty is not None else None
                    bounds = self.lower_bounds(ii.bounds)
                    if ii.where_after_ty is not None:
                        for pred in ii.where_after_ty.predicates:
                            gs.predicates.append(self.lower_where_predicate(pred))
                    generics = gs.finish()
                self.out.items[def_id] = hir.TyAliasItem(
                    def_id=def_id,
                    ident=ii.ident,
                    generics=generics,
                    bounds=bounds,
                    ty=ty,
                    span=ii.span,
                )
            else:
                return None
        finally:
            self.owner, self.item_owner, self.current_fn = saved_owner
        return def_id

    # -- extern blocks, uses ------------------------------------------------------------------

    def lower_foreign_mod(self, item: ast.ForeignModItem, def_id: DefId) -> hir.ForeignModItem:
        abi = str_value(item.abi) if item.abi is not None else "C"
        ids: list[DefId] = []
        for fi in item.items:
            fid = self.def_of(fi)
            if fid is None:
                continue
            self.owner = fid
            self.item_owner = fid
            if isinstance(fi, ast.FnItem):
                fn = self.lower_fn(fi, fid, assoc=False)
                # A foreign fn has its block's ABI and is unsafe to call unless declared
                # `safe` (`unsafe extern "C" fn(c_int) -> c_int {abs}`).
                hdr = fn.sig.header
                safety = hir.Safety.UNSAFE if hdr.safety is hir.Safety.DEFAULT else hdr.safety
                hdr = dataclasses.replace(hdr, abi=abi, safety=safety)
                self.out.items[fid] = dataclasses.replace(fn, sig=dataclasses.replace(fn.sig, header=hdr))
            elif isinstance(fi, ast.StaticItem):
                with self.lt_rib(LifetimeRibKind.STATIC):
                    ty = self.lower_ty(fi.ty)
                self.out.items[fid] = hir.StaticItem(
                    def_id=fid, ident=fi.ident, ty=ty, mutbl=fi.mutbl, body=None, span=fi.span
                )
            elif isinstance(fi, ast.TyAliasItem):
                self.out.items[fid] = hir.TyAliasItem(
                    def_id=fid,
                    ident=fi.ident,
                    generics=hir.Generics(params=(), predicates=(), span=fi.span),
                    bounds=(),
                    ty=None,
                    span=fi.span,
                )
            ids.append(fid)
        return hir.ForeignModItem(
            def_id=def_id, ident=item.ident, abi=abi, items=tuple(ids), span=item.span
        )

    def lower_use(self, item: ast.UseItem) -> list[DefId]:
        out: list[DefId] = []
        for imp in self.imports_by_item.get(item.span, []):
            if (
                imp.parent is not self.module
                and imp.parent.block_id == 0
                and self.module.block_id == 0
            ):
                pass
            segs: list[hir.PathSegment] = []
            idents = [*imp.module_path]
            if imp.kind is ImportKind.SINGLE:
                idents.append(imp.source)
            final = imp.path_res if imp.path_res is not None else ERR_RES
            for i, ident in enumerate(idents):
                if ident.name == "{{root}}":
                    continue
                res = imp.segment_res[i] if i < len(imp.segment_res) else ERR_RES
                if i == len(idents) - 1:
                    res = final
                segs.append(hir.PathSegment(ident=ident, res=res, hir_id=self.next_id()))
            path = hir.Path(res=final, segments=tuple(segs), span=imp.span)
            kind = "glob" if imp.kind is ImportKind.GLOB else "single"
            self.out.items[imp.use_def] = hir.UseItem(
                def_id=imp.use_def, ident=imp.target, path=path, kind=kind, span=imp.span
            )
            out.append(imp.use_def)
        return out


def _is_self_param(p: ast.Param) -> bool:
    return isinstance(p.pat, ast.IdentPat) and p.pat.ident.name == "self"


def _adt_of(ty: hir.Ty) -> DefId | None:
    if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath):
        res = ty.qpath.path.res
        if isinstance(res, DefRes) and res.kind in (DefKind.STRUCT, DefKind.UNION, DefKind.ENUM):
            return res.def_id
    return None


def _item_kind(item: ast.Item) -> str:
    return {
        ast.FnItem: "function",
        ast.StructItem: "struct",
        ast.EnumItem: "enum",
        ast.UnionItem: "union",
        ast.TraitItem: "trait",
        ast.ImplItem: "impl",
        ast.TyAliasItem: "type alias",
        ast.ConstItem: "constant",
        ast.StaticItem: "static",
    }.get(type(item), "item")


def _has_generics(item: ast.Item) -> bool:
    g = getattr(item, "generics", None)
    return isinstance(g, ast.Generics) and bool(g.params)


def _generics_insert_span(item: ast.Item) -> Span:
    """Where `<T>` would go (after the name), or the `<...>` when there are parameters."""
    g = getattr(item, "generics", None)
    if isinstance(g, ast.Generics) and g.params:
        return g.span
    sp = item.ident.span
    return Span(sp.hi, sp.hi, sp.ctxt)


_ = (Namespace, LifetimeRib, PatternSource)
