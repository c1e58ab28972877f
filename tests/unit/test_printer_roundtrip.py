"""The AST printer against the parser: `parse(print(parse(src))) == parse(src)` and printing is
idempotent (`print(parse(print(x))) == print(x)`), over every program of the corpora that
parses without errors, plus small snippets for the forms the corpora lack.

On a mismatch the failure shows a diff of the two trees' dumps, which names the first node
that differs.
"""

from __future__ import annotations

import difflib
import sys
import threading
from pathlib import Path

import pytest

from ferric.syntax import ast
from ferric.syntax.dump import dump
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate
from ferric.syntax.printer import print_crate

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "tests" / "ui"
SHARED_SEEDS = REPO.parent / "shared" / "seed-examples"

VALID_AREAS = ("grammar", "parse", "seed")
"""UI areas whose programs rustc accepts: each must parse, print and parse back."""


def parse(text: str, name: str = "test.rs") -> tuple[ast.Crate, list[str]]:
    """The crate and the messages of any errors."""
    psess = ParseSess()
    sf = psess.source_map.add_file(name, text)
    krate = parse_crate(psess, sf)
    errors = [d.message for d in psess.dcx.diagnostics if d.is_error]
    return krate, errors


def check_roundtrip(src: str, name: str = "test.rs") -> str:
    """Assert both round-trip properties for `src` (which must parse cleanly); returns the
    printed text."""
    krate, errors = parse(src, name)
    assert not errors, f"the source does not parse: {errors}"
    printed = print_crate(krate)
    again, errors2 = parse(printed, name + " (printed)")
    assert not errors2, f"the printed program does not parse: {errors2}\n--- printed ---\n{printed}"
    if again != krate:
        diff = "\n".join(
            difflib.unified_diff(
                dump(krate).splitlines(),
                dump(again).splitlines(),
                "parsed",
                "reparsed",
                lineterm="",
                n=6,
            )
        )
        pytest.fail(f"parse(print(ast)) != ast\n{diff}\n--- printed ---\n{printed}")
    reprinted = print_crate(again)
    if reprinted != printed:
        diff = "\n".join(
            difflib.unified_diff(printed.splitlines(), reprinted.splitlines(), lineterm="")
        )
        pytest.fail(f"printing is not idempotent\n{diff}")
    return printed


def _corpus() -> list[Path]:
    files = [p for area in VALID_AREAS for p in sorted((UI / area).glob("*.rs"))]
    files += sorted((REPO / "examples").glob("*.rs"))
    files += sorted(SHARED_SEEDS.glob("*.rs"))
    return files


def _id(p: Path) -> str:
    try:
        return p.relative_to(REPO).as_posix()
    except ValueError:
        return "shared/" + p.name


@pytest.mark.parametrize("path", _corpus(), ids=_id)
def test_corpus_roundtrip(path: Path) -> None:
    src = path.read_text(encoding="utf-8")
    _, errors = parse(src, path.name)
    if errors:
        pytest.skip(f"the parser reports errors on this valid program (a parser bug): {errors[0]}")
    check_roundtrip(src, path.name)


def test_error_corpus_roundtrip() -> None:
    """Programs of the other UI areas (mostly syntax errors) that do parse cleanly."""
    done = 0
    for path in sorted(UI.rglob("*.rs")):
        if path.relative_to(UI).parts[0] in VALID_AREAS:
            continue
        src = path.read_text(encoding="utf-8")
        _, errors = parse(src, path.name)
        if not errors:
            check_roundtrip(src, path.name)
            done += 1
    assert done >= 0


