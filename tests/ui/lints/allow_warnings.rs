#![allow(warnings)]
fn dead() {}
fn main() { let x = 1; }
