"""Matching a macro invocation against one rule's matcher (rustc's `mbe::macro_parser`).

An NFA over the flattened matcher (`compute_locs`): a set of matcher positions advances one
input token at a time; repetitions fork positions (skip / enter / repeat / end), and a
metavariable is parsed by the real parser ("black box") when it is the only position left
at that input token (several at once is rustc's "local ambiguity" error). Matches are built
persistently (repetitions as cons lists) so forking positions is cheap.

The input is the invocation's token trees flattened into one token list ending in EOF
(`MatchInput`); doc comments are desugared to `#[doc = r"..."]` first, as rustc does.
Fragments are parsed with a `Parser` sharing that list (`Parser.seek`).

Output of `parse_tt`: `Success(bindings)`, `FAILURE`, `AMBIGUITY`, or `ERROR_REPORTED` (a
fragment failed to parse and the error was emitted). A `Tracker`, when given, records what
each position tried, for the error messages of `diagnostics.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ferric.base.nodeclass import dataclass
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.macro_rules.quoted import MTT, MDelimited, MetaVar, MetaVarDecl, MSequence, MTok
from ferric.lexer.token import Lit, LitKind, Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.nonterminal import nonterminal
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import Parser, PError
from ferric.syntax.parser.base import (
    PathStyle,
    can_begin_expr,
    can_begin_type,
    nt_kind,
    token_descr,
)
from ferric.syntax.tokentree import Delimited, TokenTree

TK = TokenKind

# =================================================================================================
# The flattened matcher
# =================================================================================================

L_TOKEN, L_DELIMITED, L_SEQUENCE, L_KLEENE_NO_SEP, L_SEP, L_KLEENE_AFTER_SEP, L_METAVAR, L_EOF = (
    range(8)
)


@dataclass(slots=True)
class Loc:
    """One `MatcherLoc`: `tag` says which; the other fields are used by some tags only."""

    tag: int
    tok: Token | None = None
    """L_TOKEN: the token; L_SEP: the separator."""
    op: str = ""
    num_decls: int = 0
    idx: int = 0
    """L_SEQUENCE: index of the first loc after the sequence; L_KLEENE_*: of the first inside."""
    next_metavar: int = 0
    depth: int = 0
    span: Span = DUMMY_SP
    name: str = ""
    kind: str = ""

    def describe(self) -> str:
        """As rustc's notes name it: "while trying to match <this>"."""
        if self.tag in (L_TOKEN, L_SEP):
            assert self.tok is not None
            return token_descr(self.tok)
        if self.tag == L_METAVAR:
            return f"meta-variable `${self.name}:{self.kind}`"
        if self.tag == L_EOF:
            return "end of macro"
        if self.tag == L_DELIMITED:
            return "delimiter"
        if self.tag == L_SEQUENCE:
            return "sequence start"
        return "sequence end"

    @property
    def has_span(self) -> bool:
        return self.tag in (L_TOKEN, L_METAVAR)

    @property
    def loc_span(self) -> Span:
        if self.tag == L_TOKEN:
            assert self.tok is not None
            return self.tok.span
        return self.span


def compute_locs(matcher: Sequence[MTT]) -> list[Loc]:
    locs: list[Loc] = []
    next_metavar = [0]

    def inner(tts: Sequence[MTT], depth: int) -> None:
        for tt in tts:
            if isinstance(tt, MTok):
                locs.append(Loc(L_TOKEN, tok=tt.tok))
            elif isinstance(tt, MDelimited):
                locs.append(Loc(L_DELIMITED))
                locs.append(Loc(L_TOKEN, tok=tt.open))
                inner(tt.tts, depth)
                locs.append(Loc(L_TOKEN, tok=tt.close))
            elif isinstance(tt, MSequence):
                seq_loc = Loc(
                    L_SEQUENCE,
                    op=tt.op,
                    num_decls=tt.num_captures,
                    next_metavar=next_metavar[0],
                    depth=depth,
                )
                locs.append(seq_loc)
                idx_first = len(locs)
                inner(tt.tts, depth + 1)
                if tt.separator is not None:
                    locs.append(Loc(L_SEP, tok=tt.separator))
                    locs.append(Loc(L_KLEENE_AFTER_SEP, idx=idx_first))
                else:
                    locs.append(Loc(L_KLEENE_NO_SEP, op=tt.op, idx=idx_first))
                seq_loc.idx = len(locs)
            elif isinstance(tt, MetaVarDecl):
                locs.append(
                    Loc(
                        L_METAVAR,
                        span=tt.span,
                        name=tt.name,
                        kind=tt.kind or "tt",
                        next_metavar=next_metavar[0],
                        depth=depth,
                    )
                )
                next_metavar[0] += 1
            else:
                assert not isinstance(tt, MetaVar)

    inner(matcher, 0)
    locs.append(Loc(L_EOF))
    return locs


