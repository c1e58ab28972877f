"""How a type mismatch is described (rustc's `TypeError` and `note_type_err`): the primary
label, the "expected X `A`\\n   found Y `B`" note, and the labels at closures involved.

rustc relates the two types and keeps the first failure it meets (`TypeError`): two tuples of
different lengths (`TupleSize`), two arrays of different lengths (`ArraySize`), references of
different mutability (`Mutability`), else the innermost pair of types that differ (`Sorts`).
ferric's relation reports only the outer pair, so `type_error` walks the two resolved types
the same way to find it.

The label is "expected A, found B" with rustc's `sort_string` of the outer types (regions
erased), or the error's own text when both sorts read alike ("expected closure, found a
different closure"). The note is added when the types are not "simple text" (a generic ADT, a
tuple, a closure...), when the error lies inside the types, or when the error kind always
wants it (`must_include_note`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ferric.base.span import Span
from ferric.ty import ty as t
from ferric.ty.fold import TypeFolder, erase_regions
from ferric.ty.print import adt_shown_args, short_ty_string

_INT_LIKE = (t.Int, t.Uint)


@dataclass(frozen=True, slots=True)
class TypeError_:
    kind: str
    """"sorts", "tuple_size", "array_size", "mutability"."""
    expected: t.Ty
    found: t.Ty
    """For "sorts": the innermost pair that differs; else the pair that failed."""


def type_error(expected: t.Ty, found: t.Ty) -> TypeError_:
    """The first failure relating `expected` to `found`, as rustc's structural relation meets it
    (inference variables relate to anything they could become)."""
    err = _relate(expected, found)
    return err if err is not None else TypeError_("sorts", expected, found)


def _compatible(a: t.Ty, b: t.Ty) -> bool:
    return _relate(a, b) is None


def _relate(e: t.Ty, f: t.Ty) -> TypeError_ | None:
    if e == f or isinstance(e, t.Error) or isinstance(f, t.Error):
        return None
    for x, y in ((e, f), (f, e)):
        if isinstance(x, t.Infer):
            if x.kind is t.InferKind.TY:
                return None
            if x.kind is t.InferKind.INT and (isinstance(y, _INT_LIKE) or (isinstance(y, t.Infer) and y.kind is t.InferKind.INT)):
                return None
            if x.kind is t.InferKind.FLOAT and (isinstance(y, t.Float) or (isinstance(y, t.Infer) and y.kind is t.InferKind.FLOAT)):
                return None
    if isinstance(e, t.Tuple) and isinstance(f, t.Tuple):
        if len(e.elems) != len(f.elems):
            return TypeError_("tuple_size", e, f)
        return _first(zip(e.elems, f.elems, strict=True))
    if isinstance(e, t.Ref) and isinstance(f, t.Ref):
        if e.mutbl != f.mutbl:
            return TypeError_("mutability", e, f)
        return _relate(e.pointee, f.pointee)
    if isinstance(e, t.RawPtr) and isinstance(f, t.RawPtr):
        if e.mutbl != f.mutbl:
            return TypeError_("mutability", e, f)
        return _relate(e.pointee, f.pointee)
    if isinstance(e, t.Array) and isinstance(f, t.Array):
        inner = _relate(e.elem, f.elem)
        if inner is not None:
            return inner
        if e.len != f.len and isinstance(e.len, t.ConstValue) and isinstance(f.len, t.ConstValue):
            return TypeError_("array_size", e, f)
        return None
    if isinstance(e, t.Slice) and isinstance(f, t.Slice):
        return _relate(e.elem, f.elem)
    if isinstance(e, t.Adt) and isinstance(f, t.Adt) and e.def_id == f.def_id:
        pairs = [(a, b) for a, b in zip(e.args, f.args, strict=False) if isinstance(a, t.Ty) and isinstance(b, t.Ty)]
        return _first(pairs)
    return TypeError_("sorts", e, f)


def _first(pairs: object) -> TypeError_ | None:
    for a, b in pairs:  # type: ignore[attr-defined]
        err = _relate(a, b)
        if err is not None:
            return err
    return None


def is_simple_ty(ty: t.Ty) -> bool:
    """rustc's `Ty::is_simple_ty`: primitives, integer/float variables, `()`, and references,
    arrays and slices of those."""
    if isinstance(ty, t.Bool | t.Char | t.Str | t.Int | t.Uint | t.Float):
        return True
    if isinstance(ty, t.Infer):
        return True
    if isinstance(ty, t.Ref | t.Array | t.Slice):
        inner = ty.pointee if isinstance(ty, t.Ref) else ty.elem
        while isinstance(inner, t.Ref):
            inner = inner.pointee
        return is_simple_ty(inner)
    return isinstance(ty, t.Tuple) and not ty.elems


def is_simple_text(ty: t.Ty) -> bool:
    """rustc's `Ty::is_simple_text`: simple types, and ADTs without type or const arguments."""
    if isinstance(ty, t.Adt):
        return not any(isinstance(a, t.Ty | t.Const) for a in ty.args)
    if isinstance(ty, t.Ref):
        return is_simple_text(ty.pointee)
    return is_simple_ty(ty)


