"""The AST printer on hand-built trees: each test builds a small AST and checks the text.

The builders below keep the trees short to write (every node needs a span; they all get
`DUMMY_SP`). Round-trip tests over the corpora, which need the parser, are in
`test_printer_roundtrip.py`.
"""

from __future__ import annotations

import sys

from ferric.base.span import DUMMY_SP
from ferric.lexer.token import Lit, LitKind, Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.dump import dump
from ferric.syntax.printer import (
    print_crate,
    print_expr,
    print_item,
    print_pat,
    print_stmt,
    print_tokens,
    print_ty,
)
from ferric.syntax.tokentree import Delimited, TokenTree

SP = DUMMY_SP
INHERITED = ast.Visibility(kind="inherited", span=SP)
PUB = ast.Visibility(kind="public", span=SP)
NOT = ast.Mutability.NOT
MUT = ast.Mutability.MUT

# -- builders ------------------------------------------------------------------------------------


def ident(name: str) -> ast.Ident:
    return ast.Ident(name=name, span=SP)


def seg(name: str, args: ast.GenericArgs | None = None) -> ast.PathSegment:
    return ast.PathSegment(ident=ident(name), args=args)


def path(*names: str | ast.PathSegment, is_global: bool = False) -> ast.Path:
    segs = tuple(seg(n) if isinstance(n, str) else n for n in names)
    return ast.Path(segments=segs, is_global=is_global, span=SP)


def angle(*args: ast.AngleBracketedArg) -> ast.AngleBracketedArgs:
    return ast.AngleBracketedArgs(args=args, span=SP)


def targ(t: ast.Ty) -> ast.TypeArg:
    return ast.TypeArg(ty=t, span=SP)


def lt(name: str) -> ast.Lifetime:
    return ast.Lifetime(ident=ident(name))


def label(name: str) -> ast.Label:
    return ast.Label(ident=ident(name))


def ty(*names: str | ast.PathSegment) -> ast.PathTy:
    return ast.PathTy(qself=None, path=path(*names), span=SP)


def ref_ty(t: ast.Ty, mutbl: ast.Mutability = NOT, lifetime: str | None = None) -> ast.RefTy:
    return ast.RefTy(lifetime=lt(lifetime) if lifetime else None, mutbl=mutbl, ty=t, span=SP)


def var(*names: str | ast.PathSegment) -> ast.PathExpr:
    return ast.PathExpr(qself=None, path=path(*names), span=SP)


def lit(kind: LitKind, symbol: str, suffix: str | None = None, n_hashes: int = 0) -> ast.LitExpr:
    return ast.LitExpr(lit=Lit(kind, symbol, suffix, n_hashes), span=SP)


def int_(s: str, suffix: str | None = None) -> ast.LitExpr:
    return lit(LitKind.INTEGER, s, suffix)


def float_(s: str, suffix: str | None = None) -> ast.LitExpr:
    return lit(LitKind.FLOAT, s, suffix)


def str_(s: str) -> ast.LitExpr:
    return lit(LitKind.STR, s)


def true() -> ast.LitExpr:
    return lit(LitKind.BOOL, "true")


def binary(op: ast.BinOpKind, lhs: ast.Expr, rhs: ast.Expr) -> ast.BinaryExpr:
    return ast.BinaryExpr(op=op, lhs=lhs, rhs=rhs, op_span=SP, span=SP)


def call(f: ast.Expr, *args: ast.Expr) -> ast.CallExpr:
    return ast.CallExpr(func=f, args=args, span=SP)


def method(
    recv: ast.Expr, name: str, *args: ast.Expr, gen: ast.GenericArgs | None = None
) -> ast.MethodCallExpr:
    return ast.MethodCallExpr(seg=seg(name, gen), receiver=recv, args=args, span=SP)


def field(e: ast.Expr, name: str) -> ast.FieldExpr:
    return ast.FieldExpr(expr=e, ident=ident(name), span=SP)


def paren(e: ast.Expr) -> ast.ParenExpr:
    return ast.ParenExpr(expr=e, span=SP)


def block(*stmts: ast.Stmt, rules: ast.BlockRules = ast.BlockRules.DEFAULT) -> ast.Block:
    return ast.Block(stmts=stmts, rules=rules, span=SP)


def bexpr(*stmts: ast.Stmt, lbl: str | None = None) -> ast.BlockExpr:
    return ast.BlockExpr(block=block(*stmts), label=label(lbl) if lbl else None, span=SP)


def semi(e: ast.Expr) -> ast.SemiStmt:
    return ast.SemiStmt(expr=e, span=SP)


def tail(e: ast.Expr) -> ast.ExprStmt:
    return ast.ExprStmt(expr=e, span=SP)


def bind(name: str, mutbl: ast.Mutability = NOT, sub: ast.Pat | None = None) -> ast.IdentPat:
    return ast.IdentPat(
        by_ref=False, by_ref_mut=NOT, mutbl=mutbl, ident=ident(name), sub=sub, span=SP
    )


def let(
    p: ast.Pat, init: ast.Expr | None = None, t: ast.Ty | None = None, els: ast.Block | None = None
) -> ast.LetStmt:
    return ast.LetStmt(pat=p, ty=t, init=init, els=els, span=SP)


def generics(*params: ast.GenericParam, where: tuple[ast.WherePredicate, ...] = ()) -> ast.Generics:
    wc = ast.WhereClause(has_where_token=bool(where), predicates=where, span=SP)
    return ast.Generics(params=params, where_clause=wc, span=SP)


def trait_bound(
    *names: str | ast.PathSegment, polarity: ast.BoundPolarity = ast.BoundPolarity.POSITIVE
) -> ast.TraitBound:
    poly = ast.PolyTraitRef(
        bound_generic_params=(),
        trait_ref=ast.TraitRef(path=path(*names)),
        polarity=polarity,
        span=SP,
    )
    return ast.TraitBound(poly=poly, span=SP)


def tparam(name: str, *bounds: ast.GenericBound, default: ast.Ty | None = None) -> ast.GenericParam:
    return ast.GenericParam(
        ident=ident(name), kind=ast.GenericParamKind.TYPE, bounds=bounds, default=default, span=SP
    )


def lparam(name: str, *bounds: ast.GenericBound) -> ast.GenericParam:
    return ast.GenericParam(
        ident=ident(name), kind=ast.GenericParamKind.LIFETIME, bounds=bounds, span=SP
    )


def param(p: ast.Pat, t: ast.Ty) -> ast.Param:
    return ast.Param(pat=p, ty=t, span=SP)


def self_param(t: ast.Ty | None = None, mutbl: ast.Mutability = NOT) -> ast.Param:
    return param(bind("self", mutbl), t if t is not None else ast.ImplicitSelfTy(span=SP))


def fn(
    name: str,
    *stmts: ast.Stmt,
    params: tuple[ast.Param, ...] = (),
    ret: ast.Ty | None = None,
    gen: ast.Generics | None = None,
    header: ast.FnHeader | None = None,
    body: bool = True,
    vis: ast.Visibility = INHERITED,
    attrs: ast.Attrs = (),
) -> ast.FnItem:
    decl = ast.FnDecl(inputs=params, output=ret if ret is not None else ast.DefaultRetTy(span=SP))
    sig = ast.FnSig(header=header or ast.FnHeader(), decl=decl, span=SP)
    return ast.FnItem(
        attrs=attrs,
        vis=vis,
        ident=ident(name),
        generics=gen or generics(),
        sig=sig,
        body=block(*stmts) if body else None,
        span=SP,
    )


