"""rustc's `dead_code` for fields: "field `x` is never read", "fields `0` and `2` are never
read", per struct and per variant of a constructed type.

A field is read when a body projects it (`s.f`, `&mut s.f`; rustc counts an assignment
`s.f = v` too), or a struct / tuple-struct pattern names it with anything but `_`. The derived
`Debug` and `Clone` impls do not count (std marks those traits `rustc_trivial_field_reads`);
a warning on a type that has them says so. Never reported: fields public from the crate root (`pub`
fields of a `pub` type in `pub` modules: rustc's effective visibility), fields of
`#[repr(C)]` / `#[repr(transparent)]` types, `PhantomData` fields, `_`-named fields, and positional fields
that may be zero-sized (rustc asks the layout; ferric says yes for `()`, empty tuples and
arrays, `PhantomData`, local structs of such fields, and anything with a type parameter,
where rustc's layout fails).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.lint.builtin import DEAD_CODE, BuiltinLints
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefKind, DefRes
from ferric.ty import ty as t
from ferric.ty.context import TyCtxt
from ferric.typeck.results import TypeckResults

Report = Callable[[], None]


@dataclass(frozen=True, slots=True)
class _Owner:
    """A struct, or one variant of an enum, whose fields are checked together."""

    adt: hir.Item
    ident: hir.Ident
    data: hir.VariantData
    is_variant: bool


def dead_field_reports(
    lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults], item: hir.Item, live_variants: set[DefId]
) -> list[Report]:
    """The field warnings of the constructed struct or enum `item`, one per struct or
    variant (`live_variants`: an enum's variants that are constructed somewhere)."""
    if "C" in tcx.repr_hints(item.def_id) or "transparent" in tcx.repr_hints(item.def_id):
        return []
    reads = _field_reads(lints, tcx, results)
    owners: list[_Owner] = []
    if isinstance(item, hir.StructItem):
        owners.append(_Owner(item, item.ident, item.data, False))
    elif isinstance(item, hir.EnumItem):
        owners.extend(_Owner(item, v.ident, v.data, True) for v in item.variants if v.def_id in live_variants)
    out: list[Report] = []
    for owner in owners:
        dead = [f for f in owner.data.fields if f.def_id not in reads and _may_warn(tcx, f)]
        if dead:
            out.append(_report(lints, tcx, owner, dead))
    return out


def _may_warn(tcx: TyCtxt, f: hir.FieldDef) -> bool:
    if f.ident.name.startswith("_") or f.ident.span.ctxt != 0 or _reachable(tcx, f.def_id):
        return False
    ty = tcx.type_of(f.def_id)
    if isinstance(ty, t.Adt) and tcx.adt_def(ty.def_id).is_phantom_data:
        return False
    return not (f.ident.name.isdigit() and _maybe_zst(tcx, ty, 0))


def _reachable(tcx: TyCtxt, def_id: DefId) -> bool:
    """Public from the crate root (rustc's effective visibility, which counts even in a
    binary): `pub` itself and inside `pub` types and modules up to the root."""
    d: DefId | None = def_id
    while d is not None:
        kind = tcx.def_kind(d)
        if kind is DefKind.MOD and tcx.parent(d) is None:
            return True
        if kind is not DefKind.VARIANT and not tcx.defs[d].vis.public:
            return False
        d = tcx.parent(d)
        if d is not None and tcx.def_kind(d) not in (DefKind.MOD, DefKind.STRUCT, DefKind.ENUM, DefKind.UNION, DefKind.VARIANT):
            return False
    return False


def _maybe_zst(tcx: TyCtxt, ty: t.Ty, depth: int) -> bool:
    """Zero-sized, or of a size only known per instance (a type parameter inside)."""
    if depth > 8 or isinstance(ty, t.Param):
        return True
    if isinstance(ty, t.Tuple):
        return all(_maybe_zst(tcx, e, depth + 1) for e in ty.elems)
    if isinstance(ty, t.Array):
        n = ty.len
        if not isinstance(n, t.ConstValue):
            return True
        return n.value == 0 or _maybe_zst(tcx, ty.elem, depth + 1)
    if isinstance(ty, t.Adt):
        adt = tcx.adt_def(ty.def_id)
        if adt.is_phantom_data:
            return True
        if adt.is_struct and tcx.crate_of(ty.def_id) == LOCAL_CRATE:
            # (std's types are declared for ferric, not laid out as rustc's: none is
            # zero-sized but PhantomData.)
            fields = adt.variants[0].fields
            return all(_maybe_zst(tcx, tcx.field_ty(f, ty.args), depth + 1) for f in fields)
        return bool(ty.flags & t.HAS_PARAM)
    return False


def _report(lints: BuiltinLints, tcx: TyCtxt, owner: _Owner, dead: list[hir.FieldDef]) -> Report:
    def report() -> None:
        many = len(dead) > 1
        names = quoted_names([f.ident.name for f in dead])
        positional = dead[0].ident.name.isdigit()
        spans = [f.ty.span if positional else f.ident.span for f in dead]
        d = lints.lint(DEAD_CODE, spans[0], f"field{'s' if many else ''} {names} {'are' if many else 'is'} never read")
        if d is None:
            return
        for s in spans[1:]:
            d.with_primary(s)
        where = "variant" if owner.is_variant else "struct"
        d.with_label(owner.ident.span, f"field{'s' if many else ''} in this {where}")
        if positional:
            # (rustc's tuple-field lint has the help before the derived-impls note)
            _positional_help(d, owner, dead, spans)
        note = ignored_derives_note(lints, tcx, owner.adt.def_id, owner.adt.ident.name)
        if note is not None:
            d.with_note(note)

    return report


def _positional_help(d: Diagnostic, owner: _Owner, dead: list[hir.FieldDef], spans: list[Span]) -> None:
    """rustc's help for tuple fields: remove them when they are the struct's last ones
    (not for variants), else make them `()` to keep the numbering."""
    many = len(dead) > 1
    fields = owner.data.fields
    trailing = not owner.is_variant and [f.def_id for f in fields[len(fields) - len(dead):]] == [f.def_id for f in dead]
    if trailing:
        d.with_help("consider removing these fields" if many else "consider removing this field")
        return
    what = "the fields" if many else "the field"
    d.with_suggestion(
        f"consider changing {what} to be of unit type to suppress this warning while preserving the field "
        f"numbering, or remove {what}",
        [(s, "()") for s in spans],
        Applicability.HAS_PLACEHOLDERS,
    )


def quoted_names(names: list[str]) -> str:
    """`a`, `` `a` and `b` ``, `` `a`, `b`, and `c` ``: rustc's lists of names."""
    quoted = [f"`{n}`" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return f"{', '.join(quoted[:-1])}, and {quoted[-1]}"


# -- what the bodies read --------------------------------------------------------------------------


def _field_reads(lints: BuiltinLints, tcx: TyCtxt, results: dict[DefId, TypeckResults]) -> set[DefId]:
    """The fields (DefIds) some body reads, computed once per compilation."""
    cached = lints.memo.get("field_reads")
    if cached is not None:
        return cached  # type: ignore[return-value]
    reads: set[DefId] = set()
    ignored = _trivial_read_bodies(lints, tcx)
    for body_id, node in lints.nodes(tcx, hir.FieldExpr):
        if body_id in ignored:
            continue
        res = _results(tcx, results, body_id)
        f = _projected_field(tcx, res, node)  # type: ignore[arg-type]
        if f is not None:
            reads.add(f)
    for kind in (hir.StructPat, hir.TupleStructPat):
        for body_id, node in lints.nodes(tcx, kind):
            if body_id not in ignored:
                reads.update(_pattern_fields(tcx, _results(tcx, results, body_id), node))  # type: ignore[arg-type]
    lints.memo["field_reads"] = reads
    return reads


def _results(tcx: TyCtxt, results: dict[DefId, TypeckResults], body_id: DefId) -> TypeckResults | None:
    """A body's typeck results (closures and inline consts share their parent's)."""
    owner: DefId | None = body_id
    while owner is not None and owner not in results and tcx.def_kind(owner) in (DefKind.CLOSURE, DefKind.INLINE_CONST):
        owner = tcx.parent(owner)
    return results.get(owner) if owner is not None else None


def _projected_field(tcx: TyCtxt, res: TypeckResults | None, e: hir.FieldExpr) -> DefId | None:
    if res is None:
        return None
    idx = res.field_indices.get(e.hir_id)
    ty = res.expr_ty_adjusted(e.expr.hir_id)
    if idx is None or not isinstance(ty, t.Adt):
        return None
    adt = tcx.adt_def(ty.def_id)
    if adt.is_enum or idx >= len(adt.variants[0].fields):
        return None
    return adt.variants[0].fields[idx].def_id


def _pattern_fields(tcx: TyCtxt, res: TypeckResults | None, pat: hir.StructPat | hir.TupleStructPat) -> list[DefId]:
    """The fields a struct pattern binds or matches with something other than `_`."""
    if res is None:
        return []
    ty = res.node_types.get(pat.hir_id)
    while isinstance(ty, t.Ref):
        ty = ty.ty
    if not isinstance(ty, t.Adt):
        return []
    adt = tcx.adt_def(ty.def_id)
    variant = adt.variants[0]
    if adt.is_enum:
        qpath = pat.qpath
        if isinstance(qpath, hir.TypeRelativePath):  # `Self::Variant { .. }`
            name = qpath.segment.ident.name
            variant = next((v for v in adt.variants if v.name == name), None)
        else:
            path = qpath.path if isinstance(qpath, hir.ResolvedPath) else None
            vid = path.res.def_id if path is not None and isinstance(path.res, DefRes) else None
            try:
                variant = adt.variants[adt.variant_index_with_id(vid)] if vid is not None else None
            except KeyError:
                variant = None
        if variant is None:  # not known: everything it could name counts as read
            return [f.def_id for v in adt.variants for f in v.fields]
    fields = variant.fields
    if isinstance(pat, hir.StructPat):
        out = []
        for pf in pat.fields:
            hit = variant.field_named(pf.ident.name)
            if hit is not None and not isinstance(pf.pat, hir.WildPat):
                out.append(hit[1].def_id)
        return out
    n, dd = len(pat.pats), pat.dotdot
    out = []
    for i, p in enumerate(pat.pats):
        idx = i if dd is None or i < dd else len(fields) - (n - i)
        if 0 <= idx < len(fields) and not isinstance(p, hir.WildPat):
            out.append(fields[idx].def_id)
    return out


def _trivial_read_bodies(lints: BuiltinLints, tcx: TyCtxt) -> set[DefId]:
    """The bodies of derived `Debug` and `Clone` impls (their closures included): what they
    read does not keep a field alive."""
    impls = {impl for _, impl, _ in _trivial_derives(lints, tcx)}
    out: set[DefId] = set()
    if not impls:
        return out
    for body_id, _ in lints.local_bodies(tcx):
        p: DefId | None = body_id
        while p is not None and p not in impls and tcx.def_kind(p) is not DefKind.MOD:
            p = tcx.parent(p)
        if p is not None and p in impls:
            out.add(body_id)
    return out


def _trivial_derives(lints: BuiltinLints, tcx: TyCtxt) -> list[tuple[str, DefId, DefId]]:
    """(trait name, impl, type) of the crate's `#[automatically_derived]` impls of `Debug`
    and `Clone`, in source order."""
    memo = lints.memo
    got = memo.get("trivial_derives")
    if got is not None:
        return got  # type: ignore[return-value]
    traits = {d: n for n, d in (("Debug", tcx.std_item("fmt", "Debug")), ("Clone", tcx.std_item("clone", "Clone"))) if d is not None}
    out: list[tuple[str, DefId, DefId]] = []
    for def_id, item in lints.local_items(tcx):
        if not isinstance(item, hir.ImplItem) or item.of_trait is None or tcx.crate_of(def_id) != LOCAL_CRATE:
            continue
        tres = item.of_trait.path.res
        ty = item.self_ty
        if not (isinstance(tres, DefRes) and tres.def_id in traits and _is_derived(tcx, def_id)):
            continue
        if isinstance(ty, hir.PathTy) and isinstance(ty.qpath, hir.ResolvedPath) and isinstance(ty.qpath.path.res, DefRes):
            out.append((traits[tres.def_id], def_id, ty.qpath.path.res.def_id))
    memo["trivial_derives"] = out
    return out


def ignored_derives_note(lints: BuiltinLints, tcx: TyCtxt, adt: DefId, name: str) -> str | None:
    """rustc's note on a dead field or variant of a type whose derived `Debug`/`Clone` impls
    do not count as reading it, or None without such impls."""
    derived = _ignored_derives(lints, tcx, adt)
    if not derived:
        return None
    if len(derived) == 1:
        text = f"a derived impl for the trait `{derived[0]}`, but this is"
    else:
        text = f"derived impls for the traits {quoted_names(derived)}, but these are"
    return f"`{name}` has {text} intentionally ignored during dead code analysis"


def _ignored_derives(lints: BuiltinLints, tcx: TyCtxt, adt: DefId) -> list[str]:
    """The names of `adt`'s derived `Debug`/`Clone` impls, in rustc's order (the reverse of
    the `#[derive]` list)."""
    return [name for name, _, ty in reversed(_trivial_derives(lints, tcx)) if ty == adt]


def attr_paths(tcx: TyCtxt, def_id: DefId) -> list[tuple[str, ...]]:
    """The paths of a definition's `#[path ...]` attributes (`("automatically_derived",)`)."""
    from ferric.syntax import ast

    return [
        tuple(s.ident.name for s in a.kind.path.segments)
        for a in tcx.defs[def_id].attrs
        if isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr)
    ]


def _is_derived(tcx: TyCtxt, def_id: DefId) -> bool:
    return ("automatically_derived",) in attr_paths(tcx, def_id)
