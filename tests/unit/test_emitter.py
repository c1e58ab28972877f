"""The human and JSON emitters against rustc 1.95's own output.

Each case in `emitter_data/` is a small Rust program chosen to trigger one layout feature
(labels sharing a line, overlapping and stacked labels, multi-line spans and their `/`
start, nested multi-line spans, elided lines, notes with and without spans, spans in another
file, insertions/replacements/removals/multi-line suggestions, alternatives, wide characters,
tabs, long lines, 1-, 2- and 3-digit gutters, warnings and the closing summary). `bless.py`
saved rustc's stderr for it in three formats. Each test rebuilds the diagnostics from the
JSON's spans, labels, children and suggestions (`_build`), renders them with ferric and
compares byte for byte; only `rustc --explain` is replaced by `ferric explain`. Files of
rustc's std (`/rustc/…`, no source) get blank stand-in text and `shows_source = False`.

A few tests at the end build diagnostics by hand with the `Diagnostic` builder API, the way
compiler stages do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ferric.base.source_map import SourceFile, SourceMap
from ferric.base.span import Span
from ferric.diag.codes import explanation
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import (
    Applicability,
    Diagnostic,
    Label,
    Level,
    SubDiagnostic,
    SubstitutionPart,
    Suggestion,
)
from ferric.diag.emitter import (
    render_all,
    render_all_json,
    render_human,
    render_json,
    render_summary,
)
from ferric.diag.json_emitter import ExpnInfo

DATA = Path(__file__).parent / "emitter_data"
CASES = sorted(p.stem for p in DATA.glob("*.rs") if not p.stem.startswith("aux_"))

_SUMMARY = re.compile(
    r"aborting due to \d+ previous errors?(; \d+ warnings? emitted)?|\d+ warnings? emitted"
)


def _read(path: Path) -> str:
    """The file's text exactly (no newline translation: sources may hold a bare `\\r`)."""
    return path.read_bytes().decode()


def _ferric(text: str) -> str:
    return text.replace("rustc --explain", "ferric explain")


@dataclass
class _Case:
    sm: SourceMap
    diagnostics: list[tuple[dict[str, Any], Diagnostic]]
    summary: list[dict[str, Any]]
    expansions: dict[int, ExpnInfo]


@dataclass
class _Files:
    """The case's source files, and the expansions met while rebuilding spans."""

    by_name: dict[str, SourceFile]
    expansions: dict[int, ExpnInfo]


def _span(files: _Files, js: dict[str, Any]) -> Span:
    sf = files.by_name[js["file_name"]]
    lo = sf.line_start_pos(js["line_start"]) + js["column_start"] - 1
    hi = sf.line_start_pos(js["line_end"]) + js["column_end"] - 1
    exp = js["expansion"]
    if exp is None or not _available(exp, set(files.by_name)):
        return Span(lo, hi)
    ctxt = len(files.expansions) + 1
    files.expansions[ctxt] = ExpnInfo(
        _span(files, exp["span"]), exp["macro_decl_name"], _span(files, exp["def_site_span"])
    )
    return Span(lo, hi, ctxt)


def _available(exp: dict[str, Any], files: set[str]) -> bool:
    return exp["def_site_span"]["file_name"] in files and exp["span"]["file_name"] in files


def _drop_unavailable_expansions(obj: Any, files: set[str]) -> None:
    """Expansions defined in files the test cannot load (std's macros) are not rebuilt."""
    if isinstance(obj, dict):
        exp = obj.get("expansion")
        if isinstance(exp, dict) and not _available(exp, files):
            obj["expansion"] = None
        for v in obj.values():
            _drop_unavailable_expansions(v, files)
    elif isinstance(obj, list):
        for v in obj:
            _drop_unavailable_expansions(v, files)


def _labels(files: _Files, spans: list[dict[str, Any]]) -> list[Label]:
    out: list[Label] = []
    for s in spans:
        span = _span(files, s)
        if s["label"] == "" and s["is_primary"]:
            # rustc's `span_label(primary_span, "")`: a primary span with an empty label
            out.append(Label(span, "", True))
            out.append(Label(span, "", False))
        else:
            out.append(Label(span, s["label"] or "", s["is_primary"]))
    return out


