#!/usr/bin/env python3
"""Differential fuzzing of ferric against rustc: mutate accepted programs, compare verdicts.

A developer tool (stdlib only; pytest never runs it). It takes programs rustc accepts (the
UI corpus's run-pass programs, `tests/ui/**/NAME.rs` with a `NAME.stdout`, and any `.rs`
with a `.stdout` beside it in the folders given by `--corpus`), applies one small
token-level mutation of the kind a Rust learner makes (drop or add `mut`, `&`, `&mut`, `*`,
`.clone()`, `;`, `return`, `move`, `pub`, a derive; swap a local for another; change a
literal's suffix or value, a primitive type, an operator, `iter()`/`into_iter()`; move a
value before a later use; delete a statement; drop or repeat a call's argument …), and
asks both compilers:

  rustc 1.95  `--emit=metadata` (edition of the file, `-A warnings`) for the verdict; when
              it accepts, a debug build (`-C overflow-checks=on`) that is run (stdin closed)
  ferric      `ferric check --error-format=json`; when both accept, `ferric run`

A disagreement is one of these kinds (most serious first):

  crash        ferric printed a Python traceback or an internal compiler error, or died
  hang         ferric did not finish within the time limit (rustc did)
  false-error  rustc accepts, ferric rejects
  missed-error rustc rejects, ferric accepts
  run-output   both accept; stdout, exit code or the panic line/message differ
  codes        both reject with different error codes
  lines        same codes, different primary lines
  wording      same codes and lines, different rendered errors (only with `--stderr`)

Usage (from the repository root; PYTHONPATH/FERRIC_CACHE_DIR are passed on to ferric):

  python tests/tools/difffuzz.py -n 200 --seed 1 --out /tmp/dfz
  python tests/tools/difffuzz.py -n 50 --ops drop_ref,add_clone --area borrowck typeck
  python tests/tools/difffuzz.py --list-ops
  python tests/tools/difffuzz.py --recheck /tmp/dfz      # re-judge saved findings
  python tests/tools/difffuzz.py --minimize /tmp/dfz/0007-false-error.rs

Each mutant is named by (seed, index): the same seed gives the same mutants. Findings go to
`--out` as `NNNN-KIND.rs` (the mutant, with a header comment naming the seed program and
the mutation) and `NNNN-KIND.txt` (both verdicts); a summary by kind is printed at the end.
`--minimize` shrinks a finding by deleting lines and brace-balanced blocks while the
disagreement (its kind and differing codes) stays the same.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI_ROOT = REPO / "tests" / "ui"
DEFAULT_CORPORA = [UI_ROOT, Path("/work/shared/seed-examples")]
KINDS = ("crash", "hang", "false-error", "missed-error", "run-output", "codes", "lines", "wording")
RUSTC_RUN_TIMEOUT = 10.0
FERRIC_TIMEOUT = 120.0
MAX_LINES = 200


# =================================================================================================
# Tokens
# =================================================================================================


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str  # ident, lifetime, int, float, str, char, punct
    text: str
    start: int
    end: int


_PUNCT = sorted(
    ["<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", "..", "+", "-", "*", "/", "%", "^", "!", "&", "|", "=", "<", ">", "@", ".", ",", ";", ":", "#", "$", "?", "~", "(", ")", "[", "]", "{", "}"],
    key=len,
    reverse=True,
)
_IDENT = re.compile(r"(?:r#)?[A-Za-z_][A-Za-z0-9_]*")
_NUM = re.compile(
    r"(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*(?:\.(?![.A-Za-z_])[0-9_]*)?(?:[eE][+-]?[0-9_]+)?)"
    r"(?:[iuf](?:8|16|32|64|128|size))?"
)
_CHAR = re.compile(r"'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'")


def tokenize(src: str) -> list[Tok] | None:
    """Rust tokens (comments and whitespace dropped); None if the text is not lexable here."""
    toks: list[Tok] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            i = j
            continue
        m = re.compile(r'b?r(#*)"').match(src, i)
        if m:
            close = '"' + m.group(1)
            j = src.find(close, m.end())
            if j < 0:
                return None
            toks.append(Tok("str", src[i : j + len(close)], i, j + len(close)))
            i = j + len(close)
            continue
        if c == '"' or (c in "bc" and src.startswith('"', i + 1)):
            j = i + (1 if c == '"' else 2)
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            if j >= n:
                return None
            toks.append(Tok("str", src[i : j + 1], i, j + 1))
            i = j + 1
            continue
        if c == "'" or (c == "b" and src.startswith("'", i + 1)):
            m = _CHAR.match(src, i + (c == "b"))
            if m:
                toks.append(Tok("char", src[i : m.end()], i, m.end()))
                i = m.end()
                continue
            m = _IDENT.match(src, i + 1)
            if c == "'" and m:
                toks.append(Tok("lifetime", src[i : m.end()], i, m.end()))
                i = m.end()
                continue
            return None
        if c.isdigit():
            m = _NUM.match(src, i)
            assert m
            t = m.group()
            kind = "float" if ("." in t or ("e" in t.lower() and not t.startswith("0x")) or t.endswith(("f32", "f64"))) else "int"
            toks.append(Tok(kind, t, i, m.end()))
            i = m.end()
            continue
        m = _IDENT.match(src, i)
        if m:
            toks.append(Tok("ident", m.group(), i, m.end()))
            i = m.end()
            continue
        for p in _PUNCT:
            if src.startswith(p, i):
                toks.append(Tok("punct", p, i, i + len(p)))
                i += len(p)
                break
        else:
            return None
    return toks


# =================================================================================================
# Program structure (just enough to aim mutations)
# =================================================================================================

KEYWORDS = frozenset(
    ["as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "macro_rules", "union"]
)
PRIMS = ["i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "usize", "isize", "f32", "f64"]
COMMON_PRIMS = ["i32", "i64", "u8", "usize", "f64", "u32"]
# Tokens after which `&`, `*`, `-` start an expression (prefix operators), not a binary one.
EXPR_START = frozenset(["(", "[", "{", ",", ";", "=", "=>", "==", "!=", "<", ">", "<=", ">=", "+=", "-=", "*=", "/=", "&&", "||", "!", "return", "in", "let", "break", ":", ".."])


@dataclass(slots=True)
class Local:
    name: str
    tok: int  # index of the binding's token
    body: int  # index of its fn body's `{`


@dataclass(slots=True)
class Program:
    src: str
    toks: list[Tok]
    match: dict[int, int]  # open delimiter index <-> close delimiter index
    bodies: list[tuple[int, int]]  # fn bodies: (index of `{`, index of `}`)
    in_body: list[int]  # per token: index of the innermost fn body's `{`, or -1
    locals: list[Local] = field(default_factory=list)


def analyse(src: str) -> Program | None:
    toks = tokenize(src)
    if toks is None:
        return None
    match: dict[int, int] = {}
    stack: list[int] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for i, t in enumerate(toks):
        if t.kind != "punct":
            continue
        if t.text in "([{":
            stack.append(i)
        elif t.text in ")]}":
            if not stack or toks[stack[-1]].text != pairs[t.text]:
                return None
            j = stack.pop()
            match[i], match[j] = j, i
    if stack:
        return None
    bodies: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        if t.text != "fn" or t.kind != "ident":
            continue
        j, depth = i + 1, 0
        while j < len(toks):
            s = toks[j].text
            if s in ("(", "["):
                j = match[j] + 1
                continue
            if s == "<":
                depth += 1
            elif s == ">" and depth:
                depth -= 1
            elif s in (";", "}"):
                break
            elif s == "{":
                bodies.append((j, match[j]))
                break
            j += 1
    in_body = [-1] * len(toks)
    for lo, hi in sorted(bodies):  # inner bodies start later and overwrite
        for k in range(lo, hi + 1):
            in_body[k] = lo
    prog = Program(src, toks, match, bodies, in_body)
    for i, t in enumerate(toks):
        if t.kind != "ident" or t.text in KEYWORDS or (in_body[i] < 0 and not _is_param(prog, i)):
            continue
        prev = toks[i - 1].text if i else ""
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if in_body[i] < 0:
            pass
        elif prev in ("let", "mut") and nxt in (":", "=", ";") and not (prev == "mut" and toks[i - 2].text in ("&", "*")):
            prog.locals.append(Local(t.text, i, in_body[i]))
        elif _is_param(prog, i):
            body = _body_after(prog, i)
            if body >= 0 and body in match:
                prog.locals.append(Local(t.text, i, body))
    return prog


def _is_param(prog: Program, i: int) -> bool:
    """`x` in `fn f(x: T)` / `fn f(mut x: T)` (a plain binding among a fn's parameters)."""
    toks = prog.toks
    if i + 1 >= len(toks) or toks[i + 1].text != ":" or toks[i].kind != "ident" or toks[i].text in KEYWORDS:
        return False
    j = i - 1
    if toks[j].text == "mut":
        j -= 1
    if toks[j].text not in ("(", ","):
        return False
    # the enclosing `(` must follow `fn NAME` (or `fn NAME<...>`)
    depth = 0
    while j >= 0:
        s = toks[j].text
        if s == ")" and j in prog.match:
            j = prog.match[j] - 1
            continue
        if s == "(":
            k = j - 1
            if toks[k].text == ">":
                while k >= 0 and toks[k].text != "<":
                    k -= 1
                k -= 1
            return k >= 1 and toks[k - 1].text == "fn"
        if s in ("{", "}", ";"):
            return False
        j -= 1
    del depth
    return False


def _body_after(prog: Program, i: int) -> int:
    for lo, _hi in prog.bodies:
        if lo > i:
            return lo
    return -1


def uses(prog: Program, name: str, body: int, after: int) -> list[int]:
    """Indices of expression uses of local `name` in fn body `body` after token `after`."""
    toks = prog.toks
    out = []
    for i in range(after + 1, prog.match[body]):
        t = toks[i]
        if t.text != name or t.kind != "ident" or prog.in_body[i] != body:
            continue
        prev = toks[i - 1].text
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if prev in (".", "::", "let", "mut", "fn", "struct", "enum", "'") or nxt in ("::", "!", "("):
            continue
        if nxt == ":" and toks[i + 2].text != ":" and prev in ("{", ","):  # a field in `S { x: v }`
            continue
        out.append(i)
    return out


def statement_bounds(prog: Program, semi: int) -> tuple[int, int] | None:
    """(first token, `;` token) of the statement ending at `semi`, inside a block."""
    toks = prog.toks
    j = semi - 1
    while j >= 0:
        s = toks[j].text
        if s in (")", "]", "}") and j in prog.match:
            if s == "}" and toks[j + 1].text != ";" and j + 1 != semi:
                return (j + 1, semi)
            j = prog.match[j] - 1
            continue
        if s in ("{", ";"):
            return (j + 1, semi) if j + 1 < semi else None
        if s in ("(", "["):
            return None  # a `;` in `[x; n]`
        j -= 1
    return None


# =================================================================================================
# Mutations: each returns (new source, description) or None when it finds no site
# =================================================================================================

Edit = tuple[int, int, str]  # replace src[start:end] with text
Mutation = Callable[[Program, random.Random], "tuple[Edit, str] | None"]
MUTATIONS: dict[str, Mutation] = {}


def mutation(fn: Mutation) -> Mutation:
    MUTATIONS[fn.__name__] = fn
    return fn


def _pick(rng: random.Random, sites: list[int]) -> int | None:
    return rng.choice(sites) if sites else None


def _line(prog: Program, i: int) -> int:
    return prog.src.count("\n", 0, prog.toks[i].start) + 1


def _body_sites(prog: Program, pred: Callable[[int, Tok], bool]) -> list[int]:
    return [i for i, t in enumerate(prog.toks) if prog.in_body[i] >= 0 and pred(i, t)]


def _delete_tok(prog: Program, i: int, what: str) -> tuple[Edit, str]:
    t = prog.toks[i]
    end = t.end
    while end < len(prog.src) and prog.src[end] == " ":
        end += 1
    return (t.start, end, ""), f"line {_line(prog, i)}: drop `{what}`"


@mutation
def drop_mut(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    i = _pick(rng, [i for i, t in enumerate(prog.toks) if t.text == "mut"])
    return None if i is None else _delete_tok(prog, i, "mut")


@mutation
def add_mut(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = [i for i, t in enumerate(toks) if t.text in ("let", "&") and toks[i + 1].text != "mut" and prog.in_body[i] >= 0]
    sites += [i for i, t in enumerate(toks) if t.text == "&" and toks[i + 1].text == "self"]
    i = _pick(rng, sites)
    if i is None:
        return None
    t = toks[i]
    sep = " " if t.text == "let" else ""
    return (t.end, t.end, sep + "mut "), f"line {_line(prog, i)}: add `mut` after `{t.text}`"


def _prefix_op_sites(prog: Program, op: str) -> list[int]:
    toks = prog.toks
    return _body_sites(prog, lambda i, t: t.text == op and toks[i - 1].text in EXPR_START)


@mutation
def drop_ref(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    i = _pick(rng, _prefix_op_sites(prog, "&") + _prefix_op_sites(prog, "&&"))
    if i is None:
        return None
    end = toks[i + 1].end if toks[i + 1].text == "mut" else toks[i].end
    while end < len(prog.src) and prog.src[end] == " ":
        end += 1
    what = prog.src[toks[i].start : end].strip()
    return (toks[i].start, end, ""), f"line {_line(prog, i)}: drop `{what}`"


@mutation
def ref_to_mut(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    """`&x` ↔ `&mut x` (in expressions, types and `&self`)."""
    toks = prog.toks
    sites = [i for i, t in enumerate(toks) if t.text == "&"]
    i = _pick(rng, sites)
    if i is None:
        return None
    if toks[i + 1].text == "mut":
        return _delete_tok(prog, i + 1, "mut")[0], f"line {_line(prog, i)}: `&mut` -> `&`"
    return (toks[i].end, toks[i].end, "mut "), f"line {_line(prog, i)}: `&` -> `&mut`"


def _local_use_sites(prog: Program) -> list[tuple[Local, int]]:
    out = []
    for loc in prog.locals:
        for u in uses(prog, loc.name, loc.body, loc.tok):
            out.append((loc, u))
    return out


@mutation
def add_ref(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    sites = _local_use_sites(prog)
    if not sites:
        return None
    loc, u = rng.choice(sites)
    op = rng.choice(["&", "&", "&mut "])
    t = prog.toks[u]
    return (t.start, t.start, op), f"line {_line(prog, u)}: `{loc.name}` -> `{op}{loc.name}`"


@mutation
def drop_deref(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    i = _pick(rng, _prefix_op_sites(prog, "*"))
    return None if i is None else _delete_tok(prog, i, "*")


@mutation
def add_deref(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    sites = [(loc, u) for loc, u in _local_use_sites(prog) if prog.toks[u - 1].text in EXPR_START]
    if not sites:
        return None
    loc, u = rng.choice(sites)
    t = prog.toks[u]
    return (t.start, t.start, "*"), f"line {_line(prog, u)}: `{loc.name}` -> `*{loc.name}`"


@mutation
def drop_clone(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = [
        i
        for i, t in enumerate(toks)
        if t.text == "." and i + 3 < len(toks) and toks[i + 1].text in ("clone", "to_string", "to_owned", "to_vec")
        and toks[i + 2].text == "(" and toks[i + 3].text == ")"
    ]
    i = _pick(rng, sites)
    if i is None:
        return None
    return (toks[i].start, toks[i + 3].end, ""), f"line {_line(prog, i)}: drop `.{toks[i + 1].text}()`"


@mutation
def add_clone(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    sites = _local_use_sites(prog)
    if not sites:
        return None
    loc, u = rng.choice(sites)
    t = prog.toks[u]
    return (t.end, t.end, ".clone()"), f"line {_line(prog, u)}: `{loc.name}` -> `{loc.name}.clone()`"


@mutation
def drop_semi(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    i = _pick(rng, _body_sites(prog, lambda i, t: t.text == ";"))
    return None if i is None else _delete_tok(prog, i, ";")


@mutation
def add_semi(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    """A `;` after a block's tail expression (`fn f() -> i32 { x }` -> `{ x; }`)."""
    toks = prog.toks
    sites = _body_sites(
        prog, lambda i, t: t.text == "}" and toks[i - 1].text not in (";", "{", "}", ",") and i in prog.match
    )
    i = _pick(rng, sites)
    if i is None:
        return None
    t = toks[i - 1]
    return (t.end, t.end, ";"), f"line {_line(prog, i - 1)}: add `;` after the tail expression"


@mutation
def swap_local(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    sites = []
    for loc, u in _local_use_sites(prog):
        others = sorted({o.name for o in prog.locals if o.body == loc.body and o.tok < u and o.name != loc.name})
        if others:
            sites.append((loc, u, others))
    if not sites:
        return None
    loc, u, others = rng.choice(sites)
    other = rng.choice(others)
    t = prog.toks[u]
    return (t.start, t.end, other), f"line {_line(prog, u)}: `{loc.name}` -> `{other}`"


@mutation
def int_suffix(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    i = _pick(rng, [i for i, t in enumerate(prog.toks) if t.kind in ("int", "float")])
    if i is None:
        return None
    t = prog.toks[i]
    m = re.fullmatch(r"(.*?)((?:[iuf])(?:8|16|32|64|128|size))?", t.text)
    assert m
    body, suffix = m.group(1), m.group(2)
    choices = [s for s in COMMON_PRIMS if s != suffix and not (s.startswith("f") and body.startswith("0x"))]
    if suffix:
        choices.append("")
    if t.kind == "float" and "." in body:
        choices = [c for c in choices if c in ("", "f32", "f64")] + ["int"]
    new_suffix = rng.choice(choices)
    new = body.split(".")[0] if new_suffix == "int" else body + new_suffix
    if t.kind == "int" and not suffix and rng.random() < 0.2:
        new = body + ".0"
    return (t.start, t.end, new), f"line {_line(prog, i)}: `{t.text}` -> `{new}`"


@mutation
def int_value(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    i = _pick(rng, _body_sites(prog, lambda i, t: t.kind == "int"))
    if i is None:
        return None
    t = prog.toks[i]
    m = re.fullmatch(r"([0-9_]+)((?:[iu])(?:8|16|32|64|128|size))?", t.text)
    if not m:
        return None
    new = rng.choice(["0", "1", "2", "255", "256", "1000", "2147483647", "4294967296", "100000"]) + (m.group(2) or "")
    return (t.start, t.end, new), f"line {_line(prog, i)}: `{t.text}` -> `{new}`"


@mutation
def swap_type(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = [i for i, t in enumerate(toks) if t.kind == "ident" and t.text in PRIMS and toks[i + 1].text != "::"]
    sites += [i for i, t in enumerate(toks) if t.text == "String" and toks[i - 1].text in (":", "<", ",", "->")]
    i = _pick(rng, sites)
    if i is None:
        return None
    t = toks[i]
    new = "&str" if t.text == "String" else rng.choice([p for p in COMMON_PRIMS if p != t.text])
    return (t.start, t.end, new), f"line {_line(prog, i)}: type `{t.text}` -> `{new}`"


@mutation
def use_after_move(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    """Insert `let _moved = x;` (or `drop(x);`) before a later statement that uses `x`."""
    toks = prog.toks
    sites = []
    for loc in prog.locals:
        us = uses(prog, loc.name, loc.body, loc.tok)
        for u in us[1:] if len(us) > 1 else []:
            # the start of the statement holding the use
            j = u
            while j > 0 and toks[j - 1].text not in (";", "{", "}"):
                j -= 1
            if j > loc.tok and prog.in_body[j] == loc.body:
                sites.append((loc, j))
    if not sites:
        return None
    loc, j = rng.choice(sites)
    stmt = rng.choice([f"let _moved = {loc.name}; ", f"drop({loc.name}); "])
    return (toks[j].start, toks[j].start, stmt), f"line {_line(prog, j)}: insert `{stmt.strip()}`"


@mutation
def delete_stmt(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    sites = _body_sites(prog, lambda i, t: t.text == ";")
    rng.shuffle(sites)
    for semi in sites[:20]:
        b = statement_bounds(prog, semi)
        if b:
            lo, hi = b
            text = prog.src[prog.toks[lo].start : prog.toks[hi].end]
            short = text if len(text) < 50 else text[:47] + "..."
            return (prog.toks[lo].start, prog.toks[hi].end, ""), f"line {_line(prog, lo)}: delete `{short}`"
    return None


@mutation
def iter_kind(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    names = ("iter", "into_iter", "iter_mut")
    i = _pick(rng, [i for i, t in enumerate(toks) if t.text in names and toks[i - 1].text == "."])
    if i is None:
        return None
    t = toks[i]
    new = rng.choice([n for n in names if n != t.text])
    return (t.start, t.end, new), f"line {_line(prog, i)}: `.{t.text}()` -> `.{new}()`"


@mutation
def insert_return(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    """`return` before a block's tail expression, or `return;` before a statement."""
    toks = prog.toks
    sites = _body_sites(prog, lambda i, t: toks[i - 1].text in ("{", ";") and t.text not in ("}", "let", "return", "fn"))
    i = _pick(rng, sites)
    if i is None:
        return None
    t = toks[i]
    text = rng.choice(["return ", "return; "])
    return (t.start, t.start, text), f"line {_line(prog, i)}: insert `{text.strip()}`"


def _call_args(prog: Program, open_: int) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) of the arguments of the call whose `(` is at `open_`."""
    toks = prog.toks
    close = prog.match[open_]
    args, lo, j = [], open_ + 1, open_ + 1
    while j < close:
        if j in prog.match and toks[j].text in "([{":
            j = prog.match[j] + 1
            continue
        if toks[j].text == ",":
            args.append((lo, j))
            lo = j + 1
        j += 1
    if lo < close:
        args.append((lo, close))
    return args


@mutation
def arg_count(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = _body_sites(
        prog,
        lambda i, t: t.text == "(" and toks[i - 1].kind == "ident" and toks[i - 1].text not in KEYWORDS
        and toks[i - 2].text != "fn" and toks[i - 1].text[0].islower(),
    )
    i = _pick(rng, sites)
    if i is None:
        return None
    args = _call_args(prog, i)
    name = toks[i - 1].text
    if args and rng.random() < 0.5:
        lo, hi = args[-1]
        start = toks[args[-2][1]].start if len(args) > 1 else toks[lo].start
        return (start, toks[hi - 1].end, ""), f"line {_line(prog, i)}: drop the last argument of `{name}(..)`"
    close = prog.match[i]
    extra = prog.src[toks[args[0][0]].start : toks[args[0][1] - 1].end] if args else "0"
    text = (", " if args else "") + extra
    return (toks[close].start, toks[close].start, text), f"line {_line(prog, i)}: add argument `{extra}` to `{name}(..)`"


@mutation
def swap_op(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    swaps = {"+": "-", "-": "+", "*": "+", "<": "<=", "<=": "<", ">": ">=", ">=": ">", "..": "..=", "..=": "..",
             "==": "!=", "!=": "==", "+=": "-=", "-=": "+="}
    sites = _body_sites(prog, lambda i, t: t.kind == "punct" and t.text in swaps and toks[i - 1].text not in EXPR_START
                        and (t.text != "<" or toks[i - 1].kind != "ident" or toks[i - 1].text[0].islower()))
    i = _pick(rng, sites)
    if i is None:
        return None
    t = toks[i]
    return (t.start, t.end, swaps[t.text]), f"line {_line(prog, i)}: `{t.text}` -> `{swaps[t.text]}`"


@mutation
def drop_unwrap(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = [i for i, t in enumerate(toks) if t.text == "?" and prog.in_body[i] >= 0]
    sites += [i for i, t in enumerate(toks) if t.text == "." and toks[i + 1].text in ("unwrap", "expect")]
    i = _pick(rng, sites)
    if i is None:
        return None
    if toks[i].text == "?":
        return _delete_tok(prog, i, "?")
    close = prog.match[i + 2]
    return (toks[i].start, toks[close].end, ""), f"line {_line(prog, i)}: drop `.{toks[i + 1].text}(..)`"


@mutation
def toggle_move(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = [i for i, t in enumerate(toks) if t.text == "move"]
    sites += _body_sites(prog, lambda i, t: t.text in ("|", "||") and toks[i - 1].text in ("(", ",", "="))
    i = _pick(rng, sites)
    if i is None:
        return None
    if toks[i].text == "move":
        return _delete_tok(prog, i, "move")
    return (toks[i].start, toks[i].start, "move "), f"line {_line(prog, i)}: add `move` to a closure"


@mutation
def drop_pub(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    i = _pick(rng, [i for i, t in enumerate(toks) if t.text == "pub" and toks[i + 1].text != "("])
    return None if i is None else _delete_tok(prog, i, "pub")


@mutation
def drop_derive(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    sites = []
    for i, t in enumerate(toks):
        if t.text == "derive" and toks[i - 1].text == "[" and toks[i + 1].text == "(":
            args = _call_args(prog, i + 1)
            sites += [(i, a) for a in args]
    if not sites:
        return None
    i, (lo, hi) = rng.choice(sites)
    start, end = toks[lo].start, toks[hi - 1].end
    if toks[hi].text == ",":
        end = toks[hi + 1].start if toks[hi + 1].text != ")" else toks[hi].end
    elif toks[lo - 1].text == ",":
        start = toks[lo - 1].start
    name = prog.src[toks[lo].start : toks[hi - 1].end]
    return (start, end, ""), f"line {_line(prog, i)}: drop derive `{name}`"


@mutation
def drop_lifetime(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    toks = prog.toks
    i = _pick(rng, [i for i, t in enumerate(toks) if t.kind == "lifetime" and toks[i - 1].text == "&" and t.text != "'static"])
    return None if i is None else _delete_tok(prog, i, toks[i].text)


@mutation
def self_kind(prog: Program, rng: random.Random) -> tuple[Edit, str] | None:
    """`&self` / `&mut self` / `self` of a method swapped for another."""
    toks = prog.toks
    sites = [i for i, t in enumerate(toks) if t.text == "self" and toks[i - 1].text in ("(", "&", "mut") and toks[i + 1].text in (",", ")")]
    i = _pick(rng, sites)
    if i is None:
        return None
    j = i
    while toks[j - 1].text in ("&", "mut"):
        j -= 1
    old = prog.src[toks[j].start : toks[i].end]
    new = rng.choice([k for k in ("&self", "&mut self", "self", "mut self") if k != old])
    return (toks[j].start, toks[i].end, new), f"line {_line(prog, i)}: `{old}` -> `{new}`"


def mutate(src: str, rng: random.Random, ops: list[str]) -> tuple[str, str, str] | None:
    """(mutant source, mutation name, description), or None if no mutation applies."""
    prog = analyse(src)
    if prog is None:
        return None
    order = list(ops)
    rng.shuffle(order)
    for name in order:
        r = MUTATIONS[name](prog, rng)
        if r is None:
            continue
        (start, end, text), desc = r
        new = src[:start] + text + src[end:]
        if new != src:
            return new, name, desc
    return None


# =================================================================================================
# The oracle and the subject
# =================================================================================================


def rows_of_json(stderr: str) -> list[str]:
    """`CODE LINE` rows of the errors in a `--error-format=json` stream (rustc's or ferric's)."""
    rows = []
    for line in stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if not isinstance(d, dict) or d.get("level") != "error":
            continue
        code = (d.get("code") or {}).get("code") or "-"
        spans = [s for s in d.get("spans", []) if s.get("is_primary")]
        if not spans and code == "-":
            continue
        rows.append(f"{code} {spans[0]['line_start'] if spans else 0}")
    return sorted(rows)


def rendered_errors(stderr: str) -> str:
    """The rendered text of the errors in a JSON stream, paths and the explain hint normalised."""
    out = []
    for line in stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if isinstance(d, dict) and d.get("level") == "error" and d.get("rendered"):
            out.append(d["rendered"])
    return "".join(out)


_THREAD_ID = re.compile(r"^thread '([^']*)' \(\d+\) panicked", re.M)


def panic_lines(stderr: str) -> str:
    """The `thread '..' panicked at FILE:L:C:` line and the message after it."""
    s = _THREAD_ID.sub(r"thread '\1' panicked", stderr)
    lines = s.splitlines()
    for k, line in enumerate(lines):
        if line.startswith("thread ") and " panicked at " in line:
            return "\n".join(lines[k : k + 2])
    return ""


@dataclass(slots=True)
class Verdict:
    rows: list[str] | None = None  # None: accepted
    stdout: str = ""
    exit: int | None = None
    panic: str = ""
    rendered: str = ""
    crash: str = ""  # ferric only: a traceback / ICE excerpt
    timeout: bool = False
    note: str = ""

    def summary(self) -> str:
        if self.crash:
            return f"CRASH: {self.crash}"
        if self.timeout:
            return "TIMEOUT " + self.note
        if self.rows is not None:
            return "rejected: " + (", ".join(self.rows) or "(no rows)")
        return f"accepted; exit {self.exit}; panic {self.panic!r}; stdout {len(self.stdout)} bytes"


def _run(cmd: list[str], cwd: str, timeout: float, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL,
            errors="replace",
        )
    except subprocess.TimeoutExpired:
        return None


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("RUST_BACKTRACE", "RUST_LIB_BACKTRACE")}


def rustc_verdict(folder: str, name: str, edition: int) -> Verdict:
    env = _clean_env()
    flags = ["--edition", str(edition), "-A", "warnings", "--error-format=json"]
    r = _run(["rustc", *flags, "--emit=metadata", "-o", "out.rmeta", name], folder, 60, env)
    if r is None:
        return Verdict(timeout=True, note="rustc --emit=metadata")
    if r.returncode != 0:
        return Verdict(rows=rows_of_json(r.stderr), rendered=rendered_errors(r.stderr))
    r = _run(["rustc", *flags, "-C", "overflow-checks=on", "-o", "prog", name], folder, 120, env)
    if r is None:
        return Verdict(timeout=True, note="rustc build")
    if r.returncode != 0:
        return Verdict(rows=rows_of_json(r.stderr), rendered=rendered_errors(r.stderr))
    run = _run([os.path.join(folder, "prog")], folder, RUSTC_RUN_TIMEOUT, env)
    if run is None:
        return Verdict(timeout=True, note="rustc's program")
    return Verdict(stdout=run.stdout, exit=run.returncode, panic=panic_lines(run.stderr))


_CRASH = re.compile(r"Traceback \(most recent call last\)|internal compiler error|RecursionError|Fatal Python error")


def _crash_excerpt(text: str) -> str:
    m = _CRASH.search(text)
    if not m:
        return ""
    lines = text[m.start() :].strip().splitlines()
    tail = [ln for ln in lines if ln.strip()][-3:]
    return " | ".join([lines[0][:200], *[t.strip()[:200] for t in tail]])


@dataclass(slots=True)
class Ferric:
    python: str
    env: dict[str, str]
    timeout: float = FERRIC_TIMEOUT

    def verdict(self, folder: str, name: str, edition: int, run: bool) -> Verdict:
        cmd = [self.python, "-m", "ferric", "check", "--edition", str(edition), "--error-format=json", name]
        r = _run(cmd, folder, self.timeout, self.env)
        if r is None:
            return Verdict(timeout=True, note="ferric check")
        crash = _crash_excerpt(r.stderr + r.stdout)
        if crash or r.returncode not in (0, 1):
            return Verdict(crash=crash or f"exit {r.returncode}: {r.stderr.strip()[-300:]}")
        rows = rows_of_json(r.stderr)
        if r.returncode != 0:
            return Verdict(rows=rows, rendered=rendered_errors(r.stderr))
        if not run:
            return Verdict()
        r = _run([self.python, "-m", "ferric", "run", "--edition", str(edition), name], folder, self.timeout, self.env)
        if r is None:
            return Verdict(timeout=True, note="ferric run")
        crash = _crash_excerpt(r.stderr)
        if crash:
            return Verdict(crash=crash)
        return Verdict(stdout=r.stdout, exit=r.returncode, panic=panic_lines(r.stderr))


def ferric_from_env(src: Path | None) -> Ferric:
    env = _clean_env()
    root = str((src or REPO / "src").resolve())
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env.setdefault("FERRIC_CACHE_DIR", os.path.join(tempfile.gettempdir(), "difffuzz-cache"))
    return Ferric(sys.executable, env)


# =================================================================================================
# Comparison
# =================================================================================================


def _code_diff(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    ca = collections.Counter(r.split()[0] for r in a)
    cb = collections.Counter(r.split()[0] for r in b)
    return sorted((ca - cb).elements()), sorted((cb - ca).elements())


def compare(rustc: Verdict, ferric: Verdict, stderr: bool) -> tuple[str, str] | None:
    """(kind, detail) of a disagreement, or None when ferric agrees with rustc."""
    if ferric.crash:
        return "crash", ferric.crash
    if ferric.timeout:
        return "hang", ferric.note
    if rustc.rows is None and ferric.rows is not None:
        return "false-error", "ferric: " + ", ".join(ferric.rows)
    if rustc.rows is not None and ferric.rows is None:
        return "missed-error", "rustc: " + ", ".join(rustc.rows)
    if rustc.rows is None:
        if (rustc.stdout, rustc.exit, rustc.panic) != (ferric.stdout, ferric.exit, ferric.panic):
            what = []
            if rustc.exit != ferric.exit:
                what.append(f"exit {ferric.exit} (rustc {rustc.exit})")
            if rustc.panic != ferric.panic:
                what.append(f"panic {ferric.panic!r} (rustc {rustc.panic!r})")
            if rustc.stdout != ferric.stdout:
                what.append("stdout differs")
            return "run-output", "; ".join(what)
        return None
    assert ferric.rows is not None
    missing, extra = _code_diff(rustc.rows, ferric.rows)
    if missing or extra:
        return "codes", f"rustc: {', '.join(rustc.rows)}; ferric: {', '.join(ferric.rows)}"
    if rustc.rows != ferric.rows:
        return "lines", f"rustc: {', '.join(rustc.rows)}; ferric: {', '.join(ferric.rows)}"
    if stderr and rustc.rendered.replace("rustc --explain", "ferric explain") != ferric.rendered:
        return "wording", "rendered errors differ"
    return None


def signature(kind: str, rustc: Verdict, ferric: Verdict) -> str:
    """What a minimized program must keep: the kind, and for codes the codes that differ."""
    if kind == "codes":
        assert rustc.rows is not None and ferric.rows is not None
        missing, extra = _code_diff(rustc.rows, ferric.rows)
        return f"codes -{','.join(missing)} +{','.join(extra)}"
    if kind == "missed-error":
        assert rustc.rows is not None
        return "missed " + ",".join(sorted({r.split()[0] for r in rustc.rows}))
    if kind == "false-error":
        assert ferric.rows is not None
        return "false " + ",".join(sorted({r.split()[0] for r in ferric.rows}))
    if kind == "crash":
        return "crash " + ferric.crash.split(" | ")[-1][:80]
    return kind


# =================================================================================================
# Driving
# =================================================================================================


def edition_of(src: str) -> int:
    for line in src.splitlines():
        s = line.strip()
        if not s.startswith("//"):
            break
        if s.startswith("//@") and s[3:].strip().startswith("edition"):
            return int(s[3:].strip()[len("edition") :].strip(" :"))
    return 2021


def corpus(roots: list[Path], areas: list[str]) -> list[Path]:
    """Accepted programs (a `.stdout` beside them), short enough to mutate cheaply."""
    out = []
    for root in roots:
        if not root.exists():
            continue
        for rs in sorted(root.rglob("*.rs")):
            rel = rs.relative_to(root).parts
            if areas and (rel[0] not in areas):
                continue
            if "lints" in rel[:1] or not rs.with_suffix(".stdout").exists():
                continue
            src = rs.read_text(encoding="utf-8", errors="replace")
            if src.count("\n") > MAX_LINES or ("//@" in src and "//@ edition" not in src):
                continue
            if re.search(r"\b(stdin|env::args|TcpListener|fs::|File::|process::Command|thread::sleep)\b", src):
                continue  # programs whose behaviour depends on the outside world or on time
            out.append(rs)
    return out


@dataclass(slots=True)
class Case:
    index: int
    seed_path: Path
    op: str
    desc: str
    src: str


def cases(progs: list[Path], seed: int, count: int, ops: list[str]) -> Iterator[Case]:
    rng = random.Random(seed)
    made = tries = 0
    while made < count and tries < count * 20:
        tries += 1
        path = rng.choice(progs)
        src = path.read_text(encoding="utf-8", errors="replace")
        r = mutate(src, random.Random(rng.random()), ops)
        if r is None:
            continue
        new, op, desc = r
        yield Case(made, path, op, desc, new)
        made += 1


def judge(src: str, ferric: Ferric, stderr: bool) -> tuple[Verdict, Verdict, tuple[str, str] | None]:
    edition = edition_of(src)
    with tempfile.TemporaryDirectory(prefix="dfz") as tmp:
        name = "main.rs"
        Path(tmp, name).write_text(src, encoding="utf-8")
        rv = rustc_verdict(tmp, name, edition)
        if rv.timeout:
            return rv, Verdict(), None
        fv = ferric.verdict(tmp, name, edition, run=rv.rows is None)
        return rv, fv, compare(rv, fv, stderr)


def header(case: Case) -> str:
    rel = case.seed_path.relative_to(REPO) if case.seed_path.is_relative_to(REPO) else case.seed_path
    return f"// difffuzz: {rel}, {case.op}: {case.desc}\n"


def save(out: Path, case: Case, kind: str, detail: str, rv: Verdict, fv: Verdict) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    base = out / f"{case.index:04d}-{kind}"
    # The header is a comment on line 1: the mutant's lines move down by one, both compilers see it.
    base.with_suffix(".rs").write_text(header(case) + case.src, encoding="utf-8")
    base.with_suffix(".txt").write_text(
        f"{header(case)}kind: {kind}\n{detail}\nrustc:  {rv.summary()}\nferric: {fv.summary()}\n"
        f"--- rustc stdout ---\n{rv.stdout[-2000:]}\n--- ferric stdout ---\n{fv.stdout[-2000:]}\n"
        f"--- rustc errors ---\n{rv.rendered[-4000:]}\n--- ferric errors ---\n{fv.rendered[-4000:]}\n",
        encoding="utf-8",
    )
    return base.with_suffix(".rs")


def fuzz(args: argparse.Namespace) -> int:
    ferric = ferric_from_env(args.ferric_src)
    progs = corpus([Path(p) for p in args.corpus] if args.corpus else DEFAULT_CORPORA, args.area)
    if not progs:
        print("no corpus programs", file=sys.stderr)
        return 2
    ops = args.ops.split(",") if args.ops else sorted(MUTATIONS)
    for op in ops:
        if op not in MUTATIONS:
            print(f"unknown mutation `{op}` (see --list-ops)", file=sys.stderr)
            return 2
    out = Path(args.out)
    counts: collections.Counter[str] = collections.Counter()
    sigs: dict[str, list[str]] = collections.defaultdict(list)
    log = (out / "log.jsonl") if args.out else None
    if log:
        out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    def one(case: Case) -> tuple[Case, Verdict, Verdict, tuple[str, str] | None]:
        rv, fv, d = judge(case.src, ferric, args.stderr)
        return case, rv, fv, d

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for case, rv, fv, d in pool.map(one, cases(progs, args.seed, args.n, ops)):
            verdict = "skip" if rv.timeout else ("ok" if d is None else d[0])
            counts[verdict] += 1
            counts["rustc-rejects" if rv.rows is not None else "rustc-accepts"] += 0 if rv.timeout else 1
            line = f"[{case.index:4d}] {verdict:12s} {case.seed_path.name}: {case.op}: {case.desc}"
            if d:
                path = save(out, case, d[0], d[1], rv, fv)
                sigs[signature(d[0], rv, fv)].append(path.name)
                line += f"\n        {d[1][:300]}\n        -> {path}"
            print(line, flush=True)
            if log:
                with log.open("a", encoding="utf-8") as f:
                    f.write(json.dumps({"index": case.index, "seed": str(case.seed_path), "op": case.op,
                                        "desc": case.desc, "verdict": verdict, "detail": d[1] if d else ""}) + "\n")
    print(f"\n{args.n} mutants (seed {args.seed}) in {time.monotonic() - started:.0f} s")
    for k in ("ok", *KINDS, "skip", "rustc-accepts", "rustc-rejects"):
        if counts[k]:
            print(f"  {k:13s} {counts[k]}")
    if sigs:
        print("\ndistinct disagreements:")
        for sig, files in sorted(sigs.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(files):3d}  {sig}   e.g. {files[0]}")
    return 0


def minimize(path: Path, ferric: Ferric, stderr: bool, budget: int) -> int:
    """Delete lines and brace-balanced blocks while the disagreement's signature holds."""
    src = path.read_text(encoding="utf-8")
    rv, fv, d = judge(src, ferric, stderr)
    if d is None:
        print(f"{path}: no disagreement now")
        return 1
    want = signature(d[0], rv, fv)
    print(f"{path}: {want}")
    lines = src.splitlines(keepends=True)
    trials = 0
    changed = True
    while changed and trials < budget:
        changed = False
        i = len(lines) - 1
        while i >= 0 and trials < budget:
            # a block: a line ending in `{` through its matching `}` line; else the line alone
            j = i
            if lines[i].rstrip().endswith("{"):
                depth = 0
                for k in range(i, len(lines)):
                    depth += lines[k].count("{") - lines[k].count("}")
                    if depth <= 0:
                        j = k
                        break
            cand = lines[:i] + ["\n"] * (j - i + 1) + lines[j + 1 :]  # keep line numbers
            if cand == lines or not "".join(cand).strip():
                i -= 1
                continue
            trials += 1
            rv2, fv2, d2 = judge("".join(cand), ferric, stderr)
            if d2 and signature(d2[0], rv2, fv2) == want:
                lines = cand
                changed = True
            i -= 1
    text = re.sub(r"\n{3,}", "\n\n", "".join(lines))
    out = path.with_suffix(".min.rs")
    out.write_text("".join(lines), encoding="utf-8")
    print(f"{trials} trials -> {out} (blank lines kept so line numbers hold)\n\n{text}")
    return 0


def recheck(folder: Path, ferric: Ferric, stderr: bool) -> int:
    counts: collections.Counter[str] = collections.Counter()
    for rs in sorted(folder.glob("*.rs")):
        if rs.name.endswith(".min.rs"):
            continue
        _rv, _fv, d = judge(rs.read_text(encoding="utf-8"), ferric, stderr)
        counts["ok" if d is None else d[0]] += 1
        print(f"{rs.name}: {'ok' if d is None else d[0] + ': ' + d[1][:200]}", flush=True)
    print(dict(counts))
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100, help="mutants to make (default 100)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1, help="mutants judged at once (default 1: the machine is shared)")
    ap.add_argument("--out", default="/tmp/difffuzz", help="folder for findings (default /tmp/difffuzz)")
    ap.add_argument("--corpus", nargs="*", help="folders of programs (default: tests/ui and the shared seed examples)")
    ap.add_argument("--area", nargs="*", default=[], help="only these first-level folders of the corpus")
    ap.add_argument("--ops", help="comma-separated mutations (default: all; see --list-ops)")
    ap.add_argument("--stderr", action="store_true", help="also compare the rendered errors (kind `wording`)")
    ap.add_argument("--ferric-src", type=Path, help="the `src` folder of the ferric to test (default: this checkout's)")
    ap.add_argument("--list-ops", action="store_true")
    ap.add_argument("--minimize", type=Path, metavar="FILE.rs")
    ap.add_argument("--budget", type=int, default=150, help="trials --minimize may spend (default 150)")
    ap.add_argument("--recheck", type=Path, metavar="DIR", help="judge the saved findings in DIR again")
    ap.add_argument("--judge", type=Path, metavar="FILE.rs", help="judge one program and print both verdicts")
    args = ap.parse_args(argv)
    if args.list_ops:
        for name, fn in MUTATIONS.items():
            print(f"{name:16s} {(fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else ''}")
        return 0
    if shutil.which("rustc") is None:
        print("difffuzz needs rustc on PATH", file=sys.stderr)
        return 2
    ferric = ferric_from_env(args.ferric_src)
    if args.minimize:
        return minimize(args.minimize, ferric, args.stderr, args.budget)
    if args.recheck:
        return recheck(args.recheck, ferric, args.stderr)
    if args.judge:
        rv, fv, d = judge(args.judge.read_text(encoding="utf-8"), ferric, args.stderr)
        print(f"rustc:  {rv.summary()}\nferric: {fv.summary()}\n{d or 'agree'}")
        if d and rv.rows is None:
            print(f"--- rustc stdout ---\n{rv.stdout}--- ferric stdout ---\n{fv.stdout}")
        return 0 if d is None else 1
    return fuzz(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
