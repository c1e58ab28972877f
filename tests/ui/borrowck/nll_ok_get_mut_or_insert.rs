// `match map.get_mut(k) { Some(v) => ..., None => { map.insert(..) } }` is accepted by NLL.
use std::collections::HashMap;

fn add(map: &mut HashMap<String, Vec<u32>>, key: &str, v: u32) {
    match map.get_mut(key) {
        Some(list) => list.push(v),
        None => {
            map.insert(key.to_string(), vec![v]);
        }
    }
}

fn main() {
    let mut m = HashMap::new();
    add(&mut m, "a", 1);
    add(&mut m, "a", 2);
    add(&mut m, "b", 3);
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}
