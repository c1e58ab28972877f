"""Filling a rule's transcriber with what its matcher bound (rustc's `mbe::transcribe`).

Tokens written in the macro definition are copied with the expansion's fresh syntax context
(`Span.ctxt`), so hygiene can tell them from the caller's tokens; `$crate` becomes an IDENT
`$crate` in that context (the context's `ExpnData.crate` says which crate it means).
Metavariables are replaced by what they matched: `ident`, `lifetime`, `literal` and `tt`
fragments as their own tokens (spans untouched), every other fragment as one INTERPOLATED
token carrying the parsed node (`ferric.syntax.nonterminal`). Repetitions `$(...) sep op`
repeat in lockstep with the metavariables inside them, with rustc's errors when they cannot.

Input: the rule's transcriber (`MDelimited`), the bindings, the new context.
Output: token trees, or a `TranscribeError` carrying the (unemitted) diagnostic.
Iterative: transcribers and their repetitions nest arbitrarily deep.
"""

from __future__ import annotations

from collections.abc import Sequence

from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.macro_rules.matcher import MatchedSeq, MatchedSingle, NamedMatch
from ferric.expand.macro_rules.quoted import MTT, MDelimited, MetaVar, MetaVarDecl, MSequence, MTok
from ferric.lexer.token import Token, TokenKind
from ferric.syntax.nonterminal import interpolated
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind


class TranscribeError(Exception):
    def __init__(self, diag: Diagnostic) -> None:
        super().__init__(diag.message)
        self.diag = diag


def mark(tok: Token, ctxt: int) -> Token:
    s = tok.span
    return Token(tok.kind, tok.text, Span(s.lo, s.hi, ctxt), tok.joint, tok.raw, tok.lit, tok.nt)


def transcribe(
    rhs: MDelimited,
    bindings: dict[str, NamedMatch],
    ctxt: int,
    decls: dict[str, MetaVarDecl] | None = None,
) -> list[TokenTree]:
    """The transcription of `rhs`'s contents (its own delimiters are not part of it)."""
    # Frames: [tts, index, sequence or None, the group's open/close tokens or None]
    stack: list[list[object]] = [[rhs.tts, 0, None, None]]
    repeats: list[list[int]] = []
    result: list[TokenTree] = []
    result_stack: list[list[TokenTree]] = []
    while True:
        frame = stack[-1]
        tts: tuple[MTT, ...] = frame[0]  # type: ignore[assignment]
        i: int = frame[1]  # type: ignore[assignment]
        if i >= len(tts):
            seq = frame[2]
            if isinstance(seq, MSequence):
                rep = repeats[-1]
                rep[0] += 1
                if rep[0] < rep[1]:
                    frame[1] = 0
                    if seq.separator is not None:
                        # (rustc pushes the separator with `Spacing::Alone`: `x, y`.)
                        sep = mark(seq.separator, ctxt)
                        result.append(Token(sep.kind, sep.text, sep.span, False, sep.raw, sep.lit, sep.nt))
                    continue
                stack.pop()
                repeats.pop()
                continue
            stack.pop()
            if not result_stack:
                return result
            delims = frame[3]
            assert isinstance(delims, tuple)
            group = Delimited(mark(delims[0], ctxt), mark(delims[1], ctxt), tuple(result))
            result = result_stack.pop()
            result.append(group)
            continue
        frame[1] = i + 1
        tt = tts[i]
        if isinstance(tt, MTok):
            result.append(mark(tt.tok, ctxt))
        elif isinstance(tt, MDelimited):
            stack.append([tt.tts, 0, None, (tt.open, tt.close)])
            result_stack.append(result)
            result = []
        elif isinstance(tt, MSequence):
            size = _lockstep_size(tt, bindings, repeats)
            if size is None:
                d = Diagnostic.error(
                    "attempted to repeat an expression containing no syntax variables matched as repeating at this depth",
                    tt.span,
                )
                _label_unrepeatable(d, tt.tts, bindings, decls or {})
                raise TranscribeError(d)
            if isinstance(size, str):
                raise TranscribeError(Diagnostic.error(size, tt.span))
            if size == 0:
                if tt.op == "+":
                    raise TranscribeError(
                        Diagnostic.error("this must repeat at least once", tt.span)
                    )
                continue
            repeats.append([0, size])
            stack.append([tt.tts, 0, tt, None])
        elif isinstance(tt, MetaVar):
            matched = _lookup(tt.name, bindings, repeats)
            if matched is None:
                # Not a metavariable of this rule: keep `$name` (a nested macro's own).
                result.append(
                    Token(TK.DOLLAR, "$", Span(tt.span.lo, tt.span.hi, ctxt), True)
                )  # rustc: `$x`'s span
                ns = tt.name_span
                result.append(Token(TK.IDENT, tt.name, Span(ns.lo, ns.hi, ctxt)))
                continue
            if isinstance(matched, MatchedSeq):
                raise TranscribeError(
                    Diagnostic.error(
                        f"variable `{tt.name}` is still repeating at this depth", tt.span
                    )
                )
            _emit_fragment(matched, result)
        else:  # a MetaVarDecl in a transcriber is just tokens `$x:kind` — cannot happen
            raise AssertionError(tt)


def _emit_fragment(m: MatchedSingle, out: list[TokenTree]) -> None:
    kind = m.kind
    value = m.value
    if kind in ("ident", "lifetime", "tt"):
        out.append(value)  # type: ignore[arg-type]
    elif kind == "literal":
        out.extend(value)  # type: ignore[arg-type]
    else:
        out.append(interpolated(kind, value, m.span))


def _lookup(
    name: str, bindings: dict[str, NamedMatch], repeats: list[list[int]]
) -> NamedMatch | None:
    matched = bindings.get(name)
    if matched is None:
        return None
    for idx, _ in repeats:
        if isinstance(matched, MatchedSingle):
            break
        matched = matched.items[idx]
    return matched


def _lockstep_size(
    seq: MSequence, bindings: dict[str, NamedMatch], repeats: list[list[int]]
) -> int | str | None:
    """How many times `seq` repeats: an int, None (no repeating variable inside), or the
    error message of a contradiction."""
    found: tuple[int, str] | None = None
    work: list[MTT] = list(seq.tts)
    while work:
        tt = work.pop(0)
        if isinstance(tt, (MDelimited, MSequence)):
            work[0:0] = list(tt.tts)
            continue
        if isinstance(tt, (MetaVar, MetaVarDecl)):
            matched = _lookup(tt.name, bindings, repeats)
            if isinstance(matched, MatchedSeq):
                n = len(matched.items)
                if found is None:
                    found = (n, tt.name)
                elif found[0] != n:
                    ln, lname = found
                    return (
                        f"meta-variable `{lname}` repeats {ln} time{'' if ln == 1 else 's'}, "
                        f"but `{tt.name}` repeats {n} time{'' if n == 1 else 's'}"
                    )
    return None if found is None else found[0]


def _label_unrepeatable(
    d: Diagnostic,
    tts: Sequence[MTT],
    bindings: dict[str, NamedMatch],
    decls: dict[str, MetaVarDecl],
) -> None:
    for tt in tts:
        if isinstance(tt, MetaVar) and isinstance(bindings.get(tt.name), MatchedSingle):
            d.with_label(tt.name_span, "argument not found")
            decl = decls.get(tt.name)
            if decl is not None:
                lo = decl.span.lo + 1
                d.with_label(
                    Span(lo, lo + len(tt.name), decl.span.ctxt),
                    "this similarly named macro metavariable is unrepeatable",
                )
            return
