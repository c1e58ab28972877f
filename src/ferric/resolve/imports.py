"""Resolving `use` items to a fixpoint, then reporting what failed (rustc's `imports.rs`).

`resolve_imports(r, crate, imports)` repeats, until nothing changes: resolve each pending
import's module path; a glob then copies every binding of that module the importing module
can see (and is told of bindings added later); a single import looks its name up in each
namespace and binds what it finds under its target name. A lookup that depends on an import
not resolved yet answers UNDETERMINED and is retried on the next round. When a round makes
no progress, what is still undetermined is taken as not found (cycles).

`finalize_imports` then reports, as rustc does: unresolved imports (E0432, one diagnostic
per `use` item, with "a similar name exists in the module" or "no external crate"), module
paths that fail (E0433 for `super` beyond the root), private items (E0603, with the note
pointing at the definition), and glob ambiguities met while resolving an import (E0659).

Invariant: after `resolve_imports`, every import is `done` and no module has pending
imports; lookups no longer answer UNDETERMINED.
"""

from __future__ import annotations

from collections.abc import Sequence

from ferric.base.edit_distance import find_best_match_for_name
from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.resolve.collect import define
from ferric.resolve.defs import ERR_RES, DefKind, DefRes, Namespace
from ferric.resolve.module import Binding, Import, ImportKind, Module, ModuleKind
from ferric.resolve.privacy import check_path_privacy, report_ambiguity, report_privacy
from ferric.resolve.resolver import (
    MACRO_NS,
    TYPE_NS,
    UNDETERMINED,
    VALUE_NS,
    CrateData,
    PathKind,
    PathResult,
    Resolver,
    Seg,
)
from ferric.syntax import ast

_ALL_NS = (TYPE_NS, VALUE_NS, MACRO_NS)


def _segs(idents: Sequence[object]) -> list[Seg]:
    return [Seg(i) for i in idents]  # type: ignore[arg-type]


@dataclass(slots=True)
class _ImportError:
    imp: Import
    span: Span
    label: str
    path: str
    suggestion: tuple[list[tuple[Span, str]], str] | None = None
    code: str = "E0432"
    message: str = ""


def resolve_imports(r: Resolver, crate: CrateData, imports: list[Import]) -> None:
    """Resolve `imports` (all of a crate's, or a block's) to a fixpoint and report errors."""
    pending = [i for i in imports if not i.done]
    forced = False
    while pending:
        progress = False
        still: list[Import] = []
        for imp in pending:
            if _resolve_import(r, crate, imp, forced):
                progress = True
            if not imp.done:
                still.append(imp)
        pending = still
        if not progress:
            if forced:
                for imp in pending:
                    _finish(imp)
                break
            forced = True
    errors, privacy = _finalize(r, crate, imports)
    _report(r, errors)
    for ident, b in privacy:
        report_privacy(r, ident, b)


def _finish(imp: Import) -> None:
    if imp.done:
        return
    imp.done = True
    imp.parent.pending_imports -= 1
    if imp.kind is ImportKind.SINGLE:
        for ns in _ALL_NS:
            imp.results.setdefault(ns, None)
            res = imp.parent.resolutions.get((imp.target.name, ns))
            if res is not None and imp in res.single_imports:
                res.single_imports.remove(imp)


