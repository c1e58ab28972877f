"""Lints on items, signatures and names: `new_without_default`, `len_without_is_empty`,
`ptr_arg`, `upper_case_acronyms`, `inherent_to_string`, `should_implement_trait`,
`wrong_self_convention`, `needless_lifetimes`, `too_many_arguments`,
`enum_variant_names`.

`new_without_default` and `len_without_is_empty` are about a type's public API, so they
only look at methods reachable from outside the crate (`_exported`: public all the way up
to the crate root), as clippy does.
"""

from __future__ import annotations

import itertools
import re

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Label
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import on_fn, on_item
from ferric.lint.registry import (
    ENUM_VARIANT_NAMES,
    INHERENT_TO_STRING,
    LEN_WITHOUT_IS_EMPTY,
    NEEDLESS_LIFETIMES,
    NEW_WITHOUT_DEFAULT,
    PTR_ARG,
    SHOULD_IMPLEMENT_TRAIT,
    TOO_MANY_ARGUMENTS,
    UPPER_CASE_ACRONYMS,
    WRONG_SELF_CONVENTION,
)
from ferric.resolve.defs import DefId, DefKind, DefRes, HirId, LocalRes
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
        if fn.sig.decl.implicit_self not in ("ref", "mut_ref") or len(fn.sig.decl.inputs) != 1:
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
        if not (isinstance(ty, hir.RefTy) and isinstance(ty.ty, hir.PathTy)):
            continue
        mutable = ty.mutbl is hir.Mutability.MUT
        qpath = ty.ty.qpath
        if not (isinstance(qpath, hir.ResolvedPath) and isinstance(qpath.path.res, DefRes)):
            continue
        def_id = qpath.path.res.def_id
        name = cx.tcx.item_name(def_id)
        if name not in _PTR_ARG_TYPES or cx.tcx.crate_of(def_id) == cx.tcx.crate_of(item.def_id):
            continue
        what, replacement = _PTR_ARG_TYPES[name]
        if mutable and name != "Vec":
            continue
        if replacement is None:
            args = qpath.path.segments[-1].args
            if args is None or len(args.args) != 1 or not isinstance(args.args[0], hir.TypeArg):
                continue
            mut = "mut " if mutable else ""
            replacement = f"&{mut}[{cx.snippet(args.args[0].ty.span)}]"
            what = f"`&{mut}Vec` instead of `&{mut}[_]`"
        if not isinstance(param.pat, hir.BindingPat):
            continue
        clones = _slice_compatible_uses(cx, body, param.pat.hir_id)
        if mutable and clones:
            continue
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


# -- naming --------------------------------------------------------------------------------------


def _acronym(cx: LintCx, ident: hir.Ident, exported_from: DefId) -> None:
    """clippy's check (without `upper-case-acronyms-aggressive`): all capitals, 3+ long."""
    name = ident.name
    if len(name) <= 2 or not all("A" <= c <= "Z" for c in name) or cx.from_expansion(ident.span):
        return
    if _exported(cx, exported_from):
        return
    d = cx.lint(UPPER_CASE_ACRONYMS, ident.span, f"name `{name}` contains a capitalized acronym")
    if d is not None:
        fixed = name[0] + name[1:].lower()
        d.with_suggestion(
            "consider making the acronym lowercase, except the initial letter",
            [(ident.span, fixed)],
            Applicability.MAYBE_INCORRECT,
            style="inline",
        )


@on_item(hir.StructItem, hir.EnumItem, hir.TyAliasItem, hir.TraitItem, hir.UnionItem)
def upper_case_acronyms(cx: LintCx, item: hir.StructItem | hir.EnumItem | hir.TyAliasItem | hir.TraitItem | hir.UnionItem) -> None:
    parent = cx.tcx.parent(item.def_id)
    if parent is not None and cx.tcx.def_kind(parent) in (DefKind.IMPL, DefKind.TRAIT):
        return  # associated types follow their trait
    if isinstance(item, hir.EnumItem):
        for v in item.variants:
            _acronym(cx, v.ident, item.def_id)
    _acronym(cx, item.ident, item.def_id)


def _inherent_methods(cx: LintCx, item: hir.ImplItem) -> list[hir.FnItem]:
    if item.of_trait is not None or cx.from_expansion(item.span):
        return []
    return [f for f in (cx.tcx.hir.items.get(c) for c in item.items) if isinstance(f, hir.FnItem)]


def _is_string(cx: LintCx, ty: t.Ty) -> bool:
    return isinstance(ty, t.Adt) and cx.tcx.item_name(ty.def_id) == "String" and cx.tcx.crate_of(ty.def_id) != cx.tcx.crate_of(cx.owner or ty.def_id)


