"""Universal regions: a fn body checked against the lifetimes its signature names.

ferric's types erase the lifetimes of a signature, so this check reads them from the HIR
(where they survive, elided ones numbered by the elision rules) and follows them through
the MIR as *region-annotated values* (`RVal`): the shape of a value's type with, in each
reference position, the set of the signature's lifetimes it may carry. A parameter starts
with its declared type; `&place` gets the lifetimes of the references the borrow goes
through (rustc's reborrow constraints: through a `&'a mut` and on, stopping at a `&'a`);
a call's result is its callee's written output type, instantiated by matching the
arguments against the callee's written inputs. Each local gets one value for all its
assignments (a local has one type, its lifetimes the union of what flows in).

Then the places where a lifetime must outlive another:

- the return place against the written output type ("lifetime may not live long enough",
  E0621 when the short one belongs to a parameter written without a lifetime);
- a call argument bound, invariantly (under `&mut` of a declared type), to what another
  argument also gives (`store.push(item)` with `store: &mut Vec<&'static str>`): E0521
  when a parameter's lifetime must then outlive `'static`;
- a callee's `T: 'static` bound (`thread::spawn`): E0521;
- an assignment through a reference of declared type (`self.name = s`).

Borrows of the body's own locals are the loan checks' business (E0515, E0597): here they
are the pseudo-region LOCAL and never compared; UNKNOWN marks what the signature does not
tell. Where the model is unsure it accepts.
"""

from __future__ import annotations

import re
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.infer.ctxt import InferCtxt
from ferric.mir import nodes as m
from ferric.resolve.defs import DefId, DefKind, DefRes, PrimTyRes, SelfTyAliasRes, SelfTyParamRes
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import EMPTY_PARAM_ENV, MISC_CAUSE, Obligation
from ferric.traits.select import SelectionContext, SelKind
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.ty.predicate import TraitPredicate, TraitRef, TypeOutlives

Region = tuple[object, ...]
STATIC: Region = ("static",)
LOCAL: Region = ("local",)
UNKNOWN: Region = ("?",)
_SKIP = frozenset((LOCAL, UNKNOWN))
_EMPTY: frozenset[Region] = frozenset()


@dataclass(frozen=True, slots=True)
class RRef:
    regions: frozenset[Region]
    mut: bool
    inner: RVal | None
    inner_fixed: bool = False
    """The pointee's type is declared (a signature's), not inferred: under `&mut` it is
    invariant."""


@dataclass(frozen=True, slots=True)
class RAdt:
    def_id: DefId
    lts: tuple[frozenset[Region], ...]
    tys: tuple[RVal | None, ...]


@dataclass(frozen=True, slots=True)
class RTuple:
    elems: tuple[RVal | None, ...]


@dataclass(frozen=True, slots=True)
class RSeq:
    elem: RVal | None


@dataclass(frozen=True, slots=True)
class ROpaque:
    """A value whose shape is not followed: the lifetimes it may carry."""

    regions: frozenset[Region] = _EMPTY


RVal = RRef | RAdt | RTuple | RSeq | ROpaque
NO_REGIONS = ROpaque()


def regions_of(v: RVal | None) -> frozenset[Region] | None:
    """Every lifetime in `v` (None: unknown)."""
    if v is None:
        return None
    if isinstance(v, ROpaque):
        return v.regions
    if isinstance(v, RRef):
        inner = regions_of(v.inner) if v.inner is not None else _EMPTY
        return None if inner is None else v.regions | inner
    parts: list[frozenset[Region] | None]
    if isinstance(v, RAdt):
        parts = [*v.lts, *(regions_of(x) for x in v.tys)]
    elif isinstance(v, RTuple):
        parts = [regions_of(x) for x in v.elems]
    else:
        parts = [regions_of(v.elem)]
    out: frozenset[Region] = _EMPTY
    for p in parts:
        if p is None:
            return None
        out |= p
    return out


_BOTTOM = object()


def merge(a: object, b: RVal | None, depth: int = 0) -> RVal | None:
    """The value of a local assigned both `a` and `b`."""
    if a is _BOTTOM:
        return b
    if a is None or b is None or depth > 12:
        return None
    assert isinstance(a, RRef | RAdt | RTuple | RSeq | ROpaque)
    if a == b:
        return a
    if isinstance(a, RRef) and isinstance(b, RRef):
        inner = None if a.inner is None or b.inner is None else merge(a.inner, b.inner, depth + 1)
        return RRef(a.regions | b.regions, a.mut, inner, a.inner_fixed and b.inner_fixed)
    if isinstance(a, RAdt) and isinstance(b, RAdt) and _same_adt(a, b):
        return RAdt(
            a.def_id,
            tuple(x | y for x, y in zip(a.lts, b.lts, strict=False)),
            tuple(merge(x, y, depth + 1) for x, y in zip(a.tys, b.tys, strict=False)),
        )
    if isinstance(a, RTuple) and isinstance(b, RTuple) and len(a.elems) == len(b.elems):
        return RTuple(tuple(merge(x, y, depth + 1) for x, y in zip(a.elems, b.elems, strict=False)))
    if isinstance(a, RSeq) and isinstance(b, RSeq):
        return RSeq(merge(a.elem, b.elem, depth + 1))
    ra, rb = regions_of(a), regions_of(b)
    if ra is None or rb is None:
        return None
    return ROpaque(ra | rb)


def _same_adt(a: RAdt, b: RAdt) -> bool:
    return a.def_id == b.def_id and len(a.lts) == len(b.lts) and len(a.tys) == len(b.tys)


@dataclass(slots=True)
class _Binding:
    value: RVal | None
    regions: frozenset[Region]
    fixed: bool
    """Bound under `&mut` of a declared type: the others must outlive it."""
    arg: int


@dataclass(slots=True)
class Bindings:
    """A callee's (or an ADT's) generic parameters as matched against values."""

    lts: dict[Region, list[_Binding]] = field(default_factory=dict)
    tys: dict[object, list[_Binding]] = field(default_factory=dict)
    static_refs: list[tuple[frozenset[Region], int]] = field(default_factory=list)
    """Regions passed where the callee's type says `&'static`."""

    def lt(self, key: Region) -> frozenset[Region]:
        got = self.lts.get(key)
        if not got:
            return frozenset((UNKNOWN,))
        out: frozenset[Region] = _EMPTY
        for b in got:
            out |= b.regions
        return out

    def ty(self, key: object) -> RVal | None:
        got = self.tys.get(key)
        if not got:
            return None
        acc: object = _BOTTOM
        for b in got:
            acc = merge(acc, b.value)
        return acc if acc is not _BOTTOM else None  # type: ignore[return-value]


