"""The UI-test harness: every `tests/ui/**/NAME.rs` is a test, judged against rustc's verdict.

Expectations are written beside each program by `tests/tools/rustc_expect.py` (bless):
`NAME.codes` (+ `NAME.stderr`) for a program rustc rejects, `NAME.stdout` + `NAME.exit`
(+ `NAME.run.stderr`) for one it runs. They are never edited by hand nor copied from ferric.

What a test asserts depends on what ferric can do today. `CAPABILITIES` says that; `plan`
turns (folder, rustc's verdict, capabilities) into the checks to run:

| check       | asserts                                                          | applies to                       |
|-------------|------------------------------------------------------------------|----------------------------------|
| `CODES`     | ferric check's errors, as a multiset of (code or `-`, primary    | programs rustc rejects in the    |
|             | line), equal NAME.codes exactly                                  | `REJECTING_AREAS` (every rejected|
|             |                                                                  | one once `check`)                |
| `PARSES`    | parsing gives zero errors                                        | every other program              |
| `ROUNDTRIP` | parse(print(ast)) == ast (spans and ids are not compared)        | with PARSES, once `printer`      |
| `EXPANDS`   | parsing and macro expansion give zero errors                     | accepted programs, once `expand` |
|             |                                                                  | (until `resolve` subsumes it)    |
| `RESOLVES`  | parsing, expansion, name resolution and lowering to HIR give     | accepted programs, once `resolve`|
|             | zero errors (`pipeline.lower`)                                   | (until `check` subsumes it)      |
| `TYPECHECKS`| `ferric check` (through type checking) gives zero errors         | accepted programs, once `typeck` |
|             |                                                                  | (until `check` subsumes it)      |
| `CHECKS`    | `ferric check` gives zero errors                                 | accepted programs, once `check`  |
| `RUNS`      | stdout and exit code equal NAME.stdout / NAME.exit               | accepted programs, once `run`    |
| `LINTS`     | ferric check's whole stderr equals NAME.lints (rustc's, warnings | `tests/ui/lints/` (only this)    |
|             | and closing lines included), byte for byte                       |                                  |
| `STDERR`    | with `CODES`: ferric's rendered errors equal NAME.stderr's, byte | rejected programs not listed in  |
|             | for byte (warnings, the closing lines, the file's folder and the | `tests/ui/stderr-differs.txt`    |
|             | places of std items, `std_locations_hidden`, set aside)          | (strict: a listed one that       |
|             |                                                                  | matches fails until unlisted)    |

A later stage extends the table: it flips its capability (and, if it needs to, adds a check),
and the tests it makes meaningful start asserting. Every test fails on an internal compiler
error. Known failures are listed in `tests/ui/known-failures.txt` (`PATH REASON`, the path
relative to `tests/ui`): those tests are strict xfails, so they fail once they pass.

A file may start with `//@ edition: 2018`; ferric and the bless tool both honour it.
"""

from __future__ import annotations

import difflib
import enum
import importlib.util
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Final

from ferric.driver.pipeline import Ice, run_guarded, write_diagnostics
from ferric.driver.session import Options, Session, add_source

