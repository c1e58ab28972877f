"""Edit distances and "a similar name exists" suggestions (rustc_span::edit_distance).

`edit_distance(a, b, limit)` is the restricted Damerau-Levenshtein distance rustc uses
(insertions, deletions, substitutions, adjacent transpositions), or None above `limit`.
`find_best_match_for_name(candidates, lookup, dist)` picks the suggestion rustc would pick:
an exact case-insensitive match first, then the closest name within `dist` (default: a third
of the looked-up name's length, at least 1), then a name with the same `_`-separated words in
another order. Ties go to the earliest candidate, so callers sort candidates as rustc does.

Worked examples: `edit_distance("valuee", "value", 2) == 1`; `find_best_match_for_name(
["value", "other"], "valuee") == "value"`; `find_best_match_for_name(["foo_bar"], "bar_foo")
== "foo_bar"` (sorted words).
"""

from __future__ import annotations

from collections.abc import Sequence


def edit_distance(a: str, b: str, limit: int) -> int | None:
    """The edit distance between `a` and `b` (counted in chars), None when above `limit`."""
    if len(a) < len(b):
        a, b = b, a
    min_dist = len(a) - len(b)
    if min_dist > limit:
        return None
    # Strip the common prefix and suffix.
    start = 0
    while start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a = a[start:end_a]
    b = b[start:end_b]
    if not b:
        return min_dist if min_dist <= limit else None
    big = len(a) + len(b) + 1
    prev_prev = [big] * (len(b) + 1)
    prev = list(range(len(b) + 1))
    current = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current[0] = i
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            bj = b[j - 1]
            cost = 0 if ai == bj else 1
            v = prev[j] + 1
            w = current[j - 1] + 1
            if w < v:
                v = w
            w = prev[j - 1] + cost
            if w < v:
                v = w
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj:
                w = prev_prev[j - 2] + 1
                if w < v:
                    v = w
            current[j] = v
        prev_prev, prev, current = prev, current, prev_prev
    distance = prev[len(b)]
    return distance if distance <= limit else None


def edit_distance_with_substrings(a: str, b: str, limit: int) -> int | None:
    """A similarity score where a substring match scores low (rustc's variant for methods)."""
    n, m = len(a), len(b)
    big_len_diff = n * 2 < m or m * 2 < n
    len_diff = abs(m - n)
    distance = edit_distance(a, b, limit + len_diff)
    if distance is None:
        return None
    score = distance - len_diff
    if score == 0 and len_diff > 0 and not big_len_diff:
        score = 1
    elif not big_len_diff:
        score += (len_diff + 1) // 2
    else:
        score += len_diff
    return score if score <= limit else None


def find_best_match_for_name(
    candidates: Sequence[str], lookup: str, dist: int | None = None
) -> str | None:
    """rustc's `find_best_match_for_name`: the suggestion for `lookup` among `candidates`."""
    return _find_best(False, candidates, lookup, dist)


def find_best_match_for_name_with_substrings(
    candidates: Sequence[str], lookup: str, dist: int | None = None
) -> str | None:
    """As `find_best_match_for_name`, scoring substrings as close matches."""
    return _find_best(True, candidates, lookup, dist)


def _find_best(
    use_substrings: bool, candidates: Sequence[str], lookup: str, dist: int | None
) -> str | None:
    upper = lookup.upper()
    for c in candidates:
        if c.upper() == upper:
            return c
    limit = dist if dist is not None else max(len(lookup), 3) // 3
    best: str | None = None
    ties: list[str] = []
    for c in candidates:
        d = (
            edit_distance_with_substrings(lookup, c, limit)
            if use_substrings
            else edit_distance(lookup, c, limit)
        )
        if d is None:
            continue
        if d == 0:
            return c
        if use_substrings:
            if d < limit:
                limit = d
                ties.clear()
            ties.append(c)
        else:
            limit = d - 1
        best = c
    if len(ties) > 1:
        best = _find_best(False, ties, lookup, len(lookup))
    if best is not None:
        return best
    return _match_by_sorted_words(candidates, lookup)


def _match_by_sorted_words(candidates: Sequence[str], lookup: str) -> str | None:
    want = sorted(lookup.split("_"))
    found: str | None = None
    for c in candidates:
        if sorted(c.split("_")) == want:
            found = c
    return found
