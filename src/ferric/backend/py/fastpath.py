"""Fast paths: std code whose effect the Python backend can reach with Python's own
machinery, recognised by concrete type (never by what a program computes).

- `source`: the items of an iterator of a known type (ranges, slice and `Vec` iterators,
  `Chars`, `Bytes`, `Lines`, `Split<char>`, `SplitWhitespace`, and std's adapters over them: `Map`, `Filter`, `Enumerate`, `Zip`, `Skip`,
  `Take`, `StepBy`, `Rev`, `TakeWhile`, `SkipWhile`, `Copied`, `Cloned`) as one Python
  iterable built from `range`, list slices, `map`/`filter` over the closure's function,
  `zip`, `islice`, `takewhile`... Python's iterators pull items exactly as std's adapters
  do, so every closure runs in the same order, as many times.
- `for_iterable`: a `for` loop over such an iterator is a Python `for`. The iterator is
  the loop's hidden `iter` binding, which no other code can see, so leaving its state
  unchanged is unobservable.
- `call`: calls done without std's generic bodies: `Iterator::next` of an integer `Range`
  or a `slice::Iter` (one runtime call); consumers of a `source` (`fold`, `for_each`,
  `count`, `max`/`min`, `Vec::from_iter`; `any`/`all`/`position`/`find` of slice
  iterators and ranges, which keep the iterator's position); slice sorts with a closure
  (comparators of field comparisons as keyed sorts: `sortkey`); slice comparisons of
  numbers; `Box::new`; `vec![x; n]`; `to_string` of integers and text; `str` searches and
  `replace` with `char`/`&str` patterns; `String::extend` of chars; `Vec::dedup` of plain
  values; `String`/`Vec` `deref`; `format!` trying `rt.text.fmt_format` first (or
  `fmt_string` at once); `Option`/`Result` `unwrap`/`expect`/`unwrap_or`/`ok_or`/`ok`/
  `copied` and slice `get` as a variant or bounds test inline.
- `direct_callee`: a closure that only passes its parameters on to one function is that
  function wherever the sources call it.

Invariant: a fast path yields exactly the values, panics and drops of the std code it
stands for; anything it does not recognise goes through the ordinary call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ferric.backend.py import inline, sortkey, textpath
from ferric.backend.py.layout import by_value, int_range, is_f32, is_u8
from ferric.backend.py.mono import CodegenError, Instance, InstKind
from ferric.hir import nodes as hir
from ferric.resolve.defs import DefId, DefKind, HirId, LocalRes
from ferric.syntax.ast import Mutability
from ferric.ty import ty as t
from ferric.typeck.results import AdjustKind

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen


def std_path(cg: FnCodegen, ty: t.Ty) -> str | None:
    """`slice::iter::Iter` for a std ADT (its path inside std), else None."""
    if not isinstance(ty, t.Adt):
        return None
    defs = cg.tcx.defs
    if defs[ty.def_id].crate != 1:
        return None
    return defs.path_str(ty.def_id)


def _is_int(ty: t.Ty) -> bool:
    return isinstance(ty, t.Int | t.Uint)


def _is_small_int(ty: t.Ty) -> bool:
    """An integer type whose ranges have an exact `size_hint` (not i128/u128)."""
    return _is_int(ty) and ty.bits <= 64  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Source:
    """A Python iterable producing an iterator's items.

    `tuples`: the items are Python tuples standing for Rust pairs (whose representation is
    a list), which `listed` converts. `hint`: the iterator's `size_hint` as `Vec`'s
    `FromIterator` sees it: `EXACT` (lower == upper all along), `ZERO` (lower is 0 all
    along), or None (anything else)."""

    expr: str
    tuples: bool = False
    hint: str | None = None
    below_max: bool = False
    """The items are integers below a half-open range's end, so at most their type's
    maximum minus one (`ranges.range_item_facts`)."""

    def listed(self) -> str:
        return f"map(list, {self.expr})" if self.tuples else self.expr


EXACT, ZERO = "exact", "zero"

_ASSIGN = re.compile(r"[A-Za-z_][A-Za-z_0-9]* = .+")


def _args(ty: t.Adt) -> list[t.Ty]:
    return [a for a in ty.args if isinstance(a, t.Ty)]


def item_ty(cg: FnCodegen, ty: t.Ty) -> t.Ty | None:
    """`<ty as Iterator>::Item`, or None when it cannot be named here."""
    trait = cg.tcx.lang_item("iterator")
    if trait is None:
        return None
    item = next((i.def_id for i in cg.tcx.associated_items(trait) if i.name == "Item"), None)
    if item is None:
        return None
    try:
        return cg.mono.normalize(t.Alias(t.AliasKind.PROJECTION, item, (ty,)))
    except CodegenError:
        return None


def _callee(cg: FnCodegen, fty: t.Ty, env: str) -> str | None:
    """A Python callable calling the closure `env` (of type `fty`) with its arguments."""
    if isinstance(fty, t.Closure):
        return direct_callee(cg, fty) or f"partial({cg.prog.closure_symbol(fty)}, {env})"
    return None


def direct_callee(cg: FnCodegen, fty: t.Closure) -> str | None:
    """For a closure that only passes its parameters on, in order, to one function or
    method (`|c| c.is_ascii_digit()`, `|x| f(x)`), without captures: that function, which
    does what calling the closure does. Not for `#[track_caller]` callees (the location
    would change), intrinsics, calls `call` replaces, or parameters with drop glue."""
    from ferric.backend.py.codegen import FnCodegen

    prog, tcx = cg.prog, cg.tcx
    body = tcx.body(fty.def_id)
    if body is None or tcx.def_kind(fty.def_id) is not DefKind.CLOSURE:
        return None
    results = prog.results_for(fty.def_id)
    if results.closure_captures.get(fty.def_id):
        return None
    inner = FnCodegen(prog, Instance(InstKind.ITEM, fty.def_id, fty.parent_args), results, "_direct")
    params: list[HirId] = []
    for p in body.params:
        pat = p.pat
        if not isinstance(pat, hir.BindingPat) or pat.sub is not None or prog.needs_drop(inner.pat_ty(pat)):
            return None
        params.append(pat.hir_id)
    value = body.value
    if isinstance(value, hir.BlockExpr) and not value.block.stmts and value.block.expr is not None:
        if results.adjustments.get(value.hir_id):
            return None
        value = value.block.expr
    if results.adjustments.get(value.hir_id):
        return None  # (the result is coerced: `|x| Box::new(x) as Box<dyn T>` ...)
    if isinstance(value, hir.MethodCallExpr):
        operands, tdd = [value.receiver, *value.args], results.type_dependent_defs.get(value.hir_id)
        if tdd is None:
            return None
        did = tdd[1]
    elif isinstance(value, hir.CallExpr):
        fn_ty = inner.expr_ty_adjusted(value.func)
        if not isinstance(fn_ty, t.FnDef) or tcx.def_kind(fn_ty.def_id) is not DefKind.FN:
            return None
        from ferric.backend.py import ffi

        if ffi.is_foreign(prog, fn_ty.def_id):
            return None
        operands, did = list(value.args), fn_ty.def_id
    else:
        return None
    if len(operands) != len(params) or not all(_passes(inner, e, hid) for e, hid in zip(operands, params, strict=True)):
        return None
    if isinstance(value, hir.MethodCallExpr):
        inst = prog.mono.resolve(did, inner.node_args(value.hir_id))
    else:
        assert isinstance(fn_ty, t.FnDef)
        inst = prog.mono.resolve(did, fn_ty.args)
    if inst.kind is not InstKind.ITEM or prog.intrinsic_key(inst.def_id) is not None or prog.is_track_caller(inst.def_id):
        return None
    if prog.is_fn_trait_method(inst.def_id) or call(inner, inst, [f"_a{i}" for i in range(len(params))]) is not None:
        return None
    return prog.fn_symbol(inst)


def _passes(cg: FnCodegen, e: hir.Expr, param: HirId) -> bool:
    """`e` is the parameter `param` itself, with at most built-in derefs and shared
    autorefs of shared references (which are the same Python value)."""
    if not (isinstance(e, hir.PathExpr) and isinstance(e.qpath, hir.ResolvedPath)):
        return False
    res = e.qpath.path.res
    if not isinstance(res, LocalRes) or res.hir_id != param:
        return False
    ty = cg.expr_ty(e)
    if isinstance(ty, t.Ref) and ty.mutbl is Mutability.MUT:
        return False
    for adj in cg.results.adjustments.get(e.hir_id, ()):
        if adj.kind is AdjustKind.DEREF and adj.method is None and isinstance(ty, t.Ref):
            ty = ty.pointee
            if isinstance(ty, t.Ref) and ty.mutbl is Mutability.MUT:
                return False
            continue
        if adj.kind is AdjustKind.BORROW and adj.mutbl is Mutability.NOT:
            continue
        return False
    return True


def source(cg: FnCodegen, ty: t.Ty, it: str) -> Source | None:
    """The items of the iterator `it` (of type `ty`, from its current state on) as a
    Python iterable, or None. Every adapter's items must be free of drop glue (an adapter
    such as `Filter` drops the items it rejects)."""
    if not isinstance(ty, t.Adt):
        return None
    item = item_ty(cg, ty)
    if item is None or cg.prog.needs_drop(item):
        return None
    return _base(cg, ty, it) or _adapter(cg, ty, it)


def _base(cg: FnCodegen, ty: t.Adt, it: str) -> Source | None:
    """Ranges, slice and `Vec` iterators, `Chars`."""
    tcx = cg.tcx
    if tcx.is_lang_item(ty.def_id, "Range") and _is_int(ty.args[0]):  # type: ignore[arg-type]
        return Source(f"range({it}.f0, {it}.f1)", hint=EXACT if _is_small_int(ty.args[0]) else None, below_max=True)  # type: ignore[arg-type]
    if tcx.is_lang_item(ty.def_id, "RangeInclusive") and _is_int(ty.args[0]):  # type: ignore[arg-type]
        return Source(f"(() if {it}.f2 else range({it}.f0, {it}.f1 + 1))")
    path = std_path(cg, ty)
    if path == "slice::iter::Iter":
        return Source(f"{it}.f0.b[{it}.f0.lo + {it}.f1:{it}.f0.lo + {it}.f2]", hint=EXACT)
    if path == "vec::IntoIter":
        return Source(f"{it}.a[{it}.i:{it}.j]", hint=EXACT)
    if path == "slice::iter::IterMut":
        # (Its state is the rest of the slice; a `&mut` to a by-value element is a pointer.)
        if by_value(_args(ty)[0]):
            return Source(f"map(ItemPtr, repeat({it}.f0.b), range({it}.f0.lo, {it}.f0.hi))", hint=EXACT)
        return Source(f"{it}.f0.b[{it}.f0.lo:{it}.f0.hi]", hint=EXACT)
    if path == "str::iter::Chars":
        return Source(f"bytes({it}.f0.f0.b[{it}.f0.f0.lo + {it}.f0.f1:{it}.f0.f0.lo + {it}.f0.f2]).decode()")
    if path == "str::iter::Bytes":
        # (`Bytes(Copied<slice::Iter<u8>>)`: the slice iterator's rest.)
        x = cg.spill(f"{it}.f0.f0", "sl")
        return Source(f"{x}.f0.b[{x}.f0.lo + {x}.f1:{x}.f0.lo + {x}.f2]", hint=EXACT)
    if path == "str::iter::Split" and isinstance(_args(ty)[0], t.Char):
        # (`Split(SplitInternal {start, end, matcher, allow_trailing_empty, finished})`; a
        # `CharSearcher` is a `MultiCharEqSearcher {char_eq, haystack, char_indices}`.)
        sp = cg.spill(f"{it}.f0", "sp")
        return Source(
            f"split_char_pieces({sp}.f2.f0.f1, {sp}.f0, {sp}.f1, {_searched(cg, sp)}, {sp}.f4, {sp}.f3, {sp}.f2.f0.f0.encode())",
            hint=ZERO,
        )
    if path == "str::iter::Lines":
        # (`Lines(SplitInclusive<char>)`: a `SplitInternal` splitting after each `\n`.)
        sp = cg.spill(f"{it}.f0.f0", "sp")
        return Source(f"line_pieces({sp}.f2.f0.f1, {sp}.f0, {sp}.f1, {_searched(cg, sp)}, {sp}.f4, {sp}.f3)", hint=ZERO)
    if path == "str::iter::SplitWhitespace":
        # (`inner.0`: `SplitInternal` {start, end, matcher, allow_trailing_empty, finished};
        # the matcher's `haystack` is its searcher's second field.)
        inner = cg.spill(f"{it}.f0.f0", "sp")
        return Source(f"split_ws_words({inner}.f2.f0.f1, {inner}.f0, {inner}.f1, {inner}.f4)", hint=ZERO)
    return None


def _searched(cg: FnCodegen, sp: str) -> str:
    """`front, back`: the part of the haystack a `SplitInternal`'s `CharSearcher` (`sp.f2`,
    a `MultiCharEqSearcher {char_eq, haystack, char_indices}`) has not searched yet: its
    `CharIndices {front_offset, iter: Chars {iter: slice::Iter}}`. (After `next_back` of
    an inclusive split, the split's `end` lies past the searcher's back.)"""
    ci = cg.spill(f"{sp}.f2.f0.f2", "ci")
    return f"{ci}.f0, {ci}.f0 + {ci}.f1.f0.f2 - {ci}.f1.f0.f1"


def _adapter(cg: FnCodegen, ty: t.Adt, it: str) -> Source | None:
    """`iter::adapters` over an iterator `source` knows."""
    path = std_path(cg, ty)
    if path is None or not path.startswith("iter::adapters::"):
        return None
    name = path.rsplit("::", 1)[1]
    args = _args(ty)
    if name == "Rev":
        return _reversed(cg, args[0], f"{it}.f0")
    if name == "Chain":
        return _chain(cg, args, it)
    inner = source(cg, args[0], f"{it}.f0")
    if inner is None:
        return None
    if name == "Map":
        f = _callee(cg, args[1], f"{it}.f1")
        return None if f is None else Source(f"map({f}, {inner.listed()})", hint=inner.hint)
    if name == "Filter":
        f = _callee(cg, args[1], f"{it}.f1")
        return None if f is None else Source(f"filter({f}, {inner.listed()})", hint=_zero(inner.hint))
    if name in ("TakeWhile", "SkipWhile"):
        # (Fields: iter, flag, predicate. `TakeWhile` is done once its flag is set,
        # `SkipWhile` skips nothing more.)
        f = _callee(cg, args[1], f"{it}.f2")
        if f is None:
            return None
        if name == "TakeWhile":
            return Source(f"(() if {it}.f1 else takewhile({f}, {inner.listed()}))", hint=_zero(inner.hint))
        return Source(f"({inner.listed()} if {it}.f1 else dropwhile({f}, {inner.listed()}))", hint=_zero(inner.hint))
    if name == "Enumerate":
        return Source(f"enumerate({inner.listed()}, {it}.f1)", tuples=True, hint=inner.hint)
    if name == "Zip":
        other = source(cg, args[1], f"{it}.f1")
        if other is None:
            return None
        hint = EXACT if inner.hint == other.hint == EXACT else ZERO if ZERO in (inner.hint, other.hint) else None
        return Source(f"zip({inner.listed()}, {other.listed()})", tuples=True, hint=hint)
    # (`islice` takes counts up to `sys.maxsize`: no iterator here yields more items.)
    if name == "Skip":
        return Source(f"islice({inner.expr}, min({it}.f1, sys.maxsize), None)", inner.tuples, inner.hint)
    if name == "Take":
        return Source(f"islice({inner.expr}, min({it}.f1, sys.maxsize))", inner.tuples, inner.hint)
    if name == "StepBy":
        # The first item, then every `step`th: `next` is `nth(0)` first, `nth(step - 1)` after.
        first, step = f"(0 if {it}.f2 else min({it}.f1, sys.maxsize))", f"min({it}.f1 + 1, sys.maxsize)"
        return Source(f"islice({inner.expr}, {first}, None, {step})", inner.tuples, inner.hint)
    if name in ("Copied", "Cloned"):
        item = item_ty(cg, ty)
        return inner if item is not None and by_value(item) else None
    return None


def _chain(cg: FnCodegen, args: list[t.Ty], it: str) -> Source | None:
    """`Chain<A, B>` (fields `Option<A>`, `Option<B>`: a part is `None` once std has
    dropped it, so neither part may have drop glue)."""
    if any(cg.prog.needs_drop(a) for a in args):
        return None
    a, b = source(cg, args[0], f"{it}.f0.f0"), source(cg, args[1], f"{it}.f1.f0")
    if a is None or b is None:
        return None
    hint = EXACT if a.hint == b.hint == EXACT else ZERO if a.hint == b.hint == ZERO else None
    return Source(
        f"chain({a.listed()} if {it}.f0.t == 1 else (), {b.listed()} if {it}.f1.t == 1 else ())", hint=hint
    )


def _zero(hint: str | None) -> str | None:
    """The hint of a filtering adapter over an iterator with `hint`."""
    return ZERO if hint in (EXACT, ZERO) else None


def _reversed(cg: FnCodegen, ty: t.Ty, it: str) -> Source | None:
    """The items of `Rev<ty>` over the iterator `it`: its items from the back."""
    if not isinstance(ty, t.Adt):
        return None
    item = item_ty(cg, ty)
    if item is None or cg.prog.needs_drop(item):
        return None
    tcx = cg.tcx
    if tcx.is_lang_item(ty.def_id, "Range") and _is_int(ty.args[0]):  # type: ignore[arg-type]
        return Source(f"range({it}.f1 - 1, {it}.f0 - 1, -1)", hint=EXACT if _is_small_int(ty.args[0]) else None, below_max=True)  # type: ignore[arg-type]
    if tcx.is_lang_item(ty.def_id, "RangeInclusive") and _is_int(ty.args[0]):  # type: ignore[arg-type]
        return Source(f"(() if {it}.f2 else range({it}.f1, {it}.f0 - 1, -1))")
    path = std_path(cg, ty)
    if path == "slice::iter::Iter":
        return Source(f"reversed({it}.f0.b[{it}.f0.lo + {it}.f1:{it}.f0.lo + {it}.f2])", hint=EXACT)
    if path == "vec::IntoIter":
        return Source(f"reversed({it}.a[{it}.i:{it}.j])", hint=EXACT)
    if path == "str::iter::Chars":
        return Source(f"reversed(bytes({it}.f0.f0.b[{it}.f0.f0.lo + {it}.f0.f1:{it}.f0.f0.lo + {it}.f0.f2]).decode())")
    args = _args(ty)
    if path == "iter::adapters::take::Rev":
        return source(cg, args[0], f"{it}.f0")
    if path in ("iter::adapters::map::Map", "iter::adapters::map::Filter"):
        inner = _reversed(cg, args[0], f"{it}.f0")
        f = _callee(cg, args[1], f"{it}.f1")
        if inner is None or f is None:
            return None
        if path.endswith("Map"):
            return Source(f"map({f}, {inner.listed()})", hint=inner.hint)
        return Source(f"filter({f}, {inner.listed()})", hint=_zero(inner.hint))
    return None


def for_iterable(cg: FnCodegen, e: hir.LoopExpr) -> tuple[str, hir.Pat, hir.Expr, t.Ty, bool, bool] | None:
    """For a desugared `for` loop (`LoopSource.FOR_LOOP`): the Python iterable, the item
    pattern, the body, the item type, whether items are Python tuples (enumerate) and
    whether they are below their type's maximum (`Source.below_max`)."""
    parts = for_parts(cg, e)
    if parts is None:
        return None
    iter_expr, pat, body, item_ty = parts
    iter_ty = cg.expr_ty(iter_expr)
    place = cg.place(iter_expr)
    src = source(cg, iter_ty, place.read())
    if src is None:
        return None
    return src.expr, pat, body, item_ty, src.tuples, src.below_max


