"""Where a name could be imported from: the search behind "consider importing this struct"
(rustc's `lookup_import_candidates`).

rustc walks every crate's module tree depth-first from its root (modules reached through
`use` re-exports after the others, each module once, not inside other crates' private
modules), and offers each item of the wanted name and kind with the path it was first
reached by (`crate::...` for the local crate, `std::...` for std); another crate's
`#[unstable]` items are never offered.

The walk does not depend on what is looked up, so it is done once per crate (`index`): for
every name, its bindings in walk order, each with the path that reaches it and the
visibilities along the way. A query (`lookup`) filters that list for the module asking.

Invariant: a crate is indexed only once its imports are resolved (its graph is final).
"""

from __future__ import annotations

from collections.abc import Callable

from ferric.base.nodeclass import dataclass
from ferric.expand.cfg import attr_name
from ferric.resolve.defs import DefId, DefKind, DefRes, Namespace, Res, Visibility
from ferric.resolve.module import Binding, Module, ModuleKind
from ferric.resolve.resolver import Resolver, res_descr


@dataclass(frozen=True, slots=True)
class Entry:
    module: Module
    segs: tuple[str, ...]
    """The path from the crate root to `module`."""
    name: str
    ns: Namespace
    binding: Binding
    chain: tuple[Visibility, ...]
    """The visibilities of the modules on the way, and of the binding itself."""
    via_import: bool


@dataclass(slots=True)
class Candidate:
    did: DefId | None
    descr: str
    path: list[str]
    accessible: bool
    via_import: bool


def _index(r: Resolver, root: Module, extern: bool) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    seen: set[int] = {id(root)}
    worklist: list[tuple[Module, tuple[str, ...], tuple[Visibility, ...]]] = [(root, (), ())]
    via_list: list[tuple[Module, tuple[str, ...], tuple[Visibility, ...]]] = []
    while worklist or via_list:
        module, segs, chain = worklist.pop() if worklist else via_list.pop()
        for (name, ns), res in list(module.resolutions.items()):
            b = res.binding
            if b is None or name == "_" or ns is Namespace.MACRO:
                continue
            if extern and not b.vis.public:
                continue
            via_import = b.is_import and not b.is_extern_crate
            if isinstance(b.res, DefRes) and b.res.kind in (
                DefKind.ASSOC_FN,
                DefKind.ASSOC_CONST,
                DefKind.ASSOC_TY,
            ):
                continue
            if via_import and _is_variant(r, b.res):
                continue
            if extern and isinstance(b.res, DefRes) and _is_unstable(r, b.res.def_id):
                continue
            sub_chain = (*chain, b.vis)
            out.setdefault(name, []).append(Entry(module, segs, name, ns, b, sub_chain, via_import))
            m = b.module
            if (
                m is not None
                and m.kind is not ModuleKind.TRAIT
                and not b.is_extern_crate
                and id(m) not in seen
            ):
                seen.add(id(m))
                (via_list if via_import else worklist).append((m, (*segs, name), sub_chain))
    return out


def _is_unstable(r: Resolver, def_id: DefId) -> bool:
    """An `#[unstable]` item of another crate: rustc never suggests importing it."""
    return any(attr_name(a) == "unstable" for a in r.defs[def_id].attrs)  # type: ignore[arg-type]


def _is_variant(r: Resolver, res: Res) -> bool:
    if not isinstance(res, DefRes):
        return False
    if res.kind is DefKind.VARIANT:
        return True
    if res.kind is DefKind.CTOR:
        of = r.defs[res.def_id].ctor_of
        return of is not None and r.defs.kind(of) is DefKind.VARIANT
    return False


def index(r: Resolver, root: Module, extern: bool) -> dict[str, list[object]]:
    cache = r.candidate_index
    key = (id(root), extern)
    got = cache.get(key)
    if got is None:
        got = {k: list[object](v) for k, v in _index(r, root, extern).items()}
        cache[key] = got
    return got


def lookup(
    r: Resolver,
    root: Module,
    crate_path: list[str],
    name: str,
    ns: Namespace,
    filt: Callable[[Res], bool],
    here: Module,
) -> list[Candidate]:
    """The import candidates for `name` in `ns` under `root`, seen from `here`."""
    extern = root.crate != here.crate
    candidates: list[Candidate] = []
    for e in index(r, root, extern).get(name, ()):
        assert isinstance(e, Entry)
        if e.ns is not ns or e.module is here:
            continue
        b = e.binding
        if not filt(b.res):
            continue
        if (
            b.source is not None
            and r.is_accessible_from(b.source.vis, here)
            and not r.is_accessible_from(b.vis, here)
        ):
            continue
        accessible = all(r.is_accessible_from(v, here) for v in e.chain)
        did: DefId | None = None
        if isinstance(b.res, DefRes):
            did = b.res.def_id
            if b.res.kind is DefKind.CTOR:
                did = r.defs[did].ctor_of or did
        if accessible:
            candidates = [c for c in candidates if not (c.did == did and not c.accessible)]
        if all(c.did != did for c in candidates):
            candidates.append(
                Candidate(
                    did,
                    res_descr(r.defs, b.res),
                    [*crate_path, *e.segs, name],
                    accessible,
                    e.via_import,
                )
            )
    if any(c.accessible for c in candidates):
        candidates = [c for c in candidates if c.accessible]
    return candidates
