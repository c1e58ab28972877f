"""The type context (rustc's `TyCtxt`): everything later stages ask about definitions.

`TyCtxt` wraps the session's `DefTable` and `HirCrate` and answers, lazily and memoised:
`generics_of`, `type_of`, `fn_sig`, `predicates_of`, `adt_def`, `associated_items`,
`impl_trait_ref`, `trait_impls`, `inherent_impls`, `lang_item`, ... Signatures are lowered
from HIR types by `ty.lower.HirTyLowerer` the first time they are asked for.

Invariant: answers never change once given (HIR is frozen; caches only grow).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any

from ferric.base.hygiene import HygieneData
from ferric.base.lazy_map import LazyMap, LazySource
from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceMap
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import (
    LOCAL_CRATE,
    STD_CRATE,
    CrateNum,
    CtorKind,
    DefId,
    DefKind,
    DefTable,
    HirId,
)
from ferric.ty import print as ty_print
from ferric.ty import ty as t
from ferric.ty.adt import AdtDef, AdtKind, FieldDef, VariantDef
from ferric.ty.fold import instantiate
from ferric.ty.generics import EMPTY, GenericParamDef, Generics, ParamKind
from ferric.ty.predicate import Clause, TraitRef

_CURRENT: TyCtxt | None = None


def current() -> TyCtxt | None:
    """The type context of the compilation in progress (for printing hooks)."""
    return _CURRENT


class AssocKind(enum.Enum):
    FN = "fn"
    CONST = "const"
    TYPE = "type"


@dataclass(frozen=True, slots=True)
class AssocItem:
    def_id: DefId
    name: str
    kind: AssocKind
    container: DefId
    """The trait or impl it belongs to."""
    trait_item: DefId | None
    """For items of a trait impl: the trait's item it implements."""
    fn_has_self: bool = False
    has_value: bool = True
    """Trait items: a default body/value/type is given."""


@dataclass(frozen=True, slots=True)
class TraitDef:
    def_id: DefId
    is_auto: bool
    is_marker: bool
    safety_unsafe: bool
    paren_sugar: bool
    """`Fn`-family traits: written `Fn(A) -> B`."""


@dataclass(slots=True)
class _Owner:
    """Where a field/variant/ctor/param lives in the HIR."""

    item: DefId
    node: object


