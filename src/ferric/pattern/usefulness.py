"""The usefulness algorithm (rustc's `rustc_pattern_analysis::usefulness`).

Given the arms of a match (each a `DeconstructedPat`, maybe guarded), compute:
- the values no arm matches (witnesses of non-exhaustiveness), and
- for each arm and each alternative of an or-pattern, whether removing it would change what
  the match does (usefulness), and if not, which earlier patterns cover it.

The matrix has one row per arm and one column per place of the scrutinee under
investigation. `compute_exhaustiveness_and_usefulness` splits the constructors of the first
column (`constructor.split`), specializes the matrix by each split constructor (keeping the
rows whose head covers it, replacing the head by its fields), recurses, and lifts the
witnesses found back through the constructor. A row is useful when it is reached with no
unguarded row above it.

Refinements kept from rustc, which decide its exact witnesses and lints:
- `Missing` stands for all the constructors absent from a column, and cases other than it
  are irrelevant for rows with a wildcard there (so `(true, true)` alone reports
  `(false, _)`, not `(false, _)` and `(true, false)`);
- place validity: behind a reference a place may hold invalid data, so empty constructors
  there still need an arm;
- branch patterns (arms and or-pattern alternatives) record the earlier rows that intersect
  them, which explain why a redundant one is redundant;
- singleton overlaps of integer ranges (`overlapping_range_endpoints`) and one-value gaps
  after exclusive ranges (`non_contiguous_range_endpoints`) are found while splitting.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import field
from typing import Protocol

from ferric.base.nodeclass import dataclass
from ferric.pattern.constructor import (
    MISSING,
    OR,
    WILDCARD,
    BoolCtor,
    Constructor,
    ConstructorSet,
    IntegersSet,
    IntRange,
    PatternError,
    Simple,
    SimpleSet,
    Variant,
    is_covered_by,
    plus_one,
    split,
)
from ferric.pattern.pat import DeconstructedPat, PatOrWild, WitnessPat, ctor_of, expand_or_pat
from ferric.ty import ty as t


class PatCx(Protocol):
    """What the algorithm asks about types (implemented by `cx.MatchCheckCtxt`)."""

    def ctor_arity(self, ctor: Constructor, ty: t.Ty) -> int: ...

    def ctor_sub_tys(self, ctor: Constructor, ty: t.Ty) -> list[tuple[t.Ty, bool]]:
        """The field types, each with whether it is a private uninhabited field."""
        ...

    def ctors_for_ty(self, ty: t.Ty) -> ConstructorSet: ...

    def wildcard_witness(self, ty: t.Ty) -> WitnessPat: ...

    def wild_from_ctor(self, ctor: Constructor, ty: t.Ty) -> WitnessPat: ...

    def lint_overlapping_range_endpoints(
        self, pat: DeconstructedPat, overlap: IntRange, overlaps_with: list[DeconstructedPat]
    ) -> None: ...

    def lint_non_contiguous_range_endpoints(
        self, pat: DeconstructedPat, gap: IntRange, gapped_with: list[DeconstructedPat]
    ) -> None: ...

    def complexity_exceeded(self) -> None:
        """Report that the pattern complexity limit is reached; raise `PatternError`."""
        ...


COMPLEXITY_LIMIT = 10_000_000
"""rustc's default `pattern_complexity_limit`."""


class PlaceValidity(enum.Enum):
    VALID_ONLY = "valid"
    MAYBE_INVALID = "maybe invalid"

    def specialize(self, ctor: Constructor) -> PlaceValidity:
        """Validity of the fields: kept, except behind `&` and in union fields."""
        if ctor in (Simple.REF, Simple.UNION_FIELD):
            return PlaceValidity.MAYBE_INVALID
        return self


@dataclass(frozen=True, slots=True)
class MatchArm:
    pat: DeconstructedPat
    has_guard: bool
    data: object = None
    """What the caller needs to report on the arm (its HIR arm)."""


