"""The cargo commands on a package or workspace: `build`, `run`, `check`, `clippy`, `test`,
`doc`, `clean`, `new`, `init`.

Each loads the build (`build.load_build`: the workspace from the current directory
upward, the selected packages, the profile, the features), chooses the units the command
needs, compiles them (`build.build_units`, which prints cargo's `Compiling`/`Checking`
lines) and prints cargo's `Finished` line with the profile's label (`` `release` profile
[optimized] ``) and, for `run`/`test`, `Running` lines. On failure: cargo's closing lines
(`error: could not compile ...`, `error: test failed, to rerun pass ...`; exit 101).

`target/PROFILE/NAME` (`target/PROFILE/examples/NAME`) is written for each binary built:
a small Python script running the module ferric generated (kept beside it in `deps/`), so
the program runs without ferric compiling again.

Doc tests run after the other targets (`doctest_run`).

Boundary: no registry dependencies; the order of
`Compiling` lines is dependencies first, then the workspace's order (cargo's parallel
job queue may print independent packages in another order).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from typing import TextIO

from ferric.cargo.build import (
    EXIT_FAILED,
    Args,
    Build,
    Unit,
    build_units,
    check_library,
    externs_of,
    in_dir,
    is_fresh,
    load_build,
    mark_fresh,
    package_order,
    shown,
    unit_key,
    write_launcher,
)
from ferric.cargo.doctest_run import DocCrate, run_doc_tests
from ferric.cargo.features import closest
from ferric.cargo.manifest import ManifestError, Package, Target
from ferric.cargo.new import NewOptions, create_package
from ferric.cargo.status import error, status, warning
from ferric.doc.generate import CrateToDocument
from ferric.driver.session import Extern


def _finished(b: Build, err: TextIO, started: float) -> None:
    if not b.quiet:
        status(err, "Finished", f"{b.profile.label} target(s) in {time.monotonic() - started:.2f}s")


def _no_target(err: TextIO, kind: str, name: str, available: list[str]) -> int:
    """cargo's error for `--bin NAME`/`--example NAME` naming no target."""
    text = f"no {kind} target named `{name}` in default-run packages"
    tip = closest(name, available)
    if tip is not None:
        text += f"\n\nhelp: a target with a similar name exists: `{tip}`"
    elif available:
        text += f"\nhelp: available {kind} targets:" + "".join(f"\n    {a}" for a in available)
    error(err, text)
    return EXIT_FAILED


def _named(b: Build, kind: str, name: str, err: TextIO) -> list[Unit] | int:
    """The selected packages' `kind` target called `name` (an error when there is none)."""
    found = [Unit(p, t, False) for p in b.selected for t in _targets(p, kind) if t.name == name]
    if not found:
        return _no_target(err, kind, name, sorted(t.name for p in b.selected for t in _targets(p, kind)))
    return found


def _has_features(b: Build, unit: Unit) -> bool:
    """The unit's `required-features` are enabled."""
    enabled = set(b.resolve.features_of(unit.pkg))
    return all(f in enabled for f in unit.target.required_features)


def _missing_features(unit: Unit, err: TextIO) -> int:
    """cargo's error for a target named explicitly without its `required-features`."""
    req = unit.target.required_features
    error(
        err,
        f"target `{unit.target.name}` in package `{unit.pkg.name}` requires the features: "
        + ", ".join(f"`{f}`" for f in req)
        + f'\nConsider enabling them by passing, e.g., `--features="{" ".join(req)}"`',
    )
    return EXIT_FAILED


def _targets(pkg: Package, kind: str) -> tuple[Target, ...]:
    return pkg.bins if kind == "bin" else pkg.examples if kind == "example" else pkg.tests


# -- build and check ------------------------------------------------------------------------------


def cargo_build(args: Args) -> int:
    return _build_or_check(args, check_only=False)


def cargo_check(args: Args) -> int:
    return _build_or_check(args, check_only=True)


def _build_or_check(args: Args, check_only: bool) -> int:
    err = sys.stderr
    started = time.monotonic()
    dev = any(args.flag(f) for f in ("examples", "tests", "all-targets"))
    dev = dev or args.values.get("example") is not None or args.values.get("test") is not None
    b = load_build(args, err, "check" if check_only else "build", dev=dev)
    if isinstance(b, int):
        return b
    units = _selected_units(b, args, err)
    if isinstance(units, int):
        return units
    built = build_units(b, units, err, check_only)
    if isinstance(built, int):
        return built
    if not check_only:
        for unit, module in built.items():
            if unit.target.kind in ("bin", "example") and not unit.test and unit in units:
                write_launcher(b, unit, module)
    _finished(b, err, started)
    return 0


