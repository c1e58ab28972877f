"""Blocks and statements: `let`, items in blocks, expression statements, macro statements.

A block is the main recovery point inside function bodies: a statement that fails to parse
is reported, the parser skips to the end of that statement, and the block goes on.
"""

from __future__ import annotations

from typing import Final

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.base import (
    STMT_EXPR,
    PathStyle,
    PError,
    is_path_segment_keyword,
    is_reserved_ident,
    token_descr,
)
from ferric.syntax.parser.expr import ExprParser, expr_requires_semi_to_be_stmt

TK = TokenKind


class StmtParser(ExprParser):
    def parse_block(self) -> ast.Block:
        block, _ = self.parse_block_with_inner_attrs()
        return block

    def parse_block_with_inner_attrs(self) -> tuple[ast.Block, ast.Attrs]:
        """`{ #![inner] stmts }` or `unsafe { ... }`; inner attributes are returned for the
        enclosing item or expression to keep (as rustc does)."""
        lo = self.token.span
        if self.token.kind is TK.INTERPOLATED and (nt := nonterminal(self.token)) is not None and nt.kind == "block":
            self.bump()
            assert isinstance(nt.node, ast.Block)
            return nt.node, ()
        rules = ast.BlockRules.DEFAULT
        if self.is_kw("unsafe"):
            self.bump()
            rules = ast.BlockRules.UNSAFE
        if self.token.kind is not TK.OPEN_BRACE:
            tok = self.token
            self.expected.append("`{`")
            d = Diagnostic.error(f"expected `{{`, found {token_descr(tok)}")
            d.with_primary(tok.span, "expected `{`")
            self.suggest_block_around_stmt(d)
            raise PError(d)
        self.bump()
        attrs = self.parse_inner_attributes()
        stmts = self.parse_block_tail()
        return ast.Block(stmts=tuple(stmts), rules=rules, id=self.fresh_id(), span=lo.to(self.prev_token.span)), attrs

    def parse_block_tail(self) -> list[ast.Stmt]:
        """Statements up to and including the closing `}`."""
        stmts: list[ast.Stmt] = []
        while True:
            k = self.token.kind
            if k is TK.CLOSE_BRACE:
                self.bump()
                return stmts
            if k is TK.EOF:
                self.expect(TK.CLOSE_BRACE)
            lo = self.token.span
            try:
                stmt = self.parse_full_stmt()
            except PError as err:
                # rustc: report, skip the rest of the statement, and leave an error
                # statement in its place (`mk_stmt_err`): the block's value is then an
                # error, so type checking stays quiet about it.
                if err.diag is not None:
                    self.emit(err.diag)
                self.recover_stmt()
                err_expr = ast.ErrExpr(id=self.fresh_id(), span=lo.to(self.prev_token.span))
                stmts.append(ast.ExprStmt(expr=err_expr, id=self.fresh_id(), span=err_expr.span))
                continue
            if stmt is not None:
                stmts.append(stmt)

    def parse_full_stmt(self) -> ast.Stmt | None:
        """A statement with its `;` (rustc's `parse_full_stmt`)."""
        stmt = self.parse_stmt_without_recovery()
        if stmt is None:
            return None
        if isinstance(stmt, ast.ExprStmt):
            e = stmt.expr
            if expr_requires_semi_to_be_stmt(e) and self.token.kind is not TK.EOF:  # EOF: end of a macro's output
                self._maybe_recover_ternary(e)
                if self.expect_one_of([], [TK.SEMI, TK.CLOSE_BRACE]):
                    # A `;` was missing (reported): rustc makes the expression an error
                    # expression, so that no type error follows from it.
                    e = ast.ErrExpr(id=e.id, span=e.span)
                    stmt = ast.ExprStmt(expr=e, id=stmt.id, span=stmt.span)
            if self.eat(TK.SEMI):
                return ast.SemiStmt(expr=e, id=stmt.id, span=stmt.span.to(self.prev_token.span))
            return stmt
        if isinstance(stmt, ast.LetStmt):
            if self.token.kind is not TK.SEMI:
                if stmt.init is not None:
                    self._maybe_recover_ternary(None)
                colon = self._let_colon
                try:
                    self.expect_semi()
                except PError as err:
                    if stmt.init is None and colon is not None:
                        self._label_let_type(err.diag, colon, stmt.pat)
                    raise
                return stmt
            self.bump()
            return ast.LetStmt(pat=stmt.pat, ty=stmt.ty, init=stmt.init, els=stmt.els, attrs=stmt.attrs, id=stmt.id, span=stmt.span.to(self.prev_token.span))
        if isinstance(stmt, ast.MacCallStmt) and stmt.style is ast.MacStmtStyle.NO_BRACES:
            if self.token.kind is TK.SEMI:
                self.bump()
                return ast.MacCallStmt(mac=stmt.mac, style=ast.MacStmtStyle.SEMICOLON, attrs=stmt.attrs, id=stmt.id, span=stmt.span.to(self.prev_token.span))
            if self.token.kind is not TK.CLOSE_BRACE and self.token.kind is not TK.EOF:
                self.expect_one_of([], [TK.SEMI, TK.CLOSE_BRACE])
            return stmt
        return stmt

    def _maybe_recover_ternary(self, cond: ast.Expr | None) -> None:
        """`cond ? a : b` (the `?` just parsed as a try operator) — rustc's
        `maybe_recover_from_ternary_operator`: "Rust has no ternary operator". With the
        condition known (a statement), the whole is underlined and rewritten as `if cond { a }
        else { b }`; else (a `let`'s initializer) the `? a : b` part, with a plain help."""
        if self.prev_token.kind is not TK.QUESTION:
            return
        snap = self.snapshot()
        q = self.prev_token.span
        try:
            then = self.parse_expr()
            if self.token.kind is TK.COLON:
                colon = self.token.span
                self.bump()
                els = self.parse_expr()
                ok = True
            else:
                ok = False
        except PError:
            ok = False
        if not ok:
            self.restore(snap)
            return
        end = self.prev_token.span
        d = self.error("Rust has no ternary operator", q.to(end) if cond is None else cond.span.to(end))
        if cond is None:
            d.with_help("use an `if-else` expression instead")
        else:
            d.with_suggestion(
                "use an `if-else` expression instead",
                [
                    (cond.span.shrink_to_lo(), "if "),
                    (q.to(then.span.shrink_to_lo()), "{ "),
                    (colon.to(els.span.shrink_to_lo()), "} else { "),
                    (end.shrink_to_hi(), " }"),
                ],
                Applicability.MAYBE_INCORRECT,
            )
        self.emit(d)
        raise PError(None)

    def parse_stmt_without_recovery(self) -> ast.Stmt | None:
        attrs = self.parse_outer_attributes()
        tok = self.token
        lo = tok.span
        if attrs and tok.kind is TK.CLOSE_BRACE:
            self._doc_or_attr_at_block_end(attrs)
            return None
        if tok.kind is TK.IDENT and not tok.raw and tok.text == "let":
            return self._parse_local(attrs, lo)
        if tok.kind is TK.SEMI:
            self.bump()
            return ast.EmptyStmt(id=self.fresh_id(), span=lo)
        if tok.kind is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind in ("stmt", "item"):
            self.bump()
            if nt.kind == "stmt":
                return nt.node  # type: ignore[return-value]
            item = nt.node
            return ast.ItemStmt(item=item, id=self.fresh_id(), span=lo)  # type: ignore[arg-type]
        if self._is_item_start():
            item = self.parse_item_with_attrs(attrs)
            if item is not None:
                return ast.ItemStmt(item=item, id=self.fresh_id(), span=item.span)
        if self._is_macro_stmt_start():
            return self._parse_stmt_mac(attrs, lo)
        if tok.kind is TK.IDENT and not tok.raw and tok.text in ("mut", "auto", "var") and self._looks_like_decl():
            return self._recover_local_keyword(attrs, lo)
        e = self.parse_expr_res(STMT_EXPR)
        if attrs:
            import dataclasses

            e = dataclasses.replace(e, attrs=attrs + e.attrs)
        return ast.ExprStmt(expr=e, id=self.fresh_id(), span=e.span)

    def _doc_or_attr_at_block_end(self, attrs: ast.Attrs) -> None:
        last = attrs[-1]
        if isinstance(last.kind, ast.DocComment):
            d = self.error("found a documentation comment that doesn't document anything", last.span, "E0585")
            d.with_help("doc comments must come before what they document, if a comment was intended use `//`")
            self.emit(d)
        else:
            d = self.error("expected statement after outer attribute", last.span)
            self.emit(d)

    def _looks_like_decl(self) -> bool:
        nxt = self.look_ahead(1)
        return nxt.kind is TK.IDENT and self.look_ahead(2).kind in (TK.EQ, TK.COLON, TK.SEMI)

    def _recover_local_keyword(self, attrs: ast.Attrs, lo: Span) -> ast.Stmt:
        tok = self.token
        if tok.text == "mut":
            d = self.error("missing keyword", tok.span.shrink_to_lo())
            d.with_suggestion("missing `let`", [(tok.span.shrink_to_lo(), "let ")], style="normal")
        else:
            d = self.error("invalid variable declaration", tok.span)
            d.with_suggestion(
                f"write `let` instead of `{tok.text}` to introduce a new variable", [(tok.span, "let")], style="normal"
            )
            self.bump()
        self.emit(d)
        return self._parse_local_after_let(attrs, lo)

    def _is_macro_stmt_start(self) -> bool:
        tok = self.token
        if tok.kind is TK.PATH_SEP:
            return self._path_then_bang()
        if tok.kind is not TK.IDENT:
            return False
        if not tok.raw and is_reserved_ident(tok) and not is_path_segment_keyword(tok):
            return False
        nxt = self.look_ahead(1)
        if nxt.kind is TK.NOT:
            t2 = self.look_ahead(2)
            return t2.kind in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.OPEN_BRACE) or (t2.kind is TK.IDENT and tok.text == "macro_rules")
        if nxt.kind is TK.PATH_SEP:
            return self._path_then_bang()
        return False

    def _path_then_bang(self) -> bool:
        i = 0
        if self.look_ahead(0).kind is TK.PATH_SEP:
            i = 1
        while True:
            t = self.look_ahead(i)
            if t.kind is not TK.IDENT:
                return False
            n = self.look_ahead(i + 1)
            if n.kind is TK.PATH_SEP:
                i += 2
                continue
            if n.kind is TK.NOT:
                return self.look_ahead(i + 2).kind in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.OPEN_BRACE)
            return False

    def _parse_stmt_mac(self, attrs: ast.Attrs, lo: Span) -> ast.Stmt:
        path = self.parse_path(PathStyle.MOD)
        self.expect(TK.NOT)
        args = self.parse_delim_args()
        mac = ast.MacCall(path=path, args=args, span=lo.to(self.prev_token.span))
        braces = args.delim is ast.Delimiter.BRACE
        k = self.token.kind
        if braces or k is TK.SEMI or k is TK.CLOSE_BRACE or k is TK.EOF:
            if braces and k in (TK.DOT, TK.QUESTION):
                pass
            else:
                style = ast.MacStmtStyle.BRACES if braces else ast.MacStmtStyle.NO_BRACES
                return ast.MacCallStmt(mac=mac, style=style, attrs=attrs, id=self.fresh_id(), span=mac.span)
        # The macro call is the start of a larger expression: `vec![1].len()`, `m!() + 1`.
        e: ast.Expr = ast.MacCallExpr(mac=mac, id=self.fresh_id(), span=mac.span)
        old = self.restrictions
        self.restrictions = STMT_EXPR
        try:
            e = self._parse_postfix_ops(e, lo)
            e = self.parse_expr_assoc_rest_with(0, e)
        finally:
            self.restrictions = old
        if attrs:
            import dataclasses

            e = dataclasses.replace(e, attrs=attrs + e.attrs)
        return ast.ExprStmt(expr=e, id=self.fresh_id(), span=e.span)

    _let_colon: Span | None = None
    """The `:` of the `let` being parsed (rustc's `Local.colon_sp`)."""

    def _label_let_type(self, d: Diagnostic, colon: Span, pat: ast.Pat) -> None:
        """rustc's `parse_full_stmt` when `let p: T` is not followed by `;`: the type may
        have ended early. Point at the `:`; when an operator that can only continue an
        expression follows, the `:` was probably meant as `=`."""
        name = _pat_descr(pat)
        d.with_label(colon, f"while parsing the type for {f'`{name}`' if name is not None else 'the binding'}")
        if self.token.kind in _CONTINUES_EXPR or self.token.is_ident("as"):
            d.with_suggestion("use `=` if you meant to assign", [(colon, " =")], Applicability.MACHINE_APPLICABLE, style="hide_inline")

    def _parse_local(self, attrs: ast.Attrs, lo: Span) -> ast.Stmt:
        self.bump()  # `let`
        return self._parse_local_after_let(attrs, lo)

    def _parse_local_after_let(self, attrs: ast.Attrs, lo: Span) -> ast.Stmt:
        if self.is_kw("mut") and self.is_kw("let", 1):
            # `let mut let x` is not a thing; `mut let` handled elsewhere.
            pass
        pat = self.parse_pat_allow_top_alt()
        ty = None
        self._let_colon = None
        if self.eat(TK.COLON):
            self._let_colon = self.prev_token.span
            ty = self.parse_ty()
        init = None
        els = None
        if self.eat(TK.EQ):
            init = self.parse_expr()
            if self.eat_keyword("else"):
                if self.token.kind is not TK.OPEN_BRACE:
                    tok = self.token
                    d = Diagnostic.error(f"expected `{{`, found {token_descr(tok)}")
                    d.with_primary(tok.span, "expected `{`")
                    self.suggest_block_around_stmt(d)
                    raise PError(d)
                els = self.parse_block()
                if not expr_requires_semi_to_be_stmt(init) or isinstance(init, ast.BlockExpr):
                    pass
        elif self.token.kind is TK.EQ_EQ and self.look_ahead(1).kind is not TK.SEMI:
            tok = self.token
            d = self.error("expected `=`, found `==`", tok.span)
            d.labels.clear()
            d.with_primary(tok.span, "")
            d.with_suggestion("consider using `=` here", [(tok.span, "=")], style="normal")
            self.emit(d)
            self.bump()
            init = self.parse_expr()
        return ast.LetStmt(pat=pat, ty=ty, init=init, els=els, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _is_item_start(self) -> bool:
        tok = self.token
        if tok.kind is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind == "vis":
            return True  # a macro's `$vis` (possibly empty) begins an item
        if tok.kind is not TK.IDENT or tok.raw:
            return False
        t = tok.text
        nxt = self.look_ahead(1)
        if t in ("fn", "struct", "enum", "trait", "impl", "mod", "use", "type", "pub", "static", "extern"):
            return not (t == "static" and (nxt.kind in (TK.OR, TK.OR_OR) or nxt.is_ident("move") or nxt.is_ident("async")))
        if t == "const":
            return not (nxt.kind is TK.OPEN_BRACE or nxt.kind in (TK.OR, TK.OR_OR) or nxt.is_ident("move") or (nxt.is_ident("async") and self.look_ahead(2).kind in (TK.OR, TK.OR_OR, TK.OPEN_BRACE)))
        if t == "unsafe":
            return nxt.kind is TK.IDENT and nxt.text in ("fn", "impl", "trait", "extern", "auto", "mod")
        if t == "async":
            return nxt.is_ident("fn") or (nxt.is_ident("unsafe") and self.look_ahead(2).is_ident("fn"))
        if t == "union":
            return nxt.kind is TK.IDENT and not nxt.is_ident("as") and self.look_ahead(2).kind in (TK.OPEN_BRACE, TK.LT, TK.IDENT)
        if t == "auto":
            return nxt.is_ident("trait")
        if t == "macro_rules":
            return nxt.kind is TK.NOT and self.look_ahead(2).kind is TK.IDENT
        if t == "default":
            return nxt.kind is TK.IDENT and nxt.text in ("fn", "impl", "unsafe", "type", "const", "async")
        if t == "safe":
            return nxt.kind is TK.IDENT and nxt.text in ("fn", "static")
        return False

    def parse_item_with_attrs(self, attrs: ast.Attrs) -> ast.Item | None:
        raise NotImplementedError


_CONTINUES_EXPR: Final = frozenset({
    TK.EQ, TK.PLUS_EQ, TK.MINUS_EQ, TK.STAR_EQ, TK.SLASH_EQ, TK.PERCENT_EQ, TK.CARET_EQ, TK.AND_EQ,
    TK.OR_EQ, TK.SHL_EQ, TK.SHR_EQ, TK.CARET, TK.SLASH, TK.EQ_EQ, TK.GE, TK.GT, TK.NE, TK.PERCENT, TK.SHR,
})
"""Operators after which an expression must have come before (rustc's
`AssocOp::can_continue_expr_unambiguously`; `as` is checked by name)."""


def _pat_descr(pat: ast.Pat) -> str | None:
    """rustc's `Pat::descr`: how a simple pattern is named in messages."""
    if isinstance(pat, ast.WildPat):
        return "_"
    if isinstance(pat, ast.IdentPat) and not pat.by_ref and pat.mutbl is ast.Mutability.NOT and pat.sub is None:
        return pat.ident.name
    if isinstance(pat, ast.RefPat):
        inner = _pat_descr(pat.pat)
        return None if inner is None else f"&{'mut ' if pat.mutbl is ast.Mutability.MUT else ''}{inner}"
    return None
