"""Operations generated code calls by name (`from ferric.rt.ops import *`): integer
wrapping and division as Rust defines them, float division and remainder without Python's
exceptions, casts."""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Callable
from functools import cmp_to_key, partial  # noqa: F401  (used by generated code)
from itertools import chain, dropwhile, groupby, islice, repeat, takewhile  # noqa: F401  (used by generated code)
from math import sqrt as math_sqrt  # noqa: F401  (used by generated code)
from operator import attrgetter, itemgetter  # noqa: F401  (itemgetter: used by generated code)
from typing import Any

from ferric.rt.core import (
    Cell,
    Dyn,
    ItemPtr,
    RustPanic,
    Slice,
    Vec,
    hard_exit,
    overwrite,
    shallow,
)
from ferric.rt.float import fdiv as _fdiv
from ferric.rt.float import frem as _frem
from ferric.rt.num import (  # noqa: F401  (re-exported to generated code)
    bitreverse,
    bswap,
    ctlz,
    ctpop,
    cttz,
    f32_from_bits,
    f32_round,
    f32_to_bits,
    f64_from_bits,
    f64_to_bits,
    float_to_int,
    rotate_left,
    rotate_right,
    wrap,
)

_pack_f = struct.Struct("<f").pack
_unpack_f = struct.Struct("<f").unpack



def sdiv(a: int, b: int) -> int:
    """Signed division truncating toward zero (b != 0, no overflow)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def srem(a: int, b: int) -> int:
    """Remainder with the sign of the dividend (b != 0)."""
    r = abs(a) % abs(b)
    return -r if a < 0 else r



# libtest's output capture (`io::set_output_capture`): while the harness runs a test, what
# the program writes to stdout and stderr is kept here (tests run one at a time).
output_capture: bytearray | None = None


def write_fd(fd: int, data: bytes) -> int:
    import sys

    capture = output_capture
    if capture is not None and fd in (1, 2):
        capture += data
        return len(data)
    if fd > 2:
        import os

        return os.write(fd, data)
    stream = sys.stdout if fd == 1 else sys.stderr
    if fd == 2:
        sys.stdout.flush()
    stream.buffer.write(data)
    if fd == 2:
        stream.buffer.flush()
    return len(data)


# -- panics and exits ------------------------------------------------------------------------


def rust_raise(payload: object) -> None:
    raise RustPanic(payload)


def catch_unwind(thunk, ok, err):  # type: ignore[no-untyped-def]
    try:
        v = thunk()
    except RustPanic as p:
        return err(p.payload)
    except RecursionError:
        raise
    return ok(v)


def rust_abort() -> None:
    hard_exit(134)


def rust_unreachable() -> None:
    raise AssertionError("entered unreachable code (undefined behavior)")


# -- memory --------------------------------------------------------------------------------------


def swap_ptrs(a, b) -> None:  # type: ignore[no-untyped-def]
    va = a.get()
    a.set(b.get())
    b.set(va)


def swap_objs(a, b) -> None:  # type: ignore[no-untyped-def]
    if a is b:
        return
    tmp = shallow(a)
    overwrite(a, b)
    overwrite(b, tmp)


def slice_of_ptr(p):  # type: ignore[no-untyped-def]
    if isinstance(p, ItemPtr):
        return Slice(p.o, p.i, p.i + 1)
    box = [p.get()]
    return Slice(box, 0, 1)


def usize_max() -> int:
    return (1 << 64) - 1


# -- integers ------------------------------------------------------------------------------------


def with_overflow(v: int, bits: int, signed: bool) -> list[object]:
    w = wrap(v, bits, signed)
    return [w, w != v]









# -- floats ------------------------------------------------------------------------------------






def float_op(name: str, f32: bool, *args: float) -> float:
    from ferric.rt import float as rf

    fn = getattr(rf, name)
    return fn(*args, f32)  # type: ignore[no-any-return]


def float_digits(x: float, f32: bool, mode: int, precision: int) -> str:
    from ferric.rt import float as rf

    return rf.float_digits(x, f32, mode, precision)


def parse_float(s: str, f32: bool) -> float | None:
    from ferric.rt import float as rf

    return rf.parse_float(s, f32)


def float_libm(name: str, x: float, y: float, f32: bool) -> float:
    from ferric.rt import float as rf

    return rf.libm(name, x, y, f32)


# -- Vec and String ------------------------------------------------------------------------------


def string_from_py(s: str) -> Vec:
    b = bytearray(s.encode("utf-8"))
    return Vec(b, len(b))


def _grow(v: Vec, needed: int, min_cap: int) -> None:
    if needed > v.cap:
        v.cap = max(v.cap * 2, needed, min_cap)


STOP = object()
"""The end of an iteration where None is a value (`&()`)."""


def range_next(r: Any) -> int | None:
    """`<Range<int> as Iterator>::next` (`f0`: start, `f1`: end): the next integer or None."""
    x = r.f0
    if x < r.f1:
        r.f0 = x + 1
        return x
    return None


def slice_iter_next(it: Any) -> Any:
    """`<slice::Iter<T> as Iterator>::next` (`f0`: the slice, `f1`..`f2` the rest): the next
    element (`&T`: the element itself), or `STOP`."""
    s = it.f1
    if s < it.f2:
        it.f1 = s + 1
        v = it.f0
        return v.b[v.lo + s]
    return STOP


def chars_next(it: Any) -> str | None:
    """`Chars::next` on its `slice::Iter<u8>` (`f0` the bytes, `f1`..`f2` the rest): the next
    char, or None at the end."""
    s = it.f1
    if s >= it.f2:
        return None
    v = it.f0
    i = v.lo + s
    c = v.b[i]
    if c < 0x80:
        it.f1 = s + 1
        return chr(c)
    n = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
    it.f1 = s + n
    return bytes(v.b[i : i + n]).decode("utf-8")


vec_items = attrgetter("a")
"""A `Vec`'s items (a sort key: a `String`'s UTF-8 bytes)."""


def slice_sort(s: Slice, less: Callable[[Any, Any], bool] | None, key: Callable[[Any], Any] | None = None) -> None:
    """Sorts the view stably: by `less` (Rust's `is_less`, used as `<`: Python's sort is stable
    and compares with `<` only), else by `key` or the items' natural order. A panic in
    `less` leaves the items in their original order (a permutation, as Rust promises)."""
    b, lo, hi = s.b, s.lo, s.hi
    if hi - lo < 2:
        return
    items = list(b[lo:hi])
    if less is not None:

        class K:
            __slots__ = ("v",)

            def __init__(self, v: Any) -> None:
                self.v = v

            def __lt__(self, other: K) -> bool:
                return less(self.v, other.v)

        items.sort(key=K)
    else:
        items.sort(key=key)
    b[lo:hi] = items


def vec_push(v: Vec, x: object, min_cap: int) -> None:
    a = v.a
    if len(a) >= v.cap:
        _grow(v, len(a) + 1, min_cap)
    a.append(x)


def vec_cap_checked(n: int, limit: int, overflow: Callable[[], None]) -> int:
    """A requested capacity `n`, after RawVec's check (`overflow` past `limit` elements)."""
    if n > limit:
        overflow()
    return n