def cargo_clippy(args: Args, lint_flags: tuple[tuple[str, str], ...]) -> int:
    """`cargo clippy [-- FLAGS]`: check the selected packages' libraries and binaries with
    clippy's lints (their dependencies are only checked). Each run lints again: cargo
    replays the warnings of a fresh package, without its `Checking` line."""
    err = sys.stderr
    started = time.monotonic()
    b = load_build(args, err, "check")
    if isinstance(b, int):
        return b
    units = _selected_units(b, args, err)
    if isinstance(units, int):
        return units
    built = build_units(b, units, err, True, lint_flags)
    if isinstance(built, int):
        return built
    _finished(b, err, started)
    return 0


def _selected_units(b: Build, args: Args, err: TextIO) -> list[Unit] | int:
    """The units `build`/`check` compile: by default each selected package's library
    and binaries; `--lib`, `--bins`, `--bin NAME`, `--examples`, `--example NAME`,
    `--tests` (the test harnesses of the library, binaries and integration tests),
    `--test NAME`, `--all-targets` choose."""
    lib, bins, examples = args.flag("lib"), args.flag("bins"), args.flag("examples")
    tests, every = args.flag("tests"), args.flag("all-targets")
    bin_name, example = args.values.get("bin"), args.values.get("example")
    test_name = args.values.get("test")
    chosen = lib or bins or examples or tests or every or any(v is not None for v in (bin_name, example, test_name))
    units: list[Unit] = []
    for p in b.selected:
        if p.lib is not None and (not chosen or lib or every):
            units.append(Unit(p, p.lib, False))
        units += [Unit(p, t, False) for t in p.bins if not chosen or bins or every]
        units += [Unit(p, t, False) for t in p.examples if examples or every]
        if tests or every:
            units += [Unit(p, t, True) for t in (*((p.lib,) if p.lib else ()), *p.bins, *p.tests)]
        if test_name is not None:
            units += [Unit(p, t, True) for t in p.tests if t.name == test_name]
    if test_name is not None and not any(u.target.kind == "test" and u.target.name == test_name for u in units):
        return _no_target(err, "test", test_name, sorted(t.name for p in b.selected for t in p.tests))
    units = [u for u in units if _has_features(b, u)]
    for flag, kind in (("bins", "bin"), ("examples", "example")):
        if args.flag(flag) and not any(u.target.kind == kind for u in units):
            warning(err, f"target filter `{flag}` specified, but no targets matched; this is a no-op")
    if lib and not any(u.target.kind == "lib" for u in units):
        error(err, f"no library targets found in package{'s' if len(b.selected) > 1 else ''} `{', '.join(p.name for p in b.selected)}`")
        return EXIT_FAILED
    for kind, name in (("bin", bin_name), ("example", example)):
        if name is not None:
            found = _named(b, kind, name, err)
            if isinstance(found, int):
                return found
            lacking = [u for u in found if not _has_features(b, u)]
            if lacking:
                return _missing_features(lacking[0], err)
            units += [u for u in found if u not in units]
    return units


# -- run ------------------------------------------------------------------------------------------


def cargo_run(args: Args) -> int:
    err = sys.stderr
    started = time.monotonic()
    example = args.values.get("example")
    b = load_build(args, err, "run", dev=example is not None)
    if isinstance(b, int):
        return b
    unit = _run_unit(b, args, err)
    if isinstance(unit, int):
        return unit
    if not _has_features(b, unit):
        return _missing_features(unit, err)
    units = ([Unit(unit.pkg, unit.pkg.lib, False)] if unit.pkg.lib else []) + [unit]
    built = build_units(b, units, err, False)
    if isinstance(built, int):
        return built
    exe = shown(write_launcher(b, unit, built[unit]))
    _finished(b, err, started)
    if not b.quiet:
        status(err, "Running", f"`{' '.join([exe, *args.trailing])}`")
    from ferric.driver.run import execute
    from ferric.rt import ops

    ops.PROGRAM_ARGS[:] = [exe, *args.trailing]
    with in_dir(os.getcwd()):
        return execute(built[unit], unit.target.path)