def _suggestion_style(message: str, rendered: str) -> str:
    """How rustc showed the suggestion (the JSON does not say; the human rendering does)."""
    first = message.split("\n")[0]
    if any(line.startswith(f"help: {first}") for line in rendered.split("\n")):
        return "normal"
    if f"= help: {first}" in rendered:
        return "hide_code"
    if f"help: {first}: `" in rendered:
        return "inline"
    if f"help: {first}" in rendered:
        return "hide_inline"
    return "hidden"


def _expected_found_highlights(message: str) -> tuple[tuple[int, int], ...]:
    """rustc highlights the types in its `expected X `a`` / `found Y `b`` notes (the JSON does
    not say so; the coloured output shows it)."""
    if not (message.startswith("expected ") and "\n" in message and "found " in message):
        return ()
    return tuple((m.start() + 1, m.end() - 1) for m in re.finditer(r"`[^`]*`", message))


def _build(obj: dict[str, Any], files: _Files) -> Diagnostic:
    code = (obj["code"] or {}).get("code")
    diag = Diagnostic(Level(obj["level"]), obj["message"])
    if code is not None and re.fullmatch(r"E\d{4}", code):
        diag.code = code
    else:
        diag.lint = code
    diag.labels = _labels(files, obj["spans"])
    for child in obj["children"]:
        repl = [s for s in child["spans"] if s["suggested_replacement"] is not None]
        if not repl:
            sub = SubDiagnostic(
                Level(child["level"]), child["message"], _labels(files, child["spans"])
            )
            sub.highlights = _expected_found_highlights(child["message"])
            diag.children.append(sub)
            continue
        parts = [SubstitutionPart(_span(files, s), s["suggested_replacement"]) for s in repl]
        applicability = Applicability(repl[0]["suggestion_applicability"])
        style = _suggestion_style(child["message"], obj["rendered"])
        if len(parts) > 1 and len({p.span for p in parts}) == 1:
            first, *rest = parts
            sugg = Suggestion(
                child["message"], (first,), applicability, style, tuple((p,) for p in rest)
            )
        else:
            sugg = Suggestion(child["message"], tuple(parts), applicability, style)
        diag.suggestions.append(sugg)
    return diag


def _unavailable_text(name: str, lines: list[dict[str, Any]]) -> str:
    """Stand-in text for a file of rustc's std (whose source rustc does not show): blank
    lines, as many and as long as the spans into it need."""
    spans = [
        js
        for obj in lines
        for js in [*obj["spans"], *(s for c in obj["children"] for s in c["spans"])]
        if js["file_name"] == name
    ]
    n_lines = max(js["line_end"] for js in spans)
    width = max(max(js["column_start"], js["column_end"]) for js in spans)
    return (" " * width + "\n") * n_lines


def _load(case: str) -> _Case:
    lines = [json.loads(line) for line in _read(DATA / f"{case}.json").splitlines() if line.strip()]
    sm = SourceMap()
    names: list[str] = []
    for obj in lines:
        for js in [*obj["spans"], *(s for c in obj["children"] for s in c["spans"])]:
            if js["file_name"] not in names:
                names.append(js["file_name"])
    if f"{case}.rs" not in names:
        names.insert(0, f"{case}.rs")
    for name in names:
        if name.startswith("/rustc/"):
            sm.add_file(name, _unavailable_text(name, lines)).shows_source = False
        else:
            sm.add_file(name, _read(DATA / name))
    files = _Files({sf.name: sf for sf in sm.files}, {})
    diags: list[tuple[dict[str, Any], Diagnostic]] = []
    summary: list[dict[str, Any]] = []
    for obj in lines:
        if obj["level"] == "failure-note" or (
            not obj["spans"] and _SUMMARY.fullmatch(obj["message"])
        ):
            summary.append(obj)
        else:
            diags.append((obj, _build(obj, files)))
    return _Case(sm, diags, summary, files.expansions)


@pytest.mark.parametrize("case", CASES)
def test_each_diagnostic_renders_as_rustc(case: str) -> None:
    c = _load(case)
    assert c.diagnostics
    for obj, diag in c.diagnostics:
        assert render_human(diag, c.sm) == obj["rendered"]


