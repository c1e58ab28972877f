"""The cargo/libtest cases: what is run, and how outputs are normalised before comparison.

Shared by `tests/tools/bless_cargo.py` (runs rustc/cargo, writes `*.expected.json`) and
`tests/cargo/test_cargo.py` (runs ferric, compares). Normalised away: timings
(`finished in 0.00s`, `target(s) in 0.24s`, rustdoc's `all doctests ran in ...`), rustdoc's
temporary directory (`/tmp/rustdoctestXXXX/`), thread ids in panic messages, cargo's
metadata hashes in artifact names, the temporary directory a package was copied to, and
the `Removed N files, SIZE` line of `clean` (ferric's target directory holds other files).
"""

from __future__ import annotations

import re

HERE = __file__.rsplit("/", 1)[0]

# Each libtest program runs once per argument list (`--test-threads=1` is appended: libtest
# then prints in name order, as ferric's harness always does).
LIBTEST_CASES: dict[str, list[list[str]]] = {
    "outcomes": [
        [],
        ["-q"],
        ["it_works"],
        ["tests::it", "--exact"],
        ["tests::it_works", "--exact"],
        ["--list"],
        ["--list", "--ignored"],
        ["--list", "-q"],
        ["--ignored"],
        ["--include-ignored", "ignored"],
        ["--nocapture", "tests::fails"],
        ["--show-output", "it_works"],
        ["--skip", "tests"],
        ["nomatch"],
        ["--bogus"],
        ["--test-threads=x"],
    ],
    "many": [[], ["-q"], ["--list"], ["wrong", "out_of"]],
}

# Each package case: commands run first (output ignored), then the command compared; `cwd`
# (optional) is the directory below the copied `packages/NAME` to run them in.
# (`profiles`: release semantics and `[profile.*]` keys; `features`:
# `[features]` and the feature flags; `ws`: a virtual workspace; `examples`: examples.)
PACKAGE_CASES: dict[str, list[dict[str, list[list[str]] | list[str] | str]]] = {
    "shape-kit": [
        {"before": [], "cmd": ["run"]},
        {"before": [], "cmd": ["test", "--", "--test-threads=1"]},
        {"before": [], "cmd": ["test", "--test", "api", "macro"]},
        {"before": [["build"]], "cmd": ["build"]},
    ],
    "deps": [
        {"before": [], "cmd": ["run"], "cwd": "app"},
        {"before": [["build"]], "cmd": ["run", "-q"], "cwd": "app"},
        {"before": [], "cmd": ["check"], "cwd": "app"},
        {"before": [], "cmd": ["test"], "cwd": "util"},
        {"before": [], "cmd": ["doc"], "cwd": "app"},
        {"before": [], "cmd": ["doc", "--no-deps"], "cwd": "app"},
    ],
    "private": [
        {"before": [], "cmd": ["run", "--bin", "private"]},
        {"before": [], "cmd": ["run", "--bin", "mismatch"]},
    ],
    "mixed": [
        {"before": [], "cmd": ["test", "--no-fail-fast", "--", "--test-threads=1"]},
        {"before": [], "cmd": ["test", "--lib", "--", "--test-threads=1"]},
        {"before": [], "cmd": ["test", "greets"]},
        {"before": [], "cmd": ["test", "-q", "--test", "standalone"]},
        {"before": [], "cmd": ["run"]},
        {"before": [["build"]], "cmd": ["run", "--", "ferric"]},
        {"before": [], "cmd": ["check"]},
        {"before": [], "cmd": ["build", "-q"]},
    ],
    "lints": [
        {"before": [], "cmd": ["clippy"]},
        {"before": [], "cmd": ["clippy", "--", "-D", "warnings"]},
        {"before": [["clippy"]], "cmd": ["clippy", "-q"]},
    ],
    "calc": [
        {"before": [], "cmd": ["test"]},
        {"before": [], "cmd": ["test", "-q"]},
        {"before": [], "cmd": ["test", "--", "--list"]},
    ],
    "profiles": [
        {"before": [], "cmd": ["run"]},
        {"before": [], "cmd": ["run", "--release"]},
        {"before": [["build", "--release"]], "cmd": ["build", "--release"]},
        {"before": [], "cmd": ["test", "--release"]},
    ],
    "features": [
        {"before": [], "cmd": ["run"]},
        {"before": [], "cmd": ["run", "-q", "--no-default-features"]},
        {"before": [], "cmd": ["run", "-q", "--features", "fancy,extra"]},
        {"before": [], "cmd": ["run", "--all-features"]},
        {"before": [], "cmd": ["run", "-q", "--features=fancy", "--features=loud"]},
        {"before": [], "cmd": ["run", "--features", "nope"]},
        {"before": [], "cmd": ["run", "--features", "nope,bad"]},
        {"before": [], "cmd": ["run", "--features", "helper"]},
    ],
    "ws": [
        {"before": [], "cmd": ["build"]},
        {"before": [], "cmd": ["run"]},
        {"before": [["build"]], "cmd": ["run", "-p", "app"]},
        {"before": [], "cmd": ["run", "-p", "nope"]},
        {"before": [], "cmd": ["test"]},
        {"before": [], "cmd": ["run", "--bin", "tool", "--", "x", "y"]},
        {"before": [], "cmd": ["run"], "cwd": "app"},
        {"before": [], "cmd": ["build"], "cwd": "stray"},
        {"before": [], "cmd": ["doc"]},
    ],
    "examples": [
        {"before": [], "cmd": ["run", "--example", "demo", "--", "a"]},
        {"before": [], "cmd": ["run", "--example", "nope"]},
        {"before": [], "cmd": ["build", "--examples"]},
        {"before": [], "cmd": ["test"]},
        {"before": [], "cmd": ["run"]},
    ],
    "doc-kit": [
        {"before": [], "cmd": ["test", "--", "--test-threads=1"]},
        {"before": [], "cmd": ["test", "--doc", "-q", "--", "--test-threads=1", "div"]},
        {"before": [], "cmd": ["doc"]},
        {"before": [["doc"]], "cmd": ["doc"]},
    ],
    "doc-broken": [
        {"before": [], "cmd": ["doc"]},
        {"before": [], "cmd": ["test", "--doc"]},
    ],
    "doc-fallback": [
        {"before": [], "cmd": ["test", "--doc", "--", "--test-threads=1"]},
    ],
    "doc-old": [
        {"before": [], "cmd": ["test", "--doc", "--", "--test-threads=1"]},
    ],
    "hello": [
        {"before": [], "cmd": ["run"]},
        {"before": [["run"]], "cmd": ["run"]},
        {"before": [], "cmd": ["build"]},
        {"before": [["build"]], "cmd": ["clean"]},
    ],
}
# `calc` and `hello` are made by `cargo new` itself when blessing (their sources are
# checked in beside the others, as cargo wrote them).

