"""Parsing a macro's output as the fragment its call site needs (rustc's
`parse_ast_fragment`, `ensure_complete_parse` and `emit_frag_parse_err`).

A `macro_rules!` transcription is token trees; the call site decides what they must be:
an expression, statements, items, associated items, a pattern or a type (`FragmentKind`).
The same parser that reads files reads them. rustc's errors:

- a parse error, reworded at the end of the output ("macro expansion ends with an
  incomplete expression: expected expression"), with a hint when an expression-position
  call would have parsed as statements;
- tokens left over: "macro expansion ignores `x` and any tokens following" with the
  "caused by the macro expansion here" label and "the usage of `m!` is likely invalid in
  expression context" note;
- a `;` after an expression in expression position: the deny-by-default lint
  `semicolon_in_expressions_from_macros` (for macros of the current crate).

`dummy_fragment` is what a failed expansion becomes (`ErrExpr`, `ErrPat`, `ErrTy`, nothing).
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.expand.base import Fragment, FragmentKind
from ferric.lexer.token import TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import ItemContext, Parser, PError, parser_for_trees
from ferric.syntax.parser.base import token_descr
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind

KIND_NAMES = {
    FragmentKind.EXPR: "expression",
    FragmentKind.STMTS: "statement",
    FragmentKind.ITEMS: "item",
    FragmentKind.IMPL_ITEMS: "impl item",
    FragmentKind.TRAIT_ITEMS: "trait item",
    FragmentKind.FOREIGN_ITEMS: "foreign item",
    FragmentKind.PAT: "pattern",
    FragmentKind.TY: "type",
}


@dataclass(slots=True)
class FragmentSite:
    """Where the output goes, for messages."""

    call: ast.MacCall
    macro_name: str
    arm_span: Span
    """The transcriber that produced the output (DUMMY_SP for built-ins)."""
    is_local: bool
    """The macro is defined in the crate being expanded (its spans are "ours")."""
    is_trailing: bool = False
    """The call is the tail expression of a block."""
    bindings: tuple[str, ...] = ()
    """The matched rule's metavariable names (for "cannot find macro parameter")."""
    lints: list[Diagnostic] | None = None
    """Where lints go (rustc buffers them until after expansion); None: emitted now."""


def dummy_fragment(psess: ParseSess, kind: FragmentKind, span: Span) -> Fragment:
    if kind is FragmentKind.EXPR:
        return ast.ErrExpr(id=psess.fresh_id(), span=span)
    if kind is FragmentKind.PAT:
        return ast.ErrPat(id=psess.fresh_id(), span=span)
    if kind is FragmentKind.TY:
        return ast.ErrTy(id=psess.fresh_id(), span=span)
    if kind is FragmentKind.STMTS:
        return []
    return []


def _eof_span(trees: list[TokenTree]) -> Span:
    """rustc's parser gives a dummy-spanned token the previous token's span: EOF after a
    macro's output sits on its last token (root context)."""
    if not trees:
        return DUMMY_SP
    last = trees[-1]
    sp = last.close.span if isinstance(last, Delimited) else last.span
    return Span(sp.lo, sp.hi, 0)


def parse_fragment(
    psess: ParseSess, trees: list[TokenTree], kind: FragmentKind, site: FragmentSite
) -> Fragment | None:
    """The output as a `kind` fragment, or None after reporting why it is not one."""
    p = parser_for_trees(psess, trees, _eof_span(trees))
    start = p.snapshot()
    try:
        frag = _parse_kind(p, kind)
    except PError as err:
        if err.diag is not None:
            _emit_frag_parse_err(psess, p, start, err.diag, kind, site)
        return None
    if kind is FragmentKind.EXPR and p.token.kind is TK.SEMI:
        if site.is_local:
            _trailing_semicolon_lint(psess, p, site)
        p.bump()
    if p.token.kind is not TK.EOF:
        ensure_complete_parse(psess, p, kind, site)
    return frag


def _parse_kind(p: Parser, kind: FragmentKind) -> Fragment:
    if kind is FragmentKind.EXPR:
        return p.parse_expr()
    if kind is FragmentKind.PAT:
        return p.parse_pat_allow_top_alt()
    if kind is FragmentKind.TY:
        return p.parse_ty()
    if kind is FragmentKind.STMTS:
        stmts: list[ast.Stmt] = []
        while p.token.kind is not TK.EOF and p.token.kind is not TK.CLOSE_BRACE:
            stmt = p.parse_full_stmt()
            if stmt is not None:
                stmts.append(stmt)
        for d in p.deferred_errors:
            p.psess.dcx.emit(d)
        p.deferred_errors.clear()
        return stmts
    items: list[ast.Item] = []
    ctx = {
        FragmentKind.IMPL_ITEMS: ItemContext.IMPL,
        FragmentKind.TRAIT_ITEMS: ItemContext.TRAIT,
        FragmentKind.FOREIGN_ITEMS: ItemContext.FOREIGN,
    }.get(kind)
    while p.token.kind is not TK.EOF:
        item = p.parse_item() if ctx is None else p.parse_assoc_item(ctx)
        if item is None:
            break
        items.append(item)
    for d in p.deferred_errors:
        p.psess.dcx.emit(d)
    p.deferred_errors.clear()
    return items


