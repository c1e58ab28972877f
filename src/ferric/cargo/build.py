"""A cargo build: the workspace, the packages selected, the profile, the features, and
compiling units in dependency order.

`load_build(args, err, mode)` reads the workspace (`workspace.load_workspace`), selects
packages (`-p`, `--workspace`), picks the profile (`dev`, `test`, or `release` with
`--release`; `[profile.*]` of the root manifest applied) and resolves features
(`features.resolve`). `build_units(b, units, err, check_only)` then compiles: every
package the units need, dependencies first, each announced once (`Compiling x v0.1.0
(/path)`); a package that is not selected has its library checked only (its dependents
bring its source into their own compilations, `driver.pipeline.load_externs`); a
selected package compiles the units asked for. Each compilation gets the profile's
`debug_assertions`/`overflow_checks` and the crate's features as `Options`.

A package whose sources, options and units are unchanged since the last build is fresh:
no `Compiling` line (fingerprints in `target/PROFILE/.fingerprint/`), and the driver's
module cache supplies the modules. Paths shown to the user are relative to the working
directory when below it, absolute otherwise (cargo's rule: `Running `target/debug/x``
at a workspace root, the absolute path from inside a member).

Invariant: the working directory is a unit's package root while it compiles (file names
read `src/main.rs`), and is restored afterwards.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Protocol, TextIO

from ferric.cargo.features import Resolve, check_request, parse_request, resolve
from ferric.cargo.manifest import ManifestError, Package, Profile, Target
from ferric.cargo.status import error, status, warning
from ferric.cargo.workspace import NoManifest, Workspace, graph_packages, load_workspace, select
from ferric.driver.session import ColorChoice, ErrorFormat, Extern, Options

EXIT_FAILED = 101


class Args(Protocol):
    """What the commands read of the command line (`ferric.cli.args.Args`)."""

    values: dict[str, str]
    positional: str | None
    extra: str | None
    trailing: list[str]

    def flag(self, long: str) -> bool: ...

    def all(self, long: str) -> list[str]: ...


@dataclass(slots=True)
class Build:
    ws: Workspace
    selected: tuple[Package, ...]
    profile: Profile
    resolve: Resolve
    args: Args

    @property
    def quiet(self) -> bool:
        return self.args.flag("quiet")

    @property
    def out_dir(self) -> str:
        """`target/debug` or `target/release` at the workspace root."""
        return os.path.join(self.ws.target_dir, self.profile.dir)

    def multi(self) -> bool:
        """More than one package in the workspace: messages name the package (`-p x`)."""
        return len(self.ws.members) > 1


def load_build(args: Args, err: TextIO, mode: str, dev: bool = False) -> Build | int:
    """The build `ferric MODE` describes (`mode`: `build`, `check`, `run`, `test`), or the
    exit status after cargo's error for a missing or bad manifest."""
    cwd = os.getcwd()
    name = args.values.get("profile")
    if name is not None and args.flag("release"):
        err.write(
            "error: the argument '--profile <PROFILE-NAME>' cannot be used with '--release'\n\n"
            f"Usage: ferric {mode} --profile <PROFILE-NAME>\n\nFor more information, try '--help'.\n"
        )
        return 1
    if name is None:
        name = "release" if args.flag("release") else "test" if mode == "test" else "dev"
    try:
        ws = load_workspace(cwd)
        for w in ws.warnings:
            warning(err, w)
        profile = ws.profile(name)
        if profile is None:
            raise ManifestError(f"profile `{name}` is not defined")
        selected = select(ws, args.all("package"), args.flag("workspace"), members_only=mode == "run")
        if not selected and mode in ("build", "check", "test"):
            raise ManifestError(
                f"manifest path `{ws.root}` contains no package: The manifest is virtual, and the "
                "workspace has no members."
            )
        request = parse_request(args.all("features"), args.flag("all-features"), args.flag("no-default-features"))
        check_request(selected, request)
        if mode != "clean":
            write_lock(ws, err, args.flag("quiet"))
        res = resolve(selected, request, dev or mode == "test", ws.members)
    except NoManifest:
        error(err, f"could not find `Cargo.toml` in `{cwd}` or any parent directory")
        return EXIT_FAILED
    except ManifestError as e:
        error(err, str(e))
        return EXIT_FAILED
    return Build(ws, selected, profile, res, args)


def shown(path: str) -> str:
    """A path as cargo shows it: relative to the working directory when below it."""
    cwd = os.getcwd()
    if path == cwd or path.startswith(cwd + os.sep):
        return os.path.relpath(path, cwd)
    return path


@contextmanager
def in_dir(path: str) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


