"""`format_args!` and its relatives: the parsed template and arguments, and every
format-string error with rustc 1.95's wording and primary position.

Each case is a statement placed in `fn main() { ... }` on one line; the macro call in it
(`println!` stands for `format_args_nl!`, whose arguments it passes on unchanged) is
expanded by the built-in directly. Expected messages and `line:col` positions were taken
from rustc 1.95's output on the same source; the rendered cases compare whole diagnostics
with rustc's stderr.
"""

from __future__ import annotations

import io

import pytest

from ferric.driver.pipeline import write_diagnostics
from ferric.driver.session import Options, Session, add_source
from ferric.expand.base import ExpandCtx, FragmentKind
from ferric.expand.builtin import BUILTIN_MACROS
from ferric.expand.builtin.format_parse import Parser, cooked_char_ranges
from ferric.syntax import ast
from ferric.syntax.parser import parse_crate
from ferric.syntax.printer import format_args_text, print_expr

PREFIX = "fn main() { "
_ALIASES = {
    "println": "format_args_nl",
    "print": "format_args",
    "format": "format_args",
    "panic": "format_args",
}


def _mac_of(stmt: ast.Stmt) -> ast.MacCall | None:
    if isinstance(stmt, ast.MacCallStmt):
        return stmt.mac
    if isinstance(stmt, (ast.SemiStmt, ast.ExprStmt)) and isinstance(stmt.expr, ast.MacCallExpr):
        return stmt.expr.mac
    if isinstance(stmt, ast.LetStmt) and isinstance(stmt.init, ast.MacCallExpr):
        return stmt.init.mac
    return None


def expand(body: str, name: str = "t.rs") -> tuple[Session, list[ast.Expr | None]]:
    """Expand every macro call of `fn main() { <body> }` (one per statement)."""
    sess = Session.create(Options())
    sf = add_source(sess, name, PREFIX + body + " }\n")
    krate = parse_crate(sess.psess, sf)
    assert not sess.dcx.has_errors, [d.message for d in sess.dcx.diagnostics]
    ctx = ExpandCtx(psess=sess.psess, crate_name="t", crate_root_file=name)
    fn = krate.items[0]
    assert isinstance(fn, ast.FnItem) and fn.body is not None
    out: list[ast.Expr | None] = []
    for stmt in fn.body.stmts:
        mac = _mac_of(stmt)
        if mac is None:
            continue
        macro = mac.path.segments[-1].ident.name
        frag = BUILTIN_MACROS[_ALIASES.get(macro, macro)](ctx, mac, FragmentKind.EXPR)
        assert frag is None or not isinstance(frag, list)
        out.append(frag)  # type: ignore[arg-type]
    return sess, out


def errors(sess: Session) -> list[tuple[str, str | None, str]]:
    """(message, code, `line:col` of the primary span) of every error, in order."""
    rows = []
    for d in sess.dcx.diagnostics:
        sp = d.primary_span
        loc = sess.source_map.lookup(sp.lo) if sp is not None else None
        rows.append((d.message, d.code, f"{loc.line}:{loc.col}" if loc else "-"))
    return rows


def rendered(sess: Session) -> str:
    buf = io.StringIO()
    write_diagnostics(sess, list(sess.dcx.diagnostics), buf)
    return buf.getvalue()


def format_args_of(body: str) -> ast.FormatArgsExpr:
    sess, out = expand(body)
    assert not sess.dcx.has_errors, errors(sess)
    (e,) = out
    assert isinstance(e, ast.FormatArgsExpr)
    return e


# =================================================================================================
# What a template becomes
# =================================================================================================


def test_positions_are_resolved_and_printed_explicitly() -> None:
    e = format_args_of('let x = 1; format_args!("{} {x} {:>5.2} {0:?} {y:#x?}", 1, 2.5, y = 3);')
    assert format_args_text(e) == 'format_args!("{0} {x} {1:>5.2} {0:?} {y:#x?}", 1, 2.5, y = 3)'
    assert [a.kind for a in e.arguments] == ["normal", "normal", "named", "captured"]


def test_captured_identifier_is_a_path_spanned_inside_the_literal() -> None:
    sess, out = expand('let count = 1; format_args!("n = {count}");')
    e = out[0]
    assert isinstance(e, ast.FormatArgsExpr)
    cap = e.arguments[-1]
    assert cap.kind == "captured" and isinstance(cap.expr, ast.PathExpr)
    assert print_expr(cap.expr) == "count"
    assert sess.source_map.snippet(cap.expr.span) == "count"
    loc = sess.source_map.lookup(cap.expr.span.lo)
    assert loc is not None and (loc.line, loc.col) == (1, 47)


