"""Lints on method chains and closures passed to std's methods: `unwrap_or_default`,
`unnecessary_lazy_evaluations`, `iter_nth`, `filter_next`, `map_clone`,
`mem_replace_with_default`, `redundant_closure`, `iter_cloned_collect`,
`useless_conversion`, `manual_contains`, `expect_fun_call`, `iter_count`,
`into_iter_on_ref`, `useless_vec`, `redundant_slicing`, `iter_skip_next`, `map_identity`,
`bind_instead_of_map`, `chars_next_cmp`, `map_flatten`, `option_map_unit_fn`,
`unnecessary_fold`, `ok_expect`, `unnecessary_sort_by`.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.control import local_of
from ferric.lint.passes import Parents, on_expr, on_stmt
from ferric.lint.registry import (
    BIND_INSTEAD_OF_MAP,
    CHARS_NEXT_CMP,
    EXPECT_FUN_CALL,
    FILTER_NEXT,
    INTO_ITER_ON_REF,
    ITER_CLONED_COLLECT,
    ITER_COUNT,
    ITER_NTH,
    ITER_SKIP_NEXT,
    MANUAL_CONTAINS,
    MAP_CLONE,
    MAP_FLATTEN,
    MAP_IDENTITY,
    MEM_REPLACE_WITH_DEFAULT,
    OK_EXPECT,
    OPTION_MAP_UNIT_FN,
    REDUNDANT_CLOSURE,
    REDUNDANT_SLICING,
    UNNECESSARY_FOLD,
    UNNECESSARY_LAZY_EVALUATIONS,
    UNNECESSARY_SORT_BY,
    UNWRAP_OR_DEFAULT,
    USELESS_CONVERSION,
    USELESS_VEC,
)
from ferric.resolve.defs import DefId, DefKind, DefRes
from ferric.ty import ty as t

_DEFAULT_CTORS = frozenset({"Vec", "String", "HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque"})


def _path_def(e: hir.Expr) -> DefId | None:
    if isinstance(e, hir.PathExpr):
        q = e.qpath
        if isinstance(q, hir.ResolvedPath) and isinstance(q.path.res, DefRes):
            return q.path.res.def_id
    return None


def _is_default_ctor(cx: LintCx, e: hir.Expr) -> bool:
    """`Vec::new` / `String::new` / `Default::default` (std's), as a path."""
    d = _path_def(e) or cx.method_def(e)
    if d is None or cx.tcx.crate_of(d) == cx.tcx.crate_of(cx.owner or d):
        return False
    name = cx.tcx.item_name(d)
    owner = cx.assoc_parent_name(d)
    return (name == "new" and owner in _DEFAULT_CTORS) or (name == "default" and owner == "Default")


def _closure(cx: LintCx, e: hir.Expr) -> tuple[hir.ClosureExpr, hir.Body] | None:
    if isinstance(e, hir.ClosureExpr):
        body = cx.tcx.body(e.def_id)
        if body is not None:
            return e, body
    return None


def _from_method_name(e: hir.MethodCallExpr) -> Span:
    """`unwrap_or_else(..)` in `x.unwrap_or_else(..)`."""
    return Span(e.segment.ident.span.lo, e.span.hi, e.span.ctxt)


def _owner_of(cx: LintCx, e: hir.MethodCallExpr) -> str | None:
    d = cx.method_def(e)
    return cx.assoc_parent_name(d) if d is not None else None


@on_expr(hir.MethodCallExpr)
def unwrap_or_default(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    name = e.segment.ident.name
    if name not in _OR_DEFAULT or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    owners, replacement = _OR_DEFAULT[name]
    if _owner_of(cx, e) not in owners or not _is_default_ctor(cx, e.args[0]):
        return
    if name == "or_insert_with" and not _is_hash_map_entry(cx, e.receiver):
        return  # clippy 1.95 is silent on `btree_map::Entry` (seen, not explained)
    span = _from_method_name(e)
    d = cx.lint(UNWRAP_OR_DEFAULT, span, f"use of `{name}` to construct default value")
    if d is not None:
        d.with_suggestion("try", [(span, replacement)], style="inline")


def _is_hash_map_entry(cx: LintCx, e: hir.Expr) -> bool:
    ty = cx.ty(e)
    return isinstance(ty, t.Adt) and "hash" in cx.tcx.defs.path_str(ty.def_id)


_OR_DEFAULT = {
    "unwrap_or_else": (("Option", "Result"), "unwrap_or_default()"),
    "or_insert_with": (("Entry",), "or_default()"),
}


_EAGER = {"unwrap_or_else": "unwrap_or", "ok_or_else": "ok_or"}


def _eager_value(cx: LintCx, e: hir.Expr) -> bool:
    """Cheap and without effects: a literal or a local (clippy's eagerness check, simplified)."""
    if isinstance(e, hir.LitExpr):
        return True
    return local_of(e) is not None


@on_expr(hir.MethodCallExpr)
def unnecessary_lazy_evaluations(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    name = e.segment.ident.name
    if name not in _EAGER or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    owner = _owner_of(cx, e)
    clo = _closure(cx, e.args[0])
    if owner not in ("Option", "Result") or clo is None:
        return
    recv = e.receiver
    if isinstance(recv, hir.MethodCallExpr) and recv.segment.ident.name == "map":
        return  # clippy's `map_unwrap_or` (pedantic) claims `.map(..).unwrap_or_else(..)`
    body = clo[1]
    if any(not isinstance(p.pat, hir.WildPat) for p in body.params) or not _eager_value(cx, body.value):
        return
    variant = "Option::None" if owner == "Option" else "Result::Err"
    d = cx.lint(UNNECESSARY_LAZY_EVALUATIONS, e.span, f"unnecessary closure used to substitute value for `{variant}`")
    if d is not None:
        eager = _EAGER[name]
        d.with_suggestion(
            f"use `{eager}` instead", [(_from_method_name(e), f"{eager}({cx.snippet(body.value.span)})")]
        )


@on_expr(hir.MethodCallExpr)
def iter_nth(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    recv = e.receiver
    if e.segment.ident.name != "nth" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    if not (isinstance(recv, hir.MethodCallExpr) and recv.segment.ident.name == "iter" and not recv.args):
        return
    if _owner_of(cx, e) != "Iterator":
        return
    ty = cx.ty(recv.receiver)
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if isinstance(ty, t.Slice | t.Array):
        what = "a slice"
    elif isinstance(ty, t.Adt) and cx.tcx.item_name(ty.def_id) in ("Vec", "VecDeque"):
        what = f"a `{cx.tcx.item_name(ty.def_id)}`"
    else:
        return
    d = cx.lint(ITER_NTH, e.span, f"called `.iter().nth()` on {what}")
    if d is not None:
        span = Span(recv.segment.ident.span.lo, e.span.hi, e.span.ctxt)
        d.with_suggestion("`get` is equivalent but more concise", [(span, f"get({cx.snippet(e.args[0].span)})")])


@on_expr(hir.MethodCallExpr)
def filter_next(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    recv = e.receiver
    if e.segment.ident.name != "next" or e.args or cx.from_expansion(e.span):
        return
    if not (isinstance(recv, hir.MethodCallExpr) and recv.segment.ident.name == "filter" and len(recv.args) == 1):
        return
    if _owner_of(cx, e) != "Iterator" or _owner_of(cx, recv) != "Iterator":
        return
    text = f"{cx.expr_snippet(recv.receiver)}.find({cx.snippet(recv.args[0].span)})"
    d = cx.lint(
        FILTER_NEXT,
        e.span,
        "called `filter(..).next()` on an `Iterator`. This is more succinctly expressed by calling `.find(..)` instead",
    )
    if d is not None and "\n" not in text:
        d.with_suggestion("try", [(e.span, text)], style="inline")


@on_expr(hir.MethodCallExpr)
def map_clone(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if e.segment.ident.name != "map" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    if _owner_of(cx, e) != "Iterator":
        return
    clo = _closure(cx, e.args[0])
    if clo is None or len(clo[1].params) != 1:
        return
    param = clo[1].params[0].pat
    value = clo[1].value
    if not (isinstance(param, hir.BindingPat) and param.mode.by_ref is None and param.sub is None):
        return
    item = cx.ty(param.hir_id)
    if not isinstance(item, t.Ref):
        return
    if isinstance(value, hir.MethodCallExpr) and not value.args and cx.is_method(value, "Clone", "clone"):
        if local_of(value.receiver) != param.hir_id or cx.ty(value) != item.pointee:
            return
        copying = cx.is_copy(item.pointee)
    elif isinstance(value, hir.UnaryExpr) and value.op is hir.UnOp.DEREF and local_of(value.expr) == param.hir_id:
        copying = True
    else:
        return
    method, what = ("copied", "copying") if copying else ("cloned", "cloning")
    d = cx.lint(MAP_CLONE, e.span, f"you are using an explicit closure for {what} elements")
    if d is not None:
        d.with_suggestion(
            f"consider calling the dedicated `{method}` method",
            [(e.span, f"{cx.expr_snippet(e.receiver)}.{method}()")],
            style="inline",
        )


@on_expr(hir.CallExpr)
def mem_replace_with_default(cx: LintCx, e: hir.CallExpr, parents: Parents) -> None:
    d_id = _path_def(e.func)
    if d_id is None or len(e.args) != 2 or cx.from_expansion(e.span):
        return
    parent = cx.tcx.parent(d_id)
    if cx.tcx.item_name(d_id) != "replace" or parent is None or cx.tcx.item_name(parent) != "mem":
        return
    new = e.args[1]
    if not (isinstance(new, hir.CallExpr) and not new.args and _is_default_ctor(cx, new.func)):
        return
    d = cx.lint(
        MEM_REPLACE_WITH_DEFAULT,
        e.span,
        "replacing a value of type `T` with `T::default()` is better expressed using `std::mem::take`",
    )
    if d is not None:
        d.with_suggestion("consider using", [(e.span, f"std::mem::take({cx.snippet(e.args[0].span)})")], style="inline")


@on_expr(hir.ClosureExpr)
def redundant_closure(cx: LintCx, e: hir.ClosureExpr, parents: Parents) -> None:
    clo = _closure(cx, e)
    if clo is None or cx.from_expansion(e.span):
        return
    body = clo[1]
    call = body.value
    if not isinstance(call, hir.CallExpr) or len(call.args) != len(body.params):
        return
    callee = _path_def(call.func)
    if callee is None or cx.tcx.def_kind(callee) not in (DefKind.FN, DefKind.ASSOC_FN):
        return
    res = cx.typeck()
    for param, arg in zip(body.params, call.args, strict=True):
        if not isinstance(param.pat, hir.BindingPat) or local_of(arg) != param.pat.hir_id:
            return
        if res is None or res.adjustments.get(arg.hir_id):
            return
    item = cx.tcx.assoc_item(callee)
    what = "method" if item is not None and item.fn_has_self else "function"
    d = cx.lint(REDUNDANT_CLOSURE, e.span, "redundant closure")
    if d is not None:
        d.with_suggestion(
            f"replace the closure with the {what} itself", [(e.span, cx.snippet(call.func.span))], style="inline"
        )


@on_expr(hir.MethodCallExpr)
def iter_cloned_collect(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    adapter = e.receiver
    if e.segment.ident.name != "collect" or e.args or cx.from_expansion(e.span):
        return
    if not (isinstance(adapter, hir.MethodCallExpr) and adapter.segment.ident.name in ("cloned", "copied")):
        return
    it = adapter.receiver
    if not (isinstance(it, hir.MethodCallExpr) and it.segment.ident.name == "iter" and not it.args):
        return
    if not cx.is_method(it, "slice", "iter") or _owner_of(cx, adapter) != "Iterator":
        return
    out = cx.ty(e)
    if not (isinstance(out, t.Adt) and cx.tcx.item_name(out.def_id) == "Vec"):
        return
    name = adapter.segment.ident.name
    span = Span(it.receiver.span.hi, e.span.hi, e.span.ctxt)
    d = cx.lint(
        ITER_CLONED_COLLECT,
        span,
        f"called `iter().{name}().collect()` on a slice to create a `Vec`. Calling `to_vec()` is both faster and more readable",
    )
    if d is not None:
        d.with_suggestion("try", [(span, ".to_vec()")], style="inline")


@on_expr(hir.MethodCallExpr)
def useless_conversion(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    name = e.segment.ident.name
    if e.args or name not in ("into", "into_iter") or cx.from_expansion(e.span):
        return
    owner = "Into" if name == "into" else "IntoIterator"
    if not cx.is_method(e, owner, name):
        return
    ty, recv_ty = cx.ty(e), cx.ty(e.receiver)
    if ty is None or ty != recv_ty:
        return
    if name == "into_iter" and isinstance(parents[-1] if parents else None, hir.CallExpr):
        return  # the `for` loop's own `into_iter`
    d = cx.lint(USELESS_CONVERSION, e.span, f"useless conversion to the same type: `{cx.ty_full(ty)}`")
    if d is not None:
        d.with_suggestion(f"consider removing `.{name}()`", [(e.span, cx.expr_snippet(e.receiver))], style="inline")


@on_expr(hir.CallExpr)
def useless_conversion_from(cx: LintCx, e: hir.CallExpr, parents: Parents) -> None:
    if len(e.args) != 1 or not isinstance(e.func, hir.PathExpr) or cx.from_expansion(e.span):
        return
    d_id = cx.method_def(e.func) or _path_def(e.func)
    if d_id is None or cx.tcx.item_name(d_id) != "from" or cx.assoc_parent_name(d_id) != "From":
        return
    ty, arg_ty = cx.ty(e), cx.ty(e.args[0])
    if ty is None or ty != arg_ty:
        return
    path = cx.snippet(e.func.span)
    d = cx.lint(USELESS_CONVERSION, e.span, f"useless conversion to the same type: `{cx.ty_full(ty)}`")
    if d is not None:
        d.with_suggestion(f"consider removing `{path}()`", [(e.span, cx.expr_snippet(e.args[0]))], style="inline")


@on_expr(hir.MethodCallExpr)
def manual_contains(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    recv = e.receiver
    if e.segment.ident.name != "any" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    if not (isinstance(recv, hir.MethodCallExpr) and recv.segment.ident.name == "iter" and not recv.args):
        return
    if not cx.is_method(recv, "slice", "iter") or _owner_of(cx, e) != "Iterator":
        return
    clo = _closure(cx, e.args[0])
    if clo is None or len(clo[1].params) != 1 or not isinstance(clo[1].params[0].pat, hir.BindingPat):
        return
    param = clo[1].params[0].pat.hir_id
    cmp = clo[1].value
    if not (isinstance(cmp, hir.BinaryExpr) and cmp.op is hir.BinOpKind.EQ):
        return
    for deref, value in ((cmp.lhs, cmp.rhs), (cmp.rhs, cmp.lhs)):
        if (
            isinstance(deref, hir.UnaryExpr)
            and deref.op is hir.UnOp.DEREF
            and local_of(deref.expr) == param
            and isinstance(value, hir.LitExpr | hir.PathExpr)
            and local_of(value) != param
        ):
            item = cx.ty(deref)
            if item is None or not item.is_primitive or cx.ty(value) != item:
                return
            d = cx.lint(MANUAL_CONTAINS, e.span, "using `contains()` instead of `iter().any()` is more efficient")
            if d is not None:
                text = f"{cx.expr_snippet(recv.receiver)}.contains(&{cx.snippet(value.span)})"
                d.with_suggestion("try", [(e.span, text)], style="inline")
            return


def _format_call_site(cx: LintCx, e: hir.Expr) -> tuple[str, Span] | None:
    """`e` is what `format!(..)` expanded to: the macro's name and invocation."""
    chain = cx.hygiene.call_site_chain(e.span.ctxt)
    if not chain or chain[-1].call_site.ctxt != 0:
        return None
    return chain[-1].macro_name, chain[-1].call_site


@on_expr(hir.MethodCallExpr)
def expect_fun_call(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if e.segment.ident.name != "expect" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    owner = _owner_of(cx, e)
    if owner not in ("Option", "Result"):
        return
    arg = e.args[0]
    if isinstance(arg, hir.AddrOfExpr):
        inner = arg.expr
    elif isinstance(arg, hir.MethodCallExpr) and arg.segment.ident.name == "as_str" and not arg.args:
        inner = arg.receiver
    else:
        return
    site = _format_call_site(cx, inner)
    if site is None or site[0] != "format" or cx.snippet(site[1]) != cx.snippet(cx.hygiene.user_span(inner.span)):
        return
    args = cx.snippet(site[1]).removeprefix("format!")[1:-1]
    closure = "||" if owner == "Option" else "|_|"
    span = Span(e.segment.ident.span.lo, e.span.hi, e.span.ctxt)
    d = cx.lint(EXPECT_FUN_CALL, span, "function call inside of `expect`")
    if d is not None:
        d.with_suggestion("try", [(span, f"unwrap_or_else({closure} panic!({args}))")], style="inline")


def _collection_name(cx: LintCx, ty: t.Ty | None) -> str | None:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    if isinstance(ty, t.Slice):
        return "slice"
    if isinstance(ty, t.Array):
        return "array"
    if isinstance(ty, t.Adt) and cx.tcx.item_name(ty.def_id) in ("Vec", "VecDeque", "HashMap", "HashSet", "BTreeMap", "BTreeSet"):
        return cx.tcx.item_name(ty.def_id)
    return None


@on_expr(hir.MethodCallExpr)
def iter_count(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    recv = e.receiver
    if e.segment.ident.name != "count" or e.args or cx.from_expansion(e.span):
        return
    if not (isinstance(recv, hir.MethodCallExpr) and recv.segment.ident.name in ("iter", "into_iter") and not recv.args):
        return
    recv_ty = cx.ty(recv.receiver)
    name = _collection_name(cx, recv_ty)
    if name is None or _owner_of(cx, e) != "Iterator":
        return
    if recv.segment.ident.name == "into_iter" and not isinstance(recv_ty, t.Ref):
        return
    d = cx.lint(ITER_COUNT, e.span, f"called `.{recv.segment.ident.name}().count()` on a `{name}`")
    if d is not None:
        d.with_suggestion("try", [(e.span, f"{cx.expr_snippet(recv.receiver)}.len()")], style="inline")


@on_expr(hir.MethodCallExpr)
def into_iter_on_ref(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if e.segment.ident.name != "into_iter" or e.args or cx.from_expansion(e.span):
        return
    recv_ty = cx.ty(e.receiver)
    if not isinstance(recv_ty, t.Ref) or not cx.is_method(e, "IntoIterator", "into_iter"):
        return
    name = _collection_name(cx, recv_ty)
    if name is None:
        return
    method = "iter_mut" if recv_ty.mutbl is hir.Mutability.MUT else "iter"
    span = e.segment.ident.span
    d = cx.lint(
        INTO_ITER_ON_REF,
        span,
        f"this `.into_iter()` call is equivalent to `.{method}()` and will not consume the `{name}`",
    )
    if d is not None:
        d.with_suggestion("call directly", [(span, method)], style="inline")


@on_expr(hir.AddrOfExpr)
def useless_vec(cx: LintCx, e: hir.AddrOfExpr, parents: Parents) -> None:
    """`&vec![..]` where a slice is wanted: `&[..]`."""
    inner = e.expr
    if e.mutbl is not hir.Mutability.NOT or cx.from_expansion(e.span) or not cx.from_expansion(inner.span):
        return
    chain = cx.hygiene.call_site_chain(inner.span.ctxt)
    if not chain or chain[-1].macro_name != "vec" or chain[-1].call_site.ctxt != 0:
        return
    adjusted = cx.ty_adjusted(e)
    if not (isinstance(adjusted, t.Ref) and isinstance(adjusted.pointee, t.Slice)):
        return
    text = cx.snippet(chain[-1].call_site).removeprefix("vec!").strip()
    if len(text) < 2 or ";" in text or "\n" in text:
        return
    d = cx.lint(USELESS_VEC, e.span, "useless use of `vec!`")
    if d is not None:
        d.with_suggestion("you can use a slice directly", [(e.span, f"&[{text[1:-1]}]")], style="inline")


@on_expr(hir.AddrOfExpr)
def redundant_slicing(cx: LintCx, e: hir.AddrOfExpr, parents: Parents) -> None:
    index = e.expr
    if e.mutbl is not hir.Mutability.NOT or not isinstance(index, hir.IndexExpr) or cx.from_expansion(e.span):
        return
    full = index.index
    if not (isinstance(full, hir.PathExpr) and isinstance(full.qpath, hir.LangItemPath) and full.qpath.item == "RangeFull"):
        return
    ty, base_ty = cx.ty(e), cx.ty(index.expr)
    if not (isinstance(ty, t.Ref) and isinstance(base_ty, t.Ref)):
        return
    if ty.pointee != base_ty.pointee or base_ty.mutbl is not hir.Mutability.NOT:  # (regions aside)
        return
    d = cx.lint(REDUNDANT_SLICING, e.span, "redundant slicing of the whole range")
    if d is not None:
        d.with_suggestion("use the original value instead", [(e.span, cx.expr_snippet(index.expr))], style="inline")


def _iterator_call(cx: LintCx, e: hir.Expr, name: str, n_args: int) -> hir.MethodCallExpr | None:
    """`e` is `recv.name(args..)` of `Iterator`."""
    if not (isinstance(e, hir.MethodCallExpr) and e.segment.ident.name == name and len(e.args) == n_args):
        return None
    return e if _owner_of(cx, e) == "Iterator" and not cx.from_expansion(e.span) else None


@on_expr(hir.MethodCallExpr)
def iter_skip_next(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if _iterator_call(cx, e, "next", 0) is None:
        return
    skip = _iterator_call(cx, e.receiver, "skip", 1)
    if skip is None:
        return
    span = Span(skip.receiver.span.hi, e.span.hi, e.span.ctxt)
    d = cx.lint(ITER_SKIP_NEXT, span, "called `skip(..).next()` on an iterator")
    if d is not None:
        d.with_suggestion("use `nth` instead", [(span, f".nth({cx.snippet(skip.args[0].span)})")], style="inline")


def _closure_identity(cx: LintCx, e: hir.Expr) -> bool:
    clo = _closure(cx, e)
    if clo is None or len(clo[1].params) != 1:
        return False
    pat = clo[1].params[0].pat
    return isinstance(pat, hir.BindingPat) and pat.mode.by_ref is None and local_of(clo[1].value) == pat.hir_id


@on_expr(hir.MethodCallExpr)
def map_identity(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if e.segment.ident.name != "map" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    owner = _owner_of(cx, e)
    if owner not in ("Iterator", "Option", "Result") or not _closure_identity(cx, e.args[0]):
        return
    span = Span(e.receiver.span.hi, e.span.hi, e.span.ctxt)
    d = cx.lint(MAP_IDENTITY, span, "unnecessary map of the identity function")
    if d is not None:
        app = Applicability.MACHINE_APPLICABLE if owner == "Iterator" else Applicability.UNSPECIFIED
        d.with_suggestion("remove the call to `map`", [(span, "")], app, "hide_inline")


@on_expr(hir.MethodCallExpr)
def bind_instead_of_map(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if e.segment.ident.name != "and_then" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    if _owner_of(cx, e) != "Option":
        return
    clo = _closure(cx, e.args[0])
    if clo is None or len(clo[1].params) != 1:
        return
    from ferric.lint.control import variant_of

    body = clo[1].value
    if not (isinstance(body, hir.CallExpr) and len(body.args) == 1 and isinstance(body.func, hir.PathExpr)):
        return
    if variant_of(cx, body.func.qpath) != "Some" or cx.from_expansion(body.span):
        return
    param = cx.snippet(clo[1].params[0].pat.span)
    text = f"{cx.expr_snippet(e.receiver)}.map(|{param}| {cx.snippet(body.args[0].span)})"
    d = cx.lint(
        BIND_INSTEAD_OF_MAP,
        e.span,
        "using `Option.and_then(|x| Some(y))`, which is more succinctly expressed as `map(|x| y)`",
    )
    if d is not None:
        d.with_suggestion("try", [(e.span, text)], style="inline")


@on_expr(hir.BinaryExpr)
def chars_next_cmp(cx: LintCx, e: hir.BinaryExpr, parents: Parents) -> None:
    if e.op not in (hir.BinOpKind.EQ, hir.BinOpKind.NE) or cx.expr_from_expansion(e):
        return
    from ferric.lint.control import variant_of

    nxt, some = e.lhs, e.rhs
    if _iterator_call(cx, nxt, "next", 0) is None:
        return
    assert isinstance(nxt, hir.MethodCallExpr)
    chars = nxt.receiver
    if not (isinstance(chars, hir.MethodCallExpr) and chars.segment.ident.name == "chars" and not chars.args):
        return
    if not cx.is_method(chars, "str", "chars"):
        return
    if not (isinstance(some, hir.CallExpr) and isinstance(some.func, hir.PathExpr) and len(some.args) == 1):
        return
    arg = some.args[0]
    if variant_of(cx, some.func.qpath) != "Some" or not (isinstance(arg, hir.LitExpr) and arg.lit.kind is hir.LitKind.CHAR):
        return
    neg = "!" if e.op is hir.BinOpKind.NE else ""
    text = f"{neg}{cx.expr_snippet(chars.receiver)}.starts_with({cx.snippet(arg.span)})"
    d = cx.lint(CHARS_NEXT_CMP, e.span, "you should use the `starts_with` method")
    if d is not None:
        d.with_suggestion("like this", [(e.span, text)], style="inline")


@on_expr(hir.MethodCallExpr)
def map_flatten(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if _iterator_call(cx, e, "flatten", 0) is None:
        return
    m = _iterator_call(cx, e.receiver, "map", 1)
    if m is None:
        return
    span = Span(m.segment.ident.span.lo, e.span.hi, e.span.ctxt)
    d = cx.lint(MAP_FLATTEN, span, "called `map(..).flatten()` on `Iterator`")
    if d is not None:
        d.with_suggestion(
            "try replacing `map` with `flat_map` and remove the `.flatten()`",
            [(span, f"flat_map({cx.snippet(m.args[0].span)})")],
            style="inline",
        )


@on_stmt(hir.SemiStmt)
def option_map_unit_fn(cx: LintCx, s: hir.SemiStmt, parents: Parents) -> None:
    e = s.expr
    if not (isinstance(e, hir.MethodCallExpr) and e.segment.ident.name == "map" and len(e.args) == 1):
        return
    if cx.from_expansion(e.span) or _owner_of(cx, e) != "Option":
        return
    clo = _closure(cx, e.args[0])
    if clo is None or len(clo[1].params) != 1 or not isinstance(clo[1].params[0].pat, hir.BindingPat):
        return
    body = clo[1].value
    if cx.ty(body) != t.Tuple(()) or (isinstance(body, hir.BlockExpr) and not cx.from_expansion(body.span)):
        return
    text = cx.snippet(cx.hygiene.user_span(body.span))
    binding = clo[1].params[0].pat.ident.name
    d = cx.lint(
        OPTION_MAP_UNIT_FN,
        e.span,
        "called `map(f)` on an `Option` value where `f` is a closure that returns the unit type `()`",
    )
    if d is not None:
        recv = cx.expr_snippet(e.receiver)
        d.with_suggestion("use `if let` instead", [(s.span, f"if let Some({binding}) = {recv} {{ {text} }}")])


_FOLDS = {
    # (initial value, operator) -> (method, short-circuits)
    ("false", hir.BinOpKind.OR): ("any", True),
    ("true", hir.BinOpKind.AND): ("all", True),
    ("0", hir.BinOpKind.ADD): ("sum", False),
    ("1", hir.BinOpKind.MUL): ("product", False),
}


@on_expr(hir.MethodCallExpr)
def unnecessary_fold(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    if _iterator_call(cx, e, "fold", 2) is None:
        return
    init, f = e.args
    clo = _closure(cx, f)
    if clo is None or len(clo[1].params) != 2 or not isinstance(init, hir.LitExpr):
        return
    acc, x = (p.pat for p in clo[1].params)
    body = clo[1].value
    if not (isinstance(acc, hir.BindingPat) and isinstance(x, hir.BindingPat) and isinstance(body, hir.BinaryExpr)):
        return
    shape = _FOLDS.get((cx.snippet(init.span), body.op))
    if shape is None or local_of(body.lhs) != acc.hir_id or _mentions_local(body.rhs, acc.hir_id):
        return
    method, short = shape
    if short:
        text = f"{method}(|{x.ident.name}| {cx.snippet(body.rhs.span)})"
    else:
        if local_of(body.rhs) != x.hir_id:
            return
        text = f"{method}::<{cx.ty(e)}>()"
    span = Span(e.segment.ident.span.lo, e.span.hi, e.span.ctxt)
    d = cx.lint(UNNECESSARY_FOLD, span, "this `.fold` can be written more succinctly using another method")
    if d is None:
        return
    if short:
        d.with_note(
            f"the `{method}` method is short circuiting and may change the program semantics if the iterator has side effects"
        )
    app = Applicability.MAYBE_INCORRECT if short else Applicability.MACHINE_APPLICABLE
    d.with_suggestion("try", [(span, text)], app, "inline")


def _mentions_local(e: hir.Expr, binding: object) -> bool:
    stack: list[object] = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.PathExpr) and local_of(node) == binding:
            return True
        stack.extend(hir.child_nodes(node))
    return False


_PRIM_SIZES = {"i8": 1, "u8": 1, "bool": 1, "i16": 2, "u16": 2, "i32": 4, "u32": 4, "f32": 4, "char": 4, "i64": 8, "u64": 8, "f64": 8, "isize": 8, "usize": 8, "i128": 16, "u128": 16}
_TOO_LARGE_FOR_STACK = 200
"""clippy's `too-large-for-stack` default, in bytes."""


def _size_of(ty: t.Ty) -> int | None:
    if isinstance(ty, t.Ref) and isinstance(ty.pointee, t.Str):
        return 16
    return _PRIM_SIZES.get(str(ty)) if ty.is_primitive else None


def _slice_use(cx: LintCx, use: hir.Expr, parent: object) -> bool:
    """A use of the `Vec` an array would serve as well (clippy's `useless_vec` test)."""
    if isinstance(parent, hir.IndexExpr) and parent.expr is use:
        return True
    if isinstance(parent, hir.MethodCallExpr) and parent.receiver is use and parent.segment.ident.name in ("len", "as_ptr", "is_empty"):
        return True
    adjusted = cx.ty_adjusted(use)
    return isinstance(adjusted, t.Ref) and isinstance(adjusted.pointee, t.Slice)


@on_stmt(hir.LetStmt)
def useless_vec_local(cx: LintCx, s: hir.LetStmt, parents: Parents) -> None:
    """`let v = vec![..];` where every use of `v` works on a slice: an array."""
    pat, init = s.pat, s.init
    if init is None or s.ty is not None or s.els is not None or cx.from_expansion(s.span):
        return
    if not (isinstance(pat, hir.BindingPat) and pat.mode.by_ref is None and pat.sub is None):
        return
    chain = cx.hygiene.call_site_chain(init.span.ctxt)
    if not chain or chain[-1].macro_name != "vec" or chain[-1].call_site.ctxt != 0:
        return
    call = chain[-1].call_site
    text = cx.snippet(call).removeprefix("vec!").strip()
    if len(text) < 2 or ";" in text or "\n" in text or not text.startswith("["):
        return
    vec_ty = cx.ty(init)
    if not (isinstance(vec_ty, t.Adt) and cx.tcx.item_name(vec_ty.def_id) == "Vec" and vec_ty.args):
        return
    elem = vec_ty.args[0]
    size = _size_of(elem) if isinstance(elem, t.Ty) else None
    # (commas inside an element overcount: that only errs towards keeping quiet)
    n = text.count(",") + (0 if text[1:-1].strip().endswith(",") or not text[1:-1].strip() else 1)
    if size is None or size * n > _TOO_LARGE_FOR_STACK:
        return
    body = cx.tcx.body(cx.owner) if cx.owner is not None else None
    if body is None:
        return
    uses = 0
    stack: list[tuple[object, object | None]] = [(body.value, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, hir.PathExpr) and local_of(node) == pat.hir_id:
            if not _slice_use(cx, node, parent):
                return
            uses += 1
        stack.extend((c, node) for c in hir.child_nodes(node))
    if not uses:
        return
    d = cx.lint(USELESS_VEC, call, "useless use of `vec!`")
    if d is not None:
        d.with_suggestion("you can use an array directly", [(call, text)], style="inline")


@on_expr(hir.MethodCallExpr)
def ok_expect(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    ok = e.receiver
    if e.segment.ident.name != "expect" or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    if not (isinstance(ok, hir.MethodCallExpr) and not ok.args and cx.is_method(ok, "Result", "ok")):
        return
    if _owner_of(cx, e) != "Option":
        return
    d = cx.lint(OK_EXPECT, e.span, "called `ok().expect()` on a `Result` value")
    if d is not None:
        d.with_suggestion("call `expect()` directly on the `Result`", [(Span(ok.receiver.span.hi, ok.span.hi, ok.span.ctxt), "")])


@on_expr(hir.MethodCallExpr)
def unnecessary_sort_by(cx: LintCx, e: hir.MethodCallExpr, parents: Parents) -> None:
    name = e.segment.ident.name
    if name not in ("sort_by", "sort_unstable_by") or len(e.args) != 1 or cx.from_expansion(e.span):
        return
    if _owner_of(cx, e) != "slice":
        return
    clo = _closure(cx, e.args[0])
    if clo is None or len(clo[1].params) != 2:
        return
    a, b = (p.pat for p in clo[1].params)
    cmp = clo[1].value
    if not (isinstance(a, hir.BindingPat) and isinstance(b, hir.BindingPat) and isinstance(cmp, hir.MethodCallExpr)):
        return
    if cmp.segment.ident.name != "cmp" or len(cmp.args) != 1 or local_of(cmp.receiver) != a.hir_id:
        return
    if local_of(cmp.args[0]) != b.hir_id:
        return
    plain = name.removesuffix("_by")
    d = cx.lint(UNNECESSARY_SORT_BY, e.span, f"consider using `{plain}`")
    if d is not None:
        d.with_suggestion("try", [(e.span, f"{cx.expr_snippet(e.receiver)}.{plain}()")])
