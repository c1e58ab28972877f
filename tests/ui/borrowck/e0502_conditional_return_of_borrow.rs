use std::collections::HashMap;
fn get_or_insert<'m>(map: &'m mut HashMap<u32, String>, k: u32) -> &'m String {
    if let Some(v) = map.get(&k) { return v; }
    map.insert(k, k.to_string());
    map.get(&k).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_insert(&mut m, 1));
}
