"""Type checking a crate: every body, then the checks on items (rustc's `typeck` query and
`check_crate`).

`typeck_body(tcx, owner)` checks one body and returns its `TypeckResults` with every type
resolved (after integer/float defaulting, closure analysis, cast checks and trait error
reporting). `check_crate(tcx, crate)` runs it on every body of a crate and checks item-level
rules (trait impls complete and matching their trait).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.infer.ctxt import InferCtxt
from ferric.resolve.defs import LOCAL_CRATE, CrateNum, DefId, DefKind, HirId
from ferric.syntax.ast import Mutability
from ferric.traits.fulfill import ErrorKind
from ferric.traits.obligation import MISC_CAUSE, CauseKind, Obligation, ObligationCause, ParamEnv
from ferric.traits.select import SelectionContext
from ferric.ty import ty as t
from ferric.ty.context import AssocItem, AssocKind, TyCtxt
from ferric.ty.fold import TypeFolder, erase_regions, instantiate
from ferric.ty.predicate import Clause, ProjectionPredicate, TraitPredicate, TraitRef
from ferric.typeck.cast import check_casts
from ferric.typeck.closure import ClosureChecker
from ferric.typeck.errors import report_fulfillment_errors
from ferric.typeck.fcx import TryContext, expect_has_type
from ferric.typeck.results import Adjustment, TypeckResults


class FnCtxt(ClosureChecker):
    """The complete function context (every construct checker stacked), with the end of
    checking a body: defaulting, closure analysis, cast checks, error reporting and
    writeback."""

    def check_body_value(self, value: hir.Expr, output: t.Ty, why: list[tuple[Span, str]] | None) -> None:
        ty = self.check_expr_with_expectation(value, expect_has_type(output))
        if not self.coerce(value, ty, output, value.span):
            if isinstance(value, hir.BlockExpr) and value.block.expr is None and not self.diverges:
                # Reported by the block (with the semicolon help).
                return
            self.report_mismatch(_tail_span(value), output, ty, labels=why, expr=_tail_expr(value))

    def finish(self) -> None:
        # rustc's order: fallback, casts, then closure analysis (captures of `{integer}`
        # values are copies once they are `i32`).
        self.select_obligations_where_possible()
        self.fallback()
        check_casts(self)
        self.select_obligations_where_possible()
        # What waited for closure analysis (`{closure}: Send` and the like) is not
        # reported in a body that already has errors (as rustc: its captures are then
        # not worth a second error).
        quiet = self.tainted_by_errors()
        self.analyze_closures()
        if quiet:
            self.fulfill.select_where_possible(self.sel)
        else:
            self.select_obligations_where_possible()
        late = self.fulfill.select_all_or_error(self.sel)
        if quiet:
            late = [e for e in late if e.kind is ErrorKind.AMBIGUOUS]
        errors = list(self.deferred_errors) + late
        if errors:
            report_fulfillment_errors(self, errors)
        self.writeback()

    def fallback(self) -> None:
        """Integer variables default to `i32`, floats to `f64`, diverging variables to `()`."""
        infcx = self.infcx
        for vid in range(len(infcx.int_vars.parent)):
            var = t.Infer(t.InferKind.INT, vid)
            if infcx.probe(var) is None:
                infcx.instantiate_var(var, t.I32)
        for vid in range(len(infcx.float_vars.parent)):
            var = t.Infer(t.InferKind.FLOAT, vid)
            if infcx.probe(var) is None:
                infcx.instantiate_var(var, t.F64)
        # rustc's `diverging_roots`: a variable marked diverging may since have been unified
        # with another that became the root (`Err(e)?;` now that the `Break` arm comes first).
        for vid, origin in enumerate(infcx.ty_var_origins):
            if origin.diverging:
                var = t.Infer(t.InferKind.TY, vid)
                if infcx.probe(var) is None:
                    infcx.instantiate_var(infcx.root(var), t.UNIT)

    def writeback(self) -> None:
        res = self.results
        resolver = _Writeback(self)
        first_unresolved: tuple[HirId, t.Ty] | None = None
        for hid, ty in list(res.node_types.items()):
            r = resolver.fold_ty(ty)
            if r.has_infer and first_unresolved is None:
                first_unresolved = (hid, r)
            res.node_types[hid] = resolver.erase_infer(r)
        for hid, args in list(res.node_args.items()):
            res.node_args[hid] = tuple(resolver.erase_infer(a) if isinstance(a, t.Ty) else a for a in (resolver.fold_arg(x) for x in args))
        for hid, adjs in list(res.adjustments.items()):
            res.adjustments[hid] = [Adjustment(a.kind, resolver.erase_infer(resolver.fold_ty(a.target)), a.mutbl, a.method) for a in adjs]
        for hid, tys in list(res.pat_adjustments.items()):
            res.pat_adjustments[hid] = [resolver.erase_infer(resolver.fold_ty(x)) for x in tys]
        for did, sig in list(res.closure_sigs.items()):
            res.closure_sigs[did] = resolver.fold_sig(sig)
        for did, kind in list(res.closure_kinds.items()):
            res.closure_kinds[did] = resolver.fold_ty(kind)
        for did, caps in list(res.closure_captures.items()):
            from ferric.typeck.results import CapturedPlace

            res.closure_captures[did] = [CapturedPlace(c.var, c.projections, c.kind, resolver.erase_infer(resolver.fold_ty(c.ty)), c.span) for c in caps]
        for hid, (m, margs) in list(res.operator_methods.items()):
            res.operator_methods[hid] = (m, tuple(resolver.erase_infer(a) if isinstance(a, t.Ty) else a for a in (resolver.fold_arg(x) for x in margs)))
        # Locals are recorded by their binding patterns already.
        if first_unresolved is not None and not self.tainted_by_errors():
            hid, unresolved = first_unresolved
            self.report_type_annotations_needed(self.span_of(hid), unresolved)
        res.finished = True

    def span_of(self, hid: HirId) -> Span:
        return self.hir_spans.get(hid) or self.tcx.def_span(self.owner)


def param_env_for(tcx: TyCtxt, owner: DefId) -> ParamEnv:
    clauses: list[Clause] = []
    seen: set[object] = set()
    for clause, _ in tcx.predicates_of(owner):
        if clause not in seen:
            seen.add(clause)
            clauses.append(clause)
    # Elaborate supertraits of trait bounds (`T: Ord` gives `T: PartialOrd`, `T: Eq` ...).
    i = 0
    while i < len(clauses):
        c = clauses[i]
        i += 1
        if isinstance(c, TraitPredicate) and not c.negative:
            for sup, _ in tcx.supertraits(c.def_id):
                inst = TraitPredicate(instantiate(sup, c.trait_ref.args))
                if inst not in seen:
                    seen.add(inst)
                    clauses.append(inst)
    env = ParamEnv(tuple(clauses))
    if not any(c.flags & t.HAS_PROJECTION for c in clauses):
        return env
    # Normalize the where clauses with themselves (`F: FnMut(Self::Item)` inside `impl
    # Iterator for Take<I>` means `F: FnMut(<I as Iterator>::Item)`), as rustc does.
    sel = SelectionContext(tcx, InferCtxt(), env)
    normalized: list[Clause] = []
    for c in clauses:
        if c.flags & t.HAS_PROJECTION and isinstance(c, TraitPredicate | ProjectionPredicate):
            out: list[Obligation] = []
            sel.push_normalized(c, MISC_CAUSE, 0, out)
            n = out[0].pred
            if not n.flags & t.HAS_TY_OR_CT_INFER:
                c = n
        normalized.append(c)
    return ParamEnv(tuple(normalized))


def _body_owner_for_env(tcx: TyCtxt, owner: DefId) -> DefId:
    cur = owner
    while tcx.def_kind(cur) in (DefKind.CLOSURE, DefKind.INLINE_CONST):
        parent = tcx.parent(cur)
        if parent is None:
            break
        cur = parent
    return cur


def _fn_try_context(tcx: TyCtxt, owner: DefId, item: hir.FnItem, body: hir.Body) -> TryContext:
    """rustc's `{ItemContext}` and def span of a fn (from its visibility to the end of its
    where clause), and where "consider adding return type" edits a fn written without
    `-> T`: after the parameters, and `Ok(())` before the closing brace of a body without
    a tail expression."""
    parent = tcx.parent(owner)
    if item.sig.header.is_async:
        words = "an async function"
    elif tcx.def_kind(owner) is DefKind.FN:
        words = "a function"
    else:
        words = "a trait method" if parent is not None and tcx.def_kind(parent) is DefKind.TRAIT else "a method"
    sm = tcx.source_map
    value = body.value
    lo = item.span.lo
    text = sm.snippet(Span(lo, value.span.lo, value.span.ctxt)) or ""
    head = Span(lo, lo + len(text.rstrip()), value.span.ctxt)
    if item.sig.decl.output is not None or item.sig.header.is_async:
        return TryContext(words, head)
    ok_insert: tuple[Span, str] | None = None
    if isinstance(value, hir.BlockExpr) and value.block.expr is None and value.span.hi > value.span.lo:
        close = value.span.hi - 1
        sf = sm.lookup_file(close)
        indent = ""
        if sf is not None:
            line_text = sf.line_text(sf.line_col(close)[0])
            indent = line_text[: len(line_text) - len(line_text.lstrip())]
        ok_insert = (Span(close, close, value.span.ctxt), "    Ok(())\n" + indent)
    return TryContext(words, head, item.sig.decl.output_span.shrink_to_lo(), ok_insert)


def typeck_body(tcx: TyCtxt, owner: DefId) -> TypeckResults | None:
    body = tcx.body(owner)
    if body is None:
        return None
    env_owner = _body_owner_for_env(tcx, owner)
    fcx = FnCtxt(tcx, owner, param_env_for(tcx, env_owner))
    kind = tcx.def_kind(owner)
    item = tcx.hir_item(owner)
    if kind in (DefKind.FN, DefKind.ASSOC_FN) and isinstance(item, hir.FnItem):
        sig = tcx.fn_sig(owner)
        inputs = tuple(fcx.normalize(i, item.span) for i in sig.inputs)
        out_span = item.sig.decl.output.span if item.sig.decl.output is not None else None
        output = sig.output
        if item.sig.header.is_async and isinstance(output, t.Coroutine):
            output = output.return_ty  # the body produces what the future completes with
        output = fcx.normalize(output, item.span)
        opaques: dict[DefId, t.Ty] = {}
        if output.flags & t.HAS_OPAQUE:
            output = _replace_defined_opaques(fcx, owner, output, out_span or item.span, opaques)
        if isinstance(output, t.Dynamic) and out_span is not None:
            # `fn f() -> dyn Trait`: E0746, and the body is not held to the unsized type.
            d = Diagnostic.error("return type cannot be a trait object without pointer indirection", out_span, "E0746")
            d.with_primary(out_span, "doesn't have a size known at compile-time")
            fcx.emit(d)
            output = t.ERROR
        fcx.enter_fn_body(output, out_span)
        if fcx.ret is not None:
            fcx.ret.try_context = _fn_try_context(tcx, owner, item, body)
            if isinstance(item.sig.decl.output, hir.OpaqueDefTy):
                fcx.ret.impl_trait = item.sig.decl.output.span
        fcx.in_fn_params = True
        for i, (param, ty) in enumerate(zip(body.params, inputs, strict=False)):
            fcx.check_pat_top(param.pat, ty, due_span=param.ty_span)
            sized = fcx.lang.get("sized")
            if sized is not None:
                # The parameter's written type rides along for rustc's "borrowed types always
                # have a known size" suggestion.
                hir_ty = item.sig.decl.inputs[i] if i < len(item.sig.decl.inputs) else None
                fcx.register_bound(ty, sized, ObligationCause(param.ty_span, CauseKind.SIZED_ARGUMENT, extra=hir_ty))
                if hir_ty is not None:
                    fcx.register_wf_sized(hir_ty, ty)
        if isinstance(item.sig.decl.output, hir.Ty) and not isinstance(item.sig.decl.output, hir.OpaqueDefTy):
            fcx.register_wf_sized(item.sig.decl.output, output)
        fcx.in_fn_params = False
        why = [(out_span, f"expected `{output}` because of return type")] if out_span is not None else None
        fcx.ret_tail = _tail_expr(body.value).hir_id if isinstance(body.value, hir.BlockExpr) else None
        fcx.ret_tails = _return_position_tails(body.value)
        fcx.default_ret_span = item.sig.decl.output_span if item.sig.decl.output is None else None
        fcx.is_main = tcx.hir.main_fn == owner
        fcx.check_body_value(body.value, output, why)
        if tcx.hir.main_fn == owner and output is not t.UNIT:
            fcx.register_lang_bound(output, "termination", out_span or item.span, CauseKind.MAIN_RETURN)
    else:
        expected = tcx.type_of(owner) if kind in (DefKind.CONST, DefKind.STATIC, DefKind.ASSOC_CONST) else t.USIZE
        if isinstance(item, hir.StaticItem) and item.mutbl is Mutability.NOT:
            # Every thread may read a shared static: its type must be `Sync`.
            fcx.register_lang_bound(expected, "sync", item.ty.span, CauseKind.SHARED_STATIC)
        missing = _missing_item_type(item)
        if kind is DefKind.ANON_CONST or kind is DefKind.INLINE_CONST or missing is not None:
            expected = fcx.next_ty_var(body.value.span)
        fcx.check_expr_coercible_to(body.value, fcx.normalize(expected, body.value.span))
    fcx.finish()
    if kind in (DefKind.CONST, DefKind.STATIC) and (missing := _missing_item_type(item)) is not None:
        _suggest_item_type(tcx, item, missing, fcx.infcx.resolve_ty(expected))
    if kind in (DefKind.FN, DefKind.ASSOC_FN) and isinstance(item, hir.FnItem):
        for def_id, var in opaques.items():
            hidden = fcx.infcx.resolve_ty(var)
            tcx.set_type_of(def_id, hidden if not hidden.has_infer else t.ERROR)
    return fcx.results


def _missing_item_type(item: object) -> Span | None:
    """Where a `const`/`static` item's type was left out (`const A = 5;`): the parser's
    recovery put an empty error type there."""
    if isinstance(item, hir.ConstItem | hir.StaticItem) and isinstance(item.ty, hir.ErrTy) and item.ty.span.lo == item.ty.span.hi:
        return item.ty.span
    return None


def _suggest_item_type(tcx: TyCtxt, item: hir.ConstItem | hir.StaticItem, at: Span, ty: t.Ty) -> None:
    """rustc's `infer_placeholder_type` for an item written without its type: the parser's
    "missing type for `const` item" error suggests the initializer's type once it is known."""
    if ty.has_infer or ty.references_error:
        return
    from ferric.ty.fold import TyWalker

    if isinstance(ty, t.FnDef):
        ty = t.FnPtr(tcx.fn_sig_instantiated(ty.def_id, ty.args))  # (a fn item is named by its pointer type)
    shown = erase_regions(ty)
    nameable = not any(isinstance(x, t.Closure | t.Coroutine | t.FnDef) or (isinstance(x, t.Alias) and x.kind is t.AliasKind.OPAQUE) for x in TyWalker.walk(ty))
    what = "constant" if isinstance(item, hir.ConstItem) else "static variable"
    for d in tcx.dcx.diagnostics:
        if d.message.startswith("missing type for `") and d.primary_span == at:
            d.suggestions.clear()
            if nameable:
                d.with_suggestion(f"provide a type for the {what}", [(at, f": {shown}")], style="inline")
            else:
                body = tcx.body(item.body) if item.body is not None else None
                d.with_note(f"however, the inferred type `{shown}` cannot be named", body.value.span if body is not None else None)
            return


