"""Loading `mod name;` from files, by rustc's rules (`rustc_expand::module`).

Every module has a directory where its `mod name;` children are looked up (`ModuleDir`):
- the crate root (and any `mod.rs` file, and any file loaded through `#[path]`) owns its
  own directory: `mod a;` is `dir/a.rs` or `dir/a/mod.rs`;
- a "non-mod-rs" file `dir/a.rs` looks in `dir/a/`: `mod b;` is `dir/a/b.rs` or
  `dir/a/b/mod.rs` (`relative` remembers the `a`);
- an inline `mod m { mod b; }` adds `m/` (after `a/` in a non-mod-rs file);
- `#[path = "p"]` names the file (or, on an inline module, the directory) relative to the
  current module's directory.

Errors are rustc's: E0583 "file not found for module `x`" (with the two paths it tried),
E0761 when both exist, "couldn't read `p`: ..." for an unreadable `#[path]` file, and
"circular modules". A loaded file is added to the session's source map and parsed with the
same session; the expander then cfg-strips and expands its items like inline ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.cfg import attr_name
from ferric.lexer.literal import str_value
from ferric.lexer.token import LitKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate


@dataclass(frozen=True, slots=True)
class ModuleDir:
    dir_path: str
    """The directory `mod x;` children are looked up in (before `relative`)."""
    relative: str | None = None
    """For a non-mod-rs file `a.rs`: `a` (children live in `a/`)."""


def root_dir(root_file: str) -> ModuleDir:
    return ModuleDir(os.path.dirname(root_file))


def _join(*parts: str) -> str:
    parts_ = [p for p in parts if p]
    return os.path.join(*parts_) if parts_ else ""


def path_attr(item: ast.Item) -> tuple[str, Span] | None:
    """The value of `#[path = "..."]` on `item`, if any."""
    for a in item.attrs:
        if attr_name(a) != "path":
            continue
        kind = a.kind
        assert isinstance(kind, ast.NormalAttr)
        args = kind.args
        if (
            isinstance(args, ast.AttrEq)
            and isinstance(args.expr, ast.LitExpr)
            and args.expr.lit.kind in (LitKind.STR, LitKind.STR_RAW)
        ):
            return str_value(args.expr.lit), a.span
    return None


def inline_dir(parent: ModuleDir, item: ast.ModItem) -> ModuleDir:
    """The directory of an inline `mod name { ... }`."""
    p = path_attr(item)
    if p is not None:
        return ModuleDir(_join(parent.dir_path, p[0]))
    base = _join(parent.dir_path, parent.relative or "")
    return ModuleDir(_join(base, item.ident.name))


@dataclass(slots=True)
class LoadedModule:
    item: ast.ModItem
    dir: ModuleDir
    file: str


SourceProvider = Callable[[ParseSess, str], SourceFile | None]
"""Gives the (already read) source file for a path, in the session's source map, or None
to read it normally (std's files come from a process-wide cache this way)."""


def load_mod_file(
    psess: ParseSess,
    parent: ModuleDir,
    item: ast.ModItem,
    loading: list[str],
    source_for: SourceProvider | None = None,
) -> LoadedModule | None:
    """Find, read and parse the file of `mod name;` (errors emitted; None on failure).
    `loading` holds the files being loaded, the crate root first, as their paths are shown."""
    name = item.ident.name
    p = path_attr(item)
    if p is not None:
        file_path = _join(parent.dir_path, p[0])
        new_dir = ModuleDir(os.path.dirname(file_path))
        if not _readable_file(file_path):
            err = _read_error(file_path)
            psess.dcx.emit(Diagnostic.error(f"couldn't read `{file_path}`: {err}", item.span))
            return None
    else:
        prefix = f"{parent.relative}{os.sep}" if parent.relative else ""
        default_path = _join(parent.dir_path, f"{prefix}{name}.rs")
        secondary_path = _join(parent.dir_path, f"{prefix}{name}{os.sep}mod.rs")
        default_exists = os.path.isfile(default_path)
        secondary_exists = os.path.isfile(secondary_path)
        if default_exists and secondary_exists:
            d = Diagnostic.error(
                f'file for module `{name}` found at both "{default_path}" and "{secondary_path}"',
                item.span,
                "E0761",
            )
            d.with_help("delete or rename one of them to remove the ambiguity")
            psess.dcx.emit(d)
            return None
        if default_exists:
            file_path = default_path
            new_dir = ModuleDir(os.path.dirname(file_path), name)
        elif secondary_exists:
            file_path = secondary_path
            new_dir = ModuleDir(os.path.dirname(file_path))
        else:
            d = Diagnostic.error(f"file not found for module `{name}`", item.span, "E0583")
            d.with_help(
                f'to create the module `{name}`, create file "{default_path}" or "{secondary_path}"'
            )
            d.with_note(
                f"if there is a `mod {name}` elsewhere in the crate already, import it with `use crate::...` instead"
            )
            psess.dcx.emit(d)
            return None
    key = file_key(file_path)
    keys = [file_key(p) for p in loading]
    if key in keys:
        chain = [*loading[keys.index(key) :], file_path]
        psess.dcx.emit(Diagnostic.error("circular modules: " + " -> ".join(chain), item.span))
        return None
    sf = source_for(psess, file_path) if source_for is not None else None
    if sf is None:
        text = _read(psess, file_path, item.span)
        if text is None:
            return None
        sf = psess.source_map.add_file(file_path, text)
    krate = parse_crate(psess, sf)
    loaded = ast.ModItem(
        items=krate.items,
        inner_attrs=krate.attrs,
        inner_span=krate.span,
        safety=item.safety,
        attrs=item.attrs,
        vis=item.vis,
        ident=item.ident,
        id=item.id,
        span=item.span,
    )
    return LoadedModule(loaded, new_dir, file_path)


def file_key(path: str) -> str:
    """What identifies a file (for "circular modules")."""
    return os.path.normcase(os.path.normpath(os.path.abspath(path)))


def _readable_file(path: str) -> bool:
    return os.path.isfile(path)


def _read_error(path: str) -> str:
    try:
        with open(path, "rb"):
            pass
    except OSError as e:
        return _os_error_message(e)
    return "Is a directory (os error 21)"


def _os_error_message(e: OSError) -> str:
    if e.errno is not None and e.strerror:
        return f"{e.strerror} (os error {e.errno})"
    return str(e)


def _read(psess: ParseSess, path: str, span: Span) -> str | None:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        psess.dcx.emit(Diagnostic.error(f"couldn't read `{path}`: {_os_error_message(e)}", span))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        psess.dcx.emit(
            Diagnostic.error(f"couldn't read `{path}`: stream did not contain valid UTF-8", span)
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n")