@dataclass(frozen=True, slots=True)
class Unit:
    """One crate compilation (cargo's "unit")."""

    pkg: Package
    target: Target
    test: bool
    check_only: bool = False
    """Compiled for its errors only (the examples `ferric test` builds)."""

    def label(self) -> str:
        """How cargo names the unit: `` `hello` (bin "hello" test) ``."""
        t = self.target
        kind = "lib" if t.kind == "lib" else f'{t.kind} "{t.name}"'
        return f"`{self.pkg.name}` ({kind}{' test' if self.test and t.kind != 'test' else ''})"

    def hash(self) -> str:
        key = f"{self.pkg.id}\0{self.target.kind}\0{self.target.name}\0{self.test}"
        return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()

    def artifact(self, b: Build) -> str:
        """`target/debug/deps/NAME-HASH` (cargo's name for a test binary), absolute."""
        return os.path.join(
            b.out_dir, "deps", f"{self.target.name.replace('-', '_')}-{self.hash()}"
        )

    def executable(self, b: Build) -> str:
        """`target/debug/NAME`, or `target/debug/examples/NAME` for an example."""
        sub = "examples" if self.target.kind == "example" else ""
        return os.path.join(b.out_dir, sub, self.target.name)

    def options(self, b: Build) -> Options:
        t = self.target
        dev = self.test or t.kind in ("test", "example")
        externs = externs_of(b, self.pkg, dev)
        lib = self.pkg.lib
        if lib is not None and t.kind != "lib":
            # Binaries, examples and integration tests use the package's library (built
            # without `cfg(test)`), which uses the package's dependencies.
            own = Extern(
                lib.name,
                lib.path,
                lib.edition,
                externs_of(b, self.pkg, False),
                features=b.resolve.features_of(self.pkg),
            )
            externs = (own, *externs)
        return compile_options(b, self.pkg, t, externs, self.test, self.label())


def compile_options(
    b: Build, pkg: Package, t: Target, externs: tuple[Extern, ...], test: bool, label: str
) -> Options:
    return Options(
        edition=t.edition,
        error_format=ErrorFormat(b.args.values.get("error-format", "human")),
        color=ColorChoice(b.args.values.get("color", "auto")),
        test=test,
        crate_name=t.name.replace("-", "_"),
        crate_type="lib" if t.kind == "lib" else "bin",
        externs=externs,
        debug_assertions=b.profile.debug_assertions,
        overflow_checks=b.profile.overflow_checks,
        features=b.resolve.features_of(pkg),
        cargo_unit=label,
        cargo_quiet=b.quiet,
    )


def externs_of(b: Build, pkg: Package, dev: bool) -> tuple[Extern, ...]:
    """The libraries of `pkg`'s active dependencies (by the name it gives each, `-`
    replaced by `_`), each with its own dependencies and features."""
    out = []
    for name, dep in b.resolve.deps_of(pkg, dev):
        lib = dep.lib
        if lib is None:
            continue
        inner = externs_of(b, dep, False)
        path = os.path.join(dep.root, lib.path)
        out.append(
            Extern(
                name.replace("-", "_"),
                path,
                lib.edition,
                inner,
                features=b.resolve.features_of(dep),
            )
        )
    return tuple(out)


def package_order(b: Build, pkgs: list[Package], dev: bool) -> list[Package]:
    """`pkgs` and every package they use, each once, a package after those it uses;
    raises `ManifestError` for a cycle or a dependency without a library."""
    order: list[Package] = []
    done: set[str] = set()
    active: list[str] = []

    def visit(p: Package, with_dev: bool) -> None:
        if p.root in done:
            return
        if p.root in active:
            chain = " -> ".join(os.path.basename(a) for a in [*active, p.root])
            raise ManifestError(f"cyclic package dependency: {chain}")
        active.append(p.root)
        for name, dep in b.resolve.deps_of(p, with_dev):
            if dep.lib is None:
                raise ManifestError(
                    f"failed to select a version for `{name}`: package `{dep.id}` "
                    "has no library target, so it cannot be a dependency"
                )
            visit(dep, False)
        active.pop()
        done.add(p.root)
        order.append(p)

    for p in pkgs:
        visit(p, dev)
    return order


# -- freshness ----------------------------------------------------------------------------------