def tok(
    kind: TokenKind, text: str, joint: bool = False, raw: bool = False, lit_: Lit | None = None
) -> Token:
    return Token(kind, text, SP, joint=joint, raw=raw, lit=lit_)


def delim(
    kind: TokenKind, *trees: TokenTree, joint: bool = False, open_joint: bool = True
) -> Delimited:
    close = {TokenKind.OPEN_PAREN: ")", TokenKind.OPEN_BRACKET: "]", TokenKind.OPEN_BRACE: "}"}[
        kind
    ]
    close_kind = {
        TokenKind.OPEN_PAREN: TokenKind.CLOSE_PAREN,
        TokenKind.OPEN_BRACKET: TokenKind.CLOSE_BRACKET,
        TokenKind.OPEN_BRACE: TokenKind.CLOSE_BRACE,
    }[kind]
    opener = {TokenKind.OPEN_PAREN: "(", TokenKind.OPEN_BRACKET: "[", TokenKind.OPEN_BRACE: "{"}[
        kind
    ]
    return Delimited(
        open=tok(kind, opener, joint=open_joint),
        close=tok(close_kind, close, joint=joint),
        trees=trees,
    )


def attr(name: str, *tokens: TokenTree, inner: bool = False) -> ast.Attribute:
    args = (
        ast.DelimArgs(delim=ast.Delimiter.PAREN, tokens=tokens, open_span=SP, close_span=SP)
        if tokens
        else None
    )
    style = ast.AttrStyle.INNER if inner else ast.AttrStyle.OUTER
    return ast.Attribute(kind=ast.NormalAttr(path=path(name), args=args), style=style, span=SP)


def doc(text: str, inner: bool = False, block_style: bool = False) -> ast.Attribute:
    kind = ast.CommentKind.BLOCK if block_style else ast.CommentKind.LINE
    style = ast.AttrStyle.INNER if inner else ast.AttrStyle.OUTER
    return ast.Attribute(kind=ast.DocComment(comment_kind=kind, text=text), style=style, span=SP)


def mac(name: str, d: ast.Delimiter, *tokens: TokenTree) -> ast.MacCall:
    return ast.MacCall(
        path=path(name),
        args=ast.DelimArgs(delim=d, tokens=tokens, open_span=SP, close_span=SP),
        span=SP,
    )


def crate(*items: ast.Item, attrs: ast.Attrs = ()) -> ast.Crate:
    return ast.Crate(attrs=attrs, items=items, span=SP)


ADD = ast.BinOpKind.ADD


# -- expressions ----------------------------------------------------------------------------------


def test_literals() -> None:
    assert print_expr(int_("1_000", "u32")) == "1_000u32"
    assert print_expr(float_("1e3", "f64")) == "1e3f64"
    assert print_expr(true()) == "true"
    assert print_expr(str_("a\\n")) == '"a\\n"'
    assert print_expr(lit(LitKind.STR_RAW, 'say "hi"', n_hashes=1)) == 'r#"say "hi""#'
    assert print_expr(lit(LitKind.STR_RAW, "x")) == 'r"x"'
    assert print_expr(lit(LitKind.BYTE, "a")) == "b'a'"
    assert print_expr(lit(LitKind.CHAR, "\\u{1F600}")) == "'\\u{1F600}'"
    assert print_expr(lit(LitKind.BYTE_STR, "ab")) == 'b"ab"'
    assert print_expr(lit(LitKind.BYTE_STR_RAW, "ab", n_hashes=2)) == 'br##"ab"##'
    assert print_expr(lit(LitKind.C_STR, "ab")) == 'c"ab"'
    assert print_expr(lit(LitKind.C_STR_RAW, "ab", n_hashes=1)) == 'cr#"ab"#'


def test_binary_unary_cast() -> None:
    e = binary(
        ast.BinOpKind.MUL,
        paren(binary(ADD, var("a"), var("b"))),
        ast.UnaryExpr(op=ast.UnOp.NEG, expr=var("c"), span=SP),
    )
    assert print_expr(e) == "(a + b) * -c"
    e2 = ast.CastExpr(
        expr=ast.CastExpr(expr=var("x"), ty=ty("u8"), span=SP), ty=ty("char"), span=SP
    )
    assert print_expr(e2) == "x as u8 as char"
    e3 = ast.UnaryExpr(
        op=ast.UnOp.NOT, expr=ast.UnaryExpr(op=ast.UnOp.DEREF, expr=var("p"), span=SP), span=SP
    )
    assert print_expr(e3) == "!*p"
    neg_neg = ast.UnaryExpr(
        op=ast.UnOp.NEG, expr=ast.UnaryExpr(op=ast.UnOp.NEG, expr=int_("1"), span=SP), span=SP
    )
    assert print_expr(neg_neg) == "--1"


def test_addr_of() -> None:
    assert (
        print_expr(ast.AddrOfExpr(kind=ast.BorrowKind.REF, mutbl=MUT, expr=var("x"), span=SP))
        == "&mut x"
    )
    inner = ast.AddrOfExpr(kind=ast.BorrowKind.REF, mutbl=NOT, expr=var("x"), span=SP)
    assert (
        print_expr(ast.AddrOfExpr(kind=ast.BorrowKind.REF, mutbl=NOT, expr=inner, span=SP)) == "&&x"
    )
    assert (
        print_expr(ast.AddrOfExpr(kind=ast.BorrowKind.RAW, mutbl=NOT, expr=var("x"), span=SP))
        == "&raw const x"
    )
    assert (
        print_expr(ast.AddrOfExpr(kind=ast.BorrowKind.RAW, mutbl=MUT, expr=var("x"), span=SP))
        == "&raw mut x"
    )


def test_postfix_chains() -> None:
    e = ast.TryExpr(
        expr=method(
            method(var("it"), "map", var("f")), "collect", gen=angle(targ(ty("Vec", seg("_"))))
        ),
        span=SP,
    )
    # `_` as a type would be InferTy; here the path segment only checks the turbofish
    assert print_expr(e) == "it.map(f).collect::<Vec::_>()?"
    aw = ast.AwaitExpr(expr=call(var("fetch"), int_("1")), await_span=SP, span=SP)
    assert print_expr(field(aw, "body")) == "fetch(1).await.body"
    idx = ast.IndexExpr(
        expr=var("v"),
        index=ast.RangeExpr(start=int_("1"), end=None, limits=ast.RangeLimits.HALF_OPEN, span=SP),
        bracket_span=SP,
        span=SP,
    )
    assert print_expr(idx) == "v[1..]"


def test_tuple_fields_and_literal_receivers() -> None:
    assert print_expr(field(field(var("t"), "0"), "1")) == "t.0 .1"  # as rustfmt writes it
    assert print_expr(method(field(field(var("t"), "0"), "1"), "f")) == "t.0 .1.f()"
    assert print_expr(method(int_("1"), "max", int_("2"))) == "1.max(2)"
    assert print_expr(method(float_("1.0"), "max", float_("2.0"))) == "1.0.max(2.0)"
    # `1..max()` would lex as a range: the float `1.` keeps its own token
    assert print_expr(method(float_("1."), "max", float_("2."))) == "1. .max(2.)"
    assert print_expr(field(int_("1"), "0")) == "1 .0"
    assert print_expr(field(int_("1", "u8"), "0")) == "1u8.0"
    rng = ast.RangeExpr(
        start=float_("1."), end=float_("2."), limits=ast.RangeLimits.HALF_OPEN, span=SP
    )
    assert print_expr(rng) == "1. ..2."