def vec_reserve(v: Vec, n: int, min_cap: int, limit: int = 0, overflow: Callable[[], None] | None = None) -> None:
    """`reserve(n)`; growing past `limit` elements calls `overflow` (RawVec's "capacity
    overflow" panic) when given."""
    needed = len(v.a) + n
    if needed > v.cap:
        if overflow is not None and needed > limit:
            overflow()
        v.cap = max(v.cap * 2, needed, min_cap)


def vec_reserve_exact(v: Vec, n: int, limit: int = 0, overflow: Callable[[], None] | None = None) -> None:
    needed = len(v.a) + n
    if needed > v.cap:
        if overflow is not None and needed > limit:
            overflow()
        v.cap = needed


def vec_truncate(v: Vec, n: int) -> None:
    if n < len(v.a):
        del v.a[n:]


def vec_insert(v: Vec, i: int, x: object, min_cap: int) -> None:
    if len(v.a) >= v.cap:
        _grow(v, len(v.a) + 1, min_cap)
    v.a.insert(i, x)


def vec_split_off(v: Vec, at: int) -> Vec:
    tail = v.a[at:]
    del v.a[at:]
    return Vec(tail, len(tail))


def vec_append(v: Vec, other: Vec, min_cap: int) -> None:
    _grow(v, len(v.a) + len(other.a), min_cap)
    v.a.extend(other.a)
    del other.a[:]


def vec_shrink(v: Vec, min_capacity: int) -> None:
    v.cap = max(len(v.a), min(v.cap, min_capacity)) if min_capacity else len(v.a)


def string_push_str(v: Vec, s: Slice) -> None:
    n = s.hi - s.lo
    if len(v.a) + n > v.cap:
        _grow(v, len(v.a) + n, 8)
    v.a.extend(s.b[s.lo : s.hi])  # (`extend`: `s` may view a list of ints, a copied array)


def string_replace_bytes(v: Vec, start: int, end: int, s: Slice) -> None:
    v.a[start:end] = s.b[s.lo : s.hi]
    if len(v.a) > v.cap:
        _grow(v, len(v.a), 8)


class VecIntoIter:
    """`vec::IntoIter<T>`: the remaining elements are `a[i:j]`."""

    __slots__ = ("a", "i", "j")

    def __init__(self, a: list[object]) -> None:
        self.a = a
        self.i = 0
        self.j = len(a)

    def next(self) -> bool:
        if self.i < self.j:
            self.i += 1
            return True
        return False

    def next_back(self) -> bool:
        if self.i < self.j:
            self.j -= 1
            return True
        return False


