"""Parser unit tests: the shapes the parser builds for the tricky corners of Rust's grammar.

Expressions are rendered as fully parenthesised s-expressions (`sexpr`) so precedence and
associativity are visible; everything else is checked on the AST directly. Error
behaviour is asserted through the diagnostics (message and line), as rustc prints them.
"""

from __future__ import annotations

import pytest

from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate


def parse(src: str) -> tuple[ast.Crate, ParseSess]:
    psess = ParseSess()
    sf = psess.source_map.add_file("t.rs", src)
    return parse_crate(psess, sf), psess


def parse_ok(src: str) -> ast.Crate:
    crate, psess = parse(src)
    msgs = [d.message for d in psess.dcx.diagnostics]
    assert not psess.dcx.has_errors, msgs
    return crate


def errors(src: str) -> list[tuple[str, int]]:
    """(message, primary line) of every error, in emission order."""
    _, psess = parse(src)
    out = []
    for d in psess.dcx.diagnostics:
        if d.is_error:
            sp = d.primary_span
            loc = psess.source_map.lookup(sp.lo) if sp is not None else None
            out.append((d.message, loc.line if loc else 0))
    return out


def body_stmts(src: str) -> tuple[ast.Stmt, ...]:
    crate = parse_ok(f"fn main() {{ {src} }}")
    fn = crate.items[0]
    assert isinstance(fn, ast.FnItem) and fn.body is not None
    return fn.body.stmts


def expr(src: str) -> ast.Expr:
    (stmt,) = body_stmts(f"let _ = {src};")
    assert isinstance(stmt, ast.LetStmt) and stmt.init is not None
    return stmt.init


def sexpr(e: ast.Expr) -> str:
    """A fully parenthesised rendering that shows the tree's shape."""
    if isinstance(e, ast.BinaryExpr):
        return f"({sexpr(e.lhs)} {e.op.value} {sexpr(e.rhs)})"
    if isinstance(e, ast.AssignExpr):
        return f"({sexpr(e.lhs)} = {sexpr(e.rhs)})"
    if isinstance(e, ast.AssignOpExpr):
        return f"({sexpr(e.lhs)} {e.op.value}= {sexpr(e.rhs)})"
    if isinstance(e, ast.UnaryExpr):
        return f"({e.op.value}{sexpr(e.expr)})"
    if isinstance(e, ast.CastExpr):
        return f"({sexpr(e.expr)} as _)"
    if isinstance(e, ast.RangeExpr):
        lo = sexpr(e.start) if e.start is not None else ""
        hi = sexpr(e.end) if e.end is not None else ""
        return f"({lo}{e.limits.value}{hi})"
    if isinstance(e, ast.AddrOfExpr):
        return f"(&{'mut ' if e.mutbl is ast.Mutability.MUT else ''}{sexpr(e.expr)})"
    if isinstance(e, ast.ParenExpr):
        return sexpr(e.expr)
    if isinstance(e, ast.PathExpr):
        return "::".join(s.ident.name for s in e.path.segments)
    if isinstance(e, ast.LitExpr):
        return e.lit.symbol
    if isinstance(e, ast.FieldExpr):
        return f"{sexpr(e.expr)}.{e.ident.name}"
    if isinstance(e, ast.MethodCallExpr):
        return f"{sexpr(e.receiver)}.{e.seg.ident.name}({', '.join(sexpr(a) for a in e.args)})"
    if isinstance(e, ast.CallExpr):
        return f"{sexpr(e.func)}({', '.join(sexpr(a) for a in e.args)})"
    if isinstance(e, ast.IndexExpr):
        return f"{sexpr(e.expr)}[{sexpr(e.index)}]"
    if isinstance(e, ast.TryExpr):
        return f"{sexpr(e.expr)}?"
    if isinstance(e, ast.ClosureExpr):
        return f"(|..| {sexpr(e.body)})"
    return type(e).__name__