# =================================================================================================
# Matches
# =================================================================================================


@dataclass(frozen=True, slots=True)
class MatchedSingle:
    kind: str
    value: object
    """ident/lifetime: the Token; tt: the TokenTree; literal: tuple of its Tokens; other kinds:
    the parsed AST node."""
    span: Span


@dataclass(frozen=True, slots=True)
class MatchedSeq:
    items: tuple[NamedMatch, ...]


NamedMatch = MatchedSingle | MatchedSeq


class _Cons:
    """A repetition being matched: a persistent list, newest element first."""

    __slots__ = ("head", "length", "tail")

    def __init__(self, head: object, tail: _Cons | None) -> None:
        self.head = head
        self.tail = tail
        self.length: int = 1 + (tail.length if tail is not None else 0)


class _Building:
    """MatchedSeq under construction (`items` None for an empty one)."""

    __slots__ = ("items",)

    def __init__(self, items: _Cons | None) -> None:
        self.items = items


_EMPTY_SEQ = _Building(None)


def _push(value: object, depth: int, m: object) -> object:
    assert isinstance(value, _Building)
    if depth == 0:
        return _Building(_Cons(m, value.items))
    assert value.items is not None
    return _Building(_Cons(_push(value.items.head, depth - 1, m), value.items.tail))


def push_match(
    matches: tuple[object, ...], metavar: int, depth: int, m: object
) -> tuple[object, ...]:
    if depth == 0:
        assert metavar == len(matches)
        return (*matches, m)
    return (*matches[:metavar], _push(matches[metavar], depth - 1, m), *matches[metavar + 1 :])


def _freeze(value: object) -> NamedMatch:
    if isinstance(value, _Building):
        items: list[NamedMatch] = []
        c = value.items
        while c is not None:
            items.append(_freeze(c.head))
            c = c.tail
        items.reverse()
        return MatchedSeq(tuple(items))
    assert isinstance(value, MatchedSingle)
    return value


# =================================================================================================
# The input
# =================================================================================================


class MatchInput:
    """An invocation's arguments as one token list (EOF last), with delimiter groups indexed."""

    def __init__(self, psess: ParseSess, trees: Sequence[TokenTree]) -> None:
        self.trees = tuple(trees)
        toks: list[Token] = []
        groups: dict[int, tuple[Delimited, int]] = {}
        _flatten_desugared(self.trees, toks, groups)
        end = Span(toks[-1].span.hi, toks[-1].span.hi, toks[-1].span.ctxt) if toks else DUMMY_SP
        toks.append(Token(TK.EOF, "end of macro arguments", end))
        self.toks = toks
        self.groups = groups
        """Index of an opening delimiter -> (its `Delimited`, index of its closer)."""
        self.parser = Parser(psess, toks)


def _flatten_desugared(
    trees: Sequence[TokenTree], out: list[Token], groups: dict[int, tuple[Delimited, int]]
) -> None:
    stack: list[tuple[Sequence[TokenTree], int, Delimited | None, int]] = [(trees, 0, None, -1)]
    while stack:
        seq, i, group, open_idx = stack.pop()
        while i < len(seq):
            tt = seq[i]
            i += 1
            if isinstance(tt, Delimited):
                stack.append((seq, i, group, open_idx))
                open_idx = len(out)
                out.append(tt.open)
                seq, i, group = tt.trees, 0, tt
            elif tt.kind is TK.DOC_COMMENT:
                for d in desugar_doc_comment(tt):
                    if isinstance(d, Delimited):
                        groups[len(out)] = (d, len(out) + len(d.trees) + 1)
                        out.append(d.open)
                        out.extend(d.trees)  # type: ignore[arg-type]  # flat: tokens only
                        out.append(d.close)
                    else:
                        out.append(d)
            else:
                out.append(tt)
        if group is not None:
            groups[open_idx] = (group, len(out))
            out.append(group.close)