@dataclass(frozen=True, slots=True)
class RedundancyExplanation:
    covered_by: list[DeconstructedPat]
    """Earlier patterns that intersect this one and together cover it (sorted by uid)."""


@dataclass(frozen=True, slots=True)
class Useful:
    redundant_subpats: list[tuple[DeconstructedPat, RedundancyExplanation]]
    """Or-pattern alternatives found redundant although the arm is useful."""


@dataclass(frozen=True, slots=True)
class Redundant:
    explanation: RedundancyExplanation


Usefulness = Useful | Redundant


@dataclass(slots=True)
class UsefulnessReport:
    arm_usefulness: list[tuple[MatchArm, Usefulness]]
    non_exhaustiveness_witnesses: list[WitnessPat]
    arm_intersections: list[int]
    """Per arm, a bit set of the earlier arms known to intersect it."""


# =================================================================================================
# The matrix
# =================================================================================================


def _bits(n: int) -> Iterator[int]:
    """The positions of the set bits of `n`, in increasing order."""
    while n:
        low = n & -n
        yield low.bit_length() - 1
        n ^= low


@dataclass(slots=True)
class _BranchUsefulness:
    useful: bool = False
    covered_by: set[DeconstructedPat] = field(default_factory=set)

    def update(self, row: _Row, matrix: _Matrix) -> None:
        self.useful |= row.useful
        for i in _bits(row.intersects):
            other = matrix.rows[i]
            head = other.pats[0]
            if other.useful and not other.is_under_guard and head is not None:
                self.covered_by.add(head)

    def is_redundant(self) -> RedundancyExplanation | None:
        if self.useful:
            return None
        return RedundancyExplanation(sorted(self.covered_by, key=lambda p: p.uid))


@dataclass(slots=True)
class _PlaceInfo:
    ty: t.Ty
    private_uninhabited: bool
    validity: PlaceValidity
    is_scrutinee: bool

    def specialize(self, cx: PatCx, ctor: Constructor) -> list[_PlaceInfo]:
        validity = self.validity.specialize(ctor)
        return [
            _PlaceInfo(ty, priv, validity, False) for ty, priv in cx.ctor_sub_tys(ctor, self.ty)
        ]

    def split_column_ctors(
        self, cx: PatCx, ctors: list[Constructor]
    ) -> tuple[list[Constructor], list[Constructor]]:
        """(the split constructors to specialize by, the missing ones to report)."""
        if self.private_uninhabited:
            return [Simple.PRIVATE_UNINHABITED], []
        if any(c is OR for c in ctors):
            return [OR], []
        cset = cx.ctors_for_ty(self.ty)
        toplevel_exception = self.is_scrutinee and cset is SimpleSet.NO_CONSTRUCTORS
        known_valid = self.validity is PlaceValidity.VALID_ONLY
        empty_arms_are_unreachable = known_valid and toplevel_exception
        can_omit_empty_arms = known_valid or toplevel_exception
        s = split(cset, ctors)
        all_missing = not s.present
        split_ctors = list(s.present)
        if not (not s.missing and (not s.missing_empty or empty_arms_are_unreachable)):
            split_ctors.append(MISSING)
        missing = list(s.missing)
        if not can_omit_empty_arms:
            missing.extend(s.missing_empty)
        report_individual = self.is_scrutinee or not all_missing
        if missing and not report_individual:
            missing = [WILDCARD]
        elif any(c is Simple.NON_EXHAUSTIVE for c in missing):
            missing = [Simple.NON_EXHAUSTIVE]
        return split_ctors, missing


