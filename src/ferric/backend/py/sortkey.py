"""Sort comparators and key closures that are plain field comparisons, as Python sort keys.

`v.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)))` asks for the
one stable order in which `score` descends and `name` ascends among equal scores. Python
reaches it with one C-level `list.sort(key=.., reverse=..)` per compared field, least
significant first (each pass is stable, `reverse=True` included), instead of a Python
call of the closure, `then_with` and `cmp` per comparison.

Input: a comparator closure type (`sort_by`, `sort_unstable_by`) or a key closure type
(`sort_by_key` ...), with its HIR body and `TypeckResults`. Output: `SortKey`s (the
Python key expression over an element `x`, the direction, whether the key is a float) or
None when the body is anything else.

The comparator grammar (`E`):
- `P_a.cmp(&P_b)` / `P_b.cmp(&P_a)` (ascending / descending), std's `Ord::cmp` of an
  integer, `char`, `bool`, `str` or `String` (behind shared references);
- `P_a.partial_cmp(&P_b).unwrap()` (or swapped) of those or of `f32`/`f64`;
- `E.then_with(|| E)`, `E.then(E)`, `E.reverse()` (std's `Ordering` methods);
- a block whose only content is `E`;
where `P_a` is the first parameter followed by field projections through shared references
(struct fields and tuple indices), and `P_b` the same projections of the second.

Invariant: only where the keyed sort is exactly the comparator's sort: the comparisons are
total orders Python compares the same way (integers, `char`s as 1-char strings, UTF-8
bytes), nothing in the closure can panic or has an effect, and no user code runs (a user
`Ord` impl is never replaced: its calls are observable). A float key with a NaN in the
slice would make `partial_cmp(..).unwrap()` panic: `rt.ops.slice_sort_keys` then sorts by
the comparator itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ferric.backend.py.mono import CodegenError, Instance, InstKind
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, HirId, LocalRes
from ferric.syntax.ast import BorrowKind, Mutability, UnOp
from ferric.ty import ty as t
from ferric.typeck.results import AdjustKind

if TYPE_CHECKING:
    from ferric.backend.py.program import Program


@dataclass(frozen=True, slots=True)
class SortKey:
    """One compared field: `expr`, a Python expression of the element `x` whose Python
    order is the field's `Ord`; `desc`, descending; `float`, an `f32`/`f64` (a NaN among
    the keys means the comparator would panic)."""

    expr: str
    desc: bool
    float: bool


@dataclass(frozen=True, slots=True)
class _Path:
    """A key path: the closure parameter it starts from (0 or 1), the Python accessors
    after it (`.f2`, `[0]`), and the type it reaches (shared references peeled)."""

    root: int
    access: tuple[str, ...]
    ty: t.Ty


class _Reader:
    """The closure body's HIR with its types (from the enclosing function's results)."""

    def __init__(self, prog: Program, fty: t.Closure) -> None:
        from ferric.backend.py.codegen import FnCodegen

        self.prog = prog
        self.tcx = prog.tcx
        self.fty = fty
        results = prog.results_for(fty.def_id)
        self.results = results
        self.cg = FnCodegen(prog, Instance(InstKind.ITEM, fty.def_id, fty.parent_args), results, "_sortkey")
        self.params: dict[HirId, int] = {}

    def bind_params(self, body: hir.Body, n: int) -> bool:
        """Record the body's `n` parameters (plain `a`/`b` bindings by value)."""
        if len(body.params) != n:
            return False
        for i, p in enumerate(body.params):
            pat = p.pat
            if not isinstance(pat, hir.BindingPat) or pat.sub is not None:
                return False
            self.params[pat.hir_id] = i
        return True

    def std_method(self, e: hir.MethodCallExpr) -> tuple[DefId, str, str] | None:
        """(method, its name, its owner's path) of a call of one of std's methods."""
        tdd = self.results.type_dependent_defs.get(e.hir_id)
        if tdd is None:
            return None
        did = tdd[1]
        tcx = self.tcx
        if tcx.defs[did].crate != 1:
            return None
        parent = tcx.parent(did)
        if parent is None:
            return None
        kind = tcx.def_kind(parent)
        if kind is DefKind.IMPL:
            self_ty = tcx.type_of(parent)
            owner = tcx.defs.path_str(self_ty.def_id) if isinstance(self_ty, t.Adt) else ""
        elif kind is DefKind.TRAIT:
            owner = tcx.defs.path_str(parent)
        else:
            return None
        return did, tcx.item_name(did), owner

    def only_builtin_adjustments(self, e: hir.Expr) -> bool:
        """`e`'s adjustments are built-in derefs of references and shared autorefs."""
        for adj in self.results.adjustments.get(e.hir_id, ()):
            if adj.kind is AdjustKind.DEREF and adj.method is None:
                continue
            if adj.kind is AdjustKind.BORROW and adj.mutbl is Mutability.NOT:
                continue
            return False
        return True

    def path(self, e: hir.Expr) -> _Path | None:
        """`e` as a key path from a parameter: fields through shared references, `&` and
        `*` of them (their Python value is the same object or by-value value)."""
        if not self.only_builtin_adjustments(e):
            return None
        if isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
            return self.path(e.block.expr)
        if isinstance(e, hir.AddrOfExpr):
            if e.kind is not BorrowKind.REF or e.mutbl is not Mutability.NOT:
                return None
            return self.path(e.expr)
        if isinstance(e, hir.UnaryExpr):
            if e.op is not UnOp.DEREF or e.hir_id in self.results.operator_methods:
                return None
            inner = self.path(e.expr)
            return inner if inner is not None and _shared_refs(self.cg.expr_ty_adjusted(e.expr)) else None
        if isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath):
            res = e.qpath.path.res
            if not isinstance(res, LocalRes) or res.hir_id not in self.params:
                return None
            ty = self.cg.expr_ty(e)
            return _Path(self.params[res.hir_id], (), _peel(ty)) if _shared_refs(ty) else None
        if isinstance(e, hir.FieldExpr):
            base = self.path(e.expr)
            if base is None:
                return None
            base_ty = _peel(self.cg.expr_ty_adjusted(e.expr))
            index = self.results.field_indices.get(e.hir_id)
            if index is None or not _shared_refs(self.cg.expr_ty_adjusted(e.expr)):
                return None
            if isinstance(base_ty, t.Tuple):
                step = f"[{index}]"
            elif isinstance(base_ty, t.Adt) and self._plain_struct(base_ty):
                step = f".f{index}"
            else:
                return None
            ty = self.cg.expr_ty(e)
            if not _shared_refs(ty):
                return None
            return _Path(base.root, (*base.access, step), _peel(ty))
        return None

    def is_reverse_ctor(self, e: hir.Expr) -> bool:
        """`e` names the constructor of std's `cmp::Reverse`."""
        if not isinstance(e, hir.PathExpr):
            return False
        ty = self.cg.expr_ty(e)
        if not isinstance(ty, t.FnDef):
            return False
        tcx = self.tcx
        ctor = ty.def_id
        if tcx.def_kind(ctor) is not DefKind.CTOR or tcx.defs[ctor].crate != 1:
            return False
        parent = tcx.parent(ctor)
        return parent is not None and tcx.defs.path_str(parent) == "cmp::Reverse"

    def _plain_struct(self, ty: t.Adt) -> bool:
        """A program's struct, whose Python object has its fields as slots `f0..` (not an
        unsized struct, which is its last field; std's own structs may be represented
        otherwise)."""
        adt = self.tcx.adt_def(ty.def_id)
        return adt.is_struct and self.tcx.defs[ty.def_id].crate != 1 and not self.prog.is_unsized_adt(ty)

    def compare(self, e: hir.Expr) -> list[SortKey] | None:
        """The keys of a comparator expression `E` (most significant first), or None."""
        if isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
            return self.compare(e.block.expr)
        if not isinstance(e, hir.MethodCallExpr):
            return None
        m = self.std_method(e)
        if m is None:
            return None
        _, name, owner = m
        if owner == "cmp::Ordering" and self.only_builtin_adjustments(e.receiver):
            first = self.compare(e.receiver)
            if first is None:
                return None
            if name == "reverse" and not e.args:
                return [SortKey(k.expr, not k.desc, k.float) for k in first]
            if name == "then" and len(e.args) == 1:
                rest = self.compare(e.args[0])
                return None if rest is None else first + rest
            if name == "then_with" and len(e.args) == 1:
                rest = self.then_with_closure(e.args[0])
                return None if rest is None else first + rest
            return None
        if name == "cmp" and owner == "cmp::Ord" and len(e.args) == 1:
            return self.field_cmp(e, floats=False)
        if name == "unwrap" and owner == "option::Option" and not e.args and isinstance(e.receiver, hir.MethodCallExpr):
            inner = self.std_method(e.receiver)
            if inner is not None and inner[1:] == ("partial_cmp", "cmp::PartialOrd") and len(e.receiver.args) == 1:
                return self.field_cmp(e.receiver, floats=True)
        return None

    def then_with_closure(self, e: hir.Expr) -> list[SortKey] | None:
        """`|| E` (no parameters) given to `then_with`."""
        if not isinstance(e, hir.ClosureExpr) or e.is_async:
            return None
        body = self.tcx.body(e.def_id)
        if body is None or body.params:
            return None
        return self.compare(body.value)

    def field_cmp(self, e: hir.MethodCallExpr, floats: bool) -> list[SortKey] | None:
        """`P_x.cmp(&P_y)` (or `partial_cmp`): one key, descending when `x` is the second
        parameter."""
        left, right = self.path(e.receiver), self.path(e.args[0])
        if left is None or right is None or left.access != right.access or left.ty != right.ty:
            return None
        if {left.root, right.root} != {0, 1}:
            return None
        # (Floats only as the compared value itself, where `slice_sort_keys` looks for NaN.)
        flt = floats and isinstance(left.ty, t.Float)
        expr = key_expr(self.prog, left.ty, "x" + "".join(left.access), flt, "PartialOrd" if floats else "Ord")
        if expr is None:
            return None
        return [SortKey(expr, left.root == 1, isinstance(left.ty, t.Float))]


