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


# -- unwinding and drop elaboration -------------------------------------------------------------

DROPS = """
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
struct Pair { a: D, b: D }
fn take(_d: D) {}
fn flag(c: bool) {
    let a = D("a");
    let b = D("b");
    if c { take(b); }
    take(a);
}
fn partial() {
    let p = Pair { a: D("pa"), b: D("pb") };
    let Pair { a, .. } = p;
    take(a);
}
fn replace() {
    let mut d = D("d1");
    d = D("d2");
    println!("{}", d.0);
}
fn variant(o: Option<D>) {
    if let Some(n) = o { take(n); }
}
fn boxed(bx: Box<D>) -> D {
    *bx
}
fn looping() {
    let mut i = 0;
    loop {
        i += 1;
        if i > 3 { break; }
        match Some(D("t")) { Some(ref d) if d.0 == "u" => continue, _ => {} }
    }
}
fn main() {}
"""


def _elaborated(tmp_path: Path, src: str) -> dict[str, tuple[m.Body, m.Body, object]]:
    """Per fn name: (the built MIR, the elaborated MIR, the type facts elaboration used)."""
    from ferric.driver import pipeline
    from ferric.mir import adts_with_drop
    from ferric.mir.elaborate import elaborate_drops, type_info

    f = tmp_path / "prog.rs"
    f.write_text(src, encoding="utf-8")
    sess = Session.create(Options(edition=2021, validate_mir=True))
    _, typed = pipeline._checked(sess, str(f))
    assert typed is not None and not sess.dcx.has_errors
    tcx, results = typed
    drop_adts = adts_with_drop(tcx)
    info = type_info(tcx, drop_adts)
    return {
        b.name: (b, elaborate_drops(b, info), info)
        for b, _ in build_crate_mir(tcx, results, drop_adts)
    }


def _terms(body: m.Body, kind: type) -> list:
    return [bb.terminator for bb in body.blocks if isinstance(bb.terminator, kind)]


def _drops(body: m.Body, cleanup: bool = False) -> list[str]:
    """The places `body` drops on its normal paths (or on its cleanup paths)."""
    from ferric.mir.pretty import place_str

    return [
        ("box_free " if bb.terminator.box_free else "") + place_str(body, bb.terminator.place)
        for bb in body.blocks
        if isinstance(bb.terminator, m.Drop) and bb.is_cleanup == cleanup
    ]


def test_calls_unwind_into_cleanup_that_drops_what_is_in_scope(tmp_path: Path) -> None:
    built, _, _ = _elaborated(tmp_path, DROPS)["flag"]
    calls = _terms(built, m.Call)
    assert len(calls) == 2
    for call in calls:
        # A panic in either `take` drops what is in scope, `b` (_3) then `a` (_2), then
        # goes on unwinding (drop elaboration removes the drops of what was moved).
        chain, seen = [], call.unwind
        while True:
            assert seen is not None
            bb = built.blocks[seen]
            assert bb.is_cleanup
            if isinstance(bb.terminator, m.Resume):
                break
            assert isinstance(bb.terminator, m.Drop) and bb.terminator.unwind is None
            chain.append(bb.terminator.place.local)
            seen = bb.terminator.target
        assert chain[-2:] == [3, 2], render(built)
    assert "(cleanup)" in render(built) and "resume;" in render(built)


def test_a_conditionally_moved_value_gets_a_drop_flag(tmp_path: Path) -> None:
    _, out, _ = _elaborated(tmp_path, DROPS)["flag"]
    flags = {i for i, d in enumerate(out.locals) if d.drop_flag}
    # `b` (_3) is moved on one path only: its drop at the end is guarded by a flag.
    guard = next(
        bb.terminator
        for bb in out.blocks
        if isinstance(bb.terminator, m.SwitchInt)
        and not bb.is_cleanup
        and isinstance(bb.terminator.discr, m.Copy)
        and bb.terminator.discr.place.local in flags
    )
    guarded = out.blocks[guard.otherwise].terminator
    assert isinstance(guarded, m.Drop) and guarded.place == m.Place(3)
    # `a` (_2) is moved into `take` on every path: never dropped on a normal path.
    assert _drops(out) == ["_3"]


def test_a_partial_move_drops_the_rest_field_by_field(tmp_path: Path) -> None:
    _, out, _ = _elaborated(tmp_path, DROPS)["partial"]
    drops = _drops(out)
    assert drops == ["(_1.1: D)"]


def test_assignment_drops_the_old_value_and_unwinds_with_the_new_one(tmp_path: Path) -> None:
    _, out, _ = _elaborated(tmp_path, DROPS)["replace"]
    first = _terms(out, m.Drop)[0]
    assert first.place == m.Place(1) and first.unwind is not None
    pad = out.blocks[first.unwind]
    assert pad.is_cleanup and isinstance(pad.statements[0], m.Assign)
    assert pad.statements[0].place == m.Place(1)


def test_moving_out_of_one_variant_needs_no_flag(tmp_path: Path) -> None:
    _, out, _ = _elaborated(tmp_path, DROPS)["variant"]
    assert not any(d.drop_flag for d in out.locals)
    # `Some(n)`: the payload moved out; `None`: nothing there. `o` is never dropped.
    assert _drops(out) == [] and _drops(out, cleanup=True) == []


def test_moving_out_of_a_box_frees_the_allocation(tmp_path: Path) -> None:
    _, out, _ = _elaborated(tmp_path, DROPS)["boxed"]
    assert "box_free _1" in _drops(out)


def test_loop_tail_temporaries_are_dropped_every_iteration(tmp_path: Path) -> None:
    from ferric.mir.elaborate import check_drops

    _, out, info = _elaborated(tmp_path, DROPS)["looping"]
    assert check_drops(out, info) == []  # (a temporary left to the next iteration leaks)


@pytest.mark.parametrize("name", ["flag", "partial", "replace", "variant", "boxed", "looping"])
def test_elaborated_bodies_validate(tmp_path: Path, name: str) -> None:
    from ferric.mir.elaborate import check_drops

    _, out, info = _elaborated(tmp_path, DROPS)[name]
    assert validate(out) == [] and check_drops(out, info) == []  # type: ignore[arg-type]


def test_check_drops_catches_double_drops_and_leaks(tmp_path: Path) -> None:
    from ferric.mir.elaborate import check_drops

    _, out, info = _elaborated(tmp_path, DROPS)["flag"]
    flag = next(i for i, d in enumerate(out.locals) if d.drop_flag)
    # Without its guard, `b` is dropped after it was moved on one path.
    unguarded = [
        m.BasicBlock(
            bb.statements,
            m.Goto(bb.terminator.otherwise)
            if isinstance(bb.terminator, m.SwitchInt) and bb.terminator.discr == m.Copy(m.Place(flag))
            else bb.terminator,
            bb.is_cleanup,
        )
        for bb in out.blocks
    ]
    broken = m.Body(out.owner, out.locals, unguarded, out.arg_count, out.span, out.name)
    assert any("not (wholly) initialised" in e for e in check_drops(broken, info))  # type: ignore[arg-type]
    # Without its drops, `b` is still there when the body returns.
    dropless = [
        m.BasicBlock(
            bb.statements,
            m.Goto(bb.terminator.target) if isinstance(bb.terminator, m.Drop) else bb.terminator,
            bb.is_cleanup,
        )
        for bb in out.blocks
    ]
    broken = m.Body(out.owner, out.locals, dropless, out.arg_count, out.span, out.name)
    assert any("still holds a value" in e for e in check_drops(broken, info))  # type: ignore[arg-type]
