"""The abstract syntax tree of Rust 2021, declared once.

Shape follows rustc's `rustc_ast` so that its documentation and diagnostics map over: a
`Crate` holds `Item`s; expressions, patterns, types, statements and items are each a family
of frozen dataclasses (`Expr` is the union of the expression classes, and so on), so a
`match` over a family can end in `assert_never`.

Conventions:
- Every node has a `span` and most have an `id` (a NodeId unique in the session; later
  stages key their side tables by it). Both are excluded from `==`, so two trees compare
  equal when they have the same structure — `parse(print(ast)) == ast` is a test.
- Children are tuples, never lists; optional children are `None`.
- Parentheses are kept (`ParenExpr`, `ParenPat`, `ParenTy`): the tree says what was written,
  and the printer reproduces it. Desugaring happens in later stages, not here.
- Literals keep their token form (`Lit`: kind, symbol as written, suffix); their values come
  from `ferric.lexer.unescape`.
- Macro invocations keep their arguments as token trees (`DelimArgs`); expansion replaces
  them later.
- Keyword-ness of an `Ident` is decided by its name: the printer writes `r#` before names
  that are keywords.

Invariant: nodes are never mutated after construction (frozen dataclasses).
"""

from __future__ import annotations

import enum
from dataclasses import field
from typing import TypeAlias

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.lexer.token import Lit, TokenKind
from ferric.syntax.tokentree import TokenTree

NodeId: TypeAlias = int
DUMMY_NODE_ID: NodeId = 0


# =================================================================================================
# Small enums
# =================================================================================================


class Mutability(enum.Enum):
    NOT = "not"
    MUT = "mut"

    __hash__ = object.__hash__  # singletons: identity hashing, in C (a hot dict key)


