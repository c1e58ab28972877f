"""Semantic types (rustc_middle::ty): interned, immutable, compared by identity.

Every type is built through its class constructor, which interns it: two structurally
equal types are the same object, so `a is b` is type equality and types are cheap dict
keys. Kinds:

    Bool, Char, Str, Never                     (singletons BOOL, CHAR, STR, NEVER)
    Int(name) Uint(name) Float(name)           (singletons I32, U8, F64, ...)
    Adt(def_id, args)                          structs, enums, unions
    Foreign(def_id)
    Array(elem, len: Const)   Slice(elem)   Tuple(elems)   (UNIT = Tuple(()))
    RawPtr(ty, mutbl)   Ref(region, ty, mutbl)
    FnDef(def_id, args)       the zero-sized type of a function item
    FnPtr(sig)                `fn(A) -> B`
    Dynamic(preds, region)    `dyn Trait + Send + 'a`
    Closure(def_id, args)     args = parent args + [kind_ty, sig_as_fnptr, upvars_tuple]
    Alias(kind, def_id, args) projections `<T as Tr>::Item`, opaque `impl Trait`
    Param(index, name)        a generic parameter of the item being checked
    Infer(var)                type / integer / float inference variables
    Error                     (ERROR) a type already reported as wrong

Regions (`Region`) and constants (`Const`) are interned the same way. `GenericArg` is
`Ty | Region | Const`; `GenericArgs` is a tuple of them.

Printing (`str(ty)`) follows rustc's `Display` for types in diagnostics: `Vec<i32>`,
`&'a mut str`, `[u8; 4]`, `(i32, f64)`, `fn(i32) -> i32`, `{integer}`, `{float}`, `_`,
`dyn Fn(&str) -> bool + Send`, `impl Iterator<Item = u32>`. Paths of ADTs and traits use
the names in `NAMES` (set by the type context: def path printing needs the DefTable).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from ferric.resolve.defs import DefId
from ferric.syntax.ast import Mutability

# =================================================================================================
# Interning
# =================================================================================================


class _Interned:
    """Base of interned values: `__new__` looks the key up in the class's table."""

    __slots__ = ("__weakref__", "_key", "flags")
    _table: ClassVar[dict[tuple[Any, ...], Any]]
    _key: tuple[Any, ...]
    flags: int

    def __init_subclass__(cls, **kw: object) -> None:
        super().__init_subclass__(**kw)
        cls._table = {}

    def __reduce__(self) -> tuple[Callable[..., object], tuple[object, ...]]:
        return (type(self), self._key)

    def __copy__(self) -> _Interned:
        return self

    def __deepcopy__(self, memo: object) -> _Interned:
        return self

    # Equal only to itself (object's `==`); hashed by identity in C: interned values key
    # most of the type checker's tables, so `__hash__` must not be a Python call.
    __hash__ = object.__hash__


# Flags summarising what a type contains (so folders can skip untouched subtrees).
HAS_TY_INFER = 1
HAS_INT_INFER = 2
HAS_FLOAT_INFER = 4
HAS_PARAM = 8
HAS_RE_INFER = 16
HAS_RE_PARAM = 32
HAS_ERROR = 64
HAS_PROJECTION = 128
HAS_OPAQUE = 256
HAS_RE_BOUND = 512
HAS_CT_INFER = 1024
HAS_CT_PARAM = 2048
HAS_FREE_REGIONS = 4096
HAS_RE_ERASED = 8192
HAS_INFER = HAS_TY_INFER | HAS_INT_INFER | HAS_FLOAT_INFER | HAS_RE_INFER | HAS_CT_INFER
HAS_TY_OR_CT_INFER = HAS_TY_INFER | HAS_INT_INFER | HAS_FLOAT_INFER | HAS_CT_INFER
HAS_PARAMS = HAS_PARAM | HAS_RE_PARAM | HAS_CT_PARAM
HAS_ALIAS = HAS_PROJECTION | HAS_OPAQUE


