"""`macro_rules!`: matching, transcription and the shape of what comes out.

Each test expands a small program and looks at the expanded tree (printed, or walked).
Expected texts are what rustc's `-Zunpretty=expanded` shows for the same programs, up to
layout.
"""

from __future__ import annotations

import pytest
from expand_util import expand_src

from ferric.syntax import ast
from ferric.syntax.printer import print_expr


def test_simple_expression_macro() -> None:
    e = expand_src("macro_rules! two { () => { 1 + 1 }; }\nfn main() { let x = two!(); }")
    assert e.errors == []
    assert e.let_init(0) == "1 + 1"


def test_arms_are_tried_in_order() -> None:
    src = """
macro_rules! which {
    (a) => { 1 };
    ($i:ident) => { 2 };
    ($e:expr) => { 3 };
}
fn main() { let a = which!(a); let b = which!(b); let c = which!(1 + 1); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert [e.let_init(i) for i in range(3)] == ["1", "2", "3"]


def test_recursion_counts_token_trees() -> None:
    src = """
macro_rules! count {
    () => { 0 };
    ($h:tt $($t:tt)*) => { 1 + count!($($t)*) };
}
fn main() { let n = count!(a (b c) [d] e); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "1 + 1 + 1 + 1 + 0"


def test_nested_repetitions_with_separators() -> None:
    src = """
macro_rules! rows {
    ($($($x:expr),*);*) => { [$([$($x),*]),*] };
}
fn main() { let m = rows!(1, 2; 3; ); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "[[1, 2], [3], []]"


def test_optional_and_one_or_more() -> None:
    src = """
macro_rules! opt {
    ($a:expr $(, $b:expr)?) => { ($a $(, $b)?) };
}
macro_rules! plus {
    ($($x:ident)+) => { [$(stringify!($x)),+] };
}
fn main() { let a = opt!(1); let b = opt!(1, 2); let c = plus!(p q); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "(1)"
    assert e.let_init(1) == "(1, 2)"


@pytest.mark.parametrize(
    ("matcher", "args", "body", "expected"),
    [
        ("$x:ident", "foo", "$x", "foo"),
        ("$x:expr", "1 + 2", "$x", "1 + 2"),
        ("$x:expr_2021", "a.b()", "$x", "a.b()"),
        ("$x:literal", "-5", "$x", "-5"),
        ("$x:literal", '"s"', "$x", '"s"'),
        ("$x:tt", "(a b)", "stringify!($x)", None),
        ("$x:ty", "Vec<u8>", "0 as $x", "0 as Vec<u8>"),
        ("$x:path", "std::mem::swap", "$x", "std::mem::swap"),
        ("$x:block", "{ 1 }", "$x", "{ 1 }"),
        ("$x:pat", "Some(1) | None", "match 0 { $x => 1 }", None),
        ("$x:pat_param", "Some(_)", "match 0 { $x => 1 }", None),
        ("$x:lifetime", "'a", '{ let r: &$x str = ""; r }', None),
    ],
)
def test_fragment_kinds_in_expression_position(
    matcher: str, args: str, body: str, expected: str | None
) -> None:
    e = expand_src(
        f"macro_rules! m {{ ({matcher}) => {{ {body} }}; }}\nfn main() {{ let v = m!({args}); }}"
    )
    assert e.errors == []
    if expected is not None:
        assert e.let_init(0) == expected


def test_expr_fragment_keeps_its_precedence() -> None:
    e = expand_src(
        "macro_rules! sq { ($e:expr) => { $e * $e }; }\nfn main() { let v = sq!(1 + 2); }"
    )
    init = e.stmts()[0]
    assert isinstance(init, ast.LetStmt) and isinstance(init.init, ast.BinaryExpr)
    assert init.init.op is ast.BinOpKind.MUL
    assert isinstance(init.init.lhs, ast.BinaryExpr) and init.init.lhs.op is ast.BinOpKind.ADD


def test_item_stmt_vis_meta_fragments() -> None:
    src = """
macro_rules! def {
    ($(#[$m:meta])* $v:vis fn $n:ident() -> $t:ty $b:block) => { $(#[$m])* $v fn $n() -> $t $b };
}
macro_rules! item { ($i:item) => { $i }; }
macro_rules! stmt { ($s:stmt) => { $s; }; }
def! {
    /// Docs.
    #[inline]
    pub fn one() -> i32 { 1 }
}
item!(struct S;);
fn main() { stmt!(let x = 1); }
"""
    e = expand_src(src)
    assert e.errors == []
    one = e.fn("one")
    assert one.vis.kind == "public"
    assert [
        a.kind.path.segments[0].ident.name for a in one.attrs if isinstance(a.kind, ast.NormalAttr)
    ] == ["doc", "inline"]
    assert any(isinstance(i, ast.StructItem) and i.ident.name == "S" for i in e.crate.items)
    assert isinstance(e.stmts()[0], ast.LetStmt)


def test_statement_macro_expands_to_several_statements() -> None:
    src = """
macro_rules! two_lets { () => { let a = 1; let b = 2; }; }
fn main() { two_lets!(); let c = 3; }
"""
    e = expand_src(src)
    assert e.errors == []
    assert [type(s).__name__ for s in e.stmts()] == ["LetStmt", "LetStmt", "LetStmt"]


def test_trailing_expression_of_statement_macro_gets_its_semicolon() -> None:
    src = "macro_rules! call { () => { f() }; }\nfn f() {}\nfn main() { call!(); call!() }"
    e = expand_src(src)
    assert e.errors == []
    first, last = e.stmts()
    assert isinstance(first, ast.SemiStmt)
    assert isinstance(last, ast.ExprStmt)  # the block's tail stays an expression


def test_item_macro_expands_to_several_items() -> None:
    src = """
macro_rules! consts { ($($n:ident = $v:expr),*) => { $(const $n: i32 = $v;)* }; }
consts!(A = 1, B = 2, C = 3);
fn main() {}
"""
    e = expand_src(src)
    assert e.errors == []
    assert [i.ident.name for i in e.crate.items if isinstance(i, ast.ConstItem)] == ["A", "B", "C"]


def test_impl_item_macro() -> None:
    src = """
macro_rules! getter { ($f:ident: $t:ty) => { fn $f(&self) -> $t { self.$f } }; }
struct P { x: i32 }
impl P { getter!(x: i32); }
fn main() {}
"""
    e = expand_src(src)
    assert e.errors == []
    impl = next(i for i in e.crate.items if isinstance(i, ast.ImplItem))
    assert [i.ident.name for i in impl.items] == ["x"]


def test_pattern_and_type_macros() -> None:
    src = """
macro_rules! some_pat { ($p:pat) => { Some($p) }; }
macro_rules! pair { ($t:ty) => { ($t, $t) }; }
fn main() { let x: pair!(u8) = (1, 2); if let some_pat!(n) = Some(1) {} }
"""
    e = expand_src(src)
    assert e.errors == []
    let = e.stmts()[0]
    assert isinstance(let, ast.LetStmt) and isinstance(let.ty, ast.TupleTy)


def test_macro_defining_macros() -> None:
    src = """
macro_rules! make { ($n:ident, $v:expr) => { macro_rules! $n { () => { $v }; } }; }
make!(seven, 7);
fn main() { let s = seven!(); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "7"


def test_doc_comments_match_meta_attributes() -> None:
    src = """
macro_rules! docs { ($(#[doc = $d:literal])*) => { [$($d),*] }; }
fn main() {
    let d = docs!(
        /// one
        /// two
    );
}
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == '[r" one", r" two"]'


def test_glued_token_split_after_a_fragment() -> None:
    # `$t:ty` inside `<...>`: the type ends inside `>>`.
    src = "macro_rules! vecof { (Vec<$t:ty>) => { Vec::<$t>::new() }; }\nfn main() { let v = vecof!(Vec<Vec<u8>>); }"
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "Vec::<Vec<u8>>::new()"


def test_nested_macro_calls_in_arguments_are_expanded_after() -> None:
    src = """
macro_rules! id { ($e:expr) => { $e }; }
macro_rules! two { () => { 2 }; }
fn main() { let v = id!(two!() + id!(1)); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "2 + 1"


def test_unused_metavariable_is_kept_for_nested_macros() -> None:
    src = """
macro_rules! outer {
    () => { macro_rules! inner { ($x:expr) => { $x * 10 }; } };
}
outer!();
fn main() { let v = inner!(4); }
"""
    e = expand_src(src)
    assert e.errors == []
    assert e.let_init(0) == "4 * 10"


def test_deep_recursion_within_the_limit() -> None:
    src = (
        """
macro_rules! c { () => { 0 }; (x $($r:tt)*) => { 1 + c!($($r)*) }; }
fn main() { let n = c!("""
        + "x " * 127
        + """); }
"""
    )
    e = expand_src(src)
    assert e.errors == []


def test_recursion_limit() -> None:
    src = (
        """
macro_rules! c { () => { 0 }; (x $($r:tt)*) => { 1 + c!($($r)*) }; }
fn main() { let n = c!("""
        + "x " * 128
        + """); }
"""
    )
    e = expand_src(src)
    assert e.errors == ["recursion limit reached while expanding `c!`"]
    assert e.ctx.abort_after_expansion


def test_recursion_limit_attribute() -> None:
    src = """#![recursion_limit = "8"]
macro_rules! c { () => { 0 }; (x $($r:tt)*) => { 1 + c!($($r)*) }; }
fn main() { let n = c!(x x x x x x x x x x); }
"""
    e = expand_src(src)
    assert e.errors == ["recursion limit reached while expanding `c!`"]
    assert '`#![recursion_limit = "16"]`' in e.rendered


def test_builtin_macro_results_in_expression_position() -> None:
    e = expand_src('fn main() { let s = stringify!(a + b); let c = concat!("a", 1); }')
    assert e.errors == []
    assert e.let_init(0) == '"a + b"'


def test_std_macros_expand_to_crate_paths() -> None:
    e = expand_src("fn main() { let v = vec![1, 2]; }")
    assert e.errors == []
    stmt = e.stmts()[0]
    assert isinstance(stmt, ast.LetStmt) and stmt.init is not None
    assert "$crate" in print_expr(stmt.init)


def test_macro_calls_in_attribute_values() -> None:
    src = """
macro_rules! text { () => { "from a macro" }; }
#[doc = text!()]
struct S { #[doc = concat!("a", "b")] f: u8 }
fn main() {}
"""
    e = expand_src(src)
    assert e.errors == []
    s = next(i for i in e.crate.items if isinstance(i, ast.StructItem))
    doc = s.attrs[0].kind
    assert isinstance(doc, ast.NormalAttr) and isinstance(doc.args, ast.AttrEq)
    assert isinstance(doc.args.expr, ast.LitExpr) and doc.args.expr.lit.symbol == "from a macro"
    field_doc = s.data.fields[0].attrs[0].kind
    assert isinstance(field_doc, ast.NormalAttr) and isinstance(field_doc.args, ast.AttrEq)
    assert isinstance(field_doc.args.expr, ast.LitExpr)
