"""Checking expressions, statements and blocks (rustc's `expr.rs`, `callee.rs`, parts of
`fn_ctxt/checks.rs`).

Every expression is checked against an `Expectation` (the type the context wants, used
to guide inference: literals, closures, `Vec::new()`), then its type is recorded. Coercion
sites (let initialisers, arguments, returns, fields, array elements, branches) coerce to
the expected type and report E0308 when they cannot.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from ferric.base.edit_distance import (
    edit_distance_with_substrings,
    find_best_match_for_name_with_substrings,
)
from ferric.base.span import Span
from ferric.diag.diagnostic import (
    Applicability,
    Diagnostic,
    Label,
    Level,
    SubDiagnostic,
    SubstitutionPart,
    Suggestion,
)
from ferric.hir import nodes as hir
from ferric.resolve.defs import (
    LOCAL_CRATE,
    STD_CRATE,
    CtorKind,
    DefId,
    DefKind,
    DefRes,
    ErrRes,
    HirId,
    LocalRes,
    SelfCtorRes,
    Visibility,
)
from ferric.syntax.ast import BinOpKind, Mutability
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.ty import ty as t
from ferric.ty.context import AssocItem, AssocKind, simplify_type
from ferric.ty.fold import TyWalker, erase_regions, instantiate
from ferric.ty.generics import ParamKind
from ferric.ty.predicate import TraitPredicate, TraitRef
from ferric.typeck.coerce import Autoderef, CoerceMany
from ferric.typeck.fcx import (
    NO_EXPECTATION,
    Breakable,
    CallSite,
    DeferredCast,
    Expectation,
    ReturnCtx,
    expect_has_type,
)
from ferric.typeck.method import Pick
from ferric.typeck.op import OpChecker
from ferric.typeck.results import AdjustKind, Adjustment
from ferric.typeck.type_err import mismatch_label

MUT = Mutability.MUT
NOT = Mutability.NOT


class ExprChecker(OpChecker):
    # -- entry points -----------------------------------------------------------------------------

    def check_expr(self, expr: hir.Expr) -> t.Ty:
        return self.check_expr_with_expectation(expr, NO_EXPECTATION)

    def check_expr_with_expectation(self, expr: hir.Expr, expected: Expectation) -> t.Ty:
        self.hir_spans[expr.hir_id] = expr.span
        ty = self._check_expr_kind(expr, expected)
        if isinstance(self.shallow(ty), t.Never):
            self.diverges = True
        self.write_ty(expr.hir_id, ty)
        return ty

    def check_expr_has_type(self, expr: hir.Expr, ty: t.Ty) -> t.Ty:
        actual = self.check_expr_with_expectation(expr, expect_has_type(ty))
        if isinstance(self.shallow(actual), t.Never) and not isinstance(self.shallow(ty), t.Never):
            self.apply_adjustments(expr, [Adjustment(AdjustKind.NEVER_TO_ANY, ty)])
            return ty
        if not self.try_equate(ty, actual):
            self.report_mismatch(expr.span, ty, actual)
        return ty

    def check_expr_coercible_to(self, expr: hir.Expr, ty: t.Ty, why: list[tuple[Span, str]] | None = None) -> t.Ty:
        actual = self.check_expr_with_expectation(expr, expect_has_type(ty))
        if not self.coerce(expr, actual, ty, expr.span):
            self.report_mismatch(expr.span, ty, actual, labels=why, notes=self._mismatch_help(expr, ty, actual), expr=expr)
        return ty

    def _mismatch_help(self, expr: hir.Expr, expected: t.Ty, found: t.Ty) -> list[str]:
        return []

    # -- dispatch --------------------------------------------------------------------------------

    def _check_expr_kind(self, expr: hir.Expr, expected: Expectation) -> t.Ty:
        if isinstance(expr, hir.LitExpr):
            return self.check_lit(expr, expected)
        if isinstance(expr, hir.PathExpr):
            return self.check_path_expr(expr, expected)
        if isinstance(expr, hir.CallExpr):
            return self.check_call(expr, expected)
        if isinstance(expr, hir.MethodCallExpr):
            return self.check_method_call(expr, expected)
        if isinstance(expr, hir.BinaryExpr):
            return self.check_binop(expr, expected)
        if isinstance(expr, hir.UnaryExpr):
            return self.check_unop(expr, expected)
        if isinstance(expr, hir.BlockExpr):
            return self.check_block_expr(expr, expected)
        if isinstance(expr, hir.IfExpr):
            return self.check_if(expr, expected)
        if isinstance(expr, hir.MatchExpr):
            return self.check_match(expr, expected)
        if isinstance(expr, hir.LoopExpr):
            return self.check_loop(expr, expected)
        if isinstance(expr, hir.LetExpr):
            init_ty = self.check_expr(expr.init)
            declared = self.lower_ty(expr.ty) if expr.ty is not None else init_ty
            self.check_pat_top(expr.pat, declared, expr.init.span)
            return t.ERROR if expr.recovered else t.BOOL
        if isinstance(expr, hir.AssignExpr):
            if expected.only_has_type() is t.BOOL:
                return self.check_assign_expected_bool(expr)
            return self.check_assign(expr)
        if isinstance(expr, hir.AssignOpExpr):
            return self.check_assign_op(expr)
        if isinstance(expr, hir.FieldExpr):
            return self.check_field(expr)
        if isinstance(expr, hir.IndexExpr):
            return self.check_index(expr)
        if isinstance(expr, hir.AddrOfExpr):
            return self.check_addr_of(expr, expected)
        if isinstance(expr, hir.TupleExpr):
            return self.check_tuple(expr, expected)
        if isinstance(expr, hir.ArrayExpr):
            return self.check_array(expr, expected)
        if isinstance(expr, hir.RepeatExpr):
            return self.check_repeat(expr, expected)
        if isinstance(expr, hir.StructExpr):
            return self.check_struct_expr(expr, expected)
        if isinstance(expr, hir.CastExpr):
            return self.check_cast(expr)
        if isinstance(expr, hir.ClosureExpr):
            return self.check_closure(expr, expected)
        if isinstance(expr, hir.BreakExpr):
            return self.check_break(expr)
        if isinstance(expr, hir.ContinueExpr):
            return t.NEVER
        if isinstance(expr, hir.RetExpr):
            return self.check_return(expr)
        if isinstance(expr, hir.FormatArgsExpr):
            return self.check_format_args(expr)
        if isinstance(expr, hir.ConstBlockExpr):
            return self.check_const_block(expr, expected)
        if isinstance(expr, hir.YieldExpr):
            return t.ERROR
        if isinstance(expr, hir.ErrExpr):
            # Something already reported (a parse or resolution error): later passes skip
            # this body, as rustc's `ExprKind::Err` taints its typeck results.
            self.results.tainted_by_errors = True
        return t.ERROR

    def check_closure(self, expr: hir.ClosureExpr, expected: Expectation) -> t.Ty:
        raise NotImplementedError

    # -- literals ------------------------------------------------------------------------------------

    def check_lit(self, expr: hir.LitExpr, expected: Expectation) -> t.Ty:
        lit = expr.lit
        k = lit.kind
        if k is hir.LitKind.INT:
            if lit.suffix:
                return t.PRIMITIVES.get(lit.suffix, t.ERROR)
            hint = expected.hint()
            if hint is not None:
                h = self.shallow(hint)
                if isinstance(h, t.Int | t.Uint) or (isinstance(h, t.Infer) and h.kind is t.InferKind.INT):
                    return h
                if isinstance(h, t.Char | t.RawPtr | t.FnPtr):
                    return self.infcx.next_int_var()
            return self.infcx.next_int_var()
        if k is hir.LitKind.FLOAT:
            if lit.suffix:
                return t.PRIMITIVES.get(lit.suffix, t.ERROR)
            hint = expected.hint()
            if hint is not None:
                h = self.shallow(hint)
                if isinstance(h, t.Float) or (isinstance(h, t.Infer) and h.kind is t.InferKind.FLOAT):
                    return h
            return self.infcx.next_float_var()
        if k is hir.LitKind.STR:
            return t.Ref(t.RE_STATIC, t.STR, NOT)
        if k is hir.LitKind.BYTE_STR:
            assert isinstance(lit.value, bytes)
            hint = self.shallow(expected.hint() or t.ERROR)
            if isinstance(hint, t.Ref) and isinstance(self.shallow(hint.pointee), t.Slice):
                return t.Ref(t.RE_STATIC, t.Slice(t.U8), NOT)
            return t.Ref(t.RE_STATIC, t.Array(t.U8, t.usize_const(len(lit.value))), NOT)
        if k is hir.LitKind.C_STR:
            cstr = self.tcx.lang_item("CStr")
            inner: t.Ty = t.Adt(cstr, ()) if cstr is not None else t.ERROR
            return t.Ref(t.RE_STATIC, inner, NOT)
        if k is hir.LitKind.BYTE:
            return t.U8
        if k is hir.LitKind.CHAR:
            return t.CHAR
        if k is hir.LitKind.BOOL:
            return t.BOOL
        return t.ERROR

    # -- paths --------------------------------------------------------------------------------------

    def check_path_expr(self, expr: hir.PathExpr, expected: Expectation) -> t.Ty:
        ty, _ = self.instantiate_value_path(expr.qpath, expr.hir_id, expr.span)
        return ty

    def instantiate_value_path(self, qpath: hir.QPath, hir_id: HirId, span: Span) -> tuple[t.Ty, DefId | None]:
        """The type of a path used as a value (a local, fn item, constructor, const, static,
        associated fn/const), with fresh inference variables for omitted generic args."""
        if isinstance(qpath, hir.TypeRelativePath):
            return self.resolve_type_relative_value(qpath, hir_id, span)
        if isinstance(qpath, hir.LangItemPath):
            did = self.tcx.lang_item(qpath.item)
            if did is None:
                return t.ERROR, None
            if qpath.item == "from_residual" and self.ret is not None and self.ret.try_context is not None:
                self.try_sites[span] = self.ret.try_context
            kind = self.tcx.def_kind(did)
            if kind in (DefKind.STRUCT, DefKind.VARIANT):
                # A unit or tuple struct/variant as a value is its constructor.
                adt_id = did if kind is DefKind.STRUCT else self.tcx.parent(did)
                assert adt_id is not None
                for v in self.tcx.adt_def(adt_id).variants:
                    if v.def_id == did and v.ctor is not None:
                        did = v.ctor
            return self.value_def_ty(did, None, hir_id, span), did
        res = qpath.path.res
        if isinstance(res, LocalRes):
            ty = self.locals.get(res.hir_id)
            if ty is None:
                return t.ERROR, None
            return ty, None
        if isinstance(res, ErrRes):
            # rustc's `set_tainted_by_errors`: the resolver reported it, and inference
            # failures in this body are no longer reported.
            self.error_reported = True
            return t.ERROR, None
        if isinstance(res, SelfCtorRes):
            self_ty = self.tcx.type_of(res.impl)
            if isinstance(self_ty, t.Adt):
                adt = self.tcx.adt_def(self_ty.def_id)
                v = adt.variants[0]
                args = self.fresh_args_for(res.impl, span)
                inst = instantiate(self_ty, args)
                assert isinstance(inst, t.Adt)
                if v.ctor is not None and v.ctor_kind is CtorKind.FN:
                    fnty = t.FnDef(v.ctor, inst.args)
                    self.write_args(hir_id, inst.args)
                    return fnty, v.ctor
                return inst, v.ctor
            return t.ERROR, None
        if isinstance(res, DefRes):
            qself = self.lower_ty(qpath.qself) if qpath.qself is not None else None
            return self.value_def_ty(res.def_id, qpath.path, hir_id, span, qself), res.def_id
        self.emit(Diagnostic.error(f"expected value, found `{_qpath_text(qpath)}`", span, "E0423").with_primary(span, "not a value"))
        return t.ERROR, None

    def value_def_ty(self, did: DefId, path: hir.Path | None, hir_id: HirId, span: Span, qself: t.Ty | None = None) -> t.Ty:
        tcx = self.tcx
        kind = tcx.def_kind(did)
        if kind in (DefKind.FN, DefKind.ASSOC_FN, DefKind.CTOR):
            args = self.value_path_args(did, path, span, qself)
            self.write_args(hir_id, args)
            self.register_predicates_of(did, args, span)
            if kind is DefKind.CTOR:
                self._register_ctor_sized(did, args, span)
            if kind is DefKind.CTOR and tcx.defs[did].ctor_kind is CtorKind.CONST:
                adt = _ctor_adt(self, did)
                return t.Adt(adt, args)
            return t.FnDef(did, args)
        if kind is DefKind.CONST or kind is DefKind.ASSOC_CONST:
            args = self.value_path_args(did, path, span, qself)
            self.write_args(hir_id, args)
            return self.normalize(instantiate(tcx.type_of(did), args), span)
        if kind is DefKind.STATIC:
            self.results.names_statics = True
            return tcx.type_of(did)
        if kind is DefKind.CONST_PARAM:
            return tcx.type_of(did)
        name = tcx.item_name(did)
        self.emit(Diagnostic.error(f"expected value, found {kind.descr()} `{name}`", span, "E0423").with_primary(span, "not a value"))
        return t.ERROR

    def value_path_args(self, did: DefId, path: hir.Path | None, span: Span, qself: t.Ty | None = None) -> t.GenericArgs:
        """Generic args for a value path: from the segments' turbofish where written (the
        type's segment for constructors and associated items), fresh variables elsewhere;
        `qself` is the `Self` of a trait item named by `<T as Trait>::item`."""
        tcx = self.tcx
        g = tcx.generics_of(did)
        if path is None or not path.segments:
            return self.fresh_args_for(did, span)
        last = path.segments[-1]
        kind = tcx.def_kind(did)
        if kind is DefKind.CTOR:
            target = tcx.defs[did].ctor_of
            adt = _ctor_adt(self, did)
            seg = last
            if target is not None and tcx.def_kind(target) is DefKind.VARIANT and len(path.segments) >= 2:
                # `Option::<i32>::Some` or `Option::Some::<i32>`.
                enum_seg = path.segments[-2]
                seg = enum_seg if enum_seg.args is not None else last
            return self.lowerer.lower_generic_args(adt, seg, (), span)
        if kind in (DefKind.ASSOC_FN, DefKind.ASSOC_CONST) and g.parent is not None and len(path.segments) >= 2:
            parent = g.parent
            parent_seg = path.segments[-2]
            self_ty = (qself or self.next_ty_var(span)) if tcx.def_kind(parent) is DefKind.TRAIT else None
            parent_args = self.lowerer.lower_generic_args(parent, parent_seg, (), span, self_ty=self_ty)
            if tcx.def_kind(parent) is DefKind.TRAIT:
                cause_kind = CauseKind.TRAIT_ITEM_PATH if qself is None else CauseKind.MISC
                self.register(TraitPredicate(TraitRef(parent, parent_args)), ObligationCause(span, cause_kind))
            return self.lowerer.lower_generic_args(did, last, parent_args, span)
        return self.lowerer.lower_generic_args(did, last, (), span)

    def resolve_type_relative_value(self, qpath: hir.TypeRelativePath, hir_id: HirId, span: Span) -> tuple[t.Ty, DefId | None]:
        self_ty = self.structurally_resolve(self.lower_ty(qpath.qself), qpath.qself.span)
        name = qpath.segment.ident.name
        if isinstance(self_ty, t.Error):
            return t.ERROR, None
        # (The written `Self` type is well-formed: `Vec::new()` of a `Vec<[i32]>`.)
        self.wf_args.append(((self_ty,), qpath.qself.span))
        # Enum variants through an alias or `Self`.
        if isinstance(self_ty, t.Adt):
            adt = self.tcx.adt_def(self_ty.def_id)
            if adt.is_enum:
                for v in adt.variants:
                    if v.name == name and v.ctor is None:
                        self._report_struct_variant_value(v, hir_id, span)
                        return t.ERROR, None
                    if v.name == name and v.ctor is not None:
                        self.results.type_dependent_defs[hir_id] = (DefKind.CTOR, v.ctor)
                        self.write_args(hir_id, self_ty.args)
                        if v.ctor_kind is CtorKind.FN:
                            return t.FnDef(v.ctor, self_ty.args), v.ctor
                        return self_ty, v.ctor
        found = self.probe_assoc(span, name, self_ty, qpath.segment.hir_id)
        if found is None:
            self.report_no_assoc_item(span, name, self_ty, qpath)
            return t.ERROR, None
        cand, parent_args = found
        item = cand.item
        args = self.lowerer.lower_generic_args(item.def_id, qpath.segment, parent_args, span)
        kind = DefKind.ASSOC_FN if item.kind is AssocKind.FN else DefKind.ASSOC_CONST
        self.results.type_dependent_defs[hir_id] = (kind, item.def_id)
        self.write_args(hir_id, args)
        self.register_predicates_of(item.def_id, args, span)
        if item.kind is AssocKind.FN:
            return t.FnDef(item.def_id, args), item.def_id
        return self.normalize(instantiate(self.tcx.type_of(item.def_id), args), span), item.def_id

    def _report_struct_variant_value(self, variant: object, hir_id: HirId, span: Span) -> None:
        """rustc's `report_unexpected_variant_res`: a struct variant used as a value (E0533),
        with the struct expression it may have meant."""
        path = self.tcx.source_map.snippet(span) or ""
        d = Diagnostic.error(f"expected value, found struct variant `{path}`", span, "E0533")
        d.with_primary(span, "not a value")
        fields = [f.name for f in variant.fields]  # type: ignore[attr-defined]
        sugg = " {}" if not fields else " { " + ", ".join(f"{f}: /* value */" for f in fields) + " }"
        call = self.callee_calls.get(hir_id)
        at = Span(span.hi, call.hi, span.ctxt) if call is not None else span.shrink_to_hi()
        d.with_suggestion(
            "you might have meant to create a new value of the struct",
            [(at, sugg)],
            Applicability.HAS_PLACEHOLDERS,
        )
        self.emit(d)

    def report_no_assoc_item(self, span: Span, name: str, self_ty: t.Ty, qpath: hir.TypeRelativePath) -> None:
        ty = self.resolve(self_ty)
        # rustc's item kind: enums may have a variant of that name; otherwise a lowercase
        # name is likely a function, an uppercase one a constant.
        if isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_enum:
            kind = "variant or associated item"
        elif name[:1].islower():
            kind = "function or associated item"
        else:
            kind = "associated item"
        d = Diagnostic.error(
            f"no {kind} named `{name}` found for {_ty_descr(self, ty)} `{ty}` in the current scope",
            qpath.segment.ident.span,
            "E0599",
        )
        d.with_primary(qpath.segment.ident.span, f"{kind} not found in `{ty}`")
        self._not_found_for_this(d, ty, kind, name)
        self._param_bound_help(d, ty, name, method=False)
        if isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_enum:
            from ferric.base.edit_distance import find_best_match_for_name

            variants = [v.name for v in self.tcx.adt_def(ty.def_id).variants]
            best = find_best_match_for_name(variants, name)
            if best is not None:
                d.with_suggestion("there is a variant with a similar name", [(qpath.segment.ident.span, best)], Applicability.MAYBE_INCORRECT, "normal")
        self.emit(d)

    def _not_found_for_this(self, d: Diagnostic, ty: t.Ty, kind: str, name: str) -> None:
        """rustc labels a local type's definition: "method `x` not found for this struct"."""
        inner = ty
        while isinstance(inner, t.Ref):
            inner = inner.pointee
        if isinstance(inner, t.Adt) and self.tcx.crate_of(inner.def_id) == LOCAL_CRATE:
            from ferric.typeck.errors import header_span

            descr = self.tcx.adt_def(inner.def_id).kind.value
            d.with_label(header_span(self.tcx, inner.def_id), f"{kind} `{name}` not found for this {descr}")
        elif isinstance(ty, t.Param) and ty.name != "Self":
            found = self._generic_param(ty.name)
            if found is not None:
                d.with_label(found[0].name.span, f"{kind} `{name}` not found for this type parameter")

    def _param_bound_help(self, d: Diagnostic, ty: t.Ty, name: str, method: bool) -> None:
        """rustc's advice for an item missing on a type parameter: bound it by the trait
        that defines the item (given when exactly one trait does)."""
        if not isinstance(ty, t.Param) or ty.name == "Self":
            return
        found = self._generic_param(ty.name)
        if found is None:
            return
        gp, generics = found
        d.with_help("items from traits can only be used if the type parameter is bounded by the trait")
        traits = []
        for d_id in self.tcx.hir.items:
            if self.tcx.def_kind(d_id) is not DefKind.TRAIT or not self.tcx.defs[d_id].vis.public:
                continue
            if any(it.name == name and it.kind is AssocKind.FN and (it.fn_has_self or not method) for it in self.tcx.associated_items(d_id)):
                traits.append(d_id)
        if len(traits) != 1:
            return
        trait = traits[0]
        shown = self.tcx.item_name(trait)
        if shown not in _PRELUDE_TRAITS:
            shown = self.tcx.def_path_str(trait)
        preds = [
            p for p in generics.predicates
            if isinstance(p, hir.BoundPredicate) and p.bounds and p.span.lo == gp.name.span.lo
        ]
        at, text = (preds[-1].span.shrink_to_hi(), f" + {shown}") if preds else (gp.name.span.shrink_to_hi(), f": {shown}")
        d.with_suggestion(
            f"the following trait defines an item `{name}`, perhaps you need to restrict type parameter `{ty.name}` with it:",
            [(at, text)],
            Applicability.MAYBE_INCORRECT,
        )

    # -- calls ---------------------------------------------------------------------------------------

    def check_call(self, expr: hir.CallExpr, expected: Expectation) -> t.Ty:
        self.callee_calls[expr.func.hir_id] = expr.span
        callee_ty = self.check_expr(expr.func)
        ct = self.structurally_resolve(callee_ty, expr.func.span)
        if isinstance(ct, t.Error):
            for a in expr.args:
                self.check_expr(a)
            return t.ERROR
        sig: t.FnSig | None = None
        def_id: DefId | None = None
        if isinstance(ct, t.FnDef):
            def_id = ct.def_id
            sig = self.tcx.fn_sig_instantiated(ct.def_id, ct.args)
        elif isinstance(ct, t.FnPtr):
            sig = ct.sig
        elif isinstance(ct, t.Closure):
            s = self.shallow(ct.sig_ty)
            if isinstance(s, t.FnPtr):
                sig = s.sig
        if sig is None and isinstance(ct, t.Ref):
            # `h()` for `h: &fn()`: the callee auto-derefs to a fn pointer or item (rustc's
            # `try_overloaded_call_step` takes each step in turn).
            ad = Autoderef(self, callee_ty, expr.func.span)
            for n, step in enumerate(ad):
                step = self.shallow(step)
                if n and isinstance(step, t.FnPtr | t.FnDef):
                    self.apply_adjustments(expr.func, ad.adjustments(n, step))
                    if isinstance(step, t.FnDef):
                        def_id = step.def_id
                        sig = self.tcx.fn_sig_instantiated(step.def_id, step.args)
                    else:
                        sig = step.sig
                    break
                if not isinstance(step, t.Ref):
                    break
        if sig is None:
            sig = self.overloaded_call_sig(expr, callee_ty, len(expr.args))
        if sig is None and not isinstance(ct, t.Infer):
            # A callee whose `Fn*` bound takes another number of arguments: its signature,
            # and the count is E0057 (as rustc deduces the signature from the bound).
            for n in range(13):
                if n != len(expr.args):
                    sig = self.overloaded_call_sig(expr, callee_ty, n)
                    if sig is not None:
                        break
        if sig is None:
            self.report_not_callable(expr, ct)
            for a in expr.args:
                self.check_expr(a)
            return t.ERROR
        sig = sig.replace(inputs=tuple(self.normalize(i, expr.span) for i in sig.inputs), output=self.normalize(sig.output, expr.span))
        tupled = isinstance(ct, t.Closure) or expr.hir_id in self.results.operator_methods
        if def_id is not None:
            self.call_sites[(expr.func.span, def_id)] = CallSite(expr.func.span, None, expr.args, expr.span)
        self.check_arguments(expr, sig, expr.args, def_id, expr.func.span, expected=expected, tupled=tupled)
        if isinstance(self.shallow(sig.output), t.Dynamic | t.Str | t.Slice):
            # A call's value must be sized (rustc's `SizedCallReturn`).
            self.register_lang_bound(sig.output, "sized", expr.span)
        return sig.output

    def overloaded_call_sig(self, expr: hir.CallExpr, callee_ty: t.Ty, nargs: int) -> t.FnSig | None:
        """Calling something through the `Fn*` traits (`Box<dyn Fn(..)>`, `F: Fn(..)`,
        `&dyn FnMut(..)`): the signature from the first auto-deref step implementing one."""
        fn_once = self.lang.get("fn_once")
        if fn_once is None:
            return None
        output_item = self.tcx.find_assoc(fn_once, "Output", AssocKind.TYPE)
        ad = Autoderef(self, callee_ty, expr.func.span)
        for n, step in enumerate(ad):
            for lang in ("fn", "fn_mut", "fn_once"):
                trait_id = self.lang.get(lang)
                if trait_id is None:
                    continue
                args_tuple = t.Tuple(tuple(self.next_ty_var(expr.span) for _ in range(nargs)))
                if self.type_implements(step, trait_id, (args_tuple,)) is not False and self._callable_step(step):
                    self.register(TraitPredicate(TraitRef(trait_id, (step, args_tuple))), ObligationCause(expr.span))
                    if n:
                        self.apply_adjustments(expr.func, ad.adjustments(n, step))
                    if output_item is None:
                        return None
                    out = self.normalize(t.Alias(t.AliasKind.PROJECTION, output_item.def_id, (step, args_tuple)), expr.span)
                    call = self.tcx.find_assoc(trait_id, {"fn": "call", "fn_mut": "call_mut", "fn_once": "call_once"}[lang], AssocKind.FN)
                    if call is not None:
                        self.results.operator_methods[expr.hir_id] = (call.def_id, (step, args_tuple))
                    # The argument types from the callee's bound or signature before the
                    # arguments are checked, so they coerce (rustc structurally resolves the
                    # argument tuple): `&String` passed to a `&dyn Fn(&str)`.
                    self.select_obligations_where_possible()
                    return t.FnSig(tuple(self.resolve(a) for a in args_tuple.elems), out)
        return None

    def _callable_step(self, ty: t.Ty) -> bool:
        ty = self.shallow(ty)
        return not isinstance(ty, t.Infer)

    def report_not_callable(self, expr: hir.CallExpr, ty: t.Ty) -> None:
        ty = erase_regions(self.resolve(ty))
        d = Diagnostic.error(f"expected function, found `{ty}`", expr.func.span, "E0618")
        d.with_label(expr.span, "call expression requires function")
        # rustc's `report_invalid_callee`: where the callee comes from.
        func = expr.func
        res = func.qpath.path.res if isinstance(func, hir.PathExpr) and isinstance(func.qpath, hir.ResolvedPath) else None
        if isinstance(res, LocalRes):
            at = self.local_spans.get(res.hir_id)
            if at is not None:
                d.with_label(at, f"`{self.tcx.source_map.snippet(at)}` has type `{ty}`")
        elif isinstance(res, DefRes) and self.tcx.crate_of(res.def_id) == LOCAL_CRATE:
            target = res.def_id
            if res.kind is DefKind.CTOR:
                target = self.tcx.defs[res.def_id].ctor_of or res.def_id
            from ferric.typeck.errors import header_span

            span = header_span(self.tcx, target) if self.tcx.def_kind(target) is not DefKind.VARIANT else getattr(getattr(self.tcx.hir_node(target), "ident", None), "span", None)
            if isinstance(span, Span):
                d.with_label(span, f"`{self.tcx.def_path_str(target)}` defined here")
        self.emit(d)

    def expected_inputs_for_expected_output(self, expected: Expectation, formal_ret: t.Ty, formal_args: tuple[t.Ty, ...]) -> list[t.Ty] | None:
        """What the arguments should be for the call's result to be the expected type: the
        formal return type unified with the expectation in a snapshot (rustc's
        `expected_inputs_for_expected_output`). `Err(Box::new(e))` where a
        `Result<_, Box<dyn Error>>` is expected checks its argument against `Box<dyn Error>`
        (so it coerces) rather than against the bare `E`."""
        ret_ty = expected.only_has_type()
        if ret_ty is None or not formal_args:
            return None
        formal_ret = self.resolve(formal_ret)
        if not formal_ret.flags & t.HAS_TY_OR_CT_INFER:
            return None

        def unify() -> list[t.Ty] | None:
            self.equate.tys(ret_ty, formal_ret)
            return list(formal_args)

        return self.infcx.fudge_inference_if_ok(unify)

    def rvalue_hint(self, ty: t.Ty) -> Expectation:
        """An expected type for an rvalue: unsized types (`str`, `[T]`, `dyn Trait`) are only a
        hint (rustc's `Expectation::rvalue_hint`)."""
        if isinstance(self.shallow(ty), t.Str | t.Slice | t.Dynamic):
            return Expectation("rvalue_unsized", ty)
        return expect_has_type(ty)

    def check_arguments(self, call: hir.Expr, sig: t.FnSig, args: tuple[hir.Expr, ...], def_id: DefId | None, callee_span: Span, skip_first: bool = False, expected: Expectation = NO_EXPECTATION, tupled: bool = False) -> None:
        inputs = sig.inputs[1:] if skip_first else sig.inputs
        expected_inputs = self.expected_inputs_for_expected_output(expected, sig.output, inputs)
        n_expected = len(inputs)
        n_given = len(args)
        if n_given != n_expected and not (sig.c_variadic and n_given >= n_expected):
            # One diagnostic for the call (rustc folds argument mismatches into it).
            arg_tys = [self.check_expr(a) for a in args]
            self.report_arg_count(call, def_id, n_expected, n_given, args, callee_span, skip_first, tupled, sig.c_variadic, inputs, arg_tys)
            return
        # Non-closure arguments first, so closures see the inferred types (as rustc).
        order = [i for i, a in enumerate(args) if not isinstance(a, hir.ClosureExpr)] + [
            i for i, a in enumerate(args) if isinstance(a, hir.ClosureExpr)
        ]
        sized = self.lang.get("sized")
        mismatches: list[tuple[int, hir.Expr, t.Ty, t.Ty]] = []
        for i in order:
            a = args[i]
            if i < n_expected and sized is not None and not self.unsized_fn_params:
                # All function arguments must have a statically known size.
                self.register_bound(inputs[i], sized, ObligationCause(a.span, CauseKind.SIZED_ARGUMENT))
            if i >= n_expected:
                self.check_expr(a)
            elif expected_inputs is None:
                formal = self.resolve_vars_with_obligations(inputs[i])
                checked = self.check_expr_with_expectation(a, expect_has_type(formal))
                if not self.coerce(a, checked, formal, a.span):
                    mismatches.append((i, a, formal, checked))
            else:
                # Check against the expected input, coerce to it, then require the formal
                # input to be that type (rustc's `check_argument_types`).
                expectation = self.rvalue_hint(expected_inputs[i])
                checked = self.check_expr_with_expectation(a, expectation)
                want = self.resolve_vars_with_obligations(expectation.only_has_type() or inputs[i])
                if not self.coerce(a, checked, want, a.span):
                    mismatches.append((i, a, want, checked))
                elif not self.try_equate(inputs[i], want):
                    mismatches.append((i, a, inputs[i], want))
        for i, a, want, got in sorted(mismatches, key=lambda m: m[0]):
            note = self._fn_like_note(call, def_id, i)
            label = (callee_span, f"arguments to this {self._callee_word(call, def_id)} are incorrect")
            self.report_mismatch(a.span, want, got, labels=[label], children=[note] if note is not None else None, expr=a)
        # rustc's `check_argument_types` ends by selecting what it can (reporting errors).
        self.select_obligations_where_possible()

    def _callee_word(self, call: hir.Expr, def_id: DefId | None) -> str:
        """rustc's word for what is called: "function", "method", "struct", "enum variant"."""
        if isinstance(call, hir.MethodCallExpr):
            return "method"
        if def_id is not None and self.tcx.def_kind(def_id) is DefKind.CTOR:
            of = self.tcx.defs[def_id].ctor_of or def_id
            return "enum variant" if self.tcx.def_kind(of) is DefKind.VARIANT else "struct"
        return "function"

    def _fn_like_note(self, call: hir.Expr, def_id: DefId | None, param: int) -> SubDiagnostic | None:
        """rustc's `label_fn_like` note after an argument error: where the called function is
        defined (its name, with the parameter underlined), or the closure's parameter."""
        tcx = self.tcx
        if def_id is None:
            callee = self.resolve(self.node_ty(call.func)) if isinstance(call, hir.CallExpr) else None
            if isinstance(callee, t.Closure):
                body = tcx.body(callee.def_id)
                if body is not None and param < len(body.params):
                    return SubDiagnostic(Level.NOTE, "closure parameter defined here", [Label(body.params[param].span, "", True)])
            return None
        if tcx.crate_of(def_id) == STD_CRATE:
            return None
        kind = tcx.def_kind(def_id)
        target = def_id
        if kind is DefKind.CTOR:
            target = tcx.defs[def_id].ctor_of or def_id
            descr = "tuple variant" if tcx.def_kind(target) is DefKind.VARIANT else "tuple struct"
        elif kind is DefKind.ASSOC_FN:
            item = tcx.assoc_item(def_id)
            descr = "method" if item is not None and item.fn_has_self else "associated function"
        else:
            descr = "function"
        node = tcx.hir_node(target)
        ident = getattr(getattr(node, "ident", None), "span", None)
        if not isinstance(ident, Span):
            return None
        sub = SubDiagnostic(Level.NOTE, f"{descr} defined here", [Label(ident, "", True)])
        body = tcx.body(def_id) if kind is not DefKind.CTOR else None
        if body is not None:
            offset = 1 if isinstance(call, hir.MethodCallExpr) else 0
            if 0 <= param + offset < len(body.params):
                sub.labels.append(Label(body.params[param + offset].span, "", False))
        return sub

    def report_arg_count(
        self, call: hir.Expr, def_id: DefId | None, want: int, got: int, args: tuple[hir.Expr, ...], callee_span: Span,
        is_method: bool, tupled: bool = False, variadic: bool = False,
        inputs: Sequence[t.Ty] = (), arg_tys: Sequence[t.Ty] = (),
    ) -> None:
        what = "function"
        if def_id is not None:
            kind = self.tcx.def_kind(def_id)
            if is_method:
                what = "method"
            elif kind is DefKind.CTOR:
                what = "this enum variant" if self.tcx.def_kind(self.tcx.defs[def_id].ctor_of or def_id) is DefKind.VARIANT else "this struct"
        s_want = "argument" if want == 1 else "arguments"
        s_got = "argument was" if got == 1 else "arguments were"
        if variadic:
            msg = f"this {what} takes at least {want} {s_want} but {got} {s_got} supplied"
        elif what in ("this enum variant", "this struct"):
            msg = f"{what} takes {want} {s_want} but {got} {s_got} supplied"
        else:
            msg = f"this {what} takes {want} {s_want} but {got} {s_got} supplied"
        # Calls through the `Fn` traits (closures) are E0057; fn items and pointers E0061.
        d = Diagnostic.error(msg, callee_span, "E0060" if variadic else "E0057" if tupled else "E0061")
        d.with_primary(callee_span, "")
        if not variadic and len(inputs) == want and len(arg_tys) == got and self._explain_arg_count(d, call, def_id, args, callee_span, inputs, arg_tys):
            self.emit(d)
            return
        if got > want:
            for extra in args[want:]:
                d.with_label(extra.span, "unexpected argument")
        self.emit(d)

    def _explain_arg_count(
        self, d: Diagnostic, call: hir.Expr, def_id: DefId | None, args: tuple[hir.Expr, ...], callee_span: Span,
        inputs: Sequence[t.Ty], arg_tys: Sequence[t.Ty],
    ) -> bool:
        """rustc's argument-matrix report for the plain cases: arguments missing at the end,
        or extra ones at the end, the others of the right types. Adds the labels, the "defined
        here" note and the fix; False when the call is not such a case."""
        from ferric.infer.relate import can_equate

        n = min(len(inputs), len(args))
        if any(not can_equate(self.infcx, self.resolve(inputs[i]), self.resolve(arg_tys[i])) for i in range(n)):
            return False
        sm = self.tcx.source_map
        parens = Span(callee_span.hi, call.span.hi, call.span.ctxt)
        texts = [sm.snippet(a.span) for a in args[:n]]
        if any(x is None for x in texts) or (sm.snippet(parens) or "")[:1] != "(":
            return False
        missing = [self.resolve(ty) for ty in inputs[len(args):]]
        if missing:
            names = [f"`{ty}`" for ty in missing]
            if len(missing) == 1:
                label = f"argument #{len(args) + 1} of type {names[0]} is missing"
            elif len(missing) == 2:
                label = f"two arguments of type {names[0]} and {names[1]} are missing"
            elif len(missing) == 3:
                label = f"three arguments of type {names[0]}, {names[1]}, and {names[2]} are missing"
            else:
                return False
            d.with_label(parens, label)
        else:
            for i, a in enumerate(args[len(inputs):], start=len(inputs) + 1):
                ty = "&'static str" if isinstance(a, hir.LitExpr) and a.lit.kind.name == "STR" else str(self.resolve(arg_tys[i - 1]))
                num = "" if len(args) == 1 else f" #{i}"
                d.with_label(a.span, f"unexpected argument{num} of type `{ty}`")
        note = self._defined_here_note(call, def_id, range(len(args), len(inputs)))
        if note is not None:
            d.children.append(note)
        if missing:
            shown = [x for x in texts if x is not None] + [f"/* {ty} */" for ty in missing]
            fix = "provide the argument" if len(missing) == 1 else "provide the arguments"
        else:
            shown = [x for x in texts if x is not None]
            fix = "remove the extra argument" if len(args) - len(inputs) == 1 else "remove the extra arguments"
        d.with_suggestion(fix, [(parens, f"({', '.join(shown)})")], Applicability.HAS_PLACEHOLDERS if missing else Applicability.MACHINE_APPLICABLE)
        return True

    def _closure_expr(self, closure: DefId) -> hir.ClosureExpr | None:
        """The closure expression `closure` in the body being checked."""
        body = self.tcx.body(self.owner)
        stack: list[object] = [body.value] if body is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, hir.ClosureExpr) and node.def_id == closure:
                return node
            stack.extend(hir.child_nodes(node))
        return None

    def _defined_here_note(self, call: hir.Expr, def_id: DefId | None, params: range) -> SubDiagnostic | None:
        """The "function defined here" note of an argument-count error: the name, and the
        parameters that are missing (a closure: its head)."""
        tcx = self.tcx
        if def_id is None:
            callee = self.resolve(self.node_ty(call.func)) if isinstance(call, hir.CallExpr) else None
            if isinstance(callee, t.Closure):
                expr = self._closure_expr(callee.def_id)
                if expr is not None:
                    head = Span(expr.span.lo, expr.fn_decl_span.hi, expr.span.ctxt)
                    return SubDiagnostic(Level.NOTE, "closure defined here", [Label(head, "", True)])
            return None
        sub = self._fn_like_note(call, def_id, -1)
        if sub is None:
            return None
        sub.labels = sub.labels[:1]
        body = tcx.body(def_id) if tcx.def_kind(def_id) is not DefKind.CTOR else None
        if body is not None:
            offset = 1 if isinstance(call, hir.MethodCallExpr) else 0
            for i in params:
                if i + offset < len(body.params):
                    sub.labels.append(Label(body.params[i + offset].span, "", False))
        return sub

    def check_method_call(self, expr: hir.MethodCallExpr, expected: Expectation) -> t.Ty:
        recv_ty = self.check_expr(expr.receiver)
        rt = self.structurally_resolve(recv_ty, expr.receiver.span)
        name = expr.segment.ident.name
        if isinstance(rt, t.Error):
            for a in expr.args:
                self.check_expr(a)
            return t.ERROR
        if isinstance(rt, t.Infer) and rt.kind is t.InferKind.TY:
            if not self.tainted_by_errors():
                self.report_type_annotations_needed(expr.receiver.span, rt)
            for a in expr.args:
                self.check_expr(a)
            return t.ERROR
        pick, rejected = self.probe_method(expr.segment.ident.span, name, recv_ty, expr.hir_id)
        if pick is None:
            last = self._autoderef_end(rt, expr.receiver.span)
            if isinstance(last, t.Infer) and last.kind is t.InferKind.TY:
                # rustc's probe ends at a type variable (`&_`): "type annotations needed",
                # not reported when this body already has an error.
                if not self.error_reported:
                    self.report_type_annotations_needed(expr.receiver.span, last)
            else:
                self.report_no_method(expr, rt, rejected)
            for a in expr.args:
                self.check_expr(a)
            return t.ERROR
        turbofish = expr.segment.args.args if expr.segment.args is not None else ()
        type_args = tuple(a.ty.span if isinstance(a, hir.TypeArg) else a.span for a in turbofish if not isinstance(a, hir.LifetimeArg))
        self.call_sites[(expr.span, pick.item.def_id)] = CallSite(expr.segment.ident.span, expr.receiver, expr.args, expr.segment.ident.span, type_args)
        sig = self.confirm_method(expr.span, expr.hir_id, expr.receiver, recv_ty, pick, expr.segment)
        self.check_arguments(expr, sig, expr.args, pick.item.def_id, expr.segment.ident.span, skip_first=True, expected=expected)
        return sig.output

    def _numeric_has(self, name: str) -> bool:
        """Whether some integer or float type has an inherent function `name`, or some
        trait an item of that name (rustc's `report_failed_method_call_on_numerical_infer_var`
        looks at all traits)."""
        prims = [t.Int(n) for n in ("i8", "i16", "i32", "i64", "i128", "isize")]
        prims += [t.Uint(n) for n in ("u8", "u16", "u32", "u64", "u128", "usize")]
        prims += [t.Float(n) for n in ("f32", "f64")]
        if any(self.inherent_candidates(p, name, (AssocKind.FN,)) for p in prims):
            return True
        return any(
            any(it.name == name and it.kind is not AssocKind.TYPE for it in self.tcx.associated_items(tr))
            for tr in self.tcx.implemented_traits()
        )

    def _report_ambiguous_numeric(self, expr: hir.MethodCallExpr, integral: bool, shown: str, name: str, span: Span) -> None:
        """rustc's E0689: a method of the numeric types called on a literal's type not yet
        known (`{float}`), with a suggestion to give the literal or its binding a type."""
        concrete = "i32" if integral else "f32"
        d = Diagnostic.error(f"can't call method `{name}` on ambiguous numeric type `{shown}`", span, "E0689")
        d.with_primary(span, "")
        recv = expr.receiver
        if isinstance(recv, hir.LitExpr):
            snippet = self.tcx.source_map.snippet(recv.span) or ""
            if snippet.endswith("."):
                snippet = snippet[:-1]
            d.with_suggestion(
                f"you must specify a concrete type for this numeric value, like `{concrete}`",
                [(recv.span, f"{snippet}_{concrete}")],
                Applicability.MAYBE_INCORRECT,
                "normal",
            )
        elif isinstance(recv, hir.PathExpr) and isinstance(recv.qpath, hir.ResolvedPath) and isinstance(recv.qpath.path.res, LocalRes):
            msg = f"you must specify a type for this binding, like `{concrete}`"
            why = self.let_origins.get(recv.qpath.path.res.hir_id)
            if why is not None:
                pat_span, target, kind = why
                at = target.with_lo(pat_span.hi) if kind == " type" else pat_span.shrink_to_hi()
                d.with_suggestion(msg, [(at, f": {concrete}")], Applicability.MAYBE_INCORRECT, "normal")
            else:
                sp = self.local_spans.get(recv.qpath.path.res.hir_id)
                if sp is not None:
                    d.with_label(sp, msg)
        self.emit(d)

    def _autoderef_end(self, ty: t.Ty, span: Span) -> t.Ty:
        """The last type autoderef reaches from `ty` (resolved as far as known)."""
        last = ty
        for step in Autoderef(self, ty, span):
            last = self.shallow(step)
        return last

    def report_no_method(self, expr: hir.MethodCallExpr, rt: t.Ty, rejected: Sequence[object]) -> None:
        ty = self.resolve(rt)
        if ty.flags & t.HAS_ERROR:
            return  # the receiver's type is already an error (`&{type error}`)
        name = expr.segment.ident.name
        span = expr.segment.ident.span
        if isinstance(ty, t.Infer) and ty.kind in (t.InferKind.INT, t.InferKind.FLOAT) and self._numeric_has(name):
            self._report_ambiguous_numeric(expr, ty.kind is t.InferKind.INT, str(ty), name, span)
            return
        # An associated function (no self) with that name?
        assoc = None
        ad = Autoderef(self, rt, span)
        for step in ad:
            for c in self.inherent_candidates(step, name, (AssocKind.FN,)):
                assoc = c
                break
            if assoc is not None:
                break
        field_exists = self._has_field(rt, name)
        shown = self._no_method_title_ty(ty, rt, name, span, rejected)
        unsatisfied = self._unsatisfied_bounds(rejected)
        if unsatisfied and (assoc is None or assoc.item.fn_has_self) and not field_exists:
            self._report_unsatisfied_bounds(expr, ty, rt, shown, unsatisfied)
            return
        d = Diagnostic.error(f"no method named `{name}` found for {_ty_descr(self, ty)} `{shown}` in the current scope", span, "E0599")
        self._not_found_for_this(d, rt, "method", name)
        if assoc is not None and not assoc.item.fn_has_self:
            d.with_primary(span, "this is an associated function, not a method")
            d.with_note("found the following associated functions; to be used as methods, functions must have a `self` parameter")
            self._assoc_fn_candidate(d, expr, assoc.item.def_id)
        elif field_exists:
            d.with_primary(span, "field, not a method")
            if not expr.args and expr.span.hi > span.hi:
                d.with_suggestion("remove the arguments", [(expr.span.with_lo(span.hi), "")], style="inline")
        else:
            # (A method that exists but whose impl's bounds fail is no typo.)
            inherent_miss = any(getattr(c, "kind", None) == "inherent" for c in rejected)
            similar = self._similar_method(expr, rt) if not inherent_miss else None
            if similar is None:
                d.with_primary(span, f"method not found in `{erase_regions(ty)}`")
            else:
                d.with_primary(span, "")
            confusable = self._confusable_method(d, expr, ty)
            if similar is not None and similar.name == confusable:
                similar = None
            self._field_method_suggestion(d, expr, rt)
            hint = self._trait_not_in_scope_hint(name, rt)
            if hint:
                d.with_help(hint)
            elif not isinstance(ty, t.Param):
                self._traits_defining_help(d, name, ty)
            self._param_bound_help(d, ty, name, method=True)
            if similar is not None:
                self._similar_method_help(d, expr, similar)
        self.emit(d)

    @staticmethod
    def _unsatisfied_bounds(rejected: Sequence[object]) -> list[tuple[TraitPredicate, Span, DefId]]:
        """The impl bounds that kept an inherent method from a receiver it fitted, each once:
        (the bound, its span, the impl)."""
        out: list[tuple[TraitPredicate, Span, DefId]] = []
        for c in rejected:
            impl_id = getattr(c, "impl_id", None)
            for pred, sp in getattr(c, "unsatisfied", None) or ():
                if impl_id is not None and not any(p == pred for p, _, _ in out):
                    out.append((pred, sp, impl_id))
        return out

    def _report_unsatisfied_bounds(self, expr: hir.MethodCallExpr, ty: t.Ty, rt: t.Ty, shown: str, unsatisfied: list[tuple[TraitPredicate, Span, DefId]]) -> None:
        """rustc's E0599 for a method whose impl's bounds fail ("the method `insert` exists
        for struct `HashMap<Tag, u32>`, but its trait bounds were not satisfied"): a bound of
        this crate's impl is pointed at, another crate's listed; a local type that lacks a
        derivable trait is labelled and offered the derive."""
        from ferric.typeck.errors import _derivable_name, header_span

        tcx = self.tcx
        name = expr.segment.ident.name
        span = expr.segment.ident.span
        d = Diagnostic.error(f"the method `{name}` exists for {_ty_descr(self, ty)} `{shown}`, but its trait bounds were not satisfied", span, "E0599")
        self._not_found_for_this(d, rt, "method", name)
        listed: list[TraitPredicate] = []
        for pred, bound_span, impl_id in unsatisfied:
            impl = tcx.hir_item(impl_id)
            if tcx.crate_of(impl_id) == LOCAL_CRATE and isinstance(impl, hir.ImplItem):
                sub = SubDiagnostic(Level.NOTE, f"trait bound `{pred}` was not satisfied")
                sub.labels.append(Label(bound_span, "unsatisfied trait bound introduced here", True))
                sub.labels.append(Label(impl.self_ty.span, "", False))
                d.children.append(sub)
            else:
                listed.append(pred)
        d.with_primary(span, "" if listed else f"method cannot be called on `{shown}` due to unsatisfied trait bounds")
        if listed:
            d.with_note("the following trait bounds were not satisfied:" + "".join(f"\n`{p}`" for p in listed))
        # A local type that lacks the traits: labelled, and offered what it can derive.
        by_type: dict[t.Ty, list[TraitPredicate]] = {}
        for p in listed:
            if isinstance(p.self_ty, t.Adt) and tcx.crate_of(p.self_ty.def_id) == LOCAL_CRATE:
                by_type.setdefault(p.self_ty, []).append(p)
        for adt_ty, preds in by_type.items():
            assert isinstance(adt_ty, t.Adt)
            quoted = [f"`{p}`" for p in preds]
            joined = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
            d.with_label(header_span(tcx, adt_ty.def_id), f"doesn't satisfy {joined}")
            derives = self._derives_for(adt_ty, [p.def_id for p in preds], _derivable_name)
            if derives:
                at = tcx.def_span(adt_ty.def_id).shrink_to_lo()
                d.with_suggestion(f"consider annotating `{adt_ty}` with `#[derive({', '.join(derives)})]`", [(at, f"#[derive({', '.join(derives)})]\n")], Applicability.MAYBE_INCORRECT)
        self._traits_defining_help(d, name, ty)
        self.emit(d)

    def _derives_for(self, adt_ty: t.Adt, trait_ids: list[DefId], derivable: Callable[[object, int], str | None]) -> list[str]:
        """The derives that give `adt_ty` the traits (and their derivable supertraits it
        lacks, `PartialEq` for `Eq`), sorted; empty when one cannot be derived."""
        names: set[str] = set()
        todo = list(trait_ids)
        while todo:
            tr = todo.pop()
            n = derivable(self, tr)
            if n is None:
                return []
            if n in names:
                continue
            names.add(n)
            for sup, _ in self.tcx.supertraits(tr):
                if self.type_implements(adt_ty, sup.def_id) is not True:
                    todo.append(sup.def_id)
        return sorted(names)

    def _no_method_title_ty(self, ty: t.Ty, rt: t.Ty, name: str, span: Span, rejected: Sequence[object]) -> str:
        """The receiver as E0599's message names it: a generic ADT that neither derefs to
        anything nor has an inherent item of that name is shown with its own parameters
        (`Wrapper<T>`, `Option<T>`), as rustc 1.95 does; else the type itself."""
        plain = str(erase_regions(ty))
        if not isinstance(ty, t.Adt) or not ty.args or any(getattr(c, "kind", None) == "inherent" for c in rejected):
            return plain
        steps = list(Autoderef(self, rt, span))
        if len(steps) > 1:
            return plain
        for impl_id in self.tcx.inherent_impls(simplify_type(ty)):
            if any(it.name == name for it in self.tcx.associated_items(impl_id)):
                return plain
        return str(self.tcx.type_of(ty.def_id))

    def _similar_method(self, expr: hir.MethodCallExpr, rt: t.Ty) -> AssocItem | None:
        """rustc's `probe_for_similar_candidate`: a method of the receiver (inherent, or of a
        trait in scope or a bound) whose name is close to the one called (`lenght` →
        `len`, `summ` → `sum`) and that the probe would pick. Probes leave no trace."""
        name = expr.segment.ident.name
        limit = max(len(name), 3) // 3
        names: list[str] = []
        seen: set[str] = set()
        steps = list(Autoderef(self, rt, expr.segment.ident.span))
        items: list[AssocItem] = []
        for step in steps:
            key = simplify_type(self.shallow(step))
            if key is not None:
                for impl_id in self.tcx.inherent_impls(key):
                    items.extend(self.tcx.associated_items(impl_id))
            for tr in self.bound_traits_of(step):
                items.extend(self.tcx.associated_items(tr.def_id))
        for trait_id in self.traits_in_scope(expr.hir_id):
            items.extend(self.tcx.associated_items(trait_id))
        for it in items:
            if it.kind is AssocKind.FN and it.fn_has_self and it.name not in seen and it.name != name:
                seen.add(it.name)
                if edit_distance_with_substrings(name, it.name, limit) is not None:
                    names.append(it.name)
        if not names:
            return None
        applicable: dict[str, AssocItem] = {}
        for cand in names:
            pick = self._probe_quietly(expr, cand, rt)
            if pick is not None:
                applicable[cand] = pick.item
        best = find_best_match_for_name_with_substrings(list(applicable), name)
        return applicable.get(best) if best is not None else None

    def _probe_quietly(self, expr: hir.MethodCallExpr, name: str, ty: t.Ty) -> Pick | None:
        """The method `name` would pick on `ty` (None: none), with every inference step and
        diagnostic of the probe undone (for suggestions)."""
        snap = self.infcx.snapshot()
        saved = self.tcx.dcx.snapshot()
        try:
            pick, _ = self.probe_method(expr.segment.ident.span, name, ty, expr.hir_id)
        finally:
            self.infcx.rollback_to(snap)
            self.tcx.dcx.rollback(saved)
        return pick

    def _field_method_suggestion(self, d: Diagnostic, expr: hir.MethodCallExpr, rt: t.Ty) -> None:
        """rustc's `suggest_calling_method_on_field`: the receiver's visible fields whose
        type has the method (`s.items.push(3)` for `s.push(3)`)."""
        ty = self.shallow(rt)
        while isinstance(ty, t.Ref):
            ty = self.shallow(ty.pointee)
        if not isinstance(ty, t.Adt):
            return
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_enum or adt.is_box:
            return
        name = expr.segment.ident.name
        found: list[str] = []
        for fd in adt.variants[0].fields:
            if not self.is_accessible(Visibility(fd.public, fd.vis_module)):
                continue
            fty = self.normalize(self.tcx.field_ty(fd, ty.args), expr.span)
            pick = self._probe_quietly(expr, name, fty)
            # (Only an inherent method: a trait's is offered as the trait to implement.)
            owner = self.tcx.parent(pick.item.def_id) if pick is not None else None
            if owner is not None and self.tcx.def_kind(owner) is DefKind.IMPL and self.tcx.impl_trait_ref(owner) is None:
                found.append(fd.name)
        if not found:
            return
        many = len(found) > 1
        msg = f"{'some' if many else 'one'} of the expressions' fields {'have' if many else 'has'} a method of the same name"
        at = expr.segment.ident.span.shrink_to_lo()
        sugg = Suggestion(msg, (SubstitutionPart(at, f"{found[0]}."),), Applicability.MAYBE_INCORRECT)
        if many:
            sugg = dataclasses.replace(sugg, alternatives=tuple((SubstitutionPart(at, f"{f}."),) for f in found[1:]))
        d.suggestions.append(sugg)

    def _confusable_method(self, d: Diagnostic, expr: hir.MethodCallExpr, ty: t.Ty) -> str | None:
        """rustc's `confusable_method_name`: an inherent method of the receiver's ADT that
        lists the unknown name in its `#[rustc_confusables(..)]` (`push` for `push_back`)
        and takes as many arguments: "you might have meant to use `push`". Returns the name
        suggested. (The arguments are not typed yet when rustc asks, so any type fits.)"""
        if not isinstance(ty, t.Adt):
            return None
        name = expr.segment.ident.name
        tcx = self.tcx
        for impl_id in tcx.inherent_impls(simplify_type(ty)):
            for item in tcx.associated_items(impl_id):
                if item.kind is not AssocKind.FN or name not in _confusables(tcx, item.def_id):
                    continue
                if len(tcx.fn_sig(item.def_id).inputs) - 1 != len(expr.args):
                    return None
                d.with_suggestion(
                    f"you might have meant to use `{item.name}`",
                    [(expr.segment.ident.span, item.name)],
                    Applicability.MAYBE_INCORRECT,
                )
                return item.name
        return None

    def _similar_method_help(self, d: Diagnostic, expr: hir.MethodCallExpr, item: AssocItem) -> None:
        """rustc's `find_likely_intended_associated_item`: rename the call when the similar
        method takes as many arguments, else point at it."""
        msg = f"there is a method `{item.name}` with a similar name"
        sig = self.tcx.fn_sig(item.def_id)
        if len(sig.inputs) - 1 == len(expr.args):
            d.with_suggestion(msg, [(expr.segment.ident.span, item.name)], Applicability.MAYBE_INCORRECT)
        else:
            d.with_help(f"{msg}, but with different arguments", self.tcx.def_span(item.def_id))

    def _assoc_fn_candidate(self, d: Diagnostic, expr: hir.MethodCallExpr, fn_id: DefId) -> None:
        """Where the associated function is, and the call written with its path (rustc's
        `note_candidates_on_method_error` and "use associated function syntax instead")."""
        tcx = self.tcx
        impl_id = tcx.parent(fn_id)
        if impl_id is None or tcx.crate_of(fn_id) != LOCAL_CRATE:
            return
        self_ty = tcx.type_of(impl_id) if tcx.def_kind(impl_id) is DefKind.IMPL else None
        node = tcx.hir_node(fn_id)
        sig = getattr(node, "sig", None)
        item_span = getattr(node, "span", None)
        if self_ty is None or not isinstance(item_span, Span):
            return
        head = Span(item_span.lo, sig.span.hi, item_span.ctxt) if sig is not None and isinstance(sig.span, Span) else item_span
        d.with_note(f"the candidate is defined in an impl for the type `{self_ty}`", head)
        inputs = tcx.fn_sig(fn_id).inputs
        sm = tcx.source_map
        # rustc's `suggest_associated_call_syntax`: the receiver becomes the first argument
        # when the function's first parameter is (a reference to) the impl's type.
        first = inputs[0] if inputs else None
        peeled = first
        while isinstance(peeled, t.Ref):
            peeled = peeled.pointee
        args = [sm.snippet(a.span) or "_" for a in expr.args]
        if first is not None and peeled == self_ty:
            recv = sm.snippet(expr.receiver.span) or "_"
            if isinstance(first, t.Ref):
                recv = ("&mut " if first.mutbl is Mutability.MUT else "&") + recv
            args = [recv, *args]
        path = f"{self_ty}::{expr.segment.ident.name}"
        d.with_suggestion("use associated function syntax instead", [(expr.span, f"{path}({', '.join(args)})")], Applicability.MAYBE_INCORRECT)

    def _has_field(self, ty: t.Ty, name: str) -> bool:
        ty = self.shallow(ty)
        while isinstance(ty, t.Ref):
            ty = self.shallow(ty.pointee)
        if isinstance(ty, t.Adt):
            adt = self.tcx.adt_def(ty.def_id)
            return not adt.is_enum and adt.variants[0].field_named(name) is not None
        return False

    def _traits_defining_help(self, d: Diagnostic, name: str, ty: t.Ty) -> None:
        """rustc's `suggest_traits_to_import` when no trait in scope provides the method: the
        traits that define a method of that name (this crate's, and for a type of this crate
        also std's public ones), sorted by path. One of this crate's is pointed at."""
        inner = ty
        while isinstance(inner, t.Ref):
            inner = self.shallow(inner.pointee)
        type_is_local = isinstance(inner, t.Adt | t.Foreign) and self.tcx.crate_of(inner.def_id) == LOCAL_CRATE
        found: list[DefId] = []
        for d_id in self.tcx.hir.items:
            if self.tcx.def_kind(d_id) is not DefKind.TRAIT or self.tcx.trait_def(d_id).is_auto:
                continue
            local = self.tcx.crate_of(d_id) == LOCAL_CRATE
            if not (local or (type_is_local and self._publicly_reachable(d_id))):
                continue
            if any(it.name == name and it.kind is AssocKind.FN and (it.fn_has_self or not local) for it in self.tcx.associated_items(d_id)):
                found.append(d_id)
        if not found:
            return
        found.sort(key=self.tcx.def_path_str)
        d.with_help("items from traits can only be used if the trait is implemented and in scope")
        if len(found) == 1 and self.tcx.crate_of(found[0]) == LOCAL_CRATE:
            d.with_note(f"`{self.tcx.def_path_str(found[0])}` defines an item `{name}`, perhaps you need to implement it", self.tcx.def_span(found[0]))
            return
        head = (
            f"the following trait defines an item `{name}`, perhaps you need to implement it:"
            if len(found) == 1
            else f"the following traits define an item `{name}`, perhaps you need to implement one of them:"
        )
        d.with_note(head + "".join(f"\ncandidate #{i}: `{self.tcx.def_path_str(tr)}`" for i, tr in enumerate(found, 1)))

    def _publicly_reachable(self, def_id: DefId) -> bool:
        """Whether a trait of another crate can be named and implemented: public (its module
        may be private and re-export it) and not `#[unstable]`."""
        return self.tcx.defs[def_id].vis.public and not self.tcx.has_attr(def_id, "unstable")

    def _trait_not_in_scope_hint(self, name: str, ty: t.Ty) -> str | None:
        """rustc's "items from traits can only be used if the trait is in scope"."""
        for d_id in self.tcx.hir.items:
            if self.tcx.def_kind(d_id) is not DefKind.TRAIT:
                continue  # (only traits are decoded: see `HirCrate.items`)
            item = self.tcx.hir.items.get(d_id)
            if isinstance(item, hir.TraitItem):
                for it in self.tcx.associated_items(d_id):
                    if it.name == name and it.fn_has_self and self.type_implements(ty, d_id) is True:
                        path = self.tcx.defs.path_str(d_id, self.tcx.crate_names)
                        return (
                            "items from traits can only be used if the trait is in scope\n"
                            f"help: trait `{self.tcx.def_path_str(d_id)}` which provides `{name}` is implemented but not in scope; "
                            f"perhaps you want to import it: `use {path};`"
                        )
        return None

    # -- fields and indexing --------------------------------------------------------------------------

    def check_field(self, expr: hir.FieldExpr) -> t.Ty:
        base_ty = self.check_expr(expr.expr)
        name = expr.ident.name
        unknown = self.shallow(self.resolve_vars_with_obligations(base_ty))
        if isinstance(unknown, t.Infer) and unknown.kind is t.InferKind.TY:
            # rustc's `structurally_resolve_type`: E0282, unless this body already has an
            # error (then the unknown is most likely its consequence).
            if not self.error_reported:
                self.report_type_annotations_needed(expr.expr.span, unknown)
            return t.ERROR
        ad = Autoderef(self, base_ty, expr.expr.span)
        private_hit = None
        for n, step in enumerate(ad):
            step = self.shallow(step)
            if isinstance(step, t.Adt):
                adt = self.tcx.adt_def(step.def_id)
                if not adt.is_enum:
                    hit = adt.variants[0].field_named(name)
                    if hit is not None:
                        idx, fd = hit
                        from ferric.resolve.defs import Visibility

                        if not self.is_accessible(Visibility(fd.public, fd.vis_module)):
                            private_hit = (step, fd)
                        else:
                            self.apply_adjustments(expr.expr, ad.adjustments(n, step))
                            self.results.field_indices[expr.hir_id] = idx
                            return self.normalize(self.tcx.field_ty(fd, step.args), expr.span)
            elif isinstance(step, t.Tuple) and name.isdigit():
                i = int(name)
                if i < len(step.elems):
                    self.apply_adjustments(expr.expr, ad.adjustments(n, step))
                    self.results.field_indices[expr.hir_id] = i
                    return step.elems[i]
        if private_hit is not None:
            sty, fd = private_hit
            adt = self.tcx.adt_def(sty.def_id)
            d = Diagnostic.error(f"field `{name}` of {adt.kind.value} `{self.tcx.def_path_str(adt.def_id)}` is private", expr.ident.span, "E0616")
            d.with_primary(expr.ident.span, "private field")
            self.emit(d)
            return t.ERROR
        self.report_no_field(expr, base_ty)
        return t.ERROR

    def report_no_field(self, expr: hir.FieldExpr, base_ty: t.Ty) -> None:
        ty = self.resolve(base_ty)
        name = expr.ident.name
        if ty.flags & t.HAS_ERROR:
            return
        inner = ty
        while isinstance(inner, t.Ref):
            inner = inner.pointee
        # A method with that name: E0615.
        pick_found = False
        ad = Autoderef(self, ty, expr.span)
        steps = list(ad)
        for step in steps:
            if self.inherent_candidates(step, name, (AssocKind.FN,)):
                pick_found = True
                break
        if not pick_found:
            pick_found = self._trait_method_named(steps, name, expr.hir_id)
        if pick_found:
            d = Diagnostic.error(f"attempted to take value of method `{name}` on type `{ty}`", expr.ident.span, "E0615")
            d.with_primary(expr.ident.span, "method, not a field")
            d.with_suggestion("use parentheses to call the method", [(expr.ident.span.shrink_to_hi(), "()")], style="normal")
            self.emit(d)
            return
        if isinstance(inner, t.Int | t.Uint | t.Float | t.Bool | t.Char) or (isinstance(inner, t.Infer) and inner.kind is not t.InferKind.TY):
            d = Diagnostic.error(f"`{inner}` is a primitive type and therefore doesn't have fields", expr.ident.span, "E0610")
            d.with_primary(expr.ident.span, "")
            self.emit(d)
            return
        d = Diagnostic.error(f"no field `{name}` on type `{ty}`", expr.ident.span, "E0609")
        d.with_primary(expr.ident.span, "unknown field")
        self._no_field_help(d, expr, ty)
        self.emit(d)

    def _trait_method_named(self, steps: list[t.Ty], name: str, hir_id: HirId) -> bool:
        """A method `name` of a trait in scope that one of the autoderef `steps` (or a
        reference to it) implements (rustc's `method_exists_for_diagnostic`)."""
        for trait_id in self.traits_in_scope(hir_id):
            if not any(it.name == name and it.kind is AssocKind.FN and it.fn_has_self for it in self.tcx.associated_items(trait_id)):
                continue
            if len(self.tcx.generics_of(trait_id).own_params) > 1:
                continue  # (a generic trait: its arguments are unknown here)
            for step in steps:
                step = self.resolve(step)
                for ty in (step, t.Ref(t.RE_ERASED, step, Mutability.NOT)):
                    if self.type_implements(ty, trait_id) is True:
                        return True
        return False

    def _field_names(self, ty: t.Ty, span: Span) -> list[str]:
        """The fields of the first struct or tuple `ty` derefs to that code here may name
        (rustc's `get_field_candidates_considering_privacy`)."""
        from ferric.resolve.defs import Visibility

        for step in Autoderef(self, ty, span):
            step = self.resolve(step)
            if isinstance(step, t.Tuple):
                return [str(i) for i in range(len(step.elems))]
            if isinstance(step, t.Adt) and not self.tcx.adt_def(step.def_id).is_enum:
                fields = self.tcx.adt_def(step.def_id).variants[0].fields
                visible = [f.name for f in fields if self.is_accessible(Visibility(f.public, f.vis_module))]
                if visible:
                    return visible
        return []

    def _no_field_help(self, d: Diagnostic, expr: hir.FieldExpr, ty: t.Ty) -> None:
        """rustc's `no_such_field_err`: the field through `unwrap()` of an `Option`/`Result`,
        a similarly named field, or the fields there are."""
        from ferric.base.edit_distance import find_best_match_for_name

        name = expr.ident.name
        base, unwrap = ty, ""
        if isinstance(ty, t.Adt) and ty.def_id in (self.tcx.lang_item("Option"), self.tcx.lang_item("Result")) and ty.args and isinstance(ty.args[0], t.Ty):
            base, unwrap = ty.args[0], "unwrap()."
        names = self._field_names(base, expr.span)
        if unwrap and name in names:
            d.with_suggestion("one of the expressions' fields has a field of the same name", [(expr.ident.span.shrink_to_lo(), unwrap)], Applicability.MAYBE_INCORRECT)
            return
        best = find_best_match_for_name(names, name) if not name.isdigit() else None
        if best is not None:
            d.with_suggestion("a field with a similar name exists", [(expr.ident.span, unwrap + best)], Applicability.MAYBE_INCORRECT)
        elif names:
            d.with_note(f"available field{' is' if len(names) == 1 else 's are'}: {_name_series(names)}")

    def check_index(self, expr: hir.IndexExpr) -> t.Ty:
        base_ty = self.check_expr(expr.expr)
        idx_ty = self.check_expr(expr.index)
        index_trait = self.lang.get("index")
        ad = Autoderef(self, base_ty, expr.expr.span)
        steps = list(ad)
        candidates = list(enumerate(steps))
        last = self.shallow(steps[-1]) if steps else base_ty
        if isinstance(last, t.Array):
            candidates.append((len(steps) - 1, t.Slice(last.elem)))
        idx_r = self.shallow(idx_ty)
        for n, step in candidates:
            step = self.shallow(step)
            # Built-in: arrays and slices indexed by usize.
            if isinstance(step, t.Array | t.Slice) and (
                idx_r is t.USIZE or (isinstance(idx_r, t.Infer) and idx_r.kind is t.InferKind.INT)
            ):
                self.try_equate(idx_ty, t.USIZE)
                self.apply_adjustments(expr.expr, ad.adjustments(n, steps[n]) if n < len(steps) else [])
                return step.elem
            if index_trait is not None and not isinstance(step, t.Infer):
                ok = self.type_implements(step, index_trait, (idx_ty,))
                if ok is not False:
                    self.apply_adjustments(expr.expr, ad.adjustments(n, step) if step in steps else ad.adjustments(n, steps[n]))
                    self.register(TraitPredicate(TraitRef(index_trait, (step, idx_ty))), ObligationCause(expr.span))
                    out = self.tcx.find_assoc(index_trait, "Output", AssocKind.TYPE)
                    m = self.tcx.find_assoc(index_trait, "index", AssocKind.FN)
                    if m is not None:
                        self.results.operator_methods[expr.hir_id] = (m.def_id, (step, idx_ty))
                    if out is None:
                        return t.ERROR
                    return self.normalize(t.Alias(t.AliasKind.PROJECTION, out.def_id, (step, idx_ty)), expr.span)
        ty = self.resolve(base_ty)
        if isinstance(ty, t.Error) or isinstance(self.resolve(idx_ty), t.Error):
            return t.ERROR
        inner = ty
        while isinstance(inner, t.Ref):
            inner = self.shallow(inner.pointee)
        indexable_adt = (
            isinstance(inner, t.Adt)
            and index_trait is not None
            and self.type_implements(inner, index_trait, (self.next_ty_var(expr.span),)) is not False
        )
        if isinstance(inner, t.Array | t.Slice | t.Str) or indexable_adt:
            # Indexable, but not by this index type: E0277 via the Index bound.
            if index_trait is not None:
                self.register(TraitPredicate(TraitRef(index_trait, (inner, idx_ty))), ObligationCause(expr.index.span))
            return t.ERROR
        # rustc points at the brackets (`[0]`), not the indexed value.
        brackets = expr.bracket_span
        d = Diagnostic.error(f"cannot index into a value of type `{ty}`", brackets, "E0608")
        d.with_primary(brackets, "")
        if isinstance(inner, t.Tuple) and isinstance(expr.index, hir.LitExpr) and isinstance(expr.index.lit.value, int) and not expr.index.lit.suffix:
            n = expr.index.lit.value
            d.with_suggestion(f"to access tuple element `{n}`, use", [(brackets, f".{n}")], style="inline")
            d.with_help("tuples are indexed with a dot and a literal index: `tuple.0`, `tuple.1`, etc.")
        self.emit(d)
        return t.ERROR

    # -- references, tuples, arrays --------------------------------------------------------------------

    def check_addr_of(self, expr: hir.AddrOfExpr, expected: Expectation) -> t.Ty:
        hint = expected.hint()
        inner_expect = NO_EXPECTATION
        if hint is not None:
            h = self.shallow(hint)
            if isinstance(h, t.Ref | t.RawPtr):
                pointee = self.shallow(h.pointee)
                if isinstance(pointee, t.Slice | t.Str | t.Dynamic):
                    inner_expect = Expectation("rvalue_unsized", pointee)
                else:
                    inner_expect = expect_has_type(pointee)
        ty = self.check_expr_with_expectation(expr.expr, inner_expect)
        if expr.kind.value == "raw":
            return t.RawPtr(ty, expr.mutbl)
        return t.Ref(self.infcx.next_region_var(), ty, expr.mutbl)

    def check_tuple(self, expr: hir.TupleExpr, expected: Expectation) -> t.Ty:
        raw_hint = expected.hint()
        hint = self.shallow(raw_hint) if raw_hint is not None else None
        hints = hint.elems if isinstance(hint, t.Tuple) and len(hint.elems) == len(expr.elems) else None
        elems: list[t.Ty] = []
        for i, e in enumerate(expr.elems):
            if hints is not None:
                elems.append(self.check_expr_coercible_to(e, hints[i]))
            else:
                elems.append(self.check_expr(e))
        tup = t.Tuple(tuple(elems))
        if elems and isinstance(self.shallow(elems[-1]), t.Str | t.Slice | t.Dynamic | t.Param) and not tup.references_error:
            # A tuple is built whole: it must be sized (rustc's `TupleInitializerSized`; only
            # its last element can make it unsized).
            self.register_lang_bound(tup, "sized", expr.span, CauseKind.TUPLE_INIT)
        return tup

    def check_array(self, expr: hir.ArrayExpr, expected: Expectation) -> t.Ty:
        hint = expected.hint()
        elem_expect: t.Ty | None = None
        if hint is not None:
            h = self.shallow(hint)
            if isinstance(h, t.Array | t.Slice):
                elem_expect = h.elem
        coerce_to = elem_expect if expected.kind == "has_type" or expected.kind == "rvalue_unsized" else None
        if coerce_to is not None and isinstance(self.shallow(coerce_to), t.Infer):
            # An element type still to be inferred only guides the elements: they meet at
            # their own least upper bound (two closures at a fn pointer), which the array's
            # use then unifies with it.
            coerce_to = None
        cm = CoerceMany(coerce_to)
        for e in expr.elems:
            ety = self.check_expr_with_expectation(e, expect_has_type(elem_expect) if elem_expect is not None else NO_EXPECTATION)
            cm.coerce(self, e, ety, e.span, "array")
        elem = cm.complete(self) if expr.elems else (elem_expect or self.next_ty_var(expr.span))
        if isinstance(self.shallow(elem), t.Never) and expr.elems:
            elem = t.NEVER
        return t.Array(elem, t.usize_const(len(expr.elems)))

    def check_repeat(self, expr: hir.RepeatExpr, expected: Expectation) -> t.Ty:
        hint = expected.hint()
        elem_expect = None
        if hint is not None:
            h = self.shallow(hint)
            if isinstance(h, t.Array | t.Slice):
                elem_expect = h.elem
        ety = self.check_expr_with_expectation(expr.elem, expect_has_type(elem_expect) if elem_expect is not None else NO_EXPECTATION)
        if elem_expect is not None and not self.coerce(expr.elem, ety, elem_expect, expr.elem.span):
            self.report_mismatch(expr.elem.span, elem_expect, ety)
        count = self.lowerer.lower_const_arg(expr.count, t.USIZE)
        n = count.value if isinstance(count, t.ConstValue) else None
        if (n is None or (isinstance(n, int) and n > 1)) and not _is_const_operand(expr.elem):
            copy = self.lang.get("copy")
            if copy is not None:
                self.register(
                    TraitPredicate(TraitRef(copy, (ety,))), ObligationCause(expr.elem.span, CauseKind.MISC, extra="repeat")
                )
        return t.Array(elem_expect or ety, count)

    # -- structs -------------------------------------------------------------------------------------

    def check_struct_expr(self, expr: hir.StructExpr, expected: Expectation) -> t.Ty:
        found = self._resolve_variant(expr.qpath, expr.span)
        if found is None:
            for f in expr.fields:
                self.check_expr(f.expr)
            if expr.base is not None:
                self.check_expr(expr.base)
            return t.ERROR
        adt_id, variant, args = found
        adt = self.tcx.adt_def(adt_id)
        ty = t.Adt(adt_id, args)
        fresh_ty = ty
        hint = expected.only_has_type()
        if hint is not None:
            self.try_equate(hint, ty)
        seen: dict[str, Span] = {}
        kind_word = "variant" if adt.is_enum else ("union" if adt.is_union else "struct")
        path_text = _qpath_text(expr.qpath)
        unknown_field = False
        for f in expr.fields:
            name = f.ident.name
            if f.is_shorthand:
                self.shorthand_fields[f.expr.hir_id] = name
            hit = variant.field_named(name)
            if name in seen:
                d = Diagnostic.error(f"field `{name}` specified more than once", f.ident.span, "E0062")
                d.with_primary(f.ident.span, "used more than once")
                d.with_label(seen[name], "first use of `" + name + "`")
                self.emit(d)
                self.check_expr(f.expr)
                continue
            seen[name] = f.span
            if hit is None:
                code = "E0559" if adt.is_enum else "E0560"
                d = Diagnostic.error(f"{kind_word} `{path_text}` has no field named `{name}`", f.ident.span, code)
                self._unknown_field_help(d, f, expr, variant, path_text)
                self.emit(d)
                self.check_expr(f.expr)
                unknown_field = True
                continue
            idx, fd = hit
            from ferric.resolve.defs import Visibility

            if not self.is_accessible(Visibility(fd.public, fd.vis_module)):
                d = Diagnostic.error(f"field `{name}` of {kind_word} `{self.tcx.item_name(adt.def_id)}` is private", f.ident.span, "E0451")
                d.with_primary(f.ident.span, "private field")
                self.tcx.privacy_errors.append(d)  # (rustc's privacy pass: reported late)
            self.results.field_indices[f.hir_id] = idx
            fty = self.normalize(self.tcx.field_ty(fd, args), f.span)
            self.check_expr_coercible_to(f.expr, fty)
        if expr.base is not None:
            self.check_expr_coercible_to(expr.base, ty)
        elif not adt.is_union and not unknown_field:
            # (After an unknown field rustc does not also list the missing ones.)
            # rustc names them sorted, and a struct by its type as first created (`Cache<_, _>`).
            missing = sorted(fd.name for fd in variant.fields if fd.name not in seen)
            if missing:
                self.report_missing_fields(expr, missing, path_text if adt.is_enum else str(fresh_ty))
        return ty

    def _unknown_field_help(self, d: Diagnostic, f: hir.ExprField, expr: hir.StructExpr, variant: object, path_text: str) -> None:
        """rustc's `report_unknown_field`: a similarly named field among those the literal does
        not name, else the fields still available (or that all are assigned)."""
        from ferric.base.edit_distance import find_best_match_for_name
        from ferric.resolve.defs import Visibility

        written = {x.ident.name for x in expr.fields}
        fields = getattr(variant, "fields", ())
        if getattr(variant, "ctor_kind", None) is CtorKind.FN:
            # A tuple struct or variant written with braces: show the call syntax.
            ident = getattr(getattr(self.tcx.hir_node(variant.def_id), "ident", None), "span", None)  # type: ignore[attr-defined]
            if isinstance(ident, Span):
                d.with_label(ident, f"`{path_text}` defined here")
            d.with_primary(f.ident.span, "field does not exist")
            ty = self.resolve(self.node_ty(expr)) if expr.hir_id in self.results.node_types else None
            args = ty.args if isinstance(ty, t.Adt) else ()
            shown = ", ".join(f"/* {self.tcx.field_ty(x, args)} */" for x in fields)
            kind = "tuple variant" if self.tcx.def_kind(variant.def_id) is DefKind.VARIANT else "tuple struct"  # type: ignore[attr-defined]
            d.with_suggestion(f"`{path_text}` is a {kind}, use the appropriate syntax", [(expr.span, f"{path_text}({shown})")], Applicability.HAS_PLACEHOLDERS)
            return
        avail = [x.name for x in fields if x.name not in written and self.is_accessible(Visibility(x.public, x.vis_module))]
        best = find_best_match_for_name(avail, f.ident.name)
        if best is not None:
            d.with_primary(f.ident.span, "unknown field")
            d.with_suggestion("a field with a similar name exists", [(f.ident.span, best)], Applicability.MAYBE_INCORRECT)
            return
        d.with_primary(f.ident.span, f"`{path_text}` does not have this field")
        d.with_note(f"available fields are: {_name_series(avail)}" if avail else "all struct fields are already assigned")

    def report_missing_fields(self, expr: hir.StructExpr, missing: list[str], path_text: str) -> None:
        if len(missing) == 1:
            names = f"`{missing[0]}`"
            msg = f"missing field {names} in initializer of `{path_text}`"
            label = f"missing {names}"
        else:
            if len(missing) <= 3:
                names = ", ".join(f"`{m}`" for m in missing[:-1]) + f" and `{missing[-1]}`"
            else:
                names = ", ".join(f"`{m}`" for m in missing[:3]) + f" and {len(missing) - 3} other field{'s' if len(missing) > 4 else ''}"
            msg = f"missing fields {names} in initializer of `{path_text}`"
            label = f"missing {names}"
        span = _qpath_span(expr.qpath, expr.span)
        d = Diagnostic.error(msg, span, "E0063")
        d.with_primary(span, label)
        self.emit(d)

    # -- casts ---------------------------------------------------------------------------------------

    def check_cast(self, expr: hir.CastExpr) -> t.Ty:
        to = self.lower_ty(expr.ty)
        from_ty = self.check_expr_with_expectation(expr.expr, Expectation("castable", to))
        self.deferred_casts.append(DeferredCast(expr, from_ty, to))
        return to

    # -- statements and blocks ---------------------------------------------------------------------

    def check_block_expr(self, expr: hir.BlockExpr, expected: Expectation) -> t.Ty:
        if expr.label is not None:
            brk = Breakable(expr.hir_id, expected.only_has_type() or self.next_ty_var(expr.span), is_loop=False)
            self.breakables.append(brk)
            try:
                ty = self.check_block(expr.block, expected)
            finally:
                self.breakables.pop()
            if brk.may_break:
                assert brk.ty is not None
                if not isinstance(self.shallow(ty), t.Never) and not self.coerce(expr.block.expr, ty, brk.ty, expr.span):
                    self.report_mismatch(expr.block.expr.span if expr.block.expr else expr.span, brk.ty, ty)
                return brk.ty
            return ty
        return self.check_block(expr.block, expected)

    def check_block(self, block: hir.Block, expected: Expectation) -> t.Ty:
        saved = self.diverges
        self.diverges = False
        for stmt in block.stmts:
            self.check_stmt(stmt)
        if block.expr is not None:
            hint = expected.only_has_type()
            if hint is not None:
                ty = self.check_expr_with_expectation(block.expr, expected)
                if not self.coerce(block.expr, ty, hint, block.expr.span):
                    self.report_mismatch(block.expr.span, hint, ty, labels=self._ret_labels(hint, block.expr), expr=block.expr, suggestions=self._ret_type_suggestion(block.expr, ty))
                    ty = hint
                else:
                    ty = hint
            else:
                ty = self.check_expr_with_expectation(block.expr, expected)
        elif self.diverges:
            ty = t.NEVER
        else:
            ty = t.UNIT
            hint = expected.only_has_type()
            if hint is not None and not self.try_equate(hint, t.UNIT):
                self.report_block_unit(block, hint)
                ty = hint
        self.diverges = saved or self.diverges
        self.write_ty(block.hir_id, ty)
        return ty

    def _ret_labels(self, expected: t.Ty, tail: hir.Expr | None = None) -> list[tuple[Span, str]]:
        """For a mismatch in the fn body's tail: why the type was expected (rustc's
        "expected `T` because of return type", or "because of default return type" for
        `main`)."""
        if tail is None or tail.hir_id not in self.ret_tails or self.ret is None:
            return []
        if self.ret.span is not None:
            return [(self.ret.span, f"expected `{self.resolve(expected)}` because of return type")]
        if self.default_ret_span is not None and self.is_main:
            return [(self.default_ret_span, "expected `()` because of default return type")]
        return []

    def _ret_type_suggestion(self, tail: hir.Expr, found: t.Ty) -> list[Suggestion]:
        """rustc's "try adding a return type" for a fn without one whose tail has a value."""
        if tail.hir_id != self.ret_tail or self.default_ret_span is None or self.is_main:
            return []
        found = self.resolve(found)
        if isinstance(found, t.Infer):
            found = t.I32 if found.kind is t.InferKind.INT else t.F64 if found.kind is t.InferKind.FLOAT else found
        if found.flags & t.HAS_INFER or isinstance(found, t.Closure | t.FnDef | t.Error | t.Never):
            return []
        return [Suggestion("try adding a return type", (SubstitutionPart(self.default_ret_span, f"-> {found} "),), Applicability.MACHINE_APPLICABLE, "inline")]

    def report_block_unit(self, block: hir.Block, expected: t.Ty) -> None:
        exp = self.resolve(expected)
        if isinstance(exp, t.Error):
            return
        last = block.stmts[-1] if block.stmts else None
        if self._report_fn_without_tail(block, exp, last):
            return
        d = Diagnostic.error("mismatched types", block.span, "E0308")
        labels: list[tuple[Span, str]] = []
        if self.ret is not None and self.ret.span is not None and not self.breakables and not self.ret.is_closure:
            labels.append((self.ret.span, f"expected `{exp}` because of return type"))
        span = block.span
        if isinstance(last, hir.SemiStmt):
            last_ty = self.results.node_types.get(last.expr.hir_id)
            if last_ty is not None and self.try_equate_probe(exp, last_ty):
                semi = last.span.with_lo(last.expr.span.hi)
                d.with_primary(span, f"expected `{exp}`, found `()`")
                for sp, txt in labels:
                    d.with_label(sp, txt)
                d.with_suggestion("remove this semicolon to return this value", [(semi, "")], style="short")
                self.emit(d)
                return
        d.with_primary(span, f"expected `{exp}`, found `()`")
        for sp, txt in labels:
            d.with_label(sp, txt)
        self.emit(d)

    def _report_fn_without_tail(self, block: hir.Block, exp: t.Ty, last: object) -> bool:
        """A fn body without a tail where a value is returned: rustc points at the return
        type and says the body implicitly returns `()` (with the semicolon fix when the
        last statement has the type)."""
        body = self.tcx.body(self.owner)
        item = self.tcx.hir_item(self.owner)
        ident = getattr(item, "ident", None)
        if (
            body is None
            or not isinstance(body.value, hir.BlockExpr)
            or body.value.block is not block
            or self.ret is None
            or self.ret.span is None
            or ident is None
        ):
            return False
        d = Diagnostic.error("mismatched types", self.ret.span, "E0308")
        d.with_primary(self.ret.span, f"expected `{exp}`, found `()`")
        d.with_label(ident.span, "implicitly returns `()` as its body has no tail or `return` expression")
        if isinstance(last, hir.SemiStmt):
            last_ty = self.results.node_types.get(last.expr.hir_id)
            if last_ty is not None and self.try_equate_probe(exp, last_ty):
                semi = last.span.with_lo(last.expr.span.hi)
                d.with_suggestion("remove this semicolon to return this value", [(semi, "")], style="short")
        elif isinstance(last, hir.LetStmt) and isinstance(last.pat, hir.BindingPat) and last.pat.sub is None:
            local = self.locals.get(last.pat.hir_id)
            sf = self.tcx.source_map.lookup_file(last.span.lo)
            if local is not None and sf is not None and self.try_equate_probe(exp, local):
                start = sf.text.rfind("\n", 0, last.span.lo - sf.start_pos) + 1
                lead = sf.text[start : last.span.lo - sf.start_pos]
                if not lead.strip():
                    name = last.pat.ident.name
                    d.with_suggestion(
                        f"consider returning the local binding `{name}`",
                        [(last.span.shrink_to_hi(), f"\n{lead}{name}")],
                        Applicability.MAYBE_INCORRECT,
                    )
        self.emit(d)
        return True

    def try_equate_probe(self, a: t.Ty, b: t.Ty) -> bool:
        snap = self.infcx.snapshot()
        try:
            return self.try_equate(a, b)
        finally:
            self.infcx.rollback_to(snap)

    def check_stmt(self, stmt: hir.Stmt) -> None:
        if isinstance(stmt, hir.LetStmt):
            self.check_let(stmt)
        elif isinstance(stmt, hir.SemiStmt):
            self.check_expr(stmt.expr)
        elif isinstance(stmt, hir.ExprStmt):
            ty = self.check_expr_with_expectation(stmt.expr, expect_has_type(t.UNIT))
            r = self.shallow(ty)
            if not isinstance(r, t.Never) and not self.try_equate(t.UNIT, ty):
                self.report_mismatch(stmt.expr.span, t.UNIT, ty)
        # Item statements are checked on their own.

    def check_let(self, stmt: hir.LetStmt) -> None:
        declared = self.lower_ty(stmt.ty) if stmt.ty is not None else None
        if stmt.ty is not None and declared is not None:
            self.register_wf_sized(stmt.ty, declared)
        local_ty = declared if declared is not None else self.next_ty_var(stmt.pat.span)
        if isinstance(stmt.pat, hir.BindingPat):
            if stmt.ty is not None:
                self.let_origins[stmt.pat.hir_id] = (stmt.pat.span, stmt.ty.span, " type")
            elif stmt.init is not None:
                self.let_origins[stmt.pat.hir_id] = (stmt.pat.span, stmt.init.span, " value")
        if stmt.init is not None:
            if declared is not None and isinstance(stmt.ty, hir.ArrayTy):
                # rustc's `suggest_specify_actual_length`: an annotated array of another length.
                why = [(stmt.ty.span, "expected due to this")]
                actual = self.check_expr_with_expectation(stmt.init, expect_has_type(declared))
                if not self.coerce(stmt.init, actual, declared, stmt.init.span):
                    found = self.resolve(actual)
                    sugg = None
                    if isinstance(found, t.Array) and isinstance(found.len, t.ConstValue):
                        sugg = Suggestion("consider specifying the actual array length", (SubstitutionPart(stmt.ty.len.span, str(found.len)),), Applicability.MAYBE_INCORRECT, "inline")
                    self.report_mismatch(stmt.init.span, declared, actual, labels=why, expr=stmt.init, suggestions=[sugg] if sugg is not None else None)
            elif declared is not None:
                why = [(stmt.ty.span, "expected due to this")] if stmt.ty is not None else None
                self.check_expr_coercible_to(stmt.init, declared, why)
            else:
                init_ty = self.check_expr(stmt.init)
                if not self.coerce(stmt.init, init_ty, local_ty, stmt.init.span):
                    self.report_mismatch(stmt.init.span, local_ty, init_ty, expr=stmt.init)
            if self.resolve(self.node_ty(stmt.init)).references_error:
                # rustc's `overwrite_local_ty_if_err`: an initializer that failed to type check
                # makes the bindings `{type error}`, so their uses report no knock-on errors.
                local_ty = t.ERROR
        self.check_pat_top(stmt.pat, local_ty, stmt.init.span if stmt.init is not None else None)
        if stmt.els is not None:
            saved = self.diverges
            self.diverges = False
            ety = self.check_block(stmt.els, NO_EXPECTATION)
            if not isinstance(self.shallow(ety), t.Never) and not self.diverges:
                d = Diagnostic.error("`else` clause of `let...else` does not diverge", stmt.els.span, "E0308")
                d.with_primary(stmt.els.span, f"expected `!`, found `{self.resolve(ety)}`")
                d.with_note("expected type `!`\n   found type `" + str(self.resolve(ety)) + "`")
                d.with_help("try adding a diverging expression, such as `return` or `panic!(..)`")
                d.with_help("...or use `match` instead of `let...else`")
                self.emit(d)
            self.diverges = saved
        self.write_ty(stmt.hir_id, local_ty)

    # -- control flow --------------------------------------------------------------------------------

    def _adjust_for_branches(self, expected: Expectation) -> Expectation:
        """rustc's `Expectation::adjust_for_branches`: an expected type that is still an
        inference variable (an `impl Trait` return, an unannotated `let`) guides no branch,
        so branches of different types are "incompatible", not each a mismatch."""
        hint = expected.only_has_type()
        if hint is not None:
            ety = self.shallow(hint)
            if isinstance(ety, t.Infer) and ety.kind is t.InferKind.TY:
                return NO_EXPECTATION
        return expected

    def check_if(self, expr: hir.IfExpr, expected: Expectation) -> t.Ty:
        expected = self._adjust_for_branches(expected)
        self.check_expr_coercible_to(expr.cond, t.BOOL)
        cond_diverges = self.diverges
        self.diverges = False
        hint = expected.only_has_type()
        if expr.els is None:
            # In statement position the block must be `()` (E0308 at its tail); where a
            # value is wanted, a non-`()` block is E0317 (rustc's `coerce_forced_unit`).
            unit_expected = hint is not None and self.shallow(hint) is t.UNIT
            then_ty = self.check_block_expr(expr.then, expect_has_type(t.UNIT) if unit_expected else expected)
            then_r = self.shallow(then_ty)
            if not isinstance(then_r, t.Never) and not self.try_equate(t.UNIT, then_ty):
                d = Diagnostic.error("`if` may be missing an `else` clause", expr.span, "E0317")
                rt = erase_regions(self.resolve(then_ty))
                if expr.then.block.expr is not None:
                    d.with_label(expr.then.block.expr.span, "found here")
                what = {t.InferKind.INT: "integer", t.InferKind.FLOAT: "floating-point number"}.get(rt.kind) if isinstance(rt, t.Infer) else None
                d.with_primary(expr.span, f"expected {what or f'`{rt}`'}, found `()`")
                d.with_note("`if` expressions without `else` evaluate to `()`")
                d.with_help("consider adding an `else` block that evaluates to the expected type")
                self.emit(d)
                self.diverges = cond_diverges
                return t.ERROR
            self.diverges = cond_diverges
            return t.UNIT
        cm = CoerceMany(hint)
        cm.outer = (expr.span, expr.span)
        then_ty = self.check_block_expr(expr.then, expected)
        then_div = self.diverges
        cm.coerce(self, expr.then.block.expr or expr.then, then_ty, _branch_span(expr.then), "if_else")
        self.diverges = False
        else_ty = self.check_expr_with_expectation(expr.els, expected)
        else_div = self.diverges
        cm.coerce(self, _tail_of(expr.els), else_ty, _branch_span(expr.els), "if_else")
        self.diverges = cond_diverges or (then_div and else_div)
        return cm.complete(self)

    def check_match(self, expr: hir.MatchExpr, expected: Expectation) -> t.Ty:
        if expr.source is hir.MatchSource.AWAIT:
            return self.check_await(expr)
        scrut_ty = self.check_expr(expr.scrutinee)
        scrut_div = self.diverges
        for arm in expr.arms:
            self.check_pat_top(arm.pat, scrut_ty, expr.scrutinee.span, in_arm=True)
        expected = self._adjust_for_branches(expected)
        hint = expected.only_has_type()
        cm = CoerceMany(hint)
        cm.outer = (expr.span, Span(expr.span.lo, expr.scrutinee.span.hi, expr.span.ctxt))
        all_div = bool(expr.arms)
        for arm in expr.arms:
            self.diverges = False
            if arm.guard is not None:
                self.check_expr_coercible_to(arm.guard, t.BOOL)
            ty = self.check_expr_with_expectation(arm.body, expected)
            all_div = all_div and self.diverges
            if expr.source is hir.MatchSource.FOR_LOOP:
                cm.coerce(self, _tail_of(arm.body), ty, expr.span, "for_loop", self._ret_labels(hint, expr) if hint is not None else [])
            else:
                cm.coerce(self, _tail_of(arm.body), ty, _branch_span(arm.body), "match_arms")
        self.diverges = scrut_div or all_div
        if not expr.arms:
            return t.NEVER
        return cm.complete(self)

    def check_await(self, expr: hir.MatchExpr) -> t.Ty:
        """`fut.await`, lowered to `match IntoFuture::into_future(fut) { mut __awaitee =>
        .. }` (the polling loop is the backend's): the value is the future's `Output`."""
        fut_ty = self.check_expr(expr.scrutinee)
        for arm in expr.arms:
            self.check_pat_top(arm.pat, fut_ty, expr.scrutinee.span)
            self.check_expr(arm.body)
        future = self.lang.get("future_trait")
        if future is None:
            return t.ERROR
        output = self.tcx.find_assoc(future, "Output", AssocKind.TYPE)
        if output is None:
            return t.ERROR
        return self.normalize(t.Alias(t.AliasKind.PROJECTION, output.def_id, (fut_ty,)), expr.span)

    def check_loop(self, expr: hir.LoopExpr, expected: Expectation) -> t.Ty:
        is_loop = expr.source is hir.LoopSource.LOOP
        brk = Breakable(expr.hir_id, (expected.only_has_type() or self.next_ty_var(expr.span)) if is_loop else None)
        self.breakables.append(brk)
        saved = self.diverges
        try:
            self.check_block(expr.body, expect_has_type(t.UNIT))
        finally:
            self.breakables.pop()
        if not is_loop:
            self.diverges = saved
            return t.UNIT
        if not brk.may_break:
            self.diverges = True
            return t.NEVER
        self.diverges = saved
        assert brk.ty is not None
        return brk.ty

    def find_breakable(self, dest: hir.Destination) -> Breakable | None:
        if dest.target is None:
            return None
        for b in reversed(self.breakables):
            if b.hir_id == dest.target:
                return b
        return None

    def check_break(self, expr: hir.BreakExpr) -> t.Ty:
        brk = self.find_breakable(expr.dest)
        if brk is None:
            if expr.expr is not None:
                self.check_expr(expr.expr)
            return t.NEVER
        brk.may_break = True
        if brk.ty is None:
            # `break value` out of a `while`/`for`: E0571.
            if expr.expr is not None:
                self.check_expr(expr.expr)
                d = Diagnostic.error("`break` with value from a `while` loop", expr.span, "E0571")
                d.with_primary(expr.span, "can only break with a value inside `loop` or breakable block")
                self.emit(d)
            return t.NEVER
        if expr.expr is not None:
            saved = self.diverges
            why = [(brk.first_break, "expected because of this `break`")] if brk.first_break is not None and brk.is_loop else None
            self.check_expr_coercible_to(expr.expr, brk.ty, why)
            if brk.first_break is None:
                brk.first_break = expr.span
            self.diverges = saved
        else:
            if not self.try_equate(brk.ty, t.UNIT):
                self.report_mismatch(expr.span, brk.ty, t.UNIT)
        return t.NEVER

    def check_return(self, expr: hir.RetExpr) -> t.Ty:
        ret = self.ret
        if ret is None:
            if expr.expr is not None:
                self.check_expr(expr.expr)
            return t.NEVER
        if expr.expr is not None:
            why = [(ret.span, f"expected `{self.resolve(ret.ty)}` because of return type")] if ret.span is not None else None
            self.check_expr_coercible_to(expr.expr, ret.ty, why)
        elif not self.try_equate(ret.ty, t.UNIT):
            d = Diagnostic.error("`return;` in a function whose return type is not `()`", expr.span, "E0069")
            d.with_primary(expr.span, "return type is not `()`")
            self.emit(d)
        return t.NEVER

    def _register_ctor_sized(self, ctor: DefId, args: t.GenericArgs, span: Span) -> None:
        """A constructor's use needs its ADT's implicit `Sized` bounds ("required by a bound
        in `None`", at the variant)."""
        sized = self.lang.get("sized")
        adt = _ctor_adt(self, ctor)
        if sized is None or adt is None:
            return
        for clause, _ in self.tcx.predicates_of(adt):
            if isinstance(clause, TraitPredicate) and clause.def_id == sized:
                inst = instantiate(clause, args)
                if isinstance(inst, TraitPredicate):
                    cause = ObligationCause(span, CauseKind.ITEM_BOUND, def_id=ctor, bound_span=self.tcx.def_span(ctor))
                    self.register(inst, cause)

    def register_wf_args(self) -> None:
        """The well-formedness of method calls' generic arguments, now inferred
        (`Vec<str>` from `collect()` is E0277 at the call): each ADT in them meets its type
        parameters' implicit `Sized` bounds."""
        sized = self.lang.get("sized")
        if sized is None:
            return
        seen: set[tuple[t.Ty, Span]] = set()
        for args, span in self.wf_args:
            for a in args:
                if not isinstance(a, t.Ty):
                    continue
                a = self.resolve(a)
                if a.references_error:
                    continue
                for sub in TyWalker.walk(a):
                    if not isinstance(sub, t.Adt) or (sub, span) in seen:
                        continue
                    seen.add((sub, span))
                    self._register_adt_sized(sub, sized, span)
        self.wf_args.clear()

    def _register_adt_sized(self, adt: t.Adt, sized: DefId, span: Span) -> None:
        """`adt`'s type parameters' implicit `Sized` bounds, for arguments known here."""
        for clause, bound_span in self.tcx.predicates_of(adt.def_id):
            if isinstance(clause, TraitPredicate) and clause.def_id == sized:
                inst = instantiate(clause, adt.args)
                if isinstance(inst, TraitPredicate) and not isinstance(self.resolve(inst.self_ty), t.Param | t.Infer):
                    cause = ObligationCause(span, CauseKind.ITEM_BOUND, def_id=adt.def_id, bound_span=bound_span)
                    self.register(inst, cause)

    def register_wf_sized(self, hty: hir.Ty, ty: t.Ty) -> None:
        """rustc's well-formedness of a written type (`let v: Vec<str>`): each ADT in it
        meets its type parameters' implicit `Sized` bounds ("required by an implicit `Sized`
        bound in `Vec`"), at the ADT's own span. (Other where clauses are not checked here.)
        The written ADTs (in order) are matched with the lowered type's."""
        sized = self.lang.get("sized")
        ty = self.resolve(ty)
        if sized is None or ty.references_error:
            return
        adts = [x for x in TyWalker.walk(ty) if isinstance(x, t.Adt)]
        pos = 0
        # Slice and array elements are `Sized`: the written ones are matched in order with
        # the lowered type's (unless an alias hides some).
        seqs = [x for x in TyWalker.walk(ty) if isinstance(x, t.Slice | t.Array)]
        seq_nodes: list[hir.Ty] = []
        stack: list[object] = [hty]
        while stack:
            node = stack.pop()
            if isinstance(node, hir.SliceTy | hir.ArrayTy):
                seq_nodes.append(node)
            if isinstance(node, hir.PathTy) and isinstance(node.qpath, hir.ResolvedPath):
                res = node.qpath.path.res
                if isinstance(res, DefRes) and res.kind in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION):
                    k = next((i for i in range(pos, len(adts)) if adts[i].def_id == res.def_id), None)
                    if k is None:
                        return  # (an alias or `Self` in between: give up, as rustc's check is not mimicked)
                    pos = k + 1
                    sub = adts[k]
                    for clause, bound_span in self.tcx.predicates_of(sub.def_id):
                        if isinstance(clause, TraitPredicate) and clause.def_id == sized:
                            inst = instantiate(clause, sub.args)
                            if isinstance(inst, TraitPredicate) and not isinstance(inst.self_ty, t.Param | t.Infer):
                                cause = ObligationCause(node.span, CauseKind.ITEM_BOUND, def_id=sub.def_id, bound_span=bound_span)
                                self.register(inst, cause)
            if isinstance(node, hir.InferTy | hir.BareFnTy | hir.OpaqueDefTy | hir.TraitObjectTy | hir.ErrTy):
                continue
            if isinstance(node, hir.ArrayTy):
                stack.append(node.elem)
                continue
            stack.extend(reversed([c for c in hir.child_nodes(node) if not isinstance(c, hir.Expr)]))
        if seq_nodes and len(seq_nodes) == len(seqs):
            for node, seq in zip(seq_nodes, seqs, strict=True):
                elem = seq.elem
                if not isinstance(elem, t.Param | t.Infer) and not elem.references_error:
                    self.register_bound(elem, sized, ObligationCause(node.span, CauseKind.SLICE_ELEM))

    def check_assign(self, expr: hir.AssignExpr) -> t.Ty:
        lhs_ty = self.check_expr(expr.lhs)
        rhs_ty = self.check_expr_with_expectation(expr.rhs, expect_has_type(lhs_ty))
        # (A mismatch is not reported against a left-hand side that is no place: E0070 is.)
        if not self.coerce(expr.rhs, rhs_ty, lhs_ty, expr.rhs.span) and self.is_place_expr(expr.lhs):
            self.report_mismatch(expr.rhs.span, lhs_ty, rhs_ty, labels=self._assign_labels(expr.lhs))
        self.check_place_expr(expr.lhs, "assignment", expr.eq_span)
        if self.resolve(lhs_ty).references_error or self.resolve(rhs_ty).references_error:
            return t.ERROR
        return t.UNIT

    def check_assign_expected_bool(self, expr: hir.AssignExpr) -> t.Ty:
        """`if x = 5`: rustc's `expr_assign_expected_bool_error` — E0308 at the whole
        assignment ("expected `bool`, found `()`"), with "you might have meant to compare
        for equality" when the two sides could be compared (the right side coerces to the
        left's type, perhaps behind references, or to the nearer operand of a `&&`/`||`)."""
        lhs_ty = self.check_expr(expr.lhs)
        rhs_ty = self.check_expr(expr.rhs)
        if self.resolve(lhs_ty).references_error or self.resolve(rhs_ty).references_error:
            return t.ERROR

        def refs_can_coerce(a: t.Ty, b: t.Ty) -> bool:
            # (rustc's closure: `&b` coerces to `&a`, references peeled first)
            return self.may_coerce(t.Ref(t.RE_ERASED, _peel_refs(self.resolve(b)), NOT), t.Ref(t.RE_ERASED, _peel_refs(self.resolve(a)), NOT))

        eq = self.may_coerce(rhs_ty, lhs_ty) or refs_can_coerce(rhs_ty, lhs_ty)
        if not eq and isinstance(expr.lhs, hir.BinaryExpr) and expr.lhs.op in (BinOpKind.AND, BinOpKind.OR):
            near = self.resolve(self.node_ty(expr.lhs.rhs))
            eq = self.may_coerce(rhs_ty, near) or refs_can_coerce(rhs_ty, near)
        elif not eq and isinstance(expr.rhs, hir.BinaryExpr) and expr.rhs.op in (BinOpKind.AND, BinOpKind.OR):
            near = self.resolve(self.node_ty(expr.rhs.lhs))
            eq = self.may_coerce(near, lhs_ty) or refs_can_coerce(near, lhs_ty)
        d = Diagnostic.error("mismatched types", None, "E0308")
        d.with_primary(expr.span, mismatch_label(t.BOOL, t.UNIT))
        if eq:
            d.with_suggestion("you might have meant to compare for equality", [(expr.eq_span.shrink_to_hi(), "=")], Applicability.MAYBE_INCORRECT)
        self.emit(d)
        return t.ERROR

    def _assign_labels(self, lhs: hir.Expr) -> list[tuple[Span, str]]:
        """Why the assigned-to local has its type (rustc's `annotate_expected_due_to_let_ty`):
        its `let`'s type annotation or initializer."""
        if not (isinstance(lhs, hir.PathExpr) and isinstance(lhs.qpath, hir.ResolvedPath) and isinstance(lhs.qpath.path.res, LocalRes)):
            return []
        why = self.let_origins.get(lhs.qpath.path.res.hir_id)
        if why is None:
            return []
        pat_span, target, post = why
        sm = self.tcx.source_map
        a, b = sm.lookup(pat_span.hi), sm.lookup(target.lo)
        if target != pat_span and a is not None and b is not None and a.line != b.line:
            return [(pat_span, "expected due to the type of binding"), (target, f"expected due to this{post}")]
        return [(target, f"expected due to this{post}")]

    # -- format_args! ---------------------------------------------------------------------------------

    def check_format_args(self, expr: hir.FormatArgsExpr) -> t.Ty:
        from ferric.syntax.ast import FormatPlaceholder, FormatTrait

        arg_tys = [self.check_expr(e) for e in expr.hir_exprs]
        # One `fmt::Argument::new_*::<T>(&arg)` per (argument, trait), in first-use order,
        # spanned by the last placeholder asking for it (as rustc lowers `format_args!`).
        uses: dict[tuple[int, DefId], Span] = {}
        for piece in expr.template:
            if isinstance(piece, FormatPlaceholder) and 0 <= piece.argument.index < len(arg_tys):
                trait_id = self.fmt_trait(piece.format_trait)
                if trait_id is not None:
                    uses[(piece.argument.index, trait_id)] = piece.span
        sized = self.lang.get("sized")
        sized_done: set[int] = set()
        for (idx, trait_id), placeholder in uses.items():
            cause = ObligationCause(expr.hir_exprs[idx].span, CauseKind.FORMAT_ARG, extra=placeholder)
            self.register(TraitPredicate(TraitRef(trait_id, (arg_tys[idx],))), cause)
            if sized is not None and idx not in sized_done:
                # (`new_display::<T>(&T)`'s `T` is implicitly `Sized`.)
                sized_done.add(idx)
                self.register(TraitPredicate(TraitRef(sized, (arg_tys[idx],))), cause)
        for piece in expr.template:
            if not isinstance(piece, FormatPlaceholder):
                continue
            for count in (piece.options.width, piece.options.precision):
                if count is not None and count.argument is not None:
                    ci = count.argument.index
                    if 0 <= ci < len(arg_tys):
                        self.demand_eqtype(expr.hir_exprs[ci].span, t.USIZE, arg_tys[ci])
        del FormatTrait
        args_ty = self.tcx.lang_item("format_arguments")
        if args_ty is None:
            return t.ERROR
        return t.Adt(args_ty, (self.infcx.next_region_var(),)[: self.tcx.generics_of(args_ty).count()])

    def fmt_trait(self, trait: object) -> DefId | None:
        from ferric.syntax.ast import FormatTrait

        name = trait.trait_name if isinstance(trait, FormatTrait) else None
        if name is None:
            return None
        return self.tcx.std_item("fmt", name)

    def check_const_block(self, expr: hir.ConstBlockExpr, expected: Expectation) -> t.Ty:
        body = self.tcx.body(expr.body)
        if body is None:
            return t.ERROR
        return self.check_expr_with_expectation(body.value, expected)

    # -- shared helpers -------------------------------------------------------------------------------

    def report_type_annotations_needed(self, span: Span, ty: t.Ty, code: str = "E0282", note: str | None = None) -> Diagnostic:
        """rustc's `emit_inference_failure_err`: point at the binding whose type holds the
        unknown (`let x = ..;`), with "type must be known at this point" where it was
        needed; else at the expression. `ty` is the unknown type or one containing it."""
        var = next((x for x in TyWalker.walk(self.resolve(ty)) if isinstance(x, t.Infer) and x.kind is t.InferKind.TY), self.shallow(ty))
        target = self.infcx.root(var) if isinstance(var, t.Infer) else None
        local: tuple[Span, t.Ty] | None = None
        found_hid: HirId | None = None
        if target is not None:
            for hid, lty in self.locals.items():
                r = self.resolve(lty)
                if not r.flags & t.HAS_TY_INFER:
                    continue
                if any(isinstance(x, t.Infer) and x.kind is t.InferKind.TY and self.infcx.root(x) == target for x in TyWalker.walk(r)):
                    sp = self.local_spans.get(hid)
                    if sp is not None:
                        local = (sp, r)
                        found_hid = hid
                        break
        source: tuple[Span, str, str] | None = None
        if local is not None:
            lsp, lty = local
            msg = "type annotations needed" if isinstance(lty, t.Infer) else f"type annotations needed for `{lty}`"
            d = Diagnostic.error(msg, lsp, code)
            d.with_primary(lsp, "")
            if span != lsp:
                d.with_label(span, "type must be known at this point")
            if found_hid is not None:
                self._annotation_suggestion(d, found_hid, lty)
        else:
            source = self._method_infer_source(target) if target is not None else None
            if source is not None:
                msp, param, method = source
                d = Diagnostic.error("type annotations needed", msp, code)
                d.with_primary(msp, f"cannot infer type of the type parameter `{param}` declared on the method `{method}`")
                if span != msp:
                    d.with_label(span, "type must be known at this point")
            else:
                d = Diagnostic.error("type annotations needed", span, code)
                d.with_primary(span, "cannot infer type")
        if note is not None:
            d.with_note(note)
        if source is not None:
            d.with_suggestion("consider specifying the generic argument", [(source[0].shrink_to_hi(), f"::<{source[1]}>")], Applicability.HAS_PLACEHOLDERS)
        self.emit(d)
        return d

    def _method_infer_source(self, target: t.Ty) -> tuple[Span, str, str] | None:
        """rustc's `FindInferSourceVisitor` for a method call written without turbofish
        whose own type parameter is the unknown: (the method's name span, the parameter,
        the method). rustc's cost decides (10 plus the cost of the method's own arguments:
        a closure argument makes `map::<B, F>` a poor suggestion), then the visiting
        order (post-order: the call inside a closure before the call taking it)."""
        best: tuple[tuple[int, int, int], tuple[Span, str, str]] | None = None
        for hid, msp in self.method_name_spans.items():
            dep = self.results.type_dependent_defs.get(hid)
            args = self.results.node_args.get(hid)
            if dep is None or args is None:
                continue
            generics = self.tcx.generics_of(dep[1])
            own = args[len(generics.all_params) - len(generics.own_params):]
            for p, a in zip(generics.own_params, own, strict=False):
                if p.kind is not ParamKind.TYPE or not isinstance(a, t.Ty):
                    continue
                r = self.shallow(a)
                if isinstance(r, t.Infer) and r.kind is t.InferKind.TY and self.infcx.root(r) == target:
                    cost = 10 + sum(self._ty_cost(x) for x in own if isinstance(x, t.Ty))
                    call = self.hir_spans.get(hid, msp)
                    key = (cost, call.hi, call.hi - call.lo)
                    if best is None or key < best[0]:
                        best = (key, (msp, p.name, self.tcx.item_name(dep[1])))
        return best[1] if best is not None else None

    def _ty_cost(self, ty: t.Ty) -> int:
        """rustc's `CostCtxt::ty_cost`: how unpleasant a type is to write in a suggestion."""
        r = self.resolve(ty)
        if isinstance(r, t.Closure):
            return 1000
        if isinstance(r, t.FnDef):
            return 150
        if isinstance(r, t.FnPtr):
            return 30
        if isinstance(r, t.Adt):
            return 5 + sum(self._ty_cost(a) for a in r.args if isinstance(a, t.Ty))
        if isinstance(r, t.Tuple):
            return 5 + sum(self._ty_cost(a) for a in r.elems)
        if isinstance(r, t.Ref):
            return 2 + self._ty_cost(r.pointee)
        return 0 if isinstance(r, t.Infer) else 1

    def _is_collect_call(self, init_span: Span) -> bool:
        """Whether the `let`'s initializer (by its span) is a call of std's `Iterator::collect`."""
        for hid, (kind, def_id) in self.results.type_dependent_defs.items():
            if kind is DefKind.ASSOC_FN and self.hir_spans.get(hid) == init_span:
                parent = self.tcx.parent(def_id)
                return (
                    self.tcx.item_name(def_id) == "collect"
                    and self.tcx.crate_of(def_id) == STD_CRATE
                    and parent is not None
                    and self.tcx.item_name(parent) == "Iterator"
                )
        return False

    def _annotation_suggestion(self, d: Diagnostic, hid: HirId, ty: t.Ty) -> None:
        """rustc's E0282 fix-it: give the `let` binding or closure parameter a type, `/* Type */`
        for an unknown type, or the known type with its unknown arguments named by their
        parameters ("where the type for type parameter `T` is specified")."""
        origin = self.let_origins.get(hid)
        if origin is not None and origin[2] == " value":
            at = origin[0].shrink_to_hi()
            msg = f"consider giving `{self.tcx.source_map.snippet(self.local_spans.get(hid, origin[0]))}` an explicit type"
        elif hid in self.untyped_closure_params:
            at = self.untyped_closure_params[hid].shrink_to_hi()
            msg = "consider giving this closure parameter an explicit type"
        else:
            return
        text = "/* Type */"
        if isinstance(ty, t.Infer) and origin is not None and self._is_collect_call(origin[1]):
            # rustc's `ty_to_string` for the result of `Iterator::collect`.
            text = "Vec<_>"
        elif isinstance(ty, t.Adt):
            params = self.tcx.generics_of(ty.def_id).own_params
            shown: list[str] = []
            unknown: list[str] = []
            for p, a in zip(params, ty.args, strict=False):
                if isinstance(a, t.Infer) and a.kind is t.InferKind.TY:
                    shown.append(p.name)
                    unknown.append(p.name)
                elif isinstance(a, t.Ty):
                    if a.flags & t.HAS_TY_INFER:
                        return
                    shown.append(str(a))
            if len(unknown) != 1:
                return
            name = str(t.Adt(ty.def_id, ())).split("<")[0]
            text = f"{name}<{', '.join(shown)}>"
            msg += f", where the type for type parameter `{unknown[0]}` is specified"
        elif not isinstance(ty, t.Infer):
            return
        d.with_suggestion(msg, [(at, f": {text}")], Applicability.HAS_PLACEHOLDERS)

    def enter_fn_body(self, ret_ty: t.Ty, ret_span: Span | None) -> None:
        self.ret = ReturnCtx(ret_ty, ret_span)


