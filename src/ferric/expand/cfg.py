"""Conditional compilation: `#[cfg(...)]`, `#[cfg_attr(...)]` and `cfg!(...)` predicates.

A predicate is `name`, `name = "value"`, `all(..)`, `any(..)`, `not(..)`, or `true`/`false`,
evaluated against `CfgOptions` (`test`, `debug_assertions`, `feature = "..."`, `target_os =
"linux"`, ...). `process_attrs` is what the expander runs on the attributes of every node
that may carry them: it expands `#[cfg_attr(pred, a, b)]` into `#[a] #[b]` when `pred`
holds (recursively), then evaluates every `#[cfg]` and says whether the node stays; the
`cfg`/`cfg_attr` attributes are gone afterwards. Malformed attributes get rustc 1.95's
errors (E0539, E0805 "malformed `cfg` attribute input", E0537 "invalid predicate"), and the
node is kept.

`cfg_matches(ctx, tokens)` evaluates the tokens of a `cfg!(...)` call (for the built-in).
"""

from __future__ import annotations

from collections.abc import Sequence

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import CfgOptions, ExpandCtx
from ferric.lexer.literal import str_value
from ferric.lexer.token import Lit, LitKind, Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import Parser, PError, parser_for_trees
from ferric.syntax.parser.base import PathStyle, token_descr
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind

_CFG_FORM = "#[cfg(predicate)]"
_CFG_ATTR_FORM = "#[cfg_attr(predicate, attr1, attr2, ...)]"
_CFG_URL = "for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg-attribute>"
_CFG_ATTR_URL = "for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg_attr-attribute>"


# =================================================================================================
# Predicates
# =================================================================================================


@dataclass(frozen=True, slots=True)
class Pred:
    """A parsed predicate: kind "name", "value", "all", "any", "not", "bool"."""

    kind: str
    name: str
    value: str | None
    args: tuple[Pred, ...]
    span: Span


class CfgError(Exception):
    def __init__(self, diag: Diagnostic) -> None:
        super().__init__(diag.message)
        self.diag = diag


def _malformed(
    code: str, attr_span: Span | None, label_span: Span, label: str, what: str = "cfg"
) -> CfgError:
    d = Diagnostic.error(
        f"malformed `{what}` attribute input",
        attr_span if attr_span is not None else label_span,
        code,
    )
    d.with_label(label_span, label)
    if attr_span is not None:
        form = _CFG_FORM if what == "cfg" else _CFG_ATTR_FORM
        d.with_suggestion("must be of the form", [(attr_span, form)], style="inline")
    d.with_note(_CFG_URL if what == "cfg" else _CFG_ATTR_URL)
    return CfgError(d)


