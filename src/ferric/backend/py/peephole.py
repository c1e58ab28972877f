"""Rewrites of a generated function's lines that make the same program cheaper to run.

Input → output: the Python lines `FnCodegen` emitted for one body (a `def` and its
indented statements) → lines with the same behaviour.

- Tail returns: an `if`/`match` whose value is returned at once
  (`if c: _if1 = a` / `else: _if1 = b` / `return _if1`) returns from each branch instead
  (`if c: return a` / `else: return b`); one whose value is stored in a local at once
  (`x = _if1`) stores it from each branch, when every branch does. A store and a load
  per call are not much, but a recursive function (`fib`, a tree walk) does little
  else. **Invariant:** only an assignment that is the last statement of a branch whose
  chain is itself the last statement before the `return` (directly or through nested
  chains) becomes a `return`, so nothing runs between the two in the original either;
  the trailing `return` stays unless every branch now returns.
- Boolean returns: `if c: return True` / `else: return False` is one line
  (`return (True if c else False)`), so that `inline` can put it at the calls.
"""

from __future__ import annotations

import re

_TAIL_RETURN = re.compile(r"return (_(?:if|m)\d+)$")
_TAIL_ASSIGN = re.compile(r"([A-Za-z_][A-Za-z_0-9]*) = (_(?:if|m)\d+)$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def tail_returns(lines: list[str]) -> list[str]:
    """`lines` with the returned value of a tail `if`/`match` chain returned from its
    branches (see the module's docstring)."""
    out = list(lines)
    for i in range(len(out) - 1, 0, -1):
        stmt = out[i].strip()
        m = _TAIL_RETURN.fullmatch(stmt)
        assign = _TAIL_ASSIGN.fullmatch(stmt) if m is None else None
        if m is None and assign is None:
            continue
        ind = _indent(out[i])
        start = _chain_start(out, i, ind)
        if start is None or any("\n" in line for line in out[start:i]):
            continue
        if m is not None:
            if _rewrite_chain(out, start, i, ind, m.group(1), "return "):
                del out[i]
            continue
        # `x = _if1`: every branch must assign `x` itself (or leave by `return`/`raise`).
        assert assign is not None
        trial = out[start:i]
        if assign.group(1) != assign.group(2) and _rewrite_chain(trial, 0, len(trial), ind, assign.group(2), f"{assign.group(1)} = "):
            out[start : i + 1] = trial
    return _bool_returns(out)


def _bool_returns(lines: list[str]) -> list[str]:
    """`if c: return True` / `else: return False` is one expression (then a call of the
    function can be inlined: `inline`)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        k = _indent(line)
        head = line[k:]
        if head.startswith("if ") and head.endswith(":") and i + 3 < len(lines) and "\n" not in line:
            pad = " " * k
            body = [lines[i + 1], lines[i + 2], lines[i + 3]]
            if body[1] == pad + "else:" and {body[0], body[2]} == {pad + "    return True", pad + "    return False"}:
                cond = head[3:-1]
                out.append(pad + (f"return (True if {cond} else False)" if body[0].endswith("True") else f"return (False if {cond} else True)"))
                i += 4
                continue
        out.append(line)
        i += 1
    return out


def _chain_start(lines: list[str], end: int, ind: int) -> int | None:
    """The `if` line opening the chain of branches that ends just before `end`, at
    indentation `ind`, or None when the statement before `end` is not such a chain."""
    j = end - 1
    while j >= 0:
        line = lines[j]
        k = _indent(line)
        if k > ind:
            j -= 1
            continue
        if k < ind:
            return None
        body = line[k:]
        if body.startswith("if ") and body.endswith(":"):
            return j if j < end - 1 else None
        if body == "else:" or (body.startswith("elif ") and body.endswith(":")):
            j -= 1
            continue
        return None
    return None


def _rewrite_chain(lines: list[str], start: int, end: int, ind: int, name: str, into: str) -> bool:
    """Rewrite `name = X` ending a branch of the chain `lines[start:end]` (recursively
    through a branch ending in a chain) as `{into}X` (`return X`, `x = X`); whether every
    branch ends so now (or returns or raises; none falls through: the chain ends with
    `else`)."""
    heads = [j for j in range(start, end) if _indent(lines[j]) == ind]
    all_return = lines[heads[-1]].strip() == "else:"
    for n, h in enumerate(heads):
        body_end = heads[n + 1] if n + 1 < len(heads) else end
        if body_end == h + 1:
            return False
        if not _rewrite_branch(lines, h + 1, body_end, ind + 4, name, into):
            all_return = False
    return all_return


def _rewrite_branch(lines: list[str], lo: int, hi: int, ind: int, name: str, into: str) -> bool:
    """Rewrite the last statement of the branch body `lines[lo:hi]` (indentation `ind`);
    whether the branch now always returns (or raises)."""
    last = max(j for j in range(lo, hi) if _indent(lines[j]) == ind)
    stmt = lines[last][ind:]
    if last == hi - 1:
        if stmt.startswith(f"{name} = "):
            lines[last] = " " * ind + into + stmt[len(name) + 3 :]
            return True
        return stmt.startswith(("return ", "raise ")) or stmt in ("return", "raise")
    start = _chain_start(lines, hi, ind)
    if start is not None and start >= lo:
        return _rewrite_chain(lines, start, hi, ind, name, into)
    return False