# -- precedence and associativity ------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "shape"),
    [
        ("a + b * c", "(a + (b * c))"),
        ("a * b + c", "((a * b) + c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a << b + c", "(a << (b + c))"),
        ("a & b ^ c | d", "(((a & b) ^ c) | d)"),
        ("a == b && c != d || e", "(((a == b) && (c != d)) || e)"),
        ("-a * b", "((-a) * b)"),
        ("!a as u8", "((!a) as _)"),
        ("a as u8 + b", "((a as _) + b)"),
        ("*a.b", "(*a.b)"),
        ("&a[0]", "(&a[0])"),
        ("a..b + c", "(a..(b + c))"),
        ("..=b", "(..=b)"),
        ("a.. ", "(a..)"),
        ("x.f()?.g", "x.f()?.g"),
        ("|x| x + 1", "(|..| (x + 1))"),
        ("a || b && c", "(a || (b && c))"),
        ("a % b / c", "((a % b) / c)"),
    ],
)
def test_binary_precedence(src: str, shape: str) -> None:
    assert sexpr(expr(src)) == shape


def test_assignment_is_right_associative() -> None:
    (stmt,) = body_stmts("a = b = c;")
    assert isinstance(stmt, ast.SemiStmt)
    assert sexpr(stmt.expr) == "(a = (b = c))"


def test_compound_assignment() -> None:
    (stmt,) = body_stmts("x += y * 2;")
    assert isinstance(stmt, ast.SemiStmt)
    assert sexpr(stmt.expr) == "(x += (y * 2))"


def test_chained_comparison_is_an_error() -> None:
    assert errors("fn main() { let _ = 1 < 2 < 3; }") == [("comparison operators cannot be chained", 1)]


# -- tokens the grammar splits --------------------------------------------------------------


def test_shift_right_splits_in_generics() -> None:
    (stmt,) = body_stmts("let v: Vec<Vec<u8>> = Vec::new();")
    assert isinstance(stmt, ast.LetStmt) and isinstance(stmt.ty, ast.PathTy)
    args = stmt.ty.path.segments[0].args
    assert isinstance(args, ast.AngleBracketedArgs)
    (inner,) = args.args
    assert isinstance(inner, ast.TypeArg) and isinstance(inner.ty, ast.PathTy)
    assert inner.ty.path.segments[0].ident.name == "Vec"


def test_shift_right_assign_splits_after_generics() -> None:
    (stmt,) = body_stmts("let x: Option<Vec<u8>>= None;")
    assert isinstance(stmt, ast.LetStmt) and stmt.init is not None


def test_double_ampersand_is_two_references() -> None:
    e = expr("&&x")
    assert isinstance(e, ast.AddrOfExpr) and isinstance(e.expr, ast.AddrOfExpr)


def test_nested_tuple_index_splits_the_float_token() -> None:
    e = expr("t.0.1")
    assert isinstance(e, ast.FieldExpr) and e.ident.name == "1"
    assert isinstance(e.expr, ast.FieldExpr) and e.expr.ident.name == "0"


def test_integer_method_call_and_float_literal() -> None:
    assert sexpr(expr("1.max(2)")) == "1.max(2)"
    lit = expr("1.")
    assert isinstance(lit, ast.LitExpr) and lit.lit.symbol == "1."
    rng = expr("1..2")
    assert isinstance(rng, ast.RangeExpr)


def test_turbofish_with_negative_const_argument() -> None:
    e = expr("f::<-1>()")
    assert isinstance(e, ast.CallExpr) and isinstance(e.func, ast.PathExpr)
    args = e.func.path.segments[0].args
    assert isinstance(args, ast.AngleBracketedArgs) and isinstance(args.args[0], ast.ConstArg)


# -- statements -----------------------------------------------------------------------------


def test_block_like_expression_statement_ends_without_semicolon() -> None:
    # `if` ends the statement: `- 1` is a separate (negated) expression statement.
    stmts = body_stmts("if true { 1 } else { 2 }\n- 1;")
    assert len(stmts) == 2
    assert isinstance(stmts[0], ast.ExprStmt) and isinstance(stmts[0].expr, ast.IfExpr)
    assert isinstance(stmts[1], ast.SemiStmt) and isinstance(stmts[1].expr, ast.UnaryExpr)


def test_method_call_on_block_like_statement() -> None:
    stmts = body_stmts("match x { _ => 1 }.to_string();")
    assert len(stmts) == 1
    assert isinstance(stmts[0], ast.SemiStmt) and isinstance(stmts[0].expr, ast.MethodCallExpr)


def test_struct_literal_restriction_in_if_head() -> None:
    stmts = body_stmts("if x == S { }")
    (stmt,) = stmts
    assert isinstance(stmt, ast.ExprStmt) and isinstance(stmt.expr, ast.IfExpr)
    cond = stmt.expr.cond
    assert isinstance(cond, ast.BinaryExpr) and isinstance(cond.rhs, ast.PathExpr)


