"""Comma-separated lists: choosing a layout (`definitive_tactic`), collecting the comments
between items (`itemize_list`) and writing the items out (`write_list`) — rustfmt's
`lists.rs`, the core of every call, parameter list, struct literal, import list and match.

A list is made of `ListItem`s: the item's rewrite (None when it failed) with the comments
found before and after it in the source, and whether a blank line follows it. Tactics are
small ints: `VERTICAL`, `HORIZONTAL`, `MIXED`, or `special_macro(n)` for format-like macros
whose first `n` arguments stay on the first line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ferric.fmt.comment import rewrite_comment
from ferric.fmt.config import STRUCT_LIT_WIDTH, TAB_SPACES, max_width
from ferric.fmt.context import Ctx
from ferric.fmt.shape import EMPTY_INDENT, Shape
from ferric.fmt.text import (
    count_newlines,
    find_comment_end,
    find_uncommented,
    first_line_width,
    last_line_width,
    rust_lines,
    starts_with_newline,
    uwidth,
)

T = TypeVar("T")

# Definitive tactics.
VERTICAL = 0
HORIZONTAL = 1
MIXED = 2
_SPECIAL = 100


def special_macro(n: int) -> int:
    return _SPECIAL + n


# List tactics (input to definitive_tactic).
LT_VERTICAL = 0
LT_HORIZONTAL = 1
LT_HORIZONTAL_VERTICAL = 2
LT_LIMITED = 3
LT_MIXED = 4

# Separator tactics.
SEP_ALWAYS = 0
SEP_NEVER = 1
SEP_VERTICAL = 2

# Comment styles of a pre-comment.
STYLE_SAME_LINE = 0
STYLE_DIFFERENT_LINE = 1
STYLE_NONE = 2

SEP_COMMA = 2
SEP_BAR = 3


class ListItem:
    __slots__ = ("item", "new_lines", "post_comment", "pre_comment", "pre_comment_style")

    def __init__(
        self,
        item: str | None,
        pre_comment: str | None = None,
        pre_comment_style: int = STYLE_NONE,
        post_comment: str | None = None,
        new_lines: bool = False,
    ) -> None:
        self.item = item
        self.pre_comment = pre_comment
        self.pre_comment_style = pre_comment_style
        self.post_comment = post_comment
        self.new_lines = new_lines

    def copy(self) -> ListItem:
        return ListItem(
            self.item, self.pre_comment, self.pre_comment_style, self.post_comment, self.new_lines
        )

    def inner(self) -> str:
        return self.item if self.item is not None else ""

    def is_different_group(self) -> bool:
        return (
            "\n" in self.inner()
            or self.pre_comment is not None
            or (self.post_comment is not None and "\n" in self.post_comment)
        )

    def is_multiline(self) -> bool:
        return (
            "\n" in self.inner()
            or (self.pre_comment is not None and "\n" in self.pre_comment)
            or (self.post_comment is not None and "\n" in self.post_comment)
        )

    def has_single_line_comment(self) -> bool:
        return (self.pre_comment is not None and self.pre_comment.lstrip().startswith("//")) or (
            self.post_comment is not None and self.post_comment.lstrip().startswith("//")
        )

    def has_comment(self) -> bool:
        return self.pre_comment is not None or self.post_comment is not None

    def is_substantial(self) -> bool:
        return bool(self.pre_comment) or bool(self.item) or bool(self.post_comment)


def _comment_len(c: str | None) -> int:
    if c is None:
        return 0
    n = len(c.strip())
    return n + 6 if n > 0 else n


def total_item_width(item: ListItem) -> int:
    return _comment_len(item.pre_comment) + _comment_len(item.post_comment) + uwidth(item.inner())


def definitive_tactic(
    items: Sequence[ListItem], tactic: int, sep_len: int, width: int, limit: int = 0
) -> int:
    if any(i.has_single_line_comment() for i in items):
        return VERTICAL
    if tactic == LT_HORIZONTAL:
        return HORIZONTAL
    if tactic == LT_VERTICAL:
        return VERTICAL
    lim = min(width, limit) if tactic == LT_LIMITED else width
    total = sum(total_item_width(i) for i in items) + sep_len * max(0, len(items) - 1)
    if total <= lim and not any(i.is_multiline() for i in items):
        return HORIZONTAL
    return MIXED if tactic == LT_MIXED else VERTICAL


class ListFormatting:
    __slots__ = (
        "align_comments",
        "ends_with_newline",
        "nested",
        "preserve_newline",
        "separator",
        "separator_front",
        "shape",
        "tactic",
        "trailing_separator",
    )

    def __init__(
        self,
        shape: Shape,
        tactic: int = VERTICAL,
        separator: str = ",",
        trailing_separator: int = SEP_NEVER,
        separator_front: bool = False,
        ends_with_newline: bool = True,
        preserve_newline: bool = False,
        nested: bool = False,
        align_comments: bool = True,
    ) -> None:
        self.shape = shape
        self.tactic = tactic
        self.separator = separator
        self.trailing_separator = trailing_separator
        self.separator_front = separator_front
        self.ends_with_newline = ends_with_newline
        self.preserve_newline = preserve_newline
        self.nested = nested
        self.align_comments = align_comments

    def needs_trailing_separator(self) -> bool:
        if self.trailing_separator == SEP_ALWAYS:
            return True
        if self.trailing_separator == SEP_VERTICAL:
            return self.tactic == VERTICAL
        return self.tactic == VERTICAL and self._front()

    def _front(self) -> bool:
        """Where the separator goes: rustfmt moves a front separator to the back unless
        the list is vertical and the separator is not a comma."""
        if self.separator_front:
            return self.tactic == VERTICAL or self.separator.strip() != ","
        return False


def _post_comment_alignment(item_max_width: int | None, inner_width: int) -> int:
    return max(0, (item_max_width or 0) - inner_width)


def _max_width_of_item_with_post_comment(
    items: Sequence[ListItem], i: int, overhead: int, max_budget: int
) -> int:
    max_width = 0
    first = True
    for item in items[i:]:
        w = uwidth(item.inner())
        if not first and (
            item.is_different_group() or item.post_comment is None or w + overhead > max_budget
        ):
            return max_width
        max_width = max(max_width, w)
        if item.new_lines:
            return max_width
        first = False
    return max_width



@dataclass(slots=True)
class _PostComment:
    """The comment after list item `i`, and what its placement depends on."""

    items: Sequence[ListItem]
    i: int
    last: bool
    inner: str
    comment: str
    overhead: int
    item_last_line_width: int

    def rewrite(self, fmt: ListFormatting, imw: int | None) -> tuple[str | None, int | None]:
        """The comment, aligned after the widest item of its group (`imw`, computed when None)."""
        comment = self.comment
        if imw is None and not self.last and "\n" not in self.inner:
            imw = _max_width_of_item_with_post_comment(self.items, self.i, self.overhead, max_width())
        if starts_with_newline(comment):
            ov = 0
        elif imw is not None:
            ov = imw + 2
        else:
            ov = self.item_last_line_width + 1
        width = fmt.shape.width - ov if fmt.shape.width >= ov else 1
        offset = fmt.shape.indent.plus(ov)
        cshape = Shape.legacy(width, offset)
        if not fmt.ends_with_newline and self.last:
            block_style = True
        elif starts_with_newline(comment):
            block_style = False
        else:
            block_style = "\n" in comment.strip() or uwidth(comment.strip()) > width
        return rewrite_comment(comment.lstrip(), block_style, cshape), imw


def write_list(items: Sequence[ListItem], fmt: ListFormatting) -> str | None:
    tactic = fmt.tactic
    sep = fmt.separator
    sep_len = len(sep)
    trailing_separator = fmt.needs_trailing_separator()
    front = fmt._front()
    result: list[str] = []
    # `result` is kept as a list of pieces; `res()` joins when the text is needed.
    item_max_width: int | None = None
    prev_had_post_comment = False
    prev_is_nested_import = False
    line_len = 0
    indent_str = fmt.shape.indent.to_string()
    n = len(items)

    def res() -> str:
        s = "".join(result)
        result[:] = [s]
        return s

    for i, item in enumerate(items):
        inner = item.item
        if inner is None:
            return None
        first = i == 0
        last = i == n - 1
        separate = (not first) if front else (not last or trailing_separator)
        item_sep_len = sep_len if separate else 0
        if item.is_multiline():
            lines = rust_lines(inner)
            item_last_line = lines[-1] if lines else ""
        else:
            item_last_line = inner
        item_last_line_width = uwidth(item_last_line) + item_sep_len
        if item_last_line.startswith(indent_str):
            item_last_line_width -= uwidth(indent_str)
        if not item.is_substantial():
            continue
        if tactic == HORIZONTAL:
            if not first:
                result.append(" ")
        elif tactic >= _SPECIAL:
            nb = tactic - _SPECIAL
            if i == 0:
                pass
            elif i < nb:
                result.append(" ")
            elif i <= nb + 1:
                result.append("\n" + indent_str)
            else:
                result.append(" ")
        elif tactic == VERTICAL:
            if not first and inner and res():
                result.append("\n" + indent_str)
        elif tactic == MIXED:
            total_width = total_item_width(item) + item_sep_len
            if (
                (line_len > 0 and line_len + 1 + total_width > fmt.shape.width)
                or prev_had_post_comment
                or (fmt.nested and (prev_is_nested_import or (not first and "::" in inner)))
            ):
                result.append("\n" + indent_str)
                line_len = 0
                if fmt.ends_with_newline:
                    trailing_separator = True
            elif line_len > 0:
                result.append(" ")
                line_len += 1
            if last and fmt.ends_with_newline:
                separate = fmt.trailing_separator != SEP_NEVER
            line_len += total_width

        if item.pre_comment is not None:
            comment = rewrite_comment(item.pre_comment, tactic == HORIZONTAL, fmt.shape)
            if comment is None:
                return None
            result.append(comment)
            if inner:
                if tactic in (VERTICAL, MIXED) or tactic >= _SPECIAL:
                    if item.pre_comment_style == STYLE_DIFFERENT_LINE:
                        keep = False
                    else:
                        keep = total_item_width(item) + item_sep_len + 1 <= fmt.shape.width
                    if keep:
                        result.append(" ")
                    else:
                        result.append("\n" + indent_str)
                        line_len = uwidth(inner)
                else:
                    result.append(" ")
            item_max_width = None

        if separate and front and not first:
            result.append(sep.strip() + " ")
        result.append(inner)

        if tactic == HORIZONTAL and item.post_comment is not None:
            c = rewrite_comment(item.post_comment, True, Shape.legacy(fmt.shape.width, EMPTY_INDENT))
            if c is None:
                return None
            result.append(" " + c)

        if separate and not front:
            result.append(sep)

        if tactic != HORIZONTAL and item.post_comment is not None:
            comment = item.post_comment
            overhead = last_line_width(res()) + first_line_width(comment.strip())

            post = _PostComment(items, i, last, inner, comment, overhead, item_last_line_width)
            formatted, item_max_width = post.rewrite(fmt, item_max_width)
            if formatted is None:
                return None
            if not starts_with_newline(comment):
                if fmt.align_comments:
                    align = _post_comment_alignment(item_max_width, uwidth(inner))
                    if (
                        first_line_width(formatted) + last_line_width(res()) + align + 1
                        > max_width()
                    ):
                        formatted, item_max_width = post.rewrite(fmt, None)
                        if formatted is None:
                            return None
                        align = _post_comment_alignment(item_max_width, uwidth(inner))
                    result.append(" " * (align + 1))
                if not fmt.align_comments or (
                    last and item_max_width is not None and not separate and fmt.separator
                ):
                    result.append(" ")
            else:
                result.append("\n" + indent_str)
            if "\n" in formatted:
                item_max_width = None
            result.append(formatted)
        else:
            item_max_width = None

        if fmt.preserve_newline and not last and tactic == VERTICAL and item.new_lines:
            item_max_width = None
            result.append("\n")

        prev_had_post_comment = item.post_comment is not None
        prev_is_nested_import = "::" in inner
    return res()


# -- collecting items and their comments ---------------------------------------------------------


def extract_pre_comment(pre_snippet: str) -> tuple[str | None, int]:
    trimmed = pre_snippet.strip()
    starts_block = trimmed.startswith("/*")
    ends_block = trimmed.endswith("*/")
    starts_line = trimmed.startswith("//")
    if ends_block:
        comment_end = pre_snippet.rfind("/")
        if "\n" in pre_snippet[comment_end:]:
            return trimmed, STYLE_DIFFERENT_LINE
        return trimmed, STYLE_SAME_LINE
    if starts_line or starts_block:
        return trimmed, STYLE_DIFFERENT_LINE
    return None, STYLE_NONE


def extract_post_comment(post: str, comment_end: int, separator: str, is_last: bool) -> str | None:
    ws = " \t"
    snippet = post[:comment_end].strip()
    last_inline_ends_with_sep = False
    if is_last:
        lines = rust_lines(snippet)
        if lines:
            line = lines[-1]
            last_inline_ends_with_sep = line.endswith(separator) and line.strip().startswith("//")
    if snippet[:1] in (",", ":") and snippet:
        trimmed = snippet[1:].strip(ws)
    elif separator and snippet.startswith(separator):
        trimmed = snippet[len(separator) :].strip(ws)
    elif last_inline_ends_with_sep:
        trimmed = snippet.strip(ws)
    elif (
        separator
        and snippet.endswith(separator)
        and (not snippet.strip().startswith("//") or "\n" in snippet.strip())
    ):
        trimmed = snippet[: len(snippet) - 1].strip(ws)
    else:
        trimmed = snippet
    removed = trimmed.strip()
    if trimmed and (removed.startswith("//") or removed.startswith("/*")):
        return trimmed
    return None


def get_comment_end(post: str, separator: str, terminator: str, is_last: bool) -> int:
    if is_last:
        p = find_uncommented(post, terminator) if terminator else 0
        return len(post) if p is None else p
    block_open = post.find("/*")
    if block_open >= 0:
        j = post.find("/")
        if (0 <= j < block_open) or post[:block_open].endswith("/"):
            block_open = -1
    newline = post.find("\n")
    sep_index = find_uncommented(post, separator) if separator else 0
    if sep_index is not None:
        if block_open >= 0 and newline < 0:
            if block_open > sep_index:
                return sep_index + 1
            ce = find_comment_end(post[block_open:])
            return max((ce or 0) + block_open, sep_index + 1)
        if block_open >= 0 and newline >= 0 and block_open < newline:
            ce = find_comment_end(post[block_open:])
            return max((ce or 0) + block_open, sep_index + 1)
        if newline >= 0 and newline > sep_index:
            return newline + 1
        return len(post)
    if newline >= 0:
        return newline + 1
    return 0


def has_extra_newline(post: str, comment_end: int) -> bool:
    if not post or comment_end == 0:
        return False
    test = post[comment_end - 1 :]
    fn = test.find("\n")
    test = test[fn:] if fn >= 0 else ""
    stripped = test.lstrip()
    test = test[: len(test) - len(stripped)]
    return count_newlines(test) > 1


def itemize_list(
    ctx: Ctx,
    items: Sequence[T],
    terminator: str,
    separator: str,
    get_lo: Callable[[T], int],
    get_hi: Callable[[T], int],
    get_item_string: Callable[[T], str | None],
    prev_span_end: int,
    next_span_start: int,
    leave_last: bool = False,
) -> list[ListItem]:
    out: list[ListItem] = []
    src = ctx.src
    n = len(items)
    for idx, item in enumerate(items):
        lo = get_lo(item)
        pre_snippet = src.snippet(prev_span_end, lo) if lo >= prev_span_end else ""
        if "/" in pre_snippet:
            pre_comment, pre_style = extract_pre_comment(pre_snippet)
        else:
            pre_comment, pre_style = None, STYLE_NONE
        is_last = idx == n - 1
        next_start = get_lo(items[idx + 1]) if not is_last else next_span_start
        hi = get_hi(item)
        post = src.snippet(hi, next_start) if next_start >= hi else ""
        comment_end = get_comment_end(post, separator, terminator, is_last)
        new_lines = has_extra_newline(post, comment_end)
        post_comment = extract_post_comment(post, comment_end, separator, is_last) if "/" in post else None
        prev_span_end = hi + comment_end
        text = None if (is_last and leave_last) else get_item_string(item)
        out.append(ListItem(text, pre_comment, pre_style, post_comment, new_lines))
    return out


# -- struct-literal-like lists -------------------------------------------------------------------


def struct_lit_shape(shape: Shape, prefix_width: int, suffix_width: int) -> tuple[Shape | None, Shape]:
    vs = shape.block_indent(TAB_SPACES)
    v_shape = Shape(max(0, max_width() - vs.indent.width()), vs.indent, vs.offset)
    w = shape.width - (prefix_width + suffix_width)
    if w >= 0:
        return Shape.legacy(min(w, STRUCT_LIT_WIDTH), shape.indent), v_shape
    return None, v_shape


def struct_lit_tactic(h_shape: Shape | None, items: Sequence[ListItem]) -> int:
    if h_shape is not None:
        return definitive_tactic(items, LT_HORIZONTAL_VERTICAL, SEP_COMMA, h_shape.width)
    return VERTICAL


def shape_for_tactic(tactic: int, h_shape: Shape | None, v_shape: Shape) -> Shape:
    if tactic == HORIZONTAL and h_shape is not None:
        return h_shape
    return v_shape


def struct_lit_formatting(shape: Shape, tactic: int, force_no_trailing_comma: bool) -> ListFormatting:
    return ListFormatting(
        shape,
        tactic=tactic,
        trailing_separator=SEP_NEVER if force_no_trailing_comma else SEP_VERTICAL,
        ends_with_newline=tactic == VERTICAL,
        preserve_newline=True,
    )


class Lazy(Generic[T]):
    """A value computed on first use."""

    __slots__ = ("_done", "_f", "_v")

    def __init__(self, f: Callable[[], T]) -> None:
        self._f = f
        self._done = False
        self._v: T | None = None

    def get(self) -> T:
        if not self._done:
            self._v = self._f()
            self._done = True
        return self._v  # type: ignore[return-value]
