"""Drawing code: the annotated windows under a diagnostic and the patched code of suggestions.

Two kinds of picture, both drawn into a `StyledBuffer` exactly as rustc 1.95's renderer
(annotate-snippets) draws them:

- `render_snippet`: a code window, `--> file:line:col` then each annotated line
  (`render_source_line`) with its underlines, labels and the `|`/`_` drawing of multi-line
  spans, `...` between distant lines, long lines cut to the terminal width (`Margin`);
- `render_suggestion`: one substitution of a `help:` suggestion, as an underlined patched
  line, `-`/`+` diff lines, whole added lines, or several patched lines.

Columns here are display columns (tabs 4 wide, wide characters 2) unless named `char`.
`emitter` decides what goes into which window; this module only draws.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceMap
from ferric.diag.source_lines import AnnotatedLine, Kind, LineAnnotation, Snippet, rust_lines
from ferric.diag.splice import Display, Highlight, Spliced
from ferric.diag.styled_buffer import (
    CellStyle,
    Style,
    StyledBuffer,
    char_width,
    normalize_whitespace,
    str_width,
)

# -- drawing helpers (ASCII theme) ---------------------------------------------------------------


def col_sep(buf: StyledBuffer, line: int, col: int) -> None:
    buf.putc(line, col, "|", Style.LINE_NUMBER)


def _line_num(buf: StyledBuffer, row: int, line_num: int, width: int) -> None:
    buf.puts(row, 0, str(line_num).rjust(width), Style.LINE_NUMBER)


def _underline_style(is_primary: bool) -> Style:
    return Style.UNDERLINE_PRIMARY if is_primary else Style.UNDERLINE_SECONDARY


def _underline_char(is_primary: bool) -> str:
    return "^" if is_primary else "-"


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
    col_sep(buf, line_offset, width_offset - 2)
    return left


def _overlaps(a1: LineAnnotation, a2: LineAnnotation, padding: int) -> bool:
    a_start, a_end = a1.start.display, a1.end.display + padding
    b_start, b_end = a2.start.display, a2.end.display
    return b_start <= a_start < b_end or a_start <= b_start < a_end


def render_source_line(
    buf: StyledBuffer,
    line: AnnotatedLine,
    width_offset: int,
    code_offset: int,
    max_line_num_len: int,
    margin: _Margin,
    number_offset: int = 0,
) -> list[tuple[int, CellStyle]]:
    """Draw one annotated line; returns (depth, style) of the multi-line spans starting or
    ending. `number_offset` shifts the line number shown (a doc test's file)."""
    source = normalize_whitespace(line.text)
    line_offset = buf.num_lines()
    left = _draw_line(
        buf,
        source,
        line.line_index + number_offset,
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
        col_sep(buf, line_offset + pos + 1, width_offset - 2)

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


def render_snippet(
    buf: StyledBuffer,
    path: str,
    snippet: Snippet,
    lines: list[AnnotatedLine],
    max_line_num_len: int,
    is_primary: bool,
    multiline_depth: int,
    term_width: int,
) -> None:
    """A code window: `--> path:line:col` (or `::: path` for another file), then the lines."""
    line_col = ""
    shift = snippet.sf.display_line_offset
    if is_primary:
        first = next((ln for ln in lines if any(a.is_primary for a in ln.annotations)), None)
        if first is None:
            first = next((ln for ln in lines if ln.annotations), None)
        if first is not None:
            line_col = f":{first.line_index + shift}"
            if first.annotations:
                ann = min(first.annotations, key=lambda a: (not a.is_primary, a.start.char))
                line_col += f":{ann.start.char + 1}"
    else:
        col_sep(buf, buf.num_lines(), max_line_num_len + 1)
        first = next((ln for ln in lines if ln.annotations), lines[0] if lines else None)
        if first is not None:
            line_col = f":{first.line_index + shift}"
            if first.annotations:
                line_col += f":{first.annotations[0].start.char + 1}"
    row = buf.num_lines()
    for _ in range(max_line_num_len):
        buf.append(row, " ", Style.NO_STYLE)
    buf.append(row, "--> " if is_primary else "::: ", Style.LINE_NUMBER)
    buf.append(row, f"{path}{line_col}", Style.LINE_AND_COLUMN)
    col_sep(buf, row + 1, max_line_num_len + 1)

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
        depths = render_source_line(
            buf, ln, width_offset, code_offset, max_line_num_len, margin, shift
        )
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
                middle = snippet.line(ln.line_index + 1) or ""
                _draw_line(
                    buf,
                    normalize_whitespace(middle),
                    lines[idx + 1].line_index - 1 + shift,
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
                col_sep(buf, row, m + 1)
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


def render_suggestion(
    buf: StyledBuffer,
    sm: SourceMap,
    path: str,
    snippet: Snippet,
    fold: bool,
    spliced: Spliced,
    show: Display,
    max_line_num_len: int,
    primary_path: str | None,
    matches_previous: bool,
    is_cont: bool,
) -> None:
    m = max_line_num_len
    row = buf.num_lines() + (0 if matches_previous else 1)
    is_multiline = len(rust_lines(spliced.text)) > 1
    if path != primary_path and not matches_previous:
        loc = snippet.locate(spliced.parts[0].lo)
        for _ in range(m):
            buf.append(row - 1, " ", Style.NO_STYLE)
        buf.append(row - 1, "--> ", Style.LINE_NUMBER)
        buf.append(row - 1, f"{path}:{loc.line}:{loc.char + 1}", Style.LINE_AND_COLUMN)
        col_sep(buf, row, m + 1)
        row += 1
    elif matches_previous:
        buf.puts(row - 1, m + 1, "|", Style.LINE_NUMBER)
    else:
        col_sep(buf, row - 1, m + 1)
    if show is Display.DIFF:
        row += 1

    parts = spliced.parts
    lo = min(p.lo for p in parts)
    hi = max(p.hi for p in parts)
    file_lines = snippet.lines_of(lo, hi)
    if fold:
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
        if not hl and fold:
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
        col_sep(buf, r, m + 1)
