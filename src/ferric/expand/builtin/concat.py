"""`concat!`: literals glued into one string literal at compile time (rustc's `concat.rs`).

Strings and chars contribute their value, integers their decimal value (`0x10` -> `16`),
floats their digits as written without `_` and suffix, `true`/`false` their name, and a
negated number its `-`. Byte and C strings, and anything that is not a literal, are errors.
Arguments that are macro calls (`concat!(file!(), ":")`) are expanded first.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import ExpandCtx
from ferric.expand.builtin.util import emit, gen_span, get_exprs, str_lit
from ferric.lexer.literal import char_value, check_literal, int_value, str_value
from ferric.lexer.token import Lit, LitKind
from ferric.syntax import ast


def _number_text(lit: Lit) -> str | None:
    if lit.kind is LitKind.INTEGER:
        if lit.suffix in ("f32", "f64", "f16", "f128"):
            return lit.symbol.replace("_", "")
        return str(int_value(lit))
    if lit.kind is LitKind.FLOAT:
        return lit.symbol.replace("_", "")
    return None


def expand_concat(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    exprs = get_exprs(ctx, call)
    if exprs is None:
        return None
    out: list[str] = []
    missing: list[Span] = []
    failed = False
    for e in exprs:
        if isinstance(e, ast.LitExpr):
            lit = e.lit
            if check_literal(lit, e.span) is not None or lit.kind is LitKind.ERR:
                failed = True  # already reported when the literal was parsed
            elif lit.kind in (LitKind.STR, LitKind.STR_RAW):
                out.append(str_value(lit))
            elif lit.kind is LitKind.CHAR:
                out.append(char_value(lit))
            elif lit.kind is LitKind.BOOL:
                out.append(lit.symbol)
            elif lit.kind in (LitKind.C_STR, LitKind.C_STR_RAW):
                emit(ctx, Diagnostic.error("cannot concatenate a C string literal", e.span))
                failed = True
            elif lit.kind in (LitKind.BYTE, LitKind.BYTE_STR, LitKind.BYTE_STR_RAW):
                emit(ctx, Diagnostic.error("cannot concatenate a byte string literal", e.span))
                failed = True
            else:
                text = _number_text(lit)
                if text is None:
                    missing.append(e.span)
                else:
                    out.append(text)
        elif (
            isinstance(e, ast.UnaryExpr)
            and e.op is ast.UnOp.NEG
            and isinstance(e.expr, ast.LitExpr)
        ):
            lit = e.expr.lit
            text = _number_text(lit) if check_literal(lit, e.expr.span) is None else None
            if check_literal(lit, e.expr.span) is not None:
                failed = True
            elif text is None:
                missing.append(e.span)
            else:
                out.append("-" + text)
        elif isinstance(e, ast.ErrExpr):
            failed = True
        else:
            missing.append(e.span)
    if missing:
        d = Diagnostic.error("expected a literal")
        for sp in missing:
            d.with_primary(sp)
        d.with_note('only literals (like `"foo"`, `-42` and `3.14`) can be passed to `concat!()`')
        emit(ctx, d)
        return None
    if failed:
        return None
    return str_lit(ctx, "".join(out), gen_span(ctx, call.span))
