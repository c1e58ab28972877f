"""The driver: reading input as rustc does, the guarded worker, internal-compiler-error reports.

Expected texts marked "rustc 1.95" were printed by rustc on the same input.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from ferric.cli.main import main
from ferric.driver import pipeline
from ferric.driver.pipeline import EXIT_ICE, Ice, run_guarded
from ferric.driver.session import ErrorFormat, Options, Session, load_file, normalize_src


def _check(path: Path, *extra: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", *extra, str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = _check(Path("x.rs"), capsys=capsys)
    # rustc 1.95
    assert err == (
        "error: couldn't read `x.rs`: No such file or directory (os error 2)\n\n"
        "error: aborting due to 1 previous error\n\n"
    )
    assert (code, out) == (1, "")


def test_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.rs").mkdir()
    code, _, err = _check(Path("d.rs"), capsys=capsys)
    assert err.startswith(
        "error: couldn't read `d.rs`: Is a directory (os error 21)\n\n"
    )  # rustc 1.95
    assert code == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b'fn main() { let s = "\xff\xfe"; }\n',
            # rustc 1.95
            "error: couldn't read `bad.rs`: stream did not contain valid UTF-8\n"
            " --> bad.rs:1:22\n"
            "  |\n"
            '1 | fn main() { let s = "\ufffd\ufffd"; }\n'
            "  |                      ^ byte `255` is not valid utf-8\n\n"
            "error: aborting due to 1 previous error\n\n",
        ),
        (
            b'fn main() {\n  let s = "\xe2\x82";\n}\n',
            "error: couldn't read `bad.rs`: stream did not contain valid UTF-8\n"
            " --> bad.rs:2:12\n"
            "  |\n"
            '2 |   let s = "\ufffd";\n'
            "  |            ^ bytes `[226, 130]` are not valid utf-8\n\n"
            "error: aborting due to 1 previous error\n\n",
        ),
        (
            b"fn main() {}\n// \xe2\x82",
            "error: couldn't read `bad.rs`: stream did not contain valid UTF-8\n"
            " --> bad.rs:2:4\n"
            "  |\n"
            "2 | // \ufffd\n"
            "  |    ^ invalid utf-8 at byte `16`\n\n"
            "error: aborting due to 1 previous error\n\n",
        ),
    ],
)
def test_invalid_utf8(
    data: bytes,
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.rs").write_bytes(data)
    code, _, err = _check(Path("bad.rs"), "--color=never", capsys=capsys)
    assert (code, err) == (1, expected)


def test_invalid_utf8_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.rs").write_bytes(b"fn main() {}\n// \xe2\x82")
    code, _, err = _check(Path("bad.rs"), "--error-format=json", capsys=capsys)
    lines = err.splitlines()
    # rustc 1.95 (`rustc --error-format=json bad.rs`)
    assert lines[0] == (
        '{"$message_type":"diagnostic","message":"couldn\'t read `bad.rs`: stream did not contain valid UTF-8",'
        '"code":null,"level":"error","spans":[{"file_name":"bad.rs","byte_start":16,"byte_end":16,'
        '"line_start":2,"line_end":2,"column_start":4,"column_end":4,"is_primary":true,'
        '"text":[{"text":"// \ufffd","highlight_start":4,"highlight_end":4}],'
        '"label":"invalid utf-8 at byte `16`","suggested_replacement":null,'
        '"suggestion_applicability":null,"expansion":null}],"children":[],'
        '"rendered":"error: couldn\'t read `bad.rs`: stream did not contain valid UTF-8\\n --> bad.rs:2:4\\n'
        '  |\\n2 | // \ufffd\\n  |    ^ invalid utf-8 at byte `16`\\n\\n"}'
    )
    assert lines[1].startswith(
        '{"$message_type":"diagnostic","message":"aborting due to 1 previous error"'
    )
    assert code == 1


def test_normalize_src() -> None:
    assert normalize_src("\ufefffn main() {\r\n}\r\n") == "fn main() {\n}\n"
    assert normalize_src("a\rb") == "a\rb"  # a lone CR stays (the lexer reports it)


def test_load_file_adds_normalized_text(tmp_path: Path) -> None:
    (tmp_path / "a.rs").write_bytes(b"\xef\xbb\xbffn main() {\r\n}\r\n")
    sess = Session.create()
    sf = load_file(sess, str(tmp_path / "a.rs"))
    assert sf is not None and sf.text == "fn main() {\n}\n"
    assert not sess.dcx.has_errors


def test_run_guarded_survives_deep_python_recursion() -> None:
    def depth(n: int) -> int:
        return 0 if n == 0 else 1 + depth(n - 1)

    assert run_guarded(Session.create(), lambda: depth(100_000)) == 100_000


def test_run_guarded_turns_exceptions_into_ice() -> None:
    sess = Session.create()
    sess.current_pass = "typeck"
    sess.current_file = "x.rs"

    def boom() -> None:
        e = ValueError("bad type")
        e.add_note("while checking `main`")
        raise e

    ice = run_guarded(sess, boom)
    assert isinstance(ice, Ice)
    assert (ice.message, ice.pass_name, ice.file, ice.notes) == (
        "ValueError: bad type",
        "typeck",
        "x.rs",
        ("while checking `main`",),
    )
    assert "Traceback" in ice.traceback


def _boom(sess: Session, path: str) -> None:
    sess.current_pass = "parse"
    sess.current_file = path
    raise RuntimeError("oops")


def test_ice_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "parse", _boom)
    monkeypatch.delenv("FERRIC_BACKTRACE", raising=False)
    code, out, err = _check(tmp_path / "x.rs", capsys=capsys)
    assert code == EXIT_ICE
    assert err.startswith("error: internal compiler error: RuntimeError: oops\n\n")
    assert "note: the compiler unexpectedly failed in pass `parse` on `" in err
    assert "FERRIC_BACKTRACE=1" in err
    assert "Traceback" not in err and out == ""


def test_ice_backtrace_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "parse", _boom)
    monkeypatch.setenv("FERRIC_BACKTRACE", "1")
    code, _, err = _check(tmp_path / "x.rs", capsys=capsys)
    assert code == EXIT_ICE
    assert "Traceback (most recent call last)" in err and "RuntimeError: oops" in err


def test_ice_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "parse", _boom)
    code, _, err = _check(tmp_path / "x.rs", "--error-format=json", capsys=capsys)
    assert code == EXIT_ICE
    assert '"level":"error: internal compiler error"' in err.splitlines()[0]


def test_diagnostics_before_ice_are_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def parse_then_boom(sess: Session, path: str) -> None:
        from ferric.diag.diagnostic import Diagnostic

        sess.dcx.emit(Diagnostic.error("first problem"))
        raise RuntimeError("then a crash")

    monkeypatch.setattr(pipeline, "parse", parse_then_boom)
    code, _, err = _check(tmp_path / "x.rs", capsys=capsys)
    assert code == EXIT_ICE
    assert err.index("error: first problem") < err.index("internal compiler error")
    assert "aborting due to" not in err


def test_options_defaults() -> None:
    sess = Session.create()
    assert sess.options == Options(edition=2021, error_format=ErrorFormat.HUMAN)
    assert sess.psess.edition == 2021
    assert Session.create(Options(edition=2018)).psess.edition == 2018


def test_color_always_colours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _check(tmp_path / "missing.rs", "--color=always", capsys=capsys)
    assert code == 1 and "\x1b[" in err


def test_python_m_ferric_entry() -> None:
    import subprocess

    r = subprocess.run(
        [sys.executable, "-m", "ferric", "--version"], capture_output=True, text=True
    )
    assert r.returncode == 0 and r.stdout.startswith("ferric ")


def test_write_stdout_survives_closed_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    from ferric.cli.main import write_stdout

    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", Closed())
    write_stdout("text\n")  # no exception