SNIPPETS = {
    "literals": """
fn f() {
    let _ = (1_000u32, 1e3f64, 0x1F, 0o7, 0b1, 1.5, 2., 'c', b'x', "s\\n", r#"r "q""#, b"bs", br"raw", c"cs");
    let _ = (true, false, -1i8, 1. .max(2.), 1.0.max(2.0), 1.max(2));
}
""",
    "tuple_fields": "fn f() { let t = ((1, 2), 3); let _ = t.0.1 + t.1; let _ = t.0 .0; }",
    "raw_idents": "fn r#match(r#type: u8) -> u8 { let r#fn = r#type; r#fn }",
    "let_else": "fn f(o: Option<u8>) -> u8 { let Some(x) = o else { return 0; }; x }",
    "closures": """
fn f() {
    let a = |x| x + 1;
    let b = |x: i32, y: i32| -> i32 { x * y };
    let c = move || {};
    let d = async move || 1;
    let e = for<'a> |s: &'a str| -> &'a str { s };
}
""",
    "struct_in_heads": "fn f(s: S) { if s == (S {}) {} match (S { a: 1 }) { _ => {} } while x == (S {}) {} for _ in (S {}) {} }",
    "visibility": "pub struct A; pub(crate) struct B; pub(super) struct C; pub(self) struct D; pub(in crate::m) struct E;",
    "generics": """
struct S<'a, T: ?Sized + 'a, const N: usize = 3, U = i32>(&'a T, [U; N]);
fn f<T>(x: T) -> impl Iterator<Item = T> + use<T> where T: Clone, for<'b> &'b T: IntoIterator {}
fn g(x: &dyn Fn(u8) -> u8, y: Box<dyn A + B + 'static>) -> <T as Trait>::Item { <T>::f() }
type F = for<'a> unsafe extern "C" fn(&'a u8, ...) -> !;
""",
    "self_params": """
impl S {
    fn a(self) {}
    fn b(mut self) {}
    fn c(&self) {}
    fn d(&'a mut self) {}
    fn e(self: Box<Self>) {}
}
""",
    "headers_and_extern": """
const async unsafe extern "C" fn f() {}
extern "C" { fn abs(x: i32) -> i32; static mut E: i32; }
unsafe extern "C" { safe fn g(); }
extern crate std as s;
""",
    "macros": """
macro_rules! m {
    ($($x:expr),* $(,)?) => { vec![$($x),*] };
    () => {};
}
m!(1, 2);
m! { 1 }
m![];
fn f() { m!(); m! {} let v = m![1]; println!("{}", v); m!() }
""",
    "items": """
union U { a: u32, b: f32 }
impl !Send for T {}
unsafe impl Sync for T {}
static mut X: i32 = 0;
use a::{self, b::{c as d, *}, e};
use ::std::io;
trait Tr: Sized { type A: Copy; const C: u8; fn f(&self) -> u8 { 0 } }
""",
    "exprs": """
fn f() {
    let p = &raw const x;
    let q = &raw mut y;
    'a: loop { break 'a; }
    let v = 'b: { break 'b 1; };
    async { f().await };
    let r = (..a, a.., a..b, ..=b, ..);
    x = [0; N];
    match x { 1..=5 | 7 => {}, ..=0 => {} _ if true => 1, }
    if let Some(x) = y {} else if z {} else {}
    let n: ! = panic!();
}
""",
    "attrs_and_docs": """
//! Crate doc.
#![allow(dead_code)]

/// Outer doc.
/** Block doc. */
#[derive(Debug, Clone)]
struct S {
    /// Field doc.
    #[allow(unused)]
    x: u8,
}

fn f() {
    #![allow(unused)]
    #[allow(unused)]
    let x = 1;
}

mod m {
    //! Module doc.
}
""",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_roundtrip(name: str) -> None:
    check_roundtrip(SNIPPETS[name], name + ".rs")


def _in_big_thread(fn: object) -> None:
    """Run `fn` as the driver does deep work: a high recursion limit and a big stack."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()  # type: ignore[operator]
        except BaseException as exc:  # re-raised in the test's thread
            errors.append(exc)

    old_limit = sys.getrecursionlimit()
    old_stack = threading.stack_size(512 * 1024 * 1024)
    sys.setrecursionlimit(1_000_000)
    try:
        t = threading.Thread(target=run)
        t.start()
        t.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if errors:
        raise errors[0]


def test_deep_nesting_roundtrip() -> None:
    n = 20_000
    sources = [
        "fn f() { let x = " + "(" * n + "1" + ")" * n + "; }",
        "fn f() { " + "{ " * n + "1" + " }" * n + " }",
        "fn f() { let x = " + " + ".join(["a"] * n) + "; }",
        "fn f() { x" + ".f()" * n + "; }",
        "fn f() { " + " else ".join(["if a { 1 }"] * 5_000) + " else { 2 } }",
    ]
    printed: list[str] = []
    _in_big_thread(lambda: printed.extend(check_roundtrip(src) for src in sources))
    assert len(printed) == len(sources)
    # indentation stops growing, so 20,000 nested blocks print in linear space
    assert len(printed[1]) < 1_000 * n


def test_dump_with_spans() -> None:
    psess = ParseSess()
    sf = psess.source_map.add_file("main.rs", "fn main() {\n    let x = 1;\n}\n")
    krate = parse_crate(psess, sf)
    out = dump(krate.items[0], psess.source_map)
    assert out.splitlines()[0] == 'FnItem ident="main" @1:1'
    assert "  - LetStmt ty=None els=None @2:5" in out
    assert '    pat: IdentPat by_ref=False by_ref_mut=NOT mutbl=NOT ident="x" sub=None @2:9' in out
    # without a source map the dump ignores layout: the same tree written differently
    same, _ = parse("fn main() { let x = 1; }")
    assert dump(krate.items[0]) == dump(same.items[0])
