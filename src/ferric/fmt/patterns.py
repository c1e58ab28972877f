"""Patterns (rustfmt's `patterns.rs`): or-patterns packed or one per line, tuple and slice
patterns, struct patterns laid out like struct literals, ranges, bindings.
"""

from __future__ import annotations

from typing import assert_never

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt.comment import combine_strs_with_missing_comments
from ferric.fmt.config import TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.expr import rewrite_expr, rewrite_unary_prefix, wrap_struct_field
from ferric.fmt.shape import Shape
from ferric.fmt.text import blen
from ferric.syntax import ast


def _is_short_inner(p: ast.Pat) -> bool:
    while True:
        if isinstance(p, ast.RestPat | ast.NeverPat | ast.WildPat | ast.ErrPat):
            return True
        if isinstance(p, ast.ExprPat):
            return True
        if isinstance(p, ast.IdentPat):
            return p.sub is None
        if isinstance(p, ast.StructPat | ast.MacCallPat | ast.SlicePat | ast.PathPat | ast.RangePat):
            return False
        if isinstance(p, ast.TuplePat):
            return len(p.pats) <= 1
        if isinstance(p, ast.TupleStructPat):
            return len(p.path.segments) <= 1 and len(p.pats) <= 1
        if isinstance(p, ast.BoxPat | ast.DerefPat | ast.RefPat | ast.ParenPat):
            p = p.pat
            continue
        if isinstance(p, ast.OrPat):
            return all(_is_short_inner(x) for x in p.pats)
        return False


def is_short_pattern(p: ast.Pat, s: str) -> bool:
    return len(s) <= 20 and "\n" not in s and _is_short_inner(p)


def rewrite_pat(ctx: Ctx, p: ast.Pat, shape: Shape) -> str | None:
    from ferric.fmt.macros import MACRO_PAT, rewrite_macro
    from ferric.fmt.pairs import rewrite_pair
    from ferric.fmt.types import PATH_EXPR, rewrite_path

    match p:
        case ast.OrPat():
            if len(p.pats) == 1:
                return rewrite_pat(ctx, p.pats[0], shape)
            strs = []
            for x in p.pats:
                r = rewrite_pat(ctx, x, shape)
                if r is None:
                    return None
                strs.append(r)
            mixed = all(is_short_pattern(x, s) for x, s in zip(p.pats, strs, strict=False))
            items = [L.ListItem(s) for s in strs]
            if mixed:
                tactic = L.MIXED
            else:
                tactic = L.definitive_tactic(items, L.LT_HORIZONTAL_VERTICAL, L.SEP_BAR, shape.width)
            fmt = L.ListFormatting(
                shape, tactic=tactic, separator=" |", separator_front=True, ends_with_newline=False
            )
            return L.write_list(items, fmt)
        case ast.BoxPat():
            return rewrite_unary_prefix(ctx, "box ", lambda s: rewrite_pat(ctx, p.pat, s), shape)
        case ast.IdentPat():
            return _rewrite_ident_pat(ctx, p, shape)
        case ast.WildPat():
            return "_" if shape.width >= 1 else None
        case ast.RestPat():
            return ".." if shape.width >= 1 else None
        case ast.NeverPat():
            return None
        case ast.RangePat():
            start, end = p.start, p.end

            def lhs(s: Shape) -> str | None:
                return "" if start is None else rewrite_expr(ctx, start, s)

            def rhs(s: Shape) -> str | None:
                return "" if end is None else rewrite_expr(ctx, end, s)

            return rewrite_pair(ctx, lhs, rhs, "", p.end_kind.value, "", shape, front=True)
        case ast.RefPat():
            prefix = "&mut " if p.mutbl is ast.Mutability.MUT else "&"
            return rewrite_unary_prefix(ctx, prefix, lambda s: rewrite_pat(ctx, p.pat, s), shape)
        case ast.TuplePat():
            return rewrite_tuple_pat(ctx, p.pats, None, p.span.lo, p.span.hi, shape)
        case ast.PathPat():
            return rewrite_path(ctx, PATH_EXPR, p.qself, p.path, shape)
        case ast.TupleStructPat():
            ps = rewrite_path(ctx, PATH_EXPR, p.qself, p.path, shape)
            if ps is None:
                return None
            return rewrite_tuple_pat(ctx, p.pats, ps, p.span.lo, p.span.hi, shape)
        case ast.ExprPat():
            return rewrite_expr(ctx, p.expr, shape)
        case ast.SlicePat():
            rws = []
            for x in p.pats:
                r = rewrite_pat(ctx, x, shape)
                rws.append(r if r is not None else ctx.snippet(x.span.lo, x.span.hi))
            return "[" + ", ".join(rws) + "]"
        case ast.StructPat():
            return _rewrite_struct_pat(ctx, p, shape)
        case ast.MacCallPat():
            return rewrite_macro(ctx, p.mac, shape, MACRO_PAT)
        case ast.ParenPat():
            s = shape.offset_left(1)
            s = s.sub_width(1) if s is not None else None
            if s is None:
                return None
            r = rewrite_pat(ctx, p.pat, s)
            return None if r is None else f"({r})"
        case ast.DerefPat() | ast.ErrPat():
            return None
        case _:
            assert_never(p)


