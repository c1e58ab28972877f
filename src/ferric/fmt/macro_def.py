"""`macro_rules!` definitions (rustfmt's `rewrite_macro_def`): each rule's matcher is kept
as written and its body is formatted as Rust code — first as items, then as the statements
of a block — after every `$name` metavariable is replaced by a placeholder of the same
length (`zname`), at the width left by the rule's indentation. A rule that cannot be
formatted (a repetition `$(...)` in its body, code that does not parse) keeps the whole
definition as written.
"""

from __future__ import annotations

from ferric.fmt import lists as L
from ferric.fmt.config import TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.shape import Indent, Shape
from ferric.fmt.text import (
    IN_STRING,
    NORMAL,
    char_kinds,
    filtered_str_fits,
    is_empty_line,
    line_classes,
    remove_trailing_white_spaces,
)
from ferric.lexer.token import Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.tokentree import Delimited


class _Branch:
    __slots__ = ("args", "body", "hi", "lo")

    def __init__(self, args: Delimited, body: Delimited, lo: int, hi: int) -> None:
        self.args = args
        self.body = body
        self.lo = lo
        self.hi = hi


def _parse_branches(trees: tuple[object, ...]) -> list[_Branch] | None:
    out: list[_Branch] = []
    i = 0
    n = len(trees)
    while i < n:
        args = trees[i]
        if not isinstance(args, Delimited):
            return None
        if i + 2 >= n:
            return None
        arrow = trees[i + 1]
        if not (isinstance(arrow, Token) and arrow.kind is TokenKind.FAT_ARROW):
            return None
        body = trees[i + 2]
        if not isinstance(body, Delimited):
            return None
        hi = body.close.span.hi
        i += 3
        semi = trees[i] if i < n else None
        if isinstance(semi, Token) and semi.kind is TokenKind.SEMI:
            hi = semi.span.hi
            i += 1
        out.append(_Branch(args, body, args.open.span.lo, hi))
    return out


def replace_names(text: str) -> tuple[str, dict[str, str]] | None:
    """`$name` → `zname` (one `$` fewer for escaped `$$name`); None for a repetition."""
    kinds = char_kinds(text)
    result: list[str] = []
    substs: dict[str, str] = {}
    dollars = 0
    name = ""

    def register() -> None:
        new = "$" * (dollars - 1) + "z" + name
        old = "$" * dollars + name
        result.append(new)
        substs[old] = new

    for c, k in zip(text, kinds, strict=False):
        if k != NORMAL:
            result.append(c)
        elif c == "$":
            dollars += 1
        elif dollars == 0:
            result.append(c)
        elif not c.isalnum() and name:
            register()
            result.append(c)
            dollars = 0
            name = ""
        elif c == "(" and not name:
            return None
        elif c.isalnum() or c == "_":
            name += c
    if name:
        register()
    return "".join(result), substs


def _indent_next_line(kind: int) -> bool:
    return kind not in (IN_STRING, 7)


def format_snippet(text: str, width: int) -> str | None:
    """`text` formatted as a file at maximum width `width`, as the body of a macro
    definition; None if it does not parse or a macro in it could not be formatted."""
    from ferric.fmt.api import format_source
    from ferric.fmt.config import set_max_width

    old = set_max_width(width)
    try:
        r = format_source(text, is_macro_def=True)
    finally:
        set_max_width(old)
    if r.text is None or r.macro_failure or (not r.text and text):
        return None
    return r.text


def format_code_block(code: str, width: int) -> str | None:
    """The statements `code` formatted inside `fn main() { ... }`, unwrapped again."""
    prefix = "fn main() {\n"
    indent = " " * TAB_SPACES
    lines = [prefix]
    need_indent = True
    for kind, line in line_classes(code):
        if need_indent:
            lines.append(indent)
        lines.append(line + "\n")
        need_indent = _indent_next_line(kind)
    lines.append("}")
    formatted = format_snippet("".join(lines), width)
    if formatted is None:
        return None
    block_len = formatted.rfind("}")
    if block_len < 0:
        block_len = len(formatted)
    out: list[str] = []
    is_indented = True
    for kind, line in line_classes(formatted[len(prefix) : block_len]):
        if not is_indented:
            trimmed = line
        elif len(line) > width:
            return None
        elif len(line) > len(indent):
            trimmed = line[TAB_SPACES:] if line.startswith(indent) else line
        else:
            trimmed = line
        out.append(trimmed)
        is_indented = _indent_next_line(kind)
    return "\n".join(out)


