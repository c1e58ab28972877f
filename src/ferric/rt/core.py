"""The objects generated programs are made of (see `ferric.backend.py` for the whole
representation of Rust values in Python).

Values whose Python form is immutable (integers, floats, bool, char, `()`, references and
raw pointers themselves, fn pointers) are "by-value": a `&mut` to a place holding one is a
*pointer object* with `get()`/`set(v)` (`Cell` for a local or a box, `AttrPtr` for a field,
`ItemPtr` for an element). Every other value (structs, enums, tuples, arrays, closures,
`Vec`, `String` ...) is "by-identity": a mutable Python object whose identity is its place,
so a reference to it is the object itself and writing through a `&mut` overwrites it in
place (`overwrite`).

This module must import fast and import nothing from the compiler.
"""

from __future__ import annotations

import contextlib
from typing import Any

# ---------------------------------------------------------------------------------------
# Moved-out places
# ---------------------------------------------------------------------------------------


class _Uninit:
    """The value of a place whose value was moved out (or is not initialized yet), for
    types with drop glue: drop glue skips it, so a moved value is dropped once, by its new
    owner. Rust's borrow checker guarantees the program never reads it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNINIT"


UNINIT: Any = _Uninit()


def hard_exit(code: int) -> None:
    """Leave the process now, as `process::exit` and `abort` do: no destructors run, no
    other thread continues; what the program printed is flushed first."""
    import os
    import sys

    for f in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            f.flush()
    ffi = sys.modules.get("ferric.rt.ffi")
    if ffi is not None:
        ffi.flush_c_stdio()  # (what C's `printf` buffered: libc's `exit` flushes it)
    os._exit(code & 0xFF)


# ---------------------------------------------------------------------------------------
# Pointers to by-value places
# ---------------------------------------------------------------------------------------


class Cell:
    """A local (or a box's content) whose address is taken: `&mut x` is the cell itself."""

    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def get(self) -> Any:
        return self.v

    def set(self, v: Any) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Cell({self.v!r})"


class AttrPtr:
    """`&mut obj.field` for a by-value field."""

    __slots__ = ("n", "o")

    def __init__(self, o: Any, n: str) -> None:
        self.o = o
        self.n = n

    def get(self) -> Any:
        return getattr(self.o, self.n)

    def set(self, v: Any) -> None:
        setattr(self.o, self.n, v)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AttrPtr) and other.o is self.o and other.n == self.n

    def __hash__(self) -> int:
        return hash((id(self.o), self.n))


class ItemPtr:
    """`&mut seq[i]` for a by-value element (tuple and array items, slice elements), and
    raw pointers into a buffer (`offset` moves them)."""

    __slots__ = ("i", "o")

    def __init__(self, o: Any, i: int) -> None:
        self.o = o
        self.i = i

    def get(self) -> Any:
        return self.o[self.i]

    def set(self, v: Any) -> None:
        self.o[self.i] = v

    def offset(self, n: int) -> ItemPtr:
        return ItemPtr(self.o, self.i + n)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ItemPtr) and other.o is self.o and other.i == self.i

    def __hash__(self) -> int:
        return hash((id(self.o), self.i))


class BytePtr:
    """A `*mut u8` into the bytes of a plain-data value (`&mut x as *mut T as *mut u8`):
    `p` points to the value (`get`/`set`), `enc`/`dec` convert it to and from its bytes,
    `i` is the byte offset."""

    __slots__ = ("dec", "enc", "i", "p")

    def __init__(self, p: Any, enc: Any, dec: Any, i: int) -> None:
        self.p = p
        self.enc = enc
        self.dec = dec
        self.i = i

    def get(self) -> int:
        return self.enc(self.p.get())[self.i]  # type: ignore[no-any-return]

    def set(self, v: int) -> None:
        b = bytearray(self.enc(self.p.get()))
        b[self.i] = v
        self.p.set(self.dec(bytes(b)))

    def offset(self, n: int) -> BytePtr:
        return BytePtr(self.p, self.enc, self.dec, self.i + n)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BytePtr) and other.p == self.p and other.i == self.i

    def __hash__(self) -> int:
        return hash((id(self.p), self.i))


