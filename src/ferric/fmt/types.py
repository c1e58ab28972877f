"""Types, paths, generic arguments, generic parameters, bounds and where predicates
(rustfmt's `types.rs`).
"""

from __future__ import annotations

from typing import assert_never

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt.config import TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.expr import (
    Rewriter,
    rewrite_assign_rhs,
    rewrite_expr,
    rewrite_tuple,
    rewrite_unary_prefix,
)
from ferric.fmt.shape import Shape
from ferric.fmt.text import (
    blen,
    extra_offset,
    first_line_width,
    last_line_extendable,
    last_line_width,
)
from ferric.lexer.token import Lit
from ferric.syntax import ast

PATH_EXPR = 0
PATH_TYPE = 1
PATH_IMPORT = 2


def ty_rewriter(ctx: Ctx, t: ast.Ty) -> Rewriter:
    return lambda shape: rewrite_ty(ctx, t, shape)


def snip(ctx: Ctx, sp: object) -> str:
    lo, hi = sp.lo, sp.hi  # type: ignore[attr-defined]
    return ctx.snippet(lo, hi)


# -- paths ---------------------------------------------------------------------------------------


def rewrite_path(
    ctx: Ctx, path_ctx: int, qself: ast.QSelf | None, path: ast.Path, shape: Shape
) -> str | None:
    skip = qself.position if qself is not None else 0
    result = "::" if path.is_global and qself is None and path_ctx != PATH_IMPORT else ""
    span_lo = path.span.lo
    if qself is not None:
        t = rewrite_ty(ctx, qself.ty, shape)
        if t is None:
            return None
        result = "<" + t
        if skip > 0:
            result += " as "
            if path.is_global and path_ctx != PATH_IMPORT:
                result += "::"
            s = shape.sub_width(3)
            if s is None:
                return None
            r = _rewrite_path_segments(ctx, PATH_TYPE, result, path.segments[:skip], span_lo, path.span.hi, s)
            if r is None:
                return None
            result = r
        result += ">::"
        span_lo = qself.ty.span.hi + 1
    return _rewrite_path_segments(ctx, path_ctx, result, path.segments[skip:], span_lo, path.span.hi, shape)


def _rewrite_path_segments(
    ctx: Ctx,
    path_ctx: int,
    buf: str,
    segments: tuple[ast.PathSegment, ...],
    span_lo: int,
    span_hi: int,
    shape: Shape,
) -> str | None:
    shape = shape.visual_indent(0)
    first = True
    lo = [span_lo]
    for seg in segments:
        if first:
            first = False
        else:
            buf += "::"
        eo = extra_offset(buf, shape)
        ns = shape.shrink_left(eo)
        if ns is None:
            return None
        s = _rewrite_segment(ctx, path_ctx, seg, lo, span_hi, ns)
        if s is None:
            return None
        buf += s
    return buf


def _rewrite_segment(
    ctx: Ctx, path_ctx: int, seg: ast.PathSegment, span_lo: list[int], span_hi: int, shape: Shape
) -> str | None:
    result = ctx.snippet(seg.ident.span.lo, seg.ident.span.hi) or seg.ident.name
    s = shape.offset_left(blen(result))
    if s is None:
        return None
    if seg.args is not None:
        g = rewrite_generic_args(ctx, seg.args, s, span_lo[0], span_hi)
        if g is None:
            return None
        if isinstance(seg.args, ast.AngleBracketedArgs) and seg.args.args:
            sep_snip = ctx.snippet(seg.ident.span.hi, seg.args.span.lo).strip()
            force = ctx.inside_macro and sep_snip.startswith("::")
            if path_ctx == PATH_EXPR or force:
                result += "::"
            span_lo[0] = ctx.src.span_after(span_lo[0], span_hi, "<")
        result += g
    return result


def _arg_span(a: ast.AngleBracketedArg) -> tuple[int, int]:
    if isinstance(a, ast.LifetimeArg):
        return a.lifetime.ident.span.lo, a.lifetime.ident.span.hi
    if isinstance(a, ast.TypeArg):
        return a.ty.span.lo, a.ty.span.hi
    if isinstance(a, ast.ConstArg):
        return a.value.value.span.lo, a.value.value.span.hi
    return a.span.lo, a.span.hi


