"""The visitor (rustfmt's `visitor.rs`, `missed_spans.rs` and `reorder.rs`): walks items and
statements in source order, appending each one's rewrite to a buffer, and formats the
"missing" text between them — blank lines (at most one kept) and comments, which are
re-indented and kept where they were relative to the code.

`last_pos` is the source position up to which everything has been written; `block_indent`
the indentation of the block being filled. Consecutive `use`, `mod name;` and
`extern crate` items are sorted (within groups separated by blank lines).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from ferric.fmt import syntax_util as su
from ferric.fmt.comment import is_last_comment_block, rewrite_comment
from ferric.fmt.config import (
    BLANK_LINES_LOWER_BOUND,
    BLANK_LINES_UPPER_BOUND,
    COMMENT_WIDTH,
    max_width,
)
from ferric.fmt.context import Ctx
from ferric.fmt.shape import EMPTY_INDENT, Indent, Shape
from ferric.fmt.source import FormatFailure
from ferric.fmt.text import (
    comment_code_slices,
    count_newlines,
    last_line_width,
    starts_with_newline,
)
from ferric.syntax import ast

_T = TypeVar("_T")


def rewrite_stmt(ctx: Ctx, sv: su.StmtView, shape: Shape) -> str | None:
    """A statement (`let`, or an expression with its `;`) — rustfmt's `format_stmt`."""
    from ferric.fmt.comment import recover_comment_removed
    from ferric.fmt.expr import STATEMENT, format_expr
    from ferric.fmt.items import rewrite_local

    if sv.kind == su.LOCAL:
        s = sv.stmt
        assert isinstance(s, ast.LetStmt)
        r = rewrite_local(ctx, s, shape)
    elif sv.kind in (su.EXPR, su.SEMI):
        e = sv.expr
        assert e is not None
        suffix = ""
        if sv.kind == su.SEMI and not isinstance(e, ast.WhileExpr | ast.LoopExpr | ast.ForLoopExpr):
            suffix = ";"
        s2 = shape.sub_width(len(suffix))
        if s2 is None:
            return None
        r = format_expr(ctx, e, STATEMENT, s2)
        if r is not None:
            r += suffix
    else:
        return None
    if r is None:
        return None
    return recover_comment_removed(ctx, r, sv.lo, sv.hi)


