"""The function context: the state of type checking one body (rustc's `FnCtxt`).

Holds the inference context, the pending obligations, the where clauses in scope, the
types of locals, the enclosing loops and labelled blocks (for `break` values), the return
type, and the results tables being filled. Construct checkers are layered on top of
`FnCtxtBase` as classes (coerce <- method <- pat <- expr <- closure), like the parser.

Errors are reported as they are found, except trait errors: obligations are collected and
reported once inference has had its chance (`report_fulfillment_errors`), so that
`{integer}: Display` is not an error before the integer defaults to `i32`.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Diagnostic, SubDiagnostic, Suggestion
from ferric.hir import nodes as hir
from ferric.infer.ctxt import InferCtxt
from ferric.infer.relate import Equate, TypeMismatch
from ferric.resolve.defs import LOCAL_CRATE, STD_CRATE, DefId, HirId
from ferric.traits.fulfill import FulfillmentCtxt, FulfillmentError
from ferric.traits.obligation import CauseKind, Obligation, ObligationCause, ParamEnv
from ferric.traits.project import normalize_deep
from ferric.traits.select import SelectionContext
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.ty.fold import instantiate
from ferric.ty.generics import ParamKind
from ferric.ty.lower import HirTyLowerer
from ferric.ty.predicate import Clause, ProjectionPredicate, TraitPredicate, TraitRef
from ferric.typeck.results import Adjustment, TypeckResults
from ferric.typeck.type_err import closure_labels, expected_found_note, mismatch_label


@dataclass(slots=True)
class Expectation:
    """What the context expects of an expression (rustc's `Expectation`)."""

    kind: str = "none"
    """"none", "has_type" (coerce to `ty`), "castable" (a cast target: only a hint),
    "rvalue_unsized" (`&[1, 2]` as `&[i32]`: a hint for the inner expression)."""
    ty: t.Ty | None = None

    def only_has_type(self) -> t.Ty | None:
        return self.ty if self.kind == "has_type" else None

    def hint(self) -> t.Ty | None:
        return self.ty if self.kind != "none" else None


NO_EXPECTATION = Expectation()


def expect_has_type(ty: t.Ty) -> Expectation:
    return Expectation("has_type", ty)


@dataclass(slots=True)
class Breakable:
    """An enclosing loop or labelled block: `break` values coerce to its type."""

    hir_id: HirId
    ty: t.Ty | None
    """The type break values must have (None: a `while`/`for`, where `break` is unit)."""
    may_break: bool = False
    is_loop: bool = True
    first_break: Span | None = None
    """The first `break` with a value: a later one of another type is told "expected because
    of this `break`"."""


@dataclass(frozen=True, slots=True)
class TryContext:
    """Where a `?` sits, for rustc's E0277 when the body's return type cannot take its
    residual: the `{ItemContext}` words ("a function", "a method", "a closure"), the
    signature ("this function should return `Result` or `Option` to accept `?`"), and for
    "consider adding return type" where `-> Result<..>` and `Ok(())` go (None: no fix-it)."""

    words: str
    head: Span
    ret_insert: Span | None = None
    ok_insert: tuple[Span, str] | None = None


@dataclass(slots=True)
class ReturnCtx:
    ty: t.Ty
    span: Span | None
    """The return type annotation (for "expected `X` because of return type")."""
    is_closure: bool = False
    try_context: TryContext | None = None
    impl_trait: Span | None = None
    """The written `impl Trait` return type, if that is what the fn returns."""


@dataclass(slots=True)
class DeferredCast:
    expr: hir.CastExpr
    from_ty: t.Ty
    to_ty: t.Ty


@dataclass(slots=True)
class DeferredClosure:
    expr: hir.ClosureExpr
    closure_ty: t.Closure | t.Coroutine


@dataclass(frozen=True, slots=True)
class CallSite:
    """A call whose callee's where clauses became obligations (see `FnCtxtBase.call_sites`)."""

    callee_span: Span
    """The callee path, or a method call's name: "required by a bound introduced by this call"."""
    receiver: hir.Expr | None
    args: tuple[hir.Expr, ...]
    call_span: Span | None = None
    """The whole call (a fn call) or the method's name (a method call): where rustc points an
    error about a closure argument's signature (E0593, E0631)."""
    type_args: tuple[Span, ...] = ()
    """A method call's turbofish arguments (types and consts), in order."""


class FnCtxtBase:
    def __init__(self, tcx: TyCtxt, owner: DefId, param_env: ParamEnv, infcx: InferCtxt | None = None) -> None:
        self.tcx = tcx
        self.owner = owner
        self.param_env = param_env
        self.infcx = infcx or InferCtxt()
        self.sel = SelectionContext(tcx, self.infcx, param_env)
        self.equate = Equate(self.infcx)
        self.fulfill = FulfillmentCtxt(infcx=self.infcx)
        self.results = TypeckResults(owner)
        self.shorthand_fields: dict[HirId, str] = {}
        """Struct expression fields written `S { x }`: the expression's field name."""
        self.callee_calls: dict[HirId, Span] = {}
        """A called expression (`f` of `f(x)`): the call's span."""
        self.locals: dict[HirId, t.Ty] = {}
        self.let_origins: dict[HirId, tuple[Span, Span, str]] = {}
        self.untyped_closure_params: dict[HirId, Span] = {}
        """Closure parameters written without a type (`|s|`), for E0282's suggestion."""
        self.try_sites: dict[Span, TryContext] = {}
        """Each `?`'s span (its `from_residual` call) and the body it returns from."""
        self.method_name_spans: dict[HirId, Span] = {}
        self.wf_args: list[tuple[t.GenericArgs, Span]] = []
        """Method calls' generic arguments, which must be well-formed (rustc's
        `add_wf_bounds` at the call): checked once inference is done (`register_wf_args`)."""
        """Each method call's name (`parse` in `s.parse()`), for E0282's "type parameter
        declared on the method" source."""
        self.ret_tail: HirId | None = None
        self.ret_tails: set[HirId] = set()
        """Every block tail in return position (`if`/`match` branches of the fn's tail)."""
        """The fn body's tail expression (mismatches there name the return type)."""
        self.default_ret_span: Span | None = None
        self.is_main = False
        """A `let` binding's pattern, and its type annotation or initializer with the word
        rustc's "expected due to this type/value" label uses (for assignments to it)."""
        self.hir_spans: dict[HirId, Span] = {}
        self.local_spans: dict[HirId, Span] = {}
        self.in_fn_params = False
        """Checking a function's or closure's parameter patterns."""
        """Each binding's name span (where "type annotations needed" points)."""
        """Spans of checked expressions and patterns (for errors found at writeback)."""
        self.breakables: list[Breakable] = []
        self.ret: ReturnCtx | None = None
        self.diverges = False
        self.deferred_casts: list[DeferredCast] = []
        self.deferred_closures: list[DeferredClosure] = []
        self.deferred_errors: list[FulfillmentError] = []
        self.reported_obligations: set[tuple[object, Span]] = set()
        """(predicate, span) of the fulfillment errors reported (each once per body, as
        rustc's `reported_trait_errors`)."""
        self.error_reported = False
        self.err_count_on_creation = tcx.dcx.error_count
        self.closure_stack: list[DefId] = []
        self.call_sites: dict[tuple[Span, DefId], CallSite] = {}
        """Calls of known functions, by the span their where clauses were registered at and
        the callee: trait errors point at the argument whose type holds the failing bound's
        parameter (rustc's `adjust_fulfillment_errors`)."""
        self.lowerer = HirTyLowerer(
            tcx, owner, infer=self._infer_for_ty, region_var=self.infcx.next_region_var, const_var=self.infcx.next_const_var
        )
        self.lang = tcx.hir.lang_items
        self.unsized_fn_params = tcx.crate_of(owner) == STD_CRATE
        """Arguments of unsized types are allowed: std is built with
        `#![feature(unsized_fn_params)]`, as rustc's (`Box<dyn FnOnce()>` calls
        `<dyn FnOnce() as FnOnce>::call_once(*self, args)`)."""

    # -- inference helpers -----------------------------------------------------------------------

    def _infer_for_ty(self, span: Span) -> t.Ty:
        return self.infcx.next_ty_var(span)

    def next_ty_var(self, span: Span = DUMMY_SP, param_name: str | None = None) -> t.Ty:
        return self.infcx.next_ty_var(span, param_name)

    def resolve(self, ty: t.Ty) -> t.Ty:
        return self.infcx.resolve_ty(ty)

    def shallow(self, ty: t.Ty) -> t.Ty:
        return self.infcx.shallow_resolve(ty) if type(ty) is t.Infer else ty

    def resolve_vars_with_obligations(self, ty: t.Ty) -> t.Ty:
        """`ty` with what pending obligations say about its variables (rustc's
        `resolve_vars_with_obligations`: selection runs only if `ty` has unknowns). Argument
        types go through it before coercing: `a.partial_cmp(&b)` on `&[u8]` learns `Rhs =
        [u8]` from the single impl, so `&&[u8]` deref-coerces to `&[u8]`."""
        ty = self.resolve(ty)
        if ty.flags & t.HAS_TY_OR_CT_INFER:
            self.select_obligations_where_possible()
            ty = self.resolve(ty)
        return ty

    def structurally_resolve(self, ty: t.Ty, span: Span) -> t.Ty:
        """The type with its outermost constructor known, processing obligations first
        if needed (rustc's `structurally_resolve_type`)."""
        ty = self.shallow(ty)
        if isinstance(ty, t.Infer) and ty.kind is t.InferKind.TY:
            self.select_obligations_where_possible()
            ty = self.shallow(ty)
        if isinstance(ty, t.Alias) and ty.kind is t.AliasKind.PROJECTION:
            ty = self.shallow(self.normalize(ty, span))
        return ty

    def lower_ty(self, ty: hir.Ty) -> t.Ty:
        return self.normalize(self.lowerer.lower_ty(ty), ty.span)

    def fresh_args_for(self, def_id: DefId, span: Span) -> t.GenericArgs:
        out: list[t.GenericArg] = []
        for p in self.tcx.generics_of(def_id).all_params:
            if p.kind is ParamKind.TYPE:
                out.append(self.infcx.next_ty_var(span, p.name))
            elif p.kind is ParamKind.LIFETIME:
                out.append(self.infcx.next_region_var())
            else:
                out.append(self.infcx.next_const_var())
        return tuple(out)

    # -- obligations ----------------------------------------------------------------------------

    def register(self, pred: Clause, cause: ObligationCause) -> None:
        if isinstance(pred, TraitPredicate | ProjectionPredicate):
            pred = self.normalize_clause(pred, cause.span)
        self.fulfill.register(Obligation(pred, cause))

    def register_bound(self, ty: t.Ty, trait_id: DefId, cause: ObligationCause, args: t.GenericArgs = ()) -> None:
        self.register(TraitPredicate(TraitRef(trait_id, (ty, *args))), cause)

    def register_lang_bound(self, ty: t.Ty, lang: str, span: Span, kind: CauseKind = CauseKind.MISC) -> None:
        did = self.lang.get(lang)
        if did is not None:
            self.register_bound(ty, did, ObligationCause(span, kind))

    def register_predicates_of(self, def_id: DefId, args: t.GenericArgs, span: Span) -> None:
        """The where clauses of `def_id` instantiated with `args`, as obligations caused by
        using it at `span` ("required by a bound in `f`")."""
        for clause, bound_span in self.tcx.predicates_of(def_id):
            inst = instantiate(clause, args)
            cause = ObligationCause(span, CauseKind.ITEM_BOUND, def_id=def_id, bound_span=bound_span)
            self.register(inst, cause)

    def select_obligations_where_possible(self) -> None:
        """Select what can be; errors are reported at once, as rustc's
        `select_obligations_where_possible` does (so before integer fallback, in order)."""
        errors = self.fulfill.select_where_possible(self.sel)
        if errors:
            from ferric.typeck.errors import report_fulfillment_errors

            report_fulfillment_errors(self, errors)  # type: ignore[arg-type]

    def type_implements(self, ty: t.Ty, trait_id: DefId, args: t.GenericArgs = ()) -> bool | None:
        """Does `ty: Trait<args>` hold? (None: cannot tell yet.) Leaves no trace."""
        snap = self.infcx.snapshot()
        try:
            fc = FulfillmentCtxt()
            fc.register(Obligation(TraitPredicate(TraitRef(trait_id, (ty, *args))), ObligationCause(DUMMY_SP)))
            errors = fc.select_where_possible(self.sel)
            if errors:
                return False
            if fc.pending:
                return None
            return True
        finally:
            self.infcx.rollback_to(snap)

    def is_copy(self, ty: t.Ty) -> bool:
        copy = self.lang.get("copy")
        if copy is None:
            return False
        return self.type_implements(self.resolve(ty), copy) is True

    # -- normalization -----------------------------------------------------------------------------

    def normalize(self, ty: t.Ty, span: Span) -> t.Ty:
        if not ty.flags & t.HAS_PROJECTION:
            return ty

        def on_ambiguous(alias: t.Alias) -> t.Ty:
            var = self.next_ty_var(span)
            self.fulfill.register(Obligation(ProjectionPredicate(alias, var), ObligationCause(span)))
            return var

        with self.sel.collecting() as extra:
            ty = normalize_deep(self.sel, ty, None, on_ambiguous)
        for o in extra:
            self.fulfill.register(o)
        return ty

    def normalize_clause(self, pred: TraitPredicate | ProjectionPredicate, span: Span) -> Clause:
        if not pred.flags & t.HAS_PROJECTION:
            return pred
        if isinstance(pred, TraitPredicate):
            args = tuple(self.normalize(a, span) if isinstance(a, t.Ty) else a for a in pred.trait_ref.args)
            return TraitPredicate(TraitRef(pred.trait_ref.def_id, args), pred.negative)
        alias_args = tuple(self.normalize(a, span) if isinstance(a, t.Ty) else a for a in pred.alias.args)
        return ProjectionPredicate(t.Alias(pred.alias.kind, pred.alias.def_id, alias_args), self.normalize(pred.term, span))

    # -- recording --------------------------------------------------------------------------------

    def write_ty(self, hir_id: HirId, ty: t.Ty) -> None:
        self.results.node_types[hir_id] = ty
        if ty.references_error:
            self.results.tainted_by_errors = True  # (rustc's `write_ty`: `ty.error_reported()`)

    def node_ty(self, expr: hir.Expr) -> t.Ty:
        """The type recorded for `expr` (before its adjustments)."""
        return self.results.node_types.get(expr.hir_id, t.ERROR)

    def write_args(self, hir_id: HirId, args: t.GenericArgs) -> None:
        if args:
            self.results.node_args[hir_id] = args

    def apply_adjustments(self, expr: hir.Expr, adj: list[Adjustment]) -> None:
        if not adj:
            return
        for a in adj:
            if a.kind.value == "never_to_any":
                # A variable a diverging expression flowed into falls back to `()` if
                # nothing else decides it (rustc's `diverging_type_vars`): the value of
                # `Err(e)?;` is never produced.
                target = self.shallow(a.target)
                if isinstance(target, t.Infer) and target.kind is t.InferKind.TY:
                    self.infcx.mark_diverging(target)
        existing = self.results.adjustments.get(expr.hir_id)
        if existing:
            # A NeverToAny can be followed by nothing else; other chains compose.
            if existing[-1].kind.value == "never_to_any":
                return
            self.results.adjustments[expr.hir_id] = existing + adj
        else:
            self.results.adjustments[expr.hir_id] = adj

    # -- demands --------------------------------------------------------------------------------

    def try_equate(self, a: t.Ty, b: t.Ty) -> bool:
        snap = self.infcx.snapshot()
        try:
            self.equate.tys(a, b)
            return True
        except TypeMismatch:
            self.infcx.rollback_to(snap)
            return False

    def demand_eqtype(self, span: Span, expected: t.Ty, actual: t.Ty) -> bool:
        if self.try_equate(expected, actual):
            return True
        self.report_mismatch(span, expected, actual)
        return False

    def report_mismatch(
        self,
        span: Span,
        expected: t.Ty,
        found: t.Ty,
        labels: list[tuple[Span, str]] | None = None,
        notes: list[str] | None = None,
        message: str = "mismatched types",
        code: str = "E0308",
        children: list[SubDiagnostic] | None = None,
        expr: hir.Expr | None = None,
        suggestions: list[Suggestion] | None = None,
    ) -> None:
        """Report `found` where `expected` was needed at `span`; with `expr` (the expression of
        the wrong type), rustc's fix-it suggestions for it too."""
        expected = self.resolve(expected)
        found = self.resolve(found)
        if expected.references_error or found.references_error:
            return
        d = Diagnostic.error(message, None, code)
        d.with_primary(span, mismatch_label(expected, found))
        for sp, text in [*(labels or ()), *closure_labels(self.tcx, expected, found, span)]:
            d.with_label(sp, text)
        note = expected_found_note(expected, found)
        for n in ([note] if note is not None else []) + list(notes or ()):
            d.with_note(n)
        self._explain_type_params(d, expected, found, span)
        if expr is not None and expr.span == span:
            self._note_caller_chooses(d, expected, found)
            self._note_type_is_not_clone(d, expected, found, expr)
        if isinstance(expected, t.Closure) and isinstance(found, t.Closure):
            # rustc's `note_and_explain_type_err` for two closures.
            d.with_note("no two closures, even if identical, have the same type")
            d.with_help("consider boxing your closure and/or using it as a trait object")
        d.children.extend(children or ())
        if expr is not None and expr.span == span:
            from ferric.typeck.suggest import coercion_suggestions

            d.suggestions.extend(coercion_suggestions(self, expr, expected, found))
        d.suggestions.extend(suggestions or ())
        self._similar_names_notes(d, expected, found)
        self.emit(d)

    def _type_param_span(self, p: t.Param) -> Span | None:
        """Where the body's generic parameter `p` is declared (a trait's `Self`: the trait)."""
        generics = self.tcx.generics_of(self.owner)
        if p.index >= generics.count():
            return None
        param = generics.param_at(p.index)
        if param.name != p.name:
            return None
        if param.def_id is None:
            trait = generics.parent if generics.parent is not None else self.owner
            return self.tcx.def_span(trait)
        return self.tcx.def_span(param.def_id)

    def _explain_type_params(self, d: Diagnostic, expected: t.Ty, found: t.Ty, span: Span) -> None:
        """rustc's `note_and_explain_type_err` for type parameters, at the innermost pair of
        types that differ: where the parameter is declared ("expected this type parameter"),
        and for two different parameters, why that cannot work."""
        from ferric.typeck.type_err import type_error

        err = type_error(expected, found)
        if err.kind != "sorts":
            return
        e, f = err.expected, err.found

        def label(p: t.Param, text: str) -> None:
            at = self._type_param_span(p)
            if at is not None and not (span.lo <= at.lo and at.hi <= span.hi):
                d.with_label(at, text)

        if isinstance(e, t.Param) and isinstance(f, t.Param):
            label(e, "expected type parameter")
            label(f, "found type parameter")
            d.with_note(
                "a type parameter was expected, but a different one was found; you might be "
                "missing a type parameter or trait bound"
            )
            d.with_note(
                "for more information, visit "
                "https://doc.rust-lang.org/book/ch10-02-traits.html#traits-as-parameters"
            )
            return
        for p, other, word in ((e, f, "expected"), (f, e, "found")):
            if isinstance(p, t.Param):
                if isinstance(other, t.Alias | t.Dynamic):
                    return  # (rustc explains those another way)
                label(p, f"{word} this type parameter")
                return

    def _note_caller_chooses(self, d: Diagnostic, expected: t.Ty, found: t.Ty) -> None:
        """rustc's `note_caller_chooses_ty_for_ty_param`: an expected type parameter the found
        type does not mention."""
        from ferric.ty.fold import TyWalker

        if not isinstance(expected, t.Param) or any(ty == expected for ty in TyWalker.walk(found)):
            return
        shown = found
        if isinstance(found, t.Infer) and found.kind is not t.InferKind.TY:
            shown = t.Int("i32") if found.kind is t.InferKind.INT else t.Float("f64")
        d.with_note(f"the caller chooses a type for `{expected}` which can be different from `{shown}`")

    def _note_type_is_not_clone(self, d: Diagnostic, expected: t.Ty, found: t.Ty, expr: hir.Expr) -> None:
        """rustc's `note_type_is_not_clone`: `x.clone()` gave `&T` where `T` was wanted
        because `T` is not `Clone` (the reference was cloned) — and the bound to add."""
        from ferric.typeck.errors import _restrict_param_suggestion
        from ferric.typeck.results import AdjustKind
        from ferric.typeck.type_err import _compatible

        clone = self.lang.get("clone")
        if (
            clone is None
            or not isinstance(expr, hir.MethodCallExpr)
            or expr.args
            or expr.segment.ident.name != "clone"
            or not isinstance(found, t.Ref)
        ):
            return
        method = self.results.type_dependent_defs.get(expr.hir_id)
        if method is None or self.tcx.parent(method[1]) != clone:
            return
        if any(a.kind is AdjustKind.DEREF for a in self.results.adjustments.get(expr.receiver.hir_id, ())):
            return
        if not _compatible(found.pointee, expected):  # (rustc: `may_coerce`)
            return
        if self.type_implements(expected, clone) is not False:
            return
        d.with_note(
            f"`{expected}` does not implement `Clone`, so `{found}` was cloned instead",
            expr.receiver.span,
        )
        if isinstance(expected, t.Param):
            _restrict_param_suggestion(self, d, TraitRef(clone, (expected,)), "Clone")

    def _similar_names_notes(self, d: Diagnostic, expected: t.Ty, found: t.Ty) -> None:
        """rustc's notes for two types of one name from different user crates (the local
        `Point` and `calc::Point`): that they differ, and where each is defined."""
        if not (isinstance(expected, t.Adt) and isinstance(found, t.Adt)):
            return
        tcx = self.tcx
        e, f = expected.def_id, found.def_id
        ce, cf = tcx.crate_of(e), tcx.crate_of(f)
        if e == f or ce == cf or STD_CRATE in (ce, cf) or tcx.item_name(e) != tcx.item_name(f):
            return
        fs, es = tcx.def_path_str(f), tcx.def_path_str(e)
        d.with_note(f"`{fs}` and `{es}` have similar names, but are actually distinct types")
        for did, shown, crate in ((f, fs, cf), (e, es, ce)):
            where = "the current crate" if crate == LOCAL_CRATE else f"crate `{tcx.crate_names.get(crate, '?')}`"
            item = tcx.hir_item(did)
            ident_span = getattr(getattr(item, "ident", None), "span", None)
            name_span = ident_span if isinstance(ident_span, Span) else tcx.def_span(did)
            span = name_span
            item_span = getattr(item, "span", None)
            if isinstance(item_span, Span) and item_span.lo <= name_span.lo:
                span = Span(item_span.lo, name_span.hi, name_span.ctxt)
            d.with_note(f"`{shown}` is defined in {where}", span)

    def tainted_by_errors(self) -> bool:
        """rustc's `tainted_by_errors`: any error since this body's check began, including
        ones the type lowerer emitted (E0038 on a `dyn` type) — an unknown type is then
        not worth an E0282."""
        return self.error_reported or self.results.tainted_by_errors or self.tcx.dcx.error_count > self.err_count_on_creation

    def emit(self, d: Diagnostic) -> None:
        self.error_reported = self.error_reported or d.is_error
        if d.is_error:
            self.results.tainted_by_errors = True
        self.tcx.emit(d)

    # -- stubs for the construct checkers (implemented by the classes stacked on top) -------------

    def check_expr_with_expectation(self, expr: hir.Expr, expected: Expectation) -> t.Ty:
        raise NotImplementedError

    def check_expr_coercible_to(self, expr: hir.Expr, ty: t.Ty, why: list[tuple[Span, str]] | None = None) -> t.Ty:
        raise NotImplementedError

    def check_pat_top(self, pat: hir.Pat, expected: t.Ty, origin_span: Span | None = None, in_arm: bool = False) -> None:
        raise NotImplementedError

    def check_block(self, block: hir.Block, expected: Expectation) -> t.Ty:
        raise NotImplementedError


def describe_expected(expected: t.Ty, found: t.Ty) -> str:
    return f"`{expected}`" if not _needs_kind_word(expected) else _with_kind(expected)


def describe_found(expected: t.Ty, found: t.Ty) -> str:
    return f"`{found}`" if not _needs_kind_word(found) else _with_kind(found)


def _needs_kind_word(ty: t.Ty) -> bool:
    """rustc writes "found closure" / "found fn item" / "found integer" instead of a
    backticked type in these cases."""
    return isinstance(ty, t.Closure | t.FnDef) or (isinstance(ty, t.Infer) and ty.kind is not t.InferKind.TY)


def _with_kind(ty: t.Ty) -> str:
    if isinstance(ty, t.Infer):
        return "integer" if ty.kind is t.InferKind.INT else "floating-point number"
    if isinstance(ty, t.Closure):
        return "closure"
    if isinstance(ty, t.FnDef):
        return "fn item"
    return f"`{ty}`"


def mismatch_notes(expected: t.Ty, found: t.Ty) -> list[str]:
    """rustc's "expected struct `X`\\n   found struct `Y`" note, given when the short label
    cannot show the difference (same outer type, closures, fn items)."""
    if isinstance(found, t.FnDef) or isinstance(expected, t.FnDef):
        e, f = ty_kind_descr(expected), ty_kind_descr(found)
        pad = " " * max(0, len(e) + 3 - len(f))  # `found ...` aligned under `expected ...`
        return [f"expected {e} `{expected}`\n{pad}found {f} `{found}`"]
    if isinstance(found, t.Closure):
        return [f"expected {ty_kind_descr(expected)} `{expected}`\n     found closure `{found}`"]
    if type(expected) is type(found) and isinstance(expected, t.Adt) and isinstance(found, t.Adt) and expected.def_id == found.def_id:
        e, f = ty_kind_descr(expected), ty_kind_descr(found)
        pad = " " * (len(e) - len(f)) if len(e) >= len(f) else ""
        return [f"expected {e} `{expected}`\n   {pad}found {f} `{found}`"]
    return []


def ty_kind_descr(ty: t.Ty) -> str:
    """rustc's `sort_string` words: "struct", "enum", "reference", "fn item", ..."""
    from ferric.ty.context import current

    if isinstance(ty, t.Adt):
        tcx = current()
        if tcx is not None:
            adt = tcx.adt_def(ty.def_id)
            return adt.kind.value
        return "struct"
    if isinstance(ty, t.Ref):
        return "reference"
    if isinstance(ty, t.FnDef):
        return "fn item"
    if isinstance(ty, t.FnPtr):
        return "fn pointer"
    if isinstance(ty, t.Closure):
        return "closure"
    if isinstance(ty, t.Tuple):
        return "unit type" if not ty.elems else "tuple"
    if isinstance(ty, t.Array):
        return "array"
    if isinstance(ty, t.Slice):
        return "slice"
    if isinstance(ty, t.Param):
        return "type parameter"
    if isinstance(ty, t.Dynamic):
        return "trait object"
    if isinstance(ty, t.RawPtr):
        return "raw pointer"
    return "type"
