"""ferric's std as the expander needs it: its exported macros (cheap) and the whole expanded
crate (`load_std`), each computed once per process and shared by every session.

Sharing across sessions works because nothing of std depends on the session it is put in:
- every std file has a fixed position in every source map (`STD_POS_BASE` + a slot per
  file, by sorted path), so spans in cached AST and macros are valid everywhere; a session
  gets the same `SourceFile` objects (`add_existing`);
- std's node ids count from `STD_ID_BASE`, its syntax contexts from `STD_CTXT_BASE`
  (`HygieneData.base`), far above a user session's; installing std imports its contexts
  (`HygieneData.imported`), whatever the session made before.

`std_macro_exports(psess, cfg)`: std's `#[macro_export]` macros, which user crates see
through the `#[macro_use]` prelude. Only the std files that declare exported macros are
parsed (today `macros.rs`; a few milliseconds), and nothing is expanded: this is all
`ferric check` needs of std for expansion.

`load_std(psess, cfg)`: the expanded std crate (crate name "std"), for the stages that read
std's items. Building it parses and expands all of std (seconds as std grows: the macro-
generated impls dominate); it is cached in the process, keyed by `CfgOptions`. std's own
diagnostics stay in the cache (`std_diagnostics`), never in a user session.
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import field
from functools import cache

from ferric.base.hygiene import ExpnData, HygieneData
from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import CfgOptions, ExpandCtx
from ferric.expand.cfg import attr_name, process_attrs
from ferric.expand.macro_rules import MacroRules
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate

STD_POS_BASE = 1 << 40
"""Where std's files start in every source map."""
STD_FILE_SLOT = 1 << 26
"""Positions reserved per std file (64M chars)."""
STD_ID_BASE = 1 << 40
"""std's node ids count from here."""
STD_CTXT_BASE = 1 << 30
"""std's syntax contexts count from here."""


def is_std_span(span: Span) -> bool:
    """The span lies in one of std's files (another crate's code, for diagnostics)."""
    return span.lo >= STD_POS_BASE


def std_dir() -> str:
    """std's source directory, `ferric/library/std` (found from this file: asking
    `importlib.resources`, or importing `ferric.library` and its `pathlib`, would cost
    every command 8 ms of imports to say the same)."""
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "library", "std")


def std_root_path() -> str:
    """The path of std's `lib.rs` inside the installed package."""
    return os.path.join(std_dir(), "lib.rs")


@cache
def std_paths() -> tuple[str, ...]:
    root = std_dir()
    out: list[str] = []
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith(".rs"):
                out.append(os.path.normpath(os.path.join(dirpath, n)))
    return tuple(sorted(out))


_std_paths = std_paths  # the names other modules knew these by


_FILES: dict[str, SourceFile] = {}


def std_source(path: str) -> SourceFile | None:
    """The process-wide `SourceFile` of a std file (at its fixed position), or None when
    `path` is not one of std's files."""
    key = os.path.normpath(path)
    sf = _FILES.get(key)
    if sf is not None:
        return sf
    paths = std_paths()
    if key not in paths:
        return None
    try:
        with open(key, encoding="utf-8") as f:
            text = f.read().replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError):
        return None
    sf = SourceFile(key, text, STD_POS_BASE + paths.index(key) * STD_FILE_SLOT, shows_source=False)
    _FILES[key] = sf
    return sf


_std_source = std_source


def std_source_for(psess: ParseSess, path: str) -> SourceFile | None:
    """`modules.SourceProvider` for std's files: the shared file, put in `psess`."""
    sf = std_source(path)
    if sf is not None and psess.source_map.lookup_file(sf.start_pos) is not sf:
        psess.source_map.add_existing(sf)
    return sf


def _private_session() -> ParseSess:
    return ParseSess(
        edition=2021, ids=itertools.count(STD_ID_BASE), hygiene=HygieneData(base=STD_CTXT_BASE)
    )


# =================================================================================================
# Exported macros
# =================================================================================================


@dataclass(slots=True)
class StdMacros:
    exports: dict[str, MacroRules]
    files: list[SourceFile]
    diagnostics: list[Diagnostic]
    modules: dict[tuple[str, ...], dict[str, MacroRules]] = field(default_factory=dict)
    """Exported macros re-exported under a module path (`pub use crate::__pin as pin;` in
    `pin.rs` makes `std::pin::pin!`), by module path below the crate root."""


_MACROS: dict[CfgOptions, StdMacros] = {}