def test_raw_identifiers() -> None:
    assert print_expr(var("r#match".removeprefix("r#"))) == "r#match"
    assert print_expr(field(var("self"), "type")) == "self.r#type"
    assert print_expr(var("Self", "new")) == "Self::new"
    assert print_expr(var("crate", "super_", "f")) == "crate::super_::f"
    assert print_expr(var("super", "f")) == "super::f"
    assert print_pat(bind("fn")) == "r#fn"
    assert print_pat(ast.WildPat(span=SP)) == "_"
    assert print_ty(ty("dyn")) == "r#dyn"


def test_paths() -> None:
    g = angle(targ(ty("u8")))
    assert print_expr(var(seg("Vec", g), "new")) == "Vec::<u8>::new"
    assert print_ty(ty("std", seg("vec"), seg("Vec", g))) == "std::vec::Vec<u8>"
    assert (
        print_expr(ast.PathExpr(qself=None, path=path("std", "mem", is_global=True), span=SP))
        == "::std::mem"
    )
    qs = ast.QSelf(ty=ty("T"), position=1, path_span=SP)
    assert (
        print_ty(ast.PathTy(qself=qs, path=path("Iterator", "Item"), span=SP))
        == "<T as Iterator>::Item"
    )
    qs0 = ast.QSelf(ty=ty("T"), position=0, path_span=SP)
    assert (
        print_expr(ast.PathExpr(qself=qs0, path=path(seg("f", angle(targ(ty("u8"))))), span=SP))
        == "<T>::f::<u8>"
    )
    qs2 = ast.QSelf(ty=ref_ty(ty("str")), position=2, path_span=SP)
    e = ast.PathExpr(qself=qs2, path=path("std", seg("convert"), seg("Into", g), "into"), span=SP)
    # the trait part of a qualified path is in type position: no turbofish
    assert (
        print_expr(ast.PathExpr(qself=qs2, path=path("a", seg("B", g), "c"), span=SP))
        == "<&str as a::B<u8>>::c"
    )
    assert print_expr(e) == "<&str as std::convert>::Into::<u8>::into"


def test_closures() -> None:
    decl = ast.FnDecl(
        inputs=(param(bind("x"), ast.InferTy(span=SP)),), output=ast.DefaultRetTy(span=SP)
    )
    c = ast.ClosureExpr(
        binder=None,
        capture=ast.CaptureBy.REF,
        is_async=False,
        is_const=False,
        decl=decl,
        body=binary(ADD, var("x"), int_("1")),
        decl_span=SP,
        span=SP,
    )
    assert print_expr(c) == "|x| x + 1"
    decl2 = ast.FnDecl(
        inputs=(param(bind("x"), ty("i32")), param(bind("y"), ty("i32"))), output=ty("i32")
    )
    c2 = ast.ClosureExpr(
        binder=None,
        capture=ast.CaptureBy.VALUE,
        is_async=False,
        is_const=False,
        decl=decl2,
        body=bexpr(tail(binary(ADD, var("x"), var("y")))),
        decl_span=SP,
        span=SP,
    )
    assert print_expr(c2) == "move |x: i32, y: i32| -> i32 {\n    x + y\n}"
    decl3 = ast.FnDecl(inputs=(), output=ast.DefaultRetTy(span=SP))
    c3 = ast.ClosureExpr(
        binder=None,
        capture=ast.CaptureBy.VALUE,
        is_async=True,
        is_const=False,
        decl=decl3,
        body=bexpr(),
        decl_span=SP,
        span=SP,
    )
    assert print_expr(c3) == "async move || {}"


def test_async_blocks_and_await() -> None:
    g = ast.GenBlockExpr(
        capture=ast.CaptureBy.VALUE,
        block=block(tail(ast.AwaitExpr(expr=var("fut"), await_span=SP, span=SP))),
        span=SP,
    )
    assert print_expr(g) == "async move { fut.await }"
    g2 = ast.GenBlockExpr(capture=ast.CaptureBy.REF, block=block(), span=SP)
    assert print_expr(g2) == "async {}"


def test_struct_literals() -> None:
    f1 = ast.ExprField(ident=ident("x"), expr=int_("1"), is_shorthand=False, span=SP)
    f2 = ast.ExprField(ident=ident("y"), expr=var("y"), is_shorthand=True, span=SP)
    s = ast.StructExpr(qself=None, path=path("Point"), fields=(f1, f2), span=SP)
    assert print_expr(s) == "Point { x: 1, y }"
    s2 = ast.StructExpr(qself=None, path=path("Point"), fields=(f1,), rest=var("base"), span=SP)
    assert print_expr(s2) == "Point { x: 1, ..base }"
    assert (
        print_expr(ast.StructExpr(qself=None, path=path("Unit"), fields=(), span=SP)) == "Unit {}"
    )
    s3 = ast.StructExpr(
        qself=None, path=path("S"), fields=(), rest=call(var("Default", "default")), span=SP
    )
    assert print_expr(s3) == "S { ..Default::default() }"
    tf = ast.ExprField(ident=ident("0"), expr=int_("1"), is_shorthand=False, span=SP)
    assert (
        print_expr(ast.StructExpr(qself=None, path=path("T"), fields=(tf,), span=SP))
        == "T { 0: 1 }"
    )


def test_if_in_head_keeps_parens() -> None:
    s = ast.StructExpr(qself=None, path=path("S"), fields=(), span=SP)
    e = ast.IfExpr(
        cond=binary(ast.BinOpKind.EQ, var("x"), paren(s)), then=block(), els=None, span=SP
    )
    assert print_expr(e) == "if x == (S {}) {}"


def test_if_else_chain() -> None:
    inner = ast.IfExpr(
        cond=var("b"), then=block(tail(int_("2"))), els=bexpr(tail(int_("3"))), span=SP
    )
    e = ast.IfExpr(cond=var("a"), then=block(tail(int_("1"))), els=inner, span=SP)
    assert print_expr(e) == "if a {\n    1\n} else if b {\n    2\n} else {\n    3\n}"
    let_e = ast.LetExpr(
        pat=ast.TupleStructPat(qself=None, path=path("Some"), pats=(bind("x"),), span=SP),
        scrutinee=var("o"),
        span=SP,
    )
    chain = binary(ast.BinOpKind.AND, let_e, var("c"))
    assert (
        print_expr(ast.IfExpr(cond=chain, then=block(), els=None, span=SP))
        == "if let Some(x) = o && c {}"
    )


def test_loops_and_labels() -> None:
    brk = ast.BreakExpr(label=label("'outer"), expr=int_("1"), span=SP)
    lp = ast.LoopExpr(body=block(semi(brk)), label=label("'outer"), span=SP)
    assert print_expr(lp) == "'outer: loop {\n    break 'outer 1;\n}"
    wh = ast.WhileExpr(
        cond=true(), body=block(semi(ast.ContinueExpr(label=None, span=SP))), label=None, span=SP
    )
    assert print_expr(wh) == "while true {\n    continue;\n}"
    rng = ast.RangeExpr(start=int_("0"), end=int_("10"), limits=ast.RangeLimits.CLOSED, span=SP)
    fl = ast.ForLoopExpr(pat=bind("i"), iter=rng, body=block(), label=None, span=SP)
    assert print_expr(fl) == "for i in 0..=10 {}"
    assert print_expr(bexpr(tail(int_("1")), lbl="'a")) == "'a: { 1 }"


def test_ranges() -> None:
    def r(s: ast.Expr | None, e: ast.Expr | None, closed: bool = False) -> str:
        lim = ast.RangeLimits.CLOSED if closed else ast.RangeLimits.HALF_OPEN
        return print_expr(ast.RangeExpr(start=s, end=e, limits=lim, span=SP))

    assert r(None, None) == ".."
    assert r(int_("1"), None) == "1.."
    assert r(None, int_("2")) == "..2"
    assert r(None, int_("2"), closed=True) == "..=2"
    assert r(var("a"), ast.UnaryExpr(op=ast.UnOp.NEG, expr=int_("1"), span=SP)) == "a..-1"


