"""The run-time halves of `async` and foreign calls (`ferric.rt.core.coro_resume`,
`ferric.rt.ffi`), driven directly: the states of a coroutine, and marshalling values and
buffers to the C library and back. UI programs (`tests/ui/run/async_*.rs`,
`ffi_libc.rs`) cover the same paths end to end against rustc."""

from __future__ import annotations

import struct
from collections.abc import Generator
from typing import Any

import pytest

from ferric.rt.core import CORO_PENDING, Coro, ItemPtr, coro_close, coro_resume
from ferric.rt.ffi import CPtr, SizedItemPtr, ffi_call, ffi_fn, has_symbol
from ferric.rt.ops import ptr_addr, ptr_retype


class _Fut(Coro):
    __slots__ = ("f0", "g", "st")

    def __init__(self, f0: Any) -> None:
        self.g = None
        self.st = 0
        self.f0 = f0


def _body(c: _Fut, cx: Any) -> Generator[None, Any, int]:
    log: list[str] = c.f0
    log.append(f"start {cx}")
    try:
        cx = yield
        log.append(f"resumed {cx}")
        return 7
    finally:
        log.append("body dropped")


class _Panic(Exception):
    pass


def _resume(c: _Fut, cx: Any) -> Any:
    def done() -> None:
        raise _Panic("resumed after completion")

    def poisoned() -> None:
        raise _Panic("resumed after panicking")

    return coro_resume(c, cx, _body, done, poisoned)


def test_coroutine_is_lazy_and_resumes_where_it_stopped() -> None:
    log: list[str] = []
    c = _Fut(log)
    assert log == []  # creating the future runs nothing
    assert _resume(c, "cx1") is CORO_PENDING
    assert log == ["start cx1"] and c.st == 1
    assert _resume(c, "cx2") == 7
    assert log == ["start cx1", "resumed cx2", "body dropped"] and c.st == 2
    with pytest.raises(_Panic, match="after completion"):
        _resume(c, "cx3")


def test_dropping_a_suspended_coroutine_unwinds_its_body() -> None:
    log: list[str] = []
    c = _Fut(log)
    _resume(c, "cx")
    coro_close(c)
    assert log == ["start cx", "body dropped"] and c.st == 2


def test_a_panicking_body_poisons_the_coroutine() -> None:
    def body(c: _Fut, cx: Any) -> Generator[None, Any, int]:
        raise _Panic("boom")
        yield  # (a generator)

    c = _Fut(None)
    with pytest.raises(_Panic, match="boom"):
        coro_resume(c, None, body, lambda: None, lambda: None)
    assert c.st == 3
    with pytest.raises(_Panic, match="after panicking"):
        _resume(c, None)


def _i32() -> tuple[Any, Any]:
    return (lambda v: struct.pack("<i", v)), (lambda b: struct.unpack_from("<i", b)[0])


def test_symbols_are_looked_up_in_the_c_library() -> None:
    assert has_symbol("strlen") and has_symbol("sqrt")
    assert not has_symbol("ferric_no_such_symbol")


def test_c_string_pointer_and_pointer_back_into_the_buffer() -> None:
    buf = bytearray(b"key=value\0")
    strlen = ffi_fn("strlen", ("i", 64, False))
    assert ffi_call(strlen, (("p", None, None, 1, False, False),), ItemPtr(buf, 0)) == 9
    strchr = ffi_fn("strchr", ("p", None, None, 1, False, False))
    specs = (("p", None, None, 1, False, False), ("i", 32, True))
    p = ffi_call(strchr, specs, ItemPtr(buf, 0), ord("="))
    assert isinstance(p, ItemPtr) and p.o is buf and p.i == 3
    assert ffi_call(strchr, specs, ItemPtr(buf, 0), ord("#")) is None


def test_qsort_sorts_a_list_through_a_callback_and_writes_back() -> None:
    enc, dec = _i32()
    values = [5, -2, 9, 0]
    seen: list[int] = []

    def cmp(a: Any, b: Any) -> int:
        x = ptr_retype(a, enc, dec, 4, False).get()
        y = ptr_retype(b, enc, dec, 4, False).get()
        seen.append(x)
        return (x > y) - (x < y)

    ptr = ("p", None, None, 1, False, False)
    qsort = ffi_fn("qsort", None)
    specs = (("p", enc, dec, 4, False, True), ("i", 64, False), ("i", 64, False), ("fn", (ptr, ptr), ("i", 32, True)))
    assert ffi_call(qsort, specs, ItemPtr(values, 0), 4, 4, cmp) is None
    assert values == [-2, 0, 5, 9] and seen


def test_a_panic_in_a_callback_is_raised_after_the_call() -> None:
    def cmp(a: Any, b: Any) -> int:
        raise _Panic("in callback")

    enc, dec = _i32()
    ptr = ("p", None, None, 1, False, False)
    qsort = ffi_fn("qsort", None)
    specs = (("p", enc, dec, 4, False, True), ("i", 64, False), ("i", 64, False), ("fn", (ptr, ptr), ("i", 32, True)))
    with pytest.raises(_Panic, match="in callback"):
        ffi_call(qsort, specs, ItemPtr([2, 1], 0), 2, 4, cmp)


def test_variadic_snprintf_fills_a_byte_buffer() -> None:
    out = bytearray(32)
    fmt = bytearray(b"%d|%.2f|%s\0")
    word = bytearray(b"ok\0")
    snprintf = ffi_fn("snprintf", ("i", 32, True))
    bytes_ptr = ("p", None, None, 1, False, True)
    specs = (bytes_ptr, ("i", 64, False), bytes_ptr, ("i", 32, True), ("f", 64), bytes_ptr)
    n = ffi_call(snprintf, specs, ItemPtr(out, 0), len(out), ItemPtr(fmt, 0), -5, 2.5, ItemPtr(word, 0))
    assert n == 10 and bytes(out[:11]) == b"-5|2.50|ok\0"


def test_c_memory_pointers_read_and_move_by_their_pointee() -> None:
    enc, dec = _i32()
    values = [1, 2, 3]
    bsearch = ffi_fn("bsearch", ("p", None, None, 1, False, False))

    def cmp(a: Any, b: Any) -> int:
        x, y = ptr_retype(a, enc, dec, 4, False).get(), ptr_retype(b, enc, dec, 4, False).get()
        return (x > y) - (x < y)

    ptr = ("p", None, None, 1, False, False)
    i32p = ("p", enc, dec, 4, False, False)
    specs = (i32p, i32p, ("i", 64, False), ("i", 64, False), ("fn", (ptr, ptr), ("i", 32, True)))
    key = ItemPtr([3], 0)
    found = ffi_call(bsearch, specs, key, ItemPtr(values, 0), 3, 4, cmp)
    assert isinstance(found, SizedItemPtr) and found.o is values and found.i == 2
    assert ptr_addr(found, 1) - ptr_addr(ItemPtr(values, 0), 4) == 8  # two i32s further
    mem = CPtr(0, enc, dec, 4)
    assert mem.offset(3).a == 12 and ptr_retype(mem, None, None, 8, False).size == 8


def test_structs_cross_by_value() -> None:
    def enc(v: tuple[int, int]) -> bytes:
        return struct.pack("<ii", *v)

    def dec(b: bytes) -> tuple[int, int]:
        return struct.unpack_from("<ii", b)  # type: ignore[return-value]

    div = ffi_fn("div", ("s", enc, dec, 8, (("i", 32, True), ("i", 32, True))))
    assert ffi_call(div, (("i", 32, True), ("i", 32, True)), -17, 5) == (-3, -2)
