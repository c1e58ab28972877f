"""ferric's cargo workflow and libtest harness against cargo's and libtest's own output.

The expectations (`*.expected.json`) were written by `tests/tools/bless_cargo.py` from
rustc 1.95 and cargo 1.95; this file never needs them installed. ferric runs in a child
process (`python -m ferric ...`) in a copy of each package, and outputs are compared after
`cases.normalize` (timings, thread ids, hashes, the temporary directory).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import HERE, normalize, unordered_status

SRC = str(Path(HERE).parents[1] / "src")
TIMEOUT = 300


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("RUST_BACKTRACE", "RUST_TEST_THREADS")}
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


def ferric(args: list[str], cwd: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ferric", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _load(path: str) -> list[dict]:  # type: ignore[type-arg]
    with open(path, encoding="utf-8") as f:
        return json.load(f)  # type: ignore[no-any-return]


def _libtest_cases() -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    out = []
    for name in ("outcomes", "many"):
        for case in _load(os.path.join(HERE, "libtest", f"{name}.expected.json")):
            out.append((name, case))
    return out


@pytest.mark.parametrize(
    ("name", "case"),
    _libtest_cases(),
    ids=lambda v: v if isinstance(v, str) else " ".join(v["args"]) or "-",
)
def test_libtest(name: str, case: dict, tmp_path_factory: pytest.TempPathFactory) -> None:  # type: ignore[type-arg]
    """`ferric test NAME.rs -- ARGS` prints what `rustc --test NAME.rs && ./NAME ARGS` does."""
    d = _copy_dir(tmp_path_factory, f"libtest-{name}", Path(HERE, "libtest", f"{name}.rs"))
    r = ferric(["test", f"{name}.rs", "--", *case["args"], "--test-threads=1"], d)
    assert normalize(r.stdout) == case["stdout"], r.stderr
    assert r.returncode == case["exit"], r.stderr
    if case["exit"] == 101 and not case["stdout"]:  # bad harness arguments
        assert normalize(r.stderr) == case["stderr"]


def _release_cases() -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    d = os.path.join(HERE, "release")
    return [
        (f[: -len(".expected.json")], case)
        for f in sorted(os.listdir(d))
        if f.endswith(".expected.json")
        for case in _load(os.path.join(d, f))
    ]


@pytest.mark.parametrize(
    ("name", "case"),
    _release_cases(),
    ids=lambda v: v if isinstance(v, str) else " ".join(v["args"]) or "-",
)
def test_single_file_release(name: str, case: dict, tmp_path_factory: pytest.TempPathFactory) -> None:  # type: ignore[type-arg]
    """`ferric run --release NAME.rs` does what `rustc -O NAME.rs && ./NAME` does."""
    d = _copy_dir(tmp_path_factory, f"release-{name}", Path(HERE, "release", f"{name}.rs"))
    r = ferric(["run", *case["args"], f"{name}.rs"], d)
    assert normalize(r.stdout) == case["stdout"]
    assert normalize(r.stderr) == case["stderr"]
    assert r.returncode == case["exit"]


_COPIES: dict[str, Path] = {}


def _copy_dir(factory: pytest.TempPathFactory, key: str, src: Path) -> Path:
    """One directory per source for the whole session (the module cache then serves the
    later cases); a package's `target/` is removed before each case."""
    d = _COPIES.get(key)
    if d is None:
        d = factory.mktemp(key)
        if src.is_dir():
            shutil.copytree(src, d / src.name)
        else:
            shutil.copy(src, d)
        _COPIES[key] = d
    return d


def _package_cases() -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    out = []
    for name in (
        "calc", "hello", "mixed", "shape-kit", "deps", "private",
        "doc-kit", "doc-old", "doc-broken", "doc-fallback",
        "profiles", "features", "ws", "examples", "lints",
    ):
        for case in _load(os.path.join(HERE, "packages", f"{name}.expected.json")):
            out.append((name, case))
    return out


