"""Lints on control flow and bindings: `single_match`, `collapsible_if`, `question_mark`,
`unnecessary_unwrap`, `redundant_pattern_matching`, `toplevel_ref_arg`, `needless_borrow`,
`needless_question_mark`, `needless_match`, `redundant_guards`, `manual_map`,
`if_same_then_else`, `while_let_on_iterator`, `match_like_matches_macro`,
`manual_unwrap_or(_default)`, `bool_assert_comparison`.

They recognise `Option`/`Result` values and their variants by the std items paths and
methods resolve to (`variant_of`, `LintCx.is_method`), never by spelling alone.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import Parents, on_expr, on_stmt
from ferric.lint.registry import (
    BOOL_ASSERT_COMPARISON,
    COLLAPSIBLE_IF,
    IF_SAME_THEN_ELSE,
    MANUAL_MAP,
    MANUAL_UNWRAP_OR,
    MANUAL_UNWRAP_OR_DEFAULT,
    MATCH_LIKE_MATCHES_MACRO,
    NEEDLESS_BORROW,
    NEEDLESS_MATCH,
    NEEDLESS_QUESTION_MARK,
    QUESTION_MARK,
    REDUNDANT_GUARDS,
    REDUNDANT_PATTERN_MATCHING,
    SINGLE_MATCH,
    TOPLEVEL_REF_ARG,
    UNNECESSARY_UNWRAP,
    WHILE_LET_ON_ITERATOR,
    Level,
)
from ferric.resolve.defs import DefKind, DefRes, LocalRes
from ferric.ty import ty as t
from ferric.typeck.results import AdjustKind

_VARIANTS = {"Some": "Option", "None": "Option", "Ok": "Result", "Err": "Result"}


def variant_of(cx: LintCx, qpath: object) -> str | None:
    """`Some`/`None`/`Ok`/`Err` when `qpath` names that std variant (or its constructor)."""
    if not isinstance(qpath, hir.ResolvedPath) or not isinstance(qpath.path.res, DefRes):
        return None
    def_id = qpath.path.res.def_id
    if cx.tcx.def_kind(def_id) is DefKind.CTOR:
        def_id = cx.tcx.parent(def_id) or def_id
    if cx.tcx.def_kind(def_id) is not DefKind.VARIANT:
        return None
    name = cx.tcx.item_name(def_id)
    enum = cx.tcx.parent(def_id)
    if name not in _VARIANTS or enum is None or cx.tcx.item_name(enum) != _VARIANTS[name]:
        return None
    if cx.tcx.crate_of(def_id) == cx.tcx.crate_of(cx.owner or def_id):
        return None
    return name


def local_of(e: hir.Expr) -> object | None:
    """The binding a plain local path refers to."""
    if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
        res = e.qpath.path.res
        if isinstance(res, LocalRes):
            return res.hir_id
    return None


def _indent_of(cx: LintCx, pos: int) -> str:
    sf = cx.source_map.lookup_file(pos)
    if sf is None:
        return ""
    line, _ = sf.line_col(pos)
    text = sf.line_text(line)
    return text[: len(text) - len(text.lstrip())]


def reindent(cx: LintCx, snippet: str, old_indent: str, new_indent: str) -> str:
    """Move every line but the first from `old_indent` to `new_indent`."""
    lines = snippet.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        out.append(new_indent + line[len(old_indent):] if line.startswith(old_indent) else line)
    return "\n".join(out)


# -- single_match ---------------------------------------------------------------------------------


def _is_empty_arm(cx: LintCx, body: hir.Expr) -> bool:
    if isinstance(body, hir.BlockExpr):
        return cx.snippet(body.span) == "{}"
    return isinstance(body, hir.TupleExpr) and not body.elems and cx.snippet(body.span) == "()"


@on_expr(hir.MatchExpr)
def single_match(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    if e.source is not hir.MatchSource.NORMAL or len(e.arms) != 2 or cx.from_expansion(e.span):
        return
    first, other = e.arms
    if first.guard is not None or other.guard is not None or not isinstance(other.pat, hir.WildPat):
        return
    if not isinstance(first.pat, hir.TupleStructPat | hir.StructPat) or not _is_empty_arm(cx, other.body):
        return
    from_macro = cx.from_expansion(first.body.span)
    body = cx.snippet(cx.hygiene.user_span(first.body.span))
    if isinstance(first.body, hir.BlockExpr) and not from_macro:
        body = reindent(cx, body, _indent_of(cx, first.body.span.hi), _indent_of(cx, e.span.lo))
    else:
        body = f"{{ {body} }}"
    text = f"if let {cx.snippet(first.pat.span)} = {cx.snippet(e.scrutinee.span)} {body}"
    d = cx.lint(
        SINGLE_MATCH,
        e.span,
        "you seem to be trying to use `match` for destructuring a single pattern. Consider using `if let`",
    )
    if d is not None:
        d.with_suggestion("try", [(e.span, text)], style="normal" if "\n" in text else "inline")


# -- collapsible_if -------------------------------------------------------------------------------


def _sole_if(block: hir.Block) -> hir.IfExpr | None:
    if not block.stmts and isinstance(block.expr, hir.IfExpr):
        return block.expr
    if block.expr is None and len(block.stmts) == 1:
        s = block.stmts[0]
        if isinstance(s, hir.ExprStmt) and isinstance(s.expr, hir.IfExpr):
            return s.expr
    return None


@on_expr(hir.IfExpr)
def collapsible_if(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    if e.els is not None or isinstance(e.cond, hir.LetExpr) or cx.from_expansion(e.span):
        return
    inner = _sole_if(e.then.block)
    if inner is None or inner.els is not None or isinstance(inner.cond, hir.LetExpr):
        return
    if any(isinstance(c, hir.BinaryExpr) and c.op is hir.BinOpKind.OR for c in (e.cond, inner.cond)):
        return
    text = cx.snippet(e.then.span)
    if "//" in text or "/*" in text or cx.from_expansion(inner.span):
        return
    d = cx.lint(COLLAPSIBLE_IF, e.span, "this `if` statement can be collapsed")
    if d is None:
        return
    then = e.then.span
    open_span = Span(e.cond.span.hi, then.lo + 1, then.ctxt)
    close_lo = inner.span.hi
    d.with_suggestion(
        "collapse nested if block",
        [
            (open_span, ""),
            (Span(inner.span.lo, inner.span.lo + 2, inner.span.ctxt), "&&"),
            (Span(close_lo, then.hi, then.ctxt), ""),
        ],
    )


# -- question_mark ----------------------------------------------------------------------------------


def _returns_none(cx: LintCx, block: hir.Block) -> bool:
    """The block is `return None;` (or `return None`) and nothing else."""
    if block.stmts and block.expr is None and len(block.stmts) == 1:
        s = block.stmts[0]
        e: hir.Expr | None = s.expr if isinstance(s, hir.SemiStmt | hir.ExprStmt) else None
    elif not block.stmts:
        e = block.expr
    else:
        return False
    return (
        isinstance(e, hir.RetExpr)
        and isinstance(e.expr, hir.PathExpr)
        and variant_of(cx, e.expr.qpath) == "None"
    )


@on_expr(hir.IfExpr)
def question_mark(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    if e.els is not None or cx.from_expansion(e.span):
        return
    cond = e.cond
    if not (cx.is_method(cond, "Option", "is_none") and isinstance(cond, hir.MethodCallExpr)):
        return
    if local_of(cond.receiver) is None or not _returns_none(cx, e.then.block):
        return
    d = cx.lint(QUESTION_MARK, e.span, "this block may be rewritten with the `?` operator")
    if d is not None:
        d.with_suggestion("replace it with", [(e.span, f"{cx.snippet(cond.receiver.span)}?;")], style="inline")


@on_stmt(hir.LetStmt)
def question_mark_let_else(cx: LintCx, s: hir.LetStmt, parents: Parents) -> None:
    if s.els is None or s.init is None or cx.from_expansion(s.span) or not _returns_none(cx, s.els):
        return
    pat = s.pat
    if not (isinstance(pat, hir.TupleStructPat) and variant_of(cx, pat.qpath) == "Some" and len(pat.pats) == 1):
        return
    inner = pat.pats[0]
    if not isinstance(inner, hir.BindingPat):
        return
    d = cx.lint(QUESTION_MARK, s.span, "this `let...else` may be rewritten with the `?` operator")
    if d is not None:
        text = f"let {cx.snippet(inner.span)} = {cx.snippet(s.init.span)}?;"
        d.with_suggestion("replace it with", [(s.span, text)], Applicability.MAYBE_INCORRECT, style="inline")


# -- unnecessary_unwrap -----------------------------------------------------------------------------

_CHECKS = {("Option", "is_some"): ("Some", ("unwrap", "expect")), ("Result", "is_ok"): ("Ok", ("unwrap", "expect"))}


@on_expr(hir.IfExpr)
def unnecessary_unwrap(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    cond = e.cond
    if not isinstance(cond, hir.MethodCallExpr) or cx.from_expansion(e.span):
        return
    found = None
    for (owner, method), shape in _CHECKS.items():
        if cx.is_method(cond, owner, method):
            found = (owner, method, shape)
    binding = local_of(cond.receiver)
    if found is None or binding is None:
        return
    owner, method, (variant, unwraps) = found
    name = cx.snippet(cond.receiver.span)
    stack: list[object] = [e.then]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.ClosureExpr):
            continue
        if (
            isinstance(node, hir.MethodCallExpr)
            and node.segment.ident.name in unwraps
            and local_of(node.receiver) == binding
            and cx.is_method(node, owner, node.segment.ident.name)
            and not cx.from_expansion(node.span)
        ):
            call = node.segment.ident.name
            d = cx.lint(
                UNNECESSARY_UNWRAP, node.span, f"called `{call}` on `{name}` after checking its variant with `{method}`"
            )
            if d is not None:
                if_span = Span(e.span.lo, cond.span.hi, e.span.ctxt)
                d.with_suggestion(
                    "try", [(if_span, f"if let {variant}(<item>) = {name}")], Applicability.HAS_PLACEHOLDERS, "inline"
                )
        stack.extend(reversed(list(hir.child_nodes(node))))


# -- redundant_pattern_matching ---------------------------------------------------------------------

_TESTS = {"Some": "is_some", "None": "is_none", "Ok": "is_ok", "Err": "is_err"}


@on_expr(hir.IfExpr)
def redundant_pattern_matching(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    let = e.cond
    if not isinstance(let, hir.LetExpr) or cx.from_expansion(e.span) or cx.from_expansion(let.span):
        return
    pat = let.pat
    if isinstance(pat, hir.TupleStructPat) and len(pat.pats) == 1 and isinstance(pat.pats[0], hir.WildPat):
        variant = variant_of(cx, pat.qpath)
    elif isinstance(pat, hir.PathPat):
        variant = variant_of(cx, pat.qpath)
        variant = variant if variant == "None" else None
    else:
        return
    if variant is None:
        return
    test = _TESTS[variant]
    d = cx.lint(REDUNDANT_PATTERN_MATCHING, pat.span, f"redundant pattern matching, consider using `{test}()`")
    if d is not None:
        span = Span(e.span.lo, let.init.span.hi, e.span.ctxt)
        d.with_suggestion("try", [(span, f"if {cx.snippet(let.init.span)}.{test}()")], style="inline")


# -- toplevel_ref_arg -------------------------------------------------------------------------------


@on_stmt(hir.LetStmt)
def toplevel_ref_arg(cx: LintCx, s: hir.LetStmt, parents: Parents) -> None:
    pat = s.pat
    if not isinstance(pat, hir.BindingPat) or pat.mode.by_ref is None or pat.sub is not None:
        return
    if s.init is None or s.ty is not None or s.els is not None or cx.from_expansion(s.span):
        return
    mut = "mut " if pat.mode.by_ref is hir.Mutability.MUT else ""
    d = cx.lint(
        TOPLEVEL_REF_ARG, pat.span, "`ref` on an entire `let` pattern is discouraged, take a reference with `&` instead"
    )
    if d is not None:
        text = f"let {pat.ident.name} = &{mut}{cx.snippet(s.init.span)};"
        d.with_suggestion("try", [(s.span, text)], style="inline")


# -- needless_borrow --------------------------------------------------------------------------------


@on_expr(hir.AddrOfExpr)
def needless_borrow(cx: LintCx, e: hir.AddrOfExpr, parents: Parents) -> None:
    if e.mutbl is not hir.Mutability.NOT or e.kind is not hir.BorrowKind.REF or cx.from_expansion(e.span):
        return
    res = cx.typeck()
    inner = cx.ty(e.expr)
    if res is None or not isinstance(inner, t.Ref) or inner.mutbl is not hir.Mutability.NOT:
        return
    adjust = res.adjustments.get(e.hir_id)
    if not adjust or adjust[0].kind is not AdjustKind.DEREF or cx.ty_adjusted(e) != inner:
        return
    if not (parents and isinstance(parents[-1], hir.CallExpr | hir.MethodCallExpr)):
        return
    d = cx.lint(NEEDLESS_BORROW, e.span, "this expression creates a reference which is immediately dereferenced by the compiler")
    if d is not None:
        d.with_suggestion("change this to", [(e.span, cx.snippet(e.expr.span))], style="inline")


# -- needless_question_mark -------------------------------------------------------------------------


def try_operand(e: hir.Expr) -> hir.Expr | None:
    """`x` of a `x?` (lowered to `match Try::branch(x) { .. }`)."""
    if isinstance(e, hir.MatchExpr) and e.source is hir.MatchSource.TRY:
        scrut = e.scrutinee
        if isinstance(scrut, hir.CallExpr) and len(scrut.args) == 1:
            return scrut.args[0]
    return None


@on_expr(hir.CallExpr)
def needless_question_mark(cx: LintCx, e: hir.CallExpr, parents: Parents) -> None:
    if len(e.args) != 1 or cx.from_expansion(e.span) or not isinstance(e.func, hir.PathExpr):
        return
    variant = variant_of(cx, e.func.qpath)
    inner = try_operand(e.args[0])
    if variant not in ("Some", "Ok") or inner is None:
        return
    if not (parents and (isinstance(parents[-1], hir.RetExpr) or _is_tail(e, parents))):
        return
    ty, inner_ty = cx.ty(e), cx.ty(inner)
    if ty is None or ty != inner_ty:
        return
    d = cx.lint(NEEDLESS_QUESTION_MARK, e.span, f"enclosing `{variant}` and `?` operator are unneeded")
    if d is not None:
        d.with_suggestion(f"remove the enclosing `{variant}` and `?` operator", [(e.span, cx.snippet(inner.span))])


def _is_tail(e: hir.Expr, parents: Parents) -> bool:
    return isinstance(parents[-1], hir.Block) and parents[-1].expr is e


# -- needless_match -------------------------------------------------------------------------------

_REBUILT = {"Some": "Option", "None": "Option", "Ok": "Result", "Err": "Result"}


def _rebuilds(cx: LintCx, arm: hir.Arm) -> str | None:
    """`Some(v) => Some(v)` / `None => None` (and `Ok`/`Err`): the variant, else None."""
    pat, body = arm.pat, _unblock(arm.body)
    if isinstance(pat, hir.PathPat):
        v = variant_of(cx, pat.qpath)
        return v if v is not None and isinstance(body, hir.PathExpr) and variant_of(cx, body.qpath) == v else None
    if not (isinstance(pat, hir.TupleStructPat) and len(pat.pats) == 1 and isinstance(pat.pats[0], hir.BindingPat)):
        return None
    v = variant_of(cx, pat.qpath)
    if v is None or not (isinstance(body, hir.CallExpr) and isinstance(body.func, hir.PathExpr) and len(body.args) == 1):
        return None
    ok = variant_of(cx, body.func.qpath) == v and local_of(body.args[0]) == pat.pats[0].hir_id
    return v if ok else None


@on_expr(hir.MatchExpr)
def needless_match(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    if e.source is not hir.MatchSource.NORMAL or len(e.arms) != 2 or cx.from_expansion(e.span):
        return
    if any(a.guard is not None for a in e.arms):
        return
    variants = {_rebuilds(cx, a) for a in e.arms}
    if variants not in ({"Some", "None"}, {"Ok", "Err"}) or local_of(e.scrutinee) is None:
        return
    d = cx.lint(NEEDLESS_MATCH, e.span, "this match expression is unnecessary")
    if d is not None:
        d.with_suggestion("replace it with", [(e.span, cx.snippet(e.scrutinee.span))], style="inline")


# -- redundant_guards -----------------------------------------------------------------------------


def _binding_pats(pat: hir.Pat) -> list[hir.BindingPat]:
    out: list[hir.BindingPat] = []
    stack: list[object] = [pat]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.BindingPat):
            out.append(node)
        stack.extend(hir.child_nodes(node))
    return out


@on_expr(hir.MatchExpr)
def redundant_guards(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    if e.source is not hir.MatchSource.NORMAL or cx.from_expansion(e.span):
        return
    for arm in e.arms:
        guard = arm.guard
        if not (isinstance(guard, hir.BinaryExpr) and guard.op is hir.BinOpKind.EQ) or cx.from_expansion(guard.span):
            continue
        for side, lit in ((guard.lhs, guard.rhs), (guard.rhs, guard.lhs)):
            if not (isinstance(lit, hir.LitExpr) and lit.lit.kind in (hir.LitKind.INT, hir.LitKind.CHAR, hir.LitKind.BOOL)):
                continue
            binding = next((b for b in _binding_pats(arm.pat) if local_of(side) == b.hir_id), None)
            if binding is None or binding.sub is not None or binding.mode.by_ref is not None:
                continue
            if _mentions_binding(arm.body, binding.hir_id):
                break
            d = cx.lint(REDUNDANT_GUARDS, guard.span, "redundant guard")
            if d is not None:
                removed = Span(arm.pat.span.hi, guard.span.hi, guard.span.ctxt)
                d.with_suggestion(
                    "try", [(binding.span, cx.snippet(lit.span)), (removed, "")], Applicability.MAYBE_INCORRECT
                )
            break


def _mentions_binding(e: hir.Expr, binding: object) -> bool:
    stack: list[object] = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.PathExpr) and local_of(node) == binding:
            return True
        stack.extend(hir.child_nodes(node))
    return False


# -- manual_map ----------------------------------------------------------------------------------


def _some_arm(cx: LintCx, pat: hir.Pat, body: hir.Expr) -> tuple[hir.BindingPat, hir.Expr] | None:
    """`Some(v) => Some(e)`: (v, e)."""
    if not (isinstance(pat, hir.TupleStructPat) and variant_of(cx, pat.qpath) == "Some" and len(pat.pats) == 1):
        return None
    binding = pat.pats[0]
    body = _unblock(body)
    if not (isinstance(binding, hir.BindingPat) and binding.mode.by_ref is None and binding.sub is None):
        return None
    if not (isinstance(body, hir.CallExpr) and isinstance(body.func, hir.PathExpr) and len(body.args) == 1):
        return None
    if variant_of(cx, body.func.qpath) != "Some":
        return None
    return binding, body.args[0]


def _unblock(e: hir.Expr) -> hir.Expr:
    if isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None and e.label is None:
        return e.block.expr
    return e


def _is_none_expr(cx: LintCx, e: hir.Expr) -> bool:
    e = _unblock(e)
    return isinstance(e, hir.PathExpr) and variant_of(cx, e.qpath) == "None"


def _has_control_flow(e: hir.Expr) -> bool:
    stack: list[object] = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.RetExpr | hir.BreakExpr | hir.ContinueExpr):
            return True
        if isinstance(node, hir.MatchExpr) and node.source is hir.MatchSource.TRY:
            return True
        stack.extend(hir.child_nodes(node))
    return False


def _report_manual_map(cx: LintCx, span: Span, scrutinee: hir.Expr, binding: hir.BindingPat, value: hir.Expr) -> None:
    ty = cx.ty(scrutinee)
    if not isinstance(ty, t.Adt) or cx.tcx.item_name(ty.def_id) != "Option" or _has_control_flow(value):
        return
    if cx.from_expansion(value.span):
        return
    d = cx.lint(MANUAL_MAP, span, "manual implementation of `Option::map`")
    if d is not None:
        recv = cx.snippet(scrutinee.span)
        if not isinstance(scrutinee, hir.PathExpr | hir.MethodCallExpr | hir.CallExpr | hir.FieldExpr):
            recv = f"({recv})"
        text = f"{recv}.map(|{binding.ident.name}| {cx.snippet(value.span)})"
        d.with_suggestion("try", [(span, text)], style="inline")


@on_expr(hir.MatchExpr)
def manual_map(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    if e.source is not hir.MatchSource.NORMAL or len(e.arms) != 2 or cx.from_expansion(e.span):
        return
    if any(a.guard is not None for a in e.arms):
        return
    for some, none in ((e.arms[0], e.arms[1]), (e.arms[1], e.arms[0])):
        found = _some_arm(cx, some.pat, some.body)
        none_pat = none.pat
        if found is None or not (isinstance(none_pat, hir.PathPat) and variant_of(cx, none_pat.qpath) == "None"):
            continue
        if _is_none_expr(cx, none.body):
            _report_manual_map(cx, e.span, e.scrutinee, *found)
        return


@on_expr(hir.IfExpr)
def manual_map_if_let(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    let = e.cond
    if not isinstance(let, hir.LetExpr) or e.els is None or cx.from_expansion(e.span):
        return
    if parents and isinstance(parents[-1], hir.IfExpr):
        return
    found = _some_arm(cx, let.pat, e.then)
    if found is not None and _is_none_expr(cx, e.els):
        _report_manual_map(cx, e.span, let.init, *found)


# -- if_same_then_else ------------------------------------------------------------------------------


@on_expr(hir.IfExpr)
def if_same_then_else(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    els = e.els
    if not isinstance(els, hir.BlockExpr) or cx.from_expansion(e.span):
        return
    if parents and isinstance(parents[-1], hir.IfExpr):
        return
    a = e.then.block
    if not a.stmts and a.expr is None:
        return
    sa, sb = cx.snippet(e.then.span), cx.snippet(els.span)
    if "".join(sa.split()) != "".join(sb.split()) or "!" in sa:
        return
    d = cx.lint(IF_SAME_THEN_ELSE, e.then.span, "this `if` has identical blocks")
    if d is not None:
        d.with_note("same as this", els.span)


# -- while_let_on_iterator --------------------------------------------------------------------------


@on_expr(hir.LoopExpr)
def while_let_on_iterator(cx: LintCx, e: hir.LoopExpr, parents: Parents) -> None:
    if e.source is not hir.LoopSource.WHILE:
        return
    body = e.body
    cond = body.expr if body.expr is not None else None
    if cond is None and len(body.stmts) == 1 and isinstance(body.stmts[0], hir.ExprStmt | hir.SemiStmt):
        cond = body.stmts[0].expr
    if not isinstance(cond, hir.IfExpr) or not isinstance(cond.cond, hir.LetExpr):
        return
    let = cond.cond
    pat, call = let.pat, let.init
    if not (isinstance(pat, hir.TupleStructPat) and variant_of(cx, pat.qpath) == "Some" and len(pat.pats) == 1):
        return
    if not (isinstance(call, hir.MethodCallExpr) and not call.args and cx.is_method(call, "Iterator", "next")):
        return
    it = local_of(call.receiver)
    if it is None or cx.from_expansion(call.span) or _uses(cond.then, it):
        return
    fn_body = cx.tcx.body(cx.owner) if cx.owner is not None else None
    later = fn_body is not None and _uses(fn_body.value, it, after=e.span.hi)
    name = cx.snippet(call.receiver.span)
    span = Span(e.span.lo, call.span.hi, e.span.ctxt)
    d = cx.lint(WHILE_LET_ON_ITERATOR, span, "this loop could be written as a `for` loop")
    if d is not None:
        target = f"{name}.by_ref()" if later else name
        d.with_suggestion("try", [(span, f"for {cx.snippet(pat.pats[0].span)} in {target}")], style="inline")


def _uses(root: object, binding: object, after: int = -1) -> bool:
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.PathExpr) and local_of(node) == binding and node.span.lo > after:
            return True
        stack.extend(hir.child_nodes(node))
    return False


# -- match_like_matches_macro -------------------------------------------------------------------------


def _bool_value(e: hir.Expr) -> bool | None:
    e = _unblock(e)
    if isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.BOOL:
        return bool(e.lit.value)
    return None


def _is_redundant_variant_pattern(cx: LintCx, pat: hir.Pat) -> bool:
    """`Some(_)`, `None`, `Ok(_)`, `Err(_)`: `redundant_pattern_matching`'s, not ours."""
    if isinstance(pat, hir.TupleStructPat) and len(pat.pats) == 1 and isinstance(pat.pats[0], hir.WildPat):
        return variant_of(cx, pat.qpath) is not None
    return isinstance(pat, hir.PathPat) and variant_of(cx, pat.qpath) == "None"


