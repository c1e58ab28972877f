"""Which macro a macro path names (rustc's macro resolution, simplified but faithful for
normal programs).

A single-segment name `m!` is looked up, in order, in:
1. the textual scope of `macro_rules!` definitions (`MacroScope`): a definition is visible
   after itself in its module and that module's children, and after the module too when
   the module is `#[macro_use]`;
2. the `#[macro_use]` prelude: the `#[macro_export]` macros of std (for crates other than
   std), which is how `println!` works everywhere, and those of crates imported with
   `#[macro_use] extern crate name;`;
3. the built-in macros (`ferric.expand.builtin.BUILTIN_MACROS`), std's prelude.

A path `a::m!` names an exported macro of a crate: `crate::m!`/`self::m!` (this crate),
`$crate::m!` (the crate whose macro made the `$crate` token: its syntax context's
`ExpnData.crate`), `std::m!`/`core::m!`/`alloc::m!` (std, whose built-ins are found there
too), `calc::m!` (the exported macros of another user crate in the extern prelude:
`ExpandCtx.extern_macros`). A `macro_rules!` marked `#[rustc_builtin_macro]` (std declares its built-ins that
way, as real core does) resolves to the built-in of that name when one exists.

Errors are rustc's: "cannot find macro `m` in this scope" (reported after expansion, with
its similar-name suggestion or `#[macro_use]`/"appears later" hints) and E0433 for paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.expand.base import BuiltinMacro
from ferric.expand.macro_rules import MacroRules, def_head_span
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess

STD_NAMES = frozenset({"std", "core", "alloc"})


def builtin_macros() -> dict[str, BuiltinMacro]:
    """The built-in macro registry, tolerating its absence while it is being written."""
    try:
        from ferric.expand.builtin import BUILTIN_MACROS
    except ImportError:  # pragma: no cover - only while the registry does not exist
        return {}
    return BUILTIN_MACROS


@dataclass(frozen=True, slots=True)
class MacroScope:
    """The textual scope of `macro_rules!` definitions: a persistent list, newest first."""

    name: str
    mac: MacroRules
    parent: MacroScope | None

    def lookup(self, name: str) -> MacroRules | None:
        s: MacroScope | None = self
        while s is not None:
            if s.name == name:
                return s.mac
            s = s.parent
        return None

    def names(self) -> list[str]:
        out: list[str] = []
        s: MacroScope | None = self
        while s is not None:
            if s.name not in out:
                out.append(s.name)
            s = s.parent
        return out


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str
    """The macro's name (as `ExpnData.macro_name`)."""
    rules: MacroRules | None
    builtin: BuiltinMacro | None
    crate: str
    def_site: Span


@dataclass(slots=True)
class Unresolved:
    """A single-segment macro name not found (reported after expansion)."""

    name: str
    span: Span
    module: tuple[str, ...]
    candidates: list[tuple[str, MacroRules | None]]