def test_repeated_capture_is_one_argument() -> None:
    e = format_args_of('let x = 1; format_args!("{x} {x} {:w$}", 5, w = 3);')
    assert format_args_text(e) == 'format_args!("{x} {x} {0:w$}", 5, w = 3)'
    assert len(e.arguments) == 3


def test_template_pieces_and_options() -> None:
    e = format_args_of('format_args!("{{a}} {:*^+#010.3} {:x?} {:.*}!", 1.5, 2, 3, 4);')
    pieces = e.template
    assert pieces[0] == "{a} "
    ph = pieces[1]
    assert isinstance(ph, ast.FormatPlaceholder)
    o = ph.options
    assert (o.fill, o.alignment, o.sign, o.alternate, o.zero_pad) == (
        "*",
        ast.FormatAlignment.CENTER,
        ast.FormatSign.PLUS,
        True,
        True,
    )
    assert o.width == ast.FormatCount(literal=10) and o.precision == ast.FormatCount(literal=3)
    hexdbg = pieces[3]
    assert isinstance(hexdbg, ast.FormatPlaceholder)
    assert (
        hexdbg.format_trait is ast.FormatTrait.DEBUG
        and hexdbg.options.debug_hex is ast.FormatDebugHex.LOWER
    )
    star = pieces[5]
    assert isinstance(star, ast.FormatPlaceholder)
    assert star.options.precision is not None and star.options.precision.argument is not None
    assert (star.options.precision.argument.index, star.argument.index) == (2, 3)
    assert pieces[-1] == "!"


def test_every_trait() -> None:
    e = format_args_of(
        'format_args!("{} {:?} {:e} {:E} {:o} {:p} {:b} {:x} {:X}", 1, 2, 3, 4, 5, &6, 7, 8, 9);'
    )
    traits = [p.format_trait for p in e.template if isinstance(p, ast.FormatPlaceholder)]
    assert traits == list(ast.FormatTrait)


def test_format_args_nl_appends_a_newline() -> None:
    e = format_args_of('println!("a{}", 1);')
    assert e.template == ("a", e.template[1], "\n")


def test_format_string_from_concat() -> None:
    e = format_args_of('format_args!(concat!("{}", "-", "{}"), 1, 2);')
    assert format_args_text(e) == 'format_args!("{0}-{1}", 1, 2)'


def test_raw_and_escaped_strings() -> None:
    e = format_args_of('format_args!(r#"{} "quoted" \\n"#, 1);')
    assert e.template[1] == ' "quoted" \\n'
    e = format_args_of('format_args!("tab\\t{}\\u{e9}", 1);')
    assert e.template[0] == "tab\t" and e.template[2] == "\u00e9"


def test_cooked_char_ranges_map_escapes_to_their_source() -> None:
    ranges = cooked_char_ranges("a\\n\\u{1F600}b")
    assert ranges == [((0, 1), "a"), ((1, 3), "\n"), ((3, 12), "\U0001f600"), ((12, 13), "b")]


def test_parser_spans_point_into_raw_literals() -> None:
    p = Parser.new("x {", 1, 'r#"x {"#', False)
    p.parse()
    assert p.is_source_literal and p.errors[0].range == (6, 6)


# =================================================================================================
# Errors (message, code, primary line:col), from rustc 1.95
# =================================================================================================

CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        'println!("{} {}", 1);',
        [("2 positional arguments in format string, but there is 1 argument", None, "1:23")],
    ),
    (
        'println!("{1}", 1);',
        [
            ("invalid reference to positional argument 1 (there is 1 argument)", None, "1:24"),
            ("argument never used", None, "1:29"),
        ],
    ),
    ('println!("{}", 1, 2);', [("argument never used", None, "1:31")]),
    ('println!("{}", 1, 2, 3);', [("multiple unused formatting arguments", None, "1:31")]),
    ('let x = 1; println!("{}", x, y = 2);', [("named argument never used", None, "1:46")]),
    (
        'println!("{x");',
        [("invalid format string: expected `}` but string was terminated", None, "1:25")],
    ),
    ('println!("x}");', [("invalid format string: unmatched `}` found", None, "1:24")]),
    ('println!("{:q}", 1);', [("unknown format trait `q`", None, "1:25")]),
    ("println!(1);", [("format argument must be a string literal", None, "1:22")]),
    (
        'println!("{0} {1} {2}", 1);',
        [("invalid reference to positional arguments 1 and 2 (there is 1 argument)", None, "1:28")],
    ),
    (
        'println!("{:.*}", 1);',
        [("2 positional arguments in format string, but there is 1 argument", None, "1:23")],
    ),
    ('println!("{foo}", bar = 1);', [("named argument never used", None, "1:37")]),
    ('println!("a {x y} b");', [("invalid format string: expected `}`, found `y`", None, "1:28")]),
    (
        'println!("\\t\\u{1F600}{ {}", 1);',
        [("invalid format string: expected `}`, found `{`", None, "1:36")],
    ),
    (
        'println!(r#"x {"#);',
        [("invalid format string: expected `}` but string was terminated", None, "1:28")],
    ),
    (
        'println!(concat!("{", "x"), 1);',
        [("invalid format string: expected `}` but string was terminated", None, "1:22")],
    ),
    (
        'println!(concat!("{}", "{x}"));',
        [
            ("there is no argument named `x`", None, "1:22"),
            ("1 positional argument in format string, but no arguments were given", None, "1:22"),
        ],
    ),
    (
        'println!("{}", a = 1, 2);',
        [("positional arguments cannot follow named arguments", None, "1:35")],
    ),
    ('println!("{a}", a = 1, a = 2);', [("duplicate argument named `a`", None, "1:36")]),
    (
        'let x = 1; println!("{x:?#}");',
        [("invalid format string: expected `}`, found `#`", None, "1:38")],
    ),
    (
        'let x = (1,); println!("{x.0}");',
        [("invalid format string: tuple index access isn't supported", None, "1:38")],
    ),
    (
        'let x = 1; println!("{r#x}");',
        [("invalid format string: raw identifiers are not supported", None, "1:35")],
    ),
    (
        'let x = 1; println!("{x=}");',
        [
            (
                "invalid format string: python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
                None,
                "1:36",
            )
        ],
    ),
    (
        'let x = 1; println!("{x:,}");',
        [
            (
                "invalid format string: python's numeric grouping `,` is not supported in rust format strings",
                None,
                "1:37",
            )
        ],
    ),
    ('println!("{_}");', [("invalid format string: invalid argument name `_`", None, "1:24")]),
    (
        'println!("{99999}", 1);',
        [
            (
                "invalid format string: integer `99999` does not fit into the type `u16` whose range is `0..=65535`",
                None,
                "1:24",
            )
        ],
    ),
    (
        'let x = 1; println!("{x?}");',
        [("invalid format string: expected `}`, found `?`", None, "1:36")],
    ),
    (
        'let x = 1; println!("{x<5}");',
        [
            (
                "invalid format string: expected alignment specifier after `:` in format string; example: `{:>?}`",
                None,
                "1:36",
            )
        ],
    ),
    (
        'println!("{:1$}", 1);',
        [("invalid reference to positional argument 1 (there is 1 argument)", None, "1:25")],
    ),
    ('println!("{:.p$}", 1, p = 2, q = 3);', [("named argument never used", None, "1:46")]),
    ('println!("{} %d %s", 1, 2, 3);', [("multiple unused formatting arguments", None, "1:37")]),
    ('println!("hello $x", 1);', [("argument never used", None, "1:34")]),
    ('let x = 1; println!("{x}", x);', [("redundant argument", None, "1:40")]),
    ('println!("{:}}", 1);', [("invalid format string: unmatched `}` found", None, "1:26")]),
    ('println!("{:?x}", 1);', [("invalid format string: expected `}`, found `x`", None, "1:26")]),
    ('println!("{0:?:}", 1);', [("invalid format string: expected `}`, found `:`", None, "1:27")]),
    ('println!("{ 0 }", 1);', [("invalid format string: expected `}`, found `0`", None, "1:25")]),
    ('println!(b"x");', [("format argument must be a string literal", None, "1:22")]),
    ('println!("{}" 1);', [("expected `,`, found `1`", None, "1:27")]),
    ('println!("{}". 1);', [("expected `,`, found `.`", None, "1:26")]),
    ("println!({});", [("format argument must be a string literal", None, "1:22")]),
    ('println!("{}", 1,,);', [("expected expression, found `,`", None, "1:30")]),
    (
        'println!("{x:1$} {0:.*} {:2$}", 1, x = 2);',
        [("invalid reference to positional argument 2 (there are 2 arguments)", None, "1:39")],
    ),
    ('let a = 1; let b = 2; println!("{a} {b}", a, b);', [("redundant arguments", None, "1:55")]),
    (
        'println!("{:.*} {}", 1);',
        [("3 positional arguments in format string, but there is 1 argument", None, "1:23")],
    ),
    (
        'let x = 5; println!("{x}  {x:.y$}", y = 2, z = 3);',
        [("named argument never used", None, "1:60")],
    ),
    (
        'println!("{0:1$} {2}", 1, 2);',
        [("invalid reference to positional argument 2 (there are 2 arguments)", None, "1:31")],
    ),
    (
        'println!(r"a {}");',
        [("1 positional argument in format string, but no arguments were given", None, "1:26")],
    ),
    ('println!("{}" + 1);', [("expected `,`, found `+`", None, "1:27")]),
    (
        'println!("{}" . 1, 2 ; 3);',
        [
            ("expected `,`, found `.`", None, "1:27"),
            ("expected one of `,`, `.`, `?`, or an operator, found `;`", None, "1:34"),
            ("multiple unused formatting arguments", None, "1:32"),
        ],
    ),
    (
        'let x = 1; println!("{=}", x);',
        [
            (
                "invalid format string: python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
                None,
                "1:35",
            )
        ],
    ),
    ("format_args!();", [("requires at least a format string argument", None, "1:13")]),
]


