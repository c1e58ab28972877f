"""Building the module graph of a crate: definitions and the names they bind (rustc's
`def_collector` and `build_reduced_graph`).

`Collector.collect_crate(krate)` walks the expanded AST of one crate and, for every item,
variant, field, constructor and associated item, creates its `DefId` (recording the AST
node, the attributes, rustc's *def span* and the visibility) and binds its name in its
module's namespaces: modules, enums and traits also become `Module`s (enum variants and
trait items are bound inside them). `use` trees become `Import`s (one per imported name or
glob), registered for `imports.resolve_imports`; `extern crate` binds a crate root (and
adds it to the extern prelude at the crate root); `#[lang = "..."]` items are recorded.

Function bodies are not walked here: a block that declares items gets its anonymous module
from `collect_block`, called by lowering when it reaches the block (the items of a block
are visible only inside it, so nothing earlier needs them). Generic parameters, closures
and anonymous constants get their DefIds from lowering too.

Invariant: each AST item is collected once; a second definition of a name in the same
namespace of a module is reported (E0428/E0252/E0254/E0255/E0260) and not bound.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import LitKind
from ferric.resolve.defs import (
    PUBLIC,
    CtorKind,
    DefData,
    DefId,
    DefKind,
    DefRes,
    Namespace,
    Visibility,
)
from ferric.resolve.module import Binding, Import, ImportKind, Module, ModuleKind
from ferric.resolve.resolver import MACRO_NS, TYPE_NS, VALUE_NS, CrateData, Resolver
from ferric.syntax import ast

_NS_WORD = {TYPE_NS: "type", VALUE_NS: "value", MACRO_NS: "macro"}


def attr_value(attrs: tuple[ast.Attribute, ...], name: str) -> str | None:
    """The string of `#[name = "value"]` among `attrs`."""
    for a in attrs:
        k = a.kind
        if (
            isinstance(k, ast.NormalAttr)
            and len(k.path.segments) == 1
            and k.path.segments[0].ident.name == name
        ):
            args = k.args
            if isinstance(args, ast.AttrEq) and isinstance(args.expr, ast.LitExpr):
                lit = args.expr.lit
                if lit.kind in (LitKind.STR, LitKind.STR_RAW):
                    return lit.symbol
    return None


def has_attr(attrs: tuple[ast.Attribute, ...], name: str) -> bool:
    for a in attrs:
        k = a.kind
        if (
            isinstance(k, ast.NormalAttr)
            and len(k.path.segments) == 1
            and k.path.segments[0].ident.name == name
        ):
            return True
    return False


def item_def_span(item: ast.Item) -> Span:
    """rustc's `def_span`: the part of an item its notes point at."""
    span = item.span
    if isinstance(item, ast.FnItem):
        return item.sig.span if item.body is not None else span
    if isinstance(item, ast.ConstItem | ast.StaticItem | ast.TyAliasItem):
        return span
    if (
        isinstance(item, ast.StructItem | ast.UnionItem)
        and item.data.shape is not ast.VariantShape.STRUCT
    ):
        return span
    hi = item.ident.span.hi if item.ident.name else span.hi
    generics = getattr(item, "generics", None)
    if isinstance(generics, ast.Generics):
        if generics.params:
            hi = max(hi, generics.span.hi)
        if generics.where_clause.has_where_token:
            hi = max(hi, generics.where_clause.span.hi)
    if isinstance(item, ast.TraitItem) and item.bounds:
        hi = max(hi, item.bounds[-1].span.hi)
    if isinstance(item, ast.ImplItem):
        hi = max(hi, item.self_ty.span.hi)
    if not item.ident.name and not isinstance(item, ast.ImplItem):
        return span
    return Span(span.lo, min(hi, span.hi), span.ctxt)