UI_ROOT: Final = Path(__file__).resolve().parent / "ui"
TOOLS: Final = Path(__file__).resolve().parent / "tools"
KNOWN_FAILURES: Final = UI_ROOT / "known-failures.txt"
STDERR_DIFFERS: Final = UI_ROOT / "stderr-differs.txt"
"""Rejected programs whose codes and lines match rustc's but whose rendered errors do not
yet (one path per line, relative to tests/ui; `tests/tools/stderr_differs.py` rewrites it)."""
REJECTING_AREAS: Final = frozenset({"syntax", "expand", "format", "derive", "resolve", "typeck", "pattern", "consteval", "borrowck", "concurrency"})
"""Folders whose rejected programs are rejected by a stage ferric has (their codes compared
today); the other folders' programs are held to what ferric can check."""


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What ferric can do today. A stage that lands flips its flag."""

    parse: bool = True
    printer: bool = False
    """`ferric.syntax.printer.print_crate` exists: round-trip every program that parses."""
    expand: bool = False
    """Macro expansion exists (`ferric.driver.pipeline.expand`): every accepted program
    expands without errors."""
    resolve: bool = False
    """Name resolution and lowering exist (`ferric.driver.pipeline.lower`): every accepted
    program resolves and lowers to HIR without errors."""
    typeck: bool = False
    """`ferric check` type checks (`ferric.driver.pipeline.check` through `typeck`): every
    accepted program type-checks without errors."""
    check: bool = False
    """`ferric check` runs every stage rustc runs before codegen: compare the codes of every
    rejected program, and require zero errors of every accepted one."""
    run: bool = False
    """`ferric run` executes programs: compare stdout and exit code."""


CAPABILITIES: Final = Capabilities(
    parse=True, printer=True, expand=True, resolve=True, typeck=True, check=False, run=True
)


def _load_rustc_expect() -> ModuleType:
    """`tests/tools/rustc_expect.py`, loaded by path (`tests/tools` is not a package)."""
    spec = importlib.util.spec_from_file_location("rustc_expect", TOOLS / "rustc_expect.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUSTC_EXPECT: Final = _load_rustc_expect()
"""The bless tool: `expect(path)` runs rustc (bless mode only); `error_rows(json)` reads
rustc's (or ferric's) JSON diagnostics."""


class Check(enum.Enum):
    CODES = "codes"
    PARSES = "parses"
    ROUNDTRIP = "roundtrip"
    EXPANDS = "expands"
    RESOLVES = "resolves"
    TYPECHECKS = "typechecks"
    CHECKS = "checks"
    RUNS = "runs"


# =================================================================================================
# Expectations
# =================================================================================================


@dataclass(frozen=True, slots=True)
class Expectation:
    rejected: bool
    codes: tuple[str, ...]
    """`CODE LINE` rows of NAME.codes (rejected programs)."""
    stderr: str
    """rustc's human output (rejected programs; for failure messages only)."""
    stdout: str
    exit: int | None


def read_expectation(rs: Path) -> Expectation | None:
    """rustc's verdict on `rs`, or None when it was never blessed."""
    base = rs.with_suffix("")

    def text(suffix: str) -> str | None:
        p = base.with_name(base.name + suffix)
        return p.read_text(encoding="utf-8") if p.exists() else None

    codes = text(".codes")
    if codes is not None:
        rows = tuple(" ".join(r.split()) for r in codes.splitlines() if r.strip())
        return Expectation(True, rows, text(".stderr") or "", "", None)
    exit_text = text(".exit")
    if exit_text is not None:
        return Expectation(False, (), "", text(".stdout") or "", int(exit_text.strip()))
    return None


def edition_of(rs: Path) -> int:
    """The file's `//@ edition: E` directive (default 2021): the bless tool's own rule."""
    edition: int = RUSTC_EXPECT.edition_of(str(rs))
    return edition


def read_known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """`{path relative to tests/ui: reason}` from the known-failures file."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        rel, _, reason = line.partition(" ")
        out[rel] = reason.strip() or "(no reason given)"
    return out


def plan(area: str, exp: Expectation, caps: Capabilities = CAPABILITIES) -> tuple[Check, ...]:
    """The checks a program in folder `area` with verdict `exp` gets (see the module table)."""
    if exp.rejected and (area in REJECTING_AREAS or caps.check):
        return (Check.CODES,)
    checks: list[Check] = [Check.PARSES]
    if caps.printer:
        checks.append(Check.ROUNDTRIP)
    if not exp.rejected and caps.typeck and not caps.check:
        checks.append(Check.TYPECHECKS)
    elif not exp.rejected and caps.resolve and not caps.check:
        checks.append(Check.RESOLVES)
    elif not exp.rejected and caps.expand and not caps.check:
        checks.append(Check.EXPANDS)
    if not exp.rejected and caps.check:
        checks.append(Check.CHECKS)
    if not exp.rejected and caps.run:
        checks.append(Check.RUNS)
    return tuple(checks)


# =================================================================================================
# Running ferric in-process
# =================================================================================================


class UiFailure(Exception):
    """A UI test's verdict differs from rustc's; the message says how."""


def _new_session(rs: Path) -> Session:
    return Session.create(Options(edition=edition_of(rs), validate_mir=True))


def _rendered(sess: Session) -> str:
    buf = io.StringIO()
    try:
        write_diagnostics(sess, list(sess.dcx.diagnostics), buf)
    except Exception as e:  # a renderer bug must not hide the verdict
        return f"(rendering failed: {type(e).__name__}: {e})\n" + "\n".join(
            f"{d.level.value}: {d.message}" for d in sess.dcx.diagnostics
        )
    return buf.getvalue()


def _fail_on_ice(result: object, what: str) -> None:
    if isinstance(result, Ice):
        raise UiFailure(
            f"internal compiler error while {what}: {result.message}\n"
            f"(pass `{result.pass_name}`)\n\n{result.traceback}"
        )


def error_rows(sess: Session) -> list[str]:
    """ferric's errors as `CODE LINE` rows: its `--error-format=json` output, read by the very
    function that reads rustc's when blessing (so both sides follow one rule)."""
    from ferric.diag.emitter import render_all_json

    rows: list[str] = RUSTC_EXPECT.error_rows(render_all_json(sess.dcx, sess.source_map))
    return rows