def _fingerprint(b: Build, pkgs: list[Package], what: str) -> str:
    """A hash of everything a build depends on: ferric, the options, the packages'
    Cargo.toml and `.rs` files (outside `target/`), and what is built."""
    from ferric.driver.module_cache import ferric_hash

    h = hashlib.blake2b(digest_size=16)
    prof = b.profile  # (its settings, not its name: `test` builds share `dev`'s libraries)
    settings = (prof.opt_level, prof.debuginfo, prof.debug_assertions, prof.overflow_checks)
    h.update(f"{ferric_hash()}\0{what}\0{settings!r}\0".encode())
    for pkg in pkgs:
        h.update(f"{pkg.root}\0{b.resolve.features_of(pkg)!r}\0".encode())
    for root in sorted({p.root for p in pkgs}):
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in ("target", ".git"))
            for f in sorted(filenames):
                if f.endswith(".rs") or f == "Cargo.toml":
                    p = os.path.join(dirpath, f)
                    h.update(p.encode() + b"\0")
                    with suppress(OSError), open(p, "rb") as fh:
                        h.update(fh.read())
    return h.hexdigest()


def _fingerprint_path(b: Build, what: str) -> str:
    key = hashlib.blake2b(what.encode(), digest_size=8).hexdigest()
    return os.path.join(b.out_dir, ".fingerprint", f"ferric-{key}")


def unit_key(mode: str, u: Unit) -> str:
    """What a unit's fingerprint is filed under (`mode`: `build` or `check`)."""
    return f"{mode}\0{u.pkg.root}\0{u.target.kind}.{u.target.name}.{u.test}.{u.check_only}"


def is_fresh(b: Build, pkgs: list[Package], what: str) -> bool:
    """`what` was built from the same sources of `pkgs` (and options) as now."""
    try:
        with open(_fingerprint_path(b, what), encoding="utf-8") as f:
            return f.read() == _fingerprint(b, pkgs, what)
    except OSError:
        return False


def mark_fresh(b: Build, pkgs: list[Package], what: str) -> None:
    path = _fingerprint_path(b, what)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(_fingerprint(b, pkgs, what))
        tag = os.path.join(b.ws.target_dir, "CACHEDIR.TAG")
        if not os.path.exists(tag):
            with open(tag, "w", encoding="utf-8") as f:
                f.write(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file is a cache directory tag created by cargo.\n"
                    "# For information about cache directory tags see https://bford.info/cachedir/\n"
                )
    except OSError:
        pass


# -- Cargo.lock -----------------------------------------------------------------------------------


def write_lock(ws: Workspace, err: TextIO, quiet: bool) -> None:
    """Write `Cargo.lock` at the workspace root when it is missing, as cargo does (saying
    so when packages outside the workspace are locked: `Locking N packages to latest
    compatible versions`). It lists every package reachable through any dependency."""
    path = os.path.join(ws.root, "Cargo.lock")
    if os.path.exists(path):
        return
    found = {p.root: p for p in graph_packages(ws)}
    text = (
        "# This file is automatically @generated by Cargo.\n"
        "# It is not intended for manual editing.\nversion = 4\n"
    )
    for p in sorted(found.values(), key=lambda p: (p.name, p.version)):
        text += f'\n[[package]]\nname = "{p.name}"\nversion = "{p.version}"\n'
        names = sorted({found[d.path].name for d in p.dependencies if d.path in found})
        if names:
            text += "dependencies = [\n" + "".join(f' "{n}",\n' for n in names) + "]\n"
    with suppress(OSError), open(path, "w", encoding="utf-8") as f:
        f.write(text)
    members = {p.root for p in ws.members}
    n = sum(1 for r in found if r not in members)
    if n and not quiet:
        s = "s" if n != 1 else ""
        status(err, "Locking", f"{n} package{s} to latest compatible version{s}")


# -- compiling ------------------------------------------------------------------------------------


def check_library(b: Build, pkg: Package, err: TextIO) -> int:
    """Check a dependency's library as its own compilation (its diagnostics shown with its
    absolute paths, as cargo shows those of a package outside the one being built)."""
    from ferric.driver.pipeline import check, run_compiler
    from ferric.driver.session import Session

    lib = pkg.lib
    assert lib is not None
    opts = compile_options(b, pkg, lib, externs_of(b, pkg, False), False, f"`{pkg.name}` (lib)")
    path = os.path.join(pkg.root, lib.path)
    home = b.selected[0].root if b.selected else b.ws.root
    with in_dir(home):
        code = run_compiler(Session.create(opts), lambda s: check(s, path), err)
    return EXIT_FAILED if code != 0 else 0


def clippy_fix_command(unit: Unit) -> str:
    """What cargo clippy's closing line suggests for applying the suggestions (named
    `ferric`, as ferric's hints name its own commands; `--fix` itself is not built yet)."""
    t = unit.target
    which = "--lib" if t.kind == "lib" else f'--{t.kind} "{t.name}"'
    return f"ferric clippy --fix {which} -p {unit.pkg.name} -- "


