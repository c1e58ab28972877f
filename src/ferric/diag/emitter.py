"""Rendering diagnostics for people, byte for byte as rustc 1.95 prints them.

`render_human(diag, sm)` is the text rustc writes to stderr for one diagnostic, including the
empty line after it; `render_summary(dcx)` the closing lines (`error: aborting due to …`, the
`ferric explain` hint); `render_json` (see `json_emitter`) rustc's `--error-format=json` line.

    error[E0502]: message                 title; the code in brackets
     --> file.rs:4:17                     where the primary span is; the gutter is as wide as
      |                                   the largest line number shown
    4 |     foo(&mut x, &x);              annotated lines, `...` between distant ones
      |     --- ------  ^^ label          `^` primary, `-` secondary; a label sits right of its
      |     |   |                         underline, or hangs below on a `|` when it would
      |     |   mutable borrow occurs here    collide with another
      |     mutable borrow later used by call
      |
      = note: span-less children
    note: a child with spans              gets its own code window
    help: a suggestion                    the patched code: `+++` under insertions, `-`/`+`
                                          diff lines when text is removed

rustc 1.95 draws through the annotate-snippets renderer; this module follows it step by step
(that is what makes the pictures identical, quirks included). A diagnostic becomes a list of
groups (`_build_report`): the diagnostic's own title, code windows and span-less children;
then one group per child with spans and one per shown suggestion. `_render` draws the groups
into `StyledBuffer`s: titles (`_render_title`), code windows (`_render_snippet`, one source
line at a time in `_render_source_line`) and suggestions (`_render_suggestion`).

Not reproduced (nothing in ferric needs them yet): the Unicode theme, `--error-format=short`,
macro backtraces, styled (highlighted) message parts, and windows for files whose source is
unavailable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ferric.base.source_map import SourceFile, SourceMap
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic, Label, Level, Suggestion
from ferric.diag.source_lines import (
    AnnotatedLine,
    Kind,
    LineAnnotation,
    Snippet,
    annotated_lines,
    is_rustc_dummy,
    newline_count,
    rust_lines,
)
from ferric.diag.splice import (
    Confusion,
    Display,
    Highlight,
    Spliced,
    detect_confusion,
    display_mode,
    is_different,
    splice,
)
from ferric.diag.styled_buffer import (
    CellStyle,
    Style,
    StyledBuffer,
    char_width,
    normalize_whitespace,
    str_width,
)

if TYPE_CHECKING:
    from ferric.diag.json_emitter import ExpnInfo

__all__ = [
    "DEFAULT_TERM_WIDTH",
    "SpanLabel",
    "render_human",
    "render_json",
    "render_summary",
    "span_labels",
    "summary_diagnostics",
]

DEFAULT_TERM_WIDTH = 140
"""rustc's width when stderr is not a terminal (and in its own tests)."""
MAX_SUGGESTIONS = 4
"""Alternatives shown per suggestion; the rest are counted (`= and 2 other candidates`)."""

# Suggestion styles (see `Suggestion.style`).
_SHOW_ALWAYS = "normal"
_SHOW_CODE = "inline"
_HIDE_INLINE = "hide_inline"
_HIDE_ALWAYS = "hide_code"
_HIDDEN = "hidden"


# -- span labels (rustc's MultiSpan) -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanLabel:
    """One span to draw: primary or not, with its label (None: no label at all)."""

    span: Span
    is_primary: bool
    label: str | None


def span_labels(labels: list[Label]) -> list[SpanLabel]:
    """The labels as rustc's `MultiSpan::span_labels` lists them.

    A label is primary when its span is one of the primary spans (so a secondary label on the
    primary span is drawn with `^`). Labelled spans come in the order they were added, then
    the primary spans that have no label of their own. A primary label with an empty message
    is a primary span without a label; a secondary label with an empty message is an empty
    label (so `Label(sp, "", True)` + `Label(sp, "", False)` is rustc's
    `span_label(primary_span, "")`, which JSON shows as `"label": ""`).
    """
    primary: list[Span] = []
    for lb in labels:
        if lb.primary and lb.span not in primary:
            primary.append(lb.span)
    out: list[SpanLabel] = []
    for lb in labels:
        if lb.primary and not lb.message:
            continue
        out.append(SpanLabel(lb.span, lb.span in primary, lb.message))
    for sp in primary:
        if not any(sl.span == sp for sl in out):
            out.append(SpanLabel(sp, True, None))
    return out


def _primary_span(labels: list[SpanLabel]) -> Span | None:
    for sl in labels:
        if sl.is_primary:
            return sl.span
    return None


# -- the report: groups of elements --------------------------------------------------------------


@dataclass(slots=True)
class _Title:
    level: Level
    text: str
    code: str | None
    secondary: bool
    """A child's or suggestion's title, or a title with highlights: not normalised, its `: `
    unstyled (rustc's `secondary_title`)."""
    show_level: bool = True
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True)
class _Message:
    """A span-less child: `= note: text`."""

    level: Level
    text: str
    show_level: bool = True
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True)
class _Cause:
    """A code window with annotations."""

    path: str
    snippet: Snippet
    annotations: list[tuple[int, int, bool, str | None]]


@dataclass(slots=True)
class _SuggestionCode:
    """One substitution of a suggestion, drawn as patched code."""

    path: str
    snippet: Snippet
    parts: list[tuple[int, int, str]]
    fold: bool


@dataclass(slots=True)
class _Padding:
    """An empty `|` line."""


_Element = _Message | _Cause | _SuggestionCode | _Padding


@dataclass(slots=True)
class _Group:
    title: _Title | None
    elements: list[_Element] = field(default_factory=list)


