"""Errors of late resolution, worded as rustc words them (rustc's `late/diagnostics.rs`).

- `report_path_error`: a path not found (E0425 values and, since 1.95, types; E0422
  struct literals; E0531 patterns; E0405 traits; E0576 trait items) or naming the wrong kind
  of thing (E0423, E0573, E0574, E0532, E0404, E0575), with rustc's helps: a similarly named
  binding or item (`find_best_match_for_name` over the names in scope), `use` candidates
  found in every crate ("consider importing this struct"), `self.` for a field or method
  of `Self`, struct literal syntax for a struct used as a value; and the special codes for
  `Self` (E0411) and `self` (E0424).
- `report_failed_prefix`: a path whose module part fails (E0433), with the same helps
  computed for the failing prefix as a type.
- `lookup_import_candidates`/`import_suggestion`: the search behind "consider importing".

Errors carrying `use` candidates are emitted after the crate's other errors, as rustc
emits its "use injections" last (`LoweringBase.deferred`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ferric.base.edit_distance import find_best_match_for_name
from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, SubstitutionPart, Suggestion
from ferric.hir.lower.context import PathSource, is_expected
from ferric.hir.lower.scope import ANY_CTXT, RibKind
from ferric.resolve import candidates as candidates_mod
from ferric.resolve.defs import (
    LOCAL_CRATE,
    PRIMITIVE_TYPES,
    STD_CRATE,
    CtorKind,
    DefId,
    DefKind,
    DefRes,
    LocalRes,
    Namespace,
    PrimTyRes,
    Res,
)
from ferric.resolve.module import Module, ModuleKind
from ferric.resolve.resolver import TYPE_NS, VALUE_NS, PathKind, PathResult, Seg, article, res_descr
from ferric.syntax import ast

if TYPE_CHECKING:
    from ferric.hir.lower.path import PathLowering


# -- what a source expects ----------------------------------------------------------------------


def descr_expected(source: PathSource, segs: Sequence[Seg]) -> str:
    if source is PathSource.TYPE:
        return "type"
    if source is PathSource.TRAIT:
        return "trait"
    if source is PathSource.PAT:
        return "unit struct, unit variant or constant"
    if source is PathSource.STRUCT:
        return "struct, variant or union type"
    if source is PathSource.TUPLE_STRUCT:
        return "tuple struct or tuple variant"
    if source is PathSource.TRAIT_ITEM_TYPE:
        return "associated type"
    if source is PathSource.TRAIT_ITEM_VALUE:
        return "method or associated constant"
    if source is PathSource.CALLEE:
        if len(segs) == 2 and segs[0].name == "{{root}}":
            return "external crate"
        last = segs[-1].name
        if last[:1].isupper():
            return "function, tuple struct or tuple variant"
        return "function"
    return "value"


def error_code(source: PathSource, found: bool) -> str:
    table = {
        PathSource.TRAIT: ("E0404", "E0405"),
        PathSource.TYPE: ("E0573", "E0425"),
        PathSource.STRUCT: ("E0574", "E0422"),
        PathSource.EXPR: ("E0423", "E0425"),
        PathSource.CALLEE: ("E0423", "E0425"),
        PathSource.PAT: ("E0532", "E0531"),
        PathSource.TUPLE_STRUCT: ("E0532", "E0531"),
        PathSource.TRAIT_ITEM_VALUE: ("E0575", "E0576"),
        PathSource.TRAIT_ITEM_TYPE: ("E0575", "E0576"),
    }
    return table[source][0 if found else 1]


def names_to_string(segs: Sequence[Seg]) -> str:
    return "::".join("" if s.name == "{{root}}" else s.name for s in segs)


# -- typo candidates ----------------------------------------------------------------------------


@dataclass(slots=True)
class Typo:
    name: str
    res: Res
    span: Span | None


def _module_candidates(
    lc: PathLowering, module: Module, filt: Callable[[Res], bool], out: list[Typo], ctxt: int | None
) -> None:
    for (name, _ns), r in module.resolutions.items():
        b = r.binding
        if b is None or name == "_":
            continue
        if filt(b.res):
            out.append(Typo(name, b.res, b.span))
    _ = ctxt


def lookup_typo_candidate(
    lc: PathLowering,
    segs: Sequence[Seg],
    ns: Namespace,
    filt: Callable[[Res], bool],
    following: Seg | None = None,
) -> tuple[str, Typo | None]:
    """("typo", candidate), ("shadowed", candidate) or ("none", None)."""
    names: list[Typo] = []
    if len(segs) == 1:
        ident = segs[0].ident
        ctxt = ident.span.ctxt
        for rib in reversed(lc.ribs[ns]):
            for (name, c), res in rib.bindings.items():
                if filt(res) and c in (ctxt, ANY_CTXT):
                    names.append(Typo(name, res, rib.spans.get((name, c))))
            if rib.kind is RibKind.MACRO_DEF:
                data = lc.hygiene.data(ctxt)
                if data is not None and data.def_site == rib.macro_def:
                    ctxt = data.def_site.ctxt
                continue
            if rib.kind is RibKind.MODULE and rib.module is not None:
                m = rib.module
                _module_candidates(lc, m, filt, names, ctxt)
                if m.kind is not ModuleKind.BLOCK:
                    if not m.no_implicit_prelude:
                        crate = lc.r.crates[m.crate]
                        for n, eb in crate.extern_prelude.items():
                            if filt(eb.res):
                                names.append(Typo(n, eb.res, None))
                        if crate.prelude is not None:
                            _module_candidates(lc, crate.prelude, filt, names, None)
                    break
        if filt(PrimTyRes("bool")):
            names.extend(
                Typo(p, PrimTyRes(p), None)
                for p in sorted(PRIMITIVE_TYPES)
                if p not in ("f16", "f128")
            )
    else:
        pr = lc.resolve_path_late(segs[:-1], TYPE_NS, report=False)
        if pr.kind is PathKind.MODULE and pr.module is not None:
            _module_candidates(lc, pr.module, filt, names, None)
    if following is not None:
        kept = []
        for t in names:
            if isinstance(t.res, DefRes) and t.res.kind in (
                DefKind.STRUCT,
                DefKind.ENUM,
                DefKind.UNION,
            ):
                if t.name != following.name:
                    kept.append(t)
            elif isinstance(t.res, DefRes) and t.res.kind is DefKind.MOD:
                mm = lc.r.modules.get(t.res.def_id)
                if mm is not None and any(k[0] == following.name for k in mm.resolutions):
                    kept.append(t)
            else:
                kept.append(t)
        names = kept
    name = segs[-1].name
    names.sort(key=lambda t: t.name)
    found = find_best_match_for_name([t.name for t in names], name)
    if found is None:
        return "none", None
    sugg = next(t for t in names if t.name == found)
    if found == name:
        return "shadowed", sugg
    return "typo", sugg


def add_typo_suggestion(
    lc: PathLowering, d: Diagnostic, typo: Typo | None, span: Span, single_item: bool = False
) -> bool:
    """rustc's `add_typo_suggestion`; False when there is nothing to suggest."""
    if typo is None or typo.name == "_":
        return False
    res = typo.res
    descr = res_descr(lc.defs, res)
    if isinstance(res, DefRes):
        dd = lc.defs[res.def_id]
        def_span = dd.span
        if def_span.lo <= span.lo < def_span.hi:
            return False
        if dd.crate != STD_CRATE and not def_span.is_dummy:
            if single_item:
                d.with_label(def_span, f"{descr} `{typo.name}` defined here")
            else:
                d.with_label(def_span, f"similarly named {descr} `{typo.name}` defined here")
    msg = (
        f"maybe you meant this {descr}"
        if single_item
        else f"{article(descr)} {descr} with a similar name exists"
    )
    d.with_suggestion(msg, [(span, typo.name)], Applicability.MAYBE_INCORRECT)
    return True


