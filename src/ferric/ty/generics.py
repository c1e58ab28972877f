"""Generic parameters of a definition (rustc's `ty::Generics`).

Parameters are numbered across the definition and its parents: an impl's parameters come
first, then its method's own; a trait's parameter 0 is `Self`. `GenericArgs` for a
definition therefore always has `count()` entries, parents' first. `identity_args` are the
parameters themselves (`Param(i)`, `ReEarlyParam(i)`, `ConstParam(i)`), the args of a
definition seen from inside it.
"""

from __future__ import annotations

import enum

from ferric.base.nodeclass import dataclass
from ferric.resolve.defs import DefId
from ferric.ty import ty as t


class ParamKind(enum.Enum):
    LIFETIME = "lifetime"
    TYPE = "type"
    CONST = "const"


@dataclass(frozen=True, slots=True)
class GenericParamDef:
    name: str
    def_id: DefId | None
    """None for the implicit `Self` of a trait."""
    index: int
    kind: ParamKind
    has_default: bool = False
    synthetic: bool = False
    """A type parameter invented for `impl Trait` in argument position."""

    def to_arg(self) -> t.GenericArg:
        if self.kind is ParamKind.TYPE:
            return t.Param(self.index, self.name)
        if self.kind is ParamKind.LIFETIME:
            return t.ReEarlyParam(self.index, self.name)
        return t.ConstParam(self.index, self.name)


@dataclass(frozen=True, slots=True)
class Generics:
    parent: DefId | None
    parent_count: int
    own_params: tuple[GenericParamDef, ...]
    has_self: bool = False
    """A trait (or a trait's item): parameter 0 is `Self`."""
    parent_params: tuple[GenericParamDef, ...] = ()
    """All parameters of the parents, in index order (for `param_at` without a lookup)."""

    def count(self) -> int:
        return self.parent_count + len(self.own_params)

    @property
    def all_params(self) -> tuple[GenericParamDef, ...]:
        return self.parent_params + self.own_params

    def param_at(self, index: int) -> GenericParamDef:
        return self.all_params[index]

    def identity_args(self) -> t.GenericArgs:
        return tuple(p.to_arg() for p in self.all_params)

    def own_counts(self) -> tuple[int, int, int]:
        """(lifetimes, types, consts) among the own parameters (not counting `Self`)."""
        lts = sum(1 for p in self.own_params if p.kind is ParamKind.LIFETIME)
        tys = sum(1 for p in self.own_params if p.kind is ParamKind.TYPE and not (p.index == 0 and self.has_self and self.parent is None))
        cts = sum(1 for p in self.own_params if p.kind is ParamKind.CONST)
        return lts, tys, cts


EMPTY = Generics(parent=None, parent_count=0, own_params=())
