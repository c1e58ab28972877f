"""Building derived impls from Rust source text.

A derive writes the impl it generates as text (`Src`), marking which parts stand for
something the user wrote (a field: `add(text, span)`), and leaving holes for user types
(`ty(node)`, written as a placeholder path). `parse_items` lexes the text, gives every token
the span of the part it came from (the derive's own span otherwise — `ExpandCtx.current_expn`
marks them as macro-made), parses the items with ferric's parser and puts deep copies of
the user's type nodes (fresh node ids, original spans) into the holes. So a derived impl is
an ordinary AST whose errors point where rustc's do: `` `NotDebug` doesn't implement
`Debug` `` at the field, not at the derive.

Invariant: generated text always parses; a parse error here is an internal error.
"""

from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import TypeVar, cast

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.expand.base import ExpandCtx
from ferric.lexer.lexer import tokenize
from ferric.lexer.token import TokenKind
from ferric.syntax import ast
from ferric.syntax.parser import Parser, PError

T = TypeVar("T")
_HOLE = "__ferric_derive_ty_"


@dataclass(slots=True)
class Src:
    """Generated source text with the spans its parts stand for."""

    default: Span
    parts: list[str] = field(default_factory=list)
    marks: list[tuple[int, int, Span]] = field(default_factory=list)
    holes: list[ast.Ty] = field(default_factory=list)
    _len: int = 0

    def add(self, text: str, span: Span | None = None) -> Src:
        """Append `text`; its tokens get `span` (else the derive's span)."""
        if span is not None:
            self.marks.append((self._len, self._len + len(text), span))
        self.parts.append(text)
        self._len += len(text)
        return self

    def ty(self, node: ast.Ty) -> Src:
        """Append a hole that becomes (a copy of) the user's type `node`."""
        self.holes.append(node)
        return self.add(f"{_HOLE}{len(self.holes) - 1}")

    def extend(self, other: Src) -> Src:
        """Append `other` (its marks and type holes too; `self` must have no holes yet, so
        the hole numbers of `other` stay valid)."""
        assert not self.holes or not other.holes
        offset = self._len
        self.marks.extend((lo + offset, hi + offset, sp) for lo, hi, sp in other.marks)
        self.holes.extend(other.holes)
        text = other.text()
        self.parts.append(text)
        self._len += len(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def span_at(self, offset: int) -> Span:
        for lo, hi, span in reversed(self.marks):
            if lo <= offset < hi:
                return span
        return self.default


def with_ctxt(span: Span, ctxt: int) -> Span:
    return Span(span.lo, span.hi, ctxt or span.ctxt)


def expn_ctxt(ctx: ExpandCtx) -> int:
    """The syntax context of the running derive (set by the expander)."""
    return ctx.current_expn


def parse_items(ctx: ExpandCtx, src: Src) -> list[ast.Item]:
    """The items written in `src`, spanned as described in the module docstring."""
    text = src.text()
    sf = SourceFile("<derive>", text, 1)
    scratch = DiagCtxt()
    tokens = tokenize(sf, scratch, ctx.psess.edition)
    if scratch.has_errors:
        raise AssertionError(f"derive generated text that does not lex:\n{text}")
    for tok in tokens:
        tok.span = src.span_at(tok.span.lo - 1) if tok.kind is not TokenKind.EOF else src.default
    p = Parser(ctx.psess, tokens)
    snap = ctx.psess.dcx.snapshot()
    items: list[ast.Item] = []
    try:
        while p.token.kind is not TokenKind.EOF:
            item = p.parse_item()
            if item is None:
                raise AssertionError(f"derive generated text that is not items:\n{text}")
            items.append(item)
    except PError as err:
        raise AssertionError(
            f"derive generated text that does not parse ({err}):\n{text}"
        ) from None
    if ctx.psess.dcx.snapshot() != snap:
        ctx.psess.dcx.rollback(snap)
        raise AssertionError(f"derive generated text with errors:\n{text}")
    if src.holes:
        items = [fill_holes(ctx, item, src.holes) for item in items]
    return items


# =================================================================================================
# Tree copies
# =================================================================================================


def fresh_copy(ctx: ExpandCtx, node: T) -> T:
    """A copy of an AST node with fresh node ids (spans kept)."""
    return cast(T, _map(node, ctx, None))


def fill_holes(ctx: ExpandCtx, node: T, holes: list[ast.Ty]) -> T:
    return cast(T, _map(node, ctx, holes))


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, bool, float, type(None), Span)


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.name != "span")
    return names


def _map(node: object, ctx: ExpandCtx, holes: list[ast.Ty] | None) -> object:
    """Rebuild `node`: fresh ids when copying (`holes` None), else hole paths replaced."""
    if isinstance(node, tuple):
        items = [_map(x, ctx, holes) for x in node]
        if holes is not None and all(a is b for a, b in zip(items, node, strict=True)):
            return node
        return tuple(items)
    if not dataclasses.is_dataclass(node) or isinstance(node, (type, Span)):
        return node
    if holes is not None and isinstance(node, ast.PathTy) and node.qself is None:
        segs = node.path.segments
        if len(segs) == 1 and segs[0].ident.name.startswith(_HOLE):
            return fresh_copy(ctx, holes[int(segs[0].ident.name[len(_HOLE) :])])
    changes: dict[str, object] = {}
    for name in _field_names(type(node)):
        value = getattr(node, name)
        if name in ("id", "anon_id") and isinstance(value, int):
            if holes is None:
                changes[name] = ctx.psess.fresh_id()
            continue
        if isinstance(value, _ATOMS):
            continue
        new = _map(value, ctx, holes)
        if new is not value:
            changes[name] = new
    if not changes:
        return node
    return dataclasses.replace(node, **changes)
