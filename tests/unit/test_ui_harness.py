"""The UI harness itself: its plan table, expectations, known failures and error rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_harness import (
    CAPABILITIES,
    UI_ROOT,
    Capabilities,
    Check,
    Expectation,
    UiFailure,
    edition_of,
    error_rows,
    errors_only,
    plan,
    read_expectation,
    read_known_failures,
    read_stderr_differs,
    run_ui_test,
)

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.driver.session import Session, add_source

REJECTED = Expectation(True, ("E0382 5",), "", "", None)
ACCEPTED = Expectation(False, (), "", "hi\n", 0)


def test_known_failures_name_existing_tests() -> None:
    for rel, reason in read_known_failures().items():
        assert (UI_ROOT / rel).is_file(), f"known-failures.txt names a missing test: {rel}"
        assert reason


def test_plan_today() -> None:
    assert (
        Capabilities(
            parse=True, printer=True, expand=True, resolve=True, typeck=True, check=False, run=True
        )
        == CAPABILITIES
    )
    assert plan("syntax", REJECTED) == (Check.CODES,)
    assert plan("expand", REJECTED) == (Check.CODES,)
    assert plan("seed", REJECTED) == (Check.PARSES, Check.ROUNDTRIP)
    assert plan("resolve", REJECTED) == (Check.CODES,)
    assert plan("typeck", REJECTED) == (Check.CODES,)
    assert plan("grammar", ACCEPTED) == (Check.PARSES, Check.ROUNDTRIP, Check.TYPECHECKS, Check.RUNS)
    resolve_only = Capabilities(parse=True, printer=True, expand=True, resolve=True)
    assert plan("grammar", ACCEPTED, resolve_only) == (
        Check.PARSES,
        Check.ROUNDTRIP,
        Check.RESOLVES,
    )


def test_plan_grows_with_capabilities() -> None:
    full = Capabilities(parse=True, printer=True, check=True, run=True)
    assert plan("seed", REJECTED, full) == (Check.CODES,)
    assert plan("grammar", ACCEPTED, full) == (
        Check.PARSES,
        Check.ROUNDTRIP,
        Check.CHECKS,
        Check.RUNS,
    )


def test_read_expectation() -> None:
    rejected = read_expectation(UI_ROOT / "seed" / "02_ownership_use_after_move.rs")
    assert rejected is not None and rejected.rejected and rejected.codes == ("E0382 5",)
    accepted = read_expectation(UI_ROOT / "seed" / "01_ownership_move.rs")
    assert accepted is not None and not accepted.rejected and accepted.exit == 0


def test_unblessed_program_fails(tmp_path: Path) -> None:
    rs = tmp_path / "new.rs"
    rs.write_text("fn main() {}\n", encoding="utf-8")
    with pytest.raises(UiFailure, match="no expectation files"):
        run_ui_test(rs)


def test_edition_directive(tmp_path: Path) -> None:
    rs = tmp_path / "e.rs"
    rs.write_text("//@ edition: 2018\nfn main() {}\n", encoding="utf-8")
    assert edition_of(rs) == 2018
    rs.write_text("fn main() {}\n//@ edition: 2018\n", encoding="utf-8")
    assert edition_of(rs) == 2021


def test_error_rows_follow_rustc_expect() -> None:
    sess = Session.create()
    sf = add_source(sess, "x.rs", "fn main() {\n    x\n}\n")
    pos = sf.start_pos + sf.text.index("x")
    sess.dcx.emit(Diagnostic.error("cannot find value `x`", Span(pos, pos + 1), "E0425"))
    sess.dcx.emit(Diagnostic.error("no span, no code"))  # not a row, as rustc's summary lines
    sess.dcx.emit(Diagnostic.error("no span", code="E0601"))  # `E0601 0`
    sess.dcx.emit(Diagnostic.warning("unused", Span(pos, pos + 1)))  # warnings are not rows
    end = sf.start_pos + len(sf.text)
    sess.dcx.emit(Diagnostic.error("unclosed delimiter", Span(end, end)))  # EOF: last line
    assert error_rows(sess) == ["E0425 2", "E0601 0", "- 3"]


def test_errors_only_sets_warnings_aside() -> None:
    rustc = (
        "warning: unused variable: `x`\n --> a.rs:2:9\n  |\n2 |     let x = 1;\n  |         ^\n\n"
        "error[E0382]: borrow of moved value: `s`\n --> a.rs:4:20\n\n"
        "error: aborting due to 1 previous error; 1 warning emitted\n\n"
        "For more information about this error, try `rustc --explain E0382`.\n"
    )
    assert errors_only(rustc) == "error[E0382]: borrow of moved value: `s`\n --> a.rs:4:20\n"


def test_stderr_differs_names_existing_tests() -> None:
    for rel in read_stderr_differs():
        assert (UI_ROOT / rel).exists(), f"tests/ui/stderr-differs.txt names a missing test: {rel}"