@pytest.mark.parametrize("case", CASES)
def test_whole_stderr(case: str) -> None:
    c = _load(case)
    dcx = DiagCtxt()
    for _, diag in c.diagnostics:
        dcx.emit(diag)
    out = "".join(render_human(d, c.sm) for d in dcx.diagnostics) + render_summary(dcx)
    assert out == _ferric(_read(DATA / f"{case}.stderr"))


@pytest.mark.parametrize("case", CASES)
def test_whole_stderr_in_colour(case: str) -> None:
    c = _load(case)
    dcx = DiagCtxt()
    for _, diag in c.diagnostics:
        dcx.emit(diag)
    out = "".join(render_human(d, c.sm, color=True) for d in dcx.diagnostics) + render_summary(
        dcx, color=True
    )
    assert out == _ferric(_read(DATA / f"{case}.color.stderr"))


WIDTH_CASES = sorted(p.name.split(".")[0] for p in DATA.glob("*.w*.stderr"))


@pytest.mark.parametrize("case", WIDTH_CASES)
def test_diagnostic_width(case: str) -> None:
    (path,) = DATA.glob(f"{case}.w*.stderr")
    width = int(path.name.split(".")[1][1:])
    c = _load(case)
    dcx = DiagCtxt()
    for _, diag in c.diagnostics:
        dcx.emit(diag)
    assert render_all(dcx, c.sm, diagnostic_width=width) == _ferric(_read(path))


def test_json_rendered_in_colour_as_cargo_asks() -> None:
    """rustc `--json=diagnostic-rendered-ansi`: `rendered` is the coloured human text."""
    c = _load("moved_note")
    dcx = DiagCtxt()
    for _, diag in c.diagnostics:
        dcx.emit(diag)
    colour = _read(DATA / "moved_note.color.stderr")
    rendered = [
        json.loads(line)["rendered"]
        for line in render_all_json(dcx, c.sm, rendered_ansi=True).splitlines()
    ]
    assert "".join(rendered) == _ferric(colour)


def test_render_all_json_ends_with_the_summary() -> None:
    c = _load("borrow_labels")
    dcx = DiagCtxt()
    for _, diag in c.diagnostics:
        dcx.emit(diag)
    lines = render_all_json(dcx, c.sm).splitlines()
    assert [json.loads(line)["level"] for line in lines] == ["error", "error", "failure-note"]
    assert json.loads(lines[1])["rendered"] == "error: aborting due to 1 previous error\n\n"


def _rustc_line_with_our_explanation(line: str, obj: dict[str, Any]) -> str:
    code = obj["code"]
    if code is None or code["explanation"] is None:
        return line
    theirs = json.dumps(code["explanation"], ensure_ascii=False)
    ours = json.dumps(explanation(code["code"]), ensure_ascii=False)
    assert line.count(theirs) == 1
    return line.replace(theirs, ours)


@pytest.mark.parametrize("case", CASES)
def test_json_lines(case: str) -> None:
    c = _load(case)
    raw = [line for line in _read(DATA / f"{case}.json").splitlines() if line.strip()]
    by_message = {json.loads(line)["rendered"]: line for line in raw}
    names = {sf.name for sf in c.sm.files}
    for obj, diag in c.diagnostics:
        expected = _rustc_line_with_our_explanation(by_message[obj["rendered"]], obj)
        if '"expansion":{' in expected:
            parsed = json.loads(expected)
            _drop_unavailable_expansions(parsed, names)
            expected = json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))
        ours = render_json(diag, c.sm, c.expansions)
        if "/rustc/" in expected:
            # (The stand-in text of rustc's std files has other byte offsets.)
            expected, ours = _no_std_offsets(expected), _no_std_offsets(ours)
        assert ours == expected


def _no_std_offsets(line: str) -> str:
    def clear(obj: Any) -> None:
        if isinstance(obj, dict):
            if str(obj.get("file_name", "")).startswith("/rustc/"):
                obj["byte_start"] = obj["byte_end"] = 0
            for v in obj.values():
                clear(v)
        elif isinstance(obj, list):
            for v in obj:
                clear(v)

    parsed = json.loads(line)
    clear(parsed)
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))


