"""Syntax contexts of expanded code: every expansion gets a fresh one (`ExpnData` says which
macro, called where, defined in which crate); tokens written in a macro's definition carry
it, tokens passed as arguments keep theirs. That is what lets the resolver keep a macro's
`let temp` apart from the caller's `temp`, and map `$crate` to the right crate."""

from __future__ import annotations

from expand_util import expand_src

from ferric.syntax import ast


def _let(stmt: ast.Stmt) -> ast.LetStmt:
    assert isinstance(stmt, ast.LetStmt)
    return stmt


def test_definition_tokens_get_the_expansion_context() -> None:
    src = """
macro_rules! with_temp {
    ($e:expr) => {{ let temp = 100; $e + temp }};
}
fn main() { let temp = 1; let r = with_temp!(temp); }
"""
    e = expand_src(src)
    assert e.errors == []
    caller = _let(e.stmts()[0])
    assert isinstance(caller.pat, ast.IdentPat) and caller.pat.ident.span.ctxt == 0
    init = _let(e.stmts()[1]).init
    assert isinstance(init, ast.BlockExpr)
    inner_let = _let(init.block.stmts[0])
    assert isinstance(inner_let.pat, ast.IdentPat)
    ctxt = inner_let.pat.ident.span.ctxt
    assert ctxt != 0
    data = e.sess.psess.hygiene.data(ctxt)
    assert data is not None
    assert (data.kind, data.macro_name, data.crate, data.parent) == (
        "macro_rules",
        "with_temp",
        "main",
        0,
    )
    tail = init.block.stmts[1]
    assert isinstance(tail, ast.ExprStmt) and isinstance(tail.expr, ast.BinaryExpr)
    arg, own = tail.expr.lhs, tail.expr.rhs
    assert isinstance(arg, ast.PathExpr) and isinstance(own, ast.PathExpr)
    assert arg.path.segments[0].ident.span.ctxt == 0  # the caller's `temp`
    assert own.path.segments[0].ident.span.ctxt == ctxt  # the macro's `temp`


def test_ident_fragments_keep_the_callers_context() -> None:
    src = "macro_rules! declare { ($n:ident) => { let $n = 5; }; }\nfn main() { declare!(five); }"
    e = expand_src(src)
    let = _let(e.stmts()[0])
    assert isinstance(let.pat, ast.IdentPat)
    assert let.pat.ident.name == "five" and let.pat.ident.span.ctxt == 0


def test_each_expansion_gets_a_fresh_context_with_its_call_site() -> None:
    src = """
macro_rules! one { () => { 1 }; }
fn main() { let a = one!(); let b = one!(); }
"""
    e = expand_src(src)
    a, b = (_let(s).init for s in e.stmts())
    assert a is not None and b is not None
    assert a.span.ctxt != b.span.ctxt and 0 not in (a.span.ctxt, b.span.ctxt)
    da = e.sess.psess.hygiene.data(a.span.ctxt)
    assert da is not None
    src_text = e.sess.source_map.snippet(da.call_site)
    assert src_text == "one!()"
    assert e.sess.source_map.snippet(da.def_site) is not None
    assert (e.sess.source_map.snippet(da.def_site) or "").startswith("macro_rules! one")


def test_nested_expansions_chain_to_the_outermost_call() -> None:
    src = """
macro_rules! inner { () => { 7 }; }
macro_rules! outer { () => { inner!() }; }
fn main() { let v = outer!(); }
"""
    e = expand_src(src)
    v = _let(e.stmts()[0]).init
    assert v is not None
    chain = e.sess.psess.hygiene.call_site_chain(v.span.ctxt)
    assert [d.macro_name for d in chain] == ["inner", "outer"]
    assert e.sess.source_map.snippet(e.sess.psess.hygiene.user_span(v.span)) == "outer!()"


def test_dollar_crate_records_the_defining_crate() -> None:
    src = """
pub fn helper() -> i32 { 1 }
macro_rules! call { () => { $crate::helper() }; }
fn main() { let v = call!(); let w = vec![0]; }
"""
    e = expand_src(src)
    assert e.errors == []
    call = _let(e.stmts()[0]).init
    assert isinstance(call, ast.CallExpr) and isinstance(call.func, ast.PathExpr)
    seg = call.func.path.segments[0].ident
    assert seg.name == "$crate"
    data = e.sess.psess.hygiene.data(seg.span.ctxt)
    assert data is not None and data.crate == "main"
    # `vec!` is std's: its `$crate` means std.
    crates = set()
    work: list[object] = [_let(e.stmts()[1]).init]
    while work:
        node = work.pop()
        if isinstance(node, ast.PathSegment) and node.ident.name == "$crate":
            d = e.sess.psess.hygiene.data(node.ident.span.ctxt)
            assert d is not None
            crates.add(d.crate)
        elif isinstance(node, tuple):
            work.extend(node)
        elif hasattr(node, "__dataclass_fields__"):
            work.extend(getattr(node, f) for f in node.__dataclass_fields__)  # type: ignore[union-attr]
    assert crates == {"std"}


def test_builtin_expansions_get_a_context_too() -> None:
    e = expand_src("fn main() { let s = stringify!(x); }")
    s = _let(e.stmts()[0]).init
    assert s is not None
    data = e.sess.psess.hygiene.data(s.span.ctxt)
    assert data is None or data.kind == "builtin"
    assert len(e.sess.psess.hygiene.expns) >= 2
