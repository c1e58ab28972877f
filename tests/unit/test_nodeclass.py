"""`ferric.base.nodeclass.dataclass` makes the classes `dataclasses.dataclass` makes."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import field

import pytest

from ferric.base import nodeclass


def _families(dc):  # type: ignore[no-untyped-def]
    """The shapes the IR modules use, declared with decorator `dc`."""

    @dc(frozen=True, slots=True, kw_only=True)
    class Base:
        id: int = field(default=0, compare=False)
        span: tuple[int, int] = field(compare=False)

    @dc(frozen=True, slots=True, kw_only=True)
    class Leaf(Base):
        name: str
        kids: tuple[object, ...] = ()

    @dc(frozen=True, slots=True)
    class Pos:
        a: int
        b: str = "b"
        c: object = field(default=None, compare=False)

    @dc(slots=True)
    class Mutable:
        xs: list[int] = field(default_factory=list)
        n: int = 0

    @dc(slots=True, eq=False)
    class Identity:
        table: dict[str, int] = field(default_factory=dict)

    @dc(frozen=True, slots=True)
    class Post:
        a: int
        doubled: int = field(init=False, default=0)

        def __post_init__(self) -> None:
            object.__setattr__(self, "doubled", self.a * 2)

    return Base, Leaf, Pos, Mutable, Identity, Post


STD = _families(dataclasses.dataclass)
OURS = _families(nodeclass.dataclass)


def _both(make):  # type: ignore[no-untyped-def]
    return make(*STD), make(*OURS)


def test_construction_equality_hash_and_repr_match() -> None:
    def make(Base, Leaf, Pos, Mutable, Identity, Post):  # type: ignore[no-untyped-def]
        leaf = Leaf(name="x", span=(1, 2))
        return [
            repr(leaf),
            leaf == Leaf(name="x", span=(5, 6), id=9),
            hash(leaf) == hash(Leaf(name="x", span=(0, 0))),
            leaf == Leaf(name="y", span=(1, 2)),
            repr(Pos(1)),
            Pos(1, "q", c=3) == Pos(1, "q", c=4),
            hash(Pos(1, "q")) == hash((1, "q")),
            repr(Mutable()),
            Mutable([1]) == Mutable([1], 0),
            Mutable.__hash__ is None,
            Identity() == Identity(),
            repr(Post(3)),
            Post(3).doubled,
            Leaf.__match_args__,
            Pos.__match_args__,
            Post.__match_args__,
            [f.name for f in dataclasses.fields(Leaf)],
            dataclasses.replace(leaf, name="z").name,
            Leaf.__dataclass_params__.frozen,
            Leaf.__slots__,
        ]

    std, ours = _both(make)
    assert ours == std


def test_errors_match() -> None:
    for fam in (STD, OURS):
        _, Leaf, Pos, *_ = fam
        with pytest.raises(TypeError):
            Leaf("x", span=(0, 0))  # keyword-only
        with pytest.raises(TypeError):
            Pos()
        with pytest.raises(dataclasses.FrozenInstanceError):
            Pos(1).a = 2  # type: ignore[misc]
        with pytest.raises(TypeError):
            hash(fam[3]())  # Mutable: unhashable


def test_recursive_repr_and_pickle() -> None:
    def make(Base, Leaf, Pos, Mutable, Identity, Post):  # type: ignore[no-untyped-def]
        m = Mutable()
        m.xs.append(m)
        return repr(m)

    std, ours = _both(make)
    assert ours == std == "_families.<locals>.Mutable(xs=[...], n=0)"
    # (Local classes cannot be pickled; a module-level one can.)
    assert pickle.loads(pickle.dumps(_Top(1, (2,)))) == _Top(1, (2,))


def test_methods_are_compiled_once_then_plain() -> None:
    _, _, Pos, *_ = _families(nodeclass.dataclass)
    stub = Pos.__dict__["__init__"]
    Pos(1)
    assert Pos.__dict__["__init__"] is not stub
    assert Pos.__dict__["__init__"].__qualname__.endswith("Pos.__init__")


@nodeclass.dataclass(frozen=True, slots=True)
class _Top:
    a: int
    b: tuple[int, ...]
