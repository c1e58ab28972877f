"""MIR building and its validator: the shapes borrowck relies on, on small programs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ferric.driver.session import Options, Session
from ferric.mir import build_crate_mir
from ferric.mir import nodes as m
from ferric.mir.pretty import render
from ferric.mir.validate import validate


def _bodies(tmp_path: Path, src: str) -> list[m.Body]:
    from ferric.driver import pipeline

    f = tmp_path / "prog.rs"
    f.write_text(src, encoding="utf-8")
    sess = Session.create(Options(edition=2021))
    _, typed = pipeline._checked(sess, str(f))
    assert typed is not None and not sess.dcx.has_errors
    tcx, results = typed
    return [b for b, _ in build_crate_mir(tcx, results)]


PROGRAM = """
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len());
    let s = String::from("x");
    let f = move || s.len();
    for x in &v {
        if *x > 1 { break; }
    }
    match v.first() {
        Some(n) if *n > 0 => println!("{n}"),
        _ => {}
    }
    println!("{}", f());
}
"""


def test_bodies_validate_and_print(tmp_path: Path) -> None:
    bodies = _bodies(tmp_path, PROGRAM)
    assert [b.name.endswith("{closure}") for b in bodies] == [False, True]
    for b in bodies:
        assert validate(b) == []
        text = render(b)
        assert text.startswith("fn ") and "return;" in text


def test_receiver_autoref_is_two_phase(tmp_path: Path) -> None:
    main = _bodies(tmp_path, PROGRAM)[0]
    kinds = [
        s.rvalue.kind
        for bb in main.blocks
        for s in bb.statements
        if isinstance(s, m.Assign) and isinstance(s.rvalue, m.Ref)
    ]
    assert m.BorrowKind.TWO_PHASE in kinds


def test_closure_body_reads_its_capture_through_self(tmp_path: Path) -> None:
    closure = _bodies(tmp_path, PROGRAM)[1]
    assert closure.closure_kind == "Fn" and closure.upvar_names == ("s",)
    # `s.len()` borrows field 0 of the closure, through `_1: &{closure}`.
    refs = [s.rvalue.place for bb in closure.blocks for s in bb.statements if isinstance(s, m.Assign) and isinstance(s.rvalue, m.Ref)]
    assert m.Place(1, (m.DEREF, refs[0].projection[1])) == refs[0]


@pytest.mark.parametrize(
    "broken",
    [
        lambda b: b.blocks[0].__setattr__("terminator", m.Goto(999)),
        lambda b: b.blocks[0].statements.append(m.StorageDead(10_000)),
        lambda b: b.blocks[0].__setattr__("terminator", None),
    ],
)
def test_validator_catches_broken_bodies(tmp_path: Path, broken: object) -> None:
    main = _bodies(tmp_path, PROGRAM)[0]
    broken(main)  # type: ignore[operator]
    assert validate(main) != []
