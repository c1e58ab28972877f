"""rustc's `overflowing_literals` lint (deny by default): an integer or float literal that does
not fit its type (`let b: u8 = 256;`, `-129i8`, `0xFFi8`, `1e40f32`).

A port of `rustc_lint::types::literal`: a decimal integer gets "does not fit into the type
`T` whose range is `MIN..=MAX`" (and, for a signed type, the smallest type it fits in); a
binary, octal or hex literal gets its decimal value and what it wraps to, and, when its sign
bit is set in a signed type, the unsigned-literal-and-cast suggestion; a float that rounds
to infinity says so. The literal's type is the type checker's (after integer fallback); a
literal under a unary `-` is judged, spanned and quoted with its sign.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability
from ferric.hir import nodes as hir
from ferric.lint.builtin import OVERFLOWING_LITERALS, BuiltinLints
from ferric.syntax.ast import UnOp
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

_SIGNED_FITS = {
    "i8": ("u8", ("i16", "i32", "i64", "i128")),
    "i16": ("u16", ("i32", "i64", "i128")),
    "i32": ("u32", ("i64", "i128")),
    "i64": ("u64", ("i128",)),
    "i128": ("u128", ()),
}
_UNSIGNED_FITS = {
    "u8": ("u8", "u16", "u32", "u64", "u128"),
    "u16": ("u16", "u32", "u64", "u128"),
    "u32": ("u32", "u64", "u128"),
    "u64": ("u64", "u128"),
    "u128": ("u128",),
}


def _bits(name: str) -> int:
    return 64 if name in ("isize", "usize") else int(name[1:])


def type_suggestion(ty: t.Ty, val: int, negative: bool) -> str | None:
    """rustc's `get_type_suggestion`: the smallest type holding the literal."""
    if isinstance(ty, t.Int) and ty.name in _SIGNED_FITS:
        unsigned, signed = _SIGNED_FITS[ty.name]
        if not negative and val <= (1 << _bits(unsigned)) - 1:
            return unsigned
        for s in signed:
            if val <= (1 << (_bits(s) - 1)) - 1 + negative:
                return s
    if isinstance(ty, t.Uint) and ty.name in _UNSIGNED_FITS and not negative:
        for u in _UNSIGNED_FITS[ty.name]:
            if val <= (1 << _bits(u)) - 1:
                return u
    return None


def _wrapped(val: int, ty: t.Int | t.Uint, negative: bool) -> int:
    bits = _bits(ty.name)
    v = (-val if negative else val) & ((1 << bits) - 1)
    if isinstance(ty, t.Int) and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def _float_overflows(text: str, ty: t.Float) -> bool:
    try:
        x = float(text)
    except ValueError:
        return False
    if ty.name == "f32":
        try:
            struct.pack("<f", x)
        except OverflowError:
            return True
        return False
    if ty.name == "f64":
        return x == float("inf")
    return False


def check(lints: BuiltinLints, tcx: TyCtxt, results: dict[object, TypeckResults]) -> list[tuple[int, Callable[[], None]]]:
    """The overflowing literals of the crate's bodies, as (position, report) pairs."""
    owners = tcx.hir.owners
    negated: dict[object, Span] = {}
    for _body_id, node in lints.nodes(tcx, hir.UnaryExpr):
        assert isinstance(node, hir.UnaryExpr)
        if node.op is UnOp.NEG and isinstance(node.expr, hir.LitExpr):
            negated[node.expr.hir_id] = node.span
    found: list[tuple[int, Callable[[], None]]] = []
    sm = tcx.source_map
    for body_id, node in lints.nodes(tcx, hir.LitExpr):
        assert isinstance(node, hir.LitExpr)
        kind = node.lit.kind
        if kind not in (hir.LitKind.INT, hir.LitKind.FLOAT) or node.negated:
            continue
        res = results.get(owners.get(body_id, body_id))  # type: ignore[call-overload]
        if res is None or res.tainted_by_errors:
            continue
        ty = res.node_types.get(node.hir_id)
        neg_span = negated.get(node.hir_id)
        span = neg_span if neg_span is not None else node.span
        text = sm.snippet(span)
        if text is None:
            continue
        if kind is hir.LitKind.FLOAT:
            if isinstance(ty, t.Float) and _float_overflows(str(node.lit.value), ty):
                found.append((span.lo, _float_report(lints, span, text, ty)))
            continue
        val = node.lit.value
        if not isinstance(val, int) or not isinstance(ty, t.Int | t.Uint):
            continue
        negative = neg_span is not None
        bits = _bits(ty.name)
        if isinstance(ty, t.Int):
            top = 1 << (bits - 1)
            over = val > top if negative else val > top - 1
        else:
            over = val > (1 << bits) - 1
        if over:
            found.append((span.lo, _int_report(lints, span, text, ty, val, negative)))
    return found


def _float_report(lints: BuiltinLints, span: Span, text: str, ty: t.Float) -> Callable[[], None]:
    def report() -> None:
        d = lints.lint(OVERFLOWING_LITERALS, span, f"literal out of range for `{ty.name}`")
        if d is not None:
            d.with_note(f"the literal `{text}` does not fit into the type `{ty.name}` and will be converted to `{ty.name}::INFINITY`")

    return report


def _int_report(lints: BuiltinLints, span: Span, text: str, ty: t.Int | t.Uint, val: int, negative: bool) -> Callable[[], None]:
    def report() -> None:
        d = lints.lint(OVERFLOWING_LITERALS, span, f"literal out of range for `{ty.name}`")
        if d is None:
            return
        digits = text.lstrip("-").lstrip()
        sugg = type_suggestion(ty, val, negative)
        if digits[:2].lower() in ("0x", "0b", "0o"):
            actually = _wrapped(val, ty, negative)
            dec = f"-{val}" if negative else str(val)
            d.with_note(
                f"the literal `{text}` (decimal `{dec}`) does not fit into the type `{ty.name}` and will become `{actually}{ty.name}`"
            )
            pos = next((i for i, c in enumerate(text) if c in "iu"), None)
            if sugg is not None:
                if pos is not None:
                    d.with_suggestion(
                        f"consider using the type `{sugg}` instead", [(span, text[:pos] + sugg)], Applicability.MACHINE_APPLICABLE, "inline"
                    )
                else:
                    d.with_help(f"consider using the type `{sugg}` instead")
            if not negative and isinstance(ty, t.Int) and ty.name != "isize" and val & (1 << (_bits(ty.name) - 1)):
                bare = text if pos is None else text[:pos]
                uty = "u" + ty.name[1:]
                d.with_suggestion(
                    f"to use as a negative number (decimal `{actually}`), consider using the type `{uty}` for the literal and cast it to `{ty.name}`",
                    [(span, f"{bare}{uty} as {ty.name}")],
                    Applicability.MAYBE_INCORRECT,
                    "normal",
                )
            return
        if isinstance(ty, t.Int):
            lo, hi = -(1 << (_bits(ty.name) - 1)), (1 << (_bits(ty.name) - 1)) - 1
        else:
            lo, hi = 0, (1 << _bits(ty.name)) - 1
        d.with_note(f"the literal `{text}` does not fit into the type `{ty.name}` whose range is `{lo}..={hi}`")
        if isinstance(ty, t.Int) and sugg is not None:
            d.with_help(f"consider using the type `{sugg}` instead")

    return report