def _peel(ty: t.Ty) -> t.Ty:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    return ty


def _shared_refs(ty: t.Ty) -> bool:
    """Every reference around the value is shared (a `&mut` to a by-value type is a
    pointer object in Python, not the value)."""
    while isinstance(ty, t.Ref):
        if ty.mutbl is Mutability.MUT:
            return False
        ty = ty.pointee
    return True


def key_expr(prog: Program, ty: t.Ty, v: str, floats: bool, trait: str = "Ord") -> str | None:
    """A Python expression ordering the value `v` of type `ty` as its `Ord` does (with
    `floats`, `PartialOrd` of floats too), or None: integers, `char`, `bool`, `str` and
    `String` (behind shared references), tuples of those (Python tuples compare
    lexicographically, as std's tuple impls), and a program's structs whose `trait`
    (`Ord` or `PartialOrd`) impl is derived (field by field, in declaration order)."""
    if isinstance(ty, t.Ref):
        return key_expr(prog, ty.pointee, v, floats, trait) if ty.mutbl is Mutability.NOT else None
    if isinstance(ty, t.Int | t.Uint | t.Char | t.Bool):
        return v
    if isinstance(ty, t.Float):
        return v if floats else None
    if isinstance(ty, t.Str):
        return f"bytes({v}.b[{v}.lo:{v}.hi])"
    if isinstance(ty, t.Adt) and prog.tcx.is_lang_item(ty.def_id, "String"):
        return f"{v}.a"
    if isinstance(ty, t.Tuple) and ty.elems:
        parts = [key_expr(prog, e, f"{v}[{i}]", floats, trait) for i, e in enumerate(ty.elems)]
        return None if None in parts else f"({', '.join(parts)},)"  # type: ignore[arg-type]
    if isinstance(ty, t.Adt) and _derived_order(prog, ty, trait):
        fields = _field_types(prog, ty)
        parts = [key_expr(prog, f, f"{v}.f{i}", floats, trait) for i, f in enumerate(fields)]
        return None if None in parts or not parts else f"({', '.join(parts)},)"  # type: ignore[arg-type]
    return None


