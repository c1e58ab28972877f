"""Value ranges of integer locals, so that an overflow check that cannot fail is left out.

Input → output: while `FnCodegen` compiles a branch or a loop body, the facts that hold
there about immutable integer locals (`if n < 2 { .. } else { n - 1 }`: `n >= 2` in the
`else`; `for i in 0..n`: `i <= MAX - 1`) → whether `a op b` of two operands (locals with
facts, integer literals) stays in its type's range, in which case `builtin_binop` emits
the plain Python operation.

**Invariant:** a fact is a proof, never a guess. It is recorded only for a local bound by
value without `mut` (so its value cannot change while the fact holds: it is read in the
condition, hence initialised, and no assignment can reach it), not captured by a closure
as a cell, of an integer type, compared by the built-in operator with an integer literal;
and it holds only inside the branch (or loop body, or `for` body) it was learnt for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ferric.backend.py.layout import int_range
from ferric.hir import nodes as hir
from ferric.resolve.defs import HirId, LocalRes
from ferric.syntax.ast import BinOpKind, Mutability
from ferric.ty import ty as t

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen

Interval = tuple[int, int]

_INT_LITERAL = re.compile(r"\(?-?\d+\)?")
_FLIP = {BinOpKind.LT: BinOpKind.GT, BinOpKind.GT: BinOpKind.LT, BinOpKind.LE: BinOpKind.GE, BinOpKind.GE: BinOpKind.LE}
_NEGATE = {
    BinOpKind.LT: BinOpKind.GE,
    BinOpKind.GE: BinOpKind.LT,
    BinOpKind.GT: BinOpKind.LE,
    BinOpKind.LE: BinOpKind.GT,
    BinOpKind.EQ: BinOpKind.NE,
    BinOpKind.NE: BinOpKind.EQ,
}


@contextmanager
def assume(cg: FnCodegen, cond: hir.Expr, truth: bool) -> Iterator[None]:
    """Code compiled inside runs only where `cond` evaluated to `truth`."""
    facts = cond_facts(cg, cond, truth)
    with known(cg, facts):
        yield


@contextmanager
def known(cg: FnCodegen, facts: dict[str, Interval]) -> Iterator[None]:
    """Code compiled inside may rely on `facts` (intersected with those already known)."""
    saved = dict(cg.facts)
    for name, (lo, hi) in facts.items():
        old = cg.facts.get(name)
        cg.facts[name] = (max(lo, old[0]), min(hi, old[1])) if old else (lo, hi)
    try:
        yield
    finally:
        cg.facts = saved


def cond_facts(cg: FnCodegen, cond: hir.Expr, truth: bool) -> dict[str, Interval]:
    """What `cond == truth` says about immutable integer locals (`a && b` true: both)."""
    if not isinstance(cond, hir.BinaryExpr):
        return {}
    if (cond.op is BinOpKind.AND and truth) or (cond.op is BinOpKind.OR and not truth):
        facts = cond_facts(cg, cond.lhs, truth)
        for name, iv in cond_facts(cg, cond.rhs, truth).items():
            old = facts.get(name)
            facts[name] = (max(iv[0], old[0]), min(iv[1], old[1])) if old else iv
        return facts
    if cond.op not in _NEGATE or cond.hir_id in cg.results.operator_methods:
        return {}
    op = cond.op if truth else _NEGATE[cond.op]
    local, lit = _immutable_int_local(cg, cond.lhs), _int_literal(cond.rhs)
    if local is None or lit is None:
        local, lit = _immutable_int_local(cg, cond.rhs), _int_literal(cond.lhs)
        op = _FLIP.get(op, op)
        if local is None or lit is None:
            return {}
    name, ty = local
    lo, hi = int_range(ty)
    if op is BinOpKind.LT:
        hi = min(hi, lit - 1)
    elif op is BinOpKind.LE:
        hi = min(hi, lit)
    elif op is BinOpKind.GT:
        lo = max(lo, lit + 1)
    elif op is BinOpKind.GE:
        lo = max(lo, lit)
    elif op is BinOpKind.EQ:
        lo, hi = max(lo, lit), min(hi, lit)
    elif lit == lo:  # `!=` the type's minimum or maximum narrows the range by one
        lo += 1
    elif lit == hi:
        hi -= 1
    else:
        return {}
    return {name: (lo, hi)}


def range_item_facts(cg: FnCodegen, name: str, item_ty: t.Ty, start: Interval | None = None) -> dict[str, Interval]:
    """The item of a `for` over a half-open integer `Range` (`start..end`): below `end`,
    so at most the type's maximum minus one; at least what `start` is known to be at
    least."""
    if not isinstance(item_ty, t.Int | t.Uint):
        return {}
    lo, hi = int_range(item_ty)
    return {name: (max(lo, start[0]) if start is not None else lo, hi - 1)}


def interval(cg: FnCodegen, operand: str) -> Interval | None:
    """The values a Python operand can have: an integer literal's, or a local's facts."""
    if _INT_LITERAL.fullmatch(operand):
        v = int(operand.strip("()"))
        return (v, v)
    return cg.facts.get(operand)


def cannot_overflow(cg: FnCodegen, op: BinOpKind, a: str, b: str, ty: t.Ty) -> bool:
    """Whether `a op b` (`+ - *`) certainly stays in `ty`'s range."""
    if not cg.facts:
        return False
    ia, ib = interval(cg, a), interval(cg, b)
    if ia is None or ib is None:
        return False
    if op is BinOpKind.ADD:
        lo, hi = ia[0] + ib[0], ia[1] + ib[1]
    elif op is BinOpKind.SUB:
        lo, hi = ia[0] - ib[1], ia[1] - ib[0]
    else:
        corners = [x * y for x in ia for y in ib]
        lo, hi = min(corners), max(corners)
    tlo, thi = int_range(ty)
    return tlo <= lo and hi <= thi