def test_json_summary_lines() -> None:
    dcx = DiagCtxt()
    sm = SourceMap()
    sf = sm.add_file("a.rs", 'fn main() { let x: i32 = ""; }\n')
    dcx.emit(
        Diagnostic.error("mismatched types", Span(sf.start_pos + 25, sf.start_pos + 27), "E0308")
    )
    from ferric.diag.emitter import summary_diagnostics

    lines = [render_json(d, sm) for d in summary_diagnostics(dcx)]
    assert lines == [
        '{"$message_type":"diagnostic","message":"aborting due to 1 previous error","code":null,'
        '"level":"error","spans":[],"children":[],"rendered":"error: aborting due to 1 previous error\\n\\n"}',
        '{"$message_type":"diagnostic","message":"For more information about this error, try '
        '`ferric explain E0308`.","code":null,"level":"failure-note","spans":[],"children":[],'
        '"rendered":"For more information about this error, try `ferric explain E0308`.\\n"}',
    ]


# -- the closing summary --------------------------------------------------------------------------


def _dcx(*diags: Diagnostic) -> DiagCtxt:
    dcx = DiagCtxt()
    for d in diags:
        dcx.emit(d)
    return dcx


def test_summary_nothing() -> None:
    assert render_summary(DiagCtxt()) == ""


def test_summary_warnings_only() -> None:
    assert render_summary(_dcx(Diagnostic.warning("a"))) == "warning: 1 warning emitted\n\n"
    assert (
        render_summary(_dcx(Diagnostic.warning("a"), Diagnostic.warning("b")))
        == "warning: 2 warnings emitted\n\n"
    )


def test_summary_errors_and_warnings() -> None:
    dcx = _dcx(
        Diagnostic.error("a", code="E0382"),
        Diagnostic.error("b", code="E0502"),
        Diagnostic.warning("c"),
    )
    assert render_summary(dcx) == (
        "error: aborting due to 2 previous errors; 1 warning emitted\n\n"
        "Some errors have detailed explanations: E0382, E0502.\n"
        "For more information about an error, try `ferric explain E0382`.\n"
    )


def test_summary_lists_codes_sorted_and_only_explained_ones() -> None:
    dcx = _dcx(
        Diagnostic.error("a", code="E0502"),
        Diagnostic.error("b", code="E9999"),
        Diagnostic.error("c"),
    )
    assert render_summary(dcx) == (
        "error: aborting due to 3 previous errors\n\n"
        "For more information about this error, try `ferric explain E0502`.\n"
    )
    dcx = _dcx(Diagnostic.error("a", code="E9999"))
    assert render_summary(dcx) == "error: aborting due to 1 previous error\n\n"


def test_summary_caps_the_code_list_at_nine() -> None:
    codes = [
        "E0004",
        "E0061",
        "E0106",
        "E0277",
        "E0308",
        "E0369",
        "E0373",
        "E0382",
        "E0384",
        "E0499",
    ]
    dcx = _dcx(*(Diagnostic.error(c, code=c) for c in reversed(codes)))
    assert render_summary(dcx).split("\n")[2] == (
        "Some errors have detailed explanations: " + ", ".join(codes[:9]) + "..."
    )


def test_summary_in_colour() -> None:
    dcx = _dcx(Diagnostic.error("a", code="E0502"))
    assert render_summary(dcx, color=True) == (
        "\x1b[1m\x1b[91merror\x1b[0m\x1b[1m: aborting due to 1 previous error\x1b[0m\n\n"
        "\x1b[1mFor more information about this error, try `ferric explain E0502`.\x1b[0m\n"
    )


# -- diagnostics built by hand, as stages build them ----------------------------------------------


def _file(text: str, name: str = "main.rs") -> tuple[SourceMap, SourceFile]:
    sm = SourceMap()
    return sm, sm.add_file(name, text)


def _at(sf: SourceFile, line: int, needle: str, nth: int = 0) -> Span:
    """The span of the `nth` occurrence of `needle` on `line`."""
    text = sf.line_text(line)
    col = -1
    for _ in range(nth + 1):
        col = text.index(needle, col + 1)
    lo = sf.line_start_pos(line) + col
    return Span(lo, lo + len(needle))


