"""The built-in macros other than `format_args!`: what they expand to (printed) and their
errors (message, code, primary `line:col`), the expected values taken from rustc 1.95 on
the same one-line programs (`fn main() { ... }`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ferric.driver.session import Options, Session, add_source
from ferric.expand.base import CfgOptions, ExpandCtx, FragmentKind
from ferric.expand.builtin import BUILTIN_MACROS
from ferric.expand.builtin.assert_ import expr_to_string
from ferric.expand.builtin.cfg_pred import CfgError, eval_cfg, parse_cfg
from ferric.expand.builtin.tts_print import tts_to_string
from ferric.syntax import ast
from ferric.syntax.parser import parse_crate, parser_for_trees
from ferric.syntax.printer import print_expr

PREFIX = "fn main() { "


def _macs(sess: Session, body: str, name: str) -> list[ast.MacCall]:
    sf = add_source(sess, name, PREFIX + body + " }\n")
    krate = parse_crate(sess.psess, sf)
    assert not sess.dcx.has_errors, [d.message for d in sess.dcx.diagnostics]
    fn = krate.items[0]
    assert isinstance(fn, ast.FnItem) and fn.body is not None
    out: list[ast.MacCall] = []
    for st in fn.body.stmts:
        if isinstance(st, ast.MacCallStmt):
            out.append(st.mac)
        elif isinstance(st, (ast.SemiStmt, ast.ExprStmt)) and isinstance(st.expr, ast.MacCallExpr):
            out.append(st.expr.mac)
        elif isinstance(st, ast.LetStmt) and isinstance(st.init, ast.MacCallExpr):
            out.append(st.init.mac)
    return out


def expand(
    body: str,
    *,
    name: str = "t.rs",
    kind: FragmentKind = FragmentKind.EXPR,
    ctx_kw: dict[str, object] | None = None,
) -> tuple[Session, list[object]]:
    sess = Session.create(Options())
    kw: dict[str, object] = {"crate_name": "t", "crate_root_file": name, **(ctx_kw or {})}
    ctx = ExpandCtx(psess=sess.psess, **kw)  # type: ignore[arg-type]
    out: list[object] = []
    for mac in _macs(sess, body, name):
        out.append(BUILTIN_MACROS[mac.path.segments[-1].ident.name](ctx, mac, kind))
    return sess, out


def printed(body: str, **kw: object) -> list[str]:
    sess, out = expand(body, **kw)  # type: ignore[arg-type]
    assert not sess.dcx.has_errors, errors(sess)
    texts = []
    for e in out:
        assert e is not None and not isinstance(e, list)
        texts.append(print_expr(e))  # type: ignore[arg-type]
    return texts


def errors(sess: Session) -> list[tuple[str, str | None, str]]:
    rows = []
    for d in sess.dcx.diagnostics:
        sp = d.primary_span
        loc = sess.source_map.lookup(sp.lo) if sp is not None else None
        rows.append((d.message, d.code, f"{loc.line}:{loc.col}" if loc else "-"))
    return rows


# =================================================================================================
# assert!
# =================================================================================================


def test_assert_without_message_panics_with_the_condition() -> None:
    (text,) = printed("let x = 1; assert!(x==1);")
    assert text == 'if !(x == 1) {\n    ::std::panicking::panic("assertion failed: x == 1")\n}'


def test_assert_with_message_formats_it() -> None:
    (text,) = printed('let x = 1; assert!(x == 1, "bad {}", x);')
    assert (
        text
        == 'if !(x == 1) {\n    {\n        ::std::panicking::panic_fmt(format_args!("bad {0}", x));\n    }\n}'
    )


def test_assert_trailing_comma_has_no_message() -> None:
    (text,) = printed("assert!(true,);")
    assert "panicking::panic(" in text


def test_assert_inside_std_uses_crate_paths() -> None:
    _, out = expand("assert!(true);", ctx_kw={"crate_name": "std"})
    assert "crate::panicking::panic(" in print_expr(out[0])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cond", "message"),
    [
        ("x  !=  1 && 2>3", "x != 1 && 2 > 3"),
        ("matches!( Some(1) , Some ( 2 ) )", "matches!(Some(1), Some(2))"),
        ("vec![1,2].len()==3", "vec![1,2].len() == 3"),
        ("{ let y = 1; y == 2 }", "{ let y = 1; y == 2 }"),
        ("match 1 { 1 => false, _ => true }", "match 1 { 1 => false, _ => true, }"),
        ("-1 == 1 && [1,2][0] == 3", "-1 == 1 && [1, 2][0] == 3"),
        ('"a{b}" == "x"', '"a{b}" == "x"'),
    ],
)
def test_assert_message_prints_the_condition_as_rustc(cond: str, message: str) -> None:
    """rustc's `assertion failed: ...` texts, observed by running the programs."""
    sess = Session.create(Options())
    (mac,) = _macs(sess, f"m!({cond});", "t.rs")
    e = parser_for_trees(sess.psess, mac.args.tokens, mac.args.close_span).parse_expr()
    assert expr_to_string(e) == message


