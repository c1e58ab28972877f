"""Checking `as` casts once types are known (rustc's `cast.rs`).

Allowed: anything a coercion allows; numeric to numeric; `bool`/`char`/C-like enums to
integers; `u8` to `char`; between raw pointers; raw pointers to and from integers; function
items and pointers to raw pointers and integers; `&[T; N]` to `*const T`. Anything else is
rustc's E0605 (non-primitive cast), E0606 (invalid cast between primitives/pointers) or
E0604 (only `u8` casts to `char`).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.ty import ty as t
from ferric.ty.fold import erase_regions
from ferric.typeck.fcx import DeferredCast


def _is_int(ty: t.Ty) -> bool:
    return isinstance(ty, t.Int | t.Uint)


def _is_numeric(ty: t.Ty) -> bool:
    return isinstance(ty, t.Int | t.Uint | t.Float)


def check_casts(fcx: object) -> None:
    from ferric.typeck.closure import ClosureChecker

    assert isinstance(fcx, ClosureChecker)
    for cast in fcx.deferred_casts:
        _check_cast(fcx, cast)


def _check_cast(fcx: object, cast: DeferredCast) -> None:
    from ferric.typeck.closure import ClosureChecker

    assert isinstance(fcx, ClosureChecker)
    src = fcx.resolve(cast.from_ty)
    dst = fcx.resolve(cast.to_ty)
    if src.references_error or dst.references_error:
        return
    if src is dst:
        fcx.results.coercion_casts.add(cast.expr.hir_id)
        return
    if _is_numeric(src) and _is_numeric(dst):
        return
    if isinstance(src, t.Bool | t.Char) and _is_int(dst):
        return
    if src is t.U8 and isinstance(dst, t.Char):
        return
    if isinstance(dst, t.Char) and _is_numeric(src):
        d = Diagnostic.error(f"only `u8` can be cast as `char`, not `{src}`", cast.expr.span, "E0604")
        d.with_primary(cast.expr.span, "invalid cast")
        if src is t.U32:
            # rustc's `CastError::IllegalCast` for `u32 as char`: the checked conversion.
            d.with_suggestion("consider using `char::from_u32` instead", [(cast.expr.span, f"char::from_u32({_snippet(fcx, cast.expr.expr.span)})")], Applicability.MACHINE_APPLICABLE)
        fcx.emit(d)
        return
    if isinstance(src, t.Adt) and _is_int(dst):
        adt = fcx.tcx.adt_def(src.def_id)
        if adt.is_enum and all(not v.fields for v in adt.variants):
            return
    if isinstance(src, t.RawPtr) and isinstance(dst, t.RawPtr):
        return
    if isinstance(src, t.RawPtr) and _is_int(dst):
        return
    if _is_int(src) and isinstance(dst, t.RawPtr):
        return
    if isinstance(src, t.FnDef | t.FnPtr) and (isinstance(dst, t.RawPtr) or _is_int(dst)):
        return
    if isinstance(src, t.Ref) and isinstance(dst, t.RawPtr):
        inner = fcx.resolve(src.pointee)
        if isinstance(inner, t.Array) and fcx.try_equate(inner.elem, dst.pointee):
            return
    if isinstance(src, t.Infer) or isinstance(dst, t.Infer):
        return
    # A coercion is a valid cast too (`&mut T as &T`, `&T as *const T`, fn item as fn ptr).
    if fcx.coerce(cast.expr.expr, cast.from_ty, cast.to_ty, cast.expr.span):
        fcx.results.coercion_casts.add(cast.expr.hir_id)
        return
    if isinstance(src, t.Adt | t.Tuple | t.Array | t.Closure | t.Str | t.Slice) or isinstance(dst, t.Adt | t.Tuple | t.Array | t.Str):
        d = Diagnostic.error(f"non-primitive cast: `{src}` as `{dst}`", cast.expr.span, "E0605")
        d.with_primary(cast.expr.span, "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object")
        fcx.emit(d)
        return
    if isinstance(dst, t.Bool) and _is_numeric(src):
        d = Diagnostic.error(f"cannot cast `{src}` as `bool`", cast.expr.span, "E0054")
        d.with_primary(cast.expr.span, "")
        d.with_suggestion("compare with zero instead", [(cast.expr.span, f"{_snippet(fcx, cast.expr.expr.span)} != 0")], style="normal")
        fcx.emit(d)
        return
    d = Diagnostic.error(f"casting `{erase_regions(src)}` as `{erase_regions(dst)}` is invalid", cast.expr.span, "E0606")
    d.with_primary(cast.expr.span, "")
    if isinstance(src, t.Ref) and _is_numeric(fcx.resolve(src.pointee)):
        d.with_suggestion("dereference the expression", [(cast.expr.expr.span.shrink_to_lo(), "*")], style="normal")
    elif isinstance(src, t.Ref) and _is_numeric(dst):
        # rustc's `CastError::NeedViaPtr`: a reference becomes an integer only as a pointer.
        d.with_help("cast through a raw pointer first")
    fcx.emit(d)


def _snippet(fcx: object, span: Span) -> str:
    from ferric.typeck.fcx import FnCtxtBase

    assert isinstance(fcx, FnCtxtBase)
    return fcx.tcx.source_map.snippet(span) or "_"