def _flags_of(args: tuple[object, ...]) -> int:
    f = 0
    for a in args:
        if isinstance(a, _Interned):
            f |= a.flags
        elif isinstance(a, tuple):
            f |= _flags_of(a)
    return f


_T = TypeVar("_T", bound=_Interned)


Interned = _Interned
"""The base of interned values (for encoders: `intern_key(type(v), v._key, v.flags)` is `v`)."""


def _simple(cls: type[_T], key: tuple[Any, ...], flags: int = 0) -> _T:
    """The interned instance of `cls` for `key` (made on first use)."""
    t = cls._table.get(key)
    if t is None:
        t = object.__new__(cls)
        t._key = key
        t.flags = flags
        cls._table[key] = t
    return t


# =================================================================================================
# Regions
# =================================================================================================


class Region(_Interned):
    __slots__ = ()

    @property
    def is_static(self) -> bool:
        return self is RE_STATIC


class ReStatic(Region):
    __slots__ = ()

    def __new__(cls) -> ReStatic:
        return _simple(cls, (), HAS_FREE_REGIONS)

    def __str__(self) -> str:
        return "'static"


class ReEarlyParam(Region):
    """A lifetime parameter of an item (`'a` in `struct S<'a>`, `fn f<'a>` when early-bound)."""

    __slots__ = ()

    def __new__(cls, index: int, name: str) -> ReEarlyParam:
        return _simple(cls, (index, name), HAS_RE_PARAM | HAS_FREE_REGIONS)

    @property
    def index(self) -> int:
        return self._key[0]

    @property
    def name(self) -> str:
        return self._key[1]

    def __str__(self) -> str:
        return self.name


class ReBound(Region):
    """A region bound by a binder (`for<'a>`, late-bound fn lifetimes): `var` within the
    binder `debruijn` levels out."""

    __slots__ = ()

    def __new__(cls, debruijn: int, var: int, name: str = "'_") -> ReBound:
        return _simple(cls, (debruijn, var, name), HAS_RE_BOUND)

    @property
    def debruijn(self) -> int:
        return self._key[0]

    @property
    def var(self) -> int:
        return self._key[1]

    @property
    def name(self) -> str:
        return self._key[2]

    def __str__(self) -> str:
        return self.name


class ReLateParam(Region):
    """A late-bound lifetime of the function being checked, liberated from its binder."""

    __slots__ = ()

    def __new__(cls, scope: DefId, var: int, name: str = "'_") -> ReLateParam:
        return _simple(cls, (scope, var, name), HAS_RE_PARAM | HAS_FREE_REGIONS)

    @property
    def name(self) -> str:
        return self._key[2]

    def __str__(self) -> str:
        return self.name


class ReVar(Region):
    """A region inference variable (region checking happens in borrowck)."""

    __slots__ = ()

    def __new__(cls, vid: int) -> ReVar:
        return _simple(cls, (vid,), HAS_RE_INFER | HAS_FREE_REGIONS)

    @property
    def vid(self) -> int:
        return self._key[0]

    def __str__(self) -> str:
        return "'_"


class ReErased(Region):
    """A region no longer tracked (after type checking; inside bodies in diagnostics)."""

    __slots__ = ()

    def __new__(cls) -> ReErased:
        return _simple(cls, (), HAS_RE_ERASED)

    def __str__(self) -> str:
        return "'_"


class ReError(Region):
    __slots__ = ()

    def __new__(cls) -> ReError:
        return _simple(cls, (), HAS_ERROR)

    def __str__(self) -> str:
        return "'{region error}"


RE_STATIC = ReStatic()
RE_ERASED = ReErased()
RE_ERROR = ReError()


# =================================================================================================
# Constants (array lengths, const generic arguments)
# =================================================================================================


class Const(_Interned):
    __slots__ = ()


class ConstValue(Const):
    """An evaluated constant: an int (`usize` lengths, integer const params), bool or char."""

    __slots__ = ()

    def __new__(cls, value: int | bool | str, ty: Ty) -> ConstValue:
        return _simple(cls, (type(value).__name__, value, ty), ty.flags)

    @property
    def value(self) -> int | bool | str:
        return self._key[1]

    @property
    def ty(self) -> Ty:
        return self._key[2]

    def __str__(self) -> str:
        v = self.value
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return repr(v)
        return str(v)


