"""ADT definitions: structs, enums and unions, their variants and fields (rustc's `AdtDef`).

Field types are not stored here: `TyCtxt.type_of(field.def_id)` gives a field's type in
terms of the ADT's generic parameters; `TyCtxt.field_ty(field, args)` instantiates it.
"""

from __future__ import annotations

import enum

from ferric.base.nodeclass import dataclass
from ferric.resolve.defs import CtorKind, DefId


class AdtKind(enum.Enum):
    STRUCT = "struct"
    ENUM = "enum"
    UNION = "union"


@dataclass(frozen=True, slots=True)
class FieldDef:
    def_id: DefId
    name: str
    """`"0"`, `"1"`, ... for tuple fields."""
    public: bool
    vis_module: DefId | None
    """For non-public fields: the module they are visible in (with its descendants)."""


@dataclass(frozen=True, slots=True)
class VariantDef:
    def_id: DefId
    """The variant (enums) or the struct/union itself."""
    name: str
    index: int
    fields: tuple[FieldDef, ...]
    ctor: DefId | None
    ctor_kind: CtorKind | None
    """FN for tuple-like, CONST for unit-like, None for braced (struct-like) variants."""
    discr_body: DefId | None = None
    """The anonymous const of an explicit discriminant (`A = 5`)."""

    def field_named(self, name: str) -> tuple[int, FieldDef] | None:
        for i, f in enumerate(self.fields):
            if f.name == name:
                return i, f
        return None


@dataclass(frozen=True, slots=True)
class AdtDef:
    def_id: DefId
    kind: AdtKind
    variants: tuple[VariantDef, ...]
    name: str
    repr_int: str | None = None
    """`#[repr(u8)]` etc. on an enum (the discriminant's type), else None (isize)."""
    is_box: bool = False
    is_phantom_data: bool = False
    is_manually_drop: bool = False
    non_exhaustive: bool = False

    @property
    def is_struct(self) -> bool:
        return self.kind is AdtKind.STRUCT

    @property
    def is_enum(self) -> bool:
        return self.kind is AdtKind.ENUM

    @property
    def is_union(self) -> bool:
        return self.kind is AdtKind.UNION

    def non_enum_variant(self) -> VariantDef:
        assert self.kind is not AdtKind.ENUM
        return self.variants[0]

    def variant_with_id(self, def_id: DefId) -> VariantDef:
        for v in self.variants:
            if v.def_id == def_id:
                return v
        raise KeyError(def_id)

    def variant_with_ctor(self, ctor: DefId) -> VariantDef:
        for v in self.variants:
            if v.ctor == ctor:
                return v
        raise KeyError(ctor)

    def variant_index_with_id(self, def_id: DefId) -> int:
        for i, v in enumerate(self.variants):
            if v.def_id == def_id or v.ctor == def_id:
                return i
        raise KeyError(def_id)