def for_parts(cg: FnCodegen, e: hir.LoopExpr) -> tuple[hir.PathExpr, hir.Pat, hir.Expr, t.Ty] | None:
    """Of a desugared `for` loop: the hidden `iter` binding's use, the item pattern, the
    body and the item type (free of drop glue), or None."""
    stmts = e.body.stmts
    if len(stmts) != 1 or e.body.expr is not None or not isinstance(stmts[0], hir.SemiStmt):
        return None
    inner = stmts[0].expr
    if not isinstance(inner, hir.MatchExpr) or inner.source is not hir.MatchSource.FOR_LOOP:
        return None
    call = inner.scrutinee
    if not isinstance(call, hir.CallExpr) or len(call.args) != 1 or not isinstance(call.args[0], hir.AddrOfExpr):
        return None
    iter_expr = call.args[0].expr
    if not isinstance(iter_expr, hir.PathExpr):
        return None
    some = inner.arms[1]
    if not isinstance(some.pat, hir.TupleStructPat) or len(some.pat.pats) != 1:
        return None
    opt_ty = cg.expr_ty(call)
    if not isinstance(opt_ty, t.Adt) or not opt_ty.args:
        return None
    item_ty = opt_ty.args[0]
    assert isinstance(item_ty, t.Ty)
    if cg.prog.needs_drop(item_ty):
        return None
    return iter_expr, some.pat.pats[0], some.body, item_ty


