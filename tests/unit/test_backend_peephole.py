"""`backend.py.peephole` and `backend.py.inline.body_expr`: rewrites of generated lines."""

from __future__ import annotations

from ferric.backend.py.inline import body_expr
from ferric.backend.py.peephole import tail_returns


def check(before: str, after: str) -> None:
    lines = before.strip("\n").splitlines()
    assert "\n".join(tail_returns(lines)) == after.strip("\n")


def test_tail_if_returns_from_branches() -> None:
    check(
        """
def f(n):
    if (n < 2):
        _if1 = n
    else:
        _if1 = f(n - 1)
    return _if1
""",
        """
def f(n):
    if (n < 2):
        return n
    else:
        return f(n - 1)
""",
    )


def test_nested_match_chain_and_diverging_branch_keep_the_return() -> None:
    # A branch ending in a call (a panic, for all the peephole knows) falls through to the
    # kept `return _m1`; the others return directly.
    check(
        """
def f(x):
    if x.t == 0:
        _m1 = 1
    else:
        if x.f0:
            _m1 = 2
        else:
            panic(_L1)
    return _m1
""",
        """
def f(x):
    if x.t == 0:
        return 1
    else:
        if x.f0:
            return 2
        else:
            panic(_L1)
    return _m1
""",
    )


def test_stored_value_moves_into_branches_only_when_all_store() -> None:
    check(
        """
def f(n):
    while n != 1:
        if n % 2 == 0:
            _if1 = n // 2
        else:
            _if1 = 3 * n + 1
        n = _if1
""",
        """
def f(n):
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
""",
    )
    partial = """
def f(n):
    if n:
        _if1 = 1
    else:
        g()
    n = _if1
"""
    check(partial, partial)


def test_statements_between_chain_and_return_block_the_rewrite() -> None:
    same = """
def f(n):
    if n:
        _if1 = 1
    else:
        _if1 = 2
    g()
    return _if1
"""
    check(same, same)


def test_boolean_if_else_is_one_expression() -> None:
    check(
        """
def f(c):
    if c >= 48 and c <= 57:
        return True
    else:
        return False
""",
        """
def f(c):
    return (True if c >= 48 and c <= 57 else False)
""",
    )


def test_body_expr_takes_one_return_line_only() -> None:
    assert body_expr(["def sqrt_1(x_5):", "    return (math_sqrt(x_5) if x_5 >= 0 else _NAN)"]) == (
        ["x_5"],
        "(math_sqrt(x_5) if x_5 >= 0 else _NAN)",
    )
    assert body_expr(["def f(a, _loc=None):", "    return a"]) is None  # (#[track_caller])
    assert body_expr(["def f(a):", "    b = a", "    return b"]) is None
    assert body_expr(["def f(a):", "    return g(b'a_1')"]) is None
    assert body_expr(["def f(a):", "    return [x for x in a]"]) is None