class TyCtxt:
    def __init__(
        self,
        defs: DefTable,
        hir_crate: hir.HirCrate,
        dcx: DiagCtxt,
        source_map: SourceMap,
        crate_names: dict[CrateNum, str] | None = None,
        trait_map: dict[HirId, tuple[DefId, ...]] | None = None,
        hygiene: HygieneData | None = None,
    ) -> None:
        self.defs = defs
        self.hygiene = hygiene
        """The expansions spans come from (to point at a macro's call site), when known."""
        self.hir = hir_crate
        self.dcx = dcx
        self.diag_marks: dict[tuple[str, DefId], int] = {}
        """How many diagnostics there were when a pass started or finished a body:
        `("typeck_start", owner)`, `("typeck", owner)`,
        `("match", owner)` (match checking, the borrow checker's start), `("borrowck",
        owner)`. rustc emits each body's lints during its passes; ferric collects them and
        places them at these marks (`driver.pipeline._builtin_lints`)."""
        self.privacy_errors: list[Diagnostic] = []
        """Errors of rustc's privacy pass (E0451), found while type checking but reported
        after every other check, and only when no other error was (`emit_privacy_errors`)."""
        self.source_map = source_map
        self.crate_names = crate_names or {}
        self.trait_map = trait_map or {}
        self._owners: dict[DefId, _Owner] = {}
        # Query caches; for crates read from metadata they start with the answers it holds
        # (`HirCrate.extern_queries`, decoded on first use).
        ext = hir_crate.extern_queries or {}
        self._generics: MutableMapping[DefId, Generics] = _memo(ext, "generics_of")
        self._type_of: MutableMapping[DefId, t.Ty] = _memo(ext, "type_of")
        self._fn_sig: MutableMapping[DefId, t.FnSig] = _memo(ext, "fn_sig")
        self._predicates: MutableMapping[DefId, tuple[tuple[Clause, Span], ...]] = _memo(
            ext, "predicates_of"
        )
        self._item_bounds: MutableMapping[DefId, tuple[tuple[Clause, Span], ...]] = _memo(
            ext, "item_bounds"
        )
        self._adt_defs: MutableMapping[DefId, AdtDef] = _memo(ext, "adt_def")
        self._trait_defs: MutableMapping[DefId, TraitDef] = _memo(ext, "trait_def")
        self._assoc_items: MutableMapping[DefId, tuple[AssocItem, ...]] = _memo(
            ext, "associated_items"
        )
        self._assoc_item: MutableMapping[DefId, AssocItem] = _memo(ext, "assoc_item")
        self._assoc_by_name: dict[DefId, dict[str, tuple[AssocItem, ...]]] = {}
        self._impl_trait_ref: MutableMapping[DefId, TraitRef | None] = _memo(
            ext, "impl_trait_ref"
        )
        self._trait_impls: dict[DefId, list[DefId]] | None = None
        self._drop_adts: frozenset[DefId] | None = None
        self._impl_buckets: dict[DefId, tuple[list[int], dict[object, list[int]]]] = {}
        self._impls_for_keys: dict[tuple[DefId, frozenset[object]], list[DefId]] = {}
        self._inherent_impls: dict[object, list[DefId]] | None = None
        self.impl_candidates_cache: dict[object, tuple[object, ...]] = {}
        """Trait selection's impl candidates for trait refs without inference variables
        (`traits.select.SelectionContext.impl_candidates`): which impls unify with such a
        trait ref depends on nothing else, in every body and parameter environment."""
        self.selection_caches: dict[tuple[object, ...], tuple[dict[Any, Any], dict[Any, int]]] = {}
        """Per parameter environment (its clauses): trait selection's evaluation results and
        fulfillment's proven obligations for trait refs without inference variables
        (`traits.select.SelectionContext`), shared by every body type checked in an equal
        environment: such an answer depends on the trait ref and the environment alone."""
        self._short_names: dict[tuple[str, str], int] | None = None
        self._std_index: dict[str, list[DefId]] | None = None
        self._source_crates: frozenset[CrateNum] | None = None
        """The crates of the items read from metadata (`items_of_crate` skips those items
        for any other crate)."""
        self._lowering = False
        self.on_trait_object: Callable[[TyCtxt, DefId, hir.TraitObjectTy, t.Ty, bool], t.Ty] | None = None
        """Called by `HirTyLowerer` for each `dyn` type it lowers (owner, HIR type, the
        lowered type, in a body?); returns the type to use. Installed by type checking
        (dyn compatibility, E0038/E0191)."""
        self._indexed: set[DefId] = set()
        global _CURRENT
        _CURRENT = self
        ty_print.HOOKS = ty_print.PrintHooks(
            def_path=self.def_path_str,
            closure_location=self._closure_location,
            opaque_bounds=self._opaque_bounds_str,
            assoc_name=self._assoc_name,
            fn_sig=self._fn_sig_or_none,
            is_async_fn=lambda d: self.def_kind(d) in (DefKind.FN, DefKind.ASSOC_FN),
            shown_args=self._shown_args,
        )
        self._shown_args_cache: dict[tuple[DefId, t.GenericArgs], int] = {}

    # -- indexing -----------------------------------------------------------------------------

    def _owner(self, def_id: DefId) -> _Owner | None:
        """Where `def_id` lives in the HIR. Items are indexed on demand (the items of a
        crate read from metadata are decoded only when asked about): the owner of a
        generic parameter, field, variant or ctor is the nearest item among its parents."""
        owner = self._owners.get(def_id)
        if owner is not None:
            return owner
        cur: DefId | None = def_id
        while cur is not None and cur not in self._indexed:
            item = self.hir.items.get(cur)
            if item is not None:
                self._index_item(cur, item)
                return self._owners.get(def_id)
            cur = self.defs.parent(cur)
        return None

    def _index_item(self, def_id: DefId, item: hir.Item) -> None:
        self._indexed.add(def_id)
        self._owners[def_id] = _Owner(def_id, item)
        generics = getattr(item, "generics", None)
        if isinstance(generics, hir.Generics):
            for p in generics.params:
                self._owners[p.def_id] = _Owner(def_id, p)
        if isinstance(item, hir.StructItem | hir.UnionItem):
            self._index_variant_data(def_id, item.data)
        elif isinstance(item, hir.EnumItem):
            for v in item.variants:
                self._owners[v.def_id] = _Owner(def_id, v)
                self._index_variant_data(def_id, v.data)

    def _index_opaques(self, fn: DefId, node: object) -> None:
        """The `impl Trait` types of a fn's return type (`-> Option<impl Iterator>`)."""
        if isinstance(node, hir.OpaqueDefTy):
            self._owners[node.def_id] = _Owner(fn, node)
            for b in node.bounds:
                self._index_opaques(fn, b)
            return
        if isinstance(node, tuple):
            for x in node:
                self._index_opaques(fn, x)
            return
        fields = getattr(node, "__dataclass_fields__", None)
        if fields is None or isinstance(node, hir.Expr):
            return
        for name in fields:
            if name not in ("span", "hir_id", "res"):
                self._index_opaques(fn, getattr(node, name))

    def _index_variant_data(self, adt: DefId, data: hir.VariantData) -> None:
        for f in data.fields:
            self._owners[f.def_id] = _Owner(adt, f)
        if data.ctor is not None:
            self._owners[data.ctor] = _Owner(adt, data)

    # -- basic facts --------------------------------------------------------------------------

    def def_kind(self, def_id: DefId) -> DefKind:
        return self.defs.kind(def_id)

    def item_name(self, def_id: DefId) -> str:
        return self.defs.name(def_id)

    def parent(self, def_id: DefId) -> DefId | None:
        return self.defs.parent(def_id)

    def def_span(self, def_id: DefId) -> Span:
        return self.defs[def_id].span

    def crate_of(self, def_id: DefId) -> CrateNum:
        return self.defs[def_id].crate

    def items_of_crate(self, crate: CrateNum) -> Iterator[tuple[DefId, hir.Item]]:
        """The HIR items of `crate`, in item order. Use this rather than filtering
        `hir.items.items()`: another crate's items (std's, from metadata) are then not
        decoded."""
        items = self.hir.items
        defs = self.defs
        keys: list[DefId]
        if isinstance(items, LazyMap):
            # (The items read from metadata come first and are all of those crates: for
            # another crate, the session's own items are the only candidates.)
            keys = list(items) if crate in self._metadata_crates(items) else items.own_keys()
        else:
            keys = list(items)
        for def_id in keys:
            if defs[def_id].crate == crate:
                yield def_id, items[def_id]

    def body_owners_of_crate(self, crate: CrateNum) -> list[DefId]:
        """The owners of `crate`'s bodies, in body order (as `items_of_crate`: std's
        13,000 bodies are not looked at for the user's crate)."""
        bodies = self.hir.bodies
        defs = self.defs
        keys: list[DefId]
        if isinstance(bodies, LazyMap) and isinstance(self.hir.items, LazyMap):
            keys = list(bodies) if crate in self._metadata_crates(self.hir.items) else bodies.own_keys()
        else:
            keys = list(bodies)
        return [d for d in keys if defs[d].crate == crate]

    def _metadata_crates(self, items: LazyMap[DefId, hir.Item]) -> frozenset[CrateNum]:
        """The crates of the items `items` reads from metadata: those its impl index
        covers (`HirCrate.extern_impls`, written with them), else found by looking."""
        if self._source_crates is None:
            ext = self.hir.extern_impls
            if ext is not None:
                self._source_crates = ext.crates
            else:
                self._source_crates = frozenset(self.defs[d].crate for d in items.source)
        return self._source_crates

    def hir_item(self, def_id: DefId) -> hir.Item | None:
        return self.hir.items.get(def_id)

    def hir_node(self, def_id: DefId) -> object | None:
        """The HIR node of any definition: an item, a variant, a field, a ctor's
        VariantData, a generic parameter."""
        owner = self._owner(def_id)
        if owner is None and self.def_kind(def_id) is DefKind.OPAQUE_TY:
            # Indexed on demand: the `impl Trait` types of the defining fn's return type.
            fn = self.parent(def_id)
            item = self.hir_item(fn) if fn is not None else None
            if fn is not None and isinstance(item, hir.FnItem) and item.sig.decl.output is not None:
                self._index_opaques(fn, item.sig.decl.output)
            owner = self._owners.get(def_id)
        return owner.node if owner is not None else None

    def owner_item(self, def_id: DefId) -> DefId | None:
        owner = self._owner(def_id)
        return owner.item if owner is not None else None

    def body(self, def_id: DefId) -> hir.Body | None:
        return self.hir.bodies.get(def_id)

    def lang_item(self, name: str) -> DefId | None:
        return self.hir.lang_items.get(name)

    def require_lang_item(self, name: str, span: Span = DUMMY_SP) -> DefId:
        d = self.lang_item(name)
        if d is None:
            raise KeyError(f"lang item `{name}` is not defined in ferric's std")
        return d

    def is_lang_item(self, def_id: DefId, name: str) -> bool:
        return self.hir.lang_items.get(name) == def_id

    def std_item(self, *path: str) -> DefId | None:
        """A std item by its path inside std (`std_item("fmt", "Display")`): of the
        definitions with that path, the last that is not a module, else the first."""
        if not path:
            return None
        if self._std_index is None:
            # By name only: the paths of the few definitions a lookup meets are made then
            # (making all of std's up front cost a check of a small program 5%).
            pre = self.hir.extern_names
            if pre is not None and pre.rows <= len(self.defs):
                self._std_index = self.std_name_index(pre.rows, dict(pre.std_index))
            else:
                self._std_index = self.std_name_index(0, {})
        key = "::".join(path)
        found: DefId | None = None
        for def_id in self._std_index.get(path[-1], ()):
            if self.defs.path_str(def_id) == key and (found is None or self.defs.kind(def_id) is not DefKind.MOD):
                found = def_id
        return found

    def std_name_index(self, start: int, index: dict[str, list[DefId]]) -> dict[str, list[DefId]]:
        """`index` with std's definitions from DefId `start` on added, by name (`std_item`'s
        index; `ferric.metadata` writes the part its rows give)."""
        defs = self.defs
        kinds = _TRIMMABLE | {DefKind.VARIANT}
        for i in range(start, len(defs)):
            d = defs[DefId(i)]
            if d.crate == 1 and d.name and d.kind in kinds:
                index[d.name] = [*index.get(d.name, ()), DefId(i)]  # (the lists may be shared)
        return index

    # -- paths for printing -------------------------------------------------------------------

    def def_path_str(self, def_id: DefId) -> str:
        """The trimmed path rustc prints in diagnostics: the item's name when it is unique
        among all types/traits/fns of the session, else its full path."""
        name = self.defs.name(def_id)
        kind = self.defs.kind(def_id)
        if kind is DefKind.VARIANT or kind is DefKind.CTOR:
            parent = self.defs.parent(def_id)
            if kind is DefKind.CTOR and parent is not None:
                pk = self.defs.kind(parent)
                if pk is DefKind.VARIANT:
                    gp = self.defs.parent(parent)
                    return f"{self.def_path_str(gp)}::{self.defs.name(parent)}" if gp is not None else self.defs.name(parent)
                return self.def_path_str(parent)
            if parent is not None:
                return f"{self.def_path_str(parent)}::{name}"
        if kind in (DefKind.ASSOC_FN, DefKind.ASSOC_CONST, DefKind.ASSOC_TY):
            parent = self.defs.parent(def_id)
            if parent is not None and self.defs.kind(parent) is DefKind.TRAIT:
                if kind is not DefKind.ASSOC_TY and self.crate_of(def_id) != LOCAL_CRATE:
                    # rustc counts another crate's trait items among its names (`collect`
                    # alone), else prints them by their visible path
                    # (`std::iter::Iterator::sum`: `Sum::sum` shares the name).
                    if self._trimmed_names().get(("value", name), 0) == 1:
                        return name
                    std = self.hir.std_names
                    if std is not None and parent in std.paths:
                        return f"{std.paths[parent]}::{name}"
                return f"{self.def_path_str(parent)}::{name}"
            if parent is not None and self.defs.kind(parent) is DefKind.IMPL:
                self_ty = self.type_of(parent)
                # A value path: an inherent impl's generic type takes a turbofish
                # (`Worker::<T>::new`).
                shown = str(self_ty)
                if isinstance(self_ty, t.Adt) and "<" in shown and self.impl_trait_ref(parent) is None:
                    shown = shown.replace("<", "::<", 1)
                return f"{shown}::{name}"
        count = self._trimmed_names().get((_namespace_of(kind), name), 0)
        if count == 1 or kind in (DefKind.TY_PARAM, DefKind.CONST_PARAM):
            return name
        if count == 0 and self.defs[def_id].vis.public:
            # A public item of a private module, uncounted: std re-exports it (`Fn` is
            # `ops::function::Fn`, reached as `std::ops::Fn`), and no other item has its name.
            return name
        # rustc prints the local crate's items from its root (`a::Point`), another crate's
        # with the crate's name (`calc::Point`), std's by the path a user reaches it by
        # (`std::ops::Range`, defined in `ops::range`).
        std = self.hir.std_names
        if std is not None and def_id in std.paths:
            return std.paths[def_id]
        names = {c: n for c, n in self.crate_names.items() if c != LOCAL_CRATE}
        return self.defs.path_str(def_id, names) or name

    def _trimmed_names(self) -> dict[tuple[str, str], int]:
        if self._short_names is None:
            pre = self.hir.extern_names
            if pre is not None and pre.rows <= len(self.defs):
                self._short_names = self.count_visible_names(pre.rows, dict(pre.visible_counts))
            else:
                self._short_names = self.count_visible_names(0, self.std_visible_counts())
        return self._short_names

    def std_visible_counts(self) -> dict[tuple[str, str], int]:
        """std's names as its module graph makes them reachable (`resolve.visible`), the
        counts `count_visible_names` starts from (empty when std's snapshot has none)."""
        std = self.hir.std_names
        return dict(std.counts) if std is not None else {}

    def count_visible_names(self, start: int, counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
        """rustc's `trimmed_def_paths`: names are counted per namespace, over every item of
        the local crate and the public, publicly reachable items of other crates (not their
        type aliases); a name counted once prints alone (`Mode`, `Result`), else with its
        path. std's names come counted over its module graph, re-exports included
        (`std_visible_counts`); other crates' items are counted where they are defined.
        Counts the definitions from DefId `start` on into `counts` (`ferric.metadata`
        writes the counts of its rows: a definition's count depends on it and its parents
        alone)."""
        std_counted = self.hir.std_names is not None
        public_mod: dict[DefId, bool] = {}

        def reachable(d: DefId) -> bool:
            parent = self.defs.parent(d)
            while parent is not None and self.defs.kind(parent) is DefKind.MOD:
                ok = public_mod.get(parent)
                if ok is None:
                    grand = self.defs.parent(parent)
                    ok = grand is None or self.defs[parent].vis.public
                    public_mod[parent] = ok
                if not ok:
                    return False
                parent = self.defs.parent(parent)
            return True

        for i in range(start, len(self.defs)):
            d = self.defs[DefId(i)]
            if d.kind not in _TRIMMABLE or (std_counted and d.crate == STD_CRATE):
                continue
            if d.crate != 0 and (d.kind is DefKind.TY_ALIAS or not d.vis.public or not reachable(DefId(i))):
                continue
            key = (_namespace_of(d.kind), d.name)
            counts[key] = counts.get(key, 0) + 1
        return counts

    def _closure_location(self, def_id: DefId) -> str:
        sp = self.defs[def_id].span
        lo = self.source_map.lookup(sp.lo)
        hi = self.source_map.lookup(sp.hi)
        if lo is None or hi is None:
            return "?"
        return f"{lo.file.name}:{lo.line}:{lo.col}: {hi.line}:{hi.col}"

    def _opaque_bounds_str(self, def_id: DefId, args: t.GenericArgs) -> str:
        from ferric.ty.predicate import ProjectionPredicate, TraitPredicate

        parts: list[str] = []
        projs: dict[DefId, list[str]] = {}
        bounds = self.item_bounds(def_id)
        for clause, _ in bounds:
            if isinstance(clause, ProjectionPredicate):
                trait, name = self._assoc_name(clause.alias.def_id)
                projs.setdefault(trait, []).append(f"{name} = {instantiate(clause.term, args)}")
        sized = self.lang_item("sized")
        fn_once = self.lang_item("fn_once")
        for clause, _ in bounds:
            if isinstance(clause, TraitPredicate):
                tr = instantiate(clause.trait_ref, args)
                if tr.def_id == sized:
                    continue  # implied; printed only when it is the only bound
                name = self.def_path_str(tr.def_id)
                extra = [str(a) for a in tr.args[1:]] + projs.get(tr.def_id, [])
                if name in ("Fn", "FnMut", "FnOnce") and tr.args[1:] and isinstance(tr.args[1], t.Tuple):
                    ins = ", ".join(str(x) for x in tr.args[1].elems)
                    outs = [p.split(" = ", 1)[1] for p in (projs.get(fn_once, []) if fn_once is not None else [])]
                    out = f" -> {outs[0]}" if outs and outs[0] != "()" else ""
                    parts.append(f"{name}({ins}){out}")
                else:
                    parts.append(name + (f"<{', '.join(extra)}>" if extra else ""))
        return " + ".join(parts) if parts else "Sized"

    def _assoc_name(self, def_id: DefId) -> tuple[DefId, str]:
        parent = self.defs.parent(def_id)
        return (parent if parent is not None else def_id), self.defs.name(def_id)

    def _shown_args(self, def_id: DefId, args: t.GenericArgs) -> int:
        """rustc's `own_args_no_defaults`: how many of `args` to print, trailing arguments
        equal to their parameter's default (instantiated with the ones before) left out."""
        key = (def_id, args)
        got = self._shown_args_cache.get(key)
        if got is not None:
            return got
        n = len(args)
        params = self.generics_of(def_id).all_params
        if len(params) == n:
            from ferric.ty.lower import HirTyLowerer

            while n > 0:
                p = params[n - 1]
                if p.kind is not ParamKind.TYPE or not p.has_default or p.def_id is None:
                    break
                owner = self.owner_item(p.def_id)
                default = HirTyLowerer(self, owner).param_default(p.def_id) if owner is not None else None
                if default is None or instantiate(default, args[: n - 1]) != args[n - 1]:
                    break
                n -= 1
        self._shown_args_cache[key] = n
        return n

    def _fn_sig_or_none(self, def_id: DefId, args: t.GenericArgs) -> t.FnSig | None:
        try:
            return self.fn_sig_instantiated(def_id, args)
        except Exception:  # printing must never fail
            return None

    # -- generics ---------------------------------------------------------------------------------

    def generics_of(self, def_id: DefId) -> Generics:
        g = self._generics.get(def_id)
        if g is None:
            g = self._compute_generics(def_id)
            self._generics[def_id] = g
        return g

    def _generics_parent(self, def_id: DefId) -> DefId | None:
        """The definition whose generics come before `def_id`'s own (rustc's rules)."""
        kind = self.defs.kind(def_id)
        parent = self.defs.parent(def_id)
        if kind in (DefKind.ASSOC_FN, DefKind.ASSOC_CONST, DefKind.ASSOC_TY):
            return parent
        if kind in (DefKind.CLOSURE, DefKind.INLINE_CONST, DefKind.ANON_CONST, DefKind.OPAQUE_TY):
            # Closures and inline consts see their enclosing body's generics.
            p = parent
            while p is not None and self.defs.kind(p) in (DefKind.CLOSURE, DefKind.INLINE_CONST):
                p = self.defs.parent(p)
            if kind is DefKind.ANON_CONST:
                return None if p is None or self.defs.kind(p) is DefKind.MOD else p
            return p
        if kind is DefKind.VARIANT or kind is DefKind.FIELD:
            return parent
        if kind is DefKind.CTOR:
            target = self.defs[def_id].ctor_of
            if target is not None and self.defs.kind(target) is DefKind.VARIANT:
                return self.defs.parent(target)
            return target
        return None

    def _compute_generics(self, def_id: DefId) -> Generics:
        kind = self.defs.kind(def_id)
        parent = self._generics_parent(def_id)
        if kind in (DefKind.VARIANT, DefKind.FIELD, DefKind.CTOR) and parent is not None:
            return self.generics_of(parent)
        parent_g = self.generics_of(parent) if parent is not None else EMPTY
        base = parent_g.count()
        own: list[GenericParamDef] = []
        has_self = False
        if kind is DefKind.TRAIT or kind is DefKind.TRAIT_ALIAS:
            own.append(GenericParamDef("Self", None, 0, ParamKind.TYPE))
            has_self = True
        item = self.hir.items.get(def_id)
        generics = getattr(item, "generics", None) if item is not None else None
        if isinstance(generics, hir.Generics):
            # rustc orders lifetimes first, then types and consts in declaration order.
            params = sorted(generics.params, key=lambda p: 0 if p.kind is hir.GenericParamKind.LIFETIME else 1)
            for p in params:
                pk = {
                    hir.GenericParamKind.LIFETIME: ParamKind.LIFETIME,
                    hir.GenericParamKind.TYPE: ParamKind.TYPE,
                    hir.GenericParamKind.CONST: ParamKind.CONST,
                }[p.kind]
                own.append(
                    GenericParamDef(
                        p.name.name,
                        p.def_id,
                        base + len(own),
                        pk,
                        has_default=p.default is not None or p.const_default is not None,
                        synthetic=p.synthetic,
                    )
                )
        return Generics(
            parent=parent,
            parent_count=base,
            own_params=tuple(own),
            has_self=has_self or parent_g.has_self,
            parent_params=parent_g.all_params,
        )

    def param_index(self, param_def_id: DefId) -> GenericParamDef | None:
        """The generic parameter definition for a type/const/lifetime parameter's DefId."""
        owner = self.defs.parent(param_def_id)
        if owner is None:
            return None
        for p in self.generics_of(owner).own_params:
            if p.def_id == param_def_id:
                return p
        return None

    def identity_args(self, def_id: DefId) -> t.GenericArgs:
        return self.generics_of(def_id).identity_args()

    # -- types of definitions -------------------------------------------------------------------

    def type_of(self, def_id: DefId) -> t.Ty:
        ty = self._type_of.get(def_id)
        if ty is None:
            from ferric.ty.lower import compute_type_of

            ty = compute_type_of(self, def_id)
            self._type_of[def_id] = ty
        return ty

    def set_type_of(self, def_id: DefId, ty: t.Ty) -> None:
        """Record a type found by type checking (closures, opaque types' hidden types)."""
        self._type_of[def_id] = ty

    def fn_sig(self, def_id: DefId) -> t.FnSig:
        sig = self._fn_sig.get(def_id)
        if sig is None:
            from ferric.ty.lower import compute_fn_sig

            sig = compute_fn_sig(self, def_id)
            self._fn_sig[def_id] = sig
        return sig

    def set_fn_sig(self, def_id: DefId, sig: t.FnSig) -> None:
        self._fn_sig[def_id] = sig

    def fn_sig_instantiated(self, def_id: DefId, args: t.GenericArgs) -> t.FnSig:
        return instantiate(self.fn_sig(def_id), args)

    def predicates_of(self, def_id: DefId) -> tuple[tuple[Clause, Span], ...]:
        """Where clauses and bounds that hold inside `def_id` (its parents' included), with
        the implicit `Sized` bounds and a trait's `Self: Trait`."""
        p = self._predicates.get(def_id)
        if p is None:
            from ferric.ty.lower import compute_predicates

            self._predicates[def_id] = ()  # break cycles (bounds that mention the item)
            p = compute_predicates(self, def_id)
            self._predicates[def_id] = p
        return p

    def item_bounds(self, def_id: DefId) -> tuple[tuple[Clause, Span], ...]:
        """Bounds on an associated type or opaque type, with `Self` = the alias itself."""
        b = self._item_bounds.get(def_id)
        if b is None:
            from ferric.ty.lower import compute_item_bounds

            self._item_bounds[def_id] = ()
            b = compute_item_bounds(self, def_id)
            self._item_bounds[def_id] = b
        return b

    # -- ADTs -----------------------------------------------------------------------------------

    def adt_def(self, def_id: DefId) -> AdtDef:
        a = self._adt_defs.get(def_id)
        if a is None:
            a = self._compute_adt_def(def_id)
            self._adt_defs[def_id] = a
        return a

    def _compute_adt_def(self, def_id: DefId) -> AdtDef:
        item = self.hir.items.get(def_id)
        lang = {v: k for k, v in self.hir.lang_items.items()}
        name = self.defs.name(def_id)
        attrs = self.defs[def_id].attrs
        repr_int = _repr_int(attrs)
        flags = dict(
            is_box=lang.get(def_id) == "owned_box",
            is_phantom_data=lang.get(def_id) == "phantom_data",
            is_manually_drop=lang.get(def_id) == "manually_drop",
        )
        if isinstance(item, hir.EnumItem):
            variants = tuple(self._variant_def(v.def_id, v.ident.name, i, v.data, v.disr) for i, v in enumerate(item.variants))
            return AdtDef(def_id, AdtKind.ENUM, variants, name, repr_int, **flags)
        if isinstance(item, hir.StructItem | hir.UnionItem):
            kind = AdtKind.STRUCT if isinstance(item, hir.StructItem) else AdtKind.UNION
            v = self._variant_def(def_id, name, 0, item.data, None)
            return AdtDef(def_id, kind, (v,), name, repr_int, **flags)
        raise KeyError(f"not an ADT: {self.defs.path_str(def_id)}")

    def _variant_def(self, def_id: DefId, name: str, index: int, data: hir.VariantData, disr: DefId | None) -> VariantDef:
        fields = []
        for f in data.fields:
            vis = self.defs[f.def_id].vis
            fields.append(FieldDef(f.def_id, f.ident.name, vis.public, vis.restricted_to))
        ctor_kind = None
        if data.shape is hir.VariantShape.TUPLE:
            ctor_kind = CtorKind.FN
        elif data.shape is hir.VariantShape.UNIT:
            ctor_kind = CtorKind.CONST
        return VariantDef(def_id, name, index, tuple(fields), data.ctor, ctor_kind, disr)

    def is_adt(self, def_id: DefId) -> bool:
        return self.defs.kind(def_id) in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION)

    def field_ty(self, field: FieldDef, args: t.GenericArgs) -> t.Ty:
        return instantiate(self.type_of(field.def_id), args)

    # -- traits and impls ---------------------------------------------------------------------

    def repr_hints(self, def_id: DefId) -> tuple[str, ...]:
        """The hints of the item's `#[repr(...)]` attributes (`("C",)`, `("transparent",)`)."""
        return _repr_hints(self.defs[def_id].attrs)

    def has_attr(self, def_id: DefId, name: str) -> bool:
        """Whether the item carries `#[name]` (or `#[tool::name]`)."""
        return _has_attr(self.defs[def_id].attrs, name)

    def attr_str(self, def_id: DefId, name: str) -> str | None:
        """The string of `#[name = "..."]` (or `#[tool::name = "..."]`) on the item, as written
        (escapes unprocessed), or None."""
        return _attr_str(self.defs[def_id].attrs, name)

    def trait_def(self, def_id: DefId) -> TraitDef:
        td = self._trait_defs.get(def_id)
        if td is None:
            td = self._trait_defs[def_id] = self._compute_trait_def(def_id)
        return td

    def _compute_trait_def(self, def_id: DefId) -> TraitDef:
        item = self.hir.items.get(def_id)
        attrs = self.defs[def_id].attrs
        is_auto = isinstance(item, hir.TraitItem) and item.is_auto
        unsafe = isinstance(item, hir.TraitItem) and item.safety is hir.Safety.UNSAFE
        name = self.defs.name(def_id)
        lang = {v: k for k, v in self.hir.lang_items.items()}.get(def_id)
        paren = lang in ("fn", "fn_mut", "fn_once", "async_fn", "async_fn_mut", "async_fn_once")
        marker = _has_attr(attrs, "rustc_marker") or lang in ("sized", "copy", "send", "sync", "unpin")
        del name
        return TraitDef(def_id, is_auto, marker, unsafe, paren)

    def associated_items(self, def_id: DefId) -> tuple[AssocItem, ...]:
        """The items of a trait or impl, in declaration order."""
        items = self._assoc_items.get(def_id)
        if items is None:
            items = self._compute_assoc_items(def_id)
            self._assoc_items[def_id] = items
            for it in items:
                self._assoc_item[it.def_id] = it
        return items

    def associated_items_named(self, def_id: DefId, name: str) -> tuple[AssocItem, ...]:
        """The items of a trait or impl named `name`, in declaration order (method lookup
        asks this of every trait in scope at every call: an index per container, made at
        the first question, instead of a look at each of its items)."""
        index = self._assoc_by_name.get(def_id)
        if index is None:
            grouped: dict[str, list[AssocItem]] = {}
            for it in self.associated_items(def_id):
                grouped.setdefault(it.name, []).append(it)
            index = self._assoc_by_name[def_id] = {k: tuple(v) for k, v in grouped.items()}
        return index.get(name, ())

    def assoc_item(self, def_id: DefId) -> AssocItem | None:
        it = self._assoc_item.get(def_id)
        if it is None:
            parent = self.defs.parent(def_id)
            if parent is not None and self.defs.kind(parent) in (DefKind.TRAIT, DefKind.IMPL):
                self.associated_items(parent)
                it = self._assoc_item.get(def_id)
        return it

    def _compute_assoc_items(self, def_id: DefId) -> tuple[AssocItem, ...]:
        item = self.hir.items.get(def_id)
        if not isinstance(item, hir.TraitItem | hir.ImplItem):
            return ()
        trait_items: dict[tuple[str, AssocKind], DefId] = {}
        if isinstance(item, hir.ImplItem) and item.of_trait is not None:
            res = item.of_trait.path.res
            trait_id = getattr(res, "def_id", None)
            if trait_id is not None:
                for ti in self.associated_items(trait_id):
                    trait_items[(ti.name, ti.kind)] = ti.def_id
        out: list[AssocItem] = []
        for child in item.items:
            ci = self.hir.items.get(child)
            if ci is None:
                continue
            kind: AssocKind
            has_self = False
            has_value = True
            if isinstance(ci, hir.FnItem):
                kind = AssocKind.FN
                has_self = ci.sig.decl.implicit_self != "none"
                has_value = ci.body is not None
            elif isinstance(ci, hir.ConstItem):
                kind = AssocKind.CONST
                has_value = ci.body is not None
            elif isinstance(ci, hir.TyAliasItem):
                kind = AssocKind.TYPE
                has_value = ci.ty is not None
            else:
                continue
            name = ci.ident.name
            out.append(AssocItem(child, name, kind, def_id, trait_items.get((name, kind)), has_self, has_value))
        return tuple(out)

    def find_assoc(self, container: DefId, name: str, kind: AssocKind | None = None) -> AssocItem | None:
        for it in self.associated_items_named(container, name):
            if kind is None or it.kind is kind:
                return it
        return None

    def trait_of_assoc(self, def_id: DefId) -> DefId | None:
        """The trait an associated item belongs to (directly, or the trait its impl
        implements)."""
        parent = self.defs.parent(def_id)
        if parent is None:
            return None
        if self.defs.kind(parent) is DefKind.TRAIT:
            return parent
        if self.defs.kind(parent) is DefKind.IMPL:
            tr = self.impl_trait_ref(parent)
            return tr.def_id if tr is not None else None
        return None

    def impl_trait_ref(self, impl_id: DefId) -> TraitRef | None:
        if impl_id in self._impl_trait_ref:
            return self._impl_trait_ref[impl_id]
        from ferric.ty.lower import compute_impl_trait_ref

        self._impl_trait_ref[impl_id] = None
        tr = compute_impl_trait_ref(self, impl_id)
        self._impl_trait_ref[impl_id] = tr
        return tr

    def impl_is_negative(self, impl_id: DefId) -> bool:
        ext = self.hir.extern_impls
        if ext is not None and impl_id in ext.self_keys:
            return impl_id in ext.negative  # (recorded: the item need not be decoded)
        item = self.hir.items.get(impl_id)
        return isinstance(item, hir.ImplItem) and item.polarity is hir.ImplPolarity.NEGATIVE

    def all_impls(self) -> Iterator[tuple[DefId, hir.ImplItem]]:
        for d, item in self.hir.items.items():
            if isinstance(item, hir.ImplItem):
                yield d, item

    def impl_index(self) -> tuple[dict[DefId, list[DefId]], dict[object, list[DefId]]]:
        """The index `trait_impls` and `inherent_impls` answer from: every impl of the
        session by trait, and the inherent ones by simplified self type (`ferric.metadata`
        writes std's, so a session reading std from the cache need not index it again)."""
        if self._trait_impls is None or self._inherent_impls is None:
            self._index_impls()
        assert self._trait_impls is not None and self._inherent_impls is not None
        return self._trait_impls, self._inherent_impls

    def trait_impls_for_keys(self, trait_id: DefId, allowed: frozenset[object] | None) -> list[DefId]:
        """`trait_impls(trait_id)`, in order, less the impls of crates read from metadata
        whose recorded self key (`extern_impl_self_key`) is neither None nor in `allowed`
        (None: no filtering)."""
        impls = self.trait_impls(trait_id)
        ext = self.hir.extern_impls
        if allowed is None or ext is None:
            return impls
        memo = self._impls_for_keys.get((trait_id, allowed))
        if memo is not None:
            return memo
        buckets = self._impl_buckets.get(trait_id)
        if buckets is None:
            always: list[int] = []
            keyed: dict[object, list[int]] = {}
            for i, impl_id in enumerate(impls):
                k = ext.self_keys.get(impl_id)
                if k is None:  # blanket, unknown or local: always looked at
                    always.append(i)
                else:
                    keyed.setdefault(k, []).append(i)
            buckets = self._impl_buckets[trait_id] = (always, keyed)
        always, keyed = buckets
        picked = list(always)
        for k in allowed:
            picked += keyed.get(k, ())
        picked.sort()
        memo = self._impls_for_keys[(trait_id, allowed)] = [impls[i] for i in picked]
        return memo

    def extern_impl_self_key(self, impl_id: DefId) -> tuple[bool, object | None]:
        """`(True, simplify_type(self type))` of a trait impl of a crate read from metadata,
        which recorded it (so candidate assembly rejects the impl without decoding it);
        `(False, None)` for other impls."""
        ext = self.hir.extern_impls
        if ext is not None and impl_id in ext.self_keys:
            return True, ext.self_keys[impl_id]
        return False, None

    def _impls_outside(self, crates: frozenset[CrateNum]) -> Iterator[tuple[DefId, hir.ImplItem]]:
        items = self.hir.items
        keys: Iterable[DefId] = items
        if isinstance(items, LazyMap) and self._metadata_crates(items) <= crates:
            keys = items.own_keys()  # (the items read from metadata are all in `crates`)
        for d in keys:
            if self.defs[d].crate not in crates:
                item = self.hir.items.get(d)
                if isinstance(item, hir.ImplItem):
                    yield d, item

    def implemented_traits(self) -> list[DefId]:
        """Every trait with at least one impl in the session."""
        if self._trait_impls is None:
            self._index_impls()
        assert self._trait_impls is not None
        return list(self._trait_impls)

    def adts_with_drop(self) -> frozenset[DefId]:
        """The ADTs (of every crate) that have a `Drop` impl (rustc's `adt_destructor`)."""
        if self._drop_adts is None:
            out: set[DefId] = set()
            drop = self.lang_item("drop")
            for impl in self.trait_impls(drop) if drop is not None else ():
                tr = self.impl_trait_ref(impl)
                if tr is not None and tr.args and isinstance(tr.args[0], t.Adt):
                    out.add(tr.args[0].def_id)
            self._drop_adts = frozenset(out)
        return self._drop_adts

    def trait_impls(self, trait_id: DefId) -> list[DefId]:
        """Every impl of `trait_id` in the session (negative impls included)."""
        if self._trait_impls is None:
            self._index_impls()
        assert self._trait_impls is not None
        return self._trait_impls.get(trait_id, [])

    def inherent_impls(self, key: object) -> list[DefId]:
        """Inherent impls whose self type simplifies to `key` (see `simplify_type`)."""
        if self._inherent_impls is None:
            self._index_impls()
        assert self._inherent_impls is not None
        return self._inherent_impls.get(key, [])

    def _index_impls(self) -> None:
        trait_impls: dict[DefId, list[DefId]] = {}
        inherent: dict[object, list[DefId]] = {}
        ext = self.hir.extern_impls
        impls = self.all_impls()
        if ext is not None:  # crates read from metadata come indexed (and first)
            trait_impls = {k: list(v) for k, v in ext.trait_impls.items()}
            inherent = {k: list(v) for k, v in ext.inherent_impls.items()}
            impls = self._impls_outside(ext.crates)
        for d, item in impls:
            if item.of_trait is not None:
                tid = getattr(item.of_trait.path.res, "def_id", None)
                if tid is not None:
                    trait_impls.setdefault(tid, []).append(d)
            else:
                key = simplify_type(self.type_of(d))
                if key is not None:
                    inherent.setdefault(key, []).append(d)
        self._trait_impls = trait_impls
        self._inherent_impls = inherent

    def supertraits(self, trait_id: DefId) -> list[tuple[TraitRef, Span]]:
        """Direct supertraits of a trait, with `Self` as parameter 0."""
        from ferric.ty.predicate import TraitPredicate

        out: list[tuple[TraitRef, Span]] = []
        for clause, span in self.predicates_of(trait_id):
            if isinstance(clause, TraitPredicate) and clause.self_ty is t.Param(0, "Self") and clause.def_id != trait_id:
                out.append((clause.trait_ref, span))
        return out

    # -- errors ---------------------------------------------------------------------------------

    def emit(self, d: Diagnostic) -> None:
        self.dcx.emit(d)

    def emit_privacy_errors(self) -> None:
        """rustc checks privacy after borrow checking, and aborts before it when any error
        other than a lint's was reported."""
        errors, self.privacy_errors = self.privacy_errors, []
        if any(d.is_error and d.lint is None for d in self.dcx.diagnostics):
            return
        for d in errors:
            self.dcx.emit(d)


