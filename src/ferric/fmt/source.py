"""The comment collector: which characters of the source file are code, literal or comment.

The lexer drops ordinary comments, so the formatter recovers them from the text: every gap
between two tokens holds only whitespace and comments (`//` to the end of the line, `/* */`
nested), and doc comments are tokens of their own. `SourceText` classifies every character
once (`c` code, `s` inside a literal, `m` comment — a line comment's newline included, as
rustfmt counts it) and answers the questions rustfmt asks of its snippets: the text of a
span, whether a span holds a comment, where a token text occurs outside comments
(`span_after` and friends). Positions are global (`ferric.base.span`), like the AST's.

Invariant: a query about a span never looks outside the file.
"""

from __future__ import annotations

import bisect

from ferric.lexer.token import Token, TokenKind


class FormatFailure(Exception):
    """Raised where rustfmt would panic (an expected token is missing from a snippet); the
    visitor catches it and keeps the construct as written."""


def _scan_gap(text: str, lo: int, hi: int, cls: bytearray) -> None:
    """Mark the comments in `text[lo:hi]` (whitespace and comments only)."""
    i = text.find("/", lo, hi)
    while 0 <= i < hi - 1:
        nxt = text[i + 1]
        if nxt == "/":
            j = text.find("\n", i, hi)
            end = hi if j < 0 else j + 1
            cls[i:end] = b"m" * (end - i)
            i = end
        elif nxt == "*":
            depth = 1
            j = i + 2
            while j < hi and depth:
                if text.startswith("/*", j):
                    depth += 1
                    j += 2
                elif text.startswith("*/", j):
                    depth -= 1
                    j += 2
                else:
                    j += 1
            cls[i:j] = b"m" * (j - i)
            i = j
        else:
            i += 1
            continue
        i = text.find("/", i, hi)


class SourceText:
    """One source file's text with its character classes."""

    __slots__ = ("_line_starts", "base", "cls", "text", "tokens")

    def __init__(self, text: str, base: int, tokens: list[Token]) -> None:
        self.text = text
        self.base = base
        self.tokens = tokens
        cls = bytearray(b"c" * len(text))
        prev = 0
        for tok in tokens:
            if tok.kind is TokenKind.EOF:
                break
            lo = tok.span.lo - base
            hi = tok.span.hi - base
            if lo > prev:
                _scan_gap(text, prev, lo, cls)
            if tok.kind is TokenKind.LITERAL:
                cls[lo:hi] = b"s" * (hi - lo)
            elif tok.kind is TokenKind.DOC_COMMENT:
                cls[lo:hi] = b"m" * (hi - lo)
            prev = max(prev, hi)
        if prev < len(text):
            _scan_gap(text, prev, len(text), cls)
        self.cls = cls.decode("ascii")
        starts = [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self._line_starts = starts

    # -- text ------------------------------------------------------------------------------------

    @property
    def end(self) -> int:
        return self.base + len(self.text)

    def snippet(self, lo: int, hi: int) -> str:
        b = self.base
        if hi < lo:
            return ""
        return self.text[lo - b : hi - b]

    def line_of(self, pos: int) -> int:
        """1-based line of global position `pos`."""
        return bisect.bisect_right(self._line_starts, pos - self.base)

    # -- comments --------------------------------------------------------------------------------

    def contains_comment(self, lo: int, hi: int) -> bool:
        b = self.base
        return "m" in self.cls[lo - b : hi - b]

    def is_comment_at(self, pos: int) -> bool:
        i = pos - self.base
        return 0 <= i < len(self.cls) and self.cls[i] == "m"

    def find_uncommented(self, lo: int, hi: int, pat: str) -> int | None:
        """Global position of the first `pat` in [lo, hi) outside comments."""
        b = self.base
        text = self.text
        cls = self.cls
        i = text.find(pat, lo - b, hi - b)
        n = len(pat)
        while i >= 0:
            if "m" not in cls[i : i + n]:
                return i + b
            i = text.find(pat, i + 1, hi - b)
        return None

    def find_last_uncommented(self, lo: int, hi: int, pat: str) -> int | None:
        b = self.base
        text = self.text
        cls = self.cls
        i = text.rfind(pat, lo - b, hi - b)
        n = len(pat)
        while i >= 0:
            if "m" not in cls[i : i + n]:
                return i + b
            i = text.rfind(pat, lo - b, i + n - 1)
        return None

    def opt_span_before(self, lo: int, hi: int, needle: str) -> int | None:
        return self.find_uncommented(lo, hi, needle)

    def opt_span_after(self, lo: int, hi: int, needle: str) -> int | None:
        p = self.find_uncommented(lo, hi, needle)
        return None if p is None else p + len(needle)

    def span_before(self, lo: int, hi: int, needle: str) -> int:
        p = self.find_uncommented(lo, hi, needle)
        if p is None:
            raise FormatFailure(f"missing {needle!r}")
        return p

    def span_after(self, lo: int, hi: int, needle: str) -> int:
        return self.span_before(lo, hi, needle) + len(needle)

    def span_after_last(self, lo: int, hi: int, needle: str) -> int:
        pos = lo
        while True:
            p = self.find_uncommented(pos, hi, needle)
            if p is None:
                return pos
            pos = p + len(needle)

    def span_before_last(self, lo: int, hi: int, needle: str) -> int:
        prev = lo
        pos = lo
        while True:
            p = self.find_uncommented(pos, hi, needle)
            if p is None:
                return prev
            prev = p
            pos = p + len(needle)
