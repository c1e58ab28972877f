"""MIR: a body as a control-flow graph of basic blocks over typed places (rustc's `mir`).

A `Body` has locals (`_0` the return place, then the arguments, then user variables and
temporaries) and basic blocks, each a list of statements ending in one terminator. Places
are a local plus projections (`(*_1).0[_3]`); operands say whether a place is copied or
moved; borrows say their kind (shared, mutable, two-phase, shallow). The borrow checker
(`ferric.borrowck`) runs on it; `pretty.render` prints it (`ferric check --emit=mir`).

Types are the body's own (generic, regions erased): MIR is built per body, before
monomorphization, from the HIR and the body's `TypeckResults` (`build.build_body`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import field
from typing import TypeAlias

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.resolve.defs import DefId, HirId
from ferric.ty import ty as t

Local: TypeAlias = int
BlockId: TypeAlias = int
RETURN_PLACE: Local = 0

# -- places -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Deref:
    """`*p`: through a reference, a raw pointer or a `Box`."""


DEREF = Deref()


@dataclass(frozen=True, slots=True)
class Field:
    index: int
    name: str
    ty: t.Ty


@dataclass(frozen=True, slots=True)
class Index:
    """`p[_i]`: an array or slice element at a run-time index."""

    local: Local


@dataclass(frozen=True, slots=True)
class ConstantIndex:
    """An element a slice pattern names (`[a, .., b]`): `offset` from the start, or from the
    end when `from_end`."""

    offset: int
    from_end: bool
    min_length: int = 0
    """The slice pattern's element count (the slice is at least that long)."""


