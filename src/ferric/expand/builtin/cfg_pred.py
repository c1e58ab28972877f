"""Configuration predicates: `unix`, `target_os = "linux"`, `all(..)`, `any(..)`, `not(..)`,
`true`, `false` — parsed from token trees and evaluated against `CfgOptions`.

Shared by `cfg!(...)` (here) and `#[cfg(...)]` / `#[cfg_attr(...)]` (the expander's cfg
stripping): `parse_cfg(trees)` gives a `CfgPred` or a `CfgError` saying what is wrong and
where, and `CfgError.diagnostic(...)` words it as rustc 1.95 does for the macro or the
attribute form ("malformed `cfg` macro input" / "malformed `cfg` attribute input", with
E0539 / E0805 / E0537). `eval_cfg(pred, options)` evaluates.

Input: the trees between the parentheses. Invariant: parsing never raises; every token is
either part of the predicate or reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.expand.base import CfgOptions
from ferric.lexer.token import LitKind, Token, TokenKind
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind
CFG_REFERENCE = "for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg-attribute>"


@dataclass(frozen=True, slots=True)
class CfgWord:
    """`unix`, `test`: set when the name is."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class CfgNameValue:
    """`target_os = "linux"`, `feature = "std"`."""

    name: str
    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class CfgBool:
    """`true` / `false`."""

    value: bool
    span: Span


@dataclass(frozen=True, slots=True)
class CfgList:
    """`all(..)`, `any(..)`, `not(..)` (exactly one operand)."""

    op: str
    preds: tuple[CfgPred, ...]
    span: Span


CfgPred = CfgWord | CfgNameValue | CfgBool | CfgList


@dataclass(frozen=True, slots=True)
class CfgError:
    """What is wrong with a predicate. `kind`:
    - "missing": no predicate at all;
    - "multiple": more than one predicate (or junk after it);
    - "malformed": E0539/E0805 with `label` on `span` ("expected a valid identifier here",
      "expected a string literal here", "expected a single argument here");
    - "invalid_predicate": E0537 `invalid predicate `name`` at `span`;
    - "parse": a syntax error: `message` at `span` with `label`, and a suggestion
      (`sugg_msg`, `sugg_parts`, `sugg_style`) when `sugg_msg` is set;
    - "diag": a literal error (`ferric.lexer.literal.check_literal`) in `diag`."""

    kind: str
    span: Span | None = None
    label: str = ""
    code: str | None = None
    name: str = ""
    message: str = ""
    sugg_msg: str = ""
    sugg_parts: tuple[tuple[Span, str], ...] = ()
    sugg_style: str = "normal"
    diag: Diagnostic | None = None

    def diagnostic(self, whole: Span, form: str) -> Diagnostic:
        """The error for a `cfg!` call (`form` "macro") spanning `whole`, or a `#[cfg]`
        attribute (`form` "attribute", `whole` the attribute)."""
        if self.kind == "missing":
            d = Diagnostic.error("macro requires a cfg-pattern as an argument")
            d.with_primary(whole, "cfg-pattern required")
            return d
        if self.kind == "multiple":
            return Diagnostic.error("expected 1 cfg-pattern", whole)
        if self.kind == "invalid_predicate":
            return Diagnostic.error(f"invalid predicate `{self.name}`", self.span or whole, "E0537")
        if self.kind == "diag" and self.diag is not None:
            return self.diag
        if self.kind == "parse":
            d = Diagnostic.error(self.message)
            d.with_primary(self.span or whole, self.label)
            if self.sugg_msg:
                d.with_suggestion(
                    self.sugg_msg,
                    list(self.sugg_parts),
                    Applicability.MACHINE_APPLICABLE,
                    style=self.sugg_style,
                )
            return d
        d = Diagnostic.error(f"malformed `cfg` {form} input", whole, self.code)
        if self.span is not None:
            d.with_label(self.span, self.label)
        template = "cfg!(predicate)" if form == "macro" else "#[cfg(predicate)]"
        d.with_suggestion(
            "must be of the form",
            [(whole, template)],
            Applicability.HAS_PLACEHOLDERS,
            style="inline",
        )
        d.with_note(CFG_REFERENCE)
        return d