def test_match() -> None:
    arm1 = ast.Arm(
        pat=ast.TupleStructPat(qself=None, path=path("Some"), pats=(bind("x"),), span=SP),
        guard=binary(ast.BinOpKind.GT, var("x"), int_("0")),
        body=var("x"),
        span=SP,
    )
    arm2 = ast.Arm(
        pat=ast.OrPat(pats=(int_pat("1"), int_pat("2")), span=SP),
        guard=None,
        body=bexpr(semi(call(var("f")))),
        span=SP,
    )
    arm3 = ast.Arm(
        pat=ast.WildPat(span=SP),
        guard=None,
        body=bexpr(),
        attrs=(attr("allow", tok(TokenKind.IDENT, "x")),),
        span=SP,
    )
    m = ast.MatchExpr(scrutinee=var("o"), arms=(arm1, arm2, arm3), span=SP)
    assert print_expr(m) == (
        "match o {\n"
        "    Some(x) if x > 0 => x,\n"
        "    1 | 2 => {\n"
        "        f();\n"
        "    }\n"
        "    #[allow(x)]\n"
        "    _ => {}\n"
        "}"
    )
    assert print_expr(ast.MatchExpr(scrutinee=var("x"), arms=(), span=SP)) == "match x {}"


def int_pat(s: str) -> ast.ExprPat:
    return ast.ExprPat(expr=int_(s), span=SP)


def test_misc_exprs() -> None:
    arr = ast.ArrayExpr(elems=(int_("1"), int_("2")), span=SP)
    assert print_expr(arr) == "[1, 2]"
    rep = ast.RepeatExpr(expr=int_("0"), count=ast.AnonConst(value=var("N")), span=SP)
    assert print_expr(rep) == "[0; N]"
    assert print_expr(ast.TupleExpr(elems=(), span=SP)) == "()"
    assert print_expr(ast.TupleExpr(elems=(int_("1"),), span=SP)) == "(1,)"
    assert print_expr(ast.TupleExpr(elems=(int_("1"), int_("2")), span=SP)) == "(1, 2)"
    assert print_expr(ast.RetExpr(expr=None, span=SP)) == "return"
    assert print_expr(ast.RetExpr(expr=int_("1"), span=SP)) == "return 1"
    asg = ast.AssignOpExpr(op=ast.BinOpKind.SHL, lhs=var("x"), rhs=int_("2"), op_span=SP, span=SP)
    assert print_expr(asg) == "x <<= 2"
    dest = ast.AssignExpr(
        lhs=ast.TupleExpr(elems=(ast.UnderscoreExpr(span=SP), var("b")), span=SP),
        rhs=var("t"),
        eq_span=SP,
        span=SP,
    )
    assert print_expr(dest) == "(_, b) = t"
    cb = ast.ConstBlockExpr(block=block(tail(int_("1"))), span=SP)
    assert print_expr(cb) == "const { 1 }"
    ub = ast.BlockExpr(block=block(tail(call(var("f"))), rules=ast.BlockRules.UNSAFE), span=SP)
    assert print_expr(ub) == "unsafe { f() }"


def test_macro_calls() -> None:
    args = (
        tok(TokenKind.LITERAL, '"{}"', lit_=Lit(LitKind.STR, "{}")),
        tok(TokenKind.COMMA, ","),
        tok(TokenKind.IDENT, "x", joint=False),
    )
    args_joint = (
        tok(TokenKind.LITERAL, '"{}"', joint=True, lit_=Lit(LitKind.STR, "{}")),
        tok(TokenKind.COMMA, ","),
        tok(TokenKind.IDENT, "x", joint=True),
    )
    assert (
        print_expr(ast.MacCallExpr(mac=mac("println", ast.Delimiter.PAREN, *args_joint), span=SP))
        == 'println!("{}", x)'
    )
    assert (
        print_expr(ast.MacCallExpr(mac=mac("vec", ast.Delimiter.BRACKET, *args), span=SP))
        == 'vec!["{}" , x]'
    )
    brace = ast.MacCallItem(
        vis=INHERITED,
        ident=ident(""),
        mac=mac("m", ast.Delimiter.BRACE, tok(TokenKind.IDENT, "a")),
        span=SP,
    )
    assert print_item(brace) == "m! { a }"
    paren_item = ast.MacCallItem(
        vis=INHERITED, ident=ident(""), mac=mac("m", ast.Delimiter.PAREN), span=SP
    )
    assert print_item(paren_item) == "m!();"
    st = ast.MacCallStmt(
        mac=mac("m", ast.Delimiter.PAREN), style=ast.MacStmtStyle.SEMICOLON, span=SP
    )
    assert print_stmt(st) == "m!();"
    st2 = ast.MacCallStmt(mac=mac("m", ast.Delimiter.BRACE), style=ast.MacStmtStyle.BRACES, span=SP)
    assert print_stmt(st2) == "m! {}"
    st3 = ast.MacCallStmt(
        mac=mac("m", ast.Delimiter.PAREN), style=ast.MacStmtStyle.NO_BRACES, span=SP
    )
    assert print_stmt(st3) == "m!()"
    # `;` ends a line only inside a brace group laid out over lines, never in `[...]`
    inner = delim(
        TokenKind.OPEN_BRACKET,
        tok(TokenKind.LITERAL, "0", joint=True, lit_=Lit(LitKind.INTEGER, "0")),
        tok(TokenKind.SEMI, ";"),
        tok(TokenKind.IDENT, "w", joint=True),
        joint=True,
    )
    grid = mac(
        "vec",
        ast.Delimiter.BRACKET,
        inner,
        tok(TokenKind.SEMI, ";"),
        tok(TokenKind.IDENT, "h", joint=True),
    )
    assert print_expr(ast.MacCallExpr(mac=grid, span=SP)) == "vec![[0; w]; h]"
    stmts = mac(
        "m",
        ast.Delimiter.BRACE,
        tok(TokenKind.IDENT, "a", joint=True),
        tok(TokenKind.SEMI, ";"),
        tok(TokenKind.IDENT, "b", joint=True),
        tok(TokenKind.SEMI, ";"),
    )
    assert (
        print_stmt(ast.MacCallStmt(mac=stmts, style=ast.MacStmtStyle.BRACES, span=SP))
        == "m! {\n    a;\n    b;\n}"
    )
    assert print_ty(ast.MacCallTy(mac=mac("ty", ast.Delimiter.PAREN), span=SP)) == "ty!()"
    assert print_pat(ast.MacCallPat(mac=mac("p", ast.Delimiter.BRACKET), span=SP)) == "p![]"


# -- statements -----------------------------------------------------------------------------------


def test_statements() -> None:
    assert print_stmt(let(bind("x", MUT), int_("1"), ty("i32"))) == "let mut x: i32 = 1;"
    assert print_stmt(let(bind("x"))) == "let x;"
    some = ast.TupleStructPat(qself=None, path=path("Some"), pats=(bind("v"),), span=SP)
    le = let(some, var("opt"), els=block(semi(ast.RetExpr(expr=None, span=SP))))
    assert print_stmt(le) == "let Some(v) = opt else {\n    return;\n};"
    short = let(some, var("opt"), els=block(tail(ast.RetExpr(expr=None, span=SP))))
    assert print_stmt(short) == "let Some(v) = opt else { return };"
    assert print_stmt(ast.EmptyStmt(span=SP)) == ";"
    # block-like expression statements take no semicolon
    assert print_stmt(tail(ast.IfExpr(cond=var("c"), then=block(), els=None, span=SP))) == "if c {}"
    assert print_stmt(semi(call(var("f")))) == "f();"
    with_attr = semi(
        ast.CallExpr(
            func=var("f"), args=(), attrs=(attr("cfg", tok(TokenKind.IDENT, "x")),), span=SP
        )
    )
    assert print_stmt(with_attr) == "#[cfg(x)]\nf();"


