"""Monomorphization: concrete types, and which code a call runs (rustc's `Instance::resolve`).

Every type the code generator sees goes through `Mono.concrete(ty, args)`: the instance's
generic arguments substituted in, projections normalized, `impl Trait` revealed to its
hidden type, regions erased. A call of a trait method with concrete arguments resolves,
by trait selection in an empty parameter environment, to the impl's method (or the
trait's default body), to a built-in shim (closures, fn pointers, tuples' `Clone` ...),
or to a virtual call when the self type is `dyn Trait`.
"""

from __future__ import annotations

import contextlib
import enum
from dataclasses import dataclass

from ferric.infer.ctxt import InferCtxt
from ferric.infer.relate import TypeMismatch
from ferric.resolve.defs import DefId, DefKind
from ferric.traits.obligation import EMPTY_PARAM_ENV, MISC_CAUSE, Obligation
from ferric.traits.project import normalize_deep
from ferric.traits.select import SelectionContext, SelKind
from ferric.ty import ty as t
from ferric.ty.context import AssocKind, TyCtxt
from ferric.ty.fold import TypeFolder, erase_regions, instantiate
from ferric.ty.predicate import ProjectionPredicate, TraitPredicate, TraitRef


class CodegenError(Exception):
    """A construct the Python backend cannot compile (yet): reported to the user as an
    error, never as a wrong program."""


class LinkError(CodegenError):
    """The program calls a foreign function the C library does not define: rustc's build
    fails at the link step (`undefined symbol`), so ferric's does too."""

    def __init__(self, symbol: str) -> None:
        super().__init__(f"undefined symbol: {symbol}")
        self.symbol = symbol


class InstKind(enum.Enum):
    ITEM = "item"
    """A function with a body (or an intrinsic, when it has none)."""
    VIRTUAL = "virtual"
    """A trait method called on `dyn Trait`: through the vtable (`index`)."""
    CLOSURE = "closure"
    """A closure's body called through `Fn`/`FnMut`/`FnOnce` (`def_id` is the closure)."""
    FN_PTR_CALL = "fn_ptr_call"
    """`Fn*::call*` on a fn item or fn pointer: a direct call with the tuple spread."""
    CLONE_SHIM = "clone_shim"
    """`Clone::clone` for tuples, arrays, closures, fn items and pointers (built in)."""
    DROP_NOOP = "drop_noop"
    FN_PTR_ADDR = "fn_ptr_addr"
    """`FnPtr::addr` (built in): the fn pointer's Python function is its address."""
    COROUTINE = "coroutine"
    """The body of an `async` block or `async fn` (`self_ty`, a `Coroutine`): a Python
    generator function, started by the first poll."""
    COROUTINE_POLL = "coroutine_poll"
    """`Future::poll` of a coroutine (built in): resumes its body (`rt.core.coro_resume`)."""


@dataclass(frozen=True, slots=True)
class Instance:
    kind: InstKind
    def_id: DefId
    args: t.GenericArgs
    index: int = -1
    self_ty: t.Ty | None = None


class _RevealOpaques(TypeFolder):
    def __init__(self, mono: Mono) -> None:
        super().__init__()
        self.mono = mono

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & t.HAS_OPAQUE:
            return ty
        if isinstance(ty, t.Alias) and ty.kind is t.AliasKind.OPAQUE:
            in_impl = self.mono.trait_opaque_in_impl(ty)
            if in_impl is not None:
                return self.fold_ty(in_impl)
            hidden = self.mono.hidden_type(ty.def_id)
            return self.fold_ty(instantiate(hidden, tuple(self.fold_arg(a) for a in ty.args)))
        return super().fold_ty(ty)

    def fold_arg(self, a: t.GenericArg) -> t.GenericArg:
        return self.fold_ty(a) if isinstance(a, t.Ty) else a


