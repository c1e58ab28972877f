"""Doc tests: the ```-blocks of a library's doc comments, found and turned into programs as
rustdoc does (`rustdoc --test`, which `cargo test` runs after the other targets).

Input: the library's expanded AST (so `#[cfg]`-disabled items and `#[cfg(test)]` modules
are gone and `mod x;` files are loaded). Output: `DocTest`s, each with rustdoc's name
(`src/lib.rs - Point::area (line 12)`: the file of the comment, the item's path from the
crate root, the line of the opening fence), its attributes (`LangString`) and its code
with `# `-hidden lines restored; then the source rustdoc compiles for it:

- `standalone_source`: one crate per test (editions before 2024, and tests that cannot be
  merged): `#![allow(unused)]`, the test's crate attributes and `extern crate` lines, an
  injected `extern crate NAME;` when the code mentions the crate, and the code wrapped in
  `fn main() { fn _doctest_main_ID() { ... } _doctest_main_ID() }` unless it has its own
  `fn main` (a code ending in `(())` is wrapped in a function returning
  `Result<(), impl Debug>`, unwrapped: `?` works);
- `merged_source`: edition 2024's one crate for all mergeable tests, each in
  `pub mod __doctest_N` with its own `main` and `__main_fn`, laid out line for line as
  rustdoc's `doctest_bundle_2024.rs` (panic locations then agree).

Which items are scanned: every item with doc comments, public or private (rustdoc's
`HirCollector`): modules (inner `//!` docs too), functions, structs and their fields, enums
and their variants, traits and their items, impls (named by their self type) and their
items, constants, statics, type aliases, `macro_rules!`. Doc comments are `///`, `//!`,
`/** */`, `/*! */` and `#[doc = "..."]`.

Code blocks are fenced (```` ``` ````, `~~~`) or indented (rustdoc tests both).

Boundary: `ignore-TARGET` and `#![doc(test(attr(...)))]` are not read (rustdoc 1.95 on
stable does not check a `compile_fail` block's error codes either).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ferric.base.source_map import SourceMap
from ferric.doc.docstrings import doc_text
from ferric.syntax import ast

_NOT_CRATE_ATTRS = ("allow", "warn", "deny", "forbid")


@dataclass(frozen=True, slots=True)
class LangString:
    """A code block's info string as rustdoc reads it (`html::markdown::LangString`)."""

    rust: bool = True
    should_panic: bool = False
    no_run: bool = False
    ignore: bool = False
    compile_fail: bool = False
    test_harness: bool = False
    standalone_crate: bool = False
    edition: int | None = None


def parse_lang_string(info: str) -> LangString:
    """rustdoc's `LangString::parse`: words split by `,`, spaces and tabs; an unknown word
    makes the block another language unless a Rust word (`rust`, `should_panic` ...) came
    before it."""
    rust = True
    seen_rust = seen_other = False
    flags: dict[str, bool] = {}
    edition: int | None = None
    for word in (w for w in re.split(r"[,\s]+", info.strip()) if w):
        if word in ("should_panic", "no_run", "ignore"):
            flags[word] = True
            seen_rust = not seen_other
        elif word == "rust":
            seen_rust = True
        elif word in ("test_harness", "standalone_crate"):
            flags[word] = True
            seen_rust = not seen_other or seen_rust
        elif word == "compile_fail":
            flags["compile_fail"] = flags["no_run"] = True
            seen_rust = not seen_other or seen_rust
        elif word.startswith("edition") and word[7:].isdigit():
            edition = int(word[7:])
            seen_rust = not seen_other or seen_rust
        elif word.startswith("ignore-"):
            seen_rust = not seen_other
        elif re.fullmatch(r"E\d{4}", word):
            seen_rust = not seen_other or seen_rust
        elif word.startswith("{") or word.startswith("."):
            continue  # a class attribute: says nothing about the language
        else:
            seen_other = True
    rust = not seen_other or seen_rust
    return LangString(
        rust=rust,
        should_panic=flags.get("should_panic", False),
        no_run=flags.get("no_run", False),
        ignore=flags.get("ignore", False),
        compile_fail=flags.get("compile_fail", False),
        test_harness=flags.get("test_harness", False),
        standalone_crate=flags.get("standalone_crate", False),
        edition=edition,
    )


