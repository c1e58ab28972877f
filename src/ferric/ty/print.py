"""Printing types the way rustc's diagnostics print them.

`ty_to_string(ty)` gives `Vec<i32>`, `&mut [u8]`, `{integer}`, `fn(i32) -> bool {is_even}`,
`{closure@main.rs:4:13: 4:21}`, `dyn Fn(&str) -> usize`, `impl Iterator<Item = u32>`,
`<T as Iterator>::Item`. Item names are "trimmed" as rustc trims them (`Vec`, not
`std::vec::Vec`, when the short name is unambiguous).

Names of definitions, closure locations and opaque types' bounds come from the type
context through `PrintHooks` (installed by `TyCtxt`); without hooks, DefIds print as
`def#N`, which only unit tests see.
"""

from __future__ import annotations

from collections.abc import Callable

from ferric.base.nodeclass import dataclass
from ferric.resolve.defs import DefId
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t


@dataclass(slots=True)
class PrintHooks:
    def_path: Callable[[DefId], str]
    """The trimmed path of an item (`Vec`, `Ordering`, `io::Error`)."""
    closure_location: Callable[[DefId], str]
    """`main.rs:4:13: 4:21` for a closure's span."""
    opaque_bounds: Callable[[DefId, t.GenericArgs], str]
    """The bounds of `impl Trait` (`Iterator<Item = u32>`)."""
    assoc_name: Callable[[DefId], tuple[DefId, str]]
    """An associated item's trait and name."""
    fn_sig: Callable[[DefId, t.GenericArgs], t.FnSig | None]
    """A function item's signature instantiated with `args` (None when unknown)."""
    is_async_fn: Callable[[DefId], bool] = lambda _d: False
    """Whether a coroutine's definition is an `async fn` (rather than an `async` block)."""
    arg_defaults: Callable[[DefId], tuple[t.GenericArg | None, ...]] = lambda _d: ()
    """An ADT's parameters' defaults that mention no parameter (None: no such default)."""


HOOKS: PrintHooks | None = None


def _def_path(def_id: DefId) -> str:
    if HOOKS is None:
        return f"def#{def_id}"
    return HOOKS.def_path(def_id)


def def_path(def_id: DefId) -> str:
    """How a definition's path prints (an ADT's type without its arguments)."""
    return _def_path(def_id)


def region_to_string(r: t.Region) -> str:
    return str(r)


def _region_shown(r: t.Region) -> bool:
    """Lifetimes rustc shows in `&'a T`: named ones (not erased/inferred/anonymous)."""
    if isinstance(r, t.ReStatic):
        return True
    if isinstance(r, t.ReEarlyParam | t.ReLateParam | t.ReBound):
        return r.name not in ("'_", "")
    return False


def args_to_string(args: t.GenericArgs) -> str:
    """`<'_, i32, 3>` (empty for no args). Anonymous lifetimes print as `'_`, as rustc
    prints `Formatter<'_>` and `Ref<'_, T>`."""
    parts: list[str] = []
    for a in args:
        if isinstance(a, t.Region):
            parts.append(str(a) if _region_shown(a) else "'_")
        elif isinstance(a, t.Const):
            parts.append(str(a))
        else:
            parts.append(ty_to_string(a))
    return "<" + ", ".join(parts) + ">" if parts else ""


def fn_sig_to_string(sig: t.FnSig) -> str:
    prefix = ""
    if sig.safety == "unsafe":
        prefix += "unsafe "
    if sig.abi != "Rust":
        prefix += f'extern "{sig.abi}" '
    named = [b for b in sig.bound_vars if b not in ("'_", "")]
    binder = f"for<{', '.join(named)}> " if named else ""
    inputs = [ty_to_string(i) for i in sig.inputs]
    if sig.c_variadic:
        inputs.append("...")
    out = "" if sig.output is t.UNIT else f" -> {ty_to_string(sig.output)}"
    return f"{binder}{prefix}fn({', '.join(inputs)}){out}"


def _without_defaults(ty: t.Adt) -> t.GenericArgs:
    """`ty`'s arguments without the trailing ones that equal their parameter's default, as
    rustc prints them (`HashMap<K, V>`, not `HashMap<K, V, RandomState>`)."""
    args = ty.args
    if HOOKS is None or not args:
        return args
    defaults = HOOKS.arg_defaults(ty.def_id)
    n = len(args)
    while n > 0 and n <= len(defaults) and defaults[n - 1] is not None and defaults[n - 1] == args[n - 1]:
        n -= 1
    return args[:n]