class ConstParam(Const):
    __slots__ = ()

    def __new__(cls, index: int, name: str) -> ConstParam:
        return _simple(cls, (index, name), HAS_CT_PARAM)

    @property
    def index(self) -> int:
        return self._key[0]

    @property
    def name(self) -> str:
        return self._key[1]

    def __str__(self) -> str:
        return self.name


class ConstInfer(Const):
    __slots__ = ()

    def __new__(cls, vid: int) -> ConstInfer:
        return _simple(cls, (vid,), HAS_CT_INFER)

    @property
    def vid(self) -> int:
        return self._key[0]

    def __str__(self) -> str:
        return "_"


class ConstUnevaluated(Const):
    """A constant expression not evaluated yet (`{ N + 1 }` with generic `N`)."""

    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs) -> ConstUnevaluated:
        return _simple(cls, (def_id, args), _flags_of(args) | HAS_PROJECTION)

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]

    def __str__(self) -> str:
        return "{const expr}"


class ConstError(Const):
    __slots__ = ()

    def __new__(cls) -> ConstError:
        return _simple(cls, (), HAS_ERROR)

    def __str__(self) -> str:
        return "{const error}"


CONST_ERROR = ConstError()


# =================================================================================================
# Types
# =================================================================================================


class Ty(_Interned):
    __slots__ = ()

    # -- classification ---------------------------------------------------------------------------

    @property
    def is_unit(self) -> bool:
        return self is UNIT

    @property
    def is_never(self) -> bool:
        return self is NEVER

    @property
    def is_integral(self) -> bool:
        return isinstance(self, Int | Uint) or (isinstance(self, Infer) and self.kind is InferKind.INT)

    @property
    def is_floating_point(self) -> bool:
        return isinstance(self, Float) or (isinstance(self, Infer) and self.kind is InferKind.FLOAT)

    @property
    def is_numeric(self) -> bool:
        return self.is_integral or self.is_floating_point

    @property
    def is_scalar(self) -> bool:
        return isinstance(self, Bool | Char | Int | Uint | Float | RawPtr | FnPtr | FnDef) or (
            isinstance(self, Infer) and self.kind is not InferKind.TY
        )

    @property
    def is_primitive(self) -> bool:
        return isinstance(self, Bool | Char | Int | Uint | Float | Str)

    @property
    def is_ty_var(self) -> bool:
        return isinstance(self, Infer) and self.kind is InferKind.TY

    @property
    def is_ty_infer(self) -> bool:
        return isinstance(self, Infer)

    @property
    def references_error(self) -> bool:
        return bool(self.flags & HAS_ERROR)

    @property
    def has_infer(self) -> bool:
        return bool(self.flags & HAS_TY_OR_CT_INFER)

    @property
    def has_params(self) -> bool:
        return bool(self.flags & HAS_PARAMS)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self}>"

    def __str__(self) -> str:
        from ferric.ty.print import ty_to_string

        return ty_to_string(self)


class Bool(Ty):
    __slots__ = ()

    def __new__(cls) -> Bool:
        return _simple(cls, ())


class Char(Ty):
    __slots__ = ()

    def __new__(cls) -> Char:
        return _simple(cls, ())


class Str(Ty):
    __slots__ = ()

    def __new__(cls) -> Str:
        return _simple(cls, ())


class Never(Ty):
    __slots__ = ()

    def __new__(cls) -> Never:
        return _simple(cls, ())


class Int(Ty):
    """Signed integers: i8 i16 i32 i64 i128 isize."""

    __slots__ = ()

    def __new__(cls, name: str) -> Int:
        return _simple(cls, (name,))

    @property
    def name(self) -> str:
        return self._key[0]

    @property
    def bits(self) -> int:
        return 64 if self.name == "isize" else int(self.name[1:])


