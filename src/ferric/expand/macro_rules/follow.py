"""Definition-time checks of a `macro_rules!` matcher (rustc's `check_lhs` and `macro_check`).

- follow sets: a fragment that can consume an unbounded number of tokens (`expr`, `ty`,
  `pat`, `path`, `stmt`, `vis`) may only be followed by tokens in its FOLLOW set, so that a
  future extension of the grammar cannot change what an existing macro matches. The check
  walks the matcher computing FIRST sets of suffixes exactly as rustc's `check_matcher_core`.
- a repetition that can match the empty token stream is rejected (the matcher would loop).
- a metavariable bound twice is rejected.

Input: the parsed matcher (`MTT`s). Output: diagnostics; returns False when any was emitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.expand.macro_rules.quoted import (
    MTT,
    MDelimited,
    MetaVar,
    MetaVarDecl,
    MSequence,
    MTok,
    mtt_span,
    quoted_tt_to_string,
)
from ferric.lexer.token import Token, TokenKind
from ferric.syntax.parser.base import can_begin_type

TK = TokenKind

_CLOSE = {
    TK.OPEN_PAREN: TK.CLOSE_PAREN,
    TK.OPEN_BRACKET: TK.CLOSE_BRACKET,
    TK.OPEN_BRACE: TK.CLOSE_BRACE,
}


def _key(tt: MTT) -> object:
    if isinstance(tt, MTok):
        return ("tok", tt.tok.kind, tt.tok.text)
    return ("nt", id(tt))


@dataclass(slots=True)
class TokenSet:
    tokens: list[MTT] = field(default_factory=list)
    maybe_empty: bool = True

    def copy(self) -> TokenSet:
        return TokenSet(list(self.tokens), self.maybe_empty)

    def replace_with(self, tt: MTT) -> None:
        self.tokens = [tt]
        self.maybe_empty = False

    def replace_with_irrelevant(self) -> None:
        self.tokens = []
        self.maybe_empty = False

    def _has(self, tt: MTT) -> bool:
        k = _key(tt)
        return any(_key(t) == k for t in self.tokens)

    def add_one(self, tt: MTT) -> None:
        if not self._has(tt):
            self.tokens.append(tt)
        self.maybe_empty = False

    def add_one_maybe(self, tt: MTT) -> None:
        if not self._has(tt):
            self.tokens.append(tt)

    def add_all(self, other: TokenSet) -> None:
        for tt in other.tokens:
            if not self._has(tt):
                self.tokens.append(tt)
        if not other.maybe_empty:
            self.maybe_empty = False


def _open_tok(d: MDelimited) -> MTok:
    return MTok(d.open)


def first_set(tts: Sequence[MTT]) -> TokenSet:
    """FIRST of a sequence of matcher pieces (rustc's `FirstSets::first`)."""
    first = TokenSet()
    for tt in tts:
        if isinstance(tt, (MTok, MetaVar, MetaVarDecl)):
            first.add_one(tt)
            return first
        if isinstance(tt, MDelimited):
            first.add_one(_open_tok(tt))
            return first
        sub = first_set(tt.tts)
        if tt.separator is not None and sub.maybe_empty:
            first.add_one_maybe(MTok(tt.separator))
        first.add_all(sub)
        if sub.maybe_empty or tt.op in ("*", "?"):
            first.maybe_empty = True
            continue
        return first
    return first


def check_lhs(matcher: MDelimited, dcx: DiagCtxt, edition: int) -> bool:
    """All definition-time checks of one matcher; False when an error was emitted."""
    ok = _check_matcher_core(matcher.tts, TokenSet(), dcx, edition)[1]
    ok = _check_no_empty_seq(matcher.tts, dcx) and ok
    ok = _check_duplicate_bindings(matcher.tts, dcx, {}) and ok
    return ok


def _check_matcher_core(
    matcher: Sequence[MTT], follow: TokenSet, dcx: DiagCtxt, edition: int
) -> tuple[TokenSet, bool]:
    last = TokenSet()
    ok = True
    for i, token in enumerate(matcher):
        suffix = matcher[i + 1 :]

        if isinstance(token, (MTok, MetaVar, MetaVarDecl)):
            if _can_be_followed_by_any(token):
                last.replace_with_irrelevant()
                continue
            last.replace_with(token)
            suffix_first = _suffix_first(suffix, follow)
        elif isinstance(token, MDelimited):
            close = Token(_CLOSE[token.open.kind], token.close.text, token.close.span)
            _, inner_ok = _check_matcher_core(
                token.tts, TokenSet([MTok(close)], False), dcx, edition
            )
            ok = ok and inner_ok
            last.replace_with_irrelevant()
            continue
        else:
            suffix_first = _suffix_first(suffix, follow)
            my_suffix = suffix_first
            if token.separator is not None:
                my_suffix = suffix_first.copy()
                my_suffix.add_one_maybe(MTok(token.separator))
            nxt, inner_ok = _check_matcher_core(token.tts, my_suffix, dcx, edition)
            ok = ok and inner_ok
            if nxt.maybe_empty:
                last.add_all(nxt)
            else:
                last = nxt
            continue

        for tt in last.tokens:
            if not isinstance(tt, MetaVarDecl):
                continue
            kind = tt.kind or "tt"
            for next_token in suffix_first.tokens:
                possible = _is_in_follow(
                    next_token, "pat_param" if kind == "pat" and edition < 2021 else kind
                )
                if possible is None:
                    continue
                may_be = (
                    "is" if len(last.tokens) == 1 and len(suffix_first.tokens) == 1 else "may be"
                )
                sp = mtt_span(next_token)
                d = Diagnostic.error(
                    f"`${tt.name}:{kind}` {may_be} followed by `{quoted_tt_to_string(next_token)}`, "
                    f"which is not allowed for `{kind}` fragments",
                    sp,
                )
                d.with_primary(sp, f"not allowed after `{kind}` fragments")
                if (
                    kind == "pat"
                    and edition >= 2021
                    and isinstance(next_token, MTok)
                    and next_token.tok.kind is TK.OR
                ):
                    d.with_suggestion(
                        "try a `pat_param` fragment specifier instead",
                        [(tt.span, f"${tt.name}:pat_param")],
                        Applicability.MAYBE_INCORRECT,
                        style="inline",
                    )
                if len(possible) == 1:
                    d.with_note(f"only {possible[0]} is allowed after `{kind}` fragments")
                elif possible:
                    d.with_note(
                        "allowed there are: " + ", ".join(possible[:-1]) + " or " + possible[-1]
                    )
                dcx.emit(d)
                ok = False
    return last, ok


def _suffix_first(suffix: Sequence[MTT], follow: TokenSet) -> TokenSet:
    s = first_set(suffix)
    if s.maybe_empty:
        s.add_all(follow)
    return s


def _can_be_followed_by_any(tt: MTT) -> bool:
    if isinstance(tt, MetaVarDecl):
        return (tt.kind or "tt") in ("item", "block", "ident", "literal", "meta", "lifetime", "tt")
    return True


_EXPR_FOLLOW = ("`=>`", "`,`", "`;`")
_PAT_PARAM_FOLLOW = ("`=>`", "`,`", "`=`", "`|`", "`if`", "`if let`", "`in`")
_PAT_FOLLOW = ("`=>`", "`,`", "`=`", "`if`", "`if let`", "`in`")
_TY_FOLLOW = ("`{`", "`[`", "`=>`", "`,`", "`>`", "`=`", "`:`", "`;`", "`|`", "`as`", "`where`")
_VIS_FOLLOW = ("`,`", "an ident", "a type")


def _is_in_follow(tt: MTT, kind: str) -> tuple[str, ...] | None:
    """None when `tt` may follow a `kind` fragment, else the tokens that may."""
    tok = tt.tok if isinstance(tt, MTok) else None
    if tok is not None and tok.kind in (TK.CLOSE_PAREN, TK.CLOSE_BRACKET, TK.CLOSE_BRACE):
        return None
    if kind in ("item", "block", "ident", "lifetime", "literal", "meta", "tt"):
        return None
    if kind in ("stmt", "expr", "expr_2021"):
        if tok is not None and tok.kind in (TK.FAT_ARROW, TK.COMMA, TK.SEMI):
            return None
        return _EXPR_FOLLOW
    if kind in ("pat_param", "pat"):
        allowed = (
            (TK.FAT_ARROW, TK.COMMA, TK.EQ, TK.OR)
            if kind == "pat_param"
            else (TK.FAT_ARROW, TK.COMMA, TK.EQ)
        )
        if tok is not None and (tok.kind in allowed or tok.is_ident("if") or tok.is_ident("in")):
            return None
        return _PAT_PARAM_FOLLOW if kind == "pat_param" else _PAT_FOLLOW
    if kind in ("path", "ty"):
        if tok is not None and (
            tok.kind
            in (
                TK.OPEN_BRACE,
                TK.OPEN_BRACKET,
                TK.COMMA,
                TK.FAT_ARROW,
                TK.COLON,
                TK.EQ,
                TK.GT,
                TK.SHR,
                TK.SEMI,
                TK.OR,
            )
            or tok.is_ident("as")
            or tok.is_ident("where")
        ):
            return None
        if isinstance(tt, MetaVarDecl) and tt.kind == "block":
            return None
        return _TY_FOLLOW
    if kind == "vis":
        if tok is not None:
            if tok.kind is TK.COMMA or (tok.kind is TK.IDENT and (tok.raw or tok.text != "priv")):
                return None
            if can_begin_type(tok):
                return None
            return _VIS_FOLLOW
        if isinstance(tt, MetaVarDecl) and tt.kind in ("ident", "ty", "path"):
            return None
        return _VIS_FOLLOW
    return None


def _is_empty_token_tree(seq: MSequence) -> bool:
    if seq.separator is not None:
        return False
    for tt in seq.tts:
        if isinstance(tt, MetaVarDecl) and tt.kind == "vis":
            continue
        if isinstance(tt, MSequence) and tt.op in ("*", "?"):
            continue
        return False
    return True


def _check_no_empty_seq(tts: Sequence[MTT], dcx: DiagCtxt) -> bool:
    for tt in tts:
        if isinstance(tt, MDelimited):
            if not _check_no_empty_seq(tt.tts, dcx):
                return False
        elif isinstance(tt, MSequence):
            if _is_empty_token_tree(tt):
                d = Diagnostic.error("repetition matches empty token tree", tt.span)
                if (
                    tt.op == "?"
                    and tt.tts
                    and isinstance(tt.tts[0], MetaVarDecl)
                    and tt.tts[0].kind == "vis"
                ):
                    d.with_note("a `vis` fragment can already be empty")
                dcx.emit(d)
                return False
            if not _check_no_empty_seq(tt.tts, dcx):
                return False
    return True


def _check_duplicate_bindings(
    tts: Sequence[MTT], dcx: DiagCtxt, seen: dict[str, MetaVarDecl]
) -> bool:
    ok = True
    for tt in tts:
        if isinstance(tt, MetaVarDecl):
            prev = seen.get(tt.name)
            if prev is not None and tt.name:
                d = Diagnostic.error("duplicate matcher binding", tt.span)
                d.with_primary(tt.span, "duplicate binding")
                d.with_label(prev.span, "previous binding")
                dcx.emit(d)
                ok = False
            else:
                seen[tt.name] = tt
        elif isinstance(tt, (MDelimited, MSequence)):
            ok = _check_duplicate_bindings(tt.tts, dcx, seen) and ok
    return ok