def range_literal_loop(cg: FnCodegen, e: hir.MatchExpr) -> tuple[hir.LoopExpr, hir.Expr, hir.Expr] | None:
    """`for x in a..b { .. }` over integers, the range written in the loop: (the loop, `a`,
    `b`). The `Range` value is never seen (only the desugared `next` calls use it), so the
    loop can be a Python `for` over `range(a, b)` without making it."""
    if len(e.arms) != 1 or not isinstance(e.scrutinee, hir.CallExpr) or len(e.scrutinee.args) != 1:
        return None
    loop, rng = e.arms[0].body, e.scrutinee.args[0]
    if not isinstance(loop, hir.LoopExpr) or loop.source is not hir.LoopSource.FOR_LOOP or e.arms[0].guard is not None:
        return None
    if not isinstance(rng, hir.StructExpr) or not isinstance(rng.qpath, hir.LangItemPath) or rng.qpath.item != "Range" or rng.base is not None:
        return None
    ty = cg.expr_ty(rng)
    if not isinstance(ty, t.Adt) or not _is_int(ty.args[0]) or cg.expr_ty(e.scrutinee) != ty:  # type: ignore[arg-type]
        return None
    fields = {f.ident.name: f.expr for f in rng.fields}
    if set(fields) != {"start", "end"} or [f.ident.name for f in rng.fields] != ["start", "end"]:
        return None
    if for_parts(cg, loop) is None:
        return None
    return loop, fields["start"], fields["end"]


