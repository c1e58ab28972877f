"""Token trees: tokens grouped by matching delimiters.

`build_token_trees` turns the lexer's flat tokens into a forest of `Token` leaves and
`Delimited` groups, reporting unbalanced delimiters the way rustc's lexer does ("unexpected
closing delimiter", "mismatched closing delimiter", "this file contains an unclosed
delimiter", with rustc's indentation-based guesses). Macro invocations keep their arguments
as token trees; the parser reads a flattened stream (`flatten`), so what a macro expands to
is parsed by the same parser.

The driver calls `lex_token_trees(sf, dcx, edition)`: it lexes, builds the trees and emits
exactly what rustc emits before parsing (lexer errors up to the point where rustc stops
reading, then delimiter errors). When `fatal` is set rustc aborts there, so the driver
reports and stops; otherwise it parses `trees` and ends with `eof`, the EOF token, which is
never part of the trees. `deferred` diagnostics are emitted after parsing.

Invariant: the output is balanced — every `Delimited` has an opening and a closing token
of matching kinds. A missing closer is synthesised with an empty span at the error position
(the mismatched closer, or EOF); a closing delimiter with no opener is dropped. The building
is iterative: inputs nest 20,000 deep.
"""

from __future__ import annotations

import gc
from dataclasses import field
from typing import TypeAlias

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic, Label
from ferric.lexer.token import (
    CLOSE_DELIMS,
    MATCHING_CLOSE,
    OPEN_DELIMS,
    PUNCT_TEXT,
    Token,
    TokenKind,
)


@dataclass(slots=True)
class Delimited:
    open: Token = field(compare=False)
    close: Token = field(compare=False)
    trees: tuple[TokenTree, ...]

    @property
    def delim(self) -> TokenKind:
        """The opening delimiter's kind: OPEN_PAREN, OPEN_BRACKET or OPEN_BRACE."""
        return self.open.kind

    @property
    def span(self) -> Span:
        return self.open.span.to(self.close.span)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Delimited)
            and self.open.kind is other.open.kind
            and self.trees == other.trees
        )

    __hash__ = None  # type: ignore[assignment]


TokenTree: TypeAlias = "Token | Delimited"


def flatten(
    trees: tuple[TokenTree, ...] | list[TokenTree], out: list[Token] | None = None
) -> list[Token]:
    """The tokens of `trees` in order, delimiters included (iteratively: trees can be deep)."""
    if out is None:
        out = []
    stack: list[tuple[tuple[TokenTree, ...] | list[TokenTree], int, Token | None]] = [
        (trees, 0, None)
    ]
    while stack:
        seq, i, closer = stack.pop()
        while i < len(seq):
            tt = seq[i]
            i += 1
            if isinstance(tt, Delimited):
                out.append(tt.open)
                stack.append((seq, i, closer))
                seq, i, closer = tt.trees, 0, tt.close
            else:
                out.append(tt)
        if closer is not None:
            out.append(closer)
    return out


# -- building token trees (rustc's `lexer/tokentrees.rs` and `lexer/diagnostics.rs`) ------------


@dataclass(slots=True)
class TokenTreesOutput:
    """A file's token trees, as `lex_token_trees` returns them to the driver."""

    trees: tuple[TokenTree, ...]
    """Balanced trees of every token except EOF (missing closers synthesised with empty spans
    at the error position; unexpected closers dropped)."""
    eof: Token
    """The EOF token (empty span at the end of the file): the parser's end marker."""
    fatal: bool
    """rustc stops here (a fatal lexer error, or unbalanced delimiters): report, do not parse."""
    deferred: list[Diagnostic] = field(default_factory=list)
    """Diagnostics to emit after parsing (see `lexer.LexOutput.deferred`)."""
    tokens: list[Token] = field(default_factory=list)
    """When not fatal: the file's tokens in order, EOF last — balanced, so the parser reads
    them directly instead of flattening `trees` again."""


