"""Unsafety checking (rustc's `check_unsafety`): the operations only an `unsafe` block or
`unsafe fn` may perform, reported as E0133 anywhere else.

Input: a body's HIR (closure bodies walked with their enclosing one, inheriting its
context) and its `TypeckResults`; output: diagnostics, one per operation, in source order.
Checked: calls of `unsafe fn` items, methods and pointers; dereferences of raw pointers;
uses of `static mut` items (not as the operand of `&raw const`/`&raw mut`, which is safe).
Inside an `unsafe fn` every operation is allowed (edition 2021: `unsafe_op_in_unsafe_fn`
is allow-by-default).

**Boundary:** not checked yet — union field reads, `extern` statics, inline assembly,
calls of functions with `#[target_feature]`, and the `unused_unsafe` lint.
"""

from __future__ import annotations

from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, DefRes
from ferric.syntax.ast import BorrowKind, Mutability, Safety, UnOp
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

_REQUIRES = "is unsafe and requires unsafe function or block"


def check_body_unsafety(tcx: TyCtxt, owner: DefId, results: TypeckResults) -> list[Diagnostic]:
    """E0133 for every unsafe operation of `owner`'s body (and its closures) outside an
    `unsafe` context."""
    body = tcx.body(owner)
    if body is None or not _may_hold_unsafe_ops(tcx, results):
        return []
    item = tcx.hir_item(owner)
    in_unsafe_fn = isinstance(item, hir.FnItem) and item.sig.header.safety is Safety.UNSAFE
    out: list[Diagnostic] = []
    stack: list[tuple[object, bool]] = [(body.value, in_unsafe_fn)]
    while stack:
        node, safe_ctx = stack.pop()
        if isinstance(node, hir.Block) and node.rules is hir.BlockRules.UNSAFE:
            safe_ctx = True
        if not safe_ctx:
            d = _unsafe_op(tcx, node, results)
            if d is not None:
                out.append(d)
        if isinstance(node, hir.AddrOfExpr) and node.kind is BorrowKind.RAW and _is_static_mut_path(tcx, node.expr):
            # `&raw const STATIC` takes no reference to the static's contents: safe.
            stack.extend((c, safe_ctx) for c in hir.child_nodes(node.expr))
            continue
        if isinstance(node, hir.ClosureExpr):
            inner = tcx.body(node.def_id)
            if inner is not None:
                stack.append((inner.value, safe_ctx))
        stack.extend((c, safe_ctx) for c in hir.child_nodes(node))
    out.sort(key=lambda d: d.primary_span.lo if d.primary_span is not None else 0)
    return out


def _may_hold_unsafe_ops(tcx: TyCtxt, results: TypeckResults) -> bool:
    """Whether the body may hold an operation `_unsafe_op` reports, told from its type
    checking results without walking it: a path naming a `static`, a value of raw pointer
    type (what a dereference reads), a callee of an unsafe fn item or pointer type, an
    unsafe method. Always True for a body whose type checking did not finish cleanly (an
    expression it did not reach may hold one)."""
    if not results.finished or results.tainted_by_errors or results.names_statics:
        return True
    for ty in results.node_types.values():
        if isinstance(ty, t.RawPtr):
            return True
        if isinstance(ty, t.FnDef):
            if tcx.fn_sig(ty.def_id).safety == "unsafe":
                return True
        elif isinstance(ty, t.FnPtr) and ty.sig.safety == "unsafe":
            return True
    for kind, def_id in results.type_dependent_defs.values():
        if kind in (DefKind.FN, DefKind.ASSOC_FN) and tcx.fn_sig(def_id).safety == "unsafe":
            return True
    return False


def _unsafe_op(tcx: TyCtxt, node: object, results: TypeckResults) -> Diagnostic | None:
    if isinstance(node, hir.CallExpr):
        callee = results.node_types.get(node.func.hir_id)
        if isinstance(callee, t.FnDef) and tcx.fn_sig(callee.def_id).safety == "unsafe":
            name = tcx.def_path_str(callee.def_id)
            return _error(f"call to unsafe function `{name}` {_REQUIRES}", node.span, "call to unsafe function",
                          "consult the function's documentation for information on how to avoid undefined behavior")
        if isinstance(callee, t.FnPtr) and callee.sig.safety == "unsafe":
            return _error(f"call to unsafe function {_REQUIRES}", node.span, "call to unsafe function",
                          "consult the function's documentation for information on how to avoid undefined behavior")
    elif isinstance(node, hir.MethodCallExpr):
        dep = results.type_dependent_defs.get(node.hir_id)
        if dep is not None and tcx.fn_sig(dep[1]).safety == "unsafe":
            name = tcx.def_path_str(dep[1])
            return _error(f"call to unsafe function `{name}` {_REQUIRES}", node.span, "call to unsafe function",
                          "consult the function's documentation for information on how to avoid undefined behavior")
    elif isinstance(node, hir.UnaryExpr) and node.op is UnOp.DEREF:
        operand = results.node_types.get(node.expr.hir_id)
        if isinstance(operand, t.RawPtr):
            return _error(f"dereference of raw pointer {_REQUIRES}", node.span, "dereference of raw pointer",
                          "raw pointers may be null, dangling or unaligned; they can violate aliasing rules and "
                          "cause data races: all of these are undefined behavior")
    elif isinstance(node, hir.PathExpr) and _is_static_mut_path(tcx, node):
        return _error(f"use of mutable static {_REQUIRES}", node.span, "use of mutable static",
                      "mutable statics can be mutated by multiple threads: aliasing violations or data races "
                      "will cause undefined behavior")
    return None


def _is_static_mut_path(tcx: TyCtxt, e: hir.Expr) -> bool:
    if not isinstance(e, hir.PathExpr) or not isinstance(e.qpath, hir.ResolvedPath):
        return False
    res = e.qpath.path.res
    if not isinstance(res, DefRes) or res.kind is not DefKind.STATIC:
        return False
    item = tcx.hir_item(res.def_id)
    return isinstance(item, hir.StaticItem) and item.mutbl is Mutability.MUT


def _error(msg: str, span: object, label: str, note: str) -> Diagnostic:
    d = Diagnostic.error(msg, span, "E0133")  # type: ignore[arg-type]
    d.with_primary(span, label)  # type: ignore[arg-type]
    d.with_note(note)
    return d