def test_struct_literal_in_parentheses_is_allowed_in_if_head() -> None:
    (stmt,) = body_stmts("if x == (S { a: 1 }) { }")
    assert isinstance(stmt, ast.ExprStmt) and isinstance(stmt.expr, ast.IfExpr)
    cond = stmt.expr.cond
    assert isinstance(cond, ast.BinaryExpr) and isinstance(cond.rhs, ast.ParenExpr)
    assert isinstance(cond.rhs.expr, ast.StructExpr)


def test_let_else_and_if_let_chains_of_else_if() -> None:
    (stmt,) = body_stmts("let Some(x) = opt else { return; };")
    assert isinstance(stmt, ast.LetStmt) and stmt.els is not None
    (stmt,) = body_stmts("if let Some(x) = a { } else if let Ok(y) = b { } else { }")
    assert isinstance(stmt, ast.ExprStmt) and isinstance(stmt.expr, ast.IfExpr)
    assert isinstance(stmt.expr.cond, ast.LetExpr)
    assert isinstance(stmt.expr.els, ast.IfExpr) and isinstance(stmt.expr.els.cond, ast.LetExpr)


def test_let_chains_are_2024_only() -> None:
    errs = errors("fn main() { if let Some(x) = a && x > 1 { } }")
    assert errs == [("let chains are only allowed in Rust 2024 or later", 1)]


def test_labelled_block_and_loops() -> None:
    (stmt,) = body_stmts("let v = 'a: { break 'a 1; };")
    assert isinstance(stmt, ast.LetStmt) and isinstance(stmt.init, ast.BlockExpr)
    assert stmt.init.label is not None and stmt.init.label.ident.name == "'a"
    (stmt,) = body_stmts("'outer: for i in 0..3 { continue 'outer; }")
    assert isinstance(stmt, ast.ExprStmt) and isinstance(stmt.expr, ast.ForLoopExpr)


def test_macro_statement_styles() -> None:
    stmts = body_stmts("println!(\"a\"); m! { x } vec![1].len();")
    assert isinstance(stmts[0], ast.MacCallStmt) and stmts[0].style is ast.MacStmtStyle.SEMICOLON
    assert isinstance(stmts[1], ast.MacCallStmt) and stmts[1].style is ast.MacStmtStyle.BRACES
    assert isinstance(stmts[2], ast.SemiStmt) and isinstance(stmts[2].expr, ast.MethodCallExpr)


# -- patterns, types, items -----------------------------------------------------------------


def test_patterns() -> None:
    (stmt,) = body_stmts("match v { [first, .., last] => {} n @ 1..=9 | -1 => {} &(ref a, mut b) => {} S { x, .. } => {} }")
    assert isinstance(stmt, ast.ExprStmt) and isinstance(stmt.expr, ast.MatchExpr)
    pats = [arm.pat for arm in stmt.expr.arms]
    assert isinstance(pats[0], ast.SlicePat) and isinstance(pats[0].pats[1], ast.RestPat)
    assert isinstance(pats[1], ast.OrPat)
    binding = pats[1].pats[0]
    assert isinstance(binding, ast.IdentPat) and isinstance(binding.sub, ast.RangePat)
    assert isinstance(pats[2], ast.RefPat) and isinstance(pats[2].pat, ast.TuplePat)
    assert isinstance(pats[3], ast.StructPat) and pats[3].rest


def test_ambiguous_plus_after_reference() -> None:
    assert errors("type A<'a> = &'a mut dyn Fn(i32) -> i32 + Send;") == [("ambiguous `+` in a type", 1)]


def test_types() -> None:
    crate = parse_ok(
        "type A<'a> = &'a mut (dyn Fn(i32) -> i32 + Send);\n"
        "type B = <Vec<u8> as IntoIterator>::Item;\n"
        "type C = for<'a> fn(&'a str) -> [u8; 4];\n"
        "type D = *const (u8, impl Sized);\n"
    )
    a, b, c, d = crate.items
    assert isinstance(a, ast.TyAliasItem) and isinstance(a.ty, ast.RefTy) and isinstance(a.ty.ty, ast.ParenTy)
    assert isinstance(a.ty.ty.ty, ast.TraitObjectTy) and len(a.ty.ty.ty.bounds) == 2
    assert isinstance(b, ast.TyAliasItem) and isinstance(b.ty, ast.PathTy) and b.ty.qself is not None
    assert b.ty.qself.position == 1
    assert isinstance(c, ast.TyAliasItem) and isinstance(c.ty, ast.BareFnTy) and len(c.ty.generic_params) == 1
    assert isinstance(d, ast.TyAliasItem) and isinstance(d.ty, ast.PtrTy)


