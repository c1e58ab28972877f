"""The resolver: the module graph of every crate and name lookup in it (rustc_resolve's
`Resolver`, `ident.rs`).

`Resolver` owns the session's `DefTable` and, per crate, a `CrateData` (root module, extern
prelude, std prelude). Building the graph is `collect.py`'s job, resolving `use` items
`imports.py`'s; this module answers the questions both ask, and that lowering asks later:

- `resolve_ident_in_module(module, name, ns, from_module)`: a name in one module, with the
  rules of glob imports and of imports not resolved yet (`UNDETERMINED`);
- `early_resolve_ident(name, ns, module)`: a path's first name the way `use` paths and
  module-level paths see it: the module (and enclosing block modules), the extern prelude
  (`std`, `core`, `alloc`), the std prelude, the primitive types;
- `resolve_path(segments, ns, scope)`: a whole path, segment by segment (`self`, `super`,
  `crate`, `::name`, `$crate`), to a module, a definition with trailing segments left for
  type checking (`PartialRes` as in rustc), or a failure with rustc's label;
- visibility (`is_accessible_from`), and what lowering needs (`traits_in_scope`).

Invariant: bindings are looked up, never changed, after a crate's imports are finalized;
another crate's modules are never mutated (so std's graph can be shared).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Diagnostic
from ferric.resolve.defs import (
    ERR_RES,
    PRIMITIVE_TYPES,
    PUBLIC,
    CrateNum,
    CtorKind,
    DefId,
    DefKind,
    DefRes,
    DefTable,
    ErrRes,
    LocalRes,
    Namespace,
    PrimTyRes,
    Res,
    SelfCtorRes,
    SelfTyAliasRes,
    SelfTyParamRes,
    Visibility,
)
from ferric.resolve.module import Binding, Import, Module, ModuleKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess

TYPE_NS = Namespace.TYPE
VALUE_NS = Namespace.VALUE
MACRO_NS = Namespace.MACRO


class Undetermined(enum.Enum):
    """A lookup that cannot be answered until more imports are resolved."""

    TOKEN = 0


UNDETERMINED = Undetermined.TOKEN

LookupResult = Binding | Undetermined | None


@dataclass(slots=True)
class CrateData:
    num: CrateNum
    name: str
    root: Module
    edition: int
    is_std: bool
    extern_prelude: dict[str, Binding] = field(default_factory=dict)
    prelude: Module | None = None
    """The std prelude module every module of this crate sees (None: no prelude)."""
    prelude_import: Import | None = None
    imports_done: bool = False
    imports: list[Import] = field(default_factory=list)
    glob_error: bool = False
    """A glob import failed: "cannot find" errors of late resolution are not reported
    (what the glob would have imported is unknown), as rustc does."""


@dataclass(frozen=True, slots=True)
class Seg:
    """A path segment as resolution sees it."""

    ident: ast.Ident
    has_args: bool = False
    node_id: int = 0

    @property
    def name(self) -> str:
        return self.ident.name


def segs_of(path: ast.Path) -> list[Seg]:
    out = [Seg(s.ident, s.args is not None, s.id) for s in path.segments]
    if path.is_global:
        out.insert(0, Seg(ast.Ident(name="{{root}}", span=path.span.shrink_to_lo())))
    return out


class PathKind(enum.Enum):
    MODULE = "module"
    NON_MODULE = "non-module"
    INDETERMINATE = "indeterminate"
    FAILED = "failed"


@dataclass(slots=True)
class PathResult:
    kind: PathKind
    module: Module | None = None
    res: Res = ERR_RES
    """NON_MODULE: the base resolution (of the first `len - unresolved` segments)."""
    unresolved: int = 0
    seg_res: list[Res] = field(default_factory=list)
    """Each resolved segment's resolution, in order."""
    # FAILED
    fail_index: int = 0
    label: str = ""
    message: str = ""
    """rustc 1.95's headline for E0433 (`cannot find `x` in `m``)."""
    suggestion: tuple[list[tuple[Span, str]], str] | None = None
    """(parts, message); no parts: a plain `help:` line."""
    is_last: bool = False
    fail_module: Module | None = None
    fail_span: Span = DUMMY_SP
    failed_binding: Binding | None = None


