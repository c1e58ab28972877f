pub fn a() {}
pub(crate) fn b() {}
pub(super) fn c() {}
pub(in crate::some::path) fn d() {}
pub(self) fn e() {}
pub struct S { pub a: u32, pub(crate) b: u32, c: u32 }
pub enum E { A }
pub mod m {}
pub use std::fmt;
pub(crate) const C: u32 = 1;
pub trait T {}
pub type A = u32;