def call(cg: FnCodegen, inst: Instance, args: list[str], span: object = None) -> str | None:
    """A call of `inst` done by the runtime directly, or None. Only std's own methods are
    recognised (a program's trait may have methods of the same names on the same types)."""
    if inst.kind is not InstKind.ITEM or cg.tcx.defs[inst.def_id].crate != 1:
        return None
    method = _impl_method(cg, inst)
    if method is None:
        if len(args) == 1 and cg.tcx.defs.path_str(inst.def_id) == "hint::must_use":
            return args[0]  # (`must_use(value)` is `value`: `format!` wraps its result in it)
        if len(args) == 2 and cg.tcx.defs.path_str(inst.def_id) == "collections::hash_map::make_hash":
            return textpath.inline_make_hash(cg, inst, args)
        if len(args) == 1 and not cg.pure and cg.tcx.defs.path_str(inst.def_id) == "fmt::format":
            # (`format!`: `rt.text.fmt_format` builds the text-only case; a `Vec` is truthy.)
            plain = cg.plain_text.get(args[0])
            if plain is not None:
                # (The `String` at once when its capacity only doubles: `PlainText.doubling`.)
                text, cond = plain
                fa = cg.temp("fa")
                slow = f"(fmt_format({fa} := {args[0]}) or {cg.prog.fn_symbol(inst)}({fa}))"
                return f"fmt_string({text})" if cond == "True" else f"(fmt_string({text}) if {cond} else {slow})"
            a = cg.spill(args[0], "fa")
            return f"(fmt_format({a}) or {cg.prog.fn_symbol(inst)}({a}))"
        return None
    name, self_ty = method
    if name == "next" and len(args) == 1:
        return _next(cg, inst, self_ty, args)
    if name == "into_iter" and len(args) == 1 and _is_blanket_into_iter(cg, inst):
        return args[0]  # (`impl<I: Iterator> IntoIterator for I`: `self`)
    if name == "new" and len(args) == 1 and isinstance(self_ty, t.Adt) and cg.tcx.adt_def(self_ty.def_id).is_box:
        # `Box::new(x)` is `box_new(x)`: a `Box<T>` is its `T` (a `Cell` of a by-value `T`).
        return f"Cell({args[0]})" if by_value(_args(self_ty)[0]) else args[0]
    if cg.pure:
        return None
    if name == "to_string" and len(args) == 1 and _is_blanket_to_string(cg, inst):
        return textpath.to_string(cg, self_ty, args[0])
    if name == "deref" and len(args) == 1 and isinstance(self_ty, t.Adt) and any(cg.tcx.is_lang_item(self_ty.def_id, n) for n in ("String", "Vec")):
        # (`String::deref` is `as_str`, `Vec::deref` `as_slice`: a view of the whole buffer.)
        v = cg.spill(args[0], "v")
        return f"Slice({v}.a, 0, len({v}.a))"
    if name in _STR_SEARCHES and len(args) == 2 and isinstance(self_ty, t.Str):
        return _str_search(cg, inst, name, args)
    if name == "replace" and len(args) == 3 and isinstance(self_ty, t.Str):
        return _str_replace(cg, inst, args)
    if name == "dedup" and len(args) == 1:
        return _dedup(cg, self_ty, args[0])
    if name in _OPTION_RESULT and len(args) == _OPTION_RESULT[name] and isinstance(self_ty, t.Adt):
        return _option_result(cg, inst, name, self_ty, args, span)
    if name == "get" and len(args) == 2 and isinstance(self_ty, t.Uint) and _is_slice_index(cg, inst):
        # (`<usize as SliceIndex<[T]>>::get`: `Some(&slice[i])` when in bounds, else `None`.)
        from ferric.backend.py.intrinsics import _ret_ty

        ret = _ret_ty(cg.prog, inst)
        assert isinstance(ret, t.Adt)
        vs = {v.name: v.index for v in cg.tcx.adt_def(ret.def_id).variants}
        i, sl = cg.spill(args[0]), cg.spill(args[1], "sl")
        some = cg.prog.construct(ret, vs["Some"], [f"{sl}.b[{sl}.lo + {i}]"])
        return f"({some} if {i} < {sl}.hi - {sl}.lo else {cg.prog.construct(ret, vs['None'], [])})"
    if name in _CONSUMERS and len(args) == _CONSUMERS[name]:
        return _consume(cg, inst, name, self_ty, args)
    if name in _SEARCHES and len(args) == 2:
        return _search(cg, inst, name, self_ty, args)
    if name == "from_iter" and len(args) == 1:
        return _collect(cg, inst, self_ty, args[0])
    if name in ("count", "max", "min") and len(args) == 1:
        return _reduce(cg, inst, name, self_ty, args[0])
    if name == "extend_with" and len(args) == 3:
        return _extend_with(cg, self_ty, args)
    if name in ("extend", "extend_from_slice") and len(args) == 2:
        return _extend(cg, inst, name, self_ty, args)
    if name == "contains" and len(args) == 2 and isinstance(self_ty, t.Slice) and _natural(self_ty.elem):
        # (`[T]::contains` of numbers, `char`s, `bool`s: Python's `in`, as std's `==` loop.)
        sl = cg.spill(args[0], "sl")
        return f"({args[1]} in {sl}.b[{sl}.lo:{sl}.hi])"
    if isinstance(self_ty, t.Slice):
        if name in _SORTS and len(args) == 2:
            return _sort(cg, inst, name, self_ty, args)
        if name in ("eq", "ne", "cmp", "partial_cmp") and len(args) == 2:
            return _slice_compare(cg, inst, name, self_ty, args)
    return None


def _impl_method(cg: FnCodegen, inst: Instance) -> tuple[str, t.Ty] | None:
    """(name, concrete Self type) of a method of an `impl` or a trait's default method."""
    tcx = cg.tcx
    parent = tcx.parent(inst.def_id)
    if parent is None:
        return None
    kind = tcx.def_kind(parent)
    if kind is DefKind.IMPL:
        return tcx.item_name(inst.def_id), cg.mono.concrete(tcx.type_of(parent), inst.args)
    if kind is DefKind.TRAIT and parent == tcx.lang_item("iterator") and inst.args and isinstance(inst.args[0], t.Ty):
        return tcx.item_name(inst.def_id), inst.args[0]
    return None


def _is_slice_index(cg: FnCodegen, inst: Instance) -> bool:
    """`inst` is a method of std's `impl<T> SliceIndex<[T]> for usize`."""
    tcx = cg.tcx
    parent = tcx.parent(inst.def_id)
    if parent is None or tcx.def_kind(parent) is not DefKind.IMPL:
        return False
    ref = tcx.impl_trait_ref(parent)
    if ref is None or tcx.defs[ref.def_id].crate != 1 or tcx.defs.path_str(ref.def_id) != "slice::index::SliceIndex":
        return False
    return len(ref.args) == 2 and isinstance(ref.args[1], t.Slice)


def _std_blanket_trait(cg: FnCodegen, inst: Instance) -> DefId | None:
    """The trait of the std impl `inst` belongs to, when that impl is a blanket one
    (`impl<T: ..> Trait for T`); else None."""
    tcx = cg.tcx
    parent = tcx.parent(inst.def_id)
    if parent is None or tcx.def_kind(parent) is not DefKind.IMPL or tcx.defs[parent].crate != 1:
        return None
    ref = tcx.impl_trait_ref(parent)
    return ref.def_id if ref is not None and isinstance(tcx.type_of(parent), t.Param) else None


def _is_blanket_into_iter(cg: FnCodegen, inst: Instance) -> bool:
    """`inst` is std's `impl<I: Iterator> IntoIterator for I`'s `into_iter`."""
    trait = _std_blanket_trait(cg, inst)
    return trait is not None and trait == cg.tcx.lang_item("IntoIterator")


def _is_blanket_to_string(cg: FnCodegen, inst: Instance) -> bool:
    """`inst` is std's `impl<T: Display> ToString for T`'s `to_string`."""
    trait = _std_blanket_trait(cg, inst)
    return trait is not None and cg.tcx.defs.path_str(trait) == "string::ToString"


def _is_iterator_method(cg: FnCodegen, inst: Instance) -> bool:
    tcx = cg.tcx
    trait = tcx.lang_item("iterator")
    parent = tcx.parent(inst.def_id)
    if parent == trait:
        return True
    ref = tcx.impl_trait_ref(parent) if parent is not None else None
    return ref is not None and ref.def_id == trait