def _compile(
    b: Build,
    unit: Unit,
    err: TextIO,
    check_only: bool,
    lint_flags: tuple[tuple[str, str], ...] | None = None,
) -> str | int:
    """Check (`check_only`) or build one unit; the module, or the failure's exit status.
    With `lint_flags`, check it with clippy's lints (`cargo clippy`)."""
    opts = unit.options(b)
    with in_dir(unit.pkg.root):
        if lint_flags is not None:
            from dataclasses import replace

            from ferric.driver.pipeline import clippy, run_compiler
            from ferric.driver.session import Session

            opts = replace(opts, fix_command=clippy_fix_command(unit), lint_flags=lint_flags)
            code = run_compiler(
                Session.create(opts), lambda s: clippy(s, unit.target.path, lint_flags), err
            )
            return EXIT_FAILED if code != 0 else ""
        if check_only:
            from ferric.driver.pipeline import check, run_compiler
            from ferric.driver.session import Session

            code = run_compiler(Session.create(opts), lambda s: check(s, unit.target.path), err)
            return EXIT_FAILED if code != 0 else ""
        from ferric.driver.run import build_module

        built = build_module(opts, unit.target.path, err)
    return EXIT_FAILED if isinstance(built, int) else built


def build_units(
    b: Build,
    units: list[Unit],
    err: TextIO,
    check_only: bool,
    lint_flags: tuple[tuple[str, str], ...] | None = None,
) -> dict[Unit, str] | int:
    """Compile `units` after everything they use (see the module docstring); the modules
    of the units that were built (not only checked), or the exit status of a failure."""
    verb = "Checking" if check_only else "Compiling"
    wanted: dict[str, list[Unit]] = {}
    for u in units:
        wanted.setdefault(u.pkg.root, []).append(u)
    owners = [u.pkg for u in units]
    dev = any(u.test or u.target.kind in ("test", "example") for u in units)
    try:
        order = package_order(b, list(dict.fromkeys(owners)), dev)
    except ManifestError as e:
        error(err, str(e))
        return EXIT_FAILED
    out: dict[Unit, str] = {}
    mode = "clippy" if lint_flags is not None else "check" if check_only else "build"
    for pkg in order:
        mine = wanted.get(pkg.root, [])
        plain_lib = Unit(pkg, pkg.lib, False) if pkg.lib is not None else None
        if (
            plain_lib is not None
            and plain_lib not in mine
            and (not mine or any(u.target.kind != "lib" for u in mine))
        ):
            # The binaries and tests use the library as built without `cfg(test)`: it is
            # checked first (its errors are its own), as cargo builds it before them. A
            # package the build only uses needs nothing else.
            mine = [plain_lib, *mine]
        reached = package_order(b, [pkg], dev and pkg.root in wanted)
        keys = {u: unit_key(mode, u) for u in mine}
        stale = [u for u in mine if not is_fresh(b, reached, keys[u])]
        if stale and not b.quiet:
            status(err, verb, pkg.id)
        for unit in mine:
            if pkg.root not in wanted:
                if unit in stale and check_library(b, pkg, err) != 0:
                    return EXIT_FAILED
            else:
                only_check = (
                    check_only or (unit.target.kind == "lib" and not unit.test) or unit.check_only
                )
                built = _compile(b, unit, err, only_check, lint_flags)
                if isinstance(built, int):
                    return built
                out[unit] = built
            mark_fresh(b, reached, keys[unit])
    return out


def write_launcher(b: Build, unit: Unit, module: str) -> str:
    """`target/debug/NAME`: an executable running the generated module with this Python;
    returns its path."""
    deps = os.path.join(b.out_dir, "deps")
    os.makedirs(deps, exist_ok=True)
    module_path = unit.artifact(b) + ".py"
    with open(module_path, "w", encoding="utf-8") as f:
        f.write(module)
    ferric_parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    exe = unit.executable(b)
    os.makedirs(os.path.dirname(exe), exist_ok=True)
    with open(exe, "w", encoding="utf-8") as f:
        f.write(
            f"#!{sys.executable}\n"
            f"# Written by `ferric build` for {unit.pkg.id}: runs {unit.target.path}.\n"
            "import sys\n"
            f"sys.path.insert(0, {ferric_parent!r})\n"
            "from ferric.driver.run import run_saved\n"
            f"sys.exit(run_saved({module_path!r}, {unit.target.path!r}, sys.argv))\n"
        )
    os.chmod(exe, 0o755)
    return exe
