"""Applying a suggestion to the source: the patched lines a `help:` block shows.

A suggestion is a set of substitution parts (span → replacement). To show one, the renderer
rebuilds the affected lines with the parts spliced in, remembering which columns of the new
lines are new text (underlined `+++`/`~~~`, or green) and which columns of the old lines are
removed (red in `-` diff lines). This follows rustc's renderer (annotate-snippets'
`splice_lines`):

- parts are sorted by position; a replacement that merely extends the original text
  (`"a"` → `"ab"`) is trimmed to the pure insertion (`trim_trivial_replacement`);
- with `fold` the result covers the lines from the first part to the last; without it (rustc
  uses that for inserted `#[attribute]` lines) the whole snippet, so the line after the
  insertion is shown too;
- `display_mode` decides how the block is drawn: a diff (`-`/`+` lines) when text is lost,
  whole added lines (`+`), an underlined patched line, or plain patched lines.

Positions are global char positions of the source map; columns are char offsets in a line.
"""

from __future__ import annotations

import enum

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceMap
from ferric.diag.source_lines import Loc, Snippet, rust_lines


@dataclass(frozen=True, slots=True)
class TrimmedPart:
    """A substitution part after a trivial replacement was trimmed to an insertion."""

    original_lo: int
    original_hi: int
    lo: int
    hi: int
    snippet: str

    def _replaces_meaningful_content(self, sm: SourceMap) -> bool:
        return bool(_text(sm, self.lo, self.hi).strip())

    def is_addition(self, sm: SourceMap) -> bool:
        return bool(self.snippet) and not self._replaces_meaningful_content(sm)

    def is_deletion(self, sm: SourceMap) -> bool:
        return not self.snippet.strip() and self._replaces_meaningful_content(sm)

    def is_replacement(self, sm: SourceMap) -> bool:
        return bool(self.snippet) and self._replaces_meaningful_content(sm)

    def is_destructive_replacement(self, sm: SourceMap) -> bool:
        """A replacement that loses some of the original text (`abc` → `abx`, not `abc` → `abcd`)."""
        if not self.is_replacement(sm):
            return False
        return as_substr(_text(sm, self.lo, self.hi).strip(), self.snippet.strip()) is None


@dataclass(frozen=True, slots=True)
class Highlight:
    """Columns `start..end` (chars, tabs counted as 4) of a line that are new (or removed) text."""

    start: int
    end: int


class Confusion(enum.Enum):
    """How a suggestion differs from the code when the difference is easy to overlook."""

    NONE = ""
    CASE = " (notice the capitalization)"
    DIGIT_LETTER = " (notice the digit/letter confusion)"
    BOTH = " (notice the capitalization and digit/letter confusion)"

    def combine(self, other: Confusion) -> Confusion:
        if self is Confusion.NONE:
            return other
        if other is Confusion.NONE or self is other:
            return self
        return Confusion.BOTH


class Display(enum.Enum):
    """How a suggestion's patched code is drawn."""

    UNDERLINE = enum.auto()
    """The patched line, new text underlined with `+` (insertions) or `~` (replacements)."""
    DIFF = enum.auto()
    """`-` old lines, then `+` the new line: some text is removed."""
    NONE = enum.auto()
    """Patched lines as they are (several lines), `+`/`~` in the gutter of changed ones."""
    ADD = enum.auto()
    """Whole new lines, `+` in the gutter."""


@dataclass(frozen=True, slots=True)
class Spliced:
    """One substitution applied to a snippet."""

    text: str
    parts: tuple[TrimmedPart, ...]
    highlights: tuple[tuple[Highlight, ...], ...]
    """Per line of `text`: the new columns."""
    removed: tuple[tuple[Highlight, ...], ...]
    """Per original line touched (`Snippet.lines_of` the parts): the removed columns."""


def _text(sm: SourceMap, lo: int, hi: int) -> str:
    sf = sm.lookup_file(lo)
    if sf is None or hi > sf.end_pos or hi < lo:
        return ""
    return sf.text[lo - sf.start_pos : hi - sf.start_pos]


