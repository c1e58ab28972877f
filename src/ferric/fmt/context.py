"""The rewrite context: the source being formatted and the flags rustfmt threads through
its rewrites (`RewriteContext`).

`inside_macro` is set while formatting the arguments of a macro call (trailing commas and
block bodies are then preserved), `is_if_else_block` while formatting the block of an `if`
with an `else`, `force_one_line_chain` while trying to put the last argument of a call on
the call's line, `is_macro_def` while formatting the top level of a `macro_rules!` body (no
`;` is added after `return`/`break` there; blocks nested in it get a fresh context, as in
rustfmt, so they do get one). The flags are plain attributes that callers set and restore.
"""

from __future__ import annotations

from ferric.fmt.config import max_width
from ferric.fmt.source import SourceText


class Ctx:
    __slots__ = (
        "edition",
        "force_one_line_chain",
        "inside_macro",
        "is_if_else_block",
        "is_macro_def",
        "lost_comment",
        "macro_cache",
        "macro_depth",
        "macro_rewrite_failure",
        "src",
    )

    def __init__(self, src: SourceText, edition: int = 2021) -> None:
        self.src = src
        self.edition = edition
        self.inside_macro = False
        self.is_if_else_block = False
        self.force_one_line_chain = False
        self.is_macro_def = False
        self.macro_depth = 0
        self.macro_rewrite_failure = False
        """A macro call could not be formatted (kept as written)."""
        self.lost_comment = False
        """A rewrite dropped a comment, so the original text was kept."""
        self.macro_cache: dict[object, object] = {}
        """Parsed macro arguments by call position (a call is often rewritten more than once)."""

    def flags(self) -> tuple[bool, bool, bool, bool]:
        return self.inside_macro, self.is_if_else_block, self.force_one_line_chain, self.is_macro_def

    def set_flags(self, f: tuple[bool, bool, bool, bool]) -> None:
        self.inside_macro, self.is_if_else_block, self.force_one_line_chain, self.is_macro_def = f

    def snippet(self, lo: int, hi: int) -> str:
        return self.src.snippet(lo, hi)

    @staticmethod
    def budget(used: int) -> int:
        return max(0, max_width() - used)