@on_item(hir.ImplItem)
def inherent_to_string(cx: LintCx, item: hir.ImplItem) -> None:
    self_ty = cx.tcx.type_of(item.def_id)
    for fn in _inherent_methods(cx, item):
        decl = fn.sig.decl
        if fn.ident.name != "to_string" or decl.implicit_self != "ref" or len(decl.inputs) != 1:
            continue
        if fn.generics.params or not _exported(cx, fn.def_id) or not _is_string(cx, cx.tcx.fn_sig(fn.def_id).output):
            continue
        if _implements(cx, self_ty, ("fmt", "Display")):
            continue
        name = str(self_ty)
        d = cx.lint(INHERENT_TO_STRING, fn.span, f"implementation of inherent method `to_string(&self) -> String` for type `{name}`")
        if d is not None:
            d.with_help(f"implement trait `Display` for type `{name}` instead")


def _implements(cx: LintCx, ty: t.Ty, path: tuple[str, ...]) -> bool:
    trait = cx.tcx.std_item(*path)
    return trait is not None and any(cx.tcx.type_of(i) == ty for i in cx.tcx.trait_impls(trait))


_SELF_KINDS = {"value": "value", "mut_value": "value", "ref": "ref", "mut_ref": "mut_ref", "none": "none"}

# name -> (trait path, inputs including self, self kind, output kind)
_TRAIT_METHODS = {
    "add": ("std::ops::Add", 2, "value", "any"),
    "as_mut": ("std::convert::AsMut", 1, "mut_ref", "ref"),
    "as_ref": ("std::convert::AsRef", 1, "ref", "ref"),
    "bitand": ("std::ops::BitAnd", 2, "value", "any"),
    "bitor": ("std::ops::BitOr", 2, "value", "any"),
    "bitxor": ("std::ops::BitXor", 2, "value", "any"),
    "borrow": ("std::borrow::Borrow", 1, "ref", "ref"),
    "borrow_mut": ("std::borrow::BorrowMut", 1, "mut_ref", "ref"),
    "clone": ("std::clone::Clone", 1, "ref", "any"),
    "cmp": ("std::cmp::Ord", 2, "ref", "any"),
    "default": ("std::default::Default", 0, "none", "any"),
    "deref": ("std::ops::Deref", 1, "ref", "ref"),
    "deref_mut": ("std::ops::DerefMut", 1, "mut_ref", "ref"),
    "div": ("std::ops::Div", 2, "value", "any"),
    "drop": ("std::ops::Drop", 1, "mut_ref", "unit"),
    "eq": ("std::cmp::PartialEq", 2, "ref", "bool"),
    "from_iter": ("std::iter::FromIterator", 1, "none", "any"),
    "from_str": ("std::str::FromStr", 1, "none", "any"),
    "hash": ("std::hash::Hash", 2, "ref", "unit"),
    "index": ("std::ops::Index", 2, "ref", "ref"),
    "index_mut": ("std::ops::IndexMut", 2, "mut_ref", "ref"),
    "into_iter": ("std::iter::IntoIterator", 1, "value", "any"),
    "mul": ("std::ops::Mul", 2, "value", "any"),
    "neg": ("std::ops::Neg", 1, "value", "any"),
    "next": ("std::iter::Iterator", 1, "mut_ref", "any"),
    "not": ("std::ops::Not", 1, "value", "any"),
    "rem": ("std::ops::Rem", 2, "value", "any"),
    "shl": ("std::ops::Shl", 2, "value", "any"),
    "shr": ("std::ops::Shr", 2, "value", "any"),
    "sub": ("std::ops::Sub", 2, "value", "any"),
}


def _output_kind(decl: hir.FnDecl) -> str:
    out = decl.output
    if out is None or (isinstance(out, hir.TupleTy) and not out.elems):
        return "unit"
    if isinstance(out, hir.RefTy):
        return "ref"
    if isinstance(out, hir.PathTy) and isinstance(out.qpath, hir.ResolvedPath):
        res = out.qpath.path.res
        if getattr(res, "name", None) == "bool":
            return "bool"
    return "other"


