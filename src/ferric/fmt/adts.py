"""Structs, unions, enums, impls and traits (rustfmt's `items.rs`, second half): headers
with generics and where clauses, field lists, variants, and the bodies of impls and traits
(formatted by a nested visitor).
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt import syntax_util as su
from ferric.fmt.comment import (
    combine_strs_with_missing_comments,
    is_last_comment_block,
    recover_missing_comment_in_span,
    rewrite_missing_comment,
)
from ferric.fmt.config import COMMENT_WIDTH, FN_CALL_WIDTH, TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.expr import RHS_ALLOW_OVERFLOW, rewrite_assign_rhs, rewrite_expr
from ferric.fmt.items import (
    WHERE_NEWLINE,
    WhereClauseOption,
    format_visibility,
    rewrite_generics,
    rewrite_where_clause,
)
from ferric.fmt.shape import Indent, Shape
from ferric.fmt.text import (
    blen,
    first_line_contains_single_line_comment,
    is_attributes_extendable,
    last_line_contains_single_line_comment,
    last_line_used_width,
    last_line_width,
    trimmed_last_line_width,
)
from ferric.fmt.types import PATH_TYPE, rewrite_bounds, rewrite_path, rewrite_ty, ty_rewriter
from ferric.syntax import ast

BRACE_NONE = 0
BRACE_AUTO = 1
BRACE_FORCE_SAME_LINE = 2


def format_header(ctx: Ctx, item_name: str, ident: ast.Ident, vis: ast.Visibility, offset: Indent) -> str:
    result = format_visibility(ctx, vis).strip()
    shape = Shape.indented(offset)
    before_name = ctx.src.find_uncommented(vis.span.lo, ident.span.hi, item_name.strip())
    if before_name is not None:
        r = combine_strs_with_missing_comments(ctx, result, item_name, vis.span.hi, before_name, shape, True)
        if r is not None:
            result = r
    return result + (ctx.snippet(ident.span.lo, ident.span.hi) or ident.name)


def format_generics(
    ctx: Ctx, g: ast.Generics, brace_pos: int, offset: Indent, lo: int, hi: int, used_width: int
) -> str | None:
    shape = Shape.legacy(ctx.budget(used_width + offset.width()), offset)
    result = rewrite_generics(ctx, "", g, shape)
    if result is None:
        return None
    span_end_before_where = g.span.hi if g.params else lo
    missed: str | None = None
    if g.where_clause.predicates:
        budget = ctx.budget(last_line_used_width(result, offset.width()))
        opt = WhereClauseOption.snuggled(result)
        if brace_pos == BRACE_NONE:
            opt.suppress_comma = True
        w = rewrite_where_clause(
            ctx, g.where_clause, Shape.legacy(budget, offset.block_only()), True, "{", hi,
            span_end_before_where, opt,
        )
        if w is None:
            return None
        result += w
        same_line_brace = brace_pos == BRACE_FORCE_SAME_LINE
    else:
        same_line_brace = True
        end = hi if brace_pos == BRACE_NONE else ctx.src.span_before_last(lo, hi, "{")
        missed = rewrite_missing_comment(ctx, span_end_before_where, end, shape) if span_end_before_where < end else ""
    missed_line_comments = False
    if missed:
        is_block = is_last_comment_block(missed)
        result += (" " if is_block else "\n") + missed
        missed_line_comments = not is_block
    if brace_pos == BRACE_NONE:
        return result
    total_used = last_line_used_width(result, used_width)
    remaining = ctx.budget(total_used)
    overhead = 3 if brace_pos == BRACE_FORCE_SAME_LINE else 2
    forbid = missed_line_comments or overhead > remaining
    if not forbid and same_line_brace:
        result += " "
    else:
        result += "\n" + offset.block_only().to_string()
    return result + "{"


def format_empty_struct_or_tuple(
    ctx: Ctx, lo: int, hi: int, offset: Indent, result: str, opener: str, closer: str
) -> str:
    used = last_line_used_width(result, offset.width()) + 3
    if used > max_width():
        result += offset.to_string_with_newline()
    result += opener
    shape = Shape.indented(offset.indent_block())
    s = rewrite_missing_comment(ctx, lo, hi, shape) if lo < hi else ""
    if s is None:
        result += ctx.snippet(lo, hi)
    elif s:
        multi = "\n" in s
        if multi or first_line_contains_single_line_comment(s):
            result += offset.indent_block().to_string_with_newline()
        result += s
        if multi or last_line_contains_single_line_comment(s):
            result += offset.to_string_with_newline()
    return result + closer


# -- fields ------------------------------------------------------------------------------------


def field_lo(f: ast.FieldDef) -> int:
    return f.attrs[0].span.lo if f.attrs else f.span.lo


def field_hi(f: ast.FieldDef) -> int:
    return f.ty.span.hi


def rewrite_struct_field_prefix(ctx: Ctx, f: ast.FieldDef) -> str:
    vis = format_visibility(ctx, f.vis)
    if f.ident is not None:
        return vis + (ctx.snippet(f.ident.span.lo, f.ident.span.hi) or f.ident.name) + ":"
    return vis


def rewrite_struct_field(ctx: Ctx, f: ast.FieldDef, shape: Shape, lhs_max_width: int) -> str | None:
    from ferric.fmt.attr import rewrite_attrs

    if f.default is not None:
        return None
    if su.contains_skip(f.attrs):
        return ctx.snippet(field_lo(f), field_hi(f))
    prefix = rewrite_struct_field_prefix(ctx, f)
    attrs_str = ""
    if f.attrs:
        a = rewrite_attrs(ctx, list(f.attrs), shape)
        if a is None:
            return None
        attrs_str = a
    attrs_extendable = f.ident is None and is_attributes_extendable(attrs_str)
    missing = (f.attrs[-1].span.hi, f.span.lo) if f.attrs else (f.span.lo, f.span.lo)
    spacing = " " if f.ident is not None else ""
    attr_prefix = combine_strs_with_missing_comments(
        ctx, attrs_str, prefix, missing[0], missing[1], shape, attrs_extendable
    )
    if attr_prefix is None:
        return None
    overhead = trimmed_last_line_width(attr_prefix)
    spacing += " " * max(0, lhs_max_width - overhead)
    if not prefix and attrs_str and attrs_extendable and not spacing:
        spacing = " "
    ts = shape.offset_left(overhead + len(spacing))
    orig = rewrite_ty(ctx, f.ty, ts) if ts is not None else None
    if orig is not None and "\n" not in orig and not ctx.src.contains_comment(missing[0], missing[1]):
        return attr_prefix + spacing + orig
    field_str = rewrite_assign_rhs(ctx, prefix, ty_rewriter(ctx, f.ty), shape)
    if field_str is None:
        return None
    if not prefix:
        field_str = field_str.lstrip()
    return combine_strs_with_missing_comments(ctx, attrs_str, field_str, missing[0], missing[1], shape, False)


def _rewrite_fields_aligned(
    ctx: Ctx, fields: tuple[ast.FieldDef, ...], shape: Shape, lo: int, hi: int, one_line_width: int
) -> str | None:
    item_shape = Shape.indented(shape.indent).sub_width(1)
    if item_shape is None:
        return None
    prefixes = [trimmed_last_line_width(rewrite_struct_field_prefix(ctx, f)) for f in fields]
    maxw = max(prefixes) if prefixes else 0
    minw = min(prefixes) if prefixes else 0
    prefix_max = maxw if maxw - minw <= 0 else 0
    items = L.itemize_list(
        ctx, list(fields), "}", ",", field_lo, field_hi,
        lambda f: rewrite_struct_field(ctx, f, item_shape, prefix_max), lo, hi,
    )
    tactic = L.definitive_tactic(items, L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, one_line_width)
    if tactic == L.HORIZONTAL:
        for f, it in zip(fields, items, strict=False):
            if it.item is not None:
                it.item = rewrite_struct_field(ctx, f, item_shape, 0)
    fmt = L.ListFormatting(
        item_shape, tactic=tactic, trailing_separator=L.SEP_VERTICAL, preserve_newline=True
    )
    return L.write_list(items, fmt)


# -- structs -----------------------------------------------------------------------------------


class StructParts:
    __slots__ = ("data", "generics", "hi", "ident", "lo", "prefix", "vis")

    def __init__(
        self,
        prefix: str,
        ident: ast.Ident,
        vis: ast.Visibility,
        data: ast.VariantData,
        generics: ast.Generics | None,
        lo: int,
        hi: int,
    ) -> None:
        self.prefix = prefix
        self.ident = ident
        self.vis = vis
        self.data = data
        self.generics = generics
        self.lo = lo
        self.hi = hi


def format_struct(ctx: Ctx, p: StructParts, offset: Indent, one_line_width: int | None) -> str | None:
    if p.data.shape is ast.VariantShape.UNIT:
        return _format_unit_struct(ctx, p, offset)
    if p.data.shape is ast.VariantShape.TUPLE:
        return _format_tuple_struct(ctx, p, offset)
    return _format_struct_struct(ctx, p, offset, one_line_width)


def _format_unit_struct(ctx: Ctx, p: StructParts, offset: Indent) -> str | None:
    header = format_header(ctx, p.prefix, p.ident, p.vis, offset)
    if p.generics is not None:
        semi = ctx.src.span_before_last(p.lo, p.hi, ";")
        g = format_generics(ctx, p.generics, BRACE_NONE, offset, p.ident.span.hi, semi, last_line_width(header))
        if g is None:
            return None
    else:
        g = ""
    return f"{header}{g};"


def _format_struct_struct(ctx: Ctx, p: StructParts, offset: Indent, one_line_width: int | None) -> str | None:
    fields = p.data.fields
    result = format_header(ctx, p.prefix, p.ident, p.vis, offset)
    header_hi = p.ident.span.hi
    if p.generics is not None:
        wlo = p.generics.where_clause.span.hi
        body_lo = ctx.src.span_after(max(wlo, header_hi), p.hi, "{")
        g = format_generics(
            ctx, p.generics, BRACE_FORCE_SAME_LINE if not fields else BRACE_AUTO, offset,
            header_hi, body_lo, last_line_width(result),
        )
        if g is None:
            return None
        generics_str = g
    else:
        body_lo = ctx.src.span_after(p.lo, p.hi, "{")
        overhead = 3 if not fields else 2
        if max_width() < overhead + blen(result):
            generics_str = "\n" + offset.block_only().to_string() + "{"
        else:
            generics_str = " {"
    overhead = 1 if not fields else 0
    total = blen(result) + blen(generics_str) + overhead
    if generics_str and "\n" not in generics_str and total > max_width():
        result += "\n" + offset.to_string() + generics_str.lstrip()
    else:
        result += generics_str
    if not fields:
        return format_empty_struct_or_tuple(ctx, body_lo, p.hi - 1, offset, result, "", "}")
    olb = ctx.budget(blen(result) + 3 + offset.width())
    olb = min(one_line_width, olb) if one_line_width is not None else 0
    items = _rewrite_fields_aligned(
        ctx, fields, Shape.indented(offset.indent_block()).sub_width(1) or Shape.indented(offset.indent_block()),
        body_lo, p.hi, olb,
    )
    if items is None:
        return None
    if (
        "\n" not in items
        and "\n" not in result
        and blen(items) <= olb
        and not last_line_contains_single_line_comment(items)
    ):
        return f"{result} {items} }}"
    return f"{result}\n{offset.indent_block().to_string()}{items}\n{offset.to_string()}}}"


def _format_tuple_struct(ctx: Ctx, p: StructParts, offset: Indent) -> str | None:
    fields = p.data.fields
    header = format_header(ctx, p.prefix, p.ident, p.vis, offset)
    result = header
    if not fields:
        after_vis = p.vis.span.hi if p.vis.kind == "restricted" else p.lo
        body_lo = ctx.src.span_after(after_vis, p.hi, "(")
        body_hi = ctx.src.span_after(body_lo, p.hi, ")")
    else:
        body_lo = field_lo(fields[0])
        lh = fields[-1].span.hi
        bh = ctx.src.opt_span_after(lh, p.hi, ")")
        body_hi = bh if bh is not None else lh
    where_str = ""
    if p.generics is not None:
        g = rewrite_generics(ctx, "", p.generics, Shape.legacy(ctx.budget(last_line_width(header)), offset))
        if g is None:
            return None
        result += g
        opt = WhereClauseOption(True, WHERE_NEWLINE)
        w = rewrite_where_clause(
            ctx, p.generics.where_clause,
            Shape.legacy(ctx.budget(last_line_width(result)), offset.block_only()), False, ";",
            None, body_hi, opt,
        )
        if w is None:
            return None
        where_str = w
    if not fields:
        bh2 = ctx.src.span_before(body_lo, p.hi, ")")
        result = format_empty_struct_or_tuple(ctx, body_lo, bh2, offset, result, "(", ")")
    else:
        lo = p.generics.span.hi if (p.generics is not None and p.generics.params) else p.ident.span.hi
        s = Shape.indented(offset).sub_width(1)
        if s is None:
            return None
        items = [overflow.OItem(overflow.FIELD_DEF, f, field_lo(f), field_hi(f)) for f in fields]
        r = overflow.rewrite_with_parens(ctx, result, items, s, lo, p.hi, FN_CALL_WIDTH, None)
        if r is None:
            return None
        result = r
    if where_str and "\n" not in where_str and (
        "\n" in result or offset.block_indent + blen(result) + blen(where_str) + 1 > max_width()
    ):
        result += "\n" + offset.block_only().plus(TAB_SPACES - 1).to_string()
    return result + where_str


# -- enums -------------------------------------------------------------------------------------


def variant_lo(v: ast.Variant) -> int:
    return v.attrs[0].span.lo if v.attrs else v.span.lo


def _variant_span(ctx: Ctx, v: ast.Variant) -> tuple[int, int]:
    if v.disr_expr is not None:
        before = v.disr_expr.value.span.lo
        if v.data.shape is ast.VariantShape.STRUCT:
            hi = ctx.src.span_after_last(v.span.lo, before, "}")
        elif v.data.shape is ast.VariantShape.TUPLE:
            hi = ctx.src.span_after_last(v.span.lo, before, ")")
        else:
            hi = v.ident.span.hi
        return v.span.lo, hi
    return v.span.lo, v.span.hi


def format_variant(ctx: Ctx, v: ast.Variant, indent: Indent, one_line_width: int) -> str | None:
    from ferric.fmt.attr import rewrite_attrs

    if su.contains_skip(v.attrs):
        return ctx.snippet(variant_lo(v), v.span.hi)
    shape = Shape.indented(indent)
    attrs_str = ""
    if v.attrs:
        s1 = shape.sub_width(1)
        if s1 is None:
            return None
        a = rewrite_attrs(ctx, list(v.attrs), s1)
        if a is None:
            return None
        attrs_str = a
    shape2 = shape.sub_width(1)
    if shape2 is None:
        return None
    lo = v.attrs[-1].span.hi if v.attrs else v.span.lo
    if v.data.shape is ast.VariantShape.UNIT:
        body = ctx.snippet(v.ident.span.lo, v.ident.span.hi) or v.ident.name
    else:
        vlo, vhi = _variant_span(ctx, v)
        parts = StructParts("", v.ident, ast.Visibility(kind="inherited", span=v.span.shrink_to_lo()), v.data, None, vlo, vhi)
        b = format_struct(ctx, parts, indent, one_line_width)
        if b is None:
            return None
        body = b
    if v.disr_expr is not None:
        ex = v.disr_expr.value
        r = rewrite_assign_rhs(ctx, body + " =", lambda s: rewrite_expr(ctx, ex, s), shape2, RHS_ALLOW_OVERFLOW)
        if r is None:
            return None
        body = r
    return combine_strs_with_missing_comments(ctx, attrs_str, body, lo, v.span.lo, shape2, False)


def format_variant_list(ctx: Ctx, it: ast.EnumItem, body_lo: int, body_hi: int, offset: Indent) -> str | None:
    from ferric.fmt.config import STRUCT_VARIANT_WIDTH

    if not it.variants:
        return format_empty_struct_or_tuple(ctx, body_lo, body_hi - 1, offset, "", "", "}")
    inner = offset.indent_block()

    def items_with(w: int) -> list[L.ListItem]:
        return L.itemize_list(
            ctx, list(it.variants), "}", ",", variant_lo, lambda v: v.span.hi,
            lambda v: format_variant(ctx, v, inner, w), body_lo, body_hi,
        )

    items = items_with(STRUCT_VARIANT_WIDTH)
    has_multi = any("\n" in i.inner() for i in items)
    has_single = any("\n" not in i.inner() for i in items)
    if has_multi and has_single:
        items = items_with(0)
    shape = Shape.indented(inner).sub_width(2)
    if shape is None:
        return None
    fmt = L.ListFormatting(shape, trailing_separator=L.SEP_VERTICAL, preserve_newline=True)
    lst = L.write_list(items, fmt)
    if lst is None:
        return None
    return lst + offset.to_string_with_newline() + "}"


# -- impls and traits --------------------------------------------------------------------------


def _impl_inner_attrs(it: ast.ImplItem | ast.TraitItem) -> list[ast.Attribute]:
    inner = list(getattr(it, "inner_attrs", ()))
    inner += su.inner_attrs(it.attrs)
    return inner


def format_impl(ctx: Ctx, it: ast.ImplItem, offset: Indent) -> str | None:
    from ferric.fmt.visitor import FmtVisitor

    ref_and_type = _format_impl_ref_and_type(ctx, it, offset)
    if ref_and_type is None:
        return None
    sep = offset.to_string_with_newline()
    result = ref_and_type
    where_budget = max_width() if "\n" in result else ctx.budget(last_line_width(result))
    opt = WhereClauseOption.snuggled(ref_and_type)
    lo_item, hi_item = it.span.lo, it.span.hi
    open_pos = ctx.src.find_uncommented(lo_item, hi_item, "{")
    if open_pos is None:
        return None
    has_body_comment = ctx.src.contains_comment(open_pos + 1, hi_item)
    preds = it.generics.where_clause.predicates
    if not has_body_comment and not it.items and len(preds) == 1 and "\n" not in result:
        opt.suppress_comma = True
        opt.snuggle = 0
        opt.allow_single_line = True
    where_span_end = ctx.src.opt_span_before(it.self_ty.span.hi, hi_item, "{")
    w = rewrite_where_clause(
        ctx, it.generics.where_clause, Shape.legacy(where_budget, offset.block_only()), False, "{",
        where_span_end, it.self_ty.span.hi, opt,
    )
    if w is None:
        return None
    if not preds and where_span_end is not None:
        mc = recover_missing_comment_in_span(
            ctx, it.self_ty.span.hi, where_span_end, Shape.indented(offset), last_line_width(result)
        )
        if mc:
            result += mc
    inner = _impl_inner_attrs(it)
    if not it.items and "\n" not in result and blen(result) + blen(w) <= max_width() and not has_body_comment and not inner:
        result += w
        if "\n" in w and len(preds) == 1:
            result += ","
        if "\n" in w or last_line_contains_single_line_comment(result):
            result += f"{sep}{{{sep}}}"
        else:
            result += " {}"
        return result
    result += w
    need_newline = last_line_contains_single_line_comment(result) or "\n" in result
    if need_newline or w:
        result += sep
    else:
        result += " "
    result += "{"
    body_lo = max(it.self_ty.span.hi, it.generics.where_clause.span.hi)
    op2 = ctx.src.find_uncommented(body_lo, hi_item, "{")
    if op2 is None:
        return None
    if it.items or ctx.src.contains_comment(op2 + 1, hi_item) or inner:
        v = FmtVisitor(ctx)
        v.block_indent = offset.block_only().indent_block()
        v.last_pos = op2 + 1
        v.visit_inner_attrs(inner)
        for sub in it.items:
            v.visit_assoc_item(sub, in_impl=True)
        v.format_missing(hi_item - 1)
        result += v.block_indent.to_string_with_newline() + v.buffer.strip()
        result += offset.block_only().to_string_with_newline()
    elif need_newline:
        result += sep
    return result + "}"


def _format_impl_ref_and_type(ctx: Ctx, it: ast.ImplItem, offset: Indent) -> str | None:
    result = format_visibility(ctx, it.vis)
    if it.is_default:
        result += "default "
    if it.safety is ast.Safety.UNSAFE:
        result += "unsafe "
    s = Shape.indented(offset.plus(last_line_width(result))).block().block_indent(TAB_SPACES).with_max_width().sub_width(1)
    if s is None:
        return None
    g = rewrite_generics(ctx, "impl", it.generics, s)
    if g is None:
        return None
    result += g
    if it.is_const:
        result += " const"
    polarity = "!" if it.polarity is ast.ImplPolarity.NEGATIVE else ""
    if it.of_trait is not None:
        rl = last_line_width(result)
        tr = _rewrite_trait_ref(ctx, it.of_trait, offset, polarity, rl)
        if tr is None:
            return None
        result += tr
        polarity_overhead = 0
        trait_ref_overhead = 4
    else:
        polarity_overhead = len(polarity)
        trait_ref_overhead = 0
    curly = 2 if not it.generics.where_clause.predicates else 0
    used = last_line_width(result) + polarity_overhead + trait_ref_overhead + curly
    budget = ctx.budget(used + 1)
    t = rewrite_ty(ctx, it.self_ty, Shape.legacy(budget, offset))
    if t is not None and "\n" not in t:
        if it.of_trait is not None:
            result += " for "
        else:
            result += " " + polarity
        return result + t
    result += "\n"
    nlo = offset.indent_block()
    result += nlo.to_string()
    result += "for " if it.of_trait is not None else polarity
    budget = ctx.budget(last_line_width(result) + polarity_overhead)
    t = rewrite_ty(ctx, it.self_ty, Shape.legacy(budget, nlo))
    return None if t is None else result + t


def _rewrite_trait_ref(ctx: Ctx, tr: ast.TraitRef, offset: Indent, polarity: str, result_len: int) -> str | None:
    used = 1 + len(polarity) + result_len
    s = rewrite_path(ctx, PATH_TYPE, None, tr.path, Shape.indented(offset.plus(used)))
    if s is not None and "\n" not in s:
        return f" {polarity}{s}"
    o = offset.indent_block()
    s = rewrite_path(ctx, PATH_TYPE, None, tr.path, Shape.indented(o))
    return None if s is None else o.to_string_with_newline() + polarity + s


def format_trait(ctx: Ctx, it: ast.TraitItem, offset: Indent) -> str | None:
    from ferric.fmt.expr import RHS_FORCE_NEXT_LINE_WITHOUT_INDENT
    from ferric.fmt.visitor import FmtVisitor

    header = format_visibility(ctx, it.vis)
    if it.safety is ast.Safety.UNSAFE:
        header += "unsafe "
    if it.is_auto:
        header += "auto "
    header += "trait "
    result = header
    lo, hi = it.span.lo, it.span.hi
    body_lo = ctx.src.span_after(lo, hi, "{")
    shape = Shape.indented(offset).offset_left(blen(result))
    if shape is None:
        return None
    name = ctx.snippet(it.ident.span.lo, it.ident.span.hi) or it.ident.name
    g = rewrite_generics(ctx, name, it.generics, shape)
    if g is None:
        return None
    result += g
    if it.bounds:
        bound_hi = it.bounds[-1].span.hi
        if ctx.src.contains_comment(it.ident.span.hi, bound_hi):
            return None
        bounds = it.bounds
        r = rewrite_assign_rhs(
            ctx, result + ":", lambda s: rewrite_bounds(ctx, bounds, s), shape,
            RHS_FORCE_NEXT_LINE_WITHOUT_INDENT,
        )
        if r is None:
            return None
        result = r
    wc = it.generics.where_clause
    if wc.predicates:
        where_budget = ctx.budget(last_line_width(result))
        pos_before = it.bounds[-1].span.hi if it.bounds else wc.span.lo
        opt = WhereClauseOption.snuggled(g)
        w = rewrite_where_clause(
            ctx, wc, Shape.legacy(where_budget, offset.block_only()), False, "{", None, pos_before, opt
        )
        if w is None:
            return None
        if "\n" not in w and last_line_width(result) + blen(w) + offset.width() > COMMENT_WIDTH:
            result += Indent(0, offset.block_indent + TAB_SPACES - 1).to_string_with_newline()
        result += w
    else:
        snip = ctx.snippet(lo, hi)
        slash = snip.find("/")
        if slash >= 0:
            comment_hi = (it.generics.span.lo - 1) if it.generics.params else body_lo - 1
            comment_lo = lo + slash
            if comment_lo < comment_hi:
                mc = recover_missing_comment_in_span(ctx, comment_lo, comment_hi, Shape.indented(offset), last_line_width(result))
                if mc:
                    result += mc
    block_lo = wc.span.hi if wc.predicates else lo
    open_pos = ctx.src.find_uncommented(block_lo, hi, "{")
    if open_pos is None:
        return None
    body_comment = ctx.src.contains_comment(open_pos + 1, hi)
    inner = su.inner_attrs(it.attrs)
    if last_line_contains_single_line_comment(result) or last_line_width(result) + 2 > ctx.budget(offset.width()):
        result += offset.to_string_with_newline()
    elif not it.items and "\n" not in result and not body_comment and not inner:
        return result + " {}"
    elif "\n" in result or (wc.predicates and it.items):
        result += offset.to_string_with_newline()
    else:
        result += " "
    result += "{"
    outer_indent = offset.block_only().to_string_with_newline()
    if it.items or body_comment or inner:
        v = FmtVisitor(ctx)
        v.block_indent = offset.block_only().indent_block()
        v.last_pos = open_pos + 1
        v.visit_inner_attrs(inner)
        for sub in it.items:
            v.visit_assoc_item(sub, in_impl=False)
        v.format_missing(hi - 1)
        result += v.block_indent.to_string_with_newline() + v.buffer.strip() + outer_indent
    elif "\n" in result:
        result += outer_indent
    return result + "}"


_ = rewrite_where_clause
