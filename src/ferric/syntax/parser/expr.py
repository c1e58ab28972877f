"""Expressions: a Pratt parser for binary operators over prefix, postfix and primary forms.

Precedence (low to high), as in rustc's `ExprPrecedence`: closures/jumps, assignment
(right-assoc), ranges (non-assoc), `||`, `&&`, comparisons (non-assoc: `a < b < c` is an
error), `|`, `^`, `&`, shifts, `+ -`, `* / %`, `as`, prefix operators, postfix forms.

Restrictions (see `base`): in statement position a block-like expression (`if`, `match`,
loops, blocks) ends the expression; in `if`/`while`/`match`/`for` heads `Path {` is not
a struct literal.
"""

from __future__ import annotations

from typing import Final

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.literal import check_literal
from ferric.lexer.token import Lit, LitKind, Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.base import (
    ALLOW_LET,
    CONST_EXPR,
    IN_IF_GUARD,
    IS_PAT,
    NO_STRUCT_LITERAL,
    OPERATOR,
    STMT_EXPR,
    PathStyle,
    PError,
    can_begin_expr,
    is_path_segment_keyword,
    is_reserved_ident,
    token_descr,
)
from ferric.syntax.parser.pat import PatParser

TK = TokenKind
B = ast.BinOpKind

PREC_ASSIGN = 1
PREC_RANGE = 2
PREC_OR = 3
PREC_AND = 4
PREC_COMPARE = 5
PREC_BIT_OR = 6
PREC_BIT_XOR = 7
PREC_BIT_AND = 8
PREC_SHIFT = 9
PREC_SUM = 10
PREC_PRODUCT = 11
PREC_CAST = 12

# Kinds of associative operators.
_BIN = 0
_ASSIGN = 1
_ASSIGN_OP = 2
_RANGE = 3
_CAST = 4

_ASSOC_OPS: dict[TokenKind, tuple[int, int, object]] = {
    TK.PLUS: (_BIN, PREC_SUM, B.ADD),
    TK.MINUS: (_BIN, PREC_SUM, B.SUB),
    TK.STAR: (_BIN, PREC_PRODUCT, B.MUL),
    TK.SLASH: (_BIN, PREC_PRODUCT, B.DIV),
    TK.PERCENT: (_BIN, PREC_PRODUCT, B.REM),
    TK.CARET: (_BIN, PREC_BIT_XOR, B.BIT_XOR),
    TK.AND: (_BIN, PREC_BIT_AND, B.BIT_AND),
    TK.OR: (_BIN, PREC_BIT_OR, B.BIT_OR),
    TK.SHL: (_BIN, PREC_SHIFT, B.SHL),
    TK.SHR: (_BIN, PREC_SHIFT, B.SHR),
    TK.EQ_EQ: (_BIN, PREC_COMPARE, B.EQ),
    TK.NE: (_BIN, PREC_COMPARE, B.NE),
    TK.LT: (_BIN, PREC_COMPARE, B.LT),
    TK.LE: (_BIN, PREC_COMPARE, B.LE),
    TK.GT: (_BIN, PREC_COMPARE, B.GT),
    TK.GE: (_BIN, PREC_COMPARE, B.GE),
    TK.AND_AND: (_BIN, PREC_AND, B.AND),
    TK.OR_OR: (_BIN, PREC_OR, B.OR),
    TK.EQ: (_ASSIGN, PREC_ASSIGN, None),
    TK.PLUS_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.ADD),
    TK.MINUS_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.SUB),
    TK.STAR_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.MUL),
    TK.SLASH_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.DIV),
    TK.PERCENT_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.REM),
    TK.CARET_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.BIT_XOR),
    TK.AND_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.BIT_AND),
    TK.OR_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.BIT_OR),
    TK.SHL_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.SHL),
    TK.SHR_EQ: (_ASSIGN_OP, PREC_ASSIGN, B.SHR),
    TK.DOT_DOT: (_RANGE, PREC_RANGE, ast.RangeLimits.HALF_OPEN),
    TK.DOT_DOT_EQ: (_RANGE, PREC_RANGE, ast.RangeLimits.CLOSED),
    TK.DOT_DOT_DOT: (_RANGE, PREC_RANGE, ast.RangeLimits.CLOSED),
}
_CAST_OP = (_CAST, PREC_CAST, None)
_COMPARISONS = frozenset({B.EQ, B.NE, B.LT, B.LE, B.GT, B.GE})
_GT_LIKE = frozenset({TK.GT, TK.SHR, TK.GE, TK.SHR_EQ})

_BLOCK_LIKE = (
    ast.IfExpr,
    ast.MatchExpr,
    ast.BlockExpr,
    ast.WhileExpr,
    ast.LoopExpr,
    ast.ForLoopExpr,
    ast.TryBlockExpr,
    ast.ConstBlockExpr,
)


def expr_requires_semi_to_be_stmt(e: ast.Expr) -> bool:
    """rustc's `classify::expr_requires_semi_to_be_stmt`: block-like expressions don't."""
    return not isinstance(e, _BLOCK_LIKE)



_AMBIGUOUS_AFTER_BLOCK: Final = frozenset({TK.STAR, TK.MINUS, TK.PLUS, TK.AND_AND, TK.OR_OR, TK.OR})
"""Operators that end a block-like statement but might have been meant to continue it
(rustc's `should_continue_as_assoc_expr`)."""

