"""Macro calls (rustfmt's `macros.rs`): a call whose arguments parse as a comma-separated
list of expressions (or types, patterns, items) is formatted like a function call
(`name!(...)`) or an array literal (`name![...]`, always for `vec!`); anything else — and
every `name! { ... }` — is kept as written, re-indented as a block.

`macro_rules!` definitions keep their matchers and have each rule's body formatted as Rust
code after the `$name` metavariables are replaced by placeholders of the same length.
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt import overflow
from ferric.fmt.config import FN_CALL_WIDTH, TAB_SPACES
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Indent, Shape
from ferric.fmt.text import blen, trim_left_preserve_layout
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parser import Parser

MACRO_ITEM = 0
MACRO_STATEMENT = 1
MACRO_EXPRESSION = 2
MACRO_PAT = 3

_RUST_KW = frozenset(
    ["_", "as", "box", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "dyn", "async", "try", "'static", "auto", "catch", "default", "union"]
)


def macro_name(ctx: Ctx, mac: ast.MacCall) -> str:
    p = mac.path
    if len(p.segments) == 1 and not p.is_global:
        seg = p.segments[0]
        return (ctx.snippet(seg.ident.span.lo, seg.ident.span.hi) or seg.ident.name) + "!"
    from ferric.syntax.printer import print_path

    return print_path(p) + "!"


def macro_style(ctx: Ctx, mac: ast.MacCall) -> ast.Delimiter:
    return mac.args.delim


class ParsedArgs:
    __slots__ = ("args", "trailing_comma", "vec_with_semi")

    def __init__(self, args: list[overflow.OItem], vec_with_semi: bool, trailing_comma: bool) -> None:
        self.args = args
        self.vec_with_semi = vec_with_semi
        self.trailing_comma = trailing_comma


def parse_macro_args(ctx: Ctx, mac: ast.MacCall, forced_bracket: bool) -> ParsedArgs | None:
    from ferric.diag.ctxt import DiagCtxt
    from ferric.syntax.parse_sess import ParseSess
    from ferric.syntax.parser import PError, parser_for_trees

    psess = ParseSess(dcx=DiagCtxt(), edition=ctx.edition)
    p = parser_for_trees(psess, mac.args.tokens, mac.args.close_span)
    args: list[overflow.OItem] = []
    vec_with_semi = False
    trailing_comma = False

    def one_arg() -> overflow.OItem | None:
        tok = p.token
        if tok.kind is TokenKind.IDENT and not tok.raw and tok.text in _RUST_KW:
            nxt = p.look_ahead(1)
            if nxt.kind in (TokenKind.EOF, TokenKind.COMMA):
                p.bump()
                return overflow.OItem(overflow.KEYWORD, tok.text, tok.span.lo, tok.span.hi, True)
        if tok.kind is TokenKind.LIFETIME and tok.text == "'static":
            nxt = p.look_ahead(1)
            if nxt.kind in (TokenKind.EOF, TokenKind.COMMA):
                p.bump()
                return overflow.OItem(overflow.KEYWORD, tok.text, tok.span.lo, tok.span.hi, True)
        for kind in ("expr", "ty", "pat", "item"):
            snap = p.snapshot()
            errors = psess.dcx.error_count
            try:
                if kind == "expr":
                    node: object = p.parse_expr()
                elif kind == "ty":
                    node = p.parse_ty()
                elif kind == "pat":
                    node = p.parse_pat_no_top_alt()
                else:
                    node = p.parse_item()
            except PError:
                p.restore(snap)
                continue
            if psess.dcx.error_count > errors or len(p.deferred_errors) or node is None:
                p.restore(snap)
                continue
            if kind == "expr" and any(isinstance(a.kind, ast.DocComment) for a in node.attrs):  # type: ignore[attr-defined]
                p.restore(snap)
                continue
            return _arg_item(kind, node)
        return None

    while True:
        arg = one_arg()
        if arg is None:
            return None
        args.append(arg)
        k = p.token.kind
        if k is TokenKind.EOF:
            break
        if k is TokenKind.COMMA:
            pass
        elif k is TokenKind.SEMI:
            if forced_bracket:
                p.bump()
                if p.token.kind is not TokenKind.EOF:
                    a2 = one_arg()
                    if a2 is None:
                        return None
                    args.append(a2)
                    p.bump()
                    if _token_kind(p) is TokenKind.EOF and len(args) == 2:
                        vec_with_semi = True
                        break
            return None
        elif args[-1].kind == overflow.ITEM:
            continue
        else:
            return None
        p.bump()
        if p.token.kind is TokenKind.EOF:
            trailing_comma = True
            break
    return ParsedArgs(args, vec_with_semi, trailing_comma)


def _token_kind(p: Parser) -> TokenKind:
    """The parser's current token kind (a call, so that type narrowing sees `bump` move on)."""
    return p.token.kind