def _derived_order(prog: Program, ty: t.Adt, trait: str) -> bool:
    """`ty` is a program's struct (not unsized) whose `Ord`/`PartialOrd` impl is derived:
    its comparison is its fields', in order, and runs no user code of its own."""
    tcx = prog.tcx
    if tcx.defs[ty.def_id].crate == 1 or not tcx.adt_def(ty.def_id).is_struct or prog.is_unsized_adt(ty):
        return False
    trait_id = tcx.std_item("cmp", trait)
    if trait_id is None:
        return False
    method = next((i.def_id for i in tcx.associated_items(trait_id) if i.name == ("cmp" if trait == "Ord" else "partial_cmp")), None)
    if method is None:
        return False
    try:
        inst = prog.mono.resolve(method, (ty, ty) if trait == "PartialOrd" else (ty,))
    except CodegenError:  # (no impl: not ordered)
        return False
    impl = tcx.parent(inst.def_id)
    return impl is not None and tcx.def_kind(impl) is DefKind.IMPL and tcx.has_attr(impl, "automatically_derived")


def _field_types(prog: Program, ty: t.Adt) -> list[t.Ty]:
    """The concrete types of a struct's fields, in declaration order."""
    variant = prog.tcx.adt_def(ty.def_id).variants[0]
    return [prog.mono.concrete(prog.tcx.type_of(f.def_id), ty.args) for f in variant.fields]


