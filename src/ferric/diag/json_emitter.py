"""Rendering diagnostics as rustc's `--error-format=json` lines, for tools (editors, cargo).

One diagnostic becomes one line holding a JSON object of exactly rustc's shape and key order:

    {"$message_type":"diagnostic","message":…,"code":{"code":"E0382","explanation":…}|null,
     "level":"error","spans":[…],"children":[…],"rendered":"<the human rendering>"}

Each span: file_name, byte_start/byte_end (UTF-8 byte offsets in the file, computed from the
source map's char positions), line_start/line_end, column_start/column_end (1-based chars),
is_primary, text (the source lines it covers, each with highlight_start/highlight_end), label,
suggested_replacement, suggestion_applicability, expansion. Children are the notes/helps,
then one `help` child per suggestion whose spans carry the replacement text; children have
`rendered: null` and no `$message_type`. A lint's name is its `code` (with no explanation).
Serialisation is compact with non-ASCII kept raw, as serde_json writes it.

`expansion` describes the macro or desugaring a span comes from. The emitter cannot know
that by itself: the caller passes `expansions`, a map from a span's syntax context
(`Span.ctxt`) to `ExpnInfo` (call site, name, definition site); without it every span has
`expansion: null`.

Quirks kept from rustc: the very first position of the first file is rustc's "dummy" span
(`text: []`); a position at the end of a file that ends with a newline is reported on the
last line, one column past its end; an empty file has line 0.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from ferric.base.source_map import SourceFile, SourceMap
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic, Label, Level, Suggestion
from ferric.diag.emitter import render_human, span_labels
from ferric.diag.source_lines import is_rustc_dummy, rustc_line_col

JsonValue = None | bool | int | str | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True, slots=True)
class ExpnInfo:
    """Where the code of one syntax context came from (rustc's `ExpnData`, as JSON shows it)."""

    call_site: Span
    """The macro call (or desugared expression); may itself come from an expansion."""
    macro_decl_name: str
    """`println!`, `#[derive(Debug)]`, `desugaring of `for` loop`, …"""
    def_site: Span
    """The macro's definition (its head), or `DUMMY_SP` for built-in desugarings."""


def _line_col(sf: SourceFile, pos: int) -> tuple[int, int]:
    if not sf.text:
        return 0, 1
    return rustc_line_col(sf, pos)


def _span_json(
    sm: SourceMap,
    span: Span,
    is_primary: bool,
    label: str | None,
    replacement: str | None,
    applicability: str | None,
    expansions: Mapping[int, ExpnInfo] | None,
    with_expansion: bool = True,
) -> dict[str, JsonValue] | None:
    dummy = is_rustc_dummy(sm, span)
    if span.is_dummy:
        if not sm.files:
            return None
        sf: SourceFile | None = sm.files[0]
        assert sf is not None
        span = Span(sf.start_pos, sf.start_pos, span.ctxt)
    else:
        sf = sm.lookup_file(span.lo)
    if sf is None:
        return None
    hi = min(max(span.hi, span.lo), sf.end_pos)
    lo_off = span.lo - sf.start_pos
    hi_off = hi - sf.start_pos
    byte_start = len(sf.text[:lo_off].encode())
    byte_end = byte_start + len(sf.text[lo_off:hi_off].encode())
    line_start, col_start = _line_col(sf, span.lo)
    line_end, col_end = _line_col(sf, hi)
    text: list[JsonValue] = []
    if not dummy and sf.shows_source:
        for line in range(line_start, line_end + 1):
            src = sf.line_text(line)
            start = col_start if line == line_start else 1
            end = col_end if line == line_end else len(src) + 1
            text.append({"text": src, "highlight_start": start, "highlight_end": end})
    expansion: JsonValue = None
    info = (
        expansions.get(span.ctxt)
        if expansions is not None and with_expansion and span.ctxt
        else None
    )
    if info is not None:
        expansion = {
            "span": _span_json(sm, info.call_site, False, None, None, None, expansions),
            "macro_decl_name": info.macro_decl_name,
            "def_site_span": _span_json(
                sm, info.def_site, False, None, None, None, expansions, False
            ),
        }
    return {
        "file_name": sf.name,
        "byte_start": byte_start,
        "byte_end": byte_end,
        "line_start": line_start,
        "line_end": line_end,
        "column_start": col_start,
        "column_end": col_end,
        "is_primary": is_primary,
        "text": text,
        "label": label,
        "suggested_replacement": replacement,
        "suggestion_applicability": applicability,
        "expansion": expansion,
    }


def _spans(
    sm: SourceMap, labels: list[Label], expansions: Mapping[int, ExpnInfo] | None
) -> list[JsonValue]:
    out: list[JsonValue] = []
    for sl in span_labels(labels):
        js = _span_json(sm, sl.span, sl.is_primary, sl.label, None, None, expansions)
        if js is not None:
            out.append(js)
    return out


def _suggestion_child(
    sm: SourceMap, sugg: Suggestion, expansions: Mapping[int, ExpnInfo] | None
) -> dict[str, JsonValue]:
    spans: list[JsonValue] = []
    for parts in (sugg.parts, *sugg.alternatives):
        for part in parts:
            js = _span_json(
                sm, part.span, True, None, part.snippet, sugg.applicability.value, expansions
            )
            if js is not None:
                spans.append(js)
    return {
        "message": sugg.message,
        "code": None,
        "level": Level.HELP.value,
        "spans": spans,
        "children": [],
        "rendered": None,
    }


def diagnostic_json(
    diag: Diagnostic,
    sm: SourceMap,
    expansions: Mapping[int, ExpnInfo] | None = None,
    *,
    rendered_ansi: bool = False,
    diagnostic_width: int | None = None,
) -> dict[str, JsonValue]:
    """The JSON object (as Python data) rustc would emit for `diag`.

    `rendered_ansi` colours the `rendered` text (rustc's `--json=diagnostic-rendered-ansi`,
    which cargo asks for); `diagnostic_width` is the width it is laid out for.
    """
    from ferric.diag.codes import explanation

    code: JsonValue = None
    if diag.code is not None:
        code = {"code": diag.code, "explanation": explanation(diag.code)}
    elif diag.lint is not None:
        code = {"code": diag.lint, "explanation": None}
    children: list[JsonValue] = []
    for child in diag.children:
        children.append(
            {
                "message": child.message,
                "code": None,
                "level": child.level.value,
                "spans": _spans(sm, child.labels, expansions),
                "children": [],
                "rendered": None,
            }
        )
    for sugg in diag.suggestions:
        children.append(_suggestion_child(sm, sugg, expansions))
    return {
        "$message_type": "diagnostic",
        "message": diag.message,
        "code": code,
        "level": diag.level.value,
        "spans": _spans(sm, diag.labels, expansions),
        "children": children,
        "rendered": render_human(diag, sm, rendered_ansi, diagnostic_width=diagnostic_width),
    }


def render_json(
    diag: Diagnostic,
    sm: SourceMap,
    expansions: Mapping[int, ExpnInfo] | None = None,
    *,
    rendered_ansi: bool = False,
    diagnostic_width: int | None = None,
) -> str:
    """`diag` as one line of rustc's JSON output (without the trailing newline)."""
    obj = diagnostic_json(
        diag, sm, expansions, rendered_ansi=rendered_ansi, diagnostic_width=diagnostic_width
    )
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
