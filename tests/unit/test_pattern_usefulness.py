"""The usefulness core (`ferric.pattern.usefulness`, `constructor`) on primitive types, and
witness printing (`cx.MatchCheckCtxt.print_witness`), without a type context.

Properties checked against brute force (hypothesis): over `u8`, a list of range arms is
exhaustive iff their union is `0..=255`, an arm is redundant iff the arms above cover it,
and the witnesses are exactly the values nobody covers; over `(bool, bool, bool)` the same
with wildcards, where witnesses may use `_` (every witness holds an uncovered value, and arms
and witnesses together cover the type).
"""

from __future__ import annotations

import itertools
from typing import cast

from hypothesis import given, settings
from hypothesis import strategies as st

from ferric.base.span import DUMMY_SP
from ferric.pattern.constructor import (
    NEG_INF,
    OR,
    POS_INF,
    REF,
    STRUCT,
    WILDCARD,
    BoolCtor,
    FixedLen,
    IntegersSet,
    IntRange,
    Presence,
    RangeEnd,
    Slice,
    VarLen,
    encode_int,
    split,
)
from ferric.pattern.cx import MatchCheckCtxt, char_literal, print_int
from ferric.pattern.pat import DeconstructedPat, UidGen, WitnessPat
from ferric.pattern.usefulness import (
    MatchArm,
    PlaceValidity,
    Redundant,
    Useful,
    UsefulnessReport,
    compute_match_usefulness,
)
from ferric.resolve.defs import DefId
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt

_UID = UidGen()


def _cx() -> MatchCheckCtxt:
    # Primitive types, tuples, references and slices need no type context.
    return MatchCheckCtxt(cast(TyCtxt, None), DefId(0), lambda ty: ty, DUMMY_SP)


def _pat(
    ctor: object, fields: list[DeconstructedPat], ty: t.Ty, arity: int | None = None
) -> DeconstructedPat:
    return DeconstructedPat(
        ctor,  # type: ignore[arg-type]
        list(enumerate(fields)),
        len(fields) if arity is None else arity,
        ty,
        DUMMY_SP,
        _UID(),
    )


def wild(ty: t.Ty) -> DeconstructedPat:
    return _pat(WILDCARD, [], ty)


def u8r(lo: int, hi: int) -> DeconstructedPat:
    return _pat(IntRange.from_range(lo, hi, RangeEnd.INCLUDED), [], t.U8)


def b(v: bool | None) -> DeconstructedPat:
    return wild(t.BOOL) if v is None else _pat(BoolCtor(v), [], t.BOOL)


def tup(*pats: DeconstructedPat) -> DeconstructedPat:
    return _pat(STRUCT, list(pats), t.Tuple(tuple(p.ty for p in pats)))


def analyze(
    pats: list[DeconstructedPat], ty: t.Ty, guards: list[bool] | None = None
) -> UsefulnessReport:
    arms = [MatchArm(p, bool(guards and guards[i])) for i, p in enumerate(pats)]
    return compute_match_usefulness(_cx(), arms, ty, PlaceValidity.VALID_ONLY)


def printed(report: UsefulnessReport) -> list[str]:
    cx = _cx()
    return [cx.print_witness(w) for w in report.non_exhaustiveness_witnesses]


# =================================================================================================
# Splitting
# =================================================================================================


def test_int_range_split_marks_seen_and_unseen_parts() -> None:
    whole = IntRange(0, 256)
    parts = list(whole.split([IntRange(0, 101), IntRange(50, 151)]))
    assert parts == [
        (Presence.SEEN, IntRange(0, 50)),
        (Presence.SEEN, IntRange(50, 101)),
        (Presence.SEEN, IntRange(101, 151)),
        (Presence.UNSEEN, IntRange(151, 256)),
    ]


def test_slice_split_groups_long_lengths() -> None:
    # [true, true, ..], [.., false, false], [..] on &[bool]: lengths 0..4 one by one, then `L`.
    column = [Slice(None, VarLen(2, 0)), Slice(None, VarLen(0, 2)), Slice(None, VarLen(0, 0))]
    parts = list(Slice(None, VarLen(0, 0)).split(column))
    assert [s.kind for _, s in parts] == [
        FixedLen(0),
        FixedLen(1),
        FixedLen(2),
        FixedLen(3),
        VarLen(2, 2),
    ]
    assert all(p is Presence.SEEN for p, _ in parts)


def test_array_split_is_one_length() -> None:
    parts = list(Slice(3, VarLen(0, 0)).split([Slice(3, VarLen(1, 0))]))
    # Lengths are not split (there is one); the column's longest prefix is kept for printing.
    assert [(p, s.kind) for p, s in parts] == [(Presence.SEEN, VarLen(1, 0))]
    parts = list(Slice(3, VarLen(0, 0)).split([Slice(3, VarLen(2, 1))]))
    assert [(p, s.kind) for p, s in parts] == [(Presence.SEEN, FixedLen(3))]