def as_substr(original: str, suggestion: str) -> tuple[int, str, int] | None:
    """If `suggestion` is `original` with text inserted in one place, (prefix, inserted, suffix)."""
    if suggestion.startswith(original):
        return len(original), suggestion[len(original) :], 0
    if suggestion.endswith(original):
        return 0, suggestion[: len(suggestion) - len(original)], len(original)
    prefix = 0
    for a, b in zip(original, suggestion, strict=False):
        if a != b:
            break
        prefix += 1
    rest_orig = original[prefix:]
    rest_sugg = suggestion[prefix:]
    if rest_sugg.endswith(rest_orig):
        return prefix, rest_sugg[: len(rest_sugg) - len(rest_orig)], len(rest_orig)
    return None


def trim_trivial_replacement(sm: SourceMap, lo: int, hi: int, snippet: str) -> TrimmedPart:
    """Turn `"a"` → `"ab"` into the insertion of `b` after `a` (clearer to show)."""
    if not snippet:
        return TrimmedPart(lo, hi, lo, hi, snippet)
    found = as_substr(_text(sm, lo, hi), snippet)
    if found is None:
        return TrimmedPart(lo, hi, lo, hi, snippet)
    prefix, inserted, suffix = found
    return TrimmedPart(lo, hi, lo + prefix, hi - suffix, inserted)


def is_different(sm: SourceMap, suggested: str, lo: int, hi: int) -> bool:
    sf = sm.lookup_file(lo)
    if sf is None or hi > sf.end_pos:
        return True
    return _text(sm, lo, hi) != suggested


