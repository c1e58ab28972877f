"""ferric's libtest: the test harness of a test build (`ferric test`, as `rustc --test`).

rustc's `--test` replaces `main` by libtest's runner over the crate's `#[test]` functions.
ferric splits that runner in two:

- compile time: `collect_tests(tcx)` finds the `#[test]` functions of the local crate
  (named by their path in the crate, `tests::it_works`) with their `#[ignore]` and
  `#[should_panic]` attributes; the backend builds a module whose entry `_ferric_tests`
  has one thunk per test, and `descriptors_source` appends the descriptors to that module
  (so a cached module carries them);
- run time: `run_tests(namespace, argv, out)` is libtest's `test_main`: it reads libtest's
  command line (filters, `--exact`, `--skip`, `--ignored`, `--include-ignored`, `--list`,
  `--nocapture`, `--show-output`, `--test-threads`, `-q`), runs each selected test through
  its thunk (std's `rt::test_start`: a thread named after the test, `Termination`,
  panics caught) with the program's output captured (`ferric.rt.ops.output_capture`), and
  prints libtest's report — pretty or terse — byte for byte; exit status 101 when a test
  failed.

Tests run one at a time in name order, which is what libtest prints with
`--test-threads=1`; with more threads libtest prints the same lines in completion order,
so only the order of lines can differ. Output is never coloured.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ferric.resolve.defs import DefId
    from ferric.syntax import ast
    from ferric.ty.context import TyCtxt

EXIT_FAILED = 101
_QUIET_MODE_MAX_COLUMN = 88


@dataclass(frozen=True, slots=True)
class TestDesc:
    """A `#[test]` function as libtest describes it (`test::TestDesc`)."""

    name: str
    def_id: DefId
    ignore: bool = False
    ignore_message: str | None = None
    should_panic: bool = False
    expected: str | None = None
    """`#[should_panic(expected = "...")]`: a substring the panic message must contain."""
    location: tuple[str, int, int] = ("", 0, 0)
    """Where the function's name is (file, line, column): "did not panic as expected at"."""


# -- compile time -----------------------------------------------------------------------------


def collect_tests(tcx: TyCtxt) -> list[TestDesc]:
    """The local crate's `#[test]` functions, in item order."""
    from ferric.hir import nodes as hir
    from ferric.resolve.defs import LOCAL_CRATE

    found: list[TestDesc] = []
    for def_id, item in tcx.items_of_crate(LOCAL_CRATE):
        if not isinstance(item, hir.FnItem) or not tcx.has_attr(def_id, "test"):
            continue
        attrs = tcx.defs[def_id].attrs
        name = tcx.defs.path_str(def_id)
        ignore, ignore_message = _ignore(attrs)
        should_panic, expected = _should_panic(attrs)
        sf = tcx.source_map.lookup_file(item.ident.span.lo)
        location = ("", 0, 0)
        if sf is not None:
            line, col = sf.line_col(item.ident.span.lo)
            location = (sf.name, line, col)
        found.append(
            TestDesc(name, def_id, ignore, ignore_message, should_panic, expected, location)
        )
    return found


def descriptors_source(tests: list[TestDesc]) -> str:
    """Python source binding `_ferric_test_descs` (appended to a test build's module)."""
    rows = "".join(
        f"    {(d.name, d.ignore, d.ignore_message, d.should_panic, d.expected, d.location)!r},\n"
        for d in tests
    )
    return f"_ferric_test_descs = (\n{rows})\n"


def _normal(attr: ast.Attribute, name: str) -> ast.NormalAttr | None:
    from ferric.syntax import ast

    k = attr.kind
    if isinstance(k, ast.NormalAttr) and [s.ident.name for s in k.path.segments] == [name]:
        return k
    return None


def _str_lit(expr: object) -> str | None:
    from ferric.lexer.token import LitKind
    from ferric.lexer.unescape import unescape_raw_str, unescape_str
    from ferric.syntax import ast

    if isinstance(expr, ast.LitExpr):
        lit = expr.lit
        if lit.kind is LitKind.STR:
            return unescape_str(lit.symbol)
        if lit.kind is LitKind.STR_RAW:
            return unescape_raw_str(lit.symbol)
    return None


