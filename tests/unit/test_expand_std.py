"""std as the expander sees it: its exported macros, read once per process and shared by
sessions (same objects, same positions), and the whole expanded crate (`load_std`)."""

from __future__ import annotations

import time

from ferric.base.span import Span
from ferric.expand.base import CfgOptions
from ferric.expand.std_crate import (
    STD_CTXT_BASE,
    STD_POS_BASE,
    is_std_span,
    load_std,
    std_diagnostics,
    std_macro_exports,
)
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess

CORE_MACROS = [
    "println",
    "print",
    "eprintln",
    "format",
    "vec",
    "write",
    "writeln",
    "assert_eq",
    "assert_ne",
    "matches",
    "panic",
    "todo",
    "unreachable",
]


def test_exports_the_standard_macros() -> None:
    exports = std_macro_exports(ParseSess(), CfgOptions())
    missing = [m for m in CORE_MACROS if m not in exports]
    assert missing == []
    assert all(m.crate == "std" and m.exported for m in exports.values())


def test_exports_are_shared_between_sessions() -> None:
    a, b = ParseSess(), ParseSess()
    ea = std_macro_exports(a, CfgOptions())
    start = time.perf_counter()
    eb = std_macro_exports(b, CfgOptions())
    assert time.perf_counter() - start < 0.05  # cached: only the files are put in `b`
    assert ea is eb
    span = ea["println"].span
    assert is_std_span(span) and span.lo >= STD_POS_BASE
    for psess in (a, b):
        assert (psess.source_map.snippet(span) or "").startswith("macro_rules! println")


def test_reading_std_macros_reports_nothing() -> None:
    std_macro_exports(ParseSess(), CfgOptions())
    macro_errors = [
        d for d in std_diagnostics() if d.is_error and d.message.startswith(("no rules", "macro"))
    ]
    assert macro_errors == []


def test_user_spans_are_not_std_spans() -> None:
    psess = ParseSess()
    sf = psess.source_map.add_file("main.rs", "fn main() {}")
    assert not is_std_span(Span(sf.start_pos, sf.end_pos))


def test_load_std_is_cached_and_installs_contexts() -> None:
    a = ParseSess()
    a.hygiene.expns.append(None)  # a session may have made contexts of its own first
    krate = load_std(a, CfgOptions())
    assert isinstance(krate, ast.Crate) and krate.items
    start = time.perf_counter()
    b = ParseSess()
    assert load_std(b, CfgOptions()) is krate
    assert time.perf_counter() - start < 0.5
    assert b.hygiene.imported and min(b.hygiene.imported) > STD_CTXT_BASE
    # std's expansions are visible through the session's hygiene table.
    ctxt = next(iter(b.hygiene.imported))
    data = b.hygiene.data(ctxt)
    assert data is not None and data.crate == "std"
    # No macro call survives expansion.
    work: list[object] = [krate]
    while work:
        node = work.pop()
        assert not isinstance(
            node, (ast.MacCallExpr, ast.MacCallStmt, ast.MacCallItem, ast.MacCallPat, ast.MacCallTy)
        )
        if isinstance(node, tuple):
            work.extend(node)
        elif hasattr(node, "__dataclass_fields__") and not isinstance(
            node, (ast.DelimArgs, ast.MacroRulesItem)
        ):
            work.extend(getattr(node, f) for f in node.__dataclass_fields__)  # type: ignore[union-attr]