def rewrite_generic_args(
    ctx: Ctx, args: ast.GenericArgs, shape: Shape, lo: int, hi: int
) -> str | None:
    if isinstance(args, ast.AngleBracketedArgs):
        if not args.args:
            return ""
        items = []
        for a in args.args:
            alo, ahi = _arg_span(a)
            items.append(overflow.OItem(overflow.SEGMENT_PARAM, a, alo, ahi))
        return overflow.rewrite_with_angle_brackets(ctx, "", items, shape, lo, hi)
    return format_function_type(
        ctx,
        [overflow.OItem(overflow.TY, t, t.span.lo, t.span.hi) for t in args.inputs],
        args.output,
        False,
        args.span.lo,
        args.span.hi,
        shape,
    )


def rewrite_generic_arg(ctx: Ctx, a: ast.GenericArg, shape: Shape) -> str | None:
    if isinstance(a, ast.LifetimeArg):
        return a.lifetime.ident.name
    if isinstance(a, ast.TypeArg):
        return rewrite_ty(ctx, a.ty, shape)
    return rewrite_expr(ctx, a.value.value, shape)


def rewrite_segment_param(ctx: Ctx, a: ast.AngleBracketedArg, shape: Shape) -> str | None:
    if isinstance(a, ast.AssocItemConstraint):
        return _rewrite_constraint(ctx, a, shape)
    return rewrite_generic_arg(ctx, a, shape)


def segment_param_can_be_overflowed(ctx: Ctx, a: ast.AngleBracketedArg, n: int) -> bool:
    return isinstance(a, ast.TypeArg) and can_be_overflowed_type(ctx, a.ty, n)


def _rewrite_constraint(ctx: Ctx, c: ast.AssocItemConstraint, shape: Shape) -> str | None:
    result = ctx.snippet(c.ident.span.lo, c.ident.span.hi) or c.ident.name
    if c.gen_args is not None:
        if shape.width < len(result):
            return None
        s = Shape.legacy(shape.width - len(result), shape.indent.plus(len(result)))
        g = rewrite_generic_args(ctx, c.gen_args, s, c.gen_args.span.lo, c.gen_args.span.hi)
        if g is None:
            return None
        result += g
    result += ": " if c.bounds is not None else " = "
    if shape.width < blen(result):
        return None
    s = Shape.legacy(shape.width - blen(result), shape.indent.plus(blen(result)))
    if c.bounds is not None:
        r = rewrite_bounds(ctx, c.bounds, s) if c.bounds else ""
    elif isinstance(c.term, ast.AnonConst):
        r = rewrite_expr(ctx, c.term.value, s)
    elif c.term is not None:
        r = rewrite_ty(ctx, c.term, s)
    else:
        r = ""
    return None if r is None else result + r


def format_function_type(
    ctx: Ctx,
    inputs: list[overflow.OItem],
    output: ast.FnRetTy,
    variadic: bool,
    lo: int,
    hi: int,
    shape: Shape,
) -> str | None:
    ty_shape = shape.offset_left(4)
    if ty_shape is None:
        return None
    if isinstance(output, ast.DefaultRetTy):
        out = ""
    else:
        t = rewrite_ty(ctx, output, ty_shape)
        if t is None:
            return None
        out = " -> " + t
    list_shape = Shape.indented(shape.block().indent.indent_block())
    list_lo = ctx.src.span_after(lo, hi, "(")
    if not inputs:
        tactic = _get_tactics([], out, shape)
        list_hi = ctx.src.span_before(list_lo, hi, ")")
        comment = ctx.snippet(list_lo, list_hi).strip()
        if comment.startswith("//"):
            comment = list_shape.indent.to_string_with_newline() + comment + shape.block().indent.to_string_with_newline()
        list_str = comment
    else:
        items = L.itemize_list(
            ctx, inputs, ")", ",", lambda i: i.lo, lambda i: i.hi,
            lambda i: i.rewrite(ctx, list_shape), list_lo, hi,
        )
        tactic = _get_tactics(items, out, shape)
        trailing = L.SEP_NEVER if variadic else L.SEP_VERTICAL
        s = L.write_list(
            items,
            L.ListFormatting(
                list_shape,
                tactic=tactic,
                trailing_separator=trailing,
                ends_with_newline=tactic in (L.VERTICAL, L.MIXED),
                preserve_newline=True,
            ),
        )
        if s is None:
            return None
        list_str = s
    if tactic == L.HORIZONTAL or not inputs:
        args = f"({list_str})"
    else:
        args = (
            "(" + list_shape.indent.to_string_with_newline() + list_str
            + shape.block().indent.to_string_with_newline() + ")"
        )
    if not out or last_line_width(args) + first_line_width(out) <= shape.width:
        return args + out
    return args + "\n" + list_shape.indent.to_string() + out.lstrip()