def _causes(sm: SourceMap, labels: list[SpanLabel]) -> list[_Cause]:
    """One code window per file the labels point into, the primary span's file first."""
    primary = _primary_span(labels)
    files: list[tuple[SourceFile, list[tuple[int, int, bool, str | None]]]] = []
    for sl in labels:
        span = sl.span
        if is_rustc_dummy(sm, span) and primary is not None:
            span = primary
        sf = sm.lookup_file(span.lo)
        if sf is None or span.hi > sf.end_pos or span.hi < span.lo:
            continue
        label = normalize_whitespace(sl.label) if sl.label is not None else None
        ann = (span.lo, span.hi, sl.is_primary, label)
        for f, anns in files:
            if f is sf:
                anns.append(ann)
                break
        else:
            files.append((sf, [ann]))
    if primary is None or is_rustc_dummy(sm, primary):
        return []
    primary_file = sm.lookup_file(primary.lo)
    if primary_file is not None:
        pos = _binary_search_by_name([f.name for f, _ in files], primary_file.name)
        if pos is not None:
            files[0], files[pos] = files[pos], files[0]
    return [
        _Cause(sf.name, Snippet.around(sf, [(a[0], a[1]) for a in anns]), anns)
        for sf, anns in files
    ]


def _binary_search_by_name(names: list[str], name: str) -> int | None:
    """Rust's `binary_search_by` with its exact probing (the list is not sorted)."""
    size = len(names)
    if size == 0:
        return None
    base = 0
    while size > 1:
        half = size // 2
        mid = base + half
        if not names[mid] > name:
            base = mid
        size -= half
    return base if names[base] == name else None


def _inline_suggestion(
    sm: SourceMap, labels: list[SpanLabel], suggestions: list[Suggestion]
) -> tuple[list[SpanLabel], list[Suggestion]]:
    """rustc's `primary_span_formatted`: a lone short suggestion becomes a `help:` label."""
    if len(suggestions) != 1:
        return labels, suggestions
    sugg = suggestions[0]
    if sugg.alternatives or len(sugg.parts) != 1 or len(sugg.message.split()) >= 10:
        return labels, suggestions
    part = sugg.parts[0]
    if "\n" in part.snippet or sugg.style in (_HIDE_ALWAYS, _HIDDEN, _SHOW_ALWAYS):
        return labels, suggestions
    snippet = part.snippet.strip()
    if not snippet or sugg.style != _SHOW_CODE:
        text = f"help: {sugg.message}"
    else:
        confusion = detect_confusion(sm, snippet, part.span.lo, part.span.hi)
        text = f"help: {sugg.message}{confusion.value}: `{snippet}`"
    primary = {sl.span for sl in labels if sl.is_primary}
    labelled = [sl for sl in labels if sl.label is not None]
    labelled.append(SpanLabel(part.span, part.span in primary, text))
    unlabelled = [
        sl for sl in labels if sl.label is None and not any(o.span == sl.span for o in labelled)
    ]
    return labelled + unlabelled, []


def _substitutions(sugg: Suggestion) -> list[list[tuple[int, int, str]]]:
    return [
        [(p.span.lo, p.span.hi, p.snippet) for p in parts]
        for parts in (sugg.parts, *sugg.alternatives)
    ]


def _suggestion_group(sm: SourceMap, sugg: Suggestion) -> _Group | None:
    subs: list[list[tuple[int, int, str]]] = []
    for parts in _substitutions(sugg):
        if any(sm.lookup_file(lo) is None for lo, _, _ in parts):
            continue
        kept = [p for p in sorted(parts, key=lambda p: p[0]) if is_different(sm, p[2], p[0], p[1])]
        if kept:
            subs.append(kept)
    if not subs:
        return None
    msg = sugg.message
    sf = sm.lookup_file(subs[0][0][0])
    assert sf is not None
    other = max(len(subs) - MAX_SUGGESTIONS, 0)
    elements: list[_Element] = []
    for parts in subs[:MAX_SUGGESTIONS]:
        confusion = Confusion.NONE
        for lo, hi, text in parts:
            confusion = confusion.combine(detect_confusion(sm, text, lo, hi))
        if confusion is not Confusion.NONE:
            msg += confusion.value
        fold = True
        if len(parts) == 1:
            lo, hi, text = parts[0]
            psf = sm.lookup_file(lo)
            if (
                psf is not None
                and text.strip().startswith("#[")
                and text.strip().endswith("]")
                and text.endswith("\n")
                and lo == hi
            ):
                line, _ = psf.line_col(lo)
                before = psf.text[psf.line_start_pos(line) - psf.start_pos : lo - psf.start_pos]
                if not before.strip():
                    if before and not text.endswith(before):
                        text = before + text
                        lo = hi = lo - len(before)
                    parts = [(lo, hi, text)]
                    fold = False
        psf = sm.lookup_file(parts[0][0])
        assert psf is not None
        snippet = Snippet.around(psf, [(lo, hi) for lo, hi, _ in parts])
        elements.append(_SuggestionCode(sf.name, snippet, parts, fold))
    if other > 0:
        plural = "s" if other != 1 else ""
        elements.append(
            _Message(Level.NOTE, f"and {other} other candidate{plural}", show_level=False)
        )
    return _Group(_Title(Level.HELP, msg, None, secondary=True), elements)