def _arg_item(kind: str, node: object) -> overflow.OItem:
    from ferric.fmt import syntax_util as su

    if kind == "expr":
        assert isinstance(node, ast.Expr.__args__)
        e: ast.Expr = node
        return overflow.OItem(overflow.EXPR, e, su.expr_lo(e), e.span.hi, True)
    if kind == "ty":
        t: ast.Ty = node  # type: ignore[assignment]
        return overflow.OItem(overflow.TY, t, t.span.lo, t.span.hi, True)
    if kind == "pat":
        pt: ast.Pat = node  # type: ignore[assignment]
        return overflow.OItem(overflow.PAT, pt, pt.span.lo, pt.span.hi, True)
    it: ast.Item = node  # type: ignore[assignment]
    return overflow.OItem(overflow.ITEM, it, su.item_lo(it), it.span.hi, True)


def _parse_failure_fallback(ctx: Ctx, indent: Indent, position: int, lo: int, hi: int) -> str | None:
    ctx.macro_rewrite_failure = True
    snippet = ctx.snippet(lo, hi)
    lines = snippet.split("\n")
    last = lines[-1].strip() if lines else ""
    if all(c in "})]" for c in last):
        return trim_left_preserve_layout(snippet, indent)
    return snippet + (";" if position == MACRO_ITEM else "")


def rewrite_macro(ctx: Ctx, mac: ast.MacCall, shape: Shape, position: int) -> str | None:
    was_inside = ctx.inside_macro
    ctx.inside_macro = True
    try:
        r = _rewrite_macro_inner(ctx, mac, shape, position, was_inside)
    finally:
        ctx.inside_macro = was_inside
    if r is None:
        ctx.macro_rewrite_failure = True
    return r


def _rewrite_macro_inner(ctx: Ctx, mac: ast.MacCall, shape: Shape, position: int, is_nested: bool) -> str | None:
    from ferric.fmt.expr import rewrite_array

    original = macro_style(ctx, mac)
    name = macro_name(ctx, mac)
    forced = name == "vec!"
    style = ast.Delimiter.BRACKET if (forced and not is_nested) else original
    lo, hi = mac.span.lo, mac.args.close_span.hi
    has_comment = ctx.src.contains_comment(lo, hi)
    if not mac.args.tokens and not has_comment:
        if style is ast.Delimiter.PAREN:
            return f"{name}();" if position == MACRO_ITEM else f"{name}()"
        if style is ast.Delimiter.BRACKET:
            return f"{name}[];" if position == MACRO_ITEM else f"{name}[]"
        return f"{name} {{}}"
    if name == "lazy_static!" and not has_comment:
        r = _format_lazy_static(ctx, mac, shape)
        if r is not None:
            return r
    if style is ast.Delimiter.BRACE:
        snippet = ctx.snippet(lo, hi)
        i = snippet.find("{")
        body = snippet[i:] if i >= 0 else snippet
        r = trim_left_preserve_layout(body, shape.indent)
        return f"{name} {r if r is not None else body}"
    key = (lo, hi, forced)
    cache = _parse_cache(ctx)
    if key in cache:
        parsed = cache[key]
    else:
        parsed = parse_macro_args(ctx, mac, forced)
        cache[key] = parsed
    if parsed is None:
        return _parse_failure_fallback(ctx, shape.indent, position, lo, hi)
    args = parsed.args
    if args and all(a.kind == overflow.ITEM for a in args):
        return _rewrite_macro_with_items(ctx, args, name, shape, style, original, position, lo, hi)
    if style is ast.Delimiter.PAREN:
        if parsed.vec_with_semi:
            return _handle_vec_semi(ctx, shape, args, name, "(", ")")
        r = overflow.rewrite_with_parens(
            ctx, name, args, shape, lo, hi, FN_CALL_WIDTH,
            L.SEP_ALWAYS if parsed.trailing_comma else L.SEP_NEVER,
        )
        if r is None:
            return None
        return r + ";" if position == MACRO_ITEM else r
    if parsed.vec_with_semi:
        return _handle_vec_semi(ctx, shape, args, name, "[", "]")
    force: int | None = L.SEP_ALWAYS if parsed.trailing_comma else L.SEP_NEVER
    if forced and not is_nested:
        ctx.inside_macro = False
        force = L.SEP_VERTICAL
    delim = "(" if original is ast.Delimiter.PAREN else ("{" if original is ast.Delimiter.BRACE else "[")
    r = rewrite_array(ctx, name, args, lo, hi, shape, force, delim)
    if r is None:
        return None
    return r + ";" if position == MACRO_ITEM else r