def _multiset_diff(expected: list[str], got: list[str]) -> tuple[list[str], list[str]]:
    """(rows rustc has and ferric lacks, rows ferric has and rustc lacks), with multiplicity."""
    want, have = Counter(expected), Counter(got)
    return sorted((want - have).elements()), sorted((have - want).elements())


def errors_only(stderr: str) -> str:
    """rustc's (or ferric's) human output reduced to its error blocks: warnings set aside
    (ferric implements few lints), and the closing lines, so the errors can be compared
    byte for byte."""
    blocks: list[list[str]] = []
    for line in stderr.splitlines():
        if line.startswith(("error", "warning", "For more information", "Some errors")):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    out: list[str] = []
    for block in blocks:
        head = block[0]
        if head.startswith(_CLOSING):
            continue
        out.extend(block)
    return "\n".join(out).rstrip("\n") + "\n"


_CLOSING = ("warning", "error: aborting due to", "For more information", "Some errors have")
"""Blocks `errors_only` sets aside: warnings, and the closing lines (the driver prints those
from the error count and codes, which CODES compares)."""


def rendered_like_rustc(sess: Session, rs: Path) -> str:
    """ferric's errors as rustc prints them when run in the program's folder."""
    return errors_only(_rendered(sess).replace(str(rs.parent) + "/", ""))


_STD_LOCATION = re.compile(r"^( *(?:-->|:::) )(?:/rustc/[0-9a-f]+/library/|\S*/ferric/library/std/)\S*$", re.M)


def std_locations_hidden(stderr: str) -> str:
    """Where a std item is (`--> /rustc/HASH/library/core/src/option.rs:600:0`, which rustc
    prints for its library, whose source it does not have) replaced by `--> <std>`: ferric's
    std is its own source, so that place is the one part of rustc's text it cannot print;
    the rest of such a diagnostic is still compared."""
    return _STD_LOCATION.sub(r"\1<std>", stderr)