def _immutable_int_local(cg: FnCodegen, e: hir.Expr) -> tuple[str, t.Ty] | None:
    """The Python name and type of `e` when it is an immutable by-value integer local read
    directly (no adjustments, not a captured variable, not kept in a cell)."""
    if not isinstance(e, hir.PathExpr) or not isinstance(e.qpath, hir.ResolvedPath):
        return None
    res = e.qpath.path.res
    if not isinstance(res, LocalRes) or cg.results.adjustments.get(e.hir_id):
        return None
    hid = res.hir_id
    if hid in cg.celled or hid in cg.upvars:
        return None
    mode = cg.results.pat_binding_modes.get(hid)
    if mode is None or mode.by_ref is not None or mode.mutbl is not Mutability.NOT:
        return None
    name = cg.local_names.get(hid)
    ty = cg.expr_ty(e)
    if name is None or not name.isidentifier() or not isinstance(ty, t.Int | t.Uint):
        return None
    return name, ty


def _int_literal(e: hir.Expr) -> int | None:
    if not isinstance(e, hir.LitExpr) or e.lit.kind is not hir.LitKind.INT:
        return None
    v = int(e.lit.value)  # type: ignore[call-overload]
    return -v if e.negated else v


# -- merged overflow checks -------------------------------------------------------------------
#
# `x * 37 + 11` (debug build) checks each operation: two walrus temporaries, two range
# tests. When the leaves are locals and literals (re-reading them has no effect), the
# whole expression is computed once unchecked and its result tested against a *window*:
# the results for which no intermediate value can have left the type's range. Inside the
# window that is the value; outside it the per-operation checked expression runs again,
# which panics at the operation rustc's would (or, when nothing overflowed after all,
# gives the value). Windows: a leaf operation's is the type's range; `E + c` shifts
# `E`'s window by `c` (then clips it to the type); `E - c` likewise; `E * c` with `c >= 1`
# keeps `E`'s window when it holds 0 (the inner value `r / c` lies between 0 and `r`).
# Along an unsigned chain of `+` (any leaf) and `*` by a literal >= 1 no intermediate is
# negative and each is at most the result: the window is the type's range and only its
# maximum needs a test. A chain with a `-` tests both ends (`(a - b) + 4`: [4, MAX]).


