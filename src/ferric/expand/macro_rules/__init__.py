"""`macro_rules!`: definitions (`compile`), matching (`matcher`), transcription
(`transcribe`), and rustc's errors for each (`quoted`, `follow`, `diagnostics`).

`compile_macro_rules(psess, item, crate, exported)` reads a definition once;
`expand_macro_rules(psess, mac, call, ctxt, is_local)` matches an invocation against its
rules in order and returns the transcription of the first that matches (token trees whose
definition tokens carry syntax context `ctxt`), or None after emitting the error. The
expander parses the result as the fragment the call site needs.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.expand.macro_rules.compile import MacroRule, MacroRules, compile_macro_rules
from ferric.expand.macro_rules.diagnostics import failed_to_match_macro
from ferric.expand.macro_rules.matcher import (
    AMBIGUITY,
    ERROR_REPORTED,
    MatchInput,
    Success,
    parse_tt,
)
from ferric.expand.macro_rules.transcribe import TranscribeError, transcribe
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.tokentree import TokenTree


@dataclass(slots=True)
class Transcription:
    trees: list[TokenTree]
    rule: MacroRule


class MatchFailed(Exception):
    """No rule matched (the error is emitted): rustc counts it as a macro error and stops
    after expansion."""


def expand_macro_rules(
    psess: ParseSess, mac: MacroRules, call: ast.MacCall, ctxt: int, is_local: bool
) -> Transcription | None:
    """The transcription of the first rule matching `call`; None after an error (emitted).
    Raises `MatchFailed` (error emitted) when no rule matched."""
    if not mac.valid:
        return None
    inp = MatchInput(psess, call.args.tokens)
    toks = inp.toks
    for rule in mac.rules:
        inp.toks = toks
        result = parse_tt(psess, inp, rule.locs, None)
        if isinstance(result, Success):
            try:
                trees = transcribe(rule.rhs, result.bindings, ctxt, rule.decls)
            except TranscribeError as err:
                psess.dcx.emit(err.diag)
                return None
            return Transcription(trees, rule)
        if result is ERROR_REPORTED:
            return None
        if result is AMBIGUITY:
            break
    def_head = def_head_span(psess, mac.span) if is_local else None
    failed_to_match_macro(psess, call, mac.name, [r.locs for r in mac.rules], def_head)
    raise MatchFailed()


def def_head_span(psess: ParseSess, span: Span) -> Span:
    """rustc's `guess_head_span`: the definition up to its first `{`, trailing blanks cut."""
    text = psess.source_map.snippet(span)
    if text is None:
        return span
    cut = text.find("{")
    if cut < 0:
        return span
    head = text[:cut].rstrip()
    return Span(span.lo, span.lo + len(head), span.ctxt)


__all__ = [
    "MacroRule",
    "MacroRules",
    "MatchFailed",
    "Transcription",
    "compile_macro_rules",
    "def_head_span",
    "expand_macro_rules",
]
