"""The orphan rules (rustc's `coherence/orphan.rs` and `inherent_impls.rs`).

`check_orphan(tcx, impl_id, item)` checks one impl of the local crate:

- a trait impl of a foreign trait must have a local type among its input types (`Self`
  first, then the trait's type arguments), with no uncovered type parameter before the
  first local one. `&T`, `&mut T`, `Box<T>` and `Pin<P>` are fundamental: they are
  looked through, so `Box<Local>` is local and `Box<T>` leaves `T` uncovered. Errors:
  E0117 (no local type: "only traits defined in the current crate can be implemented for
  ..."), E0210 (an uncovered type parameter);
- `Drop` may only be implemented for local structs, enums and unions (E0120);
- an inherent impl needs a local nominal type: E0116 for a foreign ADT or trait object,
  E0390 for primitive types, references, tuples, slices, arrays, pointers, E0118 for a
  type parameter.

Input: the type context and an impl; output: diagnostics. Returns False when the impl is
an orphan (coherence then leaves it out of the overlap check, as rustc does).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import LOCAL_CRATE, DefId
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.ty.predicate import TraitRef

_ORPHAN_NOTES = (
    "impl doesn't have any local type before any uncovered type parameters",
    "for more information see https://doc.rust-lang.org/reference/items/implementations.html#orphan-rules",
    "define and implement a trait or new type instead",
)


def impl_header_span(item: hir.ImplItem) -> Span:
    """rustc's `def_span` of an impl: `impl<..> Trait for Type`, without the where clause
    and the body."""
    return item.span.with_hi(item.self_ty.span.hi)


def is_local(tcx: TyCtxt, def_id: DefId) -> bool:
    return tcx.crate_of(def_id) == LOCAL_CRATE


def _is_fundamental(tcx: TyCtxt, ty: t.Ty) -> bool:
    if isinstance(ty, t.Adt):
        return tcx.adt_def(ty.def_id).is_box or tcx.is_lang_item(ty.def_id, "pin")
    return False


def _fundamental_inner(tcx: TyCtxt, ty: t.Ty) -> t.Ty | None:
    if isinstance(ty, t.Ref):
        return ty.pointee
    if isinstance(ty, t.Adt) and _is_fundamental(tcx, ty):
        first = next((a for a in ty.args if isinstance(a, t.Ty)), None)
        return first
    return None


def ty_is_local(tcx: TyCtxt, ty: t.Ty) -> bool:
    """A local type, looking through fundamental types (`Box<Local>`, `&Local`)."""
    while True:
        inner = _fundamental_inner(tcx, ty)
        if inner is None:
            break
        ty = inner
    if isinstance(ty, t.Adt | t.Foreign):
        return is_local(tcx, ty.def_id)
    if isinstance(ty, t.Dynamic):
        return ty.principal is not None and is_local(tcx, ty.principal.def_id)
    return isinstance(ty, t.Closure | t.Coroutine)


def _uncovered_param(tcx: TyCtxt, ty: t.Ty) -> t.Param | None:
    while True:
        inner = _fundamental_inner(tcx, ty)
        if inner is None:
            break
        ty = inner
    return ty if isinstance(ty, t.Param) else None


def check_orphan(tcx: TyCtxt, impl_id: DefId, item: hir.ImplItem) -> bool:
    if item.of_trait is None:
        return _check_inherent(tcx, impl_id, item)
    tr = tcx.impl_trait_ref(impl_id)
    if tr is None or any(isinstance(a, t.Ty) and a.flags & t.HAS_ERROR for a in tr.args):
        return True
    ok = True
    if not is_local(tcx, tr.def_id):
        ok = _orphan_check_trait_ref(tcx, impl_id, item, tr)
    if tcx.is_lang_item(tr.def_id, "drop"):
        ok = _check_drop_self(tcx, item, tr) and ok
    return ok


def _orphan_check_trait_ref(tcx: TyCtxt, impl_id: DefId, item: hir.ImplItem, tr: TraitRef) -> bool:
    inputs = [a for a in tr.args if isinstance(a, t.Ty)]
    non_local: list[tuple[t.Ty, bool]] = []
    for i, ty in enumerate(inputs):
        if ty_is_local(tcx, ty):
            return True
        param = _uncovered_param(tcx, ty)
        if param is not None:
            later_local = next((x for x in inputs[i + 1 :] if ty_is_local(tcx, x)), None)
            _report_uncovered(tcx, item, param, later_local)
            return False
        non_local.append((ty, i == 0))
    _report_non_local(tcx, item, tr, non_local)
    return False


def _param_span(item: hir.ImplItem, param: t.Param) -> Span:
    for p in item.generics.params:
        if p.name.name == param.name:
            return p.name.span
    return impl_header_span(item)


def _report_uncovered(tcx: TyCtxt, item: hir.ImplItem, param: t.Param, local: t.Ty | None) -> None:
    span = _param_span(item, param)
    name = param.name
    if local is None:
        d = Diagnostic.error(
            f"type parameter `{name}` must be used as the type parameter for some local type (e.g., `MyStruct<{name}>`)",
            span,
            "E0210",
        )
        d.with_primary(span, f"type parameter `{name}` must be used as the type parameter for some local type")
        d.with_note("implementing a foreign trait is only possible if at least one of the types for which it is implemented is local")
        d.with_note("only traits defined in the current crate can be implemented for a type parameter")
    else:
        msg = f"type parameter `{name}` must be covered by another type when it appears before the first local type (`{local}`)"
        d = Diagnostic.error(msg, span, "E0210")
        d.with_primary(span, msg)
        d.with_note(
            "implementing a foreign trait is only possible if at least one of the types for which it is implemented is "
            "local, and no uncovered type parameters appear before that first local type"
        )
        d.with_note(
            "in this case, 'before' refers to the following order: `impl<..> ForeignTrait<T1, ..., Tn> for T0`, "
            "where `T0` is the first and `Tn` is the last"
        )
    tcx.emit(d)


def _is_primitive(ty: t.Ty) -> bool:
    return isinstance(ty, t.Bool | t.Char | t.Int | t.Uint | t.Float)


def _report_non_local(tcx: TyCtxt, item: hir.ImplItem, tr: TraitRef, tys: list[tuple[t.Ty, bool]]) -> None:
    self_ty = tr.self_ty
    if isinstance(self_ty, t.Adt):
        what = "types defined outside of the crate"
    elif _is_primitive(self_ty):
        what = "primitive types"
    else:
        what = "arbitrary types"
    span = impl_header_span(item)
    assert item.of_trait is not None
    trait_span = item.of_trait.path.span
    d = Diagnostic.error(f"only traits defined in the current crate can be implemented for {what}", span, "E0117")
    for ty, is_self in tys:
        if isinstance(ty, t.Slice | t.Array | t.Tuple):
            name = {t.Slice: "slices", t.Array: "arrays", t.Tuple: "tuples"}[type(ty)]
            if not is_self:
                msg = "this is not defined in the current crate because this is a foreign trait"
            else:
                msg = f"this is not defined in the current crate because {name} are always foreign"
        elif isinstance(ty, t.RawPtr):
            msg = f"`{ty}` is not defined in the current crate because raw pointers are always foreign"
        elif isinstance(ty, t.Adt):
            msg = f"`{tcx.def_path_str(ty.def_id)}` is not defined in the current crate"
        else:
            msg = f"`{ty}` is not defined in the current crate"
        d.with_label(item.self_ty.span if is_self else trait_span, msg)
    for n in _ORPHAN_NOTES:
        d.with_note(n)
    tcx.emit(d)


def _check_drop_self(tcx: TyCtxt, item: hir.ImplItem, tr: TraitRef) -> bool:
    """E0120: `Drop` only for local structs, enums and unions."""
    self_ty = tr.self_ty
    if isinstance(self_ty, t.Adt) and is_local(tcx, self_ty.def_id):
        return True
    if isinstance(self_ty, t.Error):
        return True
    span = item.self_ty.span
    d = Diagnostic.error("the `Drop` trait may only be implemented for local structs, enums, and unions", span, "E0120")
    d.with_primary(span, "must be a struct, enum, or union in the current crate")
    tcx.emit(d)
    return False


def _check_inherent(tcx: TyCtxt, impl_id: DefId, item: hir.ImplItem) -> bool:
    self_ty = tcx.type_of(impl_id)
    span = impl_header_span(item)
    if isinstance(self_ty, t.Error) or self_ty.flags & t.HAS_ERROR:
        return True
    if isinstance(self_ty, t.Adt | t.Foreign):
        if is_local(tcx, self_ty.def_id):
            return True
        return _report_e0116(tcx, span)
    if isinstance(self_ty, t.Dynamic):
        if self_ty.principal is not None and is_local(tcx, self_ty.principal.def_id):
            return True
        return _report_e0116(tcx, span)
    if isinstance(self_ty, t.Param):
        d = Diagnostic.error("no nominal type found for inherent implementation", span, "E0118")
        d.with_primary(span, "impl requires a nominal type")
        d.with_note("either implement a trait on it or create a newtype to wrap it instead")
        tcx.emit(d)
        return False
    if isinstance(self_ty, t.Alias):
        return True  # reported elsewhere (or an error already)
    d = Diagnostic.error("cannot define inherent `impl` for primitive types", span, "E0390")
    d.with_help("consider using an extension trait instead")
    if isinstance(self_ty, t.Ref) and isinstance(self_ty.pointee, t.Adt):
        d.with_note(
            f"you could also try moving the reference to uses of `{self_ty.pointee}` (such as `self`) within the implementation"
        )
    tcx.emit(d)
    return False


def _report_e0116(tcx: TyCtxt, span: Span) -> bool:
    d = Diagnostic.error(
        "cannot define inherent `impl` for a type outside of the crate where the type is defined", span, "E0116"
    )
    d.with_primary(span, "impl for type defined outside of crate")
    d.with_help(
        "consider defining a trait and implementing it for the type or using a newtype wrapper like "
        "`struct MyType(ExternalType);` and implement it"
    )
    d.with_note(
        "for more details about the orphan rules, see "
        "<https://doc.rust-lang.org/reference/items/implementations.html?highlight=orphan#orphan-rules>"
    )
    tcx.emit(d)
    return False