def _resolve_import(r: Resolver, crate: CrateData, imp: Import, forced: bool) -> bool:
    """One attempt at `imp`; True when something was learnt."""
    progress = False
    if imp.imported_module is None and (imp.module_path or imp.is_glob):
        if not imp.module_path:
            # `use *;` / `use ::*;`: the crate root (2015) or nothing.
            imp.failed = True
            _finish(imp)
            return True
        pr = r.resolve_path(
            _segs(imp.module_path), None, imp.parent, ignore_import=imp, import_path=True
        )
        if pr.kind is PathKind.INDETERMINATE:
            if not forced:
                return False
            pr = _force_path(r, imp)
        if pr.kind is PathKind.FAILED or pr.kind is PathKind.NON_MODULE:
            imp.failed = True
            imp.path_failure = pr
            _finish(imp)
            return True
        assert pr.module is not None
        imp.imported_module = pr.module
        imp.segment_res = pr.seg_res
        progress = True
    if imp.is_glob:
        target = imp.imported_module
        assert target is not None
        if imp.is_prelude:
            crate.prelude = target
            _finish(imp)
            return True
        if target is imp.parent or target.kind is ModuleKind.TRAIT:
            _finish(imp)
            return True
        if not (r.crates[target.crate].imports_done and target.pending_imports == 0):
            target.glob_importers.append(imp)
        for (name, ns), res in list(target.resolutions.items()):
            b = res.binding
            if b is None or not r.is_accessible_from(b.vis, imp.parent):
                continue
            from ferric.resolve.collect import glob_binding

            define(r, imp.parent, name, ns, glob_binding(r, b, imp), imp.span)
        imp.path_res = target.res
        _finish(imp)
        return True
    # A single import.
    name = imp.source.name
    for ns in _ALL_NS:
        if ns in imp.results:
            continue
        if imp.type_ns_only and ns is not TYPE_NS:
            imp.results[ns] = None
            continue
        if imp.imported_module is not None:
            found = r.resolve_ident_in_module(
                imp.imported_module, name, ns, imp.parent, ignore_import=imp
            )
        else:
            found = r.early_resolve_ident(imp.source, ns, imp.parent, ignore_import=imp)
        if found is UNDETERMINED:
            if not forced:
                continue
            found = None
        if found is not None and not r.is_accessible_from(found.vis, imp.parent):
            imp.private_found.setdefault(ns, found)
            found = None
        imp.results[ns] = found
        progress = True
        if found is not None:
            if imp.type_ns_only and found.module is None:
                imp.results[ns] = None
                continue
            b = Binding(
                found.res,
                imp.vis,
                imp.span,
                module=found.module,
                import_=imp,
                source=found,
                ambiguity=found.ambiguity,
            )
            if imp.target.name == "_":
                if isinstance(found.res, DefRes) and found.res.kind in (
                    DefKind.TRAIT,
                    DefKind.TRAIT_ALIAS,
                ):
                    imp.parent.underscore_traits.append(b)
            else:
                define(r, imp.parent, imp.target.name, ns, b, imp.target.span)
    if all(ns in imp.results for ns in _ALL_NS):
        _finish(imp)
        progress = True
    return progress


def _force_path(r: Resolver, imp: Import) -> PathResult:
    """The module path of `imp` after the fixpoint stalled: undetermined names are missing."""
    pr = r.resolve_path(
        _segs(imp.module_path), None, imp.parent, ignore_import=imp, import_path=True
    )
    if pr.kind is PathKind.INDETERMINATE:
        return PathResult(
            PathKind.FAILED,
            fail_index=len(imp.module_path) - 1,
            label=f"could not find `{imp.module_path[-1].name}`",
            fail_span=imp.module_path[-1].span,
        )
    return pr


# -- finalization -------------------------------------------------------------------------------


def _module_descr(r: Resolver, imp: Import) -> str:
    m = imp.imported_module
    if m is None or (m.is_crate_root and m.kind is ModuleKind.MOD):
        return "the root"
    return f"`{imp.module_path[-1].name}`" if imp.module_path else f"`{m.name}`"


def _finalize(
    r: Resolver, crate: CrateData, imports: list[Import]
) -> tuple[list[_ImportError], list[tuple[ast.Ident, Binding]]]:
    errors: list[_ImportError] = []
    privacy: list[tuple[ast.Ident, Binding]] = []
    for imp in imports:
        pf = imp.path_failure
        if imp.failed or isinstance(pf, PathResult):
            if imp.is_glob:
                crate.glob_error = True
            else:
                _dummy_binding(r, imp)
        if (
            isinstance(pf, PathResult)
            and pf.fail_module is not None
            and pf.fail_module.def_id in r.mods_with_errors
        ):
            continue
        if isinstance(pf, PathResult):
            if pf.kind is PathKind.NON_MODULE:
                continue
            idx = pf.fail_index
            upto = imp.module_path[: idx + 1]
            path = "::".join("" if s.name == "{{root}}" else s.name for s in upto) if upto else ""
            label = pf.label
            if pf.label == "there are too many leading `super` keywords":
                errors.append(
                    _ImportError(
                        imp,
                        pf.fail_span,
                        label,
                        path,
                        code="E0433",
                        message="too many leading `super` keywords",
                    )
                )
                continue
            sugg = pf.suggestion
            if sugg is not None and not sugg[0] and "might be missing a crate" in sugg[1]:
                pass
            errors.append(_ImportError(imp, pf.fail_span, label, path, sugg))
            continue
        if imp.failed:
            continue
        if imp.is_glob:
            if imp.imported_module is not None and imp.segment_res:
                check_path_privacy(
                    r,
                    _segs(imp.module_path),
                    imp.parent,
                    imp.imported_module,
                    skip_first_lexical=True,
                )
            continue
        found = [b for b in (imp.results.get(ns) for ns in _ALL_NS) if b is not None]
        if imp.imported_module is not None:
            check_path_privacy(
                r, _segs(imp.module_path), imp.parent, imp.imported_module, skip_first_lexical=True
            )
        if not found:
            private = [b for b in (imp.private_found.get(ns) for ns in _ALL_NS) if b is not None]
            if private:
                # Reported as private (E0603); uses of the name see the item, silently.
                for ns, pb in imp.private_found.items():
                    _define_import(r, imp, ns, pb)
                privacy.append((imp.source, private[0]))
                continue
            _dummy_binding(r, imp)
            if imp.imported_module is not None and imp.imported_module.def_id in r.mods_with_errors:
                continue
            errors.append(_unresolved_single(r, imp))
            continue
        imp.path_res = found[0].res
        for b in found:
            if b.ambiguity is not None:
                report_ambiguity(r, imp.source, b)
                break
    return errors, privacy