class Signatures:
    """Written types read from the HIR, converted to region-annotated values."""

    def __init__(self, tcx: TyCtxt) -> None:
        self.tcx = tcx
        self._impl_methods: dict[tuple[DefId, t.Ty], DefId | None] = {}

    def impl_method(self, def_id: DefId, fn_ty: t.Ty) -> DefId | None:
        """A trait method called with concrete types (`Iterator::next` on `Split<'a, P>`):
        the impl's method, whose written signature says more than the trait's
        (`Option<&'a str>` where the trait has `Option<Self::Item>`). None when the callee
        is no trait method, its types are generic here, or the impl cannot be chosen."""
        key = (def_id, fn_ty)
        if key in self._impl_methods:
            return self._impl_methods[key]
        found: DefId | None = None
        trait = self.tcx.parent(def_id)
        if (
            trait is not None
            and self.tcx.def_kind(trait) is DefKind.TRAIT
            and isinstance(fn_ty, t.FnDef)
            and not fn_ty.flags & (t.HAS_PARAMS | t.HAS_INFER | t.HAS_ERROR)
        ):
            n = self.tcx.generics_of(trait).count()
            tr = TraitRef(trait, fn_ty.args[:n])
            sel = SelectionContext(self.tcx, InferCtxt(), EMPTY_PARAM_ENV)
            selection = sel.select(Obligation(TraitPredicate(tr), MISC_CAUSE))
            if selection.kind is SelKind.OK and selection.impl_id is not None:
                for item in self.tcx.associated_items(selection.impl_id):
                    if item.trait_item == def_id:
                        found = item.def_id
        self._impl_methods[key] = found
        return found

    # -- reading HIR types ----------------------------------------------------------------------

    def fn_item(self, def_id: DefId) -> object | None:
        node = self.tcx.hir_node(def_id)
        return node if isinstance(node, hir.FnItem) else None

    def parent_item(self, def_id: DefId) -> object | None:
        parent = self.tcx.parent(def_id)
        if parent is None:
            return None
        return self.tcx.hir_item(parent)

    def lifetime_key(self, lt: object, owner: DefId) -> Region:
        assert isinstance(lt, hir.Lifetime)
        if lt.res is hir.LifetimeResKind.STATIC:
            return STATIC
        if lt.res is hir.LifetimeResKind.PARAM and lt.def_id is not None:
            return ("param", lt.def_id)
        if lt.res is hir.LifetimeResKind.ELIDED and lt.fresh is not None:
            return ("fresh", owner, lt.fresh)
        return UNKNOWN

    def convert(
        self,
        hty: object,
        owner: DefId,
        lt_of: object,
        ty_of: object,
        depth: int = 0,
        obj_default: Region | None = None,
    ) -> RVal | None:
        """The value shape of the written type `hty`; `lt_of(key)` gives the regions of a
        lifetime, `ty_of(key)` the value of a type parameter (`("Self", trait)` for a
        trait's `Self`). `obj_default` is the lifetime a `dyn Trait` written right here
        without one has (`&'a dyn T`: `'a`; `Box<dyn T>`: `'static`), None when not known."""
        if depth > 20 or hty is None:
            return None
        if isinstance(hty, hir.RefTy):
            key = self.lifetime_key(hty.lifetime, owner)
            regions = frozenset((STATIC,)) if key == STATIC else lt_of(key)  # type: ignore[operator]
            inner = self.convert(
                hty.ty, owner, lt_of, ty_of, depth + 1, None if key == UNKNOWN else key
            )
            return RRef(regions, hty.mutbl is Mutability.MUT, inner, True)
        if isinstance(hty, hir.TupleTy):
            return RTuple(tuple(self.convert(x, owner, lt_of, ty_of, depth + 1) for x in hty.elems))
        if isinstance(hty, hir.SliceTy | hir.ArrayTy):
            return RSeq(self.convert(hty.elem, owner, lt_of, ty_of, depth + 1))
        if isinstance(hty, hir.PtrTy | hir.BareFnTy):
            return NO_REGIONS
        if isinstance(hty, hir.OpaqueDefTy):
            # `impl Trait + 'a`: what it hides outlives `'a` (without such a bound, what
            # it may carry is not followed).
            for bd in hty.bounds:
                if isinstance(bd, hir.OutlivesBound):
                    key = self.lifetime_key(bd.lifetime, owner)
                    if key in (STATIC, UNKNOWN):
                        return ROpaque(frozenset((key,)))
                    return ROpaque(lt_of(key))  # type: ignore[operator]
            return None
        if isinstance(hty, hir.TraitObjectTy):
            lt = hty.lifetime
            if lt.res is hir.LifetimeResKind.OBJECT_DEFAULT:  # type: ignore[attr-defined]
                if obj_default is None:
                    return ROpaque(frozenset((UNKNOWN,)))
                key = obj_default
            else:
                key = self.lifetime_key(lt, owner)
            regions = frozenset((key,)) if key in (STATIC, UNKNOWN) else lt_of(key)  # type: ignore[operator]
            return ROpaque(regions)
        if isinstance(hty, hir.PathTy):
            qp = hty.qpath
            if not isinstance(qp, hir.ResolvedPath):
                return None
            res = qp.path.res
            if isinstance(res, PrimTyRes):
                return NO_REGIONS
            if isinstance(res, SelfTyParamRes):
                return ty_of(("Self", res.trait))  # type: ignore[operator, no-any-return]
            if isinstance(res, SelfTyAliasRes):
                impl = self.tcx.hir_item(res.impl)
                if not isinstance(impl, hir.ImplItem):
                    return None
                return self.convert(impl.self_ty, res.impl, lt_of, ty_of, depth + 1)
            if not isinstance(res, DefRes):
                return None
            if res.kind is DefKind.TY_PARAM:
                return ty_of(res.def_id)  # type: ignore[operator, no-any-return]
            if res.kind in (DefKind.STRUCT, DefKind.ENUM, DefKind.UNION):
                item = self.tcx.hir_item(res.def_id)
                generics = getattr(item, "generics", None)
                if generics is None:
                    return None
                n_lts = sum(1 for p in generics.params if p.kind.name == "LIFETIME")
                n_tys = sum(1 for p in generics.params if p.kind.name == "TYPE")
                seg = qp.path.segments[-1]
                lts: list[frozenset[Region]] = []
                tys: list[RVal | None] = []
                if seg.args is not None:
                    for a in seg.args.args:
                        if isinstance(a, hir.LifetimeArg):
                            key = self.lifetime_key(a.lifetime, owner)
                            lts.append(
                                frozenset((key,)) if key in (STATIC, UNKNOWN) else lt_of(key)  # type: ignore[operator]
                            )
                        elif isinstance(a, hir.TypeArg):
                            # (`Box<dyn T>` is `Box<dyn T + 'static>`: `Box` bounds nothing.)
                            obj = STATIC if res.def_id == self.tcx.lang_item("owned_box") else None
                            tys.append(self.convert(a.ty, owner, lt_of, ty_of, depth + 1, obj))
                while len(lts) < n_lts:
                    lts.append(frozenset((UNKNOWN,)))
                while len(tys) < n_tys:
                    tys.append(None)
                return RAdt(res.def_id, tuple(lts[:n_lts]), tuple(tys[:n_tys]))
            return None
        if type(hty).__name__ == "NeverTy":
            return NO_REGIONS
        return None

    # -- matching values against written types ---------------------------------------------------

    def bind(
        self,
        hty: object,
        v: RVal | None,
        owner: DefId,
        b: Bindings,
        arg: int,
        inv: bool = False,
        fixed: bool = False,
        depth: int = 0,
    ) -> None:
        if v is None or hty is None or depth > 20:
            return
        if isinstance(hty, hir.RefTy):
            if not isinstance(v, RRef):
                return
            key = self.lifetime_key(hty.lifetime, owner)
            if key == STATIC:
                b.static_refs.append((v.regions, arg))
            elif key != UNKNOWN:
                b.lts.setdefault(key, []).append(_Binding(None, v.regions, inv and fixed, arg))
            mut = hty.mutbl is Mutability.MUT
            # (Under a `&mut`, the pointee is invariant, and fixed when it is declared.)
            inner_fixed = (fixed if inv else True) and v.inner_fixed if mut else fixed
            self.bind(hty.ty, v.inner, owner, b, arg, inv or mut, inner_fixed, depth + 1)
            return
        if (
            isinstance(hty, hir.TupleTy)
            and isinstance(v, RTuple)
            and len(v.elems) == len(hty.elems)
        ):
            for x, y in zip(hty.elems, v.elems, strict=False):
                self.bind(x, y, owner, b, arg, inv, fixed, depth + 1)
            return
        if isinstance(hty, hir.SliceTy | hir.ArrayTy) and isinstance(v, RSeq):
            self.bind(hty.elem, v.elem, owner, b, arg, inv, fixed, depth + 1)
            return
        if not isinstance(hty, hir.PathTy) or not isinstance(hty.qpath, hir.ResolvedPath):
            return
        res = hty.qpath.path.res
        if isinstance(res, SelfTyParamRes):
            key: object = ("Self", res.trait)
            b.tys.setdefault(key, []).append(
                _Binding(v, regions_of(v) or _EMPTY, inv and fixed, arg)
            )
            return
        if isinstance(res, SelfTyAliasRes):
            impl = self.tcx.hir_item(res.impl)
            if isinstance(impl, hir.ImplItem):
                self.bind(impl.self_ty, v, res.impl, b, arg, inv, fixed, depth + 1)
            return
        if not isinstance(res, DefRes):
            return
        if res.kind is DefKind.TY_PARAM:
            rs = regions_of(v)
            if rs is not None:
                b.tys.setdefault(res.def_id, []).append(_Binding(v, rs, inv and fixed, arg))
            return
        if isinstance(v, RAdt) and v.def_id == res.def_id:
            seg = hty.qpath.path.segments[-1]
            if seg.args is None:
                return
            li = ti = 0
            for a in seg.args.args:
                if isinstance(a, hir.LifetimeArg):
                    if li < len(v.lts):
                        k = self.lifetime_key(a.lifetime, owner)
                        if k not in (STATIC, UNKNOWN):
                            b.lts.setdefault(k, []).append(
                                _Binding(None, v.lts[li], inv and fixed, arg)
                            )
                    li += 1
                elif isinstance(a, hir.TypeArg):
                    if ti < len(v.tys):
                        self.bind(a.ty, v.tys[ti], owner, b, arg, inv, fixed, depth + 1)
                    ti += 1

    def instantiate(self, hty: object, owner: DefId, b: Bindings) -> RVal | None:
        return self.convert(hty, owner, b.lt, b.ty)

    # -- ADT fields -----------------------------------------------------------------------------

    def field_value(self, adt: RAdt, variant: int, index: int) -> RVal | None:
        got = self._variant_data(adt.def_id, variant)
        if got is None:
            return None
        item, data = got
        if index >= len(data.fields):
            return None
        lt_env, ty_env = self._adt_env(item, adt)
        return self.convert(
            data.fields[index].ty,
            adt.def_id,
            lambda k: lt_env.get(k, frozenset((UNKNOWN,))),
            lambda k: ty_env.get(k),
        )

    def _variant_data(self, def_id: DefId, variant: int) -> tuple[object, hir.VariantData] | None:
        """A struct's or an enum variant's written fields, with the item declaring them."""
        item = self.tcx.hir_item(def_id)
        if isinstance(item, hir.StructItem):
            return item, item.data
        if isinstance(item, hir.EnumItem) and variant < len(item.variants):
            return item, item.variants[variant].data
        return None

    def _adt_env(
        self, item: object, adt: RAdt
    ) -> tuple[dict[Region, frozenset[Region]], dict[object, RVal | None]]:
        lt_env: dict[Region, frozenset[Region]] = {}
        ty_env: dict[object, RVal | None] = {}
        li = ti = 0
        for p in item.generics.params:  # type: ignore[attr-defined]
            if p.kind.name == "LIFETIME":
                if li < len(adt.lts):
                    lt_env[("param", p.def_id)] = adt.lts[li]
                li += 1
            elif p.kind.name == "TYPE":
                if ti < len(adt.tys):
                    ty_env[p.def_id] = adt.tys[ti]
                ti += 1
        return lt_env, ty_env

    def aggregate_value(
        self, def_id: DefId, variant: int, operands: list[RVal | None]
    ) -> RVal | None:
        """A struct or variant built from field values: its lifetime and type parameters
        bound by matching the fields' written types."""
        got = self._variant_data(def_id, variant)
        if got is None:
            return None
        item, data = got
        if len(data.fields) != len(operands):
            return _opaque(operands)
        b = Bindings()
        for fd, v in zip(data.fields, operands, strict=False):
            self.bind(fd.ty, v, def_id, b, 0)
        lts: list[frozenset[Region]] = []
        tys: list[RVal | None] = []
        for p in item.generics.params:
            if p.kind.name == "LIFETIME":
                got = b.lts.get(("param", p.def_id))
                # (A lifetime no field names carries nothing.)
                lts.append(b.lt(("param", p.def_id)) if got else _EMPTY)
            elif p.kind.name == "TYPE":
                got_t = b.tys.get(p.def_id)
                tys.append(b.ty(p.def_id) if got_t else NO_REGIONS)
        return RAdt(def_id, tuple(lts), tuple(tys))


