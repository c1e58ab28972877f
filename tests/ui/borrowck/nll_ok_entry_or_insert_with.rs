// NLL accepts this (a false error ferric once reported: m01e_entry_or_insert_with_E0373).
use std::collections::HashMap;
fn get(m: &mut HashMap<u64, u64>, k: u64) -> &u64 {
    m.entry(k).or_insert_with(|| k)
}
fn main() { let mut m = HashMap::new(); println!("{}", get(&mut m, 1)); }
