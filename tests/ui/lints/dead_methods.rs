struct Used { a: i32 }
impl Used {
    fn new() -> Used { Used { a: 1 } }
    fn get(&self) -> i32 { self.a }
    fn unused_a(&self) {}
    fn unused_b() {}
}
struct Other;
impl Other {
    fn one(&self) {}
    fn two(&self) {}
    const K: i32 = 1;
}
fn main() {
    let u = Used::new();
    println!("{}", u.get());
    let _ = Other;
}
