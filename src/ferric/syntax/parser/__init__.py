"""The parser: a flat, balanced token stream -> AST, reporting syntax errors as rustc does.

Entry points:
- `parse_crate(psess, sf)`: lex, group into token trees, parse a whole file.
- `Parser(psess, tokens)` for any token stream (macro expansion parses its output with the
  same parser: `parse_tokens_as_expr` and friends will live here).

Layout: `base` (cursor, expected-token bookkeeping, errors) <- `attr` <- `path` <- `ty`
<- `pat` <- `expr` <- `stmt` <- `item`; each module adds the constructs it is named after.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from ferric.base.source_map import SourceFile
from ferric.base.span import Span
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser.base import PError
from ferric.syntax.parser.item import ItemContext, ItemParser
from ferric.syntax.tokentree import TokenTree, flatten


class Parser(ItemParser):
    """The complete parser (all construct modules stacked)."""

    def parse_assoc_item(self, ctx: int) -> ast.Item | None:
        """One item of an impl, trait or extern block (`ctx`: an `ItemContext`), or None
        when none starts here (macro expansion parses such fragments with it)."""
        return self._parse_assoc_item(ctx)


def parse_crate(psess: ParseSess, sf: SourceFile) -> ast.Crate:
    """Parse a whole source file. Errors go to `psess.dcx`. As rustc does, a fatal lexer
    error or unbalanced delimiters stop before parsing, and an item-level syntax error
    ends the parse (the crate holds the items parsed before it)."""
    from ferric.syntax.tokentree import lex_token_trees

    out = lex_token_trees(sf, psess.dcx, psess.edition)
    if out.fatal:
        return ast.Crate(attrs=(), items=(), id=psess.fresh_id(), span=out.eof.span)
    p = Parser(psess, out.tokens)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the AST has no cycles; collecting while building it is pure overhead
    try:
        crate = p.parse_crate()
    except PError as err:
        if err.diag is not None:
            psess.dcx.emit(err.diag)
        return ast.Crate(attrs=(), items=(), id=psess.fresh_id(), span=out.eof.span)
    finally:
        if gc_was_enabled:
            gc.enable()
    for d in out.deferred:
        psess.dcx.emit(d)
    for d in p.deferred_errors:
        psess.dcx.emit(d)
    return crate



def parser_for_trees(psess: ParseSess, trees: Sequence[TokenTree], end: Span, eof_descr: str = "") -> Parser:
    """A parser over token trees (a macro's arguments or expansion); EOF sits at `end`.

    Callers parse one construct (`parse_expr`, `parse_ty`, `parse_pat_allow_top_alt`,
    `parse_item`, `parse_stmt_without_recovery`, ...) and check `p.token.kind is EOF`
    to know whether everything was used. `eof_descr` names the end in messages
    ("end of macro arguments"; default "`<eof>`"). `Parser.seek(i)` restarts reading at
    token `i` of `p.toks` (macro matching parses fragments from the middle of a stream)."""
    stream = flatten(list(trees))
    stream.append(Token(TokenKind.EOF, eof_descr, end))
    return Parser(psess, stream)


__all__ = ["ItemContext", "PError", "Parser", "parse_crate", "parser_for_trees"]