def desugar_doc_comment(tok: Token) -> list[TokenTree]:
    """`/// text` -> `# [doc = r"text"]` (`#!` for inner comments), all at the comment's span."""
    text = tok.text
    inner = text.startswith("//!") or text.startswith("/*!")
    body = text[3:] if text.startswith("//") else text[3:-2]
    n_hashes = 0
    while '"' + "#" * n_hashes in body:
        n_hashes += 1
    sp = tok.span
    lit = Token(
        TK.LITERAL,
        f'r{"#" * n_hashes}"{body}"{"#" * n_hashes}',
        sp,
        lit=Lit(LitKind.STR_RAW, body, None, n_hashes),
    )
    contents: tuple[TokenTree, ...] = (Token(TK.IDENT, "doc", sp), Token(TK.EQ, "=", sp), lit)
    group = Delimited(Token(TK.OPEN_BRACKET, "[", sp), Token(TK.CLOSE_BRACKET, "]", sp), contents)
    out: list[TokenTree] = [Token(TK.POUND, "#", sp)]
    if inner:
        out.append(Token(TK.NOT, "!", sp))
    out.append(group)
    return out


def token_name_eq(a: Token, b: Token) -> bool:
    """Unhygienic token equality: identifiers and lifetimes by name and rawness, literals by
    value as written, punctuation by kind; interpolated fragments never compare equal."""
    k = a.kind
    if k is not b.kind or k is TK.INTERPOLATED:
        return False
    if k is TK.IDENT or k is TK.LIFETIME:
        return a.text == b.text and a.raw == b.raw
    if k is TK.LITERAL:
        return a.lit == b.lit
    if k is TK.DOC_COMMENT:
        return a.text == b.text
    return True


# =================================================================================================
# Which tokens may start a fragment (rustc's `nonterminal_may_begin_with`)
# =================================================================================================

_PAT_START = frozenset(
    {
        TK.IDENT,
        TK.OPEN_PAREN,
        TK.OPEN_BRACKET,
        TK.AND,
        TK.MINUS,
        TK.AND_AND,
        TK.LITERAL,
        TK.DOT_DOT,
        TK.DOT_DOT_DOT,
        TK.PATH_SEP,
        TK.LT,
        TK.SHL,
    }
)
_CLOSERS = frozenset({TK.CLOSE_PAREN, TK.CLOSE_BRACKET, TK.CLOSE_BRACE, TK.EOF})


def may_begin_with(kind: str, tok: Token, edition: int = 2021) -> bool:
    k = tok.kind
    if k is TK.EOF:
        return False
    if kind in ("tt", "item", "stmt"):
        return k not in _CLOSERS
    if kind == "expr" and edition >= 2024:  # 2024's `expr` also matches `_` and `const { }`
        return (can_begin_expr(tok) or tok.is_ident("_")) and not tok.is_ident("let")
    if kind in ("expr", "expr_2021"):
        return can_begin_expr(tok) and not tok.is_ident("let") and not tok.is_ident("const")
    if kind == "ty":
        return can_begin_type(tok)
    if kind == "ident":
        return k is TK.IDENT and (tok.raw or tok.text != "_")
    if kind == "literal":
        return (
            k is TK.LITERAL
            or k is TK.MINUS
            or tok.is_ident("true")
            or tok.is_ident("false")
            or nt_kind(tok) in ("expr", "literal")
        )
    if kind == "vis":
        return (
            k is TK.COMMA
            or k is TK.IDENT
            or k is TK.LIFETIME
            or k is TK.INTERPOLATED
            or can_begin_type(tok)
        )
    if kind == "block":
        return k is TK.OPEN_BRACE or nt_kind(tok) in ("block", "stmt", "expr", "expr_2021")
    if kind in ("path", "meta"):
        return (
            k is TK.PATH_SEP
            or k is TK.IDENT
            or nt_kind(tok)
            in ("stmt", "pat", "pat_param", "expr", "expr_2021", "ty", "meta", "path")
        )
    if kind in ("pat", "pat_param"):
        if k in _PAT_START:
            return True
        if k is TK.OR:
            return kind == "pat"
        return nt_kind(tok) in ("expr", "expr_2021", "meta", "pat", "pat_param", "path", "ty")
    if kind == "lifetime":
        return k is TK.LIFETIME
    return False


