use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut inv: BTreeMap<String, u32> = BTreeMap::new();
    inv.insert("apples".into(), 3);
    inv.insert("pears".into(), 0);
    *inv.entry("apples".into()).or_insert(0) += 2;
    inv.entry("plums".into()).and_modify(|v| *v += 1).or_insert(9);
    println!("{:?}", inv);
    println!("apples: {}", inv["apples"]);
    let mut hm: HashMap<u32, &str> = HashMap::new();
    hm.insert(1, "one");
    println!("1 -> {}", hm[&1]);
    println!("kiwis: {}", inv["kiwis"]);
}
