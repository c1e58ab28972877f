"""Definitions and what names resolve to: DefId, DefKind, Namespace, Res (rustc_hir::def).

Every named thing in every crate of the session (modules, types, traits, functions,
constants, variants, fields, generic parameters, closures, anonymous consts, impls) gets a
`DefId`, a session-wide int; `DefTable` records its `DefData`. A resolved name is a `Res`:
a definition, a primitive type, `Self` (in a trait or an impl), a local binding, or an error.

Invariant: DefIds are never reused; `DefData.parent` is None only for crate roots.
"""

from __future__ import annotations

import enum
from dataclasses import field
from typing import NewType

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span

DefId = NewType("DefId", int)
CrateNum = NewType("CrateNum", int)
HirId = NewType("HirId", int)
"""A node of the HIR (expressions, patterns, bindings, statements...); session-wide."""

LOCAL_CRATE = CrateNum(0)
"""The crate being compiled. The standard library is `CrateNum(1)`."""
STD_CRATE = CrateNum(1)
"""The standard library. Other user crates the compiled one depends on (a package's
library, path dependencies) are `CrateNum(2)` and up (`hir.lower.ExternCrate`)."""


class Namespace(enum.Enum):
    TYPE = "type"
    """Modules, types, traits, type aliases, type parameters, enums (and their variants)."""
    VALUE = "value"
    """Functions, consts, statics, constructors, locals, const parameters."""
    MACRO = "macro"

    __hash__ = object.__hash__  # singletons: identity hashing, in C (a hot dict key)


class DefKind(enum.Enum):
    MOD = "module"
    STRUCT = "struct"
    UNION = "union"
    ENUM = "enum"
    VARIANT = "variant"
    TRAIT = "trait"
    TRAIT_ALIAS = "trait alias"
    TY_ALIAS = "type alias"
    FOREIGN_TY = "foreign type"
    TY_PARAM = "type parameter"
    FN = "function"
    CONST = "constant"
    CONST_PARAM = "const parameter"
    STATIC = "static"
    CTOR = "constructor"
    """A tuple/unit struct's or variant's constructor (see `DefData.ctor_of`/`ctor_fn`)."""
    ASSOC_FN = "associated function"
    ASSOC_CONST = "associated constant"
    ASSOC_TY = "associated type"
    LIFETIME_PARAM = "lifetime parameter"
    MACRO = "macro"
    EXTERN_CRATE = "extern crate"
    USE = "use"
    FOREIGN_MOD = "foreign module"
    ANON_CONST = "constant expression"
    INLINE_CONST = "inline constant"
    OPAQUE_TY = "opaque type"
    """The hidden type behind `impl Trait` in return position."""
    FIELD = "field"
    IMPL = "implementation"
    CLOSURE = "closure"

    @property
    def ns(self) -> Namespace | None:
        """The namespace a definition of this kind lives in (None: not a named item)."""
        return _NS.get(self)

    def descr(self) -> str:
        """rustc's `DefKind::descr` ("function", "struct", "tuple struct" needs the caller)."""
        return self.value

    __hash__ = object.__hash__  # singletons: identity hashing, in C (a hot dict key)


_NS: dict[DefKind, Namespace] = {
    DefKind.MOD: Namespace.TYPE,
    DefKind.STRUCT: Namespace.TYPE,
    DefKind.UNION: Namespace.TYPE,
    DefKind.ENUM: Namespace.TYPE,
    DefKind.VARIANT: Namespace.TYPE,
    DefKind.TRAIT: Namespace.TYPE,
    DefKind.TRAIT_ALIAS: Namespace.TYPE,
    DefKind.TY_ALIAS: Namespace.TYPE,
    DefKind.FOREIGN_TY: Namespace.TYPE,
    DefKind.TY_PARAM: Namespace.TYPE,
    DefKind.ASSOC_TY: Namespace.TYPE,
    DefKind.EXTERN_CRATE: Namespace.TYPE,
    DefKind.FN: Namespace.VALUE,
    DefKind.CONST: Namespace.VALUE,
    DefKind.CONST_PARAM: Namespace.VALUE,
    DefKind.STATIC: Namespace.VALUE,
    DefKind.CTOR: Namespace.VALUE,
    DefKind.ASSOC_FN: Namespace.VALUE,
    DefKind.ASSOC_CONST: Namespace.VALUE,
    DefKind.MACRO: Namespace.MACRO,
}


class CtorKind(enum.Enum):
    FN = "fn"
    """`Foo(..)`: the constructor is a function."""
    CONST = "const"
    """`Foo`: the constructor is a constant (unit struct / unit variant)."""


