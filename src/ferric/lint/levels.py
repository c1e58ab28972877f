"""Lint levels, as rustc computes them for clippy's tool lints, and the notes saying why.

The level of a lint at a span: the innermost `#[allow]`/`#[expect]`/`#[warn]`/`#[deny]`/
`#[forbid]` naming it (`clippy::NAME`) or one of its groups (`clippy::style`,
`clippy::all`, ...) on a node of the user's AST whose span holds it (items, statements,
expressions, arms, the crate's `#![...]`); else the last command-line flag (`-A`, `-W`,
`-D`, `-F`) naming it or a group; else its default. A lint that ends up at `warn` then
follows `warnings` (`-D warnings`, `#[allow(warnings)]`), found the same way.

`Source` remembers where the level came from, for the note rustc adds to the first
diagnostic of each kind: "`#[warn(clippy::x)]` on by default", "the lint level is defined
here", "`-D clippy::x` implied by `-D warnings`".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass

from ferric.base.span import Span
from ferric.lexer.token import Token, TokenKind
from ferric.lint.registry import RUSTC_GROUPS, Level, Lint, group_contains
from ferric.syntax import ast

_ATTR_LEVELS = {
    "allow": Level.ALLOW,
    "expect": Level.EXPECT,
    "warn": Level.WARN,
    "deny": Level.DENY,
    "forbid": Level.FORBID,
}
FLAG_LEVELS = {"-A": Level.ALLOW, "-W": Level.WARN, "-D": Level.DENY, "-F": Level.FORBID}


@dataclass(frozen=True, slots=True)
class Source:
    """Where a level was set: `span` for an attribute, `flag` for the command line, neither
    for the default. `name` is what was written (`clippy::all`, `warnings`)."""

    level: Level
    name: str | None = None
    span: Span | None = None
    flag: str | None = None


@dataclass(frozen=True, slots=True)
class _Setting:
    level: Level
    name: str
    """As written, `-` read as `_`: `warnings`, `clippy::len_zero`, `clippy::all`."""
    span: Span


def _names_lint(name: str, lint: Lint) -> bool:
    """Whether the lint or group `name` (as written) covers `lint`."""
    if name == lint.qualified:
        return True
    if lint.tool is None:
        return lint.group in RUSTC_GROUPS and name == lint.group  # rustc's `unused`, `nonstandard_style`
    tool, _, group = name.rpartition("::")
    return tool == "clippy" and lint.tool == "clippy" and group_contains(group, lint)


@dataclass(slots=True)
class LevelMap:
    """The level settings of one crate: its attributes (by span) and the command line."""

    nodes: list[tuple[Span, tuple[_Setting, ...]]]
    """Nodes carrying lint attributes, smallest first."""
    flags: tuple[tuple[str, str], ...]
    """(`-D`, `warnings`), (`-A`, `clippy::len_zero`) ... in command-line order."""
    fulfilled: set[Span] = field(default_factory=set)
    """The `#[expect(...)]` names that met a lint they expected."""

    def level(self, lint: Lint, span: Span) -> Source:
        src = self._find(lambda n: _names_lint(n, lint), span)
        if src is None:
            src = Source(lint.default_level)
        if src.level is Level.WARN:
            warnings = self._find(lambda n: n == "warnings", span)
            if warnings is not None and warnings.level is not Level.WARN:
                return warnings
        return src

    def tool_names(self) -> list[tuple[str, Span]]:
        """Every `clippy::NAME` the attributes name, in source order."""
        out = {(s.name, s.span) for _, settings in self.nodes for s in settings if s.name.startswith("clippy::")}
        return sorted(out, key=lambda x: x[1].lo)

    def expectations(self) -> list[Span]:
        """Where `#[expect(...)]` names a lint of ours, in source order."""
        spans = {s.span for _, settings in self.nodes for s in settings if s.level is Level.EXPECT}
        return sorted(spans, key=lambda sp: sp.lo)

    def _find(self, matches: Callable[[str], bool], span: Span) -> Source | None:
        for nspan, settings in self.nodes:
            if nspan.lo <= span.lo and span.hi <= nspan.hi:
                found = None
                for s in settings:
                    if matches(s.name):
                        found = s
                if found is not None:
                    return Source(found.level, found.name, found.span)
        found_flag: Source | None = None
        for flag, name in self.flags:
            name = name.replace("-", "_")
            if matches(name):
                found_flag = Source(FLAG_LEVELS[flag], name, flag=flag)
        return found_flag


def collect_levels(krate: ast.Crate, flags: tuple[tuple[str, str], ...]) -> LevelMap:
    """The lint attributes of the user's (expanded) crate, and the command-line flags."""
    nodes: list[tuple[Span, tuple[_Setting, ...]]] = []
    crate_settings = _settings(krate.attrs)
    if crate_settings:
        nodes.append((Span(0, 1 << 62), crate_settings))
    stack: list[object] = list(krate.items)
    while stack:
        node = stack.pop()
        if isinstance(node, tuple | list):
            stack.extend(node)
            continue
        if not is_dataclass(node) or isinstance(node, ast.Attribute | Token | Span | type):
            continue
        attrs = getattr(node, "attrs", None)
        span = getattr(node, "span", None)
        if attrs and isinstance(span, Span):
            settings = _settings(tuple(attrs))
            if settings:
                nodes.append((span, settings))
        for f in fields(node):
            if f.name in ("attrs", "span", "id", "tokens"):
                continue
            v = getattr(node, f.name, None)
            if isinstance(v, tuple | list) or (is_dataclass(v) and not isinstance(v, type)):
                stack.append(v)
    nodes.sort(key=lambda n: n[0].hi - n[0].lo)
    return LevelMap(nodes, flags)