def _next(cg: FnCodegen, inst: Instance, self_ty: t.Ty, args: list[str]) -> str | None:
    """`Iterator::next` of an integer `Range` or a `slice::Iter` as one runtime call."""
    if not isinstance(self_ty, t.Adt):
        return None
    from ferric.backend.py.intrinsics import _ret_ty, _variant

    ret = _ret_ty(cg.prog, inst)
    if cg.tcx.is_lang_item(self_ty.def_id, "Range") and _is_int(self_ty.args[0]):  # type: ignore[arg-type]
        r = cg.spill(f"range_next({args[0]})")
        return f"({_variant(cg.prog, ret, 'None', [])} if {r} is None else {_variant(cg.prog, ret, 'Some', [r])})"
    if std_path(cg, self_ty) == "slice::iter::Iter":
        r = cg.spill(f"slice_iter_next({args[0]})")
        return f"({_variant(cg.prog, ret, 'None', [])} if {r} is STOP else {_variant(cg.prog, ret, 'Some', [r])})"
    return None


_CONSUMERS = {"fold": 3, "for_each": 2}
"""Iterator methods taking `self` by value (the iterator's later state is unobservable)
and a closure, with their argument counts."""


def _consume(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Ty, args: list[str]) -> str | None:
    """`fold`/`for_each` of a known iterator with a closure: a Python `for` loop calling the
    closure per item, as std's loop over `next` does."""
    if not _is_iterator_method(cg, inst) or cg.prog.needs_drop(self_ty):
        return None
    fty = _closure_arg(cg, inst, len(args) - 1)
    if fty is None:
        return None
    it = cg.spill(args[0], "it")
    src = source(cg, self_ty, it)
    if src is None:
        return None
    sym = cg.prog.closure_symbol(fty)
    x = cg.temp("x")
    if name == "for_each":
        f = cg.spill(args[1], "f")
        body = inline.closure_body(cg, fty, sym, f)
        if body is None:
            cg.emit(f"for {x} in {src.listed()}:")
            cg.emit(f"    {sym}({f}, {x})")
            return "None"
        # (A straight-line closure runs inline, on the item.)
        cg.emit(f"for {body.param} in {src.listed()}:")
        for step in body.lines:
            cg.emit(f"    {step}")
        cg.emit(f"    {body.value}" if body.value != "None" else "    pass")
        return "None"
    acc = cg.temp("acc")
    cg.emit(f"{acc} = {args[1]}")
    f = cg.spill(args[2], "f")
    fused = _fused(cg, self_ty, it)
    if fused is not None:
        # (The adapters' closures inline: one Python loop, no call per item and layer.)
        _emit_fused_loop(cg, fused)
        cg.emit(f"    {x} = {fused[3]}")
    else:
        cg.emit(f"for {x} in {src.listed()}:")
    accumulate = _int_accumulation(cg)
    if accumulate is None:
        cg.emit(f"    {acc} = {sym}({f}, {acc}, {x})")
        return acc
    # std's `|a, b| a + b` (or `*`) inline; the closure itself only when the result leaves
    # the type's range, to panic (debug) or wrap (release) exactly as it does.
    op, bounds = accumulate
    if bounds is None:
        cg.emit(f"    {acc} = {acc} {op} {x}")
        return acc
    lo, hi = bounds
    r = cg.temp("s")
    cg.emit(f"    {r} = {acc} {op} {x}")
    cg.emit(f"    {acc} = {r} if {lo} <= {r} <= {hi} else {sym}({f}, {acc}, {x})")
    return acc


def _fused(cg: FnCodegen, ty: t.Ty, it: str) -> tuple[str, str, list[str], str] | None:
    """`Map`/`Filter` layers whose closures inline (`inline.closure_body`) over a known
    source, for a Python loop: (the source's iterable, the loop variable, the statements
    each item goes through — a `Filter` that rejects it `continue`s —, the item). The
    closures run in std's order: per item, innermost layer first."""
    if not isinstance(ty, t.Adt):
        return None
    path = std_path(cg, ty)
    if path not in ("iter::adapters::map::Map", "iter::adapters::filter::Filter", "iter::adapters::map::Filter"):
        return None
    args = _args(ty)
    if cg.prog.needs_drop(args[0]):
        return None
    fty = args[1]
    if not isinstance(fty, t.Closure):
        return None
    body = inline.closure_body(cg, fty, cg.prog.closure_symbol(fty), _env_name(cg, fty, f"{it}.f1"))
    if body is None:
        return None
    inner = _fused(cg, args[0], f"{it}.f0")
    if inner is None:
        src = source(cg, args[0], f"{it}.f0")
        if src is None:
            return None
        steps: list[str] = []
        var = item = body.param
        if src.tuples and path.endswith("Map") and _reads_items_only(body):
            # (Pairs a `Map` body only reads by position stay Python tuples, unpacked by
            # the loop when the body starts by naming each item; a `Filter` passes its
            # item on.)
            iterable, body = src.expr, _unpacked(body)
            var = item = body.param
        else:
            iterable = src.listed()
    else:
        iterable, var, steps, item = inner
        if body.param.isidentifier() and (item == var or any(step.startswith(f"{item} = ") for step in steps)):
            # (The item is a local of the loop already: the body reads it under that name.)
            body = _renamed(body, item)
        else:
            steps = [*steps, f"{body.param} = {item}"]
    steps = [*steps, *body.lines]
    if path.endswith("Map"):
        return iterable, var, steps, body.value
    return iterable, var, [*steps, f"if not ({body.value}): continue"], body.param


def _emit_fused_loop(cg: FnCodegen, fused: tuple[str, str, list[str], str]) -> None:
    """The head of the Python loop over `_fused`'s layers: the `for` and each item's
    statements; the caller adds what is done with the item (`fused[3]`), indented once."""
    iterable, var, steps, _ = fused
    cg.emit(f"for {var} in {iterable}:")
    for step in steps:
        cg.emit(f"    {step}")


def _env_name(cg: FnCodegen, fty: t.Closure, env: str) -> str | None:
    """A plain name holding the closure value `env` (of type `fty`) when the closure
    captures anything (its inlined body reads the captures through it), else None."""
    if not cg.prog.results_for(fty.def_id).closure_captures.get(fty.def_id):
        return None
    name = cg.temp("e")
    cg.emit(f"{name} = {env}")
    return name


def _reads_items_only(body: inline.InlineClosure) -> bool:
    """Whether the inlined closure only reads its parameter's items (`p[0]`, `p[1]`): a
    Python tuple then does what the pair's list would."""
    text = "\n".join([*body.lines, body.value])
    uses = re.findall(rf"(?<![\w.]){re.escape(body.param)}\b(\[\d+\])?(\s*[-+*/%&|^<>@]*=(?!=))?", text)
    return all(index and not store for index, store in uses)


