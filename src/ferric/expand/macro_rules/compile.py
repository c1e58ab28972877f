"""Reading a `macro_rules!` definition into rules (rustc's `compile_declarative_macro`).

The body is a list of `(matcher) => {transcriber}` separated by `;`. Each matcher and
transcriber is parsed (`quoted`), each matcher checked (`follow`) and flattened for the
NFA (`matcher.compute_locs`). Errors are rustc's, with its token-level wording ("expected
`=>`, found `{`", "macro rhs must be delimited", "macros must contain at least one rule");
a definition with errors gives a macro whose invocations expand to nothing (`valid` False),
as rustc's dummy expander does.
"""

from __future__ import annotations

from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.macro_rules.follow import check_lhs
from ferric.expand.macro_rules.matcher import Loc, compute_locs
from ferric.expand.macro_rules.quoted import (
    MTT,
    MDelimited,
    MetaVarDecl,
    MSequence,
    mtt_span,
    parse_rule_part,
)
from ferric.lexer.token import PUNCT_TEXT, Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser.base import token_descr
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind


@dataclass(slots=True)
class MacroRule:
    lhs: MDelimited
    locs: list[Loc]
    rhs: MDelimited
    decls: dict[str, MetaVarDecl]
    """The matcher's metavariables by name (for transcription diagnostics)."""


@dataclass(slots=True)
class MacroRules:
    """A compiled `macro_rules!` macro."""

    name: str
    rules: list[MacroRule]
    span: Span
    """The whole definition (`macro_rules! name { ... }`)."""
    name_span: Span
    crate: str
    """The crate that defines it (what `$crate` means in its expansions)."""
    exported: bool = False
    valid: bool = True
    """False when the definition had errors: invocations expand to an error node silently."""
    node_id: int = 0
    body_span: Span = field(default_factory=lambda: Span(0, 0))
    builtin_name: str | None = None
    """`#[rustc_builtin_macro]` (or `#[rustc_builtin_macro(name)]`): a declaration of the
    built-in macro of that name; the rules are used only when no such built-in exists."""
    hidden: bool = False
    """`#[doc(hidden)]`: never suggested in "a macro with a similar name exists"."""


def compile_macro_rules(
    psess: ParseSess, item: ast.MacroRulesItem, crate: str, exported: bool
) -> MacroRules:
    dcx = psess.dcx
    mac = MacroRules(
        item.ident.name,
        [],
        item.span,
        item.ident.span,
        crate,
        exported,
        True,
        item.id,
        item.body.span,
    )
    trees = item.body.tokens
    n = len(trees)
    i = 0
    errors_at_start = _count_errors(psess)

    def prev_token(j: int) -> Token:
        t = trees[j - 1] if j > 0 else None
        if isinstance(t, Delimited):
            return t.close
        if isinstance(t, Token):
            return t
        return Token(TK.OPEN_BRACE, "{", item.body.open_span)

    while i < n:
        lhs_tree = trees[i]
        i += 1
        lhs = parse_rule_part([lhs_tree], True, dcx)
        lhs_tt: MTT | None = lhs[0] if len(lhs) == 1 else None
        if isinstance(lhs_tt, MDelimited):
            check_lhs(lhs_tt, dcx, psess.edition)
        else:
            sp = mtt_span(lhs[0]) if lhs else _tree_span(lhs_tree)
            dcx.emit(
                Diagnostic.error(
                    "invalid macro matcher; matchers must be contained in balanced delimiters", sp
                )
            )
        tok = trees[i] if i < n else None
        if isinstance(tok, Token) and tok.kind is TK.FAT_ARROW:
            i += 1
        else:
            _unexpected(psess, TK.FAT_ARROW, tok, prev_token(i))
            mac.valid = False
            return mac
        if i >= n:
            sp = prev_token(i).span.shrink_to_hi()
            d = Diagnostic.error("macro definition ended unexpectedly", sp)
            d.with_primary(sp, "expected right-hand side of macro rule")
            dcx.emit(d)
            mac.valid = False
            return mac
        rhs_tree = trees[i]
        i += 1
        rhs = parse_rule_part([rhs_tree], False, dcx)
        rhs_tt = rhs[0] if len(rhs) == 1 else None
        if not isinstance(rhs_tt, MDelimited):
            sp = mtt_span(rhs[0]) if rhs else _tree_span(rhs_tree)
            dcx.emit(Diagnostic.error("macro rhs must be delimited", sp))
        if not isinstance(lhs_tt, MDelimited):
            mac.valid = False
            return mac
        if isinstance(rhs_tt, MDelimited):
            mac.rules.append(MacroRule(lhs_tt, compute_locs(lhs_tt.tts), rhs_tt, _decls(lhs_tt)))
        if i >= n:
            break
        tok = trees[i]
        if isinstance(tok, Token) and tok.kind is TK.SEMI:
            i += 1
        else:
            _unexpected(psess, TK.SEMI, tok, prev_token(i))
            mac.valid = False
            return mac
    if not mac.rules and _count_errors(psess) == errors_at_start:
        dcx.emit(Diagnostic.error("macros must contain at least one rule", item.span))
    if _count_errors(psess) != errors_at_start or not mac.rules:
        mac.valid = False
    return mac


def _count_errors(psess: ParseSess) -> int:
    return sum(1 for d in psess.dcx.diagnostics if d.is_error)


def _tree_span(tt: TokenTree) -> Span:
    return tt.span


def _decls(lhs: MDelimited) -> dict[str, MetaVarDecl]:
    out: dict[str, MetaVarDecl] = {}
    work: list[MTT] = [lhs]
    while work:
        tt = work.pop()
        if isinstance(tt, MetaVarDecl):
            out.setdefault(tt.name, tt)
        elif isinstance(tt, (MDelimited, MSequence)):
            work.extend(tt.tts)
    return out


def _unexpected(psess: ParseSess, want: TokenKind, found: TokenTree | None, prev: Token) -> None:
    """rustc's `unexpected_try_recover` in a macro-arguments parser."""
    want_str = PUNCT_TEXT[want]
    if found is None:
        sp = prev.span.shrink_to_hi()
        prev_sp = sp
        found_descr = "end of macro arguments"
    else:
        tok = found.open if isinstance(found, Delimited) else found
        sp = tok.span
        prev_sp = prev.span.shrink_to_hi()
        found_descr = token_descr(tok)
    d = Diagnostic.error(f"expected `{want_str}`, found {found_descr}", sp)
    between = psess.source_map.snippet(Span(min(prev_sp.lo, sp.lo), max(prev_sp.lo, sp.lo)))
    if between is not None and "\n" not in between:
        d.with_primary(sp, f"expected `{want_str}`")
    else:
        d.with_label(prev_sp, f"expected `{want_str}`")
        d.with_primary(sp, "unexpected token")
    psess.dcx.emit(d)
