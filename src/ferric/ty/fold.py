"""Folding: rebuilding types with some parts replaced (rustc's `TypeFolder`).

A `TypeFolder` visits a type bottom-up; subclasses override `fold_ty` / `fold_region` /
`fold_const` to replace what they care about and call `super_fold_*` to recurse. Subtrees
whose flags say they contain nothing of interest are returned unchanged (`needs` mask).

`instantiate(x, args)` replaces generic parameters with `args` (rustc's `EarlyBinder::
instantiate`); it applies to types, args, trait refs, predicates and signatures alike.
"""

from __future__ import annotations

from typing import TypeVar

from ferric.ty import ty as t
from ferric.ty.predicate import (
    ProjectionPredicate,
    RegionOutlives,
    TraitPredicate,
    TraitRef,
    TypeOutlives,
)

_X = TypeVar("_X")


class TypeFolder:
    needs: int = ~0
    """Only subtrees with one of these flags are visited (others are kept as they are)."""

    def __init__(self) -> None:
        self._cache: dict[t.Ty, t.Ty] = {}

    # -- entry points -----------------------------------------------------------------------------

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        return self.super_fold_ty(ty)

    def fold_region(self, r: t.Region) -> t.Region:
        return r

    def fold_const(self, c: t.Const) -> t.Const:
        return self.super_fold_const(c)

    def fold_arg(self, a: t.GenericArg) -> t.GenericArg:
        if isinstance(a, t.Ty):
            return self.fold_ty(a) if a.flags & self.needs else a
        if isinstance(a, t.Region):
            return self.fold_region(a)
        return self.fold_const(a) if a.flags & self.needs else a

    def fold_args(self, args: t.GenericArgs) -> t.GenericArgs:
        # (The hottest loop of type checking: plain loops, no generators.)
        fold_arg = self.fold_arg
        out = [fold_arg(a) for a in args]
        for x, y in zip(out, args, strict=True):
            if x is not y:
                return tuple(out)
        return args

    def fold_tys(self, tys: tuple[t.Ty, ...]) -> tuple[t.Ty, ...]:
        needs = self.needs
        fold_ty = self.fold_ty
        out = [fold_ty(x) if x.flags & needs else x for x in tys]
        for x, y in zip(out, tys, strict=True):
            if x is not y:
                return tuple(out)
        return tys

    # -- structure ---------------------------------------------------------------------------------

    def super_fold_ty(self, ty: t.Ty) -> t.Ty:
        if not ty.flags & self.needs:
            return ty
        cached = self._cache.get(ty)
        if cached is not None:
            return cached
        res = self._fold_structure(ty)
        self._cache[ty] = res
        return res

    def _fold_structure(self, ty: t.Ty) -> t.Ty:
        # (Dispatch on the exact class, most frequent first; a type whose parts fold to
        # themselves is returned as it is: interning would give back the same object.)
        cls = type(ty)
        if cls is t.Adt or cls is t.FnDef or cls is t.Closure or cls is t.Coroutine:
            key = ty._key
            args = self.fold_args(key[1])
            return ty if args is key[1] else cls(key[0], args)  # type: ignore[call-arg]
        if cls is t.Ref:
            region, pointee, mutbl = ty._key
            r, p = self.fold_region(region), self.fold_ty(pointee)
            return ty if r is region and p is pointee else t.Ref(r, p, mutbl)
        if cls is t.Tuple:
            assert isinstance(ty, t.Tuple)
            elems = self.fold_tys(ty.elems)
            return ty if elems is ty.elems else t.Tuple(elems)
        if cls is t.Alias:
            assert isinstance(ty, t.Alias)
            args = self.fold_args(ty.args)
            return ty if args is ty.args else t.Alias(ty.kind, ty.def_id, args)
        if cls is t.Slice:
            assert isinstance(ty, t.Slice)
            elem = self.fold_ty(ty.elem)
            return ty if elem is ty.elem else t.Slice(elem)
        if cls is t.Array:
            assert isinstance(ty, t.Array)
            elem, n = self.fold_ty(ty.elem), self.fold_const(ty.len)
            return ty if elem is ty.elem and n is ty.len else t.Array(elem, n)
        if cls is t.RawPtr:
            assert isinstance(ty, t.RawPtr)
            pointee = self.fold_ty(ty.pointee)
            return ty if pointee is ty.pointee else t.RawPtr(pointee, ty.mutbl)
        if cls is t.FnPtr:
            assert isinstance(ty, t.FnPtr)
            sig = self.fold_sig(ty.sig)
            return ty if sig is ty.sig else t.FnPtr(sig)
        if cls is t.Dynamic:
            assert isinstance(ty, t.Dynamic)
            p = ty.principal
            principal = t.ExistentialTraitRef(p.def_id, self.fold_args(p.args)) if p is not None else None
            projs = tuple(
                t.ExistentialProjection(pr.def_id, self.fold_args(pr.args), self.fold_ty(pr.term)) for pr in ty.projections
            )
            return t.Dynamic(principal, projs, ty.auto_traits, self.fold_region(ty.region))
        return ty

    def super_fold_const(self, c: t.Const) -> t.Const:
        if isinstance(c, t.ConstValue):
            ty = self.fold_ty(c.ty)
            return c if ty is c.ty else t.ConstValue(c.value, ty)
        if isinstance(c, t.ConstUnevaluated):
            return t.ConstUnevaluated(c.def_id, self.fold_args(c.args))
        return c

    def fold_sig(self, sig: t.FnSig) -> t.FnSig:
        inputs = self.fold_tys(sig.inputs)
        output = self.fold_ty(sig.output) if sig.output.flags & self.needs else sig.output
        if inputs is sig.inputs and output is sig.output:
            return sig
        return sig.replace(inputs=inputs, output=output)

    def fold_trait_ref(self, tr: TraitRef) -> TraitRef:
        args = self.fold_args(tr.args)
        return tr if args is tr.args else TraitRef(tr.def_id, args)

    def fold_clause(self, c: object) -> object:
        if isinstance(c, TraitPredicate):
            return TraitPredicate(self.fold_trait_ref(c.trait_ref), c.negative)
        if isinstance(c, ProjectionPredicate):
            alias = self.fold_ty(c.alias)
            assert isinstance(alias, t.Alias)
            return ProjectionPredicate(alias, self.fold_ty(c.term))
        if isinstance(c, TypeOutlives):
            return TypeOutlives(self.fold_ty(c.ty), self.fold_region(c.region))
        if isinstance(c, RegionOutlives):
            return RegionOutlives(self.fold_region(c.a), self.fold_region(c.b))
        raise TypeError(c)

    def fold(self, x: _X) -> _X:
        """Fold any foldable value (type, args, trait ref, predicate, signature)."""
        cls = type(x)
        if cls is TraitRef:  # (the most frequent non-types: before the isinstance chain)
            return self.fold_trait_ref(x)  # type: ignore[arg-type, return-value]
        if cls is TraitPredicate or cls is ProjectionPredicate:
            return self.fold_clause(x)  # type: ignore[return-value]
        if isinstance(x, t.Ty):
            return self.fold_ty(x)  # type: ignore[return-value]
        if isinstance(x, tuple):
            return tuple(self.fold(e) for e in x)  # type: ignore[return-value]
        if isinstance(x, t.Region):
            return self.fold_region(x)  # type: ignore[return-value]
        if isinstance(x, t.Const):
            return self.fold_const(x)  # type: ignore[return-value]
        if isinstance(x, t.FnSig):
            return self.fold_sig(x)  # type: ignore[return-value]
        if isinstance(x, TraitRef):
            return self.fold_trait_ref(x)  # type: ignore[return-value]
        if isinstance(x, TraitPredicate | ProjectionPredicate | TypeOutlives | RegionOutlives):
            return self.fold_clause(x)  # type: ignore[return-value]
        if isinstance(x, t.ExistentialTraitRef):
            return t.ExistentialTraitRef(x.def_id, self.fold_args(x.args))  # type: ignore[return-value]
        return x