_EXPECTED_LITERAL = 'expected a literal (`1u8`, `1.0f32`, `"string"`, etc.) here'


def _span_of(trees: Sequence[TokenTree]) -> Span:
    first, last = trees[0], trees[-1]
    return first.span.to(last.span)


def parse_cfg(trees: Sequence[TokenTree], close: Span | None = None) -> CfgPred | CfgError:
    """The one predicate of `cfg!(..)` / `#[cfg(..)]` (a trailing comma allowed); `close`
    is the span of the closing parenthesis (where a missing token is reported)."""
    if not trees:
        return CfgError("missing")
    end = (close if close is not None else trees[-1].span.shrink_to_hi(), "<eof>")
    pred, i = _parse_pred(trees, 0, end)
    if isinstance(pred, CfgError):
        return pred
    if i < len(trees) and _is(trees[i], TK.COMMA):
        i += 1
    if i < len(trees):
        return CfgError("multiple")
    return pred


def _is(tt: TokenTree, kind: TokenKind) -> bool:
    return isinstance(tt, Token) and tt.kind is kind


def _negative(trees: Sequence[TokenTree], i: int) -> CfgError | None:
    """`-1` where a predicate or a value is expected."""
    nxt = trees[i + 1] if i + 1 < len(trees) else None
    if not _is(trees[i], TK.MINUS) or not isinstance(nxt, Token) or nxt.kind is not TK.LITERAL:
        return None
    minus = trees[i].span
    return CfgError(
        "parse",
        minus.to(nxt.span),
        "expressions are not allowed here",
        message=f"{_EXPECTED_LITERAL}, found expression",
        sugg_msg="negative numbers are not literals, try removing the `-` sign",
        sugg_parts=((minus, ""),),
    )


_End = tuple[Span, str]
"""Where the enclosing group ends, and how that end is named in errors (`)`, `<eof>`)."""


def _parse_pred(trees: Sequence[TokenTree], i: int, close: _End) -> tuple[CfgPred | CfgError, int]:
    """One predicate starting at `trees[i]`; returns it and the index after it."""
    tt = trees[i]
    if (neg := _negative(trees, i)) is not None:
        return neg, i + 2
    if not isinstance(tt, Token) or tt.kind is not TK.IDENT:
        return CfgError("malformed", tt.span, "expected a valid identifier here", "E0539"), i + 1
    # a path `a::b` is not an identifier
    j = i + 1
    while j + 1 < len(trees) and _is(trees[j], TK.PATH_SEP) and _is(trees[j + 1], TK.IDENT):
        j += 2
    if j > i + 1:
        return CfgError(
            "malformed", _span_of(trees[i:j]), "expected a valid identifier here", "E0539"
        ), j
    name = tt.text
    if not tt.raw and name in ("true", "false"):
        return CfgBool(name == "true", tt.span), i + 1
    nxt = trees[i + 1] if i + 1 < len(trees) else None
    if isinstance(nxt, Delimited) and nxt.delim is TK.OPEN_PAREN:
        return _parse_list(tt, nxt), i + 2
    if nxt is not None and _is(nxt, TK.EQ):
        return _parse_value(tt, trees, i + 2, close), i + 3
    return CfgWord(name, tt.span), i + 1