def _get_tactics(items: list[L.ListItem], output: str, shape: Shape) -> int:
    if "\n" in output:
        return L.VERTICAL
    return L.definitive_tactic(
        items, L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, max(0, shape.width - (2 + len(output)))
    )


# -- types ---------------------------------------------------------------------------------------


def rewrite_ty(ctx: Ctx, t: ast.Ty, shape: Shape) -> str | None:
    from ferric.fmt.macros import MACRO_EXPRESSION, rewrite_macro
    from ferric.fmt.pairs import rewrite_pair

    match t:
        case ast.TraitObjectTy():
            dyn = t.syntax is ast.TraitObjectSyntax.DYN
            s = shape.offset_left(4) if dyn else shape
            if s is None:
                return None
            b = rewrite_bounds(ctx, t.bounds, s)
            if b is None:
                return None
            # A trailing `+` (`(foo+)` in a macro's arguments) is kept, as rustfmt does.
            trailing_plus = ctx.snippet(t.span.lo, t.span.hi).rstrip().endswith("+")
            if ctx.inside_macro and len(t.bounds) == 1 and not b.endswith("+") and trailing_plus:
                b += "+"
            return "dyn " + b if dyn else b
        case ast.PtrTy():
            prefix = "*mut " if t.mutbl is ast.Mutability.MUT else "*const "
            return rewrite_unary_prefix(ctx, prefix, ty_rewriter(ctx, t.ty), shape)
        case ast.RefTy():
            return _rewrite_ref_ty(ctx, t, shape)
        case ast.ParenTy():
            if shape.width < 2:
                return None
            r = rewrite_ty(ctx, t.ty, Shape.legacy(shape.width - 2, shape.indent.plus(1)))
            return None if r is None else f"({r})"
        case ast.SliceTy():
            if shape.width < 4:
                return None
            r = rewrite_ty(ctx, t.elem, Shape.legacy(shape.width - 4, shape.indent.plus(1)))
            return None if r is None else f"[{r}]"
        case ast.TupleTy():
            return rewrite_tuple(
                ctx,
                [overflow.OItem(overflow.TY, x, x.span.lo, x.span.hi) for x in t.elems],
                t.span.lo, t.span.hi, shape, len(t.elems) == 1,
            )
        case ast.PathTy():
            return rewrite_path(ctx, PATH_TYPE, t.qself, t.path, shape)
        case ast.ArrayTy():
            return rewrite_pair(
                ctx, ty_rewriter(ctx, t.elem), lambda s: rewrite_expr(ctx, t.len.value, s),
                "[", "; ", "]", shape, front=False,
            )
        case ast.InferTy():
            return "_" if shape.width >= 1 else None
        case ast.BareFnTy():
            return _rewrite_fn_ptr(ctx, t, shape)
        case ast.NeverTy():
            return "!"
        case ast.MacCallTy():
            return rewrite_macro(ctx, t.mac, shape, MACRO_EXPRESSION)
        case ast.ImplicitSelfTy():
            return ""
        case ast.ImplTraitTy():
            if not t.bounds:
                return "impl"
            b = rewrite_bounds(ctx, t.bounds, shape)
            return None if b is None else ("impl " + b if b else "impl")
        case ast.CVarArgsTy():
            return "..."
        case ast.ErrTy():
            return ctx.snippet(t.span.lo, t.span.hi)
        case _:
            assert_never(t)


