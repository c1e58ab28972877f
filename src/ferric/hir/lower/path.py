"""Resolving and lowering paths (rustc's `smart_resolve_path` and `lower_qpath`).

A path in a body or a signature is resolved in the namespace its `PathSource` asks for:
the first name lexically (ribs, then modules and preludes, see `context.py`), the rest in
modules. The result is a *partial resolution*: the definition named by the longest prefix
that names a module-like thing or a type, and how many trailing segments are left for type
checking (`Vec::new`: `Vec` + 1; `<T as Trait>::Assoc::f`: `Trait::Assoc` + 1; `<T>::f`:
nothing + 1). `lower_qpath` turns that into the HIR:

- all resolved: `ResolvedPath(qself, path)` (each segment carrying its own `Res`);
- trailing segments: nested `TypeRelativePath`s around the resolved prefix as a type, and
  the traits in scope recorded for value lookups (`HirCrate.trait_map`).

Failures are reported as rustc does: a failing module prefix is E0433 (with its
suggestions, and `use` candidates found by `late_diag`), a failing last segment the
source's own code (E0425, E0422, E0531, E0405...), a name of the wrong kind E0423, E0573,
E0574, E0532, E0404... (`late_diag.report_path_error`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.hir.lower.context import LoweringBase, PathSource, is_expected
from ferric.resolve.defs import (
    ERR_RES,
    PRIMITIVE_TYPES,
    DefId,
    DefKind,
    DefRes,
    ErrRes,
    Namespace,
    PrimTyRes,
    Res,
)
from ferric.resolve.module import Binding
from ferric.resolve.resolver import (
    TYPE_NS,
    UNDETERMINED,
    VALUE_NS,
    LookupResult,
    PathKind,
    PathResult,
    Seg,
    segs_of,
)
from ferric.syntax import ast

_OPTIONAL_ARGS = frozenset(
    {PathSource.EXPR, PathSource.CALLEE, PathSource.PAT, PathSource.STRUCT, PathSource.TUPLE_STRUCT}
)
"""Path sources whose segments infer omitted generic arguments (rustc's ParamMode::Optional)."""


@dataclass(slots=True)
class PartialRes:
    base: Res
    unresolved: int = 0
    seg_res: list[Res] = field(default_factory=list)

    @property
    def full(self) -> Res | None:
        return self.base if self.unresolved == 0 else None


@dataclass(slots=True)
class FailedPrefix:
    """A path whose module prefix failed (`foo::bar` with `foo` unknown): E0433."""

    result: PathResult


class PathLowering(LoweringBase):
    """Path resolution and lowering (see the module docstring)."""

    # Provided by the type lowering, further up the stack.
    def lower_generic_args(self, args: ast.GenericArgs, span: Span) -> hir.GenericArgs:
        raise NotImplementedError

    def lower_ty(self, ty: ast.Ty) -> hir.Ty:
        raise NotImplementedError

    # -- resolution ---------------------------------------------------------------------------

    def lexical(self, report: bool):  # type: ignore[no-untyped-def]
        def lookup(ident: ast.Ident, ns: Namespace) -> LookupResult:
            return self.resolve_ident_lexically(ident, ns, report=report)

        return lookup

    def resolve_path_late(
        self, segs: Sequence[Seg], ns: Namespace | None, *, report: bool = True
    ) -> PathResult:
        pr = self.r.resolve_path(segs, ns, self.module, lexical=self.lexical(report))
        if pr.kind is PathKind.INDETERMINATE:  # cannot happen once imports are done
            return PathResult(
                PathKind.FAILED,
                fail_index=len(segs) - 1,
                is_last=True,
                fail_span=segs[-1].ident.span,
            )
        return pr

    def resolve_qpath(
        self, qself: ast.QSelf | None, segs: Sequence[Seg], ns: Namespace, *, report: bool = True
    ) -> PartialRes | FailedPrefix | None:
        """rustc's `resolve_qpath`: None when the last segment is not found."""
        if qself is not None:
            if qself.position == 0:
                return PartialRes(ERR_RES, len(segs), [])
            trait_segs = segs[: qself.position]
            trait_res = self.smart_resolve_segs(
                None, trait_segs, PathSource.TRAIT, qself.path_span, report=report
            )
            if isinstance(trait_res.base, ErrRes):
                return PartialRes(ERR_RES, 0, trait_res.seg_res)
            item_ns = ns if qself.position + 1 == len(segs) else TYPE_NS
            src = PathSource.TRAIT_ITEM_VALUE if item_ns is VALUE_NS else PathSource.TRAIT_ITEM_TYPE
            item = self.resolve_trait_item(trait_res, segs[qself.position], src, report=report)
            return PartialRes(item, len(segs) - qself.position - 1, [*trait_res.seg_res, item])
        pr = self.resolve_path_late(segs, ns, report=report)
        first = segs[0].name
        if pr.kind is PathKind.NON_MODULE:
            return PartialRes(pr.res, pr.unresolved, pr.seg_res)
        if pr.kind is PathKind.MODULE:
            assert pr.module is not None
            if not pr.module.is_normal:
                return PartialRes(pr.module.res, 0, pr.seg_res)
            if (ns is TYPE_NS or len(segs) > 1) and first in PRIMITIVE_TYPES:
                return PartialRes(PrimTyRes(first), len(segs) - 1, [PrimTyRes(first)])
            return PartialRes(pr.module.res, 0, pr.seg_res)
        # FAILED
        if (ns is TYPE_NS or len(segs) > 1) and first in PRIMITIVE_TYPES:
            return PartialRes(PrimTyRes(first), len(segs) - 1, [PrimTyRes(first)])
        if not pr.is_last:
            return FailedPrefix(pr)
        return None

    def resolve_trait_item(
        self, trait_res: PartialRes, seg: Seg, source: PathSource, *, report: bool
    ) -> Res:
        """`Trait::item` of `<T as Trait>::item` (E0576 when the trait has no such item)."""
        base = trait_res.base
        if not isinstance(base, DefRes):
            return ERR_RES
        ns = source.ns
        items = self.r.trait_items.get(base.def_id)
        if items is not None:
            got = items.get((seg.name, ns))
            if got is not None:
                return DefRes(self.defs.kind(got), got)
            if report:
                from ferric.hir.lower.late_diag import report_missing_trait_item

                report_missing_trait_item(self, seg, base.def_id, source)
            return ERR_RES
        return ERR_RES

    def resolve_qpath_anywhere(
        self, qself: ast.QSelf | None, segs: Sequence[Seg], source: PathSource, *, report: bool
    ) -> PartialRes | FailedPrefix | None:
        primary = source.ns
        fin: PartialRes | None = None
        for i, ns in enumerate((primary, TYPE_NS, VALUE_NS)):
            if i > 0 and ns is primary:
                continue
            got = self.resolve_qpath(qself, segs, ns, report=report and i == 0)
            if isinstance(got, FailedPrefix):
                if i == 0:
                    return got
                continue
            if got is not None and (got.unresolved == 0 or source.defer_to_typeck):
                return got
            if fin is None and got is not None:
                fin = got
        return fin

    def smart_resolve_segs(
        self,
        qself: ast.QSelf | None,
        segs: Sequence[Seg],
        source: PathSource,
        span: Span,
        *,
        report: bool = True,
        ctx: object = None,
    ) -> PartialRes:
        """Resolve a path for `source`, reporting errors; the result's base is ERR_RES after
        an error."""
        got = self.resolve_qpath_anywhere(qself, segs, source, report=report)
        if isinstance(got, FailedPrefix):
            if report:
                from ferric.hir.lower import late_diag

                late_diag.report_failed_prefix(self, segs, got.result, source, span)
            return PartialRes(ERR_RES, 0, [])
        if got is not None:
            full = got.full
            if full is not None:
                if is_expected(source, full, self.defs) or isinstance(full, ErrRes):
                    self.check_privacy(segs, got, report)
                    if report:
                        self.check_ambiguity(segs, source)
                    return got
                if report:
                    from ferric.hir.lower import late_diag

                    late_diag.report_path_error(
                        self, segs, source, span, full, qself=qself, ctx=ctx
                    )
                return PartialRes(ERR_RES, 0, got.seg_res)
            if source.defer_to_typeck:
                self.check_privacy(segs, got, report)
                return got
        if report:
            from ferric.hir.lower import late_diag

            late_diag.report_path_error(self, segs, source, span, None, qself=qself, ctx=ctx)
        return PartialRes(ERR_RES, 0, got.seg_res if got is not None else [])

    def check_privacy(self, segs: Sequence[Seg], pres: PartialRes, report: bool) -> None:
        """E0603 for a segment naming an item not visible from here."""
        if not report or len(segs) < 2:
            return
        from ferric.resolve.privacy import report_privacy

        cur = None
        n = len(pres.seg_res)
        for i in range(1, min(n, len(segs))):
            prev = pres.seg_res[i - 1]
            m = self.r.module_of_res(prev)
            if m is None:
                if isinstance(prev, DefRes) and prev.kind is DefKind.MOD:
                    m = self.r.modules.get(prev.def_id)
                if m is None:
                    continue
            seg = segs[i]
            ns = TYPE_NS if i < n - 1 or i < len(segs) - 1 else None
            cur = m
            for try_ns in (ns,) if ns is not None else (VALUE_NS, TYPE_NS):
                b = self.r.resolve_ident_in_module(cur, seg.name, try_ns, self.module)
                if isinstance(b, Binding) and b.res == pres.seg_res[i]:
                    if not self.r.is_accessible_from(b.vis, self.module):
                        nxt = None
                        if i + 1 < len(segs) and b.module is not None:
                            for ns2 in (TYPE_NS, VALUE_NS):
                                nb = self.r.resolve_ident_in_module(
                                    b.module, segs[i + 1].name, ns2, self.module
                                )
                                if isinstance(nb, Binding):
                                    nxt = (segs[i + 1].ident, nb)
                                    break
                        report_privacy(self.r, seg.ident, b, nxt)
                        return
                    break

    def check_ambiguity(self, segs: Sequence[Seg], source: PathSource) -> None:
        if len(segs) != 1:
            return
        b = self.resolve_ident_lexically(segs[0].ident, source.ns, report=False)
        if isinstance(b, Binding) and b.ambiguity is not None:
            from ferric.resolve.privacy import report_ambiguity

            report_ambiguity(self.r, segs[0].ident, b)

    # -- lowering -----------------------------------------------------------------------------

    def lower_qpath(
        self,
        qself: ast.QSelf | None,
        path: ast.Path,
        source: PathSource,
        *,
        span: Span | None = None,
        ctx: object = None,
        pres: PartialRes | None = None,
    ) -> hir.QPath:
        segs = segs_of(path)
        if pres is None:
            pres = self.smart_resolve_segs(qself, segs, source, span or path.span, ctx=ctx)
        return self.build_qpath(qself, path, segs, pres, source)

    def build_qpath(
        self,
        qself: ast.QSelf | None,
        path: ast.Path,
        segs: Sequence[Seg],
        pres: PartialRes,
        source: PathSource,
    ) -> hir.QPath:
        ast_segs = path.segments
        offset = len(segs) - len(ast_segs)
        """1 when a leading `::` added a `{{root}}` segment."""
        unresolved = pres.unresolved
        proj_start = len(segs) - unresolved
        base = pres.base
        optional = source in _OPTIONAL_ARGS
        hir_segs: list[hir.PathSegment] = []
        for i in range(offset, proj_start):
            res = (
                pres.seg_res[i]
                if i < len(pres.seg_res)
                else (base if i == proj_start - 1 else ERR_RES)
            )
            if i == proj_start - 1:
                res = base
            hir_segs.append(self.lower_segment(ast_segs[i - offset], res, optional))
        qself_ty = self.lower_ty(qself.ty) if qself is not None else None
        if unresolved == 0:
            return hir.ResolvedPath(
                qself=qself_ty,
                path=hir.Path(res=base, segments=tuple(hir_segs), span=path.span),
                span=path.span,
            )
        if qself is not None and qself.position == 0:
            assert qself_ty is not None
            ty: hir.Ty = qself_ty
        else:
            inner_span = path.span
            if proj_start - offset > 0:
                last = ast_segs[proj_start - offset - 1]
                inner_span = Span(
                    path.span.lo,
                    (last.args.span if last.args is not None else last.ident.span).hi,
                    path.span.ctxt,
                )
            inner = hir.ResolvedPath(
                qself=qself_ty,
                path=hir.Path(res=base, segments=tuple(hir_segs), span=inner_span),
                span=inner_span,
            )
            ty = hir.PathTy(hir_id=self.next_id(), qpath=inner, span=inner_span)
        result: hir.QPath | None = None
        for i in range(proj_start, len(segs)):
            aseg = ast_segs[i - offset]
            seg = self.lower_segment(aseg, ERR_RES, optional)
            end = (aseg.args.span if aseg.args is not None else aseg.ident.span).hi
            sp = Span(
                path.span.lo if qself is None else min(path.span.lo, qself.ty.span.lo),
                end,
                path.span.ctxt,
            )
            result = hir.TypeRelativePath(qself=ty, segment=seg, span=sp)
            if source.ns is VALUE_NS and i == len(segs) - 1:
                self.out.trait_map[seg.hir_id] = self.traits_in_scope()
            if i < len(segs) - 1:
                ty = hir.PathTy(hir_id=self.next_id(), qpath=result, span=sp)
        assert result is not None
        return result

    def lower_segment(
        self, seg: ast.PathSegment, res: Res, optional: bool = False
    ) -> hir.PathSegment:
        """`optional`: the path is an expression's, a pattern's or a struct literal's
        (rustc's `ParamMode::Optional`), where a segment without arguments infers them all
        (`HashMap::new()`); elsewhere (types) omitted arguments take their defaults."""
        args = self.lower_generic_args(seg.args, seg.ident.span) if seg.args is not None else None
        return hir.PathSegment(
            ident=seg.ident,
            res=res,
            args=args,
            infer_args=seg.args is None and optional,
            hir_id=self.next_id(),
        )

    def lower_path(self, path: ast.Path, pres: PartialRes) -> hir.Path:
        """A fully resolved path (trait references, visibility paths)."""
        segs = segs_of(path)
        offset = len(segs) - len(path.segments)
        out = []
        for i, s in enumerate(path.segments):
            j = i + offset
            res = pres.seg_res[j] if j < len(pres.seg_res) else ERR_RES
            if i == len(path.segments) - 1:
                res = pres.base
            out.append(self.lower_segment(s, res))
        return hir.Path(res=pres.base, segments=tuple(out), span=path.span)

    def record_res_descr(self, def_id: DefId) -> str:
        from ferric.resolve.resolver import def_descr

        return def_descr(self.defs, def_id)


_ = UNDETERMINED