class _ImplCoroutines(TypeFolder):
    def __init__(self, mono: Mono) -> None:
        super().__init__()
        self.mono = mono

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if isinstance(ty, t.Coroutine):
            got = self.mono.impl_coroutine(ty)
            if got is not ty:
                return got
        if isinstance(ty, t.Int | t.Uint | t.Float | t.Bool | t.Char | t.Str):
            return ty
        return super().fold_ty(ty)


class _EvalConsts(TypeFolder):
    """Array lengths written as constant expressions (`[u8; char::MAX_LEN_UTF8]`)."""

    def __init__(self, mono: Mono) -> None:
        super().__init__()
        self.mono = mono

    def fold_const(self, c: t.Const) -> t.Const:
        if isinstance(c, t.ConstUnevaluated):
            return self.mono.eval_const(c)
        return super().fold_const(c)


class _LazyResults(dict):  # type: ignore[type-arg]
    """Type check results for constant evaluation, computed on first use."""

    def __init__(self, mono: Mono) -> None:
        super().__init__()
        self.mono = mono

    def get(self, key: object, default: object = None) -> object:
        try:
            return self[key]
        except CodegenError:
            return default

    def __missing__(self, key: DefId) -> object:
        r = self.mono.typeck(key)  # type: ignore[operator]
        self[key] = r
        return r