def _settings(attrs: tuple[object, ...]) -> tuple[_Setting, ...]:
    out: list[_Setting] = []
    for a in attrs:
        if not (isinstance(a, ast.Attribute) and isinstance(a.kind, ast.NormalAttr)):
            continue
        segs = a.kind.path.segments
        if len(segs) != 1 or segs[0].ident.name not in _ATTR_LEVELS:
            continue
        args = a.kind.args
        if not isinstance(args, ast.DelimArgs):
            continue
        level = _ATTR_LEVELS[segs[0].ident.name]
        out.extend(_Setting(level, name, span) for name, span in _names(args.tokens))
    return tuple(out)


def _names(tokens: tuple[object, ...]) -> list[tuple[str, Span]]:
    """The lint names in an attribute's arguments (`warnings`, `clippy::NAME`, `unused`),
    each with its span."""
    out: list[tuple[str, Span]] = []
    part: list[Token] = []
    for tok in [*tokens, None]:
        if tok is None or (isinstance(tok, Token) and tok.kind is TokenKind.COMMA):
            texts = [p.text for p in part]
            if len(part) == 1 and part[0].kind is TokenKind.IDENT:
                out.append((texts[0], part[0].span))
            elif len(part) == 3 and part[1].kind is TokenKind.PATH_SEP and part[0].kind is TokenKind.IDENT:
                out.append((f"{texts[0]}::{texts[2]}", Span(part[0].span.lo, part[2].span.hi)))
            part = []
        elif isinstance(tok, Token):
            part.append(tok)
        else:
            part.append(Token(TokenKind.COMMA, ",", Span(0, 0)))  # a group: not a lint name
    return out


def level_notes(lint: Lint, src: Source) -> list[tuple[str, str, Span | None]]:
    """rustc's explanation of the level: (`note`|`help`, text, span) children."""
    word = src.level.word
    if src.flag is not None:
        assert src.name is not None
        dashed = f"{src.flag} {lint.qualified.replace('_', '-')}"
        if src.name == lint.qualified:
            return [("note", f"requested on the command line with `{dashed}`", None)]
        return [
            ("note", f"`{dashed}` implied by `{src.flag} {src.name}`", None),
            ("help", f"to override `{src.flag} {src.name}` add `#[allow({lint.qualified})]`", None),
        ]
    if src.span is None:
        part = f" (part of `#[{word}({lint.group})]`)" if lint.tool is None and lint.group in RUSTC_GROUPS else ""
        return [("note", f"`#[{word}({lint.qualified})]`{part} on by default", None)]
    notes: list[tuple[str, str, Span | None]] = [("note", "the lint level is defined here", src.span)]
    if src.name != lint.qualified:
        notes.append(("note", f"`#[{word}({lint.qualified})]` implied by `#[{word}({src.name})]`", None))
    return notes
