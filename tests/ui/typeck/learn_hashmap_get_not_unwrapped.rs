use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    let v: i32 = m.get("a");
    println!("{}", v);
}