def _capture_free_closure(prog: Program, fty: t.Closure, n_params: int) -> tuple[_Reader, hir.Body] | None:
    """A reader over the closure's body with its `n_params` parameters bound, when it
    captures nothing."""
    if prog.tcx.def_kind(fty.def_id) is not DefKind.CLOSURE:
        return None
    body = prog.tcx.body(fty.def_id)
    if body is None:
        return None
    r = _Reader(prog, fty)
    if r.results.closure_captures.get(fty.def_id) or not r.bind_params(body, n_params):
        return None
    return r, body


def comparator_keys(prog: Program, fty: t.Closure) -> list[SortKey] | None:
    """The keys of a `sort_by` comparator closure that compares fields only, or None."""
    got = _capture_free_closure(prog, fty, 2)
    if got is None:
        return None
    r, body = got
    return r.compare(body.value)


def key_closure_path(prog: Program, fty: t.Closure) -> tuple[str, bool] | None:
    """For `sort_by_key(|p| p.f.g)` or `sort_by_key(|p| Reverse(p.f.g))` (a field path of
    an integer, `char` or `bool`): the key as a Python expression of the element `x` and
    whether it descends, else None."""
    got = _capture_free_closure(prog, fty, 1)
    if got is None:
        return None
    r, body = got
    value, desc = body.value, False
    if isinstance(value, hir.BlockExpr) and not value.block.stmts and value.block.expr is not None:
        value = value.block.expr
    if isinstance(value, hir.CallExpr) and len(value.args) == 1 and r.is_reverse_ctor(value.func):
        value, desc = value.args[0], True
    p = r.path(value)
    if p is None or not p.access or not isinstance(r.cg.expr_ty(value), t.Int | t.Uint | t.Char | t.Bool):
        return None
    expr = key_expr(prog, p.ty, "x" + "".join(p.access), floats=False)
    return None if expr is None else (expr, desc)


def key_function(expr: str) -> str:
    """A Python function computing `expr` of `x`: `attrgetter`/`itemgetter` (C code) when it
    is one attribute path or index, else a lambda."""
    if expr == "x":
        return "None"
    rest = expr[1:]
    if rest.startswith(".") and all(part.isidentifier() for part in rest[1:].split(".")):
        return f"attrgetter({rest[1:]!r})"
    if rest.startswith("[") and rest.endswith("]") and rest[1:-1].isdigit():
        return f"itemgetter({rest[1:-1]})"
    return f"(lambda x: {expr})"