def _renamed(body: inline.InlineClosure, name: str) -> inline.InlineClosure:
    """`body` with its parameter (a unique local name) called `name`."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(body.param)}\b")
    return inline.InlineClosure(name, [pattern.sub(name, line) for line in body.lines], pattern.sub(name, body.value))


def _unpacked(body: inline.InlineClosure) -> inline.InlineClosure:
    """`body` with a leading `a = p[0]`, `b = p[1]` ... (every use of its parameter `p`)
    folded into the parameter: `a, b` (a loop target unpacking the pair)."""
    names: list[str] = []
    for line in body.lines:
        if line != f"{line.split(' = ', 1)[0]} = {body.param}[{len(names)}]":
            break
        names.append(line.split(" = ", 1)[0])
    rest = inline.InlineClosure(body.param, body.lines[len(names) :], body.value)
    if len(names) != 2 or not all(n.isidentifier() for n in names):
        return body  # (the sources' pairs: `Enumerate`, `Zip`)
    if re.search(rf"(?<![\w.]){re.escape(body.param)}\b", "\n".join([*rest.lines, rest.value])):
        return body
    return inline.InlineClosure(", ".join(names), rest.lines, rest.value)


def _int_accumulation(cg: FnCodegen) -> tuple[str, tuple[int, int] | None] | None:
    """When the function being generated is std's `Sum::sum`/`Product::product` of an
    integer type or `f64` (whose `fold` closure is `|a, b| a + b` / `a * b`): the operator
    and the integer type's range (None for `f64`, whose Python operations are IEEE's)."""
    inst = cg.inst
    tcx = cg.tcx
    if inst.kind is not InstKind.ITEM or std_fn_crate(cg, inst) != 1:
        return None
    parent = tcx.parent(inst.def_id)
    ref = tcx.impl_trait_ref(parent) if parent is not None and tcx.def_kind(parent) is DefKind.IMPL else None
    if ref is None:
        return None
    trait = tcx.item_name(ref.def_id)
    op = {"Sum": "+", "Product": "*"}.get(trait)
    self_ty = cg.mono.concrete(tcx.type_of(parent), inst.args)  # type: ignore[arg-type]
    if op is None or tcx.item_name(inst.def_id) != trait.lower():
        return None
    if isinstance(self_ty, t.Float) and not is_f32(self_ty):
        return op, None
    return (op, int_range(self_ty)) if _is_int(self_ty) else None  # type: ignore[arg-type]


def std_fn_crate(cg: FnCodegen, inst: Instance) -> int:
    return cg.tcx.defs[inst.def_id].crate


def _closure_arg(cg: FnCodegen, inst: Instance, i: int) -> t.Closure | None:
    """The type of `inst`'s `i`th parameter when it is a closure (not a reference to one)."""
    from ferric.backend.py.intrinsics import _arg_ty

    fty = _arg_ty(cg.prog, inst, i)
    return fty if isinstance(fty, t.Closure) else None


_SEARCHES = ("any", "all", "position", "find")
"""Iterator methods taking `&mut self` and a closure, stopping at the first match."""


def _search(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Ty, args: list[str]) -> str | None:
    """`any`/`all`/`position`/`find` on a `slice::Iter` or an integer `Range`: a Python loop
    that keeps the iterator's position up to date (it stays usable after the search)."""
    if not _is_iterator_method(cg, inst) or not isinstance(self_ty, t.Adt):
        return None
    fty = _closure_arg(cg, inst, 1)
    if fty is None:
        return None
    tcx = cg.tcx
    is_range = tcx.is_lang_item(self_ty.def_id, "Range") and _is_int(self_ty.args[0])  # type: ignore[arg-type]
    if not is_range and std_path(cg, self_ty) != "slice::iter::Iter":
        return None
    it = cg.spill(args[0], "it")
    f = cg.spill(args[1], "f")
    sym = cg.prog.closure_symbol(fty)
    # (A straight-line closure runs inline, on the item: no call per item.)
    body = inline.closure_body(cg, fty, sym, f)
    i, x = cg.temp("i"), (body.param if body is not None else cg.temp("x"))
    from ferric.backend.py.intrinsics import _ret_ty

    ret = _ret_ty(cg.prog, inst)
    if body is not None:
        steps, value = body.lines, body.value
    else:
        steps, value = [], f"{sym}({f}, {x})"
    if is_range:
        head = [f"for {x} in range({it}.f0, {it}.f1):", f"    {it}.f0 = {x} + 1"]
        return _search_loop(cg, name, head, steps, value, x, ret)
    # (`i` is the position after the item, which `next` has taken; the iterator is given
    # its position when the loop ends, by a hit, exhaustion or a panic.)
    cg.emit(f"{i} = {it}.f1")
    cg.emit("try:")
    with cg.indented():
        head = [f"for {i}, {x} in enumerate({it}.f0.b[{it}.f0.lo + {i}:{it}.f0.lo + {it}.f2], {i} + 1):"]
        r = _search_loop(cg, name, head, steps, value, x, ret)
    cg.emit("finally:")
    cg.emit(f"    {it}.f1 = {i}")
    return r


def _search_loop(cg: FnCodegen, name: str, head: list[str], steps: list[str], value: str, x: str, ret: t.Ty) -> str:
    """The loop of `_search`: `head` binds each item to `x`, `steps` then compute the
    closure's `value` for it; returns the name holding the result."""
    from ferric.backend.py.intrinsics import _variant

    r = cg.temp("r")
    test = f"not ({value})" if name == "all" else value
    if name == "position":
        n = cg.temp("n")
        cg.emit(f"{n} = 0")
        hit = _variant(cg.prog, ret, "Some", [n])
        miss = _variant(cg.prog, ret, "None", [])
    elif name == "find":
        n = None
        hit, miss = _variant(cg.prog, ret, "Some", [x]), _variant(cg.prog, ret, "None", [])
    else:
        n = None
        hit, miss = ("False", "True") if name == "all" else ("True", "False")
    cg.emit(f"{r} = {miss}")
    for line in head:
        cg.emit(line)
    for step in steps:
        cg.emit(f"    {step}")
    cg.emit(f"    if {test}:")
    cg.emit(f"        {r} = {hit}")
    cg.emit("        break")
    if n is not None:
        cg.emit(f"    {n} += 1")
    return r


def _collect(cg: FnCodegen, inst: Instance, self_ty: t.Ty, arg: str) -> str | None:
    """`<Vec<T> as FromIterator<T>>::from_iter` of a known iterator: the list of its items,
    with the capacity std's `from_iter` reaches (`rt.ops.vec_collected`)."""
    if not isinstance(self_ty, t.Adt) or not cg.tcx.is_lang_item(self_ty.def_id, "Vec"):
        return None
    from ferric.backend.py.intrinsics import _arg_ty, _min_cap, size_of

    elem = _args(self_ty)[0]
    iter_ty = _arg_ty(cg.prog, inst, 0)
    if size_of(cg.prog, elem) == 0 or cg.prog.needs_drop(iter_ty):
        return None
    it = cg.spill(arg, "it")
    src = source(cg, iter_ty, it)
    if src is None or src.hint is None:
        return None
    store = "bytearray" if is_u8(elem) else "list"
    fused = _fused(cg, iter_ty, it)
    if fused is not None and store == "list":
        iterable, var, steps, item = fused
        if ":=" not in iterable and all(_ASSIGN.fullmatch(s) and ":=" not in s for s in steps):
            # (One `Map` layer's body as a list comprehension: its assignments become
            # `for x in [e]`, which may not hold an assignment expression.)
            clauses = " ".join(f"for {s.split(' = ', 1)[0]} in [{s.split(' = ', 1)[1]}]" for s in steps)
            return f"vec_collected([{item} for {var} in {iterable} {clauses}], {src.hint == EXACT}, {_min_cap(cg.prog, elem)})"
        # (Else a loop appending the items.)
        items = cg.temp("l")
        cg.emit(f"{items} = []")
        _emit_fused_loop(cg, fused)
        cg.emit(f"    {items}.append({item})")
        return f"vec_collected({items}, {src.hint == EXACT}, {_min_cap(cg.prog, elem)})"
    return f"vec_collected({store}({src.listed()}), {src.hint == EXACT}, {_min_cap(cg.prog, elem)})"


_SORTS = ("sort_by", "sort_unstable_by", "sort_by_key", "sort_unstable_by_key", "sort_by_cached_key")
"""Slice sorts taking a closure (the comparator or the key)."""


def _natural(ty: t.Ty) -> bool:
    """Whether Python's `<` on `ty`'s values is Rust's `Ord`: integers, `char`, `bool`, and
    tuples (Python lists) of them."""
    if isinstance(ty, t.Int | t.Uint | t.Char | t.Bool):
        return True
    return isinstance(ty, t.Tuple) and bool(ty.elems) and all(_natural(e) for e in ty.elems)


