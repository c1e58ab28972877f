#![allow(unused)]
fn dead() {}
fn main() { let x = 1; let mut y = 2; }