class ObjPtr:
    """A raw pointer to a by-identity value that needs `get`/`set` (`ptr::read`/`write`
    through a generic `*mut T`): reads give the object, writes overwrite it in place."""

    __slots__ = ("o",)

    def __init__(self, o: Any) -> None:
        self.o = o

    def get(self) -> Any:
        return self.o

    def set(self, v: Any) -> None:
        overwrite(self.o, v)


# ---------------------------------------------------------------------------------------
# By-identity values
# ---------------------------------------------------------------------------------------


class Obj:
    """Base of generated struct, enum-variant-holder and closure classes: positional slots
    `f0, f1 ...` (enums also `t`, the variant index)."""

    __slots__ = ()

    def __repr__(self) -> str:
        vals = ", ".join(f"{s}={getattr(self, s, '?')!r}" for s in type(self).__slots__)
        return f"{type(self).__name__}({vals})"


class Coro(Obj):
    """Base of the generated classes of `async` blocks and `async fn` futures (rustc's
    coroutines). Each subclass declares every slot itself (`g`, `st`, then the captures
    `f0 ..`), so `overwrite` and `shallow` see them all. `st` is the coroutine's state:
    0 unresumed (nothing has run: the captures are in `f0 ..`), 1 suspended at an
    `.await` (`g` is the body's Python generator, which owns the captures now), 2 returned,
    3 panicked (or running). `coro_poll` drives it."""

    __slots__ = ()


CORO_PENDING: Any = object()
"""What `coro_resume` returns when the body suspended (the future is not ready)."""


def coro_resume(c: Any, cx: Any, start: Any, done: Any, poisoned: Any) -> Any:
    """One `Future::poll` of coroutine `c`: run its body until it suspends (`CORO_PENDING`)
    or returns (its value). `start(c, cx)` creates the body's generator at the first poll
    (that is when the body starts running: futures are lazy); later polls send the new
    `&mut Context` into it, resuming at the `.await` that suspended. Polling a returned or
    panicked coroutine calls `done()` / `poisoned()`, which panic as rustc's
    `panic_const_async_fn_resumed*` do."""
    st = c.st
    try:
        if st == 1:
            c.st = 3
            c.g.send(cx)
        elif st == 0:
            c.st = 3
            g = c.g = start(c, cx)
            g.send(None)
        elif st == 2:
            done()
        else:
            poisoned()
    except StopIteration as e:
        c.st = 2
        c.g = None
        return e.value
    c.st = 1
    return CORO_PENDING


def coro_close(c: Any) -> None:
    """Drop a suspended coroutine: its generator is closed, which unwinds the body from the
    `.await` where it stopped, so the `finally` blocks of its scopes drop the live locals
    (in rustc's order, innermost first)."""
    c.st = 2
    g, c.g = c.g, None
    g.close()


class Union:
    """Base of generated union classes. A union holds the field last written or read (`k`,
    its index, -1 for none; `v`, its Python value) and the union's bytes as of the last
    change of field (`b`). Each field `fI` is a property (`union_field`): reading the
    current field gives its value (so a by-identity field is a place); reading another
    field reinterprets the bytes — the current field's encoding over `b` — through the
    field's decoder, and makes that field current. Each class has `_codecs`: per field
    `(encode, decode)` (value → `bytes`, `bytes` → value), `None` for a field that is not
    plain data (references, `String` ...), whose bits are not modelled: reading it after
    another field was written gives the value last stored."""

    __slots__ = ()
    _codecs: tuple[tuple[Any, Any] | None, ...] = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(k={self.k!r}, v={self.v!r})"  # type: ignore[attr-defined]


def union_bytes(u: Any) -> bytes:
    """The bytes of union `u` (its current field encoded over its last bytes)."""
    b: bytes = u.b
    if u.k >= 0:
        codec = type(u)._codecs[u.k]
        if codec is not None:
            head = codec[0](u.v)
            b = head + b[len(head) :]
    return b


def union_field(i: int) -> property:
    def get(self: Any) -> Any:
        if self.k == i:
            return self.v
        codec = type(self)._codecs[i]
        if codec is None:
            return self.v
        b = union_bytes(self)
        v = codec[1](b)
        self.b = b
        self.k = i
        self.v = v
        return v

    def set(self: Any, v: Any) -> None:
        if self.k != i:
            self.b = union_bytes(self)
            self.k = i
        self.v = v

    return property(get, set)


