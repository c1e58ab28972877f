"""`use` resolution: the fixpoint, globs, re-exports, renames, preludes, and their errors.

Each test resolves a small crate against the fixture std (`resolve_util`) and looks at what
the names resolved to (in the printed HIR) or which errors came out (`CODE LINE`).
"""

from __future__ import annotations

from resolve_util import lower_src


def test_single_nested_self_and_rename() -> None:
    low = lower_src(
        """
use std::collections::{self, HashMap as Map};
use std::fmt::Display;
fn main() {
    let a: Map<i32, i32>;
    let b: collections::BTreeMap<u8, u8>;
}
"""
    )
    assert low.codes == []
    text = low.hir_text
    assert (
        "Map<i32{PrimTy(i32)}, i32{PrimTy(i32)}>{Def(struct, std::collections::hash_map::HashMap)}"
        in text
    )
    assert "collections::BTreeMap<" in text and "Def(struct, std::collections::BTreeMap)" in text


def test_imports_resolve_in_any_order_and_through_reexports() -> None:
    low = lower_src(
        """
use b::Thing;
mod a { pub struct Thing; }
mod b { pub use crate::c::Thing; }
mod c { pub use crate::a::Thing; }
fn main() { let _t = Thing; }
"""
    )
    assert low.codes == []
    assert "Thing{Def(ctor, main::a::Thing)}" in low.hir_text


def test_glob_imports_and_explicit_items_shadow_them() -> None:
    low = lower_src(
        """
mod a { pub fn f() -> i32 { 1 } pub fn g() -> i32 { 2 } }
use a::*;
fn g() -> i32 { 3 }
fn main() { let x = f() + g(); }
"""
    )
    assert low.codes == []
    assert "f{Def(function, main::a::f)}()" in low.hir_text
    assert "g{Def(function, main::g)}()" in low.hir_text


def test_glob_of_an_enum_imports_its_variants() -> None:
    low = lower_src(
        """
enum Dir { Up, Down }
use Dir::*;
fn main() { let d = Up; match d { Up => {} Down => {} } }
"""
    )
    assert low.codes == []
    assert "let d#0 = Up{Def(ctor, main::Dir::Up)};" in low.hir_text


def test_glob_cycle_terminates() -> None:
    low = lower_src(
        """
mod a { pub use crate::b::*; pub fn fa() {} }
mod b { pub use crate::a::*; pub fn fb() {} }
use a::fb;
fn main() { fb(); a::fa(); b::fa(); }
"""
    )
    assert low.codes == []


def test_prelude_and_uniform_paths() -> None:
    low = lower_src(
        """
use Option::Some as S;
use cmp::Ordering;
mod cmp { pub use std::cmp::Ordering; }
fn main() { let a = S(1); let b: Vec<String> = Vec::new(); let _o: Ordering; }
"""
    )
    assert low.codes == []
    assert "Def(ctor, std::option::Option::Some)" in low.hir_text


def test_local_items_shadow_the_prelude() -> None:
    low = lower_src("struct Vec; fn main() { let v = Vec; }")
    assert low.codes == []
    assert "Vec{Def(ctor, main::Vec)}" in low.hir_text


def test_extern_prelude_names_std_core_alloc() -> None:
    low = lower_src(
        """
use core::cmp::Ordering;
use alloc::vec::Vec as V;
extern crate std as standard;
fn main() { let _a: V<Ordering>; let _b: standard::string::String; let _c: ::std::rc::Rc<i32>; }
"""
    )
    assert low.codes == []


def test_unresolved_imports_are_grouped_per_use_item() -> None:
    low = lower_src("mod m { pub struct A; }\nuse m::{A, B, C};\nfn main() {}")
    assert low.codes == ["E0432 2"]
    assert low.errors == ["unresolved imports `m::B`, `m::C`"]