# -- threads -------------------------------------------------------------------------------------

_tls = __import__("threading").local()

# Python frames take more stack than Rust's: the driver gives `main` (8 MiB in a Rust
# binary) 512 MiB, and a spawned thread gets the same multiple of what Rust would give it.
_STACK_FACTOR = 64
_STACK_MIN = 32 * 1024 * 1024
_STACK_MAX = 1024 * 1024 * 1024
_EAGAIN = 11

# `threading.stack_size` is process-wide: one spawn at a time sets it.
_spawn_lock = __import__("threading").Lock()
# The program's threads that have not finished (the driver ends the process, as Rust's
# runtime does, when `main` returns while some are still running).
_running: set[object] = set()


def thread_spawn(stack_size: int, name: Slice, main: object, run) -> tuple[bool, object]:  # type: ignore[no-untyped-def]
    """`NativeThread::spawn`: a daemon OS thread calling `run(main)`; `(True, thread)`,
    or `(False, errno)` when the OS refuses one."""
    import threading

    size = min(max(stack_size * _STACK_FACTOR, _STACK_MIN), _STACK_MAX)
    size = -(-size // 65536) * 65536
    th = threading.Thread(target=_thread_main, args=(run, main), name=name.text(), daemon=True)
    with _spawn_lock:
        old = threading.stack_size()
        try:
            threading.stack_size(size)
            _running.add(th)
            th.start()
        except (RuntimeError, MemoryError, ValueError):
            _running.discard(th)
            return (False, _EAGAIN)
        finally:
            threading.stack_size(old)
    return (True, th)


def _thread_main(run, main) -> None:  # type: ignore[no-untyped-def]
    import threading

    me = threading.current_thread()
    try:
        run(main)
        tls_run_dtors()
    except RecursionError:
        stack_overflow(me.name)
    except RustPanic:
        # Only a panic outside the thread's `catch_unwind` (a result's destructor) gets
        # here; Rust's runtime aborts.
        rust_abort()
    except BaseException as e:  # a defect of the generated code
        fault = thread_fault
        if fault is not None:
            fault(e)
        hard_exit(101)
    finally:
        _running.discard(me)


def threads_running() -> bool:
    """Whether a thread the program spawned is still running."""
    return bool(_running)


# Reports an exception of generated code on a spawned thread (set by the driver).
thread_fault: Callable[[BaseException], None] | None = None


def stack_overflow(name: str) -> None:
    """Rust's runtime on a stack overflow: a message on stderr, then abort."""
    import sys
    import threading

    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.write(f"\nthread '{name}' ({threading.get_native_id()}) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n")
    hard_exit(134)


def thread_sleep(secs: int, nanos: int) -> None:
    import time

    if secs or nanos:
        time.sleep(min(secs + nanos / 1e9, 2.0**31))


def available_parallelism() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 0


_DESTROYED = object()


def tls_access(init, preset, byval: bool, drop):  # type: ignore[no-untyped-def]
    """The calling thread's slot for the thread-local whose initializer is `init` (see
    `std::thread::local::tls_access`), None once its value was dropped at the thread's
    exit. Options are enum objects: `t` 0 is None, 1 Some. `drop` is the value's drop glue
    (None when it has none): registered when the slot is made, run by `tls_run_dtors`."""
    slots = _tls.__dict__.setdefault("slots", {})
    slot = slots.get(init)
    if slot is _DESTROYED:
        return None
    if slot is None:
        if preset is not None and preset.t == 1 and preset.f0.t == 1:
            inner = preset.f0
            v = inner.f0
            inner.t = 0
            inner.f0 = None
        else:
            v = init()
        slot = Cell(v) if byval else v
        slots[init] = slot
        if drop is not None:
            _tls.__dict__.setdefault("dtors", []).append((init, drop, slot))
    return slot


def tls_run_dtors() -> None:
    """Drops the calling thread's thread-locals, the last made first (at the thread's exit,
    and for the thread calling `exit`, as the C runtime does). A panic in one aborts."""
    dtors = _tls.__dict__.get("dtors")
    slots = _tls.__dict__.get("slots")
    while dtors:
        init, drop, slot = dtors.pop()
        slots[init] = _DESTROYED
        try:
            drop(slot)
        except RustPanic:
            import sys

            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.write("fatal runtime error: thread local panicked on drop, aborting\n")
            hard_exit(134)


# -- raw pointers --------------------------------------------------------------------------------


class Addr:
    """A pointer made from an address alone (`ptr::without_provenance`, dangling pointers)."""

    __slots__ = ("a",)

    def __init__(self, a: int) -> None:
        self.a = a

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Addr) and other.a == self.a

    def __hash__(self) -> int:
        return self.a


