"""Patterns: bindings, literals and ranges, tuples, slices, structs, or-patterns."""

from __future__ import annotations

from typing import Final

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.lexer.token import LitKind, TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.base import (
    IDENT,
    IS_PAT,
    PathStyle,
    PError,
    is_path_segment_keyword,
    is_reserved_ident,
    token_descr,
)
from ferric.syntax.parser.ty import TyParser

TK = TokenKind

# Tokens after which a `|` cannot continue an or-pattern (a trailing `|` is an error).
_PAT_END = frozenset({TK.FAT_ARROW, TK.EQ, TK.CLOSE_PAREN, TK.CLOSE_BRACKET, TK.CLOSE_BRACE, TK.COMMA, TK.COLON, TK.SEMI})

_WHILE_PARSING_OR: Final = "while parsing this or-pattern starting here"


class PatParser(TyParser):
    def parse_pat_allow_top_alt(self) -> ast.Pat:
        """A top-level pattern: may start with `|` and be an or-pattern (`let`, arms,
        `for`, `if let`)."""
        lo = self.token.span
        leading = False
        if self.token.kind is TK.OR or (self.token.kind is TK.OR_OR):
            if self.token.kind is TK.OR_OR:
                self._report_or_or()
            self.eat_or() if self.token.kind is TK.OR else self.bump()
            leading = True
        first = self.parse_pat_no_top_alt()
        if not self._check_or_continues():
            if leading:
                return ast.OrPat(pats=(first,), leading_vert=True, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            return first
        pats = [first]
        while self._check_or_continues():
            if self.token.kind is TK.OR_OR:
                self._report_or_or(first.span)
                self.bump()
            else:
                self.eat_or()
            if self._trailing_vert(first.span):
                break
            try:
                pats.append(self.parse_pat_no_top_alt())
            except PError as err:
                err.diag.with_label(first.span, _WHILE_PARSING_OR)
                raise
        return ast.OrPat(pats=tuple(pats), leading_vert=leading, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _check_or_continues(self) -> bool:
        k = self.token.kind
        if k is TK.OR:
            return True
        if k is TK.OR_OR:
            return True
        self.expected.append("`|`")
        return False

    def _report_or_or(self, first: Span | None = None) -> None:
        """`||` where `|` was meant; after a first alternative (`first`), rustc also points
        at where the or-pattern starts."""
        span = self.token.span
        d = self.error("unexpected token `||` in pattern", span)
        if first is not None:
            d.with_label(first, _WHILE_PARSING_OR)
        d.with_suggestion("use a single `|` to separate multiple alternative patterns", [(span, "|")], style="normal")
        self.emit(d)

    def _trailing_vert(self, first: Span) -> bool:
        tok = self.token
        if tok.kind in _PAT_END or tok.is_ident("if") or tok.is_ident("in"):
            vert = self.prev_token.span
            d = self.error("a trailing `|` is not allowed in an or-pattern", vert)
            d.with_label(first, _WHILE_PARSING_OR)
            d.with_suggestion("remove the `|`", [(vert, "")], style="hidden")
            self.emit(d)
            return True
        return False

    def parse_pat_no_top_alt(self) -> ast.Pat:
        return self._parse_pat_range_allowed(True)

    def _parse_pat_inner_alt(self) -> ast.Pat:
        """A pattern inside delimiters, where or-patterns need no parentheses."""
        return self.parse_pat_allow_top_alt()

    def _parse_pat_range_allowed(self, allow_range: bool) -> ast.Pat:
        tok = self.token
        lo = tok.span
        k = tok.kind
        pat: ast.Pat
        if k is TK.IDENT and not tok.raw:
            text = tok.text
            if text == "_":
                self.bump()
                pat = ast.WildPat(id=self.fresh_id(), span=lo)
                return pat
            if text == "mut":
                return self._parse_pat_ident_mut(lo)
            if text == "ref":
                self.bump()
                by_ref_mut = ast.Mutability.MUT if self.eat_keyword("mut") else ast.Mutability.NOT
                return self._parse_pat_ident(lo, True, by_ref_mut, ast.Mutability.NOT)
            if text == "box" and self._is_box_pat():
                self.bump()
                inner = self._parse_pat_range_allowed(False)
                return ast.BoxPat(pat=inner, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            if text == "const" and self.look_ahead(1).kind is TK.OPEN_BRACE:
                expr = self.parse_block_expr_const()
                return self._maybe_range_pat(ast.ExprPat(expr=expr, id=self.fresh_id(), span=expr.span), expr, lo, allow_range)
            if text in ("true", "false"):
                expr = self.parse_literal_maybe_minus()
                return ast.ExprPat(expr=expr, id=self.fresh_id(), span=expr.span)
            if text == "let" and self.look_ahead(1).kind is TK.IDENT:
                d = self.error("expected pattern, found `let`", tok.span)
                d.with_suggestion("remove the unnecessary `let` keyword", [(tok.span.to(self.look_ahead(1).span.shrink_to_lo()), "")], style="normal")
                self.emit(d)
                self.bump()
                return self._parse_pat_range_allowed(allow_range)
        if k is TK.IDENT and self._can_be_ident_pat():
            return self._parse_pat_ident(lo, False, ast.Mutability.NOT, ast.Mutability.NOT)
        if k is TK.AND or k is TK.AND_AND:
            self.eat_and()
            mutbl = ast.Mutability.MUT if self.eat_keyword("mut") else ast.Mutability.NOT
            inner = self._parse_pat_range_allowed(False)
            return ast.RefPat(pat=inner, mutbl=mutbl, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if k is TK.OPEN_PAREN:
            self.bump()
            pats, trailing = self._parse_pat_seq(TK.CLOSE_PAREN, "tuple")
            span = lo.to(self.prev_token.span)
            if len(pats) == 1 and not trailing and not isinstance(pats[0], ast.RestPat):
                return ast.ParenPat(pat=pats[0], id=self.fresh_id(), span=span)
            return ast.TuplePat(pats=tuple(pats), id=self.fresh_id(), span=span)
        if k is TK.OPEN_BRACKET:
            self.bump()
            pats, _ = self._parse_pat_seq(TK.CLOSE_BRACKET, "slice")
            return ast.SlicePat(pats=tuple(pats), id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if k is TK.DOT_DOT:
            nxt = self.look_ahead(1)
            if self._is_range_end_start(nxt):
                self.bump()
                end = self._parse_range_end()
                return ast.RangePat(start=None, end=end, end_kind=ast.RangeEnd.EXCLUDED, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            self.bump()
            return ast.RestPat(id=self.fresh_id(), span=lo)
        if k is TK.DOT_DOT_EQ or k is TK.DOT_DOT_DOT:
            self.bump()
            end_kind = ast.RangeEnd.INCLUDED if k is TK.DOT_DOT_EQ else ast.RangeEnd.INCLUDED_DOT_DOT_DOT
            if not self._is_range_end_start(self.token):
                raise PError(self._inclusive_range_no_end(lo))
            end = self._parse_range_end()
            return ast.RangePat(start=None, end=end, end_kind=end_kind, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if k is TK.MINUS or k is TK.LITERAL:
            expr = self.parse_literal_maybe_minus()
            recovered = self._maybe_recover_trailing_expr(expr.span)
            if recovered is not None:
                return recovered
            return self._maybe_range_pat(ast.ExprPat(expr=expr, id=self.fresh_id(), span=expr.span), expr, lo, allow_range)
        if k is TK.LT or k is TK.SHL:
            qself, path = self.parse_qpath(PathStyle.PAT)
            return self._parse_pat_after_path(lo, qself, path, allow_range)
        if k is TK.PATH_SEP or (k is TK.IDENT and (tok.raw or not is_reserved_ident(tok) or is_path_segment_keyword(tok))):
            path = self.parse_path(PathStyle.PAT)
            return self._parse_pat_after_path(lo, None, path, allow_range)
        if k is TK.NOT:
            self.bump()
            return ast.NeverPat(id=self.fresh_id(), span=lo)
        if k is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None:
            if nt.kind in ("pat", "pat_param"):
                self.bump()
                return nt.node  # type: ignore[return-value]
            if nt.kind == "path":
                self.bump()
                assert isinstance(nt.node, ast.Path)
                return self._parse_pat_after_path(lo, None, nt.node, allow_range)
            if nt.kind in ("expr", "expr_2021") and isinstance(nt.node, (ast.LitExpr, ast.UnaryExpr)):
                self.bump()
                return self._maybe_range_pat(ast.ExprPat(expr=nt.node, id=self.fresh_id(), span=lo), nt.node, lo, allow_range)
        # Nothing a pattern can start with.
        self.expected.append("pattern")
        d = self.error(f"expected pattern, found {token_descr(tok)}", tok.span)
        d.labels.clear()
        d.with_primary(tok.span, "expected pattern")
        raise PError(d)

    def _is_box_pat(self) -> bool:
        nxt = self.look_ahead(1)
        return (nxt.kind is TK.IDENT and nxt.text not in ("in",)) or nxt.kind in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.AND, TK.LITERAL)

    def _can_be_ident_pat(self) -> bool:
        """rustc's `can_be_ident_pat`: an identifier binding, not a path or range start."""
        tok = self.token
        if tok.text in ("true", "false", "in") and not tok.raw:
            return False
        if not tok.raw and is_path_segment_keyword(tok):
            return False
        nxt = self.look_ahead(1).kind
        return nxt not in (TK.OPEN_PAREN, TK.OPEN_BRACE, TK.DOT_DOT_DOT, TK.DOT_DOT_EQ, TK.DOT_DOT, TK.PATH_SEP, TK.NOT)

    def _parse_pat_ident_mut(self, lo: Span) -> ast.Pat:
        mut_span = self.token.span
        self.bump()  # `mut`
        if self.is_kw("ref"):
            # `mut ref x` is unstable; parse as `ref`.
            self.bump()
            by_ref_mut = ast.Mutability.MUT if self.eat_keyword("mut") else ast.Mutability.NOT
            return self._parse_pat_ident(lo, True, by_ref_mut, ast.Mutability.MUT)
        tok = self.token
        if tok.kind is TK.IDENT and self._can_be_ident_pat():
            return self._parse_pat_ident(lo, False, ast.Mutability.NOT, ast.Mutability.MUT)
        # `mut (a, b)` / `mut Some(x)`: `mut` must go on each binding.
        inner = self.parse_pat_no_top_alt()
        span = mut_span.to(self.prev_token.span)
        if self._has_bindings(inner):
            d = self.error("`mut` must be attached to each individual binding", span)
            d.with_suggestion("add `mut` to each binding", [(span, self._mutify_text(inner))], style="normal")
            d.with_note("`mut` may be followed by `variable` and `variable @ pattern`")
            self.emit(d)
            # (rustc recovers with every by-value binding made `mut`.)
            return _all_bindings_mut(inner)
        else:
            d = self.error("`mut` must be followed by a named binding", mut_span.to(self.token.span.shrink_to_lo()))
            d.with_suggestion("remove the `mut` prefix", [(mut_span.to(tok.span.shrink_to_lo()), "")], style="normal")
            d.with_note("`mut` may be followed by `variable` and `variable @ pattern`")
            self.emit(d)
        return inner

    def _has_bindings(self, pat: ast.Pat) -> bool:
        stack: list[ast.Pat] = [pat]
        while stack:
            p = stack.pop()
            if isinstance(p, ast.IdentPat):
                return True
            if isinstance(p, (ast.TuplePat, ast.TupleStructPat, ast.SlicePat, ast.OrPat)):
                stack.extend(p.pats)
            elif isinstance(p, ast.StructPat):
                stack.extend(f.pat for f in p.fields)
            elif isinstance(p, (ast.ParenPat, ast.RefPat, ast.BoxPat)):
                stack.append(p.pat)
        return False

    def _mutify_text(self, pat: ast.Pat) -> str:
        text = self.psess.source_map.snippet(pat.span) or ""
        # Insert `mut ` before each binding identifier (approximation of rustc's suggestion).
        out = text
        bindings: list[ast.IdentPat] = []
        stack: list[ast.Pat] = [pat]
        while stack:
            p = stack.pop()
            if isinstance(p, ast.IdentPat):
                bindings.append(p)
            elif isinstance(p, (ast.TuplePat, ast.TupleStructPat, ast.SlicePat, ast.OrPat)):
                stack.extend(p.pats)
            elif isinstance(p, ast.StructPat):
                stack.extend(f.pat for f in p.fields)
            elif isinstance(p, (ast.ParenPat, ast.RefPat, ast.BoxPat)):
                stack.append(p.pat)
        for b in sorted(bindings, key=lambda b: -b.span.lo):
            off = b.span.lo - pat.span.lo
            out = out[:off] + "mut " + out[off:]
        return out

    def _parse_pat_ident(self, lo: Span, by_ref: bool, by_ref_mut: ast.Mutability, mutbl: ast.Mutability) -> ast.Pat:
        ident = self.parse_ident()
        sub = None
        if self.eat(TK.AT):
            sub = self._parse_pat_range_allowed(True)
        elif not by_ref and mutbl is ast.Mutability.NOT:
            err = self._maybe_recover_trailing_expr(lo.to(self.prev_token.span))
            if err is not None:
                return err
        return ast.IdentPat(
            by_ref=by_ref,
            by_ref_mut=by_ref_mut,
            mutbl=mutbl,
            ident=ident,
            sub=sub,
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )

    def _parse_pat_seq(self, close: TokenKind, what: str) -> tuple[list[ast.Pat], bool]:
        """Comma-separated patterns up to `close` (consumed); returns (pats, trailing comma).
        `what` names the pattern for rustc's "`..` can only be used once per ..." error."""
        pats, trailing = self.parse_comma_seq(close, self._parse_pat_seq_elem)
        self.expect(close)
        rests = [p for p in pats if isinstance(p, ast.RestPat) or (isinstance(p, ast.IdentPat) and isinstance(p.sub, ast.RestPat))]
        if len(rests) > 1:
            first, second = rests[0], rests[1]
            sp2 = second.sub.span if isinstance(second, ast.IdentPat) and second.sub is not None else second.span
            sp1 = first.sub.span if isinstance(first, ast.IdentPat) and first.sub is not None else first.span
            d = self.error(f"`..` can only be used once per {what} pattern", sp2)
            d.labels.clear()
            d.with_primary(sp2, f"can only be used once per {what} pattern")
            d.with_label(sp1, "previously used here")
            self.deferred_errors.append(d)
        return pats, trailing

    def _parse_pat_seq_elem(self) -> ast.Pat:
        pat = self._parse_pat_inner_alt()
        if self.token.kind is not TK.COMMA:
            self.expected.append("`if`")
        return pat

    def _maybe_recover_trailing_expr(self, pat_span: Span) -> ast.Pat | None:
        """`Some(x + 1)` in a pattern: rustc parses the expression to say "expected a pattern,
        found an expression" (reported after parsing) and goes on."""
        tok = self.token
        k = tok.kind
        nxt = self.look_ahead(1)
        has_dot_expr = k is TK.DOT and (nxt.kind is TK.IDENT or (nxt.kind is TK.LITERAL and nxt.lit is not None and nxt.lit.kind in (LitKind.INTEGER, LitKind.FLOAT) and not nxt.lit.suffix))
        has_op = (
            k in (TK.PLUS, TK.MINUS, TK.STAR, TK.SLASH, TK.PERCENT, TK.CARET, TK.AND, TK.SHL, TK.SHR, TK.QUESTION)
            or (k is TK.OPEN_BRACKET and nxt.kind is not TK.CLOSE_BRACKET)
            or tok.is_ident("as")
        )
        if not has_dot_expr and not has_op:
            return None
        if self.prev_token.is_ident("_"):
            return None
        snap = self.snapshot()
        old = self.restrictions
        self.restrictions = old | IS_PAT
        try:
            dummy = ast.ErrExpr(id=self.fresh_id(), span=pat_span)
            e = self._parse_postfix_ops(dummy, pat_span)  # type: ignore[attr-defined]
            e = self.parse_expr_assoc_rest_with(0, e)  # type: ignore[attr-defined]
        except PError:
            self.restrictions = old
            self.restore(snap)
            return None
        self.restrictions = old
        span = pat_span.to(e.span)
        d = self.error("expected a pattern, found an expression", span)
        d.labels.clear()
        d.with_primary(span, "not a pattern")
        d.with_note("arbitrary expressions are not allowed in patterns: <https://doc.rust-lang.org/book/ch19-00-patterns.html>")
        self.deferred_errors.append(d)
        return ast.ErrPat(id=self.fresh_id(), span=span)

    def _parse_pat_after_path(self, lo: Span, qself: ast.QSelf | None, path: ast.Path, allow_range: bool) -> ast.Pat:
        k = self.token.kind
        if k is TK.NOT and qself is None:
            self.bump()
            args = self.parse_delim_args()
            mac = ast.MacCall(path=path, args=args, span=lo.to(self.prev_token.span))
            return ast.MacCallPat(mac=mac, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if k is TK.OPEN_BRACE:
            self.bump()
            try:
                fields, rest = self._parse_pat_fields()
            except PError as err:
                if err.diag is not None:
                    err.diag.with_label(path.span, "while parsing the fields for this pattern")
                    self.emit(err.diag)
                self.recover_stmt()
                fields, rest = (), True
            self.bump()  # `}`
            return ast.StructPat(qself=qself, path=path, fields=fields, rest=rest, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if k is TK.OPEN_PAREN:
            self.bump()
            pats, _ = self._parse_pat_seq(TK.CLOSE_PAREN, "tuple struct")
            return ast.TupleStructPat(qself=qself, path=path, pats=tuple(pats), id=self.fresh_id(), span=lo.to(self.prev_token.span))
        pat = ast.PathPat(qself=qself, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        recovered = self._maybe_recover_trailing_expr(pat.span)
        if recovered is not None:
            return recovered
        expr = ast.PathExpr(qself=qself, path=path, id=self.fresh_id(), span=pat.span)
        return self._maybe_range_pat(pat, expr, lo, allow_range)

    def _maybe_range_pat(self, pat: ast.Pat, start: ast.Expr, lo: Span, allow_range: bool) -> ast.Pat:
        k = self.token.kind
        if not allow_range or k not in (TK.DOT_DOT, TK.DOT_DOT_EQ, TK.DOT_DOT_DOT):
            if allow_range:
                self.expected.extend(("`..`", "`..=`", "`...`"))
            return pat
        op = self.token
        self.bump()
        end: ast.Expr | None = None
        if k is TK.DOT_DOT:
            end_kind = ast.RangeEnd.EXCLUDED
        elif k is TK.DOT_DOT_EQ:
            end_kind = ast.RangeEnd.INCLUDED
        else:
            end_kind = ast.RangeEnd.INCLUDED_DOT_DOT_DOT
        if self._is_range_end_start(self.token):
            end = self._parse_range_end()
        elif k is not TK.DOT_DOT:
            self.emit(self._inclusive_range_no_end(op.span))
        span = lo.to(self.prev_token.span)
        if end_kind is ast.RangeEnd.INCLUDED_DOT_DOT_DOT:
            # rustc reports it (2021 edition) on the whole pattern, the fix on the operator.
            d = self.error("`...` range patterns are deprecated", span, "E0783")
            d.with_suggestion("use `..=` for an inclusive range", [(op.span, "..=")], style="hide_inline")
            self.deferred_errors.append(d)
        return ast.RangePat(start=start, end=end, end_kind=end_kind, id=self.fresh_id(), span=span)

    def _inclusive_range_no_end(self, span: Span) -> Diagnostic:
        d = Diagnostic.error("inclusive range with no end", span, "E0586")
        d.with_suggestion("use `..` instead", [(span, "..")], style="normal")
        d.with_note("inclusive ranges must be bounded at the end (`..=b` or `a..=b`)")
        return d

    def _is_range_end_start(self, tok: object) -> bool:
        from ferric.lexer.token import Token

        assert isinstance(tok, Token)
        k = tok.kind
        if k is TK.MINUS or k is TK.LITERAL or k is TK.LT or k is TK.PATH_SEP:
            return True
        if k is TK.IDENT:
            if tok.raw:
                return True
            if tok.text in ("true", "false", "const"):
                return True
            return not is_reserved_ident(tok) or is_path_segment_keyword(tok)
        return False

    def _parse_range_end(self) -> ast.Expr:
        tok = self.token
        lo = tok.span
        if tok.kind is TK.MINUS or tok.kind is TK.LITERAL or tok.is_ident("true") or tok.is_ident("false"):
            return self.parse_literal_maybe_minus()
        if tok.is_ident("const") and self.look_ahead(1).kind is TK.OPEN_BRACE:
            return self.parse_block_expr_const()
        if tok.kind is TK.LT or tok.kind is TK.SHL:
            qself, path = self.parse_qpath(PathStyle.PAT)
            return ast.PathExpr(qself=qself, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        path = self.parse_path(PathStyle.PAT)
        return ast.PathExpr(qself=None, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_pat_fields(self) -> tuple[tuple[ast.PatField, ...], bool]:
        """Fields of a struct pattern after `{`, up to the closing `}` (not consumed).
        A missing `,` is an error that ends the fields (rustc's `parse_pat_fields`)."""
        fields: list[ast.PatField] = []
        rest = False
        ate_comma = True
        while self.token.kind is not TK.CLOSE_BRACE:
            attrs = self.parse_outer_attributes()
            tok = self.token
            lo = tok.span
            if not ate_comma:
                d = self.error("expected `,`", tok.span)
                raise PError(d)
            ate_comma = False
            if self.check(TK.DOT_DOT) or tok.kind is TK.DOT_DOT_DOT:
                self.bump()
                rest = True
                if self.token.kind is TK.COMMA and self.look_ahead(1).kind is TK.CLOSE_BRACE:
                    comma = self.token.span
                    d = self.error("expected `}`, found `,`", comma)
                    d.labels.clear()
                    d.with_primary(comma, "expected `}`")
                    d.with_label(lo, "`..` must be at the end and cannot have a trailing comma")
                    d.with_suggestion("remove this comma", [(comma, "")], style="hide_inline")
                    self.emit(d)
                    self.bump()
                elif self.token.kind is not TK.CLOSE_BRACE:
                    d = self.error(f"expected `}}`, found {token_descr(self.token)}", self.token.span)
                    d.labels.clear()
                    d.with_primary(self.token.span, "expected `}`")
                    d.with_label(lo, "`..` must be at the end and cannot have a trailing comma")
                    raise PError(d)
                break
            fields.append(self._parse_pat_field(attrs, lo))
            ate_comma = self.eat(TK.COMMA)
        return tuple(fields), rest

    def _parse_pat_field(self, attrs: ast.Attrs, lo: Span) -> ast.PatField:
        tok = self.token
        if tok.kind is TK.LITERAL and tok.lit is not None and tok.lit.kind is LitKind.INTEGER and self.look_ahead(1).kind is TK.COLON:
            # Tuple-struct fields by index: `S { 0: x }`.
            self.bump()
            ident = ast.Ident(name=tok.text, span=tok.span)
            self.bump()
            pat = self.parse_pat_allow_top_alt()
            return ast.PatField(ident=ident, pat=pat, is_shorthand=False, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if tok.kind is TK.IDENT and self.look_ahead(1).kind is TK.COLON:
            ident = self.parse_ident()
            self.bump()
            pat = self.parse_pat_allow_top_alt()
            return ast.PatField(ident=ident, pat=pat, is_shorthand=False, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        # Shorthand: `x`, `ref x`, `mut x`, `ref mut x`.
        by_ref = self.eat_keyword("ref")
        by_ref_mut = ast.Mutability.NOT
        mutbl = ast.Mutability.NOT
        if by_ref and self.eat_keyword("mut"):
            by_ref_mut = ast.Mutability.MUT
        elif not by_ref and self.eat_keyword("mut"):
            mutbl = ast.Mutability.MUT
        if self.token.kind is not TK.IDENT:
            self.expected.append(IDENT)
            self.unexpected()
        ident = self.parse_ident()
        bind = ast.IdentPat(
            by_ref=by_ref,
            by_ref_mut=by_ref_mut,
            mutbl=mutbl,
            ident=ident,
            sub=None,
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )
        return ast.PatField(ident=ident, pat=bind, is_shorthand=True, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))


def _all_bindings_mut(pat: ast.Pat) -> ast.Pat:
    """`pat` with each by-value binding made `mut` (the parser's recovery of `mut (a, b)`)."""
    import dataclasses

    if isinstance(pat, ast.IdentPat):
        sub = _all_bindings_mut(pat.sub) if pat.sub is not None else None
        mutbl = pat.mutbl if pat.by_ref else ast.Mutability.MUT
        return dataclasses.replace(pat, mutbl=mutbl, sub=sub)
    if isinstance(pat, ast.TuplePat | ast.TupleStructPat | ast.SlicePat | ast.OrPat):
        return dataclasses.replace(pat, pats=tuple(_all_bindings_mut(p) for p in pat.pats))
    if isinstance(pat, ast.StructPat):
        fields = tuple(dataclasses.replace(f, pat=_all_bindings_mut(f.pat)) for f in pat.fields)
        return dataclasses.replace(pat, fields=fields)
    if isinstance(pat, ast.ParenPat | ast.BoxPat):
        return dataclasses.replace(pat, pat=_all_bindings_mut(pat.pat))
    return pat