class _PredParser:
    """Reads predicates from token trees (the inside of `cfg(...)`)."""

    def __init__(
        self,
        trees: Sequence[TokenTree],
        attr_span: Span | None,
        end: Span,
        deferred: list[CfgError] | None = None,
    ) -> None:
        self.trees = trees
        self.i = 0
        self.attr_span = attr_span
        self.end = end
        self.deferred: list[CfgError] = deferred if deferred is not None else []
        """Errors about a well-formed token list (rustc checks the syntax of the whole
        list first): the first is raised by `finish`."""

    def defer(self, err: CfgError) -> Pred:
        self.deferred.append(err)
        return Pred("bool", "true", None, (), Span(0, 0))

    def finish(self) -> None:
        if self.deferred:
            raise self.deferred[0]

    def at_end(self) -> bool:
        return self.i >= len(self.trees)

    def peek(self) -> TokenTree | None:
        return self.trees[self.i] if self.i < len(self.trees) else None

    def parse_single(self, group_span: Span) -> Pred:
        """Exactly one predicate (an optional trailing comma allowed)."""
        preds = self.parse_list()
        if len(preds) != 1:
            return self.defer(
                _malformed("E0805", self.attr_span, group_span, "expected a single argument here")
            )
        return preds[0]

    def parse_list(self) -> list[Pred]:
        out: list[Pred] = []
        while not self.at_end():
            out.append(self.parse_pred())
            if self.at_end():
                break
            tok = self.peek()
            if isinstance(tok, Token) and tok.kind is TK.COMMA:
                self.i += 1
                continue
            assert tok is not None
            t = tok.open if isinstance(tok, Delimited) else tok
            d = Diagnostic.error(f"expected `,`, found {token_descr(t)}", t.span)
            d.with_primary(t.span, "expected `,`")
            raise CfgError(d)
        return out

    def parse_pred(self) -> Pred:
        tt = self.trees[self.i]
        self.i += 1
        if isinstance(tt, Delimited):
            return self.defer(
                _malformed("E0539", self.attr_span, tt.span, "expected a valid identifier here")
            )
        if tt.kind is TK.IDENT and not tt.raw and tt.text in ("true", "false"):
            return Pred("bool", tt.text, None, (), tt.span)
        if tt.kind is not TK.IDENT:
            return self.defer(
                _malformed("E0539", self.attr_span, tt.span, "expected a valid identifier here")
            )
        name = tt.text
        span = tt.span
        nxt = self.peek()
        if isinstance(nxt, Token) and nxt.kind is TK.PATH_SEP:
            # A multi-segment path is not a cfg name.
            j = self.i
            last = tt
            while j + 1 < len(self.trees) and _is_path_sep(self.trees[j]):
                seg = self.trees[j + 1]
                if not isinstance(seg, Token):
                    break
                last = seg
                j += 2
            self.i = j
            return self.defer(
                _malformed(
                    "E0539", self.attr_span, span.to(last.span), "expected a valid identifier here"
                )
            )
        if isinstance(nxt, Delimited) and nxt.delim is TK.OPEN_PAREN:
            self.i += 1
            whole = span.to(nxt.span)
            sub = _PredParser(nxt.trees, self.attr_span, nxt.close.span, self.deferred)
            if name == "not":
                return Pred("not", name, None, (sub.parse_single(nxt.span),), whole)
            args = tuple(sub.parse_list())
            if name in ("all", "any"):
                return Pred(name, name, None, args, whole)
            return self.defer(
                CfgError(Diagnostic.error(f"invalid predicate `{name}`", whole, "E0537"))
            )
        if isinstance(nxt, Token) and nxt.kind is TK.EQ:
            self.i += 1
            lit = self.peek()
            if (
                isinstance(lit, Token)
                and lit.kind is TK.LITERAL
                and lit.lit is not None
                and lit.lit.kind in (LitKind.STR, LitKind.STR_RAW)
            ):
                self.i += 1
                return Pred("value", name, _str_value(lit.lit), (), span.to(lit.span))
            if (
                isinstance(lit, Token)
                and lit.kind is TK.IDENT
                and lit.text not in ("true", "false")
            ):
                d = Diagnostic.error(
                    'expected a literal (`1u8`, `1.0f32`, `"string"`, etc.) here, found expression',
                    lit.span,
                )
                d.with_primary(lit.span, "expressions are not allowed here")
                d.with_suggestion(
                    "surround the identifier with quotation marks to make it into a string literal",
                    [(lit.span.shrink_to_lo(), '"'), (lit.span.shrink_to_hi(), '"')],
                    style="normal",
                )
                raise CfgError(d)
            bad = lit.span if lit is not None else nxt.span
            if lit is not None:
                self.i += 1
            return self.defer(
                _malformed("E0539", self.attr_span, bad, "expected a string literal here")
            )
        return Pred("name", name, None, (), span)


def _is_path_sep(tt: TokenTree) -> bool:
    return isinstance(tt, Token) and tt.kind is TK.PATH_SEP


def _str_value(lit: Lit) -> str:
    return str_value(lit)


def eval_pred(pred: Pred, cfg: CfgOptions) -> bool:
    k = pred.kind
    if k == "bool":
        return pred.name == "true"
    if k == "not":
        return not eval_pred(pred.args[0], cfg)
    if k == "all":
        return all(eval_pred(p, cfg) for p in pred.args)
    if k == "any":
        return any(eval_pred(p, cfg) for p in pred.args)
    if k == "name":
        name = pred.name
        if name == "test":
            return cfg.test
        if name == "debug_assertions":
            return cfg.debug_assertions
        if name == "overflow_checks":
            return cfg.overflow_checks
        return name in cfg.names
    if pred.name == "feature":
        return pred.value in cfg.features
    return (pred.name, pred.value or "") in cfg.values


def cfg_matches(ctx: ExpandCtx, meta_tokens: Sequence[TokenTree]) -> bool:
    """Whether the predicate written as `meta_tokens` (the inside of `cfg!(...)`) holds.
    Errors are emitted (and the answer is False)."""
    end = meta_tokens[-1].span if meta_tokens else Span(0, 0)
    p = _PredParser(meta_tokens, None, end)
    try:
        preds = p.parse_list()
        p.finish()
        if len(preds) != 1:
            sp = meta_tokens[0].span.to(end) if meta_tokens else end
            raise CfgError(Diagnostic.error("expected 1 cfg-pattern", sp))
        return eval_pred(preds[0], ctx.cfg)
    except CfgError as err:
        ctx.psess.dcx.emit(err.diag)
        return False


# =================================================================================================
# Attributes
# =================================================================================================


def attr_name(attr: ast.Attribute) -> str | None:
    """The attribute's name when its path is a single identifier (`cfg`, `derive`, ...)."""
    kind = attr.kind
    if isinstance(kind, ast.NormalAttr) and len(kind.path.segments) == 1:
        return kind.path.segments[0].ident.name
    return None


_CFG_NAMES = frozenset({"cfg", "cfg_attr"})


def has_cfg_attrs(attrs: ast.Attrs) -> bool:
    return any(attr_name(a) in _CFG_NAMES for a in attrs)