def ptr_addr(p, size: int = 8) -> int:  # type: ignore[no-untyped-def]
    """A pointer's address: a C address, or one made up from the Python object's identity
    (elements of one buffer `size` bytes apart, so address arithmetic finds indices)."""
    if p is None:
        return 0
    if isinstance(p, Addr) or type(p).__name__ == "CPtr":
        return p.a  # type: ignore[no-any-return]
    if isinstance(p, ItemPtr):
        return (id(p.o) & 0xFFFFFFFFFFF0) + getattr(p, "sz", size) * p.i
    if isinstance(p, Dyn):
        return ptr_addr(p.d)
    if isinstance(p, Slice):
        return ptr_addr(ItemPtr(p.b, p.lo), size)
    return id(p) & 0xFFFFFFFFFFF8


def ptr_eq(a, b) -> bool:  # type: ignore[no-untyped-def]
    if a is b:
        return True
    if isinstance(a, Dyn) or isinstance(b, Dyn):
        # (Addresses only: the vtables do not matter, as `ptr::addr_eq`.)
        return ptr_eq(a.d if isinstance(a, Dyn) else a, b.d if isinstance(b, Dyn) else b)
    if isinstance(a, ItemPtr | Addr):
        return a == b
    if isinstance(a, Slice) and isinstance(b, Slice):
        return a.b is b.b and a.lo == b.lo and a.hi == b.hi
    return False


def ptr_retype(p, enc, dec, size: int, by_identity: bool):  # type: ignore[no-untyped-def]
    """`p as *const T` for a pointer into C memory (`rt.ffi.CPtr`, from a foreign function):
    it reads `T`s now (a by-identity `T` is read at once: its pointer is the object). Other
    pointers are returned unchanged."""
    if type(p).__name__ != "CPtr":
        return p
    q = type(p)(p.a, enc, dec, size)
    return q.get() if by_identity else q


def ptr_as_bytes(p):  # type: ignore[no-untyped-def]
    """`*const i8 as *const u8`: a pointer into a byte buffer stays; one into a list of
    `i8` values points into a byte copy of the list (writes through it are not seen)."""
    if isinstance(p, ItemPtr) and isinstance(p.o, list):
        return ItemPtr(bytearray(x & 0xFF for x in p.o), p.i)
    return p


def raw_slice(p, n: int):  # type: ignore[no-untyped-def]
    if type(p).__name__ == "CPtr":  # (C memory: `rt.ffi`, loaded only by programs using it)
        return p.c_slice(n)
    if isinstance(p, ItemPtr):
        return Slice(p.o, p.i, p.i + n)
    if p is None or isinstance(p, Addr):
        return Slice([], 0, 0)
    return Slice([p], 0, 1) if n == 1 else Slice([], 0, 0)


def array_of_slice(s):  # type: ignore[no-untyped-def]
    """`&[T]` as `&[T; N]`: the buffer itself when the slice spans it (writes go through),
    else a copy of the elements."""
    b = s.b
    if s.lo == 0 and s.hi == len(b) and not isinstance(b, bytes):
        return b
    return b[s.lo : s.hi]


def struct_eq(a, b) -> bool:  # type: ignore[no-untyped-def]
    """Structural equality (constants in patterns)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(struct_eq(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Slice):
        return a.b[a.lo : a.hi] == b.b[b.lo : b.hi]
    slots = getattr(type(a), "__slots__", None)
    if slots is None:
        return a == b  # type: ignore[no-any-return]
    return all(struct_eq(getattr(a, s, None), getattr(b, s, None)) for s in slots)


# -- atomics (one lock: Python threads interleave only between bytecodes anyway) ------------------

_atomic_lock = __import__("threading").Lock()


def atomic_swap(p, v):  # type: ignore[no-untyped-def]
    with _atomic_lock:
        old = p.get()
        p.set(v)
        return old


def atomic_cx(p, old, new, ok, err):  # type: ignore[no-untyped-def]
    with _atomic_lock:
        cur = p.get()
        if cur == old and type(cur) is type(old):
            p.set(new)
            return ok(cur)
        return err(cur)


def atomic_fetch(p, v, op: int, bits: int, signed: bool, is_bool: bool):  # type: ignore[no-untyped-def]
    with _atomic_lock:
        cur = p.get()
        if is_bool:
            new = [None, None, cur and v, not (cur and v), cur or v, cur != v][op] if op >= 2 else cur
        elif op == 0:
            new = wrap(cur + v, bits, signed)
        elif op == 1:
            new = wrap(cur - v, bits, signed)
        elif op == 2:
            new = cur & v
        elif op == 3:
            new = wrap(~(cur & v), bits, signed)
        elif op == 4:
            new = cur | v
        elif op == 5:
            new = cur ^ v
        elif op == 6:
            new = max(cur, v)
        else:
            new = min(cur, v)
        p.set(new)
        return cur


# -- Rc / Arc ------------------------------------------------------------------------------------


class RcBox(Cell):
    """An Rc/Arc allocation: the value (`v`, so the box is a pointer to a by-value value),
    the strong and weak counts."""

    __slots__ = ("s", "w")

    def __init__(self, v: object, s: int, w: int) -> None:
        self.v = v
        self.s = s
        self.w = w


class RcH:
    """An `Rc<T>`/`Arc<T>` (a handle: assigning to an `Rc` place re-points it)."""

    __slots__ = ("b",)

    def __init__(self, b: RcBox) -> None:
        self.b = b


_RAW_BOXES: dict[int, RcBox] = {}
"""Allocations whose value was given out as a raw pointer (`Rc::into_raw`), by
the value's identity: `from_raw` finds the allocation again (the entry keeps it alive)."""


