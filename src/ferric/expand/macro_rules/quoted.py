"""The token trees of a `macro_rules!` rule: matchers and transcribers (rustc's `mbe::quoted`).

A rule's two halves are ordinary token trees in the source; `parse_rule_part` reads them
into `MTT`s, where `$x:kind` is a `MetaVarDecl` (matchers only), `$x` a `MetaVar`
(transcribers only), `$( ... ) sep op` a `MSequence` and `$crate` a plain IDENT token whose
text is `$crate`. Malformed pieces are reported with rustc's wording (missing or invalid
fragment specifiers, a bad Kleene operator, `?` with a separator) and replaced by something
harmless, so one definition can report several errors.

Input: `TokenTree`s of one matcher or transcriber. Output: `tuple[MTT, ...]` + diagnostics.
"""

from __future__ import annotations

from collections.abc import Sequence

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.lexer.token import Token, TokenKind
from ferric.syntax.parser.base import token_to_string
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind

FRAGMENT_KINDS = frozenset(
    {
        "ident",
        "block",
        "stmt",
        "expr",
        "expr_2021",
        "pat",
        "pat_param",
        "ty",
        "lifetime",
        "literal",
        "path",
        "meta",
        "tt",
        "item",
        "vis",
    }
)
VALID_FRAGMENT_NAMES_MSG = (
    "valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, "
    "`literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` "
    "for edition compatibility"
)


@dataclass(frozen=True, slots=True)
class MTok:
    """A token that stands for itself (in a matcher: must be matched literally)."""

    tok: Token


@dataclass(frozen=True, slots=True)
class MDelimited:
    open: Token
    close: Token
    tts: tuple[MTT, ...]

    @property
    def span(self) -> Span:
        return self.open.span.to(self.close.span)


@dataclass(frozen=True, slots=True)
class MSequence:
    """`$( tts ) separator op` with op one of `*`, `+`, `?`."""

    open: Token
    close: Token
    tts: tuple[MTT, ...]
    separator: Token | None
    op: str
    op_span: Span
    num_captures: int
    """Metavariable declarations inside (matchers only)."""

    @property
    def span(self) -> Span:
        """The parenthesised part (rustc's `DelimSpan::entire`)."""
        return self.open.span.to(self.close.span)


@dataclass(frozen=True, slots=True)
class MetaVarDecl:
    """`$name:kind` in a matcher (kind None when the specifier is missing: matches a `tt`)."""

    span: Span
    name: str
    kind: str | None


@dataclass(frozen=True, slots=True)
class MetaVar:
    """`$name` in a transcriber."""

    span: Span
    name: str
    name_span: Span


MTT = MTok | MDelimited | MSequence | MetaVarDecl | MetaVar


def mtt_span(tt: MTT) -> Span:
    if isinstance(tt, MTok):
        return tt.tok.span
    if isinstance(tt, (MDelimited, MSequence)):
        return tt.span
    return tt.span


def count_metavar_decls(tts: Sequence[MTT]) -> int:
    n = 0
    for tt in tts:
        if isinstance(tt, MetaVarDecl):
            n += 1
        elif isinstance(tt, MSequence):
            n += tt.num_captures
        elif isinstance(tt, MDelimited):
            n += count_metavar_decls(tt.tts)
    return n


