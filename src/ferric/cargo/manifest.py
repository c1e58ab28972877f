"""Cargo.toml: finding it, reading it (`tomllib`), and the package it describes.

`find_manifest(cwd)` looks for `Cargo.toml` in `cwd` and its parents, as cargo does.
`read_manifest(path)` returns a `Package`: name, version, edition; its targets — the lib
and bins (`[lib]`/`[[bin]]` or cargo's conventions: `src/lib.rs`, `src/main.rs`,
`src/bin/*.rs`), integration tests (`tests/*.rs`, `[[test]]`) and examples
(`examples/*.rs`, `[[example]]`) —; its path `Dependency`s (optional or not, with their
features); `[features]`; the `Profile`s with `[profile.*]` applied. Mistakes raise
`ManifestError`, whose text is what cargo prints: a TOML syntax error with its line and a
caret, a missing `package.name`, a registry dependency (ferric works offline and has no
registry), a path dependency whose `Cargo.toml` cannot be read, a feature naming nothing.

Invariant: nothing here prints; `ferric.cargo.commands` does.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, replace

MANIFEST = "Cargo.toml"
EDITIONS = ("2015", "2018", "2021", "2024")


class ManifestError(Exception):
    """A manifest cargo would refuse; `str(e)` is the full message after `error: `."""


Fail = Callable[[str], ManifestError]
"""Makes cargo's `failed to parse manifest at ...` error for one manifest."""


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    """The crate name (`-` replaced by `_` for a lib; a bin keeps its name)."""
    path: str
    """The crate root, relative to the package root (`src/main.rs`)."""
    kind: str
    """`lib`, `bin`, `example` or `test` (an integration test)."""
    edition: int
    required_features: tuple[str, ...] = ()
    """`required-features`: the target is skipped (or, named, an error) without them."""


@dataclass(frozen=True, slots=True)
class Dependency:
    """A `path` dependency as the manifest declares it."""

    name: str
    """The name the package uses for it (the table key)."""
    path: str
    """The absolute directory of its package."""
    optional: bool = False
    """`optional = true`: only a feature (`dep:NAME`, `NAME/feat`, or the implicit
    feature `NAME`) brings it in."""
    features: tuple[str, ...] = ()
    default_features: bool = True
    dev: bool = False
    """From `[dev-dependencies]`: used by tests and examples only."""


@dataclass(frozen=True, slots=True)
class Profile:
    """A build profile (`[profile.dev]`, `[profile.release]`, ...) after inheritance."""

    name: str
    opt_level: str = "0"
    debuginfo: bool = True
    debug_assertions: bool = True
    overflow_checks: bool = True

    @property
    def dir(self) -> str:
        """The directory under `target/`: `debug` for `dev` and `test`, else the name
        of the profile the settings come from."""
        return "debug" if self.name in ("dev", "test") else "release" if self.name == "bench" else self.name

    @property
    def label(self) -> str:
        """``  `dev` profile [unoptimized + debuginfo]``, as cargo's `Finished` line says."""
        opt = "unoptimized" if self.opt_level == "0" else "optimized"
        return f"`{self.name}` profile [{opt}{' + debuginfo' if self.debuginfo else ''}]"


DEV = Profile("dev")
RELEASE = Profile("release", "3", False, False, False)


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
    dependencies: tuple[Dependency, ...] = field(default=())
    default_run: str | None = None
    examples: tuple[Target, ...] = ()
    features: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """`[features]`: each feature and what it enables, as written."""
    profiles: tuple[Profile, ...] = (DEV, RELEASE)
    """`dev`, `release`, `test`, `bench` with the manifest's `[profile.*]` applied (only
    a workspace root's count)."""
    has_profiles: bool = False
    """The manifest has `[profile.*]` tables (ignored unless it is the workspace root)."""

    @property
    def id(self) -> str:
        """`hello v0.1.0 (/path/to/hello)`, as cargo names a package in its messages."""
        return f"{self.name} v{self.version} ({self.root})"

    def profile(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)


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


