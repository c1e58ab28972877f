"""Dyn compatibility (rustc's `dyn_compatibility.rs`), E0038, and trait objects that leave
an associated type unspecified, E0191.

`violations(tcx, trait_id)` lists why `dyn Trait` cannot be built: the trait (or a
supertrait) requires `Self: Sized`; a supertrait or where clause uses `Self` as a type
argument (`trait T: PartialEq`); an associated const; a method without a `where Self:
Sized` clause that has no `self` parameter, generic type parameters, or mentions `Self` in
a parameter or its return type.

Where it is reported, as rustc 1.95:
- `on_trait_object` is the hook `ty.lower.HirTyLowerer.lower_trait_object` calls for
  every `dyn` type of the local crate. In bodies every violation is reported there, at the
  trait's path, and the type becomes an error; in item signatures only the supertrait
  ones. It also reports E0191 (an associated type without a value).
- `check_signature_dyn_types` (well-formedness of items): the other violations, at the
  whole `dyn Trait` type, in fn signatures, fields, consts, statics and impl headers.

Input: the type context; output: diagnostics.
"""

from __future__ import annotations

import weakref
from types import UnionType

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import LOCAL_CRATE, CrateNum, DefId, DefKind
from ferric.ty import ty as t
from ferric.ty.context import AssocKind, TyCtxt
from ferric.ty.predicate import TraitPredicate


@dataclass(frozen=True, slots=True)
class Violation:
    kind: str
    """"sized_self", "supertrait_self", "assoc_const", "static_method", "generic_method",
    "self_in_arg", "self_in_return"."""
    text: str
    span: Span
    item: DefId | None = None


_VIOLATIONS: weakref.WeakKeyDictionary[TyCtxt, dict[DefId, list[Violation]]] = weakref.WeakKeyDictionary()
_REPORTED: weakref.WeakKeyDictionary[TyCtxt, set[tuple[int, int, str]]] = weakref.WeakKeyDictionary()
"""Per type context: each trait's violations, and the `dyn` types already reported while
lowering (a type may be lowered by more than one query)."""


def violations(tcx: TyCtxt, trait_id: DefId) -> list[Violation]:
    cache = _VIOLATIONS.setdefault(tcx, {})
    got = cache.get(trait_id)
    if got is None:
        cache[trait_id] = []  # a cycle through supertraits sees none
        got = _compute(tcx, trait_id)
        cache[trait_id] = got
    return got


def _supertrait_closure(tcx: TyCtxt, trait_id: DefId) -> list[DefId]:
    out = [trait_id]
    i = 0
    while i < len(out):
        for sup, _ in tcx.supertraits(out[i]):
            if sup.def_id not in out:
                out.append(sup.def_id)
        i += 1
    return out


def _mentions_self(ty: t.Ty) -> bool:
    """`Self` appears in `ty`, other than as the self type of a projection (`Self::Item`
    is allowed)."""
    from ferric.ty.fold import children

    self_param = t.Param(0, "Self")
    stack = [ty]
    while stack:
        x = stack.pop()
        if x is self_param:
            return True
        if not x.flags & t.HAS_PARAM:
            continue
        if isinstance(x, t.Alias) and x.kind is t.AliasKind.PROJECTION and x.args and x.args[0] is self_param:
            stack.extend(a for a in x.args[1:] if isinstance(a, t.Ty))
            continue
        stack.extend(children(x))
    return False


def _compute(tcx: TyCtxt, trait_id: DefId) -> list[Violation]:
    out: list[Violation] = []
    sized = tcx.lang_item("sized")
    self_param = t.Param(0, "Self")
    # `Self: Sized` through supertraits: point at the bound in this trait leading there.
    for sup, span in tcx.supertraits(trait_id):
        if sized is not None and sized in _supertrait_closure(tcx, sup.def_id):
            out.append(Violation("sized_self", "it requires `Self: Sized`", span))
    for clause, span in tcx.predicates_of(trait_id):
        if isinstance(clause, TraitPredicate) and clause.self_ty is self_param and clause.def_id == sized:
            out.append(Violation("sized_self", "it requires `Self: Sized`", span))
    # Supertraits using `Self` as a type argument (`trait T: PartialEq`).
    for tid in _supertrait_closure(tcx, trait_id):
        for sup, span in tcx.supertraits(tid):
            if any(isinstance(a, t.Ty) and _mentions_self(a) for a in sup.args[1:]):
                out.append(Violation("supertrait_self", "it uses `Self` as a type parameter", span))
    for tid in _supertrait_closure(tcx, trait_id):
        for it in tcx.associated_items(tid):
            if _requires_sized_self(tcx, it.def_id):
                continue
            item = tcx.hir_item(it.def_id)
            if it.kind is AssocKind.CONST and item is not None:
                out.append(Violation("assoc_const", f"it contains associated const `{it.name}`", item.ident.span, it.def_id))
            elif it.kind is AssocKind.FN and isinstance(item, hir.FnItem):
                out.extend(_method_violations(tcx, it.def_id, it.name, it.fn_has_self, item))
    return out


