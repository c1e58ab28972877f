"""The `ferric` command: help, version, usage errors in clap's words, cargo's unknown command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ferric.cli.args import UsageError, closest, edit_distance
from ferric.cli.main import COMMANDS, main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", [[], ["-h"], ["--help"], ["help"]])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 0 and err == ""
    assert "Usage: ferric [OPTIONS] [COMMAND]" in out
    assert "\nCommands:\n    check, c  " in out
    assert "run, r    Run a Rust program, or the binary of the package in the current directory\n" in out
    assert "build, b  Compile the package in the current directory\n" in out
    assert "clippy    Check a program, or the package in the current directory, with clippy's lints\n" in out
    assert "(not yet available)" not in out  # every command exists now
    assert out.endswith("See 'ferric help <command>' for more information on a specific command.\n")


@pytest.mark.parametrize("argv", [["-V"], ["--version"]])
def test_version(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv, capsys) == (0, "ferric 0.1.0 (compatible with rustc 1.95.0)\n", "")


def test_command_help(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["check", "--help"], ["help", "check"], ["c", "-h"]):
        code, out, _ = run(argv, capsys)
        assert code == 0
        assert "Usage: ferric check [OPTIONS] [FILE]" in out
        assert "--edition <EDITION>" in out and "[possible values: 2015, 2018, 2021, 2024]" in out


def test_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["chek", "x.rs"], capsys)
    assert (code, out) == (101, "")  # cargo's exit code for `cargo foo`
    assert err == (
        "error: no such command: `chek`\n\n"
        "help: a command with a similar name exists: `check`\n\n"
        "help: view all commands with `ferric --help`\n"
    )
    assert run(["help", "zzzzzzzz"], capsys)[0] == 101


def test_clippy_bad_lint_flags(capsys: pytest.CaptureFixture[str]) -> None:
    # rustc's own words for a flag it does not know / a flag without its lint name.
    assert run(["clippy", "x.rs", "--", "-X", "warnings"], capsys) == (1, "", "error: Unrecognized option: 'X'\n\n")
    assert run(["clippy", "x.rs", "--", "-D"], capsys) == (1, "", "error: Argument to option 'D' missing\n\n")


def test_package_commands_outside_a_package(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # `cargo build` in a directory without Cargo.toml above it.
    monkeypatch.chdir(tmp_path)
    for argv in (["build"], ["check"], ["run"], ["test"], ["clean"]):
        assert run(argv, capsys) == (101, "", f"error: could not find `Cargo.toml` in `{tmp_path}` or any parent directory\n")


def test_flags_and_trailing_arguments() -> None:
    from ferric.cli.args import parse_args

    test = next(c for c in COMMANDS if c.name == "test")
    args = parse_args(test, ["-q", "x.rs", "filter", "--no-fail-fast", "--", "--nocapture", "-q"])
    assert (args.positional, args.extra, args.trailing) == ("x.rs", "filter", ["--nocapture", "-q"])
    assert args.flag("quiet") and args.flag("no-fail-fast") and not args.flag("lib")
    with pytest.raises(UsageError, match="unexpected value 'x' for '--lib'"):
        parse_args(test, ["--lib=x"])


def test_run_reports_compile_errors_like_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.rs"
    src.write_text('fn main() {\n    let x: i32 = "no";\n}\n')
    code, out, err = run(["run", str(src)], capsys)
    assert code == 1 and out == ""
    assert "error[E0308]: mismatched types" in err and "Traceback" not in err


def test_usage_errors_are_clap_shaped(capsys: pytest.CaptureFixture[str]) -> None:
    # Shapes as `cargo check --color foo`, `cargo new`, `cargo check --colr=x` print them.
    assert run(["check", "--color", "foo", "x.rs"], capsys) == (
        1,
        "",
        "error: invalid value 'foo' for '--color <WHEN>'\n"
        "  [possible values: auto, always, never]\n\n"
        "For more information, try '--help'.\n",
    )
    assert run(["explain"], capsys) == (
        1,
        "",
        "error: the following required arguments were not provided:\n  <CODE>\n\n"
        "Usage: ferric explain [OPTIONS] <CODE>\n\nFor more information, try '--help'.\n",
    )
    assert run(["check", "--colr=x", "a.rs"], capsys) == (
        1,
        "",
        "error: unexpected argument '--colr' found\n\n"
        "  tip: a similar argument exists: '--color'\n\n"
        "Usage: ferric check [OPTIONS] [FILE] [-- <LINT-FLAGS>...]\n\nFor more information, try '--help'.\n",
    )
    code, _, err = run(["check", "a.rs", "b.rs"], capsys)
    assert code == 1 and err.startswith("error: unexpected argument 'b.rs' found\n")
    code, _, err = run(["check", "--edition"], capsys)
    assert code == 1 and err.startswith("error: a value is required for '--edition <EDITION>'")
    code, _, err = run(["check", "--edition=2019", "a.rs"], capsys)
    assert code == 1 and "[possible values: 2015, 2018, 2021, 2024]" in err
    code, _, err = run(["--frobnicate"], capsys)
    assert code == 1 and err.startswith("error: unexpected argument '--frobnicate' found\n")


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in COMMANDS:
        code, out, _ = run(["help", cmd.name], capsys)
        assert code == 0 and f"Usage: ferric {cmd.name}" in out


def test_closest() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert closest("buld", ["build", "check"]) == "build"
    assert closest("zzzzzzzz", ["build", "check"]) is None


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    # `rustc --explain E9999`: "error: E9999 is not a valid error code" and exit 1.
    assert run(["explain", "E9999"], capsys) == (
        1,
        "",
        "error: E9999 is not a valid error code\n\n",
    )
    for argv in (["explain", "E0004"], ["--explain", "E0004"], ["--explain=E0004"]):
        code, out, err = run(argv, capsys)
        assert (code, err) == (0, "") and out.strip()
    code, _, err = run(["explain"], capsys)
    assert code == 1 and "<CODE>" in err


def test_parse_emit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.rs"
    src.write_text("fn main() {}\n", encoding="utf-8")
    code, out, err = run(["parse", "--emit=ast", str(src)], capsys)
    assert code == 0 and err == "" and out.startswith("Crate")
    assert run(["parse", "--emit", "pretty", str(src)], capsys) == (0, "fn main() {}\n", "")


def test_parse_reports_syntax_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "s.rs"
    src.write_text("fn main() { let x = 1 }\n", encoding="utf-8")
    code, out, err = run(["parse", "--emit=ast", str(src)], capsys)
    assert (code, out) == (1, "")  # no tree for a program with errors
    assert err.startswith(
        "error: expected one of `.`, `;`, `?`, `else`, or an operator, found `}`\n"
    )
    assert err.endswith("error: aborting due to 1 previous error\n\n")


def test_closed_stdout_is_quiet(tmp_path: Path) -> None:
    src = tmp_path / "big.rs"
    src.write_text("fn main() {" + "let x = 1;" * 3_000 + "}\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ferric", "parse", "--emit=ast", str(src)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


def test_ctrl_c_is_quiet(tmp_path: Path) -> None:
    src = tmp_path / "long.rs"
    src.write_text("fn main() {" + "let x = 1 + 2 * 3;" * 200_000 + "}\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ferric", "check", str(src)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal
    )
    time.sleep(1.0)  # well past start-up, well before the end of parsing
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert (proc.returncode, out, err) == (130, b"", b"")


def _ferric(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FERRIC_NO_MODULE_CACHE="1")
    return subprocess.run([sys.executable, "-m", "ferric", *args], capture_output=True, text=True, env=env, cwd=tmp_path, check=False)


def test_run_passes_arguments_after_double_dash_and_exits_with_the_programs_code(tmp_path: Path) -> None:
    src = tmp_path / "args.rs"
    src.write_text(
        "fn main() {\n"
        "    let a: Vec<String> = std::env::args().skip(1).collect();\n"
        '    println!("{:?}", a);\n'
        "    std::process::exit(a.len() as i32 + 3);\n"
        "}\n"
    )
    r = _ferric(["run", str(src), "--", "x", "y z"], tmp_path)
    assert (r.returncode, r.stdout) == (5, '["x", "y z"]\n'), r.stderr


def test_module_cache_hits_only_unchanged_programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ferric.driver import module_cache

    monkeypatch.setattr(module_cache.store, "cache_dir", lambda: str(tmp_path / "cache"))
    monkeypatch.delenv("FERRIC_NO_CACHE", raising=False)
    monkeypatch.delenv("FERRIC_NO_MODULE_CACHE", raising=False)
    root, dep = tmp_path / "main.rs", tmp_path / "dep.rs"
    root.write_text("mod dep;\nfn main() {}\n")
    dep.write_text("pub fn f() {}\n")
    assert module_cache.lookup(str(root), "edition=2021") is None
    module_cache.save(str(root), "edition=2021", "MODULE", [(str(dep), dep.read_text())])
    assert module_cache.lookup(str(root), "edition=2021") == "MODULE"
    assert module_cache.lookup(str(root), "edition=2018") is None  # other options
    dep.write_text("pub fn f() { }\n")
    assert module_cache.lookup(str(root), "edition=2021") is None  # a file it read changed
    dep.write_text("pub fn f() {}\n")
    root.write_text("mod dep;\nfn main() { }\n")
    assert module_cache.lookup(str(root), "edition=2021") is None  # the root changed