def ensure_complete_parse(
    psess: ParseSess, p: Parser, kind: FragmentKind, site: FragmentSite
) -> None:
    tok = p.token
    kind_name = KIND_NAMES[kind]
    sp = Span(tok.span.lo, tok.span.hi, 0)
    d = Diagnostic.error(f"macro expansion ignores {token_descr(tok)} and any tokens following", sp)
    d.with_label(site.call.span, "caused by the macro expansion here")
    d.with_note(f"the usage of `{site.macro_name}!` is likely invalid in {kind_name} context")
    if kind is FragmentKind.PAT and tok.kind is TK.FAT_ARROW:
        d.with_note("macros cannot expand to match arms")
    if kind is FragmentKind.EXPR:
        after = psess.source_map.snippet(Span(site.call.span.hi, site.call.span.hi + 1))
        if after is not None and after != ";":
            d.with_suggestion(
                "you might be missing a semicolon here",
                [(site.call.span.shrink_to_hi(), ";")],
                Applicability.MAYBE_INCORRECT,
                "normal",
            )
    psess.dcx.emit(d)


def _trailing_semicolon_lint(psess: ParseSess, p: Parser, site: FragmentSite) -> None:
    d = Diagnostic.error("trailing semicolon in macro used in expression position", p.token.span)
    d.with_label(site.call.span, "in this macro invocation")
    d.children.append(
        SubDiagnostic(
            Level.WARNING,
            "this was previously accepted by the compiler but is being phased out; it will become a hard error in a future release!",
        )
    )
    d.with_note(
        "for more information, see issue #79813 <https://github.com/rust-lang/rust/issues/79813>"
    )
    if site.is_trailing:
        d.with_note("macro invocations at the end of a block are treated as expressions")
        d.with_note(
            f"to ignore the value produced by the macro, add a semicolon after the invocation of `{site.macro_name}`"
        )
    d.with_note(
        "`#[deny(semicolon_in_expressions_from_macros)]` (part of `#[deny(future_incompatible)]`) on by default"
    )
    d.lint = "semicolon_in_expressions_from_macros"
    if site.lints is not None:
        site.lints.append(d)
    else:
        psess.dcx.emit(d)


def _emit_frag_parse_err(
    psess: ParseSess,
    p: Parser,
    start: tuple[object, ...],
    d: Diagnostic,
    kind: FragmentKind,
    site: FragmentSite,
) -> None:
    site_span = site.call.span
    primary = d.primary_span
    if p.token.kind is TK.EOF and d.message.endswith(", found `<eof>`"):
        d.message = (
            "macro expansion ends with an incomplete expression: "
            + d.message[: -len(", found `<eof>`")]
        )
        if primary is not None and not primary.is_dummy:
            _move_primary(d, primary, p.token.span.shrink_to_hi())
            primary = d.primary_span
    if primary is None or primary.is_dummy:
        _move_primary(d, primary, site_span)
        if site.is_local and not site.arm_span.is_dummy:
            d.with_label(site.arm_span, "in this macro arm")
    elif not site.is_local:
        d.with_label(site_span, "in this macro invocation")
    if kind is FragmentKind.EXPR:
        snap = p.snapshot()
        dsnap = psess.dcx.snapshot()
        p.restore(start)
        try:
            _parse_kind(p, FragmentKind.STMTS)
            as_stmts = True
        except PError:
            as_stmts = False
        psess.dcx.rollback(dsnap)
        p.restore(snap)
        if as_stmts:
            d.with_note(
                "the macro call doesn't expand to an expression, but it can expand to a statement"
            )
            if p.token.kind is TK.SEMI:
                text = psess.source_map.snippet(site_span)
                if text is not None:
                    d.with_suggestion(
                        "surround the macro invocation with `{}` to interpret the expansion as a statement",
                        [(site_span, f"{{ {text}; }}")],
                        Applicability.MAYBE_INCORRECT,
                        "normal",
                    )
            else:
                d.with_suggestion(
                    "add `;` to interpret the expansion as a statement",
                    [(site_span.shrink_to_hi(), ";")],
                    Applicability.MAYBE_INCORRECT,
                    "normal",
                )
    elif kind is FragmentKind.TY:
        d.with_label(site_span, "this macro call doesn't expand to a type")
    elif kind is FragmentKind.PAT:
        d.with_label(site_span, "this macro call doesn't expand to a pattern")
    if p.token.kind is TK.DOLLAR and p.look_ahead(1).kind is TK.IDENT:
        name_tok = p.look_ahead(1)
        metavar_span = p.token.span.to(name_tok.span)
        d.message = f"cannot find macro parameter `${name_tok.text}` in this scope"
        d.labels = [Label(metavar_span, "not found in this scope", True)]
        if not site.is_local:
            d.with_label(site_span, "in this macro invocation")
        if site.bindings:
            d.with_note(
                "available metavariable names are: " + ", ".join(f"${b}" for b in site.bindings)
            )
    psess.dcx.emit(d)


def _move_primary(d: Diagnostic, old: Span | None, new: Span) -> None:
    """rustc's `replace_span_with(new, keep_label=true)`: labels on the old primary span move."""
    moved: list[Label] = []
    for lb in d.labels:
        if lb.primary or (old is not None and lb.span == old):
            moved.append(Label(new, lb.message, lb.primary))
        else:
            moved.append(lb)
    if not any(lb.primary for lb in moved):
        moved.append(Label(new, "", True))
    d.labels = moved