NEW_CASES: list[list[str]] = [
    ["new", "hello"],
    ["new", "--lib", "calc"],
    ["new", "--vcs", "none", "my-app"],
    ["new", "--edition", "2021", "old"],
    ["new", "1bad"],
    ["new", "fn"],
    ["new", "--lib", "--bin", "both"],
]


def normalize(text: str, root: str | None = None) -> str:
    if root:
        text = text.replace(root, "[ROOT]")
    text = re.sub(r"finished in \d+\.\d+s", "finished in [T]", text)
    text = re.sub(r"ran in \d+\.\d+s; merged doctests compilation took \d+\.\d+s", "ran in [T]; merged doctests compilation took [T]", text)
    text = re.sub(r"[^\s:]*/rustdoctest\w+/", "[DOCTEST]/", text)
    text = re.sub(r"target\(s\) in \d+\.\d+s", "target(s) in [T]", text)
    text = re.sub(r"thread '([^']*)' \(\d+\) panicked", r"thread '\1' ([TID]) panicked", text)
    text = re.sub(r"(target/(?:debug|release)/deps/[A-Za-z0-9_]+)-[0-9a-f]{16}", r"\1-[HASH]", text)
    text = re.sub(r"Removed \d+ files?(, [\d.]+[KMGT]?i?B total)?", "Removed [N] files", text)
    text = re.sub(r"\n(warning: unused[^\n]*\n(?:[^\n]+\n)*\n)", "\n", text)
    return text


_STATUS = re.compile(r" +(?:Compiling|Checking|Documenting) \S+ v")


def unordered_status(text: str) -> str:
    """cargo compiles independent packages in parallel: the order of a run of consecutive
    `Compiling`/`Checking`/`Documenting` lines is its job queue's, which differs from run
    to run.
    Each such run is sorted, on both sides of a comparison."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, None]:
        if line is not None and _STATUS.match(line):
            run.append(line)
            continue
        out += sorted(run)
        run = []
        if line is not None:
            out.append(line)
    return "\n".join(out)