@dataclass(slots=True)
class MacroTable:
    """Everything macro resolution needs besides the textual scope."""

    crate: str
    exports: dict[str, dict[str, MacroRules]] = field(default_factory=dict)
    """`#[macro_export]` macros by crate name ("std", and the crate being expanded)."""
    definitions: list[tuple[MacroRules, tuple[str, ...]]] = field(default_factory=list)
    """Every `macro_rules!` of this crate seen so far, with its module (for hints)."""
    module_macros: dict[tuple[str, ...], dict[str, Resolved]] = field(default_factory=dict)
    """Macros brought into a module's namespace by `use` (`pub(crate) use m;`,
    `use std::pin::pin;`), by module path below the crate root."""
    std_modules: dict[tuple[str, ...], dict[str, MacroRules]] = field(default_factory=dict)
    """std's macros re-exported in its modules (`std::pin::pin!`, `std::ptr::addr_of!`)."""
    modules: set[tuple[str, ...]] = field(default_factory=lambda: {()})
    """The modules of this crate seen so far."""
    first_items: dict[tuple[str, ...], Span] = field(default_factory=dict)
    """Where each module's first item starts (where a `use` suggestion goes)."""
    extern_crates: frozenset[str] = frozenset()
    """The other user crates in the extern prelude (their macros are in `exports`)."""
    macro_use: dict[str, MacroRules] = field(default_factory=dict)
    """Exported macros of crates imported with `#[macro_use] extern crate`."""

    def modules_named(self, module: tuple[str, ...]) -> set[str]:
        """Names of the child modules of `module` seen so far."""
        n = len(module)
        return {m[n] for m in self.modules if len(m) == n + 1 and m[:n] == module}

    def local_exports(self) -> dict[str, MacroRules]:
        return self.exports.setdefault(self.crate, {})

    def prelude(self) -> dict[str, MacroRules]:
        """The `#[macro_use]` prelude: std's exported macros (empty inside std itself)."""
        if self.crate == "std":
            return {}
        std = self.exports.get("std", {})
        return {**std, **self.macro_use} if self.macro_use else std


def _from_rules(mac: MacroRules) -> Resolved:
    if mac.builtin_name is not None:
        b = builtin_macros().get(mac.builtin_name)
        if b is not None:
            return Resolved(mac.name, None, b, mac.crate, DUMMY_SP)
    return Resolved(mac.name, mac, None, mac.crate, mac.span)


def _builtin(name: str, crate: str = "std") -> Resolved | None:
    b = builtin_macros().get(name)
    return Resolved(name, None, b, crate, DUMMY_SP) if b is not None else None


def _single(
    table: MacroTable, scope: MacroScope | None, module: tuple[str, ...], name: str
) -> Resolved | None:
    if scope is not None:
        mac = scope.lookup(name)
        if mac is not None:
            return _from_rules(mac)
    res = _in_module(table, module, name)
    if res is not None:
        return res
    mac = table.prelude().get(name)
    if mac is not None:
        return _from_rules(mac)
    return _builtin(name)


def _in_module(table: MacroTable, module: tuple[str, ...], name: str) -> Resolved | None:
    """`name` in the macro namespace of `module` of this crate (its `use`s; at the root,
    also the `#[macro_export]` macros)."""
    res = table.module_macros.get(module, {}).get(name)
    if res is not None:
        return res
    if not module:
        mac = table.local_exports().get(name)
        if mac is not None:
            return _from_rules(mac)
    return None


def _target(
    psess: ParseSess, table: MacroTable, module: tuple[str, ...], path: ast.Path
) -> tuple[str, tuple[str, ...] | None] | str:
    """Where the prefix of a multi-segment macro path leads: (crate, module path in this
    crate or None for another crate), or the name of an unknown first segment."""
    segs = [s.ident.name for s in path.segments[:-1]]
    first = path.segments[0].ident
    if first.name == "$crate":
        data = psess.hygiene.data(first.span.ctxt)
        crate = data.crate if data is not None else table.crate
        return (crate, tuple(segs[1:])) if crate == table.crate else (crate, None)
    if first.name in STD_NAMES and (
        path.is_global or first.name not in table.modules_named(module)
    ):
        return ("std", None) if table.crate != "std" else ("std", tuple(segs[1:]))
    if first.name in table.extern_crates and (
        path.is_global or first.name not in table.modules_named(module)
    ):
        return (first.name, None)
    if path.is_global:
        return first.name
    cur = module
    rest = segs
    if rest[0] == "crate":
        cur, rest = (), rest[1:]
    while rest and rest[0] in ("self", "super"):
        if rest[0] == "super":
            cur = cur[:-1]
        rest = rest[1:]
    target = (*cur, *rest)
    if rest and target not in table.modules and segs[0] not in ("crate", "self", "super"):
        return first.name
    return (table.crate, target)


