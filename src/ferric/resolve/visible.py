"""How another crate's items are named in diagnostics: which names are unique (rustc's
`trimmed_def_paths`) and by which public path each item is reached (its
`visible_parent_map`). Both walk the crate's public module graph from its root, re-exports
included, so they see the names a user of the crate sees, not where items are defined:
`std::ops::Range` (defined in the private `ops::range`), and `Weak` twice (`std::rc::Weak`,
`std::sync::Weak`, re-exported from the private `sync::arc`), hence never trimmed.

- `trimmed_counts`: (namespace, name) → how many distinct definitions are public children
  of a publicly reachable module, enum or trait under that name (rustc's `for_each_def`:
  type aliases and associated types are not counted). A name counted once may print alone.
  ferric's one std crate is core, alloc and std together, so it has public modules of core
  that std does not re-export (rustc walks std only): those are marked `#[doc(hidden)]`, as
  core marks them, and not walked (`panicking`: its `AssertKind::Eq` would count `Eq` twice).
- `visible_paths`: DefId → `std::ops::Range`, the path through the first module (breadth
  first, children in definition order) that has the item as a public child under a name
  other than `_`.

Input → output: a resolved crate's root `Module` → the two tables (computed once, with std's
snapshot, and kept in its metadata).
Invariant: the crate's imports are resolved (its module graph is final).
"""

from __future__ import annotations

from collections import deque

from ferric.expand.cfg import attr_name
from ferric.resolve.defs import DefId, DefKind, DefRes, DefTable
from ferric.resolve.module import Module, ModuleKind
from ferric.syntax import ast
from ferric.syntax.token_printer import print_tokens

_UNCOUNTED = frozenset({DefKind.TY_ALIAS, DefKind.ASSOC_TY})


def _public_children(module: Module) -> list[tuple[str, str, DefRes, Module | None]]:
    out: list[tuple[str, str, DefRes, Module | None]] = []
    for (name, ns), res in module.resolutions.items():
        b = res.binding
        if b is None or not b.vis.public or b.is_extern_crate or not isinstance(b.res, DefRes):
            continue
        m = b.module
        out.append((name, ns.value, b.res, m if m is not None and m.kind is not ModuleKind.BLOCK else None))
    return out


def _doc_hidden(defs: DefTable, def_id: DefId) -> bool:
    for a in defs[def_id].attrs:
        if (
            isinstance(a, ast.Attribute)
            and isinstance(a.kind, ast.NormalAttr)
            and attr_name(a) == "doc"
            and isinstance(a.kind.args, ast.DelimArgs)
            and print_tokens(a.kind.args.tokens).replace(" ", "") == "hidden"
        ):
            return True
    return False


def trimmed_counts(root: Module, defs: DefTable) -> dict[tuple[str, str], int]:
    """(namespace, name) → the number of distinct definitions publicly reachable under it."""
    found: dict[tuple[str, str], set[DefId]] = {}
    seen: set[int] = {id(root)}
    stack = [root]
    while stack:
        module = stack.pop()
        for name, ns, res, m in _public_children(module):
            if res.kind in _UNCOUNTED:
                continue
            found.setdefault((ns, name), set()).add(res.def_id)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                if m.kind is ModuleKind.MOD and _doc_hidden(defs, m.def_id):
                    continue
                stack.append(m)
    return {k: len(v) for k, v in found.items()}


def visible_paths(root: Module, crate_name: str, defs: DefTable) -> dict[DefId, str]:
    """Each publicly reachable item's path by its visible parents (`std::ops::Range`);
    `#[doc(hidden)]` modules are not walked (rustc takes them as parents only when no other
    path exists)."""
    parent: dict[DefId, tuple[DefId | None, str]] = {root.def_id: (None, crate_name)}
    queue = deque([root])
    while queue:
        module = queue.popleft()
        for name, _, res, m in _public_children(module):
            if name == "_" or res.def_id in parent:
                continue
            parent[res.def_id] = (module.def_id, name)
            if m is not None and not (m.kind is ModuleKind.MOD and _doc_hidden(defs, m.def_id)):
                queue.append(m)
    out: dict[DefId, str] = {}
    for def_id in parent:
        parts: list[str] = []
        cur: DefId | None = def_id
        while cur is not None:
            up, name = parent[cur]
            parts.append(name)
            cur = up
        out[def_id] = "::".join(reversed(parts))
    return out
