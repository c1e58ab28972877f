"""Lints on method calls: `clone_on_copy`, `len_zero`, and the small rewrites of std
method chains (`get_first`, `iter_nth`, `filter_next`, `unwrap_or_default`,
`unnecessary_lazy_evaluations`, `single_char_add_str`, `mem_replace_with_default`).

Each identifies the method by what it resolved to (`LintCx.is_method`: the trait or the
type of the impl and the method's name), never by the name alone.
"""

from __future__ import annotations

from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import Parents, on_expr
from ferric.lint.registry import CLONE_ON_COPY, GET_FIRST, LEN_ZERO, SINGLE_CHAR_ADD_STR
from ferric.ty import ty as t


@on_expr(hir.MethodCallExpr)
def clone_on_copy(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if e.args or cx.from_expansion(e.span) or not cx.is_method(e, "Clone", "clone"):
        return
    ty = cx.ty(e)
    if ty is None or not cx.is_copy(ty):
        return
    recv = e.receiver
    recv_ty = cx.ty(recv)
    if recv_ty is None:
        return
    snip = cx.expr_snippet(recv)
    if recv_ty == ty:
        help_msg, text = "try removing the `clone` call", snip
    else:
        help_msg, text = "try dereferencing it", "*" * _ref_depth(recv_ty, ty) + snip
    d = cx.lint(CLONE_ON_COPY, e.span, f"using `clone` on type `{ty}` which implements the `Copy` trait")
    if d is not None:
        d.with_suggestion(help_msg, [(e.span, text)], style="inline")


def _ref_depth(ty: t.Ty, target: t.Ty) -> int:
    n = 0
    while isinstance(ty, t.Ref) and ty != target:
        ty = ty.pointee
        n += 1
    return n


_ZERO_CMPS = {
    # (op, len on the left?, literal) -> (is_empty negated?, compared to one?)
    (hir.BinOpKind.EQ, True, 0): (False, False),
    (hir.BinOpKind.EQ, False, 0): (False, False),
    (hir.BinOpKind.NE, True, 0): (True, False),
    (hir.BinOpKind.NE, False, 0): (True, False),
    (hir.BinOpKind.GT, True, 0): (True, False),
    (hir.BinOpKind.LT, False, 0): (True, False),
    (hir.BinOpKind.LT, True, 1): (False, True),
    (hir.BinOpKind.GT, False, 1): (False, True),
    (hir.BinOpKind.GE, True, 1): (True, True),
    (hir.BinOpKind.LE, False, 1): (True, True),
}


@on_expr(hir.BinaryExpr)
def len_zero(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if cx.from_expansion(e.span):
        return
    for len_side, lit_side, len_left in ((e.lhs, e.rhs, True), (e.rhs, e.lhs, False)):
        n = int_literal(lit_side)
        if n is None or not _is_len_call(cx, len_side):
            continue
        shape = _ZERO_CMPS.get((e.op, len_left, n))
        if shape is None:
            return
        if _enclosing_fn_name(cx) == "is_empty":
            return
        negated, one = shape
        assert isinstance(len_side, hir.MethodCallExpr)
        recv = cx.expr_snippet(len_side.receiver)
        d = cx.lint(LEN_ZERO, e.span, f"length comparison to {'one' if one else 'zero'}")
        if d is not None:
            method = "!is_empty" if negated else "is_empty"
            d.with_suggestion(
                f"using `{method}` is clearer and more explicit",
                [(e.span, f"{'!' if negated else ''}{recv}.is_empty()")],
                style="inline",
            )
        return


def _is_len_call(cx: LintCx, e: hir.Expr) -> bool:
    if not (isinstance(e, hir.MethodCallExpr) and e.segment.ident.name == "len" and not e.args):
        return False
    recv_ty = cx.ty_adjusted(e.receiver)
    return recv_ty is not None and has_is_empty(cx, recv_ty)


def has_is_empty(cx: LintCx, ty: t.Ty) -> bool:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if isinstance(ty, t.Str | t.Slice | t.Array):
        return True
    return cx.has_inherent_method(ty, "is_empty")


def _enclosing_fn_name(cx: LintCx) -> str | None:
    owner = cx.owner
    return cx.tcx.item_name(owner) if owner is not None else None


def int_literal(e: hir.Expr) -> int | None:
    """The value of an unsuffixed-or-suffixed integer literal expression."""
    if isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.INT and not e.negated:
        v = e.lit.value
        return v if isinstance(v, int) else None
    return None


@on_expr(hir.MethodCallExpr)
def get_first(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if len(e.args) != 1 or int_literal(e.args[0]) != 0 or cx.from_expansion(e.span):
        return
    if not cx.is_method(e, "slice", "get"):
        return
    recv = cx.expr_snippet(e.receiver)
    d = cx.lint(GET_FIRST, e.span, f"accessing first element with `{recv}.get(0)`")
    if d is not None:
        d.with_suggestion("try", [(e.span, f"{recv}.first()")], style="inline")


def _char_of(cx: LintCx, e: hir.Expr) -> str | None:
    """`'a'` for a string literal of one character (written as a char literal)."""
    if not (isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.STR) or not isinstance(e.lit.value, str):
        return None
    if len(e.lit.value) != 1:
        return None
    raw = cx.snippet(e.span)
    if not (raw.startswith('"') and raw.endswith('"')):
        return None
    inner = raw[1:-1]
    if inner == "'":
        inner = "\\'"
    elif inner == '\\"':
        inner = '"'
    return f"'{inner}'"


@on_expr(hir.MethodCallExpr)
def single_char_add_str(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    name = e.segment.ident.name
    if name not in ("push_str", "insert_str") or cx.from_expansion(e.span) or not cx.is_method(e, "String", name):
        return
    ch = _char_of(cx, e.args[-1]) if e.args else None
    if ch is None:
        return
    short = name.removesuffix("_str")
    recv = cx.expr_snippet(e.receiver)
    args = ", ".join([*(cx.snippet(a.span) for a in e.args[:-1]), ch])
    d = cx.lint(SINGLE_CHAR_ADD_STR, e.span, f"calling `{name}()` using a single-character string literal")
    if d is not None:
        d.with_suggestion(
            f"consider using `{short}` with a character literal", [(e.span, f"{recv}.{short}({args})")], style="inline"
        )