def _sort(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Slice, args: list[str]) -> str | None:
    """A slice sort with a closure, Python's stable sort calling it directly: the
    comparator's `Ordering` as `cmp_to_key`'s number (`slice_sort_cmp`), or the key as
    `list.sort`'s key when Python orders the keys as `Ord` does.

    **Boundary:** the key closure runs once per element (std runs it twice per
    comparison); like the comparator calls of any sort here, its call count differs."""
    if cg.tcx.impl_trait_ref(cg.tcx.parent(inst.def_id)) is not None:  # type: ignore[arg-type]
        return None
    fty = _closure_arg(cg, inst, 1)
    if fty is None:
        return None
    sym = cg.prog.closure_symbol(fty)
    if name.endswith("_by"):
        keys = sortkey.comparator_keys(cg.prog, fty)
        if keys is not None:
            spec = "".join(f"({sortkey.key_function(k.expr)}, {k.desc}, {k.float}), " for k in keys)
            return f"slice_sort_keys({args[0]}, ({spec}), partial({sym}, {args[1]}))"
        return f"slice_sort_cmp({args[0]}, partial({sym}, {args[1]}))"
    field = sortkey.key_closure_path(cg.prog, fty)
    if field is not None:
        key, desc = field
        return f"slice_sort_keys({args[0]}, (({sortkey.key_function(key)}, {desc}, False),), None)"
    if not _natural(cg.mono.normalize(fty.sig_ty.sig.output)):
        return None
    return f"slice_sort({args[0]}, None, partial({sym}, {args[1]}))"


def _slice_compare(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Slice, args: list[str]) -> str | None:
    """`PartialEq`/`Ord`/`PartialOrd` of two slices of integers, `char`s or `bool`s:
    Python's lexicographic comparison of their items (std compares item by item)."""
    if not isinstance(self_ty.elem, t.Int | t.Uint | t.Char | t.Bool):
        return None
    from ferric.backend.py.intrinsics import _arg_ty, _ret_ty, _variant

    other = _arg_ty(cg.prog, inst, 1)
    if not isinstance(other, t.Ref) or other.pointee != self_ty:
        return None
    a, b = cg.spill(args[0], "sa"), cg.spill(args[1], "sb")
    x, y = cg.spill(f"{a}.b[{a}.lo:{a}.hi]", "xa"), cg.spill(f"{b}.b[{b}.lo:{b}.hi]", "xb")
    if name in ("eq", "ne"):
        return f"({x} {'==' if name == 'eq' else '!='} {y})"
    ret = _ret_ty(cg.prog, inst)
    ordering = ret
    if name == "partial_cmp":
        assert isinstance(ret, t.Adt)
        ordering = _args(ret)[0]
    less, equal, greater = (_variant(cg.prog, ordering, v, []) for v in ("Less", "Equal", "Greater"))
    three = f"({less} if {x} < {y} else {equal} if {x} == {y} else {greater})"
    return three if name == "cmp" else _variant(cg.prog, ret, "Some", [three])


def _reduce(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Ty, arg: str) -> str | None:
    """`count` of a known iterator (its items counted in Python), and `max`/`min` of one
    whose items Python orders as `Ord` does (integers, `char`, `bool`, and references to
    them, which are the values: equal items are indistinguishable, so which of them is
    returned does not matter)."""
    if not _is_iterator_method(cg, inst) or cg.prog.needs_drop(self_ty):
        return None
    it = cg.spill(arg, "it")
    src = source(cg, self_ty, it)
    if src is None:
        return None
    if name == "count":
        fused = _fused(cg, self_ty, it)
        if fused is None:
            return f"iter_count({src.expr})"
        # (The adapters' closures inline; each item that comes through counts.)
        n = cg.temp("n")
        cg.emit(f"{n} = 0")
        _emit_fused_loop(cg, fused)
        cg.emit(f"    {n} += 1")
        return n
    item = item_ty(cg, self_ty)
    if isinstance(item, t.Ref) and item.mutbl is Mutability.NOT:
        item = item.pointee  # (a shared reference to a by-value type is the value)
    if item is None or isinstance(item, t.Ref | t.Tuple) or not _natural(item):
        return None
    from ferric.backend.py.intrinsics import _ret_ty, _variant

    ret = _ret_ty(cg.prog, inst)
    r = cg.spill(f"{name}({src.expr}, default=STOP)", "m")
    return f"({_variant(cg.prog, ret, 'None', [])} if {r} is STOP else {_variant(cg.prog, ret, 'Some', [r])})"


_STR_SEARCHES = ("contains", "starts_with", "ends_with", "find", "rfind")
"""`str` methods taking a `Pattern` that `_str_search` answers with one byte search."""


def _str_search(cg: FnCodegen, inst: Instance, name: str, args: list[str]) -> str | None:
    """`contains`/`starts_with`/`ends_with`/`find`/`rfind` of a `str` with a `char`, `&str`
    or `&String` pattern: one search of the pattern's UTF-8 bytes (a match of whole chars'
    bytes is at char boundaries; an empty pattern matches at the start, or the end for
    `rfind`, as std's `StrSearcher`)."""
    from ferric.backend.py.intrinsics import _arg_ty, _ret_ty, _variant

    pat = _arg_ty(cg.prog, inst, 1)
    peeled = textpath.behind_refs(pat)
    if isinstance(pat, t.Char):
        needle = f"{args[1]}.encode()"
    elif isinstance(pat, t.Ref) and isinstance(peeled, t.Str):
        p = cg.spill(args[1], "pat")
        needle = f"str_buf({p})[{p}.lo:{p}.hi]"
    elif isinstance(pat, t.Ref) and isinstance(peeled, t.Adt) and cg.tcx.is_lang_item(peeled.def_id, "String"):
        needle = f"bytes({args[1]}.a)"
    else:
        return None
    h = cg.spill(args[0], "h")
    if name == "contains":
        return f"(str_buf({h}).find({needle}, {h}.lo, {h}.hi) >= 0)"
    if name in ("starts_with", "ends_with"):
        method = "startswith" if name == "starts_with" else "endswith"
        return f"str_buf({h}).{method}({needle}, {h}.lo, {h}.hi)"
    i = cg.spill(f"str_buf({h}).{name}({needle}, {h}.lo, {h}.hi)", "i")
    ret = _ret_ty(cg.prog, inst)
    return f"({_variant(cg.prog, ret, 'None', [])} if {i} < 0 else {_variant(cg.prog, ret, 'Some', [f'{i} - {h}.lo'])})"


def _str_replace(cg: FnCodegen, inst: Instance, args: list[str]) -> str | None:
    """`str::replace` with a `char` or `&str` pattern (the patterns whose
    `as_utf8_pattern` rustc's `replace` consults): `rt.text.str_replace`."""
    from ferric.backend.py.intrinsics import _arg_ty

    pat = _arg_ty(cg.prog, inst, 1)
    if isinstance(pat, t.Char):
        needle = f"{args[1]}.encode()"
    elif isinstance(pat, t.Ref) and isinstance(pat.pointee, t.Str):
        p = cg.spill(args[1], "pat")
        needle = f"str_buf({p})[{p}.lo:{p}.hi]"
    else:
        return None
    to = cg.spill(args[2], "to")
    return f"str_replace({args[0]}, {needle}, str_buf({to})[{to}.lo:{to}.hi])"


