"""Formatting a whole source file: `format_source(text) -> FormatResult`.

The text is lexed and parsed with ferric's own front end (errors are returned, not
printed); the visitor rewrites the crate's items between the start and the end of the file,
and the result ends with exactly one newline, as rustfmt's does.
"""

from __future__ import annotations

from dataclasses import dataclass

from ferric.diag.diagnostic import Diagnostic
from ferric.fmt import syntax_util as su
from ferric.fmt.context import Ctx
from ferric.fmt.source import FormatFailure, SourceText
from ferric.fmt.visitor import FmtVisitor
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess


@dataclass(frozen=True, slots=True)
class FormatResult:
    text: str | None
    """The formatted file; None when it does not parse."""
    errors: tuple[Diagnostic, ...] = ()
    source: ParseSess | None = None
    """The parse session (its source map renders `errors`)."""
    macro_failure: bool = False
    """A macro call in the file could not be formatted and was kept as written."""
    krate: ast.Crate | None = None
    """The parsed file (its `mod name;` items lead to the files of child modules)."""


def normalize_newlines(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n")


def format_source(
    text: str, name: str = "<stdin>", edition: int = 2021, is_macro_def: bool = False
) -> FormatResult:
    from ferric.lexer.lexer import lex_collect
    from ferric.syntax.parser import parse_crate

    psess = ParseSess(edition=edition)
    sf = psess.source_map.add_file(name, normalize_newlines(text))
    krate = parse_crate(psess, sf)
    if psess.dcx.has_errors:
        errs = tuple(d for d in psess.dcx.diagnostics if d.is_error)
        return FormatResult(None, errs, psess)
    if su.contains_skip(krate.attrs):  # `#![rustfmt::skip]`: the file stays as written
        return FormatResult(sf.text, (), psess, krate=krate)
    tokens = lex_collect(sf, edition).tokens
    src = SourceText(sf.text, sf.start_pos, tokens)
    ctx = Ctx(src, edition)
    ctx.is_macro_def = is_macro_def
    v = FmtVisitor(ctx)
    v.is_macro_def = is_macro_def
    v.last_pos = sf.start_pos
    try:
        v.skip_empty_lines(src.end)
        v.format_separate_mod(krate.attrs, krate.items, src.end)
    except FormatFailure:
        return FormatResult(sf.text, (), psess, krate=krate)
    out = v.buffer
    out = out.rstrip("\n") + "\n" if out.strip() else ("\n" if not out else out.rstrip("\n") + "\n")
    if not sf.text.strip():
        out = "" if not sf.text else out
    failed = ctx.macro_rewrite_failure or (is_macro_def and ctx.lost_comment)
    return FormatResult(out, (), psess, failed, krate)
