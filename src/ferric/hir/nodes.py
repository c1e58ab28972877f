"""The HIR: the resolved and desugared program that type checking reads (rustc_hir).

Lowering (`hir/lower/`) turns the expanded AST into HIR while resolving every name: each
path carries its `Res`, each local binding its `HirId`, each `break`/`continue` its target.
It also desugars, so later stages see a smaller language:

- `for pat in e { body }` becomes a `match IntoIterator::into_iter(e)` around a `loop`
  whose body matches `Iterator::next(&mut iter)` (`MatchSource.FOR_LOOP`);
- `while cond { body }` becomes `loop { if cond { body } else { break } }` (`LoopSource.WHILE`);
- `e?` becomes `match Try::branch(e) { Continue(v) => v, Break(r) => return
  FromResidual::from_residual(r) }` (`MatchSource.TRY`);
- ranges become struct literals or calls of the `Range*` lang items;
- parentheses disappear; `format_args!` keeps its parsed template (`FormatArgsExpr`).

Items live in a `HirCrate` keyed by DefId (all crates of the session share one map);
function, const and closure bodies are `Body`s keyed by their owner's DefId.

Conventions as in the AST: frozen dataclasses, tuples for children, `span` on every node
(desugared nodes carry the span of what they came from), `hir_id` on nodes that later
stages annotate (expressions, patterns, bindings, statements, blocks, types, paths).
"""

from __future__ import annotations

import enum
from collections.abc import MutableMapping
from dataclasses import field
from typing import Any, TypeAlias

from ferric.base.lazy_map import LazySource
from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.resolve.defs import CrateNum, DefId, HirId, Res
from ferric.syntax.ast import (
    BinOpKind,
    BorrowKind,
    CaptureBy,
    FormatArgument,
    FormatPiece,
    Ident,
    Mutability,
    RangeEnd,
    Safety,
    UnOp,
)

__all__ = ["BinOpKind", "BorrowKind", "CaptureBy", "Ident", "Mutability", "RangeEnd", "Safety", "UnOp"]

# =================================================================================================
# Lifetimes, paths, generic arguments
# =================================================================================================


class LifetimeResKind(enum.Enum):
    PARAM = "param"
    """A named lifetime parameter (`def_id` set)."""
    STATIC = "static"
    INFER = "infer"
    """`'_` or an elided lifetime in a body (inferred)."""
    ELIDED = "elided"
    """Elided in a signature: resolved by the elision rules (`fresh` numbers them)."""
    OBJECT_DEFAULT = "object_default"
    """The lifetime of a `dyn Trait` written without one: the object lifetime default,
    decided by type checking from the context (`&'a dyn T` -> `'a`, `Box<dyn T>` ->
    `'static`)."""
    ERROR = "error"


@dataclass(frozen=True, slots=True, kw_only=True)
class Lifetime:
    hir_id: HirId
    name: str
    """As written (`'a`, `'static`, `'_`), or `""` when elided (`&T`)."""
    res: LifetimeResKind
    def_id: DefId | None = None
    fresh: int | None = None
    """ELIDED: which anonymous lifetime parameter of the enclosing fn signature or impl
    header this is (0, 1, ... in order of appearance in the inputs / the header); an elided
    lifetime of a fn's output carries the number of the input lifetime the elision rules
    chose (or is PARAM with `def_id` when they chose a named parameter)."""
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PathSegment:
    ident: Ident
    res: Res
    """What this segment resolves to (the last segment's res is the path's res)."""
    args: GenericArgs | None = None
    infer_args: bool = True
    """No arguments written: infer them (`Vec::new()` -> `Vec::<_>::new()`)."""
    hir_id: HirId


@dataclass(frozen=True, slots=True, kw_only=True)
class Path:
    res: Res
    segments: tuple[PathSegment, ...]
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedPath:
    """A fully resolved path, optionally qualified: `<Vec<T> as IntoIterator>::into_iter`
    has qself `Vec<T>` and path `IntoIterator::into_iter`."""

    qself: Ty | None
    path: Path
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeRelativePath:
    """`T::Assoc`, `Vec::<u8>::new`, `<T>::f`: the last segment is looked up on a type
    during type checking (associated item or inherent method)."""

    qself: Ty
    segment: PathSegment
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class LangItemPath:
    """A path the lowering made to a lang item (`Option::Some` for `for` loops, `Range`)."""

    item: str
    """The lang item name (`Some`, `None`, `Range`, `into_iter`, `next`, `branch`...)."""
    span: Span = field(compare=False)