class Mono:
    def __init__(self, tcx: TyCtxt, typeck: object) -> None:
        self.tcx = tcx
        self.typeck = typeck
        """`typeck(owner) -> TypeckResults`: type checks a body on demand (std's too)."""
        self._concrete: dict[tuple[t.Ty, t.GenericArgs], t.Ty] = {}
        self._resolved: dict[tuple[DefId, t.GenericArgs], Instance] = {}
        self._trait_of: dict[DefId, DefId | None] = {}
        self._impl_coroutines: dict[t.Ty, t.Ty] = {}
        self.lang_of: dict[DefId, str] = {v: k for k, v in tcx.hir.lang_items.items()}

    # -- types ------------------------------------------------------------------------------

    def selcx(self) -> SelectionContext:
        return SelectionContext(self.tcx, InferCtxt(), EMPTY_PARAM_ENV)

    def concrete(self, ty: t.Ty, args: t.GenericArgs) -> t.Ty:
        key = (ty, args)
        got = self._concrete.get(key)
        if got is not None:
            return got
        out = instantiate(ty, args) if ty.flags & t.HAS_PARAMS else ty
        out = self.normalize(out)
        self._concrete[key] = out
        return out

    def normalize(self, ty: t.Ty) -> t.Ty:
        for _ in range(8):
            if ty.flags & t.HAS_OPAQUE:
                ty = _RevealOpaques(self).fold_ty(ty)
            if ty.flags & t.HAS_PROJECTION:
                sel = self.selcx()
                ty = sel.infcx.resolve_ty(normalize_deep(sel, ty, None))
            if ty.flags & t.HAS_PROJECTION:
                ty = _EvalConsts(self).fold_ty(ty)
            if not ty.flags & (t.HAS_OPAQUE | t.HAS_PROJECTION):
                break
        ty = erase_regions(ty)
        if ty.flags & (t.HAS_PARAMS | t.HAS_INFER | t.HAS_PROJECTION):
            raise CodegenError(f"type `{ty}` is not concrete")
        got = self._impl_coroutines.get(ty)
        if got is None:
            got = self._impl_coroutines[ty] = _ImplCoroutines(self).fold_ty(ty)
        return got

    def impl_coroutine(self, ty: t.Coroutine) -> t.Ty:
        """The future of a trait's `async fn` (`Coroutine(Trait::method, ..)` as a generic
        caller sees it) with concrete arguments: the selected impl's future (rustc: the
        RPITIT `impl Future` the impl defines)."""
        if self.tcx.def_kind(ty.def_id) is not DefKind.ASSOC_FN or self.trait_of_item(ty.def_id) is None:
            return ty
        inst = self.resolve(ty.def_id, ty.parent_args)
        if inst.kind is not InstKind.ITEM or inst.def_id == ty.def_id:
            return ty
        return self.normalize(self.tcx.fn_sig_instantiated(inst.def_id, inst.args).output)

    def concrete_args(self, args: t.GenericArgs, outer: t.GenericArgs) -> t.GenericArgs:
        return tuple(self.concrete(a, outer) if isinstance(a, t.Ty) else self._const(a, outer) for a in args)

    def _const(self, a: t.GenericArg, outer: t.GenericArgs) -> t.GenericArg:
        if isinstance(a, t.Region):
            return t.RE_ERASED if hasattr(t, "RE_ERASED") else a
        if isinstance(a, t.Const) and a.flags & t.HAS_PARAMS:
            return instantiate(a, outer)
        return a

    def eval_const(self, c: t.ConstUnevaluated) -> t.Const:
        from ferric.consteval.check import ConstEvalCtxt
        from ferric.consteval.machine import Machine

        cx = ConstEvalCtxt(self.tcx, _LazyResults(self))
        cx.local_crate = self.tcx.crate_of(c.def_id)
        try:
            v = Machine(cx).eval_body(c.def_id, self.typeck(c.def_id))  # type: ignore[operator]
        except Exception as e:
            raise CodegenError(f"a constant in a type could not be evaluated ({type(e).__name__})") from None
        inner = v if isinstance(v, bool | int) else getattr(v, "c", None)
        if isinstance(inner, bool | int | str):
            return t.ConstValue(inner, t.USIZE)
        raise CodegenError("a constant in a type could not be evaluated")

    def hidden_type(self, opaque: DefId) -> t.Ty:
        ty = self.tcx.type_of(opaque)
        if (isinstance(ty, t.Alias) and ty.kind is t.AliasKind.OPAQUE and ty.def_id == opaque) or ty.references_error:
            # Not known yet: type check the function that defines it.
            owner = self.tcx.parent(opaque)
            while owner is not None and self.tcx.def_kind(owner) not in (DefKind.FN, DefKind.ASSOC_FN):
                owner = self.tcx.parent(owner)
            if owner is not None:
                self.typeck(owner)  # type: ignore[operator]
            ty = self.tcx.type_of(opaque)
        return ty

    def trait_opaque_in_impl(self, ty: t.Alias) -> t.Ty | None:
        """`impl Trait` in a trait method's return type (RPITIT) with concrete arguments:
        the type the selected impl's method returns in its place (rustc's
        `<Self as Trait>::{synthetic}` projection, which the impl defines)."""
        owner = self.tcx.parent(ty.def_id)
        while owner is not None and self.tcx.def_kind(owner) not in (DefKind.FN, DefKind.ASSOC_FN):
            owner = self.tcx.parent(owner)
        if owner is None or self.trait_of_item(owner) is None:
            return None
        n = self.tcx.generics_of(owner).count()
        args = ty.args[:n]
        if any(isinstance(a, t.Ty) and a.flags & (t.HAS_PARAMS | t.HAS_INFER) for a in args):
            return None
        inst = self.resolve(owner, tuple(self.normalize(a) if isinstance(a, t.Ty) else a for a in args))
        if inst.kind is not InstKind.ITEM or inst.def_id == owner:
            return None  # (the trait's default body defines it: its own hidden type)
        trait_out = self.tcx.fn_sig(owner).output
        impl_out = self.tcx.fn_sig_instantiated(inst.def_id, inst.args).output
        return _matching_part(trait_out, impl_out, ty.def_id)

    # -- instances --------------------------------------------------------------------------

    def trait_of_item(self, def_id: DefId) -> DefId | None:
        if def_id in self._trait_of:
            return self._trait_of[def_id]
        parent = self.tcx.parent(def_id)
        trait = parent if parent is not None and self.tcx.def_kind(parent) is DefKind.TRAIT else None
        self._trait_of[def_id] = trait
        return trait

    def resolve(self, def_id: DefId, args: t.GenericArgs) -> Instance:
        key = (def_id, args)
        got = self._resolved.get(key)
        if got is None:
            got = self._resolve(def_id, args)
            self._resolved[key] = got
        return got

    def _resolve(self, def_id: DefId, args: t.GenericArgs) -> Instance:
        tcx = self.tcx
        trait = self.trait_of_item(def_id)
        if trait is None:
            return Instance(InstKind.ITEM, def_id, args)
        n = tcx.generics_of(trait).count()
        trait_args = args[:n]
        own_args = args[n:]
        self_ty = trait_args[0]
        assert isinstance(self_ty, t.Ty)
        name = tcx.item_name(def_id)
        if isinstance(self_ty, t.Dynamic) and self._dyn_has_trait(self_ty, trait):
            return Instance(InstKind.VIRTUAL, def_id, args, self_ty=self_ty)
        sel = self.selcx()
        tr = TraitRef(trait, trait_args)
        selection = sel.select(Obligation(TraitPredicate(tr), MISC_CAUSE))
        if selection.kind is not SelKind.OK:
            if isinstance(self_ty, t.Dynamic):
                # (A method only reachable through a vtable entry nothing calls.)
                return Instance(InstKind.VIRTUAL, def_id, args, self_ty=self_ty)
            raise CodegenError(f"no impl of `{tr}` found at code generation")
        impl_id = selection.impl_id
        if impl_id is None:
            return self._builtin(def_id, trait, name, self_ty, args)
        fresh = sel.fresh_args_for(impl_id)
        impl_tr = tcx.impl_trait_ref(impl_id)
        assert impl_tr is not None
        sel.equate.args(instantiate(impl_tr, fresh).args, trait_args)
        if any(isinstance(a, t.Ty) and a.flags & t.HAS_INFER for a in sel.infcx.resolve_vars_if_possible(fresh)):  # type: ignore[union-attr]
            self._constrain_by_where_clauses(sel, impl_id, fresh)
        impl_args = sel.infcx.resolve_vars_if_possible(fresh)
        assert isinstance(impl_args, tuple)
        impl_args = tuple(self.normalize(a) if isinstance(a, t.Ty) else a for a in impl_args)
        for item in tcx.associated_items(impl_id):
            if item.trait_item == def_id or (item.name == name and item.kind is AssocKind.FN):
                return Instance(InstKind.ITEM, item.def_id, (*impl_args, *own_args))
        # The trait's default body, for this impl's trait arguments.
        return Instance(InstKind.ITEM, def_id, args)

    def _dyn_has_trait(self, dyn: t.Dynamic, trait: DefId) -> bool:
        """Whether `dyn Tr` implements `trait` through its vtable (`Tr` or a supertrait),
        rather than by an impl written for the trait object type (`impl X for dyn Tr`)."""
        pr = dyn.principal
        if pr is None:
            return False
        seen: set[DefId] = set()
        todo = [pr.def_id]
        while todo:
            d = todo.pop()
            if d == trait:
                return True
            if d in seen:
                continue
            seen.add(d)
            todo.extend(tr.def_id for tr, _ in self.tcx.supertraits(d))
        return False

    def _constrain_by_where_clauses(self, sel: SelectionContext, impl_id: DefId, fresh: t.GenericArgs) -> None:
        """Impl parameters the trait reference does not fix are fixed by the impl's
        projection bounds (`impl<I: Iterator<Item = T>, T> Tr for I`: `T` is `I::Item`)."""
        for _ in range(3):
            for pred, _span in self.tcx.predicates_of(impl_id):
                if not isinstance(pred, ProjectionPredicate):
                    continue
                p = instantiate(pred, fresh)
                assert isinstance(p, ProjectionPredicate)
                alias = sel.infcx.resolve_ty(p.alias)
                if alias.flags & t.HAS_INFER and not isinstance(sel.infcx.shallow_resolve(alias.args[0]), t.Ty):
                    continue
                got = normalize_deep(sel, alias, None)
                if got.flags & t.HAS_PROJECTION:
                    continue
                with contextlib.suppress(TypeMismatch):
                    sel.equate.tys(sel.infcx.resolve_ty(got), p.term)
            if not any(isinstance(a, t.Ty) and sel.infcx.resolve_ty(a).flags & t.HAS_INFER for a in fresh):
                return

    def _builtin(self, def_id: DefId, trait: DefId, name: str, self_ty: t.Ty, args: t.GenericArgs) -> Instance:
        lang = self.lang_of.get(trait)
        if lang in ("fn", "fn_mut", "fn_once"):
            if isinstance(self_ty, t.Closure):
                return Instance(InstKind.CLOSURE, self_ty.def_id, self_ty.args, self_ty=self_ty)
            if isinstance(self_ty, t.FnDef | t.FnPtr):
                return Instance(InstKind.FN_PTR_CALL, def_id, args, self_ty=self_ty)
        if lang == "clone":
            return Instance(InstKind.CLONE_SHIM, def_id, args, self_ty=self_ty)
        if name == "drop":
            return Instance(InstKind.DROP_NOOP, def_id, args, self_ty=self_ty)
        if lang == "fn_ptr_trait":
            return Instance(InstKind.FN_PTR_ADDR, def_id, args, self_ty=self_ty)
        if lang == "future_trait" and isinstance(self_ty, t.Coroutine):
            return Instance(InstKind.COROUTINE_POLL, def_id, args, self_ty=self_ty)
        raise CodegenError(f"built-in impl of `{self.tcx.def_path_str(trait)}` for `{self_ty}` is not supported yet")

    def vtable_methods(self, trait: DefId) -> list[DefId]:
        """The methods of `trait` and its supertraits in vtable order."""
        out: list[DefId] = []
        seen: set[DefId] = set()

        def walk(tr: DefId) -> None:
            if tr in seen:
                return
            seen.add(tr)
            for sup in self.supertraits(tr):
                walk(sup)
            for item in self.tcx.associated_items(tr):
                if item.kind is AssocKind.FN and item.fn_has_self:
                    out.append(item.def_id)

        walk(trait)
        return out

    def supertraits(self, trait: DefId) -> list[DefId]:
        out: list[DefId] = []
        for clause, _ in self.tcx.predicates_of(trait):
            if isinstance(clause, TraitPredicate):
                st = clause.trait_ref.self_ty
                if isinstance(st, t.Param) and st.index == 0 and clause.def_id != trait:
                    out.append(clause.def_id)
        return out


def _matching_part(pattern: t.Ty, ty: t.Ty, opaque: DefId) -> t.Ty | None:
    """The part of `ty` at the position of the opaque type `opaque` in `pattern` (a trait
    method's declared return type against an impl's)."""
    if isinstance(pattern, t.Alias) and pattern.kind is t.AliasKind.OPAQUE and pattern.def_id == opaque:
        return ty
    pairs: list[tuple[t.GenericArg, t.GenericArg]] = []
    if isinstance(pattern, t.Adt) and isinstance(ty, t.Adt) and pattern.def_id == ty.def_id:
        pairs = list(zip(pattern.args, ty.args, strict=False))
    elif isinstance(pattern, t.Ref) and isinstance(ty, t.Ref):
        pairs = [(pattern.pointee, ty.pointee)]
    elif isinstance(pattern, t.Tuple) and isinstance(ty, t.Tuple):
        pairs = list(zip(pattern.elems, ty.elems, strict=False))
    for p, q in pairs:
        if isinstance(p, t.Ty) and isinstance(q, t.Ty):
            got = _matching_part(p, q, opaque)
            if got is not None:
                return got
    return None
