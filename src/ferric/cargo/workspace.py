"""Workspaces: which packages a command sees, where their shared `target/` is.

`load_workspace(cwd)` finds the manifest from the working directory upward, then the
workspace it belongs to as cargo does: the manifest itself when it has `[workspace]`, else
the nearest ancestor manifest with `[workspace]` (which must list the package among its
`members`, cargo's "current package believes it's in a workspace when it's not"), else the
package alone. Members are the `members` globs (each needs a Cargo.toml), the root package
when the root manifest has one, and path dependencies inside the workspace directory;
`exclude` removes some. The default selection is the package of the manifest found from
the working directory, or, at the root, `default-members` (or the root package, or every
member of a virtual manifest). `select` applies `-p/--package` and `--workspace`.

Invariant: every member is read once; profiles come from the root manifest only; the
target directory and Cargo.lock are the root's.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass

from ferric.cargo.manifest import (
    MANIFEST,
    Inherit,
    ManifestError,
    Package,
    Profile,
    find_manifest,
    package_from_document,
    parse_failure,
    read_document,
    read_profiles,
)


class NoManifest(Exception):
    """No Cargo.toml in the working directory or its parents."""


@dataclass(frozen=True, slots=True)
class Workspace:
    root: str
    """The directory of the root manifest (the package's own, for a lone package)."""
    members: tuple[Package, ...]
    """Every member, in the order the manifest lists them."""
    default: tuple[Package, ...]
    """What a command without `-p`/`--workspace` builds."""
    profiles: tuple[Profile, ...]
    warnings: tuple[str, ...] = ()
    """cargo's warnings about the manifests (profiles of a member that is not the root)."""

    @property
    def target_dir(self) -> str:
        return os.path.join(self.root, "target")

    def profile(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def member(self, name: str) -> Package | None:
        return next((p for p in self.members if p.name == name), None)


def load_workspace(cwd: str) -> Workspace:
    """The workspace of the manifest nearest to `cwd`; raises `NoManifest` or
    `ManifestError` (cargo's text)."""
    path = find_manifest(cwd)
    if path is None:
        raise NoManifest
    doc = read_document(path)
    if "workspace" in doc:
        return _from_root(path, doc, current=path)
    root = _ancestor_workspace(os.path.dirname(path))
    if root is not None and not _excluded(root, os.path.dirname(path)):
        root_doc = read_document(root)
        ws = _from_root(root, root_doc, current=path)
        if any(p.root == os.path.dirname(path) for p in ws.members):
            return ws
        name = os.path.basename(os.path.dirname(path))
        raise ManifestError(
            "current package believes it's in a workspace when it's not:\n"
            f"current:   {path}\nworkspace: {root}\n\n"
            f"this may be fixable by adding `{name}` to the `workspace.members` array of the "
            f"manifest located at: {root}\nAlternatively, to keep it out of the workspace, add "
            "the package to the `workspace.exclude` array, or add an empty `[workspace]` table "
            "to the package's manifest."
        )
    if not isinstance(doc.get("package"), dict):
        from ferric.cargo.manifest import read_manifest

        read_manifest(path)  # raises cargo's "no targets" error
    pkg = package_from_document(path, doc)
    return Workspace(os.path.dirname(path), (pkg,), (pkg,), pkg.profiles)


def _excluded(root_manifest: str, d: str) -> bool:
    """`d` is in (or below) one of the workspace's `exclude` directories: a package of
    its own."""
    table = read_document(root_manifest).get("workspace")
    excludes = table.get("exclude", []) if isinstance(table, dict) else []
    root = os.path.dirname(root_manifest)
    for e in excludes:
        if isinstance(e, str):
            full = os.path.normpath(os.path.join(root, e))
            if d == full or d.startswith(full + os.sep):
                return True
    return False


def _ancestor_workspace(d: str) -> str | None:
    """The nearest manifest with `[workspace]` strictly above `d`."""
    while True:
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent
        candidate = os.path.join(d, MANIFEST)
        if os.path.isfile(candidate):
            try:
                if "workspace" in read_document(candidate):
                    return candidate
            except ManifestError:
                return None


def _from_root(path: str, doc: dict, current: str) -> Workspace:  # type: ignore[type-arg]
    root = os.path.dirname(path)
    table = doc.get("workspace")
    table = table if isinstance(table, dict) else {}
    exclude = {
        os.path.normpath(os.path.join(root, e))
        for e in table.get("exclude", [])
        if isinstance(e, str)
    }
    members: dict[str, Package] = {}
    root_pkg = None
    inherit = Inherit.of(root, table)
    if isinstance(doc.get("package"), dict):
        root_pkg = package_from_document(path, doc, inherit)
        members[root] = root_pkg
    for pattern in table.get("members", []):
        if not isinstance(pattern, str):
            continue
        matches = (
            sorted(glob.glob(os.path.join(root, pattern)))
            if glob.has_magic(pattern)
            else [os.path.join(root, pattern)]
        )
        for d in matches:
            d = os.path.normpath(d)
            if d in exclude or d in members or (glob.has_magic(pattern) and not os.path.isdir(d)):
                continue
            members[d] = _member(d, path, inherit)
    # Path dependencies inside the workspace directory are members too.
    pending = list(members.values())
    while pending:
        p = pending.pop()
        for dep in p.dependencies:
            inside = dep.path == root or dep.path.startswith(root + os.sep)
            if inside and dep.path not in members and dep.path not in exclude:
                members[dep.path] = _member(dep.path, path, inherit)
                pending.append(members[dep.path])
    listed = tuple(members.values())
    cur_dir = os.path.dirname(current)
    if cur_dir != root and cur_dir in members:
        default: tuple[Package, ...] = (members[cur_dir],)
    elif isinstance(table.get("default-members"), list):
        wanted = [
            os.path.normpath(os.path.join(root, m))
            for m in table["default-members"]
            if isinstance(m, str)
        ]
        default = tuple(members[d] for d in wanted if d in members)
    elif root_pkg is not None:
        default = (root_pkg,)
    else:
        default = listed
    fail = parse_failure(path)
    warnings = tuple(
        "profiles for the non root package will be ignored, specify profiles at the workspace root:\n"
        f"package:   {os.path.join(p.root, MANIFEST)}\nworkspace: {path}"
        for p in listed
        if p.root != root and p.has_profiles
    )
    return Workspace(root, listed, default, read_profiles(doc, fail), warnings)


def _member(d: str, root_manifest: str, inherit: Inherit) -> Package:
    manifest = os.path.join(d, MANIFEST)
    try:
        doc = read_document(manifest)
    except ManifestError as e:
        raise ManifestError(
            f"failed to load manifest for workspace member `{d}`\n"
            f"referenced by workspace at `{root_manifest}`\n\nCaused by:\n  {e}"
        ) from None
    if not isinstance(doc.get("package"), dict):
        raise ManifestError(
            f"failed to load manifest for workspace member `{d}`\nreferenced by workspace at "
            f"`{root_manifest}`\n\nCaused by:\n  failed to parse manifest at `{manifest}`\n\n"
            "Caused by:\n  virtual manifests must be configured with [workspace]"
        )
    try:
        return package_from_document(manifest, doc, inherit)
    except ManifestError as e:
        raise ManifestError(
            f"failed to load manifest for workspace member `{d}`\n"
            f"referenced by workspace at `{root_manifest}`\n\nCaused by:\n  {e}"
        ) from None


def select(ws: Workspace, packages: list[str], whole: bool, members_only: bool = False) -> tuple[Package, ...]:
    """The packages `-p NAME...` or `--workspace` name (default: `ws.default`). A name may
    be any package of the build's dependency graph, as a cargo package ID spec (only a
    member with `members_only`, as for `run`); otherwise cargo's error."""
    if whole:
        return ws.members
    if not packages:
        return ws.default
    pool = list(ws.members) if members_only else graph_packages(ws)
    by_name = {p.name: p for p in reversed(pool)}
    missing = [n for n in packages if n not in by_name]
    if missing and members_only:
        raise ManifestError(f"package(s) `{', '.join(missing)}` not found in workspace `{ws.root}`")
    if missing:
        from ferric.cargo.features import closest

        text = f"package ID specification `{missing[0]}` did not match any packages"
        tip = closest(missing[0], sorted(by_name))
        if tip is not None:
            text += f"\n\nhelp: a package with a similar name exists: `{tip}`"
        raise ManifestError(text)
    return tuple(dict.fromkeys(by_name[n] for n in packages))


def graph_packages(ws: Workspace) -> list[Package]:
    """The members, then every package their `path` dependencies reach (any kind)."""
    from ferric.cargo.manifest import read_manifest

    found: dict[str, Package] = {p.root: p for p in ws.members}
    pending = list(ws.members)
    while pending:
        p = pending.pop(0)
        for d in p.dependencies:
            if d.path not in found:
                found[d.path] = read_manifest(os.path.join(d.path, MANIFEST))
                pending.append(found[d.path])
    return list(found.values())
