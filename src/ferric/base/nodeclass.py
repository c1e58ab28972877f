"""`dataclass` for IR node families, with the generated methods compiled on first use.

`dataclasses.dataclass` compiles the source of `__init__`, `__repr__`, `__eq__` and
`__hash__` for every class when the class is made: about 70 µs of `compile` per method,
0.3 s of every `ferric` command's start-up for the few hundred node classes of the AST,
HIR and MIR, most of which a given program never builds, prints or compares. This
decorator takes the same arguments and makes the same class (fields, slots, `frozen`,
`kw_only`, `__match_args__`, `__dataclass_fields__`, `__dataclass_params__`, pickling), but
installs those four methods as stubs that generate the real method the first time one is
called, put it on the class in the stub's place, and call it. From then on the class is
exactly what the standard decorator would have made (same source, same behaviour). The
code compiled from those sources is kept in the cache directory (`base.cache_dir`) across
processes, as `.pyc` files keep a module's: a process compiles only sources no earlier one
has.

Only what the IR modules use is supported: `frozen`, `slots`, `kw_only`, `eq`, fields
with defaults, `default_factory`, `compare`/`hash`/`repr`/`init` flags, `__post_init__`;
anything else (`order`, `unsafe_hash`, `InitVar`, `init=False` on the class) raises.

Invariant: the methods generated here behave as 3.11's `dataclasses` ones do
(tests/unit/test_nodeclass.py compares them on the shapes the IR uses).
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import marshal
import os
import reprlib
import sys
import types
from collections.abc import Callable
from typing import Any, TypeVar

_C = TypeVar("_C", bound=type)

_HAS_DEFAULT_FACTORY = object()
"""The default of a `default_factory` parameter: "not given, call the factory"."""


def dataclass(
    cls: _C | None = None,
    /,
    *,
    frozen: bool = False,
    slots: bool = False,
    kw_only: bool = False,
    eq: bool = True,
) -> Any:
    """`dataclasses.dataclass(cls, frozen=, slots=, kw_only=, eq=)` with lazily compiled
    `__init__`, `__repr__`, `__eq__` and `__hash__` (see the module docstring)."""

    def wrap(c: _C) -> _C:
        return _process(c, frozen=frozen, slots=slots, kw_only=kw_only, eq=eq)

    return wrap if cls is None else wrap(cls)


def _process(cls: _C, *, frozen: bool, slots: bool, kw_only: bool, eq: bool) -> _C:
    own = dict(cls.__dict__)
    if own.get("__doc__") is None:
        # (The standard decorator would work one out with `inspect.signature`, slowly.)
        cls.__doc__ = "-"
    if frozen and ("__setattr__" in own or "__delattr__" in own):
        raise TypeError(f"Cannot overwrite attribute __setattr__ in class {cls.__name__}")
    # The standard decorator collects the fields, checks their order, makes the slotted
    # class and `__match_args__`; with init, repr, eq and frozen off it compiles nothing.
    # (It refuses a non-frozen class under a frozen one: the frozen bases made here say
    # they are not frozen while it looks, after checking that the rule holds.)
    bases = [b.__dict__["__dataclass_params__"] for b in cls.__mro__[1:] if "__dataclass_params__" in b.__dict__]
    if any(p.frozen != frozen for p in bases):
        raise TypeError(f"{cls.__name__}: a dataclass and its dataclass bases must all be frozen or all not")
    for p in bases:
        p.frozen = False
    try:
        new: Any = _plain_fields_class(cls, slots=slots, kw_only=kw_only)
        if new is None:
            new = dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots, kw_only=kw_only)
    finally:
        for p in bases:
            p.frozen = frozen
    all_fields = new.__dataclass_fields__
    fields = dataclasses.fields(new)
    if len(fields) != len(all_fields):
        raise TypeError(f"{cls.__name__}: InitVar and ClassVar fields are not supported by nodeclass")
    params = new.__dataclass_params__
    params.init = params.repr = True
    params.eq = eq
    params.frozen = frozen
    if frozen:
        _freeze(new, tuple(f.name for f in fields), own, slots)
    # Whatever the class body defines itself stays (as with the standard decorator).
    if "__init__" not in own:
        _lazy(new, "__init__", lambda: _init_fn(new, fields, frozen, slots))
    if "__repr__" not in own:
        _lazy(new, "__repr__", lambda: _repr_fn(fields))
    if eq:
        if "__eq__" not in own:
            _lazy(new, "__eq__", lambda: _eq_fn(fields))
        # The standard table: eq and frozen give a field hash; eq alone makes instances
        # unhashable; an explicit `__hash__` in the body is kept.
        explicit = own.get("__hash__", dataclasses.MISSING)
        if explicit is dataclasses.MISSING or (explicit is None and "__eq__" in own):
            if frozen:
                _lazy(new, "__hash__", lambda: _hash_fn(fields))
            else:
                new.__hash__ = None
    if own.get("__doc__") is None:
        new.__doc__ = new.__name__ + "(" + ", ".join(f.name for f in fields if f.init) + ")"
    return new  # type: ignore[no-any-return]


_SPECIAL_ANNOTATIONS = ("ClassVar", "InitVar", "KW_ONLY")
"""Annotation texts `dataclasses` treats specially (looked up in the class's module)."""

_FAST_PATH = sys.version_info[:2] == (3, 11)
"""`_plain_fields_class` follows 3.11's `dataclasses` (its private helpers included)."""


def _plain_fields_class(cls: Any, *, slots: bool, kw_only: bool) -> Any:
    """What `dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=, kw_only=)`
    makes, for the common case (every annotation a string, none naming `ClassVar`,
    `InitVar` or `KW_ONLY`; None otherwise, and the standard decorator runs): its steps
    in 3.11's order, without resolving each annotation's text in the module's namespace
    (`dataclasses._is_type`, twice a field: half of the decorator's time, 20 ms of every
    command's start-up). (An alias of `ClassVar` under another name would go unnoticed:
    the IR modules have none.)"""
    own = cls.__dict__
    annotations = own.get("__annotations__", {})
    if not _FAST_PATH or not cls.__doc__ or not all(
        type(a) is str and not any(w in a for w in _SPECIAL_ANNOTATIONS) for a in annotations.values()
    ):
        return None
    fields: dict[str, dataclasses.Field[Any]] = {}
    cls.__dataclass_params__ = dataclasses._DataclassParams(False, False, False, False, False, False)  # type: ignore[attr-defined]
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own_fields = [_plain_field(cls, name, a, kw_only) for name, a in annotations.items()]
    for f in own_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), dataclasses.Field):
            if f.default is dataclasses.MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in own.items():
        if isinstance(value, dataclasses.Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    cls.__dataclass_fields__ = fields
    if "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in fields.values() if f.init and not f.kw_only)
    if slots:
        cls = dataclasses._add_slots(cls, False, False)  # type: ignore[attr-defined]
    abc.update_abstractmethods(cls)
    return cls


def _plain_field(cls: Any, name: str, annotation: str, kw_only: bool) -> dataclasses.Field[Any]:
    """`dataclasses._get_field` for an annotation that is neither a class variable nor an
    init-only variable."""
    default = getattr(cls, name, dataclasses.MISSING)
    if isinstance(default, dataclasses.Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = dataclasses.MISSING  # (a slot of a base class)
        f = dataclasses.field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
    if f.kw_only is dataclasses.MISSING:
        f.kw_only = kw_only
    if f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


def _freeze(cls: Any, names: tuple[str, ...], own: dict[str, object], slots: bool) -> None:
    """What `frozen=True` adds: assignment and deletion of fields raise
    `FrozenInstanceError`; with slots, pickling sets the fields through `object`."""

    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    cls.__setattr__ = __setattr__
    cls.__delattr__ = __delattr__
    if slots:
        if "__getstate__" not in own:
            cls.__getstate__ = _getstate
        if "__setstate__" not in own:
            cls.__setstate__ = _setstate


def _getstate(self: object) -> list[object]:
    return [getattr(self, f.name) for f in dataclasses.fields(self)]  # type: ignore[arg-type]


def _setstate(self: object, state: list[object]) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=False):  # type: ignore[arg-type]
        object.__setattr__(self, f.name, value)


def _lazy(cls: type, name: str, build: Callable[[], Callable[..., Any]]) -> None:
    """Put on `cls` a method `name` that builds the real one on its first call."""

    def stub(self: object, *args: object, **kwargs: object) -> object:
        real = cls.__dict__.get(name)
        if real is stub:
            real = build()
            real.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, real)
        return real(self, *args, **kwargs)  # type: ignore[misc]

    stub.__name__ = name
    stub.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, stub)