@pytest.mark.parametrize(
    ("name", "case"),
    _package_cases(),
    ids=lambda v: v if isinstance(v, str) else " ".join(v["cmd"]),
)
def test_package(name: str, case: dict, tmp_path_factory: pytest.TempPathFactory) -> None:  # type: ignore[type-arg]
    """`ferric CMD` in a package prints what `cargo CMD` does (stdout, stderr, status)."""
    d = _copy_dir(tmp_path_factory, f"pkg-{name}", Path(HERE, "packages", name))
    root = d / name / case.get("cwd", "")
    for top in {d / name, root}:  # (a workspace's target/ and Cargo.lock are at its root)
        shutil.rmtree(top / "target", ignore_errors=True)
        (top / "Cargo.lock").unlink(missing_ok=True)
    for before in case["before"]:
        ferric(before, root)
    r = ferric(case["cmd"], root)
    # (a doc test's compile errors are in the report on stdout)
    assert normalize(r.stdout, str(d)) == case["stdout"].replace("`rustc --explain ", "`ferric explain ")
    # (ferric's explanations are `ferric explain`'s, its commands `ferric ...`)
    expected = case["stderr"].replace("`rustc --explain ", "`ferric explain ").replace("`cargo ", "`ferric ")
    assert unordered_status(normalize(r.stderr, str(d))) == unordered_status(expected)
    assert r.returncode == case["exit"]


@pytest.mark.parametrize(
    "case", _load(os.path.join(HERE, "new.expected.json")), ids=lambda c: " ".join(c["cmd"])
)
def test_new(case: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """`ferric new` writes cargo's files and prints cargo's messages (`cargo` → `ferric` in
    the hints that name the command)."""
    r = ferric(case["cmd"], tmp_path)
    assert normalize(r.stderr, str(tmp_path)) == case["stderr"].replace("`cargo ", "`ferric ")
    assert r.returncode == case["exit"]
    files = {}
    for p in sorted(tmp_path.rglob("*")):
        rel = p.relative_to(tmp_path)
        if p.is_file() and ".git" not in rel.parts:
            files[str(rel)] = p.read_text(encoding="utf-8")
    assert files == case["files"]
    if case["exit"] == 0 and "--vcs" not in case["cmd"] and shutil.which("git"):
        assert (tmp_path / case["cmd"][-1] / ".git").is_dir()


def test_new_lib_then_a_binary_using_it(tmp_path: Path) -> None:
    """`ferric new --lib calc`, then a `src/main.rs` calling the library by its crate name:
    `run` builds the library first and the binary with it (cargo prints `5` here)."""
    assert ferric(["new", "--lib", "calc"], tmp_path).returncode == 0
    root = tmp_path / "calc"
    (root / "src" / "main.rs").write_text(
        "use calc::add;\n\nfn main() {\n    println!(\"{}\", add(2, 3));\n}\n"
    )
    r = ferric(["run", "-q"], root)
    assert (r.stdout, r.returncode) == ("5\n", 0), r.stderr
    r = ferric(["test", "-q"], root)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("test result: ok.") == 3  # lib (it_works), bin (none), doc tests


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            '[package]\nname = "bad"\nversion = "0.1.0"\nedition = "2024"\n\n[dependencies\nfoo = 1\n',
            # (cargo's wording is toml_edit's, "unclosed table, expected `]`"; the place is the same)
            " --> Cargo.toml:6:14\n  |\n6 | [dependencies\n  |              ^\n",
        ),
        ('[package]\nversion = "0.1.0"\n', "Caused by:\n  missing field `package.name`\n"),
        (
            '[package]\nname = "bad"\nversion = "0.1.0"\n\n[dependencies]\nrand = "0.8"\n',
            "error: no matching package named `rand` found\n",
        ),
        (
            '[package]\nname = "bad"\nversion = "0.1.0"\n\n[dependencies]\nutil = { path = "../util" }\n',
            "failed to read `",
        ),
    ],
    ids=["syntax", "no-name", "registry", "missing-path-dep"],
)
def test_bad_manifest(tmp_path: Path, manifest: str, message: str) -> None:
    root = tmp_path / "bad"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(manifest)
    (root / "src" / "main.rs").write_text("fn main() {}\n")
    r = ferric(["build"], root)
    assert r.returncode == 101
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_no_manifest(tmp_path: Path) -> None:
    r = ferric(["build"], tmp_path)
    assert r.returncode == 101
    assert (
        r.stderr == f"error: could not find `Cargo.toml` in `{tmp_path}` or any parent directory\n"
    )
