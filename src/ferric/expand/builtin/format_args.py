"""`format_args!`, `format_args_nl!` and `const_format_args!`: arguments + format string ->
`ast.FormatArgsExpr`, with every error rustc reports about them.

Three steps, as in rustc (`rustc_builtin_macros::format`):
1. `parse_args`: `"template", positional, ..., name = expr, ...` from the call's tokens
   (duplicate names, positional after named, missing commas with rustc's recovery).
2. `make_format_args`: the template (eagerly expanding `concat!(...)` and friends) is
   parsed by `format_parse`; placeholders are resolved to argument indices; identifiers
   not given as arguments become *captured* arguments (`{x}` -> the path `x`, spanned
   inside the literal) when the template is a literal written at the call; unknown traits,
   invalid references and unused arguments are reported (`format_report`).
3. Lowering to `fmt::Arguments` happens later (not here).

Result: a `FormatArgsExpr` whenever rustc would go on with one (even after reporting, e.g.,
an unused argument, so later stages still see the arguments and the captured paths), None
when rustc gives up (template syntax errors, a template that is not a string literal,
unparsable arguments). Placeholders with an invalid reference are left out of the template
(the error is reported), so every `FormatArgPosition.index` indexes `arguments`.
"""

from __future__ import annotations

from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.expand.base import ExpandCtx
from ferric.expand.builtin import format_report as report
from ferric.expand.builtin.format_parse import Argument, Count, ParseError, Parser, Range
from ferric.expand.builtin.util import (
    at_eof,
    emit,
    emit_perror,
    err_expr,
    expr_to_spanned_string,
    gen_span,
    path_expr,
)
from ferric.lexer.token import LitKind, TokenKind
from ferric.syntax import ast
from ferric.syntax.parser import PError
from ferric.syntax.tokentree import TokenTree

TK = TokenKind
MSG = "format argument must be a string literal"

_TRAITS: dict[str, ast.FormatTrait] = {t.value: t for t in ast.FormatTrait}


@dataclass(slots=True)
class MacroInput:
    fmtstr: ast.Expr
    args: list[ast.FormatArgument] = field(default_factory=list)
    is_direct_literal: bool = False


# =================================================================================================
# Entry points
# =================================================================================================