class BinOpKind(enum.Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"
    REM = "%"
    AND = "&&"
    OR = "||"
    BIT_XOR = "^"
    BIT_AND = "&"
    BIT_OR = "|"
    SHL = "<<"
    SHR = ">>"
    EQ = "=="
    LT = "<"
    LE = "<="
    NE = "!="
    GE = ">="
    GT = ">"


class UnOp(enum.Enum):
    DEREF = "*"
    NOT = "!"
    NEG = "-"


class RangeLimits(enum.Enum):
    HALF_OPEN = ".."
    CLOSED = "..="


class RangeEnd(enum.Enum):
    """End kind of a range pattern."""

    INCLUDED = "..="
    INCLUDED_DOT_DOT_DOT = "..."
    """The obsolete `a...b` form (an error in 2021; kept so it can be reported)."""
    EXCLUDED = ".."


class BorrowKind(enum.Enum):
    REF = "ref"
    """`&e` / `&mut e`."""
    RAW = "raw"
    """`&raw const e` / `&raw mut e`."""


class CaptureBy(enum.Enum):
    REF = "ref"
    VALUE = "move"


class Delimiter(enum.Enum):
    PAREN = "()"
    BRACKET = "[]"
    BRACE = "{}"

    @staticmethod
    def of(kind: TokenKind) -> Delimiter:
        if kind is TokenKind.OPEN_PAREN:
            return Delimiter.PAREN
        if kind is TokenKind.OPEN_BRACKET:
            return Delimiter.BRACKET
        return Delimiter.BRACE


class AttrStyle(enum.Enum):
    OUTER = "outer"
    INNER = "inner"


class CommentKind(enum.Enum):
    LINE = "line"
    BLOCK = "block"


class Safety(enum.Enum):
    DEFAULT = "default"
    UNSAFE = "unsafe"
    SAFE = "safe"
    """`safe fn` in an `unsafe extern` block."""


class MacStmtStyle(enum.Enum):
    SEMICOLON = "semicolon"
    """`foo!(...);`"""
    BRACES = "braces"
    """`foo! { ... }` (no semicolon needed)"""
    NO_BRACES = "no_braces"
    """`foo!(...)` as a block's tail expression"""


class BoundPolarity(enum.Enum):
    POSITIVE = ""
    NEGATIVE = "!"
    MAYBE = "?"


class ImplPolarity(enum.Enum):
    POSITIVE = ""
    NEGATIVE = "!"


class TraitObjectSyntax(enum.Enum):
    DYN = "dyn"
    NONE = "none"
    """A bare trait path in type position (`Box<Trait>`, an error in 2021)."""


# =================================================================================================
# Identifiers, lifetimes, paths, generic arguments
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class Ident:
    name: str
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Lifetime:
    ident: Ident
    """`ident.name` includes the quote: `'a`, `'static`, `'_`."""
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Path:
    segments: tuple[PathSegment, ...]
    is_global: bool = False
    """Written with a leading `::`."""
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PathSegment:
    ident: Ident
    args: GenericArgs | None = None
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class QSelf:
    """`<ty as Trait>::rest` is QSelf(ty, position=len(Trait's segments)) + Path(Trait::rest);
    `<ty>::rest` has position 0."""

    ty: Ty
    position: int
    path_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class AngleBracketedArgs:
    """`<'a, T, 3, Item = U, Assoc: Bound>`"""

    args: tuple[AngleBracketedArg, ...]
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParenthesizedArgs:
    """`Fn(A, B) -> C` sugar."""

    inputs: tuple[Ty, ...]
    output: FnRetTy
    span: Span = field(compare=False)


GenericArgs: TypeAlias = AngleBracketedArgs | ParenthesizedArgs


@dataclass(frozen=True, slots=True, kw_only=True)
class LifetimeArg:
    lifetime: Lifetime
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeArg:
    """A type argument; also a bare path that may turn out to name a const (`Foo<N>`)."""

    ty: Ty
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConstArg:
    """A const argument that is syntactically not a type: `{ N + 1 }`, `3`, `-1`, `'c'`."""

    value: AnonConst
    span: Span = field(compare=False)


GenericArg: TypeAlias = LifetimeArg | TypeArg | ConstArg


@dataclass(frozen=True, slots=True, kw_only=True)
class AssocItemConstraint:
    """`Item = T` (term set) or `Item: Bound` (bounds set) inside angle brackets."""

    ident: Ident
    gen_args: GenericArgs | None
    term: Ty | AnonConst | None = None
    bounds: tuple[GenericBound, ...] | None = None
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


AngleBracketedArg: TypeAlias = LifetimeArg | TypeArg | ConstArg | AssocItemConstraint


@dataclass(frozen=True, slots=True, kw_only=True)
class AnonConst:
    """An expression in a const context: array lengths, const arguments, discriminants."""

    value: Expr
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)


# =================================================================================================
# Attributes and macro invocations
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class DelimArgs:
    """A delimited token stream: macro arguments, attribute arguments."""

    delim: Delimiter
    tokens: tuple[TokenTree, ...]
    open_span: Span = field(compare=False)
    close_span: Span = field(compare=False)

    @property
    def span(self) -> Span:
        return self.open_span.to(self.close_span)


@dataclass(frozen=True, slots=True, kw_only=True)
class AttrEq:
    """`#[path = expr]`"""

    expr: Expr
    eq_span: Span = field(compare=False)


AttrArgs: TypeAlias = DelimArgs | AttrEq | None


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalAttr:
    path: Path
    args: AttrArgs
    unsafe: bool = False
    """`#[unsafe(no_mangle)]`"""


