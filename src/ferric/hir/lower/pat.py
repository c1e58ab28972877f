"""Lowering patterns and declaring their bindings (rustc's `resolve_pattern`).

An identifier pattern `x` is a *binding* unless it names a unit struct, a unit variant or a
constant in scope (then it is a path pattern); naming a tuple struct or variant or a static
is E0530 ("match bindings cannot shadow tuple structs"). Each binding gets its own HirId
and becomes visible, after the whole pattern, in the innermost value rib.

Bindings are checked as rustc does: the same name twice in one pattern is E0416 (E0415 in
a parameter list); the alternatives of an or-pattern must bind the same names (E0408) in
the same mode (E0409), and a name bound in several alternatives is one variable (later
alternatives' `BindingPat.canonical` points at the first).
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.hir.lower.context import PathSource
from ferric.hir.lower.ty import TyLowering
from ferric.resolve.defs import CtorKind, DefKind, DefRes, HirId, LocalRes, Res, SelfCtorRes
from ferric.resolve.module import Binding
from ferric.resolve.resolver import VALUE_NS, Seg, article, res_descr, segs_of
from ferric.syntax import ast


class PatternSource(enum.Enum):
    MATCH = "match binding"
    LET = "let binding"
    FOR = "for binding"
    FN_PARAM = "function parameter"


@dataclass(slots=True)
class _BindInfo:
    hir_id: HirId
    span: Span
    mode: hir.BindingMode


@dataclass(slots=True)
class _Ctx:
    is_or: bool
    names: dict[tuple[str, int], _BindInfo] = field(default_factory=dict)


class PatLowering(TyLowering):
    """Patterns (see the module docstring)."""

    def lower_expr(self, e: ast.Expr) -> hir.Expr:
        raise NotImplementedError

    # -- entry points -------------------------------------------------------------------------

    def lower_pat_top(self, pat: ast.Pat, source: PatternSource) -> hir.Pat:
        """Lower `pat` and bind its names in the innermost value rib."""
        stack = [_Ctx(False)]
        out = self.lower_pat(pat, source, stack)
        self.apply_bindings(stack[0])
        return out

    def lower_params_pats(self, pats: list[ast.Pat]) -> list[hir.Pat]:
        """Function/closure parameters: one binding scope for the whole list (E0415)."""
        stack = [_Ctx(False)]
        out = [self.lower_pat(p, PatternSource.FN_PARAM, stack) for p in pats]
        self.apply_bindings(stack[0])
        return out

    def apply_bindings(self, ctx: _Ctx) -> None:
        rib = self.ribs[VALUE_NS][-1]
        for (name, c), info in ctx.names.items():
            rib.add(name, c, LocalRes(info.hir_id), info.span)
            self.local_spans[info.hir_id] = info.span

    # -- patterns -----------------------------------------------------------------------------

    def lower_pat(self, pat: ast.Pat, source: PatternSource, stack: list[_Ctx]) -> hir.Pat:
        sp = pat.span
        if isinstance(pat, ast.IdentPat):
            return self.lower_ident_pat(pat, source, stack)
        if isinstance(pat, ast.WildPat):
            return hir.WildPat(hir_id=self.next_id(), span=sp)
        if isinstance(pat, ast.ParenPat):
            return self.lower_pat(pat.pat, source, stack)
        if isinstance(pat, ast.TuplePat):
            pats, dotdot = self.lower_pat_list(pat.pats, source, stack)
            return hir.TuplePat(hir_id=self.next_id(), pats=pats, dotdot=dotdot, span=sp)
        if isinstance(pat, ast.TupleStructPat):
            qpath = self.lower_qpath(
                pat.qself, pat.path, PathSource.TUPLE_STRUCT, span=pat.path.span, ctx=pat.span
            )
            pats, dotdot = self.lower_pat_list(pat.pats, source, stack)
            return hir.TupleStructPat(
                hir_id=self.next_id(), qpath=qpath, pats=pats, dotdot=dotdot, span=sp
            )
        if isinstance(pat, ast.StructPat):
            qpath = self.lower_qpath(pat.qself, pat.path, PathSource.STRUCT, span=pat.path.span)
            fields = tuple(
                hir.PatField(
                    ident=f.ident,
                    pat=self.lower_pat(f.pat, source, stack),
                    is_shorthand=f.is_shorthand,
                    hir_id=self.next_id(),
                    span=f.span,
                )
                for f in pat.fields
            )
            self.record_skipped_bindings(pat, qpath)
            return hir.StructPat(
                hir_id=self.next_id(), qpath=qpath, fields=fields, has_rest=pat.rest, span=sp
            )
        if isinstance(pat, ast.PathPat):
            qpath = self.lower_qpath(pat.qself, pat.path, PathSource.PAT, span=pat.path.span)
            return hir.PathPat(hir_id=self.next_id(), qpath=qpath, span=sp)
        if isinstance(pat, ast.OrPat):
            return self.lower_or_pat(pat, source, stack)
        if isinstance(pat, ast.RefPat):
            return hir.RefPat(
                hir_id=self.next_id(),
                pat=self.lower_pat(pat.pat, source, stack),
                mutbl=pat.mutbl,
                span=sp,
            )
        if isinstance(pat, ast.BoxPat):
            return hir.BoxPat(
                hir_id=self.next_id(), pat=self.lower_pat(pat.pat, source, stack), span=sp
            )
        if isinstance(pat, ast.DerefPat):
            return hir.DerefPat(
                hir_id=self.next_id(), pat=self.lower_pat(pat.pat, source, stack), span=sp
            )
        if isinstance(pat, ast.ExprPat):
            return hir.LitPat(hir_id=self.next_id(), expr=self.lower_pat_expr(pat.expr), span=sp)
        if isinstance(pat, ast.RangePat):
            end = pat.end_kind
            if end is ast.RangeEnd.INCLUDED_DOT_DOT_DOT:
                end = ast.RangeEnd.INCLUDED
            return hir.RangePat(
                hir_id=self.next_id(),
                lo=self.lower_pat_expr(pat.start) if pat.start is not None else None,
                hi=self.lower_pat_expr(pat.end) if pat.end is not None else None,
                end=end,
                span=sp,
            )
        if isinstance(pat, ast.SlicePat):
            return self.lower_slice_pat(pat, source, stack)
        if isinstance(pat, ast.RestPat):
            return hir.WildPat(hir_id=self.next_id(), span=sp)
        if isinstance(pat, ast.NeverPat):
            return hir.NeverPat(hir_id=self.next_id(), span=sp)
        return hir.ErrPat(hir_id=self.next_id(), span=sp)

    def record_skipped_bindings(self, pat: ast.StructPat, qpath: hir.QPath) -> None:
        """A struct pattern with `..` or a recovered syntax error may leave fields unbound:
        remember it, so a use of such a field's name is explained (rustc's
        `patterns_with_skipped_bindings`; after a syntax error in the pattern, not reported)."""
        if not isinstance(qpath, hir.ResolvedPath):
            return
        res = qpath.path.res
        if not isinstance(res, DefRes) or res.kind not in (DefKind.STRUCT, DefKind.VARIANT):
            return
        had_error = any(
            d.is_error
            and d.primary_span is not None
            and pat.span.lo <= d.primary_span.lo < pat.span.hi
            for d in self.r.psess.dcx.diagnostics
        )
        if pat.rest or had_error:
            self.ribs[VALUE_NS][-1].skipped.append((res.def_id, pat.span, had_error))

    def lower_pat_expr(self, e: ast.Expr) -> hir.Expr:
        return self.lower_expr(e)

    def lower_pat_list(
        self, pats: tuple[ast.Pat, ...], source: PatternSource, stack: list[_Ctx]
    ) -> tuple[tuple[hir.Pat, ...], int | None]:
        out: list[hir.Pat] = []
        dotdot: int | None = None
        for p in pats:
            inner = p
            while isinstance(inner, ast.ParenPat):
                inner = inner.pat
            if isinstance(inner, ast.RestPat):
                if dotdot is None:
                    dotdot = len(out)
                else:
                    self.emit(
                        Diagnostic.error(
                            "`..` can only be used once per tuple pattern"
                        ).with_primary(inner.span, "can only be used once per tuple pattern")
                    )
                continue
            out.append(self.lower_pat(p, source, stack))
        return tuple(out), dotdot

    def lower_slice_pat(
        self, pat: ast.SlicePat, source: PatternSource, stack: list[_Ctx]
    ) -> hir.Pat:
        before: list[hir.Pat] = []
        after: list[hir.Pat] = []
        slice_pat: hir.Pat | None = None
        for p in pat.pats:
            inner = p
            while isinstance(inner, ast.ParenPat):
                inner = inner.pat
            is_rest = isinstance(inner, ast.RestPat) or (
                isinstance(inner, ast.IdentPat) and isinstance(inner.sub, ast.RestPat)
            )
            if is_rest and slice_pat is None:
                if isinstance(inner, ast.RestPat):
                    slice_pat = hir.WildPat(hir_id=self.next_id(), span=inner.span)
                else:
                    assert isinstance(inner, ast.IdentPat)
                    slice_pat = self.lower_binding(inner, source, stack, sub=None)
                continue
            lowered = self.lower_pat(p, source, stack)
            (after if slice_pat is not None else before).append(lowered)
        return hir.SlicePat(
            hir_id=self.next_id(),
            before=tuple(before),
            slice=slice_pat,
            after=tuple(after),
            span=pat.span,
        )

    def lower_or_pat(self, pat: ast.OrPat, source: PatternSource, stack: list[_Ctx]) -> hir.Pat:
        or_ctx = _Ctx(True)
        stack.append(or_ctx)
        alts: list[hir.Pat] = []
        maps: list[dict[tuple[str, int], _BindInfo]] = []
        for p in pat.pats:
            prod = _Ctx(False)
            stack.append(prod)
            alts.append(self.lower_pat(p, source, stack))
            stack.pop()
            maps.append(dict(prod.names))
            for k, v in prod.names.items():
                or_ctx.names.setdefault(k, v)
        stack.pop()
        stack[-1].names.update({k: v for k, v in or_ctx.names.items() if k not in stack[-1].names})
        self.check_consistent_bindings(pat, maps)
        return hir.OrPat(hir_id=self.next_id(), pats=tuple(alts), span=pat.span)

    def check_consistent_bindings(
        self, pat: ast.OrPat, maps: list[dict[tuple[str, int], _BindInfo]]
    ) -> None:
        """E0408 (a name missing in some alternatives) and E0409 (different modes), in
        rustc's order (by alternative missing the name, then by the alternatives binding it)."""
        missing: dict[tuple[str, int], tuple[list[Span], list[Span]]] = {}
        inconsistent: dict[tuple[str, int], tuple[Span, Span]] = {}
        for i, outer in enumerate(maps):
            for j, inner in enumerate(maps):
                if i == j:
                    continue
                for key, info in inner.items():
                    got = outer.get(key)
                    if got is None:
                        origin, target = missing.setdefault(key, ([], []))
                        if info.span not in origin:
                            origin.append(info.span)
                        if pat.pats[i].span not in target:
                            target.append(pat.pats[i].span)
                    elif got.mode != info.mode:
                        inconsistent.setdefault(key, (info.span, got.span))
        for key, (origin, target) in missing.items():
            name = key[0]
            d = Diagnostic.error(f"variable `{name}` is not bound in all patterns", code="E0408")
            for sp in sorted(target, key=lambda s: s.lo):
                d.with_primary(sp, f"pattern doesn't bind `{name}`")
            for sp in sorted(origin, key=lambda s: s.lo):
                d.with_label(sp, "variable not in all patterns")
            self.emit(d)
        for key, (sp, first) in inconsistent.items():
            d = Diagnostic.error(
                f"variable `{key[0]}` is bound inconsistently across `|` patterns", code="E0409"
            )
            d.with_primary(sp, "bound in different ways")
            d.with_label(first, "first binding")
            self.emit(d)

    # -- identifiers --------------------------------------------------------------------------

    def lower_ident_pat(
        self, pat: ast.IdentPat, source: PatternSource, stack: list[_Ctx]
    ) -> hir.Pat:
        ident = pat.ident
        if (
            ident.name == "Self"
            and not pat.by_ref
            and pat.mutbl is ast.Mutability.NOT
            and pat.sub is None
        ):
            apath = ast.Path(segments=(ast.PathSegment(ident=ident, id=pat.id),), span=ident.span)
            qpath = self.lower_qpath(None, apath, PathSource.PAT, span=ident.span)
            return hir.PathPat(hir_id=self.next_id(), qpath=qpath, span=pat.span)
        as_path = self.try_resolve_as_non_binding(pat, source)
        if as_path is not None:
            seg = hir.PathSegment(ident=ident, res=as_path, hir_id=self.next_id())
            path = hir.Path(res=as_path, segments=(seg,), span=ident.span)
            return hir.PathPat(
                hir_id=self.next_id(),
                qpath=hir.ResolvedPath(qself=None, path=path, span=ident.span),
                span=pat.span,
            )
        sub = self.lower_pat(pat.sub, source, stack) if pat.sub is not None else None
        return self.lower_binding(pat, source, stack, sub=sub)

    def lower_binding(
        self, pat: ast.IdentPat, source: PatternSource, stack: list[_Ctx], *, sub: hir.Pat | None
    ) -> hir.Pat:
        ident = pat.ident
        key = (ident.name, ident.span.ctxt)
        if any((not c.is_or) and key in c.names for c in stack):
            if source is PatternSource.FN_PARAM:
                self.emit(
                    Diagnostic.error(
                        f"identifier `{ident.name}` is bound more than once in this parameter list",
                        code="E0415",
                    ).with_primary(ident.span, "used as parameter more than once")
                )
            else:
                self.emit(
                    Diagnostic.error(
                        f"identifier `{ident.name}` is bound more than once in the same pattern",
                        code="E0416",
                    ).with_primary(ident.span, "used in a pattern more than once")
                )
        canonical: HirId | None = None
        for c in stack:
            if c.is_or and key in c.names:
                canonical = c.names[key].hir_id
                break
        mode = hir.BindingMode(by_ref=pat.by_ref_mut if pat.by_ref else None, mutbl=pat.mutbl)
        hid = self.next_id()
        stack[-1].names.setdefault(
            key, _BindInfo(canonical if canonical is not None else hid, ident.span, mode)
        )
        return hir.BindingPat(
            hir_id=hid, mode=mode, ident=ident, sub=sub, canonical=canonical, span=pat.span
        )

    def try_resolve_as_non_binding(self, pat: ast.IdentPat, source: PatternSource) -> Res | None:
        """rustc's `try_resolve_as_non_binding`: the path an identifier pattern names, if it
        names a unit struct/variant or a constant; E0530 when it names something a binding
        may not shadow."""
        ident = pat.ident
        ambiguous = pat.sub is None and not pat.by_ref and pat.mutbl is ast.Mutability.NOT
        b = self.resolve_ident_lexically(ident, VALUE_NS, report=False)
        if not isinstance(b, Binding):
            return None
        res = b.res
        if isinstance(res, SelfCtorRes) and ambiguous:
            return res
        if isinstance(res, DefRes):
            kind = res.kind
            is_unit = kind is DefKind.CTOR and self.defs[res.def_id].ctor_kind is CtorKind.CONST
            if ambiguous and (
                is_unit or kind in (DefKind.CONST, DefKind.ASSOC_CONST, DefKind.CONST_PARAM)
            ):
                if b.ambiguity is not None:
                    from ferric.resolve.privacy import report_ambiguity

                    report_ambiguity(self.r, ident, b)
                return res
            if kind in (
                DefKind.CTOR,
                DefKind.CONST,
                DefKind.ASSOC_CONST,
                DefKind.STATIC,
                DefKind.CONST_PARAM,
            ):
                self.report_shadowing(ident, source, b, res)
        return None

    def report_shadowing(
        self, ident: ast.Ident, source: PatternSource, b: Binding, res: DefRes
    ) -> None:
        descr = res_descr(self.defs, res)
        d = Diagnostic.error(f"{source.value}s cannot shadow {descr}s", code="E0530")
        d.with_primary(ident.span, f"cannot be named the same as {article(descr)} {descr}")
        participle = "imported" if b.is_import else "defined"
        def_span = b.span if b.is_import else self.defs[res.def_id].span
        if self.defs[res.def_id].crate == self.crate.num or b.is_import:
            d.with_label(def_span, f"the {descr} `{ident.name}` is {participle} here")
        if res.kind is DefKind.CTOR and self.defs[res.def_id].ctor_kind is CtorKind.FN:
            d.with_suggestion(
                "try specify the pattern arguments",
                [(ident.span, f"{ident.name}(..)")],
                Applicability.UNSPECIFIED,
                style="inline",
            )
        self.emit(d)


_ = (Seg, segs_of)