# -- import candidates --------------------------------------------------------------------------


ImportCandidate = candidates_mod.Candidate


def lookup_import_candidates(
    lc: PathLowering, name: str, ns: Namespace, filt: Callable[[Res], bool]
) -> list[ImportCandidate]:
    """Candidates in the local crate (`crate::...`), then in each extern prelude crate."""
    r = lc.r
    out = candidates_mod.lookup(r, lc.crate.root, ["crate"], name, ns, filt, lc.module)
    seen_roots = {id(lc.crate.root)}
    for ename, eb in lc.crate.extern_prelude.items():
        m = eb.module
        if m is None or id(m) in seen_roots:
            continue
        seen_roots.add(id(m))
        prefix = [ename]
        cur = lc.module.binding(ename, TYPE_NS)
        if cur is not None and cur.res != eb.res:
            prefix = ["", ename]
        out.extend(candidates_mod.lookup(r, m, prefix, name, ns, filt, lc.module))
    return out


def use_placement(lc: PathLowering) -> Span | None:
    """Where a `use` line goes: before the first `use` of the enclosing module, else before
    its first item (attributes included)."""
    node = lc.defs[lc.module.nearest_mod].node
    items: tuple[ast.Item, ...] | None = None
    if isinstance(node, ast.Crate | ast.ModItem):
        items = node.items
    if not items:
        return None
    sm = lc.r.psess.source_map
    for it in items:
        if isinstance(it, ast.UseItem) and not it.span.ctxt:
            return _item_start(it, sm)
    for it in items:
        if not it.span.ctxt and not it.span.is_dummy:
            return _item_start(it, sm)
    return None


