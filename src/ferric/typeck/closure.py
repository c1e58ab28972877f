"""Closures: their signatures, and what they capture and how (rustc's `closure.rs` and
`upvar.rs`).

`check_closure` deduces the signature from what the context expects (a `fn` pointer, or
pending `F: Fn(A) -> B` obligations on the expected type, or a parameter's bounds), checks
the body, and returns the closure's type with its kind and captures still open. After the
enclosing body is checked, `analyze_closures` walks each closure body to find the
variables it uses from outside and how (read, mutate, move), which fixes:
- each capture's mode: by value (`move` closures, or a non-`Copy` value moved out), by
  mutable reference (assigned or mutably borrowed), or by shared reference;
- the closure kind: `FnOnce` if it moves a captured value out, `FnMut` if it mutates one,
  `Fn` otherwise.
Captured places are precise (2021 edition): `a.b` rather than `a` when only the field is
used.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, HirId, LocalRes
from ferric.syntax.ast import BinOpKind, CaptureBy, Mutability, UnOp
from ferric.ty import ty as t
from ferric.ty.context import AssocKind
from ferric.ty.predicate import ProjectionPredicate, TraitPredicate
from ferric.typeck.expr import ExprChecker
from ferric.typeck.fcx import Expectation, ReturnCtx, TryContext
from ferric.typeck.results import AdjustKind, CapturedPlace, CaptureKind

MUT = Mutability.MUT
NOT = Mutability.NOT

_FN_LANG = ("fn", "fn_mut", "fn_once")
_KIND_OF_LANG = {"fn": t.CLOSURE_KIND_FN, "fn_mut": t.CLOSURE_KIND_FN_MUT, "fn_once": t.CLOSURE_KIND_FN_ONCE}
_KIND_RANK = {t.CLOSURE_KIND_FN: 0, t.CLOSURE_KIND_FN_MUT: 1, t.CLOSURE_KIND_FN_ONCE: 2}


class ClosureChecker(ExprChecker):
    # -- signatures ----------------------------------------------------------------------------------

    def check_closure(self, expr: hir.ClosureExpr, expected: Expectation) -> t.Ty:
        if expr.is_async and expr.fn_decl_span == expr.span and not expr.decl.inputs:
            return self.check_async_block(expr, expected)
        exp_sig = self.deduce_closure_sig(expected)
        decl = expr.decl
        if exp_sig is not None and len(exp_sig.inputs) != len(decl.inputs):
            # rustc's `sig_of_closure_with_mismatched_number_of_arguments`: E0593 now, and
            # the parameters are errors.
            n, m = len(exp_sig.inputs), len(decl.inputs)
            at = self._deduced_span or expr.span
            # A callee's bound: rustc points at the whole call, or at a method's name.
            site = next((c for (sp, _), c in self.call_sites.items() if sp == at and c.call_span is not None), None)
            if site is not None and site.call_span is not None:
                at = site.call_span
            d = Diagnostic.error(
                f"closure is expected to take {n} argument{'s' if n != 1 else ''}, but it takes {m} argument{'s' if m != 1 else ''}",
                at,
                "E0593",
            )
            d.with_primary(at, f"expected closure that takes {n} argument{'s' if n != 1 else ''}")
            d.with_label(expr.fn_decl_span, f"takes {m} argument{'s' if m != 1 else ''}")
            self.emit(d)
            exp_sig = t.FnSig(tuple(t.ERROR for _ in decl.inputs), t.ERROR)
        written = [None if isinstance(hty, hir.InferTy) else self.lower_ty(hty) for hty in decl.inputs]
        written_out = self.lower_ty(decl.output) if decl.output is not None else None
        if exp_sig is not None and not self._merge_supplied_sig(written, written_out, exp_sig):
            # rustc's `merge_supplied_sig_with_expectation` failed: the written types
            # stand alone (the bound's mismatch is reported at the call, E0631).
            exp_sig = None
        inputs: list[t.Ty] = []
        for i, (hty, ty) in enumerate(zip(decl.inputs, written, strict=True)):
            exp_in = exp_sig.inputs[i] if exp_sig is not None and i < len(exp_sig.inputs) else None
            if ty is None:
                inputs.append(exp_in if exp_in is not None else self.next_ty_var(hty.span))
            else:
                inputs.append(ty)
        if written_out is not None:
            output = written_out
        else:
            output = exp_sig.output if exp_sig is not None else self.next_ty_var(expr.span)
        sig = t.FnSig(tuple(inputs), output)
        body_sig = sig
        parent_args = self.tcx.identity_args(self.owner)
        if expr.is_async:
            # `async |x| body`: calling it gives a future of the body's value (its
            # parameters are captured by the future).
            if decl.output is None and exp_sig is not None:
                exp_out = self.shallow(exp_sig.output)
                body_out = exp_out.return_ty if isinstance(exp_out, t.Coroutine) else self.next_ty_var(expr.span)
            else:
                body_out = output if decl.output is not None else self.next_ty_var(expr.span)
            body_sig = t.FnSig(tuple(inputs), body_out)
            sig = t.FnSig(tuple(inputs), t.Coroutine(expr.def_id, (*parent_args, body_out, t.Tuple(tuple(inputs)))))
        # A kind the context requires (`F: Fn()`) is the closure's kind, as rustc deduces
        # it: a body needing more is then the borrow checker's error, not E0525.
        kind_var = self._deduced_kind if exp_sig is not None and self._deduced_kind is not None else self.next_ty_var(expr.span)
        upvars_var = self.next_ty_var(expr.span)
        closure_ty = t.Closure(expr.def_id, (*parent_args, kind_var, t.FnPtr(sig), upvars_var))
        self.results.closure_sigs[expr.def_id] = sig
        body = self.tcx.body(expr.def_id)
        if body is not None:
            self._check_closure_body(expr, body, body_sig, decl)
        from ferric.typeck.fcx import DeferredClosure

        self.deferred_closures.append(DeferredClosure(expr, closure_ty))
        return closure_ty

    def check_async_block(self, expr: hir.ClosureExpr, expected: Expectation) -> t.Ty:
        """`async { .. }`: a coroutine completing with the block's value (`return` and `?`
        inside leave the block, not the function)."""
        ret = self.next_ty_var(expr.span)
        hint = expected.hint()
        if hint is not None:
            h = self.shallow(hint)
            if isinstance(h, t.Coroutine):
                ret = h.return_ty
        upvars_var = self.next_ty_var(expr.span)
        parent_args = self.tcx.identity_args(self.owner)
        coroutine = t.Coroutine(expr.def_id, (*parent_args, ret, upvars_var))
        body = self.tcx.body(expr.def_id)
        if body is not None:
            self._check_closure_body(expr, body, t.FnSig((), ret), expr.decl)
        from ferric.typeck.fcx import DeferredClosure

        self.deferred_closures.append(DeferredClosure(expr, coroutine))
        return coroutine

    def _merge_supplied_sig(self, written: list[t.Ty | None], written_out: t.Ty | None, exp_sig: t.FnSig) -> bool:
        """Unify the closure's written parameter (and return) types with the expected
        signature, all or nothing: on any mismatch nothing is kept."""
        snap = self.infcx.snapshot()
        pairs = [(w, e) for w, e in zip(written, exp_sig.inputs, strict=False) if w is not None]
        if written_out is not None:
            pairs.append((written_out, exp_sig.output))
        for w, e in pairs:
            if not self.try_equate(w, e):
                self.infcx.rollback_to(snap)
                return False
        return True

    def _check_closure_body(self, expr: hir.ClosureExpr, body: hir.Body, sig: t.FnSig, decl: hir.FnDecl) -> None:
        saved = (self.ret, self.breakables, self.diverges)
        words = "an async block" if expr.is_async else "a closure"
        self.ret = ReturnCtx(sig.output, decl.output.span if decl.output is not None else None, is_closure=True, try_context=TryContext(words, expr.fn_decl_span))
        self.breakables = []
        self.diverges = False
        self.closure_stack.append(expr.def_id)
        try:
            saved_params = self.in_fn_params
            self.in_fn_params = True
            for i, (param, ty) in enumerate(zip(body.params, sig.inputs, strict=False)):
                untyped = i < len(decl.inputs) and isinstance(decl.inputs[i], hir.InferTy)
                self.check_pat_top(param.pat, ty, due_span=param.pat.span if untyped else param.ty_span)
                if isinstance(param.pat, hir.BindingPat) and i < len(decl.inputs) and isinstance(decl.inputs[i], hir.InferTy):
                    self.untyped_closure_params[param.pat.hir_id] = param.pat.span
            self.in_fn_params = saved_params
            self.check_expr_coercible_to(body.value, sig.output)
        finally:
            self.closure_stack.pop()
            self.ret, self.breakables, self.diverges = saved

    _deduced_span: Span | None = None
    """Where the signature `deduce_closure_sig` found comes from (the obligation's span)."""

    _deduced_kind: t.Ty | None = None
    """The closure kind the bounds `deduce_closure_sig` read require (the weakest of them)."""

    def deduce_closure_sig(self, expected: Expectation) -> t.FnSig | None:
        self._deduced_span = None
        self._deduced_kind = None
        hint = expected.hint()
        if hint is None:
            return None
        ty = self.shallow(hint)
        if isinstance(ty, t.FnPtr):
            return ty.sig
        fn_traits = {self.lang.get(n) for n in _FN_LANG} - {None}
        fn_once = self.lang.get("fn_once")
        output_item = self.tcx.find_assoc(fn_once, "Output", AssocKind.TYPE) if fn_once is not None else None
        inputs: tuple[t.Ty, ...] | None = None
        output: t.Ty | None = None
        preds: list[object] = []
        spans: list[Span | None] = []
        if isinstance(ty, t.Infer):
            preds = [p.obl.pred for p in self.fulfill.pending]
            spans = [p.obl.cause.span for p in self.fulfill.pending]
        elif isinstance(ty, t.Param):
            preds = list(self.param_env.clauses)
        elif isinstance(ty, t.Alias):
            from ferric.ty.fold import instantiate

            preds = [instantiate(c, ty.args) for c, _ in self.tcx.item_bounds(ty.def_id)]
        elif isinstance(ty, t.Dynamic) and ty.principal is not None and ty.principal.def_id in fn_traits:
            args = ty.principal.args
            if args and isinstance(args[0], t.Tuple):
                inputs = args[0].elems
            for proj in ty.projections:
                output = proj.term
            return t.FnSig(inputs or (), output or t.UNIT)
        root = self.infcx.root(ty) if isinstance(ty, t.Infer) else ty
        for i, p in enumerate(preds):
            if isinstance(p, TraitPredicate) and p.def_id in fn_traits:
                st = self.shallow(p.self_ty)
                if (self.infcx.root(st) if isinstance(st, t.Infer) else st) is root and len(p.trait_ref.args) > 1:
                    a = self.shallow(p.trait_ref.args[1])  # type: ignore[arg-type]
                    if isinstance(a, t.Tuple):
                        inputs = a.elems
                        self._deduced_span = spans[i] if i < len(spans) else None
                        kind = _KIND_OF_LANG.get(next((n for n in _FN_LANG if self.lang.get(n) == p.def_id), ""))
                        if kind is not None and (self._deduced_kind is None or _KIND_RANK[kind] < _KIND_RANK[self._deduced_kind]):
                            self._deduced_kind = kind
            elif isinstance(p, ProjectionPredicate) and output_item is not None and p.alias.def_id == output_item.def_id:
                st = self.shallow(p.alias.args[0])  # type: ignore[arg-type]
                if (self.infcx.root(st) if isinstance(st, t.Infer) else st) is root:
                    output = p.term
        if inputs is None:
            return None
        return t.FnSig(inputs, output if output is not None else self.next_ty_var())

    # -- capture analysis ----------------------------------------------------------------------------

    def analyze_closures(self) -> None:
        # Innermost closures first, so outer ones see their captures (closures are recorded
        # after their bodies are checked, async blocks before: order by nesting depth).
        def depth(dc: object) -> int:
            n = 0
            d = self.tcx.parent(dc.expr.def_id)  # type: ignore[attr-defined]
            while d is not None and self.tcx.def_kind(d) in (DefKind.CLOSURE, DefKind.INLINE_CONST):
                n += 1
                d = self.tcx.parent(d)
            return n

        # (Siblings in source order: a closure calling an earlier one sees its kind.)
        for dc in sorted(self.deferred_closures, key=lambda dc: -depth(dc)):
            self._analyze_closure(dc.expr, dc.closure_ty)

    def _analyze_closure(self, expr: hir.ClosureExpr, closure_ty: t.Closure | t.Coroutine) -> None:
        body = self.tcx.body(expr.def_id)
        if body is None:
            return
        collector = _CaptureCollector(self, expr.def_id, body)
        collector.run()
        by_move = expr.capture is CaptureBy.VALUE
        places = collector.finish(by_move)
        captures: list[CapturedPlace] = []
        kind = t.CLOSURE_KIND_FN
        for (var, projs), (usage, ty, span) in places.items():
            if usage == "move":
                if kind is not t.CLOSURE_KIND_FN_ONCE and isinstance(span, Span):
                    self.results.closure_kind_origins[expr.def_id] = span
                kind = t.CLOSURE_KIND_FN_ONCE
            elif usage in ("mut", "unique") and kind is t.CLOSURE_KIND_FN:
                kind = t.CLOSURE_KIND_FN_MUT
            if by_move or usage == "move":
                ck = CaptureKind.BY_VALUE
            elif usage == "mut":
                ck = CaptureKind.BY_MUT_REF
            elif usage == "unique":
                ck = CaptureKind.BY_UNIQUE_REF
            else:
                ck = CaptureKind.BY_REF
            captures.append(CapturedPlace(var, projs, ck, ty, span))
        self.results.closure_captures[expr.def_id] = captures
        self.results.closure_kinds[expr.def_id] = kind
        upvar_tys: list[t.Ty] = []
        for c in captures:
            if c.kind is CaptureKind.BY_VALUE:
                upvar_tys.append(c.ty)
            else:
                mutbl = MUT if c.kind in (CaptureKind.BY_MUT_REF, CaptureKind.BY_UNIQUE_REF) else NOT
                upvar_tys.append(t.Ref(self.infcx.next_region_var(), c.ty, mutbl))
        if isinstance(closure_ty, t.Closure):
            fixed = self.shallow(closure_ty.kind_ty)
            if isinstance(fixed, t.Infer):
                self.try_equate(closure_ty.kind_ty, kind)
            else:
                self.results.closure_kinds[expr.def_id] = fixed
        self.try_equate(closure_ty.upvars_ty, t.Tuple(tuple(upvar_tys)))
        # An outer closure that contains this one uses its captures too.
        self.inner_captures[expr.def_id] = captures

    @property
    def inner_captures(self) -> dict[DefId, list[CapturedPlace]]:
        d = getattr(self, "_inner_captures", None)
        if d is None:
            d = {}
            self._inner_captures = d
        return d


@dataclass(slots=True)
class _Place:
    var: HirId
    projs: tuple[str, ...]
    ty: t.Ty
    span: Span
    before_deref: tuple[tuple[str, ...], t.Ty] | None = None
    """The place up to its first deref, and its type (`g` for `(*g).names`)."""


_RANK = {"read": 0, "unique": 1, "mut": 2, "move": 3}


class _CaptureCollector:
    """Walks a closure body noting, for each outer variable place it uses, the strongest
    use: "read" < "unique" < "mut" < "move" (rustc's ExprUseVisitor, for captures).
    "unique" is a mutation through the `&mut` reference a variable holds (`r.push(1)`,
    `r[0] = 1` with `r: &mut Vec<_>`): rustc captures `*r` by mutable borrow, which needs
    no `mut` on `r`; captures end at derefs here, so that is a unique borrow of `r`."""

    def __init__(self, fcx: ClosureChecker, closure: DefId, body: hir.Body) -> None:
        self.fcx = fcx
        self.closure = closure
        self.body = body
        self.inside: set[HirId] = set()
        self.uses: dict[tuple[HirId, tuple[str, ...]], tuple[str, t.Ty, Span]] = {}
        self.order: list[tuple[HirId, tuple[str, ...]]] = []
        self.before_deref: dict[tuple[HirId, tuple[str, ...]], tuple[tuple[str, ...], t.Ty]] = {}

    def run(self) -> None:
        for p in self.body.params:
            self._bindings(p.pat)
        self.consume(self.body.value)

    def finish(self, by_move: bool) -> dict[tuple[HirId, tuple[str, ...]], tuple[str, t.Ty, Span]]:
        # A place captured by value ends before its first deref (rustc's
        # `adjust_for_move_closure`): a `move` closure using `g.names` with `g: &G` takes
        # the reference `g`.
        for key in list(self.order):
            trunc = self.before_deref.get(key)
            use, _ty, span = self.uses[key]
            if trunc is None or not (by_move or use == "move"):
                continue
            new_key = (key[0], trunc[0])
            self.order.remove(key)
            del self.uses[key]
            prev = self.uses.get(new_key)
            if prev is None:
                self.uses[new_key] = (use, trunc[1], span)
                self.order.append(new_key)
            elif _RANK[use] > _RANK[prev[0]]:
                self.uses[new_key] = (use, prev[1], prev[2])
        # A place taken by value that is not `Copy` ends before any field of a type with
        # `Drop` (rustc's `restrict_precision_for_drop_types`: a field is never moved out of
        # such a value, the closure takes all of it).
        for key in list(self.order):
            use, ty, span = self.uses[key]
            if not key[1] or not (by_move or use == "move") or self.fcx.is_copy(self.fcx.resolve(ty)):
                continue
            cut = self._drop_prefix(key[0], key[1])
            if cut is None:
                continue
            new_key = (key[0], key[1][: cut[0]])
            self.order.remove(key)
            del self.uses[key]
            prev = self.uses.get(new_key)
            if prev is None:
                self.uses[new_key] = (use, cut[1], span)
                self.order.append(new_key)
            elif _RANK[use] > _RANK[prev[0]]:
                self.uses[new_key] = (use, prev[1], prev[2])
        # Keep a place only if no ancestor place is captured (the ancestor covers it).
        out: dict[tuple[HirId, tuple[str, ...]], tuple[str, t.Ty, Span]] = {}
        keys = self.order
        for key in keys:
            var, projs = key
            ancestor = next(
                (k for k in keys if k[0] == var and len(k[1]) < len(projs) and projs[: len(k[1])] == k[1]), None
            )
            if ancestor is not None:
                a_use, a_ty, a_span = self.uses[ancestor]
                use = self.uses[key][0]
                if _RANK[use] > _RANK[a_use]:
                    self.uses[ancestor] = (use, a_ty, a_span)
                continue
            out[key] = self.uses[key]
        # Ancestors may have been strengthened after being copied: refresh.
        return {k: self.uses[k] for k in out}

    def _drop_prefix(self, var: HirId, projs: tuple[str, ...]) -> tuple[int, t.Ty] | None:
        """The length and type of the shortest prefix of the place `var.projs` whose type
        has a `Drop` impl, if one does."""
        tcx = self.fcx.tcx
        drop_adts = tcx.adts_with_drop()
        ty = self.fcx.locals.get(var)
        for i, name in enumerate(projs):
            if ty is None:
                return None
            ty = self.fcx.resolve(ty)
            if isinstance(ty, t.Tuple) and name.isdigit() and int(name) < len(ty.elems):
                ty = ty.elems[int(name)]
                continue
            if not isinstance(ty, t.Adt):
                return None
            if ty.def_id in drop_adts:
                return i, ty
            adt = tcx.adt_def(ty.def_id)
            if adt.is_enum:
                return None
            found = adt.non_enum_variant().field_named(name)
            if found is None:
                return None
            ty = tcx.field_ty(found[1], ty.args)
        return None

    # -- bindings inside the closure ---------------------------------------------------------------

    def _bindings(self, pat: hir.Pat) -> None:
        stack = [pat]
        while stack:
            p = stack.pop()
            if isinstance(p, hir.BindingPat):
                self.inside.add(p.hir_id)
                if p.sub is not None:
                    stack.append(p.sub)
            elif isinstance(p, hir.TuplePat | hir.TupleStructPat | hir.OrPat):
                stack.extend(p.pats)
            elif isinstance(p, hir.StructPat):
                stack.extend(f.pat for f in p.fields)
            elif isinstance(p, hir.RefPat | hir.BoxPat | hir.DerefPat):
                stack.append(p.pat)
            elif isinstance(p, hir.SlicePat):
                stack.extend(p.before)
                stack.extend(p.after)
                if p.slice is not None:
                    stack.append(p.slice)

    # -- places ---------------------------------------------------------------------------------------

    def place_of(self, e: hir.Expr) -> _Place | None:
        """The outer-variable place an expression denotes (a captured local, through
        fields only), or None."""
        projs: list[str] = []
        cur = e
        deref_base: hir.Expr | None = None
        while isinstance(cur, hir.FieldExpr):
            adjs = self.fcx.results.adjustments.get(cur.expr.hir_id)
            if adjs:
                # Auto-deref in between: the place is the base (through a reference).
                projs = []
                if any(a.kind is AdjustKind.DEREF and a.method is not None for a in adjs):
                    # An overloaded deref (`arc.field`) is a call: the place ends before it.
                    cur = cur.expr
                    deref_base = None
                    continue
                deref_base = cur.expr
            projs.append(cur.ident.name)
            cur = cur.expr
        if isinstance(cur, hir.PathExpr) and isinstance(cur.qpath, hir.ResolvedPath):
            res = cur.qpath.path.res
            if isinstance(res, LocalRes) and res.hir_id not in self.inside and res.hir_id in self.fcx.locals:
                projs.reverse()
                ty = self.fcx.results.node_types.get(e.hir_id, t.ERROR) if projs else self.fcx.locals[res.hir_id]
                before_deref = None
                if deref_base is not None:
                    # (The deref comes before the last field: `(*g).names`.)
                    base_ty = self.fcx.results.node_types.get(deref_base.hir_id, t.ERROR)
                    before_deref = (tuple(projs[:-1]), base_ty)
                return _Place(res.hir_id, tuple(projs), ty, e.span, before_deref)
        return None

    def note(self, place: _Place, use: str) -> None:
        key = (place.var, place.projs)
        if place.before_deref is not None:
            self.before_deref[key] = place.before_deref
        prev = self.uses.get(key)
        if prev is None:
            self.uses[key] = (use, place.ty, place.span)
            self.order.append(key)
        elif _RANK[use] > _RANK[prev[0]]:
            self.uses[key] = (use, prev[1], prev[2])

    def base_place(self, e: hir.Expr) -> _Place | None:
        """For `*x`, `x[i]`, `x.f` through a deref: the longest place a closure can capture
        that `e` goes through (`s.w[0]` uses `s.w`, `*s.r` uses `s.r`: rustc keeps the field
        path up to the first index or deref)."""
        cur = e
        while isinstance(cur, hir.FieldExpr | hir.IndexExpr) or (isinstance(cur, hir.UnaryExpr) and cur.op is UnOp.DEREF):
            cur = cur.expr
            place = self.place_of(cur)
            if place is not None:
                return place
        return None

    # -- uses ---------------------------------------------------------------------------------------

    def consume(self, e: hir.Expr) -> None:
        place = self.place_of(e)
        if place is not None:
            ty = self.fcx.resolve(self.fcx.results.expr_ty_adjusted(e.hir_id))
            adj = self.fcx.results.adjustments.get(e.hir_id)
            if adj and adj[-1].kind is AdjustKind.BORROW:
                self.note(place, "mut" if adj[-1].mutbl is MUT else "read")
            elif adj and adj[-1].kind is AdjustKind.REBORROW:
                # `&mut *r` passed on: a unique borrow of what `r` points to, not a move of `r`.
                self.note(place, self._through(place))
            elif self.fcx.is_copy(ty):
                self.note(place, "read")
            else:
                self.note(place, "move")
            return
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
            base = self.base_place(e)
            if base is not None:
                self.note(base, "read")
                self._walk_index_parts(e)
                return
        self.walk(e)

    def borrow(self, e: hir.Expr, mutbl: Mutability) -> None:
        place = self.place_of(e)
        if place is not None:
            self.note(place, "mut" if mutbl is MUT else "read")
            return
        base = self.base_place(e)
        if base is not None:
            use = self._through(base) if mutbl is MUT else "read"
            if use == "unique" and isinstance(e, hir.UnaryExpr) and self.place_of(e.expr) is not None:
                # The capture is of `*r`: rustc points at the whole `*r`.
                base = _Place(base.var, base.projs, base.ty, e.span, base.before_deref)
            self.note(base, use)
            self._walk_index_parts(e)
            return
        self.walk(e)

    def _through(self, place: _Place) -> str:
        """The use of `place` by a mutation of what it points to: "unique" through a `&mut`
        reference (no `mut` needed on the variable), else "mut"."""
        ty = self.fcx.resolve(place.ty)
        return "unique" if isinstance(ty, t.Ref) and ty.mutbl is MUT else "mut"

    def mutate(self, e: hir.Expr) -> None:
        self.borrow(e, MUT)

    def _walk_index_parts(self, e: hir.Expr) -> None:
        cur = e
        while isinstance(cur, hir.FieldExpr | hir.IndexExpr | hir.UnaryExpr):
            if isinstance(cur, hir.IndexExpr):
                self.consume(cur.index)
            cur = cur.expr

    def walk(self, e: hir.Expr) -> None:
        fcx = self.fcx
        if isinstance(e, hir.PathExpr):
            place = self.place_of(e)
            if place is not None:
                self.note(place, "read")
            return
        if isinstance(e, hir.MethodCallExpr):
            adj = fcx.results.adjustments.get(e.receiver.hir_id)
            recv_ty = fcx.resolve(fcx.results.expr_ty(e.receiver.hir_id))
            recv = self.place_of(e.receiver)
            if (adj and any(a.kind is AdjustKind.REBORROW for a in adj)) or (not adj and isinstance(recv_ty, t.Ref) and recv_ty.mutbl is MUT):
                # A `&mut` receiver is reborrowed (`&mut *r`), not moved.
                if recv is not None:
                    self.note(recv, self._through(recv))
                else:
                    self.borrow(e.receiver, MUT)
            elif adj and any(a.kind is AdjustKind.BORROW for a in adj):
                borrow = next(a for a in adj if a.kind is AdjustKind.BORROW)
                if recv is not None and borrow.mutbl is MUT and adj[0].kind is AdjustKind.DEREF and adj[0].method is None:
                    # `r.push(x)` with `r: &mut Vec<_>`: auto-deref, then `&mut *r`.
                    self.note(recv, self._through(recv))
                else:
                    self.borrow(e.receiver, borrow.mutbl or NOT)
            else:
                self.consume(e.receiver)
            for a in e.args:
                self.consume(a)
            return
        if isinstance(e, hir.CallExpr):
            callee_ty = fcx.resolve(fcx.results.expr_ty(e.func.hir_id))
            op = fcx.results.operator_methods.get(e.hir_id)
            name = fcx.tcx.item_name(op[0]) if op is not None else None
            if isinstance(callee_ty, t.Closure):
                kind = fcx.resolve(callee_ty.kind_ty)
                if kind is t.CLOSURE_KIND_FN_ONCE:
                    self.consume(e.func)
                else:
                    self.borrow(e.func, MUT if kind is t.CLOSURE_KIND_FN_MUT else NOT)
            elif name == "call_mut":
                self.borrow(e.func, MUT)
            elif name == "call":
                self.borrow(e.func, NOT)
            else:
                self.consume(e.func)
            for a in e.args:
                self.consume(a)
            return
        if isinstance(e, hir.AddrOfExpr):
            self.borrow(e.expr, e.mutbl)
            return
        if isinstance(e, hir.AssignExpr):
            self.mutate(e.lhs)
            self.consume(e.rhs)
            return
        if isinstance(e, hir.AssignOpExpr):
            self.mutate(e.lhs)
            self.consume(e.rhs)
            return
        if isinstance(e, hir.BinaryExpr):
            if e.op in (BinOpKind.EQ, BinOpKind.NE, BinOpKind.LT, BinOpKind.LE, BinOpKind.GT, BinOpKind.GE) and e.hir_id in fcx.results.operator_methods:
                self.borrow(e.lhs, NOT)
                self.borrow(e.rhs, NOT)
                return
            self.consume(e.lhs)
            self.consume(e.rhs)
            return
        if isinstance(e, hir.UnaryExpr):
            if e.op is UnOp.DEREF:
                base = self.base_place(e)
                if base is not None:
                    self.note(base, "read")
                    self._walk_index_parts(e)
                    return
            self.consume(e.expr)
            return
        if isinstance(e, hir.FieldExpr):
            place = self.place_of(e)
            if place is not None:
                self.note(place, "read")
                return
            base = self.base_place(e)
            if base is not None:
                self.note(base, "read")
                self._walk_index_parts(e)
                return
            self.walk(e.expr)
            return
        if isinstance(e, hir.IndexExpr):
            base = self.base_place(e)
            if base is not None:
                self.note(base, "read")
                self._walk_index_parts(e)  # (`a[r][k]` uses `r` and `k`)
            else:
                self.walk(e.expr)
                self.consume(e.index)
            return
        if isinstance(e, hir.BlockExpr):
            self.walk_block(e.block)
            return
        if isinstance(e, hir.IfExpr):
            self.consume(e.cond)
            self.walk_block(e.then.block)
            if e.els is not None:
                self.consume(e.els)
            return
        if isinstance(e, hir.LoopExpr):
            self.walk_block(e.body)
            return
        if isinstance(e, hir.MatchExpr):
            self.match_scrutinee(e.scrutinee, [a.pat for a in e.arms])
            for arm in e.arms:
                self._bindings(arm.pat)
                if arm.guard is not None:
                    self.consume(arm.guard)
                self.consume(arm.body)
            return
        if isinstance(e, hir.LetExpr):
            self.match_scrutinee(e.init, [e.pat])
            self._bindings(e.pat)
            return
        if isinstance(e, hir.ClosureExpr):
            for c in self.fcx.inner_captures.get(e.def_id, []):
                if c.var in self.inside:
                    continue
                ty = c.ty
                use = {CaptureKind.BY_VALUE: "move", CaptureKind.BY_MUT_REF: "mut", CaptureKind.BY_UNIQUE_REF: "unique"}.get(c.kind, "read")
                if use == "move" and fcx.is_copy(ty):
                    use = "read"
                # (Where the inner closure uses it: rustc's capture info for the outer one.)
                at = c.span if isinstance(c.span, Span) else e.span
                self.note(_Place(c.var, c.projections, ty, at), use)
            return
        if isinstance(e, hir.TupleExpr | hir.ArrayExpr):
            for x in e.elems:
                self.consume(x)
            return
        if isinstance(e, hir.StructExpr):
            for f in e.fields:
                self.consume(f.expr)
            if e.base is not None:
                self.consume(e.base)
            return
        if isinstance(e, hir.RepeatExpr):
            self.consume(e.elem)
            return
        if isinstance(e, hir.CastExpr):
            self.consume(e.expr)
            return
        if isinstance(e, hir.RetExpr | hir.BreakExpr):
            if e.expr is not None:
                self.consume(e.expr)
            return
        if isinstance(e, hir.FormatArgsExpr):
            for x in e.hir_exprs:
                self.borrow(x, NOT)
            return

    def walk_block(self, block: hir.Block) -> None:
        for s in block.stmts:
            if isinstance(s, hir.LetStmt):
                if s.init is not None:
                    self.match_scrutinee(s.init, [s.pat])
                self._bindings(s.pat)
                if s.els is not None:
                    self.walk_block(s.els)
            elif isinstance(s, hir.ExprStmt | hir.SemiStmt):
                self.consume(s.expr)
        if block.expr is not None:
            self.consume(block.expr)

    def match_scrutinee(self, scrut: hir.Expr, pats: list[hir.Pat]) -> None:
        """A place matched by patterns: moved if a pattern binds a non-Copy part by value,
        mutably borrowed for `ref mut` bindings, read otherwise (a wildcard-only match of a
        place does not capture it in 2021, but a read is harmless for the kind)."""
        place = self.place_of(scrut)
        if place is None:
            self.consume(scrut)
            return
        use = "read"
        for p in pats:
            use = max(use, self._pat_use(p), key=lambda u: _RANK[u])
        self.note(place, use)

    def _pat_use(self, pat: hir.Pat) -> str:
        results = self.fcx.results
        use = "read"
        stack = [pat]
        while stack:
            p = stack.pop()
            if isinstance(p, hir.BindingPat):
                bm = results.pat_binding_modes.get(p.hir_id)
                if bm is not None and bm.by_ref is None:
                    ty = results.node_types.get(p.hir_id)
                    if ty is not None and not self.fcx.is_copy(self.fcx.resolve(ty)):
                        return "move"
                elif bm is not None and bm.by_ref is MUT:
                    use = "mut"
                if p.sub is not None:
                    stack.append(p.sub)
            elif isinstance(p, hir.TuplePat | hir.TupleStructPat | hir.OrPat):
                stack.extend(p.pats)
            elif isinstance(p, hir.StructPat):
                stack.extend(f.pat for f in p.fields)
            elif isinstance(p, hir.RefPat | hir.BoxPat | hir.DerefPat):
                stack.append(p.pat)
            elif isinstance(p, hir.SlicePat):
                stack.extend(p.before)
                stack.extend(p.after)
                if p.slice is not None:
                    stack.append(p.slice)
        return use
