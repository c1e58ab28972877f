"""The diff `ferric fmt --check` prints, as rustfmt's `--check` prints it.

`make_diff(original, formatted)` pairs the lines of the two texts with the `diff` crate's
algorithm (common prefix and suffix, then a longest-common-subsequence table walked back from the
end, taking insertions first, then removals, then common lines) and groups the changes
into hunks with 3 lines of context. `render_diff` lays the hunks out under
`Diff in PATH:LINE:` titles, where LINE is the hunk's first line in the original file; lines
start with ` ` (context), `-` (original) or `+` (formatted), in red and green when `color`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Final, Literal

CONTEXT_SIZE: Final = 3

Tag = Literal[" ", "-", "+"]


@dataclass(slots=True)
class Mismatch:
    line_number: int
    """The hunk's first line in the formatted text."""
    line_number_orig: int
    """The hunk's first line in the original text."""
    lines: list[tuple[Tag, str]] = field(default_factory=list)


def _lines(text: str) -> list[str]:
    """Rust's `str::lines`: no empty last line for a text ending with a newline."""
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts]


def diff_lines(left: str, right: str) -> list[tuple[Tag, str]]:
    """The `diff` crate's `lines(left, right)`: `-` only in left, `+` only in right."""
    a, b = _lines(left), _lines(right)
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < len(a) - pre and suf < len(b) - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    x, y = a[pre : len(a) - suf], b[pre : len(b) - suf]
    n, m = len(x), len(y)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        row, nxt = table[i], table[i + 1]
        for j in range(m):
            nxt[j + 1] = row[j] + 1 if x[i] == y[j] else max(row[j + 1], nxt[j])
    middle: list[tuple[Tag, str]] = []
    i, j = n, m
    while True:
        if j > 0 and (i == 0 or table[i][j] == table[i][j - 1]):
            j -= 1
            middle.append(("+", y[j]))
        elif i > 0 and (j == 0 or table[i][j] == table[i - 1][j]):
            i -= 1
            middle.append(("-", x[i]))
        elif i > 0 and j > 0:
            i, j = i - 1, j - 1
            middle.append((" ", x[i]))
        else:
            break
    middle.reverse()
    out: list[tuple[Tag, str]] = [(" ", s) for s in a[:pre]]
    out += middle
    out += [(" ", s) for s in a[len(a) - suf :]]
    lend, rend = left.endswith("\n"), right.endswith("\n")
    if lend and rend:
        out.append((" ", ""))
    elif lend:
        out.append(("-", ""))
    elif rend:
        out.append(("+", ""))
    return out


def make_diff(original: str, formatted: str, context_size: int = CONTEXT_SIZE) -> list[Mismatch]:
    """rustfmt's `make_diff`: the hunks that turn `original` into `formatted`."""
    line_number = 1
    line_number_orig = 1
    queue: deque[str] = deque()
    since = context_size + 1
    results: list[Mismatch] = []
    mismatch = Mismatch(0, 0)
    for tag, text in diff_lines(original, formatted):
        if tag == " ":
            if len(queue) >= context_size and queue:
                queue.popleft()
            if since < context_size:
                mismatch.lines.append((" ", text))
            elif context_size > 0:
                queue.append(text)
            line_number += 1
            line_number_orig += 1
            since += 1
            continue
        if since >= context_size and since > 0:
            results.append(mismatch)
            mismatch = Mismatch(line_number - len(queue), line_number_orig - len(queue))
        while queue:
            mismatch.lines.append((" ", queue.popleft()))
        mismatch.lines.append((tag, text))
        if tag == "-":
            line_number_orig += 1
        else:
            line_number += 1
        since = 0
    results.append(mismatch)
    return results[1:]


_RED: Final = "\x1b[31m"
_GREEN: Final = "\x1b[32m"
_RESET: Final = "\x1b(B\x1b[m"


def render_diff(path: str, hunks: list[Mismatch], color: bool = False) -> str:
    """The hunks under `Diff in PATH:LINE:` titles, as rustfmt prints them."""
    out: list[str] = []
    for hunk in hunks:
        out.append(f"Diff in {path}:{hunk.line_number_orig}:\n")
        for tag, text in hunk.lines:
            if color and tag != " ":
                out.append(f"{_RED if tag == '-' else _GREEN}{tag}{text}\n{_RESET}")
            else:
                out.append(f"{tag}{text}\n")
    return "".join(out)
