"""The run-time objects generated programs are made of (`ferric.rt.core`, `ferric.rt.ops`):
places, in-place assignment, Rust's integer division, RawVec's capacity policy."""

from __future__ import annotations

from ferric.rt.core import AttrPtr, Cell, ItemPtr, Obj, Slice, Vec, overwrite, shallow
from ferric.rt.ops import (
    RcBox,
    RcH,
    rc_clone,
    rc_downgrade,
    sdiv,
    srem,
    tls_access,
    tls_run_dtors,
    vec_push,
    weak_upgrade,
)


class _Point(Obj):
    __slots__ = ("f0", "f1")

    def __init__(self, f0: object, f1: object) -> None:
        self.f0 = f0
        self.f1 = f1


class _Opt(Obj):
    __slots__ = ("f0", "t")

    def __init__(self, t: int, f0: object = None) -> None:
        self.t = t
        self.f0 = f0


def test_overwrite_keeps_identity() -> None:
    p = _Point(1, 2)
    alias = p  # a `&mut Point` is the object itself
    overwrite(alias, _Point(3, 4))
    assert (p.f0, p.f1) == (3, 4)
    lst = [1, 2, 3]
    overwrite(lst, [7, 8])
    assert lst == [7, 8]


def test_overwrite_changes_enum_variant_in_place() -> None:
    o = _Opt(1, "x")
    overwrite(o, _Opt(0))
    assert o.t == 0 and o.f0 is None


def test_shallow_is_a_new_object() -> None:
    inner = [1, 2]
    p = _Point(inner, 5)
    q = shallow(p)
    assert q is not p and q.f0 is inner and q.f1 == 5
    overwrite(p, _Point([9], 6))
    assert q.f0 == [1, 2] and q.f1 == 5


def test_pointers_write_through() -> None:
    c = Cell(5)
    c.set(c.get() + 1)
    assert c.v == 6
    p = _Point(1, 2)
    AttrPtr(p, "f1").set(20)
    assert p.f1 == 20
    lst = [0, 0, 0]
    ItemPtr(lst, 2).set(9)
    assert lst == [0, 0, 9]
    assert ItemPtr(lst, 1).offset(1) == ItemPtr(lst, 2)


def test_slices_are_views() -> None:
    buf = bytearray(b"hello world")
    s = Slice(buf, 6, 11)
    assert len(s) == 5 and s.text() == "world"
    buf[6] = ord("W")
    assert s.text() == "World"


def test_integer_division_truncates_toward_zero() -> None:
    # Rust: -7 / 2 == -3, -7 % 2 == -1, 7 / -2 == -3, 7 % -2 == 1.
    assert (sdiv(-7, 2), srem(-7, 2)) == (-3, -1)
    assert (sdiv(7, -2), srem(7, -2)) == (-3, 1)
    assert (sdiv(-8, -2), srem(-8, -2)) == (4, 0)


def test_vec_capacity_follows_rawvec() -> None:
    # vec.rs: new() has capacity 0; growth sets max(cap * 2, len + 1, MIN_NON_ZERO_CAP),
    # MIN_NON_ZERO_CAP being 4 for elements of 2..=1024 bytes and 8 for bytes.
    v = Vec([], 0)
    caps = []
    for i in range(9):
        vec_push(v, i, 4)
        caps.append(v.cap)
    assert caps == [4, 4, 4, 4, 8, 8, 8, 8, 16]
    b = Vec(bytearray(), 0)
    vec_push(b, 1, 8)
    assert b.cap == 8


def test_rc_counts() -> None:
    a = RcH(RcBox("value", 1, 0))
    b = rc_clone(a)
    assert a.b is b.b and a.b.s == 2
    w = rc_downgrade(a)
    assert a.b.w == 1
    up = weak_upgrade(w)
    assert up is not None and up.b.s == 3
    a.b.s = 0
    assert weak_upgrade(w) is None


def test_thread_local_slot_is_created_once() -> None:
    calls = []

    def init() -> int:
        calls.append(1)
        return 41

    slot = tls_access(init, None, True, None)
    slot.set(slot.get() + 1)
    assert tls_access(init, None, True, None).get() == 42
    assert calls == [1]


def test_thread_locals_are_dropped_last_made_first_then_inaccessible() -> None:
    import threading

    dropped: list[str] = []

    def first() -> list[str]:
        return ["first"]

    def second() -> list[str]:
        return ["second"]

    def work() -> None:
        tls_access(first, None, False, lambda v: dropped.append(v[0]))
        tls_access(second, None, False, lambda v: dropped.append(v[0]))
        tls_run_dtors()
        assert tls_access(first, None, False, None) is None

    th = threading.Thread(target=work)
    th.start()
    th.join()
    assert dropped == ["second", "first"]
