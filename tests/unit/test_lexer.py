# ruff: noqa: RUF001  (look-alike Unicode characters are what these tests are about)
"""Unit tests for the lexer (`ferric.lexer`): tokens, literals, values and diagnostics.

Expected diagnostics (`LEX_CASES`, `LIT_CASES` at the end of the file) were blessed from
rustc 1.95: each snippet was compiled inside `macro_rules! m{($($t:tt)*)=>{}} m!{ ... }`
(so that only lexical errors appear) with `--error-format=json`, and the JSON reduced to
(level, message, code, labelled spans, children, suggestions) with positions in characters
relative to the snippet. Never regenerate them from ferric's output.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ferric.base.source_map import SourceMap
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic, Level
from ferric.lexer import literal, unescape
from ferric.lexer.lexer import LexOutput, lex, lex_collect, tokenize
from ferric.lexer.token import Lit, LitKind, Token, TokenKind

K = TokenKind
PRE = "macro_rules! m{($($t:tt)*)=>{}}\nm!{\n"
POST = "\n}\n"


def toks(src: str, edition: int = 2021) -> list[Token]:
    sm = SourceMap()
    sf = sm.add_file("t.rs", src)
    out = tokenize(sf, DiagCtxt(), edition)
    assert out[-1].kind is K.EOF
    return out[:-1]


def kinds(src: str) -> list[tuple[str, str]]:
    return [(t.kind.name, t.text) for t in toks(src)]


def lit_of(src: str) -> Lit:
    (t,) = toks(src)
    assert t.kind is K.LITERAL and t.lit is not None
    return t.lit


def collect(src: str, edition: int = 2021, fast: bool = True) -> tuple[LexOutput, int]:
    sm = SourceMap()
    sf = sm.add_file("t.rs", src)
    return lex_collect(sf, edition, fast=fast), sf.start_pos


Norm = tuple[object, ...]

# Expected diagnostics, blessed from rustc 1.95 (see the module docstring).
# fmt: off
LEX_CASES = [
    ('"abc\\q"', [('error', 'unknown character escape: `q`', None, [(5, 6, 'unknown character escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [('if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', [(0, 7, 'r"abc\\q"')])])]),
    ("'\\q'", [('error', 'unknown character escape: `q`', None, [(2, 3, 'unknown character escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [('if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', [(0, 4, 'r"\\q"')])])]),
    ("b'\\q'", [('error', 'unknown byte escape: `q`', None, [(3, 4, 'unknown byte escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [])]),
    ('b"\\q"', [('error', 'unknown byte escape: `q`', None, [(3, 4, 'unknown byte escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [])]),
    ('c"\\q"', [('error', 'unknown character escape: `q`', None, [(3, 4, 'unknown character escape', True)], [('help', 'for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>', [])], [])]),
    ('"\\{"', [('error', 'unknown character escape: `{`', None, [(2, 3, 'unknown character escape', True)], [('help', 'if used in a formatting string, curly braces are escaped with `{{` and `}}`', [])], [])]),
    ('"\\}"', [('error', 'unknown character escape: `}`', None, [(2, 3, 'unknown character escape', True)], [('help', 'if used in a formatting string, curly braces are escaped with `{{` and `}}`', [])], [])]),
    ("'\\x80'", [('error', 'out of range hex escape', None, [(1, 5, 'must be a character in the range [\\x00-\\x7f]', True)], [('help', "if you want to write a byte literal, use `b'\\x80'`", []), ('help', "if you want to write a Unicode character, use `'\\u{80}'`", [])], [])]),
    ('"ab\\x80cd"', [('error', 'out of range hex escape', None, [(3, 7, 'must be a character in the range [\\x00-\\x7f]', True)], [], [])]),
    ("b'\\xFF'", []),
    ("'\\x8'", [('error', 'numeric character escape is too short', None, [(1, 4, '', True)], [], [])]),
    ("'\\xg1'", [('error', 'invalid character in numeric character escape: `g`', None, [(3, 4, 'invalid character in numeric character escape', True)], [], [])]),
    ("'\\x'", [('error', 'numeric character escape is too short', None, [(1, 3, '', True)], [], [])]),
    ("'\\u{D800}'", [('error', 'invalid unicode character escape', None, [(1, 9, 'invalid escape', True)], [('help', 'unicode escape must not be a surrogate', [])], [])]),
    ("'\\u{110000}'", [('error', 'invalid unicode character escape', None, [(1, 11, 'invalid escape', True)], [('help', 'unicode escape must be at most 10FFFF', [])], [])]),
    ("'\\u{1234567}'", [('error', 'overlong unicode escape', None, [(1, 12, 'must have at most 6 hex digits', True)], [], [])]),
    ("'\\u{_1}'", [('error', 'invalid start of unicode escape: `_`', None, [(4, 5, 'invalid start of unicode escape', True)], [], [])]),
    ("'\\u{}'", [('error', 'empty unicode escape', None, [(1, 5, 'this escape must have at least 1 hex digit', True)], [], [])]),
    ("'\\u{12'", [('error', 'unterminated unicode escape', None, [(1, 6, 'missing a closing `}`', True)], [], [('terminate the unicode escape', [(6, 6, '}')])])]),
    ("'\\u12'", [('error', 'incorrect unicode escape sequence', None, [(1, 4, '', True)], [], [('format of unicode escape sequences uses braces', [(1, 5, '\\u{12}')])])]),
    ("'\\uZ'", [('error', 'incorrect unicode escape sequence', None, [(1, 4, 'incorrect unicode escape sequence', True)], [('help', 'format of unicode escape sequences is `\\u{...}`', [])], [])]),
    ("'\\u{12g}'", [('error', 'invalid character in unicode escape: `g`', None, [(6, 7, 'invalid character in unicode escape', True)], [], [])]),
    ("b'\\u{41}'", [('error', 'unicode escape in byte string', None, [(2, 8, 'unicode escape in byte string', True)], [('help', 'unicode escape sequences cannot be used as a byte or in a byte string', [])], [])]),
    ('b"\\u{41}"', [('error', 'unicode escape in byte string', None, [(2, 8, 'unicode escape in byte string', True)], [('help', 'unicode escape sequences cannot be used as a byte or in a byte string', [])], [])]),
    ("'\\u{1_0_F_F_F_F}'", []),
    ("''", [('error', 'empty character literal', None, [(1, 1, 'empty character literal', True)], [], [])]),
    ("'ab'", [('error', 'character literal may only contain one codepoint', None, [(0, 4, '', True)], [], [('if you meant to write a string literal, use double quotes', [(0, 1, '"'), (3, 4, '"')])])]),
    ("'á'", [('error', 'character literal may only contain one codepoint', None, [(0, 4, '', True)], [('note', 'this `a` is followed by the combining mark `\\u{301}`', [(1, 3)])], [('consider using the normalized form `\\u{e1}` of this character', [(1, 3, 'á')])])]),
    ("'\u200ba'", [('error', 'character literal may only contain one codepoint', None, [(0, 4, '', True)], [('note', 'there are non-printing characters, the full sequence is `\\u{200b}a`', [(1, 3)])], [('consider removing the non-printing characters', [(1, 3, 'a')])])]),
    ("b'ab'", [('error', 'character literal may only contain one codepoint', None, [(0, 5, '', True)], [], [('if you meant to write a byte string literal, use double quotes', [(0, 2, 'b"'), (4, 5, '"')])])]),
    ("b''", [('error', 'empty character literal', None, [(2, 2, 'empty character literal', True)], [], [])]),
    ('\'a"\'', [('error', 'unterminated double quote string', 'E0765', [(2, 7, '', True)], [], [])]),
    ("'\t'", [('error', 'character constant must be escaped: `\\t`', None, [(1, 2, '', True)], [], [('escape the character', [(1, 2, '\\t')])])]),
    ("'\n'", [('error', 'character constant must be escaped: `\\n`', None, [(1, 2, '', True)], [], [('escape the character', [(1, 2, '\\n')])])]),
    ("'''", [('error', "character constant must be escaped: `'`", None, [(1, 2, '', True)], [], [('escape the character', [(1, 2, "\\'")])])]),
    ("b'''", [('error', "byte constant must be escaped: `'`", None, [(2, 3, '', True)], [], [('escape the character', [(2, 3, "\\'")])])]),
    ("'\r'", [('error', 'character constant must be escaped: `\\r`', None, [(1, 2, '', True)], [], [('escape the character', [(1, 2, '\\r')])])]),
    ('"a\rb"', [('error', 'bare CR not allowed in string, use `\\r` instead', None, [(2, 3, '', True)], [], [('escape the character', [(2, 3, '\\r')])])]),
    ('r"a\rb"', [('error', 'bare CR not allowed in raw string', None, [(3, 4, '', True)], [], [])]),
    ('br"a\rb"', [('error', 'bare CR not allowed in raw string', None, [(4, 5, '', True)], [], [])]),
    ('b"a\rb"', [('error', 'bare CR not allowed in string, use `\\r` instead', None, [(3, 4, '', True)], [], [('escape the character', [(3, 4, '\\r')])])]),
    ("b'é'", [('error', 'non-ASCII character in byte literal', None, [(2, 3, 'must be ASCII', True)], [], [("if you meant to use the unicode code point for 'é', use a \\xHH escape", [(2, 3, '\\xE9')])])]),
    ("b'€'", [('error', 'non-ASCII character in byte literal', None, [(2, 3, 'must be ASCII', True), (2, 3, 'this multibyte character does not fit into a single byte', True)], [], [])]),
    ('b"é€"', [('error', 'non-ASCII character in byte string literal', None, [(2, 3, 'must be ASCII', True)], [], [("if you meant to use the unicode code point for 'é', use a \\xHH escape", [(2, 3, '\\xE9')])]), ('error', 'non-ASCII character in byte string literal', None, [(3, 4, 'must be ASCII', True)], [], [("if you meant to use the UTF-8 encoding of '€', use \\xHH escapes", [(3, 4, '\\xE2\\x82\\xAC')])])]),
    ('br"é"', [('error', 'non-ASCII character in raw byte string literal', None, [(3, 4, 'must be ASCII', True)], [], [])]),
    ('b"̀"', [('error', 'non-ASCII character in byte string literal', None, [(2, 3, "must be ASCII but is '\\u{300}'", True)], [], [("if you meant to use the UTF-8 encoding of '\\u{300}', use \\xHH escapes", [(2, 3, '\\xCC\\x80')])])]),
    ('c"a\\0b"', [('error', 'null characters in C string literals are not supported', None, [(3, 5, '', True)], [], [])]),
    ('c"\\x00"', [('error', 'null characters in C string literals are not supported', None, [(2, 6, '', True)], [], [])]),
    ('c"\\u{0}"', [('error', 'null characters in C string literals are not supported', None, [(2, 7, '', True)], [], [])]),
    ('cr"a\x00b"', [('error', 'null characters in C string literals are not supported', None, [(4, 5, '', True)], [], [])]),
    ('c"\\xFF\\u{20ac}"', []),
    ('"\\\n   x"', []),
    ('"\\\n\n  x"', [('warning', 'multiple lines skipped by escaped newline', None, [(1, 6, 'skipping everything up to and including this point', True)], [], [])]),
    ('"\\\n\u3000x"', [('warning', "whitespace symbol '\\u{3000}' is not skipped", None, [(1, 4, '', True), (3, 4, "whitespace symbol '\\u{3000}' is not skipped", False)], [], [])]),
    ('//! doc\rx\n', [('error', 'bare CR not allowed in doc-comment', None, [(7, 8, '', True)], [], [])]),
    ('/** doc\r */', [('error', 'bare CR not allowed in block doc-comment', None, [(7, 8, '', True)], [], [])]),
    ('"a\\"', [('error', 'unterminated double quote string', 'E0765', [(0, 7, '', True)], [], [])]),
    ("'\\", [('error', 'unterminated character literal', 'E0762', [(0, 4, '', True)], [], [])]),
    ('"ab"_', [('error', 'underscore literal suffix is not allowed', None, [(4, 5, '', True)], [], [])]),
    ("'a'_", [('error', 'underscore literal suffix is not allowed', None, [(3, 4, '', True)], [], [])]),
    ('0b102', [('error', 'invalid digit for a base 2 literal', None, [(4, 5, '', True)], [], [])]),
    ('0o78', [('error', 'invalid digit for a base 8 literal', None, [(3, 4, '', True)], [], [])]),
    ('0b', [('error', 'no valid digits found for number', 'E0768', [(0, 2, '', True)], [], [])]),
    ('0x', [('error', 'no valid digits found for number', 'E0768', [(0, 2, '', True)], [], [])]),
    ('0xg', [('error', 'no valid digits found for number', 'E0768', [(0, 2, '', True)], [], [])]),
    ('0b_', [('error', 'no valid digits found for number', 'E0768', [(0, 3, '', True)], [], [])]),
    ('0b1e3', [('error', 'binary float literal is not supported', None, [(0, 5, '', True)], [], [])]),
    ('0o7.5', [('error', 'octal float literal is not supported', None, [(0, 5, '', True)], [], [])]),
    ('0x1.', [('error', 'hexadecimal float literal is not supported', None, [(0, 4, '', True)], [], [])]),
    ('0x1.5', [('error', 'hexadecimal float literal is not supported', None, [(0, 5, '', True)], [], [])]),
    ('1e', [('error', 'expected at least one digit in exponent', None, [(0, 2, '', True)], [], [])]),
    ('1e+', [('error', 'expected at least one digit in exponent', None, [(0, 3, '', True)], [], [])]),
    ('1.0e-', [('error', 'expected at least one digit in exponent', None, [(0, 5, '', True)], [], [])]),
    ('1E_', [('error', 'expected at least one digit in exponent', None, [(0, 3, '', True)], [], [])]),
    ('0b1_2_3', [('error', 'invalid digit for a base 2 literal', None, [(4, 5, '', True)], [], []), ('error', 'invalid digit for a base 2 literal', None, [(6, 7, '', True)], [], [])]),
    ('1e_3', []),
    ('1.5e3f32', []),
    ('1abc', []),
    ('1.0foo', []),
    ('foo#', [('error', 'prefix `foo` is unknown', None, [(0, 3, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('consider inserting whitespace here', [(3, 3, ' ')])])]),
    ('foo"x"', [('error', 'prefix `foo` is unknown', None, [(0, 3, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('consider inserting whitespace here', [(3, 3, ' ')])])]),
    ("foo'x'", [('error', 'prefix `foo` is unknown', None, [(0, 3, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('consider inserting whitespace here', [(3, 3, ' ')])])]),
    ('rb"x"', [('error', 'prefix `rb` is unknown', None, [(0, 2, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('use `br` for a raw byte string', [(0, 2, 'br')])])]),
    ("f'a'", [('error', 'prefix `f` is unknown', None, [(0, 1, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('consider inserting whitespace here', [(1, 1, ' ')])])]),
    ('z##', [('error', 'prefix `z` is unknown', None, [(0, 1, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('consider inserting whitespace here', [(1, 1, ' ')])])]),
    ("'hello world'", [('error', 'prefix `world` is unknown', None, [(7, 12, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('if you meant to write a string literal, use double quotes', [(0, 1, '"'), (12, 13, '"')])]), ('error', 'unterminated character literal', 'E0762', [(12, 13, '', True)], [], [('if you meant to write a string literal, use double quotes', [(0, 1, '"'), (12, 13, '"')])])]),
    ("'a#", [('error', "prefix `'a` is unknown", None, [(0, 2, 'unknown prefix', True)], [('note', 'prefixed identifiers and literals are reserved since Rust 2021', [])], [('consider inserting whitespace here', [(2, 2, ' ')])])]),
    ('r#self', [('error', '`self` cannot be a raw identifier', None, [(0, 6, '', True)], [], [])]),
    ('r#crate', [('error', '`crate` cannot be a raw identifier', None, [(0, 7, '', True)], [], [])]),
    ('r#super', [('error', '`super` cannot be a raw identifier', None, [(0, 7, '', True)], [], [])]),
    ('r#Self', [('error', '`Self` cannot be a raw identifier', None, [(0, 6, '', True)], [], [])]),
    ('r#_', [('error', '`_` cannot be a raw identifier', None, [(0, 3, '', True)], [], [])]),
    ('r#fn', []),
    ("'r#self", [('error', '`self` cannot be a raw lifetime', None, [(0, 7, '', True)], [], [])]),
    ("'r#_", [('error', '`_` cannot be a raw lifetime', None, [(0, 4, '', True)], [], [])]),
    ("'r#a'", [('error', 'character literal may only contain one codepoint', None, [(0, 5, '', True)], [], [('if you meant to write a string literal, use double quotes', [(0, 1, '"'), (4, 5, '"')])]), ('error', 'unterminated character literal', 'E0762', [(4, 5, '', True)], [], [('if you meant to write a string literal, use double quotes', [(0, 1, '"'), (4, 5, '"')])])]),
    ('r##~"abc"##', [('error', 'found invalid character; only `#` is allowed in raw string delimitation: ~', None, [(0, 4, '', True)], [], [])]),
    ('r#"abc"', [('error', 'unterminated raw string', 'E0748', [(0, 0, 'unterminated raw string', True)], [('note', 'this raw string should be terminated with `"#`', [])], [])]),
    ('r##"abc"#', [('error', 'unterminated raw string', 'E0748', [(0, 0, 'unterminated raw string', True)], [('note', 'this raw string should be terminated with `"##`', [])], [('consider terminating the string here', [(8, 9, '##')])])]),
    ('cr#"x', [('error', 'unterminated raw string', 'E0748', [(0, 0, 'unterminated raw string', True)], [('note', 'this raw string should be terminated with `"#`', [])], [])]),
    ('r####"abc"#"##"##', [('error', 'unterminated raw string', 'E0748', [(0, 0, 'unterminated raw string', True)], [('note', 'this raw string should be terminated with `"####`', [])], [('consider terminating the string here', [(12, 14, '####')])])]),
    ('r#1', [('error', 'found invalid character; only `#` is allowed in raw string delimitation: 1', None, [(0, 3, '', True)], [], [])]),
    ('r################################################################################################################################################################################################################################################################"x"################################################################################################################################################################################################################################################################', [('error', 'too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found 256', None, [(0, 516, '', True)], [], [])]),
    ('€', [('error', 'unknown start of token: \\u{20ac}', None, [(0, 1, '', True)], [], [])]),
    ('€€€', [('error', 'unknown start of token: \\u{20ac}', None, [(0, 3, '', True)], [('note', 'character appears 2 more times', [])], [])]),
    ('\xa0', [('error', 'unknown start of token: \\u{a0}', None, [(0, 1, '', True)], [], [("Unicode character '\xa0' (No-Break Space) looks like ' ' (Space), but it is not", [(0, 1, ' ')])])]),
    ('a\xa0b\xa0c', [('error', 'unknown start of token: \\u{a0}', None, [(1, 2, '', True)], [], [("Unicode character '\xa0' (No-Break Space) looks like ' ' (Space), but it is not", [(1, 2, ' ')])])]),
    ('\u200b', [('error', 'unknown start of token: \\u{200b}', None, [(0, 1, '', True)], [('help', "invisible characters like '\\u{200b}' are not usually visible in text editors", [])], [])]),
    ('\u200b\u200b', [('error', 'unknown start of token: \\u{200b}', None, [(0, 2, '', True)], [('note', 'character appears once more', []), ('help', "invisible characters like '\\u{200b}' are not usually visible in text editors", [])], [])]),
    ('\\', [('error', 'unknown start of token: \\', None, [(0, 1, '', True)], [], [])]),
    ('`', [('error', 'unknown start of token: `', None, [(0, 1, '', True)], [], [("Unicode character '`' (Grave Accent) looks like ''' (Single Quote), but it is not", [(0, 1, "'")])])]),
    ('\x00', [('error', 'unknown start of token: \\u{0}', None, [(0, 1, '', True)], [('help', 'source files must contain UTF-8 encoded text, unexpected null bytes might occur when a different encoding is used', [])], [])]),
    ('\x7f', [('error', 'unknown start of token: \\u{7f}', None, [(0, 1, '', True)], [], [])]),
    ('“hello”', [('error', 'unknown start of token: \\u{201c}', None, [(0, 1, '', True)], [], [('Unicode characters \'“\' (Left Double Quotation Mark) and \'”\' (Right Double Quotation Mark) look like \'"\' (Quotation Mark), but are not', [(0, 7, '"hello"')])]), ('error', 'unknown start of token: \\u{201d}', None, [(6, 7, '', True)], [], [('Unicode character \'”\' (Right Double Quotation Mark) looks like \'"\' (Quotation Mark), but it is not', [(6, 7, '"')])])]),
    ('‘a’', [('error', 'unknown start of token: \\u{2018}', None, [(0, 1, '', True)], [], [("Unicode character '‘' (Left Single Quotation Mark) looks like ''' (Single Quote), but it is not", [(0, 1, "'")])]), ('error', 'unknown start of token: \\u{2019}', None, [(2, 3, '', True)], [], [("Unicode character '’' (Right Single Quotation Mark) looks like ''' (Single Quote), but it is not", [(2, 3, "'")])])]),
    ('（1）', [('error', 'unknown start of token: \\u{ff08}', None, [(0, 1, '', True)], [], [("Unicode character '（' (Fullwidth Left Parenthesis) looks like '(' (Left Parenthesis), but it is not", [(0, 1, '(')])]), ('error', 'unknown start of token: \\u{ff09}', None, [(2, 3, '', True)], [], [("Unicode character '）' (Fullwidth Right Parenthesis) looks like ')' (Right Parenthesis), but it is not", [(2, 3, ')')])])]),
    ('，', [('error', 'unknown start of token: \\u{ff0c}', None, [(0, 1, '', True)], [], [("Unicode character '，' (Fullwidth Comma) looks like ',' (Comma), but it is not", [(0, 1, ',')])])]),
    ('－', [('error', 'unknown start of token: \\u{ff0d}', None, [(0, 1, '', True)], [], [("Unicode character '－' (Fullwidth Hyphen-Minus) looks like '-' (Minus/Hyphen), but it is not", [(0, 1, '-')])])]),
    ('⩵', [('error', 'unknown start of token: \\u{2a75}', None, [(0, 1, '', True)], [], [("Unicode character '⩵' (Two Consecutive Equals Signs) looks like '==' (Double Equals Sign), but it is not", [(0, 1, '==')])])]),
    ('；；；', [('error', 'unknown start of token: \\u{ff1b}', None, [(0, 3, '', True)], [('note', 'character appears 2 more times', [])], [("Unicode character '；' (Fullwidth Semicolon) looks like ';' (Semicolon), but it is not", [(0, 3, ';;;')])]), ('error', 'unknown start of token: \\u{ff1b}', None, [(1, 3, '', True)], [('note', 'character appears once more', [])], [("Unicode character '；' (Fullwidth Semicolon) looks like ';' (Semicolon), but it is not", [(1, 3, ';;')])]), ('error', 'unknown start of token: \\u{ff1b}', None, [(2, 3, '', True)], [], [("Unicode character '；' (Fullwidth Semicolon) looks like ';' (Semicolon), but it is not", [(2, 3, ';')])])]),
    ('\u3000', [('error', 'unknown start of token: \\u{3000}', None, [(0, 1, '', True)], [], [("Unicode character '\u3000' (Ideographic Space) looks like ' ' (Space), but it is not", [(0, 1, ' ')])])]),
    ('🦀', [('error', 'Ferris cannot be used as an identifier', None, [(0, 1, '', True)], [], [('try using their name instead', [(0, 1, 'ferris')])])]),
    ('a🦀b', [('error', 'identifiers cannot contain emoji: `a🦀b`', None, [(0, 3, '', True)], [], [])]),
    ('🦀 🦀', [('error', 'Ferris cannot be used as an identifier', None, [(0, 1, '', True), (2, 3, '', True)], [], [('try using their name instead', [(0, 1, 'ferris')])])]),
    ('/* /* */', [('error', 'unterminated block comment', 'E0758', [(0, 2, 'unterminated block comment', False), (0, 11, '', True), (3, 5, '...as last nested comment starts here, maybe you want to close this instead?', False), (6, 8, '...and last nested comment terminates here.', False)], [], [])]),
    ('/*! unterminated', [('error', 'unterminated block doc-comment', 'E0758', [(0, 19, '', True)], [], [])]),
    ('"abc', [('error', 'unterminated double quote string', 'E0765', [(0, 7, '', True)], [], [])]),
    ('b"abc', [('error', 'unterminated double quote byte string', 'E0766', [(1, 8, '', True)], [], [])]),
    ('c"abc', [('error', 'unterminated C string', 'E0767', [(1, 8, '', True)], [], [])]),
    ("b'a", [('error', 'unterminated byte constant', 'E0763', [(1, 3, '', True)], [], [])]),
    ("b'", [('error', 'unterminated byte constant', 'E0763', [(1, 2, '', True)], [], [])]),
    ("'", [('error', 'unterminated character literal', 'E0762', [(0, 1, '', True)], [], [])]),
    ("'a';'", [('error', 'unterminated character literal', 'E0762', [(4, 5, '', True)], [], [])]),
]
LIT_CASES = [
    ('1abc', [('error', 'invalid suffix `abc` for number literal', None, [(0, 4, 'invalid suffix `abc`', True)], [('help', 'the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)', [])], [])]),
    ('1.0foo', [('error', 'invalid suffix `foo` for float literal', None, [(0, 6, 'invalid suffix `foo`', True)], [('help', 'valid suffixes are `f32` and `f64`', [])], [])]),
    ('1f33', [('error', 'invalid width `33` for float literal', None, [(0, 4, '', True)], [('help', 'valid widths are 32 and 64', [])], [])]),
    ('1u7', [('error', 'invalid width `7` for integer literal', None, [(0, 3, '', True)], [('help', 'valid widths are 8, 16, 32, 64 and 128', [])], [])]),
    ('1e3u8', [('error', 'invalid suffix `u8` for float literal', None, [(0, 5, 'invalid suffix `u8`', True)], [('help', 'valid suffixes are `f32` and `f64`', [])], [])]),
    ('1.5i32', [('error', 'invalid suffix `i32` for float literal', None, [(0, 6, 'invalid suffix `i32`', True)], [('help', 'valid suffixes are `f32` and `f64`', [])], [])]),
    ('0x1f32', []),
    ('0b1f32', [('error', 'binary float literal is not supported', None, [(0, 6, 'not supported', True)], [], [])]),
    ('"x"suf', [('error', 'suffixes on string literals are invalid', None, [(0, 6, 'invalid suffix `suf`', True)], [], [])]),
    ("'a'x", [('error', 'suffixes on char literals are invalid', None, [(0, 4, 'invalid suffix `x`', True)], [], [])]),
    ("b'a'x", [('error', 'suffixes on byte literals are invalid', None, [(0, 5, 'invalid suffix `x`', True)], [], [])]),
    ('b"x"y', [('error', 'suffixes on byte string literals are invalid', None, [(0, 5, 'invalid suffix `y`', True)], [], [])]),
    ('c"x"z', [('error', 'suffixes on C string literals are invalid', None, [(0, 5, 'invalid suffix `z`', True)], [], [])]),
    ('r"x"s', [('error', 'suffixes on string literals are invalid', None, [(0, 5, 'invalid suffix `s`', True)], [], [])]),
    ('1_', []),
    ('0xffu8', []),
    ('1e3f32', []),
    ('1i128', []),
    ('1f32', []),
    ('999999999999999999999999999999999999999999', [('error', 'integer literal is too large', None, [(0, 42, '', True)], [('note', 'value exceeds limit of `340282366920938463463374607431768211455`', [])], [])]),
    ('0o7777777777777777777777777777777777777777777777', [('error', 'integer literal is too large', None, [(0, 48, '', True)], [('note', 'value exceeds limit of `0o3777777777777777777777777777777777777777777`', [])], [])]),
    ('0X1f', [('error', 'invalid base prefix for number literal', None, [(0, 4, '', True)], [('note', 'base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase', [])], [('try making the prefix lowercase', [(0, 4, '0x1f')])])]),
    ('0B101', [('error', 'invalid base prefix for number literal', None, [(0, 5, '', True)], [('note', 'base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase', [])], [('try making the prefix lowercase', [(0, 5, '0b101')])])]),
    ('0O17u8', [('error', 'invalid base prefix for number literal', None, [(0, 6, '', True)], [('note', 'base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase', [])], [('try making the prefix lowercase', [(0, 6, '0o17u8')])])]),
    ('0Xzz', [('error', 'invalid suffix `Xzz` for number literal', None, [(0, 4, 'invalid suffix `Xzz`', True)], [('help', 'the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)', [])], [])]),
    ('1i', [('error', 'invalid suffix `i` for number literal', None, [(0, 2, 'invalid suffix `i`', True)], [('help', 'the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)', [])], [])]),
    ('1u', [('error', 'invalid suffix `u` for number literal', None, [(0, 2, 'invalid suffix `u`', True)], [('help', 'the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)', [])], [])]),
    ('1f', [('error', 'invalid suffix `f` for float literal', None, [(0, 2, 'invalid suffix `f`', True)], [('help', 'valid suffixes are `f32` and `f64`', [])], [])]),
    ('1.0f', [('error', 'invalid suffix `f` for float literal', None, [(0, 4, 'invalid suffix `f`', True)], [('help', 'valid suffixes are `f32` and `f64`', [])], [])]),
    ('1e3_f32', []),
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


def lex_diags(snippet: str) -> list[Norm]:
    out, start = collect(PRE + snippet + POST)
    off = start + len(PRE)
    return [norm(d, off) for _, d in out.diagnostics] + [norm(d, off) for d in out.deferred]


# -- tokens -----------------------------------------------------------------------------------------


def test_simple_tokens_and_jointness() -> None:
    ts = toks("fn main() { x.0 }")
    assert [(t.kind.name, t.text, t.joint) for t in ts] == [
        ("IDENT", "fn", False),
        ("IDENT", "main", True),
        ("OPEN_PAREN", "(", True),
        ("CLOSE_PAREN", ")", False),
        ("OPEN_BRACE", "{", False),
        ("IDENT", "x", True),
        ("DOT", ".", True),
        ("LITERAL", "0", False),
        ("CLOSE_BRACE", "}", False),
    ]


def test_spans_are_global_and_eof_is_at_the_end() -> None:
    sm = SourceMap()
    sm.add_file("a.rs", "fn a() {}")
    sf = sm.add_file("b.rs", "let  x")
    out = tokenize(sf, DiagCtxt())
    assert [(t.span.lo - sf.start_pos, t.span.hi - sf.start_pos) for t in out] == [
        (0, 3),
        (5, 6),
        (6, 6),
    ]
    assert out[-1].kind is K.EOF and out[-1].text == "" and out[-1].span.is_empty
    assert not out[-2].joint  # never joint with EOF


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (">>=", [("SHR_EQ", ">>=")]),
        ("<<=", [("SHL_EQ", "<<=")]),
        ("..=", [("DOT_DOT_EQ", "..=")]),
        ("...", [("DOT_DOT_DOT", "...")]),
        ("....", [("DOT_DOT_DOT", "..."), ("DOT", ".")]),
        ("::", [("PATH_SEP", "::")]),
        (":::", [("PATH_SEP", "::"), ("COLON", ":")]),
        ("->", [("R_ARROW", "->")]),
        ("=>", [("FAT_ARROW", "=>")]),
        ("<-", [("L_ARROW", "<-")]),
        ("<-=", [("L_ARROW", "<-"), ("EQ", "=")]),
        ("&&=", [("AND_AND", "&&"), ("EQ", "=")]),
        ("||=", [("OR_OR", "||"), ("EQ", "=")]),
        (">>>=", [("SHR", ">>"), ("GE", ">=")]),
        ("-->", [("MINUS", "-"), ("R_ARROW", "->")]),
        ("===", [("EQ_EQ", "=="), ("EQ", "=")]),
        ("!==", [("NE", "!="), ("EQ", "=")]),
        ("<=>", [("LE", "<="), ("GT", ">")]),
        ("...=", [("DOT_DOT_DOT", "..."), ("EQ", "=")]),
        (
            "+= -= *= /= %= ^= &= |=",
            [
                ("PLUS_EQ", "+="),
                ("MINUS_EQ", "-="),
                ("STAR_EQ", "*="),
                ("SLASH_EQ", "/="),
                ("PERCENT_EQ", "%="),
                ("CARET_EQ", "^="),
                ("AND_EQ", "&="),
                ("OR_EQ", "|="),
            ],
        ),
        (
            "# $ ? @ ~ , ;",
            [
                ("POUND", "#"),
                ("DOLLAR", "$"),
                ("QUESTION", "?"),
                ("AT", "@"),
                ("TILDE", "~"),
                ("COMMA", ","),
                ("SEMI", ";"),
            ],
        ),
        ("> >", [("GT", ">"), ("GT", ">")]),
        ("*/", [("STAR", "*"), ("SLASH", "/")]),
    ],
)
def test_punctuation_is_glued_as_rustc_glues_it(src: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(src) == expected


def test_vec_of_vec_closes_with_one_shr_token_that_is_joint_before_semicolon() -> None:
    ts = toks("Vec<Vec<u8>>;")
    assert [t.text for t in ts] == ["Vec", "<", "Vec", "<", "u8", ">>", ";"]
    assert all(t.joint for t in ts[:-1])


def test_comments_are_dropped_and_break_jointness() -> None:
    ts = toks("a/* c */b // line\nc/*/* nested */*/d")
    assert [t.text for t in ts] == ["a", "b", "c", "d"]
    assert not any(t.joint for t in ts)


@pytest.mark.parametrize(
    ("src", "doc"),
    [
        ("/// outer", True),
        ("//! inner", True),
        ("///", True),
        ("//// not doc", False),
        ("// plain", False),
        ("/** outer */", True),
        ("/*! inner */", True),
        ("/**/", False),
        ("/***/", False),
        ("/*** not doc */", False),
        ("/* plain */", False),
    ],
)
def test_doc_comments(src: str, doc: bool) -> None:
    ts = toks(src)
    if doc:
        assert [(t.kind, t.text) for t in ts] == [(K.DOC_COMMENT, src)]
    else:
        assert ts == []


def test_crlf_line_ends() -> None:
    ts = toks('/// doc\r\nfn f() {\r\n    "a\r\nb"\r\n}\r\n')
    assert ts[0].kind is K.DOC_COMMENT and ts[0].text == "/// doc"
    s = next(t for t in ts if t.kind is K.LITERAL)
    assert s.lit is not None and literal.str_value(s.lit) == "a\nb"
    assert lex_diags("/// doc\r\n") == []


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("#!/usr/bin/env run\nfn", [("IDENT", "fn")]),
        (
            "#![allow(x)]",
            [
                ("POUND", "#"),
                ("NOT", "!"),
                ("OPEN_BRACKET", "["),
                ("IDENT", "allow"),
                ("OPEN_PAREN", "("),
                ("IDENT", "x"),
                ("CLOSE_PAREN", ")"),
                ("CLOSE_BRACKET", "]"),
            ],
        ),
        (
            "#! // c\n [a]",
            [
                ("POUND", "#"),
                ("NOT", "!"),
                ("OPEN_BRACKET", "["),
                ("IDENT", "a"),
                ("CLOSE_BRACKET", "]"),
            ],
        ),
        ("#! /// c\n [a]", [("OPEN_BRACKET", "["), ("IDENT", "a"), ("CLOSE_BRACKET", "]")]),
        ("\ufefffn f", [("IDENT", "fn"), ("IDENT", "f")]),
        ("\ufeff#!/bin\nx", [("IDENT", "x")]),
        (" #!/bin", [("POUND", "#"), ("NOT", "!"), ("SLASH", "/"), ("IDENT", "bin")]),
    ],
)
def test_shebang_and_bom(src: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(src) == expected


def test_identifiers() -> None:
    ts = toks("_ _x x1 é 東京 r#match r#fn r#a true")
    assert [(t.text, t.raw) for t in ts] == [
        ("_", False),
        ("_x", False),
        ("x1", False),
        ("é", False),
        ("東京", False),
        ("match", True),
        ("fn", True),
        ("a", True),
        ("true", False),
    ]
    assert not ts[5].is_ident("match") and ts[-1].is_ident("true")


def test_identifiers_are_nfc_normalised() -> None:
    (t,) = toks("e\u0301t\u00e9")
    assert t.text == "\u00e9t\u00e9"


def test_lifetimes_and_labels() -> None:
    ts = toks("'a 'static '_ 'r#a 'label: loop")
    assert [(t.kind.name, t.text, t.raw) for t in ts] == [
        ("LIFETIME", "'a", False),
        ("LIFETIME", "'static", False),
        ("LIFETIME", "'_", False),
        ("LIFETIME", "'a", True),
        ("LIFETIME", "'label", False),
        ("COLON", ":", False),
        ("IDENT", "loop", False),
    ]


def test_char_versus_lifetime() -> None:
    assert kinds("'a'") == [("LITERAL", "'a'")]
    assert kinds("'a") == [("LIFETIME", "'a")]
    assert kinds("'a' 'b") == [("LITERAL", "'a'"), ("LIFETIME", "'b")]
    assert kinds("f::<'a>('b')") == [
        ("IDENT", "f"),
        ("PATH_SEP", "::"),
        ("LT", "<"),
        ("LIFETIME", "'a"),
        ("GT", ">"),
        ("OPEN_PAREN", "("),
        ("LITERAL", "'b'"),
        ("CLOSE_PAREN", ")"),
    ]


# -- numbers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("1..2", [("LITERAL", "1"), ("DOT_DOT", ".."), ("LITERAL", "2")]),
        (
            "1.foo()",
            [
                ("LITERAL", "1"),
                ("DOT", "."),
                ("IDENT", "foo"),
                ("OPEN_PAREN", "("),
                ("CLOSE_PAREN", ")"),
            ],
        ),
        (
            "1.0.max(2.0)",
            [
                ("LITERAL", "1.0"),
                ("DOT", "."),
                ("IDENT", "max"),
                ("OPEN_PAREN", "("),
                ("LITERAL", "2.0"),
                ("CLOSE_PAREN", ")"),
            ],
        ),
        ("x.0.1", [("IDENT", "x"), ("DOT", "."), ("LITERAL", "0.1")]),
        ("1.", [("LITERAL", "1.")]),
        ("1._x", [("LITERAL", "1"), ("DOT", "."), ("IDENT", "_x")]),
        ("1.e3", [("LITERAL", "1"), ("DOT", "."), ("IDENT", "e3")]),
        ("1..=2", [("LITERAL", "1"), ("DOT_DOT_EQ", "..="), ("LITERAL", "2")]),
        ("0..", [("LITERAL", "0"), ("DOT_DOT", "..")]),
        ("1.0e10.x", [("LITERAL", "1.0e10"), ("DOT", "."), ("IDENT", "x")]),
    ],
)
def test_number_boundaries(src: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(src) == expected


@pytest.mark.parametrize(
    ("src", "kind", "symbol", "suffix"),
    [
        ("0", LitKind.INTEGER, "0", None),
        ("1_000_000", LitKind.INTEGER, "1_000_000", None),
        ("0xFF_u8", LitKind.INTEGER, "0xFF_", "u8"),
        ("0o777", LitKind.INTEGER, "0o777", None),
        ("0b1010_1010u8", LitKind.INTEGER, "0b1010_1010", "u8"),
        ("42usize", LitKind.INTEGER, "42", "usize"),
        ("1f32", LitKind.INTEGER, "1", "f32"),
        ("1.5", LitKind.FLOAT, "1.5", None),
        ("1.", LitKind.FLOAT, "1.", None),
        ("1e3", LitKind.FLOAT, "1e3", None),
        ("1E-3f32", LitKind.FLOAT, "1E-3", "f32"),
        ("2.5e+10_f64", LitKind.FLOAT, "2.5e+10_", "f64"),
        ("1_000.000_1", LitKind.FLOAT, "1_000.000_1", None),
        ("1abc", LitKind.INTEGER, "1", "abc"),
        ("0x1.", LitKind.ERR, "0x1.", None),
        ("0b102", LitKind.ERR, "0b102", None),
        ("0x", LitKind.ERR, "0x", None),
        ("1e", LitKind.ERR, "1e", None),
    ],
)
def test_number_literals(src: str, kind: LitKind, symbol: str, suffix: str | None) -> None:
    assert lit_of(src) == Lit(kind, symbol, suffix)


def test_int_and_float_values() -> None:
    assert literal.int_value(lit_of("1_000")) == 1000
    assert literal.int_value(lit_of("0xFF_u8")) == 255
    assert literal.int_value(lit_of("0o17")) == 15
    assert literal.int_value(lit_of("0b1010")) == 10
    assert literal.int_value(lit_of("340282366920938463463374607431768211456")) == 1 << 128
    assert literal.int_value(Lit(LitKind.ERR, "0b102")) == 0
    assert literal.float_text(lit_of("1_000.5e-3f64")) == "1000.5e-3"
    assert literal.float_value(lit_of("1.")) == 1.0
    assert literal.float_value(lit_of("2.5E2")) == 250.0
    assert literal.float_value(lit_of("1f32")) == 1.0
    assert literal.float_value(lit_of("1e400")) == float("inf")


def test_break_up_float() -> None:
    assert literal.break_up_float("0.1") == ("0", ".", "1")
    assert literal.break_up_float("1.") == ("1", ".")
    assert literal.break_up_float("1e2") == ("1e2",)
    assert literal.break_up_float("1e+2") is None
    assert literal.break_up_float("1.2e3") == ("1", ".", "2e3")


# -- strings, chars, bytes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ('"hi"', Lit(LitKind.STR, "hi")),
        ('"a\\nb\\"c"', Lit(LitKind.STR, 'a\\nb\\"c')),
        ('"multi\nline"', Lit(LitKind.STR, "multi\nline")),
        ('"x"suf', Lit(LitKind.STR, "x", "suf")),
        ('r"raw\\n"', Lit(LitKind.STR_RAW, "raw\\n")),
        ('r#"a "quoted" b"#', Lit(LitKind.STR_RAW, 'a "quoted" b', None, 1)),
        ('r##"a"#b"##', Lit(LitKind.STR_RAW, 'a"#b', None, 2)),
        ('b"bytes\\xff"', Lit(LitKind.BYTE_STR, "bytes\\xff")),
        ('br#"raw"#', Lit(LitKind.BYTE_STR_RAW, "raw", None, 1)),
        ('c"cstr"', Lit(LitKind.C_STR, "cstr")),
        ('cr"raw c"', Lit(LitKind.C_STR_RAW, "raw c")),
        ("'x'", Lit(LitKind.CHAR, "x")),
        ("'\\''", Lit(LitKind.CHAR, "\\'")),
        ("'\\u{1F980}'", Lit(LitKind.CHAR, "\\u{1F980}")),
        ("'🦀'", Lit(LitKind.CHAR, "🦀")),
        ("b'x'", Lit(LitKind.BYTE, "x")),
        ("b'\\xff'", Lit(LitKind.BYTE, "\\xff")),
        ('"\\q"', Lit(LitKind.ERR, '"\\q"')),
        ("'ab'", Lit(LitKind.ERR, "'ab'")),
    ],
)
def test_quoted_literals(src: str, expected: Lit) -> None:
    assert lit_of(src) == expected


def test_string_values() -> None:
    assert (
        literal.str_value(lit_of('"a\\n\\t\\r\\\\\\0\\\'\\"\\x41\\u{1F980}\\u{00_e9}"'))
        == "a\n\t\r\\\0'\"A🦀é"
    )
    assert literal.str_value(lit_of('"one \\\n     two"')) == "one two"
    assert literal.str_value(lit_of('r#"a\\n"#')) == "a\\n"
    assert literal.char_value(lit_of("'\\u{e9}'")) == "é"
    assert literal.char_value(lit_of("'\\x7F'")) == "\x7f"
    assert literal.byte_value(lit_of("b'\\xff'")) == 255
    assert literal.byte_value(lit_of("b'a'")) == 97
    assert literal.byte_str_value(lit_of('b"a\\xff\\0"')) == b"a\xff\x00"
    assert literal.byte_str_value(lit_of('br"\\x"')) == b"\\x"
    assert literal.c_str_value(lit_of('c"\\xff\\u{e9}"')) == b"\xff\xc3\xa9\x00"
    assert literal.c_str_value(lit_of('cr"a"')) == b"a\x00"


def test_value_functions_never_raise() -> None:
    for s in ["\\", "\\x", "\\u{", "\\u{110000}", "\\u{d800}", "é\\q", "", "\r", "ab"]:
        unescape.unescape_str(s)
        unescape.unescape_char(s)
        unescape.unescape_byte(s)
        unescape.unescape_byte_str(s)
        unescape.unescape_c_str(s)
        unescape.unescape_raw_str(s)
        unescape.unescape_raw_byte_str(s)
        unescape.unescape_raw_c_str(s)
    for kind in LitKind:
        lit = Lit(kind, "\\u{zz")
        literal.int_value(lit)
        literal.float_value(lit)
        literal.str_value(lit)
        literal.char_value(lit)
        literal.byte_value(lit)
        literal.byte_str_value(lit)
        literal.c_str_value(lit)


# -- prefixes and editions --------------------------------------------------------------------------


def test_reserved_prefixes_recover_as_identifiers() -> None:
    assert kinds('f"x"') == [("IDENT", "f"), ("LITERAL", '"x"')]
    assert kinds("foo#") == [("IDENT", "foo"), ("POUND", "#")]


def test_edition_2018_has_no_reserved_prefixes() -> None:
    sm = SourceMap()
    sf = sm.add_file("t.rs", 'f"x" c"y" \'r#a')
    dcx = DiagCtxt()
    out = tokenize(sf, dcx, 2018)
    assert [t.text for t in out[:-1]] == ["f", '"x"', "c", '"y"', "'r", "#", "a"]
    assert not dcx.diagnostics


def test_guarded_strings_are_only_reserved_in_2024() -> None:
    assert kinds('#"x"#') == [("POUND", "#"), ("LITERAL", '"x"'), ("POUND", "#")]
    sm = SourceMap()
    sf = sm.add_file("t.rs", '#"x"#')
    dcx = DiagCtxt()
    out = tokenize(sf, dcx, 2024)
    assert [d.message for d in dcx.diagnostics] == ["invalid string literal"]
    assert out[0].lit is not None and out[0].lit.kind is LitKind.ERR


def test_confusable_characters_become_their_ascii_token() -> None:
    sm = SourceMap()
    sf = sm.add_file("t.rs", "let a = 5；")
    dcx = DiagCtxt()
    out = tokenize(sf, dcx)
    assert [(t.kind, t.text) for t in out[-2:]] == [(K.SEMI, ";"), (K.EOF, "")]
    assert out[-2].span.hi - out[-2].span.lo == 1
    assert [d.message for d in dcx.diagnostics] == ["unknown start of token: \\u{ff1b}"]


def test_fatal_errors_stop_lexing() -> None:
    out, _ = collect('a \';\nb "\\q" c')
    assert out.fatal
    assert [t.text for t in out.tokens] == ["a", ""]
    assert [d.message for _, d in out.diagnostics] == ["unterminated character literal"]


def test_deferred_diagnostics() -> None:
    out, _ = collect("🦀 x🦀 '1a")
    assert [d.message for _, d in out.diagnostics] == []
    assert sorted(d.message for d in out.deferred) == [
        "Ferris cannot be used as an identifier",
        "identifiers cannot contain emoji: `x🦀`",
        "lifetimes cannot start with a number",
    ]
    dcx = DiagCtxt()
    sm = SourceMap()
    lex(sm.add_file("t.rs", "🦀"), dcx)
    assert dcx.diagnostics == []  # `lex` leaves deferred ones to the driver


# -- diagnostics blessed from rustc -------------------------------------------------------------------


def _case_id(case: tuple[str, object]) -> str:
    return repr(case[0])[:40]


def test_lex_cases_are_present() -> None:
    assert len(LEX_CASES) > 100


@pytest.mark.parametrize("case", LEX_CASES, ids=_case_id)
def test_lexer_diagnostics_match_rustc(case: tuple[str, list[Norm]]) -> None:
    snippet, expected = case
    assert lex_diags(snippet) == expected


@pytest.mark.parametrize("case", LIT_CASES, ids=_case_id)
def test_literal_checks_match_rustc(case: tuple[str, list[Norm]]) -> None:
    snippet, expected = case
    src = "fn f() { let _ = " + snippet + "; }"
    out, start = collect(src)
    off = start + 17
    got = [norm(d, off) for _, d in out.diagnostics]
    for t in out.tokens:
        if t.lit is not None:
            d = literal.check_literal(t.lit, t.span)
            if d is not None:
                got.append(norm(d, off))
    assert [g for g in got if g[0] == "error"] == [
        e for e in expected if "unstable" not in str(e[1])
    ]


# -- robustness, consistency and speed --------------------------------------------------------------

_CHARS = st.characters(codec=None, categories=None)
_PIECES = st.sampled_from(
    [
        "'",
        '"',
        "r#",
        "b'",
        'br#"',
        'c"',
        "'a",
        "1.",
        "0x",
        "/*",
        "*/",
        "//",
        "///",
        "\\u{",
        "\\x",
        "\\",
        "\n",
        "\r",
        " ",
        "é",
        "🦀",
        "€",
        "；",
        "“",
        "”",
        "\xa0",
        "\u200b",
        "\x00",
        "\ud800",
        "e",
        "#",
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ".",
        "_",
        "r",
        "b",
        "c",
        "x",
        "0",
        "9",
        "<",
        ">",
        "=",
    ]
)
_TEXT = st.one_of(st.text(_CHARS, max_size=60), st.lists(_PIECES, max_size=40).map("".join))


def _check_invariants(text: str) -> None:
    out, start = collect(text)
    ts = out.tokens
    assert ts[-1].kind is K.EOF and ts[-1].span.lo == start + len(text)
    prev_hi = start
    for t in ts[:-1]:
        assert prev_hi <= t.span.lo <= t.span.hi <= start + len(text)
        assert t.span.lo < t.span.hi
        prev_hi = t.span.hi
    for a, b in itertools.pairwise(ts[:-1]):
        assert a.joint == (a.span.hi == b.span.lo)
    slow, _ = collect(text, fast=False)
    assert [(t.kind, t.text, t.span, t.joint, t.raw, t.lit) for t in slow.tokens] == [
        (t.kind, t.text, t.span, t.joint, t.raw, t.lit) for t in ts
    ]
    assert [(p, d.message) for p, d in slow.diagnostics] == [
        (p, d.message) for p, d in out.diagnostics
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_any_text_lexes_without_exception_and_paths_agree(text: str) -> None:
    _check_invariants(text)


def test_window_boundaries_do_not_change_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    import ferric.lexer.lexer as lexer_module

    monkeypatch.setattr(lexer_module, "_WINDOW", 5)
    monkeypatch.setattr(lexer_module, "_SMALL_WINDOW", 2)
    for path in _corpus_files()[:60]:
        _check_invariants(path.read_text(encoding="utf-8"))
    _check_invariants('r#"a"# /* x */ 1.0e5 \'a\' \'b ident_that_is_long "string \\x41" 0x1F')


def test_many_misaligned_slow_tokens_on_one_line_stay_linear() -> None:
    t0 = time.perf_counter()
    ts = toks('/* "x */ a; ' * 20000)
    assert len(ts) == 40000
    assert time.perf_counter() - t0 < 20  # quadratic behaviour took minutes


def test_corpus_lexes_identically_on_both_paths() -> None:
    for path in _corpus_files()[:200]:
        _check_invariants(path.read_text(encoding="utf-8"))


def test_deeply_nested_parens_and_huge_string() -> None:
    ts = toks("(" * 20000 + ")" * 20000)
    assert len(ts) == 40000
    big = '"' + "x" * 2_000_000 + '"'
    (t,) = toks(big)
    assert t.lit is not None and len(t.lit.symbol) == 2_000_000
    out, _ = collect('"' + "x" * 2_000_000)
    assert out.fatal and [d.code for _, d in out.diagnostics] == ["E0765"]


def _corpus_files() -> list[Path]:
    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "tests" / "ui").rglob("*.rs"))
    seed = root.parent / "shared" / "seed-examples"
    if seed.is_dir():
        files += sorted(seed.rglob("*.rs"))
    return files


def test_throughput_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Not a hard limit: prints lines/s on the UI corpus (clean files), repeated."""
    texts = []
    for p in _corpus_files():
        text = p.read_text(encoding="utf-8")
        out, _ = collect(text)
        if not out.diagnostics:
            texts.append(text)
    corpus = "\n".join(texts) * 3
    sm = SourceMap()
    sf = sm.add_file("corpus.rs", corpus)
    t0 = time.perf_counter()
    result = tokenize(sf, DiagCtxt())
    dt = time.perf_counter() - t0
    lines = corpus.count("\n")
    with capsys.disabled():
        print(
            f"\nlexer: {lines} lines, {len(result)} tokens in {dt:.2f}s = {lines / dt:,.0f} lines/s"
        )
    assert result[-1].kind is K.EOF