class _OpaqueReplacer(TypeFolder):
    """Replaces the opaque types a fn defines (`-> impl Trait`) by inference variables
    inside its own body: the body decides the hidden type."""

    needs = t.HAS_OPAQUE

    def __init__(self, fcx: FnCtxt, owner: DefId, span: Span, out: dict[DefId, t.Ty]) -> None:
        super().__init__()
        self.fcx = fcx
        self.owner = owner
        self.span = span
        self.out = out

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & t.HAS_OPAQUE:
            return ty
        if isinstance(ty, t.Alias) and ty.kind is t.AliasKind.OPAQUE and self.fcx.tcx.parent(ty.def_id) == self.owner:
            var = self.out.get(ty.def_id)
            if var is None:
                var = self.fcx.next_ty_var(self.span)
                self.out[ty.def_id] = var
                # The hidden type must satisfy the bounds (with the opaque replaced).
                for clause, _ in self.fcx.tcx.item_bounds(ty.def_id):
                    inst = self.fold(instantiate(clause, ty.args))
                    self.fcx.register(inst, ObligationCause(self.span, CauseKind.MISC))
            return var
        return self.super_fold_ty(ty)


def _replace_defined_opaques(fcx: FnCtxt, owner: DefId, ty: t.Ty, span: Span, out: dict[DefId, t.Ty]) -> t.Ty:
    return _OpaqueReplacer(fcx, owner, span, out).fold_ty(ty)


