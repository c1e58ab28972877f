"""The `ferric` command: cargo's shape on the outside, rustc's behaviour on the inside.

    ferric check FILE.rs [--edition E] [--error-format human|json] [--color auto|always|never]
    ferric parse FILE.rs [--emit ast|pretty|expanded] [--edition E] ...
    ferric fmt [FILES...] [--check] [--emit=stdout]     (rustfmt's; see `ferric.fmt.cli`)
    ferric explain E0XXX        (also `ferric --explain E0XXX`)
    ferric --version | -V       ferric help [COMMAND] | -h | --help

`main(argv)` returns the exit code and never raises: compile errors exit 1 and internal
compiler errors 101 (as rustc), bad usage exits 1 with clap's message, an unknown command 101
with cargo's (`error: no such command: `x``). Compilation runs through
`ferric.driver.pipeline.run_compiler`, which guards it; this module only reads arguments,
builds the `Session`, and writes to stdout/stderr (looked up at call time, so tests can
capture them). Ctrl-C exits 130 quietly; a closed stdout (`ferric parse --emit ast x.rs |
head`) ends output quietly.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from typing import Final, TextIO

from ferric import __version__
from ferric.cli.args import (
    USAGE_EXIT,
    Args,
    Command,
    Opt,
    UsageError,
    closest,
    command_help,
    parse_args,
)
from ferric.driver.session import EDITIONS, ColorChoice, ErrorFormat, Options, Session

RUSTC_VERSION: Final = "1.95.0"
EXIT_COMMAND_FAILED: Final = 101
"""cargo's exit code when a command cannot run at all (unknown or unavailable command)."""
EXIT_INTERRUPTED: Final = 130

_EDITION = Opt(
    "edition", "EDITION", "Rust edition", tuple(str(e) for e in EDITIONS), default="2021"
)
_ERROR_FORMAT = Opt(
    "error-format", "FORMAT", "Diagnostic format", tuple(f.value for f in ErrorFormat), "human"
)
_COLOR = Opt("color", "WHEN", "Coloring", tuple(c.value for c in ColorChoice), "auto")
_QUIET = Opt("quiet", "", "Do not print cargo log messages", short="q")
_FILE_HELP = "The crate root, a .rs file"
_RELEASE = Opt("release", "", "Build with the release profile: integer overflow wraps, debug assertions are off", short="r")
_PACKAGE = Opt("package", "SPEC", "Package(s) of the workspace to build", short="p", multiple=True)
_WORKSPACE = Opt("workspace", "", "All packages of the workspace")
_FEATURES = (
    Opt("features", "FEATURES", "Space or comma separated list of features to activate", short="F", multiple=True),
    Opt("all-features", "", "Activate all available features"),
    Opt("no-default-features", "", "Do not activate the `default` feature"),
)
_PROFILE = Opt("profile", "PROFILE-NAME", "Build with the given profile (`dev`, `release`, or one `[profile.NAME]` declares)")
_PACKAGE_OPTS = (_RELEASE, _PROFILE, _PACKAGE, _WORKSPACE, *_FEATURES)
"""What the package commands share (cargo's profile, package and feature selection)."""

_NEW_OPTS = (
    Opt("bin", "", "Use a binary (application) template [default]"),
    Opt("lib", "", "Use a library template"),
    Opt("name", "NAME", "Set the resulting package name, defaults to the directory name"),
    Opt("edition", "YEAR", "Edition to set for the crate generated", tuple(str(e) for e in EDITIONS)),
    Opt("vcs", "VCS", "Initialize a new repository for the given version control system", ("git", "none")),
    _QUIET,
)
"""`ferric new` and `ferric init` take cargo's options."""