def _name_series(names: list[str]) -> str:
    """rustc's `name_series_display`: up to five names (six when there are exactly six)."""
    limit = 6 if len(names) == 6 else 5
    shown = ", ".join(f"`{n}`" for n in names[:limit])
    return shown + (f" ... and {len(names) - limit} others" if len(names) > limit else "")


def _ctor_adt(fcx: ExprChecker, ctor: DefId) -> DefId:
    target = fcx.tcx.defs[ctor].ctor_of
    assert target is not None
    if fcx.tcx.def_kind(target) is DefKind.VARIANT:
        parent = fcx.tcx.parent(target)
        assert parent is not None
        return parent
    return target


def _qpath_text(qpath: hir.QPath) -> str:
    if isinstance(qpath, hir.ResolvedPath):
        return "::".join(s.ident.name for s in qpath.path.segments)
    if isinstance(qpath, hir.TypeRelativePath):
        return qpath.segment.ident.name
    return qpath.item


def _qpath_span(qpath: hir.QPath, default: Span) -> Span:
    if isinstance(qpath, hir.ResolvedPath):
        return qpath.path.span
    return qpath.span


_PRELUDE_TRAITS = frozenset({
    "Clone", "Copy", "Default", "Iterator", "IntoIterator", "DoubleEndedIterator", "ExactSizeIterator",
    "Extend", "FromIterator", "PartialEq", "Eq", "PartialOrd", "Ord", "ToString", "ToOwned", "AsRef",
    "AsMut", "Into", "From", "TryFrom", "TryInto", "Drop", "Fn", "FnMut", "FnOnce",
})
"""Traits rustc names without a path in its suggestions (std's prelude)."""


