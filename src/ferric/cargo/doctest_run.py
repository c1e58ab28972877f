"""Running a library's doc tests: `ferric test`'s `Doc-tests NAME` section (rustdoc's
`--test` mode, as cargo runs it).

The library is parsed and expanded once to find the tests (`doctest.collect_doc_tests`).
Each test is a crate of its own using the library (`Options.externs`, as an integration
test uses it), compiled from generated source (`Session.root_text`) under the documented
file's name, and run as a child process (rustdoc runs every test executable in a process
of its own: a test's panic, `process::exit` or stray thread cannot disturb the others),
its stdout and stderr captured. The harness report is libtest's (`libtest.run_harness`),
with rustdoc's failure texts: `Test executable failed (exit status: 101).` and the
captured output, `Couldn't compile the test.` after the diagnostics, `Test compiled
successfully, but it's marked `compile_fail`.` ...

Edition 2024 merges: the tests that can be merged (`doctest.can_merge`) are compiled as
one crate (`doctest.merged_source` in a `rustdoctest*` temporary directory, as rustdoc's
`doctest_bundle_2024.rs`, with a `main` choosing the test by its first argument), each run
in its own process; the others (`compile_fail`, `ignore` ...) follow in a second report;
then `all doctests ran in ...`. If the merged crate does not compile, every test runs as a
crate of its own.

Boundary: no `--persist-doctests`. With `--nocapture` the failure texts go to stderr
at once (`libtest.run_harness`), as rustdoc writes them.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TextIO

from ferric.cargo.doctest import (
    DocTest,
    can_merge,
    collect_doc_tests,
    merged_runner,
    merged_source,
    standalone_source,
    test_id,
)
from ferric.driver.libtest import HarnessTest, run_harness
from ferric.driver.session import Extern, Options, Session

EXIT_FAILED = 101
_FERRIC_PARENT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_LAUNCHER = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "from ferric.driver.run import run_saved\n"
    "sys.exit(run_saved(sys.argv[2], 'rust_out', ['rust_out', *sys.argv[3:]]))\n"
)


@dataclass(frozen=True, slots=True)
class DocCrate:
    """The library whose docs are tested: its crate name, root, edition, and the crates a
    test uses (the library first, then its dependencies)."""

    name: str
    path: str
    edition: int
    externs: tuple[Extern, ...]


def find_doc_tests(lib: DocCrate) -> list[DocTest]:
    """The library's doc tests (parsed and expanded as `cargo doc` sees it: no `cfg(test)`)."""
    from ferric.driver.pipeline import expand, load_externs, parse, run_compiler

    found: list[DocTest] = []
    opts = Options(edition=lib.edition, crate_name=lib.name, crate_type="lib", externs=lib.externs[1:])

    def action(sess: Session) -> None:
        externs = load_externs(sess)
        krate = parse(sess, lib.path)
        if krate is not None:
            krate = expand(sess, krate, lib.path, externs)
            found.extend(collect_doc_tests(krate, sess.source_map))

    run_compiler(Session.create(opts), action, io.StringIO())
    return found


def _compile(lib: DocCrate, path: str, text: str | None, edition: int, line_offset: int, check_only: bool) -> tuple[str | None, str]:
    """Compile one doc-test crate: its Python module (None when it failed) and what the
    compiler printed (diagnostics, rendered without colour)."""
    from ferric.driver.pipeline import build_py, check, run_compiler

    opts = Options(edition=edition, crate_name="rust_out", crate_type="bin", externs=lib.externs)
    sess = Session.create(opts)
    sess.root_text = text
    sess.root_line_offset = line_offset
    built: list[str] = []

    def action(s: Session) -> None:
        if check_only:
            check(s, path)
            return
        module = build_py(s, path)
        if module is not None:
            built.append(module)

    out = io.StringIO()
    code = run_compiler(sess, action, out)
    if code != 0:
        return None, out.getvalue()
    return (built[0] if built else ""), out.getvalue()