def _item_start(it: ast.Item, sm: SourceMap) -> Span:
    lo = it.span.lo
    for a in it.attrs:
        if a.span.lo < lo and not a.span.is_dummy:
            lo = a.span.lo
    # Attributes expansion consumed (`#[derive(..)]`) are no longer in `attrs`: the
    # lines right above that hold only an outer attribute belong to the item too.
    sf = sm.lookup_file(lo)
    if sf is not None:
        line, col = sf.line_col(lo)
        while col == 1 or not sf.line_text(line)[: col - 1].strip():
            prev = sf.line_text(line - 1).strip() if line > 1 else ""
            if not (prev.startswith("#[") and prev.endswith("]")):
                break
            line -= 1
            text = sf.line_text(line)
            lo = sf.line_start_pos(line) + len(text) - len(text.lstrip())
            col = len(text) - len(text.lstrip()) + 1
    return Span(lo, lo, 0)


def import_suggestion(
    lc: PathLowering, d: Diagnostic, candidates: list[ImportCandidate], instead: bool = False
) -> None:
    """rustc's `show_candidates` for a diagnostic that is not an import."""
    acc = [c for c in candidates if c.accessible]
    if not acc:
        return
    paths: dict[str, ImportCandidate] = {}
    for c in acc:
        s = "::".join(c.path)
        paths.setdefault(s, c)
    ordered = sorted(paths)
    core = [p for p in ordered if p.startswith("core::")]
    std = [p for p in ordered if p.startswith("std::")]
    foreign = [p for p in ordered if not p.startswith("crate::") and p not in core and p not in std]
    local = [p for p in ordered if p.startswith("crate::")]
    final = local + std + ([] if len(std) == len(core) else core) + foreign
    if not final:
        return
    descrs = {paths[p].descr for p in final}
    if len(final) == 1:
        msg = f"consider importing this {paths[final[0]].descr}"
    else:
        what = f"{next(iter(descrs))}s" if len(descrs) == 1 else "items"
        msg = f"consider importing one of these {what}"
    if instead:
        msg += " instead"
    at = use_placement(lc)
    if at is None:
        d.with_help(msg)
        return
    found_use = _module_has_use(lc)
    extra = "" if found_use else "\n"
    alts = [(SubstitutionPart(at, f"use {p};\n{extra}"),) for p in final]
    d.suggestions.append(
        Suggestion(msg, alts[0], Applicability.MAYBE_INCORRECT, alternatives=tuple(alts[1:]))
    )


def _module_has_use(lc: PathLowering) -> bool:
    node = lc.defs[lc.module.nearest_mod].node
    items = node.items if isinstance(node, ast.Crate | ast.ModItem) else None
    return bool(items) and any(
        isinstance(it, ast.UseItem) and not it.span.ctxt for it in items or ()
    )


# -- the errors ---------------------------------------------------------------------------------