def _rewrite_ident_pat(ctx: Ctx, p: ast.IdentPat, shape: Shape) -> str | None:
    src = ctx.src
    lo, hi = p.span.lo, p.span.hi
    mut_prefix = "mut" if p.mutbl is ast.Mutability.MUT else ""
    ref_kw = "ref" if p.by_ref else ""
    mut_infix = "mut" if p.by_ref and p.by_ref_mut is ast.Mutability.MUT else ""
    id_str = ctx.snippet(p.ident.span.lo, p.ident.span.hi) or p.ident.name
    sub = ""
    if p.sub is not None:
        width = shape.width - (len(mut_prefix) + len(ref_kw) + len(mut_infix) + len(id_str) + 2)
        if width < 0:
            return None
        r = rewrite_pat(ctx, p.sub, Shape.legacy(width, shape.indent))
        if r is None:
            return None
        at_lo = src.span_after(lo, hi, "@")
        c = combine_strs_with_missing_comments(ctx, "@", r, at_lo, p.sub.span.lo, shape, True)
        if c is None:
            return None
        sub = c
    if mut_prefix and ref_kw:
        a = src.span_after(lo, hi, "mut")
        b = src.span_before(lo, hi, "ref")
        first_lo = src.span_after(lo, hi, "ref")
        f = combine_strs_with_missing_comments(ctx, mut_prefix, ref_kw, a, b, shape, True)
        if f is None:
            return None
        first = f
    elif mut_prefix:
        first_lo, first = src.span_after(lo, hi, "mut"), mut_prefix
    elif ref_kw:
        first_lo, first = src.span_after(lo, hi, "ref"), ref_kw
    else:
        first_lo, first = lo, ""
    if first and mut_infix:
        a = src.span_after(lo, hi, "ref")
        b = src.span_before(first_lo, hi, "mut")
        second_lo = src.span_after(first_lo, hi, "mut")
        s2 = combine_strs_with_missing_comments(ctx, first, mut_infix, a, b, shape, True)
        if s2 is None:
            return None
        second = s2
    elif first:
        second_lo, second = first_lo, first
    else:
        second_lo, second = lo, ""
    if sub:
        at = src.span_before(lo, hi, "@")
        n = combine_strs_with_missing_comments(ctx, id_str, sub, p.ident.span.hi, at, shape, True)
        if n is None:
            return None
        nxt = n
    else:
        nxt = id_str
    return combine_strs_with_missing_comments(ctx, second, nxt, second_lo, p.ident.span.lo, shape, True)


def _struct_field_lo(f: ast.PatField) -> int:
    return f.attrs[0].span.lo if f.attrs else f.span.lo