def _token_str(tok: object) -> str | None:
    from ferric.lexer.token import LitKind
    from ferric.lexer.unescape import unescape_raw_str, unescape_str

    lit = getattr(tok, "lit", None)
    if lit is None:
        return None
    if lit.kind is LitKind.STR:
        return unescape_str(lit.symbol)
    if lit.kind is LitKind.STR_RAW:
        return unescape_raw_str(lit.symbol)
    return None


def _ignore(attrs: tuple[ast.Attribute, ...]) -> tuple[bool, str | None]:
    from ferric.syntax import ast

    for a in attrs:
        k = _normal(a, "ignore")
        if k is not None:
            return True, _str_lit(k.args.expr) if isinstance(k.args, ast.AttrEq) else None
    return False, None


def _should_panic(attrs: tuple[ast.Attribute, ...]) -> tuple[bool, str | None]:
    """`#[should_panic]`, `#[should_panic = "msg"]`, `#[should_panic(expected = "msg")]`."""
    from ferric.syntax import ast

    for a in attrs:
        k = _normal(a, "should_panic")
        if k is None:
            continue
        if isinstance(k.args, ast.AttrEq):
            return True, _str_lit(k.args.expr)
        if isinstance(k.args, ast.DelimArgs):
            toks = list(k.args.tokens)
            for i, tok in enumerate(toks):
                if getattr(tok, "text", None) == "expected" and i + 2 < len(toks):
                    return True, _token_str(toks[i + 2])
        return True, None
    return False, None


# -- libtest's command line -----------------------------------------------------------------------


@dataclass(slots=True)
class TestOpts:
    filters: list[str] = field(default_factory=list)
    skip: list[str] = field(default_factory=list)
    exact: bool = False
    ignored: bool = False
    include_ignored: bool = False
    list: bool = False
    nocapture: bool = False
    show_output: bool = False
    quiet: bool = False
    test_threads: int | None = None


class TestArgsError(Exception):
    """Bad harness arguments; the message is libtest's (printed as `error: ...`)."""


_FLAGS = {
    "--exact": "exact",
    "--ignored": "ignored",
    "--include-ignored": "include_ignored",
    "--list": "list",
    "--nocapture": "nocapture",
    "--no-capture": "nocapture",
    "--show-output": "show_output",
    "--quiet": "quiet",
    "-q": "quiet",
}


def parse_test_args(argv: list[str]) -> TestOpts:
    """libtest's `parse_opts` for the options ferric's harness knows."""
    opts = TestOpts()
    seen: set[str] = set()
    threads: str | None = None

    def once(option: str) -> None:
        # getopts: every option but `--skip` may be given once.
        if option in seen:
            raise TestArgsError(f"Option '{option}' given more than once")
        seen.add(option)

    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg in _FLAGS:
            once(_FLAGS[arg].replace("_", "-"))
            setattr(opts, _FLAGS[arg], True)
            continue
        name, eq, value = arg.partition("=")
        if name in ("--test-threads", "--skip"):
            if name == "--test-threads":
                once("test-threads")
            if not eq:
                if i >= len(argv):
                    raise TestArgsError(f"Argument to option '{name[2:]}' missing")
                value = argv[i]
                i += 1
            if name == "--skip":
                opts.skip.append(value)
            else:
                threads = value
            continue
        if arg.startswith("--"):
            raise TestArgsError(f"Unrecognized option: '{name[2:]}'")
        if arg.startswith("-") and arg != "-":
            raise TestArgsError(f"Unrecognized option: '{arg[1:2]}'")
        opts.filters.append(arg)
    if threads is not None:
        # (checked after getopts has read every option, as libtest does)
        try:
            n = int(threads)
        except ValueError:
            raise TestArgsError(
                "argument for --test-threads must be a number > 0 "
                "(error: invalid digit found in string)"
            ) from None
        if n == 0:
            raise TestArgsError("argument for --test-threads must not be 0")
        opts.test_threads = n
    if opts.ignored and opts.include_ignored:
        raise TestArgsError("the options --include-ignored and --ignored are mutually exclusive")
    return opts


