// `self` as a later parameter, a nested function with `self`, bodiless impl items.
struct P;
impl P { const K: i32; }
trait Q { fn a(&self); }
impl Q for P { fn a(&self); }
fn helper(x: i32, &self) -> i32 { x }
fn main() {
    fn inner(self) {}
}