def test_block_layout() -> None:
    f = fn("main", let(bind("x"), int_("1")), semi(call(var("f"), var("x"))), tail(var("x")))
    assert print_item(f) == "fn main() {\n    let x = 1;\n    f(x);\n    x\n}"


# -- patterns -------------------------------------------------------------------------------------


def test_patterns() -> None:
    rb = ast.IdentPat(by_ref=True, by_ref_mut=MUT, mutbl=NOT, ident=ident("x"), sub=None, span=SP)
    assert print_pat(rb) == "ref mut x"
    at = bind(
        "n",
        sub=ast.RangePat(start=int_("1"), end=int_("9"), end_kind=ast.RangeEnd.INCLUDED, span=SP),
    )
    assert print_pat(at) == "n @ 1..=9"
    assert (
        print_pat(ast.RangePat(start=int_("1"), end=None, end_kind=ast.RangeEnd.EXCLUDED, span=SP))
        == "1.."
    )
    assert (
        print_pat(ast.RangePat(start=None, end=int_("9"), end_kind=ast.RangeEnd.INCLUDED, span=SP))
        == "..=9"
    )
    neg = ast.ExprPat(expr=ast.UnaryExpr(op=ast.UnOp.NEG, expr=int_("1"), span=SP), span=SP)
    assert print_pat(neg) == "-1"
    sp = ast.StructPat(
        qself=None,
        path=path("P"),
        fields=(
            ast.PatField(ident=ident("x"), pat=bind("x"), is_shorthand=True, span=SP),
            ast.PatField(ident=ident("y"), pat=ast.WildPat(span=SP), is_shorthand=False, span=SP),
        ),
        rest=True,
        span=SP,
    )
    assert print_pat(sp) == "P { x, y: _, .. }"
    assert (
        print_pat(ast.StructPat(qself=None, path=path("P"), fields=(), rest=True, span=SP))
        == "P { .. }"
    )
    assert print_pat(ast.TuplePat(pats=(ast.RestPat(span=SP),), span=SP)) == "(..)"
    assert print_pat(ast.TuplePat(pats=(bind("a"),), span=SP)) == "(a,)"
    sl = ast.SlicePat(pats=(bind("first"), ast.RestPat(span=SP)), span=SP)
    assert print_pat(sl) == "[first, ..]"
    rp = ast.RefPat(pat=ast.RefPat(pat=bind("x"), mutbl=NOT, span=SP), mutbl=MUT, span=SP)
    assert print_pat(rp) == "&mut &x"
    orp = ast.OrPat(pats=(path_pat("A"), path_pat("B")), leading_vert=True, span=SP)
    assert print_pat(orp) == "| A | B"
    assert (
        print_pat(
            ast.ParenPat(pat=ast.OrPat(pats=(path_pat("A"), path_pat("B")), span=SP), span=SP)
        )
        == "(A | B)"
    )
    assert print_pat(ast.BoxPat(pat=bind("b"), span=SP)) == "box b"
    assert (
        print_pat(
            ast.TupleStructPat(
                qself=None, path=path(seg("E", angle(targ(ty("u8")))), "V"), pats=(), span=SP
            )
        )
        == "E::<u8>::V()"
    )


def path_pat(name: str) -> ast.PathPat:
    return ast.PathPat(qself=None, path=path(name), span=SP)


# -- types ----------------------------------------------------------------------------------------


def test_types() -> None:
    assert print_ty(ref_ty(ty("T"), MUT, "'a")) == "&'a mut T"
    assert print_ty(ast.PtrTy(mutbl=NOT, ty=ty("u8"), span=SP)) == "*const u8"
    assert print_ty(ast.PtrTy(mutbl=MUT, ty=ty("u8"), span=SP)) == "*mut u8"
    assert print_ty(ast.SliceTy(elem=ty("u8"), span=SP)) == "[u8]"
    assert (
        print_ty(ast.ArrayTy(elem=ty("u8"), len=ast.AnonConst(value=int_("4")), span=SP))
        == "[u8; 4]"
    )
    assert print_ty(ast.NeverTy(span=SP)) == "!"
    assert print_ty(ref_ty(ty("str"), lifetime="'static")) == "&'static str"
    assert print_ty(ref_ty(ty("str"), lifetime="'_")) == "&'_ str"
    assert print_ty(ref_ty(ty("str"), lifetime="'fn")) == "&'r#fn str"
    assert print_ty(ast.TupleTy(elems=(), span=SP)) == "()"
    assert print_ty(ast.TupleTy(elems=(ty("A"),), span=SP)) == "(A,)"
    assert print_ty(ast.InferTy(span=SP)) == "_"
    dyn = ast.TraitObjectTy(
        bounds=(trait_bound("A"), trait_bound("B"), ast.OutlivesBound(lifetime=lt("'a"), span=SP)),
        syntax=ast.TraitObjectSyntax.DYN,
        span=SP,
    )
    assert print_ty(dyn) == "dyn A + B + 'a"
    assert print_ty(ast.ImplTraitTy(bounds=(trait_bound("Iterator"),), span=SP)) == "impl Iterator"
    fn_args = ast.ParenthesizedArgs(inputs=(ty("A"),), output=ty("B"), span=SP)
    assert print_ty(ty(seg("Fn", fn_args))) == "Fn(A) -> B"
    fn_args0 = ast.ParenthesizedArgs(inputs=(), output=ast.DefaultRetTy(span=SP), span=SP)
    assert print_ty(ty(seg("FnOnce", fn_args0))) == "FnOnce()"
    item_eq = ast.AssocItemConstraint(ident=ident("Item"), gen_args=None, term=ty("u8"), span=SP)
    assert print_ty(ty(seg("Iterator", angle(item_eq)))) == "Iterator<Item = u8>"
    item_b = ast.AssocItemConstraint(
        ident=ident("Item"), gen_args=None, bounds=(trait_bound("Copy"),), span=SP
    )
    assert print_ty(ty(seg("Iterator", angle(item_b)))) == "Iterator<Item: Copy>"
    c = ast.ConstArg(
        value=ast.AnonConst(value=bexpr(tail(binary(ADD, var("N"), int_("1"))))), span=SP
    )
    assert (
        print_ty(ty(seg("A", angle(ast.LifetimeArg(lifetime=lt("'a"), span=SP), targ(ty("T")), c))))
        == "A<'a, T, { N + 1 }>"
    )
    bare = ast.BareFnTy(
        safety=ast.Safety.UNSAFE,
        abi=Lit(LitKind.STR, "C"),
        abi_written_bare=False,
        generic_params=(lparam("'a"),),
        decl=ast.FnDecl(
            inputs=(
                param(ast.WildPat(span=SP), ref_ty(ty("u8"), lifetime="'a")),
                param(bind("n"), ty("i32")),
            ),
            output=ty("i32"),
        ),
        span=SP,
    )
    assert print_ty(bare) == "for<'a> unsafe extern \"C\" fn(&'a u8, n: i32) -> i32"
    maybe = trait_bound("Sized", polarity=ast.BoundPolarity.MAYBE)
    assert print_ty(ast.ImplTraitTy(bounds=(maybe,), span=SP)) == "impl ?Sized"
    assert print_ty(ast.ParenTy(ty=ty("T"), span=SP)) == "(T)"