def eval_cfg_attr(psess: ParseSess, cfg: CfgOptions, attr: ast.Attribute) -> bool:
    """Evaluate one `#[cfg(...)]` (True, after an error, when it is malformed)."""
    kind = attr.kind
    assert isinstance(kind, ast.NormalAttr)
    args = kind.args
    try:
        if not isinstance(args, ast.DelimArgs) or args.delim is not ast.Delimiter.PAREN:
            label_span = (
                attr.span
                if args is None
                else (args.span if isinstance(args, ast.DelimArgs) else _eq_span(args))
            )
            raise _malformed("E0539", attr.span, label_span, "expected this to be a list")
        p = _PredParser(args.tokens, attr.span, args.close_span)
        pred = p.parse_single(args.span)
        p.finish()
        return eval_pred(pred, cfg)
    except CfgError as err:
        psess.dcx.emit(err.diag)
        return True


def _eq_span(args: ast.AttrEq) -> Span:
    return args.eq_span.to(args.expr.span)


def expand_cfg_attr(psess: ParseSess, cfg: CfgOptions, attr: ast.Attribute) -> list[ast.Attribute]:
    """`#[cfg_attr(pred, a, b)]` -> `[#[a], #[b]]` when `pred` holds, else `[]`."""
    kind = attr.kind
    assert isinstance(kind, ast.NormalAttr)
    args = kind.args
    if not isinstance(args, ast.DelimArgs) or args.delim is not ast.Delimiter.PAREN:
        label_span = (
            attr.span
            if args is None
            else (args.span if isinstance(args, ast.DelimArgs) else _eq_span(args))
        )
        psess.dcx.emit(
            _malformed(
                "E0539", attr.span, label_span, "expected this to be a list", "cfg_attr"
            ).diag
        )
        return []
    trees = args.tokens
    if not trees:
        psess.dcx.emit(
            _malformed(
                "E0539", attr.span, args.span, "expected at least 1 argument here", "cfg_attr"
            ).diag
        )
        return []
    # The predicate runs up to the first top-level comma.
    cut = next(
        (i for i, t in enumerate(trees) if isinstance(t, Token) and t.kind is TK.COMMA), None
    )
    pred_trees = trees if cut is None else trees[:cut]
    p = _PredParser(pred_trees, attr.span, args.close_span)
    try:
        pred = p.parse_pred()
        p.finish()
        if not p.at_end():
            tt = p.peek()
            assert tt is not None
            t = tt.open if isinstance(tt, Delimited) else tt
            raise CfgError(
                Diagnostic.error(f"expected `,`, found {token_descr(t)}", t.span).with_primary(
                    t.span, "expected `,`"
                )
            )
    except CfgError as err:
        psess.dcx.emit(err.diag)
        return []
    if cut is None:
        last = pred_trees[-1]
        sp = last.close.span if isinstance(last, Delimited) else last.span
        d = Diagnostic.error("expected one of `(`, `,`, `::`, or `=`, found `<eof>`", sp)
        d.with_primary(sp, "expected one of `(`, `,`, `::`, or `=`")
        d.with_suggestion("must be of the form", [(attr.span, _CFG_ATTR_FORM)], style="inline")
        d.with_note(_CFG_ATTR_URL)
        psess.dcx.emit(d)
        return []
    if not eval_pred(pred, cfg):
        return []
    return _parse_attr_list(psess, trees[cut + 1 :], attr)


def _parse_attr_list(
    psess: ParseSess, trees: Sequence[TokenTree], attr: ast.Attribute
) -> list[ast.Attribute]:
    out: list[ast.Attribute] = []
    if not trees:
        return out
    p = parser_for_trees(psess, trees, trees[-1].span.shrink_to_hi())
    try:
        while p.token.kind is not TK.EOF:
            lo = p.token.span
            path = p.parse_path(PathStyle.MOD)
            args = p.parse_attr_args()
            out.append(
                ast.Attribute(
                    kind=ast.NormalAttr(path=path, args=args),
                    style=attr.style,
                    id=psess.fresh_id(),
                    span=lo.to(p.prev_token.span),
                )
            )
            if not p.eat(TK.COMMA) and not _at_eof(p):
                p.expect(TK.COMMA)
    except PError as err:
        if err.diag is not None:
            psess.dcx.emit(err.diag)
    return out


def _at_eof(p: Parser) -> bool:
    return p.token.kind is TK.EOF


def process_attrs(psess: ParseSess, cfg: CfgOptions, attrs: ast.Attrs) -> tuple[ast.Attrs, bool]:
    """Expand `cfg_attr`, evaluate `cfg`: (the attributes without either, whether the
    node they are on stays)."""
    out: list[ast.Attribute] = []
    keep = True
    work = list(reversed(attrs))
    while work:
        a = work.pop()
        name = attr_name(a)
        if name == "cfg_attr":
            work.extend(reversed(expand_cfg_attr(psess, cfg, a)))
        elif name == "cfg":
            if keep and not eval_cfg_attr(psess, cfg, a):
                keep = False
        else:
            out.append(a)
    return tuple(out), keep