COMMANDS: Final[tuple[Command, ...]] = (
    Command(
        "check",
        "Analyze a Rust program and report errors, but don't run it",
        (
            Opt("emit", "WHAT", "Print the program's HIR (names resolved, desugared) or MIR", ("hir", "mir")),
            _EDITION,
            _ERROR_FORMAT,
            _COLOR,
            _QUIET,
            *_PACKAGE_OPTS,
            Opt("bin", "NAME", "Check only the specified binary"),
            Opt("bins", "", "Check all binaries"),
            Opt("lib", "", "Check only this package's library"),
            Opt("example", "NAME", "Check only the specified example"),
            Opt("examples", "", "Check all examples"),
            Opt("test", "NAME", "Check only the specified test target"),
            Opt("tests", "", "Check all targets that have `test = true` set"),
            Opt("all-targets", "", "Check all targets"),
        ),
        "FILE",
        _FILE_HELP + " (default: the package in the current directory)",
        alias="c",
        positional_optional=True,
        trailing="LINT-FLAGS",
    ),
    Command(
        "parse",
        "Parse a Rust program and report syntax errors",
        (
            Opt(
                "emit",
                "WHAT",
                "Print the syntax tree (ast), the program as ferric reads it (pretty), or the program after macro expansion (expanded)",
                ("ast", "pretty", "expanded"),
            ),
            _EDITION,
            _ERROR_FORMAT,
            _COLOR,
        ),
        "FILE",
        _FILE_HELP,
    ),
    Command(
        "explain",
        "Provide a detailed explanation of an error code",
        (),
        "CODE",
        "An error code such as E0382",
    ),
    Command("help", "Print this message or the help of the given command", (), None),
    Command(
        "run",
        "Run a Rust program, or the binary of the package in the current directory",
        (
            Opt("emit", "WHAT", "Print the generated Python instead of running it", ("py",)),
            _EDITION,
            _ERROR_FORMAT,
            _COLOR,
            _QUIET,
            Opt("bin", "NAME", "Name of the bin target to run"),
            Opt("example", "NAME", "Name of the example target to run"),
            _RELEASE,
            _PROFILE,
            Opt("package", "SPEC", "Package with the target to run", short="p"),
            *_FEATURES,
        ),
        "FILE",
        _FILE_HELP + " (default: the package's binary)",
        alias="r",
        positional_optional=True,
        trailing="ARGS",
    ),
    Command(
        "build",
        "Compile the package in the current directory",
        (
            _QUIET,
            _ERROR_FORMAT,
            _COLOR,
            *_PACKAGE_OPTS,
            Opt("bin", "NAME", "Build only the specified binary"),
            Opt("bins", "", "Build all binaries"),
            Opt("lib", "", "Build only this package's library"),
            Opt("example", "NAME", "Build only the specified example"),
            Opt("examples", "", "Build all examples"),
            Opt("test", "NAME", "Build only the specified test target"),
            Opt("tests", "", "Build all targets that have `test = true` set"),
            Opt("all-targets", "", "Build all targets"),
        ),
        alias="b",
    ),
    Command(
        "test",
        "Run the #[test] functions of a Rust program or of the package in the current directory",
        (
            _EDITION,
            _ERROR_FORMAT,
            _COLOR,
            _QUIET,
            Opt("lib", "", "Test only this package's library"),
            Opt("bins", "", "Test all binaries"),
            Opt("bin", "NAME", "Test only the specified binary"),
            Opt("test", "NAME", "Test only the specified test target"),
            Opt("doc", "", "Test only this library's documentation"),
            Opt("no-fail-fast", "", "Run all tests regardless of failure"),
            *_PACKAGE_OPTS,
        ),
        "FILE",
        "A .rs file to test (as `rustc --test FILE && ./FILE`); otherwise a filter on test names",
        alias="t",
        positional_optional=True,
        positional_extra="TESTNAME",
        trailing="ARGS",
    ),
    Command(
        "new",
        "Create a new cargo package at <PATH>",
        _NEW_OPTS,
        "PATH",
        "The directory of the new package",
    ),
    Command(
        "init",
        "Create a new cargo package in an existing directory",
        _NEW_OPTS,
        "PATH",
        "The directory of the package [default: .]",
        positional_optional=True,
    ),
    Command(
        "clean",
        "Remove the target directory of the package in the current directory",
        (_QUIET, Opt("release", "", "Whether or not to clean release artifacts", short="r")),
    ),
    Command("fmt", "Format Rust code (rustfmt's default style)"),
    Command(
        "clippy",
        "Check a program, or the package in the current directory, with clippy's lints",
        (_EDITION, _ERROR_FORMAT, _COLOR, _QUIET, *_PACKAGE_OPTS),
        "FILE",
        "A .rs file to lint (as `clippy-driver FILE`; default: the package)",
        positional_optional=True,
        trailing="LINT-FLAGS",
    ),
    Command(
        "doc",
        "Build the documentation of the package in the current directory (target/doc)",
        (
            _QUIET,
            Opt("open", "", "Opens the docs in a browser after the operation"),
            Opt("no-deps", "", "Don't build documentation for dependencies"),
            Opt("document-private-items", "", "Document private items"),
            *_PACKAGE_OPTS,
        ),
        alias="d",
    ),
)


