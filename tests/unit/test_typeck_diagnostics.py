"""Type-level errors, rendered, against what rustc 1.95 printed for the same programs.

The programs are rejected UI tests of `tests/ui/typeck/` whose `.stderr` files were written
by rustc (the bless tool). The harness compares their (code, line) rows; for the programs
listed here the whole human rendering matches rustc's — labels, notes, help, trimmed type
paths — except the closing "try `rustc --explain`" line, which names ferric's command. The
list grows as the renderings converge; a program leaves it only with a reason.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ferric.driver.pipeline import check, emit_diagnostics
from ferric.driver.session import ColorChoice, Options, Session

UI_TYPECK = Path(__file__).resolve().parent.parent / "ui" / "typeck"

SAME_AS_RUSTC = [
    "for_refutable_pattern",
    "impl_method_not_in_trait",
    "let_refutable_enum_variant",
    "let_refutable_ok",
    "let_refutable_slice",
    "let_refutable_some",
    "match_char_ranges",
    "match_enum_missing_variant",
    "match_enum_nonexhaustive_after_add",
    "match_guard_not_exhaustive",
    "match_integer_ranges_gap",
    "match_signed_integer_no_wildcard",
    "match_slice_patterns",
    "match_str_without_wildcard",
    "match_struct_field_enum",
    "match_tuple_of_bools",
    "method_default_method_calls_unknown",
    "method_dyn_trait_missing_method",
    "method_impl_trait_hides_method",
    "method_typo_on_vec",
    "method_unwrap_on_plain_value",
    "mismatch_float_literal_for_int",
    "mismatch_struct_field_type",
    "mismatch_struct_generic_field",
    "mismatch_while_condition_int",
    "pattern_unit_variant_as_tuple",
]


def _ferric_stderr(name: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(UI_TYPECK)
    sess = Session.create(Options(color=ColorChoice.NEVER))
    check(sess, f"{name}.rs")
    buf = io.StringIO()
    emit_diagnostics(sess, buf)
    return buf.getvalue()


@pytest.mark.parametrize("name", SAME_AS_RUSTC)
def test_rendered_like_rustc(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = (UI_TYPECK / f"{name}.stderr").read_text(encoding="utf-8")
    expected = expected.replace("try `rustc --explain ", "try `ferric explain ")
    assert _ferric_stderr(name, monkeypatch) == expected