def sort_strings(expected: t.Ty, found: t.Ty) -> tuple[str, str]:
    """The two types' `sort_string`s as rustc's `TypeError::Sorts` prints them: with
    forced trimmed paths, unless that makes them look the same (`Point` and another
    crate's `Point`), then with the usual paths."""
    e, f = sort_string(expected), sort_string(found)
    if e == f:
        e, f = sort_string(expected, forced=False), sort_string(found, forced=False)
    return e, f


def sort_string(ty: t.Ty, forced: bool = True) -> str:
    """rustc's `Ty::sort_string`: "`i32`", "integer", "closure", "fn item", ... (`forced`:
    inside `with_forced_trimmed_paths!`; otherwise the usual printing when it is at most
    40 characters long)."""
    if isinstance(ty, t.Infer):
        return {t.InferKind.INT: "integer", t.InferKind.FLOAT: "floating-point number"}.get(ty.kind, "inferred type")
    if isinstance(ty, t.Closure):
        return "closure"
    if isinstance(ty, t.FnDef):
        return "fn item"
    if isinstance(ty, t.FnPtr):
        return "fn pointer"
    if isinstance(ty, t.Param):
        return f"type parameter `{ty}`"
    if isinstance(ty, t.Alias) and ty.kind is t.AliasKind.OPAQUE:
        return "opaque type"
    if not forced:
        regular = str(ty)
        if len(regular.encode()) <= 40:
            return f"`{regular}`"
    return f"`{short_ty_string(ty)}`"


def prefix_string(ty: t.Ty) -> str:
    """rustc's `Ty::prefix_string`: the word before a type in the expected/found note."""
    from ferric.ty.context import current

    if isinstance(ty, t.Bool | t.Char | t.Str | t.Int | t.Uint | t.Float | t.Infer | t.Never | t.Error):
        return "type"
    if isinstance(ty, t.Tuple):
        return "tuple" if ty.elems else "unit type"
    if isinstance(ty, t.Adt):
        tcx = current()
        return tcx.adt_def(ty.def_id).kind.value if tcx is not None else "struct"
    if isinstance(ty, t.Ref):
        return "mutable reference" if ty.mutbl is t.Mutability.MUT else "reference"
    words: list[tuple[type, str]] = [
        (t.Array, "array"), (t.Slice, "slice"), (t.RawPtr, "raw pointer"), (t.FnDef, "fn item"),
        (t.FnPtr, "fn pointer"), (t.Dynamic, "trait object"), (t.Closure, "closure"),
        (t.Param, "type parameter"), (t.Foreign, "extern type"),
    ]
    for cls, word in words:
        if isinstance(ty, cls):
            return word
    if isinstance(ty, t.Alias):
        return "opaque type" if ty.kind is t.AliasKind.OPAQUE else "associated type"
    return "type"


class _StaticEraser(TypeFolder):
    """`'static` erased, other regions kept: rustc's inference gives string literals a fresh
    region once coerced, so their `'static` never shows in a mismatch note."""

    needs = t.HAS_FREE_REGIONS

    def fold_region(self, r: t.Region) -> t.Region:
        return t.RE_ERASED if isinstance(r, t.ReStatic) else r


def _report_maybe_different(expected: str, found: str) -> str:
    if expected == found:
        return f"expected {expected}, found a different {found}"
    return f"expected {expected}, found {found}"


def error_text(err: TypeError_) -> str:
    """rustc's `TypeError::to_string`."""
    if err.kind == "tuple_size":
        assert isinstance(err.expected, t.Tuple) and isinstance(err.found, t.Tuple)
        n, m = len(err.expected.elems), len(err.found.elems)
        return f"expected a tuple with {n} element{'s' if n != 1 else ''}, found one with {m} element{'s' if m != 1 else ''}"
    if err.kind == "array_size":
        assert isinstance(err.expected, t.Array) and isinstance(err.found, t.Array)
        return f"expected an array with a size of {err.expected.len}, found one with a size of {err.found.len}"
    if err.kind == "mutability":
        return "types differ in mutability"
    return _report_maybe_different(*sort_strings(erase_regions(err.expected), erase_regions(err.found)))


def mismatch_label(expected: t.Ty, found: t.Ty) -> str:
    """The primary label of a mismatch of the (resolved) outer types."""
    err = type_error(expected, found)
    if err.kind != "sorts":
        return error_text(err)
    e, f = sort_strings(erase_regions(expected), erase_regions(found))
    return error_text(err) if e == f else f"expected {e}, found {f}"


