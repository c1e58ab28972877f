"""Calls of foreign (`extern "C"`) functions: the C library through ctypes, as a rustc
binary calls it after linking against libc.

Generated code makes one `CFn` per foreign function it calls (`ffi_fn(name, ret)`) and
calls it with `ffi_call(f, specs, args)`: `specs` gives, per argument, how the Rust value
becomes a C value. A spec is a tuple:

| spec | Rust | C |
|---|---|---|
| `("i", bits, signed)` | integers, `char` | `c_intN` / `c_uintN` |
| `("f", bits)` | `f32`, `f64` | `c_float`, `c_double` |
| `("b",)` | `bool` | `c_bool` |
| `("p", enc, dec, size, by_identity, mutable)` | raw pointers (`enc`/`dec`: the pointee's byte codec, `None` when unknown) | `c_void_p` |
| `("p", None, None, 8, False, mutable, inner)` | a pointer to a raw pointer (`inner`: its spec) | `c_void_p` to a slot |
| `("fn", params, ret)` | `extern "C" fn` pointers | a `CFUNCTYPE` trampoline |
| `("s", enc, dec, size, fields)` | plain-data structs by value (`fields`: their specs; `("a", elem, n)` for arrays) | a ctypes `Structure` |

Memory. A pointer into a ferric value (an `ItemPtr` into a list or byte buffer, a pointer
object, a by-identity object) is passed as the address of a C copy of the whole buffer
(so C can read before and after the element, as `strchr` and `bsearch` do); after the
call a buffer C may write (`*mut`) is copied back, element by element. A pointer C
returns into such a copy becomes an `ItemPtr` into the ferric buffer again; any other
address is a `CPtr`, which reads and writes C memory itself. Callbacks get `CPtr`s.
**Boundary:** C memory lives only during the call (a pointer C keeps, as `strtok` does, is
not followed), and a `CPtr` to a struct reads a copy.

This module imports nothing from the compiler.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
from typing import Any

from ferric.rt.core import ItemPtr, Slice, overwrite

_LIBS: list[Any] = []
_STDOUT_BUFFER: list[Any] = []


def _libraries() -> list[Any]:
    """The C libraries symbols are looked up in: the process itself (libc is loaded), then
    libc and libm by name."""
    if not _LIBS:
        _LIBS.append(ctypes.CDLL(None))
        for name in ("c", "m"):
            path = ctypes.util.find_library(name)
            if path:
                with contextlib.suppress(OSError):
                    _LIBS.append(ctypes.CDLL(path))
        _default_c_buffering()
    return _LIBS


def _default_c_buffering() -> None:
    """Give C's `stdout` the buffering a rustc binary's has (glibc's default: by line on a
    terminal, by block otherwise), whatever Python set up (`python -u` makes it
    unbuffered): `printf` output then interleaves with Rust's as it does under rustc."""
    with contextlib.suppress(Exception):
        libc = _LIBS[0]
        stdout = ctypes.c_void_p.in_dll(libc, "stdout")
        mode = 1 if os.isatty(1) else 0  # _IOLBF, _IOFBF
        # (A buffer of our own: after Python's `_IONBF`, glibc keeps its one-byte buffer
        # when given none.)
        buf = ctypes.create_string_buffer(8192)
        _STDOUT_BUFFER.append(buf)  # (kept alive for the process)
        libc.setvbuf(stdout, buf, mode, 8192)


def flush_c_stdio() -> None:
    """Flush C's stdio buffers (what libc's `exit` does), before the process ends without
    it (`process::exit` leaves through `os._exit`)."""
    if _LIBS:
        with contextlib.suppress(Exception):
            _LIBS[0].fflush(None)


def has_symbol(name: str) -> bool:
    """Whether a foreign function `name` can be linked (the linker's question)."""
    return _lookup(name) is not None


def _lookup(name: str) -> Any:
    for lib in _libraries():
        try:
            return getattr(lib, name)
        except AttributeError:
            continue
    return None


_INTS = {
    (8, True): ctypes.c_int8,
    (8, False): ctypes.c_uint8,
    (16, True): ctypes.c_int16,
    (16, False): ctypes.c_uint16,
    (32, True): ctypes.c_int32,
    (32, False): ctypes.c_uint32,
    (64, True): ctypes.c_int64,
    (64, False): ctypes.c_uint64,
}


def _ctype(spec: Any) -> Any:
    """The ctypes type of a spec (None: `void`)."""
    if spec is None:
        return None
    kind = spec[0]
    if kind == "i":
        return _INTS[(spec[1], spec[2])]
    if kind == "f":
        return ctypes.c_float if spec[1] == 32 else ctypes.c_double
    if kind == "b":
        return ctypes.c_bool
    if kind == "p":
        return ctypes.c_void_p
    if kind == "fn":
        return ctypes.CFUNCTYPE(_ctype(spec[2]), *(_ctype(p) for p in spec[1]))
    if kind == "a":
        return _ctype(spec[1]) * spec[2]
    if kind == "s":
        return _struct_type(spec[4])
    raise TypeError(f"no C type for {spec!r}")


