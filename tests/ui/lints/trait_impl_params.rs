trait T { fn m(&self, a: i32); }
struct S;
impl T for S { fn m(&self, a: i32) {} }
impl S { fn n(&self, b: i32) {} }
fn main() { S.m(1); S.n(2); }