def _compile(name: str, params: list[str], body: list[str], env: dict[str, object]) -> Callable[..., Any]:
    src = f"def {name}({', '.join(params)}):\n" + "".join(f"  {line}\n" for line in body)
    ns: dict[str, Any] = {}
    exec(_code(src), dict(env), ns)
    fn: Callable[..., Any] = ns[name]
    return fn


# -- compiled sources kept across processes ------------------------------------------------------
#
# A command builds a few hundred of these methods, each compiled from its source (about
# 80 µs apiece: 30 ms of `ferric check hello.rs`). The sources depend on the classes alone,
# so their code objects are kept in the cache directory, marshalled as `.pyc` files keep
# theirs (keyed by the interpreter's version), and read back at the first method a process
# builds. New sources are added to the file when the process exits.

_CODES: dict[str, types.CodeType] | None = None
"""Source text → its compiled code (None: the file not read yet)."""
_NEW_CODES: dict[str, types.CodeType] = {}
"""Compiled by this process and not in the file."""
_MAX_CODES = 20_000
"""A file grown past this (sources of classes since changed) is started afresh."""


def _code(src: str) -> types.CodeType:
    global _CODES
    codes = _CODES
    if codes is None:
        codes = _CODES = _read_codes()
    code = codes.get(src)
    if code is None:
        code = codes[src] = compile(src, "<string>", "exec")
        if not _NEW_CODES:
            import atexit

            atexit.register(_write_codes)
        _NEW_CODES[src] = code
    return code


