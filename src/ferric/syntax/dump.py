"""The AST dumper: any AST node → a deterministic, indented tree of text.

Used by `ferric parse --emit=ast` and by snapshot tests. Generic over the AST's dataclasses:
each node prints as its class name followed by its scalar fields inline (`name=value`), then
its node-valued fields as indented children; spans and ids (the fields excluded from `==`)
are left out, and so is every field that still has its declared default (`attrs=()`,
`is_default=False` ...). With a `source_map`, each node that has a span ends its line with
`@line:col` of the span's start.

Compact forms: identifiers `"name"`, lifetimes and labels `'a`, literals as written
(`` `1u32` ``), enum members by name (`MUT`), paths without generic arguments as written
(`` `std::io::Write` ``), token streams as printed by `printer.print_tokens` (`` `$x + 1` ``),
empty tuples `[]`.

Invariant: iterative (a worklist, no recursion), so a tree of any depth dumps; past
`MAX_INDENT` levels the indentation stops growing and lines carry their depth (`|2000| `)
instead, so the output stays linear in the size of the tree.

Example: `dump(parse("fn main() {}").items[0])` is
```
FnItem ident="main"
  vis: Visibility kind="inherited"
  generics: Generics params=[]
    where_clause: WhereClause has_where_token=False predicates=[]
  sig: FnSig
    header: FnHeader
    decl: FnDecl inputs=[]
      output: DefaultRetTy
  body: Block stmts=[]
```
"""

from __future__ import annotations

import dataclasses
import enum

from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.lexer.token import Lit, LitKind, Token
from ferric.syntax import ast
from ferric.syntax.printer import lifetime_text, lit_text, print_path, print_tokens
from ferric.syntax.tokentree import Delimited

MAX_INDENT = 100
"""Nesting depth past which indentation stops growing (see the module docstring)."""

_MISSING = dataclasses.MISSING


def dump(node: object, source_map: SourceMap | None = None) -> str:
    """The tree under `node` (an AST node, or a tuple of them), one node per line."""
    lines: list[str] = []
    # Worklist of (depth, label, value); children are pushed in reverse to pop in order.
    stack: list[tuple[int, str, object]] = [(0, "", node)]
    while stack:
        depth, label, value = stack.pop()
        pad = _indent(depth)
        inline = _inline(value)
        if inline is not None:
            lines.append(f"{pad}{label}{inline}")
            continue
        if isinstance(value, tuple):
            lines.append(f"{pad}{label.rstrip()}" if label else f"{pad}[]")
            for elem in reversed(value):
                stack.append((depth + 1, "- ", elem))
            continue
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            lines.append(f"{pad}{label}{value!r}")
            continue
        head = [type(value).__name__]
        children: list[tuple[int, str, object]] = []
        for f in dataclasses.fields(value):
            if not f.compare:
                continue  # spans and ids
            v = getattr(value, f.name)
            if f.default is not _MISSING and _same(v, f.default):
                continue
            iv = _inline(v)
            if iv is not None:
                head.append(f"{f.name}={iv}")
            else:
                children.append((depth + 1, f"{f.name}: ", v))
        if source_map is not None:
            loc = _loc(value, source_map)
            if loc:
                head.append(loc)
        lines.append(pad + label + " ".join(head))
        stack.extend(reversed(children))
    return "\n".join(lines) + "\n"


def _indent(depth: int) -> str:
    if depth <= MAX_INDENT:
        return "  " * depth
    return "  " * MAX_INDENT + f"|{depth}| "


def _same(v: object, default: object) -> bool:
    if isinstance(v, enum.Enum) or isinstance(default, enum.Enum):
        return v is default
    return type(v) is type(default) and v == default


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _inline(v: object) -> str | None:
    """The one-line form of `v`, or None when it prints as a subtree."""
    if v is None or isinstance(v, bool | int):
        return repr(v)
    if isinstance(v, str):
        return _quote(v)
    if isinstance(v, enum.Enum):
        return v.name
    if isinstance(v, ast.Ident):
        return _quote(v.name)
    if isinstance(v, ast.Lifetime):
        return lifetime_text(v.ident.name)
    if isinstance(v, ast.Label):
        return lifetime_text(v.ident.name)
    if isinstance(v, Lit):
        return f"<err {_quote(v.symbol)}>" if v.kind is LitKind.ERR else f"`{lit_text(v)}`"
    if isinstance(v, ast.Path) and all(seg.args is None for seg in v.segments):
        return f"`{print_path(v)}`"
    if isinstance(v, tuple):
        if not v:
            return "[]"
        if all(isinstance(t, Token | Delimited) for t in v):
            return "`" + print_tokens(v).rstrip("\n").replace("\n", "\\n ") + "`"
    return None


def _loc(node: object, source_map: SourceMap) -> str:
    span = getattr(node, "span", None)
    if not isinstance(span, Span) or span.is_dummy:
        return ""
    loc = source_map.lookup(span.lo)
    if loc is None:
        return ""
    return f"@{loc.line}:{loc.col}"
