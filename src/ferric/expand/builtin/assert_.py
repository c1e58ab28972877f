"""`assert!` (rustc's `assert.rs`, edition 2021 semantics).

- `assert!(cond)` -> `if !(cond) { ::std::panicking::panic("assertion failed: <cond>") }`,
  the condition printed as rustc prints expressions (macro calls in it with
  `stringify!`'s spacing);
- `assert!(cond, "fmt", args..)` -> `if !(cond) { ::std::panicking::panic_fmt(format_args!(..)); }`
  (what std's `panic_2021!` does with the message); before edition 2021 the message is
  passed to a plain `panic!(..)` call, as rustc does.

Errors as rustc: no argument ("macro requires a boolean expression as an argument"), a `;`
after the condition, a string literal without the comma before it.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.expand.base import ExpandCtx
from ferric.expand.builtin.format_args import format_args_from_tokens
from ferric.expand.builtin.tts_print import respaced_tokens
from ferric.expand.builtin.util import (
    args_parser,
    at_eof,
    block,
    emit,
    emit_perror,
    expr_stmt,
    gen_span,
    ident,
    semi,
    std_call,
    str_lit,
)
from ferric.lexer.token import Lit, LitKind, TokenKind
from ferric.syntax import ast
from ferric.syntax.parser import PError
from ferric.syntax.printer import print_expr
from ferric.syntax.tokentree import TokenTree

TK = TokenKind


def expand_assert(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    p = args_parser(ctx, call)
    sp = gen_span(ctx, call.span)
    if at_eof(p):
        d = Diagnostic.error("macro requires a boolean expression as an argument")
        d.with_primary(call.span, "boolean expression required")
        emit(ctx, d)
        return None
    try:
        cond = p.parse_expr()
        if p.token.kind is TK.SEMI:
            d = Diagnostic.error("macro requires an expression as an argument", call.span)
            d.with_suggestion(
                "try removing semicolon",
                [(p.token.span, "")],
                Applicability.MAYBE_INCORRECT,
                style="inline",
            )
            emit(ctx, d)
            p.bump()
        message: tuple[TokenTree, ...] | None = None
        lit = p.token.lit
        if p.token.kind is TK.LITERAL and lit is not None and lit.kind is LitKind.STR:
            comma = p.prev_token.span.shrink_to_hi()
            d = Diagnostic.error("unexpected string literal", p.token.span)
            d.with_suggestion(
                "try adding a comma",
                [(comma, ", ")],
                Applicability.MAYBE_INCORRECT,
                style="hide_inline",
            )
            emit(ctx, d)
            message = _rest(call, p.pos - 1)
        elif p.eat(TK.COMMA):
            message = _rest(call, p.pos - 1)
            while not at_eof(p):
                p.bump()
        if message is not None:
            while not at_eof(p):
                p.bump()
        if not at_eof(p):
            p.unexpected()
    except PError as err:
        emit_perror(ctx, err)
        return None
    neg = ast.UnaryExpr(
        op=ast.UnOp.NOT,
        expr=ast.ParenExpr(expr=cond, id=ctx.psess.fresh_id(), span=cond.span),
        id=ctx.psess.fresh_id(),
        span=sp,
    )
    then: ast.Block
    if not message:
        text = f"assertion failed: {expr_to_string(cond)}"
        panic = std_call(ctx, ["panicking", "panic"], [str_lit(ctx, text, sp)], sp)
        then = block(ctx, [expr_stmt(ctx, panic)], sp)
    elif ctx.psess.edition < 2021:
        args = ast.DelimArgs(
            delim=ast.Delimiter.PAREN, tokens=message, open_span=sp, close_span=call.args.close_span
        )
        panic_path = ast.Path(
            segments=(ast.PathSegment(ident=ident("panic", sp), id=ctx.psess.fresh_id()),), span=sp
        )
        mac = ast.MacCall(path=panic_path, args=args, span=sp)
        then = block(
            ctx, [expr_stmt(ctx, ast.MacCallExpr(mac=mac, id=ctx.psess.fresh_id(), span=sp))], sp
        )
    else:
        fmt = format_args_from_tokens(ctx, message, call.args.close_span, sp)
        if fmt is None:
            return None
        panic = std_call(ctx, ["panicking", "panic_fmt"], [fmt], sp)
        inner = ast.BlockExpr(
            block=block(ctx, [semi(ctx, panic)], sp), id=ctx.psess.fresh_id(), span=sp
        )
        then = block(ctx, [expr_stmt(ctx, inner)], sp)
    return ast.IfExpr(cond=neg, then=then, els=None, id=ctx.psess.fresh_id(), span=sp)


def _rest(call: ast.MacCall, flat_index: int) -> tuple[TokenTree, ...]:
    """The argument trees from the top-level token at flat position `flat_index` on (the
    parser reads the flattened trees; the message starts at a top-level token)."""
    pos = 0
    trees = call.args.tokens
    for i, tt in enumerate(trees):
        if pos >= flat_index:
            return tuple(trees[i:])
        pos += _flat_len(tt)
    return ()


def _flat_len(tt: TokenTree) -> int:
    from ferric.syntax.tokentree import flatten

    return len(flatten([tt]))


# =================================================================================================
# The condition as text
# =================================================================================================


def expr_to_string(e: ast.Expr) -> str:
    """`e` printed as rustc's `pprust::expr_to_string` prints it: on one line (blocks as
    `{ a; b }`, match arms as `{ p => e, }`), macro calls inside it with the spacing
    `stringify!` would give their tokens."""
    text = print_expr(cast(ast.Expr, _respace(e)))
    if "\n" not in text or _has_multiline_literal(e):
        return text
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def _has_multiline_literal(node: object) -> bool:
    if isinstance(node, Lit):
        return "\n" in node.symbol
    if isinstance(node, tuple):
        return any(_has_multiline_literal(x) for x in node)
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return False
    return any(
        _has_multiline_literal(getattr(node, f.name))
        for f in dataclasses.fields(node)
        if f.name not in ("span", "id")
    )


def _respace(node: object) -> object:
    """A copy of `node` whose macro calls' tokens carry rustc's printing spacing."""
    if isinstance(node, ast.MacCall):
        args = node.args
        return dataclasses.replace(
            node, args=dataclasses.replace(args, tokens=respaced_tokens(args.tokens))
        )
    if isinstance(node, tuple):
        items = [_respace(x) for x in node]
        return tuple(items) if any(a is not b for a, b in zip(items, node, strict=True)) else node
    if not dataclasses.is_dataclass(node) or isinstance(node, (type, Span)):
        return node
    changes: dict[str, object] = {}
    for f in dataclasses.fields(node):
        if f.name in ("span", "id"):
            continue
        value = getattr(node, f.name)
        if isinstance(value, (str, int, bool, type(None))):
            continue
        new = _respace(value)
        if new is not value:
            changes[f.name] = new
    return dataclasses.replace(node, **changes) if changes else node