@dataclass(slots=True)
class TreeBuild:
    """What `build_token_trees_checked` found."""

    trees: tuple[TokenTree, ...]
    eof: Token
    diagnostics: list[Diagnostic]
    """Delimiter errors in rustc's order (mismatched closers first, then the one that stopped it)."""
    stop_pos: int
    """Global position where rustc stopped reading tokens: the start of an unexpected closing
    delimiter, else the end of the file. Lexer errors after it are never reported."""

    @property
    def ok(self) -> bool:
        return not self.diagnostics


def build_token_trees(tokens: list[Token], dcx: DiagCtxt, sf: SourceFile) -> tuple[TokenTree, ...]:
    """Group `tokens` (a file's tokens ending with EOF) into balanced token trees, emitting
    rustc's delimiter diagnostics to `dcx`. The EOF token is not part of the result: the
    caller keeps `tokens[-1]` as the parser's end marker (`lex_token_trees` returns it)."""
    build = build_token_trees_checked(tokens, sf)
    for d in build.diagnostics:
        dcx.emit(d)
    return build.trees


def lex_token_trees(sf: SourceFile, dcx: DiagCtxt, edition: int = 2021) -> TokenTreesOutput:
    """Lex `sf` and build its token trees, reporting exactly what rustc reports before it
    parses: lexer diagnostics up to where rustc stops, then delimiter errors. When `fatal`
    is set rustc would abort here (the driver should not parse)."""
    from ferric.lexer.lexer import lex_collect  # the lexer is below syntax; import on use

    out = lex_collect(sf, edition)
    build = build_token_trees_checked(out.tokens, sf)
    if out.fatal and out.fatal_pos <= build.stop_pos:
        for _, d in out.diagnostics:
            dcx.emit(d)
        return TokenTreesOutput(build.trees, build.eof, True)
    for pos, d in out.diagnostics:
        if pos <= build.stop_pos:
            dcx.emit(d)
    for d in build.diagnostics:
        dcx.emit(d)
    if not build.ok:
        return TokenTreesOutput(build.trees, build.eof, True)
    return TokenTreesOutput(build.trees, build.eof, False, out.deferred, out.tokens)


_OPEN_OF_CLOSE: dict[TokenKind, TokenKind] = {c: o for o, c in MATCHING_CLOSE.items()}
_MISSING_OPEN_TEXT: dict[TokenKind, str] = {
    TokenKind.CLOSE_PAREN: "(",
    TokenKind.CLOSE_BRACKET: "[",
}


@dataclass(slots=True)
class _Unmatched:
    found: TokenKind | None
    found_span: Span
    unclosed: Span | None
    candidate: Span | None


class _DelimInfo:
    """rustc's `TokenTreeDiagInfo`, plus the source text for indentation questions."""

    __slots__ = (
        "empty_blocks",
        "last_unclosed_found",
        "matching_blocks",
        "sf",
        "text",
        "unmatched",
    )

    def __init__(self, sf: SourceFile) -> None:
        self.sf = sf
        self.text = sf.text
        self.unmatched: list[_Unmatched] = []
        self.last_unclosed_found: Span | None = None
        self.empty_blocks: list[Span] = []
        self.matching_blocks: list[tuple[Span, Span]] = []

    def _off(self, pos: int) -> int | None:
        off = pos - self.sf.start_pos
        return off if 0 <= off <= len(self.text) else None

    def margin(self, sp: Span) -> int | None:
        """Byte length of the indentation of the line `sp` starts on, up to `sp`."""
        off = self._off(sp.lo)
        if off is None:
            return None
        line_start = self.text.rfind("\n", 0, off) + 1
        before = self.text[line_start:off]
        n = 0
        for ch in before:
            if not ch.isspace():
                break
            n += len(ch.encode("utf-8", "surrogatepass"))
        return n

    def same_indentation(self, a: Span, b: Span) -> bool:
        ma, mb = self.margin(a), self.margin(b)
        return ma is not None and ma == mb

    def is_multiline(self, sp: Span) -> bool:
        lo, hi = self._off(sp.lo), self._off(sp.hi)
        return lo is not None and hi is not None and "\n" in self.text[lo:hi]