def _namespace_of(kind: DefKind) -> str:
    if kind in (DefKind.FN, DefKind.CONST, DefKind.STATIC):
        return "value"
    if kind is DefKind.MACRO:
        return "macro"
    return "type"


_TRIMMABLE = frozenset(
    {
        DefKind.STRUCT,
        DefKind.ENUM,
        DefKind.UNION,
        DefKind.TRAIT,
        DefKind.TY_ALIAS,
        DefKind.FOREIGN_TY,
        DefKind.FN,
        DefKind.CONST,
        DefKind.STATIC,
        DefKind.MOD,
        DefKind.TRAIT_ALIAS,
        DefKind.MACRO,
    }
)


EXTERN_QUERIES: tuple[str, ...] = (
    "generics_of",
    "type_of",
    "fn_sig",
    "predicates_of",
    "item_bounds",
    "adt_def",
    "trait_def",
    "associated_items",
    "assoc_item",
    "impl_trait_ref",
)
"""The queries whose answers for an extern crate's items its metadata may hold (each the
name of a `TyCtxt` method taking a DefId; `ferric.metadata` computes them when it writes
std's metadata)."""


def _memo(ext: Mapping[str, LazySource[DefId, Any]], name: str) -> MutableMapping[DefId, Any]:
    src = ext.get(name)
    return LazyMap(src) if src is not None else {}


