"""MIR as text, in the shape of rustc's `-Zunpretty=mir` (`ferric check --emit=mir`)."""

from __future__ import annotations

from ferric.mir import nodes as m


def place_str(body: m.Body, p: m.Place) -> str:
    s = f"_{p.local}"
    for proj in p.projection:
        if isinstance(proj, m.Deref):
            s = f"(*{s})"
        elif isinstance(proj, m.Field):
            s = f"({s}.{proj.index}: {proj.ty})"
        elif isinstance(proj, m.Index):
            s = f"{s}[_{proj.local}]"
        elif isinstance(proj, m.ConstantIndex):
            s = f"{s}[{'-' if proj.from_end else ''}{proj.offset} of ..]"
        elif isinstance(proj, m.Subslice):
            s = f"{s}[{proj.start}:-{proj.end}]"
        elif isinstance(proj, m.Downcast):
            s = f"({s} as {proj.name})"
    return s


def operand_str(body: m.Body, op: m.Operand) -> str:
    if isinstance(op, m.Copy):
        return f"copy {place_str(body, op.place)}"
    if isinstance(op, m.Move):
        return f"move {place_str(body, op.place)}"
    return f"const {op.text}"


def rvalue_str(body: m.Body, rv: m.Rvalue) -> str:
    if isinstance(rv, m.Use):
        return operand_str(body, rv.operand)
    if isinstance(rv, m.Ref):
        kind = {
            m.BorrowKind.SHARED: "&",
            m.BorrowKind.MUT: "&mut ",
            m.BorrowKind.TWO_PHASE: "&mut ",
            m.BorrowKind.SHALLOW: "&fake ",
            m.BorrowKind.UNIQUE: "&uniq ",
        }[rv.kind]
        return f"{kind}{place_str(body, rv.place)}"
    if isinstance(rv, m.AddressOf):
        return f"&raw {'mut' if rv.mutable else 'const'} {place_str(body, rv.place)}"
    if isinstance(rv, m.BinaryOp):
        return f"{rv.op}({operand_str(body, rv.lhs)}, {operand_str(body, rv.rhs)})"
    if isinstance(rv, m.UnaryOp):
        return f"{rv.op}({operand_str(body, rv.operand)})"
    if isinstance(rv, m.Cast):
        return f"{operand_str(body, rv.operand)} as {rv.ty}"
    if isinstance(rv, m.Aggregate):
        inner = ", ".join(operand_str(body, o) for o in rv.operands)
        if rv.kind is m.AggregateKind.TUPLE:
            return f"({inner})"
        if rv.kind is m.AggregateKind.ARRAY:
            return f"[{inner}]"
        return f"{rv.name}({inner})"
    if isinstance(rv, m.Discriminant):
        return f"discriminant({place_str(body, rv.place)})"
    if isinstance(rv, m.Len):
        return f"Len({place_str(body, rv.place)})"
    if isinstance(rv, m.Repeat):
        return f"[{operand_str(body, rv.operand)}; {rv.count}]"
    return repr(rv)


def statement_str(body: m.Body, s: m.Statement) -> str:
    if isinstance(s, m.Assign):
        return f"{place_str(body, s.place)} = {rvalue_str(body, s.rvalue)};"
    if isinstance(s, m.StorageLive):
        return f"StorageLive(_{s.local});"
    if isinstance(s, m.StorageDead):
        return f"StorageDead(_{s.local});"
    return f"FakeRead({s.cause.value}, {place_str(body, s.place)});"


def _unwind_str(unwind: m.BlockId | None, cleanup: bool) -> str:
    if unwind is not None:
        return f"unwind: bb{unwind}"
    return "unwind terminate(cleanup)" if cleanup else "unwind continue"


def _edges_str(edges: list[str]) -> str:
    return edges[0] if len(edges) == 1 else f"[{', '.join(edges)}]"


def terminator_str(body: m.Body, term: m.Terminator | None, cleanup: bool = False) -> str:
    """rustc's text for `term` (`cleanup`: it ends a cleanup block, where a panic aborts)."""
    if term is None:
        return "<no terminator>"
    if isinstance(term, m.Goto):
        return f"goto -> bb{term.target};"
    if isinstance(term, m.SwitchInt):
        arms = ", ".join(f"{v}: bb{b}" for v, b in term.targets)
        return f"switchInt({operand_str(body, term.discr)}) -> [{arms}, otherwise: bb{term.otherwise}];"
    if isinstance(term, m.Return):
        return "return;"
    if isinstance(term, m.Unreachable):
        return "unreachable;"
    if isinstance(term, m.Resume):
        return "resume;"
    if isinstance(term, m.Call):
        args = ", ".join(operand_str(body, a) for a in term.args)
        edges = [f"return: bb{term.target}"] if term.target is not None else []
        edges.append(_unwind_str(term.unwind, cleanup))
        return (
            f"{place_str(body, term.destination)} = {operand_str(body, term.func)}({args})"
            f" -> {_edges_str(edges)};"
        )
    if isinstance(term, m.Drop):
        what = "box_free" if term.box_free else "drop"
        edges = [f"return: bb{term.target}", _unwind_str(term.unwind, cleanup)]
        return f"{what}({place_str(body, term.place)}) -> {_edges_str(edges)};"
    if isinstance(term, m.Assert):
        return f'assert({operand_str(body, term.cond)}, "{term.msg}") -> bb{term.target};'
    if isinstance(term, m.FalseEdge):
        return f"falseEdge -> [real: bb{term.real}, imaginary: bb{term.imaginary}];"
    return f"falseUnwind -> bb{term.real};"


def render(body: m.Body) -> str:
    lines = [f"fn {body.name}() -> {body.locals[0].ty} {{"]
    for i, decl in enumerate(body.locals):
        if i == 0:
            continue
        what = "let mut" if decl.mutable else "let"
        name = f"    // {decl.name}" if decl.name else ""
        lines.append(f"    {what} _{i}: {decl.ty};{name}")
    reachable = body.reachable(unwind=True)
    for i, bb in enumerate(body.blocks):
        if i not in reachable:
            continue
        lines.append("")
        lines.append(f"    bb{i}{' (cleanup)' if bb.is_cleanup else ''}: {{")
        for s in bb.statements:
            lines.append(f"        {statement_str(body, s)}")
        lines.append(f"        {terminator_str(body, bb.terminator, bb.is_cleanup)}")
        lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"
