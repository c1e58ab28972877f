use std::collections::{HashMap, HashSet};
fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    for w in "a b c a b a".split(' ') {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut v: Vec<_> = m.iter().collect();
    v.sort();
    println!("{:?}", v);
    println!("{} {:?} {:?}", m.len(), m.get("a"), m.get("z"));
    m.remove("b");
    println!("{}", m.contains_key("b"));
    let s: HashSet<i32> = [1, 2, 3, 2, 1].into_iter().collect();
    let mut sv: Vec<_> = s.into_iter().collect();
    sv.sort();
    println!("{:?}", sv);
    let mut caps = HashMap::new();
    caps.insert(1, "x");
    println!("{}", caps.capacity());
}
