"""The parser: a flat, balanced token stream -> AST, reporting syntax errors as rustc does.

Entry points:
- `parse_crate(psess, sf)`: lex, group into token trees, parse a whole file.
- `Parser(psess, tokens)` for any token stream (macro expansion parses its output with the
  same parser: `parse_tokens_as_expr` and friends will live here).

Layout: `base` (cursor, expected-token bookkeeping, errors) <- `attr` <- `path` <- `ty`
<- `pat` <- `expr` <- `stmt` <- `item`; each module adds the constructs it is named after.
"""

from __future__ import annotations

from ferric.base.source_map import SourceFile
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser.base import PError
from ferric.syntax.parser.item import ItemParser
from ferric.syntax.tokentree import TokenTree, flatten


class Parser(ItemParser):
    """The complete parser (all construct modules stacked)."""


def tokens_for_file(psess: ParseSess, sf: SourceFile) -> tuple[tuple[TokenTree, ...], Token]:
    """Lex `sf` and group its tokens into trees; returns the trees and the EOF token."""
    from ferric.lexer.lexer import tokenize
    from ferric.syntax.tokentree import build_token_trees

    tokens = tokenize(sf, psess.dcx, psess.edition)
    eof = tokens[-1]
    assert eof.kind is TokenKind.EOF
    trees = build_token_trees(tokens, psess.dcx, sf)
    return trees, eof


def parse_crate(psess: ParseSess, sf: SourceFile) -> ast.Crate:
    """Parse a whole source file. Errors go to `psess.dcx`; the returned crate holds every
    item parsed before an unrecoverable error (rustc stops the file at the first such
    error at item level)."""
    trees, eof = tokens_for_file(psess, sf)
    if psess.dcx.has_errors and _has_delimiter_errors(psess):
        # rustc reports unbalanced delimiters and does not parse the file further.
        return ast.Crate(attrs=(), items=(), id=psess.fresh_id(), span=eof.span)
    stream = flatten(trees)
    stream.append(eof)
    p = Parser(psess, stream)
    try:
        crate = p.parse_crate()
    except PError as err:
        if err.diag is not None:
            psess.dcx.emit(err.diag)
        return ast.Crate(attrs=(), items=(), id=psess.fresh_id(), span=eof.span)
    for d in p.deferred_errors:
        psess.dcx.emit(d)
    return crate


def _has_delimiter_errors(psess: ParseSess) -> bool:
    return any(
        d.message.startswith(("this file contains an unclosed delimiter", "unexpected closing delimiter", "mismatched closing delimiter"))
        for d in psess.dcx.diagnostics
    )


__all__ = ["PError", "Parser", "parse_crate", "tokens_for_file"]
