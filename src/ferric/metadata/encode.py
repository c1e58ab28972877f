"""Values as marshal data: the encoding of HIR items, bodies and attributes in the cache.

`Encoder.encode(value)` turns a tree of frozen dataclasses, NamedTuples (`Span`), enum
members, tuples, lists, dicts, sets and primitives into nested tuples/lists of primitives
that `marshal` writes and reads at C speed; `Decoder.decode` rebuilds the objects.

The shapes (a tag is an index into the encoder's class table):

    int, str, float, bool, None, bytes   themselves
    tuple                                a list of the encoded elements; (tag, elements...)
                                         when every element is a primitive
    dataclass / NamedTuple instance      (tag, field, field, ...)
    enum member                          (tag,)
    list / dict / set / frozenset        (tag, [elements])  (dict: [k, v, k, v, ...])

A field annotated `Span` (spans are a third of all values) holds one int,
`lo | hi << 48 | ctxt << 96`, when the span fits; a field annotated as a primitive (`int`,
`str`, `bool`, an int NewType, or None of them) holds the value itself and is stored without
a look at it (a value that does not match its annotation is an `EncodeError`: the cache is
then not written). Encoders and decoders are generated per class from its field
annotations (`_field_kinds`), so each field costs straight-line code.

The class table travels with the data (`Encoder.table`: module, qualified name, kind, field
names and kinds), so a decoder resolves classes by import and checks that each class still
has the fields it was written with; any mismatch is `DecodeError` (the cache is then
rebuilt).

Invariant: values are trees. Sharing is not preserved (an object reached twice decodes as two
equal objects) and cycles are not supported: use it for frozen IR, never for graphs whose
identity matters. Dataclasses are rebuilt field by field, without running `__init__`.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import marshal
import sys
import types
import typing
from collections.abc import Callable
from typing import Final

from ferric.base.span import Span

Row = tuple[str, str, str, tuple[str, ...], str]
"""(kind, module, qualified name, field names or the enum member's name, field kinds)."""
Table = list[Row]

_DATACLASS: Final = "dc"
_NAMEDTUPLE: Final = "nt"
_ENUM: Final = "enum"
_LIST: Final = "list"
_DICT: Final = "dict"
_SET: Final = "set"
_FROZENSET: Final = "frozenset"
_PRIM_TUPLE: Final = "ptuple"

_PRIMITIVES: Final = frozenset({int, str, float, bool, type(None), bytes})
_MASK: Final = (1 << 48) - 1

_GENERIC: Final = "g"
_PRIM: Final = "p"
_SPAN: Final = "s"


class EncodeError(Exception):
    """A value the encoding cannot represent (the cache is not written)."""


class DecodeError(Exception):
    """The data does not match the classes of this ferric (the cache is stale or corrupt)."""


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields to write for `cls`: a dataclass's fields, a NamedTuple's; None otherwise."""
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls))
    nt_fields = getattr(cls, "_fields", None)
    if issubclass(cls, tuple) and isinstance(nt_fields, tuple):
        return tuple(str(f) for f in nt_fields)
    return None


def _field_kinds(cls: type, names: tuple[str, ...]) -> str:
    """One letter per field, from its annotation: `s` a span, `p` a primitive (int, str,
    bool, an int NewType, or None of them), `g` anything else. (`typing.get_type_hints`
    would say the same, evaluating every annotation of every class anew: the decoder
    checks the kinds of std's 170 classes at each start-up, and most annotation texts
    recur, so each (module, text) is evaluated once.)"""
    kinds: dict[str, str] = {}
    for c in reversed(cls.__mro__):
        own = inspect.get_annotations(c)
        if not own:
            continue
        module = sys.modules.get(c.__module__)
        for name, ann in own.items():
            kind = _annotation_kind(module, ann) if type(ann) is str else _kind_of(ann)
            if kind is None:  # an annotation that does not evaluate: every field generic
                return _GENERIC * len(names)
            kinds[name] = kind
    return "".join(kinds.get(n, _GENERIC) for n in names)


_ANNOTATION_KINDS: dict[tuple[str, str], str | None] = {}
"""`_field_kinds`: the kind of an annotation text in a module (None: it does not evaluate)."""


def _annotation_kind(module: types.ModuleType | None, text: str) -> str | None:
    key = ("" if module is None else module.__name__, text)
    got = _ANNOTATION_KINDS.get(key, _UNSEEN)
    if got is _UNSEEN:
        try:
            hint = eval(text, {} if module is None else module.__dict__)  # (as get_type_hints)
        except Exception:
            got = None
        else:
            got = _kind_of(type(None) if hint is None else hint)
        _ANNOTATION_KINDS[key] = got
    return got  # type: ignore[return-value]


def _kind_of(hint: object) -> str:
    args = (
        typing.get_args(hint)
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
        else (hint,)
    )
    if all(_is_prim(a) for a in args):
        return _PRIM
    if Span in args and all(a is Span or a is type(None) for a in args):
        return _SPAN
    return _GENERIC


def _is_prim(hint: object) -> bool:
    while hasattr(hint, "__supertype__"):  # NewType
        hint = hint.__supertype__
    return hint in (int, str, bool, float, type(None))


def pack_span(sp: Span) -> int | None:
    """The span as one int, or None when it does not fit."""
    lo, hi, ctxt = sp
    if 0 <= lo <= _MASK and 0 <= hi <= _MASK and ctxt >= 0:
        return lo | hi << 48 | ctxt << 96
    return None


# =================================================================================================
# Encoding
# =================================================================================================


class Encoder:
    """Encodes values, growing one class table shared by everything it encodes."""

    def __init__(self) -> None:
        self.table: Table = []
        self._tags: dict[object, int] = {}
        self._classes: dict[type, Callable[[object], object] | None] = {}

    def _tag(self, key: object, row: Row) -> int:
        tag = self._tags.get(key)
        if tag is None:
            tag = self._tags[key] = len(self.table)
            self.table.append(row)
        return tag

    def dumps(self, value: object) -> bytes:
        """`value` encoded and marshalled."""
        return marshal.dumps(self.encode(value))  # type: ignore[arg-type]  # encoded: marshal data

    def encode(self, value: object) -> object:
        tv = type(value)
        if tv in _PRIMITIVES:
            return value
        if tv is tuple:
            if value and all(type(v) in _PRIMITIVES for v in value):  # type: ignore[attr-defined]
                return (self._tag(tuple, (_PRIM_TUPLE, "", "", (), "")), *value)  # type: ignore[misc]
            enc = self.encode
            return [enc(v) for v in value]  # type: ignore[attr-defined]
        fn = self._classes.get(tv, _UNSEEN)
        if fn is _UNSEEN:
            fn = self._classes[tv] = self._class_encoder(tv)
        if fn is not None:
            return fn(value)  # type: ignore[operator]
        if isinstance(value, enum.Enum):
            row = (_ENUM, tv.__module__, tv.__qualname__, (value.name,), "")
            return (self._tag(value, row),)
        if tv is list:
            return (self._tag(list, (_LIST, "", "", (), "")), [self.encode(v) for v in value])  # type: ignore[attr-defined]
        if tv is dict:
            flat: list[object] = []
            for k, v in value.items():  # type: ignore[attr-defined]
                flat.append(self.encode(k))
                flat.append(self.encode(v))
            return (self._tag(dict, (_DICT, "", "", (), "")), flat)
        if tv is set or tv is frozenset:
            kind = _SET if tv is set else _FROZENSET
            items = [self.encode(v) for v in value]  # type: ignore[attr-defined]
            return (self._tag(tv, (kind, "", "", (), "")), items)
        raise EncodeError(f"cannot encode a value of type {tv.__module__}.{tv.__qualname__}")

    def _class_encoder(self, cls: type) -> Callable[[object], object] | None:
        """The generated encoder of a dataclass or NamedTuple class (None for others)."""
        if issubclass(cls, enum.Enum):
            return None
        names = _field_names(cls)
        if names is None:
            return None
        kinds = _field_kinds(cls, names)
        row_kind = _NAMEDTUPLE if issubclass(cls, tuple) else _DATACLASS
        tag = self._tag(cls, (row_kind, cls.__module__, cls.__qualname__, names, kinds))
        env: dict[str, object] = {
            "enc": self.encode,
            "P": _PRIMITIVES,
            "S": Span,
            "pk": _pack_or_encode(self),
            "bad": _annotation_lie(cls),
        }
        lines = ["def encode_obj(o):"]
        parts = [str(tag)]
        for i, (name, kind) in enumerate(zip(names, kinds, strict=True)):
            lines.append(f"    v{i} = o.{name}")
            if kind == _PRIM:
                parts.append(f"v{i} if type(v{i}) in P else bad({name!r}, v{i})")
            elif kind == _SPAN:
                parts.append(f"pk(v{i}) if type(v{i}) is S else enc(v{i})")
            else:
                parts.append(f"enc(v{i})")
        lines.append(f"    return ({', '.join(parts)},)")
        exec("\n".join(lines), env)
        fn = env["encode_obj"]
        assert callable(fn)
        return fn


_UNSEEN: Final = object()


def _annotation_lie(cls: type) -> Callable[[str, object], object]:
    def bad(name: str, value: object) -> object:
        raise EncodeError(
            f"{cls.__qualname__}.{name} is annotated as a primitive but holds a"
            f" {type(value).__qualname__}"
        )

    return bad


def _pack_or_encode(enc: Encoder) -> Callable[[Span], object]:
    def pack(sp: Span) -> object:
        packed = pack_span(sp)
        if packed is not None:
            return packed
        row = (_NAMEDTUPLE, Span.__module__, Span.__qualname__, ("lo", "hi", "ctxt"), "ppp")
        return (enc._tag(Span, row), *sp)

    return pack


# =================================================================================================
# Decoding
# =================================================================================================

Decode = Callable[[object], object]


class Decoder:
    """Decodes what an `Encoder` with class table `table` wrote. Each row's decoder is
    made the first time a value of that row is met."""

    def __init__(self, table: Table) -> None:
        self._rows = table
        self._fns: list[Callable[[tuple[object, ...]], object]] = [
            self._stub(i) for i in range(len(table))
        ]
        for row in table:  # resolve every class now: a stale table fails here, not later
            kind, module, qualname = row[0], row[1], row[2]
            if kind in (_DATACLASS, _NAMEDTUPLE, _ENUM):
                self._check(row, _resolve(module, qualname))

    def decode(self, x: object) -> object:
        tx = type(x)
        if tx is tuple:
            return self._fns[x[0]](x)  # type: ignore[index, arg-type]
        if tx is list:
            dec = self.decode
            return tuple([dec(v) for v in x])  # type: ignore[attr-defined]
        return x

    def _stub(self, i: int) -> Callable[[tuple[object, ...]], object]:
        def first_use(x: tuple[object, ...]) -> object:
            fn = self._fns[i] = self._row_decoder(self._rows[i])
            return fn(x)

        return first_use

    @staticmethod
    def _check(row: Row, cls: object) -> None:
        kind, module, qualname, names, kinds = row
        if kind == _ENUM:
            if not (isinstance(cls, type) and issubclass(cls, enum.Enum)) or len(names) != 1:
                raise DecodeError(f"`{module}.{qualname}` is not an enum")
            if names[0] not in cls.__members__:
                raise DecodeError(f"`{module}.{qualname}` has no member {names[0]}")
            return
        if not isinstance(cls, type) or _field_names(cls) != names:
            raise DecodeError(f"`{module}.{qualname}` changed shape")
        if _field_kinds(cls, names) != kinds:
            raise DecodeError(f"`{module}.{qualname}` changed field types")

    def _row_decoder(self, row: Row) -> Callable[[tuple[object, ...]], object]:
        kind, module, qualname, names, kinds = row
        dec = self.decode
        if kind == _PRIM_TUPLE:
            return lambda x: x[1:]
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
            member = cls[names[0]]  # type: ignore[index]
            return lambda x: member
        assert isinstance(cls, type)
        if kind == _NAMEDTUPLE:
            if cls is Span:
                new = tuple.__new__
                return lambda x: new(Span, x[1:])
            return lambda x: cls(*[dec(v) for v in x[1:]])
        if kind == _DATACLASS:
            return _dataclass_decoder(cls, names, kinds, dec)
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
    cls: type, names: tuple[str, ...], kinds: str, dec: Decode
) -> Callable[[tuple[object, ...]], object]:
    """A decoder made for `cls`: `object.__new__`, then each field stored through its slot
    (or `object.__setattr__` for a class without slots), values decoded only when they are
    not primitives. Generated as source so the per-field work is straight-line code."""
    env: dict[str, object] = {
        "new": object.__new__,
        "tnew": tuple.__new__,
        "S": Span,
        "C": cls,
        "dec": dec,
        "CT": (tuple, list),
        "M": _MASK,
    }
    lines = ["def decode_obj(x):", "    o = new(C)"]
    for i, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        env[f"s{i}"] = _slot_setter(cls, name)
        lines.append(f"    v = x[{i + 1}]")
        if kind == _SPAN:
            lines.append(
                f"    s{i}(o, tnew(S, (v & M, v >> 48 & M, v >> 96)) if type(v) is int else dec(v))"
            )
        elif kind == _PRIM:  # the encoder wrote the value itself
            lines[-1] = f"    s{i}(o, x[{i + 1}])"
        else:
            lines.append(f"    s{i}(o, dec(v) if type(v) in CT else v)")
    lines.append("    return o")
    exec("\n".join(lines), env)
    fn = env["decode_obj"]
    assert callable(fn)
    return fn


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    for klass in cls.__mro__:
        d = klass.__dict__.get(name)
        if d is not None and type(d).__name__ == "member_descriptor":
            return d.__set__  # type: ignore[no-any-return]
    return lambda o, v: object.__setattr__(o, name, v)
