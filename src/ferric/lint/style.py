"""rustc's naming and style lints.

Early (rustc's AST pass, reported before type checking's diagnostics):
`non_camel_case_types` (types, traits, variants) and `while_true`. Late (after
`dead_code`): `non_snake_case` (functions, methods, variables), `non_upper_case_globals`
(constants, statics) and `unused_must_use` for a discarded `Result`, in source order.

The case conversions are ports of rustc's (`rustc_lint::nonstandard_style`), so the
suggested names are rustc's.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.builtin import (
    INVALID_NAN_COMPARISONS,
    NON_CAMEL_CASE_TYPES,
    NON_SNAKE_CASE,
    NON_UPPER_CASE_GLOBALS,
    PATH_STATEMENTS,
    UNUSED_COMPARISONS,
    UNUSED_MUST_USE,
    UNUSED_PARENS,
    WHILE_TRUE,
    BuiltinLints,
    Stage,
)
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefKind, DefRes, LocalRes
from ferric.syntax import ast
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

# -- rustc's case conversions ------------------------------------------------------------------


def _has_case(c: str) -> bool:
    return c.lower() != c.upper()


def is_camel_case(name: str) -> bool:
    name = name.strip("_")
    if not name:
        return True
    if name[0].islower() or "__" in name:
        return False
    return not any((_has_case(a) and b == "_") or (_has_case(b) and a == "_") for a, b in pairwise(name))


def to_camel_case(s: str) -> str:
    parts: list[str] = []
    for comp in (c for c in s.strip("_").split("_") if c):
        out, new_word, prev_lower = "", True, True
        for c in comp:
            if prev_lower and c.isupper():
                new_word = True
            out += c.upper() if new_word else c.lower()
            prev_lower = c.islower()
            new_word = False
        parts.append(out)
    acc = ""
    prev: str | None = None
    for nxt in parts:
        join = prev is not None and not _has_case(prev[-1]) and not _has_case(nxt[0])
        acc += ("_" if join else "") + nxt
        prev = nxt
    return acc


def is_snake_case(ident: str) -> bool:
    ident = ident.lstrip("'").strip("_")
    allow_underscore = True
    for c in ident:
        if c == "_":
            if not allow_underscore:
                return False
            allow_underscore = False
        elif c.isupper():
            return False
        else:
            allow_underscore = True
    return True


def to_snake_case(name: str) -> str:
    words: list[str] = []
    stripped = name.lstrip("_")
    words.extend("" for _ in range(len(name) - len(stripped)))
    for s in stripped.split("_"):
        if not s:
            continue
        buf, last_upper = "", False
        for ch in s:
            if buf and buf != "'" and ch.isupper() and not last_upper:
                words.append(buf)
                buf = ""
            last_upper = ch.isupper()
            buf += ch.lower()
        words.append(buf)
    return "_".join(words)


# -- early ---------------------------------------------------------------------------------------

_CAMEL_KINDS: dict[type, str] = {
    hir.StructItem: "type",
    hir.EnumItem: "type",
    hir.UnionItem: "type",
    hir.TyAliasItem: "type",
    hir.TraitItem: "trait",
}


def _local_items(lints: BuiltinLints, tcx: TyCtxt) -> list[tuple[DefId, hir.Item]]:
    items = [(d, i) for d, i in lints.local_items(tcx) if i.ident.span.ctxt == 0]
    items.sort(key=lambda x: x[1].ident.span.lo)
    return items


def check_early(lints: BuiltinLints, tcx: TyCtxt, sm: SourceMap | None = None) -> None:
    lints.stage = Stage.EARLY
    found: list[tuple[int, Callable[[], None]]] = []
    if sm is not None:
        _unused_parens(lints, tcx, sm, found)
    for _, item in _local_items(lints, tcx):
        kind = _CAMEL_KINDS.get(type(item))
        parent = tcx.parent(item.def_id)
        if isinstance(item, hir.TyAliasItem) and parent is not None and tcx.def_kind(parent).name in ("IMPL", "TRAIT"):
            kind = None  # an associated type: the trait's name
        if kind is not None:
            found.append((item.ident.span.lo, _camel(lints, kind, item.ident)))
        if isinstance(item, hir.EnumItem):
            for v in item.variants:
                found.append((v.ident.span.lo, _camel(lints, "variant", v.ident)))
    for _, node in lints.nodes(tcx, hir.LoopExpr):
        assert isinstance(node, hir.LoopExpr)
        if node.source is hir.LoopSource.WHILE:
            cond = _while_cond(node)
            if cond is not None:
                span = Span(node.span.lo, cond.span.hi, node.span.ctxt)
                found.append((span.lo, _while_true(lints, span)))
    for _, report in sorted(found, key=lambda f: f[0]):
        report()


def _camel(lints: BuiltinLints, kind: str, ident: ast.Ident) -> Callable[[], None]:
    def report() -> None:
        name = ident.name
        if is_camel_case(name) or ident.span.ctxt != 0:
            return
        camel = to_camel_case(name)
        d = lints.lint(NON_CAMEL_CASE_TYPES, ident.span, f"{kind} `{name}` should have an upper camel case name")
        if d is not None:
            d.with_suggestion(
                "convert the identifier to upper camel case", [(ident.span, camel)], Applicability.MAYBE_INCORRECT, "inline"
            )

    return report


def _while_cond(loop: hir.LoopExpr) -> hir.Expr | None:
    """The `true` of `while true` (the loop's desugared `if`)."""
    e = loop.body.expr
    if e is None and loop.body.stmts and isinstance(loop.body.stmts[0], hir.ExprStmt | hir.SemiStmt):
        e = loop.body.stmts[0].expr
    if (
        isinstance(e, hir.IfExpr)
        and isinstance(e.cond, hir.LitExpr)
        and e.cond.lit.value is True
        and e.cond.span.ctxt == 0
        and loop.span.ctxt == 0
    ):
        return e.cond
    return None


def _while_true(lints: BuiltinLints, span: Span) -> Callable[[], None]:
    def report() -> None:
        d = lints.lint(WHILE_TRUE, span, "denote infinite loops with `loop { ... }`")
        if d is not None:
            d.with_suggestion("use `loop`", [(span, "loop")], Applicability.MACHINE_APPLICABLE, "hide_inline")

    return report


# -- late ------------------------------------------------------------------------------------------


def check_late(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> None:
    lints.stage = Stage.LATE
    found: list[tuple[int, Callable[[], None]]] = []
    used = lints.named_defs(tcx, results)
    for def_id, item in _local_items(lints, tcx):
        if isinstance(item, hir.FnItem):
            parent = tcx.parent(def_id)
            pkind = tcx.def_kind(parent).name if parent is not None else ""
            if pkind == "IMPL" and tcx.impl_trait_ref(parent) is not None:  # type: ignore[arg-type]
                continue  # the trait's name, not the impl's to choose
            kind = "method" if pkind in ("IMPL", "TRAIT") else "function"
            found.append((item.ident.span.lo, _snake(lints, kind, item.ident)))
        elif isinstance(item, hir.ConstItem | hir.StaticItem):
            parent = tcx.parent(def_id)
            if parent is not None and tcx.def_kind(parent).name == "IMPL" and tcx.impl_trait_ref(parent) is not None:
                continue
            kind = "constant" if isinstance(item, hir.ConstItem) else "static variable"
            found.append((item.ident.span.lo, _upper(lints, kind, item.ident, def_id in used)))
    owners = tcx.hir.owners
    for body_id, node in lints.nodes(tcx, hir.BindingPat):
        assert isinstance(node, hir.BindingPat)
        res = results.get(owners.get(body_id, body_id))
        if res is None or res.tainted_by_errors:
            continue
        if node.canonical is None and node.ident.name != "self":
            found.append((node.ident.span.lo, _snake(lints, "variable", node.ident)))
    for body_id, node in lints.nodes(tcx, hir.SemiStmt):
        assert isinstance(node, hir.SemiStmt)
        res = results.get(owners.get(body_id, body_id))
        if res is None or res.tainted_by_errors or node.span.ctxt != 0:
            continue
        ty = res.node_types.get(node.expr.hir_id)
        must_use = _must_use_adt(tcx, ty)
        if must_use is not None and isinstance(node.expr, hir.CallExpr | hir.MethodCallExpr):
            found.append((node.expr.span.lo, _must_use(lints, node.expr.span, *must_use)))
        elif _is_local_path(node.expr) and isinstance(ty, t.Int | t.Uint | t.Float | t.Bool | t.Char):
            found.append((node.span.lo, _path_statement(lints, node.span, node.expr.span)))
    for body_id, node in lints.nodes(tcx, hir.BinaryExpr):
        assert isinstance(node, hir.BinaryExpr)
        res = results.get(owners.get(body_id, body_id))
        if res is None or res.tainted_by_errors or node.span.ctxt != 0 or node.op_span.ctxt != 0:
            continue
        if _useless_comparison(res, node):
            found.append((node.span.lo, _comparison(lints, node.span)))
        nan = _nan_comparison(lints, tcx, res, node)
        if nan is not None:
            found.append((node.span.lo, nan))
    from ferric.lint.literals import check as overflowing_literals

    found += overflowing_literals(lints, tcx, results)  # type: ignore[arg-type]
    for _, report in sorted(found, key=lambda f: f[0]):
        report()


def _must_use_adt(tcx: TyCtxt, ty: t.Ty | None) -> tuple[str, str | None] | None:
    """(the type's name, its `#[must_use = "..."]` text) when `ty` is a struct or enum marked
    `#[must_use]` (`Result`, the iterator adaptors ...), else None."""
    if not isinstance(ty, t.Adt):
        return None
    if _is_result(tcx, ty):
        return "Result", "this `Result` may be an `Err` variant, which should be handled"
    if not tcx.has_attr(ty.def_id, "must_use"):
        return None
    return tcx.item_name(ty.def_id), tcx.attr_str(ty.def_id, "must_use")


def _is_result(tcx: TyCtxt, ty: t.Ty | None) -> bool:
    if not isinstance(ty, t.Adt):
        return False
    result = tcx.lang_item("Result")
    return ty.def_id == result or (tcx.crate_of(ty.def_id) != LOCAL_CRATE and tcx.item_name(ty.def_id) == "Result")


def _snake(lints: BuiltinLints, kind: str, ident: ast.Ident) -> Callable[[], None]:
    def report() -> None:
        name = ident.name
        if is_snake_case(name) or ident.span.ctxt != 0:
            return
        snake = to_snake_case(name)
        d = lints.lint(NON_SNAKE_CASE, ident.span, f"{kind} `{name}` should have a snake case name")
        if d is not None and snake != name:
            d.with_suggestion(
                "convert the identifier to snake case", [(ident.span, snake)], Applicability.MAYBE_INCORRECT, "inline"
            )

    return report


def _upper(lints: BuiltinLints, kind: str, ident: ast.Ident, used: bool) -> Callable[[], None]:
    """(rustc shows the renaming as a patch, not inline, when the global is used.)"""

    def report() -> None:
        name = ident.name
        if not any(c.islower() for c in name) or ident.span.ctxt != 0:
            return
        upper = to_snake_case(name).upper()
        d = lints.lint(NON_UPPER_CASE_GLOBALS, ident.span, f"{kind} `{name}` should have an upper case name")
        if d is not None:
            d.with_suggestion(
                "convert the identifier to upper case",
                [(ident.span, upper)],
                Applicability.MAYBE_INCORRECT,
                "normal" if used else "inline",
            )

    return report


def _must_use(lints: BuiltinLints, span: Span, name: str, note: str | None) -> Callable[[], None]:
    def report() -> None:
        d = lints.lint(UNUSED_MUST_USE, span, f"unused `{name}` that must be used")
        if d is not None:
            if note is not None:
                d.with_note(note)
            d.with_suggestion(
                "use `let _ = ...` to ignore the resulting value",
                [(Span(span.lo, span.lo, span.ctxt), "let _ = ")],
                Applicability.MAYBE_INCORRECT,
            )

    return report


# -- unused_parens ---------------------------------------------------------------------------------


def _unused_parens(lints: BuiltinLints, tcx: TyCtxt, sm: SourceMap, found: list[tuple[int, Callable[[], None]]]) -> None:
    """`unused_parens` around a `let` value, an `if`/`while` condition, a `match`
    scrutinee, a `return` value and a function argument (the HIR drops parentheses; they
    are read from the source around the expression)."""
    while_ifs: set[int] = set()
    for _, loop in lints.nodes(tcx, hir.LoopExpr):
        assert isinstance(loop, hir.LoopExpr)
        if isinstance(loop.body.expr, hir.IfExpr):
            while_ifs.add(loop.body.expr.hir_id)
    for kind in (hir.LetStmt, hir.LoopExpr, hir.IfExpr, hir.MatchExpr, hir.RetExpr, hir.CallExpr):
        for _, node in lints.nodes(tcx, kind):
            if isinstance(node, hir.IfExpr) and node.hir_id in while_ifs:
                continue
            if node.span.ctxt != 0:  # type: ignore[attr-defined]
                continue  # written by a macro around the user's tokens
            for e, what, block_follows in _paren_positions(node):
                call = node.func.span if isinstance(node, hir.CallExpr) else None
                parens = _parens_around(sm, e, block_follows, call)
                if parens is not None:
                    found.append((parens[0].lo, _parens_report(lints, what, parens)))


def _paren_positions(node: object) -> list[tuple[hir.Expr, str, bool]]:
    """The expressions of `node` rustc checks for parentheses: (expression, what rustc
    calls the place, whether a block follows it)."""
    if isinstance(node, hir.LetStmt):
        if node.init is not None and node.els is None and node.source is hir.LocalSource.NORMAL:
            return [(node.init, "assigned value", False)]
    elif isinstance(node, hir.LoopExpr) and node.source is hir.LoopSource.WHILE:
        e = node.body.expr
        if isinstance(e, hir.IfExpr) and not isinstance(e.cond, hir.LetExpr):
            return [(e.cond, "`while` condition", True)]
    elif isinstance(node, hir.IfExpr) and not isinstance(node.cond, hir.LetExpr):
        return [(node.cond, "`if` condition", True)]
    elif isinstance(node, hir.MatchExpr) and node.source.name == "NORMAL":
        return [(node.scrutinee, "`match` scrutinee expression", True)]
    elif isinstance(node, hir.RetExpr) and node.expr is not None:
        return [(node.expr, "`return` value", False)]
    elif isinstance(node, hir.CallExpr) and node.span.ctxt == 0 and node.func.span.ctxt == 0:
        return [(a, "function argument", False) for a in node.args]
    return []


_NO_PARENS_LINT = (hir.StructExpr, hir.ClosureExpr, hir.BlockExpr, hir.LetExpr, hir.TupleExpr, hir.LoopExpr)


def _parens_around(sm: SourceMap, e: hir.Expr, block_follows: bool, call: Span | None) -> tuple[Span, Span] | None:
    """The `(` and `)` written right around `e` (each with the blanks up to `e`), when
    there is exactly one pair and removing it cannot change the parse."""
    is_range = isinstance(e, hir.StructExpr) and isinstance(e.qpath, hir.LangItemPath)
    if e.span.ctxt != 0 or (isinstance(e, _NO_PARENS_LINT) and not (is_range and not block_follows)):
        return None
    sf = sm.lookup_file(e.span.lo)
    if sf is None:
        return None
    text, base = sf.text, sf.start_pos
    lo, hi = e.span.lo - base, e.span.hi - base
    # (An expression written in parentheses has their span, as in rustc's HIR: look inside.)
    inner = _inside_parens(text, lo, hi)
    if inner is None:
        return None
    lo, hi = inner
    if _inside_parens(text, lo, hi) is not None:
        return None  # `((x))`: rustc's nested-parentheses case, left alone
    i, j = lo - 1, hi
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    while j < len(text) and text[j] in " \t\n":
        j += 1
    if i < 0 or j >= len(text) or text[i] != "(" or text[j] != ")":
        return None
    k, m = i - 1, j + 1
    while k >= 0 and text[k] in " \t\n":
        k -= 1
    while m < len(text) and text[m] in " \t\n":
        m += 1
    is_arg = call is not None
    if call is not None:
        c = call.hi - base
        while c < len(text) and text[c] in " \t\n":
            c += 1
        if c != k or text[k] != "(":
            return None  # not right inside the call's own parentheses
    if not is_arg and k >= 0 and text[k] == "(" and m < len(text) and text[m] == ")":
        return None  # `((x))`: rustc's nested-parentheses case, left alone
    inner = text[lo:hi]
    if block_follows and "{" in inner:
        return None  # a struct literal or block inside may need them
    if "\n" in text[i:j]:
        return None
    w = k
    while w >= 0 and (text[w].isalnum() or text[w] == "_"):
        w -= 1
    keyword = text[w + 1 : k + 1] in ("return", "if", "while", "match") and (w < 0 or text[w] != "#")
    if k >= 0 and not keyword and (text[k].isalnum() or text[k] in "_)]!>"):
        # right after a name, `)` or `]`: these are a call's parentheses, unless this is an
        # argument inside the call's own (then `text[k]` is that `(`)
        return None
    return Span(i + base, lo + base, e.span.ctxt), Span(hi + base, j + 1 + base, e.span.ctxt)


def _inside_parens(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The expression inside the parentheses that `text[lo:hi]` is (blanks trimmed), or None
    when `text[lo:hi]` is not one parenthesised expression (`(a) + (b)`)."""
    if hi - lo < 2 or text[lo] != "(" or text[hi - 1] != ")":
        return None
    depth, k = 0, lo
    while k < hi:
        ch = text[k]
        if ch == '"':
            k += 1
            while k < hi and text[k] != '"':
                k += 2 if text[k] == "\\" else 1
        elif ch == "'" and k + 2 < hi and (text[k + 1] == "\\" or text[k + 2] == "'"):
            k = text.find("'", k + 2 if text[k + 1] != "\\" else k + 3)
            if k < 0 or k >= hi:
                return None
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0 and k != hi - 1:
                return None
        k += 1
    lo, hi = lo + 1, hi - 1
    while lo < hi and text[lo] in " \t\n":
        lo += 1
    while hi > lo and text[hi - 1] in " \t\n":
        hi -= 1
    return lo, hi


def _parens_report(lints: BuiltinLints, what: str, parens: tuple[Span, Span]) -> Callable[[], None]:
    def report() -> None:
        open_, close = parens
        d = lints.lint(UNUSED_PARENS, open_, f"unnecessary parentheses around {what}")
        if d is None:
            return
        d.with_primary(close)
        d.with_suggestion("remove these parentheses", [(open_, ""), (close, " ")], Applicability.MACHINE_APPLICABLE)

    return report


# -- path_statements, unused_comparisons ---------------------------------------------------------


def _is_nan(tcx: TyCtxt, res: TypeckResults, e: hir.Expr) -> bool:
    """`f32::NAN`, `f64::NAN`: a path to the floats' associated NaN constant."""
    while isinstance(e, hir.AddrOfExpr):
        e = e.expr
    if not isinstance(e, hir.PathExpr):
        return False
    if isinstance(e.qpath, hir.ResolvedPath):
        r = e.qpath.path.res
        def_id = r.def_id if isinstance(r, DefRes) else None
    else:
        dep = res.type_dependent_defs.get(e.hir_id)
        def_id = dep[1] if dep is not None else None
    if def_id is None or tcx.crate_of(def_id) == LOCAL_CRATE or tcx.item_name(def_id) != "NAN":
        return False
    parent = tcx.parent(def_id)
    if parent is None or tcx.def_kind(parent) is not DefKind.IMPL:
        return False  # (`std::f64::NAN`, the module's constant, is not linted)
    return isinstance(res.node_types.get(e.hir_id), t.Float)


def _nan_comparison(lints: BuiltinLints, tcx: TyCtxt, res: TypeckResults, e: hir.BinaryExpr) -> Callable[[], None] | None:
    """rustc's `invalid_nan_comparisons`: `x == f64::NAN` (with the `is_nan` suggestion),
    `x < f64::NAN` ..."""
    op = e.op
    eq = op in (hir.BinOpKind.EQ, hir.BinOpKind.NE)
    if not eq and op not in (hir.BinOpKind.LT, hir.BinOpKind.LE, hir.BinOpKind.GT, hir.BinOpKind.GE):
        return None
    lhs, rhs = _is_nan(tcx, res, e.lhs), _is_nan(tcx, res, e.rhs)
    if not (lhs or rhs):
        return None
    span = e.span
    if not eq:

        def unordered() -> None:
            lints.lint(INVALID_NAN_COMPARISONS, span, "incorrect NaN comparison, NaN is not orderable")

        return unordered
    ls, rs = e.lhs.span, e.rhs.span
    if lhs:  # `NAN == x`: `x.is_nan()`
        parts = [(Span(ls.lo, rs.lo, ls.ctxt), ""), (rs.shrink_to_hi(), ".is_nan()")]
        neg = rs.shrink_to_lo()
    else:  # `x == NAN`
        parts = [(Span(ls.hi, rs.hi, ls.ctxt), ".is_nan()")]
        neg = ls.shrink_to_lo()
    if op is hir.BinOpKind.NE:
        parts.insert(0, (neg, "!"))

    def report() -> None:
        d = lints.lint(INVALID_NAN_COMPARISONS, span, "incorrect NaN comparison, NaN cannot be directly compared to itself")
        if d is not None:
            d.with_suggestion(
                "use `f32::is_nan()` or `f64::is_nan()` instead", parts, Applicability.MACHINE_APPLICABLE
            )

    return report


def _is_local_path(e: hir.Expr) -> bool:
    return isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath) and isinstance(
        e.qpath.path.res, LocalRes
    )


def _path_statement(lints: BuiltinLints, span: Span, expr: Span) -> Callable[[], None]:
    """`x;` of a primitive: no effect (a value with drop glue gets other words: not done)."""

    def report() -> None:
        lints.lint(PATH_STATEMENTS, span, "path statement with no effect", expr)

    return report


_ALWAYS = {
    (hir.BinOpKind.GE, "rhs"),
    (hir.BinOpKind.LT, "rhs"),
    (hir.BinOpKind.LE, "lhs"),
    (hir.BinOpKind.GT, "lhs"),
}
"""`x >= 0`, `x < 0`, `0 <= x`, `0 > x`: always true or false for an unsigned `x`."""


def _useless_comparison(res: TypeckResults, e: hir.BinaryExpr) -> bool:
    """An unsigned value compared with 0 where the answer never changes."""
    for side, lit, other in (("rhs", e.rhs, e.lhs), ("lhs", e.lhs, e.rhs)):
        if (e.op, side) not in _ALWAYS:
            continue
        zero = isinstance(lit, hir.LitExpr) and lit.lit.kind is hir.LitKind.INT and lit.lit.value == 0
        unsigned = isinstance(res.node_types.get(other.hir_id), t.Uint) and other.hir_id not in res.adjustments
        if zero and unsigned:
            return True
    return False


def _comparison(lints: BuiltinLints, span: Span) -> Callable[[], None]:
    def report() -> None:
        lints.lint(UNUSED_COMPARISONS, span, "comparison is useless due to type limits")

    return report