def test_items() -> None:
    crate = parse_ok(
        "pub(crate) unsafe trait T: Clone where Self: Sized { type Item: Copy; const N: usize; fn f(&self) {} }\n"
        "impl<T: Clone> !Send for W<T> {}\n"
        "pub(in crate::a) struct S<const N: usize, U = i32>(U);\n"
        "extern \"C\" { fn abs(x: i32) -> i32; }\n"
        "use std::{fmt::{self, Display}, collections::*};\n"
        "macro_rules! m { ($x:expr) => { $x }; }\n"
    )
    t, imp, s, ext, use, mac = crate.items
    assert isinstance(t, ast.TraitItem) and t.safety is ast.Safety.UNSAFE and len(t.items) == 3
    assert t.vis.kind == "restricted" and t.vis.shorthand
    assert isinstance(imp, ast.ImplItem) and imp.polarity is ast.ImplPolarity.NEGATIVE and imp.of_trait is not None
    assert isinstance(s, ast.StructItem) and [p.kind for p in s.generics.params] == [
        ast.GenericParamKind.CONST,
        ast.GenericParamKind.TYPE,
    ]
    assert isinstance(ext, ast.ForeignModItem) and len(ext.items) == 1
    assert isinstance(use, ast.UseItem) and use.tree.kind == "nested" and len(use.tree.nested) == 2
    assert isinstance(mac, ast.MacroRulesItem) and mac.ident.name == "m"


def test_self_parameters() -> None:
    crate = parse_ok("impl S { fn a(self) {} fn b(&mut self) {} fn c(&'x self) {} fn d(mut self: Box<Self>) {} }")
    (imp,) = crate.items
    assert isinstance(imp, ast.ImplItem)
    tys = []
    for item in imp.items:
        assert isinstance(item, ast.FnItem)
        tys.append(type(item.sig.decl.inputs[0].ty).__name__)
    assert tys == ["ImplicitSelfTy", "RefTy", "RefTy", "PathTy"]


def test_doc_comments_become_attributes() -> None:
    crate = parse_ok("//! crate docs\n/// item docs\nfn f() {}\n")
    assert isinstance(crate.attrs[0].kind, ast.DocComment) and crate.attrs[0].style is ast.AttrStyle.INNER
    item = crate.items[0]
    assert isinstance(item.attrs[0].kind, ast.DocComment) and item.attrs[0].kind.text == " item docs"


# -- errors and recovery --------------------------------------------------------------------


def test_missing_semicolon_recovers_at_the_previous_line() -> None:
    assert errors("fn main() {\n    let x = 5\n    let y = 6;\n}\n") == [("expected `;`, found keyword `let`", 2)]


def test_missing_comma_in_array_recovers_and_continues() -> None:
    errs = errors("fn main() {\n    let a = [1 2, 3];\n    let b = [4 5];\n}\n")
    assert [line for _, line in errs] == [2, 3]


def test_item_level_error_stops_the_file() -> None:
    errs = errors("fn a() {}\nlet x = 1;\nfn b() { let y = }\n")
    assert errs == [("expected item, found keyword `let`", 2)]


def test_keyword_as_identifier_is_reported_and_recovered() -> None:
    errs = errors("fn main() { let fn = 1; let y = 2 }")
    assert errs[0] == ("expected identifier, found keyword `fn`", 1)


def test_deep_nesting_parses() -> None:
    import sys
    import threading

    depth = 3000
    src = "fn main() { let _ = " + "(" * depth + "1" + ")" * depth + "; }"
    result: list[bool] = []

    def run() -> None:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(100_000)
        try:
            _, psess = parse(src)
            result.append(psess.dcx.has_errors)
        finally:
            sys.setrecursionlimit(old)

    threading.stack_size(256 * 1024 * 1024)
    t = threading.Thread(target=run)
    t.start()
    t.join()
    threading.stack_size(0)
    assert result == [False]