def report_failed_prefix(
    lc: PathLowering, segs: Sequence[Seg], pr: PathResult, source: PathSource, span: Span
) -> None:
    """E0433 for `a::b` when `a` (or a later module segment) is not found."""
    i = pr.fail_index
    fail_span = pr.fail_span
    if pr.fail_module is not None and pr.fail_module.def_id in lc.r.mods_with_errors:
        return
    if lc.crate.glob_error:
        return
    if not lc.report_once(("E0433", fail_span)):
        return
    msg = pr.message or f"failed to resolve: {pr.label}"
    d = Diagnostic.error(msg, code="E0433").with_primary(fail_span, pr.label)
    candidates: list[ImportCandidate] = []
    prefix = segs[: i + 1]
    typo_added = False
    if (
        prefix
        and pr.failed_binding is None
        and not (len(prefix) == 1 and prefix[0].name in ("{{root}}", "crate", "self", "super"))
    ):
        following = segs[i + 1] if i + 1 < len(segs) else None
        filt = _filter_for(lc, PathSource.TYPE)
        if not (len(prefix) >= 2 and prefix[0].name in ("{{root}}",)):
            kind, typo = lookup_typo_candidate(lc, prefix, TYPE_NS, filt, following)
            if kind == "typo" and typo is not None and i == 0 and pr.suggestion is None:
                typo_added = add_typo_suggestion(lc, d, typo, prefix[-1].ident.span)
        if i == 0 and prefix[0].name not in ("{{root}}", "crate", "self", "super", "Self"):
            candidates = lookup_import_candidates(lc, prefix[-1].name, TYPE_NS, filt)
            if not candidates:
                candidates = lookup_import_candidates(
                    lc,
                    prefix[-1].name,
                    TYPE_NS,
                    lambda res: isinstance(res, DefRes) and res.kind is DefKind.MOD,
                )
                candidates = [c for c in candidates if _module_has(lc, c, following)]
    if pr.suggestion is not None and not typo_added:
        parts, text = pr.suggestion
        if parts:
            d.with_suggestion(text, parts, Applicability.MAYBE_INCORRECT)
        else:
            d.with_help(text)
    if candidates:
        import_suggestion(lc, d, candidates)
        lc.deferred.append((d, False))
    elif len(segs) == 2 and i == 0:
        lc.stashed.append(d)
    else:
        lc.emit(d)


def _module_has(lc: PathLowering, c: ImportCandidate, following: Seg | None) -> bool:
    if following is None or c.did is None:
        return True
    m = lc.r.modules.get(c.did)
    return (
        m is not None and m is not lc.module and any(k[0] == following.name for k in m.resolutions)
    )


def _filter_for(lc: PathLowering, source: PathSource) -> Callable[[Res], bool]:
    defs = lc.defs
    return lambda res: is_expected(source, res, defs)


def report_missing_trait_item(lc: PathLowering, seg: Seg, trait: DefId, source: PathSource) -> None:
    expected = descr_expected(source, [seg])
    tname = lc.defs.name(trait)
    d = Diagnostic.error(
        f"cannot find {expected} `{seg.name}` in trait `{tname}`", code=error_code(source, False)
    )
    d.with_primary(seg.ident.span, f"not found in `{tname}`")
    items = [did for (_n, ns), did in lc.r.trait_items.get(trait, {}).items() if ns is source.ns]
    if len(items) == 1:
        only = items[0]
        typo = Typo(lc.defs.name(only), DefRes(lc.defs.kind(only), only), None)
        add_typo_suggestion(lc, d, typo, seg.ident.span, single_item=True)
    lc.deferred.append((d, False))


def _is_self_type(segs: Sequence[Seg], ns: Namespace) -> bool:
    return ns is TYPE_NS and len(segs) == 1 and segs[0].name == "Self"


def _is_self_value(segs: Sequence[Seg], ns: Namespace) -> bool:
    return ns is VALUE_NS and len(segs) == 1 and segs[0].name == "self"