_ASCII_CONFUSABLES = frozenset("cfikosuvwxyz")
_DIGIT_LETTER = frozenset({("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("9", "g")})


def detect_confusion(sm: SourceMap, suggested: str, lo: int, hi: int) -> Confusion:
    """Whether the suggestion differs from the code only by case or look-alike digits/letters."""
    found = _text(sm, lo, hi)
    if len(found.encode()) != len(suggested.encode()):
        return Confusion.NONE
    case_diff = digit_letter = other = False
    for f, s in zip(found, suggested, strict=False):
        if f == s:
            continue
        if f.isascii() and s.isascii() and f.lower() == s.lower():
            if f in _ASCII_CONFUSABLES or s in _ASCII_CONFUSABLES:
                case_diff = True
            else:
                other = True
        elif (f, s) in _DIGIT_LETTER or (s, f) in _DIGIT_LETTER:
            digit_letter = True
        else:
            other = True
    case = case_diff and not other and found != suggested
    digit = digit_letter and not other and found != suggested
    if case and digit:
        return Confusion.BOTH
    if case:
        return Confusion.CASE
    if digit:
        return Confusion.DIGIT_LETTER
    return Confusion.NONE


def _tab_len(s: str) -> int:
    return sum(4 if c == "\t" else 1 for c in s)


def _push_trailing(buf: list[str], line: str | None, lo: int, hi: int | None) -> None:
    """Append `line[lo:hi]` (to the end, then a newline, when `hi` is None)."""
    if line is None:
        return
    if lo < len(line):
        if hi is not None and hi < len(line):
            if hi > lo:
                buf.append(line[lo:hi])
        else:
            buf.append(line[lo:])
    if hi is None:
        buf.append("\n")


def splice(
    sm: SourceMap, snippet: Snippet, parts: list[tuple[int, int, str]], fold: bool
) -> Spliced | None:
    """The snippet's lines with `(lo, hi, replacement)` parts applied; None if nothing changes."""
    if not parts:
        return None
    ordered = sorted(parts, key=lambda p: p[0])
    if fold:
        lo = min(p[0] for p in ordered)
        hi = max(p[1] for p in ordered)
    else:
        lo, hi = snippet.start_pos, snippet.end_pos
    lines = snippet.lines_of(lo, hi)
    prev_hi, _ = snippet.locate_span(lo, hi)
    prev_hi = Loc(prev_hi.line, 0, prev_hi.display, prev_hi.pos)
    prev_line = snippet.line(lines[0]) if lines else None
    buf: list[str] = []
    highlights: list[tuple[Highlight, ...]] = []
    line_highlight: list[Highlight] = []
    acc = 0
    trimmed = tuple(trim_trivial_replacement(sm, p_lo, p_hi, text) for p_lo, p_hi, text in ordered)
    for part in trimmed:
        cur_lo, cur_hi = snippet.locate_span(part.lo, part.hi)
        if prev_hi.line == cur_lo.line:
            _push_trailing(buf, prev_line, prev_hi.char, cur_lo.char)
        else:
            acc = 0
            highlights.append(tuple(line_highlight))
            line_highlight = []
            _push_trailing(buf, prev_line, prev_hi.char, None)
            for n in range(prev_hi.line + 1, cur_lo.line):
                text = snippet.line(n)
                if text is not None:
                    buf.append(text)
                    buf.append("\n")
                    highlights.append(tuple(line_highlight))
                    line_highlight = []
            cur_line = snippet.line(cur_lo.line)
            if cur_line is not None:
                buf.append(cur_line[: cur_lo.char])
        length = _tab_len(part.snippet.split("\n", 1)[0])
        line_highlight.append(Highlight(cur_lo.char + acc, cur_lo.char + acc + length))
        buf.append(part.snippet)
        acc += length - (cur_hi.char - cur_lo.char)
        prev_hi = cur_hi
        prev_line = snippet.line(prev_hi.line)
        for extra in part.snippet.split("\n")[1:]:
            acc = 0
            highlights.append(tuple(line_highlight))
            line_highlight = [Highlight(0, _tab_len(extra))]
    highlights.append(tuple(line_highlight))
    line_highlight = []
    text = "".join(buf)
    if fold:
        if not text.endswith("\n"):
            tail: list[str] = []
            _push_trailing(tail, prev_line, prev_hi.char, None)
            text += "".join(tail)
    else:
        rest = _text(sm, prev_hi.pos, snippet.end_pos)
        text += rest
        for _ in range(rest.count("\n")):
            highlights.append(tuple(line_highlight))
            line_highlight = []
    text = text.rstrip("\n")
    if all(not h for h in highlights):
        return None
    return Spliced(text, trimmed, tuple(highlights), _removed(snippet, trimmed))


def _removed(snippet: Snippet, parts: tuple[TrimmedPart, ...]) -> tuple[tuple[Highlight, ...], ...]:
    """Per line the parts touch: the char ranges of original text the parts replace."""
    lo = min(p.lo for p in parts)
    hi = max(p.hi for p in parts)
    out: list[tuple[Highlight, ...]] = []
    for n in snippet.lines_of(lo, hi):
        text = snippet.sf.line_text(n)
        ranges: list[Highlight] = []
        for p in parts:
            if p.lo == p.hi:
                continue
            start, end = snippet.locate_span(p.lo, p.hi)
            if start.line > n or end.line < n:
                continue
            s = start.char if start.line == n else 0
            e = end.char if end.line == n else len(text)
            ranges.append(Highlight(s, min(e, len(text))))
        out.append(tuple(ranges))
    return tuple(out)


def display_mode(sm: SourceMap, spliced: Spliced) -> Display:
    """How the suggestion is drawn (annotate-snippets' `DisplaySuggestion::new`)."""
    parts = spliced.parts
    has_deletion = any(p.is_deletion(sm) or p.is_destructive_replacement(sm) for p in parts)
    is_multiline = len(rust_lines(spliced.text)) > 1
    if has_deletion and not is_multiline:
        return Display.DIFF
    if (
        len(parts) == 1
        and parts[0].snippet.endswith("\n")
        and parts[0].snippet.strip() == spliced.text.strip()
    ):
        return Display.ADD
    if (len(parts) != 1 or parts[0].snippet.strip() != spliced.text.strip()) and not is_multiline:
        return Display.UNDERLINE
    return Display.NONE
