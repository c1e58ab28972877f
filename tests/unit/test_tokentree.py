"""Unit tests for the token-tree builder (`ferric.syntax.tokentree`).

Expected delimiter diagnostics (`DELIM_CASES`) were blessed from rustc 1.95 with
`--error-format=json` on whole files (rustc stops after delimiter errors, so nothing else
appears), positions in characters. Never regenerate them from ferric's output.
"""

from __future__ import annotations

import pytest

from ferric.base.source_map import SourceMap
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic, Level
from ferric.lexer.lexer import tokenize
from ferric.lexer.token import MATCHING_CLOSE, Token, TokenKind
from ferric.syntax.tokentree import (
    Delimited,
    TokenTree,
    build_token_trees,
    build_token_trees_checked,
    flatten,
    lex_token_trees,
)

K = TokenKind
Norm = tuple[object, ...]

# Expected diagnostics, blessed from rustc 1.95 (see the module docstring).
# fmt: off
DELIM_CASES = [
    ('fn f() {\n    let x = (1, 2];\n}\n', [('error', 'mismatched closing delimiter: `]`', None, [(21, 22, 'unclosed delimiter', True), (26, 27, 'mismatched closing delimiter', True)], [], [])]),
    ('fn main() {\n    let grid = [[0u8; 3]; 3;\n    foo();\n}\n', [('error', 'mismatched closing delimiter: `}`', None, [(10, 11, 'closing delimiter possibly meant for this', False), (27, 28, 'unclosed delimiter', True), (52, 53, 'mismatched closing delimiter', True)], [], [])]),
    ('((((((((\n', [('error', 'this file contains an unclosed delimiter', None, [(0, 1, 'unclosed delimiter', False), (1, 2, 'unclosed delimiter', False), (2, 3, 'unclosed delimiter', False), (3, 4, 'unclosed delimiter', False), (4, 5, 'unclosed delimiter', False), (5, 6, 'another 3 unclosed delimiters begin from here', False), (9, 9, '', True)], [], [])]),
    ('((((((\n', [('error', 'this file contains an unclosed delimiter', None, [(0, 1, 'unclosed delimiter', False), (1, 2, 'unclosed delimiter', False), (2, 3, 'unclosed delimiter', False), (3, 4, 'unclosed delimiter', False), (4, 5, 'unclosed delimiter', False), (7, 7, '', True)], [], [])]),
    ('fn f() {\n    if x {}\n    }\n}\n', [('error', 'unexpected closing delimiter: `}`', None, [(7, 7, 'this delimiter might not be properly closed...', False), (18, 20, 'block is empty, you might have not meant to close it', False), (25, 25, '...as it matches this but it has different indentation', False), (27, 28, 'unexpected closing delimiter', True)], [], [])]),
    ('fn f() {\n    if x {\n    }\n  }\n}\n', [('error', 'unexpected closing delimiter: `}`', None, [(7, 7, 'this delimiter might not be properly closed...', False), (28, 28, '...as it matches this but it has different indentation', False), (30, 31, 'unexpected closing delimiter', True)], [], [])]),
    ('fn f() { a(b(c }\n', [('error', 'mismatched closing delimiter: `}`', None, [(7, 8, 'closing delimiter possibly meant for this', False), (12, 13, 'unclosed delimiter', True), (15, 16, 'mismatched closing delimiter', True)], [], [])]),
    ('fn f() {\n    a(b(c\n}\n', [('error', 'mismatched closing delimiter: `}`', None, [(7, 8, 'closing delimiter possibly meant for this', False), (16, 17, 'unclosed delimiter', True), (19, 20, 'mismatched closing delimiter', True)], [], [])]),
    (')', [('error', 'unexpected closing delimiter: `)`', None, [(0, 1, 'unexpected closing delimiter', True)], [], [])]),
    ('fn f() { ] }', [('error', 'unexpected closing delimiter: `}`', None, [(7, 8, 'the nearest open delimiter', False), (9, 9, 'missing open `[` for this delimiter', False), (11, 12, 'unexpected closing delimiter', True)], [], [])]),
    ('fn f() {\n  x)\n  y]\n}\n', [('error', 'unexpected closing delimiter: `]`', None, [(7, 8, 'the nearest open delimiter', False), (12, 12, 'missing open `(` for this delimiter', False), (17, 18, 'unexpected closing delimiter', True)], [], [])]),
    ('{ ( ] ) }', [('error', 'unexpected closing delimiter: `}`', None, [(0, 1, 'the nearest open delimiter', False), (2, 3, 'the nearest open delimiter', False), (4, 4, 'missing open `[` for this delimiter', False), (6, 6, 'missing open `(` for this delimiter', False), (8, 9, 'unexpected closing delimiter', True)], [], [])]),
    ('{ ( ] ] ) }', [('error', 'unexpected closing delimiter: `)`', None, [(0, 1, 'the nearest open delimiter', False), (2, 3, 'the nearest open delimiter', False), (4, 4, 'missing open `[` for this delimiter', False), (6, 6, 'missing open `[` for this delimiter', False), (8, 9, 'unexpected closing delimiter', True)], [], [])]),
    ('[ ( } ]', [('error', 'mismatched closing delimiter: `}`', None, [(2, 3, 'unclosed delimiter', True), (4, 5, 'mismatched closing delimiter', True)], [], [])]),
    ('fn f() {\n    {}\n', [('error', 'this file contains an unclosed delimiter', None, [(7, 8, 'unclosed delimiter', False), (16, 16, '', True)], [], [])]),
    ('fn f() {\n    let a = 1;\n    {\n}\n', [('error', 'this file contains an unclosed delimiter', None, [(7, 8, 'unclosed delimiter', False), (28, 28, 'this delimiter might not be properly closed...', False), (30, 30, '...as it matches this but it has different indentation', False), (32, 32, '', True)], [], [])]),
    ('fn f() {} } fn g() { "\\q"; }', [('error', 'unexpected closing delimiter: `}`', None, [(10, 11, 'unexpected closing delimiter', True)], [], [])]),
    ('fn f() { "\\q"; let x = 1;\nfn g() { "\\y" }', [('error', 'unknown character escape: `q`', None, [(11, 12, 'unknown character escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [('if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', [(9, 13, 'r"\\q"')])]), ('error', 'unknown character escape: `y`', None, [(37, 38, 'unknown character escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [('if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', [(35, 39, 'r"\\y"')])]), ('error', 'this file contains an unclosed delimiter', None, [(7, 8, 'unclosed delimiter', False), (41, 41, '', True)], [], [])]),
    ('fn f() { let c = \';\n"\\q" }', [('error', 'unterminated character literal', 'E0762', [(17, 19, '', True)], [], [])]),
    ('fn f() { let x = (1, 2]; "\\q" }', [('error', 'unknown character escape: `q`', None, [(27, 28, 'unknown character escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [('if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', [(25, 29, 'r"\\q"')])]), ('error', 'mismatched closing delimiter: `]`', None, [(17, 18, 'unclosed delimiter', True), (22, 23, 'mismatched closing delimiter', True)], [], [])]),
    ('fn f() { ( "abc }', [('error', 'unterminated double quote string', 'E0765', [(11, 17, '', True)], [], [])]),
    ('} "abc', [('error', 'unexpected closing delimiter: `}`', None, [(0, 1, 'unexpected closing delimiter', True)], [], [])]),
    ('fn f() {\n    if a && {\n        x\n    }\n}\n}', [('error', 'unexpected closing delimiter: `}`', None, [(7, 8, 'this opening brace...', False), (39, 40, '...matches this closing brace', False), (41, 42, 'unexpected closing delimiter', True)], [], [])]),
    ('mod a {\n    fn f() {\n        x\n    }\n}\n}\n', [('error', 'unexpected closing delimiter: `}`', None, [(6, 7, 'this opening brace...', False), (37, 38, '...matches this closing brace', False), (39, 40, 'unexpected closing delimiter', True)], [], [])]),
    ('fn max_of(a: i32, b: i32) -> i32 {\n    if a > b {\n        a\n    } else {\n        b\n    }\n    }\n}\n', [('error', 'unexpected closing delimiter: `}`', None, [(33, 33, 'this delimiter might not be properly closed...', False), (93, 93, '...as it matches this but it has different indentation', False), (95, 96, 'unexpected closing delimiter', True)], [], [])]),
    ('impl C {\n    fn bump(&mut self) {\n        self.n += 1;\n\n    fn get(&self) -> u32 {\n        self.n\n    }\n}\n\nfn main() {}\n', [('error', 'this file contains an unclosed delimiter', None, [(7, 8, 'unclosed delimiter', False), (32, 32, 'this delimiter might not be properly closed...', False), (104, 104, '...as it matches this but it has different indentation', False), (120, 120, '', True)], [], [])]),
]
# fmt: on


def norm(d: Diagnostic, off: int) -> Norm:
    level = {Level.ERROR: "error", Level.WARNING: "warning"}[d.level]
    spans = sorted((lb.span.lo - off, lb.span.hi - off, lb.message, lb.primary) for lb in d.labels)
    children = [
        (c.level.value, c.message, [(lb.span.lo - off, lb.span.hi - off) for lb in c.labels])
        for c in d.children
    ]
    suggs = [
        (s.message, [(p.span.lo - off, p.span.hi - off, p.snippet) for p in s.parts])
        for s in d.suggestions
    ]
    return (level, d.message, d.code, spans, children, suggs)


def trees_of(src: str) -> tuple[tuple[TokenTree, ...], list[Token], DiagCtxt]:
    sm = SourceMap()
    sf = sm.add_file("t.rs", src)
    dcx = DiagCtxt()
    tokens = tokenize(sf, dcx)
    return build_token_trees(tokens, dcx, sf), tokens, dcx


def shape(trees: tuple[TokenTree, ...] | list[TokenTree]) -> str:
    """A compact picture of trees: delimiters and token texts (synthesised closers as `^)`)."""
    out: list[str] = []
    for flat in flatten(trees):
        text = flat.text if not flat.span.is_empty or flat.kind is K.EOF else "^" + flat.text
        out.append(text)
    return " ".join(out)


def assert_balanced(trees: tuple[TokenTree, ...] | list[TokenTree]) -> None:
    stack: list[tuple[TokenTree, ...] | list[TokenTree]] = [trees]
    while stack:
        for tt in stack.pop():
            if isinstance(tt, Delimited):
                assert tt.close.kind is MATCHING_CLOSE[tt.open.kind]
                stack.append(tt.trees)
            else:
                assert tt.kind not in MATCHING_CLOSE and tt.kind not in MATCHING_CLOSE.values()
                assert tt.kind is not K.EOF


def test_balanced_input_groups_without_diagnostics() -> None:
    trees, tokens, dcx = trees_of("fn f(a: [u8; 2]) { g(a) }")
    assert dcx.diagnostics == []
    assert [type(t).__name__ for t in trees] == ["Token", "Token", "Delimited", "Delimited"]
    fn_params = trees[2]
    assert isinstance(fn_params, Delimited) and fn_params.delim is K.OPEN_PAREN
    assert flatten(trees) == tokens[:-1]  # the EOF token is not part of the trees
    assert_balanced(trees)


def test_delimited_span_covers_open_to_close() -> None:
    trees, _, _ = trees_of("x (a b)")
    d = trees[1]
    assert isinstance(d, Delimited)
    assert (d.span.lo, d.span.hi) == (d.open.span.lo, d.close.span.hi)
    assert [t.text for t in d.trees if isinstance(t, Token)] == ["a", "b"]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("( ]", "( ^)"),
        ("{ ( ] ) }", "{ ( ^) ^}"),
        ("fn f() { a(b(c }", "fn f ( ) { a ( b ( c ^) ^) }"),
        ("((", "( ( ^) ^)"),
        ("a ) b", "a b"),
        ("} {", "{ ^}"),
        ("[ ( } ]", "[ ( ^) ]"),
    ],
)
def test_output_is_always_balanced(src: str, expected: str) -> None:
    trees, _, _ = trees_of(src)
    assert_balanced(trees)
    assert shape(trees) == expected


def test_deep_nesting_is_iterative() -> None:
    depth = 20_000
    trees, _, dcx = trees_of("(" * depth + "x" + ")" * depth)
    assert dcx.diagnostics == []
    node = trees[0]
    n = 0
    while isinstance(node, Delimited):
        n += 1
        node = node.trees[0]
    assert n == depth and isinstance(node, Token) and node.text == "x"
    assert len(flatten(trees)) == 2 * depth + 1
    trees, _, dcx = trees_of("(" * depth)
    assert [d.message for d in dcx.diagnostics] == ["this file contains an unclosed delimiter"]
    assert_balanced(trees)
    assert len(flatten(trees)) == 2 * depth


def test_checked_build_reports_where_rustc_stops() -> None:
    sm = SourceMap()
    sf = sm.add_file("t.rs", "a } b")
    build = build_token_trees_checked(tokenize(sf, DiagCtxt()), sf)
    assert not build.ok and build.stop_pos == sf.start_pos + 2
    assert build.eof.kind is K.EOF


def test_lex_token_trees_drops_lexer_errors_after_an_unexpected_closer() -> None:
    sm = SourceMap()
    sf = sm.add_file("t.rs", 'fn f() { "\\q" } } "\\w"')
    dcx = DiagCtxt()
    out = lex_token_trees(sf, dcx)
    assert out.fatal
    assert [d.message for d in dcx.diagnostics] == [
        "unknown character escape: `q`",
        "unexpected closing delimiter: `}`",
    ]


def test_lex_token_trees_fatal_lexer_error_wins() -> None:
    sm = SourceMap()
    sf = sm.add_file("t.rs", "fn f() { let c = ';\n}")
    dcx = DiagCtxt()
    out = lex_token_trees(sf, dcx)
    assert out.fatal and [d.code for d in dcx.diagnostics] == ["E0762"]
    assert_balanced(out.trees)


def test_lex_token_trees_ok_file_passes_deferred_diagnostics() -> None:
    sm = SourceMap()
    sf = sm.add_file("t.rs", "fn 🦀() {}")
    dcx = DiagCtxt()
    out = lex_token_trees(sf, dcx)
    assert not out.fatal and dcx.diagnostics == []
    assert [d.message for d in out.deferred] == ["Ferris cannot be used as an identifier"]
    assert out.eof.kind is K.EOF


def _case_id(case: tuple[str, object]) -> str:
    return repr(case[0])[:40]


@pytest.mark.parametrize("case", DELIM_CASES, ids=_case_id)
def test_delimiter_diagnostics_match_rustc(case: tuple[str, list[Norm]]) -> None:
    src, expected = case
    sm = SourceMap()
    sf = sm.add_file("t.rs", src)
    dcx = DiagCtxt()
    out = lex_token_trees(sf, dcx)
    assert [norm(d, sf.start_pos) for d in dcx.diagnostics] == expected
    assert out.fatal == bool(expected)
    assert_balanced(out.trees)