class _Writeback(TypeFolder):
    needs = t.HAS_TY_OR_CT_INFER | t.HAS_RE_INFER

    def __init__(self, fcx: FnCtxt) -> None:
        super().__init__()
        self.fcx = fcx

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & self.needs:
            return ty
        if isinstance(ty, t.Infer):
            r = self.fcx.infcx.shallow_resolve(ty)
            if isinstance(r, t.Infer):
                return r
            return self.fold_ty(r)
        return self.super_fold_ty(ty)

    def fold_region(self, r: t.Region) -> t.Region:
        return t.RE_ERASED if isinstance(r, t.ReVar) else r

    def fold_const(self, c: t.Const) -> t.Const:
        if isinstance(c, t.ConstInfer):
            r = self.fcx.infcx.shallow_resolve_const(c)
            return r if isinstance(r, t.ConstInfer) else self.super_fold_const(r)
        return self.super_fold_const(c)

    def erase_infer(self, ty: t.Ty) -> t.Ty:
        return _EraseInfer().fold_ty(ty) if ty.has_infer else ty


class _EraseInfer(TypeFolder):
    needs = t.HAS_TY_OR_CT_INFER

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if isinstance(ty, t.Infer):
            return t.ERROR
        return self.super_fold_ty(ty)

    def fold_const(self, c: t.Const) -> t.Const:
        return t.CONST_ERROR if isinstance(c, t.ConstInfer) else self.super_fold_const(c)


