"""Expansion errors, rendered, against what rustc 1.95 printed for the same programs.

The programs are the rejected UI tests of `tests/ui/expand/`; their `.stderr` files were
written by rustc (the bless tool). The harness compares their (code, line) rows; here the
whole human rendering must match, except the closing "try `rustc --explain`" line, which
names ferric's command instead.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ferric.driver.pipeline import check, emit_diagnostics
from ferric.driver.session import ColorChoice, Options, Session

UI_EXPAND = Path(__file__).resolve().parent.parent / "ui" / "expand"

SAME_AS_RUSTC = [
    "cfg_attr_empty",
    "cfg_invalid_predicate",
    "cfg_multiple_predicates",
    "cfg_not_a_list",
    "cfg_value_not_string",
    "derive_on_function",
    "macro_duplicate_binding",
    "macro_empty_repetition",
    "macro_expansion_ignores_token",
    "macro_follow_set_expr",
    "macro_follow_set_ty",
    "macro_fragment_parse_error",
    "macro_in_child_module",
    "macro_incomplete_expression",
    "macro_invalid_fragment_specifier",
    "macro_let_in_expression",
    "macro_local_ambiguity",
    "macro_matcher_not_delimited",
    "macro_missing_comma",
    "macro_missing_fragment_specifier",
    "macro_no_rules",
    "macro_no_rules_expected",
    "macro_optional_with_separator",
    "macro_path_not_found",
    "macro_recursion_limit",
    "macro_repeat_count_mismatch",
    "macro_repeat_no_variables",
    "macro_rhs_not_delimited",
    "macro_still_repeating",
    "macro_trailing_semicolon",
    "macro_unexpected_end",
    "macro_unknown_metavariable",
    "macro_used_before_definition",
    "mod_file_not_found",
]


def _ferric_stderr(name: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(UI_EXPAND)
    sess = Session.create(Options(color=ColorChoice.NEVER))
    check(sess, f"{name}.rs")
    buf = io.StringIO()
    emit_diagnostics(sess, buf)
    return buf.getvalue()


@pytest.mark.parametrize("name", SAME_AS_RUSTC)
def test_rendered_like_rustc(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = (UI_EXPAND / f"{name}.stderr").read_text(encoding="utf-8")
    expected = expected.replace("try `rustc --explain ", "try `ferric explain ")
    assert _ferric_stderr(name, monkeypatch) == expected


def test_similar_std_macro_is_suggested(monkeypatch: pytest.MonkeyPatch) -> None:
    # rustc points its note at its own std sources; ferric's at ferric's std.
    out = _ferric_stderr("macro_not_found", monkeypatch)
    assert out.startswith("error: cannot find macro `printn` in this scope\n")
    assert "note: similarly named macro `print` defined here" in out
    assert "help: a macro with a similar name exists" in out
    assert '+     print!("{:?}", items);' in out
    assert "error: cannot find macro `sum_all` in this scope\n" in out
    assert out.endswith("error: aborting due to 2 previous errors\n\n")