class Uint(Ty):
    """Unsigned integers: u8 u16 u32 u64 u128 usize."""

    __slots__ = ()

    def __new__(cls, name: str) -> Uint:
        return _simple(cls, (name,))

    @property
    def name(self) -> str:
        return self._key[0]

    @property
    def bits(self) -> int:
        return 64 if self.name == "usize" else int(self.name[1:])


class Float(Ty):
    """f16 f32 f64 f128."""

    __slots__ = ()

    def __new__(cls, name: str) -> Float:
        return _simple(cls, (name,))

    @property
    def name(self) -> str:
        return self._key[0]

    @property
    def bits(self) -> int:
        return int(self.name[1:])


class Adt(Ty):
    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs) -> Adt:
        key = (def_id, args)
        got: Adt | None = cls._table.get(key)
        if got is not None:
            return got
        return _simple(cls, key, _flags_of(args))

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]


class Foreign(Ty):
    __slots__ = ()

    def __new__(cls, def_id: DefId) -> Foreign:
        return _simple(cls, (def_id,))

    @property
    def def_id(self) -> DefId:
        return self._key[0]


class Array(Ty):
    __slots__ = ()

    def __new__(cls, elem: Ty, length: Const) -> Array:
        return _simple(cls, (elem, length), elem.flags | length.flags)

    @property
    def elem(self) -> Ty:
        return self._key[0]

    @property
    def len(self) -> Const:
        return self._key[1]


class Slice(Ty):
    __slots__ = ()

    def __new__(cls, elem: Ty) -> Slice:
        return _simple(cls, (elem,), elem.flags)

    @property
    def elem(self) -> Ty:
        return self._key[0]


class Tuple(Ty):
    __slots__ = ()

    def __new__(cls, elems: tuple[Ty, ...]) -> Tuple:
        return _simple(cls, (elems,), _flags_of(elems))

    @property
    def elems(self) -> tuple[Ty, ...]:
        return self._key[0]


class RawPtr(Ty):
    __slots__ = ()

    def __new__(cls, ty: Ty, mutbl: Mutability) -> RawPtr:
        return _simple(cls, (ty, mutbl), ty.flags)

    @property
    def pointee(self) -> Ty:
        return self._key[0]

    @property
    def mutbl(self) -> Mutability:
        return self._key[1]


class Ref(Ty):
    __slots__ = ()

    def __new__(cls, region: Region, ty: Ty, mutbl: Mutability) -> Ref:
        return _simple(cls, (region, ty, mutbl), region.flags | ty.flags)

    @property
    def region(self) -> Region:
        return self._key[0]

    @property
    def pointee(self) -> Ty:
        return self._key[1]

    @property
    def mutbl(self) -> Mutability:
        return self._key[2]


class FnDef(Ty):
    """The unique, zero-sized type of a function item (or constructor) `def_id` with `args`."""

    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs) -> FnDef:
        return _simple(cls, (def_id, args), _flags_of(args))

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]


class FnSig(_Interned):
    """A function signature (under a binder for its late-bound regions: `bound_vars`)."""

    __slots__ = ()

    def __new__(
        cls,
        inputs: tuple[Ty, ...],
        output: Ty,
        c_variadic: bool = False,
        safety: str = "safe",
        abi: str = "Rust",
        bound_vars: tuple[str, ...] = (),
    ) -> FnSig:
        return _simple(cls, (inputs, output, c_variadic, safety, abi, bound_vars), _flags_of(inputs) | output.flags)

    @property
    def inputs(self) -> tuple[Ty, ...]:
        return self._key[0]

    @property
    def output(self) -> Ty:
        return self._key[1]

    @property
    def c_variadic(self) -> bool:
        return self._key[2]

    @property
    def safety(self) -> str:
        return self._key[3]

    @property
    def abi(self) -> str:
        return self._key[4]

    @property
    def bound_vars(self) -> tuple[str, ...]:
        return self._key[5]

    def replace(self, inputs: tuple[Ty, ...] | None = None, output: Ty | None = None, bound_vars: tuple[str, ...] | None = None, safety: str | None = None) -> FnSig:
        return FnSig(
            self.inputs if inputs is None else inputs,
            self.output if output is None else output,
            self.c_variadic,
            self.safety if safety is None else safety,
            self.abi,
            self.bound_vars if bound_vars is None else bound_vars,
        )