QPath: TypeAlias = ResolvedPath | TypeRelativePath | LangItemPath


@dataclass(frozen=True, slots=True, kw_only=True)
class LifetimeArg:
    lifetime: Lifetime


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeArg:
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class ConstArg:
    """A const generic argument: a path to a const parameter/item, or an anonymous const."""

    body: DefId | None
    """The anonymous const's body (for `{ N + 1 }`, literals)."""
    path: QPath | None = None
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class InferArg:
    """`_` as a generic argument."""

    hir_id: HirId
    span: Span = field(compare=False)


GenericArg: TypeAlias = LifetimeArg | TypeArg | ConstArg | InferArg


@dataclass(frozen=True, slots=True, kw_only=True)
class AssocItemConstraint:
    """`Item = T` (`ty` set) or `Item: Bounds` (`bounds` set)."""

    ident: Ident
    gen_args: GenericArgs | None
    ty: Ty | None = None
    const: ConstArg | None = None
    bounds: tuple[GenericBound, ...] = ()
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericArgs:
    args: tuple[GenericArg, ...]
    constraints: tuple[AssocItemConstraint, ...] = ()
    parenthesized: bool = False
    """`Fn(A, B) -> C` sugar: args is one tuple type `(A, B)`, constraints `Output = C`."""
    span: Span = field(compare=False)