def _requires_sized_self(tcx: TyCtxt, item_id: DefId) -> bool:
    """The item has a `where Self: Sized` clause (it is then not part of the vtable)."""
    sized = tcx.lang_item("sized")
    self_param = t.Param(0, "Self")
    return any(
        isinstance(c, TraitPredicate) and c.def_id == sized and c.self_ty is self_param for c, _ in tcx.predicates_of(item_id)
    )


def _method_violations(tcx: TyCtxt, def_id: DefId, name: str, has_self: bool, item: hir.FnItem) -> list[Violation]:
    out: list[Violation] = []
    if not has_self:
        return [Violation("static_method", f"associated function `{name}` has no `self` parameter", item.ident.span, def_id)]
    sig = tcx.fn_sig(def_id)
    decl = item.sig.decl
    for i, (ty, hty) in enumerate(zip(sig.inputs, decl.inputs, strict=False)):
        if i == 0:
            continue
        if _mentions_self(ty):
            out.append(Violation("self_in_arg", f"method `{name}` references the `Self` type in this parameter", hty.span, def_id))
    if decl.output is not None and _mentions_self(sig.output) and not isinstance(sig.output, t.Coroutine):
        out.append(Violation("self_in_return", f"method `{name}` references the `Self` type in its return type", decl.output.span, def_id))
    if any(p.kind is hir.GenericParamKind.TYPE for p in item.generics.params):
        out.append(Violation("generic_method", f"method `{name}` has generic type parameters", item.ident.span, def_id))
    return out


# =================================================================================================
# Reporting
# =================================================================================================


def report(tcx: TyCtxt, span: Span, trait_id: DefId, vs: list[Violation], distinct: bool = False) -> None:
    name = tcx.item_name(trait_id)
    d = Diagnostic.error(f"the trait `{name}` is not dyn compatible", span, "E0038")
    d.with_primary(span, f"`{name}` is not dyn compatible")
    note = SubDiagnostic(
        Level.NOTE,
        "for a trait to be dyn compatible it needs to allow building a vtable\n"
        "for more information, visit <https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility>",
    )
    trait_item = tcx.hir_item(trait_id)
    if trait_item is not None and tcx.crate_of(trait_id) == LOCAL_CRATE:
        note.labels.append(Label(trait_item.ident.span, "this trait is not dyn compatible...", False))
    seen: set[tuple[int, int]] = set()
    for v in vs:
        if (v.span.lo, v.span.hi) in seen:
            continue
        seen.add((v.span.lo, v.span.hi))
        note.labels.append(Label(v.span, f"...because {v.text}", True))
    d.children.append(note)
    moved: list[str] = []
    for v in vs:
        if v.item is not None and v.kind != "static_method":
            n = tcx.item_name(v.item)
            if n not in moved:
                moved.append(n)
                d.with_help(f"consider moving `{n}` to another trait")
    _impls_help(tcx, d, trait_id, name)
    for v in vs:
        if v.kind == "static_method" and v.item is not None:
            item = tcx.hir_item(v.item)
            if isinstance(item, hir.FnItem):
                open_paren = _after_open_paren(tcx, item)
                if open_paren is not None:
                    text = "&self, " if item.sig.decl.inputs else "&self"
                    d.with_suggestion(
                        f"consider turning `{v.text.split('`')[1]}` into a method by giving it a `&self` argument",
                        [(open_paren, text)],
                        Applicability.MAYBE_INCORRECT,
                    )
                where_at = _where_insert_point(item)
                d.with_suggestion(
                    f"alternatively, consider constraining `{v.text.split('`')[1]}` so it does not apply to trait objects",
                    [(where_at, " where Self: Sized")],
                    Applicability.MAYBE_INCORRECT,
                )
    if distinct:
        tcx.dcx.emit_distinct(d)
    else:
        tcx.emit(d)


