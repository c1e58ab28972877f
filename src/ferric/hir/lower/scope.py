"""Lexical scopes of late resolution: ribs (rustc_resolve's `Rib`, `RibKind`).

Inside items, names are found by walking a stack of *ribs* from the innermost out, one
stack per namespace (values, types), plus one for labels and one for lifetimes:

- NORMAL ribs hold local bindings (`let`, parameters, patterns of arms and closures);
- ITEM ribs hold an item's generic parameters (and `Self`) and mark the border of a nested
  item: locals outside it are not visible (E0434), nor are outer generic parameters (E0401);
- FN ribs mark a function or closure body (labels do not cross them);
- CONSTANT ribs mark a constant context inside a body (array lengths, repeat counts, const
  arguments, enum discriminants): locals outside are not visible (E0435);
- MODULE ribs hold a module (the item's module at the bottom, or a block's anonymous
  module): lookups there fall through to the module's items;
- MACRO_DEF ribs mark where a `macro_rules!` is defined inside a body: an identifier the
  macro made continues its search, from there on, as its call site's identifier (so a macro
  sees the locals of its definition site, as rustc's `macro_rules` hygiene does);
- FORWARD_BAN ribs hide generic parameters not declared yet (defaults, E0128);
- CONST_PARAM_TY ribs hide generic parameters from const parameter types (E0770).

Local bindings are hygienic: a binding is found only by an identifier of the same syntax
context (`Span.ctxt`). Generic parameters, `Self` and items ignore contexts.
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.resolve.defs import DefId, HirId, Res
from ferric.resolve.module import Module
from ferric.syntax.ast import Ident

ANY_CTXT = -1
"""The context key of bindings that ignore hygiene (generic parameters, `Self`)."""


class RibKind(enum.Enum):
    NORMAL = "normal"
    ITEM = "item"
    ASSOC_ITEM = "assoc_item"
    """The generic parameters of an associated item (does not hide the impl's/trait's)."""
    FN = "fn"
    CLOSURE = "closure"
    CONSTANT = "constant"
    MODULE = "module"
    MACRO_DEF = "macro_def"
    FORWARD_BAN = "forward_ban"
    CONST_PARAM_TY = "const_param_ty"
    INLINE_CONST = "inline_const"


@dataclass(slots=True)
class Rib:
    kind: RibKind
    bindings: dict[tuple[str, int], Res] = field(default_factory=dict)
    """(name, syntax context or ANY_CTXT) -> what it resolves to."""
    spans: dict[tuple[str, int], Span] = field(default_factory=dict)
    module: Module | None = None
    macro_def: Span | None = None
    """MACRO_DEF: the `macro_rules!` item's span (identifies the macro)."""
    has_generics: bool = False
    """ITEM: the item has generic parameters of its own (rustc's `HasGenericParams`)."""
    item_kind: str = ""
    """ITEM: what the nested item is (`fn`, `struct`, `impl`...) for E0401's label."""
    item_span: Span | None = None
    """ITEM: where the item's generics are (E0401 points at the outer parameter too)."""
    is_anon_const_trivial: bool = False
    """CONSTANT: a bare const parameter `N` is allowed here (`[T; N]`)."""
    const_kind: str = ""
    """CONSTANT: "const", "static", "anon" (array length, repeat count, discriminant)."""
    item_ident: Ident | None = None
    """CONSTANT of a `const`/`static` item: its name (E0435 suggests `let` for it)."""
    banned: frozenset[str] = frozenset()
    """FORWARD_BAN: names of the parameters declared later."""
    skipped: list[tuple[DefId, Span, bool]] = field(default_factory=list)
    """Struct patterns bound here that may not bind all fields: (struct or variant, the
    pattern's span, whether it had a syntax error)."""

    def add(self, name: str, ctxt: int, res: Res, span: Span) -> None:
        self.bindings[(name, ctxt)] = res
        self.spans[(name, ctxt)] = span

    def get(self, name: str, ctxt: int) -> Res | None:
        b = self.bindings
        r = b.get((name, ctxt))
        if r is None and ctxt != ANY_CTXT:
            r = b.get((name, ANY_CTXT))
        return r


class LabelRibKind(enum.Enum):
    NORMAL = "normal"
    BARRIER = "barrier"
    """A closure, a function or an item: labels outside cannot be reached (E0767)."""


@dataclass(slots=True)
class LabelRib:
    kind: LabelRibKind
    labels: dict[tuple[str, int], tuple[HirId, Span]] = field(default_factory=dict)


@dataclass(slots=True)
class LoopScope:
    """A loop or labelled block being lowered (the target of `break`/`continue`)."""

    hir_id: HirId
    label: str | None
    ctxt: int
    is_loop: bool
    """False for a labelled block (a `break 'a` target, not a `continue`/bare `break` one)."""
    span: Span
    kind: str = "loop"
    """"loop", "while", "for", or "block" (a labelled block)."""
    block_span: Span | None = None


class LifetimeRibKind(enum.Enum):
    GENERICS = "generics"
    """An item's (or binder's) named lifetime parameters."""
    ELISION_FRESH = "fresh"
    """Fn inputs / impl headers: each elided lifetime is a fresh parameter."""
    ELISION_OUTPUT = "output"
    """Fn output: elided lifetimes take the elision rules' answer."""
    ANON_ERROR = "anon_error"
    """Elision is an error here (struct fields, type aliases, statics... E0106)."""
    STATIC = "static"
    """Elided means `'static` (consts, statics)."""
    INFER = "infer"
    """Bodies: elided lifetimes are inferred."""
    ITEM = "item"
    """The border of a nested item (outer lifetimes not visible)."""
    CONSTANT = "constant"


@dataclass(slots=True)
class LifetimeRib:
    kind: LifetimeRibKind
    params: dict[str, tuple[DefId, Span]] = field(default_factory=dict)
    output_res: object | None = None
    """ELISION_OUTPUT: the elision rules' answer (a `ElisionAnswer`), set by the fn lowering."""
    fresh: list[Span] = field(default_factory=list)
    """ELISION_FRESH: spans of the elided lifetimes made fresh parameters (their numbers are
    indices into this list)."""
    binder_span: Span | None = None
