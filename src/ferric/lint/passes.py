"""Where lint checks register, and the walk that runs them over the user's crate.

A check is a plain function registered for the kind of node it looks at:
`@on_expr(hir.BinaryExpr)`, `@on_stmt(...)`, `@on_block`, `@on_item(...)`, `@on_fn`.
`run_checks` walks the crate as rustc's late lint pass does: items in module order (the
items of a body where they are written), for each function first the `on_fn` checks, then
its body in pre-order (a node's checks run before its children's), closures' bodies in
place. Every check gets the ancestors of its node (`Parents`, innermost last) so it can
ask, e.g., whether an expression is a block's tail.

Invariant: the walk is iterative (user code nests deeply); checks never recurse without a
bound either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias, TypeVar

from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.resolve.defs import DefId

Parents: TypeAlias = list[object]
ExprCheck: TypeAlias = Callable[[LintCx, hir.Expr, Parents], None]
StmtCheck: TypeAlias = Callable[[LintCx, hir.Stmt, Parents], None]
BlockCheck: TypeAlias = Callable[[LintCx, hir.Block, Parents], None]
ItemCheck: TypeAlias = Callable[[LintCx, hir.Item], None]
FnCheck: TypeAlias = Callable[[LintCx, hir.FnItem, hir.Body], None]

_EXPR: dict[type, list[ExprCheck]] = {}
_STMT: dict[type, list[StmtCheck]] = {}
_BLOCK: list[BlockCheck] = []
_ITEM: dict[type, list[ItemCheck]] = {}
_FN: list[FnCheck] = []

F = TypeVar("F")


def on_expr(*kinds: type) -> Callable[[F], F]:
    def register(f: F) -> F:
        for k in kinds:
            _EXPR.setdefault(k, []).append(f)  # type: ignore[arg-type]
        return f

    return register


def on_stmt(*kinds: type) -> Callable[[F], F]:
    def register(f: F) -> F:
        for k in kinds:
            _STMT.setdefault(k, []).append(f)  # type: ignore[arg-type]
        return f

    return register


def on_item(*kinds: type) -> Callable[[F], F]:
    def register(f: F) -> F:
        for k in kinds:
            _ITEM.setdefault(k, []).append(f)  # type: ignore[arg-type]
        return f

    return register


def on_block(f: BlockCheck) -> BlockCheck:
    _BLOCK.append(f)
    return f


def on_fn(f: FnCheck) -> FnCheck:
    _FN.append(f)
    return f


def run_checks(cx: LintCx, root: DefId) -> None:
    """Run every registered check over the items under the module `root`."""
    items: list[DefId] = [root]
    while items:
        def_id = items.pop()
        item = cx.tcx.hir.items.get(def_id)
        if item is None:
            continue
        cx.owner = def_id
        for check in _ITEM.get(type(item), ()):
            check(cx, item)
        nested: tuple[DefId, ...] = ()
        if isinstance(item, hir.ModItem | hir.ImplItem | hir.TraitItem):
            nested = item.items
        elif isinstance(item, hir.FnItem | hir.ConstItem | hir.StaticItem) and item.body is not None:
            nested = _walk_body(cx, item, item.body)
        items.extend(reversed(nested))


def _walk_body(cx: LintCx, item: hir.Item, body_id: DefId) -> tuple[DefId, ...]:
    """Run the body checks over `body_id`; the items declared inside it (walked after)."""
    body = cx.tcx.body(body_id)
    if body is None:
        return ()
    cx.owner = body_id
    if isinstance(item, hir.FnItem):
        for fcheck in _FN:
            fcheck(cx, item, body)
    nested: list[DefId] = []
    parents: Parents = []
    stack: list[tuple[object, bool]] = [(body.value, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            parents.pop()
            continue
        _visit(cx, node, parents)
        if isinstance(node, hir.ItemStmt):
            nested.append(node.item)
            continue
        children: list[object] = list(hir.child_nodes(node))
        if isinstance(node, hir.ClosureExpr):
            closure = cx.tcx.body(node.def_id)
            if closure is not None:
                children.append(closure.value)
        stack.append((node, True))
        parents.append(node)
        stack.extend((c, False) for c in reversed(children))
    cx.owner = body_id
    return tuple(nested)


def _visit(cx: LintCx, node: object, parents: Parents) -> None:
    kind = type(node)
    if kind is hir.Block:
        for bcheck in _BLOCK:
            bcheck(cx, node, parents)  # type: ignore[arg-type]
        return
    for echeck in _EXPR.get(kind, ()):
        echeck(cx, node, parents)  # type: ignore[arg-type]
    for scheck in _STMT.get(kind, ()):
        scheck(cx, node, parents)  # type: ignore[arg-type]