# -- running ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Test:
    name: str
    run: Callable[[], Any]
    ignore: bool
    ignore_message: str | None
    should_panic: bool
    expected: str | None
    location: tuple[str, int, int]
    outcome: Callable[[], tuple[str, bytes]] | None = None
    """Runs the test and judges it itself (`ok`/`failed`, and its output); doc tests, run
    in processes of their own, use this instead of `run`."""
    suffix: str = ""
    """What libtest adds after the name: ` - compile`, ` - compile fail` (doc tests)."""


@dataclass(frozen=True, slots=True)
class HarnessTest:
    """A test the harness runs through a callable of its own (`run_harness`): rustdoc's
    doc tests, each compiled and run by the caller."""

    name: str
    run: Callable[[], tuple[str, bytes]]
    """`("ok" | "failed", captured output)`."""
    ignore: bool = False
    suffix: str = ""


def run_harness(tests: list[HarnessTest], argv: list[str], out: TextIO) -> int:
    """libtest's `test_main` over tests that judge themselves (rustdoc's runner)."""
    harness = [
        _Test(t.name, t.run, t.ignore, None, False, None, ("", 0, 0), t.run, t.suffix)
        for t in tests
    ]
    return _main(harness, argv, out)


def _tests_of(namespace: dict[str, Any]) -> list[_Test]:
    thunks = dict(namespace["_ferric_tests"])
    tests = []
    for name, ignore, message, should_panic, expected, location in namespace["_ferric_test_descs"]:
        tests.append(_Test(name, thunks[name], ignore, message, should_panic, expected, location))
    return tests


def _select(tests: list[_Test], opts: TestOpts) -> list[_Test]:
    """libtest's `filter_tests`, then its sort by name."""

    def matches(name: str, pattern: str) -> bool:
        return name == pattern if opts.exact else pattern in name

    out = [t for t in tests if not opts.filters or any(matches(t.name, f) for f in opts.filters)]
    out = [t for t in out if not any(matches(t.name, s) for s in opts.skip)]
    if opts.ignored:
        out = [t for t in out if t.ignore]
        for t in out:
            t.ignore = False
    elif opts.include_ignored:
        for t in out:
            t.ignore = False
    return sorted(out, key=lambda t: t.name)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _debug_str(s: str) -> str:
    """Rust's `{:?}` of a string."""
    out = ['"']
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif c == "\0":
            out.append("\\0")
        elif c.isprintable() or c == " ":
            out.append(c)
        else:
            out.append(f"\\u{{{ord(c):x}}}")
    out.append('"')
    return "".join(out)


def _string_of(v: Any) -> str:
    """A Rust `String` of the generated code (`rt.core.Vec` over UTF-8 bytes) as text."""
    return bytes(v.a).decode("utf-8", "replace")


def run_tests(namespace: dict[str, Any], argv: list[str], out: TextIO) -> int:
    """libtest's `test_main` over a test build's module namespace; the exit status."""
    return _main(_tests_of(namespace), argv, out)


def _main(tests: list[_Test], argv: list[str], out: TextIO) -> int:
    try:
        opts = parse_test_args(argv)
    except TestArgsError as e:
        import sys

        sys.stderr.write(f"error: {e}\n")
        return EXIT_FAILED
    selected = _select(tests, opts)
    if opts.list:
        for t in selected:
            out.write(f"{t.name}: test\n")
        if not opts.quiet:
            if selected:
                out.write("\n")
            out.write(f"{_plural(len(selected), 'test')}, 0 benchmarks\n")
        out.flush()
        return 0
    threads = opts.test_threads
    if threads is None:
        env = os.environ.get("RUST_TEST_THREADS", "")
        threads = int(env) if env.isdigit() and int(env) > 0 else (os.cpu_count() or 1)
    report = _Report(out, opts, len(selected), multithreaded=threads > 1)
    started = time.monotonic()
    out.write(f"\nrunning {_plural(len(selected), 'test')}\n")
    out.flush()
    for t in selected:
        if t.ignore:
            report.result(t, "ignored", b"")
            continue
        report.start(t)
        if t.outcome is None:
            status, output = _run_one(t, opts.nocapture)
        else:
            status, output = t.outcome()
            if opts.nocapture and output:
                # (rustdoc writes its report of the test to stderr at once, uncaptured)
                import sys

                out.flush()
                sys.stderr.write(output.decode("utf-8", "replace"))
                sys.stderr.flush()
                output = b""
        report.result(t, status, output)
    return report.finish(len(tests) - len(selected), time.monotonic() - started)


