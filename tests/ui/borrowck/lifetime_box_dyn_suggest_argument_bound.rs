// A returned `dyn Trait` without a lifetime is `'static`: rustc suggests bounding it by the
// argument's lifetime (`+ '_` when elided).
trait T { fn f(&self) {} }
impl T for &str {}
fn mk(s: &str) -> Box<dyn T> { Box::new(s) }
fn mk2<'a>(n: i32, s: &'a str) -> Box<dyn T + Send> { let _ = n; Box::new(s) }
fn main() { mk("x").f(); }