_STRUCTS: dict[Any, Any] = {}


def _struct_type(fields: tuple[Any, ...]) -> Any:
    """A ctypes `Structure` with the fields' C types (natural alignment: the C layout
    `pod` encodes), so ctypes passes and returns it as the C ABI does."""
    got = _STRUCTS.get(fields)
    if got is None:
        got = type("CStruct", (ctypes.Structure,), {"_fields_": [(f"f{i}", _ctype(f)) for i, f in enumerate(fields)]})
        _STRUCTS[fields] = got
    return got


class CFn:
    """A foreign function and the C type of its result."""

    __slots__ = ("f", "name", "ret")

    def __init__(self, name: str, ret: Any) -> None:
        self.name = name
        self.ret = ret
        f = _lookup(name)
        if f is None:
            raise RuntimeError(f"undefined symbol: {name}")
        f.restype = _ctype(ret)
        self.f = f


def ffi_fn(name: str, ret: Any) -> CFn:
    return CFn(name, ret)


class CPtr:
    """A raw pointer to C memory: address `a`, the pointee's codec (`enc`, `dec`, `size`;
    `dec` None when the pointee is unknown, `*const c_void`)."""

    __slots__ = ("a", "dec", "enc", "size")

    def __init__(self, a: int, enc: Any = None, dec: Any = None, size: int = 1) -> None:
        self.a = a
        self.enc = enc
        self.dec = dec
        self.size = size

    def get(self) -> Any:
        if self.dec is None:
            raise TypeError("reading C memory through a pointer of unknown type")
        return self.dec(ctypes.string_at(self.a, self.size))

    def set(self, v: Any) -> None:
        if self.enc is None:
            raise TypeError("writing C memory through a pointer of unknown type")
        b = self.enc(v)
        ctypes.memmove(self.a, b, len(b))

    def offset(self, n: int) -> CPtr:
        return CPtr(self.a + n * self.size, self.enc, self.dec, self.size)

    def c_slice(self, n: int) -> Slice:
        """`slice::from_raw_parts(p, n)` over C memory: a copy of the `n` elements."""
        if self.dec is None or self.size == 1:
            return Slice(bytearray(ctypes.string_at(self.a, n * self.size)), 0, n)
        return Slice([self.offset(i).get() for i in range(n)], 0, n)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CPtr) and other.a == self.a

    def __hash__(self) -> int:
        return self.a


class SizedItemPtr(ItemPtr):
    """A pointer C returned into a ferric buffer, typed `*mut c_void` in Rust: it keeps
    the size of the buffer's elements, so its address (`p as usize`) lines up with the
    addresses of typed pointers into the same buffer."""

    __slots__ = ("sz",)

    def __init__(self, o: Any, i: int, sz: int) -> None:
        super().__init__(o, i)
        self.sz = sz

    def offset(self, n: int) -> ItemPtr:
        return SizedItemPtr(self.o, self.i + n, self.sz)


