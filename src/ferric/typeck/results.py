"""What type checking learns about one body (rustc's `TypeckResults`).

Keyed by HirId: the type of every expression, pattern and binding; the generic arguments
chosen for every path and method call; what every method call and type-relative path
resolved to; the adjustments (auto-deref, auto-ref, unsizing, never-to-any, ...) applied
to expressions; binding modes chosen by match ergonomics; closure kinds and captures.
After `writeback` every type is free of inference variables.

Invariant: once `TypeckResults.finished` is set, the tables are not changed.
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.resolve.defs import DefId, DefKind, HirId
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t


class AdjustKind(enum.Enum):
    NEVER_TO_ANY = "never_to_any"
    DEREF = "deref"
    """Built-in deref (`&T`, `&mut T`, `Box<T>`), or overloaded when `method` is set."""
    BORROW = "borrow"
    """Auto-ref: `&` / `&mut` (see `mutbl`)."""
    UNSIZE = "unsize"
    """`&[T; N] -> &[T]`, `&T -> &dyn Trait`, `Box<T> -> Box<dyn Trait>`."""
    REIFY_FN_POINTER = "reify_fn_pointer"
    CLOSURE_FN_POINTER = "closure_fn_pointer"
    MUT_TO_CONST_POINTER = "mut_to_const_pointer"
    UNSAFE_FN_POINTER = "unsafe_fn_pointer"
    """`fn(..)` to `unsafe fn(..)` (after a reify when the source is a fn item or closure)."""
    REBORROW = "reborrow"
    """`&mut T` passed where `&mut T` is expected: a fresh reborrow (deref + borrow)."""


@dataclass(frozen=True, slots=True)
class Adjustment:
    kind: AdjustKind
    target: t.Ty
    """The expression's type after this step."""
    mutbl: Mutability | None = None
    method: DefId | None = None
    """For overloaded derefs: `Deref::deref` / `DerefMut::deref_mut`."""


class CaptureKind(enum.Enum):
    BY_VALUE = "by_value"
    BY_REF = "by_ref"
    BY_MUT_REF = "by_mut_ref"
    BY_UNIQUE_REF = "by_unique_ref"


@dataclass(frozen=True, slots=True)
class CapturedPlace:
    """A variable (or a field path of one, 2021's disjoint capture) a closure captures."""

    var: HirId
    projections: tuple[str, ...]
    """Field names from the variable (`a.b.c` -> ("b", "c")); empty for the whole var."""
    kind: CaptureKind
    ty: t.Ty
    """The captured place's type (before the by-ref wrapping)."""
    span: object = None


@dataclass(frozen=True, slots=True)
class BindingMode:
    by_ref: Mutability | None
    mutbl: Mutability


@dataclass(slots=True)
class TypeckResults:
    owner: DefId
    node_types: dict[HirId, t.Ty] = field(default_factory=dict)
    node_args: dict[HirId, t.GenericArgs] = field(default_factory=dict)
    type_dependent_defs: dict[HirId, tuple[DefKind, DefId]] = field(default_factory=dict)
    adjustments: dict[HirId, list[Adjustment]] = field(default_factory=dict)
    pat_binding_modes: dict[HirId, BindingMode] = field(default_factory=dict)
    pat_adjustments: dict[HirId, list[t.Ty]] = field(default_factory=dict)
    """Match ergonomics: the reference types peeled before a pattern applied."""
    field_indices: dict[HirId, int] = field(default_factory=dict)
    """Field expressions, struct expression fields and pattern fields: the field's index."""
    closure_kinds: dict[DefId, t.Ty] = field(default_factory=dict)
    closure_kind_origins: dict[DefId, Span] = field(default_factory=dict)
    """For an `FnOnce` closure: where its body moves a captured variable (rustc's
    `closure_kind_origins`, for "closure cannot be invoked more than once")."""
    closure_captures: dict[DefId, list[CapturedPlace]] = field(default_factory=dict)
    closure_sigs: dict[DefId, t.FnSig] = field(default_factory=dict)
    coercion_casts: set[HirId] = field(default_factory=set)
    operator_methods: dict[HirId, tuple[DefId, t.GenericArgs]] = field(default_factory=dict)
    """Overloaded operators, calls, index and deref expressions: the trait method used."""
    tainted_by_errors: bool = False
    finished: bool = False
    names_statics: bool = False
    """A path of the body (or of its closures) names a `static` (the unsafety check looks
    for uses of mutable ones only then)."""

    def expr_ty(self, hir_id: HirId) -> t.Ty:
        return self.node_types.get(hir_id, t.ERROR)

    def expr_ty_adjusted(self, hir_id: HirId) -> t.Ty:
        adj = self.adjustments.get(hir_id)
        if adj:
            return adj[-1].target
        return self.expr_ty(hir_id)