@dataclass(frozen=True, slots=True)
class DocTest:
    file: str
    """The file of the doc comment, as the compilation names it (`src/lib.rs`)."""
    item: str
    """The documented item's path from the crate root (`shapes::Shape::area`; empty for
    the crate root's own docs)."""
    line: int
    """The line of the opening fence."""
    code: str
    """The block's text with hidden lines restored (`# use x;` → `use x;`)."""
    lang: LangString

    @property
    def name(self) -> str:
        """rustdoc's test name: `src/lib.rs - add (line 9)`."""
        item = f"{self.item} " if self.item else ""
        return f"{self.file} - {item}(line {self.line})"

    @property
    def suffix(self) -> str:
        """What libtest prints after the name."""
        if self.lang.compile_fail:
            return " - compile fail"
        if self.lang.no_run:
            return " - compile"
        return ""


# -- finding the tests ------------------------------------------------------------------------


def collect_doc_tests(krate: ast.Crate, sm: SourceMap) -> list[DocTest]:
    """Every Rust code block in the crate's doc comments, in source order."""
    out: list[DocTest] = []
    _scan(krate.attrs, "", sm, out)
    work: list[tuple[ast.Item, str]] = [(it, "") for it in reversed(krate.items)]
    while work:
        item, prefix = work.pop()
        children: list[tuple[ast.Item, str]] = []
        name = item.ident.name
        path = f"{prefix}{name}"
        if isinstance(item, ast.ModItem):
            _scan(item.attrs + item.inner_attrs, path, sm, out)
            children = [(c, f"{path}::") for c in item.items or ()]
        elif isinstance(item, ast.ImplItem):
            from ferric.syntax.printer import print_ty

            path = f"{prefix}{print_ty(item.self_ty)}"
            _scan(item.attrs, path, sm, out)
            children = [(c, f"{path}::") for c in item.items]
        elif isinstance(item, ast.TraitItem):
            _scan(item.attrs, path, sm, out)
            children = [(c, f"{path}::") for c in item.items]
        elif isinstance(item, (ast.StructItem, ast.UnionItem)):
            _scan(item.attrs, path, sm, out)
            _scan_fields(item.data, f"{path}::", sm, out)
        elif isinstance(item, ast.EnumItem):
            _scan(item.attrs, path, sm, out)
            for v in item.variants:
                _scan(v.attrs, f"{path}::{v.ident.name}", sm, out)
                _scan_fields(v.data, f"{path}::{v.ident.name}::", sm, out)
        elif isinstance(item, ast.ForeignModItem):
            children = [(c, prefix) for c in item.items]
        elif name and not isinstance(item, (ast.UseItem, ast.ExternCrateItem)):
            _scan(item.attrs, path, sm, out)
        work.extend(reversed(children))
    return out


def _scan_fields(data: ast.VariantData, prefix: str, sm: SourceMap, out: list[DocTest]) -> None:
    for i, f in enumerate(data.fields):
        _scan(f.attrs, f"{prefix}{f.ident.name if f.ident is not None else i}", sm, out)


def _scan(attrs: ast.Attrs, item: str, sm: SourceMap, out: list[DocTest]) -> None:
    text, first = doc_text(attrs)
    if first is None:
        return
    loc = sm.lookup(first.span.lo)
    if loc is None:
        return
    for offset, info, code in code_blocks(text):
        lang = parse_lang_string(info)
        if lang.rust:
            out.append(DocTest(loc.file.name, item, loc.line + offset, code, lang))


_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")


_LIST_ITEM = re.compile(r"^( {0,3}(?:[-*+]|\d{1,9}[.)]) +)\S")