def _lookup(name: str) -> Command | None:
    for cmd in COMMANDS:
        if name in (cmd.name, cmd.alias):
            return cmd
    return None


def version_text() -> str:
    return f"ferric {__version__} (compatible with rustc {RUSTC_VERSION})\n"


def main_help() -> str:
    """`ferric --help`, laid out as `cargo --help`."""
    rows = []
    for cmd in COMMANDS:
        left = cmd.name + (f", {cmd.alias}" if cmd.alias else "")
        about = cmd.about if cmd.available else f"{cmd.about} (not yet available)"
        rows.append((left, about))
    width = max(len(left) for left, _ in rows)
    commands = "".join(f"    {left.ljust(width)}  {about}\n" for left, about in rows)
    return (
        "The Rust programming language, implemented in Python\n"
        "\n"
        "Usage: ferric [OPTIONS] [COMMAND]\n"
        "\n"
        "Options:\n"
        "  -V, --version         Print version info and exit\n"
        "      --explain <CODE>  Provide a detailed explanation of an error code\n"
        "  -h, --help            Print help\n"
        "\n"
        "Commands:\n"
        f"{commands}"
        "\n"
        "See 'ferric help <command>' for more information on a specific command.\n"
    )


def _no_such_command(name: str, err: TextIO) -> int:
    err.write(f"error: no such command: `{name}`\n\n")
    tip = closest(name, [c.name for c in COMMANDS])
    if tip is not None:
        err.write(f"help: a command with a similar name exists: `{tip}`\n\n")
    err.write("help: view all commands with `ferric --help`\n")
    return EXIT_COMMAND_FAILED


