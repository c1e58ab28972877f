// A generic struct literal missing several fields: E0063.
struct Cache<K, V> {
    keys: Vec<K>,
    values: Vec<V>,
    capacity: usize,
    hits: u64,
}

fn main() {
    let c: Cache<String, i32> = Cache { keys: Vec::new(), capacity: 16 };
    println!("{}", c.capacity);
}