def code_blocks(doc: str) -> list[tuple[int, str, str]]:
    """The code blocks of a Markdown text, as rustdoc tests them: (line of the opening fence,
    or of an indented block's first line, counted from 0; info string, empty for indented
    blocks; code with hidden lines restored).

    Indented code (CommonMark): after a blank line, lines indented four columns past the
    container's content column (the text column of a list item it belongs to, else 0)."""
    lines = doc.split("\n")
    out = []
    i = 0
    prev_blank = True
    list_col: int | None = None
    while i < len(lines):
        line = lines[i]
        indent = len(line) - len(line.lstrip(" "))
        base = (list_col or 0) + 4
        if line.strip() and prev_blank and indent >= base:
            body: list[str] = []
            j = i
            while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip(" ")) >= base):
                body.append(lines[j][base:])
                j += 1
            while body and not body[-1].strip():
                body.pop()
            out.append((i, "", "\n".join(_unhide(ln) for ln in body)))
            i += len(body)
            prev_blank = False
            continue
        m = _FENCE.match(line)
        if m is not None and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            j = _fence_end(lines, i, m.group(2))
            fence_indent = len(m.group(1))
            body = [ln[min(fence_indent, len(ln) - len(ln.lstrip(" "))) :] for ln in lines[i + 1 : j]]
            out.append((i, m.group(3).strip(), "\n".join(_unhide(ln) for ln in body)))
            i = j + 1
            prev_blank = False
            continue
        item = _LIST_ITEM.match(line)
        if item is not None:
            list_col = len(item.group(1))
        elif line.strip() and prev_blank and indent < (list_col or 0):
            list_col = None  # (a paragraph after the list ends it)
        prev_blank = not line.strip()
        i += 1
    return out


def _fence_end(lines: list[str], start: int, fence: str) -> int:
    """The index of the line closing the fence opened at `start` (or the end)."""
    j = start + 1
    while j < len(lines):
        close = re.match(r"^ {0,3}(`{3,}|~{3,})\s*$", lines[j])
        if close and close.group(1)[0] == fence[0] and len(close.group(1)) >= len(fence):
            return j
        j += 1
    return j


def _unhide(line: str) -> str:
    """rustdoc's `map_line` for the code a test compiles: `# x` is `x`, `##x` is `#x`."""
    trimmed = line.strip()
    if trimmed.startswith("##"):
        return line.replace("##", "#", 1)
    if trimmed.startswith("# "):
        return trimmed[2:]
    if trimmed == "#":
        return ""
    return line


# -- the programs -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Parts:
    """rustdoc's `partition_source` and the facts it reads from the code."""

    crate_attrs: str
    maybe_crate_attrs: str
    crates: str
    everything_else: str
    has_main: bool
    has_extern_crate: bool


def _partition(code: str, crate: str) -> _Parts:
    crate_attrs = maybe = crates = ""
    rest: list[str] = []
    state = "attrs"
    for line in code.split("\n"):
        trim = line.strip()
        is_comment = trim.startswith("//") and not trim.startswith("///")
        if state == "attrs":
            if trim.startswith("#!["):
                name = re.match(r"#!\[\s*(\w+)", trim)
                if name and name.group(1) in _NOT_CRATE_ATTRS:
                    maybe += line + "\n"
                else:
                    crate_attrs += line + "\n"
                continue
            if not trim or is_comment:
                crate_attrs += line + "\n"
                continue
            state = "crates" if _is_extern_crate(trim) else "other"
        elif state == "crates" and not (_is_extern_crate(trim) or not trim or is_comment):
            state = "other"
        if state == "crates":
            crates += line + "\n"
        else:
            rest.append(line)
    everything = "\n".join(rest).strip()
    has_main = any(
        re.match(r"(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?(extern\s+(\"[^\"]*\"\s+)?)?fn\s+main\s*[(<]", ln)
        for ln in everything.split("\n")
    )
    has_extern = any(
        re.match(rf"(#\[macro_use\]\s*)?extern\s+crate\s+(r#)?{re.escape(crate)}\b", ln.strip())
        for ln in crates.split("\n")
    )
    # (lines of only whitespace and comments before the code stay crate attributes, as in
    # rustdoc, where they then print before `extern crate`)
    return _Parts(crate_attrs, maybe, crates, everything, has_main, has_extern)