class FnPtr(Ty):
    __slots__ = ()

    def __new__(cls, sig: FnSig) -> FnPtr:
        return _simple(cls, (sig,), sig.flags)

    @property
    def sig(self) -> FnSig:
        return self._key[0]


class ExistentialTraitRef(_Interned):
    """`Trait<Args>` without the Self type (inside `dyn`)."""

    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs) -> ExistentialTraitRef:
        return _simple(cls, (def_id, args), _flags_of(args))

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]


class ExistentialProjection(_Interned):
    """`Item = T` inside `dyn Iterator<Item = T>` (the associated type `def_id`)."""

    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs, term: Ty) -> ExistentialProjection:
        return _simple(cls, (def_id, args, term), _flags_of(args) | term.flags)

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]

    @property
    def term(self) -> Ty:
        return self._key[2]


class Dynamic(Ty):
    """`dyn Principal<..> + AutoTrait.. + 'r` with projection bounds."""

    __slots__ = ()

    def __new__(
        cls,
        principal: ExistentialTraitRef | None,
        projections: tuple[ExistentialProjection, ...],
        auto_traits: tuple[DefId, ...],
        region: Region,
    ) -> Dynamic:
        key = (principal, projections, tuple(sorted(auto_traits)), region)
        f = (principal.flags if principal else 0) | _flags_of(projections) | region.flags
        return _simple(cls, key, f)

    @property
    def principal(self) -> ExistentialTraitRef | None:
        return self._key[0]

    @property
    def projections(self) -> tuple[ExistentialProjection, ...]:
        return self._key[1]

    @property
    def auto_traits(self) -> tuple[DefId, ...]:
        return self._key[2]

    @property
    def region(self) -> Region:
        return self._key[3]


class Closure(Ty):
    """A closure's unique type. `args` = the enclosing item's generic args, then three
    synthetic ones: the closure kind (`I8`=Fn, `I16`=FnMut, `I32`=FnOnce, or an inference
    variable until decided), the signature as an `FnPtr`, and the tuple of captured
    variables' types."""

    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs) -> Closure:
        return _simple(cls, (def_id, args), _flags_of(args))

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]

    @property
    def parent_args(self) -> GenericArgs:
        return self.args[:-3]

    @property
    def kind_ty(self) -> Ty:
        return self.args[-3]  # type: ignore[return-value]

    @property
    def sig_ty(self) -> FnPtr:
        return self.args[-2]  # type: ignore[return-value]

    @property
    def upvars_ty(self) -> Ty:
        return self.args[-1]  # type: ignore[return-value]


class Coroutine(Ty):
    """The unique type of an `async` block or of an `async fn`'s body (the future it
    returns). `args` = the enclosing item's generic args (for an `async fn`, its own), then
    two synthetic ones: the type the future completes with (its `Future::Output`) and the
    tuple of captured variables' types (an `async fn` captures its parameters). It
    implements `Future`; auto traits look at the captures."""

    __slots__ = ()

    def __new__(cls, def_id: DefId, args: GenericArgs) -> Coroutine:
        return _simple(cls, (def_id, args), _flags_of(args))

    @property
    def def_id(self) -> DefId:
        return self._key[0]

    @property
    def args(self) -> GenericArgs:
        return self._key[1]

    @property
    def parent_args(self) -> GenericArgs:
        return self.args[:-2]

    @property
    def return_ty(self) -> Ty:
        return self.args[-2]  # type: ignore[return-value]

    @property
    def upvars_ty(self) -> Ty:
        return self.args[-1]  # type: ignore[return-value]


class AliasKind(enum.Enum):
    PROJECTION = "projection"
    """`<T as Trait>::Assoc` (args: the trait's args, Self first, then the item's own)."""
    INHERENT = "inherent"
    OPAQUE = "opaque"
    """`impl Trait` in return position (args: the defining item's args)."""
    WEAK = "weak"
    """A type alias not yet expanded (only in diagnostics)."""

    __hash__ = object.__hash__  # singletons: identity hashing, in C (a hot dict key)


