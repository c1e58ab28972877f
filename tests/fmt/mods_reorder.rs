mod zeta;
mod alpha;
pub mod beta;
mod Gamma;

mod delta;
mod charlie;

extern crate log;
extern crate alloc;

mod inline {
    use std::fmt::Display;
    use std::fmt::Debug;
    pub fn f() {}
}

fn main() {}