# -- items ----------------------------------------------------------------------------------------


def test_fn_headers_and_self_params() -> None:
    hdr = ast.FnHeader(
        is_const=True, is_async=True, safety=ast.Safety.UNSAFE, ext=Lit(LitKind.STR, "C")
    )
    assert print_item(fn("f", header=hdr, vis=PUB)) == 'pub const async unsafe extern "C" fn f() {}'
    ps = (
        self_param(),
        param(bind("x"), ty("u8")),
    )
    assert print_item(fn("a", params=ps, body=False)) == "fn a(self, x: u8);"
    assert print_item(fn("b", params=(self_param(mutbl=MUT),), body=False)) == "fn b(mut self);"
    refself = ref_ty(ast.ImplicitSelfTy(span=SP), MUT, "'a")
    assert print_item(fn("c", params=(self_param(refself),), body=False)) == "fn c(&'a mut self);"
    assert (
        print_item(fn("d", params=(self_param(ref_ty(ast.ImplicitSelfTy(span=SP))),), body=False))
        == "fn d(&self);"
    )
    boxed = ty(seg("Box", angle(targ(ty("Self")))))
    assert print_item(fn("e", params=(self_param(boxed),), body=False)) == "fn e(self: Box<Self>);"


def test_generics_and_where() -> None:
    pred = ast.BoundPredicate(
        bound_generic_params=(),
        bounded_ty=ty("T"),
        bounds=(trait_bound("Clone"), trait_bound("Debug")),
        span=SP,
    )
    hrtb = ast.BoundPredicate(
        bound_generic_params=(lparam("'a"),),
        bounded_ty=ty("F"),
        bounds=(
            trait_bound(
                seg(
                    "Fn",
                    ast.ParenthesizedArgs(
                        inputs=(ref_ty(ty("str"), lifetime="'a"),),
                        output=ref_ty(ty("str"), lifetime="'a"),
                        span=SP,
                    ),
                )
            ),
        ),
        span=SP,
    )
    cparam = ast.GenericParam(
        ident=ident("N"),
        kind=ast.GenericParamKind.CONST,
        const_ty=ty("usize"),
        const_default=ast.AnonConst(value=int_("3")),
        span=SP,
    )
    g = generics(
        lparam("'a"),
        lparam("'b", ast.OutlivesBound(lifetime=lt("'a"), span=SP)),
        tparam("T", trait_bound("Sized", polarity=ast.BoundPolarity.MAYBE)),
        tparam("U", default=ty("i32")),
        cparam,
        where=(pred, hrtb),
    )
    f = fn("f", gen=g, ret=ty("T"), params=(param(bind("x"), ty("T")),))
    assert print_item(f) == (
        "fn f<'a, 'b: 'a, T: ?Sized, U = i32, const N: usize = 3>(x: T) -> T\n"
        "where\n"
        "    T: Clone + Debug,\n"
        "    for<'a> F: Fn(&'a str) -> &'a str,\n"
        "{}"
    )


def test_structs_enums_unions() -> None:
    fld = ast.FieldDef(vis=PUB, ident=ident("x"), ty=ty("i32"), span=SP)
    fld2 = ast.FieldDef(
        vis=INHERITED, ident=ident("y"), ty=ty("i32"), attrs=(doc(" The y."),), span=SP
    )
    st = ast.StructItem(
        vis=PUB,
        ident=ident("P"),
        generics=generics(),
        data=ast.VariantData(shape=ast.VariantShape.STRUCT, fields=(fld, fld2)),
        span=SP,
    )
    assert print_item(st) == "pub struct P {\n    pub x: i32,\n    /// The y.\n    y: i32,\n}"
    crate_vis = ast.Visibility(kind="restricted", path=path("crate"), shorthand=True, span=SP)
    tf = ast.FieldDef(vis=crate_vis, ident=None, ty=ty("u8"), span=SP)
    wpred = ast.BoundPredicate(
        bound_generic_params=(), bounded_ty=ty("T"), bounds=(trait_bound("Copy"),), span=SP
    )
    ts = ast.StructItem(
        vis=INHERITED,
        ident=ident("W"),
        generics=generics(tparam("T"), where=(wpred,)),
        data=ast.VariantData(shape=ast.VariantShape.TUPLE, fields=(tf,)),
        span=SP,
    )
    assert print_item(ts) == "struct W<T>(pub(crate) u8)\nwhere\n    T: Copy;"
    unit = ast.StructItem(
        vis=INHERITED,
        ident=ident("U"),
        generics=generics(),
        data=ast.VariantData(shape=ast.VariantShape.UNIT),
        span=SP,
    )
    assert print_item(unit) == "struct U;"
    un = ast.UnionItem(
        vis=INHERITED,
        ident=ident("IntOrFloat"),
        generics=generics(),
        data=ast.VariantData(
            shape=ast.VariantShape.STRUCT,
            fields=(ast.FieldDef(vis=INHERITED, ident=ident("i"), ty=ty("u32"), span=SP),),
        ),
        span=SP,
    )
    assert print_item(un) == "union IntOrFloat {\n    i: u32,\n}"
    variants = (
        ast.Variant(
            ident=ident("A"),
            vis=INHERITED,
            data=ast.VariantData(shape=ast.VariantShape.UNIT),
            disr_expr=ast.AnonConst(value=int_("1")),
            span=SP,
        ),
        ast.Variant(
            ident=ident("B"),
            vis=INHERITED,
            data=ast.VariantData(
                shape=ast.VariantShape.TUPLE,
                fields=(ast.FieldDef(vis=INHERITED, ident=None, ty=ty("u8"), span=SP),),
            ),
            span=SP,
        ),
        ast.Variant(
            ident=ident("C"),
            vis=INHERITED,
            data=ast.VariantData(
                shape=ast.VariantShape.STRUCT,
                fields=(ast.FieldDef(vis=INHERITED, ident=ident("x"), ty=ty("u8"), span=SP),),
            ),
            span=SP,
        ),
        ast.Variant(
            ident=ident("D"),
            vis=INHERITED,
            data=ast.VariantData(shape=ast.VariantShape.STRUCT),
            span=SP,
        ),
    )
    en = ast.EnumItem(
        vis=INHERITED,
        ident=ident("E"),
        generics=generics(),
        variants=variants,
        attrs=(attr("derive", tok(TokenKind.IDENT, "Debug")),),
        span=SP,
    )
    assert (
        print_item(en)
        == "#[derive(Debug)]\nenum E {\n    A = 1,\n    B(u8),\n    C { x: u8 },\n    D {},\n}"
    )