def main(argv: list[str] | None = None) -> int:
    """Run the `ferric` command with `argv` (default: `sys.argv[1:]`); return the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return 0
    finally:
        if argv is None:
            # The process ends now: spare the interpreter's final collection a walk over
            # everything the compilation made (half a second after a check).
            gc.freeze()


def _dispatch(argv: list[str]) -> int:
    out, err = sys.stdout, sys.stderr
    if not argv or argv[0] in ("-h", "--help"):
        out.write(main_help())
        return 0
    head = argv[0]
    if head in ("-V", "--version"):
        out.write(version_text())
        return 0
    if head == "--explain" or head.startswith("--explain="):
        _, eq, code = head.partition("=")
        return _run("explain", [code] if eq else argv[1:2], err)
    if head.startswith("-"):
        err.write(
            f"error: unexpected argument '{head}' found\n\n"
            "Usage: ferric [OPTIONS] [COMMAND]\n\nFor more information, try '--help'.\n"
        )
        return USAGE_EXIT
    return _run(head, argv[1:], err)


def _run(name: str, rest: list[str], err: TextIO) -> int:
    cmd = _lookup(name)
    if cmd is None:
        return _no_such_command(name, err)
    if not cmd.available:
        err.write(f"error: `ferric {cmd.name}` is not yet available\n\n")
        err.write("help: ferric can `check` and `parse` programs today; see `ferric --help`\n")
        return EXIT_COMMAND_FAILED
    if cmd.name == "help":
        return _help(rest, err)
    if cmd.name == "fmt":  # rustfmt's own command line (many FILES, flags)
        from ferric.fmt.cli import fmt_main

        return fmt_main(rest)
    try:
        args = parse_args(cmd, rest)
    except UsageError as e:
        err.write(str(e))
        return USAGE_EXIT
    if args.help:
        sys.stdout.write(command_help(cmd))
        return 0
    return _HANDLERS[cmd.name](args)


def _help(rest: list[str], err: TextIO) -> int:
    if not rest:
        sys.stdout.write(main_help())
        return 0
    cmd = _lookup(rest[0])
    if cmd is None:
        return _no_such_command(rest[0], err)
    if cmd.name == "fmt":
        from ferric.fmt.cli import HELP

        sys.stdout.write(HELP)
        return 0
    sys.stdout.write(command_help(cmd))
    return 0


# -- the commands ---------------------------------------------------------------------------------


def _options(args: Args) -> Options:
    """A single file's options; `--release` gives a release build's semantics (rustc's
    `-C debug-assertions=off -C overflow-checks=off`, implied by `-O`)."""
    release = args.flag("release")
    return Options(
        edition=int(args.get("edition")),
        error_format=ErrorFormat(args.get("error-format")),
        color=ColorChoice(args.get("color")),
        debug_assertions=not release,
        overflow_checks=not release,
    )


def _compile(
    args: Args, action: Callable[[Session, str], None], lint_flags: tuple[tuple[str, str], ...] = ()
) -> int:
    from dataclasses import replace

    from ferric.driver.pipeline import run_compiler

    path = args.positional
    assert path is not None  # required by the command's declaration
    sess = Session.create(replace(_options(args), lint_flags=lint_flags))
    return run_compiler(sess, lambda s: action(s, path), sys.stderr)


def _cmd_check(args: Args) -> int:
    from ferric.driver.pipeline import check, lower

    if args.positional is None:
        from ferric.cargo.commands import cargo_check

        return cargo_check(args)

    emit = args.values.get("emit")
    flags = _lint_flags(args.trailing)
    if isinstance(flags, str):
        sys.stderr.write(f"error: {flags}\n\n")
        return 1

    def action(sess: Session, path: str) -> None:
        if emit == "hir":
            from ferric.hir.print import print_crate

            program = lower(sess, path)
            if program is not None:
                write_stdout(print_crate(program.defs, program.hir, program.crate_names))
            return
        if emit == "mir":
            from ferric.driver.pipeline import mir_text

            text = mir_text(sess, path)
            if text is not None:
                write_stdout(text)
            return
        check(sess, path)

    return _compile(args, action, flags)


def _cmd_parse(args: Args) -> int:
    from ferric.driver.pipeline import parse

    emit = args.values.get("emit")

    def action(sess: Session, path: str) -> None:
        krate = parse(sess, path)
        if krate is None or sess.dcx.has_errors:
            return
        if emit == "expanded":
            from ferric.driver.pipeline import expand
            from ferric.syntax.printer import print_crate

            krate = expand(sess, krate, path)
            if not sess.dcx.has_errors:
                write_stdout(print_crate(krate))
        elif emit == "ast":
            from ferric.syntax.dump import dump

            write_stdout(dump(krate, sess.source_map) + "\n")
        elif emit == "pretty":
            from ferric.syntax.printer import print_crate

            write_stdout(print_crate(krate))

    return _compile(args, action)


def _cmd_explain(args: Args) -> int:
    from ferric.diag.explain import explain_command

    assert args.positional is not None
    text, status = explain_command(args.positional)
    (sys.stdout if status == 0 else sys.stderr).write(text)
    return status


def _cmd_run(args: Args) -> int:
    from ferric.driver.run import build_module, execute

    path = args.positional
    if path is None:
        from ferric.cargo.commands import cargo_run

        return cargo_run(args)
    from ferric.rt import ops

    ops.PROGRAM_ARGS[:] = [os.path.splitext(path)[0], *args.trailing]
    built = build_module(_options(args), path, sys.stderr)
    if isinstance(built, int):
        return built
    if args.values.get("emit") == "py":
        return write_stdout(built) or 0
    return execute(built, path)


def _cmd_test(args: Args) -> int:
    """`ferric test FILE.rs [FILTER] [-- ARGS]`: `rustc --test FILE.rs && ./FILE ARGS`;
    without a `.rs` file, the package's tests (`ferric.cargo`)."""
    path = args.positional
    if path is None or not path.endswith(".rs"):
        from ferric.cargo.commands import cargo_test

        return cargo_test(args)
    from dataclasses import replace

    from ferric.driver.libtest import run_tests
    from ferric.driver.run import build_module, execute

    built = build_module(replace(_options(args), test=True), path, sys.stderr)
    if isinstance(built, int):
        return built
    harness = ([args.extra] if args.extra else []) + args.trailing
    return execute(built, path, lambda ns: run_tests(ns, harness, sys.stdout))


