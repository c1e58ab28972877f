"""Rendering diagnostics as rustc's `--error-format=json` lines, for tools (editors, cargo).

One diagnostic becomes one line holding a JSON object of exactly rustc's shape and key order:

    {"$message_type":"diagnostic","message":…,"code":{"code":"E0382","explanation":…}|null,
     "level":"error","spans":[…],"children":[…],"rendered":"<the human rendering>"}

Each span: file_name, byte_start/byte_end (UTF-8 byte offsets in the file, computed from the
source map's char positions), line_start/line_end, column_start/column_end (1-based chars),
is_primary, text (the source lines it covers, each with highlight_start/highlight_end), label,
suggested_replacement, suggestion_applicability, expansion (always null: ferric reports macro
expansions through its own notes). Children are the notes/helps, then one `help` child per
suggestion whose spans carry the replacement text. Children have `rendered: null` and no
`$message_type`, as in rustc. A lint's name is its `code` (with no explanation), as rustc
reports lints. Serialisation is compact, non-ASCII kept raw (serde_json's).
"""

from __future__ import annotations

import json

from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic, Label, Level, Suggestion
from ferric.diag.emitter import render_human, span_labels

JsonValue = None | bool | int | str | list["JsonValue"] | dict[str, "JsonValue"]


def _span_json(
    sm: SourceMap,
    span: Span,
    is_primary: bool,
    label: str | None,
    replacement: str | None,
    applicability: str | None,
) -> dict[str, JsonValue] | None:
    sf = sm.lookup_file(span.lo)
    if sf is None:
        return None
    hi = min(span.hi, sf.end_pos)
    lo_off = span.lo - sf.start_pos
    hi_off = hi - sf.start_pos
    byte_start = len(sf.text[:lo_off].encode())
    byte_end = byte_start + len(sf.text[lo_off:hi_off].encode())
    line_start, col_start = sf.line_col(span.lo)
    line_end, col_end = sf.line_col(hi)
    text: list[JsonValue] = []
    for line in range(line_start, line_end + 1):
        src = sf.line_text(line)
        start = col_start if line == line_start else 1
        end = col_end if line == line_end else len(src) + 1
        text.append({"text": src, "highlight_start": start, "highlight_end": end})
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
        "expansion": None,
    }


def _spans(sm: SourceMap, labels: list[Label]) -> list[JsonValue]:
    out: list[JsonValue] = []
    for sl in span_labels(labels):
        js = _span_json(sm, sl.span, sl.is_primary, sl.label, None, None)
        if js is not None:
            out.append(js)
    return out


def _suggestion_child(sm: SourceMap, sugg: Suggestion) -> dict[str, JsonValue]:
    spans: list[JsonValue] = []
    for parts in (sugg.parts, *sugg.alternatives):
        for part in parts:
            js = _span_json(sm, part.span, True, None, part.snippet, sugg.applicability.value)
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


def diagnostic_json(diag: Diagnostic, sm: SourceMap) -> dict[str, JsonValue]:
    """The JSON object (as Python data) rustc would emit for `diag`."""
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
                "spans": _spans(sm, child.labels),
                "children": [],
                "rendered": None,
            }
        )
    for sugg in diag.suggestions:
        children.append(_suggestion_child(sm, sugg))
    return {
        "$message_type": "diagnostic",
        "message": diag.message,
        "code": code,
        "level": diag.level.value,
        "spans": _spans(sm, diag.labels),
        "children": children,
        "rendered": render_human(diag, sm),
    }


def render_json(diag: Diagnostic, sm: SourceMap) -> str:
    """`diag` as one line of rustc's JSON output (without the trailing newline)."""
    return json.dumps(diagnostic_json(diag, sm), ensure_ascii=False, separators=(",", ":"))