def read_document(path: str) -> dict[str, object]:
    """The TOML document at `path` (a `ManifestError` when it cannot be read or parsed)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(f"failed to read `{path}`\n\nCaused by:\n  {_os_message(e)}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _syntax_error(path, text, e) from None


def parse_failure(path: str) -> Fail:
    def fail(msg: str) -> ManifestError:
        return ManifestError(f"failed to parse manifest at `{path}`\n\nCaused by:\n  {msg}")

    return fail


def read_manifest(path: str) -> Package:
    """The package described by the Cargo.toml at `path`."""
    path = os.path.abspath(path)
    doc = read_document(path)
    fail = parse_failure(path)
    if not isinstance(doc.get("package"), dict):
        raise fail(
            "no targets specified in the manifest\n  either src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present"
        )
    return package_from_document(path, doc)


@dataclass(frozen=True, slots=True)
class Inherit:
    """What a workspace member may inherit (`version.workspace = true`,
    `dep = { workspace = true }`): the root's `[workspace.package]` and
    `[workspace.dependencies]`, whose paths are relative to `root`."""

    root: str
    package: dict[str, object]
    dependencies: dict[str, object]

    @staticmethod
    def of(root: str, workspace: dict) -> Inherit:  # type: ignore[type-arg]
        package, deps = workspace.get("package", {}), workspace.get("dependencies", {})
        return Inherit(root, package if isinstance(package, dict) else {}, deps if isinstance(deps, dict) else {})


def _inherited(doc: dict, inherit: Inherit | None, fail: Fail) -> dict:  # type: ignore[type-arg]
    """`doc` with `KEY.workspace = true` replaced by the workspace's values, as cargo
    reads a member's manifest."""

    def missing(what: str, why: str) -> ManifestError:
        return fail(f"error inheriting `{what.rsplit('.', 1)[-1]}` from workspace root manifest's `{what}`\n\nCaused by:\n  {why}")

    pkg = dict(doc["package"])
    for key, value in pkg.items():
        if isinstance(value, dict) and value.get("workspace") is True:
            if inherit is None:
                raise missing(f"workspace.package.{key}", "failed to find a workspace root")
            if key not in inherit.package:
                raise missing(f"workspace.package.{key}", f"`workspace.package.{key}` was not defined")
            pkg[key] = inherit.package[key]
    out = {**doc, "package": pkg}
    for table in ("dependencies", "dev-dependencies"):
        deps = doc.get(table)
        if not isinstance(deps, dict):
            continue
        merged = {}
        for name, spec in deps.items():
            if isinstance(spec, dict) and spec.get("workspace") is True:
                if inherit is None:
                    raise missing(f"workspace.dependencies.{name}", "failed to find a workspace root")
                if name not in inherit.dependencies:
                    raise missing(f"workspace.dependencies.{name}", f"`dependency.{name}` was not found in `workspace.dependencies`")
                base = inherit.dependencies[name]
                full: dict[str, object] = dict(base) if isinstance(base, dict) else {"version": base}
                path = full.get("path")
                if isinstance(path, str):
                    full["path"] = os.path.join(inherit.root, path)
                have, extra = full.get("features", []), spec.get("features", [])
                full["features"] = [
                    *(have if isinstance(have, list) else []),
                    *(extra if isinstance(extra, list) else []),
                ]
                if "optional" in spec:
                    full["optional"] = spec["optional"]
                spec = full
            merged[name] = spec
        out[table] = merged
    return out


def package_from_document(path: str, doc: dict, inherit: Inherit | None = None) -> Package:  # type: ignore[type-arg]
    """The package of a manifest whose `[package]` table exists (`inherit`: what its
    workspace lets it inherit)."""
    root = os.path.dirname(path)
    fail = parse_failure(path)
    doc = _inherited(doc, inherit, fail)
    pkg = doc["package"]
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
    tests = _declared_targets(doc, root, "test", "tests", edition, fail)
    examples = _declared_targets(doc, root, "example", "examples", edition, fail)
    deps = _dependencies(doc, root, f"{name} v{version} ({root})")
    features = _features(doc, deps, fail)
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
        examples,
        features,
        read_profiles(doc, fail),
        isinstance(doc.get("profile"), dict),
    )


def read_profiles(doc: dict, fail: Fail) -> tuple[Profile, ...]:  # type: ignore[type-arg]
    """`dev`, `release`, `test` (inheriting `dev`), `bench` (inheriting `release`) and
    each custom `[profile.NAME]` (inheriting the profile its `inherits` names), with the
    keys ferric reads: `opt-level`, `debug`, `debug-assertions`, `overflow-checks`."""
    tables = doc.get("profile", {})
    if not isinstance(tables, dict):
        tables = {}

    def apply(base: Profile, name: str) -> Profile:
        table = tables.get(name, {})
        out = replace(base, name=name)
        if not isinstance(table, dict):
            return out
        for key, field_name in (("debug-assertions", "debug_assertions"), ("overflow-checks", "overflow_checks")):
            if key in table:
                if not isinstance(table[key], bool):
                    raise fail(f"invalid type: expected a boolean for `profile.{name}.{key}`")
                out = replace(out, **{field_name: table[key]})
        if "opt-level" in table:
            out = replace(out, opt_level=str(table["opt-level"]))
        if "debug" in table:
            out = replace(out, debuginfo=table["debug"] not in (False, 0, "none"))
        return out

    made: dict[str, Profile] = {}
    builtin = {"test": "dev", "bench": "release"}

    def get(name: str, chain: tuple[str, ...]) -> Profile:
        if name in made:
            return made[name]
        if name in chain:
            raise ManifestError(f"profile inheritance loop detected with profile `{name}` inheriting `{chain[-1]}`")
        if name in ("dev", "release"):
            base = DEV if name == "dev" else RELEASE
        elif name in builtin:
            base = get(builtin[name], (*chain, name))
        else:
            table = tables.get(name)
            parent = table.get("inherits") if isinstance(table, dict) else None
            if not isinstance(parent, str):
                raise ManifestError(
                    f"profile `{name}` is missing an `inherits` directive (`inherits` is "
                    "required for all profiles except `dev` or `release`)"
                )
            if parent not in tables and parent not in ("dev", "release", "test", "bench"):
                raise ManifestError(f"profile `{name}` inherits from `{parent}`, but that profile is not defined")
            base = get(parent, (*chain, name))
        made[name] = apply(base, name)
        return made[name]

    for name in ("dev", "release", "test", "bench", *tables):
        get(name, ())
    return tuple(made.values())


