"""Lints on items and signatures: `new_without_default`, `len_without_is_empty`,
`ptr_arg`.

`new_without_default` and `len_without_is_empty` are about a type's public API, so they
only look at methods reachable from outside the crate (`_exported`: public all the way up
to the crate root), as clippy does.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import on_fn, on_item
from ferric.lint.registry import LEN_WITHOUT_IS_EMPTY, NEW_WITHOUT_DEFAULT, PTR_ARG
from ferric.resolve.defs import DefId, DefKind, DefRes, LocalRes
from ferric.ty import ty as t


def _exported(cx: LintCx, def_id: DefId) -> bool:
    """Public, and so is every enclosing module up to the crate root."""
    cur: DefId | None = def_id
    while cur is not None:
        if cx.tcx.def_kind(cur) is DefKind.IMPL:
            cur = cx.tcx.parent(cur)
            continue
        if cx.tcx.parent(cur) is None:
            return True
        if not cx.tcx.defs[cur].vis.public:
            return False
        cur = cx.tcx.parent(cur)
    return True


def _inherent_impl_of_adt(cx: LintCx, item: hir.ImplItem) -> t.Adt | None:
    if item.of_trait is not None or item.generics.params or cx.from_expansion(item.span):
        return None
    self_ty = cx.tcx.type_of(item.def_id)
    return self_ty if isinstance(self_ty, t.Adt) else None


@on_item(hir.ImplItem)
def new_without_default(cx: LintCx, item: hir.ImplItem) -> None:
    adt = _inherent_impl_of_adt(cx, item)
    if adt is None or adt.args:
        return
    for child in item.items:
        fn = cx.tcx.hir.items.get(child)
        if not (isinstance(fn, hir.FnItem) and fn.ident.name == "new"):
            continue
        if fn.sig.decl.inputs or fn.generics.params or not _exported(cx, child):
            continue
        if cx.tcx.fn_sig(child).output != adt or _implements_default(cx, adt):
            continue
        name = cx.tcx.item_name(adt.def_id)
        d = cx.lint(NEW_WITHOUT_DEFAULT, fn.span, f"you should consider adding a `Default` implementation for `{name}`")
        if d is None:
            continue
        text = (
            f"impl Default for {name} {{\n    fn default() -> Self {{\n        Self::new()\n    }}\n}}\n\n"
        )
        at = Span(item.span.lo, item.span.lo, item.span.ctxt)
        d.with_suggestion("try adding this", [(at, text)], Applicability.MACHINE_APPLICABLE)


def _implements_default(cx: LintCx, adt: t.Adt) -> bool:
    default = cx.tcx.std_item("default", "Default")
    if default is None:
        return False
    return any(cx.tcx.type_of(impl) == adt for impl in cx.tcx.trait_impls(default))


@on_item(hir.ImplItem)
def len_without_is_empty(cx: LintCx, item: hir.ImplItem) -> None:
    adt = _inherent_impl_of_adt(cx, item)
    if adt is None:
        return
    for child in item.items:
        fn = cx.tcx.hir.items.get(child)
        if not (isinstance(fn, hir.FnItem) and fn.ident.name == "len"):
            continue
        if fn.sig.decl.implicit_self not in ("ref", "ref_mut") or len(fn.sig.decl.inputs) != 1:
            continue
        if not _exported(cx, child) or not cx.tcx.fn_sig(child).output.is_integral:
            continue
        if cx.has_inherent_method(adt, "is_empty"):
            continue
        kind = "struct" if cx.tcx.def_kind(adt.def_id) is DefKind.STRUCT else "enum"
        name = cx.tcx.item_name(adt.def_id)
        cx.lint(LEN_WITHOUT_IS_EMPTY, fn.sig.span, f"{kind} `{name}` has a public `len` method, but no `is_empty` method")


_PTR_ARG_TYPES = {"Vec": ("`&Vec` instead of `&[_]`", None), "String": ("`&String` instead of `&str`", "&str"), "PathBuf": ("`&PathBuf` instead of `&Path`", "&Path")}


@on_fn
def ptr_arg(cx: LintCx, item: hir.FnItem, body: hir.Body) -> None:
    parent = cx.tcx.parent(item.def_id)
    if parent is not None and cx.tcx.def_kind(parent) in (DefKind.IMPL, DefKind.TRAIT):
        impl = cx.tcx.hir.items.get(parent)
        if not isinstance(impl, hir.ImplItem) or impl.of_trait is not None:
            return
    if cx.from_expansion(item.span):
        return
    for ty, param in zip(item.sig.decl.inputs, body.params, strict=False):
        if not (isinstance(ty, hir.RefTy) and ty.mutbl is hir.Mutability.NOT and isinstance(ty.ty, hir.PathTy)):
            continue
        qpath = ty.ty.qpath
        if not (isinstance(qpath, hir.ResolvedPath) and isinstance(qpath.path.res, DefRes)):
            continue
        def_id = qpath.path.res.def_id
        name = cx.tcx.item_name(def_id)
        if name not in _PTR_ARG_TYPES or cx.tcx.crate_of(def_id) == cx.tcx.crate_of(item.def_id):
            continue
        what, replacement = _PTR_ARG_TYPES[name]
        if replacement is None:
            args = qpath.path.segments[-1].args
            if args is None or len(args.args) != 1 or not isinstance(args.args[0], hir.TypeArg):
                continue
            replacement = f"&[{cx.snippet(args.args[0].ty.span)}]"
        if not isinstance(param.pat, hir.BindingPat):
            continue
        clones = _slice_compatible_uses(cx, body, param.pat.hir_id)
        if clones is None:
            continue
        d = cx.lint(PTR_ARG, ty.span, f"writing {what} involves a new object where a slice will do")
        if d is not None:
            parts = [(ty.span, replacement)] + [(c.span, f"{cx.snippet(c.receiver.span)}.to_owned()") for c in clones]
            d.with_suggestion("change this to", parts, Applicability.UNSPECIFIED)


_SHARED_METHODS = frozenset({"len", "is_empty", "iter", "iter_mut"})
"""Methods `Vec`/`String` define themselves that the slice types have too."""


def _slice_compatible_uses(cx: LintCx, body: hir.Body, binding: object) -> list[hir.MethodCallExpr] | None:
    """The `.clone()` calls on the parameter when every use of it would work on a slice
    (a method of the slice/str type reached by auto-deref, indexing, `clone`); None when
    some use needs the owned type (or is one this check does not understand)."""
    clones: list[hir.MethodCallExpr] = []
    stack: list[tuple[object, object | None]] = [(body.value, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, hir.PathExpr) and isinstance(node.qpath, hir.ResolvedPath):
            res = node.qpath.path.res
            if isinstance(res, LocalRes) and res.hir_id == binding:
                if isinstance(parent, hir.MethodCallExpr) and parent.receiver is node:
                    d = cx.method_def(parent)
                    owner = cx.assoc_parent_name(d) if d is not None else None
                    if owner == "Clone" and parent.segment.ident.name == "clone":
                        clones.append(parent)
                    elif owner not in ("slice", "str") and parent.segment.ident.name not in _SHARED_METHODS:
                        return None
                elif not (isinstance(parent, hir.IndexExpr) and parent.expr is node):
                    return None
            continue
        for c in hir.child_nodes(node):
            stack.append((c, node))
    return clones
