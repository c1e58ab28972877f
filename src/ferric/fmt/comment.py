"""Comments: re-indenting them (`rewrite_comment`) and recovering the ones that sit between
two pieces of a construct (`combine_strs_with_missing_comments` and friends).

With rustfmt's default configuration comments are never wrapped or normalised: each line is
trimmed and re-indented to the comment's new position (`light_rewrite_comment`); block
comments whose lines do not start with `*` keep their relative layout.
"""

from __future__ import annotations

from ferric.fmt.context import Ctx
from ferric.fmt.shape import Indent, Shape
from ferric.fmt.text import (
    first_line_width,
    last_line_width,
    rust_lines,
    trim_left_preserve_layout,
    trimmed_last_line_width,
    ungrouped_comment_slices,
)

# Comment styles: (opener, closer, line_start)
DOUBLE_SLASH = "//"
TRIPLE_SLASH = "///"
DOC = "//!"
SINGLE_BULLET = "/*"
DOUBLE_BULLET = "/**"
EXCLAMATION = "/*!"
_LINE_STYLES = (DOUBLE_SLASH, TRIPLE_SLASH, DOC)
_BLOCK_STYLES = (SINGLE_BULLET, DOUBLE_BULLET, EXCLAMATION)


def _is_custom_comment(comment: str) -> bool:
    if not comment.startswith("//") or len(comment) < 3:
        return False
    c = comment[2]
    return not c.isalnum() and not c.isspace()


def _custom_opener(s: str) -> str:
    lines = s.splitlines()
    fl = lines[0] if lines else ""
    i = fl.find(" ")
    return fl if i < 0 else fl[: i + 1]


def comment_style(orig: str) -> str:
    """The style of the comment `orig` starts with; custom styles (`//=`) return their
    opener prefixed with `custom:`."""
    if orig.startswith("/**") and not orig.startswith("/**/"):
        return DOUBLE_BULLET
    if orig.startswith("/*!"):
        return EXCLAMATION
    if orig.startswith("/*"):
        return SINGLE_BULLET
    if orig.startswith("///") and (len(orig) == 3 or orig[3] != "/"):
        return TRIPLE_SLASH
    if orig.startswith("//!"):
        return DOC
    if _is_custom_comment(orig):
        return "custom:" + _custom_opener(orig)
    return DOUBLE_SLASH


def is_last_comment_block(s: str) -> bool:
    return s.rstrip().endswith("*/")


def _compute_len(orig: str, line: str) -> int:
    if len(orig) > len(line):
        return len(line) + (2 if orig[len(line)] == "\r" else 1)
    return len(line)


def _consume_same_line_comments(style: str, orig: str, line_start: str) -> tuple[bool, int]:
    end = 0
    hbl = False
    for line in rust_lines(orig):
        trimmed = line.lstrip()
        if not trimmed:
            hbl = True
            break
        if trimmed.startswith(line_start) or comment_style(trimmed) == style:
            end += _compute_len(orig[end:], line)
        else:
            break
    return hbl, end


def _trim_end_unless_two_whitespaces(s: str, is_doc: bool) -> str:
    if is_doc and s.endswith("  "):
        return s
    return s.rstrip()


def light_rewrite_comment(orig: str, offset: Indent, is_doc: bool) -> str:
    out = []
    for line in rust_lines(orig):
        stripped = line.lstrip()
        if not stripped:
            left = ""
        else:
            fnw = len(line) - len(stripped)
            left = line[fnw - 1 :] if stripped[0] == "*" and fnw > 0 else stripped
        out.append(_trim_end_unless_two_whitespaces(left, is_doc))
    return ("\n" + offset.to_string()).join(out)


def rewrite_comment(orig: str, block_style: bool, shape: Shape, is_doc: bool = False) -> str | None:
    style = comment_style(orig)
    if style in _LINE_STYLES:
        line_start = {"//": "// ", "///": "/// ", "//!": "//! "}[style]
        hbl, end = _consume_same_line_comments(style, orig, line_start)
    elif style.startswith("custom:"):
        hbl, end = _consume_same_line_comments(style, orig, style[7:].rstrip())
    else:
        count = orig.count("*/")
        end = 0
        hbl = False
        first = True
        for line in rust_lines(orig):
            end += _compute_len(orig[end:], line)
            trimmed = line.lstrip()
            if not (trimmed.startswith("*") or trimmed.startswith("//") or trimmed.startswith("/*")):
                hbl = True
            if first:
                trimmed = trimmed[len(style) :]
                first = False
            if trimmed.endswith("*/"):
                count -= 1
                if count == 0:
                    break
    first_group, rest = orig[:end], orig[end:]
    if hbl and style in _BLOCK_STYLES:
        rewritten = trim_left_preserve_layout(first_group, shape.indent)
        if rewritten is None:
            return None
    else:
        rewritten = light_rewrite_comment(first_group, shape.indent, is_doc)
    if not rest:
        return rewritten
    rest_str = rewrite_comment(rest.lstrip(), block_style, shape, is_doc)
    if rest_str is None:
        return None
    is_line = style in _LINE_STYLES or style.startswith("custom:")
    blank = "\n" if hbl and is_line else ""
    return f"{rewritten}\n{blank}{shape.indent.to_string()}{rest_str}"