def _define_import(r: Resolver, imp: Import, ns: Namespace, found: Binding) -> None:
    if imp.target.name == "_" or imp.parent.binding(imp.target.name, ns) is not None:
        return
    b = Binding(found.res, imp.vis, imp.span, module=found.module, import_=imp, source=found)
    define(r, imp.parent, imp.target.name, ns, b, imp.target.span)


def _dummy_binding(r: Resolver, imp: Import) -> None:
    """A failed single import binds its name to an error in every namespace (rustc's
    `import_dummy_binding`): uses of the name are not reported again."""
    if imp.kind is not ImportKind.SINGLE or imp.target.name == "_":
        return
    for ns in _ALL_NS:
        if imp.parent.binding(imp.target.name, ns) is None:
            b = Binding(ERR_RES, imp.vis, imp.span, import_=imp)
            define(r, imp.parent, imp.target.name, ns, b, imp.target.span)


def _unresolved_single(r: Resolver, imp: Import) -> _ImportError:
    name = imp.source.name
    path = imp.full_path_str()
    if imp.imported_module is None and not imp.module_path:
        return _ImportError(imp, imp.span, f"no external crate `{name}`", path)
    m = imp.imported_module
    label = f"no `{name}` in {_module_descr(r, imp)}"
    sugg: tuple[list[tuple[Span, str]], str] | None = None
    if m is not None:
        cands = sorted(
            {
                n
                for (n, ns), res in m.resolutions.items()
                if res.binding is not None
                and n != name
                and ns in (TYPE_NS, VALUE_NS)
                and r.is_accessible_from(res.binding.vis, imp.parent)
            }
        )
        best = find_best_match_for_name(cands, name)
        if best is not None:
            sugg = ([(imp.source.span, best)], "a similar name exists in the module")
    return _ImportError(imp, imp.span, label, path, sugg)


def _report(r: Resolver, errors: list[_ImportError]) -> None:
    """One E0432 per `use` item (its failing trees as labels); E0433 for `super` overflow."""
    groups: dict[Span, list[_ImportError]] = {}
    order: list[Span] = []
    seen: set[Span] = set()
    for e in errors:
        if e.span in seen:
            continue  # several imports of one tree failing at the same segment
        seen.add(e.span)
        if e.code == "E0433":
            r.emit(
                Diagnostic.error(
                    e.message or f"failed to resolve: {e.label}", code="E0433"
                ).with_primary(e.span, e.label)
            )
            continue
        key = e.imp.root_span
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(e)
    for key in order:
        group = groups[key]
        paths = ", ".join(f"`{e.path}`" for e in group)
        msg = f"unresolved import{'s' if len(group) > 1 else ''} {paths}"
        d = Diagnostic.error(msg, code="E0432")
        for e in group:
            d.with_primary(e.span, e.label)
        for e in group:
            if e.suggestion is not None:
                parts, text = e.suggestion
                if not parts:
                    d.with_help(text)
                else:
                    d.with_suggestion(text, parts, Applicability.MAYBE_INCORRECT)
        r.emit(d)


def prelude_module(r: Resolver, std: CrateData, edition: int) -> Module | None:
    """`std::prelude::rust_20XX` (the user crate's prelude), if std declares it."""
    b = std.root.binding("prelude", TYPE_NS)
    if b is None or b.module is None:
        return None
    for name in (f"rust_{edition}", "rust_2021", "v1"):
        sub = b.module.binding(name, TYPE_NS)
        if sub is not None and sub.module is not None:
            return sub.module
    return None
