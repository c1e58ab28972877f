"""Calls of one-expression functions replaced by the expression.

Input → output: a call `f(a, b)` of a function instance whose generated body is a single
`return EXPR` (std's small wrappers: `f64::sqrt`, `Vec::len`, `deref`, `iter`, `new` ...;
a program's accessors) → `EXPR` with the parameters replaced by the arguments, which
were evaluated first, in order, into temporaries (or are constants or plain locals,
which nothing between their evaluation and the expression can change). A Python call
costs more than most such bodies.

The callee is compiled ahead of the worklist when first met (`Program.compile_ahead`) and
its lines are kept for the worklist, so it is compiled once.

**Invariant:** the caller sees what the call would have done: arguments evaluated once,
left to right, before the body; the body's own locations for its panics; nothing of the
callee's frame that the caller could see. Not inlined: `#[track_caller]` functions (their
hidden location parameter), a function while it is being compiled (recursion), bodies
with anything but one `return` line, with string or byte literals (a parameter's name is
replaced textually), or with a nested function or comprehension scope (`lambda`, `for`).

Closure bodies inlined into the loops of iterator consumers (`closure_body`, used by
`fastpath`): a one-parameter closure whose body is simple statements then a `return`
becomes those statements and the returned value, per item, in the caller's loop; its
temporaries are renamed to the caller's and `_env` to a local holding the closure value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ferric.backend.py.mono import Instance, InstKind

if TYPE_CHECKING:
    from ferric.backend.py.codegen import FnCodegen

_HEADER = re.compile(r"def [A-Za-z_][A-Za-z_0-9]*\(([A-Za-z_0-9, ]*)\):")
_SCOPES = re.compile(r"\blambda\b|\bfor\b")
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_MAX_LEN = 400
"""Longer bodies stay calls (each inlined copy is compiled, and the module grows)."""


def body_expr(lines: list[str]) -> tuple[list[str], str] | None:
    """(parameter names, returned expression) of a compiled function that is one
    `return EXPR` line, else None."""
    if len(lines) != 2:
        return None
    head, ret = _HEADER.fullmatch(lines[0]), lines[1]
    if head is None or not ret.startswith("    return ") or "\n" in ret:
        return None
    expr = ret[len("    return ") :]
    if len(expr) > _MAX_LEN or "'" in expr or '"' in expr or _SCOPES.search(expr):
        return None
    params = [p.strip() for p in head.group(1).split(",") if p.strip()]
    return params, expr


def inline_call(cg: FnCodegen, inst: Instance, sym: str, args: list[str]) -> str | None:
    """The inlined body of the call `sym(args)` of `inst`, or None (see the module)."""
    if inst.kind is not InstKind.ITEM or inst.index != -1 or cg.in_coroutine:
        return None
    lines = cg.prog.compile_ahead(sym, inst)
    form = body_expr(lines) if lines is not None else None
    if form is None:
        return None
    params, expr = form
    if len(params) != len(args):
        return None
    values: list[str] = []
    for a in args:
        if _PLAIN_LOCAL.fullmatch(a) or _is_number(a):
            values.append(a)
        elif cg.pure:
            return None
        else:
            name = cg.temp("in")
            cg.emit(f"{name} = {a}")
            values.append(name)
    for p, v in zip(params, values, strict=True):
        expr = re.sub(rf"(?<![\w.]){re.escape(p)}\b", v, expr)
    return f"({expr})"


def _is_number(s: str) -> bool:
    try:
        float(s.strip("()"))
    except ValueError:
        return False
    return True


_CLOSURE_HEADER = re.compile(r"def [A-Za-z_][A-Za-z_0-9]*\(_env, ([A-Za-z_][A-Za-z_0-9]*)\):")
_STATEMENT = re.compile(r"    [^ ].*[^:]")
"""A simple statement of the function's own block (an assignment or a call)."""
_KEYWORD = re.compile(r"(if|elif|else|for|while|try|except|finally|with|return|raise|break|continue|del|global|nonlocal|pass|assert|yield|await|def|class|import|from|async)\b")
_TEMP_NAME = re.compile(r"\b_[a-z]+\d+\b")
_ENV = re.compile(r"(?<![\w.])_env\b")


class InlineClosure:
    """A closure of one parameter whose body is straight-line simple statements
    (assignments, calls) then one `return`, renamed for the function it is inlined into:
    `param` (the item's name, or `a, b` for a pair unpacked by the loop), `lines` (the
    statements) and `value`. Its captures are read through the name of the closure value
    (`env`), as the call would read them through `_env`."""

    __slots__ = ("lines", "param", "value")

    def __init__(self, param: str, lines: list[str], value: str) -> None:
        self.param = param
        self.lines = lines
        self.value = value


def closure_body(cg: FnCodegen, fty: object, sym: str, env: str | None = None) -> InlineClosure | None:
    """The body of the closure `sym` (of type `fty`) to put in a loop of the function `cg`
    compiles (`fastpath._fused`, `_search`), or None. Its temporaries get names of `cg`'s
    (so they cannot clobber the caller's); its locals' names are already unique. A body
    that reads its captures needs `env`: a plain name holding the closure value (the
    loop's statements cannot rebind it)."""
    from ferric.ty import ty as t

    if not isinstance(fty, t.Closure) or cg.in_coroutine:
        return None
    lines = cg.prog.compile_ahead(sym, Instance(InstKind.CLOSURE, fty.def_id, fty.args, self_ty=fty))
    if lines is None or len(lines) < 2:
        return None
    head = _CLOSURE_HEADER.fullmatch(lines[0])
    if not lines[-1].startswith("    return "):
        lines = [*lines, "    return None"]  # (a closure returning `()` ends with its statements)
    ret = lines[-1]
    if head is None:
        return None
    body = "\n".join(lines[1:])
    if "'" in body or '"' in body or _SCOPES.search(body) or len(body) > 4 * _MAX_LEN:
        return None
    uses_env = _ENV.search(body) is not None
    if uses_env and (env is None or not _PLAIN_LOCAL.fullmatch(env)):
        return None
    if not all(_STATEMENT.fullmatch(line) and not _KEYWORD.match(line[4:]) for line in lines[1:-1]):
        return None
    renames = {name: cg.temp("c") for name in sorted(set(_TEMP_NAME.findall(body)))}

    def rename(text: str) -> str:
        text = _TEMP_NAME.sub(lambda m: renames.get(m.group(0), m.group(0)), text)
        return _ENV.sub(env, text) if uses_env and env is not None else text

    param = renames.get(head.group(1), head.group(1))
    assigns = [rename(line[4:]) for line in lines[1:-1]]
    value = rename(ret[len("    return ") :])
    if assigns and assigns[0].endswith(f" = {param}"):
        # (`x = _a0` first, `_a0` never again: the parameter is `x`.)
        alias = assigns[0].split(" = ", 1)[0]
        rest = "\n".join([*assigns[1:], value])
        if _PLAIN_LOCAL.fullmatch(alias) and not re.search(rf"(?<![\w.]){re.escape(param)}\b", rest):
            return InlineClosure(alias, assigns[1:], value)
    return InlineClosure(param, assigns, value)
