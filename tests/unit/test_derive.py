"""`#[derive]` of the standard traits.

The main test compares, impl by impl, the ASTs ferric generates for `derive_data/input.rs`
with rustc 1.95's own expansion of it (`derive_data/expanded.rs`, written by
`derive_data/bless.py`): same trait, generics, bounds, where clauses, bodies. Then spans
(field uses point at the field, as rustc's errors do) and the derive errors, with rustc's
messages and positions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ferric.driver.session import Options, Session, add_source
from ferric.expand.base import ExpandCtx
from ferric.expand.derive import DERIVES
from ferric.syntax import ast
from ferric.syntax.parser import parse_crate
from ferric.syntax.printer import print_item
from ferric.syntax.tokentree import flatten

DATA = Path(__file__).resolve().parent / "derive_data"


def derive_all(
    src: str, *, name: str = "t.rs", crate: str = "t", has_derive_attrs: bool = True
) -> tuple[Session, list[ast.Item]]:
    """Every `#[derive(...)]` of `src` expanded, in order."""
    sess = Session.create(Options())
    krate = parse_crate(sess.psess, add_source(sess, name, src))
    assert not sess.dcx.has_errors, [d.message for d in sess.dcx.diagnostics]
    ctx = ExpandCtx(psess=sess.psess, crate_name=crate)
    out: list[ast.Item] = []
    for item in krate.items:
        for a in item.attrs:
            if not (
                isinstance(a.kind, ast.NormalAttr)
                and a.kind.path.segments[0].ident.name == "derive"
            ):
                continue
            assert isinstance(a.kind.args, ast.DelimArgs)
            for tok in flatten(list(a.kind.args.tokens)):
                if tok.kind.name == "IDENT" and tok.text in DERIVES:
                    path = ast.Path(
                        segments=(ast.PathSegment(ident=ast.Ident(name=tok.text, span=tok.span)),),
                        span=tok.span,
                    )
                    out.extend(DERIVES[tok.text](ctx, item, path))
    return sess, out


def test_impls_equal_rustcs_expansion() -> None:
    expected_sess = Session.create(Options())
    expected = parse_crate(
        expected_sess.psess,
        add_source(expected_sess, "expanded.rs", (DATA / "expanded.rs").read_text()),
    )
    want = [i for i in expected.items if isinstance(i, ast.ImplItem)]
    _, got = derive_all((DATA / "input.rs").read_text(), name="input.rs")
    assert len(got) == len(want)
    for w, g in zip(want, got, strict=True):
        assert g == w, f"--- rustc\n{print_item(w)}\n--- ferric\n{print_item(g)}"


def test_inside_std_paths_start_with_crate() -> None:
    _, items = derive_all("#[derive(Clone)] struct S(u8);", crate="std")
    assert "impl crate::clone::Clone for S" in print_item(items[0])


def test_copy_types_clone_by_copy() -> None:
    _, items = derive_all("#[derive(Clone, Copy)] struct P { a: u8, b: (u8, u8) }")
    text = print_item(items[0])
    assert "let _: ::std::clone::AssertParamIsClone<u8>;" in text and "*self" in text


def test_generated_code_is_marked_and_field_uses_point_at_fields() -> None:
    src = "struct ND;\n#[derive(Debug)]\nstruct S {\n    a: i32,\n    b: ND,\n}\n"
    sess = Session.create(Options())
    krate = parse_crate(sess.psess, add_source(sess, "t.rs", src))
    ctx = ExpandCtx(psess=sess.psess, crate_name="t", current_expn=5)
    item = krate.items[1]
    attr = item.attrs[0]
    assert isinstance(attr.kind, ast.NormalAttr) and isinstance(attr.kind.args, ast.DelimArgs)
    tok = attr.kind.args.tokens[0]
    path = ast.Path(
        segments=(ast.PathSegment(ident=ast.Ident(name="Debug", span=tok.span)),), span=tok.span
    )
    (impl,) = DERIVES["Debug"](ctx, item, path)
    assert isinstance(impl, ast.ImplItem)
    assert impl.span.ctxt == 5 and sess.source_map.snippet(impl.span) == "Debug"
    fn = impl.items[0]
    assert isinstance(fn, ast.FnItem) and fn.body is not None
    call = fn.body.stmts[0]
    assert isinstance(call, ast.ExprStmt) and isinstance(call.expr, ast.CallExpr)
    last = call.expr.args[-1]  # `&&self.b`
    assert sess.source_map.snippet(last.span) == "b: ND" and last.span.ctxt == 5
    loc = sess.source_map.lookup(last.span.lo)
    assert loc is not None and (loc.line, loc.col) == (
        5,
        5,
    )  # where rustc reports `ND: Debug` missing


def test_user_types_are_copied_with_fresh_ids() -> None:
    src = "#[derive(PartialEq, Eq)] struct S { v: Vec<String> }"
    sess = Session.create(Options())
    krate = parse_crate(sess.psess, add_source(sess, "t.rs", src))
    item = krate.items[0]
    assert isinstance(item, ast.StructItem)
    field_ty = item.data.fields[0].ty
    _, items = derive_all(src)
    eq = items[-1]
    assert isinstance(eq, ast.ImplItem)
    fn = eq.items[0]
    assert isinstance(fn, ast.FnItem) and fn.body is not None
    let = fn.body.stmts[0]
    assert isinstance(let, ast.LetStmt) and isinstance(let.ty, ast.PathTy)
    args = let.ty.path.segments[-1].args
    assert isinstance(args, ast.AngleBracketedArgs)
    copied = args.args[0]
    assert isinstance(copied, ast.TypeArg)
    assert copied.ty == field_ty and copied.ty.id != field_ty.id


def test_assoc_type_fields_add_where_bounds() -> None:
    _, items = derive_all(
        "trait Tr { type A; }\n#[derive(Clone)] struct S<T: Tr> { x: T::A, y: <T as Tr>::A }"
    )
    text = print_item(items[0])
    assert (
        "impl<T: ::std::clone::Clone + Tr> ::std::clone::Clone for S<T>\nwhere\n    T::A: ::std::clone::Clone,"
        in text
    )


# =================================================================================================
# Errors (message, code, primary line:col), from rustc 1.95
# =================================================================================================

ERRORS = [
    (
        "#[derive(Default)] enum E { A, B }",
        [("`#[derive(Default)]` on enum with no `#[default]`", "E0665", "1:10")],
    ),
    (
        "#[derive(Default)] enum E { #[default] A, #[default] B, C }",
        [("multiple declared defaults", None, "1:10")],
    ),
    (
        "#[derive(Default)] enum E { #[default] A(u8), B }",
        [("the `#[default]` attribute may only be used on unit enum variants", None, "1:40")],
    ),
    (
        "#[derive(Default)] enum E { #[default = 1] A, B }",
        [("`#[default]` attribute does not accept a value", None, "1:29")],
    ),
    (
        "#[derive(Default)] enum E { #[default] #[default] A, B }",
        [("multiple `#[default]` attributes", None, "1:51")],
    ),
    (
        "#[derive(Default)] enum E { #[default] #[non_exhaustive] A, B }",
        [("default variant must be exhaustive", None, "1:58")],
    ),
    (
        "#[derive(Default)] enum E {}",
        [("`#[derive(Default)]` on enum with no `#[default]`", "E0665", "1:10")],
    ),
    (
        "#[derive(Default)] struct S { #[default] a: u8 }",
        [("the `#[default]` attribute may only be used on unit enum variants", None, "1:31")],
    ),
    (
        "#[derive(Debug)] union U { a: u8 }\n#[derive(Clone, Copy)] union V { a: u8 }\n#[derive(PartialEq)] union W { a: u8 }",
        [
            ("this trait cannot be derived for unions", None, "1:10"),
            ("this trait cannot be derived for unions", None, "3:10"),
        ],
    ),
]


@pytest.mark.parametrize(("src", "want"), ERRORS, ids=[c[0] for c in ERRORS])
def test_derive_errors(src: str, want: list[tuple[str, str | None, str]]) -> None:
    sess, _ = derive_all(src)
    rows = []
    for d in sess.dcx.diagnostics:
        sp = d.primary_span
        loc = sess.source_map.lookup(sp.lo) if sp is not None else None
        rows.append((d.message, d.code, f"{loc.line}:{loc.col}" if loc else "-"))
    assert rows == want


def test_e0665_suggests_each_unit_variant() -> None:
    sess, _ = derive_all("#[derive(Default)] enum E { A, B(u8), C }")
    (d,) = sess.dcx.diagnostics
    assert [s.parts[0].snippet for s in d.suggestions] == ["#[default] ", "#[default] "]
    assert [lb.message for lb in d.labels if not lb.primary] == [
        "this enum needs a unit variant marked with `#[default]`"
    ]
