trait T { fn g() -> i32; }
struct S;
impl T for S { const fn g() -> i32 { 1 } }
fn main() {}