def _codes_path() -> str | None:
    from ferric.base.cache_dir import cache_dir, cache_enabled

    if not cache_enabled():
        return None
    return os.path.join(cache_dir(), f"nodeclass-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal")


def _read_codes() -> dict[str, types.CodeType]:
    """The file's sources and code (empty when there is none, or it cannot be read)."""
    path = _codes_path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            got = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(got, dict) or not all(type(k) is str and type(v) is types.CodeType for k, v in got.items()):
        return {}
    return got


def _write_codes() -> None:
    """Add this process's new sources to the file (written whole, then renamed into place:
    a reader sees the old file or the new one; a concurrent writer's additions may be lost,
    to be compiled and added again later)."""
    path = _codes_path()
    if path is None or not _NEW_CODES:
        return
    codes = _read_codes()
    if len(codes) > _MAX_CODES:
        codes = {}
    codes.update(_NEW_CODES)
    _NEW_CODES.clear()
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump(codes, f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _init_fn(cls: type, fields: tuple[dataclasses.Field[Any], ...], frozen: bool, slots: bool) -> Callable[..., Any]:
    env: dict[str, object] = {"__object": object, "__factory_marker": _HAS_DEFAULT_FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for f in fields:
        has_default = f.default is not dataclasses.MISSING
        has_factory = f.default_factory is not dataclasses.MISSING
        if has_default:
            env[f"__dflt_{f.name}"] = f.default
        if has_factory:
            env[f"__fact_{f.name}"] = f.default_factory
        if f.init:
            if has_factory:
                param = f"{f.name}=__factory_marker"
                value = f"__fact_{f.name}() if {f.name} is __factory_marker else {f.name}"
            elif has_default:
                param = f"{f.name}=__dflt_{f.name}"
                value = f.name
            else:
                param = f.name
                value = f.name
            (keyword if f.kw_only else positional).append(param)
        elif has_factory:
            value = f"__fact_{f.name}()"
        elif has_default and slots:
            value = f"__dflt_{f.name}"
        else:
            continue  # left unset (or to the class attribute), as dataclasses does
        if frozen:
            setter = _slot_setter(cls, f.name) if slots else None
            if setter is not None:
                env[f"__set_{f.name}"] = setter
                body.append(f"__set_{f.name}(self, {value})")
            else:
                body.append(f"__object.__setattr__(self, {f.name!r}, {value})")
        else:
            body.append(f"self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    params = ["self", *positional]
    if keyword:
        params += ["*", *keyword]
    return _compile("__init__", params, body or ["pass"], env)


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None] | None:
    """The `__set__` of the slot `name` that attribute lookup finds on `cls` (None when it
    finds something else): what `object.__setattr__(self, name, v)` ends up calling,
    without looking the attribute up on each call (half the time of a frozen `__init__`)."""
    for c in cls.__mro__:
        d = c.__dict__.get(name)
        if d is not None:
            if type(d) is types.MemberDescriptorType:
                return d.__set__
            return None
    return None


def _repr_fn(fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., Any]:
    parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)
    fn = _compile("__repr__", ["self"], [f'return self.__class__.__qualname__ + f"({parts})"'], {})
    return reprlib.recursive_repr()(fn)


def _tuple(prefix: str, names: list[str]) -> str:
    return "(" + "".join(f"{prefix}.{n}," for n in names) + ")"


def _eq_fn(fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., Any]:
    names = [f.name for f in fields if f.compare]
    body = [
        "if other.__class__ is self.__class__:",
        f"  return {_tuple('self', names)} == {_tuple('other', names)}",
        "return NotImplemented",
    ]
    return _compile("__eq__", ["self", "other"], body, {})


def _hash_fn(fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., Any]:
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
    return _compile("__hash__", ["self"], [f"return hash({_tuple('self', names)})"], {})