def rc_into_raw(h: RcH, by_value: bool) -> Any:
    """`Rc::into_raw`: the value's place (the box itself for a by-value value), remembered
    for `from_raw`."""
    b = h.b
    if by_value:
        return b
    _RAW_BOXES[id(b.v)] = b
    return b.v


def rc_from_raw(p: Any) -> RcH:
    """`Rc::from_raw(ptr)` for a pointer `rc_into_raw` gave."""
    if isinstance(p, RcBox):
        return RcH(p)
    return RcH(_RAW_BOXES[id(p)])


class WeakH:
    __slots__ = ("b",)

    def __init__(self, b: RcBox | None) -> None:
        self.b = b


def rc_clone(h: RcH) -> RcH:
    h.b.s += 1
    return RcH(h.b)


def rc_drop(h: RcH) -> bool:
    """Drops one strong reference; True when it was the last (the caller drops the value)."""
    b = h.b
    b.s -= 1
    return b.s == 0


def arc_clone(h: RcH) -> RcH:
    with _atomic_lock:
        h.b.s += 1
    return RcH(h.b)


def arc_drop(h: RcH) -> bool:
    """`rc_drop` for an `Arc` (other threads may clone or drop it meanwhile)."""
    b = h.b
    with _atomic_lock:
        b.s -= 1
        return b.s == 0


def rc_downgrade(h: RcH) -> WeakH:
    h.b.w += 1
    return WeakH(h.b)


def rc_take_inner(h: RcH) -> object:
    h.b.s = 0
    return h.b.v


def rc_init_uninit(w: WeakH, data: object) -> RcH:
    b = w.b
    assert b is not None
    b.v = data
    b.s = 1
    b.w -= 1
    return RcH(b)


def weak_upgrade(w: WeakH) -> RcH | None:
    b = w.b
    if b is None or b.s == 0:
        return None
    b.s += 1
    return RcH(b)


def weak_clone(w: WeakH) -> WeakH:
    if w.b is not None:
        w.b.w += 1
    return WeakH(w.b)


def weak_drop(w: WeakH) -> None:
    if w.b is not None:
        w.b.w -= 1


def box_value(b: object) -> object:
    return b.v if isinstance(b, Cell) else b


# -- locks ----------------------------------------------------------------------------------------

_threading = __import__("threading")


class RawMutex:
    __slots__ = ("l",)

    def __init__(self) -> None:
        self.l = _threading.Lock()

    def lock(self) -> None:
        self.l.acquire()

    def try_lock(self) -> bool:
        return self.l.acquire(blocking=False)

    def unlock(self) -> None:
        self.l.release()


class RawRwLock:
    __slots__ = ("c", "readers", "writer")

    def __init__(self) -> None:
        self.c = _threading.Condition(_threading.Lock())
        self.readers = 0
        self.writer = False

    def read(self) -> None:
        with self.c:
            while self.writer:
                self.c.wait()
            self.readers += 1

    def try_read(self) -> bool:
        with self.c:
            if self.writer:
                return False
            self.readers += 1
            return True

    def write(self) -> None:
        with self.c:
            while self.writer or self.readers:
                self.c.wait()
            self.writer = True

    def try_write(self) -> bool:
        with self.c:
            if self.writer or self.readers:
                return False
            self.writer = True
            return True

    def read_unlock(self) -> None:
        with self.c:
            self.readers -= 1
            self.c.notify_all()

    def write_unlock(self) -> None:
        with self.c:
            self.writer = False
            self.c.notify_all()


class RawCondvar:
    __slots__ = ("c",)

    def __init__(self) -> None:
        self.c = _threading.Condition(_threading.Lock())

    def notify_one(self) -> None:
        with self.c:
            self.c.notify()

    def notify_all(self) -> None:
        with self.c:
            self.c.notify_all()

    def wait(self, m: RawMutex) -> None:
        with self.c:
            m.unlock()
            self.c.wait()
        m.lock()

    def wait_timeout(self, m: RawMutex, secs: float) -> bool:
        with self.c:
            m.unlock()
            ok = self.c.wait(min(secs, _threading.TIMEOUT_MAX))
        m.lock()
        return ok


# -- the OS ----------------------------------------------------------------------------------------

PROGRAM_ARGS: list[str] = []


def sys_error_string(code: int) -> str:
    import os

    return os.strerror(code)