def _run_child(module_path: str, args: list[str]) -> tuple[int, str, str]:
    """Run a compiled test in a process of its own: exit status, stdout, stderr."""
    p = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, _FERRIC_PARENT, module_path, *args],
        capture_output=True,
        check=False,
    )
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def _execution_failure(code: int, stdout: str, stderr: str) -> str:
    """rustdoc's report of a test executable that failed."""
    reason = f"exit status: {code}" if code >= 0 else "terminated by signal"
    text = f"Test executable failed ({reason}).\n"
    if stdout or stderr:
        text += "\n"
    if stdout:
        text += f"stdout:\n{stdout}\n"
    if stderr:
        text += f"stderr:\n{stderr}\n"
    return text


Outcome = tuple[str, bytes]


def _standalone(lib: DocCrate, test: DocTest, workdir: str) -> Outcome:
    """Compile and run one test as rustdoc's `run_test` does."""
    source, offset = standalone_source(test, lib.name)
    lang = test.lang
    module, printed = _compile(
        lib, test.file, source, lang.edition or lib.edition, test.line - offset, lang.compile_fail
    )
    if module is None:
        if lang.compile_fail:
            return "ok", b""
        return "failed", (printed + "Couldn't compile the test.").encode()
    if lang.compile_fail:
        return "failed", b"Test compiled successfully, but it's marked `compile_fail`."
    if lang.no_run:
        return "ok", b""
    path = os.path.join(workdir, f"{test_id(test)}.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(module)
    code, stdout, stderr = _run_child(path, [])
    if lang.should_panic:
        if code == 0:
            return "failed", b"Test executable succeeded, but it's marked `should_panic`."
        return "ok", b""
    if code != 0:
        return "failed", _execution_failure(code, stdout, stderr).encode()
    return "ok", b""


def _merged(test: DocTest, index: int, module_path: str) -> Outcome:
    """Run test `index` of the merged crate (rustdoc's `doctest_runner` in a child)."""
    if test.lang.no_run:
        return "ok", b""
    code, stdout, stderr = _run_child(module_path, [str(index)])
    if test.lang.should_panic:
        if code == 0:
            return "failed", f"note: test did not panic as expected at {test.file}:{test.line}:0".encode()
        return "ok", b""
    if code != 0:
        return "failed", _execution_failure(code, stdout, stderr).encode()
    return "ok", b""


def _harness_test(test: DocTest, run: Callable[[], Outcome], merged: bool) -> HarnessTest:
    suffix = " - should panic" if merged and test.lang.should_panic else test.suffix
    return HarnessTest(test.name, run, test.lang.ignore, suffix)


def run_doc_tests(lib: DocCrate, argv: list[str], out: TextIO) -> int:
    """Find, compile and run the library's doc tests, printing libtest's reports on `out`;
    the exit status (101 when a test failed)."""
    tests = find_doc_tests(lib)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rustdoctest") as workdir:
        merge = sorted(
            (t for t in tests if can_merge(t, lib.name, lib.edition)), key=lambda t: t.name
        )
        alone = [t for t in tests if t not in merge]
        bundle: str | None = None
        compile_seconds = 0.0
        merging = bool(merge)
        if merge:
            t0 = time.monotonic()
            bundle = _compile_bundle(lib, merge, workdir)
            compile_seconds = time.monotonic() - t0
            if bundle is None:
                alone, merge = tests, []
        status = 0
        if bundle is not None:
            merged = [
                _harness_test(t, partial(_merged, t, i, bundle), True) for i, t in enumerate(merge)
            ]
            status = max(status, run_harness(merged, argv, out))
        standalone = [_harness_test(t, partial(_standalone, lib, t, workdir), False) for t in alone]
        status = max(status, run_harness(standalone, argv, out))
        if merging:  # (also when the merged crate failed and every test ran alone)
            out.write(
                f"all doctests ran in {time.monotonic() - started:.2f}s; "
                f"merged doctests compilation took {compile_seconds:.2f}s\n"
            )
            out.flush()
    return status


def _compile_bundle(lib: DocCrate, tests: list[DocTest], workdir: str) -> str | None:
    """Compile the merged crate; the path of its saved module, or None."""
    path = os.path.join(workdir, "doctest_bundle_2024.rs")
    text = merged_source(tests, lib.name) + merged_runner(len(tests))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    module, _ = _compile(lib, path, None, 2024, 0, False)
    if not module:
        return None
    module_path = os.path.join(workdir, "doctest_bundle_2024.py")
    with open(module_path, "w", encoding="utf-8") as f:
        f.write(module)
    return module_path