def _tail_expr(value: hir.Expr) -> hir.Expr:
    """The expression whose value a body returns: a block's tail, innermost first."""
    while isinstance(value, hir.BlockExpr) and value.block.expr is not None:
        value = value.block.expr
    return value


def _return_position_tails(value: hir.Expr) -> set[HirId]:
    """The block tails whose value is the fn's (rustc's `get_fn_id_for_return_block`): the
    body's tail, and through a tail `if`/`match`, the tails of its branch blocks. A
    mismatch there says "expected `T` because of return type"."""
    out: set[HirId] = set()
    work: list[hir.Expr] = [value]
    while work:
        e = work.pop()
        if isinstance(e, hir.BlockExpr):
            if e.block.expr is not None:
                out.add(e.block.expr.hir_id)
                work.append(e.block.expr)
        elif isinstance(e, hir.IfExpr):
            work.append(e.then)
            if e.els is not None:
                work.append(e.els)
        elif isinstance(e, hir.MatchExpr) and e.source is hir.MatchSource.NORMAL:
            work.extend(arm.body for arm in e.arms if isinstance(arm.body, hir.BlockExpr))
    return out


def _tail_span(e: hir.Expr) -> Span:
    if isinstance(e, hir.BlockExpr) and e.block.expr is not None:
        return _tail_span(e.block.expr)
    return e.span