class Collector:
    """Collects one crate's definitions into the resolver's graph."""

    def __init__(self, r: Resolver, crate: CrateData) -> None:
        self.r = r
        self.crate = crate
        self.defs = r.defs

    # -- entry points -------------------------------------------------------------------------

    def collect_crate(self, krate: ast.Crate) -> None:
        root = self.crate.root
        root.no_implicit_prelude = has_attr(krate.attrs, "no_implicit_prelude")
        self.items(krate.items, root)

    def collect_block(self, block: ast.Block, parent: Module, owner: DefId) -> Module | None:
        """The anonymous module of `block` (None when it declares no items), collected."""
        items = [s.item for s in block.stmts if isinstance(s, ast.ItemStmt)]
        if not items:
            return None
        m = self.r.new_module(ModuleKind.BLOCK, owner, "", parent, self.crate.num, block.span)
        m.block_id = block.id
        self.r.block_modules[block.id] = m
        self.items(items, m, owner)
        return m

    # -- items --------------------------------------------------------------------------------

    def items(
        self,
        items: tuple[ast.Item, ...] | list[ast.Item],
        module: Module,
        parent_def: DefId | None = None,
    ) -> None:
        pdef = module.def_id if parent_def is None else parent_def
        for item in items:
            self.item(item, module, pdef)

    def new_def(
        self,
        kind: DefKind,
        name: str,
        parent: DefId | None,
        span: Span,
        vis: Visibility,
        node: object,
        attrs: tuple[ast.Attribute, ...] = (),
    ) -> DefId:
        def_id = self.defs.add(
            DefData(kind, name, parent, self.crate.num, span, vis, node, attrs=attrs)
        )
        lang = attr_value(attrs, "lang") if attrs else None
        if lang is not None:
            self.r.lang_items.setdefault(lang, def_id)
        return def_id

    def resolve_vis(self, vis: ast.Visibility, module: Module) -> Visibility:
        if vis.kind == "public":
            return PUBLIC
        if vis.kind != "restricted" or vis.path is None:
            return self.r.private_vis(module)
        segs = [s.ident.name for s in vis.path.segments]
        target: Module | None = module.nearest_normal()
        for i, name in enumerate(segs):
            if target is None:
                break
            if name == "crate" and i == 0:
                target = self.crate.root
            elif name == "self" and i == 0:
                target = module.nearest_normal()
            elif name == "super":
                target = target.parent.nearest_normal() if target.parent is not None else None
            else:
                b = target.binding(name, TYPE_NS)
                target = b.module if b is not None else None
        if target is None:
            return self.r.private_vis(module)
        return Visibility(public=False, restricted_to=target.def_id)

    def item(self, item: ast.Item, module: Module, parent_def: DefId) -> None:
        r = self.r
        name = item.ident.name
        attrs = item.attrs
        if isinstance(item, ast.UseItem):
            vis = self.resolve_vis(item.vis, module)
            self.use_tree(item, item.tree, [], module, vis, nested=False)
            return
        if isinstance(item, ast.MacCallItem):
            return
        vis = self.resolve_vis(item.vis, module)
        span = item_def_span(item)
        if isinstance(item, ast.ModItem):
            def_id = self.new_def(DefKind.MOD, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            sub = r.new_module(ModuleKind.MOD, def_id, name, module, self.crate.num, item.span)
            sub.no_implicit_prelude = has_attr(item.attrs, "no_implicit_prelude") or has_attr(
                item.inner_attrs, "no_implicit_prelude"
            )
            self.define(
                module,
                item.ident,
                TYPE_NS,
                Binding(DefRes(DefKind.MOD, def_id), vis, span, module=sub),
            )
            if item.items is not None:
                self.items(item.items, sub)
            if item.inner_span is None:
                r.mods_with_errors.add(def_id)
            return
        if isinstance(item, ast.StructItem | ast.UnionItem):
            kind = DefKind.STRUCT if isinstance(item, ast.StructItem) else DefKind.UNION
            def_id = self.new_def(kind, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            self.define(module, item.ident, TYPE_NS, Binding(DefRes(kind, def_id), vis, span))
            field_vis = self.fields(def_id, item.data, module, vis_default=None)
            if kind is DefKind.STRUCT and item.data.shape is not ast.VariantShape.STRUCT:
                ctor_vis = vis
                for fv in field_vis:
                    ctor_vis = r.vis_min(ctor_vis, fv)
                if has_attr(attrs, "non_exhaustive") and ctor_vis.public:
                    ctor_vis = Visibility(public=False, restricted_to=self.crate.root.def_id)
                ck = CtorKind.FN if item.data.shape is ast.VariantShape.TUPLE else CtorKind.CONST
                ctor = self.new_def(DefKind.CTOR, name, def_id, span, ctor_vis, item.data)
                self.defs[ctor].ctor_of = def_id
                self.defs[ctor].ctor_kind = ck
                self.defs[def_id].ctor = ctor
                r.ctor_nodes[item.data.id] = ctor
                self.define(
                    module,
                    item.ident,
                    VALUE_NS,
                    Binding(DefRes(DefKind.CTOR, ctor), ctor_vis, span),
                )
            return
        if isinstance(item, ast.EnumItem):
            def_id = self.new_def(DefKind.ENUM, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            sub = r.new_module(ModuleKind.ENUM, def_id, name, module, self.crate.num, item.span)
            self.define(
                module,
                item.ident,
                TYPE_NS,
                Binding(DefRes(DefKind.ENUM, def_id), vis, span, module=sub),
            )
            for v in item.variants:
                vspan = Span(v.span.lo, v.ident.span.hi, v.span.ctxt)
                vid = self.new_def(DefKind.VARIANT, v.ident.name, def_id, vspan, vis, v, v.attrs)
                r.node_defs[v.id] = vid
                r.item_spans[vid] = v.span
                self.define(
                    sub, v.ident, TYPE_NS, Binding(DefRes(DefKind.VARIANT, vid), vis, vspan)
                )
                self.fields(vid, v.data, module, vis_default=PUBLIC)
                if v.data.shape is not ast.VariantShape.STRUCT:
                    ck = CtorKind.FN if v.data.shape is ast.VariantShape.TUPLE else CtorKind.CONST
                    ctor = self.new_def(DefKind.CTOR, v.ident.name, vid, vspan, vis, v.data)
                    self.defs[ctor].ctor_of = vid
                    self.defs[ctor].ctor_kind = ck
                    self.defs[vid].ctor = ctor
                    r.ctor_nodes[v.data.id] = ctor
                    self.define(
                        sub, v.ident, VALUE_NS, Binding(DefRes(DefKind.CTOR, ctor), vis, vspan)
                    )
            return
        if isinstance(item, ast.TraitItem | ast.TraitAliasItem):
            kind = DefKind.TRAIT if isinstance(item, ast.TraitItem) else DefKind.TRAIT_ALIAS
            def_id = self.new_def(kind, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            if isinstance(item, ast.TraitAliasItem):
                self.define(module, item.ident, TYPE_NS, Binding(DefRes(kind, def_id), vis, span))
                return
            sub = r.new_module(ModuleKind.TRAIT, def_id, name, module, self.crate.num, item.span)
            self.define(
                module, item.ident, TYPE_NS, Binding(DefRes(kind, def_id), vis, span, module=sub)
            )
            table = r.trait_items.setdefault(def_id, {})
            for ti in item.items:
                self.assoc_item(ti, def_id, sub, vis, table)
            return
        if isinstance(item, ast.ImplItem):
            def_id = self.new_def(DefKind.IMPL, "", parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            for ii in item.items:
                self.assoc_item(ii, def_id, None, None, None, module=module)
            return
        if isinstance(item, ast.FnItem):
            def_id = self.new_def(DefKind.FN, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            self.define(
                module, item.ident, VALUE_NS, Binding(DefRes(DefKind.FN, def_id), vis, span)
            )
            return
        if isinstance(item, ast.ConstItem | ast.StaticItem):
            kind = DefKind.CONST if isinstance(item, ast.ConstItem) else DefKind.STATIC
            def_id = self.new_def(kind, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            if name != "_":
                self.define(module, item.ident, VALUE_NS, Binding(DefRes(kind, def_id), vis, span))
            return
        if isinstance(item, ast.TyAliasItem):
            def_id = self.new_def(DefKind.TY_ALIAS, name, parent_def, span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            r.item_spans[def_id] = item.span
            self.define(
                module, item.ident, TYPE_NS, Binding(DefRes(DefKind.TY_ALIAS, def_id), vis, span)
            )
            return
        if isinstance(item, ast.ForeignModItem):
            def_id = self.new_def(DefKind.FOREIGN_MOD, "", parent_def, item.span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            for fi in item.items:
                fvis = self.resolve_vis(fi.vis, module)
                fspan = item_def_span(fi)
                if isinstance(fi, ast.FnItem):
                    kind = DefKind.FN
                    ns = VALUE_NS
                elif isinstance(fi, ast.StaticItem):
                    kind = DefKind.STATIC
                    ns = VALUE_NS
                elif isinstance(fi, ast.TyAliasItem):
                    kind = DefKind.FOREIGN_TY
                    ns = TYPE_NS
                else:
                    continue
                fid = self.new_def(kind, fi.ident.name, def_id, fspan, fvis, fi, fi.attrs)
                r.node_defs[fi.id] = fid
                r.item_spans[fid] = fi.span
                self.define(module, fi.ident, ns, Binding(DefRes(kind, fid), fvis, fspan))
            return
        if isinstance(item, ast.ExternCrateItem):
            self.extern_crate(item, module, parent_def, vis, span)
            return
        if isinstance(item, ast.MacroRulesItem):
            def_id = self.new_def(DefKind.MACRO, name, parent_def, item.span, vis, item, attrs)
            r.node_defs[item.id] = def_id
            # `macro_rules!` scoping is textual (the expander's); the module remembers the
            # last definition so that `use name;` can re-export it.
            module.macro_rules[name] = Binding(DefRes(DefKind.MACRO, def_id), vis, item.span)
            if has_attr(attrs, "macro_export"):
                b = Binding(DefRes(DefKind.MACRO, def_id), PUBLIC, item.span)
                root = self.crate.root
                if root.binding(name, MACRO_NS) is None:
                    root.resolution(name, MACRO_NS).binding = b
            return

    def fields(
        self, owner: DefId, data: ast.VariantData, module: Module, vis_default: Visibility | None
    ) -> list[Visibility]:
        out: list[tuple[str, Visibility, Span]] = []
        visibilities: list[Visibility] = []
        for i, f in enumerate(data.fields):
            fname = f.ident.name if f.ident is not None else str(i)
            fvis = vis_default if vis_default is not None else self.resolve_vis(f.vis, module)
            fspan = Span(f.span.lo, f.ident.span.hi, f.span.ctxt) if f.ident is not None else f.span
            fid = self.new_def(DefKind.FIELD, fname, owner, fspan, fvis, f, f.attrs)
            self.r.node_defs[f.id] = fid
            out.append((fname, fvis, f.span))
            visibilities.append(fvis)
        self.r.field_names[owner] = out
        return visibilities

    def assoc_item(
        self,
        item: ast.Item,
        parent: DefId,
        trait_module: Module | None,
        trait_vis: Visibility | None,
        table: dict[tuple[str, Namespace], DefId] | None,
        module: Module | None = None,
    ) -> None:
        if isinstance(item, ast.FnItem):
            kind, ns = DefKind.ASSOC_FN, VALUE_NS
        elif isinstance(item, ast.ConstItem):
            kind, ns = DefKind.ASSOC_CONST, VALUE_NS
        elif isinstance(item, ast.TyAliasItem):
            kind, ns = DefKind.ASSOC_TY, TYPE_NS
        else:
            return
        if trait_vis is not None:
            vis = trait_vis
        else:
            assert module is not None
            vis = self.resolve_vis(item.vis, module)
        span = item_def_span(item)
        def_id = self.new_def(kind, item.ident.name, parent, span, vis, item, item.attrs)
        self.r.node_defs[item.id] = def_id
        self.r.item_spans[def_id] = item.span
        if trait_module is not None:
            b = Binding(DefRes(kind, def_id), vis, span)
            res = trait_module.resolution(item.ident.name, ns)
            if res.binding is None:
                res.binding = b
        if table is not None:
            table.setdefault((item.ident.name, ns), def_id)

    def extern_crate(
        self,
        item: ast.ExternCrateItem,
        module: Module,
        parent_def: DefId,
        vis: Visibility,
        span: Span,
    ) -> None:
        r = self.r
        orig = item.orig_name.name if item.orig_name is not None else item.ident.name
        def_id = self.new_def(
            DefKind.EXTERN_CRATE, item.ident.name, parent_def, item.span, vis, item, item.attrs
        )
        r.node_defs[item.id] = def_id
        target: Module | None = None
        if orig == "self":
            target = self.crate.root
        else:
            # The crates it may name: std and the crates passed to it (its extern prelude
            # before any `extern crate` item is collected), never itself or a stranger.
            given = self.crate.extern_prelude.get(orig)
            if given is not None and given.module is not None:
                target = given.module
        if target is None:
            name_span = item.orig_name.span if item.orig_name is not None else item.ident.span
            r.emit(
                Diagnostic.error(f"can't find crate for `{orig}`", code="E0463").with_primary(
                    name_span, "can't find crate"
                )
            )
            return
        if item.ident.name == "_":
            return
        b = Binding(target.res, vis, item.span, module=target, is_extern_crate=True)
        self.define(module, item.ident, TYPE_NS, b)
        if module is self.crate.root:
            self.crate.extern_prelude[item.ident.name] = b

    # -- use trees ----------------------------------------------------------------------------

    def use_tree(
        self,
        item: ast.UseItem,
        tree: ast.UseTree,
        prefix: list[ast.Ident],
        module: Module,
        vis: Visibility,
        *,
        nested: bool,
    ) -> None:
        segs = [s.ident for s in tree.prefix.segments]
        full = prefix + segs
        if tree.prefix.is_global and not prefix:
            full.insert(0, ast.Ident(name="{{root}}", span=tree.prefix.span.shrink_to_lo()))
        if tree.kind == "nested":
            for sub in tree.nested:
                self.use_tree(item, sub, full, module, vis, nested=True)
            return
        use_def = self.new_def(DefKind.USE, "", module.def_id, tree.span, vis, item)
        if tree.kind == "glob":
            imp = Import(
                ImportKind.GLOB,
                tuple(full),
                ast.Ident(name="*", span=tree.span),
                ast.Ident(name="*", span=tree.span),
                module,
                vis,
                tree.span,
                item.span,
                use_def,
                tree.id,
                is_nested=nested,
                is_prelude=has_attr(item.attrs, "prelude_import"),
            )
            self.crate.imports.append(imp)
            if imp.is_prelude:
                self.crate.prelude_import = imp
                return
            module.globs.append(imp)
            module.pending_imports += 1
            return
        if not full:
            return
        source = full[-1]
        module_path = full[:-1]
        type_ns_only = False
        if source.name == "self":
            if not nested:
                self.r.emit(
                    Diagnostic.error(
                        "`self` imports are only allowed within a { } list", code="E0429"
                    ).with_primary(source.span)
                )
                return
            if not module_path:
                self.r.emit(
                    Diagnostic.error("imports need to be explicitly named").with_primary(
                        source.span
                    )
                )
                return
            source = module_path[-1]
            module_path = module_path[:-1]
            type_ns_only = True
        target = tree.rename if tree.rename is not None else source
        if source.name == "crate" and not module_path and tree.rename is None:
            self.r.emit(
                Diagnostic.error(
                    "crate root imports need to be explicitly named: `use crate as name;`"
                ).with_primary(source.span)
            )
            return
        imp = Import(
            ImportKind.SINGLE,
            tuple(module_path),
            source,
            target,
            module,
            vis,
            tree.span,
            item.span,
            use_def,
            tree.id,
            type_ns_only=type_ns_only,
            is_nested=nested,
        )
        self.crate.imports.append(imp)
        module.pending_imports += 1
        if target.name != "_":
            for ns in (TYPE_NS, VALUE_NS, MACRO_NS):
                if type_ns_only and ns is not TYPE_NS:
                    continue
                module.resolution(target.name, ns).single_imports.append(imp)

    # -- binding names ------------------------------------------------------------------------

    def define(self, module: Module, ident: ast.Ident, ns: Namespace, binding: Binding) -> None:
        define(self.r, module, ident.name, ns, binding, ident.span)


def define(
    r: Resolver, module: Module, name: str, ns: Namespace, binding: Binding, span: Span
) -> None:
    """Bind `name` in `ns` of `module`; glob bindings rank below others; a second non-glob
    binding is a duplicate-definition error."""
    if name == "_":
        return
    res = module.resolution(name, ns)
    old = res.binding
    if binding.is_glob:
        if old is None:
            res.binding = binding
        elif old.is_glob:
            if old.res != binding.res:
                if old.ambiguity is None and binding.res != old.res:
                    if r.vis_is_at_least(binding.vis, old.vis) and not r.vis_is_at_least(
                        old.vis, binding.vis
                    ):
                        pass
                    res.binding = Binding(
                        old.res,
                        old.vis,
                        old.span,
                        old.module,
                        old.import_,
                        old.source,
                        True,
                        ambiguity=binding,
                    )
                else:
                    return
            else:
                # The same thing twice: keep the more visible binding.
                if r.vis_is_at_least(binding.vis, old.vis) and not r.vis_is_at_least(
                    old.vis, binding.vis
                ):
                    res.binding = binding
                else:
                    return
        else:
            res.shadowed_glob = binding
            return
    else:
        if old is None:
            res.binding = binding
        elif old.is_glob:
            res.shadowed_glob = old
            res.binding = binding
        else:
            report_conflict(r, module, name, ns, old, binding, span)
            return
    propagate(r, module, name, ns, res.binding)


def propagate(
    r: Resolver, module: Module, name: str, ns: Namespace, binding: Binding | None
) -> None:
    """Give a (new or changed) binding of `module` to the modules that glob-import it."""
    if binding is None:
        return
    for imp in module.glob_importers:
        if not r.is_accessible_from(binding.vis, imp.parent):
            continue
        if (
            binding.is_import
            and binding.import_ is not None
            and binding.import_.is_glob
            and binding.import_.parent is imp.parent
        ):
            continue
        imported = glob_binding(r, binding, imp)
        define(r, imp.parent, name, ns, imported, imp.span)


def glob_binding(r: Resolver, binding: Binding, imp: Import) -> Binding:
    vis = r.vis_min(binding.vis, imp.vis) if not imp.vis.public else binding.vis
    if not r.vis_is_at_least(imp.vis, binding.vis):
        vis = imp.vis
    return Binding(
        binding.res, vis, imp.span, binding.module, imp, binding, True, ambiguity=binding.ambiguity
    )


def report_conflict(
    r: Resolver, module: Module, name: str, ns: Namespace, old: Binding, new: Binding, span: Span
) -> None:
    """rustc's `report_conflict`: E0428 (items), E0252 (imports), E0254/E0260 (extern
    crates), E0255 (import and item)."""
    # rustc reports the later of the two as the redefinition.
    if new.span.lo < old.span.lo:
        old, new = new, old
    new_span = new.span
    if ("conflict", new_span) in r.errors_reported:
        return
    r.errors_reported.add(("conflict", new_span))
    container = {
        ModuleKind.MOD: "module",
        ModuleKind.BLOCK: "block",
        ModuleKind.ENUM: "enum",
        ModuleKind.TRAIT: "trait",
    }[module.kind]
    ns_word = _NS_WORD[ns]
    old_noun = _binding_noun(r, old)
    old_user_import = old.is_import
    new_user_import = new.is_import
    if old.is_extern_crate and new.is_extern_crate:
        code = "E0259"
    elif old.is_extern_crate or new.is_extern_crate:
        code = (
            "E0254"
            if (old.is_import or old.is_extern_crate) and (new.is_import or new.is_extern_crate)
            else "E0260"
        )
    elif old_user_import and new_user_import:
        code = "E0252"
    elif old_user_import or new_user_import:
        code = "E0255"
    else:
        code = "E0428"
    what = "reimported" if (new.is_import or new.is_extern_crate) else "redefined"
    old_kind = "import" if (old.is_import or old.is_extern_crate) else "definition"
    d = Diagnostic.error(f"the name `{name}` is defined multiple times", code=code)
    d.with_primary(new_span, f"`{name}` {what} here")
    d.with_label(old.span, f"previous {old_kind} of the {old_noun} `{name}` here")
    d.with_note(
        f"`{name}` must be defined only once in the {ns_word} namespace of this {container}"
    )
    if new.is_import and new.import_ is not None:
        imp = new.import_
        if imp.kind is ImportKind.SINGLE and imp.source.name == imp.target.name and not new.is_glob:
            d.with_suggestion(
                "you can use `as` to change the binding name of the import",
                [(imp.source.span.shrink_to_hi(), f" as {_other_name(name)}")],
                Applicability.MAYBE_INCORRECT,
            )
    elif old.is_import and old.import_ is not None:
        imp = old.import_
        if imp.kind is ImportKind.SINGLE and imp.source.name == imp.target.name and not old.is_glob:
            d.with_suggestion(
                "you can use `as` to change the binding name of the import",
                [(imp.source.span.shrink_to_hi(), f" as {_other_name(name)}")],
                Applicability.MAYBE_INCORRECT,
            )
    r.emit(d)


def _other_name(name: str) -> str:
    return f"Other{name}" if name[:1].isupper() else f"other_{name}"


def _binding_noun(r: Resolver, b: Binding) -> str:
    """`type`, `value`, `module`, `macro` as rustc's conflict label says it."""
    res = b.res
    if b.is_extern_crate:
        return "extern crate"
    if b.module is not None and isinstance(res, DefRes) and res.kind is DefKind.MOD:
        return "module"
    if isinstance(res, DefRes) and res.kind.ns is VALUE_NS:
        return "value"
    if isinstance(res, DefRes) and res.kind is DefKind.MACRO:
        return "macro"
    return "type"
