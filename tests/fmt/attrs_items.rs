#![allow(unused)]
#![cfg_attr(feature = "nightly", feature(test))]
#[derive(Debug, Clone)]
#[repr(C)]
struct S;
#[cfg(all(unix, target_pointer_width = "64", not(feature = "something_long"), feature = "x"))]
fn f() {}
#[inline(always)] #[must_use] pub fn g() -> u32 { 1 }
#[test]
#[should_panic(expected = "boom")]
fn t() {}
fn main() {
    #[allow(unused_variables)]
    let x = 1;
    #[rustfmt::skip]
    let   y   =   2;
}
#[rustfmt::skip]
fn   skipped  ( ) {  }