def _is_extern_crate(trim: str) -> bool:
    return trim.startswith("extern crate") or trim.startswith("#[macro_use] extern crate")


def test_id(test: DocTest) -> str:
    """rustdoc's id of a standalone test (`src_lib_rs_9_0`), in its `main`'s name."""
    return f"{re.sub(r'[^0-9A-Za-z]', '_', test.file)}_{test.line}_0"


def standalone_source(test: DocTest, crate: str) -> tuple[str, int]:
    """The crate rustdoc compiles for one test, and the number of lines it put before the
    test's code (`line_offset`: diagnostics show `line + fence line - offset`)."""
    p = _partition(test.code, crate)
    prog = "#![allow(unused)]\n" + p.crate_attrs + p.maybe_crate_attrs + p.crates
    offset = 1
    if not p.has_extern_crate and crate in test.code:
        prog += f"#[allow(unused_extern_crates)]\nextern crate r#{crate};\n"
        offset += 1
    if p.has_main:
        return prog + p.everything_else, offset
    inner = f"_doctest_main_{test_id(test)}"
    if p.everything_else.endswith("(())"):
        pre = (
            f"fn main() {{ #[allow(non_snake_case)] fn {inner}() -> "
            "core::result::Result<(), impl core::fmt::Debug> {\n"
        )
        post = f"\n}} {inner}().unwrap() }}"
    else:
        pre = f"fn main() {{ #[allow(non_snake_case)] fn {inner}() {{\n"
        post = f"\n}} {inner}() }}"
    return prog + pre + p.everything_else + post, offset + 1


def can_merge(test: DocTest, crate: str, edition: int) -> bool:
    """Whether edition 2024's merged crate may hold the test (rustdoc's `can_be_merged`)."""
    lang = test.lang
    if (lang.edition or edition) < 2024 or lang.ignore:
        return False
    if lang.compile_fail or lang.test_harness or lang.standalone_crate:
        return False
    p = _partition(test.code, crate)
    if p.crate_attrs:  # (blank and comment lines before the code count, as in rustdoc)
        return False
    return not ("macro_rules!" in p.everything_else and "$crate" in p.everything_else)


def merged_source(tests: list[DocTest], crate: str) -> str:
    """rustdoc's `doctest_bundle_2024.rs` for `tests` (in this order), line for line."""
    out = "\n#![allow(unused)]\n"
    for i, test in enumerate(tests):
        p = _partition(test.code, crate)
        out += f"pub mod __doctest_{i} {{\n{p.crates}{p.maybe_crate_attrs}\n"
        if p.has_main:
            out += p.everything_else
        else:
            result = (
                "-> Result<(), impl core::fmt::Debug>"
                if p.everything_else.rstrip().endswith("(())")
                else ""
            )
            out += f"fn main() {result} {{\n{p.everything_else}\n}}"
        out += "\npub fn __main_fn() -> impl std::process::Termination { main() } \n}\n\n"
    return out


def merged_runner(count: int) -> str:
    """ferric's `main` after the merged tests (rustdoc's runner is a crate of its own): run
    test N (the first argument) as rustdoc's child process runs it, reporting a failing
    `Termination` value as libtest's `assert_test_result` does."""
    arms = "".join(
        f"        {i} => std::process::Termination::report(__doctest_{i}::__main_fn()),\n"
        for i in range(count)
    )
    return (
        "fn main() {\n"
        "    let n: usize = std::env::args().nth(1).unwrap_or_default().parse().unwrap_or(0);\n"
        "    let code = match n {\n"
        f"{arms}"
        "        _ => std::process::ExitCode::SUCCESS,\n"
        "    };\n"
        "    let status = code.to_i32();\n"
        "    if status != 0 {\n"
        '        eprintln!("Error: \\"the test returned a termination value with a non-zero '
        'status code ({}) which indicates a failure\\"", status);\n'
        "        std::process::exit(1);\n"
        "    }\n"
        "}\n"
    )
