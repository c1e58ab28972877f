"""Why no rule of a `macro_rules!` macro matched (rustc's `mbe::diagnostics`).

Matching runs fast first (no tracking). When no rule matches, it runs again with a
`CollectTracker`, which remembers every (input position, matcher location) that was tried
and where each rule failed; the rule that got furthest is reported:

    error: no rules expected `,`              (or: unexpected end of macro invocation)
      label: no rules expected this token in macro call / missing tokens in macro arguments
      label: when calling this macro          (at the definition's head, local macros only)
      note:  while trying to match meta-variable `$a:expr`
      help:  missing comma here               (when inserting one comma makes a rule match)

Two metavariables competing for the same token is rustc's "local ambiguity" error.
"""

from __future__ import annotations

import itertools

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.macro_rules.matcher import (
    AMBIGUITY,
    ERROR_REPORTED,
    L_EOF,
    L_METAVAR,
    L_TOKEN,
    Loc,
    MatchInput,
    Success,
    Tracker,
    parse_tt,
)
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser.base import is_reserved_ident, token_descr
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind


@dataclass(slots=True)
class BestFailure:
    token: Token
    position: int
    msg: str
    remaining: Loc


class CollectTracker(Tracker):
    def __init__(self, macro_name: str, root_span: Span) -> None:
        self.macro_name = macro_name
        self.root_span = root_span
        self.locs: list[Loc] = []
        self.matches: dict[tuple[int, int], bool] = {}
        self.tokens: dict[int, Token] = {}
        self.best: BestFailure | None = None
        self.ambiguity_error: Diagnostic | None = None

    def prepare(self, locs: list[Loc]) -> None:
        self.locs = locs
        self.matches = {}
        self.tokens = {}

    def trying_match(self, pos: int, tok: Token, loc: int) -> None:
        self.tokens[pos] = tok
        self.matches.setdefault((pos, loc), False)

    def matched_one(self, pos: int, loc: int) -> None:
        self.matches[(pos, loc)] = True

    def failure(self, tok: Token, pos: int) -> None:
        if tok.kind is TK.EOF:
            if not tok.span.is_dummy:
                tok = Token(tok.kind, tok.text, tok.span.shrink_to_hi())
            msg = "missing tokens in macro arguments"
        else:
            msg = "no rules expected this token in macro call"
        if self.best is not None and not pos > self.best.position:
            return
        locs = self.locs
        best_key = max(self.matches, key=lambda m: (0 if locs[m[1]].tag == L_EOF else 1, m))
        self.best = BestFailure(tok, pos, msg, locs[best_key[1]])

    def ambiguity(self) -> None:
        locs = self.locs
        ok = sorted(m for m, res in self.matches.items() if res)
        input_pos = None
        for a, b in itertools.pairwise(ok):
            if a[0] == b[0] and any(locs[x[1]].tag in (L_METAVAR, L_EOF) for x in (a, b)):
                input_pos = a[0]
                break
        if input_pos is None:
            input_pos = ok[0][0] if ok else 0
        here = [m for m in ok if m[0] == input_pos]
        bb = [locs[m[1]] for m in here if locs[m[1]].tag == L_METAVAR]
        n_next = len(here) - len(bb)
        tok = self.tokens.get(input_pos)
        span = tok.span if tok is not None and not tok.span.is_dummy else self.root_span
        if tok is None or tok.kind is TK.EOF:
            self.ambiguity_error = Diagnostic.error("ambiguity: multiple successful parses", span)
            return
        nts = " or ".join(f"{loc.kind} ('{loc.name}')" for loc in bb)
        if n_next == 0:
            options = f"built-in NTs {nts}."
        else:
            options = f"built-in NTs {nts} or {n_next} other option{'' if n_next == 1 else 's'}."
        self.ambiguity_error = Diagnostic.error(
            f"local ambiguity when calling macro `{self.macro_name}`: multiple parsing options: {options}",
            span,
        )


