"""Comparing a trait impl's items with the trait's (rustc's `compare_impl_item`).

`compare_impl_items(tcx, impl_id, item)` checks each item of a trait impl against the trait
item it implements, in rustc's order, stopping at the first structural error of a method:

- E0185 / E0186: the impl method has a `self` parameter the trait's lacks, or the reverse;
- E0049: a different number of type (or const) parameters;
- E0050: a different number of parameters;
- E0195: lifetime parameters that differ in whether they are early- or late-bound (a
  lifetime is early-bound when a bound or where clause mentions it, or when no parameter
  type does);
- E0053: a parameter or the return type differs from the trait's (after instantiating the
  trait method with the impl's trait arguments and normalizing both), with rustc's
  "expected signature `fn(..)` / found signature `fn(..)`" note;
- E0326: an associated constant of another type;
- E0277: the type of an associated type does not satisfy the bounds the trait puts on it.

Input: the type context and a trait impl; output: diagnostics emitted. Nothing is returned:
an impl item with a wrong signature is still type-checked with its own signature.
"""

from __future__ import annotations

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.infer.ctxt import InferCtxt
from ferric.infer.relate import Equate, TypeMismatch
from ferric.resolve.defs import DefId
from ferric.syntax.ast import Mutability
from ferric.traits.obligation import CauseKind, ObligationCause
from ferric.traits.project import normalize_deep
from ferric.traits.select import SelectionContext
from ferric.ty import ty as t
from ferric.ty.context import AssocItem, AssocKind, TyCtxt
from ferric.ty.fold import instantiate
from ferric.ty.generics import ParamKind
from ferric.ty.predicate import Clause, ProjectionPredicate, TraitPredicate, TraitRef


def compare_impl_items(tcx: TyCtxt, impl_id: DefId, tr: TraitRef) -> None:
    for it in tcx.associated_items(impl_id):
        if it.trait_item is None:
            continue  # E0407 and friends: reported by resolution
        trait_item = tcx.assoc_item(it.trait_item)
        if trait_item is None:
            continue
        if it.kind is AssocKind.FN:
            _compare_method(tcx, impl_id, tr, it, trait_item)
        elif it.kind is AssocKind.CONST:
            _compare_const(tcx, tr, it, trait_item)
        elif it.kind is AssocKind.TYPE:
            _check_type_bounds(tcx, impl_id, tr, it, trait_item)


# =================================================================================================
# Methods
# =================================================================================================


def _fn_item(tcx: TyCtxt, def_id: DefId) -> hir.FnItem | None:
    item = tcx.hir_item(def_id)
    return item if isinstance(item, hir.FnItem) else None


def _sig_span(tcx: TyCtxt, item: hir.FnItem) -> Span:
    """rustc's `def_span` of a fn: its signature, or the whole item when it has no body
    (`fn f();`, the semicolon included)."""
    if item.body is None:
        return item.span
    return item.sig.span


def _compare_method(tcx: TyCtxt, impl_id: DefId, tr: TraitRef, impl_m: AssocItem, trait_m: AssocItem) -> None:
    impl_item = _fn_item(tcx, impl_m.def_id)
    trait_item = _fn_item(tcx, trait_m.def_id)
    if impl_item is None or trait_item is None:
        return
    if (
        _compare_self_type(tcx, tr, impl_m, trait_m, impl_item, trait_item)
        and _compare_generic_counts(tcx, impl_m, trait_m, impl_item, trait_item)
        and _compare_arg_counts(tcx, tr, impl_m, trait_m, impl_item, trait_item)
        and _compare_lifetimes(tcx, impl_m, trait_m, impl_item, trait_item)
    ):
        _compare_signatures(tcx, impl_id, tr, impl_m, trait_m, impl_item, trait_item)