def parse_rule_part(trees: Sequence[TokenTree], pattern: bool, dcx: DiagCtxt) -> tuple[MTT, ...]:
    """Read a matcher (`pattern`) or a transcriber from token trees."""
    out: list[MTT] = []
    i = 0
    n = len(trees)
    while i < n:
        tree = trees[i]
        i += 1
        if isinstance(tree, Delimited):
            out.append(MDelimited(tree.open, tree.close, parse_rule_part(tree.trees, pattern, dcx)))
            continue
        if tree.kind is not TK.DOLLAR:
            out.append(MTok(tree))
            continue
        # `$`: look at what follows.
        if i >= n:
            out.append(MTok(tree))
            continue
        nxt = trees[i]
        i += 1
        if isinstance(nxt, Delimited):
            if nxt.delim is not TK.OPEN_PAREN:
                if pattern:
                    _dollar_in_lhs(dcx, nxt.open)
                elif nxt.delim is TK.OPEN_BRACE:
                    d = Diagnostic.error("meta-variable expressions are unstable", nxt.span)
                    dcx.emit(d)
                    out.append(MTok(tree))
                    continue
                else:
                    dcx.emit(
                        Diagnostic.error(
                            f"expected `(` or `{{`, found `{token_to_string(nxt.open)}`", nxt.span
                        )
                    )
            inner = parse_rule_part(nxt.trees, pattern, dcx)
            sep, op, op_span, i = _parse_sep_and_kleene_op(trees, i, nxt.span, dcx)
            out.append(
                MSequence(
                    nxt.open,
                    nxt.close,
                    inner,
                    sep,
                    op,
                    op_span,
                    count_metavar_decls(inner) if pattern else 0,
                )
            )
            continue
        if nxt.kind is TK.IDENT:
            span = tree.span.to(nxt.span)
            if nxt.text == "crate" and not nxt.raw:
                out.append(MTok(Token(TK.IDENT, "$crate", span, nxt.joint)))
                continue
            if not pattern:
                out.append(MetaVar(span, nxt.text, nxt.span))
                continue
            kind: str | None = None
            spec_end = span
            colon = trees[i] if i < n else None
            if isinstance(colon, Token) and colon.kind is TK.COLON:
                frag = trees[i + 1] if i + 1 < n else None
                if isinstance(frag, Token) and frag.kind is TK.IDENT:
                    i += 2
                    spec_end = frag.span
                    if frag.text in FRAGMENT_KINDS:
                        kind = frag.text
                    else:
                        d = Diagnostic.error(
                            f"invalid fragment specifier `{frag.text}`", span.to(frag.span)
                        )
                        d.with_help(VALID_FRAGMENT_NAMES_MSG)
                        dcx.emit(d)
                        kind = "ident"
                    out.append(MetaVarDecl(span.to(spec_end), nxt.text, kind))
                    continue
            d = Diagnostic.error("missing fragment specifier", span)
            d.with_note("fragment specifiers must be provided")
            d.with_help(VALID_FRAGMENT_NAMES_MSG)
            d.with_suggestion(
                "try adding a specifier here",
                [(span.shrink_to_hi(), ":spec")],
                Applicability.MAYBE_INCORRECT,
                style="normal",
            )
            dcx.emit(d)
            out.append(MetaVarDecl(span, nxt.text, None))
            continue
        if nxt.kind is TK.DOLLAR:
            if pattern:
                _dollar_in_lhs(dcx, nxt)
            out.append(MTok(nxt))
            continue
        dcx.emit(Diagnostic.error(f"expected identifier, found `{token_to_string(nxt)}`", nxt.span))
        if pattern:
            out.append(MetaVarDecl(nxt.span, "", "tt"))
        else:
            out.append(MetaVar(nxt.span, "", nxt.span))
    return tuple(out)


def _dollar_in_lhs(dcx: DiagCtxt, tok: Token) -> None:
    d = Diagnostic.error(f"unexpected token: {token_to_string(tok)}", tok.span)
    d.with_note(
        "`$$` and meta-variable expressions are not allowed inside macro parameter definitions",
        tok.span,
    )
    dcx.emit(d)


_KLEENE = {TK.STAR: "*", TK.PLUS: "+", TK.QUESTION: "?"}


def _parse_sep_and_kleene_op(
    trees: Sequence[TokenTree], i: int, span: Span, dcx: DiagCtxt
) -> tuple[Token | None, str, Span, int]:
    """rustc's `parse_sep_and_kleene_op`: `*`, `+`, `?`, or a separator then `*`/`+`."""
    n = len(trees)
    first = trees[i] if i < n else None
    if isinstance(first, Token):
        i += 1
        op = _KLEENE.get(first.kind)
        if op is not None:
            return None, op, first.span, i
        second = trees[i] if i < n else None
        if isinstance(second, Token):
            op2 = _KLEENE.get(second.kind)
            if op2 == "?":
                dcx.emit(
                    Diagnostic.error(
                        "the `?` macro repetition operator does not take a separator", first.span
                    )
                )
                return None, "*", second.span, i + 1
            if op2 is not None:
                return first, op2, second.span, i + 1
            err_span = second.span
        else:
            err_span = second.span if isinstance(second, Delimited) else first.span
    else:
        err_span = first.span if isinstance(first, Delimited) else span
    dcx.emit(Diagnostic.error("expected one of: `*`, `+`, or `?`", err_span))
    return None, "*", err_span, i


def quoted_tt_to_string(tt: MTT) -> str:
    """How follow-set errors name a matcher piece: `,`, `$x`, `$x:expr`."""
    if isinstance(tt, MTok):
        return token_to_string(tt.tok)
    if isinstance(tt, MetaVar):
        return f"${tt.name}"
    if isinstance(tt, MetaVarDecl):
        return f"${tt.name}:{tt.kind or 'tt'}"
    return "?"