class FmtVisitor:
    __slots__ = ("block_indent", "buffer", "ctx", "is_if_else_block", "is_macro_def", "last_pos", "src")

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.src = ctx.src
        self.buffer = ""
        self.last_pos = 0
        self.block_indent: Indent = EMPTY_INDENT
        self.is_if_else_block = False
        self.is_macro_def = False
        """Only the visitor of a macro body's top level (rustfmt's `from_context` resets it)."""

    def shape(self) -> Shape:
        return Shape.indented(self.block_indent)

    def snippet(self, lo: int, hi: int) -> str:
        return self.src.snippet(lo, hi)

    def push_str(self, s: str) -> None:
        self.buffer += s

    def push_rewrite_inner(self, lo: int, hi: int, rewrite: str | None) -> None:
        if rewrite is not None:
            self.push_str(rewrite)
        else:
            self.push_str(self.snippet(lo, hi).strip())
        self.last_pos = hi

    def push_rewrite(self, lo: int, hi: int, rewrite: str | None) -> None:
        self.format_missing_with_indent(lo)
        self.push_rewrite_inner(lo, hi, rewrite)

    def push_skipped(self, lo: int, hi: int) -> None:
        self.format_missing_with_indent(lo)
        self.push_rewrite_inner(lo, hi, None)

    # -- missing spans ---------------------------------------------------------------------------

    def format_missing(self, end: int) -> None:
        if self.snippet(self.last_pos, end).strip() == ";":
            self.push_str(";")
            self.last_pos = end
            return
        self._format_missing_inner(end, 0)

    def format_missing_with_indent(self, end: int) -> None:
        self._format_missing_inner(end, 1)

    def format_missing_no_indent(self, end: int) -> None:
        self._format_missing_inner(end, 2)

    def _process_last(self, mode: int, last_snippet: str, snippet: str) -> None:
        if mode == 0:
            self.push_str(last_snippet)
            return
        self.push_str(last_snippet.rstrip())
        if last_snippet == snippet and self.buffer:
            self.push_str("\n")
        if mode == 1:
            self.push_str(self.block_indent.to_string())

    def _format_missing_inner(self, end: int, mode: int) -> None:
        start = self.last_pos
        if start == end:
            if self.buffer:
                self._process_last(mode, "", "")
            return
        if start > end:
            raise FormatFailure("inverted span")
        self.last_pos = end
        snippet = self.snippet(start, end)
        if start == self.src.base and end - start == len(snippet) and not snippet.strip():
            return
        if not snippet.strip():
            self._push_vertical_spaces(count_newlines(snippet))
            self._process_last(mode, "", snippet)
        else:
            self._write_snippet(start, snippet, mode)

    def _push_vertical_spaces(self, n: int) -> None:
        offset = len(self.buffer) - len(self.buffer.rstrip("\n"))
        upper = BLANK_LINES_UPPER_BOUND + 1
        lower = BLANK_LINES_LOWER_BOUND + 1
        if n + offset > upper:
            n = 0 if offset >= upper else upper - offset
        elif n + offset < lower:
            n = 0 if offset >= lower else lower - offset
        self.push_str("\n" * n)

    def _write_snippet(self, start: int, snippet: str, mode: int) -> None:
        line_start = 0
        last_wspace: int | None = None
        for is_comment, offset, sub in comment_code_slices(snippet):
            nl = count_newlines(sub)
            if is_comment:
                line_start = self._process_comment(snippet, start, offset, sub)
                last_wspace = None
            elif not sub.strip() and nl > 0:
                self._push_vertical_spaces(nl)
                line_start = offset + nl
            else:
                line_start, last_wspace = self._process_missing_code(snippet, sub, offset, line_start, last_wspace)
        self._process_last(mode, snippet[line_start:], snippet)

    def _process_comment(self, snippet: str, start: int, offset: int, sub: str) -> int:
        text = self.src.text
        before = text[: start - self.src.base + offset].rstrip(" \t")
        last_char = before[-1] if before else None
        fix_indent = last_char is None or last_char in ("{", "\n")
        if fix_indent:
            if last_char == "{":
                self.push_str("\n")
            self.push_str(self.block_indent.to_string())
            comment_indent = self.block_indent
        else:
            self.push_str(" ")
            comment_indent = Indent(last_line_width(self.buffer), 0)
        width = min(COMMENT_WIDTH, max_width() - self.block_indent.width())
        c = rewrite_comment(sub, False, Shape.legacy(width, comment_indent))
        self.push_str(c if c is not None else sub)
        line_start = offset + len(sub)
        if line_start <= len(snippet):
            rest = snippet[line_start:].lstrip(" \t")
            if rest[:1] in ("\n", "\r"):
                if not is_last_comment_block(sub):
                    self.push_str("\n")
            else:
                self.push_str("\n")
        return line_start

    def _process_missing_code(
        self, snippet: str, sub: str, offset: int, line_start: int, last_wspace: int | None
    ) -> tuple[int, int | None]:
        for j, c in enumerate(sub):
            i = j + offset
            if c == "\n":
                if last_wspace is not None:
                    self.push_str(snippet[line_start:last_wspace])
                    self.push_str("\n")
                    last_wspace = None
                else:
                    self.push_str(snippet[line_start : i + 1])
                line_start = i + 1
            elif c.isspace() and last_wspace is None:
                last_wspace = i
            elif not c.isspace():
                last_wspace = None
        remaining = snippet[line_start : len(sub) + offset].strip()
        if remaining:
            self.push_str(self.block_indent.to_string())
            self.push_str(remaining)
            line_start = len(sub) + offset
        return line_start, last_wspace

    # -- blocks ----------------------------------------------------------------------------------

    def _trim_spaces_after_opening_brace(self, b: ast.Block, inner: list[ast.Attribute] | None) -> None:
        if not b.stmts:
            return
        hi = inner[0].span.lo if inner else su.StmtView(b.stmts[0]).lo
        snippet = self.snippet(self.last_pos, hi)
        slices = comment_code_slices(snippet)
        if slices and not slices[0][0]:
            n = slices[0][2].rfind("\n")
            if n >= 0:
                self.last_pos += n

    def visit_block(self, b: ast.Block, inner: list[ast.Attribute] | None, has_braces: bool) -> None:
        from ferric.fmt.expr import semicolon_for_expr

        brace = 1 if has_braces else 0
        self.last_pos += brace
        self.block_indent = self.block_indent.indent_block()
        self.push_str("{")
        self._trim_spaces_after_opening_brace(b, inner)
        if inner:
            self.visit_attrs(inner, ast.AttrStyle.INNER)
        self.walk_stmts(_stmt_views(b.stmts))
        if b.stmts:
            last = su.StmtView(b.stmts[-1])
            self.ctx.is_macro_def, saved = self.is_macro_def, self.ctx.is_macro_def
            semi = last.kind == su.EXPR and last.expr is not None and semicolon_for_expr(self.ctx, last.expr)
            self.ctx.is_macro_def = saved
            if semi:
                self.push_str(";")
        self.close_block(self.last_pos, b.span.hi - brace, self.is_if_else_block and bool(b.stmts))
        self.last_pos = b.span.hi

    def close_block(self, lo: int, hi: int, unindent_comment: bool) -> None:
        last_hi = lo
        unindented = False
        prev_ends_with_newline = False
        extra_newline = False
        snippet = self.snippet(lo, hi)
        align_to_right = False
        if unindent_comment and self.src.contains_comment(lo, hi):
            first_lines = snippet.split("/", 1)[0]
            align_to_right = last_line_width(first_lines) > last_line_width(snippet)
        for is_comment, offset, sub in comment_code_slices(snippet):
            if is_comment:
                if not unindented and unindent_comment and not align_to_right:
                    unindented = True
                    self.block_indent = self.block_indent.unindent_block()
                between = self.snippet(last_hi, lo + offset)
                same_line = "\n" not in between
                cshape = Shape.indented(self.block_indent).comment()
                if same_line:
                    off_len = 1 + max(0, last_line_width(self.buffer) - self.block_indent.width())
                    v = cshape.visual_indent(off_len).sub_width(off_len)
                    if v is not None:
                        cshape = v
                    else:
                        same_line = False
                if same_line:
                    self.push_str(" ")
                else:
                    if count_newlines(between) >= 2 or extra_newline:
                        self.push_str("\n")
                    self.push_str(self.block_indent.to_string_with_newline())
                c = rewrite_comment(sub, False, cshape)
                self.push_str(c if c is not None else sub)
            elif not sub.strip() or all(ch == ";" for ch in sub.strip()):
                extra_newline = prev_ends_with_newline and "\n" in sub
                continue
            else:
                self.push_str(self.block_indent.to_string_with_newline())
                self.push_str(sub.strip())
            prev_ends_with_newline = sub.endswith("\n")
            extra_newline = False
            last_hi = lo + offset + len(sub)
        if unindented:
            self.block_indent = self.block_indent.indent_block()
        self.block_indent = self.block_indent.unindent_block()
        self.push_str(self.block_indent.to_string_with_newline())
        self.push_str("}")

    # -- statements ------------------------------------------------------------------------------

    def walk_stmts(self, stmts: list[su.StmtView]) -> None:
        include_empty = False
        i = 0
        n = len(stmts)
        while i < n:
            uses: list[ast.Item] = []
            j = i
            while j < n and stmts[j].kind == su.ITEM and isinstance(_stmt_item(stmts[j]), ast.UseItem):
                uses.append(_stmt_item(stmts[j]))
                j += 1
            if uses:
                self.visit_items_with_reordering(uses)
                i = j
                include_empty = False
                continue
            self.visit_stmt(stmts[i], include_empty)
            include_empty = i + 1 < n and stmts[i].kind == su.ITEM and stmts[i + 1].kind == su.EMPTY
            i += 1

    def visit_stmt(self, sv: su.StmtView, include_empty_semi: bool) -> None:
        s = sv.stmt
        if sv.kind == su.EMPTY:
            snippet = self.snippet(self.last_pos, sv.lo)
            s1 = snippet.lstrip(" ")
            starts_nl = starts_with_newline(s1)
            t = snippet.strip()
            if t:
                if include_empty_semi:
                    self.format_missing(sv.hi)
                else:
                    if starts_nl:
                        self.push_str("\n")
                    self.push_str(self.block_indent.to_string())
                    self.push_str(t)
            elif include_empty_semi:
                self.push_str(";")
            self.last_pos = sv.hi
            return
        if sv.kind == su.ITEM:
            assert isinstance(s, ast.ItemStmt)
            self.visit_item(s.item)
            self.last_pos = sv.hi
            return
        if sv.kind == su.MAC:
            assert isinstance(s, ast.MacCallStmt)
            if su.contains_skip(s.attrs):
                self.push_skipped(sv.lo, sv.hi)
            else:
                self.visit_attrs(su.outer_attrs(s.attrs), ast.AttrStyle.OUTER)
                self._visit_mac(s.mac, 1)
            self.format_missing(sv.hi)
            return
        if su.contains_skip(sv.attrs()):
            self.push_skipped(sv.lo, sv.hi)
            return
        rw = self._guard(lambda: rewrite_stmt(self.ctx, sv, self.shape()))
        self.push_rewrite(sv.lo, sv.hi, rw)

    def _guard(self, f: Callable[[], _T | None]) -> _T | None:
        """Run a rewrite in a fresh context (rustfmt's `get_context`: no inherited flags);
        a rewrite that cannot find its tokens gives None (the code is kept as written)."""
        flags = self.ctx.flags()
        self.ctx.set_flags((False, False, False, self.is_macro_def))
        try:
            return f()
        except FormatFailure:
            return None
        finally:
            self.ctx.set_flags(flags)

    # -- attributes and macros -------------------------------------------------------------------

    def visit_attrs(self, attrs: list[ast.Attribute] | ast.Attrs, style: ast.AttrStyle) -> bool:
        from ferric.fmt.attr import rewrite_attrs

        if su.contains_skip(tuple(attrs)):
            return True
        sel = [a for a in attrs if a.style is style]
        if not sel:
            return False
        rw = self._guard(lambda: rewrite_attrs(self.ctx, sel, self.shape()))
        self.push_rewrite(sel[0].span.lo, sel[-1].span.hi, rw)
        return False

    def visit_inner_attrs(self, attrs: list[ast.Attribute]) -> None:
        self.visit_attrs(attrs, ast.AttrStyle.INNER)

    def _visit_mac(self, mac: ast.MacCall, position: int) -> None:
        from ferric.fmt.macros import MACRO_ITEM, rewrite_macro

        shape = self.shape().saturating_sub_width(1)
        rw = self._guard(lambda: rewrite_macro(self.ctx, mac, shape, position))
        lo, hi = mac.span.lo, mac.args.close_span.hi
        if mac.args.delim is not ast.Delimiter.BRACE and position == MACRO_ITEM:
            semi = self.src.find_uncommented(hi, self.src.end, ";")
            if semi is not None:
                hi = semi + 1
            if rw is not None and not rw.endswith(";"):
                rw += ";"
        self.push_rewrite(lo, hi, rw)

    # -- items -----------------------------------------------------------------------------------

    def visit_fn(self, it: ast.FnItem, inner: list[ast.Attribute], in_impl: bool) -> None:
        from ferric.fmt.items import (
            FN_NEXT_LINE,
            FN_SAME_LINE,
            fn_sig_of,
            newline_for_brace,
            rewrite_fn_base,
        )

        assert it.body is not None
        block = it.body
        indent = self.block_indent
        brace = newline_for_brace(it.generics.where_clause)
        r = self._guard(
            lambda: rewrite_fn_base(self.ctx, indent, it.ident, fn_sig_of(it), it.span.lo, block.span.lo, brace)
        )
        if r is not None:
            fn_str, _, force = r
            if force or last_line_width(fn_str) + 2 > self.shape().width:
                brace = FN_NEXT_LINE
            self.format_missing_with_indent(it.span.lo)
            single = self._single_line_fn(fn_str, block, inner)
            if single is not None:
                self.push_str(single)
                self.last_pos = it.span.hi
                return
            self.push_str(fn_str)
            if brace == FN_SAME_LINE:
                self.push_str(" ")
            else:
                self.push_str(self.block_indent.to_string_with_newline())
            self.last_pos = block.span.lo
        else:
            self.format_missing(block.span.lo)
        self.visit_block(block, inner, True)

    def _single_line_fn(self, fn_str: str, block: ast.Block, inner: list[ast.Attribute]) -> str | None:
        from ferric.fmt.blocks import is_empty_block
        from ferric.fmt.text import last_line_contains_single_line_comment

        if "\n" in fn_str or inner:
            return None
        if (
            is_empty_block(self.ctx, block, None)
            and self.block_indent.width() + len(fn_str) + 3 <= max_width()
            and not last_line_contains_single_line_comment(fn_str)
        ):
            return fn_str + " {}"
        return None

    def _rewrite_required_fn(self, it: ast.FnItem) -> str | None:
        from ferric.fmt.items import FN_NONE, fn_sig_of, rewrite_fn_base

        r = rewrite_fn_base(self.ctx, self.block_indent, it.ident, fn_sig_of(it), it.span.lo, it.span.hi - 1, FN_NONE)
        if r is None:
            return None
        result, ends_with_comment, _ = r
        if ends_with_comment:
            result += self.block_indent.to_string_with_newline()
        return result + ";"

    def visit_item(self, it: ast.Item) -> None:
        attrs = it.attrs
        if isinstance(it, ast.UseItem | ast.ExternCrateItem):
            if su.contains_skip(attrs):
                self.push_skipped(su.item_lo(it), it.span.hi)
                return
        elif isinstance(it, ast.ModItem) and it.items is None:
            if su.contains_skip(attrs):
                return
            self.visit_attrs(su.outer_attrs(attrs), ast.AttrStyle.OUTER)
        else:
            # rustc's item attributes include the inner ones (`mod m { #![rustfmt::skip] }`).
            inner: ast.Attrs = getattr(it, "inner_attrs", ())
            if self.visit_attrs(tuple(attrs) + tuple(inner), ast.AttrStyle.OUTER):
                self.push_skipped(su.item_lo(it), it.span.hi)
                return
        self._guarded_item(it)

    def _guarded_item(self, it: ast.Item) -> None:
        saved = (self.buffer, self.last_pos, self.block_indent)
        flags = self.ctx.flags()
        self.ctx.set_flags((False, False, False, self.is_macro_def))
        try:
            self._visit_item_kind(it)
        except FormatFailure:
            self.buffer, self.last_pos, self.block_indent = saved
            self.push_rewrite(it.span.lo, it.span.hi, None)
        finally:
            self.ctx.set_flags(flags)

    def _visit_item_kind(self, it: ast.Item) -> None:
        from ferric.fmt import adts, items
        from ferric.fmt.macros import MACRO_ITEM

        ctx = self.ctx
        lo, hi = it.span.lo, it.span.hi
        match it:
            case ast.UseItem():
                self._format_import(it)
            case ast.ImplItem():
                self.push_rewrite(lo, hi, adts.format_impl(ctx, it, self.block_indent))
            case ast.TraitItem():
                self.push_rewrite(lo, hi, adts.format_trait(ctx, it, self.block_indent))
            case ast.ExternCrateItem():
                self.push_rewrite(su.item_lo(it), hi, _rewrite_extern_crate(ctx, it, self.shape()))
            case ast.StructItem() | ast.UnionItem():
                prefix = "struct " if isinstance(it, ast.StructItem) else "union "
                parts = adts.StructParts(prefix, it.ident, it.vis, it.data, it.generics, lo, hi)
                rw = adts.format_struct(ctx, parts, self.block_indent, None)
                if rw is not None and it.data.shape is ast.VariantShape.TUPLE:
                    rw += ";"
                self.push_rewrite(lo, hi, rw)
            case ast.EnumItem():
                self.format_missing_with_indent(lo)
                self._visit_enum(it)
                self.last_pos = hi
            case ast.ModItem():
                self.format_missing_with_indent(lo)
                self._format_mod(it)
            case ast.MacCallItem():
                self._visit_mac(it.mac, MACRO_ITEM)
            case ast.ForeignModItem():
                self.format_missing_with_indent(lo)
                self._format_foreign_mod(it)
            case ast.StaticItem():
                self.push_rewrite(lo, hi, items.rewrite_static(
                    ctx, "static", it.vis, it.ident, it.ty, it.mutbl is ast.Mutability.MUT, it.expr,
                    False, it.safety, None, lo, hi, self.block_indent,
                ))
            case ast.ConstItem():
                self.push_rewrite(lo, hi, items.rewrite_static(
                    ctx, "const", it.vis, it.ident, it.ty, False, it.expr, it.is_default,
                    ast.Safety.DEFAULT, it.generics, lo, hi, self.block_indent,
                ))
            case ast.FnItem():
                if it.body is not None:
                    self.visit_fn(it, su.inner_attrs(it.attrs), False)
                else:
                    self.push_rewrite(lo, hi, self._rewrite_required_fn(it))
            case ast.TyAliasItem():
                self.push_rewrite(lo, hi, items.rewrite_type_alias(ctx, it, self.block_indent, False))
            case ast.MacroRulesItem():
                from ferric.fmt.macro_def import rewrite_macro_def

                self.push_rewrite(lo, hi, rewrite_macro_def(ctx, self.shape(), self.block_indent, it))
            case ast.TraitAliasItem():
                self.push_rewrite(lo, hi, None)
            case _:
                self.push_rewrite(lo, hi, None)

    def visit_assoc_item(self, it: ast.Item, in_impl: bool) -> None:
        from ferric.fmt import items

        if self.visit_attrs(su.outer_attrs(it.attrs), ast.AttrStyle.OUTER):
            self.push_skipped(it.span.lo, it.span.hi)
            return
        if isinstance(it, ast.TyAliasItem):
            saved = (self.buffer, self.last_pos)
            try:
                self.push_rewrite(it.span.lo, it.span.hi, items.rewrite_type_alias(self.ctx, it, self.block_indent, in_impl))
            except FormatFailure:
                self.buffer, self.last_pos = saved
                self.push_rewrite(it.span.lo, it.span.hi, None)
            return
        self._guarded_item(it)

    def _visit_enum(self, it: ast.EnumItem) -> None:
        from ferric.fmt import adts

        header = adts.format_header(self.ctx, "enum ", it.ident, it.vis, self.block_indent)
        self.push_str(header)
        brace = self.src.find_uncommented(it.span.lo, it.span.hi, "{")
        if brace is None:
            raise FormatFailure("enum without body")
        body_start = brace + 1
        g = adts.format_generics(
            self.ctx, it.generics,
            adts.BRACE_FORCE_SAME_LINE if not it.variants else adts.BRACE_AUTO,
            self.block_indent, it.ident.span.hi, body_start, last_line_width(header),
        )
        if g is None:
            raise FormatFailure("enum generics")
        self.push_str(g)
        self.last_pos = body_start
        rw = adts.format_variant_list(self.ctx, it, body_start, it.span.hi, self.block_indent)
        if rw is not None and not it.variants:
            self.push_str(rw)
        else:
            self.block_indent = self.block_indent.indent_block()
            self.push_rewrite(body_start, it.span.hi, rw)
            self.block_indent = self.block_indent.unindent_block()

    def _format_mod(self, it: ast.ModItem) -> None:
        from ferric.fmt.items import format_visibility

        self.push_str(format_visibility(self.ctx, it.vis))
        if it.safety is ast.Safety.UNSAFE:
            self.push_str("unsafe ")
        self.push_str("mod ")
        self.push_str(self.snippet(it.ident.span.lo, it.ident.span.hi) or it.ident.name)
        if it.items is not None:
            self.push_str(" {")
            mod_lo = self.src.span_after(it.span.lo, it.span.hi, "{")
            body = self.snippet(mod_lo, it.span.hi - 1).strip()
            if not body:
                self.push_str("}")
            else:
                self.last_pos = mod_lo
                self.block_indent = self.block_indent.indent_block()
                inner = list(it.inner_attrs) + su.inner_attrs(it.attrs)
                self.visit_attrs(inner, ast.AttrStyle.INNER)
                self.visit_items_with_reordering(list(it.items))
                self.close_block(self.last_pos, it.span.hi - 1, False)
            self.last_pos = it.span.hi
        else:
            self.push_str(";")
            self.last_pos = it.span.hi

    def _format_foreign_mod(self, it: ast.ForeignModItem) -> None:
        if it.safety is ast.Safety.UNSAFE:
            self.push_str("unsafe ")
        abi = it.abi.symbol if it.abi is not None else "C"
        self.push_str(f'extern "{abi}" ')
        snippet = self.snippet(it.span.lo, it.span.hi)
        brace = self.src.find_uncommented(it.span.lo, it.span.hi, "{")
        if brace is None:
            raise FormatFailure("extern block")
        self.push_str("{")
        if it.items or self.src.contains_comment(brace, it.span.hi):
            self.last_pos = brace + 1
            self.block_indent = self.block_indent.indent_block()
            for sub in it.items:
                self.visit_assoc_item(sub, False)
            self.format_missing_no_indent(it.span.hi - 1)
            self.block_indent = self.block_indent.unindent_block()
            self.push_str(self.block_indent.to_string())
        self.push_str("}")
        self.last_pos = it.span.hi
        _ = snippet

    # -- imports and reordering ------------------------------------------------------------------

    def _format_import(self, it: ast.UseItem) -> None:
        from ferric.fmt import imports

        t = imports.from_item(self.ctx, it)
        rw = imports.rewrite_top_level(self.ctx, t, self.shape())
        lo = su.item_lo(it)
        if rw == "":
            prev = self.snippet(self.last_pos, lo).rstrip()
            self.format_missing(self.last_pos + len(prev))
            if self.buffer.endswith("\n"):
                self.buffer = self.buffer[:-1]
            self.last_pos = it.span.hi
        elif rw is not None:
            self.format_missing_with_indent(lo)
            self.push_str(rw)
            self.last_pos = it.span.hi
        else:
            self.format_missing_with_indent(lo)
            self.format_missing(it.span.hi)

    def visit_items_with_reordering(self, items: list[ast.Item]) -> None:
        i = 0
        while i < len(items):
            kind = _reorder_kind(items[i])
            if kind is not None:
                i += self._walk_reorderable(items[i:], kind)
            else:
                self.visit_item(items[i])
                i += 1

    def _walk_reorderable(self, items: list[ast.Item], kind: str) -> int:
        from ferric.fmt.reorder import rewrite_reorderable

        src = self.src
        last_hi = src.line_of(items[0].span.hi)
        n = 0
        for it in items:
            if _reorder_kind(it) != kind:
                break
            if n > 0:
                cur_lo = src.line_of(su.item_lo(it))
                if not cur_lo < last_hi + 2:
                    break
            last_hi = src.line_of(it.span.hi)
            n += 1
        group = items[:n]
        lo = su.item_lo(group[0])
        hi = group[-1].span.hi
        rw = self._guard(lambda: rewrite_reorderable(self.ctx, group, kind, self.shape(), lo, hi))
        self.push_rewrite(lo, hi, rw)
        return n

    def format_separate_mod(self, attrs: ast.Attrs, items: tuple[ast.Item, ...], end: int) -> None:
        self.block_indent = EMPTY_INDENT
        self.visit_attrs(su.inner_attrs(attrs), ast.AttrStyle.INNER)
        self.visit_items_with_reordering(list(items))
        self.format_missing_with_indent(end)

    def skip_empty_lines(self, end: int) -> None:
        while True:
            p = self.src.opt_span_after(self.last_pos, end, "\n")
            if p is None:
                return
            if self.snippet(self.last_pos, p).strip():
                return
            self.last_pos = p




