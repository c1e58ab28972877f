"""Lints on operators, comparisons, casts and literals: `bool_comparison`,
`manual_range_contains`, `int_plus_one`, `neg_multiply`, `identity_op`, `eq_op`,
`op_ref`, `partialeq_to_none`, `assign_op_pattern`, `precedence`, `char_lit_as_u8`,
`unnecessary_cast`, `approx_constant`, `needless_bool`, `comparison_to_empty`.

Operands are compared as clippy's `SpanlessEq` does for the simple cases handled here:
two side-effect-free expressions (paths, fields, literals, unary/binary operators of
those) with the same source text.
"""

from __future__ import annotations

import math

from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.methods import has_is_empty, int_literal
from ferric.lint.passes import Parents, on_expr
from ferric.lint.registry import (
    APPROX_CONSTANT,
    ASSIGN_OP_PATTERN,
    BOOL_COMPARISON,
    CHAR_LIT_AS_U8,
    COMPARISON_TO_EMPTY,
    EQ_OP,
    IDENTITY_OP,
    INT_PLUS_ONE,
    MANUAL_RANGE_CONTAINS,
    NEEDLESS_BOOL,
    NEG_MULTIPLY,
    OP_REF,
    PARTIALEQ_TO_NONE,
    PRECEDENCE,
    UNNECESSARY_CAST,
)
from ferric.resolve.defs import DefRes, PrimTyRes
from ferric.ty import ty as t

B = hir.BinOpKind
_CMP = {B.EQ: "==", B.NE: "!=", B.LT: "<", B.LE: "<=", B.GT: ">", B.GE: ">="}
_NEGATED_CMP = {B.EQ: "!=", B.NE: "==", B.LT: ">=", B.LE: ">", B.GT: "<=", B.GE: "<"}
_OP_TEXT = {
    B.ADD: "+", B.SUB: "-", B.MUL: "*", B.DIV: "/", B.REM: "%", B.AND: "&&", B.OR: "||",
    B.BIT_AND: "&", B.BIT_OR: "|", B.BIT_XOR: "^", B.SHL: "<<", B.SHR: ">>", **_CMP,
}
_ARITH = frozenset({B.ADD, B.SUB, B.MUL, B.DIV, B.REM})


def _pure(e: hir.Expr) -> bool:
    """Free of side effects, so that two copies of it are the same value."""
    stack: list[hir.Expr] = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, hir.PathExpr | hir.LitExpr):
            continue
        if isinstance(x, hir.FieldExpr | hir.UnaryExpr):
            stack.append(x.expr)
        elif isinstance(x, hir.BinaryExpr):
            stack.extend((x.lhs, x.rhs))
        elif isinstance(x, hir.AddrOfExpr):
            stack.append(x.expr)
        else:
            return False
    return True


def same_expr(cx: LintCx, a: hir.Expr, b: hir.Expr) -> bool:
    if not (_pure(a) and _pure(b)):
        return False
    sa, sb = cx.snippet(a.span), cx.snippet(b.span)
    return sa != "" and "".join(sa.split()) == "".join(sb.split())


def _bool_lit(e: hir.Expr) -> bool | None:
    if isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.BOOL:
        return bool(e.lit.value)
    return None


def _is_simple(e: hir.Expr) -> bool:
    """Needs no parentheses as an operand of a unary operator or method call."""
    return isinstance(
        e, hir.PathExpr | hir.LitExpr | hir.MethodCallExpr | hir.CallExpr | hir.FieldExpr | hir.IndexExpr
    )


def negate(cx: LintCx, e: hir.Expr) -> str:
    """`!e` the way clippy's `Sugg` writes it (a comparison flips its operator)."""
    if isinstance(e, hir.BinaryExpr) and e.op in _NEGATED_CMP:
        return f"{cx.snippet(e.lhs.span)} {_NEGATED_CMP[e.op]} {cx.snippet(e.rhs.span)}"
    if isinstance(e, hir.UnaryExpr) and e.op is hir.UnOp.NOT:
        return cx.snippet(e.expr.span)
    snip = cx.snippet(e.span)
    return f"!{snip}" if _is_simple(e) or _parenthesized(cx, e) else f"!({snip})"


def _parenthesized(cx: LintCx, e: hir.Expr) -> bool:
    """Written in parentheses: the expression's span is its parentheses' (as rustc's
    lowering keeps it), or parentheses the HIR dropped surround it."""
    if cx.paren_span(e.span) != e.span:
        return True
    text = cx.snippet(e.span)
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for i, c in enumerate(text):
        depth += 1 if c == "(" else -1 if c == ")" else 0
        if depth == 0:
            return i == len(text) - 1  # the first parenthesis closes at the end
    return False