@dataclass(frozen=True, slots=True, kw_only=True)
class DocComment:
    comment_kind: CommentKind
    text: str
    """The comment's content without `///`, `//!`, `/**`, `*/` markers."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribute:
    kind: NormalAttr | DocComment
    style: AttrStyle
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


Attrs: TypeAlias = tuple[Attribute, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MacCall:
    path: Path
    args: DelimArgs
    span: Span = field(compare=False)


# =================================================================================================
# Visibility
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class Visibility:
    """`pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`, or nothing.

    kind: "inherited" (nothing written), "public" (`pub`), "restricted" (path is set;
    `shorthand` is True for `pub(crate)`/`pub(self)`/`pub(super)` written without `in`),
    "crate" is not used (2015's `crate` visibility is gone)."""

    kind: str
    path: Path | None = None
    shorthand: bool = False
    span: Span = field(compare=False)


INHERITED_VIS_KIND = "inherited"


# =================================================================================================
# Generics
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitRef:
    path: Path
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class PolyTraitRef:
    """`for<'a> const? async? ?Trait<'a>` in a bound."""

    bound_generic_params: tuple[GenericParam, ...]
    trait_ref: TraitRef
    polarity: BoundPolarity = BoundPolarity.POSITIVE
    constness: bool = False
    """`~const Trait` / `const Trait` (unstable, kept for diagnostics)."""
    asyncness: bool = False
    parens: bool = False
    """Written inside parentheses: `(?Sized)`, `(Trait)`."""
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
    """Precise capturing: `impl Trait + use<'a, T>`."""

    args: tuple[Lifetime | Ident, ...]
    span: Span = field(compare=False)


GenericBound: TypeAlias = TraitBound | OutlivesBound | UseBound


class GenericParamKind(enum.Enum):
    LIFETIME = "lifetime"
    TYPE = "type"
    CONST = "const"


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericParam:
    ident: Ident
    kind: GenericParamKind
    attrs: Attrs = ()
    bounds: tuple[GenericBound, ...] = ()
    default: Ty | None = None
    """For type parameters: `T = i32`."""
    const_ty: Ty | None = None
    """For const parameters: the `usize` of `const N: usize`."""
    const_default: AnonConst | None = None
    colon_span: Span | None = field(default=None, compare=False)
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class BoundPredicate:
    """`for<'a> T: Bound + 'b`"""

    bound_generic_params: tuple[GenericParam, ...]
    bounded_ty: Ty
    bounds: tuple[GenericBound, ...]
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionPredicate:
    """`'a: 'b + 'c`"""

    lifetime: Lifetime
    bounds: tuple[GenericBound, ...]
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class EqPredicate:
    """`T == U` (not supported by rustc; parsed for its diagnostic)."""

    lhs_ty: Ty
    rhs_ty: Ty
    span: Span = field(compare=False)


WherePredicate: TypeAlias = BoundPredicate | RegionPredicate | EqPredicate


@dataclass(frozen=True, slots=True, kw_only=True)
class WhereClause:
    has_where_token: bool
    predicates: tuple[WherePredicate, ...]
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Generics:
    params: tuple[GenericParam, ...]
    where_clause: WhereClause
    span: Span = field(compare=False)


def empty_generics(span: Span) -> Generics:
    return Generics(
        params=(),
        where_clause=WhereClause(has_where_token=False, predicates=(), span=span),
        span=span,
    )


# =================================================================================================
# Types
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class _TyBase:
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class SliceTy(_TyBase):
    elem: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class ArrayTy(_TyBase):
    elem: Ty
    len: AnonConst


@dataclass(frozen=True, slots=True, kw_only=True)
class PtrTy(_TyBase):
    """`*const T` / `*mut T`"""

    mutbl: Mutability
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class RefTy(_TyBase):
    """`&'a mut T`"""

    lifetime: Lifetime | None
    mutbl: Mutability
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class BareFnTy(_TyBase):
    """`for<'a> unsafe extern "C" fn(x: i32, ...) -> R`"""

    safety: Safety
    abi: Lit | None
    """The ABI string literal of `extern "C"`; None without `extern`. `extern` without a
    string has `abi_written_bare` set."""
    abi_written_bare: bool
    generic_params: tuple[GenericParam, ...]
    decl: FnDecl


@dataclass(frozen=True, slots=True, kw_only=True)
class NeverTy(_TyBase):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class TupleTy(_TyBase):
    elems: tuple[Ty, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PathTy(_TyBase):
    qself: QSelf | None
    path: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitObjectTy(_TyBase):
    bounds: tuple[GenericBound, ...]
    syntax: TraitObjectSyntax


@dataclass(frozen=True, slots=True, kw_only=True)
class ImplTraitTy(_TyBase):
    bounds: tuple[GenericBound, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ParenTy(_TyBase):
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class InferTy(_TyBase):
    """`_`"""


@dataclass(frozen=True, slots=True, kw_only=True)
class ImplicitSelfTy(_TyBase):
    """The type of `self` in `self`, `&self`, `&mut self` parameters."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MacCallTy(_TyBase):
    mac: MacCall


@dataclass(frozen=True, slots=True, kw_only=True)
class CVarArgsTy(_TyBase):
    """`...` as the last parameter of a foreign fn."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrTy(_TyBase):
    """A type the parser could not read (already reported)."""


Ty: TypeAlias = (
    SliceTy
    | ArrayTy
    | PtrTy
    | RefTy
    | BareFnTy
    | NeverTy
    | TupleTy
    | PathTy
    | TraitObjectTy
    | ImplTraitTy
    | ParenTy
    | InferTy
    | ImplicitSelfTy
    | MacCallTy
    | CVarArgsTy
    | ErrTy
)


# =================================================================================================
# Patterns
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class _PatBase:
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class WildPat(_PatBase):
    """`_`"""


@dataclass(frozen=True, slots=True, kw_only=True)
class IdentPat(_PatBase):
    """`ref mut x @ sub` — by_ref and mutbl describe the binding mode as written."""

    by_ref: bool
    by_ref_mut: Mutability
    """With `ref`: `ref` (NOT) or `ref mut` (MUT). Ignored when not by_ref."""
    mutbl: Mutability
    """`mut x` (by value, mutable binding)."""
    ident: Ident
    sub: Pat | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PatField:
    ident: Ident
    pat: Pat
    is_shorthand: bool
    attrs: Attrs = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class StructPat(_PatBase):
    qself: QSelf | None
    path: Path
    fields: tuple[PatField, ...]
    rest: bool
    """Ends with `..`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TupleStructPat(_PatBase):
    qself: QSelf | None
    path: Path
    pats: tuple[Pat, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class OrPat(_PatBase):
    pats: tuple[Pat, ...]
    leading_vert: bool = False
    """Written with a leading `|` (only the top-level pattern of an arm or `let` may have one)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PathPat(_PatBase):
    qself: QSelf | None
    path: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class TuplePat(_PatBase):
    pats: tuple[Pat, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BoxPat(_PatBase):
    """`box p` (unstable)."""

    pat: Pat


@dataclass(frozen=True, slots=True, kw_only=True)
class DerefPat(_PatBase):
    """`deref!(p)` (unstable)."""

    pat: Pat


@dataclass(frozen=True, slots=True, kw_only=True)
class RefPat(_PatBase):
    """`&p` / `&mut p`"""

    pat: Pat
    mutbl: Mutability


@dataclass(frozen=True, slots=True, kw_only=True)
class ExprPat(_PatBase):
    """A literal, possibly negated (`-1`), or a `const { }` block, used as a pattern."""

    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class RangePat(_PatBase):
    """`a..=b`, `a..b`, `a..`, `..=b`, and the obsolete `a...b`."""

    start: Expr | None
    end: Expr | None
    end_kind: RangeEnd


@dataclass(frozen=True, slots=True, kw_only=True)
class SlicePat(_PatBase):
    pats: tuple[Pat, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class RestPat(_PatBase):
    """`..` inside a tuple, tuple-struct or slice pattern."""


@dataclass(frozen=True, slots=True, kw_only=True)
class NeverPat(_PatBase):
    """`!` (unstable)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParenPat(_PatBase):
    pat: Pat


@dataclass(frozen=True, slots=True, kw_only=True)
class MacCallPat(_PatBase):
    mac: MacCall


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrPat(_PatBase):
    """A pattern the parser could not read (already reported)."""


Pat: TypeAlias = (
    WildPat
    | IdentPat
    | StructPat
    | TupleStructPat
    | OrPat
    | PathPat
    | TuplePat
    | BoxPat
    | DerefPat
    | RefPat
    | ExprPat
    | RangePat
    | SlicePat
    | RestPat
    | NeverPat
    | ParenPat
    | MacCallPat
    | ErrPat
)


# =================================================================================================
# Expressions
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class _ExprBase:
    attrs: Attrs = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Label:
    """`'outer` on a loop or block (the name includes the quote)."""

    ident: Ident


@dataclass(frozen=True, slots=True, kw_only=True)
class ArrayExpr(_ExprBase):
    elems: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ConstBlockExpr(_ExprBase):
    """`const { ... }`"""

    block: Block
    anon_id: NodeId = field(default=DUMMY_NODE_ID, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CallExpr(_ExprBase):
    func: Expr
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MethodCallExpr(_ExprBase):
    """`receiver.seg::<Args>(args)`"""

    seg: PathSegment
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
    """A literal. `true`/`false` are `Lit(kind=BOOL, symbol="true")`."""

    lit: Lit


@dataclass(frozen=True, slots=True, kw_only=True)
class CastExpr(_ExprBase):
    expr: Expr
    ty: Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class LetExpr(_ExprBase):
    """`let pat = scrutinee` in an `if`/`while` condition (also reported where not allowed)."""

    pat: Pat
    scrutinee: Expr
    recovered: bool = False
    """Where `let` is not allowed (reported while parsing): its type is an error, as
    rustc's `Recovered::Yes`, so no type error follows from it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IfExpr(_ExprBase):
    cond: Expr
    then: Block
    els: Expr | None
    """An `IfExpr` (for `else if`) or a `BlockExpr`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WhileExpr(_ExprBase):
    cond: Expr
    body: Block
    label: Label | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ForLoopExpr(_ExprBase):
    pat: Pat
    iter: Expr
    body: Block
    label: Label | None
    is_await: bool = False
    """`for await` (unstable)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LoopExpr(_ExprBase):
    body: Block
    label: Label | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Arm:
    pat: Pat
    guard: Expr | None
    body: Expr | None
    """None only for never patterns (`!`) that have no body."""
    attrs: Attrs = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchExpr(_ExprBase):
    scrutinee: Expr
    arms: tuple[Arm, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClosureExpr(_ExprBase):
    """`for<'a> move async |params| -> Ret body`"""

    binder: tuple[GenericParam, ...] | None
    capture: CaptureBy
    is_async: bool
    is_const: bool
    decl: FnDecl
    body: Expr
    decl_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockExpr(_ExprBase):
    """A block expression, optionally labelled (`'a: { ... }`); also `unsafe { }`
    (see `Block.rules`)."""

    block: Block
    label: Label | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GenBlockExpr(_ExprBase):
    """`async { }` / `async move { }` (`gen` blocks are 2024-only and unstable)."""

    capture: CaptureBy
    block: Block
    kind: str = "async"


@dataclass(frozen=True, slots=True, kw_only=True)
class AwaitExpr(_ExprBase):
    expr: Expr
    await_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class TryBlockExpr(_ExprBase):
    """`try { }` (unstable; parsed for diagnostics)."""

    block: Block


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignExpr(_ExprBase):
    lhs: Expr
    rhs: Expr
    eq_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignOpExpr(_ExprBase):
    """`lhs op= rhs`"""

    op: BinOpKind
    lhs: Expr
    rhs: Expr
    op_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldExpr(_ExprBase):
    """`expr.ident`; tuple fields have numeric names (`t.0` has ident "0")."""

    expr: Expr
    ident: Ident


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexExpr(_ExprBase):
    expr: Expr
    index: Expr
    bracket_span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class RangeExpr(_ExprBase):
    start: Expr | None
    end: Expr | None
    limits: RangeLimits


@dataclass(frozen=True, slots=True, kw_only=True)
class UnderscoreExpr(_ExprBase):
    """`_` on the left of a destructuring assignment."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PathExpr(_ExprBase):
    qself: QSelf | None
    path: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class AddrOfExpr(_ExprBase):
    """`&e`, `&mut e`, `&raw const e`, `&raw mut e`"""

    kind: BorrowKind
    mutbl: Mutability
    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class BreakExpr(_ExprBase):
    label: Label | None
    expr: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ContinueExpr(_ExprBase):
    label: Label | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RetExpr(_ExprBase):
    expr: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class YieldExpr(_ExprBase):
    """`yield e` (unstable)."""

    expr: Expr | None


@dataclass(frozen=True, slots=True, kw_only=True)
class BecomeExpr(_ExprBase):
    """`become f()` (unstable)."""

    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class MacCallExpr(_ExprBase):
    mac: MacCall


@dataclass(frozen=True, slots=True, kw_only=True)
class ExprField:
    ident: Ident
    expr: Expr
    is_shorthand: bool
    attrs: Attrs = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class StructExpr(_ExprBase):
    """`Path { a: 1, b, ..base }`; `rest` is the base expression, or `rest_dotdot` is True for
    a bare `..` (default field values, unstable)."""

    qself: QSelf | None
    path: Path
    fields: tuple[ExprField, ...]
    rest: Expr | None = None
    rest_dotdot: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class RepeatExpr(_ExprBase):
    """`[expr; count]`"""

    expr: Expr
    count: AnonConst


@dataclass(frozen=True, slots=True, kw_only=True)
class ParenExpr(_ExprBase):
    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class TryExpr(_ExprBase):
    """`expr?`"""

    expr: Expr


class FormatTrait(enum.Enum):
    """Which formatting trait a placeholder uses (`{}` Display, `{:?}` Debug, ...)."""

    DISPLAY = ""
    DEBUG = "?"
    LOWER_EXP = "e"
    UPPER_EXP = "E"
    OCTAL = "o"
    POINTER = "p"
    BINARY = "b"
    LOWER_HEX = "x"
    UPPER_HEX = "X"

    @property
    def trait_name(self) -> str:
        """The `std::fmt` trait's name: `Display`, `Debug`, `LowerHex` ..."""
        return "".join(w.capitalize() for w in self.name.split("_"))


class FormatAlignment(enum.Enum):
    LEFT = "<"
    RIGHT = ">"
    CENTER = "^"


class FormatSign(enum.Enum):
    PLUS = "+"
    MINUS = "-"


class FormatDebugHex(enum.Enum):
    LOWER = "x"
    UPPER = "X"


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatArgPosition:
    """Which argument a placeholder (or a `width$`/`.prec$` count) refers to: `index` into
    `FormatArgsExpr.arguments`. `kind` is how it was written: "implicit" (`{}`), "number"
    (`{0}`) or "named" (`{x}`)."""

    index: int
    kind: str
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatCount:
    """A width or precision: a literal number, or an argument (`width$`, `.*`)."""

    literal: int | None = None
    argument: FormatArgPosition | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatOptions:
    width: FormatCount | None = None
    precision: FormatCount | None = None
    alignment: FormatAlignment | None = None
    fill: str | None = None
    sign: FormatSign | None = None
    alternate: bool = False
    zero_pad: bool = False
    debug_hex: FormatDebugHex | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatPlaceholder:
    argument: FormatArgPosition
    format_trait: FormatTrait
    options: FormatOptions
    span: Span | None = field(default=None, compare=False)


FormatPiece: TypeAlias = str | FormatPlaceholder
"""A literal run of text (escapes and `{{`/`}}` already resolved) or a placeholder."""


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatArgument:
    """An argument of `format_args!`: "normal" (positional), "named" (`name = expr`), or
    "captured" (an identifier named inline in the string, `{x}`, whose `expr` is the path
    `x` made by the expander)."""

    kind: str
    expr: Expr
    ident: Ident | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatArgsExpr(_ExprBase):
    """`format_args!(...)` after expansion: the template parsed at compile time and the
    arguments it uses (rustc's `ast::FormatArgs`). Every format macro (`println!`,
    `format!`, `write!`, `panic!`, ...) expands to code around one of these."""

    template: tuple[FormatPiece, ...]
    arguments: tuple[FormatArgument, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrExpr(_ExprBase):
    """An expression the parser could not read (already reported)."""


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
    | WhileExpr
    | ForLoopExpr
    | LoopExpr
    | MatchExpr
    | ClosureExpr
    | BlockExpr
    | GenBlockExpr
    | AwaitExpr
    | TryBlockExpr
    | AssignExpr
    | AssignOpExpr
    | FieldExpr
    | IndexExpr
    | RangeExpr
    | UnderscoreExpr
    | PathExpr
    | AddrOfExpr
    | BreakExpr
    | ContinueExpr
    | RetExpr
    | YieldExpr
    | BecomeExpr
    | MacCallExpr
    | StructExpr
    | RepeatExpr
    | ParenExpr
    | TryExpr
    | FormatArgsExpr
    | ErrExpr
)


# =================================================================================================
# Statements and blocks
# =================================================================================================


class BlockRules(enum.Enum):
    DEFAULT = "default"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    stmts: tuple[Stmt, ...]
    rules: BlockRules = BlockRules.DEFAULT
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class _StmtBase:
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class LetStmt(_StmtBase):
    """`let pat: ty = init else { diverge };` — `init` None for a bare declaration,
    `els` only with `init`."""

    pat: Pat
    ty: Ty | None
    init: Expr | None
    els: Block | None
    attrs: Attrs = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemStmt(_StmtBase):
    item: Item


@dataclass(frozen=True, slots=True, kw_only=True)
class ExprStmt(_StmtBase):
    """An expression without a trailing semicolon: the block's tail, or a block-like
    expression (`if`, `match`, loops, blocks) used as a statement."""

    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class SemiStmt(_StmtBase):
    """`expr;`"""

    expr: Expr


@dataclass(frozen=True, slots=True, kw_only=True)
class EmptyStmt(_StmtBase):
    """A lone `;`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MacCallStmt(_StmtBase):
    mac: MacCall
    style: MacStmtStyle
    attrs: Attrs = ()


Stmt: TypeAlias = LetStmt | ItemStmt | ExprStmt | SemiStmt | EmptyStmt | MacCallStmt


# =================================================================================================
# Functions
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class Param:
    """A function or closure parameter. `self` parameters have an `IdentPat` named `self` and
    an `ImplicitSelfTy` (possibly under a `RefTy`) unless written `self: Type`."""

    pat: Pat
    ty: Ty
    attrs: Attrs = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class DefaultRetTy:
    """No `-> Ty` written; span is where it would go."""

    span: Span = field(compare=False)


FnRetTy: TypeAlias = DefaultRetTy | Ty


@dataclass(frozen=True, slots=True, kw_only=True)
class FnDecl:
    inputs: tuple[Param, ...]
    output: FnRetTy


@dataclass(frozen=True, slots=True, kw_only=True)
class FnHeader:
    """`const async unsafe extern "C"` (in that order); `safe` only inside extern blocks."""

    is_const: bool = False
    is_async: bool = False
    safety: Safety = Safety.DEFAULT
    ext: Lit | None = None
    """The ABI literal of `extern "C"`."""
    ext_bare: bool = False
    """`extern` written without an ABI string."""


@dataclass(frozen=True, slots=True, kw_only=True)
class FnSig:
    header: FnHeader
    decl: FnDecl
    span: Span = field(compare=False)


# =================================================================================================
# Items
# =================================================================================================


@dataclass(frozen=True, slots=True, kw_only=True)
class _ItemBase:
    attrs: Attrs = ()
    vis: Visibility
    ident: Ident
    """Items without a name of their own (impls, `use`, extern blocks, macro calls) have
    an empty name."""
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class UseTree:
    """`prefix` then one of: rename (`a::b as c`, rename None for plain `a::b`), `::*`
    (kind "glob"), or `::{...}` (kind "nested")."""

    prefix: Path
    kind: str
    """"simple", "glob" or "nested"."""
    rename: Ident | None = None
    nested: tuple[UseTree, ...] = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class UseItem(_ItemBase):
    tree: UseTree


@dataclass(frozen=True, slots=True, kw_only=True)
class ExternCrateItem(_ItemBase):
    """`extern crate orig as ident;` (orig_name None when not renamed)."""

    orig_name: Ident | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StaticItem(_ItemBase):
    ty: Ty
    mutbl: Mutability
    expr: Expr | None
    safety: Safety = Safety.DEFAULT


@dataclass(frozen=True, slots=True, kw_only=True)
class ConstItem(_ItemBase):
    """`const NAME: ty = expr;` (ident may be `_`; expr None inside traits)."""

    generics: Generics
    ty: Ty
    expr: Expr | None
    is_default: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FnItem(_ItemBase):
    generics: Generics
    sig: FnSig
    body: Block | None
    is_default: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ModItem(_ItemBase):
    """`mod name { items }` (inline, items set) or `mod name;` (items None until loaded)."""

    items: tuple[Item, ...] | None
    inner_attrs: Attrs = ()
    safety: Safety = Safety.DEFAULT
    inner_span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ForeignModItem(_ItemBase):
    """`extern "C" { ... }` / `unsafe extern "C" { ... }`."""

    abi: Lit | None
    items: tuple[Item, ...]
    safety: Safety = Safety.DEFAULT
    inner_attrs: Attrs = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TyAliasItem(_ItemBase):
    """`type Name<G>: Bounds where ... = Ty;` (ty None in traits/extern blocks)."""

    generics: Generics
    bounds: tuple[GenericBound, ...]
    ty: Ty | None
    where_after_ty: WhereClause | None = None
    """A second where clause written after the type (allowed on associated types)."""
    is_default: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldDef:
    """A struct/variant field; tuple fields have ident None."""

    vis: Visibility
    ident: Ident | None
    ty: Ty
    attrs: Attrs = ()
    default: AnonConst | None = None
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


class VariantShape(enum.Enum):
    STRUCT = "struct"
    TUPLE = "tuple"
    UNIT = "unit"


@dataclass(frozen=True, slots=True, kw_only=True)
class VariantData:
    shape: VariantShape
    fields: tuple[FieldDef, ...] = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    """The id of the constructor for tuple/unit shapes."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    ident: Ident
    vis: Visibility
    data: VariantData
    disr_expr: AnonConst | None = None
    attrs: Attrs = ()
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class EnumItem(_ItemBase):
    generics: Generics
    variants: tuple[Variant, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class StructItem(_ItemBase):
    generics: Generics
    data: VariantData


@dataclass(frozen=True, slots=True, kw_only=True)
class UnionItem(_ItemBase):
    generics: Generics
    data: VariantData


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitItem(_ItemBase):
    safety: Safety
    is_auto: bool
    generics: Generics
    bounds: tuple[GenericBound, ...]
    """Supertraits."""
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TraitAliasItem(_ItemBase):
    """`trait A = B + C;` (unstable)."""

    generics: Generics
    bounds: tuple[GenericBound, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ImplItem(_ItemBase):
    safety: Safety
    polarity: ImplPolarity
    is_default: bool
    is_const: bool
    generics: Generics
    of_trait: TraitRef | None
    self_ty: Ty
    items: tuple[Item, ...]
    inner_attrs: Attrs = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class MacCallItem(_ItemBase):
    """A macro invocation in item position (`foo!(...);`, `foo! { ... }`)."""

    mac: MacCall


@dataclass(frozen=True, slots=True, kw_only=True)
class MacroRulesItem(_ItemBase):
    """`macro_rules! name { rules }`."""

    body: DelimArgs


Item: TypeAlias = (
    UseItem
    | ExternCrateItem
    | StaticItem
    | ConstItem
    | FnItem
    | ModItem
    | ForeignModItem
    | TyAliasItem
    | EnumItem
    | StructItem
    | UnionItem
    | TraitItem
    | TraitAliasItem
    | ImplItem
    | MacCallItem
    | MacroRulesItem
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Crate:
    attrs: Attrs
    """Inner attributes of the crate root (`#![...]`, `//!`)."""
    items: tuple[Item, ...]
    id: NodeId = field(default=DUMMY_NODE_ID, compare=False)
    span: Span = field(compare=False)