def _stmt_views(stmts: tuple[ast.Stmt, ...]) -> list[su.StmtView]:
    """Statements as rustc records them: a `;` after a braced macro statement belongs to it."""
    out: list[su.StmtView] = []
    for s in stmts:
        sv = su.StmtView(s)
        if (
            sv.kind == su.EMPTY
            and out
            and out[-1].kind == su.MAC
            and isinstance(out[-1].stmt, ast.MacCallStmt)
            and out[-1].stmt.style is ast.MacStmtStyle.BRACES
            and out[-1].hi <= sv.lo
        ):
            out[-1].hi = sv.hi
            continue
        out.append(sv)
    return out


def _stmt_item(sv: su.StmtView) -> ast.Item:
    s = sv.stmt
    assert isinstance(s, ast.ItemStmt)
    return s.item


def _has_attr(attrs: ast.Attrs, name: str) -> bool:
    for a in attrs:
        k = a.kind
        if isinstance(k, ast.NormalAttr) and len(k.path.segments) == 1 and k.path.segments[0].ident.name == name:
            return True
    return False


def _reorder_kind(it: ast.Item) -> str | None:
    if _has_attr(it.attrs, "macro_use") or su.contains_skip(it.attrs):
        return None
    if isinstance(it, ast.ExternCrateItem):
        return "extern_crate"
    if isinstance(it, ast.ModItem) and it.items is None:
        return "mod"
    if isinstance(it, ast.UseItem):
        return "use"
    return None


def _rewrite_extern_crate(ctx: Ctx, it: ast.ExternCrateItem, shape: Shape) -> str | None:
    from ferric.fmt.reorder import rewrite_item_attrs

    s = ctx.snippet(it.span.lo, it.span.hi)
    if ctx.src.contains_comment(it.span.lo, it.span.hi):
        item_str = s
    else:
        import re

        item_str = re.sub(r"\s;", ";", " ".join(s.split()))
    return rewrite_item_attrs(ctx, it, item_str, shape)


_ = functools
