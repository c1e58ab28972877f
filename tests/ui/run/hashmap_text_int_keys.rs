// HashMap lookups with integer, `&str` and `String` keys (entry, get, get_mut,
// contains_key, remove, insert over an existing key), and a HashSet of Strings.
use std::collections::{HashMap, HashSet};

fn main() {
    let text = "the cat and the dog and the bird é é";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut v: Vec<_> = counts.iter().map(|(k, c)| (*k, *c)).collect();
    v.sort();
    println!("{:?}", v);
    println!("{:?} {:?} {}", counts.get("the"), counts.get("zebra"), counts.contains_key("é"));

    let mut owned: HashMap<String, i64> = HashMap::new();
    for (i, w) in text.split(' ').enumerate() {
        *owned.entry(w.to_string()).or_default() += i as i64;
    }
    println!("{:?} {:?}", owned.get("and"), owned.get(&"dog".to_string()));
    if let Some(x) = owned.get_mut("bird") { *x *= 10; }
    println!("{:?} {:?}", owned.remove("bird"), owned.remove("bird"));
    println!("{:?} {}", owned.insert("cat".to_string(), -1), owned.len());

    let mut nums: HashMap<u64, &str> = HashMap::new();
    for i in 0..20u64 { nums.insert(i * 7 % 11, "x"); }
    println!("{} {:?} {:?}", nums.len(), nums.get(&3), nums.get(&100));
    let mut neg: HashMap<i32, i32> = HashMap::new();
    for i in -5..5 { *neg.entry(i % 3).or_insert(0) += i; }
    let mut nv: Vec<_> = neg.into_iter().collect();
    nv.sort();
    println!("{:?}", nv);

    let set: HashSet<String> = text.split(' ').map(String::from).collect();
    println!("{} {} {}", set.len(), set.contains("cat"), set.contains("cow"));
}