def _run_unit(b: Build, args: Args, err: TextIO) -> Unit | int:
    """The binary (or `--example`) `ferric run` runs, as cargo chooses it: `--bin`, then
    the package's `default-run`, then the only binary of the selected packages."""
    example = args.values.get("example")
    if example is not None:
        found = _named(b, "example", example, err)
        return found if isinstance(found, int) else found[0]
    wanted = args.values.get("bin")
    if wanted is None and len(b.selected) == 1:
        wanted = b.selected[0].default_run
    if wanted is not None:
        found = _named(b, "bin", wanted, err)
        return found if isinstance(found, int) else found[0]
    bins = [Unit(p, t, False) for p in b.selected for t in p.bins]
    if not bins:
        error(err, "a bin target must be available for `ferric run`")
        return EXIT_FAILED
    if len(bins) > 1:
        error(
            err,
            "`ferric run` could not determine which binary to run. Use the `--bin` option to "
            "specify a binary, or the `default-run` manifest key.\navailable binaries: "
            + ", ".join(sorted(u.target.name for u in bins)),
        )
        return EXIT_FAILED
    return bins[0]


def _doc_crate(b: Build, pkg: Package) -> DocCrate | None:
    """The package's library as its doc tests use it (None for a package without one):
    with its features, and the dependencies and dev-dependencies a test may use."""
    lib = pkg.lib
    if lib is None:
        return None
    own = Extern(lib.name, lib.path, lib.edition, externs_of(b, pkg, False), features=b.resolve.features_of(pkg))
    return DocCrate(lib.name.replace("-", "_"), lib.path, lib.edition, (own, *externs_of(b, pkg, True)))


def cargo_test(args: Args) -> int:
    err = sys.stderr
    started = time.monotonic()
    b = load_build(args, err, "test")
    if isinstance(b, int):
        return b
    units = _test_units(b, args, err)
    if isinstance(units, int):
        return units
    built = build_units(b, units, err, False)
    if isinstance(built, int):
        return built
    _finished(b, err, started)
    quiet = b.quiet
    filters = [f for f in (args.positional, args.extra) if f]
    harness = filters + args.trailing
    if quiet and "-q" not in harness and "--quiet" not in harness:
        harness = [*harness, "--quiet"]
    failed: list[str] = []
    from ferric.driver.run import execute

    for unit in (u for u in units if not u.check_only):
        t = unit.target
        what = f"unittests {t.path}" if t.kind != "test" else t.path
        if not quiet:
            status(err, "Running", f"{what} ({shown(unit.artifact(b))})")
        with in_dir(unit.pkg.root):
            code = execute(built[unit], t.path, _harness(harness))
        if code != 0:
            flag = "--lib" if t.kind == "lib" else f"--{t.kind} {t.name}"
            if b.multi():
                flag = f"-p {unit.pkg.name} {flag}"
            error(err, f"test failed, to rerun pass `{flag}`")
            failed.append(flag)
            if not args.flag("no-fail-fast"):
                return EXIT_FAILED
    selective = any(args.flag(f) for f in ("lib", "bins", "doc")) or any(
        args.values.get(v) is not None for v in ("bin", "test")
    )
    # (cargo runs no doc tests when a test name filter is given before `--`)
    if (not selective and not filters) or args.flag("doc"):
        for pkg in sorted(b.selected, key=lambda p: p.name):
            doc = _doc_crate(b, pkg)
            if doc is None:
                continue
            if not quiet:
                status(err, "Doc-tests", doc.name)
            with in_dir(pkg.root):
                code = run_doc_tests(doc, harness, sys.stdout)
            if code != 0:
                flag = f"-p {pkg.name} --doc" if b.multi() else "--doc"
                error(err, f"doctest failed, to rerun pass `{flag}`")
                failed.append(flag)
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


def _test_units(b: Build, args: Args, err: TextIO) -> list[Unit] | int:
    """What `ferric test` builds: per selected package (in name order, as cargo runs
    them) the library's, the binaries' and the integration tests' harnesses, and the
    examples (compiled, not run); `--lib`, `--bins`, `--bin NAME`, `--test NAME`,
    `--doc` choose."""
    only_lib, only_bins, only_doc = args.flag("lib"), args.flag("bins"), args.flag("doc")
    bin_name, test_name = args.values.get("bin"), args.values.get("test")
    selective = only_lib or only_bins or only_doc or bin_name is not None or test_name is not None
    if only_doc and all(p.lib is None for p in b.selected):
        names = ", ".join(p.name for p in b.selected)
        error(err, f"no library targets found in package{'s' if len(b.selected) > 1 else ''} `{names}`")
        return EXIT_FAILED
    units: list[Unit] = []
    examples: list[Unit] = []
    for p in sorted(b.selected, key=lambda p: p.name):
        if p.lib is not None and (not selective or only_lib):
            units.append(Unit(p, p.lib, True))
        elif p.lib is not None and only_doc:
            units.append(Unit(p, p.lib, False, check_only=True))  # (the doc tests use it)
        units += [Unit(p, t, True) for t in p.bins if not selective or only_bins or bin_name == t.name]
        units += [Unit(p, t, True) for t in p.tests if not selective or test_name == t.name]
        if not selective:
            examples += [Unit(p, t, False, check_only=True) for t in p.examples]
    for kind, name in (("bin", bin_name), ("test", test_name)):
        if name is not None and not any(u.target.name == name and u.target.kind == kind for u in units):
            return _no_target(err, kind, name, sorted(t.name for p in b.selected for t in _targets(p, kind)))
    named = [u for u in units if u.target.name in (bin_name, test_name)]
    lacking = [u for u in named if not _has_features(b, u)]
    if lacking:
        return _missing_features(lacking[0], err)
    # (Targets whose `required-features` are not enabled are skipped.)
    return [u for u in units + examples if _has_features(b, u)]


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
    """Remove `target/` (`--release`: only `target/release`) at the workspace root."""
    err = sys.stderr
    b = load_build(args, err, "clean")
    if isinstance(b, int):
        return b
    target = os.path.join(b.ws.target_dir, "release") if args.flag("release") else b.ws.target_dir
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