# =================================================================================================
# Parsing one fragment
# =================================================================================================


class FragmentError(Exception):
    """A fragment failed to parse; `diag` is the parser's error (not yet emitted)."""

    def __init__(self, diag: Diagnostic | None) -> None:
        super().__init__("fragment")
        self.diag = diag


def parse_nonterminal(
    inp: MatchInput, pos: int, kind: str, edition: int
) -> tuple[MatchedSingle, int]:
    """Parse a `kind` fragment at token `pos`; returns it and the index after it."""
    toks = inp.toks
    tok = toks[pos]
    if kind == "tt":
        group = inp.groups.get(pos)
        if group is not None:
            return MatchedSingle("tt", group[0], group[0].span), group[1] + 1
        return MatchedSingle("tt", tok, tok.span), pos + 1
    if kind == "ident":
        if tok.kind is TK.IDENT and (tok.raw or tok.text != "_"):
            return MatchedSingle("ident", tok, tok.span), pos + 1
        raise FragmentError(Diagnostic.error(f"expected ident, found {token_descr(tok)}", tok.span))
    if kind == "lifetime":
        if tok.kind is TK.LIFETIME:
            return MatchedSingle("lifetime", tok, tok.span), pos + 1
        raise FragmentError(Diagnostic.error(f"expected a lifetime, found `{tok.text}`", tok.span))
    p = inp.parser
    p.toks = toks
    p.seek(pos)
    node: object
    try:
        if kind in ("expr", "expr_2021"):
            node = p.parse_expr()
        elif kind == "ty":
            node = p.parse_ty()
        elif kind == "pat_param" or (kind == "pat" and edition < 2021):
            node = p.parse_pat_no_top_alt()
        elif kind == "pat":
            node = p.parse_pat_allow_top_alt()
        elif kind == "path":
            node = p.parse_path(PathStyle.TYPE)
        elif kind == "block":
            node = p.parse_block()
        elif kind == "literal":
            node = p.parse_literal_maybe_minus()
        elif kind == "vis":
            node = p.parse_visibility()
        elif kind == "meta":
            node = _parse_meta(p)
        elif kind == "item":
            item = p.parse_item()
            if item is None:
                raise FragmentError(Diagnostic.error("expected an item keyword", p.token.span))
            node = item
        elif kind == "stmt":
            stmt = p.parse_stmt_without_recovery()
            if stmt is None:
                raise FragmentError(Diagnostic.error("expected a statement", p.token.span))
            node = stmt
        else:
            raise AssertionError(kind)
    except PError as err:
        raise FragmentError(err.diag) from None
    end = p.pos - 1
    if not p.pending and p.token is not toks[end]:
        # The fragment ended inside a glued token (`>>`): its rest takes the token's place.
        toks = list(toks)
        toks[end] = p.token
        inp.toks = toks
    span = toks[pos].span.to(p.prev_token.span)
    if kind == "literal":
        return MatchedSingle("literal", tuple(toks[pos:end]), span), end
    node_span = getattr(node, "span", None)
    if isinstance(node_span, Span):
        span = node_span
    return MatchedSingle(kind, node, span), end


def _parse_meta(p: Parser) -> ast.NormalAttr:
    tok = p.token
    if tok.kind is TK.INTERPOLATED and (nt := nonterminal(tok)) is not None and nt.kind == "meta":
        p.bump()
        assert isinstance(nt.node, ast.NormalAttr)
        return nt.node
    unsafe = False
    if p.is_kw("unsafe") and p.look_ahead(1).kind is TK.OPEN_PAREN:
        p.bump()
        p.bump()
        unsafe = True
    path = p.parse_path(PathStyle.MOD)
    args = p.parse_attr_args()
    if unsafe:
        p.expect(TK.CLOSE_PAREN)
    return ast.NormalAttr(path=path, args=args, unsafe=unsafe)


# =================================================================================================
# The NFA
# =================================================================================================