def resolve_quiet(
    psess: ParseSess,
    table: MacroTable,
    scope: MacroScope | None,
    module: tuple[str, ...],
    path: ast.Path,
) -> Resolved | None:
    """The macro `path` names, or None (no diagnostics): for `use` items."""
    name = path.segments[-1].ident.name
    if len(path.segments) == 1 and not path.is_global:
        return _single(table, scope, module, name)
    target = _target(psess, table, module, path)
    if isinstance(target, str):
        return None
    crate, mod = target
    if mod is not None:
        return _in_module(table, mod, name)
    if crate == "std" and path.segments[0].ident.name in STD_NAMES:
        sub = tuple(s.ident.name for s in path.segments[1:-1])
        if sub:
            mac = table.std_modules.get(sub, {}).get(name)
            if mac is not None:
                return _from_rules(mac)
    mac = table.exports.get(crate, {}).get(name)
    if mac is not None:
        return _from_rules(mac)
    return _builtin(name) if crate == "std" else None


def resolve_macro_path(
    psess: ParseSess,
    table: MacroTable,
    scope: MacroScope | None,
    path: ast.Path,
    module: tuple[str, ...] = (),
) -> Resolved | Unresolved | None:
    """The macro `path` names, seen from `module`; `Unresolved` for an unknown single name
    (to report later); None when an error about the path was emitted now."""
    segs = path.segments
    last = segs[-1].ident
    if len(segs) == 1 and not path.is_global:
        res = _single(table, scope, module, last.name)
        return res if res is not None else Unresolved(last.name, last.span, module, [])
    res = resolve_quiet(psess, table, scope, module, path)
    if res is not None:
        return res
    target = _target(psess, table, module, path)
    if isinstance(target, str):
        first = segs[0].ident
        d = Diagnostic.error(
            f"cannot find module or crate `{first.name}` in this scope", first.span, "E0433"
        )
        d.with_primary(first.span, f"use of unresolved module or unlinked crate `{first.name}`")
        psess.dcx.emit(d)
        return None
    parent = segs[-2].ident.name
    _, mod = target
    if (
        parent in ("crate", "$crate")
        or (parent == "self" and mod == ())
        or (parent == "super" and mod == ())
    ):
        where = "the crate root"
    elif mod is None or parent in STD_NAMES:
        where = f"`{parent}`"
    else:
        where = f"module `{parent}`"
    d = Diagnostic.error(f"cannot find `{last.name}` in `{parent}`", last.span, "E0433")
    d.with_primary(last.span, f"could not find `{last.name}` in {where}")
    psess.dcx.emit(d)
    return None


def use_leaves(
    tree: ast.UseTree, prefix: tuple[ast.PathSegment, ...] = ()
) -> list[tuple[ast.Path, str | None]]:
    """The paths a `use` tree imports, with the name each is bound to (None for a glob)."""
    segs = prefix + tree.prefix.segments
    path = ast.Path(segments=segs, is_global=tree.prefix.is_global, span=tree.prefix.span)
    if tree.kind == "glob":
        return [(path, None)] if segs else []
    if tree.kind == "nested":
        out: list[tuple[ast.Path, str | None]] = []
        for sub in tree.nested:
            out.extend(use_leaves(sub, segs))
        return out
    if not segs:
        return []
    name = tree.rename.name if tree.rename is not None else segs[-1].ident.name
    if name in ("self", "_"):
        return []
    return [(path, name)]


def visible_candidates(
    table: MacroTable, scope: MacroScope | None
) -> list[tuple[str, MacroRules | None]]:
    """Names a single-segment macro could have meant, in rustc's preference order."""
    out: list[tuple[str, MacroRules | None]] = []
    seen: set[str] = set()
    if scope is not None:
        for name in scope.names():
            mac = scope.lookup(name)
            seen.add(name)
            out.append((name, mac))
    prelude = table.prelude()
    for name in sorted(prelude):
        if name not in seen and not prelude[name].hidden:
            seen.add(name)
            out.append((name, prelude[name]))
    for name in sorted(builtin_macros()):
        if name not in seen and not name.startswith(("format_args_nl", "const_format_args")):
            seen.add(name)
            out.append((name, None))
    return out


