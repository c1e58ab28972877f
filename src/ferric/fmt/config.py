"""rustfmt's default configuration, the only one `ferric fmt` implements.

The values are rustfmt 1.9's defaults for edition 2021 (style edition 2021), with
`use_small_heuristics = "Default"` turned into the widths it derives from `max_width = 100`.
They are module constants rather than a configuration object: no option can change them.
"""

from __future__ import annotations

from typing import Final

DEFAULT_MAX_WIDTH: Final = 100
_max_width = [DEFAULT_MAX_WIDTH]


def max_width() -> int:
    """The maximum line width in effect: 100, or less while formatting the body of a
    `macro_rules!` rule at its indentation."""
    return _max_width[0]


def set_max_width(n: int) -> int:
    """Set the maximum width; returns the previous one (callers restore it)."""
    old = _max_width[0]
    _max_width[0] = n
    return old
TAB_SPACES: Final = 4
COMMENT_WIDTH: Final = 80
"""Only used to cap the width of comments (they are never wrapped by default)."""

FN_CALL_WIDTH: Final = 60
ATTR_FN_LIKE_WIDTH: Final = 70
STRUCT_LIT_WIDTH: Final = 18
STRUCT_VARIANT_WIDTH: Final = 35
ARRAY_WIDTH: Final = 60
CHAIN_WIDTH: Final = 60
SINGLE_LINE_IF_ELSE_MAX_WIDTH: Final = 50
SINGLE_LINE_LET_ELSE_MAX_WIDTH: Final = 50

INLINE_ATTRIBUTE_WIDTH: Final = 0
BLANK_LINES_UPPER_BOUND: Final = 1
BLANK_LINES_LOWER_BOUND: Final = 0
SHORT_ITEM_THRESHOLD: Final = 10
"""Items this short (or shorter) may share a line in a "mixed" list of simple arguments."""
