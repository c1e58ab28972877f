"""`std::any::type_name::<T>()`: a type printed the way rustc's `type_name` intrinsic prints it.

Unlike diagnostics (`ty.print`, trimmed names), `type_name` spells every item with its full
path from its crate (`t3::inner::Thing`, `alloc::vec::Vec<alloc::string::String>`), leaves
out generic arguments equal to their parameter's default (`HashMap<K, V>`, not
`HashMap<K, V, RandomState>`), names closures `crate::main::{{closure}}` and function items by
their path.

ferric's std is one crate, `std`; rustc's is three (core, alloc, std) with their own module
layout. `rustc_std_path` maps a path of ferric's std to the one rustc prints: first the items
whose path differs beyond the crate (`_ITEM_PATHS`), then by top-level module
(`_CORE_MODULES`, `_ALLOC_MODULES`); anything else stays in `std`.

Invariant: only called on monomorphic types (no parameters or inference variables remain);
what cannot occur there prints as `ty_to_string` prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ferric.resolve.defs import DefKind
from ferric.ty import ty as t
from ferric.ty.fold import instantiate
from ferric.ty.generics import ParamKind
from ferric.ty.print import _region_shown, ty_to_string

if TYPE_CHECKING:
    from ferric.resolve.defs import DefId
    from ferric.ty.context import TyCtxt

_CORE_MODULES: Final = frozenset(
    {
        "any",
        "array",
        "ascii",
        "cell",
        "char",
        "clone",
        "cmp",
        "convert",
        "default",
        "error",
        "f32",
        "f64",
        "fmt",
        "future",
        "hash",
        "hint",
        "iter",
        "marker",
        "mem",
        "num",
        "ops",
        "option",
        "panic",
        "pin",
        "primitive",
        "ptr",
        "result",
        "slice",
        "str",
        "task",
        "time",
    }
)
"""Top-level modules of ferric's std whose items rustc's std re-exports from `core`."""

_ALLOC_MODULES: Final = frozenset({"borrow", "boxed", "collections", "rc", "string", "vec"})
"""Top-level modules whose items come from `alloc` (the hash collections excepted)."""

_ITEM_PATHS: Final = {
    "std::collections::hash_map::HashMap": "std::collections::hash::map::HashMap",
    "std::collections::hash_set::HashSet": "std::collections::hash::set::HashSet",
    "std::collections::hash_map::RandomState": "std::hash::random::RandomState",
    "std::collections::btree_map::BTreeMap": "alloc::collections::btree::map::BTreeMap",
    "std::collections::btree_set::BTreeSet": "alloc::collections::btree::set::BTreeSet",
    "std::sync::arc::Arc": "alloc::sync::Arc",
    "std::sync::arc::Weak": "alloc::sync::Weak",
    "std::sync::mutex::Mutex": "std::sync::poison::mutex::Mutex",
    "std::sync::rwlock::RwLock": "std::sync::poison::rwlock::RwLock",
    "std::num::ParseIntError": "core::num::error::ParseIntError",
    "std::num::TryFromIntError": "core::num::error::TryFromIntError",
    "std::num::ParseFloatError": "core::num::dec2flt::ParseFloatError",
    "std::vec::IntoIter": "alloc::vec::into_iter::IntoIter",
    "std::time::Instant": "std::time::Instant",
    "std::time::SystemTime": "std::time::SystemTime",
}
"""ferric std paths whose rustc path differs in more than the crate name."""


def rustc_std_path(path: str) -> str:
    """`std::vec::Vec` -> `alloc::vec::Vec`, `std::option::Option` -> `core::option::Option`."""
    known = _ITEM_PATHS.get(path)
    if known is not None:
        return known
    for ferric_mod, rustc_mod in (("hash_map", "hash::map"), ("hash_set", "hash::set")):
        if path.startswith(f"std::collections::{ferric_mod}::"):
            return path.replace(ferric_mod, rustc_mod, 1)
    parts = path.split("::")
    if len(parts) < 3 or parts[0] != "std":
        return path
    module = parts[1]
    if module in _CORE_MODULES:
        parts[0] = "core"
    elif module in _ALLOC_MODULES and not parts[2].startswith("hash"):
        parts[0] = "alloc"
    return "::".join(parts)


def type_name(tcx: TyCtxt, ty: t.Ty) -> str:
    """What `std::any::type_name::<ty>()` returns under rustc."""
    return _Printer(tcx).ty(ty)


class _Printer:
    __slots__ = ("tcx",)

    def __init__(self, tcx: TyCtxt) -> None:
        self.tcx = tcx

    def path(self, def_id: DefId) -> str:
        if self.tcx.defs.kind(def_id) is DefKind.CLOSURE:
            parent = self.tcx.defs.parent(def_id)
            return (self.path(parent) if parent is not None else "") + "::{{closure}}"
        full = self.tcx.defs.path_str(def_id, self.tcx.crate_names)
        return rustc_std_path(full)

    def ty(self, ty: t.Ty) -> str:
        if isinstance(ty, t.Adt):
            return self.path(ty.def_id) + self.args(ty.def_id, ty.args)
        if isinstance(ty, t.Ref):
            return ("&mut " if ty.mutbl.name == "MUT" else "&") + self.ty(ty.pointee)
        if isinstance(ty, t.RawPtr):
            return ("*mut " if ty.mutbl.name == "MUT" else "*const ") + self.ty(ty.pointee)
        if isinstance(ty, t.Array):
            return f"[{self.ty(ty.elem)}; {ty.len}]"
        if isinstance(ty, t.Slice):
            return f"[{self.ty(ty.elem)}]"
        if isinstance(ty, t.Tuple):
            elems = [self.ty(e) for e in ty.elems]
            return f"({elems[0]},)" if len(elems) == 1 else "(" + ", ".join(elems) + ")"
        if isinstance(ty, t.FnPtr):
            sig = ty.sig
            out = "" if sig.output is t.UNIT else f" -> {self.ty(sig.output)}"
            return f"fn({', '.join(self.ty(i) for i in sig.inputs)}){out}"
        if isinstance(ty, t.FnDef):
            return self.fn_item(ty.def_id, ty.args)
        if isinstance(ty, t.Closure):
            return self.path(ty.def_id)
        if isinstance(ty, t.Dynamic):
            return "dyn " + self.dyn_bounds(ty)
        return ty_to_string(ty)

    def fn_item(self, def_id: DefId, args: t.GenericArgs) -> str:
        """`crate::f<i32>`; a method as rustc prints it: `crate::S::m`, `<crate::S as crate::Tr>::t`."""
        parent = self.tcx.defs.parent(def_id)
        pkind = self.tcx.defs.kind(parent) if parent is not None else None
        if parent is None or pkind not in (DefKind.TRAIT, DefKind.IMPL):
            return self.path(def_id) + self.args(def_id, args)
        n_parent = self.tcx.generics_of(parent).count()
        name = self.tcx.defs.name(def_id) + self.args(def_id, args[n_parent:])
        if pkind is DefKind.TRAIT:
            return f"<{self.ty(args[0]) if isinstance(args[0], t.Ty) else args[0]} as {self.path(parent)}{self.args(parent, args[1:n_parent])}>::{name}"
        self_ty = self.ty(instantiate(self.tcx.type_of(parent), args[:n_parent]))
        tr = self.tcx.impl_trait_ref(parent)
        if tr is None:
            return f"{self_ty}::{name}"
        tr = instantiate(tr, args[:n_parent])
        return f"<{self_ty} as {self.path(tr.def_id)}{self.args(tr.def_id, tr.args[1:])}>::{name}"

    def args(self, def_id: DefId, args: t.GenericArgs) -> str:
        """`<A, B>` without the trailing arguments equal to their parameter's default."""
        shown = list(args)
        if self.tcx.defs.kind(def_id) in (
            DefKind.FN,
            DefKind.ASSOC_FN,
            DefKind.CLOSURE,
            DefKind.TRAIT,
        ):
            shown = [a for a in shown if not isinstance(a, t.Region)]
        else:
            params = self.tcx.generics_of(def_id).all_params
            while (
                shown
                and len(shown) <= len(params)
                and self._is_default(params[len(shown) - 1], shown[-1])
            ):
                shown.pop()
        if not shown:
            return ""
        parts = []
        for a in shown:
            if isinstance(a, t.Region):
                parts.append(str(a) if _region_shown(a) else "'_")
            elif isinstance(a, t.Ty):
                parts.append(self.ty(a))
            else:
                parts.append(str(a))
        return "<" + ", ".join(parts) + ">"

    def _is_default(self, param: object, arg: t.GenericArg) -> bool:
        from ferric.ty.lower import HirTyLowerer

        if getattr(param, "kind", None) is not ParamKind.TYPE or not getattr(
            param, "has_default", False
        ):
            return False
        pid = getattr(param, "def_id", None)
        if pid is None:
            return False
        owner = self.tcx.owner_item(pid)
        if owner is None:
            return False
        return HirTyLowerer(self.tcx, owner).param_default(pid) == arg

    def dyn_bounds(self, ty: t.Dynamic) -> str:
        parts: list[str] = []
        p = ty.principal
        if p is not None:
            name = self.path(p.def_id)
            if (
                name.endswith(("::Fn", "::FnMut", "::FnOnce"))
                and p.args
                and isinstance(p.args[0], t.Tuple)
            ):
                out = ""
                for pr in ty.projections:
                    if pr.term is not t.UNIT and isinstance(pr.term, t.Ty):
                        out = f" -> {self.ty(pr.term)}"
                parts.append(f"{name}({', '.join(self.ty(i) for i in p.args[0].elems)}){out}")
            else:
                args = [self.ty(a) if isinstance(a, t.Ty) else str(a) for a in p.args]
                for pr in ty.projections:
                    term = self.ty(pr.term) if isinstance(pr.term, t.Ty) else str(pr.term)
                    args.append(f"{self.tcx.defs.name(pr.def_id)} = {term}")
                parts.append(name + ("<" + ", ".join(args) + ">" if args else ""))
        parts.extend(self.path(a) for a in ty.auto_traits)
        return " + ".join(parts)
