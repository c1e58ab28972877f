struct A;
#![allow(unused)]
#[derive(Debug)]
struct B;
#![allow(unused)]
impl B {}
#![allow(unused)]
fn main() {}
