"""Attributes (`#[...]`, `#![...]`) and doc comments, and delimited token arguments.

Doc comments arrive as DOC_COMMENT tokens and become `Attribute(kind=DocComment)`: line
comments (`///`, `//!`) keep the text after the marker, block comments (`/** */`, `/*! */`)
the text between the markers.
"""

from __future__ import annotations

from typing import Final

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parser.base import ParserStubs, PathStyle, PError
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind


def doc_comment_parts(text: str) -> tuple[ast.AttrStyle, ast.CommentKind, str]:
    """Style, kind and content of a doc comment written as `text`."""
    if text.startswith("//"):
        style = ast.AttrStyle.INNER if text.startswith("//!") else ast.AttrStyle.OUTER
        return style, ast.CommentKind.LINE, text[3:].rstrip("\r")
    style = ast.AttrStyle.INNER if text.startswith("/*!") else ast.AttrStyle.OUTER
    return style, ast.CommentKind.BLOCK, text[3:-2]


ITEM_DESCR: Final = {
    "ExternCrateItem": "extern crate",
    "UseItem": "`use` import",
    "StaticItem": "static item",
    "ConstItem": "constant item",
    "FnItem": "function",
    "ModItem": "module",
    "ForeignModItem": "extern block",
    "TyAliasItem": "type alias",
    "EnumItem": "enum",
    "StructItem": "struct",
    "UnionItem": "union",
    "TraitItem": "trait",
    "TraitAliasItem": "trait alias",
    "ImplItem": "implementation",
    "MacCallItem": "item macro invocation",
    "MacroRulesItem": "macro definition",
}
"""rustc's `ItemKind::descr`, by AST class name."""