def _format_in_impl(code: str, width: int) -> str | None:
    """Items using `self` formatted as the items of an `impl` (ferric's parser, unlike
    rustc's, rejects `self` parameters of free functions), then unwrapped."""
    prefix = "impl __X {\n"
    body = "".join(" " * TAB_SPACES + line + "\n" if line.strip() else "\n" for _, line in line_classes(code))
    formatted = format_snippet(prefix + body + "}", width + TAB_SPACES)
    if formatted is None or not formatted.startswith(prefix):
        return None
    inner = formatted[len(prefix) : formatted.rfind("}")]
    out = []
    for _, line in line_classes(inner):
        out.append(line[TAB_SPACES:] if line.startswith(" " * TAB_SPACES) else line)
    return "\n".join(out).rstrip() + "\n"


def _rewrite_branch(ctx: Ctx, b: _Branch, shape: Shape) -> str | None:
    if b.args.open.kind is not TokenKind.OPEN_PAREN:
        return None
    body_lo, body_hi = b.body.open.span.hi, b.body.close.span.lo
    old_body = ctx.snippet(body_lo, body_hi).strip()
    has_block_body = old_body.startswith("{")
    if shape.width < 5:
        return None
    result = ctx.snippet(b.args.open.span.lo, b.args.close.span.hi) + " =>"
    rn = replace_names(old_body)
    if rn is None:
        return None
    body_str, substs = rn
    result += " {"
    body_indent = shape.indent if has_block_body else shape.indent.indent_block()
    new_width = max_width() - body_indent.width()
    new_body = format_snippet(body_str, new_width)
    if new_body is None and "self" in body_str:
        new_body = _format_in_impl(body_str, new_width)
    if new_body is None:
        new_width += TAB_SPACES
        new_body = format_code_block(body_str, new_width)
        if new_body is None:
            return None
    if not filtered_str_fits(new_body, new_width, shape):
        return None
    indent_str = body_indent.to_string()
    parts: list[str] = []
    need_indent = True
    for kind, line in line_classes(new_body.rstrip()):
        if not is_empty_line(line) and need_indent:
            parts.append(indent_str)
        parts.append(line + "\n")
        need_indent = _indent_next_line(kind)
    body = "".join(parts)
    for old, new in substs.items():
        if new in old_body:
            return None
        body = body.replace(new, old)
    if has_block_body:
        result += body.strip()
    elif body:
        result += "\n" + body + shape.indent.to_string()
    return result + "}"


def rewrite_macro_def(ctx: Ctx, shape: Shape, indent: Indent, it: ast.MacroRulesItem) -> str | None:
    lo, hi = it.span.lo, it.span.hi
    snippet = remove_trailing_white_spaces(ctx.snippet(lo, hi))
    if snippet.endswith(";") or it.body.delim is not ast.Delimiter.BRACE:
        return snippet
    branches = _parse_branches(it.body.tokens)
    if branches is None:
        return snippet
    name = ctx.snippet(it.ident.span.lo, it.ident.span.hi) or it.ident.name
    result = "macro_rules! " + name
    arm_shape = shape.block_indent(TAB_SPACES).with_max_width()
    if not branches:
        return result + " {}"
    body_lo = ctx.src.span_after(lo, hi, "{")
    items = L.itemize_list(
        ctx, branches, "}", ";", lambda b: b.lo, lambda b: b.hi,
        lambda b: _rewrite_branch(ctx, b, arm_shape), body_lo, hi,
    )
    fmt = L.ListFormatting(arm_shape, separator=";", trailing_separator=L.SEP_ALWAYS, preserve_newline=True)
    lst = L.write_list(items, fmt)
    if lst is None:
        return snippet
    return result + " {" + arm_shape.indent.to_string_with_newline() + lst + indent.to_string_with_newline() + "}"
