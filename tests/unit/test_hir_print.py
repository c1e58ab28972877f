"""The HIR printer (`ferric check --emit=hir`): deterministic, resolutions shown after each
path, desugarings spelled out."""

from __future__ import annotations

from resolve_util import lower_src

PROGRAM = """
use std::collections::HashMap;

struct Point<T> {
    x: T,
}

impl<T: Clone> Point<T> {
    fn get(&self) -> &T {
        &self.x
    }
}

fn main() {
    let v = Vec::<i32>::new();
    let mut total = 0;
    for x in v {
        total += x;
    }
    let m: HashMap<u8, u8>;
    let (a, b) = (1, 2);
    let f = |y: i32| y + a;
    match Some(3) {
        Some(n) | Some(n) if n > b => {}
        _ => {}
    }
}
"""

EXPECTED = """\
use std::collections::HashMap{Def(struct, std::collections::hash_map::HashMap)};
struct Point<T> { x: T{Def(type parameter, main::Point::T)} }
impl<T> Point<T{Def(type parameter, main::{impl}::T)}>{Def(struct, main::Point)} where T{Def(type parameter, main::{impl}::T)}: Clone{Def(trait, std::clone::Clone)} {
    fn get(self#0: &'_#0 Self{SelfTyAlias(main::{impl})}) -> &'_#0 T{Def(type parameter, main::{impl}::T)} {
        &self{Local(#0)}.x
    }
}
fn main() {
    let v#0 = <Vec<i32{PrimTy(i32)}>{Def(struct, std::vec::Vec)}>::new();
    let mut total#1 = 0;
    match (lang#into_iter)(v{Local(#0)}) /* for loop */ {
        mut iter#2 => loop /* for */ {
            match (lang#next)(&mut iter{Local(#2)}) /* for loop */ {
                lang#None => break,
                lang#Some(x#3) => {
                    total{Local(#1)} += x{Local(#3)};
                },
            };
        },
    }
    let m#4: HashMap<u8{PrimTy(u8)}, u8{PrimTy(u8)}>{Def(struct, std::collections::hash_map::HashMap)};
    let (a#5, b#6) = (1, 2);
    let f#8 = |y#7| (y{Local(#7)} + a{Local(#5)}) /* {closure#0} */;
    match Some{Def(ctor, std::option::Option::Some)}(3) {
        Some{Def(ctor, std::option::Option::Some)}(n#9) | Some{Def(ctor, std::option::Option::Some)}(n#9) if (n{Local(#9)} > b{Local(#6)}) => {},
        _ => {},
    }
}
"""


def test_print_crate() -> None:
    low = lower_src(PROGRAM)
    assert low.codes == []
    assert low.hir_text == EXPECTED


def test_printing_is_deterministic() -> None:
    assert lower_src(PROGRAM).hir_text == lower_src(PROGRAM).hir_text
