"""Which macro a name means: textual scoping of `macro_rules!`, `#[macro_use]`,
`#[macro_export]`, `use` of macros, `$crate`, std's macros and the built-ins."""

from __future__ import annotations

from expand_util import expand_src

from ferric.syntax import ast


def test_definition_is_visible_after_itself_and_in_child_modules() -> None:
    src = """
macro_rules! m { () => { 1 }; }
mod child { fn f() -> i32 { m!() } }
fn main() { let x = m!(); }
"""
    assert expand_src(src).errors == []


def test_definition_in_a_module_stays_there_without_macro_use() -> None:
    src = "mod inner { macro_rules! m { () => { 1 }; } }\nfn main() { let x = m!(); }"
    assert expand_src(src).errors == ["cannot find macro `m` in this scope"]


def test_macro_use_module_extends_the_scope() -> None:
    src = "#[macro_use]\nmod inner { macro_rules! m { () => { 1 }; } }\nfn main() { let x = m!(); }"
    assert expand_src(src).errors == []


def test_later_definitions_shadow_earlier_ones() -> None:
    src = """
macro_rules! m { () => { 1 }; }
fn a() -> i32 { m!() }
macro_rules! m { () => { 2 }; }
fn main() { let x = m!(); { macro_rules! m { () => { 3 }; } let y = m!(); } let z = m!(); }
"""
    e = expand_src(src)
    assert e.errors == []
    body = e.fn("a").body
    assert body is not None
    tail = body.stmts[0]
    assert (
        isinstance(tail, ast.ExprStmt)
        and isinstance(tail.expr, ast.LitExpr)
        and tail.expr.lit.symbol == "1"
    )
    assert e.let_init(0) == "2"
    assert e.let_init(2) == "2"
    block = e.stmts()[1]
    assert isinstance(block, ast.ExprStmt) and isinstance(block.expr, ast.BlockExpr)
    inner = block.expr.block.stmts[1]
    assert isinstance(inner, ast.LetStmt) and inner.init is not None
    assert isinstance(inner.init, ast.LitExpr) and inner.init.lit.symbol == "3"


def test_exported_macro_by_crate_path_even_before_its_definition() -> None:
    src = """
fn main() { let x = crate::m!(); let y = self::m!(); }
#[macro_export]
macro_rules! m { () => { 1 }; }
"""
    assert expand_src(src).errors == []


def test_use_of_a_macro_in_a_module() -> None:
    src = """
mod util {
    macro_rules! double { ($e:expr) => { $e * 2 }; }
    pub(crate) use double;
}
mod other {
    use crate::util::double;
    pub fn four() -> i32 { double!(2) }
}
fn main() { let x = util::double!(3); }
"""
    assert expand_src(src).errors == []


def test_dollar_crate_path_to_an_exported_macro() -> None:
    src = """
#[macro_export]
macro_rules! inner { () => { 1 }; }
macro_rules! outer { () => { $crate::inner!() }; }
fn main() { let x = outer!(); }
"""
    assert expand_src(src).errors == []


def test_std_macros_by_name_and_by_path() -> None:
    src = """
use std::format;
fn main() {
    let a = format!("{}", 1);
    let b = std::format!("{}", 2);
    let c = ::std::vec![3];
    let d = core::stringify!(x);
    assert_eq!(1, 1);
}
"""
    assert expand_src(src).errors == []


def test_unknown_module_in_a_macro_path() -> None:
    e = expand_src("fn main() { nope::x!(); }", path="i.rs")
    assert e.rendered.startswith(
        "error[E0433]: cannot find module or crate `nope` in this scope\n"
        " --> i.rs:1:13\n"
        "  |\n"
        "1 | fn main() { nope::x!(); }\n"
        "  |             ^^^^ use of unresolved module or unlinked crate `nope`\n"
    )


def test_unresolved_names_are_reported_after_expansion() -> None:
    src = """
fn main() { first!(); }
macro_rules! m { () => { 1 }; }
fn other() { let x = m!(); let y = m!(1); }
"""
    e = expand_src(src)
    # A failed match stops rustc right after expansion: no "cannot find" at all.
    assert e.errors == ["no rules expected `1`"]
    e = expand_src("fn main() { first!(); let x = 1 + 1; }\nfn g() { second!(); }")
    assert e.errors == [
        "cannot find macro `first` in this scope",
        "cannot find macro `second` in this scope",
    ]


def test_rustc_builtin_macro_declarations_resolve_to_builtins() -> None:
    src = """
#[rustc_builtin_macro]
#[macro_export]
macro_rules! stringify { ($($t:tt)*) => { /* compiler built-in */ }; }
fn main() { let s = stringify!(a b); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == '"a b"'
