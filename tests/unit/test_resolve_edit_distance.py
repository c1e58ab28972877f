"""`ferric.base.edit_distance`: rustc's edit distance and "similar name" choice."""

from __future__ import annotations

from ferric.base.edit_distance import (
    edit_distance,
    edit_distance_with_substrings,
    find_best_match_for_name,
    find_best_match_for_name_with_substrings,
)


def test_edit_distance() -> None:
    assert edit_distance("valuee", "value", 2) == 1
    assert edit_distance("kitten", "sitting", 10) == 3
    assert edit_distance("ab", "ba", 5) == 1  # a transposition
    assert edit_distance("abc", "abc", 0) == 0
    assert edit_distance("abcdef", "x", 2) is None
    assert edit_distance("", "abc", 3) == 3


def test_best_match() -> None:
    assert find_best_match_for_name(["value", "other"], "valuee") == "value"
    assert find_best_match_for_name(["Point"], "point") == "Point"  # case-insensitive first
    assert find_best_match_for_name(["foo_bar"], "bar_foo") == "foo_bar"  # same words
    assert find_best_match_for_name(["alpha", "beta"], "zzz") is None
    # The limit is a third of the looked-up name (at least one edit).
    assert find_best_match_for_name(["ab"], "xy") is None
    assert find_best_match_for_name(["abcd"], "abce") == "abcd"
    # Ties go to the first candidate.
    assert find_best_match_for_name(["bat", "cat"], "hat") == "bat"


def test_substring_variant() -> None:
    assert edit_distance_with_substrings("capture", "force_capture", 10) is not None
    assert (
        find_best_match_for_name_with_substrings(["force_capture", "capture"], "forced_capture")
        == "force_capture"
    )
