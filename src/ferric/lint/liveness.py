"""Liveness lints: `unused_variables` and `unused_assignments`, from one walk over each
body's HIR.

rustc computes these on MIR, so code after something that diverges does not exist for it:
neither the bindings declared there nor the reads there count. The walk follows that: it
leaves out the statements and expressions `diverges.Unreachable` found unreachable.

A binding never read is reported: "unused variable: `x`" when nothing assigns to it after
its declaration, else "variable `x` is assigned to, but never used" and then each
assignment as "value assigned to `x` is never read". Reads are uses of the local by path
anywhere but as the target of `=` or a built-in `op=` (through field projections); a
closure mentioning a local reads it. What needs a dataflow analysis — an assignment
overwritten before a read of a variable that is read elsewhere — is not reported (rustc
does; ferric stays silent rather than guess).

Order: per body (items in order), its closures' reports first (inner before outer), each
body's unused variables in declaration order, then its unused assignments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.builtin import UNUSED_ASSIGNMENTS, UNUSED_VARIABLES, BuiltinLints
from ferric.resolve.defs import DefId, HirId, LocalRes
from ferric.ty import ty as t
from ferric.typeck.results import TypeckResults


@dataclass(slots=True)
class _Binding:
    name: str
    ident_span: Span
    pat_span: Span
    body: DefId
    mutable: bool
    shorthand: bool


@dataclass(slots=True)
class _BodyFacts:
    bindings: dict[HirId, _Binding] = field(default_factory=dict)
    reads: set[HirId] = field(default_factory=set)
    read_in: dict[HirId, set[DefId]] = field(default_factory=dict)
    """The bodies each local is mentioned in (a closure mentioning a parent's local
    captures it)."""
    assigns: dict[HirId, list[Span]] = field(default_factory=dict)
    closures: list[DefId] = field(default_factory=list)
    """Bodies in report order: closures (inner first), the item's body last."""


def _local_of_place(res: TypeckResults, e: hir.Expr, needs_drop: Callable[[t.Ty], bool] | None) -> HirId | None:
    """The local `e` assigns to when it is `x` or `x.f.g` (no deref, explicit or
    automatic, no index): writing there does not read `x` — unless `x.f.g` is part of a
    value with drop glue, whose drop at the end of `x`'s scope then uses it (rustc's
    liveness runs on MIR)."""
    partial = isinstance(e, hir.FieldExpr)
    while isinstance(e, hir.FieldExpr):
        e = e.expr
        if res.adjustments.get(e.hir_id) or not isinstance(res.node_types.get(e.hir_id), t.Adt | t.Tuple):
            return None
    if partial and needs_drop is not None and needs_drop(res.node_types.get(e.hir_id, t.ERROR)):
        return None
    if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
        res = e.qpath.path.res
        if isinstance(res, LocalRes):
            return res.hir_id
    return None


