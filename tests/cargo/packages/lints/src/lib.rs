//! A library and a binary, each with a clippy warning.

pub fn double(x: i32) -> i32 {
    return x * 2;
}