def _cmd_clippy(args: Args) -> int:
    """`ferric clippy [FILE.rs] [-- -D warnings -A clippy::x ...]`: `clippy-driver FILE.rs`
    on a file, `cargo clippy` on the package in the current directory."""
    flags = _lint_flags(args.trailing)
    if isinstance(flags, str):
        sys.stderr.write(f"error: {flags}\n\n")
        return 1
    if args.positional is None:
        from ferric.cargo.commands import cargo_clippy

        return cargo_clippy(args, flags)
    from ferric.driver.pipeline import clippy

    def action(sess: Session, path: str) -> None:
        clippy(sess, path, flags)

    return _compile(args, action, flags)


def _lint_flags(argv: list[str]) -> tuple[tuple[str, str], ...] | str:
    """rustc's lint flags (`-D warnings`, `-Aclippy::x`, `--deny=warnings`) as (`-D`,
    `warnings`) pairs, in order; a message for anything else."""
    from ferric.lint.levels import FLAG_LEVELS

    long = {"--allow": "-A", "--warn": "-W", "--deny": "-D", "--forbid": "-F"}
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        flag = long.get(name) or (arg[:2] if arg[:2] in FLAG_LEVELS else None)
        if flag is None:
            return f"Unrecognized option: '{arg.lstrip('-')}'"
        if name in long and eq:
            out.append((flag, value))
        elif name not in long and len(arg) > 2:
            out.append((flag, arg[2:]))
        elif i + 1 < len(argv):
            out.append((flag, argv[i + 1]))
            i += 1
        else:
            return f"Argument to option '{flag.lstrip('-')}' missing"
        i += 1
    return tuple(out)


def _cmd_cargo(name: str) -> Callable[[Args], int]:
    def handler(args: Args) -> int:
        from ferric.cargo import commands

        if name == "build":
            return commands.cargo_build(args)
        if name == "clean":
            return commands.cargo_clean(args)
        if name == "doc":
            return commands.cargo_doc(args)
        return commands.cargo_new(args, init=name == "init")

    return handler


_HANDLERS: Final[dict[str, Callable[[Args], int]]] = {
    "build": _cmd_cargo("build"),
    "clean": _cmd_cargo("clean"),
    "doc": _cmd_cargo("doc"),
    "new": _cmd_cargo("new"),
    "init": _cmd_cargo("init"),
    "check": _cmd_check,
    "clippy": _cmd_clippy,
    "run": _cmd_run,
    "test": _cmd_test,
    "parse": _cmd_parse,
    "explain": _cmd_explain,
}


# -- stdout that may be closed ------------------------------------------------------------------


def write_stdout(text: str) -> None:
    """Write program output; a reader that went away (`| head`) silences the rest."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Point the real stdout at /dev/null so the interpreter's final flush cannot fail."""
    real = sys.__stdout__
    if real is None or sys.stdout is not real:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, real.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