def overwrite(dst: Any, src: Any) -> None:
    """`*dst = src` for a by-identity value: dst's place takes src's contents."""
    if dst is src:
        return
    if isinstance(dst, list):
        dst[:] = src
        return
    if isinstance(dst, bytearray):
        dst[:] = src
        return
    for s in type(dst).__slots__:
        try:
            setattr(dst, s, getattr(src, s))
        except AttributeError:
            with contextlib.suppress(AttributeError):
                delattr(dst, s)


def shallow(src: Any) -> Any:
    """A bitwise copy of a by-identity value (`ptr::read`): a new object with the same
    contents (nested by-identity values shared, as the bits would be)."""
    if isinstance(src, list):
        return src[:]
    cls = type(src)
    sh = getattr(cls, "_sh", None)
    if sh is not None:
        # (A generated class's own copy; a slot never set falls back to the loop.)
        try:
            return sh(src)
        except AttributeError:
            pass
    new = cls.__new__(cls)
    try:
        for s in cls.__slots__:
            setattr(new, s, getattr(src, s))
    except AttributeError:  # (a slot never set: an enum variant without that field)
        for s in cls.__slots__:
            with contextlib.suppress(AttributeError):
                setattr(new, s, getattr(src, s))
    return new


class Slice:
    """`&[T]`, `&mut [T]`, `&str`, `&mut str`, `Box<[T]>`: a view `buf[lo:hi]` of a list (or a
    `bytearray`/`bytes` for `[u8]` and `str`)."""

    __slots__ = ("b", "hi", "lo")

    def __init__(self, b: Any, lo: int, hi: int) -> None:
        self.b = b
        self.lo = lo
        self.hi = hi

    def __len__(self) -> int:
        return self.hi - self.lo

    def items(self) -> Any:
        return self.b[self.lo : self.hi]

    def text(self) -> str:
        return bytes(self.b[self.lo : self.hi]).decode("utf-8", "replace")

    def __repr__(self) -> str:
        return f"Slice({self.b[self.lo:self.hi]!r})"


class Vec:
    """`Vec<T>` (and `String`, which is a `Vec<u8>` whose bytes are UTF-8): `a` holds the
    elements (a `bytearray` when T is u8), `cap` the capacity RawVec would have."""

    __slots__ = ("a", "cap")

    def __init__(self, a: Any, cap: int) -> None:
        self.a = a
        self.cap = cap

    def __repr__(self) -> str:
        return f"Vec({self.a!r})"


class Dyn:
    """`&dyn Trait`, `&mut dyn Trait`, `Box<dyn Trait>`: the value's place (the object, or a
    pointer object for a by-value type) and its vtable (a tuple: drop, size, align, then the
    trait's methods in declaration order; each takes the place first)."""

    __slots__ = ("d", "vt")

    def __init__(self, d: Any, vt: tuple[Any, ...]) -> None:
        self.d = d
        self.vt = vt


class FmtArgs:
    """`fmt::Arguments`: literal pieces (`Slice`), placeholders (`(value, fmt_fn, flags,
    width, precision)`) and text pieces (see `ferric.rt.text`)."""

    __slots__ = ("args", "pieces")

    def __init__(self, pieces: tuple[Any, ...], args: tuple[Any, ...]) -> None:
        self.pieces = pieces
        self.args = args


# ---------------------------------------------------------------------------------------
# Unwinding and exit
# ---------------------------------------------------------------------------------------


class RustPanic(BaseException):
    """A panic unwinding (payload: the `Box<dyn Any + Send>` value)."""

    def __init__(self, payload: Any) -> None:
        super().__init__()
        self.payload = payload


class RustExit(BaseException):
    """`process::exit(code)`: leaves without unwinding further Rust code."""

    def __init__(self, code: int) -> None:
        super().__init__()
        self.code = code


class BreakTo(Exception):
    """A labelled `break`/`continue` that leaves more than the innermost Python loop."""

    __slots__ = ("cont", "label", "value")

    def __init__(self, label: int, value: Any = None, cont: bool = False) -> None:
        self.label = label
        self.value = value
        self.cont = cont