class Arith:
    """A checked arithmetic expression the backend generated: `raw` computes the same
    value without checks, which is correct whenever the result lies in `window`.
    `monotone`: an unsigned chain of `+` and `*` by literals >= 1 (no intermediate value
    exceeds the result, and none is negative)."""

    __slots__ = ("monotone", "raw", "ty", "window")

    def __init__(self, raw: str, ty: t.Ty, window: Interval, monotone: bool) -> None:
        self.raw = raw
        self.ty = ty
        self.window = window
        self.monotone = monotone


def _is_leaf(s: str) -> bool:
    return s.isidentifier() or bool(_INT_LITERAL.fullmatch(s))


def _literal(s: str) -> int | None:
    return int(s.strip("()")) if _INT_LITERAL.fullmatch(s) else None


def merge_check(cg: FnCodegen, op: BinOpKind, a: str, b: str, ty: t.Ty, pyop: str, checked: str) -> str:
    """`checked` (`a op b` with its own overflow check), or an equivalent expression testing
    the result of a whole chain of operations once (see above)."""
    lo, hi = int_range(ty)
    unsigned = lo == 0
    if _is_leaf(a) and _is_leaf(b):
        monotone = unsigned and op in (BinOpKind.ADD, BinOpKind.MUL)
        cg.arith[checked] = Arith(f"({a} {pyop} {b})", ty, (lo, hi), monotone)
        return checked
    inner, other = cg.arith.get(a), b
    if (inner is None or not _is_leaf(b)) and op is not BinOpKind.SUB:
        inner, other = cg.arith.get(b), a
    if inner is None or inner.ty != ty or not _is_leaf(other):
        return checked
    c = _literal(other)
    wlo, whi = inner.window
    if c is None:
        # (`E + y` of a local `y`: only along a monotone unsigned chain.)
        if not (inner.monotone and op is BinOpKind.ADD):
            return checked
        window = (lo, hi)
    elif op is BinOpKind.ADD:
        window = (max(lo, wlo + c), min(hi, whi + c))
    elif op is BinOpKind.SUB:
        window = (max(lo, wlo - c), min(hi, whi - c))
    elif c >= 1 and wlo <= 0 <= whi:
        window = (wlo, whi)
    else:
        return checked
    if window[0] > window[1]:
        return checked
    monotone = inner.monotone and (op is BinOpKind.ADD or (op is BinOpKind.MUL and c is not None and c >= 1))
    raw = f"({inner.raw} {pyop} {other})" if other is b else f"({other} {pyop} {inner.raw})"
    r = cg.temp("r")
    # (Along a monotone chain no value is negative and the result is at least the
    # window's minimum, `c` more than its part's for `E + c`: only the maximum needs a test.)
    test = f"({r} := {raw}) <= {window[1]}" if monotone else f"{window[0]} <= ({r} := {raw}) <= {window[1]}"
    merged = f"({r} if {test} else {checked})"
    cg.arith[merged] = Arith(raw, ty, window, monotone)
    return merged


# -- bounds checks that cannot fail -----------------------------------------------------------
#
# `let n = v.len(); for i in 0..n { v[i] }`: when `v` is a slice parameter or a `&Vec<T>`
# parameter (neither can change length while the function runs: a slice's length is
# fixed, a shared borrow of a `Vec` forbids pushes for its whole life), `n` an immutable
# local holding that length and `i` the item of the `for` over `a..n`, then `i < n` and
# the index needs no check.


def note_for_loop(cg: FnCodegen, e: hir.MatchExpr) -> None:
    """At the `match IntoIterator::into_iter(a..n) { mut iter => loop .. }` of a `for`
    loop: remember `n` when it is an immutable integer local (`python_for` reads it)."""
    if len(e.arms) != 1 or not isinstance(e.scrutinee, hir.CallExpr) or len(e.scrutinee.args) != 1:
        return
    body, rng = e.arms[0].body, e.scrutinee.args[0]
    if not isinstance(body, hir.LoopExpr) or body.source is not hir.LoopSource.FOR_LOOP:
        return
    if not isinstance(rng, hir.StructExpr) or not isinstance(rng.qpath, hir.LangItemPath) or rng.qpath.item != "Range":
        return
    for f in rng.fields:
        if f.ident.name == "end":
            local = _immutable_int_local(cg, f.expr)
            if local is not None:
                cg.range_ends[body.hir_id] = local[0]