def _self_string(tcx: TyCtxt, item: hir.FnItem, self_ty: t.Ty, sig: t.FnSig) -> str:
    kind = item.sig.decl.implicit_self
    if kind in ("value", "mut_value"):
        return "self"
    if kind == "ref":
        return "&self"
    if kind == "mut_ref":
        return "&mut self"
    first = sig.inputs[0] if sig.inputs else t.ERROR
    if first is self_ty:
        return "self"
    if isinstance(first, t.Ref) and first.pointee is self_ty:
        return "&self" if first.mutbl is Mutability.NOT else "&mut self"
    if isinstance(first, t.Adt) and tcx.adt_def(first.def_id).is_box and first.args and first.args[0] is self_ty:
        return f"self: Box<{self_ty}>"
    return f"self: {first}"


def _compare_self_type(
    tcx: TyCtxt, tr: TraitRef, impl_m: AssocItem, trait_m: AssocItem, impl_item: hir.FnItem, trait_item: hir.FnItem
) -> bool:
    """E0185 / E0186."""
    if impl_m.fn_has_self == trait_m.fn_has_self:
        return True
    name = impl_m.name
    impl_span = _sig_span(tcx, impl_item)
    trait_span = _sig_span(tcx, trait_item)
    if impl_m.fn_has_self:
        s = _self_string(tcx, impl_item, tr.self_ty, tcx.fn_sig(impl_m.def_id))
        d = Diagnostic.error(f"method `{name}` has a `{s}` declaration in the impl, but not in the trait", impl_span, "E0185")
        d.with_primary(impl_span, f"`{s}` used in impl")
        d.with_label(trait_span, f"trait method declared without `{s}`")
    else:
        s = _self_string(tcx, trait_item, t.Param(0, "Self"), tcx.fn_sig(trait_m.def_id))
        d = Diagnostic.error(f"method `{name}` has a `{s}` declaration in the trait, but not in the impl", impl_span, "E0186")
        d.with_primary(impl_span, f"expected `{s}` in impl")
        d.with_label(trait_span, f"`{s}` used in trait")
    tcx.emit(d)
    return False


def _own_params(item: hir.FnItem, kind: hir.GenericParamKind, synthetic: bool | None = None) -> list[hir.GenericParam]:
    return [p for p in item.generics.params if p.kind is kind and (synthetic is None or p.synthetic == synthetic)]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _compare_generic_counts(
    tcx: TyCtxt, impl_m: AssocItem, trait_m: AssocItem, impl_item: hir.FnItem, trait_item: hir.FnItem
) -> bool:
    """E0049: the impl method has another number of type or const parameters."""
    ok = True
    for kind, word in ((hir.GenericParamKind.TYPE, "type"), (hir.GenericParamKind.CONST, "const")):
        impl_ps = _own_params(impl_item, kind)
        trait_ps = _own_params(trait_item, kind)
        if len(impl_ps) == len(trait_ps):
            continue
        ok = False
        n_impl, n_trait = len(impl_ps), len(trait_ps)
        impl_spans = [p.span for p in impl_ps if not p.synthetic] or [impl_item.ident.span]
        msg = (
            f"{'associated function' if not impl_m.fn_has_self else 'method'} `{impl_m.name}` has "
            f"{_plural(n_impl, word + ' parameter')} but its trait declaration has {_plural(n_trait, word + ' parameter')}"
        )
        d = Diagnostic.error(msg, impl_spans[0], "E0049")
        d.labels.clear()
        trait_spans = [p.span for p in trait_ps if not p.synthetic]
        if trait_spans:
            for i, sp in enumerate(trait_spans):
                d.with_label(sp, f"expected {_plural(n_trait, word + ' parameter')}" if i == 0 else "")
        else:
            # rustc points at the trait method's (empty) generics, just after its name.
            gen = trait_item.generics.span
            at = gen if trait_item.ident.span.hi <= gen.lo < gen.hi else trait_item.ident.span.shrink_to_hi()
            d.with_label(at, f"expected {_plural(n_trait, word + ' parameter')}")
        label = f"found {_plural(n_impl, word + ' parameter')}"
        if n_impl == 0:
            d.with_primary(impl_item.ident.span, label)
        else:
            for i, sp in enumerate(impl_spans):
                d.with_primary(sp, label if i == 0 else "")
        tcx.emit(d)
    return ok


