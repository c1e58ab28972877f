"""The type-aware side of pattern analysis (rustc's `RustcPatCtxt`): the constructors of a
type, the types of a constructor's fields, inhabitedness, and witnesses printed as rustc
prints them.

Inhabitedness follows rustc's `inhabited_predicate`: `!` and enums whose every variant is
empty are empty; a struct or tuple with an empty field is empty, except that a private field
of a struct defined elsewhere is not looked into (it could become inhabited); references,
unions, boxes, raw pointers, parameters and foreign `#[non_exhaustive]` ADTs are inhabited.
Whether a field is visible depends on the module the match is in (`MatchCheckCtxt.module`).

Witness printing (`print_witness`) writes `None`, `Some(_)`, `E::A`, `S { a: true, .. }`,
`(false, _)`, `&[_, ..]`, `201_u8..=u8::MAX`, `'\\u{d7ff}'`, `i32::MIN..=-1_i32`, `_`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.pattern.constructor import (
    NEG_INF,
    POS_INF,
    REF,
    STRUCT,
    WILDCARD,
    BoolCtor,
    Constructor,
    ConstructorSet,
    FixedLen,
    IntegersSet,
    IntRange,
    Simple,
    SimpleSet,
    Slice,
    SliceSet,
    Str,
    StructSet,
    Variant,
    VariantsSet,
    VariantVisibility,
    VarLen,
    all_empty,
    decode_int,
    minus_one,
)
from ferric.pattern.pat import DeconstructedPat, WitnessPat
from ferric.pattern.usefulness import PatternError
from ferric.resolve.defs import LOCAL_CRATE, DefId
from ferric.syntax import ast
from ferric.ty import ty as t
from ferric.ty.adt import AdtDef, VariantDef
from ferric.ty.context import TyCtxt


def int_info(ty: t.Ty) -> tuple[int, bool] | None:
    """(bits, signed) of an integer type; `char` is a 32-bit unsigned."""
    if isinstance(ty, t.Int):
        return ty.bits, True
    if isinstance(ty, t.Uint):
        return ty.bits, False
    if isinstance(ty, t.Char):
        return 32, False
    return None


def is_ptr_sized(ty: t.Ty) -> bool:
    return ty is t.ISIZE or ty is t.USIZE


def has_attr(attrs: tuple[object, ...], name: str) -> bool:
    for a in attrs:
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr):
            segs = a.kind.path.segments
            if len(segs) == 1 and segs[0].ident.name == name:
                return True
    return False


def has_doc_hidden(attrs: tuple[object, ...]) -> bool:
    from ferric.syntax.token_printer import print_tokens

    for a in attrs:
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr):
            segs = a.kind.path.segments
            if (
                len(segs) == 1
                and segs[0].ident.name == "doc"
                and isinstance(a.kind.args, ast.DelimArgs)
                and print_tokens(a.kind.args.tokens).replace(" ", "") == "hidden"
            ):
                return True
    return False


@dataclass(slots=True)
class MatchCheckCtxt:
    """One analysis: the body's types, the module it is in, and where lints go."""

    tcx: TyCtxt
    module: DefId
    normalize: Callable[[t.Ty], t.Ty]
    scrut_span: Span
    whole_match_span: Span | None = None
    refutable: bool = True
    known_valid_scrutinee: bool = True
    overlapping: list[tuple[DeconstructedPat, IntRange, list[DeconstructedPat]]] = field(
        default_factory=list
    )
    gaps: list[tuple[DeconstructedPat, IntRange, list[DeconstructedPat]]] = field(
        default_factory=list
    )
    complexity_hit: bool = False
    _uninhabited: dict[tuple[t.Ty, bool], bool] = field(default_factory=dict)

    # -- ADTs -------------------------------------------------------------------------------------

    def is_foreign_non_exhaustive(self, ty: t.Ty) -> bool:
        """An enum or struct of another crate declared `#[non_exhaustive]`."""
        if not isinstance(ty, t.Adt):
            return False
        return self.tcx.crate_of(ty.def_id) != LOCAL_CRATE and has_attr(
            self.tcx.defs[ty.def_id].attrs, "non_exhaustive"
        )

    def field_visible(self, adt: AdtDef, public: bool, vis_module: DefId | None) -> bool:
        if adt.is_enum or public or vis_module is None:
            return True
        cur: DefId | None = self.module
        while cur is not None:
            if cur == vis_module:
                return True
            cur = self.tcx.parent(cur)
        return False

    def variant_field_tys(self, ty: t.Adt, variant: VariantDef) -> list[t.Ty]:
        return [self.normalize(self.tcx.field_ty(f, ty.args)) for f in variant.fields]

    # -- inhabitedness ------------------------------------------------------------------------------

    def is_uninhabited(self, ty: t.Ty, ignore_visibility: bool = False) -> bool:
        """Whether `ty` has no value, as seen from `self.module` (or from anywhere, when
        `ignore_visibility`: private fields are then looked into too)."""
        key = (ty, ignore_visibility)
        cached = self._uninhabited.get(key)
        if cached is None:
            self._uninhabited[key] = False  # a type that contains itself is inhabited
            cached = self._compute_uninhabited(ty, ignore_visibility)
            self._uninhabited[key] = cached
        return cached

    def _compute_uninhabited(self, ty: t.Ty, ignore: bool) -> bool:
        if isinstance(ty, t.Never):
            return True
        if isinstance(ty, t.Tuple):
            return any(self.is_uninhabited(e, ignore) for e in ty.elems)
        if isinstance(ty, t.Array):
            n = ty.len.value if isinstance(ty.len, t.ConstValue) else None
            return (
                isinstance(n, int)
                and not isinstance(n, bool)
                and n > 0
                and self.is_uninhabited(ty.elem, ignore)
            )
        if isinstance(ty, t.Adt):
            adt = self.tcx.adt_def(ty.def_id)
            if adt.is_union or adt.is_box or self.is_foreign_non_exhaustive(ty):
                return False
            return all(self.variant_uninhabited(ty, adt, v, ignore) for v in adt.variants)
        return False

    def variant_uninhabited(
        self, ty: t.Adt, adt: AdtDef, variant: VariantDef, ignore_visibility: bool = False
    ) -> bool:
        for f, fty in zip(variant.fields, self.variant_field_tys(ty, variant), strict=True):
            if self.is_uninhabited(fty, ignore_visibility) and (
                ignore_visibility or self.field_visible(adt, f.public, f.vis_module)
            ):
                return True
        return False

    # -- constructors -------------------------------------------------------------------------------

    def ctors_for_ty(self, ty: t.Ty) -> ConstructorSet:
        if ty.references_error:
            raise PatternError("type error")
        if isinstance(ty, t.Bool):
            return SimpleSet.BOOL
        if isinstance(ty, t.Char):
            return IntegersSet(IntRange(0, 0xD800), IntRange(0xE000, 0x110000))
        if isinstance(ty, t.Int):
            if ty is t.ISIZE:
                return IntegersSet(IntRange(NEG_INF, POS_INF))
            return IntegersSet(IntRange(0, 1 << ty.bits))
        if isinstance(ty, t.Uint):
            if ty is t.USIZE:
                return IntegersSet(IntRange(0, POS_INF))
            return IntegersSet(IntRange(0, 1 << ty.bits))
        if isinstance(ty, t.Slice):
            return SliceSet(None, self.is_uninhabited(ty.elem))
        if isinstance(ty, t.Array):
            n = ty.len.value if isinstance(ty.len, t.ConstValue) else None
            length = n if isinstance(n, int) and not isinstance(n, bool) else None
            return SliceSet(length, self.is_uninhabited(ty.elem))
        if isinstance(ty, t.Adt):
            adt = self.tcx.adt_def(ty.def_id)
            if adt.is_enum:
                non_exhaustive = self.is_foreign_non_exhaustive(ty)
                if not adt.variants and not non_exhaustive:
                    return SimpleSet.NO_CONSTRUCTORS
                vis: list[VariantVisibility] = []
                for v in adt.variants:
                    if self.variant_uninhabited(ty, adt, v):
                        vis.append(VariantVisibility.EMPTY)
                    elif self.tcx.crate_of(v.def_id) != LOCAL_CRATE and has_doc_hidden(
                        self.tcx.defs[v.def_id].attrs
                    ):
                        vis.append(VariantVisibility.HIDDEN)
                    else:
                        vis.append(VariantVisibility.VISIBLE)
                return VariantsSet(tuple(vis), non_exhaustive)
            if adt.is_union:
                return SimpleSet.UNION
            return StructSet(self.is_uninhabited(ty))
        if isinstance(ty, t.Tuple):
            return StructSet(self.is_uninhabited(ty))
        if isinstance(ty, t.Ref):
            return SimpleSet.REF
        if isinstance(ty, t.Never):
            return SimpleSet.NO_CONSTRUCTORS
        return SimpleSet.UNLISTABLE

    def ctor_sub_tys(self, ctor: Constructor, ty: t.Ty) -> list[tuple[t.Ty, bool]]:
        if ctor in (STRUCT, Simple.UNION_FIELD) or isinstance(ctor, Variant):
            if isinstance(ty, t.Tuple):
                return [(e, False) for e in ty.elems]
            if isinstance(ty, t.Adt):
                adt = self.tcx.adt_def(ty.def_id)
                if adt.is_box:
                    arg = ty.args[0] if ty.args and isinstance(ty.args[0], t.Ty) else t.ERROR
                    return [(arg, False)]
                variant = adt.variants[ctor.index if isinstance(ctor, Variant) else 0]
                out = []
                for f, fty in zip(variant.fields, self.variant_field_tys(ty, variant), strict=True):
                    skip = self.is_uninhabited(fty) and not self.field_visible(
                        adt, f.public, f.vis_module
                    )
                    out.append((fty, skip))
                return out
            raise PatternError(f"unexpected type {ty} for a struct-like constructor")
        if ctor is REF:
            if not isinstance(ty, t.Ref):
                raise PatternError(f"unexpected type {ty} for `&`")
            return [(self.normalize(ty.pointee), False)]
        if isinstance(ctor, Slice):
            if not isinstance(ty, t.Slice | t.Array):
                raise PatternError(f"unexpected type {ty} for a slice pattern")
            return [(ty.elem, False)] * ctor.arity
        return []

    def ctor_arity(self, ctor: Constructor, ty: t.Ty) -> int:
        if ctor in (STRUCT, Simple.UNION_FIELD) or isinstance(ctor, Variant):
            if isinstance(ty, t.Tuple):
                return len(ty.elems)
            if isinstance(ty, t.Adt):
                adt = self.tcx.adt_def(ty.def_id)
                if adt.is_box:
                    return 1
                return len(adt.variants[ctor.index if isinstance(ctor, Variant) else 0].fields)
            raise PatternError(f"unexpected type {ty} for a struct-like constructor")
        if ctor is REF:
            return 1
        if isinstance(ctor, Slice):
            return ctor.arity
        return 0

    def wildcard_witness(self, ty: t.Ty) -> WitnessPat:
        try:
            empty = all_empty(self.ctors_for_ty(ty))
        except PatternError:
            empty = False
        return WitnessPat(Simple.NEVER if empty else WILDCARD, [], ty)

    def wild_from_ctor(self, ctor: Constructor, ty: t.Ty) -> WitnessPat:
        if ctor is WILDCARD:
            return self.wildcard_witness(ty)
        fields = [
            self.wildcard_witness(fty) for fty, skip in self.ctor_sub_tys(ctor, ty) if not skip
        ]
        return WitnessPat(ctor, fields, ty)

    # -- lints the algorithm finds --------------------------------------------------------------

    def lint_overlapping_range_endpoints(
        self, pat: DeconstructedPat, overlap: IntRange, overlaps_with: list[DeconstructedPat]
    ) -> None:
        self.overlapping.append((pat, overlap, overlaps_with))

    def lint_non_contiguous_range_endpoints(
        self, pat: DeconstructedPat, gap: IntRange, gapped_with: list[DeconstructedPat]
    ) -> None:
        self.gaps.append((pat, gap, gapped_with))

    def complexity_exceeded(self) -> None:
        self.complexity_hit = True

    # -- printing --------------------------------------------------------------------------------

    def is_range_beyond_boundaries(self, r: IntRange, ty: t.Ty) -> bool:
        """The fictitious values before `isize::MIN` or after `usize::MAX`/`isize::MAX`."""
        if not is_ptr_sized(ty):
            return False
        return (r.lo != NEG_INF and self._hoist(r.lo, ty) is None) or r.hi == 0

    def _hoist(self, x: int, ty: t.Ty) -> int | None:
        """An encoded finite value as a value of `ty`; None when it does not fit (beyond
        `usize::MAX`/`isize::MAX`)."""
        info = int_info(ty)
        assert info is not None
        bits, signed = info
        if x == POS_INF or x >= (1 << bits):
            return None
        return decode_int(x, bits, signed)

    def print_range(self, r: IntRange, ty: t.Ty) -> str:
        if r.lo == NEG_INF and r.hi == POS_INF:
            return "_"
        if r.is_singleton:
            v = self._hoist(r.lo, ty)
            return print_int(v, ty) if v is not None else "_"
        end = "..="
        lo: str | None = None
        if r.lo != NEG_INF:
            v = self._hoist(r.lo, ty)
            lo = print_int(v if v is not None else max_value(ty), ty)
        hi_enc = minus_one(r.hi)
        if hi_enc is None:
            end = ".."
            hi_enc = r.hi
        hi: str | None = None
        if hi_enc != POS_INF:
            hv = self._hoist(hi_enc, ty)
            hi = print_int(hv, ty) if hv is not None else None
        out = lo or ""
        out += f"{end}{hi}" if hi is not None else ".."
        return out

    def print_witness(self, pat: WitnessPat) -> str:
        ctor = pat.ctor
        ty = pat.ty
        if isinstance(ctor, BoolCtor):
            return "true" if ctor.value else "false"
        if isinstance(ctor, Str):
            return '"' + ctor.value.translate(_STR_ESCAPES) + '"'
        if isinstance(ctor, IntRange):
            return self.print_range(ctor, ty)
        if ctor is STRUCT and isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_box:
            return "box " + self.print_witness(pat.fields[0])
        if ctor in (STRUCT, Simple.UNION_FIELD) or isinstance(ctor, Variant):
            return self._print_struct_like(pat)
        if ctor is REF:
            mut = "mut " if isinstance(ty, t.Ref) and ty.mutbl is ast.Mutability.MUT else ""
            return f"&{mut}{self.print_witness(pat.fields[0])}"
        if isinstance(ctor, Slice):
            return self._print_slice(pat, ctor)
        return "_"

    def _print_struct_like(self, pat: WitnessPat) -> str:
        ty = pat.ty
        fields = [(self.print_witness(f), self.prints_as_wildcard(f)) for f in pat.fields]
        if not isinstance(ty, t.Adt):
            inner = ", ".join(s for s, _ in fields)
            return f"({inner},)" if len(fields) == 1 else f"({inner})"
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_enum:
            assert isinstance(pat.ctor, Variant)
            variant = adt.variants[pat.ctor.index]
            if self.tcx.is_lang_item(ty.def_id, "Option") or self.tcx.is_lang_item(
                ty.def_id, "Result"
            ):
                name = variant.name
            else:
                name = f"{self.tcx.def_path_str(ty.def_id)}::{variant.name}"
        else:
            variant = adt.variants[0]
            name = self.tcx.def_path_str(ty.def_id)
        if variant.ctor_kind is None:
            parts = [
                f"{variant.fields[i].name}: {s}" for i, (s, wild) in enumerate(fields) if not wild
            ]
            if len(parts) < len(variant.fields) and (not adt.is_union or not parts):
                parts.append("..")
            return f"{name} {{ {', '.join(parts)} }}"
        if variant.fields:
            return f"{name}({', '.join(s for s, _ in fields)})"
        return name

    def _print_slice(self, pat: WitnessPat, ctor: Slice) -> str:
        kind = ctor.kind
        if isinstance(kind, FixedLen):
            prefix_len, dotdot = kind.length, False
        else:
            prefix_len, dotdot = kind.prefix, True
        prefix = pat.fields[:prefix_len]
        suffix = pat.fields[prefix_len:]
        if dotdot and ctor.array_len is not None:
            while prefix and self.prints_as_wildcard(prefix[-1]):
                prefix = prefix[:-1]
            while suffix and self.prints_as_wildcard(suffix[0]):
                suffix = suffix[1:]
        parts = [self.print_witness(p) for p in prefix]
        if dotdot:
            parts.append("..")
        parts.extend(self.print_witness(p) for p in suffix)
        return "[" + ", ".join(parts) + "]"

    @staticmethod
    def prints_as_wildcard(p: WitnessPat) -> bool:
        c = p.ctor
        if isinstance(c, IntRange):
            return c.lo == NEG_INF and c.hi == POS_INF
        return c in (
            WILDCARD,
            Simple.NON_EXHAUSTIVE,
            Simple.HIDDEN,
            Simple.PRIVATE_UNINHABITED,
            Simple.NEVER,
        )


