"""`#[cfg]`, `#[cfg_attr]` and `cfg!`: evaluation, where they remove code, and rustc's errors
(message texts from rustc 1.95)."""

from __future__ import annotations

import pytest
from expand_util import expand_src

from ferric.expand.base import CfgOptions
from ferric.expand.cfg import cfg_matches
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate


def _holds(pred: str, cfg: CfgOptions | None = None) -> bool:
    e = expand_src(f"#[cfg({pred})]\nfn f() {{}}\nfn main() {{}}", cfg=cfg)
    assert e.errors == []
    return any(isinstance(i, ast.FnItem) and i.ident.name == "f" for i in e.crate.items)


@pytest.mark.parametrize(
    ("pred", "holds"),
    [
        ("unix", True),
        ("windows", False),
        ("test", False),
        ("debug_assertions", True),
        ('target_os = "linux"', True),
        ('target_os = "macos"', False),
        ('target_pointer_width = "64"', True),
        ('target_has_atomic = "ptr"', True),
        ('feature = "x"', False),
        ("all()", True),
        ("any()", False),
        ("not(windows)", True),
        ("all(unix, not(test), any(windows, debug_assertions))", True),
        ("true", True),
        ("false", False),
        ("r#true", False),
        ('target_os = r"linux"', True),
    ],
)
def test_predicates(pred: str, holds: bool) -> None:
    assert _holds(pred) is holds


def test_options_change_the_answer() -> None:
    cfg = CfgOptions(test=True, features=frozenset({"x"}), debug_assertions=False)
    assert _holds("test", cfg)
    assert _holds('feature = "x"', cfg)
    assert not _holds("debug_assertions", cfg)


def test_cfg_matches_for_the_builtin() -> None:
    psess = ParseSess()
    sf = psess.source_map.add_file("t.rs", "x!(all(unix, not(test)));")
    krate = parse_crate(psess, sf)
    item = krate.items[0]
    assert isinstance(item, ast.MacCallItem)
    from ferric.expand.base import ExpandCtx

    assert cfg_matches(ExpandCtx(psess, "main"), item.mac.args.tokens)


def test_cfg_attr_expands_to_attributes() -> None:
    e = expand_src(
        "#[cfg_attr(unix, must_use, inline)]\n#[cfg_attr(windows, cold)]\nfn f() {}\nfn main() {}"
    )
    f = e.fn("f")
    assert [
        a.kind.path.segments[0].ident.name for a in f.attrs if isinstance(a.kind, ast.NormalAttr)
    ] == ["must_use", "inline"]


def test_nested_cfg_attr_and_cfg_produced_by_cfg_attr() -> None:
    e = expand_src(
        "#[cfg_attr(unix, cfg_attr(debug_assertions, cfg(windows)))]\nfn gone() {}\nfn main() {}"
    )
    assert e.errors == []
    assert not any(isinstance(i, ast.FnItem) and i.ident.name == "gone" for i in e.crate.items)


def test_no_cfg_attributes_survive() -> None:
    e = expand_src("#[cfg(unix)]\n#[cfg_attr(unix, allow(dead_code))]\nfn kept() {}\nfn main() {}")
    kept = e.fn("kept")
    names = [
        a.kind.path.segments[0].ident.name for a in kept.attrs if isinstance(a.kind, ast.NormalAttr)
    ]
    assert names == ["allow"]


def test_positions_where_cfg_removes_code() -> None:
    src = """
struct S { a: u8, #[cfg(windows)] b: u8 }
enum E { A, #[cfg(windows)] B }
fn f<#[cfg(windows)] T>(x: u8, #[cfg(windows)] y: u8) {}
impl S {
    #[cfg(windows)]
    fn gone(&self) {}
    fn kept(&self) {}
}
fn main() {
    #[cfg(windows)]
    let x = 1;
    #[cfg(windows)]
    f(1);
    let s = S { a: 1, #[cfg(windows)] b: 2 };
    let S { a, #[cfg(windows)] b, .. } = s;
    match 1 {
        #[cfg(windows)]
        1 => {}
        _ => {}
    }
}
"""
    e = expand_src(src)
    assert e.errors == []
    text = e.text
    for gone in (
        "b: u8",
        "B,",
        "T>",
        "y: u8",
        "fn gone",
        "let x",
        "f(1)",
        "b: 2",
        ", b,",
        "1 => {}",
    ):
        assert gone not in text, gone
    assert "fn kept" in text