class Alias(Ty):
    __slots__ = ()

    def __new__(cls, kind: AliasKind, def_id: DefId, args: GenericArgs) -> Alias:
        extra = HAS_PROJECTION if kind is not AliasKind.OPAQUE else HAS_OPAQUE
        return _simple(cls, (kind, def_id, args), _flags_of(args) | extra)

    @property
    def kind(self) -> AliasKind:
        return self._key[0]

    @property
    def def_id(self) -> DefId:
        return self._key[1]

    @property
    def args(self) -> GenericArgs:
        return self._key[2]


class Param(Ty):
    """Generic type parameter number `index` of the item being checked (`Self` is 0 in
    traits)."""

    __slots__ = ()

    def __new__(cls, index: int, name: str) -> Param:
        return _simple(cls, (index, name), HAS_PARAM)

    @property
    def index(self) -> int:
        return self._key[0]

    @property
    def name(self) -> str:
        return self._key[1]


class InferKind(enum.Enum):
    TY = "ty"
    INT = "int"
    FLOAT = "float"
    FRESH = "fresh"
    """Fresh placeholders used when comparing types for caching (never unified)."""

    # Members are singletons: identity hashing (in C) is consistent with `==`, and much
    # cheaper than `Enum.__hash__` for a key of every variable's interning table.
    __hash__ = object.__hash__


class Infer(Ty):
    __slots__ = ()

    def __new__(cls, kind: InferKind, vid: int) -> Infer:
        key = (kind, vid)
        got: Infer | None = cls._table.get(key)
        if got is not None:
            return got
        return _simple(cls, key, _INFER_FLAGS[kind])

    @property
    def kind(self) -> InferKind:
        return self._key[0]

    @property
    def vid(self) -> int:
        return self._key[1]


_INFER_FLAGS: dict[InferKind, int] = {
    InferKind.TY: HAS_TY_INFER,
    InferKind.INT: HAS_INT_INFER,
    InferKind.FLOAT: HAS_FLOAT_INFER,
    InferKind.FRESH: 0,
}


class Error(Ty):
    __slots__ = ()

    def __new__(cls) -> Error:
        return _simple(cls, (), HAS_ERROR)


GenericArg = Ty | Region | Const
GenericArgs = tuple[GenericArg, ...]

# -- well-known types -----------------------------------------------------------------------------

BOOL = Bool()
CHAR = Char()
STR = Str()
NEVER = Never()
UNIT = Tuple(())
ERROR = Error()
I8, I16, I32, I64, I128, ISIZE = (Int(n) for n in ("i8", "i16", "i32", "i64", "i128", "isize"))
U8, U16, U32, U64, U128, USIZE = (Uint(n) for n in ("u8", "u16", "u32", "u64", "u128", "usize"))
F16, F32, F64, F128 = (Float(n) for n in ("f16", "f32", "f64", "f128"))

PRIMITIVES: dict[str, Ty] = {
    "bool": BOOL,
    "char": CHAR,
    "str": STR,
    **{t.name: t for t in (I8, I16, I32, I64, I128, ISIZE)},
    **{t.name: t for t in (U8, U16, U32, U64, U128, USIZE)},
    **{t.name: t for t in (F16, F32, F64, F128)},
}

# Closure kinds encoded as types in closure args (rustc encodes them the same way).
CLOSURE_KIND_FN = I8
CLOSURE_KIND_FN_MUT = I16
CLOSURE_KIND_FN_ONCE = I32


def mk_ref(region: Region, ty: Ty, mutbl: Mutability = Mutability.NOT) -> Ref:
    return Ref(region, ty, mutbl)


def usize_const(n: int) -> ConstValue:
    return ConstValue(n, USIZE)


intern_key = _simple
"""`intern_key(cls, key, flags)`: the interned value of `cls` with `key` (made with `flags`
if it is new), as the class's constructor makes it (used to read values back from std's
metadata)."""
