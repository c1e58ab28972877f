use std::collections::HashMap;
fn main() {
    let v: Vec<i32> = vec![];
    let a: &mut Vec<i32> = &v;
    let m: HashMap<String, i32> = HashMap::new();
    let b: HashMap<String, u8> = m;
    let c: Result<i32, String> = Ok::<u8, String>(1);
}