def test_test_functions_are_removed_unless_testing() -> None:
    src = "#[test]\nfn t() {}\n#[cfg(test)]\nmod tests { #[test] fn u() {} }\nfn main() {}"
    e = expand_src(src)
    assert [i.ident.name for i in e.crate.items] == ["main"]
    e = expand_src(src, cfg=CfgOptions(test=True))
    assert [i.ident.name for i in e.crate.items] == ["t", "tests", "main"]


def test_crate_level_cfg_attr() -> None:
    e = expand_src("#![cfg_attr(unix, allow(unused))]\nfn main() {}")
    assert e.errors == []
    assert [
        a.kind.path.segments[0].ident.name
        for a in e.crate.attrs
        if isinstance(a.kind, ast.NormalAttr)
    ] == ["allow"]


def _first_error(attr: str) -> str:
    e = expand_src(f"{attr}\nstruct S;\nfn main() {{}}", path="i.rs")
    return e.rendered.split("\n\n")[0] + "\n"


def test_error_not_a_single_predicate() -> None:
    assert _first_error("#[cfg(not(a, b))]") == (
        "error[E0805]: malformed `cfg` attribute input\n"
        " --> i.rs:1:1\n"
        "  |\n"
        "1 | #[cfg(not(a, b))]\n"
        "  | ^^^^^^^^^------^^\n"
        "  | |        |\n"
        "  | |        expected a single argument here\n"
        "  | help: must be of the form: `#[cfg(predicate)]`\n"
        "  |\n"
        "  = note: for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg-attribute>\n"
    )


def test_error_not_an_identifier() -> None:
    assert _first_error("#[cfg(a::b)]") == (
        "error[E0539]: malformed `cfg` attribute input\n"
        " --> i.rs:1:1\n"
        "  |\n"
        "1 | #[cfg(a::b)]\n"
        "  | ^^^^^^----^^\n"
        "  | |     |\n"
        "  | |     expected a valid identifier here\n"
        "  | help: must be of the form: `#[cfg(predicate)]`\n"
        "  |\n"
        "  = note: for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg-attribute>\n"
    )


def test_syntax_errors_come_before_meaning() -> None:
    assert _first_error("#[cfg(foo(a)b)]") == (
        "error: expected `,`, found `b`\n --> i.rs:1:13\n  |\n1 | #[cfg(foo(a)b)]\n  |             ^ expected `,`\n"
    )


def test_error_value_is_an_identifier() -> None:
    assert _first_error("#[cfg(target_os = linux)]") == (
        'error: expected a literal (`1u8`, `1.0f32`, `"string"`, etc.) here, found expression\n'
        " --> i.rs:1:19\n"
        "  |\n"
        "1 | #[cfg(target_os = linux)]\n"
        "  |                   ^^^^^ expressions are not allowed here\n"
        "  |\n"
        "help: surround the identifier with quotation marks to make it into a string literal\n"
        "  |\n"
        '1 | #[cfg(target_os = "linux")]\n'
        "  |                   +     +\n"
    )


def test_error_cfg_attr_without_attributes() -> None:
    assert _first_error("#[cfg_attr(unix)]") == (
        "error: expected one of `(`, `,`, `::`, or `=`, found `<eof>`\n"
        " --> i.rs:1:12\n"
        "  |\n"
        "1 | #[cfg_attr(unix)]\n"
        "  | -----------^^^^--\n"
        "  | |          |\n"
        "  | |          expected one of `(`, `,`, `::`, or `=`\n"
        "  | help: must be of the form: `#[cfg_attr(predicate, attr1, attr2, ...)]`\n"
        "  |\n"
        "  = note: for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg_attr-attribute>\n"
    )