def _opaque(vals: list[RVal | None]) -> RVal | None:
    out: frozenset[Region] = _EMPTY
    for v in vals:
        rs = regions_of(v)
        if rs is None:
            return None
        out |= rs
    return ROpaque(out)


@dataclass(frozen=True, slots=True)
class Violation:
    sub: Region
    sup: Region


class RegionCheck:
    """The universal-region checks of one fn body (not closures)."""

    def __init__(self, tcx: TyCtxt, body: m.Body, sigs: Signatures) -> None:
        self.tcx = tcx
        self.body = body
        self.sigs = sigs
        self.diags: list[Diagnostic] = []
        self.vals: dict[m.Local, object] = {}
        self.params: dict[m.Local, RVal | None] = {}
        self.outlives: set[tuple[Region, Region]] = set()
        self.names: dict[Region, str] = {}
        self.anon_names: dict[Region, str] = {}
        self.ref_spans: dict[Region, tuple[Span, int]] = {}
        self.reported: set[tuple[object, ...]] = set()
        self.pending: list[tuple[Span, Violation, Diagnostic]] = []
        self.region_order: dict[Region, int] = {}
        self.annotated: dict[m.Local, tuple[RVal, Span]] = {}

    # -- setting up -----------------------------------------------------------------------------

    def setup(self) -> bool:
        fn = self.sigs.fn_item(self.body.owner)
        if fn is None or self.body.closure_kind is not None:
            return False
        self.fn = fn
        decl = fn.sig.decl  # type: ignore[attr-defined]
        if len(decl.inputs) != self.body.arg_count:
            return False
        self.owner = self.body.owner
        parent = self.sigs.parent_item(self.owner)
        self.is_method = isinstance(parent, hir.ImplItem | hir.TraitItem)
        generics = [fn.generics]  # type: ignore[attr-defined]
        if isinstance(parent, hir.ImplItem | hir.TraitItem):
            generics.insert(0, parent.generics)
            self.impl_lts = {
                ("param", p.def_id) for p in parent.generics.params if p.kind.name == "LIFETIME"
            }
        else:
            self.impl_lts = set()
        self.generic_spans: dict[Region, Span] = {}
        for g in generics:
            for p in g.params:
                if p.kind.name == "LIFETIME":
                    self.region_order[("param", p.def_id)] = len(self.region_order)
                    self.names[("param", p.def_id)] = p.name.name
                    self.generic_spans[("param", p.def_id)] = p.name.span
            for pred in g.predicates:
                if isinstance(pred, hir.RegionPredicate):
                    sub = self.sigs.lifetime_key(pred.lifetime, self.owner)
                    for bd in pred.bounds:
                        if isinstance(bd, hir.OutlivesBound):
                            sup = self.sigs.lifetime_key(bd.lifetime, self.owner)
                            self.outlives.add((sub, sup))

        def ident_lt(key: Region) -> frozenset[Region]:
            return frozenset((key,))

        def ident_ty(key: object) -> RVal:
            return NO_REGIONS

        for k, hty in enumerate(decl.inputs):
            v = self.sigs.convert(hty, self.owner, ident_lt, ident_ty)
            self.params[k + 1] = v
            self._implied(v)
            self._ref_spans(hty, k + 1)
        if isinstance(parent, hir.ImplItem):
            # (The impl's self type is well-formed in its methods.)
            impl_id = self.tcx.parent(self.owner)
            if impl_id is not None:
                self._implied(self.sigs.convert(parent.self_ty, impl_id, ident_lt, ident_ty))
        self.ret = (
            self.sigs.convert(decl.output, self.owner, ident_lt, ident_ty)
            if decl.output is not None
            else NO_REGIONS
        )
        self._implied(self.ret)
        self._close()
        self.annotated = self._annotated_lets(ident_lt, ident_ty)
        return True

    def _annotated_lets(self, lt_of: object, ty_of: object) -> dict[m.Local, tuple[RVal, Span]]:
        """`let x: T = ...` in this body (not in closures): the local's declared type."""
        body = self.tcx.body(self.owner)
        if body is None:
            return {}
        by_binding: dict[object, tuple[RVal, Span]] = {}

        def walk(node: object, depth: int) -> None:
            if depth > 200 or node is None or isinstance(node, hir.ClosureExpr | hir.Ty):
                return  # (a type holds no statement of this body: constants in it are bodies of their own)
            if (
                isinstance(node, hir.LetStmt)
                and node.ty is not None
                and isinstance(node.pat, hir.BindingPat)
                and node.pat.sub is None
            ):
                v = self.sigs.convert(node.ty, self.owner, lt_of, ty_of)
                if v is not None:
                    by_binding[node.pat.hir_id] = (v, node.ty.span)
            for child in hir.child_nodes(node):
                walk(child, depth + 1)

        walk(body.value, 0)
        out: dict[m.Local, tuple[RVal, Span]] = {}
        for i, decl in enumerate(self.body.locals):
            got = by_binding.get(decl.hir_id) if decl.hir_id is not None else None
            if got is not None:
                out[i] = got
        return out

    def _ref_spans(self, hty: object, local: int, depth: int = 0) -> None:
        """Where each elided lifetime of the inputs is written (its `&`)."""
        if depth > 20 or hty is None:
            return
        if isinstance(hty, hir.RefTy):
            key = self.sigs.lifetime_key(hty.lifetime, self.owner)
            if key[0] == "fresh" and key not in self.ref_spans:
                self.ref_spans[key] = (Span(hty.span.lo, hty.span.lo + 1, hty.span.ctxt), local)
            self._ref_spans(hty.ty, local, depth + 1)
        elif isinstance(hty, hir.TupleTy):
            for x in hty.elems:
                self._ref_spans(x, local, depth + 1)
        elif isinstance(hty, hir.SliceTy | hir.ArrayTy):
            self._ref_spans(hty.elem, local, depth + 1)
        elif isinstance(hty, hir.PathTy) and isinstance(hty.qpath, hir.ResolvedPath):
            seg = hty.qpath.path.segments[-1]
            if seg.args is not None:
                for a in seg.args.args:
                    if isinstance(a, hir.TypeArg):
                        self._ref_spans(a.ty, local, depth + 1)

    def _implied(self, v: RVal | None, depth: int = 0) -> None:
        """Well-formedness: in `&'a T`, every lifetime of `T` outlives `'a`."""
        if v is None or depth > 20:
            return
        if isinstance(v, RRef):
            inner = regions_of(v.inner) if v.inner is not None else _EMPTY
            for r in inner or ():
                for s in v.regions:
                    self.outlives.add((r, s))
            self._implied(v.inner, depth + 1)
        elif isinstance(v, RAdt):
            self._implied_adt(v)
            for x in v.tys:
                self._implied(x, depth + 1)
        elif isinstance(v, RTuple):
            for x in v.elems:
                self._implied(x, depth + 1)
        elif isinstance(v, RSeq):
            self._implied(v.elem, depth + 1)

    def _implied_adt(self, v: RAdt) -> None:
        """Well-formedness: an ADT's own bounds hold of its arguments (`Pair<'a, 'b>` with
        `struct Pair<'a, 'b: 'a>` gives `'b: 'a`, `Ref<'a, &'b T>` with `T: 'a` too)."""
        item = self.tcx.hir_item(v.def_id)
        generics = getattr(item, "generics", None)
        if generics is None:
            return
        env = self.sigs._adt_env(item, v)
        if env is None:
            return
        lt_env, ty_env = env

        def lt_regions(lt: object) -> frozenset[Region]:
            key = self.sigs.lifetime_key(lt, v.def_id)
            if key == STATIC:
                return frozenset((STATIC,))
            return lt_env.get(key, _EMPTY)

        for pred in generics.predicates:
            subs: frozenset[Region] | None = None
            if isinstance(pred, hir.RegionPredicate):
                subs = lt_regions(pred.lifetime)
            elif isinstance(pred, hir.BoundPredicate):
                bty = pred.bounded_ty
                if isinstance(bty, hir.PathTy) and isinstance(bty.qpath, hir.ResolvedPath):
                    res = bty.qpath.path.res
                    if isinstance(res, DefRes) and res.kind is DefKind.TY_PARAM:
                        subs = regions_of(ty_env.get(res.def_id))
            if not subs:
                continue
            for bd in pred.bounds:
                if not isinstance(bd, hir.OutlivesBound):
                    continue
                for r in subs:
                    for sup in lt_regions(bd.lifetime):
                        if r not in _SKIP and sup not in _SKIP:
                            self.outlives.add((r, sup))

    def _close(self) -> None:
        changed = True
        while changed:
            changed = False
            for a, b in list(self.outlives):
                for c, d in list(self.outlives):
                    if b == c and (a, d) not in self.outlives:
                        self.outlives.add((a, d))
                        changed = True

    def holds(self, sub: Region, sup: Region) -> bool:
        if sub in _SKIP or sup in _SKIP or sub in (sup, STATIC):
            return True
        return (sub, sup) in self.outlives

    # -- values ---------------------------------------------------------------------------------

    def local_value(self, local: m.Local) -> tuple[RVal | None, bool]:
        if 1 <= local <= self.body.arg_count:
            return self.params.get(local), True
        got = self.vals.get(local, _BOTTOM)
        if got is _BOTTOM:
            return None, False
        return got, False  # type: ignore[return-value]

    def project(self, place: m.Place, upto: int | None = None) -> tuple[RVal | None, bool]:
        v, declared = self.local_value(place.local)
        variant = 0
        proj = place.projection if upto is None else place.projection[:upto]
        for p in proj:
            if v is None:
                return None, False
            if isinstance(p, m.Deref):
                if isinstance(v, RRef):
                    v, declared = v.inner, v.inner_fixed
                elif isinstance(v, RAdt) and self._is_box(v.def_id) and v.tys:
                    v = v.tys[0]
                else:
                    return None, False
                variant = 0
            elif isinstance(p, m.Downcast):
                variant = p.variant
            elif isinstance(p, m.Field):
                if isinstance(v, RTuple):
                    v = v.elems[p.index] if p.index < len(v.elems) else None
                elif isinstance(v, RAdt):
                    v = self.sigs.field_value(v, variant, p.index)
                else:
                    return None, False
                variant = 0
            elif isinstance(p, m.Index | m.ConstantIndex):
                v = v.elem if isinstance(v, RSeq) else None
            elif isinstance(p, m.Subslice):
                v = v if isinstance(v, RSeq) else None
            else:
                return None, False
        return v, declared

    def _is_box(self, def_id: DefId) -> bool:
        return def_id == self.tcx.lang_item("owned_box")

    def reborrow_regions(self, place: m.Place) -> frozenset[Region]:
        origin = self.body.locals[place.local].origin
        if origin is not None and origin[0] == "promoted":
            return frozenset((STATIC,))
        out: set[Region] = set()
        through_ref = False
        for i in range(len(place.projection) - 1, -1, -1):
            if not isinstance(place.projection[i], m.Deref):
                continue
            base, _ = self.project(place, i)
            if isinstance(base, RRef):
                out |= base.regions
                through_ref = True
                if not base.mut:
                    return frozenset(out)
            elif isinstance(base, RAdt) and self._is_box(base.def_id):
                continue
            else:
                out.add(UNKNOWN)
                return frozenset(out)
        if not through_ref:
            out.add(LOCAL)
        return frozenset(out)

    def operand_value(self, op: m.Operand) -> RVal | None:
        if isinstance(op, m.Copy | m.Move):
            return self.project(op.place)[0]
        ty = op.ty
        if isinstance(ty, t.Ref):
            return RRef(frozenset((STATIC,)), ty.mutbl is Mutability.MUT, NO_REGIONS)
        if ty.flags & (t.HAS_PARAM | t.HAS_FREE_REGIONS | t.HAS_RE_ERASED):
            return None
        return NO_REGIONS

    def rvalue_value(self, rv: m.Rvalue) -> RVal | None:
        if isinstance(rv, m.Use):
            return self.operand_value(rv.operand)
        if isinstance(rv, m.Ref):
            inner, declared = self.project(rv.place)
            return RRef(self.reborrow_regions(rv.place), rv.kind.is_mut, inner, declared)
        if isinstance(rv, m.Cast):
            if isinstance(rv.ty, t.Ref | t.Adt | t.Dynamic):
                return _opaque([self.operand_value(rv.operand)])
            return NO_REGIONS
        if isinstance(rv, m.Repeat):
            return RSeq(self.operand_value(rv.operand))
        if isinstance(rv, m.Aggregate):
            vals = [self.operand_value(o) for o in rv.operands]
            if rv.kind is m.AggregateKind.TUPLE:
                return RTuple(tuple(vals))
            if rv.kind is m.AggregateKind.ARRAY:
                acc: object = _BOTTOM
                for v in vals:
                    acc = merge(acc, v)
                return RSeq(None if acc is _BOTTOM else acc)  # type: ignore[arg-type]
            if rv.kind is m.AggregateKind.ADT and isinstance(rv.ty, t.Adt):
                return self.sigs.aggregate_value(rv.ty.def_id, rv.variant, vals)
            return _opaque(vals)
        if isinstance(rv, m.AddressOf | m.BinaryOp | m.UnaryOp | m.Discriminant | m.Len):
            return NO_REGIONS
        return None

    def call(self, call: m.Call) -> tuple[RVal | None, Bindings | None, object | None]:
        func = call.func
        if not isinstance(func, m.Constant) or func.def_id is None:
            return None, None, None
        callee = self.sigs.impl_method(func.def_id, func.ty) or func.def_id
        fn = self.sigs.fn_item(callee)
        if fn is None:
            return None, None, None
        decl = fn.sig.decl  # type: ignore[attr-defined]
        if len(decl.inputs) != len(call.args):
            return None, None, None
        b = Bindings()
        for k, (hty, arg) in enumerate(zip(decl.inputs, call.args, strict=False)):
            self.sigs.bind(hty, self.operand_value(arg), callee, b, k)
        out = (
            self.sigs.instantiate(decl.output, callee, b)
            if decl.output is not None
            else NO_REGIONS
        )
        return out, b, decl

    def compute_values(self) -> None:
        for _round in range(8):
            before = dict(self.vals)
            for bb in self.body.blocks:
                for st in bb.statements:
                    if isinstance(st, m.Assign):
                        self._assign(st.place, self.rvalue_value(st.rvalue))
                term = bb.terminator
                if isinstance(term, m.Call):
                    self._assign(term.destination, self.call(term)[0])
            if self.vals == before:
                return
        # (No fixpoint: give up on what still changes.)
        for k in self.vals:
            self.vals[k] = None

    def _assign(self, place: m.Place, v: RVal | None) -> None:
        if place.local == m.RETURN_PLACE or 1 <= place.local <= self.body.arg_count:
            return
        if place.projection:
            if not any(isinstance(p, m.Deref) for p in place.projection):
                self.vals[place.local] = None
            return
        self.vals[place.local] = merge(self.vals.get(place.local, _BOTTOM), v)

    # -- checks ---------------------------------------------------------------------------------

    def violations(self, v: RVal | None, target: RVal | None, depth: int = 0) -> list[Violation]:
        """Where a value of `v`'s lifetimes cannot be a `target`."""
        if v is None or target is None or depth > 20:
            return []
        out: list[Violation] = []
        if isinstance(v, RRef) and isinstance(target, RRef):
            out += self._slot(v.regions, target.regions)
            return out + self.violations(v.inner, target.inner, depth + 1)
        if isinstance(v, RAdt) and isinstance(target, RAdt) and _same_adt(v, target):
            for a, b in zip(v.lts, target.lts, strict=False):
                out += self._slot(a, b)
            for x, y in zip(v.tys, target.tys, strict=False):
                out += self.violations(x, y, depth + 1)
            return out
        if (
            isinstance(v, RTuple)
            and isinstance(target, RTuple)
            and len(v.elems) == len(target.elems)
        ):
            for x, y in zip(v.elems, target.elems, strict=False):
                out += self.violations(x, y, depth + 1)
            return out
        if isinstance(v, RSeq) and isinstance(target, RSeq):
            return self.violations(v.elem, target.elem, depth + 1)
        rs, ts = regions_of(v), regions_of(target)
        if rs is None or ts is None or not ts or ts & _SKIP:
            return []
        for r in sorted(rs, key=repr):
            if r in _SKIP:
                continue
            if not any(self.holds(r, s) for s in ts):
                out.append(Violation(r, sorted(ts, key=repr)[0]))
        return out

    def _slot(self, rs: frozenset[Region], ts: frozenset[Region]) -> list[Violation]:
        if ts & _SKIP:
            return []
        out = []
        for r in sorted(rs, key=repr):
            for s in sorted(ts, key=repr):
                if not self.holds(r, s):
                    out.append(Violation(r, s))
        return out

    def run(self) -> list[Diagnostic]:
        if not self.setup():
            return []
        self.compute_values()
        self._walk()
        # rustc reports the errors of one place in the order of their shorter lifetime,
        # and tells when two lifetimes would have to be equal.
        self.pending.sort(key=lambda p: (p[0].lo, self._order(p[1].sub)))
        seen: set[tuple[Region, Region]] = set()
        for span, viol, d in self.pending:
            if (viol.sup, viol.sub) in seen and viol.sub in self.names and viol.sup in self.names:
                d.with_suggestion(
                    f"`{self._name(viol.sup)}` and `{self._name(viol.sub)}` must be the same: "
                    "replace one with the other",
                    [(span, "")],
                    style="hide_code",
                )
            seen.add((viol.sub, viol.sup))
            self.diags.append(d)
        return self.diags

    def _order(self, r: Region) -> tuple[int, int]:
        if r in self.region_order:
            return (0, self.region_order[r])
        if r[0] == "fresh":
            return (1, int(r[2]))  # type: ignore[call-overload]
        return (2, 0)

    def _walk(self) -> None:
        for bb in self.body.blocks:
            for st in bb.statements:
                if not isinstance(st, m.Assign):
                    continue
                if st.place.local == m.RETURN_PLACE and not st.place.projection:
                    v = self.rvalue_value(st.rvalue)
                    for viol in self.violations(v, self.ret):
                        self.report(viol, "return", self._return_blame(st.span))
                elif not st.place.projection and st.place.local in self.annotated:
                    target, ty_span = self.annotated[st.place.local]
                    v = self.rvalue_value(st.rvalue)
                    for viol in self.violations(v, target):
                        self.report(viol, "annotation", ty_span)
                elif any(isinstance(p, m.Deref) for p in st.place.projection):
                    target, declared = self.project(st.place)
                    if declared:
                        v = self.rvalue_value(st.rvalue)
                        for viol in self.violations(v, target):
                            self.report(viol, "assign", st.span)
            term = bb.terminator
            if isinstance(term, m.Call):
                self.check_call(term)

    def _return_blame(self, span: Span) -> Span:
        """Where rustc points for a returned value: the arm itself, except that a tail
        `match` whose arms bind variables is blamed as a whole."""
        body = self.tcx.body(self.owner)
        e = body.value if body is not None else None
        for _ in range(8):
            if isinstance(e, hir.BlockExpr) and e.block.expr is not None:
                e = e.block.expr
            else:
                break
        if (
            isinstance(e, hir.MatchExpr)
            and e.source.name == "NORMAL"
            and e.span.lo <= span.lo
            and span.hi <= e.span.hi
            and any(_binds(arm.pat) for arm in e.arms)
        ):
            return e.span
        return span

    def check_call(self, call: m.Call) -> None:
        out, b, _decl = self.call(call)
        if b is None:
            return
        if call.destination.local == m.RETURN_PLACE and not call.destination.projection:
            for viol in self.violations(out, self.ret):
                self.report(viol, "return", call.span)
        # Invariance: what is bound under a declared `&mut` is fixed; the others must
        # outlive it (`store.push(item)`).
        for bindings in [*b.lts.values(), *b.tys.values()]:
            fixed = [x for x in bindings if x.fixed]
            if not fixed:
                continue
            for f in fixed:
                for other in bindings:
                    if other.arg == f.arg:
                        continue
                    if f.value is not None and other.value is not None:
                        viols = self.violations(other.value, f.value)
                    else:
                        viols = self._slot(other.regions, f.regions)
                    for viol in viols:
                        self.report(viol, "argument", call.span, invariant_arg=call.args[f.arg])
        for regions, _arg in b.static_refs:
            for viol in self._slot(regions, frozenset((STATIC,))):
                self.report(viol, "argument", call.span)
        statics = self._static_params(call)
        for key in statics:
            for bnd in b.tys.get(key, []):
                for r in sorted(bnd.regions, key=repr):
                    if not self.holds(r, STATIC):
                        self.report(Violation(r, STATIC), "argument", call.span)

    def _static_params(self, call: m.Call) -> list[object]:
        func = call.func
        assert isinstance(func, m.Constant) and func.def_id is not None
        out: list[object] = []
        try:
            preds = self.tcx.predicates_of(func.def_id)
        except Exception:
            return out
        for clause, _ in preds:
            if (
                isinstance(clause, TypeOutlives)
                and isinstance(clause.region, t.ReStatic)
                and isinstance(clause.ty, t.Param)
            ):
                try:
                    pdef = self.tcx.generics_of(func.def_id).param_at(clause.ty.index)
                except Exception:
                    continue
                out.append(pdef.def_id if pdef.def_id is not None else ("Self", None))
        return out

    # -- reporting ------------------------------------------------------------------------------

    def _name(self, r: Region) -> str:
        if r == STATIC:
            return "'static"
        if r in self.names:
            return self.names[r]
        got = self.anon_names.get(r)
        if got is None:
            got = f"'{len(self.anon_names) + 1}"
            self.anon_names[r] = got
        return got

    def _is_anon_param(self, r: Region) -> bool:
        return r[0] == "fresh" and r in self.ref_spans

    def _is_self_anon(self, r: Region) -> bool:
        """The elided lifetime of `&self`: rustc names no parameter for it (no E0621)."""
        return (
            self._is_anon_param(r)
            and self.ref_spans[r][1] == 1
            and getattr(self.fn.sig.decl, "implicit_self", "none") != "none"  # type: ignore[attr-defined]
        )

    def _fn_local(self, r: Region) -> bool:
        return r[0] == "fresh" or (r[0] == "param" and r not in self.impl_lts)

    def report(
        self, viol: Violation, category: str, span: Span, invariant_arg: m.Operand | None = None
    ) -> None:
        key = (viol.sub, viol.sup)
        if key in self.reported:
            return
        self.reported.add(key)
        sub, sup = viol.sub, viol.sup
        if (
            self._is_anon_param(sub)
            and sup != STATIC
            and sup in self.names
            and not self._is_self_anon(sub)
        ):
            self.pending.append((span, viol, self._report_named_anon(sub, sup, span)))
            return
        if (
            category == "argument"
            and sup == STATIC
            and self._fn_local(sub)
            and self._is_anon_param(sub)
        ):
            self.pending.append((span, viol, self._report_escape(sub, span, invariant_arg)))
            return
        sub_name, sup_name = self._name(sub), self._name(sup)
        d = Diagnostic.error("lifetime may not live long enough", span)
        self._label_region(d, sup)
        self._label_region(d, sub)
        if category == "return":
            if sup == STATIC:
                msg = f"returning this value requires that `{sub_name}` must outlive `{sup_name}`"
            else:
                what = "method" if self.is_method else "function"
                msg = (
                    f"{what} was supposed to return data with lifetime `{sup_name}` but it is "
                    f"returning data with lifetime `{sub_name}`"
                )
        elif category == "annotation":
            msg = f"type annotation requires that `{sub_name}` must outlive `{sup_name}`"
        elif category == "assign":
            msg = f"assignment requires that `{sub_name}` must outlive `{sup_name}`"
        else:
            msg = f"argument requires that `{sub_name}` must outlive `{sup_name}`"
        d.with_primary(span, msg)
        self._invariance_notes(d, invariant_arg)
        if category == "return" and sup == STATIC:
            self._suggest_object_bound(d, sub)
        if sub in self.names and sup in self.names:
            d.with_help(f"consider adding the following bound: `{sub_name}: {sup_name}`")
        elif (
            self._is_self_anon(sub)
            and sup in self.names
            and self._param_carrying(sup) is not None
        ):
            amp = self.ref_spans[sub][0]
            d.with_suggestion(
                "consider reusing a named lifetime parameter and update trait if needed",
                [(Span(amp.hi, amp.hi, amp.ctxt), f"{sup_name} ")],
            )
        elif self._is_anon_param(sub) and self._is_anon_param(sup):
            self._suggest_named(d, sub, sup, category)
        self.pending.append((span, viol, d))

    def _suggest_object_bound(self, d: Diagnostic, sub: Region) -> None:
        """A returned `dyn Trait` with no written lifetime (so `'static`) holding data of a
        parameter: rustc suggests `dyn Trait + 'a` (`+ '_` for an elided lifetime)."""
        output = getattr(self.fn.sig.decl, "output", None)  # type: ignore[attr-defined]
        obj = _implicit_object(output, 0)
        arg = self._param_with(sub)
        if obj is None or arg is None:
            return
        name = self.names.get(sub, "'_")
        d.with_suggestion(
            f"to declare that the trait object captures data from argument `{arg}`, you can "
            f"add an explicit `{name}` lifetime bound",
            [(obj.span.shrink_to_hi(), f" + {name}")],
            Applicability.MAYBE_INCORRECT,
        )

    def _param_with(self, r: Region) -> str | None:
        """The name of the first parameter whose written type carries lifetime `r`."""
        param = self._param_carrying(r)
        name = getattr(getattr(getattr(param, "pat", None), "ident", None), "name", None)
        return name if isinstance(name, str) else None

    def _param_carrying(self, r: Region) -> hir.Param | None:
        """The first parameter whose written type carries lifetime `r` (rustc's
        `find_anon_type`, which looks at the inputs only)."""
        body = self.tcx.body(self.owner)
        inputs = getattr(self.fn.sig.decl, "inputs", ())  # type: ignore[attr-defined]
        if body is None:
            return None
        for hty, param in zip(inputs, body.params, strict=False):
            stack = [hty]
            while stack:
                node = stack.pop()
                if isinstance(node, hir.Lifetime) and self.sigs.lifetime_key(node, self.owner) == r:
                    return param
                stack.extend(hir.child_nodes(node))
        return None

    def _label_region(self, d: Diagnostic, r: Region) -> None:
        if r == STATIC:
            return
        name = self._name(r)
        if r in self.generic_spans:
            d.with_label(self.generic_spans[r], f"lifetime `{name}` defined here")
        elif r in self.ref_spans:
            d.with_label(
                self.ref_spans[r][0], f"let's call the lifetime of this reference `{name}`"
            )

    def _invariance_notes(self, d: Diagnostic, arg: m.Operand | None) -> None:
        if not isinstance(arg, m.Copy | m.Move):
            return
        ty = self.body.place_ty(arg.place)
        if isinstance(ty, t.Ref) and ty.mutbl is Mutability.MUT:
            pointee = re.sub(r"&'\w+ ", "&", str(ty.pointee))
            d.with_note(f"requirement occurs because of a mutable reference to `{pointee}`")
            d.with_note("mutable references are invariant over their type parameter")
            d.with_help(
                "see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information about variance"
            )

    def _suggest_named(self, d: Diagnostic, sub: Region, sup: Region, category: str) -> None:
        """Both lifetimes elided: rustc suggests naming one `'a` for both."""
        fn = self.fn
        if fn.generics.params:  # type: ignore[attr-defined]
            return
        amps = [self.ref_spans[sub][0]]
        if category == "return":
            out = self._output_ref(fn.sig.decl.output, sup)  # type: ignore[attr-defined]
            if out is None:
                return
            amps.append(out)
        else:
            amps.append(self.ref_spans[sup][0])
        name_span = fn.ident.span  # type: ignore[attr-defined]
        edits = [(Span(name_span.hi, name_span.hi, name_span.ctxt), "<'a>")]
        edits += [(Span(a.hi, a.hi, a.ctxt), "'a ") for a in sorted(amps)]
        msg = "consider introducing a named lifetime parameter"
        if self.is_method:
            msg += " and update trait if needed"
        d.with_suggestion(msg, edits)

    def _output_ref(self, hty: object, region: Region, depth: int = 0) -> Span | None:
        if depth > 20 or hty is None:
            return None
        if isinstance(hty, hir.RefTy):
            if self.sigs.lifetime_key(hty.lifetime, self.owner) == region:
                return Span(hty.span.lo, hty.span.lo + 1, hty.span.ctxt)
            return self._output_ref(hty.ty, region, depth + 1)
        if isinstance(hty, hir.TupleTy):
            for x in hty.elems:
                got = self._output_ref(x, region, depth + 1)
                if got is not None:
                    return got
        if isinstance(hty, hir.PathTy) and isinstance(hty.qpath, hir.ResolvedPath):
            seg = hty.qpath.path.segments[-1]
            for a in seg.args.args if seg.args is not None else ():
                if isinstance(a, hir.TypeArg):
                    got = self._output_ref(a.ty, region, depth + 1)
                    if got is not None:
                        return got
        return None

    def _param_name(self, r: Region) -> str:
        local = self.ref_spans[r][1]
        return self.body.locals[local].name or "_"

    def _report_named_anon(self, sub: Region, sup: Region, span: Span) -> Diagnostic:
        name = self._param_name(sub)
        sup_name = self._name(sup)
        d = Diagnostic.error(f"explicit lifetime required in the type of `{name}`", span, "E0621")
        d.with_primary(span, f"lifetime `{sup_name}` required")
        amp = self.ref_spans[sub][0]
        d.with_suggestion(
            f"add explicit lifetime `{sup_name}` to the type of `{name}`",
            [(Span(amp.hi, amp.hi, amp.ctxt), f"{sup_name} ")],
        )
        return d

    def _report_escape(
        self, sub: Region, span: Span, invariant_arg: m.Operand | None
    ) -> Diagnostic:
        amp, local = self.ref_spans[sub]
        decl = self.body.locals[local]
        name = decl.name or "_"
        sub_name = self._name(sub)
        d = Diagnostic.error("borrowed data escapes outside of function", span, "E0521")
        if isinstance(invariant_arg, m.Copy | m.Move):
            out_local = self._root_param(invariant_arg.place.local)
            if out_local is not None and out_local != local:
                od = self.body.locals[out_local]
                d.with_label(od.span, f"`{od.name}` declared here, outside of the function body")
        d.with_label(decl.span, f"`{name}` is a reference that is only valid in the function body")
        d.with_label(amp, f"let's call the lifetime of this reference `{sub_name}`")
        d.with_primary(span, f"`{name}` escapes the function body here")
        d.with_primary(span, f"argument requires that `{sub_name}` must outlive `'static`")
        self._invariance_notes(d, invariant_arg)
        return d

    def _root_param(self, local: m.Local) -> m.Local | None:
        """The parameter a temporary reborrows (`&mut *store`)."""
        seen = 0
        while not (1 <= local <= self.body.arg_count) and seen < 8:
            seen += 1
            src = None
            for bb in self.body.blocks:
                for st in bb.statements:
                    if isinstance(st, m.Assign) and st.place == m.Place(local):
                        rv = st.rvalue
                        if isinstance(rv, m.Ref) and rv.place.projection in ((), (m.Deref(),)):
                            src = rv.place.local
                        elif isinstance(rv, m.Use) and isinstance(rv.operand, m.Copy | m.Move):
                            src = rv.operand.place.local
            if src is None:
                return None
            local = src
        return local if 1 <= local <= self.body.arg_count else None


def check_body_regions(tcx: TyCtxt, body: m.Body, sigs: Signatures) -> list[Diagnostic]:
    try:
        return RegionCheck(tcx, body, sigs).run()
    except RecursionError:
        return []


def _binds(pat: object, depth: int = 0) -> bool:
    """Whether a pattern binds a variable."""
    if depth > 20:
        return False
    return isinstance(pat, hir.BindingPat) or any(
        _binds(c, depth + 1) for c in hir.child_nodes(pat)
    )


def _implicit_object(hty: object, depth: int) -> hir.TraitObjectTy | None:
    """The first `dyn Trait` in a written type whose lifetime is not written."""
    if depth > 20 or hty is None:
        return None
    if isinstance(hty, hir.TraitObjectTy) and hty.dyn_written and not hty.lifetime.name:
        return hty
    for child in hir.child_nodes(hty):
        got = _implicit_object(child, depth + 1)
        if got is not None:
            return got
    return None
