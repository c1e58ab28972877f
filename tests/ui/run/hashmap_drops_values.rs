use std::collections::HashMap;
struct D(u32);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let mut m = HashMap::new();
    m.insert(1, D(1));
    m.insert(2, D(2));
    if let Some(old) = m.insert(1, D(10)) {
        println!("replaced {}", old.0);
    }
    m.remove(&2);
    println!("end");
}