@on_item(hir.ImplItem)
def should_implement_trait(cx: LintCx, item: hir.ImplItem) -> None:
    for fn in _inherent_methods(cx, item):
        case = _TRAIT_METHODS.get(fn.ident.name)
        if case is None or not _exported(cx, fn.def_id):
            continue
        trait, n_inputs, self_kind, out_kind = case
        decl, header = fn.sig.decl, fn.sig.header
        if len(decl.inputs) != n_inputs or _SELF_KINDS.get(decl.implicit_self) != self_kind:
            continue
        if any(p.kind is not hir.GenericParamKind.LIFETIME for p in fn.generics.params):
            continue
        if header.is_const or header.is_async or header.safety is not hir.Safety.DEFAULT:
            continue
        if out_kind != "any" and _output_kind(decl) != out_kind:
            continue
        d = cx.lint(
            SHOULD_IMPLEMENT_TRAIT,
            fn.span,
            f"method `{fn.ident.name}` can be confused for the standard trait method `{trait}::{fn.ident.name}`",
        )
        if d is not None:
            d.with_help(f"consider implementing the trait `{trait}` or choosing a less ambiguous method name")


# prefix -> (self kinds that fit, how clippy words them)
_CONVENTIONS = (
    ("into_", ("value",), "`self` by value"),
    ("as_", ("ref", "mut_ref"), "`self` by reference or `self` by mutable reference"),
    ("is_", ("mut_ref", "ref", "none"), "`self` by mutable reference or `self` by reference or no `self`"),
    ("from_", ("none",), "no `self`"),
)


@on_item(hir.ImplItem)
def wrong_self_convention(cx: LintCx, item: hir.ImplItem) -> None:
    self_ty = cx.tcx.type_of(item.def_id)
    for fn in _inherent_methods(cx, item):
        name = fn.ident.name
        kind = _SELF_KINDS.get(fn.sig.decl.implicit_self)
        if kind is None or _exported(cx, fn.def_id):
            continue
        for prefix, fits, words in _CONVENTIONS:
            if not name.startswith(prefix) or kind in fits:
                continue
            if prefix in ("as_", "is_") and cx.is_copy_in(self_ty, fn.def_id):
                continue
            body = cx.tcx.body(fn.body) if fn.body is not None else None
            if body is None or not body.params:
                continue
            span = body.params[0].span if kind != "none" else fn.ident.span
            d = cx.lint(WRONG_SELF_CONVENTION, span, f"methods called `{prefix}*` usually take {words}")
            if d is not None:
                d.with_help("consider choosing a less ambiguous name")
            break


# -- needless_lifetimes ------------------------------------------------------------------------------