class ArgFolder(TypeFolder):
    """Replaces generic parameters by index with `args`."""

    needs = t.HAS_PARAMS

    def __init__(self, args: t.GenericArgs) -> None:
        super().__init__()
        self.args = args

    def fold_ty(self, ty: t.Ty) -> t.Ty:
        if isinstance(ty, t.Param):
            if ty.index < len(self.args):
                a = self.args[ty.index]
                if isinstance(a, t.Ty):
                    return a
            return ty
        return self.super_fold_ty(ty)

    def fold_region(self, r: t.Region) -> t.Region:
        if isinstance(r, t.ReEarlyParam) and r.index < len(self.args):
            a = self.args[r.index]
            if isinstance(a, t.Region):
                return a
        return r

    def fold_const(self, c: t.Const) -> t.Const:
        if isinstance(c, t.ConstParam) and c.index < len(self.args):
            a = self.args[c.index]
            if isinstance(a, t.Const):
                return a
        return self.super_fold_const(c)


def instantiate(x: _X, args: t.GenericArgs) -> _X:
    """`x` with generic parameter `i` replaced by `args[i]`."""
    if not args:
        return x
    if isinstance(x, t.Interned):
        if not x.flags & t.HAS_PARAMS:
            return x  # (interned: folding would give back the same object)
        key = (x, args)
        got = _INSTANTIATED.get(key)
        if got is None:
            got = _INSTANTIATED[key] = ArgFolder(args).fold(x)
        return got  # type: ignore[no-any-return]
    return ArgFolder(args).fold(x)


