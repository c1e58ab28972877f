"""Values as marshal data: the encoding of HIR items, bodies and attributes in the cache.

`Encoder.encode(value)` turns a tree of frozen dataclasses, NamedTuples (`Span`), enum
members, tuples, lists, dicts, sets and primitives into nested tuples/lists of primitives
that `marshal` writes and reads at C speed; `Decoder.decode` rebuilds the objects.

The shapes (a tag is an index into the encoder's class table):

    int, str, float, bool, None, bytes   themselves
    tuple                                a list of the encoded elements
    dataclass / NamedTuple instance      (tag, field, field, ...)
    enum member                          (tag,)
    list / dict / set / frozenset        (tag, [elements])  (dict: [k, v, k, v, ...])

The class table travels with the data (`Encoder.table`: module, qualified name, kind, field
names), so a decoder resolves classes by import and checks that each class still has the
fields it was written with; any mismatch is `DecodeError` (the cache is then rebuilt).

Invariant: values are trees. Sharing is not preserved (an object reached twice decodes as two
equal objects) and cycles are not supported: use it for frozen IR, never for graphs whose
identity matters. Dataclasses are rebuilt field by field, without running `__init__`.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
from collections.abc import Callable
from typing import Final

from ferric.base.span import Span

Table = list[tuple[str, str, str, tuple[str, ...]]]
"""One row per tag: (kind, module, qualified name, field names or the enum member's name)."""

_DATACLASS: Final = "dc"
_NAMEDTUPLE: Final = "nt"
_SPAN: Final = "span"
_ENUM: Final = "enum"
_LIST: Final = "list"
_DICT: Final = "dict"
_SET: Final = "set"
_FROZENSET: Final = "frozenset"

_PRIMITIVES: Final = frozenset({int, str, float, bool, type(None), bytes})


class EncodeError(Exception):
    """A value the encoding cannot represent (the cache is not written)."""


class DecodeError(Exception):
    """The data does not match the classes of this ferric (the cache is stale or corrupt)."""


class Encoder:
    """Encodes values, growing one class table shared by everything it encodes."""

    def __init__(self) -> None:
        self.table: Table = []
        self._tags: dict[object, int] = {}
        self._fields: dict[type, tuple[str, ...] | None] = {}

    def _tag(self, key: object, row: tuple[str, str, str, tuple[str, ...]]) -> int:
        tag = self._tags.get(key)
        if tag is None:
            tag = self._tags[key] = len(self.table)
            self.table.append(row)
        return tag

    def encode(self, value: object) -> object:
        tv = type(value)
        if tv in _PRIMITIVES:
            return value
        if tv is tuple:
            return [self.encode(v) for v in value]  # type: ignore[attr-defined]
        if tv is Span:
            return (self._tag(Span, (_SPAN, "", "", ())), *value)  # type: ignore[misc]
        if isinstance(value, enum.Enum):
            name = value.name
            return (self._tag(value, (_ENUM, tv.__module__, tv.__qualname__, (name,))),)
        if tv in self._fields:
            fields = self._fields[tv]
        else:
            fields = self._fields[tv] = _field_names(tv)
        if fields is not None:
            kind = _NAMEDTUPLE if issubclass(tv, tuple) else _DATACLASS
            tag = self._tag(tv, (kind, tv.__module__, tv.__qualname__, fields))
            return (tag, *[self.encode(getattr(value, f)) for f in fields])
        if tv is list:
            return (self._tag(list, (_LIST, "", "", ())), [self.encode(v) for v in value])  # type: ignore[attr-defined]
        if tv is dict:
            flat: list[object] = []
            for k, v in value.items():  # type: ignore[attr-defined]
                flat.append(self.encode(k))
                flat.append(self.encode(v))
            return (self._tag(dict, (_DICT, "", "", ())), flat)
        if tv is set or tv is frozenset:
            kind = _SET if tv is set else _FROZENSET
            items = [self.encode(v) for v in value]  # type: ignore[attr-defined]
            return (self._tag(tv, (kind, "", "", ())), items)
        raise EncodeError(f"cannot encode a value of type {tv.__module__}.{tv.__qualname__}")


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields to write for `cls`: a dataclass's fields, a NamedTuple's; None otherwise."""
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls))
    nt_fields = getattr(cls, "_fields", None)
    if issubclass(cls, tuple) and isinstance(nt_fields, tuple):
        return tuple(str(f) for f in nt_fields)
    return None


# =================================================================================================
# Decoding
# =================================================================================================

Decode = Callable[[object], object]


class Decoder:
    """Decodes what an `Encoder` with class table `table` wrote."""

    def __init__(self, table: Table) -> None:
        self._fns: list[Callable[[tuple[object, ...]], object]] = [
            self._row_decoder(row) for row in table
        ]

    def decode(self, x: object) -> object:
        tx = type(x)
        if tx is tuple:
            return self._fns[x[0]](x)  # type: ignore[index]
        if tx is list:
            dec = self.decode
            return tuple([dec(v) for v in x])  # type: ignore[attr-defined]
        return x

    def _row_decoder(
        self, row: tuple[str, str, str, tuple[str, ...]]
    ) -> Callable[[tuple[object, ...]], object]:
        kind, module, qualname, names = row
        dec = self.decode
        if kind == _SPAN:
            new = tuple.__new__
            return lambda x: new(Span, x[1:])
        if kind == _LIST:
            return lambda x: [dec(v) for v in x[1]]  # type: ignore[attr-defined]
        if kind == _SET:
            return lambda x: {dec(v) for v in x[1]}  # type: ignore[attr-defined]
        if kind == _FROZENSET:
            return lambda x: frozenset(dec(v) for v in x[1])  # type: ignore[attr-defined]
        if kind == _DICT:
            return _dict_decoder(dec)
        cls = _resolve(module, qualname)
        if kind == _ENUM:
            if not (isinstance(cls, type) and issubclass(cls, enum.Enum)) or len(names) != 1:
                raise DecodeError(f"`{module}.{qualname}` is not an enum")
            try:
                member = cls[names[0]]
            except KeyError:
                raise DecodeError(f"`{module}.{qualname}` has no member {names[0]}") from None
            return lambda x: member
        if not isinstance(cls, type) or _field_names(cls) != names:
            raise DecodeError(f"`{module}.{qualname}` changed shape")
        if kind == _NAMEDTUPLE:
            return lambda x: cls(*[dec(v) for v in x[1:]])
        if kind == _DATACLASS:
            return _dataclass_decoder(cls, names, dec)
        raise DecodeError(f"unknown row kind {kind!r}")


def _resolve(module: str, qualname: str) -> object:
    try:
        obj: object = importlib.import_module(module)
        for part in qualname.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        raise DecodeError(f"no class `{module}.{qualname}`") from None
    return obj


def _dict_decoder(dec: Decode) -> Callable[[tuple[object, ...]], object]:
    def decode_dict(x: tuple[object, ...]) -> object:
        flat = x[1]
        assert isinstance(flat, list)
        it = iter(flat)
        return {dec(k): dec(v) for k, v in zip(it, it, strict=True)}

    return decode_dict


def _dataclass_decoder(
    cls: type, names: tuple[str, ...], dec: Decode
) -> Callable[[tuple[object, ...]], object]:
    """A decoder made for `cls`: `object.__new__`, then each field stored through its slot
    (or `object.__setattr__` for a class without slots), values decoded only when they are
    not primitives. Generated as source so the per-field work is straight-line code."""
    env: dict[str, object] = {"new": object.__new__, "C": cls, "dec": dec, "CT": (tuple, list)}
    lines = ["def decode_obj(x):", "    o = new(C)"]
    for i, name in enumerate(names):
        setter = _slot_setter(cls, name)
        env[f"s{i}"] = setter
        lines.append(f"    v = x[{i + 1}]")
        lines.append(f"    s{i}(o, dec(v) if type(v) in CT else v)")
    lines.append("    return o")
    exec("\n".join(lines), env)  # noqa: S102 - generated from field names, not from data
    fn = env["decode_obj"]
    assert callable(fn)
    return fn  # type: ignore[no-any-return]


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    for klass in cls.__mro__:
        d = klass.__dict__.get(name)
        if d is not None and type(d).__name__ == "member_descriptor":
            return d.__set__  # type: ignore[no-any-return]
    return lambda o, v: object.__setattr__(o, name, v)
