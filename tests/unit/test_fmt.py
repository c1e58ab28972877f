"""`ferric fmt` against rustfmt: the formatter's outputs are rustfmt's, recorded in files.

- every `tests/fmt/NAME.rs` formats to `tests/fmt/NAME.out` (rustfmt 1.9's output, blessed by
  `tests/fmt/bless.py`), and formatting `NAME.out` gives `NAME.out` again;
- formatting is idempotent on every `.rs` of tests/ui/grammar, tests/ui/seed and examples/;
- conformance: at least 90% of tests/ui/grammar/*.rs format exactly as rustfmt formats them
  (`tests/fmt/corpus/NAME.out`); the files that differ are printed;
- the command line: `--check`'s diff, in-place rewriting, `--emit=stdout`, parse errors,
  Cargo packages and their `mod` files.

Each file is formatted once per session (`_format` caches), which keeps this module fast.
"""

from __future__ import annotations

import difflib
import functools
import io
from pathlib import Path

import pytest

from ferric.fmt.api import format_source
from ferric.fmt.cli import fmt_main
from ferric.fmt.diff import make_diff, render_diff

ROOT = Path(__file__).resolve().parents[2]
FMT_DIR = ROOT / "tests" / "fmt"
CORPUS_DIR = FMT_DIR / "corpus"
GRAMMAR = sorted((ROOT / "tests" / "ui" / "grammar").glob("*.rs"))
IDEMPOTENCE = GRAMMAR + sorted((ROOT / "tests" / "ui" / "seed").rglob("*.rs"))
IDEMPOTENCE += sorted((ROOT / "examples").rglob("*.rs"))
PAIRS = sorted(p for p in FMT_DIR.glob("*.rs") if p.with_suffix(".out").exists())
CONFORMANCE_BAR = 0.90
RUSTFMT_NOT_IDEMPOTENT = {
    "stmt_let_forms.rs": "rustfmt drops the `;` of `{ ; 5 }` but keeps the block on 3 lines; "
    "run again, it joins them (`{ 5 }`): ferric does the same, so only the second run is stable",
}


@functools.cache
def _format(text: str) -> str | None:
    return format_source(text).text


def _show(expected: str, got: str | None) -> str:
    if got is None:
        return "ferric fmt failed (parse error)"
    diff = difflib.unified_diff(
        expected.splitlines(), got.splitlines(), "rustfmt", "ferric fmt", lineterm=""
    )
    return "\n".join(list(diff)[:60])


def test_there_are_enough_pairs() -> None:
    assert len(PAIRS) >= 60


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.stem)
def test_pair_matches_rustfmt(path: Path) -> None:
    expected = path.with_suffix(".out").read_text(encoding="utf-8")
    got = _format(path.read_text(encoding="utf-8"))
    assert got == expected, _show(expected, got)
    assert _format(expected) == expected, _show(expected, _format(expected))


@pytest.mark.parametrize("path", IDEMPOTENCE, ids=lambda p: str(p.relative_to(ROOT)))
def test_idempotent(path: Path) -> None:
    once = _format(path.read_text(encoding="utf-8"))
    assert once is not None
    if path.name in RUSTFMT_NOT_IDEMPOTENT:
        once = _format(once)
        assert once is not None
    assert _format(once) == once, _show(once, _format(once))


def test_grammar_corpus_conformance() -> None:
    matched: list[str] = []
    failures: list[str] = []
    for path in GRAMMAR:
        expected_file = CORPUS_DIR / (path.stem + ".out")
        if not expected_file.exists():  # rustfmt could not format it either
            continue
        expected = expected_file.read_text(encoding="utf-8")
        got = _format(path.read_text(encoding="utf-8"))
        (matched if got == expected else failures).append(path.stem)
    total = len(matched) + len(failures)
    fraction = len(matched) / total
    print(f"ferric fmt matches rustfmt on {len(matched)}/{total} = {fraction:.1%} of the corpus")
    for name in failures:
        print(f"  differs: tests/ui/grammar/{name}.rs")
    assert total >= 150
    assert fraction >= CONFORMANCE_BAR, failures


# -- the diff --------------------------------------------------------------------------------


def test_diff_is_rustfmts() -> None:
    original = "fn  main(){}\n\n\n\nfn a() {  }\nfn b() {}\nfn c() {}\nfn d() {}\nfn e() {}\n"
    original += "fn f() {}\nfn g() {}\nfn h() {}\nfn i() {  }\n"
    formatted = _format(original)
    assert formatted is not None
    assert render_diff("/p/x.rs", make_diff(original, formatted)) == (
        "Diff in /p/x.rs:1:\n-fn  main(){}\n+fn main() {}\n \n-\n-\n-fn a() {  }\n+fn a() {}\n"
        " fn b() {}\n fn c() {}\n fn d() {}\nDiff in /p/x.rs:10:\n fn f() {}\n fn g() {}\n"
        " fn h() {}\n-fn i() {  }\n+fn i() {}\n \n"
    )


