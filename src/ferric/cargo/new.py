"""`ferric new` and `ferric init`: cargo's package templates, checks and messages.

`create_package(NewOptions, err)` writes what `cargo new`/`cargo init` 1.95 write —
`Cargo.toml` (edition 2024 unless `--edition`), `src/main.rs` printing `Hello, world!` or
`src/lib.rs` with cargo's sample test, and, when the directory is not inside a git work
tree and `--vcs none` was not given, a git repository (`git init`, when `git` is installed)
with `.gitignore` — prints cargo's status lines, and refuses what cargo refuses (an existing
destination, a package in the directory already, invalid package names) with cargo's
messages (exit 101).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from typing import TextIO

from ferric.cargo.status import status

EXIT_FAILED = 101
DEFAULT_EDITION = "2024"

MAIN_RS = 'fn main() {\n    println!("Hello, world!");\n}\n'
LIB_RS = """\
pub fn add(left: u64, right: u64) -> u64 {
    left + right
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_works() {
        let result = add(2, 2);
        assert_eq!(result, 4);
    }
}
"""
MANIFEST_DOCS = (
    "note: see more `Cargo.toml` keys and their definitions at "
    "https://doc.rust-lang.org/cargo/reference/manifest.html\n"
)

_KEYWORDS = frozenset(
    [
        "as",
        "async",
        "await",
        "break",
        "const",
        "continue",
        "crate",
        "dyn",
        "else",
        "enum",
        "extern",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "in",
        "let",
        "loop",
        "match",
        "mod",
        "move",
        "mut",
        "pub",
        "ref",
        "return",
        "self",
        "Self",
        "static",
        "struct",
        "super",
        "trait",
        "true",
        "type",
        "unsafe",
        "use",
        "where",
        "while",
        "abstract",
        "become",
        "box",
        "do",
        "final",
        "gen",
        "macro",
        "override",
        "priv",
        "try",
        "typeof",
        "unsized",
        "virtual",
        "yield",
    ]
)


@dataclass(frozen=True, slots=True)
class NewOptions:
    path: str
    lib: bool = False
    name: str | None = None
    edition: str | None = None
    vcs: str | None = None
    init: bool = False
    """`ferric init` (an existing directory) rather than `ferric new`."""
    quiet: bool = False


def _name_problem(name: str) -> str | None:
    """cargo's complaint about a package name, if any."""
    if not name:
        return "package name cannot be empty"
    if name in _KEYWORDS:
        return f"invalid package name `{name}`: it is a Rust keyword"
    if name == "test":
        return "invalid package name `test`: it conflicts with Rust's built-in test library"
    for i, c in enumerate(name):
        if i == 0 and c.isdigit():
            return f"invalid character `{c}` in package name: `{name}`, the name cannot start with a digit"
        if c in "-_" or c.isalnum() or unicodedata.category(c) in ("Mn", "Mc", "Pc"):
            continue
        return (
            f"invalid character `{c}` in package name: `{name}`, characters must be Unicode XID "
            "characters (numbers, `-`, `_`, or most letters)"
        )
    return None


def _in_git_repo(path: str) -> bool:
    d = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            return True
        parent = os.path.dirname(d)
        if parent == d:
            return False
        d = parent


def create_package(opts: NewOptions, err: TextIO) -> int:
    path = os.path.abspath(opts.path)
    name = opts.name or os.path.basename(path.rstrip(os.sep))
    kind = "library" if opts.lib else "binary (application)"
    what = f"{kind} package" if opts.init else f"{kind} `{name}` package"
    if not opts.quiet:
        status(err, "Creating", what)
    if not opts.init and os.path.exists(path):
        err.write(
            f"error: destination `{path}` already exists\n\n"
            "Use `ferric init` to initialize the directory\n"
        )
        return EXIT_FAILED
    if opts.init and os.path.exists(os.path.join(path, "Cargo.toml")):
        err.write(
            "error: `ferric init` cannot be run on existing Cargo packages\n"
            "help: use `ferric new` to create a package in a new subdirectory\n"
        )
        return EXIT_FAILED
    problem = _name_problem(name)
    if problem is not None:
        err.write(f"error: {problem}\n")
        if opts.name is None:
            err.write(
                "note: the directory name is used as the package name\n"
                "help: to override the package name, pass `--name <pkgname>`\n"
            )
        if not opts.lib and name != "" and " " not in name:
            err.write(
                f'help: to name the binary "{name}", use a valid package name, and set the binary '
                "name to be different from the package. This can be done by setting the binary "
                f"filename to `src/bin/{name}.rs` or change the name in Cargo.toml with:\n\n"
                f'    [[bin]]\n    name = "{name}"\n    path = "src/main.rs"\n\n'
            )
        return EXIT_FAILED
    if name in ("std", "core", "alloc", "proc_macro"):
        err.write(
            f"warning: package name `{name}` may be confused with the package with that name "
            "in Rust's standard library\nIt is recommended to use a different name to avoid problems.\n"
        )
    try:
        os.makedirs(os.path.join(path, "src"), exist_ok=True)
        vcs = opts.vcs or ("none" if _in_git_repo(path) and not opts.init else "git")
        if opts.init and opts.vcs is None and _in_git_repo(path):
            vcs = "none"
        if vcs == "git":
            _git_init(path)
        edition = opts.edition or DEFAULT_EDITION
        with open(os.path.join(path, "Cargo.toml"), "w", encoding="utf-8") as f:
            f.write(
                f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "{edition}"\n\n'
                "[dependencies]\n"
            )
        src = os.path.join(path, "src", "lib.rs" if opts.lib else "main.rs")
        if not os.path.exists(src):
            with open(src, "w", encoding="utf-8") as f:
                f.write(LIB_RS if opts.lib else MAIN_RS)
    except OSError as e:
        err.write(
            f"error: failed to create package at `{path}`\n\nCaused by:\n  {e.strerror or e}\n"
        )
        return EXIT_FAILED
    if not opts.quiet:
        err.write(MANIFEST_DOCS)
    return 0


def _git_init(path: str) -> None:
    """A git repository with cargo's `.gitignore` (the repository only when git exists)."""
    ignore = os.path.join(path, ".gitignore")
    if not os.path.exists(ignore):
        with open(ignore, "w", encoding="utf-8") as f:
            f.write("/target\n")
    git = shutil.which("git")
    if git is not None and not os.path.exists(os.path.join(path, ".git")):
        subprocess.run(
            [git, "init", "-q", path],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
