"""Lint levels for the lints pattern checking emits, and the notes rustc adds to say where a
level comes from.

A lint's level at a place is decided by the innermost `#[allow]`, `#[warn]`, `#[deny]`,
`#[forbid]` or `#[expect]` naming it (or a group that contains it) on an enclosing node: an
arm, expression, statement or parameter of the body (read from the AST of the enclosing
item, by span), then the enclosing items outwards, up to the crate's `#![...]` attributes;
else the lint's default level.

The explanation is appended to the diagnostic as rustc does, once per session for the same
text: "`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default", or a
"the lint level is defined here" note at the attribute (with "`#[deny(x)]` implied by
`#[deny(group)]`" when it names a group).
"""

from __future__ import annotations

import enum
from dataclasses import field, fields, is_dataclass

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic, Label, Level, SubDiagnostic
from ferric.lexer.token import Token, TokenKind
from ferric.resolve.defs import DefId, DefKind
from ferric.syntax import ast
from ferric.ty.context import TyCtxt


class LintLevel(enum.Enum):
    ALLOW = "allow"
    WARN = "warn"
    DENY = "deny"
    FORBID = "forbid"


UNREACHABLE_PATTERNS = "unreachable_patterns"
IRREFUTABLE_LET_PATTERNS = "irrefutable_let_patterns"
BINDINGS_WITH_VARIANT_NAME = "bindings_with_variant_name"
OVERLAPPING_RANGE_ENDPOINTS = "overlapping_range_endpoints"
NON_CONTIGUOUS_RANGE_ENDPOINTS = "non_contiguous_range_endpoints"

DEFAULT_LEVELS: dict[str, LintLevel] = {
    UNREACHABLE_PATTERNS: LintLevel.WARN,
    IRREFUTABLE_LET_PATTERNS: LintLevel.WARN,
    BINDINGS_WITH_VARIANT_NAME: LintLevel.DENY,
    OVERLAPPING_RANGE_ENDPOINTS: LintLevel.WARN,
    NON_CONTIGUOUS_RANGE_ENDPOINTS: LintLevel.WARN,
}

GROUPS: dict[str, frozenset[str]] = {
    "unused": frozenset({UNREACHABLE_PATTERNS}),
}
"""The lint groups that contain these lints (besides `warnings`)."""

_LEVEL_ATTRS = {
    "allow": LintLevel.ALLOW,
    "expect": LintLevel.ALLOW,
    "warn": LintLevel.WARN,
    "deny": LintLevel.DENY,
    "forbid": LintLevel.FORBID,
}


@dataclass(frozen=True, slots=True)
class LevelSource:
    level: LintLevel
    attr_name: str | None = None
    """The name the attribute gave (the lint itself or a group); None: the default."""
    span: Span | None = None
    """Where that name is written."""


def _attr_levels(attrs: tuple[object, ...], lint: str) -> LevelSource | None:
    """The last level `attrs` set for `lint`."""
    found: LevelSource | None = None
    for a in attrs:
        if not (isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr)):
            continue
        segs = a.kind.path.segments
        if len(segs) != 1 or segs[0].ident.name not in _LEVEL_ATTRS:
            continue
        args = a.kind.args
        if not isinstance(args, ast.DelimArgs):
            continue
        level = _LEVEL_ATTRS[segs[0].ident.name]
        for name, span in _lint_names(args.tokens):
            group = GROUPS.get(name)
            if (
                name == lint
                or (group is not None and lint in group)
                or (name == "warnings" and DEFAULT_LEVELS.get(lint) is LintLevel.WARN)
            ):
                found = LevelSource(level, name, span)
    return found


def _lint_names(tokens: tuple[object, ...]) -> list[tuple[str, Span]]:
    """The plain lint names in an attribute's argument list (tool lints `a::b` skipped)."""
    out: list[tuple[str, Span]] = []
    part: list[Token] = []
    for tok in [*tokens, None]:
        if tok is None or (isinstance(tok, Token) and tok.kind is TokenKind.COMMA):
            if len(part) == 1 and part[0].kind is TokenKind.IDENT:
                out.append((part[0].text, part[0].span))
            part = []
        elif isinstance(tok, Token):
            part.append(tok)
        else:
            part.append(Token(TokenKind.COMMA, ",", Span(0, 0)))  # a delimited group: not a name
    return out


