"""Indentation and the space a rewrite may use (rustfmt's `Indent` and `Shape`).

A `Shape` says where a piece of code starts (`indent`: the indentation of its lines, `offset`:
the column of its first character relative to the block indentation) and how many columns
it may use on its first line (`width`). Every rewrite function receives one and returns a
string that fits it, or None. Both classes are immutable; methods return new values.
"""

from __future__ import annotations

from ferric.fmt.config import TAB_SPACES, max_width

INFINITE_SHAPE_WIDTH = 8096


class Indent:
    """`block_indent` (a multiple of the tab width) plus visual `alignment`."""

    __slots__ = ("alignment", "block_indent")

    def __init__(self, block_indent: int, alignment: int = 0) -> None:
        self.block_indent = block_indent
        self.alignment = alignment

    def __repr__(self) -> str:
        return f"Indent({self.block_indent}, {self.alignment})"

    def width(self) -> int:
        return self.block_indent + self.alignment

    def block_only(self) -> Indent:
        return Indent(self.block_indent, 0)

    def indent_block(self) -> Indent:
        """rustfmt's `Indent::block_indent`: one more level."""
        return Indent(self.block_indent + TAB_SPACES, self.alignment)

    def unindent_block(self) -> Indent:
        if self.block_indent < TAB_SPACES:
            return Indent(self.block_indent, 0)
        return Indent(self.block_indent - TAB_SPACES, self.alignment)

    def plus(self, n: int) -> Indent:
        """`indent + n`: more alignment."""
        return Indent(self.block_indent, self.alignment + n)

    def to_string(self) -> str:
        return " " * (self.block_indent + self.alignment)

    def to_string_with_newline(self) -> str:
        return "\n" + " " * (self.block_indent + self.alignment)


EMPTY_INDENT = Indent(0, 0)


class Shape:
    __slots__ = ("indent", "offset", "width")

    def __init__(self, width: int, indent: Indent, offset: int) -> None:
        self.width = width
        self.indent = indent
        self.offset = offset

    def __repr__(self) -> str:
        return f"Shape(w={self.width}, {self.indent}, off={self.offset})"

    @staticmethod
    def legacy(width: int, indent: Indent) -> Shape:
        return Shape(width, indent, indent.alignment)

    @staticmethod
    def indented(indent: Indent) -> Shape:
        return Shape(max(0, max_width() - indent.width()), indent, indent.alignment)

    def with_width(self, width: int) -> Shape:
        return Shape(width, self.indent, self.offset)

    def with_max_width(self) -> Shape:
        return Shape(max(0, max_width() - self.indent.width()), self.indent, self.offset)

    def visual_indent(self, extra_width: int) -> Shape:
        alignment = self.offset + extra_width
        return Shape(self.width, Indent(self.indent.block_indent, alignment), alignment)

    def block_indent(self, extra_width: int) -> Shape:
        if self.indent.alignment == 0:
            return Shape(self.width, Indent(self.indent.block_indent + extra_width, 0), 0)
        return Shape(
            self.width,
            self.indent.plus(extra_width),
            self.indent.alignment + extra_width,
        )

    def block_left(self, width: int) -> Shape | None:
        return self.block_indent(width).sub_width(width)

    def add_offset(self, extra_width: int) -> Shape:
        return Shape(self.width, self.indent, self.offset + extra_width)

    def block(self) -> Shape:
        return Shape(self.width, self.indent.block_only(), self.offset)

    def saturating_sub_width(self, width: int) -> Shape:
        return Shape(max(0, self.width - width), self.indent, self.offset)

    def sub_width(self, width: int) -> Shape | None:
        if width > self.width:
            return None
        return Shape(self.width - width, self.indent, self.offset)

    def shrink_left(self, width: int) -> Shape | None:
        if width > self.width:
            return None
        return Shape(self.width - width, self.indent.plus(width), self.offset + width)

    def offset_left(self, width: int) -> Shape | None:
        if width > self.width:
            return None
        return Shape(self.width - width, self.indent, self.offset + width)

    def used_width(self) -> int:
        return self.indent.block_indent + self.offset

    def rhs_overhead(self) -> int:
        return max(0, max_width() - (self.used_width() + self.width))

    def comment(self) -> Shape:
        from ferric.fmt.config import COMMENT_WIDTH

        return Shape(
            min(self.width, max(0, COMMENT_WIDTH - self.indent.width())), self.indent, self.offset
        )

    def to_string_with_newline(self) -> str:
        return "\n" + " " * (self.indent.block_indent + self.offset)

    def infinite_width(self) -> Shape:
        return Shape(INFINITE_SHAPE_WIDTH, self.indent, self.offset)
