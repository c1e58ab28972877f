"""The error-code registry, its explanations, and `ferric explain`.

Every registered code must have an explanation written for ferric with an erroneous example
(a ```` ```compile_fail ```` block) and a fix (a block that compiles); the examples were checked
against rustc when written. `explain_command` must accept and reject the same spellings as
`rustc --explain` (behaviour captured from rustc 1.95).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from ferric.diag.codes import all_codes, explanation, stage
from ferric.diag.explain import explain_command, format_explanation, normalize_code

_FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```$", re.S | re.M)

PARSER_CODES = [
    "E0178",
    "E0585",
    "E0586",
    "E0748",
    "E0758",
    "E0762",
    "E0763",
    "E0765",
    "E0754",
    "E0670",
]
LATER_CODES = [
    "E0382", "E0499", "E0502", "E0505", "E0506", "E0507", "E0597", "E0308", "E0277", "E0425",
    "E0433", "E0599", "E0061", "E0369", "E0384", "E0596", "E0373", "E0106", "E0004", "E0716",
    "E0515", "E0432", "E0412", "E0423",
]  # fmt: skip


def test_registry_holds_the_required_codes() -> None:
    assert set(PARSER_CODES + LATER_CODES) <= set(all_codes())
    assert all_codes() == sorted(all_codes())
    assert stage("E0765") == "syntax"
    assert stage("E0382") == "borrowck"
    assert stage("E9999") is None


def test_every_code_in_the_source_is_registered() -> None:
    """A quoted `"EXXXX"` anywhere under src/ferric is (almost always) a code put on a
    diagnostic; each needs its explanation, or the emitter drops the `For more information`
    line that rustc prints."""
    src = Path(__file__).resolve().parents[2] / "src" / "ferric"
    quoted = {
        m.group(1)
        for path in src.rglob("*.py")
        for m in re.finditer(r"[\"'](E\d{4})[\"']", path.read_text(encoding="utf-8"))
    }
    # E0797 is only a de-duplication key in HIR lowering: rustc reports that error without a code.
    assert quoted - {"E0797"} <= set(all_codes())


def test_explanation_files_and_registry_agree() -> None:
    files = {
        p.name[:-3]
        for p in (resources.files("ferric.diag") / "explanations").iterdir()
        if p.name.endswith(".md")
    }
    assert files == set(all_codes())


@pytest.mark.parametrize("code", all_codes())
def test_explanation_has_example_and_fix(code: str) -> None:
    text = explanation(code)
    assert text is not None
    blocks = _FENCE.findall(text)
    failing = [body for info, body in blocks if "compile_fail" in info.split(",")]
    passing = [body for info, body in blocks if "compile_fail" not in info.split(",")]
    assert failing, f"{code}: no erroneous example"
    assert passing, f"{code}: no fixed example"
    tags = [info.split(",") for info, _ in blocks if "compile_fail" in info.split(",")]
    if not text.startswith("#### Note: this error code is no longer emitted"):
        assert any(code in t for t in tags), f"{code}: the erroneous example does not name {code}"
    first = text.split("\n\n")[0]
    assert len(first) > 20 and not first.startswith("```")


def test_unknown_codes_have_no_explanation() -> None:
    assert explanation("E9999") is None
    assert explanation("e0382") is None  # the registry is keyed by canonical codes
    assert explanation("../E0382") is None


@pytest.mark.parametrize("spelling", ["E0382", "e0382", "0382", "382", "E382", "00382", "E+382"])
def test_explain_accepts_rustc_spellings(spelling: str) -> None:
    assert normalize_code(spelling) == "E0382"
    text, status = explain_command(spelling)
    assert status == 0
    assert text.startswith("A value was used after it had been moved")


@pytest.mark.parametrize(
    "spelling", ["E9999", "9999", "abc", "", "EE0382", " 382", "E0_382", "E99999", "E4294967295"]
)
def test_explain_rejects_like_rustc(spelling: str) -> None:
    assert explain_command(spelling) == (f"error: {spelling} is not a valid error code\n\n", 1)


def test_explain_output_drops_fence_info_and_hidden_lines() -> None:
    md = "Text.\n\n```compile_fail,E0001\n# fn hidden() {}\nfn main() {}\n```\n\nMore.\n"
    assert format_explanation(md) == "Text.\n\n```\nfn main() {}\n```\n\nMore.\n"


def test_explain_prints_the_whole_explanation() -> None:
    text, status = explain_command("E0502")
    assert status == 0
    source = explanation("E0502")
    assert source is not None
    assert text == source.replace("```compile_fail,E0502\n", "```\n")
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_e0412_is_marked_as_no_longer_emitted() -> None:
    text, _ = explain_command("E0412")
    assert text.startswith("#### Note: this error code is no longer emitted by the compiler.\n")
    assert "E0425" in text