def report_unresolved(psess: ParseSess, table: MacroTable, u: Unresolved) -> None:
    """rustc's "cannot find macro `m` in this scope" with its hints."""
    d = Diagnostic.error(f"cannot find macro `{u.name}` in this scope", u.span)
    later = [(m, mod) for m, mod in table.definitions if m.name == u.name]
    same_file_later = [
        m
        for m, mod in later
        if mod == u.module[: len(mod)]
        and m.name_span.lo > u.span.lo
        and _same_file(psess, m.name_span, u.span)
    ]
    if same_file_later:
        d.with_primary(u.span, f"consider moving the definition of `{u.name}` before this call")
        d.with_note(
            "a macro with the same name exists, but it appears later", same_file_later[0].name_span
        )
        psess.dcx.emit(d)
        return
    if later:
        d.with_help("have you added the `#[macro_use]` on the module/import?")
        first = table.first_items.get(u.module)
        if u.name in table.local_exports() and u.module and first is not None:
            indent, line_start = _indent_of(psess, first)
            d.with_suggestion(
                "consider importing this macro through its public re-export",
                [(Span(line_start, line_start, 0), f"{indent}use crate::{u.name};\n")],
                Applicability.MAYBE_INCORRECT,
            )
        psess.dcx.emit(d)
        return
    best = find_best_match_for_name([n for n, _ in u.candidates], u.name)
    if best is not None:
        mac = dict(u.candidates).get(best)
        if mac is not None and mac.crate == table.crate:
            d.with_label(
                def_head_span(psess, mac.span), f"similarly named macro `{best}` defined here"
            )
        elif mac is not None:
            # (another crate's macro: its `def_span`, as for a local one)
            d.with_note(f"similarly named macro `{best}` defined here", def_head_span(psess, mac.span))
        d.with_suggestion(
            "a macro with a similar name exists", [(u.span, best)], Applicability.MAYBE_INCORRECT
        )
    psess.dcx.emit(d)


def _indent_of(psess: ParseSess, sp: Span) -> tuple[str, int]:
    """The indentation of the line `sp` starts on, and where that line starts."""
    loc = psess.source_map.lookup(sp.lo)
    if loc is None:
        return "", sp.lo
    line = loc.file.line_text(loc.line)
    return line[: len(line) - len(line.lstrip())], loc.file.line_start_pos(loc.line)


def _same_file(psess: ParseSess, a: Span, b: Span) -> bool:
    fa = psess.source_map.lookup_file(a.lo)
    return fa is not None and fa is psess.source_map.lookup_file(b.lo)


def find_best_match_for_name(
    candidates: Iterable[str], lookup: str, dist: int | None = None
) -> str | None:
    """rustc's `find_best_match_for_name`: a case-insensitive match, else the closest by edit
    distance within a third of the length, else one with the same words sorted."""
    cands = list(candidates)
    upper = lookup.upper()
    for c in cands:
        if c.upper() == upper:
            return c
    limit = dist if dist is not None else max(len(lookup), 3) // 3
    best: str | None = None
    for c in cands:
        d = edit_distance(lookup, c, limit)
        if d is None:
            continue
        if d == 0:
            return c
        limit = d - 1
        best = c
    if best is not None:
        return best
    words = sorted(lookup.split("_"))
    for c in cands:
        if sorted(c.split("_")) == words:
            return c
    return None


def edit_distance(a: str, b: str, limit: int) -> int | None:
    """Restricted Damerau-Levenshtein distance, None when it exceeds `limit`."""
    n, m = len(a), len(b)
    if abs(n - m) > limit:
        return None
    prev2: list[int] = []
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[m] if prev[m] <= limit else None