def _build_report(diag: Diagnostic, sm: SourceMap) -> list[_Group]:
    """The groups rustc's annotate-snippets emitter builds for one diagnostic."""
    labels = span_labels(diag.labels)
    labels, suggestions = _inline_suggestion(sm, labels, list(diag.suggestions))
    report: list[_Group] = []
    main = _Title(
        diag.level, diag.message, diag.code, bool(diag.highlights), highlights=diag.highlights
    )
    group = _Group(main)
    group.elements.extend(_causes(sm, labels))
    for child in diag.children:
        child_labels = span_labels(child.labels)
        if not child_labels:
            group.elements.append(_Message(child.level, child.message, highlights=child.highlights))
            continue
        report.append(group)
        group = _Group(_Title(child.level, child.message, None, True, highlights=child.highlights))
        group.elements.extend(_causes(sm, child_labels))
    expected = sum(1 for s in suggestions if s.style not in (_HIDDEN, _HIDE_ALWAYS))
    for sugg in suggestions:
        if sugg.style == _HIDDEN:
            continue
        if sugg.style == _HIDE_ALWAYS:
            group.elements.append(_Message(Level.HELP, sugg.message))
            continue
        sg = _suggestion_group(sm, sugg)
        if sg is not None:
            report.append(group)
            group = sg
    if expected > 0 and not report:
        group.elements.append(_Padding())
    if group.title is not None or group.elements:
        report.append(group)
    return report


# -- drawing helpers (ASCII theme) ---------------------------------------------------------------


def _col_sep(buf: StyledBuffer, line: int, col: int) -> None:
    buf.putc(line, col, "|", Style.LINE_NUMBER)


def _line_num(buf: StyledBuffer, row: int, line_num: int, width: int) -> None:
    buf.puts(row, 0, str(line_num).rjust(width), Style.LINE_NUMBER)


def _underline_style(is_primary: bool) -> Style:
    return Style.UNDERLINE_PRIMARY if is_primary else Style.UNDERLINE_SECONDARY


def _underline_char(is_primary: bool) -> str:
    return "^" if is_primary else "-"


# -- titles --------------------------------------------------------------------------------------


_HIGHLIGHT = "\x1b[1m\x1b[35m"
_RESET = "\x1b[0m"


