// Inserting a reference to a block-local value into an outer HashMap: E0597.
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<u32, &Vec<u32>> = HashMap::new();
    {
        let primes = vec![2, 3, 5];
        index.insert(1, &primes);
    }
    println!("{}", index.len());
}
