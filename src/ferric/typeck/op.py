"""Operators (rustc's `op.rs`): binary, compound assignment and unary operators.

Primitive operands use the built-in rules (both sides the same integer or float type,
shifts with any integer on the right, comparisons giving `bool`); anything else is a call
of the operator trait's method (`Add::add`, `PartialEq::eq`, `Neg::neg`, ...), whose
`Output` is the expression's type. Failures are rustc's E0369 ("binary operation `+`
cannot be applied to type `X`"), E0368 (compound assignment) and E0600 (unary).
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId
from ferric.syntax.ast import BinOpKind, Mutability, UnOp
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.ty import ty as t
from ferric.ty.context import AssocKind
from ferric.ty.fold import erase_regions
from ferric.ty.predicate import TraitPredicate, TraitRef
from ferric.typeck.errors import names_param
from ferric.typeck.fcx import NO_EXPECTATION, Expectation, expect_has_type
from ferric.typeck.pat import PatChecker

B = BinOpKind

_BIN_LANG = {
    B.ADD: ("add", "add"),
    B.SUB: ("sub", "sub"),
    B.MUL: ("mul", "mul"),
    B.DIV: ("div", "div"),
    B.REM: ("rem", "rem"),
    B.BIT_AND: ("bitand", "bitand"),
    B.BIT_OR: ("bitor", "bitor"),
    B.BIT_XOR: ("bitxor", "bitxor"),
    B.SHL: ("shl", "shl"),
    B.SHR: ("shr", "shr"),
    B.EQ: ("eq", "eq"),
    B.NE: ("eq", "ne"),
    B.LT: ("partial_ord", "lt"),
    B.LE: ("partial_ord", "le"),
    B.GT: ("partial_ord", "gt"),
    B.GE: ("partial_ord", "ge"),
}
_TRAIT_NAMES = {
    "add": "Add", "sub": "Sub", "mul": "Mul", "div": "Div", "rem": "Rem",
    "bitand": "BitAnd", "bitor": "BitOr", "bitxor": "BitXor", "shl": "Shl", "shr": "Shr",
    "eq": "PartialEq", "partial_ord": "PartialOrd",
}




_ASSIGN_LANG = {
    B.ADD: ("add_assign", "add_assign"),
    B.SUB: ("sub_assign", "sub_assign"),
    B.MUL: ("mul_assign", "mul_assign"),
    B.DIV: ("div_assign", "div_assign"),
    B.REM: ("rem_assign", "rem_assign"),
    B.BIT_AND: ("bitand_assign", "bitand_assign"),
    B.BIT_OR: ("bitor_assign", "bitor_assign"),
    B.BIT_XOR: ("bitxor_assign", "bitxor_assign"),
    B.SHL: ("shl_assign", "shl_assign"),
    B.SHR: ("shr_assign", "shr_assign"),
}
_COMPARISON = frozenset({B.EQ, B.NE, B.LT, B.LE, B.GT, B.GE})
_SHIFT = frozenset({B.SHL, B.SHR})
_BITWISE = frozenset({B.BIT_AND, B.BIT_OR, B.BIT_XOR})


def _is_int(ty: t.Ty) -> bool:
    return isinstance(ty, t.Int | t.Uint) or (isinstance(ty, t.Infer) and ty.kind is t.InferKind.INT)


def _is_float(ty: t.Ty) -> bool:
    return isinstance(ty, t.Float) or (isinstance(ty, t.Infer) and ty.kind is t.InferKind.FLOAT)


def _is_builtin_scalar(ty: t.Ty) -> bool:
    return _is_int(ty) or _is_float(ty) or isinstance(ty, t.Bool | t.Char | t.RawPtr | t.FnPtr)


class OpChecker(PatChecker):
    def op_words(self, op: BinOpKind) -> str:
        return op.value

    # -- binary ---------------------------------------------------------------------------------

    def check_binop(self, expr: hir.BinaryExpr, expected: Expectation) -> t.Ty:
        op = expr.op
        if op is B.AND or op is B.OR:
            lhs_ty = self.check_expr_coercible_to(expr.lhs, t.BOOL)
            saved = self.diverges
            # rustc names the lhs as the reason for the rhs's `bool`.
            self.check_expr_coercible_to(expr.rhs, t.BOOL, [(expr.lhs.span, f"expected because this is `{self.resolve(lhs_ty)}`")])
            self.diverges = saved
            return t.BOOL
        lhs_ty = self.check_expr_with_expectation(expr.lhs, NO_EXPECTATION)
        lt = self.structurally_resolve(lhs_ty, expr.lhs.span)
        guided = self._rhs_through_trait(expr.rhs, op, lt, lhs_ty, _BIN_LANG[op][0], expr.op_span)
        if guided is not None:
            rhs_ty = guided
        else:
            # A builtin-looking lhs gives the rhs its expectation (so `x + 1` types the `1`).
            rhs_expect = expect_has_type(lt) if _is_builtin_scalar(lt) and op not in _SHIFT else NO_EXPECTATION
            rhs_ty = self.check_expr_with_expectation(expr.rhs, rhs_expect)
        r = self.structurally_resolve(rhs_ty, expr.rhs.span)
        if isinstance(lt, t.Error) or isinstance(r, t.Error):
            return t.ERROR if op not in _COMPARISON else t.BOOL
        if guided is not None:
            out = self._overloaded_output(expr, op, lhs_ty, rhs_ty)
        elif self._builtin_binop(op, lt, r):
            return self._enforce_builtin(expr, op, lt, r)
        else:
            out = self._overloaded_binop(expr, op, lt, r, lhs_ty, rhs_ty, expected)
        return self._enforce_through_ref(expr.rhs.span, op, lhs_ty, rhs_ty, out)

    def _enforce_through_ref(self, rhs_span: Span, op: BinOpKind, lhs_ty: t.Ty, rhs_ty: t.Ty, out: t.Ty) -> t.Ty:
        """rustc's `is_builtin_binop` / `enforce_builtin_binop_types` after an overloaded
        operator: with one layer of reference peeled off each side, two integers (floats,
        scalars for comparisons) still obey the built-in rule — the sides unify and the
        result is the lhs's pointee. So `&5 % &3` is `{integer}` (not an unknown `Output`
        that falls back on its own) and `&a + &b` with `i32`/`i64` is also E0308."""
        lt, r = self.resolve(lhs_ty), self.resolve(rhs_ty)
        if not isinstance(lt, t.Ref) and not isinstance(r, t.Ref):
            return out
        if lt.is_ty_var or r.is_ty_var:
            return out
        dl = self.resolve(lt.pointee) if isinstance(lt, t.Ref) else lt
        dr = self.resolve(r.pointee) if isinstance(r, t.Ref) else r
        if isinstance(dl, t.Error) or isinstance(dr, t.Error) or not self._builtin_binop(op, dl, dr):
            return out
        if op not in _SHIFT and not self.try_equate(dl, dr):
            self.report_mismatch(rhs_span, dl, dr)
        result = t.BOOL if op in _COMPARISON else dl
        if not isinstance(self.resolve(out), t.Error):
            self.try_equate(result, out)
        return result

    def _rhs_through_trait(self, rhs: hir.Expr, op: BinOpKind, lt: t.Ty, lhs_ty: t.Ty, lang: str, op_span: Span) -> t.Ty | None:
        """rustc's order for an overloaded operator: the rhs is a fresh variable in
        `Lhs: Trait<?R>`, pending obligations are processed (a single impl fixes `?R`), and
        then the rhs is checked and coerced to `?R` — so `s += &string` coerces `&String` to
        the `&str` of `impl AddAssign<&str> for String`. Returns the rhs type, or None (not
        checked) when the lhs is a scalar (built-in rules apply) or the trait cannot hold."""
        if _is_builtin_scalar(lt) or isinstance(lt, t.Error | t.Infer):
            return None
        trait_id = self.lang.get(lang)
        if trait_id is None:
            return None
        rhs_var = self.next_ty_var(rhs.span)
        if self.type_implements(lt, trait_id, (rhs_var,)) is False:
            return None
        self._register_op_bound(trait_id, lhs_ty, rhs_var, op_span)
        self.select_obligations_where_possible()
        rhs_ty = self.check_expr_with_expectation(rhs, expect_has_type(rhs_var))
        if not self.coerce(rhs, rhs_ty, rhs_var, rhs.span):
            # (a coercion: rustc's `demand_coerce` and its fix-its, `&s` for a `String`)
            self.report_mismatch(rhs.span, rhs_var, rhs_ty, expr=rhs)
        return rhs_var

    def _register_op_bound(self, trait_id: DefId, lhs: t.Ty, rhs: t.Ty, span: Span) -> None:
        """`Lhs: OpTrait<Rhs>`, caused by the operator at `span`."""
        self.register(TraitPredicate(TraitRef(trait_id, (lhs, rhs))), ObligationCause(span, CauseKind.BINOP))

    def _overloaded_output(self, expr: hir.BinaryExpr, op: BinOpKind, lhs_ty: t.Ty, rhs_ty: t.Ty) -> t.Ty:
        """The result of an overloaded operator whose obligation is registered."""
        lang, method = _BIN_LANG[op]
        trait_id = self.lang.get(lang)
        if trait_id is None:
            return t.ERROR
        method_item = self.tcx.find_assoc(trait_id, method, AssocKind.FN)
        if method_item is not None:
            self.results.operator_methods[expr.hir_id] = (method_item.def_id, (lhs_ty, rhs_ty))
        if op in _COMPARISON:
            return t.BOOL
        out = self.tcx.find_assoc(trait_id, "Output", AssocKind.TYPE)
        if out is None:
            return t.ERROR
        return self.normalize(t.Alias(t.AliasKind.PROJECTION, out.def_id, (lhs_ty, rhs_ty)), expr.span)

    def _builtin_binop(self, op: BinOpKind, lt: t.Ty, r: t.Ty) -> bool:
        if op in _SHIFT:
            return _is_int(lt) and _is_int(r)
        if op in _BITWISE:
            return (_is_int(lt) and _is_int(r)) or (isinstance(lt, t.Bool) and isinstance(r, t.Bool))
        if op in _COMPARISON:
            # Two scalars compare by the built-in rule: a mismatch is E0308 (`count ==
            # ratio` with `i32` and `f64`), not a missing `PartialEq` impl.
            return _is_builtin_scalar(lt) and _is_builtin_scalar(r)
        return (_is_int(lt) and _is_int(r)) or (_is_float(lt) and _is_float(r))

    def _enforce_builtin(self, expr: hir.BinaryExpr, op: BinOpKind, lt: t.Ty, r: t.Ty) -> t.Ty:
        if op in _SHIFT:
            return lt
        if not self.try_equate(lt, r):
            # rustc looks the operator up as a trait method, then enforces the built-in
            # rule: both the mismatch (E0308) and the missing impl (E0277, "cannot add
            # `i64` to `i32`") are reported.
            if op in _COMPARISON:
                # rustc checks the rhs against the lhs's type, naming it as the reason.
                from ferric.typeck.suggest import comparison_suggestion

                label = (expr.lhs.span, f"expected because this is `{self.resolve(lt)}`")
                sugg = comparison_suggestion(self, expr.lhs, expr.rhs, self.resolve(lt), self.resolve(r))
                self.report_mismatch(expr.rhs.span, lt, r, labels=[label], suggestions=[sugg] if sugg is not None else None)
            else:
                self.report_mismatch(expr.rhs.span, lt, r)
            trait_id = self.lang.get(_BIN_LANG[op][0]) if op not in _COMPARISON else None
            if trait_id is not None:
                self._register_op_bound(trait_id, lt, r, expr.op_span)
            return t.ERROR if op not in _COMPARISON else t.BOOL
        return t.BOOL if op in _COMPARISON else lt

    def _overloaded_binop(
        self, expr: hir.BinaryExpr, op: BinOpKind, lt: t.Ty, r: t.Ty, lhs_ty: t.Ty, rhs_ty: t.Ty,
        expected: Expectation = NO_EXPECTATION,
    ) -> t.Ty:
        lang, method = _BIN_LANG[op]
        trait_id = self.lang.get(lang)
        if trait_id is None:
            return t.ERROR
        # Integer/float literals on the right take the lhs's numeric type when it has one.
        if isinstance(lt, t.Int | t.Uint | t.Float) and isinstance(r, t.Infer) and r.kind is not t.InferKind.TY:
            self.try_equate(lt, r)
        ok = self.type_implements(lt, trait_id, (r,))
        if ok is False:
            rr = self.resolve(r)
            some_rhs = self.type_implements(lt, trait_id, (self.next_ty_var(expr.op_span),)) is not False
            if (_is_int(lt) or _is_float(lt)) and some_rhs:
                # The lhs implements the operator for some rhs (rustc looked the method up
                # with an unknown rhs): the failed `i32: Add<i64>` is E0277 ("cannot add
                # `i64` to `i32`"); two integers or two floats also mismatch (E0308).
                if (_is_int(lt) and _is_int(rr)) or (_is_float(lt) and _is_float(rr)):
                    self.report_mismatch(expr.rhs.span, lt, r)
                self._register_op_bound(trait_id, lhs_ty, rhs_ty, expr.op_span)
                return t.ERROR if op not in _COMPARISON else t.BOOL
            self.report_binop_error(expr, op, lt, r, expected)
            return t.ERROR if op not in _COMPARISON else t.BOOL
        self._register_op_bound(trait_id, lhs_ty, rhs_ty, expr.op_span)
        method_item = self.tcx.find_assoc(trait_id, method, AssocKind.FN)
        if method_item is not None:
            self.results.operator_methods[expr.hir_id] = (method_item.def_id, (lhs_ty, rhs_ty))
        if op in _COMPARISON:
            return t.BOOL
        out = self.tcx.find_assoc(trait_id, "Output", AssocKind.TYPE)
        if out is None:
            return t.ERROR
        output = self.normalize(t.Alias(t.AliasKind.PROJECTION, out.def_id, (lhs_ty, rhs_ty)), expr.span)
        return self._builtin_through_refs(op, lt, r, output)

    def _builtin_through_refs(self, op: BinOpKind, lt: t.Ty, r: t.Ty, output: t.Ty) -> t.Ty:
        """rustc's `is_builtin_binop` peels one layer of reference from each side: for
        `&{integer} % {integer}` or `5.0 + &6.0f32` the overloaded call stays, but its
        result is the built-in one (the sides' common type), so a method call on it need
        not wait for integer fallback."""
        pl = lt.pointee if isinstance(lt, t.Ref) else lt
        pr = r.pointee if isinstance(r, t.Ref) else r
        pl, pr = self.resolve(pl), self.resolve(pr)
        if (pl is lt and pr is r) or op in _COMPARISON or not self._builtin_binop(op, pl, pr):
            return output
        if op not in _SHIFT and not self.try_equate(pl, pr):
            return output
        return output if not self.try_equate(output, pl) else pl

    def report_binop_error(
        self, expr: hir.BinaryExpr, op: BinOpKind, lt: t.Ty, r: t.Ty, expected: Expectation = NO_EXPECTATION
    ) -> None:
        """E0369 in rustc's words: a verb for arithmetic ("cannot add `R` to `L`"), "no
        implementation for `L op R`" for bit operators and shifts, "binary operation"
        for comparisons; on a type parameter, the bound that would allow it."""
        lt = erase_regions(self.resolve(lt))
        r = erase_regions(self.resolve(r))
        if op is B.ADD:
            msg = f"cannot add `{r}` to `{lt}`"
        elif op is B.SUB:
            msg = f"cannot subtract `{r}` from `{lt}`"
        elif op is B.MUL:
            msg = f"cannot multiply `{lt}` by `{r}`"
        elif op is B.DIV:
            msg = f"cannot divide `{lt}` by `{r}`"
        elif op is B.REM:
            msg = f"cannot calculate the remainder of `{lt}` divided by `{r}`"
        elif op in _BITWISE or op in _SHIFT:
            msg = f"no implementation for `{lt} {op.value} {r}`"
        else:
            msg = f"binary operation `{op.value}` cannot be applied to type `{lt}`"
        d = Diagnostic.error(msg, expr.op_span, "E0369")
        d.with_primary(expr.op_span, "")
        d.with_label(expr.lhs.span, str(lt))
        d.with_label(expr.rhs.span, str(r))
        if not (op is B.ADD and self._str_addition(d, expr, lt, r)):
            self._suggest_param_bound(d, op, lt, r, expected)
            if op in _COMPARISON:
                self._suggest_derive(d, op, lt, r)
            else:
                self._note_unmet_impls(d, _BIN_LANG[op][0], lt, r)
        self.emit(d)

    def _note_unmet_impls(self, d: Diagnostic, lang: str, lt: t.Ty, r: t.Ty | None) -> None:
        """rustc's `note_unmet_impls_on_type` for an operator on an ADT (comparisons have
        `_suggest_derive`): a local type "might be missing" the impl (and the trait "must be
        implemented", at the trait), another crate's type "does not implement" it."""
        from ferric.diag.diagnostic import Label, Level, SubDiagnostic
        from ferric.resolve.defs import LOCAL_CRATE
        from ferric.typeck.errors import header_span

        trait_id = self.lang.get(lang)
        if not isinstance(lt, t.Adt) or trait_id is None:
            return
        name = self.tcx.def_path_str(trait_id)
        shown = name if r is None or (r == lt and not r.flags & t.HAS_INFER) else f"{name}<{r}>"
        at = header_span(self.tcx, lt.def_id)
        if self.tcx.crate_of(lt.def_id) == LOCAL_CRATE:
            d.children.append(
                SubDiagnostic(
                    Level.NOTE,
                    f"an implementation of `{shown}` might be missing for `{lt}`",
                    [Label(at, f"must implement `{shown}`", True)],
                )
            )
            d.with_note(f"the trait `{name}` must be implemented", header_span(self.tcx, trait_id))
        else:
            d.children.append(
                SubDiagnostic(
                    Level.NOTE,
                    f"`{lt}` does not implement `{shown}`",
                    [Label(at, "", True), Label(at, f"`{lt}` is defined in another crate", False)],
                )
            )

    def _suggest_derive(self, d: Diagnostic, op: BinOpKind, lt: t.Ty, r: t.Ty) -> None:
        """rustc's note and `#[derive]` fix for comparing values of a local type that has
        no `PartialEq` / `PartialOrd` impl."""
        from ferric.diag.diagnostic import Label, Level, SubDiagnostic
        from ferric.resolve.defs import LOCAL_CRATE

        if not isinstance(lt, t.Adt) or self.tcx.crate_of(lt.def_id) != LOCAL_CRATE:
            return
        item = self.tcx.hir_item(lt.def_id)
        ident = getattr(item, "ident", None)
        if item is None or ident is None:
            return
        generics = getattr(item, "generics", None)
        hi = ident.span.hi
        if generics is not None and generics.params and generics.span.hi > hi:
            hi = generics.span.hi
        head = Span(item.span.lo, hi, item.span.ctxt)
        trait_name = _TRAIT_NAMES[_BIN_LANG[op][0]]
        shown = trait_name if r == lt and not r.flags & t.HAS_INFER else f"{trait_name}<{r}>"
        d.children.append(
            SubDiagnostic(
                Level.NOTE,
                f"an implementation of `{shown}` might be missing for `{lt}`",
                [Label(head, f"must implement `{shown}`", True)],
            )
        )
        derives = "PartialEq" if trait_name == "PartialEq" else "PartialEq, PartialOrd"
        sf = self.tcx.source_map.lookup_file(head.lo)
        indent = ""
        if sf is not None:
            start = sf.text.rfind("\n", 0, head.lo - sf.start_pos) + 1
            last = sf.text[start : head.lo - sf.start_pos]
            indent = last if not last.strip() else ""
        d.with_suggestion(
            f"consider annotating `{lt}` with `#[derive({derives})]`",
            [(Span(head.lo - len(indent), head.lo - len(indent), head.ctxt), f"{indent}#[derive({derives})]\n")],
            Applicability.MAYBE_INCORRECT,
        )

    def _is_string(self, ty: t.Ty) -> bool:
        return isinstance(ty, t.Adt) and ty.def_id == self.tcx.lang_item("String")

    def _str_addition(self, d: Diagnostic, expr: hir.BinaryExpr, lt: t.Ty, r: t.Ty) -> bool:
        """rustc's `check_str_addition`: `&str + ..` needs an owned `String` on the left.
        True when `d` got its label and fix."""
        def str_ref(ty: t.Ty) -> bool:
            return isinstance(ty, t.Ref) and (isinstance(ty.pointee, t.Str) or self._is_string(ty.pointee))

        if not str_ref(lt):
            return False
        lhs = expr.lhs
        if str_ref(r):
            d.with_label(expr.op_span, "`+` cannot be used to concatenate two `&str` strings")
            d.with_note("string concatenation requires an owned `String` on the left")
            if isinstance(lhs, hir.AddrOfExpr) and self._is_string(erase_regions(self.resolve(self.node_ty(lhs.expr)))):
                d.with_suggestion(
                    "remove the borrow to obtain an owned `String`",
                    [(Span(lhs.span.lo, lhs.expr.span.lo, lhs.span.ctxt), "")],
                    Applicability.MACHINE_APPLICABLE,
                )
            else:
                d.with_suggestion(
                    "create an owned `String` from a string reference",
                    [(lhs.span.shrink_to_hi(), ".to_owned()")],
                    Applicability.MACHINE_APPLICABLE,
                )
            return True
        if self._is_string(r) and isinstance(lt, t.Ref) and isinstance(lt.pointee, t.Str):
            d.with_label(expr.op_span, "`+` cannot be used to concatenate a `&str` with a `String`")
            d.with_suggestion(
                "create an owned `String` on the left and add a borrow on the right",
                [(lhs.span.shrink_to_hi(), ".to_owned()"), (expr.rhs.span.shrink_to_lo(), "&")],
                Applicability.MACHINE_APPLICABLE,
            )
            return True
        return False

    def _suggest_param_bound(self, d: Diagnostic, op: BinOpKind, lt: t.Ty, r: t.Ty, expected: Expectation) -> None:
        """rustc's "consider restricting type parameter `T` with trait `Add`" for an
        operator on a type parameter (or a reference to one, compared)."""
        param = lt.pointee if isinstance(lt, t.Ref) and op in _COMPARISON else lt
        if not isinstance(param, t.Param) or param.name == "Self":
            return
        found = self._generic_param(param.name)
        if found is None:
            return
        gp, generics = found
        lang = _BIN_LANG[op][0]
        trait_name = _TRAIT_NAMES.get(lang)
        if trait_name is None:
            return
        path = f"std::cmp::{trait_name}" if op in _COMPARISON else f"std::ops::{trait_name}"
        if op not in _COMPARISON:
            args = [] if r == lt else [str(r)]
            want = expected.only_has_type()
            if want is not None and self.resolve(want) == lt:
                args.append(f"Output = {lt}")
            if args:
                path += f"<{', '.join(args)}>"
        preds = [
            p for p in generics.predicates
            if isinstance(p, hir.BoundPredicate) and p.bounds and names_param(p.bounded_ty, gp.def_id)
        ]
        if preds:
            at, text, further = preds[-1].span.shrink_to_hi(), f" + {path}", "further "
        else:
            at, text, further = gp.name.span.shrink_to_hi(), f": {path}", ""
        d.with_suggestion(
            f"consider {further}restricting type parameter `{param.name}` with trait `{trait_name}`",
            [(at, text)],
            Applicability.MAYBE_INCORRECT,
        )

    def _generic_param(self, name: str) -> tuple[hir.GenericParam, hir.Generics] | None:
        """The declaration of type parameter `name` in scope of the body being checked."""
        owner: DefId | None = self.owner
        while owner is not None:
            generics = getattr(self.tcx.hir_item(owner), "generics", None)
            if generics is not None:
                for p in generics.params:
                    if p.name.name == name:
                        return p, generics
            owner = self.tcx.parent(owner)
        return None

    # -- compound assignment --------------------------------------------------------------------

    def check_assign_op(self, expr: hir.AssignOpExpr) -> t.Ty:
        op = expr.op
        lhs_ty = self.check_expr_with_expectation(expr.lhs, NO_EXPECTATION)
        lt = self.structurally_resolve(lhs_ty, expr.lhs.span)
        guided = self._rhs_through_trait(expr.rhs, op, lt, lhs_ty, _ASSIGN_LANG[op][0], expr.op_span)
        if guided is not None:
            self.check_place_expr(expr.lhs, "binary assignment operation", expr.op_span)
            if not _is_builtin_scalar(lt):
                self._record_assign_op(expr, lhs_ty, guided)
            return t.UNIT
        rhs_expect = expect_has_type(lt) if _is_builtin_scalar(lt) and op not in _SHIFT else NO_EXPECTATION
        rhs_ty = self.check_expr_with_expectation(expr.rhs, rhs_expect)
        r = self.structurally_resolve(rhs_ty, expr.rhs.span)
        # (rustc checks the operator first, then the place: E0067 after the type errors, and
        # none when the operator works on the dereferenced `&mut` left-hand side.)
        if not self._check_assign_op_types(expr, lhs_ty, lt, rhs_ty, r):
            self.check_place_expr(expr.lhs, "binary assignment operation", expr.op_span)
        return t.UNIT

    def _check_assign_op_types(self, expr: hir.AssignOpExpr, lhs_ty: t.Ty, lt: t.Ty, rhs_ty: t.Ty, r: t.Ty) -> bool:
        """The operator of `lhs op= rhs` for these types; True when it failed but works on
        `*lhs` (the error suggests dereferencing, and the left-hand side is not blamed)."""
        op = expr.op
        if isinstance(lt, t.Error) or isinstance(r, t.Error):
            return False
        lang, _ = _ASSIGN_LANG[op]
        trait_id = self.lang.get(lang)
        if self._builtin_binop(op, lt, r):
            if op not in _SHIFT and not self.try_equate(lt, r):
                # (As for `a op b`: the mismatch, and the missing `OpAssign<R>` impl.)
                self.report_mismatch(expr.rhs.span, lt, r)
                if trait_id is not None and self.type_implements(lt, trait_id, (r,)) is False:
                    self._register_op_bound(trait_id, lt, r, expr.op_span)
            return False
        if trait_id is None:
            return False
        if isinstance(lt, t.Int | t.Uint | t.Float) and isinstance(r, t.Infer) and r.kind is not t.InferKind.TY:
            self.try_equate(lt, r)
        ok = self.type_implements(lt, trait_id, (r,))
        if ok is False:
            rr = self.resolve(r)
            if isinstance(lt, t.Int | t.Uint | t.Float) and isinstance(rr, t.Int | t.Uint | t.Float):
                # Both integers or both floats: the builtin operator's operand types must be
                # equal (E0308) and the trait is missing as well (E0277).
                if op not in _SHIFT and isinstance(lt, t.Float) == isinstance(rr, t.Float):
                    self.report_mismatch(expr.rhs.span, lt, r)
                self._register_op_bound(trait_id, lhs_ty, rhs_ty, expr.op_span)
                return False
            if _is_int(lt) or _is_float(lt):
                # The lhs has the operator for other rhs types: the failed bound is E0277
                # ("cannot add-assign `X` to `{integer}`").
                self._register_op_bound(trait_id, lhs_ty, rhs_ty, expr.op_span)
                return False
            # rustc erases regions here (a literal's `'static` is not shown) and underlines the
            # whole assignment.
            shown = erase_regions(self.resolve(lt))
            at = expr.span
            d = Diagnostic.error(f"binary assignment operation `{op.value}=` cannot be applied to type `{shown}`", at, "E0368")
            d.with_primary(at, "")
            d.with_label(expr.lhs.span, f"cannot use `{op.value}=` on type `{shown}`")
            self._note_unmet_impls(d, _ASSIGN_LANG[op][0], shown, erase_regions(self.resolve(r)))
            pointee = self.resolve(lt.pointee) if isinstance(lt, t.Ref) and lt.mutbl is Mutability.MUT else None
            deref_ok = pointee is not None and (
                (_is_builtin_scalar(pointee) and self._builtin_binop(op, pointee, r))
                or self.type_implements(pointee, trait_id, (r,)) is True
            )
            if deref_ok:
                assert pointee is not None
                d.with_suggestion(
                    f"`{op.value}=` can be used on `{erase_regions(pointee)}` if you dereference the left-hand side",
                    [(expr.lhs.span.shrink_to_lo(), "*")],
                    Applicability.MACHINE_APPLICABLE,
                    "normal",
                )
            self.emit(d)
            return deref_ok
        self._register_op_bound(trait_id, lhs_ty, rhs_ty, expr.op_span)
        self._record_assign_op(expr, lhs_ty, rhs_ty)
        # rustc's `is_builtin_binop` sees through one reference on the rhs: `total += x`
        # with `x: &i64` makes an integer-literal `total` an `i64`.
        pr = self.resolve(r.pointee) if isinstance(r, t.Ref) else None
        if pr is not None and op not in _SHIFT and self._builtin_binop(op, lt, pr):
            self.try_equate(lt, pr)
        return False

    def _record_assign_op(self, expr: hir.AssignOpExpr, lhs_ty: t.Ty, rhs_ty: t.Ty) -> None:
        """An overloaded `a op= b` calls `OpAssign::op_assign(&mut a, b)`."""
        lang, method = _ASSIGN_LANG[expr.op]
        trait_id = self.lang.get(lang)
        item = self.tcx.find_assoc(trait_id, method, AssocKind.FN) if trait_id is not None else None
        if item is not None:
            self.results.operator_methods[expr.hir_id] = (item.def_id, (lhs_ty, rhs_ty))

    # -- unary ------------------------------------------------------------------------------------

    def check_unop(self, expr: hir.UnaryExpr, expected: Expectation) -> t.Ty:
        op = expr.op
        if op is UnOp.DEREF:
            ty = self.check_expr_with_expectation(expr.expr, NO_EXPECTATION)
            return self.check_deref(expr, ty)
        ty = self.check_expr_with_expectation(expr.expr, expected if expected.kind == "has_type" else NO_EXPECTATION)
        r = self.structurally_resolve(ty, expr.expr.span)
        if isinstance(r, t.Error):
            return t.ERROR
        if op is UnOp.NOT:
            if isinstance(r, t.Bool) or _is_int(r):
                return r
            return self._overloaded_unop(expr, "not", "not", r, ty, "!")
        # Negation.
        if isinstance(r, t.Int | t.Float) or (isinstance(r, t.Infer) and r.kind is not t.InferKind.TY):
            return r
        if isinstance(r, t.Uint):
            d = Diagnostic.error(f"cannot apply unary operator `-` to type `{r}`", expr.span, "E0600")
            d.with_primary(expr.span, "cannot apply unary operator `-`")
            d.with_note("unsigned values cannot be negated")
            self.emit(d)
            return t.ERROR
        return self._overloaded_unop(expr, "neg", "neg", r, ty, "-")

    def _overloaded_unop(self, expr: hir.UnaryExpr, lang: str, method: str, r: t.Ty, ty: t.Ty, sym: str) -> t.Ty:
        trait_id = self.lang.get(lang)
        if trait_id is None or self.type_implements(r, trait_id) is False:
            d = Diagnostic.error(f"cannot apply unary operator `{sym}` to type `{self.resolve(r)}`", expr.span, "E0600")
            d.with_primary(expr.span, f"cannot apply unary operator `{sym}`")
            self._note_unmet_impls(d, lang, erase_regions(self.resolve(r)), None)
            self.emit(d)
            return t.ERROR
        self.register(TraitPredicate(TraitRef(trait_id, (ty,))), ObligationCause(expr.span))
        m = self.tcx.find_assoc(trait_id, method, AssocKind.FN)
        if m is not None:
            self.results.operator_methods[expr.hir_id] = (m.def_id, (ty,))
        out = self.tcx.find_assoc(trait_id, "Output", AssocKind.TYPE)
        if out is None:
            return t.ERROR
        return self.normalize(t.Alias(t.AliasKind.PROJECTION, out.def_id, (ty,)), expr.span)

    def check_deref(self, expr: hir.UnaryExpr, ty: t.Ty) -> t.Ty:
        r = self.structurally_resolve(ty, expr.expr.span)
        if isinstance(r, t.Error):
            return t.ERROR
        if isinstance(r, t.Ref | t.RawPtr):
            return r.pointee
        if isinstance(r, t.Adt) and self.tcx.adt_def(r.def_id).is_box and r.args and isinstance(r.args[0], t.Ty):
            return r.args[0]
        nxt = self.overloaded_deref_target(r, expr.span)
        if nxt is not None:
            target, method = nxt
            if method is not None:
                self.results.operator_methods[expr.hir_id] = (method, (ty,))
            return target
        d = Diagnostic.error(f"type `{self.resolve(r)}` cannot be dereferenced", expr.span, "E0614")
        d.with_primary(expr.span, "can't be dereferenced")
        self.emit(d)
        return t.ERROR

    # -- places ------------------------------------------------------------------------------------

    def check_place_expr(self, e: hir.Expr, what: str, op_span: Span | None = None) -> None:
        """The left-hand side of an assignment must be a place (E0070 / E0067); rustc points
        at the operator and labels the left-hand side."""
        if self.is_place_expr(e):
            return
        code = "E0070" if what == "assignment" else "E0067"
        at = op_span if op_span is not None else e.span
        d = Diagnostic.error("invalid left-hand side of assignment", at, code)
        if op_span is not None:
            d.with_label(e.span, "cannot assign to this expression")
        else:
            d.with_primary(e.span, "cannot assign to this expression")
        self.emit(d)

    def is_place_expr(self, e: hir.Expr) -> bool:
        if isinstance(e, hir.PathExpr):
            from ferric.resolve.defs import DefKind, DefRes, ErrRes, LocalRes

            if isinstance(e.qpath, hir.ResolvedPath):
                res = e.qpath.path.res
                # (An unresolved path counts as a place: its error is already reported.)
                return isinstance(res, LocalRes | ErrRes) or (isinstance(res, DefRes) and res.kind is DefKind.STATIC)
            return False
        if isinstance(e, hir.FieldExpr | hir.IndexExpr):
            return True
        if isinstance(e, hir.UnaryExpr) and e.op is UnOp.DEREF:
            return True
        return isinstance(e, hir.ErrExpr)
