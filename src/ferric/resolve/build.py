"""Adding a crate to the resolver: its root module, preludes, definitions and imports.

`add_crate(r, num, name, krate, edition, std=...)` is early resolution for one expanded
crate: the root module (DefId, `Module`), the extern prelude (`std`, `core` and `alloc` all
name ferric's one std crate), the std prelude (`std::prelude::rust_20XX` for user crates;
std itself uses the module its `#[prelude_import] use ...::*;` names, if any), then
`Collector` and `resolve_imports`. The std crate is added first (CrateNum 1), then the user
crates the compiled one depends on (CrateNum 2, ...; `hir.lower.ExternCrate`), each seeing
its own dependencies in its extern prelude, then the compiled crate (CrateNum 0), which
sees the finished graphs of the others and never changes them.
"""

from __future__ import annotations

from ferric.base.span import DUMMY_SP
from ferric.resolve.collect import Collector, has_attr
from ferric.resolve.defs import PUBLIC, CrateNum, DefData, DefKind
from ferric.resolve.imports import prelude_module, resolve_imports
from ferric.resolve.module import Binding, ModuleKind
from ferric.resolve.resolver import CrateData, Resolver
from ferric.syntax import ast

STD_NAMES = ("std", "core", "alloc")


def add_crate(
    r: Resolver,
    num: CrateNum,
    name: str,
    krate: ast.Crate,
    edition: int,
    *,
    std: CrateData | None,
    externs: dict[str, CrateData] | None = None,
) -> CrateData:
    """Collect `krate` and resolve its imports; `std` is None when `krate` is std itself.
    `externs` are the other crates it depends on, by the name it knows them by (rustc's
    `--extern`): they join its extern prelude."""
    is_std = std is None
    root_def = r.defs.add(
        DefData(DefKind.MOD, name, None, num, krate.span, PUBLIC, krate, attrs=krate.attrs)
    )
    root = r.new_module(ModuleKind.MOD, root_def, name, None, num, krate.span)
    crate = CrateData(num, name, root, edition, is_std)
    r.crates[num] = crate
    std_root = root if std is None else std.root
    for n in STD_NAMES:
        crate.extern_prelude[n] = Binding(
            std_root.res, PUBLIC, DUMMY_SP, module=std_root, is_extern_crate=True
        )
    for n, dep in (externs or {}).items():
        crate.extern_prelude[n] = Binding(
            dep.root.res, PUBLIC, DUMMY_SP, module=dep.root, is_extern_crate=True
        )
    if (
        std is not None
        and not has_attr(krate.attrs, "no_std")
        and not has_attr(krate.attrs, "no_implicit_prelude")
    ):
        crate.prelude = prelude_module(r, std, edition)
    Collector(r, crate).collect_crate(krate)
    resolve_imports(r, crate, crate.imports)
    crate.imports_done = True
    return crate