def _ty_descr(fcx: ExprChecker, ty: t.Ty) -> str:
    if isinstance(ty, t.Adt):
        return fcx.tcx.adt_def(ty.def_id).kind.value
    if isinstance(ty, t.Param):
        return "type parameter"
    if isinstance(ty, t.Ref):
        return "reference"
    if isinstance(ty, t.Dynamic):
        return "trait object"
    if isinstance(ty, t.Closure):
        return "closure"
    if isinstance(ty, t.Alias) and ty.kind is t.AliasKind.OPAQUE:
        return "opaque type"
    if isinstance(ty, t.Tuple) and not ty.elems:
        return "unit type"
    if isinstance(ty, t.Tuple):
        return "tuple"
    if isinstance(ty, t.Array):
        return "array"
    if isinstance(ty, t.Slice):
        return "slice"
    if isinstance(ty, t.FnDef):
        return "fn item"
    if isinstance(ty, t.FnPtr):
        return "fn pointer"
    if isinstance(ty, t.RawPtr):
        return "raw pointer"
    return "type"


def _found_descr(fcx: ExprChecker, ty: t.Ty) -> str:
    descr = _ty_descr(fcx, ty)
    if descr == "type":
        return f"`{ty}`"
    return f"{descr} `{ty}`"


def _is_const_operand(e: hir.Expr) -> bool:
    if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
        res = e.qpath.path.res
        return isinstance(res, DefRes) and res.kind in (DefKind.CONST, DefKind.ASSOC_CONST)
    return isinstance(e, hir.ConstBlockExpr)


