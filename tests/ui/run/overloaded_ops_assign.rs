use std::ops::{Add, MulAssign};
#[derive(Debug, Clone, Copy)]
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
impl MulAssign<i32> for V { fn mul_assign(&mut self, k: i32) { self.0 *= k; } }
fn main() {
    let mut a = V(1) + V(2);
    a *= 3;
    let s = String::from("x") + "y";
    println!("{:?} {}", a, s);
}
