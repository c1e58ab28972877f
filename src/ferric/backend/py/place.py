"""Places (rustc's `Place`): where a value lives, and the Python that reads, writes and
borrows it. A place is built from the expression that names it (a local, a field, an
element, a dereference) and never evaluates anything twice: the parts are Python names or
side-effect-free expressions by the time a place exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from ferric.backend.py.layout import by_value
from ferric.ty import ty as t


@dataclass(slots=True)
class Place:
    ty: t.Ty

    def obj(self) -> str:
        """The by-identity object this place holds (its identity is the place)."""
        return self.read()

    def read(self) -> str:  # the value (no copy)
        raise NotImplementedError

    def write(self, value: str) -> str:  # a statement
        raise NotImplementedError

    def ptr(self) -> str:
        """A pointer object (`get`/`set`) to this by-value place."""
        raise NotImplementedError

    def ref(self) -> str:
        """`&place`: by-value types are read; by-identity types are the object."""
        return self.read()

    def ref_mut(self) -> str:
        return self.read() if not by_value(self.ty) else self.ptr()


@dataclass(slots=True)
class LocalPlace(Place):
    name: str
    celled: bool

    def read(self) -> str:
        return f"{self.name}.v" if self.celled else self.name

    def write(self, value: str) -> str:
        return f"{self.name}.v = {value}" if self.celled else f"{self.name} = {value}"

    def ptr(self) -> str:
        if self.celled:
            return self.name
        # A by-value local borrowed mutably without a cell: the code generator cells every
        # such local; reaching here is a temporary (fresh cell, writes are not seen).
        return f"Cell({self.name})"


@dataclass(slots=True)
class ValuePlace(Place):
    """A temporary: the value of an expression already evaluated into `expr` (a name or a
    constant)."""

    expr: str

    def read(self) -> str:
        return self.expr

    def write(self, value: str) -> str:
        return f"{self.expr} = {value}"

    def ptr(self) -> str:
        return f"Cell({self.expr})"


@dataclass(slots=True)
class AttrPlace(Place):
    base: str
    """The object (a name or a side-effect-free expression)."""
    attr: str

    def read(self) -> str:
        return f"{self.base}.{self.attr}"

    def write(self, value: str) -> str:
        return f"{self.base}.{self.attr} = {value}"

    def ptr(self) -> str:
        return f"AttrPtr({self.base}, {self.attr!r})"


@dataclass(slots=True)
class ItemPlace(Place):
    base: str
    """A list (or bytearray)."""
    index: str

    def read(self) -> str:
        return f"{self.base}[{self.index}]"

    def write(self, value: str) -> str:
        return f"{self.base}[{self.index}] = {value}"

    def ptr(self) -> str:
        return f"ItemPtr({self.base}, {self.index})"


@dataclass(slots=True)
class ReadItemPlace(ItemPlace):
    """An element whose value was read already (into the name `value`), which is how its
    bounds were checked (`try`, `IndexError`); writes and pointers still reach the list."""

    value: str

    def read(self) -> str:
        return self.value


@dataclass(slots=True)
class DerefPlace(Place):
    """`*p`. `p` is the pointer's Python value: for a by-identity pointee the object itself;
    for a by-value pointee the value (`shared`: a `&T`, which is the value) or a pointer
    object (`&mut T`, raw pointers, `Box<T>`'s cell)."""

    p: str
    shared: bool

    def read(self) -> str:
        if not by_value(self.ty) or self.shared:
            return self.p
        return f"{self.p}.get()"

    def write(self, value: str) -> str:
        if not by_value(self.ty):
            return f"overwrite({self.p}, {value})"
        return f"{self.p}.set({value})"

    def ptr(self) -> str:
        if self.shared:
            return f"Cell({self.p})"
        return self.p


@dataclass(slots=True)
class GlobalPlace(Place):
    """A static: by-value statics live in a one-element list (so `&mut` can point into it),
    others are their object."""

    name: str

    def read(self) -> str:
        return f"{self.name}[0]" if by_value(self.ty) else self.name

    def write(self, value: str) -> str:
        return f"{self.name}[0] = {value}" if by_value(self.ty) else f"overwrite({self.name}, {value})"

    def ptr(self) -> str:
        return f"ItemPtr({self.name}, 0)"