def _rewrite_ref_ty(ctx: Ctx, t: ast.RefTy, shape: Shape) -> str | None:
    from ferric.fmt.comment import combine_strs_with_missing_comments

    src = ctx.src
    mut = "mut " if t.mutbl is ast.Mutability.MUT else ""
    result = "&"
    ref_hi = src.span_after(t.span.lo, t.span.hi, "&")
    cmnt_lo = ref_hi
    if t.lifetime is not None:
        if shape.width < 2 + len(mut):
            return None
        lt = t.lifetime.ident
        lt_str = ctx.snippet(lt.span.lo, lt.span.hi) or lt.name
        if src.contains_comment(cmnt_lo, lt.span.lo):
            r = combine_strs_with_missing_comments(ctx, result, lt_str, cmnt_lo, lt.span.lo, shape, True)
            if r is None:
                return None
            result = r
        else:
            result += lt_str
        result += " "
        cmnt_lo = lt.span.hi
    if mut:
        mut_hi = src.span_after(t.span.lo, t.span.hi, "mut")
        if src.contains_comment(cmnt_lo, mut_hi - 3):
            r = combine_strs_with_missing_comments(ctx, result.rstrip(), mut, cmnt_lo, mut_hi - 3, shape, True)
            if r is None:
                return None
            result = r
        else:
            result += mut
        cmnt_lo = mut_hi
    if src.contains_comment(cmnt_lo, t.ty.span.lo):
        ty_str = rewrite_ty(ctx, t.ty, shape)
        if ty_str is None:
            return None
        return combine_strs_with_missing_comments(ctx, result.rstrip(), ty_str, cmnt_lo, t.ty.span.lo, shape, True)
    used = last_line_width(result)
    if shape.width < used:
        return None
    r = rewrite_ty(ctx, t.ty, Shape.legacy(shape.width - used, shape.indent.plus(used)))
    return None if r is None else result + r


def format_extern(abi: Lit | None, bare: bool, ctx: Ctx | None = None) -> str:
    if abi is not None:
        return f'extern "{abi.symbol}" '
    if bare:
        return 'extern "C" '
    return ""


def _rewrite_fn_ptr(ctx: Ctx, t: ast.BareFnTy, shape: Shape) -> str | None:
    from ferric.fmt.closures import span_lo_for_param

    result = ""
    if t.generic_params:
        b = rewrite_bound_params(ctx, shape, t.generic_params)
        if b is not None:
            result += f"for<{b}> "
    if t.safety is ast.Safety.UNSAFE:
        result += "unsafe "
    result += format_extern(t.abi, t.abi_written_bare)
    result += "fn"
    s = shape.offset_left(len(result))
    if s is None:
        return None
    variadic = bool(t.decl.inputs) and isinstance(t.decl.inputs[-1].ty, ast.CVarArgsTy)
    items = [
        overflow.OItem(overflow.PARAM, p, span_lo_for_param(p), p.ty.span.hi)
        for p in t.decl.inputs
    ]
    r = format_function_type(ctx, items, t.decl.output, variadic, t.span.lo, t.span.hi, s)
    return None if r is None else result + r


def can_be_overflowed_type(ctx: Ctx, t: ast.Ty, n: int) -> bool:
    while True:
        if isinstance(t, ast.TupleTy):
            return n == 1
        if isinstance(t, ast.RefTy | ast.PtrTy):
            t = t.ty
            continue
        return False


# -- bounds and generic parameters ---------------------------------------------------------------


def _bound_span(b: ast.GenericBound) -> tuple[int, int]:
    if isinstance(b, ast.OutlivesBound):
        return b.lifetime.ident.span.lo, b.lifetime.ident.span.hi
    return b.span.lo, b.span.hi