def _string_extend_chars(cg: FnCodegen, inst: Instance, args: list[str]) -> str | None:
    """`<String as Extend<char>>::extend` (what `collect::<String>()` of chars does) from a
    known iterator: std's `reserve(size_hint().0)`, then the chars pushed at once
    (`rt.ops.string_extend_chars`: the capacity the pushes reach)."""
    from ferric.backend.py.intrinsics import _arg_ty

    ref = cg.tcx.impl_trait_ref(cg.tcx.parent(inst.def_id))  # type: ignore[arg-type]
    item = ref.args[1] if ref is not None and len(ref.args) > 1 else None
    if not isinstance(item, t.Ty) or not isinstance(cg.mono.concrete(item, inst.args), t.Char):
        return None
    iter_ty = _arg_ty(cg.prog, inst, 1)
    trait = cg.tcx.lang_item("iterator")
    if trait is None or cg.prog.needs_drop(iter_ty) or item_ty(cg, iter_ty) is None:
        return None
    size_hint = next((i.def_id for i in cg.tcx.associated_items(trait) if i.name == "size_hint"), None)
    it = cg.spill(args[1], "it")
    src = source(cg, iter_ty, it)
    if src is None or size_hint is None:
        return None
    v = cg.spill(args[0], "v")
    hint = cg.call_instance(cg.mono.resolve(size_hint, (iter_ty,)), [it], None)
    cg.emit(f"vec_reserve({v}, {hint}[0], 8)")
    return f"string_extend_chars({v}, {src.expr})"


_OPTION_RESULT = {"unwrap": 1, "expect": 2, "unwrap_or": 2, "ok_or": 2, "ok": 1, "copied": 1}
"""Methods of `Option`/`Result` `_option_result` makes inline (name: argument count)."""


def _option_result(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Adt, args: list[str], span: object) -> str | None:
    """`Option`/`Result` methods whose every outcome is a variant test and the payload or
    an argument: `(HAPPY if x.t == k else OTHER)`, no call. `unwrap`/`expect` call std's
    method only to panic (with its message and the caller's location). The payload is moved
    out of `x`, the method's by-value `self`, which the caller gave up (a moved value, or a
    copy of a `Copy` one): nothing else sees the payload, so it is not copied again as std's
    `Some(v) => v` copies it. A value left unused must not need dropping (std drops it)."""
    from ferric.backend.py.intrinsics import _ret_ty

    tcx, prog = cg.tcx, cg.prog
    if tcx.is_lang_item(self_ty.def_id, "Option"):
        happy, other = "Some", "None"
    elif tcx.is_lang_item(self_ty.def_id, "Result"):
        if name == "copied":
            return None
        happy, other = "Ok", "Err"
    else:
        return None
    variants = {v.name: v.index for v in tcx.adt_def(self_ty.def_id).variants}
    payload_ty = prog.field_ty(self_ty, variants[happy], 0)
    if name == "copied":
        if not isinstance(payload_ty, t.Ref) or not prog.is_copy(payload_ty.pointee):
            return None
        payload_ty = payload_ty.pointee
    # (What std's body drops: the unused default, the error of an `Err` made into `None`.)
    lost = [payload_ty] if name == "unwrap_or" else [_arg_ty(cg, inst, 1)] if name == "ok_or" else []
    if other == "Err" and name in ("unwrap_or", "ok"):
        lost.append(prog.field_ty(self_ty, variants[other], 0))
    if any(prog.needs_drop(ty) for ty in lost):
        return None
    x = cg.spill(args[0], "x")
    args = [x, *(cg.spill(a) for a in args[1:])]  # (evaluated before the call, as arguments are)
    v = f"{x}.f0"
    if name == "copied" and not by_value(payload_ty):
        v = prog.copy_expr(payload_ty, v)  # (`*r`: a copy of the value behind the reference)
    test = f"{x}.t == {variants[happy]}"
    if name in ("unwrap", "expect"):
        rest = [*args[1:], cg.loc(span)] if prog.is_track_caller(inst.def_id) else args[1:]
        return f"({v} if {test} else {prog.fn_symbol(inst)}({', '.join([x, *rest])}))"
    if name == "unwrap_or":
        return f"({v} if {test} else {args[1]})"
    ret = _ret_ty(prog, inst)
    assert isinstance(ret, t.Adt)
    rv = {v.name: v.index for v in tcx.adt_def(ret.def_id).variants}
    if name == "ok_or":
        return f"({prog.construct(ret, rv['Ok'], [v])} if {test} else {prog.construct(ret, rv['Err'], [args[1]])})"
    return f"({prog.construct(ret, rv['Some'], [v])} if {test} else {prog.construct(ret, rv['None'], [])})"


def _arg_ty(cg: FnCodegen, inst: Instance, i: int) -> t.Ty:
    from ferric.backend.py.intrinsics import _arg_ty

    return _arg_ty(cg.prog, inst, i)


def _dedup(cg: FnCodegen, self_ty: t.Ty, arg: str) -> str | None:
    """`Vec::dedup` of integers, `char`s, `bool`s, `str`s or `String`s (whose `==` has no
    effect and no drop glue to run): Python's `groupby`, keeping each run's first item;
    the capacity stays (std's `dedup_by` reserves the old capacity again)."""
    if not isinstance(self_ty, t.Adt) or not cg.tcx.is_lang_item(self_ty.def_id, "Vec"):
        return None
    elem = _args(self_ty)[0]
    if _natural(elem) and not isinstance(elem, t.Tuple):
        key = "None"
    else:
        expr = sortkey.key_expr(cg.prog, textpath.behind_refs(elem) or elem, "x", floats=False)
        if expr is None or textpath.behind_refs(elem) is None:
            return None
        key = f"(lambda x: {expr})"
    return f"vec_dedup({arg}, {key})"


def _extend_with(cg: FnCodegen, self_ty: t.Ty, args: list[str]) -> str | None:
    """`Vec::extend_with(n, value)` (`vec![value; n]`) of a by-value element, whose `clone`
    is the value itself: `n` copies at once."""
    if not isinstance(self_ty, t.Adt) or not cg.tcx.is_lang_item(self_ty.def_id, "Vec"):
        return None
    elem = _args(self_ty)[0]
    if not by_value(elem):
        return None
    from ferric.backend.py.intrinsics import _min_cap

    return f"vec_extend_with({args[0]}, {args[1]}, {args[2]}, {_min_cap(cg.prog, elem)})"


def _extend(cg: FnCodegen, inst: Instance, name: str, self_ty: t.Ty, args: list[str]) -> str | None:
    """`Vec::extend` from a known iterator (`Extend<T>`, not `Extend<&T>`), and
    `extend_from_slice` of by-value elements (whose `clone` is the value): the items at once,
    with the capacity std's pushes reach (`rt.ops.vec_extend_items`)."""
    if isinstance(self_ty, t.Adt) and cg.tcx.is_lang_item(self_ty.def_id, "String") and name == "extend":
        return _string_extend_chars(cg, inst, args)
    if not isinstance(self_ty, t.Adt) or not cg.tcx.is_lang_item(self_ty.def_id, "Vec"):
        return None
    from ferric.backend.py.intrinsics import _arg_ty, _min_cap, size_of

    elem = _args(self_ty)[0]
    if size_of(cg.prog, elem) == 0:
        return None
    mc = _min_cap(cg.prog, elem)
    v = cg.spill(args[0], "v")
    if name == "extend_from_slice":
        if not by_value(elem):
            return None
        sl = cg.spill(args[1], "sl")
        return f"vec_extend_items({v}, {sl}.b[{sl}.lo:{sl}.hi], True, {mc})"
    ref = cg.tcx.impl_trait_ref(cg.tcx.parent(inst.def_id))  # type: ignore[arg-type]
    item = ref.args[1] if ref is not None and len(ref.args) > 1 else None
    if not isinstance(item, t.Ty) or cg.mono.concrete(item, inst.args) != elem:
        return None
    iter_ty = _arg_ty(cg.prog, inst, 1)
    if cg.prog.needs_drop(iter_ty):
        return None
    it = cg.spill(args[1], "it")
    src = source(cg, iter_ty, it)
    if src is None or src.hint is None:
        return None
    return f"vec_extend_items({v}, {src.listed()}, {src.hint == EXACT}, {mc})"