def test_similar_name_in_the_module() -> None:
    low = lower_src("use std::collections::HashMapp;\nfn main() {}")
    assert low.codes == ["E0432 1"]
    assert "a similar name exists in the module" in low.rendered
    assert "use std::collections::HashMap;" in low.rendered


def test_missing_crate() -> None:
    low = lower_src("use rand::Rng;\nfn main() {}")
    assert low.codes == ["E0432 1"]
    assert "use of unresolved module or unlinked crate `rand`" in low.rendered
    assert "you might be missing a crate named `rand`" in low.rendered


def test_failed_import_binds_an_error_silently() -> None:
    low = lower_src("use nowhere::Thing;\nfn main() { let t: Thing = Thing::new(); }")
    assert low.codes == ["E0432 1"]


def test_failed_glob_silences_cannot_find() -> None:
    low = lower_src("use nowhere::*;\nfn main() { foo(); }")
    assert low.codes == ["E0432 1"]


def test_duplicate_imports_and_items() -> None:
    low = lower_src(
        """
use std::fmt::Display;
use std::fmt::Display;
struct Vec;
mod m {}
fn m() {}
struct m;
fn main() {}
"""
    )
    assert sorted(low.codes) == ["E0252 3", "E0428 7"]


def test_import_and_item_conflict_suggests_a_rename() -> None:
    low = lower_src("use std::rc::Rc;\nstruct Rc;\nfn main() {}")
    assert low.codes == ["E0255 2"]
    assert "use std::rc::Rc as OtherRc;" in low.rendered


def test_private_import() -> None:
    low = lower_src(
        "mod m { fn secret() {} pub mod inner { fn f() {} } }\nuse m::secret;\nuse m::inner::f;\nfn main() {}"
    )
    assert sorted(low.codes) == ["E0603 2", "E0603 3"]
    assert "function `secret` is private" in low.errors


def test_private_import_is_still_usable_without_more_errors() -> None:
    low = lower_src("mod m { fn secret() {} }\nuse m::secret;\nfn main() { secret(); }")
    assert low.codes == ["E0603 2"]


def test_glob_ambiguity_is_an_error_only_when_used() -> None:
    src = "mod a { pub fn f() {} }\nmod b { pub fn f() {} }\nuse a::*;\nuse b::*;\nfn main() { %s }"
    assert lower_src(src % "").codes == []
    low = lower_src(src % "f();")
    assert low.codes == ["E0659 5"]
    assert "ambiguous because of multiple glob imports of a name in the same module" in low.rendered


def test_too_many_supers() -> None:
    assert lower_src("use super::x;\nfn main() {}").codes == ["E0433 1"]


def test_visibility_restricted_paths() -> None:
    low = lower_src(
        """
mod outer {
    pub mod inner {
        pub(in crate::outer) fn f() {}
        pub(super) fn g() {}
        pub(crate) fn h() {}
    }
    pub fn call() { inner::f(); inner::g(); }
}
fn main() { outer::inner::h(); outer::inner::g(); }
"""
    )
    assert low.codes == ["E0603 10"]


def test_underscore_import_puts_the_trait_in_scope() -> None:
    low = lower_src(
        """
mod t { pub trait Speak { fn speak(&self); } }
use t::Speak as _;
fn main() { let x = 1; x.speak(); }
"""
    )
    assert low.codes == []
    speak = low.program.defs
    traits = next(iter(v for v in low.hir.trait_map.values() if v))
    names = {speak.name(t) for t in traits}
    assert "Speak" in names


def test_block_imports() -> None:
    low = lower_src(
        """
fn main() {
    use std::collections::HashMap;
    let m: HashMap<u8, u8>;
    {
        use std::rc::Rc as R;
        let r: R<u8>;
    }
}
"""
    )
    assert low.codes == []


def test_macro_rules_reexported_by_use() -> None:
    low = lower_src("mod m { macro_rules! mm { () => {} } pub(crate) use mm; }\nfn main() {}")
    assert low.codes == []