def test_traits_and_impls() -> None:
    method_sig = fn(
        "len",
        params=(self_param(ref_ty(ast.ImplicitSelfTy(span=SP))),),
        ret=ty("usize"),
        body=False,
    )
    assoc = ast.TyAliasItem(
        vis=INHERITED,
        ident=ident("Item"),
        generics=generics(),
        bounds=(trait_bound("Copy"),),
        ty=None,
        span=SP,
    )
    tr = ast.TraitItem(
        vis=PUB,
        ident=ident("Len"),
        safety=ast.Safety.UNSAFE,
        is_auto=False,
        generics=generics(),
        bounds=(trait_bound("Sized"),),
        items=(assoc, method_sig),
        span=SP,
    )
    assert (
        print_item(tr)
        == "pub unsafe trait Len: Sized {\n    type Item: Copy;\n\n    fn len(&self) -> usize;\n}"
    )
    auto = ast.TraitItem(
        vis=INHERITED,
        ident=ident("Marker"),
        safety=ast.Safety.DEFAULT,
        is_auto=True,
        generics=generics(),
        bounds=(),
        items=(),
        span=SP,
    )
    assert print_item(auto) == "auto trait Marker {}"
    neg = ast.ImplItem(
        vis=INHERITED,
        ident=ident(""),
        safety=ast.Safety.DEFAULT,
        polarity=ast.ImplPolarity.NEGATIVE,
        is_default=False,
        is_const=False,
        generics=generics(),
        of_trait=ast.TraitRef(path=path("Send")),
        self_ty=ty("T"),
        items=(),
        span=SP,
    )
    assert print_item(neg) == "impl !Send for T {}"
    uimpl = ast.ImplItem(
        vis=INHERITED,
        ident=ident(""),
        safety=ast.Safety.UNSAFE,
        polarity=ast.ImplPolarity.POSITIVE,
        is_default=False,
        is_const=False,
        generics=generics(tparam("T")),
        of_trait=ast.TraitRef(path=path("Sync")),
        self_ty=ty(seg("W", angle(targ(ty("T"))))),
        items=(),
        span=SP,
    )
    assert print_item(uimpl) == "unsafe impl<T> Sync for W<T> {}"
    inherent = ast.ImplItem(
        vis=INHERITED,
        ident=ident(""),
        safety=ast.Safety.DEFAULT,
        polarity=ast.ImplPolarity.POSITIVE,
        is_default=False,
        is_const=False,
        generics=generics(),
        of_trait=None,
        self_ty=ty("S"),
        items=(fn("a"), fn("b")),
        span=SP,
    )
    assert print_item(inherent) == "impl S {\n    fn a() {}\n\n    fn b() {}\n}"


def test_module_items() -> None:
    c = ast.ConstItem(
        vis=INHERITED,
        ident=ident("N"),
        generics=generics(),
        ty=ty("usize"),
        expr=int_("3"),
        span=SP,
    )
    assert print_item(c) == "const N: usize = 3;"
    st = ast.StaticItem(
        vis=INHERITED, ident=ident("C"), ty=ty("u32"), mutbl=MUT, expr=int_("0"), span=SP
    )
    assert print_item(st) == "static mut C: u32 = 0;"
    ta = ast.TyAliasItem(
        vis=PUB,
        ident=ident("R"),
        generics=generics(tparam("T")),
        bounds=(),
        ty=ty(seg("Result", angle(targ(ty("T")), targ(ty("E"))))),
        span=SP,
    )
    assert print_item(ta) == "pub type R<T> = Result<T, E>;"
    ec = ast.ExternCrateItem(vis=INHERITED, ident=ident("f"), orig_name=ident("foo"), span=SP)
    assert print_item(ec) == "extern crate foo as f;"
    ext = ast.ForeignModItem(
        vis=INHERITED,
        ident=ident(""),
        abi=Lit(LitKind.STR, "C"),
        items=(
            fn("abs", params=(param(bind("x"), ty("i32")),), ret=ty("i32"), body=False),
            fn(
                "printf",
                params=(
                    param(bind("fmt"), ast.PtrTy(mutbl=NOT, ty=ty("u8"), span=SP)),
                    param(ast.WildPat(span=SP), ast.CVarArgsTy(span=SP)),
                ),
                ret=ty("i32"),
                body=False,
            ),
        ),
        span=SP,
    )
    assert (
        print_item(ext)
        == 'extern "C" {\n    fn abs(x: i32) -> i32;\n    fn printf(fmt: *const u8, ...) -> i32;\n}'
    )
    md = ast.ModItem(
        vis=PUB,
        ident=ident("m"),
        items=(fn("f"),),
        inner_attrs=(attr("allow", tok(TokenKind.IDENT, "dead_code"), inner=True),),
        span=SP,
    )
    assert print_item(md) == "pub mod m {\n    #![allow(dead_code)]\n\n    fn f() {}\n}"
    assert print_item(ast.ModItem(vis=INHERITED, ident=ident("n"), items=None, span=SP)) == "mod n;"
    in_vis = ast.Visibility(kind="restricted", path=path("crate", "a"), span=SP)
    assert print_item(fn("g", vis=in_vis)) == "pub(in crate::a) fn g() {}"


def test_use_trees() -> None:
    def use(tree: ast.UseTree) -> str:
        return print_item(ast.UseItem(vis=INHERITED, ident=ident(""), tree=tree, span=SP))

    def ut(
        *names: str,
        kind: str = "simple",
        rename: str | None = None,
        nested: tuple[ast.UseTree, ...] = (),
    ) -> ast.UseTree:
        return ast.UseTree(
            prefix=path(*names),
            kind=kind,
            rename=ident(rename) if rename else None,
            nested=nested,
            span=SP,
        )

    assert use(ut("std", "io")) == "use std::io;"
    assert use(ut("std", "io", kind="glob")) == "use std::io::*;"
    assert use(ut("a", rename="_")) == "use a as _;"
    nested = (ut("self"), ut("Read", rename="R"), ut("b", kind="nested", nested=(ut("c"),)))
    assert (
        use(ut("std", "io", kind="nested", nested=nested))
        == "use std::io::{self, Read as R, b::{c}};"
    )
    assert (
        use(ast.UseTree(prefix=path(is_global=True), kind="nested", nested=(ut("a"),), span=SP))
        == "use ::{a};"
    )


def test_macro_rules() -> None:
    # macro_rules! m { ($x:expr) => { $x + 1 }; () => { f(); } }
    rule1 = (
        delim(
            TokenKind.OPEN_PAREN,
            tok(TokenKind.DOLLAR, "$", joint=True),
            tok(TokenKind.IDENT, "x", joint=True),
            tok(TokenKind.COLON, ":", joint=True),
            tok(TokenKind.IDENT, "expr", joint=True),
        ),
        tok(TokenKind.FAT_ARROW, "=>"),
        delim(
            TokenKind.OPEN_BRACE,
            tok(TokenKind.DOLLAR, "$", joint=True),
            tok(TokenKind.IDENT, "x"),
            tok(TokenKind.PLUS, "+"),
            tok(TokenKind.LITERAL, "1", lit_=Lit(LitKind.INTEGER, "1")),
            joint=True,
            open_joint=False,
        ),
        tok(TokenKind.SEMI, ";"),
    )
    rule2 = (
        delim(TokenKind.OPEN_PAREN),
        tok(TokenKind.FAT_ARROW, "=>"),
        delim(
            TokenKind.OPEN_BRACE,
            tok(TokenKind.IDENT, "f", joint=True),
            delim(TokenKind.OPEN_PAREN, joint=True),
            tok(TokenKind.SEMI, ";", joint=True),
        ),
    )
    body = ast.DelimArgs(
        delim=ast.Delimiter.BRACE, tokens=rule1 + rule2, open_span=SP, close_span=SP
    )
    it = ast.MacroRulesItem(vis=INHERITED, ident=ident("m"), body=body, span=SP)
    assert (
        print_item(it)
        == "macro_rules! m {\n    ($x:expr) => {\n        $x + 1\n    };\n    () => {\n        f();\n    }\n}"
    )