# =================================================================================================
# The crate
# =================================================================================================


def check_crate(tcx: TyCtxt, crate: CrateNum) -> dict[DefId, TypeckResults]:
    """Check the items of `crate` (rustc's wfcheck and coherence), then type check every
    body; returns the results per body."""
    from ferric.typeck.dyn_compat import check_body_wf

    check_items(tcx, crate)
    results: dict[DefId, TypeckResults] = {}
    for owner in tcx.body_owners_of_crate(crate):
        kind = tcx.def_kind(owner)
        if kind in (DefKind.CLOSURE, DefKind.INLINE_CONST):
            continue  # checked with their enclosing body
        tcx.diag_marks["typeck_start", owner] = len(tcx.dcx.diagnostics)
        r = typeck_body(tcx, owner)
        if r is not None:
            results[owner] = r
            check_body_wf(tcx, owner, r)
        tcx.diag_marks["typeck", owner] = len(tcx.dcx.diagnostics)
    # rustc's `check_unsafety` runs per body once every body is type checked.
    from ferric.typeck.unsafety import check_body_unsafety

    for owner, r in results.items():
        for d in check_body_unsafety(tcx, owner, r):
            tcx.emit(d)
    return results


def check_items(tcx: TyCtxt, crate: CrateNum) -> None:
    """The item-level checks, in rustc's order: well-formedness of items (trait impls
    against their traits, recursive types, `Copy` impls, `dyn` types in signatures), then
    coherence (orphan rules, overlapping impls)."""
    from ferric.typeck.coherence import check_coherence
    from ferric.typeck.dyn_compat import check_signature_dyn_types, on_trait_object
    from ferric.typeck.orphan import check_orphan
    from ferric.typeck.wfcheck import check_copy_impl, check_duplicate_fields, check_representable

    tcx.on_trait_object = on_trait_object
    check_duplicate_fields(tcx, crate)
    check_representable(tcx, crate)
    check_signature_dyn_types(tcx, crate)

    trait_impls: list[tuple[DefId, hir.ImplItem]] = []
    inherent_impls: list[tuple[DefId, hir.ImplItem]] = []
    for def_id, item in tcx.items_of_crate(crate):
        if isinstance(item, hir.ImplItem):
            (trait_impls if item.of_trait is not None else inherent_impls).append((def_id, item))
    # rustc checks a trait impl's items only once its trait is coherent.
    incoherent = check_coherence(tcx, trait_impls)
    for def_id, item in trait_impls:
        tr = tcx.impl_trait_ref(def_id)
        if tr is not None and tr.def_id not in incoherent:
            check_impl_items(tcx, def_id, item)
            if tcx.is_lang_item(tr.def_id, "copy") and not tcx.impl_is_negative(def_id):
                check_copy_impl(tcx, def_id, item)
    for def_id, item in inherent_impls:
        check_orphan(tcx, def_id, item)