@dataclass(frozen=True, slots=True)
class Subslice:
    """The `..` part of a slice pattern: elements `start .. len - end`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Downcast:
    """`(p as Variant)`: the place as one variant of an enum, for its fields."""

    variant: int
    name: str


Projection: TypeAlias = Deref | Field | Index | ConstantIndex | Subslice | Downcast


@dataclass(frozen=True, slots=True)
class Place:
    local: Local
    projection: tuple[Projection, ...] = ()

    def project(self, p: Projection) -> Place:
        return Place(self.local, (*self.projection, p))

    def deref(self) -> Place:
        return self.project(DEREF)

    @property
    def is_local(self) -> bool:
        return not self.projection

    def prefixes(self) -> list[Place]:
        """This place and every place it projects from, longest first."""
        return [Place(self.local, self.projection[:n]) for n in range(len(self.projection), -1, -1)]


# -- operands and rvalues ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Copy:
    place: Place


@dataclass(frozen=True, slots=True)
class Move:
    place: Place


@dataclass(frozen=True, slots=True)
class Constant:
    ty: t.Ty
    text: str
    """How the pretty-printer shows it (`const 1_i32`, `main::helper`)."""
    def_id: DefId | None = None
    """For functions: the function (with `ty`'s generic arguments)."""


Operand: TypeAlias = Copy | Move | Constant


class BorrowKind(enum.Enum):
    SHARED = "&"
    MUT = "&mut"
    TWO_PHASE = "&two_phase"
    """A `&mut` auto-ref of a method receiver or of an assignment operator's left side:
    reserved (a shared borrow) until the call that uses it activates it."""
    SHALLOW = "&fake"
    """The scrutinee of a `match` with guards: only its discriminant must not change."""
    UNIQUE = "&uniq"
    """A closure's capture of a place it mutates through a `&mut` (needs no `mut`)."""

    @property
    def is_mut(self) -> bool:
        return self in (BorrowKind.MUT, BorrowKind.TWO_PHASE, BorrowKind.UNIQUE)


@dataclass(frozen=True, slots=True)
class Use:
    operand: Operand


@dataclass(frozen=True, slots=True)
class Ref:
    kind: BorrowKind
    place: Place


@dataclass(frozen=True, slots=True)
class AddressOf:
    mutable: bool
    place: Place


@dataclass(frozen=True, slots=True)
class BinaryOp:
    op: str
    lhs: Operand
    rhs: Operand


@dataclass(frozen=True, slots=True)
class UnaryOp:
    op: str
    operand: Operand


@dataclass(frozen=True, slots=True)
class Cast:
    operand: Operand
    ty: t.Ty


class AggregateKind(enum.Enum):
    TUPLE = "tuple"
    ARRAY = "array"
    ADT = "adt"
    CLOSURE = "closure"


@dataclass(frozen=True, slots=True)
class Aggregate:
    kind: AggregateKind
    ty: t.Ty
    operands: tuple[Operand, ...]
    variant: int = 0
    name: str = ""
    capture_uses: tuple[Span | None, ...] = ()
    """A closure: per operand, where its body uses the captured variable."""


@dataclass(frozen=True, slots=True)
class Discriminant:
    place: Place


@dataclass(frozen=True, slots=True)
class Len:
    place: Place


@dataclass(frozen=True, slots=True)
class Repeat:
    operand: Operand
    count: str


Rvalue: TypeAlias = (
    Use | Ref | AddressOf | BinaryOp | UnaryOp | Cast | Aggregate | Discriminant | Len | Repeat
)

# -- statements and terminators ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Assign:
    place: Place
    rvalue: Rvalue
    span: Span
    origin: Span | None = None
    """A pattern binding's assignment: the scrutinee it moves or borrows from."""


@dataclass(frozen=True, slots=True)
class StorageLive:
    local: Local
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class StorageDead:
    local: Local
    span: Span = DUMMY_SP


class FakeReadCause(enum.Enum):
    FOR_MATCH = "ForMatchedPlace"
    FOR_LET = "ForLet"
    FOR_GUARD = "ForGuardBinding"
    FOR_INDEX = "ForIndex"


@dataclass(frozen=True, slots=True)
class FakeRead:
    """A read borrowck sees but code generation does not (the place a `match` inspects)."""

    cause: FakeReadCause
    place: Place
    span: Span


Statement: TypeAlias = Assign | StorageLive | StorageDead | FakeRead


@dataclass(frozen=True, slots=True)
class Goto:
    target: BlockId
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class SwitchInt:
    discr: Operand
    targets: tuple[tuple[int, BlockId], ...]
    otherwise: BlockId
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class Return:
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class Unreachable:
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class Resume:
    """The end of a cleanup path: unwinding continues in the caller."""

    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class Call:
    func: Operand
    args: tuple[Operand, ...]
    destination: Place
    target: BlockId | None
    """None: the callee never returns (its type is `!`)."""
    span: Span
    from_hir_call: bool = True
    """False for calls MIR building makes up (overloaded operators, derefs, indexing)."""
    fn_span: Span | None = None
    """A method call's method name (where rustc says a borrow is "used by call")."""
    unwind: BlockId | None = None
    """Where a panic in the callee continues: a cleanup block dropping what is in scope
    (None: nothing to drop, unwinding leaves the body)."""


@dataclass(frozen=True, slots=True)
class Drop:
    place: Place
    target: BlockId
    span: Span = DUMMY_SP
    unwind: BlockId | None = None
    """Where a panic in the `Drop` impl continues (the cleanup of what is left in scope;
    None in cleanup blocks, and when nothing is left)."""
    box_free: bool = False
    """Drop elaboration: free a `Box`'s allocation only (its content was moved out, or
    already dropped field by field)."""


@dataclass(frozen=True, slots=True)
class Assert:
    cond: Operand
    expected: bool
    msg: str
    target: BlockId
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class FalseEdge:
    """A `match` arm's edge to the next arm's test: never taken, but borrowck follows it."""

    real: BlockId
    imaginary: BlockId
    span: Span = DUMMY_SP


@dataclass(frozen=True, slots=True)
class FalseUnwind:
    """A loop head: an edge out that is never taken (so infinite loops have an exit)."""

    real: BlockId
    span: Span = DUMMY_SP


Terminator: TypeAlias = (
    Goto | SwitchInt | Return | Unreachable | Resume | Call | Drop | Assert | FalseEdge
    | FalseUnwind
)


def successors(term: Terminator) -> tuple[BlockId, ...]:
    """The blocks control reaches when nothing panics (the borrow checker's graph: it does
    not follow unwind edges, see `unwind_target`)."""
    if isinstance(term, Goto):
        return (term.target,)
    if isinstance(term, SwitchInt):
        return (*(b for _, b in term.targets), term.otherwise)
    if isinstance(term, Call):
        return () if term.target is None else (term.target,)
    if isinstance(term, Drop | Assert):
        return (term.target,)
    if isinstance(term, FalseEdge):
        return (term.real, term.imaginary)
    if isinstance(term, FalseUnwind):
        return (term.real,)
    return ()


def unwind_target(term: Terminator) -> BlockId | None:
    """Where control goes when `term` panics (a cleanup block), if anywhere in this body."""
    if isinstance(term, Call | Drop):
        return term.unwind
    return None


def all_successors(term: Terminator) -> tuple[BlockId, ...]:
    """Normal and unwind successors (what code generation follows)."""
    u = unwind_target(term)
    return successors(term) if u is None else (*successors(term), u)


# -- bodies -----------------------------------------------------------------------------------


class LocalKind(enum.Enum):
    RETURN = "return"
    ARG = "arg"
    USER = "user"
    TEMP = "temp"


@dataclass(slots=True)
class LocalDecl:
    ty: t.Ty
    kind: LocalKind
    mutable: bool = False
    name: str | None = None
    span: Span = DUMMY_SP
    hir_id: HirId | None = None
    """User variables: the binding pattern's id."""
    pat_span: Span | None = None
    """User variables: the binding pattern (`mut x`; `span` is the name's)."""
    is_ref_binding: bool = False
    """`ref x` / match ergonomics: the local is a reference the pattern made."""
    capture: tuple[Span, Span, bool] | None = None
    """A closure's by-reference capture: (the closure's `|..|` span, the captured use,
    whether that use assigns to it)."""
    capture_assign: Span | None = None
    """A capture whose use assigns to it: the assignment (where rustc's E0594 points)."""
    capture_async_body: Span | None = None
    """A capture by an `async` block (`capture`'s first span is then its `async` keyword):
    the block's body, where `move` would go."""
    index_of: Span | None = None
    """The autoref of an overloaded index's base (`&mut v` in `v[i]`): the index `i`."""
    block_tail: tuple[Span, bool] | None = None
    """Temporaries made by a block's tail expression (they outlive the block's locals):
    the tail's span, and whether the block's value is ignored (an expression statement)."""
    origin: tuple[str, Place] | None = None
    """Temporaries holding the reference an overloaded `Index::index` (`"index"`) or
    `Deref::deref` (`"deref"`) returned, with the place it was called on (for messages:
    `*tmp` is `v[_]` or `*rc`)."""
    static_item: tuple[str, Span] | None = None
    """The constant pointer to a static MIR reads it through (`*_t` is the static): its
    name and its declaration (`static N: i32`), for messages."""
    guard_binding: str | None = None
    """The shared reference a match guard sees a by-value binding through: its name."""
    drop_flag: bool = False
    """Made by drop elaboration: whether a conditionally initialised value is there."""


@dataclass(slots=True)
class BasicBlock:
    statements: list[Statement] = field(default_factory=list)
    terminator: Terminator | None = None
    is_cleanup: bool = False
    """Only run while unwinding (reached through unwind edges alone)."""


@dataclass(slots=True)
class Location:
    """A point in a body: statement `index` of `block` (the terminator is `len(statements)`)."""

    block: BlockId
    index: int

    def key(self) -> tuple[int, int]:
        return (self.block, self.index)


@dataclass(slots=True)
class Body:
    owner: DefId
    locals: list[LocalDecl]
    blocks: list[BasicBlock]
    arg_count: int
    span: Span
    name: str = ""
    closure_kind: str | None = None
    """Closure bodies: `"Fn"`, `"FnMut"` or `"FnOnce"`; local 1 is then the closure itself
    (by reference for the first two) and its fields are the captures."""
    upvar_names: tuple[str, ...] = ()
    upvar_by_ref: tuple[bool, ...] = ()
    replace_unwind: dict[tuple[BlockId, int], BlockId | None] = field(default_factory=dict)
    """Assignments to places with drop glue (block, statement index): where a panic while
    dropping the old value continues (drop elaboration's drop-and-replace)."""
    upvar_mut: tuple[tuple[bool, Span | None], ...] = ()
    """Per capture: whether the captured variable is declared `mut`, and its name's span
    (a by-value capture can be mutated in the closure only then)."""

    def with_blocks(self, blocks: list[BasicBlock], locals: list[LocalDecl] | None = None) -> Body:
        """This body with other blocks (and locals): what a MIR pass returns. (A pass's
        result keeps no `replace_unwind`: it is the builder's note for drop elaboration.)"""
        return Body(
            self.owner,
            self.locals if locals is None else locals,
            blocks,
            self.arg_count,
            self.span,
            self.name,
            self.closure_kind,
            self.upvar_names,
            self.upvar_by_ref,
            upvar_mut=self.upvar_mut,
        )

    def terminator(self, b: BlockId) -> Terminator:
        term = self.blocks[b].terminator
        assert term is not None, f"bb{b} has no terminator"
        return term

    def predecessors(self) -> list[list[BlockId]]:
        preds: list[list[BlockId]] = [[] for _ in self.blocks]
        for i, bb in enumerate(self.blocks):
            if bb.terminator is not None:
                for s in successors(bb.terminator):
                    preds[s].append(i)
        return preds

    def reachable(self, unwind: bool = False) -> set[BlockId]:
        """The blocks reached from the entry block (through unwind edges too, if asked)."""
        seen = {0}
        stack = [0]
        follow = all_successors if unwind else successors
        while stack:
            term = self.blocks[stack.pop()].terminator
            if term is None:
                continue
            for s in follow(term):
                if s not in seen:
                    seen.add(s)
                    stack.append(s)
        return seen

    def place_ty(self, place: Place) -> t.Ty:
        ty = self.locals[place.local].ty
        for p in place.projection:
            ty = projected_ty(ty, p)
        return ty


def projected_ty(ty: t.Ty, p: Projection) -> t.Ty:
    """The type of `base.p` for a base of type `ty` (ERROR when it cannot be told)."""
    if isinstance(p, Field):
        return p.ty
    if isinstance(p, Downcast):
        return ty
    if isinstance(p, Deref):
        if isinstance(ty, t.Ref):
            return ty.pointee
        if isinstance(ty, t.RawPtr):
            return ty.pointee
        if isinstance(ty, t.Adt) and ty.args and isinstance(ty.args[0], t.Ty):
            return ty.args[0]  # Box<T>
        return t.ERROR
    if isinstance(p, Index | ConstantIndex):
        if isinstance(ty, t.Array | t.Slice):
            return ty.elem
        return t.ERROR
    if isinstance(p, Subslice):
        return ty
    return t.ERROR


def rvalue_operands(rv: Rvalue) -> tuple[Operand, ...]:
    """The operands an rvalue reads (its places aside: `&p`, `discriminant(p)`, `Len(p)`)."""
    if isinstance(rv, Use | UnaryOp | Cast | Repeat):
        return (rv.operand,)
    if isinstance(rv, BinaryOp):
        return (rv.lhs, rv.rhs)
    if isinstance(rv, Aggregate):
        return rv.operands
    return ()


def map_targets(term: Terminator, f: Callable[[BlockId], BlockId]) -> Terminator:
    """`term` with every block it can go to (normal and unwind) replaced by `f`'s."""
    if isinstance(term, Goto):
        return Goto(f(term.target), term.span)
    if isinstance(term, SwitchInt):
        return SwitchInt(term.discr, tuple((v, f(b)) for v, b in term.targets), f(term.otherwise), term.span)
    if isinstance(term, Call):
        return Call(
            term.func,
            term.args,
            term.destination,
            None if term.target is None else f(term.target),
            term.span,
            term.from_hir_call,
            term.fn_span,
            None if term.unwind is None else f(term.unwind),
        )
    if isinstance(term, Drop):
        unwind = None if term.unwind is None else f(term.unwind)
        return Drop(term.place, f(term.target), term.span, unwind, term.box_free)
    if isinstance(term, Assert):
        return Assert(term.cond, term.expected, term.msg, f(term.target), term.span)
    if isinstance(term, FalseEdge):
        return FalseEdge(f(term.real), f(term.imaginary), term.span)
    if isinstance(term, FalseUnwind):
        return FalseUnwind(f(term.real), term.span)
    return term