def _suspicious_mismatch_block(
    d: Diagnostic, info: _DelimInfo, open_stack_empty: bool, delim_is_brace: bool
) -> None:
    """rustc's `report_suspicious_mismatch_block`: point at the innermost brace pair whose
    indentation disagrees, unless an enclosing well-indented pair explains it."""
    blocks = sorted(
        ((o.with_hi(c.lo), info.same_indentation(o, c)) for o, c in info.matching_blocks),
        key=lambda b: b[0].lo,
    )
    # A block is "explained" when it or a block containing it has consistent indentation.
    explained: list[bool] = []
    stack: list[tuple[int, bool]] = []
    for sp, same in blocks:
        while stack and stack[-1][0] < sp.hi:
            stack.pop()
        flag = same or (bool(stack) and stack[-1][1])
        explained.append(flag)
        stack.append((sp.hi, flag))
    candidate: Span | None = None
    for (sp, _), flag in zip(reversed(blocks), reversed(explained), strict=False):
        if not flag:
            candidate = sp
            break
    if candidate is not None:
        d.with_label(candidate.shrink_to_lo(), "this delimiter might not be properly closed...")
        d.with_label(
            candidate.shrink_to_hi(), "...as it matches this but it has different indentation"
        )
        if delim_is_brace:
            for sp in info.empty_blocks:
                if candidate.lo <= sp.lo and sp.hi <= candidate.hi:
                    d.with_label(sp, "block is empty, you might have not meant to close it")
                    break
    elif info.matching_blocks and open_stack_empty:
        o, c = info.matching_blocks[-1]
        if all(sp != o.to(c) for sp in info.empty_blocks):
            d.with_label(o, "this opening brace...")
            d.with_label(c, "...matches this closing brace")


def _closer(kind: TokenKind, pos: int) -> Token:
    close = MATCHING_CLOSE[kind]
    return Token(close, PUNCT_TEXT[close], Span(pos, pos))


def build_token_trees_checked(tokens: list[Token], sf: SourceFile) -> TreeBuild:
    """Build balanced token trees and rustc's delimiter diagnostics, emitting nothing.

    Iterative (inputs nest deeply). After the first error that stops rustc (an unexpected
    closing delimiter, or EOF inside a delimiter) the rest is still grouped, silently."""
    enabled = gc.isenabled()
    gc.disable()  # trees form no cycles; collecting while allocating them is pure overhead
    try:
        return _build(tokens, sf)
    finally:
        if enabled:
            gc.enable()