def _run_one(t: _Test, nocapture: bool) -> tuple[str, bytes]:
    """Run one test: `ok` or `failed`, and what it printed (libtest's `stdout` of the test,
    with the note libtest adds for a `should_panic` failure)."""
    from ferric.rt import ops

    capture = None if nocapture else bytearray()
    ops.output_capture = capture
    try:
        res = t.run()
    finally:
        ops.output_capture = None
    output = bytes(capture) if capture is not None else b""
    panicked = res.t == 1
    message = _string_of(res.f0) if panicked else None
    if not t.should_panic:
        return ("ok" if not panicked and res.f0 else "failed"), output
    if not panicked:
        file, line, col = t.location
        note = f"note: test did not panic as expected at {file}:{line}:{col}"
        return "failed", output + note.encode()
    assert message is not None
    if t.expected is not None and t.expected not in message:
        note = (
            "note: panic did not contain expected string\n"
            f"      panic message: {_debug_str(message)}\n"
            f" expected substring: {_debug_str(t.expected)}"
        )
        return "failed", output + note.encode()
    return "ok", output


@dataclass(slots=True)
class _Report:
    """libtest's pretty and terse formatters (`-q`)."""

    out: TextIO
    opts: TestOpts
    total: int
    multithreaded: bool
    passed: int = 0
    failed: int = 0
    ignored: int = 0
    failures: list[tuple[str, bytes]] = field(default_factory=list)
    successes: list[tuple[str, bytes]] = field(default_factory=list)
    count: int = 0
    column: int = 0

    def _w(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def _label(self, t: _Test) -> str:
        return f"{t.name} - should panic" if t.should_panic else t.name + t.suffix

    def start(self, t: _Test) -> None:
        if not self.opts.quiet and not self.multithreaded:
            self._w(f"test {self._label(t)} ... ")

    def result(self, t: _Test, status: str, output: bytes) -> None:
        if status == "ok":
            self.passed += 1
            self.successes.append((t.name, output))
            word = "ok"
        elif status == "ignored":
            self.ignored += 1
            word = f"ignored, {t.ignore_message}" if t.ignore_message else "ignored"
        else:
            self.failed += 1
            self.failures.append((t.name, output))
            word = "FAILED"
        if self.opts.quiet:
            self._terse(t, status)
        elif self.multithreaded or status == "ignored":
            self._w(f"test {self._label(t)} ... {word}\n")
        else:
            self._w(f"{word}\n")

    def _terse(self, t: _Test, status: str) -> None:
        if status == "failed":
            if self.column != 0:
                self._progress()
            self.count += 1
            self._w(f"{t.name} --- FAILED\n")
            return
        self._w("." if status == "ok" else "i")
        self.count += 1
        self.column += 1
        if self.column % _QUIET_MODE_MAX_COLUMN == _QUIET_MODE_MAX_COLUMN - 1:
            self._progress()

    def _progress(self) -> None:
        self._w(f" {self.count}/{self.total}\n")
        self.column = 0

    def _section(self, title: str, entries: list[tuple[str, bytes]]) -> str:
        text = f"\n{title}:\n"
        outputs = "".join(
            f"---- {name} stdout ----\n{output.decode('utf-8', 'replace')}\n"
            for name, output in entries
            if output
        )
        if outputs:
            text += "\n" + outputs
        text += f"\n{title}:\n" + "".join(f"    {name}\n" for name in sorted(n for n, _ in entries))
        return text

    def finish(self, filtered: int, seconds: float) -> int:
        text = ""
        if self.opts.show_output:
            text += self._section("successes", self.successes)
        if self.failed:
            text += self._section("failures", self.failures)
        verdict = "ok" if not self.failed else "FAILED"
        text += (
            f"\ntest result: {verdict}. {self.passed} passed; {self.failed} failed; "
            f"{self.ignored} ignored; 0 measured; {filtered} filtered out; "
            f"finished in {seconds:.2f}s\n\n"
        )
        self._w(text)
        return EXIT_FAILED if self.failed else 0