class ExprParser(PatParser):
    # -- entry points -----------------------------------------------------------------------------

    def parse_expr(self) -> ast.Expr:
        return self.parse_expr_res(0)

    def parse_expr_res(self, restrictions: int) -> ast.Expr:
        old = self.restrictions
        self.restrictions = restrictions
        try:
            return self.parse_expr_assoc_with(0)
        finally:
            self.restrictions = old

    def parse_expr_cond(self) -> ast.Expr:
        """The condition of `if`/`while`: no struct literals, `let` allowed."""
        return self.parse_expr_res(NO_STRUCT_LITERAL | ALLOW_LET)

    def parse_expr_anon_const(self) -> ast.AnonConst:
        return ast.AnonConst(value=self.parse_expr(), id=self.fresh_id())

    def expr_is_complete(self, e: ast.Expr) -> bool:
        return bool(self.restrictions & STMT_EXPR) and not expr_requires_semi_to_be_stmt(e)

    # -- binary operators -------------------------------------------------------------------------

    def parse_expr_assoc_with(self, min_prec: int, lhs: ast.Expr | None = None, exclusive: bool = False) -> ast.Expr:
        """Parse operators of precedence >= `min_prec` (> when `exclusive`)."""
        if lhs is None:
            k = self.token.kind
            if k is TK.DOT_DOT or k is TK.DOT_DOT_EQ or k is TK.DOT_DOT_DOT:
                return self._parse_expr_prefix_range()
            lhs = self.parse_expr_prefix()
        return self.parse_expr_assoc_rest_with(min_prec, lhs, exclusive)

    def parse_expr_assoc_rest_with(self, min_prec: int, lhs: ast.Expr, exclusive: bool = False) -> ast.Expr:
        if self.expr_is_complete(lhs):
            if self.token.kind in _AMBIGUOUS_AFTER_BLOCK:
                self.ambiguous_block_expr[self.token.span.lo] = lhs.span
            return lhs
        expected = self.expected
        if OPERATOR not in expected:
            expected.append(OPERATOR)
        while True:
            tok = self.token
            op = _ASSOC_OPS.get(tok.kind)
            if op is None:
                if tok.kind is TK.IDENT and tok.text == "as" and not tok.raw:
                    op = _CAST_OP
                elif tok.kind is TK.IDENT and tok.text in ("and", "or") and not tok.raw and can_begin_expr(self.look_ahead(1)) and self._recover_and_or():
                    continue
                else:
                    break
            kind, prec, sub = op
            restrictions = self.restrictions
            if restrictions & CONST_EXPR and tok.kind in _GT_LIKE:
                break
            if restrictions & IS_PAT and (kind is _ASSIGN or kind is _RANGE or tok.kind is TK.OR):
                break
            if prec < min_prec or (exclusive and prec == min_prec):
                break
            cur_span = tok.span
            if kind is _CAST:
                self.bump()
                lhs = self._parse_assoc_op_cast(lhs)
                continue
            if kind is _RANGE:
                if tok.kind is TK.DOT_DOT_DOT:
                    self._err_dotdotdot(tok.span)
                self.bump()
                lhs = self._parse_expr_range(prec, lhs, sub, cur_span)  # type: ignore[arg-type]
                break
            self.bump()
            chain_error = False
            if sub in _COMPARISONS:
                chained = self._check_no_chained_comparison(lhs, tok)
                if chained is not None:
                    return chained
                chain_error = self._chain_recovered
                self._chain_recovered = False
            if tok.kind is TK.PLUS and self.token.kind is TK.PLUS and tok.joint:
                lhs = self._recover_postfix_increment(lhs, tok)
                continue
            if tok.kind is TK.MINUS and self.token.kind is TK.MINUS and tok.joint and self.look_ahead(1).kind in (TK.SEMI, TK.CLOSE_BRACE, TK.CLOSE_PAREN, TK.COMMA):
                lhs = self._recover_postfix_increment(lhs, tok)
                continue
            # Right-associative assignment; everything else is left-associative or non-assoc.
            rhs_min, rhs_excl = (prec, False) if kind is not _BIN else (prec, True)
            old = self.restrictions
            self.restrictions = (restrictions & NO_STRUCT_LITERAL) if kind is not _BIN else (restrictions & ~STMT_EXPR)
            try:
                attrs = self.parse_outer_attributes() if self.token.kind is TK.POUND else ()
                rhs = self.parse_expr_assoc_with(rhs_min, None, rhs_excl)
                if attrs:
                    rhs = _with_attrs(rhs, attrs)
            finally:
                self.restrictions = old
            span = lhs.span.to(rhs.span)
            if kind is _BIN and chain_error:
                # `a < b < c`, reported: the whole chain is an error expression (rustc).
                lhs = ast.ErrExpr(id=self.fresh_id(), span=span)
            elif kind is _BIN:
                lhs = ast.BinaryExpr(op=sub, lhs=lhs, rhs=rhs, op_span=cur_span, id=self.fresh_id(), span=span)  # type: ignore[arg-type]
            elif kind is _ASSIGN:
                lhs = ast.AssignExpr(lhs=lhs, rhs=rhs, eq_span=cur_span, id=self.fresh_id(), span=span)
            else:
                lhs = ast.AssignOpExpr(op=sub, lhs=lhs, rhs=rhs, op_span=cur_span, id=self.fresh_id(), span=span)  # type: ignore[arg-type]
            if self.expected and OPERATOR not in self.expected:
                self.expected.append(OPERATOR)
        return lhs

    def _recover_and_or(self) -> bool:
        tok = self.token
        correct = "&&" if tok.text == "and" else "||"
        d = self.error(f"`{tok.text}` is not a logical operator", tok.span)
        d.with_suggestion(f"use `{correct}` to perform logical {'conjunction' if correct == '&&' else 'disjunction'}", [(tok.span, correct)], style="normal")
        d.with_note("unlike in e.g., Python and PHP, `&&` and `||` are used for logical operators")
        self.emit(d)
        # Treat it as the operator.
        kind = TK.AND_AND if correct == "&&" else TK.OR_OR
        self.token = Token(kind, correct, tok.span, tok.joint)
        return True

    def _err_dotdotdot(self, span: Span) -> None:
        d = self.error("unexpected token: `...`", span)
        d.with_suggestion("use `..` for an exclusive range", [(span, "..")], style="normal")
        d.with_suggestion("or `..=` for an inclusive range", [(span, "..=")], style="normal")
        self.emit(d)

    def _recover_postfix_increment(self, lhs: ast.Expr, op: Token) -> ast.Expr:
        self.bump()  # the second `+`/`-`
        word = "increment" if op.kind is TK.PLUS else "decrement"
        sym = "+=" if op.kind is TK.PLUS else "-="
        span = op.span.to(self.prev_token.span)
        d = self.error(f"Rust has no postfix {word} operator", span)
        d.labels.clear()
        d.with_primary(span, "not a valid postfix operator")
        d.with_suggestion(f"use `{sym} 1` instead", [(span, f" {sym} 1")], style="normal")
        self.emit(d)
        one = ast.LitExpr(lit=Lit(LitKind.INTEGER, "1"), id=self.fresh_id(), span=span)
        return ast.AssignOpExpr(op=B.ADD if op.kind is TK.PLUS else B.SUB, lhs=lhs, rhs=one, op_span=span, id=self.fresh_id(), span=lhs.span.to(span))

    def _check_no_chained_comparison(self, lhs: ast.Expr, op: Token) -> ast.Expr | None:
        """`a < b < c`: rustc's "comparison operators cannot be chained" (recovered)."""
        inner = lhs
        if not (isinstance(inner, ast.BinaryExpr) and inner.op in _COMPARISONS):
            return None
        d = Diagnostic.error("comparison operators cannot be chained")
        d.with_primary(inner.op_span, "")
        d.with_primary(op.span, "")
        both_lt = inner.op is B.LT and op.kind is TK.LT
        gt_after_lt = inner.op is B.LT and op.kind is TK.GT
        if both_lt:
            # `lo < x < hi`: not generic arguments after all (rustc's
            # `attempt_chained_comparison_suggestion`).
            d.with_help("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments")
            d.with_help("or use `(...)` if you meant to specify fn arguments")
            mid = self.psess.source_map.snippet(inner.rhs.span) or ""
            d.with_suggestion("split the comparison into two", [(inner.rhs.span.shrink_to_hi(), f" && {mid}")], style="normal")
            self._chain_recovered = True
        elif gt_after_lt or both_lt:
            d.with_suggestion(
                "use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments",
                [(inner.op_span.shrink_to_lo(), "::")],
                style="normal",
            )
        elif inner.op in (B.LT, B.LE, B.GT, B.GE) and op.kind in (TK.LT, TK.LE, TK.GT, TK.GE):
            mid = self.psess.source_map.snippet(inner.rhs.span) or ""
            d.with_suggestion("split the comparison into two", [(inner.rhs.span.shrink_to_hi(), f" && {mid}")], style="normal")
            self._chain_recovered = True
        self.emit(d)
        return None

    _chain_recovered = False
    """Set by `_check_no_chained_comparison` when the chain becomes an error expression."""

    def _parse_assoc_op_cast(self, lhs: ast.Expr) -> ast.Expr:
        snap = self.snapshot()
        try:
            ty = self.parse_ty_no_plus()
        except PError as err:
            after_token = self.token
            self.restore(snap)
            try:
                path = self.parse_path(PathStyle.EXPR)
            except PError:
                self.restore(snap)
                raise err from None
            if self.token.kind is TK.LT or self.token.kind is TK.SHL:
                ty = ast.PathTy(qself=None, path=path, id=self.fresh_id(), span=path.span)
                expr = ast.CastExpr(expr=lhs, ty=ty, id=self.fresh_id(), span=lhs.span.to(path.span))
                is_lt = self.token.kind is TK.LT
                type_text = self.psess.source_map.snippet(path.span) or ""
                args_span = self.look_ahead(1).span.to(after_token.span)
                if is_lt:
                    msg = f"`<` is interpreted as a start of generic arguments for `{type_text}`, not a comparison"
                    lbl = "not interpreted as comparison"
                else:
                    msg = f"`<<` is interpreted as a start of generic arguments for `{type_text}`, not a shift"
                    lbl = "not interpreted as shift"
                d = Diagnostic.error(msg, self.token.span)
                d.labels.clear()
                d.with_primary(self.token.span, lbl)
                d.with_label(args_span, "interpreted as generic arguments")
                d.with_suggestion(
                    "try comparing the cast value" if is_lt else "try shifting the cast value",
                    [(expr.span.shrink_to_lo(), "("), (expr.span.shrink_to_hi(), ")")],
                    style="normal",
                )
                self.emit(d)
                return expr
            self.restore(snap)
            raise err from None
        expr = ast.CastExpr(expr=lhs, ty=ty, id=self.fresh_id(), span=lhs.span.to(ty.span))
        return self._disallow_postfix_after_cast(expr)

    def _disallow_postfix_after_cast(self, cast: ast.Expr) -> ast.Expr:
        k = self.token.kind
        if k is TK.DOT or k is TK.QUESTION or k is TK.OPEN_BRACKET:
            lo = cast.span
            with_postfix = self._parse_postfix_ops(cast, lo)
            if with_postfix is not cast:
                d = self.error("cast cannot be followed by a method call" if k is TK.DOT else ("cast cannot be followed by `?`" if k is TK.QUESTION else "cast cannot be followed by indexing"), cast.span)
                d.with_suggestion(
                    "try surrounding the expression in parentheses",
                    [(cast.span.shrink_to_lo(), "("), (cast.span.shrink_to_hi(), ")")],
                    style="normal",
                )
                self.emit(d)
            return with_postfix
        return cast

    def _parse_expr_range(self, prec: int, lhs: ast.Expr, limits: ast.RangeLimits, op_span: Span) -> ast.Expr:
        rhs = None
        if self._is_at_start_of_range_rhs():
            rhs = self.parse_expr_assoc_with(prec, None, True)
        elif limits is ast.RangeLimits.CLOSED:
            self.emit(self._inclusive_range_no_end(op_span))
            # rustc's `mk_range`: an inclusive range without an end is an error expression.
            return ast.ErrExpr(id=self.fresh_id(), span=lhs.span.to(op_span))
        span = lhs.span.to(rhs.span if rhs is not None else op_span)
        return ast.RangeExpr(start=lhs, end=rhs, limits=limits, id=self.fresh_id(), span=span)

    def _is_at_start_of_range_rhs(self) -> bool:
        tok = self.token
        if not can_begin_expr(tok):
            return False
        return not (tok.kind is TK.OPEN_BRACE and self.restrictions & NO_STRUCT_LITERAL)

    def _parse_expr_prefix_range(self) -> ast.Expr:
        tok = self.token
        lo = tok.span
        if tok.kind is TK.DOT_DOT_DOT:
            self._err_dotdotdot(tok.span)
        limits = ast.RangeLimits.HALF_OPEN if tok.kind is TK.DOT_DOT else ast.RangeLimits.CLOSED
        self.bump()
        end = None
        if self._is_at_start_of_range_rhs():
            end = self.parse_expr_assoc_with(PREC_RANGE, None, True)
        elif limits is ast.RangeLimits.CLOSED:
            self.emit(self._inclusive_range_no_end(lo))
            return ast.ErrExpr(id=self.fresh_id(), span=lo)
        span = lo.to(end.span) if end is not None else lo
        return ast.RangeExpr(start=None, end=end, limits=limits, id=self.fresh_id(), span=span)

    # -- prefix operators -------------------------------------------------------------------------

    def parse_expr_prefix(self) -> ast.Expr:
        tok = self.token
        k = tok.kind
        if k is TK.POUND or k is TK.DOC_COMMENT:
            attrs = self.parse_outer_attributes()
            if attrs:
                return _with_attrs(self.parse_expr_prefix(), attrs)
            tok = self.token
            k = tok.kind
        lo = tok.span
        if k is TK.NOT:
            self.bump()
            e = self.parse_expr_prefix()
            return ast.UnaryExpr(op=ast.UnOp.NOT, expr=e, id=self.fresh_id(), span=lo.to(e.span))
        if k is TK.MINUS:
            self.bump()
            e = self.parse_expr_prefix()
            return ast.UnaryExpr(op=ast.UnOp.NEG, expr=e, id=self.fresh_id(), span=lo.to(e.span))
        if k is TK.STAR:
            self.bump()
            e = self.parse_expr_prefix()
            return ast.UnaryExpr(op=ast.UnOp.DEREF, expr=e, id=self.fresh_id(), span=lo.to(e.span))
        if k is TK.AND or k is TK.AND_AND:
            return self._parse_expr_borrow(lo)
        if k is TK.TILDE:
            self.bump()
            d = self.error("`~` cannot be used as a unary operator", lo)
            d.with_suggestion("use `!` to perform bitwise not", [(lo, "!")], style="normal")
            self.emit(d)
            e = self.parse_expr_prefix()
            return ast.UnaryExpr(op=ast.UnOp.NOT, expr=e, id=self.fresh_id(), span=lo.to(e.span))
        if k is TK.PLUS and self.look_ahead(1).kind is TK.LITERAL and self.look_ahead(1).lit is not None and self.look_ahead(1).lit.kind in (LitKind.INTEGER, LitKind.FLOAT):
            # (Before anything but a number, `+` cannot start an expression: "expected
            # expression, found `+`" as for any other such token.)
            self.bump()
            d = self.error("leading `+` is not supported", lo)
            d.labels.clear()
            d.with_primary(lo, "unexpected `+`")
            d.with_suggestion("try removing the `+`", [(lo, "")], style="normal")
            self.emit(d)
            return self.parse_expr_prefix()
        if k is TK.IDENT and not tok.raw and tok.text == "box" and can_begin_expr(self.look_ahead(1)) and self.look_ahead(1).kind is not TK.DOT:
            self.bump()
            e = self.parse_expr_prefix()
            span = lo.to(e.span)
            d = self.error("`box_syntax` has been removed", span)
            d.with_suggestion("use `Box::new()` instead", [(span, "Box::new(" + (self.psess.source_map.snippet(e.span) or "") + ")")], style="normal")
            self.emit(d)
            return e
        return self.parse_expr_dot_or_call()

    def _parse_expr_borrow(self, lo: Span) -> ast.Expr:
        self.eat_and()
        kind = ast.BorrowKind.REF
        mutbl = ast.Mutability.NOT
        if self.is_kw("raw") and (self.is_kw("const", 1) or self.is_kw("mut", 1)) and can_begin_expr(self.look_ahead(2)):
            self.bump()
            kind = ast.BorrowKind.RAW
            mutbl = ast.Mutability.MUT if self.is_kw("mut") else ast.Mutability.NOT
            self.bump()
        elif self.eat_keyword("mut"):
            mutbl = ast.Mutability.MUT
            if self.is_kw("mut"):
                d = self.error("expected expression, found keyword `mut`", self.token.span)
                d.labels.clear()
                d.with_primary(self.token.span, "expected expression")
                raise PError(d)
        k = self.token.kind
        # `&..`, `&..=x`: the operand is a prefix range (rustc's `parse_expr_borrow`).
        e = self._parse_expr_prefix_range() if k is TK.DOT_DOT or k is TK.DOT_DOT_EQ or k is TK.DOT_DOT_DOT else self.parse_expr_prefix()
        return ast.AddrOfExpr(kind=kind, mutbl=mutbl, expr=e, id=self.fresh_id(), span=lo.to(e.span))

    # -- postfix forms ----------------------------------------------------------------------------

    def parse_expr_dot_or_call(self) -> ast.Expr:
        e = self.parse_expr_bottom()
        return self._parse_postfix_ops(e, e.span)

    def _parse_postfix_ops(self, e: ast.Expr, lo: Span) -> ast.Expr:
        while True:
            tok = self.token
            k = tok.kind
            if k is TK.QUESTION:
                self.bump()
                e = ast.TryExpr(expr=e, id=self.fresh_id(), span=e.span.to(tok.span))
                continue
            if k is TK.DOT:
                self.bump()
                e = self._parse_dot_suffix(e)
                continue
            self.expected.append("`?`")
            self.expected.append("`.`")
            if self.expr_is_complete(e):
                return e
            if k is TK.OPEN_PAREN:
                e = self._parse_call(e)
            elif k is TK.OPEN_BRACKET:
                self.bump()
                old = self.restrictions
                self.restrictions = 0
                try:
                    idx = self.parse_expr()
                finally:
                    self.restrictions = old
                self.expect(TK.CLOSE_BRACKET)
                e = ast.IndexExpr(expr=e, index=idx, bracket_span=tok.span.to(self.prev_token.span), id=self.fresh_id(), span=e.span.to(self.prev_token.span))
            else:
                return e

    def _parse_call(self, func: ast.Expr) -> ast.Expr:
        args = self._parse_paren_comma_seq()
        return ast.CallExpr(func=func, args=args, id=self.fresh_id(), span=func.span.to(self.prev_token.span))

    def _parse_paren_comma_seq(self) -> tuple[ast.Expr, ...]:
        """`(a, b, c)` — call/method arguments; the current token is `(`."""
        self.bump()
        old = self.restrictions
        self.restrictions = 0
        try:
            args, _ = self.parse_comma_seq(TK.CLOSE_PAREN, self.parse_expr)
        finally:
            self.restrictions = old
        self.expect(TK.CLOSE_PAREN)
        return tuple(args)

    def _seq_error(self, close: TokenKind) -> None:
        """A missing `,` in a sequence: rustc's "expected one of `,`, ... found ..."."""
        self.unexpected()

    def _parse_dot_suffix(self, base: ast.Expr) -> ast.Expr:
        tok = self.token
        k = tok.kind
        if k is TK.IDENT and tok.text == "await" and not tok.raw:
            self.bump()
            e: ast.Expr = ast.AwaitExpr(expr=base, await_span=tok.span, id=self.fresh_id(), span=base.span.to(tok.span))
            if self.token.kind is TK.OPEN_PAREN and self.look_ahead(1).kind is TK.CLOSE_PAREN:
                paren = self.token.span.to(self.look_ahead(1).span)
                d = self.error("incorrect use of `await`", paren)
                d.with_suggestion("`await` is not a method call, remove the parentheses", [(paren, "")], style="normal")
                self.emit(d)
                self.bump()
                self.bump()
            return e
        if k is TK.LITERAL and tok.lit is not None:
            return self._parse_tuple_field(base, tok)
        if k is TK.IDENT:
            if not tok.raw and is_reserved_ident(tok) and not is_path_segment_keyword(tok):
                self.emit(self.expected_ident_error(recover=True))
            seg = self.parse_path_segment(PathStyle.EXPR)
            if self.check(TK.OPEN_PAREN):
                args = self._parse_paren_comma_seq()
                return ast.MethodCallExpr(seg=seg, receiver=base, args=args, id=self.fresh_id(), span=base.span.to(self.prev_token.span))
            if seg.args is not None:
                d = self.error("field expressions cannot have generic arguments", seg.args.span)
                self.emit(d)
            return ast.FieldExpr(expr=base, ident=seg.ident, id=self.fresh_id(), span=base.span.to(seg.ident.span))
        self.expected.append("`await`")
        self.expected.append("identifier")
        self.expected.append("integer")
        d = self.error(f"unexpected token: {token_descr(tok)}", tok.span)
        raise PError(d)

    def _parse_tuple_field(self, base: ast.Expr, tok: Token) -> ast.Expr:
        lit = tok.lit
        assert lit is not None
        self.bump()
        if lit.kind is LitKind.INTEGER and _is_plain_decimal(lit.symbol):
            if lit.suffix:
                d = self.error("suffixes on a tuple index are invalid", tok.span)
                d.labels.clear()
                d.with_primary(tok.span, f"invalid suffix `{lit.suffix}`")
                self.emit(d)
            return ast.FieldExpr(expr=base, ident=ast.Ident(name=lit.symbol, span=tok.span), id=self.fresh_id(), span=base.span.to(tok.span))
        if lit.kind is LitKind.FLOAT:
            parts = lit.symbol.split(".")
            if len(parts) == 2 and _is_plain_decimal(parts[0]) and (parts[1] == "" or _is_plain_decimal(parts[1])):
                if lit.suffix:
                    d = self.error("suffixes on a tuple index are invalid", tok.span)
                    d.labels.clear()
                    d.with_primary(tok.span, f"invalid suffix `{lit.suffix}`")
                    self.emit(d)
                a, b = parts
                a_span = Span(tok.span.lo, tok.span.lo + len(a), tok.span.ctxt)
                e: ast.Expr = ast.FieldExpr(expr=base, ident=ast.Ident(name=a, span=a_span), id=self.fresh_id(), span=base.span.to(a_span))
                if b:
                    b_lo = tok.span.lo + len(a) + 1
                    b_span = Span(b_lo, b_lo + len(b), tok.span.ctxt)
                    e = ast.FieldExpr(expr=e, ident=ast.Ident(name=b, span=b_span), id=self.fresh_id(), span=base.span.to(b_span))
                else:
                    # `x.1.` followed by something: the trailing dot starts another suffix.
                    return self._parse_dot_suffix(e)
                return e
        d = self.error(f"unexpected token: `{tok.text}`", tok.span)
        raise PError(d)

    # -- primary expressions ----------------------------------------------------------------------

    def parse_expr_bottom(self) -> ast.Expr:
        tok = self.token
        k = tok.kind
        lo = tok.span
        if k is TK.LITERAL:
            return self._parse_lit_expr()
        if k is TK.IDENT:
            if not tok.raw:
                handler = _KEYWORD_EXPRS.get(tok.text)
                if handler is not None:
                    return handler(self)
            if not tok.raw and is_reserved_ident(tok) and not is_path_segment_keyword(tok):
                return self._expected_expression()
            return self._parse_expr_path_start()
        if k is TK.OPEN_PAREN:
            return self._parse_expr_tuple_parens()
        if k is TK.OPEN_BRACKET:
            return self._parse_expr_array()
        if k is TK.OPEN_BRACE:
            block, inner = self.parse_block_with_inner_attrs()
            return ast.BlockExpr(block=block, label=None, attrs=inner, id=self.fresh_id(), span=block.span)
        if k is TK.OR or k is TK.OR_OR:
            return self._parse_expr_closure()
        if k is TK.LT or k is TK.SHL:
            qself, path = self.parse_qpath(PathStyle.EXPR)
            return self._parse_expr_after_path(lo, qself, path)
        if k is TK.PATH_SEP:
            return self._parse_expr_path_start()
        if k is TK.LIFETIME:
            return self._parse_expr_labeled()
        if k is TK.INTERPOLATED:
            return self._parse_expr_interpolated()
        return self._expected_expression()

    def _parse_expr_interpolated(self) -> ast.Expr:
        tok = self.token
        nt = nonterminal(tok)
        assert nt is not None
        if nt.kind in ("expr", "expr_2021"):
            self.bump()
            return nt.node  # type: ignore[return-value]
        if nt.kind == "block":
            self.bump()
            block = nt.node
            assert isinstance(block, ast.Block)
            return ast.BlockExpr(block=block, label=None, id=self.fresh_id(), span=tok.span)
        if nt.kind == "path":
            self.bump()
            path = nt.node
            assert isinstance(path, ast.Path)
            return self._parse_expr_after_path(tok.span, None, path)
        return self._expected_expression()

    def _expected_expression(self) -> ast.Expr:
        tok = self.token
        if tok.kind is TK.IDENT and tok.text == "let" and not tok.raw:
            pass
        d = Diagnostic.error(f"expected expression, found {token_descr(tok)}")
        d.with_primary(tok.span, "expected expression")
        block = self.ambiguous_block_expr.get(tok.span.lo)
        if block is not None:
            d.with_suggestion(
                "parentheses are required to parse this as an expression",
                [(block.shrink_to_lo(), "("), (block.shrink_to_hi(), ")")],
                style="normal",
            )
        raise PError(d)

    def _parse_lit_expr(self) -> ast.Expr:
        tok = self.token
        lit = tok.lit
        assert lit is not None
        self.bump()
        if lit.suffix is not None or lit.kind is LitKind.INTEGER:
            err = check_literal(lit, tok.span)
            if err is not None:
                self.emit(err)
        return ast.LitExpr(lit=lit, id=self.fresh_id(), span=tok.span)

    def parse_literal_maybe_minus(self) -> ast.Expr:
        tok = self.token
        lo = tok.span
        if tok.kind is TK.MINUS:
            self.bump()
            inner = self.parse_literal_maybe_minus()
            return ast.UnaryExpr(op=ast.UnOp.NEG, expr=inner, id=self.fresh_id(), span=lo.to(inner.span))
        if tok.kind is TK.LITERAL:
            return self._parse_lit_expr()
        if tok.is_ident("true") or tok.is_ident("false"):
            self.bump()
            return ast.LitExpr(lit=Lit(LitKind.BOOL, tok.text), id=self.fresh_id(), span=tok.span)
        self.expected.append("literal")
        d = self.error(f"expected expression, found {token_descr(tok)}", tok.span)
        d.labels.clear()
        d.with_primary(tok.span, "expected expression")
        raise PError(d)

    def _parse_expr_tuple_parens(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        old = self.restrictions
        self.restrictions = 0
        try:
            elems, trailing = self.parse_comma_seq(TK.CLOSE_PAREN, self.parse_expr)
        finally:
            self.restrictions = old
        self.expect(TK.CLOSE_PAREN)
        span = lo.to(self.prev_token.span)
        if len(elems) == 1 and not trailing:
            return ast.ParenExpr(expr=elems[0], id=self.fresh_id(), span=span)
        return ast.TupleExpr(elems=tuple(elems), id=self.fresh_id(), span=span)

    def _parse_expr_array(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        old = self.restrictions
        self.restrictions = 0
        try:
            if self.eat(TK.CLOSE_BRACKET):
                return ast.ArrayExpr(elems=(), id=self.fresh_id(), span=lo.to(self.prev_token.span))
            first = self.parse_expr()
            if self.eat(TK.SEMI):
                count = self.parse_expr_anon_const()
                self.expect(TK.CLOSE_BRACKET)
                return ast.RepeatExpr(expr=first, count=count, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            rest, _ = self.parse_comma_seq(TK.CLOSE_BRACKET, self.parse_expr, started=True)
            elems = [first, *rest]
            self.expect(TK.CLOSE_BRACKET)
        finally:
            self.restrictions = old
        return ast.ArrayExpr(elems=tuple(elems), id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_expr_path_start(self) -> ast.Expr:
        lo = self.token.span
        path = self.parse_path(PathStyle.EXPR)
        return self._parse_expr_after_path(lo, None, path)

    def _parse_expr_after_path(self, lo: Span, qself: ast.QSelf | None, path: ast.Path) -> ast.Expr:
        tok = self.token
        # rustc's `parse_expr_path_start` tries `!` (a macro call) and `{` (a struct
        # literal) after every path, so both are among the expected tokens after one.
        if tok.kind is not TK.NOT:
            self.expected.append("`!`")
        if tok.kind is not TK.OPEN_BRACE:
            self.expected.append("`{`")
        if tok.kind is TK.NOT and qself is None and self.look_ahead(1).kind in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.OPEN_BRACE):
            self.bump()
            args = self.parse_delim_args()
            mac = ast.MacCall(path=path, args=args, span=lo.to(self.prev_token.span))
            return ast.MacCallExpr(mac=mac, id=self.fresh_id(), span=mac.span)
        if tok.kind is TK.OPEN_BRACE:
            struct_allowed = not (self.restrictions & NO_STRUCT_LITERAL)
            if struct_allowed or self._is_certainly_not_a_block():
                e = self._parse_expr_struct(lo, qself, path)
                if not struct_allowed:
                    d = self.error("struct literals are not allowed here", e.span)
                    d.with_suggestion(
                        "surround the struct literal with parentheses",
                        [(e.span.shrink_to_lo(), "("), (e.span.shrink_to_hi(), ")")],
                        style="normal",
                    )
                    self.emit(d)
                return e
        if not path.segments and qself is None:
            return self._expected_expression()
        return ast.PathExpr(qself=qself, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _is_certainly_not_a_block(self) -> bool:
        """`{ ident: ` or `{ ident, ` cannot start a block (rustc's heuristic)."""
        t1 = self.look_ahead(1)
        t2 = self.look_ahead(2)
        if t1.kind is not TK.IDENT:
            return False
        return t2.kind is TK.COMMA or t2.kind is TK.COLON

    def _parse_expr_struct(self, lo: Span, qself: ast.QSelf | None, path: ast.Path) -> ast.Expr:
        """`Path { fields, ..base }` with rustc's recovery (`parse_expr_struct_fields`): a bad
        field or a missing `,` is reported with "while parsing this struct" and the parser
        skips to the next `,`."""
        self.bump()  # `{`
        fields: list[ast.ExprField] = []
        rest: ast.Expr | None = None
        rest_dotdot = False
        old = self.restrictions
        self.restrictions = 0
        try:
            while self.token.kind is not TK.CLOSE_BRACE and self.token.kind is not TK.EOF:
                if self.eat(TK.DOT_DOT):
                    if self.token.kind is TK.CLOSE_BRACE:
                        rest_dotdot = True
                    else:
                        rest = self.parse_expr()
                    if self.token.kind is TK.COMMA:
                        comma = self.token.span
                        d = self.error("cannot use a comma after the base struct", comma)
                        d.with_suggestion("remove this comma", [(comma, "")], style="hide_inline")
                        d.with_note("the base struct must always be the last field")
                        self.emit(d)
                        self.bump()
                    break
                field: ast.ExprField | None
                try:
                    field = self._parse_expr_field()
                except PError as err:
                    if err.diag is not None:
                        err.diag.with_label(path.span, "while parsing this struct")
                        self.emit(err.diag)
                    field = None
                    if self.token.kind is not TK.COMMA:
                        self.recover_stmt(break_on_comma=True)
                        if self.token.kind is not TK.COMMA:
                            break
                if field is not None and field.is_shorthand:
                    self.expected.append("`:`")
                try:
                    self.expect_one_of([TK.COMMA], [TK.CLOSE_BRACE])
                    if field is not None:
                        fields.append(field)
                except PError as err:
                    assert err.diag is not None
                    err.diag.with_label(path.span, "while parsing this struct")
                    if field is not None:
                        sp = self.prev_token.span.shrink_to_hi()
                        err.diag.with_suggestion("try adding a comma", [(sp, ",")], style="inline")
                        fields.append(field)
                    self.emit(err.diag)
                    self.recover_stmt(break_on_comma=True)
                    self.eat(TK.COMMA)
        finally:
            self.restrictions = old
        self.expect(TK.CLOSE_BRACE)
        return ast.StructExpr(
            qself=qself, path=path, fields=tuple(fields), rest=rest, rest_dotdot=rest_dotdot, id=self.fresh_id(), span=lo.to(self.prev_token.span)
        )

    def _parse_expr_field(self) -> ast.ExprField:
        attrs = self.parse_outer_attributes()
        tok = self.token
        lo = tok.span
        if tok.kind is TK.LITERAL and tok.lit is not None and tok.lit.kind is LitKind.INTEGER and self.look_ahead(1).kind is TK.COLON:
            self.bump()
            ident = ast.Ident(name=tok.text, span=tok.span)
            self.bump()
            e = self.parse_expr()
            return ast.ExprField(ident=ident, expr=e, is_shorthand=False, attrs=attrs, id=self.fresh_id(), span=lo.to(e.span))
        nxt = self.look_ahead(1)
        if tok.kind is TK.IDENT and not tok.raw and is_reserved_ident(tok) and nxt.kind not in (TK.COLON, TK.EQ):
            # (A shorthand field is parsed without keyword recovery: the error ends the field,
            # and the struct's recovery skips to the next `,`.)
            raise PError(self.expected_ident_error(recover=False))
        if tok.kind is TK.IDENT and nxt.kind is TK.COLON:
            ident = self.parse_ident()
            self.bump()
            e = self.parse_expr()
            return ast.ExprField(ident=ident, expr=e, is_shorthand=False, attrs=attrs, id=self.fresh_id(), span=lo.to(e.span))
        if tok.kind is TK.IDENT and nxt.kind is TK.EQ and self.look_ahead(2).kind is not TK.EQ:
            # `S { a = 1 }`
            ident = self.parse_ident()
            eq = self.token.span
            d = self.error("expected `:`, found `=`", eq)
            d.labels.clear()
            d.with_primary(eq, "")
            # rustc replaces from the end of the field name (the space goes too).
            d.with_suggestion("replace equals symbol with a colon", [(ident.span.shrink_to_hi().to(eq), ":")], style="normal")
            self.emit(d)
            self.bump()
            e = self.parse_expr()
            return ast.ExprField(ident=ident, expr=e, is_shorthand=False, attrs=attrs, id=self.fresh_id(), span=lo.to(e.span))
        if tok.kind is TK.IDENT and (nxt.kind in (TK.COMMA, TK.CLOSE_BRACE)):
            ident = self.parse_ident()
            path = ast.Path(segments=(ast.PathSegment(ident=ident, id=self.fresh_id()),), span=ident.span)
            e = ast.PathExpr(qself=None, path=path, id=self.fresh_id(), span=ident.span)
            return ast.ExprField(ident=ident, expr=e, is_shorthand=True, attrs=attrs, id=self.fresh_id(), span=ident.span)
        if tok.kind is TK.IDENT:
            self.parse_ident()
            self.expected.extend(("`,`", "`:`", "`}`"))
            self.unexpected()
        self.expected.append("identifier")
        self.unexpected()
        raise AssertionError

    def _parse_expr_labeled(self) -> ast.Expr:
        tok = self.token
        lo = tok.span
        ate_colon = self.look_ahead(1).kind is TK.COLON
        if not ate_colon:
            # A lifetime where an expression was expected.
            follows = self.look_ahead(1)
            if not (follows.is_ident("loop") or follows.kind is TK.OPEN_BRACE or follows.is_ident("while") or follows.is_ident("for")):
                return self._expected_expression()
            self.bump()
        else:
            self.bump()
            self.bump()  # `:`
        label = ast.Label(ident=ast.Ident(name=tok.text, span=tok.span))
        expr = self._parse_labeled_body(label, lo)
        if expr is None:
            t = self.token
            d = self.error("expected `while`, `for`, `loop` or `{` after a label", t.span)
            d.labels.clear()
            d.with_primary(t.span, "expected `while`, `for`, `loop` or `{` after a label")
            raise PError(d)
        if not ate_colon:
            self._report_label_without_colon(tok, expr)
        return expr

    def _report_label_without_colon(self, label: Token, expr: ast.Expr) -> None:
        """rustc's `RequireColonAfterLabeledExpression`: reported once the labelled
        expression is parsed, pointing at all of it, with the label as a secondary span."""
        d = self.error("labeled expression must be followed by `:`", expr.span)
        d.with_label(label.span, "the label")
        d.with_note("labels are used before loops and blocks, allowing e.g., `break 'label` to them")
        d.with_suggestion("add `:` after the label", [(label.span.shrink_to_hi(), ":")], style="normal")
        self.emit(d)

    def _parse_labeled_body(self, label: ast.Label, lo: Span) -> ast.Expr | None:
        """The loop or block after `'label:`, or None when something else follows."""
        t = self.token
        if t.is_ident("loop"):
            return self._parse_expr_loop(label, lo)
        if t.is_ident("while"):
            return self._parse_expr_while(label, lo)
        if t.is_ident("for"):
            return self._parse_expr_for(label, lo)
        if t.kind is TK.OPEN_BRACE or (t.is_ident("unsafe") and self.look_ahead(1).kind is TK.OPEN_BRACE):
            block, inner = self.parse_block_with_inner_attrs()
            return ast.BlockExpr(block=block, label=label, attrs=inner, id=self.fresh_id(), span=lo.to(block.span))
        return None

    # -- keyword-led expressions ------------------------------------------------------------------

    def _parse_expr_true_false(self) -> ast.Expr:
        tok = self.token
        self.bump()
        return ast.LitExpr(lit=Lit(LitKind.BOOL, tok.text), id=self.fresh_id(), span=tok.span)

    def _parse_expr_if(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        cond = self._parse_if_cond(lo)
        then = self._parse_if_block(lo, cond)
        els: ast.Expr | None = None
        if self.eat_keyword("else"):
            else_lo = self.prev_token.span
            if self.is_kw("if"):
                els = self._parse_expr_if()
            else:
                attrs = self.parse_outer_attributes() if self.token.kind is TK.POUND else ()
                if not self.is_block_start():
                    self._else_without_block(else_lo)
                block = self.parse_block()
                els = ast.BlockExpr(block=block, label=None, id=self.fresh_id(), span=block.span)
                if attrs:
                    self._error_on_else_block_attrs(else_lo, block.span, attrs)
        end = els.span if els is not None else then.span
        return ast.IfExpr(cond=cond, then=then, els=els, id=self.fresh_id(), span=lo.to(end))

    def _error_on_else_block_attrs(self, else_span: Span, branch: Span, attrs: ast.Attrs) -> None:
        """rustc's `error_on_if_block_attrs`, once the branch is parsed: at the last
        attribute, with the branch and its `else`; the fix removes everything from the
        first attribute up to the branch."""
        d = self.error("outer attributes are not allowed on `if` and `else` branches", attrs[-1].span)
        d.with_label(branch, "the attributes are attached to this branch")
        d.with_label(else_span, "the branch belongs to this `else`")
        d.with_suggestion("remove the attributes", [(attrs[0].span.with_hi(branch.lo), "")], style="normal")
        self.emit(d)

    def _else_without_block(self, else_span: Span) -> None:
        tok = self.token
        d = Diagnostic.error(f"expected `{{`, found {token_descr(tok)}")
        d.with_primary(tok.span, "expected `{`")
        self.suggest_block_around_stmt(d)
        raise PError(d)

    def _parse_if_cond(self, lo: Span) -> ast.Expr:
        cond = self.parse_expr_cond()
        self._check_let_chains(cond)
        return cond

    def _check_let_chains(self, cond: ast.Expr) -> None:
        """`if let A = b && c` chains are 2024-only."""
        if self.psess.edition >= 2024:
            return
        if not (isinstance(cond, ast.BinaryExpr) and cond.op is B.AND):
            return
        stack: list[ast.Expr] = [cond]
        lets: list[ast.LetExpr] = []
        while stack:
            e = stack.pop()
            if isinstance(e, ast.BinaryExpr) and e.op is B.AND:
                stack.append(e.rhs)
                stack.append(e.lhs)
            elif isinstance(e, ast.LetExpr):
                lets.append(e)
        if lets:
            d = self.error("let chains are only allowed in Rust 2024 or later", lets[0].span)
            self.emit(d)

    def _parse_if_block(self, lo: Span, cond: ast.Expr) -> ast.Block:
        """The `then` block (rustc's `parse_if_after_cond`): when the condition swallowed
        the block (`if { .. }`), report the missing condition and use it."""
        if self.is_block_start() and not self.is_kw("else"):
            return self.parse_block()
        if isinstance(cond, ast.BlockExpr) and cond.label is None and cond.block.rules is ast.BlockRules.DEFAULT:
            if_span = lo.shrink_to_hi()
            d = self.error("missing condition for `if` expression", if_span)
            d.labels.clear()
            d.with_primary(if_span, "expected condition here")
            d.with_label(
                Span(cond.span.lo, cond.span.lo + 1, cond.span.ctxt),
                "if this block is the condition of the `if` expression, then it must be followed by another block",
            )
            self.emit(d)
            return cond.block
        if self.is_kw("else"):
            d = self.error("this `if` expression is missing a block after the condition", lo)
            d.with_help("add a block here", cond.span.shrink_to_hi())
            raise PError(d)
        tok = self.token
        d = Diagnostic.error(f"expected `{{`, found {token_descr(tok)}")
        d.with_primary(tok.span, "expected `{`")
        d.with_note("the `if` expression is missing a block after this condition", cond.span)
        self.suggest_block_around_stmt(d)
        raise PError(d)

    def suggest_block_around_stmt(self, d: Diagnostic) -> None:
        """rustc's `error_block_no_opening_brace`: where a block was expected but a statement
        follows (`if c return 1;`), suggest braces around it, unless a `{` right after it
        makes the guess unlikely. The statement is parsed speculatively (nothing is
        consumed or reported)."""
        tok = self.token
        if tok.kind is TK.COLON or tok.is_ident("in") or self.prev_token.is_ident("raw"):
            return
        snap = self.snapshot()
        try:
            stmt = self.parse_stmt_without_recovery()
            if stmt is None or isinstance(stmt, ast.EmptyStmt):
                return
            if not self.is_kw("else") and self.look_ahead(1).kind is TK.OPEN_BRACE:
                return
            span = stmt.span
            line_start = self.psess.source_map.snippet(Span(self._line_start(tok.span.lo), tok.span.lo))
            if line_start is not None and not line_start.strip() and self.token.kind is TK.SEMI:
                span = span.with_hi(self.token.span.hi)
            d.with_suggestion(
                "you might have meant to write this as part of a block",
                [(span.shrink_to_lo(), "{ "), (span.shrink_to_hi(), " }")],
                Applicability.MAYBE_INCORRECT,
            )
        except PError:
            return
        finally:
            self.restore(snap)

    def _line_start(self, pos: int) -> int:
        sf = self.psess.source_map.lookup_file(pos)
        if sf is None:
            return pos
        line, _ = sf.line_col(pos)
        return sf.line_start_pos(line)

    def _parse_expr_let(self) -> ast.Expr:
        lo = self.token.span
        recovered = not (self.restrictions & ALLOW_LET)
        if recovered:
            d = self.error("expected expression, found `let` statement", lo)
            d.with_note("only supported directly in conditions of `if` and `while` expressions")
            self.emit(d)
        self.bump()
        pat = self.parse_pat_allow_top_alt()
        if self.token.kind is TK.EQ_EQ:
            # rustc's `ExpectedEqForLetExpr`: reported, and parsed as if `=` were there.
            eqeq = self.token.span
            d = self.error("expected `=`, found `==`", eqeq)
            d.with_suggestion("consider using `=` here", [(eqeq, "=")], style="normal")
            self.emit(d)
            self.bump()
        else:
            self.expect(TK.EQ)
        old = self.restrictions
        self.restrictions = old & ~(STMT_EXPR | ALLOW_LET)
        try:
            scrutinee = self.parse_expr_assoc_with(PREC_AND, None, True)
        finally:
            self.restrictions = old
        return ast.LetExpr(pat=pat, scrutinee=scrutinee, recovered=recovered, id=self.fresh_id(), span=lo.to(scrutinee.span))

    def _parse_expr_match(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        scrutinee = self.parse_expr_res(NO_STRUCT_LITERAL)
        if self.token.kind is not TK.OPEN_BRACE:
            self.expected.append("`{`")
            self.unexpected()
        self.bump()
        attrs = self.parse_inner_attributes()
        arms: list[ast.Arm] = []
        while not self.eat(TK.CLOSE_BRACE):
            if self.token.kind is TK.EOF:
                self.expect(TK.CLOSE_BRACE)
            try:
                arms.append(self._parse_arm())
            except PError as err:
                # rustc: report, skip to the end of the match, and the whole match is an
                # error expression.
                if err.diag is not None:
                    self.emit(err.diag)
                self.recover_stmt()
                self.eat(TK.CLOSE_BRACE)
                return ast.ErrExpr(attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        return ast.MatchExpr(scrutinee=scrutinee, arms=tuple(arms), attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_arm(self) -> ast.Arm:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        if self.token.kind is TK.CLOSE_BRACE and attrs:
            d = self.error("expected pattern, found `}`", self.token.span)
            d.with_primary(self.token.span, "expected pattern")
            raise PError(d)
        pat = self.parse_pat_allow_top_alt()
        guard = None
        if self.eat_keyword("if"):
            guard = self.parse_expr_res(ALLOW_LET | IN_IF_GUARD)
        arrow = self.token
        if not self.eat(TK.FAT_ARROW):
            self._arm_missing_arrow(pat)
        arm_start = self.token.span
        body = self.parse_expr_res(STMT_EXPR)
        requires_comma = expr_requires_semi_to_be_stmt(body)
        if requires_comma:
            if not self.eat(TK.COMMA) and self.token.kind is not TK.CLOSE_BRACE:
                span = self._arm_body_missing_braces(body, arrow.span)
                if span is not None:
                    body = ast.ErrExpr(id=self.fresh_id(), span=span)
                else:
                    self._missing_arm_comma(arrow, body, arm_start)
        else:
            self.eat(TK.COMMA)
        return ast.Arm(pat=pat, guard=guard, body=body, attrs=attrs, id=self.fresh_id(), span=lo.to(body.span))

    def _arm_body_missing_braces(self, first: ast.Expr, arrow: Span) -> Span | None:
        """rustc's `parse_arm_body_missing_braces`: `pat => expr;` is either a `,` typed as
        `;` or several statements without their block. Statements are consumed until the
        next arm's `pat =>` or the match's `}`; then it is reported (and the arm's body is
        an error expression spanning them). Anything else: None, nothing consumed."""
        if self.token.kind is not TK.SEMI:
            return None
        start = self.snapshot()
        semi = self.token.span
        self.bump()
        stmt_spans = [first.span]
        while True:
            if self.token.kind is TK.CLOSE_BRACE or self._looks_like_arm_start(allow_guard=False):
                self._report_arm_body_without_braces(stmt_spans, arrow, semi)
                return stmt_spans[0].to(stmt_spans[-1])
            if self.token.kind is TK.COMMA:
                break
            try:
                stmt = self.parse_stmt_without_recovery()
            except PError:
                break
            if stmt is None:
                break
            stmt_spans.append(stmt.span)
        self.restore(start)
        return None

    def _report_arm_body_without_braces(self, stmts: list[Span], arrow: Span, semi: Span) -> None:
        span = stmts[0].to(stmts[-1])
        d = self.error("`match` arm body without braces", span)
        if len(stmts) == 1:
            d.with_primary(span, "this statement is not surrounded by a body")
            d.with_suggestion("replace `;` with `,` to end a `match` arm expression", [(semi, ",")], style="normal")
        else:
            d.with_primary(span, "these statements are not surrounded by a body")
            d.with_suggestion(
                "surround the statements with a body",
                [(span.shrink_to_lo(), "{ "), (span.shrink_to_hi(), " }")],
                style="normal",
            )
        d.with_label(arrow, "while parsing the `match` arm starting here")
        self.emit(d)

    def _arm_missing_arrow(self, pat: ast.Pat) -> None:
        """No `=>` after the pattern. `=` and `->` are typos for it: rustc reports them with
        a suggestion and goes on parsing the arm (issue #89396)."""
        tok = self.token
        try:
            self.unexpected()
        except PError as err:
            if tok.kind is not TK.EQ and tok.kind is not TK.R_ARROW:
                raise
            err.diag.with_suggestion("use a fat arrow to start a match arm", [(tok.span, "=>")], style="inline")
            self.emit(err.diag)
            self.bump()

    def _missing_arm_comma(self, arrow: Token, body: ast.Expr, arm_start: Span) -> None:
        tok = self.token
        # rustc: "expected `,` following `match` arm" when the next line starts a new arm.
        sm = self.psess.source_map
        between = sm.snippet(Span(body.span.hi, tok.span.lo)) or ""
        if "\n" in between and self._looks_like_arm_start():
            d = self.error("expected `,` following `match` arm", body.span.shrink_to_hi())
            d.labels.clear()
            d.with_primary(body.span.shrink_to_hi(), "")
            d.with_suggestion("missing a comma here to end this `match` arm", [(body.span.shrink_to_hi(), ",")], style="normal")
            self.emit(d)
            return
        self.expected.extend(("`,`", "`}`"))
        try:
            self.unexpected()
        except PError as err:
            err.diag.with_label(arrow.span, "while parsing the `match` arm starting here")
            raise

    def _looks_like_arm_start(self, allow_guard: bool = True) -> bool:
        """Speculatively parse `pat =>` (or `pat if`, with `allow_guard`) here."""
        snap = self.snapshot()
        try:
            if allow_guard:
                self.parse_pat_allow_top_alt()
            else:
                self.parse_pat_no_top_alt()
            ok = self.token.kind is TK.FAT_ARROW or (allow_guard and self.is_kw("if"))
        except PError:
            ok = False
        self.restore(snap)
        return ok

    def _parse_expr_loop(self, label: ast.Label | None = None, lo: Span | None = None) -> ast.Expr:
        start = self.token.span if lo is None else lo
        kw = self.token.span
        self.bump()
        body, inner = self._parse_loop_block(((kw, "while parsing this `loop` expression"),))
        return ast.LoopExpr(body=body, label=label, attrs=inner, id=self.fresh_id(), span=start.to(body.span))

    def _parse_loop_block(self, labels: tuple[tuple[Span, str], ...] = ()) -> tuple[ast.Block, ast.Attrs]:
        """A loop's body; without its `{`, the error carries the loop's `labels` (rustc's
        "while parsing this `loop` expression") and suggests braces around a statement."""
        if not self.is_block_start():
            tok = self.token
            d = Diagnostic.error(f"expected `{{`, found {token_descr(tok)}")
            d.with_primary(tok.span, "expected `{`")
            for span, text in labels:
                d.with_label(span, text)
            self.suggest_block_around_stmt(d)
            raise PError(d)
        return self.parse_block_with_inner_attrs()

    def _parse_expr_while(self, label: ast.Label | None = None, lo: Span | None = None) -> ast.Expr:
        start = self.token.span if lo is None else lo
        kw = self.token.span
        self.bump()
        cond = self.parse_expr_cond()
        self._check_let_chains(cond)
        body, inner = self._parse_loop_block(
            ((kw, "while parsing the body of this `while` expression"), (cond.span, "this `while` condition successfully parsed"))
        )
        return ast.WhileExpr(cond=cond, body=body, label=label, attrs=inner, id=self.fresh_id(), span=start.to(body.span))

    def _parse_expr_for(self, label: ast.Label | None = None, lo: Span | None = None) -> ast.Expr:
        start = self.token.span if lo is None else lo
        self.bump()
        is_await = False
        if self.is_kw("await"):
            self.bump()
            is_await = True
        pat = self.parse_pat_allow_top_alt()
        if not self.eat_keyword("in"):
            self._error_missing_in_for_loop()
        iter_e = self.parse_expr_res(NO_STRUCT_LITERAL)
        body, inner = self._parse_loop_block()
        return ast.ForLoopExpr(
            pat=pat, iter=iter_e, body=body, label=label, is_await=is_await, attrs=inner, id=self.fresh_id(), span=start.to(body.span)
        )

    def _error_missing_in_for_loop(self) -> None:
        tok = self.token
        if tok.is_ident("of"):
            span = tok.span
            self.bump()
            d = self.error("missing `in` in `for` loop", span)
            d.with_suggestion("try using `in` here instead", [(span, "in")], style="normal")
        elif self.eat(TK.EQ):
            span = self.prev_token.span
            d = self.error("missing `in` in `for` loop", span)
            d.with_suggestion("try using `in` here instead", [(span, "in")], style="normal")
        else:
            span = self.prev_token.span.between(tok.span)
            d = self.error("missing `in` in `for` loop", span)
            d.with_suggestion("try adding `in` here", [(span, " in ")], style="normal")
        self.emit(d)

    def _parse_expr_return(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        e = None
        if can_begin_expr(self.token) and not (self.token.kind is TK.OPEN_BRACE and self.restrictions & NO_STRUCT_LITERAL):
            e = self.parse_expr_res(self.restrictions & NO_STRUCT_LITERAL)
        span = lo.to(e.span) if e is not None else lo
        return ast.RetExpr(expr=e, id=self.fresh_id(), span=span)

    def _parse_expr_break(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        label = None
        if self.token.kind is TK.LIFETIME and self.look_ahead(1).kind is not TK.COLON:
            tok = self.token
            self.bump()
            label = ast.Label(ident=ast.Ident(name=tok.text, span=tok.span))
        e = None
        tok = self.token
        if can_begin_expr(tok) and not (tok.kind is TK.OPEN_BRACE and self.restrictions & NO_STRUCT_LITERAL):
            e = self.parse_expr_res(self.restrictions & NO_STRUCT_LITERAL)
        end = e.span if e is not None else (self.prev_token.span)
        return ast.BreakExpr(label=label, expr=e, id=self.fresh_id(), span=lo.to(end))

    def _parse_expr_continue(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        label = None
        if self.token.kind is TK.LIFETIME:
            tok = self.token
            self.bump()
            label = ast.Label(ident=ast.Ident(name=tok.text, span=tok.span))
        return ast.ContinueExpr(label=label, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_expr_yield(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        e = None
        if can_begin_expr(self.token):
            e = self.parse_expr()
        return ast.YieldExpr(expr=e, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_expr_become(self) -> ast.Expr:
        lo = self.token.span
        self.bump()
        e = self.parse_expr()
        return ast.BecomeExpr(expr=e, id=self.fresh_id(), span=lo.to(e.span))

    def _parse_expr_unsafe(self) -> ast.Expr:
        if self.look_ahead(1).kind is not TK.OPEN_BRACE:
            return self._expected_expression()
        block, inner = self.parse_block_with_inner_attrs()
        return ast.BlockExpr(block=block, label=None, attrs=inner, id=self.fresh_id(), span=block.span)

    def _parse_expr_const(self) -> ast.Expr:
        nxt = self.look_ahead(1)
        if nxt.kind is TK.OPEN_BRACE:
            return self.parse_block_expr_const()
        if nxt.kind in (TK.OR, TK.OR_OR) or nxt.is_ident("move") or nxt.is_ident("async"):
            return self._parse_expr_closure()
        return self._expected_expression()

    def parse_block_expr_const(self) -> ast.Expr:
        """`const { ... }` (the current token is `const`) or a bare block `{ ... }` in
        generic-argument position."""
        lo = self.token.span
        if self.is_kw("const"):
            self.bump()
            block, inner = self.parse_block_with_inner_attrs()
            return ast.ConstBlockExpr(block=block, anon_id=self.fresh_id(), attrs=inner, id=self.fresh_id(), span=lo.to(block.span))
        block, inner = self.parse_block_with_inner_attrs()
        return ast.BlockExpr(block=block, label=None, attrs=inner, id=self.fresh_id(), span=block.span)

    def _parse_expr_async(self) -> ast.Expr:
        lo = self.token.span
        nxt = self.look_ahead(1)
        if nxt.kind is TK.OPEN_BRACE or (nxt.is_ident("move") and self.look_ahead(2).kind is TK.OPEN_BRACE):
            self.bump()
            capture = ast.CaptureBy.VALUE if self.eat_keyword("move") else ast.CaptureBy.REF
            block, inner = self.parse_block_with_inner_attrs()
            return ast.GenBlockExpr(capture=capture, block=block, attrs=inner, id=self.fresh_id(), span=lo.to(block.span))
        if nxt.kind in (TK.OR, TK.OR_OR) or nxt.is_ident("move"):
            return self._parse_expr_closure()
        return self._parse_expr_path_start()

    def _parse_expr_move(self) -> ast.Expr:
        if self.look_ahead(1).kind in (TK.OR, TK.OR_OR):
            return self._parse_expr_closure()
        return self._expected_expression()

    def _parse_expr_static(self) -> ast.Expr:
        nxt = self.look_ahead(1)
        if nxt.kind in (TK.OR, TK.OR_OR) or nxt.is_ident("move") or nxt.is_ident("async"):
            return self._parse_expr_closure()
        return self._expected_expression()

    def _parse_expr_for_kw(self) -> ast.Expr:
        if self.look_ahead(1).kind is TK.LT and self._for_binder_is_closure():
            return self._parse_expr_closure()
        return self._parse_expr_for()

    def _for_binder_is_closure(self) -> bool:
        i = 2
        depth = 1
        while depth > 0:
            t = self.look_ahead(i)
            if t.kind is TK.LT:
                depth += 1
            elif t.kind is TK.GT:
                depth -= 1
            elif t.kind is TK.EOF:
                return False
            i += 1
        t = self.look_ahead(i)
        return t.kind in (TK.OR, TK.OR_OR) or t.is_ident("move") or t.is_ident("async") or t.is_ident("const") or t.is_ident("static")

    def _parse_expr_try(self) -> ast.Expr:
        if self.look_ahead(1).kind is TK.OPEN_BRACE:
            lo = self.token.span
            self.bump()
            block = self.parse_block()
            return ast.TryBlockExpr(block=block, id=self.fresh_id(), span=lo.to(block.span))
        return self._parse_expr_path_start()

    def _closure_body_without_braces(self, ret_span: Span) -> ast.Expr | None:
        """rustc's `parse_closure_block_body`: with a return type the body must be a block;
        an expression there (`|x| -> i32 x + 1`) is reported with a suggestion to brace it
        and becomes an error expression. None (nothing consumed) when no expression parses."""
        tok = self.token
        if tok.kind is TK.OPEN_BRACE or not can_begin_expr(tok):
            return None
        snap = self.snapshot()
        old = self.restrictions
        self.restrictions = old & ~(STMT_EXPR | ALLOW_LET)
        try:
            expr = self.parse_expr_assoc_with(0)
        except PError:
            self.restore(snap)
            return None
        finally:
            self.restrictions = old
        d = Diagnostic.error(f"expected `{{`, found {token_descr(tok)}", tok.span)
        d.with_label(ret_span, "explicit return type requires closure body to be enclosed in braces")
        d.with_suggestion(
            "wrap the expression in curly braces", [(expr.span.shrink_to_lo(), "{ "), (expr.span.shrink_to_hi(), " }")]
        )
        self.emit(d)
        return ast.ErrExpr(id=self.fresh_id(), span=expr.span)

    def _parse_expr_closure(self) -> ast.Expr:
        lo = self.token.span
        binder = None
        if self.is_kw("for"):
            binder = self.parse_late_bound_lifetime_defs()
        is_const = self.eat_keyword("const")
        if self.is_kw("static"):
            self.bump()
        is_async = self.eat_keyword("async")
        capture = ast.CaptureBy.VALUE if self.eat_keyword("move") else ast.CaptureBy.REF
        decl_lo = self.token.span
        params: list[ast.Param] = []
        if self.token.kind is TK.OR_OR:
            self.bump()
        else:
            if not self.eat_or():
                self.unexpected()
            params, _ = self.parse_comma_seq(TK.OR, self._parse_closure_param, alt_close=TK.OR_OR)
            if not self.eat_or():
                self.unexpected()
        output = self.parse_ret_ty()
        decl = ast.FnDecl(inputs=tuple(params), output=output)
        decl_span = decl_lo.to(self.prev_token.span)
        if isinstance(output, ast.DefaultRetTy):
            old = self.restrictions
            self.restrictions = old & ~(STMT_EXPR | ALLOW_LET)
            try:
                body = self.parse_expr_assoc_with(0)
            finally:
                self.restrictions = old
        else:
            unbraced = self._closure_body_without_braces(output.span)
            if unbraced is not None:
                body = unbraced
            else:
                if not self.is_block_start():
                    self.expected.append("`{`")
                    self.unexpected()
                block, inner = self.parse_block_with_inner_attrs()
                body = ast.BlockExpr(block=block, label=None, attrs=inner, id=self.fresh_id(), span=block.span)
        return ast.ClosureExpr(
            binder=binder,
            capture=capture,
            is_async=is_async,
            is_const=is_const,
            decl=decl,
            body=body,
            decl_span=decl_span,
            id=self.fresh_id(),
            span=lo.to(body.span),
        )

    def _parse_closure_param(self) -> ast.Param:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        pat = self.parse_pat_no_top_alt()
        if self.eat(TK.COLON):
            ty: ast.Ty = self.parse_ty()
        else:
            ty = ast.InferTy(id=self.fresh_id(), span=self.prev_token.span.shrink_to_hi())
        return ast.Param(pat=pat, ty=ty, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_expr_underscore(self) -> ast.Expr:
        tok = self.token
        self.bump()
        return ast.UnderscoreExpr(id=self.fresh_id(), span=tok.span)


def _is_plain_decimal(s: str) -> bool:
    return s.isdigit() and s.isascii() and (s == "0" or not s.startswith("0") or True)


def _with_attrs(e: ast.Expr, attrs: ast.Attrs) -> ast.Expr:
    import dataclasses

    return dataclasses.replace(e, attrs=attrs + e.attrs)


_KEYWORD_EXPRS = {
    "true": ExprParser._parse_expr_true_false,
    "false": ExprParser._parse_expr_true_false,
    "if": ExprParser._parse_expr_if,
    "match": ExprParser._parse_expr_match,
    "loop": ExprParser._parse_expr_loop,
    "while": ExprParser._parse_expr_while,
    "for": ExprParser._parse_expr_for_kw,
    "return": ExprParser._parse_expr_return,
    "break": ExprParser._parse_expr_break,
    "continue": ExprParser._parse_expr_continue,
    "yield": ExprParser._parse_expr_yield,
    "become": ExprParser._parse_expr_become,
    "unsafe": ExprParser._parse_expr_unsafe,
    "const": ExprParser._parse_expr_const,
    "async": ExprParser._parse_expr_async,
    "move": ExprParser._parse_expr_move,
    "static": ExprParser._parse_expr_static,
    "let": ExprParser._parse_expr_let,
    "try": ExprParser._parse_expr_try,
    "_": ExprParser._parse_expr_underscore,
}