def check_impl_items(tcx: TyCtxt, impl_id: DefId, item: hir.ImplItem) -> None:
    """E0046 (missing trait items), E0407/E0437/E0438 are the resolver's; here also the
    impl's trait bounds on `Self` (supertraits)."""
    tr = tcx.impl_trait_ref(impl_id)
    if tr is None:
        return
    from ferric.typeck.compare_impl import compare_impl_items

    compare_impl_items(tcx, impl_id, tr)
    trait_items = tcx.associated_items(tr.def_id)
    impl_items = tcx.associated_items(impl_id)
    implemented = {(it.name, it.kind) for it in impl_items}
    missing = [ti for ti in trait_items if not ti.has_value and (ti.name, ti.kind) not in implemented]
    if missing:
        names = ", ".join(f"`{m.name}`" for m in missing)
        span = _impl_header_span(tcx, impl_id, item)
        d = Diagnostic.error(f"not all trait items implemented, missing: {names}", span, "E0046")
        d.with_primary(span, f"missing {names} in implementation")
        for m in missing:
            if tcx.crate_of(m.def_id) == LOCAL_CRATE:  # (rustc: `hir_span_if_local`)
                d.with_label(tcx.def_span(m.def_id), f"`{m.name}` from trait")
            else:
                sig = _missing_item_signature(tcx, m, tr)
                d.with_help(f"implement the missing item: `{sig}`")
        tcx.emit(d)
    # Supertrait obligations and the impl's own where clauses are checked for well-formedness.
    fcx = FnCtxt(tcx, impl_id, param_env_for(tcx, impl_id))
    span = _impl_header_span(tcx, impl_id, item)
    for sup, _ in tcx.supertraits(tr.def_id):
        inst = instantiate(sup, tr.args)
        fcx.register(TraitPredicate(inst), ObligationCause(span, CauseKind.MISC))
    for clause, bspan in tcx.predicates_of(tr.def_id):
        if isinstance(clause, TraitPredicate) and clause.def_id == tr.def_id:
            continue
        if isinstance(clause, TraitPredicate) and clause.self_ty is t.Param(0, "Self"):
            continue
        inst_clause = instantiate(clause, tr.args)
        if isinstance(inst_clause, TraitPredicate):
            fcx.register(inst_clause, ObligationCause(span, CauseKind.ITEM_BOUND, def_id=tr.def_id, bound_span=bspan))
    report_unfulfilled(fcx)
    _ = (AssocKind, TraitRef)


