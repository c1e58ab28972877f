"""Obligations: predicates that must hold, with why (the cause) for error messages.

An `Obligation` pairs a predicate (`T: Trait`, `<T as Trait>::Assoc == U`) with an
`ObligationCause`: the span to point at and a `CauseCode` chain that becomes rustc's notes
("required by a bound in `spawn`", "required for `Foo` to implement `Send`", "required
because it appears within the type `Bar`"). `ParamEnv` is the set of where clauses in
scope, elaborated with supertraits.
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.resolve.defs import DefId
from ferric.ty import ty as t
from ferric.ty.predicate import Clause, ProjectionPredicate, TraitPredicate


class CauseKind(enum.Enum):
    MISC = "misc"
    ITEM_BOUND = "item_bound"
    """A where clause of the item being used (`def_id`, `bound_span`): "required by a bound
    in `spawn`"."""
    IMPL_DERIVED = "impl_derived"
    """Needed by an impl's where clause (`impl_def_id`): "required for `X` to implement
    `Trait`"."""
    BUILTIN_DERIVED = "builtin_derived"
    """Needed structurally (auto traits, tuples): "required because it appears within the
    type `X`"."""
    SHARED_STATIC = "shared_static"
    """The type of a (non-`mut`) `static`: "shared static variables must have a type that
    implements `Sync`"."""
    SIZED_LOCAL = "sized_local"
    SIZED_ARGUMENT = "sized_argument"
    SIZED_RETURN = "sized_return"
    FIELD_SIZED = "field_sized"
    """A field of an ADT that must be `Sized` (`extra`: "struct", "enum" or "union")."""
    SLICE_ELEM = "slice_elem"
    TUPLE_INIT = "tuple_init"
    """A tuple expression's type, which must be `Sized`."""
    """The element type of a written slice or array type."""
    FORMAT_ARG = "format_arg"
    QUESTION_MARK = "question_mark"
    MAIN_RETURN = "main_return"
    BINOP = "binop"
    FOR_LOOP = "for_loop"
    CLOSURE_UPVAR = "closure_upvar"
    TRAIT_ITEM_PATH = "trait_item_path"
    """`Trait::item` named by a path without its `Self` (`Default::default()`): when `Self`
    stays unknown, rustc's E0790."""


@dataclass(frozen=True, slots=True)
class ObligationCause:
    span: Span
    kind: CauseKind = CauseKind.MISC
    def_id: DefId | None = None
    """ITEM_BOUND: the item whose bound it is; IMPL_DERIVED: the impl."""
    bound_span: Span | None = None
    parent: ObligationCause | None = None
    parent_pred: TraitPredicate | None = None
    """For derived causes: the obligation that needed this one."""
    extra: object = None


MISC_CAUSE = ObligationCause(DUMMY_SP)


@dataclass(slots=True)
class Obligation:
    pred: Clause
    cause: ObligationCause
    depth: int = 0

    def with_pred(self, pred: Clause, cause: ObligationCause | None = None) -> Obligation:
        return Obligation(pred, cause or self.cause, self.depth + 1)


@dataclass(slots=True)
class ParamEnv:
    clauses: tuple[Clause, ...] = ()
    trait_clauses: dict[DefId, list[TraitPredicate]] = field(default_factory=dict)
    projection_clauses: dict[DefId, list[ProjectionPredicate]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for c in self.clauses:
            if isinstance(c, TraitPredicate):
                self.trait_clauses.setdefault(c.def_id, []).append(c)
            elif isinstance(c, ProjectionPredicate):
                self.projection_clauses.setdefault(c.alias.def_id, []).append(c)


EMPTY_PARAM_ENV = ParamEnv()


def is_param_like(ty: t.Ty) -> bool:
    return isinstance(ty, t.Param | t.Alias)
