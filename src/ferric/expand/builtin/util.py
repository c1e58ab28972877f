"""Shared helpers of the built-in macros: reading their arguments, eager expansion of a
nested macro call (`concat!` inside `format_args!`), and building the AST they return.

Spans: the nodes a built-in makes carry `call.span` — the invocation. The expander gives
that span the syntax context of the expansion before calling the macro (see
`ferric.base.hygiene`), so everything made here is marked as macro-made and errors in it
are reported at the outermost user call site. Nodes that stand for something the user wrote
(an argument, an identifier captured from a format string) keep the user's spans.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeGuard, get_args

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.expand.base import ExpandCtx, Fragment, FragmentKind
from ferric.lexer.literal import check_literal, str_value
from ferric.lexer.token import Lit, LitKind, TokenKind
from ferric.syntax import ast
from ferric.syntax.parser import Parser, PError, parser_for_trees

TK = TokenKind
_EXPR_TYPES: tuple[type, ...] = get_args(ast.Expr)

# =================================================================================================
# Arguments
# =================================================================================================


def args_parser(ctx: ExpandCtx, call: ast.MacCall) -> Parser:
    """A parser over the call's arguments; EOF sits at the closing delimiter."""
    return parser_for_trees(ctx.psess, call.args.tokens, call.args.close_span)


def gen_span(ctx: ExpandCtx, span: Span) -> Span:
    """`span` marked as made by the running expansion (`ExpandCtx.current_expn`, set by
    the expander), for the nodes a built-in makes."""
    return Span(span.lo, span.hi, ctx.current_expn or span.ctxt)


def at_eof(p: Parser) -> bool:
    """The parser has read everything (a function, so that type checkers do not narrow
    `p.token` across calls that move it)."""
    return p.token.kind is TK.EOF


def emit_perror(ctx: ExpandCtx, err: PError) -> None:
    if err.diag is not None:
        ctx.psess.dcx.emit(err.diag)


def emit(ctx: ExpandCtx, diag: Diagnostic) -> None:
    ctx.psess.dcx.emit(diag)


def parse_expr(ctx: ExpandCtx, p: Parser) -> ast.Expr | None:
    """rustc's `parse_expr` helper: on error report it and skip to EOF."""
    try:
        e = p.parse_expr()
    except PError as err:
        emit_perror(ctx, err)
        while not at_eof(p):
            p.bump()
        return None
    _flush_deferred(ctx, p)
    return e


def _flush_deferred(ctx: ExpandCtx, p: Parser) -> None:
    for d in p.deferred_errors:
        emit(ctx, d)
    p.deferred_errors.clear()


def is_empty(call: ast.MacCall) -> bool:
    return not call.args.tokens


def check_zero_args(ctx: ExpandCtx, call: ast.MacCall, name: str) -> None:
    """`line!(1)`: "line! takes no arguments" (the expansion goes on)."""
    if not is_empty(call):
        emit(ctx, Diagnostic.error(f"{name}! takes no arguments", call.span))


def get_single_expr(ctx: ExpandCtx, call: ast.MacCall, name: str) -> ast.Expr | None:
    """Exactly one expression (a trailing comma allowed): rustc's `get_single_expr_from_tts`."""
    p = args_parser(ctx, call)
    if at_eof(p):
        emit(ctx, Diagnostic.error(f"{name} takes 1 argument", call.span))
        return None
    e = parse_expr(ctx, p)
    if e is None:
        return None
    p.eat(TK.COMMA)
    if not at_eof(p):
        emit(ctx, Diagnostic.error(f"{name} takes 1 argument", call.span))
    return e


def get_exprs(ctx: ExpandCtx, call: ast.MacCall) -> list[ast.Expr] | None:
    """Comma-separated expressions, each eagerly expanded (rustc's `get_exprs_from_tts`)."""
    p = args_parser(ctx, call)
    out: list[ast.Expr] = []
    while not at_eof(p):
        e = parse_expr(ctx, p)
        if e is None:
            return None
        expanded = eager_expand(ctx, e)
        if expanded is None:
            return None
        out.append(expanded)
        if p.eat(TK.COMMA):
            continue
        if not at_eof(p):
            emit(ctx, Diagnostic.error("expected token: `,`", p.token.span))
            return None
    return out


# =================================================================================================
# Eager expansion and string literals
# =================================================================================================


def is_expr(node: object) -> TypeGuard[ast.Expr]:
    return isinstance(node, _EXPR_TYPES)


def macro_name(mac: ast.MacCall) -> str:
    return mac.path.segments[-1].ident.name if mac.path.segments else ""