def _build(tokens: list[Token], sf: SourceFile) -> TreeBuild:
    if not tokens or tokens[-1].kind is not TokenKind.EOF:
        end = tokens[-1].span.hi if tokens else sf.end_pos
        tokens = [*tokens, Token(TokenKind.EOF, "", Span(end, end))]
    eof = tokens[-1]
    info = _DelimInfo(sf)
    stop_err: Diagnostic | None = None
    stop_pos = eof.span.lo
    top: list[TokenTree] = []
    buf = top
    # Open frames: (opening token, the buffer of the enclosing frame).
    stack: list[tuple[Token, list[TokenTree]]] = []
    # The open tokens of `stack` by kind, for the questions asked at a mismatched closer.
    open_by_kind: dict[TokenKind, list[Token]] = {k: [] for k in OPEN_DELIMS}
    i = 0
    n = len(tokens) - 1
    while i < n:
        tok = tokens[i]
        kind = tok.kind
        if kind in OPEN_DELIMS:
            stack.append((tok, buf))
            open_by_kind[kind].append(tok)
            buf = []
            i += 1
            continue
        if kind not in CLOSE_DELIMS:
            buf.append(tok)
            i += 1
            continue
        if not stack:
            # An unexpected closing delimiter: rustc reports it and stops.
            if stop_err is None:
                stop_err = _unexpected_close(tok, info)
                stop_pos = tok.span.lo
            i += 1
            continue
        open_tok, parent = stack.pop()
        open_by_kind[open_tok.kind].pop()
        if MATCHING_CLOSE[open_tok.kind] is kind:
            if stop_err is None and kind is TokenKind.CLOSE_BRACE:
                if not buf:
                    whole = open_tok.span.to(tok.span)
                    if not info.is_multiline(whole):
                        info.empty_blocks.append(whole)
                info.matching_blocks.append((open_tok.span, tok.span))
            close = tok
            i += 1
        else:
            if stop_err is None and info.last_unclosed_found != tok.span:
                info.last_unclosed_found = tok.span
                # The innermost open delimiter of the closer's kind at the same indentation.
                candidate: Span | None = None
                for o in reversed(open_by_kind[_OPEN_OF_CLOSE[kind]]):
                    if info.same_indentation(tok.span, o.span):
                        candidate = o.span
                        break
                info.unmatched.append(_Unmatched(kind, tok.span, open_tok.span, candidate))
            # Leave the closer for an enclosing frame it matches; otherwise drop it.
            if not open_by_kind[_OPEN_OF_CLOSE[kind]]:
                i += 1
            close = _closer(open_tok.kind, tok.span.lo)
        parent.append(Delimited(open_tok, close, tuple(buf)))
        buf = parent
    if stack and stop_err is None:
        stop_err = _unclosed_at_eof(eof, stack, info)
    while stack:
        open_tok, parent = stack.pop()
        parent.append(Delimited(open_tok, _closer(open_tok.kind, eof.span.lo), tuple(buf)))
        buf = parent
    diags = [_mismatched(u) for u in info.unmatched if u.found is not None]
    if stop_err is not None:
        diags.append(stop_err)
    return TreeBuild(tuple(top), eof, diags, stop_pos)


def _mismatched(u: _Unmatched) -> Diagnostic:
    assert u.found is not None
    d = Diagnostic.error(f"mismatched closing delimiter: `{PUNCT_TEXT[u.found]}`")
    d.labels.append(Label(u.found_span, "mismatched closing delimiter", True))
    if u.candidate is not None:
        d.with_label(u.candidate, "closing delimiter possibly meant for this")
    if u.unclosed is not None:
        d.labels.append(Label(u.unclosed, "unclosed delimiter", True))
    return d


def _unexpected_close(tok: Token, info: _DelimInfo) -> Diagnostic:
    d = Diagnostic.error(f"unexpected closing delimiter: `{tok.text}`", tok.span)
    missing = [u for u in info.unmatched if u.found in _MISSING_OPEN_TEXT]
    if missing:
        info.unmatched = [u for u in info.unmatched if u.found not in _MISSING_OPEN_TEXT]
        for u in missing:
            assert u.found is not None
            if u.unclosed is not None:
                d.with_label(u.unclosed, "the nearest open delimiter")
            d.with_label(
                u.found_span.shrink_to_lo(),
                f"missing open `{_MISSING_OPEN_TEXT[u.found]}` for this delimiter",
            )
    else:
        _suspicious_mismatch_block(d, info, True, tok.kind is TokenKind.CLOSE_BRACE)
    return d.with_primary(tok.span, "unexpected closing delimiter")


_UNCLOSED_SHOW_LIMIT = 5


def _unclosed_at_eof(
    eof: Token, stack: list[tuple[Token, list[TokenTree]]], info: _DelimInfo
) -> Diagnostic:
    d = Diagnostic.error("this file contains an unclosed delimiter", eof.span)
    for o, _ in stack[:_UNCLOSED_SHOW_LIMIT]:
        d.with_label(o.span, "unclosed delimiter")
    if len(stack) >= _UNCLOSED_SHOW_LIMIT + 2:
        d.with_label(
            stack[_UNCLOSED_SHOW_LIMIT][0].span,
            f"another {len(stack) - _UNCLOSED_SHOW_LIMIT} unclosed delimiters begin from here",
        )
    last = stack[-1][0]
    _suspicious_mismatch_block(d, info, False, last.kind is TokenKind.OPEN_BRACE)
    return d