def _rewrite_struct_pat(ctx: Ctx, p: ast.StructPat, shape: Shape) -> str | None:
    from ferric.fmt.types import PATH_EXPR, rewrite_path

    ps = shape.sub_width(2)
    if ps is None:
        return None
    path_str = rewrite_path(ctx, PATH_EXPR, p.qself, p.path, ps)
    if path_str is None:
        return None
    if not p.fields and not p.rest:
        return f"{path_str} {{}}"
    ellipsis_str, terminator = (", ..", "..") if p.rest else ("", "}")
    h_shape, v_shape = L.struct_lit_shape(shape, blen(path_str) + 3, len(ellipsis_str) + 2)
    lo, hi = p.span.lo, p.span.hi
    items = L.itemize_list(
        ctx,
        list(p.fields),
        terminator,
        ",",
        _struct_field_lo,
        lambda f: f.span.hi,
        lambda f: rewrite_pat_field(ctx, f, v_shape),
        ctx.src.span_after(lo, hi, "{"),
        hi,
    )
    tactic = L.struct_lit_tactic(h_shape, items)
    nested = L.shape_for_tactic(tactic, h_shape, v_shape)
    fmt = L.struct_lit_formatting(nested, tactic, False)
    fields_str = L.write_list(items, fmt)
    if fields_str is None:
        return None
    one_line_width = h_shape.width if h_shape is not None else 0
    has_trailing = fmt.needs_trailing_separator()
    if p.rest:
        if "\n" in fields_str or blen(fields_str) > one_line_width:
            if not has_trailing:
                fields_str += ","
            fields_str += "\n" + nested.indent.to_string()
        elif fields_str:
            fields_str += " " if has_trailing else ", "
        fields_str += ".."
    w = wrap_struct_field(ctx, (), fields_str, shape, v_shape, one_line_width)
    return None if w is None else f"{path_str} {{{w}}}"


def rewrite_pat_field(ctx: Ctx, f: ast.PatField, shape: Shape) -> str | None:
    from ferric.fmt.attr import rewrite_attrs

    hi_pos = f.attrs[-1].span.hi if f.attrs else f.pat.span.lo
    attrs_str = ""
    if f.attrs:
        a = rewrite_attrs(ctx, list(f.attrs), shape)
        if a is None:
            return None
        attrs_str = a
    pat_str = rewrite_pat(ctx, f.pat, shape)
    if pat_str is None:
        return None
    if f.is_shorthand:
        return combine_strs_with_missing_comments(ctx, attrs_str, pat_str, hi_pos, f.pat.span.lo, shape, False)
    nested = shape.block_indent(TAB_SPACES)
    id_str = ctx.snippet(f.ident.span.lo, f.ident.span.hi) or f.ident.name
    if len(id_str) + 2 + blen(pat_str) <= shape.width:
        s = f"{id_str}: {pat_str}"
    else:
        r = rewrite_pat(ctx, f.pat, nested)
        if r is None:
            return None
        s = f"{id_str}:\n{nested.indent.to_string()}{r}"
    return combine_strs_with_missing_comments(ctx, attrs_str, s, hi_pos, f.pat.span.lo, nested, False)


def can_be_overflowed_pat(ctx: Ctx, p: ast.Pat, n: int) -> bool:
    while True:
        if isinstance(p, ast.PathPat | ast.TuplePat | ast.StructPat | ast.TupleStructPat):
            return n == 1
        if isinstance(p, ast.IdentPat) and p.sub is None and not p.by_ref and p.mutbl is ast.Mutability.NOT:
            return False
        if isinstance(p, ast.RefPat | ast.BoxPat):
            p = p.pat
            continue
        if isinstance(p, ast.ExprPat):
            from ferric.fmt.expr import can_be_overflowed_expr

            return can_be_overflowed_expr(ctx, p.expr, n)
        return False


def rewrite_tuple_pat(
    ctx: Ctx, pats: tuple[ast.Pat, ...], path_str: str | None, lo: int, hi: int, shape: Shape
) -> str | None:
    if not pats:
        return f"{path_str or ''}()"
    items = [overflow.OItem(overflow.TUPLE_PAT, x, x.span.lo, x.span.hi) for x in pats]
    last_dotdot = isinstance(pats[-1], ast.RestPat)
    add_comma = path_str is None and len(pats) == 1 and not last_dotdot
    return overflow.rewrite_with_parens(
        ctx, path_str or "", items, shape, lo, hi, max_width(), L.SEP_ALWAYS if add_comma else None
    )
