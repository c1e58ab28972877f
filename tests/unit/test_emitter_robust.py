"""The emitters never fail, whatever spans, labels and suggestions a stage hands them.

Random sources (tabs, wide and combining characters, bare CRs, blank lines, no final newline)
with random diagnostics — empty, reversed, dummy and end-of-file spans, spans across files,
overlapping labels and suggestion parts, multi-line replacements — are rendered in every
format. The output is only checked for shape: it ends with the blank line rustc prints after
a diagnostic, the JSON parses and embeds the human rendering.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from ferric.base.source_map import SourceMap
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import (
    Diagnostic,
    Label,
    Level,
    SubDiagnostic,
    SubstitutionPart,
    Suggestion,
)
from ferric.diag.emitter import render_all, render_all_json, render_human, render_json

_CHARS = st.sampled_from(list("ab x_(){};.\t\n\n\r名😀é\u0301\u200d|^-"))
_SOURCE = st.text(_CHARS, max_size=80)


@st.composite
def _case(draw: st.DrawFn) -> tuple[SourceMap, Diagnostic]:
    sm = SourceMap()
    files = [sm.add_file(f"f{i}.rs", draw(_SOURCE)) for i in range(draw(st.integers(1, 2)))]
    lo_pos = files[0].start_pos
    hi_pos = files[-1].end_pos + 2

    def span() -> Span:
        if draw(st.booleans()) and draw(st.booleans()):
            return DUMMY_SP
        a = draw(st.integers(lo_pos, hi_pos))
        b = draw(st.integers(lo_pos, hi_pos))
        return Span(min(a, b), max(a, b)) if draw(st.booleans()) else Span(a, b)

    def labels() -> list[Label]:
        return [
            Label(
                span(),
                draw(st.sampled_from(["", "label", "a longer label text", "名前"])),
                draw(st.booleans()),
            )
            for _ in range(draw(st.integers(0, 4)))
        ]

    level = draw(
        st.sampled_from([Level.ERROR, Level.WARNING, Level.NOTE, Level.ICE, Level.FAILURE_NOTE])
    )
    diag = Diagnostic(level, draw(st.sampled_from(["msg", "two\nlines", "tab\there", ""])))
    diag.code = draw(st.sampled_from([None, "E0308", "E9999"]))
    diag.labels = labels()
    for _ in range(draw(st.integers(0, 3))):
        child = SubDiagnostic(
            draw(st.sampled_from([Level.NOTE, Level.HELP])), "child\nmsg", labels()
        )
        child.highlights = ((0, 3), (2, 40))
        diag.children.append(child)
    for _ in range(draw(st.integers(0, 2))):
        parts = tuple(
            SubstitutionPart(
                span(),
                draw(st.sampled_from(["", "x", "new\ntext", "  ", "#[derive(X)]\n", "\t名"])),
            )
            for _ in range(draw(st.integers(1, 3)))
        )
        alts = tuple((SubstitutionPart(span(), "alt"),) for _ in range(draw(st.integers(0, 5))))
        style = draw(st.sampled_from(["normal", "inline", "hide_inline", "hide_code", "hidden"]))
        diag.suggestions.append(Suggestion("try this", parts, style=style, alternatives=alts))
    diag.highlights = draw(st.sampled_from([(), ((0, 2),), ((5, 1),)]))
    return sm, diag


@settings(max_examples=300, deadline=None)
@given(_case(), st.booleans(), st.sampled_from([None, 1, 20, 200]))
def test_rendering_never_fails(
    case: tuple[SourceMap, Diagnostic], color: bool, width: int | None
) -> None:
    sm, diag = case
    text = render_human(diag, sm, color, diagnostic_width=width)
    assert text.endswith("\n")
    if diag.level is not Level.FAILURE_NOTE:
        assert text.endswith("\n\n")
    obj = json.loads(render_json(diag, sm))
    assert obj["message"] == diag.message
    assert obj["rendered"] == render_human(diag, sm)
    dcx = DiagCtxt()
    dcx.emit(diag)
    assert render_all(dcx, sm).startswith(obj["rendered"])
    for line in render_all_json(dcx, sm).splitlines():
        json.loads(line)