def _build_macros(cfg: CfgOptions) -> StdMacros:
    from ferric.expand.expander import compile_definition

    psess = _private_session()
    exports: dict[str, MacroRules] = {}
    files: list[SourceFile] = []
    for path in std_paths():
        sf = std_source(path)
        if sf is None or "macro_export" not in sf.text:
            continue
        std_source_for(psess, path)
        files.append(sf)
        krate = parse_crate(psess, sf)
        work: list[ast.Item] = list(reversed(krate.items))
        while work:
            item = work.pop()
            attrs, keep = process_attrs(psess, cfg, item.attrs)
            if not keep:
                continue
            if isinstance(item, ast.MacroRulesItem) and any(
                attr_name(a) == "macro_export" for a in attrs
            ):
                exports.setdefault(item.ident.name, compile_definition(psess, item, "std"))
            elif isinstance(item, ast.ModItem) and item.items is not None:
                work.extend(reversed(item.items))
    return StdMacros(exports, files, list(psess.dcx.diagnostics), _macro_reexports(exports))


_REEXPORT = re.compile(r"^pub use crate::(\w+)(?: as (\w+))?;", re.MULTILINE)


def _macro_reexports(exports: dict[str, MacroRules]) -> dict[tuple[str, ...], dict[str, MacroRules]]:
    """std's `pub use crate::m as name;` re-exports of exported macros, by the module of
    the file they are written in (std writes them at a file's top level)."""
    out: dict[tuple[str, ...], dict[str, MacroRules]] = {}
    root = std_dir()
    for path in std_paths():
        sf = std_source(path)
        if sf is None or "pub use crate::" not in sf.text:
            continue
        for m in _REEXPORT.finditer(sf.text):
            mac = exports.get(m.group(1))
            if mac is None:
                continue
            parts = os.path.relpath(path, root)[: -len(".rs")].split(os.sep)
            if parts[-1] in ("mod", "lib"):
                parts = parts[:-1]
            out.setdefault(tuple(parts), {})[m.group(2) or m.group(1)] = mac
    return out


def std_macros(cfg: CfgOptions) -> StdMacros:
    """std's exported macros for `cfg`, built on first use in the process."""
    macros = _MACROS.get(cfg)
    if macros is None:
        macros = _MACROS[cfg] = _build_macros(cfg)
    return macros


def has_std_macros(cfg: CfgOptions) -> bool:
    """The process has std's macros for `cfg` already (built or installed)."""
    return cfg in _MACROS


def install_std_macros(cfg: CfgOptions, macros: StdMacros) -> None:
    """Use `macros` as std's exported macros for `cfg` in this process (what
    `_build_macros` would make, read back from a cache: `ferric.metadata.macros`)."""
    _MACROS[cfg] = macros


def std_macro_exports(psess: ParseSess, cfg: CfgOptions) -> dict[str, MacroRules]:
    """std's `#[macro_export]` macros, with their files put in `psess`."""
    macros = std_macros(cfg)
    for sf in macros.files:
        std_source_for(psess, sf.name)
    return macros.exports


def std_macro_modules(cfg: CfgOptions) -> dict[tuple[str, ...], dict[str, MacroRules]]:
    """std's macros re-exported in its modules (after `std_macro_exports`)."""
    macros = _MACROS.get(cfg)
    return macros.modules if macros is not None else {}


# =================================================================================================
# The expanded crate
# =================================================================================================


@dataclass(slots=True)
class StdCrate:
    crate: ast.Crate
    exports: dict[str, MacroRules]
    files: list[SourceFile]
    expns: dict[int, ExpnData]
    diagnostics: list[Diagnostic]


_CRATES: dict[CfgOptions, StdCrate] = {}


def _build_crate(cfg: CfgOptions) -> StdCrate:
    from ferric.expand.expander import expand_crate_with_table

    psess = _private_session()
    root = std_root_path()
    sf = std_source_for(psess, root)
    if sf is None:
        sf = psess.source_map.add_file(root, "")
    krate = parse_crate(psess, sf)
    ctx = ExpandCtx(psess, "std", cfg, root)
    krate, table = expand_crate_with_table(ctx, krate, std_source_for)
    files = [f for f in psess.source_map.files if f.start_pos >= STD_POS_BASE]
    return StdCrate(
        krate,
        dict(table.local_exports()),
        files,
        psess.hygiene.exported(),
        list(psess.dcx.diagnostics),
    )


def install_std(psess: ParseSess, cfg: CfgOptions) -> StdCrate:
    """The expanded std, its files and syntax contexts put in `psess`."""
    std = _CRATES.get(cfg)
    if std is None:
        std = _CRATES[cfg] = _build_crate(cfg)
    for sf in std.files:
        std_source_for(psess, sf.name)
    psess.hygiene.imported.update(std.expns)
    return std


def load_std(psess: ParseSess, cfg: CfgOptions) -> ast.Crate:
    """The expanded std crate (installed into `psess`)."""
    return install_std(psess, cfg).crate


def std_diagnostics(cfg: CfgOptions | None = None) -> list[Diagnostic]:
    """What reading std's macros and expanding std reported (std should be clean)."""
    cfg = cfg or CfgOptions()
    out: list[Diagnostic] = []
    if cfg in _MACROS:
        out += _MACROS[cfg].diagnostics
    if cfg in _CRATES:
        out += _CRATES[cfg].diagnostics
    return out