LexicalLookup = Callable[[ast.Ident, Namespace], LookupResult]
"""A path's first name in the lexical scope (ribs, then the module and preludes)."""


PATH_KEYWORDS = frozenset({"self", "super", "crate", "Self", "{{root}}", "$crate"})


class Resolver:
    """The module graph of every crate of the session, and lookups in it."""

    def __init__(self, psess: ParseSess, defs: DefTable | None = None) -> None:
        self.psess = psess
        self.defs = defs if defs is not None else DefTable()
        self.crates: dict[CrateNum, CrateData] = {}
        self.modules: dict[DefId, Module] = {}
        """Modules, enums and traits by DefId."""
        self.block_modules: dict[int, Module] = {}
        """Anonymous modules by their block's NodeId."""
        self.node_defs: dict[int, DefId] = {}
        """NodeId of an item, variant, field, generic parameter... -> its DefId."""
        self.ctor_nodes: dict[int, DefId] = {}
        """NodeId of a tuple/unit `VariantData` -> its constructor."""
        self.field_names: dict[DefId, list[tuple[str, Visibility, Span]]] = {}
        """Struct, union or variant -> its fields (name, visibility, span)."""
        self.lang_items: dict[str, DefId] = {}
        self.lang_item_spans: dict[str, Span] = {}
        self.item_spans: dict[DefId, Span] = {}
        """The full span of an item (DefData.span is rustc's shorter def span), for the
        crates resolved from source."""
        self.extern_item_spans: Callable[[], dict[DefId, tuple[int, int, int]]] = dict
        """The same for crates read from metadata, as `(lo, hi, ctxt)` (made a `Span`
        when asked for), decoded at the first call: nothing asks for std's today, and a
        start-up need not decode 27,000."""
        self.trait_items: dict[DefId, dict[tuple[str, Namespace], DefId]] = {}
        self.extern_lifetime_counts: dict[DefId, int] = {}
        """Items of crates read from metadata (no AST) -> how many lifetime parameters
        they declare, where not 0 (rustc's `item_generics_num_lifetimes` of an extern
        crate)."""
        self.errors_reported: set[tuple[str, Span]] = set()
        self.privacy_errors: list[Diagnostic] = []
        self.ambiguity_errors: list[Diagnostic] = []
        """E0603 and E0659, emitted after the crate's other resolution errors."""
        self.mods_with_errors: set[DefId] = set()
        """`mod x;` items whose file could not be loaded: paths into them report nothing
        (rustc's `mods_with_parse_errors`), the missing file was the error."""
        self.privacy_reported: set[Span] = set()
        self.candidate_index: dict[tuple[int, bool], dict[str, list[object]]] = {}
        """`candidates.index` per crate root (built on the first "consider importing")."""
        self.builtin_bindings: dict[str, Binding] = {
            name: Binding(PrimTyRes(name), PUBLIC, DUMMY_SP) for name in PRIMITIVE_TYPES
        }

    # -- diagnostics --------------------------------------------------------------------------

    def emit(self, diag: Diagnostic) -> None:
        self.psess.dcx.emit(diag)

    # -- crates and modules -------------------------------------------------------------------

    def crate_of(self, module: Module) -> CrateData:
        return self.crates[module.crate]

    def new_module(
        self,
        kind: ModuleKind,
        def_id: DefId,
        name: str,
        parent: Module | None,
        crate: CrateNum,
        span: Span,
    ) -> Module:
        nearest = (
            def_id
            if kind is ModuleKind.MOD
            else (parent.nearest_mod if parent is not None else def_id)
        )
        m = Module(kind, def_id, name, parent, crate, nearest, span)
        if kind is not ModuleKind.BLOCK:
            self.modules[def_id] = m
        return m

    def module_of_res(self, res: Res) -> Module | None:
        if isinstance(res, DefRes) and res.kind in (DefKind.MOD, DefKind.ENUM, DefKind.TRAIT):
            return self.modules.get(res.def_id)
        return None

    # -- visibility ---------------------------------------------------------------------------

    def is_descendant_of(self, def_id: DefId, ancestor: DefId) -> bool:
        cur: DefId | None = def_id
        defs = self.defs
        while cur is not None:
            if cur == ancestor:
                return True
            cur = defs.parent(cur)
        return False

    def is_accessible_from(self, vis: Visibility, module: Module) -> bool:
        if vis.public or vis.restricted_to is None:
            return True
        return self.is_descendant_of(module.nearest_mod, vis.restricted_to)

    def vis_is_at_least(self, a: Visibility, b: Visibility) -> bool:
        """`a` is visible everywhere `b` is."""
        if a.public or a.restricted_to is None:
            return True
        if b.public or b.restricted_to is None:
            return False
        return self.is_descendant_of(b.restricted_to, a.restricted_to)

    def vis_min(self, a: Visibility, b: Visibility) -> Visibility:
        return b if self.vis_is_at_least(a, b) else a

    def private_vis(self, module: Module) -> Visibility:
        return Visibility(public=False, restricted_to=module.nearest_mod)

    # -- lookups in one module ----------------------------------------------------------------

    def resolve_ident_in_module(
        self,
        module: Module,
        name: str,
        ns: Namespace,
        from_module: Module | None = None,
        *,
        ignore_import: Import | None = None,
        _visited: set[int] | None = None,
    ) -> LookupResult:
        """`name` in `ns` of `module`: its binding, None when it has none, or UNDETERMINED
        while imports that may still define it are unresolved."""
        r = module.resolutions.get((name, ns))
        binding = r.binding if r is not None else None
        if binding is not None and binding.import_ is ignore_import and ignore_import is not None:
            binding = None
        if binding is not None and not binding.is_glob:
            return binding
        crate = self.crates.get(module.crate)
        if crate is not None and crate.imports_done and module.pending_imports == 0:
            return binding
        if r is not None:
            for imp in r.single_imports:
                if imp is ignore_import or imp.done:
                    continue
                if ns in imp.results:
                    continue
                if imp.type_ns_only and ns is not TYPE_NS:
                    continue
                return UNDETERMINED
        if binding is not None:
            for g in module.globs:
                if g is not ignore_import and g.imported_module is None and not g.failed:
                    return UNDETERMINED
            return binding
        visited = _visited if _visited is not None else set()
        if id(module) in visited:
            return None
        visited.add(id(module))
        for g in module.globs:
            if g is ignore_import or g.failed:
                continue
            target = g.imported_module
            if target is None:
                return UNDETERMINED
            if self.crates[target.crate].imports_done and target.pending_imports == 0:
                continue
            inner = self.resolve_ident_in_module(
                target, name, ns, module, ignore_import=ignore_import, _visited=visited
            )
            if inner is UNDETERMINED:
                return UNDETERMINED
        return None

    # -- lexical scope (early: imports and module-level paths) -------------------------------

    def early_resolve_ident(
        self,
        ident: ast.Ident,
        ns: Namespace,
        module: Module,
        *,
        ignore_import: Import | None = None,
        with_prelude: bool = True,
    ) -> LookupResult:
        """A path's first name seen from `module`: the module (walking out of block modules
        to the nearest `mod`), the extern prelude, the std prelude, primitive types."""
        name = ident.name
        m: Module | None = module
        while m is not None:
            b = self.resolve_ident_in_module(m, name, ns, module, ignore_import=ignore_import)
            if b is not None:
                return b
            if m.kind is not ModuleKind.BLOCK:
                break
            m = m.parent
        if ns is MACRO_NS:
            mm: Module | None = module
            while mm is not None:
                got = mm.macro_rules.get(name)
                if got is not None:
                    return got
                mm = mm.parent
        return self.resolve_in_preludes(
            ident, ns, module, ignore_import=ignore_import, with_prelude=with_prelude
        )

    def resolve_in_preludes(
        self,
        ident: ast.Ident,
        ns: Namespace,
        module: Module,
        *,
        ignore_import: Import | None = None,
        with_prelude: bool = True,
    ) -> LookupResult:
        crate = self.crates[module.crate]
        name = ident.name
        if ns is TYPE_NS:
            b = crate.extern_prelude.get(name)
            if b is not None:
                return b
        nearest = self.modules.get(module.nearest_mod, module)
        if with_prelude and crate.prelude is not None and not self._no_implicit_prelude(nearest):
            b2 = self.resolve_ident_in_module(
                crate.prelude, name, ns, module, ignore_import=ignore_import
            )
            if b2 is UNDETERMINED:
                return UNDETERMINED
            if b2 is not None and self.is_accessible_from(b2.vis, module):
                return b2
        elif (
            with_prelude
            and crate.prelude is None
            and crate.prelude_import is not None
            and not crate.imports_done
        ):
            return UNDETERMINED
        if ns is TYPE_NS:
            return self.builtin_bindings.get(name)
        return None

    def _no_implicit_prelude(self, module: Module) -> bool:
        m: Module | None = module
        while m is not None:
            if m.no_implicit_prelude:
                return True
            m = m.parent
        return False

    # -- paths --------------------------------------------------------------------------------

    def resolve_path(
        self,
        path: Sequence[Seg],
        ns: Namespace | None,
        module: Module,
        *,
        lexical: LexicalLookup | None = None,
        ignore_import: Import | None = None,
        import_path: bool = False,
    ) -> PathResult:
        """Resolve `path` seen from `module` (rustc's `resolve_path_with_ribs`).

        `ns` is the namespace of the last segment (None: a module path of an import);
        earlier segments are in the type namespace. `lexical` resolves the first name (late
        resolution passes its ribs); by default `early_resolve_ident`."""
        cur: Module | None = None
        """None before the first segment: the first name is looked up lexically."""
        extern_root = False
        """After a leading `::` (2018): the next name is a crate."""
        seg_res: list[Res] = []
        allow_super = True
        n = len(path)
        for i, seg in enumerate(path):
            is_last = i == n - 1
            seg_ns = (ns if ns is not None else TYPE_NS) if is_last else TYPE_NS
            name = seg.ident.name
            allow_super = allow_super and seg_ns is TYPE_NS and name in ("self", "super")
            if seg_ns is TYPE_NS:
                if allow_super and name == "super":
                    base = module.nearest_normal() if i == 0 else cur
                    if base is not None and not base.is_normal:
                        base = base.nearest_normal()
                    parent = (
                        base.parent.nearest_normal()
                        if base is not None and base.parent is not None
                        else None
                    )
                    if parent is not None:
                        cur = parent
                        seg_res.append(parent.res)
                        continue
                    return self._failed(
                        path,
                        i,
                        "there are too many leading `super` keywords",
                        is_last,
                        cur,
                        message="too many leading `super` keywords",
                    )
                if i == 0:
                    if name == "self":
                        cur = module.nearest_normal()
                        seg_res.append(cur.res)
                        continue
                    if name == "{{root}}":
                        extern_root = True
                        seg_res.append(ERR_RES)
                        continue
                    if name == "$crate":
                        cur = self._dollar_crate_root(seg.ident, module)
                        seg_res.append(cur.res)
                        continue
                    if name == "crate":
                        cur = self.crates[module.crate].root
                        seg_res.append(cur.res)
                        continue
            if i > 0 and name in PATH_KEYWORDS and name != "{{root}}":
                if name == "crate":
                    label = "`crate` in paths can only be used in start position"
                elif name == "self" and is_last and import_path:
                    label = "`self` in paths can only be used in start position"
                else:
                    label = f"`{name}` in paths can only be used in start position"
                return self._failed(
                    path,
                    i,
                    label,
                    is_last,
                    cur,
                    message=f"cannot find `{name}` in {self._parent_descr(path, i)}",
                )
            result: LookupResult
            if extern_root and i == 1:
                result = self.crates[module.crate].extern_prelude.get(name)
                if result is None:
                    return self._failed(
                        path,
                        i,
                        f"could not find `{name}` in the list of imported crates",
                        is_last,
                        None,
                        message=f"cannot find `{name}` in the crate root",
                    )
            elif cur is not None:
                result = self.resolve_ident_in_module(
                    cur, name, seg_ns, module, ignore_import=ignore_import
                )
            elif lexical is not None and seg_ns is not MACRO_NS:
                result = lexical(seg.ident, seg_ns)
            else:
                result = self.early_resolve_ident(
                    seg.ident, seg_ns, module, ignore_import=ignore_import
                )
            if result is UNDETERMINED:
                return PathResult(PathKind.INDETERMINATE)
            if result is not None:
                binding = result
                res = binding.res
                next_module = binding.module
                if next_module is not None:
                    cur = next_module
                    seg_res.append(res)
                    continue
                if isinstance(res, ErrRes):
                    seg_res.append(res)
                    return PathResult(PathKind.NON_MODULE, res=res, unresolved=0, seg_res=seg_res)
                maybe_assoc = ns is not MACRO_NS and _is_type_res(res)
                if ns is not None and (is_last or maybe_assoc):
                    seg_res.append(res)
                    return PathResult(
                        PathKind.NON_MODULE, res=res, unresolved=n - i - 1, seg_res=seg_res
                    )
                descr = res_descr(self.defs, res)
                return self._failed(
                    path,
                    i,
                    f"`{name}` is {_article(descr)} {descr}, not a module",
                    is_last,
                    cur,
                    message=f"cannot find `{name}` in {self._parent_descr(path, i)}"
                    if i > 0
                    else f"cannot find module `{name}` in this scope",
                    binding=binding,
                )
            # not found
            if (
                cur is not None
                and ns is not None
                and cur.kind in (ModuleKind.ENUM, ModuleKind.TRAIT)
            ):
                return PathResult(
                    PathKind.NON_MODULE, res=cur.res, unresolved=n - i, seg_res=seg_res
                )
            return self.path_failure(
                path, ns, module, cur, i, lexical=lexical, ignore_import=ignore_import
            )
        if cur is None:  # a bare `::` (the extern prelude): not a module one can name
            return self._failed(path, n - 1, "expected a module", True, None)
        return PathResult(PathKind.MODULE, module=cur, res=cur.res, seg_res=seg_res)

    def _dollar_crate_root(self, ident: ast.Ident, module: Module) -> Module:
        data = self.psess.hygiene.data(ident.span.ctxt)
        if data is not None:
            for c in self.crates.values():
                if c.name == data.crate or (data.crate in ("std", "core", "alloc") and c.is_std):
                    return c.root
        return self.crates[module.crate].root

    def _failed(
        self,
        path: Sequence[Seg],
        i: int,
        label: str,
        is_last: bool,
        cur: Module | None,
        *,
        message: str = "",
        binding: Binding | None = None,
    ) -> PathResult:
        return PathResult(
            PathKind.FAILED,
            fail_index=i,
            label=label,
            message=message,
            is_last=is_last,
            fail_module=cur,
            fail_span=path[i].ident.span,
            failed_binding=binding,
        )

    def _parent_descr(self, path: Sequence[Seg], i: int) -> str:
        parent = path[i - 1].ident.name
        if parent == "{{root}}":
            return "the list of imported crates"
        if parent == "crate":
            return "the crate root"
        return f"`{parent}`"

    def path_failure(
        self,
        path: Sequence[Seg],
        ns: Namespace | None,
        module: Module,
        cur: Module | None,
        i: int,
        *,
        lexical: LexicalLookup | None,
        ignore_import: Import | None,
    ) -> PathResult:
        """rustc's `report_path_resolution_error`: the label (and suggestion) for segment
        `i` not found, `cur` being the module it was looked up in (None: lexical scope)."""
        seg = path[i]
        ident = seg.ident
        name = ident.name
        is_last = i == len(path) - 1
        seg_ns = (ns if ns is not None else TYPE_NS) if is_last else TYPE_NS
        res = self._failed(path, i, "", is_last, cur)
        crate = self.crates[module.crate]
        if (
            cur is not None
            and cur is crate.root
            and i > 0
            and path[i - 1].name in ("crate", "{{root}}", "self")
            and cur.is_crate_root
        ):
            # In the crate root (`crate::x`, `self::x` at the root).
            res.label = f"could not find `{name}` in the crate root"
            if path[i - 1].name == "self" and cur is crate.root:
                res.label = f"could not find `{name}` in the crate root"
            res.message = f"cannot find `{name}` in `{path[i - 1].name}`"
            return res
        if i > 0:
            parent = self._parent_descr(path, i)
            msg = f"could not find `{name}` in {parent}"
            if seg_ns in (TYPE_NS, VALUE_NS):
                other = VALUE_NS if seg_ns is TYPE_NS else TYPE_NS
                b: LookupResult = None
                if cur is not None:
                    b = self.resolve_ident_in_module(
                        cur, name, other, module, ignore_import=ignore_import
                    )
                if isinstance(b, Binding):
                    what = "module" if b.module is not None else res_descr(self.defs, b.res)
                    msg = f"expected {_ns_descr(seg_ns)}, found {what} `{name}` in {parent}"
            res.label = msg
            res.message = f"cannot find `{name}` in {parent}"
            return res
        if name == "Self":
            res.label = "`Self` is only available in impls, traits, and type definitions"
            res.message = "cannot find `Self` in this scope"
            if ns is None:
                res.label = "`Self` cannot be used in imports"
            return res
        if name[:1].isascii() and name[:1].isupper():
            res.label = f"use of undeclared type `{name}`"
            res.message = f"cannot find type `{name}` in this scope"
            return res
        similar = self.similar_module_or_crate(name, module)
        if similar is not None:
            res.suggestion = (
                [(ident.span, similar)],
                "there is a crate or module with a similar name",
            )
        value = self.early_resolve_ident(ident, VALUE_NS, module, ignore_import=ignore_import)
        if lexical is not None:
            lv = lexical(ident, VALUE_NS)
            if lv is not None and lv is not UNDETERMINED:
                value = lv
        if isinstance(value, Binding):
            descr = res_descr(self.defs, value.res)
            res.label = f"{descr} `{name}` is not a crate or module"
            res.message = f"cannot find module or crate `{name}` in this scope"
            return res
        if res.suggestion is None:
            res.suggestion = ([], f"you might be missing a crate named `{name}`")
        res.label = f"use of unresolved module or unlinked crate `{name}`"
        res.message = f"cannot find module or crate `{name}` in this scope"
        return res

    def similar_module_or_crate(self, name: str, module: Module) -> str | None:
        """rustc's `find_similarly_named_module_or_crate`: extern crates and modules below
        `module`."""
        from ferric.base.edit_distance import find_best_match_for_name

        crate = self.crates[module.crate]
        cands = set(crate.extern_prelude)
        for m in self.modules.values():
            if m is module or m.kind is not ModuleKind.MOD or not m.name:
                continue
            p = m.parent
            while p is not None and p is not module:
                p = p.parent
            if p is module:
                cands.add(m.name)
        got = find_best_match_for_name(sorted(cands), name)
        return got if got != name else None

    # -- traits in scope ----------------------------------------------------------------------

    def traits_in_module(self, module: Module) -> tuple[DefId, ...]:
        if module.traits_cache is not None and (self.crates[module.crate].imports_done):
            return module.traits_cache
        found: list[DefId] = []
        seen: set[DefId] = set()
        for (_, ns), r in module.resolutions.items():
            if ns is not TYPE_NS or r.binding is None:
                continue
            res = r.binding.res
            if (
                isinstance(res, DefRes)
                and res.kind in (DefKind.TRAIT, DefKind.TRAIT_ALIAS)
                and res.def_id not in seen
            ):
                seen.add(res.def_id)
                found.append(res.def_id)
        for b in module.underscore_traits:
            res = b.res
            if isinstance(res, DefRes) and res.def_id not in seen:
                seen.add(res.def_id)
                found.append(res.def_id)
        out = tuple(found)
        if self.crates[module.crate].imports_done:
            module.traits_cache = out
        return out

    def traits_in_scope(self, module: Module) -> tuple[DefId, ...]:
        """Traits whose methods a method call in `module` may use: those named in the module
        and its enclosing block modules (up to the nearest `mod`), and the prelude's."""
        out: list[DefId] = []
        m: Module | None = module
        while m is not None:
            out.extend(self.traits_in_module(m))
            if m.kind is not ModuleKind.BLOCK:
                break
            m = m.parent
        crate = self.crates[module.crate]
        if crate.prelude is not None and not self._no_implicit_prelude(module.nearest_normal()):
            out.extend(self.traits_in_module(crate.prelude))
        seen: set[DefId] = set()
        uniq = []
        for d in out:
            if d not in seen:
                seen.add(d)
                uniq.append(d)
        return tuple(uniq)


