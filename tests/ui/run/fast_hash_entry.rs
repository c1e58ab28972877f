// HashMap::entry(key).or_insert(default) with str, String and integer keys (negative and
// small ones, non-ASCII text), a by-identity value (Vec) and a counter that overflows
// (the panic's location is the `+=`); lengths and capacities as rustc's.
use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end ünï cödé ünï";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut v: Vec<_> = counts.iter().collect();
    v.sort();
    println!("{:?} {}", v, counts.len());
    let mut owned: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, w) in text.split(' ').enumerate() {
        owned.entry(w.to_string()).or_insert(Vec::new()).push(i);
        owned.entry(w.to_uppercase()).or_insert(vec![100]).push(i);
    }
    let mut keys: Vec<_> = owned.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let mut ints: HashMap<i32, i64> = HashMap::with_capacity(3);
    for i in -20i32..20 {
        let e = ints.entry(i % 7).or_insert(100);
        *e -= i as i64;
        if i % 5 == 0 {
            println!("{} {} {}", i, ints.len(), ints.capacity());
        }
    }
    let mut iv: Vec<_> = ints.into_iter().collect();
    iv.sort();
    println!("{:?}", iv);
    let mut small: HashMap<u8, u8> = HashMap::new();
    for i in 0..600u32 {
        let c = small.entry((i % 2) as u8).or_insert(0);
        *c += 1;
        if i % 100 == 0 {
            println!("{} {}", i, c);
        }
    }
}