def note_let(cg: FnCodegen, pat: hir.BindingPat, name: str, value: str) -> None:
    """`let n = v.len();` (compiled to `len(v)` of a slice parameter or `len(v.a)` of a
    `&Vec` parameter): `n` is that length, while `n` is immutable."""
    mode = cg.results.pat_binding_modes.get(pat.hir_id)
    if mode is None or mode.by_ref is not None or mode.mutbl is not Mutability.NOT or pat.hir_id in cg.celled:
        return
    inner = value[1:-1] if value.startswith("(") and value.endswith(")") else value
    if inner.startswith("len(") and inner.endswith(")") and inner[4:-1] in cg.fixed_len:
        cg.len_of[name] = inner[4:-1]
    elif inner.endswith("_n") and inner[:-2] in cg.slice_params:
        cg.len_of[name] = inner[:-2]


def index_in_bounds(cg: FnCodegen, seq: str, idx: str) -> bool:
    """Whether `idx` is certainly below the length of `seq` (a fixed-length sequence:
    `cg.fixed_len`)."""
    bound = cg.below.get(idx)
    return bound is not None and cg.len_of.get(bound) == seq and seq in cg.fixed_len


def cached_elements(cg: FnCodegen, body: hir.Expr, item: HirId) -> list[tuple[str, str]]:
    """For the body of a `for` loop whose item is the immutable local `item`: the
    sequences whose element `s[item]` is a by-identity value the body uses, and whose
    list items nothing in the body can replace, as (the sequence's `cg.fixed_len` name,
    the element's Python read). Slice parameters and locals (`cg.slice_params`) qualify
    when `s` appears only indexed (never as an assignment's whole target) or as the
    receiver of std's `len`; `&Vec` parameters always (a shared borrow: nothing writes
    the vector). Never with a closure in the body. Such an element is the same object all
    through one iteration, so it can be read once (`FnCodegen.python_for`)."""
    from ferric.backend.py.codegen import _children
    from ferric.backend.py.layout import by_value

    names = {hid: name for hid, name in cg.local_names.items() if name in cg.slice_params or f"{name}.a" in cg.fixed_len}
    if not names:
        return []
    uses: dict[HirId, int] = {}
    bad: set[HirId] = set()
    work: list[tuple[object, object, int]] = [(body, None, 1)]
    while work:
        node, parent, weight = work.pop()
        if isinstance(node, hir.ClosureExpr):
            return []
        if isinstance(node, hir.AssignExpr) and isinstance(node.lhs, hir.IndexExpr):
            base = local_of(node.lhs.expr)
            if base is not None:
                bad.add(base)
        elif isinstance(node, hir.PathExpr):
            hid = local_of(node)
            if hid in names and names[hid] in cg.slice_params and not (
                (isinstance(parent, hir.IndexExpr) and parent.expr is node)
                or (isinstance(parent, hir.MethodCallExpr) and parent.receiver is node and _is_std_len(cg, parent))
            ):
                bad.add(hid)
        elif isinstance(node, hir.IndexExpr):
            base = local_of(node.expr)
            seq = cg.expr_ty_adjusted(node.expr)
            if base in names and local_of(node.index) == item and not by_value(cg.expr_ty(node)) and _fixed_seq(cg, seq, names[base]):
                uses[base] = uses.get(base, 0) + weight
        # (A use in an inner loop counts as many: reading the element once pays.)
        inner = 2 if isinstance(node, hir.LoopExpr) else weight
        work.extend((child, node, inner) for child in _children(node))
    out = []
    for hid in {h for h, n in uses.items() if n >= 2} - bad:
        name = names[hid]
        if name in cg.slice_params:
            out.append((name, f"{name}_b[{name}_lo + {{}}]"))
        else:
            out.append((f"{name}.a", f"{name}.a[{{}}]"))
    return out