# -- descriptions (rustc's `Res::descr`, `DefKind::descr`) ------------------------------------


def _is_type_res(res: Res) -> bool:
    """Whether `res` lives in the type namespace (a path may continue after it)."""
    if isinstance(res, PrimTyRes | SelfTyParamRes | SelfTyAliasRes):
        return True
    if isinstance(res, DefRes):
        return res.kind in (
            DefKind.STRUCT,
            DefKind.UNION,
            DefKind.ENUM,
            DefKind.TY_ALIAS,
            DefKind.TY_PARAM,
            DefKind.ASSOC_TY,
            DefKind.FOREIGN_TY,
            DefKind.TRAIT_ALIAS,
            DefKind.VARIANT,
            DefKind.TRAIT,
            DefKind.OPAQUE_TY,
        )
    return False


def _ns_descr(ns: Namespace) -> str:
    return {TYPE_NS: "type", VALUE_NS: "value", MACRO_NS: "macro"}[ns]


def _article(descr: str) -> str:
    return "an" if descr[:1] in "aeiou" else "a"


def article(descr: str) -> str:
    return _article(descr)


def def_descr(defs: DefTable, def_id: DefId) -> str:
    d = defs[def_id]
    kind = d.kind
    if kind is DefKind.CTOR:
        of = d.ctor_of
        is_variant = of is not None and defs.kind(of) is DefKind.VARIANT
        if d.ctor_kind is CtorKind.FN:
            return "tuple variant" if is_variant else "tuple struct"
        return "unit variant" if is_variant else "unit struct"
    if kind is DefKind.MOD and d.parent is None:
        return "crate"
    return kind.descr()


def _is_self_param(p: ast.Param) -> bool:
    pat = p.pat
    return isinstance(pat, ast.IdentPat) and pat.ident.name == "self"


def res_descr(defs: DefTable, res: Res) -> str:
    if isinstance(res, DefRes):
        return def_descr(defs, res.def_id)
    if isinstance(res, PrimTyRes):
        return "builtin type"
    if isinstance(res, SelfTyParamRes | SelfTyAliasRes):
        return "self type"
    if isinstance(res, SelfCtorRes):
        return "self constructor"
    if isinstance(res, LocalRes):
        return "local variable"
    return "unresolved item"
