"""Identifiers, paths (`a::b::<T>`, `<T as Trait>::Item`) and generic arguments."""

from __future__ import annotations

from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.attr import AttrParser
from ferric.syntax.parser.base import (
    _RESERVED_IDENTS,
    IDENT,
    PathStyle,
    PError,
    can_begin_type,
    is_plain_ident,
    is_reserved_ident,
    token_descr,
)

TK = TokenKind
_PATH_KEYWORDS = frozenset({"self", "Self", "super", "crate"})


class PathParser(AttrParser):
    # -- identifiers ------------------------------------------------------------------------------

    def parse_ident(self) -> ast.Ident:
        """An identifier; a keyword is reported (with the `r#` help) and accepted, as rustc
        recovers."""
        tok = self.token
        if tok.kind is TK.IDENT:
            if not tok.raw and is_reserved_ident(tok):
                self.emit(self.expected_ident_error(recover=True))
            self.bump()
            return ast.Ident(name=tok.text, span=tok.span)
        self.expected.append(IDENT)
        raise PError(self.expected_ident_error(recover=False))

    def expected_ident_error(self, recover: bool) -> Diagnostic:
        tok = self.token
        d = Diagnostic.error(f"expected identifier, found {token_descr(tok)}")
        if tok.kind is TK.IDENT and not tok.raw and is_reserved_ident(tok) and tok.text != "_":
            d.with_primary(tok.span, "expected identifier, found keyword" if not token_descr(tok).startswith("reserved keyword") else "expected identifier, found reserved keyword")
            if tok.text not in ("self", "Self", "super", "crate"):
                d.with_suggestion(
                    f"escape `{tok.text}` to use it as an identifier",
                    [(tok.span.shrink_to_lo(), "r#")],
                    style="normal",
                )
        elif tok.kind is TK.IDENT and tok.text == "_":
            d.with_primary(tok.span, "expected identifier, found reserved identifier")
        else:
            d.with_primary(tok.span, "expected identifier")
        return d

    def parse_ident_or_underscore(self) -> ast.Ident:
        if self.token.is_ident("_"):
            tok = self.token
            self.bump()
            return ast.Ident(name="_", span=tok.span)
        return self.parse_ident()

    def parse_path_segment_ident(self) -> ast.Ident:
        tok = self.token
        if tok.kind is TK.IDENT and (tok.raw or tok.text not in _RESERVED_IDENTS or tok.text in _PATH_KEYWORDS):
            self.bump()
            return ast.Ident(name=tok.text, span=tok.span)
        return self.parse_ident()

    # -- paths ------------------------------------------------------------------------------------

    def parse_qpath(self, style: int) -> tuple[ast.QSelf, ast.Path]:
        """`<T>::a::b` or `<T as Trait>::a::b` (the current token is `<` or `<<`)."""
        lo = self.token.span
        self.eat_lt()
        ty = self.parse_ty()
        segments: list[ast.PathSegment] = []
        is_global = False
        if self.eat_keyword("as"):
            trait_path = self.parse_path(PathStyle.TYPE)
            segments.extend(trait_path.segments)
            is_global = trait_path.is_global
        position = len(segments)
        self.expect_gt()
        path_span = lo.to(self.prev_token.span)
        self.expect(TK.PATH_SEP)
        self.parse_path_segments(segments, style)
        qself = ast.QSelf(ty=ty, position=position, path_span=path_span)
        return qself, ast.Path(segments=tuple(segments), is_global=is_global, span=lo.to(self.prev_token.span))

    def parse_path(self, style: int) -> ast.Path:
        lo = self.token.span
        if self.token.kind is TK.INTERPOLATED and (nt := nonterminal(self.token)) is not None and nt.kind == "path":
            self.bump()
            assert isinstance(nt.node, ast.Path)
            return nt.node
        is_global = self.eat(TK.PATH_SEP)
        segments: list[ast.PathSegment] = []
        self.parse_path_segments(segments, style)
        return ast.Path(segments=tuple(segments), is_global=is_global, span=lo.to(self.prev_token.span))

    def parse_path_segments(self, segments: list[ast.PathSegment], style: int) -> None:
        while True:
            segments.append(self.parse_path_segment(style))
            tok = self.token
            if tok.kind is TK.PATH_SEP:
                nxt = self.look_ahead(1).kind
                if nxt is TK.OPEN_BRACE or nxt is TK.STAR:
                    return  # `a::{b, c}` / `a::*` in a use tree
                self.bump()
                continue
            if (
                tok.kind is TK.COLON
                and style == PathStyle.EXPR
                and tok.joint
                and self.prev_token.joint
                and is_plain_ident(self.look_ahead(1))
            ):
                self._path_colon_typo()
                continue
            self.expected.append("`::`")
            return

    def _path_colon_typo(self) -> None:
        """`std:io::stdin()` — a single colon where `::` was meant (rustc recovers)."""
        span = self.token.span
        d = Diagnostic.error("path separator must be a double colon", span)
        d.with_suggestion("use a double colon instead", [(span, "::")], style="normal")
        self.emit(d)
        self.bump()

    def parse_path_segment(self, style: int) -> ast.PathSegment:
        ident = self.parse_path_segment_ident()
        if style == PathStyle.MOD:
            return ast.PathSegment(ident=ident, args=None, id=self.fresh_id())
        tok = self.token
        if style == PathStyle.TYPE:
            if tok.kind is TK.PATH_SEP and self.look_ahead(1).kind in (TK.LT, TK.SHL):
                self.bump()
                tok = self.token
            if self.check_lt() and tok.kind is not TK.L_ARROW:
                return ast.PathSegment(ident=ident, args=self.parse_angle_args(), id=self.fresh_id())
            if self.check(TK.OPEN_PAREN):
                return ast.PathSegment(ident=ident, args=self.parse_paren_args(), id=self.fresh_id())
            if tok.kind is TK.PATH_SEP and self.look_ahead(1).kind is TK.OPEN_PAREN:
                self.bump()
                return ast.PathSegment(ident=ident, args=self.parse_paren_args(), id=self.fresh_id())
            return ast.PathSegment(ident=ident, args=None, id=self.fresh_id())
        # Expression and pattern paths: arguments need `::<`.
        if tok.kind is TK.PATH_SEP:
            nxt = self.look_ahead(1)
            if nxt.kind is TK.LT or nxt.kind is TK.SHL or nxt.kind is TK.L_ARROW:
                self.bump()
                return ast.PathSegment(ident=ident, args=self.parse_angle_args(), id=self.fresh_id())
        else:
            self.expected.append("`::`")
        return ast.PathSegment(ident=ident, args=None, id=self.fresh_id())

    # -- generic arguments ------------------------------------------------------------------------

    def parse_angle_args(self) -> ast.AngleBracketedArgs:
        lo = self.token.span
        self.eat_lt()
        args: list[ast.AngleBracketedArg] = []
        while True:
            if self.eat_gt():
                break
            start = self.token
            try:
                args.append(self.parse_angle_arg())
            except PError as err:
                if self.token is start:
                    # Nothing here begins an argument: the error is rustc's `expect_gt`.
                    _suggest_closing_angle(err, args)
                raise
            if self.eat_gt():
                break
            if not self.eat(TK.COMMA):
                self._generic_args_error(args)
        return ast.AngleBracketedArgs(args=tuple(args), span=lo.to(self.prev_token.span))

    def _generic_args_error(self, args: list[ast.AngleBracketedArg]) -> None:
        """Neither `,` nor `>` after a generic argument. As rustc's `parse_path_segment`
        does when `expect_gt` fails, suggest closing the list (`_suggest_closing_angle`)."""
        tok = self.token
        if tok.kind is TK.MINUS:
            self.expected.append("a const expression")
        try:
            self.unexpected()
        except PError as err:
            _suggest_closing_angle(err, args)
            raise

    def parse_angle_arg(self) -> ast.AngleBracketedArg:
        tok = self.token
        lo = tok.span
        if tok.kind is TK.LIFETIME:
            self.bump()
            lt = self.mk_lifetime(tok)
            return ast.LifetimeArg(lifetime=lt, span=tok.span)
        if (tok.kind is TK.IDENT and not is_reserved_ident(tok)) or (tok.kind is TK.IDENT and tok.raw):
            nxt = self.look_ahead(1)
            if nxt.kind is TK.EQ or (nxt.kind is TK.COLON and nxt.kind is not TK.PATH_SEP):
                return self._parse_assoc_constraint(None)
            if nxt.kind is TK.LT or nxt.kind is TK.SHL:
                # `Item<'a> = T` (a generic associated type binding) or a generic type argument.
                ty = self.parse_ty()
                if (self.token.kind is TK.EQ or self.token.kind is TK.COLON) and isinstance(ty, ast.PathTy) and ty.qself is None and len(ty.path.segments) == 1 and not ty.path.is_global:
                    seg = ty.path.segments[0]
                    return self._parse_assoc_constraint(seg)
                return ast.TypeArg(ty=ty, span=ty.span)
        if tok.kind is TK.OPEN_BRACE:
            expr = self.parse_block_expr_const()
            return ast.ConstArg(value=ast.AnonConst(value=expr, id=self.fresh_id()), span=lo.to(self.prev_token.span))
        if tok.kind is TK.LITERAL or tok.kind is TK.MINUS or tok.is_ident("true") or tok.is_ident("false"):
            expr = self.parse_literal_maybe_minus()
            return ast.ConstArg(value=ast.AnonConst(value=expr, id=self.fresh_id()), span=lo.to(self.prev_token.span))
        if not self.check_type():
            self.expected.append("lifetime")
            self.expected.append("a const expression")
            self.unexpected()
        ty = self.parse_ty()
        return ast.TypeArg(ty=ty, span=ty.span)

    def _parse_assoc_constraint(self, seg: ast.PathSegment | None) -> ast.AssocItemConstraint:
        lo = self.token.span if seg is None else seg.ident.span
        if seg is None:
            ident = self.parse_ident()
            gen_args = None
        else:
            ident = seg.ident
            gen_args = seg.args
        if self.eat(TK.EQ):
            tok = self.token
            term: ast.Ty | ast.AnonConst
            if tok.kind is TK.OPEN_BRACE:
                term = ast.AnonConst(value=self.parse_block_expr_const(), id=self.fresh_id())
            elif tok.kind is TK.LITERAL or tok.kind is TK.MINUS:
                term = ast.AnonConst(value=self.parse_literal_maybe_minus(), id=self.fresh_id())
            else:
                term = self.parse_ty()
            return ast.AssocItemConstraint(
                ident=ident, gen_args=gen_args, term=term, id=self.fresh_id(), span=lo.to(self.prev_token.span)
            )
        self.expect(TK.COLON)
        bounds = self.parse_generic_bounds()
        return ast.AssocItemConstraint(
            ident=ident, gen_args=gen_args, bounds=bounds, id=self.fresh_id(), span=lo.to(self.prev_token.span)
        )

    def parse_paren_args(self) -> ast.ParenthesizedArgs:
        """`(A, B) -> C` after a path segment (`Fn(A, B) -> C`)."""
        lo = self.token.span
        self.expect(TK.OPEN_PAREN)
        inputs: list[ast.Ty] = []
        while not self.eat(TK.CLOSE_PAREN):
            if self.token.kind is TK.IDENT and self.look_ahead(1).kind is TK.COLON and self.look_ahead(2).kind is not TK.COLON and can_begin_type(self.look_ahead(2)):
                d = self.error("`Trait(...)` syntax does not support named parameters", self.token.span)
                d.with_suggestion("remove the parameter name", [(self.token.span, "")], style="inline")
                self.emit(d)
                self.bump()
                self.bump()
            inputs.append(self.parse_ty())
            if self.eat(TK.CLOSE_PAREN):
                break
            if not self.eat(TK.COMMA):
                self.unexpected()
        inputs_span = lo.to(self.prev_token.span)
        output = self.parse_ret_ty(allow_plus=False)
        return ast.ParenthesizedArgs(inputs=tuple(inputs), output=output, span=inputs_span.to(self.prev_token.span))


def _suggest_closing_angle(err: PError, args: list[ast.AngleBracketedArg]) -> None:
    """rustc's help when a generic argument list does not close: a `>` after the last
    argument that is not an associated item constraint (`Vec<Vec<u8> {` → `Vec<Vec<u8>> {`)."""
    last = next((a for a in reversed(args) if not isinstance(a, ast.AssocItemConstraint)), None)
    if last is not None:
        err.diag.with_suggestion(
            "you might have meant to end the type parameters here",
            [(last.span.shrink_to_hi(), ">")],
            Applicability.MAYBE_INCORRECT,
            style="normal",
        )