def _after_open_paren(tcx: TyCtxt, item: hir.FnItem) -> Span | None:
    text = tcx.source_map.snippet(item.sig.span)
    if text is None:
        return None
    i = text.find("(")
    if i < 0:
        return None
    pos = item.sig.span.lo + i + 1
    return Span(pos, pos)


def _where_insert_point(item: hir.FnItem) -> Span:
    if item.sig.decl.output is not None:
        return item.sig.decl.output.span.shrink_to_hi()
    return item.sig.span.shrink_to_hi()


def _impls_help(tcx: TyCtxt, d: Diagnostic, trait_id: DefId, name: str) -> None:
    impls = tcx.trait_impls(trait_id)
    tys: list[str] = []
    for i in impls:
        tr = tcx.impl_trait_ref(i)
        if tr is None:
            continue
        if isinstance(tr.self_ty, t.Param):
            return  # a blanket impl: no help
        if isinstance(tr.self_ty, t.Dynamic):
            continue
        tys.append(str(tr.self_ty))
    if not tys or len(tys) > 9:
        return
    if len(tys) == 1:
        d.with_help(f"only type `{tys[0]}` implements `{name}`; consider using it directly instead.")
        return
    listed = "\n".join(f"  {x}" for x in sorted(tys))
    d.with_help(
        f"the following types implement `{name}`:\n{listed}\nconsider defining an enum where each variant holds one of "
        f"these types,\nimplementing `{name}` for this new enum and using it instead"
    )


# =================================================================================================
# The lowering hook (E0038 in bodies and for supertraits, E0191)
# =================================================================================================


def on_trait_object(tcx: TyCtxt, owner: DefId, hty: hir.TraitObjectTy, ty: t.Ty, in_body: bool) -> t.Ty:
    if tcx.crate_of(owner) != LOCAL_CRATE or not isinstance(ty, t.Dynamic) or ty.principal is None:
        return ty
    reported = _REPORTED.setdefault(tcx, set())
    principal = ty.principal.def_id
    poly = next((b for b in hty.bounds if getattr(b.trait_ref.path.res, "def_id", None) == principal), None)
    path_span = poly.span if poly is not None else hty.span
    vs = violations(tcx, principal)
    early = vs if in_body else [v for v in vs if v.kind == "supertrait_self"]
    if early:
        key = (path_span.lo, path_span.hi, "E0038")
        if key not in reported:
            reported.add(key)
            report(tcx, path_span, principal, early)
        return t.ERROR
    _check_assoc_types_specified(tcx, hty, ty, path_span, reported)
    return ty


def _check_assoc_types_specified(
    tcx: TyCtxt, hty: hir.TraitObjectTy, ty: t.Dynamic, span: Span, reported: set[tuple[int, int, str]]
) -> None:
    """E0191: every associated type of the principal and its supertraits needs a value
    (unless it has a default or a `where Self: Sized` clause)."""
    assert ty.principal is not None
    given = {p.def_id for p in ty.projections}
    missing: list[tuple[DefId, str, DefId]] = []
    for tid in _supertrait_closure(tcx, ty.principal.def_id):
        for it in tcx.associated_items(tid):
            if it.kind is not AssocKind.TYPE or it.def_id in given or it.has_value:
                continue
            if _requires_sized_self(tcx, it.def_id):
                continue
            missing.append((it.def_id, it.name, tid))
    if not missing:
        return
    key = (span.lo, span.hi, "E0191")
    if key in reported:
        return
    reported.add(key)
    names = ", ".join(f"`{n}`" for _, n, _ in missing)
    if len(missing) == 1:
        _, n, tid = missing[0]
        msg = f"the value of the associated type {names} in `{tcx.def_path_str(tid)}` must be specified"
    else:
        msg = f"the value of the associated types {names} must be specified"
    d = Diagnostic.error(msg, span, "E0191")
    if len(missing) > 1 or any(tcx.crate_of(d_) == LOCAL_CRATE for d_, _, _ in missing):
        for d_, n, _ in missing:
            if tcx.crate_of(d_) == LOCAL_CRATE:
                d.with_label(tcx.def_span(d_), f"`{n}` defined here")
        d.with_primary(span, f"associated type{'s' if len(missing) > 1 else ''} {names} must be specified")
    binding = ", ".join(f"{n} = /* Type */" for _, n, _ in missing)
    poly = hty.bounds[0] if hty.bounds else None
    if poly is not None:
        seg = poly.trait_ref.path.segments[-1]
        if seg.args is None:
            d.with_suggestion(
                f"specify the associated type{'s' if len(missing) > 1 else ''}",
                [(poly.trait_ref.path.span.shrink_to_hi(), f"<{binding}>")],
                Applicability.HAS_PLACEHOLDERS,
            )
    tcx.emit(d)