def report_path_error(
    lc: PathLowering,
    segs: Sequence[Seg],
    source: PathSource,
    span: Span,
    res: Res | None,
    *,
    qself: ast.QSelf | None = None,
    ctx: object = None,
) -> None:
    """rustc's `smart_resolve_report_errors`: the base error, then (in rustc's order) the
    special codes for `Self`/`self`, `self.`-suggestions, context-dependent help, typo
    suggestions, the fallback label, and `use` candidates."""
    item = segs[-1]
    item_span = item.ident.span
    if lc.crate.glob_error or not lc.report_once(("path", item_span, source.ns)):
        return
    skipped = _skipped_binding(lc, segs) if res is None and source.ns is VALUE_NS else None
    if skipped is not None and skipped[2]:
        return  # the syntax error in that pattern was the error
    expected = descr_expected(source, segs)
    path_str = names_to_string(segs)
    code = error_code(source, res is not None)
    if res is not None:
        msg = f"expected {expected}, found {res_descr(lc.defs, res)} `{path_str}`"
        fallback_label = f"not a {expected}"
        err_span = span
    else:
        if len(segs) == 1:
            mod_str, mod_prefix = "this scope", ""
        elif len(segs) == 2 and segs[0].name == "{{root}}":
            expected = "crate"
            mod_str, mod_prefix = "the list of imported crates", ""
        elif len(segs) == 2 and segs[0].name == "crate":
            mod_str, mod_prefix = "the crate root", ""
        else:
            pr = lc.resolve_path_late(segs[:-1], TYPE_NS, report=False)
            mod_prefix = ""
            if pr.kind is PathKind.MODULE and pr.module is not None:
                if pr.module.def_id in lc.r.mods_with_errors:
                    return
                mod_prefix = res_descr(lc.defs, pr.module.res) + " "
            mod_str = f"`{names_to_string(segs[:-1])}`"
        msg = f"cannot find {expected} `{item.name}` in {mod_prefix}{mod_str}"
        fallback_label = f"not found in {mod_str}"
        err_span = item_span
    d = Diagnostic.error(msg, code=code)
    d.labels.append(_primary(err_span))
    if isinstance(res, DefRes) and res.kind is DefKind.TY_PARAM:
        d.with_label(lc.defs[res.def_id].span, "found this type parameter")
    if res is None:
        base_self_suggestion(lc, d, segs, source)
    # `Self` and `self`.
    if res is None and _is_self_type(segs, source.ns):
        d.code = "E0411"
        d.with_primary(err_span, "`Self` is only available in impls, traits, and type definitions")
        item_ident = lc.current_item_ident
        if item_ident is not None:
            word = lc.current_item_kind
            d.with_label(item_ident.span, f"`Self` not allowed in {article(word)} {word}")
        _drop_empty_primary(d)
        lc.deferred.append((d, False))
        return
    if (res is None and _is_self_value(segs, source.ns)) or (
        isinstance(res, DefRes) and res.kind is DefKind.MOD and _is_self_value(segs, VALUE_NS)
    ):
        _report_self_value(lc, d, source, err_span)
        return
    # rustc's `try_lookup_name_relaxed`.
    filt = _filter_for(lc, source)
    candidates = [
        c
        for c in lookup_import_candidates(lc, item.name, source.ns, filt)
        if not (isinstance(res, DefRes) and c.did == res.def_id)
    ]
    kind, typo = lookup_typo_candidate(lc, segs, source.ns, filt)
    typo_sugg = typo if kind == "typo" else None
    found = False
    if (res is None and _assoc_candidate(lc, d, segs, source)) or (
        res is not None and _context_dependent_help(lc, d, segs, source, res, span, ctx)
    ):
        add_typo_suggestion(lc, d, typo_sugg, item_span)
        found = True
    elif res is None and len(segs) == 1 and _other_scope_binding(lc, d, segs[0]):
        found = True
    if found:
        _drop_empty_primary(d)
        _emit(lc, d, candidates, res is not None, _is_call(segs, source))
        return
    if (
        kind == "shadowed"
        and typo is not None
        and typo.span is not None
        and isinstance(typo.res, DefRes)
        and lc.defs[typo.res.def_id].crate == lc.crate.num
    ):
        d.with_label(
            typo.span, f"you might have meant to refer to this {res_descr(lc.defs, typo.res)}"
        )
        candidates = []
    # rustc's `suggest_typo`.
    fallback = False
    if not add_typo_suggestion(lc, d, typo_sugg, item_span):
        fallback = True
    # (Only when nothing could be imported instead: rustc's `report_missing_type_error`
    # runs for an empty candidate list.)
    missing_param = _missing_type_param(lc, segs, source) if res is None and not any(c.accessible for c in candidates) else None
    if missing_param is not None:
        at, text = missing_param
        d.with_suggestion(
            "you might be missing a type parameter", [(at, text)], Applicability.MAYBE_INCORRECT
        )
    if _let_binding_suggestion(lc, d, item_span, code):
        fallback = False
    if fallback:
        d.with_primary(err_span, fallback_label)
    _drop_empty_primary(d)
    if code == "E0425" and res is None and len(segs) == 1:
        for lrib in lc.label_ribs:
            for (lname, _c), (_hid, lspan) in lrib.labels.items():
                if lname == "'" + item.name:
                    d.with_label(lspan, "a label with a similar name exists")
    _emit(lc, d, candidates, res is not None, _is_call(segs, source))


