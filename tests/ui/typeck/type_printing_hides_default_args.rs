use std::collections::HashMap;
fn main() {
    let m: HashMap<String, i32> = HashMap::new();
    let b: u8 = m;
}