def ty_to_string(ty: t.Ty) -> str:
    if isinstance(ty, t.Bool):
        return "bool"
    if isinstance(ty, t.Char):
        return "char"
    if isinstance(ty, t.Str):
        return "str"
    if isinstance(ty, t.Never):
        return "!"
    if isinstance(ty, t.Int | t.Uint | t.Float):
        return ty.name
    if isinstance(ty, t.Adt):
        return _def_path(ty.def_id) + args_to_string(_without_defaults(ty))
    if isinstance(ty, t.Foreign):
        return _def_path(ty.def_id)
    if isinstance(ty, t.Array):
        return f"[{ty_to_string(ty.elem)}; {ty.len}]"
    if isinstance(ty, t.Slice):
        return f"[{ty_to_string(ty.elem)}]"
    if isinstance(ty, t.Tuple):
        elems = ty.elems
        if len(elems) == 1:
            return f"({ty_to_string(elems[0])},)"
        return "(" + ", ".join(ty_to_string(e) for e in elems) + ")"
    if isinstance(ty, t.RawPtr):
        return ("*mut " if ty.mutbl is Mutability.MUT else "*const ") + ty_to_string(ty.pointee)
    if isinstance(ty, t.Ref):
        region = f"{ty.region} " if _region_shown(ty.region) else ""
        mut = "mut " if ty.mutbl is Mutability.MUT else ""
        return f"&{region}{mut}{ty_to_string(ty.pointee)}"
    if isinstance(ty, t.FnDef):
        name = _def_path(ty.def_id)
        sig = HOOKS_fn_sig(ty)
        return f"{sig} {{{name}}}" if sig else f"fn item {{{name}}}"
    if isinstance(ty, t.FnPtr):
        return fn_sig_to_string(ty.sig)
    if isinstance(ty, t.Dynamic):
        return "dyn " + dyn_bounds_to_string(ty)
    if isinstance(ty, t.Closure):
        loc = HOOKS.closure_location(ty.def_id) if HOOKS is not None else f"def#{ty.def_id}"
        return f"{{closure@{loc}}}"
    if isinstance(ty, t.Coroutine):
        if HOOKS is not None and HOOKS.is_async_fn(ty.def_id):
            # What callers see of an `async fn` (rustc: its opaque return type).
            return f"impl Future<Output = {ty_to_string(ty.return_ty)}>"
        loc = HOOKS.closure_location(ty.def_id) if HOOKS is not None else f"def#{ty.def_id}"
        return f"{{async block@{loc}}}"
    if isinstance(ty, t.Alias):
        if ty.kind is t.AliasKind.OPAQUE:
            if HOOKS is not None:
                return "impl " + HOOKS.opaque_bounds(ty.def_id, ty.args)
            return "impl ?"
        if HOOKS is not None:
            trait, name = HOOKS.assoc_name(ty.def_id)
            self_ty = ty.args[0] if ty.args else t.ERROR
            trait_args = args_to_string(ty.args[1:]) if len(ty.args) > 1 else ""
            return f"<{ty_to_string(self_ty) if isinstance(self_ty, t.Ty) else self_ty} as {_def_path(trait)}{trait_args}>::{name}"
        return f"<alias def#{ty.def_id}>"
    if isinstance(ty, t.Param):
        return ty.name
    if isinstance(ty, t.Infer):
        if ty.kind is t.InferKind.INT:
            return "{integer}"
        if ty.kind is t.InferKind.FLOAT:
            return "{float}"
        return "_"
    if isinstance(ty, t.Error):
        return "{type error}"
    return f"<{type(ty).__name__}>"


def dyn_bounds_to_string(ty: t.Dynamic) -> str:
    parts: list[str] = []
    p = ty.principal
    if p is not None:
        name = _def_path(p.def_id)
        projs = [pr for pr in ty.projections]
        if _is_fn_trait_name(name) and p.args and isinstance(p.args[0], t.Tuple):
            inputs = ", ".join(ty_to_string(i) for i in p.args[0].elems)
            out = ""
            for pr in projs:
                if pr.term is not t.UNIT:
                    out = f" -> {ty_to_string(pr.term)}"
            parts.append(f"{name}({inputs}){out}")
        else:
            args = [ty_to_string(a) if isinstance(a, t.Ty) else str(a) for a in p.args]
            for pr in projs:
                aname = HOOKS.assoc_name(pr.def_id)[1] if HOOKS is not None else f"def#{pr.def_id}"
                args.append(f"{aname} = {ty_to_string(pr.term)}")
            parts.append(name + ("<" + ", ".join(args) + ">" if args else ""))
    for a in ty.auto_traits:
        parts.append(_def_path(a))
    if _region_shown(ty.region) and not isinstance(ty.region, t.ReStatic):
        parts.append(str(ty.region))
    return " + ".join(parts)


def _is_fn_trait_name(name: str) -> bool:
    return name in ("Fn", "FnMut", "FnOnce")


def HOOKS_fn_sig(ty: t.FnDef) -> str:
    """`fn(i32) -> i32` for a function item's type (empty when unknown)."""
    if HOOKS is None:
        return ""
    sig = HOOKS.fn_sig(ty.def_id, ty.args)
    return fn_sig_to_string(sig) if sig is not None else ""
