"""`env!` and `option_env!`: environment variables read at compile time (rustc's `env.rs`).

`env!("X")` becomes the string literal of `X`'s value, or rustc's "environment variable `X`
not defined at compile time" with its help (a similar Cargo variable, Cargo's build-script
variables, or `std::env::var`). `option_env!("X")` becomes `::std::option::Option::Some("v")`
or `::std::option::Option::None::<&'static str>`.
"""

from __future__ import annotations

import os

from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import ExpandCtx
from ferric.expand.builtin.util import (
    emit,
    expr_to_string,
    gen_span,
    get_exprs,
    get_single_expr,
    path_expr,
    std_call,
    str_lit,
)
from ferric.lexer.token import LitKind
from ferric.syntax import ast
from ferric.syntax.printer import print_expr

KNOWN_CARGO_VARS = (
    "CARGO_BIN_NAME",
    "CARGO_CRATE_NAME",
    "CARGO_MANIFEST_DIR",
    "CARGO_MANIFEST_PATH",
    "CARGO_PKG_AUTHORS",
    "CARGO_PKG_DESCRIPTION",
    "CARGO_PKG_HOMEPAGE",
    "CARGO_PKG_LICENSE",
    "CARGO_PKG_LICENSE_FILE",
    "CARGO_PKG_NAME",
    "CARGO_PKG_README",
    "CARGO_PKG_REPOSITORY",
    "CARGO_PKG_RUST_VERSION",
    "CARGO_PKG_VERSION",
    "CARGO_PKG_VERSION_MAJOR",
    "CARGO_PKG_VERSION_MINOR",
    "CARGO_PKG_VERSION_PATCH",
    "CARGO_PKG_VERSION_PRE",
    "CARGO_PRIMARY_PACKAGE",
    "CARGO_TARGET_TMPDIR",
)


def edit_distance(a: str, b: str, limit: int) -> int | None:
    """Damerau-Levenshtein distance (adjacent transpositions count 1), None above `limit`
    (rustc's `edit_distance`)."""
    if abs(len(a) - len(b)) > limit:
        return None
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    d = prev[len(b)]
    return d if d <= limit else None


def is_cargo_env_var(var: str) -> bool:
    return var.startswith(("CARGO_", "DEP_")) or var in (
        "OUT_DIR",
        "OPT_LEVEL",
        "PROFILE",
        "HOST",
        "TARGET",
    )


def find_similar_cargo_var(var: str) -> str | None:
    if not var.startswith("CARGO_"):
        return None
    max_dist = max(len(var), 3) // 3
    best: str | None = None
    best_distance = 1 << 30
    for known in KNOWN_CARGO_VARS:
        d = edit_distance(var, known, max_dist)
        if d is None:
            continue
        if "PACKAGE" in var and "PKG" in known:
            d = max(0, d - (len("PACKAGE") - len("PKG")))
        if d < best_distance:
            best_distance, best = d, known
    return best


def expand_env(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    exprs = get_exprs(ctx, call)
    if exprs is None:
        return None
    if not exprs or len(exprs) > 2:
        emit(ctx, Diagnostic.error("`env!()` takes 1 or 2 arguments", call.span))
        return None
    var_expr = exprs[0]
    var = expr_to_string(ctx, var_expr, "expected string literal")
    if var is None:
        return None
    custom: str | None = None
    if len(exprs) == 2:
        msg = expr_to_string(ctx, exprs[1], "expected string literal")
        if msg is None:
            return None
        custom = msg.value
    value = os.environ.get(var.value)
    if value is not None:
        return str_lit(ctx, value, gen_span(ctx, call.span))
    shown = (
        var_expr.lit.symbol
        if isinstance(var_expr, ast.LitExpr) and var_expr.lit.kind is LitKind.STR
        else var.value
    )
    if custom is not None:
        emit(ctx, Diagnostic.error(custom, call.span))
        return None
    d = Diagnostic.error(f"environment variable `{shown}` not defined at compile time", call.span)
    similar = find_similar_cargo_var(var.value)
    if similar is not None:
        d.with_help(f"there is a similar Cargo environment variable: `{similar}`")
    elif is_cargo_env_var(var.value):
        d.with_help(
            f"Cargo sets build script variables at run time. Use `std::env::var({print_expr(var_expr)})` instead"
        )
    else:
        d.with_help(f"use `std::env::var({print_expr(var_expr)})` to read the variable at run time")
    emit(ctx, d)
    return None


def expand_option_env(ctx: ExpandCtx, call: ast.MacCall) -> ast.Expr | None:
    var_expr = get_single_expr(ctx, call, "option_env!")
    if var_expr is None:
        return None
    var = expr_to_string(ctx, var_expr, "argument must be a string literal")
    if var is None:
        return None
    sp = gen_span(ctx, call.span)
    value = os.environ.get(var.value)
    if value is not None:
        return std_call(ctx, ["option", "Option", "Some"], [str_lit(ctx, value, sp)], sp)
    p = ctx.std_path(["option", "Option", "None"], sp)
    static = ast.Lifetime(ident=ast.Ident(name="'static", span=sp), id=ctx.psess.fresh_id())
    str_path = ast.Path(
        segments=(ast.PathSegment(ident=ast.Ident(name="str", span=sp), id=ctx.psess.fresh_id()),),
        span=sp,
    )
    str_ty = ast.PathTy(qself=None, path=str_path, id=ctx.psess.fresh_id(), span=sp)
    ref_ty = ast.RefTy(
        lifetime=static, mutbl=ast.Mutability.NOT, ty=str_ty, id=ctx.psess.fresh_id(), span=sp
    )
    args = ast.AngleBracketedArgs(args=(ast.TypeArg(ty=ref_ty, span=sp),), span=sp)
    last = p.segments[-1]
    segs = (*p.segments[:-1], ast.PathSegment(ident=last.ident, args=args, id=last.id))
    return path_expr(ctx, ast.Path(segments=segs, is_global=p.is_global, span=sp))