def _other_scope_binding(lc: PathLowering, d: Diagnostic, seg: Seg) -> bool:
    """rustc: "the binding `x` is available in a different scope in the same function"."""
    rib = lc.last_block_rib
    if rib is None or rib.kind is not RibKind.NORMAL:
        return False
    got = rib.spans.get((seg.name, seg.ident.span.ctxt))
    if got is None or not isinstance(rib.bindings.get((seg.name, seg.ident.span.ctxt)), LocalRes):
        return False
    d.with_help(
        f"the binding `{seg.name}` is available in a different scope in the same function", got
    )
    return True


def _missing_type_param(
    lc: PathLowering, segs: Sequence[Seg], source: PathSource
) -> tuple[Span, str] | None:
    """rustc's "you might be missing a type parameter" (a one-letter uppercase name in an
    item, or any name inside generic arguments)."""
    if source is not PathSource.TYPE or len(segs) != 1 or segs[0].has_args:
        return None
    name = segs[0].name
    if name in ("Self", "dyn"):
        return None
    single = len(name) == 1 and name.isupper()
    in_generics = lc.processing_generics
    if not in_generics and not single:
        return None
    kind = lc.current_item_kind
    ident = lc.current_item_ident
    gen = lc.current_item_generics
    if kind == "" or gen is None:
        return None
    if kind == "function" and ident is not None and ident.name == "main":
        return None
    if kind in ("function", "enum", "struct", "union"):
        pass
    elif kind == "impl":
        if single and not in_generics:
            return None
    elif single:
        return None
    if gen.params:
        last = gen.params[-1]
        if last.bounds:
            at = last.bounds[-1].span
        elif last.kind is ast.GenericParamKind.CONST and last.const_ty is not None:
            at = (
                last.const_default.value.span
                if last.const_default is not None
                else last.const_ty.span
            )
        else:
            at = last.ident.span
        if gen.span.lo <= segs[0].ident.span.lo < gen.span.hi:
            return None
        return (at.shrink_to_hi(), f", {name}")
    return (gen.span.shrink_to_hi() if not gen.span.is_dummy else gen.span, f"<{name}>")


def _let_binding_suggestion(lc: PathLowering, d: Diagnostic, ident_span: Span, code: str) -> bool:
    """`x = 1;` meant `let x = 1;`, and `let x = T;` meant `let x: T;` (rustc)."""
    if ident_span.ctxt:
        return False
    sm = lc.r.psess.source_map
    assign = lc.in_assignment_lhs
    if assign is not None and assign == ident_span:
        sf = sm.lookup_file(ident_span.lo)
        if sf is not None:
            line, _col = sf.line_col(ident_span.lo)
            start = sf.line_start_pos(line)
            line_text = sm.snippet(Span(start, ident_span.lo, 0)) or ""
            if not line_text.strip():
                d.with_suggestion(
                    "you might have meant to introduce a new binding",
                    [(ident_span.shrink_to_lo(), "let ")],
                    Applicability.MAYBE_INCORRECT,
                )
                return True
    let = lc.current_let
    if code == "E0423" and let is not None:
        pat_span, ty_span, init_span = let
        if (
            ty_span is None
            and init_span is not None
            and init_span.lo == ident_span.lo
            and init_span.hi >= ident_span.hi
        ):
            d.with_suggestion(
                "you might have meant to use `:` for type annotation",
                [(Span(pat_span.hi, init_span.lo, 0), ": ")],
                Applicability.MAYBE_INCORRECT,
            )
            return True
    return False


def _skipped_binding(lc: PathLowering, segs: Sequence[Seg]) -> tuple[DefId, Span, bool] | None:
    if len(segs) != 1:
        return None
    name = segs[0].name
    for rib in reversed(lc.ribs[VALUE_NS]):
        for entry in rib.skipped:
            if any(f == name for (f, _v, _s) in lc.r.field_names.get(entry[0], [])):
                return entry
    return None


def _is_call(segs: Sequence[Seg], source: PathSource) -> bool:
    return source is PathSource.CALLEE and len(segs) == 1


def _emit(
    lc: PathLowering,
    d: Diagnostic,
    candidates: list[ImportCandidate],
    instead: bool,
    is_call: bool,
) -> None:
    """rustc's "use injections": late resolution errors are emitted after the crate's walk
    (with their `use` suggestions); a call of an unknown single-segment function with no
    import to suggest is stashed for type checking, which emits it in body order."""
    if candidates and any(c.accessible for c in candidates):
        import_suggestion(lc, d, candidates, instead=instead)
    lc.deferred.append((d, is_call and not any(c.accessible for c in candidates)))