@dataclass(slots=True)
class _Row:
    pats: list[PatOrWild]
    relevant: bool
    is_under_guard: bool
    parent_row: int
    useful: bool = False
    intersects: int = 0
    """Bit set of earlier rows (of this matrix) that intersect this one."""
    head_is_branch: bool = False

    def pop_head(self, ctor: Constructor, arity: int, ctor_is_relevant: bool, parent: int) -> _Row:
        head = self.pats[0]
        if head is not None and head.arity > arity:
            raise PatternError(f"pattern has inconsistent arity ({head.arity} > {arity})")
        new: list[PatOrWild] = (
            head.specialize(ctor, arity)
            if head is not None
            else [None] * (0 if ctor is Simple.PRIVATE_UNINHABITED else arity)
        )
        new.extend(self.pats[1:])
        relevant = self.relevant and (ctor_of(head) is not WILDCARD or ctor_is_relevant)
        return _Row(new, relevant, self.is_under_guard, parent)

    def expand_or_pat(self, parent: int) -> list[_Row]:
        head = self.pats[0]
        is_or = head is not None and head.ctor is OR
        return [
            _Row(
                [alt, *self.pats[1:]],
                self.relevant,
                self.is_under_guard,
                parent,
                head_is_branch=is_or,
            )
            for alt in expand_or_pat(head)
        ]


@dataclass(slots=True)
class _Matrix:
    rows: list[_Row]
    places: list[_PlaceInfo]
    wildcard_row_is_relevant: bool

    def specialize(
        self,
        cx: PatCx,
        ctor: Constructor,
        ctor_is_relevant: bool,
        covering: list[int] | None = None,
    ) -> _Matrix:
        """The rows whose head covers `ctor`, the head replaced by its fields (`covering`:
        those rows' indices when already known)."""
        if ctor is OR:
            m = _Matrix([], self.places, self.wildcard_row_is_relevant)
            for i, row in enumerate(self.rows):
                m.rows.extend(row.expand_or_pat(i))
            return m
        sub = self.places[0].specialize(cx, ctor)
        arity = len(sub)
        m = _Matrix([], sub + self.places[1:], self.wildcard_row_is_relevant and ctor_is_relevant)
        if covering is None:
            covering = [
                i for i, row in enumerate(self.rows) if is_covered_by(ctor, ctor_of(row.pats[0]))
            ]
        for i in covering:
            m.rows.append(self.rows[i].pop_head(ctor, arity, ctor_is_relevant, i))
        return m

    def unspecialize(self, spec: _Matrix) -> None:
        for child in spec.rows:
            parent = self.rows[child.parent_row]
            parent.useful |= child.useful
            for i in _bits(child.intersects):
                pi = spec.rows[i].parent_row
                if pi != child.parent_row:
                    parent.intersects |= 1 << pi


# =================================================================================================
# Witnesses
# =================================================================================================


def _apply_constructor(
    cx: PatCx, ty: t.Ty, stack: list[WitnessPat], ctor: Constructor
) -> list[list[WitnessPat]]:
    """Undo specialization on one witness stack (stored in reverse order: last = first
    column)."""
    arity = cx.ctor_arity(ctor, ty)
    n = len(stack)
    fields = list(reversed(stack[n - arity :]))
    rest = stack[: n - arity]
    if ctor is Simple.UNION_FIELD and sum(1 for p in fields if p.ctor is not WILDCARD) >= 2:
        out = []
        for i, p in enumerate(fields):
            if p.ctor is WILDCARD:
                continue
            w = cx.wild_from_ctor(ctor, ty)
            w.fields[i] = p
            out.append([*rest, w])
        return out
    return [[*rest, WitnessPat(ctor, fields, ty)]]


def _apply_to_matrix(
    cx: PatCx,
    ty: t.Ty,
    witnesses: list[list[WitnessPat]],
    missing: list[Constructor],
    ctor: Constructor,
) -> list[list[WitnessPat]]:
    if not witnesses or ctor is OR:
        return witnesses
    if ctor is MISSING:
        out: list[list[WitnessPat]] = []
        for m in missing:
            pat = cx.wild_from_ctor(m, ty)
            out.extend([*w, pat] for w in witnesses)
        return out
    out = []
    for w in witnesses:
        out.extend(_apply_constructor(cx, ty, w, ctor))
    return out


