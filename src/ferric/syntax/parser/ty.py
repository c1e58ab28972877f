"""Types, trait bounds, generic parameters and where clauses, function signatures."""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import Lit, LitKind, TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.base import (
    LIFETIME,
    TYPE,
    PathStyle,
    PError,
    can_begin_type,
    is_plain_ident,
    is_reserved_ident,
    token_descr,
)
from ferric.syntax.parser.path import PathParser

TK = TokenKind


class TyParser(PathParser):
    # -- types ------------------------------------------------------------------------------------

    def parse_ty(self) -> ast.Ty:
        return self._parse_ty_common(allow_plus=True)

    def parse_ty_no_plus(self) -> ast.Ty:
        return self._parse_ty_common(allow_plus=False)

    def _parse_ty_common(self, allow_plus: bool) -> ast.Ty:
        tok = self.token
        lo = tok.span
        k = tok.kind
        ty: ast.Ty
        if k is TK.OPEN_PAREN:
            self.bump()
            elems, trailing = self.parse_comma_seq(TK.CLOSE_PAREN, self.parse_ty)
            self.expect(TK.CLOSE_PAREN)
            span = lo.to(self.prev_token.span)
            if len(elems) == 1 and not trailing:
                inner = elems[0]
                ty = ast.ParenTy(ty=inner, id=self.fresh_id(), span=span)
                if allow_plus and self.check_plus() and isinstance(inner, (ast.TraitObjectTy, ast.PathTy)):
                    # `(Trait) + Send` — a parenthesised first bound of a bare trait object.
                    return self._bare_trait_object_rest(ty, lo)
            else:
                ty = ast.TupleTy(elems=tuple(elems), id=self.fresh_id(), span=span)
        elif k is TK.NOT:
            self.bump()
            ty = ast.NeverTy(id=self.fresh_id(), span=lo)
        elif k is TK.STAR:
            self.bump()
            if self.eat_keyword("mut"):
                mutbl = ast.Mutability.MUT
            elif self.eat_keyword("const"):
                mutbl = ast.Mutability.NOT
            else:
                d = self.error("expected `mut` or `const` keyword in raw pointer type", self.token.span)
                d.labels.clear()
                d.with_primary(self.token.span, "")
                d.with_suggestion(
                    "add `mut` or `const` here",
                    [(lo.shrink_to_hi(), "const ")],
                    style="normal",
                )
                self.emit(d)
                mutbl = ast.Mutability.NOT
            inner_ty = self.parse_ty_no_plus()
            ty = ast.PtrTy(mutbl=mutbl, ty=inner_ty, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        elif k is TK.OPEN_BRACKET:
            self.bump()
            elem = self.parse_ty()
            if self.eat(TK.SEMI):
                length = self.parse_expr_anon_const()
                self.expect(TK.CLOSE_BRACKET)
                ty = ast.ArrayTy(elem=elem, len=length, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            elif self.eat(TK.CLOSE_BRACKET):
                ty = ast.SliceTy(elem=elem, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            else:
                length = self._recover_array_ty_without_semi()
                ty = ast.ArrayTy(elem=elem, len=length, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        elif k is TK.AND or k is TK.AND_AND:
            self.eat_and()
            ty = self._parse_ref_ty(lo)
        elif k is TK.LT or k is TK.SHL:
            qself, path = self.parse_qpath(PathStyle.TYPE)
            ty = ast.PathTy(qself=qself, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        elif k is TK.LIFETIME and allow_plus and self.look_ahead(1).kind is TK.PLUS:
            # `'a + Trait` — a bare trait object starting with a lifetime.
            bounds = self.parse_generic_bounds()
            ty = ast.TraitObjectTy(bounds=bounds, syntax=ast.TraitObjectSyntax.NONE, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        elif k is TK.IDENT and not tok.raw and tok.text in _TY_KEYWORDS:
            ty = self._parse_ty_keyword(tok.text, allow_plus)
        elif k is TK.QUESTION and allow_plus:
            bounds = self.parse_generic_bounds()
            ty = ast.TraitObjectTy(bounds=bounds, syntax=ast.TraitObjectSyntax.NONE, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        elif k is TK.IDENT or k is TK.PATH_SEP:
            if k is TK.IDENT and not tok.raw and is_reserved_ident(tok) and tok.text not in ("self", "Self", "super", "crate"):
                self.expected.append(TYPE)
                self.unexpected()
            path = self.parse_path(PathStyle.TYPE)
            if self.check(TK.NOT) and self.look_ahead(1).kind is not TK.EQ:
                self.bump()
                args = self.parse_delim_args()
                mac = ast.MacCall(path=path, args=args, span=lo.to(self.prev_token.span))
                ty = ast.MacCallTy(mac=mac, id=self.fresh_id(), span=lo.to(self.prev_token.span))
            else:
                ty = ast.PathTy(qself=None, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))
                if allow_plus and self.check_plus():
                    return self._bare_trait_object_rest(ty, lo)
        elif k is TK.DOT_DOT_DOT:
            self.bump()
            ty = ast.CVarArgsTy(id=self.fresh_id(), span=lo)
        elif k is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind in ("ty", "path"):
            self.bump()
            if nt.kind == "ty":
                return nt.node  # type: ignore[return-value]
            assert isinstance(nt.node, ast.Path)
            ty = ast.PathTy(qself=None, path=nt.node, id=self.fresh_id(), span=lo)
            if allow_plus and self.check_plus():
                return self._bare_trait_object_rest(ty, lo)
        else:
            self.expected.append(TYPE)
            d = self.error(f"expected type, found {_descr(self)}", tok.span)
            d.labels.clear()
            d.with_primary(tok.span, "expected type")
            raise PError(d)
        return self._maybe_recover_bad_type_plus(ty, allow_plus)

    def _maybe_recover_bad_type_plus(self, ty: ast.Ty, allow_plus: bool) -> ast.Ty:
        """`&Trait + Send` where a `+` may follow: rustc's E0178 (reported, recovered)."""
        if not (allow_plus and self.token.kind is TK.PLUS and isinstance(ty, (ast.RefTy, ast.PtrTy, ast.BareFnTy))):
            return ty
        self.parse_generic_bounds_after_plus()
        span = ty.span.to(self.prev_token.span)
        text = self.psess.source_map.snippet(ty.span) or "..."
        d = self.error(f"expected a path on the left-hand side of `+`, not `{text}`", span, "E0178")
        if isinstance(ty, ast.RefTy):
            d.with_suggestion(
                "try adding parentheses",
                [(ty.ty.span.shrink_to_lo(), "("), (span.shrink_to_hi(), ")")],
                style="normal",
            )
        else:
            d.labels.clear()
            d.with_primary(span, "perhaps you forgot parentheses?")
        self.emit(d)
        return ty

    def parse_generic_bounds_after_plus(self) -> tuple[ast.GenericBound, ...]:
        self.eat_plus()
        return self.parse_generic_bounds()

    def _bare_trait_object_rest(self, first: ast.Ty, lo: object) -> ast.Ty:
        """`Trait + Send` without `dyn` (rejected later in 2021, but it parses)."""
        bounds: list[ast.GenericBound] = []
        if isinstance(first, ast.PathTy):
            poly = ast.PolyTraitRef(
                bound_generic_params=(),
                trait_ref=ast.TraitRef(path=first.path, id=self.fresh_id()),
                span=first.span,
            )
            bounds.append(ast.TraitBound(poly=poly, span=first.span))
        elif isinstance(first, ast.ParenTy) and isinstance(first.ty, ast.PathTy):
            poly = ast.PolyTraitRef(
                bound_generic_params=(),
                trait_ref=ast.TraitRef(path=first.ty.path, id=self.fresh_id()),
                parens=True,
                span=first.span,
            )
            bounds.append(ast.TraitBound(poly=poly, span=first.span))
        else:
            return first
        self.eat_plus()
        bounds.extend(self.parse_generic_bounds())
        return ast.TraitObjectTy(
            bounds=tuple(bounds), syntax=ast.TraitObjectSyntax.NONE, id=self.fresh_id(), span=first.span.to(self.prev_token.span)
        )

    def _recover_array_ty_without_semi(self) -> ast.AnonConst:
        """rustc's `maybe_recover_array_ty_without_semi`: neither `;` nor `]` after the
        element type. `[u8, 4]` / `[u8 * 4]` / `[u8 4]` are reported with a `;` suggestion
        and recovered as arrays; anything else is the plain error."""
        tok = self.token
        d = Diagnostic.error(f"expected `;` or `]`, found {token_descr(tok)}", tok.span)
        d.with_primary(tok.span, "expected `;` or `]`")
        snap = self.snapshot()
        if self.token.kind is TK.COMMA or self.token.kind is TK.STAR:
            self.bump()
            sugg = self.prev_token.span
        else:
            sugg = self.token.span.shrink_to_lo()
        try:
            length = self.parse_expr_anon_const()
            if not self.eat(TK.CLOSE_BRACKET):
                raise PError(d)
        except PError:
            self.restore(snap)
            raise PError(d) from None
        d.with_suggestion("you might have meant to use `;` as the separator", [(sugg, ";")], Applicability.MAYBE_INCORRECT, style="normal")
        self.emit(d)
        return length

    def _parse_ref_ty(self, lo: object) -> ast.Ty:
        assert hasattr(lo, "to")
        lifetime = None
        if self.token.kind is TK.LIFETIME:
            tok = self.token
            self.bump()
            lifetime = self.mk_lifetime(tok)
        amp = self.prev_token.span
        mutbl = ast.Mutability.MUT if self.eat_keyword("mut") else ast.Mutability.NOT
        if mutbl is ast.Mutability.MUT and self.token.kind is TK.LIFETIME and lifetime is None:
            # `&mut 'a T`
            lt_tok = self.token
            # rustc points from the `&` to the lifetime and rewrites all of it.
            span = amp.to(lt_tok.span)
            d = self.error("lifetime must precede `mut`", span)
            d.with_suggestion("place the lifetime before `mut`", [(span, f"&{lt_tok.text} mut")], style="normal")
            self.emit(d)
            self.bump()
            lifetime = self.mk_lifetime(lt_tok)
        inner = self.parse_ty_no_plus()
        return ast.RefTy(lifetime=lifetime, mutbl=mutbl, ty=inner, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_ty_keyword(self, kw: str, allow_plus: bool) -> ast.Ty:
        tok = self.token
        lo = tok.span
        if kw == "_":
            self.bump()
            return ast.InferTy(id=self.fresh_id(), span=lo)
        if kw in ("fn", "unsafe", "extern") or (kw == "for" and self._for_is_bare_fn()):
            return self._parse_bare_fn_ty()
        if kw == "for":
            # `for<'a> Trait<'a>` as a bare trait object.
            bounds = self.parse_generic_bounds()
            return ast.TraitObjectTy(bounds=bounds, syntax=ast.TraitObjectSyntax.NONE, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if kw == "impl" or kw == "dyn":
            self.bump()
            bounds = self.parse_generic_bounds()
            span = lo.to(self.prev_token.span)
            ty: ast.Ty
            if kw == "impl":
                ty = ast.ImplTraitTy(bounds=bounds, id=self.fresh_id(), span=span)
            else:
                ty = ast.TraitObjectTy(bounds=bounds, syntax=ast.TraitObjectSyntax.DYN, id=self.fresh_id(), span=span)
            if not allow_plus and (len(bounds) > 1 or self.prev_token.kind is TK.PLUS):
                d = self.error("ambiguous `+` in a type", span)
                d.with_suggestion(
                    "try adding parentheses",
                    [(span.shrink_to_lo(), "("), (span.shrink_to_hi(), ")")],
                    style="normal",
                )
                self.emit(d)
            return ty
        # self / Self / super / crate start a path
        path = self.parse_path(PathStyle.TYPE)
        return ast.PathTy(qself=None, path=path, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _for_is_bare_fn(self) -> bool:
        """`for<'a> fn(...)` vs `for<'a> Trait`: skip the binder and look."""
        i = 1
        depth = 0
        while True:
            t = self.look_ahead(i)
            if t.kind is TK.LT:
                depth += 1
            elif t.kind is TK.GT:
                depth -= 1
                if depth == 0:
                    break
            elif t.kind is TK.SHR:
                depth -= 2
                if depth <= 0:
                    break
            elif t.kind is TK.EOF:
                return False
            i += 1
        t = self.look_ahead(i + 1)
        return t.kind is TK.IDENT and t.text in ("fn", "unsafe", "extern")

    def _parse_bare_fn_ty(self) -> ast.Ty:
        lo = self.token.span
        generic_params: tuple[ast.GenericParam, ...] = ()
        if self.is_kw("for"):
            generic_params = self.parse_late_bound_lifetime_defs()
        safety = ast.Safety.UNSAFE if self.eat_keyword("unsafe") else ast.Safety.DEFAULT
        abi: Lit | None = None
        abi_bare = False
        if self.eat_keyword("extern"):
            abi = self._parse_abi()
            abi_bare = abi is None
        self.expect_keyword("fn")
        decl = self.parse_fn_decl(req_name=False)
        return ast.BareFnTy(
            safety=safety,
            abi=abi,
            abi_written_bare=abi_bare,
            generic_params=generic_params,
            decl=decl,
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )

    def _parse_abi(self) -> Lit | None:
        tok = self.token
        if tok.kind is TK.LITERAL and tok.lit is not None and tok.lit.kind in (LitKind.STR, LitKind.STR_RAW):
            self.bump()
            return tok.lit
        return None

    # -- bounds -----------------------------------------------------------------------------------

    def parse_generic_bounds(self) -> tuple[ast.GenericBound, ...]:
        bounds: list[ast.GenericBound] = []
        while self._can_begin_bound():
            bounds.append(self._parse_generic_bound())
            if not self.eat_plus():
                break
        return tuple(bounds)

    def _can_begin_bound(self) -> bool:
        tok = self.token
        k = tok.kind
        if k is TK.LIFETIME or k is TK.QUESTION or k is TK.NOT or k is TK.OPEN_PAREN or k is TK.PATH_SEP or k is TK.LT or k is TK.TILDE:
            return True
        if k is TK.IDENT:
            if tok.raw or not is_reserved_ident(tok):
                return True
            return tok.text in ("for", "const", "async", "use", "self", "Self", "super", "crate", "dyn")
        self.expected.append(LIFETIME)
        self.expected.append(PATH_TT)
        return False

    def _parse_generic_bound(self) -> ast.GenericBound:
        tok = self.token
        lo = tok.span
        if tok.kind is TK.LIFETIME:
            self.bump()
            lt = self.mk_lifetime(tok)
            return ast.OutlivesBound(lifetime=lt, span=tok.span)
        if tok.is_ident("use") and self.look_ahead(1).kind in (TK.LT, TK.SHL):
            self.bump()
            self.eat_lt()
            args: list[ast.Lifetime | ast.Ident] = []
            while not self.eat_gt():
                t = self.token
                if t.kind is TK.LIFETIME:
                    self.bump()
                    args.append(self.mk_lifetime(t))
                else:
                    args.append(self.parse_path_segment_ident())
                if self.eat_gt():
                    break
                self.expect(TK.COMMA)
            return ast.UseBound(args=tuple(args), span=lo.to(self.prev_token.span))
        parens = self.eat(TK.OPEN_PAREN)
        binder: tuple[ast.GenericParam, ...] = ()
        if self.is_kw("for"):
            binder = self.parse_late_bound_lifetime_defs()
        constness = False
        if self.token.kind is TK.TILDE and self.is_kw("const", 1):
            self.bump()
            self.bump()
            constness = True
        elif self.is_kw("const") and self.look_ahead(1).kind is not TK.OPEN_BRACE:
            self.bump()
            constness = True
        asyncness = False
        if self.is_kw("async") and self.look_ahead(1).kind is TK.IDENT:
            self.bump()
            asyncness = True
        polarity = ast.BoundPolarity.POSITIVE
        if self.eat(TK.QUESTION):
            polarity = ast.BoundPolarity.MAYBE
        elif self.token.kind is TK.NOT:
            self.bump()
            polarity = ast.BoundPolarity.NEGATIVE
        if not binder and self.is_kw("for"):
            binder = self.parse_late_bound_lifetime_defs()
        if self.token.kind is TK.LT or self.token.kind is TK.SHL:
            _, path = self.parse_qpath(PathStyle.TYPE)
        else:
            if self.is_kw("dyn"):
                self.bump()
            path = self.parse_path(PathStyle.TYPE)
        if parens:
            self.expect(TK.CLOSE_PAREN)
        span = lo.to(self.prev_token.span)
        poly = ast.PolyTraitRef(
            bound_generic_params=binder,
            trait_ref=ast.TraitRef(path=path, id=self.fresh_id()),
            polarity=polarity,
            constness=constness,
            asyncness=asyncness,
            parens=parens,
            span=span,
        )
        return ast.TraitBound(poly=poly, span=span)

    # -- generics ---------------------------------------------------------------------------------

    def parse_late_bound_lifetime_defs(self) -> tuple[ast.GenericParam, ...]:
        """`for<'a, 'b>` (the current token is `for`)."""
        self.expect_keyword("for")
        lo = self.token.span
        if not self.eat_lt():
            self.unexpected()
        params = self._parse_generic_params()
        self.expect_gt()
        self._check_param_order(params, lo.to(self.prev_token.span))
        return params

    def parse_generics(self) -> ast.Generics:
        lo = self.token.span
        if self._choose_generics():
            self.eat_lt()
            params = self._parse_generic_params()
            self._expect_gt_or_suggest_closing_generics(params)
            span = lo.to(self.prev_token.span)
            self._check_param_order(params, span)
        else:
            params = ()
            span = self.prev_token.span.shrink_to_hi()
        where = ast.WhereClause(has_where_token=False, predicates=(), span=span.shrink_to_hi())
        return ast.Generics(params=params, where_clause=where, span=span)

    def _choose_generics(self) -> bool:
        return self.check_lt()

    def _parse_generic_params(self) -> tuple[ast.GenericParam, ...]:
        params: list[ast.GenericParam] = []
        seen_non_lifetime: ast.GenericParam | None = None
        while True:
            attrs = self.parse_outer_attributes()
            tok = self.token
            lo = tok.span
            if tok.kind is TK.LIFETIME:
                self.bump()
                ident = ast.Ident(name=tok.text, span=tok.span)
                bounds: list[ast.GenericBound] = []
                colon_span = None
                if self.token.kind is TK.COLON:
                    colon_span = self.token.span
                    self.bump()
                    bounds = self._parse_lifetime_bounds()
                param = ast.GenericParam(
                    ident=ident,
                    kind=ast.GenericParamKind.LIFETIME,
                    attrs=attrs,
                    bounds=tuple(bounds),
                    colon_span=colon_span,
                    id=self.fresh_id(),
                    span=lo.to(self.prev_token.span),
                )
                params.append(param)
            elif tok.is_ident("const") and self.look_ahead(1).kind is TK.IDENT:
                self.bump()
                ident = self.parse_ident()
                self.expect(TK.COLON)
                const_ty = self.parse_ty()
                default = None
                if self.eat(TK.EQ):
                    default = self._parse_const_param_default()
                param = ast.GenericParam(
                    ident=ident,
                    kind=ast.GenericParamKind.CONST,
                    attrs=attrs,
                    const_ty=const_ty,
                    const_default=default,
                    id=self.fresh_id(),
                    span=lo.to(self.prev_token.span),
                )
                seen_non_lifetime = seen_non_lifetime or param
                params.append(param)
            elif tok.kind is TK.IDENT and (tok.raw or not is_reserved_ident(tok) or self.look_ahead(1).kind in (TK.COLON, TK.EQ, TK.COMMA, TK.GT)):
                ident = self.parse_ident()
                bounds_t: tuple[ast.GenericBound, ...] = ()
                colon_span = None
                if self.token.kind is TK.COLON:
                    colon_span = self.token.span
                    self.bump()
                    bounds_t = self.parse_generic_bounds()
                default_ty = None
                if self.eat(TK.EQ):
                    default_ty = self.parse_ty()
                param = ast.GenericParam(
                    ident=ident,
                    kind=ast.GenericParamKind.TYPE,
                    attrs=attrs,
                    bounds=bounds_t,
                    default=default_ty,
                    colon_span=colon_span,
                    id=self.fresh_id(),
                    span=lo.to(self.prev_token.span),
                )
                seen_non_lifetime = seen_non_lifetime or param
                params.append(param)
            else:
                if attrs:
                    d = self.error("attribute without generic parameters", attrs[0].span.to(attrs[-1].span))
                    d.labels.clear()
                    d.with_primary(attrs[0].span.to(attrs[-1].span), "attributes must go before parameters")
                    self.emit(d)
                break
            if not self.eat(TK.COMMA):
                break
        return tuple(params)

    def _expect_gt_or_suggest_closing_generics(self, params: tuple[ast.GenericParam, ...]) -> None:
        """`>` after generic parameters; when it is missing and the last parameter has trait
        bounds, rustc suggests closing the list after them (`<T: Debug Clone>` →
        `<T: Debug> Clone>`)."""
        try:
            self.expect_gt()
        except PError as err:
            bounds = [b for b in params[-1].bounds if isinstance(b, ast.TraitBound)] if params else []
            if bounds:
                err.diag.with_suggestion(
                    "you might have meant to end the type parameters here",
                    [(bounds[-1].span.shrink_to_hi(), ">")],
                    Applicability.MAYBE_INCORRECT,
                    style="normal",
                )
            raise

    def _check_param_order(self, params: tuple[ast.GenericParam, ...], span: Span) -> None:
        """rustc's AST validation: lifetimes must come first. The suggestion rewrites the
        whole list, angle brackets included (`span`)."""
        lifetimes = [p for p in params if p.kind is ast.GenericParamKind.LIFETIME]
        others = [p for p in params if p.kind is not ast.GenericParamKind.LIFETIME]
        first_bad = None
        seen = False
        for p in params:
            if p.kind is not ast.GenericParamKind.LIFETIME:
                seen = True
            elif seen:
                first_bad = p
                break
        if first_bad is None:
            return
        ordered = ", ".join(self._param_text(p) for p in lifetimes + others)
        d = self.error("lifetime parameters must be declared prior to type and const parameters", first_bad.span)
        d.with_suggestion(
            "reorder the parameters: lifetimes, then consts and types",
            [(span, f"<{ordered}>")],
            style="inline",
        )
        self.deferred_errors.append(d)

    def _param_text(self, p: ast.GenericParam) -> str:
        text = self.psess.source_map.snippet(p.span)
        return text if text is not None else p.ident.name

    def _parse_const_param_default(self) -> ast.AnonConst:
        tok = self.token
        if tok.kind is TK.OPEN_BRACE:
            return ast.AnonConst(value=self.parse_block_expr_const(), id=self.fresh_id())
        if tok.kind is TK.LITERAL or tok.kind is TK.MINUS or tok.is_ident("true") or tok.is_ident("false"):
            return ast.AnonConst(value=self.parse_literal_maybe_minus(), id=self.fresh_id())
        ty = self.parse_ty()
        # A path default (`const N: usize = M`) is a const expression naming M.
        if isinstance(ty, ast.PathTy):
            return ast.AnonConst(
                value=ast.PathExpr(qself=ty.qself, path=ty.path, id=self.fresh_id(), span=ty.span), id=self.fresh_id()
            )
        raise PError(self.error("expected a const expression", ty.span))

    def _parse_lifetime_bounds(self) -> list[ast.GenericBound]:
        """`'b + 'c` after `'a:` (in generic parameters and where clauses)."""
        bounds: list[ast.GenericBound] = []
        while self.token.kind is TK.LIFETIME:
            tok = self.token
            self.bump()
            bounds.append(ast.OutlivesBound(lifetime=self.mk_lifetime(tok), span=tok.span))
            if not self.eat_plus():
                break
        return bounds

    def parse_where_clause(self) -> ast.WhereClause:
        lo = self.token.span
        if not self.eat_keyword("where"):
            return ast.WhereClause(has_where_token=False, predicates=(), span=self.prev_token.span.shrink_to_hi())
        preds: list[ast.WherePredicate] = []
        while True:
            tok = self.token
            plo = tok.span
            if tok.kind is TK.LIFETIME:
                self.bump()
                lt = self.mk_lifetime(tok)
                self.expect(TK.COLON)
                bounds = self._parse_lifetime_bounds()
                preds.append(ast.RegionPredicate(lifetime=lt, bounds=tuple(bounds), span=plo.to(self.prev_token.span)))
            elif self.is_kw("for") or can_begin_type(tok):
                binder: tuple[ast.GenericParam, ...] = ()
                if self.is_kw("for") and self.look_ahead(1).kind in (TK.LT,):
                    binder = self.parse_late_bound_lifetime_defs()
                ty = self.parse_ty()
                if self.eat(TK.COLON):
                    bnds = self.parse_generic_bounds()
                    preds.append(
                        ast.BoundPredicate(bound_generic_params=binder, bounded_ty=ty, bounds=bnds, span=plo.to(self.prev_token.span))
                    )
                elif self.token.kind is TK.EQ or self.token.kind is TK.EQ_EQ:
                    self.bump()
                    rhs = self.parse_ty()
                    preds.append(ast.EqPredicate(lhs_ty=ty, rhs_ty=rhs, span=plo.to(self.prev_token.span)))
                else:
                    self.expected.append("`=`")
                    self.expected.append("`==`")
                    self.unexpected()
            else:
                break
            if not self.eat(TK.COMMA):
                break
        return ast.WhereClause(has_where_token=True, predicates=tuple(preds), span=lo.to(self.prev_token.span))

    # -- function signatures ----------------------------------------------------------------------

    def parse_ret_ty(self, allow_plus: bool = True) -> ast.FnRetTy:
        if self.eat(TK.R_ARROW):
            return self._parse_ty_common(allow_plus=allow_plus)
        return ast.DefaultRetTy(span=self.prev_token.span.shrink_to_hi())

    def parse_fn_decl(self, req_name: bool, allow_self: bool = False) -> ast.FnDecl:
        inputs = self._parse_fn_params(req_name, allow_self)
        if (self.token.kind is TK.COLON and can_begin_type(self.look_ahead(1))) or (self.token.kind is TK.FAT_ARROW):
            # `fn f(): i32` / `fn f() => i32`
            # rustc replaces everything between `)` and the type with ` -> `.
            tok, close = self.token, self.prev_token.span
            self.bump()
            d = self.error("return types are denoted using `->`", tok.span)
            d.with_suggestion("use `->` instead", [(close.between(self.token.span), " -> ")], style="normal")
            self.emit(d)
            output: ast.FnRetTy = self.parse_ty()
        else:
            output = self.parse_ret_ty()
        return ast.FnDecl(inputs=inputs, output=output)

    def _parse_fn_params(self, req_name: bool, allow_self: bool) -> tuple[ast.Param, ...]:
        if self.token.kind is not TK.OPEN_PAREN and not self.is_kw("for"):
            # `fn main -> () {}`: rustc reports the missing list and goes on without it.
            sp = self.prev_token.span.shrink_to_hi()
            d = self.error("missing parameters for function definition", sp)
            d.with_suggestion("add a parameter list", [(sp, "()")], style="normal")
            self.emit(d)
            return ()
        self.expect(TK.OPEN_PAREN)
        first = [allow_self]

        def param() -> ast.Param:
            p = self._parse_param(req_name, first[0] or req_name)
            if not first[0] and req_name and isinstance(p.pat, ast.IdentPat) and p.pat.ident.name == "self":
                # rustc parses it and goes on.
                d = self.error("unexpected `self` parameter in function", p.span)
                d.labels.clear()
                d.with_primary(p.span, "must be the first parameter of an associated function")
                self.emit(d)
            first[0] = False
            return p

        params, _ = self.parse_comma_seq(TK.CLOSE_PAREN, param)
        self.expect(TK.CLOSE_PAREN)
        return tuple(params)

    def _parse_param(self, req_name: bool, allow_self: bool) -> ast.Param:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        if allow_self:
            sp = self._parse_self_param(attrs)
            if sp is not None:
                return sp
        if self.token.kind is TK.DOT_DOT_DOT:
            self.bump()
            ty: ast.Ty = ast.CVarArgsTy(id=self.fresh_id(), span=lo)
            pat: ast.Pat = ast.WildPat(id=self.fresh_id(), span=lo)
            return ast.Param(pat=pat, ty=ty, attrs=attrs, id=self.fresh_id(), span=lo)
        if req_name or self._is_named_param():
            pat = self.parse_pat_no_top_alt()
            if not self.eat(TK.COLON):
                self._param_missing_type(pat)
            if self.token.kind is TK.DOT_DOT_DOT:
                self.bump()
                ty = ast.CVarArgsTy(id=self.fresh_id(), span=self.prev_token.span)
            else:
                ty = self.parse_ty()
        else:
            ty = self.parse_ty()
            pat = ast.WildPat(id=self.fresh_id(), span=ty.span.shrink_to_lo())
        return ast.Param(pat=pat, ty=ty, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _param_missing_type(self, pat: ast.Pat) -> None:
        self.expected.append("`:`")
        if isinstance(pat, ast.IdentPat):
            self.expected.append("`@`")
        self.unexpected()

    def _is_named_param(self) -> bool:
        """In fn-pointer types, `name: Ty` may be written (a param name followed by `:`)."""
        tok = self.token
        nxt = self.look_ahead(1)
        if tok.kind is TK.IDENT and nxt.kind is TK.COLON and (is_plain_ident(tok) or tok.is_ident("_")):
            return True
        if tok.kind is TK.AND or tok.kind is TK.AND_AND or tok.is_ident("mut"):
            return tok.is_ident("mut") and self.look_ahead(1).kind is TK.IDENT and self.look_ahead(2).kind is TK.COLON
        return False

    def _parse_self_param(self, attrs: ast.Attrs) -> ast.Param | None:
        tok = self.token
        lo = tok.span
        ref = False
        lifetime: ast.Lifetime | None = None
        mut_ref = ast.Mutability.NOT
        mut_binding = ast.Mutability.NOT
        # Recognise the shapes: self, mut self, &self, &mut self, &'a self, &'a mut self.
        if tok.kind is TK.AND:
            look = self.look_ahead
            i = 1
            if look(i).kind is TK.LIFETIME:
                i += 1
            if look(i).is_ident("mut"):
                i += 1
            if not (look(i).is_ident("self") and look(i + 1).kind is not TK.PATH_SEP):
                return None
            self.bump()
            ref = True
            if self.token.kind is TK.LIFETIME:
                lt_tok = self.token
                self.bump()
                lifetime = self.mk_lifetime(lt_tok)
            if self.eat_keyword("mut"):
                mut_ref = ast.Mutability.MUT
        elif tok.is_ident("mut") and self.look_ahead(1).is_ident("self") and self.look_ahead(2).kind is not TK.PATH_SEP:
            self.bump()
            mut_binding = ast.Mutability.MUT
        elif not (tok.is_ident("self") and self.look_ahead(1).kind is not TK.PATH_SEP):
            return None
        self_tok = self.token
        self.bump()  # `self`
        ident = ast.Ident(name="self", span=self_tok.span)
        pat = ast.IdentPat(
            by_ref=False,
            by_ref_mut=ast.Mutability.NOT,
            mutbl=mut_binding,
            ident=ident,
            sub=None,
            id=self.fresh_id(),
            span=lo.to(self_tok.span) if not ref else self_tok.span,
        )
        ty: ast.Ty
        if ref:
            ty = ast.RefTy(
                lifetime=lifetime,
                mutbl=mut_ref,
                ty=ast.ImplicitSelfTy(id=self.fresh_id(), span=self_tok.span),
                id=self.fresh_id(),
                span=lo.to(self_tok.span),
            )
        elif self.eat(TK.COLON):
            ty = self.parse_ty()
        else:
            ty = ast.ImplicitSelfTy(id=self.fresh_id(), span=self_tok.span)
        return ast.Param(pat=pat, ty=ty, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))


PATH_TT = "path"
_TY_KEYWORDS = frozenset({"_", "fn", "unsafe", "extern", "for", "impl", "dyn", "self", "Self", "super", "crate"})


def _descr(p: TyParser) -> str:
    from ferric.syntax.parser.base import token_descr

    return token_descr(p.token)