def test_hand_built_three_labels_on_one_line() -> None:
    sm, sf = _file(_read(DATA / "borrow_labels.rs"), "borrow_labels.rs")
    d = (
        Diagnostic.error(
            "cannot borrow `x` as immutable because it is also borrowed as mutable", code="E0502"
        )
        .with_label(_at(sf, 4, "&mut x"), "mutable borrow occurs here")
        .with_primary(_at(sf, 4, "&x"), "immutable borrow occurs here")
        .with_label(_at(sf, 4, "foo"), "mutable borrow later used by call")
    )
    expected = _read(DATA / "borrow_labels.stderr").split("\nerror: aborting")[0] + "\n"
    assert render_human(d, sm) == expected


def test_hand_built_note_and_insertion() -> None:
    sm, sf = _file(_read(DATA / "moved_note.rs"), "moved_note.rs")
    v_use = _at(sf, 5, "v")
    d = (
        Diagnostic.error("borrow of moved value: `v`", code="E0382")
        .with_label(_at(sf, 4, "v"), "value moved here")
        .with_primary(v_use, "value borrowed here after move")
        .with_label(
            _at(sf, 3, "v"),
            "move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait",
        )
    )
    note = SubDiagnostic(
        Level.NOTE,
        "consider changing this parameter type in function `take` to borrow instead if owning the value isn't necessary",
        [
            Label(_at(sf, 1, "Vec<i32>"), "this parameter takes ownership of the value", True),
            Label(_at(sf, 1, "take"), "in this function", False),
        ],
    )
    d.children.append(note)
    d.with_suggestion(
        "consider cloning the value if the performance cost is acceptable",
        [(_at(sf, 4, "v").shrink_to_hi(), ".clone()")],
    )
    expected = _read(DATA / "moved_note.stderr").split("\nerror: aborting")[0] + "\n"
    assert render_human(d, sm) == expected


def test_hand_built_inline_suggestion_and_note() -> None:
    sm, sf = _file("fn main() {\n    let y = 2;\n}\n", "warn.rs")
    y = _at(sf, 2, "y")
    d = Diagnostic.warning("unused variable: `y`", y, lint="unused_variables")
    d.with_note("`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default")
    d.with_suggestion(
        "if this is intentional, prefix it with an underscore", [(y, "_y")], style="inline"
    )
    assert render_human(d, sm) == (
        "warning: unused variable: `y`\n"
        " --> warn.rs:2:9\n"
        "  |\n"
        "2 |     let y = 2;\n"
        "  |         ^ help: if this is intentional, prefix it with an underscore: `_y`\n"
        "  |\n"
        "  = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default\n"
        "\n"
    )


def test_hand_built_without_span() -> None:
    sm = SourceMap()
    d = Diagnostic.error("`main` function not found in crate `x`", code="E0601")
    assert render_human(d, sm) == "error[E0601]: `main` function not found in crate `x`\n\n"


def test_multi_line_message_is_indented_under_the_header() -> None:
    sm, sf = _file("fn main() {}\n")
    d = Diagnostic.error("first line\nsecond line", _at(sf, 1, "main"), "E0308")
    d.with_note("expected type `i32`\n   found type `u8`")
    assert render_human(d, sm) == (
        "error[E0308]: first line\n"
        "              second line\n"
        " --> main.rs:1:4\n"
        "  |\n"
        "1 | fn main() {}\n"
        "  |    ^^^^\n"
        "  |\n"
        "  = note: expected type `i32`\n"
        "             found type `u8`\n"
        "\n"
    )


def test_hidden_and_hide_code_suggestions() -> None:
    sm, sf = _file("fn main() { let x = 1; }\n")
    x = _at(sf, 1, "x")
    d = Diagnostic.error("e", x)
    d.with_suggestion("tools only", [(x, "_x")], style="hidden")
    d.with_suggestion("rename it", [(x, "_x")], style="hide_code")
    assert render_human(d, sm) == (
        "error: e\n --> main.rs:1:17\n  |\n1 | fn main() { let x = 1; }\n  |                 ^\n  |\n"
        "  = help: rename it\n\n"
    )
