"""Constructors, the constructor set of a type, and constructor splitting (rustc's
`rustc_pattern_analysis::constructor`).

A value is a constructor applied to fields: `Some(3)` is `Variant(1)` applied to `3`; `3` is
the one-value integer range `3..4`. Patterns add constructors of their own: wildcards,
integer ranges, variable-length slices, or-patterns.

Constructor splitting (`ConstructorSet.split`) turns the constructors of one column of the
matrix into a list of constructors that cover the type, each either fully inside or fully
outside every constructor in the column:

    column:  0..=100, 50..=150          (type u8)
    split:   0..50, 50..=100, 101..=150 present; 151..=255 missing

Integers are encoded so that the order of encoded values is the order of values: unsigned
values as themselves, signed ones biased by 2^(bits-1) (`-128i8` is 0, `127i8` is 255).
`isize` and `usize` are matched as if they had values beyond their bounds (rustc's RFC 2591):
`NEG_INF` stands before every value, `POS_INF` after.

Invariant: an `IntRange` is never empty (`lo < hi`) and `hi` is exclusive.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Final, TypeAlias

from ferric.base.nodeclass import dataclass

NEG_INF: Final = -1
"""The encoded value before every integer (`NegInfinity`)."""
POS_INF: Final = 1 << 128
"""The encoded value after every integer (`PosInfinity`); `plus_one(u128::MAX)` is it."""


def plus_one(x: int) -> int:
    """The next encoded value (the infinities stay what they are)."""
    return x if x in (NEG_INF, POS_INF) else x + 1


def minus_one(x: int) -> int | None:
    """The previous encoded value; None below the finite 0."""
    if x in (NEG_INF, POS_INF):
        return x
    return x - 1 if x > 0 else None


def encode_int(value: int, bits: int, signed: bool) -> int:
    """A value of an integer type as an encoded value."""
    if signed:
        return value + (1 << (bits - 1))
    return value


def decode_int(x: int, bits: int, signed: bool) -> int:
    return x - (1 << (bits - 1)) if signed else x


class RangeEnd(enum.Enum):
    INCLUDED = "..="
    EXCLUDED = ".."


class Presence(enum.Enum):
    UNSEEN = 0
    SEEN = 1


@dataclass(frozen=True, slots=True)
class IntRange:
    """`lo..hi` over encoded values (hi exclusive; `lo < hi`)."""

    lo: int
    hi: int

    @staticmethod
    def singleton(x: int) -> IntRange:
        return IntRange(x, plus_one(x))

    @staticmethod
    def from_range(lo: int, hi: int, end: RangeEnd) -> IntRange:
        if end is RangeEnd.INCLUDED:
            hi = plus_one(hi)
        assert lo < hi, f"malformed range pattern: {lo}..{hi}"
        return IntRange(lo, hi)

    @property
    def is_singleton(self) -> bool:
        return plus_one(self.lo) == self.hi and self.lo != NEG_INF

    def is_subrange(self, other: IntRange) -> bool:
        return other.lo <= self.lo and self.hi <= other.hi

    def intersection(self, other: IntRange) -> IntRange | None:
        if self.lo < other.hi and other.lo < self.hi:
            return IntRange(max(self.lo, other.lo), min(self.hi, other.hi))
        return None

    def split(self, column_ranges: Iterable[IntRange]) -> Iterator[tuple[Presence, IntRange]]:
        """Partition `self` into subranges none of which straddles a boundary of a column
        range, each marked SEEN when some column range contains it."""
        boundaries: list[tuple[int, int]] = []
        for r in column_ranges:
            i = self.intersection(r)
            if i is not None:
                boundaries.append((i.lo, 1))
                boundaries.append((i.hi, -1))
        boundaries.sort()
        count = 0
        prev = self.lo
        for bdy, delta in [*boundaries, (self.hi, 0)]:
            if prev != bdy:
                yield (Presence.SEEN if count > 0 else Presence.UNSEEN), IntRange(prev, bdy)
            prev = bdy
            count += delta


@dataclass(frozen=True, slots=True)
class FixedLen:
    """`[x, y]`: exactly `length` elements."""

    length: int

    @property
    def arity(self) -> int:
        return self.length

    def covers_length(self, other: int) -> bool:
        return self.length == other


@dataclass(frozen=True, slots=True)
class VarLen:
    """`[x, .., y]`: `prefix` elements, anything, `suffix` elements."""

    prefix: int
    suffix: int

    @property
    def arity(self) -> int:
        return self.prefix + self.suffix

    def covers_length(self, other: int) -> bool:
        return self.prefix + self.suffix <= other


SliceKind: TypeAlias = FixedLen | VarLen


@dataclass(frozen=True, slots=True)
class Slice:
    """An array or slice constructor; `array_len` is None for slices."""

    array_len: int | None
    kind: SliceKind

    @staticmethod
    def new(array_len: int | None, kind: SliceKind) -> Slice:
        if array_len is not None and isinstance(kind, VarLen):
            assert kind.arity <= array_len, "slice pattern longer than its array"
            if kind.arity == array_len:
                kind = FixedLen(array_len)
        return Slice(array_len, kind)

    @property
    def arity(self) -> int:
        return self.kind.arity

    def is_covered_by(self, other: Slice) -> bool:
        return other.kind.covers_length(self.arity)

    def split(self, column: Iterable[Slice]) -> Iterator[tuple[Presence, Slice]]:
        """Variable-length slice splitting: lengths below `L` one by one, the rest as one
        variable-length slice of arity `L` (see rustc's `Slice::split`)."""
        min_var_len: int | None = None
        seen_fixed: set[int] = set()
        kind = self.kind
        if isinstance(kind, VarLen):
            max_prefix, max_suffix = kind.prefix, kind.suffix
            fixed_upper = 1
            for s in column:
                if isinstance(s.kind, FixedLen):
                    fixed_upper = max(fixed_upper, s.kind.length + 1)
                    seen_fixed.add(s.kind.length)
                else:
                    max_prefix = max(max_prefix, s.kind.prefix)
                    max_suffix = max(max_suffix, s.kind.suffix)
                    n = s.kind.arity
                    min_var_len = n if min_var_len is None else min(min_var_len, n)
            if fixed_upper > max_prefix + max_suffix:
                max_prefix += fixed_upper - (max_prefix + max_suffix)
            max_slice: SliceKind = VarLen(max_prefix, max_suffix)
            if self.array_len is not None and max_slice.arity >= self.array_len:
                max_slice = FixedLen(self.array_len)
            smaller = range(0) if self.array_len is not None else range(self.arity, max_slice.arity)
        else:
            for s in column:
                if isinstance(s.kind, FixedLen):
                    if s.kind.length == kind.length:
                        seen_fixed.add(s.kind.length)
                else:
                    n = s.kind.arity
                    min_var_len = n if min_var_len is None else min(min_var_len, n)
            max_slice = kind
            smaller = range(0)
        for k in [*(FixedLen(n) for n in smaller), max_slice]:
            n = k.arity
            seen = (min_var_len is not None and min_var_len <= n) or n in seen_fixed
            yield (Presence.SEEN if seen else Presence.UNSEEN), Slice.new(self.array_len, k)


class Simple(enum.Enum):
    """The constructors that carry no data."""

    STRUCT = "struct"
    """Tuples and structs (and `box` patterns)."""
    REF = "ref"
    UNION_FIELD = "union field"
    OR = "or"
    WILDCARD = "_"
    NEVER = "!"
    """Only in witnesses: a value of an empty type."""
    NON_EXHAUSTIVE = "non exhaustive"
    """Only in witnesses: the values a type's constructors cannot list (`_`)."""
    HIDDEN = "hidden"
    """Only in witnesses: variants not to be named in diagnostics."""
    MISSING = "missing"
    """Only for specialization: the constructors absent from a column."""
    PRIVATE_UNINHABITED = "private uninhabited"
    """Only for specialization: an empty field that is private (its column is skipped)."""


@dataclass(frozen=True, slots=True)
class Variant:
    index: int


@dataclass(frozen=True, slots=True)
class BoolCtor:
    value: bool


@dataclass(frozen=True, slots=True)
class FloatRange:
    """A float literal or range (`1.0`, `0.0..=1.0`); `bits` says which float type."""

    lo: float
    hi: float
    end: RangeEnd
    bits: int

    def is_covered_by(self, other: FloatRange) -> bool:
        if not self.lo >= other.lo:
            return False
        if self.hi < other.hi:
            return True
        return self.hi == other.hi and other.end is self.end


@dataclass(frozen=True, slots=True)
class Str:
    """A string literal (its contents); the field of a `&str` literal's `Ref`."""

    value: str


@dataclass(frozen=True, slots=True)
class Opaque:
    """A constant that cannot be looked into: covers nothing but itself."""

    id: int


Constructor: TypeAlias = Simple | Variant | BoolCtor | IntRange | Slice | FloatRange | Str | Opaque

STRUCT: Final = Simple.STRUCT
REF: Final = Simple.REF
WILDCARD: Final = Simple.WILDCARD
OR: Final = Simple.OR
MISSING: Final = Simple.MISSING


class PatternError(Exception):
    """The analysis of a match cannot go on (a type with errors, an inconsistent pattern,
    the complexity limit): the match is not checked further."""


class IncompatibleCtors(PatternError):
    """Two constructors of different kinds met in one column (a type error upstream)."""


def is_covered_by(ctor: Constructor, other: Constructor) -> bool:
    """Whether every value of `ctor` is a value of `other`. `ctor` comes from splitting."""
    if other is Simple.WILDCARD:
        return True
    if type(ctor) is IntRange and type(other) is IntRange:
        return other.lo <= ctor.lo and ctor.hi <= other.hi
    if ctor is Simple.PRIVATE_UNINHABITED:
        return True
    if ctor is Simple.MISSING or ctor is Simple.NON_EXHAUSTIVE or ctor is Simple.HIDDEN:
        return False
    if isinstance(ctor, Opaque) or isinstance(other, Opaque):
        return ctor == other
    if isinstance(ctor, Simple):
        if ctor is other and ctor in (Simple.STRUCT, Simple.REF, Simple.UNION_FIELD):
            return True
    elif isinstance(ctor, Variant) and isinstance(other, Variant):
        return ctor.index == other.index
    elif isinstance(ctor, BoolCtor) and isinstance(other, BoolCtor):
        return ctor.value == other.value
    elif isinstance(ctor, IntRange) and isinstance(other, IntRange):
        return ctor.is_subrange(other)
    elif isinstance(ctor, FloatRange) and isinstance(other, FloatRange):
        return ctor.is_covered_by(other)
    elif isinstance(ctor, Str) and isinstance(other, Str):
        return ctor.value == other.value
    elif isinstance(ctor, Slice) and isinstance(other, Slice):
        return ctor.is_covered_by(other)
    raise IncompatibleCtors(f"{ctor!r} and {other!r}")


# =================================================================================================
# Constructor sets
# =================================================================================================


class VariantVisibility(enum.Enum):
    VISIBLE = "visible"
    HIDDEN = "hidden"
    """`#[doc(hidden)]` variants of other crates: not named unless the user named them."""
    EMPTY = "empty"
    """Visibly uninhabited variants: may be omitted where the place is known valid."""


@dataclass(frozen=True, slots=True)
class StructSet:
    empty: bool


@dataclass(frozen=True, slots=True)
class VariantsSet:
    variants: tuple[VariantVisibility, ...]
    non_exhaustive: bool


@dataclass(frozen=True, slots=True)
class IntegersSet:
    range_1: IntRange
    range_2: IntRange | None = None
    """Only `char` has two: the scalar values below and above the surrogates."""


@dataclass(frozen=True, slots=True)
class SliceSet:
    array_len: int | None
    subtype_is_empty: bool


class SimpleSet(enum.Enum):
    REF = "ref"
    UNION = "union"
    BOOL = "bool"
    UNLISTABLE = "unlistable"
    """`str`, floats, pointers, parameters ...: constructors that cannot be listed."""
    NO_CONSTRUCTORS = "no constructors"
    """`!` and empty enums."""


ConstructorSet: TypeAlias = StructSet | VariantsSet | IntegersSet | SliceSet | SimpleSet


@dataclass(slots=True)
class SplitConstructorSet:
    present: list[Constructor]
    missing: list[Constructor]
    missing_empty: list[Constructor]


def split(cset: ConstructorSet, ctors: Iterable[Constructor]) -> SplitConstructorSet:
    """Split the type's constructors by the column's (rustc's `ConstructorSet::split`)."""
    present: list[Constructor] = []
    missing: list[Constructor] = []
    missing_empty: list[Constructor] = []
    seen: list[Constructor] = []
    for c in ctors:
        if isinstance(c, Opaque):
            present.append(c)
        elif c is not Simple.WILDCARD:
            seen.append(c)
    if isinstance(cset, StructSet):
        if seen:
            present.append(STRUCT)
        else:
            (missing_empty if cset.empty else missing).append(STRUCT)
    elif isinstance(cset, VariantsSet):
        seen_idx = {c.index for c in seen if isinstance(c, Variant)}
        skipped_hidden = False
        for i, vis in enumerate(cset.variants):
            if i in seen_idx:
                present.append(Variant(i))
            elif vis is VariantVisibility.VISIBLE:
                missing.append(Variant(i))
            elif vis is VariantVisibility.HIDDEN:
                skipped_hidden = True
            else:
                missing_empty.append(Variant(i))
        if skipped_hidden:
            missing.append(Simple.HIDDEN)
        if cset.non_exhaustive:
            missing.append(Simple.NON_EXHAUSTIVE)
    elif isinstance(cset, IntegersSet):
        ranges = [c for c in seen if isinstance(c, IntRange)]
        for r in (cset.range_1, cset.range_2):
            if r is None:
                continue
            for presence, sub in r.split(ranges):
                (present if presence is Presence.SEEN else missing).append(sub)
    elif isinstance(cset, SliceSet):
        base = Slice.new(cset.array_len, VarLen(0, 0))
        for presence, s in base.split(c for c in seen if isinstance(c, Slice)):
            if presence is Presence.SEEN:
                present.append(s)
            elif cset.subtype_is_empty and s.arity != 0:
                missing_empty.append(s)
            else:
                missing.append(s)
    elif cset is SimpleSet.REF:
        (present if seen else missing).append(REF)
    elif cset is SimpleSet.UNION:
        (present if seen else missing).append(Simple.UNION_FIELD)
    elif cset is SimpleSet.BOOL:
        values = {c.value for c in seen if isinstance(c, BoolCtor)}
        # rustc 1.95 lists `true` before `false` (witnesses come out in this order).
        for b in (True, False):
            (present if b in values else missing).append(BoolCtor(b))
    elif cset is SimpleSet.UNLISTABLE:
        present.extend(seen)
        missing.append(Simple.NON_EXHAUSTIVE)
    else:
        missing_empty.append(Simple.NEVER)
    return SplitConstructorSet(present, missing, missing_empty)


def all_empty(cset: ConstructorSet) -> bool:
    """Whether the set has only empty constructors (the type has no valid value)."""
    if isinstance(cset, StructSet):
        return cset.empty
    if isinstance(cset, VariantsSet):
        return not cset.non_exhaustive and all(v is VariantVisibility.EMPTY for v in cset.variants)
    if isinstance(cset, SliceSet):
        return cset.subtype_is_empty and cset.array_len is not None and cset.array_len >= 1
    return cset is SimpleSet.NO_CONSTRUCTORS