_INSTANTIATED: dict[tuple[object, t.GenericArgs], object] = {}
"""`instantiate`'s answers for interned values (types, trait refs, predicates), for the
process: a substitution depends on nothing else, and interned values never change (trait
selection instantiates the same impl with the same fresh variables over and over, as
variables made in a rolled-back snapshot are made again with the same numbers)."""


class RegionEraser(TypeFolder):
    needs = t.HAS_FREE_REGIONS | t.HAS_RE_INFER | t.HAS_RE_PARAM | t.HAS_RE_BOUND

    def fold_region(self, r: t.Region) -> t.Region:
        return t.RE_ERASED


def erase_regions(x: _X) -> _X:
    return RegionEraser().fold(x)


class TyWalker:
    """Every type inside a type (pre-order, each once), for "does it mention X" checks."""

    @staticmethod
    def walk(ty: t.Ty) -> list[t.Ty]:
        out: list[t.Ty] = []
        seen: set[int] = set()
        stack = [ty]
        while stack:
            cur = stack.pop()
            if id(cur) in seen:
                continue
            seen.add(id(cur))
            out.append(cur)
            stack.extend(reversed(children(cur)))
        return out


def children(ty: t.Ty) -> list[t.Ty]:
    """The types directly inside `ty`."""
    if isinstance(ty, t.Adt | t.FnDef | t.Closure | t.Coroutine | t.Alias):
        return [a for a in ty.args if isinstance(a, t.Ty)]
    if isinstance(ty, t.Ref | t.RawPtr):
        return [ty.pointee]
    if isinstance(ty, t.Slice | t.Array):
        return [ty.elem]
    if isinstance(ty, t.Tuple):
        return list(ty.elems)
    if isinstance(ty, t.FnPtr):
        return [*ty.sig.inputs, ty.sig.output]
    if isinstance(ty, t.Dynamic):
        out: list[t.Ty] = []
        if ty.principal is not None:
            out.extend(a for a in ty.principal.args if isinstance(a, t.Ty))
        for p in ty.projections:
            out.extend(a for a in p.args if isinstance(a, t.Ty))
            out.append(p.term)
        return out
    return []
