"""Deconstructed patterns and witnesses (rustc's `rustc_pattern_analysis::pat`).

A `DeconstructedPat` is a user pattern as the algorithm sees it: a constructor, the
sub-patterns it was written with (sparse: `Foo { b: true, .. }` lists only field 1), its
arity and type, and where it came from (`span`, `origin`). Bindings are wildcards;
or-patterns have the `OR` constructor and their alternatives as fields.

A `WitnessPat` is a pattern the algorithm builds to show a value no arm matches: a
constructor with every field filled in.

`PatOrWild` is either a pattern or `None`, the wildcard the algorithm makes up when it
specializes a wildcard (it has no span).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import field
from typing import TypeAlias

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.pattern.constructor import (
    OR,
    WILDCARD,
    Constructor,
    Simple,
    Slice,
    VarLen,
)
from ferric.ty import ty as t


@dataclass(eq=False, slots=True)
class DeconstructedPat:
    ctor: Constructor
    fields: list[tuple[int, DeconstructedPat]]
    """(field index, sub-pattern), in order; fields not listed are wildcards."""
    arity: int
    ty: t.Ty
    span: Span
    uid: int
    origin: object = None
    """The HIR pattern this came from (for lints that look at the source)."""

    def __hash__(self) -> int:
        return self.uid

    def __eq__(self, other: object) -> bool:
        return self is other

    def iter_fields(self) -> Iterator[DeconstructedPat]:
        for _, p in self.fields:
            yield p

    def specialize(self, other: Constructor, other_arity: int) -> list[PatOrWild]:
        """The fields of `self` seen as `other` (which `self.ctor` covers): one per field of
        `other`, wildcards where `self` has none."""
        if other is Simple.PRIVATE_UNINHABITED:
            return []
        out: list[PatOrWild] = [None] * other_arity
        if self.ctor is WILDCARD:
            return out
        shift = 0
        prefix = other_arity
        if (
            isinstance(self.ctor, Slice)
            and isinstance(other, Slice)
            and self.ctor.arity != other.arity
        ):
            kind = self.ctor.kind
            assert isinstance(kind, VarLen)
            prefix = kind.prefix
            shift = other_arity - self.arity
        for idx, p in self.fields:
            out[idx + shift if idx >= prefix else idx] = p
        return out

    def walk(self, f: Callable[[DeconstructedPat], bool]) -> None:
        """Visit `self` and, while `f` says so, its sub-patterns (pre-order)."""
        stack = [self]
        while stack:
            p = stack.pop()
            if f(p):
                stack.extend(reversed([q for _, q in p.fields]))


PatOrWild: TypeAlias = DeconstructedPat | None


def ctor_of(p: PatOrWild) -> Constructor:
    return WILDCARD if p is None else p.ctor


def expand_or_pat(p: PatOrWild) -> list[PatOrWild]:
    """The alternatives of an or-pattern (nested ones flattened when lowering); itself
    otherwise."""
    if p is not None and p.ctor is OR:
        return [q for _, q in p.fields]
    return [p]


@dataclass(slots=True)
class WitnessPat:
    ctor: Constructor
    fields: list[WitnessPat]
    ty: t.Ty

    def iter_fields(self) -> Iterator[WitnessPat]:
        return iter(self.fields)


@dataclass(slots=True)
class UidGen:
    next: int = field(default=0)

    def __call__(self) -> int:
        self.next += 1
        return self.next