# =================================================================================================
# The algorithm
# =================================================================================================


class _Ctxt:
    def __init__(self, cx: PatCx, complexity_limit: int) -> None:
        self.cx = cx
        self.branch: dict[int, _BranchUsefulness] = {}
        self.limit = complexity_limit
        self.level = 0

    def compute(self, matrix: _Matrix) -> list[list[WitnessPat]]:
        if not matrix.wildcard_row_is_relevant and all(not r.relevant for r in matrix.rows):
            return []
        if not matrix.places:
            self.level += len(matrix.rows)
            if self.level > self.limit:
                self.cx.complexity_exceeded()
                raise PatternError("pattern complexity limit")
            useful = True
            for i, row in enumerate(matrix.rows):
                row.useful = useful
                row.intersects |= (1 << i) - 1
                useful = useful and row.is_under_guard
            return [[]] if useful and matrix.wildcard_row_is_relevant else []
        place = matrix.places[0]
        ctors = [ctor_of(r.pats[0]) for r in matrix.rows]
        split_ctors, missing = place.split_column_ctors(self.cx, ctors)
        ty = place.ty
        ret: list[list[WitnessPat]] = []
        covering = _covering_rows(split_ctors, ctors)
        for k, ctor in enumerate(split_ctors):
            relevant = ctor is MISSING or not missing
            spec = matrix.specialize(
                self.cx, ctor, relevant, covering[k] if covering is not None else None
            )
            witnesses = self.compute(spec)
            ret.extend(_apply_to_matrix(self.cx, ty, witnesses, missing, ctor))
            if (
                isinstance(ctor, IntRange)
                and ctor.is_singleton
                and len(spec.rows) >= 2
                and any(r.intersects for r in spec.rows)
            ):
                _overlapping_range_endpoints(self.cx, ctor, matrix, spec)
            matrix.unspecialize(spec)
        if any(isinstance(c, IntRange) for c in missing):
            for gap in missing:
                if isinstance(gap, IntRange) and gap.is_singleton:
                    _non_contiguous_range_endpoints(self.cx, gap, matrix)
        for row in matrix.rows:
            head = row.pats[0]
            if row.head_is_branch and head is not None:
                self.branch.setdefault(head.uid, _BranchUsefulness()).update(row, matrix)
        return ret


def _covering_rows(
    split_ctors: list[Constructor], heads: list[Constructor]
) -> list[list[int]] | None:
    """For each split constructor, the rows whose head covers it, found by index rather than
    by comparing every pair (columns of hundreds of literals are common). None when a head
    is of a kind this does not index (the caller then compares)."""
    n = len(split_ctors)
    if n < 8:
        return None
    out: list[list[int]] = [[] for _ in range(n)]
    ranges = sorted((c.lo, c.hi, i) for i, c in enumerate(split_ctors) if isinstance(c, IntRange))
    los = [lo for lo, _, _ in ranges]
    variants = {c.index: i for i, c in enumerate(split_ctors) if isinstance(c, Variant)}
    bools = {c.value: i for i, c in enumerate(split_ctors) if isinstance(c, BoolCtor)}
    for r, h in enumerate(heads):
        if h is WILDCARD:
            for lst in out:
                lst.append(r)
        elif isinstance(h, IntRange):
            k = bisect_left(los, h.lo)
            while k < len(ranges) and ranges[k][0] < h.hi:
                _, hi, i = ranges[k]
                if hi <= h.hi:
                    out[i].append(r)
                k += 1
        elif isinstance(h, Variant):
            j = variants.get(h.index)
            if j is not None:
                out[j].append(r)
        elif isinstance(h, BoolCtor):
            j = bools.get(h.value)
            if j is not None:
                out[j].append(r)
        else:
            return None
    return out