def eager_expand(ctx: ExpandCtx, expr: ast.Expr) -> ast.Expr | None:
    """`expr` with a macro call at its top expanded (repeatedly), as rustc expands the
    arguments of `concat!`, `env!`, `include_str!` and the format string of `format_args!`
    before reading them: built-ins here, any other macro through `ctx.expand_expr` (the
    expander's eager expansion). None when the expansion failed (the error is reported)."""
    from ferric.expand.builtin import BUILTIN_MACROS  # the registry imports this module

    seen = 0
    while isinstance(expr, ast.MacCallExpr) and seen < 128:
        seen += 1
        mac = expr.mac
        builtin = BUILTIN_MACROS.get(macro_name(mac))
        if builtin is not None:
            out = builtin(ctx, mac, FragmentKind.EXPR)
            if out is None:
                return None
            if not is_expr(out):
                return expr
            expr = out
            continue
        hook = ctx.expand_expr
        if hook is None:
            return expr
        expanded = hook(ctx, expr)
        if expanded is None:
            return None
        expr = expanded
    return expr


@dataclass(frozen=True, slots=True)
class SpannedString:
    value: str
    """The cooked string."""
    raw_hashes: int | None
    """`#` count of a raw string literal; None for a normal one."""
    span: Span
    """The literal (after expansion: a string made by `concat!` has the `concat!` call's span)."""
    symbol: str
    """The literal as written between its quotes (escapes unprocessed)."""


def expr_to_spanned_string(
    ctx: ExpandCtx, expr: ast.Expr, err_msg: str
) -> SpannedString | tuple[Diagnostic, bool] | None:
    """The string literal `expr` is (after eager expansion), or the error to report with a
    flag saying whether it already carries a suggestion, or None when an error was already
    reported (rustc's `expr_to_spanned_string`)."""
    expanded = eager_expand(ctx, expr)
    if expanded is None:
        return None
    e = expanded
    if isinstance(e, ast.LitExpr):
        lit = e.lit
        if lit.kind in (LitKind.STR, LitKind.STR_RAW):
            if lit.suffix is not None:
                err = check_literal(lit, e.span)
                if err is not None:
                    emit(ctx, err)
                    return None
            hashes = lit.n_hashes if lit.kind is LitKind.STR_RAW else None
            return SpannedString(str_value(lit), hashes, e.span, lit.symbol)
        if lit.kind in (LitKind.BYTE_STR, LitKind.BYTE_STR_RAW):
            d = Diagnostic.error(err_msg, e.span)
            b = Span(e.span.lo, e.span.lo + 1, e.span.ctxt)
            d.with_suggestion(
                "consider removing the leading `b`",
                [(b, "")],
                Applicability.MAYBE_INCORRECT,
                style="inline",
            )
            return d, True
        if lit.kind is LitKind.ERR:
            return None
        return Diagnostic.error(err_msg, e.span), False
    if isinstance(e, ast.ErrExpr):
        return None
    return Diagnostic.error(err_msg, e.span), False


def expr_to_string(ctx: ExpandCtx, expr: ast.Expr, err_msg: str) -> SpannedString | None:
    """`expr_to_spanned_string`, reporting the error."""
    res = expr_to_spanned_string(ctx, expr, err_msg)
    if isinstance(res, tuple):
        emit(ctx, res[0])
        return None
    return res


# =================================================================================================
# Building the AST
# =================================================================================================


def escape_str(s: str) -> str:
    """A string's value written as the body of a `"..."` literal (Rust's `escape_debug`)."""
    out: list[str] = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif c == "\0":
            out.append("\\0")
        elif not c.isprintable() and c != " ":
            out.append(f"\\u{{{ord(c):x}}}")
        else:
            out.append(c)
    return "".join(out)


def escape_bytes(b: bytes) -> str:
    """Bytes written as the body of a `b"..."` literal."""
    out: list[str] = []
    for byte in b:
        c = chr(byte)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif 0x20 <= byte < 0x7F:
            out.append(c)
        else:
            out.append(f"\\x{byte:02x}")
    return "".join(out)


def str_lit(ctx: ExpandCtx, value: str, span: Span) -> ast.LitExpr:
    return ast.LitExpr(lit=Lit(LitKind.STR, escape_str(value)), id=ctx.psess.fresh_id(), span=span)


def byte_str_lit(ctx: ExpandCtx, value: bytes, span: Span) -> ast.LitExpr:
    return ast.LitExpr(
        lit=Lit(LitKind.BYTE_STR, escape_bytes(value)), id=ctx.psess.fresh_id(), span=span
    )


