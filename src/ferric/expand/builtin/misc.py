"""Small built-ins: `stringify!`, `cfg!`, `compile_error!`, the edition routers of `panic!`
and `unreachable!`, macros ferric cannot support (`asm!`, `global_asm!`, `naked_asm!`) and
unstable ones (`trace_macros!`, `log_syntax!`).
"""

from __future__ import annotations

from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import ExpandCtx, Fragment, FragmentKind
from ferric.expand.builtin.cfg_pred import CfgError, eval_cfg, parse_cfg
from ferric.expand.builtin.tts_print import tts_to_string
from ferric.expand.builtin.util import (
    bool_lit,
    emit,
    expr_to_string,
    gen_span,
    get_single_expr,
    str_lit,
)
from ferric.syntax import ast


def expand_stringify(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    """The argument tokens as a string literal, spaced as rustc prints token streams."""
    return str_lit(
        ctx, tts_to_string(call.args.tokens, ctx.psess.source_map), gen_span(ctx, call.span)
    )


def expand_cfg(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    """`true` or `false`: the predicate evaluated against the compilation's cfg options
    (`ferric.expand.cfg.cfg_matches` when the cfg module provides it)."""
    pred = parse_cfg(call.args.tokens, call.args.close_span)
    if isinstance(pred, CfgError):
        emit(ctx, pred.diagnostic(call.span, "macro"))
        return None
    return bool_lit(ctx, eval_cfg(pred, ctx.cfg), gen_span(ctx, call.span))


def expand_compile_error(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> Fragment | None:
    """Reports its message as an error at the call."""
    e = get_single_expr(ctx, call, "compile_error!")
    if e is None:
        return None
    msg = expr_to_string(ctx, e, "argument must be a string literal")
    if msg is None:
        return None
    emit(ctx, Diagnostic.error(msg.value, call.span))
    return None


def expand_asm(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> Fragment | None:
    """Inline assembly: there is no machine to assemble for in ferric."""
    name = call.path.segments[-1].ident.name if call.path.segments else "asm"
    d = Diagnostic.error(
        f"`{name}!` is not supported by ferric: inline assembly needs a native target", call.span
    )
    emit(ctx, d)
    return None


def _unstable(ctx: ExpandCtx, call: ast.MacCall, feature: str, reason: str, issue: int) -> None:
    d = Diagnostic.error(
        f"use of unstable library feature `{feature}`: {reason}", call.path.span, "E0658"
    )
    d.with_note(
        f"see issue #{issue} <https://github.com/rust-lang/rust/issues/{issue}> for more information"
    )
    emit(ctx, d)


def expand_trace_macros(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> Fragment | None:
    _unstable(
        ctx,
        call,
        "trace_macros",
        "`trace_macros` is not stable enough for use and is subject to change",
        29598,
    )
    return None


def expand_log_syntax(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> Fragment | None:
    _unstable(
        ctx,
        call,
        "log_syntax",
        "`log_syntax!` is not stable enough for use and is subject to change",
        29598,
    )
    return None


def _route(ctx: ExpandCtx, call: ast.MacCall, name_2015: str, name_2021: str) -> ast.Expr:
    """`$crate::NAME!(args)` with the edition's variant of NAME (rustc's `edition_panic`)."""
    sp = gen_span(ctx, call.span)
    name = name_2021 if ctx.psess.edition >= 2021 else name_2015
    path = ctx.std_path([name], sp)
    args = ast.DelimArgs(
        delim=ast.Delimiter.PAREN,
        tokens=call.args.tokens,
        open_span=call.args.open_span,
        close_span=call.args.close_span,
    )
    return ast.MacCallExpr(
        mac=ast.MacCall(path=path, args=args, span=sp), id=ctx.psess.fresh_id(), span=sp
    )


def expand_std_panic(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    """`panic!(..)` -> `$crate::panic_2021!(..)` (`panic_2015!` before edition 2021)."""
    return _route(ctx, call, "panic_2015", "panic_2021")


def expand_unreachable(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    """`unreachable!(..)` -> `$crate::unreachable_2021!(..)` (or `_2015`)."""
    return _route(ctx, call, "unreachable_2015", "unreachable_2021")
