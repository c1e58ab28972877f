"""HIR patterns + their types ─▶ `DeconstructedPat` (rustc's THIR pattern building, `const_to_pat`
and `RustcPatCtxt::lower_pat` in one step).

- Match ergonomics: the references type checking peeled off a pattern
  (`TypeckResults.pat_adjustments`) come back as `&` constructors around it.
- Bindings are wildcards (`x @ p` is `p`), or-patterns are flattened.
- Literals: `bool`, integers and `char` become one-value ranges, floats float ranges, `&str`
  literals `&` around a string constructor, byte strings `&[b0, b1, ...]`.
- Ranges are checked as rustc's THIR building does (E0030, E0579, "literal out of range").
- Constants are evaluated and expanded into the pattern they stand for (`const P: Point =
  Point { x: 0, y: 0 }` matches like `Point { x: 0, y: 0 }`); what cannot be looked into is
  an opaque constructor that covers nothing else.

Errors found here (and the E0158 of statics and const parameters in patterns) are reported at
once; a pattern with an error lowers to None and its match is not analysed further.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.pattern.constructor import (
    NEG_INF,
    OR,
    POS_INF,
    REF,
    STRUCT,
    WILDCARD,
    BoolCtor,
    Constructor,
    FixedLen,
    FloatRange,
    IntRange,
    Opaque,
    RangeEnd,
    Simple,
    Slice,
    Str,
    Variant,
    VarLen,
    encode_int,
)
from ferric.pattern.cx import int_info
from ferric.pattern.eval import eval_const, eval_expr
from ferric.pattern.pat import DeconstructedPat, UidGen
from ferric.resolve.defs import DefId, DefKind, DefRes, HirId, SelfCtorRes
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults


class _LoweringError(Exception):
    """The pattern has an error (reported); its match is not analysed."""


@dataclass(slots=True)
class PatLowerer:
    tcx: TyCtxt
    results: TypeckResults
    all_results: dict[DefId, TypeckResults]
    normalize: Callable[[t.Ty], t.Ty]
    uid: UidGen = field(default_factory=UidGen)
    cache: dict[HirId, DeconstructedPat | None] = field(default_factory=dict)
    """Lowered top-level patterns by HirId (None: the pattern has an error)."""

    def lower_top(self, pat: hir.Pat) -> DeconstructedPat | None:
        """The pattern, lowered once (errors reported the first time)."""
        key = pat.hir_id
        if key in self.cache:
            return self.cache[key]
        try:
            out: DeconstructedPat | None = self.lower(pat)
        except _LoweringError:
            out = None
        self.cache[key] = out
        return out

    def node_ty(self, hir_id: HirId) -> t.Ty:
        ty = self.results.node_types.get(hir_id)
        if ty is None or ty.references_error:
            raise _LoweringError
        return self.normalize(ty)

    def mk(
        self,
        ctor: Constructor,
        fields: list[tuple[int, DeconstructedPat]],
        arity: int,
        ty: t.Ty,
        span: Span,
        origin: object,
    ) -> DeconstructedPat:
        return DeconstructedPat(ctor, fields, arity, ty, span, self.uid(), origin)

    # -- patterns ---------------------------------------------------------------------------------

    def lower(self, pat: hir.Pat) -> DeconstructedPat:
        p = self._lower_unadjusted(pat)
        for ref_ty in reversed(self.results.pat_adjustments.get(pat.hir_id, ())):
            p = self.mk(REF, [(0, p)], 1, self.normalize(ref_ty), pat.span, pat)
        return p

    def _lower_unadjusted(self, pat: hir.Pat) -> DeconstructedPat:
        ty = self.node_ty(pat.hir_id)
        if isinstance(pat, hir.WildPat | hir.NeverPat):
            return self.mk(WILDCARD, [], 0, ty, pat.span, pat)
        if isinstance(pat, hir.BindingPat):
            if pat.sub is not None:
                return self.lower(pat.sub)
            return self.mk(WILDCARD, [], 0, ty, pat.span, pat)
        if isinstance(pat, hir.TuplePat):
            if not isinstance(ty, t.Tuple):
                raise _LoweringError
            fields = self._tuple_fields(pat.pats, pat.dotdot, len(ty.elems))
            return self.mk(STRUCT, fields, len(ty.elems), ty, pat.span, pat)
        if isinstance(pat, hir.TupleStructPat):
            ctor, arity = self._adt_ctor(pat.qpath, ty)
            fields = self._tuple_fields(pat.pats, pat.dotdot, arity)
            return self._adt_pat(ctor, fields, arity, ty, pat)
        if isinstance(pat, hir.StructPat):
            ctor, arity = self._adt_ctor(pat.qpath, ty)
            fields = []
            assert isinstance(ty, t.Adt)
            variant = self.tcx.adt_def(ty.def_id).variants[
                ctor.index if isinstance(ctor, Variant) else 0
            ]
            for f in pat.fields:
                idx = self.results.field_indices.get(f.hir_id)
                if idx is None:
                    hit = variant.field_named(f.ident.name)
                    if hit is None:
                        raise _LoweringError
                    idx = hit[0]
                fields.append((idx, self.lower(f.pat)))
            fields.sort(key=lambda x: x[0])
            return self._adt_pat(ctor, fields, arity, ty, pat)
        if isinstance(pat, hir.PathPat):
            return self._path_pat(pat, ty)
        if isinstance(pat, hir.OrPat):
            alts: list[DeconstructedPat] = []
            stack: list[hir.Pat] = list(reversed(pat.pats))
            while stack:
                q = stack.pop()
                if isinstance(q, hir.OrPat) and q.hir_id not in self.results.pat_adjustments:
                    stack.extend(reversed(q.pats))
                else:
                    alts.append(self.lower(q))
            return self.mk(OR, list(enumerate(alts)), len(alts), ty, pat.span, pat)
        if isinstance(pat, hir.RefPat):
            return self.mk(REF, [(0, self.lower(pat.pat))], 1, ty, pat.span, pat)
        if isinstance(pat, hir.BoxPat):
            return self.mk(STRUCT, [(0, self.lower(pat.pat))], 1, ty, pat.span, pat)
        if isinstance(pat, hir.SlicePat):
            return self._slice_pat(pat, ty)
        if isinstance(pat, hir.LitPat):
            return self._lit_pat(pat, ty)
        if isinstance(pat, hir.RangePat):
            return self._range_pat(pat, ty)
        if isinstance(pat, hir.DerefPat):
            return self.mk(Opaque(self.uid()), [], 0, ty, pat.span, pat)
        raise _LoweringError  # ErrPat: reported already

    def _tuple_fields(
        self, pats: tuple[hir.Pat, ...], dotdot: int | None, arity: int
    ) -> list[tuple[int, DeconstructedPat]]:
        n = len(pats)
        out = []
        for i, p in enumerate(pats):
            idx = i if dotdot is None or i < dotdot else arity - (n - i)
            out.append((idx, self.lower(p)))
        return out

    def _adt_pat(
        self,
        ctor: Constructor,
        fields: list[tuple[int, DeconstructedPat]],
        arity: int,
        ty: t.Ty,
        pat: hir.Pat,
    ) -> DeconstructedPat:
        if isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_box:
            fields = [(i, p) for i, p in fields if i == 0]
            arity = 1
        return self.mk(ctor, fields, arity, ty, pat.span, pat)

    def _adt_ctor(self, qpath: hir.QPath, ty: t.Ty) -> tuple[Constructor, int]:
        if not isinstance(ty, t.Adt):
            raise _LoweringError
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_union:
            return Simple.UNION_FIELD, len(adt.variants[0].fields)
        if not adt.is_enum:
            return STRUCT, 1 if adt.is_box else len(adt.variants[0].fields)
        idx = self._variant_index(qpath, adt)
        return Variant(idx), len(adt.variants[idx].fields)

    def _variant_index(self, qpath: hir.QPath, adt: object) -> int:
        from ferric.ty.adt import AdtDef

        assert isinstance(adt, AdtDef)
        did: DefId | None = None
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            if isinstance(res, DefRes) and res.kind in (DefKind.VARIANT, DefKind.CTOR):
                did = res.def_id
        elif isinstance(qpath, hir.LangItemPath):
            did = self.tcx.lang_item(qpath.item)
        elif isinstance(qpath, hir.TypeRelativePath):
            for i, v in enumerate(adt.variants):
                if v.name == qpath.segment.ident.name:
                    return i
        if did is not None:
            try:
                return adt.variant_index_with_id(did)
            except KeyError:
                pass
        raise _LoweringError

    # -- paths: unit structs and variants, constants ----------------------------------------------

    def _path_pat(self, pat: hir.PathPat, ty: t.Ty) -> DeconstructedPat:
        const = self._const_def(pat.qpath, pat.hir_id)
        if const is not None:
            return self.const_to_pat(const, ty, pat.span, pat)
        qpath = pat.qpath
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            if isinstance(res, DefRes) and res.kind is DefKind.CONST_PARAM:
                d = Diagnostic.error(
                    "constant parameters cannot be referenced in patterns", pat.span, "E0158"
                )
                d.with_primary(pat.span, "can't be used in patterns")
                node = self.tcx.hir_node(res.def_id)
                d.with_label(
                    node.span
                    if isinstance(node, hir.GenericParam)
                    else self.tcx.def_span(res.def_id),
                    "constant defined here",
                )
                self.tcx.emit(d)
                raise _LoweringError
            if isinstance(res, SelfCtorRes):
                return self.mk(STRUCT, [], 0, ty, pat.span, pat)
        ctor, arity = self._adt_ctor(qpath, ty)
        return self._adt_pat(ctor, [], arity, ty, pat)

    def _const_def(self, qpath: hir.QPath, hir_id: HirId) -> DefId | None:
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            if isinstance(res, DefRes) and res.kind in (DefKind.CONST, DefKind.ASSOC_CONST):
                return res.def_id
            return None
        if isinstance(qpath, hir.TypeRelativePath):
            tdd = self.results.type_dependent_defs.get(hir_id)
            if tdd is not None and tdd[0] in (DefKind.CONST, DefKind.ASSOC_CONST):
                return tdd[1]
        return None

    def const_to_pat(self, def_id: DefId, ty: t.Ty, span: Span, origin: object) -> DeconstructedPat:
        """The pattern a named constant stands for (opaque when it cannot be looked into)."""
        item = self.tcx.hir_item(def_id)
        value_expr: hir.Expr | None = None
        results: TypeckResults | None = None
        if isinstance(item, hir.ConstItem) and item.body is not None:
            body = self.tcx.body(item.body)
            value_expr = body.value if body is not None else None
            results = self.all_results.get(item.body)
        return self._value_to_pat(def_id, value_expr, results, ty, span, origin, 0)

    def _value_to_pat(
        self,
        const: DefId | None,
        e: hir.Expr | None,
        results: TypeckResults | None,
        ty: t.Ty,
        span: Span,
        origin: object,
        depth: int,
    ) -> DeconstructedPat:
        def opaque() -> DeconstructedPat:
            return self.mk(Opaque(self.uid()), [], 0, ty, span, origin)

        if depth > 64:
            return opaque()
        while isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
            e = e.block.expr
        scalar = _scalar_ctor(self, ty, const, e)
        if scalar is not None:
            return self.mk(scalar, [], 0, ty, span, origin)
        if e is None or isinstance(ty, t.Bool | t.Char | t.Int | t.Uint | t.Float):
            return opaque()
        # A path to another constant.
        if isinstance(e, hir.PathExpr):
            inner = (
                self._const_def(e.qpath, e.hir_id) if results is None else _const_def_in(e, results)
            )
            if inner is not None:
                return self.const_to_pat(inner, ty, span, origin)

        def sub(ex: hir.Expr, sty: t.Ty) -> DeconstructedPat:
            return self._value_to_pat(
                None, ex, results, self.normalize(sty), span, origin, depth + 1
            )

        if isinstance(ty, t.Ref) and isinstance(e, hir.AddrOfExpr):
            return self.mk(REF, [(0, sub(e.expr, ty.pointee))], 1, ty, span, origin)
        if (
            isinstance(ty, t.Ref)
            and isinstance(e, hir.LitExpr)
            and e.lit.kind is hir.LitKind.STR
            and ty.pointee is t.STR
        ):
            assert isinstance(e.lit.value, str)
            s = self.mk(Str(e.lit.value), [], 0, t.STR, span, origin)
            return self.mk(REF, [(0, s)], 1, ty, span, origin)
        if (
            isinstance(ty, t.Tuple)
            and isinstance(e, hir.TupleExpr)
            and len(e.elems) == len(ty.elems)
        ):
            fields = [
                (i, sub(x, xt)) for i, (x, xt) in enumerate(zip(e.elems, ty.elems, strict=True))
            ]
            return self.mk(STRUCT, fields, len(fields), ty, span, origin)
        if isinstance(ty, t.Array | t.Slice) and isinstance(e, hir.ArrayExpr):
            n = len(e.elems)
            sl = Slice.new(n if isinstance(ty, t.Array) else None, FixedLen(n))
            return self.mk(
                sl, [(i, sub(x, ty.elem)) for i, x in enumerate(e.elems)], n, ty, span, origin
            )
        if isinstance(ty, t.Adt):
            adt = self.tcx.adt_def(ty.def_id)
            if adt.is_union or adt.is_box:
                return opaque()
            target: hir.QPath | None = None
            args: list[tuple[int, hir.Expr]] = []
            if isinstance(e, hir.PathExpr):
                target = e.qpath
            elif isinstance(e, hir.CallExpr) and isinstance(e.func, hir.PathExpr):
                target = e.func.qpath
                args = list(enumerate(e.args))
            elif isinstance(e, hir.StructExpr) and e.base is None:
                target = e.qpath
            if target is None:
                return opaque()
            try:
                ctor, arity = self._adt_ctor(target, ty)
            except _LoweringError:
                return opaque()
            variant = adt.variants[ctor.index if isinstance(ctor, Variant) else 0]
            if isinstance(e, hir.StructExpr):
                for f in e.fields:
                    hit = variant.field_named(f.ident.name)
                    if hit is None:
                        return opaque()
                    args.append((hit[0], f.expr))
            if isinstance(e, hir.StructExpr | hir.CallExpr) and len(args) != arity:
                return opaque()
            if isinstance(e, hir.PathExpr) and arity != 0:
                return opaque()
            fields = sorted(
                ((i, sub(x, self.tcx.field_ty(variant.fields[i], ty.args))) for i, x in args),
                key=lambda f: f[0],
            )
            return self.mk(ctor, fields, arity, ty, span, origin)
        return opaque()

    # -- slices and literals ------------------------------------------------------------------------

    def _slice_pat(self, pat: hir.SlicePat, ty: t.Ty) -> DeconstructedPat:
        if isinstance(ty, t.Array):
            n = ty.len.value if isinstance(ty.len, t.ConstValue) else None
            if not isinstance(n, int) or isinstance(n, bool):
                raise _LoweringError
            array_len: int | None = n
        elif isinstance(ty, t.Slice):
            array_len = None
        else:
            raise _LoweringError
        p, s = len(pat.before), len(pat.after)
        kind = VarLen(p, s) if pat.slice is not None else FixedLen(p + s)
        if array_len is not None and kind.arity > array_len:
            raise _LoweringError
        ctor = Slice.new(array_len, kind)
        fields = [(i, self.lower(q)) for i, q in enumerate((*pat.before, *pat.after))]
        if pat.slice is not None:
            self.lower(pat.slice)  # checked like the others, not part of the analysis
        return self.mk(ctor, fields, kind.arity, ty, pat.span, pat)

    def _lit_pat(self, pat: hir.LitPat, ty: t.Ty) -> DeconstructedPat:
        e = pat.expr
        if isinstance(e, hir.LitExpr):
            lit = e.lit
            if lit.kind is hir.LitKind.STR and isinstance(ty, t.Ref) and ty.pointee is t.STR:
                assert isinstance(lit.value, str)
                s = self.mk(Str(lit.value), [], 0, t.STR, pat.span, pat)
                return self.mk(REF, [(0, s)], 1, ty, pat.span, pat)
            if (
                lit.kind is hir.LitKind.BYTE_STR
                and isinstance(ty, t.Ref)
                and isinstance(ty.pointee, t.Array | t.Slice)
            ):
                assert isinstance(lit.value, bytes)
                inner = ty.pointee
                n = len(lit.value)
                sl = Slice.new(n if isinstance(inner, t.Array) else None, FixedLen(n))
                elems = [
                    (i, self.mk(IntRange.singleton(b), [], 0, t.U8, pat.span, pat))
                    for i, b in enumerate(lit.value)
                ]
                arr = self.mk(sl, elems, n, inner, pat.span, pat)
                return self.mk(REF, [(0, arr)], 1, ty, pat.span, pat)
        if isinstance(e, hir.ConstBlockExpr):
            body = self.tcx.body(e.body)
            value = body.value if body is not None else None
            return self._value_to_pat(None, value, self.results, ty, pat.span, pat, 0)
        ctor = _scalar_ctor(self, ty, None, e)
        if ctor is None:
            ctor = Opaque(self.uid())
        return self.mk(ctor, [], 0, ty, pat.span, pat)

    def _range_pat(self, pat: hir.RangePat, ty: t.Ty) -> DeconstructedPat:
        end = (
            RangeEnd.INCLUDED
            if pat.end is hir.RangeEnd.INCLUDED or pat.hi is None
            else RangeEnd.EXCLUDED
        )
        lo = self._endpoint(pat.lo, ty) if pat.lo is not None else None
        hi = self._endpoint(pat.hi, ty) if pat.hi is not None else None
        if (pat.lo is not None and lo is None) or (pat.hi is not None and hi is None):
            return self.mk(Opaque(self.uid()), [], 0, ty, pat.span, pat)
        info = int_info(ty)
        if isinstance(ty, t.Float):
            flo = float(lo) if lo is not None else float("-inf")
            fhi = float(hi) if hi is not None else float("inf")
            self._check_range_order(pat, ty, flo, fhi, end, lo is not None, hi is not None)
            return self.mk(FloatRange(flo, fhi, end, ty.bits), [], 0, ty, pat.span, pat)
        if info is None:
            raise _LoweringError
        bits, signed = info
        lo_v = int(lo) if lo is not None else None
        hi_v = int(hi) if hi is not None else None
        tmin = -(1 << (bits - 1)) if signed else 0
        tmax = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        if isinstance(ty, t.Char):
            tmax = 0x10FFFF
        self._check_range_order(
            pat,
            ty,
            lo_v if lo_v is not None else tmin,
            hi_v if hi_v is not None else tmax,
            end,
            lo is not None,
            hi is not None,
        )
        elo = encode_int(lo_v, bits, signed) if lo_v is not None else NEG_INF
        ehi = encode_int(hi_v, bits, signed) if hi_v is not None else POS_INF
        return self.mk(IntRange.from_range(elo, ehi, end), [], 0, ty, pat.span, pat)

    def _check_range_order(
        self,
        pat: hir.RangePat,
        ty: t.Ty,
        lo: float,
        hi: float,
        end: RangeEnd,
        lo_finite: bool,
        hi_finite: bool,
    ) -> None:
        if lo < hi:
            return
        if lo == hi and end is RangeEnd.INCLUDED:
            return
        for ep in (pat.lo, pat.hi):
            self._literal_overflow(ep, ty)
        if end is RangeEnd.INCLUDED:
            d = Diagnostic.error(
                "lower bound for range pattern must be less than or equal to upper bound",
                pat.span,
                "E0030",
            )
            d.with_primary(pat.span, "lower bound larger than upper bound")
        elif not lo_finite:
            d = Diagnostic.error(
                "exclusive upper bound for a range bound cannot be the minimum", pat.span, "E0579"
            )
        else:
            d = Diagnostic.error(
                "lower bound for range pattern must be less than upper bound", pat.span, "E0579"
            )
        self.tcx.emit(d)
        raise _LoweringError

    def _literal_overflow(self, e: hir.Expr | None, ty: t.Ty) -> None:
        if (
            not isinstance(e, hir.LitExpr)
            or e.lit.kind is not hir.LitKind.INT
            or not isinstance(ty, t.Int | t.Uint)
        ):
            return
        v = e.lit.value
        assert isinstance(v, int)
        bits = ty.bits
        lo, hi = (
            (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
            if isinstance(ty, t.Int)
            else (0, (1 << bits) - 1)
        )
        if (e.negated and v > hi + 1) or (not e.negated and v > hi):
            d = Diagnostic.error(f"literal out of range for `{ty}`", e.span)
            d.with_primary(
                e.span, f"this value does not fit into the type `{ty}` whose range is `{lo}..={hi}`"
            )
            self.tcx.emit(d)
            raise _LoweringError

    def _endpoint(self, e: hir.Expr, ty: t.Ty) -> int | float | None:
        """The value of a range endpoint (None: it cannot be evaluated)."""
        if isinstance(e, hir.PathExpr):
            const = self._const_def(e.qpath, e.hir_id)
            if const is None:
                return None
            v = eval_const(self.tcx, const, ty)
        else:
            v = eval_expr(self.tcx, e, ty, self.results)
        if isinstance(v, bool) or v is None:
            return None
        if isinstance(v, str):
            return ord(v)
        if isinstance(v, int) and isinstance(ty, t.Int | t.Uint):
            return _wrap(v, ty.bits, isinstance(ty, t.Int))
        return v


def _const_def_in(e: hir.PathExpr, results: TypeckResults) -> DefId | None:
    qpath = e.qpath
    if isinstance(qpath, hir.ResolvedPath):
        res = qpath.path.res
        if isinstance(res, DefRes) and res.kind in (DefKind.CONST, DefKind.ASSOC_CONST):
            return res.def_id
        return None
    if isinstance(qpath, hir.TypeRelativePath):
        tdd = results.type_dependent_defs.get(e.hir_id)
        if tdd is not None and tdd[0] in (DefKind.CONST, DefKind.ASSOC_CONST):
            return tdd[1]
    return None


def _scalar_ctor(
    lw: PatLowerer, ty: t.Ty, const: DefId | None, e: hir.Expr | None
) -> Constructor | None:
    """The constructor of a scalar constant: a literal, or the value of `const`."""
    if not isinstance(ty, t.Bool | t.Char | t.Int | t.Uint | t.Float):
        return None
    value: int | float | bool | str | None
    if const is not None:
        value = eval_const(lw.tcx, const, ty)
    elif e is not None:
        value = eval_expr(lw.tcx, e, ty, lw.results)
    else:
        return None
    if value is None:
        return None
    if isinstance(ty, t.Bool):
        return BoolCtor(value) if isinstance(value, bool) else None
    if isinstance(ty, t.Float):
        if isinstance(value, bool | str):
            return None
        f = float(value)
        if ty.bits == 32:
            f = struct.unpack("f", struct.pack("f", f))[0]
        return FloatRange(f, f, RangeEnd.INCLUDED, ty.bits)
    if isinstance(value, str):
        value = ord(value)
    if isinstance(value, bool | float):
        return None
    info = int_info(ty)
    assert info is not None
    bits, signed = info
    return IntRange.singleton(encode_int(_wrap(value, bits, signed), bits, signed))


def _wrap(value: int, bits: int, signed: bool) -> int:
    """A literal's value truncated to the type, as rustc's `lit_to_const` does (the
    `overflowing_literals` lint reports the overflow)."""
    value &= (1 << bits) - 1
    if signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


__all__ = ["PatLowerer"]