def sys_read(fd: int, buf: Slice) -> tuple[bool, object]:
    import os

    try:
        if fd == 0:
            import sys as _sys

            _sys.stdout.flush()
        data = os.read(fd, buf.hi - buf.lo)
    except OSError as e:
        return False, e.errno or 5
    buf.b[buf.lo : buf.lo + len(data)] = data
    return True, len(data)


def sys_args() -> Vec:
    items = [Vec(bytearray(a.encode("utf-8", "surrogateescape")), len(a.encode("utf-8", "surrogateescape"))) for a in PROGRAM_ARGS]
    return Vec(items, len(items))


def sys_getenv(name: Slice) -> Vec | None:
    import os

    v = os.environb.get(bytes(name.b[name.lo : name.hi]))
    if v is None:
        return None
    return Vec(bytearray(v), len(v))


def sys_getcwd() -> tuple[bool, object]:
    import os

    b = os.getcwd().encode()
    return True, Vec(bytearray(b), len(b))


def rust_exit(code: int) -> None:
    tls_run_dtors()
    hard_exit(code)


def fdiv(a: float, b: float) -> float:
    return _fdiv(a, b, False)


def frem(a: float, b: float) -> float:
    return _frem(a, b, False)


def ptr_copy(src, dst, n: int) -> None:  # type: ignore[no-untyped-def]
    """`ptr::copy`/`copy_nonoverlapping` of `n` values (a memmove: overlapping is fine)."""
    if n <= 0:
        return
    if isinstance(src, ItemPtr) and isinstance(dst, ItemPtr):
        dst.o[dst.i : dst.i + n] = src.o[src.i : src.i + n]
        return
    if n != 1:
        if hasattr(src, "offset") and hasattr(dst, "offset"):
            vals = [src.offset(i).get() for i in range(n)]
            for i, v in enumerate(vals):
                dst.offset(i).set(v)
            return
        raise TypeError("ptr::copy of several values outside a buffer")
    if hasattr(dst, "set"):
        dst.set(src.get())
    else:
        overwrite(dst, shallow(src))



def slice_eq(a: Slice, b: Slice) -> bool:
    """Equal contents of two slices (`str`/`[u8]` literal patterns)."""
    return a.hi - a.lo == b.hi - b.lo and a.b[a.lo : a.hi] == b.b[b.lo : b.hi]


# -- the file system (std's `io::sys` intrinsics): `(ok, value or errno)` ---------------------------

_os = __import__("os")


def _p(s: Slice) -> bytes:
    return bytes(s.b[s.lo : s.hi])


def _vec_bytes(b: bytes) -> Vec:
    return Vec(bytearray(b), len(b))


def _oserr(e: OSError) -> tuple[bool, object]:
    return False, e.errno or 5


def sys_os(fn, *args):  # type: ignore[no-untyped-def]
    """Run an `os` call: `(True, result)` or `(False, errno)`."""
    try:
        return True, fn(*args)
    except OSError as e:
        return _oserr(e)


def sys_open(path: Slice, flags: int, mode: int) -> tuple[bool, object]:
    return sys_os(_os.open, _p(path), flags, mode)


def sys_close(fd: int) -> tuple[bool, object]:
    if fd <= 2:
        return True, None
    return sys_os(lambda: _os.close(fd) or None)