def _inputs_span(item: hir.FnItem) -> Span | None:
    ins = item.sig.decl.inputs
    if not ins:
        return None
    return ins[0].span.to(ins[-1].span)


def _compare_arg_counts(
    tcx: TyCtxt, tr: TraitRef, impl_m: AssocItem, trait_m: AssocItem, impl_item: hir.FnItem, trait_item: hir.FnItem
) -> bool:
    """E0050."""
    n_impl = len(impl_item.sig.decl.inputs)
    n_trait = len(trait_item.sig.decl.inputs)
    if n_impl == n_trait:
        return True
    trait_path = f"{tcx.def_path_str(tr.def_id)}::{trait_m.name}"
    descr = "method" if impl_m.fn_has_self else "function"
    span = _inputs_span(impl_item) or impl_item.ident.span
    d = Diagnostic.error(
        f"{descr} `{impl_m.name}` has {_plural(n_impl, 'parameter')} but the declaration in trait `{trait_path}` has {n_trait}",
        span,
        "E0050",
    )
    trait_span = _inputs_span(trait_item) or trait_item.ident.span
    d.with_label(trait_span, f"trait requires {_plural(n_trait, 'parameter')}")
    d.with_primary(span, f"expected {_plural(n_trait, 'parameter')}, found {n_impl}")
    tcx.emit(d)
    return False


# -- lifetimes ----------------------------------------------------------------------------------


def _lifetimes_in(node: object, out: set[DefId]) -> None:
    stack: list[object] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, hir.Lifetime):
            if n.res is hir.LifetimeResKind.PARAM and n.def_id is not None:
                out.add(n.def_id)
            continue
        if isinstance(n, tuple):
            stack.extend(n)
            continue
        if isinstance(n, hir.Expr):
            continue
        fields = getattr(n, "__dataclass_fields__", None)
        if fields is None:
            continue
        for name in fields:
            if name not in ("span", "hir_id", "res", "def_id"):
                stack.append(getattr(n, name))


def _early_bound(item: hir.FnItem) -> list[hir.GenericParam]:
    """The lifetime parameters rustc makes early-bound: mentioned by a where clause or a
    bound, or by no parameter type."""
    in_bounds: set[DefId] = set()
    for p in item.generics.predicates:
        _lifetimes_in(p, in_bounds)
    in_inputs: set[DefId] = set()
    _lifetimes_in(item.sig.decl.inputs, in_inputs)
    return [
        p
        for p in _own_params(item, hir.GenericParamKind.LIFETIME)
        if p.def_id in in_bounds or p.def_id not in in_inputs
    ]


def _bound_span_for(item: hir.FnItem, param: hir.GenericParam) -> Span | None:
    """The bound (`'b: 'a`'s `'a`, or `'b` itself) that makes `param` early-bound."""
    for pred in item.generics.predicates:
        if isinstance(pred, hir.RegionPredicate):
            if pred.lifetime.def_id == param.def_id:
                for b in pred.bounds:
                    if isinstance(b, hir.OutlivesBound):
                        return b.span
            for b in pred.bounds:
                if isinstance(b, hir.OutlivesBound) and b.lifetime.def_id == param.def_id:
                    return b.span
    return None


