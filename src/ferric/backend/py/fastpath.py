"""Fast paths: std code whose effect the Python backend can reach with Python's own
machinery, recognised by concrete type (never by what a program computes).

- `for_iterable`: a `for` loop over an iterator whose items Python can produce itself
  (integer `Range`/`RangeInclusive`, `slice::Iter`, `str::Chars`, and `Enumerate` of those) runs as a
  Python `for` over `range(..)` or a list slice instead of calling `Iterator::next` and
  testing an `Option` per item. The iterator is the loop's hidden `iter` binding, which no
  other code can see, so leaving its state unchanged is unobservable; the items are the
  same values in the same order, and `break`/`continue` mean the same.

- `call`: `Iterator::next` of an integer `Range` or a `slice::Iter` as one runtime call
  (`rt.ops.range_next`, `slice_iter_next`) instead of std's generic body (`Step`,
  `mem::replace`, `elem`), for adapters and explicit `next` calls.

Invariant: a fast path yields exactly the values, panics and drops of the std code it
stands for; anything it does not recognise goes through the ordinary call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ferric.backend.py.mono import Instance, InstKind
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefKind
from ferric.ty import ty as t

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen


def std_path(cg: FnCodegen, ty: t.Ty) -> str | None:
    """`slice::iter::Iter` for a std ADT (its path inside std), else None."""
    if not isinstance(ty, t.Adt):
        return None
    defs = cg.tcx.defs
    if defs[ty.def_id].crate != 1:
        return None
    return defs.path_str(ty.def_id)


def _is_int(ty: t.Ty) -> bool:
    return isinstance(ty, t.Int | t.Uint)


def _iterable(cg: FnCodegen, ty: t.Ty, it: str) -> str | None:
    """A Python iterable over the items of the iterator `it` (of type `ty`), or None."""
    if not isinstance(ty, t.Adt):
        return None
    tcx = cg.tcx
    if tcx.is_lang_item(ty.def_id, "Range") and _is_int(ty.args[0]):  # type: ignore[arg-type]
        return f"range({it}.f0, {it}.f1)"
    if tcx.is_lang_item(ty.def_id, "RangeInclusive") and _is_int(ty.args[0]):  # type: ignore[arg-type]
        return f"(() if {it}.f2 else range({it}.f0, {it}.f1 + 1))"
    path = std_path(cg, ty)
    if path == "slice::iter::Iter":
        return f"{it}.f0.b[{it}.f0.lo + {it}.f1:{it}.f0.lo + {it}.f2]"
    if path == "str::iter::Chars":
        return f"bytes({it}.f0.f0.b[{it}.f0.f0.lo + {it}.f0.f1:{it}.f0.f0.lo + {it}.f0.f2]).decode()"
    if path == "iter::adapters::map::Enumerate":
        inner = ty.args[0]
        assert isinstance(inner, t.Ty)
        src = _iterable(cg, inner, f"{it}.f0")
        if src is not None:
            return f"enumerate({src}, {it}.f1)"
    return None


def for_iterable(cg: FnCodegen, e: hir.LoopExpr) -> tuple[str, hir.Pat, hir.Expr, t.Ty, bool] | None:
    """For a desugared `for` loop (`LoopSource.FOR_LOOP`): the Python iterable, the item
    pattern, the body, the item type and whether items are Python tuples (enumerate)."""
    stmts = e.body.stmts
    if len(stmts) != 1 or e.body.expr is not None or not isinstance(stmts[0], hir.SemiStmt):
        return None
    inner = stmts[0].expr
    if not isinstance(inner, hir.MatchExpr) or inner.source is not hir.MatchSource.FOR_LOOP:
        return None
    call = inner.scrutinee
    if not isinstance(call, hir.CallExpr) or len(call.args) != 1 or not isinstance(call.args[0], hir.AddrOfExpr):
        return None
    iter_expr = call.args[0].expr
    if not isinstance(iter_expr, hir.PathExpr):
        return None
    some = inner.arms[1]
    if not isinstance(some.pat, hir.TupleStructPat) or len(some.pat.pats) != 1:
        return None
    opt_ty = cg.expr_ty(call)
    if not isinstance(opt_ty, t.Adt) or not opt_ty.args:
        return None
    item_ty = opt_ty.args[0]
    assert isinstance(item_ty, t.Ty)
    if cg.prog.needs_drop(item_ty):
        return None
    iter_ty = cg.expr_ty(iter_expr)
    place = cg.place(iter_expr)
    src = _iterable(cg, iter_ty, place.read())
    if src is None:
        return None
    return src, some.pat.pats[0], some.body, item_ty, src.startswith("enumerate(")


def call(cg: FnCodegen, inst: Instance, args: list[str]) -> str | None:
    """A call of `inst` done by the runtime directly, or None."""
    if inst.kind is not InstKind.ITEM or len(args) != 1:
        return None
    tcx = cg.tcx
    if tcx.item_name(inst.def_id) != "next":
        return None
    parent = tcx.parent(inst.def_id)
    if parent is None or tcx.def_kind(parent) is not DefKind.IMPL:
        return None
    self_ty = cg.mono.concrete(tcx.type_of(parent), inst.args)
    if not isinstance(self_ty, t.Adt):
        return None
    from ferric.backend.py.intrinsics import _ret_ty, _variant

    ret = _ret_ty(cg.prog, inst)
    if tcx.is_lang_item(self_ty.def_id, "Range") and _is_int(self_ty.args[0]):  # type: ignore[arg-type]
        r = cg.spill(f"range_next({args[0]})")
        return f"({_variant(cg.prog, ret, 'None', [])} if {r} is None else {_variant(cg.prog, ret, 'Some', [r])})"
    if std_path(cg, self_ty) == "slice::iter::Iter":
        r = cg.spill(f"slice_iter_next({args[0]})")
        return f"({_variant(cg.prog, ret, 'None', [])} if {r} is STOP else {_variant(cg.prog, ret, 'Some', [r])})"
    return None
