"""Items: functions, structs, enums, unions, traits, impls, modules, `use`, consts, statics,
type aliases, extern blocks and crates, `macro_rules!` and macro calls in item position.

As in rustc, an error in an item at module level ends the parse of the module (the first
such error is reported and parsing stops); errors inside function bodies are recovered
statement by statement.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import LitKind, TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.attr import ITEM_DESCR
from ferric.syntax.parser.base import (
    PathStyle,
    PError,
    is_path_segment_keyword,
    is_reserved_ident,
    token_descr,
)
from ferric.syntax.parser.stmt import StmtParser

TK = TokenKind

_INHERITED = "inherited"


class ItemContext:
    MODULE = 0
    TRAIT = 1
    IMPL = 2
    TRAIT_IMPL = 3
    FOREIGN = 4


def _is_intrinsic(attrs: ast.Attrs) -> bool:
    """`#[ferric::intrinsic]` / `#[rustc_intrinsic]`: a function std declares without a
    body (the backend supplies it)."""
    for a in attrs:
        if isinstance(a.kind, ast.NormalAttr):
            names = [s.ident.name for s in a.kind.path.segments]
            if names in (["ferric", "intrinsic"], ["rustc_intrinsic"]):
                return True
    return False


class ItemParser(StmtParser):
    # -- modules ----------------------------------------------------------------------------------

    def parse_crate(self) -> ast.Crate:
        lo = self.token.span
        attrs = self.parse_inner_attributes()
        items = self.parse_mod_items(TK.EOF)
        span = lo.to(self.prev_token.span) if items else lo
        return ast.Crate(attrs=attrs, items=tuple(items), id=self.fresh_id(), span=span)

    def parse_mod_items(self, term: TokenKind) -> list[ast.Item]:
        """Items up to `term` (EOF or `}`); the terminator is consumed. Raises on the first
        item-level error, as rustc does."""
        items: list[ast.Item] = []
        while True:
            item = self.parse_item()
            if item is None:
                break
            items.append(item)
            self._maybe_consume_incorrect_semicolon(item)
        if self.token.kind is term:
            if term is not TK.EOF:
                self.bump()
            return items
        if self._maybe_consume_incorrect_semicolon(items[-1] if items else None):
            return items + self.parse_mod_items(term)
        tok = self.token
        if term is TK.EOF and tok.kind is TK.CLOSE_BRACE:
            self.expected.append("<eof>")
        d = Diagnostic.error(f"expected item, found {token_descr(tok)}")
        if tok.is_ident("let"):
            d.with_primary(tok.span, "`let` cannot be used for global variables")
            d.with_suggestion(
                "consider using `static` or `const` instead of `let`",
                [(tok.span, "static")],
                Applicability.MAYBE_INCORRECT,
                style="hide_inline",
            )
        else:
            d.with_primary(tok.span, "expected item")
        d.with_note("for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>")
        raise PError(d)

    def _maybe_consume_incorrect_semicolon(self, prev: ast.Item | None) -> bool:
        if self.token.kind is not TK.SEMI:
            return False
        span = self.token.span
        d = self.error("expected item, found `;`", span)
        d.labels.clear()
        d.with_primary(span, "")
        d.with_suggestion("remove this semicolon", [(span, "")], style="normal")
        if prev is not None:
            # rustc's `IncorrectSemicolon`: the previous item's `descr`, structs as "braced struct".
            name = "braced struct" if isinstance(prev, ast.StructItem) else ITEM_DESCR.get(type(prev).__name__, "item")
            d.with_help(f"{name} declarations are not followed by a semicolon")
        self.emit(d)
        self.bump()
        return True

    # -- items ------------------------------------------------------------------------------------

    def parse_item(self) -> ast.Item | None:
        attrs = self.parse_outer_attributes()
        return self.parse_item_with_attrs(attrs)

    def parse_item_with_attrs(self, attrs: ast.Attrs) -> ast.Item | None:
        return self._parse_item_common(attrs, ItemContext.MODULE)

    def _parse_item_common(self, attrs: ast.Attrs, ctx: int) -> ast.Item | None:
        lo = self.token.span
        vis = self.parse_visibility()
        item = self._parse_item_kind(attrs, vis, lo, ctx)
        if item is None:
            if vis.kind != _INHERITED:
                self._vis_without_item(vis)
            if attrs:
                self._attrs_without_item(attrs)
        return item

    def _vis_without_item(self, vis: ast.Visibility) -> None:
        d = Diagnostic.error(f"visibility `{self.psess.source_map.snippet(vis.span)}` is not followed by an item")
        d.with_primary(vis.span, "the visibility")
        d.with_help("you likely meant to define an item, e.g., `pub fn foo() {}`")
        raise PError(d)

    def _attrs_without_item(self, attrs: ast.Attrs) -> None:
        last = attrs[-1]
        if isinstance(last.kind, ast.DocComment):
            if self.token.kind is TK.CLOSE_BRACE or self.token.kind is TK.EOF:
                d = _doc_comment_documents_nothing(last.span, "E0584" if self._in_assoc else "E0585")
                d.with_help("doc comments must come before what they document, if a comment was intended use `//`")
                raise PError(d)
            return
        d = Diagnostic.error("expected item after attributes")
        d.with_primary(last.span, "")
        raise PError(d)

    _in_assoc = False

    def parse_visibility(self) -> ast.Visibility:
        tok = self.token
        if tok.kind is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind == "vis":
            self.bump()
            assert isinstance(nt.node, ast.Visibility)
            return nt.node
        if not tok.is_ident("pub"):
            self.expected.append("`pub`")
            return ast.Visibility(kind=_INHERITED, span=tok.span.shrink_to_lo())
        lo = tok.span
        self.bump()
        if self.token.kind is TK.OPEN_PAREN:
            t1 = self.look_ahead(1)
            t2 = self.look_ahead(2)
            if t1.is_ident("in"):
                self.bump()
                self.bump()
                path = self.parse_path(PathStyle.MOD)
                self.expect(TK.CLOSE_PAREN)
                return ast.Visibility(kind="restricted", path=path, shorthand=False, span=lo.to(self.prev_token.span))
            if t2.kind is TK.CLOSE_PAREN and (t1.is_ident("crate") or t1.is_ident("self") or t1.is_ident("super")):
                self.bump()
                path = self.parse_path(PathStyle.MOD)
                self.expect(TK.CLOSE_PAREN)
                return ast.Visibility(kind="restricted", path=path, shorthand=True, span=lo.to(self.prev_token.span))
            if t2.kind is TK.CLOSE_PAREN and t1.kind is TK.IDENT and not self._in_tuple_struct_field():
                # `pub(foo)` — rustc: "incorrect visibility restriction" with help.
                self.bump()
                path = self.parse_path(PathStyle.MOD)
                self.expect(TK.CLOSE_PAREN)
                text = self.psess.source_map.snippet(path.span) or ""
                d = self.error("incorrect visibility restriction", path.span, "E0704")
                d.with_help(
                    "some possible visibility restrictions are:\n`pub(crate)`: visible only on the current crate\n`pub(super)`: visible only in the current module's parent\n`pub(in path::to::module)`: visible only on the specified path"
                )
                d.with_suggestion("make this visible only to module `" + text + "` with `in`", [(path.span, f"in {text}")], style="normal")
                self.emit(d)
                return ast.Visibility(kind="restricted", path=path, shorthand=False, span=lo.to(self.prev_token.span))
        return ast.Visibility(kind="public", span=lo)

    def _in_tuple_struct_field(self) -> bool:
        return False

    def _parse_item_kind(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, ctx: int) -> ast.Item | None:
        tok = self.token
        if tok.kind is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind == "item":
            self.bump()
            item = nt.node
            if attrs:
                import dataclasses

                item = dataclasses.replace(item, attrs=attrs + item.attrs)  # type: ignore[type-var, attr-defined]
            return item  # type: ignore[return-value]
        if tok.kind is TK.IDENT and not tok.raw:
            t = tok.text
            nxt = self.look_ahead(1)
            if t == "use":
                return self._parse_use(attrs, vis, lo)
            if t == "fn" or self._check_fn_front_matter():
                return self._parse_fn(attrs, vis, lo, ctx)
            if t == "extern":
                if nxt.is_ident("crate"):
                    return self._parse_extern_crate(attrs, vis, lo)
                if nxt.kind is TK.OPEN_BRACE or (nxt.kind is TK.LITERAL and self.look_ahead(2).kind is TK.OPEN_BRACE):
                    return self._parse_foreign_mod(attrs, vis, lo, ast.Safety.DEFAULT)
            if t == "unsafe" and nxt.is_ident("extern") and (self.look_ahead(2).kind is TK.OPEN_BRACE or self.look_ahead(3).kind is TK.OPEN_BRACE):
                self.bump()
                return self._parse_foreign_mod(attrs, vis, lo, ast.Safety.UNSAFE)
            if t == "static" and not (nxt.kind in (TK.OR, TK.OR_OR) or nxt.is_ident("move")):
                return self._parse_static(attrs, vis, lo, ast.Safety.DEFAULT, needs_body=True)
            if t == "safe" and nxt.is_ident("static") and ctx == ItemContext.FOREIGN:
                self.bump()
                return self._parse_static(attrs, vis, lo, ast.Safety.SAFE)
            if t == "unsafe" and nxt.is_ident("static") and ctx == ItemContext.FOREIGN:
                self.bump()
                return self._parse_static(attrs, vis, lo, ast.Safety.UNSAFE)
            if t == "const" and nxt.kind is not TK.OPEN_BRACE:
                return self._parse_const(attrs, vis, lo, is_default=False)
            if t == "mod" or (t == "unsafe" and nxt.is_ident("mod")):
                return self._parse_mod(attrs, vis, lo)
            if t == "type":
                return self._parse_type_alias(attrs, vis, lo, is_default=False)
            if t == "struct":
                return self._parse_struct(attrs, vis, lo)
            if t == "enum":
                return self._parse_enum(attrs, vis, lo)
            if t == "union" and nxt.kind is TK.IDENT and not nxt.raw and not is_reserved_ident(nxt):
                return self._parse_union(attrs, vis, lo)
            if t == "trait" or (t in ("unsafe", "auto") and (nxt.is_ident("trait") or nxt.is_ident("auto"))):
                return self._parse_trait(attrs, vis, lo)
            if t == "impl" or (t == "unsafe" and nxt.is_ident("impl")) or (t == "default" and (nxt.is_ident("impl") or (nxt.is_ident("unsafe") and self.look_ahead(2).is_ident("impl")))):
                return self._parse_impl(attrs, vis, lo)
            if t == "default" and nxt.kind is TK.IDENT and nxt.text in ("fn", "type", "const", "unsafe", "async", "extern"):
                return self._parse_default_item(attrs, vis, lo, ctx)
            if t == "macro_rules" and nxt.kind is TK.NOT and self.look_ahead(2).kind is TK.IDENT:
                return self._parse_macro_rules(attrs, vis, lo)
            if t == "let" and ctx == ItemContext.MODULE and self._is_module_level():
                return None
        if self._is_macro_item_start():
            return self._parse_item_mac(attrs, vis, lo)
        if tok.kind is TK.IDENT and not tok.raw and not is_reserved_ident(tok) and vis.kind != _INHERITED:
            self._recover_missing_kw_before_item(vis)
        return None

    def _is_module_level(self) -> bool:
        return True

    def _recover_missing_kw_before_item(self, vis: ast.Visibility) -> None:
        """`pub foo() {}` / `pub S {}` — rustc: "missing `fn` or `struct` for ..." (fatal)."""
        tok = self.token
        nxt = self.look_ahead(1)
        sp = self.prev_token.span.between(tok.span)
        if nxt.kind is TK.OPEN_PAREN:
            d = self.error("missing `fn` for function definition", sp)
            d.with_suggestion("add `fn` here to parse `" + tok.text + "` as a function", [(tok.span.shrink_to_lo(), "fn ")], style="normal")
            raise PError(d)
        if nxt.kind is TK.OPEN_BRACE:
            d = self.error("missing `struct` for struct definition", sp)
            d.with_suggestion("add `struct` here to parse `" + tok.text + "` as a struct", [(tok.span.shrink_to_lo(), "struct ")], style="normal")
            raise PError(d)

    def _is_macro_item_start(self) -> bool:
        tok = self.token
        if tok.kind is TK.PATH_SEP:
            return self._path_then_bang()
        if tok.kind is not TK.IDENT:
            return False
        if not tok.raw and is_reserved_ident(tok) and not is_path_segment_keyword(tok):
            return False
        nxt = self.look_ahead(1)
        if nxt.kind is TK.NOT:
            return True
        if nxt.kind is TK.PATH_SEP:
            return self._path_then_bang()
        return False

    def _parse_item_mac(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        path = self.parse_path(PathStyle.MOD)
        self.expect(TK.NOT)
        if self.token.kind is TK.IDENT:
            # `foo! bar { }` (old decl-macro forms) — not valid Rust.
            self.expected.extend(("`(`", "`[`", "`{`"))
            self.unexpected()
        args = self.parse_delim_args()
        if args.delim is not ast.Delimiter.BRACE and not self.eat(TK.SEMI):
                span = self.prev_token.span
                d = self.error("macros that expand to items must be delimited with braces or followed by a semicolon", args.span)
                if args.delim is ast.Delimiter.PAREN:
                    d.with_suggestion(
                        "change the delimiters to curly braces",
                        [(args.open_span, "{"), (args.close_span, "}")],
                        style="normal",
                    )
                d.with_suggestion("add a semicolon", [(span.shrink_to_hi(), ";")], style="normal")
                self.emit(d)
        mac = ast.MacCall(path=path, args=args, span=lo.to(self.prev_token.span))
        return ast.MacCallItem(mac=mac, attrs=attrs, vis=vis, ident=ast.Ident(name="", span=lo.shrink_to_lo()), id=self.fresh_id(), span=lo.to(self.prev_token.span))

    # -- use --------------------------------------------------------------------------------------

    def _parse_use(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        self.bump()
        tree = self._parse_use_tree()
        if not self.eat(TK.SEMI):
            self.expected_one_of_not_found([TK.SEMI], [])
        return ast.UseItem(tree=tree, attrs=attrs, vis=vis, ident=ast.Ident(name="", span=lo.shrink_to_lo()), id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_use_tree(self) -> ast.UseTree:
        lo = self.token.span
        prefix_lo = lo
        is_global = False
        tok = self.token
        if tok.kind is TK.OPEN_BRACE or tok.kind is TK.STAR or (tok.kind is TK.PATH_SEP and self.look_ahead(1).kind in (TK.OPEN_BRACE, TK.STAR)):
            if self.eat(TK.PATH_SEP):
                is_global = True
            prefix = ast.Path(segments=(), is_global=is_global, span=prefix_lo.to(self.prev_token.span) if is_global else prefix_lo.shrink_to_lo())
            return self._parse_use_tree_glob_or_nested(lo, prefix)
        path = self.parse_path(PathStyle.MOD)
        while self.token.kind is TK.COLON and self.look_ahead(1).kind is TK.IDENT:
            # `use std::collections:HashMap;`
            colon = self.token.span
            d = self.error("expected `::`, found `:`", colon)
            d.labels.clear()
            d.with_primary(colon, "")
            d.with_note("import paths are delimited using `::`")
            d.with_suggestion("use double colon", [(colon.shrink_to_hi(), ":")], style="normal")
            self.emit(d)
            self.bump()
            more = self.parse_path(PathStyle.MOD)
            path = ast.Path(segments=path.segments + more.segments, is_global=path.is_global, span=path.span.to(more.span))
        if self.token.kind is TK.PATH_SEP:
            self.bump()  # `::` before `{` or `*`
            return self._parse_use_tree_glob_or_nested(lo, path)
        rename = None
        if self.eat_keyword("as"):
            rename = self.parse_ident_or_underscore()
        return ast.UseTree(prefix=path, kind="simple", rename=rename, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_use_tree_glob_or_nested(self, lo: Span, prefix: ast.Path) -> ast.UseTree:
        if self.eat(TK.STAR):
            return ast.UseTree(prefix=prefix, kind="glob", id=self.fresh_id(), span=lo.to(self.prev_token.span))
        self.expect(TK.OPEN_BRACE)
        # rustc's `parse_use_tree_list` is a comma sequence: a missing `,` is recovered.
        nested, _ = self.parse_comma_seq(TK.CLOSE_BRACE, self._parse_use_tree)
        self.expect(TK.CLOSE_BRACE)
        return ast.UseTree(prefix=prefix, kind="nested", nested=tuple(nested), id=self.fresh_id(), span=lo.to(self.prev_token.span))

    # -- functions --------------------------------------------------------------------------------

    def _check_fn_front_matter(self) -> bool:
        """`const`/`async`/`unsafe`/`safe`/`extern "abi"` qualifiers followed by `fn`."""
        i = 0
        quals = ("const", "async", "unsafe", "safe", "extern", "default")
        while True:
            t = self.look_ahead(i)
            if t.kind is TK.IDENT and not t.raw:
                if t.text == "fn":
                    return i > 0
                if t.text in quals:
                    i += 1
                    if t.text == "extern" and self.look_ahead(i).kind is TK.LITERAL:
                        i += 1
                    continue
            return False

    def _parse_fn(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, ctx: int, is_default: bool = False) -> ast.Item:
        if self.is_kw("const") and ctx in (ItemContext.TRAIT, ItemContext.TRAIT_IMPL):
            kw = self.token.span
            where = "traits" if ctx == ItemContext.TRAIT else "trait impls"
            d = self.error(f"functions in {where} cannot be declared const", kw, "E0379")
            d.labels.clear()
            d.with_primary(kw, f"functions in {where} cannot be const")
            d.with_suggestion("remove the `const`", [(Span(kw.lo, max(kw.hi, self.look_ahead(1).span.lo), kw.ctxt), "")], style="inline")
            self.deferred_errors.append(d)
        header = self._parse_fn_header()
        self.expect_keyword("fn")
        ident = self.parse_ident()
        generics = self.parse_generics()
        # (rustc parses a `self` parameter in any function; outside an impl or a trait it is
        # an error of AST validation, reported when the file is parsed.)
        decl = self.parse_fn_decl(req_name=True, allow_self=True)
        if ctx not in (ItemContext.TRAIT, ItemContext.IMPL, ItemContext.TRAIT_IMPL) and decl.inputs:
            first = decl.inputs[0]
            if isinstance(first.pat, ast.IdentPat) and first.pat.ident.name == "self":
                d = self.error("`self` parameter is only allowed in associated functions", first.span)
                d.labels.clear()
                d.with_primary(first.span, "not semantically valid as function parameter")
                d.with_note("associated functions are those in `impl` or `trait` definitions")
                self.deferred_errors.append(d)
        where = self.parse_where_clause()
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        sig_span = lo.to(self.prev_token.span)
        body = None
        inner: ast.Attrs = ()
        req_body = ctx in (ItemContext.MODULE, ItemContext.IMPL, ItemContext.TRAIT_IMPL)
        if self.token.kind is TK.SEMI if req_body else self.check(TK.SEMI):
            self.bump()
            if req_body and not _is_intrinsic(attrs):
                what = "free function without a body" if ctx == ItemContext.MODULE else "associated function in `impl` without body"
                self._item_without_body(what, "function", "{ <body> }", lo)
        elif self.is_block_start() or self.check(TK.OPEN_BRACE):
            body, inner = self.parse_block_with_inner_attrs()
        elif self.token.kind is TK.EQ and self.look_ahead(1).kind is not TK.EQ:
            # `fn f() = expr;`
            eq = self.token.span
            d = self.error("function body cannot be `= expression;`", eq)
            self.emit(d)
            self.bump()
            e = self.parse_expr()
            self.expect(TK.SEMI)
            body = ast.Block(stmts=(ast.ExprStmt(expr=e, id=self.fresh_id(), span=e.span),), id=self.fresh_id(), span=e.span)
        else:
            self._missing_fn_body(req_body)
        sig = ast.FnSig(header=header, decl=decl, span=sig_span)
        return ast.FnItem(
            generics=generics,
            sig=sig,
            body=body,
            is_default=is_default,
            attrs=attrs + inner,
            vis=vis,
            ident=ident,
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )

    def _item_without_body(self, message: str, noun: str, body: str, lo: Span) -> None:
        """rustc's AST validation of an item that needs a body and ends at the `;` just
        read ("free function without a body"), reported once the file is parsed."""
        semi = self.prev_token.span
        d = self.error(message, lo.to(semi))
        d.with_suggestion(f"provide a definition for the {noun}", [(semi, body)], style="inline")
        self.deferred_errors.append(d)

    def _missing_fn_body(self, req_body: bool) -> None:
        """rustc's `error_fn_body_not_found`."""
        self.expected_one_of_not_found([], [TK.OPEN_BRACE] if req_body else [TK.SEMI, TK.OPEN_BRACE])

    def _parse_fn_header(self) -> ast.FnHeader:
        is_const = self.eat_keyword("const")
        is_async = self.eat_keyword("async")
        safety = ast.Safety.DEFAULT
        if self.eat_keyword("unsafe"):
            safety = ast.Safety.UNSAFE
        elif self.is_kw("safe") and self.look_ahead(1).is_ident("fn"):
            self.bump()
            safety = ast.Safety.SAFE
        ext = None
        ext_bare = False
        if self.eat_keyword("extern"):
            tok = self.token
            if tok.kind is TK.LITERAL and tok.lit is not None and tok.lit.kind in (LitKind.STR, LitKind.STR_RAW):
                ext = tok.lit
                self.bump()
            else:
                ext_bare = True
        if not self.is_kw("fn"):
            # Qualifiers in the wrong order (`async const fn`, `unsafe pub fn`, …).
            self._misordered_fn_qualifiers()
        return ast.FnHeader(is_const=is_const, is_async=is_async, safety=safety, ext=ext, ext_bare=ext_bare)

    def _misordered_fn_qualifiers(self) -> None:
        tok = self.token
        if tok.is_ident("pub"):
            self.expected.append("`fn`")
            self.unexpected()
        self.expected.append("`fn`")

    # -- extern crate / extern blocks ---------------------------------------------------------------

    def _parse_extern_crate(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        self.bump()
        self.bump()
        if self.is_kw("self"):
            tok = self.token
            self.bump()
            orig = ast.Ident(name="self", span=tok.span)
        else:
            orig = self.parse_ident()
        ident = orig
        orig_name = None
        if self.eat_keyword("as"):
            orig_name = orig
            ident = self.parse_ident_or_underscore()
        self.expect_semi()
        return ast.ExternCrateItem(orig_name=orig_name, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_foreign_mod(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, safety: ast.Safety) -> ast.Item:
        self.expect_keyword("extern")
        abi = None
        tok = self.token
        if tok.kind is TK.LITERAL and tok.lit is not None:
            abi = tok.lit
            self.bump()
        self.expect(TK.OPEN_BRACE)
        inner = self.parse_inner_attributes()
        items: list[ast.Item] = []
        while not self.eat(TK.CLOSE_BRACE):
            if self.token.kind is TK.EOF:
                self.expect(TK.CLOSE_BRACE)
            item = self._parse_assoc_item(ItemContext.FOREIGN)
            if item is None:
                self.expected.append("`}`")
                self.unexpected()
            else:
                items.append(item)
        return ast.ForeignModItem(abi=abi, items=tuple(items), safety=safety, inner_attrs=inner, attrs=attrs, vis=vis, ident=ast.Ident(name="", span=lo.shrink_to_lo()), id=self.fresh_id(), span=lo.to(self.prev_token.span))

    # -- const / static ---------------------------------------------------------------------------

    def _parse_const(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, is_default: bool, ctx: int = ItemContext.MODULE) -> ast.Item:
        self.bump()  # `const`
        if self.is_kw("mut"):
            d = self.error("const globals cannot be mutable", self.token.span)
            d.labels.clear()
            d.with_primary(self.token.span, "cannot be mutable")
            d.with_suggestion("you might want to declare a static instead", [(self.prev_token.span, "static")], style="normal")
            self.emit(d)
            self.bump()
        ident = self.parse_ident_or_underscore()
        generics = self.parse_generics()
        ty = self._parse_item_ty_annotation(ident, "const")
        expr = None
        if self.eat(TK.EQ):
            expr = self.parse_expr()
        where = self.parse_where_clause()
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        self.expect_semi()
        if expr is None and ctx in (ItemContext.MODULE, ItemContext.IMPL, ItemContext.TRAIT_IMPL) and self.prev_token.kind is TK.SEMI:
            what = "free constant item" if ctx == ItemContext.MODULE else "associated constant in `impl`"
            self._item_without_body(f"{what} without body", "constant", "= <expr>;", lo)
        return ast.ConstItem(generics=generics, ty=ty, expr=expr, is_default=is_default, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_item_ty_annotation(self, ident: ast.Ident, kind: str) -> ast.Ty:
        if self.eat(TK.COLON):
            return self.parse_ty()
        # rustc: "missing type for `const` item" with a suggestion, then recovers.
        tok = self.token
        sp = ident.span.shrink_to_hi() if tok.kind is not TK.COLON else tok.span
        if tok.kind is TK.EQ or tok.kind is TK.SEMI:
            d = self.error(f"missing type for `{kind}` item", sp)
            d.with_suggestion("provide a type for the item", [(sp, ": <type>")], style="hide_inline")
            self.emit(d)
            return ast.ErrTy(id=self.fresh_id(), span=sp)
        self.expected.append("`:`")
        self.expected.append("`=`")
        self.expected.append("`;`")
        self.unexpected()
        raise AssertionError

    def _parse_static(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, safety: ast.Safety, needs_body: bool = False) -> ast.Item:
        self.bump()  # `static`
        mutbl = ast.Mutability.MUT if self.eat_keyword("mut") else ast.Mutability.NOT
        ident = self.parse_ident()
        ty = self._parse_item_ty_annotation(ident, "static")
        expr = None
        if self.eat(TK.EQ):
            expr = self.parse_expr()
        self.expect_semi()
        if expr is None and needs_body and self.prev_token.kind is TK.SEMI:
            self._item_without_body("free static item without body", "static", "= <expr>;", lo)
        return ast.StaticItem(ty=ty, mutbl=mutbl, expr=expr, safety=safety, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    # -- mod --------------------------------------------------------------------------------------

    def _parse_mod(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        safety = ast.Safety.UNSAFE if self.eat_keyword("unsafe") else ast.Safety.DEFAULT
        self.expect_keyword("mod")
        ident = self.parse_ident()
        if self.eat(TK.SEMI):
            return ast.ModItem(items=None, safety=safety, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        if self.token.kind is not TK.OPEN_BRACE:
            self.expected.append("`{`")
            self.unexpected()
        inner_lo = self.token.span
        self.bump()
        inner = self.parse_inner_attributes()
        items = self.parse_mod_items(TK.CLOSE_BRACE)
        return ast.ModItem(
            items=tuple(items),
            inner_attrs=inner,
            safety=safety,
            inner_span=inner_lo.to(self.prev_token.span),
            attrs=attrs,
            vis=vis,
            ident=ident,
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )

    # -- type aliases -------------------------------------------------------------------------------

    def _parse_type_alias(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, is_default: bool) -> ast.Item:
        self.bump()  # `type`
        ident = self.parse_ident()
        generics = self.parse_generics()
        bounds: tuple[ast.GenericBound, ...] = ()
        if self.eat(TK.COLON):
            bounds = self.parse_generic_bounds()
        where = self.parse_where_clause()
        ty = None
        where_after = None
        if self.eat(TK.EQ):
            ty = self.parse_ty()
            if self.is_kw("where"):
                where_after = self.parse_where_clause()
        self.expect_semi()
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        return ast.TyAliasItem(generics=generics, bounds=bounds, ty=ty, where_after_ty=where_after, is_default=is_default, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    # -- structs, enums, unions ---------------------------------------------------------------------

    def _parse_struct(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        self.bump()  # `struct`
        ident = self.parse_ident()
        generics = self.parse_generics()
        where: ast.WhereClause
        if self.is_kw("where"):
            where = self.parse_where_clause()
            if self.eat(TK.SEMI):
                data = ast.VariantData(shape=ast.VariantShape.UNIT, id=self.fresh_id())
            else:
                data = self._parse_record_struct_body("struct", ident.span)
        elif self.eat(TK.SEMI):
            where = generics.where_clause
            data = ast.VariantData(shape=ast.VariantShape.UNIT, id=self.fresh_id())
        elif self.token.kind is TK.OPEN_BRACE:
            where = generics.where_clause
            data = self._parse_record_struct_body("struct", ident.span)
        elif self.token.kind is TK.OPEN_PAREN:
            fields = self._parse_tuple_struct_body()
            data = ast.VariantData(shape=ast.VariantShape.TUPLE, fields=fields, id=self.fresh_id())
            where = self.parse_where_clause()
            self.expect_semi()
        else:
            self.expected.extend(("`where`", "`{`", "`(`", "`;`"))
            self.unexpected()
            raise AssertionError
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        return ast.StructItem(generics=generics, data=data, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_union(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        self.bump()  # `union`
        ident = self.parse_ident()
        generics = self.parse_generics()
        where = self.parse_where_clause() if self.is_kw("where") else generics.where_clause
        if self.token.kind is TK.OPEN_BRACE:
            data = self._parse_record_struct_body("union", ident.span)
        else:
            tok = self.token
            d = Diagnostic.error(f"expected `where` or `{{` after union name, found {token_descr(tok)}")
            d.with_primary(tok.span, "expected `where` or `{` after union name")
            raise PError(d)
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        return ast.UnionItem(generics=generics, data=data, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_record_struct_body(self, adt: str, ident_span: Span) -> ast.VariantData:
        """`{ fields }`; an error in a field also points at the type's name (`ident_span`),
        as rustc's `parse_record_struct_body` does ("while parsing this struct")."""
        self.expect(TK.OPEN_BRACE)
        fields: list[ast.FieldDef] = []
        while not self.eat(TK.CLOSE_BRACE):
            if self.token.kind is TK.EOF:
                self.expect(TK.CLOSE_BRACE)
            try:
                fields.append(self._parse_field_def(adt, ident_span))
            except PError as err:
                err.diag.with_label(ident_span, f"while parsing this {adt}")
                raise
        return ast.VariantData(shape=ast.VariantShape.STRUCT, fields=tuple(fields), id=self.fresh_id())

    def _parse_field_def(self, adt: str, ident_span: Span) -> ast.FieldDef:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        if self.token.kind is TK.CLOSE_BRACE and attrs:
            last = attrs[-1]
            if isinstance(last.kind, ast.DocComment):
                d = self.error("found a documentation comment that doesn't document anything", last.span, "E0585")
                d.with_help("doc comments must come before what they document, if a comment was intended use `//`")
                raise PError(d)
        vis = self.parse_visibility()
        tok = self.token
        if tok.kind is TK.IDENT and (tok.raw or not is_reserved_ident(tok)) and self.look_ahead(1).kind is not TK.COLON and self.look_ahead(1).kind in (TK.COMMA, TK.CLOSE_BRACE):
            # `struct S { a, b }` — missing type.
            ident = self.parse_ident()
            self.expected.append("`:`")
            self.unexpected()
        ident = self.parse_ident()
        if not self.eat(TK.COLON):
            self.unexpected()
        ty = self.parse_ty()
        default = None
        if self.token.kind is TK.EQ and self.look_ahead(1).kind is not TK.EQ:
            self.bump()
            default = self.parse_expr_anon_const()
        field = ast.FieldDef(vis=vis, ident=ident, ty=ty, attrs=attrs, default=default, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        self._field_sep(adt, ident_span)
        return field

    def _field_sep(self, adt: str, ident_span: Span) -> None:
        tok = self.token
        if tok.kind is TK.COMMA:
            self.bump()
            return
        if tok.kind is TK.CLOSE_BRACE:
            return
        if tok.kind is TK.SEMI:
            sp = tok.span
            d = self.error(f"{adt} fields are separated by `,`", sp)
            d.labels.clear()
            d.with_primary(sp, "")
            d.with_label(ident_span, f"while parsing this {adt}")
            d.with_suggestion("replace `;` with `,`", [(sp, ",")], style="hide_inline")
            self.emit(d)
            self.bump()
            return
        sm = self.psess.source_map
        between = sm.snippet(Span(self.prev_token.span.hi, tok.span.lo)) or ""
        if "\n" in between and (tok.kind is TK.IDENT or tok.kind is TK.POUND or tok.kind is TK.DOC_COMMENT):
            sp = self.prev_token.span.shrink_to_hi()
            d = Diagnostic.error(f"expected `,`, or `}}`, found {token_descr(tok)}")
            d.with_primary(sp, "")
            d.with_suggestion("try adding a comma", [(sp, ",")], style="inline")
            self.emit(d)
            return
        self.expected.extend(("`,`", "`}`"))
        self.unexpected()

    def _parse_tuple_struct_body(self) -> tuple[ast.FieldDef, ...]:
        self.expect(TK.OPEN_PAREN)
        fields, _ = self.parse_comma_seq(TK.CLOSE_PAREN, self._parse_tuple_field_def)
        self.expect(TK.CLOSE_PAREN)
        return tuple(fields)

    def _parse_tuple_field_def(self) -> ast.FieldDef:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        vis = self.parse_visibility()
        ty = self.parse_ty()
        return ast.FieldDef(vis=vis, ident=None, ty=ty, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_enum(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        enum_kw = self.token.span
        self.bump()  # `enum`
        ident = self.parse_ident()
        generics = self.parse_generics()
        where = self.parse_where_clause()
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        self.expect(TK.OPEN_BRACE)
        try:
            variants, _ = self.parse_comma_seq(TK.CLOSE_BRACE, self._parse_variant)
            self.expect(TK.CLOSE_BRACE)
        except PError as err:
            self._annotate_enum_body_error(err.diag, enum_kw, ident.span)
            raise
        return ast.EnumItem(generics=generics, variants=tuple(variants), attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _annotate_enum_body_error(self, d: Diagnostic, enum_kw: Span, ident: Span) -> None:
        """rustc's `parse_item_enum` on an error in the variants: point at the enum, say
        what variants look like, and for `Variant: Type` (struct field syntax) suggest
        `struct` when a type does follow (parsed speculatively)."""
        d.with_label(ident, "while parsing this enum")
        d.with_help("enum variants can be `Variant`, `Variant = <integer>`, `Variant(Type, ..., TypeN)` or `Variant { fields: Types }`")
        prev = self.prev_token
        if self.token.kind is not TK.COLON or prev.kind is not TK.IDENT or is_reserved_ident(prev):
            return
        snap = self.snapshot()
        try:
            self.bump()
            self.parse_ty()
            d.with_suggestion("perhaps you meant to use `struct` here", [(enum_kw, "struct")], Applicability.MAYBE_INCORRECT)
        except PError:
            pass
        finally:
            self.restore(snap)

    def _parse_variant(self) -> ast.Variant:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        vis = self.parse_visibility()
        if self.token.kind is TK.CLOSE_BRACE and attrs and isinstance(attrs[-1].kind, ast.DocComment):
            d = self.error("found a documentation comment that doesn't document anything", attrs[-1].span, "E0585")
            d.with_help("doc comments must come before what they document, if a comment was intended use `//`")
            raise PError(d)
        ident = self.parse_ident()
        if self.token.kind is TK.OPEN_BRACE:
            data = self._parse_record_struct_body("struct", ident.span)
        elif self.token.kind is TK.OPEN_PAREN:
            fields = self._parse_tuple_struct_body()
            data = ast.VariantData(shape=ast.VariantShape.TUPLE, fields=fields, id=self.fresh_id())
        else:
            self.expected.extend(("`{`", "`(`"))
            data = ast.VariantData(shape=ast.VariantShape.UNIT, id=self.fresh_id())
        disr = None
        if self.eat(TK.EQ):
            disr = self.parse_expr_anon_const()
        return ast.Variant(ident=ident, vis=vis, data=data, disr_expr=disr, attrs=attrs, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    # -- traits and impls -------------------------------------------------------------------------

    def _parse_trait(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        safety = ast.Safety.UNSAFE if self.eat_keyword("unsafe") else ast.Safety.DEFAULT
        is_auto = self.eat_keyword("auto")
        self.expect_keyword("trait")
        ident = self.parse_ident()
        generics = self.parse_generics()
        bounds: tuple[ast.GenericBound, ...] = ()
        if self.eat(TK.COLON):
            bounds = self.parse_generic_bounds()
        if self.eat(TK.EQ):
            alias_bounds = self.parse_generic_bounds()
            where = self.parse_where_clause()
            self.expect_semi()
            generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
            return ast.TraitAliasItem(generics=generics, bounds=alias_bounds, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        where = self.parse_where_clause()
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        items, inner = self._parse_item_list_with_inner(ItemContext.TRAIT)
        return ast.TraitItem(safety=safety, is_auto=is_auto, generics=generics, bounds=bounds, items=tuple(items), attrs=attrs + inner, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))

    def _parse_impl(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        is_default = self.eat_keyword("default")
        safety = ast.Safety.UNSAFE if self.eat_keyword("unsafe") else ast.Safety.DEFAULT
        self.expect_keyword("impl")
        if self.check_lt() and self._choose_generics_over_qpath():
            generics = self.parse_generics()
        else:
            generics = ast.empty_generics(self.prev_token.span.shrink_to_hi())
        is_const = False
        if self.is_kw("const") and self.look_ahead(1).kind is not TK.OPEN_BRACE:
            self.bump()
            is_const = True
        polarity = ast.ImplPolarity.POSITIVE
        if self.token.kind is TK.NOT and self.look_ahead(1).kind is not TK.OPEN_PAREN:
            self.bump()
            polarity = ast.ImplPolarity.NEGATIVE
        ty_first = self.parse_ty()
        of_trait = None
        if self.eat_keyword("for"):
            self_ty = self.parse_ty()
            if isinstance(ty_first, ast.PathTy) and ty_first.qself is None:
                of_trait = ast.TraitRef(path=ty_first.path, id=self.fresh_id())
            else:
                d = self.error("expected a trait, found type", ty_first.span)
                self.emit(d)
        else:
            self_ty = ty_first
            if self._is_missing_for():
                self._report_missing_for(ty_first)
                self_ty = self.parse_ty()
                if isinstance(ty_first, ast.PathTy):
                    of_trait = ast.TraitRef(path=ty_first.path, id=self.fresh_id())
        where = self.parse_where_clause()
        generics = ast.Generics(params=generics.params, where_clause=where, span=generics.span)
        ctx = ItemContext.TRAIT_IMPL if of_trait is not None else ItemContext.IMPL
        items, inner = self._parse_item_list_with_inner(ctx)
        return ast.ImplItem(
            safety=safety,
            polarity=polarity,
            is_default=is_default,
            is_const=is_const,
            generics=generics,
            of_trait=of_trait,
            self_ty=self_ty,
            items=tuple(items),
            inner_attrs=inner,
            attrs=attrs,
            vis=vis,
            ident=ast.Ident(name="", span=lo.shrink_to_lo()),
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )

    def _is_missing_for(self) -> bool:
        """`impl Trait Type {` — a type directly after the trait path."""
        tok = self.token
        return tok.kind is TK.IDENT and not is_reserved_ident(tok) and self.look_ahead(1).kind in (TK.OPEN_BRACE, TK.LT, TK.PATH_SEP)

    def _report_missing_for(self, trait_ty: ast.Ty) -> None:
        sp = trait_ty.span.between(self.token.span)
        d = self.error("missing `for` in a trait impl", sp)
        d.with_suggestion("add `for` here", [(sp, " for ")], style="normal")
        self.emit(d)

    def _choose_generics_over_qpath(self) -> bool:
        """`impl<T> ...` vs `impl <T as Trait>::X ...` (rustc's `choose_generics_over_qpath`)."""
        t0 = self.token
        if t0.kind is not TK.LT:
            return False
        t1 = self.look_ahead(1)
        t2 = self.look_ahead(2)
        if t1.kind in (TK.POUND, TK.GT, TK.LIFETIME):
            return True
        if t1.kind is TK.IDENT:
            if t1.is_ident("const") and t2.kind is TK.IDENT:
                return True
            return t2.kind in (TK.GT, TK.COMMA, TK.COLON, TK.EQ)
        return False

    def _parse_item_list_with_inner(self, ctx: int) -> tuple[list[ast.Item], ast.Attrs]:
        if self.token.kind is not TK.OPEN_BRACE:
            self.expected.append("`{`")
            self.unexpected()
        self.bump()
        inner = self.parse_inner_attributes()
        items: list[ast.Item] = []
        while not self.eat(TK.CLOSE_BRACE):
            if self.token.kind is TK.EOF:
                self.expect(TK.CLOSE_BRACE)
            try:
                item = self._parse_assoc_item(ctx)
            except PError as err:
                # rustc: report, skip the rest of the item list.
                if err.diag is not None:
                    self.emit(err.diag)
                self.consume_block_to_close()
                break
            if item is None:
                if self.token.kind is TK.SEMI:
                    self._maybe_consume_incorrect_semicolon(items[-1] if items else None)
                    continue
                if self.token.kind is TK.CLOSE_BRACE:
                    continue
                d = Diagnostic.error("non-item in item list")
                d.with_primary(self.token.span, "non-item starts here")
                raise PError(d)
            items.append(item)
        return items, inner

    def _parse_assoc_item(self, ctx: int) -> ast.Item | None:
        attrs = self.parse_outer_attributes()
        lo = self.token.span
        old_assoc = self._in_assoc
        self._in_assoc = True
        try:
            vis = self.parse_visibility()
            if vis.kind != _INHERITED and ctx in (ItemContext.TRAIT, ItemContext.TRAIT_IMPL):
                d = self.error("visibility qualifiers are not permitted here", vis.span, "E0449")
                d.with_suggestion("remove the qualifier", [(vis.span, "")], style="inline")
                if ctx == ItemContext.TRAIT_IMPL:
                    d.with_note("trait items always share the visibility of their trait")
                else:
                    d.with_note("trait items always share the visibility of their trait")
                self.deferred_errors.append(d)
            tok = self.token
            if tok.is_ident("default") and self.look_ahead(1).kind is TK.IDENT and self.look_ahead(1).text in ("fn", "type", "const", "unsafe", "async", "extern"):
                self.bump()
                return self._parse_assoc_item_kind(attrs, vis, lo, ctx, is_default=True)
            return self._parse_assoc_item_kind(attrs, vis, lo, ctx, is_default=False)
        finally:
            self._in_assoc = old_assoc

    def _parse_assoc_item_kind(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, ctx: int, is_default: bool) -> ast.Item | None:
        tok = self.token
        if tok.kind is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind == "item":
            # An `$i:item` spliced into an impl or trait body (`impl f32 { $($consts)* }`).
            return self._parse_item_kind(attrs, vis, lo, ctx)
        if tok.kind is TK.IDENT and not tok.raw:
            t = tok.text
            if t == "fn" or self._check_fn_front_matter():
                return self._parse_fn(attrs, vis, lo, ctx, is_default)
            if t == "const" and self.look_ahead(1).kind is not TK.OPEN_BRACE:
                return self._parse_const(attrs, vis, lo, is_default, ctx)
            if t == "type":
                return self._parse_type_alias(attrs, vis, lo, is_default)
            if t in ("static", "safe", "unsafe") and ctx == ItemContext.FOREIGN:
                if t == "static":
                    return self._parse_static(attrs, vis, lo, ast.Safety.DEFAULT)
                if self.look_ahead(1).is_ident("static"):
                    self.bump()
                    return self._parse_static(attrs, vis, lo, ast.Safety.SAFE if t == "safe" else ast.Safety.UNSAFE)
            if t == "static" and ctx != ItemContext.FOREIGN:
                d = self.error("associated `static` items are not allowed", tok.span)
                self.emit(d)
                item = self._parse_static(attrs, vis, lo, ast.Safety.DEFAULT)
                return item
            if t == "pub":
                self.expected.append("`fn`")
        if self._is_macro_item_start():
            return self._parse_item_mac(attrs, vis, lo)
        if attrs and tok.kind is TK.CLOSE_BRACE:
            last = attrs[-1]
            if isinstance(last.kind, ast.DocComment):
                code = "E0584" if ctx in (ItemContext.IMPL, ItemContext.TRAIT_IMPL, ItemContext.TRAIT) else "E0585"
                d = _doc_comment_documents_nothing(last.span, code)
                d.with_help("doc comments must come before what they document, if a comment was intended use `//`")
                self.emit(d)
                return None
        if vis.kind != _INHERITED or tok.kind is not TK.CLOSE_BRACE:
            if tok.kind is TK.SEMI:
                return None
            self._assoc_item_expected(vis)
        return None

    def _assoc_item_expected(self, vis: ast.Visibility) -> None:
        tok = self.token
        if tok.kind is TK.IDENT and not is_reserved_ident(tok) and self.look_ahead(1).kind is TK.OPEN_PAREN:
            self._recover_missing_kw_before_item(vis)
        self.expected.extend(("`fn`", "`const`", "`type`"))
        self.unexpected()

    def _parse_default_item(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span, ctx: int) -> ast.Item | None:
        kw = self.token.span
        self.bump()
        item = self._parse_item_kind(attrs, vis, lo, ctx)
        if item is not None and ctx == ItemContext.MODULE:
            kind = "function" if isinstance(item, ast.FnItem) else ("constant" if isinstance(item, ast.ConstItem) else "type alias")
            d = self.error(f"{'a' if kind[0] not in 'aeiou' else 'an'} {kind} cannot be `default`", kw)
            d.labels.clear()
            d.with_primary(kw, "`default` because of this")
            d.with_label(item.span, "")
            d.with_note("only associated functions, constants, and types can be `default`")
            d.message = "`default` is only allowed on items in trait impls"
            d.labels.clear()
            d.with_primary(kw, "")
            d.children.clear()
            d.with_label(item.span, "")
            self.deferred_errors.append(d)
        if isinstance(item, ast.FnItem):
            import dataclasses

            item = dataclasses.replace(item, is_default=True)
        return item

    # -- macro_rules! -------------------------------------------------------------------------------

    def _parse_macro_rules(self, attrs: ast.Attrs, vis: ast.Visibility, lo: Span) -> ast.Item:
        self.bump()  # `macro_rules`
        self.bump()  # `!`
        ident = self.parse_ident()
        if self.token.kind not in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.OPEN_BRACE):
            self.expected.extend(("`(`", "`[`", "`{`"))
            self.unexpected()
        body = self.parse_delim_args()
        if body.delim is not ast.Delimiter.BRACE and not self.eat(TK.SEMI):
                d = self.error("macros that expand to items must be delimited with braces or followed by a semicolon", body.span)
                self.emit(d)
        return ast.MacroRulesItem(body=body, attrs=attrs, vis=vis, ident=ident, id=self.fresh_id(), span=lo.to(self.prev_token.span))



def _doc_comment_documents_nothing(span: Span, code: str) -> Diagnostic:
    """E0584 (in an item list: impl, trait, extern block) labels the comment; E0585
    (elsewhere) does not, as in rustc."""
    d = Diagnostic.error("found a documentation comment that doesn't document anything", span, code)
    if code == "E0584":
        d.with_primary(span, "this doc comment doesn't document anything")
    return d