def _compare_lifetimes(
    tcx: TyCtxt, impl_m: AssocItem, trait_m: AssocItem, impl_item: hir.FnItem, trait_item: hir.FnItem
) -> bool:
    """E0195: the early-bound lifetime parameters of both methods must correspond."""
    impl_early = _early_bound(impl_item)
    trait_early = _early_bound(trait_item)
    if len(impl_early) == len(trait_early):
        return True
    impl_lts = _own_params(impl_item, hir.GenericParamKind.LIFETIME)
    trait_lts = _own_params(trait_item, hir.GenericParamKind.LIFETIME)
    impl_early_ids = {p.def_id for p in impl_early}
    trait_early_ids = {p.def_id for p in trait_early}
    # Pair the parameters by position and keep those whose binding differs.
    differing: list[tuple[hir.GenericParam, hir.GenericParam]] = []
    for ip, tp in zip(impl_lts, trait_lts, strict=False):
        if (ip.def_id in impl_early_ids) != (tp.def_id in trait_early_ids):
            differing.append((ip, tp))
    spans = [ip.name.span for ip, _ in differing] or [impl_item.generics.span]
    d = Diagnostic.error("lifetime parameters do not match the trait definition", spans[0], "E0195")
    for sp in spans[1:]:
        d.with_primary(sp)
    if differing:
        d.with_note("lifetime parameters differ in whether they are early- or late-bound")
    for ip, tp in differing:
        name = tp.name.name
        sub_trait_early = tp.def_id in trait_early_ids
        sub = SubDiagnostic(Level.NOTE, f"`{name}` differs between the trait and impl")
        sub.labels.append(Label(tp.name.span, f"`{name}` is {'early' if sub_trait_early else 'late'}-bound", True))
        trait_parent = tcx.parent(trait_m.def_id)
        impl_parent = tcx.parent(impl_m.def_id)
        if trait_parent is not None:
            sub.labels.append(Label(_header_span(tcx, trait_parent), "in this trait...", False))
        b = _bound_span_for(trait_item, tp) if sub_trait_early else None
        if b is not None:
            sub.labels.append(Label(b, f"this lifetime bound makes `{name}` early-bound", False))
        if impl_parent is not None:
            sub.labels.append(Label(_header_span(tcx, impl_parent), "in this impl...", False))
        sub.labels.append(Label(ip.name.span, f"`{ip.name.name}` is {'late' if sub_trait_early else 'early'}-bound", True))
        b = _bound_span_for(impl_item, ip) if not sub_trait_early else None
        if b is not None:
            sub.labels.append(Label(b, f"this lifetime bound makes `{ip.name.name}` early-bound", False))
        d.children.append(sub)
    tcx.emit(d)
    return False


def _header_span(tcx: TyCtxt, def_id: DefId) -> Span:
    item = tcx.hir_item(def_id)
    if isinstance(item, hir.ImplItem):
        return item.span.with_hi(item.self_ty.span.hi)
    if isinstance(item, hir.TraitItem):
        hi = item.generics.span.hi if item.generics.params else item.ident.span.hi
        return item.span.with_hi(hi)
    return tcx.def_span(def_id)


# -- signatures ---------------------------------------------------------------------------------


def trait_to_impl_args(tcx: TyCtxt, tr: TraitRef, impl_item: DefId, trait_item: DefId) -> t.GenericArgs:
    """Arguments for the trait item's generics seen from the impl item: the impl's trait
    arguments, then the impl item's own parameters, kind by kind."""
    impl_own = tcx.generics_of(impl_item).own_params
    trait_own = tcx.generics_of(trait_item).own_params
    by_kind: dict[ParamKind, list[t.GenericArg]] = {}
    for p in impl_own:
        by_kind.setdefault(p.kind, []).append(p.to_arg())
    used: dict[ParamKind, int] = {}
    out: list[t.GenericArg] = list(tr.args)
    for p in trait_own:
        i = used.get(p.kind, 0)
        used[p.kind] = i + 1
        avail = by_kind.get(p.kind, [])
        if i < len(avail):
            out.append(avail[i])
        elif p.kind is ParamKind.LIFETIME:
            out.append(t.RE_ERASED)
        elif p.kind is ParamKind.TYPE:
            out.append(t.ERROR)
        else:
            out.append(t.CONST_ERROR)
    return tuple(out)