_CONST_VALUE = {"bool": "false", "char": "'x'", "f32": "3.14159", "f64": "3.14159"}


def _missing_item_signature(tcx: TyCtxt, item: AssocItem, tr: TraitRef) -> str:
    """The item's declaration as rustc's `suggestion_signature` writes it for a trait of
    another crate: the trait's arguments put in but `Self` kept, `_` for the non-self
    parameters, `{ todo!() }` for a body, `/* Type */` for a type."""
    from ferric.ty.print import ty_to_string

    if item.kind is AssocKind.TYPE:
        return f"type {item.name} = /* Type */;"
    generics = tcx.generics_of(item.def_id)
    args = (t.Param(0, "Self"), *tr.args[1:], *generics.identity_args()[len(tr.args) :])
    if item.kind is AssocKind.CONST:
        ty = instantiate(tcx.type_of(item.def_id), args)
        name = ty_to_string(ty)
        value = "42" if isinstance(ty, t.Int | t.Uint) else _CONST_VALUE.get(name, "value")
        return f"const {item.name}: {name} = {value};"
    sig = instantiate(tcx.fn_sig(item.def_id), args)
    params: list[str] = []
    for i, ty in enumerate(sig.inputs):
        if i == 0 and item.fn_has_self:
            if ty == t.Param(0, "Self"):
                params.append("self")
                continue
            if isinstance(ty, t.Ref) and ty.pointee == t.Param(0, "Self"):
                mut = "mut " if ty.mutbl is Mutability.MUT else ""
                params.append(f"&{mut}self")
                continue
            params.append(f"self: {ty_to_string(ty)}")
            continue
        params.append(f"_: {ty_to_string(ty)}")
    output = "" if sig.output is t.UNIT else f" -> {ty_to_string(sig.output)}"
    own = [p for p in generics.own_params if not p.synthetic]
    generic_list = f"<{', '.join(p.name for p in own)}>" if own else ""
    own_indexes = {p.index for p in own}
    sized = tcx.lang_item("sized")
    bounds: list[str] = []
    for clause, _span in tcx.predicates_of(item.def_id):
        if (
            isinstance(clause, TraitPredicate)
            and isinstance(clause.self_ty, t.Param)
            and clause.self_ty.index in own_indexes
            and clause.def_id != sized
        ):
            bounds.append(f"{clause.self_ty.name}: {tcx.def_path_str(clause.def_id)}")
    where = f" where {', '.join(bounds)}" if bounds else ""
    unsafe = "unsafe " if sig.safety == "unsafe" else ""
    return f"{unsafe}fn {item.name}{generic_list}({', '.join(params)}){output}{where} {{ todo!() }}"


def report_unfulfilled(fcx: FnCtxt) -> None:
    """Select the obligations an item check registered and report those that cannot hold
    (what stays ambiguous is no error for an item)."""
    fcx.select_obligations_where_possible()
    errors = list(fcx.deferred_errors) + fcx.fulfill.select_all_or_error(fcx.sel)
    real = [e for e in errors if e.kind.value != "ambiguous"]
    if real:
        report_fulfillment_errors(fcx, real)


def _impl_header_span(tcx: TyCtxt, impl_id: DefId, item: hir.ImplItem) -> Span:
    if item.of_trait is not None:
        return item.span.with_hi(item.self_ty.span.hi)
    return tcx.def_span(impl_id)