def simplify_type(ty: t.Ty) -> object | None:
    """A key for impl lookup (rustc's `SimplifiedType`): the ADT's DefId, or the kind of
    builtin type (`"slice"`, `"str"`, `"i32"`, `("ref", mutbl)`, ...). None for types
    that match anything (parameters, inference variables)."""
    if isinstance(ty, t.Adt):
        return ("adt", ty.def_id)
    if isinstance(ty, t.Int | t.Uint | t.Float):
        return ty.name
    if isinstance(ty, t.Bool):
        return "bool"
    if isinstance(ty, t.Char):
        return "char"
    if isinstance(ty, t.Str):
        return "str"
    if isinstance(ty, t.Slice):
        return "slice"
    if isinstance(ty, t.Array):
        return "array"
    if isinstance(ty, t.Tuple):
        return ("tuple", len(ty.elems))
    if isinstance(ty, t.Ref):
        return ("ref", ty.mutbl)
    if isinstance(ty, t.RawPtr):
        return ("ptr", ty.mutbl)
    if isinstance(ty, t.FnPtr):
        return ("fnptr", len(ty.sig.inputs))
    if isinstance(ty, t.Dynamic):
        return ("dyn", ty.principal.def_id if ty.principal else None)
    if isinstance(ty, t.Never):
        return "never"
    if isinstance(ty, t.Foreign):
        return ("foreign", ty.def_id)
    if isinstance(ty, t.Closure):
        return ("closure", ty.def_id)
    if isinstance(ty, t.Coroutine):
        return ("coroutine", ty.def_id)
    if isinstance(ty, t.FnDef):
        return ("fndef", ty.def_id)
    return None