@pytest.mark.parametrize(("body", "want"), CASES, ids=[c[0] for c in CASES])
def test_errors_as_rustc(body: str, want: list[tuple[str, str | None, str]]) -> None:
    sess, _ = expand(body)
    assert errors(sess) == want


def test_errors_keep_the_expansion_going() -> None:
    """rustc goes on with the `FormatArgs` after reporting unused arguments (so a captured
    identifier is still resolved later); it gives up on template syntax errors."""
    _, out = expand('println!("{foo}", bar = 1);')
    assert isinstance(out[0], ast.FormatArgsExpr)
    _, out = expand('println!("{x");')
    assert out == [None]


# =================================================================================================
# Whole diagnostics, as rustc renders them
# =================================================================================================

RENDERED = [
    (
        'println!("{}", 1, 2, 3);',
        """error: multiple unused formatting arguments
 --> t.rs:1:31
  |
1 | fn main() { println!("{}", 1, 2, 3); }
  |                      ----     ^  ^ argument never used
  |                      |        |
  |                      |        argument never used
  |                      multiple missing formatting specifiers
  |
  = note: consider adding 2 format specifiers

""",
    ),
    (
        'println!("{:.*}", 1);',
        """error: 2 positional arguments in format string, but there is 1 argument
 --> t.rs:1:23
  |
1 | fn main() { println!("{:.*}", 1); }
  |                       ^^--^   -
  |                         |
  |                         this precision flag adds an extra required argument at position 0, which is why there are 2 arguments expected
  |
  = note: positional arguments are zero-based
  = note: for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html

""",
    ),
    (
        'let x = (1,); println!("{x.0}");',
        """error: invalid format string: tuple index access isn't supported
 --> t.rs:1:38
  |
1 | fn main() { let x = (1,); println!("{x.0}"); }
  |                                      ^^^ not supported in format string
  |
  = note: consider moving this expression to a local variable and then using the local here instead
help: consider using a positional formatting argument instead
  |
1 - fn main() { let x = (1,); println!("{x.0}"); }
1 + fn main() { let x = (1,); println!("{0}", x.0); }
  |

""",
    ),
    (
        'println!("{} %d %s", 1, 2, 3);',
        """error: multiple unused formatting arguments
 --> t.rs:1:37
  |
1 | fn main() { println!("{} %d %s", 1, 2, 3); }
  |                      ----------     ^  ^ argument never used
  |                      |              |
  |                      |              argument never used
  |                      multiple missing formatting specifiers
  |
  = note: printf formatting is not supported; see the documentation for `std::fmt`
help: format specifiers use curly braces
  |
1 - fn main() { println!("{} %d %s", 1, 2, 3); }
1 + fn main() { println!("{} {} {}", 1, 2, 3); }
  |

""",
    ),
    (
        "let s = 1; println!(s);",
        """error: format argument must be a string literal
 --> t.rs:1:33
  |
1 | fn main() { let s = 1; println!(s); }
  |                                 ^
  |
help: you might be missing a string literal to format with
  |
1 | fn main() { let s = 1; println!("{}", s); }
  |                                 +++++

""",
    ),
]


@pytest.mark.parametrize(("body", "want"), RENDERED, ids=[c[0] for c in RENDERED])
def test_rendered_as_rustc(body: str, want: str) -> None:
    sess, _ = expand(body)
    assert rendered(sess) == want


def test_named_argument_used_positionally_warns() -> None:
    """The `named_arguments_used_positionally` lint, rendered as rustc 1.95 renders it."""
    sess, out = expand('println!("{:1$}", 5, y = 2);')
    assert isinstance(out[0], ast.FormatArgsExpr) and not sess.dcx.has_errors
    assert rendered(sess) == (
        """warning: named argument `y` is not used by name
 --> t.rs:1:34
  |
1 | fn main() { println!("{:1$}", 5, y = 2); }
  |                         --       ^ this named argument is referred to by position in formatting string
  |                         |
  |                         this formatting argument uses named argument `y` by position
  |
  = note: `#[warn(named_arguments_used_positionally)]` on by default
help: use the named argument by name to avoid ambiguity
  |
1 - fn main() { println!("{:1$}", 5, y = 2); }
1 + fn main() { println!("{:y$}", 5, y = 2); }
  |

"""
    )