def _parse_list(tt: Token, group: Delimited) -> CfgPred | CfgError:
    name = tt.text
    span = tt.span.to(group.span)
    if tt.raw or name not in ("all", "any", "not"):
        return CfgError("invalid_predicate", span, name=name, code="E0537")
    preds: list[CfgPred] = []
    inner = group.trees
    k = 0
    while k < len(inner):
        pred, k = _parse_pred(inner, k, (group.close.span, ")"))
        if isinstance(pred, CfgError):
            return pred
        preds.append(pred)
        if k < len(inner):
            if not _is(inner[k], TK.COMMA):
                found = inner[k]
                what = f"`{found.open.text}`" if isinstance(found, Delimited) else f"`{found.text}`"
                if isinstance(pred, CfgWord):
                    return CfgError(
                        "parse",
                        found.span,
                        "expected one of `(`, `)`, `,`, `::`, or `=`",
                        message=f"expected one of `(`, `)`, `,`, `::`, or `=`, found {what}",
                    )
                prev_end = inner[k - 1].span.shrink_to_hi()
                return CfgError(
                    "parse",
                    found.span,
                    "expected one of `)` or `,`",
                    message=f"expected one of `)` or `,`, found {what}",
                    sugg_msg="missing `,`",
                    sugg_parts=((prev_end, ","),),
                    sugg_style="hide_inline",
                )
            k += 1
    if name == "not" and len(preds) != 1:
        return CfgError("malformed", group.span, "expected a single argument here", "E0805")
    return CfgList(name, tuple(preds), span)


def _parse_value(tt: Token, trees: Sequence[TokenTree], i: int, close: _End) -> CfgPred | CfgError:
    """The value after `name =` at `trees[i]`."""
    if i >= len(trees):
        sp, what = close
        if what == "<eof>":  # rustc points at the `=` when the arguments end after it
            sp = trees[i - 1].span
        return CfgError("parse", sp, "", message=f"{_EXPECTED_LITERAL}, found `{what}`")
    if (neg := _negative(trees, i)) is not None:
        return neg
    val = trees[i]
    if isinstance(val, Token) and val.kind is TK.LITERAL and val.lit is not None:
        if val.lit.kind in (LitKind.STR, LitKind.STR_RAW):
            from ferric.lexer.literal import check_literal, str_value

            err = check_literal(val.lit, val.span)
            if err is not None:
                return CfgError("diag", diag=err)
            return CfgNameValue(tt.text, str_value(val.lit), tt.span.to(val.span))
        return CfgError("malformed", val.span, "expected a string literal here", "E0539")
    if (
        isinstance(val, Token)
        and val.kind is TK.IDENT
        and val.text in ("true", "false")
        and not val.raw
    ):
        return CfgError("malformed", val.span, "expected a string literal here", "E0539")
    if isinstance(val, Token) and val.kind is TK.IDENT:
        sp = val.span
        return CfgError(
            "parse",
            sp,
            "expressions are not allowed here",
            message=f"{_EXPECTED_LITERAL}, found expression",
            sugg_msg="surround the identifier with quotation marks to make it into a string literal",
            sugg_parts=((sp.shrink_to_lo(), '"'), (sp.shrink_to_hi(), '"')),
        )
    return CfgError(
        "parse",
        val.span,
        "expressions are not allowed here",
        message=f"{_EXPECTED_LITERAL}, found expression",
    )


def eval_cfg(pred: CfgPred, options: CfgOptions) -> bool:
    """Whether `pred` holds in the configuration `options`."""
    match pred:
        case CfgBool(value=v):
            return v
        case CfgWord(name=name):
            if name == "test":
                return options.test
            if name == "debug_assertions":
                return options.debug_assertions
            if name == "overflow_checks":
                return options.overflow_checks
            return name in options.names
        case CfgNameValue(name=name, value=value):
            if name == "feature":
                return value in options.features
            return (name, value) in options.values
        case CfgList(op="all", preds=preds):
            return all(eval_cfg(p, options) for p in preds)
        case CfgList(op="any", preds=preds):
            return any(eval_cfg(p, options) for p in preds)
        case CfgList(preds=preds):  # `not`
            return not eval_cfg(preds[0], options)
        case _:
            assert_never(pred)
