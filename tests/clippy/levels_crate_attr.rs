// Crate-level `#![...]` attributes and `#![deny(warnings)]`.
#![allow(clippy::needless_return)]
#![deny(warnings)]

fn ret(x: i32) -> i32 {
    return x + 1;
}

fn copy(x: i32) -> i32 {
    x.clone()
}

fn main() {
    println!("{} {}", ret(1), copy(2));
}
