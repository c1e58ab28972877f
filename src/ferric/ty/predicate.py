"""Predicates: what a where clause, a bound or an obligation asserts.

- `TraitRef(def_id, args)`: `args[0]: Trait<args[1..]>` (args[0] is the Self type).
- `TraitPredicate(trait_ref, negative)`: `T: Trait` (or `T: !Trait`).
- `ProjectionPredicate(alias, term)`: `<T as Trait>::Assoc == term` (from `Iterator<Item = u32>`
  and `Fn(A) -> B` bounds).
- `TypeOutlives(ty, region)`, `RegionOutlives(a, b)`: `T: 'a`, `'a: 'b` (kept for borrowck).

All are interned like types, so equal predicates are the same object.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from ferric.resolve.defs import DefId
from ferric.ty import ty as t
from ferric.ty.ty import _flags_of, _Interned, _simple


class TraitRef(_Interned):
    __slots__ = ()

    def __new__(cls, def_id: DefId, args: t.GenericArgs) -> TraitRef:
        return _simple(cls, (def_id, args), _flags_of(args))

    @property
    def def_id(self) -> DefId:
        return self._key[0]  # type: ignore[no-any-return]

    @property
    def args(self) -> t.GenericArgs:
        return self._key[1]  # type: ignore[no-any-return]

    @property
    def self_ty(self) -> t.Ty:
        st = self.args[0]
        assert isinstance(st, t.Ty)
        return st

    def with_self_ty(self, self_ty: t.Ty) -> TraitRef:
        return TraitRef(self.def_id, (self_ty, *self.args[1:]))

    def __repr__(self) -> str:
        return f"<TraitRef {self}>"

    def __str__(self) -> str:
        from ferric.ty.print import _def_path, args_to_string

        return f"<{self.self_ty} as {_def_path(self.def_id)}{args_to_string(self.args[1:])}>"

    def print_only_trait_path(self) -> str:
        """`Trait<Args>` without the Self type (rustc's `print_only_trait_path`)."""
        from ferric.ty.print import _def_path, args_to_string

        return _def_path(self.def_id) + args_to_string(self.args[1:])


class TraitPredicate(_Interned):
    __slots__ = ()

    def __new__(cls, trait_ref: TraitRef, negative: bool = False) -> TraitPredicate:
        return _simple(cls, (trait_ref, negative), trait_ref.flags)

    @property
    def trait_ref(self) -> TraitRef:
        return self._key[0]  # type: ignore[no-any-return]

    @property
    def negative(self) -> bool:
        return self._key[1]  # type: ignore[no-any-return]

    @property
    def def_id(self) -> DefId:
        return self.trait_ref.def_id

    @property
    def self_ty(self) -> t.Ty:
        return self.trait_ref.self_ty

    def __str__(self) -> str:
        return f"{self.self_ty}: {'!' if self.negative else ''}{self.trait_ref.print_only_trait_path()}"


class ProjectionPredicate(_Interned):
    __slots__ = ()

    def __new__(cls, alias: t.Alias, term: t.Ty) -> ProjectionPredicate:
        return _simple(cls, (alias, term), alias.flags | term.flags)

    @property
    def alias(self) -> t.Alias:
        return self._key[0]  # type: ignore[no-any-return]

    @property
    def term(self) -> t.Ty:
        return self._key[1]  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return f"{self.alias} == {self.term}"


class TypeOutlives(_Interned):
    __slots__ = ()

    def __new__(cls, ty: t.Ty, region: t.Region) -> TypeOutlives:
        return _simple(cls, (ty, region), ty.flags | region.flags)

    @property
    def ty(self) -> t.Ty:
        return self._key[0]  # type: ignore[no-any-return]

    @property
    def region(self) -> t.Region:
        return self._key[1]  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return f"{self.ty}: {self.region}"


class RegionOutlives(_Interned):
    __slots__ = ()

    def __new__(cls, a: t.Region, b: t.Region) -> RegionOutlives:
        return _simple(cls, (a, b), a.flags | b.flags)

    @property
    def a(self) -> t.Region:
        return self._key[0]  # type: ignore[no-any-return]

    @property
    def b(self) -> t.Region:
        return self._key[1]  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return f"{self.a}: {self.b}"


Clause: TypeAlias = TraitPredicate | ProjectionPredicate | TypeOutlives | RegionOutlives


def clause_key(c: Clause) -> tuple[Any, ...]:
    return c._key