@dataclass(slots=True)
class LintLevels:
    """Lint levels inside the body of one item."""

    tcx: TyCtxt
    owner: DefId
    _nodes: list[tuple[Span, tuple[object, ...]]] | None = None
    _cache: dict[tuple[str, Span], LevelSource] = field(default_factory=dict)

    def level(self, lint: str, span: Span) -> LevelSource:
        key = (lint, span)
        src = self._cache.get(key)
        if src is None:
            src = self._compute(lint, span)
            self._cache[key] = src
        return src

    def _compute(self, lint: str, span: Span) -> LevelSource:
        best: tuple[int, LevelSource] | None = None
        for nspan, attrs in self._attr_nodes():
            if nspan.lo <= span.lo and span.hi <= nspan.hi:
                src = _attr_levels(attrs, lint)
                if src is not None and (best is None or nspan.hi - nspan.lo < best[0]):
                    best = (nspan.hi - nspan.lo, src)
        if best is not None:
            return best[1]
        cur: DefId | None = self.owner
        while cur is not None:
            src = _attr_levels(self.tcx.defs[cur].attrs, lint)
            if src is not None:
                return src
            cur = self.tcx.parent(cur)
        return LevelSource(DEFAULT_LEVELS[lint])

    def _attr_nodes(self) -> list[tuple[Span, tuple[object, ...]]]:
        """Nodes with attributes inside the outermost item around the body (by span)."""
        if self._nodes is None:
            self._nodes = []
            cur: DefId | None = self.owner
            root: object = None
            while cur is not None and self.tcx.def_kind(cur) is not DefKind.MOD:
                node = self.tcx.defs[cur].node
                if node is not None:
                    root = node
                cur = self.tcx.parent(cur)
            if root is not None:
                _collect_attr_nodes(root, self._nodes)
        return self._nodes


def _collect_attr_nodes(root: object, out: list[tuple[Span, tuple[object, ...]]]) -> None:
    stack: list[object] = [root]
    first = True
    while stack:
        node = stack.pop()
        if isinstance(node, tuple | list):
            stack.extend(node)
            continue
        if not is_dataclass(node) or isinstance(node, ast.Attribute | Token | Span | type):
            continue
        attrs = getattr(node, "attrs", None)
        span = getattr(node, "span", None)
        if attrs and isinstance(span, Span) and not (first and isinstance(node, ast._ItemBase)):
            out.append((span, tuple(attrs)))
        first = False
        for f in fields(node):
            if f.name in ("attrs", "span", "id", "tokens"):
                continue
            v = getattr(node, f.name, None)
            if isinstance(v, tuple | list) or (is_dataclass(v) and not isinstance(v, type)):
                stack.append(v)


def explain_level(
    dcx_diagnostics: list[Diagnostic], d: Diagnostic, lint: str, src: LevelSource
) -> None:
    """Append rustc's note on where the lint's level comes from (once per session)."""
    level = src.level.value
    if src.attr_name is None:
        group = next((g for g, members in GROUPS.items() if lint in members), None)
        part = f" (part of `#[{level}({group})]`)" if group is not None else ""
        _note_once(dcx_diagnostics, d, f"`#[{level}({lint})]`{part} on by default", None)
        return
    _note_once(dcx_diagnostics, d, "the lint level is defined here", src.span)
    if src.attr_name != lint:
        _note_once(
            dcx_diagnostics,
            d,
            f"`#[{level}({lint})]` implied by `#[{level}({src.attr_name})]`",
            None,
        )


def _note_once(existing: list[Diagnostic], d: Diagnostic, message: str, span: Span | None) -> None:
    for other in [*existing, d]:
        for c in other.children:
            if c.level is Level.NOTE and c.message == message and c.primary_span == span:
                return
    sub = SubDiagnostic(Level.NOTE, message)
    if span is not None:
        sub.labels.append(Label(span, "", True))
    d.children.append(sub)


def lint_diagnostic(
    message: str, lint: str, src: LevelSource, code: str | None = None
) -> Diagnostic:
    """An empty lint diagnostic at the level `src` gives (callers add spans and children)."""
    level = Level.WARNING if src.level is LintLevel.WARN else Level.ERROR
    return Diagnostic(level, message, code, lint=lint)
