"""Lints on `for` loops: `needless_range_loop`, `for_kv_map`, `explicit_counter_loop`,
`unused_enumerate_index`.

A `for pat in e { body }` reaches the HIR desugared (`hir.nodes` docstring); `for_loop`
takes it apart again: the pattern, the iterated expression and the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.control import local_of
from ferric.lint.methods import int_literal
from ferric.lint.passes import Parents, on_block, on_expr
from ferric.lint.registry import (
    EXPLICIT_COUNTER_LOOP,
    FOR_KV_MAP,
    NEEDLESS_RANGE_LOOP,
    UNUSED_ENUMERATE_INDEX,
)
from ferric.ty import ty as t


@dataclass(frozen=True, slots=True)
class ForLoop:
    pat: hir.Pat
    iter: hir.Expr
    body: hir.Expr


def for_loop(e: hir.Expr) -> ForLoop | None:
    """The parts of a desugared `for` loop (`e` is its outer `match`)."""
    if not (isinstance(e, hir.MatchExpr) and e.source is hir.MatchSource.FOR_LOOP and len(e.arms) == 1):
        return None
    scrut, loop = e.scrutinee, e.arms[0].body
    if not (isinstance(scrut, hir.CallExpr) and len(scrut.args) == 1 and isinstance(loop, hir.LoopExpr)):
        return None
    block = loop.body
    inner = block.expr
    if inner is None and len(block.stmts) == 1 and isinstance(block.stmts[0], hir.SemiStmt | hir.ExprStmt):
        inner = block.stmts[0].expr
    if not (isinstance(inner, hir.MatchExpr) and len(inner.arms) == 2):
        return None
    some = inner.arms[1]
    if not (isinstance(some.pat, hir.TupleStructPat) and len(some.pat.pats) == 1):
        return None
    return ForLoop(some.pat.pats[0], scrut.args[0], some.body)


def _range_parts(e: hir.Expr) -> tuple[hir.Expr, hir.Expr] | None:
    """`start..end` (a `Range` literal): (start, end)."""
    if isinstance(e, hir.StructExpr) and isinstance(e.qpath, hir.LangItemPath) and len(e.fields) == 2:
        fields = {f.ident.name: f.expr for f in e.fields}
        if set(fields) == {"start", "end"} and e.qpath.item in ("Range", "range"):
            return fields["start"], fields["end"]
    return None


@dataclass(slots=True)
class _Uses:
    indexed: bool = False
    """`v[i]` somewhere."""
    mutated: bool = False
    """`v[i]` assigned to or borrowed mutably."""
    other_v: bool = False
    """`v` used otherwise (or indexed by something else)."""
    other_i: bool = False
    """`i` used otherwise."""
    other_indexing: bool = False
    """Something else is indexed with `i` in it (`w[i]`, `v[i - 1]`): clippy keeps quiet."""


def _written_places(body: hir.Expr) -> set[int]:
    """The ids of every place expression written through: assignment targets and `&mut`
    operands, with the places they are projected from (`m[i]` in `m[i][j] = x`)."""
    out: set[int] = set()
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        target: object | None = None
        if isinstance(node, hir.AssignExpr | hir.AssignOpExpr):
            target = node.lhs
        elif isinstance(node, hir.AddrOfExpr) and node.mutbl is hir.Mutability.MUT:
            target = node.expr
        while isinstance(target, hir.IndexExpr | hir.FieldExpr):
            out.add(id(target))
            target = target.expr
        stack.extend(hir.child_nodes(node))
    return out


def _scan(cx: LintCx, body: hir.Expr, v: object, i: object) -> _Uses:
    uses = _Uses()
    written = _written_places(body)
    res = cx.typeck()
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.IndexExpr):
            if local_of(node.expr) == v and local_of(node.index) == i:
                uses.indexed = True
                autoref = res is not None and any(
                    a.mutbl is hir.Mutability.MUT for a in res.adjustments.get(node.hir_id, ())
                )
                if id(node) in written or autoref:
                    uses.mutated = True
                continue
            if _mentions(node.index, i):
                # `w[i]`, `v[i - 1]`, `m[j][i]`: indexed another way, which clippy
                # weighs by rules not modelled here
                uses.other_indexing = True
        if isinstance(node, hir.PathExpr):
            if local_of(node) == v:
                uses.other_v = True
            elif local_of(node) == i:
                uses.other_i = True
        stack.extend(hir.child_nodes(node))
    return uses


def _mentions(e: object, binding: object) -> bool:
    stack: list[object] = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.PathExpr) and local_of(node) == binding:
            return True
        stack.extend(hir.child_nodes(node))
    return False


@on_expr(hir.MatchExpr)
def needless_range_loop(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    fl = for_loop(e)
    if fl is None or not isinstance(fl.pat, hir.BindingPat) or cx.from_expansion(fl.pat.span):
        return
    parts = _range_parts(fl.iter)
    if parts is None:
        return
    start, end = parts
    indexed = _indexed_var(cx, fl.body, fl.pat.hir_id)
    if indexed is None:
        return
    v, uses = indexed
    v_name = _binding_name(cx, fl.body, v)
    if v_name is None:
        return
    ty = cx.ty(_first_use(fl.body, v) or fl.iter)
    if isinstance(ty, t.Array) and isinstance(end, hir.LitExpr):
        return  # clippy compares with the array's length: not modelled
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if not (isinstance(ty, t.Slice | t.Array) or (isinstance(ty, t.Adt) and cx.tcx.item_name(ty.def_id) in ("Vec", "VecDeque"))):
        return  # a type of the user's with `Index`: no `.iter()` to suggest
    end_is_len = (
        isinstance(end, hir.MethodCallExpr)
        and end.segment.ident.name == "len"
        and not end.args
        and local_of(end.receiver) == v
    )
    take = "" if end_is_len else f".take({cx.snippet(end.span)})"
    zero = int_literal(start) == 0
    skip = "" if zero else f".skip({cx.snippet(start.span)})"
    if uses.mutated and not zero and _mentions(start, v):
        return
    i_name = fl.pat.ident.name
    method = "iter_mut" if uses.mutated else "iter"
    range_span = fl.iter.span
    if uses.other_i:
        message = f"the loop variable `{i_name}` is used to index `{v_name}`"
        help_msg = "consider using an iterator and enumerate()"
        parts_ = [(fl.pat.span, f"({i_name}, <item>)"), (range_span, f"{v_name}.{method}().enumerate(){take}{skip}")]
    else:
        message = f"the loop variable `{i_name}` is only used to index `{v_name}`"
        help_msg = "consider using an iterator"
        if zero and not take:
            repl = f"&{'mut ' if uses.mutated else ''}{v_name}"
        else:
            repl = f"{v_name}.{method}(){take}{skip}"
        parts_ = [(fl.pat.span, "<item>"), (range_span, repl)]
    d = cx.lint(NEEDLESS_RANGE_LOOP, range_span, message)
    if d is not None:
        d.with_suggestion(help_msg, parts_, Applicability.HAS_PLACEHOLDERS)


def _indexed_var(cx: LintCx, body: hir.Expr, i: object) -> tuple[object, _Uses] | None:
    """The one local the loop variable indexes directly (`v[i]`), and how it is used."""
    found: set[object] = set()
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.IndexExpr) and local_of(node.index) == i:
            var = local_of(node.expr)
            if var is not None:
                found.add(var)
        stack.extend(hir.child_nodes(node))
    if len(found) != 1:
        return None
    v = found.pop()
    uses = _scan(cx, body, v, i)
    if not uses.indexed or uses.other_v or uses.other_indexing:
        return None
    return v, uses


def _first_use(body: hir.Expr, binding: object) -> hir.Expr | None:
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.PathExpr) and local_of(node) == binding:
            return node
        stack.extend(hir.child_nodes(node))
    return None


def _binding_name(cx: LintCx, body: hir.Expr, binding: object) -> str | None:
    use = _first_use(body, binding)
    return cx.snippet(use.span) if use is not None else None


@on_expr(hir.MatchExpr)
def for_kv_map(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    fl = for_loop(e)
    if fl is None or not isinstance(fl.pat, hir.TuplePat) or len(fl.pat.pats) != 2 or fl.pat.dotdot is not None:
        return
    key, value = fl.pat.pats
    if isinstance(key, hir.WildPat) and isinstance(value, hir.BindingPat):
        keep, what, method = value, "values", "values"
    elif isinstance(value, hir.WildPat) and isinstance(key, hir.BindingPat):
        keep, what, method = key, "keys", "keys"
    else:
        return
    it = fl.iter
    ty = cx.ty(it)
    mutbl = isinstance(ty, t.Ref) and ty.mutbl is hir.Mutability.MUT
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if not (isinstance(ty, t.Adt) and cx.tcx.item_name(ty.def_id) in ("HashMap", "BTreeMap")):
        return
    if not isinstance(cx.ty(e.scrutinee), t.Adt) or cx.from_expansion(it.span):
        return
    target = it.expr if isinstance(it, hir.AddrOfExpr) else it
    if mutbl and method == "values":
        method = "values_mut"
    elif mutbl:
        return
    d = cx.lint(FOR_KV_MAP, it.span, f"you seem to want to iterate on a map's {what}")
    if d is not None:
        d.with_suggestion(
            "use the corresponding method",
            [(fl.pat.span, cx.snippet(keep.span)), (it.span, f"{cx.expr_snippet(target)}.{method}()")],
        )


# -- explicit_counter_loop ------------------------------------------------------------------------


def _zero_counter(s: hir.Stmt) -> hir.BindingPat | None:
    """`let mut i = 0;` (unsuffixed, or `usize`)."""
    if not (isinstance(s, hir.LetStmt) and s.ty is None and s.els is None and s.init is not None):
        return None
    pat, init = s.pat, s.init
    if not (isinstance(pat, hir.BindingPat) and pat.mode.mutbl is hir.Mutability.MUT and pat.mode.by_ref is None):
        return None
    if int_literal(init) != 0 or not isinstance(init, hir.LitExpr) or init.lit.suffix not in (None, "usize"):
        return None
    return pat


def _loop_of(s: hir.Stmt | hir.Expr) -> tuple[hir.MatchExpr, ForLoop] | None:
    e = s.expr if isinstance(s, hir.ExprStmt | hir.SemiStmt) else s
    if isinstance(e, hir.MatchExpr):
        fl = for_loop(e)
        if fl is not None:
            return e, fl
    return None


def _is_increment(s: hir.Stmt, counter: object) -> bool:
    """`i += 1;`"""
    e = s.expr if isinstance(s, hir.SemiStmt | hir.ExprStmt) else None
    return (
        isinstance(e, hir.AssignOpExpr)
        and e.op is hir.BinOpKind.ADD
        and local_of(e.lhs) == counter
        and int_literal(e.rhs) == 1
    )


def _counter_ok(body: hir.Expr, counter: object) -> bool:
    """The loop body bumps the counter once, as a statement of its own, and otherwise only
    reads it; no `continue` skips the bump."""
    if not isinstance(body, hir.BlockExpr):
        return False
    incs = [s for s in body.block.stmts if _is_increment(s, counter)]
    if len(incs) != 1:
        return False
    stack: list[tuple[object, object | None]] = [(body, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, hir.ContinueExpr | hir.ClosureExpr):
            return False
        if node is incs[0]:
            continue
        if isinstance(node, hir.PathExpr) and local_of(node) == counter:
            if isinstance(parent, hir.AssignExpr | hir.AssignOpExpr) and parent.lhs is node:
                return False
            if isinstance(parent, hir.AddrOfExpr) and parent.mutbl is hir.Mutability.MUT:
                return False
        stack.extend((c, node) for c in hir.child_nodes(node))
    return True


def _enumerable(cx: LintCx, it: hir.Expr) -> str | None:
    """How to write `it` as an iterator to call `enumerate()` on."""
    if isinstance(it, hir.AddrOfExpr):
        method = "iter_mut" if it.mutbl is hir.Mutability.MUT else "iter"
        return f"{cx.expr_snippet(it.expr)}.{method}()"
    ty = cx.ty(it)
    if isinstance(ty, t.Ref) and local_of(it) is not None:
        method = "iter_mut" if ty.mutbl is hir.Mutability.MUT else "iter"
        return f"{cx.snippet(it.span)}.{method}()"
    return None


@on_block
def explicit_counter_loop(cx: LintCx, block: hir.Block, parents: Parents) -> None:
    items: list[hir.Stmt | hir.Expr] = [*block.stmts, *([block.expr] if block.expr is not None else [])]
    for k, s in enumerate(items):
        counter = _zero_counter(s) if not isinstance(s, hir.Expr) else None
        if counter is None or cx.from_expansion(counter.span):
            continue
        for m in range(k + 1, len(items)):
            found = _loop_of(items[m])
            if found is None:
                if _mentions(items[m], counter.hir_id):
                    break
                continue
            match, fl = found
            later = any(_mentions(x, counter.hir_id) for x in items[m + 1 :])
            if later or _mentions(fl.iter, counter.hir_id) or not _counter_ok(fl.body, counter.hir_id):
                break
            it = _enumerable(cx, fl.iter)
            if it is None or cx.from_expansion(fl.pat.span):
                break
            span = Span(match.span.lo, fl.iter.span.hi, match.span.ctxt)
            name = counter.ident.name
            d = cx.lint(EXPLICIT_COUNTER_LOOP, span, f"the variable `{name}` is used as a loop counter")
            if d is not None:
                text = f"for ({name}, {cx.snippet(fl.pat.span)}) in {it}.enumerate()"
                d.with_suggestion("consider using", [(span, text)], Applicability.MAYBE_INCORRECT, "inline")
            break


@on_expr(hir.MatchExpr)
def unused_enumerate_index(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    fl = for_loop(e)
    if fl is None or not isinstance(fl.pat, hir.TuplePat) or len(fl.pat.pats) != 2 or fl.pat.dotdot is not None:
        return
    index, item = fl.pat.pats
    it = fl.iter
    if not isinstance(index, hir.WildPat) or not (isinstance(it, hir.MethodCallExpr) and it.segment.ident.name == "enumerate"):
        return
    if it.args or cx.from_expansion(it.span) or not cx.is_method(it, "Iterator", "enumerate"):
        return
    span = Span(it.receiver.span.hi, it.span.hi, it.span.ctxt)
    d = cx.lint(UNUSED_ENUMERATE_INDEX, span, "you seem to use `.enumerate()` and immediately discard the index")
    if d is not None:
        d.with_suggestion("remove the `.enumerate()` call", [(fl.pat.span, cx.snippet(item.span)), (span, "")])