def test_attributes_and_docs() -> None:
    f = fn("f", attrs=(doc(" Adds."), doc(" Block. ", block_style=True), attr("inline")))
    assert print_item(f) == "/// Adds.\n/** Block. */\n#[inline]\nfn f() {}"
    eq = ast.Attribute(
        kind=ast.NormalAttr(path=path("doc"), args=ast.AttrEq(expr=str_("x"), eq_span=SP)),
        style=ast.AttrStyle.OUTER,
        span=SP,
    )
    unsafe = ast.Attribute(
        kind=ast.NormalAttr(path=path("no_mangle"), args=None, unsafe=True),
        style=ast.AttrStyle.OUTER,
        span=SP,
    )
    assert (
        print_item(fn("g", attrs=(eq, unsafe))) == '#[doc = "x"]\n#[unsafe(no_mangle)]\nfn g() {}'
    )
    # inner attributes of a fn body are kept with the item (as rustc does)
    inner = fn(
        "h",
        tail(int_("1")),
        attrs=(attr("allow", tok(TokenKind.IDENT, "x"), inner=True), doc(" Inner.", inner=True)),
    )
    assert print_item(inner) == "fn h() {\n    #![allow(x)]\n    //! Inner.\n    1\n}"


def test_crate_layout() -> None:
    use_a = ast.UseItem(
        vis=INHERITED,
        ident=ident(""),
        tree=ast.UseTree(prefix=path("a"), kind="simple", span=SP),
        span=SP,
    )
    use_b = ast.UseItem(
        vis=INHERITED,
        ident=ident(""),
        tree=ast.UseTree(prefix=path("b"), kind="simple", span=SP),
        span=SP,
    )
    c = crate(
        use_a,
        use_b,
        fn("f"),
        fn("g"),
        attrs=(
            doc(" Crate docs.", inner=True),
            attr("allow", tok(TokenKind.IDENT, "x"), inner=True),
        ),
    )
    assert (
        print_crate(c)
        == "//! Crate docs.\n#![allow(x)]\n\nuse a;\nuse b;\n\nfn f() {}\n\nfn g() {}\n"
    )
    assert print_crate(crate()) == ""


# -- token streams --------------------------------------------------------------------------------


def test_print_tokens_spacing() -> None:
    minus = tok(TokenKind.MINUS, "-")
    gt = tok(TokenKind.GT, ">")
    assert print_tokens((minus, gt)) == "- >"
    # joint but re-gluing would make `->`: still two tokens
    assert print_tokens((tok(TokenKind.MINUS, "-", joint=True), gt)) == "- >"
    assert print_tokens((tok(TokenKind.DOLLAR, "$", joint=True), tok(TokenKind.IDENT, "x"))) == "$x"
    assert print_tokens((tok(TokenKind.DOLLAR, "$"), tok(TokenKind.IDENT, "x"))) == "$ x"
    assert (
        print_tokens(
            (
                tok(TokenKind.POUND, "#", joint=True),
                delim(TokenKind.OPEN_BRACKET, tok(TokenKind.IDENT, "a", joint=True)),
            )
        )
        == "#[a]"
    )
    assert (
        print_tokens(
            (
                tok(TokenKind.IDENT, "a", joint=True),
                tok(TokenKind.PATH_SEP, "::", joint=True),
                tok(TokenKind.IDENT, "b"),
            )
        )
        == "a::b"
    )
    assert print_tokens((tok(TokenKind.COLON, ":", joint=True), tok(TokenKind.COLON, ":"))) == ": :"
    assert (
        print_tokens((tok(TokenKind.DOT, ".", joint=True), tok(TokenKind.DOT_DOT, ".."))) == ". .."
    )
    assert print_tokens((tok(TokenKind.SLASH, "/", joint=True), tok(TokenKind.STAR, "*"))) == "/ *"
    assert print_tokens((tok(TokenKind.IDENT, "a", joint=True), tok(TokenKind.IDENT, "b"))) == "a b"
    assert (
        print_tokens(
            (
                tok(TokenKind.IDENT, "r", joint=True),
                tok(TokenKind.POUND, "#", joint=True),
                tok(TokenKind.IDENT, "x"),
            )
        )
        == "r #x"
    )
    assert print_tokens((tok(TokenKind.IDENT, "match", raw=True),)) == "r#match"
    assert (
        print_tokens((tok(TokenKind.LIFETIME, "'a", joint=True), tok(TokenKind.COLON, ":")))
        == "'a:"
    )
    one = tok(TokenKind.LITERAL, "1", joint=True, lit_=Lit(LitKind.INTEGER, "1"))
    zero = tok(TokenKind.LITERAL, "0", lit_=Lit(LitKind.INTEGER, "0"))
    assert print_tokens((one, tok(TokenKind.DOT, ".", joint=True), zero)) == "1 .0"
    one_dot = tok(TokenKind.LITERAL, "1.", joint=True, lit_=Lit(LitKind.FLOAT, "1."))
    assert (
        print_tokens((one_dot, tok(TokenKind.DOT, ".", joint=True), tok(TokenKind.IDENT, "max")))
        == "1. .max"
    )
    line_doc = tok(TokenKind.DOC_COMMENT, "/// hi", joint=True)
    assert print_tokens((line_doc, tok(TokenKind.IDENT, "x"))) == "/// hi\nx"


# -- robustness -----------------------------------------------------------------------------------


def test_long_binary_chain_is_iterative() -> None:
    e: ast.Expr = var("a0")
    n = 100_000
    for i in range(1, n):
        e = binary(ADD, e, var(f"a{i}"))
    text = print_expr(e)
    assert text.startswith("a0 + a1 + a2") and text.endswith(f"a{n - 1}")
    m: ast.Expr = var("x")
    for _ in range(20_000):
        m = method(m, "f")
    assert print_expr(m).count(".f()") == 20_000


def test_deep_nesting_with_high_limit() -> None:
    e: ast.Expr = int_("1")
    for _ in range(20_000):
        e = paren(ast.UnaryExpr(op=ast.UnOp.NEG, expr=e, span=SP))
    assert print_expr(e) == "(-" * 20_000 + "1" + ")" * 20_000
    blk: ast.Expr = int_("1")
    depth = 2_000
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 50_000))
    try:
        for _ in range(depth):
            blk = bexpr(tail(blk))
        assert print_expr(blk).count("{") == depth
    finally:
        sys.setrecursionlimit(old)


# -- dump -----------------------------------------------------------------------------------------


def test_dump() -> None:
    f = fn(
        "main",
        semi(
            ast.MacCallExpr(
                mac=mac(
                    "println",
                    ast.Delimiter.PAREN,
                    tok(TokenKind.LITERAL, '"hi"', lit_=Lit(LitKind.STR, "hi")),
                ),
                span=SP,
            )
        ),
    )
    assert dump(f) == (
        'FnItem ident="main"\n'
        '  vis: Visibility kind="inherited"\n'
        "  generics: Generics params=[]\n"
        "    where_clause: WhereClause has_where_token=False predicates=[]\n"
        "  sig: FnSig\n"
        "    header: FnHeader\n"
        "    decl: FnDecl inputs=[]\n"
        "      output: DefaultRetTy\n"
        "  body: Block\n"
        "    stmts:\n"
        "      - SemiStmt\n"
        "        expr: MacCallExpr\n"
        "          mac: MacCall path=`println`\n"
        '            args: DelimArgs delim=PAREN tokens=`"hi"`\n'
    )
    assert (
        dump(binary(ADD, int_("1", "u8"), var("x")))
        == "BinaryExpr op=ADD\n  lhs: LitExpr lit=`1u8`\n  rhs: PathExpr qself=None path=`x`\n"
    )


def test_dump_deep_is_iterative() -> None:
    e: ast.Expr = int_("1")
    for _ in range(5_000):
        e = paren(e)
    out = dump(e)
    assert out.count("ParenExpr") == 5_000
    assert "|5000| expr: LitExpr" in out