def _fixed_seq(cg: FnCodegen, seq: t.Ty, name: str) -> bool:
    """`name` (of type `seq` once dereferenced) is a slice of `cg.slice_params` or a
    `&Vec` parameter whose list is `fixed_len`."""
    if isinstance(seq, t.Slice):
        return name in cg.slice_params
    return isinstance(seq, t.Adt) and cg.tcx.is_lang_item(seq.def_id, "Vec") and f"{name}.a" in cg.fixed_len


def local_of(e: hir.Expr) -> HirId | None:
    """The local `e` names (a plain path), else None."""
    if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath) and isinstance(e.qpath.path.res, LocalRes):
        return e.qpath.path.res.hir_id
    return None


def _is_std_len(cg: FnCodegen, e: hir.MethodCallExpr) -> bool:
    tdd = cg.results.type_dependent_defs.get(e.hir_id)
    return tdd is not None and cg.tcx.defs[tdd[1]].crate == 1 and cg.tcx.item_name(tdd[1]) == "len"


# -- statements whose element reads share one `try` -------------------------------------------

_PURE_EXPRS = (hir.PathExpr, hir.LitExpr, hir.FieldExpr, hir.IndexExpr, hir.BinaryExpr, hir.UnaryExpr, hir.CastExpr)


def guardable(cg: FnCodegen, s: hir.Stmt) -> bool:
    """Whether statement `s` only reads places (fields, `Vec`/slice/array elements, locals,
    derefs of references), computes with built-in operators and casts, and assigns: then
    every part of it runs, in order, and nothing in it changes the length of a list
    (`FnCodegen._guarded_stmt`). No calls (overloaded operators and derefs included), no
    `&&`/`||` (a part might not run), no blocks, branches or closures."""
    if isinstance(s, hir.LetStmt):
        if s.init is None or s.els is not None or not isinstance(s.pat, hir.BindingPat) or s.pat.sub is not None:
            return False
        roots = [s.init]
    elif isinstance(s, hir.SemiStmt | hir.ExprStmt):
        e = s.expr
        if isinstance(e, hir.AssignExpr | hir.AssignOpExpr):
            if isinstance(e, hir.AssignOpExpr) and e.hir_id in cg.results.operator_methods:
                return False
            roots = [e.lhs, e.rhs]
        else:
            return False
    else:
        return False
    work = list(roots)
    while work:
        e = work.pop()
        if not isinstance(e, _PURE_EXPRS):
            return False
        for adj in cg.results.adjustments.get(e.hir_id, ()):
            if adj.method is not None:
                return False
        if isinstance(e, hir.BinaryExpr):
            if e.op in (BinOpKind.AND, BinOpKind.OR) or (e.hir_id in cg.results.operator_methods and not _numbers(cg, e)):
                return False
            work += [e.lhs, e.rhs]
        elif isinstance(e, hir.UnaryExpr):
            if e.hir_id in cg.results.operator_methods:
                return False
            work.append(e.expr)
        elif isinstance(e, hir.IndexExpr):
            base = cg.expr_ty_adjusted(e.expr)
            if not (isinstance(base, t.Slice | t.Array) or (isinstance(base, t.Adt) and cg.tcx.is_lang_item(base.def_id, "Vec"))):
                return False
            work += [e.expr, e.index]
        elif isinstance(e, hir.FieldExpr | hir.CastExpr):
            work.append(e.expr)
        elif (isinstance(e, hir.PathExpr) and not isinstance(e.qpath, hir.ResolvedPath)) or (isinstance(e, hir.PathExpr) and not isinstance(e.qpath.path.res, LocalRes)):  # type: ignore[union-attr]
            return False
    return True


def _numbers(cg: FnCodegen, e: hir.BinaryExpr) -> bool:
    """`&a op &b` of numbers: std's forwarding impls, which the backend computes inline."""
    return cg._primitive_operands(e) is not None
