"""Fix-it suggestions for a value of the wrong type (rustc's `emit_coerce_suggestions`, in
`rustc_hir_typeck/src/fn_ctxt/suggestions.rs` and `demand.rs`).

`coercion_suggestions(fcx, expr, expected, found)` gives the first of rustc's suggestions that
applies, in rustc's order:

| found → expected              | help                                                        |
|-------------------------------|-------------------------------------------------------------|
| `Option<T>`/`Result<T, _>` → T| "consider using `Option::expect` to unwrap ..." `.expect(..)`|
| `"a"` → `char`                | "if you meant to write a `char` literal, use single quotes" |
| T → `&T` (coercible)          | "consider borrowing here" `&`                               |
| `&e` → T                      | "consider removing the borrow"                              |
| `&T` → T, T: Copy             | "consider dereferencing the borrow" `*`                     |
| `&str` → `String`, `&[T]` →   | "try using a conversion method" `.to_string()` / `.to_vec()`|
| `Vec<T>`                      |                                                             |
| integer → other integer       | "you can convert ..." `.into()` / `.try_into().unwrap()`, or|
|                               | a literal's suffix changed                                  |
| `&T` → T, T: Clone            | "consider using clone here" `.clone()`                      |
| `Option<T>` → `bool`          | "use `Option::is_some` to test if the `Option` has a value" |
| T → `Option<T>`/`Result<T, _>`| "try wrapping the expression in `Some`"                     |
| integer literal → float       | "use a float literal" `.0`                                  |

Only types are looked at (resolved, after inference), never the program's text beyond the
spans of the expression being fixed.
"""

from __future__ import annotations

from ferric.diag.diagnostic import Applicability, SubstitutionPart, Suggestion
from ferric.hir import nodes as hir
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t


def _relates(a: t.Ty, b: t.Ty) -> bool:
    from ferric.typeck.type_err import _compatible

    return _compatible(a, b)


def _sugg(message: str, parts: list[tuple[object, str]], app: Applicability = Applicability.MACHINE_APPLICABLE) -> Suggestion:
    return Suggestion(message, tuple(SubstitutionPart(s, text) for s, text in parts), app)  # type: ignore[arg-type]


def _lang_adt(fcx: object, ty: t.Ty, name: str) -> bool:
    tcx = fcx.tcx  # type: ignore[attr-defined]
    return isinstance(ty, t.Adt) and ty.def_id == tcx.lang_item(name)


def _arg(ty: t.Adt, i: int) -> t.Ty | None:
    a = ty.args[i] if i < len(ty.args) else None
    return a if isinstance(a, t.Ty) else None