def _normalized(sel: SelectionContext, ty: t.Ty) -> t.Ty:
    if not ty.flags & t.HAS_PROJECTION:
        return ty
    with sel.collecting():
        return normalize_deep(sel, ty, None, lambda alias: alias)


def _declared_output(sel: SelectionContext, out: t.Ty) -> t.Ty:
    """The return type as written: an `async fn`'s future completes with it."""
    if isinstance(out, t.Coroutine):
        out = out.return_ty
    return _normalized(sel, out)


def _compare_signatures(
    tcx: TyCtxt,
    impl_id: DefId,
    tr: TraitRef,
    impl_m: AssocItem,
    trait_m: AssocItem,
    impl_item: hir.FnItem,
    trait_item: hir.FnItem,
) -> None:
    """E0053: compare parameter and return types."""
    from ferric.typeck.check import param_env_for

    args = trait_to_impl_args(tcx, tr, impl_m.def_id, trait_m.def_id)
    trait_sig = instantiate(tcx.fn_sig(trait_m.def_id), args)
    impl_sig = tcx.fn_sig(impl_m.def_id)
    if (trait_sig.flags | impl_sig.flags) & t.HAS_ERROR:
        return
    infcx = InferCtxt()
    sel = SelectionContext(tcx, infcx, param_env_for(tcx, impl_m.def_id))
    trait_ins = [_normalized(sel, x) for x in trait_sig.inputs]
    impl_ins = [_normalized(sel, x) for x in impl_sig.inputs]
    if impl_item.sig.header.is_async != trait_item.sig.header.is_async:
        return  # `async fn` against `-> impl Future`: not compared here
    trait_out = _declared_output(sel, trait_sig.output)
    impl_out = _declared_output(sel, impl_sig.output)
    if trait_out.flags & t.HAS_OPAQUE or impl_out.flags & t.HAS_OPAQUE:
        trait_out = impl_out = t.UNIT  # return-position `impl Trait` in traits: not compared
    equate = Equate(infcx)
    pairs: list[tuple[t.Ty, t.Ty, str]] = [(a, b, f"in{i}") for i, (a, b) in enumerate(zip(trait_ins, impl_ins, strict=False))]
    pairs.append((trait_out, impl_out, "out"))
    for expected, found, where in pairs:
        try:
            equate.tys(expected, found)
        except TypeMismatch as e:
            _report_e0053(tcx, impl_m, impl_item, trait_item, where, expected, found, e, trait_ins, impl_ins, trait_out, impl_out)
            return


def _report_e0053(
    tcx: TyCtxt,
    impl_m: AssocItem,
    impl_item: hir.FnItem,
    trait_item: hir.FnItem,
    where: str,
    expected: t.Ty,
    found: t.Ty,
    err: TypeMismatch,
    trait_ins: list[t.Ty],
    impl_ins: list[t.Ty],
    trait_out: t.Ty,
    impl_out: t.Ty,
) -> None:
    if where == "out":
        impl_hty = impl_item.sig.decl.output
        trait_hty = trait_item.sig.decl.output
        impl_span = impl_hty.span if impl_hty is not None else impl_item.sig.decl.output_span
        trait_span = trait_hty.span if trait_hty is not None else trait_item.sig.decl.output_span
        what = "output"
    else:
        i = int(where[2:])
        impl_span = impl_item.sig.decl.inputs[i].span
        trait_span = trait_item.sig.decl.inputs[i].span
        what = "self-receiver" if i == 0 and impl_m.fn_has_self else "parameter"
    e_inner, f_inner = err.expected, err.found
    if isinstance(e_inner, t.Ref) and isinstance(f_inner, t.Ref) and e_inner.mutbl is not f_inner.mutbl:
        label = "types differ in mutability"
    else:
        label = f"expected `{e_inner}`, found `{f_inner}`"
    d = Diagnostic.error(f"method `{impl_m.name}` has an incompatible type for trait", impl_span, "E0053")
    d.with_primary(impl_span, label)
    d.with_note("type in trait", trait_span)
    exp_sig, found_sig = cmp_fn_sigs(trait_ins, trait_out, impl_ins, impl_out)
    d.with_note(f"expected signature `{exp_sig}`\n   found signature `{found_sig}`")
    if impl_span.lo < impl_span.hi:
        d.with_suggestion(
            f"change the {what} type to match the trait",
            [(impl_span, _suggest_text(expected, what, impl_m))],
            Applicability.MACHINE_APPLICABLE,
        )
    tcx.emit(d)


