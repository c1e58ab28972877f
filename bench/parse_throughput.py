#!/usr/bin/env python3
"""Front-end throughput: lines/s and tokens/s of ferric's lexer, and of lexing + parsing.

usage: python bench/parse_throughput.py [--lines N] [--repeat R]

The corpus is every `tests/ui/**/*.rs` program that ferric parses without errors (programs
with syntax errors would measure error recovery, not parsing), taken in order and repeated
until it holds about N lines (default 50,000). Each file is lexed/parsed on its own, in a
fresh session, as `ferric check` would; the time of the whole corpus is the best of R runs
(default 3). Needs only ferric (no rustc); run it from the repository, which holds the corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ferric.driver.pipeline import Ice, run_guarded
from ferric.driver.session import Session, add_source

ROOT = Path(__file__).resolve().parent.parent
TARGET_LINES_PER_S = 20_000


def _lex(text: str) -> int:
    from ferric.lexer.lexer import tokenize

    sess = Session.create()
    sf = add_source(sess, "bench.rs", text)
    return len(tokenize(sf, sess.dcx, sess.options.edition))


def _parse(text: str) -> bool:
    """Lex and parse; True when there were no errors."""
    from ferric.syntax.parser import parse_crate

    sess = Session.create()
    parse_crate(sess.psess, add_source(sess, "bench.rs", text))
    return not sess.dcx.has_errors


def corpus(lines_wanted: int) -> tuple[list[str], int]:
    """Texts of the clean-parsing UI programs, repeated to about `lines_wanted` lines."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "ui").rglob("*.rs"))]
    clean = [t for t in texts if _parse(t)]
    if not clean:
        sys.exit("no corpus: run from a ferric checkout (tests/ui/**/*.rs)")
    out: list[str] = []
    lines = 0
    while lines < lines_wanted:
        for t in clean:
            out.append(t)
            lines += t.count("\n") + 1
            if lines >= lines_wanted:
                break
    return out, lines


def best_of(repeat: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def measure(lines_wanted: int, repeat: int) -> str:
    texts, lines = corpus(lines_wanted)
    tokens = sum(_lex(t) for t in texts)
    lex_s = best_of(repeat, lambda: [_lex(t) for t in texts])
    parse_s = best_of(repeat, lambda: [_parse(t) for t in texts])
    rows = [
        ("lex", lex_s, f"{lines / lex_s:,.0f}", f"{tokens / lex_s:,.0f}"),
        ("lex+parse", parse_s, f"{lines / parse_s:,.0f}", f"{tokens / parse_s:,.0f}"),
    ]
    out = [
        f"ferric front-end throughput: {lines:,} lines, {tokens:,} tokens in {len(texts)} files "
        f"(tests/ui corpus, repeated), best of {repeat}",
        f"{'stage':<12}{'seconds':>10}{'lines/s':>12}{'tokens/s':>12}",
    ]
    out += [f"{name:<12}{secs:>10.3f}{lps:>12}{tps:>12}" for name, secs, lps, tps in rows]
    out.append(f"{'target':<12}{'':>10}{TARGET_LINES_PER_S:>12,}{'':>12}   (lex+parse)")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--lines", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3)
    ns = ap.parse_args()
    result = run_guarded(Session.create(), lambda: measure(ns.lines, ns.repeat))
    if isinstance(result, Ice):
        print(result.traceback, file=sys.stderr)
        return 101
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
