"""Functions and the parts shared by items (rustfmt's `items.rs`, first half): `let`
statements (with `let ... else`), function signatures and parameters, generics, where
clauses, visibility, `static`/`const`, type aliases.

Structs, enums, impls and traits are in `adts`.
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt import syntax_util as su
from ferric.fmt.blocks import rewrite_block_inner
from ferric.fmt.comment import (
    combine_strs_with_missing_comments,
    recover_comment_removed,
    recover_missing_comment_in_span,
    rewrite_missing_comment,
)
from ferric.fmt.config import SINGLE_LINE_LET_ELSE_MAX_WIDTH, TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.expr import (
    RHS_DEFAULT,
    expr_rewriter,
    rewrite_assign_rhs,
    rewrite_assign_rhs_with_comments,
)
from ferric.fmt.shape import EMPTY_INDENT, Indent, Shape
from ferric.fmt.text import (
    blen,
    first_line_width,
    last_line_contains_single_line_comment,
    last_line_used_width,
    last_line_width,
    starts_with_newline,
)
from ferric.fmt.types import rewrite_ty, ty_rewriter
from ferric.syntax import ast

FN_SAME_LINE = 0
FN_NEXT_LINE = 1
FN_NONE = 2

WHERE_SPACE = 0
WHERE_NEWLINE = 1
WHERE_NONE = 2


def format_visibility(ctx: Ctx, vis: ast.Visibility) -> str:
    if vis.kind == "public":
        return "pub "
    if vis.kind == "restricted" and vis.path is not None:
        segs = [ctx.snippet(s.ident.span.lo, s.ident.span.hi) or s.ident.name for s in vis.path.segments]
        path = "::".join(segs)
        in_str = "" if path in ("crate", "self", "super") else "in "
        return f"pub({in_str}{path}) "
    return ""


# -- let ---------------------------------------------------------------------------------------


def rewrite_local(ctx: Ctx, s: ast.LetStmt, shape: Shape) -> str | None:
    from ferric.fmt.attr import rewrite_attrs
    from ferric.fmt.patterns import rewrite_pat

    if su.contains_skip(s.attrs):
        return None
    attrs = su.outer_attrs(s.attrs)
    if attrs:
        a = rewrite_attrs(ctx, attrs, shape)
        if a is None:
            return None
        r = combine_strs_with_missing_comments(ctx, a, "let ", attrs[-1].span.hi, s.span.lo, shape, False)
        if r is None:
            return None
        result = r
    else:
        result = "let "
    let_kw_offset = len(result) - 4
    ps = shape.offset_left(4)
    ps = ps.sub_width(1) if ps is not None else None
    if ps is None:
        return None
    pat_str = rewrite_pat(ctx, s.pat, ps)
    if pat_str is None:
        return None
    result += pat_str
    infix = ""
    if s.ty is not None:
        base = shape.with_max_width() if "\n" in pat_str else shape
        ts = base.offset_left(last_line_width(result) + 2)
        ts = ts.sub_width(2) if ts is not None else None
        if ts is None:
            return None
        t = rewrite_ty(ctx, s.ty, ts)
        if t is None:
            return None
        infix += ": " + t
    if s.init is not None:
        infix += " ="
    result += infix
    if s.init is not None:
        nested = shape.sub_width(1)
        if nested is None:
            return None
        r = rewrite_assign_rhs(ctx, result, expr_rewriter(ctx, s.init), nested)
        if r is None:
            return None
        result = r
        if s.els is not None:
            from ferric.fmt.control import rewrite_else_kw_with_comments

            block = s.els
            init_str = result
            force_newline_else = "\n" in pat_str or not _same_line_else_kw_and_brace(
                ctx, init_str, s.init.span.hi, block.span.lo, nested
            )
            result += rewrite_else_kw_with_comments(
                ctx, force_newline_else, True, s.init.span.hi, block.span.lo, shape
            )
            max_width = min(shape.width, SINGLE_LINE_LET_ELSE_MAX_WIDTH)
            available = max(0, max_width - blen(result))
            allow_single_line = (
                not force_newline_else
                and available > 0
                and "\n" not in result
                and len(block.stmts) <= 1
            )
            rw = rewrite_block_inner(ctx, block, None, None, allow_single_line, shape)
            if rw is None:
                return None
            if allow_single_line and "\n" not in rw and blen(rw) + 1 > available:
                rw = rewrite_block_inner(ctx, block, None, None, False, shape)
                if rw is None:
                    return None
            result += rw
    _ = let_kw_offset
    return result + ";"


def _same_line_else_kw_and_brace(ctx: Ctx, init_str: str, lo: int, hi: int, init_shape: Shape) -> bool:
    if "\n" not in init_str:
        return max(0, init_shape.width - blen(init_str)) >= 7
    if not init_str.endswith((")", "]", "}")):
        return False
    if ctx.snippet(lo, hi).strip() != "else":
        return False
    indent = init_shape.indent.to_string()
    last = init_str.split("\n")[-1]
    if not last.startswith(indent):
        return False
    rest = last[len(indent) :]
    return not (rest[:1].isspace())


# -- functions ---------------------------------------------------------------------------------


class FnSig:
    __slots__ = ("decl", "generics", "header", "is_default", "vis")

    def __init__(
        self, header: ast.FnHeader, decl: ast.FnDecl, generics: ast.Generics, vis: ast.Visibility, is_default: bool
    ) -> None:
        self.header = header
        self.decl = decl
        self.generics = generics
        self.vis = vis
        self.is_default = is_default

    def to_str(self, ctx: Ctx) -> str:
        from ferric.fmt.types import format_extern

        h = self.header
        r = format_visibility(ctx, self.vis)
        if self.is_default:
            r += "default "
        if h.is_const:
            r += "const "
        if h.is_async:
            r += "async "
        if h.safety is ast.Safety.UNSAFE:
            r += "unsafe "
        elif h.safety is ast.Safety.SAFE:
            r += "safe "
        r += format_extern(h.ext, h.ext_bare)
        return r


def fn_sig_of(it: ast.FnItem) -> FnSig:
    return FnSig(it.sig.header, it.sig.decl, it.generics, it.vis, it.is_default)


def is_named_param(p: ast.Param) -> bool:
    if isinstance(p.pat, ast.IdentPat):
        return p.pat.ident.name != ""
    return not (isinstance(p.pat, ast.WildPat) and (p.pat.span.lo == p.pat.span.hi or isinstance(p.ty, ast.CVarArgsTy)))


def param_lo(p: ast.Param) -> int:
    if p.attrs:
        return p.attrs[0].span.lo
    if _is_self_param(p):
        return p.span.lo
    return p.pat.span.lo if is_named_param(p) else p.ty.span.lo


def _is_self_param(p: ast.Param) -> bool:
    pat = p.pat
    return isinstance(pat, ast.IdentPat) and pat.ident.name == "self" and not pat.by_ref


def _param_omits_type(p: ast.Param) -> bool:
    t = p.ty
    return isinstance(t, ast.InferTy) and (t.span.lo == t.span.hi or t.span.hi == p.pat.span.hi)


def rewrite_param(ctx: Ctx, p: ast.Param, shape: Shape) -> str | None:
    from ferric.fmt.attr import rewrite_attrs
    from ferric.fmt.patterns import rewrite_pat

    attrs_str = ""
    if p.attrs:
        a = rewrite_attrs(ctx, list(p.attrs), Shape.legacy(shape.width, shape.indent))
        if a is None:
            return None
        attrs_str = a
        span = (p.attrs[-1].span.hi, p.pat.span.lo)
        multi = "\n" in attrs_str
        doc = any(isinstance(a.kind, ast.DocComment) for a in p.attrs)
    else:
        span = (p.span.lo, p.span.lo)
        multi = False
        doc = False
    if _is_self_param(p):
        pat = p.pat
        assert isinstance(pat, ast.IdentPat)
        ty = p.ty
        mut = "mut " if pat.mutbl is ast.Mutability.MUT else ""
        if isinstance(ty, ast.ImplicitSelfTy):
            self_str = f"{mut}self"
        elif isinstance(ty, ast.RefTy) and isinstance(ty.ty, ast.ImplicitSelfTy):
            lt = ty.lifetime.ident.name + " " if ty.lifetime is not None else ""
            m = "mut " if ty.mutbl is ast.Mutability.MUT else ""
            self_str = f"&{lt}{m}self"
        else:
            t = rewrite_ty(ctx, ty, Shape.legacy(max_width(), EMPTY_INDENT))
            if t is None:
                return None
            self_str = f"{mut}self: {t}"
        return combine_strs_with_missing_comments(ctx, attrs_str, self_str, span[0], span[1], shape, not multi)
    if not is_named_param(p):
        return rewrite_ty(ctx, p.ty, shape)
    name = rewrite_pat(ctx, p.pat, Shape.legacy(shape.width, shape.indent))
    if name is None:
        return None
    result = combine_strs_with_missing_comments(
        ctx, attrs_str, name, span[0], span[1], shape, not multi and not doc
    )
    if result is None:
        return None
    if _param_omits_type(p):
        return result
    colon = ctx.src.find_uncommented(p.pat.span.hi, p.ty.span.lo, ":")
    before = after = ""
    if colon is not None:
        b = rewrite_missing_comment(ctx, p.pat.span.hi, colon, shape)
        a2 = rewrite_missing_comment(ctx, colon + 1, p.ty.span.lo, shape)
        before = " " + b if b else ""
        after = a2 + " " if a2 else ""
    result += before + ": " + after
    overhead = last_line_width(result)
    if shape.width < overhead:
        return None
    t = rewrite_ty(ctx, p.ty, Shape.legacy(shape.width - overhead, shape.indent))
    if t is None:
        return None
    return result + t


def rewrite_ret_ty(ctx: Ctx, out: ast.FnRetTy, shape: Shape) -> str | None:
    if isinstance(out, ast.DefaultRetTy):
        return ""
    if shape.width < 3:
        return None
    t = rewrite_ty(ctx, out, Shape.legacy(shape.width - 3, shape.indent.plus(3)))
    return None if t is None else "-> " + t


def rewrite_generics(ctx: Ctx, ident: str, g: ast.Generics, shape: Shape) -> str | None:
    if not g.params:
        return ident
    from ferric.fmt.types import generic_param_span

    items = []
    for p in g.params:
        lo, hi = generic_param_span(p)
        items.append(overflow.OItem(overflow.GENERIC_PARAM, p, lo, hi))
    return overflow.rewrite_with_angle_brackets(ctx, ident, items, shape, g.span.lo, g.span.hi)


def _compute_budgets_for_params(
    ctx: Ctx, result: str, indent: Indent, ret_str_len: int, brace: int, force_vertical: bool
) -> tuple[int, int, Indent]:
    if "\n" not in result and not force_vertical:
        overhead = 2 if ret_str_len == 0 else 3
        used = indent.width() + blen(result) + ret_str_len + overhead
        if brace == FN_NONE:
            used += 1
        elif brace == FN_SAME_LINE:
            used += 2
        one_line_budget = ctx.budget(used)
        if one_line_budget > 0:
            ni = indent.indent_block()
            return one_line_budget, ctx.budget(ni.width() + 1), ni
    ni = indent.indent_block()
    return 0, ctx.budget(ni.width() + 1), ni


def _rewrite_params(
    ctx: Ctx,
    params: tuple[ast.Param, ...],
    one_line_budget: int,
    multi_line_budget: int,
    indent: Indent,
    param_indent: Indent,
    lo: int,
    hi: int,
    variadic: bool,
) -> str | None:
    if not params:
        return ctx.snippet(lo, hi - 1).strip()

    def rw(p: ast.Param) -> str | None:
        r = rewrite_param(ctx, p, Shape.legacy(multi_line_budget, param_indent))
        return r if r is not None else ctx.snippet(param_lo(p), p.ty.span.hi)

    items = L.itemize_list(ctx, list(params), ")", ",", param_lo, lambda p: p.ty.span.hi, rw, lo, hi)
    tactic = L.definitive_tactic(items, L.LT_HORIZONTAL_VERTICAL, L.SEP_COMMA, one_line_budget)
    budget = one_line_budget if tactic == L.HORIZONTAL else multi_line_budget
    fmt = L.ListFormatting(
        Shape.legacy(budget, indent.indent_block()),
        tactic=tactic,
        trailing_separator=L.SEP_NEVER if variadic else L.SEP_VERTICAL,
        ends_with_newline=tactic in (L.VERTICAL, L.MIXED),
        preserve_newline=True,
    )
    return L.write_list(items, fmt)


def rewrite_fn_base(
    ctx: Ctx, indent: Indent, ident: ast.Ident, sig: FnSig, lo: int, hi: int, brace: int
) -> tuple[str, bool, bool] | None:
    force_nl_brace = False
    wc = sig.generics.where_clause
    result = sig.to_str(ctx) + "fn "
    overhead = 4 if brace == FN_SAME_LINE else 2
    used_width = last_line_used_width(result, indent.width())
    one_line_budget = ctx.budget(used_width + overhead)
    shape = Shape(one_line_budget, indent, used_width)
    fd = sig.decl
    name = ctx.snippet(ident.span.lo, ident.span.hi) or ident.name
    g = rewrite_generics(ctx, name, sig.generics, shape)
    if g is None:
        return None
    result += g
    gl = g.split("\n")[-1]
    snuggle_angle = len(gl.lstrip()) == 1
    ret_str = rewrite_ret_ty(ctx, fd.output, Shape.indented(indent))
    if ret_str is None:
        return None
    multi_ret = "\n" in ret_str
    ret_len = 0 if multi_ret else blen(ret_str)
    one_line_budget, multi_line_budget, param_indent = _compute_budgets_for_params(
        ctx, result, indent, ret_len, brace, multi_ret
    )
    _ = snuggle_angle
    result += "("
    gen_hi = sig.generics.span.hi if sig.generics.params else ident.span.hi
    open_paren = ctx.src.span_after(gen_hi, hi, "(")
    if fd.inputs:
        params_end = ctx.src.span_after(fd.inputs[-1].ty.span.hi, hi, ")")
    else:
        params_end = ctx.src.span_after(gen_hi, hi, ")")
    variadic = bool(fd.inputs) and isinstance(fd.inputs[-1].ty, ast.CVarArgsTy)
    param_str = _rewrite_params(
        ctx, fd.inputs, one_line_budget, multi_line_budget, indent, param_indent,
        open_paren, params_end, variadic,
    )
    if param_str is None:
        return None
    put_in_block = ("\n" in param_str or blen(param_str) > one_line_budget) and bool(fd.inputs)
    last_line_comment = False
    if put_in_block:
        param_indent = indent.indent_block()
        result += param_indent.to_string_with_newline() + param_str + indent.to_string_with_newline() + ")"
    else:
        result += param_str
        uw = last_line_used_width(result, indent.width()) + first_line_width(ret_str)
        closing_overflow = not fd.inputs and uw + 1 > max_width()
        last_line_comment = "//" in param_str.split("\n")[-1] if param_str else False
        if closing_overflow or last_line_comment:
            result += indent.to_string_with_newline()
        result += ")"
    if not isinstance(fd.output, ast.DefaultRetTy):
        if put_in_block or not fd.inputs or last_line_comment:
            ret_should_indent = False
        elif "\n" in result or multi_ret:
            ret_should_indent = True
        else:
            sig_length = blen(result) + indent.width() + ret_len + 1
            if not wc.predicates:
                sig_length += 2
            ret_should_indent = sig_length > max_width()
        if ret_should_indent:
            if not param_str:
                force_nl_brace = True
                ind = indent.plus(4)
            else:
                ind = param_indent
            result += ind.to_string_with_newline()
            ret_shape = Shape.indented(ind)
        else:
            result += " "
            rs = Shape.indented(indent)
            ret_shape = rs.offset_left(last_line_width(result)) or rs
        if multi_ret or ret_should_indent:
            r = rewrite_ret_ty(ctx, fd.output, ret_shape)
            if r is None:
                return None
            result += r
        else:
            result += ret_str
        if not wc.predicates:
            snippet = ctx.snippet(fd.output.span.hi, hi)
            s1 = snippet.lstrip(" ")
            starts_nl = starts_with_newline(s1)
            s2 = snippet.rstrip(" ")
            ends_nl = s2.endswith("\n")
            t = snippet.strip()
            if t:
                result += ("\n" if starts_nl else " ") + t
                if ends_nl:
                    force_nl_brace = True
    pos_before_where = params_end if isinstance(fd.output, ast.DefaultRetTy) else fd.output.span.hi
    multi_params = "\n" in param_str
    space = WHERE_SPACE if (put_in_block and not ret_str) else WHERE_NEWLINE
    opt = WhereClauseOption(brace == FN_NONE, space)
    if multi_params:
        opt.veto_single_line = True
    where_str = rewrite_where_clause(
        ctx, wc, Shape.indented(indent), True, "{", hi, pos_before_where, opt
    )
    if where_str is None:
        return None
    if not where_str and isinstance(fd.output, ast.DefaultRetTy):
        mc = recover_missing_comment_in_span(ctx, params_end, hi, shape, last_line_width(result))
        if mc:
            result += mc
            force_nl_brace = True
    result += where_str
    ends_with_comment = last_line_contains_single_line_comment(result)
    force_nl_brace = force_nl_brace or ends_with_comment
    return result, ends_with_comment, force_nl_brace


def newline_for_brace(wc: ast.WhereClause) -> int:
    return FN_NEXT_LINE if wc.predicates else FN_SAME_LINE


# -- where clauses -----------------------------------------------------------------------------


class WhereClauseOption:
    __slots__ = ("allow_single_line", "snuggle", "suppress_comma", "veto_single_line")

    def __init__(self, suppress_comma: bool, snuggle: int) -> None:
        self.suppress_comma = suppress_comma
        self.snuggle = snuggle
        self.allow_single_line = False
        self.veto_single_line = False

    @staticmethod
    def snuggled(current: str) -> WhereClauseOption:
        return WhereClauseOption(False, WHERE_SPACE if last_line_width(current) == 1 else WHERE_NEWLINE)


def _pred_span(p: ast.WherePredicate) -> tuple[int, int]:
    return p.span.lo, p.span.hi


def rewrite_where_clause(
    ctx: Ctx,
    wc: ast.WhereClause,
    shape: Shape,
    on_new_line: bool,
    terminator: str,
    span_end: int | None,
    span_end_before_where: int,
    opt: WhereClauseOption,
    predicates: tuple[ast.WherePredicate, ...] | None = None,
) -> str | None:
    from ferric.fmt.types import rewrite_where_predicate

    preds = wc.predicates if predicates is None else predicates
    if not preds:
        return ""
    block_shape = shape.block().with_max_width()
    cs = block_shape.block_left(TAB_SPACES)
    clause_shape = cs.sub_width(1) if cs is not None else None
    if clause_shape is None:
        return None
    before_lo, before_hi = span_end_before_where, wc.span.lo
    after_lo, after_hi = wc.span.lo + 5, preds[0].span.lo
    cb = rewrite_missing_comment(ctx, before_lo, before_hi, shape) if before_lo < before_hi else ""
    ca = rewrite_missing_comment(ctx, after_lo, after_hi, shape.block_indent(TAB_SPACES)) if after_lo < after_hi else ""
    if cb is None or ca is None:
        return None
    if opt.snuggle == WHERE_SPACE and not cb:
        starting = " "
    elif opt.snuggle == WHERE_NONE:
        starting = ""
    else:
        starting = block_shape.indent.to_string_with_newline()
    nl_before = shape.indent.to_string_with_newline() if cb else ""
    nl_after = clause_shape.indent.to_string_with_newline() if ca else ""
    keyword = f"{starting}{cb}{nl_before}where{nl_after}{ca}"
    allow_single_line = opt.allow_single_line and not cb and not ca
    end = span_end if span_end is not None else preds[-1].span.hi
    items = L.itemize_list(
        ctx, list(preds), terminator, ",", lambda p: p.span.lo, lambda p: p.span.hi,
        lambda p: rewrite_where_predicate(ctx, p, clause_shape), preds[0].span.lo, end,
    )
    comma = L.SEP_NEVER if opt.suppress_comma else L.SEP_VERTICAL
    fmt = L.ListFormatting(clause_shape, tactic=L.VERTICAL, trailing_separator=comma, preserve_newline=True)
    preds_str = L.write_list(items, fmt)
    if preds_str is None:
        return None
    if allow_single_line and "\n" not in preds_str and 6 + blen(preds_str) <= shape.width:
        sep = " "
    else:
        sep = clause_shape.indent.to_string_with_newline()
    return keyword + sep + preds_str


# -- static / const ----------------------------------------------------------------------------


def rewrite_static(
    ctx: Ctx,
    prefix_kw: str,
    vis: ast.Visibility,
    ident: ast.Ident,
    ty: ast.Ty,
    mutbl: bool,
    expr: ast.Expr | None,
    is_default: bool,
    safety: ast.Safety,
    generics: ast.Generics | None,
    lo: int,
    hi: int,
    offset: Indent,
) -> str | None:
    if generics is not None and (generics.params or generics.where_clause.predicates):
        return None
    name = ctx.snippet(ident.span.lo, ident.span.hi) or ident.name
    prefix = (
        format_visibility(ctx, vis)
        + ("default " if is_default else "")
        + ("unsafe " if safety is ast.Safety.UNSAFE else ("safe " if safety is ast.Safety.SAFE else ""))
        + prefix_kw
        + " "
        + ("mut " if mutbl else "")
        + name
        + ": "
    )
    ts = Shape.indented(offset.block_only()).offset_left(len(prefix) + 2)
    ty_str = rewrite_ty(ctx, ty, ts) if ts is not None else None
    if ty_str is None:
        if prefix.endswith(" "):
            prefix = prefix[:-1]
        ni = offset.indent_block()
        t = rewrite_ty(ctx, ty, Shape.indented(ni))
        if t is None:
            return None
        ty_str = ni.to_string_with_newline() + t
    if expr is not None:
        comments_lo = ctx.src.span_after(lo, hi, "=")
        lhs = f"{prefix}{ty_str} ="
        remaining = ctx.budget(offset.block_indent + 1)
        r = rewrite_assign_rhs_with_comments(
            ctx, lhs, expr_rewriter(ctx, expr), Shape.legacy(remaining, offset.block_only()),
            RHS_DEFAULT, comments_lo, su.expr_lo(expr), True,
        )
        if r is None:
            return None
        r = recover_comment_removed(ctx, r, lo, hi)
        return r if r.endswith(";") else r + ";"
    return f"{prefix}{ty_str};"


# -- type aliases ------------------------------------------------------------------------------


def rewrite_type_alias(ctx: Ctx, it: ast.TyAliasItem, indent: Indent, in_impl: bool) -> str | None:
    from ferric.fmt.types import rewrite_bounds

    result = format_visibility(ctx, it.vis) + "type "
    name = ctx.snippet(it.ident.span.lo, it.ident.span.hi) or it.ident.name
    g = it.generics
    if not g.params:
        result += name
    else:
        gs = Shape.indented(indent).offset_left(blen(result))
        gs = gs.sub_width(2) if gs is not None else None
        if gs is None:
            return None
        r = rewrite_generics(ctx, name, g, gs)
        if r is None:
            return None
        result += r
    if it.bounds:
        s = Shape.indented(indent).offset_left(blen(result) + 2)
        if s is None:
            return None
        b = rewrite_bounds(ctx, it.bounds, s)
        if b is None:
            return None
        result += ": " + b
    before = g.where_clause.predicates
    after = it.where_after_ty.predicates if it.where_after_ty is not None else ()
    opt = WhereClauseOption.snuggled(result)
    if it.ty is None:
        opt.suppress_comma = True
    span_end_before = g.span.hi if g.params else it.ident.span.hi
    w = rewrite_where_clause(
        ctx, g.where_clause, Shape.legacy(ctx.budget(last_line_width(result)), indent), False, "=",
        None, span_end_before, opt,
    )
    if w is None:
        return None
    result += w
    if it.ty is not None:
        if before:
            result += indent.to_string_with_newline()
        elif after:
            result += indent.indent_block().to_string_with_newline()
        else:
            result += " "
        eq = ctx.src.opt_span_before(it.span.lo, it.span.hi, "=")
        clo = g.where_clause.span.hi if g.where_clause.predicates else (
            it.bounds[-1].span.hi if it.bounds else span_end_before
        )
        if eq is not None and clo < eq and ctx.src.contains_comment(clo, eq):
            cshape = Shape.indented(indent) if before else Shape.indented(indent).block_left(TAB_SPACES)
            if cshape is None:
                return None
            lhs_c = combine_strs_with_missing_comments(ctx, result.rstrip(), "=", clo, eq, cshape, True)
            if lhs_c is None:
                return None
            lhs = lhs_c
        else:
            lhs = result + "="
        sh = Shape.indented(indent)
        if not after:
            sh2 = sh.sub_width(1)
            if sh2 is None:
                return None
            sh = sh2
        ty = it.ty
        r = rewrite_assign_rhs(ctx, lhs, ty_rewriter(ctx, ty), sh)
        if r is None:
            return None
        result = r
    if after and it.where_after_ty is not None:
        opt2 = WhereClauseOption(True, WHERE_NEWLINE)
        w2 = rewrite_where_clause(
            ctx, it.where_after_ty, Shape.indented(indent), False, ";", None,
            it.ty.span.hi if it.ty is not None else it.span.hi, opt2,
        )
        if w2 is None:
            return None
        result += w2
    result += ";"
    if in_impl and it.is_default:
        result = "default " + result
    return result


def rewrite_item_as_arg(ctx: Ctx, it: ast.Item, shape: Shape) -> str | None:
    from ferric.fmt.visitor import FmtVisitor

    v = FmtVisitor(ctx)
    v.block_indent = shape.indent
    v.last_pos = su.item_lo(it)
    v.visit_item(it)
    return v.buffer


_ = L.SEP_COMMA