# =================================================================================================
# Types
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class _TyBase:
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class InferTy(_TyBase):
    """`_`, or an omitted type (closure parameters, `let x` without annotation)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SliceTy(_TyBase):
    elem: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class ArrayTy(_TyBase):
    elem: Ty
    len: ConstArg


@dataclass(frozen=True, slots=True, kw_only=True)
class PtrTy(_TyBase):
    mutbl: Mutability
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class RefTy(_TyBase):
    lifetime: Lifetime
    mutbl: Mutability
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class BareFnTy(_TyBase):
    safety: Safety
    abi: str
    """"Rust", "C", ... (the ABI string; "Rust" when none was written)."""
    generic_params: tuple[GenericParam, ...]
    decl: FnDecl
    param_names: tuple[Ident | None, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class NeverTy(_TyBase):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class TupleTy(_TyBase):
    elems: tuple[Ty, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PathTy(_TyBase):
    qpath: QPath


@dataclass(frozen=True, slots=True, kw_only=True)
class OpaqueDefTy(_TyBase):
    """`impl Trait` in return position: the opaque type `def_id` with its bounds."""

    def_id: DefId
    bounds: tuple[GenericBound, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitObjectTy(_TyBase):
    """`dyn A + B + 'a` (also a bare trait path in type position, with `dyn_written` False)."""

    bounds: tuple[PolyTraitRef, ...]
    lifetime: Lifetime
    dyn_written: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrTy(_TyBase):
    pass


Ty: TypeAlias = (
    InferTy | SliceTy | ArrayTy | PtrTy | RefTy | BareFnTy | NeverTy | TupleTy | PathTy | OpaqueDefTy | TraitObjectTy | ErrTy
)


# =================================================================================================
# Generics and bounds
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitRef:
    path: Path
    hir_id: HirId


class BoundPolarity(enum.Enum):
    POSITIVE = ""
    MAYBE = "?"
    NEGATIVE = "!"


@dataclass(frozen=True, slots=True, kw_only=True)
class PolyTraitRef:
    bound_generic_params: tuple[GenericParam, ...]
    trait_ref: TraitRef
    polarity: BoundPolarity = BoundPolarity.POSITIVE
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitBound:
    poly: PolyTraitRef
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutlivesBound:
    lifetime: Lifetime
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class UseBound:
    args: tuple[Lifetime | Ident, ...]
    span: Span = field(compare=False)


GenericBound: TypeAlias = TraitBound | OutlivesBound | UseBound


class GenericParamKind(enum.Enum):
    LIFETIME = "lifetime"
    TYPE = "type"
    CONST = "const"


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericParam:
    def_id: DefId
    hir_id: HirId
    name: Ident
    kind: GenericParamKind
    default: Ty | None = None
    """TYPE: `T = i32`."""
    const_ty: Ty | None = None
    const_default: ConstArg | None = None
    synthetic: bool = False
    """A type parameter made for `impl Trait` in argument position."""
    pure_wrt_drop: bool = False
    span: Span = field(compare=False)


class PredicateOrigin(enum.Enum):
    WHERE_CLAUSE = "where"
    GENERIC_PARAM = "param"
    """Written inline: `<T: Bound>`."""
    IMPL_TRAIT = "impl_trait"


@dataclass(frozen=True, slots=True, kw_only=True)
class BoundPredicate:
    bound_generic_params: tuple[GenericParam, ...]
    bounded_ty: Ty
    bounds: tuple[GenericBound, ...]
    origin: PredicateOrigin
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionPredicate:
    lifetime: Lifetime
    bounds: tuple[GenericBound, ...]
    in_where_clause: bool
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class EqPredicate:
    lhs_ty: Ty
    rhs_ty: Ty
    span: Span = field(compare=False)


WherePredicate: TypeAlias = BoundPredicate | RegionPredicate | EqPredicate


@dataclass(frozen=True, slots=True, kw_only=True)
class Generics:
    params: tuple[GenericParam, ...]
    predicates: tuple[WherePredicate, ...]
    """Inline bounds (`<T: Clone>`) and where clauses, together, in source order."""
    has_where_clause: bool = False
    where_span: Span | None = field(default=None, compare=False)
    span: Span = field(compare=False)


EMPTY_GENERICS_PARAMS: tuple[GenericParam, ...] = ()


# =================================================================================================
# Patterns
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class BindingMode:
    """`ref mut x` = BindingMode(by_ref=MUT-ref...). `by_ref` None: by value."""

    by_ref: Mutability | None
    mutbl: Mutability
    """`mut x` (a mutable by-value binding)."""


BY_VALUE = BindingMode(by_ref=None, mutbl=Mutability.NOT)


@dataclass(frozen=True, slots=True, kw_only=True)
class _PatBase:
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class WildPat(_PatBase):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class BindingPat(_PatBase):
    """A binding `mode ident @ sub`; `hir_id` is the binding's identity (what `LocalRes`
    names)."""

    mode: BindingMode
    ident: Ident
    sub: Pat | None
    canonical: HirId | None = None
    """In the second and later alternatives of an or-pattern (`A(x) | B(x)`): the HirId of
    the first alternative's binding of the same name, which is what uses of it resolve to
    (`LocalRes`). None for the first (or only) binding of a name."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PatField:
    ident: Ident
    pat: Pat
    is_shorthand: bool
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class StructPat(_PatBase):
    qpath: QPath
    fields: tuple[PatField, ...]
    has_rest: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class TupleStructPat(_PatBase):
    qpath: QPath
    pats: tuple[Pat, ...]
    dotdot: int | None
    """Position of `..` among the sub-patterns (it is not itself in `pats`)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class OrPat(_PatBase):
    pats: tuple[Pat, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PathPat(_PatBase):
    """A unit struct/variant, a const, or an associated const."""

    qpath: QPath


@dataclass(frozen=True, slots=True, kw_only=True)
class TuplePat(_PatBase):
    pats: tuple[Pat, ...]
    dotdot: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class BoxPat(_PatBase):
    pat: Pat


@dataclass(frozen=True, slots=True, kw_only=True)
class DerefPat(_PatBase):
    pat: Pat


@dataclass(frozen=True, slots=True, kw_only=True)
class RefPat(_PatBase):
    pat: Pat
    mutbl: Mutability


@dataclass(frozen=True, slots=True, kw_only=True)
class LitPat(_PatBase):
    """A literal, possibly negated, or an inline const block."""

    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class RangePat(_PatBase):
    lo: Expr | None
    hi: Expr | None
    end: RangeEnd


@dataclass(frozen=True, slots=True, kw_only=True)
class SlicePat(_PatBase):
    """`[before.., rest @ .., after..]`: `slice` is the `..` pattern (WildPat for a bare
    `..`, a BindingPat for `rest @ ..`), None when there is no `..`."""

    before: tuple[Pat, ...]
    slice: Pat | None
    after: tuple[Pat, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class NeverPat(_PatBase):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrPat(_PatBase):
    pass


Pat: TypeAlias = (
    WildPat
    | BindingPat
    | StructPat
    | TupleStructPat
    | OrPat
    | PathPat
    | TuplePat
    | BoxPat
    | DerefPat
    | RefPat
    | LitPat
    | RangePat
    | SlicePat
    | NeverPat
    | ErrPat
)


# =================================================================================================
# Expressions
# =================================================================================================


class LitKind(enum.Enum):
    STR = "str"
    BYTE_STR = "byte_str"
    C_STR = "c_str"
    BYTE = "byte"
    CHAR = "char"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    ERR = "err"


@dataclass(frozen=True, slots=True, kw_only=True)
class Lit:
    """A literal's value: `int` for INT/BYTE, `str` for STR/CHAR, `bytes` for BYTE_STR/C_STR
    (C strings include the final NUL), `bool` for BOOL, the normalised decimal text (no `_`)
    for FLOAT (parsed later at the width its type gets). `suffix` as written (`u8`, `f64`)."""

    kind: LitKind
    value: object
    suffix: str | None = None
    span: Span = field(compare=False)


class MatchSource(enum.Enum):
    NORMAL = "match"
    FOR_LOOP = "for loop"
    TRY = "?"
    AWAIT = ".await"
    POSTFIX = "postfix match"


class LoopSource(enum.Enum):
    LOOP = "loop"
    WHILE = "while"
    FOR_LOOP = "for"


@dataclass(frozen=True, slots=True, kw_only=True)
class _ExprBase:
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ArrayExpr(_ExprBase):
    elems: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ConstBlockExpr(_ExprBase):
    body: DefId


@dataclass(frozen=True, slots=True, kw_only=True)
class CallExpr(_ExprBase):
    func: Expr
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MethodCallExpr(_ExprBase):
    segment: PathSegment
    """The method name and its turbofish (its `res` is ERR_RES until type checking)."""
    receiver: Expr
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TupleExpr(_ExprBase):
    elems: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BinaryExpr(_ExprBase):
    op: BinOpKind
    lhs: Expr
    rhs: Expr
    op_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class UnaryExpr(_ExprBase):
    op: UnOp
    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class LitExpr(_ExprBase):
    lit: Lit
    negated: bool = False
    """Only for literals in patterns and const contexts made by lowering `-1`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CastExpr(_ExprBase):
    expr: Expr
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class LetExpr(_ExprBase):
    """`let pat = init` in an `if`/`while` condition (possibly in a `&&` chain)."""

    pat: Pat
    ty: Ty | None
    init: Expr
    recovered: bool = False
    """A `let` where it is not allowed (reported by the parser): of the error type."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IfExpr(_ExprBase):
    cond: Expr
    then: BlockExpr
    els: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class LoopExpr(_ExprBase):
    body: Block
    label: Ident | None
    source: LoopSource


@dataclass(frozen=True, slots=True, kw_only=True)
class Arm:
    pat: Pat
    guard: Expr | None
    body: Expr
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchExpr(_ExprBase):
    scrutinee: Expr
    arms: tuple[Arm, ...]
    source: MatchSource


@dataclass(frozen=True, slots=True, kw_only=True)
class ClosureExpr(_ExprBase):
    def_id: DefId
    """The closure's own definition (its body is `bodies[def_id]`)."""
    capture: CaptureBy
    decl: FnDecl
    is_async: bool = False
    fn_decl_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockExpr(_ExprBase):
    block: Block
    label: Ident | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignExpr(_ExprBase):
    lhs: Expr
    rhs: Expr
    eq_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignOpExpr(_ExprBase):
    op: BinOpKind
    lhs: Expr
    rhs: Expr
    op_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldExpr(_ExprBase):
    expr: Expr
    ident: Ident
    """A named field, or a tuple index (`"0"`)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexExpr(_ExprBase):
    expr: Expr
    index: Expr
    bracket_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PathExpr(_ExprBase):
    qpath: QPath


@dataclass(frozen=True, slots=True, kw_only=True)
class AddrOfExpr(_ExprBase):
    kind: BorrowKind
    mutbl: Mutability
    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class Destination:
    """The loop or labelled block a `break`/`continue` leaves (`target` None: error,
    already reported)."""

    label: Ident | None
    target: HirId | None


@dataclass(frozen=True, slots=True, kw_only=True)
class BreakExpr(_ExprBase):
    dest: Destination
    expr: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ContinueExpr(_ExprBase):
    dest: Destination


@dataclass(frozen=True, slots=True, kw_only=True)
class RetExpr(_ExprBase):
    expr: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExprField:
    ident: Ident
    expr: Expr
    is_shorthand: bool
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class StructExpr(_ExprBase):
    qpath: QPath
    fields: tuple[ExprField, ...]
    base: Expr | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RepeatExpr(_ExprBase):
    elem: Expr
    count: ConstArg


@dataclass(frozen=True, slots=True, kw_only=True)
class YieldExpr(_ExprBase):
    expr: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatArgsExpr(_ExprBase):
    """`format_args!` (see `ast.FormatArgsExpr`): the template stays parsed; each argument's
    formatting trait is checked by type checking and used by the backend directly."""

    template: tuple[FormatPiece, ...]
    arguments: tuple[FormatArgument, ...]
    """As in the AST, with `expr` replaced by the lowered HIR expression (`hir_exprs`)."""
    hir_exprs: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrExpr(_ExprBase):
    pass


Expr: TypeAlias = (
    ArrayExpr
    | ConstBlockExpr
    | CallExpr
    | MethodCallExpr
    | TupleExpr
    | BinaryExpr
    | UnaryExpr
    | LitExpr
    | CastExpr
    | LetExpr
    | IfExpr
    | LoopExpr
    | MatchExpr
    | ClosureExpr
    | BlockExpr
    | AssignExpr
    | AssignOpExpr
    | FieldExpr
    | IndexExpr
    | PathExpr
    | AddrOfExpr
    | BreakExpr
    | ContinueExpr
    | RetExpr
    | StructExpr
    | RepeatExpr
    | YieldExpr
    | FormatArgsExpr
    | ErrExpr
)


# =================================================================================================
# Statements, blocks, bodies
# =================================================================================================


class BlockRules(enum.Enum):
    DEFAULT = "default"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    stmts: tuple[Stmt, ...]
    expr: Expr | None
    """The tail expression (the block's value), if any."""
    rules: BlockRules = BlockRules.DEFAULT
    hir_id: HirId
    span: Span = field(compare=False)


class LocalSource(enum.Enum):
    NORMAL = "let"
    ASYNC_FN = "async fn"
    AWAIT = "await"
    ASSIGN_DESUGAR = "assign"
    """`(a, b) = t` destructuring assignment lowered to a `let`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LetStmt:
    pat: Pat
    ty: Ty | None
    init: Expr | None
    els: Block | None
    source: LocalSource = LocalSource.NORMAL
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemStmt:
    item: DefId
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExprStmt:
    """An expression without `;` that is not the block's tail (block-like expressions)."""

    expr: Expr
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class SemiStmt:
    expr: Expr
    hir_id: HirId
    span: Span = field(compare=False)


Stmt: TypeAlias = LetStmt | ItemStmt | ExprStmt | SemiStmt


@dataclass(frozen=True, slots=True, kw_only=True)
class Param:
    pat: Pat
    hir_id: HirId
    ty_span: Span = field(compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """A function's parameters (as patterns) and value, or a const's/closure's value."""

    owner: DefId
    params: tuple[Param, ...]
    value: Expr


# =================================================================================================
# Items
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class FnDecl:
    inputs: tuple[Ty, ...]
    output: Ty | None
    """None: no `-> T` written (the unit type); `output_span` is where it would go."""
    c_variadic: bool = False
    implicit_self: str = "none"
    """"none", "value" (`self`), "mut_value" (`mut self`), "ref" (`&self`), "mut_ref"
    (`&mut self`), or "explicit" (`self: T`)."""
    output_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class FnHeader:
    safety: Safety = Safety.DEFAULT
    is_const: bool = False
    is_async: bool = False
    abi: str = "Rust"


@dataclass(frozen=True, slots=True, kw_only=True)
class FnSig:
    header: FnHeader
    decl: FnDecl
    span: Span = field(compare=False)


class VariantShape(enum.Enum):
    STRUCT = "struct"
    TUPLE = "tuple"
    UNIT = "unit"


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldDef:
    def_id: DefId
    ident: Ident
    """Tuple fields are named "0", "1", ..."""
    ty: Ty
    vis_public: bool
    hir_id: HirId
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class VariantData:
    shape: VariantShape
    fields: tuple[FieldDef, ...] = ()
    ctor: DefId | None = None
    """The constructor's DefId for tuple/unit shapes."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    def_id: DefId
    ident: Ident
    data: VariantData
    disr: DefId | None = None
    """The body of an explicit discriminant (`A = 1`), an anonymous const."""
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class _ItemBase:
    def_id: DefId
    ident: Ident
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ModItem(_ItemBase):
    items: tuple[DefId, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class FnItem(_ItemBase):
    """A free function, an associated function (trait or impl), or a foreign function
    (no body)."""

    sig: FnSig
    generics: Generics
    body: DefId | None
    """The body's key in `HirCrate.bodies` (the fn's own DefId), None without a body."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ConstItem(_ItemBase):
    ty: Ty
    generics: Generics
    body: DefId | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StaticItem(_ItemBase):
    ty: Ty
    mutbl: Mutability
    body: DefId | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TyAliasItem(_ItemBase):
    """A type alias, or an associated type (bounds for trait items; ty None when not given)."""

    generics: Generics
    bounds: tuple[GenericBound, ...]
    ty: Ty | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StructItem(_ItemBase):
    generics: Generics
    data: VariantData


@dataclass(frozen=True, slots=True, kw_only=True)
class UnionItem(_ItemBase):
    generics: Generics
    data: VariantData


@dataclass(frozen=True, slots=True, kw_only=True)
class EnumItem(_ItemBase):
    generics: Generics
    variants: tuple[Variant, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitItem(_ItemBase):
    safety: Safety
    is_auto: bool
    generics: Generics
    bounds: tuple[GenericBound, ...]
    """Supertraits."""
    items: tuple[DefId, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitAliasItem(_ItemBase):
    generics: Generics
    bounds: tuple[GenericBound, ...]


class ImplPolarity(enum.Enum):
    POSITIVE = ""
    NEGATIVE = "!"


@dataclass(frozen=True, slots=True, kw_only=True)
class ImplItem(_ItemBase):
    safety: Safety
    polarity: ImplPolarity
    is_default: bool
    generics: Generics
    of_trait: TraitRef | None
    self_ty: Ty
    items: tuple[DefId, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ForeignModItem(_ItemBase):
    abi: str
    items: tuple[DefId, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class UseItem(_ItemBase):
    """A `use` (kept for the unused-imports lint): what each imported name resolved to."""

    path: Path
    kind: str
    """"single", "glob"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ExternCrateItem(_ItemBase):
    crate_name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MacroItem(_ItemBase):
    """A `macro_rules!` definition (kept for the unused-macros lint)."""


Item: TypeAlias = (
    ModItem
    | FnItem
    | ConstItem
    | StaticItem
    | TyAliasItem
    | StructItem
    | UnionItem
    | EnumItem
    | TraitItem
    | TraitAliasItem
    | ImplItem
    | ForeignModItem
    | UseItem
    | ExternCrateItem
    | MacroItem
)


@dataclass(frozen=True, slots=True)
class ExternImpls:
    """The impls of crates read from metadata (`ferric.metadata`), indexed when the metadata
    was written, so type checking need not look at every one of their items (rustc's
    `crate_inherent_impls` / `trait_impls_of` for an extern crate)."""

    crates: frozenset[CrateNum]
    """The crates indexed here (their impls are not indexed again)."""
    trait_impls: dict[DefId, tuple[DefId, ...]]
    """Trait -> its impls in those crates, in item order (negative impls included)."""
    inherent_impls: dict[object, tuple[DefId, ...]]
    """`ty.context.simplify_type` of the self type -> the inherent impls, in item order."""
    self_keys: dict[DefId, object]
    """Trait impl -> `simplify_type` of its trait ref's self type (impls whose trait ref
    lowers)."""
    negative: frozenset[DefId] = frozenset()
    """The negative impls among `trait_impls` (`impl !Send for ...`), so that asking an
    impl's polarity decodes no item."""


@dataclass(slots=True, eq=False)
class ExternNames:
    """What the type context counts over every definition for printing and finding std's
    items, counted over the rows of the crates read from metadata when it was written
    (`TyCtxt.count_visible_names`, `TyCtxt.std_name_index`): a session counts its own
    definitions only."""

    rows: int
    """The definitions counted: DefIds below this (those read from metadata)."""
    visible_counts: dict[tuple[str, str], int]
    std_index: dict[str, list[DefId]]


@dataclass(slots=True)
class StdNames:
    """std's public names as a user of std sees them (`resolve.visible`)."""

    counts: dict[tuple[str, str], int]
    """(namespace, name) → how many distinct items std makes reachable under it."""
    paths: dict[DefId, str]
    """Item → its path through its visible parents (`std::ops::Range`)."""


@dataclass(slots=True, eq=False)
class HirCrate:
    """All items and bodies of the session's crates, keyed by DefId. Built by lowering;
    never mutated once lowering is done. The items and bodies of a crate read from the
    metadata cache are decoded on first use (`base.lazy_map.LazyMap`): iterate keys, not
    `items()`, where only some entries matter."""

    items: MutableMapping[DefId, Item] = field(default_factory=dict)
    bodies: MutableMapping[DefId, Body] = field(default_factory=dict)
    roots: dict[str, DefId] = field(default_factory=dict)
    """Crate name -> its root module (`"std"`, the local crate's name)."""
    lang_items: dict[str, DefId] = field(default_factory=dict)
    """`#[lang = "..."]` name -> the item."""
    main_fn: DefId | None = None
    trait_map: dict[HirId, tuple[DefId, ...]] = field(default_factory=dict)
    """The traits in scope (rustc's `trait_map`) at each method call (key: the
    `MethodCallExpr`'s hir_id) and each type-relative path in a value position (key: the
    `TypeRelativePath` segment's hir_id): the traits named in the enclosing block modules and
    module (imported ones and `use Trait as _` included), the prelude's, and, inside a
    trait or a trait impl, that trait. Method lookup considers exactly these traits."""
    owners: dict[DefId, DefId] = field(default_factory=dict)
    """Closures, anonymous/inline consts and opaque types -> the item whose body or
    signature contains them (the nearest item-like owner)."""
    extern_impls: ExternImpls | None = None
    """The impls of crates read from metadata, indexed ahead (None: index every impl)."""
    extern_names: ExternNames | None = None
    """Name counts and std's name index over the definitions read from metadata."""
    std_names: StdNames | None = None
    """How std's items are named in diagnostics (`resolve.visible`), from its module graph."""
    extern_queries: dict[str, LazySource[DefId, Any]] | None = None
    """Answers of type-context queries (`ty.context.EXTERN_QUERIES`: `generics_of`,
    `fn_sig`, ...) for the items of crates read from metadata, by query name, decoded on
    first use: `TyCtxt` starts its caches with them."""


def child_nodes(node: object) -> list[object]:
    """The HIR nodes directly inside `node`: its dataclass-valued fields, tuples flattened,
    spans and ids skipped (for walks looking for one kind of node)."""
    # (A list, not a generator, and "is it a node" answered once per class: every lint
    # and several borrow checker walks go through here, hundreds of thousands of times.)
    cls = type(node)
    slots = _CHILD_SLOTS.get(cls)
    if slots is None:
        slots = _CHILD_SLOTS[cls] = tuple(
            s for c in cls.__mro__ for s in getattr(c, "__slots__", ()) if s not in ("span", "hir_id")
        )
    out: list[object] = []
    is_node = _IS_NODE
    for slot in slots:
        v = getattr(node, slot, None)
        if v is None:
            continue
        if isinstance(v, tuple):
            for x in v:
                xt = type(x)
                known = is_node.get(xt)
                if known is None:
                    known = is_node[xt] = hasattr(xt, "__dataclass_fields__")
                if known:
                    out.append(x)
        else:
            vt = type(v)
            known = is_node.get(vt)
            if known is None:
                known = is_node[vt] = hasattr(vt, "__dataclass_fields__")
            if known:
                out.append(v)
    return out


_CHILD_SLOTS: dict[type, tuple[str, ...]] = {}
"""`child_nodes`: each class's slots in MRO order, less spans and ids (made once per class)."""
_IS_NODE: dict[type, bool] = {}
"""`child_nodes`: whether values of a class are nodes (dataclasses), per class."""
