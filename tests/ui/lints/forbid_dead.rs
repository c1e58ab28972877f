#![forbid(dead_code)]
fn dead() {}
fn main() {}