def _overlapping_range_endpoints(
    cx: PatCx, overlap_range: IntRange, matrix: _Matrix, spec: _Matrix
) -> None:
    overlap = overlap_range.lo
    prefixes: list[tuple[int, DeconstructedPat]] = []
    suffixes: list[tuple[int, DeconstructedPat]] = []
    for child_id, child in enumerate(spec.rows):
        pat = matrix.rows[child.parent_row].pats[0]
        if pat is None or not isinstance(pat.ctor, IntRange):
            continue
        this = pat.ctor
        if this.is_singleton:
            continue
        if this.lo == overlap:
            with_ = [p for i, p in prefixes if child.intersects >> i & 1]
            if with_:
                cx.lint_overlapping_range_endpoints(pat, overlap_range, with_)
            suffixes.append((child_id, pat))
        elif this.hi == plus_one(overlap):
            with_ = [p for i, p in suffixes if child.intersects >> i & 1]
            if with_:
                cx.lint_overlapping_range_endpoints(pat, overlap_range, with_)
            prefixes.append((child_id, pat))


def _non_contiguous_range_endpoints(cx: PatCx, gap_range: IntRange, matrix: _Matrix) -> None:
    gap = gap_range.lo
    before: list[DeconstructedPat] = []
    after: list[DeconstructedPat] = []
    for row in matrix.rows:
        pat = row.pats[0]
        if pat is None or not isinstance(pat.ctor, IntRange):
            continue
        if gap == pat.ctor.hi:
            before.append(pat)
        elif plus_one(gap) == pat.ctor.lo:
            after.append(pat)
    for p in before:
        cx.lint_non_contiguous_range_endpoints(p, gap_range, after)


def _redundant_subpats(
    ctxt: _Ctxt, pat: DeconstructedPat
) -> list[tuple[DeconstructedPat, RedundancyExplanation]]:
    """The or-pattern alternatives inside a useful arm that are redundant (outermost ones)."""
    redundant: list[tuple[DeconstructedPat, RedundancyExplanation]] = []

    def visit(sub: DeconstructedPat) -> bool:
        bu = ctxt.branch.get(sub.uid)
        if bu is not None:
            e = bu.is_redundant()
            if e is not None:
                redundant.append((sub, e))
                return False
        return True

    pat.walk(visit)
    return redundant


def compute_match_usefulness(
    cx: PatCx,
    arms: Sequence[MatchArm],
    scrut_ty: t.Ty,
    scrut_validity: PlaceValidity,
    complexity_limit: int = COMPLEXITY_LIMIT,
) -> UsefulnessReport:
    """Exhaustiveness of `arms` on a scrutinee of type `scrut_ty` and usefulness of each
    arm (raises `PatternError` when the analysis must stop)."""
    ctxt = _Ctxt(cx, complexity_limit)
    rows = [
        _Row([arm.pat], True, arm.has_guard, i, head_is_branch=True) for i, arm in enumerate(arms)
    ]
    matrix = _Matrix(rows, [_PlaceInfo(scrut_ty, False, scrut_validity, True)], True)
    witnesses = ctxt.compute(matrix)
    out: list[tuple[MatchArm, Usefulness]] = []
    for arm in arms:
        u = ctxt.branch.get(arm.pat.uid)
        expl = u.is_redundant() if u is not None else RedundancyExplanation([])
        if expl is not None:
            out.append((arm, Redundant(expl)))
            continue
        out.append((arm, Useful(_redundant_subpats(ctxt, arm.pat))))
    single = []
    for w in witnesses:
        assert len(w) == 1
        single.append(w[0])
    return UsefulnessReport(out, single, [r.intersects for r in matrix.rows])


__all__ = [
    "COMPLEXITY_LIMIT",
    "IntegersSet",
    "MatchArm",
    "PatCx",
    "PatternError",
    "PlaceValidity",
    "RedundancyExplanation",
    "Redundant",
    "Useful",
    "Usefulness",
    "UsefulnessReport",
    "compute_match_usefulness",
]