class AttrParser(ParserStubs):
    def _is_inner_doc(self, tok: Token) -> bool:
        return tok.kind is TK.DOC_COMMENT and (tok.text.startswith("//!") or tok.text.startswith("/*!"))

    def parse_outer_attributes(self) -> ast.Attrs:
        tok = self.token
        if tok.kind is not TK.POUND and tok.kind is not TK.DOC_COMMENT:
            self.expected.append("`#`")
            return ()
        attrs: list[ast.Attribute] = []
        while True:
            tok = self.token
            if tok.kind is TK.POUND:
                if self.look_ahead(1).kind is TK.NOT:
                    # An inner attribute where only outer ones may go.
                    attr = self._parse_attribute(ast.AttrStyle.INNER)
                    self._inner_attr_not_permitted(attr.span)
                    continue
                attrs.append(self._parse_attribute(ast.AttrStyle.OUTER))
            elif tok.kind is TK.DOC_COMMENT:
                style, ck, text = doc_comment_parts(tok.text)
                if style is ast.AttrStyle.INNER:
                    d = self.error("expected outer doc comment", tok.span, "E0753")
                    d.with_note(
                        "inner doc comments like this (starting with `//!` or `/*!`) can only appear before items"
                    )
                    self.emit(d)
                attrs.append(
                    ast.Attribute(
                        kind=ast.DocComment(comment_kind=ck, text=text),
                        style=ast.AttrStyle.OUTER,
                        id=self.fresh_id(),
                        span=tok.span,
                    )
                )
                self.bump()
            else:
                break
        return tuple(attrs)

    def _inner_attr_not_permitted(self, span: Span) -> None:
        d = self.error("an inner attribute is not permitted in this context", span)
        d.with_note(
            "inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually "
            "found at the beginning of source files"
        )
        if not self._annotate_following_item(d, span):
            d.with_note("outer attributes, like `#[test]`, annotate the item following them")
        self.emit(d)

    def _annotate_following_item(self, d: Diagnostic, attr_span: Span) -> bool:
        """rustc's `annotate_following_item_if_applicable`: when an item follows (after any
        further attributes), point at it and suggest the outer style. Parsed speculatively:
        nothing is consumed or reported. False when no item follows."""
        snap = self.snapshot()
        item: ast.Item | None = None
        try:
            while self.token.kind is TK.POUND:
                self._parse_attribute(ast.AttrStyle.OUTER if self.look_ahead(1).kind is not TK.NOT else ast.AttrStyle.INNER)
            item = self.parse_item()
        except PError:
            item = None
        self.restore(snap)
        if item is None:
            return False
        descr = ITEM_DESCR.get(type(item).__name__, "item")
        d.with_label(item.span, f"the inner attribute doesn't annotate this {descr}")
        bang = attr_span.with_lo(attr_span.lo + 1).with_hi(attr_span.lo + 2)
        d.with_suggestion(f"to annotate the {descr}, change the attribute from inner to outer style", [(bang, "")], style="normal")
        return True

    def parse_inner_attributes(self) -> ast.Attrs:
        attrs: list[ast.Attribute] = []
        while True:
            tok = self.token
            if tok.kind is TK.POUND and self.look_ahead(1).kind is TK.NOT:
                attrs.append(self._parse_attribute(ast.AttrStyle.INNER))
            elif tok.kind is TK.DOC_COMMENT and self._is_inner_doc(tok):
                _, ck, text = doc_comment_parts(tok.text)
                attrs.append(
                    ast.Attribute(
                        kind=ast.DocComment(comment_kind=ck, text=text),
                        style=ast.AttrStyle.INNER,
                        id=self.fresh_id(),
                        span=tok.span,
                    )
                )
                self.bump()
            else:
                break
        return tuple(attrs)

    def _parse_attribute(self, style: ast.AttrStyle) -> ast.Attribute:
        lo = self.token.span
        self.bump()  # `#`
        if style is ast.AttrStyle.INNER:
            self.expect(TK.NOT)
        else:
            self.eat(TK.NOT)  # records `!` in the expected set, as rustc's message lists it
        self.expect(TK.OPEN_BRACKET)
        if self.token.kind is TK.INTERPOLATED and (nt := nonterminal(self.token)) is not None and nt.kind == "meta":
            self.bump()
            self.expect(TK.CLOSE_BRACKET)
            assert isinstance(nt.node, ast.NormalAttr)
            return ast.Attribute(kind=nt.node, style=style, id=self.fresh_id(), span=lo.to(self.prev_token.span))
        unsafe = False
        if self.is_kw("unsafe") and self.look_ahead(1).kind is TK.OPEN_PAREN:
            self.bump()
            self.bump()
            unsafe = True
        path = self.parse_path(PathStyle.MOD)
        args = self.parse_attr_args()
        if unsafe:
            self.expect(TK.CLOSE_PAREN)
        self.expect(TK.CLOSE_BRACKET)
        return ast.Attribute(
            kind=ast.NormalAttr(path=path, args=args, unsafe=unsafe),
            style=style,
            id=self.fresh_id(),
            span=lo.to(self.prev_token.span),
        )

    def parse_attr_args(self) -> ast.AttrArgs:
        k = self.token.kind
        if k is TK.OPEN_PAREN or k is TK.OPEN_BRACKET or k is TK.OPEN_BRACE:
            return self.parse_delim_args()
        if k is TK.EQ:
            eq = self.token.span
            self.bump()
            expr = self.parse_expr()
            return ast.AttrEq(expr=expr, eq_span=eq)
        return None

    def parse_delim_args(self) -> ast.DelimArgs:
        """A delimited group of token trees (the current token opens it)."""
        open_tok = self.token
        if open_tok.kind not in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.OPEN_BRACE):
            self.expected.extend(("`(`", "`[`", "`{`"))
            self.unexpected()
        trees = self.collect_token_trees()
        assert isinstance(trees, Delimited)
        return ast.DelimArgs(
            delim=ast.Delimiter.of(open_tok.kind),
            tokens=trees.trees,
            open_span=trees.open.span,
            close_span=trees.close.span,
        )

    def collect_token_trees(self) -> TokenTree:
        """Consume one token tree from the stream and rebuild it (iteratively; reads the
        token list directly when no split token is pending)."""
        tok = self.token
        if tok.kind not in (TK.OPEN_PAREN, TK.OPEN_BRACKET, TK.OPEN_BRACE):
            self.bump()
            return tok
        if self.pending:
            return self._collect_token_trees_slow()
        toks = self.toks
        i = self.pos  # index of the token after `tok`
        stack: list[tuple[Token, list[TokenTree]]] = [(tok, [])]
        n = len(toks)
        while i < n:
            t = toks[i]
            i += 1
            k = t.kind
            if k is TK.OPEN_PAREN or k is TK.OPEN_BRACKET or k is TK.OPEN_BRACE:
                stack.append((t, []))
            elif k is TK.CLOSE_PAREN or k is TK.CLOSE_BRACKET or k is TK.CLOSE_BRACE:
                open_tok, items = stack.pop()
                group = Delimited(open_tok, t, tuple(items))
                if not stack:
                    # The group's closer becomes the current token, then is consumed.
                    self.pos = i
                    self.token = t
                    self.bump()
                    return group
                stack[-1][1].append(group)
            elif k is TK.EOF:
                break
            else:
                stack[-1][1].append(t)
        raise PError(self.error("this file contains an unclosed delimiter"))

    def _collect_token_trees_slow(self) -> TokenTree:
        stack: list[tuple[Token, list[TokenTree]]] = []
        while True:
            tok = self.token
            k = tok.kind
            if k is TK.OPEN_PAREN or k is TK.OPEN_BRACKET or k is TK.OPEN_BRACE:
                stack.append((tok, []))
                self.bump()
            elif k is TK.CLOSE_PAREN or k is TK.CLOSE_BRACKET or k is TK.CLOSE_BRACE:
                self.bump()
                open_tok, items = stack.pop()
                group = Delimited(open_tok, tok, tuple(items))
                if not stack:
                    return group
                stack[-1][1].append(group)
            elif k is TK.EOF:
                raise PError(self.error("this file contains an unclosed delimiter"))
            else:
                stack[-1][1].append(tok)
                self.bump()