ASSERT_ERRORS = [
    ("assert!();", [("macro requires a boolean expression as an argument", None, "1:13")]),
    ("assert!(1 2);", [("expected one of `,`, `.`, `?`, or an operator, found `2`", None, "1:23")]),
    ('let x = 1; assert!(x == 1 "msg");', [("unexpected string literal", None, "1:39")]),
    ("assert!(true, 5);", [("format argument must be a string literal", None, "1:27")]),
    (
        'assert!(true, "{} {}", 1);',
        [("2 positional arguments in format string, but there is 1 argument", None, "1:28")],
    ),
]


@pytest.mark.parametrize(("body", "want"), ASSERT_ERRORS, ids=[c[0] for c in ASSERT_ERRORS])
def test_assert_errors(body: str, want: list[tuple[str, str | None, str]]) -> None:
    sess, _ = expand(body)
    assert errors(sess) == want


# =================================================================================================
# concat!, stringify!
# =================================================================================================


def test_concat_literals() -> None:
    (text,) = printed(
        'let _ = concat!("a", 1, 2.5, true, \'c\', -3, 1u8, 2.0e3f32, 0x10, 1_000, "\\n");'
    )
    assert text == '"a12.5truec-312.0e3161000\\n"'


def test_concat_expands_nested_builtins() -> None:
    assert printed('let _ = concat!(file!(), ":", line!(), concat!("x", 1));') == ['"t.rs:1x1"']


CONCAT_ERRORS = [
    ("let _ = concat!(x);", [("expected a literal", None, "1:29")]),
    (
        'let _ = concat!(b"a"); let _ = concat!([1]);',
        [
            ("cannot concatenate a byte string literal", None, "1:29"),
            ("expected a literal", None, "1:52"),
        ],
    ),
    (
        "let _ = concat!(b'a', c\"x\");",
        [
            ("cannot concatenate a byte string literal", None, "1:29"),
            ("cannot concatenate a C string literal", None, "1:35"),
        ],
    ),
    ('let _ = concat!(1 + 2, x, "a" "b");', [("expected token: `,`", None, "1:43")]),
]


@pytest.mark.parametrize(("body", "want"), CONCAT_ERRORS, ids=[c[0] for c in CONCAT_ERRORS])
def test_concat_errors(body: str, want: list[tuple[str, str | None, str]]) -> None:
    sess, _ = expand(body)
    assert errors(sess) == want


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("a + b", "a + b"),
        ("a+b", "a+b"),
        ("Vec<u8>", "Vec<u8>"),
        ("x . y ( )", "x.y()"),
        ("&mut  x ,  y ; z", "&mut x, y; z"),
        ("f(3), g (4), let (a, b) = (1, 2)", "f(3), g(4), let (a, b) = (1, 2)"),
        ("#[attr] # [x] fn f() { a; b }", "#[attr] #[x] fn f() { a; b }"),
        ("{}  { } {a}", "{} {} {a}"),
        ("x.0 . 1, - 1, !x, ! x, a => b", "x.0.1, - 1, !x, ! x, a => b"),
        ("a$b $ c", "a$b $c"),
        ("/* c */ a // d\n b", "a b"),
        ("/// doc\n x", '#[doc = r" doc"] x'),
        ("", ""),
        (
            "aaaaaaaaaa bbbbbbbbbbb ccccccccccc dddddddddddd eeeeeeeeeee fffffffffff gggggggggg hhhhhhhhhhh iiiiiiiiii",
            "aaaaaaaaaa bbbbbbbbbbb ccccccccccc dddddddddddd eeeeeeeeeee fffffffffff\ngggggggggg hhhhhhhhhhh iiiiiiiiii",
        ),
        (
            "fn f() { let x = 1; let y = 2; if x == y { return x; } else { loop { break; } } }",
            "fn f()\n{ let x = 1; let y = 2; if x == y { return x; } else { loop { break; } } }",
        ),
    ],
)
def test_stringify_spacing_as_rustc(tokens: str, text: str) -> None:
    """Texts printed by rustc 1.95's `stringify!` on the same tokens."""
    sess = Session.create(Options())
    (mac,) = _macs(sess, f"m!({tokens}\n);", "t.rs")
    assert tts_to_string(mac.args.tokens, sess.source_map) == text