def _report_matches(cx: LintCx, span: Span, what: str, scrut: hir.Expr, pat: hir.Pat, value: bool) -> None:
    d = cx.lint(MATCH_LIKE_MATCHES_MACRO, span, f"{what} looks like `matches!` macro")
    if d is not None:
        text = f"{'' if value else '!'}matches!({cx.snippet(scrut.span)}, {cx.snippet(pat.span)})"
        d.with_suggestion("use `matches!` directly", [(span, text)], Applicability.MAYBE_INCORRECT)


@on_expr(hir.MatchExpr)
def match_like_matches_macro(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    if e.source is not hir.MatchSource.NORMAL or len(e.arms) != 2 or cx.from_expansion(e.span):
        return
    first, other = e.arms
    if first.guard is not None or other.guard is not None or not isinstance(other.pat, hir.WildPat):
        return
    a, b = _bool_value(first.body), _bool_value(other.body)
    if a is None or b is None or a == b or _is_redundant_variant_pattern(cx, first.pat):
        return
    _report_matches(cx, e.span, "match expression", e.scrutinee, first.pat, a)


@on_expr(hir.IfExpr)
def match_like_matches_macro_if_let(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    let = e.cond
    if not isinstance(let, hir.LetExpr) or e.els is None or cx.from_expansion(e.span):
        return
    if parents and isinstance(parents[-1], hir.IfExpr):
        return
    a, b = _bool_value(e.then), _bool_value(e.els)
    if a is None or b is None or a == b or _is_redundant_variant_pattern(cx, let.pat):
        return
    _report_matches(cx, e.span, "`if let .. else` expression", let.init, let.pat, a)


# -- manual_unwrap_or(_default) -----------------------------------------------------------------------


def _is_default_value(cx: LintCx, e: hir.Expr) -> bool:
    """clippy's `is_default_equivalent` for the simple cases: `0`, `false`, `""`,
    `String::new()`, `Vec::new()`, `Default::default()`."""
    e = _unblock(e)
    if isinstance(e, hir.LitExpr) and not e.negated:
        kind, value = e.lit.kind, e.lit.value
        return (
            (kind is hir.LitKind.INT and value == 0)
            or (kind is hir.LitKind.BOOL and value is False)
            or (kind is hir.LitKind.STR and value == "")
        )
    if isinstance(e, hir.CallExpr) and not e.args and isinstance(e.func, hir.PathExpr):
        q = e.func.qpath
        d = q.path.res.def_id if isinstance(q, hir.ResolvedPath) and isinstance(q.path.res, DefRes) else cx.method_def(e.func)
        if d is None:
            return False
        name, owner = cx.tcx.item_name(d), cx.assoc_parent_name(d)
        return (name == "new" and owner in ("Vec", "String")) or (name == "default" and owner == "Default")
    return False


def _unwrap_arms(cx: LintCx, pat: hir.Pat, body: hir.Expr) -> bool:
    """`Some(v) => v`."""
    if not (isinstance(pat, hir.TupleStructPat) and variant_of(cx, pat.qpath) == "Some" and len(pat.pats) == 1):
        return False
    binding = pat.pats[0]
    return (
        isinstance(binding, hir.BindingPat)
        and binding.mode.by_ref is None
        and binding.sub is None
        and local_of(_unblock(body)) == binding.hir_id
    )


def _report_unwrap_or(cx: LintCx, span: Span, what: str, scrut: hir.Expr, default: hir.Expr) -> None:
    ty = cx.ty(scrut)
    if not isinstance(ty, t.Adt) or cx.tcx.item_name(ty.def_id) != "Option":
        return
    recv = cx.snippet(scrut.span)
    if not isinstance(scrut, hir.PathExpr | hir.MethodCallExpr | hir.CallExpr | hir.FieldExpr):
        recv = f"({recv})"
    value = _unblock(default)
    if _is_default_value(cx, value):
        d = cx.lint(MANUAL_UNWRAP_OR_DEFAULT, span, f"{what} can be simplified with `.unwrap_or_default()`")
        if d is not None:
            d.with_suggestion("replace it with", [(span, f"{recv}.unwrap_or_default()")], style="inline")
            return
        if cx.levels.level(MANUAL_UNWRAP_OR_DEFAULT, span).level is not Level.ALLOW:
            return
    if not (isinstance(value, hir.LitExpr) or local_of(value) is not None) or cx.from_expansion(value.span):
        return
    d = cx.lint(MANUAL_UNWRAP_OR, span, "this pattern reimplements `Option::unwrap_or`")
    if d is not None:
        d.with_suggestion("replace with", [(span, f"{recv}.unwrap_or({cx.snippet(value.span)})")], style="inline")


@on_expr(hir.MatchExpr)
def manual_unwrap_or(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    if e.source is not hir.MatchSource.NORMAL or len(e.arms) != 2 or cx.from_expansion(e.span):
        return
    if any(a.guard is not None for a in e.arms):
        return
    for some, none in ((e.arms[0], e.arms[1]), (e.arms[1], e.arms[0])):
        none_pat = none.pat
        if not _unwrap_arms(cx, some.pat, some.body):
            continue
        if isinstance(none_pat, hir.PathPat) and variant_of(cx, none_pat.qpath) == "None":
            _report_unwrap_or(cx, e.span, "match", e.scrutinee, none.body)
        return


@on_expr(hir.IfExpr)
def manual_unwrap_or_if_let(cx: LintCx, e: hir.IfExpr, parents: Parents) -> None:
    let = e.cond
    if not isinstance(let, hir.LetExpr) or e.els is None or cx.from_expansion(e.span):
        return
    if parents and isinstance(parents[-1], hir.IfExpr):
        return
    if _unwrap_arms(cx, let.pat, e.then):
        _report_unwrap_or(cx, e.span, "if let", let.init, e.els)


# -- bool_assert_comparison ---------------------------------------------------------------------------

_ASSERTS = {
    "assert_eq": ("assert", True),
    "assert_ne": ("assert", False),
    "debug_assert_eq": ("debug_assert", True),
    "debug_assert_ne": ("debug_assert", False),
}


@on_expr(hir.MatchExpr)
def bool_assert_comparison(cx: LintCx, e: hir.MatchExpr, parents: Parents) -> None:
    """`assert_eq!(a, b)` expands to `match (&a, &b) { .. }`: the operands are there."""
    scrut = e.scrutinee
    if not (isinstance(scrut, hir.TupleExpr) and len(scrut.elems) == 2):
        return
    if not all(isinstance(x, hir.AddrOfExpr) for x in scrut.elems) or not cx.from_expansion(e.span):
        return
    chain = cx.hygiene.call_site_chain(e.span.ctxt)
    if not chain or chain[-1].call_site.ctxt != 0 or chain[0].macro_name.rpartition("::")[2] not in ("assert_eq", "assert_ne"):
        return
    name = chain[-1].macro_name
    if name not in _ASSERTS:
        return
    plain, is_eq = _ASSERTS[name]
    left, right = (x.expr for x in scrut.elems if isinstance(x, hir.AddrOfExpr))
    for lit, other in ((right, left), (left, right)):
        if not (isinstance(lit, hir.LitExpr) and lit.lit.kind is hir.LitKind.BOOL) or cx.from_expansion(other.span):
            continue
        if cx.ty(other) != t.Bool():
            return
        call = chain[-1].call_site
        d = cx.lint(BOOL_ASSERT_COMPARISON, call, f"used `{name}!` with a literal bool")
        if d is not None:
            keeps = bool(lit.lit.value) == is_eq
            cond = cx.snippet(other.span) if keeps else _negate_for_assert(cx, other)
            d.with_suggestion(f"replace it with `{plain}!(..)`", [(call, f"{plain}!({cond})")])
        return


def _negate_for_assert(cx: LintCx, e: hir.Expr) -> str:
    """clippy writes `!b` for a path, `!(e)` around anything else."""
    snip = cx.expr_snippet(e)
    if isinstance(e, hir.PathExpr | hir.MethodCallExpr | hir.CallExpr | hir.FieldExpr | hir.LitExpr):
        return f"!{snip}"
    return f"!({snip})"