def rewrite_bound(ctx: Ctx, b: ast.GenericBound, shape: Shape) -> str | None:
    if isinstance(b, ast.TraitBound):
        r = rewrite_poly_trait_ref(ctx, b.poly, shape)
        if r is None:
            return None
        return f"({r})" if b.poly.parens else r
    if isinstance(b, ast.OutlivesBound):
        return b.lifetime.ident.name
    items = []
    for a in b.args:
        if isinstance(a, ast.Lifetime):
            items.append(overflow.OItem(overflow.KEYWORD, a.ident.name, a.ident.span.lo, a.ident.span.hi))
        else:
            items.append(overflow.OItem(overflow.KEYWORD, ctx.snippet(a.span.lo, a.span.hi), a.span.lo, a.span.hi))
    return overflow.rewrite_with_angle_brackets(ctx, "use", items, shape, b.span.lo, b.span.hi)


def rewrite_poly_trait_ref(ctx: Ctx, p: ast.PolyTraitRef, shape: Shape) -> str | None:
    binder = ""
    if p.bound_generic_params:
        b = rewrite_bound_params(ctx, shape, p.bound_generic_params)
        if b is not None:
            s = shape.offset_left(len(b) + 6)
            if s is None:
                return None
            shape = s
            binder = f"for<{b}> "
    constness = "const " if p.constness else ""
    asyncness = "async " if p.asyncness else ""
    polarity = p.polarity.value
    s = shape.offset_left(len(constness) + len(polarity))
    if s is None:
        return None
    path = rewrite_path(ctx, PATH_TYPE, None, p.trait_ref.path, s)
    return None if path is None else f"{binder}{constness}{asyncness}{polarity}{path}"


def _bounds_in_order(bounds: tuple[ast.GenericBound, ...]) -> bool:
    last_trait = -1
    first_lt = -1
    for i, b in enumerate(bounds):
        if isinstance(b, ast.OutlivesBound):
            if first_lt < 0:
                first_lt = i
        else:
            last_trait = i
    if last_trait >= 0 and first_lt >= 0:
        return last_trait < first_lt
    return True


def rewrite_bounds(ctx: Ctx, bounds: tuple[ast.GenericBound, ...], shape: Shape) -> str | None:
    if not bounds:
        return ""
    return join_bounds(ctx, shape, bounds, True, False)


def join_bounds(
    ctx: Ctx, shape: Shape, items: tuple[ast.GenericBound, ...], need_indent: bool, force_newline: bool
) -> str | None:
    from ferric.fmt.comment import combine_strs_with_missing_comments

    src = ctx.src
    in_order = _bounds_in_order(items)
    result = ""
    prev_extendable = False
    prev_trailing: tuple[int, int] | None = None
    n = len(items)
    for i, item in enumerate(items):
        lo, hi = _bound_span(item)
        trailing: tuple[int, int] | None = None
        if i < n - 1:
            nlo = _bound_span(items[i + 1])[0]
            plus = src.find_uncommented(hi, nlo, "+")
            trailing = (hi, plus if plus is not None else nlo)
        leading: tuple[int, int] | None = None
        has_leading_comment = False
        if i > 0:
            phi = _bound_span(items[i - 1])[1]
            after_plus = src.opt_span_after(phi, lo, "+")
            llo = after_plus if after_plus is not None else phi
            leading = (llo, lo)
            has_leading_comment = src.contains_comment(llo, lo)
        prev_has_trailing = prev_trailing is not None and src.contains_comment(*prev_trailing)
        s = shape.block_indent(TAB_SPACES).with_max_width() if (need_indent and force_newline) else shape
        if force_newline and (not prev_extendable or not in_order):
            whitespace = s.indent.to_string_with_newline()
        else:
            whitespace = " "
        joiner = whitespace + "+ "
        if has_leading_comment:
            joiner = joiner.rstrip()
        if prev_has_trailing:
            joiner = joiner.lstrip()
        b = rewrite_bound(ctx, item, s)
        if b is None:
            return None
        extendable = True if isinstance(item, ast.OutlivesBound) else last_line_extendable(b)
        if i == 0:
            piece = b
        elif has_leading_comment and leading is not None:
            c = combine_strs_with_missing_comments(ctx, joiner, b, leading[0], leading[1], s, True)
            if c is None:
                return None
            piece = c
        else:
            piece = joiner + b
        if prev_has_trailing and prev_trailing is not None:
            c = combine_strs_with_missing_comments(ctx, result, piece, prev_trailing[0], prev_trailing[1], s, True)
            if c is None:
                return None
            result = c
        else:
            result += piece
        prev_extendable = extendable
        prev_trailing = trailing
    if not force_newline and n > 1 and ("\n" in result or blen(result) > shape.width):
        return join_bounds(ctx, shape, items, need_indent, True)
    return result