def expand_format_args(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    return format_args_from_tokens(ctx, call.args.tokens, call.args.close_span, call.span)


def expand_format_args_nl(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    """`format_args!` with `\n` appended to the template (for `println!`, `writeln!`)."""
    return format_args_from_tokens(
        ctx, call.args.tokens, call.args.close_span, call.span, append_newline=True
    )


def format_args_from_tokens(
    ctx: ExpandCtx,
    trees: tuple[TokenTree, ...],
    close_span: Span,
    macro_span: Span,
    *,
    append_newline: bool = False,
) -> ast.FormatArgsExpr | None:
    """`format_args!(<trees>)` called at `macro_span` (its arguments end at `close_span`).
    Also used by `assert!` for its custom message."""
    inp = parse_args(ctx, trees, close_span, macro_span)
    if inp is None:
        return None
    return make_format_args(ctx, inp, append_newline, macro_span)


# =================================================================================================
# Step 1: the arguments
# =================================================================================================


def parse_args(
    ctx: ExpandCtx, trees: tuple[TokenTree, ...], close_span: Span, macro_span: Span
) -> MacroInput | None:
    from ferric.syntax.parser import parser_for_trees

    p = parser_for_trees(ctx.psess, trees, close_span)
    if at_eof(p):
        emit(ctx, Diagnostic.error("requires at least a format string argument", macro_span))
        return None
    try:
        lit = p.token.lit
        if (
            p.token.kind is TK.LITERAL
            and lit is not None
            and lit.kind in (LitKind.STR, LitKind.STR_RAW)
        ):
            fmtstr = p.parse_literal_maybe_minus()
        else:
            fmtstr = p.parse_expr()
        inp = MacroInput(fmtstr)
        first = True
        while not at_eof(p):
            if not p.eat(TK.COMMA):
                if first:
                    p.expected = []
                try:
                    p.expect(TK.COMMA)
                except PError as err:
                    if p.token.kind in (TK.DOT, TK.LT, TK.SEMI):
                        emit_perror(ctx, err)  # a typo for `,`: report and go on
                        p.bump()
                    else:
                        raise
            first = False
            if at_eof(p):
                break
            tok = p.token
            if tok.kind is TK.IDENT and p.look_ahead(1).kind is TK.EQ:
                name = ast.Ident(name=tok.text, span=tok.span)
                p.bump()
                p.expect(TK.EQ)
                expr = p.parse_expr()
                prev = next(
                    (
                        a
                        for a in inp.args
                        if a.kind == "named" and a.ident is not None and a.ident.name == name.name
                    ),
                    None,
                )
                if prev is not None and prev.ident is not None:
                    d = Diagnostic.error(f"duplicate argument named `{name.name}`")
                    d.with_label(prev.ident.span, "previously here")
                    d.with_primary(name.span, "duplicate argument")
                    emit(ctx, d)
                    continue
                inp.args.append(ast.FormatArgument(kind="named", expr=expr, ident=name))
            else:
                expr = p.parse_expr()
                named = [a for a in inp.args if a.kind == "named"]
                if named:
                    d = Diagnostic.error("positional arguments cannot follow named arguments")
                    d.with_primary(expr.span, "positional arguments must be before named arguments")
                    for a in named:
                        assert a.ident is not None
                        d.with_label(a.ident.span.to(a.expr.span), "named argument")
                    raise PError(d)
                inp.args.append(ast.FormatArgument(kind="normal", expr=expr))
    except PError as err:
        emit_perror(ctx, err)
        return None
    for d in p.deferred_errors:
        emit(ctx, d)
    inp.is_direct_literal = isinstance(fmtstr, ast.LitExpr)
    return inp


# =================================================================================================
# Step 2: the template
# =================================================================================================


@dataclass(slots=True)
class _Resolver:
    """Resolves references to arguments (rustc's `lookup_arg`), collecting what the
    reports need."""

    ctx: ExpandCtx
    args: list[ast.FormatArgument]
    num_explicit: int
    fmt_span: Span
    is_direct_literal: bool
    used: list[bool]
    invalid_refs: list[report.InvalidRef] = field(default_factory=list)
    numeric_refs_to_named: list[tuple[int, Span | None, report.UsedAs]] = field(
        default_factory=list
    )
    capture_failed: bool = False

    def index(
        self, index: int, span: Span | None, used_as: report.UsedAs, kind: str
    ) -> ast.FormatArgPosition | None:
        if index < self.num_explicit:
            self.used[index] = True
            if self.args[index].kind == "named":
                self.numeric_refs_to_named.append((index, span, used_as))
            return ast.FormatArgPosition(index=index, kind=kind, span=span)
        self.invalid_refs.append(report.InvalidRef(index, span, used_as, kind))
        return None

    def name(self, name: str, span: Span | None, kind: str = "named") -> ast.FormatArgPosition:
        for i, a in enumerate(self.args):
            if a.ident is not None and a.ident.name == name and a.kind != "normal":
                if i < self.num_explicit:
                    self.used[i] = True
                return ast.FormatArgPosition(index=i, kind=kind, span=span)
        sp = span if span is not None else self.fmt_span
        ident = ast.Ident(name=name, span=sp)
        expr: ast.Expr
        if self.is_direct_literal:
            segs = (ast.PathSegment(ident=ident, id=self.ctx.psess.fresh_id()),)
            expr = path_expr(self.ctx, ast.Path(segments=segs, span=sp))
        else:
            d = Diagnostic.error(f"there is no argument named `{name}`", sp)
            d.with_note(
                f"did you intend to capture a variable `{name}` from the surrounding scope?"
            )
            d.with_note(
                "to avoid ambiguity, `format_args!` cannot capture variables when the format string is expanded from a macro"
            )
            emit(self.ctx, d)
            self.capture_failed = True
            expr = err_expr(self.ctx, sp)
        self.args.append(ast.FormatArgument(kind="captured", expr=expr, ident=ident))
        return ast.FormatArgPosition(index=len(self.args) - 1, kind=kind, span=span)


def make_format_args(
    ctx: ExpandCtx, inp: MacroInput, append_newline: bool, macro_span: Span
) -> ast.FormatArgsExpr | None:
    unexpanded_span = inp.fmtstr.span
    res = expr_to_spanned_string(ctx, inp.fmtstr, MSG)
    if res is None:
        return None
    if isinstance(res, tuple):
        diag, suggested = res
        if not suggested:
            _not_a_literal_suggestions(ctx, diag, inp)
        emit(ctx, diag)
        return None
    fmt = res
    fmt_span = fmt.span
    text = fmt.value + ("\n" if append_newline else "")
    snippet = ctx.psess.source_map.snippet(unexpanded_span)
    parser = Parser.new(text, fmt.raw_hashes, snippet, append_newline)
    pieces = parser.parse()
    is_src = parser.is_source_literal

    spans = _Spans(fmt_span, is_src)
    inner, to_span = spans.inner, spans.to_span
    if parser.errors:
        _report_parse_error(ctx, parser.errors[0], spans, inp, macro_span)
        return None

    num_explicit = len(inp.args)
    r = _Resolver(
        ctx, list(inp.args), num_explicit, fmt_span, inp.is_direct_literal, [False] * num_explicit
    )
    template: list[ast.FormatPiece] = []
    full_template: list[report.PlaceholderInfo] = []
    literal: list[str] = []
    placeholder_index = 0
    for piece in pieces:
        if isinstance(piece, str):
            literal.append(piece)
            continue
        if literal:
            template.append("".join(literal))
            literal = []
        places = parser.arg_places
        span = to_span(places[placeholder_index]) if placeholder_index < len(places) else None
        placeholder_index += 1
        ph = _placeholder(ctx, r, piece, span, spans)
        full_template.append(ph)
        if ph.placeholder is not None:
            template.append(ph.placeholder)
    if literal:
        template.append("".join(literal))

    if r.invalid_refs:
        arg_spans = [a.expr.span for a in r.args[:num_explicit]]
        report.invalid_references(
            ctx, r.invalid_refs, full_template, fmt_span, arg_spans, is_src, bool(parser.arg_places)
        )
    unused = [
        (a.expr.span, a.kind == "named")
        for i, a in enumerate(r.args[:num_explicit])
        if not r.used[i]
    ]
    if unused:
        named_placeholders = [
            (inner(p.position_range), p.position.name)
            for p in pieces
            if isinstance(p, Argument) and p.position.kind == "named"
        ]
        report.missing_placeholders(
            ctx,
            unused,
            r.used,
            r.args[:num_explicit],
            named_placeholders,
            bool(r.invalid_refs),
            len(unused) > num_explicit // 2,
            fmt.raw_hashes,
            text,
            fmt.symbol,
            fmt_span,
        )
    if not r.invalid_refs and not unused and not r.capture_failed:
        for index, span, used_as in r.numeric_refs_to_named:
            ident = r.args[index].ident
            if ident is not None:
                report.named_used_positionally(ctx, ident, span, used_as)
    return ast.FormatArgsExpr(
        template=tuple(template),
        arguments=tuple(r.args),
        id=ctx.psess.fresh_id(),
        span=gen_span(ctx, macro_span),
    )


@dataclass(frozen=True, slots=True)
class _Spans:
    """Ranges of the literal as written -> spans (rustc's `fmt_span.from_inner`)."""

    fmt_span: Span
    is_source_literal: bool

    def inner(self, rng: Range) -> Span:
        """The span of `rng`, even when the literal was not written at the call (rustc does
        that for unknown traits and named placeholders)."""
        sp = self.fmt_span
        return Span(sp.lo + rng[0], sp.lo + rng[1], sp.ctxt)

    def to_span(self, rng: Range | None) -> Span | None:
        """The span of `rng` when the literal was written at the call, else None."""
        return self.inner(rng) if rng is not None and self.is_source_literal else None


def _placeholder(
    ctx: ExpandCtx, r: _Resolver, arg: Argument, span: Span | None, spans: _Spans
) -> report.PlaceholderInfo:
    """One `{...}` resolved."""
    to_span = spans.to_span
    pos_span = to_span(arg.position_range)
    used_as = report.UsedAs("placeholder", span)
    position: ast.FormatArgPosition | None
    if arg.position.kind == "implicit":
        position = r.index(arg.position.index, pos_span, used_as, "implicit")
        kind = "implicit"
    elif arg.position.kind == "index":
        position = r.index(arg.position.index, pos_span, used_as, "number")
        kind = "number"
    else:
        position = r.name(arg.position.name, pos_span)
        kind = "named"
    spec = arg.format
    trait = _TRAITS.get(spec.ty)
    if trait is None:
        ty_span = spans.inner(spec.ty_range) if spec.ty_range is not None else None
        report.unknown_trait(ctx, spec.ty, ty_span, spans.fmt_span)
        trait = ast.FormatTrait.DISPLAY
    prec_span = to_span(spec.precision_range)
    precision, prec_info = _count(
        r, spec.precision, prec_span, report.UsedAs("precision", None), spans
    )
    width_span = to_span(spec.width_range)
    width, width_info = _count(r, spec.width, width_span, report.UsedAs("width", None), spans)
    options = ast.FormatOptions(
        width=width,
        precision=precision,
        alignment={
            "<": ast.FormatAlignment.LEFT,
            ">": ast.FormatAlignment.RIGHT,
            "^": ast.FormatAlignment.CENTER,
        }.get(spec.align or ""),
        fill=spec.fill,
        sign={"+": ast.FormatSign.PLUS, "-": ast.FormatSign.MINUS}.get(spec.sign or ""),
        alternate=spec.alternate,
        zero_pad=spec.zero_pad,
        debug_hex={"x": ast.FormatDebugHex.LOWER, "X": ast.FormatDebugHex.UPPER}.get(
            spec.debug_hex or ""
        ),
    )
    has_options = not spec_is_default_options(arg)
    ok = position is not None and prec_info.valid and width_info.valid
    placeholder = (
        ast.FormatPlaceholder(argument=position, format_trait=trait, options=options, span=span)
        if ok and position is not None
        else None
    )
    return report.PlaceholderInfo(
        placeholder=placeholder,
        span=span,
        arg_kind=kind,
        precision=prec_info,
        width=width_info,
        has_options=has_options,
    )


def spec_is_default_options(arg: Argument) -> bool:
    """rustc's `FormatOptions::default()` comparison (the trait does not count)."""
    s = arg.format
    return (
        s.fill is None
        and s.align is None
        and s.sign is None
        and not s.alternate
        and not s.zero_pad
        and s.debug_hex is None
        and s.precision.kind == "implied"
        and s.width.kind == "implied"
    )


def _count(
    r: _Resolver, count: Count, span: Span | None, used_as: report.UsedAs, spans: _Spans
) -> tuple[ast.FormatCount | None, report.CountInfo]:
    if count.kind == "implied":
        return None, report.CountInfo(None, span, True)
    if count.kind == "is":
        return ast.FormatCount(literal=count.value), report.CountInfo(None, span, True)
    if count.kind == "name":
        name_span = spans.to_span(count.name_range)
        pos = r.name(count.name, name_span)
        return ast.FormatCount(argument=pos), report.CountInfo("named", span, True)
    kind = "number" if count.kind == "param" else "implicit"
    idx_pos = r.index(count.value, span, used_as, kind)
    if idx_pos is None:
        return None, report.CountInfo(kind, span, False, count.value)
    return ast.FormatCount(argument=idx_pos), report.CountInfo(kind, span, True, count.value)


# =================================================================================================
# Errors before resolution
# =================================================================================================


def _not_a_literal_suggestions(ctx: ExpandCtx, d: Diagnostic, inp: MacroInput) -> None:
    e = inp.fmtstr
    sp = e.span
    if (
        isinstance(e, ast.BlockExpr)
        and e.label is None
        and len(e.block.stmts) == 1
        and isinstance(e.block.stmts[0], ast.ExprStmt)
        and isinstance(inner := e.block.stmts[0].expr, ast.PathExpr)
        and inner.qself is None
        and len(inner.path.segments) == 1
        and inner.path.segments[0].args is None
    ):
        d.with_suggestion(
            "quote your inlined format argument to use as string literal",
            [(sp.shrink_to_hi(), '"'), (sp.shrink_to_lo(), '"')],
            Applicability.MAYBE_INCORRECT,
        )
        return

    def debug_like(x: ast.Expr) -> bool:
        if isinstance(x, ast.BlockExpr) and x.label is None and not x.block.stmts:
            return True
        return isinstance(x, ast.TupleExpr) and not x.elems

    kinds = [e, *(a.expr for a in inp.args)]
    sugg = " ".join("{:?}" if debug_like(k) else "{}" for k in kinds)
    d.with_suggestion(
        "you might be missing a string literal to format with",
        [(sp.shrink_to_lo(), f'"{sugg}", ')],
        Applicability.MAYBE_INCORRECT,
    )


def _report_parse_error(
    ctx: ExpandCtx, err: ParseError, spans: _Spans, inp: MacroInput, macro_span: Span
) -> None:
    inner, is_src, fmt_span = spans.inner, spans.is_source_literal, spans.fmt_span
    sp = inner(err.range) if is_src else fmt_span
    d = Diagnostic.error(f"invalid format string: {err.description}")
    d.with_primary(sp, f"{err.label} in format string")
    if err.note is not None:
        d.with_note(err.note)
    if err.secondary_label is not None and is_src:
        label, rng = err.secondary_label
        d.with_label(inner(rng), label)
    sugg = err.suggestion
    sm = ctx.psess.source_map
    if sugg is not None:
        if sugg.kind == "use_positional":
            captured = inner(err.range)
            arg = sm.snippet(captured)
            if arg is not None:
                unnamed = [a for a in inp.args if a.kind == "normal"]
                at = unnamed[-1].expr.span if unnamed else fmt_span
                d.with_suggestion(
                    "consider using a positional formatting argument instead",
                    [(captured, str(len(unnamed))), (at.shrink_to_hi(), f", {arg}")],
                )
        elif sugg.kind == "remove_raw_ident" and sugg.range is not None:
            if is_src:
                d.with_suggestion("remove the `r#`", [(inner(sugg.range), "")], style="inline")
        elif sugg.kind == "reorder_format_parameter" and sugg.range is not None:
            d.with_suggestion(
                f"did you mean `{sugg.replacement}`?", [(inner(sugg.range), sugg.replacement)]
            )
        elif sugg.kind == "add_missing_colon" and sugg.range is not None:
            d.with_suggestion(
                "add a colon before the format specifier",
                [(inner(sugg.range), ":?")],
                style="inline",
            )
        elif sugg.kind == "use_rust_debug_printing_macro" and len(inp.args) == 1:
            snippet = sm.snippet(inp.args[0].expr.span)
            if snippet is not None:
                call_site = ctx.psess.hygiene.user_span(macro_span)
                d.with_suggestion(
                    "use rust debug printing macro", [(call_site, f"dbg!({snippet})")]
                )
    emit(ctx, d)
