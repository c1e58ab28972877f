"""Built-ins about the source: `line!`, `column!`, `file!`, `module_path!`, `include!`,
`include_str!`, `include_bytes!` (rustc's `source_util.rs`).

`line!`/`column!`/`file!` describe the outermost call site in user code (a `line!()` inside
`assert!` inside a user's macro reports where the user called that macro), found through
the hygiene data (`HygieneData.user_span`). Included files are resolved relative to the
directory of the file holding that call site, and read from disk at compile time.
"""

from __future__ import annotations

import os

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import ExpandCtx, Fragment, FragmentKind
from ferric.expand.builtin.util import (
    at_eof,
    byte_str_lit,
    check_zero_args,
    emit,
    emit_perror,
    expr_fragment,
    expr_to_string,
    gen_span,
    get_single_expr,
    int_lit,
    str_lit,
    wrong_kind,
)
from ferric.lexer.token import TokenKind
from ferric.syntax import ast
from ferric.syntax.parser import Parser, PError

TK = TokenKind


def topmost_span(ctx: ExpandCtx, span: Span) -> Span:
    """The outermost call site in user code (rustc's `expansion_cause`)."""
    return ctx.psess.hygiene.user_span(span)


def expand_line(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    check_zero_args(ctx, call, "line")
    top = topmost_span(ctx, call.span)
    loc = ctx.psess.source_map.lookup(top.lo)
    return int_lit(ctx, loc.line if loc else 1, "u32", top)


def expand_column(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    check_zero_args(ctx, call, "column")
    top = topmost_span(ctx, call.span)
    loc = ctx.psess.source_map.lookup(top.lo)
    return int_lit(ctx, loc.col if loc else 1, "u32", top)


def expand_file(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    check_zero_args(ctx, call, "file")
    top = topmost_span(ctx, call.span)
    sf = ctx.psess.source_map.lookup_file(top.lo)
    name = sf.name if sf is not None else ctx.crate_root_file
    return str_lit(ctx, name, top)


def current_module_path(ctx: ExpandCtx) -> list[str]:
    """The path of the module being expanded, below the crate root (`["a", "b"]` for
    `crate::a::b`), as the expander tracks it."""
    return list(ctx.module_path)


def expand_module_path(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    check_zero_args(ctx, call, "module_path")
    crate = "std" if ctx.is_std else ctx.display_name or ctx.crate_name
    return str_lit(ctx, "::".join([crate, *current_module_path(ctx)]), gen_span(ctx, call.span))


# =================================================================================================
# Included files
# =================================================================================================


def resolve_path(ctx: ExpandCtx, name: str, span: Span) -> str:
    """`name` relative to the directory of the file holding the call site."""
    if os.path.isabs(name):
        return name
    top = topmost_span(ctx, span)
    sf = ctx.psess.source_map.lookup_file(top.lo)
    base = sf.name if sf is not None else ctx.crate_root_file
    directory = os.path.dirname(base)
    return os.path.join(directory, name) if directory else name


def _os_error(err: OSError) -> str:
    """An OS error as Rust's `io::Error` displays it: `No such file or directory (os error 2)`."""
    if err.errno is not None:
        return f"{os.strerror(err.errno)} (os error {err.errno})"
    return str(err)


def _read(ctx: ExpandCtx, call: ast.MacCall, name: str) -> tuple[str, bytes] | None:
    path = resolve_path(ctx, name, call.span)
    try:
        with open(path, "rb") as f:
            return path, f.read()
    except OSError as err:
        emit(ctx, Diagnostic.error(f"couldn't read `{path}`: {_os_error(err)}", call.span))
        return None


def _file_arg(ctx: ExpandCtx, call: ast.MacCall, name: str) -> str | None:
    e = get_single_expr(ctx, call, f"{name}!")
    if e is None:
        return None
    s = expr_to_string(ctx, e, "argument must be a string literal")
    return s.value if s is not None else None


def _decode(ctx: ExpandCtx, path: str, data: bytes, call: ast.MacCall) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        shown = os.path.basename(path) if not os.path.isabs(path) else path
        sf = ctx.psess.source_map.add_file(shown, data.decode("utf-8", "replace"))
        pos = sf.start_pos + len(data[: err.start].decode("utf-8", "replace"))
        d = Diagnostic.error(f"`{shown}` wasn't a utf-8 file")
        d.with_primary(Span(pos, pos + 1), f"byte `{data[err.start]}` is not valid utf-8")
        emit(ctx, d)
        return None


def expand_include_str(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    name = _file_arg(ctx, call, "include_str")
    if name is None:
        return None
    got = _read(ctx, call, name)
    if got is None:
        return None
    text = _decode(ctx, got[0], got[1], call)
    if text is None:
        return None
    return str_lit(ctx, text, gen_span(ctx, call.span))


def expand_include_bytes(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    name = _file_arg(ctx, call, "include_bytes")
    if name is None:
        return None
    got = _read(ctx, call, name)
    if got is None:
        return None
    return byte_str_lit(ctx, got[1], gen_span(ctx, call.span))


def expand_include(ctx: ExpandCtx, call: ast.MacCall, kind: FragmentKind) -> Fragment | None:
    """`include!("file.rs")`: the file parsed as an expression (expression or statement
    position) or as items (item position)."""
    name = _file_arg(ctx, call, "include")
    if name is None:
        return None
    got = _read(ctx, call, name)
    if got is None:
        return None
    path, data = got
    text = _decode(ctx, path, data, call)
    if text is None:
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n")
    from ferric.syntax.tokentree import lex_token_trees

    sf = ctx.psess.source_map.add_file(path, text)
    out = lex_token_trees(sf, ctx.psess.dcx, ctx.psess.edition)
    if out.fatal:
        return None
    for d in out.deferred:
        emit(ctx, d)
    p = Parser(ctx.psess, out.tokens)
    if kind in (FragmentKind.EXPR, FragmentKind.STMTS):
        try:
            e = p.parse_expr()
        except PError as err:
            emit_perror(ctx, err)
            return None
        if not at_eof(p):
            d = Diagnostic.error("include macro expected single expression in source", p.token.span)
            d.with_note("`#[deny(incomplete_include)]` on by default")
            emit(ctx, d)
        return expr_fragment(ctx, call, e, kind)
    if kind is FragmentKind.ITEMS:
        items: list[ast.Item] = []
        while True:
            try:
                item = p.parse_item()
            except PError as err:
                emit_perror(ctx, err)
                break
            if item is None:
                if not at_eof(p):
                    from ferric.syntax.token_printer import token_text

                    emit(
                        ctx,
                        Diagnostic.error(
                            f"expected item, found `{token_text(p.token)}`", p.token.span
                        ),
                    )
                break
            items.append(item)
        return items
    wrong_kind(ctx, call, kind)
    return None