def rewrite_bound_params(ctx: Ctx, shape: Shape, params: tuple[ast.GenericParam, ...]) -> str | None:
    parts = []
    for p in params:
        r = rewrite_generic_param(ctx, p, shape)
        if r is None:
            return None
        parts.append(r)
    s = ", ".join(parts)
    return s if s else None


def rewrite_generic_param(ctx: Ctx, p: ast.GenericParam, shape: Shape) -> str | None:
    from ferric.fmt.attr import rewrite_attrs

    result = ""
    if p.attrs:
        result = rewrite_attrs(ctx, list(p.attrs), shape) or ""
    has_attrs = bool(result)
    if p.kind is ast.GenericParamKind.CONST:
        param = "const " + p.ident.name + ": "
        if p.const_ty is not None:
            t = rewrite_ty(ctx, p.const_ty, shape)
            if t is None:
                return None
            param += t
        if p.const_default is not None:
            param += " = "
            if shape.width < blen(param):
                return None
            r = rewrite_expr(ctx, p.const_default.value, Shape.legacy(shape.width - blen(param), shape.indent))
            if r is None:
                return None
            param += r
    else:
        param = p.ident.name
    if p.bounds:
        b = rewrite_bounds(ctx, p.bounds, shape)
        if b is None:
            return None
        param += ": " + b
    if p.kind is ast.GenericParamKind.TYPE and p.default is not None:
        param += " = "
        if shape.width < blen(param):
            return None
        r = rewrite_ty(ctx, p.default, Shape.legacy(shape.width - blen(param), shape.indent.plus(blen(param))))
        if r is None:
            return None
        param += r
    if p.attrs and isinstance(p.attrs[-1].kind, ast.DocComment):
        result += shape.indent.to_string_with_newline()
    elif has_attrs:
        result += " "
    return result + param


def generic_param_span(p: ast.GenericParam) -> tuple[int, int]:
    lo = p.attrs[0].span.lo if p.attrs else p.span.lo
    return lo, p.span.hi


def rewrite_where_predicate(ctx: Ctx, pred: ast.WherePredicate, shape: Shape) -> str | None:
    if isinstance(pred, ast.BoundPredicate):
        t = rewrite_ty(ctx, pred.bounded_ty, shape)
        if t is None:
            return None
        lhs = t + ":"
        if pred.bound_generic_params:
            b = rewrite_bound_params(ctx, shape, pred.bound_generic_params)
            if b is not None:
                lhs = f"for<{b}> {t}:"
        bounds = pred.bounds
        return rewrite_assign_rhs(ctx, lhs, lambda s: rewrite_bounds(ctx, bounds, s), shape)
    if isinstance(pred, ast.RegionPredicate):
        result = pred.lifetime.ident.name
        if not pred.bounds:
            return result
        overhead = last_line_width(result) + 2
        s = shape.sub_width(overhead)
        if s is None:
            return None
        b = join_bounds(ctx, s, pred.bounds, True, False)
        return None if b is None else result + ": " + b
    lt = rewrite_ty(ctx, pred.lhs_ty, shape)
    if lt is None:
        return None
    rhs = pred.rhs_ty
    return rewrite_assign_rhs(ctx, lt + " =", ty_rewriter(ctx, rhs), shape)


_ = first_line_width
