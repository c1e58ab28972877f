"""`ferric.cargo.doctest`: finding doc tests and the programs rustdoc makes of them
(the whole run is compared with cargo's output in `tests/cargo`, packages doc-kit and
doc-old; these pin the pieces)."""

from __future__ import annotations

import re

import pytest

from ferric.cargo.doctest import (
    DocTest,
    LangString,
    can_merge,
    code_blocks,
    collect_doc_tests,
    merged_source,
    parse_lang_string,
    standalone_source,
)
from ferric.driver.libtest import HarnessTest, run_harness
from ferric.driver.session import Session, add_source
from ferric.syntax.parser import parse_crate


def test_lang_strings() -> None:
    assert parse_lang_string("") == LangString()
    assert parse_lang_string("rust,should_panic").should_panic
    assert parse_lang_string("no_run").no_run
    cf = parse_lang_string("compile_fail,E0308")
    assert cf.compile_fail and cf.no_run and cf.rust
    assert not parse_lang_string("text").rust
    assert not parse_lang_string("python").rust
    assert parse_lang_string("ignore").ignore
    assert parse_lang_string("edition2018").edition == 2018
    assert parse_lang_string("rust,text").rust  # a Rust word first keeps it Rust


def test_code_blocks_and_hidden_lines() -> None:
    doc = "Text.\n\n```\n# use a::b;\nlet x = 1;\n##[derive(Debug)]\n#\n```\n\n~~~text\nno\n~~~\n"
    assert code_blocks(doc) == [
        (2, "", "use a::b;\nlet x = 1;\n#[derive(Debug)]\n"),
        (9, "text", "no"),
    ]


def _tests(src: str) -> list[DocTest]:
    sess = Session.create()
    sf = add_source(sess, "src/lib.rs", src)
    return collect_doc_tests(parse_crate(sess.psess, sf), sess.source_map)


def test_names_follow_rustdoc() -> None:
    src = (
        "//! ```\n//! a();\n//! ```\n"
        "pub mod m {\n    /// ```\n    /// b();\n    /// ```\n    pub struct S { /// ```\n/// c();\n/// ```\npub f: u8 }\n"
        "    impl<T> Tr for S { /// ```\n/// d();\n/// ```\nfn g() {} }\n}\n"
        "pub enum E { /// ```\n/// e();\n/// ```\nV }\n"
        '#[doc = "```"]\n#[doc = "f();"]\n#[doc = "```"]\nfn private() {}\n'
    )
    assert [t.name for t in _tests(src)] == [
        "src/lib.rs - (line 1)",
        "src/lib.rs - m::S (line 5)",
        "src/lib.rs - m::S::f (line 8)",
        "src/lib.rs - m::S::g (line 12)",
        "src/lib.rs - E::V (line 17)",
        "src/lib.rs - private (line 21)",
    ]


def test_standalone_source() -> None:
    test = DocTest("src/lib.rs", "add", 9, 'let n: i32 = "5".parse()?;\nOk::<(), E>(())', LangString())
    src, offset = standalone_source(test, "calc")
    assert src == (
        "#![allow(unused)]\nfn main() { #[allow(non_snake_case)] fn _doctest_main_src_lib_rs_9_0() -> "
        'core::result::Result<(), impl core::fmt::Debug> {\nlet n: i32 = "5".parse()?;\nOk::<(), E>(())\n'
        "} _doctest_main_src_lib_rs_9_0().unwrap() }"
    )
    assert offset == 2
    uses = DocTest("src/lib.rs", "add", 9, "calc::add(1, 2);", LangString())
    src, offset = standalone_source(uses, "calc")
    assert src.startswith("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#calc;\nfn main()")
    assert offset == 3
    own = DocTest("src/lib.rs", "", 1, "fn main() {\n    f();\n}", LangString())
    assert standalone_source(own, "calc") == ("#![allow(unused)]\nfn main() {\n    f();\n}", 1)


def test_merged_source_and_what_merges() -> None:
    a = DocTest("src/lib.rs", "a", 3, "f();", LangString())
    b = DocTest("src/lib.rs", "b", 9, "g()?;\nOk::<(), E>(())", LangString())
    assert merged_source([a, b], "calc") == (
        "\n#![allow(unused)]\npub mod __doctest_0 {\n\nfn main()  {\nf();\n}\n"
        "pub fn __main_fn() -> impl std::process::Termination { main() } \n}\n\n"
        "pub mod __doctest_1 {\n\nfn main() -> Result<(), impl core::fmt::Debug> {\ng()?;\nOk::<(), E>(())\n}\n"
        "pub fn __main_fn() -> impl std::process::Termination { main() } \n}\n\n"
    )
    assert can_merge(a, "calc", 2024)
    assert not can_merge(a, "calc", 2021)
    assert not can_merge(DocTest("f", "", 1, "x", LangString(compile_fail=True)), "calc", 2024)
    assert not can_merge(DocTest("f", "", 1, "x", LangString(ignore=True)), "calc", 2024)
    assert not can_merge(DocTest("f", "", 1, "#![feature(x)]\nx", LangString()), "calc", 2024)


def test_indented_code_blocks_are_tests() -> None:
    """rustdoc tests indented code too (named by its first line), after a blank line, four
    columns past the content of the list item it is in; a paragraph's indented
    continuation is not code."""
    doc = "Text\n    not code\n\n    assert!(a);\n    b();\n\n- item\n\n      in_list();\n\nEnd.\n"
    assert code_blocks(doc) == [(3, "", "assert!(a);\nb();"), (8, "", "in_list();")]


def test_harness_reports_self_judging_tests(capsys: pytest.CaptureFixture[str]) -> None:
    """libtest's report over doc tests (`run_harness`): suffixes, ignored tests, the failure
    output; with `--nocapture` that output goes to stderr at once, as rustdoc writes it."""
    import io

    tests = [
        HarnessTest("src/lib.rs - b (line 9)", lambda: ("failed", b"Test executable failed (exit status: 101).\n")),
        HarnessTest("src/lib.rs - a (line 3)", lambda: ("ok", b""), suffix=" - compile"),
        HarnessTest("src/lib.rs - c (line 12)", lambda: ("ok", b""), ignore=True),
    ]
    out = io.StringIO()
    assert run_harness(tests, ["--test-threads=1"], out) == 101
    text = re.sub(r"finished in \d+\.\d+s", "finished in [T]", out.getvalue())
    assert text == (
        "\nrunning 3 tests\n"
        "test src/lib.rs - a (line 3) - compile ... ok\n"
        "test src/lib.rs - b (line 9) ... FAILED\n"
        "test src/lib.rs - c (line 12) ... ignored\n"
        "\nfailures:\n\n---- src/lib.rs - b (line 9) stdout ----\n"
        "Test executable failed (exit status: 101).\n\n"
        "\nfailures:\n    src/lib.rs - b (line 9)\n"
        "\ntest result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; "
        "finished in [T]\n\n"
    )
    out = io.StringIO()
    run_harness(tests, ["--test-threads=1", "--nocapture", "b"], out)
    assert "---- " not in out.getvalue()
    assert capsys.readouterr().err == "Test executable failed (exit status: 101).\n"