def _pre_styled(text: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """`text` with its highlighted ranges wrapped in ANSI codes (rustc's `pre_style_msgs`)."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(highlights):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append(f"{_HIGHLIGHT}{text[start:end]}{_RESET}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _render_title(
    buf: StyledBuffer,
    title: _Title | _Message,
    max_line_num_len: int,
    row: int,
    color: bool,
) -> None:
    if isinstance(title, _Message):
        for _ in range(max_line_num_len):
            buf.append(row, " ", Style.NO_STYLE)
        buf.puts(row, max_line_num_len + 1, "= ", Style.LINE_NUMBER)
        label_style: CellStyle = Style.MAIN_HEADER_MSG
        text_style: CellStyle = Style.NO_STYLE
        code = None
        allows_styling = True
        secondary_padding = True
    else:
        label_style = title.level
        text_style = Style.HEADER_MSG if title.secondary else Style.MAIN_HEADER_MSG
        code = title.code
        allows_styling = title.secondary
        secondary_padding = False
    show_level = title.show_level and title.level is not Level.FAILURE_NOTE
    label_width = 0
    if show_level or code is not None:
        if show_level:
            buf.append(row, title.level.value, label_style)
            label_width += str_width(title.level.value)
        if code is not None:
            if show_level:
                buf.append(row, "[", label_style)
                label_width += 1
            buf.append(row, code, label_style)
            label_width += str_width(code)
            if show_level:
                buf.append(row, "]", label_style)
                label_width += 1
        buf.append(row, ": ", text_style)
        label_width += 2
    padding = " " * (max_line_num_len + 3 + label_width if secondary_padding else label_width)
    if title.highlights:
        text = _pre_styled(title.text, title.highlights) if color else title.text
        style: CellStyle = Style.NO_STYLE
    elif allows_styling:
        text, style = title.text, Style.NO_STYLE
    else:
        text, style = normalize_whitespace(title.text), text_style
    for i, part in enumerate(text.split("\n")):
        if i:
            buf.append(row + i, padding, Style.NO_STYLE)
        buf.append(row + i, part, style)


# -- code windows --------------------------------------------------------------------------------


def _usub(a: int, b: int) -> int:
    """`a - b` on usize as a release build computes it (wrapping to a huge number)."""
    return a - b if a >= b else (1 << 64) + a - b


@dataclass(slots=True)
class _Margin:
    """Which columns of long lines are shown (annotate-snippets' `Margin`)."""

    whitespace_left: int
    span_left: int
    span_right: int
    label_right: int
    column_width: int
    computed_left: int = 0
    computed_right: int = 0

    @classmethod
    def new(
        cls,
        whitespace_left: int,
        span_left: int,
        span_right: int,
        label_right: int,
        column_width: int,
        max_line_len: int,
    ) -> _Margin:
        m = cls(
            max(whitespace_left - 6, 0),
            max(span_left - 6, 0),
            span_right + 6,
            label_right + 6,
            column_width,
        )
        m.computed_left = m.whitespace_left - 16 if m.whitespace_left > 20 else 0
        m.computed_right = max(max_line_len, m.computed_left)
        if m.computed_right - m.computed_left > m.column_width:
            if _usub(m.label_right, m.whitespace_left) <= m.column_width:
                m.computed_left = m.whitespace_left
                m.computed_right = m.computed_left + m.column_width
            elif _usub(m.label_right, m.span_left) <= m.column_width:
                padding_left = (m.column_width - (m.label_right - m.span_left)) // 2
                m.computed_left = max(m.span_left - padding_left, 0)
                m.computed_right = m.computed_left + m.column_width
            elif _usub(m.span_right, m.span_left) <= m.column_width:
                padding_left = (m.column_width - (m.span_right - m.span_left)) // 5 * 2
                m.computed_left = max(m.span_left - padding_left, 0)
                m.computed_right = m.computed_left + m.column_width
            else:
                m.computed_left = m.span_left
                m.computed_right = m.span_right
        return m

    def was_cut_left(self) -> bool:
        return self.computed_left > 0

    def left(self, line_len: int) -> int:
        return min(self.computed_left, line_len)

    def right(self, line_len: int) -> int:
        if max(line_len - self.computed_left, 0) <= self.column_width:
            return line_len
        return min(line_len, self.computed_right)


def _draw_line(
    buf: StyledBuffer,
    source: str,
    line_index: int,
    line_offset: int,
    width_offset: int,
    code_offset: int,
    max_line_num_len: int,
    margin: _Margin,
) -> int:
    """Draw `line_index | code` (long lines cut with `...`); returns the display columns cut left."""
    line_len = str_width(source)
    left = margin.left(line_len)
    right = margin.right(line_len)
    skipped = 0
    start = 0
    while start < len(source) and skipped < left:
        skipped += char_width(source[start])
        start += 1
    taken = 0
    end = start
    while end < len(source):
        taken += char_width(source[end])
        if taken > right - left:
            break
        end += 1
    code = source[start:end]
    if skipped > left:
        left = skipped
    width_taken = chars_taken = 0
    if margin.was_cut_left():
        for ch in code:
            width_taken += char_width(ch)
            chars_taken += 1
            if width_taken >= 3:
                break
        buf.puts(line_offset, code_offset, "...", Style.LINE_NUMBER)
    rest = code[chars_taken:]
    buf.puts(line_offset, code_offset + width_taken, rest, Style.QUOTATION)
    if line_len > right:
        char_taken = width_inner = 0
        for ch in reversed(code):
            width_inner += char_width(ch)
            char_taken += 1
            if width_inner >= 3:
                break
        buf.puts(
            line_offset,
            code_offset + width_taken + len(rest) - char_taken,
            "...",
            Style.LINE_NUMBER,
        )
    _line_num(buf, line_offset, line_index, max_line_num_len)
    _col_sep(buf, line_offset, width_offset - 2)
    return left


def _overlaps(a1: LineAnnotation, a2: LineAnnotation, padding: int) -> bool:
    a_start, a_end = a1.start.display, a1.end.display + padding
    b_start, b_end = a2.start.display, a2.end.display
    return b_start <= a_start < b_end or a_start <= b_start < a_end


def _render_source_line(
    buf: StyledBuffer,
    line: AnnotatedLine,
    width_offset: int,
    code_offset: int,
    max_line_num_len: int,
    margin: _Margin,
) -> list[tuple[int, CellStyle]]:
    """Draw one annotated line; returns (depth, style) of the multi-line spans starting or ending."""
    source = normalize_whitespace(line.text)
    line_offset = buf.num_lines()
    left = _draw_line(
        buf,
        source,
        line.line_index,
        line_offset,
        width_offset,
        code_offset,
        max_line_num_len,
        margin,
    )
    if not line.annotations:
        return []

    def at(col: int) -> int:
        return max(code_offset + col - left, 0)

    # A multi-line span starting where the line's code starts is drawn as `/` in the margin.
    ops: list[tuple[int, int, str, CellStyle]] = []
    result: list[tuple[int, CellStyle]] = []
    short_start = True
    for ann in line.annotations:
        if ann.kind is Kind.START:
            if all(c.isspace() for c in source[: ann.start.display]):
                style = _underline_style(ann.is_primary)
                result.append((ann.depth, style))
                ops.append((line_offset, width_offset + ann.depth - 1, "/", style))
            else:
                short_start = False
                break
        elif ann.kind is not Kind.LINE:
            short_start = False
            break
    if short_start:
        for row, col, ch, st in ops:
            buf.putc(row, col, ch, st)
        return result

    annotations = sorted(
        line.annotations, key=lambda a: (a.start.display, a.start.char), reverse=True
    )

    overlap = [False] * len(annotations)
    positions: list[tuple[int, LineAnnotation]] = []
    line_len = 0
    p = 0
    for i, ann in enumerate(annotations):
        for j, nxt in enumerate(annotations):
            if _overlaps(nxt, ann, 0) and j > 1:  # sic: rustc's renderer says `j > 1`
                overlap[i] = True
                overlap[j] = True
            if _overlaps(nxt, ann, 0) and ann.has_label() and j > i and p == 0:
                if (
                    nxt.start.display == ann.start.display
                    and nxt.start.char == ann.start.char
                    and nxt.end.display == ann.end.display
                    and nxt.end.char == ann.end.char
                    and not nxt.has_label()
                ):
                    continue
                p += 1
                break
        positions.append((p, ann))
        for j, nxt in enumerate(annotations):
            if j <= i:
                continue
            pad = len(nxt.label.encode()) + 2 if nxt.label is not None else 0
            if (
                (_overlaps(nxt, ann, pad) and ann.has_label() and nxt.has_label())
                or (ann.takes_space() and nxt.has_label())
                or (ann.has_label() and nxt.takes_space())
                or (ann.takes_space() and nxt.takes_space())
                or (
                    _overlaps(nxt, ann, pad)
                    and (nxt.end.display, nxt.end.char) <= (ann.end.display, ann.end.char)
                    and nxt.has_label()
                    and p == 0
                )
            ):
                p += 1
                break
        line_len = max(line_len, p)
    if line_len != 0:
        line_len += 1

    if all(a.is_line() for a in line.annotations):
        return []

    if positions and all(a.kind is Kind.START for _, a in positions):
        max_pos = max(pos for pos, _ in positions)
        positions = [(max_pos - pos, a) for pos, a in positions]
        line_len = max(line_len - 1, 0)

    for pos in range(line_len + 1):
        _col_sep(buf, line_offset + pos + 1, width_offset - 2)

    # The horizontal `___` of multi-line starts and ends.
    for pos, ann in positions:
        if ann.kind in (Kind.START, Kind.END):
            style = _underline_style(ann.is_primary)
            for col in range(width_offset + ann.depth, at(ann.start.display)):
                buf.putc(line_offset + pos + 1, col, "_", style)

    # Vertical lines down to labels placed on lower rows.
    for pos, ann in positions:
        style = _underline_style(ann.is_primary)
        pos += 1
        if pos > 1 and (ann.has_label() or ann.takes_space()):
            for row in range(line_offset + 1, line_offset + pos + 1):
                buf.putc(row, at(ann.start.display), "|", style)
        if ann.kind is Kind.START:
            buf.putc(line_offset + pos, width_offset + ann.depth - 1, " ", style)
            for row in range(line_offset + pos + 1, line_offset + line_len + 2):
                buf.putc(row, width_offset + ann.depth - 1, "|", style)
        elif ann.kind is Kind.END:
            for row in range(line_offset, line_offset + pos):
                buf.putc(row, width_offset + ann.depth - 1, "|", style)
            buf.putc(line_offset + pos, width_offset + ann.depth - 1, "|", style)

    # Labels.
    for pos, ann in positions:
        label_style = Style.LABEL_PRIMARY if ann.is_primary else Style.LABEL_SECONDARY
        if pos == 0:
            row = 1
            col = max(ann.end.display + (2 if ann.end.display == 0 else 1) - left, 0)
        else:
            row = pos + 2
            col = max(ann.start.display - left, 0)
        if ann.label is not None:
            buf.puts(line_offset + row, code_offset + col, ann.label, label_style)

    # Underlines, biggest spans first so that smaller ones show on top.
    positions.sort(key=lambda t: (-t[1].length(), t[1].is_primary))
    for _pos, ann in positions:
        style = _underline_style(ann.is_primary)
        ch = _underline_char(ann.is_primary)
        for col in range(ann.start.display, ann.end.display):
            buf.putc(line_offset + 1, at(col), ch, style)
        if ann.kind in (Kind.START, Kind.END) or (_pos != 0 and ann.has_label()):
            buf.putc(line_offset + 1, at(ann.start.display), ch, style)

    # Very long single-line spans lose their middle.
    for i, (_pos, ann) in enumerate(positions):
        if overlap[i] or ann.kind is not Kind.SINGLE:
            continue
        width = ann.end.display - ann.start.display
        if width > margin.column_width * 2 and width > 13:
            pad = max(margin.column_width // 3, 5)
            lo = code_offset + max(ann.start.display + pad - left, 0)
            hi = code_offset + max(ann.end.display - pad - left, 0)
            buf.replace(line_offset, lo, hi, "...")
            buf.replace(line_offset + 1, lo, hi, "...")

    out: list[tuple[int, CellStyle]] = []
    for _pos, ann in positions:
        if ann.kind in (Kind.START, Kind.END):
            out.append(
                (ann.depth, Style.LABEL_PRIMARY if ann.is_primary else Style.LABEL_SECONDARY)
            )
    return out


def _render_snippet(
    buf: StyledBuffer,
    cause: _Cause,
    lines: list[AnnotatedLine],
    max_line_num_len: int,
    is_primary: bool,
    multiline_depth: int,
    term_width: int,
) -> None:
    """A code window: `--> path:line:col` (or `::: path` for another file), then the lines."""
    line_col = ""
    if is_primary:
        first = next((ln for ln in lines if any(a.is_primary for a in ln.annotations)), None)
        if first is None:
            first = next((ln for ln in lines if ln.annotations), None)
        if first is not None:
            line_col = f":{first.line_index}"
            if first.annotations:
                ann = min(first.annotations, key=lambda a: (not a.is_primary, a.start.char))
                line_col += f":{ann.start.char + 1}"
    else:
        _col_sep(buf, buf.num_lines(), max_line_num_len + 1)
        first = next((ln for ln in lines if ln.annotations), lines[0] if lines else None)
        if first is not None:
            line_col = f":{first.line_index}"
            if first.annotations:
                line_col += f":{first.annotations[0].start.char + 1}"
    row = buf.num_lines()
    for _ in range(max_line_num_len):
        buf.append(row, " ", Style.NO_STYLE)
    buf.append(row, "--> " if is_primary else "::: ", Style.LINE_NUMBER)
    buf.append(row, f"{cause.path}{line_col}", Style.LINE_AND_COLUMN)
    _col_sep(buf, row + 1, max_line_num_len + 1)

    whitespace_margin: int | None = None
    for ln in lines:
        leading = 0
        for c in ln.text:
            if not c.isspace():
                break
            leading += 4 if c == "\t" else 1
        if any(not c.isspace() for c in ln.text):
            whitespace_margin = (
                leading if whitespace_margin is None else min(whitespace_margin, leading)
            )
    span_left: int | None = None
    span_right = label_right = max_line_len = 0
    for ln in lines:
        max_line_len = max(max_line_len, str_width(ln.text))
        for ann in ln.annotations:
            lo = min(ann.start.display, ann.end.display)
            span_left = lo if span_left is None else min(span_left, lo)
            span_right = max(span_right, ann.start.display, ann.end.display)
            lw = str_width(ann.label) + 1 if ann.label is not None else 0
            label_right = max(label_right, ann.end.display + lw)
    width_offset = 3 + max_line_num_len
    code_offset = width_offset if multiline_depth == 0 else width_offset + multiline_depth + 1
    margin = _Margin.new(
        whitespace_margin or 0,
        span_left or 0,
        span_right,
        label_right,
        max(term_width - code_offset, 0),
        max_line_len,
    )

    multilines: list[tuple[int, CellStyle]] = []
    for idx, ln in enumerate(lines):
        previous_row = buf.num_lines()
        depths = _render_source_line(buf, ln, width_offset, code_offset, max_line_num_len, margin)
        to_add: dict[int, CellStyle] = {}
        for depth, style in depths:
            found = next((k for k, (d, _) in enumerate(multilines) if d == depth), None)
            if found is not None:
                multilines[found] = multilines[-1]
                multilines.pop()
            else:
                to_add[depth] = style
        for depth, style in multilines:
            for r in range(previous_row, buf.num_lines()):
                buf.putc(r, width_offset + depth - 1, "|", style)
        if idx < len(lines) - 1:
            delta = lines[idx + 1].line_index - ln.line_index
            if delta > 2:
                r = buf.num_lines()
                buf.puts(r, 0, "...", Style.LINE_NUMBER)
                _bridge(buf, r, width_offset, multilines, ln)
            elif delta == 2:
                r = buf.num_lines()
                middle = cause.snippet.line(ln.line_index + 1) or ""
                _draw_line(
                    buf,
                    normalize_whitespace(middle),
                    lines[idx + 1].line_index - 1,
                    r,
                    width_offset,
                    code_offset,
                    max_line_num_len,
                    margin,
                )
                _bridge(buf, r, width_offset, multilines, ln)
        multilines.extend(sorted(to_add.items()))


def _bridge(
    buf: StyledBuffer,
    row: int,
    width_offset: int,
    multilines: list[tuple[int, CellStyle]],
    line: AnnotatedLine,
) -> None:
    """The `|` of multi-line spans on a `...` or unannotated line between two annotated ones."""
    for depth, style in multilines:
        buf.putc(row, width_offset + depth - 1, "|", style)
    for ann in line.annotations:
        if ann.kind is Kind.START:
            buf.putc(row, width_offset + ann.depth - 1, "|", _underline_style(ann.is_primary))


# -- suggestions ---------------------------------------------------------------------------------


def _style_highlights(
    buf: StyledBuffer,
    highlights: tuple[Highlight, ...],
    style: Style,
    row: int,
    raw_line: str,
    m: int,
) -> None:
    for h in highlights:
        if h.start != h.end:
            extra_start = sum(3 for c in raw_line[: h.start] if c == "\t")
            extra_end = sum(3 for c in raw_line[: h.end] if c == "\t")
            buf.set_style_range(
                row, m + 3 + h.start + extra_start, m + 3 + h.end + extra_end, style, True
            )


@dataclass(slots=True)
class _CodeLines:
    """annotate-snippets' `draw_code_line`: one line of a suggestion's patched code."""

    buf: StyledBuffer
    m: int
    """The gutter width (max line number length)."""
    snippet: Snippet
    file_lines: list[int]
    removed: tuple[tuple[Highlight, ...], ...]
    show: Display
    is_multiline: bool

    def draw(
        self, row: int, highlights: tuple[Highlight, ...], replaced: bool, line_num: int, line: str
    ) -> int:
        buf, m = self.buf, self.m
        removed = self.removed if replaced else ()
        if self.show is Display.DIFF:
            for index, (ln, rem) in enumerate(zip(self.file_lines[:-1], removed, strict=False)):
                raw = self.snippet.sf.line_text(ln)
                _line_num(buf, row - 1, line_num + index, m)
                buf.puts(row - 1, m + 1, "- ", Style.REMOVAL)
                buf.puts(row - 1, m + 3, normalize_whitespace(raw), Style.NO_STYLE)
                _style_highlights(buf, rem, Style.REMOVAL, row - 1, raw, m)
                row += 1
            last = self.snippet.sf.line_text(self.file_lines[-1])
            last_removed = removed[-1] if removed else ()
            if last == line:
                row -= 2
                _style_highlights(buf, last_removed, Style.REMOVAL, row, last, m)
            else:
                _line_num(buf, row - 1, line_num + len(self.file_lines) - 1, m)
                buf.puts(row - 1, m + 1, "- ", Style.REMOVAL)
                buf.puts(row - 1, m + 3, normalize_whitespace(last), Style.NO_STYLE)
                _style_highlights(buf, last_removed, Style.REMOVAL, row - 1, last, m)
                if not line.strip():
                    row -= 1
                else:
                    _line_num(buf, row, line_num, m)
                    buf.puts(row, m + 1, "+ ", Style.ADDITION)
                    buf.append(row, normalize_whitespace(line), Style.NO_STYLE)
        elif self.is_multiline:
            _line_num(buf, row, line_num, m)
            if (
                len(highlights) == 1
                and highlights[0].start == 0
                and highlights[0].end == len(line.encode())
            ):
                buf.puts(row, m + 1, "+ ", Style.ADDITION)
            elif not highlights or (
                len(highlights) == 1 and highlights[0].start == 0 and highlights[0].end == 0
            ):
                _col_sep(buf, row, m + 1)
            else:
                buf.puts(row, m + 1, "~ ", Style.ADDITION)
            buf.puts(row, m + 3, normalize_whitespace(line), Style.NO_STYLE)
        elif self.show is Display.ADD:
            _line_num(buf, row, line_num, m)
            buf.puts(row, m + 1, "+ ", Style.ADDITION)
            buf.append(row, normalize_whitespace(line), Style.NO_STYLE)
        else:
            _line_num(buf, row, line_num, m)
            buf.puts(row, m + 1, "| ", Style.LINE_NUMBER)
            buf.append(row, normalize_whitespace(line), Style.NO_STYLE)
        _style_highlights(buf, highlights, Style.ADDITION, row, line, m)
        return row + 1


def _render_suggestion(
    buf: StyledBuffer,
    sm: SourceMap,
    code: _SuggestionCode,
    spliced: Spliced,
    show: Display,
    max_line_num_len: int,
    primary_path: str | None,
    matches_previous: bool,
    is_cont: bool,
) -> None:
    m = max_line_num_len
    snippet = code.snippet
    row = buf.num_lines() + (0 if matches_previous else 1)
    is_multiline = len(rust_lines(spliced.text)) > 1
    if code.path != primary_path and not matches_previous:
        loc = snippet.locate(spliced.parts[0].lo)
        for _ in range(m):
            buf.append(row - 1, " ", Style.NO_STYLE)
        buf.append(row - 1, "--> ", Style.LINE_NUMBER)
        buf.append(row - 1, f"{code.path}:{loc.line}:{loc.char + 1}", Style.LINE_AND_COLUMN)
        _col_sep(buf, row, m + 1)
        row += 1
    elif matches_previous:
        buf.puts(row - 1, m + 1, "|", Style.LINE_NUMBER)
    else:
        _col_sep(buf, row - 1, m + 1)
    if show is Display.DIFF:
        row += 1

    parts = spliced.parts
    lo = min(p.lo for p in parts)
    hi = max(p.hi for p in parts)
    file_lines = snippet.lines_of(lo, hi)
    if code.fold:
        line_start, line_end = snippet.locate_span(parts[0].original_lo, parts[0].original_hi)
    else:
        line_start, line_end = snippet.locate_span(snippet.start_pos, snippet.end_pos)
    lines = rust_lines(spliced.text)
    if not lines:
        for n in range(line_start.line, line_end.line + 1):
            r = row - 1 + n - line_start.line
            _line_num(buf, r, n, m)
            buf.puts(r, m + 1, "- ", Style.REMOVAL)
            buf.puts(r, m + 3, normalize_whitespace(snippet.line(n) or ""), Style.REMOVAL)
        row += line_end.line - line_start.line
    drawer = _CodeLines(buf, m, snippet, file_lines, spliced.removed, show, is_multiline)
    unhighlighted: list[tuple[int, str]] = []
    # Rust's `zip` pulls one line more than there are highlight rows, and drops it.
    n_lines, n_high = len(lines), len(spliced.highlights)
    has_more = n_lines > (n_high + 1 if n_high < n_lines else n_lines)
    for line_pos, (text, hl) in enumerate(zip(lines, spliced.highlights, strict=False)):
        if not hl and code.fold:
            unhighlighted.append((line_pos, text))
            continue
        if 0 < len(unhighlighted) <= 3:
            for p, t in unhighlighted:
                row = drawer.draw(row, (), False, p + line_start.line, t)
        elif len(unhighlighted) > 3:
            first_p, first_t = unhighlighted[0]
            last_p, last_t = unhighlighted[-1]
            row = drawer.draw(row, (), False, first_p + line_start.line, first_t)
            buf.puts(row, max(m - 3, 0), "...", Style.LINE_NUMBER)
            row += 1
            row = drawer.draw(row, (), False, last_p + line_start.line, last_t)
        unhighlighted = []
        row = drawer.draw(row, hl, True, line_pos + line_start.line, text)

    if show in (Display.DIFF, Display.UNDERLINE, Display.ADD):
        offsets: list[tuple[int, int]] = []
        for part in parts:
            start_loc, end_loc = snippet.locate_span(part.lo, part.hi)
            start_pos, end_pos = start_loc.display, end_loc.display
            ws_addition = not part.snippet.strip()
            start = (
                0
                if ws_addition
                else len(part.snippet.encode()) - len(part.snippet.lstrip().encode())
            )
            sub_len = str_width(part.snippet if ws_addition else part.snippet.strip())
            offset = sum(v for (st, v) in offsets if start_pos >= st)
            ul_start = start_pos + start + offset
            ul_end = start_pos + start + sub_len + offset
            if show is Display.UNDERLINE:
                ch = "+" if part.is_addition(sm) else "~"
                for p in range(ul_start, ul_end):
                    buf.putc(row, m + 3 + p, ch, Style.ADDITION)
            offsets.append((end_pos, str_width(part.snippet) - (end_pos - start_pos)))
        row += 1

    if has_more:
        buf.puts(row, max(m - 3, 0), "...", Style.LINE_NUMBER)
    else:
        r = row - 1 if show is not Display.NONE else row
        _col_sep(buf, r, m + 1)


# -- the whole report ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Prepared:
    """A group with its code windows laid out and its suggestions spliced."""

    group: _Group
    lines: dict[int, list[AnnotatedLine]]
    """Element index → annotated lines (causes)."""
    spliced: dict[int, tuple[Spliced, Display]]
    """Element index → spliced suggestion (suggestions that change nothing are dropped)."""
    primary_path: str | None
    max_depth: int


def _prepare(sm: SourceMap, groups: list[_Group]) -> tuple[int, str | None, list[_Prepared]]:
    max_line = 0
    report_primary: str | None = None
    out: list[_Prepared] = []
    for group in groups:
        prep = _Prepared(group, {}, {}, None, 0)
        kept: list[_Element] = []
        for el in group.elements:
            if isinstance(el, _Cause):
                depth, lines = annotated_lines(el.snippet, el.annotations)
                end = min(max(a[1] for a in el.annotations), el.snippet.end_pos)
                text = el.snippet.sf.text[
                    el.snippet.start_pos - el.snippet.sf.start_pos : end - el.snippet.sf.start_pos
                ]
                max_line = max(max_line, el.snippet.first + newline_count(text))
                if prep.primary_path is None:
                    prep.primary_path = el.path
                prep.max_depth = max(prep.max_depth, depth)
                prep.lines[len(kept)] = lines
            elif isinstance(el, _SuggestionCode):
                s = splice(sm, el.snippet, el.parts, el.fold)
                if s is None:
                    continue
                show = display_mode(sm, s)
                nc = newline_count(s.text)
                if el.fold:
                    first = s.parts[0]
                    l_start = el.snippet.locate(first.original_lo).line
                    if show is Display.UNDERLINE:
                        sugg_max = l_start
                    elif show is Display.DIFF:
                        fl = el.snippet.lines_of(first.lo, first.hi)
                        sugg_max = fl[-1] if fl else l_start + nc
                    else:
                        sugg_max = l_start + nc
                else:
                    sugg_max = el.snippet.first + nc
                max_line = max(max_line, sugg_max)
                prep.spliced[len(kept)] = (s, show)
            kept.append(el)
        group.elements = kept
        if report_primary is None and prep.primary_path is not None:
            report_primary = prep.primary_path
        out.append(prep)
    return max_line, report_primary, out


def _render(sm: SourceMap, groups: list[_Group], level: Level, color: bool, term_width: int) -> str:
    max_line, report_primary, prepared = _prepare(sm, groups)
    m = len(str(max_line))
    rendered: list[str] = []
    n_groups = len(prepared)
    for g, prep in enumerate(prepared):
        buf = StyledBuffer()
        elements = prep.group.elements
        title = prep.group.title
        if title is not None:
            nxt = elements[0] if elements else None
            _render_title(buf, title, m, buf.num_lines(), color)
            row = buf.num_lines()
            if isinstance(nxt, _Message):
                _col_sep(buf, row, m + 1)
            if nxt is None and not title.secondary and g == 0 and n_groups > 1:
                _col_sep(buf, row, m + 1)
        seen_primary = False
        last_suggestion_path: str | None = None
        for i, el in enumerate(elements):
            peek = elements[i + 1] if i + 1 < len(elements) else None
            if isinstance(el, _Message):
                _render_title(buf, el, m, buf.num_lines(), color)
            elif isinstance(el, _Cause):
                is_primary = prep.primary_path == el.path and not seen_primary
                seen_primary = seen_primary or is_primary
                _render_snippet(buf, el, prep.lines[i], m, is_primary, prep.max_depth, term_width)
                if g == 0:
                    row = buf.num_lines()
                    if isinstance(peek, _Message) or (peek is None and n_groups > 1):
                        _col_sep(buf, row, m + 1)
            elif isinstance(el, _SuggestionCode):
                spliced, show = prep.spliced[i]
                matches_previous = last_suggestion_path == el.path
                _render_suggestion(
                    buf,
                    sm,
                    el,
                    spliced,
                    show,
                    m,
                    prep.primary_path or report_primary,
                    matches_previous,
                    peek is not None,
                )
                last_suggestion_path = el.path if isinstance(peek, _SuggestionCode) else None
            else:
                _col_sep(buf, buf.num_lines(), m + 1)
        group_level = title.level if title is not None else level
        rendered.append("\n".join(buf.render_rows(group_level, color)))
    return "\n".join(rendered)


def render_human(
    diag: Diagnostic, sm: SourceMap, color: bool = False, *, diagnostic_width: int | None = None
) -> str:
    """`diag` as rustc prints it in its human format, ending with the empty line after it.

    `diagnostic_width` is the terminal width (rustc's `--diagnostic-width`); without it long
    lines are cut at rustc's default of 140 columns, which is what rustc does when stderr is
    not a terminal.
    """
    groups = _build_report(diag, sm)
    width = diagnostic_width if diagnostic_width is not None else DEFAULT_TERM_WIDTH
    text = _render(sm, groups, diag.level, color, width)
    return text + ("\n" if diag.level is Level.FAILURE_NOTE else "\n\n")


# -- the closing lines ---------------------------------------------------------------------------


def summary_diagnostics(dcx: DiagCtxt) -> list[Diagnostic]:
    """The diagnostics rustc emits after all others: the error/warning count and the hint to
    `ferric explain` the codes that have an explanation (rustc's `print_error_count`)."""
    from ferric.diag.codes import explanation

    out: list[Diagnostic] = []
    warnings = dcx.warning_count
    errors = dcx.error_count
    warn_text = (
        ""
        if warnings == 0
        else ("1 warning emitted" if warnings == 1 else f"{warnings} warnings emitted")
    )
    if errors == 0:
        err_text = ""
    elif errors == 1:
        err_text = "aborting due to 1 previous error"
    else:
        err_text = f"aborting due to {errors} previous errors"
    if not err_text and not warn_text:
        return out
    if not err_text:
        out.append(Diagnostic(Level.WARNING, warn_text))
    elif not warn_text:
        out.append(Diagnostic(Level.ERROR, err_text))
    else:
        out.append(Diagnostic(Level.ERROR, f"{err_text}; {warn_text}"))

    codes: list[str] = []
    for d in dcx.diagnostics:
        if d.code and d.code not in codes and explanation(d.code) is not None:
            codes.append(d.code)
    codes.sort()
    if len(codes) > 1:
        shown = ", ".join(codes[:9])
        more = "..." if len(codes) > 9 else "."
        out.append(
            Diagnostic(Level.FAILURE_NOTE, f"Some errors have detailed explanations: {shown}{more}")
        )
        out.append(
            Diagnostic(
                Level.FAILURE_NOTE,
                f"For more information about an error, try `ferric explain {codes[0]}`.",
            )
        )
    elif codes:
        out.append(
            Diagnostic(
                Level.FAILURE_NOTE,
                f"For more information about this error, try `ferric explain {codes[0]}`.",
            )
        )
    return out


def render_summary(dcx: DiagCtxt, color: bool = False) -> str:
    """The closing lines rustc prints after the diagnostics, naming `ferric explain`."""
    sm = SourceMap()
    return "".join(render_human(d, sm, color) for d in summary_diagnostics(dcx))


def render_json(
    diag: Diagnostic, sm: SourceMap, expansions: Mapping[int, ExpnInfo] | None = None
) -> str:
    """`diag` as one line of rustc's `--error-format=json` (see `json_emitter`)."""
    from ferric.diag.json_emitter import render_json as _render_json

    return _render_json(diag, sm, expansions)