def failed_to_match_macro(
    psess: ParseSess,
    call: ast.MacCall,
    name: str,
    rules: list[list[Loc]],
    def_head: Span | None,
) -> None:
    """Emit the error for an invocation no rule matched (after re-running with tracking)."""
    sp = call.span
    tracker = CollectTracker(name, sp)
    inp = MatchInput(psess, call.args.tokens)
    toks = inp.toks
    for locs in rules:
        inp.toks = toks
        tracker.prepare(locs)
        result = parse_tt(psess, inp, locs, tracker)
        if result is ERROR_REPORTED:
            return
        if result is AMBIGUITY:
            if tracker.ambiguity_error is not None:
                psess.dcx.emit(tracker.ambiguity_error)
            return
        if isinstance(result, Success):  # only after a recovered fragment error
            return
    best = tracker.best
    if best is None:
        return
    tok = best.token
    span = sp if tok.span.is_dummy else tok.span
    if tok.kind is TK.EOF:
        message = "unexpected end of macro invocation"
    else:
        message = f"no rules expected {token_descr(tok)}"
    d = Diagnostic.error(message, span)
    d.with_primary(span, best.msg)
    if def_head is not None:
        d.with_label(def_head, "when calling this macro")
    snippet = psess.source_map.snippet(span) or ""
    if snippet.startswith("///") or snippet.startswith("/**"):
        d.with_label(
            span,
            'outer doc comments expand to `#[doc = "..."]`, which is what this macro attempted to match',
        )
    elif snippet.startswith("//!") or snippet.startswith("/*!"):
        d.with_label(
            span,
            'inner doc comments expand to `#![doc = "..."]`, which is what this macro attempted to match',
        )
    remaining = best.remaining
    if remaining.has_span:
        d.with_note(f"while trying to match {remaining.describe()}", remaining.loc_span)
    else:
        d.with_note(f"while trying to match {remaining.describe()}")
    if remaining.tag == L_TOKEN and tok.kind is TK.INTERPOLATED:
        d.with_note(
            "captured metavariables except for `:tt`, `:ident` and `:lifetime` cannot be compared to other tokens"
        )
        d.with_note(
            "see <https://doc.rust-lang.org/nightly/reference/macros-by-example.html#forwarding-a-matched-fragment> for more information"
        )
        if def_head is not None:
            d.with_help("try using `:tt` instead in the macro definition")
    comma = _add_comma(call.args.tokens)
    if comma is not None:
        trees, comma_span = comma
        for locs in rules:
            snap = psess.dcx.snapshot()
            alt = MatchInput(psess, trees)
            ok = isinstance(parse_tt(psess, alt, locs, None), Success)
            psess.dcx.rollback(snap)
            if ok:
                d.with_suggestion("missing comma here", [(comma_span, ", ")], style="hide_inline")
                break
    psess.dcx.emit(d)


def _is_ident_or_lit(tok: Token) -> bool:
    return tok.kind is TK.LITERAL or (tok.kind is TK.IDENT and not is_reserved_ident(tok))


def _add_comma(trees: tuple[TokenTree, ...]) -> tuple[list[TokenTree], Span] | None:
    """rustc's `TokenStream::add_comma`: `foo!(a b)` -> `foo!(a, b)` at the last such gap."""
    found: tuple[int, Span] | None = None
    for pos in range(len(trees) - 1):
        ts, nxt = trees[pos], trees[pos + 1]
        if isinstance(nxt, Token) and nxt.kind is TK.COMMA:
            continue
        if isinstance(ts, Token) and isinstance(nxt, Token):
            if not ts.joint and _is_ident_or_lit(ts) and _is_ident_or_lit(nxt):
                found = (pos, ts.span.shrink_to_hi())
        elif isinstance(ts, Delimited):
            found = (pos, ts.span.shrink_to_hi())
    if found is None:
        return None
    pos, sp = found
    comma = Token(TK.COMMA, ",", sp)
    return [*trees[: pos + 1], comma, *trees[pos + 1 :]], sp
