"""Rendering diagnostics for people, byte for byte as rustc 1.95 prints them.

`render_human(diag, sm)` is the text rustc writes to stderr for one diagnostic, including the
empty line after it; `render_summary(dcx)` the closing lines (`error: aborting due to …`, the
`ferric explain` hint); `render_all(dcx, sm)` both, for a whole compilation. `render_json` /
`render_all_json` (see `json_emitter`) give rustc's `--error-format=json` lines.

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

rustc 1.95 draws through the annotate-snippets renderer; ferric follows it step by step
(that is what makes the pictures identical, quirks included). A diagnostic becomes a list of
groups (`_build_report`): the diagnostic's own title, code windows and span-less children;
then one group per child with spans and one per shown suggestion. `_render` lays the groups
out into `StyledBuffer`s: titles here (`_render_title`), code windows and patched code in
`render_code`. A lone short suggestion of style "inline" becomes a `help:` label instead
(`_inline_suggestion`).

Highlighted message parts (`Diagnostic.highlights`) are shown bold magenta in colour, as
rustc's `expected X, found Y` notes are.

A file whose source is not shown (`SourceFile.shows_source`: std's, which rustc has no
source for) gets rustc's location-only rendering: `--> path:line:col` per annotated line
(column from 0) and its labels as `= note:` lines; its line numbers do not widen the gutter.

Not reproduced (nothing in ferric needs them yet): the Unicode theme (`human-unicode`),
`--error-format=short`, and the macro-backtrace notes rustc's emitter adds by itself (a stage
that wants "this error originates in the macro …" adds it as a note).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import TYPE_CHECKING

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile, SourceMap
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic, Label, Level, Suggestion
from ferric.diag.foreign import rustc_location
from ferric.diag.render_code import col_sep, render_snippet, render_suggestion
from ferric.diag.source_lines import (
    AnnotatedLine,
    Snippet,
    annotated_lines,
    is_rustc_dummy,
    newline_count,
    rustc_line_col,
)
from ferric.diag.splice import (
    Confusion,
    Display,
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
    normalize_whitespace,
    str_width,
)

if TYPE_CHECKING:
    from ferric.diag.json_emitter import ExpnInfo

__all__ = [
    "DEFAULT_TERM_WIDTH",
    "SpanLabel",
    "render_all",
    "render_all_json",
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
class _Origin:
    """Only where a span is, for a file whose source is not shown: `--> path:line:col`
    (`:::` after the group's first), the column counted from 0 as rustc prints it there."""

    path: str
    line: int
    col: int


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


_Element = _Message | _Cause | _Origin | _SuggestionCode | _Padding


@dataclass(slots=True)
class _Group:
    title: _Title | None
    elements: list[_Element] = field(default_factory=list)


def _add_causes(
    sm: SourceMap,
    labels: list[SpanLabel],
    report: list[_Group],
    group: _Group,
    pad_hidden: bool = False,
) -> _Group:
    """One code window per file the labels point into, the primary span's file first; a file
    whose source is not shown gets its locations and label notes instead (rustc's
    `unannotated_messages`), each such file after the first in a group of its own. Returns
    the group to go on with (`pad_hidden`: a `|` line after each hidden file, as rustc adds
    below the main message's when its first child has no span)."""
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
        return group
    primary_file = sm.lookup_file(primary.lo)
    if primary_file is not None:
        pos = _binary_search_by_name([f.name for f, _ in files], primary_file.name)
        if pos is not None:
            files[0], files[pos] = files[pos], files[0]
    for file_idx, (sf, anns) in enumerate(files):
        if sf.shows_source:
            group.elements.append(
                _Cause(sf.name, Snippet.around(sf, [(a[0], a[1]) for a in anns]), anns)
            )
            continue
        tracker: list[int] = []
        # (rustc lists a file's annotated lines in order: `Option`'s start, then its variants)
        for i, (lo, hi, _primary, label) in enumerate(sorted(anns, key=lambda a: a[0])):
            if i != 0 and label is None:
                continue
            if i == 0 and file_idx != 0:
                report.append(group)
                group = _Group(None)
            lo_line, lo_col = rustc_line_col(sf, lo)
            if lo_line not in tracker:
                tracker.append(lo_line)
                group.elements.append(_foreign_origin(sf, lo, lo_line, lo_col))
            hi_line, hi_col = rustc_line_col(sf, hi)
            if hi_line > lo_line and label and hi_line not in tracker:
                tracker.append(hi_line)
                group.elements.append(_foreign_origin(sf, hi, hi_line, hi_col, is_end=True))
            if label:
                group.elements.append(_Padding())
                group.elements.append(_Message(Level.NOTE, label))
        if pad_hidden:
            group.elements.append(_Padding())
    return group


def _foreign_origin(sf: SourceFile, pos: int, line: int, col: int, *, is_end: bool = False) -> _Origin:
    """Where `pos` of a std file is: rustc's own place when the file marks it
    (`diag.foreign`), else ferric's (column from 0, as rustc prints it)."""
    loc = rustc_location(sf, pos, is_end=is_end)
    if loc is not None:
        path, at_line, at_col = loc.rsplit(":", 2)
        return _Origin(path, int(at_line), int(at_col))
    return _Origin(sf.name, line, col - 1)


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
        first = sm.lookup_file(kept[0][0]) if kept else None
        if first is not None and first.shows_source:
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
    first_spanless = bool(diag.children) and not diag.children[0].labels
    group = _add_causes(sm, labels, report, group, first_spanless)
    for child in diag.children:
        child_labels = span_labels(child.labels)
        if not child_labels:
            group.elements.append(_Message(child.level, child.message, highlights=child.highlights))
            continue
        report.append(group)
        group = _Group(_Title(child.level, child.message, None, True, highlights=child.highlights))
        group = _add_causes(sm, child_labels, report, group)
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
                # annotate-snippets 0.12 counts every `\n` here, so a span at the end of a file
                # ending with a newline widens the gutter as if it were on the next line.
                max_line = max(max_line, el.snippet.first + text.count("\n"))
                if prep.primary_path is None:
                    prep.primary_path = el.path
                prep.max_depth = max(prep.max_depth, depth)
                prep.lines[len(kept)] = lines
            elif isinstance(el, _Origin):
                if prep.primary_path is None:
                    prep.primary_path = el.path
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
    shift = max((f.display_line_offset for f in sm.files), default=0)
    m = len(str(max_line + shift))
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
                col_sep(buf, row, m + 1)
            if nxt is None and not title.secondary and g == 0 and n_groups > 1:
                col_sep(buf, row, m + 1)
        seen_primary = False
        last_suggestion_path: str | None = None
        for i, el in enumerate(elements):
            peek = elements[i + 1] if i + 1 < len(elements) else None
            if isinstance(el, _Message):
                _render_title(buf, el, m, buf.num_lines(), color)
            elif isinstance(el, _Cause):
                is_primary = prep.primary_path == el.path and not seen_primary
                seen_primary = seen_primary or is_primary
                render_snippet(
                    buf,
                    el.path,
                    el.snippet,
                    prep.lines[i],
                    m,
                    is_primary,
                    prep.max_depth,
                    term_width,
                )
                if g == 0:
                    row = buf.num_lines()
                    if isinstance(peek, _Message) or (peek is None and n_groups > 1):
                        col_sep(buf, row, m + 1)
            elif isinstance(el, _Origin):
                is_primary = prep.primary_path == el.path and not seen_primary
                seen_primary = seen_primary or is_primary
                row = buf.num_lines()
                buf.append(row, " " * m, Style.NO_STYLE)
                buf.append(row, "--> " if is_primary else "::: ", Style.LINE_NUMBER)
                buf.append(row, f"{el.path}:{el.line}:{el.col}", Style.LINE_AND_COLUMN)
            elif isinstance(el, _SuggestionCode):
                spliced, show = prep.spliced[i]
                matches_previous = last_suggestion_path == el.path
                render_suggestion(
                    buf,
                    sm,
                    el.path,
                    el.snippet,
                    el.fold,
                    spliced,
                    show,
                    m,
                    prep.primary_path or report_primary,
                    matches_previous,
                    peek is not None,
                )
                last_suggestion_path = el.path if isinstance(peek, _SuggestionCode) else None
            else:
                col_sep(buf, buf.num_lines(), m + 1)
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
    coded = [d.code for d in dcx.diagnostics if d.code]
    if coded:
        from ferric.diag.codes import explanation  # (the registry: only when a code needs it)

        for code in coded:
            if code not in codes and explanation(code) is not None:
                codes.append(code)
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


def render_all(
    dcx: DiagCtxt, sm: SourceMap, color: bool = False, *, diagnostic_width: int | None = None
) -> str:
    """Everything rustc prints on stderr after a compilation: each diagnostic, then the summary."""
    out = [render_human(d, sm, color, diagnostic_width=diagnostic_width) for d in dcx.diagnostics]
    out.append(render_summary(dcx, color))
    return "".join(out)


def render_all_json(
    dcx: DiagCtxt,
    sm: SourceMap,
    expansions: Mapping[int, ExpnInfo] | None = None,
    *,
    rendered_ansi: bool = False,
    diagnostic_width: int | None = None,
) -> str:
    """`render_all` in rustc's `--error-format=json`: one line per diagnostic, summary included."""
    diags = [*dcx.diagnostics, *summary_diagnostics(dcx)]
    return "".join(
        render_json(
            d, sm, expansions, rendered_ansi=rendered_ansi, diagnostic_width=diagnostic_width
        )
        + "\n"
        for d in diags
    )


def render_json(
    diag: Diagnostic,
    sm: SourceMap,
    expansions: Mapping[int, ExpnInfo] | None = None,
    *,
    rendered_ansi: bool = False,
    diagnostic_width: int | None = None,
) -> str:
    """`diag` as one line of rustc's `--error-format=json` (see `json_emitter`)."""
    from ferric.diag.json_emitter import render_json as _render_json

    return _render_json(
        diag, sm, expansions, rendered_ansi=rendered_ansi, diagnostic_width=diagnostic_width
    )
