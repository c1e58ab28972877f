"""Cargo.toml: finding it, reading it (`tomllib`), and the package's targets.

`find_manifest(cwd)` looks for `Cargo.toml` in `cwd` and its parents, as cargo does.
`read_manifest(path)` returns a `Package` (name, version, edition, its lib and bin
targets — declared by `[lib]`/`[[bin]]` or found by cargo's conventions: `src/lib.rs`,
`src/main.rs`, `src/bin/*.rs` —, integration tests `tests/*.rs`, dependencies) or raises
`ManifestError`, whose text is what cargo prints for the same mistake: a TOML syntax error
with its line and a caret, a missing `package.name`, a registry dependency (ferric works
offline and has no registry), a path dependency whose `Cargo.toml` cannot be read.

Invariant: nothing here prints; `ferric.cargo.commands` does.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field

MANIFEST = "Cargo.toml"
EDITIONS = ("2015", "2018", "2021", "2024")


class ManifestError(Exception):
    """A manifest cargo would refuse; `str(e)` is the full message after `error: `."""


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    """The crate name (`-` replaced by `_` for a lib; a bin keeps its name)."""
    path: str
    """The crate root, relative to the package root (`src/main.rs`)."""
    kind: str
    """`lib`, `bin` or `test` (an integration test)."""
    edition: int


@dataclass(frozen=True, slots=True)
class Package:
    root: str
    """The absolute directory holding Cargo.toml."""
    name: str
    version: str
    edition: int
    lib: Target | None
    bins: tuple[Target, ...]
    tests: tuple[Target, ...] = ()
    path_dependencies: tuple[tuple[str, str], ...] = field(default=())
    """`(name, absolute path)` of each `{ path = "..." }` dependency."""
    default_run: str | None = None

    @property
    def id(self) -> str:
        """`hello v0.1.0 (/path/to/hello)`, as cargo names a package in its messages."""
        return f"{self.name} v{self.version} ({self.root})"


def find_manifest(cwd: str) -> str | None:
    """The nearest `Cargo.toml` in `cwd` or its parents."""
    d = os.path.abspath(cwd)
    while True:
        candidate = os.path.join(d, MANIFEST)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _syntax_error(path: str, text: str, e: tomllib.TOMLDecodeError) -> ManifestError:
    msg = str(e)
    m = re.search(r" \(at line (\d+), column (\d+)\)$", msg)
    if m is None:
        m = re.search(r" \(at end of document\)$", msg)
        lines = text.split("\n")
        line, col = len(lines), len(lines[-1]) + 1
        msg = msg[: m.start()] if m else msg
    else:
        line, col = int(m.group(1)), int(m.group(2))
        msg = msg[: m.start()]
    msg = msg[:1].lower() + msg[1:]
    lines = text.split("\n")
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    gutter = " " * len(str(line))
    rel = os.path.relpath(path)
    return ManifestError(
        f"{msg}\n{gutter}--> {rel}:{line}:{col}\n{gutter} |\n{line} | {src}\n"
        f"{gutter} | {' ' * (col - 1)}^"
    )


def read_manifest(path: str) -> Package:
    """The package described by the Cargo.toml at `path`."""
    path = os.path.abspath(path)
    root = os.path.dirname(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(f"failed to read `{path}`\n\nCaused by:\n  {_os_message(e)}") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _syntax_error(path, text, e) from None

    def fail(msg: str) -> ManifestError:
        return ManifestError(f"failed to parse manifest at `{path}`\n\nCaused by:\n  {msg}")

    pkg = doc.get("package")
    if not isinstance(pkg, dict):
        if "workspace" in doc:
            raise ManifestError(f"ferric cannot build workspaces yet (`[workspace]` in `{path}`)")
        raise fail(
            "no targets specified in the manifest\n  either src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present"
        )
    name = pkg.get("name")
    if not isinstance(name, str):
        raise fail("missing field `package.name`")
    version = pkg.get("version", "0.0.0")
    if not isinstance(version, str):
        raise fail("invalid type: expected a string for `package.version`")
    edition_s = pkg.get("edition", "2015")
    if not isinstance(edition_s, str) or edition_s not in EDITIONS:
        raise fail(
            f"failed to parse the `edition` key\n\nCaused by:\n  supported edition values are "
            f"`2015`, `2018`, `2021`, or `2024`, but `{edition_s}` is unknown"
        )
    edition = int(edition_s)
    lib = _lib_target(doc, root, name, edition, fail)
    bins = _bin_targets(doc, root, name, edition, fail)
    if lib is None and not bins:
        raise fail(
            "no targets specified in the manifest\n  either src/lib.rs, src/main.rs, a [lib] "
            "section, or [[bin]] section must be present"
        )
    tests = tuple(
        Target(os.path.splitext(f)[0], f"tests/{f}", "test", edition)
        for f in _rs_files(os.path.join(root, "tests"))
    )
    deps = _dependencies(doc, root, f"{name} v{version} ({root})")
    default_run = pkg.get("default-run")
    return Package(
        root,
        name,
        version,
        edition,
        lib,
        bins,
        tests,
        deps,
        default_run if isinstance(default_run, str) else None,
    )


def _os_message(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return f"{e.strerror} (os error {e.errno})"
    return str(e)


def _rs_files(d: str) -> list[str]:
    try:
        return sorted(
            f for f in os.listdir(d) if f.endswith(".rs") and os.path.isfile(os.path.join(d, f))
        )
    except OSError:
        return []


def _lib_target(doc: dict, root: str, name: str, edition: int, fail) -> Target | None:  # type: ignore[no-untyped-def, type-arg]
    section = doc.get("lib")
    crate = name.replace("-", "_")
    if isinstance(section, dict):
        path = section.get("path", "src/lib.rs")
        crate = str(section.get("name", crate)).replace("-", "_")
        if not os.path.isfile(os.path.join(root, path)):
            raise fail(
                f"can't find library `{crate}`, rename file to `src/lib.rs` or specify lib.path"
            )
        return Target(crate, path, "lib", edition)
    if os.path.isfile(os.path.join(root, "src", "lib.rs")):
        return Target(crate, "src/lib.rs", "lib", edition)
    return None


def _bin_targets(doc: dict, root: str, name: str, edition: int, fail) -> tuple[Target, ...]:  # type: ignore[no-untyped-def, type-arg]
    bins: dict[str, Target] = {}
    autobins = doc.get("package", {}).get("autobins", True) is not False
    if autobins:
        if os.path.isfile(os.path.join(root, "src", "main.rs")):
            bins[name] = Target(name, "src/main.rs", "bin", edition)
        for f in _rs_files(os.path.join(root, "src", "bin")):
            stem = os.path.splitext(f)[0]
            bins[stem] = Target(stem, f"src/bin/{f}", "bin", edition)
    declared = doc.get("bin", [])
    if not isinstance(declared, list):
        raise fail("invalid type: expected an array of tables for `bin`")
    for entry in declared:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise fail("missing field `name` in `[[bin]]`")
        bname = entry["name"]
        path = entry.get("path")
        if path is None:
            path = bins[bname].path if bname in bins else f"src/bin/{bname}.rs"
            if bname == name and os.path.isfile(os.path.join(root, "src", "main.rs")):
                path = "src/main.rs"
        if not os.path.isfile(os.path.join(root, path)):
            raise fail(
                f"can't find `{bname}` bin at `{path}`. Please specify bin.path if you want to use a non-default path."
            )
        bins[bname] = Target(bname, path, "bin", edition)
    return tuple(bins[k] for k in sorted(bins))


def _dependencies(doc: dict, root: str, pkg_id: str) -> tuple[tuple[str, str], ...]:  # type: ignore[type-arg]
    out: list[tuple[str, str]] = []
    for table in ("dependencies", "dev-dependencies"):
        deps = doc.get(table, {})
        if not isinstance(deps, dict):
            continue
        for dep, spec in deps.items():
            path = spec.get("path") if isinstance(spec, dict) else None
            if not isinstance(path, str):
                raise ManifestError(
                    f"no matching package named `{dep}` found\n"
                    "location searched: crates.io index\n"
                    f"required by package `{pkg_id}`\n"
                    "note: ferric works offline and provides no crates.io packages: only "
                    "`path` dependencies can be declared"
                )
            full = os.path.normpath(os.path.join(root, path))
            manifest = os.path.join(full, MANIFEST)
            if not os.path.isfile(manifest):
                raise ManifestError(
                    f"failed to get `{dep}` as a dependency of package `{pkg_id}`\n\n"
                    f"Caused by:\n  failed to load source for dependency `{dep}`\n\n"
                    f"Caused by:\n  unable to update {full}\n\n"
                    f"Caused by:\n  failed to read `{manifest}`\n\n"
                    "Caused by:\n  No such file or directory (os error 2)"
                )
            out.append((dep, full))
    return tuple(out)