def test_split_of_u8_reports_missing_ranges() -> None:
    s = split(IntegersSet(IntRange(0, 256)), [IntRange(10, 21)])
    assert s.present == [IntRange(10, 21)]
    assert s.missing == [IntRange(0, 10), IntRange(21, 256)]


# =================================================================================================
# The algorithm on examples
# =================================================================================================


def test_bool_pair_reports_only_relevant_witness() -> None:
    # rustc reports `(false, _)` for `(true, true)`, not also `(true, false)`.
    r = analyze([tup(b(True), b(True))], t.Tuple((t.BOOL, t.BOOL)))
    assert printed(r) == ["(false, _)"]


def test_redundant_arm_and_explanation() -> None:
    first = u8r(0, 100)
    second = u8r(50, 150)
    third = u8r(20, 30)
    r = analyze([first, second, third, wild(t.U8)], t.U8)
    kinds = [type(u).__name__ for _, u in r.arm_usefulness]
    assert kinds == ["Useful", "Useful", "Redundant", "Useful"]
    expl = r.arm_usefulness[2][1]
    assert isinstance(expl, Redundant) and expl.explanation.covered_by == [first]
    assert r.non_exhaustiveness_witnesses == []


def test_guarded_arms_do_not_cover() -> None:
    r = analyze([wild(t.U8)], t.U8, guards=[True])
    assert printed(r) == ["0_u8..=u8::MAX"]
    r = analyze([u8r(0, 9), wild(t.U8)], t.U8, guards=[False, True])
    assert printed(r) == ["10_u8..=u8::MAX"]


def test_or_pattern_alternative_redundant() -> None:
    alt1, alt2, alt3 = u8r(1, 1), u8r(2, 2), u8r(1, 1)
    r = analyze([_pat(OR, [alt1, alt2, alt3], t.U8), wild(t.U8)], t.U8)
    u = r.arm_usefulness[0][1]
    assert isinstance(u, Useful)
    assert [p for p, _ in u.redundant_subpats] == [alt3]


def test_overlapping_endpoints_found() -> None:
    cx = _cx()
    lo, hi = u8r(0, 10), u8r(10, 20)
    compute_match_usefulness(
        cx,
        [MatchArm(lo, False), MatchArm(hi, False), MatchArm(wild(t.U8), False)],
        t.U8,
        PlaceValidity.VALID_ONLY,
    )
    assert [(p, r, w) for p, r, w in cx.overlapping] == [(hi, IntRange.singleton(10), [lo])]


def test_slices_of_bool() -> None:
    slice_ty = t.Slice(t.BOOL)
    ref_ty = t.Ref(t.RE_ERASED, slice_ty, Mutability.NOT)

    def sl(kind: FixedLen | VarLen, *pats: DeconstructedPat) -> DeconstructedPat:
        return _pat(REF, [_pat(Slice(None, kind), list(pats), slice_ty)], ref_ty)

    arms = [
        sl(FixedLen(0)),
        sl(FixedLen(1), wild(t.BOOL)),
        sl(VarLen(1, 0), b(True)),
        sl(VarLen(0, 1), b(True)),
    ]
    r = analyze(arms, ref_ty)
    assert printed(r) == ["&[false, .., false]"]


# =================================================================================================
# Witness printing
# =================================================================================================


def test_print_integers_as_rustc() -> None:
    cx = _cx()
    assert cx.print_range(IntRange(201, 256), t.U8) == "201_u8..=u8::MAX"
    assert cx.print_range(IntRange.singleton(3), t.U8) == "3_u8"
    i32_min = encode_int(-(1 << 31), 32, True)
    assert cx.print_range(IntRange(i32_min, encode_int(0, 32, True)), t.I32) == "i32::MIN..=-1_i32"
    assert cx.print_range(IntRange(101, POS_INF), t.USIZE) == "101_usize.."
    assert cx.print_range(IntRange(1 << 64, POS_INF), t.USIZE) == "usize::MAX.."
    assert cx.print_range(IntRange(NEG_INF, encode_int(0, 64, True)), t.ISIZE) == "..=-1_isize"
    assert (
        cx.print_range(IntRange(NEG_INF, encode_int(-(1 << 63), 64, True)), t.ISIZE)
        == "..isize::MIN"
    )
    assert cx.print_range(IntRange(1, POS_INF), t.U128) == "1_u128.."
    assert print_int((1 << 127) - 1, t.I128) == "i128::MAX"


def test_print_chars() -> None:
    assert char_literal("a") == "'a'"
    assert char_literal("\0") == "'\\0'"
    assert char_literal("'") == "'\\''"
    assert char_literal('"') == "'\"'"
    assert char_literal("\ud7ff") == "'\\u{d7ff}'"
    assert char_literal("\U0010ffff") == "'\\u{10ffff}'"
    assert char_literal("é") == "'é'"
    cx = _cx()
    assert cx.print_range(IntRange(0, 0x61), t.CHAR) == "'\\0'..='`'"