def read_stderr_differs(path: Path = STDERR_DIFFERS) -> set[str]:
    if not path.exists():
        return set()
    return {
        line.split()[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def check_codes(rs: Path, exp: Expectation, compare_stderr: bool | None = None) -> None:
    """CODES, then STDERR unless the program is listed as differing (`compare_stderr`:
    force either way)."""
    from ferric.driver.pipeline import check

    sess = _new_session(rs)
    _fail_on_ice(run_guarded(sess, lambda: check(sess, str(rs))), "checking")
    got = error_rows(sess)
    missing, unexpected = _multiset_diff(list(exp.codes), got)
    if missing or unexpected:
        raise UiFailure(
            "ferric's errors differ from rustc's (CODE LINE):\n"
            f"  rustc:      {', '.join(exp.codes) or '(none)'}\n"
            f"  ferric:     {', '.join(got) or '(none)'}\n"
            f"  missing:    {', '.join(missing) or '-'}\n"
            f"  unexpected: {', '.join(unexpected) or '-'}\n"
            f"\n--- rustc's stderr ---\n{exp.stderr}"
            f"\n--- ferric's diagnostics ---\n{_rendered(sess)}"
        )
    if not exp.stderr:
        return
    rel = rs.relative_to(UI_ROOT).as_posix() if rs.is_relative_to(UI_ROOT) else rs.name
    listed = rel in read_stderr_differs()
    if compare_stderr is False:
        return
    want = std_locations_hidden(errors_only(exp.stderr))
    have = std_locations_hidden(rendered_like_rustc(sess, rs))
    if want == have:
        if listed and compare_stderr is None:
            raise UiFailure(
                f"{rel} now prints exactly rustc's errors: remove it from "
                "tests/ui/stderr-differs.txt"
            )
        return
    if listed and compare_stderr is None:
        return
    diff = difflib.unified_diff(
        want.splitlines(), have.splitlines(), "rustc", "ferric", lineterm=""
    )
    raise UiFailure(
        "ferric's errors are rustc's (codes and lines) but printed differently:\n"
        + "\n".join(list(diff)[:80])
    )


def check_parses(rs: Path, roundtrip: bool) -> None:
    from ferric.driver.pipeline import parse

    sess = _new_session(rs)
    result = run_guarded(sess, lambda: parse(sess, str(rs)))
    _fail_on_ice(result, "parsing")
    if sess.dcx.has_errors or result is None:
        raise UiFailure(
            f"rustc parses this program, ferric reports errors: {', '.join(error_rows(sess))}\n\n"
            f"{_rendered(sess)}"
        )
    if roundtrip:
        _fail_on_ice(run_guarded(sess, lambda: _roundtrip(sess, rs, result)), "round-tripping")


def _roundtrip(sess: Session, rs: Path, krate: object) -> None:
    from ferric.syntax.parser import parse_crate
    from ferric.syntax.printer import print_crate

    text = print_crate(krate)  # type: ignore[arg-type]
    again = Session.create(sess.options)
    sf = add_source(again, f"{rs.name} (printed)", text)
    krate2 = parse_crate(again.psess, sf)
    if again.dcx.has_errors:
        raise UiFailure(
            f"the printed program does not parse:\n{_rendered(again)}\n--- printed ---\n{text}"
        )
    if krate2 != krate:
        raise UiFailure(f"parse(print(ast)) != ast\n--- printed ---\n{text}")


def check_expands(rs: Path) -> None:
    from ferric.driver.pipeline import expand, parse

    sess = _new_session(rs)

    def job() -> None:
        krate = parse(sess, str(rs))
        if krate is not None and not sess.dcx.has_errors:
            expand(sess, krate, str(rs))

    _fail_on_ice(run_guarded(sess, job), "expanding")
    if sess.dcx.has_errors:
        raise UiFailure(
            f"rustc accepts this program, ferric's macro expansion reports errors: "
            f"{', '.join(error_rows(sess))}\n\n{_rendered(sess)}"
        )


def check_resolves(rs: Path) -> None:
    from ferric.driver.pipeline import lower

    sess = _new_session(rs)
    _fail_on_ice(run_guarded(sess, lambda: lower(sess, str(rs))), "resolving")
    if sess.dcx.has_errors:
        raise UiFailure(
            f"rustc accepts this program, ferric's name resolution reports errors: "
            f"{', '.join(error_rows(sess))}\n\n{_rendered(sess)}"
        )


def check_typechecks(rs: Path) -> None:
    from ferric.driver.pipeline import check

    sess = _new_session(rs)
    _fail_on_ice(run_guarded(sess, lambda: check(sess, str(rs))), "type checking")
    if sess.dcx.has_errors:
        raise UiFailure(
            f"rustc accepts this program, ferric check reports errors: "
            f"{', '.join(error_rows(sess))}\n\n{_rendered(sess)}"
        )


RUN_TIMEOUT: Final = 60
"""Seconds a program may run (a hang is a failure, not a stuck test run)."""


def check_runs(rs: Path, exp: Expectation) -> None:
    """`ferric run`: the program is checked and compiled in-process (std is loaded once per
    test process), then runs in a child process exactly as `ferric run` runs it (so
    `process::exit` and aborts end the child, not the test run)."""
    import subprocess
    import sys
    import tempfile

    from ferric.driver.pipeline import build_py

    sess = _new_session(rs)
    built = run_guarded(sess, lambda: build_py(sess, str(rs)))
    _fail_on_ice(built, "compiling for `ferric run`")
    if built is None or sess.dcx.has_errors:
        raise UiFailure(
            f"rustc runs this program, ferric run cannot build it: "
            f"{', '.join(error_rows(sess)) or 'no module'}\n\n{_rendered(sess)}"
        )
    assert isinstance(built, str)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(built)
        module = f.name
    runner = (
        "import sys; from ferric.driver.run import execute; "
        "sys.exit(execute(open(sys.argv[1], encoding='utf-8').read(), sys.argv[2]))"
    )
    # The child imports the same ferric as this process (a relative `PYTHONPATH=src` would
    # otherwise resolve against the test's folder and find another checkout's `ferric.rt`).
    import os

    import ferric

    root = str(Path(ferric.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p))
    try:
        r = subprocess.run(
            [sys.executable, "-c", runner, module, rs.name],
            capture_output=True,
            timeout=RUN_TIMEOUT,
            cwd=rs.parent,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise UiFailure(f"`ferric run` did not finish in {RUN_TIMEOUT} s") from None
    finally:
        Path(module).unlink(missing_ok=True)
    out = r.stdout.decode("utf-8", "replace")
    if out != exp.stdout or r.returncode != exp.exit:
        import difflib

        diff = "".join(difflib.unified_diff(exp.stdout.splitlines(True), out.splitlines(True), "rustc", "ferric"))
        raise UiFailure(
            f"`ferric run` differs from rustc: exit {r.returncode} (rustc: {exp.exit})\n{diff}\n"
            f"stderr:\n{r.stderr.decode('utf-8', 'replace')[-3000:]}"
        )


def check_lints(rs: Path) -> None:
    """A program of `tests/ui/lints/`: `ferric check`'s whole stderr (warnings, errors and
    closing lines) equals rustc's (NAME.lints) byte for byte. `//@ compile-flags:` gives
    lint flags (`-D warnings`), as to rustc when blessing."""
    from ferric.driver.pipeline import check, emit_diagnostics

    lints = rs.with_suffix(".lints")
    if not lints.exists():
        raise UiFailure(f"{rs.name} has no NAME.lints: bless it (`python tests/bless.py {rs}`)")
    want = lints.read_text(encoding="utf-8")
    flags = RUSTC_EXPECT.compile_flags(str(rs))
    pairs = tuple((flags[i], flags[i + 1]) for i in range(0, len(flags) - 1, 2))
    sess = Session.create(Options(edition=edition_of(rs), validate_mir=True, lint_flags=pairs))
    _fail_on_ice(run_guarded(sess, lambda: check(sess, str(rs))), "checking")
    buf = io.StringIO()
    emit_diagnostics(sess, buf)
    # (rustc's closing hint names its own command: `rustc --explain E0308`.)
    have = buf.getvalue().replace(str(rs.parent) + "/", "").replace("`ferric explain ", "`rustc --explain ")
    if want != have:
        diff = difflib.unified_diff(want.splitlines(), have.splitlines(), "rustc", "ferric", lineterm="")
        raise UiFailure("ferric's lint output differs from rustc's:\n" + "\n".join(list(diff)[:120]))


def run_ui_test(rs: Path, caps: Capabilities = CAPABILITIES) -> None:
    """Run every check `plan` gives `rs`; raise `UiFailure` on the first that fails."""
    if rs.is_relative_to(UI_ROOT / "lints"):
        check_lints(rs)
        return
    exp = read_expectation(rs)
    if exp is None:
        raise UiFailure(f"{rs.name} has no expectation files: bless it (`pytest --bless {rs}`)")
    area = rs.relative_to(UI_ROOT).parts[0] if rs.is_relative_to(UI_ROOT) else ""
    checks = plan(area, exp, caps)
    if Check.CODES in checks:
        check_codes(rs, exp)
    if Check.PARSES in checks:
        check_parses(rs, roundtrip=Check.ROUNDTRIP in checks)
    if Check.EXPANDS in checks:
        check_expands(rs)
    if Check.RESOLVES in checks:
        check_resolves(rs)
    if Check.TYPECHECKS in checks:
        check_typechecks(rs)
    if Check.RUNS in checks:
        check_runs(rs, exp)
    for later in (Check.CHECKS,):
        if later in checks:
            raise UiFailure(
                f"check `{later.value}` is enabled but the harness has no runner for it"
            )
