"""The cargo commands on a package: `build`, `run`, `check`, `test`, `doc`, `clean`, `new`,
`init`.

Each finds `Cargo.toml` from the current directory upward (`manifest.find_manifest`),
reads it, and compiles the package's crates with the driver, one crate per compilation
(`Options.crate_name`/`crate_type`/`test`; the working directory is the package root while
compiling, as cargo runs rustc, so file names read `src/main.rs`), printing cargo's
status lines on stderr (`Compiling`, `Checking`, `Finished`, `Running`; `-q` silences
them) and, on failure, cargo's closing lines (`error: could not compile ...`, `error: test
failed, to rerun pass ...`; exit 101).

`target/debug/NAME` is written for each binary: a small Python script running the module
ferric generated (kept beside it, `target/debug/deps/NAME-HASH.py`), so the program runs
without ferric compiling again. A package whose sources (and ferric) are unchanged since
the last build is fresh: no `Compiling` line, and the driver's module cache supplies the
modules.

Crates using crates, as cargo: path dependencies (`_dependencies`, transitively) are
checked first, each as its own compilation; then the package's library; then its binaries
and integration tests, each compiled with the library and the dependencies as
`Options.externs` (`_dep_externs`), which the driver brings into the same session
(`driver.pipeline.load_externs`).

Doc tests run after the other targets (`doctest_run`).

Boundary: no registry dependencies.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Protocol, TextIO

from ferric.cargo.doctest_run import DocCrate, run_doc_tests
from ferric.cargo.manifest import ManifestError, Package, Target, find_manifest, read_manifest
from ferric.cargo.new import NewOptions, create_package
from ferric.cargo.status import error, status
from ferric.doc.generate import CrateToDocument
from ferric.driver.session import ColorChoice, ErrorFormat, Extern, Options


class Args(Protocol):
    """What the commands read of the command line (`ferric.cli.args.Args`)."""

    values: dict[str, str]
    positional: str | None
    extra: str | None
    trailing: list[str]

    def flag(self, long: str) -> bool: ...


EXIT_FAILED = 101
DEV_PROFILE = "`dev` profile [unoptimized + debuginfo]"
TEST_PROFILE = "`test` profile [unoptimized + debuginfo]"


# -- loading the package ----------------------------------------------------------------------


def _load(err: TextIO) -> Package | int:
    cwd = os.getcwd()
    path = find_manifest(cwd)
    if path is None:
        error(err, f"could not find `Cargo.toml` in `{cwd}` or any parent directory")
        return EXIT_FAILED
    try:
        pkg = read_manifest(path)
    except ManifestError as e:
        error(err, str(e))
        return EXIT_FAILED
    try:
        _dependencies(pkg)
    except ManifestError as e:
        error(err, str(e))
        return EXIT_FAILED
    return pkg


def _dependencies(pkg: Package) -> list[tuple[Package, tuple[tuple[str, Package], ...]]]:
    """Every package `pkg` depends on through `path` dependencies, each once, a package
    after the packages it depends on, with its own direct dependencies (the name it uses
    for each, and the package). Raises `ManifestError` for an unreadable manifest, a
    dependency without a library, or a cycle."""
    order: list[tuple[Package, tuple[tuple[str, Package], ...]]] = []
    done: dict[str, Package] = {}
    active: list[str] = []

    def visit(p: Package) -> tuple[tuple[str, Package], ...]:
        direct: list[tuple[str, Package]] = []
        for name, path in p.path_dependencies:
            dep = done.get(path)
            if dep is None:
                if path in active:
                    chain = " -> ".join(os.path.basename(a) for a in [*active, path])
                    raise ManifestError(f"cyclic package dependency: {chain}")
                dep = read_manifest(os.path.join(path, "Cargo.toml"))
                if dep.lib is None:
                    raise ManifestError(
                        f"failed to select a version for `{name}`: package `{dep.id}` "
                        "has no library target, so it cannot be a dependency"
                    )
                active.append(path)
                deps = visit(dep)
                active.pop()
                done[path] = dep
                order.append((dep, deps))
            direct.append((name, dep))
        return tuple(direct)

    active.append(pkg.root)
    visit(pkg)
    return order


@contextmanager
def _in_dir(path: str) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


@dataclass(frozen=True, slots=True)
class _Unit:
    """One crate compilation of the package (cargo's "unit")."""

    target: Target
    test: bool

    def label(self, pkg: Package) -> str:
        """How cargo names the unit: `` `hello` (bin "hello" test) ``."""
        t = self.target
        kind = "lib" if t.kind == "lib" else f'{t.kind} "{t.name}"'
        return f"`{pkg.name}` ({kind}{' test' if self.test and t.kind != 'test' else ''})"

    def hash(self, pkg: Package) -> str:
        key = f"{pkg.id}\0{self.target.kind}\0{self.target.name}\0{self.test}"
        return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()

    def artifact(self, pkg: Package) -> str:
        """`target/debug/deps/NAME-HASH` (cargo's name for a test binary)."""
        return f"target/debug/deps/{self.target.name.replace('-', '_')}-{self.hash(pkg)}"

    def options(self, pkg: Package, args: Args) -> Options:
        t = self.target
        externs = _dep_externs(pkg)
        if pkg.lib is not None and t.kind != "lib":
            # Binaries and integration tests use the package's library (built without
            # `cfg(test)`), which uses the package's dependencies.
            lib = pkg.lib
            externs = (Extern(lib.name, lib.path, lib.edition, externs), *externs)
        return Options(
            edition=t.edition,
            error_format=ErrorFormat(args.values.get("error-format", "human")),
            color=ColorChoice(args.values.get("color", "auto")),
            test=self.test,
            crate_name=t.name.replace("-", "_"),
            crate_type="lib" if t.kind == "lib" else "bin",
            externs=externs,
            cargo_unit=self.label(pkg),
        )


def _dep_externs(pkg: Package) -> tuple[Extern, ...]:
    """The libraries of the package's path dependencies (by the name the package gives
    each, `-` replaced by `_`), each with its own dependencies."""
    made: dict[str, Extern] = {}
    for dep, direct in _dependencies(pkg):
        lib = dep.lib
        assert lib is not None
        deps = tuple(_renamed(made[d.root], n) for n, d in direct)
        made[dep.root] = Extern(lib.name, os.path.join(dep.root, lib.path), lib.edition, deps)
    return tuple(_renamed(made[os.path.normpath(path)], name) for name, path in pkg.path_dependencies)


def _renamed(e: Extern, name: str) -> Extern:
    crate = name.replace("-", "_")
    return e if e.name == crate else Extern(crate, e.path, e.edition, e.deps, e.cfg_names)


def _fingerprint(pkg: Package, what: str) -> str:
    """A hash of everything a build of the package depends on: ferric, Cargo.toml, the
    package's `.rs` files (outside `target/`), and what is built."""
    from ferric.driver.module_cache import ferric_hash

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{ferric_hash()}\0{what}\0".encode())
    roots = [pkg.root, *(dep.root for dep, _ in _dependencies(pkg))]
    for dirpath, dirnames, filenames in (w for root in roots for w in os.walk(root)):
        dirnames[:] = sorted(d for d in dirnames if d not in ("target", ".git"))
        for f in sorted(filenames):
            if f.endswith(".rs") or f == "Cargo.toml":
                p = os.path.join(dirpath, f)
                h.update(p.encode() + b"\0")
                try:
                    with open(p, "rb") as fh:
                        h.update(fh.read())
                except OSError:
                    pass
    return h.hexdigest()


def _fingerprint_path(pkg: Package, what: str) -> str:
    return os.path.join(pkg.root, "target", "debug", ".fingerprint", f"ferric-{what}")


def _is_fresh(pkg: Package, what: str, building: Package | None = None) -> bool:
    """Whether `what` of `pkg` was built from the same sources (recorded in the target
    directory of `building`, the package being built: `pkg` itself or a dependent)."""
    try:
        with open(_fingerprint_path(building or pkg, what), encoding="utf-8") as f:
            return f.read() == _fingerprint(pkg, what)
    except OSError:
        return False


def _mark_fresh(pkg: Package, what: str, building: Package | None = None) -> None:
    home = building or pkg
    path = _fingerprint_path(home, what)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(_fingerprint(pkg, what))
        tag = os.path.join(home.root, "target", "CACHEDIR.TAG")
        if not os.path.exists(tag):
            with open(tag, "w", encoding="utf-8") as f:
                f.write(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file is a cache directory tag created by cargo.\n"
                    "# For information about cache directory tags see https://bford.info/cachedir/\n"
                )
    except OSError:
        pass


def _finished(err: TextIO, quiet: bool, profile: str, started: float) -> None:
    if not quiet:
        status(err, "Finished", f"{profile} target(s) in {time.monotonic() - started:.2f}s")



# -- compiling --------------------------------------------------------------------------------


def _lock(pkg: Package, err: TextIO, quiet: bool) -> None:
    """Write `Cargo.lock` when it is missing, as cargo does (saying so when the package has
    dependencies: `Locking N packages to latest compatible version`)."""
    path = os.path.join(pkg.root, "Cargo.lock")
    if os.path.exists(path):
        return
    deps = _dependencies(pkg)
    packages = sorted([(pkg, tuple(n for n, _ in _direct(pkg)))] + [
        (dep, tuple(d.name for _, d in direct)) for dep, direct in deps
    ], key=lambda e: (e[0].name, e[0].version))
    text = (
        "# This file is automatically @generated by Cargo.\n"
        "# It is not intended for manual editing.\nversion = 4\n"
    )
    for p, names in packages:
        text += f'\n[[package]]\nname = "{p.name}"\nversion = "{p.version}"\n'
        if names:
            text += "dependencies = [\n" + "".join(f' "{n}",\n' for n in sorted(set(names))) + "]\n"
    with suppress(OSError), open(path, "w", encoding="utf-8") as f:
        f.write(text)
    if deps and not quiet:
        n = len(deps)
        status(err, "Locking", f"{n} package{'s' if n != 1 else ''} to latest compatible version{'s' if n != 1 else ''}")


def _direct(pkg: Package) -> list[tuple[str, Package]]:
    """The packages `pkg` names in its path dependencies (their package names)."""
    out = []
    for _, path in pkg.path_dependencies:
        dep = read_manifest(os.path.join(path, "Cargo.toml"))
        out.append((dep.name, dep))
    return out


def _check_dependency(pkg: Package, dep: Package, args: Args, err: TextIO) -> int:
    """Check a dependency's library as its own compilation (its diagnostics shown with its
    absolute paths, as cargo shows those of a package outside the one being built)."""
    from ferric.driver.pipeline import check, run_compiler
    from ferric.driver.session import Session

    lib = dep.lib
    assert lib is not None
    opts = Options(
        edition=lib.edition,
        error_format=ErrorFormat(args.values.get("error-format", "human")),
        color=ColorChoice(args.values.get("color", "auto")),
        crate_name=lib.name,
        crate_type="lib",
        externs=_dep_externs(dep),
        cargo_unit=f"`{dep.name}` (lib)",
    )
    path = os.path.join(dep.root, lib.path)
    with _in_dir(pkg.root):
        code = run_compiler(Session.create(opts), lambda s: check(s, path), err)
    return EXIT_FAILED if code != 0 else 0


def _compile(pkg: Package, unit: _Unit, args: Args, err: TextIO, check_only: bool) -> str | int:
    """Check (`check_only`) or build one unit; the module, or the failure's exit status."""
    opts = unit.options(pkg, args)
    with _in_dir(pkg.root):
        if check_only:
            from ferric.driver.pipeline import check, run_compiler
            from ferric.driver.session import Session

            code = run_compiler(Session.create(opts), lambda s: check(s, unit.target.path), err)
            if code != 0:
                return EXIT_FAILED
            return ""
        from ferric.driver.run import build_module

        built = build_module(opts, unit.target.path, err)
    if isinstance(built, int):
        return EXIT_FAILED
    return built


def _build_units(
    pkg: Package, units: list[_Unit], args: Args, err: TextIO, check_only: bool
) -> dict[_Unit, str] | int:
    quiet = args.flag("quiet")
    verb = "Checking" if check_only else "Compiling"
    what = ("check-" if check_only else "build-") + "-".join(
        f"{u.target.kind}.{u.target.name}{'.test' if u.test else ''}" for u in units
    )
    fresh = _is_fresh(pkg, what)
    _lock(pkg, err, quiet)
    for dep, _ in _dependencies(pkg):
        dep_what = f"dep-{hashlib.blake2b(dep.root.encode(), digest_size=8).hexdigest()}"
        if _is_fresh(dep, dep_what, pkg):
            continue
        if not quiet:
            status(err, verb, dep.id)
        if _check_dependency(pkg, dep, args, err) != 0:
            return EXIT_FAILED
        _mark_fresh(dep, dep_what, pkg)
    if not fresh and not quiet:
        status(err, verb, pkg.id)
    out: dict[_Unit, str] = {}
    plain_lib = _Unit(pkg.lib, False) if pkg.lib is not None else None
    if plain_lib is not None and plain_lib not in units and any(u.target.kind != "lib" for u in units):
        # The binaries and tests use the library as built without `cfg(test)`: it is
        # checked first (its errors are its own), as cargo builds it before them.
        units = [plain_lib, *units]
    for unit in units:
        built = _compile(
            pkg, unit, args, err, check_only or (unit.target.kind == "lib" and not unit.test)
        )
        if isinstance(built, int):
            return built
        out[unit] = built
    _mark_fresh(pkg, what)
    return out


def _write_launcher(pkg: Package, unit: _Unit, module: str) -> None:
    """`target/debug/NAME`: an executable running the generated module with this Python."""
    debug = os.path.join(pkg.root, "target", "debug")
    deps = os.path.join(debug, "deps")
    os.makedirs(deps, exist_ok=True)
    module_path = os.path.join(pkg.root, unit.artifact(pkg) + ".py")
    with open(module_path, "w", encoding="utf-8") as f:
        f.write(module)
    ferric_parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    exe = os.path.join(debug, unit.target.name)
    with open(exe, "w", encoding="utf-8") as f:
        f.write(
            f"#!{sys.executable}\n"
            f"# Written by `ferric build` for {pkg.id}: runs {unit.target.path}.\n"
            "import sys\n"
            f"sys.path.insert(0, {ferric_parent!r})\n"
            "from ferric.driver.run import run_saved\n"
            f"sys.exit(run_saved({module_path!r}, {unit.target.path!r}, sys.argv))\n"
        )
    os.chmod(exe, 0o755)


# -- the commands -----------------------------------------------------------------------------


def cargo_build(args: Args) -> int:
    return _build_or_check(args, check_only=False)


def cargo_check(args: Args) -> int:
    return _build_or_check(args, check_only=True)


def _build_or_check(args: Args, check_only: bool) -> int:
    err = sys.stderr
    started = time.monotonic()
    pkg = _load(err)
    if isinstance(pkg, int):
        return pkg
    units = ([_Unit(pkg.lib, False)] if pkg.lib else []) + [_Unit(b, False) for b in pkg.bins]
    built = _build_units(pkg, units, args, err, check_only)
    if isinstance(built, int):
        return built
    if not check_only:
        for unit, module in built.items():
            if unit.target.kind == "bin":
                _write_launcher(pkg, unit, module)
    _finished(err, args.flag("quiet"), DEV_PROFILE, started)
    return 0


def cargo_run(args: Args) -> int:
    err = sys.stderr
    started = time.monotonic()
    pkg = _load(err)
    if isinstance(pkg, int):
        return pkg
    if not pkg.bins:
        error(err, "a bin target must be available for `ferric run`")
        return EXIT_FAILED
    wanted = args.values.get("bin") or pkg.default_run
    if wanted is not None:
        chosen = [b for b in pkg.bins if b.name == wanted]
        if not chosen:
            error(err, f"no bin target named `{wanted}` in default-run packages")
            return EXIT_FAILED
        target = chosen[0]
    elif len(pkg.bins) > 1:
        error(
            err,
            "`ferric run` could not determine which binary to run. Use the `--bin` option to "
            "specify a binary, or the `default-run` manifest key.\navailable binaries: "
            + ", ".join(b.name for b in pkg.bins),
        )
        return EXIT_FAILED
    else:
        target = pkg.bins[0]
    units = ([_Unit(pkg.lib, False)] if pkg.lib else []) + [_Unit(target, False)]
    built = _build_units(pkg, units, args, err, False)
    if isinstance(built, int):
        return built
    unit = units[-1]
    _write_launcher(pkg, unit, built[unit])
    quiet = args.flag("quiet")
    _finished(err, quiet, DEV_PROFILE, started)
    exe = os.path.relpath(os.path.join(pkg.root, "target", "debug", target.name))
    if not quiet:
        shown = " ".join([exe, *args.trailing])
        status(err, "Running", f"`{shown}`")
    from ferric.driver.run import execute
    from ferric.rt import ops

    ops.PROGRAM_ARGS[:] = [exe, *args.trailing]
    return execute(built[unit], target.path)


def _doc_crate(pkg: Package) -> DocCrate | None:
    """The package's library as its doc tests use it (None for a package without one)."""
    lib = pkg.lib
    if lib is None:
        return None
    deps = _dep_externs(pkg)
    own = Extern(lib.name, lib.path, lib.edition, deps)
    return DocCrate(lib.name.replace("-", "_"), lib.path, lib.edition, (own, *deps))


def cargo_test(args: Args) -> int:
    err = sys.stderr
    started = time.monotonic()
    pkg = _load(err)
    if isinstance(pkg, int):
        return pkg
    only_lib, only_bins, only_doc = args.flag("lib"), args.flag("bins"), args.flag("doc")
    bin_name, test_name = args.values.get("bin"), args.values.get("test")
    selective = only_lib or only_bins or only_doc or bin_name is not None or test_name is not None
    if only_doc and pkg.lib is None:
        error(err, f"no library targets found in package `{pkg.name}`")
        return EXIT_FAILED
    units: list[_Unit] = []
    if pkg.lib is not None and (not selective or only_lib):
        units.append(_Unit(pkg.lib, True))
    elif pkg.lib is not None and only_doc:
        units.append(_Unit(pkg.lib, False))  # (checked, not run: the doc tests use it)
    for b in pkg.bins:
        if not selective or only_bins or bin_name == b.name:
            units.append(_Unit(b, True))
    for t in pkg.tests:
        if not selective or test_name == t.name:
            units.append(_Unit(t, True))
    if bin_name is not None and not any(
        u.target.name == bin_name and u.target.kind == "bin" for u in units
    ):
        error(err, f"no bin target named `{bin_name}`")
        return EXIT_FAILED
    if test_name is not None and not any(
        u.target.name == test_name and u.target.kind == "test" for u in units
    ):
        error(err, f"no test target named `{test_name}`")
        return EXIT_FAILED
    built = _build_units(pkg, units, args, err, False)
    if isinstance(built, int):
        return built
    quiet = args.flag("quiet")
    _finished(err, quiet, TEST_PROFILE, started)
    filters = [f for f in (args.positional, args.extra) if f]
    harness = filters + args.trailing
    if quiet and "-q" not in harness and "--quiet" not in harness:
        harness = [*harness, "--quiet"]
    failed: list[str] = []
    from ferric.driver.run import execute

    for unit in units:
        t = unit.target
        if not unit.test:
            continue
        what = f"unittests {t.path}" if t.kind != "test" else t.path
        if not quiet:
            status(err, "Running", f"{what} ({unit.artifact(pkg)})")
        with _in_dir(pkg.root):
            code = execute(built[unit], t.path, _harness(harness))
        if code != 0:
            flag = "--lib" if t.kind == "lib" else f"--{t.kind} {t.name}"
            error(err, f"test failed, to rerun pass `{flag}`")
            failed.append(flag)
            if not args.flag("no-fail-fast"):
                return EXIT_FAILED
    doc = _doc_crate(pkg)
    # (cargo runs no doc tests when a test name filter is given before `--`)
    if doc is not None and ((not selective and not filters) or only_doc):
        if not quiet:
            status(err, "Doc-tests", doc.name)
        with _in_dir(pkg.root):
            code = run_doc_tests(doc, harness, sys.stdout)
        if code != 0:
            error(err, "doctest failed, to rerun pass `--doc`")
            failed.append("--doc")
            if not args.flag("no-fail-fast"):
                return EXIT_FAILED
    if failed:
        n = len(failed)
        error(
            err,
            f"{n} target{'s' if n != 1 else ''} failed:\n"
            + "".join(f"    `{f}`\n" for f in failed).rstrip("\n"),
        )
        return EXIT_FAILED
    return 0


def _harness(argv: list[str]) -> Callable[[dict[str, object]], int]:
    from ferric.driver.libtest import run_tests

    return lambda ns: run_tests(ns, argv, sys.stdout)


def _human_bytes(n: int) -> str:
    """cargo's `human_readable_bytes`."""
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    value = float(n)
    i = 0
    while value >= 1024 and i < len(units) - 1:
        value /= 1024
        i += 1
    return f"{n}B" if i == 0 else f"{value:.1f}{units[i]}"


def cargo_clean(args: Args) -> int:
    err = sys.stderr
    pkg = _load(err)
    if isinstance(pkg, int):
        return pkg
    target = os.path.join(pkg.root, "target")
    files = size = 0
    for dirpath, _, filenames in os.walk(target):
        for f in filenames:
            files += 1
            with suppress(OSError):
                size += os.lstat(os.path.join(dirpath, f)).st_size
    shutil.rmtree(target, ignore_errors=True)
    if not args.flag("quiet"):
        if files:
            status(
                err,
                "Removed",
                f"{files} file{'s' if files != 1 else ''}, {_human_bytes(size)} total",
            )
        else:
            status(err, "Removed", "0 files")
    return 0


def cargo_new(args: Args, init: bool) -> int:
    if args.flag("lib") and args.flag("bin"):
        error(sys.stderr, "can't specify both lib and binary outputs")
        return EXIT_FAILED
    path = args.positional or "."
    return create_package(
        NewOptions(
            path=path,
            lib=args.flag("lib"),
            name=args.values.get("name"),
            edition=args.values.get("edition"),
            vcs=args.values.get("vcs"),
            init=init,
            quiet=args.flag("quiet"),
        ),
        sys.stderr,
    )


# -- ferric doc ---------------------------------------------------------------------------------


def _doc_targets(pkg: Package, private: bool) -> list[CrateToDocument]:
    """What `cargo doc` documents of a package: its library, and its binaries not named as
    the library (binaries with their private items, as cargo asks rustdoc)."""
    deps = _dep_externs(pkg)
    out = []
    lib = pkg.lib
    if lib is not None:
        out.append(CrateToDocument(lib.name.replace("-", "_"), lib.path, lib.edition, deps, "lib", private))
    for b in pkg.bins:
        name = b.name.replace("-", "_")
        if lib is not None and name == lib.name.replace("-", "_"):
            continue
        externs = deps
        if lib is not None:
            externs = (Extern(lib.name, lib.path, lib.edition, deps), *deps)
        out.append(CrateToDocument(name, b.path, b.edition, externs, "bin", True))
    return out


def cargo_doc(args: Args) -> int:
    """`ferric doc [--open] [--no-deps] [--document-private-items]`: HTML documentation in
    `target/doc`, with cargo's status lines (`Documenting`, `Finished`, `Generated`)."""
    from ferric.doc.generate import document
    from ferric.doc.pages import write_shared

    err = sys.stderr
    started = time.monotonic()
    pkg = _load(err)
    if isinstance(pkg, int):
        return pkg
    quiet = args.flag("quiet")
    private = args.flag("document-private-items")
    no_deps = args.flag("no-deps")
    out_dir = os.path.join(pkg.root, "target", "doc")
    what = f"doc{'-private' if private else ''}{'-nodeps' if no_deps else ''}"
    fresh = _is_fresh(pkg, what) and os.path.isdir(out_dir)
    _lock(pkg, err, quiet)
    index: list[dict[str, str]] = []
    crates: list[str] = []
    generated: list[str] = []
    for dep, _ in _dependencies(pkg):
        dep_what = f"dep-{hashlib.blake2b(dep.root.encode(), digest_size=8).hexdigest()}"
        if not (fresh or _is_fresh(dep, dep_what, pkg)):
            if not quiet:
                status(err, "Checking", dep.id)
            if _check_dependency(pkg, dep, args, err) != 0:
                return EXIT_FAILED
            _mark_fresh(dep, dep_what, pkg)
        if no_deps:
            continue
        if not fresh and not quiet:
            status(err, "Documenting", dep.id)
        for t in _doc_targets(dep, False)[:1]:
            with _in_dir(dep.root):
                entries = document(t, out_dir, err)
            if entries is None:
                error(err, f"could not document `{dep.name}`")
                return EXIT_FAILED
            index += entries
            crates.append(t.name)
    if not fresh and not quiet:
        status(err, "Documenting", pkg.id)
    for t in _doc_targets(pkg, private):
        with _in_dir(pkg.root):
            entries = document(t, out_dir, err)
        if entries is None:
            error(err, f"could not document `{pkg.name}`")
            return EXIT_FAILED
        index += entries
        crates.append(t.name)
        generated.append(os.path.join(out_dir, t.name, "index.html"))
    write_shared(out_dir, crates, index)
    _mark_fresh(pkg, what)
    _finished(err, quiet, DEV_PROFILE, started)
    if not generated:
        return 0
    if args.flag("open"):
        return _open_docs(generated[0], err, quiet)
    if not quiet:
        others = len(generated) - 1
        more = f" and {others} other file{'s' if others != 1 else ''}" if others else ""
        status(err, "Generated", generated[0] + more)
    return 0


def _open_docs(page: str, err: TextIO, quiet: bool) -> int:
    """`--open`: the page in a browser — `$BROWSER` if set, as cargo, else Python's
    `webbrowser` — or cargo's warning when none can be started."""
    import subprocess

    from ferric.driver.session import os_error_message

    if not quiet:
        status(err, "Opening", page)
    browser = os.environ.get("BROWSER")
    if browser:
        try:
            subprocess.Popen([browser, page], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as e:
            err.write(f"warning: Couldn't open docs with {browser}: {os_error_message(e)}\n")
        return 0
    import webbrowser

    try:
        opened = webbrowser.open("file://" + page)
    except webbrowser.Error:
        opened = False
    if not opened:
        err.write("warning: Couldn't open docs: no browser found\n")
    return 0