def _stat_fields(st) -> list:  # type: ignore[no-untyped-def]
    def ts(sec: float, ns: int) -> list:
        return [int(ns // 1_000_000_000), int(ns % 1_000_000_000)]

    return [st.st_dev, st.st_ino, st.st_mode, st.st_nlink, st.st_uid, st.st_gid, st.st_size,
            ts(st.st_atime, st.st_atime_ns), ts(st.st_mtime, st.st_mtime_ns), ts(st.st_ctime, st.st_ctime_ns),
            getattr(st, "st_blksize", 4096), getattr(st, "st_blocks", 0)]


def sys_fstat(fd: int) -> tuple[bool, object]:
    ok, v = sys_os(_os.fstat, fd)
    return (True, _stat_fields(v)) if ok else (False, v)


def sys_stat(path: Slice, follow: bool) -> tuple[bool, object]:
    ok, v = sys_os(_os.stat if follow else _os.lstat, _p(path))
    return (True, _stat_fields(v)) if ok else (False, v)


def sys_read_dir(path: Slice) -> tuple[bool, object]:
    try:
        out = []
        with _os.scandir(_p(path)) as it:
            for entry in it:
                kind = 2 if entry.is_symlink() else 1 if entry.is_dir(follow_symlinks=False) else 0
                out.append([_vec_bytes(entry.name), kind])
    except OSError as e:
        return _oserr(e)
    return True, Vec(out, len(out))


def sys_environ() -> Vec:
    items = [[_vec_bytes(k), _vec_bytes(v)] for k, v in _os.environb.items()]
    return Vec(items, len(items))


def string_from_bytes(b: bytes) -> Vec:
    """A `Vec<u8>` holding `b`."""
    return _vec_bytes(b)


# -- hash tables (std's `RawTable<T>`, under HashMap/HashSet) ------------------------------------


class RawTable:
    """Slots of values with the hash each was inserted with; `by_hash` finds the slots of
    a hash. Capacity follows hashbrown (see std's `collections/hash_table.rs`)."""

    __slots__ = ("buckets", "by_hash", "free", "hashes", "items", "vals")

    def __init__(self, capacity: int = 0) -> None:
        self.vals: list[object] = []
        self.hashes: list[int | None] = []
        self.by_hash: dict[int, list[int]] = {}
        self.free: list[int] = []
        self.items = 0
        self.buckets = _buckets_for(capacity)

    def capacity(self) -> int:
        b = self.buckets
        return b - 1 if b < 8 else b // 8 * 7

    def reserve(self, additional: int) -> None:
        need = self.items + additional
        if need > self.capacity():
            self.buckets = max(_buckets_for(need), self.buckets * 2 if self.buckets else 0)

    def shrink_to(self, min_size: int) -> None:
        self.buckets = _buckets_for(max(min_size, self.items))

    def clear(self) -> None:
        self.vals.clear()
        self.hashes.clear()
        self.by_hash.clear()
        self.free.clear()
        self.items = 0

    def find(self, h: int, eq) -> int | None:  # type: ignore[no-untyped-def]
        for slot in self.by_hash.get(h, ()):
            if eq(self.vals[slot]):
                return slot
        return None

    def find_key(self, h: int, q: Any) -> int | None:
        """The slot of the `(key, value)` pair whose key equals `q`: an integer, or the
        bytes of a text key (stored as a `str` view or a `String`)."""
        for slot in self.by_hash.get(h, ()):
            k = self.vals[slot][0]
            tk = type(k)
            if tk is int:
                if k == q:
                    return slot
            elif tk is Vec:
                if k.a == q:
                    return slot
            elif tk is Slice:
                b = k.b
                if (b if type(b) is not list else bytes(b))[k.lo : k.hi] == q:
                    return slot
        return None

    def or_insert(self, h: int, q: Any, key: object, default: object) -> list[Any]:
        """The `[key, value]` pair of the key equal to `q` (`find_key`), a new one of `key`
        and `default` (`insert`) when there is none: `HashMap::entry(key).or_insert(default)`."""
        slot = self.find_key(h, q)
        if slot is None:
            slot = self.insert(h, [key, default])
        return self.vals[slot]  # type: ignore[return-value]

    def insert(self, h: int, value: object) -> int:
        if self.items >= self.capacity():
            self.reserve(1)
        if self.free:
            slot = self.free.pop()
            self.vals[slot] = value
            self.hashes[slot] = h
        else:
            slot = len(self.vals)
            self.vals.append(value)
            self.hashes.append(h)
        self.by_hash.setdefault(h, []).append(slot)
        self.items += 1
        return slot

    def remove(self, slot: int) -> object:
        h = self.hashes[slot]
        assert h is not None
        value = self.vals[slot]
        self.vals[slot] = None
        self.hashes[slot] = None
        lst = self.by_hash[h]
        lst.remove(slot)
        if not lst:
            del self.by_hash[h]
        self.free.append(slot)
        self.items -= 1
        return value

    def next_slot(self, start: int) -> int | None:
        hashes = self.hashes
        for i in range(start, len(hashes)):
            if hashes[i] is not None:
                return i
        return None

    def live(self) -> list[object]:
        return [v for v, h in zip(self.vals, self.hashes, strict=True) if h is not None]


def _buckets_for(n: int) -> int:
    if n == 0:
        return 0
    if n < 4:
        return 4
    if n < 8:
        return 8
    need = n * 8 // 7
    b = 1
    while b < need:
        b <<= 1
    return b


# -- sorted stores (std's `SortedStore<K, V>`, under BTreeMap/BTreeSet) ---------------------------


class SortedStore:
    """Keys `k` and values `v` in key order (parallel lists)."""

    __slots__ = ("k", "v")

    def __init__(self, k: list[object], v: list[object]) -> None:
        self.k = k
        self.v = v

    def search_by(self, cmp) -> tuple[bool, int]:  # type: ignore[no-untyped-def]
        """`cmp(key)` gives the key's `Ordering` variant index against the target (0: Less,
        1: Equal, 2: Greater): `(True, i)` found, `(False, i)` the insertion point."""
        lo, hi = 0, len(self.k)
        keys = self.k
        while lo < hi:
            mid = (lo + hi) // 2
            o = cmp(keys[mid])
            if o == 1:
                return True, mid
            if o == 0:
                lo = mid + 1
            else:
                hi = mid
        return False, lo

    def split_off(self, i: int) -> SortedStore:
        out = SortedStore(self.k[i:], self.v[i:])
        del self.k[i:]
        del self.v[i:]
        return out


def sorted_from_vec(pairs: Vec) -> SortedStore:
    return SortedStore([p[0] for p in pairs.a], [p[1] for p in pairs.a])


def sorted_into_vec(s: SortedStore) -> Vec:
    items = [[k, v] for k, v in zip(s.k, s.v, strict=True)]
    return Vec(items, len(items))


def sorted_remove(s: SortedStore, i: int) -> list[object]:
    return [s.k.pop(i), s.v.pop(i)]


def sorted_replace_key(s: SortedStore, i: int, key: object) -> object:
    old = s.k[i]
    s.k[i] = key
    return old


def clock_now(monotonic: bool) -> list[int]:
    """`(seconds, nanoseconds)` of the monotonic clock or the system time."""
    import time as _time

    ns = _time.monotonic_ns() if monotonic else _time.time_ns()
    return [ns // 1_000_000_000, ns % 1_000_000_000]


def vec_collected(items: Any, exact: bool, min_cap: int) -> Vec:
    """`Vec::from_iter` of an iterator whose items are `items`, with the capacity std's
    `from_iter` reaches: `len` when its `size_hint` is exact, else (lower bound 0 all
    along) `min_non_zero_cap` after the first item, doubled each time it is full."""
    n = len(items)
    if exact or n == 0:
        return Vec(items, n)
    cap = min_cap
    while cap < n:
        cap *= 2
    return Vec(items, cap)


def slice_sort_cmp(s: Slice, compare: Callable[[Any, Any], Any]) -> None:
    """Sorts the view stably by `compare` (a Rust comparator returning an `Ordering`, whose
    variant index `t` is 0, 1, 2 for Less, Equal, Greater). A panic in `compare` leaves the
    items in their original order."""
    b, lo, hi = s.b, s.lo, s.hi
    if hi - lo < 2:
        return
    items = list(b[lo:hi])
    items.sort(key=cmp_to_key(lambda x, y: compare(x, y).t - 1))
    b[lo:hi] = items


def slice_sort_keys(s: Slice, keys: tuple[tuple[Any, bool, bool], ...], compare: Callable[[Any, Any], Any]) -> None:
    """Sorts the view stably by `keys` (most significant first; each a key function or None
    for the item itself, whether it descends, whether it is a float), as the comparator
    `compare` that compares those keys in turn would: one stable `list.sort` per key, the
    least significant first. When a float key is NaN the comparator's `partial_cmp(..)
    .unwrap()` panics: it sorts by `compare` itself then (`slice_sort_cmp`)."""
    b, lo, hi = s.b, s.lo, s.hi
    if hi - lo < 2:
        return
    items = list(b[lo:hi])
    for key, _, flt in keys:
        if flt and any(k != k for k in (items if key is None else map(key, items))):
            slice_sort_cmp(s, compare)
            return
    for key, desc, _ in reversed(keys):
        items.sort(key=key, reverse=desc)
    b[lo:hi] = items


def string_extend_chars(v: Vec, chars: Any) -> None:
    """`String::push` of each char: the text at once, and the capacity the pushes reach
    (each growth is to `max(2 * cap, 8)`, which always holds the pushed char)."""
    data = "".join(chars).encode()
    a = v.a
    final, cap = len(a) + len(data), v.cap
    while cap < final:
        cap = max(cap * 2, 8)
    a += data
    v.cap = cap


def vec_dedup(v: Vec, key: Callable[[Any], Any] | None) -> None:
    """`Vec::dedup` where `==` is Python's (on `key` of the items): the first of each run."""
    a = v.a
    if len(a) > 1:
        a[:] = [next(g) for _, g in groupby(a, key)]


def iter_count(items: Any) -> int:
    """The number of items an iterable yields (`Iterator::count`)."""
    n = 0
    for _ in items:
        n += 1
    return n


def vec_extend_with(v: Vec, n: int, value: object, min_cap: int) -> None:
    """`Vec::extend_with`: `n` copies of a by-value `value`, after `reserve(n)`."""
    vec_reserve(v, n, min_cap)
    v.a.extend(repeat(value, n))


def vec_extend_items(v: Vec, items: Any, exact: bool, min_cap: int) -> None:
    """`Vec::extend` with `items` (all of an iterator's items, in order), reaching the
    capacity std's does: `reserve(n)` first when the size hint was exact, else (lower bound
    0) a push at a time, each full vector growing to `max(2 * cap, len + 1, min_cap)`."""
    items = list(items)
    if exact:
        vec_reserve(v, len(items), min_cap)
    else:
        cap, target = v.cap, len(v.a) + len(items)
        while cap < target:
            cap = max(cap * 2, cap + 1, min_cap)
        v.cap = cap
    v.a.extend(items)


obj_new = object.__new__
"""An object of a generated class, its slots unset: generated code sets them itself, which
costs less than a call of the class's `__init__` (`FnCodegen.construct`)."""