def _suggest_text(expected: t.Ty, what: str, impl_m: AssocItem) -> str:
    if what == "self-receiver":
        if isinstance(expected, t.Ref):
            return "&self" if expected.mutbl is Mutability.NOT else "&mut self"
        return "self"
    return str(expected)


# -- rustc's `cmp`: two types printed with their common parts elided ------------------------------


def _push_ref(ty: t.Ref) -> str:
    return "&mut " if ty.mutbl is Mutability.MUT else "&"


def cmp_tys(a: t.Ty, b: t.Ty) -> tuple[str, str]:
    """rustc's `TypeErrCtxt::cmp` (without highlighting): equal leaves print as `_`,
    same-path ADTs print their path and compare their arguments."""
    if isinstance(a, t.Adt) and isinstance(b, t.Adt) and a.def_id == b.def_id:
        from ferric.ty.context import current

        tcx = current()
        name = tcx.def_path_str(a.def_id) if tcx is not None else "_"
        xs: list[str] = []
        ys: list[str] = []
        g = tcx.generics_of(a.def_id) if tcx is not None else None
        for i, (x, y) in enumerate(zip(a.args, b.args, strict=False)):
            if g is not None and i < len(g.all_params) and g.all_params[i].has_default and a.args[i:] == b.args[i:]:
                break  # trailing defaulted arguments, equal on both sides: not shown
            if isinstance(x, t.Region):
                xs.append("'_")
                ys.append("'_")
            elif isinstance(x, t.Ty) and isinstance(y, t.Ty):
                if x is y:
                    xs.append("_")
                    ys.append("_")
                else:
                    p, q = cmp_tys(x, y)
                    xs.append(p)
                    ys.append(q)
            else:
                xs.append(str(x))
                ys.append(str(y))
        if not xs:
            return name, name
        return f"{name}<{', '.join(xs)}>", f"{name}<{', '.join(ys)}>"
    if isinstance(a, t.Ref) and isinstance(b, t.Ref):
        p, q = cmp_tys(a.pointee, b.pointee)
        return _push_ref(a) + p, _push_ref(b) + q
    if isinstance(a, t.Tuple) and isinstance(b, t.Tuple) and len(a.elems) == len(b.elems) and a.elems:
        pairs = [cmp_tys(x, y) for x, y in zip(a.elems, b.elems, strict=True)]
        tail = "," if len(pairs) == 1 else ""
        return "(" + ", ".join(p for p, _ in pairs) + tail + ")", "(" + ", ".join(q for _, q in pairs) + tail + ")"
    if a is b:
        return "_", "_"
    return str(a), str(b)


def cmp_fn_sigs(ins1: list[t.Ty], out1: t.Ty, ins2: list[t.Ty], out2: t.Ty) -> tuple[str, str]:
    """rustc's `cmp_fn_sig`: `fn(A, B) -> C` for both sides, common parts elided."""
    xs: list[str] = []
    ys: list[str] = []
    for a, b in zip(ins1, ins2, strict=False):
        p, q = cmp_tys(a, b)
        xs.append(p)
        ys.append(q)
    xs.extend(str(a) for a in ins1[len(ins2) :])
    ys.extend(str(b) for b in ins2[len(ins1) :])
    s1 = f"fn({', '.join(xs)})"
    s2 = f"fn({', '.join(ys)})"
    p, q = cmp_tys(out1, out2)
    diff = p != q
    if out1 is not t.UNIT or diff:
        s1 += f" -> {p}"
    if out2 is not t.UNIT or diff:
        s2 += f" -> {q}"
    return s1, s2