def _primary(span: Span):  # type: ignore[no-untyped-def]
    from ferric.diag.diagnostic import Label

    return Label(span, "", True)


def _drop_empty_primary(d: Diagnostic) -> None:
    """Keep one primary label: a labelled one replaces the empty placeholder."""
    prim = [lb for lb in d.labels if lb.primary]
    if len(prim) > 1:
        d.labels = [lb for lb in d.labels if not (lb.primary and not lb.message)]


def _report_self_value(lc: PathLowering, d: Diagnostic, source: PathSource, span: Span) -> None:
    d.code = "E0424"
    d.message = "expected value, found module `self`"
    label = (
        "`self` value is a keyword and may not be bound to variables or shadowed"
        if source is PathSource.PAT
        else "`self` value is a keyword only available in methods with a `self` parameter"
    )
    d.labels = [lb for lb in d.labels if not lb.primary]
    d.with_primary(span, label)
    fn = lc.current_fn
    if fn is not None:
        if (
            fn.sig.decl.inputs
            and isinstance(fn.sig.decl.inputs[0].pat, ast.IdentPat)
            and fn.sig.decl.inputs[0].pat.ident.name == "self"
        ):
            d.with_label(
                fn.span,
                "this function has a `self` parameter, but a macro invocation can only access identifiers it receives from parameters",
            )
        else:
            is_assoc = lc.scope.self_res_ty is not None
            if is_assoc:
                inputs = fn.sig.decl.inputs
                if inputs:
                    at, sugg = inputs[0].span.shrink_to_lo(), "&self, "
                else:
                    at, sugg = _after_open_paren(lc, fn), "&self"
                d.with_suggestion(
                    "add a `self` receiver parameter to make the associated `fn` a method",
                    [(at, sugg)],
                    Applicability.MAYBE_INCORRECT,
                )
                doesnt = "doesn't"
            else:
                doesnt = "can't"
            d.with_label(fn.ident.span, f"this function {doesnt} have a `self` parameter")
    lc.emit(d)


def _after_open_paren(lc: PathLowering, fn: ast.FnItem) -> Span:
    text = lc.r.psess.source_map.snippet(Span(fn.ident.span.hi, fn.sig.span.hi, 0)) or ""
    k = text.find("(")
    pos = fn.ident.span.hi + (k + 1 if k >= 0 else 0)
    return Span(pos, pos, 0)


def _context_dependent_help(
    lc: PathLowering,
    d: Diagnostic,
    segs: Sequence[Seg],
    source: PathSource,
    res: Res | None,
    span: Span,
    ctx: object,
) -> bool:
    """rustc's `smart_resolve_context_dependent_help` (struct used as a value, ...)."""
    if res is None or not isinstance(res, DefRes):
        return False
    kind = res.kind
    defs = lc.defs
    if source in (PathSource.EXPR, PathSource.CALLEE) and kind in (
        DefKind.STRUCT,
        DefKind.UNION,
        DefKind.VARIANT,
    ):
        dd = defs[res.def_id]
        if dd.crate != STD_CRATE:
            full = lc.r.item_spans.get(res.def_id, dd.span)
            d.with_label(full, f"`{segs[-1].name}` defined here")
        fields = [n for (n, _v, _s) in lc.r.field_names.get(res.def_id, [])]
        body = ", ".join(f"{f}: val" for f in fields)
        lit = f" {{ {body} }}" if fields else " {}"
        path_text = names_to_string(segs)
        if source is PathSource.CALLEE and isinstance(ctx, Span):
            d.labels = [lb for lb in d.labels if not lb.primary]
            d.labels.append(_primary(ctx))
            d.with_suggestion(
                "use struct literal syntax instead of calling",
                [(ctx, f"{path_text}{lit}")],
                Applicability.HAS_PLACEHOLDERS,
            )
        else:
            d.with_suggestion(
                "use struct literal syntax instead",
                [(span, f"{path_text}{lit}")],
                Applicability.HAS_PLACEHOLDERS,
                style="inline",
            )
        return True
    if source is PathSource.TUPLE_STRUCT and isinstance(ctx, Span) and _is_unit_value(lc, res):
        # `State::Idle(n)` for a unit variant: rustc points at the whole pattern.
        path_text = names_to_string(segs)
        d.labels = [lb for lb in d.labels if not lb.primary]
        d.labels.append(_primary(ctx))
        def_id = res.def_id
        if defs.kind(def_id) is DefKind.CTOR and defs[def_id].ctor_of is not None:
            owner = defs[def_id].ctor_of
            assert owner is not None
            def_id = owner
        if defs[def_id].crate != STD_CRATE:
            d.with_label(defs[def_id].span, f"`{path_text}` defined here")
        d.with_suggestion(
            "use this syntax instead",
            [(ctx, path_text)],
            Applicability.MAYBE_INCORRECT,
            style="inline",
        )
        return True
    if source is PathSource.TYPE and kind is DefKind.VARIANT:
        enum = defs[res.def_id].parent
        if enum is not None:
            d.with_primary(span, "not a type")
            d.with_suggestion(
                "try using the variant's enum",
                [(span, _def_path(lc, enum))],
                Applicability.MAYBE_INCORRECT,
                style="inline",
            )
            return True
    return False