def rewrite_missing_comment(ctx: Ctx, lo: int, hi: int, shape: Shape) -> str | None:
    """The comments in [lo, hi) (which holds nothing else), re-indented; "" when none."""
    if not ctx.src.contains_comment(lo, hi):
        return ""
    trimmed = ctx.snippet(lo, hi).strip()
    if trimmed and "/" in trimmed:
        return rewrite_comment(trimmed, False, shape)
    return ""


def recover_missing_comment_in_span(
    ctx: Ctx, lo: int, hi: int, shape: Shape, used_width: int
) -> str | None:
    comment = rewrite_missing_comment(ctx, lo, hi, shape)
    if comment is None:
        return None
    if not comment:
        return ""
    snippet = ctx.snippet(lo, hi)
    pos = snippet.find("/")
    total = len(comment) + used_width + 1
    from ferric.fmt.config import max_width

    if "\n" in snippet[:pos] or total > max_width():
        sep = shape.indent.to_string_with_newline()
    else:
        sep = " "
    return sep + comment


def combine_strs_with_missing_comments(
    ctx: Ctx, prev: str, nxt: str, lo: int, hi: int, shape: Shape, allow_extend: bool
) -> str | None:
    allow_one_line = "\n" not in prev and "\n" not in nxt
    first_sep = "" if (not prev or not nxt or trimmed_last_line_width(prev) == 0) else " "
    one_line_width = last_line_width(prev) + first_line_width(nxt) + len(first_sep)
    indent = shape.indent
    missing = rewrite_missing_comment(ctx, lo, hi, shape)
    if missing is None:
        return None
    if not missing:
        if allow_extend and one_line_width <= shape.width:
            return prev + first_sep + nxt
        if prev:
            return prev + indent.to_string_with_newline() + nxt
        return nxt
    original = ctx.snippet(lo, hi)
    pos = original.find("/")
    prefer_same_line = "\n" not in (original[:pos] if pos >= 0 else original)
    one_line_width -= len(first_sep)
    if not prev:
        sep1 = ""
    else:
        w = last_line_width(prev) + first_line_width(missing) + 1
        sep1 = " " if prefer_same_line and w <= shape.width else indent.to_string_with_newline()
    result = prev + sep1 + missing
    if not nxt:
        sep2 = ""
    elif missing.startswith("//"):
        sep2 = indent.to_string_with_newline()
    else:
        one_line_width += len(missing) + len(sep1) + 1
        allow_one_line = allow_one_line and "\n" not in missing
        if prefer_same_line and allow_one_line and one_line_width <= shape.width:
            sep2 = " "
        else:
            sep2 = indent.to_string_with_newline()
    return result + sep2 + nxt


# -- lost comments -------------------------------------------------------------------------------


def _remove_comment_header(c: str) -> str:
    if c.startswith("///") or c.startswith("//!"):
        return c[3:]
    if c.startswith("//"):
        return c[2:]
    if (c.startswith("/**") and not c.startswith("/**/")) or c.startswith("/*!"):
        return c[3:-2]
    return c[2:-2]


def _reduce(comment: str) -> str:
    is_block = comment.startswith("/*")
    body = _remove_comment_header(comment)
    out: list[str] = []
    at_start = False
    it = iter(body)
    for c in it:
        if is_block and at_start:
            try:
                while c.isspace():
                    c = next(it)
                if c == "*":
                    c = next(it)
            except StopIteration:
                break
        elif c == "\n":
            at_start = True
        if not c.isspace():
            out.append(c)
    return "".join(out)


def _comment_payload(code: str) -> str:
    return "".join(_reduce(s) for is_c, s in ungrouped_comment_slices(code) if is_c)


def changed_comment_content(orig: str, new: str) -> bool:
    return _comment_payload(orig) != _comment_payload(new)


def recover_comment_removed(ctx: Ctx, new: str, lo: int, hi: int) -> str:
    """`new`, or the original text of [lo, hi) if `new` lost one of its comments."""
    if not ctx.src.contains_comment(lo, hi):
        return new
    snippet = ctx.snippet(lo, hi)
    if snippet != new and changed_comment_content(snippet, new):
        ctx.lost_comment = True
        return snippet
    return new