# =================================================================================================
# Associated consts and types
# =================================================================================================


def _compare_const(tcx: TyCtxt, tr: TraitRef, impl_c: AssocItem, trait_c: AssocItem) -> None:
    """E0326: an associated constant of another type than the trait's."""
    impl_item = tcx.hir_item(impl_c.def_id)
    trait_item = tcx.hir_item(trait_c.def_id)
    if not isinstance(impl_item, hir.ConstItem) or not isinstance(trait_item, hir.ConstItem):
        return
    from ferric.typeck.check import param_env_for

    args = trait_to_impl_args(tcx, tr, impl_c.def_id, trait_c.def_id)
    expected = instantiate(tcx.type_of(trait_c.def_id), args)
    found = tcx.type_of(impl_c.def_id)
    if (expected.flags | found.flags) & t.HAS_ERROR:
        return
    sel = SelectionContext(tcx, InferCtxt(), param_env_for(tcx, impl_c.def_id))
    expected = _normalized(sel, expected)
    found = _normalized(sel, found)
    try:
        Equate(sel.infcx).tys(expected, found)
    except TypeMismatch as e:
        span = impl_item.ty.span
        d = Diagnostic.error(f"implemented const `{impl_c.name}` has an incompatible type for trait", span, "E0326")
        d.with_primary(span, f"expected `{e.expected}`, found `{e.found}`")
        d.with_note("type in trait", trait_item.ty.span)
        tcx.emit(d)


def _check_type_bounds(tcx: TyCtxt, impl_id: DefId, tr: TraitRef, impl_t: AssocItem, trait_t: AssocItem) -> None:
    """The impl's type for an associated type must satisfy the trait's bounds on it
    (E0277 at the type, "required by a bound in `Trait::Assoc`")."""
    from ferric.typeck.check import FnCtxt, param_env_for, report_unfulfilled

    impl_item = tcx.hir_item(impl_t.def_id)
    if not isinstance(impl_item, hir.TyAliasItem) or impl_item.ty is None:
        return
    bounds = tcx.item_bounds(trait_t.def_id)
    if not bounds:
        return
    args = trait_to_impl_args(tcx, tr, impl_t.def_id, trait_t.def_id)
    impl_ty = tcx.type_of(impl_t.def_id)
    if impl_ty.flags & t.HAS_ERROR:
        return
    fcx = FnCtxt(tcx, impl_t.def_id, param_env_for(tcx, impl_t.def_id))
    span = impl_item.ty.span
    alias = t.Alias(t.AliasKind.PROJECTION, trait_t.def_id, args)
    for clause, bspan in bounds:
        inst: Clause = instantiate(clause, args)
        inst = _replace_alias(inst, alias, impl_ty)
        if inst.flags & t.HAS_ERROR:
            continue
        if isinstance(inst, TraitPredicate | ProjectionPredicate):
            inst = fcx.normalize_clause(inst, span)
            fcx.register(inst, ObligationCause(span, CauseKind.ITEM_BOUND, def_id=trait_t.def_id, bound_span=bspan))
    report_unfulfilled(fcx)


def _replace_alias(clause: Clause, alias: t.Alias, ty: t.Ty) -> Clause:
    from ferric.ty.fold import TypeFolder

    class _R(TypeFolder):
        needs = t.HAS_PROJECTION

        def fold_ty(self, x: t.Ty) -> t.Ty:
            if x is alias:
                return ty
            if not x.flags & t.HAS_PROJECTION:
                return x
            return self.super_fold_ty(x)

    out: Clause = _R().fold(clause)
    return out
