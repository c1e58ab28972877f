"""No input makes ferric print a Python traceback or an internal compiler error.

Inputs: prefixes of corpus programs cut at token boundaries, corpus programs with tokens or
lines deleted, duplicated and swapped (hypothesis), random token soups and random bytes
(hypothesis), 20,000-deep nesting (parentheses, blocks, generic types), a 100,000-term sum,
a 2 MB string literal, invalid UTF-8, empty and whitespace-only files. Everything runs
through the `ferric` command in-process (`main([...])`, output captured); the deep cases also
run once each as a real subprocess, as a user would run them. The verdict: exit code 0 or 1,
and neither "Traceback" nor "internal compiler error" in the output.
"""

from __future__ import annotations

import contextlib
import io
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ferric.cli.main import main

UI = Path(__file__).resolve().parent / "ui"
CORPUS = sorted(p for area in ("grammar", "seed") for p in (UI / area).glob("*.rs"))
"""Accepted and rejected programs alike: mutations of both must be handled."""

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/|r?"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])'|'\w+|\w+|::|->|=>|\.\.=?|[<>=!&|+\-*/%^]=?|.""",
    re.S,
)


def tokens(text: str) -> list[str]:
    """A rough split of Rust source into tokens and the whitespace between (test-only)."""
    return _TOKEN.findall(text)


@contextlib.contextmanager
def _source(text: str | bytes) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.rs"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        yield str(path)


def run_ferric(text: str | bytes, command: str = "check") -> tuple[int, str]:
    """`ferric COMMAND FILE` in-process on `text`; returns exit code and stdout+stderr."""
    out, err = io.StringIO(), io.StringIO()
    with _source(text) as path, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([command, "--color=never", path])
    return code, out.getvalue() + err.getvalue()


def assert_robust(code: int, output: str, program: str | bytes = "") -> None:
    shown = program[:300] if program else ""
    assert "Traceback" not in output, f"traceback on {shown!r}:\n{output}"
    assert "internal compiler error" not in output, f"ICE on {shown!r}:\n{output[-3000:]}"
    assert code in (0, 1), f"exit {code} on {shown!r}:\n{output[-3000:]}"


def check_robust(text: str | bytes) -> int:
    code, output = run_ferric(text)
    assert_robust(code, output, text)
    return code


# -- truncation -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS[:: max(1, len(CORPUS) // 4)][:4], ids=lambda p: p.name)
def test_truncated_programs(path: Path) -> None:
    toks = tokens(path.read_text(encoding="utf-8"))
    cuts = sorted(random.Random(path.name).sample(range(len(toks) + 1), min(30, len(toks) + 1)))
    for cut in cuts:
        check_robust("".join(toks[:cut]))


# -- mutation (hypothesis) ------------------------------------------------------------------------

_edit = st.tuples(
    st.sampled_from(["delete", "duplicate", "swap"]), st.integers(0, 10**6), st.integers(0, 10**6)
)


def _mutate(units: list[str], edits: list[tuple[str, int, int]]) -> str:
    units = list(units)
    for op, a, b in edits:
        if not units:
            break
        i, j = a % len(units), b % len(units)
        if op == "delete":
            del units[i]
        elif op == "duplicate":
            units.insert(j, units[i])
        else:
            units[i], units[j] = units[j], units[i]
    return "".join(units)


@FUZZ
@given(st.sampled_from(CORPUS), st.lists(_edit, min_size=1, max_size=6))
def test_mutated_tokens(path: Path, edits: list[tuple[str, int, int]]) -> None:
    check_robust(_mutate(tokens(path.read_text(encoding="utf-8")), edits))


@FUZZ
@given(st.sampled_from(CORPUS), st.lists(_edit, min_size=1, max_size=6))
def test_mutated_lines(path: Path, edits: list[tuple[str, int, int]]) -> None:
    check_robust(_mutate(path.read_text(encoding="utf-8").splitlines(keepends=True), edits))


@FUZZ
@given(st.sampled_from(CORPUS), st.randoms(use_true_random=False))
def test_shuffled_lines(path: Path, rnd: random.Random) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    rnd.shuffle(lines)
    check_robust("".join(lines))


# -- token soup and bytes (hypothesis) ------------------------------------------------------------

_VOCAB_TEXT = (
    "fn struct enum impl trait for where let mut ref match if else loop while in return break "
    "continue move async await dyn unsafe pub crate self Self super mod use as type const static "
    "macro_rules extern union auto default 'a 'static x y _ Vec Option i32 u8 str String "
    '0 1 255u8 1.5 0x1F 1e10 \'c\' b\'x\' "s" r#"raw"# b"bytes" c"cstr" true false '
    "( ) [ ] { } < > <= >= == != = + - * / % ^ ! & | && || << >> += -= *= /= %= ^= &= |= <<= >>= "
    "@ . .. ... ..= , ; : :: -> => # $ ? ~ /* */ // /// //! \\ ` \n"
)
VOCAB = _VOCAB_TEXT.split(" ")


@FUZZ
@given(st.lists(st.sampled_from(VOCAB), max_size=60), st.sampled_from([" ", "", "\n"]))
def test_token_soup(words: list[str], sep: str) -> None:
    check_robust(sep.join(words))


@FUZZ
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    check_robust(text)


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    check_robust(data)


# -- size and depth -------------------------------------------------------------------------------

DEPTH = 20_000

DEEP = {
    "parens": "fn main() { let _x = " + "(" * DEPTH + "1" + ")" * DEPTH + "; }\n",
    "blocks": "fn main() " + "{" * DEPTH + "}" * DEPTH + "\n",
    "generics": "type T = " + "Vec<" * DEPTH + "u8" + ">" * DEPTH + ";\nfn main() {}\n",
    "unary": "fn main() { let _x = " + "-" * DEPTH + "1; }\n",
    "sum": "fn main() { let _x = " + " + ".join(["1"] * 100_000) + "; }\n",
    "string_2mb": 'fn main() { let _s = "' + "ab" * 1_000_000 + '"; }\n',
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_and_large_valid_programs(name: str) -> None:
    code, output = run_ferric(DEEP[name], "parse")
    assert_robust(code, output)
    assert (code, output) == (0, ""), output[-3000:]


@pytest.mark.parametrize(
    "text",
    [
        "fn main() { let _x = " + "(" * DEPTH + "\n",
        "fn main() " + "{" * DEPTH + "\n",
        "type T = " + "Vec<" * DEPTH + "\n",
        "fn main() { " + "[(" * (DEPTH // 2) + "}\n",
        "fn main() { let _x = " + "1 + " * DEPTH + "; }\n",
    ],
    ids=["unclosed_parens", "unclosed_blocks", "unclosed_generics", "mismatched", "dangling_plus"],
)
def test_deep_invalid_programs(text: str) -> None:
    assert check_robust(text) == 1


@pytest.mark.parametrize("name", ["parens", "blocks", "generics"])
def test_deep_programs_in_a_subprocess(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.rs"
    path.write_text(DEEP[name], encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "ferric", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert_robust(r.returncode, r.stdout + r.stderr)
    assert r.returncode == 0, r.stderr[-3000:]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\t \r\n \u00a0",
        "// only a comment\n",
        "/* block */",
        "/* unclosed",
        "//! inner doc\n",
        "\ufeff",
    ],
    ids=repr,
)
def test_trivial_files(text: str) -> None:
    check_robust(text)


def test_invalid_utf8_bytes() -> None:
    for data in (b"\xff", b"fn main() { \x80 }", b"\xc3", b'"\xed\xa0\x80"', b"fn\x00main() {}"):
        assert check_robust(data) == 1