# =================================================================================================
# Well-formedness of signatures
# =================================================================================================


def hir_nodes(root: object, stop: type | UnionType) -> list[object]:
    """Every HIR node under `root` in source order, not entering the nodes of the classes
    `stop` names (they are listed themselves)."""
    out: list[object] = []
    stack: list[object] = [root]
    walked = _WALKED_FIELDS
    while stack:
        n = stack.pop()
        if isinstance(n, tuple):
            stack.extend(reversed(n))
            continue
        out.append(n)
        if isinstance(n, stop):
            continue
        cls = type(n)
        names = walked.get(cls)
        if names is None:
            fields = getattr(n, "__dataclass_fields__", None)
            names = walked[cls] = () if fields is None else tuple(
                name for name in reversed(list(fields)) if name not in ("span", "hir_id", "res", "def_id")
            )
        for name in names:
            stack.append(getattr(n, name))
    return out


_WALKED_FIELDS: dict[type, tuple[str, ...]] = {}
"""`hir_nodes`: the fields it enters, per class, in reverse (worked out once per class)."""


def check_signature_dyn_types(tcx: TyCtxt, crate: CrateNum) -> None:
    for _def_id, item in tcx.items_of_crate(crate):
        roots: list[object] = []
        if isinstance(item, hir.FnItem):
            roots = [item.sig.decl.inputs, item.sig.decl.output]
        elif isinstance(item, hir.StructItem | hir.UnionItem):
            roots = [f.ty for f in item.data.fields]
        elif isinstance(item, hir.EnumItem):
            roots = [f.ty for v in item.variants for f in v.data.fields]
        elif isinstance(item, hir.ConstItem | hir.StaticItem):
            roots = [item.ty]
        elif isinstance(item, hir.ImplItem):
            roots = [item.self_ty, item.of_trait]
        found = [n for n in hir_nodes(tuple(roots), hir.Expr | hir.Lifetime) if isinstance(n, hir.TraitObjectTy)]
        for hty in found:
            trait_id = getattr(hty.bounds[0].trait_ref.path.res, "def_id", None) if hty.bounds else None
            if trait_id is None or tcx.trait_def(trait_id).is_auto:
                continue
            vs = violations(tcx, trait_id)
            if not vs or any(v.kind == "supertrait_self" for v in vs):
                continue  # none, or reported when the type was lowered
            report(tcx, hty.span, trait_id, vs)


# =================================================================================================
# Well-formedness in bodies
# =================================================================================================


_INCOMPATIBLE: weakref.WeakKeyDictionary[TyCtxt, dict[t.Ty, list[DefId]]] = weakref.WeakKeyDictionary()
"""`_incompatible_traits`' answers (a body's well-formedness check meets the same
types again and again)."""


def _incompatible_traits(tcx: TyCtxt, ty: t.Ty) -> list[DefId]:
    """The dyn-incompatible principal traits of the trait objects inside `ty` (callers
    must not change the list)."""
    cache = _INCOMPATIBLE.setdefault(tcx, {})
    got = cache.get(ty)
    if got is None:
        got = cache[ty] = _find_incompatible_traits(tcx, ty)
    return got


def _find_incompatible_traits(tcx: TyCtxt, ty: t.Ty) -> list[DefId]:
    from ferric.ty.fold import children

    out: list[DefId] = []
    stack = [ty]
    while stack:
        x = stack.pop()
        if isinstance(x, t.Dynamic) and x.principal is not None:
            tid = x.principal.def_id
            if tid not in out and violations(tcx, tid):
                out.append(tid)
        stack.extend(children(x))
    return out


