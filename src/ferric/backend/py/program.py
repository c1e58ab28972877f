"""The whole program: collecting instances from `main`, and assembling the Python module.

`build(tcx, release)` starts from std's `lang_start::<T>` (T: main's return type) and
`main`, compiles every instance they reach (a worklist: compiling a body asks for the
symbols of what it calls, which queues them), and returns the module's source text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ferric.backend.py import ffi, pod
from ferric.backend.py.layout import by_value, int_bits, is_f32, is_u8, wrap_expr
from ferric.backend.py.mono import CodegenError, Instance, InstKind, Mono
from ferric.backend.py.place import GlobalPlace
from ferric.diag.ctxt import DiagCtxt
from ferric.hir import nodes as hir
from ferric.infer.ctxt import InferCtxt
from ferric.resolve.defs import DefId, DefKind
from ferric.syntax.ast import (
    FormatAlignment,
    FormatDebugHex,
    FormatOptions,
    FormatSign,
    FormatTrait,
)
from ferric.traits.obligation import EMPTY_PARAM_ENV, MISC_CAUSE, Obligation
from ferric.traits.select import EvalResult, SelectionContext
from ferric.ty import ty as t
from ferric.ty.context import AssocKind, TyCtxt
from ferric.ty.fold import instantiate
from ferric.ty.predicate import TraitPredicate, TraitRef
from ferric.typeck.results import CaptureKind, TypeckResults

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen
    from ferric.base.hygiene import HygieneData


RUSTC_LIBRARY = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/"
"""Where rustc 1.95's std reports its own panics (the sources of the release's commit)."""

PRELUDE = """\
import sys
from ferric.rt.core import Cell, AttrPtr, ItemPtr, ObjPtr, Obj, Slice, Vec, Dyn, FmtArgs, RustPanic, RustExit, BreakTo, UNINIT, overwrite, shallow, BytePtr, Union, union_bytes, union_field, Coro, CORO_PENDING, coro_resume, coro_close
from ferric.rt.ops import *
from ferric.rt.unicode import *
from ferric.rt.text import *
_NAN = float("nan")
def _nodrop(x): pass
_INF = float("inf")
"""


class Program:
    def __init__(self, tcx: TyCtxt, results: dict[DefId, TypeckResults], release: bool = False) -> None:
        self.tcx = tcx
        self.release = release
        self._results: dict[DefId, TypeckResults] = dict(results)
        self.mono = Mono(tcx, self.results_for)
        self.symbols: dict[tuple[object, ...], str] = {}
        self.queue: list[tuple[str, Instance]] = []
        self.ahead: dict[str, list[str]] = {}
        """Functions compiled before the worklist reached them (`compile_ahead`)."""
        self.compiling: set[str] = set()
        self.functions: list[list[str]] = []
        self.header: list[str] = []
        self.trailer: list[str] = []
        self.classes: dict[DefId, str] = {}
        self.uses_ffi = False
        """Whether the program calls foreign functions (its module then imports `rt.ffi`)."""
        self.async_closures: dict[t.Coroutine, t.Closure | None] = {}
        """The closure whose call makes a coroutine (async closures), None for others."""
        self.strings: dict[bytes, str] = {}
        self.const_names: dict[str, bytes] = {}  # (`strings` reversed, for `const_bytes`)
        self.locations: dict[tuple[str, int, int], str] = {}
        self.vtables: dict[tuple[t.Ty, t.Ty], str] = {}
        self.vt_keys: dict[DefId, int] = {}
        self._track_caller: dict[DefId, bool] = {}
        self._rustc_location: dict[DefId, str | None] = {}
        self.consts: dict[tuple[DefId, t.GenericArgs], str] = {}
        self.statics: dict[DefId, str] = {}
        self.copy_fns: dict[t.Ty, str] = {}
        self._copy_cache: dict[t.Ty, bool] = {}
        self.drop_fns: dict[t.Ty, str] = {}
        self._discriminants: dict[DefId, list[int]] = {}
        self._needs_drop: dict[t.Ty, bool] = {}
        self._needs_drop_stack: list[t.Ty] = []
        self._needs_drop_low = 0
        """The outermost type on `_needs_drop_stack` the current computation assumed."""
        self._drop_impls: dict[DefId, DefId] | None = None
        self._std_kinds: dict[DefId, str] = {}
        self.codecs: dict[t.Ty, tuple[str, str] | None] = {}
        self.union_classes: dict[t.Ty, str] = {}
        for kind, path in (("rc", ("rc", "Rc")), ("weak", ("rc", "Weak")), ("arc", ("sync", "arc", "Arc")), ("weak", ("sync", "arc", "Weak")),
                           ("vec", ("vec", "Vec")), ("vec_into_iter", ("vec", "IntoIter")), ("string", ("string", "String")),
                           ("raw_table", ("collections", "hash_table", "RawTable")),
                           ("sorted_store", ("collections", "btree_store", "SortedStore")),
                           ("vec", ("collections", "vec_deque", "VecDeque"))):
            did = tcx.std_item(*path)
            if did is not None:
                self._std_kinds[did] = kind
        for lang in ("manually_drop", "maybe_uninit", "phantom_data", "format_arguments"):
            did = tcx.lang_item(lang)
            if did is not None:
                self._std_kinds[did] = "no_drop"
        self._labels = 0
        self._n = 0

    # -- bodies ---------------------------------------------------------------------------------

    def results_for(self, owner: DefId) -> TypeckResults:
        while self.tcx.def_kind(owner) in (DefKind.CLOSURE, DefKind.INLINE_CONST):
            parent = self.tcx.parent(owner)
            assert parent is not None
            owner = parent
        got = self._results.get(owner)
        if got is not None:
            return got
        from ferric.typeck.check import typeck_body

        saved = self.tcx.dcx
        dcx = DiagCtxt()
        self.tcx.dcx = dcx
        try:
            r = typeck_body(self.tcx, owner)
        finally:
            self.tcx.dcx = saved
        if r is None:
            raise CodegenError(f"`{self.tcx.def_path_str(owner)}` has no body")
        if dcx.has_errors:
            msgs = "; ".join(d.message for d in dcx.diagnostics if d.is_error)[:300]
            raise CodegenError(f"std's `{self.tcx.def_path_str(owner)}` does not type check in ferric: {msgs}")
        self._results[owner] = r
        return r

    # -- symbols --------------------------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n}"

    def fn_symbol(self, inst: Instance) -> str:
        key = ("fn", inst.kind, inst.def_id, inst.args)
        sym = self.symbols.get(key)
        if sym is None:
            name = self.tcx.item_name(inst.def_id)
            safe = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
            sym = self.fresh(f"{safe}_")
            self.symbols[key] = sym
            self.queue.append((sym, inst))
        return sym

    def fn_value(self, inst: Instance) -> str:
        """A function as a first-class value (fn pointers, fn items passed to generics)."""
        if inst.kind is InstKind.ITEM and ffi.is_foreign(self, inst.def_id):
            return ffi.foreign_fn_value(self, inst.def_id)
        if inst.kind is not InstKind.ITEM or self.intrinsic_key(inst.def_id) is not None:
            # Wrap: intrinsics and shims have no Python function of their own.
            key = ("fnval", inst.kind, inst.def_id, inst.args)
            sym = self.symbols.get(key)
            if sym is None:
                sym = self.fresh("fv_")
                self.symbols[key] = sym
                self.queue.append((sym, Instance(InstKind.ITEM, inst.def_id, inst.args, index=-2, self_ty=inst.self_ty)))
            return sym
        sym = self.fn_symbol(inst)
        if self.is_track_caller(inst.def_id):
            return f"(lambda *a: {sym}(*a))"
        return sym

    def closure_symbol(self, ty: t.Closure) -> str:
        key = ("closure", ty.def_id, ty.args)
        sym = self.symbols.get(key)
        if sym is None:
            sym = self.fresh("closure_")
            self.symbols[key] = sym
            self.queue.append((sym, Instance(InstKind.CLOSURE, ty.def_id, ty.args, self_ty=ty)))
        return sym

    def closure_class(self, ty: t.Closure, n: int) -> str:
        key = ("closure_cls", ty.def_id)
        sym = self.symbols.get(key)
        if sym is None:
            sym = self.fresh("Closure_")
            self.symbols[key] = sym
            slots = [f"f{i}" for i in range(n)]
            self.header.append(self._class_src(sym, slots))
        return sym

    # -- coroutines (`async`) ----------------------------------------------------------------

    def coroutine_class(self, ty: t.Coroutine) -> str:
        """The class of `ty`'s futures: `rt.core.Coro` with the state slots and one slot per
        captured value (an `async fn`'s parameters, an `async` block's captures; an async
        closure's future holds the closure's environment first)."""
        key = ("coro_cls", ty.def_id)
        sym = self.symbols.get(key)
        if sym is None:
            sym = self.fresh("Coro_")
            self.symbols[key] = sym
            n = len(self.coroutine_fields(ty))
            slots = ["g", "st", *(f"f{i}" for i in range(n))]
            params = ", ".join(slots[2:])
            lines = [f"class {sym}(Coro):", f"    __slots__ = {tuple(slots)!r}", f"    def __init__(self{', ' if params else ''}{params}):"]
            lines.append("        self.g = None")
            lines.append("        self.st = 0")
            lines.extend(f"        self.{f} = {f}" for f in slots[2:])
            self.header.append("\n".join(lines))
        return sym

    def coroutine_fields(self, ty: t.Coroutine) -> list[t.Ty]:
        """The types of the values a future of `ty` holds before its first poll."""
        upv = ty.upvars_ty
        elems = list(upv.elems) if isinstance(upv, t.Tuple) else []
        env = self.async_closure_env(ty)
        return [env, *elems] if env is not None else elems

    def async_closure_env(self, ty: t.Coroutine) -> t.Closure | None:
        """For the future of an async closure's call: the closure's type (its environment
        comes first in the future's fields); else None (an `async fn` or block)."""
        if self.tcx.def_kind(ty.def_id) is not DefKind.CLOSURE:
            return None
        if ty in self.async_closures:
            return self.async_closures[ty]
        results = self.results_for(ty.def_id)
        env = None
        if ty.def_id in results.closure_sigs:
            # (The closure's type, as its enclosing body typed the closure expression.)
            for nt in results.node_types.values():
                if isinstance(nt, t.Closure) and nt.def_id == ty.def_id:
                    env = self.mono.concrete(nt, ty.parent_args)
                    break
        assert env is None or isinstance(env, t.Closure)
        self.async_closures[ty] = env
        return env

    def coroutine_kind(self, ty: t.Coroutine) -> str:
        """"fn" for an `async fn`'s future (its parameters are the body's parameters),
        "closure" for an async closure's, "block" for an `async` block's."""
        if self.tcx.def_kind(ty.def_id) in (DefKind.FN, DefKind.ASSOC_FN):
            return "fn"
        return "closure" if self.async_closure_env(ty) is not None else "block"

    def coroutine_poll(self, ty: t.Coroutine) -> str:
        """`<ty as Future>::poll` as a Python function `(pin, cx) -> Poll<Output>`."""
        key = ("coro_poll", ty.def_id, ty.args)
        sym = self.symbols.get(key)
        if sym is not None:
            return sym
        sym = self.fresh("poll_")
        self.symbols[key] = sym
        body_sym = self.fresh("coro_")
        self.symbols[("coro", ty.def_id, ty.args)] = body_sym
        self.queue.append((body_sym, Instance(InstKind.COROUTINE, ty.def_id, ty.parent_args, self_ty=ty)))
        poll_def = self.tcx.lang_item("Poll")
        if poll_def is None:
            raise CodegenError("std has no `Poll`")
        poll_ty = t.Adt(poll_def, (ty.return_ty,))
        ready = self.construct(poll_ty, 0, ["r"])
        pending = self.construct(poll_ty, 1, [])
        kind = self.coroutine_kind(ty)
        n = len(self.coroutine_fields(ty))
        start_args = ", ".join(["c", "cx", *(f"c.f{i}" for i in range(n))]) if kind != "block" else "c, cx"
        body = self.tcx.body(ty.def_id)
        span = body.value.span if kind == "fn" and body is not None else self.tcx.def_span(ty.def_id)
        loc = self.location(span)
        done = self.lang_fn("panic_const_async_fn_resumed")
        poisoned = self.lang_fn("panic_const_async_fn_resumed_panic")
        start, done_fn, poisoned_fn = self.fresh("start_"), self.fresh("done_"), self.fresh("poisoned_")
        self.functions.append([f"def {start}(c, cx):", f"    return {body_sym}({start_args})"])
        self.functions.append([f"def {done_fn}():", f"    {done}({loc})"])
        self.functions.append([f"def {poisoned_fn}():", f"    {poisoned}({loc})"])
        self.functions.append([
            f"def {sym}(p, cx):",
            f"    r = coro_resume(p.f0, cx, {start}, {done_fn}, {poisoned_fn})",
            f"    return {pending} if r is CORO_PENDING else {ready}",
        ])
        return sym

    def _class_src(self, name: str, slots: list[str], enum: bool = False) -> str:
        lines = [f"class {name}(Obj):", f"    __slots__ = {tuple(slots)!r}"]
        if slots:
            params = ", ".join(s if not enum or s == "t" else f"{s}=None" for s in slots)
            lines.append(f"    def __init__(self, {params}):")
            for s in slots:
                lines.append(f"        self.{s} = {s}")
        # (`rt.core.shallow`'s copy: one call instead of a loop over the slots.)
        lines.append(f"    def _sh(s): return {name}({', '.join(f's.{x}' for x in slots)})")
        return "\n".join(lines)

    def next_label(self) -> int:
        self._labels += 1
        return self._labels

    # -- ADTs -----------------------------------------------------------------------------------

    def adt_class(self, def_id: DefId) -> str:
        cls = self.classes.get(def_id)
        if cls is None:
            adt = self.tcx.adt_def(def_id)
            safe = "".join(c if c.isalnum() else "_" for c in adt.name)
            cls = self.fresh(f"{safe}_")
            self.classes[def_id] = cls
            if adt.is_enum:
                n = max((len(v.fields) for v in adt.variants), default=0)
                self.header.append(self._class_src(cls, ["t", *(f"f{i}" for i in range(n))], enum=True))
            else:
                n = len(adt.variants[0].fields) if adt.variants else 0
                self.header.append(self._class_src(cls, [f"f{i}" for i in range(n)]))
        return cls

    def is_std_kind(self, ty: t.Adt) -> bool:
        """`ty` has a runtime representation of its own (`Vec`, `String`, `Rc` ...)."""
        return self._std_kinds.get(ty.def_id, "no_drop") != "no_drop"

    def construct(self, ty: t.Adt, vidx: int, fields: list[str]) -> str:
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_union:
            # (A union expression names one field.)
            i = next((i for i, f in enumerate(fields) if f != "None"), 0)
            return pod.construct_union(self, ty, i, fields[i] if fields else "None")
        if adt.is_box or self.tcx.has_attr(ty.def_id, "opaque"):
            raise CodegenError(f"constructing `{ty}` directly")
        cls = self.adt_class(ty.def_id)
        if adt.is_enum:
            return f"{cls}({', '.join([str(vidx), *fields])})"
        return f"{cls}({', '.join(fields)})"

    def ctor_fn(self, ty: t.FnDef) -> str:
        """A tuple struct/variant constructor used as a function value."""
        sig = self.tcx.fn_sig_instantiated(ty.def_id, ty.args)
        adt_ty = self.mono.normalize(sig.output)
        assert isinstance(adt_ty, t.Adt)
        adt = self.tcx.adt_def(adt_ty.def_id)
        vidx = adt.variant_index_with_id(self.tcx.parent(ty.def_id) or ty.def_id) if adt.is_enum else 0
        params = [f"a{i}" for i in range(len(sig.inputs))]
        return f"(lambda {', '.join(params)}: {self.construct(adt_ty, vidx, params)})"

    def field_ty(self, ty: t.Adt, vidx: int, i: int) -> t.Ty:
        adt = self.tcx.adt_def(ty.def_id)
        fd = adt.variants[vidx].fields[i]
        return self.mono.normalize(instantiate(self.tcx.type_of(fd.def_id), ty.args))

    def field_by_name(self, ty: t.Ty, name: str) -> tuple[int, t.Ty]:
        if isinstance(ty, t.Tuple):
            i = int(name)
            return i, ty.elems[i]
        if isinstance(ty, t.Adt):
            adt = self.tcx.adt_def(ty.def_id)
            for i, fd in enumerate(adt.variants[0].fields):
                if fd.name == name:
                    return i, self.field_ty(ty, 0, i)
        raise CodegenError(f"no field `{name}` on `{ty}`")

    def array_len(self, ty: t.Array) -> int:
        c = ty.len
        v = self.const_int(c)
        if v is None:
            raise CodegenError(f"array length of `{ty}` is not known")
        return v

    def const_int(self, c: object) -> int | None:
        if isinstance(c, t.ConstValue):
            v = c.value
            if isinstance(v, int):
                return v
            inner = getattr(v, "value", None)
            if isinstance(inner, int):
                return inner
        return None

    def const_arg_value(self, c: object) -> str:
        v = self.const_int(c)
        if v is not None:
            return str(v)
        if isinstance(c, t.ConstValue):
            return repr(c.value)
        raise CodegenError("const generic argument not known")

    # -- Copy and Clone -------------------------------------------------------------------------

    def is_copy(self, ty: t.Ty) -> bool:
        got = self._copy_cache.get(ty)
        if got is None:
            copy = self.tcx.lang_item("copy")
            got = False
            if copy is not None:
                sel = SelectionContext(self.tcx, InferCtxt(), EMPTY_PARAM_ENV)
                got = sel.evaluate(Obligation(TraitPredicate(TraitRef(copy, (ty,))), MISC_CAUSE)) is EvalResult.OK
            self._copy_cache[ty] = got
        return got

    def copy_expr(self, ty: t.Ty, v: str) -> str:
        """A copy of the by-identity Copy value `v` (a name or side-effect-free expression)."""
        if by_value(ty):
            return v
        if isinstance(ty, t.Tuple | t.Array):
            elems = ty.elems if isinstance(ty, t.Tuple) else (ty.elem,)
            if all(by_value(e) for e in elems):
                return f"{v}[:]"
        if isinstance(ty, t.Adt) and self.tcx.has_attr(ty.def_id, "opaque"):
            # A Copy std type with a runtime representation (`fmt::Arguments` is an immutable
            # `FmtArgs`): the handle is the value.
            return v
        if isinstance(ty, t.Adt | t.Closure) and self._fields_by_value(ty) and not (isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_union):
            if isinstance(ty, t.Closure) or not (self.tcx.adt_def(ty.def_id).is_box or self.is_std_kind(ty)):
                return f"{v}._sh()"  # (a generated class: `_class_src`)
            return f"shallow({v})"
        return f"{self.copy_fn(ty)}({v})"

    def _fields_by_value(self, ty: t.Ty) -> bool:
        if isinstance(ty, t.Closure):
            upv = ty.upvars_ty
            return isinstance(upv, t.Tuple) and all(by_value(e) for e in upv.elems)
        assert isinstance(ty, t.Adt)
        adt = self.tcx.adt_def(ty.def_id)
        for vi, var in enumerate(adt.variants):
            for i in range(len(var.fields)):
                if not by_value(self.field_ty(ty, vi, i)):
                    return False
        return True

    def copy_fn(self, ty: t.Ty) -> str:
        sym = self.copy_fns.get(ty)
        if sym is not None:
            return sym
        sym = self.fresh("copy_")
        self.copy_fns[ty] = sym
        lines = [f"def {sym}(x):"]
        if isinstance(ty, t.Tuple):
            lines.append(f"    return [{', '.join(self.copy_expr(e, f'x[{i}]') for i, e in enumerate(ty.elems))}]")
        elif isinstance(ty, t.Array):
            lines.append(f"    return [{self.copy_expr(ty.elem, 'e')} for e in x]")
        elif isinstance(ty, t.Adt) and self.tcx.adt_def(ty.def_id).is_union:
            lines.extend(pod.union_copy_body(self, ty))
        elif isinstance(ty, t.Adt):
            adt = self.tcx.adt_def(ty.def_id)
            lines.append("    n = shallow(x)")
            for vi, var in enumerate(adt.variants):
                cond = f"x.t == {vi}" if adt.is_enum else "True"
                body = []
                for i in range(len(var.fields)):
                    fty = self.field_ty(ty, vi, i)
                    if not by_value(fty):
                        body.append(f"        n.f{i} = {self.copy_expr(fty, f'x.f{i}')}")
                if body:
                    lines.append(f"    if {cond}:")
                    lines.extend(body)
            lines.append("    return n")
        else:
            lines.append("    return shallow(x)")
        self.functions.append(lines)
        return sym

    def is_unsized_adt(self, ty: t.Ty) -> bool:
        """A struct whose last field is unsized (`OsStr { inner: [u8] }`, `Path { inner:
        OsStr }`): its pointers are the unsized field's (a `Slice`, a `Dyn`), and the
        struct has no representation of its own."""
        if not isinstance(ty, t.Adt):
            return False
        adt = self.tcx.adt_def(ty.def_id)
        if adt.is_enum or adt.is_box or not adt.variants or not adt.variants[0].fields:
            return False
        last = self.field_ty(ty, 0, len(adt.variants[0].fields) - 1)
        return isinstance(last, t.Slice | t.Str | t.Dynamic) or self.is_unsized_adt(last)

    # -- drop glue ------------------------------------------------------------------------------

    def needs_drop(self, ty: t.Ty) -> bool:
        """Whether dropping a `ty` runs code: a `Drop` impl in it, or an `Rc` count to
        decrement (rustc's `needs_drop`, for the observable part: memory is Python's)."""
        got = self._needs_drop.get(ty)
        if got is not None:
            return got
        # A recursive type (`enum Tree { Leaf, Node(Box<Tree>, ..) }`) needs drop only if
        # something in it does: while a type is being computed it is assumed not to, and a
        # "no" that rests on such an assumption is kept only once its cycle is decided.
        stack = self._needs_drop_stack
        if ty in stack:
            self._needs_drop_low = min(self._needs_drop_low, stack.index(ty))
            return False
        depth = len(stack)
        stack.append(ty)
        saved, self._needs_drop_low = self._needs_drop_low, depth
        try:
            got = self._compute_needs_drop(ty)
        finally:
            stack.pop()
        low, self._needs_drop_low = self._needs_drop_low, min(saved, self._needs_drop_low)
        if got or low >= depth:
            self._needs_drop[ty] = got
        return got

    def _compute_needs_drop(self, ty: t.Ty) -> bool:
        if by_value(ty) or isinstance(ty, t.Str):
            return False
        if isinstance(ty, t.Tuple):
            return any(self.needs_drop(e) for e in ty.elems)
        if isinstance(ty, t.Array | t.Slice):
            return self.needs_drop(ty.elem)
        if isinstance(ty, t.Closure):
            upv = ty.upvars_ty
            return isinstance(upv, t.Tuple) and any(self.needs_drop(e) for e in upv.elems)
        if isinstance(ty, t.Dynamic | t.Coroutine):
            # (A suspended future owns the live locals of its body.)
            return True
        if isinstance(ty, t.Adt):
            kind = self._std_kinds.get(ty.def_id)
            if kind in ("no_drop", "string"):
                return False
            if kind in ("rc", "arc", "weak"):
                return True
            adt = self.tcx.adt_def(ty.def_id)
            if adt.is_box or self.tcx.has_attr(ty.def_id, "opaque"):
                return any(isinstance(a, t.Ty) and self.needs_drop(a) for a in ty.args)
            if ty.def_id in self.drop_impls():
                return True
            return any(self.needs_drop(self.field_ty(ty, vi, i)) for vi, var in enumerate(adt.variants) for i in range(len(var.fields)))
        return False

    def drop_impls(self) -> dict[DefId, DefId]:
        """ADT → its `Drop` impl."""
        if self._drop_impls is None:
            self._drop_impls = {}
            drop = self.tcx.lang_item("drop")
            if drop is not None:
                for impl_id in self.tcx.trait_impls(drop):
                    tr = self.tcx.impl_trait_ref(impl_id)
                    if tr is not None and isinstance(tr.self_ty, t.Adt):
                        self._drop_impls[tr.self_ty.def_id] = impl_id
        return self._drop_impls

    def drop_expr(self, ty: t.Ty, v: str) -> str:
        """A statement dropping the value `v` (which may be `UNINIT`: then nothing happens)."""
        return f"{self.drop_fn(ty)}({v})"

    def drop_fn(self, ty: t.Ty) -> str:
        """The drop glue of `ty`: its `Drop::drop`, then its fields' glue."""
        sym = self.drop_fns.get(ty)
        if sym is not None:
            return sym
        sym = self.fresh("drop_")
        self.drop_fns[ty] = sym
        body: list[str] = []

        def field(fty: t.Ty, v: str, ind: str = "    ") -> None:
            if self.needs_drop(fty):
                body.append(f"{ind}{self.drop_fn(fty)}({v})")

        if isinstance(ty, t.Tuple):
            for i, e in enumerate(ty.elems):
                field(e, f"x[{i}]")
        elif isinstance(ty, t.Array):
            if self.needs_drop(ty.elem):
                body.append(f"    for e in x: {self.drop_fn(ty.elem)}(e)")
        elif isinstance(ty, t.Slice):
            if self.needs_drop(ty.elem):
                body.append(f"    for e in x.b[x.lo:x.hi]: {self.drop_fn(ty.elem)}(e)")
        elif isinstance(ty, t.Closure):
            upv = ty.upvars_ty
            if isinstance(upv, t.Tuple):
                for i, e in enumerate(upv.elems):
                    field(e, f"x.f{i}")
        elif isinstance(ty, t.Dynamic):
            body.append("    x.vt['drop'](x.d)")
        elif isinstance(ty, t.Coroutine):
            # Unresumed: its captures; suspended: the body's live locals (closing the
            # generator unwinds it from its `.await`); returned or panicked: nothing.
            body.append("    if x.st == 1: coro_close(x)")
            fields = self.coroutine_fields(ty)
            if any(self.needs_drop(f) for f in fields):
                body.append("    elif x.st == 0:")
                body.append("        x.st = 2")
                for i, fty in enumerate(fields):
                    field(fty, f"x.f{i}", "        ")
        elif isinstance(ty, t.Adt):
            self._adt_drop_glue(ty, body, field)
        lines = [f"def {sym}(x):", "    if x is UNINIT: return", *body]
        self.functions.append(lines)
        return sym

    def _adt_drop_glue(self, ty: t.Adt, body: list[str], field: Callable[..., None]) -> None:
        kind = self._std_kinds.get(ty.def_id)
        adt = self.tcx.adt_def(ty.def_id)
        inner = ty.args[0] if ty.args and isinstance(ty.args[0], t.Ty) else None
        if kind in ("rc", "arc"):
            assert inner is not None
            if isinstance(inner, t.Dynamic):
                # (`Rc<dyn Trait>` is `Dyn(handle, vtable)`.)
                body.append(f"    if {kind}_drop(x.d): x.vt['drop'](x.d.b.v)")
            elif self.needs_drop(inner):
                body.append(f"    if {kind}_drop(x): {self.drop_fn(inner)}(x.b.v)")
            else:
                body.append(f"    {kind}_drop(x)")
            return
        if kind == "weak":
            body.append("    weak_drop(x.d)" if isinstance(inner, t.Dynamic) else "    weak_drop(x)")
            return
        if adt.is_box:
            assert inner is not None
            if isinstance(inner, t.Slice):
                if self.needs_drop(inner.elem):
                    body.append(f"    for e in x.b[x.lo:x.hi]: {self.drop_fn(inner.elem)}(e)")
            elif isinstance(inner, t.Dynamic):
                body.append("    x.vt['drop'](x.d)")
            else:
                field(inner, "x")
            return
        if kind == "vec":
            assert inner is not None
            if self.needs_drop(inner):
                body.append(f"    for e in x.a: {self.drop_fn(inner)}(e)")
            return
        if kind == "vec_into_iter":
            assert inner is not None
            if self.needs_drop(inner):
                body.append(f"    for e in x.a[x.i:x.j]: {self.drop_fn(inner)}(e)")
            return
        if kind == "raw_table":
            assert inner is not None
            if self.needs_drop(inner):
                body.append(f"    for e in x.live(): {self.drop_fn(inner)}(e)")
            return
        if kind == "sorted_store":
            kty, vty = ty.args[0], ty.args[1]
            assert isinstance(kty, t.Ty) and isinstance(vty, t.Ty)
            if self.needs_drop(kty):
                body.append(f"    for e in x.k: {self.drop_fn(kty)}(e)")
            if self.needs_drop(vty):
                body.append(f"    for e in x.v: {self.drop_fn(vty)}(e)")
            return
        if self.tcx.has_attr(ty.def_id, "opaque"):
            # (VecDeque: its elements are not dropped yet.)
            return
        impl_id = self.drop_impls().get(ty.def_id)
        if impl_id is not None:
            drop_trait = self.tcx.lang_item("drop")
            assert drop_trait is not None
            method = self.tcx.find_assoc(drop_trait, "drop")
            assert method is not None
            inst = self.mono.resolve(method.def_id, (ty,))
            body.append(f"    {self.fn_symbol(inst)}(x)")
        for vi, var in enumerate(adt.variants):
            sub: list[str] = []
            for i in range(len(var.fields)):
                fty = self.field_ty(ty, vi, i)
                if self.needs_drop(fty):
                    sub.append(f"{self.drop_fn(fty)}(x.f{i})")
            if not sub:
                continue
            if adt.is_enum and len(adt.variants) > 1:
                body.append(f"    if x.t == {vi}:")
                body.extend(f"        {c}" for c in sub)
            else:
                body.extend(f"    {c}" for c in sub)

    def clone_expr(self, ty: t.Ty, r: str) -> str:
        """Built-in `Clone::clone(&x)` (tuples, arrays, closures, fn items/pointers): `r` is
        the reference's value."""
        if by_value(ty):
            return r
        if self.is_copy(ty):
            return self.copy_expr(ty, r)
        clone = self.tcx.lang_item("clone")
        assert clone is not None
        method = next(i.def_id for i in self.tcx.associated_items(clone) if i.name == "clone")

        def part(e: t.Ty, arg: str) -> str:
            inst = self.mono.resolve(method, (e,))
            if inst.kind is InstKind.CLONE_SHIM:
                return self.clone_expr(e, arg)
            return f"{self.fn_symbol(inst)}({arg})"

        if isinstance(ty, t.Tuple):
            return f"[{', '.join(part(e, f'{r}[{i}]') for i, e in enumerate(ty.elems))}]"
        if isinstance(ty, t.Array):
            items = f"[{part(ty.elem, '_e')} for _e in {r}]"
            return f"bytearray({items})" if is_u8(ty.elem) else items
        if isinstance(ty, t.Closure) and isinstance(ty.upvars_ty, t.Tuple):
            # A closure whose captures are all `Clone`: a new object, each capture cloned.
            got = self.symbols.get(("clone", ty))
            if got is not None:
                return f"{got}({r})"
            sym = self.fresh("clone_")
            self.symbols[("clone", ty)] = sym
            lines = [f"def {sym}(x):", "    n = shallow(x)"]
            lines.extend(f"    n.f{i} = {part(e, f'x.f{i}')}" for i, e in enumerate(ty.upvars_ty.elems) if not by_value(e))
            lines.append("    return n")
            self.functions.append(lines)
            return f"{sym}({r})"
        raise CodegenError(f"built-in clone of `{ty}` is not supported yet")

    # -- constants and statics --------------------------------------------------------------------

    def const_bytes(self, sym: str) -> bytes | None:
        """The bytes of the `str_const` named `sym`, or None when `sym` names none."""
        if not sym.startswith("_S"):
            return None
        if len(self.const_names) != len(self.strings):
            self.const_names = {v: k for k, v in self.strings.items()}
        return self.const_names.get(sym)

    def str_const(self, data: bytes) -> str:
        sym = self.strings.get(data)
        if sym is None:
            sym = f"_S{len(self.strings)}"
            self.strings[data] = sym
            self.header.append(f"{sym} = Slice({data!r}, 0, {len(data)})")
        return sym

    def location(self, span: object) -> str:
        from ferric.base.span import Span

        if not isinstance(span, Span):
            return "None"
        return self.location_at(*self._span_pos(span))

    def location_at(self, file: str, line: int, col: int) -> str:
        """The `&'static Location` constant of `file:line:col`."""
        key = (file, line, col)
        sym = self.locations.get(key)
        if sym is None:
            loc_def = self.tcx.lang_item("panic_location")
            if loc_def is None:
                raise CodegenError("std has no `Location`")
            cls = self.adt_class(loc_def)
            sym = f"_L{len(self.locations)}"
            self.locations[key] = sym
            f = self.str_const(file.encode("utf-8"))
            self.trailer_consts.append(f"{sym} = {cls}({f}, {line}, {col})")
        return sym

    trailer_consts: list[str]

    def _span_pos(self, span: object) -> tuple[str, int, int]:
        sm = self.tcx.source_map
        from ferric.base.span import Span

        assert isinstance(span, Span)
        if span.ctxt and self.hygiene is not None:
            # Code a macro made reports where the outermost macro was called (rustc's
            # `expansion_cause`): `panic!` points at the user's line.
            span = self.hygiene.user_span(span)
        sf = sm.lookup_file(span.lo)
        line, col = sf.line_col(span.lo)
        return self.display_path(sf.name), line, col

    def display_path(self, name: str) -> str:
        return self.file_name if name == self.user_file else name

    user_file: str = ""
    file_name: str = ""
    hygiene: HygieneData | None = None

    def const_value(self, def_id: DefId, args: t.GenericArgs, ty: t.Ty) -> str:
        """The value of a `const` item (by-value types: computed once; others: computed at
        each use, as each use of a const is a fresh value)."""
        key = (def_id, args)
        sym = self.consts.get(key)
        if sym is None:
            # A trait's constant resolves to the impl's (or the trait's default) first.
            body_id = self._const_body(def_id, args)
            builtin = self.builtin_const(body_id[0], ty)
            if builtin is not None:
                return builtin
            sym = self.fresh("const_")
            self.consts[key] = sym
            inst = Instance(InstKind.ITEM, body_id[0], body_id[1], index=-3)
            self.queue.append((sym, inst))
        return f"{sym}()"

    def _const_body(self, def_id: DefId, args: t.GenericArgs) -> tuple[DefId, t.GenericArgs]:
        tcx = self.tcx
        trait = self.mono.trait_of_item(def_id)
        if trait is not None:
            n = tcx.generics_of(trait).count()
            self_ty = args[0]
            sel = self.mono.selcx()
            selection = sel.select(Obligation(TraitPredicate(TraitRef(trait, args[:n])), MISC_CAUSE))
            impl_id = selection.impl_id
            if impl_id is not None:
                fresh = sel.fresh_args_for(impl_id)
                impl_tr = tcx.impl_trait_ref(impl_id)
                assert impl_tr is not None
                sel.equate.args(instantiate(impl_tr, fresh).args, args[:n])
                impl_args = sel.infcx.resolve_vars_if_possible(fresh)
                name = tcx.item_name(def_id)
                for item in tcx.associated_items(impl_id):
                    if item.name == name:
                        return item.def_id, tuple(self.mono.normalize(a) if isinstance(a, t.Ty) else a for a in impl_args)  # type: ignore[union-attr]
            del self_ty
        return def_id, args

    def builtin_const(self, def_id: DefId, ty: t.Ty) -> str | None:
        item = self.tcx.hir_item(def_id)
        if item is not None and getattr(item, "body", None) is None:
            # Body-less associated consts of primitives (`i32::MAX` ...) come from consteval.
            from ferric.consteval import intrinsics as ce

            v = ce.assoc_const(self.tcx, def_id)
            if v is None:
                raise CodegenError(f"constant `{self.tcx.def_path_str(def_id)}` has no value")
            return _py_const(v)
        return None

    def static_place(self, def_id: DefId, ty: t.Ty) -> GlobalPlace:
        sym = self.statics.get(def_id)
        if sym is None:
            sym = f"G{len(self.statics)}"
            self.statics[def_id] = sym
            init = self.fresh("static_init_")
            self.queue.append((init, Instance(InstKind.ITEM, def_id, (), index=-3)))
            self.static_inits.append(f"{sym} = [{init}()]" if by_value(ty) else f"{sym} = {init}()")
        return GlobalPlace(ty, sym)

    static_inits: list[str]

    # -- lang items and std helpers -------------------------------------------------------------

    def lang_fn(self, name: str) -> str:
        did = self.tcx.lang_item(name)
        if did is None:
            raise CodegenError(f"std has no lang item `{name}`")
        return self.fn_symbol(Instance(InstKind.ITEM, did, ()))

    def rustc_location(self, def_id: DefId) -> str | None:
        """Where rustc's std panics for the std function `def_id` (not `#[track_caller]`): its
        `#[ferric::rustc_location = "core/src/time.rs:1201:31"]`, or its impl block's (for the
        methods a macro makes, which rustc's std reports at the macro's invocation), as a
        `Location` constant naming rustc's sources; None when neither says."""
        if def_id in self._rustc_location:
            return self._rustc_location[def_id]
        tcx = self.tcx
        fn_id = def_id
        while tcx.def_kind(fn_id) is DefKind.CLOSURE:  # (a closure: its function's)
            owner = tcx.parent(fn_id)
            if owner is None:
                break
            fn_id = owner
        text = tcx.attr_str(fn_id, "rustc_location")
        parent = tcx.parent(fn_id)
        if text is None and parent is not None and tcx.def_kind(parent) is DefKind.IMPL:
            text = tcx.attr_str(parent, "rustc_location")
        sym = None
        if text is not None:
            path, line, col = text.rsplit(":", 2)
            sym = self.location_at(RUSTC_LIBRARY + path, int(line), int(col))
        self._rustc_location[def_id] = sym
        return sym

    def is_track_caller(self, def_id: DefId) -> bool:
        """`#[track_caller]` on the function, or on the trait method it implements (rustc's
        inheritance: a user `Index::index` panics at the caller's `a[i]`)."""
        got = self._track_caller.get(def_id)
        if got is None:
            got = self.tcx.has_attr(def_id, "track_caller")
            parent = self.tcx.parent(def_id)
            if not got and parent is not None and self.tcx.def_kind(parent) is DefKind.IMPL:
                tref = self.tcx.impl_trait_ref(parent)
                if tref is not None:
                    item = self.tcx.find_assoc(tref.def_id, self.tcx.item_name(def_id), AssocKind.FN)
                    got = item is not None and self.tcx.has_attr(item.def_id, "track_caller")
            self._track_caller[def_id] = got
        return got

    def is_fn_trait_method(self, def_id: DefId) -> bool:
        trait = self.mono.trait_of_item(def_id)
        return trait is not None and self.mono.lang_of.get(trait) in ("fn", "fn_mut", "fn_once")

    def vtable_key(self, method: DefId) -> int:
        key = self.vt_keys.get(method)
        if key is None:
            key = self.vt_keys[method] = len(self.vt_keys)
        return key

    def vtable(self, src: t.Ty, dyn: t.Ty) -> str:
        assert isinstance(dyn, t.Dynamic)
        key = (src, dyn)
        sym = self.vtables.get(key)
        if sym is not None:
            return sym
        sym = self.fresh("_VT")
        self.vtables[key] = sym
        entries: list[str] = []
        principal = _principal(dyn)
        if principal is not None:
            trait_id, trait_args = principal
            for method in self.mono.vtable_methods(trait_id):
                owner = self.mono.trait_of_item(method)
                assert owner is not None
                if owner == trait_id:
                    margs: t.GenericArgs = (src, *trait_args)
                else:
                    sargs = self._super_args(trait_id, trait_args, owner, src)
                    if sargs is None:
                        continue
                    margs = (src, *sargs)
                if any(p.kind.name != "LIFETIME" for p in self.tcx.generics_of(method).own_params):
                    continue  # generic methods are not in vtables (where Self: Sized)
                try:
                    inst = self.mono.resolve(method, margs)
                except CodegenError:
                    continue
                entries.append(f"{self.vtable_key(method)}: {self.vtable_entry(inst, src, method)}")
        if self.needs_drop(src):
            entries.append(f"'drop': {self.drop_fn(src)}")
        else:
            entries.append("'drop': _nodrop")
        self.trailer_consts.append(f"{sym} = {{{', '.join(entries)}}}")
        return sym

    def _super_args(self, trait_id: DefId, args: t.GenericArgs, sup: DefId, src: t.Ty) -> t.GenericArgs | None:
        """The generic arguments (without Self) of supertrait `sup` of `trait_id<args>`."""
        for clause, _ in self.tcx.predicates_of(trait_id):
            if not isinstance(clause, TraitPredicate) or clause.def_id == trait_id:
                continue
            st = clause.trait_ref.self_ty
            if not (isinstance(st, t.Param) and st.index == 0):
                continue
            tr = instantiate(clause.trait_ref, (src, *args))
            sup_args = tuple(self.mono.normalize(a) if isinstance(a, t.Ty) else a for a in tr.args[1:])
            if clause.def_id == sup:
                return sup_args
            got = self._super_args(clause.def_id, sup_args, sup, src)
            if got is not None:
                return got
        return None

    def is_pin_receiver(self, method: DefId) -> bool:
        """Whether `method` takes `self: Pin<P>` (`Future::poll`): a `dyn` call passes the
        place inside the `Pin`."""
        sig = self.tcx.fn_sig(method)
        recv = sig.inputs[0] if sig.inputs else None
        return isinstance(recv, t.Adt) and recv.def_id == self.tcx.lang_item("pin")

    def vtable_entry(self, inst: Instance, src: t.Ty, method: DefId) -> str:
        """A vtable function: takes the value's place (object, or pointer object for a
        by-value type) then the arguments (spread for the Fn traits)."""
        sig = self.tcx.fn_sig(method)
        recv = sig.inputs[0] if sig.inputs else None
        by_val_src = by_value(src)
        if inst.kind is InstKind.CLOSURE:
            assert isinstance(inst.self_ty, t.Closure)
            return self.closure_symbol(inst.self_ty)
        if inst.kind is InstKind.FN_PTR_CALL:
            st = inst.self_ty
            if isinstance(st, t.FnDef):
                callee = self.mono.resolve(st.def_id, st.args)
                return f"(lambda d, *a: {self.fn_value(callee)}(*a))"
            return "(lambda d, *a: d.get()(*a))"
        if inst.kind is InstKind.COROUTINE_POLL:
            assert isinstance(inst.self_ty, t.Coroutine)
            fn: str | None = self.coroutine_poll(inst.self_ty)
        else:
            fn = self.fn_value(inst) if inst.kind is InstKind.ITEM else None
        if fn is None:
            raise CodegenError(f"vtable entry for `{self.tcx.def_path_str(method)}`")
        if self.is_pin_receiver(method):
            # `self: Pin<&mut Self>`: the entry gets the place, the method a `Pin` of it.
            return f"(lambda d, *a: {fn}({self.adt_class(self.tcx.lang_item('pin'))}(d), *a))"  # type: ignore[arg-type]
        if self.is_fn_trait_method(method):
            return f"(lambda d, *a: {fn}({'d.get()' if by_val_src else 'd'}, list(a)))"
        if not by_val_src:
            return fn
        # By-value Self: `&self` gets the value, `&mut self` the pointer, `self` the value.
        if isinstance(recv, t.Ref) and recv.mutbl.value == "mut":
            return fn
        return f"(lambda d, *a: {fn}(d.get(), *a))"

    def fmt_fn(self, trait: FormatTrait, arg_ty: t.Ty) -> str:
        trait_id = self.tcx.std_item("fmt", trait.trait_name)
        if trait_id is None:
            raise CodegenError("std has no formatting traits")
        method = next(i.def_id for i in self.tcx.associated_items(trait_id) if i.name == "fmt")
        inst = self.mono.resolve(method, (arg_ty,))
        return self.fn_value(inst)

    def fmt_spec(self, o: FormatOptions) -> int:
        flags = ord(o.fill) if o.fill is not None else ord(" ")
        if o.sign is FormatSign.PLUS:
            flags |= 1 << 21
        elif o.sign is FormatSign.MINUS:
            flags |= 1 << 22
        if o.alternate:
            flags |= 1 << 23
        if o.zero_pad:
            flags |= 1 << 24
        if o.debug_hex is FormatDebugHex.LOWER:
            flags |= 1 << 25
        elif o.debug_hex is FormatDebugHex.UPPER:
            flags |= 1 << 26
        align = {FormatAlignment.LEFT: 0, FormatAlignment.RIGHT: 1, FormatAlignment.CENTER: 2}.get(o.alignment, 3)  # type: ignore[arg-type]
        return flags | (align << 29)

    # -- casts ----------------------------------------------------------------------------------

    def cast(self, v: str, src: t.Ty, dst: t.Ty) -> str:
        if src == dst:
            return v
        sb = int_bits(src)
        db = int_bits(dst)
        if db is not None:
            bits, signed = db
            if sb is not None:
                if sb[0] <= bits and (sb[1] == signed or (not sb[1] and bits > sb[0])):
                    return v
                return wrap_expr(v, bits, signed)
            if isinstance(src, t.Bool):
                return f"int({v})"
            if isinstance(src, t.Char):
                return f"wrap(ord({v}), {bits}, {signed})" if bits < 32 else f"ord({v})"
            if isinstance(src, t.Float):
                return f"float_to_int({v}, {bits}, {signed})"
            if isinstance(src, t.Adt):
                return f"wrap({self.discriminant(v, src)}, {bits}, {signed})"
            if isinstance(src, t.RawPtr) and not isinstance(src.pointee, t.Slice | t.Str | t.Dynamic):
                from ferric.backend.py.intrinsics import size_of

                size = size_of(self, src.pointee) if not self.is_unsized_adt(src.pointee) else 1
                return f"ptr_addr({v}, {max(size, 1)})"
            if isinstance(src, t.RawPtr | t.FnPtr | t.FnDef):
                return f"(id({v}) & 0xffffffffffff)"
        if isinstance(dst, t.Float) and (sb is not None or isinstance(src, t.Float)):
            return f"f32_round({v})" if is_f32(dst) else f"float({v})"
        if isinstance(dst, t.Char):
            return f"chr({v})"
        if isinstance(dst, t.RawPtr) and isinstance(src, t.RawPtr | t.Ref):
            s_in, d_in = src.pointee, dst.pointee
            if self.is_unsized_adt(d_in) or self.is_unsized_adt(s_in):
                return v  # (`&[u8]` as `&OsStr` as `&Path`: the same fat pointer)
            if isinstance(s_in, t.Dynamic) and not isinstance(d_in, t.Dynamic):
                return f"{v}.d"  # the data pointer (an object, or a pointer object)
            if isinstance(s_in, t.Slice) and isinstance(d_in, t.Array):
                return f"array_of_slice({v})"
            if isinstance(s_in, t.Slice | t.Str) and not isinstance(d_in, t.Slice | t.Str):
                # The first element: the object, or a pointer into the buffer.
                return f"ItemPtr({v}.b, {v}.lo)" if by_value(d_in) else f"{v}.b[{v}.lo]"
            if isinstance(s_in, t.Array) and s_in.elem == d_in:
                return f"ItemPtr({v}, 0)" if by_value(d_in) else f"{v}[0]"
            if _is_byte(s_in) and _is_byte(d_in):
                # (`*const c_char` as `*const u8`: C strings are stored as bytes; an `i8`
                # array is a list, read as bytes through a copy.)
                return f"ptr_as_bytes({v})" if is_u8(d_in) else v
            if is_u8(d_in) and s_in != d_in and not isinstance(s_in, t.Array | t.Slice | t.Str | t.Dynamic):
                c = pod.codec(self, s_in)
                if c is not None:
                    # The bytes of a plain-data value, one at a time.
                    target = v if by_value(s_in) else f"ObjPtr({v})"
                    return f"BytePtr({target}, {c[0]}, {c[1]}, 0)"
            path = pod.transparent_path(self, s_in, d_in) if s_in != d_in else None
            if path:
                # `*const MaybeUninit<T> as *const T`: the wrapped field's place.
                obj = v
                for i, _ in path[:-1]:
                    obj = f"{obj}.f{i}"
                last = path[-1][0]
                return f"AttrPtr({obj}, 'f{last}')" if by_value(d_in) else f"{obj}.f{last}"
            c = pod.codec(self, d_in) if s_in != d_in else None
            if c is not None:
                # (A pointer into C memory, from a foreign function, reads `d_in`s now.)
                from ferric.backend.py.intrinsics import size_of

                return f"ptr_retype({v}, {c[0]}, {c[1]}, {size_of(self, d_in)}, {not by_value(d_in)})"
            return v
        if isinstance(dst, t.RawPtr | t.FnPtr):
            return v
        raise CodegenError(f"cast from `{src}` to `{dst}` is not supported yet")

    def discriminant(self, v: str, ty: t.Adt) -> str:
        adt = self.tcx.adt_def(ty.def_id)
        values = self.discriminants(ty.def_id)
        if values == list(range(len(adt.variants))):
            return f"{v}.t"
        return f"{tuple(values)!r}[{v}.t]"

    def discriminants(self, def_id: DefId) -> list[int]:
        """Each variant's discriminant value (explicit `= expr`, else the previous + 1)."""
        got = self._discriminants.get(def_id)
        if got is not None:
            return got
        from ferric.backend.py.mono import _LazyResults
        from ferric.consteval.check import ConstEvalCtxt
        from ferric.consteval.machine import Machine

        adt = self.tcx.adt_def(def_id)
        out: list[int] = []
        nxt = 0
        for var in adt.variants:
            if var.discr_body is not None:
                cx = ConstEvalCtxt(self.tcx, _LazyResults(self.mono))
                cx.local_crate = self.tcx.crate_of(def_id)
                try:
                    val = Machine(cx).eval_body(var.discr_body, self.results_for(var.discr_body))
                except CodegenError:
                    raise
                except Exception:
                    val = None
                iv = val if isinstance(val, bool | int) else getattr(val, "c", None)
                if not isinstance(iv, int):
                    raise CodegenError(f"the discriminant of `{self.tcx.def_path_str(def_id)}::{var.name}` could not be evaluated")
                nxt = int(iv)
            out.append(nxt)
            nxt += 1
        self._discriminants[def_id] = out
        return out

    # -- intrinsics -----------------------------------------------------------------------------

    def intrinsic_key(self, def_id: DefId) -> str | None:
        if not self.tcx.has_attr(def_id, "intrinsic"):
            return None
        name = self.tcx.item_name(def_id)
        parent = self.tcx.parent(def_id)
        if parent is not None and self.tcx.def_kind(parent) is DefKind.IMPL:
            self_ty = self.tcx.type_of(parent)
            head = _ty_head(self_ty)
            return f"{head}::{name}"
        if parent is not None:
            return f"{self.tcx.item_name(parent)}::{name}"
        return name

    def intrinsic(self, inst: Instance, args: list[str], cg: FnCodegen, span: object) -> str | None:
        key = self.intrinsic_key(inst.def_id)
        if key is None:
            return None
        from ferric.backend.py.intrinsics import call_intrinsic

        return call_intrinsic(self, key, inst, args, cg, span)

    # -- building -------------------------------------------------------------------------------

    def compile_queue(self) -> None:
        from ferric.backend.py.codegen import FnCodegen

        while self.queue:
            sym, inst = self.queue.pop()
            try:
                ahead = self.ahead.get(sym)
                if ahead is not None:
                    self.functions.append(ahead)
                    continue
                self.compiling.add(sym)
                lines = self.compile_instance(sym, inst, FnCodegen)
                self.compiling.discard(sym)
                self.ahead[sym] = lines
                self.functions.append(lines)
            except CodegenError as e:
                if getattr(e, "where", None) is None:
                    e.where = self.tcx.def_path_str(inst.def_id)  # type: ignore[attr-defined]
                    e.args = (f"{e.args[0]} (in `{e.where}`)",)  # type: ignore[attr-defined]
                raise

    def compile_ahead(self, sym: str, inst: Instance) -> list[str] | None:
        """The lines of `sym` (the function of `inst`, queued), compiled now unless it is
        being compiled (a recursive call); the worklist then uses them (`inline`)."""
        lines = self.ahead.get(sym)
        if lines is None and sym not in self.compiling and self.intrinsic_key(inst.def_id) is None:
            from ferric.backend.py.codegen import FnCodegen

            self.compiling.add(sym)
            try:
                lines = self.compile_instance(sym, inst, FnCodegen)
            except CodegenError as e:
                if getattr(e, "where", None) is None:
                    # (The error is the callee's, not the caller's being compiled.)
                    e.where = self.tcx.def_path_str(inst.def_id)  # type: ignore[attr-defined]
                    e.args = (f"{e.args[0]} (in `{e.where}`)",)  # type: ignore[attr-defined]
                raise
            finally:
                self.compiling.discard(sym)
            self.ahead[sym] = lines
        return lines

    def compile_instance(self, sym: str, inst: Instance, cg_cls: type) -> list[str]:
        tcx = self.tcx
        if inst.kind is InstKind.CLOSURE:
            assert isinstance(inst.self_ty, t.Closure)
            return self.compile_closure(sym, inst, cg_cls)
        if inst.kind is InstKind.COROUTINE:
            return self.compile_coroutine(sym, inst, cg_cls)
        if inst.index == -2:
            # A function value wrapping an intrinsic or shim.
            from ferric.backend.py.codegen import FnCodegen

            real = self.mono.resolve(inst.def_id, inst.args) if inst.kind is InstKind.ITEM else inst
            sig = tcx.fn_sig_instantiated(inst.def_id, inst.args)
            params = [f"a{i}" for i in range(len(sig.inputs))]
            cg = FnCodegen(self, real, TypeckResults(inst.def_id), sym)
            body = cg.call_instance(real, params, span=None)
            return [f"def {sym}({', '.join(params)}):", *cg.lines, f"    return {body}"]
        key = self.intrinsic_key(inst.def_id)
        if key is not None:
            from ferric.backend.py.codegen import FnCodegen

            sig = tcx.fn_sig(inst.def_id)
            params = [f"a{i}" for i in range(len(sig.inputs))]
            cg = FnCodegen(self, inst, TypeckResults(inst.def_id), sym)
            body = self.intrinsic(inst, params, cg, None)
            if self.is_track_caller(inst.def_id):
                params.append("_loc=None")
            return [f"def {sym}({', '.join(params)}):", *cg.lines, f"    return {body}"]
        kind = tcx.def_kind(inst.def_id)
        body_id = inst.def_id
        if kind in (DefKind.CONST, DefKind.ASSOC_CONST, DefKind.STATIC):
            item = tcx.hir_item(inst.def_id)
            b = getattr(item, "body", None)
            if b is None:
                raise CodegenError(f"`{tcx.def_path_str(inst.def_id)}` has no value")
            body_id = b
        else:
            item = tcx.hir_item(inst.def_id)
            b = getattr(item, "body", None)
            if b is None:
                raise CodegenError(f"`{tcx.def_path_str(inst.def_id)}` has no body")
            body_id = b
        body = tcx.body(body_id)
        if body is None:
            raise CodegenError(f"`{tcx.def_path_str(inst.def_id)}` has no body")
        if isinstance(item, hir.FnItem) and item.sig.header.is_async:
            # Calling an `async fn` only makes its future: the parameters are moved into it.
            fut = self.mono.normalize(tcx.fn_sig_instantiated(inst.def_id, inst.args).output)
            assert isinstance(fut, t.Coroutine)
            params = [f"a{i}" for i in range(len(tcx.fn_sig(inst.def_id).inputs))]
            return [f"def {sym}({', '.join(params)}):", f"    return {self.coroutine_class(fut)}({', '.join(params)})"]
        results = self.results_for(body_id)
        cg = cg_cls(self, inst, results, sym)
        cg.track_caller = self.is_track_caller(inst.def_id)
        lines: list[str] = cg.compile_fn(body, [], False)
        return lines

    def compile_closure(self, sym: str, inst: Instance, cg_cls: type) -> list[str]:
        tcx = self.tcx
        ty = inst.self_ty
        assert isinstance(ty, t.Closure)
        body = tcx.body(ty.def_id)
        if body is None:
            raise CodegenError("closure without a body")
        out = self.mono.normalize(ty.sig_ty.sig.output)
        if isinstance(out, t.Coroutine) and out.def_id == ty.def_id:
            # An async closure: a call makes the future, holding the closure (by reference,
            # or moved in for `FnOnce`) and the arguments.
            params = [f"a{i}" for i in range(len(body.params))]
            return [f"def {sym}({', '.join(['_env', *params])}):", f"    return {self.coroutine_class(out)}({', '.join(['_env', *params])})"]
        results = self.results_for(ty.def_id)
        cinst = Instance(InstKind.ITEM, ty.def_id, ty.parent_args)
        cg = cg_cls(self, cinst, results, sym)
        self.bind_closure_upvars(cg, ty)
        return cg.compile_fn(body, ["_env"], True)

    def compile_coroutine(self, sym: str, inst: Instance, cg_cls: type) -> list[str]:
        """The body of an `async fn`/block/closure as a Python generator function
        `(self, cx, params...)`: each `.await` of a pending future yields, and receives the
        `Context` of the next poll (`FnCodegen.await_expr`)."""
        tcx = self.tcx
        ty = inst.self_ty
        assert isinstance(ty, t.Coroutine)
        body = tcx.body(ty.def_id)
        if body is None:
            raise CodegenError("`async` body without a body")
        kind = self.coroutine_kind(ty)
        results = self.results_for(ty.def_id)
        cg = cg_cls(self, Instance(InstKind.ITEM, ty.def_id, ty.parent_args), results, sym)
        cg.in_coroutine = True
        if kind == "fn":
            lines = cg.compile_fn(body, ["_self", "_cx"], False)
        elif kind == "closure":
            env = self.async_closure_env(ty)
            assert isinstance(env, t.Closure)
            self.bind_closure_upvars(cg, env)
            lines = cg.compile_fn(body, ["_self", "_cx", "_env"], True)
        else:
            self.bind_upvars(cg, ty.def_id, results, owned=True)
            lines = cg.compile_fn(body, ["_env", "_cx"], True)
        # (A generator even without an `.await`: the first poll runs the body.)
        return [lines[0], "    if False: yield", *lines[1:]]

    def bind_upvars(self, cg: FnCodegen, def_id: DefId, results: TypeckResults, owned: bool) -> None:
        """Tell `cg` where the captures of closure/async block `def_id` are (`_env.fI`);
        `owned`: the body owns its by-value captures (drops them at its end)."""
        for i, cap in enumerate(results.closure_captures.get(def_id, [])):
            cap_ty = cg.ty(cap.ty)
            if cap.projections:
                cg.upvar_paths[(cap.var, cap.projections)] = (i, cap.kind, cap_ty)
            else:
                cg.upvars[cap.var] = (i, cap.kind, cap_ty)
            if cap.kind is CaptureKind.BY_VALUE and owned:
                cg.env_drops.append((f"_env.f{i}", cap_ty))

    def bind_closure_upvars(self, cg: FnCodegen, ty: t.Closure) -> None:
        self.bind_upvars(cg, ty.def_id, self.results_for(ty.def_id), owned=ty.kind_ty == t.CLOSURE_KIND_FN_ONCE)


def _is_byte(ty: t.Ty) -> bool:
    return isinstance(ty, t.Int | t.Uint) and ty.bits == 8


def _principal(dyn: t.Dynamic) -> tuple[DefId, t.GenericArgs] | None:
    pr = dyn.principal
    return (pr.def_id, pr.args) if pr is not None else None


def _ty_head(ty: t.Ty) -> str:
    if isinstance(ty, t.Adt | t.Foreign):
        s = str(ty)
        return s.split("<")[0].split("::")[-1]
    if isinstance(ty, t.Slice):
        return "[T]"
    if isinstance(ty, t.RawPtr):
        return f"*{'mut' if ty.mutbl.value == 'mut' else 'const'} {_ty_head(ty.pointee)}"
    return str(ty)


def _py_const(v: object) -> str:
    inner = getattr(v, "c", v)
    if isinstance(inner, bool):
        return "True" if inner else "False"
    if isinstance(inner, int):
        return str(inner)
    if isinstance(inner, float):
        if inner != inner:
            return "_NAN"
        if inner in (float("inf"), float("-inf")):
            return "_INF" if inner > 0 else "(-_INF)"
        return repr(inner)
    if isinstance(inner, str) and len(inner) == 1:
        return repr(inner)
    raise CodegenError(f"constant value {v!r} not supported")


def build(
    tcx: TyCtxt,
    results: dict[DefId, TypeckResults],
    user_file: str,
    release: bool = False,
    hygiene: HygieneData | None = None,
    tests: tuple[tuple[str, DefId], ...] | None = None,
) -> str:
    """The program's Python module. Its entry is `_ferric_main()` (runs `main` through
    `lang_start`, returns the exit status); with `tests` (a test build, as `rustc --test`:
    `(name, fn)` for each `#[test]` function) it is `_ferric_tests` instead, a tuple of
    `(name, thunk)`, each thunk running its test through std's `ferric_test_start` and
    returning that function's `Result<bool, String>`."""
    prog = Program(tcx, results, release)
    prog.hygiene = hygiene
    prog.trailer_consts = []
    prog.static_inits = []
    prog.user_file = user_file
    prog.file_name = user_file
    entry: list[str] = []
    if tests is None:
        main = tcx.hir.main_fn
        if main is None:
            raise CodegenError("no `main` function")
        start = tcx.lang_item("start")
        if start is None:
            raise CodegenError("std has no `lang_start`")
        main_sig = tcx.fn_sig(main)
        ret = prog.mono.normalize(main_sig.output)
        main_sym = prog.fn_symbol(Instance(InstKind.ITEM, main, ()))
        start_sym = prog.fn_symbol(Instance(InstKind.ITEM, start, (ret,)))
        entry.append(f"def _ferric_main():\n    return {start_sym}({main_sym}, 0, None, 0)")
    else:
        runner = tcx.lang_item("ferric_test_start")
        if runner is None:
            raise CodegenError("std has no `ferric_test_start`")
        rows = []
        for name, fn in tests:
            ret = prog.mono.normalize(tcx.fn_sig(fn).output)
            fn_sym = prog.fn_symbol(Instance(InstKind.ITEM, fn, ()))
            run_sym = prog.fn_symbol(Instance(InstKind.ITEM, runner, (ret,)))
            name_sym = prog.str_const(name.encode("utf-8"))
            rows.append(f"    ({name!r}, lambda: {run_sym}({fn_sym}, {name_sym})),")
        entry.append("_ferric_tests = (\n" + "\n".join(rows) + "\n)")
    prog.compile_queue()
    out = [PRELUDE]
    if prog.uses_ffi:
        # (ctypes is imported only by programs calling C.)
        out.append("from ferric.rt.ffi import ffi_fn, ffi_call")
    out.extend(prog.header)
    for fn in reversed(prog.functions):
        out.append("\n".join(fn))
    out.extend(prog.trailer_consts)
    out.extend(prog.static_inits)
    out.extend(entry)
    return "\n\n".join(out) + "\n"
