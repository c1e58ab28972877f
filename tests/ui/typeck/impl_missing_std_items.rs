// Missing items of std traits: rustc has no source to point at, so each gets
// "implement the missing item: `...`" with the trait's arguments put in and `Self` kept.
use std::hash::Hash;
use std::ops::{Add, Index};
use std::str::FromStr;

struct A;

impl Iterator for A {
    type Item = i32;
}
impl Add<i32> for &A {}
impl From<i32> for A {}
impl FromStr for A {
    type Err = ();
}
impl PartialOrd for A {}
impl PartialEq for A {
    fn eq(&self, _: &A) -> bool {
        true
    }
}
impl Hash for A {}
impl Index<usize> for A {
    type Output = i32;
}
impl std::fmt::Display for A {}

fn main() {}
