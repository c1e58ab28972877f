"""Checking patterns, with match ergonomics (rustc's `pat.rs`).

`check_pat_top(pat, expected)` gives every binding its type and records how it binds.
Default binding modes (RFC 2005): a non-reference pattern (struct, tuple, slice, literal,
range) matched against a reference peels the reference off and makes the bindings inside
bind by reference; `&pat` resets to binding by value. The peeled reference types are
recorded in `pat_adjustments` for MIR building.

Errors as rustc: E0308 (with "this expression has type `X`" on the scrutinee), E0023
(wrong number of fields in a tuple-struct pattern), E0026 (no such field), E0027 (fields not
mentioned), E0164/E0532 (not a tuple struct/variant), E0529/E0527/E0528 (slice patterns).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import (
    CtorKind,
    DefId,
    DefKind,
    DefRes,
    LocalRes,
    SelfCtorRes,
    SelfTyAliasRes,
)
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.ty import ty as t
from ferric.ty.adt import VariantDef
from ferric.ty.fold import instantiate
from ferric.typeck.fcx import Expectation, expect_has_type
from ferric.typeck.method import MethodChecker
from ferric.typeck.results import BindingMode

MUT = Mutability.MUT
NOT = Mutability.NOT

_PEEL = (hir.StructPat, hir.TupleStructPat, hir.TuplePat, hir.SlicePat, hir.RangePat, hir.BoxPat, hir.DerefPat)


class PatChecker(MethodChecker):
    def check_pat_top(
        self, pat: hir.Pat, expected: t.Ty, origin_span: Span | None = None, in_arm: bool = False, due_span: Span | None = None
    ) -> None:
        """`in_arm`: the pattern of a `match` arm (rustc words some notes for it).
        `due_span`: a parameter's type (or its pattern, when none is written), labelled
        "expected due to this" on a mismatch (rustc's `TopInfo.span` without an origin
        expression)."""
        self._origin = origin_span
        self._due = due_span if origin_span is None else None
        self._origin_ty = expected
        self._in_arm = in_arm
        self.check_pat(pat, expected, None)

    def check_pat(self, pat: hir.Pat, expected: t.Ty, def_bm: Mutability | None) -> None:
        """`def_bm`: the default binding mode (None: by value; NOT/MUT: by reference)."""
        if self._peels(pat):
            expected, def_bm = self._peel_refs(pat, expected, def_bm)
        elif isinstance(pat, hir.RefPat):
            def_bm = None
        ty = self._check_pat_inner(pat, expected, def_bm)
        self.write_ty(pat.hir_id, ty)

    def _peels(self, pat: hir.Pat) -> bool:
        if isinstance(pat, _PEEL):
            return True
        if isinstance(pat, hir.LitPat):
            lt = self._lit_pat_ty(pat)
            return not isinstance(lt, t.Ref)
        if isinstance(pat, hir.PathPat):
            # A constant may itself be a reference (`const P: &str`): matched as it is,
            # never peeled (rustc's `AdjustMode::Pass` for const paths).
            q = pat.qpath
            if isinstance(q, hir.ResolvedPath):
                res = q.path.res
                return not (isinstance(res, DefRes) and res.kind in (DefKind.CONST, DefKind.ASSOC_CONST))
            return True
        return False

    def _lit_pat_ty(self, pat: hir.LitPat) -> t.Ty:
        e = pat.expr
        if isinstance(e, hir.LitExpr) and e.lit.kind in (hir.LitKind.STR, hir.LitKind.BYTE_STR, hir.LitKind.C_STR):
            return t.Ref(t.RE_STATIC, t.STR, NOT)
        return t.UNIT

    def _peel_refs(self, pat: hir.Pat, expected: t.Ty, def_bm: Mutability | None) -> tuple[t.Ty, Mutability | None]:
        peeled: list[t.Ty] = []
        ty = self.structurally_resolve(expected, pat.span)
        while isinstance(ty, t.Ref):
            peeled.append(ty)
            if def_bm is None:
                def_bm = ty.mutbl
            elif def_bm is MUT and ty.mutbl is NOT:
                def_bm = NOT
            ty = self.structurally_resolve(ty.pointee, pat.span)
        if peeled:
            self.results.pat_adjustments[pat.hir_id] = peeled
            return ty, def_bm
        return expected, def_bm

    def _check_pat_inner(self, pat: hir.Pat, expected: t.Ty, def_bm: Mutability | None) -> t.Ty:
        if isinstance(pat, hir.WildPat | hir.ErrPat):
            return expected
        if isinstance(pat, hir.BindingPat):
            return self._check_binding(pat, expected, def_bm)
        if isinstance(pat, hir.TuplePat):
            return self._check_tuple(pat, expected, def_bm)
        if isinstance(pat, hir.TupleStructPat):
            return self._check_tuple_struct(pat, expected, def_bm)
        if isinstance(pat, hir.StructPat):
            return self._check_struct(pat, expected, def_bm)
        if isinstance(pat, hir.PathPat):
            return self._check_path_pat(pat, expected)
        if isinstance(pat, hir.LitPat):
            ty = self.check_expr_with_expectation(pat.expr, _expect(expected))
            e = pat.expr
            if isinstance(e, hir.LitExpr) and e.lit.kind is hir.LitKind.BYTE_STR:
                # Byte strings match byte slices as well as arrays (like array patterns).
                exp = self.structurally_resolve(expected, pat.span)
                if isinstance(exp, t.Ref) and isinstance(self.shallow(exp.pointee), t.Slice):
                    ty = t.Ref(t.RE_STATIC, t.Slice(t.PRIMITIVES["u8"]), NOT)
            self._demand_pat(pat.span, expected, ty)
            return expected
        if isinstance(pat, hir.RangePat):
            for end in (pat.lo, pat.hi):
                if end is not None:
                    ty = self.check_expr_with_expectation(end, _expect(expected))
                    self._demand_pat(end.span, expected, ty)
            return expected
        if isinstance(pat, hir.RefPat):
            return self._check_ref(pat, expected)
        if isinstance(pat, hir.SlicePat):
            return self._check_slice(pat, expected, def_bm)
        if isinstance(pat, hir.OrPat):
            for alt in pat.pats:
                self.check_pat(alt, expected, def_bm)
            return expected
        if isinstance(pat, hir.BoxPat | hir.DerefPat):
            inner = self.next_ty_var(pat.span)
            self.check_pat(pat.pat, inner, def_bm)
            return expected
        if isinstance(pat, hir.NeverPat):
            return expected
        return expected

    def _demand_pat(self, span: Span, expected: t.Ty, found: t.Ty) -> None:
        if self.try_equate(expected, found):
            return
        labels = [(self._origin, f"this expression has type `{self.resolve(expected)}`")] if getattr(self, "_origin", None) else []
        due = getattr(self, "_due", None)
        if due is not None:
            labels.append((due, "expected due to this"))
        self.report_mismatch(span, expected, found, labels=labels)  # type: ignore[arg-type]

    # -- bindings --------------------------------------------------------------------------------

    def _check_binding(self, pat: hir.BindingPat, expected: t.Ty, def_bm: Mutability | None) -> t.Ty:
        mode = pat.mode
        if mode.by_ref is None and mode.mutbl is NOT and def_bm is not None:
            bm = BindingMode(by_ref=def_bm, mutbl=NOT)
        else:
            bm = BindingMode(by_ref=mode.by_ref, mutbl=mode.mutbl)
        self.results.pat_binding_modes[pat.hir_id] = bm
        local_ty = expected if bm.by_ref is None else t.Ref(self.infcx.next_region_var(), expected, bm.by_ref)
        existing = self.locals.get(pat.hir_id)
        first = self.locals.get(pat.canonical) if pat.canonical is not None else None
        if existing is not None:
            self._demand_pat(pat.span, existing, local_ty)
        elif first is not None and not self.try_equate(first, local_ty):
            # rustc's `check_binding_alt_eq_ty`: `A(x) | B(x)` must bind `x` at one type.
            assert pat.canonical is not None
            labels = [(self.local_spans[pat.canonical], f"first introduced with type `{self.resolve(first)}` here")]
            if getattr(self, "_origin", None):
                labels.append((self._origin, f"this expression has type `{self.resolve(self._origin_ty)}`"))  # type: ignore[arg-type]
            where = "in the same arm, " if getattr(self, "_in_arm", False) else ""
            self.report_mismatch(pat.span, first, local_ty, labels=labels, notes=[f"{where}a binding must have the same type in all alternatives"])
            self.locals[pat.hir_id] = t.ERROR
        else:
            self.locals[pat.hir_id] = local_ty
            self.local_spans[pat.hir_id] = pat.ident.span
            # All local variables must have a statically known size (parameters: their
            # type must, checked at the type).
            if not self.in_fn_params:
                sized = self.lang.get("sized")
                origin = self.let_origins.get(pat.hir_id)
                # A `let` with a written type: rustc suggests borrowing there.
                borrow_at = origin[1].shrink_to_lo() if origin is not None and origin[2] == " type" else None
                if sized is not None:
                    self.register_bound(local_ty, sized, ObligationCause(pat.ident.span, CauseKind.SIZED_LOCAL, extra=borrow_at))
        if pat.sub is not None:
            self.check_pat(pat.sub, expected, def_bm)
        return expected

    # -- tuples -----------------------------------------------------------------------------------

    def _check_tuple(self, pat: hir.TuplePat, expected: t.Ty, def_bm: Mutability | None) -> t.Ty:
        exp = self.structurally_resolve(expected, pat.span)
        n = len(pat.pats)
        if isinstance(exp, t.Tuple) and (len(exp.elems) == n or (pat.dotdot is not None and len(exp.elems) >= n)):
            elems = list(exp.elems)
        else:
            count = n if pat.dotdot is None or not isinstance(exp, t.Tuple) else max(n, len(exp.elems))
            elems = [self.next_ty_var(pat.span) for _ in range(count)]
            tup = t.Tuple(tuple(elems))
            if not self.try_equate(expected, tup):
                self._demand_pat(pat.span, expected, t.Tuple(tuple(self.next_ty_var(p.span) for p in pat.pats)))
                for p in pat.pats:
                    self.check_pat(p, t.ERROR, def_bm)
                return t.ERROR
        for i, p in enumerate(pat.pats):
            idx = i if pat.dotdot is None or i < pat.dotdot else len(elems) - (n - i)
            self.check_pat(p, elems[idx], def_bm)
        return expected

    def _resolve_variant(self, qpath: hir.QPath, span: Span) -> tuple[DefId, VariantDef, t.GenericArgs] | None:
        """The ADT, variant and fresh ADT args a pattern/struct-expression path names."""
        res = None
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
        elif isinstance(qpath, hir.TypeRelativePath):
            self_ty = self.structurally_resolve(self.lower_ty(qpath.qself), span)
            if isinstance(self_ty, t.Adt):
                adt = self.tcx.adt_def(self_ty.def_id)
                for v in adt.variants:
                    if v.name == qpath.segment.ident.name and adt.is_enum:
                        return self_ty.def_id, v, self_ty.args
            return None
        elif isinstance(qpath, hir.LangItemPath):
            did = self.tcx.lang_item(qpath.item)
            if did is None:
                return None
            res = DefRes(self.tcx.def_kind(did), did)
        if isinstance(res, SelfCtorRes | SelfTyAliasRes):
            self_ty = self.tcx.type_of(res.impl)
            if isinstance(self_ty, t.Adt):
                adt = self.tcx.adt_def(self_ty.def_id)
                args = self.fresh_args_for(res.impl, span)
                inst = instantiate(self_ty, args)
                assert isinstance(inst, t.Adt)
                return self_ty.def_id, adt.variants[0], inst.args
            return None
        if not isinstance(res, DefRes):
            return None
        did = res.def_id
        kind = res.kind
        if kind is DefKind.CTOR:
            did = self.tcx.defs[did].ctor_of or did
            kind = self.tcx.def_kind(did)
        if kind is DefKind.VARIANT:
            adt_id = self.tcx.parent(did)
            assert adt_id is not None
            adt = self.tcx.adt_def(adt_id)
            return adt_id, adt.variant_with_id(did), self.fresh_args_for(adt_id, span)
        if kind in (DefKind.STRUCT, DefKind.UNION):
            adt = self.tcx.adt_def(did)
            args = self._path_adt_args(qpath, did, span)
            return did, adt.variants[0], args
        if kind is DefKind.TY_ALIAS:
            ty = self.structurally_resolve(self.lowerer.lower_qpath(qpath, span), span)
            if isinstance(ty, t.Adt):
                return ty.def_id, self.tcx.adt_def(ty.def_id).variants[0], ty.args
        return None

    def _path_adt_args(self, qpath: hir.QPath, adt_id: DefId, span: Span) -> t.GenericArgs:
        if isinstance(qpath, hir.ResolvedPath):
            seg = qpath.path.segments[-1] if qpath.path.segments else None
            if seg is not None and seg.args is not None:
                return self.lowerer.lower_generic_args(adt_id, seg, (), span)
        return self.fresh_args_for(adt_id, span)

    def _check_tuple_struct(self, pat: hir.TupleStructPat, expected: t.Ty, def_bm: Mutability | None) -> t.Ty:
        found = self._resolve_variant(pat.qpath, pat.span)
        if found is None:
            self._not_a_tuple_struct(pat)
            for p in pat.pats:
                self.check_pat(p, t.ERROR, def_bm)
            return t.ERROR
        adt_id, variant, args = found
        if variant.ctor_kind is not CtorKind.FN:
            self._not_a_tuple_struct(pat)
            for p in pat.pats:
                self.check_pat(p, t.ERROR, def_bm)
            return t.ERROR
        pat_ty = t.Adt(adt_id, args)
        self._demand_pat(pat.span, expected, pat_ty)
        fields = variant.fields
        n = len(pat.pats)
        if n > len(fields) or (pat.dotdot is None and n != len(fields)):
            self._wrong_field_count(pat, variant, n, len(fields), args)
            for p in pat.pats:
                self.check_pat(p, t.ERROR, def_bm)
            return t.ERROR
        for i, p in enumerate(pat.pats):
            idx = i if pat.dotdot is None or i < pat.dotdot else len(fields) - (n - i)
            fty = self.normalize(self.tcx.field_ty(fields[idx], args), p.span)
            self.check_pat(p, fty, def_bm)
        return expected

    def _not_a_tuple_struct(self, pat: hir.TupleStructPat) -> None:
        res = pat.qpath.path.res if isinstance(pat.qpath, hir.ResolvedPath) else None
        if isinstance(res, DefRes) and res.kind in (DefKind.CTOR, DefKind.VARIANT, DefKind.STRUCT):
            text = _qpath_text(pat.qpath)
            d = Diagnostic.error(f"expected tuple struct or tuple variant, found unit variant `{text}`", pat.span, "E0532")
            self.emit(d)

    def _wrong_field_count(self, pat: hir.TupleStructPat, variant: VariantDef, got: int, want: int, args: t.GenericArgs = ()) -> None:
        """rustc's `e0023`: every sub-pattern underlined, the definition's fields labelled, and
        the fix: parentheses for `Some(a, b)` against a tuple, or `_` for the missing fields."""
        tcx = self.tcx
        kind = "tuple variant" if tcx.def_kind(variant.def_id) is DefKind.VARIANT else "tuple struct"
        fs, ps = "s" if want != 1 else "", "s" if got != 1 else ""
        spans = [p.span for p in pat.pats] or [pat.span]
        d = Diagnostic.error(f"this pattern has {got} field{ps}, but the corresponding {kind} has {want} field{fs}", spans[0], "E0023")
        d.labels.clear()
        for sp in spans[:-1]:
            d.with_primary(sp, "")
        d.with_primary(spans[-1], f"expected {want} field{fs}, found {got}")
        # (in std too: rustc shows where its fields are, and the label as a note)
        field_spans = [tcx.def_span(f.def_id) for f in variant.fields] or [tcx.def_span(variant.def_id)]
        for sp in field_spans[:-1]:
            d.with_label(sp, "")
        d.with_label(field_spans[-1], f"{kind} has {want} field{fs}")
        field_ty = self.resolve(tcx.field_ty(variant.fields[0], args)) if len(variant.fields) == 1 else None
        if isinstance(field_ty, t.Tuple) and len(field_ty.elems) == got and pat.pats:
            d.with_suggestion("missing parentheses", [(pat.pats[0].span.shrink_to_lo(), "("), (pat.pats[-1].span.shrink_to_hi(), ")")])
        elif want > got:
            after = Span(pat.span.hi - 1, pat.span.hi - 1, pat.span.ctxt)
            sugg = ", ".join(["_"] * (want - got))
            d.with_suggestion("use `_` to explicitly ignore each field", [(after, (", " if pat.pats else "") + sugg)], Applicability.MAYBE_INCORRECT)
            all_wild = all(isinstance(p, hir.WildPat) for p in pat.pats)
            if want - got > 1 or all_wild:
                if not pat.pats or all_wild:
                    whole = pat.pats[0].span.to(pat.pats[-1].span) if pat.pats else after
                    d.with_suggestion("use `..` to ignore all fields", [(whole, "..")], Applicability.MAYBE_INCORRECT)
                else:
                    d.with_suggestion("use `..` to ignore the rest of the fields", [(after, ", ..")], Applicability.MAYBE_INCORRECT)
        self.emit(d)

    # -- structs --------------------------------------------------------------------------------

    def _check_struct(self, pat: hir.StructPat, expected: t.Ty, def_bm: Mutability | None) -> t.Ty:
        found = self._resolve_variant(pat.qpath, pat.span)
        if found is None:
            for f in pat.fields:
                self.check_pat(f.pat, t.ERROR, def_bm)
            return t.ERROR
        adt_id, variant, args = found
        self._demand_pat(pat.span, expected, t.Adt(adt_id, args))
        if variant.ctor_kind is CtorKind.FN and any(not f.ident.name.isdigit() for f in pat.fields):
            # `Token::Number { value }` for a tuple variant.
            kind = "variant" if self.tcx.def_kind(variant.def_id) is DefKind.VARIANT else "struct"
            text = _qpath_text(pat.qpath)
            d = Diagnostic.error(f"tuple {kind} `{text}` written as struct {kind}", pat.span, "E0769")
            d.with_primary(pat.span, "")
            qspan = pat.qpath.path.span if isinstance(pat.qpath, hir.ResolvedPath) else pat.qpath.span
            if len(pat.fields) == len(variant.fields):
                sm = self.tcx.source_map
                parts = ["_" if f.ident.name.isdigit() else (sm.snippet(f.pat.span) or "_") for f in pat.fields]
                app = Applicability.MACHINE_APPLICABLE
            else:
                parts, app = ["_" for _ in variant.fields], Applicability.MAYBE_INCORRECT
            d.with_suggestion(f"use the tuple {kind} pattern syntax instead", [(Span(qspan.hi, pat.span.hi, pat.span.ctxt), f"({', '.join(parts)})")], app)
            self.emit(d)
            for f in pat.fields:
                self.check_pat(f.pat, t.ERROR, def_bm)
            return expected
        seen: set[str] = set()
        unknown: list[str] = []
        for f in pat.fields:
            name = f.ident.name
            hit = variant.field_named(name)
            if hit is None:
                kind = "variant" if self.tcx.def_kind(variant.def_id) is DefKind.VARIANT else "struct"
                text = _qpath_text(pat.qpath)
                d = Diagnostic.error(f"{kind} `{text}` does not have a field named `{name}`", f.ident.span, "E0026")
                d.with_primary(f.ident.span, f"{kind} `{text}` does not have this field")
                self._inexistent_field_help(d, pat, f, variant)
                self.emit(d)
                self.check_pat(f.pat, t.ERROR, def_bm)
                unknown.append(name)
                continue
            idx, fd = hit
            seen.add(name)
            self.results.field_indices[f.hir_id] = idx
            self.check_pat(f.pat, self.normalize(self.tcx.field_ty(fd, args), f.span), def_bm)
        if not pat.has_rest:
            missing = [fd.name for fd in variant.fields if fd.name not in seen]
            if len(unknown) == 1 and len(missing) == 1:
                # A misspelt field (`mail` for `email`) is only the E0026 with its
                # suggestion (rustc's `error_inexistent_fields`).
                from ferric.base.edit_distance import find_best_match_for_name

                if find_best_match_for_name(missing, unknown[0]) is not None:
                    missing = []
            if missing and not self.tcx.adt_def(adt_id).is_union:
                names = ", ".join(f"`{m}`" for m in missing)
                word = "field" if len(missing) == 1 else "fields"
                d = Diagnostic.error(f"pattern does not mention {word} {names}", pat.span, "E0027")
                d.with_primary(pat.span, f"missing {word} {names}")
                self._unmentioned_fields_help(d, pat, missing)
                self.emit(d)
        return expected

    def _inexistent_field_help(self, d: Diagnostic, pat: hir.StructPat, f: hir.PatField, variant: VariantDef) -> None:
        """rustc's `error_inexistent_fields` when one field is left unmentioned: a similar name,
        or that field's name as the likely intent."""
        from ferric.base.edit_distance import find_best_match_for_name

        named = {x.ident.name for x in pat.fields}
        unmentioned = [x.name for x in variant.fields if x.name not in named]
        unknown = [x for x in pat.fields if variant.field_named(x.ident.name) is None]
        if len(unmentioned) != 1:
            return
        best = find_best_match_for_name(unmentioned, f.ident.name)
        if best is not None:
            # An edit that keeps the written name shows as an insertion, not a label.
            style = "normal" if f.ident.name in best else "inline"
            d.with_suggestion("a field with a similar name exists", [(f.ident.span, best)], Applicability.MAYBE_INCORRECT, style)
        elif len(unknown) == 1:
            path = self.tcx.def_path_str(variant.def_id)
            d.with_suggestion(f"`{path}` has a field named `{unmentioned[0]}`", [(f.ident.span, unmentioned[0])], Applicability.MAYBE_INCORRECT, "hide_inline")

    def _unmentioned_fields_help(self, d: Diagnostic, pat: hir.StructPat, missing: list[str]) -> None:
        """rustc's `error_unmentioned_fields` suggestions: name the fields, ignore them with
        `: _`, or add `..`."""
        if pat.fields:
            sp = Span(pat.fields[-1].span.hi, pat.span.hi, pat.span.ctxt)
            prefix, postfix = ", ", " }"
        else:
            qspan = pat.qpath.path.span if isinstance(pat.qpath, hir.ResolvedPath) else pat.qpath.span
            sp = Span(qspan.hi, pat.span.hi, pat.span.ctxt)
            prefix, postfix = " { ", " }"
        n = len(missing)
        named = ", ".join(f"{m}: _" if m.isdigit() else m for m in missing)
        ignored = ", ".join(f"{m}: _" for m in missing)
        d.with_suggestion(f"include the missing field{'s' if n != 1 else ''} in the pattern", [(sp, prefix + named + postfix)])
        these, them = ("this", "it") if n == 1 else ("these", "them")
        d.with_suggestion(f"if you don't care about {these} missing field{'s' if n != 1 else ''}, you can explicitly ignore {them}", [(sp, prefix + ignored + postfix)])
        d.with_suggestion("or always ignore missing fields here", [(sp, prefix + ".." + postfix)])

    def _check_path_pat(self, pat: hir.PathPat, expected: t.Ty) -> t.Ty:
        qpath = pat.qpath
        if isinstance(qpath, hir.ResolvedPath):
            res = qpath.path.res
            if isinstance(res, DefRes) and res.kind is DefKind.ASSOC_CONST and qpath.qself is not None:
                # `<A as K>::KEY`: checked as the path expression it is, which records the
                # trait's args (its `Self`) for the pattern, as code generation needs them.
                ty = self.check_expr_with_expectation(hir.PathExpr(qpath=qpath, hir_id=pat.hir_id, span=pat.span), _expect(expected))
                self._demand_pat(pat.span, expected, ty)
                return expected
            if isinstance(res, DefRes) and res.kind in (DefKind.CONST, DefKind.ASSOC_CONST):
                ty = self.normalize(self.tcx.type_of(res.def_id), pat.span)
                self._demand_pat(pat.span, expected, ty)
                return expected
            if isinstance(res, LocalRes):
                return expected
        found = self._resolve_variant(qpath, pat.span)
        if found is None:
            ty = self.check_expr_with_expectation(hir.PathExpr(qpath=qpath, hir_id=pat.hir_id, span=pat.span), _expect(expected))
            self._demand_pat(pat.span, expected, ty)
            return expected
        adt_id, variant, args = found
        if variant.ctor_kind is CtorKind.FN:
            text = _qpath_text(qpath)
            d = Diagnostic.error(f"expected unit struct, unit variant or constant, found tuple variant `{text}`", pat.span, "E0533")
            self.emit(d)
        self._demand_pat(pat.span, expected, t.Adt(adt_id, args))
        return expected

    # -- references and slices --------------------------------------------------------------------

    def _check_ref(self, pat: hir.RefPat, expected: t.Ty) -> t.Ty:
        exp = self.structurally_resolve(expected, pat.span)
        if isinstance(exp, t.Ref) and exp.mutbl is pat.mutbl:
            self.check_pat(pat.pat, exp.pointee, None)
            return expected
        inner = self.next_ty_var(pat.span)
        ref = t.Ref(self.infcx.next_region_var(), inner, pat.mutbl)
        if self.try_equate(expected, ref):
            self.check_pat(pat.pat, inner, None)
            return expected
        self._demand_pat(pat.span, expected, t.Ref(t.RE_ERASED, self.next_ty_var(pat.span), pat.mutbl))
        self.check_pat(pat.pat, t.ERROR, None)
        return t.ERROR

    def _check_slice(self, pat: hir.SlicePat, expected: t.Ty, def_bm: Mutability | None) -> t.Ty:
        exp = self.structurally_resolve(expected, pat.span)
        n = len(pat.before) + len(pat.after)
        if isinstance(exp, t.Array):
            elem = exp.elem
            length = exp.len.value if isinstance(exp.len, t.ConstValue) and isinstance(exp.len.value, int) else None
            if length is not None:
                if pat.slice is None and length != n:
                    d = Diagnostic.error(f"pattern requires {n} element{'s' if n != 1 else ''} but array has {length}", pat.span, "E0527")
                    d.with_primary(pat.span, f"expected {length} element{'s' if length != 1 else ''}")
                    self.emit(d)
                elif pat.slice is not None and n > length:
                    d = Diagnostic.error(
                        f"pattern requires at least {n} element{'s' if n != 1 else ''} but array has {length}", pat.span, "E0528"
                    )
                    d.with_primary(pat.span, f"pattern cannot match array of {length} element{'s' if length != 1 else ''}")
                    self.emit(d)
            rest_ty: t.Ty = t.Array(elem, t.usize_const(length - n)) if length is not None and length >= n else t.Slice(elem)
        elif isinstance(exp, t.Slice):
            elem = exp.elem
            rest_ty = exp
        elif isinstance(exp, t.Error):
            elem = t.ERROR
            rest_ty = t.ERROR
        else:
            d = Diagnostic.error(f"expected an array or slice, found `{self.resolve(exp)}`", pat.span, "E0529")
            d.with_primary(pat.span, "pattern cannot match with input type `" + str(self.resolve(exp)) + "`")
            self.emit(d)
            elem = t.ERROR
            rest_ty = t.ERROR
        for p in (*pat.before, *pat.after):
            self.check_pat(p, elem, def_bm)
        if pat.slice is not None:
            self.check_pat(pat.slice, rest_ty, def_bm)
        return expected


def _expect(ty: t.Ty) -> Expectation:
    return expect_has_type(ty)


def _qpath_text(qpath: hir.QPath) -> str:
    if isinstance(qpath, hir.ResolvedPath):
        return "::".join(s.ident.name for s in qpath.path.segments)
    if isinstance(qpath, hir.TypeRelativePath):
        return "Self::" + qpath.segment.ident.name
    return qpath.item