def _tail_of(e: hir.Expr) -> hir.Expr:
    if isinstance(e, hir.BlockExpr) and e.block.expr is not None and e.label is None:
        return e.block.expr
    return e


def _branch_span(e: hir.Expr) -> Span:
    if isinstance(e, hir.BlockExpr) and e.label is None:
        if e.block.expr is not None:
            return _branch_span(e.block.expr)
        return e.span
    return e.span


def _peel_refs(ty: t.Ty) -> t.Ty:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    return ty


def _confusables(tcx: object, def_id: DefId) -> tuple[str, ...]:
    """The names of an item's `#[rustc_confusables("a", "b")]` (empty without one)."""
    from ferric.expand.cfg import attr_name
    from ferric.syntax import ast
    from ferric.syntax.token_printer import print_tokens
    from ferric.ty.context import TyCtxt

    assert isinstance(tcx, TyCtxt)
    for a in tcx.defs[def_id].attrs:
        if (
            isinstance(a, ast.Attribute)
            and isinstance(a.kind, ast.NormalAttr)
            and attr_name(a) == "rustc_confusables"
            and isinstance(a.kind.args, ast.DelimArgs)
        ):
            return tuple(re.findall(r'"([^"]*)"', print_tokens(a.kind.args.tokens)))
    return ()