_STR_ESCAPES = str.maketrans(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}
)


def max_value(ty: t.Ty) -> int:
    info = int_info(ty)
    assert info is not None
    bits, signed = info
    return (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1


def print_int(v: int, ty: t.Ty) -> str:
    """A constant of an integer type or `char`, as rustc prints it in patterns: `3_u8`,
    `-1_i32`, `u8::MAX`, `i32::MIN`, `'a'`, `'\\u{d7ff}'`."""
    if isinstance(ty, t.Char):
        return char_literal(chr(v))
    assert isinstance(ty, t.Int | t.Uint)
    name = ty.name
    bits = ty.bits
    if isinstance(ty, t.Int):
        if v == -(1 << (bits - 1)):
            return f"{name}::MIN"
        if v == (1 << (bits - 1)) - 1:
            return f"{name}::MAX"
    elif v == (1 << bits) - 1:
        return f"{name}::MAX"
    return f"{v}_{name}"


_CHAR_ESCAPES = {"\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\", "'": "\\'"}
_NOT_PRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})


def char_literal(c: str) -> str:
    """Rust's `{:?}` of a char: `'a'`, `'\\n'`, `'\\''`, `'\\u{d7ff}'`."""
    esc = _CHAR_ESCAPES.get(c)
    if esc is not None:
        return f"'{esc}'"
    cat = unicodedata.category(c)
    if (cat in _NOT_PRINTABLE and c != " ") or cat in ("Mn", "Me"):
        return f"'\\u{{{ord(c):x}}}'"
    return f"'{c}'"


__all__ = ["MatchCheckCtxt", "VarLen", "char_literal", "int_info", "print_int"]