def _parse_lazy_static(ctx: Ctx, mac: ast.MacCall) -> list[tuple[ast.Visibility, ast.Ident, ast.Ty, ast.Expr]] | None:
    """rustfmt's `parse_lazy_static`: `[vis] static ref NAME: TYPE = EXPR;`, repeated."""
    from ferric.diag.ctxt import DiagCtxt
    from ferric.syntax.parse_sess import ParseSess
    from ferric.syntax.parser import PError, parser_for_trees

    psess = ParseSess(dcx=DiagCtxt(), edition=ctx.edition)
    p = parser_for_trees(psess, mac.args.tokens, mac.args.close_span)
    out: list[tuple[ast.Visibility, ast.Ident, ast.Ty, ast.Expr]] = []
    try:
        while p.token.kind is not TokenKind.EOF:
            vis = p.parse_visibility()
            p.eat_keyword("static")
            p.eat_keyword("ref")
            ident = p.parse_ident()
            p.eat(TokenKind.COLON)
            ty = p.parse_ty()
            p.eat(TokenKind.EQ)
            expr = p.parse_expr()
            p.eat(TokenKind.SEMI)
            if psess.dcx.error_count or p.deferred_errors:
                return None
            out.append((vis, ident, ty, expr))
    except PError:
        return None
    return out


def _format_lazy_static(ctx: Ctx, mac: ast.MacCall, shape: Shape) -> str | None:
    """`lazy_static! { static ref NAME: T = EXPR; ... }`, each entry formatted like a static."""
    from ferric.fmt.expr import expr_rewriter, rewrite_assign_rhs
    from ferric.fmt.items import format_visibility
    from ferric.fmt.types import rewrite_ty

    elems = _parse_lazy_static(ctx, mac)
    if not elems:
        return None
    nested = shape.block_indent(TAB_SPACES).with_max_width()
    sep = nested.indent.to_string_with_newline()
    parts: list[str] = []
    for vis, ident, ty, expr in elems:
        t = rewrite_ty(ctx, ty, nested)
        rhs_shape = nested.sub_width(1)
        if t is None or rhs_shape is None:
            return None
        lhs = f"{format_visibility(ctx, vis)}static ref {ident.name}: {t} ="
        r = rewrite_assign_rhs(ctx, lhs, expr_rewriter(ctx, expr), rhs_shape)
        if r is None:
            return None
        parts.append(r + ";")
    return "lazy_static! {" + sep + sep.join(parts) + shape.indent.to_string_with_newline() + "}"


def _rewrite_macro_with_items(
    ctx: Ctx,
    args: list[overflow.OItem],
    name: str,
    shape: Shape,
    style: ast.Delimiter,
    original: ast.Delimiter,
    position: int,
    lo: int,
    hi: int,
) -> str | None:
    from ferric.fmt.visitor import FmtVisitor

    delims = {ast.Delimiter.PAREN: ("(", ")"), ast.Delimiter.BRACKET: ("[", "]"), ast.Delimiter.BRACE: (" {", "}")}
    opener, closer = delims[style]
    original_opener = delims[original][0]
    semi = ";" if style is not ast.Delimiter.BRACE and position == MACRO_ITEM else ""
    v = FmtVisitor(ctx)
    v.block_indent = shape.indent.indent_block()
    v.last_pos = ctx.src.span_after(lo, hi, original_opener.strip())
    for a in args:
        v.visit_item(a.node)
    return (
        name + opener + v.block_indent.to_string_with_newline() + v.buffer.strip()
        + shape.indent.to_string_with_newline() + closer + semi
    )


def _parse_cache(ctx: Ctx) -> dict[tuple[int, int, bool], ParsedArgs | None]:
    return ctx.macro_cache  # type: ignore[return-value]


def _handle_vec_semi(
    ctx: Ctx, shape: Shape, args: list[overflow.OItem], name: str, left: str, right: str
) -> str | None:
    ms = shape.offset_left(len(name))
    if ms is None:
        return None
    nested = ms.block_indent(4)
    lhs = args[0].rewrite(ctx, nested)
    rhs = args[1].rewrite(ctx, nested)
    if lhs is None or rhs is None:
        return None
    if "\n" not in lhs and "\n" not in rhs and blen(lhs) + blen(rhs) + 8 <= shape.width:
        return f"{name}{left}{lhs}; {rhs}{right}"
    nl = nested.indent.to_string_with_newline()
    return f"{name}{left}{nl}{lhs};{nl}{rhs}{shape.indent.to_string_with_newline()}{right}"


_ = Token
