"""The module graph: modules, name bindings and imports (rustc_resolve's `ModuleData`,
`NameBinding`, `Import`).

A `Module` is anything paths can walk into: a `mod` (or a crate root), an enum (its variants),
a trait (its associated items), or an anonymous *block module* for a `{ ... }` block that
declares items. Each module maps `(name, namespace)` to a `NameResolution`: the `Binding` the
name has there (an item, an import of another binding, or a glob-imported binding), plus
the single imports that may still define it while imports are being resolved.

A `Binding` says what a name means at one place: its `Res`, the module it opens (for
modules, enums, traits), its visibility there, and, for imports, the import and the binding it
re-exports. Bindings of glob imports rank below everything else in their module; two glob
bindings of different things make the name ambiguous (`ambiguity`), an error only when used.

Invariant: a module's non-glob binding of a name never changes once set (a second one is a
"defined multiple times" error and is dropped).
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.resolve.defs import CrateNum, DefId, DefKind, DefRes, Namespace, Res, Visibility
from ferric.syntax import ast


class ModuleKind(enum.Enum):
    MOD = "mod"
    """A `mod` item or a crate root."""
    ENUM = "enum"
    TRAIT = "trait"
    BLOCK = "block"
    """An anonymous module: a block with items in it."""


@dataclass(eq=False, slots=True)
class Binding:
    res: Res
    vis: Visibility
    span: Span
    module: Module | None = None
    """The module this binding opens (modules, crate roots, enums, traits)."""
    import_: Import | None = None
    source: Binding | None = None
    """For an import binding: the binding it imports."""
    is_glob: bool = False
    ambiguity: Binding | None = None
    """Another glob-imported binding of the same name with a different meaning."""
    is_extern_crate: bool = False
    """An `extern crate` item or an extern prelude entry (its name is a crate's name)."""

    @property
    def is_import(self) -> bool:
        return self.import_ is not None

    def original(self) -> Binding:
        """The binding at the end of a chain of imports (the item itself)."""
        b = self
        while b.source is not None:
            b = b.source
        return b

    def def_kind(self) -> DefKind | None:
        return self.res.kind if isinstance(self.res, DefRes) else None


@dataclass(eq=False, slots=True)
class NameResolution:
    binding: Binding | None = None
    shadowed_glob: Binding | None = None
    """A glob binding hidden by a non-glob `binding` of the same name."""
    single_imports: list[Import] = field(default_factory=list)
    """Single imports in this module that may define this name and are not resolved yet."""


@dataclass(eq=False, slots=True)
class Module:
    kind: ModuleKind
    def_id: DefId
    """The module's, enum's or trait's DefId; for a block module, the item owning the block."""
    name: str
    parent: Module | None
    crate: CrateNum
    nearest_mod: DefId
    """The nearest enclosing `mod` (itself for a `mod`): what privacy is relative to."""
    span: Span
    resolutions: dict[tuple[str, Namespace], NameResolution] = field(default_factory=dict)
    globs: list[Import] = field(default_factory=list)
    """Glob imports into this module."""
    glob_importers: list[Import] = field(default_factory=list)
    """Glob imports out of this module (bindings added later propagate to them)."""
    underscore_traits: list[Binding] = field(default_factory=list)
    macro_rules: dict[str, Binding] = field(default_factory=dict)
    """`macro_rules!` definitions in this module (a scope of their own, not bindings)."""
    """Traits imported as `_` (in scope for method calls, not nameable)."""
    no_implicit_prelude: bool = False
    block_id: int = 0
    """For a block module: the block's NodeId."""
    traits_cache: tuple[DefId, ...] | None = None
    pending_imports: int = 0
    """Imports into this module not resolved yet (0: lookups here are final once the
    crate's imports are done)."""

    @property
    def res(self) -> Res:
        kind = {ModuleKind.ENUM: DefKind.ENUM, ModuleKind.TRAIT: DefKind.TRAIT}.get(
            self.kind, DefKind.MOD
        )
        return DefRes(kind, self.def_id)

    @property
    def is_normal(self) -> bool:
        """A `mod` or a crate root (not an enum, trait or block)."""
        return self.kind is ModuleKind.MOD

    @property
    def is_crate_root(self) -> bool:
        return self.kind is ModuleKind.MOD and self.parent is None

    def resolution(self, name: str, ns: Namespace) -> NameResolution:
        key = (name, ns)
        r = self.resolutions.get(key)
        if r is None:
            r = self.resolutions[key] = NameResolution()
        return r

    def binding(self, name: str, ns: Namespace) -> Binding | None:
        r = self.resolutions.get((name, ns))
        return r.binding if r is not None else None

    def nearest_normal(self) -> Module:
        m = self
        while m.kind is not ModuleKind.MOD and m.parent is not None:
            m = m.parent
        return m

    def __repr__(self) -> str:
        return f"Module({self.kind.value} {self.name or '{block}'} #{self.def_id})"


class ImportKind(enum.Enum):
    SINGLE = "single"
    GLOB = "glob"


@dataclass(eq=False, slots=True)
class Import:
    kind: ImportKind
    module_path: tuple[ast.Ident, ...]
    """The path up to the imported name (`std::collections` of `std::collections::HashMap`)."""
    source: ast.Ident
    """SINGLE: the imported name (`HashMap`, or `self` for `{self}`); GLOB: unused."""
    target: ast.Ident
    """SINGLE: the name it is bound to here (the rename, `_`, or the source)."""
    parent: Module
    """The module the `use` is in."""
    vis: Visibility
    span: Span
    """The use tree (rustc points import errors at it)."""
    root_span: Span
    """The whole `use` item."""
    use_def: DefId
    """The `use` item's DefId (DefKind.USE), one per leaf import."""
    node_id: int
    is_global: bool = False
    """The path starts with `::`."""
    type_ns_only: bool = False
    """`{self}` in a nested import: imports the module, in the type namespace only."""
    is_prelude: bool = False
    """`#[prelude_import] use ...::*`: makes the glob's module the crate's prelude."""
    is_nested: bool = False
    imported_module: Module | None = None
    results: dict[Namespace, Binding | None] = field(default_factory=dict)
    """SINGLE: each namespace's outcome once determined (None: nothing by that name)."""
    done: bool = False
    failed: bool = False
    """Reported as unresolved (E0432/E0433)."""
    path_res: Res | None = None
    """What the last segment resolved to, for the HIR `UseItem`."""
    segment_res: list[Res] = field(default_factory=list)
    private_found: dict[Namespace, Binding] = field(default_factory=dict)
    """Bindings found but not visible from here (an E0603 if nothing else is found)."""
    path_failure: object | None = None
    """The failed `resolver.PathResult` of the module path, when it failed."""

    @property
    def is_glob(self) -> bool:
        return self.kind is ImportKind.GLOB

    def full_path_str(self) -> str:
        names = [("" if i.name == "{{root}}" else i.name) for i in self.module_path]
        if self.kind is ImportKind.SINGLE:
            names.append(self.source.name)
        else:
            names.append("*")
        return "::".join(names)
