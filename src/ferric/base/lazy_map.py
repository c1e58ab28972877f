"""A mapping whose first entries are decoded on demand.

`LazySource(keys, load)`: entries known by key up front whose values are made by
`load(index)` the first time they are asked for, then kept (an extern crate's HIR items read
from the metadata cache). One source is shared by every session of the process.

`LazyMap(source)`: a mutable mapping that holds the source's entries first, in the source's
order, then the entries a session adds (the local crate's items). It behaves as a dict for
`get`, `[]`, `in`, iteration (keys only: decodes nothing), `len`, `copy`; `items()` and
`values()` decode every entry of the source (correct, but slow: hot paths iterate keys).

Invariant: a session never adds a key the source has (DefIds are never reused), and decoded
values are immutable, so sharing them between sessions is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

_MISSING: object = object()


class LazySource(Generic[K, V]):
    """Entries decoded on first use, shared by every `LazyMap` made over them."""

    __slots__ = ("_index", "_keys", "_load", "_values")
    _index: dict[K, int]
    """Key -> its position, made at the first lookup (`__getattr__`): a process reads
    std's metadata with a dozen sources, some of which a check never asks."""

    def __init__(self, keys: list[K], load: Callable[[int], V]) -> None:
        self._keys = keys
        self._load = load
        self._values: list[object] = [_MISSING] * len(keys)

    def __getattr__(self, name: str) -> object:
        # (Only for a slot not set yet: `_index` before the first lookup.)
        if name != "_index":
            raise AttributeError(name)
        keys = self._keys
        index = self._index = dict(zip(keys, range(len(keys)), strict=True))
        return index

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[K]:
        return iter(self._index)

    def get(self, key: K, default: V | None = None) -> V | None:
        i = self._index.get(key)
        if i is None:
            return default
        v = self._values[i]
        if v is _MISSING:
            v = self._values[i] = self._load(i)
        return v  # type: ignore[return-value]

    @property
    def decoded(self) -> int:
        """How many entries have been decoded so far (for tests and benchmarks)."""
        return sum(1 for v in self._values if v is not _MISSING)


class LazyMap(MutableMapping[K, V]):
    """A `LazySource`'s entries, then this map's own (see the module docstring)."""

    __slots__ = ("_own", "_src")

    def __init__(self, source: LazySource[K, V], own: dict[K, V] | None = None) -> None:
        self._src = source
        self._own: dict[K, V] = own if own is not None else {}

    def get(self, key: K, default: V | None = None) -> V | None:  # type: ignore[override]
        v = self._own.get(key, _MISSING)
        if v is not _MISSING:
            return v  # type: ignore[return-value]
        # (`LazySource.get` inlined: the type context's queries come through here.)
        src = self._src
        i = src._index.get(key)
        if i is None:
            return default
        v = src._values[i]
        if v is _MISSING:
            v = src._values[i] = src._load(i)
        return v  # type: ignore[return-value]

    def __getitem__(self, key: K) -> V:
        v = self._own.get(key, _MISSING)
        if v is not _MISSING:
            return v  # type: ignore[return-value]
        got = self._src.get(key, _MISSING)  # type: ignore[arg-type]
        if got is _MISSING:
            raise KeyError(key)
        return got  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        return key in self._own or key in self._src

    def __setitem__(self, key: K, value: V) -> None:
        self._own[key] = value

    def __delitem__(self, key: K) -> None:
        del self._own[key]  # the source's entries are never removed

    def __iter__(self) -> Iterator[K]:
        yield from self._src
        yield from self._own

    def __len__(self) -> int:
        return len(self._src) + len(self._own)

    def copy(self) -> LazyMap[K, V]:
        """Another map over the same source, with a copy of this one's own entries."""
        return LazyMap(self._src, dict(self._own))

    @property
    def source(self) -> LazySource[K, V]:
        return self._src

    def own_keys(self) -> list[K]:
        """The keys this map added to its source's, in order."""
        return list(self._own)