def _has_attr(attrs: tuple[object, ...], name: str) -> bool:
    from ferric.syntax import ast

    for a in attrs:
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr):
            segs = [s.ident.name for s in a.kind.path.segments]
            if segs and segs[-1] == name:
                return True
    return False


def _attr_str(attrs: tuple[object, ...], name: str) -> str | None:
    from ferric.lexer.token import LitKind
    from ferric.syntax import ast

    for a in attrs:
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr):
            segs = [s.ident.name for s in a.kind.path.segments]
            args = a.kind.args
            if segs and segs[-1] == name and isinstance(args, ast.AttrEq):
                e = args.expr
                if isinstance(e, ast.LitExpr) and e.lit.kind is LitKind.STR:
                    return e.lit.symbol
    return None


def _repr_int(attrs: tuple[object, ...]) -> str | None:
    for part in _repr_hints(attrs):
        if part in t.PRIMITIVES and part not in ("bool", "char", "str"):
            return part
    return None


def _repr_hints(attrs: tuple[object, ...]) -> tuple[str, ...]:
    from ferric.syntax import ast
    from ferric.syntax.token_printer import print_tokens

    out: list[str] = []
    for a in attrs:
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr):
            segs = [s.ident.name for s in a.kind.path.segments]
            if segs == ["repr"] and isinstance(a.kind.args, ast.DelimArgs):
                out.extend(print_tokens(a.kind.args.tokens).replace(" ", "").split(","))
    return tuple(out)