def test_stringify_expands_to_a_string_literal() -> None:
    assert printed("let _ = stringify!(a+b, c);") == ['"a+b, c"']


# =================================================================================================
# line!, column!, file!, module_path!, env!, option_env!, include*
# =================================================================================================


def test_source_location_macros() -> None:
    assert printed("let _ = line!(); let _ = column!(); let _ = file!();", name="src/main.rs") == [
        "1u32",
        "38u32",
        '"src/main.rs"',
    ]


def test_module_path_names_the_crate_and_modules() -> None:
    assert printed("let _ = module_path!();", ctx_kw={"module_path": ("a", "b")}) == ['"t::a::b"']


def test_env_and_option_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FERRIC_TEST_VAR", 'va"lue')
    monkeypatch.delenv("FERRIC_TEST_UNSET", raising=False)
    out = printed(
        'let _ = env!("FERRIC_TEST_VAR"); let _ = option_env!("FERRIC_TEST_VAR"); let _ = option_env!("FERRIC_TEST_UNSET");'
    )
    assert out == [
        '"va\\"lue"',
        '::std::option::Option::Some("va\\"lue")',
        "::std::option::Option::None::<&'static str>",
    ]


def test_include_family(tmp_path: Path) -> None:
    (tmp_path / "text.txt").write_text("hi\n", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00a\xff")
    (tmp_path / "expr.rs").write_text("1 + 2\n", encoding="utf-8")
    main = str(tmp_path / "main.rs")
    body = 'let _ = include_str!("text.txt"); let _ = include_bytes!("data.bin"); let _ = include!("expr.rs");'
    assert printed(body, name=main) == ['"hi\\n"', 'b"\\x00a\\xff"', "1 + 2"]


def test_include_items(tmp_path: Path) -> None:
    (tmp_path / "items.rs").write_text("fn g() {}\nstruct S;\n", encoding="utf-8")
    _, out = expand(
        'include!("items.rs");', name=str(tmp_path / "main.rs"), kind=FragmentKind.ITEMS
    )
    items = out[0]
    assert isinstance(items, list) and [i.ident.name for i in items] == ["g", "S"]


SOURCE_ERRORS = [
    (
        "let _ = line!(1); let _ = file!(x);",
        [("line! takes no arguments", None, "1:21"), ("file! takes no arguments", None, "1:39")],
    ),
    ("let _ = module_path!(1);", [("module_path! takes no arguments", None, "1:21")]),
    (
        'let _ = option_env!(); let _ = option_env!("A", "B");',
        [
            ("option_env! takes 1 argument", None, "1:21"),
            ("option_env! takes 1 argument", None, "1:44"),
        ],
    ),
    (
        'let _ = env!("NOPE_XYZ");',
        [("environment variable `NOPE_XYZ` not defined at compile time", None, "1:21")],
    ),
    (
        'let _ = env!("NOPE_XYZ", "custom msg"); let _ = env!(); let _ = env!(1);',
        [
            ("custom msg", None, "1:21"),
            ("`env!()` takes 1 or 2 arguments", None, "1:61"),
            ("expected string literal", None, "1:82"),
        ],
    ),
    (
        'let _ = include_str!("nofile.txt");',
        [("couldn't read `nofile.txt`: No such file or directory (os error 2)", None, "1:21")],
    ),
    (
        "let _ = include_str!(1); let _ = include_str!();",
        [
            ("argument must be a string literal", None, "1:34"),
            ("include_str! takes 1 argument", None, "1:46"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "want"), SOURCE_ERRORS, ids=[c[0] for c in SOURCE_ERRORS])
def test_source_and_env_errors(body: str, want: list[tuple[str, str | None, str]]) -> None:
    sess, _ = expand(body)
    assert errors(sess) == want


def test_env_help_texts() -> None:
    sess, _ = expand(
        'let _ = env!("NOPE_XYZ"); let _ = env!("OUT_DIR"); let _ = env!("CARGO_PKG_VERSIN");'
    )
    helps = [c.message for d in sess.dcx.diagnostics for c in d.children]
    assert helps == [
        'use `std::env::var("NOPE_XYZ")` to read the variable at run time',
        'Cargo sets build script variables at run time. Use `std::env::var("OUT_DIR")` instead',
        "there is a similar Cargo environment variable: `CARGO_PKG_VERSION`",
    ]


# =================================================================================================
# cfg!
# =================================================================================================


def test_cfg_evaluates_against_the_options() -> None:
    body = 'let _ = cfg!(unix); let _ = cfg!(windows); let _ = cfg!(all(unix, target_os = "linux")); let _ = cfg!(test); let _ = cfg!(not(any()));'
    assert printed(body) == ["true", "false", "true", "false", "true"]
    assert printed("let _ = cfg!(test);", ctx_kw={"cfg": CfgOptions(test=True)}) == ["true"]


def test_cfg_predicates_shared_helper() -> None:
    sess = Session.create(Options())
    (mac,) = _macs(sess, 'm!(any(feature = "x", not(debug_assertions)));', "t.rs")
    pred = parse_cfg(mac.args.tokens)
    assert not isinstance(pred, CfgError)
    assert eval_cfg(pred, CfgOptions()) is False
    assert eval_cfg(pred, CfgOptions(features=frozenset({"x"}))) is True


CFG_ERRORS = [
    (
        "let _ = cfg!(); let _ = cfg!(foo = 1); let _ = cfg!(a, b);",
        [
            ("macro requires a cfg-pattern as an argument", None, "1:21"),
            ("malformed `cfg` macro input", "E0539", "1:37"),
            ("expected 1 cfg-pattern", None, "1:60"),
        ],
    ),
    (
        'let _ = cfg!(unix, windows); let _ = cfg!(any(unix), "x"); let _ = cfg!(not(a, b));',
        [
            ("expected 1 cfg-pattern", None, "1:21"),
            ("expected 1 cfg-pattern", None, "1:50"),
            ("malformed `cfg` macro input", "E0805", "1:80"),
        ],
    ),
    ("let _ = cfg!(foo(x));", [("invalid predicate `foo`", "E0537", "1:26")]),
    ('let _ = cfg!("unix");', [("malformed `cfg` macro input", "E0539", "1:21")]),
    (
        "let _ = cfg!(a = b);",
        [
            (
                'expected a literal (`1u8`, `1.0f32`, `"string"`, etc.) here, found expression',
                None,
                "1:30",
            )
        ],
    ),
]


@pytest.mark.parametrize(("body", "want"), CFG_ERRORS, ids=[c[0] for c in CFG_ERRORS])
def test_cfg_errors(body: str, want: list[tuple[str, str | None, str]]) -> None:
    sess, _ = expand(body)
    assert errors(sess) == want


# =================================================================================================
# The rest
# =================================================================================================


def test_compile_error_and_unstable_macros() -> None:
    sess, out = expand(
        'compile_error!("boom"); trace_macros!(true); log_syntax!(x); compile_error!(1);'
    )
    assert out == [None, None, None, None]
    assert errors(sess) == [
        ("boom", None, "1:13"),
        (
            "use of unstable library feature `trace_macros`: `trace_macros` is not stable enough for use and is subject to change",
            "E0658",
            "1:37",
        ),
        (
            "use of unstable library feature `log_syntax`: `log_syntax!` is not stable enough for use and is subject to change",
            "E0658",
            "1:58",
        ),
        ("argument must be a string literal", None, "1:89"),
    ]


def test_expression_macro_in_item_position() -> None:
    sess, out = expand("line!();", kind=FragmentKind.ITEMS)
    assert out == [None]
    assert errors(sess) == [("non-item macro in item position: line", None, "1:13")]


def test_literal_macro_in_pattern_position() -> None:
    _, out = expand("line!();", kind=FragmentKind.PAT)
    assert isinstance(out[0], ast.ExprPat)


def test_panic_is_routed_by_edition() -> None:
    (text,) = printed('std_panic!("x {}", 1);')
    assert text == '::std::panic_2021!("x {}", 1)'


def test_generated_nodes_carry_the_expansion_context() -> None:
    _, out = expand("let _ = stringify!(x);", ctx_kw={"current_expn": 7})
    e = out[0]
    assert isinstance(e, ast.LitExpr) and e.span.ctxt == 7