def expected_found_note(expected: t.Ty, found: t.Ty) -> str | None:
    """rustc's `note_expected_found` text ("expected struct `A`\\n   found enum `B`"), when
    rustc gives it for this mismatch."""
    err = type_error(expected, found)
    if err.kind == "sorts":
        if not isinstance(expected, t.Infer):
            inner_differs = expected != err.expected
        elif not isinstance(found, t.Infer):
            inner_differs = found != err.found
        else:
            inner_differs = False
        if is_simple_text(err.expected) and is_simple_text(err.found) and not inner_differs:
            return None
    elif is_simple_text(expected) and is_simple_text(found) and err.kind == "array_size":
        return None
    eraser = _StaticEraser()
    e_text, f_text = cmp_types(eraser.fold(expected), eraser.fold(found))
    e_label, f_label = f"expected {prefix_string(expected)}", f"found {prefix_string(found)}"
    e_pad = max(0, len(f_label) - len(e_label))
    f_pad = max(0, len(e_label) - len(f_label))
    return f"{' ' * e_pad}{e_label} `{e_text}`\n{' ' * f_pad}{f_label} `{f_text}`"


def cmp_types(e: t.Ty, f: t.Ty) -> tuple[str, str]:
    """rustc's `TypeErrCtxt::cmp`: the two types printed side by side with what they share
    elided — an argument equal in both is `_` (`&Vec<_>` / `Vec<_>`,
    `Result<i32, _>` / `Result<u32, _>`), references and tuples compared part by part, a
    part equal in both that is not an ADT is `_` (`&mut _` / `&_`), an ADT's trailing
    default arguments left out (`HashMap<_, u8>`)."""
    if isinstance(e, t.Adt) and isinstance(f, t.Adt) and e.def_id == f.def_id and e.args and len(e.args) == len(f.args):
        head = str(t.Adt(e.def_id, ()))
        pe: list[str] = []
        pf: list[str] = []
        shown = max(len(adt_shown_args(e)), len(adt_shown_args(f)))
        for a, b in zip(e.args[:shown], f.args[:shown], strict=True):
            if a == b:
                shared = "'_" if isinstance(a, t.Region) else "_"
                pe.append(shared)
                pf.append(shared)
            elif isinstance(a, t.Ty) and isinstance(b, t.Ty):
                x, y = cmp_types(a, b)
                pe.append(x)
                pf.append(y)
            else:
                pe.append(str(a))
                pf.append(str(b))
        return f"{head}<{', '.join(pe)}>", f"{head}<{', '.join(pf)}>"
    if isinstance(e, t.Ref) or isinstance(f, t.Ref):
        ep = _ref_prefix(e) if isinstance(e, t.Ref) else ""
        fp = _ref_prefix(f) if isinstance(f, t.Ref) else ""
        x, y = cmp_types(e.pointee if isinstance(e, t.Ref) else e, f.pointee if isinstance(f, t.Ref) else f)
        return ep + x, fp + y
    if e == f and not isinstance(e, t.Adt):
        return "_", "_"  # (rustc elides what the two share; an ADT prints its path)
    if isinstance(e, t.Tuple) and isinstance(f, t.Tuple) and len(e.elems) == len(f.elems) and e.elems:
        pairs = [cmp_types(a, b) for a, b in zip(e.elems, f.elems, strict=True)]
        comma = "," if len(pairs) == 1 else ""
        return "(" + ", ".join(p[0] for p in pairs) + comma + ")", "(" + ", ".join(p[1] for p in pairs) + comma + ")"
    return str(e), str(f)


def _ref_prefix(r: t.Ref) -> str:
    """`&`, `&mut `, `&'a ` ...: how `r` prints before its pointee."""
    whole, inner = str(r), str(r.pointee)
    return whole[: len(whole) - len(inner)] if whole.endswith(inner) else "&"


def closure_labels(tcx: object, expected: t.Ty, found: t.Ty, primary: Span) -> list[tuple[Span, str]]:
    """rustc's `OpaqueTypesVisitor` labels: "the expected closure" / "the found closure" at the
    definitions of the closures inside each type (ones overlapping the error's span left out)."""
    from ferric.ty.context import TyCtxt
    from ferric.ty.fold import TyWalker

    assert isinstance(tcx, TyCtxt)
    out: list[tuple[Span, str]] = []
    for ty, target in ((expected, "expected"), (found, "found")):
        closures = [x for x in TyWalker.walk(ty) if isinstance(x, t.Closure)]
        for c in closures:
            span = tcx.def_span(c.def_id)
            if span.lo < primary.hi and primary.lo < span.hi:
                continue
            which = "the " if len(closures) == 1 else "one of the "
            out.append((span, f"{which}{target} closure{'s' if len(closures) != 1 else ''}"))
    return out