class _Buffer:
    """A C copy of the ferric buffer a pointer argument points into."""

    __slots__ = ("base", "buf", "by_identity", "dec", "enc", "mutable", "n", "obj", "size", "whole")

    def __init__(self, obj: Any, data: bytes, size: int, enc: Any, dec: Any, mutable: bool, whole: bool, by_identity: bool = False) -> None:
        self.obj = obj
        self.buf = ctypes.create_string_buffer(data, max(len(data), 1))
        self.base = ctypes.addressof(self.buf)
        self.size = max(size, 1)
        self.n = len(data) // self.size if size else 0
        self.enc = enc
        self.dec = dec
        self.mutable = mutable
        self.whole = whole
        self.by_identity = by_identity

    def write_back(self) -> None:
        """Copy what C wrote into the ferric value."""
        raw = self.buf.raw[: self.n * self.size]
        o = self.obj
        if self.whole:
            if isinstance(o, bytearray):
                o[:] = raw
                return
            if isinstance(o, bytes) or self.dec is None:
                return
            for k in range(self.n):
                v = self.dec(raw[k * self.size : (k + 1) * self.size])
                if self.by_identity:
                    overwrite(o[k], v)
                else:
                    o[k] = v
            return
        v = self.dec(raw)
        if hasattr(o, "set"):
            o.set(v)
        else:
            overwrite(o, v)

    def pointer_to(self, addr: int) -> Any:
        """A ferric pointer for an address inside this copy (None when outside)."""
        off = addr - self.base
        if not 0 <= off <= self.n * self.size:
            return None
        if self.whole:
            return SizedItemPtr(self.obj, off // self.size, self.size)
        return self.obj if off == 0 else None


class _PtrSlot:
    """A pointer to a Rust pointer variable (`&mut end` for `strtol`'s `char **end`): C gets
    a slot holding the pointer's address; what C stores there is mapped back to a ferric
    pointer (into an argument's buffer when it points there) and written to the variable."""

    __slots__ = ("buf", "bufs", "inner", "mutable", "p")

    def __init__(self, p: Any, addr: int | None, inner: Any, bufs: list[Any]) -> None:
        self.p = p
        self.buf = ctypes.c_void_p(addr)
        self.inner = inner
        self.bufs = bufs
        self.mutable = True

    @property
    def base(self) -> int:
        return ctypes.addressof(self.buf)

    def write_back(self) -> None:
        a = self.buf.value
        self.p.set(_from_c_pointer(a, self.inner, self.bufs))

    def pointer_to(self, addr: int) -> Any:
        return None


def _from_c_pointer(a: int | None, spec: Any, bufs: list[Any]) -> Any:
    """The ferric pointer for C address `a`: null is None, an address inside an argument's
    C copy points into the ferric buffer, any other a `CPtr`."""
    if not a:
        return None
    for b in bufs:
        q = b.pointer_to(a)
        if q is not None:
            return q
    return CPtr(a, spec[1], spec[2], spec[3])


def _pointer_arg(p: Any, spec: Any, bufs: list[Any]) -> int | None:
    """The C address for ferric pointer `p` (copying the memory it points into)."""
    if p is None:
        return None
    if isinstance(p, CPtr):
        return p.a
    a = getattr(p, "a", None)
    if type(p).__name__ == "Addr" and isinstance(a, int):
        return a
    _, enc, dec, size, by_identity, mutable = spec[:6]
    if len(spec) > 6:
        # A pointer to a pointer: C reads and may replace the pointer it holds.
        inner = spec[6]
        slot = _PtrSlot(p, _pointer_arg(p.get(), inner, bufs), inner, bufs)
        bufs.append(slot)
        return slot.base
    if isinstance(p, Slice):
        p = ItemPtr(p.b, p.lo)
    if isinstance(p, ItemPtr) and isinstance(p.o, bytes | bytearray):
        b = _Buffer(p.o, bytes(p.o), 1, None, None, mutable, True)
        bufs.append(b)
        return b.base + p.i
    if isinstance(p, ItemPtr) and isinstance(p.o, list):
        if enc is None:
            raise TypeError("passing a pointer of unknown element type to C")
        data = b"".join(enc(e) for e in p.o)
        b = _Buffer(p.o, data, size, enc, dec, mutable, True, by_identity)
        bufs.append(b)
        return b.base + p.i * b.size
    if enc is None:
        raise TypeError("passing a pointer of unknown type to C")
    value = p.get() if hasattr(p, "get") and not by_identity else p
    b = _Buffer(p, enc(value), size, enc, dec, mutable, False, by_identity)
    bufs.append(b)
    return b.base


def _to_c(v: Any, spec: Any, bufs: list[Any], keep: list[Any], errors: list[BaseException]) -> Any:
    kind = spec[0]
    if kind == "p":
        return ctypes.c_void_p(_pointer_arg(v, spec, bufs))
    if kind == "fn":
        tramp = _ctype(spec)(_trampoline(v, spec, errors))
        keep.append(tramp)
        return tramp
    if kind == "s":
        return _ctype(spec).from_buffer_copy(spec[1](v))
    if kind == "i" and isinstance(v, str):
        v = ord(v)
    return _ctype(spec)(v)


def _trampoline(f: Any, spec: Any, errors: list[BaseException]) -> Any:
    """A Python function C can call: converts C arguments to ferric values, calls the Rust
    function `f`, converts its result back. A panic is kept in `errors` (it cannot unwind
    through C) and raised again when the foreign call returns."""
    params, ret = spec[1], spec[2]

    def call(*args: Any) -> Any:
        if errors:
            return _zero(ret)
        vals = []
        for a, ps in zip(args, params, strict=False):
            if ps[0] == "p":
                vals.append(None if not a else CPtr(a, ps[1], ps[2], ps[3]))
            elif ps[0] == "s":
                vals.append(ps[2](bytes(a)))
            else:
                vals.append(a)
        try:
            r = f(*vals)
        except BaseException as e:  # (re-raised after the foreign call)
            errors.append(e)
            return _zero(ret)
        if ret is None:
            return None
        if ret[0] == "p":
            return _pointer_arg(r, ret, [])
        if ret[0] == "s":
            return _ctype(ret).from_buffer_copy(ret[1](r))
        return ord(r) if isinstance(r, str) else r

    return call


def _zero(spec: Any) -> Any:
    if spec is None:
        return None
    return 0.0 if spec[0] == "f" else 0


def ffi_call(fn: CFn, specs: tuple[Any, ...], *args: Any) -> Any:
    """Call foreign function `fn` with ferric values `args` (marshalled by `specs`)."""
    bufs: list[Any] = []
    keep: list[Any] = []
    errors: list[BaseException] = []
    c_args = [_to_c(v, s, bufs, keep, errors) for v, s in zip(args, specs, strict=True)]
    r = fn.f(*c_args)
    for b in bufs:
        if b.mutable:
            b.write_back()
    if errors:
        raise errors[0]
    ret = fn.ret
    if ret is None:
        return None
    kind = ret[0]
    if kind == "p":
        return _from_c_pointer(r, ret, bufs)
    if kind == "s":
        return ret[2](bytes(r))
    if kind == "b":
        return bool(r)
    return r