@dataclass(slots=True)
class Visibility:
    """Where a definition may be named from: everywhere (`public`), or inside the module
    `restricted_to` and its descendants (private items: their parent module)."""

    public: bool
    restricted_to: DefId | None = None


PUBLIC = Visibility(public=True)


@dataclass(slots=True, eq=False)
class DefData:
    kind: DefKind
    name: str
    """The name as written (`""` for impls, closures, anonymous consts, `use` items)."""
    parent: DefId | None
    """The enclosing definition (module, trait, impl, enum, fn for closures/items in bodies)."""
    crate: CrateNum
    span: Span
    """The definition's identifying span (its name, as rustc points at `def_span`)."""
    vis: Visibility = field(default_factory=lambda: PUBLIC)
    node: object | None = None
    """The AST node it was collected from (ast.Item, ast.Variant, ast.FieldDef,
    ast.GenericParam, ...), for the stages that read declarations."""
    ctor_of: DefId | None = None
    """For CTOR: the struct or variant it constructs."""
    ctor_kind: CtorKind | None = None
    ctor: DefId | None = None
    """For tuple/unit structs and variants: their constructor's DefId."""
    attrs: tuple[object, ...] = ()
    """The item's attributes (ast.Attribute), for lang items, `#[derive]` traces, lints."""


class DefTable:
    """Every definition of the session."""

    __slots__ = ("_defs",)

    def __init__(self) -> None:
        self._defs: list[DefData] = []

    def copy(self) -> DefTable:
        """A table with the same definitions (shared `DefData`), to which a new crate can be
        added without touching this one (per-process caches of std)."""
        t = DefTable()
        t._defs = list(self._defs)
        return t

    def extend(self, defs: list[DefData]) -> None:
        """Append whole rows (a crate read from metadata: its DefIds are the positions they
        had when it was written, so it must be added first)."""
        self._defs.extend(defs)

    def add(self, data: DefData) -> DefId:
        self._defs.append(data)
        return DefId(len(self._defs) - 1)

    def __getitem__(self, def_id: DefId) -> DefData:
        return self._defs[def_id]

    def __len__(self) -> int:
        return len(self._defs)

    def kind(self, def_id: DefId) -> DefKind:
        return self._defs[def_id].kind

    def name(self, def_id: DefId) -> str:
        return self._defs[def_id].name

    def parent(self, def_id: DefId) -> DefId | None:
        return self._defs[def_id].parent

    def path_str(self, def_id: DefId, crate_names: dict[CrateNum, str] | None = None) -> str:
        """`std::vec::Vec`, `main::Point` (the crate name first), as `tcx.def_path_str`
        without the crate prefix for the local crate when `crate_names` omits it."""
        parts: list[str] = []
        cur: DefId | None = def_id
        while cur is not None:
            d = self._defs[cur]
            if d.parent is None:
                if crate_names is not None and d.crate in crate_names:
                    parts.append(crate_names[d.crate])
                break
            if d.name:
                parts.append(d.name)
            cur = d.parent
        return "::".join(reversed(parts))


# -- what a name resolves to ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DefRes:
    kind: DefKind
    def_id: DefId


@dataclass(frozen=True, slots=True)
class PrimTyRes:
    name: str
    """`i32`, `u8`, `f64`, `bool`, `char`, `str`, ... (a primitive type named by its name)."""


@dataclass(frozen=True, slots=True)
class SelfTyParamRes:
    """`Self` inside a trait definition."""

    trait: DefId


@dataclass(frozen=True, slots=True)
class SelfTyAliasRes:
    """`Self` inside an impl (the impl's self type), or inside a struct, enum or union
    definition (`impl` is then the ADT's own DefId: `Self` is that type with its own
    parameters)."""

    impl: DefId


@dataclass(frozen=True, slots=True)
class SelfCtorRes:
    """`Self` used as a constructor (`Self(x)`, `Self`) inside an impl of a tuple/unit struct."""

    impl: DefId


@dataclass(frozen=True, slots=True)
class LocalRes:
    """A local binding (function parameter, `let`, pattern binding, closure parameter)."""

    hir_id: HirId


@dataclass(frozen=True, slots=True)
class ErrRes:
    """Resolution failed (already reported)."""


Res = DefRes | PrimTyRes | SelfTyParamRes | SelfTyAliasRes | SelfCtorRes | LocalRes | ErrRes

ERR_RES = ErrRes()

PRIMITIVE_TYPES: frozenset[str] = frozenset(
    [
        "bool",
        "char",
        "str",
        "i8",
        "i16",
        "i32",
        "i64",
        "i128",
        "isize",
        "u8",
        "u16",
        "u32",
        "u64",
        "u128",
        "usize",
        "f16",
        "f32",
        "f64",
        "f128",
    ]
)