def test_print_structural_witnesses() -> None:
    cx = _cx()
    one = WitnessPat(STRUCT, [WitnessPat(IntRange(1, 256), [], t.U8)], t.Tuple((t.U8,)))
    assert cx.print_witness(one) == "(1_u8..=u8::MAX,)"
    mut_ref = WitnessPat(
        REF, [WitnessPat(BoolCtor(True), [], t.BOOL)], t.Ref(t.RE_ERASED, t.BOOL, Mutability.MUT)
    )
    assert cx.print_witness(mut_ref) == "&mut true"
    arr_ty = t.Array(t.BOOL, t.usize_const(4))

    def w() -> WitnessPat:
        return WitnessPat(WILDCARD, [], t.BOOL)

    arr = WitnessPat(
        Slice(4, VarLen(2, 1)), [WitnessPat(BoolCtor(False), [], t.BOOL), w(), w()], arr_ty
    )
    assert cx.print_witness(arr) == "[false, ..]"
    sl = WitnessPat(Slice(None, VarLen(1, 1)), [w(), w()], t.Slice(t.BOOL))
    assert cx.print_witness(sl) == "[_, .., _]"


# =================================================================================================
# Properties against brute force
# =================================================================================================

_ranges = st.lists(
    st.tuples(st.integers(0, 255), st.integers(0, 255)).map(lambda p: (min(p), max(p))),
    min_size=0,
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(_ranges)
def test_u8_ranges_agree_with_brute_force(ranges: list[tuple[int, int]]) -> None:
    r = analyze([u8r(lo, hi) for lo, hi in ranges], t.U8)
    covered: set[int] = set()
    for (lo, hi), (_, usefulness) in zip(ranges, r.arm_usefulness, strict=True):
        values = set(range(lo, hi + 1))
        assert isinstance(usefulness, Redundant) == (values <= covered)
        covered |= values
    missing: set[int] = set()
    for w in r.non_exhaustiveness_witnesses:
        assert isinstance(w.ctor, IntRange)
        missing |= set(range(w.ctor.lo, w.ctor.hi))
    assert missing == set(range(256)) - covered
    assert (not r.non_exhaustiveness_witnesses) == (covered == set(range(256)))


_bool_pat = st.sampled_from([True, False, None])
_rows = st.lists(st.tuples(_bool_pat, _bool_pat, _bool_pat), min_size=0, max_size=6)
_ALL = list(itertools.product([False, True], repeat=3))


def _matches(row: tuple[bool | None, ...], value: tuple[bool, ...]) -> bool:
    return all(p is None or p == v for p, v in zip(row, value, strict=True))


def _witness_values(w: WitnessPat) -> list[tuple[bool, ...]]:
    cols = []
    for f in w.fields:
        cols.append([f.ctor.value] if isinstance(f.ctor, BoolCtor) else [False, True])
    return list(itertools.product(*cols))


@settings(max_examples=150, deadline=None)
@given(_rows)
def test_bool_tuples_agree_with_brute_force(
    rows: list[tuple[bool | None, bool | None, bool | None]],
) -> None:
    ty = t.Tuple((t.BOOL, t.BOOL, t.BOOL))
    r = analyze([tup(*(b(x) for x in row)) for row in rows], ty)
    for i, (_, usefulness) in enumerate(r.arm_usefulness):
        first_for_some = any(
            _matches(rows[i], v) and not any(_matches(rows[j], v) for j in range(i)) for v in _ALL
        )
        assert isinstance(usefulness, Useful) == first_for_some
    uncovered = {v for v in _ALL if not any(_matches(row, v) for row in rows)}
    assert (not r.non_exhaustiveness_witnesses) == (not uncovered)
    from_witnesses: set[tuple[bool, ...]] = set()
    for w in r.non_exhaustiveness_witnesses:
        values = set(_witness_values(w))
        assert values & uncovered, "every witness shows an uncovered value"
        from_witnesses |= values
    assert bool(from_witnesses) == bool(uncovered)


_heads = st.lists(
    st.one_of(
        st.just("wild"),
        st.tuples(st.integers(0, 255), st.integers(0, 255)).map(lambda p: (min(p), max(p))),
    ),
    min_size=1,
    max_size=20,
)


@settings(max_examples=100, deadline=None)
@given(_heads)
def test_row_index_agrees_with_pairwise_comparison(heads: list[object]) -> None:
    from ferric.pattern.constructor import MISSING, is_covered_by
    from ferric.pattern.usefulness import _covering_rows

    ctors = [
        WILDCARD if h == "wild" else IntRange.from_range(h[0], h[1], RangeEnd.INCLUDED)
        for h in heads
    ]  # type: ignore[index]
    s = split(IntegersSet(IntRange(0, 256)), ctors)
    split_ctors = [*s.present, *([MISSING] if s.missing else [])]
    got = _covering_rows(split_ctors, ctors)
    if got is None:
        return
    want = [[r for r, h in enumerate(ctors) if is_covered_by(c, h)] for c in split_ctors]
    assert got == want