@on_expr(hir.BinaryExpr)
def bool_comparison(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in (B.EQ, B.NE) or cx.expr_from_expansion(e):
        return
    for lit_side, other in ((e.rhs, e.lhs), (e.lhs, e.rhs)):
        value = _bool_lit(lit_side)
        if value is None or cx.ty(other) != t.Bool():
            continue
        keeps = (e.op is B.EQ) == value
        kind = "equality" if e.op is B.EQ else "inequality"
        tail = "are unnecessary" if keeps else "can be replaced by a negation"
        d = cx.lint(BOOL_COMPARISON, e.span, f"{kind} checks against {'true' if value else 'false'} {tail}")
        if d is not None:
            text = cx.snippet(other.span) if keeps else negate(cx, other)
            d.with_suggestion("try", [(e.span, text)], style="inline")
        return


def _lower_bound(cx: LintCx, c: hir.Expr) -> tuple[hir.Expr, hir.Expr] | None:
    """`x >= lo` or `lo <= x`: (x, lo)."""
    if isinstance(c, hir.BinaryExpr):
        if c.op is B.GE and _is_const(c.rhs):
            return c.lhs, c.rhs
        if c.op is B.LE and _is_const(c.lhs):
            return c.rhs, c.lhs
    return None


def _upper_bound(cx: LintCx, c: hir.Expr) -> tuple[hir.Expr, hir.Expr, bool] | None:
    """`x < hi`, `x <= hi`, `hi > x`, `hi >= x`: (x, hi, inclusive)."""
    if isinstance(c, hir.BinaryExpr):
        if c.op in (B.LT, B.LE) and _is_const(c.rhs):
            return c.lhs, c.rhs, c.op is B.LE
        if c.op in (B.GT, B.GE) and _is_const(c.lhs):
            return c.rhs, c.lhs, c.op is B.GE
    return None


def _is_const(e: hir.Expr) -> bool:
    if isinstance(e, hir.UnaryExpr) and e.op is hir.UnOp.NEG:
        e = e.expr
    return isinstance(e, hir.LitExpr) and e.lit.kind in (hir.LitKind.INT, hir.LitKind.FLOAT, hir.LitKind.CHAR)


@on_expr(hir.BinaryExpr)
def manual_range_contains(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op is not B.AND or cx.expr_from_expansion(e):
        return
    for a, b in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        lo = _lower_bound(cx, a)
        hi = _upper_bound(cx, b)
        if lo is None or hi is None or not same_expr(cx, lo[0], hi[0]):
            continue
        x = lo[0]
        ty = cx.ty(x)
        if ty is None or not (ty.is_numeric or isinstance(ty, t.Char)):
            return
        inclusive = hi[2]
        range_name = "RangeInclusive" if inclusive else "Range"
        d = cx.lint(MANUAL_RANGE_CONTAINS, e.span, f"manual `{range_name}::contains` implementation")
        if d is not None:
            dots = "..=" if inclusive else ".."
            text = f"({cx.snippet(lo[1].span)}{dots}{cx.snippet(hi[1].span)}).contains(&{cx.snippet(x.span)})"
            d.with_suggestion("use", [(e.span, text)], style="inline")
        return


def _plus_one(e: hir.Expr) -> hir.Expr | None:
    """`y + 1` or `1 + y`: y."""
    if isinstance(e, hir.BinaryExpr) and e.op is B.ADD:
        if int_literal(e.rhs) == 1:
            return e.lhs
        if int_literal(e.lhs) == 1:
            return e.rhs
    return None


def _minus_one(e: hir.Expr) -> hir.Expr | None:
    if isinstance(e, hir.BinaryExpr) and e.op is B.SUB and int_literal(e.rhs) == 1:
        return e.lhs
    return None


@on_expr(hir.BinaryExpr)
def int_plus_one(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in (B.GE, B.LE) or cx.expr_from_expansion(e):
        return
    big, small = (e.lhs, e.rhs) if e.op is B.GE else (e.rhs, e.lhs)
    ty = cx.ty(big)
    if ty is None or not ty.is_integral:
        return
    y = _plus_one(small)
    x = _minus_one(big) if y is None else big
    y = small if y is None else y
    if x is None or (x is big and y is small):
        return
    xs, ys = cx.snippet(x.span), cx.snippet(y.span)
    text = f"{xs} > {ys}" if e.op is B.GE else f"{ys} < {xs}"
    d = cx.lint(INT_PLUS_ONE, e.span, "unnecessary `>= y + 1` or `x - 1 >=`")
    if d is not None:
        d.with_suggestion("change it to", [(e.span, text)], style="inline")


def _is_one(e: hir.LitExpr) -> bool:
    if e.lit.kind is hir.LitKind.INT:
        return e.lit.value == 1
    if e.lit.kind is hir.LitKind.FLOAT:
        try:
            return float(str(e.lit.value).replace("_", "")) == 1.0
        except ValueError:
            return False
    return False


def _is_minus_one(e: hir.Expr) -> bool:
    if isinstance(e, hir.UnaryExpr) and e.op is hir.UnOp.NEG:
        return isinstance(e.expr, hir.LitExpr) and _is_one(e.expr)
    return isinstance(e, hir.LitExpr) and e.negated and _is_one(e)


@on_expr(hir.BinaryExpr)
def neg_multiply(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op is not B.MUL or cx.expr_from_expansion(e):
        return
    for lit, other in ((e.rhs, e.lhs), (e.lhs, e.rhs)):
        ty = cx.ty(other)
        if _is_minus_one(lit) and ty is not None and ty.is_numeric:
            d = cx.lint(NEG_MULTIPLY, e.span, "this multiplication by -1 can be written more succinctly")
            if d is not None:
                snip = cx.snippet(other.span)
                text = f"-{snip}" if _is_simple(other) or _parenthesized(cx, other) else f"-({snip})"
                d.with_suggestion("consider using", [(e.span, text)], style="inline")
            return


_IDENTITY = {
    # op -> (identity on the right, identity on the left)
    B.ADD: (0, 0), B.SUB: (0, None), B.MUL: (1, 1), B.DIV: (1, None),
    B.BIT_OR: (0, 0), B.BIT_XOR: (0, 0), B.SHL: (0, None), B.SHR: (0, None),
}


@on_expr(hir.BinaryExpr)
def identity_op(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    ident = _IDENTITY.get(e.op)
    if ident is None or cx.expr_from_expansion(e):
        return
    ty = cx.ty(e)
    if ty is None or not ty.is_integral:
        return
    right, left = ident
    if e.op is B.SHL and int_literal(e.lhs) == 1:
        return  # `1 << 0`: bit-flag tables, which clippy leaves alone
    if int_literal(e.rhs) == right and cx.ty(e.lhs) == ty:
        keep = e.lhs
    elif left is not None and int_literal(e.lhs) == left and cx.ty(e.rhs) == ty:
        keep = e.rhs
    else:
        return
    span = cx.paren_span(e.span)
    d = cx.lint(IDENTITY_OP, span, "this operation has no effect")
    if d is not None:
        d.with_suggestion("consider reducing it to", [(span, cx.snippet(keep.span))], style="inline")


_EQ_OPS = frozenset({B.EQ, B.NE, B.LT, B.LE, B.GT, B.GE, B.AND, B.OR, B.BIT_AND, B.BIT_OR, B.BIT_XOR, B.SUB, B.DIV})


@on_expr(hir.BinaryExpr)
def eq_op(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in _EQ_OPS or cx.expr_from_expansion(e):
        return
    ty = cx.ty(e.lhs)
    if ty is None or ty.is_floating_point or not same_expr(cx, e.lhs, e.rhs):
        return
    cx.lint(EQ_OP, cx.paren_span(e.span), f"equal expressions as operands to `{_OP_TEXT[e.op]}`")


@on_expr(hir.BinaryExpr)
def op_ref(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in _CMP or cx.expr_from_expansion(e):
        return
    lhs, rhs = e.lhs, e.rhs
    if not (isinstance(lhs, hir.AddrOfExpr) and isinstance(rhs, hir.AddrOfExpr)):
        return
    if lhs.mutbl is not hir.Mutability.NOT or rhs.mutbl is not hir.Mutability.NOT:
        return
    lt, rt = cx.ty(lhs.expr), cx.ty(rhs.expr)
    if lt is None or lt != rt or not lt.is_primitive:
        return
    d = cx.lint(OP_REF, e.span, "needlessly taken reference of both operands")
    if d is not None:
        d.with_suggestion(
            "use the values directly",
            [(lhs.span, cx.snippet(lhs.expr.span)), (rhs.span, cx.snippet(rhs.expr.span))],
        )


def _is_none_path(cx: LintCx, e: hir.Expr) -> bool:
    if not (isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath)):
        return False
    res = e.qpath.path.res
    if not isinstance(res, DefRes):
        return False
    return cx.tcx.def_path_str(res.def_id) in ("None", "Option::None") and cx.tcx.crate_of(res.def_id) != cx.tcx.crate_of(cx.owner or res.def_id)


@on_expr(hir.BinaryExpr)
def partialeq_to_none(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in (B.EQ, B.NE) or cx.expr_from_expansion(e):
        return
    for none, other in ((e.rhs, e.lhs), (e.lhs, e.rhs)):
        ty = cx.ty(other)
        if not _is_none_path(cx, none) or not isinstance(ty, t.Adt) or cx.tcx.item_name(ty.def_id) != "Option":
            continue
        method = "is_none" if e.op is B.EQ else "is_some"
        d = cx.lint(PARTIALEQ_TO_NONE, e.span, "binary comparison to literal `Option::None`")
        if d is not None:
            snip = cx.snippet(other.span)
            recv = snip if _is_simple(other) or _parenthesized(cx, other) else f"({snip})"
            d.with_suggestion(f"use `Option::{method}()` instead", [(e.span, f"{recv}.{method}()")], style="inline")
        return


_COMMUTATIVE = frozenset({B.ADD, B.MUL, B.BIT_AND, B.BIT_OR, B.BIT_XOR})
_ASSIGNABLE = frozenset({B.ADD, B.SUB, B.MUL, B.DIV, B.REM, B.BIT_AND, B.BIT_OR, B.BIT_XOR, B.SHL, B.SHR})


@on_expr(hir.AssignExpr)
def assign_op_pattern(cx: LintCx, e: hir.AssignExpr, parents: Parents) -> None:
    rhs = e.rhs
    if not isinstance(rhs, hir.BinaryExpr) or rhs.op not in _ASSIGNABLE or cx.expr_from_expansion(e):
        return
    ty = cx.ty(e.lhs)
    if ty is None or not ty.is_primitive:
        return
    if same_expr(cx, rhs.lhs, e.lhs):
        other = rhs.rhs
    elif rhs.op in _COMMUTATIVE and same_expr(cx, rhs.rhs, e.lhs):
        other = rhs.lhs
    else:
        return
    d = cx.lint(ASSIGN_OP_PATTERN, e.span, "manual implementation of an assign operation")
    if d is not None:
        text = f"{cx.snippet(e.lhs.span)} {_OP_TEXT[rhs.op]}= {cx.snippet(other.span)}"
        d.with_suggestion("replace it with", [(e.span, text)], style="inline")


@on_expr(hir.BinaryExpr)
def precedence(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in (B.SHL, B.SHR) or cx.expr_from_expansion(e):
        return
    sides = []
    flagged = False
    for side in (e.lhs, e.rhs):
        snip = cx.snippet(cx.paren_span(side.span))
        if isinstance(side, hir.BinaryExpr) and side.op in _ARITH and not _parenthesized(cx, side):
            flagged = True
            snip = f"({snip})"
        sides.append(snip)
    if not flagged:
        return
    d = cx.lint(PRECEDENCE, e.span, "operator precedence might not be obvious")
    if d is not None:
        text = f"{sides[0]} {_OP_TEXT[e.op]} {sides[1]}"
        d.with_suggestion("consider parenthesizing your expression", [(e.span, text)], style="inline")


def _cast_target_prim(e: hir.CastExpr) -> str | None:
    ty = e.ty
    if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath):
        res = ty.qpath.path.res
        if isinstance(res, PrimTyRes):
            return res.name
    return None


@on_expr(hir.CastExpr)
def char_lit_as_u8(cx: LintCx, e: hir.CastExpr, parents: Parents) -> None:
    inner = e.expr
    if not (isinstance(inner, hir.LitExpr) and inner.lit.kind is hir.LitKind.CHAR):
        return
    if _cast_target_prim(e) != "u8" or cx.expr_from_expansion(e):
        return
    d = cx.lint(CHAR_LIT_AS_U8, e.span, "casting a character literal to `u8` truncates")
    if d is not None:
        d.with_note("`char` is four bytes wide, but `u8` is a single byte")
        lit = cx.snippet(inner.span)
        d.with_suggestion("use a byte literal instead", [(e.span, f"b{lit}")], style="inline")


@on_expr(hir.CastExpr)
def unnecessary_cast(cx: LintCx, e: hir.CastExpr, parents: Parents) -> None:
    target = _cast_target_prim(e)
    if target is None or isinstance(e.expr, hir.LitExpr | hir.UnaryExpr) or cx.expr_from_expansion(e):
        return
    from_ty, to_ty = cx.ty(e.expr), cx.ty(e)
    if from_ty is None or from_ty != to_ty or not from_ty.is_numeric or str(from_ty) != target:
        return
    d = cx.lint(UNNECESSARY_CAST, e.span, f"casting to the same type is unnecessary (`{from_ty}` -> `{to_ty}`)")
    if d is not None:
        d.with_suggestion("try", [(e.span, cx.snippet(e.expr.span))], style="inline")


_KNOWN_CONSTS = (
    (math.e, "E", 4),
    (1 / math.pi, "FRAC_1_PI", 4),
    (1 / math.sqrt(2), "FRAC_1_SQRT_2", 5),
    (2 / math.pi, "FRAC_2_PI", 5),
    (2 / math.sqrt(math.pi), "FRAC_2_SQRT_PI", 5),
    (math.pi / 2, "FRAC_PI_2", 5),
    (math.pi / 3, "FRAC_PI_3", 5),
    (math.pi / 4, "FRAC_PI_4", 5),
    (math.pi / 6, "FRAC_PI_6", 5),
    (math.pi / 8, "FRAC_PI_8", 5),
    (math.log(2), "LN_2", 5),
    (math.log(10), "LN_10", 5),
    (math.log2(10), "LOG2_10", 5),
    (math.log2(math.e), "LOG2_E", 5),
    (math.log10(2), "LOG10_2", 5),
    (math.log10(math.e), "LOG10_E", 5),
    (math.pi, "PI", 3),
    (math.sqrt(2), "SQRT_2", 5),
    (math.tau, "TAU", 3),
)


def _is_approx(constant: float, value: str, min_digits: int) -> bool:
    """clippy's `is_approx_const`: the literal spells a prefix of the constant, or the
    constant rounded to as many places, with more than `min_digits` characters."""
    if len(value) <= min_digits:
        return False
    if repr(constant).startswith(value):
        return True
    return value == f"{constant:.{len(value) - 2}f}"


@on_expr(hir.LitExpr)
def approx_constant(cx: LintCx, e: hir.LitExpr, parents: Parents) -> None:
    if e.lit.kind is not hir.LitKind.FLOAT or cx.expr_from_expansion(e):
        return
    text = cx.snippet(e.lit.span).replace("_", "")
    for suffix in ("f32", "f64"):
        text = text.removesuffix(suffix)
    for constant, name, min_digits in _KNOWN_CONSTS:
        if _is_approx(constant, text, min_digits):
            d = cx.lint(APPROX_CONSTANT, e.span, f"approximate value of `f{{32, 64}}::consts::{name}` found")
            if d is not None:
                d.with_help("consider using the constant directly")
            return


def _lone_bool(e: hir.Expr | None) -> bool | None:
    """A block whose only content is a bool literal: its value."""
    if isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
        return _bool_lit(e.block.expr)
    return None


@on_expr(hir.IfExpr)
def needless_bool(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    then, els = _lone_bool(e.then), _lone_bool(e.els)
    if then is None or els is None or then == els or cx.expr_from_expansion(e):
        return
    if isinstance(e.cond, hir.LetExpr) or (parents and isinstance(parents[-1], hir.IfExpr)):
        return
    d = cx.lint(NEEDLESS_BOOL, e.span, "this if-then-else expression returns a bool literal")
    if d is not None:
        text = cx.snippet(e.cond.span) if then else negate(cx, e.cond)
        d.with_suggestion("you can reduce it to", [(e.span, text)], style="inline")


def _is_empty_literal(e: hir.Expr) -> bool:
    """`""` or `[]`."""
    if isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.STR:
        return e.lit.value == ""
    return isinstance(e, hir.ArrayExpr) and not e.elems


@on_expr(hir.BinaryExpr)
def comparison_to_empty(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in (B.EQ, B.NE) or cx.expr_from_expansion(e):
        return
    for empty, other in ((e.rhs, e.lhs), (e.lhs, e.rhs)):
        ty = cx.ty(other)
        if not _is_empty_literal(empty) or ty is None or not has_is_empty(cx, ty):
            continue
        if cx.owner is not None and cx.tcx.item_name(cx.owner) == "is_empty":
            return
        negated = e.op is B.NE
        method = "!is_empty" if negated else "is_empty"
        d = cx.lint(COMPARISON_TO_EMPTY, e.span, "comparison to empty slice")
        if d is not None:
            text = f"{'!' if negated else ''}{cx.expr_snippet(other)}.is_empty()"
            d.with_suggestion(f"using `{method}` is clearer and more explicit", [(e.span, text)], style="inline")
        return