def _doc_targets(b: Build, pkg: Package, private: bool) -> list[CrateToDocument]:
    """What `cargo doc` documents of a package: its library, and its binaries not named as
    the library (binaries with their private items, as cargo asks rustdoc)."""
    deps = externs_of(b, pkg, False)
    out = []
    lib = pkg.lib
    if lib is not None:
        out.append(CrateToDocument(lib.name.replace("-", "_"), lib.path, lib.edition, deps, "lib", private))
    for t in pkg.bins:
        name = t.name.replace("-", "_")
        if lib is not None and name == lib.name.replace("-", "_"):
            continue
        externs = deps
        if lib is not None:
            own = Extern(lib.name, lib.path, lib.edition, deps, features=b.resolve.features_of(pkg))
            externs = (own, *deps)
        out.append(CrateToDocument(name, t.path, t.edition, externs, "bin", True))
    return out


def cargo_doc(args: Args) -> int:
    """`ferric doc [--open] [--no-deps] [--document-private-items]`: HTML documentation in
    `target/doc` at the workspace root, with cargo's status lines (`Checking` and
    `Documenting` for the dependencies, `Documenting` for the selected packages,
    `Finished`, `Generated`)."""
    from ferric.doc.generate import document
    from ferric.doc.pages import write_shared

    err = sys.stderr
    started = time.monotonic()
    b = load_build(args, err, "doc")
    if isinstance(b, int):
        return b
    quiet = b.quiet
    private = args.flag("document-private-items")
    no_deps = args.flag("no-deps")
    out_dir = os.path.join(b.ws.target_dir, "doc")
    try:
        order = package_order(b, list(b.selected), False)
    except ManifestError as e:
        error(err, str(e))
        return EXIT_FAILED
    selected = {p.root for p in b.selected}
    what = "doc" + "".join(f"\0{p.root}" for p in b.selected) + f"{'-private' if private else ''}{'-nodeps' if no_deps else ''}"
    fresh = is_fresh(b, order, what) and os.path.isdir(out_dir)
    index: list[dict[str, str]] = []
    crates: list[str] = []
    generated: list[str] = []
    used = {dep.root for p in order for _, dep in b.resolve.deps_of(p, False)}
    for pkg in order:
        mine = pkg.root in selected
        if pkg.root in used:
            # A library other documented crates use is checked first (rustdoc reads its
            # metadata), a selected one too.
            assert pkg.lib is not None
            key = unit_key("check", Unit(pkg, pkg.lib, False))
            reached = package_order(b, [pkg], False)
            if not (fresh or is_fresh(b, reached, key)):
                if not quiet:
                    status(err, "Checking", pkg.id)
                if check_library(b, pkg, err) != 0:
                    return EXIT_FAILED
                mark_fresh(b, reached, key)
        if no_deps and not mine:
            continue
        if not fresh and not quiet:
            status(err, "Documenting", pkg.id)
        targets = _doc_targets(b, pkg, private) if mine else _doc_targets(b, pkg, False)[:1]
        for t in targets:
            with in_dir(pkg.root):
                entries = document(t, out_dir, err)
            if entries is None:
                error(err, f"could not document `{pkg.name}`")
                return EXIT_FAILED
            index += entries
            crates.append(t.name)
            if mine:
                generated.append(os.path.join(out_dir, t.name, "index.html"))
    write_shared(out_dir, crates, index)
    mark_fresh(b, order, what)
    _finished(b, err, started)
    if not generated:
        return 0
    generated.sort()
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
