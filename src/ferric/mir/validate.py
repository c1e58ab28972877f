"""MIR's structural invariants, checked after building (rustc's `validate` pass, the part
that does not need types): every block reached from the entry ends in a terminator whose
targets exist; every place names a declared local (index projections too); the return
place is never `StorageLive`d; arguments are locals `1..=arg_count`.

`validate(body)` returns the violations (empty when the body is well formed);
`build_crate_mir` raises an internal error on any, and so does the borrow checker's MIR
building when the session asks for it (`Options.validate_mir`, as the test suite does), so
every test that checks a program validates its MIR.
"""

from __future__ import annotations

from ferric.mir import nodes as m


def validate(body: m.Body) -> list[str]:
    errors: list[str] = []
    n_blocks = len(body.blocks)
    n_locals = len(body.locals)

    def place_ok(p: m.Place, where: str) -> None:
        if not 0 <= p.local < n_locals:
            errors.append(f"{where}: place of undeclared local _{p.local}")
        for proj in p.projection:
            if isinstance(proj, m.Index) and not 0 <= proj.local < n_locals:
                errors.append(f"{where}: index by undeclared local _{proj.local}")

    def operand_ok(op: m.Operand, where: str) -> None:
        if isinstance(op, m.Copy | m.Move):
            place_ok(op.place, where)

    for i in range(1, body.arg_count + 1):
        if i >= n_locals or body.locals[i].kind is not m.LocalKind.ARG:
            errors.append(f"local _{i} should be an argument")
    if not body.locals or body.locals[0].kind is not m.LocalKind.RETURN:
        errors.append("local _0 is not the return place")

    seen = {0}
    stack = [0]
    while stack:
        b = stack.pop()
        bb = body.blocks[b]
        where = f"bb{b}"
        for s in bb.statements:
            if isinstance(s, m.Assign):
                place_ok(s.place, where)
                rv = s.rvalue
                for op in m.rvalue_operands(rv):
                    operand_ok(op, where)
                if isinstance(rv, m.Ref | m.AddressOf | m.Discriminant | m.Len):
                    place_ok(rv.place, where)
            elif isinstance(s, m.StorageLive | m.StorageDead):
                if not 0 <= s.local < n_locals:
                    errors.append(f"{where}: storage of undeclared local _{s.local}")
                elif s.local == m.RETURN_PLACE:
                    errors.append(f"{where}: storage statement on the return place")
            elif isinstance(s, m.FakeRead):
                place_ok(s.place, where)
        term = bb.terminator
        if term is None:
            errors.append(f"{where}: reachable block without a terminator")
            continue
        if isinstance(term, m.Call):
            operand_ok(term.func, where)
            for op in term.args:
                operand_ok(op, where)
            place_ok(term.destination, where)
        elif isinstance(term, m.SwitchInt):
            operand_ok(term.discr, where)
        for t in m.successors(term):
            if not 0 <= t < n_blocks:
                errors.append(f"{where}: jump to missing block bb{t}")
            elif t not in seen:
                seen.add(t)
                stack.append(t)
    return errors