class Tracker:
    """Records what was tried, for diagnostics (`diagnostics.CollectTracker`)."""

    def trying_match(self, pos: int, tok: Token, loc: int) -> None: ...

    def matched_one(self, pos: int, loc: int) -> None: ...

    def failure(self, tok: Token, pos: int) -> None: ...

    def ambiguity(self) -> None: ...


class _Result:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


FAILURE = _Result("Failure")
AMBIGUITY = _Result("Ambiguity")
ERROR_REPORTED = _Result("ErrorReported")


@dataclass(frozen=True, slots=True)
class Success:
    bindings: dict[str, NamedMatch]


ParseResult = Success | _Result


def parse_tt(
    psess: ParseSess, inp: MatchInput, locs: list[Loc], track: Tracker | None
) -> ParseResult:
    """Match the whole input against `locs` (rustc's `TtParser::parse_tt`)."""
    cur: list[tuple[int, tuple[object, ...]]] = [(0, ())]
    pos = 0
    edition = psess.edition
    while True:
        nxt: list[tuple[int, tuple[object, ...]]] = []
        ambig: tuple[int, tuple[object, ...]] | None = None
        found_ambiguity = False
        tok = inp.toks[pos]
        while cur:
            idx, matches = cur.pop()
            loc = locs[idx]
            if track is not None:
                track.trying_match(pos, tok, idx)
            tag = loc.tag
            if tag == L_TOKEN:
                assert loc.tok is not None
                if loc.tok.kind is TK.DOC_COMMENT:
                    cur.append((idx + 1, matches))
                elif token_name_eq(loc.tok, tok):
                    if track is not None:
                        track.matched_one(pos, idx)
                    nxt.append((idx + 1, matches))
            elif tag == L_DELIMITED:
                cur.append((idx + 1, matches))
            elif tag == L_SEQUENCE:
                for mv in range(loc.next_metavar, loc.next_metavar + loc.num_decls):
                    matches = push_match(matches, mv, loc.depth, _EMPTY_SEQ)
                if loc.op in ("*", "?"):
                    cur.append((loc.idx, matches))
                cur.append((idx + 1, matches))
            elif tag == L_KLEENE_NO_SEP:
                cur.append((idx + 1, matches))
                if loc.op != "?":
                    cur.append((loc.idx, matches))
            elif tag == L_SEP:
                cur.append((idx + 2, matches))
                assert loc.tok is not None
                if token_name_eq(tok, loc.tok):
                    if track is not None:
                        track.matched_one(pos, idx)
                    nxt.append((idx + 1, matches))
            elif tag == L_KLEENE_AFTER_SEP:
                cur.append((loc.idx, matches))
            elif tag == L_METAVAR:
                if not may_begin_with(loc.kind, tok, edition):
                    continue
                if track is not None:
                    track.matched_one(pos, idx)
                if ambig is not None:
                    found_ambiguity = True
                else:
                    ambig = (idx, matches)
            else:  # L_EOF
                if tok.kind is not TK.EOF:
                    continue
                if track is not None:
                    track.matched_one(pos, idx)
                if ambig is not None:
                    found_ambiguity = True
                else:
                    ambig = (idx, matches)
        if ambig is not None:
            if found_ambiguity or nxt:
                if track is not None:
                    track.ambiguity()
                return AMBIGUITY
            idx, matches = ambig
            loc = locs[idx]
            if loc.tag == L_EOF:
                return Success(_nameize(locs, matches))
            try:
                m, pos = parse_nonterminal(inp, pos, loc.kind, edition)
            except FragmentError as err:
                if err.diag is not None:
                    err.diag.with_label(
                        loc.span, f"while parsing argument for this `{loc.kind}` macro fragment"
                    )
                    psess.dcx.emit(err.diag)
                return ERROR_REPORTED
            cur = [(idx + 1, push_match(matches, loc.next_metavar, loc.depth, m))]
            continue
        if not nxt:
            if track is not None:
                track.failure(tok, pos)
            return FAILURE
        cur = nxt
        pos += 1


def _nameize(locs: list[Loc], matches: tuple[object, ...]) -> dict[str, NamedMatch]:
    out: dict[str, NamedMatch] = {}
    i = 0
    for loc in locs:
        if loc.tag == L_METAVAR:
            out[loc.name] = _freeze(matches[i])
            i += 1
    return out