def _is_unit_value(lc: PathLowering, res: DefRes) -> bool:
    if res.kind is DefKind.CTOR:
        return lc.defs[res.def_id].ctor_kind is CtorKind.CONST
    return res.kind in (DefKind.CONST, DefKind.ASSOC_CONST)


def _def_path(lc: PathLowering, def_id: DefId) -> str:
    d = lc.defs[def_id]
    prefix = "crate" if d.crate == LOCAL_CRATE else lc.r.crates[d.crate].name
    p = lc.defs.path_str(def_id)
    return f"{prefix}::{p}" if p else prefix


def _assoc_candidate(
    lc: PathLowering, d: Diagnostic, segs: Sequence[Seg], source: PathSource
) -> bool:
    """rustc's `lookup_assoc_candidate`: `x` where `self.x` (a field of `Self`) was meant.
    True when a suggestion was made (the fallback label is then omitted)."""
    if len(segs) != 1 or lc.scope.self_res_ty is None or source.ns is not VALUE_NS:
        return False
    name = segs[0].name
    adt = lc.scope.self_adt
    if adt is None:
        return False
    for fname, _vis, fspan in lc.r.field_names.get(adt, []):
        if fname == name:
            if lc.fn_has_self:
                d.with_suggestion(
                    "you might have meant to use the available field",
                    [(segs[0].ident.span.shrink_to_lo(), "self.")],
                    Applicability.MACHINE_APPLICABLE,
                )
            else:
                d.with_label(
                    Span(fspan.lo, fspan.lo + len(fname), fspan.ctxt),
                    "a field by that name exists in `Self`",
                )
            return True
    return False


def base_self_suggestion(
    lc: PathLowering, d: Diagnostic, segs: Sequence[Seg], source: PathSource
) -> None:
    """The suggestion rustc's `make_base_error` makes for a name of the current inherent
    impl used without `self.`/`Self::`."""
    if len(segs) != 1 or lc.scope.trait_def is not None or lc.current_fn is None:
        return
    items = lc.scope.impl_items
    if not items:
        return
    name = segs[0].name
    item = items.get(name)
    ident_span = segs[0].ident.span
    fn = lc.current_fn
    if item is None or fn.sig.span.lo <= ident_span.lo < fn.sig.span.hi:
        return
    is_call = source is PathSource.CALLEE
    sp = ident_span.shrink_to_lo()
    if isinstance(item, ast.FnItem):
        has_self = bool(item.sig.decl.inputs) and _is_self_param(item.sig.decl.inputs[0])
        if (not lc.fn_has_self or not is_call) and has_self:
            d.with_label(item.ident.span, "a method by that name is available on `Self` here")
        elif not has_self and not is_call:
            d.with_label(
                item.ident.span, "an associated function by that name is available on `Self` here"
            )
        elif has_self:
            d.with_suggestion(
                "consider using the method on `Self`",
                [(sp, "self.")],
                Applicability.MAYBE_INCORRECT,
            )
        else:
            d.with_suggestion(
                "consider using the associated function on `Self`",
                [(sp, "Self::")],
                Applicability.MAYBE_INCORRECT,
            )
    elif isinstance(item, ast.ConstItem):
        d.with_suggestion(
            "consider using the associated constant on `Self`",
            [(sp, "Self::")],
            Applicability.MAYBE_INCORRECT,
        )


def _is_self_param(p: ast.Param) -> bool:
    return isinstance(p.pat, ast.IdentPat) and p.pat.ident.name == "self"