def coercion_suggestions(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> list[Suggestion]:
    for rule in (_unwrap_expect, _char_literal, _deref_ref_or_into, _option_to_bool, _compatible_variants, _float_literal):
        s = rule(fcx, expr, expected, found)
        if s is not None:
            return [s]
    return []


def _unwrap_expect(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    for name, variant, article in (("Option", "Option::None", "an"), ("Result", "Result::Err", "a")):
        if _lang_adt(fcx, found, name) and not _lang_adt(fcx, expected, name):
            assert isinstance(found, t.Adt)
            inner = _arg(found, 0)
            if inner is None or not _relates(expected, inner) or isinstance(expected, t.Infer):
                return None
            msg = f"consider using `{name}::expect` to unwrap the `{found}` value, panicking if the value is {article} `{variant}`"
            return _sugg(msg, [(expr.span.shrink_to_hi(), '.expect("REASON")')], Applicability.HAS_PLACEHOLDERS)
    return None


def _char_literal(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    if not isinstance(expr, hir.LitExpr) or not isinstance(expr.lit.value, str):
        return None
    value = expr.lit.value
    if isinstance(expected, t.Char) and isinstance(found, t.Ref) and isinstance(found.pointee, t.Str) and len(value) == 1:
        return _sugg("if you meant to write a `char` literal, use single quotes", [(expr.span, _quote(value, "'"))])
    if isinstance(found, t.Char) and isinstance(expected, t.Ref) and isinstance(expected.pointee, t.Str):
        return _sugg("if you meant to write a string literal, use double quotes", [(expr.span, _quote(value, '"'))])
    return None


def _quote(value: str, q: str) -> str:
    inner = value.replace("\\", "\\\\").replace(q, "\\" + q)
    return f"{q}{inner}{q}"


def _deref_to(fcx: object, found: t.Ty, target: t.Ty) -> bool:
    """`&found` coerces to `&target`: the same type, or through `Deref` (`String` to `str`,
    `Vec<T>` to `[T]`, arrays to slices)."""
    if _relates(target, found):
        return True
    if isinstance(target, t.Str):
        return _lang_adt(fcx, found, "String")
    if isinstance(target, t.Slice):
        if isinstance(found, t.Array):
            return _relates(target.elem, found.elem)
        if _lang_adt(fcx, found, "Vec"):
            assert isinstance(found, t.Adt)
            elem = _arg(found, 0)
            return elem is not None and _relates(target.elem, elem)
    return False


def _deref_ref_or_into(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    if isinstance(expected, t.Ref) and not isinstance(found, t.Ref | t.Infer) and _deref_to(fcx, found, expected.pointee):
        prefix = "&mut " if expected.mutbl is Mutability.MUT else "&"
        return _sugg("consider borrowing here", [(expr.span.shrink_to_lo(), prefix)])
    if isinstance(found, t.Ref) and isinstance(expr, hir.AddrOfExpr) and _relates(expected, found.pointee):
        return _sugg("consider removing the borrow", [(expr.span.with_hi(expr.expr.span.lo), "")])
    shorthand = getattr(fcx, "shorthand_fields", {}).get(expr.hir_id)
    field = f"{shorthand}: " if shorthand is not None else ""
    if isinstance(found, t.Ref) and expected == found.pointee and fcx.is_copy(expected):  # type: ignore[attr-defined]
        return _sugg("consider dereferencing the borrow", [(expr.span.shrink_to_lo(), f"{field}*")])
    method = _conversion_method(fcx, expected, found)
    if method is not None:
        parts: list[tuple[object, str]] = [(expr.span.shrink_to_hi(), f".{method}()")]
        if not _unambiguous(expr):
            parts = [(expr.span.shrink_to_lo(), "("), (expr.span.shrink_to_hi(), f").{method}()")]
        if field:
            parts.insert(0, (expr.span.shrink_to_lo(), field))
        return _sugg("try using a conversion method", parts, Applicability.MAYBE_INCORRECT)
    numeric = _numeric(fcx, expr, expected, found)
    if numeric is not None:
        return numeric
    clone = fcx.lang.get("clone")  # type: ignore[attr-defined]
    if (
        isinstance(found, t.Ref)
        and found.mutbl is Mutability.NOT
        and expected == found.pointee
        and clone is not None
        and fcx.type_implements(expected, clone) is True  # type: ignore[attr-defined]
    ):
        text = f": {shorthand}.clone()" if shorthand is not None else ".clone()"
        return _sugg("consider using clone here", [(expr.span.shrink_to_hi(), text)])
    return None


def _conversion_method(fcx: object, expected: t.Ty, found: t.Ty) -> str | None:
    """rustc's `get_conversion_methods_for_diagnostic`, for std's conversion methods
    (`#[rustc_conversion_suggestion]`): `&str`/`&String` to `String` by `to_string`, a
    borrowed slice, array or `Vec` to `Vec` by `to_vec`."""
    if not isinstance(found, t.Ref):
        return None
    inner = found.pointee
    if _lang_adt(fcx, expected, "String") and (isinstance(inner, t.Str) or _lang_adt(fcx, inner, "String")):
        return "to_string"
    if _lang_adt(fcx, expected, "Vec") and isinstance(expected, t.Adt):
        elem = _arg(expected, 0)
        if isinstance(inner, t.Slice | t.Array):
            have: t.Ty | None = inner.elem
        elif _lang_adt(fcx, inner, "Vec") and isinstance(inner, t.Adt):
            have = _arg(inner, 0)
        else:
            return None
        clone = fcx.lang.get("clone")  # type: ignore[attr-defined]
        if (
            elem is not None
            and have is not None
            and _relates(elem, have)
            and clone is not None
            and fcx.type_implements(have, clone) is not False  # type: ignore[attr-defined]
        ):
            return "to_vec"
    return None


def _unambiguous(expr: hir.Expr) -> bool:
    """rustc's `ExprPrecedence::Unambiguous` (a method call can follow without parentheses)."""
    return isinstance(
        expr,
        hir.PathExpr | hir.CallExpr | hir.MethodCallExpr | hir.FieldExpr | hir.IndexExpr | hir.LitExpr
        | hir.TupleExpr | hir.ArrayExpr | hir.BlockExpr | hir.StructExpr,
    )


_WIDTH = {"8": 8, "16": 16, "32": 32, "64": 64, "128": 128, "size": 0}


def _int_info(ty: t.Ty) -> tuple[bool, int, str] | None:
    """(signed, bits, name) of an integer type; `usize`/`isize` have bits 0 (their `From`
    impls only take 8- and 16-bit types)."""
    if isinstance(ty, t.Int | t.Uint):
        name = str(ty)
        return name.startswith("i"), _WIDTH[name[1:]], name
    return None


def _lossless(src: tuple[bool, int, str], dst: tuple[bool, int, str]) -> bool:
    """Whether `From<src> for dst` exists in std."""
    s_signed, s_bits, _ = src
    d_signed, d_bits, _ = dst
    if d_bits == 0:  # usize: From<u8, u16>; isize: From<i8, i16, u8>
        return 0 < s_bits <= 16 and (s_signed == d_signed or (d_signed and s_bits == 8))
    if s_bits == 0:
        return False
    if s_signed == d_signed:
        return s_bits < d_bits
    return not s_signed and d_signed and s_bits < d_bits


def _article(ty: t.Ty) -> str:
    """rustc's `TyKind::article`: "an" for signed integers and floats, else "a"."""
    return "an" if isinstance(ty, t.Int | t.Float) else "a"


def _numeric(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    e, f = _int_info(expected), _int_info(found)
    if e is None or f is None or e == f:
        return None
    if isinstance(expr, hir.LitExpr) and expr.lit.suffix:
        suffix = expr.lit.suffix
        span = expr.span
        lit_span = span.with_lo(span.hi - len(suffix))
        return _sugg(f"change the type of the numeric literal from `{f[2]}` to `{e[2]}`", [(lit_span, e[2])])
    msg = f"you can convert {_article(found)} `{found}` to {_article(expected)} `{expected}`"
    needs_parens = not isinstance(expr, hir.PathExpr | hir.CallExpr | hir.MethodCallExpr | hir.FieldExpr | hir.IndexExpr | hir.LitExpr)
    if _lossless(f, e):
        method = ".into()"
    else:
        msg += " and panic if the converted value doesn't fit"
        method = ".try_into().unwrap()"
    if needs_parens:
        return _sugg(msg, [(expr.span.shrink_to_lo(), "("), (expr.span.shrink_to_hi(), ")" + method)])
    return _sugg(msg, [(expr.span.shrink_to_hi(), method)])


def _option_to_bool(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    if isinstance(expected, t.Bool) and _lang_adt(fcx, found, "Option"):
        return _sugg("use `Option::is_some` to test if the `Option` has a value", [(expr.span.shrink_to_hi(), ".is_some()")])
    return None


def _compatible_variants(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    if isinstance(found, t.Infer):
        return None
    for name, variants in (("Option", (("Some", 0),)), ("Result", (("Ok", 0), ("Err", 1)))):
        if not _lang_adt(fcx, expected, name):
            continue
        assert isinstance(expected, t.Adt)
        fits = [v for v, i in variants if (a := _arg(expected, i)) is not None and _relates(a, found)]
        if len(fits) != 1:
            return None
        return _sugg(
            f"try wrapping the expression in `{fits[0]}`",
            [(expr.span.shrink_to_lo(), f"{fits[0]}("), (expr.span.shrink_to_hi(), ")")],
        )
    return None


def _float_literal(fcx: object, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> Suggestion | None:
    is_int_lit = isinstance(expr, hir.LitExpr) and isinstance(expr.lit.value, int) and not expr.lit.suffix
    if isinstance(expected, t.Float) and is_int_lit and isinstance(found, t.Infer) and found.kind is t.InferKind.INT:
        return _sugg("use a float literal", [(expr.span.shrink_to_hi(), ".0")])
    return None


def comparison_suggestion(fcx: object, lhs: hir.Expr, rhs: hir.Expr, lt: t.Ty, rt: t.Ty) -> Suggestion | None:
    """For `a == b` of two integer types: convert `a` with `From` when that is lossless
    ("matching the type of `b`"), else `b` with `try_into` (rustc's `suggest_cast` given the
    lhs as the expected type's expression)."""
    e, f = _int_info(lt), _int_info(rt)
    if e is None or f is None or e == f:
        return None
    tcx = fcx.tcx  # type: ignore[attr-defined]
    if _lossless(e, f):
        lsrc, rsrc = tcx.source_map.snippet(lhs.span), tcx.source_map.snippet(rhs.span)
        msg = f"you can convert `{lsrc}` from `{lt}` to `{rt}`, matching the type of `{rsrc}`"
        return _sugg(msg, [(lhs.span.shrink_to_lo(), f"{rt}::from("), (lhs.span.shrink_to_hi(), ")")])
    return _numeric(fcx, rhs, lt, rt)