def int_lit(ctx: ExpandCtx, value: int, suffix: str | None, span: Span) -> ast.LitExpr:
    return ast.LitExpr(
        lit=Lit(LitKind.INTEGER, str(value), suffix), id=ctx.psess.fresh_id(), span=span
    )


def bool_lit(ctx: ExpandCtx, value: bool, span: Span) -> ast.LitExpr:
    return ast.LitExpr(
        lit=Lit(LitKind.BOOL, "true" if value else "false"), id=ctx.psess.fresh_id(), span=span
    )


def ident(name: str, span: Span) -> ast.Ident:
    return ast.Ident(name=name, span=span)


def path(ctx: ExpandCtx, names: list[str], span: Span, *, is_global: bool = False) -> ast.Path:
    segs = tuple(ast.PathSegment(ident=ident(n, span), id=ctx.psess.fresh_id()) for n in names)
    return ast.Path(segments=segs, is_global=is_global, span=span)


def path_expr(ctx: ExpandCtx, p: ast.Path) -> ast.PathExpr:
    return ast.PathExpr(qself=None, path=p, id=ctx.psess.fresh_id(), span=p.span)


def call(ctx: ExpandCtx, func: ast.Path, args: list[ast.Expr], span: Span) -> ast.CallExpr:
    return ast.CallExpr(
        func=path_expr(ctx, func), args=tuple(args), id=ctx.psess.fresh_id(), span=span
    )


def std_call(ctx: ExpandCtx, segments: list[str], args: list[ast.Expr], span: Span) -> ast.CallExpr:
    """`::std::a::b(args)` (`crate::a::b(args)` inside std)."""
    return call(ctx, ctx.std_path(segments, span), args, span)


def block(ctx: ExpandCtx, stmts: list[ast.Stmt], span: Span) -> ast.Block:
    return ast.Block(stmts=tuple(stmts), id=ctx.psess.fresh_id(), span=span)


def semi(ctx: ExpandCtx, e: ast.Expr) -> ast.SemiStmt:
    return ast.SemiStmt(expr=e, id=ctx.psess.fresh_id(), span=e.span)


def expr_stmt(ctx: ExpandCtx, e: ast.Expr) -> ast.ExprStmt:
    return ast.ExprStmt(expr=e, id=ctx.psess.fresh_id(), span=e.span)


def block_expr(ctx: ExpandCtx, stmts: list[ast.Stmt], span: Span) -> ast.BlockExpr:
    return ast.BlockExpr(block=block(ctx, stmts, span), id=ctx.psess.fresh_id(), span=span)


def err_expr(ctx: ExpandCtx, span: Span) -> ast.ErrExpr:
    return ast.ErrExpr(id=ctx.psess.fresh_id(), span=span)


_KIND_DESCR = {
    FragmentKind.ITEMS: "item",
    FragmentKind.IMPL_ITEMS: "impl item",
    FragmentKind.TRAIT_ITEMS: "trait item",
    FragmentKind.FOREIGN_ITEMS: "foreign item",
    FragmentKind.TY: "type",
    FragmentKind.PAT: "pattern",
}

ExprMacro = Callable[[ExpandCtx, ast.MacCall], "ast.Expr | None"]
"""A built-in whose expansion is an expression."""


def expr_fragment(
    ctx: ExpandCtx, call: ast.MacCall, e: ast.Expr, kind: FragmentKind
) -> Fragment | None:
    """An expression expansion as the fragment the call site needs: itself, one statement,
    a literal pattern (`let line!() = ...`), or rustc's "non-item macro in item position"."""
    if kind is FragmentKind.EXPR:
        return e
    if kind is FragmentKind.STMTS:
        stmts: list[ast.Stmt] = [expr_stmt(ctx, e)]
        return stmts
    if kind is FragmentKind.PAT and isinstance(e, ast.LitExpr):
        return ast.ExprPat(expr=e, id=ctx.psess.fresh_id(), span=e.span)
    wrong_kind(ctx, call, kind)
    return None


def wrong_kind(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> None:
    """rustc's "non-item macro in item position: NAME" (and the same for other positions)."""
    what = _KIND_DESCR.get(kind, kind.value)
    emit(
        ctx, Diagnostic.error(f"non-{what} macro in {what} position: {macro_name(call)}", call.span)
    )


def expr_macro(
    expand: ExprMacro,
) -> Callable[[ExpandCtx, ast.MacCall, FragmentKind], Fragment | None]:
    """A `BuiltinMacro` from a function making an expression."""

    def run(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> Fragment | None:
        e = expand(ctx, call)
        if e is None:
            return None
        return expr_fragment(ctx, call, e, kind)

    run.__name__ = run.__qualname__ = expand.__name__
    run.__doc__ = expand.__doc__
    return run