def test_diff_colours_and_missing_newline() -> None:
    hunks = make_diff("fn  main(){}\n", "fn main() {}\n")
    assert render_diff("/x.rs", hunks, color=True) == (
        "Diff in /x.rs:1:\n\x1b[31m-fn  main(){}\n\x1b(B\x1b[m\x1b[32m+fn main() {}\n\x1b(B\x1b[m \n"
    )
    assert render_diff("/x.rs", make_diff("fn main() {}", "fn main() {}\n")) == (
        "Diff in /x.rs:1:\n fn main() {}\n+\n"
    )


# -- the command line ------------------------------------------------------------------------


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = fmt_main(argv, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TERM", raising=False)


def test_check_prints_the_diff_and_fails(tmp_path: Path, no_color: None) -> None:
    f = tmp_path / "a.rs"
    f.write_text("fn  main(){}\n")
    code, out, err = _run(["--check", str(f)])
    assert (code, err) == (1, "")
    assert out == f"Diff in {f}:1:\n-fn  main(){{}}\n+fn main() {{}}\n \n"
    assert f.read_text() == "fn  main(){}\n"
    f.write_text("fn main() {}\n")
    assert _run(["--check", str(f)]) == (0, "", "")


def test_rewrites_in_place_only_when_changed(tmp_path: Path) -> None:
    f = tmp_path / "a.rs"
    f.write_text("fn  main(){}\n")
    assert _run([str(f)]) == (0, "", "")
    assert f.read_text() == "fn main() {}\n"
    before = f.stat().st_mtime_ns
    assert _run([str(f)]) == (0, "", "")
    assert f.stat().st_mtime_ns == before


def test_emit_stdout(tmp_path: Path) -> None:
    f = tmp_path / "a.rs"
    f.write_text("fn  main(){}\n")
    assert _run(["--emit=stdout", str(f)]) == (0, f"{f}:\n\nfn main() {{}}\n", "")
    assert f.read_text() == "fn  main(){}\n"
    assert _run(["--check", "--emit", "stdout", str(f)])[0] == 1


def test_parse_error_leaves_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rs"
    bad.write_text("fn main() {\n    let x = ;\n}\n")
    good = tmp_path / "good.rs"
    good.write_text("fn  g(){}\n")
    code, out, err = _run([str(bad), str(good)])
    assert code == 1 and out == ""
    assert err == (
        "error: expected expression, found `;`\n"
        f" --> {bad}:2:13\n  |\n2 |     let x = ;\n  |             ^ expected expression\n\n"
    )
    assert bad.read_text() == "fn main() {\n    let x = ;\n}\n"
    assert good.read_text() == "fn g() {}\n"


def test_cargo_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_color: None) -> None:
    (tmp_path / "Cargo.toml").write_text('[package]\nname = "p"\nedition = "2021"\n')
    files = {
        "src/main.rs": "mod m;\n#[path = \"other.rs\"]\nmod p;\nfn  main(){}\n",
        "src/m.rs": "mod n;\nfn  m(){}\n",
        "src/m/n.rs": "fn  n(){}\n",
        "src/other.rs": "fn  o(){}\n",
        "src/orphan.rs": "fn  orphan(){}\n",
        "tests/t.rs": "fn  t(){}\n",
        "examples/e.rs": "fn  e(){}\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path / "src")
    code, out, _ = _run(["--check"])
    titles = [line for line in out.splitlines() if line.startswith("Diff in")]
    order = ["examples/e.rs", "src/m/n.rs", "src/m.rs", "src/main.rs", "src/other.rs", "tests/t.rs"]
    assert code == 1 and titles == [f"Diff in {tmp_path / n}:1:" for n in order]
    assert _run([]) == (0, "", "")
    assert (tmp_path / "src/m/n.rs").read_text() == "fn n() {}\n"
    assert (tmp_path / "src/orphan.rs").read_text() == "fn  orphan(){}\n"  # not a module


def test_missing_module_file(tmp_path: Path) -> None:
    f = tmp_path / "main.rs"
    f.write_text("mod gone;\nfn  main(){}\n")
    code, out, err = _run([str(f)])
    assert (code, out) == (1, "")
    assert err == f"Error writing files: failed to resolve mod `gone`: {tmp_path}/gone.rs does not exist\n"
    assert f.read_text() == "mod gone;\nfn  main(){}\n"


def test_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run(["--bogus"])[0] == 1
    monkeypatch.chdir(tmp_path)
    code, _, err = _run([])
    assert code == 1 and "could not find `Cargo.toml`" in err
    assert _run([str(tmp_path / "none.rs")])[0] == 1


def test_ferric_fmt_command(tmp_path: Path, capsys: pytest.CaptureFixture[str], no_color: None) -> None:
    from ferric.cli.main import main

    f = tmp_path / "a.rs"
    f.write_text("fn  main(){}\n")
    assert main(["fmt", "--check", str(f)]) == 1
    assert capsys.readouterr().out.startswith(f"Diff in {f}:1:\n")
    assert main(["fmt", str(f)]) == 0
    assert f.read_text() == "fn main() {}\n"
    assert main(["help", "fmt"]) == 0
    assert "--check" in capsys.readouterr().out


def test_crate_level_skip_keeps_the_file() -> None:
    text = "// c\n#![rustfmt::skip]\nfn   a( ) {  }\n\n\n"
    assert format_source(text).text == text