_OBJECTS_SEEN: weakref.WeakKeyDictionary[TyCtxt, tuple[int, bool]] = weakref.WeakKeyDictionary()
"""`_any_incompatible_object`'s answer per type context, with how many trait object types
it had looked at."""


def _any_incompatible_object(tcx: TyCtxt) -> bool:
    """Whether a trait object type made so far may have a dyn-incompatible principal
    trait. Every `dyn` type is interned (`t.Dynamic`'s table, in the order they were made),
    so when none has, none of the types a body's well-formedness check meets holds one
    and the body need not be walked: most programs never make one. (A principal that is
    not a trait of this session, from another compilation in the same process, counts as
    one: the walk decides.)"""
    seen, found = _OBJECTS_SEEN.get(tcx, (0, False))
    table = t.Dynamic._table
    if found or seen == len(table):
        return found
    new = list(table.values())[seen:]  # (a copy: `violations` may make more)
    n = len(tcx.defs)
    for dyn in new:
        p = dyn.principal
        if p is None:
            continue
        tid = p.def_id
        if not 0 <= tid < n or tcx.def_kind(tid) is not DefKind.TRAIT or violations(tcx, tid):
            found = True
            break
    _OBJECTS_SEEN[tcx] = (seen + len(new), found)
    return found


def check_body_wf(tcx: TyCtxt, owner: DefId, results: object) -> None:
    """The dyn-incompatible trait objects that well-formedness obligations of a body meet
    (rustc: the generic arguments of paths at the path, each formal parameter type of a
    call at its argument, the result type at the call). One error per place and trait;
    a place made by a desugaring (`for`) is distinct from the user's expression at the same
    span, as rustc's spans differ by their expansion."""
    from ferric.typeck.results import TypeckResults

    assert isinstance(results, TypeckResults)
    body = tcx.body(owner)
    if body is None or not _any_incompatible_object(tcx):
        return
    done: set[tuple[int, int, bool, DefId]] = set()

    def wf(ty: t.Ty, span: Span, desugared: bool) -> None:
        if ty.flags & t.HAS_ERROR:
            return
        for tid in _incompatible_traits(tcx, ty):
            key = (span.lo, span.hi, desugared, tid)
            if key not in done:
                done.add(key)
                report(tcx, span, tid, violations(tcx, tid), distinct=desugared)

    exprs = [n for n in hir_nodes(body.value, hir.ClosureExpr | hir.Ty | hir.Pat) if isinstance(n, hir.Expr)]
    synthetic = {id(e) for e in exprs if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.LangItemPath)}
    for e in exprs:
        if isinstance(e, hir.CallExpr) and isinstance(e.func, hir.PathExpr) and id(e.func) in synthetic:
            synthetic.add(id(e))
            for a in e.args:
                if isinstance(a, hir.AddrOfExpr):
                    synthetic.add(id(a))
    for e in exprs:
        desugared = id(e) in synthetic
        if isinstance(e, hir.PathExpr):
            for ga in results.node_args.get(e.hir_id, ()):
                if isinstance(ga, t.Ty):
                    wf(ga, e.span, desugared)
        elif isinstance(e, hir.CallExpr):
            callee = results.node_types.get(e.func.hir_id)
            sig: t.FnSig | None = None
            if isinstance(callee, t.FnDef):
                sig = tcx.fn_sig_instantiated(callee.def_id, callee.args)
            elif isinstance(callee, t.FnPtr):
                sig = callee.sig
            if sig is None:
                continue
            for a, formal in zip(e.args, sig.inputs, strict=False):
                wf(formal, a.span, id(a) in synthetic)
            wf(sig.output, e.span, desugared)
        elif isinstance(e, hir.MethodCallExpr):
            margs = results.node_args.get(e.hir_id, ())
            first = margs[0] if margs else None
            if isinstance(first, t.Dynamic) and first.principal is not None and violations(tcx, first.principal.def_id):
                continue  # an object method of a dyn-incompatible trait: rustc's args are errors
            for ga in margs:
                if isinstance(ga, t.Ty):
                    wf(ga, e.span, desugared)
            dep = results.type_dependent_defs.get(e.hir_id)
            if dep is None:
                continue
            msig = tcx.fn_sig_instantiated(dep[1], margs)
            for a, formal in zip(e.args, msig.inputs[1:], strict=False):
                wf(formal, a.span, id(a) in synthetic)