def collect_body(
    bodies: dict[DefId, hir.Body],
    res: TypeckResults,
    owner: DefId,
    body: hir.Body,
    needs_drop: Callable[[t.Ty], bool] | None = None,
    dead: set[int] | None = None,
) -> _BodyFacts:
    """Bindings, reads and assignments of `body` and its closures (one iterative walk),
    leaving out the nodes in `dead` (`id()`s of unreachable statements and expressions)."""
    facts = _BodyFacts()
    dead = dead or set()
    skip: set[HirId] = set()
    # (node, body it belongs to, leaving-marker for closures)
    stack: list[tuple[object, DefId, bool]] = [(body.value, owner, False)]
    # (a closure's entry marked `True` is its DefId, met when the walk leaves the closure)
    stack.extend((p.pat, owner, False) for p in reversed(body.params))
    kinds = _KINDS
    while stack:
        node, cur, leaving = stack.pop()
        if id(node) in dead:
            continue
        if leaving:
            facts.closures.append(cur)
            continue
        kind = kinds.get(type(node))
        if kind is None:
            kind = _kind_of(type(node))
        if kind == _OTHER:
            pass  # (most nodes: one lookup instead of eight isinstance checks)
        elif isinstance(node, hir.OrPat):
            skip.update(_bindings_in(node))
        elif isinstance(node, hir.BindingPat):
            if node.hir_id not in skip and node.canonical is None:
                facts.bindings[node.hir_id] = _Binding(
                    node.ident.name, node.ident.span, node.span, cur,
                    node.mode.mutbl is hir.Mutability.MUT and node.mode.by_ref is None, False,
                )
        elif isinstance(node, hir.PatField):
            if node.is_shorthand and isinstance(node.pat, hir.BindingPat):
                stack.append((("shorthand", node.pat.hir_id), cur, False))
                stack.append((node.pat, cur, False))
                continue
        elif isinstance(node, tuple):
            b = facts.bindings.get(node[1])
            if b is not None:
                b.shorthand = True
            continue
        elif isinstance(node, hir.PathExpr):
            if isinstance(node.qpath, hir.ResolvedPath) and isinstance(node.qpath.path.res, LocalRes):
                facts.reads.add(node.qpath.path.res.hir_id)
                facts.read_in.setdefault(node.qpath.path.res.hir_id, set()).add(cur)
            continue
        elif isinstance(node, hir.AssignExpr | hir.AssignOpExpr):
            target = _local_of_place(res, node.lhs, needs_drop)
            builtin = isinstance(node, hir.AssignExpr) or node.hir_id not in res.operator_methods
            binding = facts.bindings.get(target) if target is not None else None
            if target is not None and builtin and (binding is None or binding.body == cur):
                facts.read_in.setdefault(target, set()).add(cur)
                # (A value with drop glue is replaced by a drop and a write: rustc's MIR
                # liveness points at the place alone.)
                whole_drop = needs_drop is not None and isinstance(node, hir.AssignExpr) and not isinstance(node.lhs, hir.FieldExpr) and needs_drop(res.node_types.get(node.lhs.hir_id, t.ERROR))
                facts.assigns.setdefault(target, []).append(node.lhs.span if whole_drop else node.span)
                stack.append((node.rhs, cur, False))
                continue
        elif isinstance(node, hir.ClosureExpr):
            cbody = bodies.get(node.def_id)
            if cbody is not None:
                stack.append((node.def_id, node.def_id, True))
                stack.append((cbody.value, node.def_id, False))
                stack.extend((p.pat, node.def_id, False) for p in reversed(cbody.params))
            continue
        elif isinstance(node, hir.ItemStmt):
            continue
        stack.extend((c, cur, False) for c in reversed(list(hir.child_nodes(node))))
    facts.closures.append(owner)
    return facts


_OTHER = 0
_SPECIAL = 1
_KINDS: dict[type, int] = {}
"""`collect_body`: whether nodes of a class need one of its cases (made once per class)."""
_SPECIAL_CLASSES = (
    hir.OrPat, hir.BindingPat, hir.PatField, tuple, hir.PathExpr, hir.AssignExpr, hir.AssignOpExpr,
    hir.ClosureExpr, hir.ItemStmt,
)


def _kind_of(cls: type) -> int:
    kind = _KINDS[cls] = _SPECIAL if issubclass(cls, _SPECIAL_CLASSES) else _OTHER
    return kind


def _bindings_in(pat: hir.Pat) -> list[HirId]:
    out: list[HirId] = []
    stack: list[object] = [pat]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.BindingPat):
            out.append(node.hir_id)
        stack.extend(hir.child_nodes(node))
    return out


def report_liveness(lints: BuiltinLints, facts: _BodyFacts) -> None:
    """The unused-variable and unused-assignment reports of one item's bodies."""
    for body in facts.closures:
        dead_assigns: list[tuple[str, Span]] = []
        for hid, b in facts.bindings.items():
            if b.body != body or hid in facts.reads or b.name.startswith("_") or b.name == "self":
                continue
            if b.ident_span.ctxt != 0:
                continue
            assigns = facts.assigns.get(hid)
            if assigns:
                d = lints.lint(UNUSED_VARIABLES, b.pat_span, f"variable `{b.name}` is assigned to, but never used")
                if d is not None:
                    d.with_note(f"consider using `_{b.name}` instead")
                dead_assigns.extend((b.name, s) for s in assigns)
                continue
            span = b.pat_span if b.mutable else b.ident_span
            d = lints.lint(UNUSED_VARIABLES, span, f"unused variable: `{b.name}`")
            if d is None:
                continue
            if b.shorthand:
                d.with_suggestion("try ignoring the field", [(span, f"{b.name}: _")], Applicability.MACHINE_APPLICABLE, "inline")
            else:
                d.with_suggestion(
                    "if this is intentional, prefix it with an underscore",
                    [(span, f"_{b.name}")],
                    Applicability.MACHINE_APPLICABLE,
                    "inline",
                )
        for name, span in sorted(dead_assigns, key=lambda x: x[1].lo):
            d = lints.lint(UNUSED_ASSIGNMENTS, span, f"value assigned to `{name}` is never read")
            if d is not None:
                d.with_help("maybe it is overwritten before being read?")


def captured(facts: _BodyFacts) -> set[HirId]:
    """Locals a closure mentions (their `mut` may be needed inside it)."""
    return {
        hid for hid, where in facts.read_in.items() if hid in facts.bindings and where - {facts.bindings[hid].body}
    }