def _lifetimes_in(root: object) -> list[tuple[hir.Lifetime, object | None]]:
    """Every lifetime under `root`, with the node holding it."""
    out: list[tuple[hir.Lifetime, object | None]] = []
    stack: list[tuple[object, object | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, hir.Lifetime):
            out.append((node, parent))
            continue
        if isinstance(node, hir.OpaqueDefTy | hir.TraitObjectTy | hir.BareFnTy):
            # Lifetimes there follow other rules: stand for them with an unelidable one.
            out.append((hir.Lifetime(hir_id=HirId(0), name="?", res=hir.LifetimeResKind.ERROR, span=node.span), node))
            continue
        stack.extend((c, node) for c in reversed(list(hir.child_nodes(node))))
    return out


@on_fn
def needless_lifetimes(cx: LintCx, item: hir.FnItem, body: hir.Body) -> None:
    params = item.generics.params
    if len(params) != 1 or params[0].kind is not hir.GenericParamKind.LIFETIME or item.generics.predicates:
        return
    if cx.from_expansion(item.span):
        return
    parent = cx.tcx.parent(item.def_id)
    if parent is not None and cx.tcx.def_kind(parent) is DefKind.TRAIT:
        return
    param = params[0]
    decl = item.sig.decl
    inputs = [lt for ty in decl.inputs for lt in _lifetimes_in(ty)]
    output = _lifetimes_in(decl.output) if decl.output is not None else []
    mine = [(lt, p) for lt, p in inputs + output if lt.def_id == param.def_id]
    if any(not isinstance(p, hir.RefTy) for _, p in mine):
        return
    in_mine = [lt for lt, _ in inputs if lt.def_id == param.def_id]
    others_in = [lt for lt, _ in inputs if lt.def_id != param.def_id]
    out_mine = [lt for lt, _ in output if lt.def_id == param.def_id]
    if len(in_mine) != 1 or any(lt.res is hir.LifetimeResKind.ERROR for lt, _ in inputs + output):
        return
    if any(lt.res is hir.LifetimeResKind.PARAM and lt.def_id != param.def_id for lt, _ in inputs + output):
        return  # a lifetime of the impl: clippy leaves the signature alone
    from_self = decl.implicit_self in ("ref", "mut_ref") and bool(decl.inputs) and in_mine[0] in [
        lt for lt, _ in _lifetimes_in(decl.inputs[0])
    ]
    if out_mine and others_in and not from_self:
        return
    if any(lt.def_id == param.def_id for lt, _ in _lifetimes_in(body.value)):
        return
    name = param.name.name
    d = cx.lint(NEEDLESS_LIFETIMES, param.span, f"the following explicit lifetimes could be elided: {name}")
    if d is None:
        return
    for lt, _ in mine:
        d.labels.append(Label(lt.span, "", True))
    parts = [(item.generics.span, "")]
    for lt, _ in mine:
        parts.append((_with_trailing_space(cx, lt.span), ""))
    d.with_suggestion("elide the lifetimes", parts)


def _with_trailing_space(cx: LintCx, span: Span) -> Span:
    sf = cx.source_map.lookup_file(span.hi)
    if sf is None:
        return span
    i = span.hi - sf.start_pos
    while i < len(sf.text) and sf.text[i] == " ":
        i += 1
    return Span(span.lo, sf.start_pos + i, span.ctxt)


_TOO_MANY_ARGUMENTS = 7
"""clippy's `too-many-arguments-threshold` default."""


@on_fn
def too_many_arguments(cx: LintCx, item: hir.FnItem, body: hir.Body) -> None:
    n = len(body.params)
    if n <= _TOO_MANY_ARGUMENTS or cx.from_expansion(item.span):
        return
    parent = cx.tcx.parent(item.def_id)
    impl = cx.tcx.hir.items.get(parent) if parent is not None else None
    if isinstance(impl, hir.ImplItem) and impl.of_trait is not None:
        return  # the trait decides the signature
    cx.lint(TOO_MANY_ARGUMENTS, item.sig.span, f"this function has too many arguments ({n}/{_TOO_MANY_ARGUMENTS})")


_ENUM_VARIANT_NAME_THRESHOLD = 3
"""clippy's `enum-variant-name-threshold` default."""


def camel_case_split(name: str) -> list[str]:
    """`RedColor` -> `Red`, `Color` (clippy's `camel_case_split`, for plain CamelCase)."""
    words: list[str] = []
    start = 0
    for i in range(1, len(name)):
        c, prev = name[i], name[i - 1]
        boundary = c.isupper() and (prev.islower() or prev.isdigit())
        acronym_end = c.isupper() and prev.isupper() and i + 1 < len(name) and name[i + 1].islower()
        if boundary or acronym_end:
            words.append(name[start:i])
            start = i
    words.append(name[start:])
    return words


@on_item(hir.EnumItem)
def enum_variant_names(cx: LintCx, item: hir.EnumItem) -> None:
    variants = item.variants
    if len(variants) < _ENUM_VARIANT_NAME_THRESHOLD or _exported(cx, item.def_id) or cx.from_expansion(item.span):
        return
    enum_name = item.ident.name
    for v in variants:
        name = v.ident.name
        if name.startswith(enum_name) and len(name) > len(enum_name) and not name[len(enum_name)].islower():
            cx.lint(ENUM_VARIANT_NAMES, v.ident.span, "variant name starts with the enum's name")
        elif name.endswith(enum_name) and len(name) > len(enum_name):
            cx.lint(ENUM_VARIANT_NAMES, v.ident.span, "variant name ends with the enum's name")
    pre = camel_case_split(variants[0].ident.name)
    post = list(reversed(pre))
    for v in variants:
        words = camel_case_split(v.ident.name)
        if len(words) == 1:
            return
        pre = [a for a, _ in itertools.takewhile(lambda ab: ab[0] == ab[1], zip(pre, words, strict=False))]
        post = [a for a, _ in itertools.takewhile(lambda ab: ab[0] == ab[1], zip(post, reversed(words), strict=False))]
    if pre:
        what, value = "pre", "".join(pre)
    elif post:
        what, value = "post", "".join(reversed(post))
    else:
        return
    span = Span(_enum_keyword(cx, item), item.span.hi, item.span.ctxt)
    d = cx.lint(ENUM_VARIANT_NAMES, span, f"all variants have the same {what}fix: `{value}`")
    if d is not None:
        d.with_help(f"remove the {what}fixes and use full paths to the variants instead of glob imports")


def _enum_keyword(cx: LintCx, item: hir.EnumItem) -> int:
    """Where `enum` (or its visibility) starts: the item's span without its attributes."""
    m = re.search(r"(?:^|(?<=[\s\]]))(?:pub(?:\([^)]*\))?\s+)?enum\b", cx.snippet(item.span))
    return item.span.lo + m.start() if m is not None else item.span.lo