def _features(doc: dict, deps: tuple[Dependency, ...], fail: Fail) -> tuple[tuple[str, tuple[str, ...]], ...]:  # type: ignore[type-arg]
    """`[features]`, checked as cargo checks it when reading the manifest (each entry a
    feature, `dep:NAME` of an optional dependency, or `NAME/feature` of a dependency),
    plus an implicit feature for each optional dependency no `dep:` names."""
    table = doc.get("features", {})
    if not isinstance(table, dict):
        raise fail("invalid type: expected a table for `features`")
    by_name = {d.name: d for d in deps}
    out: dict[str, tuple[str, ...]] = {}
    for feat, enables in table.items():
        if not isinstance(enables, list) or not all(isinstance(e, str) for e in enables):
            raise fail(f"invalid type: expected an array of strings for `features.{feat}`")
        for entry in enables:
            if entry.startswith("dep:"):
                dep = by_name.get(entry[4:])
                if dep is None or not dep.optional:
                    raise fail(
                        f"feature `{feat}` includes `{entry}`, but `{entry[4:]}` is not listed as a dependency"
                        if dep is None
                        else f"feature `{feat}` includes `{entry}`, but `{entry[4:]}` is not an optional dependency\n"
                        "A non-optional dependency of the same name is defined; consider adding `optional = true` to its definition."
                    )
            elif "/" in entry:
                dep_name = entry.split("/", 1)[0].rstrip("?")
                if dep_name not in by_name:
                    raise fail(f"feature `{feat}` includes `{entry}`, but `{dep_name}` is not a dependency")
            elif entry not in table and not (entry in by_name and by_name[entry].optional):
                raise fail(f"feature `{feat}` includes `{entry}` which is neither a dependency nor another feature")
        out[feat] = tuple(enables)
    named = {e[4:] for enables in out.values() for e in enables if e.startswith("dep:")}
    for d in deps:
        if d.optional and d.name not in named and d.name not in out:
            out[d.name] = (f"dep:{d.name}",)
    return tuple(sorted(out.items()))


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
        bins[bname] = Target(bname, path, "bin", edition, _required(entry))
    return tuple(bins[k] for k in sorted(bins))


def _declared_targets(doc: dict, root: str, kind: str, folder: str, edition: int, fail: Fail) -> tuple[Target, ...]:  # type: ignore[type-arg]
    """Integration tests (`tests/*.rs`) or examples (`examples/*.rs`): found by cargo's
    conventions (also `DIR/NAME/main.rs`, unless `autotests`/`autoexamples = false`)
    and declared by `[[test]]`/`[[example]]` (`name`, `path`)."""
    found: dict[str, Target] = {}
    if doc.get("package", {}).get(f"auto{folder}", True) is not False:
        d = os.path.join(root, folder)
        for f in _rs_files(d):
            stem = os.path.splitext(f)[0]
            found[stem] = Target(stem, f"{folder}/{f}", kind, edition)
        with suppress(OSError):
            for sub in sorted(os.listdir(d)):
                if os.path.isfile(os.path.join(d, sub, "main.rs")):
                    found[sub] = Target(sub, f"{folder}/{sub}/main.rs", kind, edition)
    declared = doc.get(kind, [])
    if not isinstance(declared, list):
        raise fail(f"invalid type: expected an array of tables for `{kind}`")
    for entry in declared:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise fail(f"missing field `name` in `[[{kind}]]`")
        tname = entry["name"]
        path = entry.get("path")
        if not isinstance(path, str):
            path = found[tname].path if tname in found else f"{folder}/{tname}.rs"
        if not os.path.isfile(os.path.join(root, path)):
            raise fail(
                f"can't find `{tname}` {kind} at `{folder}/{tname}.rs` or `{folder}/{tname}/main.rs`. "
                f"Please specify {kind}.path if you want to use a non-default path."
            )
        found[tname] = Target(tname, path, kind, edition, _required(entry))
    return tuple(found[k] for k in sorted(found))


def _required(entry: dict) -> tuple[str, ...]:  # type: ignore[type-arg]
    req = entry.get("required-features", [])
    return tuple(f for f in req if isinstance(f, str)) if isinstance(req, list) else ()


def _dependencies(doc: dict, root: str, pkg_id: str) -> tuple[Dependency, ...]:  # type: ignore[type-arg]
    out: list[Dependency] = []
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
            assert isinstance(spec, dict)
            features = spec.get("features", [])
            out.append(
                Dependency(
                    dep,
                    full,
                    optional=spec.get("optional") is True,
                    features=tuple(f for f in features if isinstance(f, str)) if isinstance(features, list) else (),
                    default_features=spec.get("default-features", spec.get("default_features")) is not False,
                    dev=table == "dev-dependencies",
                )
            )
    return tuple(out)
