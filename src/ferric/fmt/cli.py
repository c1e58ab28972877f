"""`ferric fmt [FILES...] [--check] [--emit=files|stdout] [--edition E]`: rustfmt's command line.

With FILES, each file is a crate root, as for `rustfmt FILES`; without, the Cargo package
around the current directory (a `Cargo.toml` here or above) is formatted as `cargo fmt` does:
its targets (`src/lib.rs`, `src/main.rs`, `src/bin/`, `tests/`, `examples/`, `benches/`,
`build.rs`), in path order, with the edition of its manifest. Every root brings in the files
of its `mod name;` declarations (rustc's lookup rules, `#[path]` included), and each root's
files are written in path order.

Files are rewritten in place only when formatting changes them; `--check` prints rustfmt's
diff instead and exits 1 when anything would change; `--emit=stdout` prints each file's
formatted text under a `PATH:` header. A file that does not parse gets rustc's error
messages on stderr and is left alone (a child module's failure leaves its whole crate alone,
with rustfmt's `Error writing files: failed to resolve mod ...`); the exit code is then 1.

Formatting runs on a worker thread with a deep stack, as compilation does.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final, TextIO

from ferric.fmt.diff import make_diff, render_diff
from ferric.syntax import ast

WORKER_STACK_SIZE: Final = 512 * 1024 * 1024
RECURSION_LIMIT: Final = 400_000
EDITIONS: Final = ("2015", "2018", "2021", "2024")

USAGE: Final = "Usage: ferric fmt [OPTIONS] [FILES]..."

HELP: Final = f"""Format Rust code (rustfmt's default style)

{USAGE}

Arguments:
  [FILES]...  Crate roots to format (default: the Cargo package around the current directory)

Options:
      --check             Print the changes formatting would make (a diff) and exit 1 if any
      --emit <MODE>       Where formatted code goes [default: files] [possible values: files, stdout]
      --edition <EDITION> Rust edition [default: the package's, else 2021] [possible values: 2015, 2018, 2021, 2024]
  -h, --help              Print help
"""


class _Usage(Exception):
    pass


@dataclass(slots=True)
class FmtOptions:
    files: list[str] = field(default_factory=list)
    check: bool = False
    emit: str = "files"
    edition: str | None = None
    help: bool = False


def parse_fmt_args(argv: list[str]) -> FmtOptions:
    opts = FmtOptions()
    i = 0
    positional_only = False
    while i < len(argv):
        word = argv[i]
        i += 1
        if positional_only or not word.startswith("-") or word == "-":
            opts.files.append(word)
        elif word == "--":
            positional_only = True
        elif word in ("-h", "--help"):
            opts.help = True
        elif word == "--check":
            opts.check = True
        elif word.partition("=")[0] in ("--emit", "--edition"):
            name, eq, value = word.partition("=")
            if not eq:
                if i >= len(argv):
                    raise _Usage(f"error: a value is required for '{name}' but none was supplied\n")
                value = argv[i]
                i += 1
            choices = ("files", "stdout") if name == "--emit" else EDITIONS
            if value not in choices:
                raise _Usage(
                    f"error: invalid value '{value}' for '{name}'\n"
                    f"  [possible values: {', '.join(choices)}]\n"
                )
            if name == "--emit":
                opts.emit = value
            else:
                opts.edition = value
        else:
            raise _Usage(f"error: unexpected argument '{word.partition('=')[0]}' found\n")
    return opts


# -- finding the files ------------------------------------------------------------------------


def find_manifest(start: str) -> str | None:
    """The nearest `Cargo.toml` in `start` or above."""
    d = os.path.abspath(start)
    while True:
        candidate = os.path.join(d, "Cargo.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def manifest_edition(manifest: str) -> str | None:
    try:
        with open(manifest, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError):
        return None
    package = data.get("package")
    edition = package.get("edition") if isinstance(package, dict) else None
    return edition if isinstance(edition, str) and edition in EDITIONS else None


def package_targets(root: str) -> list[str]:
    """The crate roots `cargo fmt` formats in the package at `root`, in path order."""
    found: list[str] = []

    def add(*parts: str) -> None:
        path = os.path.join(root, *parts)
        if os.path.isfile(path):
            found.append(path)

    add("src", "lib.rs")
    add("src", "main.rs")
    add("build.rs")
    for sub in ("src/bin", "tests", "examples", "benches"):
        d = os.path.join(root, sub)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if name.endswith(".rs") and os.path.isfile(path):
                found.append(path)
            elif os.path.isfile(os.path.join(path, "main.rs")):
                found.append(os.path.join(path, "main.rs"))
    return sorted(set(found), key=path_order)


def path_order(path: str) -> list[str]:
    """Paths ordered as Rust orders them: component by component (`a/b.rs` before `a.rs`)."""
    return path.split(os.sep)


@dataclass(frozen=True, slots=True)
class _ModDir:
    path: str
    relative: str | None = None


def _path_attr(item: ast.Item) -> str | None:
    from ferric.lexer.literal import str_value
    from ferric.lexer.token import LitKind

    for a in item.attrs:
        kind = a.kind
        if not isinstance(kind, ast.NormalAttr):
            continue
        segs = kind.path.segments
        if len(segs) != 1 or segs[0].ident.name != "path":
            continue
        args = kind.args
        if (
            isinstance(args, ast.AttrEq)
            and isinstance(args.expr, ast.LitExpr)
            and args.expr.lit.kind in (LitKind.STR, LitKind.STR_RAW)
        ):
            return str_value(args.expr.lit)
    return None


def _child_mods(
    items: tuple[ast.Item, ...], mod_dir: _ModDir
) -> Iterator[tuple[ast.ModItem, _ModDir]]:
    """Every `mod name;` among `items` (inline modules searched), with its parent's directory."""
    for it in items:
        if not isinstance(it, ast.ModItem):
            continue
        if it.items is None:
            yield it, mod_dir
            continue
        p = _path_attr(it)
        if p is not None:
            inner = _ModDir(os.path.join(mod_dir.path, p))
        else:
            base = os.path.join(mod_dir.path, mod_dir.relative or "")
            inner = _ModDir(os.path.join(base, it.ident.name))
        yield from _child_mods(it.items, inner)


def _resolve_mod(item: ast.ModItem, parent: _ModDir) -> tuple[str, _ModDir] | str:
    """The file of `mod name;` and its own directory, or rustfmt's error text."""
    name = item.ident.name
    p = _path_attr(item)
    if p is not None:
        path = os.path.normpath(os.path.join(parent.path, p))
        if not os.path.isfile(path):
            return f"failed to resolve mod `{name}`: {path} does not exist"
        return path, _ModDir(os.path.dirname(path))
    base = os.path.join(parent.path, parent.relative) if parent.relative else parent.path
    default = os.path.join(base, f"{name}.rs")
    secondary = os.path.join(base, name, "mod.rs")
    if os.path.isfile(default):
        return default, _ModDir(os.path.dirname(default), name)
    if os.path.isfile(secondary):
        return secondary, _ModDir(os.path.dirname(secondary))
    return f"failed to resolve mod `{name}`: {default} does not exist"


# -- formatting -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Formatted:
    path: str
    original: str
    text: str


class FmtRun:
    """One `ferric fmt` invocation: formats crate roots and reports as rustfmt does."""

    def __init__(self, opts: FmtOptions, out: TextIO, err: TextIO, edition: int) -> None:
        self.opts = opts
        self.out = out
        self.err = err
        self.edition = edition
        self.failed = False
        self.changed = False
        self.seen: set[str] = set()
        self.color_diff = _term_supports_color()
        self.color_err = _isatty(err)

    def _error(self, text: str) -> None:
        self.err.write(text)
        self.failed = True

    def _format_file(self, path: str) -> tuple[_Formatted, ast.Crate] | None:
        from ferric.diag.emitter import render_human
        from ferric.fmt.api import format_source

        try:
            with open(path, encoding="utf-8") as f:
                original = f.read()
        except (OSError, UnicodeDecodeError) as e:
            self._error(f"Error: {e.strerror if isinstance(e, OSError) else e}: {path}\n")
            return None
        try:
            res = format_source(original, path, self.edition)
        except Exception as e:  # a formatter bug: the file is left as it is
            self._error(f"error: internal error formatting {path}: {type(e).__name__}: {e}\n")
            return None
        if res.text is None or res.krate is None:
            if res.source is not None:
                sm = res.source.source_map
                self.err.write("".join(render_human(d, sm, self.color_err) for d in res.errors))
            self.failed = True
            return None
        return _Formatted(path, original, res.text), res.krate

    def format_root(self, root: str) -> None:
        """Format the crate rooted at `root` and its child module files."""
        root = os.path.abspath(root)
        done: dict[str, _Formatted] = {}
        pending: list[tuple[str, _ModDir, str | None]] = [(root, _ModDir(os.path.dirname(root)), None)]
        while pending:
            path, mod_dir, mod_name = pending.pop(0)
            if path in done:
                continue
            result = self._format_file(path)
            if result is None:
                if mod_name is not None:
                    self._error(
                        f"Error writing files: failed to resolve mod `{mod_name}`: cannot parse {path}\n"
                    )
                return
            formatted, krate = result
            done[path] = formatted
            for item, parent in _child_mods(krate.items, mod_dir):
                found = _resolve_mod(item, parent)
                if isinstance(found, str):
                    self._error(f"Error writing files: {found}\n")
                    return
                pending.append((found[0], found[1], item.ident.name))
        for path in sorted(done, key=path_order):
            if path not in self.seen:
                self.seen.add(path)
                self._emit(done[path])

    def _emit(self, f: _Formatted) -> None:
        if self.opts.check:
            hunks = make_diff(f.original, f.text)
            if hunks:
                self.changed = True
                self.out.write(render_diff(f.path, hunks, self.color_diff))
        elif self.opts.emit == "stdout":
            self.out.write(f"{f.path}:\n\n{f.text}")
        elif f.text != f.original:
            try:
                with open(f.path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(f.text)
            except OSError as e:
                self._error(f"Error writing files: {e.strerror}: {f.path}\n")

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.changed else 0


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _term_supports_color() -> bool:
    """rustfmt colours its diff whenever the terminal named by TERM has colours (piped or not)."""
    term = os.environ.get("TERM", "")
    return term not in ("", "dumb")


def fmt_main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run `ferric fmt` with `argv` (the words after `fmt`); return the exit code."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        opts = parse_fmt_args(argv)
    except _Usage as e:
        err.write(f"{e}\n{USAGE}\n\nFor more information, try '--help'.\n")
        return 1
    if opts.help:
        out.write(HELP)
        return 0
    if opts.check and opts.emit == "stdout":
        err.write("Invalid to use `--emit` and `--check`\n")
        return 1
    roots = list(opts.files)
    edition = opts.edition
    if not roots:
        manifest = find_manifest(os.getcwd())
        if manifest is None:
            err.write(
                f"error: could not find `Cargo.toml` in `{os.getcwd()}` or any parent directory\n"
            )
            return 1
        roots = package_targets(os.path.dirname(manifest))
        if edition is None:
            edition = manifest_edition(manifest)
    run = FmtRun(opts, out, err, int(edition or "2021"))
    for root in roots:
        if not os.path.isfile(root):
            run._error(f"Error: file `{root}` does not exist\n")
            continue
        _run_deep(functools.partial(run.format_root, root))
    return run.exit_code


def _run_deep(job: Callable[[], None]) -> None:
    """Run `job` on a worker thread with a deep stack (deeply nested code recurses deeply)."""
    failure: list[BaseException] = []

    def work() -> None:
        try:
            job()
        except BaseException as e:  # re-raised on the calling thread
            failure.append(e)

    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        old_size: int | None = threading.stack_size(WORKER_STACK_SIZE)
    except (ValueError, RuntimeError):
        old_size = None
    try:
        worker = threading.Thread(target=work, name="ferric-fmt", daemon=True)
        worker.start()
    finally:
        if old_size is not None:
            threading.stack_size(old_size)
    while worker.is_alive():
        worker.join(0.25)
    if failure:
        raise failure[0]
